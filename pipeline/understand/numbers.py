"""Numbers that are never a workshop choice: dates, times, phone numbers, addresses,
amounts, quantities, list bullets ("d. 20", "kl. 16.45", "43 68 62 14", "Nyvej 3",
"166.000 kr.", "2 kolleger", "afd. 2"); and the dates that put a clause on another day
than the event's ("spisningen ved familienetværket d. 13/6")."""

from __future__ import annotations

import datetime as dt
import re

from .grammar import Grammar
from .text import DASHES, Doc, Token

_ADJACENT_SEPARATORS = frozenset(".:,")
_ABOUT_AN_HOUR = re.compile(r"(\d{1,2})-?([a-zæøå]+)")
_SMALL_HOURS = 7  # an hour below it, said of an evening meeting, is in the afternoon: "6-ish"
_RANGE_WORDS = frozenset(("og", "til", "to", "and", "-", "until", "till"))
_ROUND_BRACKET = ")"


def non_choices(doc: Doc, g: Grammar) -> set[int]:
    """Indices of the digit tokens in `doc` that cannot be a choice."""
    tokens = doc.tokens
    out: set[int] = set()
    if not doc.digits:
        return out
    _phone_numbers(tokens, doc.digits, out)
    for i in doc.digits:
        if i in out:
            continue
        if len(tokens[i].text) > 2 or _is_other_number(tokens, i, g, out):
            out.add(i)
    return out


def other_days(doc: Doc, g: Grammar, day: dt.date | None, deadline: dt.date | None = None) -> set[int]:
    """The clauses that speak of another day than `day`: those naming a date that is not
    it ("spisningen ved naboskabsnetværket d. 13/6"), and a relative clause right after one
    ("familienetværket d. 13/6, hvor jeg har sagt ja til at spise med"); not the date of a
    mail ("Further to my email of 25 May: please change my dinner answer to no"), nor a
    time limit before the day ("jeg når det lige inden d. 9/6") or an absence ending before
    it, nor the `deadline` ("I hope it's still possible to sign up after the 9th")."""
    tokens = doc.tokens
    ordinals = [i for i, t in enumerate(doc.texts) if t[:1].isdigit() and ordinal_day(doc, g, i)]
    if day is None or not (doc.digits or ordinals):
        return set()
    out: set[int] = set()
    limits = g.words["numbers.deadline_words"]
    for i in doc.digits + ordinals:
        found = _date_at(tokens, i, g.words) if tokens[i].kind == "n" else (int(doc.texts[i][:-2]), None)
        before = tokens[max(doc.sentence_of(i)[0], i - _MESSAGE_REACH):i]
        if found is None or (day and found[0] == day.day and found[1] in (None, day.month)) or (
                deadline and found[0] == deadline.day and found[1] in (None, deadline.month)
                and not _named_as_a_day(g, before, limits)) or _of_a_message(doc, g, i):
            continue
        # a time limit before the day: "jeg når det lige inden d. 9/6" (not "før d. 25")
        # (or the end of an absence before it: "Er på ferie til og med 6/6, så svarer lige ...")
        if ((found[1] or day.month, found[0]) < (day.month, day.day)
                and any(t.text in limits for t in [t for t in before if t.kind != "p"][-2:])) \
                or ends_before(doc, g, max(doc.sentence_of(i)[0], i - _UNTIL_REACH), i + 1, day):
            continue
        if _spans_the_day(doc, g, i, found[0], day):
            continue  # the end of days that hold ours: "I'm in Brussels from 19 to 21 June"
        out.add(tokens[i].clause)
        out.update(_dated_line(doc, g, i))
        out.update(_dated_sentence(doc, g, i, day))
    return _with_relatives(doc, g, out)


