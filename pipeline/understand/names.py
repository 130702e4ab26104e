"""How the workshops' names and aliases (from config) can appear in a reply.

Every name is expanded once into the forms people write: inflected
("Partnerskaber" -> "partnerskabet"), compounded with a workshop noun
("bæredygtighedsworkshoppen", "Partnerskaber-workshoppen"), spelt without æ/ø/å
("Lokalomraadet"), and, for long names, misspelt by a letter or two ("bæredygtihed").
A compound with any other noun ("Bæredygtighedskonsulent") is not a name.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import Any

from .grammar import grammar
from .text import normalise, plain_spelling, tokenise

_LINKERS = ("", "s", "-", "s-")
MIN_STEM = 5
MIN_FUZZY = 8  # shorter names are too close to ordinary words to guess at typos
_FUZZY_MARKER = 6  # shorter workshop nouns are too close to other nouns to guess at typos
_TAIL = "$"  # a word's last letters as a key of Names.fuzzy, apart from its first letters
_MEMO = 20_000  # words remembered between messages


@dataclass(frozen=True)
class Names:
    single: dict[str, tuple[int, bool]]  # form -> (workshop id, compounded with a workshop noun)
    multi: dict[str, tuple[tuple[tuple[str, ...], frozenset[str], int], ...]]  # first word ->
    # first three letters, and "$" and the last three (a typo early in the word:
    # "Bredygtighed"), -> (base form, id)
    fuzzy: dict[str, tuple[tuple[str, int], ...]]
    marker_fuzzy: dict[str, tuple[str, ...]]  # first two letters -> workshop nouns
    markers: frozenset[str]
    compounds: frozenset[str]  # the nouns a name is compounded with: markers, "gruppen", "sporet"
    fused_markers: frozenset[str]  # only written together with the number: "V1"
    ids: frozenset[int]
    # the first word of one workshop's name of several words, which may stand for it with its
    # noun left out: "the local one", "den lokale" (for "local area", "lokale vinkel")
    heads: dict[str, int]
    seen: dict[tuple[str, str], Any] = field(default_factory=dict, compare=False)  # memo
    judged: dict[Hashable, tuple[set[str], set[str]]] = field(default_factory=dict, compare=False)

    def lookup(self, word: str) -> tuple[int, bool] | None:
        """(id, compound) for a single word naming a workshop, typos included."""
        hit = self.single.get(word)
        # a misspelt name joined to a workshop noun by a hyphen: "bæredygtihed-workshoppen"
        if hit is not None or len(word) < MIN_FUZZY - 1 or not word.replace("-", "").isalpha():
            return hit
        return self._remember("typo", word, self._typo)

    def _remember(self, what: str, word: str, compute: Any) -> Any:
        key = (what, word)
        if key not in self.seen:
            if len(self.seen) > _MEMO:
                self.seen.clear()
            self.seen[key] = compute(word)
        return self.seen[key]

    def _typo(self, word: str) -> tuple[int, bool] | None:
        candidates = [(word, False)]
        for marker in self.compounds:
            if len(marker) <= 3:
                continue
            # the noun misspelt too, if long enough to tell: "bæredygtighedsgrupen"
            cuts = (len(marker) - 1, len(marker), len(marker) + 1) if len(marker) >= _FUZZY_MARKER else (len(marker),)
            for cut in cuts:
                tail = word[-cut:]
                if len(word) - cut < MIN_FUZZY - 1 or not (tail == marker or (
                        len(marker) >= _FUZZY_MARKER and close(tail, marker, 1))):
                    continue
                stem = word[:-cut].rstrip("-")
                candidates.append((stem, True))
                if stem.endswith("s"):
                    candidates.append((stem[:-1], True))
        found: set[tuple[int, bool]] = set()
        for cand, compound in candidates:
            for base, wid in self.fuzzy.get(cand[:3], ()) + self.fuzzy.get(_TAIL + cand[-3:], ()):
                limit = 1 if len(base) < 10 else 2
                if abs(len(base) - len(cand)) <= limit and close(cand, base, limit):
                    found.add((wid, compound))
        ids = {wid for wid, _ in found}
        if len(ids) != 1:
            return None
        return (ids.pop(), any(c for _, c in found))

    def among(self, test: Hashable, words: frozenset[str], passes: Callable[[str], bool]) -> frozenset[str]:
        """Those of `words` that `passes`, which names the `test`. Each distinct word is
        tested once: a reply's words are mostly words earlier replies used, and the sets
        of words tested and passed answer for them without a step per word."""
        judged = self.judged.get(test)
        if judged is None or len(judged[0]) > _MEMO:
            judged = self.judged[test] = (set(), set())
        seen, passed = judged
        new = words - seen
        if new:
            seen |= new
            passed.update(filter(passes, new))
        return words & passed

    def may_start(self, word: str) -> bool:
        """A cheap first test: `word` may begin a name (or a misspelt one)."""
        # (a hyphen may join one misspelt early on to a workshop noun: "Patnerskabs-gruppen")
        return word in self.single or word in self.multi or (len(word) >= MIN_FUZZY - 1 and (
            word[:3] in self.fuzzy or _TAIL + word[-3:] in self.fuzzy or "-" in word))

    def is_marker(self, word: str) -> bool:
        if word in self.markers:
            return True
        if len(word) < 6 or word[:2] not in self.marker_fuzzy or not word.isalpha():
            return False
        return self._remember("marker", word, lambda w: any(
            abs(len(m) - len(w)) <= 1 and close(w, m, 1) for m in self.marker_fuzzy[w[:2]]))


@functools.lru_cache(maxsize=8)
def names_for(workshops: tuple[Any, ...]) -> Names:
    """The name forms of `workshops` (config.Workshop: id, name, aliases)."""
    g = grammar()
    markers = g.words["workshop.markers"]
    compounds = markers | g.words["workshop.compound_markers"]
    suffixes = ("",) + tuple(sorted(g.words["workshop.name_suffixes"]))
    single: dict[str, set[tuple[int, bool]]] = {}
    multi: dict[str, list[tuple[tuple[str, ...], frozenset[str], int]]] = {}
    fuzzy: dict[str, set[tuple[str, int]]] = {}
    heads: dict[str, set[int]] = {}
    for w in workshops:
        for label in (w.name, *w.aliases):
            words = [t.text for t in tokenise(label, normalise(label)) if t.kind != "p"]
            if not words:
                continue
            for spelt in _spellings(words):
                if len(spelt) == 1:
                    _add_single(single, fuzzy, spelt[0], w.id, suffixes, compounds)
                    _add_split(multi, spelt[0], w.id, suffixes)
                else:
                    last = frozenset(s + x for s in _stems(spelt[-1], suffixes) for x in suffixes)
                    multi.setdefault(spelt[0], []).append((tuple(spelt[1:-1]), last, w.id))
                    # the words hyphenated into one, as an adjective: "the local-area group"
                    _add_single(single, fuzzy, "-".join(spelt), w.id, suffixes, compounds)
                    heads.setdefault(spelt[0], set()).add(w.id)
        _add_subject_compounds(single, w, suffixes, markers)
    unique = {form: next(iter(hits)) for form, hits in single.items()
              if len({wid for wid, _ in hits}) == 1}
    # a form both plain and compounded keeps the compound flag only if it is always one
    clean = {form: (wid, all(c for _, c in single[form])) for form, (wid, _) in unique.items()}
    marker_fuzzy: dict[str, list[str]] = {}
    for m in markers:
        if len(m) >= 6:
            marker_fuzzy.setdefault(m[:2], []).append(m)
    return Names(
        single=clean,
        multi={k: tuple(v) for k, v in multi.items()},
        fuzzy={k: tuple(v) for k, v in fuzzy.items()},
        marker_fuzzy={k: tuple(v) for k, v in marker_fuzzy.items()},
        markers=markers,
        compounds=compounds,
        fused_markers=g.words["workshop.fused_markers"],
        ids=frozenset(w.id for w in workshops),
        heads={word: ids.pop() for word, ids in heads.items()
               if len(ids) == 1 and word not in single and word not in compounds},
    )


_SPLIT_PART = 4  # letters on each side of a compound name split in two


def _add_split(multi: dict[str, list[tuple[tuple[str, ...], frozenset[str], int]]], word: str, wid: int,
               suffixes: tuple[str, ...]) -> None:
    """A compound name split in two by a phone's autocorrect: "lokal området"."""
    stems = _stems(word, suffixes)
    for k in range(_SPLIT_PART, len(word) - _SPLIT_PART + 1):
        last = frozenset(s[k:] + x for s in stems if len(s) - k >= _SPLIT_PART for x in suffixes)
        if last:
            multi.setdefault(word[:k], []).append(((), last, wid))


