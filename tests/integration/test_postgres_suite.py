"""The tick stories again, with the database on a real PostgreSQL (TILMELD_DATABASE_URL).

The test functions are those of the modules imported below, collected a second time
here; only the `site` fixtures differ: each test gets a fresh database on the session's
PostgreSQL instead of a SQLite file. Crash safety, one run at a time and purge run on
both databases in their own modules (the `any_site` fixture).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from servers.dovecot import Dovecot
from servers.smtp_sink import SmtpSink

from installation import PROCESSED, Site, fresh_database
from test_bad_input import *  # noqa: F403
from test_loops import *  # noqa: F403
from test_privacy import *  # noqa: F403
from test_tick_stories import *  # noqa: F403

pytestmark = pytest.mark.integration


def _on_postgres(postgres_url: str, dovecot: Dovecot, sink: SmtpSink, root: Path,
                 processed: str | None) -> Site:
    made = Site(root, dovecot.add_user(), sink, processed,
                database_url=fresh_database(postgres_url))
    made.write_config()
    return made


@pytest.fixture
def site(postgres_url: str, dovecot: Dovecot, smtp_sink: SmtpSink, tmp_path: Path) -> Site:
    return _on_postgres(postgres_url, dovecot, smtp_sink, tmp_path, PROCESSED)


@pytest.fixture
def seen_site(postgres_url: str, dovecot: Dovecot, smtp_sink: SmtpSink, tmp_path: Path) -> Site:
    return _on_postgres(postgres_url, dovecot, smtp_sink, tmp_path, None)