def _spans_the_day(doc: Doc, g: Grammar, i: int, found: int, day: dt.date) -> bool:
    """The day number at token i ends or starts a range of days that holds `day`: "19 to 21
    June", "19.-21. juni", "fra mandag d. 19. til onsdag d. 21. juni" (its month taken as the
    day's)."""
    texts, links = doc.texts, g.words["numbers.range_links"]
    fillers = g.union("numbers.date_fillers", "numbers.weekdays")

    def past_fillers(k: int, by: int) -> int:
        k += by
        while 0 <= k < len(texts) and (texts[k] == "." or texts[k] in fillers):
            k += by
        return k

    def number(k: int) -> int | None:
        return int(texts[k]) if 0 <= k < len(texts) and doc.tokens[k].kind == "n" and len(texts[k]) <= 2 else None

    back = past_fillers(i, -1)
    if back > 0 and texts[back] in links and (n := number(past_fillers(back, -1))) is not None \
            and n <= day.day <= found:
        return True
    ahead = past_fillers(i, 1)
    return ahead < len(texts) and texts[ahead] in links and (n := number(past_fillers(ahead, 1))) is not None \
        and found <= day.day <= n


def _named_as_a_day(g: Grammar, before: list[Token], limits: frozenset[str]) -> bool:
    """The deadline's date is named as a day, with its weekday and no limit before it: "Jeg
    kommer gerne fredag d. 9/6" (the deadline taken for the day; not "inden fredag d. 9/6")."""
    near = [t.text for t in before if t.kind != "p"][-_WEEKDAY_REACH:]
    return any(w in g.words["numbers.weekdays"] for w in near) and not limits.intersection(near)


_WEEKDAY_REACH = 3  # words before a date that may name its weekday: "fredag d. 9/6"


def _dated_sentence(doc: Doc, g: Grammar, i: int, day: dt.date) -> set[int]:
    """The clauses after a first clause naming another meeting on the date at token `i`, up
    to a turn or the day of the event: "Til fællesmødet i Kanalens Kvarter d. 13. juni kommer
    vi 3 fra afdelingsbestyrelsen, og vi spiser ikke med." (not "d. 13. kan jeg ikke, men d.
    20. ...", nor a date alone, perhaps ours mistyped: "Thursday 26 September works well for
    me - I'll join ..."; nor what follows from it: "Det møde er nu flyttet til torsdag den 22.
    juni, så jeg kan alligevel godt komme")."""
    tokens = doc.tokens
    k = tokens[i].clause
    s, e = doc.sentence_of(i)
    endings = tuple(g.words["text.meeting_endings"])
    if doc.clauses[k][0] > s or not any(t.kind == "w" and t.text.endswith(endings)
                                         for t in tokens[slice(*doc.clauses[k])]):
        return set()
    out = set()
    turns = g.union("text.contrasts", "text.consequences")
    for j in range(k + 1, len(doc.clauses)):
        a, b = doc.clauses[j]
        if a >= e or doc.opening(a, b) in turns or names_the_day(doc, g, a, b, day):
            break
        out.add(j)
    return out


_DATE_HEAD = 4  # tokens from a date to the colon after it: "23. juni:", "d. 8/8:"


def _dated_line(doc: Doc, g: Grammar, i: int) -> set[int]:
    """The clauses of a line the date at token `i` heads, its month with it, as in a list of
    coming events ("• 23. juni: Sankt Hans med fællesspisning – alle er velkomne, vi spiser
    kl. 18"): all of it is of that day (not an item of a numbered list: "2. Workshop: 3")."""
    tokens = doc.tokens
    date_words, months = g.words["numbers.date_words"], g.words["numbers.months"]
    k = i
    while k > 0 and not tokens[k].nl and (tokens[k - 1].kind == "p" or tokens[k - 1].text in date_words):
        k -= 1
    if k > 0 and not tokens[k].nl:
        return set()  # not opening its line
    colon = next((j for j in range(i + 1, min(len(tokens), i + _DATE_HEAD)) if tokens[j].text == ":"), None)
    if colon is None or any(tokens[j].nl for j in range(i + 1, colon + 1)) \
            or not any(tokens[j].text in months or tokens[j].text == "/" for j in range(i + 1, colon)):
        return set()
    out, j = set(), colon + 1
    while j < len(tokens) and not tokens[j].nl:
        out.add(tokens[j].clause)
        j += 1
    return out


