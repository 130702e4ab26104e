"""The test servers themselves: if these fail, no other integration test can be believed."""

from __future__ import annotations

import smtplib
import socket
import ssl

import pytest
import sqlalchemy as sa

from servers import ServerUnavailable, free_port, wait_for_port
from servers.dovecot import offering

pytestmark = pytest.mark.integration

RAW = b"From: a@example.org\r\nTo: b@example.org\r\nSubject: hello\r\n\r\nHello.\r\n"


def test_dovecot_stores_what_is_delivered_and_reads_it_back_unchanged(mail_user):
    uid1 = mail_user.deliver(RAW)
    uid2 = mail_user.deliver(RAW.replace(b"hello", b"again"), flags=[rb"\Seen"])
    stored = mail_user.read()
    assert [m.uid for m in stored] == [uid1, uid2]
    assert stored[0].raw == RAW
    assert rb"\Seen" not in stored[0].flags and rb"\Seen" in stored[1].flags
    # Reading is an EXAMINE: it must not have marked anything.
    assert rb"\Seen" not in mail_user.read()[0].flags


def test_dovecot_users_are_isolated(dovecot):
    first, second = dovecot.add_user(), dovecot.add_user()
    first.deliver(RAW)
    assert second.read() == []
    assert len(first.read()) == 1


def test_dovecot_delivers_into_a_new_folder(mail_user):
    mail_user.deliver(RAW, folder="Elsewhere")
    assert "Elsewhere" in mail_user.folders()
    assert mail_user.read() == []


def test_dovecot_uidvalidity_can_be_changed(mail_user):
    mail_user.deliver(RAW)
    before = mail_user.uidvalidity()
    mail_user.set_uidvalidity(before + 7)
    assert mail_user.uidvalidity() == before + 7


def test_dovecot_capability_can_be_narrowed_per_user(dovecot):
    plain = dovecot.add_user()
    narrowed = dovecot.add_user(offering("UIDPLUS"))
    with plain.client() as imap:
        assert imap.has_capability("MOVE")
    with narrowed.client() as imap:
        assert not imap.has_capability("MOVE") and imap.has_capability("UIDPLUS")


def test_dovecot_tls_presents_the_test_certificate(dovecot_tls, certificates):
    context = ssl.create_default_context(cafile=str(certificates.ca_file))
    with socket.create_connection((dovecot_tls.host, dovecot_tls.tls_port), timeout=5) as raw:
        with context.wrap_socket(raw, server_hostname="127.0.0.1") as tls:
            assert tls.recv(100).startswith(b"* OK")


def test_smtp_sink_records_envelope_and_bytes(smtp_sink):
    with smtplib.SMTP(smtp_sink.host, smtp_sink.port, timeout=5) as client:
        client.sendmail("a@example.org", ["b@example.org", "c@example.org"], RAW)
    [got] = smtp_sink.received
    assert got.mail_from == "a@example.org"
    assert got.rcpt_tos == ("b@example.org", "c@example.org")
    assert got.raw.rstrip(b"\r\n") == RAW.rstrip(b"\r\n")


def test_smtp_sink_faults(smtp_sink):
    smtp_sink.refuse("b@example.org")
    with smtplib.SMTP(smtp_sink.host, smtp_sink.port, timeout=5) as client:
        refused = client.sendmail("a@example.org", ["b@example.org", "c@example.org"], RAW)
        assert refused == {"b@example.org": (550, b"5.1.1 No such user here")}
        smtp_sink.fail_everything()
        with pytest.raises(smtplib.SMTPSenderRefused) as caught:
            client.sendmail("a@example.org", ["c@example.org"], RAW)
        assert caught.value.smtp_code == 451
    assert [e.rcpt_tos for e in smtp_sink.received] == [("c@example.org",)]


def test_smtp_sink_stops_refusing_connections_and_comes_back_on_its_port(smtp_sink):
    port = smtp_sink.port
    smtp_sink.stop()
    with pytest.raises(ConnectionRefusedError):
        smtplib.SMTP(smtp_sink.host, port, timeout=5)
    smtp_sink.start()
    wait_for_port(port)
    with smtplib.SMTP(smtp_sink.host, port, timeout=5) as client:
        client.sendmail("a@example.org", ["b@example.org"], RAW)
    assert len(smtp_sink.received) == 1


def test_smtp_sink_auth_over_starttls(smtp_sinks, certificates):
    sink = smtp_sinks(auth=("sender", "s3cret"), certificates=certificates)
    context = ssl.create_default_context(cafile=str(certificates.ca_file))
    with smtplib.SMTP(sink.host, sink.port, timeout=5) as client:
        client.starttls(context=context)
        with pytest.raises(smtplib.SMTPAuthenticationError):
            client.login("sender", "wrong")
        client.login("sender", "s3cret")
        client.sendmail("a@example.org", ["b@example.org"], RAW)
    assert sink.logins == ["PLAIN:sender"] or sink.logins == ["LOGIN:sender"]
    assert len(sink.received) == 1


def test_postgres_answers_on_its_url(postgres_url):
    engine = sa.create_engine(postgres_url)
    try:
        with engine.connect() as connection:
            assert connection.execute(sa.text("select current_database()")).scalar() == "tilmeld"
            assert connection.execute(sa.text("show server_version")).scalar()
    finally:
        engine.dispose()


def test_server_unavailable_is_what_helpers_raise():
    with pytest.raises(ServerUnavailable, match="did not listen"):
        wait_for_port(free_port(), timeout=0.2)
