"""The shapes of a form: options offered in brackets, and numbered answers.

People copy a sign-up form from a colleague or build their own, and keep its hints:
"Spiser med (ja/nej): ja", "Workshop (1/2/3): 1". The hint in brackets lists every
answer; the answer is what follows it. Words in a hint say nothing: a "nej" there is no
no, and a "2" there is no choice. Others number their answers like the invitation's two
questions ("1. Bæredygtighed / 2. Nej tak", "1) workshop 2 2) yes"): the item numbers
are no choices either. A form with tick boxes ("( ) Vinkel 1 / (X) Vinkel 2", "☐ Vinkel 1 /
☒ Vinkel 2", or a box ending each option's line: "Vinkel 2: Bæredygtighed  [X]") answers
with the boxes ticked, and the options beside the empty boxes are not said at all. A
table typed or pasted with tabs under a row of headings ("Navn / Workshop / Spiser med")
answers cell by cell: a heading over an empty cell says nothing. Options listed one to a
line, each answered yes or no ("Lokalområdet: ja / Bæredygtighed: nej / ..."), answer with
the one said yes.
"""

from __future__ import annotations

import functools
import re

from .grammar import Grammar
from .text import Doc

_OPEN = {"(": ")", "[": "]"}
_SEPARATORS = frozenset(("/", ",", "|", "-", "eller", "or", "el"))
_MAX_HINT = 9  # tokens inside the brackets
_COLON = frozenset((":",))
_MARKS = frozenset(("(", "[", "/", "|"))
# a box in brackets, or drawn as one character ("☒ Vinkel 2", "☐ Vinkel 3")
# (and Word's Wingdings boxes as a plain-text part shows them: "þ Vinkel 1" ticked, "¨ Vinkel 2" empty)
_TICKED_GLYPHS, _EMPTY_GLYPHS = "☒☑■þ", "☐□¨"
_GLYPHS = _TICKED_GLYPHS + _EMPTY_GLYPHS
_BOXES = frozenset("([" + _GLYPHS)  # a form has one of these at least
# (spaces inside a box as typed: "[  ]", "[ X ]")
_TICKED = re.compile(rf"[(\[][ \t]*[xX✓✔✗✘*][ \t]*[)\]]|[{_TICKED_GLYPHS}]")
_EMPTY = re.compile(rf"[(\[][ \t]*[)\]]|[{_EMPTY_GLYPHS}]")
_BOX = rf"(?:[(\[][ \t]*(?:[xX✓✔✗✘*][ \t]*)?[)\]]|[{_GLYPHS}])"
# a box and its option: up to the next box on its line
_BOX_OPTION = re.compile(rf"{_BOX}[^(\[{_GLYPHS}\n]*")
# a line of two options or more, each before its box, the last box ending the line (after a
# label and its colon): "Spiser med:  Ja [  ]   Nej [X]"
_BOXES_AFTER = re.compile(rf"^([^(\[{_GLYPHS}\n:]*:)?((?:[^(\[{_GLYPHS}\n]*\w[^(\[{_GLYPHS}\n]*?[ \t]*{_BOX}){{2,}})[ \t]*$",
                          re.MULTILINE)
_OPTION_THEN_BOX = re.compile(rf"([^(\[{_GLYPHS}\n]*?)[ \t]*({_BOX})")
# a box after its option, ending a line of its own: "Vinkel 2: Bæredygtighed  [X]"
_OPTION_BOX = re.compile(rf"^([^(\[{_GLYPHS}\n]*\w[^(\[{_GLYPHS}\n]*?)[ \t]*({_BOX})[ \t]*$", re.MULTILINE)


