"""Fixtures for whole-installation stories (see installation.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from servers.dovecot import Dovecot
from servers.smtp_sink import SmtpSink

from installation import PROCESSED, Site, fresh_database


@pytest.fixture
def site(dovecot: Dovecot, smtp_sink: SmtpSink, tmp_path: Path) -> Site:
    """A fresh installation that moves handled mail to a processed folder."""
    made = Site(tmp_path, dovecot.add_user(), smtp_sink, PROCESSED)
    made.write_config()
    return made


@pytest.fixture
def seen_site(dovecot: Dovecot, smtp_sink: SmtpSink, tmp_path: Path) -> Site:
    """A fresh installation with no processed folder: handled mail is flagged \\Seen."""
    made = Site(tmp_path, dovecot.add_user(), smtp_sink, None)
    made.write_config()
    return made


@pytest.fixture(params=["sqlite", "postgresql"])
def any_site(request: pytest.FixtureRequest, dovecot: Dovecot, smtp_sink: SmtpSink,
             tmp_path: Path) -> Site:
    """`site` on SQLite, then again on a fresh PostgreSQL database (TILMELD_DATABASE_URL)."""
    url = fresh_database(request.getfixturevalue("postgres_url")) \
        if request.param == "postgresql" else None
    made = Site(tmp_path, dovecot.add_user(), smtp_sink, PROCESSED, database_url=url)
    made.write_config()
    return made
