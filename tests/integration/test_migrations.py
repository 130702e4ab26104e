"""The migrations build the schema the models describe, on SQLite files and on PostgreSQL."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import uuid
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from click.testing import CliRunner
from sqlalchemy import create_engine, inspect, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError

from pipeline.cli import cli
from pipeline.store import db
from pipeline.store.models import Base, Message, Participant

REPO = Path(__file__).resolve().parents[2]
TABLES = {"messages", "participants", "history", "outbox", "digests", "mailbox_cursor"}


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.integration)])
def database_url(request, tmp_path):
    """An empty database: a new SQLite file, or a new database on the session's PostgreSQL."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'tilmeld.sqlite3'}"
        return
    try:
        server_url = request.getfixturevalue("postgres_url")
    except pytest.FixtureLookupError:
        pytest.skip("no postgres_url fixture in tests/conftest.py")
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    name = f"tilmeld_{uuid.uuid4().hex[:12]}"
    with admin.connect() as connection:
        connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        yield make_url(server_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE "{name}" WITH (FORCE)')
        admin.dispose()


@pytest.fixture
def engine(database_url):
    engine = db.engine_for(database_url)
    yield engine
    engine.dispose()


def differences(engine) -> list:
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return compare_metadata(context, Base.metadata)


def test_upgrade_builds_exactly_what_the_models_describe(engine):
    assert db.current_revision(engine) is None and db.needs_upgrade(engine)
    db.upgrade(engine)
    assert db.current_revision(engine) == db.head_revision()
    assert not db.needs_upgrade(engine)
    assert TABLES <= set(inspect(engine).get_table_names())
    assert differences(engine) == []


def test_upgrade_again_changes_nothing(engine):
    db.upgrade(engine)
    with db.sessions(engine).begin() as session:
        session.add(Participant(email="anna@example.org", status="registered",
                                created_at=dt.datetime.now(dt.timezone.utc),
                                updated_at=dt.datetime.now(dt.timezone.utc)))
    db.upgrade(engine)
    with db.sessions(engine)() as session:
        assert session.scalars(select(Participant.email)).all() == ["anna@example.org"]


def test_every_revision_goes_up_and_down(engine):
    """Step by step, so each migration's downgrade is exercised, not only the first one's."""
    script = ScriptDirectory.from_config(db.alembic_config())
    revisions = [r.revision for r in reversed(list(script.walk_revisions()))]
    with engine.connect() as connection:
        config = db.alembic_config()
        config.attributes["connection"] = connection
        for revision in revisions:
            with db.migrating(connection):
                command.upgrade(config, revision)
        for revision in [*reversed(revisions[:-1]), "base"]:
            with db.migrating(connection):
                command.downgrade(config, revision)
    assert not TABLES & set(inspect(engine).get_table_names())
    db.upgrade(engine)
    assert differences(engine) == []


def test_values_come_back_as_they_went_in(engine):
    db.upgrade(engine)
    received = dt.datetime(2017, 6, 1, 9, 30, tzinfo=ZoneInfo("Europe/Copenhagen"))
    raw = bytes(range(256))
    reading = {"action": "confirm", "workshop": 2, "text": "Vi ses – æøå", "reasons": ["a"]}
    with db.sessions(engine).begin() as session:
        session.add(Message(dedup_key="k@example.org", sha256="0" * 64, folder="INBOX",
                            uidvalidity=2**32 - 1, uid=2**32 - 1, size=len(raw),
                            received_at=received, raw=raw, reading=reading))
    with db.sessions(engine)() as session:
        row = session.scalars(select(Message)).one()
        assert row.received_at == received and row.received_at.utcoffset() == dt.timedelta(0)
        assert (row.raw, row.reading, row.uid) == (raw, reading, 2**32 - 1)
        assert (row.state, row.imap_done) == ("received", False)


def test_constraints_hold(engine):
    db.upgrade(engine)
    now = dt.datetime.now(dt.timezone.utc)
    for bad in (
        Participant(email="anna@example.org", status="maybe", created_at=now, updated_at=now),
        Message(dedup_key="k", sha256="0", folder="INBOX", size=1, received_at=now,
                participant_id=12345),
    ):
        with pytest.raises(IntegrityError), db.sessions(engine).begin() as session:
            session.add(bad)


def test_tilmeld_init_creates_then_leaves_alone(database_url, tmp_path):
    config_file = tmp_path / "event.toml"
    config_file.write_text((REPO / "config" / "event.example.toml").read_text("utf-8"), "utf-8")
    runner = CliRunner()
    env = {"TILMELD_DATABASE_URL": database_url}
    first = runner.invoke(cli, ["--config", str(config_file), "init"], env=env)
    assert first.exit_code == 0, first.output
    assert f"schema {db.head_revision()}" in first.output and "Created" in first.output
    second = runner.invoke(cli, ["--config", str(config_file), "init"], env=env)
    assert second.exit_code == 0 and "up to date" in second.output


def test_the_alembic_command_line_agrees(database_url):
    """`alembic upgrade head` and `alembic check`, as a developer or CI runs them."""
    env = {**os.environ, "TILMELD_DATABASE_URL": database_url}
    alembic = [sys.executable, "-m", "alembic"]
    for args in (["upgrade", "head"], ["check"]):
        result = subprocess.run([*alembic, *args], cwd=REPO, env=env, capture_output=True,
                                text=True, timeout=120)
        assert result.returncode == 0, result.stderr
    assert "No new upgrade operations detected" in result.stdout + result.stderr