def clock_times(doc: Doc, g: Grammar) -> list[tuple[int, int, dt.time]]:
    """(first token, end, time) of each time of day: "18:00", "18.00", "kl. 18", "at 6 pm"."""
    tokens, out = doc.tokens, []
    words, suffixes = g.words["numbers.time_words"], g.words["numbers.time_suffixes"]
    # an hour and its suffix in one word: "ved 18-tiden", "around 6-ish" (afternoon if small)
    for i, t in enumerate(tokens):
        about = _ABOUT_AN_HOUR.fullmatch(t.text) if t.kind == "w" else None
        if about is not None and about.group(2) in suffixes:
            hour = int(about.group(1))
            hour += 12 * (hour < _SMALL_HOURS)
            if 7 <= hour <= 23:
                out.append((i, i + 1, dt.time(hour)))
    for i in doc.digits:
        hour = int(tokens[i].text)
        if len(tokens[i].text) > 2 or hour > 23:
            continue
        n1 = tokens[i + 1] if i + 1 < len(tokens) else None
        n2 = tokens[i + 2] if i + 2 < len(tokens) else None
        # (from its word, the abbreviation's full stop passed over: "kl. 18.15")
        k = i - 2 if i >= 2 and tokens[i - 1].text == "." else i - 1
        start = k if k >= 0 and tokens[k].text in words else i
        if n1 is not None and n2 is not None and n1.text in (":", ".") and n1.start == tokens[i].end \
                and n2.start == n1.end and n2.kind == "n" and len(n2.text) == 2 and int(n2.text) < 60:
            out.append((start, i + 3, dt.time(hour, int(n2.text))))
            continue
        pm = n1 is not None and n1.text in g.words["numbers.afternoon"] and hour < 12
        if n1 is not None and n1.text in suffixes and start == i:
            start, pm = i, hour < _SMALL_HOURS  # "ved 18 tiden"
            if 7 <= hour + 12 * pm <= 23:
                out.append((i, i + 2, dt.time(hour + 12 * pm)))
            continue
        if start < i and 7 <= hour + 12 * pm <= 23:
            out.append((start, i + 1 + pm, dt.time(hour + 12 * pm)))
    return out


def names_the_day(doc: Doc, g: Grammar, a: int, b: int, day: dt.date) -> bool:
    """Tokens a to b name `day` by its date ("d. 19. og 20. juni")."""
    return any(a <= i < b and _the_day_at(doc, g, i, day) for i in doc.digits)


def _the_day_at(doc: Doc, g: Grammar, i: int, day: dt.date) -> bool:
    """The number at token i is the day of `day`'s date."""
    found = _date_at(doc.tokens, i, g.words)
    return found is not None and found[0] == day.day and found[1] in (None, day.month)


def clauses_of_the_day(doc: Doc, g: Grammar, day: dt.date | None) -> set[int]:
    """The clauses that name `day` by its date, in digits or as an English ordinal ("so I won't
    make it on the 20th"), or point to it as the one day spoken of ("Sadly I'll be in Malmö that
    day")."""
    if day is None:
        return set()
    ordinals = [i for i, t in enumerate(doc.texts)
                if _ORDINAL_DAY.fullmatch(t) and int(t[:-2]) == day.day and ordinal_day(doc, g, i)]
    return {doc.tokens[i].clause for i in doc.digits if _the_day_at(doc, g, i, day)} | {
        doc.tokens[i].clause for i in ordinals} | {doc.tokens[i].clause for i in _that_day(doc, g, day)}


def _that_day(doc: Doc, g: Grammar, day: dt.date) -> list[int]:
    """Where "that day", "den dag" points to `day`: no other day was named before it, by a date,
    another weekday or a word of its own ("On Thursday I'm in Aarhus; that day is full")."""
    pointers, texts = g.words["numbers.that_day"], doc.texts
    nouns = g.words["numbers.that_day_nouns"]
    found = [i for i in range(len(texts) - 1) if texts[i] in pointers and texts[i + 1] in nouns]
    if not found:
        return found
    others = g.words["numbers.other_day_words"]
    first_other = min((i for i, t in enumerate(texts)
                       if (t in g.weekdays and g.weekdays[t] != day.weekday()) or t in others
                       or (doc.tokens[i].kind == "n" and _date_at(doc.tokens, i, g.words) is not None
                           and not _the_day_at(doc, g, i, day))), default=len(texts))
    return [i for i in found if i < first_other]


