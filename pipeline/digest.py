"""The coordinator's daily digest: when it is due, what it says, and queueing it.

    due(now, send_at, deadline, zone, sent)   -> Due | None   (pure: the schedule)
    gather(session, settings, now, since)     -> Report       (what the database says)
    compose(settings, report, now)            -> EmailMessage (text, HTML, CSV attached)
    queue_if_due(settings, sessions, now)     -> 0 or 1       (tick's stage)

One digest a day, at the first run on or after digest.send_at (local time), up to and
including the deadline day; one final digest after the deadline, then none. A digest
covers everything since the one before it, so a day without any run loses nothing.
Its `digests` row is written in the same transaction as its outbox row: however many
runs there are, a day's digest is queued once.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Collection
from dataclasses import dataclass, field
from email.message import EmailMessage
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from . import capacity, coordinator, export, generated, headers, invitees, replies, roster
from .clock import local_day
from .config import Settings
from .outbox import GIVE_UP_AFTER
from .store.models import Digest, History, Message, Outbox, Participant

log = logging.getLogger(__name__)

KIND = "digest"  # the outbox kind; not a participant answer, so outside the daily cap
DAILY, FINAL = "daily", "final"
WORDS_SHOWN = 600  # characters of a person's own words quoted per item


# -- when -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Due:
    day: dt.date  # local day the digest is for
    kind: str  # DAILY or FINAL


def due(now: dt.datetime, send_at: dt.time, deadline: dt.date, zone: ZoneInfo,
        sent: Collection[tuple[dt.date, str]]) -> Due | None:
    """The digest this run must send, if any; `sent` holds the (day, kind) already sent.

    Daily from the first run at or after `send_at` each day up to the deadline day;
    the final one at the first such run on a later day (the day after the deadline,
    unless no run came then), and only once.
    """
    local = now.astimezone(zone)
    today = local.date()
    if local.time() < send_at:
        return None
    if today <= deadline:
        return None if (today, DAILY) in sent else Due(today, DAILY)
    if any(kind == FINAL for _, kind in sent):
        return None
    return Due(today, FINAL)


def kind_now(now: dt.datetime, settings: Settings) -> str:
    """The kind of digest `now` would have: final once the deadline day is over."""
    return FINAL if local_day(now, settings.event.timezone) > settings.event.deadline else DAILY


# -- what -------------------------------------------------------------------------------------

@dataclass
class Person:
    name: str
    email: str
    status: str  # in words
    workshop: str = ""
    dinner: str = ""
    party: int = 1
    note: str = ""
    late: bool = False
    why: str = ""
    words: str = ""
    since: str = ""  # waiting since, or when it happened


@dataclass
class WorkshopLine:
    id: int | None
    name: str
    coming: int  # people, party sizes added up
    registrations: int
    capacity: int | None
    left: int | None


@dataclass
class Failure:
    what: str  # the kind of mail, or "message" for one we could not handle
    who: str
    when: str
    error: str


@dataclass
class Report:
    kind: str
    today: str
    since: str  # "" for the first digest
    days_left: int  # to the deadline; negative after it
    review: list[Person] = field(default_factory=list)
    forwarded: list[Person] = field(default_factory=list)  # since the last digest, not in review
    failed: list[Failure] = field(default_factory=list)
    late: list[Person] = field(default_factory=list)
    workshops: list[WorkshopLine] = field(default_factory=list)
    coming: int = 0
    dinner: int = 0
    notes: list[Person] = field(default_factory=list)
    declined: list[Person] = field(default_factory=list)
    cancelled: list[Person] = field(default_factory=list)
    waiting: list[Person] = field(default_factory=list)  # asked by us, no answer yet
    silent: list[Person] = field(default_factory=list)  # invited, never answered
    changes: list[Person] = field(default_factory=list)
    registered: list[Person] = field(default_factory=list)  # the complete list
    statuses: list[tuple[str, int]] = field(default_factory=list)  # (status in words, count)
    people: list[dict[str, Any]] = field(default_factory=list)  # roster rows, for the CSV

    @property
    def problems(self) -> int:
        return len(self.review) + len(self.forwarded) + len(self.failed) + len(self.late)


def gather(session: Session, settings: Settings, now: dt.datetime,
           since: dt.datetime | None, kind: str = DAILY) -> Report:
    """Everything the digest says, read in one transaction."""
    lang = coordinator.language(settings)
    status_words = coordinator.STATUS[lang]
    yes = coordinator.YES_NO[lang]
    today = local_day(now, settings.event.timezone)
    people = list(session.scalars(select(Participant).order_by(Participant.name,
                                                                Participant.email)))
    by_id = {p.id: p for p in people}

    def person(p: Participant, **extra: Any) -> Person:
        return Person(name=headers.one_line(p.name, 100), email=p.email,
                      status=status_words.get(p.status, p.status),
                      workshop=coordinator.workshop_label(settings, p.workshop),
                      dinner="" if p.dinner is None else yes[p.dinner], party=p.party,
                      note=p.note or "", late=p.late, **extra)

    report = Report(kind=kind, today=replies.format_date(today, lang),
                    since=coordinator.moment(since, settings),
                    days_left=(settings.event.deadline - today).days,
                    people=[roster.row(p) for p in people])
    latest = _latest_messages(session)

    for status in export.ORDER:
        count = sum(1 for p in people if p.status == status)
        if count:
            report.statuses.append((status_words[status], count))
    for p in people:
        reading, at = latest.get(p.id, (None, None))
        if p.status == "review":
            item = person(p, why=_why(reading, p.review_reason or ""), words=_words(reading),
                          since=coordinator.moment(at, settings))
            (report.late if p.late else report.review).append(item)
        if p.status == "registered":
            report.registered.append(person(p))
            if p.dinner:
                report.dinner += p.party
            if p.note:
                report.notes.append(person(p))
        elif p.status == "declined":
            report.declined.append(person(p))
        elif p.status == "cancelled":
            report.cancelled.append(person(p))

    report.forwarded = _forwarded(session, settings, since, by_id, person)
    report.failed = _failures(session, settings, since if kind == DAILY else None)
    report.workshops, report.coming = _workshops(session, settings)
    report.waiting = _waiting(session, settings, [p for p in people if p.status == "pending"],
                              person)
    report.silent = _silent(session, settings)
    report.changes = _changes(session, settings, since, by_id, person)
    return report


def _latest_messages(session: Session) -> dict[int, tuple[dict[str, Any] | None, dt.datetime]]:
    """What was read in each participant's latest human message, and when it came."""
    out: dict[int, tuple[dict[str, Any] | None, dt.datetime]] = {}
    rows = session.execute(
        select(Message.participant_id, Message.reading, Message.received_at)
        .where(Message.participant_id.is_not(None), Message.action != "ignore")
        .order_by(Message.received_at, Message.id))
    for participant_id, reading, received in rows:
        out[participant_id] = (reading, received)
    return out


