"""Finding lexicon phrases among tokens: one pass, the longest phrase at each place wins.

A phrase is written as words; "…" stands for up to three words in between and "{n}" for
a number (digits or a numeral word). Phrases belong to families (workshop, dinner, ...)
matched side by side: the words a phrase matched are used up within its family only,
so "ved ikke" (undecided) hides its "ikke" from the negations, not from the meal words.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from .text import Doc, Token, normalise, tokenise

GAP = "…"
NUMBER = "{n}"
MAX_GAP = 3


class Cue(NamedTuple):
    kind: str
    start: int  # first token
    end: int  # one past the last token


@dataclass(frozen=True, slots=True)
class _Phrase:
    family: str
    items: tuple[str, ...]
    words: list[str]  # the items as a list, for a fast slice comparison
    kinds: tuple[str, ...]
    size: int  # words that must match, for longest-first
    plain: bool  # no gap, no number slot
    last: str  # the last word, looked for before trying a phrase with a gap


class _Candidates(NamedTuple):
    """The phrases starting with one word, longest first."""

    all: list[_Phrase]
    near_only: list[_Phrase]  # without the phrases whose last word must stand near
    lasts: frozenset[str]  # those last words


def _candidates(phrases: list[_Phrase]) -> _Candidates:
    ordered = sorted(phrases, key=_longest)
    gapped = [p for p in ordered if not p.plain and p.last != NUMBER]
    return _Candidates(ordered, [p for p in ordered if p.plain or p.last == NUMBER],
                       frozenset(p.last for p in gapped))


class PhraseMatcher:
    def __init__(self, families: dict[str, dict[str, set[str]]], numerals: frozenset[str],
                 quantities: frozenset[str] = frozenset()) -> None:
        """`families` maps a family to its phrases, each to the kinds of cue it is;
        `quantities`: the nouns after which a numeral word is an article, no number ("et par
        stykker", "en håndfuld")."""
        self.numerals = numerals
        self.quantities = quantities
        self.families = tuple(families)
        # Plain phrases of two or more words are found by their first two words, the
        # rest (one word, a gap, a number slot) by their first word: few candidates each.
        # Phrases that open with a number and a word ("{n} personer") are found by that
        # word, as pairs are: every number in a reply would otherwise try them all.
        pairs: dict[tuple[str, str], list[_Phrase]] = {}
        singles: dict[str, list[_Phrase]] = {}
        numbered: list[_Phrase] = []
        after_number: dict[str, list[_Phrase]] = {}
        for family, phrases in families.items():
            for text, kinds in phrases.items():
                items = _items(text)
                if not items or items[0] == GAP:
                    continue
                plain = GAP not in items and NUMBER not in items
                size = sum(i != GAP for i in items)
                phrase = _Phrase(family, items, list(items), tuple(sorted(kinds)), size, plain, items[-1])
                if items[0] == NUMBER and size > 1 and items[1] not in (GAP, NUMBER):
                    after_number.setdefault(items[1], []).append(phrase)
                elif items[0] == NUMBER:
                    numbered.append(phrase)
                elif plain and size > 1:
                    pairs.setdefault((items[0], items[1]), []).append(phrase)
                else:
                    singles.setdefault(items[0], []).append(phrase)
        if numbered:  # a number slot followed by a gap or another number
            for key in set(singles) | numerals | {k for k, _ in pairs if k.isdecimal()}:
                if key in numerals or key.isdecimal():
                    singles[key] = singles.get(key, []) + numbered
        self.pairs: dict[str, dict[str, list[_Phrase]]] = {}
        for (first, second), found in pairs.items():
            self.pairs.setdefault(first, {})[second] = sorted(found, key=_longest)
        self.after_number = {k: sorted(v, key=_longest) for k, v in after_number.items()}
        self.singles = {k: _candidates(v) for k, v in singles.items()}
        self.numbered = _candidates(numbered)
        self.first_words = frozenset(self.pairs).union(self.singles, numerals)
        # how far after its first word the last word of a phrase with a gap may stand
        self.reach = max((p.size + MAX_GAP - 1 for c in [*self.singles.values(), self.numbered]
                          for p in c.all if not p.plain), default=0)

    def find(self, doc: Doc) -> dict[str, list[Cue]]:
        """The cues of every family, in text order."""
        found: dict[str, list[Cue]] = {family: [] for family in self.families}
        tokens, texts = doc.tokens, doc.texts
        # Only tokens that can begin a phrase are visited: most words begin none.
        starts = self.first_words & doc.vocab
        if not starts and not doc.digits:
            return found
        positions = [i for i, t in enumerate(texts) if t in starts]
        if doc.digits:
            positions = sorted(set(positions).union(doc.digits))
        size = len(tokens)
        # per family: the tokens its phrases used up; a phrase found at a token uses that
        # token up, so it also tells that its family has its phrase there
        taken = {family: [False] * size for family in self.families}
        pairs, singles, after_number, numerals = self.pairs, self.singles, self.after_number, self.numerals
        last = size - 1
        for i in positions:
            tok = tokens[i]
            text = tok.text
            nxt = texts[i + 1] if i < last else ""
            after = pairs.get(text)
            first = after.get(nxt) if after is not None else None
            if (tok.kind == "n" or text in numerals) and nxt in after_number:
                first = sorted(first + after_number[nxt], key=_longest) if first else after_number[nxt]
            starting = singles.get(text) or (self.numbered if tok.kind == "n" else None)
            if starting is not None:
                # Most phrases with a gap end in a word that is nowhere near: drop them at once.
                near = starting.lasts and not starting.lasts.isdisjoint(texts[i + 1:i + 1 + self.reach])
                second = starting.all if near else starting.near_only
                candidates = sorted(first + second, key=_longest) if first else second
            elif first is not None:
                candidates = first
            else:
                continue
            for phrase in candidates:
                used_up = taken[phrase.family]
                if used_up[i]:
                    continue
                if phrase.plain:
                    end = i + phrase.size
                    if end == i + 1:
                        used_up[i] = True
                    elif texts[i:end] != phrase.words or tokens[end - 1].sent != tok.sent \
                            or any(used_up[i:end]):
                        continue
                    else:
                        used_up[i:end] = [True] * (end - i)
                else:
                    if phrase.last != NUMBER and phrase.last not in texts[i + 1:i + phrase.size + MAX_GAP]:
                        continue
                    used: list[int] = []
                    end = self._match(phrase.items, 0, tokens, i, tok.sent, used_up, used)
                    if end < 0:
                        continue
                    for j in used:
                        used_up[j] = True
                out = found[phrase.family]
                for kind in phrase.kinds:
                    out.append(Cue(kind, i, end))
        return found

    def _match(self, items: tuple[str, ...], k: int, tokens: list[Token], i: int, sent: int,
               taken: list[bool], used: list[int]) -> int:
        if k == len(items):
            return i
        item = items[k]
        if item == GAP:
            for skip in range(MAX_GAP + 1):
                j = i + skip
                if skip and (j > len(tokens) or (tokens[j - 1].kind == "p" and not _in_a_word(tokens, j - 1))
                             or tokens[j - 1].sent != sent):
                    break
                end = self._match(items, k + 1, tokens, j, sent, taken, used)
                if end >= 0:
                    return end
            return -1
        if i >= len(tokens) or taken[i] or tokens[i].sent != sent:
            return -1
        tok = tokens[i]
        if item == NUMBER:
            ok = tok.kind == "n" or (tok.text in self.numerals and not (
                i + 1 < len(tokens) and tokens[i + 1].text in self.quantities))
        else:
            ok = tok.text == item
        if not ok:
            return -1
        used.append(i)
        end = self._match(items, k + 1, tokens, i + 1, sent, taken, used)
        if end < 0:
            used.pop()
        return end


def _longest(phrase: _Phrase) -> int:
    return -phrase.size


def _items(text: str) -> tuple[str, ...]:
    items: list[str] = []
    for part in text.split():
        if part in (GAP, "...", NUMBER):
            items.append(GAP if part != NUMBER else NUMBER)
        else:
            norm = normalise(part)
            items.extend(t.text for t in tokenise(part, norm))
    return tuple(items)


def _in_a_word(tokens: list[Token], k: int) -> bool:
    """The punctuation at k belongs to the word before it: a possessive's apostrophe
    ("videresender Jens' svar"), a day's full stop glued to its number ("falder den 20.
    sammen med")."""
    tok = tokens[k]
    return tok.text == "'" or (tok.text == "." and k > 0 and tokens[k - 1].kind == "n" and tokens[k - 1].end == tok.start)
