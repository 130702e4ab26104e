"""One run at a time: cron runs may overlap when a tick is slow or a server hangs.

SQLite: an flock on a file beside the database. PostgreSQL: a session advisory lock,
so ticks on different machines sharing one database exclude each other too. Both
are released by the kernel or the server when the process dies, even by SIGKILL,
so a crashed run never blocks the next one.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Engine, text

# A constant key: one tilmeld database, one lock. "tilmeld" in ASCII.
ADVISORY_KEY = 0x74696C6D656C64


class Busy(Exception):
    """Another run holds the lock."""


@contextlib.contextmanager
def exclusive(engine: Engine) -> Iterator[None]:
    """Hold the run lock for the block, or raise Busy at once."""
    database = engine.url.database
    if engine.dialect.name == "postgresql":
        with _advisory(engine):
            yield
    elif database and database != ":memory:":
        with _flock(Path(database + ".lock")):
            yield
    else:  # a private in-memory database has no other runs to exclude
        yield


@contextlib.contextmanager
def by_hand(engine: Engine) -> Iterator[None]:
    """The run lock for a command that changes the database by hand (purge, reparse).

    A tick at work, or a database that cannot be reached, is a temporary failure
    (exit 75) that says which; the engine is closed at the end either way.
    """
    from sqlalchemy.exc import DBAPIError

    from .errors import TemporaryFailure
    from .store import db

    try:
        with exclusive(engine):
            yield
    except Busy:
        raise TemporaryFailure("run lock", None, None,
                               "a tick is working on the database; try again in a minute") from None
    except DBAPIError as exc:
        raise db.unreachable(engine, exc) from None
    finally:
        engine.dispose()


@contextlib.contextmanager
def _flock(path: Path) -> Iterator[None]:
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise Busy(str(path)) from None
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        yield
    finally:
        os.close(fd)


@contextlib.contextmanager
def _advisory(engine: Engine) -> Iterator[None]:
    with engine.connect() as conn:
        got = conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": ADVISORY_KEY}).scalar()
        conn.commit()
        if not got:
            raise Busy("PostgreSQL advisory lock")
        try:
            yield
        finally:
            conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": ADVISORY_KEY})
            conn.commit()
