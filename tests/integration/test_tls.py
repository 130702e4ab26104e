"""TLS is verified by default, through `tilmeld tick`: Dovecot and aiosmtpd present
certificates of a throwaway CA (trustme). The system's CAs do not know it and another
CA does not vouch for it: refused (exit 75, nothing read or sent); the right one
(ca_file) accepted, over STARTTLS and implicit TLS alike.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from servers.dovecot import Dovecot
from servers.smtp_sink import SmtpSink
from servers.tls import Certificates

from installation import JONAS, PROCESSED, Site, story_mail

pytestmark = pytest.mark.integration



@pytest.fixture(params=["starttls", "ssl"])
def tls_site(request: pytest.FixtureRequest, dovecot_tls: Dovecot, certificates: Certificates,
             smtp_sinks: Callable[..., SmtpSink], tmp_path: Path) -> Site:
    """IMAP and SMTP both over `security`, trusting the test CA."""
    security = request.param
    sink = smtp_sinks(certificates=certificates, implicit_tls=security == "ssl")
    site = Site(tmp_path, dovecot_tls.add_user(), sink, PROCESSED)
    site.write_config(**trusting(site, security, certificates.ca_file, certificates.ca_file))
    return site


def trusting(site: Site, security: str, imap_ca: Path | None,
             smtp_ca: Path | None) -> dict[str, dict[str, object]]:
    """[imap] and [smtp] over `security`, each trusting its CA file (None: the system's)."""
    server = site.user.server
    return {
        "imap": {"security": security, "ca_file": str(imap_ca) if imap_ca else None,
                 "port": server.tls_port if security == "ssl" else server.port},
        "smtp": {"security": security, "ca_file": str(smtp_ca) if smtp_ca else None},
    }


def security_of(site: Site) -> str:
    return "ssl" if site.sink.implicit_tls else "starttls"


def test_the_right_ca_is_accepted(tls_site: Site) -> None:
    tls_site.deliver(story_mail("complete_gmail_da.eml"))
    tls_site.tick("2024-09-05T06:00")
    assert [m["To"].addresses[0].addr_spec for m in tls_site.sent()] == [JONAS]
    assert tls_site.inbox() == []


@pytest.mark.parametrize("trust", ["system", "stranger"])
def test_an_unknown_imap_certificate_is_refused(tls_site: Site, stranger_ca: Path,
                                                trust: str) -> None:
    tls_site.deliver(story_mail("complete_gmail_da.eml"))
    tls_site.write_config(**trusting(tls_site, security_of(tls_site),
                                     stranger_ca if trust == "stranger" else None, None))
    result = tls_site.tick("2024-09-05T06:00", check=False)
    assert result.returncode == 75
    server = tls_site.user.server
    port = server.tls_port if security_of(tls_site) == "ssl" else server.port
    assert f"IMAP 127.0.0.1:{port}: TLS certificate refused" in result.stderr
    assert len(tls_site.inbox()) == 1  # not read


@pytest.mark.parametrize("trust", ["system", "stranger"])
def test_an_unknown_smtp_certificate_is_refused_and_the_reply_waits(
        tls_site: Site, certificates: Certificates, stranger_ca: Path, trust: str) -> None:
    tls_site.deliver(story_mail("complete_gmail_da.eml"))
    security = security_of(tls_site)
    tls_site.write_config(**trusting(tls_site, security, certificates.ca_file,
                                     stranger_ca if trust == "stranger" else None))
    result = tls_site.tick("2024-09-05T06:00", check=False)
    assert result.returncode == 75
    assert f"SMTP 127.0.0.1:{tls_site.sink.port}: TLS certificate refused" in result.stderr
    assert tls_site.sink.received == []

    tls_site.write_config(**trusting(tls_site, security, certificates.ca_file,
                                     certificates.ca_file))
    tls_site.tick("2024-09-05T06:05")
    assert [m["To"].addresses[0].addr_spec for m in tls_site.sent()] == [JONAS]
