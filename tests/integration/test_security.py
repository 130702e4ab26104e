"""Security through `tilmeld tick`, end to end to the SMTP server.

Python 3.11.7 lacks the fixes for CVE-2023-27043 (address parsing) and CVE-2024-6923
(newlines in generated headers): a `Bcc:` line smuggled in through a name or a subject
we echo must not reach the server as a header, nor the victim as a recipient. And the
passwords, from a file or the environment, never appear in anything tilmeld prints.
"""

from __future__ import annotations

import base64
import email
import email.policy
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from servers.dovecot import Dovecot
from servers.smtp_sink import SmtpSink

from installation import COORDINATOR, PROCESSED, SIGNUP, Site

pytestmark = pytest.mark.integration

VICTIM = "victim@evil.example"
SMUGGLED = f"\r\nBcc: {VICTIM}"
TWICE = "=?utf-8?b?" + base64.b64encode(
    f"=?utf-8?q?Hej=0D=0ABcc:_{VICTIM}?=".encode()).decode() + "?="
OUR_HEADERS = {"from", "to", "subject", "date", "message-id", "in-reply-to", "references",
               "auto-submitted", "x-auto-response-suppress", "content-language",
               "mime-version", "content-type", "content-transfer-encoding", "reply-to"}
BODY = "Hej Karen\r\n\r\nJeg kommer til workshop 2 og spiser med bagefter.\r\n\r\nMvh\r\n"


def sign_up(sender: str, name: str, subject: str) -> bytes:
    """A sign-up whose From name and Subject are written as given (already encoded)."""
    local = sender.split("@")[0]
    return (f"From: {name} <{sender}>\r\nTo: {SIGNUP}\r\nSubject: {subject}\r\n"
            f"Date: Wed, 4 Sep 2024 10:00:00 +0200\r\nMessage-ID: <{local}.1@example.org>\r\n"
            f"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
            f"{BODY}{local}\r\n").encode()


INJECTIONS = {  # sender -> (From display name, Subject), as written in the mail
    "name.q@example.org": ("=?utf-8?q?Jonas=0D=0ABcc:_victim@evil.example?=", "Re: Invitation"),
    "subject.q@example.org": ("Mette", "=?utf-8?q?Tilmelding=0D=0ABcc:_victim@evil.example?="),
    "subject.b@example.org": ("Sam", "=?utf-8?b?" + base64.b64encode(
        f"Tilmelding{SMUGGLED}".encode()).decode() + "?="),
    "twice.name@example.org": (TWICE, "Re: Invitation"),
    "twice.subject@example.org": ("Lone", TWICE),
    "separator@example.org": ("=?utf-8?q?Ole=E2=80=A8Bcc:_victim@evil.example?=",
                              "=?utf-8?q?Hej=E2=80=A9Bcc:_victim@evil.example?="),
    "nul.cr@example.org": ("=?utf-8?q?Per=00=0DBcc:_victim@evil.example?=",
                           "=?utf-8?q?Re:=0D_Invitation=0ABcc:victim@evil.example?="),
}


def test_no_header_and_no_recipient_can_be_smuggled_in(site: Site) -> None:
    for sender, (name, subject) in INJECTIONS.items():
        site.deliver(sign_up(sender, name, subject))
    site.tick("2024-09-05T06:00")
    assert site.inbox() == []

    # Each message got one mail: an answer, or (when the From line itself was broken by
    # what it smuggled) a forward to the coordinator instead.
    received = site.sink.received
    assert len(received) == len(INJECTIONS)
    answered = {r.rcpt_tos[0] for r in received} - {COORDINATOR}
    assert answered <= set(INJECTIONS)
    assert {"subject.q@example.org", "subject.b@example.org", "twice.name@example.org",
            "twice.subject@example.org"} <= answered  # the echoed names and subjects
    for got in received:
        assert got.mail_from == SIGNUP
        assert len(got.rcpt_tos) == 1 and VICTIM not in got.rcpt_tos
        header_block = got.raw.split(b"\r\n\r\n", 1)[0]
        assert not re.search(rb"(?im)^(bcc|cc|resent-[a-z]+):", header_block)
        mail = email.message_from_bytes(got.raw, policy=email.policy.default)
        assert {k.lower() for k in mail.keys()} <= OUR_HEADERS
        assert [a.addr_spec for a in mail["To"].addresses] == list(got.rcpt_tos)
        for name, value in mail.items():
            assert not re.search(r"[\r\n\x00\u2028\u2029]", str(value)), (name, value)


