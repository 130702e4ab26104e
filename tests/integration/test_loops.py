"""No mail loops: an autoresponder that answers everything we send, machine and list mail
that looks like a sign-up, and the daily cap of automatic answers per address.

The autoresponder reads what the SMTP server accepted and delivers an answer to each
mail back into Dovecot, from the address it went to, between runs (as a real one would
within the five minutes between cron runs).
"""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

import pytest

from installation import COORDINATOR, JONAS, SIGNUP, Site, story_mail

pytestmark = pytest.mark.integration

AWAY = ("Tak for din mail. Jeg er ikke på kontoret i denne uge, men vender tilbage "
        "hurtigst muligt.\n\nMed venlig hilsen\nJonas Friis\n")
# A canned answer that reads like a sign-up still missing its choices: we do ask back.
EAGER = ("Tak for din mail! Jeg deltager gerne, men ved ikke hvilken workshop endnu. "
         "Jeg vender tilbage.\n\nJonas Friis\n")
MAX_FOLLOWUPS = 2  # replies.max_followups, the default


class Autoresponder:
    """Answers every mail the SMTP server accepted once, in one of three manners."""

    def __init__(self, site: Site, manner: str) -> None:
        self.site, self.manner, self.seen, self.answered = site, manner, 0, 0

    def answer_new(self) -> None:
        received = self.site.sink.received
        for got in received[self.seen:]:
            ours = email.message_from_bytes(got.raw, policy=email.policy.default)
            for recipient in got.rcpt_tos:
                self.site.deliver(self.reply(ours, recipient))
                self.answered += 1
        self.seen = len(received)

    def reply(self, ours: EmailMessage, sender: str) -> bytes:
        msg = EmailMessage(policy=email.policy.SMTP)
        msg["From"] = sender
        msg["To"] = SIGNUP
        msg["Date"] = format_datetime(email.utils.localtime())
        msg["Message-ID"] = make_msgid(domain=sender.split("@")[1])
        msg["In-Reply-To"] = str(ours["Message-ID"])
        msg["References"] = str(ours["Message-ID"])
        subject = str(ours["Subject"])
        if self.manner == "polite":  # RFC 3834, as Exchange and Gmail's vacation reply do
            msg["Subject"] = f"Automatisk svar: {subject}"
            msg["Auto-Submitted"] = "auto-replied"
            msg["X-Autoreply"] = "yes"
            msg.set_content(AWAY)
            return msg.as_bytes()
        msg["Subject"] = f"Re: {subject}"  # naive: no header says it is a robot
        text = EAGER if self.manner == "eager" else AWAY
        if self.manner == "quoting":  # and all of our mail below, without quote marks
            body = ours.get_body(preferencelist=("plain",))
            text += "\n-----Original Message-----\n" + (body.get_content() if body else "")
        msg.set_content(text)
        return msg.as_bytes()


def first_mail(manner: str) -> bytes:
    if manner != "eager":
        return story_mail("complete_gmail_da.eml")
    return (f"From: Jonas Friis <{JONAS}>\r\nTo: {SIGNUP}\r\nSubject: Re: Invitation\r\n"
            "Message-ID: <eager.0@gmail.com>\r\nContent-Type: text/plain; charset=utf-8\r\n"
            f"\r\n{EAGER}").encode()


@pytest.mark.parametrize("manner", ["polite", "naive", "quoting", "eager"])
def test_an_autoresponder_answering_everything_does_not_start_a_loop(site: Site,
                                                                      manner: str) -> None:
    robot = Autoresponder(site, manner)
    site.deliver(first_mail(manner))
    sent_per_tick = []
    for minute in range(0, 60, 5):  # twelve runs around the digest at 07:00
        before = len(site.sink.received)
        site.tick(f"2024-09-05T06:{minute + 40:02d}" if minute < 20
                  else f"2024-09-05T07:{minute - 20:02d}")
        sent_per_tick.append(len(site.sink.received) - before)
        robot.answer_new()

    to_jonas = site.sent_to(JONAS)
    assert sum(sent_per_tick[-6:]) == 0, sent_per_tick  # the exchange has stopped
    assert robot.answered >= 2  # it did answer us, the digest and the forwards too
    assert site.inbox() == []
    if manner == "eager":
        # Asked back at most max_followups times, then handed to a person.
        assert 1 <= len(to_jonas) <= MAX_FOLLOWUPS
        assert site.people()[JONAS]["status"] == "review"
    else:
        assert len(to_jonas) == 1  # the confirmation; never an answer to the robot
        assert site.people()[JONAS]["status"] == "registered"