# A tick with no box around it, or one box ticked alone, standing for a yes: alone on a line
# (a capital X: a small one signs off with a kiss), or after a label's colon or the heading
# an answer typed under it was given: "Mad: X", "[Vinkel 2: Bæredygtighed] X", "Spisning: (x)";
# or a label's dash: "Workshop - 2, Mad - x".
_LONE_TICK = re.compile(r"(?:^|(?<=[:\]])|(?<=\w [-–]))[ \t]*(X|(?<!^)x|[(\[][ \t]*[xX✓✔][ \t]*[)\]])[ \t]*$",
                        re.MULTILINE)
_YES_TICK = "✔"


# Options on one line after a label, the chosen one in brackets: "Workshop:  1  /  [2]  /  3",
# "Mad: [ja] / nej".
_OPTIONS_LINE = re.compile(r"^([^\n:]{1,40}:)([^\n]*[/|][^\n]*)$", re.MULTILINE)
_BRACKETED = re.compile(r"^\s*[\[(]([^\[\]()]+)[\])]\s*$")
# Sibling lines of options, one marked at its end after a gap: "Vinkel 2: Bæredygtighed   x".
_MARK_LETTERS = "xX✓✔"  # a mark standing alone beside an option
# ... or at the end of its line, after a gap or a colon, perhaps an arrow pointing at it:
# "Vinkel 2: Bæredygtighed   x", "3 Partnerskaber: X", "Vinkel 2: Bæredygtighed    <---"
# (the arrow may say a few words of choosing, not of refusing: "Vinkel 2: Bæredygtighed  ← den
# tager jeg", not "← ikke den")
_END_MARK = (rf"[{_MARK_LETTERS}]|(?:<-{{1,4}}|←)"
             r"(?:[ \t]+(?![^\n]*\b(?i:ikke|not|nej|no|never|aldrig)\b)[\w'’!]+(?:[ \t]+[\w'’!]+){0,3})?")
_MARKED_AT_END = re.compile(rf"([ \t]{{2,}}|:[ \t]*)({_END_MARK})[ \t]*$")
_ANY_MARKED_AT_END = re.compile(rf"(?:[ \t]{{2}}|:[ \t]*)(?:{_END_MARK})[ \t]*$", re.MULTILINE)
_NUMBERED = re.compile(r"^[ \t]*(\d)\b")


def marked_options(text: str) -> str:
    """`text` with options offered side by side or one to a line reduced to the one marked:
    the one in brackets among those after a label ("Workshop:  1  /  [2]  /  3" reads "2"),
    the one a mark stands nearest among those spaced out after a label ("Spise med:   Ja  X
    Nej" reads "Ja"), or the one of sibling lines with a mark at its end ("Vinkel 1:
    Lokalområdet" / "Vinkel 2: Bæredygtighed   x" / "Vinkel 3: ..." reads the second, ticked).
    Same length: every other word keeps its place."""
    if "/" in text or "|" in text:
        text = _OPTIONS_LINE.sub(_bracketed_option, text)
    if _ANY_SPACED_MARK.search(text):
        text = _SPACED_OPTIONS.sub(_spaced_option, text)
    if _ANY_MARKED_AT_END.search(text):
        text = _marked_sibling(text)
    return text


# Options spaced out after a label, a mark standing among them: "Spise med:   Ja  X       Nej".
_SPACED_OPTIONS = re.compile(r"^([^\n:]{1,40}:)([^\n]*)$", re.MULTILINE)
_ANY_SPACED_MARK = re.compile(rf"\S[ \t]{{2,}}[{_MARK_LETTERS}][ \t]{{2,}}\S")
_SPACED_ITEM = re.compile(r"\S+(?: \S+)*")  # an option or a mark: words one space apart
_OPTION_WORDS = 3  # words of one option: "Ja tak", "Nej tak"


