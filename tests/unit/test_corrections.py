"""`tilmeld set`: a correction kept in the history, visible in list and show, with an
optional notice through the outbox."""

from __future__ import annotations

import email
import json
from email import policy

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from pipeline.cli import cli
from pipeline.corrections import Correction, CorrectionError, correct
from pipeline.store.models import History, Outbox
from pipeline.store.queries import participant_by_email

from event_db import at, event, person, sessions

ANNA = "anna@example.dk"


@pytest.fixture
def settings(tmp_path):
    return event(tmp_path, capacity={3: 1})


@pytest.fixture
def made(settings):
    made = sessions(settings)
    with made.begin() as s:
        row = person(s, ANNA, "review", at(3), name="Anna Holm", workshop=1, dinner=None,
                     review_reason="registers someone else", question=True)
        row.last_reply_message_id = "<earlier@lysholm-bolig.dk>"
        person(s, "full@example.dk", "registered", at(3), workshop=3, dinner=True)
    return made


def run(settings, *args):
    return CliRunner().invoke(cli, ["--config", str(settings.path), *args])


def test_a_correction_changes_the_row_and_is_kept_in_the_history(settings, made):
    with made.begin() as s:
        done = correct(s, settings, "Anna@Example.dk", Correction(workshop=2, dinner=True,
                                                                  status="registered"),
                       notify=False, now=at(6))
    assert done.changed == {"status": ("review", "registered"), "workshop": (1, 2),
                            "dinner": (None, True)}
    with made() as s:
        row = participant_by_email(s, ANNA)
        assert (row.status, row.workshop, row.dinner, row.party) == ("registered", 2, True, 1)
        assert row.review_reason is None and row.question is False
        (history,) = s.scalars(select(History).where(History.kind == "correction")).all()
        assert (history.from_status, history.to_status) == ("review", "registered")
        assert history.detail["values"]["workshop"] == [1, 2]
        assert s.scalars(select(Outbox)).all() == []


def test_notify_queues_the_updated_confirmation_in_the_thread(settings, made):
    with made.begin() as s:
        done = correct(s, settings, ANNA, Correction(workshop=2, dinner=True, status="registered"),
                       notify=True, now=at(6))
    assert done.notified == "change"
    with made() as s:
        (row,) = s.scalars(select(Outbox)).all()
        assert (row.kind, row.recipient, row.status) == ("change", ANNA, "pending")
        msg = email.message_from_bytes(row.raw, policy=policy.default)
        assert participant_by_email(s, ANNA).last_reply_message_id == row.message_id
    assert msg["In-Reply-To"] == "<earlier@lysholm-bolig.dk>"
    assert msg["Auto-Submitted"] == "auto-replied"
    assert "Byhaver" in msg.get_body(("plain",)).get_content()
    assert any(p.get_content_type() == "text/calendar" for p in msg.walk())


def test_notify_needs_a_notice_and_complete_values(settings, made):
    with made.begin() as s:
        done = correct(s, settings, ANNA, Correction(status="registered"), notify=True, now=at(6))
    assert done.notified is None and "dinner" in done.warnings[0]
    with made.begin() as s:
        done = correct(s, settings, ANNA, Correction(status="pending"), notify=True, now=at(6))
    assert done.notified is None and "no notice" in done.warnings[0]
    with made.begin() as s:
        done = correct(s, settings, ANNA, Correction(status="cancelled"), notify=True, now=at(6))
    assert done.notified == "cancel"


@pytest.mark.parametrize("change,message", [
    (Correction(workshop=9), "no workshop 9"),
    (Correction(party=0), "--party"),
    (Correction(status="maybe"), "--status"),
    (Correction(), "nothing to change"),
])
def test_invalid_corrections_are_refused(settings, made, change, message):
    with made.begin() as s, pytest.raises(CorrectionError, match=message):
        correct(s, settings, ANNA, change, notify=False, now=at(6))


def test_unknown_people_need_a_status_and_a_valid_address(settings, made):
    with made.begin() as s, pytest.raises(CorrectionError, match="no participant"):
        correct(s, settings, "new@example.dk", Correction(workshop=1), notify=False, now=at(6))
    with made.begin() as s, pytest.raises(CorrectionError, match="not a usable address"):
        correct(s, settings, "not an address", Correction(status="registered"), notify=False,
                now=at(6))
    with made.begin() as s:
        done = correct(s, settings, "phoned@example.dk",
                       Correction(workshop=1, dinner=False, status="registered"),
                       notify=False, now=at(6))
    assert done.created


def test_over_capacity_is_allowed_with_a_warning(settings, made):
    with made.begin() as s:
        done = correct(s, settings, ANNA, Correction(workshop=3, dinner=True, status="registered"),
                       notify=False, now=at(6))
    assert done.warnings and "capacity" in done.warnings[0]


def test_set_is_visible_in_list_and_show(settings, made):
    result = run(settings, "set", ANNA, "--workshop", "2", "--dinner", "yes", "--party", "3",
                 "--status", "registered", "--notify")
    assert result.exit_code == 0, result.output
    assert "Corrected anna@example.dk" in result.output and "change notice" in result.output
    listed = {p["email"]: p for p in map(json.loads, run(settings, "list", "--json").output.splitlines())}
    assert (listed[ANNA]["status"], listed[ANNA]["workshop"], listed[ANNA]["dinner"],
            listed[ANNA]["party"]) == ("registered", 2, True, 3)
    shown = run(settings, "show", ANNA)
    assert shown.exit_code == 0, shown.output
    assert "correction" in shown.output and "review → registered" in shown.output
    assert "workshop 1 → 2" in shown.output and "change" in shown.output


def test_set_refuses_with_a_usage_error(settings, made):
    result = run(settings, "set", ANNA, "--workshop", "7")
    assert result.exit_code == 2 and "no workshop 7 in the config (there are 1, 2, 3)" in result.output
