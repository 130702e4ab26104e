"""Which workshop the sender chooses.

First every mention of a workshop in the sender's words: a number after a workshop noun
("vinkel 2", "workshop nr. 1", "ws2", "angle 1"), after "nr." ("Nr. 3 for mig"), the
colloquial "2'eren", an ordinal ("den anden workshop"), a name or alias in any form, or
a bare number where the sentence is about workshops ("Workshop: helst 3, ellers 2").
Numbers that are dates, times, addresses ... are never mentions (numbers.py).

Then the choice among the mentions, read like a careful coordinator would: a negated
or retracted mention is no choice ("ikke 2 men 1", "min første tanke var X, men ... Y"),
a first preference beats its fallback ("helst 3, ellers 2"), alternatives and doubt
choose nothing ("2 eller 3", "ved endnu ikke"), and a name only said in passing is
not a choice. When in doubt there is no choice: asking costs less than a wrong guess.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from itertools import pairwise

from .forms import numbered_items
from .grammar import Cues, Grammar, grammar
from .intent import strikes_out
from .language import language
from .names import Names
from .numbers import among_the_workshops
from .party import says_i
from .phrases import Cue
from .scope import Anchor, in_brackets, nearest
from .text import DASHES, THE, Doc, Token, answer_after, is_word, ought

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}
_SKIP_TO_NUMBER = frozenset((":", "-", "#", ".", "(", "nr", "nummer", "no", "number", "num"))
_CONNECTORS = frozenset((",", "og", "eller", "el", "or", "and", "/", "&", "samt"))
# after an answer's number, with or without the meal ("m."/"u." for short): "2 u. mad"
_WITH_OR_WITHOUT = frozenset(("med", "uden", "m", "u", "with", "without"))
_HEDGE_CONNECTORS = frozenset(("måske", "maybe", "evt", "evt.", "perhaps", "possibly", ".", "også", "else",
                               "alligevel"))
_BULLETS = frozenset(("-", "–", "•", "*", "·"))  # opening a line of a list
_ALSO = frozenset(("også", "also", "too"))
# one after the other, both taken: "Local area and then Partnerships", "Lokalområdet først og så Partnerskaber"
_IN_TURN = frozenset(("then", "first", "afterwards", "derefter", "først", "så", "bagefter"))
_AND = frozenset(("og", "and"))
_BESIDE = frozenset(("(", ":"))  # set beside a rank, with the dashes: "den sidste (partnerskaber)"
_TITLE_LINKS = frozenset(("for", "of"))
_INVALID_SLACK = 3  # "workshop 5" of three workshops is an unclear mention, not a date
SHORT_CLAUSE = 3  # words: "– Partnerskaber." names a choice by itself
_COLLOQUIAL_ENDINGS = ("r", "n")  # of every colloquial suffix: a cheap first test


@dataclass
class Mention:
    id: int
    start: int  # tokens [start, end)
    end: int
    strong: bool
    how: str  # "number", "name", "ordinal", "bare"
    marks: set[str] = field(default_factory=set)
    # where a later clause chose it by pointing back ("Hvem står for workshop 3? Hvis det
    # er Morten, tager jeg den"): what that clause hangs on is what the choice hangs on
    chosen_at: int | None = None


@dataclass
class Choice:
    workshop: int | None = None
    unclear: str | None = None  # the sender's words, when they leave the choice open
    reasons: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    chosen_ids: set[int] = field(default_factory=set)  # everything somebody chose, fallbacks aside
    evidence: tuple[int, int] | None = None  # token range of the words that chose
    undecided: bool = False


def _paired_with_another_thing(doc: Doc, names: Names, m: Mention) -> bool:
    """The mention is half of a pair written with a slash whose other half names no workshop, a
    theme of something else: "the neighbourhood/well-being group", "naboskab/trivsel"; or a
    number before a bracket holding such a pair: "tema 1 (familier/forebyggelse)" (not
    "Lokalområdet/Bæredygtighed", two of ours)."""
    tokens, texts = doc.tokens, doc.texts

    def other(k: int) -> bool:
        return 0 <= k < len(tokens) and tokens[k].kind == "w" and not names.may_start(texts[k].split("-")[0])

    def slash(k: int) -> bool:  # (on one line: not a signature under it, "Byhaver\n/jens")
        return texts[k] == "/" and not tokens[k].nl and not tokens[k + 1].nl

    if m.how == "name":
        return (m.end + 1 < len(tokens) and slash(m.end) and other(m.end + 1)) \
            or (m.start >= 2 and slash(m.start - 1) and other(m.start - 2))
    if m.end + 3 < len(tokens) and texts[m.end] == "(":
        close = next((k for k in range(m.end + 1, min(len(tokens), m.end + _BRACKET_REACH)) if texts[k] == ")"), None)
        return close is not None and any(slash(k) and other(k - 1) and other(k + 1)
                                         for k in range(m.end + 2, close - 1))
    return False


_BRACKET_REACH = 8  # "(familier/forebyggelse)"


def denied_reasons(doc: Doc, g: Grammar, cues: Cues) -> list[tuple[int, int]]:
    """What is denied as the reason, from "ikke fordi" up to the turn to the real one:
    "ikke fordi den ikke sikkert bliver god, men ..." (none without a turn)."""
    turns = g.words["text.contrasts"]
    spans = []
    for cue in cues["not_because"]:
        e = doc.sentence_of(cue.start)[1]
        turn = next((k for k in range(cue.end, e) if doc.texts[k] in turns), None)
        if turn is not None:
            spans.append((cue.start, turn))
    return spans


def marker_positions(doc: Doc, names: Names) -> list[int]:
    """Tokens that are a workshop noun ("workshop", "vinkel", "wokshop", "ws2"); not one that
    is a point of view: "From our angle, urban gardens is key", "Fra vores vinkel er ..."."""
    # Most texts have none, and then no token is visited.
    found = names.among("marker", doc.vocab, lambda w: is_word(w) and _is_marker(w, names))
    if not found:
        return []
    g = grammar()
    return [i for i, t in enumerate(doc.texts) if t in found and not a_point_of_view(doc, g, i)]


def a_point_of_view(doc: Doc, g: Grammar, i: int) -> bool:
    """The noun at token i follows "fra vores"/"from our" and no number follows it: a point of
    view, no workshop ("Fra vores vinkel er bæredygtighed helt afgørende"; not "fra min vinkel 1")."""
    texts = doc.texts
    return i >= 2 and texts[i - 2] in g.words["workshop.viewpoint_from"] \
        and texts[i - 1] in g.words["workshop.viewpoint_owners"] \
        and not (i + 1 < len(texts) and doc.tokens[i + 1].kind == "n")


def find_mentions(doc: Doc, g: Grammar, names: Names, cues: Cues, blocked: set[int], markers: list[int],
                  asked: bool, meal_sentences: frozenset[int] | set[int] = frozenset()) -> list[Mention]:
    """Every mention of a workshop, in text order, same-workshop neighbours merged.

    `blocked`: digit tokens that are not choices (dates, times, party sizes ...).
    `asked`: our last mail asked this sender which workshop, so a bare "2" answers it.
    """
    tokens = doc.tokens
    number_markers = g.words["workshop.number_markers"]
    numerals = g.numerals
    found: list[Mention] = []
    used: set[int] = set()
    for i in markers:
        found.extend(_numbers_after_marker(doc, g, i, names, blocked, used))
        found.extend(_ordinal_before(tokens, g, i, names, used))
    # Only the tokens of words that may start a mention are visited.
    starting = names.among(("mention", g), doc.vocab, lambda w: w in number_markers or is_word(w) and (
        names.may_start(w) or _may_be_colloquial(w, numerals)))  # ("#" is no word: "Yes pls, #3")
    for i in [i for i, t in enumerate(doc.texts) if t in starting] if starting else ():
        if i in used:
            continue
        tok = tokens[i]
        text = tok.text
        mention = None
        if text in number_markers:
            mention = _number_marker(doc, g, i, names, blocked, used)
        elif _may_be_colloquial(text, numerals):
            mention = _colloquial(g, tok, i, names)
        if mention is None and names.may_start(text):
            mention = _name(doc, g, i, names)
            if mention is not None and _opens_a_quoted_title(doc, mention):
                mention = None
        if mention is not None:
            found.append(mention)
            used.update(range(mention.start, mention.end))
    anchored = {tokens[m.start].sent for m in found} | {tokens[i].sent for i in markers}
    choice_ends = _choice_cue_ends(cues)
    replacing = {c.end: c.start for c in cues["retract_from"]}
    meant = {c.start for c in cues["corrections"] if doc.texts[c.start] in g.words["workshop.meant"]}
    ranked_first = {c.start for c in cues["preference_after"]}
    chosen_after = {c.start for c in cues["choice_after"]}
    found.extend(_bare_numbers(doc, g, names, blocked, used, anchored, choice_ends, replacing, meant, ranked_first,
                               asked, meal_sentences, chosen_after))
    found.extend(_ranked_numbers(doc, cues["ranking"], names, blocked, used))
    # (an ordinal in the clause of the one left is no place in the list: "Så jeg tager den
    # sidste, der er tilbage" after two ruled out)
    used.update(k for c in cues["remaining_clauses"] for k in range(c.start, c.end))
    found.extend(_bare_ordinals(doc, g, used, anchored, choice_ends, asked, max(names.ids, default=0), found,
                                meal_sentences, chosen_after))
    found.extend(_the_one_left(doc, g, names, found, cues["remaining_clauses"]))
    found = [m for m in found if not _the_other(doc, g, m, found) and not _paired_with_another_thing(doc, names, m)]
    found.sort(key=lambda m: m.start)
    _placed_by_neighbour(doc, g, names, found)
    _strength(doc, g, names, cues, found, set(markers))
    return _merge(doc, g, found)


_QUOTES = {'"': '"', "“": "”", "”": "”", "»": "«", "„": "“", "'": "'"}


def _opens_a_quoted_title(doc: Doc, m: Mention) -> bool:
    """The name opens a title in quotation marks that goes on after it with a capital: a
    project's name, not the workshop ("vores projekt \"Partnerskaber i Praksis\"")."""
    texts = doc.texts
    close = _QUOTES.get(texts[m.start - 1]) if m.start > 0 else None
    if close is None or close not in texts[m.end:doc.clause_of(m.start)[1]]:
        return False
    end = texts.index(close, m.end)
    return any(t.cap and t.kind == "w" for t in doc.tokens[m.end:end])


_IF_FULL_AHEAD = 12  # words from a condition of fullness to the fallback it names
_DOCUMENT_AHEAD = 6  # words from "materialet" to the workshop it is of: "materialet bagefter, især om partnerskaber"
_HOSTED_AHEAD = 6  # words from the sender's hosting to the workshop hosted: "We're running our own workshop on the local area"
_PLACE_REACH = 5  # tokens from "den"/"the one" to the word placing it: "den vinkel, der kommer efter"


def _placed_by_neighbour(doc: Doc, g: Grammar, names: Names, mentions: list[Mention]) -> None:
    """A workshop placed by its neighbour in the invitation's list is that neighbour's next
    or previous one: "Tager den der kommer efter Lokalområdet på listen" is 2, "the one
    before partnerships" 2, "den, der står lige før Bæredygtighed" 1; one placed outside
    the list is none (marked retracted)."""
    after, before = g.words["workshop.position_after"], g.words["workshop.position_before"]
    pronouns = g.union("workshop.description_pronouns", "workshop.description_articles")
    nouns = g.union("workshop.description_pronouns", "workshop.description_articles", "workshop.markers")
    closely = g.words["workshop.position_adverbs"]
    texts = doc.texts
    for m in mentions:
        k = m.start - 1
        while k > 0 and texts[k] in closely:
            k -= 1
        if k < 1 or (texts[k] not in after and texts[k] not in before):
            continue
        # (a workshop noun with its number is no pointer: "vinkel 2, efter Partnerskaber"; nor
        # one before a number, which it lists: "workshoppen under nr. 2, Byhaver")
        reach = range(max(doc.sentence_of(k)[0], k - _PLACE_REACH), k)
        pointers = nouns if m.how == "name" else pronouns
        if not any(texts[j] in pointers for j in reach) or any(doc.tokens[j].kind == "n" for j in reach):
            continue
        wid = m.id + (1 if texts[k] in after else -1)
        if wid in names.ids:
            m.id = wid
        else:
            m.marks.add("retracted")


def _is_marker(word: str, names: Names) -> bool:
    if names.is_marker(word):
        return True
    return _fused(word, names) is not None


def _fused(word: str, names: Names) -> tuple[str, int] | None:
    """"ws2", "workshop3", "V1": a workshop noun and its number written together."""
    head = word.rstrip("0123456789")
    if head != word and len(word) - len(head) <= 2 and (names.is_marker(head) or head in names.fused_markers):
        return head, int(word[len(head):])
    return None


def _value(doc: Doc, g: Grammar, i: int, names: Names, blocked: set[int]) -> int | None:
    tok = doc.tokens[i]
    if tok.kind == "n":
        return int(tok.text) if i not in blocked else None
    if tok.text in g.numerals:
        nxt = doc.tokens[i + 1] if i + 1 < len(doc.tokens) else None
        if nxt is not None and nxt.kind == "w" and not nxt.nl and nxt.text not in g.words["numbers.numeral_followers"] \
                and not among_the_workshops(doc.tokens, i, g):
            return None
        return g.numerals[tok.text]
    original = doc.original[tok.start:tok.end]
    if tok.text in _ROMAN and original.isupper():
        nxt = doc.tokens[i + 1] if i + 1 < len(doc.tokens) else None
        # "I" is also the Danish "you": a numeral only before nothing, a sign or a joining
        # word ("vinkel I og spiser med", not "den vinkel I vælger")
        if tok.text != "i" or nxt is None or nxt.kind == "p" or nxt.nl or nxt.text in _CONNECTORS:
            return _ROMAN[tok.text]
    return None


def _plausible(value: int, names: Names) -> bool:
    return value in names.ids or 0 <= value <= max(names.ids) + _INVALID_SLACK


def _numbers_after_marker(doc: Doc, g: Grammar, i: int, names: Names, blocked: set[int],
                          used: set[int]) -> list[Mention]:
    tokens = doc.tokens
    fused = _fused(tokens[i].text, names)
    if fused is not None:
        used.add(i)
        return [Mention(fused[1], i, i + 1, True, "number")]
    j = i + 1
    while j < len(tokens) and j - i <= 3 and tokens[j].text in _SKIP_TO_NUMBER and not tokens[j].nl:
        j += 1
    out: list[Mention] = []
    if _label_above(tokens, i, j):  # "workshop" on a line, "3" on the next: a phone's form
        value = _value(doc, g, j, names, blocked)
        if value is not None and value in names.ids:
            used.update(range(i, j + 1))
            return [Mention(value, i, j + 1, True, "number")]
    while j < len(tokens) and tokens[j].sent == tokens[i].sent:
        value = _value(doc, g, j, names, blocked)
        if value is None or not _plausible(value, names):
            break
        out.append(Mention(value, i if not out else j, j + 1, True, "number"))
        used.update(range(i if len(out) == 1 else j, j + 1))
        k = j + 1  # "vinkel 2 eller 3", "workshop 1, 2 og 3"
        if k + 1 < len(tokens) and tokens[k].text in _CONNECTORS:
            j = k + 1
        else:
            break
    if out and owned_after(doc, g, out[-1].end):
        return []  # a workshop of the sender's own programme: "Workshop 1 of our own summer programme"
    return out


def owned_after(doc: Doc, g: Grammar, k: int) -> bool:
    """Token k starts an owner's programme, which makes the numbered workshop before it
    another's: "Workshop 1 of our own summer programme is about raised beds", "Jeg
    planlægger workshop 1 i vores sommerskole"."""
    tokens = doc.tokens
    return k + 1 < len(tokens) and tokens[k].text in g.words["workshop.owned_by"] \
        and tokens[k + 1].text in g.words["workshop.owners"]


def _label_above(tokens: list[Token], i: int, j: int) -> bool:
    """The marker at i alone on its line (but for a colon), the token at j alone on the next."""
    if not (i == 0 or tokens[i].nl) or j >= len(tokens) or tokens[j].nl != 1:
        return False
    if any(t.text != ":" for t in tokens[i + 1:j]):
        return False
    return j + 1 >= len(tokens) or tokens[j + 1].nl > 0 or (
        tokens[j + 1].kind == "p" and (j + 2 >= len(tokens) or tokens[j + 2].nl > 0))


def _ordinal_before(tokens: list[Token], g: Grammar, i: int, names: Names, used: set[int]) -> list[Mention]:
    """"den anden workshop", "the second workshop", "tredje vinkel" (not after an indefinite
    article: "en anden vinkel på det" is another angle, "a second workshop" one more)."""
    if i == 0 or i - 1 in used or i > 1 and tokens[i - 2].text in g.words["numbers.articles"]:
        return []
    value = g.ordinals.get(tokens[i - 1].text)
    if value is None or value not in names.ids:
        return []
    used.update((i - 1, i))
    return [Mention(value, i - 1, i + 1, True, "ordinal")]


def _number_marker(doc: Doc, g: Grammar, i: int, names: Names, blocked: set[int],
                   used: set[int]) -> Mention | None:
    """"Nr. 3 for mig", "nummer 2", "no. 2": numbered without a workshop noun (not a rank:
    "Partnerskaber er min klare nr. 1", "my number one choice", "Byhaver som nr. to")."""
    tokens = doc.tokens
    tok = tokens[i]
    if any(t.text in g.words["numbers.rank_owners"] for t in tokens[max(i - 2, 0):i]) \
            or (i > 0 and tokens[i - 1].text in g.words["numbers.rank_makers"]):
        return None
    if tok.kind == "p" and i > 0 and not tok.nl and tokens[i - 1].kind != "p" \
            and tokens[i - 1].text not in g.words["party.prepositions"]:
        # a sign numbers what it follows: "testing #2", "Vol 1 #2" (not "Yes pls, #3", "count
        # me in for #2")
        return None
    j = i + 1
    if j < len(tokens) and tokens[j].text == ".":
        j += 1
    elif tok.text == "no":  # plain "no" is the English no
        return None
    if j >= len(tokens) or tokens[j].nl:
        return None
    value = _value(doc, g, j, names, blocked)
    if value is None or not _plausible(value, names) or tokens[j].kind != "n" and tokens[j].text not in g.numerals \
            or _numbers_other_things(doc, g, i, names):
        return None
    used.update(range(i, j + 1))
    return Mention(value, i, j + 1, True, "number")


def _numbers_other_things(doc: Doc, g: Grammar, i: int, names: Names) -> bool:
    """The "nr." at token i numbers what another "nr." in its sentence numbers, a number no
    workshop has: "boet ... først i nr 23 og så i nr 2" (houses)."""
    s, e = doc.sentence_of(i)
    markers = g.words["workshop.number_markers"]
    for k in range(s, e - 1):
        if k != i and doc.texts[k] in markers:
            j = k + 2 if doc.texts[k + 1] == "." and k + 2 < e else k + 1
            if doc.tokens[j].kind == "n" and not _plausible(int(doc.texts[j]), names):
                return True
    return False


def _may_be_colloquial(word: str, numerals: dict[str, int]) -> bool:
    """A cheap first test for `_colloquial`: a number word or digits with a suffix."""
    return word.endswith(_COLLOQUIAL_ENDINGS) and (
        word[0].isdecimal() or word[:-4].rstrip("'-") in numerals or word[:-2] in numerals)


def _colloquial(g: Grammar, tok: Token, i: int, names: Names) -> Mention | None:
    """"2'eren", "toeren": the number-one, the number-two."""
    for suffix in g.words["numbers.colloquial_suffixes"]:
        if tok.text.endswith(suffix) and len(tok.text) > len(suffix):
            head = tok.text[: -len(suffix)]
            value = int(head) if head.isdecimal() and len(head) <= 2 else g.numerals.get(head)
            if value is not None and value in names.ids:
                return Mention(value, i, i + 1, True, "number")
    return None


def _name(doc: Doc, g: Grammar, i: int, names: Names) -> Mention | None:
    tokens = doc.tokens
    tok = tokens[i]
    end = i + 1
    hit = names.lookup(tok.text)
    if hit is None:
        for middle, lasts, wid in names.multi.get(tok.text, ()):
            k = i + 1
            if all(k + n < len(tokens) and tokens[k + n].text == w for n, w in enumerate(middle)):
                k += len(middle)
                if k < len(tokens) and tokens[k].text in lasts:
                    hit, end = (wid, False), k + 1
                    break
    if hit is None and tok.text in names.heads:
        end = _elided_head(doc, g, i)
        hit = (names.heads[tok.text], False) if end else None
    if hit is None or _in_title(doc, i, end, names) or (not hit[1] and _owns_the_next(doc, g, end)) \
            or _a_place(doc, g, i) or _a_kind_of(doc, g, i) or _owned(doc, g, i, hit[1]):
        return None
    wid, compound = hit
    return Mention(wid, i, end, compound, "name")


def _owned(doc: Doc, g: Grammar, i: int, compound: bool) -> bool:
    """The name at token i is someone's own thing, a possessive right before it ("share some
    experiences from our partnership model", "vores lokalområde") or, before a compound, a word
    or two before it: "et aftenmøde i vores lokale partnerskabsgruppe", "our sustainability group"."""
    return any(t in g.words["workshop.owners"] for t in doc.texts[max(0, i - (2 if compound else 1)):i])


