"""Finding lexicon phrases among tokens: one pass, the longest phrase at each place wins.

A phrase is written as words; "…" stands for up to three words in between and "{n}" for
a number (digits or a numeral word). The words a phrase matched are used up, so "ved
ikke" (undecided) hides its "ikke" from the negations of the same family.
"""

from __future__ import annotations

from dataclasses import dataclass

from .text import Token, normalise, tokenise

GAP = "…"
NUMBER = "{n}"
MAX_GAP = 3


@dataclass(frozen=True, slots=True)
class Cue:
    kind: str
    start: int  # first token
    end: int  # one past the last token


@dataclass(frozen=True, slots=True)
class _Phrase:
    items: tuple[str, ...]
    kinds: tuple[str, ...]
    size: int  # words that must match, for longest-first


class PhraseMatcher:
    def __init__(self, phrases: dict[str, set[str]], numerals: frozenset[str]) -> None:
        """`phrases` maps a phrase to the kinds of cue it is."""
        self.numerals = numerals
        index: dict[str, list[_Phrase]] = {}
        for text, kinds in phrases.items():
            items = _items(text)
            if not items or items[0] == GAP:
                continue
            phrase = _Phrase(items, tuple(sorted(kinds)), sum(i != GAP for i in items))
            index.setdefault(items[0], []).append(phrase)
        for entries in index.values():
            entries.sort(key=lambda p: -p.size)
        self.index = index

    def find(self, tokens: list[Token]) -> list[Cue]:
        cues: list[Cue] = []
        taken = [False] * len(tokens)
        for i, tok in enumerate(tokens):
            if taken[i]:
                continue
            candidates = self.index.get(tok.text, [])
            if tok.kind == "n" or tok.text in self.numerals:
                candidates = sorted(candidates + self.index.get(NUMBER, []), key=lambda p: -p.size)
            for phrase in candidates:
                used: list[int] = []
                end = self._match(phrase.items, 0, tokens, i, tok.sent, taken, used)
                if end < 0:
                    continue
                for j in used:
                    taken[j] = True
                cues.extend(Cue(kind, i, end) for kind in phrase.kinds)
                break
        return cues

    def _match(self, items: tuple[str, ...], k: int, tokens: list[Token], i: int, sent: int,
               taken: list[bool], used: list[int]) -> int:
        if k == len(items):
            return i
        item = items[k]
        if item == GAP:
            for skip in range(MAX_GAP + 1):
                j = i + skip
                if skip and (j > len(tokens) or tokens[j - 1].kind == "p" or tokens[j - 1].sent != sent):
                    break
                end = self._match(items, k + 1, tokens, j, sent, taken, used)
                if end >= 0:
                    return end
            return -1
        if i >= len(tokens) or taken[i] or tokens[i].sent != sent:
            return -1
        tok = tokens[i]
        if item == NUMBER:
            ok = tok.kind == "n" or tok.text in self.numerals
        else:
            ok = tok.text == item
        if not ok:
            return -1
        used.append(i)
        end = self._match(items, k + 1, tokens, i + 1, sent, taken, used)
        if end < 0:
            used.pop()
        return end


def _items(text: str) -> tuple[str, ...]:
    items: list[str] = []
    for part in text.split():
        if part in (GAP, "...", NUMBER):
            items.append(GAP if part != NUMBER else NUMBER)
        else:
            norm = normalise(part)
            items.extend(t.text for t in tokenise(part, norm))
    return tuple(items)
