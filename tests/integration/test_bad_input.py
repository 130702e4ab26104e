"""Mail nobody should have to write, read by `tilmeld tick` from a real Dovecot.

A reply goes only to a human registration: a message from a person (not machine mail,
not a list) whose own words sign up, decline, change or cancel (the reading's intent
register, decline, change or cancel, action confirm, ask or decline), from a sender we
can answer (one From address, valid). Everything else gets no reply; what is not
machine mail is shown to the coordinator (forwarded, with the original or, when too
large, its headers), and nothing is dropped silently: every message delivered ends as
a stored row that was handled (or failed, and then is listed in the digest) and has
left the inbox.
"""

from __future__ import annotations

import email
import email.policy
import json
import time
from pathlib import Path

import pytest

from installation import COORDINATOR, FIXTURES, PROCESSED, Site

pytestmark = pytest.mark.integration

BAD = FIXTURES / "mail" / "bad"
HUMAN_INTENTS = ("register", "decline", "change", "cancel")
ANSWERING_ACTIONS = ("confirm", "ask", "decline")


def deliver_all(site: Site, messages: list[bytes]) -> list[bytes]:
    """APPEND each message in one IMAP session; the ones the server refuses are returned."""
    refused = []
    with site.user.client() as imap:
        for raw in messages:
            try:
                imap.append("INBOX", raw)
            except Exception:  # noqa: BLE001 - the server's choice, reported by the caller
                refused.append(raw)
    return refused


def outcome(site: Site) -> dict[str, list]:
    """What became of every stored message: its reading, replies and forwards."""
    rows = site.sql("SELECT m.id, m.state, m.action, m.reading, m.size, "
                    "(SELECT count(*) FROM outbox o WHERE o.answers_id = m.id "
                    "   AND o.kind <> 'forward'), "
                    "(SELECT count(*) FROM outbox o WHERE o.answers_id = m.id "
                    "   AND o.kind = 'forward') "
                    "FROM messages m ORDER BY m.id")
    out: dict[str, list] = {"replied": [], "forwarded": [], "ignored": [], "failed": [],
                            "unaccounted": []}
    for id_, state, action, reading, size, replies, forwards in rows:
        reading = json.loads(reading) if isinstance(reading, str) else (reading or {})
        item = (id_, action, reading, size)
        if state == "failed":
            out["failed"].append(item)
        elif replies:
            out["replied"].append(item)
        elif forwards:
            out["forwarded"].append(item)
        elif action == "ignore" and reading.get("machine"):
            out["ignored"].append(item)
        else:
            out["unaccounted"].append(item)
    return out


def assert_replies_only_to_human_registrations(site: Site) -> None:
    for _, action, reading, _ in outcome(site)["replied"]:
        assert reading.get("machine") is None
        assert reading["intent"] in HUMAN_INTENTS and action in ANSWERING_ACTIONS, reading
        assert reading["envelope"]["addresses_from"] == 1
    for mail in site.sent():
        assert len(mail["To"].addresses) == 1


# -- everything in ../shared/peer-mail ----------------------------------------------------------


@pytest.mark.shared
def test_every_peer_mail_file_through_imap_and_tick(site: Site, shared_dir: Path) -> None:
    files = sorted(p for p in (shared_dir / "peer-mail").rglob("*") if p.is_file())
    assert len(files) > 400
    messages = [p.read_bytes() for p in files]
    refused = deliver_all(site, messages)
    # Dovecot takes anything but empty files (APPEND of nothing is not a message).
    assert all(not raw.strip() for raw in refused)
    delivered = len(messages) - len(refused)

    result = site.tilmeld("tick", "--now", "2024-09-05T06:00", timeout=600)
    assert "Traceback" not in result.stderr
    assert site.inbox() == []
    assert len(site.user.read(PROCESSED)) == delivered  # every one read and put away
    # Identical bytes, or one Message-ID on several files, are one message: stored once.
    stored = site.sql("SELECT count(*) FROM messages")[0][0]
    assert 0 < stored <= delivered

    seen = outcome(site)
    assert seen["failed"] == [] and seen["unaccounted"] == []
    assert_replies_only_to_human_registrations(site)
    # None of these strangers' mails signs up for our event.
    assert seen["replied"] == []
    assert site.sent() == []
    forwards = [m for m in site.all_sent() if COORDINATOR in str(m["To"])]
    assert len(forwards) == len(seen["forwarded"])
    print(f"\npeer-mail: {len(files)} files, {delivered} delivered over IMAP, {stored} stored, "
          f"{len(seen['ignored'])} machine mail, {len(seen['forwarded'])} shown to the "
          f"coordinator, {len(seen['replied'])} answered")



# -- our own odd mail (tests/fixtures/mail/bad) --------------------------------------------------

ANSWERED = {  # file -> the one address that gets an answer
    "no_message_id.eml": "birgit.holm@outlook.dk",
    "no_date.eml": "per.lund@hotmail.com",
    "address_as_display_name.eml": "mallory@example.net",
    "nul_bytes.eml": "tove.dahl@gmail.com",
    "unknown_charsets.eml": "kaj.orum@jubii.dk",
}
SHOWN = {  # file -> why it goes to the coordinator instead
    "no_from.eml": "no usable sender address",
    "no_message_id_date_from.eml": "no usable sender address",
    "several_from.eml": "several From addresses",
    "invalid_sender_address.eml": "no usable sender address",
    "long_line.eml": "a question, no registration",
}


