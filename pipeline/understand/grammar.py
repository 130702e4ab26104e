"""The grammar words of every language we read, merged and compiled once per process.

Replies mix languages (Danish text with an English "Cc:" line, English text naming a
Danish workshop), so the words of all languages are matched together; only the language
guess keeps them apart.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from . import lexicon
from .phrases import Cue, PhraseMatcher
from .text import normalise, plain_spelling

LANGUAGES = ("da", "en")

# Phrase families: each is matched on its own, so a phrase only hides words of its family.
FAMILIES: dict[str, tuple[str, ...]] = {
    "workshop": ("workshop.choice", "workshop.choice_after", "workshop.preference", "workshop.preference_after",
                 "workshop.fallback", "workshop.fallback_after", "workshop.fallback_if", "workshop.name_choice", "workshop.retract",
                 "workshop.retract_from", "workshop.counterfactual", "workshop.counterfactual_after", "workshop.changed_mind", "workshop.switch", "workshop.corrections", "workshop.outcome",
                 "workshop.alternatives", "workshop.alternative_openers", "workshop.past", "workshop.concessive", "workshop.not_because",
                 "workshop.about", "workshop.full_now", "workshop.suggested", "workshop.left_to_us", "workshop.proposed", "workshop.settles", "workshop.ranking",
                 "workshop.avoided", "workshop.recalls", "workshop.deferred", "workshop.remaining_clauses", "workshop.ideas_for", "workshop.hosted",
                 "workshop.documents", "workshop.disregarded", "workshop.its_people", "workshop.least", "workshop.the_rest",
                 "workshop.set_aside_by_noun", "workshop.answered_elsewhere", "workshop.layout_places",
                 "text.future", "text.now", "workshop.identity_conditions"),
    "polarity": ("polarity.negation", "polarity.negation_masks", "polarity.room_left", "polarity.undecided",
                 "polarity.yes", "polarity.no", "polarity.refusals", "polarity.folly", "polarity.forced",
                 "polarity.expecting", "polarity.either"),
    "dinner": ("dinner.nouns", "dinner.eat_verbs", "dinner.stay_verbs", "dinner.positive",
               "dinner.negative", "dinner.other_meals", "dinner.before", "dinner.embedded_question",
               "dinner.food_items", "dinner.wishes", "dinner.past", "dinner.corrections", "dinner.topics", "text.permission", "dinner.making",
               "dinner.spared", "dinner.obligations", "dinner.wishing", "text.conditional", "dinner.first_thoughts", "intent.permission_answers",
               "dinner.exceptions", "workshop.counterfactual", "dinner.after_all", "dinner.rhetorical",
               "dinner.masks", "text.sending", "dinner.nothing", "dinner.eaters_apart", "dinner.wished_by_others",
               "dinner.on_the_way", "text.unless", "dinner.this_time", "dinner.same_as", "dinner.told_elsewhere",
               "dinner.former", "dinner.latter", "dinner.regardless", "dinner.laughed_off", "dinner.but_for",
               "workshop.answered_elsewhere"),
    "intent": ("intent.attend", "intent.not_attend", "intent.decline", "intent.not_decline", "intent.away",
               "intent.deferrals", "intent.cancel", "intent.change", "intent.requests", "intent.pleasantries",
               "intent.signup_requests", "intent.join_asked", "intent.being_in", "intent.removal_requests", "intent.late_phrases", "text.permission", "text.if_full",
               "intent.permission_answers", "intent.presignup", "intent.eligibility", "text.conditional", "text.sending",
               "workshop.counterfactual", "intent.kept_away", "intent.group_before", "intent.disregard",
               "intent.postscript_forgotten", "intent.joke_aside", "intent.joke_laughed_off", "intent.later_contact", "intent.in_order_to",
               "intent.after_all", "intent.until", "intent.regretful_no", "intent.plans_given_up", "intent.abandoned", "intent.second_thoughts",
               "text.future", "text.now", "intent.all_on_a_condition"),
    "party": ("party.size", "party.extra", "party.companions", "party.self_in_list", "party.on_behalf", "party.substitutes",
              "party.alone", "party.uncounted", "party.here", "party.self_service",
              "party.split_one", "party.split_other", "party.spread", "party.not_counts", "party.naming",
              "party.plans_given_up", "text.permission", "text.future"),
    "notes": ("notes.diet", "notes.arrival"),
    "layout": ("text.signoffs", "text.postscripts"),
    # (apart: "til mig" is part of the meal's own phrases too, "suppe til mig")
    "servings": ("dinner.serving_orders", "dinner.serving_receivers"),
    # (their own family: "går hjem" is also a refusal of the meal, which would hide "hjem")
    "leaving": ("dinner.leaving", "dinner.meeting_end"),
}


@dataclass(frozen=True, eq=False)
class Grammar:
    words: dict[str, frozenset[str]]  # "party.others" -> its single words, normal form
    numerals: dict[str, int]
    ordinals: dict[str, int]
    weekdays: dict[str, int]  # "tirsdag", "tuesday" -> 1 (Monday is 0, as date.weekday())
    months: dict[str, int]  # "april" -> 4
    stopwords: dict[str, frozenset[str]]  # language -> words
    matcher: PhraseMatcher  # every family's phrases

    def union(self, *keys: str) -> frozenset[str]:
        """The words of several lists together, joined once per grammar."""
        return _union(self, keys)

    def number_value(self, word: str) -> int | None:
        """2 for "2" or "to"/"two"; None for anything else."""
        if word.isdecimal():
            return int(word) if len(word) <= 3 else None
        return self.numerals.get(word)

    def pronouns(self) -> frozenset[str]:
        """The words that point back at something named before: "det", "den", "it" (not
        "så"/"so", which draw a conclusion, nor a "men"/"but")."""
        return _pronouns(self)


@functools.cache
def _pronouns(g: Grammar) -> frozenset[str]:
    return g.words["polarity.anaphora"] - g.words["text.consequences"] - g.words["text.contrasts"]


@functools.cache
def _union(g: Grammar, keys: tuple[str, ...]) -> frozenset[str]:
    return frozenset().union(*(g.words[key] for key in keys))


@functools.cache
def phrases(key: str) -> frozenset[str]:
    """The entries of the list `key` ("party.according_to") in every language, phrases of
    several words too (which Grammar.words leaves out), as written in the lexicon."""
    table, _, name = key.partition(".")
    return frozenset(p for lang in LANGUAGES for p in lexicon.load(lang)[table].get(name, ()))


def alternation(key: str) -> str:
    """A regex of the phrases of the list `key` in every language, the words of each apart by
    spaces or tabs (no line break)."""
    return lexicon.alternation(phrases(key)).replace(r"\ ", r"[ \t]+")


@functools.cache
def said(key: str) -> re.Pattern[str]:
    """A phrase of the list `key` anywhere in the words it is searched in, as whole words:
    said("party.writer_same").search("hun tager det samme som mig")."""
    return re.compile(rf"(?<!\w)(?:{alternation(key)})(?!\w)", re.IGNORECASE)


@functools.cache
def grammar() -> Grammar:
    tables = {lang: lexicon.load(lang) for lang in LANGUAGES}
    lists: dict[str, set[str]] = {}
    numerals: dict[str, int] = {}
    ordinals: dict[str, int] = {}
    weekdays: dict[str, int] = {}
    months: dict[str, int] = {}
    for data in tables.values():
        for table, entries in data.items():
            for key, value in entries.items():
                if isinstance(value, list):
                    lists.setdefault(f"{table}.{key}", set()).update(w for v in value for w in _spellings(v))
        numerals.update({w: v for k, v in data["numbers"]["numerals"].items() for w in _spellings(k)})
        ordinals.update({w: v for k, v in data["numbers"]["ordinals"].items() for w in _spellings(k)})
        # (and their forms of habit: "om torsdagen", "on Thursdays")
        weekdays.update({w: v for v, k in enumerate(data["numbers"]["weekday_names"])
                         for form in (k, *(k + end for end in data["numbers"]["weekday_endings"])) for w in _spellings(form)})
        months.update({w: v for v, k in enumerate(data["numbers"]["month_names"], 1) for w in _spellings(k)})
    words = {key: frozenset(w for w in values if " " not in w) for key, values in lists.items()}
    numeral_words = frozenset(numerals)
    families: dict[str, dict[str, set[str]]] = {}
    for family, keys in FAMILIES.items():
        phrases = families.setdefault(family, {})
        for key in keys:
            # (in a fixed order: between phrases of one length the first listed wins, and a
            # set's order changes with every process's string hashing)
            for phrase in sorted(lists.get(key, ())):
                phrases.setdefault(phrase, set()).add(key.partition(".")[2])
    stopwords = {lang: frozenset(s for w in data["language"]["stopwords"] for s in _spellings(w))
                 for lang, data in tables.items()}
    matcher = PhraseMatcher(families, numeral_words, words["numbers.quantities"])
    return Grammar(words, numerals, ordinals, weekdays, months, stopwords, matcher)


def _spellings(text: str) -> tuple[str, ...]:
    """The normal form, and the forms without æ, ø, å ("på", "paa") and without the
    apostrophe of a negation ("don't", "dont"), when they differ. (Only of "n't": "we'll"
    without it is "well".)"""
    norm = normalise(text)
    forms = dict.fromkeys((norm, plain_spelling(norm), norm.replace("n't", "nt")))
    return tuple(forms)


class Cues:
    """The cues of one family found in a text, by kind."""

    def __init__(self, found: list[Cue]) -> None:
        self.all = found
        self.by_kind: dict[str, list[Cue]] = {}
        for cue in found:
            self.by_kind.setdefault(cue.kind, []).append(cue)

    def __getitem__(self, kind: str) -> list[Cue]:
        return self.by_kind.get(kind, [])

    def without(self, spans: list[tuple[int, int]], kinds: tuple[str, ...] | None = None,
                added: tuple[Cue, ...] = ()) -> Cues:
        """These cues less those (of `kinds`, default all) starting in a token range of
        `spans`, plus `added`, in text order."""
        kept = [c for c in self.all
                if (kinds is not None and c.kind not in kinds) or not any(a <= c.start < b for a, b in spans)]
        return Cues(sorted([*kept, *added], key=lambda c: c.start))
