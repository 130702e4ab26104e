"""MIME: the human text and the headers, whatever the client and the charset claimed."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.understand.mime import decode_bytes, human_text_of_file, parse_mail

# -- charsets and transfer encodings ------------------------------------------------------


def test_windows1252_8bit_outlook(eml):
    mail = eml("mime/outlook_windows1252_8bit.eml")
    assert "Hej Karen – jeg vil gerne være med i workshoppen om regnvand" in mail.text
    assert "’grønne tage’" in mail.text
    assert mail.envelope.sender_name == "Søren Ågaard"
    assert mail.envelope.subject == "SV: Invitation: Gårdmøde om grønne gårde – 24. september"


def test_unlabelled_8bit_is_read_as_windows1252(eml):
    mail = eml("mime/latin1_8bit_no_charset.eml")
    assert "Jeg kommer gerne og vælger byhaver." in mail.text
    assert "\ufffd" not in mail.text
    assert mail.envelope.sender_name == "Birthe Løv"  # RFC 2047, iso-8859-1, B encoding
    assert mail.envelope.subject == "Tilmelding til gårdmødet"  # iso-8859-1, Q encoding


def test_lying_charset_valid_utf8_wins_over_big5(eml):
    mail = eml("mime/lying_charset_big5.eml")
    assert mail.text == "Hej Karen, jeg tager naboskab og spiser med. Hilsen fra gården på Lysholm Allé 6."


def test_utf8_label_on_windows1252_bytes(eml):
    mail = eml("mime/utf8_label_windows1252_bytes.eml")
    assert "Workshop: Byhaver – nr. 2" in mail.text
    assert "Spisning: Nej tak, jeg når det ikke" in mail.text


def test_unknown_charset_falls_back(eml):
    mail = eml("mime/unknown_charset.eml")
    assert mail.text.endswith("Mvh Jonna Kjeldsen, Viftebø")
    assert mail.envelope.subject == "Re: Invitation"


def test_base64_body(eml):
    mail = eml("mime/samsung_base64.eml")
    assert mail.text.startswith("Naboskab for mig, og ja tak til suppen.")


@pytest.mark.parametrize(("data", "declared", "text"), [
    ("blåbær".encode("utf-8"), "iso-8859-1", "blåbær"),          # label lies: UTF-8 wins
    ("blåbær – ’x’".encode("cp1252"), "iso-8859-1", "blåbær – ’x’"),  # C1 range is 1252
    ("blåbær".encode("cp1252"), None, "blåbær"),
    ("blåbær".encode("cp1252"), "utf-8", "blåbær"),
    ("blåbær".encode("cp1252"), "no-such-charset", "blåbær"),
    ("Привет".encode("koi8-r"), "koi8-r", "Привет"),
    (b"\x81\x8d", "windows-1252", "\x81\x8d"),                    # holes of 1252: latin-1
    (b"+AOY-", "utf-7", "æ"),                                     # ASCII bytes, other charset
    (b"", "utf-8", ""),
])
def test_decode_bytes(data, declared, text):
    assert decode_bytes(data, declared) == text


# -- choosing the human text -------------------------------------------------------------


def test_plain_part_preferred_over_html(eml):
    mail = eml("mime/gmail_alternative_qp.eml")
    assert "HTMLVERSION" not in mail.text
    assert "Jeg tager workshop 1 (regnvand) og spiser gerne med." in mail.text
    assert mail.html is not None and "HTMLVERSION" in mail.html
    assert not mail.from_html
    assert mail.part_types == ["multipart/alternative", "text/plain", "text/html"]


def test_html_only_entities_and_breaks(eml):
    mail = eml("mime/html_only_entities.eml")
    assert mail.from_html
    assert mail.text.splitlines() == [
        "Hej Karen",
        "",
        "Jeg vil gerne deltage i workshoppen om byhaver – og jeg bliver til suppen bagefter.",
        "Vi er to fra Køkkenhaveforeningen… begge vil gerne være med.",
        "Hilsen fra Lene",
    ]


def test_format_flowed_is_joined(eml):
    mail = eml("mime/thunderbird_flowed.eml")
    assert ("Jeg vil gerne være med i byhaverne, for bierne har brug for flere blomster i "
            "gården. Suppen springer jeg over.") in mail.text
    assert ("> Boligforeningen Lysholm inviterer til gårdmøde om grønne gårde. Mødet er for "
            "alle, der bor eller arbejder i området.") in mail.text


def test_rfc2231_attachment_name_and_flowed_text(eml):
    mail = eml("mime/rfc2231_attachment.eml")
    assert mail.attachments == ["Elevernes tegninger – gården.pdf"]
    assert "Vedhæftet er elevernes tegninger af plantekasserne." in mail.text
    assert "JVBER" not in mail.text


def test_attached_message_is_not_the_senders_text(eml):
    mail = eml("mime/forward_as_attachment.eml")
    assert mail.text == "Til orientering – den vedhæftede mail kom til min postkasse."
    assert "message/rfc822" in mail.part_types


def test_missing_close_boundary_still_read(eml):
    mail = eml("mime/missing_close_boundary.eml")
    assert mail.text == "Workshop 2 og suppe, tak."
    assert mail.defects  # mail-parser's report is passed on


# -- the envelope ---------------------------------------------------------------------------


def test_envelope(eml):
    env = eml("mime/gmail_alternative_qp.eml").envelope
    assert env.sender == "ole.vinding@gmail.com"
    assert env.sender_name == "Ole Vinding"
    assert env.message_id == "<CAH8k2N1qz7pR0kXkX4bq3cG=zYt0W5sX1U2VhA3m9oQ@mail.gmail.com>"
    assert env.in_reply_to == "<gaardmoede-invitation@lysholm-bolig.dk>"
    assert env.references == ["<gaardmoede-invitation@lysholm-bolig.dk>"]
    assert env.date == dt.datetime(2024, 9, 3, 19, 14, 5, tzinfo=dt.timezone.utc)
    assert env.addresses_from == 1


def test_headers_are_decoded_and_lower_case(eml):
    mail = eml("mime/outlook_windows1252_8bit.eml")
    assert mail.headers["thread-topic"] == ["Invitation: Gårdmøde om grønne gårde"]
    assert mail.header("X-Mailer") == "Microsoft Outlook 14.0"
    assert mail.header("no-such-header") == ""


# -- never raises --------------------------------------------------------------------------


@pytest.mark.parametrize("raw", [
    b"",
    b"\x00\xff\xfe garbage",
    b"Subject: only a header",
    b"From: <>\r\n\r\n",
    b"From: a@b, c@d\r\nSubject: =?utf-8?q?broken\r\n\r\nbody",
    b"Content-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\nContent-Type: multipart/mixed\r\n\r\n",
    b"Content-Type: text/plain; charset=\"\"\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!",
])
def test_odd_bytes_never_raise(raw):
    mail = parse_mail(raw)
    assert isinstance(mail.text, str)


def test_two_from_addresses_are_counted():
    mail = parse_mail(b"From: Ann <ann@example.dk>, Bo <bo@example.dk>\r\nSubject: x\r\n\r\nhej\r\n")
    assert mail.envelope.addresses_from == 2
    assert mail.envelope.sender == "ann@example.dk"


def test_deep_nesting_does_not_raise():
    depth = 3000
    head = "".join(f"Content-Type: multipart/mixed; boundary=b{i}\r\n\r\n--b{i}\r\n" for i in range(depth))
    mail = parse_mail(b"From: x@example.dk\r\n" + head.encode() + b"Content-Type: text/plain\r\n\r\nhej\r\n")
    assert isinstance(mail.text, str)


# -- files ----------------------------------------------------------------------------------


def test_human_text_of_file_reads_eml_and_text():
    eml_bytes = b"From: a@example.dk\r\nSubject: s\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nhej \xc3\xa6\r\n"
    assert human_text_of_file("invitation.eml", eml_bytes) == "hej æ"
    assert human_text_of_file("invitation.txt", "Kære alle\r\nvælg".encode("cp1252")) == "Kære alle\nvælg"
