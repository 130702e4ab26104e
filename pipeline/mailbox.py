"""The IMAP edge: read new messages by UID without marking them, and put away handled ones.

Messages are only fetched with BODY.PEEK[], so a crash before the database commit leaves
the mailbox as it was. Handled messages leave the folder only after that commit (`done`).
Nothing here ever expunges the whole mailbox: no EXPUNGE, no CLOSE; only UID EXPUNGE of
the UIDs we copied ourselves, so a message someone else marked \\Deleted stays.
"""

from __future__ import annotations

import datetime as dt
import imaplib
import logging
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from imapclient import IMAPClient
from imapclient.exceptions import LoginError

from . import config
from .connection import Session, tls_context, unreachable
from .errors import ConfigError, TemporaryFailure

log = logging.getLogger(__name__)

SEEN = rb"\Seen"
DELETED = rb"\Deleted"
_CODE = re.compile(rb"\[([A-Z-]+)")


@dataclass(frozen=True)
class Fetched:
    uid: int
    raw: bytes  # the whole message, or only its header block when `whole` is False
    internaldate: dt.datetime | None  # aware
    size: int = 0  # RFC822.SIZE: the whole message's size on the server
    whole: bool = True


class Mailbox(Session):
    """One IMAP session on the configured folder: connect, log in and select on entry."""

    def __init__(self, settings: config.Imap, *, clock_timeout: float | None = None) -> None:
        """`clock_timeout` overrides settings.timeout (seconds) for every call of this session."""
        self.settings = settings
        self.timeout = clock_timeout or settings.timeout
        self.uidvalidity = 0
        self._client: IMAPClient | None = None

    # -- session -------------------------------------------------------------------

    def open(self) -> None:
        s = self.settings
        with self._errors("connect"):
            client = IMAPClient(
                s.host, s.port, ssl=s.security == "ssl",
                ssl_context=tls_context(s) if s.security == "ssl" else None,
                timeout=self.timeout,
            )
        self._client = client
        # Aware datetimes straight from the server's INTERNALDATE, not local guesses.
        client.normalise_times = False
        try:
            if s.security == "starttls":
                self._starttls(client)
            self._login(client)
            self._select(client)
        except BaseException:
            self.close()
            raise
        log.debug("IMAP %s:%s: %s selected, UIDVALIDITY %s", s.host, s.port, s.folder,
                  self.uidvalidity)

    def close(self) -> None:
        # LOGOUT only: CLOSE would expunge every \Deleted message in the folder.
        client, self._client = self._client, None
        if client is None:
            return
        try:
            client.logout()
        except (OSError, imaplib.IMAP4.error):
            try:
                client.shutdown()
            except OSError:
                pass

    def _starttls(self, client: IMAPClient) -> None:
        s = self.settings
        with self._errors("STARTTLS"):
            offered = client.has_capability("STARTTLS")
            if offered:
                client.starttls(tls_context(s))
        if not offered:
            # Going on in plain text would send the password in the clear.
            raise ConfigError(s.config_file, "imap.security",
                              f"{s.host}:{s.port} does not offer STARTTLS; "
                              "use \"ssl\" (port 993) if the server has it")

    def _login(self, client: IMAPClient) -> None:
        s = self.settings
        if not s.username:
            raise ConfigError(s.config_file, "imap.username", "is required to log in")
        password = s.password()
        if password is None:
            raise ConfigError(s.config_file, "imap.password_env",
                              "give imap.password_env or imap.password_file")
        try:
            with self._errors("login"):
                client.login(s.username, password)
        except LoginError as exc:
            raise self._login_refused(exc) from None

    def _login_refused(self, exc: LoginError) -> ConfigError | TemporaryFailure:
        s = self.settings
        # imapclient turns every failure during LOGIN into LoginError, a dropped
        # connection too (Dovecot does that on some internal failures).
        if isinstance(exc.__context__, imaplib.IMAP4.abort):
            return TemporaryFailure("IMAP", s.host, s.port,
                                    f"connection lost during login ({_text(exc.__context__)})")
        text = exc.args[0] if exc.args else b""
        text = text if isinstance(text, bytes) else str(text).encode()
        code = m.group(1).decode() if (m := _CODE.search(text)) else None
        if code in (None, "AUTHENTICATIONFAILED", "AUTHORIZATIONFAILED", "EXPIRED",
                    "PRIVACYREQUIRED", "CONTACTADMIN"):
            source = "imap.password_file" if s.password_file else "imap.password_env"
            return ConfigError(s.config_file, f"imap.username / {source}",
                               f"{s.host}:{s.port} refused the login"
                               + (f" [{code}]" if code else ""))
        # UNAVAILABLE, SERVERBUG, LIMIT ...: the server's trouble, worth another try later.
        return TemporaryFailure("IMAP", s.host, s.port, f"login refused for now [{code}]")

    def _select(self, client: IMAPClient) -> None:
        s = self.settings
        with self._errors("SELECT"):
            exists = client.folder_exists(s.folder)
            if exists:
                info = client.select_folder(s.folder)
        if not exists:
            raise ConfigError(s.config_file, "imap.folder", f"no folder {s.folder!r} on {s.host}")
        self.uidvalidity = int(info[b"UIDVALIDITY"])

    @property
    def client(self) -> IMAPClient:
        if self._client is None:
            raise RuntimeError("Mailbox is not open; use it as a context manager")
        return self._client

    @contextmanager
    def _errors(self, stage: str) -> Iterator[None]:
        """Turn network and protocol trouble into TemporaryFailure naming host and port."""
        s = self.settings
        try:
            yield
        except LoginError:
            raise
        except OSError as exc:
            raise unreachable(s, exc, self.timeout) from None
        except imaplib.IMAP4.abort as exc:
            raise TemporaryFailure("IMAP", s.host, s.port,
                                   f"{stage}: connection lost ({_text(exc)})") from None
        except imaplib.IMAP4.error as exc:
            raise TemporaryFailure("IMAP", s.host, s.port,
                                   f"{stage}: server said {_text(exc)}") from None

    # -- reading -------------------------------------------------------------------

    def new_uids(self, after_uid: int) -> list[int]:
        """The UIDs above `after_uid`, in order."""
        with self._errors("UID SEARCH"):
            found = self.client.search(["UID", f"{after_uid + 1}:*"])
        # "n:*" always matches the highest UID, even when it is below n (RFC 3501 6.4.8).
        uids = sorted(uid for uid in found if uid > after_uid)
        log.info("IMAP %s: %d new message(s)", self.settings.folder, len(uids))
        return uids

    def fetch(self, uids: Sequence[int], max_bytes: int | None = None) -> Iterator[list[Fetched]]:
        """The messages of `uids` still there, in that order, in batches of at most
        `batch_size` messages and `max_bytes` bytes.

        Sizes are asked first, so a message over `max_bytes` is never read into memory:
        it comes alone, as its header block only (`whole` False), for a person to review.
        """
        for chunk in _chunks(uids, self.settings.batch_size):
            with self._errors("UID FETCH"):
                sizes = self.client.fetch(chunk, ["RFC822.SIZE"])
            # A UID missing from an answer was expunged meanwhile by someone else.
            present = [(uid, int(sizes[uid][b"RFC822.SIZE"])) for uid in chunk
                       if b"RFC822.SIZE" in sizes.get(uid, {})]
            for group, whole in _groups(present, max_bytes):
                if group:
                    yield self._fetch(group, whole)

    def _fetch(self, sized: list[tuple[int, int]], whole: bool) -> list[Fetched]:
        part = b"BODY[]" if whole else b"BODY[HEADER]"
        with self._errors("UID FETCH"):
            data = self.client.fetch([uid for uid, _ in sized],
                                     ["BODY.PEEK[]" if whole else "BODY.PEEK[HEADER]",
                                      "INTERNALDATE"])
        return [
            Fetched(uid, data[uid][part], _aware(data[uid].get(b"INTERNALDATE")), size, whole)
            for uid, size in sized
            if uid in data and part in data[uid]
        ]

    def has_folder(self, name: str) -> bool:
        with self._errors("LIST"):
            return bool(self.client.folder_exists(name))

    def all_uids(self) -> list[int]:
        with self._errors("UID SEARCH"):
            return sorted(self.client.search(["ALL"]))

    # -- putting away ------------------------------------------------------------------

    def done(self, uids: Sequence[int]) -> None:
        """Put handled messages away: move them to processed_folder, or mark them \\Seen."""
        uids = sorted(set(uids))
        if not uids:
            return
        target = self.settings.processed_folder
        client = self.client
        with self._errors("putting messages away"):
            if target is None:
                for batch in _chunks(uids, self.settings.batch_size):
                    client.add_flags(batch, [SEEN], silent=True)
                return
            self._ensure_folder(target)
            if client.has_capability("MOVE"):
                for batch in _chunks(uids, self.settings.batch_size):
                    client.move(batch, target)
            elif client.has_capability("UIDPLUS"):
                for batch in _chunks(uids, self.settings.batch_size):
                    client.copy(batch, target)
                    client.add_flags(batch, [DELETED], silent=True)
                    client.uid_expunge(batch)
            else:
                # Without UID EXPUNGE the only way out would expunge other people's
                # \Deleted messages too; leaving ours \Seen is the safe choice.
                log.warning("IMAP %s offers neither MOVE nor UIDPLUS: handled messages stay in "
                            "%s, marked \\Seen", self.settings.host, self.settings.folder)
                for batch in _chunks(uids, self.settings.batch_size):
                    client.add_flags(batch, [SEEN], silent=True)
        log.debug("IMAP: %d message(s) put away", len(uids))

    def _ensure_folder(self, name: str) -> None:
        client = self.client
        if client.folder_exists(name):
            return
        try:
            client.create_folder(name)
        except imaplib.IMAP4.error as exc:
            # Another tick may have created it a moment ago.
            if client.folder_exists(name):
                return
            code = m.group(1).decode() if (m := _CODE.search(_text(exc).encode())) else None
            if code in ("CANNOT", "NOPERM", "LIMIT"):
                raise ConfigError(self.settings.config_file, "imap.processed_folder",
                                  f"the server cannot create {name!r}: {_text(exc)}") from None
            raise
        log.info("IMAP: created folder %s", name)
        try:
            client.subscribe_folder(name)
        except imaplib.IMAP4.error:
            pass  # only affects whether mail clients list it

    def append(self, folder: str, raw: bytes, flags: Sequence[bytes] = (),
               when: dt.datetime | None = None) -> int | None:
        """Store a message in `folder`; its UID when the server says (UIDPLUS)."""
        with self._errors("APPEND"):
            answer = self.client.append(folder, raw, flags=tuple(flags), msg_time=when)
        m = re.search(rb"\[APPENDUID \d+ (\d+)\]", answer or b"")
        return int(m.group(1)) if m else None


def _groups(sized: list[tuple[int, int]],
            max_bytes: int | None) -> Iterator[tuple[list[tuple[int, int]], bool]]:
    """Consecutive runs of (uid, size) of at most `max_bytes` together, in UID order (the
    cursor moves past a whole batch); a message over it alone, to be read as headers."""
    group: list[tuple[int, int]] = []
    total = 0
    for uid, size in sized:
        if max_bytes is not None and size > max_bytes:
            yield group, True
            yield [(uid, size)], False
            group, total = [], 0
            continue
        if group and max_bytes is not None and total + size > max_bytes:
            yield group, True
            group, total = [], 0
        group.append((uid, size))
        total += size
    yield group, True


def _chunks(items: Sequence[int], size: int) -> Iterator[list[int]]:
    for start in range(0, len(items), size):
        yield list(items[start:start + size])


def _aware(value: dt.datetime | None) -> dt.datetime | None:
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=dt.timezone.utc)


def _text(exc: BaseException) -> str:
    arg = exc.args[0] if exc.args else ""
    text = arg.decode("utf-8", "replace") if isinstance(arg, bytes) else str(arg)
    return text[:200]
