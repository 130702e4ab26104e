"""Who the message registers: how many people, and whether the sender is one of them.

"vi kommer to", "vi er 3", "min kollega og jeg", "Ahmed Yilmaz, Katrine Juhl og mig
selv" make a group; "på vegne af", "tilmelde vores nye medarbejder" or a choice made
by "han"/"hun"/"min kollega" register somebody else; "mens Rune hellere vil ..." says
the group does not share its choices.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Container
from dataclasses import dataclass, field

from .grammar import Cues, Grammar, grammar, said
from .language import own_words
from .numbers import counted_from, dates_a_day
from .phrases import Cue
from .scope import Anchor, in_open_bracket
from .text import Doc, Token

_SELF_OBJECTS = frozenset(("mig", "os", "me", "us", "myself", "selv"))
_ME = frozenset(("mig", "os", "me", "us"))  # the sender as object: "Min chef bad mig ..."
_MYSELF = frozenset(("mig", "me"))  # the sender alone: "så skriv mig på 2"
_NAME_SEPARATORS = frozenset((",", "og", "and", "&"))
_BOTH = frozenset(("begge", "both"))
_FOR = frozenset(("for", "til"))
# Before "2 kolleger", "2 andre": told of it ("for", "til", "to"), or not people at all
# ("de to andre er fine": the other two workshops).
_NOT_ALONG = frozenset(("for", "til", "to", "de", "the"))
_REACH = 4  # tokens between a sign-up verb and the person it signs up
_TALK_REACH = 3  # words between talking and the person talked with: "talking it over with"
_INVITED_REACH = 6  # words between a count and the invitation it counts: "vi er tre fra jobcentret, der er inviteret"
_RANGE = re.compile(r"(?<!\w)\d{1,2}-\d{1,2}(?!\w)")


@dataclass
class Party:
    size: int = 1
    group: bool = False
    someone_else: str | None = None  # the words that register another person
    others_choose: str | None = None  # a choice stated for another person
    others_at: list[tuple[int, int]] = field(default_factory=list)  # the clauses stating them
    told_at: list[tuple[int, int]] = field(default_factory=list)  # another's choice given as a reason
    differs: str | None = None  # the words that split the group ("mens min kollega ...")
    uncounted: str | None = None  # the words that leave the number open ("2-3 personer")
    here: set[int] = field(default_factory=set)  # tokens "her" meaning here: "Her er min tilmelding"
    answer_themselves: bool = False  # the others write themselves: "hun skriver selv til dig"
    may_answer_themselves: bool = False  # or may: "Min kollega kontakter dig måske"
    stands_in: bool = False  # someone_else only takes the sender's place: "my colleague may go instead"
    numbers: set[int] = field(default_factory=set)  # number tokens (digits or words) that count people
    counted_at: int = -1  # the first token of the words that counted the group
    counted_to: int = -1  # and the end of them
    roster_at: list[tuple[int, int]] = field(default_factory=list)  # lines of one person's answers each
    reasons: list[str] = field(default_factory=list)


def says_i(g: Grammar, tokens: list[Token]) -> bool:
    """The sender speaks as "jeg"/"I" in these tokens: English "I" is written so, a small
    "i" is Danish "in" ("vi vil begge være med i 2"), and a capital one beside a Danish word
    is Danish "you" ("Ingen af os kan blive, når I spiser")."""
    first = g.words["party.first_person"]
    danish = own_words(g)[0]

    def danish_beside(k: int) -> bool:
        return (k > 0 and tokens[k - 1].text in danish) or (k + 1 < len(tokens) and tokens[k + 1].text in danish)

    return any(t.text in first and (t.text != "i" or (t.cap and not danish_beside(k))) for k, t in enumerate(tokens))


def _crowd_opening(g: Grammar, words: list[Token]) -> Token | None:
    """The word for everyone else that opens a clause's words ("Everyone", "Alle andre", "De
    fleste"), whatever the sender says of them after it ("I've talked to"); None when none does."""
    crowd = g.words["party.crowd"]
    k = 0 if words and words[0].text in crowd else 1 if (
        len(words) > 1 and words[0].text in g.words["party.crowd_heads"] and words[1].text in crowd) else None
    if k is None or (len(words) > k + 2 and words[k + 2].text in g.words["party.sender_words"]):
        return None  # (not the sender's own group: "De fleste af os tager Byhaver")
    return words[k]


def addressed(doc: Doc, g: Grammar, k: int) -> bool:
    """The first name at token k names the reader, no subject: after a greeting ("Hej Pia
    kan ikke komme"), or set off by a comma at the opening of its sentence, alone or after
    one word ("Pia, kan ikke komme", "sorry Pia, kan ikke komme"); not an apposition
    ("Vores leder, Birgitte, kan ikke komme")."""
    tokens = doc.tokens
    if k > 0 and tokens[k - 1].text in g.words["text.greetings"]:
        return True
    s = doc.sentence_of(k)[0]
    # (nor one a relative clause describes: "Rikke, som jeg plejer at følges med, kan ikke den 20.")
    return k + 1 < len(tokens) and tokens[k + 1].text == "," and (k == s or (
        k == s + 1 and tokens[s].kind != "p" and tokens[s].text not in g.union("party.others", "party.third_person")
        and tokens[s].text not in g.words["party.first_names"])) \
        and not (k + 2 < len(tokens) and tokens[k + 2].text in g.words["party.describing_clauses"])


