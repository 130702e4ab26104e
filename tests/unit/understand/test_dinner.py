"""Whether the sender eats with: yes and no in Danish and English, negation, doubt, and a
short "Ja tak" read against our question. The test event serves soup, not dinner."""

from __future__ import annotations

import pytest
from reply import read


@pytest.mark.parametrize(("name", "dinner"), [
    ("dinner_spiser_ikke_med", False),  # "Jeg spiser ikke med."
    ("dinner_ikk_typo", False),  # "Spiser ikk med" (typed on a phone)
    ("dinner_concerning_take_part_en", True),  # "Concerning the soup: I will take part."
    ("dinner_ingen_mad", False),  # "ingen mad til mig"
    ("dinner_kan_ikke_blive", False),  # "kan desværre ikke blive til suppen"
    ("dinner_springer_over", False),  # "Suppen springer jeg over"
    ("dinner_form_nej_tak", False),  # "Spisning: nej tak"
    ("dinner_home_before_soup", False),  # "skal hjem inden suppen"
    ("dinner_en_wont_stay", False),  # "I won't stay for dinner."
    ("dinner_no_soup_en", False),  # "no soup for me, thanks"
    ("dinner_but_cant_en", False),  # "I'd love to stay for the soup, but can't."
    ("dinner_plus_ja_tak", True),  # "Workshop 2 + suppe, ja tak"
    ("dinner_bliver_haengende", True),  # "bliver hængende til maden"
    ("dinner_en_stays", True),  # "I'll stay for the food."
    ("dinner_no_meat_is_diet", True),  # "spiser ikke kød, men spiser gerne med"
    ("ws_fused_ws3", True),  # "suppe: ja"
    ("dinner_heading_question", True),  # "Suppe? Ja tak."
    ("dinner_yes_to_ws_no_to_dinner_en", False),  # "Yes to workshop 2, no to dinner."
    ("dinner_no_diet_requirements_en", True),  # "No dietary requirements, happy to stay ..."
    ("dinner_negated_glip_af", True),  # "Suppen går jeg bestemt ikke glip af!"
    ("dinner_negated_nej_tak", True),  # "jeg siger ikke nej tak til suppen"
    ("dinner_negated_miss_en", True),  # "I wouldn't miss the soup"
    ("dinner_nej_nej_da", False),  # "Nej nej jeg spiser ikke med": one no said twice
    ("dinner_regne_mig_ud", False),  # "Suppen må du regne mig ud af"
    ("dinner_emoji_thumbs", True),  # "Suppe: 👍"
    ("dinner_cannot_stay_en", False),  # "I won't be able to stay for the soup though."
    ("dinner_otherwise_eats_anyway", True),  # "Er suppen halal? Ellers spiser jeg bare brødet."
    ("dinner_typo_diner_en", True),  # "I will stay for diner also"
    ("dinner_numbered_answers_en", False),  # "1. Urban gardens / 2. No, thank you"
    ("dinner_numbered_inline", True),  # "1) workshop 3 2) yes"
    ("dinner_change_of_mind_en", False),  # "Soup - yes. Actually no, I need to pick up my son"
    ("dinner_change_of_mind_da", False),  # "Suppe – ja. Eller nej, jeg skal hjem til børnene."
    ("dinner_hate_to_miss_en", True),  # "I'd hate to miss the soup"
    ("dinner_noedigt_glip_af", True),  # "Suppen vil jeg nødigt gå glip af."
    ("dinner_kan_ikke_staa_for", True),  # "Suppen kan jeg ikke stå for :)"
    ("dinner_hmm_nej_change_of_mind", False),  # "Suppe: ja. Hmm, nej, jeg skal jo hente ..."
    ("dinner_eats_at_home", False),  # "Jeg spiser hjemme bagefter med familien."
    ("dinner_late_but_polite", True),  # "naboskab og suppen, hvis det ikke er for sent?": a polite condition
    ("dinner_med_paa", True),  # "Suppen er jeg stadig med på."
    ("dinner_other_meal_da", False),  # "har desværre også en middag med min svigermor samme aften"
    ("dinner_other_meal_en", False),  # "I already have a dinner with my in-laws that evening"
    ("dinner_postscript_changes_da", False),  # "ja tak til suppen. PS: Glem det med suppen – ..."
    ("dinner_postscript_changes_en", False),  # "yes to the soup. P.S. Forget about the soup for me"
    ("dinner_diet_after_quantifier_en", True),  # "I'd love to stay for the soup. ... I don't eat any animal products."
    ("dinner_skipper_danglish", False),  # "Jeg joiner gerne track 3 👍 Jeg skipper suppen"
    ("dinner_table_booked_da", False),  # "Vi har bord kl. 19 på en restaurant ..., så jeg kører direkte derind"
    ("form_numbered_answers_dine", False),  # "Svar på dine spørgsmål: ... 3. Suppe: Nej tak" ("dine" is "your")
    ("dinner_love_to_but_skip_en", False),  # "Soup: I'd love to, but I have to catch the 18.52 train ..., so I'll skip it"
    ("dinner_klar_paa_danglish", True),  # "og er helt klar på suppen bagefter 😊"
    ("dinner_stays_beside_meal_en", True),  # "The soup sounds lovely, I'll stay."
    # a negation of another verb, not of eating (both had confirmed a no: critical)
    ("dinner_promise_not_to_criticise", True),  # "vi spiser begge to med bagefter (vi lover ikke at kritisere suppen, haha)"
    ("dinner_promise_not_to_complain_en", True),  # "I'll stay for the soup too (I promise not to complain about the food ...)"
    ("dinner_jysk_ka_it", False),  # "æ ka it bliv te suppen" (Jutlandic "it" is "ikke")
    ("dinner_spider_autocorrect", True),  # "jeg spider gerne med bagefter" (a phone's "spiser")
    ("dinner_stay_for_that_en", True),  # "The soup afterwards sounds great, I'll stay for that."
    ("dinner_bliver_til_den", True),  # "Suppen lyder dejlig, jeg bliver til den."
    # the date of a mail is no other day's meal: "Further to my email of 5 September: please
    # change my soup answer to no"
    ("dinner_change_after_mail_date_en", False),
    # a diet, then "I skal ikke lave noget særligt til mig" beside it, and "det andet" (the
    # rest of the food, not the second workshop): had asked about both
    ("dinner_diet_then_dont_make_anything", True),
    ("dinner_not_staying_overnight_en", True),  # "I won't be staying overnight ..., so I'll catch a train home after the soup – yes, ..."
    # "at jeg ikke har mulighed for at deltage i den efterfølgende spisning" (had confirmed a yes: critical)
    ("dinner_ikke_mulighed_for_at_deltage", False),
    # a refusal negated, with words between: "Og jeg har bestemt ikke tænkt mig at takke nej
    # til suppen bagefter." (had confirmed a no: critical)
    ("dinner_not_planning_to_say_no", True),
    # a reason set against another: "Jeg kommer ikke for suppen men for fagligheden ;-) ...
    # selvfølgelig bliver jeg og spiser med" (had asked, a yes and a no)
    ("dinner_not_for_the_soup_but_for", True),
    # an idiom: "Suppen skal du ikke spørge mig om to gange :-)" (had confirmed a no: critical)
    ("dinner_ikke_spoerge_to_gange", True),
    ("dinner_aeder_med_jysk", True),  # "Og a bliver og æder med bagefter." (had asked)
    # two negations, one yes (both had confirmed a no: critical)
    ("dinner_ikke_uden_at_spise_med", True),  # "Jeg kommer ikke uden at spise med"
    ("dinner_heller_ikke_at_foragte", True),  # "Og en skål suppe bagefter er heller ikke at foragte."
    ("dinner_samt_suppe", True),  # "Hermed min tilmelding til workshop 3 samt suppe." (had asked)
    # idioms of missing the meal, or not: "den suppe bagefter lader jeg ikke gå forbi min næse"
    # (had confirmed a no: critical), "Suppen går desværre min næse forbi", "nej tak til at gå
    # sulten hjem", "I'll happily stay for a bite" (had asked)
    ("dinner_ikke_gaa_forbi_min_naese", True),
    ("dinner_gaar_min_naese_forbi", False),
    ("dinner_nej_tak_til_at_gaa_sulten_hjem", True),
    ("dinner_stay_for_a_bite_en", True),
    # a wish that cannot be: "Ja, gid jeg kunne blive til suppen, men ..." (had confirmed a yes:
    # critical); "Jeg har heller intet imod at spise med" (had confirmed a no: critical);
    # "not the worst way to spend a Tuesday", "never been known to refuse a free meal" (had confirmed a no: critical)
    ("dinner_gid_jeg_kunne", False),
    ("dinner_heller_intet_imod", True),
    ("dinner_not_the_worst_won_t_say_no_en", True),
    # the sender's own short question, answered after it: "Spise med? Det kan jeg da ikke
    # sige nej til!" (had asked)
    ("dinner_own_question_answered", True),
    # a correction of the workshop leaves the meal alone: "Workshop 2 og ja tak til suppen. PS:
    # Rettelse – jeg mente workshop 3, ikke 2." (its "ikke" had confirmed a no: critical)
    ("dinner_ps_correction_of_the_workshop", True),
    ("dinner_spisr_typo", True),  # "og spisr med tak" (a phone's "spiser"; had asked)
    ("dinner_yes_but_quick_bite_en", True),  # "Soup: yes, but I'll only grab a quick bite as I have to pick up my son"
    ("dinner_scratch_the_soup_en", False),  # "put me down for ... and soup. Actually, scratch the soup, ..."
    ("dinner_shant_stay_en", False),  # "I'm afraid I shan't be able to stay for the soup afterwards."
    ("dinner_going_out_to_eat", False),  # "Vinkel 1 for mig, men vi skal ud at spise bagefter" (had been a yes)
    ("dinner_question_written_back", False),  # "Om du ønsker at spise suppe efter mødet: Nej tak" (had been doubt)
    ("dinner_no_dot_number_en", True),  # "I'd like to join Byhaver (no. 2) and yes please to the soup." ("no." had said no)
    # the meal of another day is not ours: "meldt fra til spisningen ved familienetværket
    # d. 13/9, men til jeres møde d. 24. spiser jeg gerne med"
    ("dinner_other_day_da", True),
    # "om" is "about" here, not "whether": "... være med i workshop 2 om byhaver og spise med bagefter"
    ("dinner_about_then_eat", True),
    # no need to ask twice: "Om jeg vil have suppe? Det behøver du ikke spørge om to gange!"
    # (critical: its "ikke" confirmed a no), "Soup afterwards? You don't have to ask me twice!"
    # (critical too)
    ("din_no_need_to_ask_twice", True),
    ("din_no_need_to_ask_twice_en", True),
    # leaving, under the meal's heading: "Med hensyn til suppen: tak, men jeg må desværre gå kl.
    # 19." (had asked: "må gå" was no refusal, as "skal gå" was)
    ("din_thanks_but_must_leave", False),
    ("din_count_me_in_for_the_grub_en", True),  # "count me in for the grub!" (had asked)
    # the answer in a pronoun opening the next sentence: "Du spørger også til suppen. Den siger
    # jeg pænt nej tak til" (critical: the question told back confirmed a yes); "I see there's
    # soup afterwards. That I'll have to skip" (had asked)
    ("din_answered_by_a_pronoun_in_the_next_sentence", False),
    ("din_answered_by_a_pronoun_in_the_next_sentence_en", False),
    # the meal as what comes after the meeting: "Nå nej – fødselsdagen er jo først om lørdagen!
    # Så alligevel ja til det bagefter" (critical: the no before it confirmed)
    ("din_yes_after_all_to_what_comes_after", True),
    # the last thing said struck, the meal: "Jeg tager workshop 3 og spiser med. Hov – ..., så det
    # sidste må du strege igen." (critical: the yes confirmed)
    ("din_the_last_thing_said_struck", False),
    # "Suppen må I holde mig ude af" (had asked); "I'll have to say no to the food this time" (had
    # asked: "say no" was no refusal of the meal, as "siger nej" was); "Soup would be lovely but
    # sadly I've a train to catch straight after" (had asked: regret after a wish)
    ("din_keep_me_out_of_it", False),
    ("din_say_no_to_the_soup_en", False),
    ("din_lovely_but_sadly_a_train_en", False),
    ("din_back_for_the_soup_en", True),
    ("din_oops_i_meant_yes", True),
    # asked as a joke, no "?": "Og hvornår har jeg nogensinde sagt nej til gratis suppe 😄"
    # (critical: its "nej" confirmed a no)
    ("din_when_have_i_ever_said_no", True),  # "Nej tak til suppen. Ups – jeg mente JA tak til suppen!" (had asked)  # "I have to step out ..., but I'll be back for the soup" (had asked)
    # the meal fronted, a comma and a pointer to it: "Til gengæld er jeg ikke i tvivl om suppen,
    # den bliver jeg til" (had asked: "om" before the meal's noun had read as "whether"),
    # "Suppen, den springer jeg over"; "ikke i tvivl om at jeg spiser med" ("om at" is "about")
    ("din_no_doubt_about_the_meal_then_a_pointer_da", True),
    ("din_meal_fronted_with_a_comma_then_a_pointer_da", False),
    ("din_no_doubt_that_i_eat_da", True),
    # a refusal scorned under a negation: "I'd hardly turn my nose up at a hot meal" (critical:
    # read as no); a no lifted by a bare "medmindre I insisterer" stays a no
    ("din_hardly_turn_my_nose_up_en", True),
    ("din_no_unless_bare_da", False),
    # a doubt told as past, then settled by a sentence opening with "Nu": "I fredags skrev jeg,
    # at jeg var i tvivl om suppen. Nu har jeg fået styr på kalenderen, og jeg spiser gerne med"
    # (had asked)
    ("din_doubt_told_then_settled_now_da", True),
    # answered by a question asked for no answer: "Hvem takker nej til gratis suppe en
    # tirsdag?", "when have I ever turned down a meal?" (both had asked)
    ("din_rhetorical_who_turns_down_da", True),
    ("din_rhetorical_when_have_i_ever_turned_down_en", True),
    # stop 73: "Skulle jeg sige nej tak til gratis suppe ...? Aldrig i livet", "Soup afterwards? Who
    # in their right mind turns that down. Not me!" (its "?" left out; both had asked), "Kan man
    # sige nej til hjemmelavet suppe? Nej vel – så der er jeg med" (a bare no before more) and
    # "Soup after? Who turns that down? Not me!" (critical: both had confirmed a no)
    ("din_should_i_say_no_never_da", True),
    ("din_who_in_their_right_mind_without_a_question_mark_en", True),
    ("din_can_one_say_no_no_surely_then_on_da", True),
    ("din_who_turns_that_down_not_me_en", True),
    # a motive said not to be the only one, with the "no" that goes with it: "And no, I'm not just
    # coming for the soup – though I will happily stay for it", "Og nej, jeg kommer ikke kun for
    # suppen – men jeg bliver gerne til den" (critical: both had confirmed a no)
    ("din_not_just_coming_for_the_food_then_stays_en", True),
    ("din_not_only_for_the_food_then_stays_da", True),
    # a doubt about a meal of another time of day: "Suppen siger jeg ikke nej til – den dag har jeg
    # møder i ét væk og når nok ikke engang at spise frokost" (had asked)
    ("din_doubt_about_lunch_is_not_ours_da", True),
    # a no answered back after an apology: "Jeg spiser ikke med – jo, undskyld, det gør jeg faktisk
    # alligevel" (critical: had confirmed a no)
    ("din_no_then_yes_after_an_apology_da", True),
    # the English verb in Danish, denied: "Og nej, jeg skipper ikke suppen denne gang ;-)" (critical:
    # had confirmed a no)
    ("din_skipper_ikke_maden_danglish_da", True),
    # a pro-form after the meal's heading: "Suppen: Det gør jeg.", "Suppe: Det har vi begge to lyst
    # til :-)" (both had asked)
    ("din_pro_form_after_the_meals_heading_gor_da", True),
    ("din_pro_form_after_the_meals_heading_da", True),
    # other verbs of skipping, denied: "nej, jeg står bestemt ikke over suppen", "Suppen hopper jeg
    # selvfølgelig ikke over" (critical: both had confirmed a no)
    ("din_staar_ikke_over_maden_da", True),
    ("din_hopper_ikke_over_maden_da", True),
    # left to the others: "men jeg takker af efter opsummeringen og overlader suppen til jer andre"
    # (critical: had confirmed a yes)
    ("din_left_to_the_others_da", False),
    # the verb of refusing and its negation with a particle between: "Vi skipper selvfølgelig ikke
    # suppen", "Og jeg dropper altså ikke suppen!" (critical: both had confirmed a no)
    ("din_refusal_verb_then_a_particle_then_ikke_da", True),
    ("din_dropper_da_ikke_maden_da", True),
    # "Siger man nej til gratis suppe? 😄" (had asked; with "Ja tak!" after it, critical: had
    # confirmed a no)
    ("din_does_one_say_no_to_free_soup_da", True),
    # answered by a question whose answer is plainly yes: "Spise suppe med? Kan en fisk svømme?",
    # "Soup afterwards? Is water wet?" (both had asked)
    ("din_can_a_fish_swim_da", True),
    ("din_is_water_wet_en", True),
    # staying on when the table is laid: "jeg bliver gerne hængende, når I dækker op efter mødet"
    # (had asked)
    ("din_staying_on_when_the_table_is_laid_da", True),
    # "..., and I'll stay for the soup afterwards. Actually, forget the soup part: ..." (had
    # asked: yes and no)
    ("din_actually_forget_the_soup_part_en", False),
    # the bare no after the workshop, a reason after a dash: "ws1/nej – skal videre til træning
    # kl. 19." (had gone to a person: the "nej" read as refusing ws1)
    ("din_bare_no_after_the_workshop_then_a_reason_da", False),
    # officialese: "..., hvorimod jeg ikke vil gøre brug af den efterfølgende forplejning" (the
    # negation far from the meal, before a phrase of yes: critical, confirmed a yes); "Jeg skal
    # ligeledes ikke undlade at benytte mig af tilbuddet om at spise med" (not refraining: a yes;
    # and "placeret i" chose the workshop: had asked); "men undlader at spise med" (had confirmed
    # a yes)
    ("din_negated_yes_phrase_far_from_the_meal_da", False),
    ("din_not_refraining_from_the_meal_da", True),
    ("din_refraining_from_the_meal_da", False),
    # the negation of a yes said as what one has never done, after the meal as a topic: "As for
    # the soup: I don't think I have ever turned down a free dinner" (critical: confirmed a no)
    ("din_dont_think_i_have_ever_turned_down_en", True),
    # the same in Danish, with the meal as a topic: "Suppen? Jeg tror ikke, jeg nogensinde har sagt
    # nej til gratis mad." (critical: confirmed a no, the "nej" read as the meal's)
    ("din_dont_think_i_have_ever_said_no_da", True),
    # the sender's own answer after another's wish, past a "men": "Min mand synes, jeg skal springe
    # suppen over og komme tidligt hjem, men jeg bliver og spiser med" (had gone to a person)
    ("din_wish_of_another_then_own_yes_da", True),
    # food not wasted, a promise, no refusal: "jeg skal nok sørge for, at suppen ikke går til
    # spilde - jeg spiser med" (had asked: yes and no)
    ("din_food_not_wasted_then_yes_da", True),
    # called off for the sender: "So soup with you is off for me, sorry!" (its "with" had been read
    # as eating with us: a yes, sent to a person)
    ("din_off_for_me_en", False),
    # a "not this time" refusing another's wish, past a "but": "Ahmed ... keeps telling me to skip
    # these soups ..., but not this time: I'm staying to eat" (critical: confirmed a no)
    ("din_not_this_time_to_anothers_wish_en", True),
    # a refusal in the relative clause after a kind of thing negated: "Suppen har aldrig været
    # noget, jeg lod stå urørt, ..." (critical: confirmed a no)
    ("din_never_something_i_left_untouched_da", True),
    # leaving told of a kind of person the sender denies being: "jeg er ikke en af dem, der
    # smutter, før suppen bliver sat frem" (critical: confirmed a no); a guard, a real no after
    # it: "Jeg er ikke typen, der spiser så sent, så jeg springer suppen over"
    ("din_not_one_of_those_who_leave_before_da", True),
    ("din_not_the_type_then_a_real_no_da", False),
    # a good wish to the others is no answer: "..., but I can't stay for the soup afterwards ...
    # Enjoy the evening, and the dinner!" (had asked: yes and no)
    ("din_enjoy_the_dinner_is_no_answer_en", False),
    # a guard: a verb first right after a comma answers the condition before it, and is none
    # itself: "men er der ikke noget vegetarisk, tager jeg bare af brødet og salaten – så skriv
    # mig endelig på til suppen"
    ("din_verb_first_answer_after_a_condition_is_no_condition_da", True),
    # going home when the meeting ends, told in the clause after it, its verb first: "jeg bliver
    # gerne mødet igennem, men når I runder af, tager jeg hjem til familien" (had asked)
    ("din_staying_the_meeting_then_home_da", False),
    # ... or anywhere in a sentence the meeting's end opens: "Efter mødet skal jeg skynde mig til
    # Brøndby og hente min datter fra håndbold, så jeg kører med det samme" (had asked)
    ("din_leaving_after_a_fronted_meeting_end_da", False),
    # words put in between commas keep a negation with its verb: "I shall not, however, be able
    # to remain for the soup afterwards", "Jeg vil dog ikke, når det kommer til stykket, blive til
    # suppen" (both had confirmed a yes); and a yes so: "I will, of course, stay for the soup"
    ("din_no_across_words_put_in_between_en", False),
    ("din_no_across_words_put_in_between_da", False),
    ("din_yes_across_words_put_in_between_en", True),
    # ... and a comparison with its own subject: "Jeg bliver ikke, som jeg ellers plejer, hængende
    # til suppen denne gang" (critical: had confirmed a yes)
    ("din_no_across_a_comparison_put_in_between_da", False),
    # a plate of food joined to the answer: "Byhaver for mig – og en tallerken mad bagefter, tak"
    # (had asked)
    ("din_a_plate_of_food_joined_to_the_answer_da", True),
    # a diet corrected, not the meal: "... og vil gerne spise med - jeg er vegetar. Rettelse: ikke
    # vegetar, det var min kollegas svar" (critical: had confirmed a no)
    ("din_diet_corrected_is_no_refusal_da", True),
    # words quoted to be struck out: '... – så streg "ingen suppe": jeg bliver gerne og spiser
    # med' (had confirmed a no)
    ("din_quoted_no_struck_then_yes_da", True),
    # unwelcome, negated: "så en tallerken suppe bagefter kommer bestemt ikke ubelejligt", "the
    # soup afterwards would certainly not be unwelcome" (both critical: had confirmed a no)
    ("dinner_not_unwelcome_da", True),
    ("dinner_not_unwelcome_en", True),
    # left alone: "Suppen må jeg lade ligge denne gang" (had asked), and negated: "suppen lader jeg
    # bestemt ikke ligge!" (critical: had confirmed a no)
    ("din_left_alone_da", False),
    ("din_not_left_alone_da", True),
    # irony's "som om", no "whether": "Som om jeg ville springe suppen over 😄" (had asked)
    ("din_as_if_i_would_skip_it_da", True),
    # asked for no answer: "would i say no to free soup? obviously not 😂" (had asked); a statement
    # after a question that refuses is no bare answer to turn round: "Skip the soup? Hardly – count
    # me in for that." (critical: had confirmed a no)
    ("din_would_i_say_no_obviously_not_en", True),
    ("din_skip_it_hardly_count_me_in_for_that_en", True),
    # being there for something else, past a colon, is no staying for the meal: "The soup is
    # tempting, but I'll have to say no to that one: my daughter has a handball match at 19:00 and I
    # promised to be there" (critical: had confirmed a yes)
    ("din_staying_for_another_thing_after_a_colon_en", False),
    # the meal said to go the way of what was said before it: "... byhaver – og det samme gælder
    # suppen bagefter", "..., så jeg kan ikke blive hængende efter mødet, og det gælder desværre
    # også suppen", "Same goes for the soup"; a refusal negated is no no: "Jeg vil ikke gå glip af
    # noget, og det samme gælder suppen"
    ("din_same_goes_for_the_meal_after_a_yes_da", True),
    ("din_same_goes_for_the_meal_after_a_no_da", False),
    ("din_same_goes_for_the_meal_en", True),
    ("din_same_goes_for_the_meal_after_a_litotes_da", True),
    # ... and a no when what was said refuses twice over, no negation taking either back: "I have
    # to leave at 18.30 sharp ..., so I'll miss the wrap-up. Likewise with the soup" (had asked)
    ("din_same_goes_after_two_refusals_en", False),
    # the whole set against the meal is no part of it: "Jeg er med til det hele undtagen suppen"
    # (had read a doubt about how much of the meal, and asked)
    ("din_everything_but_the_meal_da", False),
    # leftovers of food described, the meal then left for the others: "stod der rester af mad og
    # beskidte kopper over det hele ... Men suppen må I have for jer selv" (critical: the "og"
    # after the leftovers had listed the meal as a yes); the sender's own question answered "Would
    # love to, but no" (critical: had confirmed a yes)
    ("din_leftovers_described_then_kept_for_them_da", False),
    ("din_own_question_would_love_to_but_no_en", False),
    # ... and answered past an interjection of its own: "Har jeg tid til at spise suppe bagefter?
    # Ha! Desværre ikke ;-)" (had asked)
    ("din_own_question_answered_past_an_interjection_da", False),
    # the invitation's second question, which is the meal's, named by its number: "Til dit første
    # spørgsmål: Naboskab. Til det andet: ja tak", "As for the second part of your question, I'm
    # afraid I'll have to skip it"
    ("din_second_question_answered_by_its_number_da", True),
    ("din_second_question_answered_by_its_number_en", False),
    # signed off the meal by "melde af", whose "melde mig" alone signs up: "Jeg vil gerne melde mig
    # af suppen efter mødet" (critical: had confirmed a yes)
    ("din_signed_off_the_meal_by_melde_af_da", False),
    # the meal pointed at as the last of the things named: "... være med i Byhaver og spise suppe
    # bagefter – nej vent, det sidste går ikke alligevel" (had declined the meeting), "Actually,
    # scratch the latter" (a guard)
    ("din_the_last_named_taken_back_da", False),
    ("din_the_latter_scratched_en", False),
    # a pronoun opening the clause right after the one the meal closes: "Jeg kan se, at der bliver
    # serveret suppe efter mødet – den må jeg desværre takke nej til" (had gone to a person as a
    # decline), "Men suppen, den kan jeg ikke nå" (had asked)
    ("din_served_then_refused_by_a_pronoun_da", False),
    ("din_named_alone_then_a_pronoun_da", False),
    # ... and in the sentence after the meal told as offered or served: "I see there's soup
    # afterwards. I'll skip it, I'm afraid", "I skriver, at der bliver serveret suppe efter mødet.
    # Det siger jeg ja tak til" (both had asked)
    ("din_offered_then_skipped_by_a_pronoun_en", False),
    ("din_served_then_a_yes_in_the_next_sentence_da", True),
    # a later sentence of the meal's paragraph, opened by a turn, concludes it: "As for the soup, I
    # would really love to stay ... But it's Ramadan, ..., so please don't count me in for the
    # soup", "Ang. suppen: Jeg havde først tænkt, at jeg skulle hjem ... Men han har fået fri, så
    # jeg bliver og spiser med" (both had asked); not one that turns to a workshop: "Nej tak til
    # suppen ... Men jeg er stadig med på Byhaver, selvfølgelig!" (a guard)
    ("din_turned_in_its_paragraph_en", False),
    ("din_turned_in_its_paragraph_da", True),
    ("din_turn_to_the_workshop_after_a_no_da", False),
    # a heading opened by "og", no "and food" yes: "Og suppen: Det er sødt af jer, men jeg står
    # over" (critical: had confirmed a yes); twisting needed no more: "Soup: you won't have to twist
    # my arm" (critical: had confirmed a no)
    ("din_heading_opened_by_and_then_a_turn_da", False),
    ("din_wont_have_to_twist_my_arm_en", True),
    # what was said of the meal set aside, a reason after it: "Ignore what I said about the soup - I
    # have to get home to the kids", "Se bort fra det med suppen – jeg skal hjem til børnene" (both
    # critical: had confirmed the yes set aside)
    ("din_what_was_said_of_it_set_aside_en", False),
    ("din_what_was_said_of_it_set_aside_da", False),
    # time for a plate before leaving, and not leaving hungry: "men jeg når lige en tallerken inden
    # toget", "I skal ikke regne med, at jeg går sulten derfra" (both had asked)
    ("din_a_plate_before_the_train_da", True),
    ("din_not_leaving_hungry_da", True),
    # gone before it is served: "And the soup: I'll be long gone by then, I'm afraid" (had asked)
    ("din_long_gone_by_then_en", False),
    # stop 65: "t." short for "til" ends no sentence: "Nej tak t. suppen, men jeg kommer gerne til selve
    # mødet og tager Byhaver" (had asked)
    ("din_no_thanks_t_for_til_da", False),
    # a tick after the meal's label, "Soup: ✓" (had asked); "tk" typed for "tak": "2 – ja tk" (had gone
    # to a person, nothing read)
    ("din_a_tick_for_the_soup_en", True),
    ("din_ja_tk_after_the_number_da", True),
    # a form's answer by a letter alone after the meal's label: "Deltager: j / Workshop: 1 / Spiser med: n"
    # (critical: the label's own words had been a yes)
    ("din_a_letter_for_no_after_the_label_da", False),
    # a yes told as a refusal denied, then a "but" whose verb stands for the refusal, done: "Gratis suppe
    # er svært at sige nej til, men denne gang gør jeg det altså: ...", "Free soup is hard to say no to,
    # but this time I will" (critical, both: had confirmed a yes)
    ("din_hard_to_say_no_but_this_time_i_do_da", False),
    ("din_hard_to_say_no_but_this_time_i_will_en", False),
    # ... or asked as who would refuse, the next sentence owning the refusal by such a verb: "Soup
    # afterwards: who says no to that? Apparently I do.", "Og suppen bagefter ... hvem siger nej til
    # gratis suppe? Det gør jeg desværre." (critical, both: had confirmed a yes)
    ("din_who_says_no_apparently_i_do_en", False),
    ("din_who_says_no_that_i_do_sadly_da", False),
    # ... with the time and a reason after a dash: "Det gør jeg desværre denne gang – jeg har
    # bestyrelsesmøde i afdelingen kl. 19.30" (critical: had confirmed a yes)
    ("din_who_says_no_i_do_this_time_then_a_reason_da", False),
    # stop 72: ... the pro-form ending in an adverb: "hvem siger nej til gratis suppe? Det gør jeg så,
    # desværre 🙈" (critical: had confirmed a yes)
    ("din_refusal_asked_then_owned_with_saa_da", False),
    # ... and the no that would have been said, no answer now: "I første omgang ville jeg have sagt nej
    # tak til suppen, fordi ... – men den er blevet aflyst, så nu bliver jeg og spiser med" (had asked)
    ("din_would_have_said_no_then_stays_da", True),
    # eating at home denied refuses nothing of ours: "Og jeg spiser da selvfølgelig ikke hjemme, når I nu
    # byder på suppe 😉" (critical: had confirmed a no)
    ("din_eating_at_home_denied_when_you_serve_da", True),
    # "til sidst" orders the sender's points, no meal of last time: "Til sidst må jeg desværre takke
    # nej til suppen" (had asked)
    ("din_til_sidst_orders_my_points_da", False),
    # stop 72: a yes asked back, denied: "Spiser med? Gør jeg ikke altid det 😄" (critical: had confirmed a no);
    # a guard, the object left out before the verb, a no: "Spiser med? Gør jeg ikke. Jeg skal hjem ..."
    ("din_asked_back_dont_i_always_da", True),
    ("din_asked_then_i_dont_object_left_out_da", False),
    # lunch is a meal of another time of day: "I won't make it for lunch (...) but I'm happy to stay and
    # eat after the meeting" (critical: had confirmed a no)
    ("din_lunch_is_another_time_of_day_en", True),
    # a motive denied is no answer, and the meal as the time of a yes after a turn: "Og nej, jeg kommer
    # ikke for suppens skyld 😉 – men når I nu byder på suppe, siger jeg selvfølgelig ja tak" (critical:
    # had been a decline read beside a no); "Jeg kommer ikke for suppens skyld, men jeg spiser gerne med"
    # (had gone to a person as both coming and not)
    ("din_not_for_the_soups_sake_then_yes_when_served_da", True),
    ("int_not_coming_for_the_soups_sake_is_coming_da", True),
    # a cleft putting only the meal first before a decline refuses the meal: "Det er kun suppen, jeg må
    # melde fra til" (had gone to a person as both coming and not); the English a guard, read so before:
    # "It's only the soup I have to drop out of"
    ("din_cleft_only_the_soup_declined_da", False),
    ("din_cleft_only_the_soup_dropped_en", False),
    # excused from it: "Jeg deltager i workshop 2, men vil gerne være fri for suppen – jeg har en aftale
    # inde i byen kl. 19" (critical: "gerne" had made it a yes)
    ("din_excused_from_the_meal_da", False),
    # stop 69: ... or by naming the sender alone: "The soup - who'd say no to that? Well, me, sadly.",
    # "Og suppen - hvem siger nej til gratis suppe? Øh, mig desværre." (both critical: had confirmed a yes)
    ("din_who_says_no_well_me_sadly_en", False),
    ("din_who_says_no_er_me_sadly_da", False),
    # a dinner promised elsewhere: "Jeg har lovet min svigermor at komme til middag den aften" (critical:
    # "komme til middag" had been a yes to ours)
    ("din_promised_to_come_to_dinner_elsewhere_da", False),
    # the meal at home, negated as the reason for eating with us: "Vi spiser også begge med. ... så ingen
    # af os får aftensmad derhjemme alligevel" (critical: "derhjemme" had been a no)
    ("din_no_dinner_at_home_as_the_reason_da", True),
    # stop 69: the meal the option passed over, "at" left out: "Mht. suppen vil jeg hellere hjem til
    # ungerne end blive og spise" (critical: had confirmed a yes)
    ("din_rather_home_than_stay_and_eat_da", False),
    # stop 70: a Swede's negation in her Danish: "Men jeg stannar inte til suppen" (critical: had
    # confirmed a yes)
    ("din_a_swedes_no_to_the_soup_da", False),
    # ... and a Norwegian's in English: "Soup: nei takk, sadly" (critical: had confirmed a yes)
    ("din_a_norwegians_no_thanks_in_english_en", False),
    # the meal put first and counted on: "Suppen regner jeg bestemt med ;-)" (had asked)
    ("din_counted_on_the_topic_first_da", True),
    # a question only of whether the meal is served, which the invitation tells, then a yes drawn from
    # it: "Er der ikke suppe bagefter? Så bliver jeg og spiser med", "Isn't there soup afterwards? Then
    # count me in for the soup too" (both had waited for our answer)
    ("din_asked_only_if_served_then_a_yes_da", True),
    ("din_asked_only_if_served_then_a_yes_en", True),
    # ... or "if so" after it: "Will there be soup afterwards? If so I'll stay and eat"; and a condition only
    # that it is served: "Jeg spiser med, hvis der er suppe", "If soup is included, I'll stay for the
    # soup as well" (all three had waited for our answer)
    ("din_asked_if_served_then_if_so_en", True),
    ("din_on_the_condition_only_that_it_is_served_da", True),
    ("din_on_the_condition_only_that_it_is_served_en", True),
    ("din_on_the_condition_only_that_it_is_in_the_programme_en", True),  # "If soup is included in the programme, ..."
    # food fetched for others is no eating: "Jeg må dog smutte inden suppen, for jeg har lovet at hente
    # pizza til min søns fodboldafslutning" (had been a yes and a no)
    ("din_leaving_before_it_to_fetch_pizza_for_others_da", False),
    # the meal's word typed in a hurry: "I wont be staying for dinnner though" (had asked)
    ("din_the_meals_word_typed_with_a_letter_twice_en", False),
    # no reason seen for a refusal, a yes: "Jeg kan ikke se nogen grund til at springe suppen
    # over" (had confirmed a no)
    ("din_no_reason_seen_to_skip_the_soup_da", True),
    # a forecast of the food, and a reason denied, doubt nothing: "Suppen bliver sikkert god, men
    # jeg spiser ikke med", "... – ikke fordi den ikke sikkert bliver god, men ..." (both had asked)
    ("din_a_forecast_of_the_soup_before_a_no_da", False),
    ("din_doubt_in_a_reason_denied_da", False),
    # the meal put first, a contrast's particle before its negation: "Spise med når jeg derimod
    # ikke" (critical: had confirmed a yes)
    ("din_meal_put_first_denied_after_a_contrast_particle_da", False),
    # too late for the sender, and not too late: "det bliver for sent for mig at blive til suppen"
    # (critical: had confirmed a yes), "det bliver ikke for sent for mig at blive og spise suppe
    # med" (critical: had confirmed a no), "The soup is a bit too late for me" (had asked)
    ("din_too_late_for_me_to_stay_da", False),
    ("din_not_too_late_for_me_to_stay_da", True),
    ("din_the_meal_too_late_for_me_en", False),
    # a forecast with a word of degree in it: "Suppen bliver sikkert rigtig god, men ..." (had asked)
    ("din_a_forecast_with_a_degree_before_a_no_da", False),
    # "glem det sidste" after a question strikes the question, not the meal before it (critical:
    # had confirmed a no)
    ("din_the_last_thing_said_a_question_struck_da", True),
    # a postscript saying the no has "nothing to do with the food" answers nothing (critical: had
    # confirmed a yes)
    ("din_a_postscript_saying_the_no_is_not_the_foods_en", False),
    # ... and in English, a guard (read so before, when "ignore the last bit" struck nothing): "Is
    # there parking by the community hall? Actually ignore the last bit"
    ("din_the_last_bit_ignored_after_a_question_en", True),
    # leaving after the meal stays for it: "Efter suppen kører jeg hjem", "After the soup I'll head
    # straight home" (both critical: had confirmed a no)
    ("din_leaving_after_the_meal_da", True),
    ("din_leaving_after_the_meal_en", True),
    # ... the meal's time after the leaving: "smutter lige efter suppen", "I'm leaving straight
    # after the soup" (both critical: had confirmed a no)
    ("din_leaving_right_after_the_meal_da", True),
    ("din_leaving_right_after_the_meal_en", True),
    # stop 75: a plan to leave, told before the turn from it, holds back nothing said after the
    # turn: "Jeg havde ellers regnet med at skulle smutte ..., men ..., så jeg bliver alligevel og
    # spiser med" (had asked)
    ("din_a_plan_to_leave_turned_from_da", True),
    # ... and a guard (read so before): no seat kept at the meal is a no to it alone: "I'll take rain
    # water. No need to save me a seat at the soup, though."
    ("din_no_seat_kept_at_the_meal_en", False),
    # counted out of the meal: "Suppen bagefter må I gerne regne mig ude af – det er jo ramadan"
    # (critical: had confirmed a yes from its "gerne" and "tak")
    ("din_counted_out_of_the_meal_da", False),
    # a least reason is no condition: "I'll stay for the soup, if nothing else to catch up with people"
    # (had asked)
    ("din_if_nothing_else_no_condition_en", True),
    # a refusal one is loath to make, a yes: "Og suppen vil jeg nødig lade gå min næse forbi!"; staying
    # till it is over: "I'm not going anywhere until the soup's gone" (both critical: had confirmed a no)
    ("din_loath_to_let_it_pass_da", True),
    ("din_not_going_anywhere_until_it_is_gone_en", True),
    # nothing else planned yet is no doubt: "Jeg har endnu ikke noget andet i kalenderen den aften, så
    # jeg bliver gerne og spiser suppe med" (had asked)
    ("din_nothing_else_planned_yet_da", True),
    # a bare no, then the sentence that says it was the meal's: "Nej. / Altså til suppen – jeg skal
    # videre ...", "No. / Meaning to the soup - I have a train to catch." (critical: "Altså til
    # suppen" had been read as a yes; the English had asked)
    ("din_a_bare_no_then_altsaa_the_meal_da", False),
    ("din_a_bare_no_then_meaning_the_meal_en", False),
    # leaving only once the meal is eaten: "jeg smutter først, når suppen er spist" (critical: the
    # leaving had been read as a no)
    ("din_leaving_only_once_the_meal_is_eaten_da", True),
    # a courtesy, no condition: "Suppe: nej tak, hvis det er det samme for jer" (had asked)
    ("din_no_thanks_if_it_is_all_the_same_to_you_da", False),
    # the sender's own next appointment is no later network meeting: "Mit næste møde er først kl.
    # 21, så jeg når fint at spise suppe med" (had asked, the meal read as next time's)
    ("din_my_next_appointment_is_later_da", True),
    # hurrying on, past where one goes, when the meeting ends: "Jeg må desværre haste videre til et
    # bestyrelsesmøde i Ishøj, så snart I runder af" (had asked)
    ("din_hurrying_on_to_a_place_when_you_round_off_da", False),
    # others where one goes are no subject of the clause: "..., men skal hjem til ungerne, så snart vi
    # runder af" (had asked, the leaving read as the children's)
    ("din_home_to_the_children_when_you_round_off_subject_left_out_da", False),
    # a meal's noun with a capital beside another capitalised word is a word of a name: "Jeg kommer fra
    # Maden og Mennesket" (had asked: yes and no)
    ("din_a_meal_word_in_an_organisations_name_da", False),
    # stop 77: "P.S. Wouldn't miss the soup for the world." (the dotted mark had joined its
    # sentence, so the subjectless denial had nobody's meal to answer)
    ("din_after_a_dotted_postscript_mark_en", True),
    # "the soup is too late with the kids" (critical: its "too" and "with" had read as a yes)
    ("din_the_meal_too_late_with_the_kids_en", False),
    # "so please leave me off the food list"; "I'd love to stay for the soup as well, but I need to
    # be home for the kids" (both had asked: yes and no, and a wish with nothing refusing it)
    ("din_left_off_the_food_list_en", False),
    ("din_wished_but_to_be_home_en", False),
    # what one ought, then what one does, pointing back: "Jeg burde egentlig ikke spise suppe, ...,
    # men jeg gør det alligevel", "Jeg burde blive til suppen, men det når jeg ikke", "I really
    # ought not to stay for the soup, but I will anyway" (all had asked: what one ought is no answer)
    ("din_ought_not_but_does_it_anyway_da", True),
    ("din_ought_to_but_does_not_da", False),
    ("din_ought_not_but_will_anyway_en", True),
    # "Suppen efter mødet må jeg derimod høfligst frabede mig"; "I'll grab a bite at the station on
    # my way back to Copenhagen, so no need to count me in for the soup" (had asked: not stated, and
    # yes and no)
    ("din_formally_declined_frabede_mig_da", False),
    ("din_a_bite_on_my_way_back_en", False),
    # not against it: "Jeg er ikke imod at spise suppe med jer", "I am not against staying for the soup"
    # (both critical: the negation had refused the meal)
    ("din_not_against_eating_with_us_da", True),
    ("din_not_against_staying_for_the_soup_en", True),
    # a field's answer after a dash, a reason after it: "eating with you afterwards - no thanks, I've
    # got another thing on that evening" (critical: "eating" had been read as a yes)
    ("din_field_after_a_dash_then_a_reason_en", False),
    # "I'm afraid I must excuse myself from the soup, though" (had asked: not stated)
    ("din_excused_from_the_meal_en", False),
])
def test_yes_and_no_with_negation(context, name, dinner):
    reading = read(context, name)
    assert reading.dinner is dinner
    assert reading.action == "confirm"
    assert any(r.startswith(f"dinner: {'yes' if dinner else 'no'}") for r in reading.reasons)


