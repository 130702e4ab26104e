"""What tilmeld understood of one message: the contract between understanding and the rest."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

Action = Literal["confirm", "ask", "decline", "ignore", "review"]
Intent = Literal["register", "decline", "cancel", "change", "question", "other"]

ACTIONS: tuple[str, ...] = ("confirm", "ask", "decline", "ignore", "review")
# The fields a follow-up question can ask about.
ASKABLE: tuple[str, ...] = ("workshop", "dinner")


@dataclass(frozen=True)
class Context:
    """What understanding needs to know about the event; built once, shared by every message."""

    workshops: tuple[Any, ...]  # config.Workshop
    signup_address: str
    coordinator: str
    language: str
    invitation_text: str = ""  # the invitation as sent, as plain text, for removing quoted copies
    invitation_subject: str = ""  # its subject: what a reply adds to it is the sender's
    event_title: str = ""  # the subjects of our own messages end with it: a reply to one adds nothing
    event_day: dt.date | None = None  # the day of the event: an answer beside another date is about that day
    deadline: dt.date | None = None  # the last day to sign up: a date that names no other meeting
    # the meeting's hours; the meal comes after them: leaving by a time within them skips it
    event_hours: tuple[dt.time, dt.time] | None = None


@dataclass
class Envelope:
    """The headers the pipeline acts on, decoded."""

    message_id: str | None = None
    sender: str | None = None  # normalised address (lower case), None when unusable
    sender_name: str = ""
    subject: str = ""
    date: dt.datetime | None = None
    in_reply_to: str | None = None
    references: list[str] = field(default_factory=list)
    addresses_from: int = 0  # how many From addresses the message has


@dataclass
class Reading:
    action: Action
    intent: Intent = "other"
    workshop: int | None = None
    dinner: bool | None = None
    party: int = 1
    lang: str = "da"
    question: bool = False
    note: str | None = None  # worth keeping: diet, arrival time, ...
    reasons: list[str] = field(default_factory=list)
    text: str = ""  # the sender's own words that were kept
    machine: str | None = None  # why it is machine mail, when it is
    unclear: dict[str, str] = field(default_factory=dict)  # field -> the sender's unclear words
    envelope: Envelope = field(default_factory=Envelope)
    error: str | None = None

    def to_json(self, file: Path | str | None = None) -> dict[str, Any]:
        """The JSON shape of `tilmeld parse --json`, also what the store keeps."""
        data = asdict(self)
        env = data.pop("envelope")
        if env["date"] is not None:
            env["date"] = env["date"].isoformat()
        out: dict[str, Any] = {"file": str(file)} if file is not None else {}
        out.update(data)
        out["envelope"] = env
        return out
