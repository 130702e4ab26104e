"""Privacy: logs at INFO carry no personal data, and raw mail goes after the retention days.

A whole story is played through `tilmeld tick` at the default level (INFO) with a log
file configured; then every address, name and word those people wrote is looked for
in all of it.
"""

from __future__ import annotations

import re

import pytest

from pipeline.understand.mime import parse_mail

from installation import JONAS, METTE, SAM, Site, answer, story_mail

pytestmark = pytest.mark.integration

# Words of the log lines themselves, which a person may happen to write too.
LOG_WORDS = {"message", "messages", "handled", "review", "confirm", "decline", "cancel",
             "change", "pending", "registered", "forwarded", "coordinator", "workshop",
             "dinner", "queued", "outbox", "invitation", "september", "gårdmøde"}


def personal_words(raw: bytes) -> set[str]:
    """The sender's address and its parts, their name, and the words they wrote."""
    mail = parse_mail(raw)
    env = mail.envelope
    found = {env.sender or "", *(env.sender or "").replace("@", ".").split(".")}
    found |= set(env.sender_name.split())
    found |= set(re.findall(r"\w{6,}", mail.text + " " + env.subject))
    return {w for w in found if len(w) >= 4 and w.lower() not in LOG_WORDS}


def test_logs_at_info_carry_no_personal_data(site: Site) -> None:
    site.write_config('\n[logging]\nfile = "tilmeld.log"\n')
    delivered: list[bytes] = []
    stderr: list[str] = []

    def deliver(raw: bytes) -> None:
        delivered.append(raw)
        site.deliver(raw)

    def tick(now: str) -> None:
        stderr.append(site.tick(now).stderr)

    for name in ("complete_gmail_da.eml", "no_dinner_outlook_da.eml", "complete_iphone_en.eml",
                 "out_of_office_da.eml", "bounce_postfix.eml"):
        deliver(story_mail(name))
    tick("2024-09-05T06:00")
    followup = site.sent_to(METTE)[-1]
    deliver(answer(followup, METTE, "Mette Skov", "Ja tak, jeg spiser gerne med."))
    deliver(answer(site.sent_to(JONAS)[-1], JONAS, "Jonas Friis",
                   "Jeg vil hellere være med i Naboskab alligevel, hvis det kan lade sig gøre."))
    deliver(answer(site.sent_to(SAM)[-1], SAM, "Sam Okafor",
                   "Sorry, something came up and I have to cancel. Can you tell Karen?"))
    tick("2024-09-05T07:05")  # and the digest
    tick("2024-09-05T07:10")

    logged = "\n".join(stderr) + "\n" + (site.root / "tilmeld.log").read_text()
    assert logged.count(": message ") >= 8  # one line per message handled
    words = set().union(*(personal_words(raw) for raw in delivered))
    assert {JONAS, METTE, "Friis", "Okafor", "alligevel"} <= words  # the search is real
    leaked = sorted(w for w in words if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", logged))
    assert leaked == []


def test_raw_mail_older_than_the_retention_is_dropped_by_tick(site: Site) -> None:
    site.write_config("\n[retention]\nraw_mail_days = 7\n")
    site.deliver(story_mail("complete_gmail_da.eml"))
    site.tick("2024-09-03T06:00")
    site.deliver(story_mail("complete_iphone_en.eml"))
    site.tick("2024-09-09T06:00")
    kept = "SELECT sender, raw IS NOT NULL, reading IS NOT NULL FROM messages ORDER BY id"
    assert site.sql(kept) == [(JONAS, 1, 1), (SAM, 1, 1)]

    site.tick("2024-09-10T06:05")  # seven days and a bit after the first one arrived
    assert site.sql(kept) == [(JONAS, 0, 1), (SAM, 1, 1)]
    # Known still: the same mail again is not answered again.
    site.deliver(story_mail("complete_gmail_da.eml"))
    site.tick("2024-09-10T06:10")
    assert len(site.sent_to(JONAS)) == 1
