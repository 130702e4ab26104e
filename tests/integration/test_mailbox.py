"""pipeline.mailbox against a real Dovecot."""

from __future__ import annotations

import datetime as dt
import logging
import socket
import threading

import pytest

from pipeline.errors import EX_CONFIG, EX_TEMPFAIL, ConfigError, TemporaryFailure
from pipeline.mailbox import Mailbox
from servers import free_port
from servers.dovecot import UNAVAILABLE, offering

pytestmark = pytest.mark.integration

SEEN, DELETED = rb"\Seen", rb"\Deleted"
PROCESSED = "Tilmeld.Behandlet"  # "." is this Dovecot's hierarchy separator


def message(n: int) -> bytes:
    return (f"From: person{n}@example.org\r\nTo: signup@example.org\r\n"
            f"Message-ID: <m{n}@example.org>\r\nSubject: Tilmelding {n}\r\n\r\n"
            f"Jeg kommer til vinkel {n % 3 + 1}.\r\n").encode()


def deliver(user, count: int, **kwargs) -> list[int]:
    return [user.deliver(message(n), **kwargs) for n in range(1, count + 1)]


@pytest.fixture
def imap_commands(caplog):
    """The IMAP commands the client sent, as imapclient logs them (passwords redacted)."""
    caplog.set_level(logging.DEBUG, logger="imapclient")

    def sent() -> list[str]:
        # imaplib logs each command as "> b'TAG COMMAND ...'"
        lines = [r.getMessage() for r in caplog.records if r.name.startswith("imapclient")]
        return [line.split(" ", 2)[2] for line in lines if line.startswith("> b'")]

    return sent


# -- reading ------------------------------------------------------------------------


