"""The participant state machine: every (state, meaning, deadline) cell, then merge properties."""

from __future__ import annotations

import itertools
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.participant import (
    MEANINGS, NONE, REPLY_KINDS, STATES, TABLE, Registration, decide, merge,
)
from pipeline.understand.reading import ASKABLE, Envelope, Reading

EMAIL = "anna@example.org"
MAX = 2


def reading(action: str, intent: str = "register", **values) -> Reading:
    values.setdefault("envelope", Envelope(sender=EMAIL, sender_name="Anna Holm"))
    return Reading(action=action, intent=intent, **values)


# One message per meaning; each is checked below to really mean what its key says.
MESSAGES = {
    "complete": reading("confirm", workshop=3, dinner=False),
    "unchanged": reading("confirm", workshop=2, dinner=True),
    "incomplete": reading("ask", unclear={"workshop": "2 eller 3"}),
    "empty": reading("review", intent="other"),
    "decline": reading("decline", intent="decline"),
    "question": reading("review", intent="question", question=True),
    "review": reading("review", workshop=1, reasons=["registers someone else"]),
    "ignore": reading("ignore", intent="other", machine="auto-reply"),
    "full": reading("confirm", workshop=3, dinner=True),  # with ROOM: workshop 3 is full
}
# The places left per workshop, for the "full" cells; no capacity anywhere for the others.
ROOM = {3: 0}


def current_for(state: str, meaning: str, followups: int) -> Registration | None:
    if state == NONE:
        return None
    # "unchanged" needs complete stored values; the others start from typical ones.
    complete = meaning == "unchanged" or state in ("registered", "cancelled", "review")
    return Registration(
        email=EMAIL, status=state, name="Anna Holm",
        workshop=2 if complete or state == "pending" else None,
        dinner=True if complete else None,
        followups=followups,
        asked=("dinner",) if state == "pending" else (),
        review_reason="mixed group" if state == "review" else None,
    )


CELLS = [
    (state, meaning, late, exhausted, holding)
    for state, meaning in TABLE
    for late, exhausted, holding in itertools.product((False, True), repeat=3)
    # Nothing is stored for NONE: it cannot be unchanged, nor have had follow-ups.
    if not (state == NONE and (meaning == "unchanged" or exhausted))
]


def expected(state: str, meaning: str, late: bool, exhausted: bool, holding: bool):
    """(status, reply) as the brief states the rules, written independently of TABLE."""
    hold = "holding" if holding else None
    if meaning == "ignore":
        return (None if state == NONE else state), None
    if state == "review":
        return "review", None
    if meaning == "review":
        return "review", hold
    if meaning == "question":
        return ("review", hold) if state in (NONE, "pending") else (state, None)
    if meaning == "empty":
        return ("review", hold) if state == NONE else (state, None)
    if meaning == "decline":
        return {NONE: ("declined", "decline"), "pending": ("declined", "decline"),
                "registered": ("cancelled", "cancel")}.get(state, (state, None))
    if meaning == "full":
        if late and state in (NONE, "declined", "cancelled"):
            return "review", "late"
        return ("registered" if state == "registered" else "pending"), "full"
    # complete, unchanged, incomplete: a (re)registration
    if late and state in (NONE, "declined", "cancelled"):
        return "review", "late"
    if meaning == "incomplete":
        if exhausted:
            return "review", hold
        return ("registered" if state == "registered" else "pending"), "ask"
    if state == "registered":
        return "registered", ("change" if meaning == "complete" else None)
    return "registered", "confirm"


def test_table_covers_every_state_and_meaning():
    assert set(TABLE) == set(itertools.product(STATES, MEANINGS))
    used = {step.reply for pair in TABLE.values() for step in pair} - {None}
    assert used | {"ask"} == set(REPLY_KINDS)


@pytest.mark.parametrize("state,meaning,late,exhausted,holding", CELLS)
def test_every_cell(state, meaning, late, exhausted, holding):
    followups = MAX if exhausted else 0
    current = current_for(state, meaning, followups)
    message = MESSAGES[meaning]
    out = decide(current, message, late=late, max_followups=MAX, holding_reply=holding,
                 room=ROOM if meaning == "full" else None)

    assert out.meaning == meaning
    status, reply = expected(state, meaning, late, exhausted, holding)
    assert (out.registration.status if out.registration else None) == status
    assert out.reply == reply
    assert out.reason

    new = out.registration
    if meaning == "ignore":
        assert new is current and not out.forward
        return
    assert new.email == EMAIL
    # Counting follow-ups: exactly one more for each follow-up sent, and it says what it asks.
    assert new.followups == followups + (reply == "ask")
    asks = reply == "ask" or (reply == "full" and new.status == "pending")
    assert bool(out.ask) == asks and new.asked == out.ask
    assert set(out.ask) <= set(ASKABLE)
    # Only a registration after the deadline marks a person late.
    assert new.late == (reply == "late")
    # Whoever lands in review is shown to the coordinator with a reason; nobody else has one.
    assert (new.review_reason is not None) == (new.status == "review")
    if new.status == "review":
        assert out.forward
    if reply in ("confirm", "change"):
        assert new.workshop is not None and new.dinner is not None
    if reply == "full":  # the full workshop is never taken
        assert new.workshop != message.workshop
        assert out.ask == (("workshop",) if new.status == "pending" else ())


def test_no_usable_sender_goes_to_the_coordinator():
    message = reading("confirm", workshop=1, dinner=True, envelope=Envelope(sender=None))
    out = decide(None, message, late=False, max_followups=MAX)
    assert out.registration is None and out.reply is None and out.forward


# -- stories ---------------------------------------------------------------------------------

