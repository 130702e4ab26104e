"""What the sender wants: to come, not to come (or no longer), to change, to ask.

Coming: "jeg kommer", "deltager gerne", "count me in", or a choice of workshop or meal.
Not coming: a decline word ("forhindret", "melde afbud", "regret") in a clause that is
not about the meal alone ("springer maden over" declines the meal only; "aflyse min
deltagelse i workshop 2 og spisningen" declines coming), or a negated attendance ("kan
ikke komme", "won't be able to make it", "Kan desværre ikke d. 20") that is not about a
choice nor about arriving late ("kan ikke komme før kl. 17"). Being away then ("på
ferie den uge") declines only when nothing says coming.
Not settled: a deferral ("kan først bekræfte endeligt", "if my manager approves") puts
coming in doubt. Words in a question or a condition ("Hvis ja, tilmelder jeg mig",
"Before I sign up:") register nobody.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field

from .grammar import Cues, Grammar
from .numbers import dates_a_day
from .party import addressed, says_i
from .phrases import Cue
from .scope import Anchor, nearest, neither_nor
from .text import Doc, elliptical, heading_mark, under_a_meal_heading

_MAX_CONDITION_START = 2  # "Hvis ja, ...", "Men hvis ...": a condition opens the sentence


@dataclass
class Intent:
    kind: str = "other"  # register, decline, cancel, change, question, other
    attending: str | None = None  # the words saying the sender comes
    attending_at: int | None = None  # the token where the clause of `attending` starts
    declining: str | None = None  # the words saying the sender does not come
    declining_at: int | None = None  # the token where the clause that declines starts
    declined: list[tuple[int, int]] = field(default_factory=list)  # every clause that declines
    # Away when it is ("på ferie den uge", "on holiday that week"): a decline only when
    # nothing says coming ("på kursus hele uge 24, men er tilbage til mødet" is coming).
    away: str | None = None
    away_at: int | None = None
    # Away in a clause turning from what came before: "Workshop 3 looks great and the
    # dinner even better, but I'm on holiday from 16 June": a decline, whatever it praised.
    away_turns: bool = False
    cancelling: bool = False
    changing: bool = False
    conditional: bool = False  # attendance only on a condition or before an answer
    conditions: set[int] = field(default_factory=set)  # the sentences that open with a condition
    asking_first: bool = False  # questions "before I sign up": no registration without a choice
    held_back: bool = False  # the sign-up itself said to wait for them: "Men inden du skriver mig på: ...?"
    meal_only: str | None = None  # the words saying the sender comes for the meal alone
    no_workshop: str | None = None  # the words refusing any workshop: "I'd rather not take part in a workshop"
    doubtful: str | None = None  # the words doubting that the sender can come at all
    doubtful_at: int | None = None  # the token where they start
    # coming only to a later meeting: "I'd be very glad to join the next round in the autumn"
    later_only: str | None = None
    # asking how to take part: "Is there any way to join remotely?" (a decline beside it
    # may hang on the answer)
    asks_to_join: str | None = None
    # a registration of several told ("Vi var tilmeldt som to, men Ole kan ikke alligevel")
    group_before: str | None = None
    # somebody else to be taken off the list ("Men så skal du desværre strege Bo igen")
    removes_another: str | None = None
    reasons: list[str] = field(default_factory=list)


def _named_inside(doc: Doc, g: Grammar, a: int, i: int) -> bool:
    """A name stands inside the clause before token i, not opening it, the subject put after
    a verb: "og måske kunne Kvickly være med som partner" (not "I", nor a common word)."""
    plain = g.union("language.stopwords", "party.first_person")
    words = [t for t in doc.tokens[a:i] if t.kind == "w"]
    return any(t.cap and not t.nl and t.text not in plain for t in words[1:])


def recants(doc: Doc, g: Grammar, a: int, b: int) -> bool:
    """The sentence [a, b) opens with a no taken back ("Nej vent – det er jo den 20.") or with
    what came before struck out (see strikes_out)."""
    words = [k for k in range(a, b) if doc.tokens[k].kind != "p"]
    opening = [doc.texts[k] for k in words[:2]]
    return (len(opening) == 2 and opening[0] in g.words["polarity.no"] and opening[1] in g.words["intent.recanting"]) \
        or strikes_out(doc, g, a, b)


def strikes_out(doc: Doc, g: Grammar, a: int, b: int) -> bool:
    """The sentence [a, b) opens with what came before struck out, the striking its own clause
    ("Actually, scratch that.", "...sorry, ignore that.", "Hov, glem det –"; not "Glem det med
    maden")."""
    words = [k for k in range(a, b) if doc.tokens[k].kind != "p"]
    # (after a no too: "Nej, slet det igen – jeg er faktisk i tvivl")
    while words and doc.texts[words[0]] in g.union("intent.recanting", "polarity.no"):
        words = words[1:]
    end = words[1] + 1 if len(words) >= 2 else b
    while end < b and doc.texts[end] in g.words["intent.struck_after"]:
        end += 1
    return len(words) >= 2 and words[1] == words[0] + 1 and doc.texts[words[0]] in g.words["intent.struck_verbs"] \
        and doc.texts[words[1]] in g.words["intent.struck_objects"] \
        and (end == b or doc.tokens[end].kind == "p")


def read_intent(doc: Doc, g: Grammar, cues: Cues, polarity: Cues, anchors: list[Anchor],
                blocked: set[int], doubts: list[Cue], here: set[int], given_up: list[Anchor],
                on_the_day: set[int] = frozenset()) -> Intent:
    """`anchors`: live workshop mentions and meal words; `blocked`: numbers that are dates etc.;
    `here`: the tokens "her" meaning here ("Her er min tilmelding"), not her; `given_up`: the
    workshops named and given up, whose refusal refuses them, not coming ("I won't be joining
    the Partnerships group as I originally planned – I'd rather go to Local area");
    `on_the_day`: the clauses naming our day, whose "it" is the meeting, whatever meal the
    sentence names ("The dinner sounds lovely, but I won't make it on the 20th")."""
    intent = Intent()
    # "Before I sign up: ...", or asking whether one may come at all ("Må jeg deltage, selvom ...?")
    # (its sentence may end in the question: "Må jeg godt deltage, selvom jeg ikke står på listen?")
    intent.asking_first = bool(cues["presignup"]) or any(
        doc.asks(c.start) or doc.asks(doc.sentence_of(c.start)[1] - 1) for c in cues["eligibility"])
    named = {x.start for x in anchors if x.what == "workshop"}
    conditions = intent.conditions = _conditional_sentences(doc, g, cues, intent.asking_first, named)
    negations = [c for kind in ("negation", "no") for c in polarity[kind]
                 if nearest(doc, c.start, c.end, anchors) is None or _meeting_and_meal(doc, g, c, anchors)]

    def usable(cue: Cue) -> bool:
        return not doc.asks(cue.start) and doc.tokens[cue.start].sent not in conditions

    def about_something(a: int, b: int) -> bool:
        return any(a <= x.start < b for x in anchors)

    def about_the_meal(a: int, b: int) -> bool:
        return any(a <= x.start < b and x.what == "dinner" for x in anchors)

    def at_the_meal(b: int) -> bool:
        """The clause after token b, in its sentence, names the meal as the time of the one
        before: "I skal ikke regne med mig, når der bliver serveret" refuses the meal only."""
        if b >= len(doc.tokens) or doc.tokens[b].sent != doc.tokens[b - 1].sent:
            return False
        k = doc.clause_of(b)
        return doc.opening(*k, g.words["text.coordinators"]) in g.words["dinner.meal_times"] and (
            about_the_meal(*k) or any(doc.texts[j] in g.words["dinner.served"] for j in range(*k)))

    def doubt(a: int, b: int) -> None:
        if intent.doubtful is None:
            intent.doubtful, intent.doubtful_at = doc.quote(a, b), a

    def decline(a: int, b: int, words_from: int | None = None) -> None:
        intent.declined.append((a, b))
        if intent.declining is None:
            intent.declining, intent.declining_at = doc.quote(a if words_from is None else words_from, b), a

    declined_clauses = {doc.tokens[c.start].clause for c in cues["decline"]}
    taken_back = _taken_back(doc, cues, anchors, usable, given_up)
    if taken_back is not None:
        decline(*doc.clauses[taken_back + 1], words_from=doc.clauses[taken_back][0])
        declined_clauses.add(taken_back)
    whether = g.words["dinner.embedded_question"]
    reported = g.words["dinner.reported"]
    # "min mand er bortrejst", "Min kollega kommer muligvis også": somebody else's
    elsewhere = g.union("party.others", "party.third_person")
    generic = g.words["intent.generic_subjects"]
    names = g.words["party.first_names"]

    relatives, invitation = g.words["party.relatives"], g.words["intent.invitation_words"]
    noun_relatives, negation_words = g.words["party.relatives_after_nouns"], g.words["polarity.negation"]

    def of_a_person(a: int, i: int) -> bool:
        """Token i stands in a relative clause opened by "der"/"who" right after a word for
        somebody: "en kollega, der måske også vil med", "a colleague who might join"; or after
        any noun but the sender's, told by the word order of a relative clause, its negation
        before its verb: "de unge, der ikke kommer videre efter 9. klasse" ("der" as "there"
        puts the verb first: "..., der kommer ikke flere")."""
        for k in range(i - 1, a - 1, -1):
            if doc.texts[k] in noun_relatives:
                j = k - 1
                while j >= 0 and doc.tokens[j].kind == "p":
                    j -= 1
                subordinate = k + 1 < i and doc.texts[k + 1] in negation_words and j >= 0 \
                    and doc.tokens[j].kind == "w" and not says_i(g, doc.tokens[j:j + 1]) \
                    and doc.texts[j] not in g.words["party.sender_words"]
                return j >= 0 and (doc.texts[j] in elsewhere or named(j) or subordinate) \
                    and not says_i(g, doc.tokens[k + 1:i])
        return False

    def there_comes(cue: Cue) -> bool:
        """Coming said with its subject after "der": "Måske kommer der en tredje med"."""
        return cue.end < len(doc.tokens) and doc.texts[cue.end] in noun_relatives \
            and not says_i(g, doc.tokens[cue.end + 1:cue.end + 3])

    def relative(a: int, i: int) -> bool:  # "..., som jeg skal være med til den eftermiddag"
        # (not of our invitation: "Tak for invitationen, som jeg hermed takker ja til")
        before = [t for t in doc.tokens[max(0, a - 2):a] if t.kind != "p"]
        return any(t.text in relatives for t in doc.tokens[a:i] if t.kind != "p") \
            and not (before and before[-1].text in invitation)

    def named(k: int) -> bool:  # "Ahmed kan ikke", not "Hej Pia kan ikke komme", "sorry Pia, kan ikke komme"
        tok = doc.tokens[k]
        return tok.cap and tok.text in names and not addressed(doc, g, k)

    verbs = g.union("intent.attend", "intent.modals", "intent.negated_modals", "text.helping_verbs", "intent.declining_verbs")
    coordinators, frames = g.words["text.coordinators"], g.words["intent.speaker_frames"]

    def someone_else(a: int, i: int) -> bool:  # "min kollega", "han", "Ahmed"
        # (past a "men" too: "Men hverken Jytte eller jeg kan komme")
        opening = next((t for t in doc.tokens[a:i + 1] if t.kind != "p" and t.text not in coordinators
                        and t.text not in g.words["text.contrasts"]), None)
        if of_a_person(a, i):
            return True
        clause = doc.tokens[a:doc.clause_of(i)[1]]
        if opening is not None and opening is not doc.tokens[i] and i + 1 < doc.clause_of(i)[1] \
                and (doc.texts[i + 1] in elsewhere or named(i + 1)) and not says_i(g, doc.tokens[a:i]):
            return True  # the subject after its verb, an adverb put first: "Måske kommer Jesper også"
        if any(t.text in generic for t in doc.tokens[a:i]) and not says_i(g, clause) \
                and not any(t.text in g.words["party.sender_words"] for t in clause):
            return True  # anybody: "det er altid sjovere, når man ikke er den eneste håndværker i lokalet"
        if opening is not None and opening.text in relatives and not says_i(g, doc.tokens[a:i]):
            # a relative clause is of the one named right before it: "Jeg kommer i stedet for min
            # chef, Jørgen Lind, som desværre er forhindret den dag"
            s = doc.sentence_of(a)[0]
            return any(doc.tokens[k].text in elsewhere or named(k) for k in range(max(s, a - _ANTECEDENT), a))
        subject = range(a, i)
        if opening is not None and opening.text in verbs and not any(
                t.text in elsewhere for t in doc.tokens[a:i]) and not says_i(g, doc.tokens[a:i]):
            # a clause opening with its verb and no subject after it has the subject of the
            # nearest clause before it that has a subject and a verb of its own ("..., men han er
            # på kursus den dag og kan desværre ikke komme"), or else the sentence's: "Vores leder,
            # Birgitte, kan desværre ikke komme den 20." (not "..., må hun komme med?"), "neither I
            # nor my deputy, Mads, can attend"; relative clauses aside: "Lene, som jeg tilmeldte
            # sammen med mig selv, er blevet sygemeldt og kommer ikke"
            s = doc.sentence_of(a)[0]
            k = doc.tokens[a].clause - 1
            while k > doc.tokens[s].clause and (doc.opening(*doc.clauses[k]) in relatives or doc.opening(
                    *doc.clauses[k], coordinators | g.words["text.contrasts"]) in verbs
                    or not any(t.text in verbs for t in doc.tokens[slice(*doc.clauses[k])])):
                k -= 1
            a = max(s, doc.clauses[k][0]) if k >= doc.tokens[s].clause else s
            subject = [k for x, y in doc.clauses[doc.tokens[a].clause:doc.tokens[i].clause + 1]
                       if doc.opening(x, y) not in relatives for k in range(max(x, a), min(y, i))]
        # past the sender's frame: "I'm afraid my colleague Peter can't make it, but I'll be there"
        frame = max((k for k in subject if doc.tokens[k].text in frames), default=None)
        subject = [k for k in subject if k not in here and (frame is None or k > frame)]
        return any(doc.tokens[k].text in elsewhere or named(k) for k in subject) \
            and not says_i(g, [doc.tokens[k] for k in subject])

    believed, because = g.words["intent.believed"], g.words["text.because"]

    def thought(a: int, i: int) -> bool:
        """What was feared, proved wrong, in the clause up to token i or the one reporting it:
        "I thought I couldn't make it, but ...", "Jeg troede først, at jeg ikke kunne deltage"."""
        if a > 0 and doc.opening(a, i) in reported and doc.tokens[a - 1].sent == doc.tokens[a].sent:
            a = doc.clause_of(a - 1)[0]
        return any(t.text in believed for t in doc.tokens[a:i])

    # "gerne være med næste gang", "Jeg kommer meget gerne til næste netværksmøde, men ..."
    later = {doc.tokens[c.start].clause for c in cues["future"]} | next_meeting(doc, g)
    # ... and what follows from it: "Sæt mig på listen til næste gang – så kommer jeg helt sikkert";
    # or what a relative clause says of it: "Jeg håber, der bliver et næste møde, hvor jeg kan være med"
    following = g.union("text.consequences", "dinner.relative_openers")
    later |= {k + 1 for k in later if k + 1 < len(doc.clauses)
              and doc.tokens[doc.clauses[k + 1][0]].sent == doc.tokens[doc.clauses[k][0]].sent
              and doc.opening(*doc.clauses[k + 1]) in following}
    # ... and what a condition of that time after it holds: "Jeg vil rigtig gerne være med i workshop
    # 2, hvis netværket fortsætter efter sommerferien"
    later |= {k - 1 for k in later if k > 0
              and doc.tokens[doc.clauses[k - 1][0]].sent == doc.tokens[doc.clauses[k][0]].sent
              and doc.opening(*doc.clauses[k]) in g.words["text.conditional"]}
    # ... and what a clause of that time, with no coming of its own, is the time of, beside it in
    # its sentence: "Jeg deltager meget gerne, næste gang netværket mødes", "men næste gang netværket
    # mødes, er jeg med" (not "Jeg kan ikke, næste gang kommer jeg")
    comes = {doc.tokens[c.start].clause for c in cues["attend"]}
    times = {doc.tokens[c.start].clause for c in cues["future"]
             if doc.first_word(*doc.clause_of(c.start)) == c.start} - comes
    # (for coming only: a no beside it is this time's, "Jeg kan ikke nu, næste gang vi ses")
    timed = later | {j for k in times for j in (k - 1, k + 1) if 0 <= j < len(doc.clauses)
                     and doc.tokens[doc.clauses[j][0]].sent == doc.tokens[doc.clauses[k][0]].sent}
    contrasts = g.words["text.contrasts"]

    refused: list[int] = []  # where a negated "komme" ended, declining
    anaphora = g.words["polarity.anaphora"]
    this_time = {c.start for c in cues["now"]}

    def coming(cue: Cue) -> bool:
        """The cue is a verb of coming itself, which a "så" before it concludes, pointing back
        at nothing ("..., så jeg kan ikke komme alligevel"; not "så skriv mig bare op uden")."""
        return not g.words["intent.coming_verbs"].isdisjoint(doc.texts[cue.start:cue.end])

    def of_the_meal(a: int, cue: Cue) -> bool:
        """"it" pointing back to the meal in its sentence: "Det er ikke fordi jeg ikke gerne
        vil spise med, men jeg kan ikke nå det" skips the meal, not the meeting (not when a
        workshop is named with it: "signed me up for workshop 3 and dinner, but I can't make it
        after all", or given up with it: "I would have gone for workshop 2 and stayed for dinner,
        but ..., so I can't make it")."""
        # (or fronted: "Jeg skrev, at jeg gerne ville spise med, men det kan jeg alligevel ikke nå";
        # or after a preposition: "so best not to count me in for that")
        # (not the time: "I won't be able to attend this time")
        after = [t.text for t in doc.tokens[cue.end:cue.end + 2]] if cue.end not in this_time else []
        it = doc.tokens[cue.end - 1].text in anaphora or doc.tokens[cue.start].text in anaphora \
            or (after and after[0] in anaphora) or (
            len(after) == 2 and after[0] in g.words["workshop.prepositions"] and after[1] in anaphora) or (
            doc.opening(a, cue.start, contrasts) in (g.pronouns() if coming(cue) else anaphora))
        s = doc.sentence_of(a)[0]
        # (not when it names our day: "The dinner sounds lovely, but I won't make it on the 20th")
        if doc.tokens[cue.start].clause in on_the_day:
            return False
        # (or in the sentence before, when its own names nothing: "PS: Jeg spiser med. PPS: Har
        # lige kigget i kalenderen – det når jeg alligevel ikke")
        named = [x for x in anchors + given_up if s <= x.start < a]
        return it and ((about_the_meal(s, a) and not any(x.what == "workshop" for x in named))
                       or (not any(s <= x.start < a for x in anchors) and _meal_alone_before(doc, anchors, a)))

    def meal_after_nor(a: int, b: int, negation: Cue) -> bool:
        """Coming and the meal refused together: "kan hverken være med i en workshop eller
        spise med" (the meal is all the clause names, in the pair's second half)."""
        return all(x.what == "dinner" and neither_nor(doc, negation.start, x.start)
                   for x in anchors if a <= x.start < b)

    plain = g.union("language.stopwords", "text.filler")

    def neither_before(a: int, cue: Cue) -> list[Cue]:
        """The pair "neither ... nor" of the subjects, for a clause with no subject of its own
        after it: "neither I nor my deputy, Mads, can attend"."""
        if doc.opening(a, cue.start) not in g.words["text.helping_verbs"]:
            return []
        s = doc.sentence_of(a)[0]
        k = next((k for k in range(s, a) if doc.texts[k] in g.words["polarity.neither"]), None)
        if k is None or not any(doc.texts[j] in g.words["polarity.nor"] for j in range(k + 1, a)):
            return []
        return [Cue("negation", k, k + 1)]

    def turned_from_the_meal(a: int, b: int, cue: Cue) -> bool:
        """A clause naming nothing, turning from the meal in the clause before it with a
        decline and nothing after it: "Maden lyder dejlig, men jeg står over", "Dinner
        sounds lovely but I'll have to pass" (not "..., men jeg må melde afbud til hele mødet";
        nor the day of the meeting: "Vinkel 3 frister, og det gør maden også, men jeg må melde
        pas den 20.")."""
        if a == 0 or about_something(a, b) or doc.opening(a, b) not in contrasts \
                or doc.tokens[a - 1].sent != doc.tokens[a].sent \
                or any(t.kind == "w" and t.text not in plain for t in doc.tokens[cue.end:b]) \
                or any(dates_a_day(doc, g, k) for k in range(cue.end, b)):
            return False
        pa, pb = doc.clause_of(a - 1)
        # (past clauses naming nothing: "The food sounds lovely, and thank you so much for
        # offering, but I'm afraid I'll have to pass on it this time")
        s = doc.sentence_of(a)[0]
        while pa > s and not about_something(pa, pb) and not any(pa <= x.start < pb for x in given_up):
            pa, pb = doc.clause_of(pa - 1)
        # (a workshop wished for with it turns from coming: "Jeg havde ellers glædet mig til
        # 3'eren og maden, men må desværre melde afbud"; so does coming wished for: "jeg ville
        # gerne have været med og taget en bid mad bagefter – men jeg må melde pas denne gang")
        return about_the_meal(pa, pb) and not any(pa <= x.start < pb and x.what == "workshop" for x in anchors + given_up) \
            and not any(pa <= c.start < pb for c in cues["attend"] + cues["decline"])

    def workshop_in_heading(i: int) -> bool:
        """A workshop named with the meal before it: "Lokalområdet og maden – og resten af mødet
        for den sags skyld – må I desværre klare uden mig" heads more than the meal."""
        s, mark = doc.sentence_of(i)[0], heading_mark(doc, i)
        return mark is not None and any(s <= x.start < mark and x.what == "workshop" for x in anchors + given_up)

    def regrets_the_meal(cue: Cue, b: int) -> bool:
        """What is regretted is said in the "that"-clause after it, and it is the meal: "I
        regret, however, that I shall not be able to stay for the meal" (`b`: the end of the
        cue's clause)."""
        e = doc.sentence_of(b - 1)[1]
        # (or right after it in its clause, with no comma: "I regret that I shall not be able to ...")
        that = [(cue.end, b)] if cue.end < b and doc.texts[cue.end] in reported else []
        for x, y in that + doc.clauses[doc.tokens[b - 1].clause + 1:]:
            if x >= e:
                break
            if doc.opening(x, y) in reported:
                # (coming said there is the meal's when the meal is what follows it: "I regret
                # that I shall not be able to join the meal following the meeting")
                return about_the_meal(x, y) and not any(x <= m.start < y and m.what == "workshop" for m in anchors) \
                    and not any(x <= c.start < y and not any(m.what == "dinner" and 0 <= m.start - c.end <= _MEAL_REACH
                                                             for m in anchors) for c in cues["attend"])
        return False

    def meal_pointed_back(a: int, cue: Cue) -> bool:
        """The thing declined is the meal, named alone before it and pointed back to: "Suppe:
        ja. Hmm, nej, ..., så den springer jeg over" (not "Vinkel 2 og spisningen – det bliver
        desværre ikke til noget"); or inside the phrase: "Det er ikke fordi, maden ikke
        frister, men jeg skal nå toget kl. 18.42, så jeg springer den over"."""
        s = doc.sentence_of(a)[0]
        if s > 0 and doc.opening(s, cue.start) in g.words["text.otherwise"]:
            # the other branch of the sentence before: "Mad: ja tak, hvis der er noget
            # vegetarisk? Ellers springer jeg over."
            s = doc.sentence_of(s - 1)[0]
        if any(s <= c.start < cue.start for c in cues["away"]):
            # away in between, the whole day is declined: "Jeg havde håbet at kigge forbi til
            # maden ..., men jeg er blevet sat på et kursus, så det bliver desværre et afbud"
            return False
        # (inside the phrase, only for the meal of its own sentence: not "I'd have loved to stay
        # for dinner. Sadly I'm flying ..., so I'll have to give this one a miss")
        # Its object may be left out altogether, when the meal alone is named before it: "Så
        # spiser jeg gerne med – ellers springer jeg over".
        # (nor a pronoun of the whole: "..., but I can't make any of it", "så jeg når ikke noget af det")
        inside = (any(t.text in g.pronouns() for t in doc.tokens[cue.start + 1:cue.end])
                  or _object_left_out(doc, g, cue)) \
            and {x.what for x in anchors if s <= x.start < a} == {"dinner"} \
            and g.words["intent.whole_of_it"].isdisjoint(doc.texts[cue.start:cue.end])
        if s > 0 and not about_the_meal(s, a):
            s = doc.sentence_of(s - 1)[0]  # the meal in the sentence before: "Suppe: ja. Hmm, nej, ..."
        # (a workshop given up with it is pointed back to as well: "Jeg havde tænkt mig at vælge
        # workshop 2 og spise med, men jeg er blevet sygemeldt. Så det bliver uden mig denne gang")
        named = {x.what for x in anchors + given_up if s <= x.start < a}
        # (the pronoun may open the phrase itself: "..., så det må blive en anden gang"; or the
        # meal is the sentence's subject, nothing turning from it: "Maden efter mødet, som ...,
        # bliver desværre uden mig")
        subject = doc.sentence_of(a)[0]
        opens = any(x.start == subject and x.what == "dinner" for x in anchors) \
            and not any(t.text in contrasts for t in doc.tokens[subject:cue.start])
        # (or after it, as its object: "Jeg skal dog hjem inden maden, så regn ikke med mig til den")
        # (or right after it: "Thanks ... for the offer of food, but I think I'll pass on that one")
        after = doc.texts[cue.end:cue.end + 2]
        object_after = (len(after) == 2 and after[0] in g.words["intent.declined_objects"] and after[1] in g.pronouns()) \
            or (bool(after) and after[0] in g.words["intent.pointed_objects"])
        return inside or (named == {"dinner"} and (
            opens or object_after or any(t.text in g.pronouns() for t in doc.tokens[a:cue.start + 1])))

    def workshop_put_off(a: int, cue: Cue) -> bool:
        """What is put off to another time is a workshop named alone before it and pointed
        back to: "Bæredygtighed er selvfølgelig også spændende, men det må blive en anden gang"
        (another workshop is chosen elsewhere, the meeting is not declined)."""
        if doc.texts[cue.end - 1] not in g.words["intent.put_off_ends"]:
            return False
        s, e = doc.sentence_of(a)
        # (one wished for and given up is put off too, when another is chosen elsewhere:
        # "Jeg vælger Lokalområdet. Bæredygtighed havde også været spændende, men det må blive
        # en anden gang"; not alone: "Jeg havde ellers valgt 2, men det må blive en anden gang")
        chosen_elsewhere = any(x.what == "workshop" and not s <= x.start < e for x in anchors)
        named = {x.what for x in anchors + (given_up if chosen_elsewhere else []) if s <= x.start < a}
        return named == {"workshop"} and (chosen_elsewhere or not any(s <= x.start < a for x in given_up)) \
            and any(t.text in g.pronouns() for t in doc.tokens[a:cue.start + 1])

    def in_the_reason(i: int) -> bool:
        """After a decline in its sentence, with no turn between: "Må desværre melde afbud til
        tirsdag d 20, min søn skal opereres den dag og jeg skal selvf være med"."""
        s = doc.sentence_of(i)[0]
        ends = [c.end for c in cues["decline"] if s <= c.start < i and usable(c)] + [
            e for e in refused if s <= e <= i]  # "kan desværre ikke komme den dag, fordi ..."
        return any(not any(t.text in contrasts for t in doc.tokens[e:i]) for e in ends)

    def granted(i: int, n: int) -> bool:
        """Negation n stands in a concessive clause opening after token i, whose verb is no
        verb of coming ("although I can't make it" still refuses)."""
        k = next((j for j in range(i, n) if doc.texts[j] in g.words["intent.granting"]), None)
        if k is None:
            return False
        e = doc.clause_of(n)[1]
        return not any(doc.texts[j] in g.words["intent.modals"] or doc.texts[j].endswith("n't")
                       or doc.texts[j] == "cannot" for j in range(k, e)) \
            and not any(k < c.start < e for c in cues["attend"])

    late_topics, leave = g.words["intent.permission_topics"], g.words["intent.asking_leave"]
    likely = g.words["polarity.likely"]
    # (to the meeting, or to the meal after it: "Men jeg kigger gerne forbi og spiser med
    # bagefter – hvis det er i orden?")
    eating = g.union("dinner.eat_verbs", "dinner.stay_verbs")
    asked_to_join = [c.start for c in cues["attend"]] + [
        x.start for x in anchors if x.what == "dinner" and doc.texts[x.start] in eating]
    # (not a hope gone by, before the question: "I had been hoping to join the partnerships
    # discussion ... - perhaps you could send me a short summary afterwards?")
    hoped = g.words["intent.hoped_before"]
    # (nor a thing that comes: "Kommer der et referat?")
    things_come = {c.start for c in cues["attend"] if there_comes(c)}
    intent.asks_to_join = next((doc.quote(*doc.clause_of(i)) for i in sorted(asked_to_join) if doc.asks(i)
                                and i not in things_come
                                and not hoped.intersection(doc.texts[slice(*doc.clause_of(i))])), None)
    intent.group_before = next((doc.quote(*doc.sentence_of(c.start)) for c in cues["group_before"]), None)
    intent.removes_another = _removes_another(doc, g)
    for cue in cues["attend"] + cues["later_contact"]:
        a, b = doc.clause_of(cue.start)
        if doc.tokens[cue.start].clause in timed and usable(cue) and not someone_else(a, cue.start):
            intent.later_only = intent.later_only or doc.quote(a, b)
        if cue.kind == "later_contact":
            continue
        if doc.tokens[cue.start].clause in declined_clauses or someone_else(a, cue.start) or there_comes(cue) \
                or in_the_reason(cue.start) or _a_place(doc, cue) or relative(a, cue.start) \
                or doc.tokens[cue.start].clause in timed \
                or doc.opening(a, cue.start) in because:
            continue  # "cancel my registration"; "I'm in Aarhus"; "..., da jeg deltager i et møde i KL"
        if not usable(cue):
            # asking whether it is still possible asks about lateness, which is the
            # coordinator's, not a condition of coming: "Er det for sent at komme med?", "Må jeg
            # stadig komme? Nr 1 + mad"
            # (nor is a question that asks no leave: "Skal vi forberede noget inden, eller kommer
            # vi bare, som vi er?")
            # (nor is coming denied in the condition, what is done if one cannot come: "Hvis jeg
            # ikke kan nå det alligevel, melder jeg afbud i god tid")
            asked_of = doc.tokens[slice(*doc.sentence_of(cue.start))]
            if not (doc.asks(cue.start) and (any(t.text in late_topics for t in asked_of)
                                             or not any(t.text in leave for t in asked_of))) \
                    and not any(a <= n.start < cue.end for n in polarity["negation"]):
                intent.conditional = True
            continue
        s, e = doc.sentence_of(cue.start)
        asked_at = max((k for k in range(a, cue.start) if doc.texts[k] in whether), default=None)
        embedded = asked_at is not None  # "om jeg kan komme"
        if embedded and someone_else(asked_at + 1, cue.start):
            continue  # another's coming asked about: "I'll let you know closer to the date if she's coming"
        # (a likely no is a no, said politely: "I'm afraid I probably won't be able to make it",
        # "Jeg kan sandsynligvis ikke komme"; "nok ikke" stays a doubt: its negation is the
        # phrase's, none of `negations`)
        doubted = [d for d in doubts if not (doc.texts[d.start] in likely and any(
            0 <= n.start - d.end <= _LIKELY_REACH for n in negations))]
        if any(a <= d.start < b for d in doubted) or (embedded and any(s <= d.start < e for d in doubted)):
            # "Jeg kommer muligvis 10 min. for sent": in doubt about the time, not about coming;
            # nor a doubt told of before and turned from: "Jeg skrev ..., at jeg nok ikke kunne
            # komme, men mit andet møde er blevet aflyst – så nu kommer jeg alligevel!"
            # (nor another's doubtful part: "og måske kunne Kvickly være med som partner")
            if not about_something(a, b) and not _late(doc, g, cues, a, b) \
                    and not _said_before(doc, g, a, b) and not someone_else(a, cue.start) \
                    and not _named_inside(doc, g, a, cue.start) and not _doubt_of_the_meal_before(doc, g, anchors, s, e):
                doubt(s, e)
            continue
        if embedded:
            continue
        # "min tilmelding: Ahmed kan alligevel ikke deltage" negates Ahmed's coming; a negation
        # granted in passing is no refusal: "I hope it's OK that I join even though I'm not on
        # your list", "... at jeg kommer, selvom jeg ikke står på listen"
        # (nor one a colon closes before the coming: "Jeg skriver lige nu, så jeg ikke glemmer
        # det: Jeg kommer")
        negated = [n for n in negations if a <= n.start < b and not someone_else(cue.end, n.start)
                   and not granted(cue.end, n.start) and ":" not in doc.texts[n.end:cue.start]]
        if not negated:
            negated = neither_before(a, cue)
        if negated and thought(a, negated[0].start):
            continue  # "I thought I couldn't make it, but ..."
        if negated and _said_before(doc, g, a, b):
            continue  # "Jeg sagde ellers til Ole i går, at jeg ikke kunne komme, men ..."
        if negated and (doc.opening(a, cue.start) in g.words["text.conditional"]
                        or (_inverted_condition(doc, g, a, b) and b < e)):
            continue  # a condition, not a refusal: "..., og vi mangler en fjerde mand, hvis jeg ikke kommer"
        if negated and doc.opening(a, cue.start, g.words["text.coordinators"]) in g.words["intent.other_events"]:
            continue  # another event refused: "og frokostmødet d. 8. kan jeg heller ikke nå"
        if negated and _of_the_workshops(doc, g, a, negated[0].start):
            continue  # which of them: "jeg har slettet de to vinkler, jeg ikke skal være med i"
        if negated and _a_workshop_refused(doc, g, negated[0].end, b, anchors):
            # taking part in no workshop, not refusing to come: "I'd rather not take part in a
            # workshop at all this time. I'll come for the opening presentations"
            intent.no_workshop = intent.no_workshop or doc.quote(a, b)
            continue
        if negated:
            # coming is refused unless the clause names what it refuses instead: a workshop
            # (one given up too), or the meal other than as the second half of "hverken ... eller"
            refuses_coming = (meal_after_nor(a, b, negated[0]) or _meeting_and_meal(doc, g, negated[0], anchors)) \
                if about_something(a, b) else not any(a <= x.start < b for x in given_up)
            # (not a part of the programme missed: "I won't be able to make the first half hour")
            # (nor under the meal as the sentence's topic: "Regarding the meal after the meeting,
            # I will not participate")
            if refuses_coming and not _part_missed(doc, g, cues, a, b) and not of_the_meal(a, cue) \
                    and not under_a_meal_heading(doc, g, cue.start):
                decline(a, b)
                refused.append(cue.end)
            continue
        # (a negation before it, though it speaks of what follows, refuses this coming: "I'll be
        # abroad on 20 June, so I won't make it to the sustainability session or the dinner";
        # nor is coming to the meal refused a word of coming: "Jeg kommer alligevel ikke til
        # maden – og faktisk heller ikke til mødet")
        if _said_before(doc, g, a, b) or _plan_given_up(doc, g, cues, anchors, cue):
            continue  # told before and turned from: "In my mail last week I said I would come, but ..."
        if intent.attending is None and not any(a <= n.start < cue.start for n in polarity["negation"]) \
                and not any(cue.end <= n.start < b and _the_meal(nearest(doc, n.start, n.end, anchors))
                            for n in polarity["negation"]):
            intent.attending, intent.attending_at = doc.quote(a, b), a
    # not a change refused: "et tilsyn samme dag, og det kan jeg ikke flytte"
    unsaid = g.words["polarity.negation"]
    intent.changing = any(usable(c) and not any(
        t.text in unsaid for t in doc.tokens[max(doc.clause_of(c.start)[0], c.start - _NEGATION_REACH):c.start])
        for c in cues["change"])
    past, hedges = g.words["intent.past"], g.words["polarity.hedges"]
    reasons = g.union("text.because", "text.reason_openers")
    for cue in cues["away"] + _in_another_town(doc, g, cues["being_in"], on_the_day, bool(given_up)):
        a, b = doc.clause_of(cue.start)
        s, e = doc.sentence_of(cue.start)
        if usable(cue) and any(s <= d.start < e and (d.start > cue.start or doc.texts[d.start] not in hedges)
                               for d in doubts) and not someone_else(a, cue.start) \
                and not _doubt_of_the_meal_before(doc, g, anchors, s, e):
            # the clash itself in doubt: "vi har bestyrelsesmøde samme aften, og jeg ved endnu
            # ikke, om det bliver flyttet", or its doubt the reason: "Jeg er i tvivl om, hvorvidt
            # jeg kan nå det – vi har mundtlige eksaminer hele den uge"
            doubt(s, e)
            continue
        if a > s and doc.opening(a, b) in reasons and about_the_meal(*doc.clause_of(a - 1)):
            # the reason for the answer about the meal before it: "Jeg kan ikke blive til maden,
            # for vi har forældremøde samme aften kl. 19"
            continue
        if doc.texts[s] in whether and about_the_meal(*doc.clause_of(s)):
            # in a sentence opened by whether one eats: "Om jeg spiser med, afhænger helt af
            # menuen: ..., er det quinoa, har jeg pludselig en anden aftale"
            continue
        if any(a <= c.start < b for c in cues["until"]) and any(
                s <= c.start < e and not a <= c.start < b for c in cues["attend"]):
            # busy until a time of day, coming all the same: late ("Jeg kommer gerne, men jeg
            # sidder i et andet møde til kl. 17, så jeg er der først ca. 17.20")
            continue
        if usable(cue) and intent.away is None and not _told_as_past(doc, g, a, b) \
                and not someone_else(a, cue.start):
            intent.away, intent.away_at = doc.quote(a, b), a
            # turning from coming, not from the meal: "Maden havde været dejlig, men jeg har en
            # anden aftale kl. 19" leaves coming alone (a workshop wished for turns from coming:
            # "Bæredygtighed havde været lige mig, og maden lyder også dejlig – men jeg er
            # desværre på kursus")
            opening = doc.opening(a, cue.start)
            s = doc.sentence_of(a)[0]
            # (or after what came before is struck out in a sentence before it: "Yes please – workshop
            # 3 and I'll stay for dinner. Actually, scratch that. ... I'm on a course in Odense that
            # whole week")
            intent.away_turns = opening in g.words["text.contrasts"] and (
                any(s <= x.start < a and x.what == "workshop" for x in anchors + given_up)
                or any(s <= c.start < a for c in cues["attend"])) \
                or _turns_from_coming(doc, g, cues, cue, anchors, doc.tokens[cue.start].clause in on_the_day) \
                or any(recants(doc, g, ss, se) and any(x.start < ss for x in anchors)
                       for ss, se in doc.sentences[:doc.tokens[a].sent]) \
                or (strikes_out(doc, g, *doc.sentence_of(a)) and any(x.start < s for x in anchors))
    for cue in cues["decline"]:
        a, b = doc.clause_of(cue.start)
        if someone_else(a, cue.start) or thought(a, cue.start) or _makes_room(doc, cues, cue):
            continue
        if doc.tokens[cue.start].clause in later:
            continue  # a later meeting refused: "I won't be able to make the follow-up meeting in the autumn"
        if on_a_condition(doc, g, cues, cue):
            continue
        s, e = doc.sentence_of(cue.start)
        if doc.opening(a, cue.start) in g.words["text.otherwise"] \
                and not about_the_meal(doc.sentences[max(0, doc.tokens[s].sent - 1)][0], e):
            # the other branch of a condition of coming, which leaves the coming in doubt, no
            # decline: "Jeg kommer gerne, hvis der stadig er plads på Partnerskaber – ellers
            # springer jeg over denne gang" (not of the meal: "Laver I noget uden gluten? Så
            # spiser jeg gerne med – ellers springer jeg over")
            doubt(s, e)
            continue
        skipping = doc.texts[cue.start] in g.words["intent.skipping"]
        if skipping and _a_workshop_refused(doc, g, a, b, anchors):
            # skipping the workshops, not the meeting: "Workshoppen står jeg over – jeg kommer
            # til oplæggene ..., og så bliver jeg til maden" (not a wish given up: "I would
            # have loved the partnerships workshop, but ...")
            intent.no_workshop = intent.no_workshop or doc.quote(a, b)
            continue
        if skipping and _skips_a_workshop_named(doc, g, cue, anchors + given_up):
            # "Jeg var med i en lignende workshop om lokalområdet sidste år, så denne gang
            # springer jeg den over og tager nummer 2 i stedet"
            continue
        if usable(cue) and any(a <= d.start < cue.start for d in doubts):
            # "Jeg bliver måske nødt til at melde fra": not yet
            doubt(*doc.sentence_of(cue.start))
            continue
        if any(t.text in g.words["intent.programme_parts"] for t in doc.tokens[a:b]) \
                or any(a <= c.start < b for c in cues["late_phrases"]):
            # late, not away: "så oplægget springer jeg desværre over", "Jeg er desværre
            # forhindret den første halve time, men kommer kl. 17"
            continue
        workshops_here = any(a <= x.start < b and x.what == "workshop" for x in anchors)
        # "springer maden over" declines the meal only; "aflyse min deltagelse i workshop 2
        # og spisningen", "cancel my place in workshop 2" decline coming, unless another
        # workshop is chosen in its place ("cancel workshop 1 and put me on 3 instead"); so
        # does a wish for one given up: "Jeg ville gerne have deltaget i workshop 2 og spist
        # med, men ..."
        given_up_here = any(a <= x.start < b and x.what == "workshop" for x in given_up)
        # or the workshop by its noun beside the meal: "take me off the list (workshop and
        # dinner)" (not refused in pairs, see _workshops_refused_with_the_meal)
        both_parts = not skipping and any(
            doc.texts[k] in g.words["workshop.markers"] for k in range(a, b)) and not any(
            doc.texts[k] in g.words["polarity.neither"] for k in range(a, b))
        paired = _meeting_and_meal(doc, g, cue, anchors)
        if not usable(cue) or (about_the_meal(a, b) and not workshops_here and not given_up_here and not both_parts
                                and not any(a <= c.start < b for c in cues["attend"]) and not paired) \
                or (under_a_meal_heading(doc, g, cue.start) and not workshop_in_heading(cue.start)) \
                or turned_from_the_meal(a, b, cue) \
                or meal_pointed_back(a, cue) or workshop_put_off(a, cue) or regrets_the_meal(cue, b) \
                or (at_the_meal(b) and not workshops_here):
            continue  # "Mht. maden: ... så jeg står over denne gang" skips the meal
        # "Jeg tilmelder mig workshop 2 og takker nej til maden": the meal right after it
        # (not when the meeting is refused with it: "Jeg kan hverken nå mødet eller spisningen")
        target = nearest(doc, cue.start, cue.end, anchors)
        if target is not None and target.what == "dinner" and 0 <= target.start - cue.end <= _MEAL_REACH \
                and not paired:
            continue
        if workshops_here and (intent.changing or not _one_workshop(anchors)):
            continue
        s = doc.sentence_of(cue.start)[0]
        if doc.texts[s] == "[" and any(s < x.start < cue.start and x.what == "workshop" for x in anchors + given_up):
            # turned down under its heading in our mail (see quotes._pointing_at_heading):
            # "[Vinkel 1: Lokalområdet] Spændende, men ikke mig denne gang."
            continue
        if given_up_here and any(x.what == "workshop" and x.start >= b for x in anchors):
            # the place given up for another chosen after it: "Jeg må desværre aflyse min
            # tilmelding til workshop 3 – men ... vil i stedet gerne være med i Bæredygtighed"
            continue
        decline(a, b)
    if intent.declining is None:
        # "Hanne Lind kan desværre ikke alligevel": hers, not the sender's
        mine = [n for n in negations if not someone_else(doc.clause_of(n.start)[0], n.start)]
        found = _bare_no(doc, g, mine, anchors, blocked, usable)
        # (not one pointing back at a workshop given up before it: "Jeg havde først tænkt på
        # workshop 1, men det kan jeg ikke – jeg tager 2"; nor one of the workshop put first:
        # "Jeg kan desværre først komme kl. 18, så workshoppen når jeg ikke")
        if found is not None and _a_workshop_refused(doc, g, *found, anchors):
            intent.no_workshop = intent.no_workshop or doc.quote(*found)
        elif found is not None and not _refuses_what_was_given_up(doc, g, found, given_up) \
                and not _part_missed(doc, g, cues, *found):  # "resten af programmet når jeg ikke"
            decline(*found)
        elif found is None:
            found = _concluded_no(doc, g, polarity["no"], anchors)
            if found is not None:
                decline(*found)
    # "Desværre nej – jeg er i Bangalore den uge", last: the no of a reply that also declines
    # in words ("Nej desværre – jeg er blevet sygemeldt, så jeg kan slet ikke komme") is read
    # there, and one in a sentence with the meal is the meal's
    for cue in cues["regretful_no"] if intent.declining is None else ():
        a, b = doc.clause_of(cue.start)
        if usable(cue) and not someone_else(a, cue.start) and not about_the_meal(*doc.sentence_of(cue.start)) \
                and not under_a_meal_heading(doc, g, cue.start):
            decline(a, b)
            break
    # a decline undone further on: "Jeg meldte afbud i sidste uge, ... men kurset er blevet
    # aflyst – så nu kan jeg alligevel godt komme"
    no = g.words["polarity.negation"]
    for cue in cues["attend"] + _coming_unsaid(doc, g, cues) if intent.declining_at is not None else ():
        a, b = doc.clause_of(cue.start)
        words = doc.tokens[a:b]
        joked = doc.opening(*doc.sentence_of(a)) in g.words["intent.jokes"]
        # (or taken back by a no opening a sentence in between: "Jeg kan desværre ikke komme.
        # Nej vent – det er jo tirsdag ... Jeg kommer!")
        # (or a second thought opening one: "… ved nærmere eftertanke flytter jeg bare det møde")
        taken_back = any(intent.declining_at < ss <= a and recants(doc, g, ss, se) for ss, se in doc.sentences) \
            or any(intent.declining_at < c.start <= a and doc.opening(doc.sentence_of(c.start)[0], c.start) is None
                   for c in cues["second_thoughts"])
        if a > intent.declining_at and usable(cue) and not someone_else(a, cue.start) \
                and doc.tokens[cue.start].clause not in timed \
                and (joked or taken_back or any(a <= c.start < b for c in cues["after_all"])) \
                and not any(t.text in no for t in words):
            intent.declining = intent.declining_at = None
            intent.attending, intent.attending_at = doc.quote(a, b), a
            break
    # ... or by a pro-form right after it: "Jeg kan desværre ikke komme… eller jo, det kan jeg
    # faktisk godt", "I can't come... actually, yes I can"
    again = _said_again_by_a_pro_form(doc, g, intent.declining_at) if intent.declining_at is not None else None
    if again is not None:
        intent.declining = intent.declining_at = None
        intent.attending, intent.attending_at = doc.quote(*again), again[0]
    # a decline set against this time by a turn in its sentence, another time's: "Jeg kunne
    # desværre ikke komme sidst, men denne gang er jeg med", "I couldn't make it in April, but
    # this time I'm in"
    if intent.declining_at is not None:
        a, b = doc.clause_of(intent.declining_at)
        e = doc.sentence_of(a)[1]
        now = next((c.start for c in cues["now"] if b <= c.start < e
                    and doc.opening(*doc.clause_of(c.start)) in g.words["text.contrasts"]), None)
        if now is not None and any(now <= c.start < e and usable(c) for c in cues["attend"]):
            intent.declining = intent.declining_at = None
            intent.attending, intent.attending_at = doc.quote(*doc.clause_of(now)), doc.clause_of(now)[0]
    # a decline told of the past, then a choice or coming in a later sentence: "Jeg meldte
    # afbud tidligere, men kurset er blevet aflyst, så nu er jeg fri den dag. Jeg vil gerne i
    # workshop 2."
    if intent.declining_at is not None and (any(
            t.text in past for t in doc.tokens[slice(*doc.clause_of(intent.declining_at))])
            or (intent.declined and _nearly_sent(doc, g, cues["abandoned"], intent.declined[0]))):
        end = doc.sentence_of(intent.declining_at)[1]
        # (not of a later meeting: "Held og lykke med mødet – jeg håber, jeg kan være med næste gang")
        coming = [x.start for x in anchors if x.start >= end and x.what == "workshop"] + [
            c.start for c in cues["attend"] if c.start >= end and usable(c)
            and not someone_else(doc.clause_of(c.start)[0], c.start)
            and not any(t.text in no for t in doc.tokens[slice(*doc.clause_of(c.start))])]
        coming = [i for i in coming if doc.tokens[i].clause not in timed]
        if coming:
            a, b = doc.clause_of(min(coming))
            intent.declining = intent.declining_at = None
            intent.attending, intent.attending_at = doc.quote(a, b), a
    # "Suppen giver jeg dig endelig besked om", "Jeg spiser med, hvis jeg kan nå det"
    # leave the meal open, not coming: a deferral in a sentence about the meal alone (or
    # in a clause about it) belongs to the meal
    def about_the_meal_alone(c: Cue) -> bool:
        for a, b in (doc.clause_of(c.start), doc.sentence_of(c.start)):
            if about_the_meal(a, b):  # "foreløbigt på workshop 2 med spisning" is about both
                return not any(a <= x.start < b and x.what == "workshop" for x in anchors)
        # (or naming nothing, right after a sentence that leaves the meal alone open: "About the
        # dinner I can not promise you now ... I will write you again when I know.")
        s, e = doc.sentence_of(c.start)
        if s == 0 or any(s <= x.start < e for x in anchors + cues["attend"]):
            return False
        ps, pe = doc.sentence_of(s - 1)
        return about_the_meal(ps, pe) and not any(ps <= x.start < pe and x.what == "workshop" for x in anchors) \
            and any(ps <= u.start < pe for u in polarity["undecided"])

    def only_the_time(c: Cue) -> bool:
        """Not promising to be on time, then coming all the same: "Jeg kan ikke love, at jeg er
        der præcis kl. 16.30, men jeg regner med at komme"."""
        e = doc.sentence_of(c.start)[1]
        turn = next((k for k in range(c.end, e) if doc.texts[k] in contrasts), None)
        return turn is not None and _late(doc, g, cues, c.end, turn) \
            and any(turn < x.start < e for x in cues["attend"])

    which = g.words["polarity.undecided_topics"]

    def which_workshop(c: Cue) -> bool:
        """What is chosen, not whether one comes: "Which angle I take depends on whether my
        colleague joins ... I'll confirm once I know" (not "Hvilken workshop jeg tager, afhænger
        af, om jeg overhovedet kan komme")."""
        def opens_with_which(s: int, e: int) -> bool:
            return doc.opening(s, e) in which and not any(s <= x.start < e for x in cues["attend"])

        s, e = doc.sentence_of(c.start)
        if opens_with_which(s, e):
            return True
        return s > 0 and not any(s <= x.start < e for x in anchors + cues["attend"]) \
            and opens_with_which(*doc.sentence_of(s - 1))

    # (not the meal's answer held back: "Inden jeg svarer på maden: bliver der serveret noget uden svinekød?")
    intent.held_back = any(not about_the_meal_alone(c) for c in cues["presignup"])
    # (a heading of the answer itself puts nothing off: "Endeligt svar: workshop 1")
    deferral = next((c for c in cues["deferrals"] if not doc.asks(c.start) and not about_the_meal_alone(c)
                     and not only_the_time(c) and not which_workshop(c)
                     and not (c.end < len(doc.texts) and doc.texts[c.end] == ":")), None)
    if deferral is not None:
        doubt(*doc.sentence_of(deferral.start))
    if intent.declining or (intent.doubtful_at is not None and _settled_by_a_turn(
            doc, g, cues, polarity, intent.doubtful_at, usable)):
        intent.doubtful = intent.doubtful_at = None
    intent.cancelling = any(usable(c) for c in cues["cancel"])
    only = _meal_only(doc, g)
    # said of coming ("Jeg kommer derfor kun til maden"), not of eating ("spiser bare brødet")
    if only is not None and not doc.asks(only) and any(
            doc.tokens[c.start].clause == doc.tokens[only].clause for c in cues["attend"]):
        intent.meal_only = doc.quote(*doc.clause_of(only))
    wished = _meal_after_the_meeting_itself(doc, g, polarity, anchors)
    if wished is not None:
        intent.meal_only = doc.quote(*doc.sentence_of(wished))
    with_the_meal = _workshops_refused_with_the_meal(doc, g, anchors, polarity)
    if with_the_meal is not None:
        intent.no_workshop = intent.no_workshop or doc.quote(*doc.clause_of(with_the_meal))
    return intent


_NEGATION_REACH = 3  # words between a negation and the verb it negates: "kan jeg ikke flytte"
_LIKELY_REACH = 1  # tokens between "probably"/"nok" and the negation it softens: "nok desværre ikke"
_MEAL_REACH = 2  # words between a decline and the meal it declines: "takker nej til maden"


_REMOVED_REACH = 3  # words from a verb of removing to the person it removes: "slette min kollega Bo"


def _removes_another(doc: Doc, g: Grammar) -> str | None:
    """The clause asking us to take somebody else off the list: "Men så skal du desværre strege
    Bo igen", "Please remove my colleague Bo" (not the sender: "slet mig"), which a person
    must do by hand."""
    people = g.union("party.others", "party.first_names")
    own = g.union("party.sender_words", "party.me")
    for i in doc.indices_of(g.words["intent.removal_verbs"]):
        e = doc.clause_of(i)[1]
        said = [t.text for t in doc.tokens[i + 1:e] if t.kind == "w"][:_REMOVED_REACH]
        if said and said[0] not in own and not people.isdisjoint(said):
            return doc.quote(*doc.clause_of(i))
    return None


def _told_as_past(doc: Doc, g: Grammar, a: int, b: int) -> bool:
    """Tokens a to b tell of a time gone by ("Jeg har været på kursus", "I was away last week"),
    not of a result now ("I've been put on the evening rota on the 20th")."""
    past, passive = g.words["intent.past"], g.words["intent.passive_participles"]
    return any(doc.texts[k] in past and not (k + 1 < b and doc.texts[k + 1] in passive) for k in range(a, b))


def _turns_from_coming(doc: Doc, g: Grammar, cues: Cues, away: Cue, anchors: list[Anchor], all_day: bool) -> bool:
    """The clash opens a sentence of its own with a turn or a regret, right after a sentence
    that comes or names a workshop, and names nothing else: "I'd love to join. Unfortunately I'm
    already booked that afternoon", "... the partnerships angle is right up our street.
    Unfortunately I'm at a conference in Aarhus that whole week" (not "..., so I can't stay for
    dinner", which turns from the meal); or in a later clause of a sentence a regret opens:
    "Ærgerligt, at det lige blev den uge, hvor jeg er på kursus i Vejle", or in a clause before
    it: "That makes it all the more annoying that I'll be in Aarhus ...". Away on our day
    (`all_day`) turns from the meal praised before it too: "... og suppen frister. Desværre er
    jeg i Odense den dag"."""
    s, e = doc.sentence_of(away.start)
    sent = doc.tokens[s].sent
    opening = doc.opening(s, away.start)
    # (the regret may come later in the clauses before it: "That makes it all the more annoying
    # that I'll be in Aarhus ... the whole day on the 20th")
    regretted = not g.words["dinner.regret"].isdisjoint(doc.texts[s:away.start])
    start = doc.clause_of(away.start)[0]
    named = [x for x in anchors if s <= x.start < start]
    if named and not any(start <= x.start < e for x in anchors):
        # (or in the sentence that names the workshop, a regret between: "Workshop 2 and the
        # dinner both sound great, which makes it all the more annoying that I'll be in Aarhus")
        return not g.words["dinner.regret"].isdisjoint(doc.texts[max(x.end for x in named):away.start]) \
            and any(x.what == "workshop" or all_day for x in named)
    if sent == 0 or any(s <= x.start < e for x in anchors) \
            or (opening not in g.words["text.contrasts"] and not regretted) or (start != s and not regretted):
        return False
    a, b = doc.sentences[sent - 1]
    return any(a <= c.start < b for c in cues["attend"]) or any(
        a <= x.start < b and (x.what == "workshop" or all_day) for x in anchors)


def _settled_by_a_turn(doc: Doc, g: Grammar, cues: Cues, polarity: Cues, at: int,
                       usable: Callable[[Cue], bool]) -> bool:
    """A doubt about coming that a "men"/"but" later in its sentence, or opening the next one,
    turns from to a plain sign-up: "Jeg kan ikke love 100 %, for jeg har et retsmøde ... Men
    skriv mig op til lokalområdet", "Jeg kan ikke love, at jeg har de store idéer med, men jeg
    kommer gerne!" (not to one in doubt or on a condition itself: "..., men jeg prøver at komme")."""
    sent = doc.tokens[at].sent
    e = doc.sentences[sent][1]
    contrasts = g.words["text.contrasts"]
    turns = [k for k in range(at, e) if doc.texts[k] in contrasts]
    if sent + 1 < len(doc.sentences):
        k = doc.first_word(*doc.sentences[sent + 1])
        if k < len(doc.texts) and doc.texts[k] in contrasts:
            turns.append(k)
    held = g.union("text.conditional", "polarity.negation", "polarity.hedges")
    doubts = polarity["undecided"] + cues["deferrals"]
    for k in turns:
        for c in cues["attend"]:
            b = doc.clause_of(c.start)[1]
            if k <= c.start and doc.tokens[k].sent == doc.tokens[c.start].sent and usable(c) \
                    and not any(t.text in held for t in doc.tokens[k:b]) \
                    and not any(k <= d.start < b for d in doubts):
                return True
    return False


def on_a_condition(doc: Doc, g: Grammar, cues: Cues, cue: Cue) -> bool:
    """A decline said only on a condition, opening its clause or right after it: "Jeg giver
    dig besked, hvis jeg bliver nødt til at melde fra", "... – så melder jeg fra, hvis ryggen
    ikke vil", "så melder jeg fra hvis det bliver nødvendigt" (not one of politeness: "Jeg
    melder afbud, hvis det er ok")."""
    a, b = doc.clause_of(cue.start)
    if _opens_with_a_condition(doc, g, cues, a, b):
        return True
    before = doc.clause_before(a)
    if before is not None and _inverted_condition(doc, g, *before) \
            and not any(before[0] <= c.start < before[1] for c in cues["kept_away"]):
        # "Er det sandwich, springer jeg nok over" (not what kept one away: "Had it not been for
        # our theme day, I would have come")
        return True
    k = doc.tokens[cue.start].clause + 1
    if k == len(doc.clauses) or doc.tokens[doc.clauses[k][0]].sent != doc.tokens[a].sent:
        x, y = cue.end, b  # (or right after it, no comma between)
    else:
        x, y = doc.clauses[k] if doc.first_word(cue.end, b) == b else (cue.end, b)
    return _opens_with_a_condition(doc, g, cues, x, y) and not any(x <= c.start < y for c in cues["permission"])


def _inverted_condition(doc: Doc, g: Grammar, a: int, b: int) -> bool:
    """Clause [a, b), no question, opens with a verb and its subject, as a condition may in
    Danish: "Er det sandwich, ...", "Bliver der serveret varm mad, ...", perhaps after a "så":
    "..., så skulle det blive nødvendigt, melder jeg fra"."""
    said = [t.text for t in doc.tokens[a:b] if t.kind != "p"]
    if said and said[0] in g.words["text.consequences"]:
        said = said[1:]
    return not doc.asks(a) and len(said) >= 2 and said[0] in g.words["text.inverted_verbs"] \
        and said[1] in g.words["text.inverted_subjects"]


def _opens_with_a_condition(doc: Doc, g: Grammar, cues: Cues, a: int, b: int) -> bool:
    """Clause [a, b) opens with a condition, a word or a phrase: "hvis ...", "– i så fald
    melder jeg afbud", "in that case I'll cancel"."""
    first = doc.first_word(a, b)
    if first + 1 < b and doc.texts[first + 1] in g.words["text.wish_openers"]:
        return False  # a wish: "if only I could!"
    return first < b and (doc.texts[first] in g.words["text.conditional"]
                                  or any(c.start == first for c in cues["conditional"]))


def _one_workshop(anchors: list[Anchor]) -> bool:
    return len({x.ref.id for x in anchors if x.what == "workshop"}) == 1


def _conditional_sentences(doc: Doc, g: Grammar, cues: Cues, asking_first: bool, named: set[int]) -> set[int]:
    """Sentences opening with a condition. A condition on being let in is none ("hvis der
    stadig er plads" is a phrase of its own), nor is a workshop being full unless a decline
    follows (see text.if_full), nor is "Hvis ikke" answering a question about
    it ("Is it too late to sign up? If not, I'd like to join workshop 2"); but after
    questions asked first (`asking_first`), even "hvis det kan lade sig gøre" waits for
    their answer (is there a lift? then I come). `named`: where workshops are named."""
    out, let_in = set(), set()
    topics, hopes = g.words["intent.permission_topics"], g.words["intent.hopes"]
    workshops = g.words["workshop.markers"]  # room in one workshop: it may be full
    # (or after a question of something else answered first: "Er der handicapparkering ved Nyvej 23?
    # Hvis det kan lade sig gøre, vil jeg gerne være med i Bæredygtighed")
    lets_in = cues["permission"] if asking_first else [c for c in cues["permission"] if _answers_a_question(doc, g, c)]
    polite = [(c.start, c.end) for c in cues["permission"] + cues["if_full"]]
    for cue in cues["conditional"] + cues["permission_answers"] + cues["presignup"] + lets_in:
        a, _ = doc.sentence_of(cue.start)
        # (or after a topic and its colon: "Angående vinklen: Hvis Bæredygtighed mest handler om ...")
        a = next((k + 1 for k in range(cue.start - 1, a - 1, -1) if doc.texts[k] == ":"), a)
        if cue.start - a >= _MAX_CONDITION_START and not _fronted(doc, g, cue) \
                and not (cue.kind == "conditional" and _coming_on_it(doc, g, cue, polite, named)):
            continue
        out.add(doc.tokens[cue.start].sent)
        # (the question may stand a sentence further back: "... er det for sent at melde sig
        # til? Har først lige set din mail. Hvis ikke vil jeg gerne ...")
        k = doc.tokens[cue.start].sent
        for s, e in doc.sentences[max(0, k - _ANSWERED_BACK):k] if cue.kind == "permission_answers" else ():
            asked = {t.text for t in doc.tokens[s:e]}
            # asked, or hoped: "I hope it is still possible to join. If so, ..."
            if (doc.asks(e - 1) or asked & hopes) and asked & topics and not asked & workshops:
                let_in.add(k)
    out -= let_in
    if any(not doc.asks(c.start) for c in cues["all_on_a_condition"]):
        out |= set(range(len(doc.sentences)))  # "PS: Det hele gælder kun, hvis ..."
    # a workshop being full is the condition of a decline only: "Hvis den er fyldt, melder jeg fra igen"
    declined = {doc.tokens[c.start].sent for c in cues["decline"]}
    out |= {doc.tokens[c.start].sent for c in cues["if_full"]} & declined
    # the other branch, the sentence after one: "Hvis jeg må tage ham med, kommer jeg og tager
    # workshop 3. Ellers må jeg desværre sige nej tak denne gang."
    otherwise = g.words["text.otherwise"]
    return out | {k + 1 for k in out if k + 1 < len(doc.sentences)
                  and doc.opening(*doc.sentences[k + 1]) in otherwise}


def _coming_on_it(doc: Doc, g: Grammar, cue: Cue, polite: list[tuple[int, int]], named: set[int]) -> bool:
    """The condition follows the words of the sender's coming in their sentence: "Jeg kommer,
    hvis jeg kan få en afløser", "I'll come if my meeting ends on time" (not one of politeness
    or of room, "Jeg kommer gerne, hvis det er ok", "..., hvis den ikke er fyldt"; nor one that
    names the workshop it asks leave for: "Jeg kommer gerne, hvis jeg må tage Partnerskaber")."""
    k = doc.tokens[cue.start].clause
    a, b = doc.clauses[k]
    if any(x <= cue.start < y or cue.start <= x < b for x, y in polite) or any(cue.start < i < b for i in named):
        return False
    if doc.first_word(a, b) == cue.start:
        before = doc.clause_before(a)
        if before is None:
            return False
        a = before[0]
    # (the sender's coming itself, not another's sign-up, "så hun kan tilmelde sig, hvis hun har
    # mulighed", nor taking part in something else: "vi vil gerne være med, hvis der skal laves
    # noget med brød")
    coming = [j for j in range(a, cue.start) if doc.texts[j] in g.words["intent.coming_verbs"]]
    # (nor initials that spell the word: "Vi kommer 2 fra Albertslund IF")
    senders = g.union("party.first_person", "party.sender_words")
    return bool(coming) and any(t.text in senders for t in doc.tokens[a:coming[0]]) \
        and not any(t.text in g.words["intent.counterfactual"] for t in doc.tokens[a:coming[0]]) \
        and not doc.quote(cue.start, cue.end).isupper()


def _answers_a_question(doc: Doc, g: Grammar, cue: Cue) -> bool:
    """The condition opens the sentence right after a question that is not of being let in:
    "Er der handicapparkering? Hvis det kan lade sig gøre, vil jeg gerne være med" (not "Er det
    for sent? Hvis det kan lade sig gøre, ...")."""
    s = doc.sentence_of(cue.start)[0]
    k = doc.tokens[s].sent
    coordinators = g.words["text.coordinators"]
    if k == 0 or not all(t.kind == "p" or t.text in coordinators for t in doc.tokens[s:cue.start]):
        return False
    ps, pe = doc.sentences[k - 1]
    return doc.asks(pe - 1) and not g.words["intent.permission_topics"].intersection(doc.texts[ps:pe])


_ANSWERED_BACK = 2  # sentences from a question of being let in to "Hvis ikke ..."
_ANTECEDENT = 4  # words before a relative clause that may name whom it is about: "min chef, Jørgen Lind, som ..."


def _fronted(doc: Doc, g: Grammar, cue: Cue) -> bool:
    """A condition opening a clause inside its sentence, its main clause after it with the
    verb first: "Jeg har bedt om at få min vagt byttet, og hvis den bliver byttet, kommer
    jeg og tager workshop 1"."""
    k = doc.tokens[cue.start].clause
    a, b = doc.clauses[k]
    if doc.opening(a, b, g.words["text.coordinators"]) != doc.texts[cue.start] or k + 1 == len(doc.clauses):
        return False
    x, y = doc.clauses[k + 1]
    verbs = g.union("intent.attend", "workshop.choice", "text.helping_verbs")
    return doc.tokens[x].sent == doc.tokens[a].sent and doc.opening(x, y) in verbs


# tokens between the meeting and the meal it is paired with: "mødet og heller ikke i spisningen",
# "mødet den 20. juni og dermed også spisningen"
_PAIR_GAP = 8


def _meeting_and_meal(doc: Doc, g: Grammar, negation: Cue, anchors: list[Anchor]) -> bool:
    """The negation (or decline) refuses the meeting and the meal paired after it, not the
    meal alone: "Jeg kan ikke deltage i mødet eller spisningen", "I can't make the meeting or
    the dinner" (not "Jeg kan ikke blive efter mødet til maden")."""
    b = doc.clause_of(negation.start)[1]
    # (the meal may be in the decline's own words: "hverken mødet eller maden kan lade sig gøre")
    meal = next((x for x in anchors if x.what == "dinner" and negation.start < x.start < b), None)
    if meal is None:
        return False
    meetings, joins = g.words["text.meeting_endings"], g.union("text.coordinators", "polarity.nor")
    # (only a date and little words between: not "efter mødet, da jeg skal hjem og lave mad")
    fillers = g.union("text.coordinators", "polarity.nor", "polarity.negation", "intent.pair_fillers",
                      "numbers.months", "numbers.date_words")
    # (the meeting may be the decline's own word: "Nej tak til både mødet og maden")
    for k in range(negation.start, meal.start):
        between = doc.tokens[k + 1:meal.start]
        # ("one" ends a meeting's name only after a word of it: "the next one")
        if doc.texts[k] in meetings and doc.texts[k] != "one" and len(between) <= _PAIR_GAP \
                and any(t.text in joins for t in between) \
                and all(t.text in fillers or t.kind == "n" or t.text == "." for t in between):
            return True
    return False


def _in_another_town(doc: Doc, g: Grammar, being_in: list[Cue], on_the_day: set[int], wished: bool) -> list[Cue]:
    """Being in a town named by its capital in a clause of our day, with regret in the
    sentence or opening the next, or a workshop only wished for (`wished`), which keeps the
    sender away as the family's phrases do: "Unfortunately I'll be in Aarhus for our annual
    board meeting on the 20th", "Desværre er jeg i Aarhus den 20.", "Tirsdag den 20. juni er jeg
    i Aarhus hele dagen ... Det er synd, for ...", "I'll be in Malmö that day ... Partnerships
    would have been my pick"."""
    regret = g.words["dinner.regret"]
    tokens = doc.tokens

    def regretted(i: int) -> bool:
        s, e = doc.sentence_of(i)
        return bool(regret.intersection(doc.texts[s:e])) or (
            e < len(tokens) and bool(regret.intersection(doc.texts[slice(*doc.clause_of(e))])))

    return [Cue("away", c.start, c.end + 1) for c in being_in
            if c.end < len(tokens) and tokens[c.end].cap and tokens[c.end].kind == "w" and not tokens[c.end].nl
            and tokens[c.start].clause in on_the_day and (wished or regretted(c.start))]


def next_meeting(doc: Doc, g: Grammar) -> set[int]:
    """The clauses that speak of a later meeting: "næste netværksmøde", "the next meeting"."""
    return {doc.tokens[i].clause for i in next_meeting_words(doc, g)}


def next_meeting_words(doc: Doc, g: Grammar) -> list[int]:
    """Where a later meeting is named by its noun: "næste netværksmøde", "the next network meeting"
    (not the sender's own next appointment: "Mit næste møde er først kl. 20")."""
    endings = tuple(g.words["text.meeting_endings"])
    tokens = doc.tokens
    mine = g.words["party.own_possessives"]
    return [i for i in doc.indices_of(g.words["text.next_words"])
            if not (i > 0 and tokens[i - 1].text in mine)
            and ((i + 1 < len(tokens) and tokens[i + 1].text.endswith(endings))
                 or (i + 2 < len(tokens) and tokens[i + 1].kind == "w" and tokens[i + 2].text.endswith(endings)))]


def _said_before(doc: Doc, g: Grammar, a: int, b: int) -> bool:
    """The clause [a, b) reports what the sender said before, in the past, and a "men"
    turns from it: opened by "at" after "jeg sagde"/"skrev" in its sentence, with its verb
    moved back ("Jeg skrev i sidste uge, at jeg ikke kunne komme, men ..."; not "Jeg skrev
    jo, at jeg ikke kan komme", nor "..., at jeg ikke kunne komme, og det gælder stadig")."""
    said, me = g.words["intent.said"], g.words["party.first_person"]
    # (English may leave the "that" out: "In my mail last week I said I would come, but ...")
    k = next((j for j in range(a, b - 1) if doc.texts[j] in said and doc.texts[j + 1] in me), None)
    if k is not None and k > a:
        a, b = k + 1, b
    elif a == 0 or doc.opening(a, b) not in g.words["dinner.reported"]:
        return False
    if not any(t.text in g.words["intent.past_modals"] for t in doc.tokens[a:b]):
        return False
    s, e = doc.sentence_of(a)
    before = doc.tokens[s:a]
    if not (says_i(g, before) and any(t.text in said for t in before)):
        return False
    # the turn in a later clause of the sentence, or opening the next one: "... kunne komme.
    # Men nu ..."
    last = doc.tokens[e].clause if e < len(doc.tokens) else len(doc.clauses) - 1
    return doc.opens_with(doc.tokens[a].clause + 1, last, g.words["text.contrasts"])


def _plan_given_up(doc: Doc, g: Grammar, cues: Cues, anchors: list[Anchor], cue: Cue) -> bool:
    """The coming at `cue` was a plan, and a "men" later in its sentence or opening the next turns
    from it, keeping nothing of it: "Jeg havde egentlig tænkt mig at komme, men min chef har bedt
    mig tage til Aarhus den dag" (not "..., men kun til workshoppen", nor "..., men nu kommer jeg
    alligevel")."""
    a = doc.clause_of(cue.start)[0]
    if not any(a <= c.start < cue.start for c in cues["plans_given_up"]):
        return False
    e = doc.sentence_of(cue.start)[1]
    last = doc.tokens[e].clause if e < len(doc.tokens) else len(doc.clauses) - 1
    turn = next((k for k in range(doc.tokens[cue.start].clause + 1, last + 1)
                 if doc.opening(*doc.clauses[k]) in g.words["text.contrasts"]), None)
    if turn is None:
        return False
    t, u = doc.clauses[turn]
    return not any(t <= x.start < u for x in anchors) and not any(t <= c.start < u for c in cues["attend"])


_PURPOSE_REACH = 1  # words between "for at kunne" and the coming it is for: "for at kunne nå at være med"


def _makes_room(doc: Doc, cues: Cues, cue: Cue) -> bool:
    """The decline at `cue` is of something else, made to come to ours, in its sentence:
    "Jeg har meldt afbud til et styregruppemøde samme eftermiddag for at kunne være med"."""
    e = doc.sentence_of(cue.start)[1]
    return any(cue.end <= p.start < e and 0 <= c.start - p.end <= _PURPOSE_REACH
               for p in cues["in_order_to"] for c in cues["attend"])


def _of_the_workshops(doc: Doc, g: Grammar, a: int, n: int) -> bool:
    """The negation at token n, in the clause from token a, says which workshops, its
    relative word left out after the noun: "de to vinkler, jeg ikke skal være med i", "the
    angles I won't be joining"."""
    markers = g.words["workshop.markers"]
    k = a - 1 if a > 0 and doc.texts[a - 1] == "," else a
    # (no relative clause opens with a turn: "I was quite tempted by the partnerships workshop,
    # but I've decided not to come this time")
    if 0 < k and doc.texts[k - 1] in markers and doc.tokens[k - 1].sent == doc.tokens[a].sent \
            and doc.opening(a, n) not in g.words["text.contrasts"]:
        return True
    return n > 1 and doc.texts[n - 2] in markers and doc.texts[n - 1] in g.words["party.first_person"]


def _a_workshop_refused(doc: Doc, g: Grammar, a: int, b: int, anchors: list[Anchor]) -> bool:
    """Tokens [a, b) after a negation name a workshop by its noun alone, none by its number
    or name, and not the meal with it: "ikke deltage i nogen workshop", "not take part in a
    workshop" (not "I can neither join a workshop nor stay for the soup", which declines; nor
    one pointed back to, which is that one: "Partnerskaber ..., så den vinkel springer jeg over")."""
    markers, pointers = g.words["workshop.markers"], g.words["workshop.pointers"]
    return any(doc.texts[k] in markers and not (k > a and doc.texts[k - 1] in pointers) for k in range(a, b)) \
        and not any(a <= x.start < b for x in anchors)


def _workshops_refused_with_the_meal(doc: Doc, g: Grammar, anchors: list[Anchor], polarity: Cues) -> int | None:
    """Where the sender refuses the workshops by their noun with the meal, in the halves of a
    negated pair ("Jeg kan kun være der til 17.15, så jeg når hverken workshop eller
    spisning") or missed together ("so I would miss the workshops and the food"), whether
    or not coming is refused too."""
    words = g.words
    neither, nor, markers = words["polarity.neither"], words["polarity.nor"], words["workshop.markers"]
    for k in doc.indices_of(neither):
        e = doc.clause_of(k)[1]
        j = next((j for j in range(k + 2, e) if doc.texts[j] in nor), None)
        if j is not None and any(doc.texts[x] in markers for x in range(k + 1, j)) \
                and not any(k < x.start < j for x in anchors) \
                and any(j < x.start < e and x.what == "dinner" for x in anchors):
            return k
    for cue in polarity["refusals"]:
        a, e = doc.clause_of(cue.start)
        if any(a <= n.start < cue.start for n in polarity["negation"]):
            continue  # "I wouldn't miss the workshops or the food"
        if any(doc.texts[x] in markers for x in range(cue.end, e)) \
                and not any(cue.end <= x.start < e and x.what == "workshop" for x in anchors) \
                and any(cue.end <= x.start < e and x.what == "dinner" for x in anchors):
            return cue.start
    return None


def _object_left_out(doc: Doc, g: Grammar, cue: Cue) -> bool:
    """A skipping verb with nothing skipped between it and its particle but its subject:
    "springer jeg over", "springer over"."""
    return doc.texts[cue.start] in g.words["intent.skipping"] and all(
        t.text in g.words["text.joined_pronouns"] for t in doc.tokens[cue.start + 1:cue.end - 1])


def _skips_a_workshop_named(doc: Doc, g: Grammar, cue: Cue, anchors: list[Anchor]) -> bool:
    """The skipping verb's object points back ("springer jeg den over", "så den springer jeg
    over") to a workshop named before it in its sentence, by its name or its noun, and no
    meal is named between."""
    a = doc.clause_of(cue.start)[0]
    if not any(t.text in g.pronouns() for t in doc.tokens[a:cue.end]):
        return False
    s = doc.sentence_of(cue.start)[0]
    named = [x for x in anchors if s <= x.start < cue.start]
    return not any(x.what == "dinner" for x in named) and (
        any(x.what == "workshop" for x in named)
        or any(t.text in g.words["workshop.markers"] for t in doc.tokens[s:cue.start]))


def _meal_only(doc: Doc, g: Grammar) -> int | None:
    """Where the sender says they come for the meal alone: "kun til maden", "for the soup
    only", "just for dinner" (not "ikke kun maden", "not just the food")."""
    only, links, meals = g.words["intent.meal_only"], g.words["intent.meal_only_links"], g.words["dinner.nouns"]
    negations = g.words["polarity.negation"]
    tokens = doc.tokens
    for i in doc.indices_of(only):
        if i > 0 and tokens[i - 1].text in negations:
            continue
        j = i + 1
        while j < len(tokens) and tokens[j].text in links:
            j += 1
        if j < len(tokens) and tokens[j].text in meals and j + 1 < len(tokens) and j == i + 1 \
                and tokens[j + 1].text == ":":
            continue  # a topic taken in turn: "Først maden: ja tak, jeg bliver og spiser. Så workshoppen: ..."
        if (j < len(tokens) and tokens[j].text in meals) or (i > 0 and tokens[i - 1].text in meals):
            return i
    return None


def _meal_after_the_meeting_itself(doc: Doc, g: Grammar, polarity: Cues, anchors: list[Anchor]) -> int | None:
    """The meal named after "the meeting itself" is refused, not refused in its own clause:
    "I won't make the meeting itself or any of the workshops. If it's alright with you,
    though, I'd love to drop by for the dinner afterwards"."""
    refusing = polarity["negation"] + polarity["refusals"] + polarity["no"]
    endings = tuple(g.words["text.meeting_endings"])
    for k in doc.indices_of(g.words["intent.itself"]):
        a, b = doc.clause_of(k)
        # (of the meeting: "selve mødet", "the meeting itself"; not "selve forretningsmodellen")
        if any(0 <= j < len(doc.tokens) and doc.texts[j].endswith(endings) for j in (k - 1, k + 1)) \
                and any(a <= c.start < b for c in refusing):
            meal = next((x.start for x in anchors if x.what == "dinner" and x.start >= b), None)
            if meal is not None and not any(doc.tokens[c.start].clause == doc.tokens[meal].clause for c in refusing):
                return meal
    return None


def _a_place(doc: Doc, cue: Cue) -> bool:
    """"I'm in Aarhus that week": "in" before a proper name is a place, not "count me in"."""
    tokens = doc.tokens
    return tokens[cue.end - 1].text == "in" and cue.end < len(tokens) and tokens[cue.end].cap \
        and tokens[cue.end].kind == "w"


def _the_meal(anchor: Anchor | None) -> bool:
    return anchor is not None and anchor.what == "dinner"


def _part_missed(doc: Doc, g: Grammar, cues: Cues, a: int, b: int) -> bool:
    """Tokens a to b miss a part of the programme, late or leaving early: "I won't be able to
    make the first half hour", "resten af programmet når jeg ikke"."""
    return _late(doc, g, cues, a, b) or any(t.text in g.words["intent.programme_parts"] for t in doc.tokens[a:b])


def _late(doc: Doc, g: Grammar, cues: Cues, a: int, b: int) -> bool:
    late = g.words["intent.late"]
    # (not the moment of sending before a colon: "Update before I hit send: I can't come")
    sending = [c.start for c in cues["sending"] if a <= c.start < b]
    a = max([a] + [k + 1 for k in range(a, b) if doc.texts[k] == ":" and any(x < k for x in sending)])
    return any(t.text in late for t in doc.tokens[a:b]) or any(a <= c.start < b for c in cues["late_phrases"])


def _bare_no(doc: Doc, g: Grammar, negations: list[Cue], anchors: list[Anchor], blocked: set[int],
             usable) -> tuple[int, int] | None:
    """"Kan desværre ikke d. 20.": a modal and a negation with nothing after it but filler,
    or then the reason ("kan ikke d 20/6 har forældremøde", written without a comma); a
    negated want of time or means ("Har desværre ikke tid.", "I don't have the time"); or a
    no opening the sentence, then such a negation ("Nej, desværre ikke den dag", "nope ik den dag")."""
    modals = g.union("intent.modals", "intent.negated_modals")
    works_out, heads = g.words["intent.works_out"], g.union("intent.modals", "intent.negated_modals", "intent.works_out")
    means, before_means = g.words["intent.means"], g.words["intent.means_before"]
    having = g.words["intent.means_had"]
    # what may stand between a modal and its negation besides filler: "Det kan jeg jo desværre ikke"
    between = g.union("party.first_person", "polarity.anaphora", "text.particles")
    anaphora = g.words["polarity.anaphora"]
    # (the day named with its weekday: "Jeg kan desværre ikke tirsdag den 20.")
    filler = g.union("text.filler", "numbers.date_words", "numbers.months", "numbers.weekdays", "intent.when")
    dates = g.words["numbers.date_words"]
    reasons, conditions = g.words["intent.reason_openers"], g.words["text.conditional"]
    tokens = doc.tokens
    noes, believed, turns = g.words["polarity.no"], g.words["intent.believed"], g.words["text.contrasts"]
    senders, coordinators = g.words["party.me"], g.words["text.coordinators"]
    for cue in negations:
        if not usable(cue):
            continue
        a, b = doc.clause_of(cue.start)
        s = doc.sentence_of(cue.start)[0]
        thought = next((k for k in range(s, cue.start) if tokens[k].text in believed), None)
        if thought is not None and not any(tokens[k].text in turns for k in range(thought, cue.start)):
            continue  # what was believed: "Jeg troede først, det var mandag ..., og der kan jeg ikke"
        if any(a <= x.start < b for x in anchors):
            continue
        # (or, its subject left out after an "og", by its object: "Jeg vil gerne spise med jer,
        # men jeg har vagt fra kl. 19 og når det desværre ikke")
        verb_first = doc.opening(a, b, coordinators) in heads and doc.opening(a, b) in coordinators \
            and any(t.text in anaphora for t in tokens[a:cue.start])
        if (doc.opening(a, b) in anaphora or verb_first or elliptical(doc, g, a, b) is False) \
                and _meal_alone_before(doc, anchors, a):
            # pointing back at the meal named last: "PS: Jeg spiser med. PPS: ... – det når jeg
            # alligevel ikke", "I'll stay for dinner. Actually, scratch that, I won't."
            continue
        opening = tokens[doc.sentence_of(cue.start)[0]:cue.start]
        said_no = any(t.text in noes for t in opening) and all(
            t.kind == "p" or t.text in noes or t.text in filler for t in opening)
        after = next((j for j in range(cue.end, b) if tokens[j].text not in before_means), b)
        # (had, or no more said: not given, "Den giver ikke overskud, men den giver struktur" of a shop)
        lacking = after < b and tokens[after].text in means and (
            any(tokens[k].text in having for k in range(a, after))
            or all(t.kind != "w" or t.text in filler for t in tokens[a:cue.start]))
        # (or fronted, had before the negation: "Lyst har jeg – tid har jeg desværre ikke")
        first = next((k for k in range(a, cue.start) if tokens[k].kind == "w" and tokens[k].text not in coordinators
                      and tokens[k].text not in turns), None)
        fronted = first is not None and tokens[first].text in means \
            and any(tokens[k].text in having for k in range(first + 1, cue.start))
        it_works = any(t.text in works_out for t in tokens[a:cue.end]) \
            and any(t.text in anaphora for t in tokens[a:cue.end])
        # (the subject denied, its modal after it: "men ingen af os kan alligevel d. 20.")
        end = cue.end + 1 if tokens[cue.start].text in g.words["intent.denied_subjects"] and cue.end < b \
            and tokens[cue.end].text in modals else cue.end
        if not said_no and not lacking and not fronted and not it_works \
                and not any(t.text in modals for t in tokens[a:end]):
            continue
        if any(t.text in conditions for t in tokens[a:cue.start]) \
                or (_inverted_condition(doc, g, a, b) and b < doc.sentence_of(a)[1]):
            continue  # a condition: "..., så hvis der kan findes noget uden, ville det være super", "Kan jeg ikke nå det, ..."
        modal = next((k for k in range(end - 1, a - 1, -1) if tokens[k].text in heads), None)
        if not said_no and not lacking and not fronted and modal is not None and any(
                t.text not in filler and t.text not in between for t in tokens[modal + 1:cue.start]):
            continue  # the negation not the modal's: "I can bring an overview of the models that worked (and the ones that didn't)"
        # (up to a reason, or a colon that opens one: "Desværre kan jeg ikke: jeg er til møde")
        rest = itertools.takewhile(lambda j: tokens[j].text not in reasons and tokens[j].text != ":",
                                   range(after + 1 if lacking else end, b))
        if it_works:
            # (for the sender alone: "går det desværre ikke for mig", not "for min kollega Jonas")
            rest = (j for j in range(cue.end, b) if tokens[j].text not in reasons and tokens[j].text not in senders)
        # (a day written without its full stop is a date too: "kan desværre ikke den 20 for ...")
        if all(tokens[j].kind == "p" or tokens[j].text in filler or (j in blocked and not it_works)
               or (tokens[j].kind == "n" and tokens[j - 1].text in dates) for j in rest):
            return a, b
    return None


def _doubt_of_the_meal_before(doc: Doc, g: Grammar, anchors: list[Anchor], s: int, e: int) -> bool:
    """The doubt of sentence [s, e), which names nothing and comes by staying or pointing back,
    not by coming, is of the meal the sentence before answers alone: "Mad: ja tak. Nej
    forresten, jeg ved ikke om jeg når det", "Spisning: ja tak. Nej vent – jeg er faktisk ikke
    sikker på, at jeg kan blive"."""
    if s == 0 or any(s <= x.start < e for x in anchors):
        return False
    said = set(doc.texts[s:e])
    if said & g.words["intent.coming_verbs"] or not said & (g.pronouns() | g.words["dinner.stay_verbs"]):
        return False
    ps, pe = doc.sentence_of(s - 1)
    return {x.what for x in anchors if ps <= x.start < pe} == {"dinner"}


def _meal_alone_before(doc: Doc, anchors: list[Anchor], a: int) -> bool:
    """What the sentence of the last anchor before token a names is the meal alone."""
    last = max((x for x in anchors if x.start < a), key=lambda x: x.start, default=None)
    if last is None or last.what != "dinner":
        return False
    s, e = doc.sentence_of(last.start)
    return all(x.what == "dinner" for x in anchors if s <= x.start < min(e, a))


_CONCLUDED_FROM = 2  # sentences before a concluded no that must neither ask nor name the meal


def _concluded_no(doc: Doc, g: Grammar, noes: list[Cue], anchors: list[Anchor]) -> tuple[int, int] | None:
    """A no that is a sentence of its own, drawn as the conclusion of what was told before
    it: "Men min chef har lagt vores budgetseminar præcis den 20. juni. Så: nej." (not after
    a question or the meal: "Maden? Jeg skal hente børn kl. 18. Så nej."); with filler around
    it and the sender named after it, after the meal too: "Gerne! Jeg tager workshop 2 og
    spiser med… Hov, nu ser jeg datoen – ... Så desværre alligevel nej fra mig denne gang."."""
    concluding, filler, after_no = g.words["intent.concluding"], g.words["text.filler"], g.words["intent.bare_no"]
    senders = g.words["party.me"]
    for cue in noes:
        s, e = doc.sentence_of(cue.start)
        words = [t for t in doc.tokens[s:e] if t.kind != "p"]
        k = next((k for k, t in enumerate(words) if t is doc.tokens[cue.start]), None)
        if s == 0 or k is None or k == 0 or words[0].text not in concluding \
                or not all(t.text in filler for t in words[1:k]) or not all(t.text in after_no for t in words[k + 1:]):
            continue
        named = any(t.text in senders for t in words[k + 1:])  # "nej fra mig": to coming, not the meal
        if len(words) != 2 and not named:
            continue
        first = doc.sentences[max(0, doc.tokens[s].sent - _CONCLUDED_FROM)][0]
        if not any(t.text == "?" for t in doc.tokens[first:s]) \
                and (named or not any(first <= x.start < s and x.what == "dinner" for x in anchors)):
            return s, e
    return None


def _refuses_what_was_given_up(doc: Doc, g: Grammar, clause: tuple[int, int], given_up: list[Anchor]) -> bool:
    """The bare no of `clause` opens (after its "men") with a pronoun pointing back at a
    workshop given up in the clause before: "Jeg havde først tænkt på workshop 1, men det
    kan jeg ikke"."""
    a, b = clause
    before = doc.tokens[a].clause - 1
    return before >= 0 and doc.tokens[doc.clauses[before][0]].sent == doc.tokens[a].sent \
        and doc.opening(a, b, g.words["text.contrasts"]) in g.pronouns() \
        and any(doc.tokens[x.start].clause == before for x in given_up)


def _said_again_by_a_pro_form(doc: Doc, g: Grammar, declined_at: int) -> tuple[int, int] | None:
    """A decline answered back in its sentence or the next by a modal and the sender, the verb
    of coming left out, after a "jo"/"yes" or with an "alligevel": "Jeg kan desværre ikke
    komme… eller jo, det kan jeg faktisk godt", "– nej vent, det kan jeg godt alligevel", "I
    can't come... actually, yes I can". The clause, or None."""
    e = doc.sentence_of(declined_at)[1]
    end = doc.sentence_of(e)[1] if e < len(doc.tokens) else e
    pronouns, modals, me = g.pronouns(), g.words["intent.modals"], g.words["party.first_person"]
    skipped = g.union("text.particles", "text.coordinators", "text.contrasts", "dinner.contradicting_yes",
                      "polarity.yes")
    turns = g.union("dinner.contradicting_yes", "polarity.yes", "intent.after_all")
    negations = g.words["polarity.negation"]
    for a, b in doc.clauses[doc.tokens[declined_at].clause + 1:]:
        if a >= end:
            break
        words = [t.text for t in doc.tokens[a:b] if t.kind != "p"]
        if not words or negations.intersection(words):
            continue
        core = [w for w in words if w not in skipped]
        if core and core[0] in pronouns:
            core = core[1:]  # "det kan jeg"
        if len(core) == 2 and {core[0], core[1]} & modals and {core[0], core[1]} & me \
                and not turns.isdisjoint(doc.texts[declined_at:b]):
            return a, b
    return None


def _coming_unsaid(doc: Doc, g: Grammar, cues: Cues) -> list[Cue]:
    """"alligevel" closing its clause after a modal, the verb of coming left out, particles
    aside: "Personalemødet er lige blevet flyttet, så jeg kan alligevel!", "... så jeg kan
    alligevel godt!"."""
    modals, particles = g.words["intent.modals"], g.words["text.particles"]

    def closing(c: Cue) -> bool:
        k, end = c.end, doc.clause_of(c.start)[1] - 1
        while k < end and doc.texts[k] in particles:
            k += 1
        return k == end and doc.tokens[k].kind == "p"

    return [c for c in cues["after_all"] if c.start > 0 and doc.texts[c.start - 1] in modals and closing(c)]


def _nearly_sent(doc: Doc, g: Grammar, abandoned: list[Cue], declined: tuple[int, int]) -> bool:
    """The decline in `declined` is what the sender was about to write, in the same sentence
    and with no turn between: "Jeg var faktisk ved at skrive, at jeg ikke kunne komme ..."
    (not "Jeg var lige ved at skrive, at jeg kommer, men jeg kan desværre ikke")."""
    a, b = declined
    turns = g.words["text.contrasts"]
    return any(c.start < b and doc.tokens[c.start].sent == doc.tokens[a].sent
               and not any(t.text in turns for t in doc.tokens[c.end:b]) for c in abandoned)


def _taken_back(doc: Doc, cues: Cues, anchors: list[Anchor], usable, given_up: list[Anchor]) -> int | None:
    """"Jeg ville gerne være med, men kan desværre ikke": the clause saying one comes,
    taken back by a bare negation in the next one (unless that coming was to the meal); or
    a plan given up with the meal in it: "jeg havde ellers tænkt mig at tage workshop 3 og
    blive til maden, men jeg kan ikke alligevel"."""
    for c in sorted(doc.bare):
        a, b = doc.clauses[c]
        if c == 0 or doc.tokens[a - 1].sent != doc.tokens[a].sent:
            continue
        pa, pb = doc.clauses[c - 1]
        if any(pa <= x.start < pb for x in given_up) and not any(x.start >= b for x in anchors):
            return c - 1  # (not before the choice made instead: "..., men det kan jeg ikke – jeg tager 2")
        if any(pa <= x.start < pb and x.what == "dinner" for x in anchors):
            continue
        if any(pa <= cue.start < pb and usable(cue) for cue in cues["attend"]):
            return c - 1
    return None


def settle(intent: Intent, choice_made: bool, meal_answered: bool, question: bool, answering: bool,
           eats: bool = False) -> None:
    """The intent, now that the choices and questions are known; `answering`: a reply
    to our follow-up question, from somebody who has already signed up."""
    if intent.declining is None and intent.away and (
            intent.away_turns or not (intent.attending or choice_made or eats or answering)):
        intent.declining, intent.declining_at = intent.away, intent.away_at
    if intent.declining is None and intent.later_only and not (
            intent.attending or choice_made or meal_answered or eats or answering or question
            or intent.doubtful or intent.conditional):
        # a later meeting wished for and nothing said of this one: "..., nobody to swap with. I'd
        # be very glad to join the next round in the autumn"
        intent.declining = intent.later_only
    if intent.asking_first and not (choice_made or meal_answered or answering):
        # "Inden jeg tilmelder mig: ...", whatever else it says: not signed up yet, nor off
        intent.kind = "question" if question else "other"
        return
    if intent.declining:
        intent.kind = "cancel" if intent.cancelling else "decline"
        intent.reasons.append(f"not coming: '{intent.declining}'")
        return
    if intent.changing and choice_made:
        intent.kind = "change"
    elif intent.attending or choice_made or meal_answered or answering:
        intent.kind = "register"
    elif question:
        intent.kind = "question"
    if intent.attending:
        intent.reasons.append(f"coming: '{intent.attending}'")
