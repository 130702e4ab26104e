"""One person's record over time, for `tilmeld show`: their messages, what tilmeld read in
them and decided, the coordinator's corrections, and the mail we sent them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from .store import queries
from .store.models import History, Message, Outbox, Participant


@dataclass
class Entry:
    at: dt.datetime
    what: str  # "message", "decision", "correction", "forward", "mail"
    summary: str
    words: str = ""  # their own words, for a message


def of(session: Session, email: str) -> tuple[Participant | None, list[Entry]]:
    """The participant row for `email` (None if there is none) and their entries, oldest first."""
    address = email.strip().lower()
    row = queries.participant_by_email(session, address)
    entries: list[Entry] = []
    mine = Message.sender == address
    if row is not None:
        mine = or_(mine, Message.participant_id == row.id)
    for m in session.scalars(select(Message).where(mine)):
        reading = m.reading or {}
        env = reading.get("envelope") or {}
        read = [f"{k} {reading[k]}" for k in ("workshop", "dinner") if reading.get(k) is not None]
        if (reading.get("party") or 1) > 1:
            read.append(f"party {reading['party']}")
        summary = f"{env.get('subject') or '(no subject)'} · read as {m.action or '?'}"
        if read:
            summary += f" ({', '.join(read)})"
        if m.state == "failed":
            summary += f" · could not be handled: {m.error}"
        entries.append(Entry(m.received_at, "message", summary, (reading.get("text") or "").strip()))
    if row is not None:
        for h in session.scalars(select(History).where(History.participant_id == row.id)):
            # Mail to them is listed from the outbox, with whether it went out.
            if h.kind != "reply" or (h.detail or {}).get("kind") == "forward":
                entries.append(_history(h))
    for o in session.scalars(select(Outbox).where(Outbox.recipient == address)):
        state = {"sent": f"sent {o.sent_at:%Y-%m-%d %H:%M}" if o.sent_at else "sent",
                 "pending": "waiting to be sent",
                 "failed": f"failed: {o.last_error or ''}"}.get(o.status, o.status)
        entries.append(Entry(o.created_at, "mail", f"{o.kind} · {state}"))
    order = {"message": 0, "decision": 1, "correction": 1, "read again": 1, "forward": 2, "mail": 3}
    entries.sort(key=lambda e: (e.at, order.get(e.what, 9)))
    return row, entries


def _history(h: History) -> Entry:
    detail = h.detail or {}
    if h.kind == "reply":
        return Entry(h.at, "forward", "forwarded to the coordinator")
    move = f"{h.from_status or 'new'} → {h.to_status}"
    if h.kind == "correction":
        values = detail.get("values") or {}
        shown = ", ".join(f"{k} {a!r} → {b!r}" for k, (a, b) in values.items())
        notify = " · notified" if detail.get("notify") else ""
        what = "read again" if detail.get("by") == "reparse" else "correction"
        return Entry(h.at, what, f"{move}: {shown}{notify}")
    summary = f"{move} · {detail.get('reason', '')}"
    if detail.get("changed"):
        summary += f" · changed {', '.join(detail['changed'])}"
    return Entry(h.at, h.kind, summary)
