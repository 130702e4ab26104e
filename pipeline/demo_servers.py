"""In-process IMAP and SMTP servers on 127.0.0.1 for `tilmeld demo`.

The demo talks to them through the same Mailbox and Sender as production, so what it
shows is what a real run does. IMAP is pymap's in-memory backend in an asyncio loop of its
own thread; SMTP is aiosmtpd, which keeps what it receives in `DemoServers.received`.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import logging
import secrets
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from . import config

HOST = "127.0.0.1"
USERNAME = "tilmelding"
PROCESSED_FOLDER = "Behandlet"


@dataclass(frozen=True)
class Received:
    mail_from: str
    rcpt_tos: tuple[str, ...]
    raw: bytes


@dataclass
class DemoServers:
    imap_port: int
    smtp_port: int
    password_file: Path
    host: str = HOST
    username: str = USERNAME
    received: list[Received] = field(default_factory=list)

    def config_toml(self) -> str:
        """The [imap] and [smtp] sections of a config file that points at these servers."""
        q = json.dumps  # a JSON string is a valid TOML basic string
        return "\n".join([
            "[imap]",
            f"host = {q(self.host)}", f"port = {self.imap_port}", 'security = "none"',
            f"username = {q(self.username)}", f"password_file = {q(str(self.password_file))}",
            f"processed_folder = {q(PROCESSED_FOLDER)}",
            "",
            "[smtp]",
            f"host = {q(self.host)}", f"port = {self.smtp_port}", 'security = "none"',
            "",
        ])

    def imap_settings(self, config_file: Path) -> config.Imap:
        return config.Imap(
            section="imap", host=self.host, port=self.imap_port, security="none",
            username=self.username, password_env=None, password_file=self.password_file,
            timeout=10.0, ca_file=None, config_file=config_file,
            processed_folder=PROCESSED_FOLDER,
        )

    def smtp_settings(self, config_file: Path) -> config.Server:
        return config.Server(
            section="smtp", host=self.host, port=self.smtp_port, security="none",
            username=None, password_env=None, password_file=None, timeout=10.0, ca_file=None,
            config_file=config_file,
        )

    def deliver(self, raw: bytes, when: dt.datetime | None = None) -> int | None:
        """Put a message in the INBOX, as if it had arrived at `when`."""
        from .mailbox import Mailbox

        with Mailbox(self.imap_settings(self.password_file.parent / "demo.toml")) as box:
            return box.append("INBOX", raw, when=when)


@contextmanager
def demo_servers(workdir: Path) -> Iterator[DemoServers]:
    """Start both servers; the IMAP password is written to a file in `workdir`."""
    # aiosmtpd logs every envelope address at INFO; the demo prints its own account.
    logging.getLogger("mail.log").setLevel(logging.WARNING)
    password = secrets.token_urlsafe(12)
    password_file = workdir / "imap-password"
    password_file.write_text(password + "\n")
    password_file.chmod(0o600)
    imap = _ImapThread(USERNAME, password)
    imap.start()
    try:
        servers = DemoServers(imap_port=imap.port, smtp_port=0, password_file=password_file)
        smtp = _smtp_controller(servers.received)
        smtp.start()
        try:
            servers.smtp_port = smtp.port
            yield servers
        finally:
            smtp.stop()
    finally:
        imap.stop()


class Collector:
    """An aiosmtpd handler that accepts everything and keeps it in `received`."""

    def __init__(self, received: list[Received]) -> None:
        self.received = received

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's hook name
        raw = envelope.original_content or envelope.content
        self.received.append(Received(envelope.mail_from, tuple(envelope.rcpt_tos), raw))
        return "250 Message accepted"


def _smtp_controller(received: list[Received]):
    from aiosmtpd.controller import Controller

    # port=0 would defeat the controller's own readiness check, so ask for a free port.
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        port = probe.getsockname()[1]
    return Controller(Collector(received), hostname=HOST, port=port,
                      server_hostname="demo.invalid", enable_SMTPUTF8=True)


class _ImapThread:
    """pymap's in-memory IMAP server, in an asyncio loop on a thread of its own."""

    def __init__(self, username: str, password: str) -> None:
        self.username = username
        self.password = password
        self.port = 0
        self._ready = threading.Event()
        self._error: BaseException | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._thread = threading.Thread(target=self._run, name="demo-imap", daemon=True)

    def start(self) -> None:
        self._thread.start()
        if not self._ready.wait(30):
            raise RuntimeError("the demo IMAP server did not start within 30 s")
        if self._error:
            raise RuntimeError(f"the demo IMAP server did not start: {self._error}")

    def stop(self) -> None:
        if self._loop and self._stop:
            self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(10)

    def _run(self) -> None:
        try:
            asyncio.run(self._serve())
        except BaseException as exc:  # noqa: BLE001 - reported to start() by the event
            self._error = exc
            self._ready.set()

    async def _serve(self) -> None:
        from proxyprotocol.reader import ProxyProtocolReader
        from pymap.backend.dict import Config, Login
        from pymap.imap import IMAPServer
        from pymap.user import Passwords, UserMetadata
        from pysasl.hashing import BuiltinHash

        class DemoConfig(Config):
            @property
            def greeting(self) -> bytes:
                return b"tilmeld demo IMAP ready"  # pymap's own asks DNS for our name

        # pymap is built to be started from its command line; these are its options.
        args = argparse.Namespace(
            host=HOST, port=0, debug=False, cert=None, key=None, tls=False, passlib_cfg=None,
            proxy_protocol=None, inherited_sockets=None,
            demo_data=False, demo_user=self.username, demo_password=self.password,
        )
        # A throwaway password on 127.0.0.1: 500,000 PBKDF2 rounds would cost ~0.3 s a login.
        imap_config = DemoConfig.from_args(args, reject_dnsbl=False, invalid_user_sleep=0.0,
                                           hash_context=BuiltinHash(rounds=1000))
        imap_config.apply_context()
        login = Login(imap_config)
        hashed = await Passwords(imap_config).hash_password(self.password)
        await login.demo_user_identity.set(UserMetadata(imap_config, self.username, password=hashed))
        handler = ProxyProtocolReader(imap_config.proxy_protocol).get_callback(
            IMAPServer(login, imap_config))
        server = await asyncio.start_server(handler, HOST, 0)
        self.port = server.sockets[0].getsockname()[1]
        self._loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        self._ready.set()
        async with server:
            await self._stop.wait()
