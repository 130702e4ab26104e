"""Whether the sender eats with: yes, no, or not said / undecided.

Each clause that speaks of the meal ("spiser med", "maden", "dinner") is read on its
own: a negation that belongs to the meal, a skip ("springer maden over"), leaving
before it ("skal hjem inden maden") or a "nej tak" is a no; doubt ("ved endnu ikke",
"not sure about dinner") or "om jeg spiser med" is open, and so is an answer that
hangs on a question about the food ("Er der vegetarmad? Ellers spiser jeg ikke med");
eating, staying or a yes is a yes. A bare "Ja tak" answers the meal only when our last
mail asked about the meal, or as the second of two numbered answers ("1. Bæredygtighed /
2. Nej tak"). After a change of mind ("Mad – ja. Eller nej, jeg skal hjem") what follows
it is the answer.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .forms import numbered_items
from .grammar import Cues, Grammar, grammar
from .party import echoed_by_me, says_i, set_apart, tells_a_diet
from .phrases import Cue
from .scope import Anchor, in_brackets, in_open_bracket, nearest, neither_nor, open_bracket
from .text import (DASHES, Doc, Token, answer_after, answer_apart, bare_answer, elliptical, heading_mark, is_word,
                   meal_topic, ought, under_a_meal_heading)

_ARTICLES = frozenset(("den", "det", "the", "a"))
_WORKED_REACH = 2  # from a verb to its "med"/"with", its subject between: "arbejder vi med mad"
_ECHO_WORDS = 3  # our question echoed as a heading: "Og maden?", "And the dinner?"
# One answer about the meal: yes/no/None, the token range that says it, and whether it doubts.
_Answer = tuple[bool | None, tuple[int, int], bool]
_SAME_AS_REACH = 2  # "det samme gælder maden", "same goes for the dinner", "... selvfølgelig maden"
_JOINER_REACH = 2  # tokens between "og", "med", "+" and the meal word they join
_DESCRIBED_WORDS = 3  # words from an article to the joiner after its noun: "a small café with"


@dataclass
class Dinner:
    value: bool | None = None
    unclear: str | None = None
    reasons: list[str] = field(default_factory=list)
    evidence: list[tuple[int, int]] = field(default_factory=list)  # clauses that answered
    conflict: bool = False  # yes in one place, no in another
    others_differ: str | None = None  # "..., men Bent skal hjem inden": another's answer, not ours
    own_question: int | None = None  # the sentence of "Spise med?" that the sender answers after it


def anchors(dinner_cues: Cues) -> list[Anchor]:
    return [Anchor(c.start, c.end, "dinner") for kind in ("nouns", "eat_verbs", "other_meals")
            for c in dinner_cues[kind]]


def read_dinner(doc: Doc, dinner_cues: Cues, polarity: Cues, declines: list[Cue],
                all_anchors: list[Anchor], undecided: list[Cue], asked: frozenset[str],
                afterthoughts: list[Cue], other_days: set[int]) -> Dinner:
    """`undecided`: the doubt cues that are about the meal; `declines`: "melder afbud" ...;
    `afterthoughts`: the "PS" lines, whose answer about the meal replaces an earlier one;
    `other_days`: the clauses about another day, whose meal is not ours ("meldt fra til
    spisningen ved naboskabsnetværket d. 13/6, men til jeres møde d. 20. spiser jeg gerne med")."""
    result = Dinner()
    meal = [a for a in all_anchors if a.what == "dinner"]
    by_clause: dict[int, list[Anchor]] = {}
    for anchor in meal:
        clause = doc.tokens[anchor.start].clause
        if not doc.asks(anchor.start) and clause not in other_days:
            by_clause.setdefault(clause, []).append(anchor)
    answers: list[_Answer] = []  # value, clause, undecided
    for clause, here in sorted(by_clause.items()):
        a, b = doc.clauses[clause]
        cues = dinner_cues
        # (past a turn too: "– men når I nu byder på aftensmad, siger jeg selvfølgelig ja tak")
        main = _main_clause(doc, clause) if doc.opening(a, b, grammar().union("text.coordinators", "text.contrasts")) \
            in grammar().words["dinner.meal_times"] else None
        if main is not None and main not in by_clause:
            # the meal as the time of what the sender does, read with it: "Jeg kan ikke blive,
            # når I spiser" (a no), "Når I spiser, er jeg på vej hjem"; others' eating is no yes
            if _within(dinner_cues["eaters_apart"], a, b):
                cues = dinner_cues.without([(a, b)], kinds=("eat_verbs",))
            a, b = min(a, doc.clauses[main][0]), max(b, doc.clauses[main][1])
        # what stands before a colon introduces the answer after it, when the meal is named
        # only after it: "Nu har jeg styr på kalenderen derhjemme: jeg spiser med" (not a form's
        # line, "Mad: nej")
        colon = next((k for k in range(a, min(x.start for x in here)) if doc.texts[k] == ":"), None)
        if colon is not None:
            a = colon + 1
        elif _another_meal(doc, _after_colon(doc, a, b), b):
            continue  # "Mht. mad: Jeg spiser først frokost kl. 15 den dag": what follows is another meal
        if _cooking(doc, a, b, cues) and not _within(cues["other_meals"], a, b):
            # "Vores køkkenhold laver den gerne til mødet": cooking, not eating (but going home
            # to cook is another meal: "så jeg skal hjem og lave aftensmad til dem efter mødet")
            continue
        if _of_others(doc, a, b, polarity):
            continue  # "Vi ser mange ældre, der ikke spiser ordentligt": their eating
        if _list_goes_on(doc, a, b, cues):
            continue  # the dishes of the clause before: "... og laver både smørrebrød, sandwich og buffet"
        if _another_meal(doc, a, b):
            continue  # "Jeg spiser frokost med borgmesteren kl. 12": not the meal after the meeting
        if _a_first_thought(doc, a, b, cues["first_thoughts"]):
            continue  # "Jeg troede først, at jeg ikke kunne spise med, ... – men ..."
        carried = _carried_over(doc, here, cues, polarity, declines, undecided)
        if carried is not None:
            answers.append(carried)
            continue
        label = _labelled_answer(doc, a, polarity) or _answered_after_a_dash(doc, b, polarity) \
            or _answered_before_a_dash(doc, a, b, polarity)
        if label is not None and label[0] and _hangs_on_a_condition(doc, label[1][0], polarity, cues):
            # a form's yes on a condition we are asked about: "Dinner: yes, as long as there's a
            # vegan option. Will there be one?"
            answers.append((None, label[1], True))
            continue
        if label is not None:
            # a form's field, answered on the line under it: "Spiser med efter mødet:\n( X ) Nej"
            answers.append((label[0] or _nothing_refused(doc, *label[1], cues, polarity), label[1], False))
            continue
        value, doubt = _clause_value(doc, a, b, here, cues, polarity, declines, all_anchors, undecided)
        words = grammar().words
        if (value is False and doc.opening(a, b, words["text.coordinators"]) in words["text.conditional"]
                and not any(c.start < a < c.end for c in cues["negative"])) \
                or (value is not None and _believed_on_a_condition(doc, a)):
            # a negation in a condition is the condition's: "Og hvis det ikke er pizza, er jeg der også",
            # "Og hvis du tror, jeg går glip af maden, så kender du mig dårligt" (not a refusal the
            # condition is part of: "Er det et problem, hvis jeg springer maden over?")
            value, doubt = None, True
        if value is True and doc.opening(a, b) in grammar().words["intent.granting"]:
            continue  # a yes granted in passing: "Selvom både emnet og maden frister, ... melde afbud"
        d = _said_of_it(doc, b, meal)
        if d > b and not doubt:
            said = _clause_value(doc, a, d, here, cues, polarity, declines, all_anchors, undecided)
            if said[0] is not None and not said[1]:
                (value, doubt), b = said, d
        heading = next((k for k in range(max(x.end for x in here), b) if doc.texts[k] == ":"), None)
        if value is None and not doubt and heading is not None and _points_back(doc, grammar(), heading + 1):
            # the answer after the meal's heading a pro-form: "Mad: Det gør jeg", "Mad: Det har vi begge to"
            value = not _within(polarity["negation"], heading + 1, b)
        e = doc.sentence_of(a)[1]
        if value is None and not doubt and e > b and under_a_meal_heading(doc, grammar(), a):
            b = e  # the answer further on: "Mht. maden: ..., så jeg står over denne gang"
            value, doubt = _clause_value(doc, a, b, here, cues, polarity, declines, all_anchors, undecided)
            praise = _within(cues["wishes"], a, b)
            if value is None and not doubt and praise:
                # past praise put in between: "Regarding the food afterwards - which I'm sure
                # will be lovely - I'm afraid I won't be able to stay for it"
                after = doc.clause_of(praise[-1].end - 1)[1]
                if after < b:
                    value, doubt = _clause_value(doc, after, b, here, cues, polarity, declines,
                                                 all_anchors, undecided)
        if value is True and not doubt and _echoed_question(doc, a):
            # our question echoed as a heading: an answer after it decides ("Og maden? Nej tak.");
            # with none, it is the meal listed, when nothing follows in its paragraph ("Workshop 3.
            # Og mad?"), not when more is said that answers nothing ("And dinner? My husband has
            # the car that day")
            value, doubt = _sibling_answer(doc, a, b, polarity, all_anchors, cues)
            s = doc.sentence_of(a)[0]
            said_on = e < len(doc.tokens) and doc.tokens[e].nl < 2 \
                and sum(t.kind == "w" for t in doc.tokens[s:e]) <= _ECHO_WORDS
            value = True if value is None and not doubt and not said_on else value
        if value is None and not doubt and not _within(cues["eat_verbs"], a, b) \
                and not _wished(cues, a, b):
            # (a clause that eats and still says nothing told a diet: "Jeg spiser ikke
            # svinekød, så I skal ikke lave noget særligt til mig")
            value, doubt = _sibling_answer(doc, a, b, polarity, all_anchors, cues)
        if value is None and not doubt:
            value = _turned_from(doc, b, cues, all_anchors)
        if value is True and doc.opening(a, here[0].start) is None and said_of_another(doc, here[0].end):
            # the meal as a heading, then another's answer: "Dinner: my colleague Emma
            # already told you she's staying, but I'll skip it" (the sender's is what follows)
            refusals = _within(cues["negative"], b, doc.sentence_of(a)[1])
            if refusals:
                value = False
                a, b = doc.clause_of(refusals[0].start)
            else:
                result.others_differ = doc.quote(a, b)
                continue
        if value is not None and not doubt and _voices_differ(doc, polarity, value, b, all_anchors):
            value, doubt = None, True  # "Dinner: my diet says no, my stomach says yes"
        if value is not None and result.others_differ is None:
            result.others_differ = _only_some_eat(doc, a, b, cues)
        if value is True and _yes_with_a_but(doc, a, _past_an_addition(doc, b, all_anchors), cues):
            if b < doc.sentence_of(a)[1] and said_of_another(doc, b):
                result.others_differ = doc.quote(*doc.clause_of(b))
            elif _refused_after(doc, a, _past_an_addition(doc, b, all_anchors), cues):
                value = False  # "I'd love to, but I have to catch the train, so I'll skip it"
            else:
                value, doubt = None, True
        if value is False and _nothing_refused(doc, a, b, cues, polarity):
            value = True
        if value is False and _no_on_a_condition(doc, a, _past_an_addition(doc, b, all_anchors), cues):
            value, doubt = None, True  # "I'll skip the soup if I can't find a babysitter"
        if value is False and grammar().words["dinner.not_yet"].intersection(doc.texts[a:b]):
            value, doubt = None, True  # a no for now: "please don't count on me for food yet"
        if value is not None or doubt:
            answers.append((value, (a, b), doubt))
    by_time = dinner_cues["left_by_time"]
    answers = [_turned_to_leaving(doc, x, by_time) for x in answers]
    if by_time and any(not _within(by_time, *span) for _, span, _ in answers):
        # leaving by a time says no only when nothing else answers: "Jeg kommer kl. 17 og går
        # kl. 19. Spiser med."
        answers = [x for x in answers if not _within(by_time, *x[1])]
    answers = _without_anothers(doc, result, answers, polarity)
    # doubt about the meal voiced beside it: "Jeg ved ikke, om jeg spiser med"
    answered = {span for _, span, doubt in answers if doubt}
    for cue in undecided:
        span = doc.clause_of(cue.start)
        k = doc.tokens[cue.start].clause + 1
        if span in answered or doc.asks(cue.start) or _cooking(doc, *span, dinner_cues) \
                or _another_meal(doc, *span) or (k < len(doc.clauses) and doc.clauses[k] in answered):
            # (nor a doubt about cooking: "Vi kunne måske også levere maden næste gang"; nor
            # about a meal of another time of day: "og når nok ikke engang at spise frokost"; nor
            # one read with the clause it is about: "Det er ikke sikkert, | at jeg spiser med")
            continue
        if said_of_another(doc, span[0]):
            # another's doubt beside the sender's answer: "Jeg spiser med, men Lars ved endnu
            # ikke, om han kan blive"
            if answers and result.others_differ is None:
                result.others_differ = doc.quote(*span)
            continue
        answers.append((None, span, True))
        answered.add(span)
    bare_asked = "dinner" in asked and ("workshop" not in asked or any(x.what == "workshop" for x in all_anchors))
    if not answers and bare_asked:
        # (asked both, a workshop answered apart leaves the bare yes or no to the meal:
        # "Nr. 1" under one quoted question, "Nej" under the other; under one asking both,
        # a bare no before a workshop corrects that: "Nej, det var workshop 3, jeg mente")
        answers = [x for x in _bare_answers(doc, polarity, all_anchors)
                   if "workshop" not in asked or not _before_a_workshop(doc, x[1][1], all_anchors)]
        answers += [x for x in _refused_pointing_back(doc, declines, polarity, all_anchors) if x not in answers]
    elif bare_asked and "workshop" not in asked:
        # a bare answer before the reason that says the same is the meal's too: "Nej, ellers tak.
        # Jeg skal hente i vuggestuen inden 18.45, så jeg smutter lige efter opsummeringen"
        first = min(span[0] for _, span, _ in answers)
        bare = [x for x in _bare_answers(doc, polarity, all_anchors) if x[1][1] <= first]
        if bare and len({value for value, _, _ in bare + answers}) == 1:
            answers = bare + answers
    if not answers:
        answers = _second_item(doc, polarity, all_anchors) or _after_the_workshop(doc, polarity, all_anchors)
    if not answers:
        answers, result.own_question = _own_question_answered(doc, meal, dinner_cues, polarity, declines,
                                                               all_anchors, undecided)
    else:
        result.own_question = _asked_then_answered(doc, meal, answers)
    answers = _laughed_off(answers, dinner_cues["laughed_off"])
    answers = _after_a_change_of_mind(doc, answers, dinner_cues, polarity, all_anchors)
    answers = _answered_again_by_a_pro_form(doc, answers, polarity, all_anchors)
    answers = _refusal_asked_then_owned(doc, answers, dinner_cues, polarity)
    answers = _owned_after_a_but(doc, answers, polarity, dinner_cues)
    answers = _starred_correction(doc, answers, polarity)
    answers = _but_this_time(doc, answers, dinner_cues["exceptions"] + _turned_this_time(doc, dinner_cues["this_time"]))
    answers = _habit_then_answer(doc, answers)
    answers = _once_we_answer(doc, answers)
    answers = _turned_in_its_paragraph(doc, answers, all_anchors)
    _combine(doc, result, _after_a_postscript(_settled_after_doubt(doc, answers, polarity), afterthoughts))
    return result


def _turned_in_its_paragraph(doc: Doc, answers: list[_Answer], all_anchors: list[Anchor]) -> list[_Answer]:
    """Answers that disagree, the last in a sentence opened by a "men"/"but" that names the
    meal, in the paragraph of the others: what that sentence concludes is the answer ("As for
    the food, I would really love to stay ... But it's Ramadan, ..., so please don't count me in
    for dinner", "Ang. maden: Jeg havde først tænkt, at jeg skulle hjem ... Men han har fået
    fri, så jeg bliver og spiser med")."""
    if len({value for value, _, doubt in answers if not doubt and value is not None}) < 2:
        return answers
    last = max(answers, key=lambda x: x[1][0])
    s, e = doc.sentence_of(last[1][0])
    earlier = [x for x in answers if x[1][0] < s]
    if doc.opening(s, e) not in grammar().words["text.contrasts"] or not earlier \
            or not any(s <= x.start < e and x.what == "dinner" for x in all_anchors) \
            or any(x[0] is not None and x[0] != last[0] for x in answers if x[1][0] >= s) \
            or any(doc.tokens[k].nl > 1 for k in range(min(x[1][0] for x in earlier) + 1, s + 1)):
        return answers
    return [x for x in answers if x[1][0] >= s]


def _answered_again_by_a_pro_form(doc: Doc, answers: list[_Answer], polarity: Cues,
                                  all_anchors: list[Anchor]) -> list[_Answer]:
    """A bare "nej"/"no" after the last answer about the meal, then a pro-form of it naming
    nothing else, answers again: "Jeg spiser også med … nej, det gør jeg alligevel ikke" is a no
    (the pro-form's own negation says which)."""
    if not answers:
        return answers
    g = grammar()
    last = max(span[0] for _, span, _ in answers)
    for cue in reversed(polarity["no"]):
        if cue.start > last and _points_back(doc, g, cue.end):
            a, b = doc.clause_of(next(k for k in range(cue.end, len(doc.tokens)) if doc.texts[k] != ","))
            if any(a <= x.start < b for x in all_anchors) or not g.words["workshop.markers"].isdisjoint(doc.texts[a:b]):
                continue  # of what it names: "Nej, det gør jeg ikke med workshoppen"
            return [(not _within(polarity["negation"], a, b), (cue.start, b), False)]
    return answers


def _refusal_asked_then_owned(doc: Doc, answers: list[_Answer], dinner_cues: Cues, polarity: Cues) -> list[_Answer]:
    """An answer that is a question of who would refuse the meal ("Og suppen bagefter ... hvem
    siger nej til gratis suppe?"), the next sentence owning the refusal by a pro-form: "Det gør
    jeg desværre" makes it a no ("Det gør jeg ikke" a yes); or by the sender named alone: "Øh,
    mig desværre"."""
    out = []
    for value, (a, b), doubt in answers:
        s, e = doc.sentence_of(a)
        if doc.texts[e - 1] != "?" and e < len(doc.tokens):
            s, e = doc.sentence_of(e)  # (the meal named before it, as a topic: "Og suppen bagefter ...")
        if doc.texts[e - 1] == "?" and _within(dinner_cues["rhetorical"], s, e) and e < len(doc.tokens):
            na, nb = doc.sentence_of(e)
            if _pro_form_answer(doc, grammar(), na, nb):
                value, b, doubt = bool(_within(polarity["negation"], na, nb)), nb, False
            elif doc.texts[nb - 1] != "?" and _the_sender_alone(doc, grammar(), na, nb):
                # ... or by naming the sender alone: "Dinner - who'd say no to that? Well, me, sadly",
                # "Hvem siger nej til gratis mad? Øh, mig desværre" (not asked back: "Me? Never.")
                value, b, doubt = False, nb, False
        out.append((value, (a, b), doubt))
    return out


def _owned_after_a_but(doc: Doc, answers: list[_Answer], polarity: Cues, dinner_cues: Cues) -> list[_Answer]:
    """An answer followed in its sentence by "men"/"but" and the sender's pro-form is decided
    by that: "Min leder mente ikke, at det var nødvendigt at blive til spisningen, men det gør
    jeg nu alligevel" is a yes, the "ikke" being the manager's; "My manager doesn't think I need
    to stay for the soup, but I will anyway" too. So is another's answer followed by the sender
    staying, and no more: "Dev will skip the soup, but I'd love to stay"."""
    g = grammar()
    contrasts = g.words["text.contrasts"]
    out = []
    for value, (a, b), doubt in answers:
        e = doc.sentence_of(a)[1]
        k = next((k for k in range(b, e) if doc.texts[k] != ","), e)
        if value is None or doubt or k + 1 >= e or doc.texts[k] not in contrasts:
            out.append((value, (a, b), doubt))
            continue
        pro_form = _points_back(doc, g, k + 1) or _verb_left_over(doc, g, k, contrasts)
        if pro_form or (said_of_another(doc, a) and _stays_after_a_turn(doc, g, k, dinner_cues)):
            negated = bool(_within(polarity["negation"] + polarity["no"], k + 1, doc.clause_of(k + 1)[1]))
            # (the verb standing for a refusal before it, a no denied: "Dinner he's skipping, but I'm not")
            value, b = negated if pro_form and _refused_plainly(polarity, a, b) else not negated, e
        out.append((value, (a, b), doubt))
    return out


def _carried_over(doc: Doc, here: list[Anchor], dinner_cues: Cues, polarity: Cues, declines: list[Cue],
                  undecided: list[Cue]) -> _Answer | None:
    """The meal said to go the way of what was said just before it answers as that did: "Jeg vil
    gerne være med i partnerskaber – og det samme gælder maden" (a yes), "I'm afraid I'll have
    to pass on the 20th. Same goes for dinner" (a no), "Jeg ved ikke, om jeg kan nå det, og det
    samme gælder maden" (doubt). What was said is a no when it refuses or negates anything
    ("Jeg vil ikke gå glip af workshoppen, og det samme gælder maden" is a yes)."""
    meal = here[0].start
    # (an adverb may stand between: "Det samme gælder selvfølgelig maden")
    between = _ARTICLES | grammar().union("text.particles", "dinner.same_as_adverbs")
    cue = next((c for c in dinner_cues["same_as"] if c.end <= meal <= c.end + _SAME_AS_REACH
                and all(doc.texts[k] in between for k in range(c.end, meal))), None)
    if cue is None:
        return None
    s = doc.sentence_of(cue.start)[0]
    if not any(t.kind == "w" for t in doc.tokens[s:cue.start]):
        if s == 0:
            return None
        s = doc.sentence_of(s - 1)[0]
    said = (s, cue.start)
    if any(doc.asks(k) for k in range(*said)):
        return None
    if _within(undecided, *said):
        return (None, (s, here[0].end), True)
    # a negation just before a refusal takes it back ("ikke gå glip af"); any other is a no
    refusals = _merged(_within(polarity["refusals"] + dinner_cues["negative"] + declines, *said))
    negations = _merged(_within(polarity["negation"] + polarity["no"], *said))
    pairs = {(n, r) for n in negations for r in refusals if n[1] <= r[0] <= n[1] + _TAKEN_BACK_REACH}
    left = (set(negations) - {n for n, _ in pairs}) | (set(refusals) - {r for _, r in pairs})
    return (not left, (s, here[0].end), False)


_TAKEN_BACK_REACH = 3  # tokens from a negation to the refusal it takes back: "ikke gå glip af"


def _merged(cues: list[Cue]) -> list[tuple[int, int]]:
    """The token spans of `cues`, those that overlap made one ("desværre ikke" holds "ikke")."""
    out: list[tuple[int, int]] = []
    for c in sorted(cues, key=lambda c: c.start):
        if out and c.start < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], c.end))
        else:
            out.append((c.start, c.end))
    return out