def _a_kind_of(doc: Doc, g: Grammar, i: int) -> bool:
    """The name at token i is said of a kind of thing: "de er meget interesserede i den slags
    partnerskaber", "that kind of partnership", "en form for bæredygtighed"."""
    kinds = g.words["workshop.kinds"]
    k = i - 1
    if k >= 1 and doc.texts[k] in g.words["workshop.kind_links"]:
        k -= 1
    return k >= 0 and doc.texts[k] in kinds


def _a_place(doc: Doc, g: Grammar, i: int) -> bool:
    """The name at token i is where something is: "møbler ... her i lokalområdet", "out in the
    local area" (an adverb of place, "i"/"in" and perhaps "the" before it)."""
    k = i - 1
    if k >= 0 and doc.texts[k] in THE:
        k -= 1
    return k >= 1 and doc.texts[k] in g.words["workshop.place_prepositions"] \
        and doc.texts[k - 1] in g.words["workshop.place_adverbs"]


def _elided_head(doc: Doc, g: Grammar, i: int) -> int:
    """Where the name ends whose first word is token i, its noun left out: before "one" ("the
    local one"), or after "den" with no word after it ("lander på den lokale: ..."); 0 when
    the word is no name here ("den lokale skole")."""
    tokens = doc.tokens
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is not None and not nxt.nl and nxt.text in g.words["workshop.description_pronouns"]:
        return i + 2
    if i > 0 and tokens[i - 1].text in g.words["workshop.elided_articles"] \
            and (nxt is None or nxt.nl or nxt.kind == "p"):
        return i + 1
    return 0


def _owns_the_next(doc: Doc, g: Grammar, end: int) -> bool:
    """The name ends in the definite genitive and a word other than a workshop noun follows:
    "lokalområdets ressourcer" (not "Lokalområdets workshop", nor its point of view: "se det
    fra lokalområdets side")."""
    tokens = doc.tokens
    last = tokens[end - 1].text
    if end >= len(tokens) or not last.endswith(tuple(g.words["workshop.genitive_suffixes"])):
        return False
    nxt = tokens[end]
    return nxt.kind == "w" and not nxt.nl \
        and nxt.text not in g.union("workshop.markers", "workshop.description_nouns", "workshop.perspectives")


def _in_title(doc: Doc, i: int, end: int, names: Names) -> bool:
    """A name inside a job title or an organisation's name ("Koordinator for lokalområdet",
    "Center for Bæredygtig Byudvikling", "Nordic Impact Partnerships AB")."""
    tokens = doc.tokens
    tok = tokens[i]
    if i >= 2 and tokens[i - 1].text in _TITLE_LINKS and not tokens[i - 1].nl:
        owner = tokens[i - 2]
        if owner.cap and owner.kind == "w" and not names.is_marker(owner.text) and not _a_person(tokens, i - 2):
            return True
    if not tok.cap:
        return False
    nxt = tokens[end] if end < len(tokens) else None
    if nxt is not None and nxt.cap and nxt.kind == "w" and not nxt.nl and not names.is_marker(nxt.text):
        return True
    prev = tokens[i - 1] if i else None
    if prev is not None and prev.cap and prev.kind == "w" and not tok.nl and not names.is_marker(prev.text):
        # a capital opening the sentence makes no name of the two, nor one on a word of
        # choosing ("Workshop: Helst Partnerskaber"), nor a person's first name, the verb left
        # out after it ("Susanne har taget Lokalområdet og Torben Partnerskaber")
        return doc.sentence_of(i)[0] != i - 1 and prev.text not in _choosing_words(grammar()) \
            and prev.text not in grammar().words["party.first_names"]
    return False


@functools.cache
def _choosing_words(g: Grammar) -> frozenset[str]:
    return g.union("workshop.choice", "workshop.preference", "workshop.fallback", "workshop.switch",
                   "polarity.yes", "language.stopwords")


def _a_person(tokens: list[Token], k: int) -> bool:
    """The capitalised words ending at k name a person ("Tariq Yilmaz for Local area",
    "Jens for Lokalområdet"), not an office ("Center for ...", "Koordinator for ...")."""
    firsts = grammar().words["party.first_names"]
    while k >= 0 and tokens[k].cap and tokens[k].kind == "w" and not tokens[k + 1].nl:
        if tokens[k].text in firsts:
            return True
        k -= 1
    return False


def _choice_cue_ends(cues: Cues) -> dict[int, Cue]:
    ends: dict[int, Cue] = {}
    # (a doubt settled names its choice: "Kunne ikke bestemme mig mellem 1 og 2, men er endt med 1")
    for kind in ("choice", "preference", "fallback", "switch", "corrections", "settles"):
        for cue in cues[kind]:
            ends[cue.end] = cue
    return ends


def _bare_numbers(doc: Doc, g: Grammar, names: Names, blocked: set[int], used: set[int],
                  anchored: set[int], choice_ends: dict[int, Cue], replacing: dict[int, int], meant: set[int],
                  ranked_first: set[int], asked: bool, meal_sentences: frozenset[int] | set[int], chosen_after: set[int]) -> list[Mention]:
    """Digits with no workshop noun (and number words, only right after a choice word): in
    a sentence about workshops, right after a choice word ("tager 2", "helst 3"), the one
    given up right after a mention ("3 i stedet for 2"; `replacing` maps where such words
    end to where they start) or forgotten ("Glem det med 1"), right before the word of a
    correction saying what was meant
    ("*3 mente jeg"; `meant` holds where those start) or of the rank it is put at ("ryk 3 op
    som nr. 1", "put 3 at the top"; `ranked_first`), in a pair of alternatives ("2 eller
    3"), answering our question about the workshop, opening a short answer that goes on
    to the meal ("2 + mad", "3, ingen mad", "3, nej tak") or opening one that chooses it after
    it ("Kommer! 3 for mig."; `chosen_after`: where such words start)."""
    tokens = doc.tokens
    out = []

    totals, forgetting = g.words["numbers.totals"], g.words["workshop.forgetting"]
    raisers = g.words["workshop.rank_raisers"]

    def governed(i: int) -> bool:
        """"tager nr 2"; "nej vent, 3 passer bedre"; a form's line: "Førstevalg: 3"; a
        correction's star opening a line: "*2 ikke 3. tastefejl". A correction that opens with
        a number corrects a workshop only when that number is one: "ws 2 nej 3" (not "Vi bliver
        2, jeg mener 3"). Not a count of them all: "I'm honestly interested in all three"."""
        if i > 0 and tokens[i - 1].text in totals:
            return False
        def counts(cue: Cue | None) -> bool:
            return cue is not None and not (cue.kind == "corrections" and tokens[cue.start].kind == "n"
                                            and cue.start not in used)

        before = choice_ends.get(i - 1)
        return counts(choice_ends.get(i)) or (counts(before) and (
            tokens[i - 1].kind == "w" or tokens[i - 1].text == ":" or before.kind == "corrections")) \
            or replacing.get(i, 0) - 1 in used \
            or (i in replacing and tokens[replacing[i]].text in forgetting) \
            or i + 1 in meant \
            or i + 1 in ranked_first or (i + 2 in ranked_first and tokens[i + 1].text in raisers) \
            or _starred(doc, i)

    # a number word only where it is chosen, standing alone: "Skriv mig på tre.", "... nej
    # vent, tre." (not "Jeg tager to kolleger med", "tilmelde to af vores frivillige", "still
    # coming to the ...", nor asked: "kan man være med i to?")
    articles, followers = g.words["numbers.articles"], g.words["numbers.numeral_followers"]
    first_answer = _first_numbered_answer(doc)  # "1) 3 / 2) nej tak"
    yes_or_no = doc.indices_of(g.union("polarity.yes", "polarity.no"))
    answering = set(meal_sentences) | {tokens[i].sent for i in yes_or_no}

    def beside_an_answer(i: int) -> bool:
        """Alone in its sentence, beside one that says yes or no or answers the meal: "1\nja",
        "Ok. 1. Spiser med." (not "2" alone, which may count people as well, nor after a
        "vi": "Vi kommer. 2.")."""
        if not _alone(doc, i):
            return False
        s = doc.sentence_of(i)[0]
        if s > 0 and any(t.text in g.words["party.we"] for t in tokens[slice(*doc.sentence_of(s - 1))]):
            return False
        return bool(answering - {tokens[i].sent})

    english = g.stopwords["en"]
    for i in doc.indices_of(g.numerals):
        value = g.numerals[tokens[i].text]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if tokens[i].text in english and language(
                [t.text for t in tokens[slice(*doc.sentence_of(i))] if t.kind == "w"], g, "da") == "en":
            continue  # the Danish "to" in an English sentence: "the one I can actually contribute to."
        if i not in used and i not in blocked and value in names.ids and tokens[i].text not in articles \
                and governed(i) and (nxt is None or nxt.kind == "p" or nxt.nl or nxt.text in followers) \
                and not doc.asks(i):
            out.append(Mention(value, i, i + 1, True, "bare"))
            used.add(i)
    for i in doc.digits:
        tok = tokens[i]
        if i in used or i in blocked:
            continue
        value = int(tok.text)
        if not _plausible(value, names):
            continue
        if value not in names.ids and not governed(i):
            continue  # a workshop we do not have is one only when chosen: "tager 4", not "after 6"
        if _aside(doc, g, i, used, choice_ends) and not _denied_after(doc, g, i, used):
            continue
        topical = tok.sent in anchored and not _counts_or_labels(doc, g, i)
        # (the second of a pair after "både": "deltage i både 1 og 2"; not any number after "og"
        # one taken: "mere til 3 end til 1 og 2")
        joined = i >= 3 and tokens[i - 1].text in _AND and i - 2 in used and tokens[i - 2].kind == "n" \
            and tokens[i - 3].text in g.words["text.pair_openers"] and not _counts_or_labels(doc, g, i)
        if asked or topical or joined or governed(i) or _paired(doc, i, names, blocked) \
                or _set_apart(doc, g, i, names, blocked) or (
                tok.sent in meal_sentences and _opens_answer(doc, i, blocked)) or _denied_after(doc, g, i, used) \
                or (value in names.ids and ((first_answer and i == first_answer.start) or beside_an_answer(i)
                                            or (_opens_answer(doc, i, blocked) and answer_after(doc, g, i + 1))
                                            or (i + 1 in chosen_after and _opens_answer(doc, i, blocked, i + 1)))):
            out.append(Mention(value, i, i + 1, True, "bare"))
            used.add(i)
    # and the first of a pair whose second is one: "Workshop: både 1 og 2" names both
    for m in list(out):
        k = m.start - 2
        if m.how == "bare" and k >= 1 and tokens[k + 1].text in _AND and tokens[k].kind == "n" \
                and tokens[k - 1].text in g.words["text.pair_openers"] and k not in used and k not in blocked \
                and int(tokens[k].text) in names.ids:
            out.append(Mention(int(tokens[k].text), k, k + 1, True, "bare"))
            used.add(k)
    return out


def _ranked_numbers(doc: Doc, ranking: list[Cue], names: Names, blocked: set[int], used: set[int]) -> list[Mention]:
    """Bare numbers listed after a word of ranking in its sentence, each workshop once and
    a few words at most between them: "Min rangorden: 3, så 1, så 2", "My ranking: 2 first,
    then 3, then 1" (which `_ranked` then reads in order)."""
    if not ranking:
        return []
    s, e = doc.sentence_of(ranking[0].start)
    listed = [i for i in doc.digits if ranking[0].end <= i < e and i not in used]
    values = [int(doc.texts[i]) for i in listed]
    if not 1 < len(listed) <= len(names.ids) or len(set(values)) < len(values) \
            or any(v not in names.ids for v in values) or any(i in blocked for i in listed) \
            or any(b - a > _RANK_GAP for a, b in zip(listed, listed[1:])) \
            or any(doc.texts[i + 1:i + 2] == [")"] for i in listed):
        return []  # (nor the labels of items: "1) vinkel 3 2) vinkel 1")
    used.update(listed)
    return [Mention(v, i, i + 1, True, "bare") for v, i in zip(values, listed)]


_RANK_GAP = 4  # tokens from one ranked number to the next: "3, så 1", "2 first, then 3"


def _replaced_for_good(doc: Doc, g: Grammar, mentions: list[Mention], ws_cues: Cues) -> None:
    """A workshop replaced by another ("bliver det Lokalområdet i stedet for Bæredygtighed") is
    given up in what follows too, unless a correction comes between: "Dog en rettelse til det,
    der står ved vinklerne: ... Lokalområdet i stedet for Bæredygtighed" over "[Vinkel 2:
    Bæredygtighed] Den her vil jeg gerne være med i" typed into our mail below it."""
    corrections = [c.start for c in ws_cues["corrections"]]
    replacing = g.words["workshop.replacing"]
    for cue in ws_cues["retract_from"]:
        if not replacing.intersection(doc.texts[cue.start:cue.end]):
            continue  # (a move only weighed is no replacing: "Jeg har overvejet at skifte fra workshop 1 til 2, men ...")
        given = next((m for m in mentions if 0 <= m.start - cue.end <= 3 and "retracted" in m.marks), None)
        if given is None:
            continue
        for m in mentions:
            if m.id == given.id and m.start > given.end and not any(given.end <= c < m.start for c in corrections):
                m.marks.add("retracted")


def _also_before_a_turn(doc: Doc, g: Grammar, m: Mention, mentions: list[Mention]) -> bool:
    """The mention is said to appeal "also", and a "but" after it in its sentence turns to
    another: "The local area angle also caught my eye, but partnerships is closer to what our
    foundation does" (the first is no choice, whatever the second is); or, with a word of
    appeal, to anything: "The sustainability and partnership angles are great too, but I think
    my contribution is the families' perspective"."""
    if g.words["workshop.appeal"].intersection(doc.texts[slice(*doc.clause_of(m.start))]) \
            and also_before_turning_to(doc, g, m, doc.sentence_of(m.start)[1] - 1):
        return True
    return any(n.id != m.id and also_before_turning_to(doc, g, m, n.start) for n in mentions)


def _denied_further_on(doc: Doc, g: Grammar, m: Mention, last: int) -> bool:
    """A negation right before the mention's bare number or rank after its sentence: "Så 2,
    ikke 3.", "ikke den sidste" (`last`: the last workshop's id). The choice is taken back,
    whatever replaces it."""
    negation, lasts = g.words["polarity.negation"], g.words["numbers.last"]
    tokens = doc.tokens
    for k in range(doc.sentence_of(m.start)[1], len(tokens) - 1):
        if tokens[k].text not in negation:
            continue
        j = k + 2 if tokens[k + 1].text in THE and k + 2 < len(tokens) else k + 1
        word = tokens[j].text
        rank = g.number_value(word) if tokens[j].kind == "n" else g.ordinals.get(word, last if word in lasts else None)
        if rank == m.id:
            return True
    return False


def _turned_to_another(doc: Doc, g: Grammar, m: Mention, mentions: list[Mention]) -> bool:
    """Named without words of choosing, then a "but" in its sentence turns to another workshop,
    named as plainly: "my heart says the local area one, but my head says partnerships"
    (neither is chosen there; not a fallback or an exclusion after the "but", nor one of several
    weighed before it)."""
    s, e = doc.sentence_of(m.start)
    turn = next((k for k in range(m.end, e) if doc.texts[k] in g.words["text.contrasts"]), None)
    if turn is None or any(n.id != m.id and s <= n.start < turn for n in mentions):
        return False
    return any(n.id != m.id and turn < n.start < e and not n.marks for n in mentions)


def _says_also(words: list[str]) -> bool:
    """The words say "also", "too" or "as well" ("well" alone opens a sentence as often)."""
    return bool(_ALSO.intersection(words)) or any(x == "as" and y == "well" for x, y in zip(words, words[1:]))


def also_before_turning_to(doc: Doc, g: Grammar, m: Mention, i: int) -> bool:
    """The mention is said to appeal "also", and a "but" after it in its sentence turns to
    token i."""
    a, b = doc.clause_of(m.start)
    if not _says_also(doc.texts[a:b]):
        return False
    e = doc.sentence_of(m.start)[1]
    turns = g.words["text.contrasts"]
    turn = next((k for k in range(b, e) if doc.texts[k] in turns), None)
    return turn is not None and turn < i < e


def _also_after_a_choice(doc: Doc, g: Grammar, m: Mention, mentions: list[Mention], choosing: set[int]) -> bool:
    """The mention is said to appeal "too", in a sentence that chooses nothing, after another
    workshop was chosen in an earlier one: "Please put me down for the second angle. ... The
    first angle looks really interesting too"."""
    a, b = doc.clause_of(m.start)
    said = doc.texts[a:b]
    if not ((_says_also(said) or g.words["workshop.compared"].intersection(said))
            and g.words["workshop.appeal"].intersection(said)):
        return False
    s, e = doc.sentence_of(m.start)
    return not any(doc.tokens[k].clause in choosing for k in range(s, e)) and any(
        n.id != m.id and n.start < s and doc.tokens[n.start].clause in choosing for n in mentions)


def _proposed(doc: Doc, mentions: list[Mention], cues: list[Cue], ws_only: list[Anchor]) -> None:
    """What another proposed to the sender is given up for another workshop named after it
    and not given up itself ("Tomas foreslog, at jeg skulle tage Partnerskaber. Jeg tror nu,
    jeg kan bidrage mere i Bæredygtighed"), or for one chosen before it, which the proposal does
    not replace ("Please put me down for Sustainability ... Hold on – my director ... suggested
    that I cover Partnerships instead"); with none, it is the sender's choice."""
    for cue in cues:
        target = nearest(doc, cue.start, cue.end, ws_only, back=0)
        if target is not None and any(m.id != target.ref.id and not m.marks & {"retracted", "negated"}
                                      for m in mentions):
            target.ref.marks.add("retracted")


def _aside(doc: Doc, g: Grammar, i: int, used: set[int], choice_ends: dict[int, Cue]) -> bool:
    """The number stands in a bracket after a workshop named before it in its sentence, with
    no word of choosing, weighing or doubt before it in the bracket: "2'eren siger mig mest,
    så den tager jeg (1 og 3 er også spændende, men det her er mit felt)" (not "2 (eller
    måske 3?)")."""
    s = doc.sentence_of(i)[0]
    opened = max((k for k in range(s, i) if doc.texts[k] == "("), default=None)
    if opened is None or ")" in doc.texts[opened:i]:
        return False
    weighing = g.union("workshop.alternatives", "workshop.fallback", "workshop.fallback_hedges",
                       "polarity.hedges", "polarity.undecided")
    return any(s <= u < opened for u in used) and not any(opened < k <= i for k in choice_ends) \
        and not any(t in weighing for t in doc.texts[opened:i])


def _denied_after(doc: Doc, g: Grammar, i: int, used: set[int]) -> bool:
    """The number is denied right after a workshop's: "mente 2 ikke 3", "2, not 3", "vinkel 3
    (og ikke 1)" (the negation before it is its own, see scope.nearest)."""
    tokens = doc.tokens
    if i < 2 or tokens[i - 1].text not in g.words["polarity.negation"]:
        return False
    k = i - 2
    while k > 0 and i - k <= 3 and (tokens[k].text in _PAIR_PUNCTUATION or tokens[k].text in _AND
                                      or tokens[k].text == "("):
        k -= 1
    return k in used and tokens[k].sent == tokens[i].sent


def _set_apart(doc: Doc, g: Grammar, i: int, names: Names, blocked: set[int]) -> bool:
    """Numbers set against each other by a negation and a "men" in one sentence, this one
    led by either, a preposition between: "Ikke 2, men 3", "Ikke 1, ikke 3 – men 2", "Not 1
    but 2", "ikke i 2, som jeg nævnte ..., men i 3"; or a comma right after the one denied:
    "Kommer. Ikke 3, 1. Spiser med"."""
    tokens = doc.tokens
    s, e = doc.sentence_of(i)
    negations, contrasts = g.words["polarity.negation"], g.words["text.contrasts"]
    prepositions = g.words["workshop.prepositions"]

    def leader(j: int) -> str:
        k = j - 2 if tokens[j - 1].text in prepositions and j - 2 >= s else j - 1
        return tokens[k].text

    led = {j: leader(j) for j in doc.digits
           if s < j < e and j not in blocked and _plausible(int(tokens[j].text), names)}
    if led.get(i) == "," and led.get(i - 2) in negations:
        return True
    return any(w in negations for w in led.values()) and any(w in contrasts for w in led.values()) \
        and (led.get(i) in negations or led.get(i) in contrasts)


def _counts_or_labels(doc: Doc, g: Grammar, i: int) -> bool:
    """A number with a content word beside it counts or labels that thing, even in a
    sentence about workshops: "den grønne vinkel – vi har 3 genbrugsprojekter", "jeg
    sidder i gruppe 1 i vores afdeling" (not "helst 3, ellers 2", "2 lyder bedst")."""
    function = _function_words(g)
    tokens = doc.tokens
    before = tokens[i - 1] if i > 0 and not tokens[i].nl else None  # on the same line
    after = tokens[i + 1] if i + 1 < len(tokens) and not tokens[i + 1].nl else None
    return any(t is not None and t.kind == "w" and t.text not in function for t in (before, after))


@functools.cache
def _function_words(g: Grammar) -> frozenset[str]:
    """Words that leave a number free to be a choice; a workshop noun in the plural counts
    ("deltog i 2 workshops om bæredygtighed")."""
    return g.union("workshop.near_numbers", "workshop.choice", "workshop.choice_after",
                   "workshop.preference", "workshop.fallback", "workshop.switch", "workshop.markers",
                   "workshop.number_markers", "workshop.alternatives", "polarity.yes", "polarity.no",
                   "polarity.undecided", "polarity.negation", "text.filler", "text.coordinators",
                   "text.clause_breaks", "language.stopwords") - g.words["workshop.plural_markers"]


