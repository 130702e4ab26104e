"""`tilmeld purge`: after the event, raw mail and personal data leave the database, on
SQLite (down to the bytes of the file) and PostgreSQL; a purged message stays known, so
the same mail is never answered again.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from installation import JONAS, METTE, SAM, Site, answer, story_mail

pytestmark = pytest.mark.integration

PERSONAL = ("SELECT (SELECT count(*) FROM participants), (SELECT count(*) FROM history), "
            "(SELECT count(*) FROM outbox), (SELECT count(*) FROM invitees), "
            "(SELECT count(*) FROM messages WHERE raw IS NOT NULL OR reading IS NOT NULL "
            "   OR sender IS NOT NULL)")


def play_story(site: Site) -> None:
    """Three people write on the 4th; one of them changes their mind on the 10th."""
    invitees = site.root / "invitees.csv"
    invitees.write_text(f"email,name\n{JONAS},Jonas Friis\nanne.bech@example.org,Anne Bech\n")
    site.tilmeld("invitees", "import", str(invitees))
    for name in ("complete_gmail_da.eml", "no_dinner_outlook_da.eml", "complete_iphone_en.eml"):
        site.deliver(story_mail(name))
    site.tick("2024-09-04T06:00")
    site.deliver(answer(site.sent_to(JONAS)[-1], JONAS, "Jonas Friis",
                        "Jeg vil hellere være med i Naboskab, hvis det går."))
    site.tick("2024-09-10T06:00")


def purge(site: Site, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(site.command("purge", *args), input=stdin, capture_output=True,
                          text=True, timeout=60, env=site.environment())


def test_purge_asks_first_and_does_nothing_without_a_yes(site: Site) -> None:
    play_story(site)
    before = site.sql(PERSONAL)
    refused = purge(site, stdin="n\n")
    assert refused.returncode == 1
    assert "3 participant(s)" in refused.stdout and "Delete it?" in refused.stderr
    unanswered = purge(site)  # no terminal, nobody to answer: no
    assert unanswered.returncode == 1
    assert site.sql(PERSONAL) == before
    agreed = purge(site, stdin="y\n")
    assert agreed.returncode == 0 and "Purged:" in agreed.stdout
    assert site.sql(PERSONAL) == [(0, 0, 0, 0, 0)]


def test_purge_all_leaves_nothing_personal_and_answers_nothing_twice(any_site: Site) -> None:
    play_story(any_site)
    assert any_site.sql(PERSONAL)[0][0] == 3
    done = purge(any_site, "--yes")
    assert done.returncode == 0, done.stderr
    assert any_site.sql(PERSONAL) == [(0, 0, 0, 0, 0)]
    assert any_site.sql("SELECT count(*) FROM messages") == [(4,)]  # empty rows, still known
    if not any_site.database_url:  # SQLite: not even in the file's free pages
        data = b"".join(p.read_bytes() for p in any_site.root.glob("tilmeld.sqlite3*")
                        if not p.name.endswith(".lock"))
        for trace in (JONAS, METTE, SAM, "Friis", "anne.bech"):
            assert trace.encode() not in data

    assert purge(any_site, "--yes").stdout.strip() == "Nothing to purge."
    any_site.deliver(story_mail("complete_gmail_da.eml"))  # the same mail once more
    any_site.tick("2024-09-25T06:00")
    assert len(any_site.sent_to(JONAS)) == 2  # as before the purge: not answered again
    assert any_site.people() == {}


def test_purge_before_a_date_keeps_what_is_newer(site: Site) -> None:
    play_story(site)
    done = purge(site, "--before", "2024-09-08", "--yes")
    assert done.returncode == 0, done.stderr
    # Jonas wrote again on the 10th: kept with the history of that day. The others go.
    assert sorted(site.people()) == [JONAS]
    assert site.sql("SELECT sender FROM messages WHERE raw IS NOT NULL") == [(JONAS,)]
    assert site.sql("SELECT count(*) FROM history WHERE at < '2024-09-08'") == [(0,)]
    assert site.sql("SELECT count(*) FROM history") != [(0,)]
    assert site.sql("SELECT recipient FROM outbox") == [(JONAS,)]  # the change, on the 10th
    # Imported by the real clock (today), which is after the date: kept.
    assert site.sql("SELECT count(*) FROM invitees") == [(2,)]


def test_purge_waits_for_no_tick_it_refuses_while_one_runs(site: Site) -> None:
    import fcntl
    import os

    play_story(site)
    fd = os.open(Path(site.root / "tilmeld.sqlite3.lock"), os.O_RDWR)
    fcntl.flock(fd, fcntl.LOCK_EX)
    try:
        busy = purge(site, "--yes")
    finally:
        os.close(fd)
    assert busy.returncode == 75
    assert "a tick is working on the database" in busy.stderr
    assert site.sql(PERSONAL)[0][0] == 3