def ends_before(doc: Doc, g: Grammar, a: int, b: int, day: dt.date | None) -> bool:
    """Tokens a to b end an absence on a date before `day`: "Jeg er på ferie til og med 6.
    juni", "I'm away until 6 June" (not "til 25. juni", nor one that begins: "fra 16/6")."""
    if day is None:
        return False
    until, since = g.words["numbers.until_words"], g.words["numbers.since_words"]
    for i in doc.digits:
        found = _date_at(doc.tokens, i, g.words) if a <= i < b else None
        if found is None:
            continue
        before = [t.text for t in doc.tokens[max(a, i - _UNTIL_REACH):i] if t.kind != "p"]
        if any(w in since for w in before):
            return False
        # (the "til" of the date, not of a place before it: "spisningen til familienetværket den 13.")
        k = max((k for k, w in enumerate(before) if w in until), default=None)
        if k is not None and all(w in g.words["numbers.until_fillers"] for w in before[k + 1:]):
            return (found[1] or day.month, found[0]) < (day.month, day.day)
    return False


_UNTIL_REACH = 4  # words from "til" to its date: "til og med d. 6. juni"
_MESSAGE_REACH = 4  # words from a message to its date: "min mail fra d. 25/5", "my email of 25 May"


def _of_a_message(doc: Doc, g: Grammar, i: int) -> bool:
    """The day at token i is a mail's, named a few words after it in its sentence: "min mail
    fra d. 25/5", "my reply from Monday"."""
    messages = g.words["numbers.message_words"]
    return any(w in messages for w in doc.texts[max(doc.sentence_of(i)[0], i - _MESSAGE_REACH):i])


def other_weekdays(doc: Doc, g: Grammar, day: dt.date | None) -> set[int]:
    """The clauses naming another day of the week than `day`'s ("middagen hos
    Bydelsforeningen torsdag, hvor jeg selvfølgelig spiser med", "Kan ikke spise med på
    fredag til sommerfesten"), and a relative clause right after one; not the day of a mail
    ("Quick update to my reply from Monday: I'm still coming and still eating with you")."""
    if day is None or doc.vocab.isdisjoint(g.weekdays):
        return set()
    found = {i for i, t in enumerate(doc.texts) if t in g.weekdays and g.weekdays[t] != day.weekday()
             and not _of_a_message(doc, g, i)}
    return _with_relatives(doc, g, {doc.tokens[i].clause for i in found})


def other_months(doc: Doc, g: Grammar, day: dt.date | None) -> set[int]:
    """The clauses placing something in another month than `day`'s ("Jeg kunne ikke spise
    med til temadagen i april"), and a relative clause right after one (not the English "I
    may")."""
    if day is None or doc.vocab.isdisjoint(g.months):
        return set()
    places = g.words["numbers.in_month"]
    found = {doc.tokens[i].clause for i, t in enumerate(doc.texts)
             if t in g.months and g.months[t] != day.month and i > 0 and doc.texts[i - 1] in places
             and not (t == "may" and doc.texts[i - 1] == "i")}
    return _with_relatives(doc, g, found) if found else found


def days_around(doc: Doc, g: Grammar) -> set[int]:
    """The clauses naming a day told from the meeting's ("Jeg har middag med fondens
    bestyrelse aftenen før", "the day after"), and a relative clause right after one."""
    days, sides = g.words["numbers.relative_days"], g.words["numbers.relative_day_sides"]
    found = {doc.tokens[i].clause for i in doc.indices_of(days)
             if i + 1 < len(doc.tokens) and doc.texts[i + 1] in sides}
    return _with_relatives(doc, g, found) if found else found


