"""A run killed (SIGKILL: no cleanup at all) at each step, then run again: no reply lost,
no message handled twice, each person gets exactly the answers they should.

The kill comes from the test hook pipeline.testhook (TILMELD_TEST_CRASH_AT), or from
this test while the SMTP server holds the run in the middle of sending. The one window
no design closes, killed after the server accepted a mail and before that was recorded,
sends that mail once more: at most one duplicate per crash, shown below.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections import Counter

import pytest

from installation import JONAS, METTE, PROCESSED, SAM, Site, story_mail

pytestmark = pytest.mark.integration

STORY = ("complete_gmail_da.eml", "no_dinner_outlook_da.eml", "complete_iphone_en.eml")
EXPECTED = {JONAS: ["confirm"], METTE: ["ask"], SAM: ["confirm"]}
BEFORE_THE_DIGEST = "2024-09-05T06:00"  # the digest is due at 07:00: not part of this story
KILLED = -signal.SIGKILL


def deliver_story(site: Site) -> None:
    for name in STORY:
        site.deliver(story_mail(name))


def crashed_tick(site: Site, point: str, now: str = BEFORE_THE_DIGEST) -> None:
    result = subprocess.run(site.command("tick", "--now", now), capture_output=True, text=True,
                            timeout=60, env=site.environment(TILMELD_TEST_CRASH_AT=point))
    assert result.returncode == KILLED, f"never reached {point!r}: {result.stderr}"


def answers(site: Site) -> dict[str, list[str]]:
    """Per participant, the kinds of our mail the SMTP server accepted, in order."""
    kinds = dict(site.sql("SELECT message_id, kind FROM outbox"))
    out: dict[str, list[str]] = {}
    for mail in site.sent():
        out.setdefault(mail["To"].addresses[0].addr_spec, []).append(kinds[mail["Message-ID"]])
    return out


def duplicates(site: Site) -> int:
    """Mail the server accepted more than once (same Message-ID: one mail, sent again)."""
    counts = Counter(str(m["Message-ID"]) for m in site.all_sent())
    return sum(n - 1 for n in counts.values())


def assert_all_handled_once(site: Site) -> None:
    assert site.sql("SELECT count(*), count(DISTINCT dedup_key) FROM messages") == [(3, 3)]
    assert site.sql("SELECT DISTINCT state FROM messages") == [("handled",)]
    decisions = site.sql("SELECT message_id, count(*) FROM history WHERE kind = 'decision' "
                         "GROUP BY message_id")
    assert sorted(n for _, n in decisions) == [1, 1, 1]
    assert site.sql("SELECT count(*) FROM outbox WHERE status <> 'sent'") == [(0,)]
    assert site.inbox() == []
    assert len(site.user.read(PROCESSED)) == 3  # moved once each, no copies
    people = site.people()
    assert {p: people[p]["status"] for p in people} == {
        JONAS: "registered", METTE: "pending", SAM: "registered"}


@pytest.mark.parametrize("point", ["fetched", "stored", "before-move", "moved"])
def test_killed_while_reading_nothing_is_lost_or_done_twice(any_site: Site, point: str) -> None:
    deliver_story(any_site)
    crashed_tick(any_site, point)
    any_site.tick(BEFORE_THE_DIGEST)
    any_site.tick("2024-09-05T06:05")

    assert answers(any_site) == EXPECTED
    assert duplicates(any_site) == 0
    assert_all_handled_once(any_site)


def test_killed_after_the_state_commit_the_reply_still_goes_once(any_site: Site) -> None:
    """The decision and its reply were committed together; the run died before sending."""
    deliver_story(any_site)
    crashed_tick(any_site, "handled")
    # Exactly one message made it through; its reply waits in the outbox, unsent.
    assert any_site.sql("SELECT count(*) FROM messages WHERE state = 'handled'") == [(1,)]
    assert any_site.sql("SELECT status FROM outbox") == [("pending",)]
    assert any_site.sent() == []
    any_site.tick(BEFORE_THE_DIGEST)
    assert answers(any_site) == EXPECTED
    assert duplicates(any_site) == 0
    assert_all_handled_once(any_site)


@pytest.mark.parametrize("crashes", [1, 3])
def test_killed_after_smtp_accepted_at_most_one_duplicate_per_crash(any_site: Site,
                                                                   crashes: int) -> None:
    deliver_story(any_site)
    for _ in range(crashes):
        crashed_tick(any_site, "sent")
    any_site.tick(BEFORE_THE_DIGEST)
    any_site.tick("2024-09-05T06:05")

    # Each killed run had its first mail accepted and not recorded: sent again next time.
    assert duplicates(any_site) == crashes
    first = any_site.all_sent()[0]
    again = [m for m in any_site.all_sent() if m["Message-ID"] == first["Message-ID"]]
    assert len(again) == crashes + 1
    assert len({m.as_bytes() for m in again}) == 1  # the very same mail, Message-ID and all
    assert {p: sorted(set(k)) for p, k in answers(any_site).items()} == EXPECTED
    assert_all_handled_once(any_site)


def test_killed_during_the_smtp_conversation(any_site: Site) -> None:
    deliver_story(any_site)
    any_site.sink.delay_data(3.0)
    run = subprocess.Popen(any_site.command("tick", "--now", BEFORE_THE_DIGEST),
                           env=any_site.environment(), stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while not any_site.sink.waiting and time.monotonic() < deadline:
        time.sleep(0.02)
    assert any_site.sink.waiting, "the run never reached DATA"
    os.kill(run.pid, signal.SIGKILL)
    assert run.wait(timeout=10) == KILLED
    any_site.sink.delay_data(0)
    while any_site.sink.waiting:
        time.sleep(0.02)

    any_site.tick(BEFORE_THE_DIGEST)
    any_site.tick("2024-09-05T06:05")
    # aiosmtpd drops a mail whose client went away before the answer (none twice here);
    # a server that had queued it already would have it once more, as after "sent".
    assert duplicates(any_site) <= 1
    assert {p: sorted(set(k)) for p, k in answers(any_site).items()} == EXPECTED
    assert_all_handled_once(any_site)
