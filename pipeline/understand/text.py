"""Text helpers shared by the meaning modules: a normal form, tokens, sentences, clauses.

The normal form keeps every character at its place (same length as the original), so a
token's span always points back into the sender's own words for quoting in reasons.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .grammar import Grammar

_FOLD = str.maketrans({
    "\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'", "\u02bc": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2212": "-", "\u2015": "-", "\u2010": "-",
    "\u2011": "-", "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ", "\u200b": " ",
    "\u200c": " ", "\u200d": " ", "\ufe0f": " ", "\u20e3": " ", "\ufeff": " ", "\t": " ",
    "\r": " ",
})

# A word (letters or digits, joined by inner apostrophes or hyphens: "2'eren", "won't",
# "Partnerskaber-workshoppen", "2017-20") or one punctuation mark, repeated marks as one.
_TOKEN = re.compile(r"[^\W_]+(?:['\-][^\W_]+)*|(?P<p>[^\w\s]|_)(?P=p)*")
_SENTENCE_END = frozenset(".!?…")
_CLAUSE_PUNCT = frozenset(",;-")
_WRAPPED_LINE = 40  # characters: a shorter line ends where its writer pressed return
MAX_QUOTE = 80


def normalise(text: str) -> str:
    """Lower case with one kind of apostrophe, dash and space; same length as `text`."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a few letters grow when lowered ("İ"): keep them
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return lowered.translate(_FOLD)


@dataclass(slots=True)
class Token:
    text: str  # normal form
    start: int
    end: int
    kind: str  # "w" word, "n" digits only, "p" punctuation
    cap: bool  # written with a capital first letter
    nl: int  # line breaks just before it: 0, 1, or 2 for a blank line
    sent: int = 0
    clause: int = 0


@dataclass
class Doc:
    """The sender's words as tokens grouped in sentences and clauses."""

    original: str
    norm: str
    tokens: list[Token]
    sentences: list[tuple[int, int]] = field(default_factory=list)  # token ranges [a, b)
    clauses: list[tuple[int, int]] = field(default_factory=list)
    questions: set[int] = field(default_factory=set)  # sentences that end with "?"

    def quote(self, a: int, b: int) -> str:
        """The original words of tokens [a, b), shortened for a reason line."""
        if a >= b or b > len(self.tokens):
            return ""
        text = " ".join(self.original[self.tokens[a].start:self.tokens[b - 1].end].split())
        return text if len(text) <= MAX_QUOTE else text[:MAX_QUOTE - 1].rstrip() + "…"

    def clause_of(self, i: int) -> tuple[int, int]:
        return self.clauses[self.tokens[i].clause]

    def sentence_of(self, i: int) -> tuple[int, int]:
        return self.sentences[self.tokens[i].sent]


def tokenise(text: str, norm: str) -> list[Token]:
    tokens: list[Token] = []
    last = 0
    for m in _TOKEN.finditer(norm):
        start, end = m.span()
        word = m.group()
        gap = norm.count("\n", last, start)
        kind = "p" if m.group("p") else ("n" if word.isdigit() else "w")
        tokens.append(Token(word, start, end, kind, text[start].isupper(), min(gap, 2)))
        last = end
    return tokens


def read(text: str, grammar: Grammar) -> Doc:
    """Tokenise `text` and find its sentences and clauses."""
    norm = normalise(text)
    doc = Doc(text, norm, tokenise(text, norm))
    _sentences(doc, grammar)
    _clauses(doc, grammar)
    return doc


def _sentences(doc: Doc, grammar: Grammar) -> None:
    tokens = doc.tokens
    n = len(tokens)
    start = 0
    for i, tok in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < n else None
        if nxt is None:
            end_here = True
        elif nxt.nl and (nxt.nl > 1 or not _continues(doc.norm, tok, nxt)):
            end_here = True
        elif tok.kind == "p" and tok.text[0] in _SENTENCE_END:
            end_here = _ends_sentence(tokens, i, grammar)
        else:
            end_here = False
        if end_here:
            doc.sentences.append((start, i + 1))
            start = i + 1
    for s, (a, b) in enumerate(doc.sentences):
        for tok in tokens[a:b]:
            tok.sent = s
        if any(t.kind == "p" and t.text[0] == "?" and _free(doc.norm, t) for t in tokens[a:b]):
            doc.questions.add(s)


def _continues(norm: str, prev: Token, nxt: Token) -> bool:
    """A line break inside a sentence: a long soft-wrapped line goes on in lower case."""
    if prev.kind == "p" and prev.text[0] in _SENTENCE_END | {":"}:
        return False
    line_start = norm.rfind("\n", 0, prev.end) + 1
    return nxt.kind == "w" and not nxt.cap and prev.end - line_start >= _WRAPPED_LINE


def _ends_sentence(tokens: list[Token], i: int, grammar: Grammar) -> bool:
    tok = tokens[i]
    if tok.text[0] != ".":
        return True
    prev = tokens[i - 1] if i else None
    nxt = tokens[i + 1]
    if prev is None:
        return True
    if nxt.start == tok.end and nxt.kind != "w":  # "16.45", "20.6"
        return False
    if prev.kind == "n":  # "den 20. juni" goes on; "ikke d. 20. Mvh" ends
        return nxt.cap or nxt.kind == "p"
    if prev.text in grammar.abbreviations:
        return False
    return True


def _free(norm: str, tok: Token) -> bool:
    """Punctuation followed by a space or the end, not inside a link ("?id=4")."""
    return tok.end >= len(norm) or not (norm[tok.end].isalnum() or norm[tok.end] in "=&/")


def _clauses(doc: Doc, grammar: Grammar) -> None:
    tokens = doc.tokens
    for a, b in doc.sentences:
        start = a
        for i in range(a, b):
            tok = tokens[i]
            split = False
            if i > start:
                if tok.kind == "p" and tok.text[0] in _CLAUSE_PUNCT and (
                    tok.text[0] != "-" or _spaced(doc, i)
                ):
                    split = True
                elif tok.text in grammar.clause_breaks and tokens[i - 1].kind != "p" or (
                    tok.text in grammar.coordinators and i + 1 < b
                    and tokens[i + 1].text in grammar.clause_starters
                ):
                    split = True
            if split:
                doc.clauses.append((start, i))
                start = i
        doc.clauses.append((start, b))
    for c, (a, b) in enumerate(doc.clauses):
        for tok in tokens[a:b]:
            tok.clause = c


def _spaced(doc: Doc, i: int) -> bool:
    """A dash between words with space around it ("3 - Partnerskaber"), not "2-3"."""
    tok = doc.tokens[i]
    before = tok.start == 0 or doc.norm[tok.start - 1].isspace()
    after = tok.end >= len(doc.norm) or doc.norm[tok.end].isspace()
    return before or after
