"""Engines, sessions and the schema version: the store's one door to the database.

    engine = engine_for(settings.database_url)
    upgrade(engine)                      # Alembic upgrade head, scripts inside the package
    with sessions(engine).begin() as session:
        ...                              # one transaction per message
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from ..errors import TemporaryFailure

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

BUSY_TIMEOUT = 15.0  # seconds a SQLite writer waits for another before giving up
CONNECT_TIMEOUT = 10  # seconds to reach a database server


def engine_for(url: str, *, busy_timeout: float = BUSY_TIMEOUT) -> Engine:
    """An engine for `url`, with the settings tilmeld relies on. Connects lazily."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(parsed, connect_args={"timeout": busy_timeout})
        _sqlite_settings(engine, busy_timeout)
        return engine
    connect_args: dict[str, object] = {}
    if parsed.get_backend_name() == "postgresql":
        connect_args = {key: value for key, value in _postgres_settings(busy_timeout).items()
                        if key not in parsed.query}
    return create_engine(parsed, connect_args=connect_args, pool_pre_ping=True)


def _postgres_settings(busy_timeout: float) -> dict[str, object]:
    """libpq settings so that no call waits forever: a server that stops answering is
    given up within about a minute (TCP), a lock held elsewhere after busy_timeout, as
    on SQLite; both end the run with exit 75."""
    return {
        "connect_timeout": CONNECT_TIMEOUT,
        "tcp_user_timeout": 60_000,  # ms: data sent and never acknowledged
        "keepalives": 1, "keepalives_idle": 30, "keepalives_interval": 10, "keepalives_count": 3,
        "options": f"-c lock_timeout={int(busy_timeout * 1000)} -c statement_timeout=300000",
    }


def _sqlite_settings(engine: Engine, busy_timeout: float) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection, _record) -> None:  # noqa: ANN001 - DBAPI objects
        # The driver's own transaction handling starts transactions late and never for
        # reads; take it over so every transaction is explicit (see on_begin).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout * 1000)}")
        if engine.url.database not in (None, "", ":memory:"):
            cursor.execute("PRAGMA journal_mode=WAL")  # readers never wait for the writer
            # A commit is then a write to the WAL, with no fsync: safe from corruption, and
            # durable against a crash of tilmeld; against a power cut, `durable` is called
            # before anything outside the database acts on what was committed.
            cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(connection: Connection) -> None:
        # Take the write lock at the start: a transaction that reads, then writes, cannot
        # fail on a lock upgrade; a second writer waits up to busy_timeout instead.
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def durable(engine: Engine) -> None:
    """Make every commit so far survive a power cut, before the IMAP server or an SMTP
    server is told anything that relies on it (a message moved away, a reply sent).

    SQLite with synchronous=NORMAL writes commits to its WAL without syncing it; syncing
    that file once covers them all. What a checkpoint has copied out of the WAL is synced
    by SQLite itself. Other databases sync each commit.
    """
    database = engine.url.database
    if engine.dialect.name != "sqlite" or database in (None, "", ":memory:"):
        return
    try:
        fd = os.open(database + "-wal", os.O_RDONLY)
    except FileNotFoundError:
        return  # no WAL: every commit is in the database file, synced at the checkpoint
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def sessions(engine: Engine) -> sessionmaker[Session]:
    """Sessions that keep loaded values after commit, so results can be used afterwards."""
    return sessionmaker(engine, expire_on_commit=False)


@contextlib.contextmanager
def transaction(url: str) -> Iterator[Session]:
    """One transaction on the database at `url`, its schema brought up to date first:
    what a command that reads or corrects the records needs."""
    engine = engine_for(url)
    try:
        upgrade(engine)
        with sessions(engine).begin() as session:
            yield session
    finally:
        engine.dispose()


# -- schema version ----------------------------------------------------------------------------

# Alembic (about a fifth of a second to import, and more to read every migration script)
# is loaded only to change the schema: each run compares the database's version with the
# head named by the scripts' file names, "<revision>_<what>.py".
VERSIONS = Path(__file__).resolve().parent / "migrations" / "versions"
VERSION_TABLE = "alembic_version"


def alembic_config(url: str | None = None) -> Config:
    """The Alembic configuration for the migrations shipped inside this package."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", "pipeline.store:migrations")
    if url:
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def head_revision() -> str:
    """The newest revision: the highest of the scripts' numbers (a test checks that
    Alembic, reading every script, agrees)."""
    return max(path.name.split("_", 1)[0] for path in VERSIONS.glob("[0-9]*_*.py"))


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    """The schema version of the database; None when it has no tilmeld schema yet."""
    with _connected(engine) as connection:
        if not inspect(connection).has_table(VERSION_TABLE):
            return None
        return connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()


def needs_upgrade(engine: Engine | str) -> bool:
    with _engine(engine) as e:
        return current_revision(e) != head_revision()


def upgrade(engine: Engine | str) -> None:
    """Create the schema or bring it up to date, in one transaction."""
    with _engine(engine) as e:
        before = current_revision(e)
        if before == head_revision():
            return
        from alembic import command

        with _connected(e) as connection, migrating(connection):
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
        log.info("database schema upgraded from %s to %s", before or "nothing", head_revision())


@contextlib.contextmanager
def migrating(connection: Connection) -> Iterator[None]:
    """One transaction for schema changes; on SQLite with foreign keys checked at the end.

    SQLite alters a table by copying it; with foreign keys on, dropping the old copy
    would cascade into the rows that point at it. So they are off while migrating,
    and the result is checked before the commit.
    """
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:
        _raw_pragma(connection, "foreign_keys=OFF")
    try:
        with connection.begin():
            yield
            if sqlite and connection.exec_driver_sql("PRAGMA foreign_key_check").first():
                raise RuntimeError("the migration left rows whose foreign keys point nowhere")
    finally:
        if sqlite:
            _raw_pragma(connection, "foreign_keys=ON")


def _raw_pragma(connection: Connection, pragma: str) -> None:
    # Straight to the driver: through SQLAlchemy it would open a transaction, in which
    # SQLite ignores this pragma.
    connection.connection.driver_connection.execute(f"PRAGMA {pragma}")


# -- errors ----------------------------------------------------------------------------------

def unreachable(engine: Engine, exc: DBAPIError) -> TemporaryFailure:
    """The one-line temporary failure for a database that cannot be reached or is locked."""
    url = engine.url
    problem = str(exc.orig).strip().splitlines()[0] if exc.orig else type(exc).__name__
    if url.get_backend_name() == "sqlite":
        return TemporaryFailure(f"database {url.database}", None, None, problem)
    return TemporaryFailure("database", url.host or "localhost", url.port or _default_port(url),
                            problem)


def _default_port(url) -> int | None:  # noqa: ANN001 - sqlalchemy URL
    return {"postgresql": 5432, "mysql": 3306}.get(url.get_backend_name())


@contextlib.contextmanager
def _engine(engine: Engine | str) -> Iterator[Engine]:
    if isinstance(engine, Engine):
        yield engine
        return
    owned = engine_for(engine)
    try:
        yield owned
    finally:
        owned.dispose()


@contextlib.contextmanager
def _connected(engine: Engine) -> Iterator[Connection]:
    try:
        connection = engine.connect()
    except DBAPIError as exc:
        raise unreachable(engine, exc) from None
    with connection:
        yield connection