def read_party(doc: Doc, g: Grammar, cues: Cues, meeting: frozenset[int] = frozenset(),
               workshops: Container[str] = frozenset(), sender: frozenset[str] = frozenset()) -> Party:
    """Size and helpers; the choices of others are added by `others_in`. `workshops`: the
    words naming a workshop, which name no
    person ("I choose workshop 3 Partnerships and I will eat with you after"); `meeting`:
    the sentences with words of coming, choosing or the meal in them; `sender`: the words of
    the name in From."""
    party = Party()
    tokens = doc.tokens
    # "Mine to kolleger har meldt sig til 1 og 2, så jeg tager 3", "Min kollega har allerede
    # meldt sig ..., så vi er to": the others signed up on their own
    self_served = {tokens[c.start].sent for c in cues["self_service"]}
    # (those besides the sender, said to write themselves a sentence or two later: "En af mine
    # kolleger, Rasmus, har spurgt om han også må komme ... Er det ok at han kommer med? Så sender
    # han selv en tilmelding.")
    served_after = {k for c in cues["self_service"] for k in range(tokens[c.start].sent - _SELF_SERVED_BACK,
                                                                   tokens[c.start].sent + 1)}
    describing, objects = g.words["party.describing"], g.words["party.object_pronouns"]
    last_time = g.words["party.last_time"]
    talk = g.words["party.talk_verbs"]
    answering = g.words["party.answering_for"]  # (after the one asked to: "bad mig svare for os begge")
    markers = g.words["workshop.markers"] | g.words["workshop.number_markers"]
    # (and a number counting those from a place: "3 fra SSP til workshop 2")
    from_a_place = [Cue("size", i, i + 1) for i in doc.digits if counted_from(tokens, i, g.words)
                    and not (i > 0 and tokens[i - 1].text in markers)]

    def given_up(cue: Cue) -> bool:
        return any(doc.clause_of(c.start) == doc.clause_of(cue.start) for c in cues["plans_given_up"])

    for cue in cues["size"] + from_a_place + cues["extra"]:
        # "nævnt det for 3 kolleger", "forwarded it to 2 colleagues": told, not coming;
        # and none of them comes when the sender says they come alone
        served = served_after if cue.kind == "extra" else self_served
        coming = tokens[cue.start].sent not in served and (cue.kind != "extra" or not (
            cues["alone"] or cue.start > 0 and tokens[cue.start - 1].text in _NOT_ALONG))
        both = any(t.text in _BOTH for t in tokens[cue.start:cue.end])
        size = 2 if both else 0
        for i in range(cue.start, cue.end):
            value = g.number_value(tokens[i].text)
            # "both" counts two, so another number after it is no count: "vi tager begge 3"
            # (not a day: "Vi kommer 20. juni og vil begge i vinkel 2")
            if value is not None and (tokens[i].kind == "n" or tokens[i].text in g.numerals) \
                    and not (both and value != 2) and not dates_a_day(doc, g, i):
                size = value + (cue.kind == "extra")
                party.numbers.add(i)
        after = tokens[cue.end].text if cue.end < len(tokens) else ""
        # (nor the size of a body, its name after it: "Vi er 7 i bestyrelsen"; not a workshop,
        # "vi er 2 i Byhaver")
        if after in g.words["party.body_in"] and cue.end + 1 < len(tokens):
            body = tokens[cue.end + 1].text
            coming = coming and (body in g.words["party.body_in_not"] or body in workshops or body in markers)
        # (nor one of last time: "Sidst var vi 5 fra afdelingen. Denne gang kommer jeg alene")
        clause = tokens[slice(*doc.clause_of(cue.start))]
        # (nor one talked with: "Jeg skal lige snakke med en af mine kolleger, som måske også kommer")
        talked = cue.kind == "extra" and any(
            t.text in talk for t in tokens[max(doc.clause_of(cue.start)[0], cue.start - _TALK_REACH):cue.start])
        # (nor those invited: "da vi er tre fra jobcentret, der er inviteret, og vi gerne vil
        # fordele os"; not "Vi kommer tre, alle inviterede")
        invited = any(t.text in g.words["party.invited"]
                      for t in tokens[cue.end:min(cue.end + _INVITED_REACH, doc.sentence_of(cue.start)[1])]) \
            and not any(t.text in g.words["intent.coming_verbs"] for t in clause)
        # (nor one of a plan given up: "Henrik og jeg havde tænkt os at komme begge to, men Henrik
        # ... kan ikke deltage")
        coming = coming and not given_up(cue) and not any(t.text in describing or t.text in last_time for t in clause) \
            and not _set_then(doc, g, cue.start) \
            and not (cue.start > 0 and tokens[cue.start - 1].text in objects and tokens[cue.start].text not in answering) \
            and not _held(doc, g, cue) and not talked and not invited
        if coming and 2 <= size <= 50 and (both or after not in g.words["workshop.markers"]) \
                and after not in g.words["dinner.nouns"] \
                and after not in g.union("numbers.durations", "numbers.measures", "numbers.currency", "party.things") \
                and _about_coming(doc, g, cue, workshops):
            _grow(party, doc, size, cue.start, cue.end)
    # (nor one who signs up on their own, said then or in the next sentence: "Min kollega Lene
    # kommer også – hun har allerede tilmeldt sig")
    signs_up_alone = self_served | {k - 1 for k in self_served}
    for cue in cues["companions"]:
        # "snakke med min kollega", "efter en snak med min kollega", "talking it over with my colleague";
        # nor a reason: "..., as my wife and I are expected elsewhere that evening"
        c = doc.clause_of(cue.start)
        a = max(c[0], cue.start - _TALK_REACH)
        # (nor one only asked about: "..., or should I bring Søren along to translate?")
        if tokens[cue.start].sent in signs_up_alone:
            continue
        if _names_a_person(doc, g, cue.start, cue.end) and not any(t.text in talk for t in tokens[a:cue.start]) \
                and not _a_reason(doc, g, c) and _about_the_meeting(doc, cue, meeting) \
                and not doc.asks(cue.start) and not _explains_a_no(doc, g, c) and not _a_life_told(doc, g, cue):
            _grow(party, doc, 2, cue.start, cue.end)
    for cue in cues["self_in_list"]:
        names = _names_before(doc, g, cue.start, workshops)
        start = _list_start(doc, cue.start)
        # "Jeg hedder Fatima El-Idrissi og jeg arbejder ...": the sender, introduced; "Torben
        # og jeg har lavet praktikaftaler sammen i mange år": not of the meeting
        # (nor the sender's own name: "Jeg er Nour og jeg bor i Hedemarken" from Nour El-Khatib)
        # (nor one talked with: "Jeg har snakket med Birthe og jeg tager alligevel vinkel 2")
        talked = any(t.text in talk for t in tokens[max(doc.clause_of(start)[0], start - _TALK_REACH):start])
        if names and _listed_with_me(doc, g, cue) and not any(n.end == start for n in cues["naming"]) \
                and not _a_life_told(doc, g, cue) \
                and not (names == 1 and doc.tokens[start].cap and doc.texts[start] in sender) \
                and _about_the_meeting(doc, cue, meeting) and not given_up(cue) and not talked:
            _grow(party, doc, names + 1, start, cue.end)
    for i in _named_companions(doc, g, meeting):
        _grow(party, doc, 2, i - 1, i + 1)
    for a, b in _my_answer_echoed_for_another(doc, g, meeting):
        _grow(party, doc, 2, a, b)
    if party.group:
        _alone_after_all(doc, g, party, cues["alone"])
    # "Den ene af os vil gerne på Lokalområdet og den anden på Bæredygtighed"
    # (not one of something else: "så jeg er solbrændt på den ene arm og ikke på den anden")
    others = [c.start for c in cues["split_other"]]
    for cue in cues["split_one"]:
        if any(cue.end <= k and tokens[k].sent - tokens[cue.start].sent <= 1
               and {tokens[cue.start].sent, tokens[k].sent} & meeting for k in others):
            party.differs = doc.quote(*doc.sentence_of(cue.start))
            break
    # "Vi deler os nok mellem 2 og 3", "could we then split up across two workshops?" (not
    # offered on a condition: "Giv lyd, hvis I hellere vil have, at vi fordeler os på flere workshops")
    # (nor weighed and not made: "Vi overvejede at dele os ud ..., men vi vil hellere være sammen")
    conditional = g.union("text.conditional", "party.spread_weighed")
    # (nor one not yet made: "Vi har ikke nået at fordele os på workshops endnu")
    negations = g.words["polarity.negation"]
    spread = [c for c in cues["spread"] if not any(
        t.text in conditional for t in tokens[doc.sentence_of(c.start)[0]:c.start])
        and not any(t.text in negations for t in tokens[doc.clause_of(c.start)[0]:c.start])]
    if spread and not party.differs:
        party.differs = doc.quote(*doc.sentence_of(spread[0].start))
    party.here = {k for c in cues["here"] for k in range(c.start, c.end) if doc.texts[k] == "her"}
    # not when it may happen: "Hun skriver måske også selv til dig"
    hedges = g.words["party.self_service_doubts"]
    party.answer_themselves = any(not any(t.text in hedges for t in tokens[c.start:c.end]) for c in cues["self_service"])
    party.may_answer_themselves = bool(cues["self_service"])
    # (not those one has: "Count me in for angle 1 - we employ quite a few people from Hedemarken")
    uncounted = [i for i in [c.start for c in cues["uncounted"] if not _held(doc, g, c)] + _ranges_of_people(doc, g, meeting)
                 if not _describing(doc, g, i) and not _of_another_time(doc, g, i) and not tells_a_diet(doc, g, i)
                 and not _whole_group_counted(doc, g, party, i) and _of_coming(doc, g, i, workshops)]
    # (or a count on a condition, whatever the other branch says: "We'd be two ... if my
    # colleague Amal can swap her shift – otherwise it'll just be me")
    on_condition = [c.start for c in cues["size"] if _count_on_a_condition(doc, g, cues, c)]
    if on_condition or (uncounted and not cues["alone"]):  # (the sender the one of them who comes: "..., og jeg er den, der kommer")
        uncounted = on_condition or uncounted
        party.uncounted = doc.quote(*doc.clause_of(min(uncounted)))
        party.reasons.append(f"how many is unclear: '{party.uncounted}'")
    # someone in the sender's place who will write themselves: the sender only declines
    searches = g.words["party.substitute_searches"]
    # (nor one on a condition: "Skulle jeg mod forventning blive forhindret, sender jeg min
    # stedfortræder i stedet"; nor one denied: "My colleague won't be able to come in my place
    # either"; a question asks it politely: "Kan du ikke skrive Mette på i mit sted?"; nor one
    # sent to a later meeting: "Happy to send a colleague along another time")
    # (a negation before the question the substitute is in denies nothing of it: "det er endnu ikke
    # afgjort, om det bliver mig eller min kollega")
    later = {doc.tokens[c.start].clause for c in cues["future"]}
    asked = g.words["text.discussed_questions"]

    def denied(c: Cue) -> bool:
        a, b = doc.clause_of(c.start)
        a = max([a] + [k + 1 for k in range(a, c.start) if tokens[k].text in asked])
        return any(t.text in negations for t in tokens[a:b])

    substitutes = [
        c for c in cues["substitutes"]
        if not any(t.text in searches for t in tokens[doc.sentence_of(c.start)[0]:c.start])
        and doc.tokens[c.start].clause not in later and not _after_a_condition(doc, g, c.start)
        and (doc.asks(c.start) or not denied(c))]
    on_behalf = False
    for cue in cues["on_behalf"] + substitutes:
        # (the sender among them: "on behalf of myself and two colleagues", "på vegne af os tre",
        # "på vegne af Torben Lund og mig selv")
        # (nor her words that she takes what the sender takes: "Hun har bedt mig skrive, at hun tager
        # det samme som mig", a group)
        if not _for_a_body(doc, g, cue) and not _self_among(doc, g, cue) and not _the_same_as_mine(doc, cue):
            party.someone_else = doc.quote(*doc.clause_of(cue.start))
            on_behalf = on_behalf or cue.kind == "on_behalf"
    party.stands_in = party.someone_else is not None and not on_behalf
    if party.someone_else is None:
        party.someone_else = _signs_up_another(doc, g, later) or _borrowed_mailbox(doc, g) or _form_of_another(doc, g, sender) \
            or _anothers_answer(doc, g)
    if party.someone_else:
        party.reasons.append(f"registers someone else: '{party.someone_else}'")
    return party


_BODY_REACH = 4  # words after "on behalf of" before the body's noun: "the SOCENT-LAB project"


def _for_a_body(doc: Doc, g: Grammar, cue: Cue) -> bool:
    """"on behalf of the SOCENT-LAB project", "på vegne af Albertslund Kommune": speaking for
    an organisation, not for a person. Only determiners and capitalised names may stand
    between the phrase and the body's noun ("på vegne af min kollega fra afdelingen" is for
    a person)."""
    bodies = tuple(g.words["party.bodies"])
    determiners = g.words["party.determiners"]
    tokens = doc.tokens
    a, e = doc.clause_of(cue.start)
    names: list[Token] = []
    for k, tok in enumerate(tokens[cue.end:min(cue.end + _BODY_REACH, e)]):
        if tok.kind == "w" and (tok.text.endswith(bodies) or tok.text in g.words["party.whole"]):
            return True  # (or all of one: "på vegne af hele Virksomhedsservice")
        if k == 0 and tok.kind == "w" and len(tok.text) > 1 and doc.original[tok.start:tok.end].isupper():
            # an acronym right after it names a body: "på vegne af AFK Hedemarken", "on behalf of
            # UNICEF" (not a role after a possessive: "on behalf of our CEO")
            return True
        if tok.cap and tok.kind == "w":
            names.append(tok)
        elif tok.kind == "p" and names:
            break
        elif tok.text not in determiners:
            return False
    # a name that is nobody's first name, ending the phrase, after the sender's own coming:
    # "happy to join on behalf of Scanport" (not "I'm writing on behalf of Torben Lund")
    attend = g.words["intent.attend"]
    return bool(names) and not any(t.text in g.words["party.first_names"] for t in names) \
        and any(t.text in attend for t in tokens[a:cue.start])


_WITH = frozenset((("sammen", "med"), ("together", "with"), ("along", "with")))


