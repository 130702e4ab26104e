"""Header building: no value may start a new header line, addresses are checked strictly."""

from __future__ import annotations

import email
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import headers
from pipeline.headers import BadAddress, HeaderInjection

ENCODED = "=?utf-8?q?Anna=0D=0ABcc=3A_victim=40example=2Eorg?="
INJECTIONS = [
    ENCODED,
    "Anna\r\nBcc: victim@example.org",
    "Anna\nBcc: victim@example.org",
    "Anna\rBcc: victim@example.org",
    "Anna\x00Bcc",
    "Anna\u2028Bcc: victim@example.org",
    "Anna\x85Bcc: victim@example.org",
]


def parsed(msg: EmailMessage) -> EmailMessage:
    return email.message_from_bytes(msg.as_bytes(policy=headers.SENT), policy=policy.default)


def ours() -> EmailMessage:
    return EmailMessage(policy=headers.POLICY)


@pytest.mark.parametrize("value", INJECTIONS)
def test_put_refuses_line_breaks_and_controls(value):
    msg = ours()
    with pytest.raises(HeaderInjection):
        headers.put(msg, "Subject", value)
    assert msg["Subject"] is None


@pytest.mark.parametrize("value", INJECTIONS)
def test_put_refuses_them_in_a_display_name_too(value):
    msg = ours()
    # The email package itself refuses CR and LF in an Address; put refuses the rest.
    with pytest.raises(ValueError):
        headers.put(msg, "To", Address(value, "anna", "example.org"))
    assert msg["To"] is None


@pytest.mark.parametrize("name", ["Bcc:", "Subject ", "X-A\r\nBcc", "", "Sübject"])
def test_put_refuses_bad_header_names(name):
    with pytest.raises(HeaderInjection):
        headers.put(EmailMessage(), name, "x")


def test_put_replaces_rather_than_repeats():
    msg = EmailMessage()
    headers.put(msg, "Subject", "one")
    headers.put(msg, "Subject", "two")
    assert msg.get_all("Subject") == ["two"]


@pytest.mark.parametrize("value", INJECTIONS)
def test_echoed_text_is_made_one_harmless_line(value):
    msg = ours()
    headers.put(msg, "Subject", headers.one_line(value))
    back = parsed(msg)
    assert back["Bcc"] is None
    assert "Bcc" in back["Subject"] and "\n" not in back["Subject"]


def test_one_line_caps_the_length():
    assert len(headers.one_line("x" * 500, 50)) == 50


@pytest.mark.parametrize("name", ["Holm, Anna", 'Anna "the boss" Holm', "Søren Ærø", "A <b>"])
def test_display_names_are_quoted_and_come_back_unchanged(name):
    msg = EmailMessage()
    headers.put(msg, "To", headers.mailbox("anna@example.org", name))
    back = parsed(msg)["To"].addresses
    assert len(back) == 1
    assert (back[0].display_name, back[0].addr_spec) == (name, "anna@example.org")


def test_an_address_as_display_name_is_dropped():
    address = headers.mailbox("anna@example.org", "boss@example.org")
    assert address.display_name == ""


@pytest.mark.parametrize("address", [
    "anna@example.org\r\nBcc: victim@example.org",
    "Anna <anna@example.org>",
    "anna@example.org, eve@example.org",
    "anna@localhost",
    "anna@[127.0.0.1]",
    "anna",
    "",
    "ann a@example.org",
    "anna@example.org>",
])
def test_addresses_are_validated_strictly(address):
    with pytest.raises(BadAddress):
        headers.valid_address(address)


def test_a_valid_address_is_written_in_ascii():
    assert headers.valid_address("Anna@Ærø.dk") == "Anna@" + "ærø.dk".encode("idna").decode()
    assert headers.valid_address("anna@EXAMPLE.org") == "anna@example.org"


@pytest.mark.parametrize("value,expected", [
    ("<a.b@example.org>", "<a.b@example.org>"),
    ("  a.b@example.org ", "<a.b@example.org>"),
    ("<a.b@example.org> (comment)", "<a.b@example.org>"),
    ("<a b@example.org>", None),
    ("<a@b>\r\nBcc: x", "<a@b>"),
    ("<" + "x" * 300 + "@example.org>", None),
    ("", None),
    (None, None),
])
def test_message_ids_are_normalised_or_refused(value, expected):
    assert headers.message_id(value) == expected


def test_new_message_ids_are_on_our_domain_and_unique():
    ids = {headers.new_message_id("bo-vest.dk") for _ in range(100)}
    assert len(ids) == 100
    assert all(i.startswith("<") and i.endswith("@bo-vest.dk>") for i in ids)
    with pytest.raises(BadAddress):
        headers.new_message_id("bo-vest.dk>\r\nBcc: x@y.dk")


def test_our_message_ids_are_told_from_others():
    # what a reply refers to is looked up in the outbox only when we can have made it
    ours = headers.message_id(headers.new_message_id("bo-vest.dk"))
    assert ours is not None and headers.made_by_us(ours)
    assert not headers.made_by_us("<ressourcenetvaerk-invitation@bo-vest.dk>")
    assert not headers.made_by_us("<CAF=tilmeld.1@mail.gmail.com>")


@pytest.mark.parametrize("original,expected", [
    ("Invitation", "Re: Invitation"),
    ("Re: Invitation", "Re: Invitation"),
    ("RE: SV: Sv: AW: re:Invitation", "Re: Invitation"),
    ("Re[2]: Invitation", "Re: Invitation"),
    ("VS: Invitation", "Re: VS: Invitation"),  # a Danish forward, kept like Fwd:
    ("Fwd: Invitation", "Re: Fwd: Invitation"),
    ("Revision of plans", "Re: Revision of plans"),
    ("", "Fallback"),
    ("Re: ", "Fallback"),
])
def test_reply_subject_has_one_re(original, expected):
    assert headers.reply_subject(original, "Fallback") == expected


def test_thread_ends_with_the_parent_without_repeats_or_junk():
    parent, refs = headers.thread("<c@x>", ["<a@x>", "<c@x>", "not an id", "<b@x>", "<a@x>"])
    assert parent == "<c@x>"
    assert refs == ["<a@x>", "<b@x>", "<c@x>"]


def test_thread_is_capped_keeping_the_first_and_the_latest():
    chain = [f"<m{n}@x>" for n in range(60)]
    _, refs = headers.thread("<last@x>", chain)
    assert len(refs) == headers.MAX_REFERENCES
    assert refs[0] == "<m0@x>" and refs[-1] == "<last@x>" and refs[-2] == "<m59@x>"


@given(st.text(), st.text())
def test_no_text_adds_a_header(name, subject):
    msg = ours()
    headers.put(msg, "To", headers.mailbox("anna@example.org", name))
    headers.put(msg, "Subject", headers.one_line(subject))
    back = parsed(msg)
    assert back.keys() == ["To", "Subject"]
    assert [a.addr_spec for a in back["To"].addresses] == ["anna@example.org"]



@settings(max_examples=500)
@given(st.text(), st.text(), st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E)))
def test_our_policy_writes_headers_as_the_email_package_does(name, subject, ascii_subject):
    # headers.POLICY writes a short line of ASCII as it is, without refolding it.
    def written(msg: EmailMessage, sent: policy.Policy) -> bytes:
        headers.put(msg, "To", headers.mailbox("anna@example.org", name))
        headers.put(msg, "Subject", headers.one_line(subject))
        headers.put(msg, "Comments", ascii_subject)
        return msg.as_bytes(policy=sent)

    assert written(ours(), headers.SENT) == written(EmailMessage(), policy.SMTP)
