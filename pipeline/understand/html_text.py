"""HTML mail bodies turned into plain text, with quoted parts marked the way plain mail marks them.

Block elements (<p>, <div>, <br>, <li>, <tr>, ...) become line breaks and entities are
decoded. What the sending client marked as quoted (a <blockquote>, or everything from
Outlook Web's reply header on) comes out with "> " in front, so quote removal works on
one shape of text whatever the client was.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCK = frozenset(
    "address article aside blockquote br center dd div dl dt fieldset figure footer form h1 h2 "
    "h3 h4 h5 h6 header hr li main nav ol p pre section table tbody td tfoot th thead tr ul"
    .split()
)
_SKIP = frozenset(("head", "style", "script", "title", "template", "xml", "o:p"))
# Elements that never have an end tag; without this a stray <br> inside a blockquote
# would be counted as an open element and end the quote late.
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
# Outlook Web and Outlook.com put the quoted original after a div with one of these ids;
# everything from there on is quotation even though nothing is nested in a blockquote.
_REST_IS_QUOTE_IDS = frozenset(("divrplyfwdmsg", "appendonsend", "x_divrplyfwdmsg"))
_SPACES = re.compile(r"[ \t\r\n\f\u00a0\u200b]+")
_BLANKS = re.compile(r"\n{3,}")


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.line: list[str] = []
        self.skip = 0
        self.quote = 0  # depth of <blockquote>
        self.rest_quoted = False
        self.line_quoted = False

    def _break(self, blank: bool = False) -> None:
        """End the current line; `blank` (a <br>, an &nbsp; paragraph) keeps an empty one."""
        raw = "".join(self.line)
        text = _SPACES.sub(" ", raw).strip()
        quoted = self.line_quoted or bool(self.quote) or self.rest_quoted
        if text:
            self.lines.append("> " + text if quoted else text)
        elif (blank or "\u00a0" in raw) and self.lines and self.lines[-1] not in ("", ">"):
            self.lines.append(">" if quoted else "")
        self.line = []
        self.line_quoted = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            if tag not in _VOID:
                self.skip += 1
            return
        if tag == "br":
            self._break(blank=True)
        elif tag in _BLOCK:
            self._break()
        if tag == "blockquote":
            self.quote += 1
        elif tag == "div" and not self.rest_quoted:
            ident = next((v for k, v in attrs if k == "id" and v), "")
            if ident.lower() in _REST_IS_QUOTE_IDS:
                self.rest_quoted = True

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK:
            self._break(blank=tag == "br")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if tag in _BLOCK:
            if self.quote or self.rest_quoted:
                self.line_quoted = True
            self._break()
        if tag == "blockquote" and self.quote:
            self.quote -= 1

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        if self.quote or self.rest_quoted:
            self.line_quoted = True
        self.line.append(data)


def html_to_text(html: str) -> str:
    """The readable text of an HTML body; quoted parts prefixed with "> "."""
    parser = _Text()
    try:
        parser.feed(html)
        parser.close()
    except (AssertionError, ValueError, IndexError):
        # HTMLParser gives up on some malformed markup; keep what it read so far.
        pass
    parser._break()
    return _BLANKS.sub("\n\n", "\n".join(parser.lines)).strip("\n")
