"""A fortnight of `tilmeld tick --now ...` against real Dovecot and a real SMTP server, as
the coordinator sees it: one digest a day after send_at, a final one, forwards at once,
late registrations, and her corrections."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from email.message import EmailMessage
from email.utils import make_msgid

import pytest

from installation import FIXTURES, SIGNUP, Site, answer, story_mail

pytestmark = pytest.mark.integration

JONAS = "jonas.friis@gmail.com"
METTE = "mette.skov@hvidovre-skole.dk"
SAM = "sam.okafor@icloud.com"
BIRGIT = "birgit.holm@outlook.dk"
LARS = "lars.sen@example.dk"
NEIGHBOUR = FIXTURES / "mail" / "coordinator" / "neighbour_two_choices_da.eml"


def text_of(msg: EmailMessage) -> str:
    return msg.get_body(preferencelist=("plain",)).get_content().replace("\r\n", "\n")


def numbers(digest: EmailMessage) -> dict[str, int]:
    """The totals the digest states, by workshop number and in all."""
    text = text_of(digest)
    found = {f"workshop {n}": int(c)
             for n, c in re.findall(r"^  (\d+)\. [^:\n]+: (\d+) kommer", text, re.M)}
    found["coming"] = int(re.search(r"^  Kommer i alt: (\d+)$", text, re.M).group(1))
    found["dinner"] = int(re.search(r"^  Spiser med: (\d+)$", text, re.M).group(1))
    return found


def expected_numbers(people: dict[str, dict]) -> dict[str, int]:
    """The same totals, worked out from `tilmeld list --json`."""
    coming = [p for p in people.values() if p["status"] == "registered"]
    out = {f"workshop {n}": sum(p["party"] for p in coming if p["workshop"] == n) for n in (1, 2, 3)}
    out["coming"] = sum(p["party"] for p in coming)
    out["dinner"] = sum(p["party"] for p in coming if p["dinner"])
    return out


def attached_list(digest: EmailMessage) -> list[list[str]]:
    (part,) = [p for p in digest.iter_attachments() if p.get_content_type() == "text/csv"]
    data = part.get_payload(decode=True)
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))


def late_signup() -> bytes:
    msg = EmailMessage()
    msg["From"] = f"Lars Sen <{LARS}>"
    msg["To"] = SIGNUP
    msg["Subject"] = "Tilmelding til gårdmødet"
    msg["Date"] = "Tue, 17 Sep 2024 11:40:00 +0200"
    msg["Message-ID"] = make_msgid(domain="example.dk")
    msg.set_content("Hej\n\nJeg vil gerne deltage i workshop 1 om regnvand, og jeg spiser med.\n\n"
                    "Venlig hilsen\nLars Sen\n")
    return msg.as_bytes()


def test_a_fortnight_as_the_coordinator_sees_it(site: Site) -> None:
    digests_seen = 0

    tick = site.tick

    def check_digest(day: dt.date, *, final: bool = False) -> EmailMessage:
        nonlocal digests_seen
        digests = site.to_coordinator("digest")
        assert len(digests) == digests_seen + 1, f"{day}: {len(digests)} digests"
        digests_seen += 1
        digest = digests[-1]
        subject = str(digest["Subject"])
        assert subject.startswith("Endelig deltagerliste") if final else subject.startswith(
            "Tilmeldinger den ")
        people = site.people()
        assert numbers(digest) == expected_numbers(people)
        rows = attached_list(digest)
        assert sorted(r[1] for r in rows[1:]) == sorted(people)
        return digest

    start = dt.date(2024, 9, 3)
    deliveries = {
        "2024-09-03": [story_mail("complete_gmail_da.eml")],
        "2024-09-04": [story_mail("no_dinner_outlook_da.eml")],
        "2024-09-05": [NEIGHBOUR.read_bytes()],
        "2024-09-06": [story_mail("complete_iphone_en.eml")],
    }
    for offset in range(14):  # 3 to 16 September, the deadline day
        day = start + dt.timedelta(days=offset)
        iso = day.isoformat()
        if iso == "2024-09-08":
            continue  # a Sunday the server was off: no run at all
        tick(f"{iso}T06:30")
        assert len(site.to_coordinator("digest")) == digests_seen, f"{iso}: a digest before 07:00"
        tick(f"{iso}T07:05")
        digest = check_digest(day)
        if iso == "2024-09-09":  # covers the day without a run too
            assert "Nyt siden sidste overblik (2024-09-07 07:05)" in text_of(digest)
        if iso == "2024-09-16":
            assert "I dag er sidste frist." in text_of(digest)
        for raw in deliveries.get(iso, ()):
            site.deliver(raw)
        if iso == "2024-09-10":
            confirmation = site.sent_to(SAM)[-1]
            site.deliver(answer(confirmation, SAM, "Sam Okafor",
                                "Sorry, something came up and I have to cancel after all."))
        forwards_before = len(site.to_coordinator("forward"))
        tick(f"{iso}T12:00")
        assert len(site.to_coordinator("digest")) == digests_seen, f"{iso}: a second digest"

        if iso == "2024-09-05":
            # The message for a person reached her at once, the original attached.
            (forward,) = site.to_coordinator("forward")[forwards_before:]
            assert str(forward["Subject"]).startswith("Til gennemsyn: Birgit Holm")
            assert forward["Reply-To"].addresses[0].addr_spec == BIRGIT
            (original,) = [p for p in forward.iter_attachments()
                           if p.get_content_type() == "message/rfc822"]
            assert "Kaj Ørum" in original.get_content().get_content()
            assert site.people()[BIRGIT]["status"] == "review"
            assert site.sent_to(BIRGIT) == []  # no holding reply unless config asks for one
        if iso == "2024-09-05":
            assert "Til gennemsyn" not in text_of(digest)  # Birgit wrote after it
        if iso in ("2024-09-06", "2024-09-07"):  # until the coordinator acts, every day
            assert "Til gennemsyn (1):" in text_of(digest) and BIRGIT in text_of(digest)
            assert "»Hej Karen Jeg vil gerne tilmelde både mig selv og min nabo" in text_of(digest)
        if iso == "2024-09-12":
            # Mette phoned: the coordinator corrects her registration and tells her.
            done = site.tilmeld("set", METTE, "--workshop", "1", "--dinner", "no", "--status",
                                "registered", "--notify", "--now", f"{iso}T18:30")
            assert "Corrected" in done.stdout
            person = site.people()[METTE]
            assert (person["status"], person["workshop"], person["dinner"]) == ("registered", 1, False)
            shown = site.tilmeld("show", METTE).stdout
            assert "correction" in shown and "dinner None → False" in shown
        if iso == "2024-09-13":
            # Her notice went out at the next run, in her thread; the digest shows the change.
            *earlier, notice = site.sent_to(METTE)
            assert notice["In-Reply-To"] == earlier[-1]["Message-ID"]
            assert "Regnvand" in text_of(notice)
            assert any(p.get_content_type() == "text/calendar" for p in notice.walk())
            text = text_of(digest)
            changes = text[text.index("Nyt og ændret siden sidst"):]
            assert METTE in changes and "rettet af dig" in changes

    assert digests_seen == 13
    people = site.people()
    assert people[SAM]["status"] == "cancelled"

    # The day after the deadline: the final digest, then a late registration.
    tick("2024-09-17T06:30")
    assert len(site.to_coordinator("digest")) == 13
    tick("2024-09-17T07:05")
    final = check_digest(dt.date(2024, 9, 17), final=True)
    assert "DELTAGERLISTE" in text_of(final)
    forwards_before = len(site.to_coordinator("forward"))
    site.deliver(late_signup())
    tick("2024-09-17T12:00")
    lars = site.people()[LARS]
    assert (lars["status"], lars["late"], lars["workshop"]) == ("review", True, 1)
    (late_reply,) = site.sent_to(LARS)
    assert "Fristen for tilmelding var" in text_of(late_reply)
    (forward,) = site.to_coordinator("forward")[forwards_before:]
    assert "Efter fristen: ja" in text_of(forward)
    # Cancellations are still accepted after the deadline.
    site.deliver(answer(site.sent_to(JONAS)[-1], JONAS, "Jonas Friis",
                        "Jeg må desværre melde afbud alligevel."))
    tick("2024-09-17T13:00")
    assert site.people()[JONAS]["status"] == "cancelled"

    # Nothing after the final digest.
    for moment in ("2024-09-17T18:00", "2024-09-18T07:05", "2024-09-20T09:00"):
        tick(moment)
    assert len(site.to_coordinator("digest")) == 14
