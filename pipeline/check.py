"""`tilmeld check`: is every part a run needs there and usable? One verdict per part.

Nothing is changed: the IMAP folders are looked at, not created; a SQLite database that
does not exist yet is not created (tick will); no mail is sent.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import make_url

from .config import Settings
from .errors import EX_CONFIG, EX_OK, EX_TEMPFAIL, ConfigError, TilmeldError


@dataclass(frozen=True)
class Verdict:
    item: str
    ok: bool
    detail: str
    exit_code: int = EX_OK  # what this part alone would make tick exit with

    def line(self) -> str:
        return f"{'ok' if self.ok else 'FAIL':<5} {self.item:<11} {self.detail}"


def worst(verdicts: list[Verdict]) -> int:
    """A configuration error needs a person: it outranks a server that may come back."""
    codes = {v.exit_code for v in verdicts}
    for code in (EX_CONFIG, EX_TEMPFAIL):
        if code in codes:
            return code
    return max(codes, default=EX_OK)


def check(settings: Settings) -> list[Verdict]:
    return [_verdict(item, settings, run) for item, run in
            (("IMAP", imap), ("SMTP", smtp), ("database", database), ("invitation", invitation))]


def _verdict(item: str, settings: Settings, run: Callable[[Settings], str]) -> Verdict:
    try:
        return Verdict(item, True, run(settings))
    except TilmeldError as exc:
        return Verdict(item, False, str(exc), exc.exit_code)


def imap(settings: Settings) -> str:
    from .mailbox import Mailbox

    s = settings.require_imap()
    with Mailbox(s) as box:
        found = f"{s.folder}: {len(box.all_uids())} message(s)"
        if s.processed_folder is None:
            put_away = "handled mail is marked \\Seen (no imap.processed_folder)"
        elif box.has_folder(s.processed_folder):
            put_away = f"{s.processed_folder}: exists"
        else:
            put_away = f"{s.processed_folder}: missing, the first tick creates it"
        if s.processed_folder and not (box.client.has_capability("MOVE")
                                       or box.client.has_capability("UIDPLUS")):
            put_away += " (but the server has neither MOVE nor UIDPLUS: mail stays, \\Seen)"
    return f"{s.host}:{s.port} ({s.security}): logged in as {s.username}; {found}; {put_away}"


def smtp(settings: Settings) -> str:
    from .smtp import Sender

    s = settings.require_smtp()
    with Sender(s):
        pass
    login = f"logged in as {s.username}" if s.username else "no login configured"
    return f"{s.host}:{s.port} ({s.security}): connected; {login}"


def database(settings: Settings) -> str:
    from sqlalchemy.exc import DBAPIError

    from .store import db

    url = make_url(settings.database_url)
    shown = url.render_as_string(hide_password=True)
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        path = Path(url.database)
        if not path.exists():
            if not os.access(path.parent, os.W_OK):
                raise ConfigError(settings.path, "database.url",
                                  f"{path.parent} is not a folder tilmeld can write to")
            return f"{shown}: does not exist yet; `tilmeld init` or the first tick creates it"
    engine = db.engine_for(settings.database_url)
    try:
        current = db.current_revision(engine)
    except DBAPIError as exc:
        raise db.unreachable(engine, exc) from None
    finally:
        engine.dispose()
    head = db.head_revision()
    if current is None:
        return f"{shown}: reachable, no schema yet; `tilmeld init` or the first tick creates it"
    if current == head:
        return f"{shown}: schema {current} (current)"
    if current not in db.known_revisions():
        raise ConfigError(settings.path, "database.url",
                          f"{shown} has schema {current}, unknown to this version of tilmeld "
                          "(made by a newer one?)")
    return f"{shown}: schema {current}; the next tick upgrades it to {head}"


def invitation(settings: Settings) -> str:
    path = settings.event.invitation_file
    if path is None:
        return "none configured (event.invitation_file); quoted copies are found by quote marks only"
    try:
        size = len(path.read_bytes())
    except OSError as exc:
        raise ConfigError(settings.path, "event.invitation_file",
                          f"cannot read {path}: {exc.strerror or exc}") from None
    return f"{path}: {size} bytes"
