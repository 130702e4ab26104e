"""Replies: parsed back with the stdlib email parser, headers, both alternatives, the .ics."""

from __future__ import annotations

import datetime as dt
import email
import itertools
from email import policy
from email.message import EmailMessage
from email.utils import parsedate_to_datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar import Calendar

from pipeline import config
from pipeline.headers import BadAddress
from pipeline.participant import REPLY_KINDS, Registration
from pipeline.replies import WITH_CALENDAR, as_bytes, compose
from pipeline.understand.reading import Envelope

SETTINGS = config.load(Path(__file__).resolve().parents[2] / "config" / "event.example.toml")
NOW = dt.datetime(2017, 6, 1, 8, 30, tzinfo=dt.timezone.utc)
ANNA = "anna@example.org"
SIGN_OFF = {"da": "Venlig hilsen", "en": "Kind regards"}


def person(lang: str = "da", **values) -> Registration:
    values = {"name": "Anna Holm", "workshop": 2, "dinner": True, **values}
    return Registration(ANNA, "registered", lang=lang, **values)


def envelope(**values) -> Envelope:
    values = {"message_id": "<reply-1@example.org>", "sender": ANNA,
              "subject": "SV: Invitation til ressourcenetværk",
              "references": ["<ressourcenetvaerk-invitation@bo-vest.dk>"], **values}
    return Envelope(**values)


def sent(kind: str, registration: Registration, **options) -> EmailMessage:
    options.setdefault("answering", envelope())
    if kind == "ask":
        options.setdefault("asked", ("dinner",))
    msg = compose(kind, registration, SETTINGS, now=options.pop("now", NOW), **options)
    raw = as_bytes(msg)
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    return email.message_from_bytes(raw, policy=policy.default)


def texts(msg: EmailMessage) -> tuple[str, str]:
    return msg.get_body(("plain",)).get_content(), msg.get_body(("html",)).get_content()


def calendar_of(msg: EmailMessage) -> Calendar | None:
    parts = [p for p in msg.walk() if p.get_content_type() == "text/calendar"]
    assert len(parts) <= 1
    return Calendar.from_ical(parts[0].get_payload(decode=True)) if parts else None


@pytest.mark.parametrize("kind,lang", list(itertools.product(REPLY_KINDS, ("da", "en"))))
def test_every_kind_in_both_languages(kind, lang):
    msg = sent(kind, person(lang))

    assert [a.addr_spec for a in msg["From"].addresses] == [SETTINGS.event.signup_address]
    assert msg["From"].addresses[0].display_name == SETTINGS.event.sender_name
    assert [a.addr_spec for a in msg["To"].addresses] == [ANNA]
    assert msg["Cc"] is None and msg["Bcc"] is None
    assert msg["Subject"] == "Re: Invitation til ressourcenetværk"
    assert msg["In-Reply-To"] == "<reply-1@example.org>"
    assert msg["References"].split() == ["<ressourcenetvaerk-invitation@bo-vest.dk>",
                                         "<reply-1@example.org>"]
    assert msg["Message-ID"].endswith("@bo-vest.dk>")
    assert parsedate_to_datetime(msg["Date"]) == NOW
    assert msg["Auto-Submitted"] == "auto-replied"
    assert msg["X-Auto-Response-Suppress"] == "All"
    assert msg["Content-Language"] == lang

    text, html = texts(msg)
    other = "en" if lang == "da" else "da"
    for body in (text, html):
        assert "Anna Holm" in body
        assert SIGN_OFF[lang] in body and SIGN_OFF[other] not in body
    assert f'<html lang="{lang}">' in html
    assert (calendar_of(msg) is not None) == (kind in WITH_CALENDAR)


