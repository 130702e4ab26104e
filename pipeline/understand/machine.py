"""Machine mail: auto-replies, bounces, receipts, newsletters, calendar answers, our own mail.

`machine_reason` names the first sign found, or None for a person. Headers and the
structure of the message are strong signs on their own. Phrases in the text are weak:
people write "vi har modtaget din mail" too, so it takes two different weak signs.
X-Auto-Response-Suppress is one of the weak ones: Exchange sets it on its own
notices, but some Outlook and mobile clients send it on ordinary replies as well.
Absence notices from responders built of mail rules carry no header at all and answer
with "Re:" like a person: two absence phrases at the top of the text ("er på ferie til
og med", "har ikke adgang til min mail"), or one that nobody writes to sign up ("I no
longer work at", unless it greets us by name), make them machine mail.
"""

from __future__ import annotations

import email.utils
import re

from . import lexicon
from .mime import Mail
from .quotes import top_text
from .reading import Context

__all__ = ["machine_reason", "may_hide_a_person"]

# Reasons found in the wording of the text alone: a person who writes "I'm out of the
# office until Thursday, but ..." and then answers is a person (see understand_mail).
_ABSENCE_WORDING = frozenset(("automatic: out-of-office wording", "automatic: absence notice"))
_CALENDAR = "calendar answer"


def calendar_answer(reason: str) -> bool:
    """The machine sign is a calendar program's answer, which a person clicked and may have
    typed words into."""
    return reason.startswith(_CALENDAR)


def may_hide_a_person(reason: str) -> bool:
    """The machine sign leaves room for a person's own answer: absence wording without
    headers, or a calendar acceptance with text typed into it ("Accepteret: ... Jeg tager
    vinkel 1 ... Jeg bliver ikke til spisningen")."""
    return reason in _ABSENCE_WORDING or calendar_answer(reason)

_LEX = lexicon.load("machine")
_AUTOREPLY_HEADERS = tuple(_LEX["headers"]["autoreply"])
_BOUNCE_HEADERS = tuple(_LEX["headers"]["bounce"])
_LIST_HEADERS = tuple(_LEX["headers"]["list"])
_BULK_MAILER_HEADERS = tuple(_LEX["headers"]["bulk_mailer"])
_BULK_MAILER_AGENTS = tuple(_LEX["headers"]["bulk_mailer_agents"])
_PRECEDENCE = frozenset(_LEX["headers"]["precedence"])
_ROBOTS = frozenset(_LEX["senders"]["robots"])
_ROBOT_NAMES = frozenset(_LEX["senders"]["robot_names"])
_ROBOT_PREFIXES = tuple(_LEX["senders"]["robot_prefixes"])
_ROBOT_SUFFIXES = tuple(_LEX["senders"]["robot_suffixes"])
_NO = frozenset(("no", "false", "0", "off", "none", ""))


def _phrases(words: list[str]) -> tuple[str, ...]:
    return tuple(w.casefold() for w in words)


_SUBJECT_START = re.compile(
    r"^[\s\[(]*(?:" + lexicon.alternation(_LEX["subjects"]["start"]) + r")",
    re.IGNORECASE)
_RECEIPT = _phrases(_LEX["body"]["receipt"])
_AUTOMATIC = _phrases(_LEX["body"]["automatic"])
_NEWSLETTER = _phrases(_LEX["body"]["newsletter"])
_ABSENCE = _phrases(_LEX["body"]["absence"])
_ABSENCE_MARKERS = _phrases(_LEX["body"]["absence_markers"])
_ABSENCE_ALONE = _phrases(_LEX["body"]["absence_alone"])
_DEPARTURE = _phrases(_LEX["body"]["departure"])
_BOUNCE_WORDING = _phrases(_LEX["body"]["bounce"])
_SUBJECT_ANYWHERE = _phrases(_LEX["subjects"]["anywhere"])
_MACHINE_REPORTS = ("message/delivery-status", "message/disposition-notification",
                    "message/feedback-report", "message/global-delivery-status",
                    "message/global-disposition-notification")
_CALENDAR_ROBOT_METHODS = frozenset(("REPLY", "COUNTER", "DECLINECOUNTER", "REFRESH"))
# How much of the sender's unquoted text the weak phrases are looked for in.
_TOP_LINES = 40
_ABSENCE_HEAD = 250  # characters: the notice comes first
# A greeting and the first word after it: "Hej Pia", "Dear Ms Larsen"
_GREETING = re.compile(r"\W*(?:" + lexicon.alternation(lexicon.load("quotes")["signature"]["greetings"])
                       + r")\b[ \t,]+(\w+)", re.IGNORECASE)


def machine_reason(mail: Mail, context: Context) -> str | None:
    """Why `mail` was not written by a person for us to answer, or None when it was."""
    try:
        return _strong(mail, context) or _weak(mail)
    except Exception:  # noqa: BLE001 - a sign that cannot be read is no sign
        return None


def _value(mail: Mail, name: str) -> str:
    return mail.header(name).strip().lower()


