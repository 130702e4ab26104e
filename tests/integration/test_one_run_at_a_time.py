"""One run at a time: a second tick while one holds the lock exits 0 at once and says so,
on SQLite (an flock beside the database) and PostgreSQL (a session advisory lock). And
where two runs do meet one database (two connections), the message row lock in
Ingest.handle_one lets only one of them handle a message.
"""

from __future__ import annotations

import fcntl
import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import create_engine, text

from pipeline import handle as handle_module
from pipeline.runlock import ADVISORY_KEY
from pipeline.store import db

from inprocess import Run, settings
from installation import Site, story_mail

pytestmark = pytest.mark.integration


@contextmanager
def lock_held(site: Site) -> Iterator[None]:
    """The lock a running tick holds, taken by this test instead."""
    if site.database_url:
        engine = create_engine(site.database_url)
        with engine.connect() as conn:
            assert conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": ADVISORY_KEY}).scalar()
            conn.commit()
            try:
                yield
            finally:
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": ADVISORY_KEY})
                conn.commit()
        engine.dispose()
        return
    fd = os.open(site.root / "tilmeld.sqlite3.lock", os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        yield
    finally:
        os.close(fd)


def test_a_second_run_exits_at_once_says_so_and_touches_nothing(any_site: Site) -> None:
    any_site.tick("2024-09-05T06:00")  # the database exists, as it does while a run works
    any_site.deliver(story_mail("complete_gmail_da.eml"))
    with lock_held(any_site):
        started = time.monotonic()
        second = any_site.tick("2024-09-05T06:05")
        took = time.monotonic() - started
    assert second.returncode == 0
    assert "another run is working; this one did nothing" in second.stderr
    assert took < 10  # at once: it does not wait for the lock
    assert len(any_site.inbox()) == 1 and any_site.sent() == []
    assert any_site.sql("SELECT count(*) FROM messages") == [(0,)]

    any_site.tick("2024-09-05T06:10")  # the lock is free again: the mail is handled
    assert len(any_site.sent()) == 1 and any_site.inbox() == []


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'tilmeld.sqlite3'}"
    from installation import fresh_database

    return fresh_database(request.getfixturevalue("postgres_url"))


def test_two_runs_on_two_connections_never_handle_one_message_twice(
        database_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Both runs see the message as received; the row lock makes the second wait and then
    find it handled. Handling is slowed down so the two surely overlap."""
    engines = [db.engine_for(database_url) for _ in range(2)]
    db.upgrade(engines[0])
    runs = [Run(settings(), db.sessions(engine)) for engine in engines]
    row_id, fresh = runs[0].store(story_mail("complete_gmail_da.eml"))
    assert fresh

    real_handle = handle_module.handle

    def slow_handle(job) -> None:  # noqa: ANN001 - pipeline.handle.Job
        time.sleep(1.0)
        real_handle(job)

    monkeypatch.setattr(handle_module, "handle", slow_handle)
    start = threading.Barrier(2)

    def work(run: Run) -> None:
        start.wait()
        run.ingest.handle_one(row_id)

    threads = [threading.Thread(target=work, args=(run,)) for run in runs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    try:
        assert [run.ingest.handled for run in runs].count(1) == 1
        assert sum(run.ingest.handled for run in runs) == 1
        with engines[0].connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM outbox")).scalar() == 1
            assert conn.execute(text(
                "SELECT count(*) FROM history WHERE kind = 'decision'")).scalar() == 1
    finally:
        for engine in engines:
            engine.dispose()
