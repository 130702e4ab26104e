"""A test hook, and nothing else: die at a named point of a run, as a power cut would.

The crash-safety tests (tests/integration/test_crash_safety.py) set
TILMELD_TEST_CRASH_AT=<point> and run `tilmeld tick`; when the run reaches that point
it kills itself with SIGKILL: no cleanup, no commit, no LOGOUT, no QUIT. Unset (always,
outside those tests) a point costs one dictionary lookup.

Points: fetched, stored, handled, before-move, moved (pipeline.ingest) and sent
(pipeline.outbox: the server accepted a mail, not yet recorded as sent).
"""

from __future__ import annotations

import os
import signal

ENV = "TILMELD_TEST_CRASH_AT"


def crash_point(name: str) -> None:
    """SIGKILL this process when $TILMELD_TEST_CRASH_AT names this point."""
    if os.environ.get(ENV) == name:
        os.kill(os.getpid(), signal.SIGKILL)
