"""Realistic replies to the test event's invitation, made up from a handful of templates.

    replies(5000)  -> list[bytes], each from a different sender

The mix is what a real first import sees: sign-ups that say it all (Gmail, Outlook with
HTML, an iPhone in English, a couple coming together), sign-ups missing the dinner answer
(they get a follow-up question), declines, and machine mail (out-of-office answers and
bounces, which get nothing). Written for the benchmarks; the event is tests/fixtures/event.toml.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import quopri
from email.utils import format_datetime, formataddr

INVITATION_ID = "<gaardmoede-invitation@lysholm-bolig.dk>"
SUBJECT = ("Re: =?UTF-8?Q?Invitation=3A_G=C3=A5rdm=C3=B8de_om_gr=C3=B8nne_g=C3=A5rde_24=2E_s?=\n"
           " =?UTF-8?Q?eptember?=")
TO = "Karen Hald <tilmelding@lysholm-bolig.dk>"

FIRST = ("Anna", "Jonas", "Mette", "Søren", "Ida", "Lars", "Freja", "Mads", "Sofie", "Peter",
         "Line", "Kasper", "Emma", "Henrik", "Maja", "Rasmus", "Julie", "Niels", "Camilla", "Ole")
LAST = ("Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen",
        "Sørensen", "Rasmussen", "Jørgensen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Holm")
DOMAINS = ("gmail.com", "hotmail.com", "outlook.dk", "live.dk", "yahoo.dk", "icloud.com",
           "mail.dk", "hvidovre.dk", "lysholm-bolig.dk", "stofanet.dk")
WORKSHOPS = {1: ("regnvand", "Regnvand"), 2: ("byhaver", "Byhaver"), 3: ("naboskab", "Naboskab")}

QUOTED = """\
> Kære beboere og samarbejdspartnere
>
> Boligforeningen Lysholm inviterer til gårdmøde om grønne gårde.
>
> Tirsdag den 24. september 2024 kl. 17.00-19.30
> Fælleshuset, Lysholm Allé 4, 2650 Hvidovre
>
> Workshop 1: Regnvand
> Workshop 2: Byhaver
> Workshop 3: Naboskab
>
> Tilmelding senest mandag den 16. september til tilmelding@lysholm-bolig.dk.
> Skriv, hvilken workshop du vil være med i, og om du spiser med bagefter.
>
> Venlig hilsen
> Karen Hald"""

GMAIL = """\
Return-Path: <{addr}>
MIME-Version: 1.0
In-Reply-To: {invitation}
References: {invitation}
From: {sender}
Date: {date}
Message-ID: <{token}@mail.gmail.com>
Subject: {subject}
To: {to}
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Hej Karen

{body}

Mvh
{name}

Den man. 2. sep. 2024 kl. 10.15 skrev Karen Hald <tilmelding@lysholm-bolig.dk>:

{quoted}
"""

OUTLOOK = """\
From: {sender}
To: {to}
Subject: SV: Invitation: =?iso-8859-1?Q?G=E5rdm=F8de_om_gr=F8nne_g=E5rde?=
Thread-Topic: Invitation
Date: {date}
Message-ID: <{token}@AM0PR07MB.eurprd07.prod.outlook.com>
In-Reply-To: {invitation}
References: {invitation}
Accept-Language: da-DK, en-US
Content-Language: da-DK
X-MS-Has-Attach:
Content-Type: multipart/alternative; boundary="_000_{token}_"
MIME-Version: 1.0

--_000_{token}_
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

{body_qp_latin1}

Med venlig hilsen
{name_qp_latin1}

Fra: Karen Hald <tilmelding@lysholm-bolig.dk>
Sendt: 2. september 2024 10:15
Til: Karen Hald <tilmelding@lysholm-bolig.dk>
Emne: Invitation: G=E5rdm=F8de om gr=F8nne g=E5rde 24. september

K=E6re beboere og samarbejdspartnere

Boligforeningen Lysholm inviterer til g=E5rdm=F8de om gr=F8nne g=E5rde.

--_000_{token}_
Content-Type: text/html; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3D=
iso-8859-1"></head><body><div style=3D"font-family:Calibri,Arial,sans-serif">=
<p>{body_html_qp}</p><p>Med venlig hilsen<br>{name_qp_latin1}</p></div><hr><div><b>Fra:=
</b> Karen Hald &lt;tilmelding@lysholm-bolig.dk&gt;<br><b>Sendt:</b> 2. septe=
mber 2024 10:15</div><p>K=E6re beboere og samarbejdspartnere</p></body></html>

--_000_{token}_--
"""

IPHONE = """\
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
From: {sender}
Mime-Version: 1.0 (1.0)
Date: {date}
Subject: {subject}
Message-Id: <{token}@icloud.com>
References: {invitation}
In-Reply-To: {invitation}
To: {to}
X-Mailer: iPhone Mail (21G93)

{body_qp_utf8}

Sendt fra min iPhone

