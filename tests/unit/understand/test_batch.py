"""`tilmeld parse` behind the command: one result per file, whatever happens to the file."""

from __future__ import annotations

from pathlib import Path

from pipeline.understand import batch
from pipeline.understand.reading import Reading

MAIL = Path(__file__).resolve().parents[2] / "fixtures" / "mail"
KEYS = set(Reading(action="review").to_json(file="x"))


def test_one_result_per_file_in_order(context, tmp_path):
    files = [MAIL / "machine" / "postfix_bounce.eml", tmp_path / "missing.eml", tmp_path,
             MAIL / "quotes" / "gmail_en.eml"]
    results = batch.read_files(files, context)
    assert [r["file"] for r in results] == [str(f) for f in files]
    assert all(set(r) == KEYS for r in results)
    assert results[0]["action"] == "ignore"
    assert results[1]["action"] == "review" and results[1]["error"].startswith("cannot read")
    assert results[2]["action"] == "review" and results[2]["error"].startswith("cannot read")
    assert results[3]["error"] is None


def test_a_failure_inside_understanding_is_a_result(context, monkeypatch):
    def broken(raw, context):
        raise RuntimeError("boom")

    monkeypatch.setattr(batch, "understand", broken)
    [result] = batch.read_files([MAIL / "quotes" / "gmail_en.eml"], context)
    assert result["action"] == "review"
    assert result["error"] == "understanding failed: RuntimeError: boom"
    assert set(result) == KEYS and result["workshop"] is None and result["dinner"] is None


def test_table_has_a_row_per_result(context, tmp_path):
    results = batch.read_files([MAIL / "machine" / "read_receipt_da.eml", tmp_path / "nope.eml"],
                               context)
    lines = batch.table(results).splitlines()
    assert lines[0].split()[:3] == ["file", "action", "ws"]
    assert len(lines) == 4
    assert lines[2].startswith("read_receipt_da.eml") and " ignore " in lines[2]
    assert "cannot read" in lines[3]
