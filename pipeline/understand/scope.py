"""What a negation, a preference or a correction word belongs to.

A cue belongs to the nearest thing it can speak about inside its own clause: first
looking ahead ("ikke 2", "ingen mad", "helst 3"), then back ("spiser ikke med",
"Workshop 1 er ikke noget for mig"). Clauses end at commas, dashes, "men", "but" ...,
so "spiser ikke med, men tager workshop 2" negates the meal, not the workshop.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .grammar import grammar
from .phrases import Cue
from .text import DASHES, Doc, under_a_meal_heading

AHEAD = 6  # tokens
BACK = 4


@dataclass(frozen=True, slots=True)
class Anchor:
    start: int
    end: int
    what: str  # "workshop" or "dinner"
    ref: Any = None  # the Mention, for workshops


def nearest(doc: Doc, start: int, end: int, anchors: list[Anchor], *, whole_sentence: bool = False,
            ahead: int = AHEAD, back: int = BACK) -> Anchor | None:
    """The anchor a cue spanning tokens [start, end) speaks about, or None.

    A negation in a clause with nothing else in it ("I'd love to stay for dinner, but
    can't") speaks about the end of the clause before it.
    """
    before = _bracketed_after(doc, start, end, anchors)
    if before is not None:
        return before
    past = _past_a_dashed_aside(doc, start, end, anchors)
    if past is not None:
        return past
    # a cue may span a clause break ("anything but | workshop 3"): from its first clause to its last
    a, b = doc.sentence_of(start) if whole_sentence else (doc.clause_of(start)[0], doc.clause_of(end - 1)[1])
    best = None
    # (not past a colon that closes what the cue was said of: "in case the first one didn't
    # go through: I'll join workshop 3")
    colon = next((k for k in range(end + 1, b) if doc.texts[k] == ":"), b)
    for anchor in anchors:
        if end <= anchor.start < min(b, colon) and anchor.start - end < ahead:
            if best is None or anchor.start < best.start:
                best = anchor
    if best is not None:
        return best
    particles, heads = grammar().words["text.particles"], grammar().words["text.particle_heads"]
    for anchor in anchors:
        # (particles before the negation do not hold it off: "spise med kan jeg nu ikke", "at
        # spise med når jeg til gengæld ikke", a particle's preposition with it)
        between = doc.texts[anchor.end:start]
        if a <= anchor.end - 1 < start and start - anchor.end - sum(
                t in particles or (k + 1 < len(between) and between[k + 1] in particles and t in heads)
                for k, t in enumerate(between)) < back:
            if best is None or anchor.end > best.end:
                best = anchor
    clause = doc.tokens[start].clause
    if best is None and clause in doc.bare and clause > 0 and doc.tokens[a].sent == doc.tokens[a - 1].sent:
        pa, pb = doc.clauses[clause - 1]
        return max((x for x in anchors if pa <= x.start < pb), key=lambda x: x.end, default=None)
    return best


def neither_nor(doc: Doc, a: int, i: int, cancelled: frozenset[int] = frozenset()) -> bool:
    """Token i is in the second half of a negated pair that opens after token a: "kan
    hverken være med i en workshop eller spise med", "neither join a workshop nor stay".
    `cancelled`: tokens whose negation a double negation undid ("ingen grund til at takke nej
    til hverken mødet eller maden")."""
    words = grammar().words
    neither, nor = words["polarity.neither"], words["polarity.nor"]
    opener = next((k for k in range(a, i) if doc.texts[k] in neither and k not in cancelled), None)
    return opener is not None and any(doc.texts[j] in nor for j in range(opener + 2, i))


_BRACKETS = {"(": ")", "[": "]"}


def in_brackets(doc: Doc, start: int, end: int) -> bool:
    """Tokens [start, end) are all a bracket holds: "(1. valg)", "[nej tak]"."""
    tokens = doc.tokens
    return 0 < start and end < len(tokens) and _BRACKETS.get(tokens[start - 1].text) == tokens[end].text


def in_open_bracket(doc: Doc, a: int, k: int) -> bool:
    """Token k is inside a bracket opened after token a: "(ligesom sidst)"."""
    return open_bracket(doc, a, k) is not None


def open_bracket(doc: Doc, a: int, k: int) -> int | None:
    """Where the bracket opens, after token a, that token k stands inside; None when k is in none."""
    opened = max((i for i in range(a, k) if doc.texts[i] == "("), default=None)
    return opened if opened is not None and ")" not in doc.texts[opened:k] else None


_ASIDE_TO_ANCHOR = 3  # tokens from an aside's closing dash to what the cue speaks of: "– i workshop 2"


def _past_a_dashed_aside(doc: Doc, start: int, end: int, anchors: list[Anchor]) -> Anchor | None:
    """A cue right before an aside between dashes speaks about what comes right after the
    aside: "og således ikke – som oprindeligt påtænkt – i workshop 2"."""
    if end >= len(doc.tokens) or doc.texts[end] not in DASHES:
        return None
    e = doc.sentence_of(start)[1]
    close = next((k for k in range(end + 1, e) if doc.texts[k] in DASHES), None)
    if close is None:
        return None
    return next((x for x in anchors if close < x.start <= close + _ASIDE_TO_ANCHOR), None)


def _bracketed_after(doc: Doc, start: int, end: int, anchors: list[Anchor]) -> Anchor | None:
    """A cue that is all a bracket holds speaks about what stands right before the bracket:
    "Partnerskaber (1. valg) eller Bæredygtighed (2. valg)", "middag (nej tak)"."""
    if not in_brackets(doc, start, end):
        return None
    return next((x for x in anchors if x.end == start - 1), None)


def doubt_topics(doc: Doc, doubts: list[Cue], topics: dict[int, str], hedges: frozenset[str],
                 anaphora: frozenset[str], joiners: frozenset[str],
                 because: frozenset[str] = frozenset(),
                 whether: frozenset[str] = frozenset()) -> dict[str, list[Cue]]:
    """Which field each doubt is about ("workshop", "dinner"), by the topic words near it.

    `topics` maps token index -> topic (workshop mentions and nouns, meal words). Doubt
    in a clause without a topic word reaches the nearest clause of its sentence that has
    one ("Hvilken workshop det bliver, vil jeg lige tænke over"), and a sentence opening
    with "Det ..." reaches back to the sentence before ("Maden ved jeg ikke endnu. Det
    afhænger af ..."). A hedge ("måske") only doubts its own clause; other doubt followed
    by two topics joined ("vender tilbage med vinkel og mad") doubts both. Doubt in a
    clause giving a reason (`because`: "..., da vi netop overvejer, hvordan ...") is about
    that reason, not about the clause it explains. Doubt before a clause opening with
    `whether` ("om", "whether") is about what that clause asks, however near another topic
    stands: "Jeg kommer til vinkel 2, og jeg ved ikke, om jeg kan blive til maden".
    """
    out: dict[str, list[Cue]] = {}
    words = grammar().words
    contrasts, relatives = words["text.contrasts"], words["party.relatives"]
    for cue in doubts:
        a, b = doc.clause_of(cue.start)
        both = _joined_topics(doc, cue.end, b, topics, joiners)
        if both and doc.tokens[cue.start].text not in hedges:
            for topic in both:  # "så vender jeg tilbage med vinkel og mad"
                out.setdefault(topic, []).append(cue)
            continue
        if doc.tokens[cue.start].text in hedges and doc.opening(a, b) in relatives \
                and _described(doc, a) not in topics:
            # a hedge in a relative clause is about what that clause describes: "Vi har en
            # reparationscafé, som måske kan tænkes ind i bæredygtighedsvinklen" (not "Workshop
            # 1, som måske er den rigtige")
            continue
        # a second doubt of the clause doubts what follows it, the first what is nearest:
        # "Not sure which workshop yet and not sure I can stay for dinner"
        second = any(a <= d.start < cue.start for d in doubts)
        topic = (second and _topic_near(cue.start, range(cue.end, b), topics)) \
            or _topic_near(cue.start, range(a, b), topics)
        if topic is None and doc.tokens[cue.start].text not in hedges:
            topic = _asked_whether(doc, cue.start, topics, whether)
        # (a reason after a turn too: "I was going to pick X, but since the whole idea depends on ...")
        # (a hedge too, when it is the whole sentence: "Spiser med. Måske.")
        s, e = doc.sentence_of(cue.start)
        said = sum(t.kind != "p" for t in doc.tokens[s:e])
        hedge_alone = said == sum(t.kind != "p" for t in doc.tokens[cue.start:cue.end])
        if topic is None and (doc.tokens[cue.start].text not in hedges or hedge_alone) \
                and doc.opening(a, b, contrasts) not in because:
            # (not past a turn after its clause: "Jeg ved ikke, om jeg når frem til starten kl.
            # 16.30, men jeg spiser med")
            turn = next((x for x, y in doc.clauses[doc.tokens[cue.start].clause + 1:]
                         if x >= e or doc.opening(x, y) in contrasts), e)
            topic = _topic_near(cue.start, range(s, min(turn, e)), topics)
            # (after a turn of its own: "Mad: ja. Eller – det afhænger af, om min mand kan hente.")
            turning = words["text.coordinators"] | contrasts
            first = next((t for t in doc.tokens[s:e] if t.kind != "p" and t.text not in turning), doc.tokens[s])
            # (or the doubt itself holds it: "Naboskab lyder også spændende. Jeg må lige sove på
            # det", "Workshop 1. Nej 2. Hmm, nu ved jeg det faktisk ikke")
            # (or the sentence is the doubt and little else: "Jeg har ikke helt bestemt mig.")
            # (its subject, its verb of being and particles no words of their own: "Jeg er dog ikke
            # helt sikker endnu" after the choice; not after a question, which it may be about:
            # "... kan jeg skifte til 3 på dagen? Jeg er lidt splittet.")
            frame = words["party.first_person"] | words["text.helping_verbs"] | words["text.particles"]
            alone = said - (cue.end - cue.start) <= _BARE_WORDS or (s > 0 and not doc.asks(s - 1) and sum(
                t.kind != "p" and t.text not in frame for t in doc.tokens[s:cue.start] + doc.tokens[cue.end:e])
                <= _BARE_WORDS)
            if topic is None and first.sent > 0 and (first.text in anaphora or alone or any(
                    doc.texts[k] in anaphora for k in range(cue.start, cue.end))):
                # past a bare word between: "Maden: ja … nej … det må jeg vende tilbage om"
                k = first.sent - 1
                ps, pe = doc.sentences[k]
                topic = _topic_near(pe, range(ps, pe), topics)
                if topic is None and k > 0 and sum(t.kind != "p" for t in doc.tokens[ps:pe]) <= _BARE_WORDS:
                    ps, pe = doc.sentences[k - 1]
                    topic = _topic_near(pe, range(ps, pe), topics)
        if topic is None and doc.tokens[cue.start].text not in hedges and s > 0 and doc.texts[s - 1] == "?":
            # after an alternative put to oneself, of what it names: "Workshop 3 – no wait, 2. Or
            # 3? Ha, honestly I can't decide, they both sound great"
            ps, pe = doc.sentences[doc.tokens[s - 1].sent]
            if doc.opening(ps, pe) in words["workshop.alternative_openers_bare"]:
                topic = _topic_near(pe, range(ps, pe), topics)
        if topic is None and under_a_meal_heading(doc, grammar(), cue.start):
            topic = "dinner"  # "As for the soup, please put me down as a maybe for now"
        if topic is None and s > 0 and not doc.tokens[s].nl and doc.tokens[cue.start].text not in hedges \
                and not any(s <= k < e for k in topics) \
                and under_a_meal_heading(doc, grammar(), s - 1):
            # in the paragraph the meal heads, naming nothing else: "About dinner: I'm flying to
            # Berlin early on the 21st, so I may have to run home. I'll let you know closer to the date."
            topic = "dinner"
        if topic is not None:
            out.setdefault(topic, []).append(cue)
    return out


def _described(doc: Doc, a: int) -> int | None:
    """The last word before the relative clause at token a, in its sentence: what it describes."""
    s = doc.sentence_of(a)[0]
    return next((k for k in range(a - 1, s - 1, -1) if doc.tokens[k].kind != "p"), None)


_BARE_WORDS = 2  # a sentence of a word or two between a topic and the "det" that points back to it


def _asked_whether(doc: Doc, i: int, topics: dict[int, str], whether: frozenset[str]) -> str | None:
    """The topic of the embedded question right after the clause of token `i`, if one follows."""
    k = doc.tokens[i].clause + 1
    if k >= len(doc.clauses):
        return None
    a, b = doc.clauses[k]
    if doc.tokens[a].sent != doc.tokens[i].sent or doc.opening(a, b) not in whether:
        return None
    return _topic_near(a, range(a, b), topics)


def _joined_topics(doc: Doc, start: int, end: int, topics: dict[int, str], joiners: frozenset[str]) -> set[str]:
    """Two topics joined after a doubt, "vinkel og mad", "the workshop and the soup": the
    doubt is about both."""
    found = [j for j in range(start, end) if j in topics]
    determiners = grammar().words["text.determiners"]
    for x, y in zip(found, found[1:]):
        between = [t.text for t in doc.tokens[x + 1:y]]
        if topics[x] != topics[y] and any(w in joiners for w in between) \
                and all(w in joiners or w in determiners for w in between):
            return {topics[x], topics[y]}
    return set()


def _topic_near(i: int, span: range, topics: dict[int, str]) -> str | None:
    found = [(abs(j - i), topics[j]) for j in span if j in topics]
    return min(found)[1] if found else None