def _spellings(words: list[str]) -> list[list[str]]:
    plain = [plain_spelling(w) for w in words]
    return [words, plain] if plain != words else [words]


def _stems(word: str, suffixes: tuple[str, ...]) -> set[str]:
    stems = {word}
    for suffix in suffixes:
        if suffix and word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
            stems.add(word[: -len(suffix)])
    return stems


def _add_single(single: dict[str, set[tuple[int, bool]]], fuzzy: dict[str, set[tuple[str, int]]],
                word: str, wid: int, suffixes: tuple[str, ...], markers: frozenset[str]) -> None:
    for stem in _stems(word, suffixes):
        for suffix in suffixes:
            form = stem + suffix
            single.setdefault(form, set()).add((wid, False))
            if suffix and len(form) >= MIN_FUZZY:
                # (misspelt in an inflected form too: "Partnerksaberne")
                for key in (form[:3], _TAIL + form[-3:]):
                    fuzzy.setdefault(key, set()).add((form, wid))
            for linker in _LINKERS:
                for marker in markers:
                    # (a short one only after a hyphen: "Bæredygtigheds-ws", not "...ws")
                    if len(marker) > 3 or "-" in linker:
                        single.setdefault(form + linker + marker, set()).add((wid, True))
        if len(stem) >= MIN_FUZZY:
            for key in (stem[:3], _TAIL + stem[-3:]):
                fuzzy.setdefault(key, set()).add((stem, wid))
    if len(word) >= MIN_FUZZY:
        for key in (word[:3], _TAIL + word[-3:]):
            fuzzy.setdefault(key, set()).add((word, wid))


