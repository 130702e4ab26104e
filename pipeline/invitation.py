"""The understanding context of an event: its workshops and the invitation as sent."""

from __future__ import annotations

import logging

from .config import Settings
from .understand import Context
from .understand.mime import text_and_subject_of_file

log = logging.getLogger(__name__)


def context_for(settings: Settings) -> Context:
    event = settings.event
    text, subject = _invitation(settings)
    return Context(
        workshops=settings.workshops,
        signup_address=event.signup_address,
        coordinator=event.coordinator,
        language=event.language,
        invitation_text=text,
        invitation_subject=subject,
        event_title=event.title,
        event_day=event.starts.date(),
        deadline=event.deadline,
        event_hours=(event.starts.time(), event.ends.time()),
    )


def _invitation(settings: Settings) -> tuple[str, str]:
    """The invitation's plain text and subject ("" for a .txt file), or ("", "") when none is
    configured or it cannot be read."""
    path = settings.event.invitation_file
    if path is None:
        return "", ""
    try:
        data = path.read_bytes()
    except OSError as exc:
        # Optional help for quote removal: say so once and carry on (`tilmeld check` flags it).
        log.warning("%s: event.invitation_file: cannot read %s (%s); quoted copies of the "
                    "invitation are found by their quote marks only", settings.path, path,
                    exc.strerror or exc)
        return "", ""
    return text_and_subject_of_file(path.name, data)
