"""The event as an iCalendar file, attached to confirmations.

METHOD:PUBLISH with no organizer or attendees: calendar clients add the event without
offering to answer it, so no RSVP mail comes back to the sign-up mailbox.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib

from icalendar import Calendar, Event as VEvent, Timezone

from .config import Event


def event_uid(event: Event, email: str) -> str:
    """The same for one person and one event every time, so updates replace the entry.

    A hash, so the address itself is not written into the file.
    """
    seed = f"{event.signup_address}\n{event.starts.isoformat()}\n{email.lower()}"
    return f"{hashlib.sha256(seed.encode()).hexdigest()[:32]}@{event.domain}"


def ics(event: Event, email: str, *, description: str, now: dt.datetime) -> bytes:
    """The event for one participant; `description` is their registration in their language."""
    vevent = VEvent()
    vevent.add("uid", event_uid(event, email))
    vevent.add("dtstamp", now.astimezone(dt.timezone.utc))
    # A later update must carry a higher sequence; the minute it was made is one, with no
    # counter to keep.
    vevent.add("sequence", int(now.timestamp()) // 60)
    _add_times(vevent, event)
    vevent.add("summary", event.title)
    vevent.add("location", event.location)
    vevent.add("description", description)
    vevent.add("transp", "OPAQUE")
    return _opening(event) + vevent.to_ical() + _CLOSING


def _add_times(vevent: VEvent, event: Event) -> None:
    vevent.add("dtstart", event.starts.astimezone(event.timezone))
    vevent.add("dtend", event.ends.astimezone(event.timezone))


_CLOSING = b"END:VCALENDAR\r\n"


@functools.cache
def _opening(event: Event) -> bytes:
    """The calendar up to the event: its properties and the time zone the event's times
    are given in. The same for everyone, so it is written once per run: the zone's rules
    are most of the file and most of the work."""
    cal = Calendar()
    cal.add("prodid", "-//tilmeld//sign-up by email//EN")
    cal.add("version", "2.0")
    cal.add("method", "PUBLISH")
    times = VEvent()
    _add_times(times, event)
    cal.add_component(times)
    zones = [_timezone(tzid, event.starts.year) for tzid in sorted(cal.get_missing_tzids())]
    cal.subcomponents = zones
    written = cal.to_ical()
    assert written.endswith(_CLOSING)
    return written.removesuffix(_CLOSING)


@functools.cache
def _timezone(tzid: str, year: int) -> Timezone:
    """The zone's rules around the event's year only (the whole history since 1970 is
    long)."""
    return Timezone.from_tzid(tzid, first_date=dt.date(year - 1, 1, 1),
                              last_date=dt.date(year + 1, 12, 31))
