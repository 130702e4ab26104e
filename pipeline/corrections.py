"""What `tilmeld set` does: the coordinator's correction of one registration.

The correction is kept in the history (kind "correction", with each value before and
after), and with `notify` the person gets the updated confirmation through the outbox,
in the same transaction. A correction also takes a person out of review, and marks
any question of theirs as answered: she has looked at them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from sqlalchemy.orm import Session

from . import capacity, headers, participant, replies
from .config import Settings
from .store import queries
from .store.models import History, Outbox, Participant

# The notice a person gets for their new status; other statuses get none.
NOTICES = {"registered": "change", "cancelled": "cancel", "declined": "decline"}


class CorrectionError(ValueError):
    """The correction cannot be made as given; the message says why."""


@dataclass(frozen=True)
class Correction:
    workshop: int | None = None
    dinner: bool | None = None
    party: int | None = None
    status: str | None = None

    def given(self) -> dict[str, object]:
        return {k: v for k, v in vars(self).items() if v is not None}


@dataclass
class Corrected:
    email: str
    created: bool
    changed: dict[str, tuple[object, object]]  # field -> (before, after)
    notified: str | None = None  # the reply kind sent
    warnings: list[str] = field(default_factory=list)


def correct(session: Session, settings: Settings, email: str, correction: Correction, *,
            notify: bool, now: dt.datetime) -> Corrected:
    """Apply `correction` to the person at `email`; raises CorrectionError when it cannot."""
    try:
        address = headers.valid_address(email.strip()).lower()
    except headers.BadAddress as exc:
        raise CorrectionError(f"{email!r} is not a usable address ({exc})") from None
    values = correction.given()
    if not values:
        raise CorrectionError("nothing to change: give --workshop, --dinner, --party or --status")
    if correction.workshop is not None and settings.workshop(correction.workshop) is None:
        known = ", ".join(str(w.id) for w in settings.workshops)
        raise CorrectionError(f"no workshop {correction.workshop} in the config (there are {known})")
    if correction.party is not None and correction.party < 1:
        raise CorrectionError("--party must be 1 or more")
    if correction.status is not None and correction.status not in participant.STATUSES:
        raise CorrectionError(f"--status must be one of {', '.join(participant.STATUSES)}")

    row = queries.participant_by_email(session, address)
    if row is None and correction.status is None:
        raise CorrectionError(f"no participant {address}; to add one, give --status too")
    before = (queries.registration_of(row) if row is not None
              else participant.Registration(email=address, lang=settings.event.language))
    after = corrected(before, correction)
    changed = {f: (getattr(before, f), getattr(after, f))
               for f in ("status", "workshop", "dinner", "party")
               if row is None or getattr(before, f) != getattr(after, f)}
    result = Corrected(address, row is None, changed)

    if after.status == "registered":
        result.warnings += _over_capacity(session, settings, after)
    saved = queries.save_registration(session, after, now=now)
    session.add(History(participant_id=saved.id, at=now, kind="correction",
                        from_status=None if row is None else before.status,
                        to_status=after.status,
                        detail={"changed": [f for f in changed if f != "status"],
                                "values": {f: list(v) for f, v in changed.items()},
                                "notify": notify}))
    if notify:
        _notify(session, settings, saved, after, now, result)
    return result


def corrected(before: participant.Registration, correction: Correction) -> participant.Registration:
    """The registration with the correction's values: out of review unless put there, and
    any question of theirs answered."""
    status = correction.status or before.status
    return replace(before, **correction.given(), question=False, review_reason=(
        (before.review_reason or "set by the coordinator") if status == "review" else None))


def _over_capacity(session: Session, settings: Settings,
                   registration: participant.Registration) -> list[str]:
    room = capacity.room_for(session, settings, registration.email)
    left = room.get(registration.workshop) if registration.workshop is not None else None
    if left is not None and registration.party > left:
        return [f"workshop {registration.workshop} now has more people than its capacity"]
    return []


def _notify(session: Session, settings: Settings, row: Participant,
            registration: participant.Registration, now: dt.datetime, result: Corrected) -> None:
    kind = NOTICES.get(registration.status)
    if kind is None:
        result.warnings.append(f"not notified: there is no notice for status {registration.status}")
        return
    if kind == "change" and (registration.workshop is None or registration.dinner is None):
        result.warnings.append("not notified: a confirmation needs both a workshop and a dinner answer")
        return
    msg = replies.compose(kind, registration, settings, answering=None, now=now,
                          previous_references=[row.last_reply_message_id or ""])
    message_id = msg["Message-ID"]
    session.add(Outbox(participant_id=row.id, answers_id=None, kind=kind, recipient=row.email,
                       message_id=message_id, raw=replies.as_bytes(msg), status="pending",
                       attempts=0, created_at=now))
    row.last_reply_message_id = message_id
    session.add(History(participant_id=row.id, at=now, kind="reply",
                        detail={"kind": kind, "message_id": message_id, "correction": True}))
    result.notified = kind