def test_fetch_new_gives_everything_in_batches_oldest_first(mail_user):
    when = dt.datetime(2017, 5, 20, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    uids = deliver(mail_user, 5, when=when)
    with Mailbox(mail_user.settings(batch_size=2)) as box:
        batches = list(box.fetch(box.new_uids(0)))
    assert [[f.uid for f in batch] for batch in batches] == [uids[:2], uids[2:4], uids[4:]]
    fetched = [f for batch in batches for f in batch]
    assert [f.raw for f in fetched] == [message(n) for n in range(1, 6)]
    assert all(f.internaldate == when and f.internaldate.utcoffset() is not None for f in fetched)


def test_fetch_new_starts_after_the_given_uid(mail_user):
    uids = deliver(mail_user, 4)
    with Mailbox(mail_user.settings()) as box:
        got = [f.uid for batch in box.fetch(box.new_uids(uids[1])) for f in batch]
    assert got == uids[2:]


def test_fetching_does_not_mark_messages_seen(mail_user):
    deliver(mail_user, 2)
    with Mailbox(mail_user.settings()) as box:
        assert sum(len(batch) for batch in box.fetch(box.new_uids(0))) == 2
    assert all(SEEN not in m.flags for m in mail_user.read())


@pytest.mark.parametrize("beyond", [0, 1, 50])
def test_nothing_new_when_after_uid_is_at_or_above_the_highest(mail_user, beyond):
    # "UID n:*" with n above the highest UID still matches the last message (RFC 3501).
    uids = deliver(mail_user, 3)
    with Mailbox(mail_user.settings()) as box:
        assert list(box.fetch(box.new_uids(uids[-1] + beyond))) == []


def test_empty_folder_fetches_nothing(mail_user):
    with Mailbox(mail_user.settings()) as box:
        assert list(box.fetch(box.new_uids(0))) == []
        assert box.all_uids() == []


def test_uidvalidity_change_is_visible_and_all_uids_lists_the_folder(mail_user):
    uids = deliver(mail_user, 3)
    with Mailbox(mail_user.settings()) as box:
        before = box.uidvalidity
    assert before == mail_user.uidvalidity()
    mail_user.set_uidvalidity(before + 1000)
    with Mailbox(mail_user.settings()) as box:
        assert box.uidvalidity == before + 1000
        assert box.all_uids() == uids


def test_a_configured_folder_other_than_inbox_is_read(mail_user):
    uid = mail_user.deliver(message(1), folder="Tilmelding")
    deliver(mail_user, 1)
    with Mailbox(mail_user.settings(folder="Tilmelding")) as box:
        assert [f.uid for batch in box.fetch(box.new_uids(0)) for f in batch] == [uid]


# -- putting away -------------------------------------------------------------------


def test_done_moves_to_the_processed_folder_and_creates_it(mail_user, imap_commands):
    uids = deliver(mail_user, 3)
    assert PROCESSED not in mail_user.folders()
    with Mailbox(mail_user.settings(processed_folder=PROCESSED)) as box:
        box.done(uids[:2])
    assert PROCESSED in mail_user.folders()
    assert [m.uid for m in mail_user.read()] == uids[2:]
    assert [m.raw for m in mail_user.read(PROCESSED)] == [message(1), message(2)]
    sent = imap_commands()
    assert any(c.startswith("UID MOVE") for c in sent)
    assert not any(c.startswith(("EXPUNGE", "CLOSE", "UID EXPUNGE")) for c in sent)


def test_done_with_copy_and_uid_expunge_removes_only_our_messages(dovecot, imap_commands):
    user = dovecot.add_user(offering("UIDPLUS"))  # a server without MOVE
    ours = deliver(user, 3)
    theirs = user.deliver(b"Subject: someone else's\r\n\r\nDeleted by another client.\r\n")
    user.flag([theirs], [DELETED])
    with Mailbox(user.settings(processed_folder=PROCESSED)) as box:
        box.done(ours[:2])
    inbox = {m.uid: m for m in user.read()}
    assert sorted(inbox) == [ours[2], theirs]
    assert DELETED in inbox[theirs].flags
    moved = user.read(PROCESSED)
    assert [m.raw for m in moved] == [message(1), message(2)]
    assert all(DELETED not in m.flags for m in moved)
    sent = imap_commands()
    assert any(c.startswith("UID COPY") for c in sent)
    assert any(c.startswith("UID EXPUNGE") for c in sent)
    assert not any(c.startswith(("UID MOVE", "EXPUNGE", "CLOSE")) for c in sent)


def test_done_without_move_or_uidplus_leaves_messages_seen(dovecot, caplog):
    user = dovecot.add_user(offering("IMAP4rev1"))
    ours = deliver(user, 2)
    theirs = user.deliver(b"Subject: other\r\n\r\nx\r\n")
    user.flag([theirs], [DELETED])
    with caplog.at_level(logging.WARNING, logger="pipeline.mailbox"):
        with Mailbox(user.settings(processed_folder=PROCESSED)) as box:
            box.done(ours)
    inbox = {m.uid: m for m in user.read()}
    assert sorted(inbox) == [*ours, theirs]
    assert all(SEEN in inbox[uid].flags for uid in ours)
    assert SEEN not in inbox[theirs].flags
    assert "neither MOVE nor UIDPLUS" in caplog.text


def test_done_without_processed_folder_sets_seen_and_keeps_messages(mail_user):
    uids = deliver(mail_user, 3)
    with Mailbox(mail_user.settings()) as box:
        box.done([uids[0], uids[2]])
    flags = {m.uid: m.flags for m in mail_user.read()}
    assert sorted(flags) == uids
    assert SEEN in flags[uids[0]] and SEEN in flags[uids[2]] and SEEN not in flags[uids[1]]


def test_done_into_an_existing_folder_and_in_several_batches(mail_user):
    mail_user.deliver(b"Subject: already there\r\n\r\nx\r\n", folder=PROCESSED)
    uids = deliver(mail_user, 5)
    with Mailbox(mail_user.settings(processed_folder=PROCESSED, batch_size=2)) as box:
        box.done(uids)
        box.done([])
    assert mail_user.read() == []
    assert len(mail_user.read(PROCESSED)) == 6


def test_append_returns_the_uid_the_server_gave(mail_user):
    with Mailbox(mail_user.settings()) as box:
        uid = box.append("INBOX", message(7), flags=[SEEN])
    [stored] = mail_user.read()
    assert stored.uid == uid and stored.raw == message(7) and SEEN in stored.flags


# -- failures -----------------------------------------------------------------------


def test_connection_refused_is_a_temporary_failure_naming_host_and_port(mail_user):
    settings = mail_user.settings()
    port = free_port()
    settings = type(settings)(**{**settings.__dict__, "port": port})
    with pytest.raises(TemporaryFailure) as caught:
        Mailbox(settings).open()
    failure = caught.value
    assert (failure.host, failure.port, failure.exit_code) == ("127.0.0.1", port, EX_TEMPFAIL)
    assert f"IMAP 127.0.0.1:{port}: connection refused" in str(failure)


def test_a_silent_server_times_out(mail_user):
    with socket.socket() as silent:  # accepts connections (backlog) but never greets
        silent.bind(("127.0.0.1", 0))
        silent.listen(5)
        port = silent.getsockname()[1]
        settings = mail_user.settings(timeout=0.5)
        settings = type(settings)(**{**settings.__dict__, "port": port})
        with pytest.raises(TemporaryFailure, match=r"no answer within 0\.5 s"):
            Mailbox(settings).open()


def test_wrong_password_is_a_configuration_error(mail_user, tmp_path):
    wrong = tmp_path / "wrong-password"
    wrong.write_text("not-the-password\n")
    with pytest.raises(ConfigError) as caught:
        Mailbox(mail_user.settings(password_file=wrong)).open()
    error = caught.value
    assert error.exit_code == EX_CONFIG
    assert error.key == "imap.username / imap.password_file"
    assert "AUTHENTICATIONFAILED" in str(error) and error.file.endswith("event.toml")
    assert "not-the-password" not in str(error)


def test_login_failing_inside_the_server_is_temporary(dovecot):
    # Dovecot answers NO [UNAVAILABLE], or just drops the connection: both are temporary.
    user = dovecot.add_user(UNAVAILABLE)
    with pytest.raises(TemporaryFailure,
                       match=r"\[UNAVAILABLE\]|connection lost during login") as caught:
        Mailbox(user.settings()).open()
    assert caught.value.exit_code == EX_TEMPFAIL


def test_connection_dropped_at_login_is_temporary_not_a_wrong_password(mail_user):
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)

        def greet_then_hang_up() -> None:
            conn, _ = listener.accept()
            with conn, conn.makefile("rb") as lines:
                conn.sendall(b"* OK ready\r\n")
                tag = lines.readline().split()[0]  # CAPABILITY
                conn.sendall(b"* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n" + tag + b" OK done\r\n")
                lines.readline()  # LOGIN: hang up instead of answering

        thread = threading.Thread(target=greet_then_hang_up)
        thread.start()
        settings = mail_user.settings()
        settings = type(settings)(**{**settings.__dict__, "port": listener.getsockname()[1]})
        with pytest.raises(TemporaryFailure, match="connection lost during login"):
            Mailbox(settings).open()
        thread.join(5)