def test_ja_tak_to_the_dinner_question_completes_the_registration():
    first = decide(None, reading("ask", workshop=2), late=False, max_followups=MAX)
    assert (first.registration.status, first.reply, first.ask) == ("pending", "ask", ("dinner",))
    answer = decide(first.registration, reading("confirm", dinner=True), late=False,
                    max_followups=MAX)
    assert (answer.registration.status, answer.reply) == ("registered", "confirm")
    assert (answer.registration.workshop, answer.registration.dinner) == (2, True)
    assert answer.registration.asked == ()


def test_a_change_of_workshop_keeps_the_dinner_answer():
    current = Registration(EMAIL, "registered", workshop=1, dinner=False)
    out = decide(current, reading("ask", intent="change", workshop=3), late=False,
                 max_followups=MAX)
    assert out.reply == "change" and out.changed == ("workshop",)
    assert (out.registration.workshop, out.registration.dinner) == (3, False)


def test_thanks_after_the_confirmation_gets_no_reply():
    current = Registration(EMAIL, "registered", workshop=1, dinner=True)
    for message in (reading("confirm", intent="other"), reading("review", intent="other")):
        out = decide(current, message, late=False, max_followups=MAX)
        assert out.reply is None and out.registration.status == "registered"
        assert not out.forward


def test_follow_ups_stop_at_the_limit_then_a_person_takes_over():
    registration = None
    replies = []
    for _ in range(4):
        out = decide(registration, reading("ask"), late=False, max_followups=MAX,
                     holding_reply=True)
        registration = out.registration
        replies.append(out.reply)
    assert replies == ["ask", "ask", "holding", None]
    assert registration.status == "review" and registration.followups == MAX


def test_a_late_registration_is_recorded_and_later_messages_go_to_the_coordinator():
    out = decide(None, reading("confirm", workshop=1, dinner=True), late=True,
                 max_followups=MAX)
    assert (out.registration.status, out.reply, out.forward) == ("review", "late", True)
    assert out.registration.late and out.registration.workshop == 1
    again = decide(out.registration, reading("confirm", workshop=2, dinner=True), late=True,
                   max_followups=MAX)
    assert again.reply is None and again.forward and again.registration.workshop == 2


def test_a_cancellation_after_the_deadline_is_accepted():
    current = Registration(EMAIL, "registered", workshop=1, dinner=True)
    out = decide(current, reading("decline", intent="cancel"), late=True, max_followups=MAX)
    assert (out.registration.status, out.reply) == ("cancelled", "cancel")


def test_someone_who_cancelled_can_come_after_all_with_their_old_choices():
    current = Registration(EMAIL, "cancelled", workshop=3, dinner=True)
    out = decide(current, reading("confirm", intent="register"), late=False, max_followups=MAX)
    assert (out.registration.status, out.reply) == ("registered", "confirm")
    assert out.registration.workshop == 3


def test_a_complete_registration_with_a_question_is_confirmed_and_shown_to_the_coordinator():
    out = decide(None, reading("confirm", workshop=1, dinner=True, question=True), late=False,
                 max_followups=MAX)
    assert out.reply == "confirm" and out.forward and out.registration.question


def test_review_keeps_the_values_of_someone_else_out_of_the_senders_registration():
    current = Registration(EMAIL, "registered", workshop=1, dinner=True)
    out = decide(current, MESSAGES["review"], late=False, max_followups=MAX)
    assert out.registration.status == "review"
    assert out.registration.review_reason == "registers someone else"
    assert (out.registration.workshop, out.registration.dinner) == (1, True)


# -- merge ------------------------------------------------------------------------------------

registrations = st.builds(
    Registration,
    email=st.just(EMAIL),
    status=st.sampled_from(["pending", "registered", "declined", "cancelled", "review"]),
    name=st.text(max_size=20),
    workshop=st.none() | st.integers(1, 3),
    dinner=st.none() | st.booleans(),
    party=st.integers(1, 5),
    lang=st.sampled_from(["da", "en"]),
    note=st.none() | st.text(min_size=1, max_size=30),
    followups=st.integers(0, 3),
)
readings = st.builds(
    Reading,
    action=st.sampled_from(["confirm", "ask"]),
    intent=st.sampled_from(["register", "change", "other"]),
    workshop=st.none() | st.integers(1, 3),
    dinner=st.none() | st.booleans(),
    party=st.integers(1, 5),
    lang=st.sampled_from(["da", "en"]),
    note=st.none() | st.text(min_size=1, max_size=30),
    envelope=st.builds(Envelope, sender=st.just(EMAIL), sender_name=st.text(max_size=20)),
)


@given(registrations, readings)
def test_merge_stated_values_win_and_unstated_are_kept(current, message):
    merged = merge(current, message)
    for name in ("workshop", "dinner"):
        stated = getattr(message, name)
        assert getattr(merged, name) == (getattr(current, name) if stated is None else stated)
    assert merged.party == (message.party if message.party > 1 else current.party)
    for note in (current.note, message.note):
        assert note is None or note in merged.note
    # Merge touches values only: who the person is and where they stand stays as it was.
    assert (merged.email, merged.status, merged.followups) == (
        current.email, current.status, current.followups)


@given(registrations, readings)
def test_merge_twice_is_merge_once(current, message):
    once = merge(current, message)
    assert merge(once, message) == once


@given(registrations, readings)
def test_decide_never_asks_for_what_is_known_and_clear(current, message):
    current = replace(current, status="pending", followups=0)
    out = decide(current, message, late=False, max_followups=MAX)
    for name in out.ask:
        assert getattr(out.registration, name) is None or name in message.unclear
    if out.reply in ("confirm", "change"):
        assert out.registration.missing == ()