def _why(reading: dict[str, Any] | None, fallback: str) -> str:
    """Why a person must look, in short: the reading's "review: ..." reasons when it has them."""
    reasons = [r for r in (reading or {}).get("reasons") or () if isinstance(r, str)]
    review = [r.removeprefix("review: ") for r in reasons if r.startswith("review: ")]
    return "; ".join(review) or fallback or "; ".join(reasons)


def _words(reading: dict[str, Any] | None) -> str:
    text = " ".join(((reading or {}).get("text") or "").split())
    return text if len(text) <= WORDS_SHOWN else text[:WORDS_SHOWN] + " …"


def _forwarded(session: Session, settings: Settings, since: dt.datetime | None,
               by_id: dict[int, Participant], person: Any) -> list[Person]:
    """Messages shown to her since the last digest whose sender is not in review."""
    query = (select(Message, Outbox.created_at).join(Outbox, Outbox.answers_id == Message.id)
             .where(Outbox.kind == "forward").order_by(Outbox.created_at, Outbox.id))
    if since is not None:
        query = query.where(Outbox.created_at > since)
    out = []
    for message, at in session.execute(query):
        p = by_id.get(message.participant_id) if message.participant_id else None
        if p is not None and p.status == "review":
            continue  # listed with the people in review
        reading = message.reading or {}
        why = _why(reading, message.outcome or "")
        when = coordinator.moment(at, settings)
        if p is not None:
            out.append(person(p, why=why, words=_words(reading), since=when))
        else:
            env = reading.get("envelope") or {}
            out.append(Person(name=headers.one_line(env.get("sender_name") or "", 100),
                              email=message.sender or "", status="", why=why,
                              words=_words(reading), since=when))
    return out


