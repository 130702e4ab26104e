"""Ingest without IMAP: raw mail stored and handled in this process, as tick does it.

For tests that need many messages fast (fuzzing) or two runs side by side in threads.
The store and the handling are the real ones (Ingest.store, Ingest.handle_one); only
the mailbox is a stand-in that says which folder and UIDVALIDITY the mail came from.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from types import SimpleNamespace

from sqlalchemy.orm import Session, sessionmaker

from pipeline import config
from pipeline.ingest import Ingest
from pipeline.invitation import context_for
from pipeline.mailbox import Fetched

EVENT = Path(__file__).resolve().parent / "fixtures" / "event.toml"
NOW = dt.datetime(2024, 9, 5, 6, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))


def settings() -> config.Settings:
    return config.load(EVENT)


class Run:
    """One run's Ingest on `sessions`, fed raw bytes instead of an IMAP folder."""

    def __init__(self, settings: config.Settings, sessions: sessionmaker[Session],
                 now: dt.datetime = NOW) -> None:
        self.ingest = Ingest(settings, sessions, context_for(settings), now)
        self._box = SimpleNamespace(settings=SimpleNamespace(folder="INBOX"), uidvalidity=1)
        self._uid = 0

    def store(self, raw: bytes, size: int | None = None) -> tuple[int, bool]:
        """The stored row's id, and whether it still needs handling (Ingest.store)."""
        self._uid += 1
        return self.ingest.store(self._box, [Fetched(self._uid, raw, None, size or len(raw))])[0]

    def handle(self, raw: bytes) -> int:
        """Store and handle one message; the row's id."""
        row_id, fresh = self.store(raw)
        if fresh:
            self.ingest.handle_one(row_id)
        return row_id
