"""`tilmeld reparse`: every stored message read again with the current rules, and what
that would change, before anything is changed.

    plan = survey(session, settings, context)    # read-only: the differences
    apply(session, settings, plan, now)          # store them; nothing is sent

The handled messages are replayed in the order they were handled, as tick handled them:
each is read with the steps of pipeline.handle (size limit, MIME, understanding, the
sender checks), against what the replay's own registration of its sender had asked
and the text of the last mail we really sent them, then decided on with the same
transition table, late or not as it was then. The coordinator's corrections are
applied where they came. What comes out is compared with what is stored: messages
read differently (action, workshop, dinner, party) and people whose registration
comes out differently.

Applying stores the new readings and registrations in one transaction, each changed
person with a history entry (kind "correction", detail "by": "reparse"). It sends no
mail: the people now registered differently from what we last told them are listed,
for the coordinator to tell them with `tilmeld set ... --notify`. A person with a
message whose raw mail is gone (retention.raw_mail_days, purge) is left as stored.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from . import capacity, handle, participant
from .clock import local_day
from .config import Settings
from .corrections import Correction, corrected
from .participant import Registration
from .store import queries
from .store.models import History, Message, Outbox, Participant
from .understand import Context

SHOWN = ("workshop", "dinner", "party")  # a reading's values compared, after its action
COMPARED = ("status", "workshop", "dinner", "party")  # a registration's


@dataclass(frozen=True)
class Changed:
    """One message read differently."""

    message_id: int
    received_at: dt.datetime
    sender: str
    before: tuple[Any, ...]  # (action, workshop, dinner, party)
    after: tuple[Any, ...]
    reading: dict[str, Any]  # the new Reading.to_json()
    person: str | None  # whose registration it now belongs to


@dataclass(frozen=True)
class Moved:
    """One person whose registration comes out differently."""

    email: str
    before: Registration | None  # as stored
    after: Registration | None  # as replayed; None: no longer anybody's sign-up (left as stored)

    def shown(self, which: Registration | None) -> tuple[Any, ...]:
        return tuple(getattr(which, f) for f in COMPARED) if which else (None,) * len(COMPARED)


@dataclass
class Plan:
    read: int = 0  # messages read again
    messages: list[Changed] = field(default_factory=list)
    people: list[Moved] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)  # people left as stored: raw mail gone
    fingerprint: tuple[int, ...] = ()  # what the records looked like; see `apply`


def survey(session: Session, settings: Settings, context: Context,
           progress: Callable[[int, int], None] | None = None) -> Plan:
    """Replay every handled message with the current rules; nothing is written."""
    progress = progress or (lambda done, total: None)
    plan = Plan(fingerprint=fingerprint(session))
    stored = {p.email: queries.registration_of(p) for p in session.scalars(select(Participant))}
    kept = _without_raw(session)
    replay = _Replay(session, settings, context, kept)
    for email in kept:
        replay.set(email, stored.get(email))
    corrections = list(_corrections(session))
    total = plan.fingerprint[0]
    progress(0, total)
    for done, message in enumerate(_handled(session), start=1):
        while corrections and corrections[0][0] < (message.handled_at, message.id):
            replay.correct(*corrections.pop(0)[1:])
        if message.raw is not None:
            if (changed := replay.message(message)) is not None:
                plan.messages.append(changed)
            plan.read += 1
        session.expunge(message)
        progress(done, total)
    for _, email, change in corrections:
        replay.correct(email, change)
    plan.kept = sorted(kept)
    for email in sorted(set(stored) | set(replay.state)):
        before, after = stored.get(email), replay.state.get(email)
        if email not in kept and before != after:
            plan.people.append(Moved(email, before, after))
    return plan


def fingerprint(session: Session) -> tuple[int, ...]:
    """Changes with every message handled and every correction made."""
    return (session.scalar(select(func.count()).select_from(Message)
                           .where(Message.state == "handled")) or 0,
            session.scalar(select(func.max(History.id))) or 0)


def apply(session: Session, settings: Settings, plan: Plan, now: dt.datetime) -> list[Moved]:
    """Store `plan` (made in this same transaction); the people to tell, as they now are.

    Nothing is queued for sending.
    """
    rows = {p.email: p for p in session.scalars(select(Participant))}
    for moved in plan.people:
        if moved.after is None:
            continue  # what to do with a person no message speaks for is hers to say
        before = rows.get(moved.email)
        row = queries.save_registration(session, moved.after, now=now)
        rows[moved.email] = row
        changed = {f: [getattr(moved.before, f, None), getattr(moved.after, f)] for f in COMPARED
                   if moved.before is None or getattr(moved.before, f) != getattr(moved.after, f)}
        session.add(History(participant_id=row.id, at=now, kind="correction",
                            from_status=before.status if before is not None else None,
                            to_status=moved.after.status,
                            detail={"by": "reparse", "changed": [f for f in changed if f != "status"],
                                    "values": changed, "notify": False}))
    for change in plan.messages:
        message = session.get(Message, change.message_id)
        assert message is not None
        message.reading = change.reading
        message.action = change.after[0]
        if change.person is not None and change.person in rows:
            message.participant_id = rows[change.person].id
        message.outcome = f"{message.outcome or ''}; read again: {change.before[0]} -> {change.after[0]}"
    return [m for m in plan.people if m.after is not None]


# -- the replay ----------------------------------------------------------------------------------

class _Replay:
    """Everyone's registration as the current rules make it, message after message."""

    def __init__(self, session: Session, settings: Settings, context: Context,
                 kept: set[str]) -> None:
        self.session = session
        self.settings = settings
        self.context = context
        self.kept = kept  # left as stored: not moved by messages or corrections
        self.state: dict[str, Registration] = {}
        self.taken: dict[int | None, int] = {}  # places held, as capacity.coming counts them
        self.replies = _Replies(session)

    def set(self, email: str, registration: Registration | None) -> None:
        for reg, sign in ((self.state.get(email), -1), (registration, 1)):
            if reg is not None and reg.status == "registered":
                self.taken[reg.workshop] = self.taken.get(reg.workshop, 0) + sign * reg.party
        if registration is None:
            self.state.pop(email, None)
        else:
            self.state[email] = registration

    def correct(self, email: str, change: Correction) -> None:
        if email not in self.kept:
            before = self.state.get(email) or Registration(email=email,
                                                           lang=self.settings.event.language)
            self.set(email, corrected(before, change))

    def room(self, email: str | None) -> dict[int, int]:
        """capacity.room_for, counted in the replay."""
        if not capacity.capped(self.settings):
            return {}
        taken = dict(self.taken)
        own = self.state.get(email or "")
        if own is not None and own.status == "registered":
            taken[own.workshop] -= own.party
        return capacity.places_left(self.settings, taken)

    def message(self, message: Message) -> Changed | None:
        """Read and decide `message` as tick would now; how its reading changed, if it did."""
        settings = self.settings
        job = handle.Job(self.session, settings, self.context,
                         message.handled_at or message.received_at, message)
        handle.refuse_oversized(job)
        handle.read_mime(job)
        assert job.mail is not None
        env = job.mail.envelope
        # Whose message it is, as handle.find_participant says, with the replay's registrations.
        owner = queries.participant_by_thread(self.session, [env.in_reply_to, *env.references])
        job.foreign_thread = bool(env.sender and owner and owner.email != env.sender)
        email = owner.email if owner is not None and not job.foreign_thread else env.sender
        job.current = self.state.get(email) if email else None
        # A stand-in holding only the Message-ID of our last mail to them before this one.
        job.participant = Participant(last_reply_message_id=self.replies.last_before(email, message))
        handle.understand_it(job)
        handle.check_sender(job)
        reading = job.reading
        assert reading is not None
        if email not in self.kept:
            person = job.current.email if job.current else reading.envelope.sender
            outcome = participant.decide(
                job.current, reading,
                late=local_day(job.now, settings.event.timezone) > settings.event.deadline,
                max_followups=settings.replies.max_followups,
                holding_reply=settings.replies.holding_reply, room=self.room(person))
            if outcome.registration is not None:
                email = outcome.registration.email
                self.set(email, outcome.registration)
        old = message.reading or {}
        before = (message.action, *(old.get(f) for f in SHOWN))
        after = (reading.action, *(getattr(reading, f) for f in SHOWN))
        if before == after:
            return None
        return Changed(message.id, message.received_at, env.sender or "", before, after,
                       reading.to_json(), email)


