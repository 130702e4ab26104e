"""One run of tilmeld, as cron starts it every few minutes.

    read new mail -> understand, record, queue answers -> drop raw mail past
    retention.raw_mail_days -> the coordinator's digest and reminders to silent
    invitees, when due -> send

Each stage goes on when an earlier one met a server that was down: replies already
queued still go out when only IMAP is down, and new mail is still recorded when only
SMTP is down. The run then ends with the first such failure (exit 75).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.exc import DBAPIError

from . import digest, invitees, outbox, purge, runlock
from .config import Settings
from .errors import TemporaryFailure
from .ingest import Ingest
from .store import db

log = logging.getLogger(__name__)


@dataclass
class Summary:
    handled: int = 0
    digests: int = 0
    reminders: int = 0
    sent: int = 0
    expired: int = 0  # messages whose raw mail retention.raw_mail_days dropped
    busy: bool = False  # another run held the lock; this one did nothing


def tick(settings: Settings, now: dt.datetime,
         progress: Callable[[int, int], None] | None = None) -> Summary:
    """Run every stage once at `now`; raises the first TemporaryFailure after all have run.

    `progress(done, total)` follows the reading of new mail (see pipeline.progress)."""
    summary = Summary()
    engine = db.engine_for(settings.database_url)
    try:
        with runlock.exclusive(engine):
            db.upgrade(engine)  # only reads the schema version when it is up to date
            sessions = db.sessions(engine)
            failures: list[TemporaryFailure] = []

            def stage(run: Callable[[], int]) -> int:
                try:
                    return run()
                except TemporaryFailure as exc:
                    if failures:  # the first one is the run's one-line exit message
                        log.warning("%s", exc)
                    failures.append(exc)
                    return 0

            ingest = Ingest(settings, sessions, None, now, progress)
            summary.handled = stage(ingest.run)
            summary.expired = purge.expire_raw_mail(settings, sessions, now)
            summary.digests = stage(lambda: digest.queue_if_due(settings, sessions, now))
            summary.reminders = stage(lambda: invitees.queue_reminders(settings, sessions, now))
            summary.sent = stage(lambda: outbox.flush(settings, sessions, now))
            if failures:
                raise failures[0]
    except runlock.Busy:
        summary.busy = True
    except DBAPIError as exc:
        raise db.unreachable(engine, exc) from None
    finally:
        engine.dispose()
    return summary
