"""`tilmeld parse` behind the command: understand files, one result each, and show them."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from . import understand
from .reading import Context, Reading

__all__ = ["read_files", "table"]


def read_files(files: Iterable[Path | str], context: Context) -> list[dict[str, Any]]:
    """One JSON-shaped result per file, in order; a failure is a result too, never a raise."""
    results = []
    for file in files:
        try:
            raw = Path(file).read_bytes()
        except OSError as exc:
            results.append(_failed(file, f"cannot read: {exc.strerror or exc}"))
            continue
        try:
            results.append(understand(raw, context).to_json(file=file))
        except Exception as exc:  # noqa: BLE001 - one bad message must not hide the others
            results.append(_failed(file, f"understanding failed: {type(exc).__name__}: {exc}"))
    return results


def _failed(file: Path | str, error: str) -> dict[str, Any]:
    return Reading(action="review", reasons=["error"], error=error).to_json(file=file)


# (heading, key, width); the last column takes what is left of the line.
_COLUMNS = (("file", "file", 34), ("action", "action", 8), ("ws", "workshop", 3),
            ("dinner", "dinner", 6), ("n", "party", 2), ("lang", "lang", 4), ("q", "question", 1))


def table(results: list[dict[str, Any]]) -> str:
    """A fixed-width table for the terminal: the decision, then why or the error."""
    head = " ".join(h.ljust(w) for h, _, w in _COLUMNS) + " why"
    rows = [head, "-" * len(head)]
    for result in results:
        cells = [_cell(result, key, width) for _, key, width in _COLUMNS]
        why = result.get("error") or "; ".join(result.get("reasons") or [])
        rows.append(" ".join(cells) + " " + why)
    return "\n".join(rows)


def _cell(result: dict[str, Any], key: str, width: int) -> str:
    value = result.get(key)
    if key == "file":
        text = Path(str(value)).name
    elif value is None:
        text = "-"
    elif isinstance(value, bool):
        text = ("yes" if value else "no") if key == "dinner" else ("?" if value else "")
    else:
        text = str(value)
    if len(text) > width:
        text = text[: width - 1] + "…"
    return text.ljust(width)