def _opens_answer(doc: Doc, i: int, blocked: set[int], chosen: int = -1) -> bool:
    """The number opens its sentence (after a yes: "Ja tak – 2 og mad"), stands alone and is
    its only number: "2 + mad", "3, ingen mad", "1 og spiser med" (not "3 af os", "2
    personer", "1 og 2 lyder godt"); or is followed by words choosing it, starting at
    `chosen` ("3 for mig")."""
    tokens = doc.tokens
    s, e = doc.sentence_of(i)
    # (or opens what a colon or a dash leads to: "Hej Pia, i al hast: 3 + mad.", "Count me in
    # – 2, no dinner for me thanks")
    s = max([s] + [k + 1 for k in range(s, i) if tokens[k].text == ":" or tokens[k].text in DASHES])
    yes = grammar().words["workshop.answer_openers"]
    if chosen >= 0:  # (or drawn as a conclusion, the words after it choosing it: "So 3 it is.")
        yes = yes | grammar().words["intent.concluding"]
    while s < i and (tokens[s].kind == "p" or tokens[s].text in yes):
        s += 1
    return s == i and (i + 1 in (len(tokens), chosen) or tokens[i + 1].kind == "p"
                       or tokens[i + 1].text in _CONNECTORS or tokens[i + 1].text in _WITH_OR_WITHOUT) \
        and not any(j != i and s <= j < e and j not in blocked for j in doc.digits)


def _the_other(doc: Doc, g: Grammar, m: Mention, found: list[Mention]) -> bool:
    """"den anden vinkel" after another workshop named in its sentence or the one before:
    the other one, or the second? ("Lokalområdet har vi selv arbejdet meget med, så jeg
    melder mig til den anden vinkel denne gang"); see _bare_ordinals."""
    return m.how == "ordinal" and any(t in g.words["numbers.other_ordinals"] for t in doc.texts[m.start:m.end]) \
        and _another_named_before(doc, m.id, m.start, found)


def _another_named_before(doc: Doc, wid: int, i: int, named: list[Mention]) -> bool:
    """A workshop other than `wid` named before token i, in its sentence or the one before."""
    tokens = doc.tokens
    return any(m.id != wid and m.start < i and 0 <= tokens[i].sent - tokens[m.start].sent <= 1 for m in named)


def _the_one_left(doc: Doc, g: Grammar, names: Names, named: list[Mention], said: list[Cue]) -> list[Mention]:
    """"Bæredygtighed og partnerskaber har vi allerede arbejdsgrupper om, så jeg melder mig på
    den tilbageværende vinkel": the one workshop not named, where the sender chooses the one
    left; `said`: the same in a clause ("Så må det blive den, der er tilbage")."""
    left = names.ids - {m.id for m in named}
    if len(left) != 1 or len(names.ids) < 2:
        return []
    tokens = doc.tokens
    # the remaining one, or the remaining workshop (not "den resterende tid")
    at = next((i for i in doc.indices_of(g.words["workshop.remaining"])
               if i + 1 == len(tokens) or tokens[i + 1].kind == "p" or tokens[i + 1].text == "one"
               or _is_marker(tokens[i + 1].text, names)), None)
    if at is None and said:
        at = said[0].start
    return [] if at is None else [Mention(next(iter(left)), at, at + 1, True, "left")]


def _alone(doc: Doc, i: int) -> bool:
    """The number is all its sentence says: "1\nja", "Yes. 2. No dinner."."""
    s, e = doc.sentence_of(i)
    return s == i and all(t.kind == "p" for t in doc.tokens[i + 1:e])


def _paired(doc: Doc, i: int, names: Names, blocked: set[int]) -> bool:
    """A number joined to another by "eller" ("2 eller 3") or a fallback ("Gerne 1, ellers
    2"), or the two weighed ("mellem 1 og 3"): both are workshops."""
    tokens = doc.tokens
    if int(tokens[i].text) not in names.ids:
        return False
    g = grammar()
    joins = g.union("workshop.alternatives", "workshop.fallback")
    weighing, pauses = g.words["workshop.between"], g.words["text.hesitations"]
    for step in (-1, 1):
        between = []
        k = i + step
        # (a dash, a pause or a hedge may stand with the join: "Jeg tager 2 – eller måske 1",
        # "Jeg tager 1 ... eller 3.", "Tager workshop 3. Hmm eller måske 1")
        while 0 <= k < len(tokens) and len(between) < _PAIR_GAP and tokens[k].kind != "n" and (
                tokens[k].text in _PAIR_PUNCTUATION or tokens[k].text in joins or tokens[k].text in _AND
                or (tokens[k].text in _HEDGE_CONNECTORS and tokens[k].kind == "w") or tokens[k].text in pauses):
            between.append(tokens[k].text)
            k += step
        if step < 0 and "." in between and any(t in joins for t in between[:between.index(".")]) \
                and _numbered_before(doc, k, names, blocked):
            return True  # a second thought after the sentence that named one: "Workshop 3 for mig. Hmm, eller måske alligevel 1"
        if not any(t not in _PAIR_PUNCTUATION for t in between) or not 0 <= k < len(tokens) \
                or tokens[k].kind != "n" or k in blocked or int(tokens[k].text) not in names.ids:
            continue
        first = min(i, k)
        if any(t in joins for t in between) or (0 < first and tokens[first - 1].text in weighing):
            return True
    return False


_PAIR_PUNCTUATION = frozenset((",", "-", "…", "."))  # ("-" stands for every dash once normalised)
_PAIR_GAP = 6  # tokens between two numbers paired: ". Hmm, eller måske alligevel"


def _numbered_before(doc: Doc, k: int, names: Names, blocked: set[int]) -> bool:
    """The sentence that ends at token k names a workshop by its number."""
    if not 0 <= k < len(doc.tokens):
        return False
    s = doc.sentence_of(k)[0]
    return any(t.kind == "n" and j not in blocked and t.text.isdecimal() and int(t.text) in names.ids
               for j, t in enumerate(doc.tokens[s:k + 1], s))


def _bare_ordinals(doc: Doc, g: Grammar, used: set[int], anchored: set[int],
                   choice_ends: dict[int, Cue], asked: bool, last: int,
                   named: list[Mention], meal_sentences: frozenset[int] | set[int],
                   chosen_after: set[int]) -> list[Mention]:
    """"jeg tager den anden", "the second one", "den sidste af de tre", "den midterste"
    where the choice is the topic: a workshop is named in the sentence, or it says one
    chooses ("The second one sounds most relevant, so please sign me up for that"), or it
    opens an answer that goes on to the meal. `last`: the last workshop; `chosen_after`:
    where words that choose what stands before them start ("The middle one for me please").
    After two or more workshops listed together in that sentence or the one before, the
    ordinal counts those: "i tvivl mellem Partnerskaber og Lokalområdet, men jeg vælger
    den sidste" is Lokalområdet. `named`: the mentions found so far."""
    tokens = doc.tokens
    out = []
    choosing = {tokens[c.start].sent for c in choice_ends.values()}
    lasts, firsts, middles = g.words["numbers.last"], g.words["numbers.top"], g.words["numbers.middle"]
    second_lasts = g.words["numbers.second_last"]
    others, enumerating = g.words["numbers.other_ordinals"], g.words["numbers.enumerating"]
    enumerating_articles = g.words["numbers.enumerating_articles"]
    markers = g.words["workshop.markers"]
    bare, relative = g.words["numbers.bare_places"], g.words["numbers.relative_places"]
    lately, lately_articles = g.words["numbers.lately"], g.words["numbers.lately_articles"]
    set_aside, things = g.words["numbers.set_aside"], g.words["numbers.thing_articles"]
    articles, placing = g.words["numbers.articles"], g.words["numbers.place_prepositions"]
    for i in doc.indices_of(g.ordinals.keys() | lasts | firsts | middles | second_lasts):
        tok = tokens[i]
        # without its article only before the noun, as lists are spoken of: "last angle on the
        # list", "sidste vinkel" (not "en anden vinkel", nor the other one: "anden vinkel"); or
        # before "one", opening a short answer: "Second one 👍"
        start = i - 1 if i > 0 and (tokens[i - 1].text in THE or tok.text in bare) else i
        if start == i and i > 1 and tokens[i - 1].text in placing and tokens[i - 2].text in THE:
            start = i - 2  # "den i midten"
        opening = doc.sentence_of(i)[0] == i
        if i in used or (start == i and not (
                i + 1 < len(tokens) and (tokens[i + 1].text in markers or (opening and tokens[i + 1].text == "one"))
                and (opening or tokens[i - 1].text not in articles) and tok.text not in others)):
            continue
        if i > 1 and tokens[i - 2].text in enumerating and tokens[i - 1].text in enumerating_articles:
            continue  # "For det tredje: ..."
        if i > 1 and tok.text in lasts and tokens[i - 2].text in lately and tokens[i - 1].text in lately_articles:
            continue  # "det har vi snakket meget om på det sidste" (lately)
        if start > 0 and tokens[start - 1].text in set_aside:
            continue  # "Hov, glem det sidste – ..." (what was written, set aside)
        if start < i and tokens[start].text in things and not (i + 1 < len(tokens) and tokens[i + 1].text in markers):
            continue  # "Og ja tak til det sidste" (the last thing asked)
        if _in_a_fallbacks_condition(doc, g, i):
            continue  # "helst miljøvinklen, ellers den med virksomhederne, hvis der bliver for mange i den første"
        listed = _listed_before(doc, g, named, i)
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if nxt is not None and _of_them(tokens, i + 1, g.words["workshop.plural_markers"], g.words["language.stopwords"]):
            # "den sidste af de tre", "den nederste af vinklerne": of them all
            # (not "den første af de to" after two named: of those two)
            count = g.number_value(tokens[i + 3].text) if i + 3 < len(tokens) else None
            if count is not None and count != len(listed) and count != last:
                continue  # "den første af de to" of two not named here (in our quoted question)
            nxt, listed = None, (listed if count is not None and count == len(listed) < last else [])
        if len(listed) < 2 and tok.text in relative:
            # "the former"/"sidstnævnte" counts the last two named, never the invitation's
            # list: "I was weighing Partnerships against Local area. I'll take the former"
            before = list(dict.fromkeys(m.id for m in named if m.end <= i))
            if len(before) < 2:
                continue
            listed = before[-2:]
        if nxt is not None and nxt.text in markers and tok.text not in relative:
            listed = []  # of them all, the noun said: "1 og 2 er fyldt, så jeg tager den sidste workshop"
        if len(listed) < 2:
            if tok.text in others and _another_named_before(doc, g.ordinals[tok.text], i, named):
                continue  # "Lars har meldt sig til nr. 1, så jeg tager den anden": 2, or the other one?
            listed = list(range(1, last + 1))
        # "den sidste", "den øverste", "den midterste", "the middle one"
        rank = _rank(g, tok.text, len(listed))
        if rank is None:
            continue  # no middle one of two or four
        value = listed[rank - 1] if rank <= len(listed) else rank
        # the name set beside it says which, of those listed or of the invitation's: "selvom
        # både lokalområdet og bæredygtighed er oplagte, lander jeg på den sidste - partnerskaber";
        # one that is neither stands beside it as a second answer ("den første – partnerskaber")
        beside = _named_beside(doc, named, i)
        if beside is not None and beside in (value, _rank(g, tok.text, last)):
            value = beside
        elif beside is not None:
            out.append(Mention(beside, start, i + 1, True, "ordinal"))
        # "den sidste workshop", "den midterste og bliver til maden", "den sidste lyder sjovest"
        # (not "den første del")
        # (or an adverb of certainty after it: "Hvilken vinkel? Den første selvfølgelig")
        # (or its noun said before it in the plural: "Of the three angles, the second is closest
        # to my work", "Af de tre vinkler ligger den anden tættest på mit arbejde")
        plural_before = not g.words["workshop.plural_markers"].isdisjoint(doc.texts[doc.sentence_of(i)[0]:start])
        if nxt is not None and i + 1 not in chosen_after and not plural_before and not (
                nxt.kind == "p" or nxt.text == "one" or nxt.nl or nxt.text in markers or nxt.text in _AND
                or nxt.text in g.words["workshop.certainly"]):
            continue
        # ... or opening a short answer that goes on to the meal: "Den midterste + mad"
        opens = tok.sent in meal_sentences and doc.sentence_of(i)[0] == start
        if asked or start in choice_ends or opens or chosen_after & {i + 1, i + 2} or (
                (tok.sent in anchored or tok.sent in choosing) and not _prefaced(doc, i, named, choice_ends)):
            out.append(Mention(value, start, i + 1, True, "ordinal"))
            used.update(range(start, i + 1))
    return out


def _rank(g: Grammar, word: str, count: int) -> int | None:
    """The place a rank word names in a list of `count`: the last, the top, the middle (none of
    an even count), the one before the last or its ordinal."""
    if word in g.words["numbers.last"]:
        return count
    if word in g.words["numbers.top"]:
        return 1
    if word in g.words["numbers.middle"]:
        return (count + 1) // 2 if count % 2 else None
    if word in g.words["numbers.second_last"]:
        return count - 1 if count > 1 else None
    return g.ordinals.get(word)


def _named_beside(doc: Doc, named: list[Mention], i: int) -> int | None:
    """The workshop named right after the rank at token i, set apart by a dash, a bracket or a
    colon, and nothing said of it after it ("den sidste - partnerskaber", "the second one
    (sustainability)"; not the subject of a clause of its own: "vælger jeg sidstnævnte –
    Partnerskaber ligger lidt for langt fra min hverdag")."""
    tokens = doc.tokens
    k = i + 2 if i + 2 < len(tokens) and doc.texts[i + 1] == "one" else i + 1
    if k >= len(tokens) or not (doc.texts[k] in DASHES or doc.texts[k] in _BESIDE):
        return None
    m = next((m for m in named if m.start == k + 1), None)
    if m is None or (m.end < len(tokens) and tokens[m.end].kind != "p" and not tokens[m.end].nl
                     and doc.texts[m.end] not in _AND):
        return None
    return m.id


def _prefaced(doc: Doc, i: int, named: list[Mention], choice_ends: dict[int, Cue]) -> bool:
    """Token i is in what a colon closes, and the workshops and choosing of its sentence
    come after it: "Hi Pia, resending in case the first one didn't go through: I'll join
    workshop 3"."""
    s, e = doc.sentence_of(i)
    colon = next((k for k in range(i + 1, e) if doc.texts[k] == ":"), None)
    return colon is not None and not any(s <= m.start < colon for m in named) \
        and not any(s <= c.start < colon for c in choice_ends.values())


def _in_a_fallbacks_condition(doc: Doc, g: Grammar, i: int) -> bool:
    """Token i stands in the condition put after a fallback in its sentence, which speaks of the
    first choice ("..., ellers den med virksomhederne, hvis der bliver for mange i den første"),
    not in one put before its answer ("Hvis der stadig er plads på den sidste, vil jeg gerne
    være med dér – ellers tager jeg den før")."""
    s = doc.sentence_of(i)[0]
    otherwise = next((k for k in range(s, i) if doc.texts[k] in g.words["text.otherwise"]), None)
    return otherwise is not None and any(doc.texts[k] in g.words["text.conditional"] for k in range(otherwise + 1, i))


def _listed_before(doc: Doc, g: Grammar, named: list[Mention], i: int) -> list[int]:
    """The workshops of the last list before token i ("Naboskab og Regnvand", "1 or 3"),
    in the order named, when it is in i's sentence or the one before; else []. Workshops
    named apart ("Ikke den første ... og heller ikke byhaverne") are no list."""
    tokens = doc.tokens
    links = g.union("text.joiners", "workshop.alternatives")
    near = [m for m in named if m.start < i and 0 <= tokens[i].sent - tokens[m.start].sent <= 1]
    run: list[Mention] = near[-1:]
    for m in reversed(near[:-1]):
        between = tokens[m.end:run[0].start]  # ("sustainability and the local area one")
        if not between or not all(t.text in links or t.text == "," or t.text in THE for t in between) \
                or all(t.text in THE for t in between):
            break
        run.insert(0, m)
    # turned down, they are not the ones counted: "Jeg er ikke så meget til bæredygtighed, og
    # lokalområdet er ikke lige mit felt, så jeg tager den sidste" is the last workshop
    # (nor are they when left to others: "I'll leave Local Area and Sustainability to the others and
    # take the last one")
    given_up = g.union("polarity.negation", "workshop.leaving_to_others")
    if any(t.text in given_up for m in run for t in tokens[slice(*doc.clause_of(m.start))]):
        return []
    ids = list(dict.fromkeys(m.id for m in run))
    return ids if len(ids) > 1 else []


_PAIR_GAP = 4  # words from one of a pair to the next: "the X section and the community Y one"
_PAIR_REACH = 3  # words from the pair to its "both": "the X one are both"
_OF = frozenset(("af", "of"))
_THEM = frozenset(("dem", "them"))
_THE_PLURAL = frozenset(("de", "the", "jeres", "your", "disse", "these"))  # ("af jeres tre vinkler")
_OF_WHAT = frozenset(("tre", "three", "to", "two", "fire", "four", "workshops", "vinkler", "workshoppene"))


def _of_them(tokens: list[Token], j: int, plurals: frozenset[str], small: frozenset[str]) -> bool:
    """"af de tre", "of the three", "af dem", "of them", "af vinklerne", "of the angles": the
    rest of an ordinal's phrase (`plurals`: the workshop nouns in the plural; `small`: the
    little words that may follow the count, no noun of other things: "den sidste af de tre for mig")."""
    if tokens[j].text not in _OF or j + 1 >= len(tokens):
        return False
    # (not of other things counted: "The first of the three networks (families/prevention) is
    # where I normally sit")
    counted = tokens[j + 1].text in _THE_PLURAL and j + 3 < len(tokens) \
        and (tokens[j + 2].kind == "n" or tokens[j + 2].text in _OF_WHAT) \
        and tokens[j + 3].kind == "w" and not tokens[j + 3].nl and tokens[j + 3].text not in plurals \
        and tokens[j + 3].text not in small
    if tokens[j + 1].text in plurals or (tokens[j + 1].text in _THE_PLURAL and j + 2 < len(tokens)
                                          and (tokens[j + 2].text in plurals or tokens[j + 2].kind == "n")):
        return not counted  # (a count in digits too: "den midterste af de 3 vinkler")
    return tokens[j + 1].text in _THEM or (
        tokens[j + 1].text in _THE_PLURAL and j + 2 < len(tokens) and tokens[j + 2].text in _OF_WHAT and not counted)


def _strength(doc: Doc, g: Grammar, names: Names, cues: Cues, mentions: list[Mention],
              markers: set[int]) -> None:
    """A name is a choice only where the sentence makes it one: next to a workshop noun,
    after a choice verb, in a short answer, or beside another mention it is listed with."""
    tokens = doc.tokens
    links = g.words["workshop.name_links"]
    before_cues = {c.end: c for kind in ("choice", "preference", "fallback", "switch", "retract",
                                          "retract_from", "ideas_for", "alternative_openers", "name_choice")
                  for c in cues[kind]}
    # (and what is put in place of another: "– men i Lokalområdet frem for Bæredygtighed")
    after_cues = {c.start for c in cues["choice_after"] + cues["retract_from"]}
    # "Partnerskaber (1. valg) eller Bæredygtighed": a bracket qualifies the name before it
    bracketed = {k for k, c in before_cues.items() if in_brackets(doc, c.start, c.end)}
    after_cues.update(before_cues.pop(k).start - 1 for k in bracketed)
    ends = {m.end - 1: m for m in mentions if m.how != "name"}
    first_answer = _first_numbered_answer(doc)
    choosing = {c.start for c in cues["choice"]}
    every, plural = g.words["party.everyone"], g.words["workshop.plural_markers"]
    previous: Mention | None = None
    for m in mentions:
        if m.how == "name" and not m.strong:
            a, b = doc.clause_of(m.start)
            # a colon opens the answer: "Hvis det stadig kan nås: Bæredygtighed og ingen mad"
            a = next((k + 1 for k in range(m.start - 1, a - 1, -1) if tokens[k].text == ":"), a)
            while a < m.start and tokens[a].kind == "p":  # the clause's comma: "Hej Pia, partnerskaber og ..."
                a += 1
            # ("begge to" and "alle tre" are one word of who: "Begge to på bæredygtighed"; what a
            # bracket adds qualifies it: "Tilmelding: Partnerskaber (evt. Lokalområdet hvis der er
            # fyldt op)")
            words, depth = 0, 0
            for k in range(a, b):
                if tokens[k].text == "(":
                    depth += 1
                elif tokens[k].text == ")":
                    depth = max(0, depth - 1)
                elif depth == 0 and tokens[k].kind != "p" and not (
                        k > a and tokens[k].text in g.numerals and tokens[k - 1].text in every):
                    words += 1
            # (a condition of being let in adds nothing: "Partnerskaber hvis der er plads, ellers ...")
            words -= sum(c.end - c.start for c in cues["permission"] if a <= c.start and c.end <= b)
            m.strong = (
                # (not a plural one, which names it among others: "both the local area and the
                # partnerships angles seem relevant")
                (m.end < len(tokens) and m.end in markers and tokens[m.end].text not in plural)
                # (or "one" in its place: "switch ... to the sustainability one")
                or (m.end < len(tokens) and not tokens[m.end].nl
                    and tokens[m.end].text in g.words["workshop.description_pronouns"])
                or _marker_before(tokens, m.start, links, markers, ends, before_cues)
                or any((m.start - k <= 3 or _words_between(g, tokens, k, m.start, links) <= _LINKED_GAP)
                       and a <= before_cues[k].start for k in before_cues if k <= m.start)
                or m.end in after_cues or (m.end + 1 in after_cues and tokens[m.end].text == ",")
                # (inside one, the verb put first: "Af de tre er Partnerskaber klart den mest relevante")
                or any(c.start < m.start and m.end < c.end for c in cues["choice_after"])
                or (words - (m.end - m.start) < SHORT_CLAUSE and not _names_a_counted_thing(doc, g, a, markers))
                or (m.start == a and _then_the_meal(tokens, g, m.end, after_cues))
                or (previous is not None and previous.strong and (
                    _listed(tokens, previous, m, before_cues) or _not_this_but(doc, g, previous, m)
                    or _but_also(doc, g, previous, m)))
                or m.start in first_answer
                or _put_first(doc, g, m, a, b, choosing)
                or _cleft_of_mine(doc, g, m, cues["choice"])
            ) and not _labels_the_words_before(doc, g, m, markers, ends) and not _cleft(doc, g, m, b) \
                and not _suggested_by_another(doc, g, a, m.start) and not _suited_to_others(doc, g, m.end, b) \
                and not _own_ought(doc, g, a, b)
        previous = m
    for p, m in pairwise(mentions):
        if p.id != m.id and _described_as_a_pair(doc, g, p, m):
            p.strong = m.strong = False


