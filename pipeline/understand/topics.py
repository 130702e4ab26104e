"""A workshop named by what it is about, in the sender's own words.

"Jeg vil gerne være med i gruppen om miljø og genbrug", "the group working on the local
area", "the green / recycling workshop for me", "den grønne", "the green one": no name
and no number, but the words of one workshop's subject (config: `topics`, beginnings of
words) after a noun for a workshop and a link, right before the noun, or right after
"den". Read only when nothing else names a workshop, only in a sentence that chooses or
says coming or is all the description ("Den om naboerne."), and only when the words
belong to one workshop alone.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from . import lexicon
from .forms import numbered_items
from .grammar import Grammar
from .text import DASHES, QUOTATION_MARKS, THE, Doc, normalise, plain_spelling

_LINK_REACH = 2  # tokens between the noun and its link: "der, hvor"
_PLACING_REACH = 4  # words after the link that may choose the place by numbers: "hvor der er færrest"
_BEFORE_NOUN = 3  # tokens before a workshop noun that may describe it: "green / recycling"
_ANSWER_WORDS = 8  # words of a sentence that is all a description: "Den om naboerne og boligområdet."
_POINTED_SENTENCES = 2  # sentences before a pointer's that may hold what it points at
_LABELLED_ANSWER_WORDS = 16  # after a label, which says it is the answer: "Workshop: den med ..."


@dataclass(frozen=True)
class Described:
    id: int
    start: int  # the token range that describes it
    end: int


def described(doc: Doc, g: Grammar, workshops: tuple[Any, ...], choosing: Iterable[int],
              named: dict[int, int], skip: set[int] | frozenset[int] = frozenset()) -> list[Described]:
    """The workshops whose subjects the sender describes, each at its first description in
    text order (a choice only when there is one). `choosing`: the tokens that
    start words of choosing or coming; the description must share a sentence with one.
    `named`: tokens naming a workshop in passing (token -> id), which count as its words
    ("the group working on the local area"). `skip`: tokens where no description counts
    (what was given up, what is in doubt)."""
    subjects = _subjects(tuple(workshops))
    if subjects is None:
        return []
    sentences = {doc.tokens[i].sent for i in choosing}
    # the words of a subject in this text: few or none, found by one pattern per word
    ids = {w: subjects.owner[m.group()] for w in doc.vocab if (m := subjects.pattern.match(w))}
    if not (ids or named):
        return []
    nouns, links = g.words["workshop.description_nouns"], g.words["workshop.description_links"]
    demonstratives = g.words["workshop.description_demonstratives"]
    markers = g.union("workshop.markers", "workshop.compound_markers", "workshop.description_pronouns")
    articles = g.words["workshop.description_articles"]
    pointers = g.words["workshop.pointers"]
    people = g.union("party.third_person", "party.me")
    senders = g.union("party.sender_words", "party.first_person")
    pointing = senders | g.union("polarity.anaphora", "workshop.reason_subjects")
    placing = g.words["workshop.placing"]
    tokens = doc.tokens

    def a_place(k: int) -> bool:
        while k > 0 and named.get(k - 1) == named[k]:
            k -= 1
        return says_where(doc, g, k)

    def owners(a: int, b: int) -> set[int]:
        # (not a word of a name, capitalised inside its sentence: "fra Grøn Guide-projektet")
        return {ids[tokens[k].text] for k in range(a, b) if tokens[k].text in ids
                and not (tokens[k].cap and doc.sentence_of(k)[0] != k)} | {
                named[k] for k in range(a, b) if k in named and not a_place(k)}

    items = set(numbered_items(doc))
    label_articles = g.words["workshop.label_articles"]

    def answer(i: int) -> bool:
        """"Den om naboerne og boligområdet." alone, or after a label of its own, in a list
        or not ("Workshop: den med miljøet og genbrug", "1) Workshop: den med ...",
        "- Workshop: the one about ..."): an answer."""
        s, e = doc.sentence_of(i)
        if s in items or (tokens[s].kind == "p" and s + 1 < e):
            s += 1 + (s in items)  # past "1)", "-", "•"
        if i > s + 2 and all(t.text in label_articles for t in tokens[s + 2:i]):
            i = s + 2
        if i == s + 2 and tokens[s].text in markers and tokens[s + 1].text == ":":
            return sum(t.kind != "p" for t in tokens[i:e]) <= _LABELLED_ANSWER_WORDS
        return i == s and sum(t.kind != "p" for t in tokens[s:e]) <= _ANSWER_WORDS

    def placed_by_us(k: int) -> bool:
        """After a noun, a link and the words of a place we choose: "den gruppe, hvor det giver
        mest mening", "der, hvor der er færrest"."""
        link = next((j for j in range(k, min(k + _LINK_REACH, len(tokens))) if tokens[j].kind != "p"), None)
        return link is not None and tokens[link].text in links \
            and not placing.isdisjoint(doc.texts[link + 1:link + 1 + _PLACING_REACH])

    out: dict[int, Described] = {}
    for i, tok in enumerate(tokens):
        if (tok.sent not in sentences and not answer(i)) or doc.asks(i) or i in skip:
            continue
        s, e = doc.sentence_of(i)
        found: set[int] = set()
        if tok.text in articles and i + 1 < e and tokens[i + 1].text in ids:
            found, a, b = owners(i + 1, i + 2), i, i + 2  # "jeg tager den grønne"
        if tok.text in nouns:
            after = i + 2 if i + 1 < e and tokens[i + 1].text in demonstratives else i + 1  # "den her med ..."
            link = next((j for j in range(after, min(after + _LINK_REACH, e)) if tokens[j].kind != "p"), None)
            # (not a person compared: "samme workshop som ham, så vi kan tage ... med hjem til skolen")
            # (nor a place chosen by its numbers, which leaves the choice to us: "Jeg vil helst sidde
            # med dér, hvor der er færrest fra boligområderne, så beboerperspektivet ...")
            if link is not None and tokens[link].text in links and not (
                    link + 1 < e and tokens[link + 1].text in people) \
                    and placing.isdisjoint(doc.texts[link + 1:link + 1 + _PLACING_REACH]):
                # (up to a dash after which the sender goes on about their own doings: "gruppen
                # om miljø og bæredygtighed – vi har netop startet et forløb ... på vores
                # erhvervsuddannelser"; not an explanation: "– altså hvordan vi kan dyrke ...")
                # (or a comma before a clause of its own telling why: "vinklen om naboskab og
                # trivsel, det er dét, vi brænder for i beboerhuset")
                end = next((k for k in range(link + 1, e - 1) if ((tokens[k].text in DASHES or tokens[k].text == ";")
                                                                   and tokens[k + 1].text in senders)
                            or (tokens[k].text == "," and tokens[k + 1].text in pointing)), e)
                # (nor what a dash explains of a subject of no workshop, a word of its own: "workshoppen
                # om sundhed – altså hvordan ... give beboerne en sundere livsstil")
                if link + 2 < end and tokens[link + 2].text in DASHES and not owners(link + 1, link + 2):
                    end = link + 1
                found, a, b = owners(link + 1, end), i, end  # "gruppen om miljø og genbrug"
        if not found and tok.text in markers and i > s:
            a, b = max(s, i - _BEFORE_NOUN), i + 1
            found = owners(a, i)  # "the green / recycling workshop"
        if not found and tok.text in ids and any(tok.text.endswith(m) for m in markers):
            found, a, b = {ids[tok.text]}, i, i + 1  # "miljøgruppen"
        if not found and tok.text in pointers and i + 1 < e and tokens[i + 1].text in nouns \
                and not placed_by_us(i + 2):
            # a workshop pointed back to by what the words before it are about, in its sentence
            # or the two before it: "»Hvem kan beskæftige ledige efter endt forløb ...?« – det
            # spørgsmål sidder vi med hver dag. Så jeg vil gerne være med i den workshop, hvor
            # det skal diskuteres", "I'd like to join that group"
            back = doc.sentences[max(0, tok.sent - _POINTED_SENTENCES)][0]
            found = {ids[tokens[k].text] for k in range(back, i) if tokens[k].text in ids and k not in skip}
            a, b = i, i + 2
        for wid in found:
            out.setdefault(wid, Described(wid, a, b))
    return list(out.values())