def _with_relatives(doc: Doc, g: Grammar, out: set[int]) -> set[int]:
    tokens = doc.tokens
    relatives, joiners = g.words["numbers.day_relatives"], g.words["text.coordinators"]
    described = g.words["numbers.day_descriptions"]

    def relative(a: int, b: int) -> bool:  # ", hvor ...", "– og dér ...", "– med mad, musik og bål"
        words = [t.text for t in tokens[a:b] if t.kind != "p"][:2]
        return bool(words) and (words[0] in relatives or (
            len(words) == 2 and words[0] in joiners and words[1] in relatives)
            or (tokens[a].text in DASHES and words[0] in described))

    for c in sorted(out):
        # one after another: "til sommerfesten torsdag, hvor jeg står for kagebordet – og dér
        # spiser jeg med hele aftenen"
        while c + 1 < len(doc.clauses):
            a, b = doc.clauses[c + 1]
            if not relative(a, b) or tokens[a].sent != tokens[doc.clauses[c][0]].sent:
                break
            out.add(c + 1)
            c += 1
    return out


_LAST_MONTH = 12
_ORDINAL_DAY = re.compile(r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)")


def ordinal_day(doc: Doc, g: Grammar, i: int) -> bool:
    """An English ordinal, a word, naming a day: "I have a dinner with our board on the 21st",
    "the 21st of June" (not "the 2nd workshop", "my 2nd choice")."""
    if not _ORDINAL_DAY.fullmatch(doc.texts[i]) or i == 0 or doc.texts[i - 1] not in g.words["numbers.date_words"]:
        return False
    nxt = doc.tokens[i + 1] if i + 1 < len(doc.tokens) else None
    # (or a word that ends the clause's content: "I can't make the board meeting on the 14th
    # though")
    return nxt is None or nxt.kind == "p" or nxt.text in g.words["numbers.months"] or nxt.text == "of" \
        or nxt.text in g.union("text.contrasts", "text.coordinators", "text.because", "numbers.after_a_day")


def dates_a_day(doc: Doc, g: Grammar, i: int) -> bool:
    """The number at token i is the day of a date: "Vi kommer 20. juni", "20/6"."""
    return doc.tokens[i].kind == "n" and _date_at(doc.tokens, i, g.words) is not None


def _date_at(tokens: list[Token], i: int, w: dict[str, frozenset[str]]) -> tuple[int, int | None] | None:
    """(day, month or None) when the number at i is the day of a date: "13/6", "d. 13",
    "den 20. juni", "20. juni", "June 20", "den 13."."""
    tok = tokens[i]
    if len(tok.text) > 2 or not 1 <= int(tok.text) <= 31:
        return None
    n1 = tokens[i + 1] if i + 1 < len(tokens) else None
    n2 = tokens[i + 2] if i + 2 < len(tokens) else None
    p1 = tokens[i - 1] if i else None
    if p1 is not None and p1.text == "/" and p1.end == tok.start:
        return None  # the month of "13/6", or a list of options "1/2/3"
    if n1 is not None and n1.text == "/" and n2 is not None and n2.kind == "n" \
            and n1.start == tok.end and n2.start == n1.end:
        n4 = tokens[i + 4] if i + 4 < len(tokens) else None
        if n4 is not None and tokens[i + 3].text == "/" and n4.kind == "n" \
                and len(tok.text) == len(n2.text) == len(n4.text) == 1:
            return None  # options, not a date: "Workshop (1/2/3)" (but "13/6/2017" is one)
        return (int(tok.text), int(n2.text)) if len(n2.text) <= 2 and 1 <= int(n2.text) <= 12 else None
    before = tokens[i - 2] if p1 is not None and p1.text == "." and i >= 2 else p1
    months = w["numbers.months"]
    if before is not None and (before.text == "d" or before.text in months):
        return int(tok.text), None
    if p1 is not None and p1.text == "den" and n1 is not None and n1.text == "." and int(tok.text) > _LAST_MONTH:
        return int(tok.text), None  # "den 13., men til jeres møde den 20. ..." (not "den 2. workshop")
    after = n2 if n1 is not None and n1.text == "." else n1
    if after is not None and after.text in months:
        return int(tok.text), None
    return None