def _described_as_a_pair(doc: Doc, g: Grammar, p: Mention, m: Mention) -> bool:
    """`p` and `m` joined by "og"/"and" and then said "begge"/"both" of: the subject of a
    description, not a choice ("the local area section and the sustainability one are both so
    well written", "Afsnittet om Lokalområdet og det om Bæredygtighed er begge velskrevne")."""
    between, after = doc.tokens[p.end:m.start], doc.tokens[m.end:m.end + _PAIR_REACH]
    joined = any(t.text in g.words["text.coordinators"] for t in between)
    if not joined or len(between) > _PAIR_GAP or any(t.kind == "p" for t in between):
        return False
    said = next((k for k, t in enumerate(after) if t.text in g.words["workshop.pair_quantifiers"]), None)
    return said is not None and all(t.kind != "p" for t in after[:said])


def _cleft_of_a_choice(doc: Doc, g: Grammar, cue: Cue, mentions: list[Mention], after: list[Cue]) -> bool:
    """The past `cue` is the "var" of a cleft whose clause after the workshop chooses it: "men
    det var Partnerskaber, jeg bad om", "Det var Bæredygtighed, vi blev enige om" (what was
    asked for, not what was)."""
    if cue.start == 0 or doc.texts[cue.start - 1] not in g.words["polarity.anaphora"]:
        return False
    m = next((m for m in mentions if m.start == cue.end), None)
    return m is not None and any(c.start in (m.end, m.end + 1) for c in after)


def _own_ought(doc: Doc, g: Grammar, a: int, b: int) -> bool:
    """The clause a to b tells what the sender ought to choose, no choice: "Ud fra mit
    arbejdsområde burde jeg jo vælge Partnerskaber, men ..." (not what others think "we"
    ought to: "vores næstformand mener, vi burde tage bæredygtighed" weighs it)."""
    return ought(doc, g, a, b) and says_i(g, doc.tokens[a:b])


def _suggested_by_another(doc: Doc, g: Grammar, a: int, i: int) -> bool:
    """The name at token i is what another suggests in its clause: "Lars foreslår
    Bæredygtighed, men ..." (not the sender's own: "Jeg foreslår, at ...")."""
    before = doc.tokens[a:i]
    return any(t.text in g.words["workshop.suggesting"] for t in before) and not says_i(g, before)


def _suited_to_others(doc: Doc, g: Grammar, end: int, b: int) -> bool:
    """The name before token `end` is said to suit others, in its clause up to token b:
    "Bæredygtighed er mere noget for vores folk i Teknik og Miljø" (not "noget for mig")."""
    texts, heads = doc.texts, g.words["workshop.suited_heads"]
    return any(texts[k] in heads and texts[k + 1] in g.words["workshop.suited_links"]
               and texts[k + 2] not in g.words["party.sender_words"] for k in range(end, b - 2))


def _cleft_of_mine(doc: Doc, g: Grammar, m: Mention, choices: list[Cue]) -> bool:
    """The name closes the clause of a cleft ("er det"), and the clause after it chooses it in
    the sender's words, its choice closing that clause: "Efter at have læst beskrivelserne igen
    er det alligevel Bæredygtighed, jeg vil være med i"."""
    texts = doc.texts
    a, b = doc.clause_of(m.start)
    if m.end != b or b + 1 >= len(texts) or texts[b] != ",":
        return False  # (a comma ending the text opens no clause after it)
    c, d = doc.clause_of(b + 1)
    cleft = any(texts[k] in g.words["workshop.copulas"] and texts[k + 1] in g.words["polarity.anaphora"]
                for k in range(a, m.start - 1))
    return cleft and doc.opening(c, d) in g.words["party.first_person"] and any(
        c <= x.start and _closes_its_clause(doc, x, g.words["workshop.pointer_fillers"]) for x in choices
        if x.start < d)


def _cleft(doc: Doc, g: Grammar, m: Mention, b: int) -> bool:
    """The short clause of the name heads a cleft, the clause after it saying what it is of
    others than the sender: "Bæredygtighed er det, vi hele tiden taler om" (not "Naboskab er
    det klart den, jeg skal med i")."""
    texts = doc.texts
    e = doc.sentence_of(m.start)[1]
    k = b
    while k < e and doc.tokens[k].kind == "p":
        k += 1
    return b - m.end >= 2 and texts[m.end] in g.words["workshop.copulas"] \
        and texts[b - 1] in g.union("polarity.anaphora", "workshop.cleft_heads") and k < e \
        and texts[k] in g.words["workshop.cleft_subjects"]


def _labels_the_words_before(doc: Doc, g: Grammar, m: Mention, markers: set[int], ends: dict[int, Mention]) -> bool:
    """The name stands alone in brackets after words of something else, which it labels:
    "hvem køber plantekasserne (partnerskaber), hvem har brug for dem (lokalområdet)" (not after
    a workshop's number, in digits or words, or its noun: "workshop 3 (partnerskaber)", "To
    (bæredygtighed).")."""
    tokens = doc.tokens
    if m.start < 2 or m.end >= len(tokens) or tokens[m.start - 1].text != "(" or tokens[m.end].text != ")":
        return False
    k = m.start - 2
    return tokens[k].kind == "w" and k not in markers and k not in ends and g.number_value(tokens[k].text) is None


def _names_a_counted_thing(doc: Doc, g: Grammar, a: int, markers: set[int]) -> bool:
    """The clause at `a` names what an ordinal before it counts, and the count is of
    something else than the workshops: "det første punkt, lokalområdet, får I nok masser af
    folk til" (the invitation's list of points), not "den første, lokalområdet"; nor the
    answer after a colon to what it counts: "Til dit første spørgsmål: Partnerskaber"."""
    tokens = doc.tokens
    k = a - 1
    while k >= 0 and tokens[k].kind == "p":
        if tokens[k].text == ":":
            return False
        k -= 1
    return k >= 1 and tokens[k].kind == "w" and k not in markers and tokens[k].text not in g.ordinals \
        and tokens[k - 1].text in g.ordinals


def _put_first(doc: Doc, g: Grammar, m: Mention, a: int, b: int, choosing: set[int]) -> bool:
    """The name put first in its clause as the object of the choice after it, the verb and
    the sender next: "Men Bæredygtighed vil jeg meget gerne være med i!", "Partnerskaber
    tager jeg", "Bæredygtighed vælger vi begge"."""
    tokens = doc.tokens
    if m.end + 1 >= b or any(t.kind == "w" and t.text not in g.union("text.contrasts", "text.coordinators")
                             for t in tokens[a:m.start]):
        return False
    verb, subject = tokens[m.end], tokens[m.end + 1]
    verbs = g.union("intent.modals", "text.helping_verbs")
    return (verb.text in verbs or m.end in choosing) and subject.text in g.union("party.first_person", "party.we") \
        and any(m.end <= k < b for k in choosing)


_PERSPECTIVE_REACH = 3  # tokens after "fra" to its point of view: "fra | lokalområdets side"
_FROM_REACH = 3  # words after "fra", before the workshop, in which the sender stands: "fra firmaet mig ws1"
_NOT_BEFORE = 2  # words from "not" to the workshop it turns down: "not the local area one"


def _not_this_but(doc: Doc, g: Grammar, turned_down: Mention, m: Mention) -> bool:
    """"I am choosing not the local area one but the one of sustainability", "vælger ikke
    lokalområdet, men bæredygtighed": what follows the "but" takes the place of the one
    turned down, in the same clause or sentence, and is as strong."""
    tokens = doc.tokens
    negations, turns = g.words["polarity.negation"], g.words["text.contrasts"]
    if tokens[turned_down.start].sent != tokens[m.start].sent:
        return False
    negated = any(t.text in negations for t in tokens[max(0, turned_down.start - _NOT_BEFORE):turned_down.start])
    return negated and any(t.text in turns for t in tokens[turned_down.end:m.start])


def _but_also(doc: Doc, g: Grammar, first: Mention, m: Mention) -> bool:
    """"ikke kun interesseret i bæredygtighed, men også i lokalområdet", "not only X but also
    Y": the second is as strong as the first, in its sentence."""
    tokens = doc.tokens
    if tokens[first.start].sent != tokens[m.start].sent:
        return False
    between = [t.text for t in tokens[first.end:m.start] if t.kind != "p"]
    turns = g.words["text.contrasts"]
    return any(w in turns and nxt in _ALSO for w, nxt in zip(between, between[1:]))


def _first_numbered_answer(doc: Doc) -> range:
    """The line of item 1 in answers numbered like the invitation's two questions ("1) The
    local area one / 2) Yes, I'll stay for the food"): it answers which workshop."""
    tokens = doc.tokens
    one = next((i for i in numbered_items(doc) if tokens[i].text == "1"), None)
    if one is None:
        return range(0)
    return range(one + 2, next((k for k in range(one + 1, len(tokens)) if tokens[k].nl), len(tokens)))


_MEAL_AFTER = 4  # words from "og" to the meal: "Bæredygtighed og ingen mad til mig", "og ja tak til mad"


def _then_the_meal(tokens: list[Token], g: Grammar, end: int, choosing_after: set[int]) -> bool:
    """An answer opening with the name and going on to answer about the meal:
    "Bæredygtighed og ingen mad til mig", "partnerships + dinner please", "Partnerskaber +
    mad for mig tak", "Urban gardens and soup for me" (not "Lokalområdet og maden i
    Hedemarken er vigtig for os"). `choosing_after`: where words that choose what stands
    before them start ("for mig")."""
    if end >= len(tokens) or tokens[end].text not in g.words["workshop.then_meal"]:
        return False
    meal = next((k for k in range(end + 1, min(end + 1 + _MEAL_AFTER, len(tokens)))
                 if tokens[k].text in g.words["dinner.nouns"]), None)
    if meal is None:
        return False
    answers = g.union("polarity.yes", "polarity.no", "polarity.negation", "dinner.eat_verbs", "workshop.choice_after")
    clause = tokens[meal].clause
    return any(t.text in answers or k in choosing_after for k, t in enumerate(tokens[end + 1:], end + 1)
               if t.clause == clause)


_LINKED_GAP = 2  # words other than links from a choice to the name: "hellere på det der med naboskab"


def _words_between(g: Grammar, tokens: list[Token], k: int, start: int, links: frozenset[str]) -> int:
    """Tokens from k up to the name at `start`, its links not counted: "hellere på det der med
    naboskab" has two; all when a workshop noun stands between, the name inside its
    description ("rather join the group on how neighbours meet": asked about, see topics)."""
    between = [tokens[j].text for j in range(k, start)]
    if g.union("workshop.markers", "workshop.compound_markers").intersection(between):
        return len(between)
    return sum(t not in links for t in between)


def _marker_before(tokens: list[Token], start: int, links: frozenset[str], markers: set[int],
                   ends: dict[int, Mention], cues: dict[int, Cue]) -> bool:
    """"workshop 1 om lokalområdet", "vinkel 2: Bæredygtighed", "the workshop on ..."."""
    j = start - 1
    while j >= 0 and start - j <= 4:
        if j in markers or j in ends:
            return True
        if tokens[j].text in links or tokens[j].text == ",":
            j -= 1
            continue
        cue = cues.get(j + 1)
        if cue is not None:
            j = cue.start - 1
            continue
        return False
    return False


def _listed(tokens: list[Token], first: Mention, second: Mention, cues: dict[int, Cue]) -> bool:
    """Two mentions joined only by "og", "eller", commas or a fallback word ("interested in
    the partnership and also the sustainability"), or taken in turn ("Local area and then
    Partnerships")."""
    j = first.end
    while j < second.start:
        text = tokens[j].text
        if text in _CONNECTORS or text in _HEDGE_CONNECTORS or text in THE or text in _ALSO or text in _IN_TURN:
            j += 1
            continue
        cue = next((c for c in cues.values() if c.start == j), None)
        if cue is None:
            return False
        j = cue.end
    return second.start - first.end <= 4


def _raised_to_a_belief(doc: Doc, g: Grammar, cue: Cue, anchors: list[Anchor]) -> list[Anchor]:
    """The workshops of the "at"-clause after a belief the negation `cue` was raised to: "Jeg
    tror ikke, at jeg vil på lokalområdet", "men jeg mente faktisk ikke, at jeg ville på
    lokalområdet" (the choice in the clause is denied)."""
    a, b = doc.clause_of(cue.start)
    k = b + (b < len(doc.tokens) and doc.tokens[b].kind == "p")  # (past the comma between)
    if k >= len(doc.tokens) or not any(t in g.words["dinner.beliefs"] for t in doc.texts[a:cue.start]):
        return []
    c, d = doc.clause_of(k)
    if doc.opening(c, d) not in g.words["dinner.reported"]:
        return []
    return [x for x in anchors if c <= x.start < d]


def _merge(doc: Doc, g: Grammar, mentions: list[Mention]) -> list[Mention]:
    """"workshop 3 om partnerskaber", "vinkel 2: Bæredygtighed": one mention, not two."""
    links = g.words["workshop.name_links"]
    out: list[Mention] = []
    for m in mentions:
        last = out[-1] if out else None
        if last is not None and last.id == m.id and m.start - last.end <= 3 and all(
            t.text in links or t.kind == "p" for t in doc.tokens[last.end:m.start]
        ):
            last.end = m.end
            last.strong = last.strong or m.strong
            continue
        out.append(m)
    return out


# -- the choice ---------------------------------------------------------------------------

