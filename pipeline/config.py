"""The event's TOML configuration, validated once at load into frozen settings.

Every problem is reported as a ConfigError naming the file and the dotted key, so
the coordinator can fix it without reading code. Secrets never live in the file:
the file names an environment variable (or a file) that holds them.
"""

from __future__ import annotations

import datetime as dt
import difflib
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .errors import ConfigError

DEFAULT_PATH = Path("config/event.toml")
ENV_CONFIG = "TILMELD_CONFIG"
# Lets one suite run against SQLite and PostgreSQL without a second config file.
ENV_DATABASE_URL = "TILMELD_DATABASE_URL"

SECURITY = ("ssl", "starttls", "none")
LANGUAGES = ("da", "en")


@dataclass(frozen=True)
class Workshop:
    id: int
    name: str
    aliases: tuple[str, ...] = ()
    capacity: int | None = None
    topics: tuple[str, ...] = ()  # beginnings of words for what it is about: "genbrug", "recycl"


@dataclass(frozen=True)
class Event:
    title: str
    organizer: str
    starts: dt.datetime  # aware, in `timezone`
    ends: dt.datetime
    timezone: ZoneInfo
    location: str
    deadline: dt.date  # last day to sign up, inclusive, local time
    signup_address: str
    coordinator: str
    language: str
    sender_name: str
    invitation_file: Path | None

    @property
    def domain(self) -> str:
        """Our mail domain: the right-hand side of the Message-IDs we create."""
        return self.signup_address.rpartition("@")[2]


@dataclass(frozen=True)
class Server:
    """An IMAP or SMTP server; the password is read only when a connection needs it."""

    section: str
    host: str
    port: int
    security: str
    username: str | None
    password_env: str | None
    password_file: Path | None
    timeout: float
    ca_file: Path | None
    config_file: Path = field(repr=False)

    def password(self) -> str | None:
        if self.password_env:
            value = os.environ.get(self.password_env)
            if value is None:
                raise ConfigError(
                    self.config_file,
                    f"{self.section}.password_env",
                    f"environment variable {self.password_env} is not set",
                )
            return value
        if self.password_file:
            try:
                return self.password_file.read_text(encoding="utf-8").strip()
            except OSError as exc:
                raise ConfigError(
                    self.config_file, f"{self.section}.password_file", exc.strerror or str(exc)
                ) from None
        return None


@dataclass(frozen=True)
class Imap(Server):
    folder: str = "INBOX"
    processed_folder: str | None = None
    batch_size: int = 200


@dataclass(frozen=True)
class Digest:
    send_at: dt.time = dt.time(7, 0)
    reminder_days_before: int | None = None  # None: no reminder to silent invitees


@dataclass(frozen=True)
class Replies:
    daily_cap: int = 5  # automatic answers per address per day, the loop breaker
    max_followups: int = 2
    holding_reply: bool = False  # a short "a person will answer" when a message goes to review


@dataclass(frozen=True)
class Limits:
    max_message_bytes: int = 10 * 1024 * 1024


@dataclass(frozen=True)
class Retention:
    raw_mail_days: int | None = None  # None: raw mail is kept until `tilmeld purge`


@dataclass(frozen=True)
class Settings:
    path: Path
    event: Event
    workshops: tuple[Workshop, ...]
    imap: Imap | None
    smtp: Server | None
    database_url: str
    digest: Digest
    replies: Replies
    limits: Limits
    retention: Retention
    log_file: Path | None

    def require_imap(self) -> Imap:
        if self.imap is None:
            raise ConfigError(self.path, "imap", "section is missing")
        return self.imap

    def require_smtp(self) -> Server:
        if self.smtp is None:
            raise ConfigError(self.path, "smtp", "section is missing")
        return self.smtp

    def workshop(self, workshop_id: int | None) -> Workshop | None:
        return next((w for w in self.workshops if w.id == workshop_id), None)


def resolve_path(explicit: str | os.PathLike[str] | None) -> Path:
    """--config, then $TILMELD_CONFIG, then config/event.toml."""
    if explicit:
        return Path(explicit)
    if os.environ.get(ENV_CONFIG):
        return Path(os.environ[ENV_CONFIG])
    return DEFAULT_PATH


