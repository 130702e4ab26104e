"""The meaning of the sender's own words: every field read, nothing decided yet."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from . import dinner as dinner_
from .dinner import Dinner
from .forms import (lone_ticks, marked_options, numbered_items, option_lists, struck, tables, ticked, yes_among_noes,
                    yes_or_no)
from .grammar import Cues, Grammar, grammar, phrases
from .intent import Intent, next_meeting, next_meeting_words, on_a_condition, read_intent, settle
from .language import language
from .names import Names, names_for
from .notes import note, question
from .numbers import (clauses_of_the_day, clock_times, days_around, ends_before, names_the_day, non_choices,
                      ordinal_day, other_days, other_months, other_weekdays)
from .phrases import Cue
from .party import Party, addressed, others_in, read_party, says_i, set_apart, uncount
from .reading import Context
from .scope import Anchor, doubt_topics
from .text import DASHES, THE, Doc, is_word, read
from .text import words as words_of
from .topics import Described, described, invitation_quotes, says_where, subjects_between
from .workshops import (CHOOSING, Choice, Mention, a_point_of_view, also_before_turning_to, choose, denied_reasons, find_mentions,
                        marker_positions, owned_after)


_SIGNOFF_WORDS = 3  # after "Mvh" on its line: a name, not a sentence
_BARE_YES = 4  # words of a reply that only says yes: "Ja mange tak", "Yes, thank you"
_BARE_NO = 6  # words of a sentence that only says no: "Nej tak fra mig denne gang"


@dataclass
class Meaning:
    doc: Doc
    intent: Intent
    choice: Choice
    dinner: Dinner
    party: Party
    lang: str
    question: str | None  # the sender's question a person must answer
    note: str | None
    other_day: str | None = None  # the choice is said for another date: "Thursday 22 June works well for me - ..."
    # the workshop's sentence says choosing or coming, not only its name: "... the local area
    # angle is right up my street. Sadly I'm abroad ..." chooses nothing in a decline
    chosen_in_words: bool = True


def read_meaning(text: str, context: Context, asked: frozenset[str] = frozenset(),
                 signed_up: bool | None = None, sender_name: str = "") -> Meaning:
    """`asked`: what our last question asked the sender, for a short answer; `signed_up`:
    whether the sender is known to have signed up already (by default, when something was
    asked: what only a quote tells is not known so); `sender_name`: the name in From, which
    names the sender, not another person ("Henning her: workshop 1")."""
    g = grammar()
    names = names_for(tuple(context.workshops))
    doc = read(struck(lone_ticks(yes_among_noes(marked_options(ticked(tables(text))), g), g), g), g)
    cues = _cues(doc, g)
    joke = sorted(cues["intent"]["joke_aside"] + [c for c in cues["intent"]["joke_laughed_off"] if not _after_a_question(doc, c.start)],
                  key=lambda c: c.start)
    if joke and doc.tokens[joke[0].start].sent > 0:
        # the joke before it is no answer: "Jeg kommer kun for maden 😄 Nej, spøg til side – jeg
        # er med hele vejen: vinkel 3" (blanked, so that every place keeps its offset)
        # (past a smiley of its own: "Er det et problem, hvis jeg kun kommer til maden? ;-) Nej,
        # spøg til side: ...")
        k = doc.tokens[joke[0].start].sent - 1
        while k > 0 and not any(t.kind == "w" for t in doc.tokens[slice(*doc.sentences[k])]):
            k -= 1
        # (the words setting it aside too, whose "nej" answers nothing: "Nej, seriøst: ...")
        doc = _blanked(doc, g, doc.sentences[k][0], joke[0].end)
        cues = _cues(doc, g)
    quoted = _anothers_quoted_words(doc, g)
    if quoted is not None:
        doc = _blanked(doc, g, *quoted)
        cues = _cues(doc, g)
    claims = _anothers_claims(doc, g)
    if claims:
        for a, b in reversed(claims):
            doc = _blanked(doc, g, a, b)
        cues = _cues(doc, g)
    hypothetical = _answers_that_would_have_been(doc, g)
    if hypothetical:
        for a, b in reversed(hypothetical):
            doc = _blanked(doc, g, a, b)
        cues = _cues(doc, g)
    discussed = _discussed_question(doc, g)
    if discussed is not None:
        doc = _blanked(doc, g, *discussed)
        cues = _cues(doc, g)
    withdrawn = _struck_quotation(doc, g)
    if withdrawn is not None:
        doc = _blanked(doc, g, *withdrawn)
        cues = _cues(doc, g)
    forgotten = cues["intent"]["postscript_forgotten"]
    before = [c for c in cues["layout"]["postscripts"] if forgotten and c.start < forgotten[0].start]
    if before:
        # the PS taken back by the next: "PS. Jeg spiser med. PPS. Glem PS'et – har lige set, at
        # jeg har tandlæge kl. 18.45" (blanked from the PS it forgets, the one before the "PPS"
        # that forgets it, to the words forgetting it)
        doc = _blanked(doc, g, (before[-2] if len(before) > 1 else before[-1]).start, forgotten[0].start)
        cues = _cues(doc, g)
    taken_back = cues["intent"]["disregard"]
    if taken_back:
        # "PS: ... Så se bort fra ovenstående, jeg må desværre melde fra": only what follows stands
        doc = read(doc.original[doc.tokens[taken_back[-1].start].start:], g)
        cues = _cues(doc, g)
    hints = option_lists(doc, g) + yes_or_no(doc, g)  # "Spiser med (ja/nej): ja": the options are no answer
    if hints:
        cues = {family: found.without(hints) for family, found in cues.items()}
    _double_negatives(doc, cues)
    _refusal_made_absurd(doc, g, cues)
    _negation_of_ever(doc, g, cues)
    _kind_denied(doc, cues)
    _home_denied(doc, cues)
    _reasons_denied(doc, cues)
    _no_to_a_diet(doc, cues)
    _no_to_anothers_wish(doc, cues)
    not_the_meals = _answers_to_others(doc, g, cues)
    _nobody_cooks(doc, cues)
    _the_typo_named(doc, cues)
    _decline_narrowed_to_the_meal(doc, g, cues)
    _decline_clefted_to_the_meal(doc, g, cues)
    _decline_pointing_to_the_meal(doc, g, cues)
    _decline_set_apart_to_the_meal(doc, g, cues)
    _a_serving_for_me(doc, g, cues)
    _leaving_at_the_end(doc, g, cues, context.event_hours)
    _home_by_a_time(doc, g, cues)
    _asks_for_what_follows(doc, g, cues)
    _the_meal_said_served(doc, g, cues)
    _staying_at_the_end(doc, g, cues, context.event_hours)
    _my_next_appointment(doc, g, cues)
    _meal_words_in_names(doc, g, cues)
    # conditions of being let in, as the intent family found them, for the workshop's reading
    # (matched there, they would hide its own phrases: "hvis der stadig er plads på X")
    cues["workshop"] = cues["workshop"].without(
        [], added=tuple(Cue("permission", c.start, c.end) for c in cues["intent"]["permission"]))
    room = cues["polarity"]["room_left"]
    if room:
        # a workshop hoped not full is no condition of a full one (but of being let in, see
        # intent.permission): "Hvis der ikke er for mange på partnerskaber, vil jeg gerne være
        # med der – ellers ..."
        hoped = [(c.start, c.start + 1) for kind in ("fallback_if", "fallback_after") for c in cues["workshop"][kind]
                 if any(c.start <= r.start and r.end <= c.end for r in room)]
        cues["workshop"] = cues["workshop"].without(hoped, kinds=("fallback_if", "fallback_after"))
    views = _viewpoints(doc, g, cues["workshop"]["retract_from"])
    if views:
        cues["workshop"] = cues["workshop"].without(views, kinds=("retract_from",))
    # a forecast of the food doubts nothing, nor a reason denied: "Maden bliver sikkert god, men
    # jeg spiser ikke med", "Maden bliver uden mig – ikke fordi den ikke sikkert bliver god, men ..."
    undoubted = [(c.start, c.end) for c in cues["dinner"]["wishes"]] + denied_reasons(doc, g, cues["workshop"])
    if undoubted:
        cues["polarity"] = cues["polarity"].without(undoubted, kinds=("undecided",))
    ws_cues, polarity = cues["workshop"], cues["polarity"]
    recalled = _recalled(doc, ws_cues, names)
    if recalled:
        ws_cues = cues["workshop"] = ws_cues.without([], added=recalled)
    _bare_clauses(doc, g, polarity, ws_cues)
    # "Kan du skrive mig på workshop 2?" signs up; it asks nothing, nor does the part of a
    # sentence before a question asked for no answer ("Workshop 1 – og hvem siger nej til et
    # gratis måltid? 😄"; the meal's answer, see dinner._own_question_answered)
    # (with what the sentence says before it: "Vi tager begge vinkel 2 og spiser begge med – kan
    # du skrive hende på?")
    # (not one the sender answers at once, a question of their own: "Skal I regne med mig til
    # maden bagefter? Nej tak, jeg skal videre til forældremøde.")
    answers = g.union("polarity.answer_words", "intent.bare_yes", "intent.bare_no")
    kindly = g.words["dinner.asking_kindly"]
    for c in cues["intent"]["signup_requests"] + cues["intent"]["removal_requests"]:
        k = doc.tokens[c.start].sent + 1
        said = [t for t in doc.tokens[slice(*doc.sentences[k])] if t.kind != "p"] if k < len(doc.sentences) else []
        if said and said[0].text in g.words["polarity.answer_words"] and (
                all(t.text in answers for t in said) or said[0].text in g.words["polarity.no"]):
            continue
        # (and a "please" closing it: "Could you put me down for the sustainability session, please?")
        last = doc.tokens[c.start].clause
        e = doc.sentence_of(c.start)[1]
        while last + 1 < len(doc.clauses) and doc.clauses[last + 1][0] < e and all(
                t.kind == "p" or t.text in kindly for t in doc.tokens[slice(*doc.clauses[last + 1])]):
            last += 1
        doc.questions -= set(range(doc.tokens[doc.sentence_of(c.start)[0]].clause, last + 1))
    for c in cues["dinner"]["rhetorical"]:
        # (and its own, when it is the question: "Og mad – hvorfor ikke?")
        # ("How could I say no?")
        own = doc.texts[c.end - 1] == "?" or (c.end < len(doc.tokens) and doc.texts[c.end] == "?")
        doc.questions -= set(range(doc.tokens[doc.sentence_of(c.start)[0]].clause, doc.tokens[c.start].clause + own))
    sender = frozenset(words_of(sender_name))
    signature = _signature(doc, cues["layout"], sender)
    # (nor is a meal named on the sign-off's own line: "Hilsen Ida (frivillig i fællesspisningen)",
    # or in the block under it that opens with the sender's name: "Mvh Bo / Bo Nørgaard ·
    # Indehaver / Smag & Spis Catering / Mad til møder og arrangementer")
    signed = [(a, _name_block_end(doc, _line_end(doc, a), b, sender)) for a, b in signature]
    meal = [x for x in dinner_.anchors(cues["dinner"]) if not any(a <= x.start < b for a, b in signed)]
    # (a bare "from" of a move says nothing of the meeting: "My wife and I have just returned from Utrecht")
    meeting = frozenset(doc.tokens[c.start].sent for c in [
        *(c for c in cues["workshop"].all if c.kind != "retract_from"), *meal, *cues["intent"]["attend"]])
    party = read_party(doc, g, cues["party"], meeting, names.single, sender)
    markers = marker_positions(doc, names)
    blocked = non_choices(doc, g) | party.numbers | _cue_numbers(doc, ws_cues, markers) | set(numbered_items(doc)) | {
        i for a, b in hints for i in range(a, b) if doc.tokens[i].kind == "n"}
    # (nor a name inside a quotation of our invitation: 'I spørger: "Har vi noget i lokalområdet,
    # som vi kan genanvende eller upcycle?" – det er os')
    our_quotes = invitation_quotes(doc, context.workshops, context.invitation_text)
    mentions = [m for m in find_mentions(doc, g, names, ws_cues, blocked, markers, "workshop" in asked,
                                         {doc.tokens[a.start].sent for a in meal})
                if not (m.how == "name" and any(a <= m.start < b for a, b in signature))
                and not any(q.id and q.start <= m.start < q.end for q in our_quotes)]
    pointers = _the_meal_pointed_at(doc, g, cues["dinner"], mentions, meal)
    if pointers:
        meal = sorted(meal + [Anchor(c.start, c.end, "dinner") for c in pointers], key=lambda x: x.start)
        cues["dinner"] = cues["dinner"].without([], added=tuple(Cue("nouns", c.start, c.end) for c in pointers))
    _asked_to_join(doc, cues["intent"]["join_asked"], mentions)
    anchors = [Anchor(m.start, m.end, "workshop", m) for m in mentions] + meal
    hedged = _hedged_fallbacks(doc, g, polarity, mentions)
    # (and a later meeting named by its noun is one of the family's times: "Please keep me on the
    # list for the next network meeting – the partnership angle sounds very relevant for us")
    later = tuple(Cue("future", i, i + 1) for i in next_meeting_words(doc, g))
    if hedged or later:
        ws_cues = cues["workshop"] = ws_cues.without([], added=hedged + later)
    # a workshop being full is no condition of eating: "Ws 2 (evt 1 hvis 2 er fyldt) + mad"
    full = [(c.start, c.end) for kind in ("fallback_if", "fallback_after") for c in ws_cues[kind]]
    if full:
        cues["dinner"] = cues["dinner"].without(full, kinds=("conditional",))
    doubts = _doubts(doc, g, polarity, ws_cues, anchors, markers)
    # "sæt mig bare der, hvor der mangler folk": ours to choose, not theirs (after a first
    # preference in its sentence, a fallback: "Helst Lokalområdet – men sæt mig bare der, hvor I
    # mangler folk"); "Jeg beslutter mig inden fristen": not chosen yet (unless the meal is
    # what is put off)
    # (not a preference for "something else" named as two: "så jeg vil hellere prøve noget
    # andet – lokalområdet eller miljøet, det må I gerne bestemme")
    preferred = [c.start for c in ws_cues["preference"]]
    weighed = [c.start for c in ws_cues["alternatives"]]
    meal_clauses = {doc.tokens[a.start].clause for a in meal}
    put_off = [c for c in ws_cues["left_to_us"]
               if not any(doc.sentence_of(c.start)[0] <= p < c.start and not any(p < w < c.start for w in weighed)
                          for p in preferred)]
    # (nor the meal's, when a clause of whether one eats opens its sentence: "Om jeg spiser med,
    # finder jeg ud af på dagen")
    whether = g.words["dinner.embedded_question"]

    def of_the_meal(c: Cue) -> bool:
        s = doc.sentence_of(c.start)[0]
        return doc.tokens[c.start].clause in meal_clauses or (
            doc.texts[s] in whether and doc.tokens[s].clause in meal_clauses)

    put_off += [c for c in ws_cues["deferred"] if not of_the_meal(c)]
    put_off += ws_cues["layout_places"]  # "den til venstre" in the sender's own table: which one?
    if put_off:
        doubts["workshop"] = sorted(doubts.get("workshop", []) + put_off, key=lambda c: c.start)
    # (the meal's "nej" after the workshop is no "not" of it: "Bæredygtighed – og nej.")
    meal_answers = dinner_.answered_after_the_workshop(doc, anchors)
    denials = [c for c in polarity["negation"] + polarity["no"] if not any(a <= c.start < b for a, b in meal_answers)]
    choice = choose(doc, g, names, mentions, ws_cues, denials, doubts.get("workshop", []), meal)
    afterthoughts = [c for c in cues["layout"]["postscripts"] if _opens_line(doc, c.start)]
    days = other_days(doc, g, context.event_day, context.deadline)
    months = other_months(doc, g, context.event_day)
    if party.group and party.counted_at >= 0 and _counted_for_another_day(
            doc, g, doc.tokens[party.counted_at].clause, days | months):
        uncount(party)  # counted for another day's meeting: "Til fællesmødet d. 13. juni kommer vi 3 ..."
    # a decline of another day's meeting, named right after it: "Jeg må desværre melde afbud
    # til styregruppemødet d. 13/6. Men den 20. er jeg med!" (not a reason: "melder afbud pga.
    # kursus d. 19.-21. juni")
    # (or named as another event: "Jeg må desværre melde afbud til sommerfesten i Hedemarken")
    # (or a meeting with its date as the object: "Unfortunately I can't make the board meeting
    # on 1 June")
    others = g.words["intent.other_events"]
    elsewhere = [(c.start, c.end) for kind in ("decline", "cancel") for c in cues["intent"][kind]
                 if c.end < len(doc.tokens) and (
                     (doc.texts[c.end] in g.words["intent.declined_objects"]
                      and (doc.tokens[c.start].clause in days or others.intersection(doc.texts[c.end + 1:c.end + 3])
                           or _another_gathering(doc, g, c.end + 1)))
                     or (doc.tokens[c.start].clause in days and _a_dated_meeting(doc, g, c.end)
                         and not names_the_day(doc, g, *doc.clause_of(c.start), context.event_day))
                     or (doc.texts[c.start] in g.words["intent.cancelling"] and _one_of_ones_own(doc, g, c.end))
                     or _sent_on_to_another(doc, g, c.end))]
    # (nor one told as a habit: "Jeg plejer at melde afbud, men ikke denne gang", "I usually send my
    # apologies, but not this time")
    habits = g.words["party.habit_adverbs"]
    elsewhere += [(c.start, c.end) for kind in ("decline", "cancel") for c in cues["intent"][kind]
                  if habits.intersection(doc.texts[doc.clause_of(c.start)[0]:c.start])]
    if elsewhere:
        cues["intent"] = cues["intent"].without(elsewhere, kinds=("decline", "cancel"))
    # an absence over before our day: "Jeg er på ferie til og med 6. juni og har kun lige kigget
    # på mail"
    ended = [(c.start, c.end) for c in cues["intent"]["away"]
             if ends_before(doc, g, *doc.clause_of(c.start), context.event_day)]
    # (or one that begins after the meeting has ended, which keeps only from the meal: "Kan du
    # ændre det til uden mad? Jeg har fået en anden aftale kl. 19")
    ended += _after_the_meeting(doc, g, cues["intent"]["away"], context.event_hours)
    if ended:
        cues["intent"] = cues["intent"].without(ended, kinds=("away",))
    # and the end of an absence is no later meeting: "I won't be back until after the summer, so
    # I'll have to sit this one out"
    back = [(c.start, c.end) for c in cues["intent"]["future"]
            if c.start > 0 and doc.texts[c.start - 1] in g.words["numbers.until_words"]
            and doc.texts[c.start] in g.words["text.back_after"]]
    if back:
        cues["intent"] = cues["intent"].without(back, kinds=("future",))
    # and a bare "kan ikke" whose object is that day's date: "Jeg kan desværre ikke d. 13/6,
    # hvor familienetværket mødes, men d. 20. er jeg med" (for the reading of coming only)
    # and one of another day's meeting, our day named after it in the sentence: "Jeg kan ikke
    # deltage i mødet i familienetværket d. 13/6, men den 20. kommer jeg gerne"
    # (or told after that day's date and a colon, in a list of days: "- Familier/forebyggelse,
    # 13. juni: kan desværre ikke")
    # (and a no to another gathering, named after it: "Vi har begge takket nej til KL's
    # beskæftigelseskonference i Aalborg samme dag for at kunne være med hos jer")
    objects = g.words["intent.declined_objects"]
    refused_days = [(c.start, c.end) for c in polarity["no"] if c.end + 1 < len(doc.tokens)
                    and doc.texts[c.end] in objects and _another_gathering(doc, g, c.end + 1)]
    refused_days += [(c.start, c.end) for c in polarity["negation"] + polarity["no"]
                    if doc.tokens[c.start].clause in days
                    and not names_the_day(doc, g, *doc.clause_of(c.start), context.event_day)
                    and (_dated_next(doc, g, c.end) or _after_its_date(doc, c.start, days) or names_the_day(
                        doc, g, doc.clause_of(c.start)[1], doc.sentence_of(c.start)[1], context.event_day)
                         or _a_dated_meeting(doc, g, c.end))]
    # (nor a word starred on a line of its own, which corrects a word before it, as in chat:
    # "I want be staying for dinner ... // *won't - sorry, autocorrect")
    refused_days += [(c.start, c.end + 1) for c in dinner_.starred(doc)]
    polarity_of_coming = polarity.without(refused_days, kinds=("negation", "no")) if refused_days else polarity
    # (and its verb of coming is no coming to ours either)
    cues_of_coming = cues["intent"].without([doc.clause_of(a) for a, _ in refused_days], kinds=("attend",)) \
        if refused_days else cues["intent"]
    # a meal on Thursday is another meal, and so is next time's: "Jeg glæder mig til næste
    # netværksmøde (og til maden 😉)"
    later_meetings = next_meeting(doc, g)
    meal_days = days | other_weekdays(doc, g, context.event_day) | months \
        | days_around(doc, g) \
        | _later(doc, g, [c for c in cues["intent"]["future"] if not _put_off(c, cues["dinner"]["negative"])]) \
        | later_meetings \
        | _later(doc, g, _another_occasion(doc, g)) | _gone_by(doc, g) | _later(doc, g, _other_events(doc, g)) \
        | _later(doc, g, cues["dinner"]["on_the_way"])

    # (a decline on a condition refuses nothing yet: "..., og jeg spiser med – så melder jeg
    # fra, hvis ryggen ikke vil")
    declines = [c for c in cues["intent"]["decline"] if not on_a_condition(doc, g, cues["intent"], c)]

    meal_polarity = polarity.without(not_the_meals, ("yes", "no", "negation")) if not_the_meals else polarity

    def read_dinner(anchors: list[Anchor]) -> Dinner:
        return dinner_.read_dinner(doc, cues["dinner"], meal_polarity, declines, anchors,
                                   doubts.get("dinner", []), asked, afterthoughts, meal_days)

    dinner = read_dinner(anchors)
    # (a meal someone else makes is no answer of theirs: "Min mand står for aftensmaden derhjemme")
    cooked = {doc.tokens[c.start].clause for c in cues["dinner"]["making"]}
    live = [a for a in anchors if (a.what == "dinner" and doc.tokens[a.start].clause not in cooked)
            or (a.what != "dinner" and not a.ref.marks & {"retracted", "question"})]
    # (coming to a later meeting signs nobody up for this one: "A colleague may join me at a
    # later meeting")
    # (nor is another meal of theirs any answer about ours: "Min mands forældre er på besøg, og de
    # har bestilt bord på en restaurant kl. 19.30")
    elsewhere = {c.start for c in cues["dinner"]["other_meals"]}
    # (nor another's coming the sentence ends with the sender alone: "My colleague Ole also wanted
    # to come, but he's on paternity leave, so it'll just be me"; not "only me for dinner")
    eating = g.union("dinner.nouns", "dinner.eat_verbs")
    alone = [c.start for c in cues["party"]["alone"] if eating.isdisjoint(doc.texts[slice(*doc.clause_of(c.start))])]
    others_in(doc, g, party, [a for a in live if not (a.what == "dinner" and a.start in elsewhere)]
              + [Anchor(c.start, c.end, "attend") for c in cues["intent"]["attend"]
                 if doc.tokens[c.start].clause not in later_meetings
                 and not any(c.start < k and doc.tokens[k].sent == doc.tokens[c.start].sent for k in alone)],
              sender)
    if party.group and not party.differs:
        # one of the group set apart where a workshop is named: "Please put the four of us down for
        # Partnerships - except Jonas, who'd rather do Sustainability"
        apart = next((c for c in cues["dinner"]["but_for"] if set_apart(doc, g, c, doc.sentence_of(c.start)[1])
                      and any(x.what == "workshop" and doc.tokens[x.start].sent == doc.tokens[c.start].sent for x in live)),
                     None)
        if apart is not None:
            party.differs = doc.quote(*doc.sentence_of(apart.start))
    # "Min kollega Mette skriver selv – hun vil vist helst på partnerskaber", "Ib har allerede
    # selv tilmeldt sig – han tager workshop 3 og spiser med": their choices are theirs to send
    # (what they leave out, our follow-up to them asks); and one given as a reason is told,
    # not sent ("..., da min kollega nu også deltager i 1'eren"): the sender's are read without them
    theirs = (party.others_at if party.answer_themselves else []) + party.told_at
    if theirs:
        def own(i: int) -> bool:
            return not any(a <= i < b for a, b in theirs)

        # (one of theirs the sender points back at is the sender's: "min leder synes, Naboskab
        # passer bedre, så skriv mig på den")
        mine = [m for m in mentions if own(m.start) or (m.chosen_at is not None and own(m.chosen_at))]
        # (their doubt too: "hun hælder vist mest til nr. 3")
        my_doubts = [c for c in doubts.get("workshop", []) if own(c.start)]
        if len(mine) < len(mentions) or len(my_doubts) < len(doubts.get("workshop", [])):
            choice = choose(doc, g, names, mine, ws_cues, denials, my_doubts, meal)
        if not all(own(a.start) for a in meal):
            dinner = read_dinner([a for a in anchors if own(a.start)])
            if dinner.value is None and not dinner.unclear:
                dinner_.answer_after_anothers(doc, polarity, dinner, [a for a in meal if not own(a.start)])
    if party.answer_themselves and dinner.evidence and all(dinner_.said_of_another(doc, a) for a, _ in dinner.evidence):
        # the only meal answer is of one who writes herself: "Workshop 1 til mig. Lene fra vores
        # team spiser med, sagde hun – hun skriver selv til dig" (taken away only, so that no
        # answer the first reading set aside comes back by it)
        unsaid = read_dinner([x for x in anchors if not any(a <= x.start < b for a, b in dinner.evidence)])
        if unsaid.value is None and not unsaid.unclear:
            dinner = unsaid
    # (a name only said in passing beside it leaves room for a workshop described: "... the
    # question "Hvordan kan ... børnefamilierne?" – that's where I'd like to be. The sustainability
    # and partnership angles are great too")
    if choice.workshop is None and not choice.undecided and len({m.id for m in choice.mentions if m.strong}) <= 1 \
            and not any(m.marks - {"retracted"} for m in choice.mentions):
        _described(doc, g, context, choice, mentions, ws_cues, cues["intent"], polarity["undecided"], our_quotes,
                   polarity["negation"])
    _pointed_past_another(doc, context, choice)
    _described_with_another(doc, g, context, choice)
    _numbered_with_another_subject(doc, g, context, choice)
    _restated_as_another(doc, g, context, choice)
    _chosen_if_it_is_the_one(doc, context, choice, ws_cues)
    _number_asked_as_another(doc, choice)
    routed = {c for found in doubts.values() for c in found}
    topicless = [c for c in polarity["undecided"] if c not in routed]  # doubt about coming at all
    given_up = [a for a in anchors if a.what == "workshop" and "retracted" in a.ref.marks]
    # (another meal named by its noun is no meal of ours that a refusal after it could refuse:
    # "our board has its annual summer dinner that same evening, so I won't be able to make it";
    # a refusal of ours said with the others eating is: "Spis bare uden mig")
    named_elsewhere = {k for c in cues["dinner"]["other_meals"]
                       if not g.words["dinner.nouns"].isdisjoint(doc.texts[c.start:c.end]) for k in range(c.start, c.end)}
    intent = read_intent(doc, g, cues_of_coming, polarity_of_coming,
                         [a for a in live if not (a.what == "dinner" and a.start in named_elsewhere)], blocked,
                         topicless, party.here, given_up, clauses_of_the_day(doc, g, context.event_day))
    if ("dinner" in asked or dinner.own_question is not None) and intent.declining_at is not None and any(
            a <= intent.declining_at < b for a, b in dinner.evidence):
        # the bare no answers our question about the meal: "No, unfortunately not – I have to
        # pick up my son at 18.30" under "Will you be staying for dinner?"; or the sender's
        # own: "Workshop 2. Spise med? Desværre nej."
        intent.declining = intent.declining_at = None
    if intent.declining is not None and intent.attending_at == 0 and _heading(doc, g):
        # the mail's name, not an answer: "Tilmelding" over "Deltager: Nej, desværre"
        intent.attending = intent.attending_at = None
    asks = question(doc, cues["intent"], (dinner.own_question, _own_workshop_question(doc, choice),
                                          *_answered_at_once(doc, g, polarity)))
    if not asked and intent.attending is None and intent.declining is None:
        said = _only_yes(doc, g, signature)
        if said is not None:
            intent.attending, intent.attending_at = doc.quote(0, said), 0
        elif not anchors and not cues["intent"]["attend"]:
            refused = _only_no(doc, g, polarity["no"])
            if refused is not None:
                intent.declining, intent.declining_at = doc.quote(*refused), refused[0]
    # asking before signing up, only a workshop actually chosen registers ("... interesseret
    # i både lokalområdet og partnerskaber" is no choice made), and only a meal answered ("Kan
    # man stadig nå at melde sig til? I så fald vender jeg tilbage med workshop og mad")
    made = choice.workshop is not None or (not intent.asking_first and (bool(choice.chosen_ids) or choice.undecided))
    settle(intent, made,
           dinner.value is not None or (dinner.unclear is not None and not intent.asking_first), asks is not None,
           bool(asked) if signed_up is None else signed_up,
           eats=dinner.value is True)
    lang = language([t.text for t in doc.tokens if t.kind == "w"], g, context.language)
    other_day = _chosen_for_another_day(doc, g, choice, days) \
        or _chosen_at_another_time(doc, g, choice, months) \
        or _coming_on_another_day(doc, g, intent, days, cues["intent"]["attend"], context.event_day)
    return Meaning(doc, intent, choice, dinner, party, lang, asks, note(doc, cues["notes"], blocked), other_day,
                   choice.evidence is None or _in_words_of_choosing(doc, choice.evidence[0], cues))


_ANSWER_WORDS = 3  # words of a sentence that is a short answer of its own: "Workshop 2."


def _asked_to_join(doc: Doc, asked: list[Cue], mentions: list[Mention]) -> None:
    """Leave asked to join the one workshop named after it in its question signs up for it, as a
    request does: "Kan jeg komme med på 2'eren?", "May I join the sustainability workshop?",
    "Plads til en mere på vinkel 3?" (not leave asked between two, which weighs them: "Kan jeg få
    1 eller 2?"; and a question after it in the sentence is still asked: "Må jeg få nr. 3, og er
    der noget uden svinekød?")."""
    for c in asked:
        s, e = doc.sentence_of(c.start)
        named = [m for m in mentions if c.end <= m.start < e]
        if doc.asks(c.start) and named and len({m.id for m in named}) == 1:
            doc.questions -= set(range(doc.tokens[s].clause, doc.tokens[named[-1].start].clause + 1))
            for m in named:
                m.strong = True  # a name as much as a number: "Plads til en mere på Naboskab?"


def _in_words_of_choosing(doc: Doc, i: int, cues: dict[str, Cues]) -> bool:
    """Token i's sentence holds a word of choosing a workshop or of coming, or is a short
    answer of its own ("Jeg kommer ikke. Workshop 2."), and speaks of no later meeting ("The
    partnerships angle is very close to what we do, so please keep me on the list for future
    meetings")."""
    s, e = doc.sentence_of(i)
    if any(s <= c.start < e for c in cues["intent"]["future"]):
        return False
    return sum(t.kind != "p" for t in doc.tokens[s:e]) <= _ANSWER_WORDS \
        or any(s <= c.start < e for kind in CHOOSING for c in cues["workshop"][kind]) \
        or any(s <= c.start < e for c in cues["intent"]["attend"])


def _cues(doc: Doc, g: Grammar) -> dict[str, Cues]:
    """Every family's cues in `doc`."""
    return {family: Cues(found) for family, found in g.matcher.find(doc).items()}


def _answered_at_once(doc: Doc, g: Grammar, polarity: Cues) -> list[int]:
    """The sentences of the sender's own short questions about himself, answered yes or no by
    the sentence right after: "Kommer jeg? Desværre ikke denne gang", "Can I? Sadly not"."""
    me, out = g.words["party.first_person"], []
    answers = [c.start for kind in ("yes", "no") for c in polarity[kind]]
    for c in sorted(doc.questions):
        a, b = doc.clauses[c]
        s = doc.tokens[a].sent
        said = [t.text for t in doc.tokens[a:b] if t.kind != "p"]
        if b == doc.sentences[s][1] and s + 1 < len(doc.sentences) and len(said) <= dinner_.OWN_QUESTION_WORDS \
                and me.intersection(said) and doc.first_word(*doc.sentences[s + 1]) in answers:
            out.append(s)
    return out


def _own_workshop_question(doc: Doc, choice: Choice) -> int | None:
    """The sentence of a question about the workshops that the sender answers by choosing in
    the next one: "Workshop 1 … eller 3? Nej, det bliver 3.", "Hvilken vinkel? Den første". None
    when there is none."""
    if choice.workshop is None or choice.evidence is None:
        return None
    asked = doc.tokens[choice.evidence[0]].sent - 1
    if asked < 0 or not any(doc.tokens[doc.clauses[c][0]].sent == asked for c in doc.questions):
        return None
    # (named again in the answer, not pointed back to: "Is there still room in Naboskab? If
    # so, I'd like to join it" asks; or asked by the workshop's noun alone: "Hvilken workshop?
    # Den første selvfølgelig")
    named = [doc.tokens[m.start].sent for m in choice.mentions if m.id == choice.workshop]
    said = [t.text for t in doc.tokens[slice(*doc.sentences[asked])] if t.kind != "p"]
    by_noun = len(said) <= dinner_.OWN_QUESTION_WORDS and not grammar().words["workshop.markers"].isdisjoint(said)
    return asked if (asked in named or by_noun) and asked + 1 in named else None


def _put_off(cue: Cue, refusals: list[Cue]) -> bool:
    """The time to come is where the meal is put off to, a refusal of ours: "Maden må blive
    en anden gang", "Dinner will have to be another time"."""
    return any(r.start <= cue.start < r.end for r in refusals)


def _another_occasion(doc: Doc, g: Grammar) -> list[Cue]:
    """Words putting a meal at some other time: "PS: Vi skal snart have en bid brød sammen"
    (not "så snart I runder af", "as soon as you wrap up": when the meeting ends)."""
    conjunctions = g.words["dinner.another_occasion_not_after"]
    return [Cue("soon", i, i + 1) for i in doc.indices_of(g.words["dinner.another_occasion"])
            if not (i > 0 and doc.texts[i - 1] in conjunctions)]


def _other_events(doc: Doc, g: Grammar) -> list[Cue]:
    """Another event named as the occasion of what follows: "Til sommerafslutningen i august ...
    spiser jeg til gengæld gerne med", "til jobcentrets sommerfest, hvor ..." (not one that is the
    reason: "Jeg har sommerfest samme aften, så jeg spiser ikke med")."""
    occasions, owners = g.words["intent.declined_objects"], g.words["party.determiners"]

    def after_an_occasion(i: int) -> bool:
        # (an owner may stand between: "med til jobcentrets sommerfest, hvor jeg har sagt ja til spisningen")
        owned = i > 1 and (doc.texts[i - 1] in owners or doc.texts[i - 1].endswith("s"))
        return i > 0 and (doc.texts[i - 1] in occasions or (owned and doc.texts[i - 2] in occasions))

    return [Cue("event", i, i + 1) for i in doc.indices_of(g.words["intent.other_events"]) if after_an_occasion(i)]


def _gone_by(doc: Doc, g: Grammar) -> set[int]:
    """The clauses naming a period gone by, whose meal is past: "som jeg sad ved siden af til
    middagen efter Boligsocialt Forum i Vejle i sidste uge" (that clause only: "Rettelse til
    min tilmelding fra sidste uge: jeg spiser alligevel ikke med" answers ours)."""
    past = g.words["dinner.another_occasion_past"]
    return {doc.tokens[i].clause for i in doc.indices_of(g.words["dinner.another_occasion_periods"])
            if i > 0 and doc.texts[i - 1] in past and ":" not in doc.texts[i:doc.clause_of(i)[1]]}


def _later(doc: Doc, g: Grammar, future: list[Cue]) -> set[int]:
    """The clauses said of another time: a cue's own and those after it in its sentence, up
    to a turn ("næste gang vælger jeg bæredygtighed og bliver også til maden")."""
    turns = g.words["text.contrasts"]
    out: set[int] = set()
    for cue in future:
        c = doc.tokens[cue.start].clause
        end = doc.tokens[doc.sentence_of(cue.start)[1] - 1].clause
        out.add(c)
        while c < end and doc.opening(*doc.clauses[c + 1]) not in turns:
            c += 1
            out.add(c)
    return out


def _anothers_quoted_words(doc: Doc, g: Grammar) -> tuple[int, int] | None:
    """The words in quotation marks that somebody else said or wrote to the sender, after a
    colon, or that nobody says, which answer nothing for the sender: "Min kollega Susanne
    skrev lige til mig: "Jeg har meldt mig til Bæredygtighed og spiser med bagefter – tag du
    Lokalområdet"", ""Nej tak til maden" – sagde ingen nogensinde" (not the sender's own: "Jeg
    skrev til Lars: "..."", nor words passed on for another: "Lars har bedt mig svare for ham
    ... Han skriver: "Workshop 2, og ja tak til suppe"")."""
    texts = doc.texts
    saying = g.union("party.telling", "party.writing")
    nobody = g.words["party.nobody"]
    for q in range(len(texts) - 1):
        if texts[q] != '"':
            continue
        close = next((k for k in range(q + 1, len(texts)) if texts[k] == '"'), None)
        after = [k for k in range(close + 1, min(close + 4, len(texts))) if texts[k] not in DASHES] if close else []
        if len(after) >= 2 and texts[after[0]] in saying and texts[after[1]] in nobody:
            return q, close  # what nobody says, in jest: ""Nej tak til maden" – sagde ingen nogensinde"
        if q == 0 or texts[q - 1] != ":":
            continue
        before = doc.tokens[doc.sentence_of(q - 1)[0]:q - 1]
        if not any(t.text in saying for t in before) or says_i(g, before) \
                or not any(t.text in g.words["party.sender_words"] for t in before):
            continue
        if close is not None:
            return q, close
    return None


def _struck_quotation(doc: Doc, g: Grammar) -> tuple[int, int] | None:
    """Words in quotation marks that the sender strikes out, with the striking word: 'så streg
    "ingen mad": jeg bliver gerne og spiser med', 'Scratch the "no dinner" in my subject line'
    (what they said, in the subject or before, is withdrawn)."""
    texts = doc.texts
    retracting = g.words["dinner.retracting"]
    for q in range(1, len(texts) - 1):
        if texts[q] != '"':
            continue
        strike = next((k for k in range(q - 1, max(-1, q - 1 - _STRIKE_REACH), -1) if texts[k] in retracting), None)
        close = next((k for k in range(q + 1, len(texts)) if texts[k] == '"' or doc.tokens[k].nl), None)
        if strike is not None and close is not None and texts[close] == '"':
            return strike, close + 1
    return None


def _discussed_question(doc: Doc, g: Grammar) -> tuple[int, int] | None:
    """A question told as talked over or weighed, which answers nothing: "hvor vi også talte
    om, hvem af os der kunne tage vinkel 3 og blive til spisningen – er vi desværre nået frem
    til ...", "we discussed whether to take angle 3". From its question's word up to a dash,
    a colon, a turn or the sender speaking again ("..., og jeg ..."), at the latest to the end
    of its sentence."""
    verbs = g.words["text.discussing"]
    if doc.vocab.isdisjoint(verbs):
        return None
    texts, tokens = doc.texts, doc.tokens
    links, asking = g.words["text.discussing_links"], g.words["text.discussed_questions"]
    ends = g.words["text.contrasts"] | DASHES | {";", ":"}
    joined, me = g.words["text.coordinators"], g.union("party.first_person", "party.we")
    for v in doc.indices_of(verbs):
        k = v + 1
        if k < len(texts) and texts[k] in links:
            k += 1
        # (where or when, between the verb and its comma: "Vi drøftede på kontoret, om ...")
        comma = next((j for j in range(k, min(k + _DISCUSSED_WHERE + 1, len(texts))) if texts[j] == ","), None)
        if comma is not None and all(t.kind == "w" for t in tokens[k:comma]):
            k = comma + 1
        if k >= len(texts) or texts[k] not in asking or tokens[k].sent != tokens[v].sent:
            continue
        e = doc.sentence_of(k)[1]
        end = next((j for j in range(k + 1, e) if texts[j] in ends or (
            texts[j] in joined and j + 1 < e and texts[j + 1] in me)), e)
        return k, min(end, len(texts) - 1)
    return None


_DISCUSSED_WHERE = 3  # words between talking over and its question: "drøftede på kontoret, om"
_STRIKE_REACH = 3  # words from "streg"/"scratch" to the quotation it strikes: 'scratch the "no dinner"'


def _after_a_question(doc: Doc, k: int) -> bool:
    """The sentence before token k's ends in a question mark."""
    sent = doc.tokens[k].sent
    return sent > 0 and doc.texts[doc.sentences[sent - 1][1] - 1] == "?"


def _blanked(doc: Doc, g: Grammar, i: int, j: int) -> Doc:
    """`doc` read again with tokens [i, j) written over by spaces, so that every place after
    them keeps its offset."""
    a = doc.tokens[i].start
    b = doc.tokens[j].start if j < len(doc.tokens) else len(doc.original)
    return read(doc.original[:a] + " " * (b - a) + doc.original[b:], g)


_CLAIM_OPENING = 4  # words from the verb of telling to the "at"/"that" of the claim: "har fortalt mig i går, at"


def _anothers_claims(doc: Doc, g: Grammar) -> list[tuple[int, int]]:
    """What another person has told of the sender's registration, to the end of the clause that
    tells it or a turn in it, which answers nothing for the sender: "Camilla har fortalt mig, at jeg skulle stå på til
    Lokalområdet uden mad", "Søren Kragh siger, at jeg står på din liste til workshop 1",
    "According to Mette, you've already got me down for the dinner" (the sender's words after it
    say whether it holds). Not the sender's own telling ("Jeg sagde til Ole, at ..."), nor another's
    news of herself ("Min kollega siger, at hun også kommer")."""
    tokens, texts = doc.tokens, doc.texts
    verbs = g.union("party.telling", "party.told")
    subordinators, turns = g.words["party.subordinators"], g.words["text.contrasts"]
    others, names = g.union("party.others", "party.third_person"), g.words["party.first_names"]
    # (the sender alone: a registration told of "os" is the group's, see intent.group_before; and
    # not a bare "I", Danish "you" too: "Helle sagde at I mangler folk til naboskab")
    me = g.union("party.me", "party.first_person") - {"i"}
    according_to = phrases("party.according_to")
    spans = []
    for s, e in doc.sentences:
        said = [k for k in range(s, e) if tokens[k].kind == "w"]
        if not said:
            continue
        if " ".join(texts[k] for k in said[:2]) in according_to or texts[said[0]] in according_to:
            # "Ifølge Mette ...", "According to Mette, ...": its clause and the one it opens
            start, at = s, doc.clause_of(said[0])[1]
        else:
            verb = next((k for k in said if texts[k] in verbs), None)
            if verb is None:
                continue
            start = doc.clause_of(verb)[0]
            if says_i(g, tokens[start:verb]) or not any(
                    texts[k] in others or (tokens[k].cap and texts[k] in names) for k in range(start, verb)):
                continue
            at = next((k for k in range(verb + 1, min(e, verb + 2 + _CLAIM_OPENING)) if texts[k] in subordinators), e)
        if at >= e:
            continue
        end = doc.clause_of(at + 1 if texts[at] in subordinators else at)[1]
        end = next((k for k in range(at + 1, end) if texts[k] in turns or texts[k] in DASHES or texts[k] in ";:"), end)
        if me.intersection(texts[at:end]) and not _agreed_after(doc, g, end):
            spans.append((start, end))
    return spans


_LEAD_WORDS = 4  # the longest lead of answers that would have been: "ville jeg have valgt"


def _answers_that_would_have_been(doc: Doc, g: Grammar) -> list[tuple[int, int]]:
    """What a lead says the answers would have been, had the sender come, which answers nothing
    now: the lines after it to the end of their paragraph when it ends in a colon ("For the
    record, my answers would have been:" over "1) Workshop: Partnerships / 2) Dinner: yes"; the
    sender's words after the paragraph say why), else the rest of its clause up to a turn ("I
    would have said yes to both, but I'm needed in Brussels"), when it is one of saying before
    a yes or a no. Not after a turn to what is: "Jeg ville have valgt Regnvand, men tager nu:"."""
    leads, turns = phrases("text.would_have_been"), g.words["text.contrasts"]
    saying, answers = phrases("text.would_have_said"), g.words["polarity.answer_words"]
    spans = []
    for s, e in doc.sentences:
        colon = e - 1 if doc.texts[e - 1] == ":" and e < len(doc.tokens) and doc.tokens[e].nl > 0 else None
        words = [k for k in range(s, e) if doc.tokens[k].kind == "w"]
        texts = [doc.texts[k] for k in words]
        # (each lead's end, in words, and the lead)
        led = [(i + n, lead) for i in range(len(words)) for n in range(2, _LEAD_WORDS + 1)
               if (lead := " ".join(texts[i:i + n])) in leads]
        if not led:
            continue
        if colon is not None and turns.isdisjoint(texts[max(i for i, _ in led):]):
            # (the list may stand a blank line below its lead)
            spans.append((e, next((k for k in range(e + 1, len(doc.tokens)) if doc.tokens[k].nl > 1), len(doc.tokens))))
        elif colon is None:
            for i, lead in led:
                if i < len(words) and texts[i] in answers and lead in saying:
                    end = doc.clause_of(words[i])[1]
                    spans.append((words[i], next((k for k in range(words[i], end) if doc.texts[k] in turns), end)))
    return spans


_AGREED_WORDS = 4  # words after a claim that may agree with it: "- det passer fint"


def _agreed_after(doc: Doc, g: Grammar, k: int) -> bool:
    """A clause after token k in its sentence, or the next sentence, agrees with what was claimed
    before k, and denies nothing: "- det passer fint", "..., fordi vi sidder med beboerhuset – det
    er helt fint med mig"."""
    e = doc.sentence_of(k)[1] if k < len(doc.tokens) else k
    starts = [k] + [j + 1 for j in range(k, e) if doc.texts[j] in DASHES or doc.texts[j] == ","] + [e]
    for start in starts:
        after = [t.text for t in doc.tokens[start:] if t.kind == "w"][:_AGREED_WORDS]
        if any(" ".join(after[:n]) in phrases("party.claim_agreed") for n in range(1, len(after) + 1)) \
                and g.words["polarity.negation"].isdisjoint(after):
            return True
    return False


_HEADING_WORDS = 6  # "Tilmelding til ressourcenetværk 20. juni"


def _heading(doc: Doc, g: Grammar) -> bool:
    """The first line is a heading naming the mail ("Tilmelding", "Tilmelding til
    ressourcenetværk 20. juni"): a noun first, no one saying anything, a line of its own."""
    if not doc.sentences:
        return False
    a, b = doc.sentences[0]
    words = [t.text for t in doc.tokens[a:b] if t.kind != "p"]
    return b < len(doc.tokens) and doc.tokens[b].nl > 0 and 0 < len(words) <= _HEADING_WORDS \
        and words[0] in g.words["intent.headings"] \
        and not any(w in g.union("party.first_person", "party.we") for w in words)


def _only_yes(doc: Doc, g: Grammar, signature: list[tuple[int, int]]) -> int | None:
    """The end of a reply that says nothing but yes ("Ja", "Yes please", "Jep 👍", its
    signature aside): to the invitation, that is coming. None for any other reply."""
    end = signature[0][0] if signature else len(doc.tokens)
    words = [t.text for t in doc.tokens[:end] if t.kind != "p"]
    yes, more = g.words["polarity.yes"], g.words["intent.bare_yes"]
    if 0 < len(words) <= _BARE_YES and any(w in yes for w in words) and all(w in yes or w in more for w in words):
        return end
    return None


def _only_no(doc: Doc, g: Grammar, noes: list[Cue]) -> tuple[int, int] | None:
    """The sentence of a reply, about nothing else, that says no and nothing more ("Nej tak
    fra mig denne gang.", "No thanks from me this time."): to the invitation, that is not
    coming. None when there is none."""
    fillers = g.words["intent.bare_no"]
    for cue in noes:
        a, b = doc.sentence_of(cue.start)
        words = [t.text for t in doc.tokens[a:b] if t.kind != "p"]
        if doc.opening(a, b) == doc.tokens[cue.start].text and all(
                w in fillers for w in doc.texts[cue.end:b] if w[0].isalnum()) and len(words) <= _BARE_NO:
            return a, b
    return None


def _after_its_date(doc: Doc, i: int, days: set[int]) -> bool:
    """Token i follows a colon in its sentence, and a date of another day stands before the
    colon: "Familier/forebyggelse, 13. juni: kan desværre ikke"."""
    s = doc.sentence_of(i)[0]
    colon = max((k for k in range(s, i) if doc.texts[k] == ":"), default=None)
    return colon is not None and any(doc.tokens[k].kind == "n" and doc.tokens[k].clause in days
                                     for k in range(s, colon))


def _one_of_ones_own(doc: Doc, g: Grammar, i: int) -> bool:
    """Token i starts something of the sender's own other than the place here or the meal:
    "aflyser min vagt i lektiecaféen" (not "min tilmelding", "my dinner booking")."""
    return i + 1 < len(doc.tokens) and doc.texts[i] in g.words["intent.own_objects"] \
        and doc.tokens[i + 1].kind == "w" \
        and doc.texts[i + 1] not in g.union("intent.registration_nouns", "dinner.nouns")


_GATHERING_REACH = 3  # words from the "til" to the gathering's noun: "til KL's beskæftigelseskonference"


def _another_gathering(doc: Doc, g: Grammar, i: int) -> bool:
    """A compound naming a gathering not ours stands within a few words after token i in its
    clause: "takket nej til KL's beskæftigelseskonference", "meldt afbud til vores
    styregruppemøde" (not "til mødet", "til netværksmødet")."""
    endings = tuple(g.words["intent.other_event_endings"])
    ours = g.words["intent.our_event_words"]
    b = min(doc.clause_of(i)[1], i + _GATHERING_REACH) if i < len(doc.tokens) else i
    return any(t.endswith(endings) and t not in ours and t not in endings for t in doc.texts[i:b])


def _sent_on_to_another(doc: Doc, g: Grammar, k: int) -> bool:
    """At token k, the decline is sent on to a person named by first name, whose meeting it is:
    "... so please send my apologies to Mette" (not to the one greeted: "Hej Karen ... meld
    afbud til Karen")."""
    if k + 1 >= len(doc.tokens) or doc.texts[k] not in g.words["intent.sent_to"]:
        return False
    name = doc.tokens[k + 1]
    return name.cap and name.text in g.words["party.first_names"] \
        and not any(doc.texts[j] == name.text and addressed(doc, g, j) for j in range(k))


def _a_dated_meeting(doc: Doc, g: Grammar, i: int) -> bool:
    """After token i in its clause, a meeting's noun and a date after it: "kan jeg ikke deltage
    i opfølgningsmødet om lektiecaféen den 1. juni", "I can't make the board meeting on the
    14th" (in a clause of another day: the meeting of that day)."""
    if i >= len(doc.tokens):
        return False  # the negation ends the text: "13/6 not"
    endings = tuple(g.words["text.meeting_endings"])
    b = doc.clause_of(i)[1]
    noun = next((k for k in range(i, b) if doc.texts[k].endswith(endings)), None)
    return noun is not None and any(doc.tokens[k].kind == "n" or ordinal_day(doc, g, k) for k in range(noun + 1, b))


def _dated_next(doc: Doc, g: Grammar, i: int) -> bool:
    """A date is the next word at token i, past filler: "d. 13/6", "desværre den 13."."""
    filler, dates = g.words["text.filler"], g.words["numbers.date_words"]
    j = next((k for k in range(i, len(doc.tokens)) if doc.texts[k] not in filler), None)
    return j is not None and (doc.texts[j] in dates or doc.tokens[j].kind == "n")


def _counted_for_another_day(doc: Doc, g: Grammar, clause: int, dated: set[int]) -> bool:
    """The clause that counts them is of another day, or the relative clause right after it:
    "vi er 3 ledere og 27 spejdere, der skal en uge til Thy i juli"."""
    if clause in dated:
        return True
    relatives = g.union("party.relatives", "party.relatives_after_nouns")
    return clause + 1 in dated and doc.opening(*doc.clauses[clause + 1]) in relatives


def _chosen_for_another_day(doc: Doc, g: Grammar, choice: Choice, days: set[int]) -> str | None:
    """A date that is not the meeting's, in the sentence that chooses and before the choice
    with no turn between ("Thursday 22 June works well for me - I'll join the local area
    workshop", "onsdag d. 21. juni kan jeg godt, og jeg tager ..."): which day they mean is
    for a person to find out. Not a date told as the day one cannot ("Jeg har ferie til 15/6,
    men ...", "kan ikke d. 13, men ...")."""
    if choice.evidence is None or not days:
        return None
    start, end = choice.evidence
    s, _ = doc.sentence_of(start)
    turns = g.union("text.contrasts", "polarity.negation")
    for c in sorted(days):
        a, b = doc.clauses[c]
        if s <= a <= start and not any(t.text in turns for t in doc.tokens[a:end]):
            return doc.quote(a, b)
    return None


def _chosen_at_another_time(doc: Doc, g: Grammar, choice: Choice, months: set[int]) -> str | None:
    """The choice is said in a clause placing it in another month, or back then: "I
    familienetværket i april valgte jeg workshop 2", "Dengang meldte jeg mig til workshop 2"
    (not "På mødet i februar var jeg i gruppe 2, så denne gang vil jeg gerne prøve
    Lokalområdet", where it is said in the clause after)."""
    if choice.evidence is None:
        return None
    a, b = doc.clause_of(choice.evidence[0])
    if doc.tokens[a].clause not in months and g.words["numbers.back_then"].isdisjoint(doc.texts[a:b]):
        return None
    return doc.quote(a, b)


def _coming_on_another_day(doc: Doc, g: Grammar, intent: Intent, days: set[int], attend: list[Cue],
                           day: dt.date | None) -> str | None:
    """Coming said with another date than the meeting's, in the same clause: "Jeg kommer
    gerne tirsdag d. 27. juni." (which meeting they mean is for a person to find out); not
    "Jeg kommer, men kan ikke d. 27.", nor when coming is said again later with our date ("1)
    Til fællesmødet d. 13. juni kommer vi 3 ... 2) Til ressourcenetværket d. 20. juni kommer
    jeg selv")."""
    if intent.attending_at is None or not days or day is None or any(
            c.start > intent.attending_at and names_the_day(doc, g, *doc.sentence_of(c.start), day) for c in attend):
        return None
    # (or a farewell said with another date: "Count me in ... See you on the 21st!")
    farewells = g.words["intent.farewell_words"]
    clauses = [doc.tokens[intent.attending_at].clause] + [
        doc.tokens[c.start].clause for c in attend if farewells.intersection(doc.texts[c.start:c.end])]
    turns = g.union("text.contrasts", "polarity.negation")
    for clause in clauses:
        a, b = doc.clauses[clause]
        if clause in days and not any(t.text in turns for t in doc.tokens[a:b]):
            return doc.quote(a, b)
    return None


def _described(doc: Doc, g: Grammar, context: Context, choice: Choice, mentions: list[Mention], ws_cues: Cues,
               intent_cues: Cues, doubts: list[Cue], our_quotes: list[Described], negations: list[Cue]) -> None:
    """No workshop chosen, but one described: "gruppen om miljø og genbrug" (see topics),
    alone or beside its name said only in passing ("... og genbrug (bæredygtighed)"); not
    one given up ("Jeg troede først, jeg skulle være med i den om nabolaget, men ...") nor
    one after a doubt in its sentence ("Jeg kan ikke bestemme mig mellem den grønne og ..."),
    nor one of two offered ("enten den med genbrug eller den om ..."), nor one ruled out
    ("bare ikke den med virksomhederne") or offered as a fallback ("Men mangler I folk til
    genbrugsgruppen, tager jeg gerne den i stedet")."""
    choosing = [c.start for kind in ("choice", "choice_after", "preference") for c in ws_cues[kind]]
    ids = {w.id for w in context.workshops}  # a number with no workshop of its own ("4") names none
    named = {k: m.id for m in choice.mentions if m.id in ids for k in range(m.start, m.end)}
    turns = g.words["text.contrasts"]
    skip: set[int] = set()
    # (nor one for a later meeting: "keep us in mind for future network meetings - the
    # circular economy angle is very relevant for us")
    for cue in ws_cues["retract"] + ws_cues["counterfactual"] + ws_cues["future"]:
        e = doc.sentence_of(cue.start)[1]
        end = next((k for k in range(cue.end, e) if doc.tokens[k].text in turns), e)
        skip.update(range(cue.start, end))
    # nor one of two offered: "enten den med genbrug eller den om at finde firmaer", nor the
    # fallback: "..., men hvis den er fyldt op, tager jeg gerne den med naboerne og skolen i stedet"
    for cue in doubts + ws_cues["alternative_openers"] + ws_cues["fallback"] + ws_cues["fallback_if"] \
            + ws_cues["fallback_after"]:
        skip.update(range(cue.start, doc.sentence_of(cue.start)[1]))
    # (the whole clause: what it is said of may stand before it, "Miljødelen er ikke lige mit felt";
    # and so with one skipped: "Partnerskaber har vi snakket rigeligt om, så den vinkel springer jeg over")
    skipping = g.words["intent.skipping"]
    for cue in negations + [c for c in intent_cues["decline"] if doc.texts[c.start] in skipping]:
        skip.update(range(*doc.clause_of(cue.start)))
    # (nor our own words quoted, which describe by the section they come from, see below)
    quotes = [q for q in our_quotes if q.id and q.start not in skip]
    for q in quotes:
        skip.update(range(q.start, q.end))
    # a workshop named and left out of the choice (somebody else's) is not described either
    for m in mentions:
        if m not in choice.mentions:
            skip.update(range(m.start, m.end))
    found = described(doc, g, tuple(context.workshops), choosing + [c.start for c in intent_cues["attend"]], named,
                      skip)
    # (or one of our own questions about it quoted, and a choice in that sentence or the next
    # two: '"Hvem kan beskæftige ledige efter endt forløb ...?" – det er jo os ... så der hører
    # jeg hjemme')
    chosen_in = {doc.tokens[k].sent for k in choosing + [c.start for c in intent_cues["attend"]]}
    found = sorted(found + [q for q in quotes if any(
        doc.tokens[q.start].sent + k in chosen_in for k in range(_QUOTE_TO_CHOICE))], key=lambda d: d.start)
    found = [d for k, d in enumerate(found) if all(d.id != e.id for e in found[:k])]  # each at its first
    if len(found) > 1:  # "Hanne vil helst være med i gruppen om genbrug ... Jeg er mere til den med virksomhederne"
        choice.unclear = doc.quote(found[0].start, found[-1].end)
        choice.chosen_ids |= {d.id for d in found}
        choice.reasons.append(f"workshop unclear (more than one described): '{choice.unclear}'")
        return
    # (a name said of where is no other workshop: "the group on the environment - reusing and
    # upcycling what we already have in the neighbourhood"; nor one taken back: "så det oplagte
    # ville være bæredygtighed. Men ... være med i gruppen om, hvilke virksomheder der kan aftage ...")
    # (nor one said to appeal too before a turn to the one described: "Lokalområdet lyder bestemt
    # også spændende, men jeg tror, jeg gør mest gavn i gruppen om samarbejdet med virksomhederne")
    taken_back = {m.id for m in choice.mentions if "retracted" in m.marks
                  or (found and also_before_turning_to(doc, g, m, found[0].start))}
    if found and found[0].id not in taken_back \
            and all(m.id == found[0].id or says_where(doc, g, m.start) or m.id in taken_back or not m.strong
                    for m in choice.mentions):
        one = found[0]
        choice.workshop, choice.chosen_ids, choice.unclear = one.id, {one.id}, None
        choice.reasons = [r for r in choice.reasons if not r.startswith("workshop unclear")]
        choice.evidence = doc.clause_of(one.start)
        choice.reasons.append(f"workshop {one.id}: described ('{doc.quote(one.start, one.end)}')")


_QUOTE_TO_CHOICE = 3  # sentences from a quotation of ours to the choice it explains, its own included


def _pointed_past_another(doc: Doc, context: Context, choice: Choice) -> None:
    """A pointer back chooses the workshop named before it ("... i lokalområdet ... Skriv mig
    på den vinkel"), but not when the words between describe another one only: "Vi har mange
    kontakter i lokalområdet gennem erhvervsforeningen, så jeg vil gerne være med til at finde
    ud af, hvilke virksomheder der kan aftage produkterne ... Skriv mig på den vinkel." may
    point at either, and is asked."""
    pointed = [(m, m.chosen_at) for m in choice.mentions if m.id == choice.workshop and m.chosen_at is not None]
    if not pointed or choice.evidence != doc.clause_of(pointed[-1][1]):
        return
    m, at = pointed[-1]
    # (not one named there and put behind it: "I'd rather do sustainability than partnerships for
    # a change - please put me down for that one")
    put_behind = {x.id for x in choice.mentions if m.end <= x.start < at and x.marks & {"retracted", "negated"}}
    between = subjects_between(doc, tuple(context.workshops), m.end, at) - put_behind
    if not between or choice.workshop in between:
        return
    _unchosen(choice, doc.quote(m.start, doc.clause_of(at)[1]), "pointed back past another's subject")


def _described_with_another(doc: Doc, g: Grammar, context: Context, choice: Choice) -> None:
    """A workshop named in a description that goes on to another one's subject: "den om
    lokalområdet og miljøet" may be either, and is asked."""
    if choice.workshop is None:
        return
    nouns, links = g.words["workshop.description_nouns"], g.words["workshop.description_links"]
    mixed = None
    for m in (m for m in choice.mentions if m.id == choice.workshop):
        k = m.start - 1 - (m.start > 0 and doc.texts[m.start - 1] in THE)  # "the one about the local area"
        e = doc.clause_of(m.start)[1]
        if k < 1 or doc.texts[k] not in links or doc.texts[k - 1] not in nouns \
                or not subjects_between(doc, tuple(context.workshops), m.end, e) - {m.id}:
            return  # (named plainly too: "... rather on the local area than on partnerships. So angle 1 for me.")
        mixed = mixed or (k - 1, e)
    if mixed is not None:
        _unchosen(choice, doc.quote(*mixed), "described with another's subject")


def _numbered_with_another_subject(doc: Doc, g: Grammar, context: Context, choice: Choice) -> None:
    """A workshop chosen by its number and described right after it by another one's subject
    only: "Jeg tager workshop 1 om genbrug og upcycling" (1 is the local area; reuse is the
    second's) may be either, and is asked."""
    links = g.words["workshop.description_links"] | {"("}
    for m in (m for m in choice.mentions if m.id == choice.workshop and m.how == "number"):
        e = doc.clause_of(m.start)[1]
        if m.end < e and doc.texts[m.end] in links:
            described = subjects_between(doc, tuple(context.workshops), m.end, e)
            if described and choice.workshop not in described:
                _unchosen(choice, doc.quote(m.start, e), "numbered with another's subject")
                return


def _restated_as_another(doc: Doc, g: Grammar, context: Context, choice: Choice) -> None:
    """A workshop named, then said again in other words that describe another one only:
    "Lokalområdet - altså den med genanvendelse og upcycling", "Partnerskaber, den hvor vi
    snakker om hvad beboerne har brug for", "the sustainability workshop – the one about which
    companies can employ people", "the partnerships workshop (cutting consumption, ...)" (the
    name or the description may be the mistake: asked)."""
    if choice.workshop is None:
        return
    nouns, links = g.words["workshop.description_nouns"], g.words["workshop.description_links"]
    between_words = g.words["workshop.apposition_words"]
    for m in (m for m in choice.mentions if m.id == choice.workshop):
        e = doc.sentence_of(m.start)[1]
        k = m.end
        while k < e and (doc.tokens[k].kind == "p" or doc.texts[k] in between_words):
            k += 1
        # (or in a bracket right after it: "the partnerships workshop (cutting consumption, ...)")
        opened = "(" in doc.texts[m.end:k]
        if opened:
            e = next((j for j in range(k, e) if doc.texts[j] == ")"), e)
        elif k == m.end or k + 1 >= e or doc.texts[k] not in nouns or doc.texts[k + 1] not in links:
            continue
        described = subjects_between(doc, tuple(context.workshops), k, e)
        if not opened:  # (by another's name too: "workshop 2, the one about the local area")
            described |= {x.id for x in choice.mentions if k <= x.start < e}
        if described and m.id not in described:
            _unchosen(choice, doc.quote(m.start, e), "said again as another")
            return


def _chosen_if_it_is_the_one(doc: Doc, context: Context, choice: Choice, ws_cues: Cues) -> None:
    """A workshop chosen on the condition that it is the one described after it: kept when
    the description is its own ("Skriv mig på workshop 1, hvis det er den, hvor vi taler om
    skolerne"), asked when it is another's or only the coordinator could tell ("..., hvis det er
    den, hvor en boligsocial medarbejder som mig gør mest nytte")."""
    if choice.workshop is None:
        return
    for c in ws_cues["identity_conditions"]:
        s, e = doc.sentence_of(c.start)
        if not any(m.id == choice.workshop and s <= m.start and m.end <= c.start for m in choice.mentions):
            continue
        # (to a turn to what else may be: "– ellers må du placere mig")
        end = next((k for k in range(c.end, e) if doc.texts[k] in DASHES), e)
        described = subjects_between(doc, tuple(context.workshops), c.end, end) | {
            m.id for m in choice.mentions if c.end <= m.start < end}
        if described != {choice.workshop}:
            _unchosen(choice, doc.quote(s, e), "chosen if it is the one described")
            return


def _number_asked_as_another(doc: Doc, choice: Choice) -> None:
    """A workshop chosen by its number, and another named in a question of the same sentence
    as the one that number is: "Jeg vil gerne på nr. 2 – det er vel den om lokalområdet?"; a
    tag asks it too: "Jeg tager workshop 2 - det var den om partnerskaber, ikke sandt?" (the
    number or the name may be the mistake; which is meant is asked)."""
    if choice.workshop is None:
        return
    chosen = [m for m in choice.mentions if m.id == choice.workshop and m.how == "number"]
    for m in chosen:
        s, e = doc.sentence_of(m.start)
        asked = doc.texts[e - 1] == "?"
        if any(("question" in x.marks or asked) and x.id != m.id and x.how == "name" and m.start < x.start < e
               for x in choice.mentions):
            _unchosen(choice, doc.quote(s, e), "its number asked as another")
            return


def _unchosen(choice: Choice, unclear: str, why: str) -> None:
    """The workshop read is taken back: the words `unclear` may name either, for the reason `why`."""
    choice.workshop, choice.evidence, choice.unclear = None, None, unclear
    choice.reasons = [r for r in choice.reasons if not r.startswith("workshop ")]
    choice.reasons.append(f"workshop unclear ({why}): '{unclear}'")


def _recalled(doc: Doc, ws_cues: Cues, names: Names) -> tuple[Cue, ...]:
    """A bare "Nej," right before a workshop's number corrects what came before it, as "nej
    vent" does: "Workshop 1. Nej vent – 3. Nej, 1 alligevel, final answer!"; so does one
    before a choice of a number in its clause: "3 … eller nej, 2 passer nok bedre … nej, jeg
    bliver ved 3"; so does one right after a workshop, with only punctuation between, when
    another is named after it in its sentence: "Jeg vælger Lokalomr... nej Partnerskaber",
    "Jeg tager vinkel 1 … nej, jeg har lige talt med min chef, og det skal være Partnerskaber"
    (not "Workshop 1, nej tak til maden"); a word for breath may come between: "Nej okay,
    1 – det var rigtigt første gang"."""
    tokens = doc.tokens
    thanks = grammar().words["intent.bare_no"]  # ("nej tak", "nej desværre": a no, no correction)

    def workshop_number(k: int) -> bool:
        return tokens[k].kind == "n" and int(tokens[k].text) in names.ids

    def named(k: int) -> bool:
        return workshop_number(k) or names.lookup(tokens[k].text) is not None

    def after_a_workshop(c: Cue) -> bool:
        k = next((k for k in range(c.start - 1, -1, -1) if tokens[k].kind != "p"), None)
        if k is None or c.start - k > _RECALL_PUNCTUATION + 1 or not named(k) or doc.texts[c.end] in thanks:
            return False
        first = names.lookup(tokens[k].text)
        return any((hit := names.lookup(tokens[j].text)) is not None and (first is None or hit[0] != first[0])
                   for j in range(c.end, doc.sentence_of(c.end)[1]))

    fillers = grammar().words["workshop.recall_fillers"]

    def breath(k: int) -> int:
        """Past a word that only takes a breath at k: "Nej okay, 1", or its letters typed in a
        hurry: "Workshop 1.. nej vnet, 2"."""
        if k < len(tokens) and (tokens[k].text in fillers or any(_transposed(tokens[k].text, f) for f in fillers)):
            return next((j for j in range(k + 1, min(k + 3, len(tokens))) if tokens[j].kind != "p"), k)
        return k

    return tuple(Cue("corrections", c.start, breath(c.end)) for c in ws_cues["recalls"] if c.end < len(tokens) and (
        workshop_number(breath(c.end)) or after_a_workshop(c) or (
            any(c.end <= x.start <= c.end + 1 for x in ws_cues["choice"])
            and any(workshop_number(k) for k in range(c.end, doc.clause_of(c.end)[1])))))


_RECALL_PUNCTUATION = 3  # marks between a name and the "nej" correcting it: "Lokalomr... nej"
_TYPO_LENGTH = 4  # shorter words swapped are other words: "ok" and "ko"


def _transposed(word: str, meant: str) -> bool:
    """`word` is `meant` with two neighbouring letters swapped, as a quick thumb types it."""
    if len(word) != len(meant) or len(word) < _TYPO_LENGTH or word == meant:
        return False
    diff = [i for i in range(len(word)) if word[i] != meant[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and word[diff[0]] == meant[diff[1]] and word[diff[1]] == meant[diff[0]]


def _hedged_fallbacks(doc: Doc, g: Grammar, polarity: Cues, mentions: list[Mention]) -> tuple[Cue, ...]:
    """A hedge standing between two workshops of a sentence, with nothing but punctuation
    around it, offers the second as a fallback and doubts neither: "Workshop 2 (evt. 1)",
    "Ws 2, evt. 1 hvis 2 er fyldt"."""
    hedges = g.words["workshop.fallback_hedges"]
    tokens = doc.tokens
    ends, starts = {m.end for m in mentions}, {m.start for m in mentions}
    found = []
    for cue in polarity["undecided"]:
        if tokens[cue.start].text not in hedges:
            continue
        before, after = cue.start, cue.end
        while before > 0 and tokens[before - 1].kind == "p":
            before -= 1
        while after < len(tokens) and tokens[after].kind == "p":
            after += 1
        if before in ends and after in starts and tokens[before - 1].sent == tokens[after].sent:
            found.append(Cue("fallback", cue.start, cue.end))
    return tuple(found)


def _doubts(doc: Doc, g: Grammar, polarity: Cues, ws_cues: Cues, anchors: list[Anchor],
            markers: list[int]) -> dict[str, list[Cue]]:
    """The doubt cues by what they doubt: "workshop" or "dinner" (the rest doubt coming)."""
    topics = {a.start: a.what for a in anchors}
    hedges, anaphora = g.words["polarity.hedges"], g.words["polarity.anaphora"]
    joiners = g.words["text.joiners"]
    # "eller evt. 2" is a fallback, not a doubt
    phrased = {i for c in ws_cues.all for i in range(c.start, c.end)}
    hedged = [c for c in polarity["undecided"] if doc.tokens[c.start].text in hedges and c.start not in phrased]
    chosen = [c.start for kind in ("choice", "switch") for c in ws_cues[kind]]
    named = [a.start for a in anchors if a.what == "workshop"]
    plain = [c for c in polarity["undecided"]
             if doc.tokens[c.start].text not in hedges and not _settled(doc, g, c)
             and not _choice_drawn(doc, g, c, chosen, named)]
    doubts = doubt_topics(doc, hedged, topics, hedges, anaphora, joiners)
    if "workshop" in doubts:
        doubts["workshop"] = [c for c in doubts["workshop"] if not _turned_to_a_choice(doc, g, c, chosen, named)
                              and not _taken_all_the_same(doc, g, c, chosen, named)]
    # a workshop noun without a number is a topic for doubt, not for a hedge:
    # "jeg vender tilbage om workshoppen" is undecided, "måske nyttig i workshoppen" is not
    numbered = g.words["workshop.numbered_markers"]  # "whether there's a vegetarian option"
    # (or those left: "har ikke besluttet mig mellem de to andre endnu")
    for i in markers + _which_workshop(doc, g) + [c.start for c in ws_cues["the_rest"]]:
        if doc.tokens[i].text not in numbered and not _in_a_place_name(doc, i) and not owned_after(doc, g, i + 2) \
                and not (i + 1 < len(doc.tokens) and doc.texts[i + 1] in g.words["workshop.starting"]):
            # (nor one whose start tells a time: "I'll most likely arrive around 17:15, just as
            # the workshops start"; nor one numbered in the sender's own programme: "Jeg
            # planlægger workshop 1 i vores sommerskole")
            topics.setdefault(i, "workshop")
    for i in _whether_i_stay(doc, g, anchors):
        topics.setdefault(i, "dinner")
    either = [c for c in polarity["either"] if not doc.asks(c.start)]
    topics.update((c.start, "workshop") for c in either)
    for topic, found in doubt_topics(doc, plain + either, topics, hedges, anaphora, joiners, g.words["text.because"],
                                      g.words["dinner.embedded_question"]).items():
        doubts.setdefault(topic, []).extend(found)
    # a doubt about the workshop settled further on: "hælder mest til lokalområdet ... Men
    # bæredygtighed lyder også spændende ... Nå, jeg bestemmer mig: Lokalområdet!"
    # (and the doubt inside the words that settle it: "nu er jeg ikke længere i tvivl")
    # (not the words of settling asked about in the doubt's own question: "Jeg er i tvivl om,
    # om jeg skal blive på vinkel 1 eller hellere skifte til vinkel 3")
    # (nor in a clause of whatever it will be: "Jeg spiser med, uanset hvad jeg ender med")
    # (nor settling denied: "I haven't settled on a workshop yet")
    # (nor a settling in a sentence of the meal alone: "Not sure yet which angle ... What I am
    # sure about is the food, so please count me in for that!")
    if "workshop" in doubts:
        whatever, negation = g.words["workshop.whatever"], g.words["polarity.negation"]
        last = max((c.end for c in ws_cues["settles"] if not _asked_in(doc, g, doubts["workshop"], c)
                    and not _of_the_meal_alone(doc, c, anchors)
                    and whatever.isdisjoint(doc.texts[doc.clause_of(c.start)[0]:c.start])
                    and negation.isdisjoint(doc.texts[doc.clause_of(c.start)[0]:c.start])), default=-1)
        doubts["workshop"] = [c for c in doubts["workshop"] if c.start >= last]
    if "workshop" in doubts:
        doubts["workshop"] = [c for c in doubts["workshop"] if not _answered_after_a_colon(doc, c, named)
                              and not _hedged_refusal(doc, g, c, named)]
    return doubts


def _viewpoints(doc: Doc, g: Grammar, froms: list[Cue]) -> list[tuple[int, int]]:
    """The "fra"/"from" that opens a point of view, not a workshop left: "Fra vores vinkel er
    bæredygtighed helt afgørende", "From my perspective, ..." (not "fra vinkel 1 til vinkel 3")."""
    nouns = g.union("workshop.markers", "workshop.perspectives")
    return [(c.start, c.end) for c in froms if c.end + 1 < len(doc.tokens) and doc.texts[c.end + 1] in nouns
            and a_point_of_view(doc, g, c.end + 1)]


def _hedged_refusal(doc: Doc, g: Grammar, hedge: Cue, named: list[int]) -> bool:
    """A hedge on the negation of a workshop named before it, with another named outside its
    clause: "Partnerskaber er nok ikke lige mig ... Jeg sætter Lokalområdet øverst" turns one
    down (not "Jeg kan nok ikke vælge mellem 1 og 3 endnu", which names them after it)."""
    a, b = doc.clause_of(hedge.start)
    return not g.words["polarity.negation"].isdisjoint(doc.texts[hedge.start + 1:min(hedge.end + 1, b)]) \
        and any(a <= i < hedge.start for i in named) and any(not a <= i < b for i in named)


def _turned_to_a_choice(doc: Doc, g: Grammar, hedge: Cue, chosen: list[int], named: list[int]) -> bool:
    """A hedge weighing one workshop, and a turn after it in its sentence to another chosen:
    "angle 1 is probably better suited to the housing people, but ... I'll sign up for 3"."""
    s, e = doc.sentence_of(hedge.start)
    turn = next((k for k in range(hedge.end, e) if doc.texts[k] in g.words["text.contrasts"]), None)
    return turn is not None and any(turn < c < e for c in chosen) and any(turn < k < e for k in named)


def _in_a_place_name(doc: Doc, i: int) -> bool:
    """Token i is the capitalised last word of a name of two, inside its sentence: "sidste bus
    til Brøndby Strand" (a marker of another language: "strand", "track")."""
    tokens = doc.tokens
    return tokens[i].cap and i > 0 and tokens[i - 1].cap and tokens[i - 1].kind == "w" \
        and doc.sentence_of(i)[0] < i - 1


def _whether_i_stay(doc: Doc, g: Grammar, anchors: list[Anchor]) -> list[int]:
    """A bare "whether I can stay", in the meal's sentence or the one after it, is of the meal:
    "Jeg spiser gerne med … men om jeg kan blive, afhænger af om min afløser kan tage
    aftenholdet" (not "om jeg kan blive hele mødet")."""
    meal = {doc.tokens[x.start].sent for x in anchors if x.what == "dinner"}
    passing = g.union("text.contrasts", "text.coordinators")
    whether = g.words["dinner.embedded_question"]
    out = []
    for i in doc.indices_of(g.words["dinner.bare_stays"]):
        a, b = doc.clause_of(i)
        sent = doc.tokens[i].sent
        if doc.opening(a, b, passing) in whether and all(t.kind == "p" for t in doc.tokens[i + 1:b]) \
                and (sent in meal or sent - 1 in meal):
            out.append(i)
    return out


def _taken_all_the_same(doc: Doc, g: Grammar, hedge: Cue, chosen: list[int], named: list[int]) -> bool:
    """A hedge on the one workshop named, then a choice of it by a pointer, in its sentence or
    the next, naming no other: "Sandsynligvis Lokalområdet – men sæt mig bare på den",
    "Probably the local area one - but just put me down for it"."""
    s, e = doc.sentence_of(hedge.start)
    end = doc.sentence_of(e)[1] if e < len(doc.tokens) else e
    if sum(s <= i < end for i in named) != 1 or not any(hedge.end <= i < e for i in named):
        return False
    pointers = g.words["workshop.pointers"]
    return any(i < c < end and any(t.text in pointers for t in doc.tokens[c:doc.clause_of(c)[1]])
               for i in named if s <= i < e for c in chosen)


def _of_the_meal_alone(doc: Doc, cue: Cue, anchors: list[Anchor]) -> bool:
    """The cue's sentence names the meal and no workshop."""
    a, b = doc.sentence_of(cue.start)
    here = {x.what for x in anchors if a <= x.start < b}
    return "dinner" in here and "workshop" not in here


def _asked_in(doc: Doc, g: Grammar, doubts: list[Cue], cue: Cue) -> bool:
    """The cue stands in the question a doubt before it in its sentence asks: "i tvivl om, om
    jeg skal blive på ...", "not sure whether to stay with ..."."""
    s = doc.sentence_of(cue.start)[0]
    whether = g.words["dinner.embedded_question"]
    return any(s <= d.start and d.end <= cue.start and any(t in whether for t in doc.texts[d.end:cue.start])
               for d in doubts)


def _answered_after_a_colon(doc: Doc, cue: Cue, named: list[int]) -> bool:
    """A doubt with no workshop in its clause, reaching one only past a colon, which opens
    the answer: "..., men skriver bare lige igen, så det ikke drukner i bunken: jeg vil gerne
    være med i workshop 1"."""
    a, b = doc.clause_of(cue.start)
    e = doc.sentence_of(cue.start)[1]
    after = [i for i in named if b <= i < e]
    return not any(a <= i < b for i in named) and bool(after) and ":" in doc.texts[cue.end:after[0]]


_INVERTED_SUBJECT = 2  # a verb and its subject before the leaving: "..., tager jeg hjem"
_LEAVING_REACH = 4  # words between leaving and the meeting's end: "hjem til børnene lige efter mødet"
_CLAUSE_REACH = 7  # ... and to a clause of the end: "videre til et bestyrelsesmøde i Ishøj, så snart I runder af"


def _after_the_meeting(doc: Doc, g: Grammar, away: list[Cue],
                       hours: tuple[dt.time, dt.time] | None) -> list[tuple[int, int]]:
    """The absences told at a time of day after the meeting's end, in their clause."""
    if hours is None or not away:
        return []
    times = clock_times(doc, g)
    return [(c.start, c.end) for c in away if any(
        doc.clause_of(a) == doc.clause_of(c.start) and time >= hours[1] for a, _, time in times)]


def _leaving_at_the_end(doc: Doc, g: Grammar, cues: dict[str, Cues], hours: tuple[dt.time, dt.time] | None) -> None:
    """Leaving when the meeting ends says no to the meal served after it: "Jeg må gå
    direkte efter mødet", "I have to head home right after the session", or by a time
    within the meeting's hours: "need to leave at 18:00 sharp", "jeg smutter kl. 18.15". It is
    read as another meal of the evening is, unless the clause negates it before the end ("går
    ikke hjem lige efter mødet") or the meal stands between ("går videre til maden efter mødet")."""
    ends = list(cues["leaving"]["meeting_end"])
    times = clock_times(doc, g) if cues["leaving"]["leaving"] else []
    if hours is not None and cues["leaving"]["leaving"]:
        # (by the end at the latest; the word of time right after the leaving, not another
        # meeting's hour: "jeg skal videre til borgermøde kl. 19.30")
        ends += [Cue("by_time", a, b) for a, b, time in times if hours[0] < time <= hours[1]]
    if not ends:
        return
    dinner = cues["dinner"]
    eaten = {i for kind in ("nouns", "eat_verbs") for c in dinner[kind] for i in range(c.start, c.end)}
    meal = eaten | {i for c in dinner["stay_verbs"] for i in range(c.start, c.end)}
    negations = [c.start for c in cues["polarity"]["negation"]]
    contrasts = g.words["text.contrasts"]
    then = g.words["dinner.then_leaving"] | {","}
    added = []
    otherwise = g.words["text.otherwise"]
    for end in ends:
        if doc.opening(*doc.sentence_of(end.start)) in otherwise:
            continue  # the other branch of a condition: "Vi spiser gerne med, hvis ... Ellers går vi hjem efter opsummeringen."
        a = doc.clause_of(end.start)[0]
        comma = None  # a time clause of its own: "så jeg smutter, når I runder af"
        if end.start > 0 and doc.tokens[end.start - 1].text == "," and a >= end.start - 1 > 0:
            comma, a = end.start - 1, doc.clause_of(end.start - 2)[0]
        # (further when the end is a time clause of its own, past where one goes: "Jeg må haste
        # videre til et bestyrelsesmøde i Ishøj, så snart I runder af")
        reach = (_CLAUSE_REACH if comma is not None else _LEAVING_REACH) if end.kind == "meeting_end" else 1
        leave = next((c for c in cues["leaving"]["leaving"]
                      if a <= c.start and c.end <= end.start <= c.end + reach), None)
        if leave is None and end.kind == "meeting_end":
            if eaten.intersection(range(a, end.start)):
                continue  # the time of the meal before it: "Jeg spiser med efter mødet, men kører så lige bagefter"
            leave = _leaving_told_after(doc, end, cues["leaving"]["leaving"], times, meal, then)
            if leave is not None and not any(end.end <= n < leave.start for n in negations):
                added.append(Cue("other_meals", end.start, leave.end))
            continue
        if leave is None or any(a <= n < end.start for n in negations) \
                or any((doc.tokens[i].kind == "p" and i != comma) or i in meal for i in range(leave.end, end.start)):
            continue
        # (out and back again: "Jeg smutter lige efter workshoppen ..., men er tilbage til maden")
        e = doc.sentence_of(end.start)[1]
        turn = next((k for k in range(end.end, e) if doc.texts[k] in contrasts), None)
        if turn is not None and (any(turn < c.start < e for c in dinner["eat_verbs"]) or all(
                any(turn < c.start < e for c in dinner[kind]) for kind in ("stay_verbs", "nouns"))):
            continue
        added.append(Cue("other_meals", leave.start, end.end))
        if end.kind == "by_time":  # an answer read from the clock, which a word about the meal outweighs
            added.append(Cue("left_by_time", leave.start, end.end))
    if added:
        cues["dinner"] = dinner.without([], added=tuple(added))


def _meal_words_in_names(doc: Doc, g: Grammar, cues: dict[str, Cues]) -> None:
    """A meal's noun with a capital inside its sentence, beside another capitalised word, is a
    word of a name: "Jeg kommer fra Maden og Mennesket", "Madklubben Vest" (not a line's heading,
    "Mad: Ja tak", nor its answer after it: "Mad Ja tak")."""
    tokens = doc.tokens
    answers, joins = g.union("polarity.yes", "polarity.no"), g.words["text.coordinators"]

    def capital(k: int) -> bool:
        return 0 <= k < len(tokens) and tokens[k].cap and tokens[k].kind == "w" and doc.texts[k] not in answers

    named = [(c.start, c.end) for c in cues["dinner"]["nouns"] if tokens[c.start].cap
             and doc.first_word(*doc.sentence_of(c.start)) != c.start
             and (capital(c.start - 1) or capital(c.end) or (c.end < len(tokens) and doc.texts[c.end] in joins
                                                             and capital(c.end + 1)))]
    if named:
        cues["dinner"] = cues["dinner"].without(named, ("nouns",))


def _my_next_appointment(doc: Doc, g: Grammar, cues: dict[str, Cues]) -> None:
    """The sender's own next meeting is an appointment of the evening, no later network meeting:
    "Mit næste møde er først kl. 20, så jeg når fint at spise med" (see intent.next_meeting_words)."""
    mine = g.words["party.own_possessives"]
    own = [(c.start, c.end) for c in cues["intent"]["future"] if c.start > 0 and doc.texts[c.start - 1] in mine]
    if own:
        cues["intent"] = cues["intent"].without(own, ("future",))
        cues["workshop"] = cues["workshop"].without(own, ("future",))


def _home_by_a_time(doc: Doc, g: Grammar, cues: dict[str, Cues]) -> None:
    """Being home by a time is no meal at home: "Jeg spiser med, men jeg skal være hjemme ved
    19-tiden" (the answer is the meal's own words; "spiser hjemme kl. 19", "være hjemme til
    aftensmaden" stay a no)."""
    home, being = g.words["dinner.home"], g.words["dinner.being_home"]
    found = [c for c in cues["dinner"]["negative"]
             if doc.texts[c.end - 1] in home and c.start > 0 and doc.texts[c.start - 1] in being]
    if not found:
        return
    starts = {a for a, _, _ in clock_times(doc, g)}
    by_time = [c for c in found if any(k in starts for k in range(c.end, c.end + _HOME_BY_REACH))]
    if by_time:
        cues["dinner"] = cues["dinner"].without([(c.start, c.end) for c in by_time], ("negative",))


def _asks_for_what_follows(doc: Doc, g: Grammar, cues: dict[str, Cues]) -> None:
    """A "hvis det kan lade sig gøre" with an infinitive after it names what it hangs on, a
    condition of eating and no politeness: "Jeg spiser gerne med, hvis det kan lade sig gøre at
    komme lidt senere til maden", "if it's possible to join the meal a bit later" (not one of
    time, whose infinitive is the answer itself: "hvis det ikke er for sent at sige til")."""
    markers, possible = g.words["text.infinitive_markers"], g.words["text.possible"]
    real = [c for c in cues["dinner"]["permission"] if doc.texts[c.end - 1] in possible
            and c.end + 1 < len(doc.tokens) and doc.texts[c.end] in markers and doc.tokens[c.end + 1].kind == "w"]
    if real:
        cues["dinner"] = cues["dinner"].without([(c.start, c.end) for c in real], ("permission",),
                                                tuple(Cue("conditional", c.start, c.start + 1) for c in real))


def _the_meal_said_served(doc: Doc, g: Grammar, cues: dict[str, Cues]) -> None:
    """A condition only that the meal is served, which the invitation tells, is met: "Jeg spiser
    med, hvis der er mad", "If dinner is included, count me in for that too" (not "hvis der er
    vegetarmad", nor "if it's free")."""
    met = [(c.start, c.end) for c in cues["dinner"]["conditional"]
           if dinner_.only_served(g, [t.text for t in doc.tokens[c.end:doc.clause_of(c.start)[1]] if t.kind == "w"])]
    if met:  # (an "if" is also "whether": "if dinner is included")
        cues["dinner"] = cues["dinner"].without(met, ("conditional", "embedded_question"))
        cues["intent"] = cues["intent"].without(met, ("conditional",))


_HOME_BY_REACH = 3  # tokens from "hjemme" to the time: "hjemme ved 19-tiden", "hjemme igen kl. 19", "home by 7 pm"


def _staying_at_the_end(doc: Doc, g: Grammar, cues: dict[str, Cues], hours: tuple[dt.time, dt.time] | None) -> None:
    """Staying past the meeting's end is staying for the meal served then: "jeg bliver gerne
    hængende, når mødet er slut", "I can stay on after the summary as well", "I'll stay on
    after 18.30 too" (its end or later), read as "bliver hængende bagefter" is; only a few
    words between (`dinner.staying_on`, or a negation: "I won't stay after the summary"), the
    sender speaking in the sentence before. Not staying until the end ("til opsummeringen er
    slut"), which is leaving after it."""
    stays = cues["dinner"]["stay_verbs"]
    if not stays:
        return
    until, after = g.words["numbers.until_words"], g.words["dinner.staying_after"]
    ends = [c for c in cues["leaving"]["meeting_end"] if doc.texts[c.start] not in until]
    if hours is not None:
        ends += [Cue("by_time", a - 1, b) for a, b, time in clock_times(doc, g)
                 if a > 0 and doc.texts[a - 1] in after and time >= hours[1]]
    if not ends:
        return
    between = g.union("dinner.staying_on", "polarity.negation")
    me = g.union("party.first_person", "party.we")
    added = []
    for end in ends:
        s = doc.sentence_of(end.start)[0]
        stay = max((c for c in stays if s <= c.start and c.end <= end.start
                    and all(t in between for t in doc.texts[c.end:end.start])), key=lambda c: c.end, default=None)
        if stay is not None and me.intersection(doc.texts[s:stay.start]):
            added.append(Cue("eat_verbs", stay.start, end.end))
    if added:
        cues["dinner"] = cues["dinner"].without([], added=tuple(added))


def _a_serving_for_me(doc: Doc, g: Grammar, cues: dict[str, Cues]) -> None:
    """A serving asked for the sender is a yes to the meal, as "en tallerken til mig" is: "Husk
    lige en vegetarret til mig bagefter", "skriv mig gerne op til en halalret", "to grønne
    tallerkener, tak", "a vegan plate for me, please": a serving (`dinner.servings`, or in
    Danish a compound of one after a diet, "halalret"), then `dinner.serving_receivers` ("til
    mig", "for me"), or a thanks or please closing the request; or asked for by
    `dinner.serving_orders` before it."""
    servings, diets = g.words["dinner.servings"], g.words["notes.diet"]
    texts = doc.texts
    heads = tuple(servings)
    # (looked for among the text's words once, not at every token: most texts have none)
    words = {w for w in doc.vocab if w.endswith(heads) and (w in servings or any(
        w.endswith(head) and w[:-len(head)] in diets for head in heads if len(w) > len(head)))}
    if not words:
        return
    found = doc.indices_of(frozenset(words))
    closing = g.words["dinner.serving_closings"]
    dinner = cues["dinner"]
    added = []
    for i in found:
        e = doc.sentence_of(i)[1]
        if any(i < c.start < e for c in dinner["conditional"]):
            continue  # asked for if there is one: "skriv mig op til den vegetariske ret, hvis der er sådan en"
        after = [k for k in range(i + 1, min(i + 1 + _SERVING_REACH, e)) if doc.tokens[k].kind != "p"]
        for_me = any(c.start == i + 1 for c in cues["servings"]["serving_receivers"])
        closed = bool(after) and texts[after[0]] in closing and (len(after) == 1 or after[1] >= e - 1)
        asked = any(c.end <= i and i - c.end <= _SERVING_REACH and doc.tokens[c.start].sent == doc.tokens[i].sent
                    for c in cues["servings"]["serving_orders"])
        if not (for_me or closed or asked):
            continue
        negations = [n for n in cues["polarity"]["negation"]
                     if n.end <= i and doc.tokens[n.start].clause == doc.tokens[i].clause]
        if any(i - n.end > 1 for n in negations):
            continue  # a verb denied, maybe of part of it: "so don't count a full portion for me"
        added.append(Cue("eat_verbs", i, i + 1))
        # (denied right before it, a no, though a diet's word after a negation tells a diet:
        # "Ingen vegetarret til mig, tak")
        added.extend(Cue("negative", n.start, i + 1) for n in negations)
    if added:
        cues["dinner"] = cues["dinner"].without([], added=tuple(added))


_SERVING_REACH = 3  # words between a serving and who it is for, or what asks for it: "skriv mig gerne op til en halalret"


def _leaving_told_after(doc: Doc, end: Cue, leaving: list[Cue], times: list[tuple[int, int, dt.time]],
                        meal: set[int], then: frozenset[str]) -> Cue | None:
    """A leaving told after the meeting's end (past its clock time, if any): a few words on with
    only "så", "og", "men" between ("Jeg bliver hængende, til opsummeringen er slut, men så går
    jeg"); in the clause after the end's comma, its verb and subject first, going nowhere near
    the meal ("når I runder af kl. 18.30, tager jeg hjem", not "..., kører jeg videre til
    maden"); or anywhere in a sentence the end opens, the meal not named after it
    ("Efter opsummeringen skal jeg skynde mig til Brøndby ..., så jeg kører med det samme")."""
    after = next((b for a, b, _ in times if a == end.end), end.end)
    s, e = doc.sentence_of(end.start)
    fronted = doc.first_word(s, e) == end.start and not meal.intersection(range(end.end, e))

    def told(c: Cue) -> bool:
        if c.start <= after:
            return False
        if fronted and c.end <= e:
            return True
        if c.start > after + _LEAVING_REACH:
            return False
        if all(t in then for t in doc.texts[after:c.start]):
            return True
        return doc.texts[after] == "," and c.start - after - 1 <= _INVERTED_SUBJECT \
            and all(t.kind == "w" for t in doc.tokens[after + 1:c.start]) \
            and not meal.intersection(range(c.end, doc.clause_of(c.start)[1]))

    return next((c for c in leaving if told(c)), None)


_MAKING_NEGATION_REACH = 2  # words between a negation and the cooking it negates: "didn't have to cook"
_SUBJECT_REACH = 2  # words from the subject to its negation: "Jeg skal ikke"
_REFUSAL_REACH = 2  # words between a negation and the refusal it negates: "ikke lige sige nej"
_PAIR_REACH = 2  # words from a refusal to the negated pair it refuses: "takke nej til hverken ..."
# What a negated refusal no longer says, by family: it says yes.
_CANCELLED = {"polarity": ("negation", "no", "refusals"), "dinner": ("negative", "before"), "intent": ("decline",)}
_TURNED_FROM = ("retract", "retract_from", "avoided")  # a workshop's refusals


def _negation_of_ever(doc: Doc, g: Grammar, cues: dict[str, Cues]) -> None:
    """A yes said as what one has never done keeps its negation before it, which is the
    idiom's: "I don't think I have ever turned down a free dinner" (the negation refuses
    nothing)."""
    ever = g.words["dinner.ever"]
    spans = [(doc.sentence_of(c.start)[0], c.start) for c in cues["polarity"]["yes"] if doc.texts[c.start] in ever]
    if spans:
        cues["polarity"] = cues["polarity"].without(spans, kinds=("negation",))


def _double_negatives(doc: Doc, cues: dict[str, Cues]) -> None:
    """A refusal negated is a yes: "maden vil jeg ikke gå glip af", "siger ikke nej tak",
    "I won't skip dinner", "springer ikke maden over". The two cancel out, in every
    family, and a yes is left in their place."""
    polarity = cues["polarity"]
    refusals = polarity["refusals"]
    if not refusals or not polarity["negation"]:
        return
    tokens = doc.tokens
    own_starts = {c.start for c in refusals}
    markers = grammar().words["text.infinitive_markers"]
    neither, noes = grammar().words["polarity.neither"], grammar().words["polarity.no"]
    saying, intending = grammar().words["polarity.saying"], grammar().words["polarity.intending"]
    subjects = grammar().words["party.first_person"] | grammar().words["party.we"]
    particles = grammar().union("text.particles", "workshop.certainly")
    spans = []
    for neg in polarity["negation"]:
        if neg.start in own_starts:  # "nej nej": one no said twice
            continue
        for ref in refusals:
            inside = ref.start < neg.start < ref.end
            # one word further when the refusal is an infinitive: "har bestemt ikke tænkt mig
            # at takke nej til maden"
            reach = _REFUSAL_REACH + (ref.start > 0 and tokens[ref.start - 1].text in markers)
            # (an expectation between counts nothing, nor its comma: the negation is raised from
            # the refusal, "I skal ikke regne med, at jeg går sulten hjem")
            raised = {k for c in polarity["expecting"] if neg.end <= c.start and c.end <= ref.start
                      for k in range(c.start, c.end)}
            words = [t for k, t in enumerate(tokens[neg.end:ref.start], neg.end) if k not in raised]
            between = sum(t.text not in intending for t in words)
            after = (ref.start >= neg.end and between <= reach
                     and (raised or tokens[neg.start].clause == tokens[ref.start].clause)
                     and all(t.kind != "p" for t in words))
            # or the refusal fronted as the object of a saying negated: "Og nej tak til mad har
            # jeg vist aldrig sagt 😉", "Nej tak til maden siger jeg aldrig"
            fronted = (ref.end <= neg.start and tokens[neg.start].clause == tokens[ref.start].clause
                       and ((neg.end < len(tokens) and tokens[neg.end].text in saying)
                            or any(t in saying for t in doc.texts[ref.end:neg.start])))
            # or right after the verb of refusing and its subject, as Danish puts it: "Maden
            # dropper jeg ikke", "Jeg dropper ikke maden" (not after a no: "Nej, ikke denne gang"),
            # a particle between: "Vi skipper selvfølgelig ikke maden"
            inverted = (ref.end <= neg.start <= ref.end + 2 and tokens[neg.start].clause == tokens[ref.start].clause
                        and doc.texts[ref.start] not in noes
                        and all(t.text in subjects or t.text in particles for t in tokens[ref.end:neg.start]))
            # or in the relative clause after a kind of person or thing negated: "Jeg er ikke
            # typen, der springer maden over", "Buffeten har aldrig været noget, jeg lod stå urørt"
            kind = (ref.start >= neg.end and tokens[ref.start].clause == tokens[neg.start].clause + 1
                    and tokens[ref.start].sent == tokens[neg.start].sent
                    and _ends_with_a_kind(doc, neg.end, doc.clause_of(neg.start)[1]))
            if inside or after or fronted or inverted or kind:
                # with the pair it refuses: "ingen grund til at takke nej til hverken mødet eller maden"
                end = max(neg.end, ref.end)
                # (a dash between: "Det siger jeg ikke nej til – hverken workshoppen eller maden")
                pair = next((k for k in range(end, min(end + _PAIR_REACH + 1, len(tokens))) if tokens[k].text in neither
                             and sum(t.kind != "p" for t in tokens[end:k]) < _PAIR_REACH), None)
                start = min(neg.start, ref.start)
                # with the "nej" agreeing with it just before: "– og nej, jeg har ikke tænkt
                # mig at springe maden over"
                a = doc.clause_of(start)[0]
                if a > 0 and tokens[a].text == "," and tokens[a - 1].text in noes:
                    start = a - 1
                spans.append((start, end if pair is None else pair + 1))
                spans.extend(_refused_too(doc, polarity["negation"], end))
                break
    _cancelled_as_yes(cues, spans)


def _cancelled_as_yes(cues: dict[str, Cues], spans: list[tuple[int, int]]) -> None:
    """The refusals and negations in `spans` say yes, in every family; of a workshop, a
    choice of it: "Bæredygtighed kunne jeg ikke drømme om at springe over", "I can't stay away
    from the sustainability workshop"."""
    if not spans:
        return
    for family, kinds in _CANCELLED.items():
        yes = tuple(Cue("yes", a, b) for a, b in spans) if family == "polarity" else ()
        cues[family] = cues[family].without(spans, kinds, yes)
    cues["workshop"] = cues["workshop"].without(spans, _TURNED_FROM, tuple(Cue("choice", a, b) for a, b in spans))


_FROM = frozenset(("from", "fra"))


def _refusal_made_absurd(doc: Doc, g: Grammar, cues: dict[str, Cues]) -> None:
    """A refusal the sender calls folly, or that would take force, is a yes: "jeg ville da være
    tosset, hvis jeg gik glip af den" (the clause after `polarity.folly`), "you'd have to
    physically remove me from the building to stop me" (the sentence before
    `polarity.forced`, which ends it)."""
    polarity = cues["polarity"]
    if not polarity["folly"] and not polarity["forced"]:
        return  # (most texts: nothing to look at)
    refused = polarity["refusals"] + polarity["negation"] + polarity["no"] + cues["dinner"]["negative"] \
        + cues["intent"]["decline"]
    folly = [(c.start, doc.clause_of(c.end)[1]) for c in polarity["folly"] if c.end < len(doc.tokens)]
    # (ending its clause, or with the meal it keeps one from: "to keep me away from the dinner")
    meals = cues["dinner"]["nouns"]
    forced = [c for c in polarity["forced"] if c.end == len(doc.tokens) or doc.tokens[c.end].kind == "p" or (
        doc.texts[c.end] in _FROM and any(c.end < x.start < doc.clause_of(c.start)[1] for x in meals))]
    spans = [(a, b) for a, b in folly + [(doc.sentence_of(c.start)[0], c.end) for c in forced]
             if any(a <= c.start < b for c in refused)]
    if not spans:
        return
    # (the "if" and "would" of the folly are the idiom's, no condition on the answer)
    cues["dinner"] = cues["dinner"].without(spans, ("conditional", "counterfactual"))
    _cancelled_as_yes(cues, spans)
    # (the force said last, where a topic fronted before it cannot hide it: "As for the dinner, ...")
    yes = tuple(Cue("yes", c.start, c.end) for c in forced if any(a < c.end == b for a, b in spans))
    cues["polarity"] = cues["polarity"].without([], added=yes)


def _home_denied(doc: Doc, cues: dict[str, Cues]) -> None:
    """Eating at home denied refuses nothing of ours: "jeg spiser da selvfølgelig ikke hjemme,
    når I nu byder på mad", "I won't be eating at home"; the negation and the home are taken out
    (the eating stays, to be read with what else the sentence says)."""
    home = grammar().words["dinner.home"]
    refusals = [c for c in cues["dinner"]["negative"] if doc.texts[c.start] in home and c.end == c.start + 1]
    end = len(doc.tokens)
    spans = [(neg.start, neg.end) for neg in cues["polarity"]["negation"]
             if any(c.start == doc.first_word(neg.end, end) for c in refusals)]
    if spans:
        spans += [(c.start, c.end) for c in refusals if any(c.start == doc.first_word(b, end) for _, b in spans)]
        cues["polarity"] = cues["polarity"].without(spans, ("negation",))
        cues["dinner"] = cues["dinner"].without(spans, ("negative",))


def _kind_denied(doc: Doc, cues: dict[str, Cues]) -> None:
    """Leaving or skipping the meal told of a kind of person the sender denies being is a yes:
    "jeg er ikke en af dem, der smutter, før maden bliver sat frem"; the negation and the
    meal's refusals in the relative clause after it are taken out, the refusals as yeses."""
    refusals = cues["dinner"]["negative"]
    if not refusals:
        return
    turns = grammar().union("text.contrasts", "text.consequences")
    spans = []
    for neg in cues["polarity"]["negation"]:
        b = doc.clause_of(neg.start)[1]
        e = doc.sentence_of(neg.start)[1]
        if b >= e or not _ends_with_a_kind(doc, neg.end, b):
            continue
        # (up to a turn or a conclusion: "Jeg er ikke typen, der spiser så sent, | så jeg
        # springer maden over")
        e = next((x for x, y in doc.clauses[doc.tokens[b].clause + 1:] if x < e
                  and doc.opening(x, y) in turns), e)
        inside = [(c.start, c.end) for c in refusals if b <= c.start < e]
        if inside:
            # (with the meal the leaving comes before: "..., før maden bliver sat frem")
            spans += [(neg.start, neg.end)] + inside + [(c.start, c.end) for c in cues["dinner"]["before"]
                                                      if b <= c.start < e]
    if spans:
        yes = tuple(Cue("positive", c.start, c.end) for c in refusals if (c.start, c.end) in spans)
        cues["dinner"] = cues["dinner"].without(spans, ("negative", "before"), yes)
        cues["polarity"] = cues["polarity"].without(spans, ("negation",))


def _ends_with_a_kind(doc: Doc, a: int, b: int) -> bool:
    """Tokens [a, b), what follows a negation in its clause, end in a word for a kind of person
    or thing, a few words at most: "ikke typen", "aldrig været noget", "never been one"."""
    said = [t for t in doc.texts[a:b] if is_word(t)]
    return 0 < len(said) <= _KIND_WORDS and said[-1] in grammar().words["polarity.kinds"]


_KIND_WORDS = 3


def _refused_too(doc: Doc, negations: list[Cue], end: int) -> list[tuple[int, int]]:
    """The negations after a negated refusal, in its sentence, that refuse the next thing
    too and so say yes to it as well: "..., og heller ikke til maden", "..., nor to the dinner"."""
    words = grammar().words
    too, links = words["polarity.nor_too"], words["polarity.refused_links"]
    tokens = doc.tokens
    out = []
    for n in negations:
        if not end <= n.start < doc.sentence_of(end - 1)[1] or n.end >= len(tokens) \
                or tokens[n.end].text not in links:
            continue
        first = n.start - 1 if n.start > 0 and tokens[n.start - 1].text in too else n.start
        if tokens[first].text in too:
            out.append((first, n.end))
    return out


def _reasons_denied(doc: Doc, cues: dict[str, Cues]) -> None:
    """A negation whose reason is denied for another one ("Jeg spiser ikke med, fordi jeg er
    sulten, men fordi jeg gerne vil snakke", "not because ..., but because ...") negates
    the reason, not the verb: the negation is taken out of every family, and the clause is
    read without it."""
    g = grammar()
    because, contrasts = g.words["text.because"], g.words["text.contrasts"]
    tokens = doc.tokens
    meal, making = cues["dinner"]["nouns"] + cues["dinner"]["eat_verbs"], cues["dinner"]["making"]
    spans = []
    for neg in cues["polarity"]["negation"]:
        _, e = doc.sentence_of(neg.start)
        k = next((k for k in range(neg.end, e) if tokens[k].text in because or tokens[k].text in contrasts), None)
        if k is None or tokens[k].text not in because:
            continue
        if k == neg.end:
            # "not because" itself, the reason after it denied with its own negations: "Jeg spiser
            # gerne med – ikke fordi jeg er sulten, men for snakken", "Ikke fordi jeg ikke kan
            # lave mad selv ;-) men ..." (not a reason that eats, whose double negative is read as
            # such: "Det er ikke fordi jeg ikke gerne vil spise med, men jeg kan ikke nå det")
            end = next((j for j in range(k + 1, e) if tokens[j].text in contrasts), e)
            if not any(k < x.start < end and not any(m.start <= x.start <= m.end for m in making) for x in meal):
                spans.append((neg.start, end))
        elif any(tokens[j].text in contrasts and tokens[j + 1].text in because for j in range(k + 1, e - 1)):
            spans.append((doc.clause_of(neg.start)[0], neg.end))
    if spans:
        for family, kinds in _CANCELLED.items():
            cues[family] = cues[family].without(spans, kinds)


def _no_to_anothers_wish(doc: Doc, cues: dict[str, Cues]) -> None:
    """A "no" after another's wish for the sender in its sentence, past a "but", refuses that
    wish, not the meal: "Ahmed keeps telling me to skip these dinners, but not this time: I'm
    staying to eat"; it is taken out of every family."""
    wishes = cues["dinner"]["wished_by_others"]
    if not wishes:
        return
    turns = grammar().words["text.contrasts"]
    spans = [(no.start, no.end) for no in cues["polarity"]["no"]
             if any(doc.sentence_of(w.start) == doc.sentence_of(no.start) and w.end <= no.start
                    and any(doc.texts[k] in turns for k in range(w.end, no.start)) for w in wishes)]
    if spans:
        for family, kinds in _CANCELLED.items():
            cues[family] = cues[family].without(spans, kinds)


def _answers_to_others(doc: Doc, g: Grammar, cues: dict[str, Cues]) -> list[tuple[int, int]]:
    """A yes or a no "to" something, beside one to the meal in its sentence, is that thing's
    answer, not the meal's (nor a correction): "Det er et nej til 3 og et ja til mad", "It's a
    no to 3 and a yes to food". Its spans, taken out of the meal's cues here and of the
    polarity the meal is read by."""
    to, meals = g.words["polarity.answer_to"], {c.start for c in cues["dinner"]["nouns"]}
    answers = [c for kind in ("yes", "no") for c in cues["polarity"][kind]
               if c.end < len(doc.tokens) and doc.texts[c.end] in to]
    if len(answers) < 2:
        return []
    joins = g.words["text.joiners"]

    def of_the_meal(c: Cue) -> bool:
        k = c.end + 1
        while k < len(doc.tokens) and doc.tokens[k].kind != "p" and doc.texts[k] not in joins:
            if k in meals:
                return True
            k += 1
        return False

    meal = [c for c in answers if of_the_meal(c)]
    spans = [(c.start, c.end) for c in answers if c not in meal
             and any(doc.sentence_of(m.start) == doc.sentence_of(c.start) for m in meal)]
    if spans:
        cues["dinner"] = cues["dinner"].without(spans, ("negative", "positive"))
        # (a correction's article before it too: "et nej")
        cues["workshop"] = cues["workshop"].without([(a - 1, b) for a, b in spans], ("corrections",))
    return spans


def _no_to_a_diet(doc: Doc, cues: dict[str, Cues]) -> None:
    """A "nej" agreeing with the clause after it, which denies a diet and names no meal:
    "Mad: ja tak - og nej, jeg har ingen særlige kosthensyn" answers our question about
    diets, not the meal; it is taken out of every family."""
    tokens = doc.tokens
    diets = {tokens[c.start].clause for c in cues["notes"]["diet"]}
    meals = {tokens[c.start].clause for c in cues["dinner"]["nouns"]}
    negated = {tokens[c.start].clause for c in cues["polarity"]["negation"]}
    spans = []
    for no in cues["polarity"]["no"]:
        nxt = tokens[no.start].clause + 1
        if no.end < len(tokens) and tokens[no.end].text == "," and tokens[no.end].sent == tokens[no.start].sent \
                and nxt in diets and nxt in negated and nxt not in meals:
            spans.append((no.start, no.end))
    if spans:
        for family, kinds in _CANCELLED.items():
            cues[family] = cues[family].without(spans, kinds)


def _the_typo_named(doc: Doc, cues: dict[str, Cues]) -> None:
    """A chat correction ("*med") names the word it replaces after a negation, which negates
    nothing: "Jeg tager vinkel 2 og spiser gerne ned. *med – ikke ned.", "*can, not can't"."""
    spans = []
    for s, e in doc.sentences:
        if doc.texts[s] != "*" or s == 0:
            continue
        before = set(doc.texts[:s])
        spans.extend((n.start, n.end) for n in cues["polarity"]["negation"]
                     if s + 1 < n.start and n.end < e and doc.texts[n.end] in before and doc.tokens[n.end].kind == "w")
    if spans:
        cues["polarity"] = cues["polarity"].without(spans, ("negation",))


def _nobody_cooks(doc: Doc, cues: dict[str, Cues]) -> None:
    """Cooking negated or spared is nobody's cooking here, and no refusal of the meal either:
    "I never turn down a meal I didn't have to cook myself", "ja tak til maden så slipper jeg
    for at lave mad" (the meal is still ours to answer, as one somebody makes is not: "Min
    mand står for aftensmaden derhjemme")."""
    tokens = doc.tokens
    # (only a duty or filler between, not a will: "fordi de ikke orker at lave mad" is their
    # unwillingness; "skal ikke selv lave maden")
    duty = {i for c in cues["dinner"]["obligations"] for i in range(c.start, c.end)}
    filler = grammar().words["text.filler"]
    # (the sender's own cooking negated, not a request to the cooks: "please do not prepare food
    # for me", "så I skal ikke lave mad til mig" say no)
    mine = [n for n in cues["polarity"]["negation"]
            if says_i(grammar(), tokens[max(0, n.start - _SUBJECT_REACH):n.start])]
    spans = [(neg.start, c.end) for c in cues["dinner"]["making"] for neg in mine + list(cues["dinner"]["spared"])
             if 0 <= c.start - neg.end <= _MAKING_NEGATION_REACH
             and all(i in duty or tokens[i].text in filler for i in range(neg.end, c.start))
             and tokens[neg.start].clause == tokens[c.start].clause]
    if spans:
        cues["dinner"] = cues["dinner"].without(spans, ("making",))
        cues["polarity"] = cues["polarity"].without(spans, ("negation",))


def _decline_narrowed_to_the_meal(doc: Doc, g: Grammar, cues: dict[str, Cues]) -> None:
    """A decline taken back in the same breath and narrowed to the meal says no to the meal:
    "Jeg må desværre melde afbud ... nej vent, det er kun til spisningen" (its "til" no yes;
    the meeting is still coming, as read with the decline taken back)."""
    dinner, only = cues["dinner"], g.words["intent.meal_only"]
    spans, added = [], []
    for c in dinner["corrections"]:
        s, e = doc.sentence_of(c.start)
        if s == c.start and doc.tokens[s].sent > 0:
            s = doc.sentences[doc.tokens[s].sent - 1][0]  # past a pause: "melde afbud ... nej vent"
        noun = next((n for n in dinner["nouns"] if c.end <= n.start < e), None)
        if noun is None or not any(s <= d.start < c.start for d in cues["intent"]["decline"]):
            continue
        if any(doc.texts[k] in only for k in range(c.end, noun.start)):
            spans.append((c.end, noun.end))
            added.append(Cue("negative", noun.start, noun.end))
    if spans:
        cues["dinner"] = dinner.without(spans, ("positive",), tuple(added))


def _decline_clefted_to_the_meal(doc: Doc, g: Grammar, cues: dict[str, Cues]) -> None:
    """A decline in the relative clause of a cleft that puts only the meal first refuses the
    meal: "Det er kun maden, jeg må melde fra til", "It's only the dinner I have to drop out of"
    (`intent.cleft_openers`, a word of `intent.meal_only`, the meal, then the decline)."""
    openers, only = phrases("intent.cleft_openers"), g.words["intent.meal_only"]
    links = g.words["intent.meal_only_links"]
    nouns = {c.start: c for c in cues["dinner"]["nouns"]}
    spans, added = [], []
    for c in cues["intent"]["decline"]:
        s = doc.sentence_of(c.start)[0]
        words = [k for k in range(s, c.start) if doc.tokens[k].kind == "w"]
        said = [doc.texts[k] for k in words]
        opened = next((n for n in range(2, 4) if " ".join(said[:n]) in openers), None)
        if opened is None or len(said) <= opened or said[opened] not in only:
            continue
        k = opened + 1
        while k < len(words) and said[k] in links:
            k += 1
        noun = nouns.get(words[k]) if k < len(words) else None
        if noun is not None:
            spans.append((c.start, c.end))
            added.append(Cue("negative", noun.start, noun.end))
    if spans:
        cues["intent"] = cues["intent"].without(spans, ("decline",))
        cues["dinner"] = cues["dinner"].without([], added=tuple(added))


def _decline_pointing_to_the_meal(doc: Doc, g: Grammar, cues: dict[str, Cues]) -> None:
    """A decline that points back to the meal named before it in its sentence refuses the
    meal: "jeg når ikke at blive til maden den dag, så du skal ikke regne med mig der"."""
    dinner, pointers = cues["dinner"], g.words["intent.meal_pointers"]
    spans, added = [], []
    for c in cues["intent"]["decline"]:
        k = c.end
        if k >= len(doc.tokens) or doc.texts[k] not in pointers or (k + 1 < len(doc.tokens) and doc.tokens[k + 1].kind == "w"):
            continue
        s = doc.sentence_of(c.start)[0]
        if any(s <= n.start < c.start for n in dinner["nouns"]):
            spans.append((c.start, k + 1))
            added.append(Cue("negative", c.start, k + 1))
    if spans:
        cues["intent"] = cues["intent"].without(spans, ("decline",))
        cues["dinner"] = dinner.without([], added=tuple(added))


def _the_meal_pointed_at(doc: Doc, g: Grammar, dinner: Cues, mentions: list[Mention], meal: list[Anchor]) -> list[Cue]:
    """Words that stand for the meal named before them (in their sentence or the one before):
    the first or the last of the things named ("Jeg vil gerne være med i Bæredygtighed og spise
    med bagefter – nej vent, det sidste går ikke", "... and I'll stay for dinner. Actually,
    scratch the latter"; a workshop so pointed at is read with the ordinals), and a pronoun
    opening its clause before a verb, or the object of a yes or a no, right after the clause the
    meal closes ("Jeg kan se, at der bliver serveret mad efter mødet – den må jeg desværre takke
    nej til", "Men maden, den kan jeg ikke nå")."""
    tokens = doc.tokens
    verbs = g.union("text.helping_verbs", "intent.modals", "dinner.place_verbs")
    named = sorted([(m.start, m.id) for m in mentions] + [(x.start, 0) for x in meal])

    def before(i: int) -> list[int]:
        """What was named before token i, in the order first named (0: the meal)."""
        s = doc.sentence_of(i)[0]
        s = doc.sentence_of(s - 1)[0] if s > 0 else s
        return list(dict.fromkeys(what for k, what in named if s <= k < i))

    out = []
    for c in dinner["former"] + dinner["latter"]:
        if c.end < len(tokens) and tokens[c.end].kind == "w" and tokens[c.end].text not in verbs:
            continue  # a determiner, not a pronoun: "det sidste punkt på programmet"
        things = before(c.start)
        if len(things) >= 2 and things[0 if c.kind == "former" else -1] == 0:
            out.append(c)
    turns = g.union("text.contrasts", "text.coordinators")
    served, answering = g.words["dinner.served"], ("negative", "positive", "eat_verbs", "stay_verbs")
    resumed, offered, being = g.words["dinner.resuming_pronouns"], g.words["dinner.offered"], g.words["text.helping_verbs"]
    objects = {c.end for kind in ("negative", "positive") for c in dinner[kind]}
    for i in doc.indices_of(g.words["dinner.pointing_pronouns"] | resumed):
        k = tokens[i].clause
        a = doc.clauses[k][0]
        opens = all(t.kind == "p" or t.text in turns for t in tokens[a:i]) and i + 1 < len(tokens) \
            and tokens[i + 1].text in verbs
        if k == 0 or not (opens or i in objects):
            continue
        # (the meal closing the clause right before, nothing named after it: not "... til maden den
        # dag, da min søn har sommerkoncert kl. 19, og den vil jeg nødig gå glip af")
        pa, pb = doc.clauses[k - 1]
        last = max((x for x in named if pa <= x[0] < pb), default=None)
        if last is None or last[1] != 0 or pb - last[0] > _POINTED_BACK_REACH:
            continue
        # the meal told of as served or offered, in the sentence before too ("I nævner, at der
        # bliver serveret mad efter mødet. Det siger jeg ja tak til", "I see there's food
        # afterwards. I'll skip it"); or named alone in its sentence, resumed by the clause that
        # answers for it, when nothing there is read with it already ("Og suppen – den springer
        # jeg over" is)
        said = [t.text for t in tokens[pa:last[0]] if t.kind == "w" and t.text not in turns]
        told = not served.isdisjoint(doc.texts[pa:pb]) or any(
            doc.texts[j] in offered and (doc.texts[j + 1] in being or "'" in doc.texts[j]) for j in range(pa, last[0]))
        alone = opens and doc.texts[i] in resumed and tokens[pa].sent == tokens[i].sent and len(said) <= 1 \
            and not any(a <= c.start < doc.clauses[k][1] for c in dinner.all if c.kind in answering)
        if told or alone:
            out.append(Cue("pointer", i, i + 1))
    return out


_POINTED_BACK_REACH = 5  # tokens from the meal to its clause's end: "mad efter mødet –", "food is served afterwards."
_SET_APART_REACH = 2  # words between a decline and the dash setting its object apart


def _decline_set_apart_to_the_meal(doc: Doc, g: Grammar, cues: dict[str, Cues]) -> None:
    """A decline whose object, set apart after a dash or in brackets, is the meal refuses the
    meal: "Jeg må desværre melde fra – ikke til mødet, men til maden bagefter", "I'm afraid I
    have to drop out – of the dinner, not the meeting". Set apart as not only the meal, it
    refuses the meal with the rest: "Jeg må desværre melde fra – og ikke kun til maden, men til
    hele mødet"."""
    dinner, turns = cues["dinner"], g.words["text.contrasts"]
    negations, limiting = g.words["polarity.negation"], g.union("dinner.only", "dinner.limiting")
    fillers = g.union("intent.declined_objects", "dinner.declined_fillers") | THE
    spans, added, too = [], [], []
    for c in cues["intent"]["decline"] + cues["intent"]["cancel"]:
        e = doc.sentence_of(c.start)[1]
        # (a word or two may stand before the dash: "melde fra alligevel – ikke til mødet, ...")
        k = next((j for j in range(c.end, min(e, c.end + _SET_APART_REACH + 1)) if doc.tokens[j].kind == "p"), e)
        if k >= e or doc.texts[k] not in DASHES | {"(", ":"}:
            continue
        k += 1
        while k < e and doc.texts[k] in g.words["text.coordinators"]:
            k += 1
        with_the_rest = k + 1 < e and doc.texts[k] in negations and doc.texts[k + 1] in limiting
        if with_the_rest:
            k += 2
        elif k < e and doc.texts[k] in negations:
            # what is not declined first, then what is: "– ikke til mødet, men til maden"
            turn = next((j for j in range(k, e) if doc.texts[j] in turns), None)
            if turn is None or any(k <= n.start < turn for n in dinner["nouns"]):
                continue
            k = turn + 1
        while k < e and doc.texts[k] in fillers:
            k += 1
        noun = next((n for n in dinner["nouns"] if n.start == k), None)
        if noun is not None:
            (too if with_the_rest else spans).append((c.start, noun.end))
            added.append(Cue("negative", noun.start, noun.end))
    if spans:
        cues["intent"] = cues["intent"].without(spans, ("decline", "cancel"))
    if spans or too:
        cues["dinner"] = dinner.without(spans + too, ("positive",), tuple(added))


def _settled(doc: Doc, g: Grammar, cue: Cue) -> bool:
    """Doubt told in the past and turned from: "Jeg var lidt i tvivl mellem X og Y, men har
    landet den på Y", "I was torn between 1 and 3. But ..."."""
    tokens = doc.tokens
    a = doc.clause_of(cue.start)[0]
    # (or the doubt's own verb in the past: "Jeg vaklede mellem 1 og 2, men har nu valgt 2'eren")
    if not any(t.text in g.words["workshop.past"] for t in tokens[a:cue.start]) \
            and tokens[cue.start].text not in g.words["polarity.past_doubts"]:
        return False
    contrasts = g.words["text.contrasts"]
    s, e = doc.sentence_of(cue.start)
    if any(t.text in contrasts for t in tokens[cue.end:e]):
        return True
    return e < len(tokens) and tokens[e].text in contrasts


def _choice_drawn(doc: Doc, g: Grammar, cue: Cue, chosen: list[int], named: list[int]) -> bool:
    """Doubt between some, and a choice of one drawn from it further on in its sentence
    ("Jeg kan ikke vælge mellem 1 og 3, så jeg tager 2", "I can't decide between 1 and 3,
    so I'll take 2"; not "..., så jeg tager en af dem"), or, for a doubt naming none, in the
    next sentence ("... de tre vinkler, og jeg kan ikke bestemme mig. Så nu gør jeg det nemt:
    sæt mig på 2.")."""
    if not chosen:
        return False
    a, b = doc.clause_of(cue.start)
    s, e = doc.sentence_of(cue.start)
    so = g.words["dinner.settling"]
    if not any(t.text in g.words["workshop.between"] for t in doc.tokens[a:b]):
        if e >= len(doc.tokens) or any(s <= i < e for i in named):
            return False
        x, y = doc.sentence_of(e)
        return doc.opening(x, y) in so and any(x <= i < y for i in chosen) and any(x <= i < y for i in named)
    return any(doc.opening(x, y) in so and any(x <= i < y for i in chosen) and any(x <= i < y for i in named)
               for x, y in doc.clauses[doc.tokens[cue.start].clause + 1:] if x < e)


def _which_workshop(doc: Doc, g: Grammar) -> list[int]:
    """"hvilken det bliver", "which one", "which workshop", "hvilken gruppe": a "which" about
    the workshop, not "which train I can get back" (a "which" before any other noun)."""
    plain = g.union("language.stopwords", "workshop.markers", "workshop.near_numbers", "workshop.which_nouns")
    tokens = doc.tokens
    return [i for i in doc.indices_of(g.words["polarity.undecided_topics"])
            if i + 1 >= len(tokens) or tokens[i + 1].kind == "p" or tokens[i + 1].text in plain]


def _bare_clauses(doc: Doc, g: Grammar, polarity: Cues, ws_cues: Cues) -> None:
    """Clauses like "men kan ikke" / "but can't": a negation and nothing to negate (not a
    correction: "workshop 1 – eller nej, ..." takes back the workshop, not the coming)."""
    filler = g.union("text.auxiliaries", "text.clause_breaks", "text.coordinators", "text.filler",
                     "intent.modals", "polarity.negation", "polarity.no", "polarity.bare_complements")
    corrected = {doc.tokens[c.start].clause for c in ws_cues["corrections"]}
    for cue in polarity["negation"] + polarity["no"]:
        c = doc.tokens[cue.start].clause
        if c in corrected:
            continue
        a, b = doc.clauses[c]
        if all(t.kind == "p" or t.text in filler for t in doc.tokens[a:b]):
            doc.bare.add(c)


def _signature(doc: Doc, layout: Cues, sender: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """Token ranges from a line opening with a sign-off ("Mvh", "Best regards") to the end
    or to a "PS" line: names of workshops there are job titles and organisations. A sign-off
    ending a line after a sentence, with only the sender's first name after it, opens one
    too when the sender's name opens the next line: "Hej Pia. Lokalområdet for mig. Mvh Bo" over
    "Bo Nørgaard · Indehaver / Smag & Spis Catering / Mad til møder" (not over more of the
    answer: "... Mvh Ali / Ups trykkede forkert – Regnvand og suppe mente jeg")."""
    tokens = doc.tokens

    def signed_at_the_end(cue: Cue) -> bool:
        k = _line_end(doc, cue.start)
        after = [t for t in tokens[cue.end:k] if t.kind != "p"]
        return cue.start > 0 and tokens[cue.start - 1].text in _SENTENCE_ENDS and len(after) == 1 and after[0].cap \
            and after[0].text in sender and k < len(tokens) and tokens[k].cap and tokens[k].text in sender

    def short_line(cue: Cue) -> bool:  # "Mvh Per", "Best,": not "Thanks - I'll be there."
        # (a role in brackets after the name is no sentence: "Hilsen Ida (frivillig i fællesspisningen)")
        rest = depth = 0
        for t in tokens[cue.end:_line_end(doc, cue.start)]:
            depth += (t.text == "(") - (t.text == ")")
            rest += t.kind != "p" and depth == 0
        return rest <= _SIGNOFF_WORDS

    if not layout["signoffs"]:
        return []
    # a thanks on the first line after the greeting opens the answer: "Hi Pia,\n\nThanks, I'll
    # attend.\nWorkshop: Local area"
    greetings = grammar().words["text.greetings"]

    def a_greeting(i: int) -> bool:  # "Hej Pia," (not "Hej Pia. Tilmelder mig vinkel 2 ...")
        line = tokens[i + 1:_line_end(doc, i)]
        return tokens[i].text in greetings and sum(t.kind != "p" for t in line) <= _SIGNOFF_WORDS

    first = next((i for i in range(len(tokens)) if _opens_line(doc, i) and not a_greeting(i)), 0)
    starts = sorted(c.start for c in layout["signoffs"]
                    if c.start > first and ((_opens_line(doc, c.start) and short_line(c)) or signed_at_the_end(c)))
    ends = sorted(c.start for c in layout["postscripts"] if _opens_line(doc, c.start))
    spans = []
    for start in starts:
        if spans and start < spans[-1][1]:
            continue
        end = next((e for e in ends if e > start), len(tokens))
        spans.append((start, end))
    return spans


_SENTENCE_ENDS = frozenset((".", "!"))


def _name_block_end(doc: Doc, k: int, end: int, sender: frozenset[str]) -> int:
    """Where the lines from token k end, when they open with the sender's name: at the first
    blank line, or `end`; k itself when they do not."""
    tokens = doc.tokens
    if k >= end or not (tokens[k].cap and tokens[k].text in sender):
        return k
    return next((j for j in range(k + 1, end) if tokens[j].nl > 1), end)


def _opens_line(doc: Doc, i: int) -> bool:
    return i == 0 or doc.tokens[i].nl > 0


def _line_end(doc: Doc, i: int) -> int:
    """Where the line of token `i` ends: the next token that opens a line, or the end."""
    return next((k for k in range(i + 1, len(doc.tokens)) if doc.tokens[k].nl), len(doc.tokens))


def _cue_numbers(doc: Doc, ws_cues: Cues, markers: list[int]) -> set[int]:
    """Digits inside a phrase ("1. prioritet") are part of the phrase, not a choice; not one
    after a workshop's noun that a phrase's gap took in: "melder mig til workshop 1 på mødet"
    ("melder mig … på")."""
    named = {k + 1 for k in markers}
    return {i for c in ws_cues.all for i in range(c.start, c.end) if doc.tokens[i].kind == "n" and i not in named}
