"""The digest's content and its queueing, on a real SQLite file filled through the store."""

from __future__ import annotations

import csv
import datetime as dt
import email
import io
from email import policy

import pytest
from sqlalchemy import func, select

from pipeline import digest, roster
from pipeline.store.models import Digest, History, Message, Outbox
from pipeline.store.queries import participant_by_email

from event_db import COORDINATOR, at, event, person, sessions

HOSTILE = "<script>alert(1)</script>"


@pytest.fixture
def settings(tmp_path):
    return event(tmp_path, capacity={1: 5})


@pytest.fixture
def filled(settings):
    made = sessions(settings)
    with made.begin() as s:
        person(s, "aase@example.dk", "registered", at(3), name="Åse Ørnsø", workshop=1,
               dinner=True, party=2, note="vegetar")
        person(s, "bo@example.dk", "registered", at(4), name="Bo Berg", workshop=2, dinner=False)
        person(s, "x@example.dk", "review", at(5), name=HOSTILE, workshop=3,
               review_reason="registers someone else", words="Jeg melder også min nabo Kaj til")
        person(s, "late@example.dk", "review", at(8), name="Lene Sen", workshop=2, late=True,
               review_reason="registered after the deadline", words="Kan jeg nå det endnu?")
        person(s, "pia@example.dk", "pending", at(6), name="Pia", workshop=3, asked=("dinner",))
        person(s, "dan@example.dk", "declined", at(6), name="Dan Nej")
        person(s, "cis@example.dk", "cancelled", at(7), name="Cis Afbud", workshop=1)
    return made


def text_and_html(msg):
    parsed = email.message_from_bytes(msg.as_bytes(policy=policy.SMTP), policy=policy.default)
    return (parsed, parsed.get_body(("plain",)).get_content(),
            parsed.get_body(("html",)).get_content())


def test_totals_count_party_sizes_and_match_the_roster(settings, filled):
    with filled() as s:
        report = digest.gather(s, settings, at(10, 8), None)
        people = roster.rows(s)
    registered = [p for p in people if p["status"] == "registered"]
    assert report.coming == sum(p["party"] for p in registered) == 3
    assert report.dinner == sum(p["party"] for p in registered if p["dinner"]) == 2
    lines = {w.id: w for w in report.workshops}
    assert (lines[1].coming, lines[1].registrations, lines[1].capacity, lines[1].left) == (2, 1, 5, 3)
    assert (lines[2].coming, lines[3].coming) == (1, 0)
    assert dict(report.statuses) == {"tilmeldt": 2, "til gennemsyn": 2, "afventer svar": 1,
                                     "afbud": 1, "afmeldt": 1}
    assert [p.email for p in report.review] == ["x@example.dk"]
    assert [p.email for p in report.late] == ["late@example.dk"]
    assert report.review[0].words == "Jeg melder også min nabo Kaj til"
    assert [p.email for p in report.waiting] == ["pia@example.dk"]
    assert [p.email for p in report.notes] == ["aase@example.dk"]
    assert report.days_left == 6


def test_the_mail_puts_problems_first_and_escapes_every_value(settings, filled):
    with filled() as s:
        msg = digest.compose(settings, digest.gather(s, settings, at(10, 8), None), at(10, 8))
    parsed, text, html = text_and_html(msg)
    assert parsed["To"].addresses[0].addr_spec == COORDINATOR
    assert parsed["Auto-Submitted"] == "auto-generated"
    assert parsed["Subject"].startswith("Tilmeldinger den 10. september 2024: 3 kommer")
    assert text.index("SKAL BRUGE DIG") < text.index("Til gennemsyn") < text.index("TAL")
    assert text.index("Tilmeldt efter fristen") < text.index("TAL")
    assert "registers someone else" in text and "»Jeg melder også min nabo Kaj til«" in text
    assert "1. Regnvand: 2 kommer (1 tilmelding), 3 af 5 pladser tilbage" in text
    assert "Spiser med: 2" in text and "6 dage til fristen" in text
    assert "Pia <pia@example.dk>, siden 2024-09-06 09:00 (om spisning)" in text
    assert HOSTILE in text  # plain text needs no escaping
    assert HOSTILE not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert 'id="workshops"' in html and "Regnvand" in html


def test_the_participant_list_is_attached_as_excel_csv(settings, filled):
    with filled() as s:
        msg = digest.compose(settings, digest.gather(s, settings, at(10, 8), None), at(10, 8))
    parsed, _, _ = text_and_html(msg)
    (attachment,) = [p for p in parsed.iter_attachments()]
    assert attachment.get_content_type() == "text/csv"
    assert attachment.get_filename() == "deltagere-2024-09-10.csv"
    data = attachment.get_payload(decode=True)
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:3] == ["Navn", "E-mail", "Status"]
    assert len(rows) == 1 + 7
    assert ["Åse Ørnsø", "aase@example.dk", "tilmeldt", "1", "Regnvand", "ja", "2"] == rows[1][:7]


def test_changes_are_those_since_the_last_digest(settings, filled):
    with filled() as s:
        report = digest.gather(s, settings, at(10, 8), at(6, 12))
    assert [p.email for p in report.changes] == ["cis@example.dk", "late@example.dk"]
    assert report.changes[0].why == "ny"
    with filled.begin() as s:
        bo = participant_by_email(s, "bo@example.dk")
        s.add(History(participant_id=bo.id, at=at(10, 9), kind="decision", from_status="registered",
                      to_status="registered", detail={"changed": ["dinner"]}))
        pia = participant_by_email(s, "pia@example.dk")
        s.add(History(participant_id=pia.id, at=at(10, 9), kind="decision", from_status="pending",
                      to_status="pending", detail={"changed": []}))  # "Tak": nothing new
    with filled() as s:
        report = digest.gather(s, settings, at(11, 8), at(10, 8))
    assert [(p.email, p.why) for p in report.changes] == [("bo@example.dk", "ændret (spisning)")]


