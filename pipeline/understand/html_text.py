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
# Elements whose content is never text: dropped whole before tokenising; and text struck
# through, which the sender took back ("Workshop: <s>1</s> 2"). The lookahead (the
# alternatives' first characters, in every case IGNORECASE matches them) turns other tags
# away with one test, before the comment and the names are tried one by one.
_INVISIBLE = re.compile(
    r"<(?=[!dhstx])(?:!--.*?(?:-->|\Z)|(style|script|head|title|template|xml|strike|s|del)\b[^<>]*>.*?(?:</\1\s*>|\Z))",
    re.IGNORECASE | re.DOTALL)

# ... and a span struck through by its style, as Outlook writes it (one holding no other span):
# '<span style="text-decoration:line-through">Workshop 1</span> Workshop 3'.
_STRUCK_SPAN = re.compile(r"<span\b[^<>]*line-through[^<>]*>(?:[^<]|<(?!/?span\b))*</span\s*>",
                          re.IGNORECASE)


def _any_case(letter: str) -> str:
    """`letter` in either case, as str.lower() reads tag names: the Kelvin sign is the one
    character beyond ASCII whose lower case is an ASCII letter ("k"). (re.IGNORECASE
    would also let "İ" and "ſ" through.)"""
    if not letter.isalpha():
        return re.escape(letter)
    return f"[{letter}{letter.upper()}\u212a]" if letter == "k" else f"[{letter}{letter.upper()}]"


# The tags that end a line; the inline tags between them (<span>, <a>, <b>, ...), most of
# a mail's markup, are removed from all the lines at once. The regex engine tries the
# alternatives one by one, so the common line tags come first (no two begin alike, so the
# order changes no match); one-letter names other than p (<a>, <b>, <i>, <u>) are turned
# away before any is tried; and "/" and the attributes are taken possessively (giving
# them back could never make a match), so the engine keeps no state to backtrack to.
_COMMON_FIRST = ("p", "div", "br", "td", "tr", "li", "table", "tbody", "blockquote", "ul", "ol", "hr")
_LINE_TAG = re.compile(
    r"<(/?+)(?![^pP][^\w:.-])("
    + lexicon.alternation([*_COMMON_FIRST, *sorted(_BLOCK - set(_COMMON_FIRST))], _any_case)
    + r")(?![\w:.-])([^<>]*+)>?")
# Outlook Web and Outlook.com put the quoted original after a div with one of these ids;
# everything from there on is quotation even though nothing is nested in a blockquote.
_REST_IS_QUOTE = re.compile(r"""\bid\s*=\s*["']?(?:x_)?(?:divRplyFwdMsg|appendonsend)\b""",
                            re.IGNORECASE)
# Every "<" starts a tag, which runs to the next ">" (kept) or "<" (not kept); the text
# between tags is read as written.
_INLINE_TAG = re.compile(r"<[^<>\n]*>?")
# A run of spaces and these becomes one space: these made spaces first, one str.replace
# each, then the runs of two or more spaces, found by the fast search for a literal ("  ").
# A regex for the runs themselves costs a match for every single space between words.
_SPACING = ("\t", "\r", "\f", "\u00a0", "\u200b")
_SPACE_RUN = re.compile("   *")