MACHINE_SIGNUPS = {
    "list": "List-Id: <naboer.lists.lysholm-bolig.dk>\nList-Unsubscribe: <mailto:leave@lists.example>",
    "precedence": "Precedence: list",
    "bulk": "Precedence: bulk",
    "auto-generated": "Auto-Submitted: auto-generated",
    "auto-replied": "Auto-Submitted: auto-replied",
    "x-autoreply": "X-Autoreply: yes",
    "x-autorespond": "X-Autorespond: yes",
    "null-return-path": "Return-Path: <>",
    "mailer-daemon": None,
    "own-address": None,
}


def machine_signup(kind: str) -> bytes:
    sender = {"mailer-daemon": "MAILER-DAEMON@mx.example.net",
              "own-address": SIGNUP}.get(kind, f"{kind}@lists.example")
    extra = MACHINE_SIGNUPS[kind]
    return "\n".join(filter(None, [
        f"From: Lysholm {kind} <{sender}>", f"To: {SIGNUP}", "Subject: Tilmelding",
        "Date: Wed, 4 Sep 2024 10:00:00 +0200", f"Message-ID: <{kind}.1@lists.example>", extra,
        "Content-Type: text/plain; charset=utf-8", "",
        "Jeg vil gerne deltage i workshop 2 og spiser med bagefter.", "",
    ])).encode()


def test_machine_and_list_mail_is_never_answered_however_human_it_reads(site: Site) -> None:
    for kind in MACHINE_SIGNUPS:
        site.deliver(machine_signup(kind))
    site.tick("2024-09-05T06:00")
    assert site.sent() == []
    assert site.people() == {}
    assert site.to_coordinator() == []  # nor bothering the coordinator
    rows = site.sql("SELECT action, reading FROM messages")
    assert len(rows) == len(MACHINE_SIGNUPS)
    assert {action for action, _ in rows} == {"ignore"}
    assert site.inbox() == []


WORKSHOPS = ["Regnvand", "Byhaver", "Naboskab"]


def change_of_mind(n: int) -> bytes:
    """The n-th new mail of one person, each choosing another workshop."""
    return "\n".join([
        f"From: Jonas Friis <{JONAS}>", f"To: {SIGNUP}", "Subject: Tilmelding",
        f"Date: Thu, 5 Sep 2024 06:{n:02d}:00 +0200", f"Message-ID: <mind.{n}@gmail.com>",
        "Content-Type: text/plain; charset=utf-8", "",
        f"Jeg vil gerne være med i {WORKSHOPS[n % 3]} og spiser med bagefter.", "", "Jonas", "",
    ]).encode()


def test_the_daily_cap_of_answers_per_address_holds(site: Site) -> None:
    cap = 5
    for n in range(8):
        site.deliver(change_of_mind(n))
        site.tick(f"2024-09-05T06:{n:02d}")
    assert len(site.sent_to(JONAS)) == cap
    assert site.people()[JONAS]["workshop"] == 2  # every message was still recorded
    assert site.sql("SELECT count(*) FROM messages WHERE state = 'handled'") == [(8,)]

    site.deliver(change_of_mind(9))  # the next day: answered again
    site.tick("2024-09-06T06:00")
    assert len(site.sent_to(JONAS)) == cap + 1
    assert site.people()[JONAS]["workshop"] == 1
    assert COORDINATOR not in [m["To"].addresses[0].addr_spec for m in site.sent()]
