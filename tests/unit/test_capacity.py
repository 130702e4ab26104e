"""Capacity: counting places, the room left, and a registration for a full workshop."""

from __future__ import annotations

import email
from email import policy

import pytest

from pipeline import capacity
from pipeline.participant import Registration, decide, no_room
from pipeline.replies import as_bytes, compose
from pipeline.understand.reading import Envelope, Reading

from event_db import at, event, person, sessions

EMAIL = "anna@example.org"


def reading(**values) -> Reading:
    return Reading(action="confirm", intent="register",
                   envelope=Envelope(sender=EMAIL, sender_name="Anna Holm"), **values)


@pytest.mark.parametrize("stored,wanted,room,registered,full", [
    (None, (1, 1), {}, False, False),                 # no capacity anywhere
    (None, (1, 1), {2: 0}, False, False),             # another workshop is full
    (None, (1, 1), {1: 1}, False, False),             # the last place
    (None, (1, 2), {1: 1}, False, True),              # a party of two, one place
    (None, (1, 1), {1: 0}, False, True),
    ((1, 2), (1, 2), {1: 0}, True, False),            # they hold their places already
    ((1, 2), (1, 3), {1: 2}, True, True),             # more people than places left
    ((2, 1), (1, 1), {1: 0}, True, True),             # a change into a full workshop
    ((1, 1), (1, 1), {1: 0}, False, True),            # not registered: holds nothing
])
def test_no_room(stored, wanted, room, registered, full):
    before = Registration(EMAIL, workshop=stored[0] if stored else None,
                          party=stored[1] if stored else 1)
    after = Registration(EMAIL, workshop=wanted[0], party=wanted[1])
    assert no_room(before, after, room, registered=registered) is full


def test_a_full_workshop_asks_for_another_then_the_answer_confirms():
    first = decide(None, reading(workshop=1, dinner=True), late=False, max_followups=2,
                   room={1: 0, 2: 4})
    assert (first.meaning, first.reply, first.ask) == ("full", "full", ("workshop",))
    assert (first.registration.status, first.registration.workshop,
            first.registration.dinner) == ("pending", None, True)
    answer = decide(first.registration, reading(workshop=2), late=False, max_followups=2,
                    room={1: 0, 2: 4})
    assert (answer.reply, answer.registration.status, answer.registration.workshop,
            answer.registration.dinner) == ("confirm", "registered", 2, True)


def test_a_change_into_a_full_workshop_keeps_the_place():
    current = Registration(EMAIL, "registered", workshop=2, dinner=True)
    out = decide(current, reading(workshop=1, dinner=False), late=False, max_followups=2,
                 room={1: 0})
    assert (out.reply, out.registration.status, out.registration.workshop) == ("full", "registered", 2)
    assert out.registration.dinner is False and out.changed == ("dinner",)


def test_counting_places(tmp_path):
    settings = event(tmp_path, capacity={1: 3, 2: 10})
    made = sessions(settings)
    with made.begin() as s:
        person(s, "a@example.dk", "registered", at(3), workshop=1, dinner=True, party=2)
        person(s, "b@example.dk", "registered", at(3), workshop=1, dinner=True)
        person(s, "c@example.dk", "pending", at(3), workshop=1)
        person(s, "d@example.dk", "cancelled", at(3), workshop=2, party=4)
    with made() as s:
        assert capacity.coming(s) == {1: 3}
        assert capacity.places_left(settings, capacity.coming(s)) == {1: 0, 2: 10}
        assert capacity.room_for(s, settings, "A@example.dk") == {1: 2, 2: 10}
        uncapped = tmp_path / "uncapped"
        uncapped.mkdir()
        assert capacity.room_for(s, event(uncapped), "a@example.dk") == {}


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_full_reply_names_the_full_workshop_and_those_with_places(tmp_path, lang):
    settings = event(tmp_path, capacity={1: 2, 3: 1})
    pending = Registration(EMAIL, "pending", name="Anna", dinner=True, lang=lang, party=2,
                           asked=("workshop",))
    msg = compose("full", pending, settings, answering=None, now=at(5), asked=("workshop",),
                  full=1, room={1: 0, 3: 1})
    text = email.message_from_bytes(as_bytes(msg), policy=policy.default).get_body(
        ("plain",)).get_content()
    assert "1. Regnvand" in text and ("fuld" in text if lang == "da" else "full" in text)
    assert "2. Byhaver" in text  # no capacity: room for all
    assert "3. Naboskab" not in text  # one place left, a party of two
