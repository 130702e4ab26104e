"""Machine mail: every automatic message is recognised, and no person is taken for one."""

from __future__ import annotations

import pytest
from reply import read

from pipeline.understand.lexicon import load
from pipeline.understand.machine import machine_reason
from pipeline.understand.mime import parse_mail


@pytest.mark.parametrize(("name", "reason"), [
    ("exchange_ooo_da.eml", "Auto-Submitted: auto-replied"),
    ("gmail_vacation_re_subject.eml", "Auto-Submitted: auto-replied"),  # "Re:" subject, trap
    ("receipt_auto_generated.eml", "Auto-Submitted: auto-generated"),
    ("ooo_x_autoreply_en.eml", "x-autoreply"),
    # an Exchange inbox rule's template reply sets no Auto-Submitted; its own headers say it
    # (it had been asked which workshop, and answered: a robot answered)
    ("exchange_inbox_rule_template_da.eml", "x-ms-exchange-inbox-rules-loop"),
])
def test_auto_reply_headers(eml, context, name, reason):
    assert reason in machine_reason(eml(f"machine/{name}"), context)


@pytest.mark.parametrize(("name", "words"), [
    ("autosvar_subject_only.eml", "Autosvar"),
    ("exchange_ndr_subject.eml", "Kan ikke leveres"),
    # Outlook's recall of a message sent before, no header telling it (had gone to review)
    ("outlook_recall_da.eml", "Tilbagekald"),
])
def test_subject_words_at_the_start(eml, context, name, words):
    assert words in machine_reason(eml(f"machine/{name}"), context)


@pytest.mark.parametrize("name", ["postfix_bounce.eml", "read_receipt_da.eml"])
def test_reports(eml, context, name):
    assert "report" in machine_reason(eml(f"machine/{name}"), context)


def test_bounce_signs_each_alone(eml_bytes, context):
    raw = eml_bytes("machine/postfix_bounce.eml")
    # Without the report structure and the Auto-Submitted header, the null sender and
    # the MAILER-DAEMON address still tell.
    plain = (raw.replace(b"multipart/report; report-type=delivery-status;", b"multipart/mixed;")
             .replace(b"message/delivery-status", b"text/plain")
             .replace(b"Auto-Submitted: auto-replied\r\n", b""))
    assert machine_reason(parse_mail(plain), context) == "empty Return-Path (null sender)"
    no_null_sender = plain.replace(b"Return-Path: <>\r\n", b"")
    assert "MAILER-DAEMON".lower() in machine_reason(parse_mail(no_null_sender), context)


def test_newsletter(eml, context):
    assert machine_reason(eml("machine/newsletter_bulk.eml"), context) == "Precedence: bulk"


def test_list_headers_alone(eml_bytes, context):
    raw = eml_bytes("machine/newsletter_bulk.eml").replace(b"Precedence: bulk\r\n", b"")
    assert "mailing list" in machine_reason(parse_mail(raw), context)


@pytest.mark.parametrize("name", ["calendar_accept.eml", "calendar_decline_body_method.eml"])
def test_calendar_answers(eml, context, name):
    assert machine_reason(eml(f"machine/{name}"), context) == "calendar answer (METHOD:REPLY)"


def test_our_own_address_any_case(eml, context):
    assert machine_reason(eml("machine/own_signup_address.eml"), context) == "from our own sign-up address"


def test_coordinator_address(eml_bytes, context):
    raw = eml_bytes("machine/own_signup_address.eml").replace(
        b"Tilmelding@Lysholm-Bolig.dk", b"kha@lysholm-bolig.dk")
    assert machine_reason(parse_mail(raw), context) == "from the coordinator's address"


