"""Fuzzing ingest + understand + record: arbitrary mail, stored and handled as tick does it
(tests/inprocess.py: Ingest.store and Ingest.handle_one on a SQLite file, no IMAP).

Whatever comes in, handling never fails (a message in state "failed" is a bug caught
and kept, but a bug), the same bytes are never handled twice, and whatever we queue is
mail we can stand behind: one recipient, a valid address, the sender's own, no header
beyond those we write, no line break smuggled into one.
"""

from __future__ import annotations

import base64
import email
import email.policy
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from pipeline import headers
from pipeline.store import db
from pipeline.store.models import Message, Outbox

from inprocess import Run
from inprocess import settings as event_settings

# What our answers carry, and nothing else (the coordinator's forwards add Reply-To).
OUR_HEADERS = {"from", "to", "subject", "date", "message-id", "in-reply-to", "references",
               "auto-submitted", "x-auto-response-suppress", "content-language",
               "mime-version", "content-type", "content-transfer-encoding", "reply-to"}
CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")

# -- strategies -------------------------------------------------------------------------------

WORDS = ["workshop 1", "workshop 2", "nr. 3", "Regnvand", "Byhaver", "Naboskab", "Ja tak",
         "Nej tak", "jeg kommer", "spiser med", "spiser ikke med", "afbud", "vi er to",
         "I'd like to come", "dinner: yes", "Mvh", "--", ">", "Den 2. sep. skrev Karen:",
         "Sendt fra min iPhone", "<br>", "&nbsp;", "=?utf-8?q?=0D=0ABcc:_x@evil.example?=",
         "\r\nBcc: x@evil.example", "\u2028", "\x00", "\ufeff", "ø", "æ", "å"]
CHARSETS = ["utf-8", "iso-8859-1", "windows-1252", "big5", "x-unknown", "utf-7", "", "\"",
            "utf-8; format=flowed", "ascii"]
ENCODINGS = ["7bit", "8bit", "base64", "quoted-printable", "x-uuencode", "bogus"]

text = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=30)), max_size=25).map(" ".join)
# An encoded word inside an encoded word: decoded once on the way in, it is still one, and
# the email package would decode it again on the way out, into a line break.
TWICE = "=?utf-8?b?" + base64.b64encode(b"=?utf-8?q?Hej=0D=0ABcc:_victim@example.com?=").decode() + "?="
header_text = st.one_of(text, st.text(max_size=80), st.sampled_from(
    ["=?utf-8?q?Jonas=0D=0ABcc:_victim@example.com?=", TWICE, "=?x-klingon?B?SGVq?=",
     "Re: Re: SV: AW: Invitation", "\udcff", "a" * 300]))
local = st.from_regex(r"[a-z][a-z0-9.]{0,12}", fullmatch=True)
address = st.one_of(
    st.builds(lambda l, d: f"{l}@{d}", local, st.sampled_from(
        ["gmail.com", "lysholm-bolig.dk", "hvidovre.dk", "example.net"])),
    st.sampled_from(["tilmelding@lysholm-bolig.dk", "kha@lysholm-bolig.dk",
                     "mailer-daemon@mx.example.net", "a@@b", "no-address", "<>", "x@y",
                     "jonas@gmail.com\r\nBcc: victim@example.com"]))
from_value = st.one_of(
    address,
    st.builds(lambda n, a: f"{n} <{a}>", header_text, address),
    st.builds(lambda a, b: f"{a}, {b}", address, address),
    st.builds(lambda a, b: f'"{a}" <{b}>', address, address))
message_id = st.one_of(st.none(), st.sampled_from(["<same@example.net>", "", "<>", "junk"]),
                       st.builds(lambda l: f"<{l}@example.net>", local))


@st.composite
def leaf(draw: st.DrawFn) -> str:
    ctype = draw(st.sampled_from(["text/plain", "text/html", "text/calendar", "image/png",
                                  "message/rfc822", "application/octet-stream"]))
    charset = draw(st.sampled_from(CHARSETS))
    cte = draw(st.sampled_from(ENCODINGS))
    disposition = draw(st.sampled_from(["", "inline", "attachment; filename=\"a.txt\"",
                                        "attachment; filename*=utf-8''%C3%A6.txt"]))
    head = f"Content-Type: {ctype}; charset={charset}\r\nContent-Transfer-Encoding: {cte}\r\n"
    if disposition:
        head += f"Content-Disposition: {disposition}\r\n"
    return head + "\r\n" + draw(text)