def says_where(doc: Doc, g: Grammar, k: int) -> bool:
    """The name that starts at token k says where, not what: "hvad vi har liggende i
    lokalområdet, som kan bruges igen" describes reuse, not the local area ("i"/"in" and
    perhaps "the" before it)."""
    if k > 0 and doc.texts[k - 1] in THE:
        k -= 1
    return k > 0 and doc.texts[k - 1] in g.words["workshop.place_prepositions"]


def subjects_between(doc: Doc, workshops: tuple[Any, ...], a: int, b: int) -> set[int]:
    """The workshops whose subject words stand in tokens a..b, wherever they stand: what a
    stretch of text is about, for a pointer back that may reach past it."""
    subjects = _subjects(tuple(workshops))
    if subjects is None:
        return set()
    return {subjects.owner[m.group()] for t in doc.tokens[a:b] if (m := subjects.pattern.match(t.text))}


@dataclass(frozen=True)
class _Subjects:
    pattern: re.Pattern[str]  # matches the beginning of a word that is a subject's
    owner: dict[str, int]  # that beginning -> workshop id


@functools.lru_cache(maxsize=8)
def _subjects(workshops: tuple[Any, ...]) -> _Subjects | None:
    owner: dict[str, int] = {}
    for w in workshops:
        for topic in w.topics:
            norm = normalise(topic.strip())
            owner[norm] = owner[plain_spelling(norm)] = w.id
    if not owner:
        return None
    return _Subjects(re.compile(lexicon.alternation(owner)), owner)


