"""Understanding one reply: pure functions from raw bytes to a Reading, no I/O.

    reading = understand(raw, context)
    reading = understand_mail(parse_mail(raw), context)   # when the caller parsed it already

The steps, in order: MIME (the human text and the headers), machine mail,
quotes and signatures, meaning (intent, workshop, dinner, party, language,
question, note), decision (confirm, ask, decline, ignore, review), and a second
writer's part read apart from the sender's.
"""

from __future__ import annotations

import dataclasses
import functools
import re

from .asked import asked_in_quote
from .decide import decide
from .grammar import grammar
from .language import language
from .machine import calendar_answer, machine_reason, may_hide_a_person
from .meaning import Meaning, read_meaning
from .mime import Mail, parse_mail
from .quotes import first_quote, own_words, top_text
from .reading import ACTIONS, ASKABLE, Context, Envelope, Reading
from .text import words
from .writers import joined, second_writer

__all__ = ["ACTIONS", "ASKABLE", "Context", "Envelope", "Reading", "understand", "understand_mail"]

# Longer own words are read only this far: a pasted document must not stall a run.
MAX_TEXT = 10_000


def understand(raw: bytes, context: Context, asked: frozenset[str] = frozenset(),
               known_texts: tuple[str, ...] = ()) -> Reading:
    """Read one raw message. Never raises: a failure is a "review" with `error` set.

    `asked` names the fields our last follow-up asked this sender about (see
    reading.ASKABLE), so a short answer such as "Ja tak" or "nr. 2" is read against
    that question. `known_texts` are the plain texts of our own messages the sender
    may be quoting, removed like the invitation.
    """
    try:
        mail = parse_mail(raw)
    except Exception as exc:  # noqa: BLE001 - one unreadable message must not stop the rest
        return _failed(Envelope(), exc)
    return understand_mail(mail, context, asked, known_texts)


def understand_mail(mail: Mail, context: Context, asked: frozenset[str] = frozenset(),
                    known_texts: tuple[str, ...] = ()) -> Reading:
    """`understand` of a message already parsed by mime.parse_mail. Never raises."""
    envelope = mail.envelope
    try:
        reason = machine_reason(mail, context)
        if reason is not None and not may_hide_a_person(reason):
            return _machine(mail, context, reason)
        own = own_words(mail, context, known_texts)
        text, unread = _with_subject(own, envelope, context)
        text = text[:MAX_TEXT]
        meaning = read_meaning(text, context, asked, sender_name=envelope.sender_name)
        over = _written_over(unread, context) if unread else ""
        if over and (not _complete(meaning) or _another_workshop(over, meaning, context, asked, envelope)):
            # a subject they wrote over, read when their words below leave an answer open
            # ("Sv: Vinkel 1" above "Mad ved jeg ikke endnu"), or when it names another workshop
            # than they do ("Re: vinkel 1, spiser med" above "Jeg vil gerne deltage i
            # bæredygtighed"); not one of another thread above a whole answer ("Re: Referat af
            # bestyrelsesmøde 3")
            text = (over + "\n\n" + text)[:MAX_TEXT]
            meaning = read_meaning(text, context, asked, sender_name=envelope.sender_name)
        quoted = frozenset() if asked or _complete(meaning) else asked_in_quote(mail, own, context)
        if quoted:
            # a short answer read against our question quoted under it ("Nej tak" under "Vil du
            # spise med?"); unlike what we stored, it makes no other field known for `decide`
            meaning = read_meaning(text, context, quoted, signed_up=False, sender_name=envelope.sender_name)
        if reason is not None and calendar_answer(reason) and mail.calendar_partstat == "DECLINED" \
                and own.strip() and meaning.intent.kind == "other":
            # "Afvist: ..." with words typed to it ("Desværre – vi holder afdelingsmøde samme
            # aften"): the person clicked "Decline", which the words need not say again
            meaning.intent = dataclasses.replace(
                meaning.intent, kind="decline", declining=_DECLINED_IN_CALENDAR,
                reasons=[*meaning.intent.reasons, f"not coming: {_DECLINED_IN_CALENDAR}"])
        if reason is not None and not _complete(meaning) and not (
                meaning.intent.declining is not None and (calendar_answer(reason) or (
                    meaning.intent.declined and any(first_quote(mail.text))))):
            # absence wording or a calendar answer and no full answer: a notice; with both
            # answers, a person ("I'm out of the office until Thursday, but ... angle 3, and
            # yes to dinner"), not a responder that names a course "om partnerskaber"; a decline
            # typed into a calendar answer is a person's too ("Afvist: ... Er desværre på kursus
            # i Vejle hele den uge"), unlike an absence notice's wording, and so is a decline said
            # in words above the invitation quoted ("... og er sygemeldt resten af ugen, så jeg må
            # melde afbud"), not an absence alone ("Jeg er på kursus frem til og med fredag")
            return _machine(mail, context, reason)
        reading = decide(meaning, asked)
        writer = second_writer(text, envelope.sender_name)
        if writer is not None:
            reading = joined(reading, lambda part: decide(read_meaning(
                part, context, quoted or asked, signed_up=False if quoted else None,
                sender_name=envelope.sender_name), asked), text, writer)
        _answered_in_a_document(mail, reading)
        _we_from_a_shared_mailbox(envelope, meaning, reading)
        reading.text = own
        reading.envelope = envelope
        if len(own) > MAX_TEXT:
            reading.reasons.append(f"only the first {MAX_TEXT} characters were read")
        return reading
    except Exception as exc:  # noqa: BLE001 - one unreadable message must not stop the rest
        return _failed(envelope, exc)