def test_a_processed_folder_the_server_cannot_create_is_a_configuration_error(mail_user):
    uids = deliver(mail_user, 1)
    with Mailbox(mail_user.settings(processed_folder="Tilmeld/Done")) as box:
        with pytest.raises(ConfigError, match="cannot create") as caught:
            box.done(uids)
    assert caught.value.key == "imap.processed_folder"
    assert [m.uid for m in mail_user.read()] == uids


def test_missing_folder_is_a_configuration_error(mail_user):
    with pytest.raises(ConfigError) as caught:
        Mailbox(mail_user.settings(folder="Nowhere")).open()
    assert caught.value.key == "imap.folder"


def test_starttls_not_offered_is_refused_before_login(mail_user):
    # This Dovecot has ssl = no: continuing would send the password in plain text.
    with pytest.raises(ConfigError) as caught:
        Mailbox(mail_user.settings(security="starttls")).open()
    assert caught.value.key == "imap.security"


# -- TLS ----------------------------------------------------------------------------


@pytest.mark.parametrize("security", ["ssl", "starttls"])
def test_tls_with_the_right_ca_is_accepted(dovecot_tls, certificates, security):
    user = dovecot_tls.add_user()
    uid = user.deliver(message(1))
    with Mailbox(user.settings(security=security, ca_file=certificates.ca_file)) as box:
        assert [f.uid for batch in box.fetch(box.new_uids(0)) for f in batch] == [uid]


@pytest.mark.parametrize("security", ["ssl", "starttls"])
@pytest.mark.parametrize("trust", ["stranger", "system"])
def test_tls_with_an_unknown_certificate_is_refused(dovecot_tls, stranger_ca, security, trust):
    user = dovecot_tls.add_user()
    ca_file = stranger_ca if trust == "stranger" else None
    with pytest.raises(TemporaryFailure, match="TLS certificate refused") as caught:
        Mailbox(user.settings(security=security, ca_file=ca_file)).open()
    assert caught.value.port == (dovecot_tls.tls_port if security == "ssl" else dovecot_tls.port)


def test_unreadable_ca_file_is_a_configuration_error(dovecot_tls, tmp_path):
    user = dovecot_tls.add_user()
    with pytest.raises(ConfigError) as caught:
        Mailbox(user.settings(security="ssl", ca_file=tmp_path / "missing.pem")).open()
    assert caught.value.key == "imap.ca_file"
