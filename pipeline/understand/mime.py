"""MIME: from raw bytes to the headers and the human text of a message.

mail-parser does the MIME work (structure, From, Date, defects). What is added here is
choosing the text a person wrote (not attachments, not attached or bounced messages)
and decoding it right when the message lies about its charset. mail-parser 4.8 decodes
text parts with the declared charset and falls back to UTF-8 with replacement
characters, so 8-bit text without a charset or labelled utf-8 loses its æøå ("v\ufffdlger"),
and UTF-8 labelled Big5 decodes "successfully" into CJK mojibake ("g\u7587rden"). The
corpus's windows-1252 and latin-1 8-bit replies (d034, d068) come out right from both.
"""

from __future__ import annotations

import datetime as dt
import email.header
import email.utils
import functools
import io
import logging
import re
from collections.abc import Iterator, KeysView, Mapping
from dataclasses import dataclass, field
from email.message import Message

import mailparser

from .html_text import html_to_text
from .reading import Envelope

__all__ = ["Headers", "Mail", "decode_bytes", "human_text_of_file", "parse_mail",
           "text_and_subject_of_file"]

# mail-parser logs header values and sender text at WARNING and ERROR; that is personal
# data, and what it reports is kept in Mail.defects anyway.
logging.getLogger("mailparser").setLevel(logging.CRITICAL)


class Headers(Mapping[str, list[str]]):
    """Header values by lower-case name, each name decoded the first time it is read:
    the pipeline reads a handful of a message's headers and asks only whether others exist."""

    def __init__(self, raw: dict[str, list[str]]) -> None:
        self._raw = raw
        self._decoded: dict[str, list[str]] = {}

    def __getitem__(self, name: str) -> list[str]:
        values = self._decoded.get(name)
        if values is None:
            values = self._decoded[name] = [decode_header_value(v) for v in self._raw[name]]
        return values

    def __contains__(self, name: object) -> bool:
        return name in self._raw

    def get(self, name: str, default: list[str] | None = None) -> list[str] | None:  # type: ignore[override]
        # Mapping.get would raise and catch KeyError for every header a message lacks
        return self[name] if name in self._raw else default

    def __iter__(self) -> Iterator[str]:
        return iter(self._raw)

    def keys(self) -> KeysView[str]:
        return self._raw.keys()  # tested for names at C speed (machine.py asks about many)

    def __len__(self) -> int:
        return len(self._raw)


# An HTML part as found: its text, or the part and its charset when it is not decoded yet.
_HtmlPart = str | tuple[Message, str | None]


@dataclass
class Mail:
    envelope: Envelope
    headers: Mapping[str, list[str]] = field(default_factory=dict)  # lower-case name -> decoded values
    content_type: str = "text/plain"
    text: str = ""  # the human text: the text/plain part, else the HTML turned into text
    html_parts: list[_HtmlPart] = field(default_factory=list, repr=False)
    from_html: bool = False
    attachments: list[str] = field(default_factory=list)
    part_types: list[str] = field(default_factory=list)
    defects: list[str] = field(default_factory=list)
    calendar_method: str | None = None  # METHOD of a text/calendar part (REPLY = an RSVP robot)
    calendar_partstat: str | None = None  # the answer of its attendee: ACCEPTED, DECLINED, TENTATIVE

    @functools.cached_property
    def html(self) -> str | None:
        """The HTML part, when there is one. Decoded when first read: beside a plain part
        (most mail) it is never needed, and it is most of the bytes."""
        if not self.html_parts:
            return None
        return "\n".join(p if isinstance(p, str) else _payload_text(*p) for p in self.html_parts)

    def header(self, name: str) -> str:
        """The first value of header `name` (any case), or ""."""
        values = self.headers.get(name.lower())
        return values[0] if values else ""


# -- charsets ---------------------------------------------------------------------------

# Labels that in practice mean windows-1252: mail clients write iso-8859-1 or ascii and
# send curly quotes and dashes from the 0x80-0x9f range (browsers decode them so too).
_WINDOWS_1252_LABELS = frozenset(("iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1",
                                  "iso_8859-1", "us-ascii", "ascii", "ansi_x3.4-1968",
                                  "windows-1252", "cp1252", "x-user-defined"))