_DECLINED_IN_CALENDAR = "declined in a calendar answer (PARTSTAT=DECLINED)"

# Attachments that may hold a filled-in form: a person opens them before we ask again.
_DOCUMENTS = (".doc", ".docx", ".odt", ".pdf", ".rtf", ".xls", ".xlsx", ".ods")


def _answered_in_a_document(mail: Mail, reading: Reading) -> None:
    """"Hermed min tilmelding" with a Word form attached: what we would ask may be answered
    in it, so a person looks instead."""
    if reading.action != "ask":
        return
    document = next((name for name in mail.attachments if name.lower().endswith(_DOCUMENTS)), None)
    if document is not None:
        reading.action = "review"
        reading.reasons.append(f"review: the answer may be in the attached {document}")


def _we_from_a_shared_mailbox(envelope: Envelope, meaning: Meaning, reading: Reading) -> None:
    """"Vi deltager gerne fra Beboerrådgivningen – workshop 3" from kontakt@...: nobody named
    and no count, so who comes, and how many, is for a person to find out."""
    if reading.action != "confirm" or reading.party != 1 or meaning.intent.attending_at is None:
        return
    words = grammar().words
    local = (envelope.sender or "").partition("@")[0].lower()
    if re.split(r"[._+-]", local)[0] not in words["party.shared_mailboxes"]:
        return
    doc = meaning.doc
    we = doc.opening(*doc.clause_of(meaning.intent.attending_at), words["text.coordinators"])
    if we in words["party.we"]:
        reading.action = "review"
        reading.reasons.append(f"review: a shared mailbox writes \"{we}\": who comes, and how many?")


def _another_workshop(subject: str, meaning: Meaning, context: Context, asked: frozenset[str],
                      envelope: Envelope) -> bool:
    """The words of a subject, read alone, choose another workshop than `meaning` does."""
    chosen = read_meaning(subject, context, asked, sender_name=envelope.sender_name).choice.workshop
    return chosen is not None and meaning.choice.workshop is not None and chosen != meaning.choice.workshop


def _complete(meaning: Meaning) -> bool:
    """Both answers found."""
    return meaning.choice.workshop is not None and meaning.dinner.value is not None


def _machine(mail: Mail, context: Context, reason: str) -> Reading:
    notice = words(top_text(mail.text, 40)[:MAX_TEXT])
    return Reading(action="ignore", machine=reason, reasons=[f"machine: {reason}"],
                   lang=language(notice, grammar(), context.language), envelope=mail.envelope)


def _failed(envelope: Envelope, exc: Exception) -> Reading:
    return Reading(action="review", envelope=envelope, error=f"{type(exc).__name__}: {exc}",
                   reasons=["review: the message could not be understood"])


def _with_subject(own: str, envelope: Envelope, context: Context) -> tuple[str, str]:
    """A new message (not a reply) may say it all in its subject: "Afbud til mødet"; a reply
    may add its answer to our subject: "Re: Invitation: ... – ws 3 og spiser med". The text
    to read, and a reply's subject when none of it was read (see _written_over)."""
    subject = envelope.subject.strip()
    if not subject:
        return own, ""
    if not (envelope.in_reply_to or envelope.references) or _typed_afresh(context.invitation_subject, subject):
        return subject + "\n\n" + own, ""
    added = _added_to(context.invitation_subject, subject)
    return (added + "\n\n" + own, "") if added else (own, subject)