def _failures(session: Session, settings: Settings, since: dt.datetime | None) -> list[Failure]:
    """Mail that could not be delivered, and messages that could not be handled, since
    `since` (None: all).

    A mail is given up at most outbox.GIVE_UP_AFTER after it was queued, and the outbox
    keeps no time of failure: mail queued that long before `since` is new to her too.
    """
    sent = select(Outbox).where(Outbox.status == "failed").order_by(Outbox.created_at, Outbox.id)
    query = select(Message).where(Message.state == "failed").order_by(Message.id)
    if since is not None:
        sent = sent.where(Outbox.created_at > since - GIVE_UP_AFTER)
        query = query.where(Message.handled_at > since)
    out = [Failure(row.kind, row.recipient, coordinator.moment(row.created_at, settings),
                   headers.one_line(row.last_error or "", 300))
           for row in session.scalars(sent)]
    out += [Failure("message", m.sender or "", coordinator.moment(m.received_at, settings),
                    headers.one_line(m.error or "", 300))
            for m in session.scalars(query)]
    return out


def _workshops(session: Session, settings: Settings) -> tuple[list[WorkshopLine], int]:
    taken = capacity.coming(session)
    counts = dict(session.execute(
        select(Participant.workshop, func.count()).where(Participant.status == "registered")
        .group_by(Participant.workshop)).all())
    left = capacity.places_left(settings, taken)
    lines = [WorkshopLine(w.id, w.name, taken.get(w.id, 0), counts.get(w.id, 0), w.capacity,
                          left.get(w.id)) for w in settings.workshops]
    known = {w.id for w in settings.workshops}
    for workshop_id in sorted((k for k in taken if k not in known), key=lambda k: (k is None, k)):
        lines.append(WorkshopLine(workshop_id, "?", taken[workshop_id],
                                  counts.get(workshop_id, 0), None, None))
    return lines, sum(taken.values())


def _waiting(session: Session, settings: Settings, pending: list[Participant],
             person: Any) -> list[Person]:
    """People we asked something and who have not answered: since our last mail to them."""
    lang = coordinator.language(settings)
    asked_at = dict(session.execute(
        select(History.participant_id, func.max(History.at)).where(History.kind == "reply")
        .group_by(History.participant_id)).all())
    out = [person(p, since=coordinator.moment(asked_at.get(p.id) or p.updated_at, settings),
                  why=", ".join(CHANGE_WORDS[lang].get(f, f) for f in p.asked or ()))
           for p in pending]
    return sorted(out, key=lambda p: p.since)


def _silent(session: Session, settings: Settings) -> list[Person]:
    """Invitees who have not written at all."""
    return [Person(name=headers.one_line(i.name, 100), email=i.email, status="",
                   since=coordinator.moment(i.imported_at, settings))
            for i in invitees.silent(session)]


