"""`tilmeld tick --now ...` against a real Dovecot and a real SMTP server, story by story."""

from __future__ import annotations

import subprocess
import time

import icalendar
import pytest

from installation import COORDINATOR, SIGNUP, Site, answer, story_mail

pytestmark = pytest.mark.integration

JONAS = "jonas.friis@gmail.com"
METTE = "mette.skov@hvidovre-skole.dk"
SAM = "sam.okafor@icloud.com"


def only(messages: list) -> object:
    assert len(messages) == 1, [str(m["Subject"]) for m in messages]
    return messages[0]


def test_a_complete_reply_gets_one_threaded_confirmation_with_the_event(site: Site) -> None:
    raw = story_mail("complete_gmail_da.eml")
    site.deliver(raw)
    site.tick("2024-09-03T20:20")

    mail = only(site.sent())
    assert str(mail["To"]).endswith(f"<{JONAS}>")
    assert SIGNUP in str(mail["From"])
    assert mail["Auto-Submitted"] == "auto-replied"
    assert mail["X-Auto-Response-Suppress"] == "All"
    assert mail["Subject"].startswith("Re: Invitation: Gårdmøde")
    theirs = "<CAJf3kQ9xLm2Vb8uT4pYwR7sZ1nE6dH0aG5cK2oJ8iF3@mail.gmail.com>"
    assert mail["In-Reply-To"] == theirs
    assert theirs in mail["References"] and "<gaardmoede-invitation@lysholm-bolig.dk>" in mail["References"]
    assert mail["Message-ID"].endswith("@lysholm-bolig.dk>")
    text = mail.get_body(preferencelist=("plain",)).get_content()
    assert "Byhaver" in text
    calendars = [p for p in mail.walk() if p.get_content_type() == "text/calendar"]
    event = icalendar.Calendar.from_ical(only(calendars).get_payload(decode=True))
    vevent = only(event.walk("VEVENT"))
    assert vevent.decoded("DTSTART").isoformat().startswith("2024-09-24T17:00")

    person = site.people()[JONAS]
    assert (person["status"], person["workshop"], person["dinner"]) == ("registered", 2, True)
    # Nothing new: nothing sent again.
    site.tick("2024-09-03T20:25")
    assert len(site.sent()) == 1


def test_a_missing_dinner_answer_is_asked_once_and_ja_tak_completes_it(site: Site) -> None:
    site.deliver(story_mail("no_dinner_outlook_da.eml"))
    site.tick("2024-09-04T11:05")
    followup = only(site.sent())
    assert site.people()[METTE]["status"] == "pending"
    question = followup.get_body(preferencelist=("plain",)).get_content()
    assert "spise" in question.lower() or "spis" in question.lower()
    assert "Regnvand" in question  # what we already know is said back

    site.deliver(answer(followup, METTE, "Mette Skov", "Ja tak"))
    site.tick("2024-09-04T13:30")
    assert len(site.sent()) == 2
    confirmation = site.sent()[1]
    assert confirmation["In-Reply-To"] != followup["In-Reply-To"]
    assert followup["Message-ID"] in confirmation["References"]
    assert any(p.get_content_type() == "text/calendar" for p in confirmation.walk())
    person = site.people()[METTE]
    assert (person["status"], person["workshop"], person["dinner"]) == ("registered", 1, True)


def test_a_change_of_workshop_keeps_the_dinner_answer_and_is_confirmed(site: Site) -> None:
    site.deliver(story_mail("complete_gmail_da.eml"))
    site.tick("2024-09-03T20:20")
    confirmation = only(site.sent())

    site.deliver(answer(confirmation, JONAS, "Jonas Friis",
                        "Hej igen\n\nJeg vil hellere være med i Naboskab i stedet, hvis det går.\n\n"
                        "Jonas"))
    site.tick("2024-09-06T09:00")
    change = site.sent()[-1]
    assert len(site.sent()) == 2
    assert "Naboskab" in change.get_body(preferencelist=("plain",)).get_content()
    person = site.people()[JONAS]
    assert (person["status"], person["workshop"], person["dinner"]) == ("registered", 3, True)


def test_a_cancellation_after_registering_is_acknowledged(site: Site) -> None:
    site.deliver(story_mail("complete_iphone_en.eml"))
    site.tick("2024-09-05T08:00")
    confirmation = only(site.sent())
    assert site.people()[SAM]["lang"] == "en"

    site.deliver(answer(confirmation, SAM, "Sam Okafor",
                        "Sorry, something came up and I have to cancel after all."))
    site.tick("2024-09-10T12:00")
    assert len(site.sent()) == 2
    ack = site.sent()[-1]
    assert ack["To"].addresses[0].addr_spec == SAM
    assert site.people()[SAM]["status"] == "cancelled"


