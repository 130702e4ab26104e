"""What our quoted question asked, for a short answer written above it.

A reply to a follow-up often says only "2" or "Nej tak". The pipeline knows what it last
asked the sender (the stored registration); a coordinator reading the mail alone sees it
in the quote. When nothing stored says what was asked, the quote is read: the message
quoted first, when it came from the sign-up address, less any copy of the invitation
(which asks both things of everybody), and its questions about the workshop and the meal.
"""

from __future__ import annotations

import email.utils
import functools
import re

from .grammar import grammar
from .mime import Mail
from .quotes import first_quote, strip_quotes, writer_of
from .reading import Context

_WORD = re.compile(r"\w+")
_QUESTION = re.compile(r"[^.!?\n]*\?")
_COLON = re.compile(r":\s")
_SHORT_ANSWER_WORDS = 40  # longer replies say what they answer
# Our questions stand at the top of what is quoted; the quote header is near the top too,
# under a short answer. (Reading no further keeps a reply quoting the whole invitation cheap.)
_QUOTE_WITHIN_LINES = 80
_OUR_LINES = 40
_NEGATION_REACH = 2  # words before the meal's: "at du ikke spiser med", "you won't eat"


def asked_in_quote(mail: Mail, own: str, context: Context) -> frozenset[str]:
    """"workshop" and/or "dinner": what the question we sent, quoted below the sender's
    `own` words, asked; empty when the answer is long, the quote is not ours, asks a count
    or asks neither. The quote is ours when the lines naming its writer hold the sign-up
    address, or the name the sender's client gives that address in To ("Den 26-05-2017 kl.
    11:03 skrev Pia E. Larsen:")."""
    address = context.signup_address.casefold()
    if len(_WORD.findall(own)) > _SHORT_ANSWER_WORDS or not address:
        return frozenset()
    head, quoted = first_quote("\n".join(mail.text.split("\n", _QUOTE_WITHIN_LINES)[:_QUOTE_WITHIN_LINES]))
    head = writer_of(head).casefold()
    name = _our_name(mail, address)
    if address not in head and not (name and name in head):
        return frozenset()
    # (the invitation's lines as quoted are let go at once: it asks its own questions)
    sent = _lines_of(context.invitation_text)
    top = [line for line in quoted.split("\n", _OUR_LINES)[:_OUR_LINES] if line.strip() not in sent]
    if not any("?" in line for line in top):
        return frozenset()
    ours = strip_quotes("\n".join(top), (context.invitation_text,) if context.invitation_text else ())
    g = grammar()
    workshop_words = g.union("workshop.markers", "workshop.plural_markers") | {
        word.casefold() for w in context.workshops for label in (w.name, *w.aliases)
        for word in _WORD.findall(label)}
    meal_words, counts = g.union("dinner.nouns", "dinner.eat_verbs"), g.words["party.how_many"]
    negations = g.words["polarity.negation"]
    asked = set()
    for question in _QUESTION.findall(ours):
        # (a colon opens the question, what is said before it is not asked: "Workshop kan du
        # sagtens vælge senere, men jeg skal allerede nu bestille mad – så: spiser du med?")
        question = _COLON.split(question)[-1]
        said = [w.casefold() for w in _WORD.findall(question)]
        words = set(said)
        if words & counts:
            return frozenset()  # a bare number could be the count or the workshop
        if words & workshop_words:
            asked.add("workshop")
        # (not a question put in the negative, which a bare "ja" confirms: "Skal jeg forstå
        # det sådan, at du ikke spiser med?"; "Du skrev ikke, om du vil spise med" asks)
        if words & meal_words and not any(
                w in meal_words and negations.intersection(said[max(0, k - _NEGATION_REACH):k])
                for k, w in enumerate(said)):
            asked.add("dinner")
    return frozenset(asked)


@functools.lru_cache(maxsize=4)
def _lines_of(text: str) -> frozenset[str]:
    return frozenset(line.strip() for line in text.split("\n") if line.strip())


def _our_name(mail: Mail, address: str) -> str:
    """The display name the message gives the sign-up address in To, lower case; "" when none."""
    try:
        found = email.utils.getaddresses(mail.headers.get("to", []))
    except Exception:  # noqa: BLE001 - an unreadable header names nobody
        return ""
    return next((name.strip().casefold() for name, addr in found if addr.casefold() == address and name.strip()), "")
