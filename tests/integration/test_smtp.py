"""pipeline.smtp against a real aiosmtpd server."""

from __future__ import annotations

import socket

import pytest

from pipeline.errors import EX_CONFIG, EX_TEMPFAIL, ConfigError, TemporaryFailure
from pipeline.smtp import Rejected, Sender

pytestmark = pytest.mark.integration

FROM = "tilmelding@example.org"
USER, PASSWORD = "tilmelding", "s3cret-pw"


def reply(n: int) -> bytes:
    return (f"From: {FROM}\r\nTo: person{n}@example.org\r\nSubject: Re: Tilmelding\r\n"
            f"Message-ID: <r{n}@example.org>\r\nAuto-Submitted: auto-replied\r\n\r\n"
            f"Tak for din tilmelding, nr. {n}.\r\n").encode()


@pytest.fixture
def password_file(tmp_path):
    path = tmp_path / "smtp-password"
    path.write_text(PASSWORD + "\n")
    return path


def bodies(sink) -> list[bytes]:
    return [e.raw.rstrip(b"\r\n") for e in sink.received]


def test_sends_several_messages_in_one_session(smtp_sink):
    with Sender(smtp_sink.settings(), local_hostname="tilmeld.test") as sender:
        for n in range(3):
            sender.send(reply(n), FROM, [f"person{n}@example.org"])
    assert bodies(smtp_sink) == [reply(n).rstrip(b"\r\n") for n in range(3)]
    assert [(e.mail_from, e.rcpt_tos) for e in smtp_sink.received] == [
        (FROM, (f"person{n}@example.org",)) for n in range(3)]


def test_a_refused_recipient_raises_and_the_session_goes_on(smtp_sink):
    smtp_sink.refuse("person1@example.org")
    with Sender(smtp_sink.settings()) as sender:
        sender.send(reply(0), FROM, ["person0@example.org"])
        with pytest.raises(Rejected) as caught:
            sender.send(reply(1), FROM, ["person1@example.org"])
        sender.send(reply(2), FROM, ["person2@example.org"])
    rejected = caught.value
    assert (rejected.permanent, rejected.code, rejected.refused) == (
        True, 550, ("person1@example.org",))
    assert [e.rcpt_tos for e in smtp_sink.received] == [
        ("person0@example.org",), ("person2@example.org",)]


def test_one_refused_among_several_recipients_is_named_and_the_others_get_it(smtp_sink):
    smtp_sink.refuse("bad@example.org")
    with Sender(smtp_sink.settings()) as sender:
        with pytest.raises(Rejected) as caught:
            sender.send(reply(0), FROM, ["good@example.org", "bad@example.org"])
    assert caught.value.refused == ("bad@example.org",)
    assert [e.rcpt_tos for e in smtp_sink.received] == [("good@example.org",)]


def test_4xx_for_everything_is_a_temporary_rejection(smtp_sink):
    smtp_sink.fail_everything("451 4.3.0 Try again later")
    with Sender(smtp_sink.settings()) as sender:
        for n in range(2):
            with pytest.raises(Rejected) as caught:
                sender.send(reply(n), FROM, [f"person{n}@example.org"])
            assert (caught.value.permanent, caught.value.code) == (False, 451)
        smtp_sink.heal()
        sender.send(reply(2), FROM, ["person2@example.org"])
    assert len(smtp_sink.received) == 1


def test_a_stopped_server_is_a_temporary_failure_and_sending_resumes_when_back(smtp_sink):
    smtp_sink.stop()
    with pytest.raises(TemporaryFailure) as caught:
        Sender(smtp_sink.settings()).open()
    failure = caught.value
    assert (failure.host, failure.port, failure.exit_code) == (
        "127.0.0.1", smtp_sink.port, EX_TEMPFAIL)
    assert f"SMTP 127.0.0.1:{smtp_sink.port}: connection refused" in str(failure)
    smtp_sink.start()
    with Sender(smtp_sink.settings()) as sender:
        sender.send(reply(1), FROM, ["person1@example.org"])
    assert len(smtp_sink.received) == 1


def test_the_server_going_away_mid_session_is_a_temporary_failure(smtp_sink):
    with Sender(smtp_sink.settings()) as sender:
        sender.send(reply(0), FROM, ["person0@example.org"])
        smtp_sink.stop()
        with pytest.raises(TemporaryFailure) as caught:
            sender.send(reply(1), FROM, ["person1@example.org"])
    assert caught.value.port == smtp_sink.port


def test_a_silent_server_times_out(smtp_sink):
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(5)
        settings = smtp_sink.settings(timeout=0.5)
        settings = type(settings)(**{**settings.__dict__, "port": silent.getsockname()[1]})
        with pytest.raises(TemporaryFailure, match=r"no answer within 0\.5 s"):
            Sender(settings).open()