def test_failures_are_listed(settings, filled):
    with filled.begin() as s:
        s.add(Outbox(kind="confirm", recipient="bo@example.dk", message_id="<f1@lysholm-bolig.dk>",
                     raw=b"x", status="failed", attempts=3, last_error="550 5.1.1 no such user",
                     created_at=at(9)))
        s.add(Message(dedup_key="broken", sha256="0", folder="INBOX", size=1, received_at=at(9),
                      sender="odd@example.dk", state="failed", error="ValueError: boom",
                      handled_at=at(9)))
    with filled() as s:
        report = digest.gather(s, settings, at(10, 8), None)
    assert [(f.what, f.who) for f in report.failed] == [("confirm", "bo@example.dk"),
                                                        ("message", "odd@example.dk")]
    assert "550 5.1.1 no such user" in report.failed[0].error


def test_the_final_digest_says_so_and_lists_everyone(settings, filled):
    with filled() as s:
        msg = digest.preview(settings, s, at(17, 7, 30))
    parsed, text, html = text_and_html(msg)
    assert parsed["Subject"].startswith("Endelig deltagerliste")
    assert "DELTAGERLISTE (2 tilmeldinger, 3 personer)" in text
    assert "Åse Ørnsø <aase@example.dk>: workshop 1. Regnvand, spisning ja, 2 personer, vegetar" in text


def test_english_event_english_digest(tmp_path):
    settings = event(tmp_path, language="en")
    made = sessions(settings)
    with made.begin() as s:
        person(s, "sam@example.org", "registered", at(3), name="Sam", workshop=2, dinner=True)
    with made() as s:
        parsed, text, _ = text_and_html(digest.preview(settings, s, at(10, 8)))
    assert parsed["Subject"].startswith("Sign-ups 10 September 2024: 1 coming")
    assert "2. Byhaver: 1 coming (1 registration)" in text and "NEEDS YOU" in text
    assert parsed["Content-Language"] == "en"


def test_queue_if_due_queues_once_a_day_with_its_outbox_row(settings, filled):
    assert digest.queue_if_due(settings, filled, at(10, 6, 30)) == 0
    assert digest.queue_if_due(settings, filled, at(10, 7, 0)) == 1
    assert digest.queue_if_due(settings, filled, at(10, 7, 5)) == 0
    assert digest.queue_if_due(settings, filled, at(11, 9, 0)) == 1
    with filled() as s:
        rows = s.scalars(select(Digest).order_by(Digest.day)).all()
        assert [(d.day, d.kind) for d in rows] == [(dt.date(2024, 9, 10), "daily"),
                                                   (dt.date(2024, 9, 11), "daily")]
        outbox = {o.id: o for o in s.scalars(select(Outbox))}
        assert all(outbox[d.outbox_id].kind == "digest" for d in rows)
        assert all(outbox[d.outbox_id].recipient == COORDINATOR for d in rows)
        second = email.message_from_bytes(outbox[rows[1].outbox_id].raw, policy=policy.default)
    assert "Nyt siden sidste overblik (2024-09-10 07:00)" in second.get_body(("plain",)).get_content()


def test_preview_records_nothing(settings, filled):
    with filled() as s:
        digest.preview(settings, s, at(10, 8))
    with filled() as s:
        assert s.scalar(select(func.count()).select_from(Digest)) == 0
        assert s.scalar(select(func.count()).select_from(Outbox)) == 0


def test_old_failures_only_in_the_final_digest(settings, filled):
    with filled.begin() as s:
        for n, day in ((1, 1), (2, 8)):
            s.add(Outbox(kind="confirm", recipient=f"f{n}@example.dk", raw=b"x", status="failed",
                         message_id=f"<old{n}@lysholm-bolig.dk>", attempts=1, created_at=at(day)))
    with filled() as s:
        daily = digest.gather(s, settings, at(10, 8), since=at(9, 8))
        final = digest.gather(s, settings, at(17, 8), since=at(16, 8), kind=digest.FINAL)
    assert [f.who for f in daily.failed] == ["f2@example.dk"]  # queued within GIVE_UP_AFTER
    assert [f.who for f in final.failed] == ["f1@example.dk", "f2@example.dk"]


def test_a_late_registration_she_has_handled_no_longer_needs_her(settings, filled):
    with filled.begin() as s:
        participant_by_email(s, "late@example.dk").status = "registered"
    with filled() as s:
        report = digest.gather(s, settings, at(10, 8), None)
    assert report.late == [] and "late@example.dk" in [p.email for p in report.registered]


@pytest.mark.parametrize("reasons,fallback,expected", [
    (["coming: 'ja'", "review: registers someone else"], "x", "registers someone else"),
    (["review: a", "party 2: 'vi'", "review: b"], "x", "a; b"),
    (["coming: 'ja'"], "no clear answer after the follow-ups", "no clear answer after the follow-ups"),
    (["coming: 'ja'"], "", "coming: 'ja'"),
])
def test_why_a_person_must_look_is_said_shortly(reasons, fallback, expected):
    assert digest._why({"reasons": reasons}, fallback) == expected