def _a_life_told(doc: Doc, g: Grammar, cue: Cue) -> bool:
    """The sentence tells of a life since a year, no one coming: "My wife and I have lived in
    afd. 8 since 1997" (not the "siden" of a reason: "..., siden vi begge arbejder med genbrug")."""
    s, e = doc.sentence_of(cue.start)
    since = g.words["party.since"]
    return any(doc.texts[k] in since and doc.tokens[k + 1].kind == "n" for k in range(s, e - 1))


def _named_companions(doc: Doc, g: Grammar, meeting: frozenset[int]) -> list[int]:
    """"Jeg kommer, og Henrik fra Jobcentret også", "Me and Tom are both coming", "Jeg
    kommer sammen med Peter", "tager Lise med": a first name joined to the sender, in a
    sentence that speaks of coming, or says "we" in its clause among the `meeting`'s
    sentences (not "jeg har talt med Lars og Mette", "Vi har fået tre nye frivillige, og Ali
    har overtaget kælderen med gamle cykler"). Two names joined ("Lone og Karsten kommer")
    are other people, see `_named_subject`."""
    tokens = doc.tokens
    firsts = g.words["party.first_names"]
    found = []
    for i in doc.indices_of(firsts):
        tok = tokens[i]
        if not tok.cap or i == 0:
            continue
        joined = (tokens[i - 1].text in g.words["text.joiners"] and (i < 2 or tokens[i - 2].text not in firsts)) or (
            i > 1 and (tokens[i - 2].text, tokens[i - 1].text) in _WITH)
        brought = _taken_along(doc, g, i)
        if brought:
            found.append(i)
            continue
        if not joined or not _ends_a_name(doc, g, i):
            continue
        a, b = doc.sentence_of(i)
        words = {t.text for t in tokens[a:b]}
        clause = {t.text for t in tokens[slice(*doc.clause_of(i))]}
        if (words & g.words["intent.attend"] or (clause & g.words["party.plural"] and tok.sent in meeting)) \
                and not words & g.words["party.talk_verbs"]:
            found.append(i)
    return found


_ALONG_REACH = 5  # words from a name to the "med" that takes it along: "tager Louise fra vores rådgivning med"


def _taken_along(doc: Doc, g: Grammar, i: int) -> bool:
    """The first name at token i is taken along: "tager Lise med", "tager desuden Louise fra
    vores gældsrådgivning med" (a word such as "desuden" between, a few words before "med")."""
    tokens = doc.tokens
    k = i - 1
    if k > 0 and tokens[k].text in g.union("text.particles", "party.along_adverbs"):
        k -= 1
    if k < 0 or tokens[k].text not in g.words["party.take_along"]:
        return False
    e = doc.clause_of(i)[1]
    return any(tokens[j].text in g.words["party.along"] for j in range(i + 1, min(e, i + 1 + _ALONG_REACH)))


_HELD_REACH = 2  # words from a verb of having to the count: "employ quite a few people"


def _held(doc: Doc, g: Grammar, cue: Cue) -> bool:
    """A count of those one has, not brings: "Vi har 3 medarbejdere i løntilskud på værkstedet",
    "we employ quite a few people from Hedemarken" (a word of degree between; not "Jeg har 2
    kolleger med")."""
    tokens = doc.tokens
    a = max(doc.clause_of(cue.start)[0], cue.start - _HELD_REACH)
    return any(tokens[k].text in g.words["party.having"] for k in range(a, cue.start)) \
        and not any(t.text in g.words["party.brought"] for t in tokens[cue.end:doc.clause_of(cue.start)[1]])


def _about_coming(doc: Doc, g: Grammar, cue: Cue, workshops: Container[str]) -> bool:
    """A count in a sentence about coming, choosing or eating ("Vi kommer 3", "vi vil alle
    tre på workshop 2", "2 pers. – workshop 3 – 2 kuverter", a workshop by its name: "Vi vil
    begge gerne være med i Naboskab"), or standing alone ("Vi bliver 2.", "Vi er to fra
    boligkontoret", "There will be two of us."): not a count of the staff or of a project ("Vi er
    12 medarbejdere i vores vaskeri", "det ene projekt med 12 deltagere")."""
    tokens = doc.tokens
    last = tokens[cue.end - 1]
    if any(t.text in g.words["party.answering_for"] for t in tokens[cue.start:cue.end]):
        return True  # answered for all of them: "Kenan ... bad mig svare for os begge"
    if (last.kind == "n" or last.text in g.numerals or last.text in g.words["party.counted_us"]) and (
            cue.end >= len(tokens) or tokens[cue.end].kind == "p"
            or tokens[cue.end].text in g.union("party.people", "party.origin")):
        return True
    return _of_coming(doc, g, cue.start, workshops)


def _after_a_condition(doc: Doc, g: Grammar, i: int) -> bool:
    """Token i's clause follows a condition of the sender in its sentence: "If I can't make it
    after all, | I'll send my deputy instead" (and one in a question's word order, which the
    text marks); not one of something else: "Hvis det mest er for ledere, sender jeg min
    souschef i stedet"."""
    before = doc.clause_before(doc.clause_of(i)[0])
    return before is not None and doc.opening(*before) in g.words["text.conditional"] \
        and says_i(g, doc.tokens[slice(*before)])


def _count_on_a_condition(doc: Doc, g: Grammar, cues: Cues, cue: Cue) -> bool:
    """A condition follows the count in its clause or opens the next one: "We'd be two from the
    homework café if my colleague Amal can swap her shift", "Vi bliver to, hvis min kollega kan
    bytte vagt" (not one of politeness, nor after a turn: "Vi er begge mest til regnvand, men
    kunne også tage naboskab, hvis der mangler folk dér"; nor initials: "2 fra Albertslund IF")."""
    if any(t.text in _BOTH for t in doc.tokens[cue.start:cue.end]):
        return False
    k = doc.tokens[cue.start].clause
    end = doc.clauses[k + 1][1] if k + 1 < len(doc.clauses) and doc.tokens[doc.clauses[k + 1][0]].sent \
        == doc.tokens[cue.start].sent else doc.clauses[k][1]
    conditional, turns = g.words["text.conditional"], g.words["text.contrasts"]
    polite = {c.start for c in cues["permission"]}
    for j in range(cue.end, end):
        if doc.texts[j] in turns:
            return False
        if doc.texts[j] in conditional and j not in polite and not doc.quote(j, j + 1).isupper() \
                and not in_open_bracket(doc, cue.end, j):  # (an aside: "(we're in room 3B, if you need us)")
            return True
    return False


def _of_coming(doc: Doc, g: Grammar, i: int, workshops: Container[str]) -> bool:
    """Token i's sentence speaks of coming, choosing or eating, or of the meeting ("Vi er et par
    stykker fra Beboerbladet, der gerne vil være med til netværksmødet")."""
    tokens = doc.tokens
    s, e = doc.sentence_of(i)
    deeds = g.union("intent.attend", "workshop.choice", "dinner.eat_verbs", "dinner.stay_verbs")
    meals, making = g.words["dinner.nouns"], g.words["dinner.making"]
    markers = g.words["workshop.markers"]
    meetings = tuple(g.words["text.meeting_endings"])
    # (a meal made is work told of, not ours eaten: "et hold på 12 unge, der laver frokost til
    # to plejecentre")
    return any(t.text in deeds or t.text in workshops or (t.text in markers and k + 1 < e and tokens[k + 1].kind == "n")
               or (t.text in meals and not (k > s and tokens[k - 1].text in making))
               or (t.kind == "w" and t.text.endswith(meetings)) for k, t in enumerate(tokens[s:e], s))


def _a_reason(doc: Doc, g: Grammar, clause: tuple[int, int]) -> bool:
    """The clause gives a reason: it opens with "da"/"because", or goes on with "og"/"and" from
    one that does ("as I don't know Hedemarken well enough and my colleague Julie is the green
    one"), unless it or the rest of its sentence comes or counts the sender in ("..., da jeg har
    tid, og min kollega kommer også", "..., as my boss insists and my colleague and I both like
    partnerships")."""
    because, joining = g.words["text.because"], g.words["text.coordinators"]
    if doc.opening(*clause) in because:
        return True
    rest = doc.tokens[clause[0]:doc.sentence_of(clause[0])[1]]
    if any(t.text in g.union("intent.coming_verbs", "party.first_person") for t in rest):
        return False
    before = doc.clause_before(clause[0])
    while before is not None and doc.opening(*clause) in joining:
        if doc.opening(*before) in because:
            return True
        clause, before = before, doc.clause_before(before[0])
    return False


def _explains_a_no(doc: Doc, g: Grammar, clause: tuple[int, int]) -> bool:
    """The clause follows a no in its sentence with only a comma between, the reason for it
    without a "fordi": "Jeg spiser ikke med, min kone og jeg skal til fødselsdag samme aften"."""
    before = doc.clause_before(clause[0])
    if before is None:
        return False
    joined = g.union("text.coordinators", "text.contrasts", "text.because", "text.conditional")
    return doc.texts[clause[0]] == "," and doc.opening(*clause) not in joined \
        and any(t.text in g.words["polarity.negation"] for t in doc.tokens[slice(*before)])


def _about_the_meeting(doc: Doc, cue: Cue, meeting: frozenset[int]) -> bool:
    """The sentence of a companion speaks of the meeting: of coming, choosing, the meal, or
    gives a number ("Min kollega og jeg deltager begge", "Please sign me up for Byhaver, and
    my colleague Tariq for Naboskab"), not of life ("Min kone og jeg har haft et travlt forår
    med de tre børnebørn, som vi passer hver onsdag")."""
    s, e = doc.sentence_of(cue.start)
    # (or, pointing back by "the same", the sentence before: "Jeg tager vinkel 1 og spiser med. Det
    # samme gælder min kollega Tine")
    if doc.texts[cue.start] in grammar().union("party.same_articles", "party.same") and doc.tokens[s].sent - 1 in meeting:
        return True
    # (not a number owned by the word before it: "in the basement of block 7")
    owners = grammar().words["numbers.number_owners"]
    return doc.tokens[s].sent in meeting or any(
        t.kind == "n" and not (k > s and doc.texts[k - 1] in owners) for k, t in enumerate(doc.tokens[s:e], s))