> Den 2. sep. 2024 kl. 10.15 skrev Karen Hald <tilmelding@lysholm-bolig.dk>:
>=20
> =EF=BB=BFK=C3=A6re beboere og samarbejdspartnere
"""

OUT_OF_OFFICE = """\
Return-Path: <{addr}>
From: {sender}
To: {to}
Subject: Automatisk svar: Invitation: =?utf-8?q?G=C3=A5rdm=C3=B8de_om_gr=C3=B8nne_g=C3=A5rde?=
Date: {date}
Message-ID: <{token}@EXCH02.hvidovre.dk>
In-Reply-To: {invitation}
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
MIME-Version: 1.0

Tak for din mail. Jeg er på ferie til og med den 13. september og læser ikke mail.
I hastesager kan du ringe til Borgerservice på 36 39 39 39.

Venlig hilsen
{name}
"""

BOUNCE = """\
Return-Path: <>
From: MAILER-DAEMON@{domain} (Mail Delivery System)
To: tilmelding@lysholm-bolig.dk
Subject: Undelivered Mail Returned to Sender
Date: {date}
Message-Id: <{token}@{domain}>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
 boundary="{token}/{domain}"

This is a MIME-encapsulated message.

--{token}/{domain}
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host {domain}.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<{addr}>: host mx.{domain} said: 550 5.1.1 <{addr}>: Recipient
    address rejected: User unknown in virtual mailbox table

--{token}/{domain}
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; {domain}
Arrival-Date: {date}

Final-Recipient: rfc822; {addr}
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <{addr}>: Recipient address rejected

--{token}/{domain}
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: Karen Hald <tilmelding@lysholm-bolig.dk>
To: {addr}
Subject: Invitation
Message-ID: {invitation}

--{token}/{domain}--
"""

# What people write: (template, body) by kind. {ws} is a workshop's number, {wsname} its name.
CONFIRM = (
    (GMAIL, "Jeg kommer gerne og vil være med i workshop {ws}.\nJeg spiser også med bagefter."),
    (OUTLOOK, "Tak for invitationen. Jeg vil gerne deltage i workshoppen om {wsname}, "
              "og jeg bliver til spisning."),
    (IPHONE, "Hi Karen, I'd like to join workshop {ws} and I will stay for dinner. Thanks!"),
    (GMAIL, "Vi kommer to fra opgang B. Vi vil gerne være med i {wsname} (workshop {ws}), "
            "og vi spiser begge med."),
    (GMAIL, "Tilmelder mig workshop {ws}. Nej tak til spisning, jeg skal videre."),
)
ASK = (
    (GMAIL, "Jeg vil gerne være med i workshop {ws}."),
    (OUTLOOK, "Jeg deltager gerne i {wsname}."),
)
DECLINE = (
    (GMAIL, "Jeg kan desværre ikke komme den dag. God fornøjelse med mødet."),
    (IPHONE, "Sorry, I can't make it on the 24th. Best of luck with the meeting."),
)
MACHINE = ((OUT_OF_OFFICE, ""), (BOUNCE, ""))

# Out of twenty messages: 10 sign-ups, 3 follow-ups, 3 declines, 4 machine mails.
MIX = (*CONFIRM, *CONFIRM, *ASK, ASK[0], *DECLINE, DECLINE[0], *MACHINE, *MACHINE)


def replies(count: int, start: dt.datetime = dt.datetime(2024, 9, 2, 11, 0, tzinfo=dt.UTC)) -> list[bytes]:
    """`count` replies, each from its own address, a minute apart."""
    assert len(MIX) == 20
    return [reply(i, start + dt.timedelta(minutes=i)) for i in range(count)]


def reply(i: int, when: dt.datetime) -> bytes:
    template, body = MIX[i % len(MIX)]
    first, last = FIRST[i % len(FIRST)], LAST[(i // len(FIRST)) % len(LAST)]
    domain = DOMAINS[(i // 7) % len(DOMAINS)]
    ws = 1 + (i * 7 // 3) % 3
    text = body.format(ws=ws, wsname=WORKSHOPS[ws][1])
    name = f"{first} {last}"
    addr = f"{_ascii(first)}.{_ascii(last)}{i}@{domain}"
    values = {
        "name": name,
        "name_qp_latin1": _qp(name, "iso-8859-1"),
        "sender": formataddr((name, addr)),
        "addr": addr,
        "domain": domain,
        "date": format_datetime(when),
        "token": hashlib.sha1(f"bench-{i}".encode()).hexdigest(),
        "subject": SUBJECT,
        "to": TO,
        "invitation": INVITATION_ID,
        "quoted": QUOTED,
        "body": text,
        "body_qp_latin1": _qp(text, "iso-8859-1"),
        "body_qp_utf8": _qp(text, "utf-8"),
        "body_html_qp": _qp(text.replace("\n", "<br>"), "iso-8859-1"),
    }
    return template.format(**values).replace("\n", "\r\n").encode("utf-8")


def _qp(text: str, charset: str) -> str:
    return quopri.encodestring(text.encode(charset)).decode("ascii")


def _ascii(word: str) -> str:
    return word.lower().replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
