"""The lookups and writes the pipeline repeats: message keys, registrations, threads."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..headers import made_by_us
from ..headers import message_id as normal_message_id
from .models import Outbox, Participant

if TYPE_CHECKING:
    from ..participant import Registration


def dedup_key(message_id: str | None, raw: bytes) -> str:
    """What makes a message the same message: its Message-ID, else a hash of its bytes.

    A Message-ID that is not a usable one (too long, spaces in it) is hashed, under
    its own prefix, so it still identifies the message.
    """
    mid = normal_message_id(message_id)
    if mid:
        return mid[1:-1]
    if message_id and message_id.strip():
        return "msgid-sha256:" + hashlib.sha256(message_id.strip().encode()).hexdigest()
    return "sha256:" + hashlib.sha256(raw).hexdigest()


def participant_by_email(session: Session, email: str) -> Participant | None:
    return session.scalars(select(Participant).where(Participant.email == email.lower())).first()


def participant_by_thread(session: Session, ids: Iterable[str | None]) -> Participant | None:
    """The participant one of our own mails in `ids` (In-Reply-To, References) went to."""
    # Most replies refer only to the invitation and other people's mail: no query for those.
    ours = {mid for mid in (normal_message_id(i) for i in ids) if mid and made_by_us(mid)}
    if not ours:
        return None
    return session.scalars(
        select(Participant).join(Outbox, Outbox.participant_id == Participant.id)
        .where(Outbox.message_id.in_(ours))
        .order_by(Outbox.created_at.desc(), Outbox.id.desc())
    ).first()


def registration_of(row: Participant) -> Registration:
    # Imported here: the participant rules load the understanding of mail, which a run
    # with no new mail does without.
    from ..participant import Registration

    return Registration(
        email=row.email, status=row.status, name=row.name, workshop=row.workshop,
        dinner=row.dinner, party=row.party, lang=row.lang, late=row.late, note=row.note,
        question=row.question, followups=row.followups, asked=tuple(row.asked or ()),
        review_reason=row.review_reason,
    )


def save_registration(session: Session, registration: Registration, *,
                      now: dt.datetime) -> Participant:
    """Insert or update the participant row; flushed, so it has an id."""
    return write_registration(session, participant_by_email(session, registration.email),
                              registration, now=now)


def write_registration(session: Session, row: Participant | None, registration: Registration,
                       *, now: dt.datetime) -> Participant:
    """Like save_registration, for a caller that has just looked the person up in this
    transaction: `row` is their row, None when there is none."""
    if row is not None and row.email != registration.email.lower():
        raise ValueError("the row is another person's")
    if row is None:
        row = Participant(email=registration.email.lower(), created_at=now)
        session.add(row)
    row.status = registration.status
    row.name = registration.name
    row.workshop = registration.workshop
    row.dinner = registration.dinner
    row.party = registration.party
    row.lang = registration.lang
    row.late = registration.late
    row.note = registration.note
    row.question = registration.question
    row.followups = registration.followups
    row.asked = list(registration.asked)
    row.review_reason = registration.review_reason
    row.updated_at = now
    session.flush()
    return row