def _ends_a_name(doc: Doc, g: Grammar, i: int) -> bool:
    """The name at i (and its surname) ends where a person coming would: "og Henrik fra
    Jobcentret også", "Me and Tom are both coming", "sammen med Peter." (not "..., og Mette
    sagde, at jeg også skulle tilmelde mig", where she is the subject of something else)."""
    tokens = doc.tokens
    j = i + 1
    while j < len(tokens) and tokens[j].cap and tokens[j].kind == "w" and tokens[j].text not in _plain_words(g):
        j += 1  # "Søren Kofoed"
    if j >= len(tokens) or tokens[j].kind == "p":
        return True
    helpers = g.union("text.auxiliaries", "intent.modals")
    if tokens[j].text in helpers and any(t.text in _ME for t in tokens[j + 1:j + 4]):
        return False  # "..., og Kim har bedt mig om at tilmelde mig": Kim asked, the sender comes
    return tokens[j].text in g.union("party.origin", "party.plural", "intent.attend") or tokens[j].text in helpers


def _listed_with_me(doc: Doc, g: Grammar, cue: Cue) -> bool:
    """"Hassan, Birgit og mig selv", "Peter Nielsen and I would both like ...": a first name
    before, or a verb of coming or choosing after; not "... in Hedemarken and I have done
    some interviews there", where "and I" opens a sentence of its own."""
    tokens = doc.tokens
    k = cue.start - 1
    while k >= 0 and tokens[k].cap and tokens[k].kind == "w":  # "Peter Nielsen and I"
        if tokens[k].text in g.words["party.first_names"]:
            return True
        k -= 1
    if k < cue.start - 1 and k >= 0 and tokens[k].text in g.words["party.place_prepositions"]:
        return False  # a place: "I volunteer in the homework café in Hedemarken and I would like ..."
    if tokens[cue.end - 1].text not in g.words["party.first_person"]:
        return True  # "og mig", "og mig selv": the sender is the object of the list
    nxt = tokens[cue.end].text if cue.end < len(tokens) else ""
    return nxt in g.union("intent.attend", "workshop.choice", "intent.modals", "party.plural", "party.after_self",
                          "party.origin")


def _names_a_person(doc: Doc, g: Grammar, a: int, b: int) -> bool:
    """"tager min kollega med", "sammen med min chef", "together with Anna", "hende og mig": a
    person in the words or right after them (not "tager min computer med", "bring my laptop")."""
    others, me = g.union("party.others", "party.third_person"), g.words["party.first_person"] | _SELF_OBJECTS
    # (within its sentence: "... ideas that I'd like to bring along.\n\nRegarding the food"; one
    # ending in the sender is said of the subject before it: "my colleague Tom is joining me")
    start = doc.clause_of(a)[0] if doc.tokens[b - 1].text in _SELF_OBJECTS else a
    for k in range(start, min(b + 2, doc.sentence_of(a)[1])):
        tok = doc.tokens[k]
        # (the sender alone is no companion: "I live in Hedemarken myself and help run ...")
        if tok.text in others or (k != a and tok.cap and tok.kind == "w" and tok.text not in me):
            return True
    tokens = doc.tokens  # "både mig selv og min nabo Kaj Ørum": the sender's somebody, right after
    return b + 1 < len(tokens) and tokens[b].text in g.words["party.own_possessives"] and tokens[b + 1].kind == "w"


_HEADING_MARKS = frozenset({":", "-"})  # (dashes are read as "-", see text.normalise)


def _relative_after_a_name(doc: Doc, g: Grammar, a: int, i: int) -> bool:
    """Clause [a, i) opens with a relative pronoun right after a name, and asks nothing else:
    "Jens, who has already signed up for 1" tells of Jens."""
    first = doc.first_word(a, i)
    if first >= i or doc.texts[first] not in g.words["party.cleft"] or doc.asks(first) \
            or any(t in g.words["party.asking_who"] for t in doc.texts[first + 1:i]):
        return False
    k = first - 1
    while k >= 0 and doc.tokens[k].kind == "p":
        k -= 1
    # (set off by a comma, as a name's relative clause is: not "I'll ask Jens who else wants 1")
    return k >= 0 and doc.tokens[k].cap and doc.texts[k] in g.words["party.first_names"] \
        and "," in doc.texts[k + 1:first]


def _named_subject(g: Grammar, before: list[Token], verb: list[Token], what: str,
                   introduced: frozenset[str] = frozenset()) -> Token | None:
    """"Michael Krogh fra vores afdeling deltager i workshop 3": a full name (two words with
    capitals), or two names joined by "og", before a verb of coming or choosing, in a clause
    where the sender is not the subject. One capitalised word is too often something else
    ("Hermed tilmelding", "Happy to join", "Hej Pia kan du ..."). `verb`: the verb of coming
    when it is the anchor itself, counted for joined names only (a full name in a footer is
    followed by words like "Register court"). `what`: the anchor's kind; the meal's verbs of
    eating, staying and skipping count too ("Mette springer suppen over"). `introduced`: the
    words introduced as a name before ("my colleague Samuel Okafor"), first names too."""
    # (or of preferring: "Anne og Bent er begge mest til Lokalområdet, og de sender hver især ...")
    verbs = g.union("intent.attend", "workshop.choice", "party.preferring", *(["party.meal_verbs"] if what == "dinner" else []))
    plain = _plain_words(g)

    def name_word(tok: Token) -> bool:
        return tok.kind == "w" and tok.cap and tok.text not in plain

    # one first name opening the clause: "Lars deltager i workshop 2", "Sarah will attend",
    # "Kan ikke, men Ole kommer"
    turns = g.union("text.contrasts", "text.coordinators")
    words = [t for t in before if t.kind != "p"]
    words = words[1:] if words and words[0].text in turns else words
    if len(words) > 1 and before[before.index(words[0]) + 1].text in _HEADING_MARKS:
        words = words[1:]  # after a heading: "Rettelse – Jonas har lige ... og vil hellere på Partnerskaber"
    # (after a title opening the sentence: "Viceskoleleder Mette Holm deltager i ...")
    if len(words) > 1 and name_word(words[0]) and words[0].text not in g.words["party.first_names"] \
            and words[1].text in g.words["party.first_names"]:
        words = words[1:]
    k = before.index(words[0]) if words else 0
    # (not the one spoken to: "Pia: tilmeld mig gerne", "Karen, skriv mig på 2")
    said = before + verb
    spoken_to = k + 2 < len(said) and said[k + 1].text in (":", ",") \
        and said[k + 2].text in g.words["text.imperatives"]
    # (a first name is no greeting's word before a helping verb and the workshop it heads
    # for: "Mette skal nok på Naboskab", "Mette is going to the local area one")
    heading = g.union("text.helping_verbs", "party.heading") if what == "workshop" else frozenset()
    if words and (words[0].text in g.words["party.first_names"] or words[0].text in introduced) \
            and name_word(words[0]) and not spoken_to \
            and any(t.text in verbs or t.text in heading for t in before[k + 1:] + verb):
        return words[0]
    # ... or opening the second half of a clause, after a "og"/"men": "Jeg tager 3 og Ahmed tager 1"
    for k in range(len(before) - 2):
        if before[k].text in turns and before[k + 1].text in g.words["party.first_names"] \
                and name_word(before[k + 1]) and any(t.text in verbs for t in before[k + 2:] + verb):
            return before[k + 1]
    for k in range(len(before) - 1):
        if name_word(before[k]) and name_word(before[k + 1]):
            return before[k] if any(t.text in verbs for t in before[k + 2:]) else None
        # two first names joined: "Lone og Karsten fra Kvarterløftet kommer"
        if (k + 2 < len(before) and name_word(before[k]) and before[k + 1].text in g.words["text.joiners"]
                and name_word(before[k + 2])):
            return before[k] if any(t.text in verbs for t in before[k + 3:] + verb) else None
    return None


@functools.cache
def _plain_words(g: Grammar) -> frozenset[str]:
    """Capitalised words that are no names: function words, commands, greetings, verbs."""
    return g.union("language.stopwords", "workshop.markers", "workshop.choice_after", "polarity.yes",
                   "polarity.no", "text.filler", "text.signoffs", "text.imperatives", "party.register_verbs",
                   "intent.attend", "workshop.choice")


def _ranges_of_people(doc: Doc, g: Grammar, meeting: frozenset[int]) -> list[int]:
    """"2-3 personer", "3-4 kolleger": a count that is not one number, in a sentence about
    coming or about "vi" (not the staff of an idea: "Med 3-4 medarbejdere kunne det måske
    løbe rundt")."""
    if not _RANGE.search(doc.norm):
        return []
    ranges = [w for w in doc.vocab if _RANGE.fullmatch(w)]
    people, we = g.union("party.people", "party.others"), g.words["party.plural"]
    tokens = doc.tokens
    return [i for i in doc.indices_of(frozenset(ranges)) if i + 1 < len(tokens) and tokens[i + 1].text in people
            and (tokens[i].sent in meeting or any(t.text in we for t in tokens[slice(*doc.sentence_of(i))]))]


def _describing(doc: Doc, g: Grammar, i: int) -> bool:
    """Token i is in a clause describing a place or a body of people, not coming: "Madhuset,
    hvor vi har 6-8 personer i praktik ad gangen", "..., og hvor vi har et par stykker i praktik"."""
    a, b = doc.clause_of(i)
    # (the count opening it asks, no relative word: "Hvor mange vi bliver, ved jeg først efter ...")
    first = next((k for k in range(a, b) if doc.tokens[k].kind != "p"
                  and doc.texts[k] not in g.words["text.coordinators"]), None)
    return first != i and doc.opening(a, b, g.words["text.coordinators"]) in g.words["party.describing_clauses"] \
        and not any(t.text in g.words["intent.attend"] for t in doc.tokens[a:b])


