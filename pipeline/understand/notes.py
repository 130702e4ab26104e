"""What a person must see: a question to answer, a note worth keeping (diet, arrival)."""

from __future__ import annotations

from collections.abc import Iterable

from .grammar import Cues
from .text import Doc

MAX_NOTE = 200
_MIN_QUESTION_WORDS = 2


def question(doc: Doc, intent_cues: Cues, answered: Iterable[int | None] = ()) -> str | None:
    """The first question a person has to answer, in the sender's words; not the sentences
    `answered`, questions the sender answers himself ("Spise med? Ja tak")."""
    asking_nothing = {doc.tokens[c.start].sent for c in intent_cues["pleasantries"]} | set(answered)
    for s in sorted({doc.tokens[doc.clauses[c][0]].sent for c in doc.questions}):
        a, b = doc.sentences[s]
        words = sum(1 for t in doc.tokens[a:b] if t.kind != "p")
        if s not in asking_nothing and words >= _MIN_QUESTION_WORDS:
            return doc.quote(a, b)
    for cue in intent_cues["requests"]:
        return doc.quote(*doc.sentence_of(cue.start))
    return None


def note(doc: Doc, note_cues: Cues, blocked: set[int]) -> str | None:
    """Sentences about diet or about arriving late / leaving early, joined."""
    sentences: list[int] = []
    for cue in note_cues["diet"]:
        sentences.append(doc.tokens[cue.start].sent)
    for cue in note_cues["arrival"]:
        s = doc.tokens[cue.start].sent
        a, b = doc.sentences[s]
        timed = any(i in blocked for i in range(a, b))
        if timed or cue.end - cue.start > 1:
            sentences.append(s)
    if not sentences:
        return None
    text = " / ".join(doc.quote(*doc.sentences[s]) for s in sorted(set(sentences)))
    return text if len(text) <= MAX_NOTE else text[:MAX_NOTE - 1].rstrip() + "…"