def choose(doc: Doc, g: Grammar, names: Names, mentions: list[Mention], ws_cues: Cues,
           negations: list[Cue], undecided: list[Cue], dinner_anchors: list[Anchor]) -> Choice:
    """The workshop the sender chooses, or None with the words that leave it open.

    `negations`/`undecided`: polarity cues; `undecided` only those about the workshop.
    """
    result = Choice(mentions=mentions)
    if not mentions and not undecided:
        return result
    anchors = [Anchor(m.start, m.end, "workshop", m) for m in mentions] + dinner_anchors
    ws_only = [a for a in anchors if a.what == "workshop"]
    noes = g.words["polarity.no"]
    correcting = {i for c in ws_cues["corrections"] for i in range(c.start, c.end)}
    for cue in negations:
        if _answers_what_follows(doc, cue, noes, dinner_anchors) or cue.start in correcting \
                or _denies_the_reason(doc, g, cue) or _opens_a_reversal(doc, g, cue) \
                or _answers_before_a_clause_of_mine(doc, g, cue, noes):
            continue  # "Workshop 3 – og nej, jeg spiser ikke med"; "2'eren.. nej forresten 3'eren"
        raised = _raised_to_a_belief(doc, g, cue, ws_only)
        if raised:
            for x in raised:
                x.ref.marks.add("negated")
            continue
        target = nearest(doc, cue.start, cue.end, anchors) or _labelled_before(doc, cue, ws_only)
        if target is not None and target.what == "workshop" and not (
                target.start < cue.start and _joins_a_phrase_after(doc, g, cue)):
            _mark_list(doc, mentions, target.ref, "negated")
            if target.start < cue.start:
                _mark_pair_before(doc, mentions, target.ref, "negated")
    for label in _put_off_after_a_label(doc, g, ws_cues["future"], ws_only):
        label.ref.marks.add("negated")
    for label in _yes_after_an_asked_label(doc, g, ws_only):
        label.ref.strong = True
    senders = g.words["party.sender_words"]  # ("i" is "in" as often as "I")
    full_before = {(c.start, c.end) for c in ws_cues["fallback_if"]}  # said before or after the fallback
    rather, only = g.words["workshop.comparatives"], g.words["dinner.only"]
    # (past a comma: "Jeg ville tage Partnerskaber, hvis det ikke var fordi min kollega ...")
    said_of_before = {(c.start, c.end) for c in ws_cues["counterfactual_after"]
                      if nearest(doc, c.start, c.end, ws_only, whole_sentence=True, ahead=0,
                                 back=_SAID_OF_BEFORE_BACK) is not None}
    for kind, mark, kw in (("retract", "retracted", {}), ("retract_from", "retracted", {"ahead": 3, "back": 0}),
                           ("ideas_for", "retracted", {"ahead": 3, "back": 0}),
                           ("hosted", "retracted", {"ahead": _HOSTED_AHEAD, "back": 0}),
                           ("its_people", "retracted", {"ahead": 2, "back": 0}),
                           ("disregarded", "retracted", {"ahead": _DISREGARDED_AHEAD, "back": 0}),
                           ("documents", "retracted", {"whole_sentence": True, "ahead": _DOCUMENT_AHEAD, "back": 0}),
                           ("answered_elsewhere", "retracted", {"whole_sentence": True, "ahead": _DOCUMENT_AHEAD, "back": 0}),
                           ("counterfactual", "retracted", {"whole_sentence": True, "ahead": 12, "back": 0}),
                           ("counterfactual_after", "retracted", {"whole_sentence": True, "ahead": 0, "back": _SAID_OF_BEFORE_BACK}),
                           ("outcome", "retracted", {"back": 0}),
                           ("switch", "switched", {}),
                           ("preference", "preferred", {"whole_sentence": True, "ahead": 5}),
                           ("preference_after", "preferred", {"ahead": 0, "back": _SAID_OF_BEFORE_BACK}),
                           ("fallback", "fallback", {"whole_sentence": True, "ahead": 6, "back": 0}),
                           ("fallback_after", "fallback", {"whole_sentence": True, "ahead": 0, "back": 4}),
                           ("fallback_if", "if_full", {"whole_sentence": True, "ahead": _IF_FULL_AHEAD, "back": 0}),
                           ("about", "retracted", {"ahead": 0, "back": 2}),
                           ("avoided", "negated", {"whole_sentence": True, "ahead": 4, "back": 0}),
                           ("least", "negated", {"whole_sentence": True, "ahead": 0, "back": _LEAST_BACK})):
        for cue in ws_cues[kind]:
            if kind == "retract" and _keeps_the_first(doc, cue, ws_cues["settles"]):
                continue  # (see _kept_to_the_first)
            if kind == "retract_from" and not senders.isdisjoint(doc.texts[cue.end:min(
                    cue.end + _FROM_REACH, next((x.start for x in ws_only if x.start >= cue.end), cue.end + 1))]):
                continue  # who it is from: "Tilmelding fra mig: workshop 2", "vi er 2 fra firmaet mig ws1"
            if kind == "retract_from" and any(t in g.words["workshop.perspectives"]
                                               for t in doc.texts[cue.end:cue.end + _PERSPECTIVE_REACH]):
                continue  # a point of view, nothing left: "se det fra lokalområdets side"
            if kind == "retract_from" and cue.start > 0 and doc.texts[cue.start - 1] in g.words["workshop.from_degrees"]:
                continue
            if kind == "fallback_after" and (cue.start, cue.end) in full_before and any(
                    cue.end <= x.start < doc.sentence_of(cue.start)[1] for x in ws_only):
                continue  # the condition of the one after it: "Helst 2, men hvis der bliver for mange, tager jeg 1"
            if kind == "counterfactual" and (cue.start, cue.end) in said_of_before:
                continue  # said of the one before it, not of what follows: "Regnvand ville være det naturlige valg, men ..."
            relative = kind == "retract" and doc.opening(*doc.clause_of(cue.start)) in g.words["party.relatives"]
            # (said of the one its relative clause hangs on: "I stedet for workshop 1, som jeg
            # nævnte for Karen i telefonen, vil jeg hellere være med i Partnerskaber")
            target = nearest(doc, cue.start, cue.end, ws_only, **({"whole_sentence": True, "ahead": 0} if relative else kw))
            if kind == "outcome":
                # (or inside its phrase: "Hope the partnerships workshop goes well!")
                target = next((x for x in ws_only if cue.start < x.start < cue.end), target)
            if kind == "fallback_after" and target is not None and any(
                    t.kind != "p" and t.text not in only for t in doc.tokens[target.end:cue.start]):
                # right after the one it names (an "only" between: "Lokalområdet kun, hvis alt andet er
                # fuldt"), not past a turn: "helst 2 – men hvis der mangler folk i 3, ..."
                target = None
            if kind == "fallback_after" and target is not None and any(
                    c.end == target.start for c in ws_cues["preference"]):
                # the one preferred full, what comes after it the fallback: "Helst Partnerskaber –
                # er den fyldt op, så sæt mig bare et andet sted"
                target = None
            if kind == "fallback_after" and (target is None or _opens_clause(doc, g, cue.start)):
                target = _heading(doc, g, cue, ws_only, ws_cues) or target
            if kind == "fallback_if":
                full = _named_right_after(doc, g, cue, ws_only)
                inside = next((x for x in ws_only if cue.start < x.start < cue.end), None)
                if (full or inside) is not None and g.words["workshop.shortage_words"].intersection(
                        doc.texts[cue.start:cue.end]):
                    # one short of people is where the sender would go, the fallback itself: "I'd
                    # like to join workshop 1, unless you need more people in workshop 3"
                    target = full or inside
                elif full is not None or inside is not None:
                    target = _other_than_the_full(doc, cue, ws_only, full)
            if target is None and kind == "retract" and not relative:
                target = _reported(doc, g, cue, ws_only)
            if kind == "retract_from" and target is not None and in_brackets(doc, target.start, target.end):
                target = None  # a label, not its object: "hvor kommer træet fra (bæredygtighed)"
            if kind == "retract_from" and target is not None:
                target = _moved_from(doc, g, cue, target, mentions)
            if target is not None and kind == "retract_from":
                # every one listed ("mere til 3 end til 1 og 2"), and each of them named before it:
                # "... så skriv mig på 3 i stedet for 1"
                _mark_list(doc, mentions, target.ref, mark)
                for m in mentions:
                    if m.id == target.ref.id and m.end <= cue.start:
                        m.marks.add("retracted")
            elif target is not None and (kind in ("ideas_for", "hosted", "its_people")
                                         or (kind == "retract" and target.start < cue.start)):
                # "kan bruges i workshop 1 eller 2"; every one listed before it: "Lokalområdet og
                # partnerskaberne overlader jeg trygt til andre"
                _mark_list(doc, mentions, target.ref, mark)
            elif target is not None:
                target.ref.marks.update((mark, "fallback") if mark == "if_full" else (mark,))
                if kind == "preference" and doc.tokens[cue.start].text in rather:
                    target.ref.marks.add("rather")  # ranks against another: "helst 1 – men hellere 2 end 3"
    _set_aside_by_noun(doc, g, mentions, ws_cues["set_aside_by_noun"])
    for m in mentions:
        gloss = _glossed_by(doc, m, mentions)
        if gloss is not None:
            # ranked with the number it glosses, whichever of the two is meant: "Helst workshop 1
            # (bæredygtighed), ellers 3" prefers two (and which of them is asked)
            gloss.marks |= m.marks & {"preferred", "fallback"}
    impersonal, later = g.words["workshop.impersonal"], g.words["workshop.later"]
    alternatives = g.words["workshop.alternatives"]
    switching = {c.start for c in ws_cues["switch"]}
    chosen_in = {doc.tokens[c.start].clause for c in ws_cues["choice"] if c.start not in switching}
    for m in mentions:
        # (a move asked for is a request: "Kan jeg skifte til 3 i stedet?"; not one asked of
        # anyone: "Må man skifte over til workshop 2 undervejs?", nor one asked of later, after
        # another chosen in its sentence: "Jeg tager workshop 1 og spiser med – men kan jeg
        # skifte til 3 på dagen, hvis der er plads?")
        s, e = doc.sentence_of(m.start)
        requested = "switched" in m.marks and _asks_leave(doc, g, s, e) \
            and not any(t.text in impersonal for t in doc.tokens[slice(*doc.clause_of(m.start))]) \
            and not any(t.text in later for t in doc.tokens[s:e]) \
            and not any(s <= n.start < m.start and n.id != m.id and doc.tokens[n.start].clause in chosen_in
                        for n in mentions)
        # (nor one asked as the other branch of one named before: "Jeg tager Bæredygtighed. Eller
        # skal jeg tage Partnerskaber?", which weighs the two)
        offered = doc.opening(s, e) in alternatives and any(n.id != m.id and n.start < s for n in mentions)
        if doc.asks(m.start) and not requested and not offered:
            m.marks.add("question")
    _proposed(doc, mentions, ws_cues["proposed"], ws_only)
    _asked_for_then_otherwise(doc, g, mentions, ws_cues["fallback"])
    _pointed_back(doc, g, names, mentions, ws_cues)
    _replaced_for_good(doc, g, mentions, ws_cues)
    _preference_given_up(doc, g, mentions, ws_cues)
    # clauses that choose in so many words: a workshop named there is chosen now, and only
    # there may a workshop turned down be taken after all
    # (not a heading before a colon: "Tilmelding fra mig: Jeg sad med i partnerskabsgruppen ...
    # i foråret, så ikke den igen")
    choosing = {doc.tokens[c.start].clause for kind in CHOOSING for c in ws_cues[kind]
                if ":" not in doc.texts[c.end:doc.clause_of(c.start)[1]]}
    # "sidste år var jeg på bæredygtighedsholdet"; "selvom upcycling jo er mere
    # bæredygtigheds-track, vil jeg gerne melde mig til workshop nr. 3"
    # (a preference conceded is none: "tager jeg Lokalområdet – selvom 3'eren egentlig var mit
    # førstevalg")
    conceded_choosing = {doc.tokens[c.start].clause for kind in CHOOSING if kind != "preference"
                         for c in ws_cues[kind]}
    # (told full as a condition is the fallback's: "hvis workshop 2 allerede er fyldt, så 3")
    conditional = g.words["text.conditional"]
    for cue in ws_cues["past"] + ws_cues["concessive"] + ws_cues["full_now"]:
        clause = doc.tokens[cue.start].clause
        if cue.kind == "full_now" and any(t.text in conditional for t in doc.tokens[doc.clauses[clause][0]:cue.start]):
            continue
        if cue.kind == "past" and _cleft_of_a_choice(doc, g, cue, mentions, ws_cues["choice_after"]):
            continue
        if cue.kind == "past" and cue.start == doc.sentence_of(cue.start)[0]:
            # opening the sentence, it sets the time of the first mention after it, up to a
            # turn: "Sidst jeg var med til et af jeres netværksmøder, valgte jeg 3, så det er
            # tid til noget nyt" (not "Sidst ... sad jeg i workshoppen om byhaver, ..., så
            # denne gang vil jeg gerne prøve Naboskab")
            # (nor past a time of now: "Sidst tog jeg 2, i år tager jeg 3")
            s, e = doc.sentence_of(cue.start)
            e = next((k for k in range(cue.end, e) if doc.texts[k] in g.words["text.contrasts"]), e)
            e = min((c.start for c in ws_cues["now"] if cue.end <= c.start < e), default=e)
            e = min((doc.clause_of(m.start)[1] for m in mentions if cue.end <= m.start < e), default=e)
            for m in mentions:
                if s <= m.start < e:
                    m.marks.add("retracted")
                    m.marks.discard("preferred")
            continue
        if clause not in (conceded_choosing if cue.kind == "concessive" else choosing):
            here = [m for m in mentions if doc.tokens[m.start].clause == clause]
            if not here and cue.kind == "full_now" and any(
                    t.text in g.words["workshop.pointers"] for t in doc.tokens[slice(*doc.clauses[clause])]):
                # told full by a pointer back in its sentence: "Min 1. prioritet var egentlig
                # Partnerskaber, men Henrik fortalte mig i går, at den allerede er fyldt op"
                s = doc.sentence_of(cue.start)[0]
                here = [m for m in mentions if s <= m.start < cue.start][-1:]
            for m in here:
                # (what a colon spells out is said now: "Same as last time: Partnerships")
                if ":" not in doc.texts[cue.end:m.start]:
                    m.marks.add("retracted")
                    m.marks.discard("preferred")
    # "Det er ikke fordi jeg ikke kunne tænke mig at være med i Lokalområdet – det kunne
    # jeg sagtens – men ...": what is denied as the reason, up to the turn, is no choice
    for a, b in denied_reasons(doc, g, ws_cues):
        for m in mentions:
            if a <= m.start < b:
                m.marks.add("retracted")
    turns = g.words["text.contrasts"]
    # "..., at jeg ville tage bæredygtighed, men efter at have læst beskrivelserne igen har jeg
    # skiftet mening": what was named before the turn to a change of mind is taken back, from the
    # start of its sentence or of the brackets the turn stands in ("Vi tager begge 1'eren (Peter
    # havde først sagt 3, men han har skiftet mening)")
    for cue in ws_cues["changed_mind"]:
        s = doc.sentence_of(cue.start)[0]
        turn = next((k for k in range(cue.start - 1, s - 1, -1) if doc.texts[k] in turns), None)
        if turn is None:
            continue
        s = max([s] + [k + 1 for k in range(s, turn) if doc.texts[k] == "("])
        for m in mentions:
            if s <= m.start < turn:
                m.marks.add("retracted")
    # what the sentence before named, struck out by one naming none: "Workshop: 2. Nej, slet det
    # igen – jeg er faktisk i tvivl."
    for k, (s, e) in enumerate(doc.sentences[1:], 1):
        if strikes_out(doc, g, s, e) and not any(s <= m.start < e for m in mentions):
            for m in mentions:
                if doc.sentences[k - 1][0] <= m.start < s:
                    m.marks.add("retracted")
    # "Jeg tror, du vil få meget ud af workshop 1", "Du kunne jo tage Lokalområdet, det er
    # lige dig": suggested to the one the mail is forwarded to, in the suggestion's clause
    # and the clauses of its sentence that do not name the sender ("Jeg tager 2, og du
    # kunne jo tage 1")
    sender = g.union("party.first_person", "party.sender_words")
    for cue in ws_cues["suggested"]:
        s, e = doc.sentence_of(cue.start)
        for m in mentions:
            a, b = doc.clause_of(m.start)
            if s <= m.start < e and (a <= cue.start < b or not any(t.text in sender for t in doc.tokens[a:b])):
                m.marks.add("retracted")
    # "Next time I'd love to join the partnerships one", "gerne være med næste gang – især
    # hvis der igen bliver en vinkel om partnerskaber": chosen for another meeting
    # (and what its own clause names before it: "lad os sige 3, så må jeg tage bæredygtighed en
    # anden gang")
    for cue in ws_cues["future"]:
        e = doc.sentence_of(cue.start)[1]
        clause = doc.clause_of(cue.start)
        for m in mentions:
            if cue.start <= m.start < e or (m.end <= cue.start and doc.clause_of(m.start) == clause):
                m.marks.add("retracted")
    _ranked(doc, g, mentions, ws_cues["ranking"])
    _moved_to_the_top(doc, g, mentions, ws_cues["preference_after"])
    _chosen_by_rank(doc, g, mentions, ws_cues)
    _reversed(doc, g, mentions)
    _arrowed(doc, g, mentions)
    _mark_alternatives(doc, mentions, ws_cues)
    _every_one_listed(doc, mentions, names)
    _hung_on_a_condition(doc, g, mentions, ws_cues)
    # a choice settled after weighing them replaces what was weighed, as a correction does:
    # "... egentlig ville jeg gøre mest gavn i partnerskaber. Men ... Jeg lander på Bæredygtighed."
    settled = [c for c in ws_cues["settles"]
               if any(c.end <= m.start < doc.sentence_of(c.start)[1] for m in mentions)]
    corrected = _corrections(doc, mentions, sorted(ws_cues["corrections"] + settled), dinner_anchors,
                             ws_cues["switch"])
    if corrected is not None:
        result.unclear = corrected
        result.reasons.append(f"workshop unclear (corrected to something not understood): '{corrected}'")
        return result
    _kept_to_the_first(doc, mentions, ws_cues)
    # a doubt in what is granted is not about the choice made beside it: "Derfor vil jeg gerne
    # sidde med i Partnerskaber (vinkel 3), selvom emnet måske peger mere mod bæredygtighed"
    granted = [doc.clause_of(c.start) for c in ws_cues["concessive"]
               if doc.opening(*doc.clause_of(c.start)) == doc.texts[c.start]]
    granted = [(a, b) for a, b in granted if any(
        m.strong and doc.tokens[m.start].sent == doc.tokens[a].sent and not a <= m.start < b for m in mentions)]
    if granted:
        undecided = [c for c in undecided if not any(a <= c.start < b for a, b in granted)]
    _decide(doc, result, mentions, undecided, names, choosing)
    return result


def _pointed_back(doc: Doc, g: Grammar, names: Names, mentions: list[Mention], ws_cues: Cues) -> None:
    """"... bidrage mest til partnerskaberne, så skriv mig på den", "put me down for that
    one": a choice whose object points back chooses the workshop named before it in its
    sentence (or the sentence before), when only one is (and not one given up); after a
    "men" only what follows it counts, and what went before is given up ("... i 2'eren,
    men Helle sagde at I mangler folk til partnerskaber, så skriv mig bare derhen"). The
    object may open its clause too: "Partnerskaber er lige præcis det, vi arbejder med,
    så den vil jeg gerne være med i". A "men" that offers a fallback on a condition gives
    nothing up: "helst vinkel 2 – men hvis der mangler folk i 3, kan jeg også sagtens tage den".
    A pointer placed before or after, its neighbour left out, chooses the neighbour of the one
    named: "Min kollega har meldt sig til den sidste vinkel, så ... tager jeg den lige før" is 2."""
    tokens = doc.tokens
    after, before_it = g.words["workshop.position_after"], g.words["workshop.position_before"]
    back, turns, soft = g.words["workshop.pointers"], g.words["text.contrasts"], g.words["workshop.pointer_fillers"]
    offers = [c.start for kind in ("fallback_after", "fallback_if") for c in ws_cues[kind]]
    ranks = g.ordinals.keys() | g.union("numbers.last", "numbers.top", "numbers.middle", "numbers.second_last",
                                        "numbers.other_ordinals")
    # (a switch points back too: "Bæredygtighed passer faktisk meget bedre ... Så ret mig endelig til
    # den i stedet for 1")
    for cue in sorted(ws_cues["choice"] + ws_cues["switch"], key=lambda c: c.start):
        shift, k = 0, cue.end  # "skriv mig bare derhen", "skriv mig endelig på den"
        while k < min(len(tokens), cue.end + _POINTER_FILLERS) and tokens[k].text in soft:
            k += 1
        if doc.texts[cue.end - 1] in g.words["workshop.place_pointers"] \
                or doc.texts[cue.start] in g.words["workshop.place_pointers"] \
                or (k < len(tokens) and tokens[k].text in g.words["workshop.place_pointers"]
                    and (k + 1 == len(tokens) or tokens[k + 1].text in (".", "!"))):
            # the place is in the phrase: "vil jeg gerne være med der", "der vil jeg gerne være med"; or
            # ends the sentence after it: "så skriv mig endelig op dér." (not "op der, hvor ...")
            at = cue.start
        elif k < len(tokens) and tokens[k].text in back:
            if k + 1 < len(tokens) and (tokens[k + 1].text in g.words["workshop.pointer_describers"]
                                        or tokens[k + 1].text in ranks or tokens[k + 1].text in g.words["intent.when"]):
                # a description or a rank, not a pointer back: "Så jeg vælger den om miljøet",
                # "Partnerskaber kender vi allerede, så jeg tager den anden"; nor the article of a
                # time: "en tilsynssag, som jeg skal deltage i den dag"
                continue
            if any(tokens[j].text in g.words["workshop.pointed_by_mention"]
                   for j in range(k + 1, min(len(tokens), k + 1 + _MENTIONED_REACH))):
                continue  # one picked out by where we name it: "Jeg vil hellere være med i den, I nævner sidst"
            position = k + 1
            while position < len(tokens) and tokens[position].text in g.words["workshop.position_adverbs"]:
                position += 1
            if position < len(tokens) and (tokens[position].text in after or tokens[position].text in before_it):
                if any(position < m.start <= position + 2 for m in mentions):
                    continue  # its neighbour named after it (see _placed_by_neighbour): "den lige før Byhaver"
                shift = 1 if tokens[position].text in after else -1
            at = cue.start
        else:
            # (the place fronted too: "..., så der melder jeg mig til")
            at = _fronted_pointer(doc, cue, back | g.words["workshop.place_pointers"], soft)
            if at is None and _closes_its_clause(doc, cue, soft):
                at = _fronted_pointer(doc, cue, g.words["workshop.fronted_pointers"], soft) \
                    or _cleft_pointer(doc, g, cue, back)
            if at is None:
                continue
        s = doc.sentence_of(at)[0]
        # (not a place fronted, which points within its sentence: "Jeg er også med til
        # familienetværket d. 13/9 – der har jeg sagt ja tak til maden")
        # (unless it opens the sentence: "Byhaver ligger mig nærmest. Der vil jeg gerne være med.")
        if s > 0 and not any(s <= m.start < at for m in mentions) \
                and (doc.texts[at] not in g.words["workshop.place_pointers"] or at == s):
            s = doc.sentence_of(s - 1)[0]  # "... gør mest gavn i partnerskaber. Så skriv mig op til den."
        turn = max((j for j in range(s, at) if tokens[j].text in turns), default=s)
        # (nor one turned down before it: "Regnvand er ikke rigtig mig, jeg er mere til byhaver, så
        # jeg melder mig på den")
        before = [m for m in mentions if turn <= m.start and m.end <= at and not m.marks & {"retracted", "negated"}]
        if len({m.id for m in before}) != 1:
            continue
        chosen = before[-1]
        if "question" in chosen.marks and _asks_which_is_which(doc, g, chosen):
            continue  # "Er workshop 3 den om miljøet? Så tager jeg den.": which is meant waits for us
        if _turned_down_right_after(doc, g, cue, chosen):
            chosen.marks.add("negated")  # "Workshop 1 er vist mest for kommunen, så den tager jeg ikke"
            continue
        if shift:
            # (a fallback after "ellers" gives nothing up: "Hvis der stadig er plads på den sidste, vil
            # jeg gerne være med dér – ellers tager jeg den før")
            # (nor one offered on a condition in its sentence: "Hvis den workshop bliver overtegnet,
            # må du gerne flytte mig til den efter", "Er den fuld, så flyt mig gerne til den efter")
            fallback = any(doc.clause_of(c.start) == doc.clause_of(at) for c in ws_cues["fallback"]) \
                or not g.words["text.conditional"].isdisjoint(doc.texts[doc.sentence_of(at)[0]:at]) \
                or any(doc.sentence_of(at)[0] <= c.start < at for c in ws_cues["fallback_if"])
            if not fallback:
                for m in before:
                    m.marks.add("retracted")
            if chosen.id + shift in names.ids:
                neighbour = Mention(chosen.id + shift, k, k + 1, True, "ordinal", chosen_at=at)
                if fallback:
                    neighbour.marks.add("fallback")
                mentions.append(neighbour)
                mentions.sort(key=lambda m: m.start)
            continue
        chosen.strong = True
        chosen.chosen_at = at
        if any(turn <= o < at for o in offers):
            chosen.marks.add("fallback")  # offered on a condition: nothing before it given up
            continue
        # named in a question, chosen in the answer after it: "Er der stadig plads i
        # Lokalområdet? Så skriv mig på den."
        chosen.marks.discard("question")
        # (a "men" opening the sentence turns from the sentence before it too: "Jeg tager
        # Regnvand. Men min leder synes, Naboskab passer bedre, så skriv mig på den"; and an
        # "i stedet" in the pointer's clause from all before it: "Workshop 2. ... PS: ... vinkel
        # 3 passer faktisk meget bedre ... Så sæt mig på den i stedet for 2.")
        since = doc.sentence_of(s - 1)[0] if turn == s and s > 0 and tokens[s].text in turns else s
        if any(doc.clause_of(c.start) == doc.clause_of(at) for c in ws_cues["switch"] + ws_cues["retract_from"]):
            since = 0
        for m in mentions:
            if since <= m.start < turn and m.id != chosen.id:
                m.marks.add("retracted")


def _turned_down_right_after(doc: Doc, g: Grammar, cue: Cue, chosen: Mention) -> bool:
    """A choice pointing back at a workshop named earlier in its sentence and negated right
    after its verb: "Workshop 1 er vist mest for kommunen, så den tager jeg ikke", or right
    before it: "I know the local area quite well already, so I won't pick that one" (not a
    double negative, nor a pointer at what the sentence before named: "Bæredygtighed, tak. Og
    maden – den siger jeg ikke nej til", "Dinner - wouldn't miss it")."""
    k = cue.end
    negation = g.words["polarity.negation"]
    if doc.tokens[chosen.start].sent != doc.tokens[cue.start].sent:
        return False
    if cue.start > 0 and doc.texts[cue.start - 1] in negation:
        return True
    return k < len(doc.tokens) and doc.texts[k] in negation \
        and (k + 1 >= len(doc.tokens) or doc.texts[k + 1] not in g.words["polarity.no"])


def _asks_which_is_which(doc: Doc, g: Grammar, m: Mention) -> bool:
    """The question naming the workshop asks whether it is the one described: "Er workshop 3
    den om miljøet?", "Is angle 3 the one about recycling?"; or whether it is the one meant:
    "– er det lokalområdet, hun skal have?"."""
    e = doc.sentence_of(m.start)[1]
    words = g.union("workshop.description_pronouns", "workshop.description_articles")
    links = g.words["workshop.description_links"]
    if m.start >= 2 and doc.texts[m.start - 2] in g.words["workshop.copulas"] \
            and doc.texts[m.start - 1] in g.words["polarity.anaphora"]:
        return True
    return any(doc.texts[k] in words and doc.texts[k + 1] in links for k in range(m.end, e - 1))


_POINTER_FILLERS = 2  # words between a choice and the pointer after it: "endelig på den"
_MENTIONED_REACH = 3  # tokens from a pointer to a verb of naming that picks it out: "den, I nævner sidst"
_FRONTED_REACH = 4  # words from a fronted pointer to its choice: "den vil jeg gerne | være med i"


