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


# What a tag does to the text, by its name as written (few distinct names per message).
_BREAK, _BLOCK_END, _QUOTE, _DIV, _INLINE = range(5)
_KINDS: dict[str, int] = {}


def _kind(name: str) -> int:
    kind = _KINDS.get(name)
    if kind is None:
        lower = name.lower()
        kind = (_BREAK if lower == "br" else _QUOTE if lower == "blockquote" else _DIV if lower == "div"
                else _BLOCK_END if lower in _BLOCK else _INLINE)
        if len(_KINDS) < 1000:  # names are the sender's: keep the memo small
            _KINDS[name] = kind
    return kind


def html_to_text(markup: str) -> str:
    """The readable text of an HTML body; quoted parts prefixed with "> "."""
    lines: list[str] = []
    parts: list[str] = []  # the text of the line being written
    line_quoted = False  # some of it is quoted
    depth = 0  # open <blockquote> elements
    rest_quoted = False

    def end(quoted: bool, blank: bool = False) -> None:
        """End the current line; `blank` (a <br>, an &nbsp; paragraph) keeps an empty one."""
        raw = "".join(parts) if parts else ""
        text = _SPACES.sub(" ", raw).strip() if raw else ""
        if text:
            lines.append("> " + text if quoted else text)
        elif (blank or "\u00a0" in raw) and lines and lines[-1] not in ("", ">"):
            lines.append(">" if quoted else "")
        parts.clear()

    for closing, name, attrs, text in _TOKEN.findall(_INVISIBLE.sub(" ", markup)):
        if text:
            parts.append(html.unescape(text) if "&" in text else text)
            line_quoted = line_quoted or bool(depth) or rest_quoted
            continue
        if not name:
            continue  # a comment or declaration left over
        kind = _kind(name)
        if kind == _INLINE:
            continue
        if kind == _BREAK:
            end(line_quoted or bool(depth) or rest_quoted, blank=True)
            line_quoted = False
        else:
            end(line_quoted or bool(depth) or rest_quoted)
            line_quoted = False
            if kind == _QUOTE:
                depth = max(0, depth - 1) if closing else depth + 1
            elif kind == _DIV and not closing and not rest_quoted and _REST_IS_QUOTE.search(attrs):
                rest_quoted = True
    end(line_quoted or bool(depth) or rest_quoted)
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip("\n")