def _written_over(subject: str, context: Context) -> str:
    """The sender's words of a reply's subject they wrote over, after any words of ours it
    kept at its start and before any run of ours further on: "Sv: Vinkel 1", "Re: workshop –
    the green one, no dinner", "SV: Invitation - nr 2 + mad", "SV: Tilmelding: vinkel 2 +
    spisning – Ressourcenetværk 20. juni". Not a reply to one of our own messages, whose
    subjects hold the event's title ("Re: Tilmelding bekræftet: ..."), nor anything when it
    is not known what our subject was."""
    ours = _words_of(context.invitation_subject)
    rest = _REPLY_PREFIXES.sub("", subject)
    title, found = _words_of(context.event_title), list(_WORD.finditer(rest))
    words = tuple(w.group().lower() for w in found)
    if not ours or (title and _run_at(words, [title]) is not None):
        return ""
    start = next((k for k, w in enumerate(words) if w not in ours), None)
    if start is None:
        return ""
    end = _run_at(words[start:], [ours[k:k + _SHARED_WORDS] for k in range(len(ours) - _SHARED_WORDS + 1)])
    return rest[found[start].start():found[start + end].start() if end is not None else None].strip(" \t-–—:;,.(")


def _run_at(words: tuple[str, ...], runs: list[tuple[str, ...]]) -> int | None:
    """Where in `words` one of `runs` begins first."""
    return next((k for k in range(len(words)) if any(words[k:k + len(r)] == r for r in runs)), None)


_REPLY_PREFIXES = re.compile(r"^(?:\s*(?:re|sv|aw|vs|fw|fwd|antw|r|ref)\s*(?:\[\d+\])?\s*:)+",
                             re.IGNORECASE)
_WORD = re.compile(r"\w+")
# A reply's prefix after words of the sender's own: "Kommer - vinkel 2 - ingen mad Re: Invitation: ..."
_INNER_REPLY_PREFIX = re.compile(r"\s(?:re|sv|aw|vs|antw)\s*:", re.IGNORECASE)
_SHARED_WORDS = 3  # words of our subject a reply's must begin with to be ours, changed


def _added_to(ours: str, subject: str) -> str:
    """The sender's words in a reply's subject that are not ours, compared word by word
    (clients change spaces and dashes): after our subject ("Re: Invitation: ... – ws 3 og
    spiser med"), in place of its end ("Re: Invitation: Ressourcenetværk 20. juni – vinkel 3
    og spiser med" for "... 20. juni – uddannelse og beskæftigelse"), before the reply's
    "Re:" ("Kommer - vinkel 2 - ingen mad Re: Invitation: ...") or between the prefix and
    ours ("SV: JA - vinkel 1, ingen mad (Invitation: ...)"). "" when it is not ours or adds
    nothing."""
    wanted = _words_of(ours)
    if not wanted:
        return ""
    before = ""
    inner = _INNER_REPLY_PREFIX.search(subject)
    if inner is not None and _REPLY_PREFIXES.match(subject) is None:
        before, subject = subject[:inner.start()].strip(" \t-–—:;,."), subject[inner.start():]
    rest = _REPLY_PREFIXES.sub("", subject)
    if rest.strip() == ours.strip():  # most replies: our subject as it was
        return before if before and _words_of(rest) == wanted else ""
    found = list(_WORD.finditer(rest))
    head = [w.group().lower() for w in found]
    at = next((k for k in range(1, len(head) - _SHARED_WORDS + 1)
               if head[k:k + _SHARED_WORDS] == list(wanted[:_SHARED_WORDS])), None)
    if at is not None and head[0] != wanted[0]:
        # the sender's words put in front of ours, after the prefix: "SV: JA - vinkel 1, ingen
        # mad (Invitation: Ressourcenetværk 20. juni – ...)"
        added = rest[:found[at].start()].strip(" \t-–—:;,.()")
        return " ".join(x for x in (before, added) if x)
    end = 0
    for k, found in enumerate(_WORD.finditer(rest)):
        if k == len(wanted):
            break
        if found.group().lower() != wanted[k]:
            if k < _SHARED_WORDS:
                return before
            end = found.start()  # ours up to here, theirs from here on
            break
        end = found.end()
    else:
        return before
    added = rest[end:].strip(" \t-–—:;,.()")
    return " ".join(x for x in (before, added) if x)


def _typed_afresh(ours: str, subject: str) -> bool:
    """A reply whose subject the sender wrote over: no reply prefix anywhere and not
    beginning with ours ("Tilmelding (upcycling-gruppen)" in reply to "Invitation: ...").
    A client that keeps the thread adds "Re:"/"SV:" to whatever subject it answers, ours
    or a follow-up's, so a subject without one is the sender's own words."""
    wanted = _words_of(ours)
    if not wanted or _REPLY_PREFIXES.match(subject) or _INNER_REPLY_PREFIX.search(subject):
        return False
    return _words_of(subject)[:_SHARED_WORDS] != wanted[:_SHARED_WORDS]


@functools.lru_cache(maxsize=4)
def _words_of(subject: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(subject.lower()))
