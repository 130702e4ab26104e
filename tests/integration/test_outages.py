"""Servers down, refusing, silent or locked, through `tilmeld --quiet tick` as cron runs it:
nothing is lost, the exit status says what happened (sysexits: 0, 75, 78), and the reason
is one line naming the host and port, or the key and the config file.
"""

from __future__ import annotations

import socket
import sqlite3
import subprocess
import time
from collections.abc import Iterator

import pytest

from servers import free_port
from servers.dovecot import UNAVAILABLE, Dovecot
from servers.smtp_sink import SmtpSink

from installation import JONAS, METTE, PROCESSED, SAM, Site, story_mail

pytestmark = pytest.mark.integration

TEMPFAIL, CONFIG = 75, 78


def quiet_tick(site: Site, now: str) -> subprocess.CompletedProcess[str]:
    """`tilmeld --quiet tick`, as the crontab runs it."""
    return subprocess.run(site.command("--quiet", "tick", "--now", now), capture_output=True,
                          text=True, timeout=60, env=site.environment())


def one_line(result: subprocess.CompletedProcess[str]) -> str:
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A port that accepts TCP connections and then never says a word."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(16)  # the kernel completes the handshakes; nobody ever reads
        yield sock.getsockname()[1]


# -- IMAP ---------------------------------------------------------------------------------------


def test_imap_down_queued_replies_still_go_and_nothing_is_lost(site: Site) -> None:
    site.sink.stop()
    site.deliver(story_mail("complete_gmail_da.eml"))
    assert quiet_tick(site, "2024-09-04T12:00").returncode == TEMPFAIL  # SMTP down: queued
    site.sink.start()

    down = free_port()
    site.write_config(imap={"port": down})
    site.deliver(story_mail("complete_iphone_en.eml"))
    result = quiet_tick(site, "2024-09-04T12:05")
    assert result.returncode == TEMPFAIL
    assert one_line(result) == f"tilmeld: IMAP 127.0.0.1:{down}: connection refused"
    assert [m["To"].addresses[0].addr_spec for m in site.sent()] == [JONAS]  # sent all the same

    site.write_config()
    assert quiet_tick(site, "2024-09-04T12:10").returncode == 0
    assert [m["To"].addresses[0].addr_spec for m in site.sent()] == [JONAS, SAM]
    assert site.inbox() == []


def test_imap_down_after_a_crash_stored_mail_is_still_answered(site: Site) -> None:
    site.deliver(story_mail("complete_gmail_da.eml"))
    crashed = subprocess.run(site.command("tick", "--now", "2024-09-04T12:00"),
                             capture_output=True, text=True, timeout=60,
                             env=site.environment(TILMELD_TEST_CRASH_AT="stored"))
    assert crashed.returncode < 0
    site.write_config(imap={"port": free_port()})
    assert quiet_tick(site, "2024-09-04T12:05").returncode == TEMPFAIL
    assert [m["To"].addresses[0].addr_spec for m in site.sent()] == [JONAS]
    site.write_config()
    assert quiet_tick(site, "2024-09-04T12:10").returncode == 0
    assert len(site.sent()) == 1 and site.inbox() == []


def test_imap_login_refused_is_a_configuration_error_and_the_mail_waits(site: Site) -> None:
    site.deliver(story_mail("complete_gmail_da.eml"))
    wrong = site.root / "wrong.password"
    wrong.write_text("not-the-password\n")
    site.write_config(imap={"password_file": str(wrong)})
    result = quiet_tick(site, "2024-09-04T12:00")
    assert result.returncode == CONFIG
    line = one_line(result)
    assert line.startswith(f"tilmeld: {site.config}: imap.username / imap.password_file: ")
    assert "refused the login" in line
    assert len(site.inbox()) == 1 and site.sent() == []

    site.write_config()
    assert quiet_tick(site, "2024-09-04T12:05").returncode == 0
    assert len(site.sent()) == 1 and site.inbox() == []


