"""Reading the hand-written replies of tests/fixtures/mail/meaning/ the way tick reads them."""

from __future__ import annotations

from pathlib import Path

from pipeline.understand import Reading, understand
from pipeline.understand.reading import Context

MEANING = Path(__file__).resolve().parents[2] / "fixtures" / "mail" / "meaning"
# What our follow-up question said; replies to it quote it (tick passes it as known text).
FOLLOWUP = (MEANING.parent / "quotes" / "followup_question.txt").read_text("utf-8")


def read(context: Context, name: str, asked: tuple[str, ...] = ()) -> Reading:
    """understand() of tests/fixtures/mail/meaning/<name>.eml."""
    raw = (MEANING / f"{name}.eml").read_bytes()
    return understand(raw, context, frozenset(asked), known_texts=(FOLLOWUP,))