@st.composite
def body(draw: st.DrawFn, depth: int = 0) -> str:
    if depth >= 4 or draw(st.booleans()):
        return draw(leaf())
    boundary = f"b{depth}{draw(st.integers(0, 9))}"
    parts = draw(st.lists(st.deferred(lambda: body(depth + 1)), min_size=0, max_size=3))
    subtype = draw(st.sampled_from(["mixed", "alternative", "related", "report", "signed"]))
    out = f"Content-Type: multipart/{subtype}; boundary=\"{boundary}\"\r\n\r\npreamble\r\n"
    for part in parts:
        out += f"--{boundary}\r\n{part}\r\n"
    if draw(st.booleans()):  # a missing close boundary is common enough
        out += f"--{boundary}--\r\n"
    return out


@st.composite
def registrations(draw: st.DrawFn) -> bytes:
    """A sign-up we answer, with a name and subject of anything: what our reply echoes."""
    name, subject, extra = draw(header_text), draw(header_text), draw(text)
    sender = draw(local) + "@example.org"
    said = draw(st.sampled_from(["Jeg kommer til workshop 2 og spiser med.",
                                 "Jeg vil gerne med i Regnvand.", "I'll join workshop 3.",
                                 "Vi er to der kommer til nr. 1 og spiser ikke med."]))
    raw = (f"From: {name} <{sender}>\r\nSubject: {subject}\r\n"
           f"Message-ID: <{draw(local)}.{draw(st.integers(0, 10**9))}@example.org>\r\n"
           f"Content-Type: text/plain; charset=utf-8\r\n\r\n{said}\r\n{extra}\r\n")
    return raw.encode("utf-8", "surrogateescape")


@st.composite
def messages(draw: st.DrawFn) -> bytes:
    kind = draw(st.integers(0, 9))
    if kind == 0:
        return draw(st.binary(max_size=2000))  # anything at all
    if kind <= 3:
        return draw(registrations())
    lines = []
    for name, value in (("From", from_value), ("Subject", header_text), ("Message-ID", message_id),
                        ("In-Reply-To", message_id), ("References", message_id),
                        ("Date", st.sampled_from(["Wed, 4 Sep 2024 10:00:00 +0200", "yesterday",
                                                  "Thu, 31 Feb 3000 99:99:99 +9999"])),
                        ("Auto-Submitted", st.sampled_from(["no", "auto-replied"])),
                        ("List-Id", st.sampled_from(["<naboer.lists.example>"]))):
        if draw(st.integers(0, 4)) and (value := draw(st.one_of(st.none(), value))) is not None:
            lines.append(f"{name}: {value}")
    if draw(st.booleans()):
        lines.append("MIME-Version: 1.0")
    raw = "\r\n".join(lines) + "\r\n" + draw(body())
    return raw.encode("utf-8", "surrogateescape")


# -- the property ------------------------------------------------------------------------------


def check_queued(row: Outbox, sender: str | None) -> None:
    mail = email.message_from_bytes(row.raw, policy=email.policy.default)
    names = {k.lower() for k in mail.keys()}
    assert names <= OUR_HEADERS, names - OUR_HEADERS
    for name, value in mail.items():
        assert not CONTROL.search(str(value).replace("\t", " ")), (name, value)
    assert len(mail.get_all("To")) == 1 and len(mail["To"].addresses) == 1
    to = mail["To"].addresses[0].addr_spec
    assert headers.valid_address(to) == to == row.recipient
    if row.kind not in ("forward", "digest"):
        assert to == sender  # an answer goes to the sender, and only to them


@pytest.mark.filterwarnings("ignore")
def test_any_mail_is_stored_once_and_handled_without_failing(tmp_path) -> None:
    engine = db.engine_for(f"sqlite:///{tmp_path / 'fuzz.sqlite3'}")
    db.upgrade(engine)
    sessions = db.sessions(engine)
    run = Run(event_settings(), sessions)

    @given(raw=messages())
    @settings(max_examples=400, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    def check(raw: bytes) -> None:
        with sessions.begin() as session:
            before = session.scalar(select(Outbox.id).order_by(Outbox.id.desc()).limit(1)) or 0
        row_id, fresh = run.store(raw)
        if fresh:
            run.ingest.handle_one(row_id)
        assert run.store(raw)[1] is False  # the same bytes again: known, not handled again
        with sessions.begin() as session:
            message = session.get(Message, row_id)
            assert message is not None
            assert message.state == "handled", message.error
            for row in session.scalars(select(Outbox).where(Outbox.id > before)):
                check_queued(row, message.sender)

    try:
        check()
    finally:
        engine.dispose()
