"""The options a form line offers: "Spiser med (ja/nej): ja", "Workshop (1/2/3): 1".

People copy a sign-up form from a colleague or build their own, and keep its hints. The
hint in brackets lists every answer; the answer is what follows it. Words in a hint say
nothing: a "nej" there is no no, and a "2" there is no choice.
"""

from __future__ import annotations

from .grammar import Grammar
from .text import Doc

_OPEN = {"(": ")", "[": "]"}
_SEPARATORS = frozenset(("/", ",", "|", "-", "eller", "or", "el"))
_MAX_HINT = 9  # tokens inside the brackets


def option_lists(doc: Doc, g: Grammar) -> list[tuple[int, int]]:
    """Token ranges of the bracketed option lists, brackets included."""
    if "(" not in doc.vocab and "[" not in doc.vocab:
        return []
    answers = g.union("polarity.yes", "polarity.no")
    tokens = doc.tokens
    spans = []
    for i in doc.indices_of(_OPEN):
        close = _OPEN[tokens[i].text]
        inner = []
        for j in range(i + 1, min(i + 2 + _MAX_HINT, len(tokens))):
            if tokens[j].text == close or tokens[j].nl:
                break
            inner.append(tokens[j])
        else:
            continue
        if tokens[j].text != close:
            continue
        options = [t for t in inner if t.kind == "n" or t.text in answers]
        separators = [t for t in inner if t.text in _SEPARATORS]
        if len(options) >= 2 and separators and len(options) + len(separators) == len(inner):
            spans.append((i, j + 1))
    return spans
