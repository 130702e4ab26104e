"""The language of the sender's own words: Danish or English."""

from __future__ import annotations

from .grammar import Grammar
from .text import Doc

_DANISH_LETTERS = frozenset("æøå")


def language(doc: Doc, g: Grammar, default: str) -> str:
    """"da" or "en" by their frequent words (and æ, ø, å); `default` when undecided."""
    da_words, en_words = g.stopwords["da"], g.stopwords["en"]
    da = en = 0
    for tok in doc.tokens:
        if tok.kind != "w":
            continue
        in_da, in_en = tok.text in da_words, tok.text in en_words
        if in_da and not in_en:
            da += 1
        elif in_en and not in_da:
            en += 1
        if not _DANISH_LETTERS.isdisjoint(tok.text):
            da += 1
    if da == en:
        return default
    return "da" if da > en else "en"
