"""Language data (words, phrases, patterns) kept as TOML files beside this module.

Grammar words live in data files, not in code, so a new language or a missed
phrasing is a data change. Each file is read once per process.
"""

from __future__ import annotations

import functools
import tomllib
from importlib import resources
from typing import Any


@functools.cache
def load(name: str) -> dict[str, Any]:
    """The table in lexicon/<name>.toml."""
    text = resources.files(__package__).joinpath("lexicon", f"{name}.toml").read_text("utf-8")
    return tomllib.loads(text)
