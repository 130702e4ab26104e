"""The life of one stored message, as one ordered list of steps (as in Mailman's pipelines).

Each step reads and extends a Job. The caller runs all of it inside one database
transaction, so the change to a person's registration, the reply it causes and the
forward to the coordinator are committed together, or not at all.
"""

from __future__ import annotations

import datetime as dt
import email.parser
import email.policy
import logging
from dataclasses import dataclass, field, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from . import capacity, headers, participant, replies
from .clock import day_bounds, local_day
from .config import Settings
from .forward import forward_to_coordinator
from .participant import Outcome, Registration
from .store import queries
from .store.models import History, Message, Outbox, Participant
from .understand import Context, Reading, understand_mail
from .understand.mime import Mail, parse_mail

log = logging.getLogger(__name__)

# Our automatic answers to participants; the daily cap counts these and nothing else.
ANSWER_KINDS = participant.REPLY_KINDS
# Enough of a too-large message to read its headers for the coordinator.
HEAD_BYTES = 256 * 1024


@dataclass
class Job:
    session: Session
    settings: Settings
    context: Context
    now: dt.datetime
    message: Message
    mail: Mail | None = None
    reading: Reading | None = None
    participant: Participant | None = None
    current: Registration | None = None
    outcome: Outcome | None = None
    foreign_thread: bool = False  # answers in the thread of someone else's registration
    room: dict[int, int] = field(default_factory=dict)  # places left for them, capped workshops
    done: list[str] = field(default_factory=list)  # what happened, for messages.outcome

    @property
    def registration(self) -> Registration | None:
        """The registration as decided; None when there is nothing to record (machine mail)."""
        return self.outcome.registration if self.outcome else None

    def review(self, why: str) -> None:
        """Send this message to a person instead of answering it."""
        assert self.reading is not None
        self.reading = replace(self.reading, action="review", reasons=[*self.reading.reasons, why])


def refuse_oversized(job: Job) -> None:
    """A message over limits.max_message_bytes is shown to the coordinator, not read."""
    # Its size on the server: of a message that large, ingest stored only the header block.
    size = job.message.size
    limit = job.settings.limits.max_message_bytes
    if size <= limit:
        return
    raw = job.message.raw or b""
    end = raw.find(b"\r\n\r\n", 0, HEAD_BYTES)
    job.mail = parse_mail(raw[: end if end > 0 else HEAD_BYTES])
    job.reading = Reading(action="review", envelope=job.mail.envelope,
                          lang=job.context.language,
                          reasons=[f"larger than limits.max_message_bytes ({size} bytes)"])


def read_mime(job: Job) -> None:
    if job.mail is None:
        job.mail = parse_mail(job.message.raw or b"")


def find_participant(job: Job) -> None:
    """The person this message is about: by our thread (In-Reply-To/References), else the sender."""
    assert job.mail is not None
    env = job.mail.envelope
    by_thread = queries.participant_by_thread(job.session, [env.in_reply_to, *env.references])
    if env.sender and by_thread and by_thread.email != env.sender:
        # A forward, a colleague, another address: whose registration this changes is for
        # the coordinator to say (see check_sender).
        job.foreign_thread = True
        by_thread = None
    job.participant = by_thread or (
        queries.participant_by_email(job.session, env.sender) if env.sender else None)
    job.current = queries.registration_of(job.participant) if job.participant else None


def understand_it(job: Job) -> None:
    """What the message says, read against the question we last asked its sender."""
    if job.reading is not None:
        return
    assert job.mail is not None
    current = job.current
    asked = frozenset(current.asked) if current and current.status == "pending" else frozenset()
    job.reading = understand_mail(job.mail, job.context, asked=asked,
                                  known_texts=_our_texts(job.session, job.participant))


def check_sender(job: Job) -> None:
    """A human message we could not answer safely goes to a person."""
    assert job.reading is not None and job.mail is not None
    if job.reading.action == "ignore":
        return
    env = job.mail.envelope
    if job.foreign_thread:
        job.review("answers in the thread of another participant")
    elif env.addresses_from > 1:
        job.review("several From addresses")
    elif env.sender:
        try:
            headers.valid_address(env.sender)
        except headers.BadAddress:
            job.review("the sender's address cannot be answered")