def test_imap_login_refused_for_now_is_temporary(dovecot: Dovecot, smtp_sink: SmtpSink,
                                                  tmp_path) -> None:
    site = Site(tmp_path, dovecot.add_user(UNAVAILABLE), smtp_sink, PROCESSED)
    site.write_config()
    result = quiet_tick(site, "2024-09-04T12:00")
    assert result.returncode == TEMPFAIL
    # Dovecot answers NO [UNAVAILABLE] or drops the connection: either way, try again later.
    assert one_line(result).startswith(f"tilmeld: IMAP 127.0.0.1:{dovecot.port}: ")


# -- SMTP ---------------------------------------------------------------------------------------


def test_smtp_down_is_one_line_naming_host_and_port(site: Site) -> None:
    site.deliver(story_mail("complete_gmail_da.eml"))
    site.sink.stop()
    result = quiet_tick(site, "2024-09-04T06:00")
    assert result.returncode == TEMPFAIL
    assert one_line(result) == f"tilmeld: SMTP 127.0.0.1:{site.sink.port}: connection refused"
    assert site.sql("SELECT status, attempts FROM outbox") == [("pending", 0)]  # waits
    site.sink.start()
    assert quiet_tick(site, "2024-09-04T06:05").returncode == 0
    assert quiet_tick(site, "2024-09-04T06:10").returncode == 0
    assert len(site.sent()) == 1


def test_smtp_4xx_defers_with_a_warning_and_gives_up_after_days_into_the_digest(site: Site) -> None:
    site.deliver(story_mail("complete_gmail_da.eml"))
    site.sink.fail_everything("451 4.3.0 Mailbox busy")
    result = quiet_tick(site, "2024-09-04T06:00")  # before 07:00: no digest in the queue yet
    assert result.returncode == 0  # deferred is a state of the queue, not a failed run
    assert "deferred by the SMTP server (451)" in one_line(result)
    assert JONAS not in result.stderr
    assert site.sql("SELECT status, last_error FROM outbox") == [
        ("pending", "451 4.3.0 Mailbox busy")]

    quiet_tick(site, "2024-09-06T06:00")
    assert site.sql("SELECT status FROM outbox") == [("pending",)]
    quiet_tick(site, "2024-09-07T06:30")  # more than three days after it was queued
    assert site.sql("SELECT status FROM outbox") == [("failed",)]
    site.sink.heal()
    quiet_tick(site, "2024-09-08T07:05")  # the morning's digest shows it
    assert site.sent() == []
    digest = site.to_coordinator("digest")[-1].get_body(preferencelist=("plain",)).get_content()
    assert JONAS in digest and "451 4.3.0 Mailbox busy" in digest


def test_smtp_550_for_one_recipient_the_others_still_go_and_the_digest_says_so(site: Site) -> None:
    for name in ("complete_gmail_da.eml", "no_dinner_outlook_da.eml", "complete_iphone_en.eml"):
        site.deliver(story_mail(name))
    site.sink.refuse(METTE)
    result = quiet_tick(site, "2024-09-05T06:00")
    assert result.returncode == 0
    assert "refused by the SMTP server (550)" in one_line(result)
    assert METTE not in result.stderr
    assert sorted(m["To"].addresses[0].addr_spec for m in site.sent()) == [JONAS, SAM]
    assert site.sql("SELECT recipient, status, attempts, last_error FROM outbox "
                    "WHERE status <> 'sent'") == [(METTE, "failed", 1,
                                                   "550 5.1.1 No such user here")]
    # Refused for good: never tried again, shown in the next digest.
    site.sink.heal()
    quiet_tick(site, "2024-09-05T07:05")
    assert len(site.sent()) == 2
    digest = site.to_coordinator("digest")[-1].get_body(preferencelist=("plain",)).get_content()
    assert METTE in digest and "550 5.1.1 No such user here" in digest


# -- the database -------------------------------------------------------------------------------


