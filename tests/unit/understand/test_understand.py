"""understand() as a whole: every step wired, and it never raises."""

from __future__ import annotations

import pytest
from reply import read

import pipeline.understand as understanding
from pipeline.understand import ACTIONS, _added_to, understand


def test_the_text_kept_is_the_senders_own_words(context):
    reading = read(context, "ws_number_outlook")
    assert reading.text == "Hej Karen\n\nJeg tager workshop 2 og spiser gerne med."
    assert reading.envelope.sender == "pbr@hvidovre.dk"


def test_the_json_shape(context):
    data = read(context, "dinner_diet_note").to_json(file="x.eml")
    for key in ("file", "action", "workshop", "dinner", "party", "lang", "question", "reasons", "text"):
        assert key in data
    assert data["note"] and data["error"] is None


def test_an_unexpected_failure_becomes_a_review_with_the_error(context, eml_bytes, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(understanding, "read_meaning", broken)
    reading = understand(eml_bytes("meaning/ws_number_outlook.eml"), context)
    assert reading.action == "review"
    assert reading.error == "RuntimeError: boom"
    assert reading.reasons == ["review: the message could not be understood"]
    assert reading.envelope.sender == "pbr@hvidovre.dk"  # what was read before the failure stays


@pytest.mark.parametrize("raw", [b"", b"\x00\xff\xfe garbage", b"Subject: x\r\n\r\n" + b"\xe6" * 5000,
                                 "Subject: Ja\n\nJa tak, workshop 2".encode("utf-16")])
def test_odd_bytes_get_an_action(context, raw):
    reading = understand(raw, context)
    assert reading.action in ACTIONS
    assert reading.error is None


def test_a_form_attached_goes_to_a_person_instead_of_asking(context):
    # "Hermed min tilmelding – ... blanket, den ligger vedhæftet" with a .docx: asking for what
    # the form may hold would be the wrong question (had asked)
    reading = read(context, "attached_form_may_hold_the_answers")
    assert reading.action == "review"
    assert reading.reasons[-1] == "review: the answer may be in the attached Tilmelding.docx"


def test_a_very_long_text_is_read_only_so_far(context):
    body = ("Jeg kommer gerne. " * 2000 + "Workshop 2 og suppe ja tak.").encode()
    reading = understand(b"From: a@b.dk\r\nSubject: Tilmelding\r\n\r\n" + body, context)
    assert reading.workshop is None  # beyond the limit
    assert any("characters were read" in r for r in reading.reasons)


@pytest.mark.parametrize(("name", "workshop", "dinner"), [
    ("subject_answer_da", 3, True),  # "SV: Invitation: Gårdmøde ... - ws 3 og spiser med", body "Se emnefeltet"
    ("subject_answer_en", 1, False),  # "Re: Invitation: Gårdmøde ... – yes, workshop 1, no soup", no body
])
def test_an_answer_added_to_our_subject_is_read(context, name, workshop, dinner):
    reading = read(context, name)
    assert (reading.action, reading.workshop, reading.dinner) == ("confirm", workshop, dinner)


def test_our_subject_alone_adds_nothing(context):
    assert _added_to(context.invitation_subject, "SV: " + context.invitation_subject) == ""
    assert _added_to(context.invitation_subject, "SV: Tilmelding - ws 3") == ""  # not ours: not read as added
    assert context.invitation_subject.startswith("Invitation: Gårdmøde")


@pytest.mark.parametrize(("name", "workshop", "dinner"), [
    # "Re: Invitation: Gårdmøde om grønne gårde – workshop 3 og spiser med" (the end of our
    # subject replaced by the answer; the body says "Se emnefeltet"; it had asked both)
    ("subject_end_replaced_by_answer", 3, True),
    # "Kommer - workshop 2 - ingen suppe Re: Invitation: ..." with an empty body (had gone to review)
    ("subject_answer_before_re", 2, False),
])
def test_an_answer_written_in_the_subject(context, name, workshop, dinner):
    reading = read(context, name)
    assert (reading.action, reading.workshop, reading.dinner) == ("confirm", workshop, dinner)


@pytest.mark.parametrize(("name", "action", "workshop", "dinner"), [
    # a reply whose subject the sender wrote over, no "SV:": "Tilmelding: byhave-gruppen + jeg
    # spiser med", body "Svaret står i emnefeltet :-)" (had gone to a person)
    ("subject_typed_over_in_a_reply", "confirm", 2, True),
    # "Afbud 24/9 – Kirsten Møller, afd. 4" over nothing but "Sendt fra min iPhone" and the
    # quoted invitation (had gone to a person)
    ("subject_typed_over_decline", "decline", None, None),
])
def test_a_subject_typed_over_in_a_reply_is_read(context, name, action, workshop, dinner):
    reading = read(context, name)
    assert (reading.action, reading.workshop, reading.dinner) == (action, workshop, dinner)


@pytest.mark.parametrize(("name", "action", "workshop", "dinner"), [
    # a reply's subject the sender wrote over, read when the body leaves an answer open:
    # "SV: Byhaver" above "Og jeg spiser med – er der en vegetarisk ret?" (had asked the workshop)
    ("subject_written_over_workshop_body_meal_da", "confirm", 2, True),
    # after a word of ours it kept: "Re: Invitation – ikke suppe, men gerne workshop 3" above a
    # greeting (had gone to a person)
    ("subject_ours_kept_then_the_answer_da", "confirm", 3, False),
    # corrected below: "SV: Invitation - workshop 1 + suppe", "det skal være workshop 3, ikke 1.
    # Suppen gælder stadig." (had asked the meal)
    ("subject_written_over_then_corrected_da", "confirm", 3, True),
    ("subject_written_over_en", "confirm", 1, False),  # "Re: rainwater please, no soup" (had gone to a person)
    # not another thread's above a whole answer: "Re: Referat af bestyrelsesmøde 3 – aflyst"
    ("subject_of_another_thread_above_a_whole_answer_da", "confirm", 2, True),
    # nor a reply to one of our own messages: "Re: Afmelding modtaget: Gårdmøde om grønne gårde"
    # above "Tak – men jeg spiser gerne med alligevel" (no decline read from our words)
    ("subject_of_our_own_message_adds_nothing_da", "ask", None, True),
    # stop 69: ... and read when it names another workshop than the body, a whole answer: "Re: workshop
    # 1, spiser med" above "Jeg vil gerne deltage i byhaver og spiser også med bagefter" (had confirmed
    # 2, the subject unread)
    ("subject_written_over_names_another_workshop_da", "ask", None, True),
])
def test_a_subject_written_over_is_read_when_the_body_leaves_an_answer_open(context, name, action, workshop, dinner):
    reading = read(context, name)
    assert (reading.action, reading.workshop, reading.dinner) == (action, workshop, dinner)
