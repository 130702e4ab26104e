"""Places per workshop: who is coming where, and the room left where config sets a capacity.

Only registered people hold places, each for their whole party. The rule that a full
workshop is refused lives in the transition table (participant.no_room); this module
counts.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .config import Settings
from .store.models import Participant


def coming(session: Session, *, besides: str | None = None) -> dict[int | None, int]:
    """People coming per workshop (party sizes added up); None: registered without one.

    `besides` leaves one address out: the places someone else's registration may use.
    """
    query = (select(Participant.workshop, func.sum(Participant.party))
             .where(Participant.status == "registered").group_by(Participant.workshop))
    if besides is not None:
        query = query.where(Participant.email != besides.lower())
    return {workshop: int(total) for workshop, total in session.execute(query)}


def places_left(settings: Settings, taken: dict[int | None, int]) -> dict[int, int]:
    """Places left in each workshop that has a capacity (never below 0)."""
    return {w.id: max(0, w.capacity - taken.get(w.id, 0))
            for w in settings.workshops if w.capacity is not None}


def capped(settings: Settings) -> bool:
    """Whether any workshop has a capacity."""
    return any(w.capacity is not None for w in settings.workshops)


def room_for(session: Session, settings: Settings, email: str | None) -> dict[int, int]:
    """The places each capped workshop has for `email`, counting everyone else's."""
    if not capped(settings):
        return {}
    return places_left(settings, coming(session, besides=email))