def _spaced_option(found: re.Match[str]) -> str:
    label, rest = found.group(1), found.group(2)
    items = list(_SPACED_ITEM.finditer(rest))
    marks = [k for k, item in enumerate(items) if len(item.group()) == 1 and item.group() in _MARK_LETTERS]
    if len(marks) != 1 or len(items) < 3 or any(
            len(item.group().split()) > _OPTION_WORDS for k, item in enumerate(items) if k != marks[0]):
        return found.group()
    m = marks[0]
    # the option the mark stands nearest, the one before it when the gaps are even
    before = items[m].start() - items[m - 1].end() if m > 0 else None
    after = items[m + 1].start() - items[m].end() if m + 1 < len(items) else None
    kept = items[m - 1 if before is not None and (after is None or before <= after) else m + 1]
    return label + " " * kept.start() + kept.group() + " " * (len(rest) - kept.end())


def _bracketed_option(found: re.Match[str]) -> str:
    label, rest = found.group(1), found.group(2)
    options = re.split(r"([/|])", rest)
    chosen = [k for k, o in enumerate(options) if k % 2 == 0 and _BRACKETED.match(o)]
    if len(chosen) != 1 or len(options) < 3:
        return found.group()
    out = []
    for k, o in enumerate(options):
        if k == chosen[0]:
            inner = _BRACKETED.match(o)
            out.append(" " * inner.start(1) + inner.group(1) + " " * (len(o) - inner.end(1)))
        else:
            out.append(" " * len(o))
    return label + "".join(out)


def _marked_sibling(text: str) -> str:
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        run = _numbered_run(lines, i)
        if len(run) < 2:
            j = i
            while j < len(lines) and ":" in lines[j] and lines[j].strip():
                j += 1
            run = list(range(i, j))
        marked = [k for k in run if _MARKED_AT_END.search(lines[k])]
        heads = {lines[k].split(":", 1)[0].split()[0].casefold() for k in run if lines[k].split(":", 1)[0].split()}
        # (numbered, the others are options, no fields: not "1) Workshop: 3" / "2) Mad: X")
        numbered = _NUMBERED.match(lines[run[0]]) is not None if run else False
        if len(run) >= 2 and len(marked) == 1 and (len(heads) == 1 or numbered and not any(
                ":" in lines[k] for k in run if k != marked[0])):
            for k in run:
                if k == marked[0]:
                    mark = _MARKED_AT_END.search(lines[k])
                    lines[k] = lines[k][:mark.start(2)] + _YES_TICK.rjust(len(mark.group(2))) + lines[k][mark.end(2):]
                else:
                    lines[k] = " " * len(lines[k])
        i = max(run[-1] + 1 if run else i, i + 1)
    return "\n".join(lines)


# A line of a label and a bare yes or no: "Lokalområdet: ja", "Partnerskaber: nej".
_LABELLED_ANSWER = re.compile(r"^[ \t]*([^:\n]{1,40}):[ \t]*(\w+)[ \t]*$")
_OPTIONS_ANSWERED = 3  # lines answered yes or no, one yes: the options of one question


def yes_among_noes(text: str, g: Grammar) -> str:
    """`text` with the options answered no blanked where three lines or more in a row answer
    options yes or no, one of them yes: "Lokalområdet: ja / Bæredygtighed: nej / Partnerskaber:
    nej" reads the first (its "nej"s after it had taken the "ja" back); a line about the meal
    keeps its answer. Same length."""
    if ":" not in text:
        return text
    yes, answers, meal = g.words["polarity.yes"], g.union("polarity.yes", "polarity.no"), g.words["dinner.nouns"]
    lines = text.split("\n")
    found = [_LABELLED_ANSWER.match(line) for line in lines]
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and found[j] is not None and found[j].group(2).casefold() in answers:
            j += 1
        said = [found[k].group(2).casefold() in yes for k in range(i, j)]
        if j - i >= _OPTIONS_ANSWERED and said.count(True) == 1:
            for k in range(i, j):
                if not said[k - i] and not meal.intersection(found[k].group(1).casefold().split()):
                    lines[k] = " " * len(lines[k])
        i = max(j, i + 1)
    return "\n".join(lines)


