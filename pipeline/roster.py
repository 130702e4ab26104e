"""The participant list as plain rows: what `list`, exports and the digest show."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .store.models import Participant

COLUMNS = ("email", "name", "status", "workshop", "dinner", "party", "lang", "late", "note",
           "question", "updated")


def rows(session: Session) -> list[dict[str, Any]]:
    """Every participant, by status then address."""
    people = session.scalars(select(Participant).order_by(Participant.status, Participant.email))
    return [row(p) for p in people]


def row(p: Participant) -> dict[str, Any]:
    return {
        "email": p.email, "name": p.name, "status": p.status, "workshop": p.workshop,
        "dinner": p.dinner, "party": p.party, "lang": p.lang, "late": p.late, "note": p.note,
        "question": p.question, "updated": p.updated_at.isoformat(),
    }
