"""The language of the sender's own words: Danish or English."""

from __future__ import annotations

import functools

from .grammar import Grammar

_DANISH_LETTERS = frozenset("æøå")


@functools.cache
def own_words(g: Grammar) -> tuple[frozenset[str], frozenset[str]]:
    """The frequent words of each language that the other language does not share."""
    da, en = g.stopwords["da"], g.stopwords["en"]
    return da - en, en - da


def language(words: list[str], g: Grammar, default: str) -> str:
    """"da" or "en" by their frequent words (and words with æ, ø, å); `default` when undecided.
    `words`: in normal form (text.words, or the "w" tokens of a Doc)."""
    da_words, en_words = own_words(g)
    da = en = 0
    for w in words:
        if w in da_words or (not w.isascii() and not _DANISH_LETTERS.isdisjoint(w)):
            da += 1
        if w in en_words:
            en += 1
    if da == en:
        return default
    return "da" if da > en else "en"
