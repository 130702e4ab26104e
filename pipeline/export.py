"""The participant list as files the coordinator opens in Excel: CSV and XLSX.

The CSV is what Danish Excel opens right by double-click: UTF-8 with a byte order mark
(else æøå come out as mojibake), semicolons (Danish Excel's list separator, since the
comma is the decimal sign), CRLF. Values that Excel would run as a formula (=, +, -, @
first) are written so they stay text: a sign-up mail must never become a formula.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from . import coordinator
from .config import Settings

FIELDS = ("name", "email", "status", "workshop", "workshop_name", "dinner", "party", "lang",
          "late", "note", "updated")
HEADINGS = {
    "da": ("Navn", "E-mail", "Status", "Workshop", "Workshopnavn", "Spisning", "Antal", "Sprog",
           "Efter fristen", "Bemærkning", "Opdateret"),
    "en": ("Name", "Email", "Status", "Workshop", "Workshop name", "Dinner", "People", "Language",
           "Late", "Note", "Updated"),
}
# The list in the order she reads it: who is coming first.
ORDER = ("registered", "review", "pending", "declined", "cancelled")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def table(settings: Settings, people: Iterable[Mapping[str, Any]]) -> list[list[Any]]:
    """Header row, then one row per person (roster rows), values in the event's language."""
    lang = coordinator.language(settings)
    yes = coordinator.YES_NO[lang]
    ordered = sorted(people, key=lambda p: (ORDER.index(p["status"]) if p["status"] in ORDER
                                            else len(ORDER), p["workshop"] or 0,
                                            (p["name"] or p["email"]).lower()))
    rows: list[list[Any]] = [list(HEADINGS[lang])]
    for p in ordered:
        workshop = settings.workshop(p["workshop"])
        updated = p["updated"]
        if isinstance(updated, str):
            updated = dt.datetime.fromisoformat(updated)
        rows.append([
            p["name"] or "", p["email"], coordinator.STATUS[lang].get(p["status"], p["status"]),
            p["workshop"] if p["workshop"] is not None else "",
            workshop.name if workshop else "",
            "" if p["dinner"] is None else yes[p["dinner"]], p["party"], p["lang"],
            yes[True] if p["late"] else "", p["note"] or "",
            coordinator.moment(updated, settings),
        ])
    return rows


def csv_bytes(settings: Settings, people: Iterable[Mapping[str, Any]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    for row in table(settings, people):
        writer.writerow([_text_stays_text(v) for v in row])
    return out.getvalue().encode("utf-8-sig")


def write_csv(settings: Settings, people: Iterable[Mapping[str, Any]], path: Path) -> None:
    path.write_bytes(csv_bytes(settings, people))


def write_xlsx(settings: Settings, people: Iterable[Mapping[str, Any]], path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    lang = coordinator.language(settings)
    book = Workbook()
    sheet = book.active
    sheet.title = "Deltagere" if lang == "da" else "Participants"
    rows = table(settings, people)
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            cell = sheet.cell(row=r, column=c, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # openpyxl would take "=..." for a formula
            if r == 1:
                cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    for c, heading in enumerate(rows[0], start=1):
        longest = max(len(str(row[c - 1])) for row in rows)
        sheet.column_dimensions[sheet.cell(row=1, column=c).column_letter].width = min(
            60, max(len(heading), longest) + 2)
    book.save(path)


def _text_stays_text(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value
