"""When the digest is due: pure, every case of the schedule."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from pipeline.digest import DAILY, FINAL, Due, due

ZONE = ZoneInfo("Europe/Copenhagen")
SEND_AT = dt.time(7, 0)
DEADLINE = dt.date(2024, 9, 16)


def at(day: int, hour: int, minute: int = 0, month: int = 9) -> dt.datetime:
    return dt.datetime(2024, month, day, hour, minute, tzinfo=ZONE)


def when(now: dt.datetime, sent=()) -> Due | None:
    return due(now, SEND_AT, DEADLINE, ZONE, set(sent))


def test_not_before_send_at():
    assert when(at(10, 6, 59)) is None
    assert when(at(10, 0, 0)) is None


def test_at_and_after_send_at():
    assert when(at(10, 7, 0)) == Due(dt.date(2024, 9, 10), DAILY)
    assert when(at(10, 23, 59)) == Due(dt.date(2024, 9, 10), DAILY)


def test_not_twice_a_day():
    sent = {(dt.date(2024, 9, 10), DAILY)}
    assert when(at(10, 7, 5), sent) is None
    assert when(at(10, 18, 0), sent) is None
    # The next day it is due again.
    assert when(at(11, 7, 0), sent) == Due(dt.date(2024, 9, 11), DAILY)


def test_days_without_a_run_are_skipped_not_caught_up():
    sent = {(dt.date(2024, 9, 8), DAILY)}
    assert when(at(11, 6, 0), sent) is None  # no digest for the 9th and 10th before send_at
    assert when(at(11, 7, 30), sent) == Due(dt.date(2024, 9, 11), DAILY)


def test_the_deadline_day_has_a_daily_digest():
    assert when(at(16, 7, 0)) == Due(DEADLINE, DAILY)


def test_the_final_digest_the_day_after_the_deadline():
    sent = {(DEADLINE, DAILY)}
    assert when(at(17, 6, 59), sent) is None
    assert when(at(17, 7, 0), sent) == Due(dt.date(2024, 9, 17), FINAL)


def test_nothing_after_the_final_digest():
    sent = {(DEADLINE, DAILY), (dt.date(2024, 9, 17), FINAL)}
    for now in (at(17, 8, 0), at(18, 7, 0), at(30, 12, 0), at(1, 7, 0, month=10)):
        assert when(now, sent) is None


def test_a_final_digest_missed_on_its_day_comes_at_the_next_run():
    assert when(at(19, 9, 0), {(DEADLINE, DAILY)}) == Due(dt.date(2024, 9, 19), FINAL)


def test_local_time_decides_not_utc():
    # 05:30 UTC is 07:30 in Copenhagen in September (UTC+2).
    utc = dt.datetime(2024, 9, 10, 5, 30, tzinfo=dt.timezone.utc)
    assert when(utc) == Due(dt.date(2024, 9, 10), DAILY)
    # 05:00 UTC on the 17th is 07:00 there: the final digest is due.
    final = dt.datetime(2024, 9, 17, 5, 0, tzinfo=dt.timezone.utc)
    assert when(final, {(DEADLINE, DAILY)}) == Due(dt.date(2024, 9, 17), FINAL)
    # 22:30 UTC on the 15th is 00:30 on the deadline day there: before send_at.
    assert when(dt.datetime(2024, 9, 15, 22, 30, tzinfo=dt.timezone.utc),
                {(dt.date(2024, 9, 15), DAILY)}) is None


@pytest.mark.parametrize("day", range(1, 17))
def test_every_day_up_to_the_deadline_has_exactly_one(day):
    sent: set = set()
    found = []
    for hour, minute in ((0, 5), (6, 55), (7, 0), (7, 5), (12, 0), (23, 55)):
        result = when(at(day, hour, minute), sent)
        if result:
            found.append(result)
            sent.add((result.day, result.kind))
    assert found == [Due(dt.date(2024, 9, day), DAILY)]