def decide(job: Job) -> None:
    assert job.reading is not None
    settings = job.settings
    late = local_day(job.now, settings.event.timezone) > settings.event.deadline
    person = job.current.email if job.current else job.reading.envelope.sender
    job.room = capacity.room_for(job.session, settings, person)
    job.outcome = participant.decide(
        job.current, job.reading, late=late,
        max_followups=settings.replies.max_followups,
        holding_reply=settings.replies.holding_reply,
        room=job.room,
    )
    if job.outcome.registration is None:
        job.done.append(job.outcome.reason)


def cap_answers(job: Job) -> None:
    """At most replies.daily_cap automatic answers to one address a day: no mail loops."""
    outcome = job.outcome
    if job.registration is None or outcome is None or outcome.reply is None:
        return
    start, end = day_bounds(local_day(job.now, job.settings.event.timezone),
                            job.settings.event.timezone)
    sent_today = job.session.scalar(
        select(func.count()).select_from(Outbox).where(
            Outbox.recipient == outcome.registration.email,
            Outbox.kind.in_(ANSWER_KINDS),
            Outbox.created_at >= start, Outbox.created_at < end))
    if sent_today >= job.settings.replies.daily_cap:
        job.outcome = replace(outcome, reply=None)
        job.done.append(f"no {outcome.reply}: daily cap of {job.settings.replies.daily_cap} answers")


def record(job: Job) -> None:
    """The person's registration as decided, and the history of how it got there."""
    outcome, reading = job.outcome, job.reading
    if job.registration is None or outcome is None:
        return
    assert reading is not None
    before = job.current.status if job.current else None
    # find_participant looked for their row in this transaction: no second lookup.
    row = queries.write_registration(job.session, job.participant, outcome.registration,
                                     now=job.now)
    job.participant = row
    job.message.participant_id = row.id
    job.session.add(History(
        participant_id=row.id, message_id=job.message.id, at=job.now, kind="decision",
        from_status=before, to_status=row.status,
        detail={"meaning": outcome.meaning, "reason": outcome.reason,
                "changed": list(outcome.changed), "action": reading.action,
                "reasons": reading.reasons}))
    job.done.append(f"{before or 'new'} -> {row.status}")


def queue_reply(job: Job) -> None:
    """Our answer, written to the outbox in the same transaction as the decision."""
    outcome, reading, row = job.outcome, job.reading, job.participant
    if job.registration is None or outcome is None or outcome.reply is None:
        return
    assert reading is not None and row is not None
    full = (reading.workshop or outcome.registration.workshop) if outcome.reply == "full" else None
    msg = replies.compose(outcome.reply, outcome.registration, job.settings,
                          answering=reading.envelope, now=job.now, asked=outcome.ask,
                          unclear=reading.unclear, full=full, room=job.room)
    message_id = msg["Message-ID"]
    job.session.add(Outbox(
        participant_id=row.id, answers_id=job.message.id, kind=outcome.reply,
        recipient=row.email, message_id=message_id, raw=replies.as_bytes(msg),
        status="pending", attempts=0, created_at=job.now))
    row.last_reply_message_id = message_id
    job.session.add(History(participant_id=row.id, message_id=job.message.id, at=job.now,
                            kind="reply", detail={"kind": outcome.reply,
                                                  "message_id": message_id,
                                                  "asked": list(outcome.ask)}))
    job.done.append(f"{outcome.reply} queued")


STEPS = (
    refuse_oversized,
    read_mime,
    find_participant,
    understand_it,
    check_sender,
    decide,
    cap_answers,
    record,
    queue_reply,
    forward_to_coordinator,
)


def handle(job: Job) -> None:
    """Run the steps on one message and mark it handled; the caller commits."""
    for step in STEPS:
        step(job)
    message, reading = job.message, job.reading
    assert reading is not None and job.mail is not None
    # Set here with the rest, not where it is read: one UPDATE of the row instead of two.
    message.sender = job.mail.envelope.sender
    message.reading = reading.to_json()
    message.action = reading.action
    message.outcome = "; ".join(job.done)
    message.state = "handled"
    message.handled_at = job.now
    log.info("message %s: %s; %s", message.id, reading.action, message.outcome)


def _our_texts(session: Session, person: Participant | None) -> tuple[str, ...]:
    """The plain text of our last mail to this person, which their answer may quote."""
    if person is None or not person.last_reply_message_id:
        return ()
    raw = session.scalar(select(Outbox.raw).where(
        Outbox.message_id == person.last_reply_message_id))
    if not raw:
        return ()
    msg = email.parser.BytesParser(policy=email.policy.default).parsebytes(raw)
    body = msg.get_body(preferencelist=("plain",))
    return (body.get_content(),) if body is not None else ()