def test_odd_headers_and_bodies_are_answered_only_when_safe_and_otherwise_shown(site: Site) -> None:
    names = sorted(p.name for p in BAD.glob("*.eml"))
    assert sorted([*ANSWERED, *SHOWN]) == names
    for name in names:
        site.deliver((BAD / name).read_bytes())
    site.tick("2024-09-05T06:00")
    # The same message without a Message-ID once more: known by the hash of its bytes.
    site.deliver((BAD / "no_message_id.eml").read_bytes())
    site.tick("2024-09-05T06:05")

    assert site.inbox() == []
    seen = outcome(site)
    assert seen["failed"] == [] and seen["unaccounted"] == []
    assert_replies_only_to_human_registrations(site)
    got = sorted(m["To"].addresses[0].addr_spec for m in site.sent())
    assert got == sorted(ANSWERED.values())
    for mail in site.sent():
        assert "\x00" not in mail.as_string()
        assert set(mail.keys()) & {"Bcc", "Cc"} == set()
    posing = next(m for m in site.sent() if "mallory" in str(m["To"]))
    assert str(posing["To"]) == "mallory@example.net"  # the address shown as a name is dropped
    assert "kha@" not in posing.get_body(preferencelist=("plain",)).get_content()

    forwards = site.to_coordinator("forward")
    assert len(forwards) == len(SHOWN)
    assert site.sql("SELECT count(*) FROM outbox WHERE status <> 'sent'") == [(0,)]
    why = [f"{done} {' '.join(reading['reasons'])}" for done, reading in
           ((done, json.loads(r) if isinstance(r, str) else r)
            for done, r in site.sql("SELECT outcome, reading FROM messages WHERE id IN "
                                    "(SELECT answers_id FROM outbox WHERE kind = 'forward')"))]
    assert sorted(next(w for w in SHOWN.values() if w in text) for text in why) == \
        sorted(SHOWN.values())


def test_a_message_over_the_size_limit_is_read_as_its_headers_and_shown(site: Site) -> None:
    limit = 64 * 1024
    site.write_config(f"\n[limits]\nmax_message_bytes = {limit}\n")
    big = _with_attachment((BAD / "no_date.eml").read_bytes(), 300 * 1024)
    site.deliver(big)
    site.deliver((BAD / "unknown_charsets.eml").read_bytes())  # same batch, small: answered
    site.tick("2024-09-05T06:00")

    (stored_size, stored_len), _ = site.sql(
        "SELECT size, length(raw) FROM messages ORDER BY id")
    assert stored_size > 300 * 1024
    assert stored_len < 4096  # only the header block was fetched and stored
    assert [m["To"].addresses[0].addr_spec for m in site.sent()] == ["kaj.orum@jubii.dk"]
    forward = site.to_coordinator("forward")[0]
    parts = {p.get_content_type() for p in forward.walk()}
    assert "text/rfc822-headers" in parts and "message/rfc822" not in parts
    assert "max_message_bytes" in forward.get_body(preferencelist=("plain",)).get_content()
    # Kept whole on the server, in the processed folder, for a person to read.
    assert [len(m.raw) for m in site.user.read(PROCESSED)][0] >= len(big)


def test_ten_thousand_lines_and_deep_nesting_are_handled_in_good_time(site: Site) -> None:
    base = (BAD / "no_date.eml").read_bytes()
    head, _, text = base.partition(b"\r\n\r\n")
    lines = b"".join(b"linje %d: og saa videre og saa videre\r\n" % n for n in range(10_000))
    site.deliver(_from(head, b"long") + b"\r\n\r\n" + text + lines)
    for depth in (60, 2000):
        site.deliver(_nested(_from(head, b"nested-%d" % depth), text, depth))
    started = time.monotonic()
    site.tick("2024-09-05T06:00")
    assert time.monotonic() - started < 60
    assert site.inbox() == []
    seen = outcome(site)
    assert seen["failed"] == [] and seen["unaccounted"] == []
    assert len(seen["replied"]) + len(seen["forwarded"]) == 3
    assert_replies_only_to_human_registrations(site)
    assert site.sql("SELECT count(*) FROM outbox WHERE status <> 'sent'") == [(0,)]


def _with_attachment(raw: bytes, size: int) -> bytes:
    """The message with a file of `size` bytes attached, as a phone would send a photo."""
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    msg.make_mixed()
    msg.add_attachment(bytes(range(256)) * (size // 256), maintype="image", subtype="jpeg",
                       filename="gaarden.jpg")
    return msg.as_bytes(policy=email.policy.SMTP)


def _from(head: bytes, who: bytes) -> bytes:
    """The header block as another sender's, with its own Message-ID."""
    return head.replace(b"per.lund@", who + b"@").replace(b"no-date-7f2a", who)


def _nested(head: bytes, text: bytes, depth: int) -> bytes:
    """The text inside `depth` multipart/mixed parts, each in the one before."""
    head = b"\r\n".join(line for line in head.split(b"\r\n")
                        if not line.lower().startswith((b"content-", b"mime-version")))
    opening = b"".join(b"--b%d\r\nContent-Type: multipart/mixed; boundary=\"b%d\"\r\n\r\n"
                       % (n, n + 1) for n in range(depth))
    inner = (b"--b%d\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" % depth) + text
    closing = b"".join(b"\r\n--b%d--\r\n" % n for n in range(depth, -1, -1))
    return (head + b"\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b0\""
            b"\r\n\r\n" + opening + inner + closing)
