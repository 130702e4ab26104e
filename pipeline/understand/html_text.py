"""HTML mail bodies turned into plain text, with quoted parts marked the way plain mail marks them.

Block elements (<p>, <div>, <br>, <li>, <tr>, ...) become line breaks and entities are
decoded. What the sending client marked as quoted (a <blockquote>, or everything from
Outlook Web's reply header on) comes out with "> " in front, so quote removal works on
one shape of text whatever the client was.

Linear regexes rather than html.parser: mail HTML is only read for its text, and
html.parser costs more than the whole MIME parse of the message.
"""

from __future__ import annotations

import html
import re

from . import lexicon

_BLOCK = frozenset(
    "address article aside blockquote br center dd div dl dt fieldset figure footer form h1 h2 "
    "h3 h4 h5 h6 header hr li main nav ol p pre section table tbody td tfoot th thead tr ul"
    .split()
)
# Elements whose content is never text: dropped whole before tokenising.
_INVISIBLE = re.compile(
    r"<!--.*?(?:-->|\Z)|<(style|script|head|title|template|xml)\b[^<>]*>.*?(?:</\1\s*>|\Z)",
    re.IGNORECASE | re.DOTALL)
# Every "<" starts a tag, which runs to the next ">" (kept) or "<" (not kept); the text
# between tags is read as written. A tag's name is an ASCII letter, then word characters,
# ":", "." or "-".
_TAG = re.compile(r"<[^<>]*>?")


def _any_case(letter: str) -> str:
    """`letter` in either case, as str.lower() reads tag names: the Kelvin sign is the one
    character beyond ASCII whose lower case is an ASCII letter ("k"). (re.IGNORECASE
    would also let "İ" and "ſ" through.)"""
    if not letter.isalpha():
        return re.escape(letter)
    return f"[{letter}{letter.upper()}\u212a]" if letter == "k" else f"[{letter}{letter.upper()}]"


# Only the tags that end a line are visited one by one; the inline tags (<span>, <a>,
# <b>, ...) between them, most of a mail's markup, are removed by one regex call per line.
_LINE_TAG = re.compile(r"<(/?)(" + lexicon.alternation(sorted(_BLOCK), _any_case) + r")(?![\w:.-])([^<>]*)>?")
# Outlook Web and Outlook.com put the quoted original after a div with one of these ids;
# everything from there on is quotation even though nothing is nested in a blockquote.
_REST_IS_QUOTE = re.compile(r"""\bid\s*=\s*["']?(?:x_)?(?:divRplyFwdMsg|appendonsend)\b""",
                            re.IGNORECASE)
_SPACES = re.compile(r"[ \t\r\n\f\u00a0\u200b]+")
_BLANKS = re.compile(r"\n{3,}")


def _text_of(inline: str) -> str:
    """The text between two line-ending tags: inline tags out, entities decoded (each
    run of text between tags on its own, as a browser reads "&amp;" split by a tag)."""
    if "<" not in inline:
        return html.unescape(inline) if "&" in inline else inline
    if "&" not in inline:
        return _TAG.sub("", inline)
    return "".join(html.unescape(run) if "&" in run else run for run in _TAG.split(inline))


def html_to_text(markup: str) -> str:
    """The readable text of an HTML body; quoted parts prefixed with "> "."""
    lines: list[str] = []
    depth = 0  # open <blockquote> elements
    rest_quoted = False

    def end(inline: str, quoted: bool, blank: bool = False) -> None:
        """End a line with the text `inline`; `blank` (a <br>, an &nbsp; paragraph) keeps
        an empty one."""
        raw = _text_of(inline) if inline else ""
        text = _SPACES.sub(" ", raw).strip() if raw else ""
        if text:
            lines.append("> " + text if quoted else text)
        elif (blank or "\u00a0" in raw) and lines and lines[-1] not in ("", ">"):
            lines.append(">" if quoted else "")

    markup = _INVISIBLE.sub(" ", markup)
    pos = 0
    for tag in _LINE_TAG.finditer(markup):
        closing, name, attrs = tag.groups()
        name = name.lower()
        end(markup[pos:tag.start()], bool(depth) or rest_quoted, blank=name == "br")
        pos = tag.end()
        if name == "blockquote":
            depth = max(0, depth - 1) if closing else depth + 1
        elif name == "div" and not closing and not rest_quoted and _REST_IS_QUOTE.search(attrs):
            rest_quoted = True
    end(markup[pos:], bool(depth) or rest_quoted)
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip("\n")
