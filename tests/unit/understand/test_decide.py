"""The action, exactly as ../shared/corpus/README.md defines it, on whole replies.

confirm: coming, workshop and dinner both unambiguous; ask: coming, something missing or
unclear; decline: not coming; ignore: machine mail or our own; review: a person must look.
"""

from __future__ import annotations

import pytest
from reply import read

from pipeline.understand import understand


@pytest.mark.parametrize(("name", "expected"), [
    # (action, workshop, dinner)
    ("decide_samsung_base64", ("confirm", 1, True)),
    ("decide_outlook_mac_en", ("confirm", 2, False)),  # "I'm in for gardens (2). Soup: no thanks."
    ("decide_late_reply_complete", ("confirm", 3, True)),
    ("decide_all_three_sound_good", ("ask", None, True)),  # "jeg vælger på dagen"
    ("decide_times_only", ("ask", None, True)),  # "kl. 17 og går kl. 19"
    ("decide_phone_and_address_only", ("ask", None, None)),  # "jeg bor i nr. 2"
    ("decide_decline_en_names_workshop", ("decline", None, None)),
    ("decide_decline_with_question", ("decline", None, None)),
    ("intent_subject_only_afbud", ("decline", None, None)),  # a new mail: its subject says it
    ("decide_quote_only", ("review", None, None)),  # nothing but the quoted invitation
    # polite words that look like doubt or a change of mind, and are neither:
    ("intent_polite_fillers_are_firm", ("confirm", 1, True)),  # "håber at kunne bidrage", "Foreløbig tak"
    ("dinner_actually_as_filler_en", ("confirm", 2, True)),  # "soup yes. Actually, is there parking ...?"
    # everything struck out by a sentence after it, nothing said again: "Yes to Neighbourliness and the
    # soup please! ...sorry, ignore that. ... Is it still OK for me to come?", "Naboskab og suppe, tak!
    # Hov, glem det. Jeg vender tilbage i næste uge" (both had been confirmed)
    ("decide_all_struck_out_then_may_i_come_en", ("review", 3, True)),
    ("decide_all_struck_out_then_later_da", ("review", None, True)),  # (the workshop struck out with it)
    # "Is it OK for me to come? I'm in the residents' association of the estate next door": a group
    # one belongs to is no coming, the question is asked before signing up (had been asked)
    ("decide_in_another_group_is_no_coming_en", ("review", None, None)),
])
def test_action_of_whole_replies(context, name, expected):
    reading = read(context, name)
    assert (reading.action, reading.workshop, reading.dinner) == expected


def test_a_decline_may_carry_a_question(context):
    assert read(context, "decide_decline_with_question").question is True


@pytest.mark.parametrize("name", ["machine/exchange_ooo_da.eml", "machine/postfix_bounce.eml",
                                  "machine/read_receipt_da.eml", "machine/own_signup_address.eml",
                                  "machine/newsletter_bulk.eml"])
def test_machine_mail_and_our_own_mail_are_ignored(context, eml_bytes, name):
    reading = understand(eml_bytes(name), context)
    assert reading.action == "ignore"
    assert (reading.workshop, reading.dinner, reading.party) == (None, None, 1)
    assert reading.machine and reading.reasons == [f"machine: {reading.machine}"]


def test_the_reasons_say_why_in_the_senders_words(context):
    reading = read(context, "ws_first_preference")
    assert reading.reasons == [
        "workshop 2: 'Workshop: helst Byhaver' (first preference)",
        "dinner: yes ('Jeg spiser med.')",
        "confirm: dinner and workshop stated",
    ]
    assert read(context, "dinner_springer_over").reasons[1] == \
        "dinner: no ('Suppen springer jeg over denne gang.')"


def test_a_confirmation_never_rests_on_something_unclear(context):
    from reply import MEANING

    for path in sorted(MEANING.glob("*.eml")):
        for asked in ((), ("workshop",), ("dinner",)):
            reading = read(context, path.stem, asked)
            if reading.action == "confirm":
                assert not reading.unclear, path.name
                needed = set(asked) or {"workshop", "dinner"}
                assert all(getattr(reading, f) is not None for f in needed), path.name