@pytest.mark.parametrize(("name", "action"), [
    # stop 72: the meal put first, another's refusal, and the sender's verb standing for it denied:
    # "Suppen springer han over, men det gør jeg ikke", "Soup he's skipping, but I'm not" (both
    # critical: had confirmed a no; the English one goes to a person, Rasmus's sign-up told beside it)
    ("din_meal_first_han_springer_over_men_ikke_jeg_da", "confirm"),
    ("din_meal_first_he_skips_but_im_not_en", "review"),
])
def test_anothers_refusal_put_first_then_mine_denied_is_a_yes(context, name, action):
    reading = read(context, name)
    assert (reading.action, reading.workshop, reading.dinner) == (action, 3, True)


def test_eating_at_home_denied_alone_answers_nothing(context):
    # a guard: "Jeg spiser ikke hjemme den aften, jeg skal ud med nogle venner" is no yes to ours
    reading = read(context, "din_eating_at_home_denied_alone_da")
    assert (reading.action, reading.workshop, reading.dinner) == ("ask", 1, None)


def test_no_need_to_ask_twice_asks_nothing(context):
    # "Det behøver du ikke spørge om to gange!" is no request for an answer ("spørge om" is)
    assert read(context, "din_no_need_to_ask_twice").question is False


@pytest.mark.parametrize(("name", "words"), [
    ("dinner_maa_vi_se", "Med suppen må vi se"),
    ("dinner_let_me_see_en", "probably not, but let me see how the day goes"),
    ("dinner_doubt_about_both", "skriv mig op, så vender jeg"),  # "... tilbage med workshop og suppe"
    ("dinner_undecided_da", "ved ikke, om jeg spiser med"),
    ("dinner_undecided_en", "Not sure about dinner"),
    ("dinner_conditional_question_da", "Ellers spiser jeg ikke med"),  # after "Er suppen vegetarisk?"
    ("dinner_conditional_otherwise_en", "if it's vegetarian, otherwise I'll skip it"),
    ("dinner_afhaenger_det_af", "afhænger det af, om jeg kan få min mand til at hente"),
    ("ws_is_my_pick_en", "Not sure about the soup yet"),  # and the workshop stays chosen
    ("dinner_yes_but_obligation_en", "I'd love to stay for the soup, but I have to pick up my kids"),
    ("dinner_conditional_yes_da", "Jeg spiser med, hvis jeg kan nå det"),
    ("dinner_probably_not_da", "Jeg spiser med – nok ikke"),  # a yes taken into doubt
    # an answer given both ways, on an answer we do not have (both had confirmed a no)
    ("dinner_both_ways_en", "If yes, I'll stay and eat; if not, I'll skip it"),
    ("dinner_both_ways_da", "Hvis ja, spiser jeg med; hvis ikke, springer jeg suppen over"),
    ("dinner_then_after_food_question", "Så spiser jeg gerne med"),  # after "bliver der noget vegetarisk?"
    # and "bliver" there is no staying: "det afhænger lidt af hvor lang dagen bliver"
    ("dinner_lets_see_danglish", "let's see"),
    ("dinner_condition_negated", "Spiser med hvis jeg ikke skal hente"),  # the "ikke" is the condition's
    ("dinner_om_opens_sentence", "Om jeg kan blive til suppen"),  # "..., ved jeg først senere."
    # (had confirmed a yes)
    ("dinner_afgoer_om_jeg_kan_naa", "så det afgør om jeg kan nå at"),
    ("dinner_neither_yes_nor_no", "kan jeg endnu hverken sige ja eller nej"),  # (had confirmed a no)
    # "meals" is the meal too: "... does not have a budget for meals, so I will decide once I
    # know" (had gone to a person as doubt about coming)
    ("dinner_budget_for_meals_decide_en", "so I will decide once I know"),
    # ... and left open after it: "Om jeg spiser med? ... min kone siger nej (vi har gæster),
    # min mave siger ja. Jeg giver lyd, ..." (a guard: the first try of the rule above read a no)
    ("dinner_own_question_left_open", "min kone siger nej"),
    ("dinner_cant_give_an_answer_yet_en", "I can't give you an answer on dinner just yet"),  # (had confirmed a no)
    ("dinner_ask_at_home", "jeg skal lige høre derhjemme"),
    ("dinner_springer_nok", "springer jeg nok suppen over"),  # "nok" is "probably" here
    ("dinner_only_if", "spiser med, kun hvis der er noget vegetarisk"),
    ("dinner_if_on_time_else_leave", "Hvis mødet slutter til tiden, spiser jeg gerne med"),
    # not yet known is no no (both had confirmed no to the soup)
    ("dinner_cant_say_yet_en", "For the soup I can not say yet"),
    ("dinner_kan_ikke_sige_endnu", "Suppen kan jeg ikke sige endnu"),
    # the meal put first: "Med suppen kommer det an på, om den er halal." (had confirmed a yes)
    ("dinner_depends_inverted", "Med suppen kommer det an på"),
    # conditions written as phrases (each had confirmed a yes): "..., som muligvis bliver
    # aflyst – i så fald spiser jeg gerne suppe med", "I'll stay for the soup so long as ..."
    ("dinner_i_saa_fald_uncertain", "Jeg har et bestyrelsesmøde"),
    ("dinner_so_long_as_en", "I'll stay for the soup so long as"),
    # stop 73: a form's yes on a condition asked about after it: "Soup: yes, as long as there's a
    # vegan option. Will there be one?" (had confirmed a yes)
    ("din_form_yes_as_long_as_then_asked_en", "Soup: yes, as long as there's a vegan option"),
    # "I will also stay for the soup - I must first clear this with my wife" (had confirmed a yes)
    ("dinner_clear_it_with_my_wife_en", "I must first clear this with my wife"),
    # (and in doubt, the pointer after it says only "måske")
    ("din_in_doubt_about_the_meal_then_a_pointer_da", "Jeg er i tvivl om suppen"),
    # a no that an "unless" lifts (each had confirmed a no): "Soup? Not unless it's wrapped up by
    # seven", "I can't stay for the soup unless my husband picks up the kids", "Jeg kan ikke spise
    # med, medmindre min mand kan hente børnene"
    ("din_not_unless_over_by_seven_en", "Not unless it's wrapped up by seven"),
    ("din_no_unless_in_its_clause_en", "I can't stay for the soup unless"),
    ("din_no_unless_after_a_comma_da", "Jeg kan ikke spise med, medmindre"),
    # ... and the reason after it: "Jeg spiser ikke med medmindre Susanne også bliver, for vi kører
    # sammen", "I won't stay for the soup unless my neighbour stays too, as we're sharing a car"
    # (both had confirmed a no)
    ("din_no_unless_then_a_reason_da", "Jeg spiser ikke med medmindre"),
    ("din_no_unless_then_a_reason_en", "I won't stay for the soup unless"),
    # a no on a condition fronted in the clause before it: "og hvis der ikke er noget andet, så
    # springer jeg suppen over" (had confirmed a no)
    ("din_no_on_a_fronted_condition_da", "hvis der ikke er noget andet"),
    # the second verb of a "whether" that opens the sentence: "Om jeg bliver og spiser, kan jeg
    # først sige efter vores personalemøde" (critical in spirit: "og spiser" had confirmed a yes)
    ("din_whether_i_stay_and_eat_later_da", "Om jeg bliver og spiser"),
    # a wish to eat, then a "men" of not staying that long, at any length: "Jeg vil meget gerne
    # spise med jer, men jeg tror ikke jeg kan blive så længe" (had confirmed a yes)
    ("din_wish_then_not_staying_that_long_da", "Jeg vil meget gerne spise med jer"),
    # not a no, and not a yes either: "Suppen siger jeg ikke nej til, men jeg siger heller ikke ja
    # endnu" (had confirmed a yes), "I'm not saying no to the soup, but I'm not saying yes either"
    ("din_not_no_and_not_yes_either_da", "Suppen siger jeg ikke nej til"),
    ("din_not_no_and_not_yes_either_en", "I'm not saying no to the soup"),
    # a yes on a condition told verb first: "Kan jeg få en afløser i klubben den aften, bliver jeg
    # og spiser – ..." (had confirmed a yes)
    ("din_yes_on_an_inverted_condition_da", "Kan jeg få en afløser i klubben den aften"),
    # ... and a sentence that is the doubt alone: "..., så det bliver et måske. Jeg vender
    # tilbage." (had confirmed a no)
    ("din_a_maybe_then_a_bare_doubt_da", "Jeg vender tilbage"),
    # a hedge that is the whole sentence: "Spiser med. Måske." (had confirmed a yes)
    ("din_a_hedge_alone_after_the_answer_da", "Måske"),
    # left open, no leaving: "Soup I'll have to leave open for now - it hinges on whether I can find
    # a babysitter" (had confirmed a no; and "Urban gardens makes the most sense for me" had been
    # read as named in passing)
    ("din_left_open_is_no_leaving_en", "Soup I'll have to leave open for now"),
    # verb-first conditions with a noun for subject, and with "når" before an infinitive, the
    # meal joined by "og" to staying: "Slutter mit møde i Brøndby til tiden, bliver jeg også til
    # suppen", "Når jeg at få fat i en babysitter, bliver jeg også og spiser med" (both had
    # confirmed a yes)
    ("din_yes_on_a_fronted_condition_with_a_noun_subject_da", "Slutter mit møde i Brøndby"),
    ("din_yes_on_a_fronted_naar_jeg_at_da", "Når jeg at få fat i en babysitter"),
    # a condition after a "please" that closes the answer: "Workshop 2 and soup for me, please –
    # provided our board meeting that evening is moved" (both had confirmed a yes)
    ("din_answer_please_then_a_condition_en", "Workshop 2 and soup for me"),
    ("din_answer_tak_then_a_condition_da", "Workshop 2 og suppe til mig"),
    # all of the meal denied, put first: "Hele suppen kan jeg ikke blive til, jeg skal være hjemme
    # ved 19-tiden" (had confirmed a no)
    ("din_the_whole_meal_fronted_is_no_no_da", "Hele suppen kan jeg ikke blive til"),
    # a doubt before a dash and a question: "Suppen: gerne, men det afhænger af, hvor længe det
    # varer – hvornår er I færdige?" (both critical: the question had swallowed the doubt, and the
    # yes before it had been confirmed)
    ("dinner_depends_before_a_dashed_question_da", "det afhænger af"),
    ("dinner_depends_before_a_dashed_question_en", "it depends how long it goes"),
    # not dared promised: "Suppen tør jeg ikke love noget om – ..." (had confirmed a no), "The soup
    # I daren't promise" (had been not stated)
    ("din_dared_not_promise_da", "Suppen tør jeg ikke love noget om"),
    ("din_dared_not_promise_en", "The soup I daren't promise"),
    # a yes called most likely, and a tick called provisional: "Most likely I will stay for the
    # soup as well, but I can't give you a firm answer ...", "Suppen sætter jeg et foreløbigt kryds
    # ved, men med forbehold." (both had confirmed a yes)
    ("din_most_likely_is_no_answer_en", "Most likely I will stay for the soup"),
    ("din_a_provisional_tick_da", "et foreløbigt kryds"),
    # a yes with an "unless", or an "if not" before what it is said of: "Spise med: sikkert, hvis
    # ikke opsummeringen trækker alt for langt ud", "Suppe: ja tak, medmindre min vagt bliver lagt
    # om igen", "Soup: yes please, unless the board meeting before it runs late" (all had
    # confirmed a yes)
    ("din_yes_if_not_a_condition_da", "hvis ikke opsummeringen"),
    ("din_yes_unless_da", "medmindre min vagt"),
    ("din_yes_unless_en", "unless the board meeting"),
    # what the sender ought to do: "Egentlig burde jeg nok lade være med at spise med, ..., men jeg
    # bliver alligevel hængende til en lille bid" (critical: had confirmed a no), "I ought to skip
    # the soup, really" (had confirmed a no)
    ("din_what_one_ought_is_no_answer_da", "burde jeg nok lade være"),
    ("din_what_one_ought_is_no_answer_en", "I ought to skip the soup"),
    # stop 69: an answer put off, the meal a topic before the verb put first or the object of the
    # answering: "Med suppen vil jeg hellere vente med at svare, til ...", "Jeg venter med at svare
    # på suppen til jeg kender min vagtplan" (both had confirmed a yes: "Med" and "til" read as it)
    ("din_with_the_soup_i_would_rather_wait_da", "Med suppen vil jeg hellere vente med at svare"),
    ("din_i_wait_with_answering_about_the_soup_da", "Jeg venter med at svare på suppen"),
    # stop 71: idioms of waiting to see: "With the soup we see how the land lies when we come closer",
    # "Med suppen ser vi, hvad dagen bringer" (both had confirmed a yes)
    ("din_see_how_the_land_lies_en", "how the land lies"),
    ("din_what_the_day_brings_da", "hvad dagen bringer"),
])
def test_doubt_about_the_meal_is_no_answer(context, name, words):
    reading = read(context, name)
    assert reading.dinner is None
    assert reading.action == "ask"
    assert words in reading.unclear["dinner"]


@pytest.mark.parametrize(("name", "workshop"), [
    # another's wish for the sender, told before the meal: "My husband keeps telling me to skip
    # the soup and come home early, but I'm staying for it this time" (critical: a no had been
    # confirmed); "Min mand synes, jeg skal springe suppen over" (had confirmed a no)
    ("din_anothers_wish_is_no_answer_en", 2),
    ("din_anothers_wish_is_no_answer_da", 2),
    # ... or what another keeps telling the sender of everyone: "My colleague keeps telling me
    # nobody ever skips the soup at these meetings" (had confirmed a no)
    ("din_another_keeps_telling_me_en", 1),
    # ... and with coming home early in the wish: "Min mand synes, jeg skal springe suppen over og
    # komme tidligt hjem" (had gone to a person: "komme ... hjem" read as coming, the skip as its
    # refusal)
    ("din_wish_of_another_then_coming_home_da", 2),
    # a bite eaten on the way there: "so I'll grab a bite on the way and should still make it for
    # the start", "så jeg snupper en bid på vejen" (both had confirmed a yes)
    ("din_a_bite_on_the_way_is_no_answer_en", 1),
    ("din_a_bite_on_the_way_is_no_answer_da", 1),
    # not all of the meal leaves some of it: "I won't need the whole meal afterwards; a small bowl
    # will do me fine", "Jeg behøver ikke hele suppen bagefter" (both had confirmed a no)
    ("din_not_the_whole_meal_is_no_no_en", 2),
    ("din_not_the_whole_meal_is_no_no_da", 2),
    # ... and under a heading of the meal, where "gerne" said yes to it: "Dit spørgsmål om suppen
    # har jeg tænkt over: jeg bliver gerne mødet igennem, men når I runder af, tager jeg hjem til
    # familien" (critical: had confirmed a yes; now yes and no)
    ("din_staying_the_meeting_under_a_meal_topic_da", 3),
    # Danes' English: "I will be with in urban gardens ... To the soup I must say pass for now - I do
    # not know yet if I have the kids" (had declined: "be with in" was not read as coming), "I will
    # eventually eat with after - that I know first when the rota ... is ready" (had asked with a yes)
    ("intent_be_with_in_danes_english_en", 2),
    ("din_know_first_when_danes_english_en", 3),
    # not eating at home, with words put in between dashes: "Og jeg spiser ikke – som jeg først
    # havde regnet med – hjemme den aften, men sammen med jer" (critical: had confirmed a no)
    ("din_not_at_home_across_a_dashed_aside_da", 2),
    # tried before: "Vi har også prøvet fællesspisning med overskudsmad i beboerhuset, og det var
    # et hit" (had confirmed the meal)
    ("dinner_a_meal_tried_before_is_no_answer_da", 2),
    # a yes and a no offered together: "før jeg kan sige ja eller nej til suppen", "Ja eller nej til
    # suppen ved jeg ikke endnu" (both critical: had confirmed a yes)
    ("dinner_yes_or_no_still_to_say_da", 1),
    ("dinner_yes_or_no_not_known_da", 3),
    # stop 72: ... before doing it: "so I need to know before I can say yes or no to eating with you"
    # (critical: had confirmed a yes), "før jeg kan sige ja eller nej til at spise med"
    ("din_yes_or_no_to_eating_is_the_question_en", 1),
    ("din_ja_eller_nej_til_at_spise_med_da", 1),
    # the sender's own numbered list, its second item a sentence of its own: "1. Jeg kommer gerne /
    # 2. Jeg vil gerne være med i gruppen om plantekasser og frugttræer" (had confirmed a yes)
    ("din_own_numbered_list_second_item_no_meal_da", 2),
    # however much it is wished for is no yes: "Men hvor gerne jeg end ville blive og spise suppe
    # bagefter, så skal jeg hente børn kl. 19.15" (critical: had confirmed a yes)
    ("din_however_much_i_would_like_da", 2),
    # put off in the paragraph the meal heads, in a sentence after the reason that names nothing:
    # "About the soup: ... so I may have to run straight home after the meeting. I'll let you know
    # closer to the date", "Mht. suppen: ... Jeg vender tilbage, når jeg ved mere" (both had
    # confirmed a no)
    ("din_deferral_in_the_meal_paragraph_en", 1),
    ("din_deferral_in_the_meal_paragraph_da", 2),
    # wavering about the meal, then a pronoun's refusal: "Jeg har vaklet lidt med suppen, for det
    # lyder hyggeligt, men ... så jeg springer den over" (critical: "med suppen" had been a yes)
    ("din_wavered_about_the_meal_da", 2),
    # stop 65: the other branch of a yes on a condition asked as a question: "Spiser gerne m. hvis der er
    # noget vegetarisk? ellers tager jeg bare hjem og spiser" (critical in effect: had confirmed a no);
    # the English a guard: "I'd love to stay for the soup if there's a vegan option? Otherwise I'll just
    # head home"
    ("din_otherwise_after_a_yes_asked_on_a_condition_da", 3),
    ("din_otherwise_after_a_yes_asked_on_a_condition_en", 3),
    # not on top of it yet: "Mht. suppen har jeg ikke styr på kalenderen herfra – skriver i næste uge"
    # (critical in effect: "ikke" had made it a no)
    ("din_not_on_top_of_the_calendar_da", 3),
    # stop 69: another event named for its meal: "I'm attending the lunch seminar at DGI-byen on the
    # 24th, but it finishes at 15.00" (had confirmed a yes)
    ("din_a_lunch_seminar_earlier_is_not_ours_en", 2),
    # stop 71: a meal on the way over: "Har vagt i klubben fra kl 19 så jeg spiser en sandwich i bilen
    # på vej derover" (critical: had confirmed a yes)
    ("din_sandwich_in_the_car_on_the_way_over_da", 2),
    # stop 72: the reader told they eat: "@Lars skriv dig selv på ... Og du spiser vel med som altid 😉"
    # (critical in spirit: had confirmed the sender's yes)
    ("din_the_reader_eats_is_no_answer_of_mine_da", 2),
    # food made, past tense: "Kantinen lavede mad til over 80 mennesker, og vi spiste alle sammen bagefter"
    # at another event (had confirmed a yes: "mad til 80" read as food counted out for us)
    ("din_food_made_for_many_at_another_event_da", 3),
    # stop 73: another's, the subject after the verb past a condition put first: "Kender jeg ham ret,
    # bliver han i hvert fald til suppen" (had confirmed a yes)
    ("din_another_after_a_fronted_condition_da", 3),
    # our question echoed as a heading, then a doubt or a wish and more: "Og suppen? Ved ikke - det
    # afhænger af, om ...", "Og suppen? Gid jeg vidste det ... min mand har bilen den dag" (both
    # had confirmed a yes)
    ("din_echoed_heading_then_a_doubt_da", 3),
    ("din_echoed_heading_then_an_answer_only_wished_for_da", 2),
    # the meal's word after a verb of working with it: "i foreningen arbejder vi med mad, der ellers
    # ville ende i skraldespanden", "we work with food that would otherwise be thrown out" (both had
    # confirmed a yes by the "med"/"with")
    ("din_the_meals_word_after_a_verb_of_working_with_da", 2),
    ("din_the_meals_word_after_a_verb_of_working_with_en", 2),
    # the last thing said struck, a doubt after it: "... and yes to the soup. Actually ignore the
    # last bit - not sure yet if I can stay" (had confirmed a yes)
    ("din_the_last_bit_ignored_then_a_doubt_en", 3),
    # a yes to another event's meal, its owner between the "til" and the event: "med til jobcentrets
    # sommerfest, hvor jeg ... har sagt ja til spisningen" (had confirmed a yes)
    ("din_a_yes_to_another_events_meal_after_its_owner_da", 1),
    # no definite answer to be given yet, past an aside between dashes: "I cannot – as things stand
    # ... – give you a definite answer until the week before" (had confirmed a no); and a guard,
    # asked before too: "kan jeg ikke give dig et endeligt svar endnu"
    ("din_no_definite_answer_yet_past_an_aside_en", 3),
    ("din_no_definite_answer_yet_da", 3),
    # stop 75: the hyphen of a compound sharing its last part is no dash cutting the clause from its
    # day: "spise med borgmesteren og Teknik- og Miljøudvalget på torsdag" (had confirmed a yes)
    ("din_a_meal_another_day_past_a_shared_compound_da", 2),
    # the others eating is no yes of the sender's, in a time clause after a turn too, whose main clause
    # follows it: "..., men når I spiser, står jeg på banen og træner U11-pigerne", "While the rest of
    # you are tucking in, I'll be on the 18:52 heading back to Aarhus" (both critical: had confirmed a yes)
    ("din_others_eating_after_a_turn_da", 1),
    ("din_others_eating_while_i_travel_en", 3),
    # leaving before it, not to be counted on, is no no: "Og regn bestemt ikke med, at jeg går hjem før
    # suppen" (critical: had confirmed a no; the yes it means is not read, and it is asked)
    ("din_leaving_before_it_not_to_be_counted_on_da", 3),
    # dishes going on with a list the clause before began: "Vi er et socialøkonomisk køkken ... og laver
    # både smørrebrød, sandwich og buffet" (critical: ", sandwich og buffet" had been read as a yes)
    ("din_a_list_of_dishes_going_on_answers_nothing_da", 2),
    # stop 77: a "det" after a dash that goes on about something else answers no "whether":
    # "Hvorvidt jeg spiser med, kan jeg først sige, når vagtplanen ... er lagt – det sker i løbet af
    # næste uge" (had confirmed a yes, a wrong confirmation)
    ("din_whether_i_eat_then_a_dash_going_on_da", 3),
])
def test_what_answers_nothing_about_our_meal_leaves_it_asked(context, name, workshop):
    reading = read(context, name)
    assert (reading.action, reading.workshop, reading.dinner) == ("ask", workshop, None)