def _numbered_run(lines: list[str], i: int) -> list[int]:
    """The lines from i numbered 1, 2, 3 ... in turn, a blank line allowed between two (a
    table's rows as text): "1 Lokalområdet" / "2 Bæredygtighed" / "3 Partnerskaber: X"."""
    run: list[int] = []
    k = i
    while k < len(lines):
        found = _NUMBERED.match(lines[k])
        if found is None or int(found.group(1)) != len(run) + 1:
            break
        run.append(k)
        k += 1
        if k + 1 < len(lines) and not lines[k].strip() and _NUMBERED.match(lines[k + 1]):
            k += 1
    return run


def lone_tick(line: str) -> bool:
    """The line is nothing but a tick: "X"."""
    found = _LONE_TICK.match(line)
    return found is not None and found.end() == len(line)


# Answers offered one to a line, each before a colon, the one chosen ticked: "Ja:" / "Nej: X".
_ANSWER_LINES = re.compile(r"(?:^[ \t]*[^\W\d]+[ \t]*:[ \t]*(?:[xX✓✔]|[(\[][ \t]*[xX✓✔]?[ \t]*[)\]])?[ \t]*(?:\n|$)){2,}",
                           re.MULTILINE)
_ANSWER_LINE = re.compile(r"^([ \t]*)([^\W\d]+)([ \t]*:)(.*)$")


def lone_ticks(text: str, g: Grammar) -> str:
    """`text` with every lone tick written as the yes it stands for (of the same length, so
    that every other word keeps its place); where answers are offered one to a line ("Ja: /
    Nej: X"), the ticked one is kept without its tick, and the others are blanked."""
    if "x" not in text and "X" not in text and "✓" not in text and "✔" not in text:
        return text
    answers = g.union("polarity.yes", "polarity.no")

    def offered(m: re.Match[str]) -> str:
        # (a heading of the question may open the run: "Spisning:")
        lines = [(line, _ANSWER_LINE.match(line)) for line in m.group().split("\n")]
        found = [x for _, x in lines if x is not None and x.group(2).casefold() in answers]
        chosen = [x for _, x in lines if x is not None and x.group(4).strip()]
        if len(found) < 2 or len(chosen) != 1 or chosen[0] not in found:
            return m.group()
        return "\n".join(line if x not in found else (
            x.group(1) + x.group(2) + x.group(3) + " " * len(x.group(4)) if x is chosen[0]
            else " " * len(line)) for line, x in lines)

    text = _ANSWER_LINES.sub(offered, text)

    def tick(m: re.Match[str]) -> str:
        label = text[text.rfind("\n", 0, m.start()) + 1:m.start()].rstrip(":").split()
        if label and label[-1].casefold() in answers:
            return m.group()
        return m.group()[:m.start(1) - m.start()] + _YES_TICK.rjust(len(m.group(1))) + m.group()[m.end(1) - m.start():]
    return _LONE_TICK.sub(tick, text)


def ticked(text: str) -> str:
    """`text` with the options of empty boxes blanked and the ticks taken away, when it
    holds a form with ticked and empty boxes; as it is otherwise. Blanks keep every other
    word where it was."""
    if not any(box in text for box in _BOXES) or not _TICKED.search(text) or not _EMPTY.search(text):
        return text
    text = _BOXES_AFTER.sub(_blank_options_before_boxes, text)
    return _BOX_OPTION.sub(_blank_unticked, _OPTION_BOX.sub(_blank_unticked_before, text))


def _blank_options_before_boxes(found: re.Match[str]) -> str:
    """A line of options each followed by its box, after its label: "Spiser med:  Ja [  ]
    Nej [X]" (read box first, the empty box before "Nej" had blanked it)."""
    label, options = found.group(1) or "", found.group(2)
    return label + _OPTION_THEN_BOX.sub(_blank_unticked_before, options)