def _once_we_answer(doc: Doc, answers: list[_Answer]) -> list[_Answer]:
    """A yes opened by "så"/"then" right after a question to us about a diet waits for our
    answer: "Bliver der serveret noget plantebaseret? Så spiser jeg meget gerne med" (not
    whether there is food, which the invitation says: "Er der mad bagefter? Så bliver jeg");
    so does a yes before such a question that an "ellers"/"if not" after it takes back: "I'd
    love to eat with you but I'm vegan - is there a vegan option? If not, I'll skip it"."""
    words = grammar().words
    consequences, diet = words["text.consequences"], words["notes.diet"]
    out = []
    for value, (a, b), doubt in answers:
        s, e = doc.sentence_of(a)
        then_after = s > 0 and doc.opening(s, b) in consequences and doc.asks(s - 1) \
            and doc.texts[s - 1] == "?" and bool(diet.intersection(doc.texts[doc.sentence_of(s - 1)[0]:s]))
        otherwise_after = doc.texts[e - 1] == "?" and bool(diet.intersection(doc.texts[s:e])) and _otherwise_after(doc, e)
        if value is True and (then_after or otherwise_after):
            value, doubt = None, True
        out.append((value, (a, b), doubt))
    return out


def _otherwise_after(doc: Doc, e: int) -> bool:
    """The sentence from token `e` opens with "ellers", "otherwise" or "if not"/"hvis ikke"."""
    words = grammar().words
    said = [t.text for t in doc.tokens[e:doc.sentence_of(e)[1]] if t.kind == "w"][:2] if e < len(doc.tokens) else []
    return bool(said) and (said[0] in words["text.otherwise"] or (
        len(said) == 2 and said[0] in words["text.conditional"] and said[1] in words["polarity.negation"]))


def _counted(doc: Doc, a: int, first: int, b: int) -> bool | None:
    """A form's count of those eating, after a colon: nought is a no ("Antal til spisning:
    0"), one or more a yes under a label that counts ("Number for dinner: 1 (just me)"); or
    its answer by a letter alone on the line: "Spiser med: n", "Dinner: y". None without one."""
    colon = next((k for k in range(first, b) if doc.texts[k] == ":"), None)
    if colon is None or colon + 1 >= b:
        return None
    answer = doc.texts[colon + 1]
    # (not one of several, a person's each: "Mad: j/j")
    if colon + 2 == len(doc.tokens) or doc.tokens[colon + 2].nl or (
            doc.tokens[colon + 2].kind == "p" and doc.texts[colon + 2] != "/"):
        words = grammar().words
        if answer in words["dinner.letter_no"]:
            return False
        if answer in words["dinner.letter_yes"]:
            return True
    if not answer.isdecimal():
        return None
    if int(answer) == 0:
        return False
    labels = grammar().words["numbers.count_labels"]
    return True if any(doc.texts[k] in labels for k in range(a, colon)) else None


def _said_of_it(doc: Doc, b: int, meal: list[Anchor]) -> int:
    """The end of a clause naming the meal, or of the clause after it that a dash and a
    pronoun open, which may say what the sender does about it: "Og maden – den springer jeg
    over", "Og aftensmad – det skal jeg ikke nyde noget af"; or of the first clause of the
    next sentence, when the meal's clause ends its own and a pronoun opens the next with the
    sender a word or two after it: "Du spørger også til maden. Den siger jeg pænt nej tak til";
    or of the clause after a relative clause on the meal: "Maden, som I byder på, takker jeg ja til"."""
    g = grammar()
    pronouns = g.pronouns()
    e = doc.sentence_of(b - 1)[1]
    relative = doc.clause_of(b) if b < e else (b, b)  # the clause after the meal's
    if b + 1 < len(doc.tokens) and doc.texts[b + 1] in pronouns and (doc.texts[b] in DASHES or (
            doc.texts[b] == "," and says_i(g, doc.tokens[b + 2:b + 2 + _POINTING_REACH]))):
        # (after a comma only with the sender's verb: "Maden, den bliver jeg til")
        c, d = doc.clause_of(b)
    elif e < len(doc.tokens) and all(doc.tokens[k].kind == "p" for k in range(b, e)) \
            and doc.texts[e] in pronouns and says_i(g, doc.tokens[e + 1:e + 1 + _POINTING_REACH]):
        c, d = doc.clause_of(e)
    elif relative[1] < e and doc.opening(*relative) in g.words["dinner.relative_openers"] \
            and says_i(g, doc.tokens[relative[1] + 1:relative[1] + _POINTING_REACH]):
        # the meal fronted, a relative clause after it, then the sender's verb: "Maden, som I er
        # så søde at byde på, takker jeg ja til"
        c, d = doc.clause_of(relative[1])
    else:
        return b
    if doc.tokens[c].sent != doc.tokens[b - 1].sent + (c >= e) or any(c <= x.start < d for x in meal):
        return b
    return d


_POINTING_REACH = 3  # words from the pronoun to the sender: "Den springer jeg desværre over"


def _believed_on_a_condition(doc: Doc, a: int) -> bool:
    """The clause at a is what a condition before it supposes someone believes: "hvis du
    tror, [at] jeg går glip af maden, ..."."""
    g = grammar()
    k = doc.tokens[a].clause
    if k == 0 or doc.clauses[k - 1][0] < doc.sentence_of(a)[0]:
        return False
    x, y = doc.clauses[k - 1]
    return doc.opening(x, y, g.words["text.coordinators"]) in g.words["text.conditional"] \
        and any(t in g.words["dinner.beliefs"] for t in doc.texts[x:y])


def _voices_differ(doc: Doc, polarity: Cues, value: bool, b: int, anchors: list[Anchor]) -> bool:
    """A later clause of the sentence, about nothing of ours, has a voice say the opposite:
    "Maden: min slankekur siger nej, min mave siger ja" (not the sender's own words on
    something else: "men en kop kaffe siger jeg ikke nej til")."""
    voices = grammar().words["dinner.voices"]
    opposite = polarity["yes" if value is False else "no"]
    for x, y in doc.clauses[doc.tokens[b - 1].clause + 1:]:
        if x >= doc.sentence_of(b - 1)[1]:
            break
        if not any(x <= z.start < y for z in anchors) and any(
                doc.texts[k] in voices and any(c.start == k + 1 for c in opposite) for k in range(x, y)):
            return True
    return False


def _after_colon(doc: Doc, a: int, b: int) -> int:
    """Where tokens [a, b) go on after their first colon (a when there is none)."""
    return next((k + 1 for k in range(a, b) if doc.texts[k] == ":"), a)


def _another_meal(doc: Doc, a: int, b: int) -> bool:
    """Tokens [a, b) name a meal of another time of day and none of the evening's."""
    words = grammar().words
    others = words["dinner.other_times"]
    named = [t for t in doc.texts[a:b] if t in words["dinner.nouns"]]
    return bool(named) and all(t in others for t in named)


def _cooking(doc: Doc, a: int, b: int, dinner_cues: Cues) -> bool:
    """Tokens [a, b) make or bring the meal and do not eat it (not served as the time of
    leaving: "jeg må gå inden suppen bliver serveret", nor as the time of the answer: "når der
    nu bliver serveret mad bagefter, siger jeg bestemt ikke nej tak")."""
    before = _within(dinner_cues["before"], a, b)
    words = grammar().words
    def at_meal_time(c: Cue) -> bool:
        return doc.texts[c.start] in words["dinner.served"] \
            and doc.opening(*doc.clause_of(c.start), words["text.coordinators"]) in words["dinner.meal_times"]

    making = [c for c in _within(dinner_cues["making"], a, b)
              if not any(x.end <= c.start for x in before) and not at_meal_time(c)]
    return bool(making) and not _within(dinner_cues["eat_verbs"], a, b)


def _turned_this_time(doc: Doc, this_time: list[Cue]) -> list[Cue]:
    """"Denne gang" in a clause opening with a "men", said of the clause as a whole: "Jeg
    siger aldrig nej til gratis mad, men det bliver jeg nødt til denne gang"."""
    contrasts = grammar().words["text.contrasts"]
    return [c for c in this_time if doc.opening(*doc.clause_of(c.start)) in contrasts]


def _but_this_time(doc: Doc, answers: list[_Answer], exceptions: list[Cue]) -> list[_Answer]:
    """A yes told as a habit, and an exception to it after it, in its sentence or the next:
    "Jeg siger aldrig nej til gratis mad … men denne gang bliver jeg nødt til det" leaves the
    meal open (what the exception says is not always said with it)."""
    if not exceptions:
        return answers
    habits = grammar().words["dinner.habits"]
    out = []
    for value, (a, b), doubt in answers:
        e = doc.sentence_of(b - 1)[1]
        reach = doc.sentence_of(e)[1] if e < len(doc.tokens) else e
        if value is True and any(t.text in habits for t in doc.tokens[a:b]) and any(b <= c.start < reach for c in exceptions):
            value, doubt = None, True
        out.append((value, (a, b), doubt))
    return out


def _no_on_a_condition(doc: Doc, a: int, b: int, dinner_cues: Cues) -> bool:
    """The clause right after a no, in its sentence, opens with a condition, one that is no
    politeness ("..., hvis det er i orden") nor what comes after ("..., inden jeg kører"): "I'll
    skip the soup if I can't find a babysitter", "Jeg springer suppen over, hvis jeg ikke kan
    finde en babysitter"; or an "unless" lifts the no inside its own clause: "I can't stay for
    dinner unless my husband picks up the kids"; or the clause before it opens with one."""
    g = grammar()
    unless = g.words["text.unless"]
    polite = {k for c in dinner_cues["permission"] for k in range(c.start, c.end)}
    before = doc.clause_before(a)
    if before is not None:
        # (or fronted, in the clause before it: "og hvis der ikke er noget andet, så springer
        # jeg maden over", as for a yes in _yes_with_a_but)
        fronted = doc.first_word(*before)
        if doc.texts[fronted] in g.words["text.coordinators"]:
            fronted = doc.first_word(fronted + 1, before[1])
        if fronted < before[1] and fronted not in polite and not in_brackets(doc, fronted, fronted + 1) and (
                doc.texts[fronted] in g.words["text.conditional"]
                or any(c.start == fronted for c in dinner_cues["conditional"])):
            return True
    e = doc.sentence_of(b - 1)[1]
    first = doc.first_word(b, e)
    lifted = next((k for k in range(a + 1, b) if doc.texts[k] in unless), None)
    if lifted is not None and sum(t.kind != "p" for t in doc.tokens[lifted:b]) > _BARE_CONDITION:
        return True  # (whatever follows: "Jeg spiser ikke med medmindre Susanne også bliver, for vi kører sammen")
    if first == e or doc.tokens[first].clause == doc.tokens[b - 1].clause:
        return False
    # (nor one of a few words, of whether something is there: "..., så jeg nøjes med en kop
    # kaffe, hvis der er")
    said = sum(t.kind != "p" for t in doc.tokens[slice(*doc.clause_of(first))])
    return first not in polite and said > _BARE_CONDITION and doc.texts[first] not in g.words["text.sequence"] and (
        doc.texts[first] in g.words["text.conditional"] or doc.texts[first] in unless
        or any(c.start == first for c in dinner_cues["conditional"]))


_BARE_CONDITION = 3  # words of a condition that says no more than "if there is any"


def _refused_after(doc: Doc, a: int, b: int, dinner_cues: Cues) -> bool:
    """The rest of the sentence from token `b` refuses the yes of clause a..b, not on a
    condition: "..., but I have to catch the train, so I'll skip it" (not "..., men ikke hvis
    det bliver sent – jeg har to små derhjemme"); so does regret after a wish ("..., but sadly
    I've a train to catch"). Leaving refuses only a wish: "Jeg ville gerne spise med, men skal
    nå toget, så jeg smutter" (after "Jeg spiser med, men jeg skal nå toget kl. 19.22, så jeg
    smutter lidt før de andre" one leaves the meal, not skips it)."""
    words = grammar().words
    e = doc.sentence_of(b - 1)[1]
    refusals = _within(dinner_cues["negative"], b, e)
    wished = _within(dinner_cues["wishing"], doc.sentence_of(a)[0], b)
    if wished and any(doc.texts[k] in words["dinner.regret"] for k in range(b, e)):
        return True  # "Dinner would be lovely but sadly I've a train to catch straight after"
    if not wished:
        leaving = words["dinner.leaving"]
        refusals = [c for c in refusals if not any(doc.texts[k] in leaving for k in range(c.start, c.end))]
    # (a condition's phrase too: "Spise med: Ja, så længe jeg kan være hjemme inden kl. 21")
    conditional, conditions = words["text.conditional"], {c.start for c in dinner_cues["conditional"]}
    first = refusals[0].start if refusals else _refused_further_on(doc, doc.clause_of(b)[1] if b < e else e, e)
    return first is not None and not any(doc.texts[k] in conditional or k in conditions for k in range(b, first))


def _refused_further_on(doc: Doc, k: int, e: int) -> int | None:
    """A short clause from token k to the end of the sentence at e that refuses what it points
    back at, naming nothing else: "Jeg vil gerne spise med jer, men jeg har vagt fra kl. 19, |
    så det når jeg desværre ikke" ("og når det desværre ikke", "so I can't make it"); its
    negation, or None."""
    g = grammar()
    pointers, negations, managing = g.pronouns(), g.words["polarity.negation"], g.words["dinner.managing"]
    named = g.union("intent.attend", "intent.late", "workshop.markers", "text.conditional")
    while k < e:
        a, b = doc.clause_of(k)
        said = [t for t in doc.tokens[a:b] if t.kind != "p"]
        negation = next((j for j in range(a, b) if doc.texts[j] in negations), None)
        if negation is not None and len(said) <= _BUT_WORDS + 2 and any(t.text in pointers for t in said) \
                and any(t.text in managing for t in said) and not any(t.text in named for t in said):
            return negation
        k = b
    return None


def _habit_then_answer(doc: Doc, answers: list[_Answer]) -> list[_Answer]:
    """A habit, then a "men"/"but" and the answer for this time in its sentence: "Jeg spiser
    ellers aldrig ude på hverdage, men jeg gør gerne en undtagelse og spiser med denne gang"
    (the habit is no answer about this meal)."""
    g = grammar()
    habits, turns = g.words["dinner.habits"], g.words["text.contrasts"]
    out = []
    for k, (value, (a, b), doubt) in enumerate(answers):
        later = [x for x in answers[k + 1:] if x[0] is not None and x[0] != value
                 and doc.tokens[x[1][0]].sent == doc.tokens[a].sent]
        if value is not None and later and any(t.text in habits for t in doc.tokens[a:b]) \
                and any(doc.texts[i] in turns for i in range(b, later[0][1][1])):
            continue
        out.append((value, (a, b), doubt))
    return out


def _nothing_refused(doc: Doc, a: int, b: int, dinner_cues: Cues, polarity: Cues) -> bool:
    """The no of tokens [a, b) is "ikke noget"/"nothing" that the sender goes on to refuse,
    a yes: "Mad: Ikke noget, jeg vil gå glip af", "Dinner: nothing I'd say no to"."""
    words = grammar().words
    nothing = _within(dinner_cues["nothing"], a, b)
    if not nothing:
        return False
    # the refusal in a relative clause right after it: "nothing [that] I'd miss"
    k = nothing[0].end
    while k < len(doc.texts) and (doc.texts[k] == "," or doc.texts[k] in words["dinner.relative_openers"]):
        k += 1
    if k >= len(doc.texts) or doc.texts[k] not in words["party.first_person"]:
        return False
    # (a relative clause, its object the "nothing" before it: it ends in a preposition or verb
    # with no object of its own, "... gå glip af", "... say no to"; not "Jeg spiser ikke noget,
    # jeg skal hjem")
    e = doc.clause_of(k)[1]
    last = next((j for j in range(e - 1, k, -1) if doc.tokens[j].kind != "p"), k)
    return doc.texts[last] in words["dinner.stranded"] and any(
        k < c.start < e for c in dinner_cues["negative"] + polarity["no"])


def _an_aside(doc: Doc, a: int, k: int, here: list[Anchor]) -> bool:
    """Token k is in a bracket after the sender's eating, the bracket naming no meal of its own:
    a reason for the answer before it, no answer ("og jeg spiser med (så er der én aften uden
    madpakke-kaos derhjemme)"; not "Byhaver (spiser ikke med)", nor "Maden (jeg skal hjem)")."""
    opened = open_bracket(doc, a, k)
    eating = grammar().union("dinner.eat_verbs", "dinner.stay_verbs")
    return opened is not None and any(x.start < opened and doc.texts[x.start] in eating for x in here) \
        and not any(x.start > opened for x in here)


