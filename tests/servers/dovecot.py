"""A real Dovecot IMAP server (Debian's dovecot-imapd) in a temporary folder on 127.0.0.1.

No system configuration is read: base_dir, state, log and the users' maildirs all live in
the instance's own folder. Started as root, imap-login runs as `dovenull` and mail is
owned by `dovecot`, as on a real installation. Users are lines in a passwd-file, added
while the server runs, so each test can have a fresh, empty mailbox.
"""

from __future__ import annotations

import datetime as dt
import grp
import os
import pwd
import secrets
import shutil
import signal
import subprocess
import tempfile
import textwrap
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from imapclient import IMAPClient

from pipeline import config

from . import ServerUnavailable, free_port, wait_for_port
from .tls import Certificates

INSTALL_HINT = "install it with `apt-get install dovecot-imapd` (or run tests/ensure-servers as root)"


# The password is right but the account's mail user does not exist: Dovecot then refuses
# the login with NO [UNAVAILABLE], as it does when its user database is down.
UNAVAILABLE = "userdb_uid=no-such-os-user"


def offering(capability: str) -> str:
    """A passwd-file field replacing what IMAP offers the user after login (one word)."""
    return f"userdb_imap_capability={capability}"


@dataclass(frozen=True)
class Stored:
    """A message as it sits in a folder, read back without touching its flags."""

    uid: int
    flags: frozenset[bytes]
    raw: bytes


class Dovecot:
    def __init__(self, root: Path, certificates: Certificates | None = None) -> None:
        self.root = root
        self.certificates = certificates
        self.host = "127.0.0.1"
        self.port = 0       # plain IMAP, with STARTTLS when certificates are given
        self.tls_port = 0   # implicit TLS (imaps), only with certificates
        self.conf = root / "dovecot.conf"
        # One passwd-file per user: Dovecot re-reads a changed file at most once a second,
        # too slow for a user per test; a new file is read when first asked for.
        self.passwd = root / "passwd.d"
        self.log = root / "dovecot.log"
        self._users = 0
        self._binary = shutil.which("dovecot") or "/usr/sbin/dovecot"
        self._doveadm = shutil.which("doveadm") or "/usr/bin/doveadm"

    # -- life ------------------------------------------------------------------------

    def start(self) -> None:
        if not os.access(self._binary, os.X_OK) or not os.access(self._doveadm, os.X_OK):
            raise ServerUnavailable(f"Dovecot is not installed: {INSTALL_HINT}")
        login_user, mail_user = self._accounts()
        (self.root / "run").mkdir(mode=0o755)
        (self.root / "state").mkdir(mode=0o755)
        mail = self.root / "mail"
        mail.mkdir(mode=0o755)
        shutil.chown(mail, mail_user.pw_uid, mail_user.pw_gid)
        self.passwd.mkdir(mode=0o755)
        self.port = free_port()
        self.tls_port = free_port() if self.certificates else 0
        self.conf.write_text(self._config(login_user, mail_user))
        # The master daemonizes and keeps its stdio: a pipe here would never reach EOF.
        startup = self.root / "startup.err"
        with startup.open("w") as err:
            code = subprocess.run([self._binary, "-c", str(self.conf)], stdin=subprocess.DEVNULL,
                                  stdout=subprocess.DEVNULL, stderr=err, timeout=30).returncode
        if code != 0:
            raise ServerUnavailable(f"Dovecot did not start: {startup.read_text().strip()} "
                                    f"{self._log_tail()}")
        try:
            wait_for_port(self.port, what="Dovecot")
            if self.tls_port:
                wait_for_port(self.tls_port, what="Dovecot (imaps)")
        except ServerUnavailable as exc:
            self.stop()
            raise ServerUnavailable(f"{exc} {self._log_tail()}") from None

    def stop(self) -> None:
        pid_file = self.root / "run" / "master.pid"
        try:
            pid = int(pid_file.read_text().strip())
        except (OSError, ValueError):
            return
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            return
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                return
            time.sleep(0.05)
        os.kill(pid, signal.SIGKILL)

    def _accounts(self) -> tuple[pwd.struct_passwd, pwd.struct_passwd]:
        if os.geteuid() != 0:
            # Not root: every Dovecot process runs as us, like a developer's private instance.
            me = pwd.getpwuid(os.geteuid())
            return me, me
        try:
            return pwd.getpwnam("dovenull"), pwd.getpwnam("dovecot")
        except KeyError:
            raise ServerUnavailable(f"the dovenull/dovecot users are missing: {INSTALL_HINT}") from None

    def _config(self, login_user: pwd.struct_passwd, mail_user: pwd.struct_passwd) -> str:
        tls = ""
        if self.certificates:
            tls = textwrap.dedent(f"""\
                ssl = yes
                ssl_cert = <{self.certificates.cert_file}
                ssl_key = <{self.certificates.key_file}
                """)
        unprivileged = ""
        if os.geteuid() != 0:
            unprivileged = "service anvil {\n  chroot =\n}\nservice imap-login {\n  chroot =\n}\n"
        return textwrap.dedent(f"""\
            # Written by tests/servers/dovecot.py for one test run.
            instance_name = tilmeld-test-{self.port}
            base_dir = {self.root}/run
            state_dir = {self.root}/state
            log_path = {self.log}
            protocols = imap
            listen = {self.host}
            ssl = no
            disable_plaintext_auth = no
            auth_mechanisms = plain login
            auth_failure_delay = 0
            default_login_user = {login_user.pw_name}
            default_internal_user = {mail_user.pw_name}
            default_internal_group = {grp.getgrgid(mail_user.pw_gid).gr_name}
            first_valid_uid = 1
            first_valid_gid = 1
            mail_location = maildir:~/Maildir
            passdb {{
              driver = passwd-file
              args = scheme=PLAIN username_format=%u {self.passwd}/%u
            }}
            userdb {{
              driver = static
              args = uid={mail_user.pw_uid} gid={mail_user.pw_gid} home={self.root}/mail/%u
            }}
            service imap-login {{
              inet_listener imap {{
                port = {self.port}
              }}
              inet_listener imaps {{
                port = {self.tls_port}
              }}
            }}
            """) + tls + unprivileged

    def _log_tail(self) -> str:
        try:
            lines = self.log.read_text(errors="replace").splitlines()[-5:]
        except OSError:
            return ""
        return "(dovecot.log: " + " | ".join(lines) + ")"

    # -- users and tools -------------------------------------------------------------

    def add_user(self, *fields: str) -> MailUser:
        """A new user with an empty mailbox; `fields` are passwd-file extra fields such as
        offering("UIDPLUS") or UNAVAILABLE."""
        if any(" " in f for f in fields):
            raise ValueError("passwd-file extra fields cannot hold spaces")
        self._users += 1
        name = f"user{self._users}"
        password = secrets.token_hex(8)
        entry = self.passwd / name
        entry.write_text(f"{name}:{{PLAIN}}{password}::::::{' '.join(fields)}\n")
        entry.chmod(0o644)
        password_file = self.root / f"{name}.password"
        password_file.write_text(password + "\n")
        return MailUser(self, name, password, password_file)

    def doveadm(self, *args: str) -> str:
        result = subprocess.run([self._doveadm, "-c", str(self.conf), *args],
                                capture_output=True, text=True, timeout=30)
        if result.returncode != 0:
            raise RuntimeError(f"doveadm {' '.join(args)}: {result.stderr.strip()}")
        return result.stdout


