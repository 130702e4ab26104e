"""Progress bars: drawn at a terminal for a long first import, never under cron.

`tilmeld tick` runs with its stderr on a pseudo-terminal (pty), as at a person's
shell, or on a pipe, as under cron.
"""

from __future__ import annotations

import datetime as dt
import os
import pty
import subprocess
from email.message import EmailMessage
from email.utils import format_datetime

import pytest

from installation import Site
from pipeline.progress import MIN_ITEMS

pytestmark = pytest.mark.integration

NOW = "2024-09-05T06:00"  # before the digest is due: the run reads and answers mail only


def sign_up(n: int) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"Deltager {n} <deltager{n}@example.org>"
    msg["To"] = "tilmelding@lysholm-bolig.dk"
    msg["Subject"] = "Tilmelding"
    msg["Date"] = format_datetime(dt.datetime(2024, 9, 4, 12, 0, tzinfo=dt.timezone.utc))
    msg["Message-ID"] = f"<deltager-{n}@example.org>"
    msg.set_content("Hej\n\nJeg kommer gerne til workshop 1 og spiser med bagefter.\n\nHilsen\n")
    return msg.as_bytes()


def fill(site: Site, first: int, count: int) -> None:
    """`count` sign-ups from new senders, numbered from `first`."""
    with site.user.client() as imap:
        imap.multiappend("INBOX", [sign_up(n) for n in range(first, first + count)])


def at_terminal(site: Site, *args: str) -> tuple[int, str]:
    """Run tilmeld with stdout and stderr on a pseudo-terminal; its exit code and output."""
    controller, terminal = pty.openpty()
    process = subprocess.Popen(site.command(*args), stdin=subprocess.DEVNULL, stdout=terminal,
                               stderr=terminal, env=site.environment(TERM="xterm"))
    os.close(terminal)
    out = bytearray()
    while True:
        try:
            chunk = os.read(controller, 65536)
        except OSError:  # EIO: the process closed the terminal
            break
        if not chunk:
            break
        out += chunk
    os.close(controller)
    return process.wait(timeout=120), out.decode("utf-8", "replace")


def test_a_long_first_import_shows_a_bar_at_a_terminal(site: Site) -> None:
    count = MIN_ITEMS + 20
    fill(site, 0, count)
    code, out = at_terminal(site, "tick", "--now", NOW)
    assert code == 0, out
    assert "Reading new mail" in out and f"{count}/{count}" in out
    # While the bar is drawn, the INFO line of each message would only scroll it away.
    assert "pipeline.handle" not in out
    assert site.sql("SELECT count(*) FROM messages WHERE state = 'handled'") == [(count,)]


def test_no_bar_under_cron_with_quiet_or_for_a_few_messages(site: Site) -> None:
    many = MIN_ITEMS + 5
    fill(site, 0, many)
    cron = subprocess.run(site.command("tick", "--now", NOW), capture_output=True, text=True,
                          timeout=120, env=site.environment(TERM="xterm"))
    assert cron.returncode == 0
    assert "Reading new mail" not in cron.stderr + cron.stdout
    assert "pipeline.handle" in cron.stderr  # the INFO lines as always

    fill(site, many, many)
    code, quiet = at_terminal(site, "--quiet", "tick", "--now", "2024-09-05T06:05")
    assert code == 0 and "Reading new mail" not in quiet

    fill(site, 2 * many, 3)
    code, few = at_terminal(site, "tick", "--now", "2024-09-05T06:10")
    assert code == 0 and "Reading new mail" not in few and "pipeline.handle" in few