def _strong(mail: Mail, context: Context) -> str | None:
    present = mail.headers.keys()
    sender = mail.envelope.sender or ""
    if sender and sender == (context.signup_address or "").lower():
        return "from our own sign-up address"
    if sender and sender == (context.coordinator or "").lower():
        return "from the coordinator's address"
    if mail.content_type == "multipart/report":
        return "delivery or read report (multipart/report)"
    for ctype in _MACHINE_REPORTS:
        if ctype in mail.part_types:
            return f"delivery or read report ({ctype})"
    for name in _BOUNCE_HEADERS:
        if name in present:
            return f"bounce ({name})"
    return_path = mail.headers.get("return-path")
    if return_path and all(v.strip() == "<>" for v in return_path):
        return "empty Return-Path (null sender)"
    # "noreply-booking@", "no-reply.tickets@": a robot's name with a system's after it; and
    # a system sending in a person's name ("Sender: calendar-notification@google.com")
    for address in (sender, _address(_value(mail, "sender"))):
        local, _, _ = address.partition("@")
        if local in _ROBOTS or local.startswith(_ROBOT_PREFIXES) or local.endswith(_ROBOT_SUFFIXES):
            return f"sent by a robot address ({local})"
    if not sender and mail.envelope.sender_name.strip().lower() in _ROBOT_NAMES:
        return "sent by a delivery system"
    auto = _value(mail, "auto-submitted")
    if "auto-submitted" in present and auto.split(";")[0].strip() not in _NO:
        return f"Auto-Submitted: {auto.split(';')[0].strip() or 'yes'}"
    for name in _AUTOREPLY_HEADERS:
        if name in present and _value(mail, name) not in _NO - {""}:
            return f"{name} header"
    precedence = _value(mail, "precedence") or _value(mail, "x-precedence")
    if precedence in _PRECEDENCE:
        return f"Precedence: {precedence}"
    for name in _LIST_HEADERS:
        if name in present:
            return f"mailing list ({name})"
    if mail.calendar_method in _CALENDAR_ROBOT_METHODS:
        return f"{_CALENDAR} (METHOD:{mail.calendar_method})"
    found = _SUBJECT_START.match(mail.envelope.subject or "")
    if found:
        return f"automatic subject ({found.group(0).strip(' [()]:')})"
    return None


def _weak(mail: Mail) -> str | None:
    signs = []
    present = mail.headers.keys()
    if "x-auto-response-suppress" in present:
        signs.append("X-Auto-Response-Suppress")
    agent = _value(mail, "x-mailer") + " " + _value(mail, "user-agent")
    if not present.isdisjoint(_BULK_MAILER_HEADERS) or any(map(agent.__contains__, _BULK_MAILER_AGENTS)):
        signs.append("mass-mailer headers")
    if _sent_to_itself(mail):
        signs.append("addressed to its own sender")
    elif "undisclosed" in _value(mail, "to"):  # "To: undisclosed-recipients:;" is a mailing, not a reply to us
        signs.append("addressed to undisclosed recipients")
    # (not a person answering or passing on an automatic reply, whose own words are above
    # its quote: "SV: Automatisk svar: SV: Invitation ...")
    subject = (mail.envelope.subject or "").casefold()
    reply = _REPLY_SUBJECT.match(subject)
    if any(map(subject.__contains__, _SUBJECT_ANYWHERE)) and not (
            reply and _SUBJECT_START.match(subject[reply.end():])):
        signs.append("automatic words in the subject")
    # a vacation responder writes its notice first, and answers with "Re:" like a person
    head = mail.text[:_ABSENCE_HEAD].lower()
    if any(map(head.__contains__, _ABSENCE_MARKERS)) and sum(phrase in head for phrase in _ABSENCE) >= 2 \
            and not _greets_the_addressee(mail):
        return "automatic: out-of-office wording"  # one of _ABSENCE_WORDING
    if any(map(head.__contains__, _ABSENCE_ALONE)) or (
            any(map(head.__contains__, _DEPARTURE)) and not _greets_the_addressee(mail)):
        return "automatic: absence notice"
    if not signs and not _might_be_automatic(mail):
        return None
    text = top_text(mail.text, _TOP_LINES).casefold()
    for label, phrases in (("receipt wording", _RECEIPT), ("automatic-notice wording", _AUTOMATIC),
                           ("newsletter wording", _NEWSLETTER), ("bounce wording", _BOUNCE_WORDING)):
        if any(phrase in text for phrase in phrases):
            signs.append(label)
    if len(signs) >= 2:
        return "automatic: " + " + ".join(signs)
    return None


def _greets_the_addressee(mail: Mail) -> bool:
    """The text opens by greeting the one it is written to by first name ("Hej Pia, Birthe er
    syg resten af ugen, men ..."): a person; a responder does not know whom it answers."""
    to = mail.headers.get("to", [])
    found = _GREETING.match(mail.text[:_ABSENCE_HEAD])
    if not to or found is None:
        return False
    try:
        name = email.utils.parseaddr(to[0])[0].split()
    except Exception:  # noqa: BLE001 - an unreadable header names nobody
        return False
    return bool(name) and name[0].casefold() == found.group(1).casefold()


def _address(value: str) -> str:
    """The address in a header of one mailbox, lower case; "" when there is none."""
    if "@" not in value:
        return ""
    try:
        return email.utils.parseaddr(value)[1].strip().lower()
    except Exception:  # noqa: BLE001 - an unreadable header names nobody
        return ""


def _sent_to_itself(mail: Mail) -> bool:
    """A mailing whose recipients are all in Bcc: its only visible recipient is its sender.
    A person answering us never writes to themselves alone."""
    sender = mail.envelope.sender
    visible = mail.headers.get("to", []) + mail.headers.get("cc", [])
    if not sender or not visible or sender not in visible[0].lower():  # the cheap test first
        return False
    try:
        addresses = {addr.strip().lower() for _, addr in email.utils.getaddresses(visible) if addr}
    except Exception:  # noqa: BLE001 - unreadable recipients show nothing
        return False
    return addresses == {sender}


_REPLY_SUBJECT = re.compile(r"^\s*(?:re|sv|aw|vs|antw|odp|r|rif|ref|res)\s*(?:\[\d+\])?\s*:",
                            re.IGNORECASE)


def _might_be_automatic(mail: Mail) -> bool:
    """Worth reading the text for receipt wording: not visibly a reply to us."""
    return not (_REPLY_SUBJECT.match(mail.envelope.subject or "") and mail.envelope.in_reply_to)
