"""The tables: messages as received, participants, their history, the outbox, digests sent.

Every schema change is an Alembic migration in migrations/versions/; a test checks
that these models and the migrations agree.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON, BigInteger, CheckConstraint, Date, DateTime, ForeignKey, Index, LargeBinary, MetaData,
    String, Text, TypeDecorator, UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Named constraints let migrations refer to them, and SQLite batch migrations need names.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

MESSAGE_STATES = ("received", "handled", "failed")
PARTICIPANT_STATUSES = ("pending", "registered", "declined", "cancelled", "review")
HISTORY_KINDS = ("message", "decision", "correction", "reply")
OUTBOX_STATUSES = ("pending", "sent", "failed")
DIGEST_KINDS = ("daily", "final")

ADDRESS = 320  # RFC 5321: 64 + 1 + 255
MESSAGE_ID = 255  # ours, and normalised dedup keys; longer foreign ids are hashed


class UTCDateTime(TypeDecorator[dt.datetime]):
    """An aware datetime, stored as UTC, read back aware in UTC.

    SQLite keeps no time zone, so a naive value would be ambiguous: refuse it.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError("naive datetime: give a time zone")
        value = value.astimezone(dt.timezone.utc)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.timezone.utc)
        return value.astimezone(dt.timezone.utc)


def _one_of(column: str, values: tuple[str, ...]) -> CheckConstraint:
    listed = ", ".join(f"'{v}'" for v in values)
    return CheckConstraint(f"{column} IN ({listed})", name=column)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {
        dt.datetime: UTCDateTime(),
        dt.date: Date(),
        dict[str, Any]: JSON(),
        list[str]: JSON(),
        bytes: LargeBinary(),
    }


class Message(Base):
    """A message as received, stored before anything acts on it."""

    __tablename__ = "messages"
    __table_args__ = (
        _one_of("state", MESSAGE_STATES),
        Index("ix_messages_folder_uid", "folder", "uidvalidity", "uid"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # The normalised Message-ID, or "sha256:<hex>" of the bytes when there is none.
    dedup_key: Mapped[str] = mapped_column(String(MESSAGE_ID), unique=True)
    message_id: Mapped[str | None] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    folder: Mapped[str] = mapped_column(String(255))
    uidvalidity: Mapped[int | None] = mapped_column(BigInteger)
    uid: Mapped[int | None] = mapped_column(BigInteger)
    size: Mapped[int]
    received_at: Mapped[dt.datetime]
    raw: Mapped[bytes | None]  # None once purged
    sender: Mapped[str | None] = mapped_column(String(ADDRESS), index=True)
    state: Mapped[str] = mapped_column(String(16), default="received", index=True)
    reading: Mapped[dict[str, Any] | None]  # Reading.to_json()
    action: Mapped[str | None] = mapped_column(String(16))
    outcome: Mapped[str | None] = mapped_column(Text)
    error: Mapped[str | None] = mapped_column(Text)
    participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participants.id", ondelete="SET NULL"), index=True)
    handled_at: Mapped[dt.datetime | None]
    # Moved or flagged on IMAP; done after the commit, so a crash in between is retried.
    imap_done: Mapped[bool] = mapped_column(default=False)


class Participant(Base):
    __tablename__ = "participants"
    __table_args__ = (_one_of("status", PARTICIPANT_STATUSES),)

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(ADDRESS), unique=True)  # normalised, lower case
    name: Mapped[str] = mapped_column(String(255), default="")
    status: Mapped[str] = mapped_column(String(16))
    workshop: Mapped[int | None]
    dinner: Mapped[bool | None]
    party: Mapped[int] = mapped_column(default=1)
    lang: Mapped[str] = mapped_column(String(8), default="da")
    late: Mapped[bool] = mapped_column(default=False)
    note: Mapped[str | None] = mapped_column(Text)
    question: Mapped[bool] = mapped_column(default=False)  # the coordinator must answer something
    followups: Mapped[int] = mapped_column(default=0)
    asked: Mapped[list[str]] = mapped_column(default=list)
    # The Message-ID of our last mail to them, to know an answer to it.
    last_reply_message_id: Mapped[str | None] = mapped_column(String(MESSAGE_ID), index=True)
    review_reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]


class History(Base):
    """Every message and decision about a person, in order."""

    __tablename__ = "history"
    __table_args__ = (_one_of("kind", HISTORY_KINDS),)

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), index=True)
    message_id: Mapped[int | None] = mapped_column(
        ForeignKey("messages.id", ondelete="SET NULL"), index=True)
    at: Mapped[dt.datetime]
    kind: Mapped[str] = mapped_column(String(16))
    from_status: Mapped[str | None] = mapped_column(String(16))
    to_status: Mapped[str | None] = mapped_column(String(16))
    detail: Mapped[dict[str, Any] | None]


class Outbox(Base):
    """A complete mail waiting to be sent, written in the same transaction as its cause."""

    __tablename__ = "outbox"
    __table_args__ = (_one_of("status", OUTBOX_STATUSES),)

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participants.id", ondelete="SET NULL"), index=True)
    answers_id: Mapped[int | None] = mapped_column(  # the message this answers
        ForeignKey("messages.id", ondelete="SET NULL"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    recipient: Mapped[str] = mapped_column(String(ADDRESS), index=True)
    message_id: Mapped[str] = mapped_column(String(MESSAGE_ID), unique=True)  # ours
    raw: Mapped[bytes]  # RFC 5322, CRLF line endings
    status: Mapped[str] = mapped_column(String(16), default="pending", index=True)
    attempts: Mapped[int] = mapped_column(default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime]
    sent_at: Mapped[dt.datetime | None]


class Digest(Base):
    """A digest sent to the coordinator: at most one of each kind a day."""

    __tablename__ = "digests"
    __table_args__ = (UniqueConstraint("day", "kind"), _one_of("kind", DIGEST_KINDS))

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[dt.date]
    kind: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[dt.datetime]
    outbox_id: Mapped[int | None] = mapped_column(
        ForeignKey("outbox.id", ondelete="SET NULL"), index=True)


class MailboxCursor(Base):
    """Where reading stopped in one IMAP folder."""

    __tablename__ = "mailbox_cursor"

    folder: Mapped[str] = mapped_column(String(255), primary_key=True)
    uidvalidity: Mapped[int] = mapped_column(BigInteger)
    last_uid: Mapped[int] = mapped_column(BigInteger, default=0)


class Invitee(Base):
    """Someone the invitation went to, imported by `tilmeld invitees import`."""

    __tablename__ = "invitees"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(ADDRESS), unique=True)  # normalised, lower case
    name: Mapped[str] = mapped_column(String(255), default="")
    imported_at: Mapped[dt.datetime]
    # The one reminder to answer (digest.reminder_days_before); None: not sent.
    reminded_at: Mapped[dt.datetime | None]