@pytest.mark.parametrize(("name", "reason"), [
    ("vacation_rule_no_headers_da.eml", "automatic: out-of-office wording"),
    ("ooo_rule_no_headers_en.eml", "automatic: out-of-office wording"),
    ("course_reads_no_mail_da.eml", "automatic: out-of-office wording"),  # "på kursus hele ugen og læser ikke mail"
    ("no_longer_employed_en.eml", "automatic: absence notice"),  # "I no longer work at ..."
    ("ooo_conference_en.eml", "automatic: out-of-office wording"),  # "attending a conference ... will be back on"
    ("summit_answer_later_en.eml", "automatic: out-of-office wording"),  # "until Friday ... will answer your email"
    ("answer_later_da.eml", "automatic: out-of-office wording"),  # "indtil torsdag og besvarer din mail"
    ("automatic_reply_said_in_text_en.eml", "automatic: absence notice"),  # "This is an automatic reply."
    # "currently out of the office and will return on ... limited access to e-mail" (had gone to review)
    ("ooo_return_on_no_headers_en.eml", "automatic: out-of-office wording"),
    # first-person notices without headers that had been answered as declines (critical):
    # "Jeg er på kursus ... og læser først mail igen mandag ... Har din henvendelse hast",
    # "I am on parental leave ... and will not be reading my email"
    ("course_reads_mail_later_da.eml", "automatic: out-of-office wording"),
    ("parental_leave_not_reading_en.eml", "automatic: out-of-office wording"),
    # "... on parental leave until 2 January 2025 and will not be checking my inbox" (had gone to review)
    ("parental_leave_not_checking_inbox_en.eml", "automatic: out-of-office wording"),
    # "Jeg holder ferie med familien til og med ... og kigger kun sjældent på min mail. Er det noget
    # der haster, så send mig en sms" (had gone to review)
    ("holiday_rarely_reads_mail_da.eml", "automatic: out-of-office wording"),
    # a helpdesk's receipt in a "Re:": "##- Skriv dit svar over denne linje -##", "Din henvendelse
    # har fået nummeret #4521" (had gone to review)
    ("helpdesk_reply_above_the_line_da.eml", "automatic: absence notice"),
    # another network's newsletter "To: undisclosed-recipients:;" with its own three
    # workshops and a meal (it had been asked a question: critical)
    ("newsletter_undisclosed_recipients_da.eml", "automatic: addressed to undisclosed recipients + newsletter wording"),
    # Lotus Notes' own Danish notice, no automatic header: "Jeg vil være fraværende fra ... og vil
    # ikke være tilbage før ... Jeg vil besvare din meddelelse ved min tilbagevenden" (had gone to a person)
    ("lotus_notes_absence_da.eml", "automatic: out-of-office wording"),
    # stop 72: "Jeg er på kursus frem til og med fredag den 26. maj og har kun sporadisk adgang til min
    # mail. Jeg svarer, så snart jeg er tilbage." (critical: had been answered as a decline)
    ("course_sporadic_access_back_later_da.eml", "automatic: out-of-office wording"),
])
def test_an_absence_notice_without_headers(eml, context, name, reason):
    """Responders built from mail rules send no Auto-Submitted and answer with "Re:"."""
    assert machine_reason(eml(f"machine/{name}"), context) == reason


def test_every_absence_phrase_holds_a_marker():
    """The markers turn most replies away before the phrases are looked for (the phrases
    that make a notice alone are few, and looked for without them)."""
    body = load("machine")["body"]
    assert all(any(m in phrase for m in body["absence_markers"]) for phrase in body["absence"])


@pytest.mark.parametrize(("name", "reason"), [
    # receipts of shops, booking and ticket systems, without any automatic header; their
    # "workshop", "suppe", "sign up" are not answers (each had been asked a question)
    ("order_confirmation_da.eml", "automatic: automatic words in the subject + receipt wording"),
    ("ticket_received_en.eml", "automatic: automatic words in the subject + receipt wording"),
    ("booking_noreply_prefix.eml", "sent by a robot address (noreply-booking)"),
    # "Torben Laursen er fratrådt sin stilling ...": said of the person by the system
    ("left_the_job_da.eml", "automatic: absence notice"),
    ("absence_subject_course_da.eml", "automatic subject (Fraværende til og med)"),
    # a robot address by its end, a helpdesk's receipt in a reply, a poll's notification,
    # a mailbox no longer read (each had been asked a question, the last sent to review)
    ("ticket_noreply_suffix_da.eml", "sent by a robot address (servicedesk-noreply)"),
    ("helpdesk_request_received_en.eml", "automatic: receipt wording + automatic-notice wording"),
    ("poll_notification_mailer_da.eml", "sent by a robot address (mailer)"),
    ("mailbox_no_longer_read_da.eml", "automatic: absence notice"),
    # a calendar sending an invitation in a person's name: "Sender: calendar-notification@..."
    ("calendar_invitation_sender_robot.eml", "sent by a robot address (calendar-notification)"),
    # a rule's canned notice, its period and where to turn: "Jeg holder ferie i perioden ... og
    # læser ikke mails. Henvendelser vedr. gårdlauget kan rettes til ..." (had been a decline)
    ("holiday_period_no_headers_da.eml", "automatic: out-of-office wording"),
    # receipts answering with "Re:", knowing only a sender or promising a service time ("Kære
    # afsender", "Vi har modtaget din mail og besvarer den inden for 5 hverdage"), an office
    # closed for a day, a hiker "off the grid" (all had been sent to review)
    ("receipt_in_a_reply_dear_sender_da.eml", "automatic: absence notice"),
    ("receipt_in_a_reply_service_time_da.eml", "automatic: absence notice"),
    ("office_closed_notice_da.eml", "automatic: out-of-office wording"),
    ("off_the_grid_notice_en.eml", "automatic: out-of-office wording"),
    # stop 39: a case system's journal number and promised answer in an "SV:" ("registreret med
    # journalnummer ..., du kan forvente svar inden for 3 hverdage"), a spam filter's challenge
    # ("complete the verification process"), a holiday notice that checks no mail, and one
    # promising slow replies ("off on holiday, so I'll be slow to reply": had declined)
    ("receipt_in_a_reply_journal_number_da.eml", "automatic: absence notice"),
    ("challenge_response_verification_en.eml", "automatic: absence notice"),
    ("holiday_notice_checks_no_mail_da.eml", "automatic: out-of-office wording"),
    ("slow_to_reply_notice_en.eml", "automatic: out-of-office wording"),
    # stop 40: "on parental leave until 1 December and will only check my inbox occasionally
    # ... please contact my colleague" (had gone to review)
    ("parental_leave_inbox_occasionally_en.eml", "automatic: out-of-office wording"),
    # a helpdesk's ticket ("##- Please type your reply above this line -##", "we've received your
    # request (#3187)") and a volunteers' mailbox read on Sundays (both had gone to review)
    ("helpdesk_ticket_reply_above_this_line_en.eml", "automatic: receipt wording + automatic-notice wording"),
    ("volunteer_mailbox_read_on_sundays_da.eml", "automatic: out-of-office wording"),
    # stop 50: a case system's notice that a case is closed ("Din henvendelse er nu afsluttet.
    # Sagsnummer: ...", "automatisk genereret"), no automatic header (had been asked)
    ("ticket_closed_no_headers_da.eml", "automatic: receipt wording + automatic-notice wording"),
])
def test_receipts_and_notices_without_headers(eml, context, name, reason):
    assert machine_reason(eml(f"machine/{name}"), context) == reason


