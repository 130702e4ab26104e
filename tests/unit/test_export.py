"""The participant list as CSV for Danish Excel and as XLSX, read back with csv and openpyxl."""

from __future__ import annotations

import csv
import io

import openpyxl
import pytest
from click.testing import CliRunner

from pipeline import export, roster
from pipeline.cli import cli

from event_db import at, event, person, sessions

HEADINGS = ["Navn", "E-mail", "Status", "Workshop", "Workshopnavn", "Spisning", "Antal", "Sprog",
            "Efter fristen", "Bemærkning", "Opdateret"]


@pytest.fixture
def settings(tmp_path):
    return event(tmp_path)


@pytest.fixture
def people(settings):
    made = sessions(settings)
    with made.begin() as s:
        person(s, "aase@example.dk", "registered", at(3), name="Åse Ørnsø-Æbelø", workshop=2,
               dinner=True, party=2, note="vegetar; ingen nødder\nkommer kl. 17.30")
        person(s, "evil@example.dk", "registered", at(4), name="=HYPERLINK(\"http://x\")",
               workshop=1, dinner=False, note="+45 1234")
        person(s, "dan@example.dk", "declined", at(5), name="Dan")
        person(s, "pia@example.dk", "pending", at(2), name="Pia", workshop=3)
    with made() as s:
        return roster.rows(s)


def test_csv_is_utf8_with_bom_semicolons_and_crlf(settings, people):
    data = export.csv_bytes(settings, people)
    assert data.startswith(b"\xef\xbb\xbfNavn;E-mail;")
    assert b"\r\n" in data
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert rows[0] == HEADINGS
    by_email = {r[1]: r for r in rows[1:]}
    assert len(by_email) == 4
    aase = by_email["aase@example.dk"]
    assert aase[:8] == ["Åse Ørnsø-Æbelø", "aase@example.dk", "tilmeldt", "2", "Byhaver", "ja",
                        "2", "da"]
    assert aase[9] == "vegetar; ingen nødder\nkommer kl. 17.30"  # quoted, so ; and the line break stay
    assert aase[10] == "2024-09-03 09:00"
    # Registered first, then pending, then declined.
    assert [r[2] for r in rows[1:]] == ["tilmeldt", "tilmeldt", "afventer svar", "afbud"]


def test_formulas_stay_text(settings, people, tmp_path):
    rows = list(csv.reader(io.StringIO(export.csv_bytes(settings, people).decode("utf-8-sig"),
                                       newline=""), delimiter=";"))
    evil = next(r for r in rows if r[1] == "evil@example.dk")
    assert evil[0] == "'=HYPERLINK(\"http://x\")" and evil[9] == "'+45 1234"
    path = tmp_path / "l.xlsx"
    export.write_xlsx(settings, people, path)
    sheet = openpyxl.load_workbook(path).active
    cells = {sheet.cell(row=r, column=2).value: sheet.cell(row=r, column=1)
             for r in range(2, sheet.max_row + 1)}
    assert cells["evil@example.dk"].value == "=HYPERLINK(\"http://x\")"
    assert cells["evil@example.dk"].data_type == "s"


def test_xlsx_round_trips(settings, people, tmp_path):
    path = tmp_path / "deltagere.xlsx"
    export.write_xlsx(settings, people, path)
    sheet = openpyxl.load_workbook(path).active
    values = [list(row) for row in sheet.iter_rows(values_only=True)]
    expected = export.table(settings, people)
    assert values[0] == HEADINGS
    assert [[("" if v is None else v) for v in row] for row in values] == expected
    aase = next(r for r in values if r[1] == "aase@example.dk")
    assert aase[0] == "Åse Ørnsø-Æbelø" and aase[6] == 2 and aase[3] == 2


def test_the_export_command_writes_both(settings, people, tmp_path):
    runner = CliRunner()
    csv_path, xlsx_path = tmp_path / "a.csv", tmp_path / "a.xlsx"
    result = runner.invoke(cli, ["--config", str(settings.path), "export", "--csv", str(csv_path),
                                 "--xlsx", str(xlsx_path)])
    assert result.exit_code == 0, result.output
    assert csv_path.read_bytes() == export.csv_bytes(settings, people)
    assert openpyxl.load_workbook(xlsx_path).active.max_row == 5
    nothing = runner.invoke(cli, ["--config", str(settings.path), "export"])
    assert nothing.exit_code == 2 and "--csv" in nothing.output