def test_database_locked_a_while_the_run_waits(site: Site) -> None:
    site.deliver(story_mail("complete_gmail_da.eml"))
    site.tick("2024-09-04T12:00")  # creates the database
    site.deliver(story_mail("complete_iphone_en.eml"))
    holder = sqlite3.connect(site.root / "tilmeld.sqlite3", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    run = subprocess.Popen(site.command("--quiet", "tick", "--now", "2024-09-04T12:05"),
                           env=site.environment(), stderr=subprocess.PIPE, text=True)
    time.sleep(4)
    holder.execute("COMMIT")
    holder.close()
    assert run.wait(timeout=60) == 0
    assert len(site.sent()) == 2


def test_database_locked_throughout_is_temporary_and_nothing_is_lost(site: Site) -> None:
    site.tick("2024-09-04T12:00")  # creates the database
    site.deliver(story_mail("complete_gmail_da.eml"))
    holder = sqlite3.connect(site.root / "tilmeld.sqlite3", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        result = quiet_tick(site, "2024-09-04T12:05")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.returncode == TEMPFAIL
    assert one_line(result) == (f"tilmeld: database {site.root / 'tilmeld.sqlite3'}: "
                                "database is locked")
    assert len(site.inbox()) == 1 and site.sent() == []
    assert quiet_tick(site, "2024-09-04T12:10").returncode == 0
    assert len(site.sent()) == 1 and site.inbox() == []


def test_postgresql_unreachable_names_host_and_port(site: Site) -> None:
    down = free_port()
    site.database_url = f"postgresql+psycopg://tilmeld@127.0.0.1:{down}/tilmeld"
    site.deliver(story_mail("complete_gmail_da.eml"))
    result = quiet_tick(site, "2024-09-04T12:00")
    assert result.returncode == TEMPFAIL
    assert one_line(result).startswith(f"tilmeld: database 127.0.0.1:{down}: ")
    assert len(site.inbox()) == 1


# -- silence: every network call has a timeout --------------------------------------------------


@pytest.mark.parametrize("server", ["imap", "smtp", "postgresql"])
def test_a_server_that_accepts_and_never_answers_times_out(site: Site, silent_port: int,
                                                           server: str) -> None:
    site.deliver(story_mail("complete_gmail_da.eml"))
    if server == "postgresql":
        site.database_url = (f"postgresql+psycopg://tilmeld@127.0.0.1:{silent_port}/tilmeld"
                             "?connect_timeout=2")
    else:
        site.write_config(**{server: {"port": silent_port, "timeout": 2}})
    started = time.monotonic()
    result = quiet_tick(site, "2024-09-04T12:00")
    assert time.monotonic() - started < 20
    assert result.returncode == TEMPFAIL
    line = one_line(result)
    assert f"127.0.0.1:{silent_port}" in line
    if server != "postgresql":
        assert line.endswith("no answer within 2 s")


# -- configuration ------------------------------------------------------------------------------


@pytest.mark.parametrize(("section", "key", "value", "says"), [
    ("imap", "port", "imap", "imap.port: must be a whole number"),
    ("smtp", "security", "tls", "smtp.security: must be one of ssl, starttls, none"),
    ("imap", "password_env", "TILMELD_TEST_NO_SUCH_VARIABLE",
     "imap.password_env: environment variable TILMELD_TEST_NO_SUCH_VARIABLE is not set"),
])
def test_a_configuration_error_names_key_and_file(site: Site, section: str, key: str,
                                                  value: str, says: str) -> None:
    site.deliver(story_mail("complete_gmail_da.eml"))
    site.write_config(**{section: {key: value, "password_file": None} if key == "password_env"
                         else {key: value}})
    result = quiet_tick(site, "2024-09-04T12:00")
    assert result.returncode == CONFIG
    assert one_line(result).startswith(f"tilmeld: {site.config}: {says}")
    assert len(site.inbox()) == 1