class _Replies:
    """The mail we really sent each person, to know the last one before a message."""

    def __init__(self, session: Session) -> None:
        self.sent: dict[str, list[tuple[dt.datetime, int | None, str]]] = {}
        rows = session.execute(
            select(Outbox.recipient, Outbox.created_at, Outbox.answers_id, Outbox.message_id)
            .where(Outbox.kind.in_(participant.REPLY_KINDS), Outbox.participant_id.is_not(None))
            .order_by(Outbox.created_at, Outbox.id))
        for recipient, created, answers, message_id in rows:
            self.sent.setdefault(recipient, []).append((created, answers, message_id))

    def last_before(self, email: str | None, message: Message) -> str | None:
        """Ours before `message` was handled: earlier, or in the same run for an earlier one."""
        last = None
        handled = message.handled_at or message.received_at
        for created, answers, message_id in self.sent.get(email or "", ()):
            if created < handled or (created == handled and answers is not None
                                     and answers < message.id):
                last = message_id
        return last


def _handled(session: Session) -> Iterator[Message]:
    """The handled messages, in the order they were handled, a few hundred in memory."""
    return session.scalars(select(Message).where(Message.state == "handled")
                           .order_by(Message.handled_at, Message.id)
                           .execution_options(yield_per=200))


def _without_raw(session: Session) -> set[str]:
    """People one of whose messages can no longer be read again."""
    return set(session.scalars(
        select(Participant.email).join(Message, Message.participant_id == Participant.id)
        .where(Message.state == "handled", Message.raw.is_(None))))


def _corrections(session: Session) -> Iterator[tuple[tuple[dt.datetime, float], str, Correction]]:
    """The coordinator's corrections, each with where it falls among the messages."""
    rows = session.execute(
        select(History.at, Participant.email, History.detail)
        .join(Participant, Participant.id == History.participant_id)
        .where(History.kind == "correction").order_by(History.at, History.id))
    for at, email, detail in rows:
        detail = detail or {}
        values = {f: v[1] for f, v in (detail.get("values") or {}).items() if f in COMPARED}
        if detail.get("by") == "reparse" or not values:
            continue  # an earlier reparse is what is being redone
        # After the messages handled at the same moment: `set` and `tick` never share one.
        yield (at, float("inf")), email, Correction(**values)