@pytest.mark.parametrize("name", ["out_of_office_da.eml", "bounce_postfix.eml", "own_reminder.eml"])
def test_robots_bounces_and_our_own_mail_get_nothing(site: Site, name: str) -> None:
    site.deliver(story_mail(name))
    site.tick("2024-09-04T10:00")
    assert site.sent() == []
    assert site.people() == {}
    assert site.inbox() == []  # handled all the same: put away


def test_handled_mail_leaves_the_inbox_and_idle_ticks_send_nothing(site: Site) -> None:
    for name in ("complete_gmail_da.eml", "out_of_office_da.eml", "no_dinner_outlook_da.eml"):
        site.deliver(story_mail(name))
    site.tick("2024-09-04T12:00")
    assert len(site.sent()) == 2
    assert site.inbox() == []
    assert len(site.user.read("Behandlet")) == 3
    for minute in (5, 10, 15):
        site.tick(f"2024-09-04T12:{minute:02d}")
    assert len(site.sent()) == 2


def test_without_a_processed_folder_handled_mail_is_seen_and_read_once(seen_site: Site) -> None:
    seen_site.deliver(story_mail("complete_gmail_da.eml"))
    seen_site.tick("2024-09-04T12:00")
    seen_site.deliver(story_mail("complete_iphone_en.eml"))
    seen_site.tick("2024-09-04T12:05")
    seen_site.tick("2024-09-04T12:10")
    inbox = seen_site.inbox()
    assert len(inbox) == 2 and all(rb"\Seen" in m.flags for m in inbox)
    assert len(seen_site.sent()) == 2


def test_with_smtp_down_replies_wait_and_go_out_exactly_once(site: Site) -> None:
    site.sink.stop()
    site.deliver(story_mail("complete_gmail_da.eml"))
    down = site.tick("2024-09-04T12:00", check=False)
    assert down.returncode == 75
    assert f"127.0.0.1:{site.sink.port}" in down.stderr
    assert site.people()[JONAS]["status"] == "registered"  # recorded all the same
    assert site.inbox() == []

    site.sink.fail_everything()
    site.sink.start()
    assert site.tick("2024-09-04T12:05", check=False).returncode == 0  # 4xx: deferred
    assert site.sent() == []
    site.sink.heal()
    site.tick("2024-09-04T12:10")
    site.tick("2024-09-04T12:15")
    assert len(site.sent()) == 1


def test_a_second_tick_while_one_runs_handles_nothing_twice(site: Site) -> None:
    for name in ("complete_gmail_da.eml", "no_dinner_outlook_da.eml", "complete_iphone_en.eml"):
        site.deliver(story_mail(name))
    # The first run stalls in the SMTP conversation, holding its lock.
    site.sink.delay_data(3.0)
    first = subprocess.Popen(site.command("tick", "--now", "2024-09-05T09:00"),
                             env=site.environment(), stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 20
    while not site.sink.waiting and time.monotonic() < deadline:
        time.sleep(0.05)
    assert site.sink.waiting, "the first run never reached SMTP"
    second = site.tick("2024-09-05T09:00")
    assert "another run" in second.stderr
    assert first.wait(timeout=60) == 0
    site.sink.delay_data(0)
    site.tick("2024-09-05T09:05")

    assert sorted(str(m["To"].addresses[0].addr_spec) for m in site.sent()) == sorted([JONAS, METTE, SAM])
    assert site.inbox() == []


def test_our_own_mail_in_a_shared_mailbox_stays_where_the_coordinator_sees_it(site: Site) -> None:
    # The coordinator reads the sign-up mailbox herself: her digest arrives in it.
    site.config.write_text(site.config.read_text(encoding="utf-8").replace(
        f'coordinator = "{COORDINATOR}"', f'coordinator = "{SIGNUP}"'), encoding="utf-8")
    site.deliver(story_mail("complete_gmail_da.eml"))
    site.tick("2024-09-04T07:05")
    ours = [e.raw for e in site.sink.received if SIGNUP in e.rcpt_tos]
    assert ours, "no digest went to the shared mailbox"
    for raw in ours:
        site.deliver(raw)
    site.tick("2024-09-04T07:10")

    inbox = site.inbox()
    assert sorted(m.raw for m in inbox) == sorted(ours)
    assert not any(rb"\Seen" in m.flags for m in inbox)
    assert site.sql("SELECT count(*) FROM messages") == [(1,)]