# -- passwords ----------------------------------------------------------------------------------

@pytest.fixture
def secret_site(dovecot: Dovecot, smtp_sinks: Callable[..., SmtpSink], tmp_path: Path) -> Site:
    """IMAP password from a file, SMTP password from the environment, SMTP with AUTH."""
    smtp_password = "smtp-Pa55word-only-in-the-env"
    sink = smtp_sinks(auth=("tilmeld", smtp_password))
    site = Site(tmp_path, dovecot.add_user(), sink, PROCESSED,
                env={"TILMELD_TEST_SMTP_PASSWORD": smtp_password})
    site.write_config("\n[logging]\nfile = \"tilmeld.log\"\n",
                      smtp={"username": "tilmeld", "password_env": "TILMELD_TEST_SMTP_PASSWORD"})
    return site


def test_passwords_never_appear_in_output_or_logs_even_verbose_or_failing(secret_site: Site) -> None:
    site = secret_site
    secrets = [site.user.password, site.env["TILMELD_TEST_SMTP_PASSWORD"],
               "wrong-imap-Pa55word", "wrong-smtp-Pa55word"]
    site.deliver(sign_up("pw.one@example.org", "Pia", "Re: Invitation"))
    outputs = [site.tilmeld("-v", "tick", "--now", "2024-09-05T06:00"),
               site.tilmeld("-v", "check")]
    assert len(site.sink.logins) == 2 and all(x.endswith(":tilmeld") for x in site.sink.logins)
    assert len(site.sent()) == 1

    # A wrong IMAP password (from the file), then a wrong SMTP password (from the environment).
    wrong = site.root / "wrong.password"
    wrong.write_text("wrong-imap-Pa55word\n")
    site.write_config("\n[logging]\nfile = \"tilmeld.log\"\n", imap={"password_file": str(wrong)},
                      smtp={"username": "tilmeld", "password_env": "TILMELD_TEST_SMTP_PASSWORD"})
    outputs.append(site.tilmeld("-v", "tick", "--now", "2024-09-05T06:05", check=False))
    outputs.append(site.tilmeld("-v", "check", check=False))
    site.write_config("\n[logging]\nfile = \"tilmeld.log\"\n",
                      smtp={"username": "tilmeld", "password_env": "TILMELD_TEST_SMTP_PASSWORD"})
    site.env["TILMELD_TEST_SMTP_PASSWORD"] = "wrong-smtp-Pa55word"
    site.deliver(sign_up("pw.two@example.org", "Poul", "Re: Invitation"))
    outputs.append(site.tilmeld("-v", "tick", "--now", "2024-09-05T06:10", check=False))
    outputs.append(site.tilmeld("-v", "check", check=False))
    assert [r.returncode for r in outputs[2:]] == [78, 78, 78, 78]

    texts = [r.stdout + r.stderr for r in outputs]
    texts.append((site.root / "tilmeld.log").read_text())
    assert "DEBUG" in texts[0] and "refused the login" in texts[2] and "535" in texts[4]
    for text in texts:
        for secret in secrets:
            assert secret not in text
            for encoded in (secret.encode(), f"\0tilmeld\0{secret}".encode()):  # AUTH PLAIN
                assert base64.b64encode(encoded).decode() not in text


def test_a_password_in_the_config_file_itself_is_refused(site: Site) -> None:
    site.write_config(imap={"password": "in-the-file-Pa55word"})
    result = site.tick("2024-09-05T06:00", check=False)
    assert result.returncode == 78
    assert "imap.password: unknown key (did you mean imap.password_env?)" in result.stderr
    assert "in-the-file-Pa55word" not in result.stderr + result.stdout
