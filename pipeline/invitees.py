"""The invitee list: who the invitation went to, so the digest can say who has not answered,
and one optional reminder to those who have not (config digest.reminder_days_before).

    found = read_csv(data)                 # pure: rows, and the lines that are not usable
    store(session, found.rows, now)        # add or update
    queue_reminders(settings, sessions, now)   # tick's stage
"""

from __future__ import annotations

import csv
import datetime as dt
import logging
from dataclasses import dataclass, field
from email.message import EmailMessage

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from . import coordinator, generated, headers, replies
from .clock import local_day
from .config import Settings
from .store.models import Invitee, Outbox, Participant

log = logging.getLogger(__name__)

KIND = "reminder"  # the outbox kind; not an answer, so outside the daily cap


@dataclass
class Found:
    rows: list[tuple[str, str]] = field(default_factory=list)  # (email, name), in file order
    problems: list[str] = field(default_factory=list)  # "line 4: ..." for each unusable line


def read_csv(data: bytes) -> Found:
    """Name and address per line, from what a spreadsheet or a hand writes.

    UTF-8 (a BOM or not), else windows-1252; `;` or `,` between the columns; a header
    line or none. The column holding an @ is the address, the other one the name.
    """
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    lines = text.splitlines()
    sample = "\n".join(lines[:20])
    delimiter = ";" if sample.count(";") >= sample.count(",") and ";" in sample else ","
    found, seen = Found(), set()
    for number, row in enumerate(csv.reader(lines, delimiter=delimiter), start=1):
        cells = [c.strip() for c in row]
        if not any(cells):
            continue
        with_at = [c for c in cells if "@" in c]
        if not with_at:
            if number == 1:
                continue  # a header line
            found.problems.append(f"line {number}: no address")
            continue
        if len(with_at) > 1:
            found.problems.append(f"line {number}: more than one address")
            continue
        try:
            address = headers.valid_address(with_at[0].strip("<>")).lower()
        except headers.BadAddress as exc:
            found.problems.append(f"line {number}: {with_at[0]!r} is not a usable address ({exc})")
            continue
        if address in seen:
            found.problems.append(f"line {number}: {address} is listed already")
            continue
        seen.add(address)
        name = " ".join(c for c in cells if c and c is not with_at[0])
        found.rows.append((address, headers.one_line(name, 200)))
    return found


def store(session: Session, rows: list[tuple[str, str]], now: dt.datetime) -> tuple[int, int]:
    """Add new invitees and update the names of known ones: (added, updated)."""
    known = {i.email: i for i in session.scalars(select(Invitee))}
    added = updated = 0
    for address, name in rows:
        invitee = known.get(address)
        if invitee is None:
            session.add(Invitee(email=address, name=name, imported_at=now))
            added += 1
        elif name and invitee.name != name:
            invitee.name = name
            updated += 1
    return added, updated


def silent(session: Session) -> list[Invitee]:
    """Invitees who have not written to us at all."""
    answered = select(Participant.id).where(Participant.email == Invitee.email).exists()
    return list(session.scalars(select(Invitee).where(~answered)
                                .order_by(Invitee.name, Invitee.email)))


def reminder_due(settings: Settings, now: dt.datetime) -> bool:
    """From send_at on the day reminder_days_before the deadline, to the deadline day."""
    days = settings.digest.reminder_days_before
    if days is None:
        return False
    local = now.astimezone(settings.event.timezone)
    deadline = settings.event.deadline
    first = deadline - dt.timedelta(days=days)
    return first <= local.date() <= deadline and (local.date() > first
                                                  or local.time() >= settings.digest.send_at)


def queue_reminders(settings: Settings, sessions: sessionmaker[Session], now: dt.datetime) -> int:
    """One reminder to each silent invitee not reminded yet; the number queued."""
    if not reminder_due(settings, now):
        return 0
    queued = 0
    with sessions.begin() as session:
        for invitee in silent(session):
            if invitee.reminded_at is not None:
                continue
            msg = compose_reminder(settings, invitee.email, invitee.name, now)
            session.add(Outbox(participant_id=None, answers_id=None, kind=KIND,
                               recipient=invitee.email, message_id=msg["Message-ID"],
                               raw=replies.as_bytes(msg), status="pending", attempts=0,
                               created_at=now))
            invitee.reminded_at = now
            queued += 1
    if queued:
        log.info("%d reminder(s) queued", queued)
    return queued


def compose_reminder(settings: Settings, address: str, name: str,
                     now: dt.datetime) -> EmailMessage:
    """The reminder, in the event's language: the deadline, the workshops, how to answer."""
    lang = coordinator.language(settings)
    shown = headers.one_line(name, 80)
    context = {
        "event": coordinator.event_view(settings),
        "person": {"name": "" if "@" in shown else shown},
        "workshops": settings.workshops,
        "days_left": (settings.event.deadline - local_day(now, settings.event.timezone)).days,
    }
    msg = generated.compose(settings, replies.render(lang, "reminder", context), now,
                            to=address, to_name=name)
    generated.finish(msg, lang)
    return msg
