"""What the benchmarks share: the machine, real servers, a tilmeld installation, timing.

The servers and the installation are the integration tests' own (tests/servers/,
tests/integration/installation.py): a real Dovecot and an aiosmtpd sink on 127.0.0.1,
and `tilmeld` run as cron runs it, in its own process.
"""

from __future__ import annotations

import os
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
for path in (REPO, REPO / "tests", REPO / "tests" / "integration"):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

from installation import PROCESSED, Site  # noqa: E402
from servers import dovecot  # noqa: E402
from servers.smtp_sink import SmtpSink  # noqa: E402

# Before the test event's deadline and before its digest is due (07:00): the run reads
# mail and answers it, as a first import in the morning does.
NOW = "2024-09-05T06:00"


def machine() -> str:
    """CPU model, cores and Python version, for the top of every report."""
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (f"{model}, {os.cpu_count()} cores, Python {platform.python_version()} "
            f"({platform.system()} {platform.release()})")


def verdict(value: float, target: float) -> str:
    return "ok" if value <= target else "MISSED"


@contextmanager
def installation() -> Iterator[Site]:
    """A fresh site: a Dovecot user with an empty mailbox, an SMTP sink, config and database."""
    sink = SmtpSink()
    sink.start()
    try:
        with dovecot.running() as server, tempfile.TemporaryDirectory(prefix="tilmeld-bench-") as tmp:
            site = Site(root=Path(tmp), user=server.add_user(), sink=sink,
                        processed_folder=PROCESSED)
            site.write_config()
            yield site
    finally:
        sink.stop()


def append(site: Site, messages: Sequence[bytes], folder: str = "INBOX", batch: int = 250) -> None:
    """APPEND the messages to `folder` on one connection, several per command (MULTIAPPEND)."""
    with site.user.client() as imap:
        if not imap.folder_exists(folder):
            imap.create_folder(folder)
        for start in range(0, len(messages), batch):
            imap.multiappend(folder, list(messages[start:start + batch]))


@dataclass(frozen=True)
class Run:
    seconds: float
    max_rss_mb: float  # the process's peak resident memory
    returncode: int
    stderr: str


def run_tilmeld(site: Site, *args: str) -> Run:
    """`tilmeld` as cron starts it, timed from before its process starts to after it ends."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        process = subprocess.Popen(site.command(*args), stdin=subprocess.DEVNULL,
                                   stdout=subprocess.DEVNULL, stderr=err,
                                   env=site.environment())
        # wait4 gives this child's own rusage; RUSAGE_CHILDREN would mix in every other child.
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    return Run(seconds, usage.ru_maxrss / 1024, process.returncode, stderr)


def tick(site: Site, *, quiet: bool = True) -> Run:
    run = run_tilmeld(site, *(["--quiet"] if quiet else []), "tick", "--now", NOW)
    if run.returncode != 0:
        raise SystemExit(f"tilmeld tick exited {run.returncode}:\n{run.stderr}")
    return run
