"""Two writers in one mail: a colleague or a partner who adds her own part below the
sender's ("Hej Pia, Kasper her. Jeg vil ikke på 2'eren som Mona, men på 1'eren"). Read as
one text, the second part would correct the sender's; read apart, the two answers are
compared: the same choices make a group, others go to a person."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from . import lexicon
from .grammar import alternation, grammar, said
from .reading import Reading
from .text import words

# Words enough before it that the sender has said something of her own, not only greeted.
_SAID = 3


def _any_of(key: str) -> str:
    """A regex of the phrases under party.`key` in every language (her opening is on one line:
    the spaces in it are no line breaks)."""
    return alternation(f"party.{key}")


@functools.cache
def _opening() -> re.Pattern[str]:
    g = grammar()
    greeting = lexicon.alternation(g.words["text.greetings"])
    name = r"(?-i:(?P<{}>[A-ZÆØÅ][\w-]+)(?:[ \t]+[A-ZÆØÅ][\w-]+)?)"
    # (not a cleft, the name the one who does something: "Det er Anne, der kommer i stedet")
    end = rf"[ \t]*(?:[,.:;!(–-](?![ \t]*(?:{lexicon.alternation(g.words['party.cleft'])})\b)|$)"
    return re.compile(
        rf"^[ \t]*(?:(?:{greeting})[ \t]+[\w-]+[ \t]*[,.!–-]*[ \t]*)?(?:"
        rf"(?:{_any_of('writer_before_name')})[ \t]+{name.format('before')}{end}"
        rf"|{name.format('after')}[ \t]+(?:{_any_of('writer_after_name')}){end}"
        rf"|(?:{_any_of('writer_postscript')})[ \t]+{name.format('ps')}[ \t]*(?:\([^)\n]*\)[ \t]*)?[:–-])",
        re.IGNORECASE | re.MULTILINE)


def second_writer(text: str, sender_name: str) -> tuple[int, str] | None:
    """Where a second writer's part begins in `text`, named on a line that opens it, after
    words of the sender's own, and her name; None when nobody else writes, or she speaks for
    them all."""
    g = grammar()
    names, sender = g.words["party.first_names"], set(words(sender_name))
    for m in _opening().finditer(text):
        name = next(v for v in m.group("before", "after", "ps") if v).lower()
        if name in names and name not in sender and len(words(text[:m.start()])) > _SAID:
            if said("party.writer_for_all").search(" ".join(words(text[m.start():]))):
                return None
            return m.start(), name
    return None


def joined(whole: Reading, read: Callable[[str], Reading], text: str, writer: tuple[int, str]) -> Reading:
    """The reading of a mail whose second writer begins at and is named as `writer` says,
    from `whole` (the text read as one) and `read` of each part."""
    at, name = writer
    mine, theirs = read(text[:at]), read(text[at:])
    # what she leaves out is the sender's when she says it is the same: "Det samme gælder for
    # mig", "Jeg vil ikke på 2'eren som Mona, men på 1'eren – ellers det samme"
    same = said("party.writer_same").search(" ".join(words(text[at:]))) is not None
    workshop = mine.workshop if theirs.workshop is None and same else theirs.workshop
    dinner = mine.dinner if theirs.dinner is None and same else theirs.dinner
    who = text[at:].split("\n", 1)[0].strip()
    if _says_nothing(mine) and name in words(text[:at]) and not _says_nothing(theirs) and not _declines(theirs):
        # the sender only hands over to one she names: "Torben har bedt mig svare ... Han står ved siden
        # af mig og skriver selv resten. / Torben her – jeg tager 1'eren"
        theirs.action = "review"
        theirs.reasons.append(f"review: another writer comes, not the sender: '{who}'")
        return theirs
    if _says_nothing(mine) or (workshop is None and dinner is None and not _declines(theirs)):
        return whole  # a greeting added, a "Bekræftet", a question: the text as one says it all
    # a question of either is for a person: "Ingrid here ... I can't make it. Is there parking for a van?"
    mine.question = theirs.question = mine.question or theirs.question
    if _declines(theirs):
        # her own decline, not the sender's: "Jesper her, jeg låner lige Majas telefon: jeg må
        # desværre melde fra" under Maja's answer
        mine.reasons.append(f"another writer, not coming: '{who}'")
        return mine
    if _declines(mine):
        # one who comes in the sender's place: "Hej Pia, Kurt her. Jeg vil gerne på vinkel 1"
        theirs.action = "review"
        theirs.reasons.append(f"review: another writer comes, not the sender: '{who}'")
        return theirs
    if (workshop, dinner) == (mine.workshop, mine.dinner):
        mine.party += theirs.party
        mine.reasons.append(f"party {mine.party}: another writer with the same choices: '{who}'")
        return mine
    mine.action = "review"
    mine.workshop = mine.workshop if workshop == mine.workshop else None
    mine.dinner = mine.dinner if dinner == mine.dinner else None
    mine.reasons.append(f"review: another writer answers otherwise: '{who}'")
    return mine


def _declines(reading: Reading) -> bool:
    return reading.action == "decline" or reading.intent in ("decline", "cancel")


def _says_nothing(reading: Reading) -> bool:
    return reading.workshop is None and reading.dinner is None and not _declines(reading)


