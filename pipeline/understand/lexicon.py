"""Language data (words, phrases, patterns) kept as TOML files beside this module.

Grammar words live in data files, not in code, so a new language or a missed
phrasing is a data change. Each file is read once per process.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Callable, Iterable
from importlib import resources
from typing import Any


@functools.cache
def load(name: str) -> dict[str, Any]:
    """The table in lexicon/<name>.toml."""
    text = resources.files(__package__).joinpath("lexicon", f"{name}.toml").read_text("utf-8")
    return tomllib.loads(text)


def alternation(phrases: Iterable[str], char: Callable[[str], str] = re.escape) -> str:
    """A regex matching any of `phrases`, for a pattern compiled with re.IGNORECASE
    (or, with `char` writing each letter as its own case-insensitive class, without it).

    Written as a tree of shared beginnings ("med venlig hilsen|mvh" is
    "m(?:ed venlig hilsen|vh)"): the regex engine tries alternatives one by one, and a
    line that starts with none of a hundred phrases is turned away after a handful of
    first letters instead of a hundred. Where one phrase begins another, the longer is
    tried first, as in a plain alternation sorted longest first.
    """
    tree: dict[str, dict] = {}
    for phrase in phrases:
        node = tree
        for letter in phrase.lower():  # IGNORECASE: one branch for "Mvh" and "mvh"
            node = node.setdefault(letter, {})
        node[""] = {}
    return _branches(tree, char)


def _branches(node: dict[str, dict], char: Callable[[str], str]) -> str:
    ends_here = "" in node
    alternatives = [char(letter) + _branches(child, char) for letter, child in node.items() if letter]
    if not alternatives:
        return ""
    body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
    return f"(?:{body})?" if ends_here else body
