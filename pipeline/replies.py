"""Our answers to participants: Jinja2 templates rendered into a complete mail.

    msg = compose("confirm", registration, settings, answering=reading.envelope, now=now)
    outbox_row.raw = as_bytes(msg); outbox_row.message_id = msg["Message-ID"]

Templates live in templates/<lang>/<kind>/{subject.txt, body.txt, body.html}; HTML is
autoescaped. One mail is built from one registration only, so nothing of one person
can reach another.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import TYPE_CHECKING

from . import headers
from .config import LANGUAGES, Event, Settings

if TYPE_CHECKING:
    import jinja2

    from .participant import Registration
    from .understand.reading import Envelope


def _templates_folder() -> Path:
    """The copy an installed tilmeld carries as pipeline/templates (see pyproject.toml),
    else templates/ at the top of the checkout, where a coordinator edits them."""
    package = Path(__file__).resolve().parent
    installed = package / "templates"
    return installed if installed.is_dir() else package.parent / "templates"


TEMPLATES = _templates_folder()
WITH_CALENDAR = ("confirm", "change")

# Names of days and months, Monday and January first: dates in our mail must not depend
# on the machine's locale.
DATE_WORDS = {
    "da": (("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"),
           ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
            "september", "oktober", "november", "december")),
    "en": (("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
           ("January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December")),
}


@functools.cache
def templates() -> jinja2.Environment:
    """The template environment: HTML autoescaped, an unknown variable an error."""
    # Jinja2, the calendar and the participant rules are imported where mail is written:
    # the digest's and reminders' modules import this one, and most runs write no mail.
    import jinja2

    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=jinja2.select_autoescape(enabled_extensions=("html",),
                                            default_for_string=False),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,  # compiled once per run, not checked against the file each time
    )


@dataclass(frozen=True)
class Rendered:
    subject: str
    text: str
    html: str


def render(lang: str, kind: str, context: Mapping[str, object]) -> Rendered:
    """templates/<lang>/<kind>/: the subject as one line, the text and the HTML body."""
    env = templates()
    subject = env.get_template(f"{lang}/{kind}/subject.txt").render(context)
    return Rendered(
        subject=headers.one_line(subject, 250),
        text=env.get_template(f"{lang}/{kind}/body.txt").render(context),
        html=env.get_template(f"{lang}/{kind}/body.html").render(context),
    )


def compose(kind: str, registration: Registration, settings: Settings, *,
            answering: Envelope | None, now: dt.datetime, asked: Iterable[str] = (),
            unclear: Mapping[str, str] | None = None,
            previous_references: Iterable[str] = (), full: int | None = None,
            room: Mapping[int, int] | None = None) -> EmailMessage:
    """The reply of `kind` to one participant, threaded under the message it answers.

    `asked` is what a follow-up asks about; `unclear` maps a field to the sender's own
    words about it, quoted back; `previous_references` are our earlier mails to them,
    to thread a mail that answers nothing new (a correction's notice). `full` is the
    workshop a "full" reply says has no room, `room` the places left where there is a
    capacity (see pipeline.capacity).
    """
    from .calendar import ics
    from .participant import REPLY_KINDS

    if kind not in REPLY_KINDS:
        raise ValueError(f"unknown reply kind {kind!r}")
    if now.tzinfo is None:
        raise ValueError("now must be an aware datetime")
    asked = tuple(asked)
    if kind == "ask" and not asked:
        raise ValueError("a follow-up must ask about something")
    if answering and answering.sender and answering.sender != registration.email:
        raise ValueError("the reply would go to someone other than the sender")
    event = settings.event
    lang = registration.lang if registration.lang in LANGUAGES else event.language
    context = {
        "event": _event_view(event, lang),
        "person": _person_view(registration, settings),
        "workshops": settings.workshops,
        "asked": asked,
        # Quoted only for what is asked: the sender's words on other things need no answer.
        "unclear": {f: headers.one_line((unclear or {}).get(f) or "", 200) for f in asked},
        "full": settings.workshop(full),
        "open": [w for w in settings.workshops
                 if w.id != full and (room or {}).get(w.id, registration.party) >= registration.party],
    }
    rendered = render(lang, kind, context)

    msg = EmailMessage(policy=headers.POLICY)
    headers.put(msg, "From", headers.mailbox(event.signup_address, event.sender_name))
    headers.put(msg, "To", headers.mailbox(registration.email, registration.name))
    subject = (headers.reply_subject(answering.subject, rendered.subject) if answering
               else rendered.subject)
    headers.put(msg, "Subject", subject)
    headers.put(msg, "Date", format_datetime(now.astimezone(event.timezone)))
    headers.put(msg, "Message-ID", headers.new_message_id(event.domain))
    previous = [r for r in previous_references if r]
    parent = answering.message_id if answering else (previous[-1] if previous else None)
    refs = [*previous, *(answering.references if answering else ())]
    in_reply_to, references = headers.thread(parent, refs)
    if in_reply_to:
        headers.put(msg, "In-Reply-To", in_reply_to)
    if references:
        headers.put(msg, "References", " ".join(references))
    # Tells other robots (autoresponders, Exchange) not to answer us: no mail loops.
    headers.put(msg, "Auto-Submitted", "auto-replied")
    headers.put(msg, "X-Auto-Response-Suppress", "All")

    msg.set_content(rendered.text, subtype="plain", charset="utf-8", cte="quoted-printable")
    msg.add_alternative(rendered.html, subtype="html", charset="utf-8", cte="quoted-printable")
    if kind in WITH_CALENDAR:
        description = templates().get_template(f"{lang}/_calendar.txt").render(context)
        # Bytes, so the file keeps the CRLF line ends RFC 5545 asks for.
        msg.add_attachment(ics(event, registration.email, description=description.strip(), now=now),
                           maintype="text", subtype="calendar", filename="invitation.ics",
                           params={"charset": "utf-8", "method": "PUBLISH"})
    for part in msg.iter_parts():
        del part["MIME-Version"]  # the email package adds it to parts; it belongs on top only
    # Last: building the body moves Content-* headers into the first part.
    headers.put(msg, "Content-Language", lang)
    return msg


def as_bytes(msg: EmailMessage) -> bytes:
    """The mail as sent: RFC 5322 with CRLF line endings."""
    return msg.as_bytes(policy=headers.SENT)


def format_when(event: Event, lang: str) -> str:
    """The event's day and time, in words of `lang`, in the event's time zone."""
    starts = event.starts.astimezone(event.timezone)
    ends = event.ends.astimezone(event.timezone)
    day = f"{DATE_WORDS[lang][0][starts.weekday()]} {format_date(starts.date(), lang)}"
    if lang == "da":
        return f"{day} kl. {starts:%H.%M}–{ends:%H.%M}"
    return f"{day}, {starts:%H:%M}–{ends:%H:%M}"


def format_date(day: dt.date, lang: str) -> str:
    months = DATE_WORDS[lang][1]
    if lang == "da":
        return f"den {day.day}. {months[day.month - 1]} {day.year}"
    return f"{day.day} {months[day.month - 1]} {day.year}"


def _event_view(event: Event, lang: str) -> dict[str, str]:
    return {
        "title": event.title,
        "organizer": event.organizer,
        "sender_name": event.sender_name,
        "location": event.location,
        "when": format_when(event, lang),
        "deadline": format_date(event.deadline, lang),
    }


def _person_view(registration: Registration, settings: Settings) -> dict[str, object]:
    name = headers.one_line(registration.name, 80)
    return {
        # An address, or something that looks like one, is no name to greet.
        "name": "" if "@" in name else name,
        "workshop": settings.workshop(registration.workshop),
        "dinner": registration.dinner,
        "party": registration.party,
        "note": registration.note,
    }