def _closes_its_clause(doc: Doc, cue: Cue, soft: frozenset[str]) -> bool:
    """Nothing but fillers after a choice in its clause: "Det vælger jeg." (not "så det tager
    jeg gerne med ind i workshoppen")."""
    return all(t.text in soft for t in doc.tokens[cue.end:doc.clause_of(cue.start)[1]] if t.kind == "w")


def _cleft_pointer(doc: Doc, g: Grammar, cue: Cue, back: frozenset[str]) -> int | None:
    """Where the pointer stands that a cleft puts in the clause before the choice: "..., så det
    er den, jeg melder mig til" (the choice's clause opening with its subject or "som")."""
    a = doc.clause_of(cue.start)[0]
    if a == 0 or doc.tokens[a - 1].sent != doc.tokens[a].sent:
        return None
    # (particles left out: "Det er nemlig den, jeg har valgt")
    words = [k for k in range(*doc.clause_of(a - 1)) if doc.tokens[k].kind == "w"
             and doc.texts[k] not in g.words["text.particles"]]
    opening = doc.opening(a, cue.start)
    if len(words) >= 2 and doc.texts[words[-1]] in back and doc.texts[words[-2]] in g.words["text.helping_verbs"] \
            and (opening in g.words["party.first_person"] or opening in g.words["dinner.relative_openers"]):
        return words[-1]
    return None


def _fronted_pointer(doc: Doc, cue: Cue, back: frozenset[str], soft: frozenset[str]) -> int | None:
    """Where the pointer opening the clause of a choice stands ("så den vil jeg gerne være
    med i", "dén tager jeg"), words only between them (not "den 20. juni tager jeg ...") and
    the verb or its subject right after it (not a determiner: "for this session I'd rather
    join ...", "denne gang vil jeg ...")."""
    tokens = doc.tokens
    a = doc.clause_of(cue.start)[0]
    g = grammar()
    after = g.union("party.first_person", "party.sender_words", "intent.modals", "text.helping_verbs")
    nouns, so = g.words["workshop.markers"], g.union("text.consequences", "text.contrasts")
    for j in range(max(a, cue.start - _FRONTED_REACH), cue.start):
        # (its noun may follow it after a "så" alone: "så den vinkel tager jeg"; not "for this
        # session I'd rather join ...", a time)
        noun = j + 2 <= cue.start and tokens[j + 1].text in nouns \
            and all(t.kind == "p" or t.text in so for t in tokens[a:j])
        k = j + 2 if noun else j + 1
        if tokens[j].text in back and all(t.kind == "w" for t in tokens[j + 1:cue.start]) \
                and all(t.kind == "p" or t.text in soft for t in tokens[a:j]) \
                and (k == cue.start or tokens[k].text in after):
            return j
    return None


_REPORT_REACH = 12  # tokens from "tænkte først" to the workshop it reports


def _reported(doc: Doc, g: Grammar, cue: Cue, anchors: list[Anchor]) -> Anchor | None:
    """The workshop a thought or a word given up reports, past its clause but before the
    "men" that turns from it: "Jeg tænkte først, at jeg ville vælge lokalområdet, men ..."."""
    tokens = doc.tokens
    e = doc.sentence_of(cue.start)[1]
    turns = g.words["text.contrasts"]
    for k in range(cue.end, min(e, cue.end + _REPORT_REACH)):
        if tokens[k].text in turns:
            return None
        found = next((x for x in anchors if x.start == k), None)
        if found is not None:
            return found
    return None


def _answers_what_follows(doc: Doc, cue: Cue, noes: frozenset[str], meal: list[Anchor]) -> bool:
    """A "nej" set off by a comma before a clause about the meal answers that clause ("og
    nej, jeg spiser ikke med"), not the workshop before it."""
    tokens = doc.tokens
    if cue.end >= len(tokens) or tokens[cue.end].text != "," or tokens[cue.end - 1].text not in noes:
        return False
    nxt = tokens[cue.end + 1].clause if cue.end + 1 < len(tokens) else -1
    return any(tokens[x.start].clause == nxt for x in meal)


def _answers_before_a_clause_of_mine(doc: Doc, g: Grammar, cue: Cue, noes: frozenset[str]) -> bool:
    """A bare "nej"/"no" opening its sentence, the sender's own clause right after it, answers
    what was asked before it (our question quoted below: "Er det stadig workshop 2?"), not the
    workshop that clause names: "Nej jeg har skiftet til 3, partnerskaber"."""
    tokens = doc.tokens
    k = cue.end + (cue.end < len(tokens) and tokens[cue.end].text == ",")
    return cue.end - cue.start == 1 and tokens[cue.start].text in noes \
        and doc.first_word(*doc.sentence_of(cue.start)) == cue.start \
        and k < len(tokens) and tokens[k].sent == tokens[cue.start].sent and tokens[k].text in g.words["party.first_person"]


def _labelled_before(doc: Doc, cue: Cue, workshops: list[Anchor]) -> Anchor | None:
    """The workshop (or workshops joined by "og") that is all of the clause before the cue's,
    set off by a dash or a colon as a label the clause answers: "Naboskab – ikke rigtig mit
    felt", "Naboskab: det er ikke lige mig", "Regnvand og Byhaver – nej tak"; or asked as a
    heading of its own: "Lokalområdet? Nah."."""
    clause = doc.tokens[cue.start].clause
    if clause == 0:
        return None
    a, b = doc.clauses[clause]
    pa, pb = doc.clauses[clause - 1]
    first = doc.first_word(a, b)
    # (after a comma only the clause's first word: "Naboskab, ikke rigtig mit felt", not
    # "Naboskab, hvis den ikke er fyldt"; so after a "?" ending a sentence of the label alone)
    marks = _LABEL_MARKS | ({",", "?"} if cue.start == first else set())
    asked = doc.tokens[pa].sent + 1 == doc.tokens[a].sent and doc.texts[pb - 1] == "?"
    if (doc.tokens[pa].sent != doc.tokens[a].sent and not asked) \
            or not any(doc.texts[k] in marks for k in range(pa, first)):
        return None
    labels = [x for x in workshops if pa <= x.start < pb]
    joins = grammar().words["text.coordinators"]
    if not labels or any(not any(x.start <= k < x.end for x in labels) and doc.texts[k] not in joins
                         for k in range(pa, pb) if doc.tokens[k].kind != "p"):
        return None
    return labels[-1]


_LABEL_MARKS = DASHES | {":"}


def _yes_after_an_asked_label(doc: Doc, g: Grammar, workshops: list[Anchor]) -> list[Anchor]:
    """The workshops asked as labels of their own and answered yes right after: "Lokalområdet?
    Nej, ... / Bæredygtighed? Ja! Det bliver den." (the no: see _labelled_before)."""
    yes = g.words["polarity.yes"]
    found = []
    for a, b in doc.clauses:
        first = doc.first_word(a, b)
        if first < b and doc.texts[first] in yes and a > 0 and doc.texts[a - 1] == "?":
            label = _labelled_before(doc, Cue("yes", first, first + 1), workshops)
            if label is not None:
                found.append(label)
    return found


def _put_off_after_a_label(doc: Doc, g: Grammar, later: list[Cue], workshops: list[Anchor]) -> list[Anchor]:
    """The workshops answered by another time, hedged or not, as labels of their own:
    "Partnerskaber? Måske en anden gang.", "Local area – another time" (not now); asked, in
    the sentence after the "?": "Bæredygtighed? Spændende, men måske en anden gang."."""
    hedges = g.words["polarity.hedges"]
    found = []
    for cue in later:
        a, b = doc.clause_of(cue.start)
        first = doc.first_word(a, b)
        if all(doc.texts[k] in hedges for k in range(first, cue.start) if doc.tokens[k].kind != "p"):
            label = _labelled_before(doc, Cue(cue.kind, first, cue.end), workshops)
        else:
            s, e = doc.sentence_of(cue.start)
            opening = doc.first_word(s, e)
            label = _labelled_before(doc, Cue(cue.kind, opening, opening + 1), workshops) \
                if s > 0 and doc.texts[s - 1] == "?" else None
        if label is not None:
            found.append(label)
    return found


def _joins_a_phrase_after(doc: Doc, g: Grammar, cue: Cue) -> bool:
    """A negation joined on by "og"/"and" and taking a phrase of its own refuses that phrase,
    not a workshop before it: "Jeg kommer kun til workshop 2 og ikke til det bagefter", "det
    bliver Partnerskaber og ikke det, jeg har skrevet nedenfor"."""
    tokens = doc.tokens
    return cue.start > 0 and cue.end < len(tokens) and tokens[cue.start - 1].text in g.words["text.coordinators"] \
        and tokens[cue.end].text in g.union("workshop.prepositions", "workshop.refused_heads")


def _other_than_the_full(doc: Doc, cue: Cue, anchors: list[Anchor], full: Anchor | None = None) -> Anchor | None:
    """The fallback of a condition that names the full workshop itself (inside it, or
    `full` right after it): the one before it in its sentence ("Jeg tager kun Partnerskaber,
    hvis Lokalområdet er fyldt op"), else the one after it ("Hvis Lokalområdet er fyldt,
    tager jeg Partnerskaber")."""
    s, e = doc.sentence_of(cue.start)
    # (not the full one named before it too: "Jeg tager 3'eren, men er der fyldt op på
    # partnerskaber, tager jeg gerne lokalområdet i stedet")
    named = full or next((x for x in anchors if cue.start < x.start < cue.end), None)
    before = [x for x in anchors if s <= x.start < cue.start]
    after = [x for x in anchors if (cue.end if full is None else full.end) <= x.start < e]
    if named is not None and after and any(x.ref.id == named.ref.id for x in before):
        before = []
    return before[-1] if before else (after[0] if after else None)


def _named_right_after(doc: Doc, g: Grammar, cue: Cue, anchors: list[Anchor]) -> Anchor | None:
    """The workshop a condition of fullness names after its last word: "Hvis der bliver for
    mange på lokalområdet, tager jeg gerne Partnerskaber", "er der fyldt op på partnerskaber"."""
    k = cue.end
    while k < len(doc.tokens) and doc.texts[k] in g.words["workshop.full_particles"]:
        k += 1
    if k >= len(doc.tokens) or doc.texts[k] not in g.words["workshop.prepositions"]:
        return None
    return next((x for x in anchors if x.start == k + 1), None)


def _starred(doc: Doc, i: int) -> bool:
    """Token i comes right after a star opening a line: chat's mark of a correction ("*2"),
    not a line between two stars, which is bold in plain text ("*Vinkel 2: Bæredygtighed*"
    in a copied list)."""
    k = i - 1
    if not (k >= 0 and doc.texts[k] == "*" and (k == 0 or doc.tokens[k].nl > 0)):
        return False
    end = next((j for j in range(i, len(doc.tokens)) if doc.tokens[j].nl > 0), len(doc.tokens))
    return doc.texts[end - 1] != "*"


def _corrections(doc: Doc, mentions: list[Mention], cues: list[Cue], meal: list[Anchor],
                 switches: list[Cue]) -> str | None:
    """"Jeg tager 2 ... nej vent, 3 passer bedre", "Workshop 2. Hmm, scratch that –
    partnerships fits my job better": the first mention after a correction replaces every
    one before it. A correction followed by no mention, and not by the meal either, leaves
    the choice open: the words that leave it so, or None. One said of the meal, after it
    ("Workshop: Lokalområdet. Mad: ja tak – nej vent, ...", "Vinkel 2. Suppe – ja. Eller
    nej, jeg skal hjem"), is the meal's. A star opening a line corrects as those words do
    ("Jeg tager 2.\n*3"), and a word of the mistake after it names nothing new ("*2 ikke 3.
    tastefejl, sorry")."""
    # (a bare "nej" before the mention is the correction's own: "Workshop 1, nej 2")
    owned = grammar().words["numbers.number_owners"]
    negation = grammar().words["polarity.negation"] - grammar().words["polarity.answer_words"]
    for star in [m for m in mentions if _starred(doc, m.start)]:
        for m in mentions:
            if m.end <= star.start:
                m.marks.add("retracted")
        star.marks.add("switched")
    for cue in cues:
        s, e = doc.sentence_of(cue.start)
        if e < len(doc.tokens) and not any(cue.end <= m.start < e for m in mentions):
            # the correction names nothing in its sentence, and the next names what it is: "Jeg
            # tager vinkel 1 … nej vent, scratch that. Bæredygtighed passer meget bedre til det, vi
            # laver", "2'eren ... nej vent, jeg har lige læst beskrivelserne igen. Jeg tager 3'eren"
            # (not one naming only the meal: "Workshop 1 ... nej vent. Jeg spiser i hvert fald med.")
            nxt = doc.sentence_of(e)[1]
            if any(e <= m.start < nxt for m in mentions):
                e = nxt
        # (not one denied right after it, the mistake named: "*3 mente jeg ikke 1")
        after = [m for m in mentions if cue.end <= m.start < e and doc.texts[m.start - 1] not in negation]
        if after and cue.start > 0 and doc.texts[cue.start - 1] == "?" and any(
                m.id == after[0].id and m.end <= cue.start and doc.asks(m.start) for m in mentions):
            # a "nej" answering the question before it, the one asked named again: "Du tænker nok, at jeg
            # skal sidde i Lokalområdet? Nej – lokalområdet hører jeg om hver dag, så ... tager jeg Partnerskaber"
            for m in mentions:
                if m.id == after[0].id and m.start < e:
                    m.marks.add("negated")
            continue
        if after:
            for m in mentions:
                if m.end <= cue.start:
                    m.marks.add("retracted")
            if any(after[0].end < c.start < e and any(c.end <= m.start < e and doc.clause_of(m.start) == doc.clause_of(c.start)
                                                      for m in after) for c in switches):
                # what the correction says comes after a word of switching further on, in the
                # switch's clause: "Rettelse: Jeg skrev workshop 3, men det skulle have været
                # workshop 2" (not one right after it: "Actually, make that angle 1 instead –
                # sustainability is already well covered"; nor another named in a reason after
                # it: "workshop 1 – or rather 3, actually, since my colleagues have signed up
                # for Local Area")
                after[0].marks.add("retracted")
                continue
            after[0].marks.add("switched")
            after[0].strong = True
            continue
        meant = _meant_before(doc, mentions, cue, s)
        if meant is not None:
            for m in mentions:
                if m.end <= meant.start:
                    m.marks.add("retracted")
            meant.marks.discard("retracted")  # (its "var" is the cleft's, not another time's)
            meant.marks.add("switched")
            meant.strong = True
            continue
        before = [m for m in mentions if m.end <= cue.start]
        # (not a second thought trailing off after it: "actually, make that 1... or hmm")
        trailing = doc.texts[cue.end - 1] in grammar().words["text.hesitations"]
        if not trailing and any("switched" in m.marks and doc.tokens[m.start].sent >= doc.tokens[cue.start].sent - 1
                                for m in before):
            continue  # the slip named after its correction: "Ps. Jeg mente vinkel 2 - bæredygtighed! Skrev forkert 🙈"
        if any(_starred(doc, m.start) for m in before):
            continue  # the mistake named after the star's correction of it: "*2 ikke 3. tastefejl, sorry"
        last = max((m.end for m in before), default=None)
        # (the meal is what was corrected only with no number in between: not "Jeg tager 1..
        # nej vent, hmm 3 og jeg spiser med"; but a number of a thing is none: "Rettelse til punkt 2:
        # ..., så jeg springer maden over")
        numbers = [d for d in doc.digits if not (d > 0 and doc.texts[d - 1] in owned)]
        if last is not None and not any(cue.end <= x.start < e and not any(cue.end <= d < x.start for d in numbers)
                                         for x in meal) \
                and not any(last <= x.start < cue.start for x in meal):
            return doc.quote(s, e)
    return None


def _asked_for_then_otherwise(doc: Doc, g: Grammar, mentions: list[Mention], fallbacks: list[Cue]) -> None:
    """One workshop asked for (leave or room, not what it is), and the next sentence opening
    with its fallback: the first wish, as "helst 3, ellers 1" is. "Kan I bruge mig i workshop
    3? Ellers tager jeg gerne 1." (not "Hvad handler workshop 3 om? Ellers tager jeg 1")."""
    for cue in fallbacks:
        s, e = doc.sentence_of(cue.start)
        if s == 0 or doc.opening(s, e) != doc.tokens[cue.start].text:
            continue
        ps, pe = doc.sentence_of(s - 1)
        if not _asks_leave(doc, g, ps, pe):
            continue
        asked = [m for m in mentions if ps <= m.start < pe]
        if len({m.id for m in asked}) != 1 or not all("question" in m.marks for m in asked) \
                or not any(s <= m.start < e and m.id != asked[0].id for m in mentions):
            continue
        for m in asked:
            m.marks.discard("question")
            m.strong = True


def _concluded_between(doc: Doc, a: int, b: int) -> bool:
    """A clause opened by "så"/"so", or by "men"/"but" with no condition after it, starts between
    tokens a and b: "Jeg har vendt det frem og tilbage mellem lokalområdet og partnerskaber, men
    jeg tager Partnerskaber" (not "I'd lean towards urban gardens, but I'm happy to go to rain
    water instead if that one's short of people")."""
    if a >= b:
        return False  # (the doubt after the name: "Regnvand måske", at the very end)
    g = grammar()
    so, but, conditions = g.words["text.consequences"], g.words["text.contrasts"], g.words["text.conditional"]
    end = doc.sentence_of(b)[1]
    return any(a <= doc.clauses[k][0] <= b and (
        doc.opening(*doc.clauses[k]) in so
        or (doc.opening(*doc.clauses[k]) in but and conditions.isdisjoint(doc.texts[doc.clauses[k][0]:end])))
        for k in range(doc.tokens[a].clause, doc.tokens[b].clause + 1))


def _asks_leave(doc: Doc, g: Grammar, s: int, e: int) -> bool:
    """The sentence [s, e) asks leave or room ("Kan jeg ...?", "Er der plads ...?"), not what
    something is ("Hvad handler ... om?")."""
    return doc.opening(s, e) not in g.words["text.sentence_openers"] \
        and any(t.text in g.words["intent.asking_leave"] for t in doc.tokens[s:e])


def _moved_from(doc: Doc, g: Grammar, cue: Cue, target: Anchor, mentions: list[Mention]) -> Anchor | None:
    """The workshop a "from"/"fra" gives up, and the one it moves to, chosen: "move me from
    the partnerships workshop to sustainability". None when the mention comes only after the
    "to": "3 fra SSP til workshop 2" gives nothing up; nor past a verb, the "fra" being of what
    stands before it: "efter en snak med Karen fra Miljøcentret er Partnerskaber blevet ..."."""
    tokens = doc.tokens
    to, verbs = g.words["workshop.moved_to"], g.words["text.helping_verbs"]
    if any(t.text in to or t.text in verbs for t in tokens[cue.end:target.start]):
        return None
    k = target.end
    nouns = g.union("workshop.markers", "workshop.compound_markers", "workshop.description_pronouns")
    while k < len(tokens) and (tokens[k].text in nouns or tokens[k].text in THE):
        k += 1
    if k < len(tokens) and tokens[k].text in to:
        after = next((m for m in mentions if k < m.start <= k + 2), None)  # "to (the) sustainability"
        if after is not None:
            after.marks.add("switched")
            after.strong = True
    return target


def _denies_the_reason(doc: Doc, g: Grammar, cue: Cue) -> bool:
    """The negation is of the reason, given again after a "men": "Jeg vælger ikke
    bæredygtighed fordi jeg ved mest om det, men fordi jeg gerne vil lære noget nyt"."""
    because, turns = g.words["text.because"], g.words["text.contrasts"]
    texts = doc.texts
    e = doc.sentence_of(cue.start)[1]
    first = next((k for k in range(cue.end, e) if texts[k] in because), None)
    return first is not None and any(texts[k] in turns and texts[k + 1] in because for k in range(first + 1, e - 1))


def _meant_before(doc: Doc, mentions: list[Mention], cue: Cue, s: int) -> Mention | None:
    """The mention in the correction's sentence that it points back to as what was meant:
    "Workshop 2 – nej vent, 3. Partnerskaber var det, jeg mente", "3 is what I meant", "*3
    mente jeg"; or the last one of the sentence before, pointed back to by a sentence of a
    cleft alone: "Nej vent - 1, Lokalområdet. Det var den, jeg mente."."""
    words = grammar().words
    before = [m for m in mentions if s < m.end <= cue.start]
    if not before and s > 0 and doc.texts[s] in words["polarity.anaphora"] \
            and set(doc.texts[s:cue.start]) <= words["workshop.clefts"] | words["polarity.anaphora"]:
        ps = doc.sentence_of(s - 1)[0]
        return next((m for m in reversed(mentions) if ps <= m.start < s), None)
    if not before:
        return None
    between = {t.text for t in doc.tokens[before[-1].end:cue.start]}
    if not between:
        return before[-1] if doc.texts[cue.start] in words["workshop.meant"] else None
    # (an apology after it points back to the same: "Partnerships is the one I meant, sorry")
    return before[-1] if between <= words["workshop.clefts"] | words["workshop.meant"] else None


def _keeps_the_first(doc: Doc, cue: Cue, settles: list[Cue]) -> bool:
    """The retracting `cue` ("skrev først", "wrote first") comes after a settling verb in its
    sentence, which keeps what it points back to: "Jeg bliver ved det, jeg skrev først"."""
    sentence = doc.sentence_of(cue.start)
    return any(doc.sentence_of(c.start) == sentence and c.end <= cue.start for c in settles)


