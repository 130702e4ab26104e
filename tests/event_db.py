"""A test event with its own SQLite file, filled through the store's API (for the
coordinator's view: digest, corrections, invitees, export)."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session, sessionmaker

from pipeline import config
from pipeline.participant import Registration
from pipeline.store import db, queries
from pipeline.store.models import History, Message, Participant

FIXTURES = Path(__file__).resolve().parent / "fixtures"
ZONE = ZoneInfo("Europe/Copenhagen")
COORDINATOR = "kha@lysholm-bolig.dk"


def at(day: int, hour: int = 9, minute: int = 0, month: int = 9) -> dt.datetime:
    return dt.datetime(2024, month, day, hour, minute, tzinfo=ZONE)


def event(tmp_path: Path, *, capacity: dict[int, int] | None = None, extra: str = "",
          language: str = "da") -> config.Settings:
    """tests/fixtures/event.toml with a database file in tmp_path, capacities, extra TOML."""
    text = (FIXTURES / "event.toml").read_text(encoding="utf-8")
    text = text.replace('invitation_file = "invitation.eml"\n', "")
    text = text.replace('language = "da"', f'language = "{language}"')
    for workshop, places in (capacity or {}).items():
        text = text.replace(f"id = {workshop}\n", f"id = {workshop}\ncapacity = {places}\n")
    text = text.replace('url = "sqlite:///:memory:"', f'url = "sqlite:///{tmp_path / "t.sqlite3"}"')
    path = tmp_path / "event.toml"
    path.write_text(text + "\n" + extra, encoding="utf-8")
    return config.load(path)


def sessions(settings: config.Settings) -> sessionmaker[Session]:
    engine = db.engine_for(settings.database_url)
    db.upgrade(engine)
    return db.sessions(engine)


def person(session: Session, email: str, status: str, now: dt.datetime, *,
           words: str = "", **values) -> Participant:
    """A participant as tick would leave one: the row, a decision, and their message."""
    row = queries.save_registration(session, Registration(email=email, status=status, **values),
                                    now=now)
    raw = f"From: {email}\r\nSubject: Tilmelding\r\n\r\n{words}\r\n".encode()
    message = Message(dedup_key=f"{email}-{now.isoformat()}", sha256=hashlib.sha256(raw).hexdigest(),
                      folder="INBOX", size=len(raw), received_at=now, raw=raw, sender=email,
                      state="handled", action="review" if status == "review" else "confirm",
                      participant_id=row.id,
                      reading={"text": words, "reasons": [], "envelope": {"subject": "Tilmelding"}})
    session.add(message)
    session.flush()
    session.add(History(participant_id=row.id, message_id=message.id, at=now, kind="decision",
                        from_status=None, to_status=status,
                        detail={"changed": ["workshop"], "reason": "test"}))
    return row
