"""Shared fixtures. Grouped by kind; add new ones to the group they belong to.

Real servers come from tests/servers/. When one cannot be started the test is skipped
with the reason, or fails when TILMELD_REQUIRE_SERVERS=1 (CI): in CI a skipped
integration test would hide exactly what these tests exist to prove.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import NoReturn, TypeVar

import pytest

from servers import ServerUnavailable
from servers import dovecot as dovecot_server
from servers import postgres as postgres_server
from servers.smtp_sink import SmtpSink
from servers.tls import Certificates, make_certificates

T = TypeVar("T")

REPO = Path(__file__).resolve().parents[1]
# A marker, and the variable that makes its tests mandatory.
REQUIRED = {"integration": "TILMELD_REQUIRE_SERVERS", "shared": "TILMELD_REQUIRE_SHARED"}


# -- policy: skipped or failed --------------------------------------------------------


def _required(marker: str) -> bool:
    return os.environ.get(REQUIRED[marker]) == "1"


def unavailable(marker: str, reason: str) -> NoReturn:
    """Skip for lack of `reason`, or fail when the marker's variable demands the test run."""
    if _required(marker):
        pytest.fail(f"{reason} ({REQUIRED[marker]}=1, so this is a failure)", pytrace=False)
    pytest.skip(reason)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo) -> Iterator[None]:
    """A skip of a mandatory test from anywhere (a skipif, an importorskip) is a failure too."""
    outcome = yield
    report = outcome.get_result()
    if not report.skipped or hasattr(report, "wasxfail"):
        return
    for marker in REQUIRED:
        if item.get_closest_marker(marker) and _required(marker):
            reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else report.longrepr
            report.outcome = "failed"
            report.longrepr = f"{marker} test skipped although {REQUIRED[marker]}=1: {reason}"
            return


@contextmanager
def _started(start: Callable[[], AbstractContextManager[T]]) -> Iterator[T]:
    manager = start()
    try:
        server = manager.__enter__()
    except ServerUnavailable as exc:
        unavailable("integration", str(exc))
    try:
        yield server
    finally:
        manager.__exit__(None, None, None)


# -- TLS ------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def certificates(tmp_path_factory: pytest.TempPathFactory) -> Certificates:
    """A throwaway CA and a certificate it signed for 127.0.0.1 (trustme)."""
    return make_certificates(tmp_path_factory.mktemp("tls"), "server")


@pytest.fixture(scope="session")
def stranger_ca(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The CA file of another throwaway CA: trusting it must not admit our test servers."""
    return make_certificates(tmp_path_factory.mktemp("tls-stranger"), "stranger").ca_file


# -- IMAP -----------------------------------------------------------------------------


@pytest.fixture(scope="session")
def dovecot() -> Iterator[dovecot_server.Dovecot]:
    """Dovecot without TLS, for the whole session; use `mail_user` for a fresh mailbox."""
    with _started(dovecot_server.running) as server:
        yield server


@pytest.fixture(scope="session")
def dovecot_tls(certificates: Certificates) -> Iterator[dovecot_server.Dovecot]:
    """Dovecot with STARTTLS on `port` and implicit TLS on `tls_port`, signed by `certificates`."""
    with _started(lambda: dovecot_server.running(certificates)) as server:
        yield server


@pytest.fixture
def mail_user(dovecot: dovecot_server.Dovecot) -> dovecot_server.MailUser:
    """A new user with an empty mailbox on the session's Dovecot."""
    return dovecot.add_user()


# -- SMTP -----------------------------------------------------------------------------


@pytest.fixture
def smtp_sinks() -> Iterator[Callable[..., SmtpSink]]:
    """Start SmtpSink(**options) servers; all are stopped after the test."""
    sinks: list[SmtpSink] = []

    def start(**options: object) -> SmtpSink:
        sink = SmtpSink(**options)  # type: ignore[arg-type]
        sinks.append(sink)
        sink.start()
        return sink

    yield start
    for sink in sinks:
        sink.stop()


@pytest.fixture
def smtp_sink(smtp_sinks: Callable[..., SmtpSink]) -> SmtpSink:
    """A plain SMTP server on 127.0.0.1 that records what it accepts."""
    return smtp_sinks()


# -- databases ------------------------------------------------------------------------


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A SQLAlchemy URL of an empty database on a PostgreSQL started for this session."""
    with _started(postgres_server.running) as server:
        yield server.url


# -- browser --------------------------------------------------------------------------


@pytest.fixture(scope="session")
def chromium() -> str:
    """Debian's headless Chromium, to render HTML mail as a mail client's engine would."""
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    unavailable("integration", "Chromium is not installed (apt-get install chromium)")


# -- shared data ----------------------------------------------------------------------


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared beside the checkout (the development corpus and peer mail); never copied in."""
    path = REPO.parent / "shared"
    if not path.is_dir():
        unavailable("shared", f"{path} is absent")
    return path