def _phone_numbers(tokens: list[Token], digits: list[int], out: set[int]) -> None:
    """Runs of digit groups on one line: "43 68 62 14", "+45 31 72 58 04"."""
    n = len(tokens)
    for i in digits:
        if i in out or (i and tokens[i - 1].kind == "n" and not tokens[i].nl):
            continue  # inside a run already looked at
        j = i + 1
        while j < n and tokens[j].kind == "n" and not tokens[j].nl:
            j += 1
        width = sum(len(tokens[k].text) for k in range(i, j))
        if j - i >= 3 or (j - i == 2 and width >= 4):
            out.update(range(i, j))


def among_the_workshops(tokens: list[Token], i: int, g: Grammar) -> bool:
    """The number at `i` is picked among the workshops counted after it: "nummer to af de tre
    vinkler", "2 af de 3 workshops" (not "2 af os", "2 af de 5 kolleger")."""
    w = g.words
    after = tokens[i + 1:i + 5]
    return len(after) == 4 and after[0].text in w["numbers.among"] and after[1].text in w["numbers.among_the"] \
        and g.number_value(after[2].text) is not None and after[3].text in w["workshop.plural_markers"]


def _is_other_number(tokens: list[Token], i: int, g: Grammar, out: set[int]) -> bool:
    w = g.words
    tok = tokens[i]
    p1 = tokens[i - 1] if i >= 1 else None
    p2 = tokens[i - 2] if i >= 2 else None
    n1 = tokens[i + 1] if i + 1 < len(tokens) else None
    n2 = tokens[i + 2] if i + 2 < len(tokens) else None
    # "16.45", "20/6", "2,5", "16:45": glued to another number
    if n1 is not None and n1.start == tok.end and n1.text in _ADJACENT_SEPARATORS | {"/"} and (
        n2 is not None and n2.start == n1.end and n2.text[:1].isdigit()
    ):
        return True
    if p1 is not None and p1.end == tok.start and p1.text in _ADJACENT_SEPARATORS | {"/"} and (
        p2 is not None and p2.end == p1.start and p2.text[:1].isdigit()
    ):
        return True
    if n1 is not None and n1.text == "/" and n2 is not None and n2.kind == "n":
        return True
    # a legend's key, no choice: "Workshop – prioritet (1 = helst):"
    if (n1 is not None and n1.text == "=") or (p1 is not None and p1.text == "="):
        return True
    # the word before, looking through the full stop of an abbreviation ("kl. 9", "afd. 2")
    before = p2 if p1 is not None and p1.text == "." else p1
    if before is not None:
        if before.text in w["numbers.time_words"] or before.text in w["numbers.currency"]:
            return True
        if before.text in w["numbers.months"] or before.text in w["numbers.weekdays"]:
            return True
        # the day's full stop is Danish ("den 20."), not English ("put me on 1. Dinner yes")
        if before.text == "d" or (before.text in w["numbers.date_words"] and p1 is before and n1 is not None and (
                (n1.text == "." and before.text in w["numbers.ordinal_date_words"]
                 # (a place in the list, not a day: "Tilmelding: den 2. vinkel", "Af de tre
                 # vinkler vil jeg gerne være med i den 2.")
                 and not (n2 is not None and n2.text in w["workshop.markers"])
                 and not _after_the_workshops(tokens, i, w)) or n1.text in w["numbers.months"])):
            return True
        if before.text in w["numbers.number_owners"]:
            return True
        if before.text in w["workshop.number_markers"] and (
                _owned_marker(tokens, i, w) or _street_after(tokens, i, w) or _ranked_after(tokens, i, w)):
            return True
        if before.cap and _is_street(before.text, w):
            return True
        # food counted out for people: "mad til 2", "dinner for 2"
        if before is p1 and before.text in w["numbers.served_for"] and p2 is not None and p2.text in w["dinner.nouns"]:
            return True
        # children counted: "da jeg selv er mor til 3", "a father of 2"
        if before is p1 and before.text in w["numbers.parent_of"] and p2 is not None and p2.text in w["numbers.parents"]:
            return True
        if before is p1 and before.text == ":" and _counting_label(tokens, i - 1, w):
            return True
        # "kl. 9 og 12", "9 til 12": the second number of a range of times
        if before is p1 and before.text in _RANGE_WORDS and (i - 2) in out:
            return True
    # (not a word on the next line, a form's next field: "Workshop: 1" over "Deltager i spisning: Ja")
    if n1 is not None and not n1.nl and not among_the_workshops(tokens, i, g):
        # (after a workshop's noun it is the workshop's number: "workshop 1 deltager jeg gerne i")
        named = before is not None and before.text in w["workshop.markers"]
        if (not named and (n1.text in w["numbers.count_nouns"] or _counted(n1.text, w))) or n1.text in w["numbers.currency"]:
            return True
        if not named and counted_from(tokens, i, w):
            return True
        # "2" for "to", typed on a phone: "ws 1 pls, n yes 2 dinner"
        if tok.text in w["numbers.spoken_to"] and n1.text in w["dinner.nouns"] and p1 is not None \
                and (p1.text in w["polarity.yes"] or p1.text in w["polarity.no"]):
            return True
        if n1.text in w["numbers.months"] or n1.text in ("%", "am", "pm", "o'clock") or (
                n1.text in w["numbers.times"] and n2 is not None and n2.text in w["dinner.nouns"]):
            return True
        if n1.text == "." and n2 is not None and n2.sent == tok.sent and (
            n2.text in w["numbers.months"] or n2.text in w["numbers.count_nouns"]
        ):
            return True
        # the first of two ordinals before one noun: "mellem 2. og 3. lektion"
        if n1.text == "." and n2 is not None and n2.text in w["text.coordinators"] and i + 5 < len(tokens) \
                and tokens[i + 3].kind == "n" and tokens[i + 4].text == "." \
                and tokens[i + 5].text in w["numbers.count_nouns"]:
            return True
        if n1.text == "," and n2 is not None and n2.text == "-":  # "200,-"
            return True
        # a school class: "forældremøde i 3.a", "lærer i 8.b" (one letter glued after the full stop)
        if n1.text == "." and n1.start == tok.end and n2 is not None and n2.start == n1.end \
                and len(n2.text) == 1 and n2.text.isalpha():
            return True
        # a list bullet at the start of a line: "1. Navn", "2) Workshop" (not a workshop's number
        # wrapped onto the next line: "har valgt vinkel / 3. Jeg spiser ...")
        if (tok.nl or i == 0) and not named and n1.text in (".", _ROUND_BRACKET) and n2 is not None \
                and not n2.nl and n2.kind == "w":
            return True
    return False