def _changes(session: Session, settings: Settings, since: dt.datetime | None,
             by_id: dict[int, Participant], person: Any) -> list[Person]:
    """Who is new or changed since the last digest, and how (status and values)."""
    lang = coordinator.language(settings)
    words = coordinator.STATUS[lang]
    query = (select(History).where(History.kind.in_(("decision", "correction")))
             .order_by(History.at, History.id))
    if since is not None:
        query = query.where(History.at > since)
    first: dict[int, str | None] = {}
    fields: dict[int, list[str]] = {}
    corrected: set[int] = set()
    for h in session.scalars(query):
        if h.participant_id is None or h.participant_id not in by_id:
            continue
        first.setdefault(h.participant_id, h.from_status)
        changed = fields.setdefault(h.participant_id, [])
        detail = h.detail or {}
        for name in detail.get("changed") or ():
            if name not in changed:
                changed.append(name)
        if h.kind == "correction" and detail.get("by") != "reparse":
            corrected.add(h.participant_id)
    out = []
    for pid, before in first.items():
        p = by_id[pid]
        if before == p.status and not fields[pid] and pid not in corrected:
            continue
        how = (CHANGE_WORDS[lang]["new"] if before is None
               else f"{words.get(before, before)} → {words.get(p.status, p.status)}"
               if before != p.status else CHANGE_WORDS[lang]["changed"])
        if fields[pid] and before is not None:
            how += " (" + ", ".join(CHANGE_WORDS[lang].get(f, f) for f in fields[pid]) + ")"
        if pid in corrected:
            how += " · " + CHANGE_WORDS[lang]["corrected"]
        out.append(person(p, why=how))
    return out


CHANGE_WORDS = {
    "da": {"new": "ny", "changed": "ændret", "corrected": "rettet af dig", "workshop": "workshop",
           "dinner": "spisning", "party": "antal", "note": "bemærkning", "status": "status"},
    "en": {"new": "new", "changed": "changed", "corrected": "corrected by you",
           "workshop": "workshop", "dinner": "dinner", "party": "people", "note": "note",
           "status": "status"},
}


# -- the mail ---------------------------------------------------------------------------------

def compose(settings: Settings, report: Report, now: dt.datetime) -> EmailMessage:
    """The digest: text and HTML alternatives, the participant list attached as CSV."""
    lang = coordinator.language(settings)
    context = {"event": coordinator.event_view(settings), "r": report, "final": report.kind == FINAL}
    msg = generated.compose(settings, replies.render(lang, "digest", context), now,
                            to=settings.event.coordinator)
    day = local_day(now, settings.event.timezone)
    name = "deltagere" if lang == "da" else "participants"
    msg.add_attachment(export.csv_bytes(settings, report.people), maintype="text",
                       subtype="csv", filename=f"{name}-{day.isoformat()}.csv",
                       params={"charset": "utf-8"})
    generated.finish(msg, lang)
    return msg


def last_sent(session: Session) -> dt.datetime | None:
    return session.scalar(select(func.max(Digest.created_at)))


def preview(settings: Settings, session: Session, now: dt.datetime) -> EmailMessage:
    """The digest as it would be sent at `now`; nothing is recorded."""
    kind = kind_now(now, settings)
    return compose(settings, gather(session, settings, now, last_sent(session), kind), now)


def queue_if_due(settings: Settings, sessions: sessionmaker[Session], now: dt.datetime) -> int:
    """Queue today's digest when it is due: 1 if one was queued, else 0."""
    try:
        with sessions.begin() as session:
            sent = {(d.day, d.kind) for d in session.scalars(select(Digest))}
            which = due(now, settings.digest.send_at, settings.event.deadline,
                        settings.event.timezone, sent)
            if which is None:
                return 0
            report = gather(session, settings, now, last_sent(session), which.kind)
            msg = compose(settings, report, now)
            row = Outbox(participant_id=None, answers_id=None, kind=KIND,
                         recipient=settings.event.coordinator, message_id=msg["Message-ID"],
                         raw=replies.as_bytes(msg), status="pending", attempts=0, created_at=now)
            session.add(row)
            session.flush()
            session.add(Digest(day=which.day, kind=which.kind, created_at=now, outbox_id=row.id))
    except IntegrityError:
        return 0  # queued meanwhile by another run: the unique (day, kind) kept it to one
    log.info("%s digest for %s queued", which.kind, which.day.isoformat())
    return 1
