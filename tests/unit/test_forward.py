"""Forwards to the coordinator: the original attached as message/rfc822, our reading above it."""

from __future__ import annotations

import email
import hashlib
from email import policy
from pathlib import Path

import pytest
from sqlalchemy import select

from pipeline import forward
from pipeline.handle import Job, handle
from pipeline.invitation import context_for
from pipeline.participant import Outcome, decide
from pipeline.understand import Reading, understand
from pipeline.store.models import Message, Outbox
from pipeline.understand.reading import Envelope

from event_db import COORDINATOR, at, event, sessions

MAIL = Path(__file__).resolve().parents[1] / "fixtures" / "mail" / "coordinator"


@pytest.fixture
def settings(tmp_path):
    return event(tmp_path)


def forwarded(settings, name: str, **options):
    raw = (MAIL / name).read_bytes()
    reading = understand(raw, context_for(settings))
    outcome = decide(None, reading, late=options.pop("late", False), max_followups=2,
                     holding_reply=True)
    msg = forward.compose(settings, raw, reading, outcome, now=at(5, 10), **options)
    parsed = email.message_from_bytes(forward.as_bytes(msg), policy=policy.default)
    return raw, reading, parsed


def test_the_original_goes_along_as_message_rfc822(settings):
    raw, reading, msg = forwarded(settings, "neighbour_two_choices_da.eml")
    (part,) = [p for p in msg.iter_attachments()]
    assert part.get_content_type() == "message/rfc822"
    original = part.get_content()
    assert original["Message-ID"] == "<AM0PR07MB4466C2F1E9A0B3D5@AM0PR07MB4466.eurprd07.prod.outlook.com>"
    assert "Kaj Ørum fra nr. 14" in original.get_content()
    assert original["From"].addresses[0].addr_spec == "birgit.holm@outlook.dk"


def test_it_says_what_tilmeld_read_and_decided(settings):
    _, reading, msg = forwarded(settings, "neighbour_two_choices_da.eml")
    assert reading.action == "review"
    assert msg["To"].addresses[0].addr_spec == COORDINATOR
    assert msg["Reply-To"].addresses[0].addr_spec == "birgit.holm@outlook.dk"
    assert msg["Auto-Submitted"] == "auto-generated"
    assert msg["Subject"] == "Til gennemsyn: Birgit Holm – SV: Invitation: Gårdmøde om grønne gårde"
    text = msg.get_body(("plain",)).get_content()
    for reason in reading.reasons:
        assert reason in text
    assert "Læst som: skal læses af en person" in text
    assert "Status nu: til gennemsyn" in text
    assert "Svar til afsenderen: kort svar: en person svarer" in text
    assert "> Jeg vil gerne tilmelde både mig selv og min nabo Kaj Ørum fra nr. 14." in text
    # two people, two workshops ("Han vil i Naboskab, jeg vil helst ... Regnvand"): the
    # coordinator sees both named among the reasons, and no workshop recorded for the sender
    assert reading.workshop is None and "workshops named: 1, 3" in text and "Workshop: " not in text
    assert f"Antal: {reading.party}" in text and "Spisning: ja" in text


def test_hostile_names_and_words_are_escaped_in_html(settings):
    _, reading, msg = forwarded(settings, "hostile_question_da.eml")
    html = msg.get_body(("html",)).get_content()
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<img" not in html and "&lt;img src=x onerror=alert(2)&gt;" in html
    assert "<b>Spørgsmål</b>" not in html
    assert "Stiller et spørgsmål: ja" in msg.get_body(("plain",)).get_content()


def test_a_late_registration_says_so(settings):
    _, _, msg = forwarded(settings, "neighbour_two_choices_da.eml", late=True)
    assert "Status nu: til gennemsyn" in msg.get_body(("plain",)).get_content()


def test_an_oversized_message_sends_only_its_header(settings):
    raw = (MAIL / "neighbour_two_choices_da.eml").read_bytes()
    reading = Reading(action="review", reasons=["larger than limits.max_message_bytes"],
                      envelope=Envelope(sender="birgit.holm@outlook.dk", subject="stort"))
    msg = forward.compose(settings, raw, reading, None, now=at(5, 10), oversized=True)
    parsed = email.message_from_bytes(forward.as_bytes(msg), policy=policy.default)
    (part,) = list(parsed.iter_attachments())
    assert part.get_content_type() == "text/rfc822-headers"
    content = part.get_payload(decode=True)
    assert b"Message-ID: <AM0PR07MB4466C2F1E9A0B3D5" in content and b"Kaj" not in content


def test_unparseable_bytes_still_reach_her(settings):
    raw = b"\xff\xfe garbage without headers \x00\r\n\r\n\x80"
    reading = Reading(action="review", reasons=["review: the message could not be understood"])
    msg = forward.compose(settings, raw, reading, None, now=at(5, 10))
    parsed = email.message_from_bytes(forward.as_bytes(msg), policy=policy.default)
    assert len(list(parsed.iter_attachments())) == 1
    assert parsed["Reply-To"] is None
    assert "Til gennemsyn: ukendt afsender" == parsed["Subject"]


@pytest.mark.parametrize("action,forward_flag,expected", [
    ("review", False, True), ("confirm", True, True), ("confirm", False, False),
    ("ask", False, False), ("decline", True, True), ("ignore", True, False),
])
def test_what_is_forwarded(action, forward_flag, expected):
    outcome = Outcome(None, None, "review", "x", forward=forward_flag)
    assert forward.needs_forward(Reading(action=action), outcome) is expected


def handled(settings, name: str):
    """Run pipeline.handle on a stored fixture, as ingest does: one transaction."""
    raw = (MAIL / name).read_bytes()
    made = sessions(settings)
    with made.begin() as s:
        message = Message(dedup_key=name, sha256=hashlib.sha256(raw).hexdigest(), folder="INBOX",
                          size=len(raw), received_at=at(6, 8), raw=raw, state="received")
        s.add(message)
        s.flush()
        handle(Job(s, settings, context_for(settings), at(6, 8), message))
    with made() as s:
        return s.get(Message, message.id), list(s.scalars(select(Outbox).order_by(Outbox.id)))


def test_a_message_without_a_usable_sender_is_forwarded_though_nothing_is_recorded(settings):
    message, outbox = handled(settings, "no_from_header.eml")
    assert message.state == "handled" and message.participant_id is None
    assert [(o.kind, o.recipient) for o in outbox] == [("forward", COORDINATOR)]
    assert "forwarded to the coordinator" in message.outcome


def test_a_review_message_is_forwarded_in_its_own_transaction(settings):
    message, outbox = handled(settings, "neighbour_two_choices_da.eml")
    assert [(o.kind, o.recipient, o.answers_id) for o in outbox] == [
        ("forward", COORDINATOR, message.id)]
    assert message.action == "review"