def load(path: str | os.PathLike[str] | None = None) -> Settings:
    file = resolve_path(path)
    try:
        data = tomllib.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(file, "-", "file not found (use --config or $TILMELD_CONFIG)") from None
    except OSError as exc:
        raise ConfigError(file, "-", exc.strerror or str(exc)) from None
    except UnicodeDecodeError:
        raise ConfigError(file, "-", "not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(file, "-", f"not valid TOML: {exc}") from None
    return _Reader(file).settings(data)


class _Reader:
    """Walks the parsed TOML, checking each key against what it may hold."""

    def __init__(self, file: Path) -> None:
        self.file = file
        self.base = file.resolve().parent

    def fail(self, key: str, problem: str) -> ConfigError:
        return ConfigError(self.file, key, problem)

    # -- tables -----------------------------------------------------------------

    def table(self, data: dict[str, Any], key: str, known: set[str], required: bool) -> dict | None:
        value = data.get(key)
        if value is None:
            if required:
                raise self.fail(key, "section is missing")
            return None
        if not isinstance(value, dict):
            raise self.fail(key, "must be a table, like [" + key + "]")
        self.no_unknown(value, known, key + ".")
        return value

    def no_unknown(self, table: dict[str, Any], known: set[str], prefix: str) -> None:
        for key in table:
            if key not in known:
                close = difflib.get_close_matches(key, sorted(known), n=1)
                hint = f" (did you mean {prefix}{close[0]}?)" if close else ""
                raise self.fail(prefix + key, "unknown key" + hint)

    # -- scalars ----------------------------------------------------------------

    def get(
        self,
        table: dict[str, Any],
        prefix: str,
        key: str,
        kind: type | tuple[type, ...],
        default: Any = ...,
        check: Callable[[Any], str | None] | None = None,
    ) -> Any:
        name = prefix + key
        if key not in table:
            if default is ...:
                raise self.fail(name, "is required")
            return default
        value = table[key]
        # TOML booleans are ints to Python; a boolean is never a valid number here.
        if isinstance(value, bool) and kind is not bool:
            raise self.fail(name, f"must be {_kind_name(kind)}, not true/false")
        if not isinstance(value, kind):
            raise self.fail(name, f"must be {_kind_name(kind)}, got {value!r}")
        if isinstance(value, str) and not value.strip() and default is ...:
            raise self.fail(name, "must not be empty")
        if check and (problem := check(value)):
            raise self.fail(name, problem)
        return value

    def path(self, table: dict[str, Any], prefix: str, key: str) -> Path | None:
        value = self.get(table, prefix, key, str, None)
        return (self.base / value) if value else None

    # -- sections ---------------------------------------------------------------

    def settings(self, data: dict[str, Any]) -> Settings:
        self.no_unknown(
            data,
            {"event", "workshops", "imap", "smtp", "database", "digest", "replies", "limits",
             "retention", "logging"},
            "",
        )
        event = self.event(data)
        database = self.table(data, "database", {"url"}, required=False) or {}
        logging_ = self.table(data, "logging", {"file"}, required=False) or {}
        return Settings(
            path=self.file,
            event=event,
            workshops=self.workshops(data),
            imap=self.imap(data),
            smtp=self.server(data, "smtp", {"ssl": 465, "starttls": 587, "none": 25}, "starttls"),
            database_url=self.database_url(database),
            digest=self.digest(data),
            replies=self.replies(data),
            limits=self.limits(data),
            retention=self.retention(data),
            log_file=self.path(logging_, "logging.", "file"),
        )

    def event(self, data: dict[str, Any]) -> Event:
        t = self.table(
            data, "event",
            {"title", "organizer", "starts", "ends", "timezone", "location", "deadline",
             "signup_address", "coordinator", "language", "invitation_file", "sender_name"},
            required=True,
        )
        assert t is not None
        p = "event."
        zone_name = self.get(t, p, "timezone", str)
        try:
            zone = ZoneInfo(zone_name)
        except (ZoneInfoNotFoundError, ValueError):
            raise self.fail(p + "timezone", f"unknown time zone {zone_name!r}") from None
        starts = self.local_datetime(t, p, "starts", zone)
        ends = self.local_datetime(t, p, "ends", zone)
        if ends <= starts:
            raise self.fail(p + "ends", "must be after event.starts")
        deadline = self.get(t, p, "deadline", dt.date)
        if isinstance(deadline, dt.datetime):
            raise self.fail(p + "deadline", "must be a date such as 2017-06-09, without a time")
        if deadline > starts.date():
            raise self.fail(p + "deadline", "must not be after the event starts")
        organizer = self.get(t, p, "organizer", str)
        return Event(
            title=self.get(t, p, "title", str),
            organizer=organizer,
            starts=starts,
            ends=ends,
            timezone=zone,
            location=self.get(t, p, "location", str),
            deadline=deadline,
            signup_address=self.get(t, p, "signup_address", str, check=_address_problem).lower(),
            coordinator=self.get(t, p, "coordinator", str, check=_address_problem),
            language=self.get(t, p, "language", str, "da", check=_language_problem),
            sender_name=self.get(t, p, "sender_name", str, organizer, check=_header_problem),
            invitation_file=self.path(t, p, "invitation_file"),
        )

    def local_datetime(self, t: dict, prefix: str, key: str, zone: ZoneInfo) -> dt.datetime:
        value = self.get(t, prefix, key, dt.datetime)
        if value.tzinfo is None:
            return value.replace(tzinfo=zone)
        return value.astimezone(zone)

    def workshops(self, data: dict[str, Any]) -> tuple[Workshop, ...]:
        items = data.get("workshops")
        if not items:
            raise self.fail("workshops", "at least one [[workshops]] entry is required")
        if not isinstance(items, list):
            raise self.fail("workshops", "must be written as [[workshops]] entries")
        result: list[Workshop] = []
        for n, item in enumerate(items):
            p = f"workshops[{n}]."
            if not isinstance(item, dict):
                raise self.fail(p.rstrip("."), "must be a table")
            self.no_unknown(item, {"id", "name", "aliases", "capacity", "topics"}, p)
            wid = self.get(item, p, "id", int, check=lambda v: None if v > 0 else "must be 1 or more")
            if any(w.id == wid for w in result):
                raise self.fail(p + "id", f"{wid} is used by another workshop")
            aliases = self.get(item, p, "aliases", list, [])
            if not all(isinstance(a, str) and a.strip() for a in aliases):
                raise self.fail(p + "aliases", "must be a list of non-empty strings")
            topics = self.get(item, p, "topics", list, [])
            if not all(isinstance(t, str) and len(t.strip()) >= 3 and " " not in t.strip() for t in topics):
                raise self.fail(p + "topics", "must be a list of single words of 3 letters or more")
            capacity = self.get(
                item, p, "capacity", int, None,
                check=lambda v: None if v > 0 else "must be 1 or more (leave it out for no limit)",
            )
            result.append(Workshop(wid, self.get(item, p, "name", str), tuple(aliases), capacity, tuple(topics)))
        return tuple(result)

    def server(
        self, data: dict[str, Any], section: str, ports: dict[str, int], default_security: str,
        extra: frozenset[str] = frozenset(),
    ) -> Server | None:
        keys = {"host", "port", "security", "username", "password_env", "password_file",
                "timeout", "ca_file"} | set(extra)
        t = self.table(data, section, keys, required=False)
        if t is None:
            return None
        p = section + "."
        security = self.get(t, p, "security", str, default_security,
                            check=lambda v: None if v in SECURITY else "must be one of " + ", ".join(SECURITY))
        if "password_env" in t and "password_file" in t:
            raise self.fail(p + "password_file", "give password_env or password_file, not both")
        return Server(
            section=section,
            host=self.get(t, p, "host", str),
            port=self.get(t, p, "port", int, ports[security], check=_port_problem),
            security=security,
            username=self.get(t, p, "username", str, None),
            password_env=self.get(t, p, "password_env", str, None),
            password_file=self.path(t, p, "password_file"),
            timeout=float(self.get(t, p, "timeout", (int, float), 60,
                                   check=lambda v: None if v > 0 else "must be more than 0")),
            ca_file=self.path(t, p, "ca_file"),
            config_file=self.file,
        )

    def imap(self, data: dict[str, Any]) -> Imap | None:
        extra = frozenset({"folder", "processed_folder", "batch_size"})
        base = self.server(data, "imap", {"ssl": 993, "starttls": 143, "none": 143}, "ssl", extra)
        if base is None:
            return None
        t, p = data["imap"], "imap."
        folder = self.get(t, p, "folder", str, "INBOX")
        processed = self.get(t, p, "processed_folder", str, None) or None
        if processed == folder:
            raise self.fail(p + "processed_folder", "must differ from imap.folder")
        return Imap(
            **{f: getattr(base, f) for f in base.__dataclass_fields__},
            folder=folder,
            processed_folder=processed,
            batch_size=self.get(t, p, "batch_size", int, 200,
                                check=lambda v: None if 1 <= v <= 5000 else "must be 1 to 5000"),
        )

    def database_url(self, t: dict[str, Any]) -> str:
        url = os.environ.get(ENV_DATABASE_URL) or self.get(t, "database.", "url", str, "")
        if not url:
            url = "sqlite:///tilmeld.sqlite3"
        if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
            db_path = Path(url.removeprefix("sqlite:///"))
            if not db_path.is_absolute():
                url = "sqlite:///" + str(self.base / db_path)
        elif "://" not in url:
            raise self.fail("database.url", f"not a database URL: {url!r}")
        return url

    def digest(self, data: dict[str, Any]) -> Digest:
        t = self.table(data, "digest", {"send_at", "reminder_days_before"}, required=False) or {}
        p = "digest."
        raw = self.get(t, p, "send_at", str, "07:00")
        try:
            hour, minute = (int(x) for x in raw.split(":"))
            send_at = dt.time(hour, minute)
        except ValueError:
            raise self.fail(p + "send_at", f"must be a time like \"07:00\", got {raw!r}") from None
        days = self.get(t, p, "reminder_days_before", int, None,
                        check=lambda v: None if v >= 1 else "must be 1 or more (leave it out for none)")
        return Digest(send_at=send_at, reminder_days_before=days)

    def replies(self, data: dict[str, Any]) -> Replies:
        t = self.table(data, "replies", {"daily_cap", "max_followups", "holding_reply"}, required=False) or {}
        p = "replies."
        return Replies(
            daily_cap=self.get(t, p, "daily_cap", int, 5, check=lambda v: None if v >= 1 else "must be 1 or more"),
            max_followups=self.get(t, p, "max_followups", int, 2,
                                   check=lambda v: None if v >= 0 else "must be 0 or more"),
            holding_reply=self.get(t, p, "holding_reply", bool, False),
        )

    def limits(self, data: dict[str, Any]) -> Limits:
        t = self.table(data, "limits", {"max_message_bytes"}, required=False) or {}
        return Limits(max_message_bytes=self.get(
            t, "limits.", "max_message_bytes", int, Limits.max_message_bytes,
            check=lambda v: None if v >= 1024 else "must be at least 1024"))

    def retention(self, data: dict[str, Any]) -> Retention:
        t = self.table(data, "retention", {"raw_mail_days"}, required=False) or {}
        return Retention(raw_mail_days=self.get(
            t, "retention.", "raw_mail_days", int, None,
            check=lambda v: None if v >= 1 else "must be 1 or more (leave it out to keep raw mail)"))


def _kind_name(kind: type | tuple[type, ...]) -> str:
    names = {str: "a string", int: "a whole number", float: "a number", bool: "true or false",
             list: "a list", dt.date: "a date", dt.datetime: "a date and time"}
    kinds = kind if isinstance(kind, tuple) else (kind,)
    return " or ".join(names.get(k, k.__name__) for k in kinds)


def _address_problem(value: str) -> str | None:
    local, at, domain = value.partition("@")
    if not at or not local or "." not in domain or any(c.isspace() or c in "<>,;\"" for c in value):
        return f"not a plain mail address: {value!r}"
    return None


def _language_problem(value: str) -> str | None:
    return None if value in LANGUAGES else "must be one of " + ", ".join(LANGUAGES)


def _port_problem(value: int) -> str | None:
    return None if 0 < value < 65536 else "must be 1 to 65535"


def _header_problem(value: str) -> str | None:
    return "must be one line" if "\r" in value or "\n" in value else None