def _add_subject_compounds(single: dict[str, set[tuple[int, bool]]], workshop: Any, suffixes: tuple[str, ...],
                           markers: frozenset[str]) -> None:
    """A word of a workshop's subject (config: `topics`) joined to a noun for a workshop names
    it as its name would: "miljøvinklen", "genbrugsworkshoppen", "virksomhedsvinklen" (not to
    "gruppe" or "del": "beboergruppen" is a residents' group)."""
    for topic in workshop.topics:
        word = normalise(topic.strip())
        if len(word) < MIN_STEM - 1 or not word.isalpha():
            continue
        for stem in _stems(word, suffixes):
            for linker in _LINKERS:
                for marker in markers:
                    if len(marker) > 3:
                        single.setdefault(stem + linker + marker, set()).add((workshop.id, True))


def close(a: str, b: str, limit: int) -> bool:
    """Edit distance (with transpositions) of at most `limit`."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > limit:
        return False
    prev2: list[int] = []
    prev = list(range(lb + 1))
    for i in range(1, la + 1):
        cur = [i] + [0] * lb
        best = cur[0]
        for j in range(1, lb + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            value = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                value = min(value, prev2[j - 2] + 1)
            cur[j] = value
            best = min(best, value)
        if best > limit:
            return False
        prev2, prev = prev, cur
    return prev[lb] <= limit