@pytest.mark.parametrize("kind", WITH_CALENDAR)
def test_confirmations_carry_the_event_and_say_how_to_change(kind):
    msg = sent(kind, person("da", note="vegetar"))
    text, html = texts(msg)
    for body in (text, html):
        assert "Bæredygtighed" in body and "vegetar" in body
        assert "svar bare på denne mail" in body
    cal = calendar_of(msg)
    assert cal["METHOD"] == "PUBLISH"
    (event,) = cal.walk("VEVENT")
    assert event.decoded("DTSTART") == SETTINGS.event.starts
    assert event.decoded("DTSTART").tzinfo.key == "Europe/Copenhagen"
    assert event.decoded("DTEND") == SETTINGS.event.ends
    assert str(event["SUMMARY"]) == SETTINGS.event.title
    assert "Bæredygtighed" in str(event["DESCRIPTION"])
    # Nothing that makes a calendar client answer the invitation by mail.
    assert "ORGANIZER" not in event and "ATTENDEE" not in event
    assert len(cal.walk("VTIMEZONE")) == 1


def test_the_calendar_entry_is_the_same_for_a_person_and_updates_in_place():
    first = calendar_of(sent("confirm", person()))
    later = calendar_of(sent("change", person(workshop=3), now=NOW + dt.timedelta(days=2)))
    other = calendar_of(sent("confirm", Registration("bo@example.org", "registered", workshop=2,
                                                     dinner=True),
                             answering=envelope(sender="bo@example.org")))
    (a,), (b,), (c,) = (cal.walk("VEVENT") for cal in (first, later, other))
    assert a["UID"] == b["UID"] != c["UID"]
    assert ANNA not in a["UID"]
    assert b["SEQUENCE"] > a["SEQUENCE"]


def test_the_follow_up_asks_only_for_what_is_missing_and_quotes_the_sender():
    msg = sent("ask", person("da", workshop=None, dinner=False), asked=("workshop",),
               unclear={"workshop": "enten 1 eller 3", "dinner": "not asked"})
    for body in texts(msg):
        for workshop in SETTINGS.workshops:
            assert f"{workshop.name}" in body
        assert "enten 1 eller 3" in body
        assert "not asked" not in body
        assert "Vil du spise med" not in body
    assert calendar_of(msg) is None

    msg = sent("ask", person("en", workshop=1, dinner=None), asked=("dinner",))
    text, html = texts(msg)
    assert "stay for dinner" in text and "Partnerskaber" not in text
    assert "Lokalområdet" in text  # what we already know is said back


def test_a_follow_up_must_ask_something():
    with pytest.raises(ValueError):
        compose("ask", person(), SETTINGS, answering=envelope(), now=NOW, asked=())


def test_html_is_escaped_and_text_is_verbatim():
    nasty = "<script>alert(1)</script>"
    msg = sent("ask", person("da", name=nasty, note=nasty, workshop=None), asked=("workshop",),
               unclear={"workshop": '<img src=x onerror="alert(2)">'})
    text, html = texts(msg)
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert nasty in text
    confirm_html = texts(sent("confirm", person(note=nasty)))[1]
    assert "<script>" not in confirm_html and "&lt;script&gt;" in confirm_html


@pytest.mark.parametrize("field,value", [
    ("name", "Eve\r\nBcc: victim@example.org"),
    ("name", "Eve\nBcc: victim@example.org"),
    ("name", "Eve\u2028Bcc: victim@example.org"),
    ("name", "=?utf-8?q?Eve=0D=0ABcc=3A_victim=40example=2Eorg?="),
    ("subject", "Hej\r\nBcc: victim@example.org"),
    ("subject", "Hej\nBcc: victim@example.org\n\nforged body"),
    ("subject", "=?utf-8?q?Hej=0D=0ABcc=3A_victim=40example=2Eorg?="),
])
def test_injected_bcc_lines_go_nowhere(field, value):
    if field == "name":
        msg = sent("confirm", person(name=value), answering=envelope(sender_name=value))
    else:
        msg = sent("confirm", person(), answering=envelope(subject=value))
    assert msg["Bcc"] is None
    assert [a.addr_spec for a in msg["To"].addresses] == [ANNA]
    raw = as_bytes(compose("confirm", person(name=value if field == "name" else "Anna"), SETTINGS,
                           answering=envelope(subject=value if field == "subject" else "x"),
                           now=NOW))
    assert not any(line.lower().startswith(b"bcc") for line in raw.split(b"\r\n"))