def _blank_unticked_before(found: re.Match[str]) -> str:
    option, box = found.group(1), found.group(2)
    if _EMPTY.fullmatch(box):
        return " " * len(found.group())
    return option + " " * (len(found.group()) - len(option))


def _blank_unticked(found: re.Match[str]) -> str:
    option = found.group()
    if _EMPTY.match(option):
        return " " * len(option)
    box = _TICKED.match(option)
    return option if box is None else " " * box.end() + option[box.end():]


# Struck through as Markdown and chat apps write it: "~~2~~ 3", "~nej tak~ ja tak" (no space
# inside the tildes' ends, unlike an approximation: "ca. ~20 personer ~ måske flere").
_STRUCK = re.compile(r"~~[^~\n]{1,80}~~|(?<![\w~])~[^\s~](?:[^~\n]{0,78}[^\s~])?~(?![\w~])")
# ... and as phones' "strikethrough text" generators write it, a combining stroke after every
# character: "W̶o̶r̶k̶s̶h̶o̶p̶ ̶2̶ Workshop 3".
_STROKED = re.compile("(?:[^\n][\u0335\u0336])+")


def struck(text: str, g: Grammar) -> str:
    """`text` with what the sender struck through blanked: "Workshop: ~~2~~ 3", and an
    answer changed by an arrow, "dinner yes -> no" (blanks keep every other word where it
    was)."""
    if "~" in text:
        text = _STRUCK.sub(lambda m: " " * len(m.group()), text)
    if "\u0336" in text or "\u0335" in text:
        text = _STROKED.sub(lambda m: " " * len(m.group()), text)
    if any(arrow in text for arrow in g.words["text.arrows"]):
        text = _changed_answer(g).sub(lambda m: " " * len(m.group()), text)
    return text