def _main_clause(doc: Doc, k: int) -> int | None:
    """The clause that clause k, a clause of time ("når ...", "when ..."), belongs to in its
    sentence: the one after it when it opens the sentence, or a turn, a joining word or a dash
    opens it ("..., men når I spiser, står jeg på banen", "... – når I spiser, sidder vi der
    også"), or the next opens with its verb ("Når I spiser, er jeg gået"), else the one before it
    ("Jeg er gået, når I spiser")."""
    sent = doc.tokens[doc.clauses[k][0]].sent
    same = [j for j in (k - 1, k + 1) if 0 <= j < len(doc.clauses) and doc.tokens[doc.clauses[j][0]].sent == sent]
    after = next((j for j in same if j > k), None)
    g = grammar()
    if after is not None and (k - 1 not in same or doc.opening(*doc.clauses[after]) in g.words["text.helping_verbs"]
                              or doc.opening(*doc.clauses[k]) in g.union("text.contrasts", "text.coordinators")
                              or doc.texts[doc.clauses[k][0]] in DASHES):
        return after
    return next((j for j in same if j < k), None)


def _a_first_thought(doc: Doc, a: int, b: int, thoughts: list[Cue]) -> bool:
    """The clause tells a first thought, given up by a "men"/"but" after it in its sentence,
    or by what was said before it, its "ellers" says: "Jeg havde ellers tænkt mig at vælge
    workshop 1 og blive til maden bagefter, så jeg er ærgerlig". Not the clause past the turn
    from it: "Jeg havde ellers regnet med at skulle smutte, men jeg bliver alligevel og spiser med"."""
    s, e = doc.sentence_of(a)
    words = grammar().words
    turns, otherwise = words["text.contrasts"], words["text.otherwise"]
    return any(s <= c.start < b and not any(doc.texts[k] in turns for k in range(c.end, a))
               and (any(doc.texts[k] in turns for k in range(b, e))
                    or any(doc.texts[k] in otherwise for k in range(c.start, c.end)))
               for c in thoughts)


def _list_goes_on(doc: Doc, a: int, b: int, cues: Cues) -> bool:
    """Clause [a, b) is only dishes after a comma, and the clause before it in its sentence ends
    with a dish: the list goes on, and what that clause says of them holds for these too, no
    answer of their own ("Vi ... laver både smørrebrød, sandwich og buffet")."""
    if a == 0 or doc.texts[a] != "," or doc.tokens[a - 1].sent != doc.tokens[a].sent:
        return False
    dishes = _within(cues["food_items"] + cues["nouns"], a, b)
    named = {k for c in dishes for k in range(c.start, c.end)}
    joins = grammar().words["text.coordinators"]
    words = [k for k in range(a, b) if doc.tokens[k].kind == "w"]
    if not words or not all(k in named or doc.texts[k] in joins for k in words):
        return False
    last = max((k for k in range(doc.clause_of(a - 1)[0], a) if doc.tokens[k].kind == "w"), default=None)
    return last is not None and any(c.start <= last < c.end for c in cues["food_items"] + cues["nouns"])


def _of_others(doc: Doc, a: int, b: int, polarity: Cues) -> bool:
    """A clause that says nothing of the sender and opens with a relative word, telling of
    the people before it ("mange ældre, der ikke spiser ordentligt"), or has the others for
    its subject ("så jeg må nøjes med at kigge på, mens I andre spiser"). Not one telling of
    a kind the sender is, or is not with its refusal read as a yes (meaning._kind_denied):
    "Jeg er ikke typen, der springer maden over" (but "Jeg er ikke typen, der spiser så sent,
    så jeg springer suppen over" tells of the others)."""
    g = grammar()
    words = doc.tokens[a:b]
    before = next((t for t in reversed(doc.tokens[doc.sentence_of(a)[0]:a]) if t.kind != "p"), None)
    if before is not None and before.text in g.words["party.sender_words"]:
        return False  # the cleft: "Det er kun Jonas og mig, der spiser med"
    s = doc.sentence_of(a)[0]
    if before is not None and before.text in g.words["polarity.kinds"] and says_i(g, doc.tokens[s:a]) \
            and not any(s <= c.start < a for c in polarity["negation"]):
        return False
    # (not the others as company: "få en bid brød med de andre bagefter"; nor as where one goes,
    # no subject: "..., men skal hjem til ungerne, så snart vi runder af")
    company, preps, leaving = g.words["dinner.company"], g.words["party.prepositions"], g.words["dinner.leaving"]
    others = [k for k in range(a, b) if doc.texts[k] in g.words["dinner.others_eating"]
              and not company.intersection(doc.texts[max(a, k - 2):k])
              and not (k > a and doc.texts[k - 1] in preps and not leaving.isdisjoint(doc.texts[a:k]))]
    # (Danish "I" before "andre" is "you", not the English "I")
    mine = [t for k, t in enumerate(words, a) if k + 1 not in others]
    if says_i(g, mine) or any(t.text in g.words["party.sender_words"] for t in words):
        return False
    # (a "der" opening the sentence is "there", no relative word: "Der er ingen grund til ikke at
    # blive til suppen")
    opens_sentence = all(t.kind == "p" for t in doc.tokens[s:a])
    relatives = g.words["dinner.relative_openers"]
    # (not those the sender is one of: "Jeg er en af dem der bliver og spiser med")
    sender = g.words["party.sender_words"]

    def told_of(k: int) -> bool:
        head = doc.tokens[doc.clause_of(k)[0]:a]
        return doc.texts[k] in relatives and doc.texts[k - 1] in g.words["dinner.relative_heads"] \
            and not says_i(g, head) and not any(t.text in sender for t in head)

    # (or a third person's reflexive, the subject left out after "og": "hun har meldt sig til
    # Lokalområdet og glæder sig til maden")
    reflexive = any(t.text in g.words["dinner.third_person_reflexives"] for t in words)
    return bool(others) or reflexive or any(told_of(k) for k in range(s + 1, b)) or (
        doc.opening(a, b) in relatives and not opens_sentence)


def _reported(doc: Doc, a: int, b: int, dinner_cues: Cues) -> bool:
    """The clause reports an earlier answer told in the clause before it: "Jeg skrev, at jeg
    ikke kunne spise med, men ..." (the past is the report's, the answer said now follows),
    or before the reported clause it is joined to."""
    words = grammar().words
    reported, joins = words["dinner.reported"], words["text.coordinators"]
    k = doc.tokens[a].clause
    opening = doc.opening(a, b)
    # (or the second of two reported, after an "og": "Jeg skrev til Lars, at jeg nok ville
    # vælge Bæredygtighed, og at jeg ikke kunne blive til maden")
    joined = opening in joins and doc.opening(a, b, joins) in reported
    if k == 0 or not (opening in reported or joined):
        return False
    for pa, pb in reversed(doc.clauses[:k]):
        if doc.tokens[pa].sent != doc.tokens[a].sent:
            return False
        if _within(dinner_cues["past"], pa, pb):
            return True
        if not joined or doc.opening(pa, pb, joins) not in reported:
            return False
    return False


def _answered_back(doc: Doc, polarity: Cues, k: int, e: int, joined: bool = False,
                   stops: bool = False, plain: bool = False) -> bool | None:
    """The answer of now after a turn, in a pro-form pointing back at the meal told of
    before it (from token k to e): "jeg skrev tidligere, at jeg ikke spiser med, men det vil
    jeg alligevel gerne" (a yes); with `joined`, after an "og" too: "Sidst nåede jeg ikke at
    spise med, og det gør jeg heller ikke denne gang" (not after another's answer, which the
    sender shares: "Mette spiser ikke med, og det gør jeg heller ikke"); with `stops`, opening
    the next sentence: "... skrev jeg, at jeg spiser med. Det gør jeg ikke"; with `plain`, in a
    main clause's order too (see _points_back); None when there is none."""
    g = grammar()
    # (or a comma alone: "Han spiser med, det gør jeg ikke")
    turns = (g.union("text.contrasts", "text.coordinators") if joined else g.words["text.contrasts"]) | _COMMA
    if stops:
        turns = turns | _STOPS
    turn = next((i for i in range(k, e - 3) if doc.texts[i] in turns and _points_back(doc, g, i + 1, plain)), None)
    if turn is None:
        turn = next((i for i in range(k, e - 2) if _verb_left_over(doc, g, i, turns)), None)
    if turn is None:
        return None
    return not _within(polarity["negation"] + polarity["no"], turn + 1, doc.clause_of(turn + 1)[1])


def _yes_or_no_after_all(doc: Doc, polarity: Cues, dinner_cues: Cues, k: int) -> bool | None:
    """A bare yes or no with "alligevel"/"after all" right after it, after a turn from token k
    to the end of the next sentence: the answer of now to a meal told of before ("Jeg skrev nej
    tak til mad, men det var før jeg så, at det er efter mødet 😊 så ja tak alligevel"); None
    when there is none."""
    s = doc.tokens[k].sent
    e = doc.sentences[min(s + 1, len(doc.sentences) - 1)][1]
    turns = grammar().words["text.contrasts"]
    if not any(doc.texts[i] in turns for i in range(k, e)):
        return None
    after_all = {c.start for c in dinner_cues["after_all"]}
    said = [(c, kind == "yes") for kind in ("yes", "no") for c in polarity[kind]
            if k <= c.start < e and (c.end in after_all or c.end + 1 in after_all)]
    return max(said, key=lambda x: x[0].start)[1] if said else None


_COMMA = frozenset((",",))
_STOPS = frozenset((".", "!"))
_ASIDE_OPENERS = frozenset(("(", "-", "–", "—"))


def _verb_left_over(doc: Doc, g: Grammar, i: int, turns: frozenset[str]) -> bool:
    """At token i, a turn and a clause of a subject and the verb that stands for the one
    before it, and nothing more: "Jonas won't stay for dinner but I will", "Fatima spiser ikke
    med, vi andre gør" (after a comma, the rest of a group)."""
    texts = doc.texts
    subjects, verbs = g.words["dinner.pointing_subjects"], g.words["dinner.pointing_verbs"]
    j = i + 1
    rest = doc.clause_of(i + 1)[1] if j < len(texts) else j
    if texts[i] in turns and j < rest and texts[j] in g.words["dinner.pointing_contractions"]:
        # the subject and its verb in one word, perhaps denied: "Dinner he's skipping, but I'm not"
        return all(t.kind == "p" or t.text in g.union("text.particles", "polarity.negation")
                   for t in doc.tokens[j + 1:rest])
    if texts[i] == "," and j + 1 < len(texts) and texts[j] in subjects and texts[j + 1] in g.words["dinner.others_eating"]:
        j += 2  # "vi andre", "we others"
    elif texts[i] in turns and j < len(texts) and texts[j] in subjects:
        j += 1
    else:
        return False
    return j < rest and texts[j] in verbs and all(
        t.kind == "p" or t.text in g.words["text.particles"] for t in doc.tokens[j + 1:rest])


def _stays_after_a_turn(doc: Doc, g: Grammar, k: int, dinner_cues: Cues) -> bool:
    """At token k, a turn to the sender as subject, who stays, with nothing after the staying
    but particles: "..., but I'd love to stay", "..., men jeg bliver gerne" (not "but I'll stay
    for the workshop", nor "men jeg bliver lidt": some while is not the meal)."""
    end = doc.clause_of(k + 1)[1]
    said = [t.text for t in doc.tokens[k + 1:end] if t.kind != "p"]
    staying = _within(dinner_cues["stay_verbs"], k + 1, end)
    return bool(said) and said[0] in g.words["party.first_person"] and bool(staying) and all(
        t.kind == "p" or t.text in g.words["text.particles"] or t.text in g.words["dinner.staying_alone"]
        for t in doc.tokens[staying[-1].end:end])


def _turned_to_leaving(doc: Doc, answer: _Answer, by_time: list[Cue]) -> _Answer:
    """A yes the sentence turns from to leaving by a time before the meal is a no: "Both the
    workshop and the dinner sound lovely, but I have to leave at 18.30 sharp" (not another's
    leaving: "Jeg spiser med, men Søren skal gå kl. 18")."""
    value, (a, b), doubt = answer
    if value is not True or doubt:
        return answer
    e = doc.sentence_of(a)[1]
    contrasts = grammar().words["text.contrasts"]
    turn = next((k for k in range(b, e) if doc.texts[k] in contrasts), None)
    if turn is not None and any(turn < c.start < e for c in by_time) and not said_of_another(doc, turn):
        return False, (a, b), False
    return answer


def _bare_before_a_turn(doc: Doc, polarity: Cues, a: int, b: int) -> bool:
    """Tokens [a, b) open with a bare yes or no, a clause of a few words, and turn nowhere
    after it: "Nej vel – så der er jeg med" (not "Ikke mig, men jeg skal hjem kl. 18", nor a
    word before the answer: "Honestly, after a full day I'd rather get home ..., so no thanks")."""
    end = doc.clause_of(a)[1]
    return sum(t.kind != "p" for t in doc.tokens[a:end]) <= _BARE_ANSWER_WORDS + 2 \
        and _yes_no(polarity, a, end) is not None and grammar().words["text.contrasts"].isdisjoint(doc.texts[a:b])


def _within(cues: list[Cue], a: int, b: int) -> list[Cue]:
    return [c for c in cues if a <= c.start < b]


def _wished(dinner_cues: Cues, a: int, b: int) -> bool:
    """Tokens [a, b) wish or praise a meal, the wish reaching in from the clause before:
    "hun var ellers så glad for, at der var mad bagefter"."""
    return any(c.start < b and c.end > a for c in dinner_cues["wishes"])


def _leaves_before(doc: Doc, a: int, b: int, dinner_cues: Cues) -> int | None:
    """Where tokens [a, b) leave before the meal ("skal hjem inden maden"; or last of what is
    left before: "inden opsummeringen og maden", not "inden jeg ..."). None if they do not."""
    nouns = {c.start for c in dinner_cues["nouns"]}
    eating = {c.start for c in dinner_cues["eat_verbs"]}
    words = grammar().words
    coordinators, subjects = words["text.coordinators"], words["dinner.question_subjects"]
    for cue in _within(dinner_cues["before"], a, b):
        j = cue.end + (1 if cue.end < b and doc.tokens[cue.end].text in _ARTICLES else 0)
        if j in nouns or (j + 2 in nouns and j + 2 < b and doc.tokens[j].kind == "w"
                          and doc.tokens[j + 1].text in coordinators and doc.tokens[j].text not in subjects):
            return cue.start
        # or before the others eat, the sender leaving: "så jeg smutter, inden I går til bords"
        # (not "Jeg spiser med, inden jeg kører"; "I" is Danish "you" here, "i" is "in")
        subject = doc.tokens[j] if j < b else None
        if subject is not None and subject.text in subjects \
                and (subject.cap if subject.text == "i" else subject.text not in words["party.first_person"]) \
                and (j + 1 in eating or j + 2 in eating) \
                and any(t in words["dinner.leaving"] for t in doc.texts[doc.sentence_of(cue.start)[0]:cue.start]):
            return cue.start
    return None


def _doubted_before(doc: Doc, a: int, b: int, undecided: list[Cue]) -> bool:
    """The clause is what the doubt in the clause before it is about: "Ellers er det ikke
    sikkert, | at jeg spiser med"."""
    k = doc.tokens[a].clause
    if k == 0 or doc.opening(a, b) not in grammar().words["dinner.reported"]:
        return False
    pa, pb = doc.clauses[k - 1]
    return doc.tokens[pa].sent == doc.tokens[a].sent and bool(_within(undecided, pa, pb))


def _doubt_joined(doc: Doc, a: int, here: list[Anchor], polarity: Cues) -> bool:
    """The meal's infinitive joined by "og at"/"and to" to the object of a doubt before it in
    the clause: "Jeg overvejer selv bæredygtighed og at blive til maden bagefter" (the doubt
    goes with the workshop named nearer it, and is the meal's too)."""
    words = grammar().words
    first = min(x.start for x in here)
    joins = [j for j in range(a, first - 1) if doc.texts[j] in words["text.coordinators"]
             and doc.texts[j + 1] in words["text.infinitive_markers"]]
    return bool(joins) and any(a <= c.start < joins[0] for c in polarity["undecided"])


def _done_for_the_fronted_meal(doc: Doc, a: int, k: int) -> bool:
    """The negation at token k follows "gør" and its subject, standing for the verb of eating
    that opens the clause at token a: "Spise med bagefter gør jeg ikke"."""
    g = grammar()
    return k >= 2 and doc.texts[k - 2] in g.words["dinner.do_verbs"] \
        and doc.texts[k - 1] in g.words["party.first_person"] \
        and doc.opening(a, k) in g.union("dinner.eat_verbs", "dinner.stay_verbs")


def _negated_meals(doc: Doc, meals: list[Cue], polarity: Cues, targets: list[Anchor]) -> list[Cue]:
    """The other meals among `meals` that a negation before them speaks of."""
    negations = polarity["negation"]
    return [c for c in meals if any(
        n.end <= c.start and (t := nearest(doc, n.start, n.end, targets)) is not None and t.start < c.end
        and t.end > c.start for n in negations)]