def tells_a_diet(doc: Doc, g: Grammar, i: int) -> bool:
    """Token i is in a clause telling what some people eat or not, no count of who comes:
    "tak fordi I altid husker, at nogle af os ikke spiser svinekød"."""
    return any(t in g.words["dinner.food_items"] for t in doc.texts[slice(*doc.clause_of(i))])


def _of_another_time(doc: Doc, g: Grammar, i: int) -> bool:
    """Token i is in a clause of where people have been, or were last time, or come as a
    habit: "Jeg har lige været på studietur til Aarhus med et par kolleger"."""
    told = g.union("party.last_time", "party.been")
    clause = doc.tokens[slice(*doc.clause_of(i))]
    # or of a habit: "og der kommer 12-15 stykker hver gang"
    # or said to be often so: "det er tit de samme 5-6 frivillige, der gør arbejdet"
    # (made stronger: "men han møder op hver eneste dag kl. 10")
    every, units = g.words["party.every"], g.words["party.habit_units"]
    plain = [t for t in clause if t.text not in g.words["party.every_stressed"]]
    return any(t.text in told or t.text in g.words["party.habit_adverbs"] for t in clause) \
        or any(t.text in every and u.text in units for t, u in zip(plain, plain[1:])) or _set_then(doc, g, i)


def _set_then(doc: Doc, g: Grammar, i: int) -> bool:
    """Token i is in a sentence set at another time by its opening words: "Sidste år var vi
    fem fra værkstedet afsted ..., og det endte med, at tre af os sad i workshop 1"; or in a
    clause set in a year: "Two of my colleagues did a rainwater workshop with you back in 2016"."""
    s = doc.sentence_of(i)[0]
    if any(t.text in g.words["party.last_time"] for t in doc.tokens[s:min(s + _SET_THEN, i)]):
        return True
    a, b = doc.clause_of(i)
    return any(doc.tokens[k].kind == "n" and _YEARS[0] <= int(doc.texts[k]) <= _YEARS[1]
               and doc.texts[k - 1] in g.words["party.in_a_year"] for k in range(max(a, 1), b))


_SET_THEN = 2  # words opening a sentence that may set it at another time: "Sidste år", "Last year"
_YEARS = (1950, 2099)  # a number after "i"/"in" read as a year


_CLEFT_REACH = 8  # words from "kun mig" to the coming of its cleft: ", der har mulighed for at komme"


def _alone_after_all(doc: Doc, g: Grammar, party: Party, alone: list[Cue]) -> None:
    """The group counted, then the sender alone in a later sentence: "I registered myself and
    my colleague Tom last week. Tom can't make it after all, so it will just be me" (not
    "just me and Tom", nor "only me for dinner", which the meal's reading weighs)."""
    tokens = doc.tokens
    meal = g.union("dinner.nouns", "dinner.eat_verbs")
    relatives, coming = g.words["party.cleft"], g.words["intent.attend"]
    contrasts = g.words["text.contrasts"]
    verbs = g.union("intent.modals", "text.helping_verbs")
    for cue in alone:
        a, b = doc.clause_of(cue.start)
        follows = [t.text for t in tokens[cue.end:cue.end + 3] if t.kind != "p" and t.text not in _SELF_OBJECTS][:1]
        # "Det er kun mig selv, der spiser med": a cleft about something else; "..., men det
        # er kun mig, der kan komme": about coming, and a turn from the count is enough
        cleft = any(w in relatives for w in follows)
        comes = cleft and any(t.text in coming for t in tokens[cue.end:cue.end + _CLEFT_REACH])
        # (or after a turn from the count: "Vi havde tilmeldt os to, men min kollega er blevet
        # syg, så det bliver kun mig")
        later = tokens[cue.start].sent > tokens[party.counted_at].sent or ((comes or not cleft) and any(
            t.text in contrasts for t in tokens[party.counted_at:cue.start]))
        # ("just me and Tom" adds one; "Jeg kommer selv og vil gerne være med i vinkel 1" goes on
        # to what the sender does)
        after = [t.text for t in tokens[cue.end:cue.end + 3] if t.kind != "p"][1:2]
        joined = any(w in g.words["text.joiners"] for w in follows) and not any(
            w in verbs for w in after)
        if later and not joined and (comes or not cleft) \
                and not any(t.text in meal for t in tokens[a:b]):
            uncount(party)
            party.reasons.append(f"{_COUNTED}1: '{doc.quote(*doc.clause_of(cue.start))}'")
            return


def _followed_by_my_own(doc: Doc, g: Grammar, a: int, b: int, alone: bool) -> bool:
    """The clause a..b is followed in its sentence by one drawing the sender's own choice
    from it: "Mette fra vores afdeling har taget Byhaver, så jeg tager en af de to andre",
    "..., at hun tager Lokalområdet for vores afdeling, så skriv mig hellere på 2"; or opening
    the next sentence, when the sender comes alone (`alone`): "..., og hun tager Lokalområdet for
    os. Så jeg tager Partnerskaber" (not in a group: "Vi kommer to ... Sanne ... vil hellere i
    Naboskab. Så jeg er på Regnvand og Sanne på Naboskab")."""
    k = doc.tokens[a].clause + 1
    if k >= len(doc.clauses) or doc.tokens[doc.clauses[k][0]].sent > doc.tokens[a].sent + alone:
        return False
    x, y = doc.clauses[k]
    words = [t.text for t in doc.tokens[x:y] if t.kind != "p"]
    # (asked of us: "så skriv mig", "so put me down"; not "så det er kun mig på 2'eren")
    return bool(words) and words[0] in g.words["dinner.settling"] and (
        says_i(g, doc.tokens[x:y]) or (len(words) > 2 and words[2] in _MYSELF))


def echoed_by_me(doc: Doc, g: Grammar, b: int) -> tuple[int, int] | None:
    """Another's clause, which ends at token b, is followed by a short one of the sender's
    saying the same of herself: in its sentence, or opening the next ("Hun spiser ikke med, og
    det gør jeg heller ikke", "Birgitte har meldt sig til Lokalområdet. Der vil jeg også gerne
    være med", "Sarah has signed up for Partnerships. Same here", "He'll take the local area
    workshop, and so will I"). The sender's clause, or None."""
    e = doc.sentence_of(b - 1)[1]
    end = doc.clause_of(e)[1] if e < len(doc.tokens) else e
    turns = g.union("text.coordinators", "text.contrasts")
    me = g.union("party.me", "party.echo_selves")
    echoes, pro_forms = g.words["party.echoes"], g.words["party.pro_forms"]
    k = b
    while k < end:
        a, k = doc.clause_of(k)
        said = [t for t in doc.tokens[a:k] if t.kind != "p"]
        words = [t.text for t in (said[1:] if said and said[0].text in turns else said)]
        if not words or len(words) > _ECHO_WORDS or not (says_i(g, said) or me.intersection(words)):
            continue
        # ("so will I"; or "og det gør jeg heller ikke", "Same here on both counts", with a
        # pro-form; or no more than the echo and the sender: "me too", "jeg også", not "Jeg
        # kommer også", which only comes)
        bare = all(w in echoes or w in me for w in words)
        if (len(words) == 3 and words[0] in g.words["party.echo_openers"]) or (echoes.intersection(words) and (
                bare or pro_forms.intersection(words))):
            return a, k
    return None


_ECHO_WORDS = 7  # "og det gør jeg heller ikke", "Der vil jeg også gerne være med"


def _contrasted_by_me(doc: Doc, g: Grammar, a: int, b: int) -> bool:
    """Another's clause [a, b) is followed in its sentence by a bare one of the sender's that
    says the opposite of herself: the verb left out or a pro-form, and a negation where the
    other has none or none where it has one ("Karin spiser med, det gør jeg ikke", "Tom is
    staying for dinner, I'm not", "Hun spiser ikke med, men det gør jeg")."""
    if b >= doc.sentence_of(b - 1)[1]:
        return False
    said = [t for t in doc.tokens[slice(*doc.clause_of(b))] if t.kind != "p"]
    turns = g.union("text.coordinators", "text.contrasts")
    words = [t.text for t in (said[1:] if said and said[0].text in turns else said)]
    negations = g.union("polarity.negation", "intent.negated_modals")
    bare = g.union("party.first_person", "party.me", "text.helping_verbs", "intent.modals", "party.pro_forms")
    if not words or not says_i(g, said) or not all(w in bare or w in negations for w in words):
        return False
    return any(w in negations for w in words) != any(t.text in negations for t in doc.tokens[a:b])


_COUNTED = "party "  # the reason that tells the count: "party 2: 'Vi kommer to'"


def _self_among(doc: Doc, g: Grammar, cue: Cue) -> bool:
    """The sender is among those the words after `cue` name: first ("myself and two
    colleagues") or joined to the list's end ("Torben Lund og mig selv")."""
    tokens = doc.tokens
    end = min(doc.clause_of(cue.start)[1], cue.end + _LISTED_REACH)
    if cue.end < end and tokens[cue.end].text in _SELF_OBJECTS:
        return True
    # (or counted with them: "on behalf of both of us")
    joins = g.words["text.coordinators"] | _OF
    return any(tokens[k].text in _SELF_OBJECTS and tokens[k - 1].text in joins for k in range(cue.end + 1, end))


_OF = frozenset(("of", "af"))


_SELF_SERVED_BACK = 2  # sentences before one saying they write themselves that are still of them
_BUT_FOR_REACH = 3  # words from "undtagen"/"except" to the person: "bortset fra min kollega"


