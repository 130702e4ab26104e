"""The invitee list: reading what spreadsheets write, who has not answered, one reminder."""

from __future__ import annotations

import email
from email import policy

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from pipeline import invitees
from pipeline.cli import cli
from pipeline.store.models import Invitee, Outbox

from event_db import at, event, person, sessions


def test_semicolons_bom_and_a_header_line():
    found = invitees.read_csv("\ufeffNavn;E-mail\r\nÅse Ørnsø;Aase@Example.dk\r\nBo;bo@example.dk\r\n"
                              .encode("utf-8"))
    assert found.rows == [("aase@example.dk", "Åse Ørnsø"), ("bo@example.dk", "Bo")]
    assert found.problems == []


def test_commas_no_header_either_column_order_and_windows_1252():
    data = "bo@example.dk,Bo Berg\nSøren Æbelø,soeren@example.dk\n".encode("cp1252")
    found = invitees.read_csv(data)
    assert found.rows == [("bo@example.dk", "Bo Berg"), ("soeren@example.dk", "Søren Æbelø")]


def test_unusable_lines_are_reported_by_number():
    data = ("name;email\n"
            "Ok;ok@example.dk\n"
            "No address;\n"
            "Bad;bad@@example\n"
            "Two;a@example.dk;b@example.dk\n"
            "Again;OK@example.dk\n"
            "\n"
            "Quoted;\"<q@example.dk>\"\n").encode()
    found = invitees.read_csv(data)
    assert found.rows == [("ok@example.dk", "Ok"), ("q@example.dk", "Quoted")]
    assert [p.split(":")[0] for p in found.problems] == ["line 3", "line 4", "line 5", "line 6"]
    assert "listed already" in found.problems[3]


@pytest.fixture
def settings(tmp_path):
    return event(tmp_path, extra="[digest]\nsend_at = \"07:00\"\nreminder_days_before = 3\n")


def test_import_command_then_silent_and_a_reminder_once(settings, tmp_path):
    made = sessions(settings)
    listing = tmp_path / "inviterede.csv"
    listing.write_bytes("Navn;E-mail\nÅse;aase@example.dk\nBo;bo@example.dk\nFejl;nope\n"
                        .encode("utf-8-sig"))
    result = CliRunner().invoke(cli, ["--config", str(settings.path), "invitees", "import",
                                      str(listing), "--now", "2024-09-01T10:00"])
    assert result.exit_code == 0, result.output
    assert "2 invitee(s) added, 0 updated, 1 line(s) left out" in result.output
    assert "line 4" in result.output

    with made.begin() as s:
        person(s, "bo@example.dk", "registered", at(5), workshop=1, dinner=True)
    with made() as s:
        assert [i.email for i in invitees.silent(s)] == ["aase@example.dk"]

    # Deadline 16/9, three days before: from 13/9 at send_at.
    assert invitees.queue_reminders(settings, made, at(13, 6, 59)) == 0
    assert invitees.queue_reminders(settings, made, at(12, 12)) == 0
    assert invitees.queue_reminders(settings, made, at(13, 7, 0)) == 1
    assert invitees.queue_reminders(settings, made, at(14, 7, 0)) == 0  # once only
    with made() as s:
        (row,) = s.scalars(select(Outbox)).all()
        assert (row.kind, row.recipient) == ("reminder", "aase@example.dk")
        assert s.scalars(select(Invitee).where(Invitee.email == "aase@example.dk")).one().reminded_at
    msg = email.message_from_bytes(row.raw, policy=policy.default)
    assert msg["Auto-Submitted"] == "auto-generated"
    assert msg["Content-Language"] == "da"
    assert msg["Subject"] == ("Påmindelse: tilmelding til Gårdmøde om grønne gårde senest "
                              "den 16. september 2024")
    text = msg.get_body(("plain",)).get_content()
    assert text.startswith("Hej Åse") and "2. Byhaver" in text


def test_no_reminder_without_the_setting_or_after_the_deadline(tmp_path, settings):
    off = tmp_path / "off"
    off.mkdir()
    assert not invitees.reminder_due(event(off), at(14, 8))
    assert invitees.reminder_due(settings, at(16, 8))
    assert not invitees.reminder_due(settings, at(17, 8))


def test_reimport_updates_names(settings):
    made = sessions(settings)
    with made.begin() as s:
        assert invitees.store(s, [("a@example.dk", "A")], at(1)) == (1, 0)
    with made.begin() as s:
        assert invitees.store(s, [("a@example.dk", "Anne"), ("b@example.dk", "")], at(2)) == (1, 1)