def _clause_value(doc: Doc, a: int, b: int, here: list[Anchor], dinner_cues: Cues, polarity: Cues,
                  declines: list[Cue], all_anchors: list[Anchor], undecided: list[Cue]) -> tuple[bool | None, bool]:
    """(value, undecided) of one clause about the meal."""
    specified = _specified_answer(doc, a, b, here)
    if specified is not None:
        return specified, False
    owed = ought(doc, grammar(), a, b)
    if owed and not _within(undecided, a, b):
        # what one ought, then what one does: "Jeg burde ikke spise med, men jeg gør det alligevel"
        done = _answered_back(doc, polarity, b, doc.sentence_of(a)[1], plain=True)
        if done is not None:
            return done, False
    if _within(undecided, a, b) or _hangs_on_a_condition(doc, a, polarity, dinner_cues) \
            or _doubted_before(doc, a, b, undecided) or owed \
            or _doubt_joined(doc, a, here, polarity):
        return None, True
    if _others_expect_me(doc, a, b) or _what_others_would(doc, a, b, here) \
            or _wished_by_others(doc, here, dinner_cues):
        return None, False
    first = min(x.start for x in here)
    # (the past before a colon introduces what is said now: "Samme som jeg skrev første gang:
    # vinkel 3 og gerne mad bagefter")
    # (nor one in brackets, a comparison: "Jeg spiser heller ikke med denne gang (ligesom sidst)")
    # (nor a habit told of the meal in a relative clause: "– som jeg normalt aldrig siger nej
    # til – så må jeg desværre melde pas"; but a meal inside the relative clause is another
    # occasion's: "vores halvårsmøde, hvor vi spiste smørrebrød i to timer")
    # (nor a habit given as the reason after the answer: "jeg skal ikke have mad, for jeg spiser
    # altid kl. 17 med min kone")
    relative = grammar().words["dinner.relative_openers"]
    coordinators = grammar().words["text.coordinators"]
    reasons = grammar().union("text.because", "text.reason_openers")
    # (nor one run on after the answer, its "jeg" starting a sentence of its own: "maden takker
    # jeg nej til jeg plejer at spise ved 17 tiden")
    me = grammar().words["party.first_person"]
    answered = [x.end for x in _within(dinner_cues["negative"], a, b) + _within(dinner_cues["positive"], a, b)]
    past = [c for c in _within(dinner_cues["past"] + dinner_cues["answered_elsewhere"], a, b)
            if ":" not in doc.texts[c.end:first] and not in_open_bracket(doc, a, c.start)
            and (doc.opening(*doc.clause_of(c.start), coordinators) not in relative
                 or first >= doc.clause_of(c.start)[0])
            and not reasons.intersection(doc.texts[first:c.start])
            and not (c.start > 0 and doc.texts[c.start - 1] in me and any(first < e < c.start for e in answered))]
    reported = bool(past) or _reported(doc, a, b, dinner_cues)
    if reported:
        now = _yes_or_no_after_all(doc, polarity, dinner_cues, first)
        if now is None:
            now = _answered_back(doc, polarity, first, doc.sentence_of(a)[1], joined=True)
        end = doc.sentence_of(a)[1]
        if now is None and end < len(doc.tokens):
            now = _answered_back(doc, polarity, end - 1, doc.sentence_of(end)[1], stops=True)
        if now is not None:
            return now, False  # "Jeg sagde ..., at jeg ikke spiste med, men det gør jeg alligevel"
    s, e = doc.sentence_of(a)
    # (not one the clause turns from: "Man skulle tro, at en kantineleder ville springe maden
    # over – men nej, ... spiser jeg meget gerne med!")
    contrasts = grammar().words["text.contrasts"]
    would_have = [c for c in _within(dinner_cues["counterfactual"], s, b)
                  if not any(t.text in contrasts for t in doc.tokens[c.end:a + 1])]
    if would_have and not reported and any(t.text in contrasts for t in doc.tokens[would_have[-1].end:e]):
        return False, False  # what would have been, and a "but": "I would have loved to stay for dinner, but I have a flight"
    if _wished(dinner_cues, a, b) or reported or would_have:
        # "I wish you a good meal together"; "... og spiste med bagefter" last time; "If I were
        # able to come, I would pick ... and stay for dinner"
        return None, False
    joined = doc.clause_before(a)
    if joined is not None and doc.opening(a, b) in grammar().words["text.coordinators"] \
            and any(c.start == doc.first_word(*joined) == s for c in dinner_cues["embedded_question"]):
        return None, True  # the second verb of a "whether" opening the sentence: "Om jeg bliver og spiser, ..."
    # ("om" right before the meal's noun that ends its clause is "about", not "whether": "Jeg er
    # ikke i tvivl om maden, den bliver jeg til")
    asked_about = [c for c in _within(dinner_cues["embedded_question"], a, b)
                   if not any(x.start == c.end and (x.end == len(doc.tokens) or doc.tokens[x.end].kind == "p")
                              for x in here)]
    if asked_about and any(doc.texts[k] == ":" for k in range(asked_about[0].end, b)):
        asked_about = []  # our question written back as a form line: "Om du ønsker at spise med: Nej tak"
    elif asked_about:
        # or answered after a dash: "Om jeg ønsker at spise med efter mødet – ja, det gør jeg",
        # "I spørger, om vi vil spise med bagefter – det siger jeg pænt nej tak til" (the answer is
        # read with it)
        # (a "det" there must answer, not go on about something else: "Hvorvidt jeg spiser med, kan
        # jeg først sige, når vagtplanen er lagt – det sker i løbet af næste uge"; "– så det gør jeg")
        g = grammar()
        dash = next((k for k in range(asked_about[0].end, e - 1) if doc.texts[k] in DASHES), None)
        said = polarity["yes"] + polarity["no"]
        if dash is not None and (doc.texts[dash + 1] in g.union("polarity.yes", "polarity.no")
                                 or any(c.start == dash + 1 for c in said)
                                 or (doc.texts[dash + 1] in g.words["polarity.anaphora"] and (
                                     _points_back(doc, g, dash + 1) or _points_back(doc, g, dash + 2)
                                     or _within(said, dash + 1, e)))):
            asked_about, b = [], e
    if asked_about and doc.opening(s, asked_about[0].start) is None:
        return None, True  # opening the sentence: "Om jeg kan blive til spisningen, ved jeg først senere"
    subjects = grammar().words["dinner.question_subjects"]
    # ("i" only written "I": Danish "i" is "in", "I" the plural "you")
    asking = grammar().words["dinner.asking_verbs"]
    for c in asked_about:
        between = doc.tokens[c.end:first]
        # a subject of its own within a few words ("om hun må komme og spise med bagefter"), or
        # the question's word the subject ("hvem der spiser med", "who is staying for dinner");
        # or asked by another in so many words, at any length: "Min kollega spurgte, om jeg ikke
        # bare skulle blive til den"
        reported = c.start >= 2 and not asking.isdisjoint(doc.texts[c.start - 2:c.start])
        if reported or (c.end <= first and (not between or len(between) <= _WHETHER_REACH and any(
                t.text in subjects and (t.text != "i" or t.cap) for t in doc.tokens[c.start:first])
                and (len(between) <= 3 or all(t.kind != "p" for t in between)))):
            return None, False
    leaving = _leaves_before(doc, a, b, dinner_cues)
    # (the leaving said in the clause before, the meal's clause opening with "før": "jeg går
    # ikke hjem, før der er spist")
    before = doc.clause_before(a)
    since = before[0] if leaving is not None and before is not None and doc.opening(a, b) == doc.texts[leaving] else a
    if leaving is not None and _within(polarity["negation"], since, leaving):
        return True, False  # not leaving before it: "jeg har ikke tænkt mig at gå før maden"
    if leaving is not None and grammar().words["dinner.leaving_doubts"].intersection(doc.texts[since:leaving]):
        return None, True  # leaving perhaps: "I may have to leave before the soup", "Jeg går måske inden maden"
    food = _food(doc, dinner_cues)
    refusals = [c for c in _within(dinner_cues["negative"], a, b)
                if not _leaving_after_eating(doc, c, dinner_cues, b) and not _an_aside(doc, a, c.start, here)]
    if not refusals and not _within(polarity["negation"], a, b) \
            and _within(dinner_cues["negative"], a, b) and _after_the_meal(doc, a, b, dinner_cues):
        return True, False  # leaving after it stays for it: "Efter maden kører jeg hjem"
    # "I won't be able to stay for the dinner": staying is the meal too, and nearer
    # (and a phrase saying yes to it, which a negation may stand far from the meal before:
    # "..., hvorimod jeg ikke vil gøre brug af den efterfølgende forplejning")
    targets = all_anchors + [Anchor(c.start, c.end, "dinner") for c in _within(dinner_cues["stay_verbs"], a, b)] \
        + [Anchor(c.start, c.end, "dinner") for c in _within(dinner_cues["positive"], a, b) if c.end - c.start > 1]
    # another meal is a no to ours, but not when it is negated: not eating before the meeting
    # says nothing of the meal after it ("Jeg når næppe at få noget at spise inden mødet")
    elsewhere = [c for c in dinner_cues["other_meals"] if c.start < b and c.end > a]
    negated = _negated_meals(doc, elsewhere, polarity, targets)
    # (and a refusal reaching in over the comma that opens the clause: "– actually, scratch the eating")
    # (another meal's phrase may reach in from the clause before: "så jeg tager hjem | og spiser")
    negative = bool(refusals or any(c not in negated for c in elsewhere)
                    or any(c.start < a < c.end for c in dinner_cues["negative"])
                    or any(not _diet(doc, c.end, food) for c in _within(polarity["no"], a, b))
                    or _within(declines, a, b) or _negated_before(doc, a, polarity, dinner_cues, declines))
    diets = []
    partly = False
    # a negation inside a condition after the answer is the condition's: "Spiser med hvis jeg
    # ikke skal hente" (the condition leaves the yes open, see _yes_with_a_but)
    condition = min((c.start for c in _within(dinner_cues["conditional"], a, b)), default=b)
    for cue in polarity["negation"] + polarity["no"]:  # "spiser ikke med"; "..., men kan ikke"
        if _diet(doc, cue.end, food):  # "spiser ikke kød", "I don't eat any animal products"
            diets.append(cue.start)
            continue
        if a < condition < cue.start < b and any(a <= x.start < condition for x in here):
            continue
        target = nearest(doc, cue.start, cue.end, targets)
        if target is not None and any(target.start < c.end and target.end > c.start for c in negated):
            continue
        opened = open_bracket(doc, a, cue.start)
        if target is not None and opened is not None and target.start < opened:
            closed = next((k for k in range(cue.end, b) if doc.texts[k] == ")"), b)
            if sum(t.kind != "p" for t in doc.tokens[opened:closed]) > _BARE_ANSWER_WORDS:
                continue  # an aside's own negation: "And we'll both stay for dinner (we promise not to count the leftovers)"
        if target is not None and target.what == "dinner" and a <= target.start < b \
                and not _of_another_verb(doc, cue.end, target.start):
            partly = _of_the_whole(doc, here)
            negative = not partly
        elif _done_for_the_fronted_meal(doc, a, cue.start):
            negative = True
    undone = frozenset(i for c in polarity["yes"] for i in range(c.start, c.end))
    negative = negative or neither_nor(doc, a, first, undone) or _counted(doc, a, first, b) is False
    if negative or leaving is not None:
        return False, False
    if partly:  # some of the meal, not all: how much is a question
        return None, True
    joiners = grammar().words["dinner.joiners"]
    # (in the meal's own clause: not "Enjoy your lunch - and see you on the 20th!")
    beside = {k for x in here
              for k in range(max(0, x.start - _JOINER_REACH), min(len(doc.tokens), x.end + _JOINER_REACH))
              if doc.tokens[k].clause == doc.tokens[x.start].clause}
    topics = [c.end for c in _within(dinner_cues["topics"], a, b)]

    described, servings = grammar().words["dinner.described_by"], grammar().words["dinner.servings"]
    worked = grammar().words["dinner.worked_with"]

    partitive = grammar().words["dinner.partitives"]

    def joins_the_meal(k: int) -> bool:
        """Not in our question told back: "I spørger om workshop og mad – men ...", nor after
        a thing it describes: "en café med mad"; nor after a meal that is some of a thing:
        "der stod rester af mad og beskidte kopper over det hele"; nor opening a heading: "Og
        maden: Det er sødt af jer, men jeg står over"; nor a verb's own: "vi arbejder med mad",
        "i foreningen arbejder vi med mad"."""
        return k in beside and not any(t <= k and ":" not in doc.texts[t:k] for t in topics) \
            and not any(doc.texts[j] in worked for j in range(max(0, k - _WORKED_REACH), k)) \
            and not (k == doc.first_word(*doc.sentence_of(k)) and heading_mark(doc, k) is not None) \
            and not _describes_a_thing(doc, k, here, described, servings, joiners) \
            and not any(x.end <= k and x.start > 0 and doc.texts[x.start - 1] in partitive for x in here)

    # a topic the sentence goes on to answer says no yes of its own: "Med hensyn til at blive
    # og få en bid brød bagefter – ... – så må jeg desværre melde pas"
    topic = meal_topic(doc, grammar(), a)
    if topic is not None and topic[1] < doc.sentence_of(a)[1]:
        a = max(a, topic[1])
    positives = [c for c in _within(dinner_cues["positive"], a, b)
                 if c.end - c.start > 1 or doc.tokens[c.start].text not in joiners or joins_the_meal(c.start)]
    # "Jeg spiser ikke kød", "I only eat halal" tell a diet, not whether they eat with us
    eating = [c for c in _within(dinner_cues["eat_verbs"], a, b)
              if not any(-_DIET_REACH <= d - c.end <= _DIET_VERB_GAP for d in diets) and not _diet(doc, c.end, food)
              and not _what_is_eaten(doc, c.start)]
    verbs = eating + positives + _within(dinner_cues["stay_verbs"], a, b)
    if topic is not None and a == topic[1] and any(
            0 <= v.start - n.end <= _TOPIC_NEGATION_REACH for n in _within(polarity["negation"], a, b) for v in verbs):
        # the verb after the topic negated, the meal far before it: "Regarding the meal after
        # the meeting, I will not participate" (not "Hvad angår maden, har jeg ingen allergier")
        return False, False
    positive = bool(verbs or _within(polarity["yes"], a, b)) or _counted(doc, a, first, b) is True
    if positive and not eating and not _within(polarity["yes"], a, b) \
            and all(c.end - c.start == 1 and doc.texts[c.start] in joiners for c in positives) \
            and any(me.isdisjoint(doc.texts[c.start:c.end])
                    for c in _within(dinner_cues["told_elsewhere"], a, doc.sentence_of(a)[1])):
        # left to another's words: "Med maden er det som hun skrev" (not the sender's own
        # answer restated: "Byhaver og suppe, som jeg skrev")
        return None, True
    if positive and _refusal_done_after(doc, positives + _within(polarity["yes"], a, b), b):
        return False, False
    if positive and any(doc.texts[k] in grammar().words["dinner.regret"] for k in range(a, b)):
        # a yes regretted has lost its "ikke": "Jeg når desværre at spise med bagefter, jeg skal til
        # forældremøde kl. 19" (the negation was seen above: this clause has none)
        return None, True
    return (True if positive else None), False


def _refusal_done_after(doc: Doc, yeses: list[Cue], b: int) -> bool:
    """A yes told as a refusal denied ("svært at sige nej til"), then a "men"/"but" clause
    whose verb stands for that refusal, done: "Gratis mad er svært at sige nej til, men denne
    gang gør jeg det altså". (A refusal asked as a question and owned by such a verb in the next
    sentence is read by _own_question_answered and _refusal_asked_then_owned.)"""
    g = grammar()
    noes = g.words["polarity.no"]
    if not any(doc.texts[k] in noes for c in yeses for k in range(c.start, c.end)):
        return False
    e = doc.sentence_of(b - 1)[1]
    if b >= e or doc.opening(b, doc.clause_of(b)[1]) not in g.words["text.contrasts"]:
        return False
    said = doc.texts[b:doc.clause_of(b)[1]]
    # (up to a colon or dash that goes on to the reason: "..., men denne gang gør jeg det altså: jeg træner U11")
    said = said[:next((k for k, w in enumerate(said) if w in DASHES | {":"}), len(said))]
    pointing = g.union("dinner.pointing_verbs", "dinner.pointing_subjects", "dinner.generic_subjects", "polarity.anaphora")
    last = max((k for k, w in enumerate(said) if w in pointing), default=None)
    # (the verb standing alone, nothing done after it: not "men jeg gør det kort")
    return last is not None and not g.words["dinner.pointing_verbs"].isdisjoint(said) \
        and not g.union("dinner.pointing_subjects", "dinner.generic_subjects").isdisjoint(said) \
        and g.words["polarity.negation"].isdisjoint(said) \
        and all(not w[0].isalnum() or w in g.words["text.particles"] for w in said[last + 1:])


def _describes_a_thing(doc: Doc, k: int, here: list[Anchor], described: frozenset[str],
                       servings: frozenset[str], joiners: frozenset[str]) -> bool:
    """The joiner at token k follows a noun brought in by an article (`dinner.described_by`),
    and so tells what that thing has: "en idé om en café med mad fra vores køkkenhave", "we
    run a small café with food from our garden" (not a serving's, "en skål med suppe", nor the
    meal's own, "a bite with you", nor one joiner's after another, "en kollega med til maden")."""
    for j in range(k - 1, max(-1, k - 1 - _DESCRIBED_WORDS), -1):
        if doc.texts[j] in described:
            return j < k - 1
        if doc.tokens[j].kind != "w" or doc.texts[j] in servings or doc.texts[j] in joiners \
                or any(x.start <= j < x.end for x in here):
            return False
    return False


def _what_is_eaten(doc: Doc, k: int) -> bool:
    """The verb at token k eats in a clause of what is eaten, its subject between: "så jeg ved,
    hvad jeg spiser", "so I know exactly what I'm eating" (no answer)."""
    g = grammar()
    openers, persons = g.words["dinner.what_is_eaten"], g.union("party.first_person", "party.we")
    j = k - 1
    while j >= 0 and doc.texts[j] in persons:
        j -= 1
    return j >= 0 and j < k - 1 and doc.texts[j] in openers


def _others_expect_me(doc: Doc, a: int, b: int) -> bool:
    """The clause, reported, tells what others at home may expect of the sender: "Jeg har
    allerede sagt derhjemme, at de ikke skal regne med mig til aftensmaden" (their meal, not
    an answer about ours; capital "De" and "I" would be us)."""
    words = grammar().words
    k = doc.first_word(a, b)
    if k == b or doc.texts[k] not in words["dinner.reported"]:
        return False
    subject = next((t for t in doc.tokens[k + 1:b] if t.kind != "p"), None)
    return subject is not None and not subject.cap and subject.text in words["party.third_person"] \
        and any(t.text in words["party.sender_words"] for t in doc.tokens[k + 2:b])


def _wished_by_others(doc: Doc, here: list[Anchor], dinner_cues: Cues) -> bool:
    """Another's wish for the sender stands before the meal in its sentence: "My husband keeps
    telling me to skip the dinner", "Min mand synes, jeg skal springe maden over" (not past a
    "men"/"but" turning back to the sender's own answer: "..., men jeg bliver og spiser med";
    nor past a "so" drawing the sender's own: "My wife keeps telling me I work too much, so
    I'll skip dinner"). A meal named as the label of the answer is not the one wished for: "On
    dinner: my wife says I should stay for the food"."""
    told = [x for x in here if x.end >= len(doc.tokens) or doc.texts[x.end] != ":"]
    if told:
        first = min(x.start for x in told)
        s = doc.sentence_of(first)[0]
    else:  # (only the label: the wish is in what it labels, "On the soup: my wife says I should stay for it")
        s = max(x.end for x in here) + 1
        first = doc.sentence_of(s - 1)[1]
    contrasts = grammar().union("text.contrasts", "text.consequences")
    return any(s <= c.start and c.end <= first and not any(doc.texts[k] in contrasts for k in range(c.end, first))
               for c in dinner_cues["wished_by_others"])


def _what_others_would(doc: Doc, a: int, b: int, here: list[Anchor]) -> bool:
    """The clause says what others would or could do, in an idea, the sender not in it and
    the meal only after the modal: "Det kunne give arbejde til folk i afklaringsforløb, og
    flere børnefamilier ville få noget sundt at spise" (not the subject left out: "Ville gerne
    spise med"; nor the meal the subject: "Dinner would be lovely")."""
    g = grammar()
    k = next((k for k in range(a, b) if doc.texts[k] in g.words["intent.past_modals"]), None)
    if k is None or any(x.start < k for x in here) or not any(
            t.kind == "w" and t.text not in g.words["text.coordinators"] for t in doc.tokens[a:k]):
        return False
    words = doc.tokens[a:b]
    return not says_i(g, words) and not any(t.text in g.words["party.sender_words"] for t in words)


_TOPIC_NEGATION_REACH = 3  # words from a negation to the verb it negates: "not be able to stay"


def _leaving_after_eating(doc: Doc, cue: Cue, dinner_cues: Cues, b: int) -> bool:
    """The refusal is a word of leaving after eating in its clause, with a word for after
    it: "så jeg spiser gerne med og smutter derover bagefter", "I'll eat and dash off afterwards";
    or joined to the eating by an "og" alone: "jeg spiser og smutter" (not "jeg går hjem og spiser");
    or after the meal named in its clause: "Efter maden kører jeg hjem"; or only once the meal is
    eaten: "jeg smutter først, når maden er spist"."""
    words = grammar().words
    a = doc.clause_of(cue.start)[0]
    if _after_the_meal(doc, a, b, dinner_cues):
        return True
    then = next((k for k in range(cue.end, b) if doc.texts[k] in words["dinner.meal_times"]), None)
    if then is not None and not words["dinner.only_then"].isdisjoint(doc.texts[a:then]) \
            and _within(dinner_cues["eat_verbs"], then, b):
        return True
    eaten = [c for c in _within(dinner_cues["eat_verbs"], a, cue.start) if c.end <= cue.start]
    return " ".join(doc.texts[cue.start:cue.end]) in words["dinner.leaving"] and bool(eaten) \
        and (any(t.text in words["dinner.after_eating"] for t in doc.tokens[cue.end:b])
             or (eaten[-1].end == cue.start - 1 and doc.texts[cue.start - 1] in words["dinner.eaten_then"]))


def _after_the_meal(doc: Doc, a: int, b: int, dinner_cues: Cues) -> bool:
    """Tokens [a, b) name the meal as the time after which the sender leaves, an article
    perhaps between: "Efter maden kører jeg hjem", "smutter lige efter maden", "leaving straight
    after the dinner"."""
    after = grammar().words["dinner.after_the_meal"]
    return any(doc.texts[j] in after and any(j < n.start <= j + 2 for n in dinner_cues["nouns"]) for j in range(a, b))


def _leaves_after_it(doc: Doc, b: int, end: int) -> bool:
    """Tokens [b, end) leave, and say it is afterwards: "men må nok smutte hurtigt igen bagefter"."""
    words = grammar().words
    said = doc.texts[b:end]
    return not words["dinner.leaving"].isdisjoint(said) and not words["dinner.after_eating"].isdisjoint(said)


def _echoed_question(doc: Doc, a: int) -> bool:
    """Token a's sentence is a question of a word or two, no question to us (see
    text._questions): "Og maden?", "And dinner?"."""
    s, e = doc.sentence_of(a)
    return doc.texts[e - 1] == "?" and not doc.asks(a)