def counted_from(tokens: list[Token], i: int, w: dict[str, frozenset[str]]) -> bool:
    """The number at i counts those from a place: "Tilmelding: 2 fra Café Hedebo", "3 fra
    SSP til workshop 2", "vi er 2 fra huset"; opening its line or clause, or after a verb of
    coming (not "toget 19.47 fra Friheden st.", "bus 143 fra Albertslund")."""
    after = tokens[i + 1:i + 3]
    before = tokens[i - 1] if i > 0 else None
    return len(after) == 2 and after[0].text in w["numbers.from_words"] and after[1].sent == tokens[i].sent \
        and (after[1].cap or after[1].text in w["numbers.from_places"]) \
        and (before is None or tokens[i].nl > 0 or before.text in w["numbers.counted_after"]
             or (before.kind == "p" and before.end < tokens[i].start and before.text != "."))


def _after_the_workshops(tokens: list[Token], i: int, w: dict[str, frozenset[str]]) -> bool:
    """The workshops counted as a group earlier in the sentence of the number at i: "Af de
    tre vinkler vil jeg gerne være med i den 2."."""
    sent = tokens[i].sent
    return any(t.text in w["workshop.plural_markers"] for t in tokens[max(0, i - _GROUP_REACH):i] if t.sent == sent)


_APPOSITION = frozenset(("(", ","))
_GROUP_REACH = 12  # words back from "den 2." to the workshops named as a group