def html_to_text(markup: str) -> str:
    """The readable text of an HTML body; quoted parts prefixed with "> "."""
    # Line breaks in the markup are spaces to a browser: without them, "\n" can stand
    # between the lines' texts, and each line is worked on in one pass over all of them.
    markup = _INVISIBLE.sub(" ", markup)
    if "line-through" in markup:
        markup = _STRUCK_SPAN.sub(" ", markup)
    if "\n" in markup or "\r" in markup:
        markup = markup.replace("\r", " ").replace("\n", " ")
    parts = _LINE_TAG.split(markup)  # text, then per tag: "/" or "", name, attributes, text
    raw, texts = _texts("\n".join(parts[0::4]))
    closing, names, attrs = parts[1::4], [n.lower() for n in parts[2::4]], parts[3::4]
    lines: list[str] = []
    depth = 0  # open <blockquote> elements
    rest_quoted = False
    row: list[list[str]] = []  # the cells of a table row so far (their lines), and the open cell
    cell: list[str] | None = None
    headed = True  # every cell of the row so far is a <th>
    heads: list[list[str]] = []  # a row of headings, kept back for the rows it heads
    heads_shown = False  # a row has been read under them
    for k, text in enumerate(texts):
        quoted = bool(depth) or rest_quoted
        name = names[k] if k < len(names) else ""  # the tag that ends this line
        if cell is not None:  # a cell ends at its end tag, the next cell or the end of its row
            if text:
                cell.append(text)
            text = ""
            if name in _CELLS or name in _ROW_ENDS:
                row.append(cell)
                cell = [] if name in _CELLS and not closing[k] else None
                headed = headed and (cell is None or name == "th")
            if cell is not None:
                continue
        elif name in _CELLS and not closing[k]:
            cell = []
            headed = headed and name == "th"
        if name in _ROW_ENDS and row:
            fields = _headed_lines(heads, row, quoted) if heads else None
            if fields is not None:
                lines.extend(fields)
                heads_shown = True
            else:
                if heads and not heads_shown:
                    lines.extend(_row_lines(heads, quoted))
                heads, heads_shown = [], False
                if headed and name == "tr" and _one_line_cells(row) is not None:
                    heads = row
                else:
                    lines.extend(_row_lines(row, quoted))
            row = []
            headed = True
        elif heads and name == "table":
            if not heads_shown:
                lines.extend(_row_lines(heads, quoted))
            heads, heads_shown = [], False
        if text:
            lines.append("> " + text if quoted else text)
        elif (name == "br" or "\u00a0" in raw[k]) and lines and lines[-1] not in ("", ">"):
            # A <br> or an &nbsp; paragraph: a blank line, never two in a row, so the text
            # never holds three line breaks in a row.
            lines.append(">" if quoted else "")
        if name == "blockquote":
            depth = max(0, depth - 1) if closing[k] else depth + 1
        elif name == "div" and not closing[k] and not rest_quoted and _REST_IS_QUOTE.search(attrs[k]):
            rest_quoted = True
    if cell is not None:
        row.append(cell)
    for left in (heads if not heads_shown else [], row):
        if left:
            lines.extend(_row_lines(left, bool(depth) or rest_quoted))
    return "\n".join(lines).strip("\n")


_CELL_WIDTH = 40  # characters: a longer cell, or one of several lines, is layout


def _one_line_cells(row: list[list[str]]) -> list[str] | None:
    """The texts of a row's cells when there are two or more and each is one short line."""
    cells = [c for c in row if c]
    if len(cells) > 1 and all(len(c) == 1 and len(c[0]) <= _CELL_WIDTH for c in cells):
        return [c[0] for c in cells]
    return None


def _row_lines(row: list[list[str]], quoted: bool) -> list[str]:
    """A row of short cells on one line, as it is read ("Spiser med: Nej", "Navn |
    Workshop | Spisning"); a row used for layout (a signature, a newsletter) line by line."""
    cells = _one_line_cells(row)
    if cells is not None:
        out = [(": " if len(cells) == 2 else " | ").join(cells)]
    else:
        out = [line for c in row for line in c]
    return ["> " + line for line in out] if quoted else out


def _headed_lines(heads: list[list[str]], row: list[list[str]], quoted: bool) -> list[str] | None:
    """A row under a row of headings, each cell after its heading as a form's field is read
    ("Workshop: 2 – Bæredygtighed", "Spiser med: Nej"); None when the row does not fit them."""
    names, cells = _one_line_cells(heads), [" ".join(c) for c in row]
    if names is None or len(names) != len(cells) or not any(cells):
        return None
    # (a heading's own "?" or ":" is the form's, answered by the cell: "Spiser med?: Nej" asks nothing)
    return [("> " if quoted else "") + f"{name.rstrip('?: ')}: {cell}" for name, cell in zip(names, cells) if cell]


_CELLS = frozenset(("td", "th"))
_ROW_ENDS = frozenset(("tr", "table", "tbody", "thead", "tfoot"))


def _texts(joined: str) -> tuple[list[str], list[str]]:
    """The lines of `joined` (markup, a line per "\n") with the inline tags out and entities
    decoded; and those lines' texts, spaces collapsed."""
    if "<" in joined:
        # Entities decoded in each run of text between tags on its own, as a browser reads
        # "&amp;" split by a tag; neither a tag nor an entity reaches over a "\n".
        joined = "".join(html.unescape(run) if "&" in run else run for run in _INLINE_TAG.split(joined))
    elif "&" in joined:
        joined = html.unescape(joined)
    raw = joined.split("\n")
    for char in _SPACING:
        if char in joined:
            joined = joined.replace(char, " ")
    return raw, [line.strip() for line in _SPACE_RUN.sub(" ", joined).split("\n")]