def set_apart(doc: Doc, g: Grammar, cue: Cue, end: int) -> bool:
    """A person named after "undtagen"/"except" (`cue`), before token `end`: "undtagen Bente",
    "all of us except my colleague", "except me"."""
    tokens, links, determiners = doc.tokens, g.words["dinner.but_for_links"], g.words["party.determiners"]
    k = cue.end
    while k < end - 1 and k - cue.end < _BUT_FOR_REACH and (tokens[k].text in links or tokens[k].text in determiners):
        k += 1
    if k >= end:
        return False
    person = tokens[k]
    return (person.cap and person.kind == "w") or person.text in g.words["party.others"] or says_i(g, [person]) \
        or person.text in g.words["dinner.only_people"]


def _the_same_as_mine(doc: Doc, cue: Cue) -> bool:
    """The words after `cue` in its sentence say that the sender's choices are theirs too:
    "..., at hun tager det samme som mig", "... that he'll have the same as me"."""
    after = doc.texts[cue.end:doc.sentence_of(cue.start)[1]]
    return not _SELF_OBJECTS.isdisjoint(after) and said("party.writer_same").search(" ".join(after)) is not None


_LISTED_REACH = 6  # tokens of a list after "på vegne af": "Torben Lund , Ida Holm og mig"


def _whole_group_counted(doc: Doc, g: Grammar, party: Party, i: int) -> bool:
    """A whole team said to come, and counted in its sentence or the next: "Hele teamet fra
    Beboerhuset kommer – vi er fire inkl. mig selv"."""
    return party.group and any(t in g.words["party.whole"] for t in doc.texts[i:i + 2]) \
        and 0 <= doc.tokens[party.counted_at].sent - doc.tokens[i].sent <= 1


def _grow(party: Party, doc: Doc, size: int, a: int, b: int) -> None:
    if size > party.size:
        party.size = size
        party.group = True
        party.reasons = [r for r in party.reasons if not r.startswith(_COUNTED)]
        party.reasons.append(f"{_COUNTED}{size}: '{doc.quote(a, b)}'")
        party.counted_at, party.counted_to = a, b


_ECHO_CLAUSE = 5  # words of a clause saying the sender's answer again of another: "og det vil Lars Jessen også"


def _my_answer_echoed_for_another(doc: Doc, g: Grammar, meeting: frozenset[int]) -> list[tuple[int, int]]:
    """A short clause after a coordinator in the sender's sentence of the meeting, a pro-form, a
    helping verb and another person, says the same of them: "Jeg vil gerne på Partnerskaber og
    spise med, og det vil Lars Jessen (vores formand) også", "..., and so will Karen" (read past an
    aside in brackets; not "og det har Lars også anbefalet", its own verb after the echo)."""
    pro_forms, verbs, so = g.words["party.pro_forms"], g.words["text.helping_verbs"], g.words["party.echo_openers"]
    echoes, coordinators = g.words["party.echoes"], g.words["text.coordinators"]
    people, determiners = g.union("party.others", "party.third_person"), g.words["party.determiners"]
    tokens, found = doc.tokens, []
    for k in doc.indices_of(coordinators):
        if tokens[k].sent not in meeting or not says_i(g, tokens[doc.sentence_of(k)[0]:k]):
            continue
        said, j, depth = [], k + 1, 0
        while j < len(tokens) and tokens[j].sent == tokens[k].sent and len(said) <= _ECHO_CLAUSE:
            depth += (tokens[j].text == "(") - (tokens[j].text == ")")
            if tokens[j].kind == "p" and depth == 0 and tokens[j].text != ")":
                break
            if depth == 0 and tokens[j].kind == "w":
                said.append(tokens[j])
            j += 1
        if len(said) < 3 or len(said) > _ECHO_CLAUSE or said[1].text not in verbs or says_i(g, said):
            continue
        echoed = (said[0].text in pro_forms and said[-1].text in echoes) or said[0].text in so
        person = said[2:] if said[0].text in so else said[2:-1]
        if echoed and person and all(t.text in people or t.cap or t.text in determiners for t in person) \
                and any(t.text in people or t.cap for t in person):
            found.append((k, j))
    return found


def uncount(party: Party) -> None:
    """The sender comes alone after all: the count read is taken back."""
    party.size, party.group = 1, False
    party.reasons = [r for r in party.reasons if not r.startswith(_COUNTED)]


def _names_before(doc: Doc, g: Grammar, i: int, workshops: Container[str] = frozenset()) -> int:
    """How many names are listed before "og mig selv": "Ahmed Yilmaz, Katrine Juhl"."""
    tokens = doc.tokens
    months, plain = g.words["numbers.months"], _plain_words(g)
    count, in_name, j = 0, False, i - 1
    while j >= 0 and tokens[j].sent == tokens[i].sent:
        tok = tokens[j]
        if tok.text in plain or tok.text in workshops or (
                tok.text in months and j > 0 and tokens[j - 1].text[0].isdigit()):
            break  # "Hi, June and I ...", "I am coming on 20th June and I prefer ..."
        if tok.kind == "w" and tok.cap:
            if not in_name:
                count += 1
            in_name = True
        elif tok.text in _NAME_SEPARATORS and j != i - 1:
            in_name = False
        else:
            break
        j -= 1
    # the first name a place the others come from: "Vi er to fra Jobcenter Albertslund, Ali
    # Demir og jeg"
    if count and j >= 0 and tokens[j].text in g.words["party.origins"] and tokens[j + 1].cap:
        count -= 1
    return count


def _list_start(doc: Doc, i: int) -> int:
    j = i - 1
    while j > 0 and (doc.tokens[j - 1].cap or doc.tokens[j - 1].text in _NAME_SEPARATORS):
        j -= 1
    return max(j, 0)


_NEGATED_VERB = 2  # words from a negation to the sign-up verb it refuses: "ikke sende", "ikke lige sende"


def _signs_up_another(doc: Doc, g: Grammar, later: set[int]) -> str | None:
    """"tilmelde vores nye medarbejder", "register my colleague": a sign-up verb whose
    object is another person, with no "mig"/"me" before it (nor a negation), in a clause not
    of a later meeting (`later`) nor after a condition ("If I can't make it after all, I'll send
    my deputy instead")."""
    tokens = doc.tokens
    verbs, addressed = g.words["party.register_verbs"], g.words["party.addressed_to"]
    others, negations = g.words["party.others"], g.words["polarity.negation"]
    for i in doc.indices_of(verbs):
        tok = tokens[i]
        # (nor one refused: "og det kan jeg ikke sende min kone alene til igen")
        if doc.asks(i) or any(t.text in negations for t in tokens[max(0, i - _NEGATED_VERB):i]) \
                or tok.clause in later or _after_a_condition(doc, g, i):
            continue
        for j in range(i + 1, min(i + 1 + _REACH, len(tokens))):
            nxt = tokens[j]
            if nxt.text in _SELF_OBJECTS or nxt.kind == "p" or nxt.sent != tok.sent or nxt.text in addressed:
                break
            # (or named: "Jeg melder Amalie Krog fra vores team til", its first name right after the verb)
            if nxt.text in others or (j == i + 1 and nxt.cap and nxt.text in g.words["party.first_names"]
                                      and tok.text in g.words["party.register_name_verbs"]):
                # "tilmelde vores direktør Michael Friis og mig selv": the sender among them
                # (counted as a group); else another person alone
                listed = itertools.takewhile(lambda t: t.kind != "p" and t.sent == tok.sent, tokens[j + 1:])
                if any(t.text in _ME for t in listed):
                    break
                return doc.quote(*doc.clause_of(i))
    return None


def _anothers_answer(doc: Doc, g: Grammar) -> str | None:
    """The answer passed on is another's, by a name in the genitive or "hans", "hendes": "Jeg har
    skrevet Pouls svar ind i din mail nedenfor", "Anders asked me to pass on his reply" (not one
    to come: "så hendes svar bliver nok kort")."""
    tokens, theirs, passing = doc.tokens, g.words["party.their_possessives"], g.words["party.passing_on"]
    for i in doc.indices_of(g.words["party.answer_nouns"]):
        owner = tokens[i - 1] if i > 0 else None
        if owner is not None and (owner.text in theirs or (owner.cap and owner.kind == "w" and owner.text.endswith("s")
                                                          and doc.sentence_of(i - 1)[0] != i - 1)) \
                and not passing.isdisjoint(doc.texts[slice(*doc.sentence_of(i))]):
            return doc.quote(*doc.clause_of(i))
    return None


def _form_of_another(doc: Doc, g: Grammar, sender: frozenset[str]) -> str | None:
    """A form's one line of the name, a full name after it that shares no word with the
    sender's, and the one it names spoken of in the third person: "Navn: Ulla Bredsdorff ...
    Eventuelt materiale må gerne gå direkte til hende" from Tina Skov, her secretary (not a
    table of several, nor one written from another's mailbox: "Her er min tilmelding: Navn: ...")."""
    tokens = doc.tokens
    lines = [i for i in doc.indices_of(g.words["party.name_labels"])
             if (i == 0 or tokens[i].nl) and i + 2 < len(tokens) and tokens[i + 1].text == ":"]
    if not sender or len(lines) != 1 or doc.vocab.isdisjoint(g.words["party.form_pointers"]):
        return None
    i = lines[0]
    e = next((k for k in range(i + 2, len(tokens)) if tokens[k].nl), len(tokens))
    name = [t.text for t in tokens[i + 2:e] if t.kind == "w" and t.cap]
    return doc.quote(i, e) if len(name) >= 2 and sender.isdisjoint(name) else None


