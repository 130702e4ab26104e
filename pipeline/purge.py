"""Personal data out of the database: raw mail after a while, everything after the event.

    expire_raw_mail(settings, sessions, now)  tick's stage: retention.raw_mail_days
    survey(session, before) -> Counts          what purge(before) would delete
    purge(engine, before) -> Counts            `tilmeld purge`: one transaction, then VACUUM

A purged message stays as a row without content (no bytes, no reading, no sender): its
Message-ID or hash is what tells a later run that this message was handled already, so
it is never answered twice. Mail not yet handled (state "received") is never touched.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Engine, delete, func, null, or_, select, true, update
from sqlalchemy.orm import Session, sessionmaker

from .config import Settings
from .store.models import History, Invitee, Message, Outbox, Participant

log = logging.getLogger(__name__)


def expire_raw_mail(settings: Settings, sessions: sessionmaker[Session], now: dt.datetime) -> int:
    """Drop the bytes of handled mail received more than retention.raw_mail_days ago."""
    days = settings.retention.raw_mail_days
    if days is None:
        return 0
    cutoff = now - dt.timedelta(days=days)
    with sessions.begin() as session:
        dropped = session.execute(
            update(Message)
            .where(Message.raw.is_not(None), Message.state != "received",
                   Message.received_at < cutoff)
            .values(raw=None)).rowcount
    if dropped:
        log.info("retention: raw mail of %d message(s) older than %d days dropped", dropped, days)
    return dropped


@dataclass(frozen=True)
class Counts:
    messages: int = 0      # received mail whose bytes, reading and sender go
    participants: int = 0  # with their history
    history: int = 0       # entries of people who stay
    outbox: int = 0        # mail we sent, could not send, or (purging all) had still to send
    invitees: int = 0

    @property
    def total(self) -> int:
        return sum(dataclasses.astuple(self))


def _scopes(before: dt.datetime | None) -> dict[str, tuple[type, ColumnElement[bool]]]:
    """Table and condition of what goes: everything, or what is older than `before`."""
    def older(column: ColumnElement[dt.datetime]) -> ColumnElement[bool]:
        return true() if before is None else column < before

    message_content = or_(Message.raw.is_not(None), Message.reading.is_not(None),
                          Message.sender.is_not(None), Message.error.is_not(None))
    sent = true() if before is None else Outbox.status != "pending"
    return {
        "messages": (Message, (Message.state != "received") & message_content
                     & older(Message.received_at)),
        "participants": (Participant, older(Participant.updated_at)),
        "history": (History, older(History.at)),
        "outbox": (Outbox, sent & older(Outbox.created_at)),
        "invitees": (Invitee, older(Invitee.imported_at)),
    }


def survey(session: Session, before: dt.datetime | None = None) -> Counts:
    """What `purge(before)` would delete, counted. History of people who go with them
    is not counted apart."""
    scopes = _scopes(before)
    counts = {name: session.scalar(select(func.count()).select_from(table).where(where)) or 0
              for name, (table, where) in scopes.items()}
    leaving = select(Participant.id).where(scopes["participants"][1])
    counts["history"] = session.scalar(
        select(func.count()).select_from(History)
        .where(scopes["history"][1], History.participant_id.not_in(leaving))) or 0
    return Counts(**counts)


def purge(engine: Engine, before: dt.datetime | None = None) -> Counts:
    """Delete personal data older than `before` (None: all of it), then give the space
    back so the deleted bytes leave the database files too. The caller holds the run lock."""
    with Session(engine) as session, session.begin():
        counts = survey(session, before)
        scopes = _scopes(before)
        # null(): None would be stored as a JSON null in the reading column, not as NULL.
        session.execute(update(Message).where(scopes["messages"][1]).values(
            raw=null(), reading=null(), sender=null(), error=null(), participant_id=null())
            .execution_options(synchronize_session=False))
        for name in ("outbox", "history", "participants", "invitees"):
            table, where = scopes[name]
            # The database cascades: a participant's history goes with them.
            session.execute(delete(table).where(where)
                            .execution_options(synchronize_session=False))
    if counts.total:
        _compact(engine)
    return counts


def _compact(engine: Engine) -> None:
    """Rewrite the database files: deleted rows stay readable in free pages until then."""
    # On the driver's own connection: VACUUM cannot run inside a transaction, and the
    # engine begins one on SQLite for every statement (see store.db).
    raw = engine.raw_connection()
    try:
        driver = raw.driver_connection
        if engine.dialect.name == "sqlite":
            driver.execute("VACUUM")
            driver.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        elif engine.dialect.name == "postgresql":
            driver.autocommit = True
            try:
                driver.execute("VACUUM FULL messages, outbox, history, participants, invitees")
            finally:
                driver.autocommit = False
    finally:
        raw.close()