def _negated_before(doc: Doc, a: int, polarity: Cues, dinner_cues: Cues, declines: list[Cue]) -> bool:
    """The clause takes its negation from the clause before it in its sentence: a verb it
    shares ("Jeg bliver ikke | og spiser med", "I won't stay | and eat"), a refusal it adds
    to ("Slet mig gerne fra listen, | også til maden"), or a belief the negation was raised
    to ("Jeg tror ikke, | at jeg spiser med")."""
    k = doc.tokens[a].clause
    if k == 0:
        return False
    pa, pb = doc.clauses[k - 1]
    negated = bool(_within(polarity["negation"], pa, pb))
    if not (negated or _within(declines, pa, pb)):
        return False
    words = grammar().words
    b = doc.clauses[k][1]
    first = doc.first_word(a, b)
    if first == b:
        return False
    added = first
    if doc.texts[first] in words["text.coordinators"]:
        # "og dermed også til maden": the addition after a coordinator and a word or two
        added = next((i for i in range(first + 1, min(first + _ADDITION_REACH, b))
                      if doc.texts[i] in words["dinner.additions"]), first)
    # (in its sentence; or going on with a small "og": "afbud d. 20. – og dermed også til maden")
    if doc.tokens[pa].sent != doc.tokens[a].sent and (added == first or doc.tokens[first].cap):
        return False
    if doc.texts[added] in words["dinner.additions"]:  # with no answer of its own
        return not (_within(polarity["yes"], a, b) or _within(polarity["no"], a, b)
                    or _within(dinner_cues["eat_verbs"], a, b) or _within(dinner_cues["stay_verbs"], a, b))
    if not negated:
        return False
    if doc.texts[first] in words["text.coordinators"]:
        return first + 1 in {c.start for c in dinner_cues["eat_verbs"]} and bool(_within(dinner_cues["stay_verbs"], pa, pb))
    return any(t.text in words["dinner.beliefs"] for t in doc.tokens[pa:pb]) \
        and sum(t.kind != "p" for t in doc.tokens[pa:pb]) <= _BELIEF_WORDS


_ADDITION_REACH = 3  # words from "og" to its "også": "og dermed også"
_BELIEF_WORDS = 5  # the whole clause of a raised negation: "Jeg regner nu ikke med"


def _of_another_verb(doc: Doc, start: int, meal: int) -> bool:
    """A negation of a verb of seeing, hearing or forgetting right after it ("Du har vist
    aldrig set mig ved en buffet"), or of the infinitive after it, when that verb is not
    eating, staying, coming or ordering the meal: "(vi lover ikke at kritisere maden, haha)",
    "promise not to complain about the food"; not "kan ikke nå at spise med", "I behøver ikke
    at bestille mad til mig"."""
    g = grammar()
    tokens = doc.tokens
    if start < meal and tokens[start].text in g.words["polarity.unrelated_verbs"]:
        return True  # a verb of its own right after it: "Du har vist aldrig set mig ved en buffet"
    if start + 1 >= meal or tokens[start].text not in g.words["text.infinitive_markers"]:
        return False
    return tokens[start + 1].text not in g.union("dinner.eat_verbs", "dinner.stay_verbs", "intent.attend",
                                                 "intent.meal_only_links", "dinner.ordering")


def _of_the_whole(doc: Doc, meals: list[Anchor]) -> bool:
    """A negation of all of the meal named in its clause, which leaves some of it: "I won't
    need the whole meal afterwards; a small plate will do me fine", "behøver ikke hele menuen",
    "Hele middagen kan jeg ikke blive til"."""
    whole, negations = grammar().words["party.whole"], grammar().words["polarity.negation"]
    # (not the whole set against the meal: "Jeg kommer til det hele undtagen maden")
    return any(not whole.isdisjoint(doc.texts[max(0, x.start - 2):x.start]) and doc.texts[x.start - 1] not in negations
               for x in meals)


_DIET_REACH = 3  # words after a negation that may name what is not eaten
# Words between an eat verb and the negation of a diet: "spiser altså ikke kød" (and the
# negation may come first: "I don't eat meat").
_DIET_VERB_GAP = 1


def _food(doc: Doc, dinner_cues: Cues) -> set[int]:
    """Where food or a diet is named: "spiser ikke kød", "Rettelse: ikke vegetar"."""
    return {c.start for c in dinner_cues["food_items"]}.union(doc.indices_of(grammar().words["notes.diet"]))


def _diet(doc: Doc, start: int, food: set[int]) -> bool:
    """A food item within a few words after a negation, in the same stretch of words (and
    sentence: not a form's next line, "Soup: No" / "Dietary requirements: none")."""
    sentence = doc.tokens[start - 1].sent if start > 0 else 0
    for i in range(start, min(start + _DIET_REACH, len(doc.tokens))):
        if doc.tokens[i].sent != sentence:
            return False
        if i in food:
            return True
        if doc.tokens[i].kind == "p":
            return False
    return False


def _past_an_addition(doc: Doc, b: int, all_anchors: list[Anchor]) -> int:
    """Where the clause after token `b` ends, when it is an addition naming nothing before a
    "but" ("The food sounds lovely, | and thank you so much for offering, | but I'm afraid I'll
    have to pass on it this time"); else `b`."""
    words = grammar().words
    e = doc.sentence_of(b - 1)[1]
    if b >= e:
        return b
    nb = doc.clause_of(b)[1]
    if doc.opening(b, nb) not in words["text.coordinators"]:
        return b
    # (its own reason may follow it: "og tak, | fordi I tænker på det, | men ...")
    for _ in range(_ADDITION_CLAUSES):
        if nb >= e or any(b <= x.start < nb for x in all_anchors):
            return b
        if doc.opening(*doc.clause_of(nb)) in words["text.contrasts"]:
            return nb
        nb = doc.clause_of(nb)[1]
    return b


_ADDITION_CLAUSES = 2


def _yes_with_a_but(doc: Doc, a: int, b: int, dinner_cues: Cues) -> bool:
    """A yes that a condition or an obligation leaves open: "I'll stay for dinner if I
    can get a babysitter", "Jeg spiser med, hvis jeg kan nå det", "I'd love to stay for
    dinner, but I have to pick up my kids" (not "..., hvis det er ok", nor "yes, but I'll
    only grab a quick bite as I have to ...", nor a wish for the food: eating all the same)."""
    g = grammar()
    tokens = doc.tokens
    e = doc.sentence_of(a)[1]
    polite = {i for c in dinner_cues["permission"] for i in range(c.start, c.end)}
    # phrases too: "– i så fald spiser jeg gerne med", "so long as ..."; not the answer to a
    # question of coming: "Er det stadig muligt at komme med? I så fald vil jeg gerne ... spise med"
    # (nor one of a thing added with "og": "Jeg spiser gerne med (og hvis I mangler en leverandør
    # til maden, kender jeg en 😉)")
    conditions = {c.start for c in dinner_cues["conditional"]} - {
        c.start for c in dinner_cues["permission_answers"] if _after_a_question(doc, c.start)
        or _after_a_late_question(doc, g, c.start)} - {
        k for k in range(a, e) if k > 0 and doc.texts[k - 1] in g.words["text.coordinators"]
        and k > a + 1 and doc.texts[k - 2] in _ASIDE_OPENERS} - {
        # (after the yes, "inden jeg"/"before I" tells what comes after the meal: "jeg når
        # sagtens at spise med, inden jeg tager ind til byen")
        c.start for c in dinner_cues["conditional"] if doc.texts[c.start] in g.words["text.sequence"]}
    # "unless", and "if not" before what it is said of, not before its comma ("Suppe: ja, hvis ikke
    # opsummeringen trækker ud", not "Hvis ikke, spiser jeg hjemme")
    # (not one on the organiser's side: "medmindre I mangler pladser ved bordene")
    negations, readers = g.words["polarity.negation"], g.words["text.unless_readers"]
    conditions |= {c.start for c in dinner_cues["unless"] if c.end == e or tokens[c.end].text not in readers
                   or (tokens[c.end].text == "i" and not tokens[c.end].cap)} | {
        c.start for c in dinner_cues["permission_answers"]
        if doc.texts[c.end - 1] in negations and c.end < e and tokens[c.end].kind != "p"}
    nxt = b  # the clause after, when it opens with a condition or a "men"/"but"
    first = doc.first_word(b, e)
    opening = tokens[first].text if first < e else None
    if opening in g.words["dinner.only"]:  # "Jeg spiser med, kun hvis der er vegetar"
        first = doc.first_word(first + 1, e)
        opening = tokens[first].text if first < e else None
    elif first < e and all(t.kind == "p" or t.text in g.words["dinner.asking_kindly"]
                           for t in tokens[slice(*doc.clause_of(first))]):
        # a clause of nothing but a "please", part of the answer: "Angle 3 and dinner for me,
        # please – provided ..."
        b = doc.clause_of(first)[1]
        first = doc.first_word(b, e)
        opening = tokens[first].text if first < e else None
    if opening in g.words["text.contrasts"]:
        # "Jeg tager 2 og mad, men ikke hvis det bliver sent": the yes holds on a condition
        said = [k for k in range(first + 1, e) if tokens[k].kind != "p"][:2]
        if len(said) == 2 and tokens[said[0]].text in g.words["polarity.negation"] and said[1] in conditions:
            return True
    if first in conditions:
        nxt = doc.clause_of(b)[1] if b < e else b
    # what to eat is no doubt about eating: "spiser med, hvis der også er noget uden kød",
    # "Jeg spiser gerne med, men skal have glutenfrit" (with an "ellers" or a "kun hvis"
    # it is, see _hangs_on_a_condition)
    turn = next((k for k in range(a, e) if k in conditions or tokens[k].text in g.words["text.contrasts"]), e)
    strict = any(tokens[k].text in g.words["dinner.only"] for k in range(a, turn))
    wish = tokens[turn:doc.clause_of(turn)[1]] if turn < e and not strict else []
    diet = g.union("notes.diet", "dinner.food_items")
    # (or in the bracket the condition stands in: "stay for dinner (vegetarian, if that's possible)")
    opened = next((k for k in range(turn - 1, a - 1, -1) if tokens[k].text in "()"), None) if turn < e else None
    if opened is not None and tokens[opened].text == "(":
        wish = tokens[opened:doc.clause_of(turn)[1]]
    if any(t.text in diet for t in wish) and not any(t.text in g.words["text.otherwise"] for t in tokens[a:e]):
        return False
    if any(k in conditions and k not in polite for k in range(a, nxt)):
        return True
    # (or fronted, in the clause before it: "Hvis der går et tog efter kl. 19.30, bliver jeg og
    # spiser med", "If there's a late train, I'll stay for dinner")
    # (past a clause of staying it is joined to by "og": "Hvis jeg får fat i en babysitter,
    # bliver jeg også | og spiser med"; not past one of coming, which makes the whole sign-up
    # wait: "Hvis min vagt bliver byttet, kommer jeg og tager workshop 1 og spiser med")
    k, before = a, doc.clause_before(a)
    while before is not None:
        fronted = doc.first_word(*before)
        # (not initials in brackets that spell one: "[IF] Ja, jeg spiser med")
        if fronted in conditions and fronted not in polite and not in_brackets(doc, fronted, fronted + 1):
            return True
        # (staying, not becoming: "Når jeg det, bliver det Naboskab for mig, og så spiser jeg med")
        if doc.opening(k, doc.clause_of(k)[1]) not in g.words["text.coordinators"] or not any(
                c.end < len(doc.texts) and doc.texts[c.end] not in g.pronouns()
                for c in _within(dinner_cues["stay_verbs"], *before)):
            break
        k, before = before[0], doc.clause_before(before[0])
    if opening in g.words["text.contrasts"]:
        end = doc.clause_of(b)[1]
        # (the wish may open the sentence: "I'd love to stay and eat, but ..."; or the "but"
        # refuses it in a few words: "Jeg vil gerne spise med, men kan ikke nå det")
        # (or at any length, of staying: "men jeg tror ikke, jeg kan blive så længe")
        # (or refused in so many words further on: "I never say no to a free meal, but my daughter's
        # graduation party is that evening, so I'll have to skip it this time")
        refused = any(t.text in g.words["polarity.negation"] for t in tokens[b:end]) \
            and (sum(t.kind != "p" for t in tokens[b:end]) <= _BUT_WORDS or _within(dinner_cues["stay_verbs"], b, end)) \
            and not any(t.text in g.union("intent.attend", "intent.late") for t in tokens[b:end]) \
            or _refused_further_on(doc, end, e) is not None or bool(_within(dinner_cues["negative"], end, e))
        wished = _within(dinner_cues["wishing"], doc.sentence_of(a)[0], b)
        held_back = _within(dinner_cues["obligations"], b, end) or refused or wished
        # (an obligation to leave after a yes holds nothing back: "Jeg spiser gerne med, men må nok
        # smutte hurtigt igen bagefter, da ..."; after a wish it does)
        return bool(held_back) and not _within(dinner_cues["eat_verbs"], b, end) \
            and (refused or bool(wished) or not _leaves_after_it(doc, b, end))
    return False


_WHETHER_REACH = 5  # words from "om"/"whether" to the meal it asks about, its subject among them
_BUT_WORDS = 5  # words of a "but" that refuses the yes before it: "men kan ikke nå det"


def _only_some_eat(doc: Doc, a: int, b: int, cues: Cues) -> str | None:
    """The answer names who alone eats, or how many of the group, in its clause or the rest
    of its sentence: "Vi tager begge workshop 3, men kun Jamal spiser med", "Vi spiser med
    – dvs. kun mig", "Dinner for me only", "Mad: ja til 2 af os", "2 af os spiser med, jeg
    gør ikke": not the answer of everyone the reply is for."""
    g = grammar()
    words = g.words
    people, names = words["dinner.only_people"], words["party.first_names"]
    tokens = doc.tokens
    start, end = doc.sentence_of(a)
    if a > start and doc.opening(a, b) in words["dinner.relative_openers"]:
        a = doc.clause_of(a - 1)[0]  # the cleft: "Det er kun Jonas og mig, der spiser med"
    for i in doc.indices_of(words["dinner.only"]):
        if a + 1 < i < end and tokens[i - 1].text in people and tokens[i - 2].text in words["dinner.only_for"]:
            return doc.quote(a, end)  # after whom: "Dinner for me only, please" (not "melder jeg mig kun til")
        if a <= i < end - 2:
            nxt, then = tokens[i + 1], tokens[i + 2]
            # "kun mig", "kun Jamal", "kun én af os" (not "kun den vegetariske", "only Tuesday")
            if says_i(g, [nxt]) or nxt.text in people or (nxt.cap and nxt.text in names) \
                    or (nxt.text in words["dinner.only_counts"] and then.text in words["dinner.only_of"]):
                return doc.quote(a, end)
            # "Til maden er vi kun to" (a count in the meal's own clause; not "Vi er kun to, og vi
            # spiser begge med")
            if i < b and g.number_value(nxt.text) is not None and nxt.text not in words["numbers.articles"]:
                return doc.quote(a, end)
    # "De fleste af os spiser med, men Kim skal hjem", "most of us will stay" (not "I'll most
    # likely stay")
    if any(tokens[i].text in words["dinner.most"] and tokens[i + 1].text in words["dinner.only_of"]
           for i in range(a, min(b, len(tokens) - 1))):
        return doc.quote(a, end)
    # "..., men ikke alle kan blive til maden", "not all of us can stay"
    everyone, negations = words["dinner.not_everyone"], words["polarity.negation"]
    if any(tokens[i].text in negations and tokens[i + 1].text in everyone for i in range(a, end - 1)):
        return doc.quote(a, end)
    # "Vi spiser alle med, undtagen Bente", "all of us except my colleague", "Everyone will be
    # staying for dinner except me"
    if any(a <= cue.start and set_apart(doc, g, cue, end) for cue in cues["but_for"]):
        return doc.quote(a, end)
    # ... or a negation before the one left out, or after them past particles: "Vi spiser begge med
    # – dog ikke Lars, som skal til forældremøde", "all of us, but not Mark", "Vi spiser også med
    # bagefter (Niels dog ikke, han skal til forældremøde kl. 19)"
    particles = words["text.particles"]
    for i in range(a, end - 1):
        if tokens[i].text in negations and tokens[i + 1].cap and tokens[i + 1].text in names:
            return doc.quote(a, end)
        k = i + 1
        while k < end and tokens[k].text in particles:
            k += 1
        if tokens[i].cap and tokens[i].text in names and k > i + 1 and k < end and tokens[k].text in negations:
            return doc.quote(a, end)
    # ... or after it, one of them refused a serving: "We'd both love to stay for dinner too - well, I
    # would; Mark has to dash off ..., so none for him", "så ingen mad til ham"
    third = words["party.third_person"]
    for i in range(a, end - 2):
        k = i + 1 + (tokens[i + 1].text in words["dinner.nouns"])
        if tokens[i].text in negations and k + 1 < end and tokens[k].text in words["dinner.none_for"] \
                and tokens[k + 1].text in third:
            return doc.quote(a, end)
    for i in range(a, min(b, len(tokens) - 2)):
        # in the answer's own clause: "2 af os spiser med", "ja til to af os", "some of us
        # will stay" (not "all four of us", nor "There will be two of us, ..., and we'll both stay")
        count = tokens[i].text
        if (g.number_value(count) is not None or count in words["dinner.some_counts"]) \
                and tokens[i + 1].text in words["dinner.only_of"] and tokens[i + 2].text in words["dinner.us"] \
                and (i == a or tokens[i - 1].text not in words["party.everyone"]) and not tells_a_diet(doc, g, i):
            return doc.quote(a, end)
    return None


def _without_anothers(doc: Doc, result: Dinner, answers: list[_Answer], polarity: Cues) -> list[_Answer]:
    """Beside the sender's own answer, another's in a clause of its own is theirs: "Jeg
    deltager i vinkel 1 og spiser med. Må jeg tage vores praktikant med? Han skal ikke spise
    med" (alone, it may be the answer of whom the sender registers, unless the sender's
    follows it in a pro-form: "hun spiser ikke med, men det gør jeg"); the reader's is dropped."""
    counted, theirs_too = grammar().words["dinner.counted_on"], grammar().words["party.third_person"]
    # (the reader's, alone or not, is nobody's of the sender's party: "Og du spiser vel med som altid")
    answers = [x for x in answers if not _the_reader_eats(doc, *x[1])]

    def of_another(a: int, b: int) -> bool:
        # (or the answer's aside, its own subject in a bracket: "..., begge på workshop 1
        # (Kasper spiser ikke med, men det gør jeg)"; or another counted on: "Hanne har skrevet,
        # at du kan regne med hende til maden. Det kan du desværre ikke med mig")
        aside = next((k + 1 for k in range(a, b) if doc.texts[k] == "("), a)
        return said_of_another(doc, a, guess_names=False) or (aside > a and said_of_another(doc, aside, guess_names=False)) \
            or any(doc.texts[k] in counted and doc.texts[k + 2] in theirs_too for k in range(a, b - 2))

    theirs = [x for x in answers if of_another(*x[1])]
    if theirs and len(theirs) == len(answers):
        own = _own_after_anothers(doc, polarity, theirs[-1][1][1])
        if own is None:
            return answers
        answers = answers + [own]
    if not theirs:
        return answers
    mine = [x for x in answers if x not in theirs]
    differing = [x for x in theirs if x[0] not in {v for v, _, _ in mine}]
    if differing:
        result.others_differ = result.others_differ or doc.quote(*differing[0][1])
    return mine


def _refused_plainly(polarity: Cues, a: int, b: int) -> bool:
    """Tokens [a, b) refuse, with no negation or no but the refusal's own ("skipping" is both)."""
    refusals = _within(polarity["refusals"], a, b)
    own = {(c.start, c.end) for c in refusals}
    return bool(refusals) and not any((c.start, c.end) not in own for c in _within(polarity["negation"] + polarity["no"], a, b))


