"""The demo's in-process servers carry the production Mailbox and Sender."""

from __future__ import annotations

import datetime as dt
import tomllib

import pytest

from pipeline.demo_servers import PROCESSED_FOLDER, demo_servers
from pipeline.errors import ConfigError
from pipeline.mailbox import Mailbox
from pipeline.smtp import Sender

pytestmark = pytest.mark.integration

MESSAGE = (b"From: Anne <anne@example.org>\r\nTo: tilmelding@example.org\r\n"
           b"Subject: Tilmelding\r\nMessage-ID: <a1@example.org>\r\n\r\n"
           b"Jeg kommer til vinkel 2 og spiser med.\r\n")


@pytest.fixture
def servers(tmp_path):
    with demo_servers(tmp_path) as running:
        yield running


def test_mailbox_fetches_and_puts_away_on_the_demo_imap_server(servers, tmp_path):
    when = dt.datetime(2017, 5, 22, 8, 15, tzinfo=dt.timezone.utc)
    first = servers.deliver(MESSAGE, when=when)
    second = servers.deliver(MESSAGE.replace(b"a1@", b"a2@"))
    settings = servers.imap_settings(tmp_path / "demo.toml")
    with Mailbox(settings) as box:
        fetched = [f for batch in box.fetch(box.new_uids(0)) for f in batch]
        assert [f.uid for f in fetched] == [first, second]
        assert fetched[0].raw == MESSAGE and fetched[0].internaldate == when
        assert list(box.fetch(box.new_uids(second))) == []
        box.done([first])
        assert box.all_uids() == [second]
    with Mailbox(settings) as box:
        assert box.all_uids() == [second]
        assert box.client.folder_exists(PROCESSED_FOLDER)
        box.client.select_folder(PROCESSED_FOLDER, readonly=True)
        assert len(box.client.search(["ALL"])) == 1


def test_sender_delivers_to_the_demo_smtp_server(servers, tmp_path):
    with Sender(servers.smtp_settings(tmp_path / "demo.toml"), local_hostname="demo") as sender:
        sender.send(MESSAGE, "tilmelding@example.org", ["anne@example.org"])
    [got] = servers.received
    assert got.rcpt_tos == ("anne@example.org",)
    assert got.raw.rstrip(b"\r\n") == MESSAGE.rstrip(b"\r\n")


def test_config_toml_points_at_the_servers(servers):
    sections = tomllib.loads(servers.config_toml())
    assert sections["imap"]["port"] == servers.imap_port
    assert sections["smtp"]["port"] == servers.smtp_port
    assert sections["imap"]["processed_folder"] == PROCESSED_FOLDER


def test_wrong_password_is_refused_by_the_demo_imap_server(servers, tmp_path):
    wrong = tmp_path / "wrong"
    wrong.write_text("nope\n")
    settings = servers.imap_settings(tmp_path / "demo.toml")
    settings = type(settings)(**{**settings.__dict__, "password_file": wrong})
    with pytest.raises(ConfigError):
        Mailbox(settings).open()
