"""Mail tilmeld writes on its own, not as an answer: digests, forwards, reminders.

    msg = compose(settings, render(lang, "digest", context), now, to=settings.event.coordinator)
    ... attachments ...
    finish(msg, lang)
"""

from __future__ import annotations

import datetime as dt
from email.message import EmailMessage
from email.utils import format_datetime

from . import headers
from .replies import Rendered
from .config import Settings


def compose(settings: Settings, rendered: Rendered, now: dt.datetime, *, to: str,
            to_name: str = "", reply_to: str | None = None) -> EmailMessage:
    """A mail from the sign-up address to `to`, text and HTML."""
    event = settings.event
    msg = EmailMessage(policy=headers.POLICY)
    headers.put(msg, "From", headers.mailbox(event.signup_address, event.sender_name))
    headers.put(msg, "To", headers.mailbox(to, to_name))
    if reply_to:
        try:
            headers.put(msg, "Reply-To", headers.mailbox(reply_to))
        except headers.BadAddress:
            pass  # an answer then goes to the sign-up address, which reads it as usual
    headers.put(msg, "Subject", rendered.subject)
    headers.put(msg, "Date", format_datetime(now.astimezone(event.timezone)))
    headers.put(msg, "Message-ID", headers.new_message_id(event.domain))
    # Generated, not a reply: no robot should answer it, and our own reading ignores it.
    headers.put(msg, "Auto-Submitted", "auto-generated")
    headers.put(msg, "X-Auto-Response-Suppress", "All")
    msg.set_content(rendered.text, subtype="plain", charset="utf-8", cte="quoted-printable")
    msg.add_alternative(rendered.html, subtype="html", charset="utf-8", cte="quoted-printable")
    return msg


def finish(msg: EmailMessage, lang: str) -> None:
    """Last touches once every part is in (building the body moves headers into parts)."""
    for part in msg.iter_parts():
        del part["MIME-Version"]
    headers.put(msg, "Content-Language", lang)