def test_receipt_recognised_by_two_weak_signs(eml, context):
    reason = machine_reason(eml("machine/receipt_wording_only.eml"), context)
    assert reason == "automatic: receipt wording + automatic-notice wording"


def test_newsletter_sent_in_bcc(eml, eml_bytes, context):
    """No list headers, but addressed to its own sender (the readers in Bcc) and worded
    as a newsletter: two weak signs. Either alone is not enough."""
    raw = eml_bytes("machine/newsletter_bcc_da.eml").replace(b"Nyhedsbrev_september", b"Nyt_i_september")
    reason = machine_reason(parse_mail(raw), context)
    assert reason == "automatic: addressed to its own sender + newsletter wording"
    to_us = raw.replace(b'To: "Frivilligcenter Vest" <info@frivillig-vest.dk>',
                        b"To: Karen Hald <tilmelding@lysholm-bolig.dk>")
    assert to_us != raw and machine_reason(parse_mail(to_us), context) is None


def test_newsletter_sent_by_a_newsletter_service(eml, eml_bytes, context):
    """Addressed to us, no list headers, but sent by a newsletter service (X-Mailer)
    and worded as a newsletter ("Du modtager denne mail, fordi ... Afmeld her")."""
    reason = machine_reason(eml("machine/newsletter_service_da.eml"), context)
    assert reason == "automatic: mass-mailer headers + newsletter wording"
    raw = eml_bytes("machine/newsletter_service_da.eml")
    by_hand = raw.replace(b"X-Mailer: Ubivox 3.0", b"X-Mailer: Microsoft Outlook 16.0")
    assert by_hand != raw and machine_reason(parse_mail(by_hand), context) is None


def test_newsletter_by_its_subject_and_footer(eml, eml_bytes, context):
    """Sent by hand to us, no list headers: "Nyhedsbrev" in the subject and "Ønsker du ikke
    længere at modtage vores nyhedsbrev, kan du afmelde dig" at the foot (it had been read
    as a person cancelling)."""
    reason = machine_reason(eml("machine/newsletter_subject_and_wording_da.eml"), context)
    assert reason == "automatic: automatic words in the subject + newsletter wording"
    raw = eml_bytes("machine/newsletter_subject_and_wording_da.eml")
    other_subject = raw.replace(b"Nyhedsbrev_september_2024", b"Invitation_september_2024")
    assert other_subject != raw and machine_reason(parse_mail(other_subject), context) is None


def test_absence_wording_with_a_full_answer_is_a_person(context):
    # "I'm out of the office until Thursday with only patchy access to email, but ... I'd like
    # to join workshop 3 (neighbourliness), and yes please to soup."
    reading = read(context, "machine_wording_but_person_answers_en")
    assert (reading.action, reading.workshop, reading.dinner, reading.machine) == ("confirm", 3, True, None)


def test_absence_wording_under_a_greeting_by_name_is_a_person(context):
    # "Hej Karen / Birthe Nørgaard er syg resten af ugen, men hun har bedt mig svare på din mail
    # nedenfor: ja, hun spiser suppe med" (two absence phrases had made it an auto-reply: ignored)
    reading = read(context, "machine_absence_told_of_another_to_us")
    assert (reading.action, reading.dinner, reading.machine) == ("review", True, None)


