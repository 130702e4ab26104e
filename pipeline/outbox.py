"""Sending what the outbox holds, over one SMTP session per run.

A row is marked sent as soon as the server accepts it. The one window no design
closes: a crash after the server accepted a mail and before that was recorded sends
it again at the next run (at most once more per crash; see README, Reliability).
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING

from sqlalchemy import Row, select, update
from sqlalchemy.orm import Session, sessionmaker

from .config import Settings
from .errors import TemporaryFailure
from .store import db
from .store.models import Outbox
from .testhook import crash_point

if TYPE_CHECKING:
    from .smtp import Rejected

log = logging.getLogger(__name__)

READ_AT_ONCE = 100  # pending rows read from the database at a time

# A mail the server keeps deferring is given up after this long, and shown in the digest.
GIVE_UP_AFTER = dt.timedelta(days=3)


def flush(settings: Settings, sessions: sessionmaker[Session], now: dt.datetime) -> int:
    """Send every pending row, oldest first; the number sent.

    A refusal of one mail does not stop the others. A server that cannot be reached
    stops the run with TemporaryFailure; the rows wait for the next run.
    """
    rows = _pending(sessions, after=0)
    if not rows:
        return 0
    from .smtp import Rejected, Sender  # most runs have nothing to send

    with sessions() as session:
        # A reply goes out only once the decision it tells of would survive a power cut.
        db.durable(session.get_bind())
    sent = 0
    envelope_from = settings.event.signup_address
    with Sender(settings.require_smtp()) as sender:
        while rows:
            for row_id, kind, raw, recipient in rows:
                try:
                    sender.send(raw, envelope_from, [recipient])
                except Rejected as exc:
                    _refused(sessions, row_id, exc, now)
                    continue
                except TemporaryFailure as exc:
                    _deferred(sessions, row_id, str(exc), now)
                    raise
                crash_point("sent")  # the one window no design closes: see the module's docstring
                with sessions.begin() as session:
                    session.execute(update(Outbox).where(Outbox.id == row_id).values(
                        status="sent", sent_at=now, attempts=Outbox.attempts + 1))
                sent += 1
                log.info("outbox %s: %s sent", row_id, kind)
            rows = _pending(sessions, after=rows[-1][0])
    return sent


def _pending(sessions: sessionmaker[Session], after: int) -> list[Row[tuple[int, str, bytes, str]]]:
    """The next pending rows after id `after`, oldest first: a few at a time, as a first
    import queues thousands."""
    with sessions.begin() as session:
        return list(session.execute(
            select(Outbox.id, Outbox.kind, Outbox.raw, Outbox.recipient)
            .where(Outbox.status == "pending", Outbox.id > after)
            .order_by(Outbox.id).limit(READ_AT_ONCE)))


def _refused(sessions: sessionmaker[Session], row_id: int, exc: Rejected, now: dt.datetime) -> None:
    if not exc.permanent:
        # A warning, so cron mails it: a server deferring everything for days is noticed.
        log.warning("outbox %s: deferred by the SMTP server (%s); tried again at the next run",
                    row_id, exc.code)
        _deferred(sessions, row_id, str(exc), now)
        return
    with sessions.begin() as session:
        row = session.get(Outbox, row_id)
        assert row is not None
        row.status, row.last_error = "failed", str(exc)[:1000]
        row.attempts += 1
    log.warning("outbox %s: refused by the SMTP server (%s); shown in the digest", row_id, exc.code)


def _deferred(sessions: sessionmaker[Session], row_id: int, error: str, now: dt.datetime) -> None:
    with sessions.begin() as session:
        row = session.get(Outbox, row_id)
        assert row is not None
        row.attempts += 1
        row.last_error = error[:1000]
        if now - row.created_at > GIVE_UP_AFTER:
            row.status = "failed"
            log.warning("outbox %s: still deferred after %s; given up, shown in the digest",
                        row_id, GIVE_UP_AFTER)