@pytest.mark.parametrize("name", [
    # "🍽️? Hvornår bliver suppen serveret – jeg skal nå toget 19.12" (had confirmed a yes, the
    # question after ours read as its answer), "When is the soup served - I have a train ..."
    # (the question had not been seen without its "?")
    "din_when_asked_without_a_question_mark_da",
    "din_when_asked_without_a_question_mark_en",
])
def test_asking_when_without_a_question_mark_asks(context, name):
    reading = read(context, name)
    assert (reading.action, reading.workshop, reading.dinner, reading.question is not None) == ("ask", 2, None, True)


@pytest.mark.parametrize(("name", "dinner"), [
    ("dinner_own_question_answered", True),  # "Spise med? Det kan jeg da ikke sige nej til!"
    ("dinner_own_question_left_open", None),  # "Om jeg spiser med? ... Jeg giver lyd, ..."
    # answered by a sentence naming the meal again: "Spise med? Jeg springer da ikke suppen over ;-)"
    # (had been a question for the coordinator)
    ("din_own_question_answered_naming_the_meal_da", True),
])
def test_a_question_the_sender_answers_asks_us_nothing(context, name, dinner):
    reading = read(context, name)
    assert (reading.dinner, reading.question) == (dinner, False)


def test_ja_tak_to_coming_is_not_a_dinner_answer(context):
    reading = read(context, "dinner_ja_tak_is_not_dinner")
    assert (reading.workshop, reading.dinner, reading.action) == (3, None, "ask")


@pytest.mark.parametrize(("name", "dinner"), [("dinner_answer_ja_tak", True), ("dinner_answer_nej_tak", False)])
def test_a_bare_yes_or_no_answers_our_question_about_the_meal(context, name, dinner):
    reading = read(context, name, asked=("dinner",))
    assert reading.dinner is dinner
    assert reading.action == "confirm"
    assert read(context, name).dinner is None  # the same words, unasked, answer nothing


@pytest.mark.parametrize(("name", "action", "workshop", "dinner"), [
    # nothing stored says what was asked, the quote does: "Nej tak" over our quoted "Vil du
    # spise suppe med efter mødet?" (had declined coming), "2 :)" over "Hvilken workshop vil du
    # deltage i?" (had gone to a person); the fields not asked stay unknown here
    ("followup_no_thanks_answers_the_meal_question", "ask", None, False),
    ("followup_bare_number_answers_our_question", "ask", 2, None),
    # a guard: under "Hvor mange kommer I, og hvilken workshop ...?" a bare "2" may be either
    ("followup_bare_number_count_or_workshop", "review", None, None),
    # stop 70: the question after a colon, what is said before it not asked: "Workshop kan du sagtens
    # vælge senere, men jeg skal allerede nu bestille suppe – så: spiser du med efter mødet?" above "Nej
    # tak 🙂" (had gone to a person, both read as asked)
    ("followup_a_question_after_a_colon_answered_no_thanks_da", "ask", None, False),
    # answers between our quoted questions, the quote named by our name only ("... skrev Karen
    # Hald:"): "Nr. 1" under "Hvilken workshop ...?", "Nej" under "Vil du spise med efter
    # mødet?" (the meal had not been read); our question in an Outlook original below "2"
    # (had gone to a person)
    ("followup_inline_answers_under_each_question", "confirm", 1, False),
    ("followup_outlook_original_below", "ask", 2, None),
    # "Nej tak." over "-------- Oprindelig meddelelse --------" and its headers (had declined)
    ("followup_below_a_separator_and_headers", "ask", None, False),
    # ... and before a reason that says the same: "Nej, ellers tak. Jeg skal hente i vuggestuen,
    # så jeg går lige efter mødet" under "Du skrev ikke, om du spiser med bagefter – gør du?" (had
    # declined coming)
    ("followup_bare_no_before_leaving_at_the_end_da", "ask", None, False),
    # a "Ja" to a question put in the negative confirms the no, so the quote is not read for it:
    # "Skal jeg forstå det sådan, at du ikke spiser med efter mødet?" (had confirmed a yes);
    # a guard: "Du skrev ikke, om du vil spise med efter mødet – gør du det?" asks
    ("followup_a_question_put_in_the_negative", "review", None, None),
    ("followup_not_told_whether", "ask", None, True),
    # a bare no under our question about the meal refuses the meal, not coming: "No,
    # unfortunately not – I have to pick up my son at 18.30." (had declined)
    ("followup_a_bare_no_answers_the_meal_en", "ask", None, False),
    # under "Du deltager i workshop 2 og spiser suppe med?", a no before a workshop corrects
    # the workshop: "Nej, det var workshop 3, jeg mente ... Suppen er rigtig nok." (the "Nej"
    # had refused the soup, which, with workshop 3 read, would have been confirmed)
    ("followup_a_no_correcting_the_workshop", "ask", 3, None),
    # under "Vil du spise suppe med efter mødet?", "Det springer jeg over denne gang. Vi ses d.
    # 24." skips the soup (had declined coming)
    ("followup_skipping_it_points_at_our_meal_question", "ask", None, False),
    # "Nej, det når jeg desværre ikke." (had declined coming); a guard: "Nej desværre. ..., så
    # jeg må melde afbud til hele mødet." declines
    ("followup_that_i_cannot_make_points_at_the_meal", "ask", None, False),
    ("followup_no_then_a_decline_of_the_meeting", "decline", None, None),
    # a colleague's mail quoted below, sent "To:" the sign-up address, is not ours: its question asks
    # nothing ("Jonas can't make it (see his note below), so I'll come instead" had confirmed a no to
    # the soup, the "can't make it" read as answering it)
    ("quotes_a_colleagues_mail_to_us_asks_nothing_en", "ask", 2, None),
])
def test_a_short_answer_is_read_against_our_quoted_question(context, name, action, workshop, dinner):
    reading = read(context, name)
    assert (reading.action, reading.workshop, reading.dinner) == (action, workshop, dinner)


def test_a_bare_ja_decides_nothing_when_both_were_asked(context):
    reading = read(context, "dinner_answer_bare_ja", asked=("workshop", "dinner"))
    assert (reading.workshop, reading.dinner, reading.action) == (None, None, "ask")


@pytest.mark.parametrize("name", ["dinner_diet_is_no_answer",  # "Jeg tager byhaver. Jeg spiser ikke kød."
                                  "dinner_diet_is_no_answer_en"])  # "Workshop 2 for me. I eat no meat."
def test_a_diet_alone_answers_nothing_about_the_meal(context, name):
    reading = read(context, name)
    assert (reading.action, reading.workshop, reading.dinner) == ("ask", 2, None)


def test_a_diet_with_the_meal_hanging_on_our_answer_asks(context):
    # "About the soup – I only eat halal. If that's possible I'd love to stay, otherwise I'll
    # head home after the meeting. Could you let me know?"
    reading = read(context, "dinner_otherwise_head_home_en")
    assert (reading.action, reading.workshop, reading.dinner) == ("ask", 3, None)
    assert reading.question


@pytest.mark.parametrize(("name", "workshop"), [
    # "Is the soup going to be halal? If not, no worries – I'll still join for the soup", "Er suppen
    # vegetarisk? Jeg spiser i hvert fald med, så må jeg bare holde mig til salaten, hvis den ikke
    # er" (both had asked: the answer was read as hanging on our reply)
    ("din_either_way_beside_a_food_question_en", 1),
    ("din_either_way_beside_a_food_question_da", 2),
])
def test_a_yes_said_to_hold_whatever_we_answer_is_a_yes(context, name, workshop):
    reading = read(context, name)
    assert (reading.action, reading.workshop, reading.dinner) == ("confirm", workshop, True)
    assert reading.question

@pytest.mark.parametrize(("name", "workshop"), [
    ("dinner_catering_is_no_answer", 3),  # "Vi har i øvrigt leveret mad til et par af boligforeningens arrangementer"
    ("dinner_meal_arranged_before", 2),  # "..., hvor I vist også havde arrangeret fællesspisning."
])
def test_food_delivered_or_arranged_is_no_answer_about_eating(context, name, workshop):
    reading = read(context, name)
    assert (reading.action, reading.workshop, reading.dinner) == ("ask", workshop, None)


def test_cooking_for_the_meeting_is_no_answer_about_eating(context):
    reading = read(context, "dinner_making_food_is_no_answer")  # "Vores køkkenhold laver den gerne til mødet, hvis I ikke ..."
    assert (reading.action, reading.workshop, reading.dinner) == ("confirm", 2, True)


@pytest.mark.parametrize("name", [
    "dinner_condition_settled_so_yes_en",  # "... so long as he could pick the kids up ..., and he's just confirmed he can. So yes to the soup."
    "dinner_condition_settled_saa",  # "... – i så fald ville jeg gerne blive til suppen. Hun har lige sagt god for det. Så: Regnvand og suppe, tak."
])
def test_a_condition_settled_in_a_later_sentence_is_a_yes(context, name):
    # (guards: each read yes before conditions written as phrases were read, and would be
    # asked about the meal without the rule that a sentence opening with "så"/"so" settles it)
    reading = read(context, name)
    assert (reading.action, reading.dinner, reading.party) == ("confirm", True, 1)


@pytest.mark.parametrize(("name", "action", "dinner"), [
    # "Jeg glædede mig ellers til suppen, men nu er jeg blevet sat på aftenvagt" (critical: had
    # confirmed a yes); before the answer that follows: "... og glædede mig til at blive til
    # suppen. Nu er jeg ... sat på aftenvagt, så suppen må gå min næse forbi" (had asked)
    ("din_a_hope_gone_by_is_no_answer_da", "ask", None),
    ("din_a_hope_gone_by_then_missed_da", "confirm", False),
])
def test_a_hope_gone_by_is_no_answer(context, name, action, dinner):
    reading = read(context, name)
    assert (reading.action, reading.workshop, reading.dinner) == (action, 3, dinner)


def test_a_first_thought_given_up_is_no_answer(context):
    # "Jeg troede først, at jeg ikke kunne spise med, ... – men min mand har nu sagt, at han
    # tager den, så sæt endelig en tallerken frem til mig." (had confirmed a no: critical)
    reading = read(context, "dinner_first_thought_given_up")
    assert (reading.action, reading.workshop, reading.dinner) == ("confirm", 3, True)


def test_a_bite_to_eat_is_the_meal(context):
    reading = read(context, "dinner_tager_en_bid")  # "Jeg hopper med på nr. 3 og tager en bid suppe bagefter." (had asked)
    assert (reading.action, reading.workshop, reading.dinner) == ("confirm", 3, True)


def test_a_place_at_the_table_is_the_meal(context):
    # "Min kollega Susanne spiser med ..., men jeg skal til forældremøde, så ingen kuvert til
    # mig." (had asked about the meal)
    reading = read(context, "dinner_ingen_kuvert_colleague_eats")
    assert (reading.action, reading.workshop, reading.dinner) == ("confirm", 1, False)


def test_places_asked_for_at_the_table_are_a_yes(context):
    # stop 69: "om" after asking for is no "whether": "Vi beder om tre kuverter til suppen" (had asked
    # about the meal)
    reading = read(context, "din_asking_for_places_at_the_table_da")
    assert (reading.action, reading.workshop, reading.dinner, reading.party) == ("confirm", 2, True, 3)


def test_put_me_down_for_the_meal_is_a_yes(context):
    reading = read(context, "dinner_put_me_down_for_en")  # "I'll be there on the 24th. Put me down for the soup."
    assert (reading.action, reading.workshop, reading.dinner) == ("ask", None, True)


@pytest.mark.parametrize(("name", "workshop"), [
    # "Sidst ... var jeg på workshoppen om byhaver og spiste med bagefter ... Denne gang vil
    # jeg gerne prøve Naboskab." (had confirmed the meal)
    ("dinner_meal_had_last_time", 3),
    # in a relative clause about the other meeting: "Jeg kommer lige fra vores bestyrelsesmøde,
    # hvor vi sad otte om bordet og spiste smørrebrød i to timer" (had confirmed the meal; and
    # "kommer lige fra" is no coming)
    ("dinner_eaten_at_another_meeting_in_a_relative_clause_da", 2),
])
def test_a_meal_had_at_another_meeting_is_no_answer(context, name, workshop):
    reading = read(context, name)
    assert (reading.action, reading.workshop, reading.dinner) == ("ask", workshop, None)
    assert not any(r.startswith("coming") for r in reading.reasons)


def test_a_habit_is_no_answer_about_this_meal(context):
    # "Jeg plejer ikke at spise så tidligt, men den her gang bliver jeg gerne til suppen."
    # (had asked: a yes and a no)
    reading = read(context, "dinner_habit_then_this_time_yes")
    assert (reading.action, reading.workshop, reading.dinner) == ("confirm", 3, True)


def test_other_peoples_eating_in_a_relative_clause_is_no_answer(context):
    # "Vi ser mange ældre, der ikke spiser ordentligt, ..." (had confirmed no to the soup)
    reading = read(context, "dinner_others_who_dont_eat")
    assert (reading.action, reading.workshop, reading.dinner) == ("ask", 2, None)


def test_a_third_persons_reflexive_is_anothers_meal(context):
    # "..., at hun har meldt sig til Regnvand og glæder sig til suppen. Selv tager jeg Naboskab, men
    # jeg spiser ikke med" (had asked: her "glæder sig" read as the sender's yes)
    reading = read(context, "din_a_third_persons_reflexive_is_anothers_meal_da")
    assert (reading.action, reading.workshop, reading.dinner) == ("confirm", 3, False)


def test_those_who_stay_told_of_without_a_comma_are_others(context):
    # "God appetit til jer der bliver og spiser suppe!" after a decline (had asked, the meal a yes);
    # the sender among them still eats: "jeg er en af dem der bliver og spiser suppe bagefter"
    reading = read(context, "din_enjoy_it_to_those_who_stay_da")
    assert (reading.action, reading.dinner) == ("decline", None)
    reading = read(context, "din_one_of_those_who_stay_da")
    assert (reading.action, reading.workshop, reading.dinner) == ("confirm", 2, True)


def test_a_diet_is_kept_as_a_note(context):
    reading = read(context, "dinner_diet_note")
    assert reading.dinner is True
    assert "vegetar" in reading.note


@pytest.mark.parametrize("name", [
    "dinner_topic_introducer_da",  # "Med hensyn til suppen har jeg desværre en anden aftale"
    "dinner_other_day_relative_da",  # "familienetværket d. 12/9, hvor jeg har sagt ja til at spise med"
    "dinner_thanks_for_meal_had",  # "Tak for den gode mad ved familienetværket i april"
    "dinner_praise_plan",  # "Regnvand for mig. Hyggeligt med suppe bagefter – godt initiativ!"
    "dinner_glad_there_is_food",  # "Dejligt at der også er tænkt på suppen bagefter – ..."
    "dinner_other_day_there",  # "... familienetværket d. 13/9 – der har jeg sagt ja tak til maden."
])
def test_the_meal_as_a_topic_is_no_yes(context, name):
    reading = read(context, name)
    assert (reading.action, reading.workshop, reading.dinner) == ("ask", 1, None)


@pytest.mark.parametrize("name", [
    "dinner_some_of_us_eat",  # "Vi kommer 3 ... Alle vinkel 3. Suppe: ja til 2 af os, Hassan skal til træning."
    "dinner_two_of_us_eat_i_dont",  # "Vi er 3 ... alle tager Naboskab. 2 af os spiser med, jeg gør ikke."
])
def test_a_meal_for_part_of_the_group_goes_to_a_person(context, name):
    reading = read(context, name)  # each had confirmed the group's meal (yes, and no) for three
    assert (reading.action, reading.workshop, reading.party) == ("review", 3, 1)


def test_a_spoken_negation_says_no(context):
    # "Æ bliver ik te æ suppe, ska hjem te æ kone." (had confirmed a yes to the meal)
    reading = read(context, "dinner_dialect_ik")
    assert (reading.action, reading.workshop, reading.dinner) == ("confirm", 3, False)


@pytest.mark.parametrize("name", [
    "dinner_yes_if_no_meat",  # "Og ja, jeg spiser med, hvis der også er noget uden kød 🌱"
    "dinner_yes_but_gluten_free",  # "Jeg spiser gerne med, men skal have glutenfrit."
])
def test_a_wish_for_the_food_is_no_doubt_about_eating(context, name):
    reading = read(context, name)  # each had been asked about the meal again
    assert (reading.action, reading.dinner) == ("confirm", True)


@pytest.mark.parametrize(("name", "dinner"), [
    # "Angående suppen: jeg træner fodbold med drengeholdet kl. 18.30, så jeg kører direkte
    # derhen." (its "med" is no yes; the answer is further on in the sentence)
    ("dinner_joiner_far_from_meal", False),
    # "Mht. suppen: jeg har stadig ikke glemt de lunkne frikadeller fra sidst, så jeg står
    # over denne gang" (had declined coming)
    ("dinner_heading_then_answer", False),
    # "Og suppen? Hvorfor ikke – ja tak." (the echo of our question is no question)
    ("dinner_echo_why_not", True),
])
def test_under_a_heading_of_the_meal_the_sentence_answers(context, name, dinner):
    reading = read(context, name)
    assert (reading.action, reading.workshop, reading.dinner) == ("confirm", 1, dinner)


@pytest.mark.parametrize(("name", "workshop", "dinner"), [
    # "Vi ses i øvrigt også til middagen hos Beboerforeningen torsdag, hvor jeg selvfølgelig
    # spiser med" (the meeting is on a Tuesday; it had confirmed a yes)
    ("dinner_another_weekday_meal", 1, None),
    # "Soup: my colleague Emma already told you she's staying, but I'll skip it." (had confirmed a yes)
    ("dinner_heading_then_another_answers", 2, False),
    # "Suppen må jeg hellere lade være med" (had confirmed a yes)
    ("dinner_refrain_lade_vaere", 1, False),
    # "jeg kan ikke lade være med at blive til suppen" (had confirmed a no)
    ("dinner_cannot_refrain", 3, True),
    # "Jeg skrev til dig i formiddags at jeg spiser med, men ... Så ingen suppe til mig
    # alligevel" (the answer reported from an earlier mail; it had been unclear)
    ("dinner_reported_earlier_answer", 1, False),
    # "Jeg meldte mig til uden at nævne suppen – jeg spiser gerne med." (had been unclear)
    ("dinner_without_mentioning_it", 3, True),
    # a tick on a form: "Skriv mig gerne på workshop 1 – og sæt et kryds ved suppen." (had asked)
    ("dinner_kryds_ved_spisning", 1, True),
    # "... så jeg står af på suppen bagefter." (had asked)
    ("dinner_stands_down_from_the_meal", 3, False),
    # "Hvad angår suppen bagefter, er jeg bange for, at jeg bliver nødt til at køre direkte
    # hjem" (a heading of a topic opens the sentence; it had asked)
    ("dinner_topic_heading_with_comma", 1, False),
    # "om de 166.000 kr. ikke hurtigt bliver spist op af husleje" (had confirmed a no)
    ("dinner_money_eaten_up", 2, None),
    # "Jeg har lige meldt fra til spisningen på Netværksdagen d. 15. september, men her spiser
    # jeg gerne med." ("her" is here; it had gone to review)
    ("dinner_here_i_eat", 2, True),
    # "Min mand står for aftensmaden derhjemme den dag, så jeg kan sagtens blive og spise med."
    # (a meal another makes is no answer of theirs; it had gone to review)
    ("party_someone_cooks_at_home", 1, True),
    # "Suppen må I have til gode - jeg skal selv stå i køkkenet ..." (you may keep it; had asked)
    ("dinner_maa_i_have_til_gode", 3, False),
    # "Til frokostmødet i bestyrelsen samme dag har jeg allerede sagt ja tak til maden" (another
    # meeting's meal: had confirmed a yes)
    ("dinner_lunch_meeting_same_day", 1, None),
    # "Jeg kan se, at der bliver serveret suppe efter mødet. Det lyder hyggeligt." (what is
    # served is no answer: had confirmed a yes)
    ("dinner_served_is_no_yes", 3, None),
    # "Suppe bagefter: nej tak. Og tak i øvrigt for frokosten sidst ... Vi må gerne spise sammen
    # igen en dag 😊" (some other day: had asked, a yes and a no)
    ("dinner_eat_together_again_some_day", 2, False),
    # "Rigtig mange af børnene i opgangen spiser ikke morgenmad hjemmefra" (another meal, and
    # others': had confirmed a no)
    ("dinner_children_skip_breakfast", 1, None),
    # "... til høstfesten torsdag samme uge, hvor jeg har lovet at stå for kagebordet – og dér
    # spiser jeg med hele aftenen" (the other day reaches on over "og dér": had confirmed a yes)
    ("dinner_other_day_and_there", 3, None),
])
def test_another_days_meal_anothers_answer_and_refraining(context, name, workshop, dinner):
    reading = read(context, name)
    assert (reading.workshop, reading.dinner) == (workshop, dinner)
    assert reading.action == ("ask" if dinner is None else "confirm")


@pytest.mark.parametrize("name", [
    # "jeg spiser kun med hvis I kan sikre at der ikke er nødder i suppen" (a wish for the
    # food with "kun" is a condition; it had confirmed a yes)
    "dinner_only_with_if_nut_free",
    # "Er suppen vegetarisk? ... hvis der ikke er noget for mig, spiser jeg hellere hjemme"
    # (it had confirmed a no)
    "dinner_food_question_then_if_not_home",
])
def test_a_meal_hanging_on_the_food_is_asked(context, name):
    reading = read(context, name)
    assert (reading.action, reading.dinner, reading.question) == ("ask", None, True)


@pytest.mark.parametrize(("name", "action", "workshop", "dinner"), [
    # "Soup – probably yes, but let me confirm closer to the date." (had confirmed a yes)
    ("dinner_probably_yes_confirm_later_en", "ask", 2, None),
    # "Suppe: nok ja, men afh. af om vi slutter til tiden" (had confirmed a yes)
    ("dinner_probably_yes_depends_abbrev", "ask", 2, None),
    # "... om der er noget glutenfrit, før jeg siger ja til suppen." (had confirmed a yes)
    ("dinner_before_i_say_yes", "ask", 1, None),
    # "... og spiser med. / Hmm, ... så skriv mig hellere op uden suppe." (had been unclear)
    ("dinner_hmm_then_answer", "confirm", 2, False),
    # a guard: a "hmm" with no new answer after it leaves the answer before it
    # ("Jeg kan desværre ikke blive til suppen, ... Workshop... hmm, jeg er lidt i tvivl")
    ("dinner_hmm_pause_keeps_answer", "ask", None, False),
])
def test_probably_and_a_pause(context, name, action, workshop, dinner):
    reading = read(context, name)
    assert (reading.action, reading.workshop, reading.dinner) == (action, workshop, dinner)