def _kept_to_the_first(doc: Doc, mentions: list[Mention], ws_cues: Cues) -> None:
    """What was written first, kept after a correction, is the choice: the mentions after the
    first and before the words keeping it are taken back ("Vinkel 1 ... Nej rettelse, sæt mig
    hellere på vinkel 3 ... eller, glem det. Jeg bliver ved det, jeg skrev først")."""
    for cue in ws_cues["retract"]:
        before = [m for m in mentions if m.end <= cue.start]
        if not before or not _keeps_the_first(doc, cue, ws_cues["settles"]):
            continue
        first = min(before, key=lambda m: m.start)
        for m in before:
            if m.id != first.id:
                m.marks.add("retracted")
        first.marks.discard("retracted")


def _set_aside_by_noun(doc: Doc, g: Grammar, mentions: list[Mention], cues: list[Cue]) -> None:
    """What was said of the workshop, set aside by its noun, gives up every workshop named before
    it: "Actually, strike that about the workshop: ...", "Hov, se bort fra det med workshoppen –
    vi skal koordinere internt" (not "se bort fra det med workshop 2", a mention of its own)."""
    for cue in cues:
        k = cue.end + (cue.end < len(doc.tokens) and doc.texts[cue.end] in THE)
        if k >= len(doc.tokens) or doc.texts[k] not in g.words["workshop.markers"] \
                or any(m.start <= k < m.end for m in mentions):
            continue
        for m in mentions:
            if m.end <= cue.start:
                m.marks.add("retracted")


def _weighs_two(doc: Doc, cue: Cue, positive: list[Mention]) -> bool:
    """The doubt's clause weighs two or more workshops named in it against each other, the
    sender's doubt ("Nu er jeg i tvivl mellem bæredygtighed og partnerskaber", "I'm torn between
    sustainability and partnerships"; not "Tom er i tvivl mellem ...")."""
    a, b = doc.clause_of(cue.start)
    return says_i(grammar(), doc.tokens[a:b]) \
        and any(doc.texts[k] in grammar().words["workshop.between"] for k in range(a, b)) \
        and len({m.id for m in positive if a <= m.start < b}) > 1


def _glossed_by(doc: Doc, m: Mention, mentions: list[Mention]) -> Mention | None:
    """The name of another workshop right after m's number, in brackets or after a dash,
    that says which it is: "workshop 1 (bæredygtighed)", "vinkel 1 - partnerskaber"."""
    k = m.end
    if m.how != "number" or k >= len(doc.tokens) or not (doc.texts[k] in DASHES or doc.texts[k] in _BESIDE):
        return None
    return next((x for x in mentions if x.how == "name" and x.id != m.id and x.start == k + 1), None)


def _doubts_it_is_another(doc: Doc, cue: Cue, positive: list[Mention], strong: list[Mention]) -> bool:
    """The sender's doubt is whether another workshop than the one chosen is the right one: a
    "whether" right after it, and another named later in its sentence ("jeg er i tvivl om, det
    ikke er Partnerskaber", "I'm not sure whether it shouldn't be partnerships")."""
    a = doc.clause_of(cue.start)[0]
    b = doc.sentence_of(cue.start)[1]
    k = cue.end + (cue.end < b and doc.texts[cue.end] == ",")
    chosen = {m.id for m in strong}
    return k < b and doc.texts[k] in grammar().words["dinner.embedded_question"] \
        and says_i(grammar(), doc.tokens[a:cue.start]) \
        and any(k < m.start < b and m.id not in chosen for m in positive)


def _beside_the_settled(doc: Doc, g: Grammar, cue: Cue, positive: list[Mention], settled: set[int],
                        mentions: list[Mention]) -> bool:
    """The doubt's sentence names only the workshop settled elsewhere, or none in a question
    asked of anyone ("Kan man skifte workshop på dagen?"), or it is followed by a sentence
    that turns from it to the choice ("Jeg er fleksibel med workshops ... Men hvis jeg selv
    skal vælge, bliver det Bæredygtighed."). Not a doubt of which of two named before it in
    its sentence, one of them denied: "..., at naboskab er nr. 3 og ikke 2 – og nu er jeg i tvivl
    om, hvilken af dem jeg egentlig mente"."""
    s, e = doc.sentence_of(cue.start)
    named = {m.id for m in positive if s <= m.start < e}
    if len({m.id for m in mentions if s <= m.start < cue.start}) > 1 \
            and not g.words["polarity.undecided_topics"].isdisjoint(doc.texts[cue.end:e]):
        return False
    if any(doc.texts[k] in g.words["workshop.weighed_then"] for k in range(*doc.clause_of(cue.start))) \
            and all(m.start > e for m in positive if m.id in settled):
        return True  # the weighing told as done before the choice: "I went back and forth on the workshop. ..."
    turns = g.union("text.contrasts", "workshop.doubt_ended")
    turned = any(m.id in settled and doc.tokens[m.start].sent == doc.tokens[e - 1].sent + 1
                 and doc.opening(*doc.sentence_of(m.start)) in turns for m in positive)
    if named:
        # (or weighed there and one of them taken in the next: "Jeg er lidt i tvivl om, jeg skal
        # vælge 1 eller 2 ... / Nej, jeg tager 2.")
        return named <= settled or (turned and settled <= named)
    return turned or doc.asks(cue.start) and any(t.text in g.words["workshop.impersonal"] for t in doc.tokens[s:e])


def _every_one_listed(doc: Doc, mentions: list[Mention], names: Names) -> None:
    """Every workshop of the event in one list, none ranked: the invitation's list told back
    ("Jeg ved godt, at I har delt det op i lokalområde, bæredygtighed og partnerskaber, men
    ..."), which chooses none of them."""
    run: list[Mention] = []
    for m in [*mentions, None]:
        if m is not None and run and all(t.text in _CONNECTORS for t in doc.tokens[run[-1].end:m.start]):
            run.append(m)
            continue
        if len({x.id for x in run}) == len(names.ids) > 2 and len(run) == len(names.ids) \
                and not any(x.marks for x in run):  # (not ranked, refused or weighed: "hverken 1 eller 2, 3 er ...")
            for x in run:
                x.marks.add("retold")
        run = [m] if m is not None else []


def _mark_list(doc: Doc, mentions: list[Mention], first: Mention, mark: str) -> None:
    """A negation reaches every mention listed after its own: "ikke 1 eller 2" (not the
    subject of a clause of its own after a comma: "Jeg er hverken til lokalområdet eller
    bæredygtighed, partnerskaber er mere mit felt")."""
    first.marks.add(mark)
    index = mentions.index(first)
    verbs = grammar().words["text.helping_verbs"]
    tokens = doc.tokens
    for prev, m in zip(mentions[index:], mentions[index + 1:]):
        between = tokens[prev.end:m.start]
        # (nor the right one cried out after the wrong: "nej vent, ikke 2, 3!")
        if len(between) > 2 or not all(t.text in _CONNECTORS for t in between) \
                or (all(t.text == "," for t in between) and m.end < len(tokens)
                    and (tokens[m.end].text in verbs or "!" in (tokens[m.end].text, tokens[m.start + 1].text))):
            break
        m.marks.add(mark)


def _preference_given_up(doc: Doc, g: Grammar, mentions: list[Mention], ws_cues: Cues) -> None:
    """A preference turned from, and another workshop taken in a clause drawn from it after the
    turn: "Jeg ville helst sidde med partnerskaber, men min kollega har allerede meldt sig der
    ... – så jeg tager bæredygtighed" (not a fallback offered: "helst 3, men 2 er også fint",
    "helst 3, men hvis den er fuld, så tager jeg 2")."""
    so, contrasts, conditional = g.words["dinner.settling"], g.words["text.contrasts"], g.words["text.conditional"]
    choices = [c.start for c in ws_cues["choice"]]
    switches = [c.start for c in ws_cues["switch"]]
    for m in mentions:
        if "preferred" not in m.marks:
            continue
        e = doc.sentence_of(m.start)[1]
        turn = next((k for k in range(m.end, e) if doc.texts[k] in contrasts), None)
        if turn is None and e < len(doc.tokens) and doc.opening(*doc.sentence_of(e)) in contrasts:
            # (the turn opening the next sentence: "Ideally I'd be in the sustainability group.
            # But two of my colleagues have signed up for that one, so I'll go to Partnerships instead")
            turn = doc.first_word(*doc.sentence_of(e))
            e = doc.sentence_of(e)[1]
        if turn is None:
            continue
        for x, y in doc.clauses[doc.tokens[turn].clause:]:
            if x >= e:
                break
            if any(t in conditional for t in doc.texts[turn:max(x, turn)]):
                break
            other = any(x <= n.start < y and n.id != m.id for n in mentions)
            # (or the other taken "instead" in the turn's clause or one drawn from it: "I'd prefer
            # X, but I'll go to Y instead", not after a condition: "men er der for mange, tager
            # jeg gerne Y i stedet")
            drawn = doc.opening(x, y) in so
            if other and ((drawn and any(x <= c < y for c in choices)) or (
                    (drawn or x <= turn) and any(x <= c < y for c in switches)
                    and not any(t in conditional for t in doc.texts[turn:y]))):
                m.marks.add("retracted")
                break


def _mark_pair_before(doc: Doc, mentions: list[Mention], last: Mention, mark: str) -> None:
    """A negation after a list reaches back to every mention of it in its clause: "Vinkel 2
    og 3 er ikke lige mig" (not one of a clause before: "Jeg vælger 2, og 3 er ikke noget for mig")."""
    index = mentions.index(last)
    clause = doc.tokens[last.start].clause
    for m, nxt in zip(reversed(mentions[:index]), reversed(mentions[1:index + 1])):
        between = doc.tokens[m.end:nxt.start]
        if doc.tokens[m.start].clause != clause or len(between) > 2 or not all(t.text in _CONNECTORS for t in between):
            break
        m.marks.add(mark)


def _hung_on_a_condition(doc: Doc, g: Grammar, mentions: list[Mention], ws_cues: Cues) -> None:
    """"Vinkel 3 giver kun mening for os, hvis Jobcentret også sidder med - ellers tager jeg
    hellere vinkel 1": one workshop on a condition we cannot know, the other otherwise;
    neither is chosen until it is settled. A condition of being let in or of a full
    workshop is no such thing ("3, hvis der er plads, ellers 1" prefers 3)."""
    words = g.words
    otherwise, conditional, consequences = words["text.otherwise"], words["text.conditional"], words["text.consequences"]
    known = [(c.start, c.end) for kind in ("permission", "fallback_if", "fallback_after") for c in ws_cues[kind]]
    for cue in ws_cues["fallback"]:
        if doc.texts[cue.start] not in otherwise:
            continue
        s, e = doc.sentence_of(cue.start)
        before = [m for m in mentions if s <= m.start < cue.start]
        # (not a condition in the reasoning the choice is drawn from: "han mente det ku' gå,
        # hvis der var en voksen med, så jeg tænker jeg tager nr 1, men ellers ...")
        drawn = [x for x, y in doc.clauses if s <= x < (before[0].start if before else cue.start)
                 and doc.opening(x, y) in consequences]
        start = drawn[-1] if drawn else s
        condition = next((k for k in range(start, cue.start) if doc.texts[k] in conditional
                          and not any(a <= k < b for a, b in known)), None)
        after = [m for m in mentions if cue.end <= m.start < e]
        if condition is not None and before and after:
            for m in before + after:
                m.marks.add("on_condition")
    # ... or one taken on another's choice of it, in a condition right after its clause: "Jeg
    # vælger Partnerskaber, hvis min kollega ikke allerede har meldt sig til den"
    people, pointers = words["party.others"] | words["party.third_person"], words["polarity.anaphora"]
    for k in doc.indices_of(conditional):
        a, b = doc.clause_of(k)
        if doc.first_word(a, b) != k or any(x <= k < y for x, y in known):
            continue
        who = next((j for j in range(k + 1, b) if doc.texts[j] in people), None)
        if who is not None and any(doc.texts[j] in pointers for j in range(who + 1, b)):
            before = doc.tokens[k].clause - 1
            for m in mentions:
                if doc.tokens[m.start].clause == before and doc.tokens[m.start].sent == doc.tokens[k].sent:
                    m.marks.add("on_condition")
    # the same said the other way round: "Bæredygtighed – medmindre min kollega tager den, så
    # tager jeg Lokalområdet i stedet" (an exception of a full workshop is a fallback_if cue)
    unless = words["text.unless"]
    for k in doc.indices_of(unless):
        if any(a <= k < b for a, b in known):
            continue
        s, e = doc.sentence_of(k)
        then = next((c for c in range(k + 1, e) if doc.texts[c] in consequences
                     and doc.tokens[c].clause != doc.tokens[k].clause), None)
        # (the one named in the sentence before, when the exception opens its own: "[Vinkel 2]
        # Den her! Medmindre min kollega tager den, så tager jeg nr. 1 i stedet")
        since = doc.sentence_of(s - 1)[0] if s > 0 and doc.opening(s, e) in unless else s
        before = [m for m in mentions if since <= m.start < k]
        after = [m for m in mentions if then is not None and then < m.start < e]
        if before and after:
            for m in before + after:
                m.marks.add("on_condition")
        # one named in the exception itself is only a possibility: "Jeg havde tænkt mig at tage
        # Lokalområdet, medmindre Bæredygtighed passer bedre"
        a, b = doc.clause_of(k)
        if doc.first_word(a, b) == k:
            for m in mentions:
                if k < m.start < b:
                    m.marks.add("on_condition")


def _ranked(doc: Doc, g: Grammar, mentions: list[Mention], ranking: list[Cue]) -> None:
    """A list after a word of ranking, one workshop an item ("min prioritering: / 1.
    Partnerskaber / 2. Bæredygtighed / 3. Lokalområdet"): item 1 is preferred, the others are
    fallbacks. Items without numbers (a line each, perhaps after a bullet, as an HTML list
    reads) rank in the order written. A swap in a later sentence naming no workshop swaps the
    two ranks it names ("Actually, swap my first and second", "bytter jeg om på de to
    første"); naming no two, it leaves no first. One put first after the list outranks it
    ("please move Partnerships to the top")."""
    if not ranking:
        return
    tokens = doc.tokens
    items: dict[int, list[Mention]] = {}
    lines: list[Mention] = []
    for m in mentions:
        if m.start <= ranking[0].start:
            continue
        k = m.start - 2  # "1." or "1)" opening the line, the name right after it
        if k >= 0 and tokens[k].kind == "n" and tokens[k + 1].text in (".", ")") and tokens[k].nl:
            items.setdefault(int(tokens[k].text), []).append(m)
        elif tokens[m.start].nl or (tokens[m.start - 1].nl and tokens[m.start - 1].text in _BULLETS):
            lines.append(m)
    if not items and not lines:
        # or in the sentence of the word of ranking: "My order of preference: Partnerships first,
        # then Local area, and Sustainability last"
        s, e = doc.sentence_of(ranking[0].start)
        lines = [m for m in mentions if ranking[0].end <= m.start < e]
    if not items and len({m.id for m in lines}) == len(lines) > 1:
        items = {rank: [m] for rank, m in enumerate(lines, 1)}
    if 1 not in items or len(items) < 2:
        return
    last = max(m.end for found in items.values() for m in found)
    swaps = [i for i in doc.indices_of(g.words["workshop.rank_swaps"])
             if i >= last and not any(doc.sentence_of(i)[0] <= m.start < doc.sentence_of(i)[1] for m in mentions)]
    if swaps:
        swapped = _ranks_named(doc, g, *doc.sentence_of(swaps[-1]))
        if len(swapped) == 2 and swapped <= items.keys():
            a, b = sorted(swapped)
            items[a], items[b] = items[b], items[a]
        else:
            items = {rank + 1: found for rank, found in items.items()}  # nothing left first
    # one put first after the list outranks it: "... On reflection, please move Partnerships to the
    # top", "Så sæt Partnerskaber øverst for mit vedkommende"
    listed = {id(m) for found in items.values() for m in found}
    moved = [m for m in mentions if m.start > last and id(m) not in listed and "preferred" in m.marks
             and not m.marks & {"retracted", "negated"}]
    if len({m.id for m in moved}) == 1:
        items = {rank + 1: found for rank, found in items.items()}
        for m in moved:
            m.strong = True
    for rank, found in items.items():
        for m in found:
            m.marks.add("preferred" if rank == 1 else "fallback")


def _moved_to_the_top(doc: Doc, g: Grammar, mentions: list[Mention], ranks_after: list[Cue]) -> None:
    """One a verb moves or sets to the top rank is chosen ("Jeg sætter Regnvand øverst og Byhaver
    som nr. to"), and outranks a preference given in a sentence before: "1. prioritet: vinkel 2
    ... Nu har jeg læst hele vejen herned: ryk 3 op som nr. 1 i stedet", "First choice: 1 ...
    Please move partnerships to the top"."""
    movers = g.words["workshop.rank_movers"]
    for cue in ranks_after:
        s = doc.sentence_of(cue.start)[0]
        moved = [m for m in mentions if s <= m.start < cue.start and "preferred" in m.marks
                 and not m.marks & {"retracted", "negated"}]
        if len({m.id for m in moved}) != 1 or movers.isdisjoint(doc.texts[s:moved[0].start]):
            continue
        outranked = [m for m in mentions if m.end <= s and "preferred" in m.marks and m.id != moved[0].id]
        for m in outranked:
            m.marks.discard("preferred")
            m.marks.add("fallback")
        for m in moved:
            m.strong = True


def _reversed(doc: Doc, g: Grammar, mentions: list[Mention]) -> None:
    """A first choice and its fallback, then a word of reversing in a clause naming no
    workshop, the other way round: "Skriv mig op til 1 – ellers 3. Hov, omvendt!" is 3 first.
    Reversed perhaps ("Eller måske omvendt", "I think I had them backwards"), neither is first."""
    turns = doc.indices_of(g.words["workshop.reversals"])
    if not turns:
        return
    k = turns[-1]
    a, b = doc.clause_of(k)
    before = [m for m in mentions if m.end <= k and not m.marks & {"retracted", "negated"}]
    if any(a <= m.start < b for m in mentions) or len({m.id for m in before}) != 2:
        return
    fallbacks = [m for m in before if "fallback" in m.marks]
    firsts = [m for m in before if "fallback" not in m.marks]
    if not fallbacks or not firsts or len({m.id for m in fallbacks}) != 1:
        return
    hedged = not g.union("polarity.hedges", "dinner.beliefs").isdisjoint(doc.texts[a:k])
    for m in fallbacks:
        if not hedged:
            m.marks.discard("fallback")
        m.strong = True
    for m in firsts:
        m.marks.add("fallback")
        m.marks.discard("preferred")


def _opens_a_reversal(doc: Doc, g: Grammar, cue: Cue) -> bool:
    """A "nej" that opens the word of reversing after it ("Vinkel 1, ellers 3 – nej, omvendt"),
    no negation of the workshop before it."""
    after = [t.text for t in doc.tokens[cue.end:doc.sentence_of(cue.start)[1]] if t.kind == "w"]
    return bool(after) and after[0] in g.words["workshop.reversals"]


def _ranks_named(doc: Doc, g: Grammar, s: int, e: int) -> set[int]:
    """The ranks tokens [s, e) name: "my first and second", "1 og 2"; "de to første" is 1 and 2."""
    named: set[int] = set()
    for k in range(s, e):
        rank = g.ordinals.get(doc.texts[k]) or (g.number_value(doc.texts[k]) if doc.tokens[k].kind == "n" else None)
        if rank == 1 and k > s and g.number_value(doc.texts[k - 1]) == 2:
            named |= {1, 2}
        elif rank is not None:
            named.add(rank)
    return named


_RANK_NAMED_AFTER = 2  # tokens from a rank chosen to the workshop that spells it out: ", workshop 3"


def _chosen_by_rank(doc: Doc, g: Grammar, mentions: list[Mention], ws_cues: Cues) -> None:
    """A choice whose object is a rank given before: "Min 1. prioritet ville være workshop 1
    og min 2. prioritet workshop 2. ... så sæt mig bare på min 2. prioritet", "put me on my
    second choice". It chooses the one workshop given that rank before it, and gives up the
    others named before it; when no single one was, nothing before it stands and which is
    meant is asked."""
    tokens = doc.tokens
    skipped = g.union("workshop.pointer_fillers", "numbers.rank_owners")
    rank_nouns = g.words["workshop.rank_nouns"]
    ranks = {c.start: ("preferred" if kind == "preference" else "fallback", c)
             for kind in ("preference", "fallback") for c in ws_cues[kind]
             if not rank_nouns.isdisjoint(doc.texts[c.start:c.end])}
    # (or after a verb of taking, which alone chooses nothing: "så tag bare mit andetvalg")
    takers = g.words["workshop.rank_takers"]
    owners, if_words = g.words["numbers.rank_owners"], g.union("text.conditional", "text.otherwise")
    taking = [Cue("taking", i, i + 1) for i in doc.indices_of(takers)]
    for cue in ws_cues["choice"] + ws_cues["switch"] + taking:
        k = cue.end
        while k < len(tokens) and tokens[k].text in skipped:
            k += 1
        if k not in ranks or (cue.kind == "taking" and owners.isdisjoint(doc.texts[cue.end:k])):
            continue
        if not if_words.isdisjoint(doc.texts[doc.sentence_of(cue.start)[0]:cue.start]):
            continue  # a fallback on a condition: "Hvis Partnerskaber er fyldt, så sæt mig på min 2. prioritet"
        mark, rank = ranks[k]
        named = [m for m in mentions if rank.end <= m.start <= rank.end + _RANK_NAMED_AFTER]
        if named:
            named[0].strong = True  # the rank spelled out after it: "Put me down for my first choice: partnerships"
            continue
        before = [m for m in mentions if m.end <= cue.start]
        given = {m.id for m in before if mark in m.marks and not m.marks & {"retracted", "negated"}}
        for m in before:
            if len(given) == 1 and m.id in given:
                m.strong = True
                m.chosen_at = cue.start
                m.marks -= {"fallback", "preferred", "if_full"}
            else:
                m.marks.add("retracted")


