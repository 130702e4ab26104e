"""The one clock every decision of a run reads, so tests can play out weeks in seconds."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo


def now(zone: ZoneInfo, given: str | None = None) -> dt.datetime:
    """The current time in `zone`, or `given` (ISO 8601; naive means local time in `zone`)."""
    if not given:
        return dt.datetime.now(zone)
    value = dt.datetime.fromisoformat(given)
    if value.tzinfo is None:
        return value.replace(tzinfo=zone)
    return value.astimezone(zone)


def local_day(moment: dt.datetime, zone: ZoneInfo) -> dt.date:
    return moment.astimezone(zone).date()


def day_bounds(day: dt.date, zone: ZoneInfo) -> tuple[dt.datetime, dt.datetime]:
    """The start of `day` and of the next day, local midnight to local midnight."""
    start = dt.datetime.combine(day, dt.time(0), zone)
    return start, dt.datetime.combine(day + dt.timedelta(days=1), dt.time(0), zone)