def test_a_line_break_in_an_address_is_refused_before_anything_is_sent(smtp_sink):
    with Sender(smtp_sink.settings()) as sender:
        with pytest.raises(Rejected) as caught:
            sender.send(reply(0), FROM, ["victim@example.org\r\nRCPT TO:<other@example.org>"])
        sender.send(reply(1), FROM, ["person1@example.org"])
    assert caught.value.permanent
    assert [e.rcpt_tos for e in smtp_sink.received] == [("person1@example.org",)]


def test_non_ascii_addresses_use_smtputf8_or_are_refused(smtp_sinks):
    address = "søren@eksempel.dk"
    willing, unwilling = smtp_sinks(smtputf8=True), smtp_sinks(smtputf8=False)
    with Sender(willing.settings()) as sender:
        sender.send(reply(0), FROM, [address])
    assert willing.received[0].rcpt_tos == (address,)
    with Sender(unwilling.settings()) as sender:
        with pytest.raises(Rejected, match="SMTPUTF8"):
            sender.send(reply(0), FROM, [address])
    assert unwilling.received == []


# -- AUTH -----------------------------------------------------------------------------


def test_auth_with_the_configured_login(smtp_sinks, password_file):
    sink = smtp_sinks(auth=(USER, PASSWORD))
    with Sender(sink.settings(username=USER, password_file=password_file)) as sender:
        sender.send(reply(0), FROM, ["person0@example.org"])
    assert [login.split(":")[1] for login in sink.logins] == [USER]
    assert len(sink.received) == 1


def test_no_auth_without_a_username(smtp_sinks):
    sink = smtp_sinks(auth=(USER, PASSWORD))
    with Sender(sink.settings()) as sender:
        sender.send(reply(0), FROM, ["person0@example.org"])
    assert sink.logins == [] and len(sink.received) == 1


def test_wrong_password_is_a_configuration_error(smtp_sinks, tmp_path):
    sink = smtp_sinks(auth=(USER, PASSWORD))
    wrong = tmp_path / "wrong"
    wrong.write_text("guess\n")
    with pytest.raises(ConfigError) as caught:
        Sender(sink.settings(username=USER, password_file=wrong)).open()
    error = caught.value
    assert error.exit_code == EX_CONFIG
    assert error.key == "smtp.username / smtp.password_file"
    assert "535" in str(error) and "guess" not in str(error)


def test_username_for_a_server_without_auth_is_a_configuration_error(smtp_sink, password_file):
    with pytest.raises(ConfigError) as caught:
        Sender(smtp_sink.settings(username=USER, password_file=password_file)).open()
    assert caught.value.key == "smtp.username"


# -- TLS ------------------------------------------------------------------------------


def test_starttls_with_the_right_ca_then_auth(smtp_sinks, certificates, password_file):
    # This sink accepts AUTH only after STARTTLS, as submission servers do.
    sink = smtp_sinks(auth=(USER, PASSWORD), certificates=certificates)
    settings = sink.settings(security="starttls", username=USER, password_file=password_file,
                             ca_file=certificates.ca_file)
    with Sender(settings) as sender:
        sender.send(reply(0), FROM, ["person0@example.org"])
    assert len(sink.logins) == 1 and len(sink.received) == 1


def test_implicit_tls_with_the_right_ca(smtp_sinks, certificates):
    sink = smtp_sinks(certificates=certificates, implicit_tls=True)
    with Sender(sink.settings(security="ssl", ca_file=certificates.ca_file)) as sender:
        sender.send(reply(0), FROM, ["person0@example.org"])
    assert len(sink.received) == 1


@pytest.mark.parametrize("security", ["ssl", "starttls"])
@pytest.mark.parametrize("trust", ["stranger", "system"])
def test_an_unknown_certificate_is_refused(smtp_sinks, certificates, stranger_ca, security, trust):
    sink = smtp_sinks(certificates=certificates, implicit_tls=security == "ssl")
    ca_file = stranger_ca if trust == "stranger" else None
    with pytest.raises(TemporaryFailure, match="TLS certificate refused") as caught:
        Sender(sink.settings(security=security, ca_file=ca_file)).open()
    assert caught.value.port == sink.port
    assert sink.received == []


def test_starttls_not_offered_is_refused(smtp_sink, password_file):
    with pytest.raises(ConfigError) as caught:
        Sender(smtp_sink.settings(security="starttls", username=USER,
                                  password_file=password_file)).open()
    assert caught.value.key == "smtp.security"