def _own_after_anothers(doc: Doc, polarity: Cues, b: int) -> _Answer | None:
    """The sender's answer in a pro-form after another's, which ends at token b: "hun spiser
    ikke med, men det gør jeg" (a yes), "Mette spiser med, men det gør jeg ikke" (a no). After
    a refusal without a negation the pro-form stands for the refusal: "..., at han springer
    maden over. Det gør jeg ikke" (a yes). Said again of the sender, it is hers too: "Hun
    spiser ikke med, og det gør jeg heller ikke"."""
    e = doc.sentence_of(b - 1)[1]
    theirs = doc.clause_of(b - 1)
    refused = _refused_plainly(polarity, *theirs)
    echo = echoed_by_me(doc, grammar(), b)
    if echo is not None:
        if _within(polarity["undecided"], *theirs):  # "she's not sure yet about dinner. Same here"
            return None, echo, True
        return not (refused or _within(polarity["negation"] + polarity["no"], *theirs)), echo, False
    now = _answered_back(doc, polarity, b, e)
    if now is None and e < len(doc.tokens) and _points_back(doc, grammar(), e):
        # in a sentence of its own: "Min kollega ... spiser med jer bagefter. Det gør jeg ikke"
        a, b = doc.clause_of(e)
        negated = bool(_within(polarity["negation"] + polarity["no"], a, b))
        return negated if refused else not negated, (a, b), False
    if now is None and b < e:
        # the sender refusing in the clause after: "Jens is staying for dinner, but I'll skip it this
        # time", "Jens spiser med, men jeg springer over"
        words = grammar().words
        own = doc.clause_of(b)
        said = [t.text for t in doc.tokens[slice(*own)] if t.kind == "w" and t.text not in words["text.contrasts"]]
        if said and said[0] in words["party.first_person"] and _within(polarity["refusals"], *own):
            return False, own, False
    return None if now is None else (not now if refused else now, doc.clause_of(e - 1), False)


def answer_after_anothers(doc: Doc, polarity: Cues, result: Dinner, theirs: list[Anchor]) -> None:
    """Read into `result` the sender's answer told right after the meal answer of another who
    writes herself (`theirs`: its anchors), which was read without it: "Min kollega Mette har
    allerede skrevet til dig selv – hun spiser ikke med, men det gør jeg"."""
    for x in theirs:
        own = _own_after_anothers(doc, polarity, doc.clause_of(x.start)[1])
        if own is not None:
            _combine(doc, result, [own])
            return


_ANSWER_MARKS = frozenset({":"}) | DASHES


def _named_before(doc: Doc, word: Token) -> bool:
    """`word` is written before it with a capital where a sentence does not open: a name (not
    the capital an answer takes after a colon or a dash: "Deltager: Ja", "Suppe – Ja tak")."""
    for k, t in enumerate(doc.tokens):
        if t is word:
            return False
        if t.text == word.text and t.cap and k > doc.sentence_of(k)[0] and doc.texts[k - 1] not in _ANSWER_MARKS:
            return True
    return False


def said_of_another(doc: Doc, b: int, *, guess_names: bool = True) -> bool:
    """The clause after the yes (its "men" aside), or the rest of a clause from `b`, is
    about someone else: "men Bent skal desværre hjem inden", "but my colleague has to
    leave", "Dinner: my colleague Emma already told you she's staying". With guess_names
    False, a capitalised word the lists do not know is nobody ("Vi skal nok spise med")."""
    g = grammar()
    if b >= len(doc.tokens):
        return False
    c, e = b, doc.clause_of(b)[1]
    people = g.union("party.others", "party.third_person", "party.first_names")
    first = g.words["party.first_person"]
    words = [t for t in doc.tokens[c:e] if t.kind == "w" and t.text not in g.words["text.contrasts"]]
    verbs = g.union("intent.modals", "text.helping_verbs")
    if len(words) > 2 and words[0].text in g.words["polarity.anaphora"] and words[1].text in verbs:
        words = words[2:]  # the subject after a fronted "det" and its verb: "men det gør Mette ikke"
    elif len(words) > 2 and words[0].text in g.words["dinner.nouns"]:
        # ... or after the meal put first, and its verb: "Dinner he's skipping, but I'm not",
        # "Maden springer han over, men det gør jeg ikke"
        words = next((words[k:] for k in (1, 2) if words[k].text in g.words["party.third_person"]), words)
    # the subject opens it: "Bent", "han", "min kollega", "my colleague"
    opens = words and (words[0].text in people or (words[0].text in g.words["party.determiners"]
                                                     and len(words) > 1 and words[1].text in people))
    # a first name the list does not know, told by its capital and the verb after it:
    # "men Karina skal hente børn" (not a pronoun opening a sentence, "Det må vi se.", nor
    # the meal: "Mad er ikke nødvendigt for mig.")
    # (when guessing no names, one named before in the middle of a sentence is somebody: "Vi
    # er tre: Jonas, Fatima og mig. ... Fatima spiser ikke med, vi andre gør.")
    opens = opens or (len(words) > 1 and words[0].cap and words[0].text not in first and _named_before(doc, words[0]))
    opens = opens or (guess_names and len(words) > 1 and words[0].cap and words[0].text not in first
                      and words[0].text not in g.words["language.stopwords"]
                      and words[0].text not in g.words["dinner.nouns"]
                      # (nor a sentence's adverb whose full stop was left out: "... at snyde
                      # Selvfølgelig spiser jeg med")
                      and words[0].text not in g.union("dinner.positive", "text.particles")
                      # (nor a verb, its subject left out: "Can't do dinner but I'll be there")
                      and words[0].text not in verbs and words[0].text not in g.words["intent.negated_modals"]
                      and words[1].text in verbs)
    # (or after its verb, a condition put first: "Kender jeg ham ret, bliver han i hvert fald til maden")
    opens = opens or (len(words) > 1 and words[0].text in verbs and words[1].text in g.words["party.third_person"])
    if not opens and len(words) > 1 and words[0].text in g.words["text.coordinators"] \
            and not says_i(g, words) and c > doc.sentence_of(c)[0]:
        # a verb with no subject of its own has the clause's before it: "hun tager
        # Bæredygtighed og springer maden over"
        x = doc.clauses[doc.tokens[c].clause - 1][0]
        return x >= doc.sentence_of(c)[0] and said_of_another(doc, x, guess_names=guess_names)
    # the rest of a group put first, whatever the sender says of them: "men de to andre ved
    # jeg ikke med endnu"
    rest = len(words) > 1 and words[0].text in g.words["party.determiners"] \
        and any(w.text in g.words["dinner.others_eating"] for w in words[1:3])
    return rest or (bool(opens) and not says_i(g, words))


def _the_reader_eats(doc: Doc, a: int, b: int) -> bool:
    """Tokens [a, b) tell the reader that they eat, past a coordinator, with nobody of the
    sender's in them: "@Lars skriv dig selv på ... Og du spiser vel med som altid 😉" (not "du
    kan regne med mig til maden", nor "du må gerne notere ja")."""
    g = grammar()
    words = [t for t in doc.tokens[a:b] if t.kind == "w"]
    said = [w.text for w in words if w.text not in g.words["text.coordinators"]]
    doing = g.union("dinner.eat_verbs", "dinner.stay_verbs")
    return len(said) > 1 and said[0] in g.words["dinner.readers"] and said[1] in doing \
        and not says_i(g, words) and g.words["party.me"].isdisjoint(said)


def _hangs_on_a_condition(doc: Doc, i: int, polarity: Cues, dinner_cues: Cues) -> bool:
    """"Spiser med, hvis der er vegetarmad – ellers ikke", "If that's possible I'd love to
    stay, otherwise I'll head home", "Er der vegetarmad? Ellers spiser jeg ikke med": an
    answer with an "ellers" and a no after a condition, or after a question about the
    food, depends on something we do not know yet; so does one drawn from such a question
    ("Bliver der noget vegetarisk? Så spiser jeg gerne med", "... I så fald spiser jeg med"),
    and one given both ways ("Hvis ja, spiser jeg med; hvis ikke, springer jeg maden over").
    ("Er det for sent? Ellers ... spiser jeg gerne med" makes coming wait, not the meal; "Er
    maden halal? Ellers spiser jeg bare grøntsager" eats either way.)"""
    g = grammar()
    s, e = doc.sentence_of(i)
    tokens = doc.tokens
    turns = g.words["text.contrasts"]
    if any(not any(doc.texts[k] in turns for k in range(c.end, i))
           for c in _within(dinner_cues["regardless"], s, doc.clause_of(i)[1])):
        # said to hold either way, in its clause or before it with no turn between: "If not, no
        # worries – I'll still join for dinner", "Jeg spiser i hvert fald med, så må jeg bare
        # holde mig til salaten, hvis den ikke er" (not "I'll come either way, but only eat if ...")
        return False
    if doc.opening(s, e) in g.words["text.consequences"] and _after_a_food_question(doc, g, s) \
            and not _asks_if_served(doc, g, s):
        return True
    opened = doc.first_word(s, e)
    if any(c.start == opened for c in dinner_cues["permission_answers"]) and _after_a_food_question(doc, g, s) \
            and not _asks_if_served(doc, g, s):
        return True  # "Bliver der en vegetarisk mulighed? I så fald spiser jeg med."
    # (not a condition of politeness: "Hvis der er mad nok, spiser jeg også gerne med. Et
    # praktisk spørgsmål: ...?")
    # (nor the "if" of an idiom for yes: "Don't mind if I do")
    polite = {c.start for c in dinner_cues["permission"]} | {
        k for c in dinner_cues["positive"] for k in range(c.start, c.end)}
    # (a word or a phrase: "as long as")
    phrased = {c.start for c in _within(dinner_cues["conditional"], s, e)}
    condition = next((k for k in range(s, e) if (tokens[k].text in g.words["text.conditional"] or k in phrased)
                      and k not in polite), None)
    if condition is not None and (
            (_after_a_food_question(doc, g, s) and not _asks_if_served(doc, g, s))
            or _a_remark_after_a_food_question(doc, g, s)
            or (e < len(tokens) and doc.asks(e))
            or any(doc.asks(k) for k in range(doc.clause_of(condition)[1], e))):
        # "Er maden vegetarisk? ... hvis der ikke er noget for mig, spiser jeg hellere hjemme";
        # "Hvis der er halal-mad, spiser jeg gerne med. Ved du, hvad der bliver serveret?";
        # "Jeg spiser gerne med, hvis der er vegetarmad – er der det?"
        return True
    said_no = bool(_within(polarity["negation"], s, e) or _within(polarity["no"], s, e)
                   or _within(dinner_cues["negative"], s, e))
    conditions = sum(t.text in g.words["text.conditional"] for t in tokens[s:e])
    if condition is not None and e < len(tokens) and doc.opening(*doc.sentence_of(e)) in g.words["text.otherwise"]:
        # the other branch in a sentence of its own: "..., så hvis der er noget vegetarisk,
        # spiser jeg gerne med. Ellers tager jeg hjem og spiser."
        return True
    if said_no and conditions > 1:
        return True  # both ways: "If yes, I'll stay and eat; if not, I'll skip it"
    if s > 0 and doc.opening(s, e) in g.words["text.otherwise"] and _after_a_food_question(doc, g, s) and any(
            t.text in g.words["text.conditional"] for t in tokens[doc.sentence_of(s - 1)[0]:s]):
        # the other branch of a yes on a condition asked as a question: "Spiser gerne med hvis der
        # er noget vegetarisk? Ellers tager jeg bare hjem og spiser"
        return True
    if not said_no or not any(t.text in g.words["text.otherwise"] for t in tokens[s:e]):
        return False
    return conditions > 0 or _after_a_food_question(doc, g, s)


_LATE_QUESTION_REACH = 2  # sentences back from "i så fald" to the question of being in time it answers


def _after_a_late_question(doc: Doc, g: Grammar, i: int) -> bool:
    """Token `i` is in a sentence shortly after a question of being in time: "Er det for sent
    at melde sig til? Jeg har først lige set invitationen. Jeg vil i så fald gerne ..."."""
    sent = doc.tokens[i].sent
    topics = g.words["intent.permission_topics"]
    for k in range(max(0, sent - _LATE_QUESTION_REACH), sent):
        a, b = doc.sentences[k]
        if doc.asks(b - 1) and any(t.text in topics for t in doc.tokens[a:b]):
            return True
    return False


def _after_a_question(doc: Doc, i: int) -> bool:
    """Token `i` opens the sentence after a question."""
    s = doc.sentence_of(i)[0]
    return s == i and s > 0 and doc.asks(s - 1)


_POINTING_BACK = 2  # words into a question where its pointer back may stand: "Is that ...", "Kan det ..."
_SHORT_QUESTION = 8  # words of a question whose last word may point back: "Kan der tages hensyn til det?"


def _a_remark_after_a_food_question(doc: Doc, g: Grammar, s: int) -> bool:
    """The sentence starting at `s` follows one sentence after a question about the food:
    "Koster den noget? Vi har 0 kr. på budgettet. Hvis den er gratis, spiser jeg gerne med"."""
    return s > 0 and _after_a_food_question(doc, g, doc.sentence_of(s - 1)[0])


def _asks_if_served(doc: Doc, g: Grammar, s: int) -> bool:
    """The question before the sentence starting at `s` asks only whether the meal is served,
    which the invitation says: "Er der ikke mad bagefter? Så bliver jeg", "Isn't there food
    afterwards? Then count me in" (not what, when or for whom)."""
    qs, qe = doc.sentence_of(s - 1)
    return only_served(g, [t.text for t in doc.tokens[qs:qe] if t.kind == "w"])


def only_served(g: Grammar, said: list[str]) -> bool:
    """These words say no more than that the meal is served: "er der ikke mad bagefter", "dinner
    is included"."""
    meal, served = g.words["dinner.nouns"], g.words["dinner.served_asked"]
    return any(w in meal for w in said) and not g.words["dinner.served_is"].isdisjoint(said) \
        and all(w in meal or w in served for w in said)


def _after_a_food_question(doc: Doc, g: Grammar, s: int) -> bool:
    """The sentence before the one starting at `s` asks about the food, with a "?" or in
    words ("..., og skal vide, om der er noget, jeg kan spise. Ellers spiser jeg hjemme")."""
    if s == 0 or doc.sentence_of(s)[0] != s:
        return False
    qs, qe = doc.sentence_of(s - 1)
    food = g.union("dinner.nouns", "dinner.eat_verbs", "notes.diet")
    if _after_a_question(doc, s):
        # or pointing back to the food before it: "I'm vegan. Is that something the caterer can accommodate?"
        # (or ending a short question: "Jeg har cøliaki. Kan der tages hensyn til det?")
        said = [t for t in doc.tokens[qs:qe] if t.kind != "p"]
        if qs > 0 and any(t.text in g.words["polarity.anaphora"]
                          for t in said[:_POINTING_BACK] + (said[-1:] if len(said) <= _SHORT_QUESTION else [])):
            qs = doc.sentence_of(qs - 1)[0]
        return any(t.text in food for t in doc.tokens[qs:qe])
    whether = g.words["dinner.embedded_question"]
    # (not "om" after a workshop, which is "about": "workshop 2 om bæredygtighed, og jeg spiser med")
    topics = g.union("workshop.markers", "workshop.description_nouns")
    asked = next((k for k in range(qs, qe) if doc.texts[k] in whether
                  and not (k > 0 and (doc.tokens[k - 1].kind == "n" or doc.texts[k - 1] in topics))), None)
    return asked is not None and any(t.text in food for t in doc.tokens[asked:qe])


def _turned_from(doc: Doc, b: int, dinner_cues: Cues, all_anchors: list[Anchor]) -> bool | None:
    """The meal named and praised, then refused in a "men"/"but" clause that names nothing
    else: "Dinner sounds lovely but I'll have to pass", "Maden lyder dejlig, men jeg står over"."""
    if b >= len(doc.tokens) or doc.tokens[b].sent != doc.tokens[b - 1].sent:
        return None
    nb = doc.clause_of(b)[1]
    if doc.opening(b, nb) not in grammar().words["text.contrasts"] or any(b <= x.start < nb for x in all_anchors):
        return None
    return False if _within(dinner_cues["negative"], b, nb) else None


def _sibling_answer(doc: Doc, a: int, b: int, polarity: Cues, all_anchors: list[Anchor],
                    dinner_cues: Cues) -> tuple[bool | None, bool]:
    """"Vinkel 2 + mad, ja tak": a bare yes or no beside a clause that only names the meal,
    or the sender staying, said last in the sentence or before a word pointing back to the
    meal ("Dinner sounds lovely, I'll stay", "..., I'll stay for that", not "I'll stay for
    the first part", nor "..., hvor lang dagen bliver"); "Mad? Ja tak.":
    in the next sentence, when the meal stands alone in its own, perhaps as a topic ("Og
    maden? Nej tak.", "You also asked about dinner. Afraid not this time."). With whether
    the answer is left in doubt: a yes on a condition ("Og mad? Ja, hvis min kollega kan
    køre mig hjem")."""
    s, e = doc.sentence_of(a)
    last_word = max((i for i in range(s, e) if doc.tokens[i].kind != "p"), default=-1)
    g = grammar()
    ends = {last_word}
    if last_word > s + 1 and doc.tokens[last_word].text in g.words["polarity.anaphora"] \
            and doc.tokens[last_word - 1].text in g.words["intent.meal_only_links"]:
        ends = {last_word - 2, last_word - 1}  # the meal pointed back to: "..., I'll stay for that."
    joins = g.words["text.coordinators"]
    topic = {k for c in _within(dinner_cues["topics"], s, e) for k in range(c.start, c.end)}
    alone = [t for k, t in enumerate(doc.tokens[s:e], s)
             if t.kind != "p" and t.text not in joins and t.text not in _ARTICLES and k not in topic]
    if len(alone) == 1 and e < len(doc.tokens):
        e = doc.sentence_of(e)[1]
    plain = g.union("language.stopwords", "polarity.yes", "polarity.no", "polarity.negation", "text.filler",
                    "intent.bare_yes", "intent.bare_no")
    for c, (ca, cb) in enumerate(doc.clauses):
        if ca < s or cb > e or (ca, cb) == (a, b) or any(ca <= x.start < cb for x in all_anchors):
            continue
        if ca >= b and ":" in doc.texts[b:ca]:
            continue  # past a colon, the reason's: "... say no to that one: my daughter has a match and I promised to be there"
        # a bare yes or no, not one about something else ("Maden var fantastisk, og jeg har
        # stadig ikke fået opskriften"); a refusal negated is a yes ("Dinner? Wouldn't say no!")
        said = {i for y in _within(polarity["yes"], ca, cb) for i in range(y.start, y.end)}
        bare = all(t.kind != "w" or t.text in plain or k in said for k, t in enumerate(doc.tokens[ca:cb], ca))
        value = _yes_no(polarity, ca, cb) if bare else None
        if value is None and any(c.end - 1 in ends for c in _within(dinner_cues["stay_verbs"], ca, cb)) \
                and says_i(g, doc.tokens[ca:cb]):
            # (or not staying: "Tak for tilbuddet om mad, men jeg når ikke at blive")
            value = not _within(polarity["negation"], ca, cb)
        if value is True and (_yes_with_a_but(doc, ca, cb, dinner_cues)
                              or _hangs_on_a_condition(doc, ca, polarity, dinner_cues)):
            return None, True  # (or one asked about after it: "Mad? Ja – hvis der er et vegetarisk alternativ. Er der det?")
        if value is not None:
            return value, False
    return None, False


def _labelled_answer(doc: Doc, a: int, polarity: Cues) -> tuple[bool, tuple[int, int]] | None:
    """The yes or no on the line under a line that ends with a colon (a form's field,
    "Spiser med efter mødet:") and holds token `a`, with that line's span; None when the
    line is no such field or the line under it is no bare yes or no."""
    s, e = doc.sentence_of(a)
    if doc.texts[e - 1] != ":" or e >= len(doc.tokens) or not doc.tokens[e].nl:
        return None
    na, nb = doc.sentence_of(e)
    # (up to a dash giving the reason: "Staying for dinner:\n[X] No – I have to catch the 18:52 train")
    nb = next((k for k in range(na + 1, nb) if doc.texts[k] in DASHES), nb)
    if sum(t.kind != "p" for t in doc.tokens[na:nb]) > _BARE_ANSWER_WORDS:
        return None
    value = _yes_no(polarity, na, nb)
    return None if value is None else (value, (na, nb))