def test_a_reply_goes_only_to_the_person_who_wrote():
    with pytest.raises(ValueError):
        compose("confirm", person(), SETTINGS, answering=envelope(sender="eve@example.org"),
                now=NOW)


def test_an_unusable_address_is_refused():
    bad = Registration("anna@example.org\r\nBcc: victim@example.org", "registered", workshop=1,
                       dinner=True)
    with pytest.raises(BadAddress):
        compose("confirm", bad, SETTINGS, answering=None, now=NOW)


def test_a_notice_without_a_message_to_answer_threads_under_our_last_mail():
    msg = sent("change", person(), answering=None,
               previous_references=["<tilmeld.1@bo-vest.dk>", "<tilmeld.2@bo-vest.dk>"])
    assert msg["In-Reply-To"] == "<tilmeld.2@bo-vest.dk>"
    assert msg["References"].split() == ["<tilmeld.1@bo-vest.dk>", "<tilmeld.2@bo-vest.dk>"]
    assert SETTINGS.event.title in msg["Subject"] and not msg["Subject"].startswith("Re:")


def test_long_threads_are_capped_and_stay_well_formed():
    chain = [f"<m{n}@example.org>" for n in range(80)] + ["not-an-id <x", "<bad id@x>"]
    msg = sent("confirm", person(), answering=envelope(references=chain))
    refs = msg["References"].split()
    assert 2 <= len(refs) <= 20
    assert refs[0] == "<m0@example.org>" and refs[-1] == "<reply-1@example.org>"


def test_each_reply_has_its_own_message_id():
    ids = {sent("confirm", person())["Message-ID"] for _ in range(5)}
    assert len(ids) == 5


def test_naive_now_is_refused():
    with pytest.raises(ValueError):
        compose("confirm", person(), SETTINGS, answering=envelope(), now=NOW.replace(tzinfo=None))


@settings(max_examples=40, deadline=None)
@given(name=st.text(max_size=60), subject=st.text(max_size=120),
       unclear=st.text(max_size=60))
def test_no_echoed_text_changes_the_headers(name, subject, unclear):
    msg = sent("ask", person(name=name, workshop=None), asked=("workshop",),
               unclear={"workshop": unclear},
               answering=envelope(subject=subject, sender_name=name))
    assert set(msg.keys()) == {
        "From", "To", "Subject", "Date", "Message-ID", "In-Reply-To", "References",
        "Auto-Submitted", "X-Auto-Response-Suppress", "MIME-Version", "Content-Type",
        "Content-Language"}
    assert [a.addr_spec for a in msg["To"].addresses] == [ANNA]
    assert msg["Subject"].strip() and "\n" not in msg["Subject"]


def test_an_installed_tilmeld_carries_every_template_and_package():
    """pyproject.toml ships templates/ as pipeline/templates by file patterns: a template
    of a kind they miss would be absent from an installed tilmeld, and its mail fail."""
    import tomllib

    root = Path(__file__).resolve().parents[2]
    setuptools = tomllib.loads((root / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]
    folder = root / setuptools["package-dir"]["pipeline.templates"]
    shipped = {path for pattern in setuptools["package-data"]["pipeline.templates"]
               for path in folder.glob(pattern)}
    every = {path for path in folder.rglob("*") if path.is_file()}
    assert every and every == shipped
    # The packages are listed by name (a mapped folder cannot be found): each one, too.
    found = {".".join(init.parent.relative_to(root).parts) for init in (root / "pipeline").rglob("__init__.py")}
    assert set(setuptools["packages"]) == found | {"pipeline.templates"}
