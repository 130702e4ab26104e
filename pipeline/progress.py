"""Progress bars for long work at a terminal: a first import in `tick`, `tilmeld reparse`.

    with progress.bar("Reading new mail", quiet=app.quiet) as update:
        work(progress=update)        # the work calls update(done, total) as it goes

A bar is drawn on stderr only when stderr is a terminal, --quiet was not given and
there are at least MIN_ITEMS to do: under cron nothing changes. While it is drawn, the
stderr log keeps its warnings and errors (printed above the bar) but not the INFO line
of every message, which would scroll it away; a [logging] file still gets every line.
"""

from __future__ import annotations

import contextlib
import logging
import sys
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

MIN_ITEMS = 100

Update = Callable[[int, int], None]  # (done, total)


def wanted(total: int, *, quiet: bool) -> bool:
    return not quiet and total >= MIN_ITEMS and sys.stderr.isatty()


class _Bar:
    def __init__(self, label: str, quiet: bool) -> None:
        self.label = label
        self.quiet = quiet
        self.decided = False
        self.progress: Progress | None = None
        self.task: TaskID | None = None
        self.quieted: list[tuple[logging.Handler, int]] = []

    def __call__(self, done: int, total: int) -> None:
        if not self.decided:
            self.decided = True
            if wanted(total, quiet=self.quiet):
                self.start(total)
        if self.progress is not None and self.task is not None:
            self.progress.update(self.task, completed=done, total=total)

    def start(self, total: int) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn,
        )

        self.progress = Progress(TextColumn("{task.description}"), BarColumn(),
                                 MofNCompleteColumn(), TimeRemainingColumn(),
                                 console=Console(stderr=True))
        self.task = self.progress.add_task(self.label, total=total)
        for handler in logging.getLogger().handlers:
            if isinstance(handler, logging.StreamHandler) and handler.stream is sys.stderr:
                self.quieted.append((handler, handler.level))
                handler.setLevel(max(handler.level, logging.WARNING))
        self.progress.start()
        # Rich now stands in for sys.stderr, printing what is written above the bar.
        for handler, _ in self.quieted:
            handler.setStream(sys.stderr)

    def close(self) -> None:
        if self.progress is None:
            return
        self.progress.stop()
        for handler, level in self.quieted:
            handler.setStream(sys.stderr)
            handler.setLevel(level)


@contextlib.contextmanager
def bar(label: str, *, quiet: bool) -> Iterator[Update]:
    """An `update(done, total)` for the work to call; see the module's docstring."""
    shown = _Bar(label, quiet)
    try:
        yield shown
    finally:
        shown.close()