_BARE_ANSWER_WORDS = 3  # "Nej", "Ja tak", "Nej tak, desværre"
_INTERJECTION_WORDS = 1  # a sentence of its own before the answer: "Ha!", "Hmm."


def _answered_after_a_dash(doc: Doc, b: int, polarity: Cues) -> tuple[bool, tuple[int, int]] | None:
    """The bare yes or no after a dash that closes the line of a clause ending at token b,
    the clause its field: "Spise med efter mødet – nej tak" (a no, whatever "spise med" says);
    a reason may follow it after a comma: "eating with you afterwards - no thanks, I've got
    another thing on"."""
    tokens = doc.tokens
    if b >= len(tokens) or tokens[b].text not in DASHES or tokens[b].nl:
        return None
    e = next((k for k in range(b + 1, len(tokens)) if tokens[k].nl), len(tokens))
    if any(t.text in DASHES for t in tokens[b + 1:e]):
        return None
    value = _bare_yes_no(doc, polarity, b, e)
    comma = next((k for k in range(b + 1, e) if tokens[k].text == ","), None)
    if value is None and comma is not None:
        value, e = _bare_yes_no(doc, polarity, b, comma), comma
    return None if value is None else (value, (b, e))


def _answered_before_a_dash(doc: Doc, a: int, b: int, polarity: Cues) -> tuple[bool, tuple[int, int]] | None:
    """The bare yes or no before the dash the clause [a, b) opens with, the meal after it the
    answer's object: "Nej tak – til maden altså 🙂" (a no, whatever "til" says)."""
    tokens = doc.tokens
    if tokens[a].text not in DASHES or tokens[a].nl or a + 1 >= b \
            or tokens[a + 1].text not in grammar().words["dinner.answer_objects"]:
        return None
    s = doc.sentence_of(a)[0]
    if any(t.nl for t in tokens[s + 1:a]):
        return None
    value = _bare_yes_no(doc, polarity, s, a)
    return None if value is None else (value, (s, b))


def _bare_yes_no(doc: Doc, polarity: Cues, a: int, b: int) -> bool | None:
    """The yes or no of tokens a to b when every word is a yes, a no or their courtesy (not
    "– no dietary restrictions"), and there are few."""
    tokens = doc.tokens
    if sum(t.kind != "p" for t in tokens[a:b]) > _BARE_ANSWER_WORDS:
        return None
    said = {k for kind in ("yes", "no", "negation") for c in polarity[kind] for k in range(c.start, c.end)}
    fillers = grammar().union("intent.bare_yes", "intent.bare_no")
    if any(tokens[k].kind != "p" and k not in said and tokens[k].text not in fillers for k in range(a, b)):
        return None
    return _yes_no(polarity, a, b)


def _yes_no(polarity: Cues, a: int, b: int) -> bool | None:
    # (a refusal says no as well: "..., so count me out for the food")
    if _within(polarity["no"], a, b) or _within(polarity["negation"], a, b) or _within(polarity["refusals"], a, b):
        return False
    if _within(polarity["yes"], a, b):
        return True
    return None


def _specified_answer(doc: Doc, a: int, b: int, here: list[Anchor]) -> bool | None:
    """The clause [a, b) opens its sentence and names only the meal after "altså"/"meaning",
    and the sentence before it is a bare yes or no: that answer, now said to be the meal's
    ("Nej. / Altså til maden – jeg skal videre til forældremøde kl. 19"); None otherwise."""
    s = doc.sentence_of(a)[0]
    if s == 0 or doc.first_word(s, b) != doc.first_word(a, b):
        return None
    g = grammar()
    named = {k for x in here for k in range(x.start, x.end)}
    words = [doc.texts[k] for k in range(a, b) if is_word(doc.texts[k]) and k not in named]
    if not words or words[0] not in g.words["dinner.specifiers"] \
            or not g.words["dinner.specified_links"].issuperset(words[1:]):
        return None
    said = [t for t in doc.texts[slice(*doc.sentence_of(s - 1))] if is_word(t)]
    return said[0] in g.words["polarity.yes"] if bare_answer(said, g, _BARE_ANSWER_WORDS) else None


def _bare_answers(doc: Doc, polarity: Cues, all_anchors: list[Anchor]) -> list[_Answer]:
    """"Ja tak" / "Nej tak" answering our question about the meal."""
    out = []
    for a, b in doc.clauses:
        if doc.asks(a) or any(a <= x.start < b for x in all_anchors):
            continue
        words = [i for i in range(a, b) if doc.tokens[i].kind != "p"]
        if not words:
            continue
        opening = set(words[:2])
        cues = [c for kind in ("yes", "no", "negation") for c in polarity[kind] if a <= c.start < b]
        if len(words) > _BARE_ANSWER_WORDS and not any(c.start in opening for c in cues):
            continue
        value = _yes_no(polarity, a, b)
        if value is not None:
            out.append((value, (a, b), False))
    return out


def _refused_pointing_back(doc: Doc, declines: list[Cue], polarity: Cues,
                           all_anchors: list[Anchor]) -> list[_Answer]:
    """Our question about the meal refused by pointing back at it: "Det springer jeg over
    denne gang. Vi ses d. 20.", "Nej, det når jeg desværre ikke" under "Vil du spise med
    efter mødet?" (not coming declined)."""
    # (not a clause opening with "så": "Nej desværre. ..., så jeg må melde afbud")
    pointers = grammar().pronouns()
    out: list[_Answer] = []
    for cue in declines + polarity["negation"] + polarity["no"]:
        a, b = doc.clause_of(cue.start)
        if not doc.asks(a) and doc.opening(a, b) in pointers and not any(a <= x.start < b for x in all_anchors) \
                and not any(span == (a, b) for _, span, _ in out):
            out.append((False, (a, b), False))
    return out


def _before_a_workshop(doc: Doc, b: int, all_anchors: list[Anchor]) -> bool:
    e = doc.sentence_of(b - 1)[1]
    return any(b <= x.start < e and x.what == "workshop" for x in all_anchors)


def _after_the_workshop(doc: Doc, polarity: Cues, all_anchors: list[Anchor]) -> list[_Answer]:
    out: list[_Answer] = []
    for span in answered_after_the_workshop(doc, all_anchors):
        if _of_another_after(doc, span[1]):
            continue
        value = _yes_no(polarity, *span)
        if value is not None:
            out.append((value, span, False))
    return out


def answered_after_the_workshop(doc: Doc, all_anchors: list[Anchor]) -> list[tuple[int, int]]:
    """The bare yes or no after the workshop that opens its sentence, the two answered in the
    invitation's order: "3, nej tak.", "1 og ja", "Bæredygtighed – og nej." (the "nej" is the
    meal's, not the workshop's). Only where one workshop is named: "Vinkel 1: nej. Vinkel 2:
    ja." answers for each workshop."""
    named = [a for a in all_anchors if a.what == "workshop"]
    if len({a.ref.id for a in named}) != 1:
        return []
    openers = grammar().words["workshop.answer_openers"]
    out = []
    for anchor in named:
        s = doc.sentence_of(anchor.start)[0]
        # (or opening what a colon leads to: "Svar på dine to spørgsmål: 2 og ja.")
        s = max([s] + [k + 1 for k in range(s, anchor.start) if doc.texts[k] == ":"])
        if all(t.kind == "p" or t.text in openers for t in doc.tokens[s:anchor.start]):
            span = answer_after(doc, grammar(), anchor.end) or answer_apart(doc, grammar(), anchor.end)
            if span is not None:
                out.append(span)
    return out


def _of_another_after(doc: Doc, b: int) -> bool:
    """What follows a bare answer in its sentence tells of someone else, whom it answers for:
    "Nr. 2 og nej – Jens er på kursus den uge"."""
    e = doc.sentence_of(b - 1)[1]
    k = next((j for j in range(b, e) if doc.tokens[j].kind != "p"), None)
    return k is not None and said_of_another(doc, k)



_BARE_ITEM_WORDS = 6  # "Gerne, hvis der er noget vegetarisk"


def _second_item(doc: Doc, polarity: Cues, all_anchors: list[Anchor]) -> list[_Answer]:
    """"1. Sustainable development / 2. No, thank you", "1) workshop 2 2) yes": answers
    numbered like the invitation's two questions, the second a bare yes or no to the meal."""
    tokens = doc.tokens
    items = numbered_items(doc)
    second = next((i for i in items if tokens[i].text == "2"), None)
    if second is None:
        return []
    a = second + 2
    b = next((k for k in range(a, len(tokens)) if tokens[k].nl or k in items), len(tokens))
    # (an answer opens it, or it is short: a sentence of its own is the sender's own list, not
    # ours answered: "1. Jeg kommer gerne / 2. Jeg vil gerne være med i gruppen om genbrug")
    words = [t.text for t in tokens[a:b] if t.kind != "p"]
    if a >= b or any(a <= x.start < b for x in all_anchors) or (
            len(words) > _BARE_ITEM_WORDS and words[0] not in grammar().words["polarity.answer_words"]):
        return []
    value = _yes_no(polarity, a, b)
    return [] if value is None else [(value, (a, b), False)]


OWN_QUESTION_WORDS = 5  # a question of the sender's own: "Om jeg vil spise med?", "Mad bagefter?", "Kommer jeg?"


def _short_own_question(doc: Doc, s: int, e: int) -> bool:
    """Sentence [s, e) is short enough to be the sender's own question and asks us nothing
    ("Spise med?", not "Kan I lave noget vegetarisk?")."""
    asks_us = grammar().words["dinner.asks_us"]
    words = [t for t in doc.tokens[s:e] if t.kind != "p"]
    return len(words) <= OWN_QUESTION_WORDS and not any(t.text in asks_us for t in words)


def _asked_then_answered(doc: Doc, meal: list[Anchor], answers: list[_Answer]) -> int | None:
    """The sentence of the sender's own short question about the meal whose answer, naming the
    meal again, is the sentence after it: "Spise med? Jeg springer da ikke maden over ;-)"."""
    answered = {doc.tokens[span[0]].sent for _, span, _ in answers}
    for anchor in meal:
        if doc.asks(anchor.start) and _short_own_question(doc, *doc.sentence_of(anchor.start)) \
                and doc.tokens[anchor.start].sent + 1 in answered:
            return doc.tokens[anchor.start].sent
    return None


def _own_question_answered(doc: Doc, meal: list[Anchor], dinner_cues: Cues, polarity: Cues, declines: list[Cue],
                           all_anchors: list[Anchor], undecided: list[Cue]) -> tuple[list[_Answer], int | None]:
    """The sender's own short question about the meal, answered in the sentence after it:
    "Spise med? Det kan jeg da ikke sige nej til!", "Mad bagefter? Det skal du ikke spørge mig
    om to gange" (not a question to us: "Er der mad bagefter? Jeg er vegetar"); a question
    asked for no answer, which is a yes unless the sentence after it answers ("Workshop 1 – og
    hvem siger nej til et gratis måltid? 😄"); and the sentence of that question, which asks
    nobody anything."""
    g = grammar()
    for anchor in meal:
        s, e = doc.sentence_of(anchor.start)
        sent = doc.tokens[anchor.start].sent
        # (or the sentence after it answering with one: "Free food after a workshop on social
        # enterprise? Who am I to say no.")
        rhetorical = bool(_within(dinner_cues["rhetorical"], s, e)) or (
            sent + 1 < len(doc.sentences) and bool(_within(dinner_cues["rhetorical"], *doc.sentences[sent + 1])))
        # or our question told back without a "?": "Du spørger, om jeg ønsker at spise med. Det
        # gør jeg desværre ikke"
        # (or as a topic: "You also asked about the meal afterwards. How could I say no?")
        told_back = not doc.asks(anchor.start) and bool(_within(dinner_cues["embedded_question"], s, anchor.start)
                                                        or _within(dinner_cues["topics"], s, anchor.start))
        # (the answer past an interjection of its own: "Har jeg tid til at spise bagefter? Ha! ...")
        nxt = sent + 1
        while nxt + 1 < len(doc.sentences) and _yes_no(polarity, *doc.sentences[nxt]) is None and sum(
                t.kind != "p" for t in doc.tokens[slice(*doc.sentences[nxt])]) <= _INTERJECTION_WORDS:
            nxt += 1
        # (or echoed, a word or two: "Dinner? Is the Pope Catholic?")
        if not (doc.asks(anchor.start) or told_back or _echoed_question(doc, anchor.start)) or (
                (not _short_own_question(doc, s, e) or told_back)
                and not rhetorical and not _answers_itself(doc, g, polarity, nxt)):
            continue
        if sent + 1 >= len(doc.sentences):
            if rhetorical:
                return [(True, (s, e), False)], sent
            continue
        a, b = doc.sentences[nxt]
        if not rhetorical and doc.texts[b - 1] != "?" and any(a <= x.start < b and doc.asks(x.start) for x in meal):
            # asked on about the meal without a "?", no answer: "🍽️? Hvornår bliver maden
            # serveret – jeg skal nå toget 19.12"
            continue
        if doc.texts[b - 1] == "?" and not rhetorical and any(a <= x.start < b for x in meal) \
                and nxt + 1 < len(doc.sentences) and _yes_no(polarity, *doc.sentences[nxt + 1]) is not None:
            continue  # asked again of the meal, answered after that: "Dinner? Skip a free meal? Not a chance"
        if doc.texts[b - 1] == "?" and not rhetorical and nxt + 1 < len(doc.sentences) \
                and not any(a <= x.start < b for x in meal):
            # a question back that names no meal, the answer after it: "Blive til maden? Med
            # tirsdagsvagt i klubben fra kl. 19? Det ville have været hyggeligt, men nej"
            a, b = doc.sentences[nxt + 1]
        # (not a doubt about the workshop: "Dinner? Count me in. Workshop? Still torn between
        # local area and partnerships"; nor one in a paragraph of its own: "Mad efter mødet? Det
        # siger jeg ikke nej til. // Men workshop – der har jeg ikke bestemt mig endnu.")
        of_workshops = {doc.tokens[x.start].sent for x in all_anchors if x.what == "workshop"}
        doubted = any(c.start > anchor.start and doc.tokens[c.start].sent not in of_workshops
                      and not any(t.nl == 2 for t in doc.tokens[anchor.start + 1:c.start + 1])
                      for c in polarity["undecided"])
        if doubted or (_within(polarity["yes"], a, b) and _within(polarity["no"], a, b)):
            # "Om jeg spiser med? ... min kone siger nej, min mave siger ja. Jeg giver lyd"
            return [(None, (a, b), True)], sent
        value, doubt = _clause_value(doc, a, b, [anchor], dinner_cues, polarity, declines, all_anchors, undecided)
        # (a statement of its own is said of the meal, not of the question: "Skip a free dinner?
        # Hardly – count me in for that")
        stated = value is not None and _within(dinner_cues["positive"], a, b)
        if value is None and not doubt:
            value = _yes_no(polarity, a, b)
            if value is None and _within(dinner_cues["rhetorical"], a, b):
                value = True  # answered by a question whose answer is yes: "Staying for dinner? Is the Pope Catholic?"
        if value is None and not doubt and _points_back(doc, g, a):
            value = not _within(polarity["negation"], *doc.clause_of(a))  # "Det gør jeg desværre ikke"
        if value is not None and not stated and doc.asks(anchor.start) and _refused_in(dinner_cues, polarity, s, e) \
                and not any(a <= x.start < b for x in all_anchors if x.what == "dinner") \
                and not _within(dinner_cues["eat_verbs"] + dinner_cues["stay_verbs"], a, b):
            # a bare answer to a question that refuses: "Springe maden over? Aldrig i livet!", "Skip a
            # free dinner? Me? Not a chance" (a yes); "Skip dinner? Yes, sadly" (a no)
            value = not value
        asked_back = [c.start for c in _within(dinner_cues["rhetorical"], a, b)]
        if value is False and _within(dinner_cues["rhetorical"], s, b) \
                and (_bare_before_a_turn(doc, polarity, a, b)
                     or (asked_back and (doc.texts[b - 1] == "?" or asked_back[0] == doc.first_word(a, b)))):
            # "Hvem siger nej til mad? Ikke mig 😄", "Kan man sige nej til gratis mad? Nej vel – så
            # der er jeg med"; or answered by such a question: "Mad? Tror du, vi siger nej til mad
            # efter en lang dag?", its "?" left out: "Who in their right mind turns that down."
            value = True
        if _within(dinner_cues["rhetorical"], s, e) and _pro_form_answer(doc, g, a, b):
            # the verb of the answer stands for the refusal asked of: "Hvem siger nej til gratis mad?
            # Det gør jeg desværre", "who says no to that? Apparently I do", "Kan man sige nej til
            # gratis mad? Ja, det kan man åbenbart" (a no); "Det gør jeg ikke" (a yes)
            value = bool(_within(polarity["negation"], a, b))
        if _asked_back_denied(doc, g, a, b):
            value = True  # a yes asked back, denied: "Spiser med? Gør jeg ikke altid det 😄", "Don't I always?"
        if value is True and _turned_to_no(doc, g, polarity, a, b):
            value = False  # "do I want dinner? Would love to, but no 😕 I have to catch the 18.52 train"
        ever = next((k for k in range(a, b) if doc.tokens[k].text in g.words["dinner.ever"]), None)
        if value is False and ever is not None and (
                doc.asks(ever) or doc.opening(*doc.clause_of(ever)) in g.words["dinner.ever_askers"]) and _within(
                dinner_cues["negative"], doc.clause_of(ever)[0], doc.sentence_of(ever)[1]):
            # answered by another question: "Har du nogensinde set mig takke nej til mad?", its
            # refusal perhaps in a relative clause: "Har du nogensinde mødt en pædagog, der har
            # sagt nej til gratis mad?"
            value = True
        if value is not None or doubt:
            return [(value, (a, b), doubt)], sent
        if rhetorical:
            return [(True, (s, e), False)], sent
    return [], None


def _asked_back_denied(doc: Doc, g: Grammar, a: int, b: int) -> bool:
    """Tokens [a, b) open with the verb that stands for the one asked, the sender and a
    negation, in a question's word order, what is done said after them: "Gør jeg ikke altid
    det", "Don't I always?" (not the object left out before them: "Gør jeg ikke. Jeg skal hjem")."""
    words = [t.text for t in doc.tokens[a:b] if t.kind == "w"]
    verbs, subjects = g.words["dinner.pointing_verbs"], g.words["dinner.pointing_subjects"]
    negated = g.words["dinner.negated_pointing_verbs"]
    return (len(words) > 3 and words[0] in verbs and words[1] in subjects and words[2] in g.words["polarity.negation"]
            and not g.words["polarity.anaphora"].isdisjoint(words[3:])) \
        or (len(words) > 1 and words[0] in negated and words[1] in subjects)


def _turned_to_no(doc: Doc, g: Grammar, polarity: Cues, a: int, b: int) -> bool:
    """A "men"/"but" in tokens a..b turns to a bare no right after it: "Would love to, but no"."""
    contrasts = g.words["text.contrasts"]
    return any(doc.texts[k] in contrasts and doc.first_word(k + 1, b) == c.start
               for k in range(a, b) for c in _within(polarity["no"], k + 1, b))


def _refused_in(dinner_cues: Cues, polarity: Cues, a: int, b: int) -> bool:
    """Tokens [a, b) refuse the meal: "springe maden over", "skip dinner", "sige nej til mad"."""
    return bool(_within(polarity["refusals"], a, b) or _within(dinner_cues["negative"], a, b))


def _the_sender_alone(doc: Doc, g: Grammar, a: int, b: int) -> bool:
    """Tokens [a, b) name the sender and say nothing more but filler: "Well, me, sadly.", "Øh, mig."."""
    words = [t for t in doc.texts[a:b] if is_word(t)]
    senders = g.words["dinner.who_answers"]
    fillers = g.union("text.particles", "text.filler", "text.hesitations", "dinner.who_answer_fillers")
    return sum(t in senders for t in words) == 1 and all(t in fillers or t in senders for t in words)