@pytest.mark.parametrize(("name", "action", "workshop", "dinner"), [
    # a meal promised elsewhere: "Jeg skal spise med min svigerfamilie den aften, så suppen hos
    # jer må jeg takke nej til." (had asked: yes and no)
    ("dinner_eating_with_family_elsewhere", "confirm", 1, False),
    # food as a trade: "hvis det fx skal have noget med mad at gøre ... men springer suppen
    # over" (had asked: the condition read as the meal's)
    ("dinner_food_as_a_trade", "confirm", 1, False),
    # food as a subject of work: "(food waste and local resources)" (had confirmed a yes)
    ("dinner_food_as_a_subject_en", "ask", 2, None),
    # passed over for something else: "Jeg snupper hellere en sandwich på vej hjem end at
    # blive til suppen" (had confirmed a yes)
    ("dinner_rather_than_the_meal", "confirm", 3, False),
    # a no about something else beside the meal: "suppen ... var helt fantastisk, og jeg har
    # stadig ikke fået opskriften!" (had confirmed a no)
    ("dinner_praise_beside_an_unrelated_no", "ask", 1, None),
    # thanks for another meal: "tak for frokosten i fælleshuset i torsdags ... Suppen bagefter
    # springer jeg over" (had asked: yes and no)
    ("dinner_thanks_for_another_meal", "confirm", 2, False),
    # our question written back and answered after a dash: "Om jeg ønsker at spise med efter
    # mødet – ja, det gør jeg meget gerne." / "– nej tak, jeg skal videre." (both had asked)
    ("dinner_our_question_answered_after_a_dash", "confirm", 3, True),
    ("dinner_our_question_refused_after_a_dash", "confirm", 3, False),
    # "Jeg ved ikke om / jeg spiser med" on two short lines (had confirmed a yes)
    ("dinner_line_ends_in_whether", "ask", 1, None),
    # an answer about to be given and given up: "Jeg var lige ved at skrive nej tak til
    # suppen, men ..., så ja tak til suppen alligevel" (had asked; a red-team reply of this
    # shape had confirmed the no), "Jeg havde først tænkt at spise med, men ..." (had asked)
    ("dinner_about_to_say_no_then_yes", "confirm", 3, True),
    ("dinner_first_thought_to_eat_given_up", "confirm", 1, False),
    # praised, then passed over: "The soup sounds lovely but I'll have to pass", "Suppen lyder
    # dejlig, men jeg står over." (both had gone to a person)
    ("dinner_praised_then_passed_en", "confirm", 2, False),
    ("dinner_praised_then_passed_da", "confirm", 2, False),
    # a yes said as a wish, then a "but": "I would love to stay for the soup, but I've got a
    # train to catch." (had confirmed a yes); "..., so I'll have to skip the soup" (had asked)
    ("dinner_wished_but_en", "ask", 2, None),
    ("dinner_wished_but_then_skipped_en", "confirm", 2, False),
    # a polite condition: "Jeg spiser med, hvis der er suppe nok 😊", with "snuppe en af de
    # ledige pladser i Regnvand" (had asked both)
    ("ws_a_free_place_taken", "confirm", 1, True),
    # but a condition of time is one: "Jeg spiser med, hvis der er tid nok." (a guard: the
    # first form of the rule above had confirmed a yes)
    ("dinner_if_there_is_time_enough", "ask", 1, None),
    # "Jeg ville rigtig gerne have spist med, men jeg har lovet at hente min datter ..." (had
    # confirmed a yes)
    ("dinner_would_have_eaten_but", "confirm", 1, False),
    # "Suppen har jeg ikke overblik over endnu." (had confirmed a no)
    ("dinner_no_overview_yet", "ask", 3, None),
    # leaving when the meeting ends, beside another day's meal: "Jeg spiser med til frokosten på
    # torsdag ..., men tirsdag den 24. skal jeg hjem til børnene lige efter mødet." (had asked)
    ("dinner_home_right_after_the_meeting", "confirm", 1, False),
    # leaving when the meeting ends, told with any leaving word: "Jeg må desværre gå direkte
    # efter mødet", "I need to dash off right after the session though" (both had asked)
    ("dinner_leaves_when_the_meeting_ends", "confirm", 2, False),
    ("dinner_heads_home_after_the_session_en", "confirm", 1, False),
    # a yes the sentence turns from to leaving by a time: "The neighbourliness workshop and the
    # soup both sound lovely, but I have to leave at 19.15 sharp ..." (had confirmed a yes: critical)
    ("dinner_praised_then_turned_to_leaving_by_a_time_en", "confirm", 3, False),
    # and not leaving is no answer: "Og i år går jeg ikke hjem lige efter mødet, som jeg
    # plejer!" (had confirmed a no)
    ("dinner_not_leaving_after_the_meeting", "ask", 3, None),
    # another leaving: "Jeg spiser med, men Lise smutter lige efter mødet" (a guard: the two of
    # them differ, for a person)
    ("party_one_leaves_when_the_meeting_ends", "review", 1, None),
    # "Og suppen må I have mig undskyldt for – jeg er på kur." (had confirmed a yes)
    ("dinner_excused_from_the_meal", "confirm", 2, False),
    # crossed off for the meal: "please cross me off for the soup. Still on for the urban gardens
    # workshop" (had confirmed a yes: critical)
    ("dinner_crossed_off_en", "confirm", 2, False),
    # a negation from the clause before: raised to a belief ("Jeg tror ikke, at jeg spiser
    # med"), or of a verb shared ("I won't stay and eat afterwards"); both had confirmed a yes:
    # critical
    ("dinner_negation_raised_to_a_belief", "confirm", 3, False),
    ("dinner_not_staying_and_eating_en", "confirm", 1, False),
    # ordering is the meal too: "I behøver ikke at bestille suppe til mig" (had confirmed a yes:
    # critical)
    ("dinner_no_need_to_order_for_me", "confirm", 2, False),
    # a possibility or an answer still to be confirmed: "I might stay for the soup", "Jeg
    # spiser gerne med, men det kan jeg først bekræfte senere" (both had confirmed a yes)
    ("dinner_might_stay_en", "ask", 3, None),
    ("dinner_to_be_confirmed_later", "ask", 1, None),
    # "Spis bare uden mig – jeg er inviteret til fødselsdag ..." under "Regnvand er helt klart
    # mig." (had declined: the imperative was no eating word, and the name no choice)
    ("dinner_eat_without_me", "confirm", 1, False),
    # the imperative alone is no answer: "Catering til møder og arrangementer – spis med hos
    # os!" in a café's signature (had confirmed a yes once "spis" was an eating word)
    ("dinner_imperative_in_a_signature", "ask", 1, None),
    # a meal praised in the past: "Tak for sidst – suppen til sommerfesten var helt fantastisk!"
    # (had confirmed a yes)
    ("dinner_praised_in_the_past", "ask", 2, None),
    # "Det havde ellers været hyggeligt at spise med bagefter, men jeg skal hente min søn ..."
    # (had asked)
    ("dinner_would_otherwise_have_been_nice", "confirm", 3, False),
    # a no taken back: "Jeg spiser ikke med. Eller jo – jeg troede, det var en onsdag ... Så ja
    # tak til suppe." (had asked: yes and no)
    ("dinner_no_then_yes_after_all", "confirm", 3, True),
    # a later answer that says it changes ("Så ingen suppe til mig alligevel, desværre"), or
    # under "Opdatering inden jeg trykker send:" (both had asked: yes and no)
    ("dinner_no_after_all", "confirm", 3, False),
    ("dinner_update_before_sending", "confirm", 2, True),
    # a change into doubt: "Soup: yes. Hmm, actually make that a maybe – I might have to pick up my
    # daughter" (had confirmed a no)
    ("dinner_yes_then_a_maybe_en", "ask", 1, None),
    # "I'll also stay on for the soup afterwards, if that's alright." (had asked)
    ("dinner_if_thats_alright_en", "confirm", 3, True),
    # "I'll have to dash straight after, so no need to cater for me." (had asked)
    ("dinner_dash_straight_after_en", "confirm", 1, False),
    # the past before a colon introduces what is said now: "Samme som jeg skrev første gang:
    # Naboskab og gerne suppe bagefter." (had asked)
    ("dinner_same_as_i_wrote_first", "confirm", 3, True),
    # "Jeg spiser med, medmindre I mangler pladser ved bordene – så kan jeg sagtens undvære."
    # (the meal done without had declined the meeting)
    ("dinner_can_do_without_if_needed", "confirm", 2, True),
    # "Kommer, byhaver m suppe. Nej vent, naboskab!" ("m" for "med"; had asked)
    ("dinner_m_for_med", "confirm", 3, True),
    # a dish refused in jest is a taste, not a no: "Spiser gerne med, så længe det ikke er lasagne
    # haha" (had asked: yes and no)
    ("dinner_unless_it_is_a_dish", "confirm", 1, True),
    # "Regn med mig ved bordet bagefter" (had asked)
    ("dinner_a_seat_at_the_table", "confirm", 2, True),
    # a guard: an addition with an answer of its own keeps it: "I can't stay long, also for the
    # soup yes please" (a first form of the rule for "også til suppen" had read a no)
    ("dinner_also_with_its_own_answer_en", "confirm", 1, True),
    # idioms of the meal: "Jeg bliver dog nødt til at tage en rain check på suppen" ("bliver
    # nødt til" had been read as staying: a yes, critical), "I'll grab a bite on my way home
    # though, so no soup for me" (yes and no), "I'm good on dinner, thanks though" (American:
    # no), "I'll stay on for tea afterwards" (British: the evening meal); the last three had asked
    ("dinner_rain_check_on_the_meal", "confirm", 2, False),
    ("dinner_bite_on_the_way_home_en", "confirm", 2, False),
    ("dinner_good_on_dinner_en", "confirm", 2, False),
    ("dinner_stay_on_for_tea_en", "confirm", 1, True),
    # a contracted meal noun: "Dinner's a no from me though, it's Ramadan. Will let you know about
    # the workshop ..." (had declined the whole meeting)
    ("dinner_contracted_noun_en", "ask", None, False),
    # "Suppen: ja … nej … det må jeg vende tilbage om" ("det" points back past the bare "nej";
    # had confirmed a yes)
    ("dinner_yes_no_then_later", "ask", 3, None),
    # a double negation reaching the pair it refuses: "Jeg ser ingen grund til at takke nej til
    # hverken mødet eller suppen" (had confirmed a no: critical)
    ("dinner_no_reason_to_refuse_either", "confirm", 3, True),
    # eating at the other event told of: "Vi holder sommerfest ... med grill fra kl. 20, så jeg
    # spiser dér - men ellers tak!" (had confirmed a yes: critical)
    ("dinner_eats_at_the_other_party", "confirm", 1, False),
    # one's own packed food leaves the order open: "har ... vænnet mig til at have min egen mad
    # med, så jeg tager en madpakke med" (had confirmed a yes); "Og suppen – det tror jeg nok."
    # (I think so: had confirmed a yes)
    ("dinner_own_packed_food", "ask", 3, None),
    ("dinner_i_think_so", "ask", 1, None),
    # "om" after a workshop is "about", no question about the food: "workshop 2 om byhaver, og
    # jeg spiser også med – nej vent, ... Så ingen suppe til mig alligevel" (had asked)
    ("dinner_om_after_a_workshop_is_about", "confirm", 2, False),
    # "Soup sounds lovely, count me in." (had asked)
    ("dinner_count_me_in_en", "confirm", 2, True),
    # a "no" to a question asked for no answer: "Hvem siger nej til suppe? Ikke mig 😄" (had
    # confirmed a no: critical)
    ("dinner_who_says_no_not_me", "confirm", 2, True),
    # "Til suppen melder jeg pas." (the verb before its subject; had confirmed a yes: critical)
    ("dinner_opt_out_inverted", "confirm", 1, False),
    # a yes refused by a short "men": "Jeg vil gerne spise med, men kan ikke nå det." (had
    # confirmed a yes; found by a battery of phrasings)
    ("dinner_yes_refused_by_a_short_but", "ask", 2, None),
    # "tak for sidst – suppen til jeres forårsfest i Fælleshuset var helt i top!" (another
    # event's meal, praised; had confirmed a yes)
    ("dinner_praised_at_another_party", "ask", 2, None),
    # a doubt about cooking is none about eating: "Vi kunne måske også levere maden næste gang"
    # after "Og suppe: ja tak!" (had gone to a person: another's doubt)
    ("dinner_maybe_bring_the_food_next_time", "confirm", 1, True),
    # asked for no answer: "Og selvfølgelig spiser jeg med, hvem siger nej tak til gratis suppe
    # 😄" (had asked: yes and no)
    ("dinner_who_says_no", "confirm", 2, True),
    # "Suppe: ja tak / PS. ..., så drop suppen for mit vedkommende." (had confirmed the yes)
    ("dinner_postscript_drop_the_meal", "confirm", 1, False),
    # the English "drop off" is no Danish "drop": "I'll drop off my kids first and then stay
    # for the soup." (a guard: the rule of the row above had read it as a no)
    ("dinner_drop_off_the_kids_en", "confirm", 2, True),
    # doubt before a clause asking whether is about what it asks: "Jeg kommer også til
    # workshop 2, men jeg ved ikke, om jeg kan blive til suppen." (had been read as doubt
    # about the workshop, and the meal as a yes)
    ("dinner_doubt_before_whether_clause", "ask", 2, None),
    # a table under its headings, the meal's cell left empty (had confirmed a yes: the
    # heading "Spiser med" read as the answer)
    ("dinner_table_empty_cell", "ask", 3, None),
    # ... and filled in: "Navn / Workshop / Suppe" over "Peter Holm / Byhaver / nej tak"
    # (had gone to a person)
    ("dinner_table_filled_cells", "confirm", 2, False),
    # a plan given up: "Jeg havde regnet med at blive og spise, men ..., så jeg springer suppen
    # over denne gang." (had asked: yes and no)
    ("dinner_had_counted_on_eating_but", "confirm", 3, False),
    # our question written back, answered by a refusal negated: "Soup? Wouldn't say no!"
    # (had asked)
    ("dinner_wouldnt_say_no_en", "confirm", 2, True),
    # an earlier answer reported, then changed: "Jeg skrev, at jeg ikke kunne spise med, men mit
    # aftenmøde er blevet flyttet, så jeg bliver gerne til suppen alligevel." (had asked)
    ("dinner_reported_earlier_answer_changed", "confirm", 1, True),
    # a dinner elsewhere, moved on to: "Jeg skal dog videre til en middag i Roskilde kl. 19.30,
    # så jeg smutter lige efter opsamlingen." (had confirmed a yes: critical)
    ("dinner_on_to_a_dinner_elsewhere", "confirm", 2, False),
    # drawn from a question about the food: "Bliver der en vegetarisk mulighed? I så fald
    # spiser jeg med." (had confirmed a yes)
    ("dinner_if_so_after_a_food_question", "ask", 1, None),
    # whether another may eat: "Min chef ... spørger, om hun må komme og spise med bagefter"
    # (had confirmed the sender's yes)
    ("dinner_whether_she_may_eat", "ask", 3, None),
    # a habit, then the exception: "Jeg siger aldrig nej til gratis mad … men denne gang bliver
    # jeg nødt til det." (had confirmed a yes: critical)
    ("dinner_habit_then_exception", "ask", 2, None),
    # the habit said with "nogensinde"/"ever" and a negation before it, then the exception:
    # "Jeg tror ikke jeg nogensinde har sagt nej til gratis mad, men denne gang springer jeg over",
    # "I don't think I have ever said no to free soup, but this time I have to say no, ..." (both
    # had confirmed a yes: critical)
    ("din_ever_said_no_then_this_time_da", "ask", 2, None),
    ("din_ever_said_no_then_this_time_en", "ask", 2, None),
    # a guard: an exception to no habit of eating ("..., og jeg spiser med. Sidste gang kom jeg
    # for sent, men denne gang er jeg der til tiden.")
    ("dinner_exception_about_something_else", "confirm", 2, True),
    # the regret is the meal's, said in its "that"-clause: "I regret, however, that I shall not
    # be able to stay for the soup afterwards" (had gone to a person as a decline)
    ("dinner_regret_that_clause_en", "confirm", 3, False),
    # an "Ellers" after asking about the food in words: "... skal vide om der er noget jeg kan
    # spise. Ellers spiser jeg hjemme inden." (had confirmed a no)
    ("dinner_otherwise_after_asking_in_words", "ask", 3, None),
    # staying on after the meeting is staying for the food then: "Og jeg bliver hængende
    # bagefter." (had asked)
    ("dinner_stays_on_afterwards", "confirm", 1, True),
    ("dinner_up_for_food_afterwards", "confirm", 2, True),  # "Og jeg er frisk på suppe bagefter 😊" (had asked)
    # a guard: "ikke denne gang" after skipping the meal skips the meal ("Suppen springer jeg
    # over – ikke denne gang."; the first form of "Desværre ikke denne gang" as a decline had
    # sent it to a person)
    ("dinner_skipped_not_this_time", "confirm", 2, False),
    # eating with the family that evening, and leaving as the meeting is rounded off: "Vi spiser
    # aftensmad med svigerfamilien den aften, så jeg smutter, når I runder af" (had confirmed
    # a yes: critical); the time clause after a comma is the meeting's end too
    ("dinner_family_dinner_and_leaving_at_the_end", "confirm", 1, False),
    ("dinner_leaving_when_you_wrap_up", "confirm", 2, False),  # "Jeg smutter, når I runder af kl. 17." (had asked)
    # one's own question answered by a question that refuses a refusal: "Spiser jeg med? Har
    # du nogensinde set mig takke nej til suppe? 😄" (had confirmed a no: critical)
    ("dinner_own_question_answered_by_another", "confirm", 2, True),
    # the meal named, then what is done about it after a dash and a pronoun: "Og suppen – den
    # springer jeg over", "Og aftensmad på en tirsdag – det skal jeg ikke nyde noget af" (the
    # "Og" beside the meal had confirmed a yes: critical)
    ("dinner_named_then_refused_after_a_dash", "confirm", 3, False),
    ("dinner_refused_by_an_idiom_after_a_dash", "confirm", 1, False),
    # "u." and "m." are "uden" and "med": "Nr 3, u. mad" (had asked); "ws 2 m. mad" a guard,
    # read right before as well (across a sentence break)
    ("dinner_abbreviated_without", "confirm", 3, False),
    ("dinner_abbreviated_with", "confirm", 2, True),
    # praise for another event's meal, in words between: "maden til sommerfesten var virkelig
    # god" (had confirmed a yes: the "til" beside the meal)
    ("dinner_praise_for_a_past_meal", "ask", 3, None),
    # "Suppen bliver dog en no-go" (had confirmed a yes: critical)
    ("dinner_no_go_in_danish", "confirm", 2, False),
    # eating at the other meeting: "så jeg spiser med dér i stedet for hos jer" (had confirmed a
    # yes: critical); eating before the meeting: "spiser inden mødet, så I skal ikke regne med
    # mig til suppen bagefter" (had asked: yes and no)
    ("dinner_eating_there_instead_of_with_you", "confirm", 3, False),
    ("dinner_eats_before_the_meeting", "confirm", 1, False),
    ("dinner_put_me_on_the_food_list", "confirm", 3, True),  # "Sæt mig på madlisten 👍" (had asked)
    # free that evening: "No dinner plans that evening, so I'm happy to stay and have soup with
    # you all" (had asked: yes and no)
    ("dinner_no_other_plans_so_stays_en", "confirm", 2, True),
    # leaving before a list that ends in the meal: "smutte kl. 19 – inden opsamlingen og
    # suppen" (had confirmed a yes: critical)
    ("dinner_leaving_before_the_summary_and_the_soup", "confirm", 2, False),
    ("dinner_typed_in_a_hurry_spisse", "confirm", 1, True),  # "vil gerne spisse med" (had asked)
    # "About the soup I dont know yet" without its apostrophe (had confirmed a no: "dont" a
    # negation)
    ("dinner_dont_know_without_apostrophe_en", "ask", 2, None),
    # "Soup no thanks, it is Ramadan and I am fasting, we eat late." (had asked: "we eat" read as a yes)
    ("dinner_no_thanks_and_eating_late_en", "confirm", 3, False),
    # a question asked for no answer is a yes, and leaves the choice before it standing:
    # "Workshop 1 – og hvem siger nej til et gratis måltid? 😄" (had gone to a person as a
    # question); answered after it, the answer stands (a guard: "Hvem siger nej til suppe? Det
    # gør jeg desværre denne gang")
    ("dinner_rhetorical_after_the_choice", "confirm", 1, True),
    ("dinner_rhetorical_answered_no", "confirm", 2, False),
    # "I'm vegan. Is that something the caterer can accommodate? If not, ... I'll just grab
    # something on the way home": the question points back to the food (had confirmed a no)
    ("dinner_if_not_after_a_question_pointing_back_en", "ask", 2, None),
    # "Men suppen må I undskylde mig for: det er ramadan, så jeg spiser først ved 22-tiden"
    # (had confirmed a yes: critical)
    ("dinner_excuse_me_from_the_meal_eating_late", "confirm", 2, False),
    ("dinner_litotes_ikke_saa_lidt", "confirm", 3, True),  # "Om jeg spiser med? Ikke så lidt!" (had asked)
    # "Jeg spiser ikke med. …nej, pjat 😄 Selvfølgelig spiser jeg med." (had asked)
    ("dinner_no_taken_back_as_a_joke", "confirm", 3, True),
    # the answer before, in brackets: "Spisning: ja (før nej)" (had confirmed a no: critical)
    ("dinner_old_answer_in_brackets", "confirm", 2, True),
    # a form's count of those eating: "Antal til spisning: 0" (had confirmed a yes: critical)
    ("dinner_form_count_nought", "confirm", 3, False),
    # a pro-verb after a dash agrees with the clause before it: "Og suppen springer jeg ikke
    # over - det gør jeg aldrig 😄" (had confirmed a no: critical)
    ("dinner_not_skipped_never_is", "confirm", 3, True),
    ("dinner_a_place_laid", "confirm", 1, True),  # "Og sæt endelig en kuvert af til mig" (had asked)
    # offering to cater is no answer: "vi vil meget gerne byde ind med forplejningen" (had
    # confirmed a yes)
    ("dinner_offering_to_cater_is_no_answer", "ask", 1, None),
    # a form's field answered by a tick on the line under it: "Spiser med efter mødet:\n(  ) Ja
    # \n( X ) Nej" (the field's own "Spiser med" had confirmed a yes: critical)
    ("dinner_tick_box_under_a_field", "confirm", 2, False),
    # others eating in a place described: "et fælleskøkken i gården, hvor beboerne kan komme og
    # spise med personalet" (had confirmed a yes); a colleague "var ellers så glad for, at der
    # var suppe bagefter" (had confirmed a yes)
    ("dinner_a_project_where_others_eat", "ask", 3, None),
    ("dinner_a_colleague_glad_for_the_food", "ask", 1, None),
    # "men jeg kan alligevel ikke blive efter mødet"; "jeg smutter, så snart vi er færdige kl.
    # 19.30" (both had asked)
    ("dinner_not_staying_after_the_meeting", "confirm", 1, False),
    ("dinner_leaving_as_soon_as_we_are_done", "confirm", 3, False),
    # a no about allergies after the yes: "Suppe: ja tak – og nej, ingen allergier" (had
    # confirmed a no: critical)
    ("dinner_no_allergies_after_a_yes", "confirm", 2, True),
    # wondering at the question is no doubt: "Not sure why you even ask – of course I'm staying
    # for the soup!" (had asked); the idiom "Om jeg spiser suppe med? Det kan du tro!" (had asked)
    ("dinner_not_sure_why_you_ask_en", "confirm", 2, True),
    ("dinner_det_kan_du_tro", "confirm", 3, True),
    # a habit beside the answer: "Suppen springer jeg over. Jeg spiser altid ved 17-tiden"; "I'll
    # skip the soup (... I'm trying to stop eating after 6)" (both had asked: yes and no; the
    # "6" had been a workshop we do not have)
    ("dinner_a_habit_of_eating_early", "confirm", 3, False),
    ("ws_bare_number_beyond_the_workshops_en", "confirm", 2, False),
    # "men melder hus forbi til suppen" (had confirmed a yes: critical); "Suppe? ... må nøjes med
    # at kigge på, mens I andre spiser" (had confirmed a yes: critical; asked until stop 34 read
    # the answer after the one-word question); "please don't count me in for
    # anything after the meeting" (had gone to a person as a decline); a habit, then the answer
    # for this time: "Jeg spiser ellers aldrig ude på hverdage, men ... spiser suppe med denne
    # gang" (had asked)
    ("dinner_melder_hus_forbi", "confirm", 1, False),
    ("dinner_others_eat_while_i_watch", "confirm", 2, False),
    ("dinner_nothing_after_the_meeting_en", "confirm", 1, False),
    ("dinner_habit_then_an_exception", "confirm", 3, True),
    # a report denied: "jeg har ikke skrevet, at jeg spiser suppe med – tværtimod. Jeg spiser
    # IKKE med." (had asked: yes and no); "Suppe er fint." (had asked)
    ("dinner_a_report_denied", "confirm", 2, False),
    ("dinner_er_fint", "confirm", 3, True),
    # a note for the order, no condition: "(er vegetar, hvis det betyder noget for bestillingen)"
    # (had asked)
    ("dinner_a_note_if_it_matters", "confirm", 2, True),
    # "Det er svært at sige nej til både suppe og grønne gårde, så jeg siger ja til begge dele"
    # (had confirmed a no: critical); "Jeg har lige spist frokost med Lis" (had confirmed a yes)
    ("dinner_hard_to_say_no", "confirm", 2, True),
    ("dinner_a_lunch_just_had", "ask", 1, None),
    # a change of mind that refuses: "Actually, scratch the dinner – ..." (had asked); thanks,
    # no doubt: "Men tak fordi I tænker på forplejningen!" (had asked)
    ("dinner_scratch_the_dinner_en", "confirm", 1, False),
    ("dinner_thanks_for_thinking_of_the_food", "confirm", 1, False),
    # "Suppen holder jeg fast i." (had asked)
    ("dinner_held_on_to", "confirm", 3, True),
    # "Jeg tager 2 og suppe, men ikke hvis det bliver sent – jeg har to små derhjemme" (had
    # confirmed a yes); a guard: "det er ikke hver dag, man får aftensmad serveret" splits no group
    ("dinner_yes_but_not_if_late", "ask", 2, None),
    ("dinner_not_every_day", "confirm", 3, True),
    # as spoken: "Men a ved ik om a ka bliv til æ suppe" (had confirmed a yes)
    ("dinner_dialect_not_knowing_whether", "ask", 3, None),
    # a particle between the fronted meal and its negation: "spise suppe med kan jeg nu ikke"
    # (had confirmed a yes: critical); left to us: "Jeg behøver ikke nødvendigvis at spise suppe
    # med" (had confirmed a no)
    ("dinner_negation_after_a_particle", "confirm", 2, False),
    ("dinner_not_necessarily", "ask", 3, None),
    # beside the sender's own yes, another's no in a sentence of its own: "Må jeg tage vores nye
    # praktikant, Ali, med som observatør? Han skal ikke spise med." (the meal had been unclear;
    # the question about him goes to a person)
    ("dinner_anothers_in_its_own_sentence", "review", 1, True),
    # a condition of being in time for the order, none of eating: "spiser suppe med hvis det
    # stadig kan nå at komme med" (had asked)
    ("dinner_if_still_in_time_for_the_order", "confirm", 2, True),
    # a refusal denied: "I don't think I've ever said no to a free bowl of soup" (had confirmed a
    # no: critical); a no recanted by its own last word: "Spiser ikke suppe med – eller jo, det
    # gør jeg faktisk alligevel" (had asked)
    ("dinner_never_said_no_to_a_free_one_en", "confirm", 1, True),
    ("dinner_no_then_eller_jo", "confirm", 1, True),
    # spoken Danish cut short: "spiser ik' med, ska' hjem te' ungerne" (the apostrophe had read
    # as a quotation mark: a yes confirmed)
    ("dinner_spoken_ik_apostrophe", "confirm", 1, False),
    # "så det kommer lidt an på, om der er noget, jeg kan spise" (a word inside "kommer an på":
    # "jeg kan spise" had confirmed a yes)
    ("dinner_depends_with_a_word_between", "ask", 1, None),
    # asked back: "Om jeg vil spise med?? Har du nogensinde set mig takke nej til gratis suppe
    # 😂" (the refusal had been a no: critical); a no answered back: "Suppe – nej, det tror jeg
    # ikke … jo, det gør jeg faktisk" (critical); a courtesy: "hvis det ikke er for meget
    # besvær" (had asked); "ikk til madden" (had asked)
    ("dinner_ever_seen_me_refuse", "confirm", 1, True),
    ("dinner_no_answered_back", "confirm", 1, True),
    ("dinner_a_courtesy_is_no_condition", "confirm", 3, True),
    ("dinner_mistyped_madden", "confirm", 3, False),
    # a yes given already, here to another meal: "Jeg har allerede sagt ja tak til middagen
    # efter min søns dimission samme aften" (had confirmed a yes); "..., så jeg smutter kl. 19.30
    # præcis", at the meeting's end, now says no (stop 38; had been asked)
    ("dinner_yes_given_to_another_meal", "confirm", 2, False),
    # "måske når jeg at få lidt suppe inden, måske ikke. Det må vi se." ("Det", capitalised
    # before a verb, had been taken for somebody's name: to a person); "skip the feed afterwards"
    # (had asked)
    ("dinner_we_will_see_is_nobody_else", "ask", 2, None),
    ("dinner_a_feed_en", "confirm", 1, False),
    # "Ps. glem maden alligevel – ..." after "ja tak til suppe" (had confirmed a yes: critical);
    # a reminder: "Glem ikke at bestille suppe til mig" (its "ikke" had refused the soup: critical)
    ("dinner_forget_the_meal_in_a_ps", "confirm", 3, False),
    ("dinner_a_reminder_is_no_refusal", "confirm", 2, True),
    # round 5 of stop 25: "I can't stay long ..., but I'll happily grab a bite before I head
    # off" and "Jeg spiser gerne lidt, inden jeg smutter" (leaving after eating; both had
    # confirmed a no: critical); "Rettelse til min signatur: mit mobilnummer er ændret ... – det
    # gamle virker ikke længere" (a change of something else had refused the soup: critical);
    # "Hvis der er halal-mad, spiser jeg gerne med. Ved du, hvad der bliver serveret?" (had
    # confirmed a yes); "Jeg tror ikke, jeg når at spise med, men det ser jeg lige på" (had
    # confirmed a no); "Spiser med: Ja/Nej", the template copied back (had confirmed a no)
    ("dinner_a_short_stay_still_eats_en", "confirm", 2, True),
    ("dinner_eating_before_leaving", "confirm", 2, True),
    ("dinner_a_correction_of_something_else", "confirm", 1, True),
    ("dinner_a_condition_then_a_question", "ask", 3, None),
    ("dinner_to_be_looked_at", "ask", 3, None),
    ("forms_options_copied_unanswered", "ask", 1, None),
    # round 6 of stop 25: "Men ja æder ikkje mæ bagafter" (dialect "ikkje" had been no
    # negation: a yes confirmed, critical); "Neither of us will be able to stay for the soup"
    # (the negation had not reached "stay": a yes); "Spiser med:  Ja [  ]   Nej [X]", boxes
    # after their options (the empty box had blanked "Nej": a yes confirmed, critical)
    ("dinner_dialect_ikkje", "confirm", 3, False),
    # (since stop 51 "My colleague Ben is coming too, also rain water" counts him: both the same)
    ("dinner_neither_of_us_en", "confirm", 1, False),
    ("forms_boxes_after_the_options", "confirm", 2, False),
    # round 7: English "I'd be mad to miss this one!" (Danish "mad" had refused the meal, and
    # "miss" declined); "I'll have soup with you if there's a vegan option – is there?" (the
    # condition asked after a dash had let the yes stand)
    ("dinner_mad_to_miss_en", "ask", 1, None),
    ("dinner_a_condition_asked_after_a_dash_en", "ask", 1, None),
    # stop 26: "Gratis suppe? Hvornår har jeg nogensinde sagt nej til det 😄" (asked without a
    # "?": a no confirmed, critical); "middag med foreningens bestyrelse aftenen før" and "Jeg
    # spiser frokost med borgmesteren kl. 12" (other meals: a yes confirmed); "Hvis der er mad
    # nok, spiser jeg også gerne med" before a question about parking (politeness: asked);
    # "Regarding the soup afterwards - which I'm sure will be lovely ... - I'm afraid I won't be
    # able to stay for it" (the praise between had hidden the no: asked); "Jeg ved ikke, om
    # jeg når frem til starten kl. 17, men jeg spiser med" (the doubt had reached past the
    # "men": asked); "Det er ikke sikkert, at jeg spiser med" (a yes confirmed, critical)
    ("din_when_have_i_ever", "confirm", 1, True),
    ("din_dinner_the_evening_before", "ask", 3, None),
    ("din_lunch_at_noon", "ask", 3, None),
    ("din_if_there_is_enough", "confirm", 3, True),
    ("din_praise_between_dashes_en", "confirm", 2, False),
    ("din_doubt_about_arriving_then_yes", "confirm", 1, True),
    ("din_not_certain", "ask", 2, None),
    # stop 26 round 2: "Ole (som har svaret dig selv) spiser ikke med, men jeg har ikke tænkt mig
    # at gå før suppen" (leaving before the meal, negated, had been a no: critical); a tagline
    # under the name and title ("... – ingen god mad skal gå til spilde!": a no confirmed);
    # "plenty of food for thought", "early dinner with the kids on Tuesdays" (yes and no:
    # asked); "Jeg er veganer, men spiser gerne med – kan I sørge for en vegansk ret?" (the
    # statement had gone into the question: asked); "Min leder er ikke til at spise kirsebær
    # med" (an idiom, read as another's meal: a person)
    ("din_not_leaving_before_the_soup", "confirm", 1, True),
    ("din_tagline_under_the_signature", "ask", 2, None),
    ("din_food_for_thought_en", "confirm", 2, False),
    ("din_vegan_but_eats_then_a_question", "confirm", 1, True),
    ("din_cherries_idiom", "confirm", 2, False),
    # round 3: "æ spiser mæ bagefter – det ska do ik vær i tvivl om" (a doubt denied: asked);
    # "Er det for sent at melde sig til? Jeg har først lige set invitationen. Jeg vil i så fald
    # gerne ... spise med" (the answer to a question of being in time two sentences back: asked)
    ("din_no_doubt_about_it_dialect", "confirm", 2, True),
    ("din_if_so_after_a_late_question", "confirm", 2, True),
    # stop 27, round 1: a café's tagline under a blank, the name and the title ("Åbent man-fre
    # 8-19 · Frokost og suppe hver dag · Ja, vi leverer også til møder!": a yes confirmed); "Nej
    # tak, jeg skal videre." typed under our quoted "> - om du spiser med bagefter", a line with
    # the meal's verb and no noun (had asked)
    ("din_tagline_under_a_blank_and_name", "ask", 2, None),
    ("din_inline_under_a_quoted_meal_verb", "confirm", 1, False),
    # round 2: "spiser med hvis der er vegetar 🌱 ?" (the emoji had ended the sentence before
    # its "?": a yes confirmed); "Jeg spiser ikke med, fordi jeg er sulten, men fordi jeg gerne
    # vil snakke med folk" (a no confirmed: critical); "Jeg spiser ikke kød, men jeg spiser meget
    # gerne med – kan I sørge for en vegetarisk ret?" (the statement had gone into the question:
    # asked); "I'll happily bring something along if that makes it easier for you", then a
    # question (an offer read as a condition: asked)
    ("din_condition_asked_after_an_emoji", "ask", 2, None),
    ("din_reason_denied", "confirm", 1, True),
    ("din_statement_before_a_dash_question", "confirm", 1, True),
    ("din_offer_if_it_makes_it_easier_en", "confirm", 2, True),
    # round 3: "Jeg vil bestemt heller ikke have noget imod at blive hængende til lidt at spise",
    # "I wouldn't mind staying for a bite" (a no confirmed: critical); "Jeg har aldrig i mit liv
    # sagt nej til gratis mad, og jeg har ikke tænkt mig at begynde nu", "I've never in my life
    # said no to free food" (a no confirmed: critical); "Med suppen må jeg lige se, hvordan det
    # passer" (a yes confirmed)
    ("din_would_not_mind", "confirm", 1, True),
    ("din_would_not_mind_en", "confirm", 1, True),
    ("din_never_in_my_life", "confirm", 2, True),
    ("din_never_in_my_life_en", "confirm", 2, True),
    ("din_must_see_how_it_fits", "ask", 1, None),
    # "I had lunch with your colleague Mette last week and she promised me the catering at your
    # events is excellent" (another meal, in the past: a yes confirmed); "Suppe? ... trænger jeg
    # nok mere til en kold øl end til mad" (the meal as what is wanted less: a yes confirmed;
    # asked until stop 34 read the answer after the one-word question)
    ("din_lunch_last_week_en", "ask", 3, None),
    ("din_rather_beer_than_food", "confirm", 2, False),
    # round 5: "As for the soup: I'll skip lunch that day to make room" (another meal skipped:
    # a no confirmed, critical)
    ("din_skip_lunch_to_make_room_en", "ask", 2, None),
    # round 6: "Spser med!" (a typo: asked); "Jeg er frisk på naboskab 👍 Suppe? Næh" (a
    # person); "Suppe: ellers tak, jeg spiser hjemme med børnene" (asked)
    ("din_typo_spser", "confirm", 3, True),
    ("din_naeh_and_frisk_paa", "confirm", 3, False),
    ("din_ellers_tak", "confirm", 3, False),
    # stop 28: "Soup: Yes please – I am vegetarian, is that possible?" (the yes had been part
    # of the question: asked); "I was wondering whether I might join the urban gardens group
    # ... I'd be very happy to stay for the soup afterwards too, if that's not too much
    # trouble" (both had been read as doubts: asked)
    ("din_yes_before_a_question_about_it_en", "confirm", 2, True),
    ("din_polite_wish_and_trouble_en", "confirm", 2, True),
    # round 2: "Jeg kommer – det kan du spise brød på!" (a yes confirmed); "maden til
    # nytårskuren ... var virkelig i topklasse" (a yes confirmed); "Jeg må æde mine ord." (a
    # yes confirmed); "I'll grab a bite on the way over, so no need to feed me afterwards"
    # (asked); "Transporten fra Roskilde spiser en god time hver vej, så jeg når desværre ikke
    # at blive til suppen" (asked); "Workshop 1, og jeg spiser suppe med. / Hov – nej. Jeg mente
    # workshop 2." (the "nej" had refused the meal: critical)
    ("din_idiom_spise_broed_paa", "ask", 1, None),
    ("din_another_meal_praised_in_topklasse", "ask", 3, None),
    ("din_idiom_aede_mine_ord", "ask", 2, None),
    ("din_a_bite_on_the_way_over_en", "confirm", 1, False),
    ("din_idiom_transport_eats_an_hour", "confirm", 1, False),
    ("din_a_no_correcting_the_workshop_after_it", "confirm", 2, True),
    # round 3: "så jeg hopper over suppen" (asked); "3) Spisning: fravælges" (asked); "Ja tak
    # til begge dele!" (coming and eating; a person); "Og suppe – hvorfor ikke?" (a question:
    # asked); "koster den noget? Vi har 0 kr. på budgettet ... Hvis den er gratis, spiser jeg
    # gerne med." (a yes confirmed)
    ("din_hopper_over", "confirm", 3, False),
    ("din_form_fravaelges", "confirm", 2, False),
    ("din_yes_to_both_things", "ask", None, True),
    ("din_hvorfor_ikke", "confirm", 2, True),
    ("din_condition_after_a_question_and_a_remark", "ask", 2, None),
    # round 4: "Kan ikkw spise suppe med" (the slip had left a yes: critical); "suppe ved jeg ikk
    # endnu" (a no confirmed); "det ska' do et vær' i tvivl om" (asked); "Staying for soup? Is
    # the Pope Catholic?" (asked); "you had me at "soup"" (asked); "I'll be hanging around for
    # soup" (asked)
    ("din_ikke_mistyped", "confirm", 3, False),
    ("din_ikk_undecided", "ask", 3, None),
    ("din_jutlandic_no_doubt_about_it", "confirm", 1, True),
    ("din_is_the_pope_catholic_en", "confirm", 2, True),
    ("din_you_had_me_at_soup_en", "confirm", 3, True),
    ("din_hanging_around_for_en", "confirm", 1, True),
    # round 6: "As for the soup – thanks, but I'll be heading straight home afterwards" (asked)
    ("din_heading_straight_home_en", "confirm", 3, False),
    # stop 29: the two questions answered in their order, tersely: "3, nej tak." and "1 og ja"
    # (each had gone to a person); "Byhaver – og nej." (the "nej" had denied the workshop);
    # and, a guard, "Workshop 2, please." answers no meal (a "please" goes with the workshop)
    ("dinner_number_then_bare_no", "confirm", 3, False),
    ("dinner_number_and_bare_yes_under_quote", "confirm", 1, True),
    ("dinner_name_dash_and_no_not_the_workshop", "confirm", 2, False),
    ("dinner_number_please_is_no_meal_answer_en", "ask", 2, None),
    # "Begge nr. 3 – og 2 x suppe, tak": the meal counted out for two is a yes (it had not
    # been stated)
    ("dinner_food_counted_for_two", "confirm", 3, True),
    # "Jeg kunne ikke spise med til temadagen i april, men denne gang bliver jeg gerne til
    # suppen": April's meal is another (the two answers had left the meal unclear)
    ("din_refused_in_another_month", "confirm", 2, True),
    # "Det er ikke fordi, suppen ikke frister, men jeg skal nå toget kl. 19.42, så jeg springer
    # den over" skips the soup, not the meeting (had been a decline)
    ("din_skipped_by_pronoun_in_the_phrase", "confirm", 1, False),
    # "Suppen må I desværre se bort fra" (not stated); "Og suppen er nr. 1 for mig" ranks the
    # meal, it names no workshop (the workshop had been unclear)
    ("din_disregarded", "confirm", 1, False),
    # a guard: "Se bort fra min tidligere mail og skriv mig op til suppen" disregards the mail,
    # not the soup (a "se bort fra" anywhere in the clause had confirmed a no)
    ("din_disregard_an_earlier_mail_then_the_meal", "confirm", 2, True),
    ("ws_the_meal_ranked_first", "confirm", 2, True),
    # "Kan jeg nå at blive til suppen? Nej, det når jeg desværre ikke – ...": the sender's own
    # question, longer and asked of us in form, answered by the sender (had stood as a decline
    # beside the workshop)
    ("din_own_long_question_answered_by_self", "confirm", 1, False),
    # "vil gerne tage imod tilbuddet om det efterfølgende måltid" accepts it (its "om" had
    # read as "whether"); and, a guard, "tak for tilbuddet om suppe" thanks, it says no yes
    ("din_offer_accepted_formally", "confirm", 3, True),
    ("din_thanks_for_the_offer_is_no_yes", "ask", 2, None),
    # "PS. Jeg spiser med. PPS. Glem PS'et – har lige set, at jeg har tandlæge kl. 19.15"
    # (critical: the PS's yes had been confirmed; the dentist alone says no no, so asked)
    ("din_postscript_forgotten_by_the_next", "ask", 2, None),
    # "Lene fra vores team spiser med, sagde hun – hun skriver selv til dig": hers, the only
    # meal answer, and she writes herself (critical: confirmed as the sender's yes); "Selvom
    # både emnet og suppen frister, bliver jeg nødt til at melde afbud" grants the meal in
    # passing (had been coming and not); and, a guard, a no granted stays one: "Jeg melder
    # mig til Naboskab, selvom jeg ikke når suppen bagefter"
    ("din_only_a_colleagues_who_writes_herself", "ask", 1, None),
    ("din_granted_in_passing_before_a_decline", "decline", None, None),
    ("din_granted_no_is_a_no", "confirm", 3, False),
    # critical, both: "Nu har jeg styr på kalenderen derhjemme: jeg spiser med" (the home
    # before the colon had refused the meal) and "Det ka ikke lade sig gøre for mig at blive
    # til suppen" (spoken "ka" for "kan": a yes had been confirmed)
    ("din_answer_after_a_colon_of_home_news", "confirm", 2, True),
    ("din_spoken_ka_without_apostrophe", "confirm", 3, False),
    # critical: "Men det ka sgu ik lade sig gøre for mig at blive til suppen" ("ik" before a
    # word is "ikke"; kept apart as a tag, a yes had been confirmed)
    ("din_spoken_ik_before_its_verb", "confirm", 2, False),
    # "Laver I noget uden gluten? Så spiser jeg gerne med – ellers springer jeg over": the meal
    # skipped, its object left out (had been a decline beside the workshop); "Jeg spiser ikke
    # med bagefter – jeg står selv for maden til et andet arrangement" makes another meal
    # (its "maden" had read as a yes)
    ("din_skip_with_its_object_left_out", "ask", 2, None),
    ("din_making_another_meal_herself", "confirm", 1, False),
    # "Det er ikke udelukket, at jeg bliver til suppen, men ..." is possible, not promised (a
    # yes had been confirmed); "Jeg spiser ikke ret meget om aftenen, ... – men jeg bliver gerne
    # og spiser med" says how much (had been yes and no); "– og nej, jeg har ikke tænkt mig at
    # springe suppen over": the "nej" agrees with the double negation (had declined)
    ("din_not_ruled_out_is_undecided", "ask", 2, None),
    ("din_how_much_not_whether", "confirm", 3, True),
    ("din_no_agreeing_with_a_double_negative", "confirm", 1, True),
    # "så jeg smutter så snart I runder af" leaves at the end (had not been stated); "Suppen
    # lyder dejlig!" welcomes it (had not been stated); and "The soup sounds lovely, but I have
    # to get home to the kids" holds the praise back (asked until stop 77, when having to be home
    # became a no, as "I'd love to stay for dinner, but I have to get home to the kids")
    ("din_leaving_as_soon_as_you_wrap_up", "confirm", 1, False),
    ("din_praised_is_a_yes", "confirm", 2, True),
    ("din_praised_but_a_reason_follows_en", "confirm", 3, False),
    # "Jeg siger ikke nej til workshop 2, og heller ikke til suppen" and "I won't say no to the
    # urban gardens workshop, nor to the soup afterwards" say yes to both (critical: the "heller
    # ikke"/"nor" had refused the soup); "Soup? Go on then, twist my arm. And save me a seat"
    # (had not been stated)
    ("din_not_refused_nor_the_next", "confirm", 2, True),
    ("din_not_refused_nor_the_next_en", "confirm", 2, True),
    ("din_idioms_of_yes_en", "confirm", 3, True),
    # "About the soup, I will stay" (a topic before a comma); "men vil ikke gøre brug af
    # tilbuddet om suppe"; "Ad suppe: Tak, men jeg må gå kl. 19.30, så jeg spiser ikke med"
    # (the thanks had read as a yes held back: all three had not been stated)
    ("din_topic_then_a_comma_en", "confirm", 3, True),
    ("din_formal_no_use_of_the_offer", "confirm", 2, False),
    # skipping denied of anyone: "nobody ever skips the soup at your meetings!" (had confirmed a
    # no); a guard: the sender's own answer drawn after what another keeps saying, "My wife keeps
    # telling me I work too many evenings, so I'll skip the soup this time"
    ("din_nobody_skips_it_en", "confirm", 2, True),
    ("din_so_after_anothers_telling_en", "confirm", 3, False),
    # a serving asked for the sender: "Husk lige en vegetarportion til mig bagefter", "skriv mig
    # gerne op til en halalret efter mødet", "to grønne tallerkener, tak" (all three had asked);
    # "a vegan plate for me afterwards"; guards: denied right before it, "Ingen vegetarret til
    # mig, tak", and a verb denied of part of it, "so don't count a full portion for me"
    ("din_a_serving_kept_for_me_da", "confirm", 2, True),
    ("din_a_serving_ordered_da", "confirm", 3, True),
    ("din_servings_closed_by_thanks_da", "confirm", 1, True),
    ("din_a_serving_for_me_en", "confirm", 3, True),
    ("din_no_serving_for_me_da", "confirm", 2, False),
    ("din_not_a_full_serving_en", "ask", 1, None),
    # off at the end: "so I'll be off as soon as we wrap up" (had asked)
    ("din_off_as_soon_as_we_wrap_up_en", "confirm", 1, False),
    # what anyone does, as a habit, is no answer: "I de netværk, jeg ellers sidder i, melder man sig
    # til suppen på selve dagen" (had confirmed a yes); "Man skal aldrig takke nej til gratis mad,
    # siger min mormor – ... Suppen springer jeg over", "People always skip the soup at these
    # meetings ... Not me - I'll definitely be eating" (both had asked: a yes and a no)
    ("din_what_one_does_elsewhere_da", "ask", 2, None),
    ("din_what_one_should_never_then_mine_da", "confirm", 1, False),
    ("din_what_people_do_then_mine_en", "confirm", 2, True),
    # the sender's own question answered: "Om I skal regne med en tallerken til mig bagefter? Ja tak
    # - bare ikke noget med fisk" (had asked); "Skal I regne med mig til suppen bagefter? Nej tak,
    # jeg skal videre til forældremøde" (critical: the question had been read as a request, a yes;
    # then asked; a no now that a bare no and a comma before its reason answer one's own question)
    ("din_own_question_answered_with_a_dash_da", "confirm", 1, True),
    ("din_own_request_answered_no_da", "confirm", 1, False),
    # own questions lined up, the meal's answered by a no, a comma and the reason: "Spiser du med? Nej
    # desværre, jeg skal videre til fodboldtræning" (had been reviewed: the no read as not coming); the
    # English one a guard, read so before
    ("din_own_questions_lined_up_no_with_a_reason_da", "confirm", 2, False),
    ("din_own_questions_lined_up_no_with_a_reason_en", "confirm", 3, False),
    # a no taken back in a PS: "P.S. Scratch the no on the soup - ... so I can stay and eat after
    # all", "PS: Glem mit nej til suppen – ..." (both critical: had confirmed the no)
    ("din_a_no_taken_back_in_a_ps_en", "confirm", 3, True),
    ("din_a_no_taken_back_in_a_ps_da", "confirm", 3, True),
    # a chat correction naming the typo after a negation: "spiser gerne ned. *med – ikke ned."
    # (critical: the "ikke" had said no)
    ("din_the_typo_named_after_a_star_da", "confirm", 2, True),
    # a word starred right after a refusal, no word of it: "spiser ikke med *også" (critical: had
    # confirmed the no; the star may replace the "ikke": asked)
    ("din_a_word_starred_after_a_refusal_da", "ask", 2, None),
    ("din_a_word_starred_on_the_next_line_da", "ask", 2, None),  # "... spiser ikke med // *også 🙈 tastaturet ..."
    # a negation starred on a line of its own corrects the yes before it, and declines nothing:
    # "I want be staying for the soup though, ... // *won't - sorry, autocorrect" (had declined)
    ("din_a_negation_starred_on_its_own_line_en", "confirm", 1, False),
    # what we recorded of the meal, told back from our confirmation: "Jeg kan se, at jeg står til at
    # spise med – det må være en misforståelse" (critical: had confirmed a yes)
    ("din_our_record_of_the_meal_told_back_da", "ask", 3, None),
    # ... inverted after what opens the sentence: "I bekræftelsen står jeg til spisning, men jeg
    # skrev nej tak til suppen" (critical: had confirmed a yes; the no is told as written before)
    ("din_our_record_of_the_meal_told_back_inverted_da", "ask", 2, None),
    ("din_thanks_but_then_no", "confirm", 3, False),
    # "Glem det jeg skrev om suppen – ... Jeg spiser gerne med." (had been yes and no)
    ("din_forget_what_i_wrote_about_the_meal", "confirm", 2, True),
    # "et loft på 50 kr. pr. person til forplejning" sets money aside, it says no yes ("pr." had
    # ended a sentence, and "person til forplejning" had been a yes: critical in spirit, labelled
    # ask)
    ("din_money_per_person_for_food_is_no_yes", "ask", 3, None),
    # implied and written short, each had not been stated: "Jeg skal nok være sulten, når
    # klokken er 19.30", "I'll bring my appetite for afterwards", "Suppe: ÷" (the minus of
    # Danish forms), "Det har jeg :-)" under our "... for dem, der har lyst", "Haha, hvem
    # prøver jeg at narre – selvfølgelig spiser jeg med" after a joking no, "tak for mad på
    # forhånd"
    ("din_coming_hungry", "confirm", 2, True),
    ("din_bring_my_appetite_en", "confirm", 3, True),
    ("din_minus_on_a_form", "confirm", 3, False),
    ("din_pro_form_under_our_meal_line", "confirm", 3, True),
    ("din_joke_taken_back_who_am_i_kidding", "confirm", 2, True),
    ("din_thanks_for_the_meal_in_advance", "confirm", 2, True),
    # "Suppen står jeg af på – jeg skal hente i børnehave" (had not been stated)
    ("din_dropping_out_of_the_meal", "confirm", 2, False),
    # "jeg spiser gerne med, hvis I har mad nok" is politeness (had been undecided)
    ("din_polite_if_you_have_enough", "confirm", 2, True),
    # "soup yes -> no" (critical: the yes had been confirmed)
    ("din_answer_changed_by_an_arrow_en", "confirm", 2, False),
    # "Regn med 2 portioner" (had not been stated)
    ("din_portions_counted", "confirm", 2, True),
    # "Og om jeg vil spise med? Ja tak, det vil jeg gerne." answers the sender's own question
    # (its "tak" before the pronoun had hidden that: not stated)
    ("din_own_question_answered_with_thanks", "confirm", 3, True),
    # "Rettelse: Kasper kan alligevel ikke den dag, så det er kun mig. Resten gælder stadig."
    # is of Kasper's coming (critical: the meal had been read as no); "Suppen? Ja, hvorfor ikke.
    # Nå nej, det er min søns fødselsdag ... Ingen suppe til mig." (had been unclear); "Er det
    # for sent at melde sig til? ... Mad er ikke nødvendigt for mig." (not stated: "Mad" had
    # been taken for somebody's name)
    ("din_correction_of_anothers_coming_keeps_the_meal", "confirm", 2, True),
    ("din_na_nej_remembers", "confirm", 1, False),
    ("din_not_necessary_after_a_question_of_time", "confirm", 1, False),
    # a refusal negated: "don't count me out for the soup" (critical: read as no); "Jeg går
    # aldrig fra et møde uden at spise med" (critical: read as no); one's own wish asked about,
    # "Would I like free soup after a meeting? ... Obviously yes.", and "Om jeg vil spise med?
    # Er paven katolsk?" (both not stated); the meal as a picture, "2️⃣ + 🍽️👍" (not stated)
    ("din_dont_count_me_out_en", "confirm", 2, True),
    ("din_never_leave_without_eating", "confirm", 2, True),
    ("din_own_wish_asked_en", "confirm", 2, True),
    ("din_is_the_pope_catholic", "confirm", 3, True),
    ("din_plate_emoji", "confirm", 2, True),
    # "I'll sit out the soup, though", "About the soup, I prefer not, because ..." (both not
    # stated); "Not fussed about the soup; I'll see how hungry I am on the day" (had been no);
    # "Suppe: ja tak - og nej, jeg har ingen særlige kosthensyn" answers the diet with its
    # "nej" (critical: read as no); "ja tak til suppe (så længe det ikke er pizza igen 😉)"
    # hangs on a condition (critical: its "ikke" had been the meal's no); "Suppe: jeg tager
    # bare en sandwich med" leaves the order open like a packed lunch (critical: read as yes)
    ("din_sit_out_the_soup_en", "confirm", 1, False),
    ("din_prefer_not_en", "confirm", 2, False),
    ("din_not_fussed_en", "ask", 2, None),
    ("din_no_to_a_diet", "confirm", 2, True),
    ("din_condition_in_brackets", "ask", 2, None),
    ("din_just_a_sandwich_instead", "ask", 2, None),
    # "Jeg er vegetar, men det skal ikke afholde mig fra at spise med" (critical: read as no);
    # "Suppen kan jeg godt undvære – ..., så der bliver rigeligt at spise alligevel" (critical:
    # read as yes); "Suppe? Altid!", "Du spørger, om jeg vil spise med bagefter – hvorfor ikke!",
    # "Soup afterwards? I couldn't possibly say no." (all not stated); "Suppe: nej à ja", an
    # Outlook arrow in plain text (critical: read as no); "... og spiser ikke med. Glem det
    # sidste – selvfølgelig spiser jeg med" (had been unclear); "Jeg spiser også gerne med, hvis
    # I stadig kan nå at bestille til én mere" is politeness (had been left open)
    ("din_diet_shall_not_keep_me_from_eating", "confirm", 3, True),
    ("din_can_do_without_with_food_elsewhere", "confirm", 3, False),
    ("din_always_as_an_answer", "confirm", 1, True),
    ("din_why_not_after_a_dash", "confirm", 1, True),
    ("din_couldnt_possibly_say_no_en", "confirm", 2, True),
    ("din_changed_by_a_wingdings_arrow", "confirm", 1, True),
    ("din_forget_the_last", "confirm", 3, True),
    ("din_politeness_of_the_order", "confirm", 2, True),
    # a second thought after a pause is a clause of its own: "Jeg spiser ikke med... eller jo,
    # det gør jeg faktisk!" (critical: read as no)
    ("din_second_thought_after_a_pause", "confirm", 3, True),
    # our question told back is no yes: "You also asked about the soup. Afraid not this time"
    # (critical: its "also" had been a yes; since stop 32 the no in the next sentence is read); a
    # stay for something else: "I'll stick around for the summing-up, and then I'm off home"
    # (critical: read as yes); "så jeg må nøjes med at dufte til jeres suppe" (critical: yes)
    ("din_our_question_told_back_en", "confirm", 2, False),
    ("din_staying_for_something_else_en", "ask", 2, None),
    ("din_only_the_smell", "confirm", 2, False),
    # stop 32: our question echoed as a heading, answered after it: "Og maden? Nej tak, ..."
    # (critical: its "og" had been a yes); "And the soup? Yes please!" stays a yes
    ("din_and_the_meal_asked_back_then_no", "confirm", 2, False),
    ("din_and_dinner_asked_back_then_yes_en", "confirm", 1, True),
    # round 2: "Du spørger, om jeg ønsker at spise med efter mødet. Det gør jeg desværre ikke";
    # "Angående suppen: ..., så jeg går, så snart opsummeringen er slut"; "nej tak til spisningen
    # til familienetværket den 13., men til jeres møde den 24. spiser jeg gerne med" (each had
    # been asked); "... og ønsker at spise med\n*ønsker IKKE" (critical: yes); "Soup? Count me
    # in. Workshop? Still torn between ..." (the doubt about the workshop had made the meal's)
    ("din_question_told_back_answered_pointing_back", "confirm", 3, False),
    ("din_leaving_when_the_summing_up_ends", "confirm", 2, False),
    ("din_another_days_meal_refused_by_its_date", "confirm", 3, True),
    ("din_star_line_corrects_the_meal", "confirm", 1, False),
    ("din_own_question_answered_before_a_workshop_doubt_en", "ask", None, True),
    # round 3: "Naboskab skal det være – og suppen bagefter vil jeg ikke kvitte!" (critical: no,
    # "kvitte" had not been a refusal for the negation to undo; nor "X skal det være" a choice)
    ("din_not_giving_up_the_meal", "confirm", 3, True),
    # "Suppe – nej tak, jeg spiser ikke så sent." (the mask "ikke så" had hidden its negation:
    # yes and no)
    ("din_not_eating_so_late", "confirm", 2, False),
    # round 4: "Jeg havde egentlig tænkt mig at spise med, men ... så jeg må køre direkte hjem
    # efter mødet. Så: workshop 3 og ingen suppe til mig." (the plan given up had been a yes)
    ("din_had_planned_to_eat_then_home", "confirm", 3, False),
    # round 5: "og jeg spiser med (ingen allergier)", "(ingen særlige hensyn)" (critical: the
    # bracket's "ingen" had refused the meal); "en bid suppe bagefter ville bestemt ikke være af
    # vejen" (critical: an understatement read as no)
    ("din_no_allergies_in_brackets", "confirm", 2, True),
    ("din_no_special_needs_in_brackets", "ask", None, True),
    ("din_understatement_not_amiss", "confirm", 2, True),
    # "Kan man sige nej til gratis suppe? Nej vel." and "Free soup ...? Who am I to say no."
    # (both had been asked; "Nej vel" read as a no once the question was known as rhetorical)
    ("din_can_one_say_no_answered_no", "confirm", 1, True),
    ("din_who_am_i_to_say_no_en", "confirm", 3, True),
    # round 6: "I spørger, om vi vil spise med bagefter – det siger jeg pænt nej tak til" and "a
    # dinner with our board on the 25th, but the 24th is free" (both had been asked); "Rain
    # water sounds right up my alley ... I'll grab a bite elsewhere afterwards" (critical: yes)
    ("din_question_told_back_then_a_dash_pointing_back", "confirm", 2, False),
    ("din_another_days_dinner_by_an_english_ordinal_en", "confirm", 2, True),
    ("din_a_bite_elsewhere_en", "confirm", 1, False),
    # a guard on the English ordinal as a day: "I'd take the 2nd workshop and stay for the soup"
    ("din_an_english_ordinal_workshop_is_no_day_en", "confirm", 2, True),
    # "Not sure which workshop yet and not sure I can stay for the soup" (the second doubt had
    # gone to the workshop nearer behind it, and the meal was a yes)
    ("din_a_second_doubt_doubts_the_meal_after_it_en", "ask", None, None),
    # a doubt, then how to count it: "..., så regn bare med nej", "so count it as a no for now"
    ("din_count_it_as_a_no_settles_the_doubt", "confirm", 2, False),
    ("din_put_me_down_as_a_no_after_a_doubt_en", "confirm", 1, False),
    # "Jeg er vegetar, men jeg kan sagtens klare mig med salat og brød, hvis det er besværligt"
    # is an offer, not a condition on eating (had been doubt)
    ("din_salad_offered_if_it_is_a_hassle", "confirm", 2, True),
    # hunger the reason for the yes: "I won't have eaten since lunch", "Jeg har ikke fået noget
    # at spise siden morgen" (the negation had made a no beside the yes)
    ("din_hunger_the_reason_for_a_yes_en", "confirm", 2, True),
    ("din_hunger_the_reason_for_a_yes", "confirm", 3, True),
    # the meal put off: "Suppen – det må blive en anden gang" (critical: a yes, from "blive"),
    # "Spisningen må blive en anden gang", "The soup will have to be another time" (both had
    # been read as a meal of another time, the answer not given)
    ("din_the_meal_put_off_to_another_time", "confirm", 2, False),
    ("din_the_meal_must_wait", "confirm", 2, False),
    ("din_dinner_will_have_to_be_another_time_en", "confirm", 1, False),
    # eating before coming: "men jeg skal nok spise inden", "I'll eat beforehand" (both
    # critical: a yes from the verb of eating)
    ("din_eating_before_coming", "confirm", 1, False),
    ("din_eating_beforehand_en", "confirm", 2, False),
    # critical, all three, now asked: a negation in a condition ("Og hvis det ikke er suppe, er
    # jeg der også" had been a no); lunch told after the meal's heading ("Mht. mad: Jeg spiser
    # først frokost kl. 15 den dag" had been a yes; asked until stop 34 read its "så jeg nøjes
    # med en kop kaffe" as a no); two voices ("Soup: my diet says no, my
    # stomach says yes" had been a no)
    ("din_a_negation_in_a_condition", "ask", 1, None),
    ("din_another_meal_after_the_meal_heading", "confirm", 2, False),
    ("din_voices_differ_en", "ask", 3, None),
    # the hour the reason: "det er lidt tidligt for mig at spise kl. 19.30, så jeg står over"
    # (critical: a yes from "spise")
    ("din_too_early_to_eat", "confirm", 1, False),
    # "No soup for me, thanks – I'll eat with the kids" (the meal at home had made a yes beside the no)
    ("din_eating_with_the_kids_en", "confirm", 1, False),
    # "hun tager Byhaver og springer suppen over": the verb after "og" has her for subject (had
    # made a no beside the sender's yes)
    ("din_anothers_refusal_carried_by_og", "confirm", 1, True),
    # being let in late is no refusal: "Suppe ja hvis det ikke er for sent" (critical in a
    # plain mailbox: a no from the "ikke" of the condition)
    ("din_yes_if_it_is_not_too_late", "confirm", 2, True),
    # what the reader might believe, on a condition: "hvis du tror, jeg går glip af suppen, så
    # kender du mig dårligt" (critical: a no; now asked, as the joke's yes is not said)
    ("din_what_you_might_believe_on_a_condition", "ask", 1, None),
    # stop 34: "Soup? Is the Pope Catholic? 😄" (a question of one word had not been asked, so
    # its rhetorical answer was not read: asked); looked forward to, "Suppen glæder jeg mig
    # til!", "I'm really looking forward to the soup" (asked), not a wish given up: "I was
    # looking forward to the soup, but I have to go home straight after the meeting"
    ("din_a_one_word_question_answered_by_a_rhetorical_one_en", "confirm", 1, True),
    ("din_looking_forward_to_the_meal", "confirm", 2, True),
    ("din_looking_forward_to_the_meal_en", "confirm", 3, True),
    ("din_was_looking_forward_to_the_meal_en", "confirm", 1, False),
    # "I'll have to eat and run – actually, scratch the eating, just the running" (critical: the
    # refusal's words began before the comma opening its clause, so the eating was a yes)
    ("din_a_correction_reaching_over_a_comma_en", "confirm", 2, False),
    # "Spiser ikke med.. jo forresten det gør jeg, ... 😄 Workshop 2" (critical: the change was
    # read as one of the workshop named in the next sentence, and the no stood)
    ("din_taken_back_with_a_pro_form", "confirm", 2, True),
    # "Count me in for ... the soup. Actually, scratch that on the soup – ... Just the workshop
    # then" (the yes taken back said no more: asked); "no soup – I mean YES to soup" (asked); an
    # answer told before, answered back now with a pro-form: "Jeg sagde ..., at jeg ikke spiste
    # med, men det gør jeg alligevel", "... at jeg spiser med, men det gør jeg desværre ikke
    # alligevel" (both asked)
    ("din_scratch_that_on_the_meal_en", "confirm", 1, False),
    ("din_a_slip_put_right_en", "confirm", 2, True),
    ("din_told_before_answered_back", "confirm", 3, True),
    ("din_told_before_answered_back_no", "confirm", 2, False),
    # another's no, then the sender's pro-form after "men"/"but": "Min leder mente ikke, at det var
    # nødvendigt at blive til suppen, men det gør jeg nu alligevel", "My manager doesn't think I need
    # to stay for the soup, but I will anyway" (critical: both had confirmed a no)
    ("din_anothers_no_then_owned_by_a_pro_form_da", "confirm", 2, True),
    ("din_anothers_no_then_owned_by_a_pro_form_en", "confirm", 3, True),
    # leaving after eating, "så jeg spiser gerne med og smutter derover bagefter" (critical: the
    # leaving had refused the meal); last time compared in brackets, "Jeg spiser heller ikke med
    # denne gang (ligesom sidst)" (the past had left the answer unsaid: asked)
    ("din_leaving_after_eating", "confirm", 2, True),
    ("din_last_time_in_brackets", "confirm", 1, False),
    # coffee instead, "så jeg nøjes med kaffen og ser misundeligt til, når I andre spiser"
    # (asked), also as the "ellers" of a condition: "Hvis suppen står klar ..., spiser jeg med –
    # ellers må jeg nøjes med en kop kaffe og så hjem" (the yes on a condition had been confirmed)
    ("din_coffee_instead", "confirm", 3, False),
    ("din_on_a_condition_or_else_coffee", "ask", 1, None),
    # "Soup would be lovely, thank you." (asked)
    ("din_would_be_lovely_en", "confirm", 3, True),
    # "Da det er ramadan, spiser jeg først efter solnedgang, så jeg må takke nej til suppen – men
    # tak fordi I tænker på forplejningen" (the eating and the thanks had been yeses beside the no)
    ("din_fasting_until_later_with_thanks", "confirm", 3, False),
    # another day's event after a signature, "sommerfest fredag den 27. september kl. 18 – med mad,
    # musik og bål" (its meal had been a yes: asked now); "suppen må I spise selv" (critical: a yes)
    ("din_another_days_event_with_food_after_a_dash", "ask", 1, None),
    ("din_left_to_the_others", "confirm", 1, False),
    # "I må gerne dække til mig bagefter" (asked); "Ungerne spiser hos deres far den aften" is
    # the kids' meal (a yes confirmed: now asked); "I was going to skip the soup, but actually
    # I'll stay" (critical: the first thought's no confirmed; now asked)
    ("din_a_place_laid", "confirm", 3, True),
    ("din_the_kids_eat_elsewhere", "ask", 3, None),
    ("din_a_first_thought_given_up_en", "ask", 2, None),
    # leaving told after a plain yes leaves the meal early, no refusal: "Jeg spiser med, men jeg
    # skal nå toget kl. 19.22, så jeg smutter lidt før de andre" (critical: confirmed as a no)
    ("din_eats_then_leaves_for_a_train", "ask", 3, None),
    # a doubt about the workshop in a paragraph of its own leaves the meal's answer to the
    # sender's own question: "Suppe efter mødet? Det siger jeg ikke nej til. // Men workshop –
    # der har jeg ikke bestemt mig endnu. Jeg vender tilbage." (had asked both)
    ("din_own_question_then_a_doubt_about_the_workshop", "ask", None, True),
    # not knowing is no "no": "Soup - no idea yet." (critical: confirmed as a no)
    ("din_no_idea_yet_en", "ask", 1, None),
    # nothing better than the meal: "I can't think of anything better than staying for the soup"
    # (critical: a no), "kan ikke forestille mig noget bedre end at spise med" (asked: "end at
    # spise med" was the meal passed over)
    ("din_nothing_better_than_eating", "confirm", 2, True),
    ("din_nothing_better_than_eating_en", "confirm", 1, True),
    # staying on afterwards, its verb apart: "og jeg bliver gerne hængende bagefter", "Jeg bliver
    # ikke hængende bagefter, da jeg har aftenvagt" (both had been asked)
    ("dinner_stays_on_afterwards_verb_apart", "confirm", 2, True),
    ("dinner_not_staying_on_afterwards", "confirm", 1, False),
    # the social part after the meeting is the meal: "men springer det sociale bagefter over
    # denne gang" (asked); "so please do not count me in for the evening part" (had declined
    # coming at all)
    ("dinner_social_part_afterwards_skipped", "confirm", 3, False),
    ("dinner_evening_part_not_counted_en", "confirm", 2, False),
    # a later mail promised about it answers nothing yet: "jeg kommer 👍 ... Skriver lige i
    # morgen omkring workshop og mad" (had been a yes: "workshop og mad")
    ("dinner_later_mail_promised_about_it", "ask", None, None),
    # British litotes: "Dinner? Not half – I've heard the soup is excellent." (critical: a no)
    ("dinner_not_half_en", "confirm", 3, True),
    # a meal some other time in a postscript is not ours: "Ingen forplejning til mig, tak ...
    # PS: Vi skal snart have en bid brød sammen ..." (critical: the PS's yes replaced the no)
    ("dinner_meal_soon_in_a_postscript", "confirm", 2, False),
    # "og det kulinariske bagefter lader jeg mig ikke snyde for" (asked)
    ("dinner_the_culinary_part", "confirm", 1, True),
    # a chat's starred correction: "Workshop 3 og jeg spiser med // *ikke med. Skrev for
    # hurtigt" (critical: a yes)
    ("dinner_starred_correction", "confirm", 3, False),
    # a change closing the clause of its answer: "Mad: ja (nej vent – forældremøde kl. 19, så:
    # nej)" (critical: a yes; the "nej" too far on to be read as the new answer, so asked)
    ("dinner_form_answer_corrected_in_brackets", "ask", 3, None),
    # a meal gone by answers nothing: "... som jeg sad ved siden af til middagen efter
    # Boligsocialt Forum i Vejle i sidste uge" (had been a yes)
    ("dinner_a_meal_gone_by", "ask", 3, None),
    # a field answered after a dash on its line: "Spise med efter mødet – nej tak" (critical: the
    # field's "spise med" was the yes)
    ("dinner_field_answered_after_a_dash", "confirm", 3, False),
    # the verb left out after a sign-up: "Jeg melder mig til vinkel 1, men fra til suppen"
    # (critical: a yes)
    ("dinner_verb_left_out_men_fra_til", "confirm", 1, False),
    # counted out: "Til suppen må du regne mig fra" (critical: a yes)
    ("din_regne_mig_fra", "confirm", 2, False),
    # the table afterwards: "I bliver nødt til at undvære mig ved bordet bagefter" (had been
    # not coming at all, for review)
    ("din_undvaere_mig_ved_bordet_bagefter", "confirm", 3, False),
    # a postscript typed under the whole of our invitation in an Outlook reply: "PS. ... så jeg
    # springer alligevel suppen over" (critical: the answer above it, a yes)
    ("din_postscript_under_the_whole_original", "confirm", 2, False),
    # a yes on a condition is no refusal: "Spise med: Ja, så længe jeg kan være hjemme i Ishøj
    # inden kl. 21" (critical: a no, by "hjemme inden")
    ("din_field_yes_so_long_as_is_no_refusal", "ask", 2, None),
    # the meal answered in the invitation's order after a workshop alone in its sentence, or
    # after "Jep": "Nr. 3. Nej tak.", "Jep, vinkel 2, og ja 👍" (each had been asked)
    ("din_bare_no_in_the_sentence_after_the_workshop", "confirm", 3, False),
    ("din_jep_workshop_and_ja", "confirm", 2, True),
    # a yes to the meal by name before a dash, then a question: "and yes to the soup as well -
    # I am vegetarian, will there be a vegetarian option?" (the question had taken the yes)
    ("din_yes_to_the_meal_before_a_dashed_question_en", "confirm", 2, True),
    # the catering as the meal: "but I won't need the catering" (had been unanswered)
    ("din_the_catering_en", "confirm", 2, False),
    # a long topic opening the sentence, answered after it: "Med hensyn til at blive og få en
    # bid brød med de andre bagefter – ..., og som jeg normalt aldrig siger nej til – så må jeg
    # desværre melde pas" (had been a decline), "Angående det, der bliver serveret efter mødet
    # – ... – så bliver det uden mig" (had been a decline), "With regard to the soup afterwards,
    # I'm afraid I'll have to pass" (had been a review)
    ("dinner_topic_long_then_passed", "confirm", 2, False),
    ("dinner_topic_what_is_served", "confirm", 1, False),
    ("dinner_topic_with_regard_en", "confirm", 2, False),
    # what comes after the meeting as the meal: "Jeg bliver til bagefter", "men jeg bliver ikke
    # til bagefter", "så regn ikke med mig bagefter" (had been a decline), "så jeg skal ikke have
    # noget bagefter", "få lidt at gnave i bagefter", "når der bliver dækket op bagefter", "men
    # også til det hyggelige bagefter", "det, der bliver sat på bordet bagefter" (all had been
    # unanswered)
    ("dinner_stays_till_afterwards", "ask", None, True),
    ("dinner_not_staying_till_afterwards", "confirm", 3, False),
    ("dinner_dont_count_on_me_afterwards", "confirm", 3, False),
    ("dinner_need_nothing_afterwards", "confirm", 1, False),
    ("dinner_something_to_nibble", "confirm", 3, True),
    ("dinner_table_laid_afterwards", "ask", None, True),
    ("dinner_the_cosy_part_afterwards", "confirm", 1, True),
    ("dinner_whats_put_on_the_table", "confirm", 2, True),
    # "Jeg spiser med. Nej, forresten - ..., så jeg springer suppen over" (had been yes and no)
    ("dinner_no_by_the_way_with_comma", "confirm", 1, False),
    # leaving when the workshop ends or the meeting wraps up (both had been unanswered)
    ("dinner_leaves_when_the_workshop_ends", "confirm", 3, False),
    ("dinner_leaves_once_the_meeting_wraps_up_en", "confirm", 2, False),
    # a list of coming events under the answer, each line headed by its date: "• 28. september:
    # Høstfest med fællesspisning – ..., vi spiser kl. 18" (had been a yes)
    ("dinner_dated_events_below_the_answer", "ask", 1, None),
    # a change of mind in a pro-form after its comma: "Jeg spiser med. Nej vent, det gør jeg
    # ikke – ..." with a workshop in the sentence after (had confirmed a yes)
    ("dinner_changed_mind_pro_form_after_comma", "confirm", 3, False),
    # the past told, then now in a pro-form after "og": "Sidst nåede jeg ikke at spise med, og
    # det gør jeg heller ikke denne gang" (had been unanswered)
    ("dinner_last_time_and_not_this_time_either", "confirm", 1, False),
    # the verb negated after the meal as the sentence's topic: "Regarding the meal after the
    # meeting, I will not participate" (had been a yes and a decline, for review)
    ("dinner_regarding_the_meal_not_participate_en", "confirm", 3, False),
    # "Soup: I pass, thanks." (had been unanswered); "I doubt I'll stay for the soup, ..., so
    # best not to count me in for that" (had been a decline)
    ("dinner_i_pass_en", "confirm", 3, False),
    ("dinner_doubt_then_dont_count_me_in_for_that_en", "confirm", 2, False),
    # "I'll circle back on the workshop and the soup once I know more" puts off both (the meal
    # had been a yes)
    ("ws_circle_back_on_both_en", "ask", None, None),
    # "Derimod må jeg desværre afstå fra den efterfølgende spisning" (had been unanswered)
    ("dinner_refrain_from_the_meal_formally", "confirm", 3, False),
    # a yes on a condition whose other branch follows: "hvis der er noget vegetarisk, spiser jeg
    # gerne med bagefter. Ellers tager jeg bare hjem og spiser." (had confirmed a yes)
    ("dinner_yes_if_vegetarian_otherwise_home", "ask", 2, None),
    # the meal as the subject, declined with no turn: "Suppen efter mødet, som ..., bliver
    # desværre uden mig, ..., men selve mødet kommer jeg gerne til" (had been a decline too)
    ("dinner_meal_as_subject_without_me", "confirm", 3, False),
    # the sender's answer after a colleague's, in a sentence of its own: "... spiser med jer
    # bagefter. Det gør jeg ikke" (had been unanswered)
    ("dinner_colleague_eats_i_do_not_next_sentence", "confirm", 2, False),
    # "Jeg vil nødig gå glip af suppen, men ..., så jeg smutter lige efter opsamlingen", and
    # "så jeg skal hjem og lave aftensmad til dem efter mødet" (both had been unanswered)
    ("dinner_loath_to_miss_it_but_leaving", "confirm", 1, False),
    ("dinner_home_to_cook_for_the_children", "confirm", 2, False),
    # "Til suppen melder jeg desværre hus forbi" (had confirmed a yes)
    ("dinner_hus_forbi_meal_fronted", "confirm", 2, False),
    # "Det siger jeg ikke nej til – hverken workshoppen eller suppen": the pair past the dash is
    # not refused (had confirmed a no; now asked, the yes not reaching the meal's clause)
    ("dinner_not_saying_no_to_either_after_a_dash", "ask", 2, None),
    # "Jeg meldte mig til workshop 3 og suppe, men jeg må desværre trække mig fra suppen" (had
    # been in doubt)
    ("dinner_withdrawn_from_the_meal_kept_workshop", "confirm", 3, False),
    # "Ja til begge, og jeg tager 1'eren" (the meal had been unanswered)
    ("dinner_yes_to_both_then_workshop", "confirm", 1, True),
    # leaving by a time within the meeting's hours (the test event's 17.00–19.30), the time
    # right after the leaving: "need to leave at 19:00 sharp", "jeg smutter kl. 18.15" (both
    # had been unanswered; a word about the meal outweighs it, see decide_times_only)
    ("dinner_leave_at_a_time_en", "confirm", 2, False),
    ("dinner_leave_by_a_time_da", "confirm", 2, False),
    # the meal's topic opening a clause after "og", mid-sentence: "..., og i forhold til det med
    # at spise med efter mødet, som ..., så må jeg desværre melde fra denne gang" (had been a
    # decline)
    ("dinner_topic_after_og_mid_sentence", "confirm", 3, False),
    # "Resten af aftenen er jeg desværre optaget" (had been a decline too, for review); "Men ikke
    # bagefter" after a workshop; "melder jeg mig kun til selve mødet" (both had been unanswered)
    ("dinner_rest_of_the_evening_busy", "confirm", 1, False),
    ("dinner_not_afterwards_after_workshop", "confirm", 1, False),
    ("dinner_only_the_meeting_itself", "confirm", 1, False),
    # stop 39: a condition about the diet in the bracket with it: "I'd love to stay for the
    # soup afterwards (vegetarian, if that's possible)" (asked)
    ("dinner_diet_condition_in_brackets_en", "confirm", 1, True),
    # eating later at home: "Suppe: nej tak. ... – jeg spiser når jeg kommer hjem." (the "spiser"
    # had been a yes beside the no: asked)
    ("dinner_eating_when_home", "confirm", 2, False),
    # a form's "Soup: No" over "Dietary requirements: n/a" (the no had been read as a diet's, "no
    # dietary ...", across the line: asked)
    ("dinner_form_no_then_a_diet_line_en", "confirm", 3, False),
    # a doubt opened by "Eller –" after "Suppe: ja." is the meal's (the yes had been confirmed)
    ("dinner_yes_then_or_it_depends", "ask", 2, None),
    # "I can't stay after the meeting after all" (asked)
    ("dinner_cannot_stay_after_the_meeting_en", "confirm", 2, False),
    # a bare yes "alligevel" after a no told of: "Jeg skrev nej tak til suppe, men det var før ...
    # så ja tak alligevel." (asked)
    ("dinner_no_said_before_yes_after_all", "confirm", 1, True),
    # home to eat, its "og spiser" a clause of its own: "så jeg tager hjem og spiser ;)" (had
    # confirmed a yes)
    ("dinner_home_to_eat", "confirm", 2, False),
    # "Count me out for the soup though – I've got a dinner thing with my in-laws" (yes and no:
    # asked); "I don't plan on leaving hungry either 😊" (asked)
    ("dinner_count_me_out_for_the_meal_en", "confirm", 2, False),
    ("dinner_not_leaving_hungry_en", "confirm", 3, True),
    # "Suppen: spring mig over – jeg er på streng kur" (asked); "Hvem kan sige nej til et gratis
    # måltid? Ikke mig i hvert fald." (asked)
    ("dinner_skip_me_in_a_form", "confirm", 2, False),
    ("dinner_who_can_say_no", "confirm", 3, True),
    # "det ville være dumt at sige nej til suppe ;)" (yes and no: asked)
    ("dinner_silly_to_say_no", "confirm", 2, True),
    # an answer given before, changed in its own clause: "I already signed up (urban gardens, no
    # soup) but I'd like to change that to with soup" (had confirmed the no, critical at
    # arrival); "..., men vil gerne ændre det til med suppe" (asked)
    ("dinner_changed_to_with_the_meal_en", "confirm", 2, True),
    ("dinner_changed_to_with_the_meal", "confirm", 2, True),
    # "PS: Jeg spiser med. / PPS: ... – det når jeg alligevel ikke, så ingen suppe til mig." (the
    # "det" pointing back at the meal alone had declined coming)
    ("dinner_pps_takes_back_the_meal", "confirm", 3, False),
    # an aside added with "og", no condition of the yes: "Jeg spiser gerne med (og hvis I mangler
    # en leverandør til suppen, kender jeg en 😉)" (asked)
    ("dinner_yes_with_an_aside_offer", "confirm", 3, True),
    # the sender's answer after another's, a comma alone between: "Han spiser med, det gør jeg
    # ikke." (asked)
    ("party_he_eats_i_do_not", "confirm", 1, False),
    # what would have been and a "but": "I would have loved to stay for the soup, but I have a
    # flight ..." (asked); a plate to spare is no condition: "Og jeg spiser gerne med, hvis I har
    # en tallerken til overs" (asked)
    ("dinner_would_have_loved_to_but_en", "confirm", 2, False),
    ("dinner_if_you_have_a_plate_to_spare", "confirm", 1, True),
    # "PS: ... så sløjf mig fra maden" after "spiser med" (the yes had been confirmed); food as
    # the subject of an idea: "der er et stort ønske om noget med mad i gården" (a yes
    # confirmed); "Og husk lige en vegetartallerken til mig" (asked)
    ("dinner_postscript_takes_me_off_the_meal", "confirm", 3, False),
    ("dinner_food_as_an_idea_no_answer", "ask", 3, None),
    ("dinner_a_vegetarian_plate_for_me", "confirm", 1, True),
    # both answers after a colon: "Svar på dine to spørgsmål: 2 og ja." (asked); nothing against
    # it, then a "men" and leaving: "Jeg har intet imod at spise med, men jeg er nødt til at
    # smutte, så snart mødet slutter" (asked)
    ("dinner_two_answers_after_a_colon", "confirm", 2, True),
    ("dinner_nothing_against_it_but_leaving", "confirm", 1, False),
    # a ballot's cross after the meal: "Workshop 3 ✓ / Suppe ✗" (asked)
    ("dinner_ballot_cross_after_the_meal", "confirm", 3, False),
    # the weekday of a mail, not of a meal: "Quick update to my reply from Monday: I'm still
    # coming and still eating with you" (asked)
    ("dinner_weekday_of_an_earlier_mail_en", "confirm", 1, True),
    # "Spise med bliver det i hvert fald ikke til" (the yes had been confirmed: the negation was
    # out of reach); "Tak for invitationen til både møde og suppe!" is thanks, no answer (the yes
    # had been confirmed)
    ("dinner_in_any_case_not", "confirm", 1, False),
    ("dinner_thanks_for_the_invitation_to_the_meal", "ask", 3, None),
    # the meal asked of oneself and answered on a condition: "Og suppe? Ja, hvis min kollega kan
    # køre mig hjem, ellers ... så bliver det uden" (had confirmed a yes)
    ("dinner_asked_of_oneself_yes_on_a_condition", "ask", 2, None),
    # who eats, asked about and answered later: "Jeg vender tilbage med navne, workshops og hvem der
    # spiser med" (had been a yes)
    ("dinner_who_eats_asked_later", "ask", None, None),
    # changes of mind about the meal (all had read the first answer: critical): "no soup for me -
    # wait, no, soup is fine after all"; "I'll skip the soup. // On second thought, I'll stay for
    # it"; "Jeg tager Naboskab og springer suppen over. // Hov, jeg bliver alligevel til den"
    ("dinner_no_then_wait_no_fine_after_all_en", "confirm", 2, True),
    ("dinner_on_second_thought_stay_for_it_en", "confirm", 1, True),
    ("dinner_hov_staying_for_it_after_all", "confirm", 3, True),
    # the answer told before, denied in the next sentence by a pro-form: "i min mail herunder skrev
    # jeg, at jeg spiser med. Det gør jeg ikke" (had asked)
    ("dinner_told_before_then_det_gor_jeg_ikke", "confirm", 1, False),
    # a second thought after a pause: "Jeg spiser med. Eller – jeg ved det faktisk ikke, det kommer
    # an på ..." (had confirmed a yes)
    ("dinner_yes_then_eller_dash_doubt", "ask", 3, None),
    # a form's count of plates: its number no workshop, one or more a yes: "Angle: 3 / Number for
    # soup: 1 (just me)" (had asked: 1 and 3 named), "Angle: rainwater / Number for soup: 2 (me and
    # my colleague Peter)" (2 had been a workshop: review of different choices)
    ("form_count_for_the_meal_after_the_workshop_number_en", "confirm", 3, True),
    ("form_count_for_the_meal_no_workshop_en", "review", 1, True),
    # two negations, one yes (the first two had confirmed a no: critical): "Kan ikke se hvorfor
    # jeg ikke skulle spise med 😄", "I can't think of any reason not to stay for the soup"; and
    # "Der er ingen grund til ikke at blive til suppen" (its "Der" had been a relative word: asked)
    ("dinner_double_negation_why_not_eat", "confirm", 2, True),
    ("dinner_no_reason_not_to_stay_en", "confirm", 1, True),
    ("dinner_der_er_ingen_grund_til_ikke", "confirm", 3, True),
    # the meal without its word: "springer det bagefter over" (had declined coming: review), "regne
    # med mig til en tallerken bagefter", "Mht. det bagefter: nej tak", "no need to count me in for
    # afterwards" (had declined coming: review)
    ("dinner_skipping_what_comes_after", "confirm", 1, False),
    ("dinner_a_plate_and_a_bite", "confirm", 3, True),
    ("dinner_topic_what_comes_after_then_no", "confirm", 2, False),
    ("dinner_no_need_to_count_me_in_for_afterwards_en", "confirm", 1, False),
    # a rare treat: "vi bliver alle og spiser, det er jo ikke hver dag man bliver budt på suppe"
    # (its "ikke" had made the yes unclear: review)
    ("dinner_not_every_day_a_treat", "confirm", 3, True),
    # the meal as the time of what the sender does: "Når I spiser suppe bagefter, er jeg
    # desværre på vej hjem" (the others' eating had been a yes)
    ("dinner_on_my_way_home_when_you_eat", "confirm", 2, False),
    # "selvf skal jeg ha mad": "have" as it is said (had asked)
    ("dinner_said_as_spoken_ha_mad", "confirm", 3, True),
    # "Suppe: Ikke noget, jeg vil gå glip af": nothing the sender would miss (had been a no)
    ("dinner_nothing_i_would_miss", "confirm", 3, True),
    # "Jeg sidder desværre i toget mod Aarhus, når I spiser": the others' eating no yes of the
    # sender's (had been a yes); on the train says nothing we read, so we ask
    ("dinner_on_the_train_when_you_eat", "ask", 1, None),
    # "Our association's rules don't allow us to accept meals paid by others, so I'll decide about
    # the food once I know" (the rules had been a no)
    ("dinner_decide_once_i_know_the_price_en", "ask", 2, None),
    # "og jeg spiser med (så er der én aften uden madpakke-kaos derhjemme 😅)": the bracket a
    # reason, its "derhjemme" no refusal (had been a no: a wrong confirmation)
    ("dinner_reason_in_brackets_after_yes", "confirm", 2, True),
    # "Mens I andre spiser, kører jeg hjem og putter tvillingerne": going home, its subject after
    # the verb (had asked)
    ("dinner_drive_home_while_you_eat", "confirm", 3, False),
    # "men jeg når sagtens at spise med, inden jeg tager ind til byen": what comes after the meal,
    # no condition on it (had been undecided)
    ("dinner_eat_before_the_concert", "confirm", 1, True),
    # "Jeg ville ønske, jeg kunne blive til suppen, men min søn skal hentes ..." (had been a yes
    # and a no, and the son another person spoken for: review)
    ("dinner_wish_i_could_stay", "confirm", 2, False),
    # "Soup afterwards? Don't mind if I do." (its "if" had been a condition: asked)
    ("dinner_dont_mind_if_i_do_en", "confirm", 1, True),
    # "jeg skal ikke ha mad for jeg spiser altid kl 17 med min kone": the habit the reason, the
    # answer before it stands (had been a habit told: asked)
    ("dinner_habit_given_as_the_reason", "confirm", 3, False),
    # Sønderjysk "a spiser int med" ("int": "ikke"; had been a yes)
    ("dinner_int_for_ikke", "confirm", 3, False),
    # "Wasn't planning on staying for the soup, but go on then – you've twisted my arm": a plan
    # given up, the yes after it in words we do not read, so we ask (had confirmed a no)
    ("dinner_was_not_planning_on_it_but_en", "ask", 2, None),
    # "men aftensmaden springer jeg over – jeg har lovet at spise hos min mor den aften": eating at
    # someone's home is another meal (had been a yes and a no: asked)
    ("dinner_eating_at_mothers_that_evening", "confirm", 3, False),
    # "Til suppen bagefter – som jeg har hørt godt om ... – når jeg desværre ikke at blive": the
    # meal as a topic before an aside, answered after it (had been a yes: a wrong confirmation)
    ("dinner_topic_before_an_aside", "confirm", 2, False),
    # "Not averse to the soup afterwards either – count me in": an aversion negated is a yes
    # (had been a no: a wrong confirmation)
    ("dinner_not_averse_en", "confirm", 3, True),
    # leaving when the meeting is done, in other words: "Jeg smutter derfor, så snart I har
    # rundet af", "I'll be heading straight for the station once you wrap up" (had asked)
    ("dinner_leaving_when_you_have_rounded_off", "confirm", 2, False),
    ("dinner_heading_for_the_station_once_you_wrap_up", "confirm", 2, False),
    # "I'll happily let someone else feed me for once": fed is eating (had asked)
    ("dinner_let_someone_else_feed_me_en", "confirm", 2, True),
    # not going without tasting it: "Og jeg går ikke hjem uden at have smagt på suppen!" (had
    # asked), "I'm not leaving without tasting that soup!" (had been a no: a wrong confirmation)
    ("dinner_not_home_without_tasting", "confirm", 3, True),
    ("dinner_not_leaving_without_tasting_en", "confirm", 3, True),
    # "I regret that I shall not be able to join the soup following the meeting": what is
    # regretted, with no comma before its "that", is the meal (had been a decline against
    # "I am pleased to confirm my participation": sent to review)
    ("dinner_regret_that_clause_meal_en", "confirm", 1, False),
    # "Spisn.: ja tak": the meal's noun cut short (had asked)
    ("dinner_abbreviated_in_a_form", "confirm", 3, True),
    # "Spiser gerne med – er der mon også en vegetarsuppe?": a clause saying "gerne" with no
    # subject is a statement, not part of the question after the dash (had asked)
    ("dinner_gladly_before_a_question", "confirm", 2, True),
    # idioms (had asked): "I won't be able to hang about for the soup", "I'll gladly tuck in
    # afterwards", "I'll happily stay for a plate of whatever's going"
    ("dinner_hang_about_en", "confirm", 3, False),
    ("dinner_tuck_in_en", "confirm", 1, True),
    ("dinner_a_plate_of_whatever_en", "confirm", 3, True),
    # "Jeg skrev til Lars, at jeg nok ville vælge Byhaver, og at jeg ikke kunne blive til
    # suppen. Begge dele har ændret sig: ... så jeg spiser gerne med": the second reported
    # clause is the report's too (had been a yes and a no: asked)
    ("dinner_second_reported_clause", "confirm", 3, True),
    # what was done last time: "... sad jeg i gruppen om regnvand og gik hjem inden maden.
    # Denne gang ... jeg bliver til suppen" (had been a no and a yes: asked); a plan given up:
    # "I had also planned to stay for the soup, but ..., so no soup for me" (asked)
    ("dinner_left_before_it_last_time", "confirm", 2, True),
    ("dinner_had_also_planned_en", "confirm", 2, False),
    # "Jeg når desværre at spise med bagefter, jeg skal til forældremøde kl. 19": a yes
    # regretted has lost its "ikke", so it is asked (had confirmed a yes: a wrong confirmation)
    ("dinner_regretted_yes_lost_its_not", "ask", 2, None),
    # "suppen takker jeg nej til jeg plejer at spise ved 17 tiden": the habit run on after the
    # answer, its "jeg" starting a sentence of its own (had been reported: asked)
    ("dinner_habit_run_on_after_the_answer", "confirm", 1, False),
    # "men jeg må gå, inden suppen bliver serveret": served as the time of leaving, not someone
    # else's cooking (had asked)
    ("dinner_leaving_before_it_is_served", "confirm", 1, False),
    # "Jeg smutter lige efter workshoppen for at køre min datter til håndbold, men er tilbage til
    # suppen": out and back again is a yes (had been a yes and a no); the daughter is still
    # taken for the one coming back, so a person looks
    ("dinner_out_and_back_for_the_meal", "review", 3, True),
    # "I'll bring our current menu and a one-page summary": bringing is no answer about eating
    # (had been a yes), and "we already employ two people" counts staff (had been a party of 2)
    ("dinner_bringing_our_menu_en", "ask", 2, None),
    # "Jeg har allerede sagt derhjemme, at de ikke skal regne med mig til aftensmaden": what
    # those at home may expect is no answer about our meal, so it is asked (had been a no: a
    # wrong confirmation; it means a yes, which no rule reads yet)
    ("dinner_told_at_home_not_to_count_on_me", "ask", 2, None),
    # "Mandag den 23. er jeg på Bornholm til et netværksmøde (... middag om aftenen ...)": the
    # day's full stop does not end the sentence before a verb in lower case, so the meal is that
    # day's (had been a yes: a wrong confirmation)
    ("dinner_other_day_after_a_weekday_and_date", "ask", 3, None),
    # "Suppen, som I er så søde at byde på, takker jeg ja til": the meal fronted, a relative
    # clause after it, then the sender's answer (had asked)
    ("dinner_fronted_with_a_relative_clause", "confirm", 3, True),
    # "... og flere børnefamilier ville få noget sundt at spise": what others would eat, in an
    # idea, is no answer about the sender's meal (had been a yes: a wrong confirmation)
    ("dinner_what_others_would_eat_in_an_idea", "ask", 2, None),
    # leaving before the others eat: "så jeg smutter, inden I går til bords" (had been asked),
    # "Jeg går hjem, inden I spiser" (had been a yes: a wrong confirmation)
    ("dinner_leaves_before_the_others_sit_down", "confirm", 1, False),
    ("dinner_goes_home_before_you_eat", "confirm", 3, False),
    # the dinner at home to be put on the table is another meal (had been yes and no: asked)
    ("dinner_home_to_put_dinner_on_the_table", "confirm", 3, False),
    # staying until the end, leaving after it (had been asked)
    ("dinner_stays_until_the_summary_then_goes", "confirm", 2, False),
    ("dinner_en_stays_until_the_meeting_is_over_then_heads_home", "confirm", 1, False),
    # no reason not to, after a topic whose verb comes before its subject: "Med hensyn til maden
    # kan jeg ikke se nogen grund til ikke at blive og spise med, så skriv mig endelig op" (had
    # been read as the topic alone: asked)
    ("dinner_no_reason_not_to_after_a_topic", "confirm", 3, True),
    # "Suppen når jeg til gengæld ikke": "til gengæld" between the verb and its negation (had been asked)
    ("dinner_fronted_meal_on_the_other_hand_not", "confirm", 1, False),
    # hunger as the reason for a yes: "... is a long time without food!" (had been yes and no: asked)
    ("dinner_en_a_long_time_without_food_is_the_reason", "confirm", 1, True),
    # "there's no way I'm saying no to the soup": a refusal negated (had been a no: a wrong
    # confirmation)
    ("dinner_en_no_way_im_saying_no", "confirm", 2, True),
    # a doubt about another meal, then "so count me out for the food" settles it (had been asked)
    ("dinner_en_count_me_out_after_a_doubt", "confirm", 3, False),
    # irony: "Som om jeg ville sige nej til gratis suppe 😄" (had been a no: a wrong confirmation)
    ("dinner_as_if_i_would_say_no", "confirm", 2, True),
    # "Jeg spiser sikkert med, men det kan jeg først sige med sikkerhed": "sikkert" beside the
    # verb is "probably" (had been a yes)
    ("dinner_sikkert_beside_the_verb_is_probably", "ask", 3, None),
    # a refusal put first, its saying negated: "Og nej tak til suppe har jeg vist aldrig sagt"
    # (had been a no: a wrong confirmation)
    ("dinner_no_thanks_never_said", "confirm", 2, True),
    # our question echoed, answered by a question asked for no answer: "Suppe? Tror du, vi
    # siger nej til mad ...? Nej, vel." (had been a no: a wrong confirmation)
    ("dinner_do_you_think_we_say_no", "confirm", 1, True),
    # "aldrig set mig ved en buffet": the negation is the seeing's (had been a no: a wrong
    # confirmation; the joke's yes is not read, so the meal is asked)
    ("dinner_never_seen_me_at_a_buffet_is_no_refusal", "ask", 3, None),
    # "Med suppen er det lidt op ad bakke": hard to make, a doubt (had been a yes: a wrong
    # confirmation)
    ("dinner_uphill_is_a_doubt", "ask", 3, None),
    # "Spiser jeg med? Hvorfor skulle jeg ikke det!" (had been a no: a wrong confirmation)
    ("dinner_why_would_i_not", "confirm", 2, True),
    # "I've already arranged to grab dinner elsewhere": another meal, whole (had been a yes:
    # a wrong confirmation)
    ("dinner_en_grab_dinner_elsewhere", "confirm", 1, False),
    # a dinner named by its occasion is another one: "I am not to miss another family dinner this
    # month, so I'll be heading straight home" (had been a yes: a wrong confirmation); "I can't miss
    # my nephew's birthday dinner that night" (had been asked)
    ("din_a_family_dinner_not_to_be_missed_en", "confirm", 1, False),
    ("din_a_birthday_dinner_one_cant_miss_en", "confirm", 2, False),
    # "Suppen: jeg kan ikke blive så længe": a short stay, no answer (had been a yes: a wrong
    # confirmation)
    ("dinner_a_short_stay_is_no_answer", "ask", 2, None),
    # "Har du nogensinde mødt en pædagog, der har sagt nej til gratis suppe?" (had been a no: a
    # wrong confirmation)
    ("dinner_ever_met_one_who_said_no", "confirm", 3, True),
    # "Med suppen er det lidt kompliceret: ... fastedage ... så giver jeg lyd, om jeg spiser med"
    # (had been a yes: a wrong confirmation)
    ("dinner_fasting_day_to_be_swapped_is_open", "ask", 2, None),
    # "Jeg spiser ellers altid gerne med, når I inviterer" beside an evening shift: a habit, no
    # answer (had been a yes, asked for the workshop); "Held og lykke med workshopperne" at its end
    # makes it a decline
    ("dinner_eats_otherwise_always_beside_a_shift", "decline", None, None),
    # "Blive til suppen? Med aftenvagt i klubben fra kl. 20? Det ville have været hyggeligt,
    # men nej": a question back answers nothing, the sentence after it does (had been a yes: a
    # wrong confirmation)
    ("dinner_a_question_back_then_the_answer", "confirm", 1, False),
    # "The soup is a trickier question. I never say no to food, but ... Let me check at home":
    # the meal called hard to answer (had been a yes: a wrong confirmation)
    ("dinner_en_a_trickier_question", "ask", 2, None),
    # the sender's own question about the meal answered with a bare yes or no in the next
    # sentence: "Am I staying for the soup afterwards? You bet." (the "I" had been read as the
    # Danish "I" asking us, and the Danish "Bliver jeg ...?" as asking us too)
    ("dinner_own_question_answered_bare_en", "confirm", 3, True),
    ("dinner_own_question_answered_bare_da", "confirm", 2, False),
    # "I'd happily have stayed for the soup as well, but I have to collect my son": what would
    # have been, a word between "I'd" and "have" (in a decline it had been a yes to the meal,
    # confirming a decline)
    ("dinner_would_happily_have_stayed_en", "confirm", 3, False),
    # "Suppen når jeg af samme grund ikke": a reason between the verb and its negation (had asked)
    ("dinner_negation_after_for_the_same_reason_da", "confirm", 3, False),
    # "når der nu bliver serveret suppe bagefter, siger jeg bestemt ikke nej tak": served as the
    # time of the answer, not food made by the sender (had asked)
    ("dinner_when_food_is_served_i_wont_say_no_da", "confirm", 3, True),
    # "we can actually help, with surplus food from the supermarkets": food as the work, no yes
    # against the no after it (had been yes and no: asked)
    ("dinner_surplus_food_is_a_topic_en", "confirm", 3, False),
    # "Jeg spiser nødig med, for ...": reluctance is a no (had been a yes)
    ("dinner_reluctant_to_say_yes_da", "confirm", 2, False),
    # "det er ingen hemmelighed, at jeg godt kan lide at spise i godt selskab. Men efter mødet
    # ... må I klare jer uden mig ved bordet": a taste told, then the sender's place at the table
    # refused (had been a yes: a wrong confirmation)
    ("dinner_a_taste_told_then_no_at_the_table_da", "confirm", 1, False),
    # "Med hensyn til suppen siger jeg ja tak, for ... har ikke fået noget siden frokost": the
    # topic ends at its verb before "jeg", and the reason's "ikke" is no answer (had been a no)
    ("dinner_topic_then_its_verb_before_i_da", "confirm", 2, True),
    # "hvis der skal laves noget med brød til en fælles grill": bread to be made is the sender's
    # trade, no meal on a condition (had been a doubt against "Spiser ikke med": asked)
    ("dinner_bread_to_be_made_is_no_meal_da", "confirm", 3, False),
    # "Ja til det hele" answers both of the invitation's yes-or-no things (had asked)
    ("dinner_yes_to_all_of_it_da", "confirm", 2, True),
    # "Ellers tager jeg bare min egen mad med": one's own food as a fallback, the yes stands
    # (had been a doubt: asked)
    ("dinner_own_food_as_a_fallback_da", "confirm", 2, True),
    # "Suppen springer jeg over – det er ramadan, så jeg spiser først, når solen er gået ned":
    # eating later is the reason, no yes (had been yes and no: asked)
    ("dinner_eating_later_as_the_reason_da", "confirm", 3, False),
    # "PS. Kom lige i tanke om, at jeg ikke svarede på det med suppen: ja tak": a question left
    # unanswered is no no (had been yes and no: asked)
    ("dinner_the_unanswered_meal_answered_in_a_ps_da", "confirm", 3, True),
    # "Min suppe må I gerne give til en anden": one's portion given away is a no (had been a
    # yes: a wrong confirmation)
    ("dinner_my_portion_to_someone_else_da", "confirm", 1, False),
    # "I'm hosting a dinner party at home that same evening, ... please don't set a plate for
    # me": another meal given, and a plate refused (had been yes and no: asked)
    ("dinner_en_hosting_another_dinner", "confirm", 3, False),
    # "🍴❌": a picture answered by a cross on its line is one sentence, a no (had asked)
    ("dinner_a_picture_answered_by_a_cross_da", "confirm", 3, False),
    # four wrong confirmations of the meal in round six: "I'll confirm the soup part before
    # the 20th"; "Suppen er vi ikke helt afklarede med endnu" (several, not yet settled);
    # "Bliver der lavet noget plantebaseret? Så spiser jeg meget gerne med" (a yes waiting for
    # our answer about a diet); a colleague's quoted words "... og spiser med bagefter"
    ("dinner_en_meal_to_be_confirmed_later", "ask", 3, None),
    ("dinner_several_not_yet_settled_da", "ask", 2, None),
    ("dinner_yes_once_a_diet_question_is_answered_da", "ask", 1, None),
    ("party_a_colleagues_quoted_words_are_hers_da", "ask", 1, None),
    # "når ikke at spise noget inden, så jeg er glad for, at der er suppe bagefter": hunger as
    # the reason, no no (had been yes and no: asked)
    ("dinner_no_time_to_eat_before_is_hunger_da", "confirm", 2, True),
    # ""Nej tak til suppen" – sagde ingen nogensinde": words nobody says (had been yes and no)
    ("dinner_what_nobody_says_da", "confirm", 3, True),
    # "Jeg skal dog gå inden suppen. Jeg har lovet ungerne, at vi spiser aftensmad sammen kl.
    # 18.45": a meal promised at home (had been yes and no: asked)
    ("dinner_a_meal_promised_at_home_da", "confirm", 2, False),
    # "At spise med når jeg til gengæld ikke": a two-word particle between the verb and its
    # negation (had been a yes: a wrong confirmation)
    ("dinner_fronted_infinitive_til_gengaeld_da", "confirm", 3, False),
    # two wrong confirmations of round eight: "så jeg tager en sandwich med hjemmefra til
    # toget" (food from home, now no answer: asked) and "jeg vil bestemt ikke snydes for
    # suppen" (cheated of it, negated: a yes; had been a no)
    ("dinner_food_from_home_for_the_train_da", "ask", 2, None),
    ("dinner_not_to_be_cheated_of_it_da", "confirm", 1, True),
    # "Den her ↓" typed above the quoted Naboskab points down, not at Byhaver above it (had
    # confirmed Byhaver: a wrong confirmation; the heading below is not read yet, so it asks)
    ("ws_pointing_down_at_the_next_heading_da", "ask", None, False),
    # "Jeg skal dog nå hjem til aftensmaden": the meal at home to be back for (had been a yes:
    # a wrong confirmation)
    ("dinner_home_for_dinner_there_da", "confirm", 2, False),
    # "jeg går altså ikke hjem, før der er spist": the leaving negated in the clause before
    # "før" (had been a no: a wrong confirmation)
    ("dinner_not_going_home_before_the_meal_da", "confirm", 2, True),
    # "For the soup, I will not be able to stay": the meal as a topic before a comma, answered
    # after it (had been left unanswered: asked)
    ("dinner_for_the_meal_comma_then_the_answer_en", "confirm", 3, False),
    # "Angående suppen har jeg allerede meldt ud derhjemme, at de må klare sig selv den aften":
    # home is where it was said, and the family left to fend for itself is a yes (had been a no:
    # a wrong confirmation)
    ("dinner_family_left_to_fend_for_themselves_da", "confirm", 3, True),
    # "You also asked about the soup afterwards. How could I say no?": our question told back as
    # a topic, answered by a question that asks nothing (had been a question, the meal open)
    ("dinner_asked_about_then_a_rhetorical_yes_en", "confirm", 3, True),
    # "så jeg nøjes med at være med til selve mødet" (had left the meal open: asked)
    ("dinner_only_the_meeting_while_fasting_da", "confirm", 2, False),
    # "Tusind tak for invitationen og for tilbuddet om suppe bagefter", then "melde pas": thanks
    # for something else is no "tak" to the meal (had been a yes: coming and not, reviewed)
    ("dinner_thanks_for_the_offer_in_a_decline_da", "decline", None, None),
    # "The soup sounds lovely, and thank you so much for offering, but I'm afraid I'll have to
    # pass on it this time": the meal passed over past an addition of thanks (had declined coming)
    ("dinner_praised_thanked_then_passed_en", "confirm", 1, False),
    # yes by implication (each had left the meal open: asked): counted in the order ("tænk lige
    # på mig, når I bestiller maden"), going home hungry refused ("jeg har ikke tænkt mig at gå
    # sulten hjem"), first in the queue ("Whatever you're serving, I'll be first in the queue")
    ("dinner_remembered_when_ordering_da", "confirm", 2, True),
    ("dinner_not_going_home_hungry_da", "confirm", 3, True),
    ("dinner_first_in_the_queue_en", "confirm", 1, True),
    # no by implication (each had left the meal open: asked): leaving at the thanks for the day
    # ("så jeg kører, så snart I har sagt tak for i dag"), water only ("så jeg holder mig til
    # vand, mens I andre spiser")
    ("dinner_leaving_at_the_thanks_for_the_day_da", "confirm", 3, False),
    ("dinner_water_only_while_the_others_eat_da", "confirm", 1, False),
    # "I honestly can't think of a single reason not to stay for it": two negations, one yes (had
    # been a no: a wrong confirmation)
    ("dinner_not_a_single_reason_not_to_en", "confirm", 2, True),
    # "The soup is a bit up in the air ... If it falls through, I'll happily eat with you lot"
    # (had been a yes: confirmed)
    ("dinner_up_in_the_air_en", "ask", 2, None),
    # "tak fordi I altid sørger for så god mad til jeres møder" beside "nødt til at sige fra":
    # praise, no yes (had been coming and not: reviewed)
    ("dinner_praise_for_the_meals_of_other_meetings_da", "decline", None, None),
    # no by implication (each had left the meal open: asked): "So I'll be heading home hungry",
    # "I'll be slipping out the door as soon as you wrap up"
    ("dinner_heading_home_hungry_en", "confirm", 3, False),
    ("dinner_slipping_out_as_you_wrap_up_en", "confirm", 2, False),
    # "så det står mellem jeres suppe og en kold pizza derhjemme. Jeg vælger jeres": a choice
    # between two meals, the one at home no refusal (had been a no: a wrong confirmation; the
    # "jeres" after it is not read, so asked)
    ("dinner_between_ours_and_a_cold_pizza_da", "ask", 3, None),
    # "Jeg har allerede meldt afbud til aftensmaden derhjemme, så sæt bare en tallerken frem til
    # mig": the meal at home called off is neither a refusal of ours nor a decline (had been
    # yes and no: asked)
    ("dinner_the_meal_at_home_called_off_da", "confirm", 2, True),
    # yes by a portion or a mouth counted (each had left the meal open: asked): "så husk lige en
    # vegetarisk portion til mig", "så I kan regne med to ekstra munde", "og jeg tager sulten med"
    ("dinner_a_portion_for_me_da", "confirm", 3, True),
    ("dinner_two_extra_mouths_da", "confirm", 2, True),
    ("dinner_bringing_the_appetite_da", "confirm", 1, True),
    # no by implication (each had left the meal open: asked): "I'll be out the door the minute you
    # wrap up", "save my portion for someone hungrier!", "I've promised to be home for dinner
    # that night"
    ("dinner_out_the_door_the_minute_you_wrap_up_en", "confirm", 3, False),
    ("dinner_my_portion_saved_for_another_en", "confirm", 1, False),
    ("dinner_promised_to_be_home_for_dinner_en", "confirm", 2, False),
    # "Enjoy your lunch - and see you on the 24th!": an "and" joins the meal only in its own
    # clause (had been a yes: a confirmation of a meal nobody answered)
    ("dinner_enjoy_your_lunch_and_see_you_en", "ask", 2, None),
    # stop 47 (each had asked): cooking negated or spared is nobody's, and the meal ours to
    # answer ("I never turn down a meal I didn't have to cook myself!", "ja tak til suppen så
    # slipper jeg for at lave mad til mig selv")
    ("dinner_a_meal_nobody_here_cooks_en", "confirm", 2, True),
    ("dinner_spared_the_cooking_da", "confirm", 3, True),
    # (not the cooks' cooking: "så I skal ikke lave suppe til mig" is no yes; had been one with
    # the first version of this rule)
    ("dinner_you_need_not_cook_for_me_da", "ask", 2, None),
    # a place spared, a portion given to one who is hungrier: "så I kan godt spare en kuvert",
    # "Min portion må I gerne give til en, der er sultnere end mig"
    ("dinner_a_place_spared_da", "confirm", 1, False),
    ("dinner_my_portion_to_someone_hungrier_da", "confirm", 2, False),
    # politeness, no condition: "if there is enough to go around"
    ("dinner_enough_to_go_around_en", "confirm", 3, True),
    # a dinner elsewhere, its subject after the verb: "så der skal jeg til middag i Taastrup"
    ("dinner_a_dinner_elsewhere_verb_first_da", "confirm", 3, False),
    # "Jeg må desværre melde afbud ... nej vent, det er kun til suppen": the decline narrowed to
    # the meal (critical: its "til" had been a yes)
    ("dinner_a_decline_narrowed_to_the_meal_da", "confirm", 3, False),
    # "I'll have to see on the day how the trains look, so please don't count on me for that yet"
    # (its "please" had been a yes: confirmed)
    ("dinner_have_to_see_on_the_day_not_yet_en", "ask", 2, None),
    # "Soup? Nah, gotta pick up my daughter" (had asked); "Meeting and workshop: yes to both ...
    # No to the soup though": both of what the heading names (had been a yes and a no: asked)
    ("dinner_nah_after_the_meal_asked_en", "confirm", 1, False),
    ("dinner_both_of_the_heading_not_the_meal_en", "confirm", 3, False),
    # "PS: Glem det med maden – ..., så jeg bliver og spiser med alligevel" (had been a yes and
    # a no: asked)
    ("dinner_forget_what_i_said_of_the_meal_da", "confirm", 3, True),
    # ... and after a yes with nothing answered after it, a no: "og jeg spiser med. PS: Glem det
    # med maden – ... Så kun workshoppen."
    ("dinner_forget_the_meal_after_a_yes_da", "confirm", 3, False),
    # "Og suppe bagefter? Nej, hvor lyder det godt, jeg bliver!": delight, no no (critical: had
    # been a no)
    ("dinner_nej_hvor_as_delight_da", "confirm", 3, True),
    # "Kl. 19 sidder jeg ... på cyklen mod Roskilde ..., så jeg forsvinder lige efter
    # opsummeringen" (had asked)
    ("dinner_gone_right_after_the_summary_da", "confirm", 3, False),
    # "Hvad angår suppen, kan jeg desværre ikke give et endeligt svar endnu" leaves it open (had
    # been a no: a wrong confirmation)
    ("dinner_no_final_answer_yet_da", "ask", 2, None),
    # the time it is served as the meal: "og bliver gerne hængende, når I serverer" (had asked)
    ("dinner_stays_on_when_it_is_served_da", "confirm", 2, True),
    # "så jeg må løbe, lige når I siger tak for i dag" (had asked)
    ("dinner_runs_off_as_you_say_thanks_da", "confirm", 3, False),
    # how long after the meal: "Jeg kan ikke blive ret længe efter maden ... og jeg spiser gerne
    # med" (had been a no and a yes: asked)
    ("dinner_not_long_after_the_meal_da", "confirm", 2, True),
    # staying on while the others eat is no yes: "nej tak fra mig ... og jeg bliver gerne lidt og
    # snakker, mens I andre spiser" (had been a yes and a no: asked)
    ("dinner_staying_on_while_the_others_eat_da", "confirm", 2, False),
    # "Suppen må I gerne gi til en anden – ska direkte videre": "gi" and "ska" as said
    # (critical: had been a yes)
    ("dinner_spoken_gi_and_ska_da", "confirm", 2, False),
    # "Og jeg sætter mig gerne til bords bagefter" (had asked); "it'll have to be eat and run,
    # minus the eating" (critical in effect: had been a yes)
    ("dinner_takes_a_seat_at_the_table_gladly_da", "confirm", 3, True),
    ("dinner_eat_and_run_minus_the_eating_en", "ask", 1, None),
    # "No need to order anything for me, but I'm happy to stay on and chat while the rest of you
    # eat" (critical: had been a yes); "Jeg tager workshop 1 og spiser med. Faktisk nej, ...";
    # "så jeg regner med at blive fodret hos jer"
    ("dinner_stays_to_chat_while_the_rest_eat_en", "confirm", 2, False),
    ("dinner_faktisk_nej_takes_the_meal_back_da", "confirm", 1, False),
    ("dinner_counting_on_being_fed_da", "ask", None, True),
    # "Hvis der går et tog efter kl. 19.30, bliver jeg og spiser med – ellers må jeg gå 18.30",
    # "If there is a late train ..., I'll stay for the soup": a condition before the yes leaves
    # it open as one after it does (critical: both had been yes); "men må gå ved 18-tiden"
    ("dinner_a_condition_before_the_yes_da", "ask", 3, None),
    ("dinner_a_condition_before_the_yes_en", "ask", 1, None),
    ("dinner_leaving_at_about_an_hour_da", "confirm", 2, False),
    # "Tak for tilbuddet om suppe, men jeg når ikke at blive" (critical: had been a yes, the
    # stay verb at the end read without its negation); "I'd hardly say no to supper"
    ("dinner_thanks_for_the_offer_but_not_staying_da", "confirm", 2, False),
    ("dinner_hardly_say_no_to_supper_en", "confirm", 2, True),
    # nothing to stop one: "no allergies, no dietary requirements and no excuses - I'm staying", "ingen
    # allergier, ingen særlige hensyn og ingen undskyldninger – jeg bliver" (critical: both had
    # confirmed a no)
    ("din_no_excuses_im_staying_en", "confirm", 3, True),
    ("din_no_excuses_im_staying_da", "confirm", 3, True),
    # "Hov, rettelse til det sidste: ..., så suppen ved jeg ikke endnu. Byhaver står fast": the
    # workshop kept, not "det sidste" (the last thing said, no third workshop)
    ("dinner_kept_workshop_after_a_correction_of_the_meal_da", "ask", 2, None),
    # "I'll probably have to rush off straight after the wrap-up, so no soup for me": the answer
    # drawn after a hedged doubt settles it; "det er nu engang der, vi har vores erfaringer fra –
    # og vi bliver begge og spiser bagefter" ("nu engang" is no other occasion)
    ("dinner_probably_leaving_so_no_dinner_en", "confirm", 3, False),
    # ... or after what would have been: "I'd stay for the soup if I weren't catching an evening flight
    # to Aalborg that day, so no soup for me", "Jeg ville også elske at blive og spise med, men ..., så
    # suppen må I nyde uden mig denne gang" (both had asked)
    ("din_would_stay_if_not_for_a_flight_so_no_en", "confirm", 3, False),
    ("din_would_love_to_but_then_so_no_da", "confirm", 2, False),
    ("dinner_after_all_is_no_other_occasion_da", "confirm", 1, True),
    # "Til sommerafslutningen i juni ... spiser jeg til gengæld gerne med": another event's meal
    ("dinner_yes_for_another_event_da", "confirm", 1, False),
    # "Vi spiser gerne med, hvis der er noget vegetarisk – er der det? Ellers går vi hjem efter
    # opsummeringen": leaving is the other branch, not the answer (critical: had been a no); "Det
    # vil jeg gerne byde ind med" after a business of soup and catering answers nothing
    # (critical: had been a yes)
    ("dinner_vegetarian_or_else_home_da", "ask", 3, None),
    ("dinner_something_to_contribute_is_no_answer_da", "ask", 2, None),
    # "og personalet spiser med ved fællesbordet kl. 12": the staff's own meal (critical: had been
    # a yes); "I'll stick around for a bite afterwards as well, if that's still on offer"
    ("dinner_the_staffs_lunch_is_not_ours_da", "ask", 2, None),
    ("dinner_if_still_on_offer_is_politeness_en", "confirm", 3, True),
    # "..., at han springer suppen over. Det gør jeg ikke :-)": after another's refusal the
    # pro-form stands for the refusal (critical: had been a no); "Jeg spiser altid med, når vi
    # holder fællesspisning ... om torsdagen" is another day's meal (critical: had been a yes)
    ("dinner_the_other_skips_i_do_not_da", "confirm", 3, True),
    ("dinner_a_habit_on_another_weekday_da", "ask", 2, None),
    # "Suppen bagefter kan jeg næppe sige nej til": a refusal hardly said is a yes (critical:
    # confirmed with no meal)
    ("dinner_hardly_say_no_da", "confirm", 2, True),
    # "About the soup afterwards: I wasn't sure at first, ... So yes, please count me in for
    # it": a doubt told of the past is no refusal (critical: confirmed with no meal)
    ("dinner_was_not_sure_at_first_en", "ask", 1, None),
    # "Hvis der bliver serveret mad, spiser jeg gerne med": the meal the invitation offers is
    # no condition (had been asked) ...
    ("dinner_if_food_is_served_as_offered_da", "confirm", 3, True),
    # ... but a meal of its own kind is: "Hvis der er mad til veganere, spiser jeg gerne med"
    ("dinner_if_food_for_vegans_is_a_condition_da", "ask", 3, None),
    # "Spise med bagefter gør jeg ikke": the verb fronted, "gør" standing for it (critical:
    # confirmed with the meal)
    ("dinner_eating_fronted_then_not_done_da", "confirm", 2, False),
    # "Mht. suppen: tak, men madpakken er smurt – ... og spiser i bilen på vej derud" (critical:
    # confirmed with the meal; then asked, a thanks and a no in one; the meal eaten on the way
    # is no answer, so the thanks and its "men" refuse)
    ("dinner_my_packed_lunch_is_made_da", "confirm", 2, False),
    # "wild horses couldn't drag me away from the soup" (critical: confirmed with no meal)
    ("dinner_wild_horses_could_not_drag_me_away_en", "confirm", 2, True),
    # "I won't be staying for the soup... actually, scratch that, I will": the verb left out
    # after a change of mind (critical: confirmed with no meal)
    ("dinner_scratch_that_i_will_en", "confirm", 3, True),
    # "Jeg har cøliaki ... Kan der tages hensyn til det? Hvis ikke, spiser jeg bare hjemme": the
    # no waits for our answer (had been confirmed with no meal)
    ("dinner_a_diet_asked_about_if_not_at_home_da", "ask", 1, None),
    # "Jeg skal dog hjem inden suppen, så regn ikke med mig til den": the meal pointed back to
    # after the refusal (had been declined)
    ("dinner_not_counted_on_for_it_after_the_meal_da", "confirm", 2, False),
    # "Min kollega Søren spurgte, om jeg ikke bare skulle blive til den ... Nej, ikke den her
    # gang – jeg har lovet min datter Tivoli kl. 19": another's question told, answered by the
    # sender's no (critical: confirmed with the meal; then asked; a no now, read like the sender's
    # own question answered)
    ("dinner_a_colleagues_question_then_no_da", "confirm", 2, False),
    # "I'll stay for dinner... actually, scratch that, I won't": the verb left out refuses the
    # meal named before it, not coming (had been reviewed as both coming and not)
    ("dinner_scratch_that_i_will_not_en", "confirm", 2, False),
    # stop 69: "strike that" as "scratch that": "I won't be able to stay for the soup – actually, strike
    # that. ... so I can stay after all. Soup yes, please." (had asked, yes and no)
    ("din_no_then_strike_that_yes_en", "confirm", 2, True),
    # "And I won't be able to resist the soup either ;)" (critical: had confirmed a no)
    ("din_cannot_resist_the_soup_en", "confirm", 1, True),
    # "without" written short: "urban gardens (WS2), w/o soup please" (critical: "soup please" had been a yes)
    ("din_without_written_short_en", "confirm", 2, False),
    # the stay said again as what would have been anyway: "Og jeg bliver til suppen – det var jeg nu også
    # blevet uanset hvad" (critical: had confirmed a no)
    ("din_stayed_anyway_said_again_da", "confirm", 1, True),
    # "Byhaver. Og ja tak til det sidste": the invitation's last question is the meal, and "det
    # sidste" (a thing, not "den sidste") is no workshop (had been asked as 2 or 3)
    ("dinner_yes_to_the_last_thing_asked_da", "confirm", 2, True),
    ("dinner_no_to_the_latter_en", "confirm", 1, False),
    # "Jeg er ikke den store spiser om aftenen, men lidt tager jeg gerne": how much one eats is
    # no refusal (critical: confirmed without the meal; now asked)
    ("dinner_not_a_big_eater_da", "ask", 2, None),
    # "ingen af os har tænkt sig at gå glip af suppen": the words of intending between the
    # negation and the refusal are not counted in its reach (critical: confirmed without the meal)
    ("dinner_none_of_us_intends_to_miss_it_da", "confirm", 2, True),
    # "vinkel 2 - nejtak til suppe": "nej tak" written as one word (critical: confirmed with the meal)
    ("dinner_nejtak_written_together_da", "confirm", 2, False),
    # "it's our bread and butter" is work, no meal, beside "don't count me for the soup" (had
    # been asked as yes and no)
    ("dinner_bread_and_butter_is_no_meal_en", "confirm", 2, False),
    # "Suppen dropper jeg ikke": the negation right after the verb of refusing and its subject
    # cancels it (critical: confirmed without the meal)
    ("dinner_not_dropped_negation_after_the_verb_da", "confirm", 3, True),
    # a note under the whole of our unmarked Outlook original, opened by the sender's first name:
    # "Elena again – ... please scratch the soup for me" (critical: confirmed with the meal)
    ("quote_own_name_note_under_the_outlook_original_en", "confirm", 2, False),
    # "Jeg skulle lige til at skrive, at jeg spiser med, men ...": a yes nearly written is
    # reported, and the no after it answers (had been asked as yes and no)
    ("dinner_nearly_written_then_no_da", "confirm", 3, False),
    # the meal wished for, then a clash, then a short clause pointing back that denies managing
    # it: "..., men jeg har vagt fra kl. 19, så det når jeg desværre ikke" (critical: confirmed
    # with the meal), "... og når det desværre ikke" (had been reviewed as not coming); not a
    # clause of how long: "så det bliver ikke så længe" (asked)
    ("dinner_wished_then_not_managed_further_on_da", "confirm", 1, False),
    ("dinner_wished_then_not_managed_subject_left_out_da", "confirm", 1, False),
    ("dinner_eats_but_not_for_long_da", "ask", 2, None),
    # 'Mit "ja tak til suppe" i går var en fejl', 'My "yes to the soup" yesterday was a mistake':
    # an answer told and taken back is reported, and the one after it answers (both had been
    # asked as yes and no)
    ("dinner_a_yes_quoted_as_a_mistake_da", "confirm", 1, False),
    ("dinner_a_yes_quoted_as_a_mistake_en", "confirm", 1, False),
    # a table typed with "|" between its cells and a rule under its headings: "Navn | Workshop
    # | Suppe" over "Lone Holm | 2 | ja" (had been asked about both)
    ("forms_a_table_typed_with_pipes_da", "confirm", 2, True),
    # "Til suppen må jeg sige tak, men nej tak: ..." (critical: confirmed with the meal)
    ("dinner_thanks_but_no_thanks_da", "confirm", 3, False),
    # "As for the soup, please put me down as a maybe for now": a doubt in a sentence headed by
    # the meal is the meal's (had been reviewed as doubt of coming, with a yes to the meal)
    ("dinner_a_maybe_under_the_meal_as_topic_en", "ask", 2, None),
    # "Er det sandwich, springer jeg nok over, men bliver der serveret varm suppe, bliver jeg
    # gerne": a condition in the word order of a question (had been reviewed as not coming)
    ("dinner_skipped_on_an_inverted_condition_da", "ask", 2, None),
    # a signature with a blank line under the name, then title, place and a tagline offering a
    # meal: "Fællesspisning hver torsdag kl. 18 – alle kan spise med for 45 kr." run on from its
    # lines is the signature's (had confirmed the meal as the sender's yes)
    ("quote_signature_tagline_after_a_blank_offers_a_meal_da", "ask", 2, None),
    # "Suppe? Ja – hvis der er et vegetarisk alternativ. Er der det?": the yes under our
    # question echoed, on a condition then asked about (had confirmed the meal)
    ("dinner_yes_under_the_question_on_a_condition_asked_about_da", "ask", 2, None),
    # requests asked as questions sign up: "Må jeg bede om en plads i workshoppen om byhaver? Og
    # kunne I samtidig regne med mig til suppen?" (had been reviewed as a question), "Og må jeg
    # også stå på listen til suppen bagefter?" (asked); leave asked to skip the meal refuses it:
    # "Would it be alright if I skip the soup afterwards?", "Er det i orden, at jeg springer
    # suppen over?" (both asked)
    ("intent_a_place_asked_for_politely_da", "confirm", 2, True),
    ("dinner_on_the_list_for_the_meal_asked_da", "confirm", 1, True),
    ("dinner_leave_asked_to_skip_it_en", "confirm", 1, False),
    ("dinner_leave_asked_to_skip_it_da", "confirm", 2, False),
    # a no on a condition after it: "Jeg springer suppen over, hvis jeg ikke kan finde en
    # babysitter" (had confirmed the no); not one of a few words ("..., hvis der er")
    ("dinner_skipped_on_a_condition_da", "ask", 2, None),
    # "Der er ingen grund til, at vi ikke skulle blive og spise suppe bagefter": no reason why
    # not, with its own subject (critical: confirmed without the meal)
    ("dinner_no_reason_that_we_should_not_da", "confirm", 2, True),
    # "jeg spiser ikke hjemme den aften – ..., så jeg tager imod jeres suppe med kyshånd": not
    # eating at home refuses nothing of ours (had been asked as yes and no)
    ("dinner_not_eating_at_home_that_evening_da", "confirm", 1, True),
    # "Af de tre workshops tager jeg den første, og så må jeg sige nej tak til det andet": the
    # invitation's second question is the meal (had been reviewed as not coming)
    ("dinner_no_thanks_to_the_second_thing_da", "confirm", 1, False),
    # "Workshop 2. ... PS: ... workshop 3 passer faktisk meget bedre ... Så sæt mig på den i
    # stedet for 2": a pointer back with "i stedet" in its clause gives up all before it (asked)
    ("ws_pointer_instead_in_a_postscript_da", "confirm", 3, True),
    # a no for now: "please don't count on me for soup yet", "Regn ikke med mig til suppen
    # endnu" (both had confirmed no)
    ("dinner_a_no_for_now_en", "ask", 2, None),
    ("dinner_a_no_for_now_da", "ask", 2, None),
    # ordering for the sender refused, the meal understood: "I skal ikke bestille noget til mig"
    # (had been asked); beside a seat at the table, "Jeg har min egen mad med ..., så I skal ikke
    # bestille til mig - men jeg sidder gerne med ved bordet bagefter", yes and no (had confirmed a yes)
    ("dinner_no_order_for_me_da", "confirm", 1, False),
    ("dinner_own_food_no_order_but_a_seat_at_the_table_da", "ask", 2, None),
    # staying past the meeting's end: "bliver gerne hængende, når det faglige program er slut",
    # "I can stay on after the summary as well" (both had been asked)
    ("dinner_staying_past_the_end_da", "confirm", 3, True),
    ("dinner_staying_past_the_end_en", "confirm", 1, True),
    # ... by the clock: "I'll stay on after 19.30 too"; leaving when it is over: "smutter, så snart
    # opsummeringen er overstået"; what comes after: "jeg bliver ikke til det, der kommer efter"
    # (each had been asked)
    ("dinner_staying_past_the_end_by_the_clock_en", "confirm", 2, True),
    ("dinner_leaving_when_the_summary_is_over_da", "confirm", 1, False),
    ("dinner_not_staying_for_what_comes_after_da", "confirm", 3, False),
    # the part of the evening after the meeting, refused: "please don't count me in for the
    # get-together afterwards" (had declined), "Den uformelle del efter mødet springer jeg over"
    # (had been coming and not)
    ("dinner_the_get_together_refused_en", "confirm", 3, False),
    ("dinner_the_informal_part_skipped_da", "confirm", 2, False),
    # signed off it: "Du må gerne afmelde mig suppen, jeg har fået aftenvagt. Men jeg kommer stadig
    # til mødet, og jeg tager Byhaver." (critical: its "gerne" had confirmed a yes)
    ("dinner_signed_off_the_meal_da", "confirm", 2, False),
    # a joiner after a thing it describes: "Bo har i øvrigt en idé om en café med mad fra vores
    # køkkenhave", "we run a small café with food from our allotment" (had confirmed a yes)
    ("din_a_thing_with_food_described_da", "ask", 2, None),
    ("din_a_thing_with_food_described_en", "ask", 1, None),
    # a refusal called folly, or one that would take force: "jeg ville da være tosset, hvis jeg
    # gik glip af den", "I'd be nuts to skip the soup", "you'd have to physically remove me from
    # the building to stop me", "... to keep me away from the soup!" (all critical: had
    # confirmed a no)
    ("din_a_refusal_called_folly_da", "confirm", 2, True),
    ("din_a_refusal_called_folly_en", "confirm", 3, True),
    ("din_a_refusal_that_would_take_force_en", "confirm", 1, True),
    ("din_kept_away_from_the_meal_only_by_force_en", "confirm", 2, True),
    # too good to refuse: "det lyder da alt for godt til at takke nej til" (critical: had confirmed
    # a no), "sounds far too good to turn down" (a guard)
    ("din_too_good_to_refuse_da", "confirm", 3, True),
    ("din_too_good_to_refuse_en", "confirm", 3, True),
    # the meal put first, the sender in on it: "suppen efter mødet er jeg helt sikkert med til" (had
    # been no answer)
    ("din_the_meal_fronted_i_am_in_on_it_da", "confirm", 2, True),
    # a no answered back, then settled again in a later sentence: "Jeg spiser ikke med. Jo, det gør
    # jeg – ... Nej, ... Det står fast: ingen suppe til mig." (critical: had confirmed a yes)
    ("din_answered_back_then_settled_again_da", "confirm", 3, False),
    # what the sender was first going to write is no answer: "Jeg ville først skrive nej tak til
    # suppen, fordi ... Men hvorfor ikke bare spørge: jeg spiser med uanset hvad – kan I lave en
    # glutenfri portion til mig?" (critical: had confirmed a no)
    ("din_what_one_was_first_going_to_write_da", "ask", 2, None),
    # "suppen bagefter har jeg ikke tænkt mig at snyde mig selv for" (critical: had confirmed a no)
    ("din_not_cheating_oneself_of_it_da", "confirm", 2, True),
    # no reason seen not to, with a subject of its own: "Jeg kan ikke se nogen grund til, at jeg ikke
    # skulle blive og spise suppe med" (critical: had confirmed a no)
    ("din_no_reason_seen_not_to_with_a_subject_da", "confirm", 3, True),
    # another meal negated says nothing of ours: "Jeg når næppe at få noget at spise inden mødet,
    # så en skål suppe bagefter vil være særdeles velkommen" (critical: had confirmed a no)
    ("din_hardly_eating_before_the_meeting_da", "confirm", 2, True),
    ("din_not_eating_before_says_nothing_da", "ask", 1, None),  # "Jeg når næppe at spise inden mødet" alone
    ("din_most_welcome_en", "confirm", 3, True),  # "a bowl of soup afterwards would be most welcome"
    # stop 69: "I'm vegan, so a plant-based bowl would be much appreciated" (had asked about the meal)
    ("din_a_plate_would_be_appreciated_en", "confirm", 3, True),
    # an idiom of doubt, no yes: "The soup sounds almost too good to be true, but I have to leave at
    # seven" (critical: had confirmed a yes)
    ("din_too_good_to_be_true_then_leaving_en", "confirm", 2, False),
    # too good to refuse, of the meal itself: "Suppen lyder alt for god til at sige nej til" (critical:
    # had confirmed a no)
    ("din_too_good_common_gender_da", "confirm", 1, True),
    # a doubt given up is no answer: "I didn't think I'd be able to stay for the soup, ... so I can
    # stay after all. Please count me in for the soup." (had been yes and no)
    ("din_didnt_think_i_could_then_can_en", "confirm", 2, True),
    # ... nor a plan given up: "Jeg havde egentlig tænkt at droppe suppen, men ... så siger jeg da
    # ikke nej tak" (critical: had confirmed a no; the yes after the "men" names no meal, so it is asked)
    ("din_had_thought_to_drop_it_da", "ask", 3, None),
    ("din_pope_catholic_without_a_question_mark_da", "confirm", 1, True),  # "Og suppe bagefter? Er paven katolsk 😂" (had asked)
    ("din_jumping_on_the_meal_da", "confirm", 3, True),  # "Og jeg hopper gladeligt med på maden bagefter." (had asked)
    # "Soup sounds great, but I've got an 8pm ..., so I'll have to bail right after the wrap-up." (had asked)
    ("din_sounds_great_but_bail_en", "confirm", 3, False),
    ("din_if_you_twist_my_arm_en", "confirm", 2, True),  # "Soup? Well, if you twist my arm... Yes please" (had been undecided)
    ("din_rarely_says_no_da", "confirm", 3, True),
    # "hvis det kan lade sig gøre" with an infinitive after it is a condition, no politeness: "Jeg
    # spiser gerne suppe med, hvis det kan lade sig gøre at komme lidt senere til maden", "I'd love
    # to stay for the soup if it's possible to join a bit later" (both had confirmed a yes); and a no
    # answered back with a condition after it: "Jeg spiser ikke med – jo, det vil jeg faktisk gerne,
    # hvis jeg kan nå tilbage fra træningen" (critical: had confirmed a yes)
    ("din_yes_if_it_can_be_done_to_come_later_da", "ask", 2, None),
    ("din_yes_if_possible_to_join_later_en", "ask", 2, None),
    ("din_no_turned_to_a_yes_on_a_condition_da", "ask", 2, None),
    # ... but one of time stays polite, its infinitive the answer itself: "så jeg bliver alligevel og
    # spiser med, hvis det ikke er for sent at sige til!" (had asked, after the rule above)
    ("din_yes_if_not_too_late_to_say_so_da", "confirm", 3, True),
    # no need to say it twice, a yes: "Gratis suppe efter mødet? Det skal man da ikke sige to gange
    # til mig" (critical: had confirmed a no)
    ("din_no_need_to_say_it_twice_da", "confirm", 2, True),
    # not to be forgotten, a yes: "Ikke Regnvand, men Naboskab – og suppen ikke at forglemme!", "... -
    # and not forgetting the soup afterwards!" (both critical: had confirmed a no); a dare: "Soup
    # afterwards? Try and stop me." (had asked)
    ("din_the_meal_not_to_be_forgotten_da", "confirm", 3, True),
    ("din_not_forgetting_the_soup_en", "confirm", 3, True),
    ("din_try_and_stop_me_en", "confirm", 2, True),
    # a habit, then "men ... denne gang" with a pro-form: "Jeg siger aldrig nej til gratis suppe, men det
    # bliver jeg nødt til denne gang" (critical: had confirmed a yes)
    ("din_habit_then_this_time_by_a_pro_form_da", "ask", 1, None),
    # a refusal negated: "..., så det skal ikke forhindre mig i at blive til suppen" (critical: had
    # confirmed a no)
    ("din_nothing_keeps_me_from_it_da", "confirm", 3, True),
    # the idiom negated with the meal between: "Jeg lader da ikke gratis suppe gå min næse forbi"
    # (critical: had confirmed a no)
    ("din_free_food_not_let_past_my_nose_da", "confirm", 1, True),
    # refused in other words: "Suppen melder jeg til gengæld pas på" (words between), "I kan spare en
    # kuvert på mig", "I can happily do without the soup this time" (all had asked); no twisting
    # needed: "Soup? You don't have to twist my arm." (critical: had confirmed a no)
    ("din_passed_on_with_words_between_da", "confirm", 2, False),
    ("din_a_place_spared_on_me_da", "confirm", 3, False),
    ("din_can_do_without_en", "confirm", 1, False),
    ("din_no_need_to_twist_my_arm_en", "confirm", 2, True),
    # a kind the sender denies being, its relative clause after a comma: "jeg er ikke typen, der siger
    # nej til en god suppe" (had asked: the clause had been read as others' eating); a bare "whether
    # I can stay" after the meal's sentence: "Jeg spiser gerne med … men om jeg kan blive, afhænger
    # af ..." (critical: had confirmed a yes)
    ("din_not_the_type_who_says_no_da", "confirm", 3, True),
    ("din_yes_then_whether_i_can_stay_da", "ask", 2, None),
    # places counted at the table: "please make it one fewer for the soup" (critical: had confirmed a
    # yes), "så I må regne med en kuvert mindre" (had asked), "I må gerne sætte to tallerkener frem
    # til os" (had asked)
    ("din_one_fewer_for_the_soup_en", "confirm", 1, False),
    ("din_one_place_fewer_da", "confirm", 3, False),
    ("din_two_plates_set_out_da", "confirm", 2, True),
    # leave asked not to eat, the meal being ours to offer and theirs to skip: "Er det ok, at jeg ikke
    # spiser med bagefter?", "Må jeg godt springe suppen over?", "Er det et problem, hvis jeg springer
    # suppen over?", "Would it be a problem if I skipped the soup?", "Would it be terribly rude of me to
    # skip the soup?" (all had asked)
    ("din_leave_asked_not_to_eat_da", "confirm", 2, False),
    ("din_leave_asked_to_skip_it_da", "confirm", 1, False),
    ("din_leave_asked_on_a_condition_da", "confirm", 3, False),
    ("din_would_it_be_a_problem_if_i_skipped_en", "confirm", 3, False),
    ("din_rude_of_me_to_skip_en", "confirm", 1, False),
    # room for one more taken for granted: "Der er vel suppe nok til en mere? 😊", "And surely there's
    # room at the table for one more? :)" (both had asked, the meal read as a question to us)
    ("din_surely_food_enough_for_one_more_da", "confirm", 3, True),
    ("din_surely_room_at_the_table_en", "confirm", 3, True),
    # "You won't miss me at the table afterwards, though" (critical: had confirmed a yes); "jeg ville da
    # være et fjols at sige nej til gratis suppe" (critical: had confirmed a no); "would I ever say no to
    # free soup? 😄", "surely there's room for one more at the soup table afterwards?" (both had asked)
    ("din_you_wont_miss_me_at_the_table_en", "confirm", 1, False),
    ("din_a_fool_to_say_no_da", "confirm", 2, True),
    ("din_would_i_ever_say_no_en", "confirm", 3, True),
    ("din_room_for_one_more_at_the_table_en", "confirm", 2, True),
    # a no to a workshop beside a yes to the meal: "Det er et nej til 3 og et ja til suppe, så skriv mig
    # på nr. 1" (critical: had confirmed 3 and a no, the "et nej" read as a correction), "It's a no to 3
    # (...) and a yes to soup" (critical: had confirmed a no)
    ("din_a_no_to_a_workshop_and_a_yes_to_the_meal_da", "confirm", 1, True),
    ("din_a_no_to_a_workshop_and_a_yes_to_the_meal_en", "confirm", 1, True),
    # the meal asked about again, answered after that: "Soup? Miss a free meal? Not a chance :)"
    # (critical: had confirmed a no); thanks for the offer, then a refusal: "Thanks also for the kind
    # offer of soup, but I'll give it a miss this time" (critical: had confirmed a yes)
    ("din_asked_again_skip_a_free_meal_not_a_chance_en", "confirm", 1, True),
    ("din_thanks_for_the_offer_then_a_miss_en", "confirm", 1, False),
    # a bite eaten for the sender by the others: "... så snart mødet slutter. I må tage en bid for mig."
    # (critical: had confirmed a yes)
    ("din_a_bite_eaten_for_me_da", "confirm", 2, False),
    # a refusal negated across an expectation, a yes: "I skal ikke regne med, at jeg går sulten hjem"
    # (critical: without the comma it had confirmed a no), "don't count on me skipping the soup"
    # (had confirmed a no)
    ("din_no_going_home_hungry_expected_da", "confirm", 3, True),
    ("din_no_skipping_expected_en", "confirm", 1, True),
    # ... or across no danger of it: "så der er ingen fare for, at jeg springer suppen over"
    # (critical: had confirmed a no)
    ("din_no_danger_of_skipping_da", "confirm", 1, True),
    # being home by a time is no meal at home: "Til suppen bagefter er jeg med på en lille skål, men jeg
    # skal være hjemme ved 19-tiden, så jeg smutter nok hurtigt igen" (critical: had confirmed a no; the
    # "men" with an obligation leaves the yes to be asked); a guard: "Jeg skal være hjemme kl. 18.30, så
    # ingen suppe til mig" stays a no
    ("din_home_by_a_time_is_no_refusal_da", "ask", 2, None),
    ("din_home_by_a_time_then_no_da", "confirm", 2, False),
    # an obligation to leave after a yes holds nothing back: "Jeg spiser gerne med, men må nok smutte
    # hurtigt igen bagefter, da ..." (had asked); a guard, after a wish it does: "Jeg ville gerne spise
    # med, men jeg skal videre bagefter" (a no)
    ("din_yes_then_leaving_afterwards_da", "confirm", 1, True),
    ("din_wish_then_leaving_afterwards_da", "confirm", 1, False),
    # leaving joined to eating by an "og" alone: "Suppe: jeg spiser og smutter, har fodboldtræning ... kl.
    # 19.30" (critical: had confirmed a no)
    ("din_eats_and_leaves_da", "confirm", 1, True),
    # the meeting's end said after the meal in its clause is the meal's time, no leaving then: "Jeg spiser
    # også med efter mødet, men kører så lige bagefter", "Jeg tager også en tallerken med efter mødet,
    # men ..." (critical, both: had confirmed a no); a plate taken by the sender is a yes: "I'll grab a
    # plate and run" (had asked)
    ("din_eats_after_the_meeting_then_drives_da", "confirm", 2, True),
    ("din_takes_a_plate_after_the_meeting_da", "confirm", 2, True),
    ("din_grabs_a_plate_and_runs_en", "confirm", 1, True),
    ("din_in_for_the_food_en", "confirm", 3, True),
    # the sender refusing after another's yes: "Jens is staying for the soup, but I'll skip it this time"
    # (critical: Jens's yes had been confirmed as the sender's; another's differing answer goes to a person)
    ("din_colleague_stays_but_i_skip_it_en", "review", 1, False),
    # a bare answer to the sender's own question that refuses the meal: "Skip a free soup? Me? Not a
    # chance", "Springe suppen over? Aldrig i livet!" (critical, both: had confirmed a no)
    ("din_skip_the_soup_not_a_chance_en", "confirm", 1, True),
    ("din_skip_the_soup_never_da", "confirm", 2, True),
    # a negation reaching over "været kendt for at": "Jeg har aldrig været kendt for at sige nej til en skål
    # suppe" (critical: had confirmed a no)
    ("din_never_known_to_say_no_da", "confirm", 1, True),
    # a litotes: "And wild horses couldn't keep me away from the soup" (critical: had confirmed a no)
    ("din_wild_horses_couldnt_keep_me_away_en", "confirm", 1, True),
    # a yes before a question about a diet that an "ellers"/"if not" after it takes back: "Jeg er ikke
    # uinteresseret i suppen, men jeg spiser kun vegetarisk – er der et vegetarisk alternativ? Ellers
    # springer jeg den over" (had confirmed a no), "... is there a vegan option? If not, I'll skip it" (had
    # confirmed a yes)
    ("din_not_uninterested_but_vegetarian_only_da", "ask", 2, None),
    ("din_vegan_option_if_not_skip_it_en", "ask", 3, None),
    # a bare no after the workshop that a colleague's news after it explains: "Nr. 2 og nej – Jens er på kursus
    # den uge" (had confirmed a no)
    ("din_a_bare_no_about_a_colleague_da", "ask", 2, None),
    ("din_take_me_off_the_soup_da", "confirm", 2, False),
    # "Og spise med? Er der nogen, der siger nej tak til suppe, de ikke selv skal lave? ;-)" (critical: had
    # confirmed a no); "mange ældre spiser ikke ordentlig mad" in a business idea is no answer (had confirmed a no)
    ("din_is_there_anyone_who_says_no_da", "confirm", 2, True),
    ("din_the_elderly_eat_poorly_is_no_answer_da", "ask", 2, None),
    # refused in so many words further on, after a "but": "I never say no to a free meal, but my daughter's
    # graduation party is that evening, so I'll have to skip it this time" (critical: had confirmed a yes);
    # another's wish after the meal's label: "On the soup: my wife says I should definitely stay for it ...
    # I'll ... let you know nearer the time" (had confirmed a yes)
    ("din_never_say_no_but_skip_it_this_time_en", "confirm", 3, False),
    ("din_wife_says_i_should_stay_en", "ask", 1, None),
    # a bare "nej" after the answer, then a pro-form of it, answers again: "Jeg spiser også med … nej, det
    # gør jeg alligevel ikke" (critical: had confirmed a yes), "Jeg spiser ikke med. Nej, det gør jeg
    # alligevel" (had confirmed a no)
    ("din_yes_then_no_by_a_pro_form_da", "confirm", 1, False),
    ("din_no_then_yes_by_a_pro_form_da", "confirm", 2, True),  # "Du må godt skrive mig af suppen alligevel" (had asked)  # "I'm in for the food, though I'll have to eat and run." (had asked)
    # what one would think, turned from: "Man skulle tro, at en kantineleder ville springe suppen over
    # ... – men nej, ... spiser jeg meget gerne med!" (critical: had confirmed a no)
    ("din_one_would_think_but_no_da", "confirm", 1, True),
    # "not because" denies the reason after it, with its own negations: "jeg spiser gerne med – ikke
    # fordi jeg er sulten, men for snakken" (critical: had confirmed a no), "Ikke fordi jeg ikke kan
    # lave mad selv ;-) men ..." (had been yes and no)
    ("din_not_because_hungry_da", "confirm", 2, True),
    ("din_not_because_i_cannot_cook_da", "confirm", 3, True),  # "Jeg siger sjældent nej til gratis suppe 😄 så regn med mig" (had been yes and no)
    # a day's food is no serving for one: "I'd rather not eat afterwards, though; by that time of
    # day I've had enough of food for one day" (had been yes and no)
    ("din_a_days_food_is_no_serving_en", "confirm", 1, False),
    # the answer's word typed with letters swapped or lost: "Nje tak til suppen", "Yse to the
    # soup!", "og igen suppe til mig tak" ("igen" for "ingen") (the first and last critical: had
    # confirmed a yes)
    ("din_letters_swapped_in_the_no_da", "confirm", 3, False),
    ("din_letters_swapped_in_the_yes_en", "confirm", 3, True),
    ("din_igen_for_ingen_before_the_meal_da", "confirm", 3, False),
    # ... the negation with two letters swapped: "Og jeg spiser med... nej vent, ..., så ingne suppe
    # til mig alligevel" (critical: had confirmed a yes)
    ("din_a_negation_typed_with_letters_swapped_da", "confirm", 2, False),
    # a bare no with the meal after a dash as its object: "Nej tak – til suppen altså 🙂" above a
    # workshop (critical: "til" had said yes)
    ("din_a_bare_no_then_the_meal_as_its_object_da", "confirm", 3, False),
    # a negation in an aside of its own stays there: "And I'll stay for the soup (I promise not to
    # count the leftovers...)" (critical: had confirmed a no)
    ("din_an_asides_own_negation_en", "confirm", 2, True),
    # what follows the meeting, as a noun: "Så regn ikke med mig til det efterfølgende." after a
    # workshop (had declined)
    ("din_what_follows_counted_out_da", "confirm", 3, False),
    # put on the meal's list: "Sæt mig bare på madlisten 😊 – og på listen til Naboskab" (had asked
    # the meal)
    ("din_put_on_the_meals_list_da", "confirm", 3, True),
    # words put in between dashes after the subject or a helping verb, with commas and "kl." in
    # them: "Jeg tror dog ikke, at jeg – med alt det, der sker ..., hvor vi ... – når at blive til
    # suppen", "Suppe: Det bliver – da der ... kl. 19 samme aften – desværre ikke til noget" (both
    # critical: had confirmed a yes)
    ("din_a_long_dashed_aside_after_the_subject_da", "confirm", 3, False),
    ("din_a_long_dashed_aside_after_the_verb_da", "confirm", 3, False),
    # a guard: the answer standing until changed is firm ("Unless you hear otherwise from me
    # before the deadline, please treat this as my registration for ... and for the soup")
    ("din_unless_you_hear_otherwise_en", "confirm", 1, True),
    # eating in a clause of what is eaten: "so I know exactly what I'm eating", "så jeg ved
    # præcis, hvad jeg spiser" (both had confirmed a yes); no idea yet, as an idiom: "Med suppen
    # er jeg lidt på herrens mark" (had confirmed a yes)
    ("din_what_is_eaten_is_no_answer_en", "ask", 2, None),
    ("din_what_is_eaten_is_no_answer_da", "ask", 2, None),
    ("din_no_idea_yet_idiom_da", "ask", 3, None),
    # praise for serving the meal, said of the others: "Godt tænkt med suppen bagefter – det gør
    # det nok nemmere for mange ..." (had confirmed a yes); the answer left to what another wrote:
    # "Med suppen er det som hun skrev" (had confirmed a yes); the English one a guard, read so
    # before, and a yes said beside what another wrote is still a yes
    ("din_praised_the_plan_for_others_da", "ask", 3, None),
    ("din_left_to_what_she_wrote_da", "ask", 2, None),
    ("din_left_to_what_he_said_en", "ask", 3, None),
    ("din_yes_as_she_wrote_da", "confirm", 2, True),
    # a pretended no given up: "Og ingen suppe… nej, hvem prøver jeg at snyde Selvfølgelig spiser
    # jeg med" (critical: had confirmed the no, its full stop left out making "Selvfølgelig" a
    # name), "And no soup... who am I kidding, of course I'm staying for it" (had asked)
    ("din_a_pretended_no_given_up_da", "confirm", 2, True),
    ("din_a_pretended_no_given_up_en", "confirm", 2, True),
    # a no laughed off: "Soup: I'll pass... said no one ever. Yes please!", "Suppe: Den springer
    # jeg over … sagde ingen nogensinde." (both critical: had confirmed the no)
    ("din_a_no_laughed_off_en", "confirm", 1, True),
    ("din_a_no_laughed_off_da", "confirm", 2, True),
    # stop 68: a note added under the mail changes the meal: "I won't be staying for the soup,
    # unfortunately. / EDIT: Just talked to my husband ... - so yes to soup please!", "Suppen
    # springer jeg over. / EDIT: Har lige talt med min mand ... – så ja tak til suppe!" (both had
    # asked, the meal said both ways)
    ("din_edit_note_changes_the_meal_en", "confirm", 3, True),
    ("din_edit_note_changes_the_meal_da", "confirm", 2, True),
    # what one may have to do is no answer yet: "I may have to head straight home after the
    # wrap-up, though", "I might need to leave as soon as the meeting ends" (both had confirmed a no)
    ("din_may_have_to_head_home_after_en", "ask", 3, None),
    ("din_might_need_to_leave_when_it_ends_en", "ask", 2, None),
    # the meal's long word mistyped: "nr 3 for mig og ja tak til spisnig 👍" (a letter left out),
    # "vi bliver begge til spisnignen bagefter" (two swapped; both had asked the meal)
    ("din_meal_noun_with_a_letter_left_out_da", "confirm", 3, True),
    ("din_meal_noun_with_letters_swapped_da", "confirm", 1, True),
    # a refusal whose subject is left out is the sender's, no other's before the sender staying:
    # "Can't do the soup but I'll be there" (critical: had confirmed a yes, "Can't" guessed a name)
    ("din_cant_do_it_but_ill_be_there_en", "confirm", 3, False),
    # the meal in a signature block under a sign-off that ends the answer's line, the sender's
    # name opening the block: "Naboskab for mig. Mvh Bo / Bo Nørgaard · Indehaver / Smag & Spis
    # Catering / Suppe og mad til møder ..." (had confirmed a yes); the sign-off on a line of its
    # own a guard, read so before
    ("din_meal_in_a_catering_signature_signed_inline_da", "ask", 3, None),
    ("din_meal_in_a_catering_signature_da", "ask", 3, None),
    # Danes' English for "bliver til maden": "After the meeting I become for the food" (had asked)
    ("din_i_become_for_the_food_en", "confirm", 3, True),
    # a yes after "så" with no comma is a clause of its own, apart from a no of eating at home before
    # it: "... og spiser ikke hjemme den aften så ja tak til suppen" (critical: had confirmed a no);
    # the English one a guard, read so before
    ("din_not_eating_at_home_so_yes_run_on_da", "confirm", 2, True),
    ("din_not_eating_at_home_so_yes_run_on_en", "confirm", 2, True),
    # a condition laughed off: "Og suppen – ja, medmindre verden går under 😄" (had asked the meal)
    ("din_yes_unless_the_world_ends_da", "confirm", 2, True),
    # what we do praised is no yes: "Love that you're doing soup too 🍲 Sadly I have to dash off at
    # 18.30 ... so I'll miss that part" (critical: had confirmed a yes)
    ("din_love_that_you_do_food_then_miss_it_en", "confirm", 2, False),
    # leaving after the meal is no refusal of it: "I'll stay for a bite before heading home :)"
    # (critical: had confirmed a no)
    ("din_stay_for_a_bite_before_heading_home_en", "confirm", 2, True),
    # the meal as a picture: "🍽 nej tak – skal hjem til ungerne" (the picture had ended its sentence:
    # asked), "2'eren + 🍲" (asked)
    ("din_meal_picture_then_its_answer_da", "confirm", 2, False),
    ("din_soup_picture_added_to_the_choice_da", "confirm", 2, True),
])
def test_the_meal_answer_read_in_its_context(context, name, action, workshop, dinner):
    reading = read(context, name)
    assert (reading.action, reading.workshop, reading.dinner) == (action, workshop, dinner)


@pytest.mark.parametrize("name", [
    # "Jeg spiser med, men Lars ved endnu ikke, om han kan blive." (another's doubt had been
    # read as the sender's: asked)
    "dinner_companion_undecided",
    # the cleft: "Vi kommer tre ... Det er kun Jonas og mig, der spiser med" (had asked)
    "dinner_cleft_only_some",
    # a first name the list does not know, told by its capital and verb: "..., men Ninka skal
    # hente børn og går, når mødet slutter" (had asked)
    "dinner_unlisted_name_differs",
])
def test_a_group_whose_meal_answers_differ_goes_to_a_person(context, name):
    reading = read(context, name)
    assert reading.action == "review"
    assert any(r.startswith("dinner differs") for r in reading.reasons)


def test_a_fasting_day_is_no_yes_to_the_meal(context):
    # "Og suppen … tirsdag er fastedag på min 5:2-kur, så jeg nøjes med en kop te": the "og" before
    # the meal joins no yes here (critical: had confirmed one); asked, not guessed
    reading = read(context, "din_fasting_day_only_tea_da")
    assert (reading.action, reading.workshop, reading.dinner) == ("ask", 2, None)
