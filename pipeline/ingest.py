"""Reading the sign-up mailbox exactly once: store, handle, then put away.

For every new message, in this order:
  1. store the raw bytes (its own commit), unless the same message is stored already;
  2. handle it (pipeline.handle: one transaction for the decision and its reply);
  3. only then move it to the processed folder, or flag it \\Seen, on IMAP;
  4. remember the last UID read.
A crash between any two steps repeats, at the next run, only what was not committed:
a message stored but not handled is handled then; one handled but not put away is
recognised by its Message-ID (or the hash of its bytes) and only put away.
"""

from __future__ import annotations

import bisect
import datetime as dt
import email.parser
import email.policy
import hashlib
import logging
from collections.abc import Callable, Iterable
from functools import cached_property
from typing import TYPE_CHECKING

from sqlalchemy import select, update
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from .config import Settings
from .mailbox import Fetched, Mailbox
from .store import db, queries
from .store.models import MailboxCursor, Message, Outbox
from .testhook import crash_point

if TYPE_CHECKING:
    from .understand import Context

log = logging.getLogger(__name__)

_headers_only = email.parser.BytesHeaderParser(policy=email.policy.compat32)


class Ingest:
    """One run's reading of the mailbox."""

    def __init__(self, settings: Settings, sessions: sessionmaker[Session],
                 context: Context | None, now: dt.datetime,
                 progress: Callable[[int, int], None] | None = None) -> None:
        """`context` None: the event's, read when the first message needs it;
        `progress(done, total)` is told how far the reading of new mail is."""
        self.settings = settings
        self.sessions = sessions
        self._context = context
        self.now = now
        self.progress = progress or (lambda done, total: None)
        self.handled = 0

    @cached_property
    def context(self) -> Context:
        # A run with no new mail (most runs) neither reads the invitation nor loads the
        # understanding of mail.
        from .invitation import context_for

        return self._context or context_for(self.settings)

    def run(self) -> int:
        """Handle what an earlier run stored but did not finish, then the new mail."""
        self.handle_stored(self.unfinished())
        imap = self.settings.require_imap()
        with Mailbox(imap) as box:
            uids = box.new_uids(self.start_uid(box))
            self.progress(0, len(uids))
            for batch in box.fetch(uids, self.settings.limits.max_message_bytes):
                crash_point("fetched")
                theirs = self.not_ours(batch)
                stored = self.store(box, theirs) if theirs else []
                crash_point("stored")
                self.handle_stored(row_id for row_id, fresh in stored if fresh)
                self.make_durable()
                crash_point("before-move")
                box.done([fetched.uid for fetched in theirs])
                crash_point("moved")
                self.put_away(box, [row_id for row_id, _ in stored], max(f.uid for f in batch))
                self.progress(bisect.bisect_right(uids, batch[-1].uid), len(uids))
        return self.handled

    def make_durable(self) -> None:
        """What was committed survives a power cut before the server forgets the messages."""
        with self.sessions() as session:
            db.durable(session.get_bind())

    # -- the cursor -------------------------------------------------------------------------

    def start_uid(self, box: Mailbox) -> int:
        folder = self.settings.require_imap().folder
        with self.sessions.begin() as session:
            cursor = session.get(MailboxCursor, folder)
            if cursor is not None and cursor.uidvalidity == box.uidvalidity:
                return cursor.last_uid
            if cursor is not None:
                # The server renumbered the folder: read it all again; what we already have
                # is recognised by its Message-ID or its bytes and only put away.
                log.warning("IMAP %s: UIDVALIDITY changed from %s to %s; reading the folder again",
                            folder, cursor.uidvalidity, box.uidvalidity)
            return 0

    def put_away(self, box: Mailbox, row_ids: list[int], last_uid: int) -> None:
        folder = self.settings.require_imap().folder
        with self.sessions.begin() as session:
            session.execute(update(Message).where(Message.id.in_(row_ids)).values(imap_done=True))
            cursor = session.get(MailboxCursor, folder)
            if cursor is None:
                session.add(MailboxCursor(folder=folder, uidvalidity=box.uidvalidity,
                                          last_uid=last_uid))
            elif cursor.uidvalidity != box.uidvalidity:
                cursor.uidvalidity, cursor.last_uid = box.uidvalidity, last_uid
            else:
                cursor.last_uid = max(cursor.last_uid, last_uid)

    # -- storing ----------------------------------------------------------------------------

    def not_ours(self, batch: list[Fetched]) -> list[Fetched]:
        """The batch without the mail tilmeld sent itself.

        When the coordinator reads the sign-up mailbox herself, her digest and forwards
        arrive in it: they are left where she will see them, unread and not moved.
        """
        ids = {f.uid: _message_id(f.raw) for f in batch}
        with self.sessions.begin() as session:
            ours = set(session.scalars(select(Outbox.message_id).where(
                Outbox.message_id.in_({mid for mid in ids.values() if mid}))))
        return [f for f in batch if ids[f.uid] not in ours]

    def store(self, box: Mailbox, batch: list[Fetched]) -> list[tuple[int, bool]]:
        """The stored row of each message, and whether it still needs handling.

        The new ones are stored together, in one commit, before any of them is handled.
        """
        try:
            return self._store(box, batch)
        except IntegrityError:
            # Another run on another connection stored some of them meanwhile (PostgreSQL
            # lets two runs insert at once): one by one, each finds the other's row.
            if len(batch) > 1:
                return [self.store(box, [fetched])[0] for fetched in batch]
            return self._store(box, batch)

    def _store(self, box: Mailbox, batch: list[Fetched]) -> list[tuple[int, bool]]:
        ids = [_message_id(f.raw) for f in batch]
        keys = [queries.dedup_key(mid, f.raw) for mid, f in zip(ids, batch)]
        with self.sessions.begin() as session:
            known = {key: (row_id, state == "received") for row_id, key, state in session.execute(
                select(Message.id, Message.dedup_key, Message.state)
                .where(Message.dedup_key.in_(set(keys))))}
            new: dict[str, Message] = {}
            for mid, key, fetched in zip(ids, keys, batch):
                if key in known or key in new:
                    continue  # stored before, or a second copy in this very batch
                raw = fetched.raw
                new[key] = Message(
                    dedup_key=key, message_id=mid, sha256=hashlib.sha256(raw).hexdigest(),
                    folder=box.settings.folder, uidvalidity=box.uidvalidity, uid=fetched.uid,
                    size=fetched.size or len(raw), received_at=self.now, raw=raw,
                    state="received", imap_done=False)
            session.add_all(new.values())
            session.flush()
            known.update((key, (row.id, True)) for key, row in new.items())
            # Not kept in the session's memory: the handling reads each message again.
            session.expunge_all()
        return [known[key] for key in keys]

    def unfinished(self) -> list[int]:
        with self.sessions.begin() as session:
            return list(session.scalars(
                select(Message.id).where(Message.state == "received").order_by(Message.id)))

    # -- handling ---------------------------------------------------------------------------

    def handle_stored(self, row_ids: Iterable[int]) -> None:
        for row_id in row_ids:
            self.handle_one(row_id)

    def handle_one(self, row_id: int) -> None:
        from .handle import Job, handle  # see `context`: loaded once there is mail to handle

        try:
            with self.sessions.begin() as session:
                message = session.get(Message, row_id, with_for_update=True)
                if message is None or message.state != "received":
                    return  # handled meanwhile by another run
                handle(Job(session, self.settings, self.context, self.now, message))
            self.handled += 1
            crash_point("handled")
        except DBAPIError:
            raise  # the database itself is in trouble: the run stops (exit 75)
        except Exception as exc:  # noqa: BLE001 - one bad message must not stop the others
            # Kept for a person, like Mailman's shunt queue: shown in the digest, never dropped.
            log.error("message %s: could not be handled (%s); kept for review", row_id,
                      type(exc).__name__)
            log.debug("message %s", row_id, exc_info=True)
            with self.sessions.begin() as session:
                message = session.get(Message, row_id)
                if message is not None:
                    message.state = "failed"
                    message.action = "review"
                    message.error = f"{type(exc).__name__}: {exc}"[:2000]
                    message.handled_at = self.now


def _message_id(raw: bytes) -> str | None:
    """The Message-ID header, read from the header block alone (before the full parse)."""
    end = raw.find(b"\r\n\r\n")
    if end < 0:
        end = raw.find(b"\n\n")
    head = raw if end < 0 else raw[:end]
    value = _headers_only.parsebytes(head).get("Message-ID")
    return str(value).strip() if value else None