def _borrowed_mailbox(doc: Doc, g: Grammar) -> str | None:
    """Writing from another person's mailbox ("Det er Hanne, der skriver fra Pers mail",
    "I'm using my husband's email"): the sender's address is not the writer's."""
    tokens = doc.tokens
    owners = g.words["party.mailbox_owners"]
    via = g.words["party.mailbox_via"]
    for i in doc.indices_of(g.words["party.mailboxes"]):
        if i < 2:
            continue
        owner = tokens[i - 1]
        # a name or a person in the genitive: "Pers", "min kollegas", "Per's"; not "fælles"
        genitive = owner.text.endswith("'s") or (owner.text.endswith("s") and (
            owner.cap or owner.text[:-1] in g.words["party.others"] or owner.text in owners))
        if not (genitive or owner.text in owners) or owner.text in g.words["party.own_mailbox"]:
            continue
        if any(t.text in via and t.sent == owner.sent for t in tokens[max(0, i - 4):i - 1]):
            return doc.quote(*doc.clause_of(i))
    return None


_COLON = frozenset((":",))


def _after_the_last(before: list[Token], dividers: frozenset[str], persons: frozenset[str],
                    told: frozenset[str] = frozenset()) -> int | None:
    """Where the words after the last of `dividers` in `before` start (past one of `told`
    right after it, "tells me"), when a person of `persons` stands among them; None otherwise."""
    k = next((k for k in range(len(before) - 1, -1, -1) if before[k].text in dividers), None)
    if k is None:
        return None
    k += 1 + (k + 1 < len(before) and before[k + 1].text in told)
    return k if any(t.text in persons for t in before[k:]) else None


def _run_on_subject(g: Grammar, before: list[Token], third: frozenset[str], verbs: frozenset[str]) -> bool:
    """The last person before a workshop, in a clause run on without commas, is another
    who chooses it: a "han"/"hun" or a first name with its verb after the sender's "jeg" ("jeg
    tager 3 hun vil helst 1", "Jeg tager 3 og Ahmed tager 1"); not one asked about ("må hun
    komme med")."""
    names = g.words["party.first_names"]
    people = g.union("party.first_person", "party.third_person", "party.first_names")
    k = next((k for k in range(len(before) - 1, -1, -1) if before[k].text in people), None)
    if k is None:
        return False
    # (a surname between the first name and the verb: "jeg tager 1 og Mette Ravn tager 2")
    j = k + 1
    while j < len(before) - 1 and before[k].text in names and before[j].cap and before[j].kind == "w" \
            and before[j].text not in verbs:
        j += 1
    return 0 < k and j < len(before) and (
        before[k].text in third or (before[k].text in names and before[k].cap)) \
        and before[j].text in verbs and before[k - 1].text not in verbs


def _roster(doc: Doc, g: Grammar, anchors: list[Anchor], sender: frozenset[str]) -> tuple[list[tuple[int, int]], bool]:
    """Lines in a row that each open with a person and then give that person's answers,
    after a colon or a dash: "Nanna Friis – Partnerskaber – spiser ikke med", "Me (Daniel
    Okafor) - workshop 2 - dinner: yes" (two or more, each naming a workshop or the meal);
    and whether the sender is one of them."""
    tokens = doc.tokens
    starts = [k for k, t in enumerate(tokens) if k == 0 or t.nl]
    firsts, selves = g.words["party.first_names"], g.words["party.roster_selves"]
    lines: list[tuple[int, int]] = []
    mine = False
    for a, b in zip(starts, starts[1:] + [len(tokens)]):
        k = a
        while k < b and (tokens[k].kind == "p" or (tokens[k].kind == "n" and k + 1 < b and tokens[k + 1].text in ".)")):
            k += 1  # past "1.", "-", "•"
        sep = next((j for j in range(k + 1, min(k + _ROSTER_NAME, b)) if tokens[j].text in _ROSTER_MARKS), None)
        person = tokens[k:sep] if sep is not None else []
        named = bool(person) and person[0].kind == "w" and (
            (person[0].cap and (person[0].text in firsts or (len(person) > 1 and person[1].cap)))
            or person[0].text in selves)
        # (not one spoken to, the sender's sentences after it: "Jonas – skal vi ikke dele os, så ...?
        # Jeg tager Naboskab")
        if not named or says_i(g, tokens[sep:b]) \
                or not any(sep < x.start < b and x.what in ("workshop", "dinner") for x in anchors):
            if len(lines) >= 2:
                break
            lines, mine = [], False
            continue
        lines.append((a, b))
        mine = mine or any(t.text in selves or (t.cap and t.text in sender) for t in person)
    return (lines, mine) if len(lines) >= 2 else ([], False)


_ROSTER_NAME = 8  # tokens of a person before the first answer: "Me ( Daniel Okafor ) -"
_ROSTER_MARKS = frozenset((":", "-", "–", "—"))


