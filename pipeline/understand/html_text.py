"""HTML mail bodies turned into plain text, with quoted parts marked the way plain mail marks them.

Block elements (<p>, <div>, <br>, <li>, <tr>, ...) become line breaks and entities are
decoded. What the sending client marked as quoted (a <blockquote>, or everything from
Outlook Web's reply header on) comes out with "> " in front, so quote removal works on
one shape of text whatever the client was.

A single linear tokenising regex rather than html.parser: mail HTML is only read for its
text, and html.parser costs more than the whole MIME parse of the message.
"""

from __future__ import annotations

import html
import re

_BLOCK = frozenset(
    "address article aside blockquote br center dd div dl dt fieldset figure footer form h1 h2 "
    "h3 h4 h5 h6 header hr li main nav ol p pre section table tbody td tfoot th thead tr ul"
    .split()
)
# Elements whose content is never text: dropped whole before tokenising.
_INVISIBLE = re.compile(
    r"<!--.*?(?:-->|\Z)|<(style|script|head|title|template|xml)\b[^<>]*>.*?(?:</\1\s*>|\Z)",
    re.IGNORECASE | re.DOTALL)
# A tag (name, attributes up to the next "<" or ">"), or text up to the next "<".
_TOKEN = re.compile(r"<(/?)([a-zA-Z][\w:.-]*)([^<>]*)>?|<!?[^<>]*>?|([^<]+)")
# Outlook Web and Outlook.com put the quoted original after a div with one of these ids;
# everything from there on is quotation even though nothing is nested in a blockquote.
_REST_IS_QUOTE = re.compile(r"""\bid\s*=\s*["']?(?:x_)?(?:divRplyFwdMsg|appendonsend)\b""",
                            re.IGNORECASE)
_SPACES = re.compile(r"[ \t\r\n\f\u00a0\u200b]+")
_BLANKS = re.compile(r"\n{3,}")


class _Lines:
    """The lines being written, each remembering whether it is quoted."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.parts: list[str] = []
        self.quoted = False

    def add(self, text: str, quoted: bool) -> None:
        self.parts.append(text)
        self.quoted = self.quoted or quoted

    def end(self, quoted: bool, blank: bool = False) -> None:
        """End the current line; `blank` (a <br>, an &nbsp; paragraph) keeps an empty one."""
        raw = "".join(self.parts)
        text = _SPACES.sub(" ", raw).strip()
        quoted = quoted or self.quoted
        if text:
            self.lines.append("> " + text if quoted else text)
        elif (blank or "\u00a0" in raw) and self.lines and self.lines[-1] not in ("", ">"):
            self.lines.append(">" if quoted else "")
        self.parts = []
        self.quoted = False


def html_to_text(markup: str) -> str:
    """The readable text of an HTML body; quoted parts prefixed with "> "."""
    out = _Lines()
    depth = 0  # open <blockquote> elements
    rest_quoted = False
    for match in _TOKEN.finditer(_INVISIBLE.sub(" ", markup)):
        closing, name, attrs, text = match.groups()
        if text is not None:
            out.add(html.unescape(text), bool(depth) or rest_quoted)
            continue
        if not name:
            continue  # a comment or declaration left over
        name = name.lower()
        if name == "br":
            out.end(bool(depth) or rest_quoted, blank=True)
        elif name in _BLOCK:
            out.end(bool(depth) or rest_quoted)
        if name == "blockquote":
            depth = max(0, depth - 1) if closing else depth + 1
        elif name == "div" and not closing and not rest_quoted and _REST_IS_QUOTE.search(attrs):
            rest_quoted = True
    out.end(bool(depth) or rest_quoted)
    return _BLANKS.sub("\n\n", "\n".join(out.lines)).strip("\n")