@dataclass(frozen=True)
class MailUser:
    server: Dovecot
    name: str
    password: str
    password_file: Path

    def settings(self, *, security: str = "none", processed_folder: str | None = None,
                 folder: str = "INBOX", batch_size: int = 200, ca_file: Path | None = None,
                 password_file: Path | None = None, timeout: float = 10.0) -> config.Imap:
        """The [imap] settings a config file would give for this user."""
        server = self.server
        return config.Imap(
            section="imap", host=server.host,
            port=server.tls_port if security == "ssl" else server.port,
            security=security, username=self.name, password_env=None,
            password_file=password_file or self.password_file, timeout=timeout,
            ca_file=ca_file, config_file=server.root / "event.toml",
            folder=folder, processed_folder=processed_folder, batch_size=batch_size,
        )

    @contextmanager
    def client(self) -> Iterator[IMAPClient]:
        """A logged-in imapclient session, for setting up and inspecting, not under test."""
        with IMAPClient(self.server.host, self.server.port, ssl=False, timeout=10) as imap:
            imap.login(self.name, self.password)
            yield imap

    def deliver(self, raw: bytes, folder: str = "INBOX", flags: Sequence[bytes] = (),
                when: dt.datetime | None = None) -> int:
        """APPEND a message, creating the folder if needed; returns its UID."""
        with self.client() as imap:
            if not imap.folder_exists(folder):
                imap.create_folder(folder)
            answer = imap.append(folder, raw, flags=tuple(flags), msg_time=when)
        return int(answer.split(b"APPENDUID ", 1)[1].split(b" ")[1].rstrip(b"]"))

    def read(self, folder: str = "INBOX") -> list[Stored]:
        """Every message in `folder`, by UID; EXAMINE so nothing is changed by looking."""
        with self.client() as imap:
            imap.select_folder(folder, readonly=True)
            uids = imap.search(["ALL"])
            data = imap.fetch(uids, ["FLAGS", "BODY.PEEK[]"]) if uids else {}
        return [Stored(uid, frozenset(d[b"FLAGS"]), d[b"BODY[]"]) for uid, d in sorted(data.items())]

    def folders(self) -> list[str]:
        with self.client() as imap:
            return sorted(name for _, _, name in imap.list_folders())

    def flag(self, uids: Sequence[int], flags: Sequence[bytes], folder: str = "INBOX") -> None:
        """Set flags as another mail client would."""
        with self.client() as imap:
            imap.select_folder(folder)
            imap.add_flags(list(uids), list(flags))

    def uidvalidity(self, folder: str = "INBOX") -> int:
        out = self.server.doveadm("-f", "flow", "mailbox", "status", "-u", self.name,
                                  "uidvalidity", folder)
        return int(out.split("uidvalidity=")[1].split()[0])

    def set_uidvalidity(self, value: int, folder: str = "INBOX") -> None:
        """What a server restore or migration does: every UID the client knew is void."""
        self.server.doveadm("mailbox", "update", "-u", self.name, "--uid-validity", str(value),
                            folder)


@contextmanager
def running(certificates: Certificates | None = None) -> Iterator[Dovecot]:
    # Not under pytest's tmp dir: that is private to root, and Dovecot's users must reach it.
    root = Path(tempfile.mkdtemp(prefix="tilmeld-dovecot-"))
    root.chmod(0o755)
    server = Dovecot(root, certificates)
    try:
        server.start()
        yield server
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)
