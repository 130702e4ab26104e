"""`tilmeld reparse` on an installation that ticked against a real Dovecot and SMTP server:
stored mail read again with the current rules, the differences shown before anything is
changed, then stored without mailing anybody."""

from __future__ import annotations

import subprocess

import pytest
from sqlalchemy import create_engine, text

from installation import JONAS, METTE, SAM, Site, answer, story_mail

pytestmark = pytest.mark.integration

LISE = "lise.holm@example.org"  # workshop_by_another_name_da: "gårdhaver", and dinner


def teach_gaardhaver(site: Site) -> None:
    """The coordinator's fix to the rules: "gårdhaver" is another name for workshop 2."""
    config = site.config.read_text(encoding="utf-8")
    assert 'aliases = ["byhave", ' in config
    site.config.write_text(config.replace('aliases = ["byhave", ', 'aliases = ["gårdhaver", "byhave", '),
                           encoding="utf-8")


def records(site: Site) -> tuple:
    """Everything reparse could change, and the mail."""
    return (site.sql("SELECT email, status, workshop, dinner, party, followups, asked, updated_at "
                     "FROM participants ORDER BY email"),
            site.sql("SELECT id, action, reading, outcome, participant_id FROM messages ORDER BY id"),
            site.sql("SELECT count(*) FROM history"), site.sql("SELECT count(*) FROM outbox"),
            len(site.sink.received))


def registration(site: Site, email: str) -> tuple:
    person = site.people()[email]
    return person["status"], person["workshop"], person["dinner"]


def test_right_after_the_ticks_nothing_reads_differently(site: Site) -> None:
    """A follow-up answered ("Ja tak" read against the question asked), a correction by the
    coordinator: the replay comes out exactly as stored, and storing it changes nothing."""
    for name in ("complete_gmail_da.eml", "no_dinner_outlook_da.eml", "complete_iphone_en.eml"):
        site.deliver(story_mail(name))
    site.tick("2024-09-04T11:05")
    [followup] = site.sent_to(METTE)
    site.deliver(answer(followup, METTE, "Mette Skov", "Ja tak"))
    site.tick("2024-09-04T13:30")
    site.tilmeld("set", JONAS, "--workshop", "3", "--now", "2024-09-04T14:00")
    assert registration(site, METTE) == ("registered", 1, True)
    assert registration(site, JONAS) == ("registered", 3, True)
    before = records(site)

    dry = site.tilmeld("reparse", "--dry-run").stdout
    assert "Read 4 message(s) again: 0 read differently, 0 registration(s) change." in dry
    site.tilmeld("reparse", "--yes")
    assert records(site) == before


def test_a_rule_learnt_later_is_shown_first_then_stored_and_nobody_is_mailed(site: Site) -> None:
    site.deliver(story_mail("workshop_by_another_name_da.eml"))
    site.deliver(story_mail("complete_gmail_da.eml"))
    site.tick("2024-09-03T20:20")
    assert registration(site, LISE) == ("pending", None, True)  # asked which workshop
    teach_gaardhaver(site)
    before = records(site)

    dry = site.tilmeld("reparse", "--dry-run").stdout
    assert "Read 2 message(s) again: 1 read differently, 1 registration(s) change." in dry
    assert f"{LISE}: ask - yes 1 -> confirm 2 yes 1" in dry
    assert f"{LISE}: pending - yes 1 -> registered 2 yes 1" in dry
    assert JONAS not in dry
    assert records(site) == before  # a dry run changes nothing

    done = site.tilmeld("reparse", "--yes", "--now", "2024-09-03T20:50").stdout
    assert "Stored: 1 reading(s), 1 registration(s). Nobody was mailed." in done
    assert f"tilmeld set {LISE} --status registered --notify" in done
    assert registration(site, LISE) == ("registered", 2, True)
    assert registration(site, JONAS) == ("registered", 2, True)
    assert site.sql("SELECT action FROM messages WHERE sender = :s", s=LISE) == [("confirm",)]
    [(kind, to_status, detail)] = site.sql(
        "SELECT h.kind, h.to_status, h.detail FROM history h JOIN participants p "
        "ON p.id = h.participant_id WHERE p.email = :e AND h.kind = 'correction'", e=LISE)
    assert (kind, to_status) == ("correction", "registered") and '"reparse"' in detail
    assert "read again" in site.tilmeld("show", LISE).stdout

    # Nothing was queued: the next run sends nothing, and she is told only when asked to.
    outbox = site.sql("SELECT count(*) FROM outbox")
    site.tick("2024-09-03T21:00")  # the day's digest went out with the first run
    assert site.sql("SELECT count(*) FROM outbox") == outbox
    assert len(site.sent_to(LISE)) == 1  # the question about the workshop, from the first run
    # Read again once more: stored as the rules now read it, nothing left to change.
    assert "0 read differently, 0 registration(s) change." in site.tilmeld("reparse", "--dry-run").stdout


def test_saying_no_stores_nothing(site: Site) -> None:
    site.deliver(story_mail("workshop_by_another_name_da.eml"))
    site.tick("2024-09-03T20:20")
    teach_gaardhaver(site)
    before = records(site)
    result = subprocess.run(site.command("reparse"), input="n\n", capture_output=True, text=True,
                            timeout=60, env=site.environment())
    assert result.returncode == 1 and "Aborted" in result.stderr
    assert "1 registration(s) change" in result.stdout
    assert records(site) == before


def test_a_person_whose_raw_mail_is_gone_is_left_as_stored(site: Site) -> None:
    site.deliver(story_mail("workshop_by_another_name_da.eml"))
    site.deliver(story_mail("complete_iphone_en.eml"))
    site.tick("2024-09-03T20:20")
    engine = create_engine(site.url)
    try:
        with engine.begin() as conn:  # what retention.raw_mail_days does
            conn.execute(text("UPDATE messages SET raw = NULL WHERE sender = :s"), {"s": LISE})
    finally:
        engine.dispose()
    teach_gaardhaver(site)

    dry = site.tilmeld("reparse", "--dry-run").stdout
    assert "Read 1 message(s) again: 0 read differently, 0 registration(s) change." in dry
    assert f"Left as they are (1): raw mail no longer kept for {LISE}" in dry
    assert SAM not in dry
