"""The words of mail to the coordinator (digests, forwards) and of her commands.

What is written with these may carry any participant's data: it goes to her only.
"""

from __future__ import annotations

import datetime as dt

from .config import Settings
from .replies import format_date, format_when

# Words for stored values, in the event's language.
STATUS = {
    "da": {"pending": "afventer svar", "registered": "tilmeldt", "declined": "afbud",
           "cancelled": "afmeldt", "review": "til gennemsyn"},
    "en": {"pending": "awaiting an answer", "registered": "registered", "declined": "declined",
           "cancelled": "cancelled", "review": "for review"},
}
REPLY = {
    "da": {"confirm": "bekræftelse", "ask": "opfølgende spørgsmål", "change": "bekræftet ændring",
           "decline": "kvittering for afbud", "cancel": "kvittering for afmelding",
           "late": "svar om at fristen er overskredet", "holding": "kort svar: en person svarer",
           "full": "workshoppen er fuld"},
    "en": {"confirm": "confirmation", "ask": "follow-up question", "change": "change confirmed",
           "decline": "decline acknowledged", "cancel": "cancellation acknowledged",
           "late": "told the deadline has passed", "holding": "short reply: a person will answer",
           "full": "workshop full"},
}
ACTION = {
    "da": {"confirm": "tilmelding", "ask": "mangler noget", "decline": "afbud",
           "review": "skal læses af en person", "ignore": "automatisk mail"},
    "en": {"confirm": "registration", "ask": "something missing", "decline": "decline",
           "review": "needs a person", "ignore": "machine mail"},
}
YES_NO = {"da": {True: "ja", False: "nej", None: "?"}, "en": {True: "yes", False: "no", None: "?"}}


def language(settings: Settings) -> str:
    return settings.event.language


def moment(value: dt.datetime | None, settings: Settings) -> str:
    """A stored time as the coordinator reads it: local, to the minute."""
    if value is None:
        return ""
    return f"{value.astimezone(settings.event.timezone):%Y-%m-%d %H:%M}"


def event_view(settings: Settings) -> dict[str, str]:
    event, lang = settings.event, language(settings)
    return {"title": event.title, "organizer": event.organizer, "when": format_when(event, lang),
            "deadline": format_date(event.deadline, lang), "location": event.location,
            "sender_name": event.sender_name}


def workshop_label(settings: Settings, workshop_id: int | None) -> str:
    workshop = settings.workshop(workshop_id)
    if workshop is None:
        return "" if workshop_id is None else str(workshop_id)
    return f"{workshop.id}. {workshop.name}"