def _arrowed(doc: Doc, g: Grammar, mentions: list[Mention]) -> None:
    """An arrow between two workshops changes the first to the second: "WS: 1 → 3
    (skiftede mening ...)", "Lokalområdet -> Partnerskaber". A bare ">" or "<" between them
    may rank them or be that arrow, and leaves both open: "Bæredygtighed > lokalområdet"."""
    arrows, signs = g.words["text.arrows"], g.words["text.comparison_signs"]
    for a, b in zip(mentions, mentions[1:]):
        between = "".join(doc.texts[a.end:b.start])
        if a.id != b.id and between in signs:
            a.marks.add("alternative")
            b.marks.add("alternative")
        if a.id != b.id and between in arrows:
            a.marks.add("retracted")
            # (the change told beside it gives up the first, not this one: "(skiftede mening ...)")
            b.marks.discard("retracted")
            b.marks.add("switched")
            b.strong = True


_EITHER_REACH = 6  # tokens from "either"/"enten" to the second alternative: "either the middle or the last"


def _mark_alternatives(doc: Doc, mentions: list[Mention], ws_cues: Cues) -> None:
    """"2 eller 3", "enten lokalområdet eller bæredygtighed", "1/3", and the two weighed
    against each other: "i tvivl mellem 1 og 3"."""
    alternative_words = {c.start for c in ws_cues["alternatives"]}
    openers = ws_cues["alternative_openers"]
    weighing, determiners = grammar().words["workshop.between"], grammar().words["text.determiners"]
    markers, meals = grammar().words["workshop.markers"], grammar().words["dinner.nouns"]

    def the_meal_at(k: int) -> bool:
        """The pair's second, from token k on, is the meal: "Ja tak til både vinkel 3 og maden"."""
        while k < len(doc.tokens) and doc.tokens[k].text in determiners:
            k += 1
        return k < len(doc.tokens) and doc.tokens[k].text in meals

    def weighed(m: Mention) -> bool:
        # (with their articles: "torn between the local area and the sustainability angle")
        k = m.start - 1 - (m.start > 1 and doc.tokens[m.start - 1].text in determiners)
        return 0 <= k and doc.tokens[k].text in weighing

    for m in mentions:
        # the first of two weighed, whatever the second is called, named or described: "vaklet
        # mellem lokalområde-vinklen og miljøvinklen"
        if weighed(m) and m.end < len(doc.tokens) and doc.tokens[m.end].text in _CONNECTORS \
                and doc.tokens[m.end].text != "," and not the_meal_at(m.end + 1):
            m.marks.add("alternative")
        # the second of an "either ... or", whatever the first is called: "Either the middle or the
        # last workshop works for me"
        if any(m.start - _EITHER_REACH <= o.end <= m.start and doc.tokens[o.start].sent == doc.tokens[m.start].sent
               and any(o.end <= j < m.start for j in alternative_words)
               and not any(o.end <= n.start < m.start for n in mentions) for o in openers):
            m.marks.add("alternative")
    for a, b in zip(mentions, mentions[1:]):
        if a.id == b.id or doc.tokens[a.start].sent != doc.tokens[b.start].sent:
            continue
        between = range(a.end, b.start)
        # (its noun after the first: "Both the local area angle and partnerships are relevant")
        if weighed(a) and 0 < len(between) <= 3 \
                and all(doc.tokens[j].text in _CONNECTORS or doc.tokens[j].text in determiners
                        or doc.tokens[j].text in markers for j in between):
            a.marks.add("alternative")
            b.marks.add("alternative")
            continue
        if len(between) > 4 or not any(j in alternative_words for j in between):
            continue
        if all(doc.tokens[j].text in _CONNECTORS or doc.tokens[j].text in _HEDGE_CONNECTORS
               or j in alternative_words for j in between) or any(
                o.end <= a.start and a.start - o.end <= 3 for o in openers):
            a.marks.add("alternative")
            b.marks.add("alternative")


def _heading(doc: Doc, g: Grammar, cue: Cue, ws_only: list[Anchor], ws_cues: Cues) -> Anchor | None:
    """The workshop a condition of fullness opening its clause is the fallback of: the one
    after it ("I'd like 3, but if it's full, 2 is fine too"; "I'll take 3 – if it's full, put
    me on 1"; "Jeg tager 2, men hvis den er fyldt op, så 1"); none when a ranking word or a
    turn stands between, the condition then belonging to the one before ("Byhaver, hvis I
    mangler folk dér – ellers Regnvand"; "..., hvis I mangler folk dér, men helst 2")."""
    target = nearest(doc, cue.start, cue.end, ws_only, whole_sentence=True, ahead=_IF_FULL_AHEAD, back=0)
    if target is None:
        return None
    ranking = [c.start for kind in ("fallback", "preference") for c in ws_cues[kind]]
    contrasts = g.words["text.contrasts"]
    if any(cue.end <= k < target.start for k in ranking) or any(
            t.text in contrasts for t in doc.tokens[cue.end:target.start]):
        return None
    return target


def _opens_clause(doc: Doc, g: Grammar, i: int) -> bool:
    """Token i starts its clause, after punctuation and a coordinator at most ("– if it's
    full", "og hvis den er fuld")."""
    coordinators = g.words["text.coordinators"]
    return all(t.kind == "p" or t.text in coordinators for t in doc.tokens[doc.clause_of(i)[0]:i])


def _after_if_not(doc: Doc, m: Mention, mentions: list[Mention]) -> bool:
    """A fallback that answers a question of being let in ("Er det for sent? Hvis ikke,
    vil jeg gerne i workshop 2", "If not, I'd like workshop 2", "Er det for sent at tilmelde
    sig? Ellers vil jeg gerne deltage i workshop 1"): the choice itself, when no workshop
    was named before it. Any other fallback
    with no first choice understood is no choice ("Gerne X, ellers 2"; nor after a question
    about a workshop: "Hvem står for Lokalområdet? Ellers tager jeg 2")."""
    g = grammar()
    s = doc.sentence_of(m.start)[0]
    if any(t.text in g.words["polarity.negation"] for t in doc.tokens[s:m.start]):
        return True
    # the question may stand a sentence or two before: "Er det for sent at melde sig? Har lige
    # set din mail. Ellers vil jeg gerne i workshop 2"
    return "?" in doc.texts[:s] and doc.opening(s, m.start) in g.words["workshop.fallback"] \
        and not any(n.start < s for n in mentions)


# the cue kinds that choose a workshop in so many words
CHOOSING = ("choice", "choice_after", "preference", "switch", "corrections")
# words from "se bort fra" to the workshop of the message it sets aside: "Se bort fra min mail
# fra i går om at skifte til Bæredygtighed"
_DISREGARDED_AHEAD = 12
_SAID_OF_BEFORE_BACK = 3  # tokens back from "would be the obvious choice", "som førsteprioritet" to the workshop it is said of
_AGAINST_REACH = 3  # words between a workshop and the one it is set against: "og ikke", ", not"
_LEAST_BACK = 8  # tokens from a workshop back to "the least to add": "... angle is where I would have"


def _set_against(doc: Doc, m: Mention, live: list[Mention]) -> bool:
    """A workshop named and another one refused right after it: "Jeg skrev Partnerskaber og
    ikke Bæredygtighed", "Local area, not sustainability": the first is the choice."""
    g = grammar()
    joins = g.union("text.coordinators", "polarity.negation")
    for n in live:
        if n.id != m.id and "negated" in n.marks and 0 < n.start - m.end <= _AGAINST_REACH:
            between = doc.tokens[m.end:n.start]
            return any(t.text in g.words["polarity.negation"] for t in between) and all(
                t.kind == "p" or t.text in joins for t in between)
    return False


def _decide(doc: Doc, result: Choice, mentions: list[Mention], undecided: list[Cue], names: Names,
            choosing: set[int]) -> None:
    live = [m for m in mentions if not m.marks & {"question", "retracted", "retold"}]
    negated_after: dict[int, int] = {}
    for m in live:
        if "negated" in m.marks:
            negated_after[m.id] = max(negated_after.get(m.id, -1), m.start)

    def positive_mention(m: Mention) -> bool:
        # "not workshop 1 please – I attended a session on the local area last month": the
        # reason for turning it down names it again, and does not take it; nor does a rank
        # that lands on one turned down ("1 er ikke noget for mig, og 3 heller ikke, så skriv
        # mig på den sidste" means the one left, not the third)
        return "negated" not in m.marks and m.start > negated_after.get(m.id, -1) and (
            m.id not in negated_after or (doc.tokens[m.start].clause in choosing and m.how != "ordinal"))

    positive = [m for m in live if positive_mention(m)]
    # (nor one turned down by its bare number or its rank in a later sentence: "Jeg vil gerne være
    # med i den sidste af de tre vinkler. ... Så den midterste, ikke den sidste.", "Så 2, ikke 3.")
    last = max(names.ids, default=0)
    strong = [m for m in positive if (m.strong or _set_against(doc, m, live))
              and not _denied_further_on(doc, grammar(), m, last) and not (
        doc.tokens[m.start].clause not in choosing and (_also_before_a_turn(doc, grammar(), m, live)
                                                        or _also_after_a_choice(doc, grammar(), m, live, choosing)
                                                        or _turned_to_another(doc, grammar(), m, live)))]
    for m in positive:
        if m.strong and m not in strong:
            m.strong = False  # weighed, not chosen: no choice for a description to yield to either
    result.chosen_ids = {m.id for m in strong if "fallback" not in m.marks}
    excluded = sorted({m.id for m in live if "negated" in m.marks} - {m.id for m in positive})
    for wid in excluded:
        m = next(x for x in live if x.id == wid and "negated" in x.marks)
        result.reasons.append(f"not workshop {wid}: {_said(doc, m)}")
    # doubt beside a workshop named in passing, while one is chosen elsewhere, is not about the
    # choice: "..., og vi har talt om, at der måske også kunne ligge noget bæredygtigt i det.
    # ... men denne gang vil jeg gerne prøve vinkel 3"
    chosen_in = {doc.tokens[m.start].sent for m in strong}
    in_passing = {doc.tokens[m.start].sent for m in positive} - chosen_in
    # (nor beside one only told of before: "I told her I'd probably join the local area group.
    # ... please put me down for workshop 2 instead")
    told = {doc.tokens[m.start].sent for m in mentions if "retracted" in m.marks} - {
        doc.tokens[m.start].sent for m in live}
    # (but a doubt after the choice between two named there is one: "Jeg tager workshop 2. ... Nu
    # er jeg i tvivl mellem bæredygtighed og partnerskaber")
    # (nor one the sender doubts, after it, is not the right one: "Vinkel 2. Men jeg er i tvivl om,
    # det ikke er Partnerskaber, der passer bedst")
    undecided = [c for c in undecided if not (strong and doc.tokens[c.start].sent in in_passing | told and not (
        c.start > max(m.start for m in strong)
        and (_weighs_two(doc, c, positive) or _doubts_it_is_another(doc, c, positive, strong))))]
    # nor doubt beside the one chosen without doubt elsewhere, named again ("Jeg melder mig til
    # workshop 2 ... det kunne måske sætte gang i snakken i bæredygtighedsgruppen"), nor in a
    # question about the rules that names none ("Ws 2 og spiser med 👍 Kan man skifte workshop på
    # dagen, hvis ...?")
    # nor a leaning that a "så" turns into a choice pointing back at it: "Jeg hælder mest til
    # Partnerskaber, så skriv mig bare på den"
    so = grammar().words["dinner.settling"]
    undecided = [c for c in undecided if not any(
        m.chosen_at is not None and c.end <= m.start < m.chosen_at
        and doc.tokens[m.chosen_at].sent == doc.tokens[c.start].sent
        and so.intersection(doc.texts[m.end:m.chosen_at]) for m in strong)]
    # nor doubt given as the reason for the one chosen after a "så" in its sentence: "I'm not sure
    # I'd be much use in the sustainability group, so I'd rather put my energy into the local area angle"
    undecided = [c for c in undecided if not any(
        doc.tokens[m.start].sent == doc.tokens[c.start].sent and _concluded_between(doc, c.end, m.start) for m in strong)]
    doubted = {doc.tokens[c.start].sent for c in undecided}
    settled = {m.id for m in strong if doc.tokens[m.start].sent not in doubted}
    if len(settled) == 1:
        undecided = [c for c in undecided if not _beside_the_settled(doc, grammar(), c, positive, settled, mentions)]
    if undecided:
        cue = undecided[0]
        result.undecided = True
        result.unclear = doc.quote(*doc.sentence_of(cue.start))
        result.reasons.append(f"workshop undecided: '{result.unclear}'")
        return
    if not strong:
        words = [m for m in mentions if "question" not in m.marks]
        if words:
            first = (positive or words)[0]
            result.unclear = doc.quote(*doc.clause_of(first.start))
            why = "only mentioned in passing" if positive else (
                "only excluded" if excluded else "every one named" if all("retold" in m.marks for m in words)
                else "taken back")
            result.reasons.append(f"workshop unclear ({why}): '{result.unclear}'")
        return
    hung = next((m for m in strong if "on_condition" in m.marks), None)
    if hung is not None:
        result.unclear = doc.quote(*doc.sentence_of(hung.start))
        result.reasons.append(f"workshop unclear (on a condition): '{result.unclear}'")
        return
    pool = [m for m in strong if "fallback" not in m.marks]
    if not pool and (any("if_full" in m.marks for m in strong) or not any(
            _after_if_not(doc, m, mentions) for m in strong)):
        # "Jeg tror det bliver 1, men hvis der er mange på den, tager jeg 3", "Gerne X,
        # ellers 2": the first choice was not understood, and the fallback is not it
        result.unclear = doc.quote(*doc.sentence_of(strong[0].start))
        result.reasons.append(f"workshop unclear (only a fallback): '{result.unclear}'")
        return
    pool = pool or strong  # "Is it too late? If not, I'd like workshop 2"
    ids = {m.id for m in pool}
    chosen: Mention | None = None
    qualifier = ""
    if len(ids) == 1:
        chosen = pool[-1]
        if len(strong) > len(pool):
            qualifier = " (first preference)"
        elif excluded or any("retracted" in m.marks for m in mentions):
            qualifier = " (correction)"
    else:
        preferred = {m.id for m in pool if "preferred" in m.marks}
        most = {m.id for m in pool if "preferred" in m.marks and "rather" not in m.marks}
        if len(most) == 1:
            preferred = most  # "helst lokalområdet – men hellere 2 end 3, hvis der bliver fyldt op"
        switched = {m.id for m in pool if "switched" in m.marks}
        # (a switch in a later sentence outranks the preference before it: "vil helst være med i
        # bæredygtighed ... P.S. ... skifter jeg til Lokalområdet i stedet")
        last_preferred = max((doc.tokens[m.start].sent for m in pool if m.id in preferred), default=len(doc.sentences))
        if any(doc.tokens[m.start].sent > last_preferred for m in pool if m.id in switched - preferred):
            preferred = set()
        if len(preferred) == 1:
            # the mention that is preferred, not an earlier one of the same workshop: "1 eller
            # 3, men helst 1"
            chosen = next(m for m in pool if m.id in preferred and "preferred" in m.marks)
            qualifier = " (first preference)"
            # "helst i enten 1 eller 2": the preference is for the pair, unless the other
            # is named as the fallback ("Naboskab (1. valg) eller Byhaver (2. valg)")
            if "alternative" in chosen.marks and not any("fallback" in m.marks for m in pool):
                chosen = None
        elif len(switched) == 1:
            chosen = next(m for m in pool if m.id in switched)
            # changed again in a later sentence, by a choice of its own: "Eller nej – 2 passer
            # nok bedre ... Hmm, ... sæt mig på 3, Partnerskaber. Det er mit endelige svar"
            # (not one only praised after it: "jeg tager Naboskab i stedet. Byhaver er selvfølgelig
            # også spændende, men det må blive en anden gang")
            later = {m.id for m in pool if doc.tokens[m.start].sent > doc.tokens[chosen.start].sent
                     and doc.tokens[m.start].clause in choosing}
            if len(later) == 1 and chosen.id not in later:
                chosen = next(m for m in reversed(pool) if m.id in later)
            qualifier = " (correction)"
        else:
            chosen = _turned_to(doc, pool, choosing)
            if chosen is not None:
                # one only praised before the turn is nobody's choice, the sender's company
                # included: "Angle 2 sounds like the most fun, but we'll both sign up for 3"
                result.chosen_ids -= {m.id for m in pool if doc.tokens[m.start].clause not in choosing} - {chosen.id}
    # "partnerships, or sustainability if that one is full": the other alternative is a fallback
    if chosen is None or ("alternative" in chosen.marks and "preferred" not in chosen.marks
                          and len(strong) == len(pool)):
        first = pool[0]
        span = (doc.clause_of(first.start)[0], doc.clause_of(pool[-1].start)[1])
        result.unclear = doc.quote(*span)
        why = "alternatives" if any("alternative" in m.marks for m in pool) else "more than one"
        result.reasons.append(f"workshop unclear ({why}): '{result.unclear}'")
        return
    # ranked above one other, while another is preferred outright: "I'd rather do
    # sustainability than local area, though partnerships would suit me best of all"
    outright = {m.id for m in positive if "preferred" in m.marks and "rather" not in m.marks}
    if "rather" in chosen.marks and outright - {chosen.id}:
        result.unclear = doc.quote(*doc.sentence_of(chosen.start))
        result.reasons.append(f"workshop unclear (more than one preferred): '{result.unclear}'")
        return
    if chosen.id not in names.ids:
        result.unclear = doc.quote(chosen.start, chosen.end)
        result.reasons.append(f"workshop unclear (no workshop {chosen.id}): '{result.unclear}'")
        return
    result.workshop = chosen.id
    result.evidence = doc.clause_of(chosen.start if chosen.chosen_at is None else chosen.chosen_at)
    result.reasons.append(f"workshop {chosen.id}: {_said(doc, chosen)}{qualifier}")


def _turned_to(doc: Doc, pool: list[Mention], choosing: set[int]) -> Mention | None:
    """"Vinkel 2 lyder også spændende, men jeg vælger partnerskaber": the one workshop named
    in a clause that chooses, when every other stands before a "men"/"but" that turns to it
    in the same sentence, or alternatives before a "så"/"so" that draws the choice from them
    ("Jeg kan ikke vælge mellem 1 og 3, så jeg tager 2"). None otherwise."""
    g = grammar()
    contrasts, drawn = g.words["text.contrasts"], g.union("text.contrasts", "dinner.settling")
    picked = [m for m in pool if doc.tokens[m.start].clause in choosing]
    if len({m.id for m in picked}) > 1:  # the pair weighed is no pick: "vælge mellem 1 og 3"
        picked = [m for m in picked if "alternative" not in m.marks]
    if len({m.id for m in picked}) > 1:
        last = picked[-1].start
        s, e = doc.sentence_of(last)

        def kept(turn: int) -> bool:
            """Nothing added or hoped for after the turn: not "Jeg tager 1, men vil også gerne
            på 2", "..., men vil gerne deltage i 2, hvis der er plads"."""
            return not _says_also(doc.texts[turn:last]) \
                and not g.words["text.conditional"].intersection(doc.texts[turn:e])

        # the obvious one set aside by a "men" in the sentence that picks another: "Workshop 1
        # er nok den oplagte for en som mig, men ... – så jeg melder mig til nr. 2"
        turn = max((k for k in range(s, last) if doc.texts[k] in contrasts), default=None)
        if turn is not None and all(m.start >= s for m in picked) and kept(turn):
            picked = [m for m in picked if m.start > turn]
        # or by a sentence that opens with the turn or draws the choice, after what another
        # was to take: "Min chef sagde, at en af os skulle tage Bæredygtighed, men det har
        # Mikkel sagt ja til. Så jeg tager vinkel 1" (not "Men jeg tager også gerne 1")
        elif doc.opening(s, last) in drawn and kept(s):
            picked = [m for m in picked if m.start >= s]
    if len({m.id for m in picked}) != 1:
        return None
    chosen = picked[-1]
    s, _ = doc.sentence_of(chosen.start)
    # a sentence that opens with the turn turns from what the sentences before it weighed:
    # "Sustainability? Tempting. The local area? Also tempting. But ... it really has to be
    # Partnerships for me."; so does one that draws the choice from them: "Bæredygtighed er noget,
    # vi alle burde tænke over. Men mit bidrag ligger i ... Så jeg vælger Vinkel 1."
    turned = doc.opening(s, chosen.start) in drawn
    for m in pool:
        turns = drawn if "alternative" in m.marks else contrasts
        # (turned from in its sentence to the chosen one, perhaps named there before it is
        # chosen: "Vinkel 3 ligger tættest på ..., men jeg kan bidrage med mere i 2'eren ... Så
        # jeg tager 2"; or weighed in a sentence before the one that chooses: "For mig står
        # valget mellem Bæredygtighed og Partnerskaber. Jeg vælger sidstnævnte")
        weighed_before = "alternative" in m.marks and m.start < s
        if m.id != chosen.id and not (turned and m.start < s) and not weighed_before and not any(
                n.id == chosen.id and m.end <= n.start and doc.tokens[n.start].sent == doc.tokens[m.start].sent
                and any(doc.texts[k] in turns for k in range(m.end, n.start)) for n in pool):
            return None
    return chosen


def _said(doc: Doc, m: Mention) -> str:
    a, b = doc.clause_of(m.start)
    return f"'{doc.quote(a, b)}'"