@functools.cache
def _changed_answer(g: Grammar) -> re.Pattern[str]:
    """An answer word and the arrow after it, when another answer word follows."""
    answers = "|".join(re.escape(w) for w in sorted(g.words["polarity.answer_words"], key=len, reverse=True))
    arrows = "|".join(re.escape(a) for a in sorted(g.words["text.arrows"], key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{answers})\s*(?:{arrows})\s*(?=(?:{answers})(?!\w))", re.IGNORECASE)


def tables(text: str) -> str:
    """`text` with a table of tab-separated cells, a row of headings over one row of
    answers, written out as a line "heading: cell" for each cell that is filled; over
    several rows (one a person), each row as one line of "heading: cell" pairs, as such a
    list is written ("Navn: Anne, Workshop: 1, Mad: Ja"). Two columns over several rows are
    a form's fields and answers, read as written, or a ranking, its second column the places
    1 to n, written out as its first column in that order. Cells may be set apart by "|" as well, the
    rule under the headings drawn in "-", "+" and "|" ("Navn | Workshop | Spiser med")."""
    if "|" in text:
        text = _pipes_as_tabs(text)
    if "\t" not in text:
        return text
    lines = text.split("\n")
    for k in range(len(lines) - 1):
        headings = [h.strip() for h in lines[k].split("\t")]
        if len(headings) < 2 or not all(headings) or "\t" not in lines[k + 1] or (k and "\t" in lines[k - 1]):
            continue
        end = next((j for j in range(k + 1, len(lines)) if "\t" not in lines[j]), len(lines))
        rows = [[c.strip() for c in line.split("\t")] for line in lines[k + 1:end]]
        if len(rows) > 1 and len(headings) == 2:
            ranks = [row[1] if len(row) == 2 else "" for row in rows]
            if sorted(ranks) == [str(n) for n in range(1, len(rows) + 1)] and not any(row[0].isdigit() for row in rows):
                # a ranking, its numbers places, not workshops: "Lokalområdet<tab>2", "Partnerskaber<tab>1"
                # written out in its order, the first first
                ordered = [row[0] for _, row in sorted(zip(map(int, ranks), rows))]
                return "\n".join(lines[:k + 1] + ordered + lines[end:])
            continue  # a form, a field and its answer a line: "Navn<tab>Kasper", "Spisning<tab>Ja"
        if len(rows) == 1:
            filled = [f"{h}: {c}" for h, c in zip(headings, rows[0]) if c]
        else:
            filled = [", ".join(f"{h}: {c}" for h, c in zip(headings, row) if c) for row in rows]
        return "\n".join(lines[:k] + filled + lines[end:])
    return text


_PIPED = re.compile(r"^[ \t]*\|?[^|\n]*\S[^|\n]*(?:\|[^|\n]*\S[^|\n]*)+\|?[ \t]*$")
_RULE = re.compile(r"^[ \t]*[-+=|: \t]{3,}$")


def _pipes_as_tabs(text: str) -> str:
    """The lines of a table typed with "|" between its cells, with tabs between them instead,
    and the rule under its headings left out; a lone "|" in a line of text is no table (two
    such lines, one under the other, are)."""
    lines = text.split("\n")
    # (the rule first, so that the rows under it stand next to their headings)
    lines = [line for k, line in enumerate(lines) if not (
        k > 0 and "-" in line and _RULE.match(line) and _PIPED.match(lines[k - 1]))]
    piped = [bool(_PIPED.match(line)) for line in lines]
    return "\n".join(
        "\t".join(c.strip() for c in line.strip().strip("|").split("|"))
        if piped[k] and ((k > 0 and piped[k - 1]) or (k + 1 < len(lines) and piped[k + 1])) else line
        for k, line in enumerate(lines))


def yes_or_no(doc: Doc, g: Grammar) -> list[tuple[int, int]]:
    """Token ranges of a yes and a no offered as the two answers, which is the question, not
    an answer: "før jeg kan sige ja eller nej til spisningen", "Ja eller nej til maden ved jeg
    ikke endnu", "before I can say yes or no to eating with you"."""
    yes, no, either = g.words["polarity.yes"], g.words["polarity.no"], g.words["workshop.alternatives"]
    objects = g.words["text.answer_objects"]  # (and what they would answer: "ja eller nej til spisningen")
    # (or do: "... to eating with you", "... til at spise med")
    doing, markers = g.union("dinner.eat_verbs", "dinner.stay_verbs"), g.words["text.infinitive_markers"]
    texts = doc.texts
    spans = []
    for k in range(len(texts) - 2):
        if texts[k + 1] in either and ((texts[k] in yes and texts[k + 2] in no) or (texts[k] in no and texts[k + 2] in yes)):
            end = k + 3 + (k + 3 < len(texts) and texts[k + 3] in objects)
            verb = end + (end > k + 3 and end + 1 < len(texts) and texts[end] in markers)
            if end > k + 3 and verb < len(texts) and texts[verb] in doing:
                end = verb + 1
            spans.append((k, end))
    return spans


def option_lists(doc: Doc, g: Grammar) -> list[tuple[int, int]]:
    """Token ranges of the bracketed option lists, brackets included; of a field that
    nothing fills, its whole line, also when its options stand unbracketed after the
    colon ("Spiser med: Ja/Nej", the template copied back unanswered)."""
    if doc.vocab.isdisjoint(_MARKS):
        return []
    answers = g.union("polarity.yes", "polarity.no")
    tokens = doc.tokens
    spans = _unanswered_fields(doc, g) if "/" in doc.vocab or "|" in doc.vocab else []
    for i in doc.indices_of(_OPEN):
        close = _OPEN[tokens[i].text]
        inner = []
        for j in range(i + 1, min(i + 2 + _MAX_HINT, len(tokens))):
            if tokens[j].text == close or tokens[j].nl:
                break
            inner.append(tokens[j])
        else:
            continue
        if tokens[j].text != close:
            continue
        if inner and inner[0].text in g.words["workshop.markers"]:
            inner = inner[1:]  # the options named: "Workshop (vinkel 1, 2 eller 3): 2"
        if _only_options(inner, answers):
            spans.append(_unfilled(tokens, i, j + 1, answers) or (i, j + 1))
    return spans


def _unanswered_fields(doc: Doc, g: Grammar) -> list[tuple[int, int]]:
    """The lines whose colon is followed by nothing but the options of one question."""
    tokens = doc.tokens
    yes, no = g.words["polarity.yes"], g.words["polarity.no"]
    answers = yes | no
    spans = []
    for i in doc.indices_of(_COLON):
        end = next((k for k in range(i + 1, len(tokens)) if tokens[k].nl), len(tokens))
        options = tokens[i + 1:end]
        # (a remark in brackets after them is the template's too: "Spisning: ja / nej (slet det,
        # der ikke passer)")
        bracket = next((k for k, t in enumerate(options) if t.text == "("), None)
        if bracket is not None and options[-1].text == ")":
            options = options[:bracket]
        # (the options of one question: all numbers, or a yes and a no; not "Workshop / mad: 3 / ja")
        alike = all(t.kind == "n" for t in options if t.text not in _SEPARATORS) or (
            not yes.isdisjoint(t.text for t in options) and not no.isdisjoint(t.text for t in options))
        if 0 < len(options) <= _MAX_HINT and alike and _only_options(options, answers):
            start = next((k for k in range(i, -1, -1) if tokens[k].nl or k == 0), 0)
            spans.append((start, end))
    return spans


def _only_options(inner: list, answers: frozenset[str]) -> bool:
    """The tokens are two options or more with separators between: "ja/nej", "1/2/3"."""
    options = [t for t in inner if t.kind == "n" or t.text in answers]
    separators = [t for t in inner if t.text in _SEPARATORS]
    return len(options) >= 2 and bool(separators) and len(options) + len(separators) == len(inner)


def _unfilled(tokens: list, a: int, b: int, answers: frozenset[str]) -> tuple[int, int] | None:
    """The whole line of a field whose hint is tokens [a, b) when nothing fills it: the
    line ends after the hint and its colon ("Spiser med (ja/nej):"), or the options are
    copied as its answer ("Forplejning (ja/nej): ja/nej"); None otherwise."""
    start = a
    while start > 0 and not tokens[start].nl:
        start -= 1
        if tokens[start].text == ":":
            return None  # the hint stands after an answer: "Spiser med: ja (ja/nej)"
    end = b
    if end < len(tokens) and tokens[end].text == ":" and not tokens[end].nl:
        end += 1
    value = []
    while end < len(tokens) and not tokens[end].nl:
        value.append(tokens[end])
        end += 1
    if value and not _only_options(value, answers):
        return None
    return start, end


def _in_brackets(tokens: list, i: int) -> bool:
    """Token i closes a bracket opened earlier on its line: "Kirsten Bjerg (vinkel 1)"."""
    for j in range(i - 1, -1, -1):
        if tokens[j].text in (")", "("):
            return tokens[j].text == "("
        if tokens[j].nl:
            return False
    return False


def numbered_items(doc: Doc) -> list[int]:
    """The tokens numbering answers: "1." or "1)" opening a line, or "2)" inside one, in a
    text that has an item 1 and an item 2 numbered alike."""
    tokens = doc.tokens
    items = []
    for i in doc.digits:
        if i + 1 >= len(tokens) or tokens[i].text not in ("1", "2"):
            continue
        end = tokens[i + 1].text
        opens_line = i == 0 or tokens[i].nl > 0
        if (end == "." and opens_line) or (end == ")" and (opens_line or not _in_brackets(tokens, i))):
            items.append(i)
    ones = {tokens[i + 1].text for i in items if tokens[i].text == "1"}
    twos = {tokens[i + 1].text for i in items if tokens[i].text == "2"}
    return items if ones & twos else []