def _owned_marker(tokens: list[Token], i: int, w: dict[str, frozenset[str]]) -> bool:
    """"afd. nr. 2", "Nyvej nr. 3": a number marker that belongs to the noun before it (or to
    the noun a bracket or a comma puts it after: "2 blokke (nr. 3 og 5)", "to opgange, nr. 3 og 5")."""
    j = i - 1
    while j >= 0 and (tokens[j].text == "." or tokens[j].text in w["workshop.number_markers"]):
        j -= 1
    if j < 0 or tokens[j].sent != tokens[i].sent:
        return False  # (not the sentence before: "kommer gerne, hvis der er plads. Nr. 3, og mad ja tak")
    if tokens[j].text in _APPOSITION and j > 0 and tokens[j - 1].text in w["numbers.number_owners"]:
        return True
    owner = tokens[j]
    # (not a name of the same spelling, a capital inside its sentence: "min kollega Bo tager nr. 2")
    if any(tokens[k].text in w["numbers.residence"] and not (tokens[k].cap and k > 0 and tokens[k - 1].sent == tokens[k].sent)
           for k in range(max(j - 2, 0), j + 1)):
        return True  # "jeg bor i nr. 2"
    if any(t.text in w["numbers.rank_owners"] for t in tokens[max(j - 1, 0):j + 1]):
        return True  # "Partnerskaber er min klare nr. 1"
    if any(tokens[k].text in w["dinner.nouns"] and all(t.kind == "w" and t.text not in w["text.contrasts"]
                                                        for t in tokens[k + 1:j + 1])
           for k in range(max(j - 2, 0), j + 1)):
        return True  # the meal ranked: "Og maden er nr. 1 for mig" (not "Kommer ikke til maden – men nr 1")
    return owner.text in w["numbers.number_owners"] or (owner.cap and _is_street(owner.text, w))


def _ranked_after(tokens: list[Token], i: int, w: dict[str, frozenset[str]]) -> bool:
    """"Nr. 1 på min ønskeliste er Partnerskaber", "number 1 on my list": a rank in the
    sender's own list, not workshop 1; or an item of a list that is not named ours: "nr. 3 på
    listen over, hvad virksomheden skal bidrage til", "no. 3 on the list"."""
    after = [t.text for t in tokens[i + 1:i + 4]]
    if len(after) < 2 or after[0] not in w["numbers.street_prepositions"]:
        return False
    listed = after[2:] if after[1] in w["numbers.list_articles"] else after[1:2]
    return after[1] in w["numbers.rank_owners"] or bool(listed) and listed[0] in w["numbers.lists"]


_STREET_REACH = 3  # words from a house number to its street: "nr. 2 her på Vestervang"


def _street_after(tokens: list[Token], i: int, w: dict[str, frozenset[str]]) -> bool:
    """"Vi er fra nr. 2 på Vestervang": a number marker whose street follows it."""
    after = tokens[i + 1:i + 1 + _STREET_REACH]
    return any(t.cap and _is_street(t.text, w) and k > 0 and after[k - 1].text in w["numbers.street_prepositions"]
               for k, t in enumerate(after))


def _counting_label(tokens: list[Token], colon: int, w: dict[str, frozenset[str]]) -> bool:
    """The label before the colon at `colon`, on its line, counts people or the meal's plates,
    and names no workshop: "Antal til spisning: 1", "Number for dinner: 1 (just me)", "Dinner: 2
    (both of us)"."""
    k = colon
    while k > 0 and not tokens[k].nl:
        k -= 1
    label = {t.text for t in tokens[k:colon]}
    return bool(label & w["numbers.count_labels"] or label & w["dinner.nouns"]) and not label & w["workshop.markers"]


def _is_street(word: str, w: dict[str, frozenset[str]]) -> bool:
    """"Nyvej", "Vestergade", "Main St": a street name, by its ending. Endings shorter than
    three letters count as whole words only ("Helst 1, ellers 3" names no street "Hel-st")."""
    suffixes = w["numbers.street_suffixes"]
    return word in suffixes or len(word) > 4 and any(word.endswith(s) for s in suffixes if len(s) >= 3)


def _counted(word: str, w: dict[str, frozenset[str]]) -> bool:
    """A compound of a counted noun: "arbejdsdage", "mødedeltagere"."""
    return len(word) > 6 and any(word.endswith(n) for n in w["numbers.count_nouns"] if len(n) >= 4)