_UTF8_LABELS = frozenset(("utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8"))
_SURROGATES = re.compile(r"[\ud800-\udfff]")


def _legacy(data: bytes) -> str:
    """Single-byte text in the West European default: windows-1252, latin-1 for its holes."""
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Text from bytes whose declared charset may be missing, unknown or wrong.

    Valid UTF-8 with non-ASCII bytes is UTF-8 whatever the label says (text in a
    legacy 8-bit charset is almost never valid UTF-8 by accident); otherwise the
    declared charset, and where that is absent, unknown or fails, windows-1252.
    """
    if not data:
        return ""
    label = (declared or "").strip().strip('"').lower()
    ascii_only = data.isascii()
    if not label or label in _UTF8_LABELS or label in _WINDOWS_1252_LABELS:
        if ascii_only:
            return data.decode("ascii")
        try:
            return data.decode("utf-8").lstrip("\ufeff")
        except UnicodeDecodeError:
            return _legacy(data)
    if not ascii_only:
        try:
            return data.decode("utf-8").lstrip("\ufeff")
        except UnicodeDecodeError:
            pass
    try:
        text = data.decode(label)
    except (LookupError, UnicodeError, ValueError, TypeError):
        return data.decode("ascii") if ascii_only else _legacy(data)
    return _SURROGATES.sub("\ufffd", text).lstrip("\ufeff")


def _unix_newlines(text: str) -> str:
    """"\r\n" and a lone "\r" made "\n", as open() reads text: the io module's decoder for
    that costs a third less than str.replace twice (a text part's time is mostly this)."""
    return io.IncrementalNewlineDecoder(None, translate=True).decode(text, final=True)


def _raw_bytes(value: str) -> bytes:
    """The octets behind a header or payload string the stdlib read with surrogateescape."""
    return value.encode("utf-8", "surrogateescape")


def decode_header_value(value: object) -> str:
    """An RFC 2047 header value as text; raw 8-bit bytes decoded like a body."""
    if isinstance(value, email.header.Header):
        value = str(value)
    elif not isinstance(value, str):
        value = str(value or "")
    if value.isascii() and "=?" not in value:  # the common case, and the cheap one
        return _unfold(value)
    if len(value) > _MAX_REMEMBERED:
        return _decode_encoded(value)
    return _decode_remembered(value)


# Replies to one invitation carry its subject, encoded the same way by each mail client:
# a sign-up mailbox holds few distinct encoded values, and decoding one costs more than
# the rest of its header.
_MAX_REMEMBERED = 1000


@functools.lru_cache(maxsize=512)
def _decode_remembered(value: str) -> str:
    return _decode_encoded(value)


def _decode_encoded(value: str) -> str:
    if _SURROGATES.search(value):
        value = decode_bytes(_raw_bytes(value))
    if "=?" not in value:
        return _unfold(value)
    try:
        chunks = email.header.decode_header(value)
    except Exception:  # noqa: BLE001 - a broken encoded word stays as written
        return _unfold(value)
    out = []
    for chunk, charset in chunks:
        out.append(decode_bytes(chunk, charset) if isinstance(chunk, bytes) else chunk)
    return _unfold("".join(out))


_FOLD = re.compile(r"\r?\n[ \t]*")


def _unfold(value: str) -> str:
    return (_FOLD.sub(" ", value) if "\n" in value else value).strip()


# -- the body ----------------------------------------------------------------------------

def _is_attachment(raw: dict[str, str], filename: str) -> bool:
    disposition = raw.get("content-disposition", "").split(";")[0].strip().lower()
    return disposition == "attachment" or (disposition != "inline" and bool(filename))


_PART_HEADERS = frozenset(("content-type", "content-disposition", "content-transfer-encoding"))


def _raw_headers(part: Message) -> dict[str, str]:
    """The part's Content-* headers as written (the first of each, as Message.get() reads
    them), read in one pass: Message.get() scans every header each time it is called."""
    out: dict[str, str] = {}
    for name, value in part.raw_items():
        key = name.lower()
        if key in _PART_HEADERS and key not in out:
            out[key] = str(value)
    return out


# The common Content-Type values, read without the email package's general parameter
# parser (the slowest step of reading a part): one unquoted or plainly quoted charset, no
# quotes, backslashes or RFC 2231 anywhere else. Anything else goes to Message itself.
_PLAIN_CHARSET = re.compile(
    r'[^;"\\]*(?:;[^;"\\]*)*?;\s*charset\s*=\s*("?)([^\s;"\\<>]+)\1\s*(?:;[^"\\]*)?', re.IGNORECASE)


def _content_type(part: Message, raw: dict[str, str]) -> str:
    """part.get_content_type(), from the headers already read."""
    value = raw.get("content-type")
    if value is None or not value.isascii():  # the default depends on the parent; 8-bit bytes
        return part.get_content_type()
    ctype = value.partition(";")[0].strip().lower()
    return ctype if ctype.count("/") == 1 else "text/plain"


def _charset(part: Message, raw: dict[str, str]) -> str | None:
    """part.get_content_charset(), from the headers already read when they are plain."""
    value = raw.get("content-type")
    if value is None:
        return None
    if value.isascii():
        lowered = value.lower()
        count = lowered.count("charset")
        if count == 0:
            return None
        found = _PLAIN_CHARSET.fullmatch(lowered) if count == 1 else None
        if found:
            return found.group(2)
    try:
        return part.get_content_charset()
    except Exception:  # noqa: BLE001 - a malformed charset parameter
        return None


def _payload_text(part: Message, charset: str | None) -> str:
    try:
        data = part.get_payload(decode=True)
    except Exception:  # noqa: BLE001 - undecodable transfer encoding: use it as written
        data = None
    if data is None:
        payload = part.get_payload()
        if not isinstance(payload, str):
            return ""
        data = _raw_bytes(payload)
    if not isinstance(data, bytes):
        return ""
    return _unix_newlines(decode_bytes(data, charset))


def _filename(part: Message, raw: dict[str, str]) -> str:
    """The attachment's file name: RFC 2231 (the stdlib's part) or RFC 2047 (Outlook's habit)."""
    # Parameter parsing is the slow part of the email package; most parts have no name.
    if "name" not in (raw.get("content-disposition", "") + raw.get("content-type", "")).lower():
        return ""
    try:
        name = part.get_filename()
    except Exception:  # noqa: BLE001 - a malformed parameter names nothing
        return ""
    return decode_header_value(name) if name else ""


def _unflow(text: str, delsp: bool) -> str:
    """Join RFC 3676 format=flowed soft line breaks (a line ending in a space)."""
    lines: list[tuple[int, str]] = []
    joining = False
    for line in text.split("\n"):
        depth = len(line) - len(line.lstrip(">"))
        body = line[depth:]
        if body.startswith(" "):
            body = body[1:]  # space-stuffing, or the space after the quote marks
        if joining and lines[-1][0] == depth:
            prev = lines[-1][1]
            lines[-1] = (depth, (prev[:-1] if delsp else prev) + body)
        else:
            lines.append((depth, body))
        joining = body.endswith(" ") and body.rstrip() != "--"
    return "\n".join((">" * d + " " + b if d else b) for d, b in lines)


@dataclass
class _Body:
    plain: list[str] = field(default_factory=list)
    html: list[_HtmlPart] = field(default_factory=list)
    types: list[str] = field(default_factory=list)
    attachments: list[str] = field(default_factory=list)
    calendar_method: str | None = None
    calendar_partstat: str | None = None


_CALENDAR_METHOD = re.compile(r"^METHOD:\s*([A-Za-z-]+)", re.MULTILINE)
_CALENDAR_PARTSTAT = re.compile(r"^ATTENDEE;(?:[^:\n]*;)?PARTSTAT=([A-Za-z-]+)", re.MULTILINE)
_FOLD = re.compile(r"\r?\n[ \t]")  # RFC 5545 folds long content lines
_UUENCODE = frozenset(("x-uuencode", "uuencode", "uue", "x-uue"))  # as Message.get_payload reads them


def _walk(message: Message, own: dict[str, str]) -> _Body:
    """The text parts a person wrote: not attachments and not inside attached messages.
    `own`: the message's own Content-* headers, as _raw_headers reads them."""
    body = _Body()
    stack = [message]
    while stack:
        part = stack.pop()
        raw = own if part is message else _raw_headers(part)
        ctype = _content_type(part, raw)
        body.types.append(ctype)
        if part.is_multipart():
            payload = part.get_payload()
            if ctype.startswith("message/"):
                # An attached or bounced message: its parts are listed, never read as ours.
                body.types.extend(p.get_content_type() for p in payload if isinstance(p, Message))
                continue
            if isinstance(payload, list):
                stack.extend(reversed([p for p in payload if isinstance(p, Message)]))
            continue
        name = _filename(part, raw)
        if name:
            body.attachments.append(name)
        if ctype == "text/calendar":
            calendar = _FOLD.sub("", _payload_text(part, _charset(part, raw))[:8000])
            method = str(part.get_param("method") or "")
            if not method:
                found = _CALENDAR_METHOD.search(calendar)
                method = found.group(1) if found else ""
            body.calendar_method = str(method).upper() or body.calendar_method
            partstat = _CALENDAR_PARTSTAT.search(calendar)
            if partstat:
                body.calendar_partstat = partstat.group(1).upper()
            continue
        if ctype not in ("text/plain", "text/html") or _is_attachment(raw, name):
            continue
        if ctype == "text/html":
            # Decoding is put off unless it could raise (uuencode), so that it never raises later.
            charset = _charset(part, raw)
            eager = raw.get("content-transfer-encoding", "").lower() in _UUENCODE
            body.html.append(_payload_text(part, charset) if eager else (part, charset))
        else:
            text = _payload_text(part, _charset(part, raw))
            if "flowed" in raw.get("content-type", "").lower() and \
                    str(part.get_param("format") or "").lower() == "flowed":
                text = _unflow(text, str(part.get_param("delsp") or "").lower() == "yes")
            body.plain.append(text)
    return body


# -- the message -------------------------------------------------------------------------

_MSGID = re.compile(r"<[^<>\s]+>")
_ADDRESS = re.compile(r"^[^@\s<>]+@[^@\s<>]+$")


def _headers(message: Message) -> Headers:
    raw: dict[str, list[str]] = {}
    for name, value in message.raw_items():
        raw.setdefault(name.strip().lower(), []).append(value)
    return Headers(raw)


def _envelope(headers: Mapping[str, list[str]], parsed: mailparser.MailParser | None = None) -> Envelope:
    """The envelope; what mail-parser already worked out (From, Date) is taken from it."""
    def first(name: str) -> str:
        values = headers.get(name)
        return values[0] if values else ""

    addresses: list[tuple[str, str]] = []
    if parsed is not None:
        addresses = [(str(name), str(addr)) for name, addr in parsed.from_]
    else:
        for value in headers.get("from", []):
            try:
                addresses.extend(email.utils.getaddresses([value]))
            except Exception:  # noqa: BLE001 - an unparseable From has no usable sender
                continue
    addresses = [(name, addr) for name, addr in addresses if name or addr]
    sender = sender_name = None
    for name, addr in addresses:
        if _ADDRESS.match(addr.strip()):
            sender, sender_name = addr.strip().lower(), name.strip()
            break
    if sender_name is None and addresses:
        sender_name = addresses[0][0].strip()
    date = parsed.date if parsed is not None else None
    if date is None and first("date"):
        try:
            date = email.utils.parsedate_to_datetime(first("date"))
        except Exception:  # noqa: BLE001 - an unreadable date is no date
            date = None
        if date is not None and date.tzinfo is None:
            date = date.replace(tzinfo=dt.timezone.utc)
    in_reply_to = _MSGID.findall(first("in-reply-to"))
    message_id = _MSGID.findall(first("message-id"))
    return Envelope(
        message_id=message_id[0] if message_id else (first("message-id") or None),
        sender=sender,
        sender_name=sender_name or "",
        subject=first("subject"),
        date=date,
        in_reply_to=in_reply_to[0] if in_reply_to else None,
        references=_MSGID.findall(" ".join(headers.get("references", []))),
        addresses_from=len(addresses),
    )


def _defects(parsed: mailparser.MailParser) -> list[str]:
    return sorted(parsed.defects_categories)


def parse_mail(raw: bytes) -> Mail:
    """The headers and human text of one raw message. Never raises, whatever the bytes."""
    if not isinstance(raw, (bytes, bytearray)):
        raw = str(raw).encode("utf-8", "surrogatepass")
    try:
        parsed = mailparser.parse_from_bytes(bytes(raw))
        message = parsed.message
        if message is None:
            raise ValueError("no message")
        return _mail(message, parsed)
    except Exception as exc:  # noqa: BLE001 - mail from strangers must never stop a run
        return _fallback(bytes(raw), exc)


def _mail(message: Message, parsed: mailparser.MailParser) -> Mail:
    headers = _headers(message)
    # The message's Content-* headers taken from all its headers, read once already (the
    # parser's header names hold no spaces, so the names agree with _raw_headers's).
    body = _walk(message, {name: str(headers._raw[name][0]) for name in _PART_HEADERS if name in headers})
    mail = Mail(
        envelope=_envelope(headers, parsed),
        headers=headers,
        content_type=body.types[0],  # the walk starts at the message itself
        html_parts=body.html,
        attachments=body.attachments,
        part_types=body.types,
        defects=_defects(parsed),
        calendar_method=body.calendar_method,
        calendar_partstat=body.calendar_partstat,
    )
    # isspace() stops at the first letter, where strip() would copy a whole body to test it
    plain = "\n\n".join(t for t in body.plain if t and not t.isspace())
    if plain:
        mail.text = plain.strip("\n")
    else:
        html = mail.html
        mail.from_html = bool(html)
        mail.text = html_to_text(html).strip("\n") if html else ""
    if _SOFT_HYPHEN in mail.text:
        # where a word may be broken, invisible until it is: "Bære&shy;dygtig&shy;heds&shy;workshoppen"
        mail.text = mail.text.replace(_SOFT_HYPHEN, "")
    return mail


_SOFT_HYPHEN = "\u00ad"


_HEADER_END = re.compile(rb"\r?\n\r?\n")


def _fallback(raw: bytes, exc: Exception) -> Mail:
    """What can be read when the MIME parse failed: the headers as lines, the rest as text."""
    found = _HEADER_END.search(raw)
    head, rest = (raw[: found.start()], raw[found.end():]) if found else (b"", raw)
    headers: dict[str, list[str]] = {}
    for line in re.split(rb"\r?\n(?![ \t])", head):
        name, sep, value = line.partition(b":")
        if sep and name and not name.strip().count(b" "):
            headers.setdefault(name.strip().decode("latin-1").lower(), []).append(
                decode_header_value(decode_bytes(value)))
    text = _unix_newlines(decode_bytes(rest))
    return Mail(envelope=_envelope(headers), headers=headers, text=text.strip("\n"),
                defects=[f"unparsed: {type(exc).__name__}"])


def human_text_of_file(name: str, data: bytes) -> str:
    """The human text of a file: an .eml message's body, any other file decoded as text."""
    return text_and_subject_of_file(name, data)[0]


def text_and_subject_of_file(name: str, data: bytes) -> tuple[str, str]:
    """`human_text_of_file`, and the subject when the file is a mail message ("" otherwise)."""
    if name.lower().endswith((".eml", ".msg.txt", ".mbox")) or _looks_like_mail(data):
        mail = parse_mail(data)
        return mail.text, mail.envelope.subject
    return _unix_newlines(decode_bytes(data)), ""


_MAIL_START = re.compile(rb"^(?:[A-Za-z][A-Za-z0-9-]*:[^\r\n]*\r?\n){2}")


def _looks_like_mail(data: bytes) -> bool:
    head = data[:4096]
    return bool(_MAIL_START.match(head)) and (b"\nSubject:" in head or b"\nFrom:" in head
                                              or head.startswith((b"From:", b"Subject:")))
