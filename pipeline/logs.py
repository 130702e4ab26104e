"""Where tilmeld's log lines go: stderr always, and the config's [logging] file when set.

INFO carries one line per message handled and never personal data (no addresses, names
or words of a message); DEBUG may, and is for a person at a terminal (-v). Cron mails
what reaches stderr, so `--quiet` leaves warnings and errors only.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from .errors import ConfigError

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup(*, verbose: bool = False, quiet: bool = False) -> None:
    """Log to stderr at DEBUG (-v), WARNING (-q) or INFO."""
    level = logging.DEBUG if verbose else logging.WARNING if quiet else logging.INFO
    logging.basicConfig(stream=sys.stderr, level=level, format=FORMAT)


def to_file(path: Path, config_file: Path) -> None:
    """Also append every line at the current level to `path` (logging.file)."""
    root = logging.getLogger()
    target = path.resolve()
    if any(isinstance(h, logging.FileHandler) and Path(h.baseFilename) == target
           for h in root.handlers):
        return
    try:
        handler = logging.FileHandler(target, encoding="utf-8", delay=False)
    except OSError as exc:
        raise ConfigError(config_file, "logging.file",
                          f"cannot write {path}: {exc.strerror or exc}") from None
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
