"""The store on real SQLite files: types, constraints, locking, and the queries tick uses."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError, OperationalError

from pipeline.errors import EX_TEMPFAIL, TemporaryFailure
from pipeline.participant import STATUSES, Registration
from pipeline.store import db
from pipeline.store.models import Digest, Message, Outbox, Participant
from pipeline.store.queries import (
    dedup_key, participant_by_email, participant_by_thread, registration_of, save_registration,
)

NOW = dt.datetime(2017, 6, 1, 9, 30, tzinfo=ZoneInfo("Europe/Copenhagen"))


@pytest.fixture
def engine(tmp_path):
    engine = db.engine_for(f"sqlite:///{tmp_path / 'store.sqlite3'}")
    db.upgrade(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def session(engine):
    with db.sessions(engine)() as session:
        yield session


def message(key: str = "m1@example.org", **values) -> Message:
    raw = values.pop("raw", b"Subject: x\r\n\r\nhello\r\n")
    values = {"received_at": NOW, **values}
    return Message(dedup_key=key, message_id=f"<{key}>", sha256=hashlib.sha256(raw).hexdigest(),
                   folder="INBOX", uidvalidity=7, uid=1, size=len(raw), raw=raw, **values)


def outbox(participant: Participant, message_id: str, minutes: int = 0) -> Outbox:
    return Outbox(participant_id=participant.id, kind="ask", recipient=participant.email,
                  message_id=message_id, raw=b"x", created_at=NOW + dt.timedelta(minutes=minutes))


# -- the schema version ----------------------------------------------------------------------

def test_the_head_read_from_the_file_names_is_alembics_head():
    """Each run compares with db.head_revision() without loading Alembic: it must agree
    with Alembic reading every script, and each script's revision must be its file's number."""
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(db.alembic_config())
    assert db.head_revision() == scripts.get_current_head()
    for script in scripts.walk_revisions():
        assert Path(script.path).name.split("_", 1)[0] == script.revision


def test_the_current_revision_is_read_without_alembic(tmp_path):
    empty = db.engine_for(f"sqlite:///{tmp_path / 'empty.sqlite3'}")
    try:
        assert db.current_revision(empty) is None and db.needs_upgrade(empty)
        db.upgrade(empty)
        assert db.current_revision(empty) == db.head_revision()
        assert not db.needs_upgrade(empty)
    finally:
        empty.dispose()


# -- the SQLite connection --------------------------------------------------------------------

def test_sqlite_connections_enforce_foreign_keys_and_use_wal(engine):
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 15000


def test_a_second_writer_waits_then_gives_a_temporary_failure(tmp_path, engine):
    impatient = db.engine_for(engine.url.render_as_string(), busy_timeout=0.2)
    try:
        with engine.begin() as holder:
            holder.execute(text("SELECT 1"))  # BEGIN IMMEDIATE: the write lock is ours now
            with pytest.raises(OperationalError) as caught:
                with impatient.begin() as other:
                    other.execute(text("SELECT 1"))
        failure = db.unreachable(impatient, caught.value)
        assert failure.exit_code == EX_TEMPFAIL
        assert "locked" in str(failure) and "store.sqlite3" in str(failure)
        # Once the first transaction is over, the second writer gets in.
        with impatient.begin() as other:
            other.execute(text("SELECT 1"))
    finally:
        impatient.dispose()


def test_an_unreachable_database_is_a_temporary_failure(tmp_path):
    missing = db.engine_for(f"sqlite:///{tmp_path / 'no' / 'such' / 'dir.sqlite3'}")
    with pytest.raises(TemporaryFailure) as caught:
        db.needs_upgrade(missing)
    assert caught.value.exit_code == EX_TEMPFAIL and "dir.sqlite3" in str(caught.value)


def test_an_unreachable_server_is_named_by_host_and_port():
    closed = db.engine_for("postgresql+psycopg://tilmeld:secret@127.0.0.1:1/tilmeld")
    try:
        with pytest.raises(TemporaryFailure) as caught:
            db.needs_upgrade(closed)
    finally:
        closed.dispose()
    assert caught.value.exit_code == EX_TEMPFAIL
    assert "127.0.0.1:1" in str(caught.value) and "secret" not in str(caught.value)


# -- types and constraints --------------------------------------------------------------------

def test_datetimes_come_back_aware_in_utc(session):
    session.add(message(handled_at=NOW + dt.timedelta(hours=1)))
    session.commit()
    session.expire_all()
    row = session.scalars(select(Message)).one()
    assert row.received_at == NOW and row.received_at.tzinfo == dt.timezone.utc
    assert row.handled_at - row.received_at == dt.timedelta(hours=1)


def test_naive_datetimes_are_refused(session):
    session.add(message(received_at=NOW.replace(tzinfo=None)))
    with pytest.raises(Exception, match="naive"):
        session.flush()


def test_a_message_is_stored_once(session):
    session.add(message("same@example.org"))
    session.commit()
    session.add(message("same@example.org", raw=b"other bytes"))
    with pytest.raises(IntegrityError):
        session.commit()


def test_foreign_keys_and_states_are_checked(session):
    session.add(message(participant_id=999))
    with pytest.raises(IntegrityError):
        session.commit()
    session.rollback()
    session.add(message(state="lost"))
    with pytest.raises(IntegrityError):
        session.commit()


def test_one_digest_of_a_kind_a_day(session):
    day = NOW.date()
    session.add_all([Digest(day=day, kind="daily", created_at=NOW),
                     Digest(day=day, kind="final", created_at=NOW)])
    session.commit()
    session.add(Digest(day=day, kind="daily", created_at=NOW))
    with pytest.raises(IntegrityError):
        session.commit()


# -- queries ----------------------------------------------------------------------------------

@pytest.mark.parametrize("header", ["<abc.123@example.org>", "abc.123@example.org",
                                    "  <abc.123@example.org>  "])
def test_dedup_key_is_the_message_id_however_written(header):
    assert dedup_key(header, b"one") == dedup_key(header, b"two") == "abc.123@example.org"


def test_dedup_key_without_a_message_id_is_a_hash_of_the_bytes():
    key = dedup_key(None, b"bytes")
    assert key == "sha256:" + hashlib.sha256(b"bytes").hexdigest()
    assert dedup_key("", b"other") != key


def test_dedup_key_of_an_unusable_message_id_is_its_hash():
    long_id = "<" + "x" * 400 + "@example.org>"
    for value in (long_id, "<a b@example.org>"):
        key = dedup_key(value, b"bytes")
        assert key.startswith("msgid-sha256:") and len(key) <= 255
        assert key == dedup_key(value, b"different bytes")


registrations = st.builds(
    Registration,
    email=st.from_regex(r"[a-z]{1,10}@example\.org", fullmatch=True),
    status=st.sampled_from(STATUSES),
    name=st.text(max_size=40),
    workshop=st.none() | st.integers(1, 3),
    dinner=st.none() | st.booleans(),
    party=st.integers(1, 9),
    lang=st.sampled_from(["da", "en"]),
    late=st.booleans(),
    note=st.none() | st.text(max_size=80),
    question=st.booleans(),
    followups=st.integers(0, 5),
    asked=st.lists(st.sampled_from(["workshop", "dinner"]), unique=True).map(tuple),
    review_reason=st.none() | st.text(max_size=40),
)


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(registrations)
def test_a_registration_is_saved_and_read_back_unchanged(session, registration):
    save_registration(session, registration, now=NOW)
    session.commit()
    session.expire_all()
    assert registration_of(participant_by_email(session, registration.email)) == registration


def test_saving_again_updates_the_same_row(session):
    first = save_registration(session, Registration("anna@example.org", workshop=1), now=NOW)
    later = NOW + dt.timedelta(days=1)
    again = save_registration(session, Registration("anna@example.org", "registered", workshop=2,
                                                    dinner=True), now=later)
    session.commit()
    assert again.id == first.id
    assert session.scalars(select(Participant)).one().workshop == 2
    assert (again.created_at, again.updated_at) == (NOW, later)


def test_an_answer_is_matched_to_the_follow_up_it_answers(session):
    anna = save_registration(session, Registration("anna@example.org"), now=NOW)
    bo = save_registration(session, Registration("bo@example.org"), now=NOW)
    session.add_all([outbox(anna, "<tilmeld.a1@bo-vest.dk>"),
                     outbox(bo, "<tilmeld.b1@bo-vest.dk>", minutes=1),
                     outbox(anna, "<tilmeld.a2@bo-vest.dk>", minutes=2)])
    session.commit()
    assert participant_by_thread(session, ["<x@elsewhere>", "<tilmeld.b1@bo-vest.dk>"]) == bo
    assert participant_by_thread(session, ["tilmeld.a1@bo-vest.dk"]) == anna
    assert participant_by_thread(session, ["<tilmeld.a1@bo-vest.dk>",
                                           "<tilmeld.b1@bo-vest.dk>"]) in (anna, bo)
    assert participant_by_thread(session, ["<unknown@bo-vest.dk>", None, "junk <"]) is None
    assert participant_by_thread(session, []) is None