def test_a_decline_in_absence_words_above_the_quote_is_a_person(context):
    # "Jeg skal desværre have foretaget en mindre operation ... og er sygemeldt resten af ugen, så jeg
    # må melde afbud." above the invitation quoted (two absence phrases had made it an auto-reply:
    # the decline was never recorded); an absence alone above a quote stays a notice
    # (course_sporadic_access_back_later_da.eml)
    reading = read(context, "machine_absence_words_in_a_decline_above_the_quote_da")
    assert (reading.action, reading.machine) == ("decline", None)


def test_a_calendar_acceptance_with_a_typed_answer_is_a_person(context):
    # "Accepteret: ..." (METHOD:REPLY) with "Jeg tager workshop 1 (regnvand). Jeg bliver ikke
    # til suppen" typed above it; without text it stays a calendar robot (calendar_accept.eml)
    reading = read(context, "machine_calendar_accept_with_answer")
    assert (reading.action, reading.workshop, reading.dinner, reading.machine) == ("confirm", 1, False, None)


def test_a_decline_typed_into_a_calendar_answer_is_a_person(context):
    # "Afvist: ..." (METHOD:REPLY) with "Er desværre på kursus i Vejle hele den uge. Send gerne
    # referatet bagefter." typed above it (had been ignored: the decline was never recorded)
    reading = read(context, "machine_calendar_decline_with_text")
    assert (reading.action, reading.machine) == ("decline", None)


def test_a_calendar_decline_with_words_that_do_not_decline_is_a_decline(context):
    # "Afvist: ..." (PARTSTAT=DECLINED on a folded ATTENDEE line) with only a reason typed:
    # "Vi holder afdelingsmøde samme aften, og det kan jeg ikke flytte" (had been ignored)
    reading = read(context, "machine_calendar_declined_with_a_reason_only")
    assert (reading.action, reading.machine) == ("decline", None)


def test_a_calendar_decline_naming_a_stand_in_goes_to_a_person(context):
    # the same decline, "men min kollega Mette Dahl kommer i stedet": as an ordinary mail would
    reading = read(context, "machine_calendar_declined_for_a_stand_in")
    assert (reading.action, reading.machine) == ("review", None)


def test_a_person_answering_an_autoreply_is_a_person(context):
    # "SV: Automatisk svar: SV: Invitation ...", "Jeg fik dit autosvar, men skriver bare lige
    # igen, ...: jeg vil gerne være med i workshop 1, og jeg spiser med" (the subject's words
    # are the quoted reply's; with the text's mention of the autoreply it had been ignored)
    reading = read(context, "machine_person_answering_an_autoreply")
    assert (reading.action, reading.workshop, reading.dinner, reading.machine) == ("confirm", 1, True, None)


def test_one_weak_sign_is_not_enough(eml_bytes, context):
    raw = eml_bytes("machine/receipt_wording_only.eml").replace(b"Du kan ikke svare p", b"Skriv gerne igen p")
    assert machine_reason(parse_mail(raw), context) is None


@pytest.mark.parametrize("name", [
    # Outlook sends X-Auto-Response-Suppress on ordinary replies too, and this one even
    # says "vi har modtaget din invitation": still a person.
    "human_outlook_auto_response_suppress.eml",
    # Subject words only count at the start, and "Ikke til stede" needs its colon.
    "human_subject_ikke_til_stede.eml",
    "human_reply_to_autoreply_subject.eml",
    # The sign-up address's own domain is not the sign-up address.
    "human_colleague_same_domain.eml",
    # "Jeg er på ferie til og med den 10., men vil gerne være med": one absence phrase.
    "human_mentions_holiday.eml",
    # "I'm travelling until Friday, but put me down for ...": one absence phrase.
    "human_busy_until_friday_en.eml",
    # "Tak for din mail. Jeg er på ferie hele næste uge, men byhaver og suppe": one too.
    "human_thanks_and_holiday.eml",
])
def test_people_are_not_machines(eml, context, name):
    assert machine_reason(eml(f"machine/{name}"), context) is None


def test_auto_submitted_no_is_a_person(eml_bytes, context):
    # the headers of a person (no inbox rule's loop header either); the notice's wording made
    # one too ("... og læser ikke mails")
    raw = eml_bytes("machine/exchange_ooo_da.eml").replace(
        b"Auto-Submitted: auto-replied", b"Auto-Submitted: no").replace(
        b"Automatisk_svar=3A_", b"").replace(b"X-Auto-Response-Suppress: All\r\n", b"").replace(
        b"X-MS-Exchange-Inbox-Rules-Loop: hbo@hvidovre.dk\r\n", b"").replace(
        b"og l\xc3\xa6ser ikke mails", b"og kan ikke komme")
    assert machine_reason(parse_mail(raw), context) is None