# -- our own words quoted back -------------------------------------------------------------

_QUOTED_WORD = 5  # letters of a word that counts in matching a quotation with our text
_QUOTED_WORDS = 3  # such words a quotation needs before it is matched at all
_OURS = 0.8  # share of a quotation's words found in the invitation for it to be ours
_ITS_OWN = 0.6  # ... and in one workshop's description for it to be of that workshop


def invitation_quotes(doc: Doc, workshops: tuple[Any, ...], invitation: str) -> list[Described]:
    """Quotations of our invitation in the sender's text, in quotation marks: 'so the question
    "Hvordan kan virksomheden evt. gøre livet lettere for børnefamilierne?" – that's where I'd
    like to be'. One taken from one workshop's description describes that workshop, and its
    words, names included, are not the sender's; others (id 0) are only ours, or another's
    words that ours share ('Han skriver: "Jeg kommer gerne. Workshop 2, og ja tak til suppe."')."""
    marks = [k for k, t in enumerate(doc.tokens) if t.kind == "p" and t.text[0] in QUOTATION_MARKS]
    if not invitation or not marks:
        return []
    ours, sections = _invitation_words(invitation, tuple((w.id, w.name) for w in workshops))
    out = []
    for a, b in zip(marks[::2], marks[1::2]):
        said = [t.text for t in doc.tokens[a + 1:b] if t.kind == "w" and len(t.text) >= _QUOTED_WORD]
        if len(said) < _QUOTED_WORDS or sum(w in ours for w in said) < _OURS * len(said):
            continue
        shares = sorted(((sum(w in words for w in said) / len(said), wid) for wid, words in sections.items()),
                        reverse=True)
        best = shares[0] if shares and shares[0][0] >= _ITS_OWN else None
        own = best is not None and (len(shares) == 1 or shares[1][0] < best[0] - (1 - _ITS_OWN))
        out.append(Described(best[1] if own else 0, a, b + 1))
    return out


_HEADING_WORDS = 8  # words of a line that heads a workshop's description: "Vinkel 1: Lokalområdet"


@functools.lru_cache(maxsize=8)
def _invitation_words(invitation: str, workshops: tuple[tuple[int, str], ...]) -> tuple[frozenset[str], dict[int, frozenset[str]]]:
    """The words of our invitation, and those of each workshop's description: the lines under
    its heading, up to the next heading or the first blank line after them."""
    lines = [normalise(line).strip(" >") for line in invitation.splitlines()]
    names = {wid: normalise(name) for wid, name in workshops}
    sections: dict[int, set[str]] = {}
    current = None
    for line in lines:
        words = re.findall(r"\w+", line)
        # (with its number: not an item of another list that names it, "· Lokalområdet")
        heading = next((wid for wid, name in names.items() if name in line), None) \
            if 0 < len(words) <= _HEADING_WORDS and any(w.isdigit() for w in words) else None
        if heading is not None:
            current = heading
            sections.setdefault(current, set())
        elif not words:
            current = None if current is not None and sections[current] else current
        elif current is not None:
            sections[current].update(w for w in words if len(w) >= _QUOTED_WORD)
    ours = frozenset(w for line in lines for w in re.findall(r"\w+", line) if len(w) >= _QUOTED_WORD)
    return ours, {wid: frozenset(words) for wid, words in sections.items()}
