"""Building the headers of the mail we send, safely.

Python 3.11.7 lacks the fixes for CVE-2023-27043 (address parsing) and CVE-2024-6923
(newlines in generated headers). So every header we write goes through `put`, which
refuses CR, LF and other control characters; addresses are checked with
email-validator and handed to the email package as parts, never parsed from a string.
Text we echo from a sender (names, subjects) is made one line first with `one_line`.
"""

from __future__ import annotations

import functools
import re
import secrets
from collections.abc import Iterable
from email.headerregistry import Address, BaseHeader, HeaderRegistry
from email.message import EmailMessage
from email.policy import EmailPolicy
from typing import Any

# Any C0 control (CR and LF among them), DEL and the C1 controls; also the Unicode line
# and paragraph separators, which some clients show as line breaks.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_FOLD = re.compile(r"\r\n(?=[ \t])")  # a folded line goes on after CRLF and a space
_FIELD_NAME = re.compile(r"[!-9;-~]+")  # RFC 5322 ftext
_REPLY_PREFIX = re.compile(r"^\s*(?:(?:re|sv|aw|antw)\s*(?:\[\d+\])?\s*:\s*)+", re.IGNORECASE)
MAX_MESSAGE_ID = 250  # with its angle brackets it fits the store's 255-character columns
MAX_REFERENCES = 20  # the thread's first message and the latest ones


class _Registry(HeaderRegistry):
    """The email package's registry, less the new class it makes for every header it
    builds: one class per header name is enough."""

    @functools.cache  # noqa: B019 - one registry per run, kept for the life of the process
    def __getitem__(self, name: str) -> type[BaseHeader]:
        return super().__getitem__(name)


class _Policy(EmailPolicy):
    """The email package's default policy, quicker at what most of our headers are: one
    short line of ASCII, which needs neither folding nor encoded words, only writing out.
    (Refolding every header through its parse tree was a fifth of writing our answers.)"""

    def fold(self, name: str, value: Any) -> str:
        return self._as_is(name, value) or super().fold(name, value)

    def fold_binary(self, name: str, value: Any) -> bytes:
        line = self._as_is(name, value)
        return line.encode("ascii") if line else super().fold_binary(name, value)

    def _as_is(self, name: str, value: Any) -> str | None:
        text = str(value)
        if (text and text.isascii() and len(name) + 2 + len(text) <= (self.max_line_length or 0)
                and not _CONTROL.search(text)):
            return f"{name}: {text}{self.linesep}"
        return None


# Policies of every mail we write: as built, and as sent (RFC 5322, CRLF line ends).
POLICY = _Policy(header_factory=_Registry())
SENT = POLICY.clone(linesep="\r\n")


class HeaderInjection(ValueError):
    """A header name or value would break out of its line."""


class BadAddress(ValueError):
    """Not an address we will write to."""


def put(msg: EmailMessage, name: str, value: str | Address) -> None:
    """Set one header, refusing anything that could start another header."""
    if not _FIELD_NAME.fullmatch(name):
        raise HeaderInjection(f"not a header name: {name!r}")
    parts = ((value.display_name, value.username, value.domain)
             if isinstance(value, Address) else (value,))
    for part in parts:
        if _CONTROL.search(part):
            raise HeaderInjection(f"control character in the {name} header")
    del msg[name]
    msg[name] = value
    # The email package decodes RFC 2047 words in what it is given, so "=?utf-8?q?=0D=0A?="
    # becomes a line break only when the header is parsed or written. Look at both, where
    # there is an encoded word to decode.
    if not any("=?" in part for part in parts):
        return
    header = msg[name]
    written = _FOLD.sub("", header.fold(policy=SENT).removesuffix("\r\n"))
    if _CONTROL.search(str(header)) or "\r" in written or "\n" in written:
        del msg[name]
        raise HeaderInjection(f"encoded control character in the {name} header")


def one_line(text: str, limit: int = 200) -> str:
    """Text from a sender made safe to echo in a header: one line, spaces collapsed, capped."""
    flat = " ".join(_CONTROL.sub(" ", text).split())
    # Text we echo is already decoded; an encoded word left in it is meant to be decoded
    # once more by the email package (see `put`): keep it as the text it is.
    flat = flat.replace("=?", "= ?")
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


@functools.lru_cache(maxsize=4096)  # our own address is checked for every mail we write
def valid_address(address: str) -> str:
    """The address in the form we write it (ASCII, domain lower case), or BadAddress."""
    from email_validator import EmailNotValidError, validate_email  # only where mail is written

    try:
        result = validate_email(address, check_deliverability=False, allow_smtputf8=False,
                                allow_display_name=False, allow_domain_literal=False)
    except EmailNotValidError as exc:
        raise BadAddress(str(exc)) from None
    return result.ascii_email or result.normalized


def mailbox(address: str, name: str = "") -> Address:
    """A validated address with a display name, as a header value."""
    local, _, domain = valid_address(address).rpartition("@")
    display = one_line(name, 100)
    # An address shown as the name would let a sender pose as someone else in the To line.
    if "@" in display:
        display = ""
    return Address(display_name=display, username=local, domain=domain)


_OURS = "<tilmeld."  # how every Message-ID we make begins


def new_message_id(domain: str) -> str:
    """A fresh Message-ID on our own domain."""
    valid_address(f"tilmeld@{domain}")  # the domain must be one we can stand behind
    return f"{_OURS}{secrets.token_hex(16)}@{domain.lower()}>"


def made_by_us(message_id: str) -> bool:
    """Whether a Message-ID (as `message_id` gives it) can be one of ours."""
    return message_id.startswith(_OURS)


def message_id(value: str | None) -> str | None:
    """A Message-ID as `<...>`, or None when the value is not a usable one."""
    if not value:
        return None
    token = value.strip()
    if token.startswith("<") and ">" in token:
        token = token[1:token.index(">")]
    token = token.strip("<> ")
    if (not token or len(token) > MAX_MESSAGE_ID or _CONTROL.search(token)
            or any(c in token for c in " <>,;\"\\")):
        return None
    return f"<{token}>"


def reply_subject(original: str, fallback: str) -> str:
    """`Re: <original>` with one Re:, however many the sender's client stacked up."""
    core = _REPLY_PREFIX.sub("", one_line(original, 250))
    return f"Re: {core}" if core else one_line(fallback, 250)


def thread(in_reply_to: str | None, references: Iterable[str]) -> tuple[str | None, list[str]]:
    """In-Reply-To and References for a reply: usable ids only, no repeats, capped.

    Long threads keep the first message and the latest ones, as RFC 5322 suggests.
    """
    parent = message_id(in_reply_to)
    ids: list[str] = []
    for value in references:
        mid = message_id(value)
        if mid and mid not in ids and mid != parent:
            ids.append(mid)
    if parent:
        ids.append(parent)  # References ends with the message answered
    if len(ids) > MAX_REFERENCES:
        ids = ids[:1] + ids[-(MAX_REFERENCES - 1):]
    return parent, ids