def others_in(doc: Doc, g: Grammar, party: Party, anchors: list[Anchor], sender: frozenset[str] = frozenset()) -> None:
    """Note choices or attendance stated for somebody else ("Hun ønsker workshop 3",
    "mens min kollega Mads hellere vil på workshop 2", "min kollega kommer i stedet")
    and contrasts that split a group. `anchors`: workshop mentions, meal and attendance words;
    `sender`: the words of the sender's own name, a subject that is nobody else."""
    tokens = doc.tokens
    # a list of those who come, a line each: the group's, counted by its lines
    roster, mine = _roster(doc, g, anchors, sender)
    if roster:
        party.roster_at = roster
        if mine:
            _grow(party, doc, len(roster), roster[0][0], roster[-1][1])
        elif party.someone_else is None:
            party.someone_else = doc.quote(roster[0][0], roster[-1][1])
        anchors = [x for x in anchors if not any(a <= x.start < b for a, b in roster)]
    third = g.words["party.third_person"]
    others = g.words["party.others"]
    meal_nouns = g.words["dinner.nouns"]
    contrast = g.words["party.contrast"]
    verbs = g.union("intent.attend", "workshop.choice", "text.helping_verbs", "intent.modals")
    subordinators, telling = g.words["party.subordinators"], g.words["party.telling"]
    preps = g.words["party.prepositions"]
    joiners = g.words["text.coordinators"]  # "..., kommer også og vil gerne spise med"
    turns = g.words["text.contrasts"]  # "Han kan ikke finde din mail, men vil gerne ..."
    people = g.union("party.first_person", "party.third_person", "party.others")
    negations = g.words["polarity.negation"]
    talk = g.words["party.talk_verbs"]
    firsts = g.words["party.first_names"]
    after_colon = g.union("party.third_person", "party.others", "party.first_names", "party.first_person", "party.we")
    served = g.words["party.told_done"]
    relative, asking, pending = g.words["party.cleft"], g.words["party.asking_who"], g.words["party.pending"]
    hanging = g.words["party.hanging_on"]
    in_role = g.words["party.in_role"]  # "Som formand for ...": the sender's own role
    determiners = g.words["party.plural_articles"]
    because, arranged = g.words["text.because"], g.words["party.arranged"]
    # (a word of a workshop's name is nobody: "Partner skaber og ja tak til mad")
    naming = {k for x in anchors if x.what == "workshop" for k in range(x.start, x.end)}
    # (a name introduced by who they are: "my colleague Samuel Okafor (in cc) ... Samuel will join workshop 3")
    introduced = frozenset(doc.texts[k + 1] for k in range(len(tokens) - 1)
                           if tokens[k].text in others and tokens[k + 1].cap and tokens[k + 1].kind == "w")
    for anchor in anchors:
        a, _ = doc.clause_of(anchor.start)
        # an aside has its own subject: "jeg tager workshop 3 (hun har vist valgt 1)"
        aside = next((k for k in range(anchor.start - 1, a - 1, -1) if tokens[k].text in "()"), None)
        if aside is not None and tokens[aside].text == "(":
            a = aside + 1
        if a > 0 and ":" in (tokens[a].text, tokens[a - 1].text):
            # what a colon spells out belongs to the clause before it: "..., men vil gerne
            # tilmeldes mødet den 20. juni: workshop 1 og spisning bagefter"
            a = doc.clause_of(a - 1)[0]
        opening = next((t for t in tokens[a:anchor.start] if t.kind != "p" and t.text not in joiners
                        and t.text not in turns), None)
        # (unless the workshop is put first, its subject after its verb: "Lokalområdet har Sanne
        # allerede meldt sig til", not "Lokalområdet har jeg valgt")
        inverted = _inverted_subject(doc, g, anchor.end, served) if anchor.what == "workshop" and opening is None else None
        if (opening is None or opening.text in verbs) and inverted is None:
            # a clause with no subject of its own has the sentence's: "Our new trainee,
            # Jonas Berg, will attend workshop 2", "Min chef, Lene, kommer også og vil spise med"
            a = doc.sentence_of(anchor.start)[0]
        before = tokens[a:anchor.start]
        # a subject of its own after "at" ("jeg kan se at min kollega Sanne har meldt sig til 2")
        # or after a colon ("hun har bedt mig svare på din mail: hun vil gerne i workshop 3",
        # "Rettelse til vores tilmelding: Ahmed skifter til workshop 3")
        # or after one telling the sender ("Our CSR team tells me they're already sending
        # someone to the sustainability session")
        for dividers, persons, told in ((subordinators, people, frozenset()), (_COLON, after_colon, frozenset()),
                                        (telling, after_colon, g.words["party.sender_words"])):
            cut = _after_the_last(before, dividers, persons, told)
            if cut is not None:
                a += cut
                before = tokens[a:anchor.start]
        if anchor.what == "attend" and any(t.text in negations for t in tokens[slice(*doc.clause_of(anchor.start))]):
            continue  # another's absence chooses nothing for them: "Ahmed kan alligevel ikke deltage", "så hun kommer ikke"
        # (not "who" opening a relative clause after a name: "..., Jens, who has already signed
        # up for 1 himself")
        if any(t.text in asking for t in tokens[a:anchor.start]) and not _relative_after_a_name(doc, g, a, anchor.start):
            continue  # "høre, hvem af mine kolleger der også kommer": nobody told of yet
        if anchor.what == "attend" and (doc.opening(*doc.clause_of(anchor.start)) in pending or any(
                tokens[k].text in pending and tokens[k - 1].text in hanging for k in range(a + 1, anchor.start))):
            # "det afhænger af, hvornår min afløser kommer i klubben", "..., afhænger lidt af om
            # min kollega Anders også kan komme": nobody either
            continue
        if anchor.what == "dinner" and anchor.end < len(tokens) and tokens[anchor.end].text in g.words["party.meal_described"]:
            continue  # what another says the meal is: "My colleague Sarah ... said the dinner is great"
        if anchor.what == "dinner" and doc.opening(*doc.clause_of(anchor.start)) in because:
            continue  # another's meal as the reason: "Jeg spiser ikke med, da min kone venter med aftensmaden"
        if anchor.what == "attend" and doc.asks(anchor.start):
            continue  # another's coming asked about, leave asked for: "Er der plads til at han kan komme med?"
        if anchor.what == "attend" and _of_another_time(doc, g, anchor.start):
            continue  # others' visits as a habit: "Vores børn ..., men de kommer hver søndag med børnebørnene"
        if anchor.what == "attend" and any(t.text in arranged for t in tokens[slice(*doc.clause_of(anchor.start))]):
            continue  # coming as already arranged registers nobody new: "hun kommer stadig som aftalt"
        if says_i(g, tokens[anchor.start:anchor.end]):
            continue  # the sender in the words of coming: "My colleague Peter can't come, but I'll be there"
        if anchor.what == "attend" and any(t.text in _ME for t in tokens[anchor.start:anchor.end]):
            continue  # ... or as its object, the subject left out: "Her har vi masser af input fra beboerne, glæder mig!"
        after = tokens[anchor.end:anchor.end + 3]
        words = [t for t in before if t.kind != "p"]  # a clause may open with its comma
        opener = words[0] if words and words[0].text in contrast else None
        # (not the sender's own role: "det er jeg nødt til at være med til som formand")
        if after and after[0].text in _FOR and any(t.text in others and after[k].text not in in_role
                                                   for k, t in enumerate(after[1:])):
            subject = after[0]  # "workshop 2 for min kollega"
        elif anchor.what == "workshop" and _crowd_opening(g, words) is not None:
            # what everyone else chooses is told, registering nobody: "Everyone I've talked to seems to
            # be going for the local area workshop", "... at de fleste går efter Bæredygtighed" (not the
            # sender's group at the meal: "Everyone will stay for dinner except Sarah")
            party.told_at.append(doc.clause_of(anchor.start))
            continue
        elif says_i(g, before) and not (anchor.what == "workshop" and _run_on_subject(g, before, third, verbs)):
            continue
        else:
            # a pronoun after a preposition is an article: "en af de andre", "for de to"; one
            # talked with is no subject: "Efter at have talt med min leder bliver det ..."
            # (nor "de" as the article of a noun: "hvor de unge kan komme hen og lave noget")
            # (nor one inside a clause in brackets closed before it: "Not sustainability (our
            # colleagues are covering that one) and not the local area one either"; a name's
            # apposition is its: "Rikke (min makker herfra) har kig på nr. 2")
            aside_words = _closed_asides(tokens, a, anchor.start, verbs)
            subject = next((t for k, t in enumerate(before, a) if k not in naming and k not in aside_words and (
                (t.text in third and k not in party.here and not (k > 0 and tokens[k - 1].text in preps)
                 and not (t.text in determiners and k + 1 < len(tokens) and tokens[k + 1].kind == "w"
                          and tokens[k + 1].text not in verbs))
                or (t.text in others and not any(x.text in talk for x in tokens[max(a, k - _TALK_REACH):k])
                    # (nor one in a compound before a meal: "our own partner dinner in Odense")
                    and not (k + 1 < len(tokens) and tokens[k + 1].text in meal_nouns)
                    and not (k > 0 and tokens[k - 1].text in in_role)))), None)
            if opener is not None and subject is None:
                subject = next((t for t in before[1:3] if t.cap), None)
            if subject is None:
                # the verb of coming, or the meal's answer, is the anchor itself: "Lone og Karsten
                # ... kommer", "Mette spiser ikke med"
                verb = tokens[anchor.start:anchor.end] if anchor.what in ("attend", "dinner") else []
                subject = _named_subject(g, before, verb, anchor.what, introduced)
            if subject is None and anchor.what == "workshop":
                # a first name told as signed up: "da vores miljøkoordinator Susanne allerede
                # er tilmeldt Bæredygtighed" (not "Hej Pia, ...": a greeting names the reader)
                subject = next((t for k, t in enumerate(before, a) if t.cap and t.text in firsts
                                and not addressed(doc, g, k)
                                and any(x.text in served for x in before)), None)
            subject = subject or inverted
            if subject is None and anchor.what == "workshop" and doc.opening(a, anchor.start) in relative:
                # ... or in a relative clause after the name: "det bliver Allan Ravn, som har
                # valgt Partnerskaber", "til min kollega Søren Mikkelsen, som nok vil være
                # interesseret i workshop 3"
                # (in its sentence: not the reader greeted above "Som skrevet: workshop 1")
                named = [t for t in reversed(tokens[max(doc.sentence_of(a)[0], a - 4):a]) if t.kind != "p"]
                if any(x.text in served for x in before) or any(t.text in others for t in named):
                    # (or the one named by what they are: "Det er min kollega, der tager bæredygtighed")
                    subject = next((t for t in named if t.cap and t.text in firsts), None) \
                        or next((t for t in named if t.text in others), None)
        if subject is not None and subject.cap and subject.text in sender:
            continue  # the sender by name: "Henning her: Workshop 1 + spisning" from Henning Friis
        said_after = before[before.index(subject) + 1:] if subject in before else []  # not "2 for min kollega"
        # (in the verb phrase of the anchor: not "Jonas har lige kigget mig over skulderen og vil
        # hellere på Partnerskaber", where "og" and a verb start the subject's next one)
        joined = max((k + 1 for k in range(len(said_after) - 1) if said_after[k].text in joiners
                      and said_after[k + 1].text in verbs), default=0)
        if subject is None or any(t.text in _ME for t in said_after[joined:]):
            continue  # "My supervisor asked me to sign up", "Min chef bad mig tilmelde mig": the sender's
        ca, cb = doc.clause_of(anchor.start)
        if doc.opening(ca, anchor.start) in because and doc.sentence_of(ca) == doc.sentence_of(anchor.start) \
                and any(ca <= x.start < cb and x.what == "workshop" for x in anchors):
            party.told_at.append((ca, cb))  # the reason for the sender's own: "..., da min kollega nu også deltager i 1'eren"
            continue
        if not party.group and echoed_by_me(doc, g, cb) is not None:
            continue  # the sender's too, said again of herself: "Hun spiser ikke med, og det gør jeg heller ikke"
        if anchor.what == "workshop" and _followed_by_my_own(doc, g, ca, cb, not party.group):
            # told as what the sender's own follows from: "Mette har taget Byhaver, så jeg tager ..."
            party.told_at.append((ca, cb))
            continue
        if aside is not None and tokens[aside].text == "(":  # only the aside is theirs
            ca, cb = aside, next((k + 1 for k in range(anchor.end, cb) if tokens[k].text == ")"), cb)
        # only what follows a colon before them: "make it 2: my colleague Tom is already doing ..."
        ca = next((k + 1 for k in range(anchor.start - 1, ca - 1, -1) if tokens[k].text == ":"
                   and any(t is subject for t in tokens[k + 1:anchor.start])), ca)
        words = doc.quote(ca, cb)
        party.others_at.append((ca, cb))
        if party.others_choose is None:
            party.others_choose = words
            party.reasons.append(f"about another person: '{words}'")
        if opener is not None and party.differs is None:
            party.differs = words
        elif party.differs is None and party.group and _contrasted_by_me(doc, g, ca, cb):
            party.differs = words  # "Vi vil begge gerne i workshop 1 (Karin spiser med, det gør jeg ikke)"
        elif party.differs is None and anchor.what == "dinner" \
                and not g.words["text.conditional"].isdisjoint(doc.texts[anchor.end:doc.sentence_of(anchor.start)[1]]):
            # another's meal on a condition in its sentence: "Jamal vil også gerne spise med, hvis
            # maden er halal"
            party.differs = words


def _inverted_subject(doc: Doc, g: Grammar, end: int, served: Container[str]) -> Token | None:
    """The subject after the verb that follows a fronted workshop ending before token `end`, told
    as signed up or choosing in the rest of its clause: a pronoun of the third person, a
    capitalised first name or a colleague."""
    tokens = doc.tokens
    b = doc.clause_of(end - 1)[1]
    if end + 1 >= b or tokens[end].text not in g.union("text.helping_verbs", "workshop.choice"):
        return None
    subject = tokens[end + 1]
    # (or one named by what they are: "Lokalområdet har min kollega Sanne valgt")
    if subject.text in g.words["party.determiners"] and end + 2 < b and tokens[end + 2].text in g.words["party.others"]:
        subject = tokens[end + 2]
    elif subject.text not in g.words["party.third_person"] \
            and not (subject.cap and subject.text in g.words["party.first_names"]):
        return None
    told = g.union("workshop.choice", "intent.attend")
    return subject if any(t.text in served or t.text in told for t in tokens[end:b]) else None


def _closed_asides(tokens: list[Token], a: int, b: int, verbs: Container[str]) -> set[int]:
    """The tokens in [a, b) inside brackets opened and closed there that hold a verb."""
    inside: set[int] = set()
    opened: int | None = None
    for k in range(a, b):
        if tokens[k].text == "(":
            opened = k
        elif tokens[k].text == ")" and opened is not None:
            if any(t.text in verbs for t in tokens[opened:k]):
                inside.update(range(opened, k + 1))
            opened = None
    return inside