def _answers_itself(doc: Doc, g: Grammar, polarity: Cues, k: int) -> bool:
    """Sentence `k` opens with a yes or a no and a pronoun pointing back at the question
    before it, perhaps after a "tak", or with the pronoun and its verb alone, or says yes or
    no and nothing more: the sender answering it ("Kan jeg nå at blive til maden? Nej, det
    når jeg desværre ikke", "Og om jeg vil spise med? Ja tak, det vil jeg gerne", "... om jeg
    ønsker at spise med. Det gør jeg desværre ikke", "Am I staying for dinner? You bet.", "Om
    jeg bliver til maden? Det kan du tro", "Om I skal regne med en tallerken til mig? Ja tak -
    bare ikke noget med fisk")."""
    if k >= len(doc.sentences):
        return False
    a, b = doc.sentences[k]
    said = [c for c in polarity["yes"] + polarity["no"] if a <= c.start < b]
    fillers = g.union("intent.bare_yes", "intent.bare_no")
    if said and all(t.kind == "p" or t.text in fillers or any(c.start <= k < c.end for c in said)
                    for k, t in enumerate(doc.tokens[a:b], a)):
        return True
    # (or says it, then a dash before what qualifies it: "Ja tak - bare ikke noget med fisk", or
    # a comma before the reason: "Nej desværre, jeg skal videre til fodboldtræning kl. 18.45")
    k = next((c.end for c in said if c.start == a), a)
    while a < k < b and doc.texts[k] in fillers:
        k += 1
    if a < k < b and doc.texts[k] in DASHES | _COMMA:
        return True
    texts = [t for t in doc.texts[a:min(b, a + 4)] if t != ","]
    if len(texts) > 2 and texts[1] in g.words["intent.bare_yes"]:
        del texts[1]
    return (len(texts) >= 2 and texts[0] in g.words["polarity.answer_words"] and texts[1] in g.pronouns()) \
        or _points_back(doc, g, a)


def _pro_form_answer(doc: Doc, g: Grammar, a: int, b: int) -> bool:
    """The sentence [a, b) answers with a subject and the verb that stands for the one asked,
    past a yes and particles, and nothing after them but particles: "Apparently I do", "Det
    gør jeg desværre", "Ja, det kan man åbenbart", "Det gør jeg så"; a reason after a dash aside:
    "Det gør jeg desværre denne gang – jeg har bestyrelsesmøde kl. 19" (not a turn or a condition)."""
    dash = next((k for k in range(a, b) if doc.texts[k] in DASHES), None)
    if dash is not None and g.union("text.contrasts", "text.conditional").isdisjoint(doc.texts[dash:b]):
        b = dash
    said = [t.text for t in doc.tokens[a:b] if t.kind != "p"]
    skipped = g.union("polarity.yes", "text.particles")
    while said and said[0] in skipped:
        said = said[1:]
    while said and said[-1] in g.union("text.particles", "polarity.negation", "dinner.pro_form_tails"):
        said = said[:-1]
    subjects = g.union("dinner.pointing_subjects", "dinner.generic_subjects")
    verbs, anaphora = g.words["dinner.pointing_verbs"], g.words["polarity.anaphora"]
    if len(said) == 3 and said[0] in anaphora:
        said = said[1:] if said[1] in verbs else [said[2], said[1]] if said[2] in verbs else said
    return len(said) == 2 and said[0] in subjects | verbs and said[1] in subjects | verbs and said[0] != said[1] \
        and (said[0] in subjects) != (said[1] in subjects)


def _points_back(doc: Doc, g: Grammar, a: int, plain: bool = False) -> bool:
    """The sentence at token a opens with "det"/"that", "jeg"/"I" and a verb of the few that
    stand for the one asked about, in either order: "Det gør jeg desværre ikke", "Det vil jeg
    gerne", "That I will"; with `plain`, in a main clause's order too: "jeg gør det alligevel";
    the comma after a change of mind passed over: "Nej vent, det gør jeg ikke"."""
    while a < len(doc.tokens) and doc.texts[a] == ",":
        a += 1
    texts = doc.texts[a:a + 3]
    verbs, subjects = g.words["dinner.pointing_verbs"], g.words["dinner.pointing_subjects"]
    # (not the object of another verb after them: "Det vil jeg gerne byde ind med" after a
    # business of soup and catering)
    rest = doc.texts[a + 3:doc.clause_of(a)[1]] if a < len(doc.tokens) else []
    # (or the reader the subject, the sender counted on: "Det kan du desværre ikke med mig")
    counted_on = len(texts) == 3 and texts[2] in g.words["dinner.pointing_readers"] \
        and not g.words["party.me"].isdisjoint(rest)
    anaphora = g.words["polarity.anaphora"]
    return len(texts) == 3 and (texts[0] in anaphora and (
        (texts[1] in verbs and (texts[2] in subjects or counted_on)) or (texts[1] in subjects and texts[2] in verbs))
        or (plain and texts[0] in subjects and texts[1] in verbs and texts[2] in anaphora)) \
        and not g.words["dinner.pointing_other_verbs"].intersection(rest)


_CHANGE_REACH = 6  # words from a change of mind to the doubt it turns into: "Hmm, actually make that a maybe"


def _takes_back_a_yes(doc: Doc, cue: Cue, answers: list[_Answer], all_anchors: list[Anchor]) -> bool:
    """The change takes back the yes before it in words of taking back, naming the meal in
    its clause, or the last thing said when that was the meal, and answering nothing: "Count
    me in for ... dinner. Actually, scratch that on the dinner – I have to pick up my daughter
    at 18.45", "Jeg tager workshop 3 og spiser med. Hov – ..., så det sidste må du strege igen"."""
    words = grammar().words
    a, b = doc.clause_of(cue.end - 1)
    before = [value for value, span, _ in answers if span[1] <= cue.start]
    said = [x for x in all_anchors if x.start < cue.start]
    the_last = any(doc.texts[k] in words["numbers.last"] for k in range(cue.start, cue.end)) \
        and bool(said) and max(said, key=lambda x: x.start).what == "dinner"
    return bool(before) and before[-1] is True \
        and any(t.text in words["dinner.retracting"] for t in doc.tokens[cue.start:min(cue.end + 1, b)]) \
        and (the_last or any(a <= x.start < b and x.what == "dinner" for x in all_anchors))


def _laughed_off(answers: list[_Answer], laughs: list[Cue]) -> list[_Answer]:
    """The last answer before words that laugh it off is turned, when nothing answers after
    them: "Dinner: I'll pass... said no one ever." is a yes."""
    for cue in laughs:
        before = [x for x in answers if x[1][1] <= cue.start and x[0] is not None and not x[2]]
        if before and not any(x[1][0] >= cue.end for x in answers):
            value, (a, _), _ = before[-1]
            answers = [x for x in answers if x != before[-1]] + [(not value, (a, cue.end), False)]
    return answers


def _after_a_change_of_mind(doc: Doc, answers: list[_Answer], dinner_cues: Cues, polarity: Cues,
                            all_anchors: list[Anchor]) -> list[_Answer]:
    """"Dinner – yes. Actually no, I need to pick up my son": what is said after the last
    change of mind that follows an answer replaces the answers before it: an answer about
    the meal, else a bare yes or no ("Actually yes", "Eller nej, jeg skal hjem"), else
    nothing, and the meal is left open ("Actually make that a maybe – I might have to ...").
    A later answer that says it changes ("Så ingen mad til mig alligevel") is one too. One
    about a workshop and not the meal ("PS: Rettelse – jeg mente workshop 3, ikke 2") leaves
    the meal alone."""
    answers = sorted(answers, key=lambda x: x[1])
    words = grammar().words
    hesitations, contradicting = words["text.hesitations"], words["dinner.contradicting_yes"]
    changed = [c for c in dinner_cues["after_all"] if any(a <= c.start < b for _, (a, b), _ in answers[1:])]
    for cue in sorted(dinner_cues["corrections"] + changed + starred(doc), reverse=True):
        # (or said in its clause before it, which the change closes: "Mad: ja (nej vent –
        # forældremøde kl. 19, så: nej)"; not "Spiser ikke med – nej vent, jo", answered again there)
        within = [x for x in answers if cue.kind == "corrections" and x[1][0] < cue.start < x[1][1]
                  and _yes_no(polarity, x[1][0], cue.start) is not None
                  and all(t.kind == "p" for t in doc.tokens[cue.end:x[1][1]])]
        now = _changed_inside(doc, cue, answers, polarity, dinner_cues, all_anchors) if not within else None
        if now is not None:
            return [now]
        if not within and not any(span[1] <= cue.start for _, span, _ in answers):
            continue
        e = doc.sentence_of(cue.start)[1]
        # "Workshop... hmm, jeg er i tvivl": a pause, no change of mind about the meal
        pause = cue.end - cue.start == 1 and doc.texts[cue.start] in hesitations
        said = [span[1] for _, span, _ in answers if span[1] <= cue.start]
        if said and "?" in doc.texts[max(said):cue.start] \
                and any(doc.texts[k] in words["numbers.last"] for k in range(cue.start, cue.end)):
            continue  # the last thing said was a question: "... Is there parking? Actually ignore the last bit"
        if _points_back(doc, grammar(), cue.end):
            # the change says it with a pro-form of its own: "Spiser ikke med.. jo forresten det gør jeg"
            pa, pb = doc.clause_of(cue.end)
            return [(not _within(polarity["negation"] + polarity["no"], pa, pb), (cue.start, pb), False)]
        of_a_workshop = any(cue.start <= x.start < e and x.what == "workshop" for x in all_anchors)
        if not of_a_workshop and e < len(doc.tokens) and not any(cue.start <= x.start < e for x in all_anchors):
            # naming nothing, it is of what the next sentence names: "Hov – nej. Jeg mente workshop 2."
            nxt = [x.what for x in all_anchors if e <= x.start < doc.sentence_of(e)[1]]
            of_a_workshop = "workshop" in nxt and "dinner" not in nxt
        if not (pause or of_a_workshop) and any(
                cue.end <= c.start < min(cue.end + _CHANGE_REACH, e) for c in polarity["undecided"]):
            return [(None, (cue.start, e), True)]
        if doc.texts[cue.start] in contradicting and cue.end - cue.start > 2:
            # a no answered back in so many words, whatever follows in its sentence: "Mad – nej, det
            # tror jeg ikke … jo, det gør jeg faktisk, jeg skal ikke noget bagefter alligevel"
            # (not an answer in a sentence after it: "Jo, det gør jeg ... Nej, ... Det står fast:
            # ingen mad til mig")
            # (unless a condition after it leaves it open: "Jeg spiser ikke med – jo, det vil jeg
            # faktisk gerne, hvis jeg kan komme lidt senere til maden")
            later = [x for x in answers if x[1][0] >= e]
            sequence = words["text.sequence"]
            open_ = any(cue.end <= c.start < e and doc.texts[c.start] not in sequence
                        for c in dinner_cues["conditional"])
            return later or [(None if open_ else True, (cue.start, e), open_)]
        after = [x for x in answers if x[1][1] > cue.start and x not in within]
        if after:
            return after
        if pause or of_a_workshop or said_of_another(doc, cue.end):
            continue  # (nor is one of another's coming: "Rettelse: Kasper kan alligevel ikke den dag")
        denied = next((c for c in polarity["negation"] if cue.end <= c.start <= cue.end + 1), None)
        if denied is not None and _diet(doc, denied.end, _food(doc, dinner_cues)):
            continue  # a diet corrected, not the meal: "Rettelse: ikke vegetar, det var min kollegas svar"
        # (a bare yes or no near the change: farther on it answers something else, "Rettelse
        # til min signatur: mit mobilnummer er ændret ... – det gamle virker ikke længere")
        value = _yes_no(polarity, cue.end, min(cue.end + _CHANGE_REACH, e))
        if value is None:  # "eller nej": the answer is the change's own last word
            value = _yes_no(polarity, cue.end - 1, cue.end)
        if value is None and doc.texts[cue.end - 1] in contradicting:
            value = True  # "Spiser ikke med – eller jo, det gør jeg faktisk alligevel"
        if value is None:
            value = _stays_for_it(doc, cue.end, e, dinner_cues, polarity)
        if value is None:
            # the verb left out, a no turned: "I won't be staying for dinner... actually,
            # scratch that, I will"
            value = elliptical(doc, grammar(), cue.end, e)
        if value is None and any(c.start == cue.start for c in dinner_cues["negative"]):
            value = False  # a change that refuses: "Actually, scratch the dinner – ..."
        if value is None and _takes_back_a_yes(doc, cue, answers, all_anchors):
            value = False
        if value is None and doc.opening(doc.sentence_of(cue.start)[0], cue.start) is None \
                and not any(cue.start <= x.start < e and x.what == "dinner" for x in all_anchors):
            continue  # a change of something else, in a sentence of its own, leaves the meal's answer
        return [(value, (cue.start, e), value is None)]
    return answers


def _stays_for_it(doc: Doc, a: int, b: int, dinner_cues: Cues, polarity: Cues) -> bool | None:
    """Staying for the meal named before, pointed back to in tokens a..b: "On second thought,
    I'll stay for it" (True), "Hov, jeg bliver alligevel ikke til den" (False); None without."""
    pointers = grammar().words["polarity.anaphora"]
    for c in _within(dinner_cues["stay_verbs"], a, b):
        if any(doc.texts[k] in pointers for k in range(c.end, min(c.end + _POINTER_REACH, b))):
            return not _within(polarity["negation"] + polarity["no"], a, c.end)
    return None


_POINTER_REACH = 3  # tokens from the verb of staying to the word pointing back: "bliver alligevel til den"


def _changed_inside(doc: Doc, cue: Cue, answers: list[_Answer], polarity: Cues, dinner_cues: Cues,
                    all_anchors: list[Anchor]) -> _Answer | None:
    """A change inside the clause of an answer, naming the meal after it with its new answer:
    "I already signed up (local area, no dinner) but I'd like to change that to with dinner"."""
    inside = [span for _, span, _ in answers if cue.kind == "corrections" and span[0] < cue.start < span[1]]
    if not inside:
        return None
    a, b = cue.end, inside[0][1]
    if not any(a <= x.start < b and x.what == "dinner" for x in all_anchors):
        return None
    value = _yes_no(polarity, a, b)
    if value is None and _within(dinner_cues["positive"], a, b):
        value = True
    return None if value is None else (value, (cue.start, b), False)


_STARRED = frozenset(("*",))


def starred(doc: Doc) -> list[Cue]:
    """A line opening with a star glued to its first word corrects the message before it, as
    in a chat: "Workshop 3 og jeg spiser med // *ikke med. Skrev for hurtigt" (not a bullet,
    "* Mad: ja", nor words in stars, "*Mad: ja*")."""
    tokens = doc.tokens
    out = []
    for i in doc.indices_of(_STARRED):
        if tokens[i].nl and i + 1 < len(tokens) and tokens[i + 1].start == tokens[i].end \
                and tokens[i + 1].kind == "w":
            line_end = next((k for k in range(i + 1, len(tokens)) if tokens[k].nl), len(tokens))
            if not any(t.text == "*" for t in tokens[i + 1:line_end]):
                out.append(Cue("corrections", i, i + 1))
    return out


def _settled_after_doubt(doc: Doc, answers: list[_Answer], polarity: Cues) -> list[_Answer]:
    """"I'd only stay for dinner so long as he could pick the kids up ..., and he's just
    confirmed he can. So yes to dinner.": after the doubt, a sentence opening with "så"/"so"
    or "nu"/"now" that answers about the meal settles it; so does a clause of its sentence opening so that
    tells us how to count it: "Det er ikke sikkert, jeg kan blive til maden, så regn bare med
    nej"."""
    doubts = [span for _, span, doubt in answers if doubt]
    if not doubts:
        return answers
    after = max(doc.sentence_of(a)[1] for a, _ in doubts)
    words = grammar().words
    openers = words["dinner.settling"]
    settled = [x for x in answers if not x[2] and x[0] is not None and x[1][0] >= after
               and doc.opening(*doc.sentence_of(x[1][0])) in openers | words["dinner.settled_now"]]
    if settled:
        return settled
    a, b = doubts[-1]
    s, e = doc.sentence_of(a)
    counting = words["dinner.count_as"]
    # (or, after a doubt only hedged, the answer drawn there: "I'll probably have to rush off
    # straight after the wrap-up, so no dinner for me"; not "Jeg ved ikke, om jeg når det, så ...")
    doubted = _within(polarity["undecided"], a, b)
    hedged = bool(doubted) and all(doc.texts[c.start] in words["polarity.hedges"] for c in doubted)
    # (or after what would have been: "I'd stay for dinner if I weren't catching an evening flight
    # that day, so no dinner for me")
    hedged = hedged or not words["dinner.would"].isdisjoint(doc.texts[a:b])
    for x, y in doc.clauses:
        if b <= x < e and doc.opening(x, y) in openers:
            if any(t in counting for t in doc.texts[x:y]):
                value = _yes_no(polarity, x, y)
            else:
                value = next((z[0] for z in answers if not z[2] and z[0] is not None and x <= z[1][0] < y), None) \
                    if hedged else None
            if value is not None:  # (what was doubted before it in the sentence goes with the doubt)
                return [*(z for z in answers if not z[2] and not s <= z[1][0] < y), (value, (x, y), False)]
    return answers


def _starred_correction(doc: Doc, answers: list[_Answer], polarity: Cues) -> list[_Answer]:
    """A line opened by a star that takes up a word of the last answer corrects it, as in chat:
    "... og ønsker at spise med\n*ønsker IKKE. Glemte et ord" is a no (a star line that says
    what its answer said already changes nothing). A word starred right after a refusal or on
    the line after it, no word of it, may be what replaces its negation or something else:
    "spiser ikke med *også", "spiser ikke med // *også 🙈 tastaturet ..." leave the meal open."""
    if not answers or answers[-1][0] is None:
        return answers
    value, (a, b), _ = answers[-1]
    tokens = doc.tokens
    for k in range(a + 1, len(tokens) - 1):
        if tokens[k].text != "*" or tokens[k + 1].kind != "w":
            continue
        if tokens[k].nl and tokens[k + 1].text in doc.texts[a:k]:
            e = doc.clause_of(k + 1)[1]
            negated = bool(_within(polarity["negation"], k, e) or _within(polarity["no"], k, e))
            if negated == value:
                return answers[:-1] + [(not value, (k, e), False)]
        elif tokens[k].nl and value is True and tokens[k + 1].start == tokens[k].end \
                and _within(polarity["negation"], k + 1, k + 2):
            # a negation starred for a word of the yes: "I want be staying for dinner ... // *won't"
            return answers[:-1] + [(False, (k, doc.clause_of(k + 1)[1]), False)]
        elif value is False and (k < b or (tokens[k].nl and k <= b + 1)) and tokens[k + 1].start == tokens[k].end \
                and (tokens[k].nl or all(t.kind != "w" for t in tokens[k + 2:doc.clause_of(k + 1)[1]])) \
                and not _within(polarity["negation"], k, k + 2):
            return answers[:-1] + [(None, (a, doc.clause_of(k + 1)[1]), True)]
    return answers


def _after_a_postscript(answers: list[_Answer], afterthoughts: list[Cue]) -> list[_Answer]:
    """"Vinkel 2, og ja tak til maden. PS: Glem det med maden - vi har forældremøde": an
    answer in a postscript is the sender's last word on the meal."""
    for cue in reversed(afterthoughts):
        after = [x for x in answers if x[1][0] >= cue.start]
        if after and len(after) < len(answers):
            return after
    return answers


def _combine(doc: Doc, result: Dinner, answers: list[_Answer]) -> None:
    if not answers:
        return
    doubts = [span for value, span, doubt in answers if doubt]
    values = {value for value, _, doubt in answers if not doubt and value is not None}
    if doubts:
        result.unclear = doc.quote(*doc.sentence_of(doubts[0][0]))
        result.reasons.append(f"dinner undecided: '{result.unclear}'")
        return
    if len(values) > 1:
        result.conflict = True
        spans = [span for _, span, _ in answers]
        result.unclear = doc.quote(spans[0][0], spans[-1][1])
        result.reasons.append(f"dinner unclear (yes and no): '{result.unclear}'")
        return
    result.value = values.pop()
    result.evidence = [span for _, span, _ in answers]
    word = "yes" if result.value else "no"
    result.reasons.append(f"dinner: {word} ('{doc.quote(*answers[0][1])}')")
