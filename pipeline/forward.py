"""A message a person must read, sent on to the coordinator at once.

The original goes along as message/rfc822, so she can read it as it came and answer
the sender from it; above it, what tilmeld made of it: the action and why, the values
it read, what it decided and which reply the sender got, and the sender's own words.
"""

from __future__ import annotations

import datetime as dt
import email.parser
import email.policy
from email.message import EmailMessage
from typing import TYPE_CHECKING

from . import coordinator, generated, headers, replies
from .config import Settings
from .participant import Outcome
from .store.models import History, Outbox
from .understand import Reading

if TYPE_CHECKING:
    from .handle import Job

KIND = "forward"
# As sent: the original's header lines as they came, not refolded (its Message-ID stays one line).
AS_SENT = email.policy.SMTP.clone(refold_source="none")
WORDS_SHOWN = 4000  # characters of the sender's own words quoted in the forward
MAX_LINE = 998  # octets in a line of mail, RFC 5322 2.1.1


def needs_forward(reading: Reading, outcome: Outcome | None) -> bool:
    """Machine mail never; a message the reading or the decision gives to a person, always."""
    if reading.action == "ignore":
        return False
    return reading.action == "review" or bool(outcome and outcome.forward)


def forward_to_coordinator(job: Job) -> None:
    """Queue the forward in the message's own transaction: shown to her exactly once."""
    reading, outcome = job.reading, job.outcome
    assert reading is not None
    if not needs_forward(reading, outcome):
        return
    oversized = job.message.size > job.settings.limits.max_message_bytes
    msg = compose(job.settings, job.message.raw or b"", reading, outcome, now=job.now,
                  received=job.message.received_at, oversized=oversized)
    message_id = msg["Message-ID"]
    job.session.add(Outbox(
        participant_id=None, answers_id=job.message.id, kind=KIND,
        recipient=job.settings.event.coordinator, message_id=message_id,
        raw=as_bytes(msg), status="pending", attempts=0, created_at=job.now))
    if job.participant is not None:
        job.session.add(History(participant_id=job.participant.id, message_id=job.message.id,
                                at=job.now, kind="reply",
                                detail={"kind": KIND, "message_id": message_id}))
    job.done.append("forwarded to the coordinator")


def compose(settings: Settings, raw: bytes, reading: Reading, outcome: Outcome | None, *,
            now: dt.datetime, received: dt.datetime | None = None,
            oversized: bool = False) -> EmailMessage:
    """The forward: our reading in text and HTML, the original attached."""
    lang = coordinator.language(settings)
    env = reading.envelope
    registration = outcome.registration if outcome else None
    words = reading.text.strip()
    context = {
        "event": coordinator.event_view(settings),
        "sender": {"name": headers.one_line(env.sender_name, 100), "email": env.sender or "",
                   "subject": headers.one_line(env.subject, 200)},
        "received": coordinator.moment(received or now, settings),
        "action": coordinator.ACTION[lang].get(reading.action, reading.action),
        "reasons": [r for r in reading.reasons if r] + ([reading.error] if reading.error else []),
        "decision": outcome.reason if outcome else "",
        "status": coordinator.STATUS[lang].get(registration.status) if registration else None,
        "late": bool(registration and registration.late),
        "reply": coordinator.REPLY[lang].get(outcome.reply) if outcome and outcome.reply else None,
        "read": {"workshop": coordinator.workshop_label(settings, reading.workshop),
                 "dinner": coordinator.YES_NO[lang][reading.dinner], "party": reading.party,
                 "note": reading.note or "", "question": reading.question},
        "words": words if len(words) <= WORDS_SHOWN else words[:WORDS_SHOWN] + " …",
        "oversized": oversized,
    }
    msg = generated.compose(settings, replies.render(lang, "forward", context), now,
                            to=settings.event.coordinator, reply_to=env.sender)
    attach_original(msg, raw, headers_only=oversized)
    generated.finish(msg, lang)
    return msg


def as_bytes(msg: EmailMessage) -> bytes:
    return msg.as_bytes(policy=AS_SENT)


def attach_original(msg: EmailMessage, raw: bytes, *, headers_only: bool = False) -> None:
    """The message as received, as message/rfc822 (only its header block when too large).

    Mail from strangers may not survive being parsed and written again; then the bytes
    go as they are, as a file she can open.
    """
    if headers_only:
        end = raw.find(b"\r\n\r\n")
        head = raw[: end if end >= 0 else 64 * 1024]
        msg.add_attachment(head, maintype="text", subtype="rfc822-headers",
                           filename="original-headers.txt")
        return
    try:
        original = email.parser.BytesParser(policy=email.policy.default).parsebytes(raw)
        msg.add_attachment(original)
        # Fails now, not in the outbox: SMTP servers refuse lines over 998 octets (500).
        if any(len(line) > MAX_LINE for line in as_bytes(msg).split(b"\r\n")):
            raise ValueError("a line too long for SMTP")
    except Exception:  # noqa: BLE001 - malformed mail: attach its bytes untouched instead
        msg.set_payload([p for p in msg.get_payload()
                         if p.get_content_type() != "message/rfc822"])
        msg.add_attachment(raw, maintype="application", subtype="octet-stream",
                           filename="original.eml")
