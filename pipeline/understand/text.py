"""Text helpers shared by the meaning modules: a normal form, tokens, sentences, clauses.

The normal form keeps every character at its place (same length as the original), so a
token's span always points back into the sender's own words for quoting in reasons.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise
from typing import TYPE_CHECKING

from . import lexicon

if TYPE_CHECKING:
    from .grammar import Grammar

# One apostrophe, one quote mark, one dash, one space: each of these becomes its plain form.
_FOLD = {
    "\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'", "\u02bc": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2212": "-", "\u2015": "-", "\u2010": "-",
    "\u2011": "-", "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ", "\u200b": " ",
    "\u200c": " ", "\u200d": " ", "\ufe0f": " ", "\u20e3": " ", "\ufeff": " ", "\t": " ",
    "\r": " ",
}
# str.translate looks every character up one by one; most texts hold few of these or none.
_FOLDED = re.compile("[" + "".join(_FOLD) + "]")

# A word (letters or digits, joined by inner apostrophes or hyphens: "2'eren", "won't",
# "Partnerskaber-workshoppen", "2017-20", and with the hyphen of a compound whose last part is
# shared: "Erhvervs- og Beskæftigelsesudvalget", which is no dash) or one punctuation mark.
_TOKEN = re.compile(r"[^\W_]+(?:['\-][^\W_]+)*(?:-(?= (?:og|eller|and|or) ))?|[^\w\s]|_")
_SPACED_TOKEN = re.compile(r"(\s*)(" + _TOKEN.pattern + ")")
_SENTENCE_END = frozenset(".!?…")
_LINE_END = _SENTENCE_END | {":"}
# Symbols and emoji from here up close a sentence as a full stop would: "Partnerskaber 👌
# mad ved jeg ikke endnu" is two answers.
_PICTOGRAPHS = "\u2600"
_CLAUSE_PUNCT = frozenset(",;-")
_CLOSING_BRACKETS = frozenset((")", "]"))
DASHES = frozenset(("-", "–", "—"))
THE = frozenset(("den", "det", "the"))  # the definite articles before a name
_WRAPPED_LINE = 40  # characters: a shorter line ends where its writer pressed return
# Web and mail addresses are read as spaces: "albertslund.dk/baeredygtighed" names no
# workshop, "tom.reid@kbh-mentor.dk" no person. A bare domain needs its path to count:
# "kommer.Nu ..." is a missing space, not an address.
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
                      r"|\b[\w-]+(?:\.[\w-]+)*\.(?:dk|com|org|net|eu|se|no|de|nu|info)/\S*")
_ADDRESS_HINT = re.compile(r"@|://|www\.|\.(?:dk|com|org|net|eu|se|no|de|nu|info)/")
# Capitals in a row: the cheap sign that a line may be written in capitals only.
_CAPITALS_RUN = re.compile(r"[A-ZÀ-ÖØ-Þ]{3}")
_SHOUTED_LETTERS = 8  # a line of capitals this long is shouted, not an acronym ("EU", "LEGO")
MAX_QUOTE = 80
_ASIDE_WORDS = 5  # between commas, "af hensyn til min familie": more is a clause of its own
_DASHED_ASIDE_WORDS = 8  # between dashes: "– som jeg først havde regnet med –"
_LONG_DASHED_ASIDE_WORDS = 30  # after a subject or a helping verb: "at jeg – med alt det, der sker ... –"


_PLAIN_LETTERS = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa"})


def plain_spelling(text: str) -> str:
    """Danish letters as written on a keyboard without them: "på" -> "paa", "økonomi" -> "oekonomi"."""
    return text.translate(_PLAIN_LETTERS)


def normalise(text: str) -> str:
    """Lower case with one kind of apostrophe, dash and space; same length as `text`."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a few letters grow when lowered ("İ"): keep them
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    for char in set(_FOLDED.findall(lowered)):
        lowered = lowered.replace(char, _FOLD[char])
    return lowered


@dataclass(slots=True)
class Token:
    text: str  # normal form
    start: int
    end: int
    kind: str  # "w" word, "n" digits only, "p" punctuation
    cap: bool  # written with a capital first letter
    nl: int  # line breaks just before it: 0, 1, or 2 for a blank line
    sent: int = 0
    clause: int = 0


@dataclass
class Doc:
    """The sender's words as tokens grouped in sentences and clauses."""

    original: str
    norm: str
    tokens: list[Token]
    sentences: list[tuple[int, int]] = field(default_factory=list)  # token ranges [a, b)
    clauses: list[tuple[int, int]] = field(default_factory=list)
    questions: set[int] = field(default_factory=set)  # clauses a "?" asks
    bare: set[int] = field(default_factory=set)  # clauses of nothing but "men kan ikke", "but can't"
    # Facts about the tokens worked out once: most analyses look for a few words, and
    # asking the set of words first spares them a pass over every token.
    texts: list[str] = field(init=False)  # each token's text
    vocab: frozenset[str] = field(init=False)  # the distinct texts
    digits: list[int] = field(init=False)  # indices of the tokens written in digits only

    def __post_init__(self) -> None:
        self.texts = [t.text for t in self.tokens]
        self.vocab = frozenset(self.texts)
        self.digits = [i for i, t in enumerate(self.tokens) if t.kind == "n"]

    def quote(self, a: int, b: int) -> str:
        """The original words of tokens [a, b), shortened for a reason line."""
        if a >= b or b > len(self.tokens):
            return ""
        text = " ".join(self.original[self.tokens[a].start:self.tokens[b - 1].end].split())
        return text if len(text) <= MAX_QUOTE else text[:MAX_QUOTE - 1].rstrip() + "…"

    def indices_of(self, words: dict[str, object] | frozenset[str]) -> list[int]:
        """Indices of the tokens that are one of `words`."""
        if self.vocab.isdisjoint(words):
            return []
        return [i for i, t in enumerate(self.texts) if t in words]

    def opening(self, a: int, b: int, passing: frozenset[str] = frozenset()) -> str | None:
        """The first word of tokens [a, b), punctuation passed over (a clause may open with
        its comma) and the words of `passing` ("og", "men"); None when there is none."""
        return next((t.text for t in self.tokens[a:b] if t.kind != "p" and t.text not in passing), None)

    def first_word(self, a: int, b: int) -> int:
        """Index of the first word of tokens [a, b), punctuation passed over; b when there is none."""
        return next((k for k in range(a, b) if self.tokens[k].kind != "p"), b)

    def clause_before(self, i: int) -> tuple[int, int] | None:
        """The clause before token i's, when it is of the same sentence."""
        k = self.tokens[i].clause
        if k == 0 or self.tokens[self.clauses[k - 1][0]].sent != self.tokens[i].sent:
            return None
        return self.clauses[k - 1]

    def opens_with(self, first: int, last: int, words: frozenset[str]) -> bool:
        """Whether one of clauses first..last (both included) opens with one of `words`."""
        return any(self.opening(*self.clauses[k]) in words for k in range(first, last + 1))

    def asks(self, i: int) -> bool:
        """Token `i` is part of a question."""
        return self.tokens[i].clause in self.questions

    def clause_of(self, i: int) -> tuple[int, int]:
        return self.clauses[self.tokens[i].clause]

    def sentence_of(self, i: int) -> tuple[int, int]:
        return self.sentences[self.tokens[i].sent]


# English typed on a phone without its apostrophe, read as written with it: "im in for
# partnerships" (only where no other word is spelt so: not "ill", "id", "well"); and the
# Danish "ikke" cut short or mistyped on a phone ("mad ved jeg ikk endnu", "Kan ikkw spise
# med"), read as written in full; "ka", spoken "kan" written without its apostrophe ("Det ka
# sgu ik lade sig gøre for mig at blive til maden"), and "gi" and "ska" so ("Maden må I gerne gi
# til en anden – ska direkte videre"); and Sønderjysk "itt" ("A ka' desværre
# itt kom' den 20.") and "int" ("a spiser int med"); "tk" for "tak" ("1 – ja tk"). "ik" is "ikke"
# only before a word on its line, since it also ends a sentence as a tag ("det er fint, ik?"): see tokenise.
# Spoken "mæ" for "med" ("selvfølgelig spiser jeg mæ"), and the short forms of English chat read
# as the word each stands for: "idk yet tbh, prob partnerships", "def staying for food", "dinner - ofc".
_BARE_IK = re.compile(r"(?<!\w)ik(?!\w)")
_UNELIDED = {"itt": "ikke", "int": "ikke", "im": "i'm", "ive": "i've", "ikk": "ikke", "ike": "ikke",
             "ikkw": "ikke", "ikkr": "ikke", "ka": "kan", "gi": "give", "ska": "skal", "tk": "tak",
             "mæ": "med", "idk": "unsure", "dunno": "unsure", "prob": "probably", "probs": "probably",
             "def": "definitely", "defo": "definitely", "ofc": "definitely", "tho": "though"}


def _slips(word: str) -> set[str]:
    """`word` with two letters after its first swapped, or one letter typed twice: "ingne",
    "ikek", "ikkke" (never the first two swapped, which make other words: "ont", "kike")."""
    swapped = {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(1, len(word) - 1)}
    doubled = {word[:i] + word[i] + word[i:] for i in range(len(word))}
    return (swapped | doubled) - {word}


# The words that carry an answer, typed in a hurry with letters swapped or doubled, read as
# meant: "Så ingne mad til mig alligevel", "Nje tak til maden", "Yse to dinner", "nevre say no", "yes to dinnner".
_UNELIDED.update({slip: word for word in ("ikke", "ingen", "intet", "aldrig", "nej", "tak", "yes", "not",
                                          "never", "nothing", "komme", "deltage", "dinner") for slip in _slips(word)})
_UNELIDED["kome"] = "komme"  # one "m" left out: "jeg kan desværre ikke kome den dag"
_UNELIDED.update(lexicon.load("da")["text"]["neighbour_words"])
_UNELIDED.update(lexicon.load("da")["text"]["synonyms"])
# ... and the long words for the meal, with a letter left out too: "ja tak til spisnig 👍", "vi
# bliver begge til spisnigen bagefter" (not the first letter, nor in a short word, where a word
# left short is another word).
_UNELIDED.update({slip: word for word in ("spisning", "spisningen", "forplejning", "forplejningen")
                  for slip in _slips(word) | {word[:i] + word[i + 1:] for i in range(1, len(word))}})


# The words that may open the clause after a "med mindre" meaning "medmindre" (see tokenise).
_UNLESS_SUBJECTS = frozenset(("den", "det", "der", "jeg", "vi", "du", "i", "han", "hun", "de", "man", "hvis", "at"))


def tokenise(text: str, norm: str) -> list[Token]:
    tokens: list[Token] = []
    append = tokens.append
    end = 0
    # Every character that is not space is part of a token, so the spaces before each
    # token and the token itself cover the text up to its end.
    for space, word in _SPACED_TOKEN.findall(norm):
        start = end + len(space)
        end = start + len(word)
        gap = min(space.count("\n"), 2) if "\n" in space else 0
        kind = "n" if word.isdecimal() else ("w" if word[0].isalnum() else "p")
        append(Token(_UNELIDED.get(word, word), start, end, kind, text[start].isupper(), gap))
    if _BARE_IK.search(norm):
        for token, after in zip(tokens, tokens[1:]):
            if token.text == "ik" and after.kind == "w" and not after.nl:
                token.text = "ikke"
    if "med mindre" in norm:
        # "medmindre" written in two words, before the subject of its clause: "Workshop 2 - med
        # mindre den bliver overtegnet, så tager jeg gerne 3 i stedet" (not "med mindre sukker")
        for token, after, then in zip(tokens, tokens[1:], tokens[2:]):
            if token.text == "med" and after.text == "mindre" and then.text in _UNLESS_SUBJECTS:
                token.text, after.text = "medmindre", "at"
    return tokens


def is_word(text: str) -> bool:
    """A token text of kind "w" (see tokenise): letters, not only digits, not punctuation."""
    return text[0].isalnum() and not text.isdecimal()


def words(text: str) -> list[str]:
    """The words of `text` in normal form, as read() finds them (no numbers, no punctuation)."""
    return [w for w in _TOKEN.findall(normalise(text)) if is_word(w)]


# Spoken Danish cut short with an apostrophe, written out at the same length so that offsets
# hold: "Spiser ik' med" (the apostrophe had read as a quotation mark), "spiser me'", "te'
# maden", "ka' ik' komme", "det ska' do et vær' i tvivl om".
_ELIDED = re.compile(r"(?<![\w'])(ik|me|te|ka|ska|vær)'(?![\w'])")
_ELISIONS = {"ik": "ikk", "me": "med", "te": "til", "ka": "kan", "ska": "skal", "vær": "være"}


def read(text: str, grammar: Grammar) -> Doc:
    """Tokenise `text` and find its sentences and clauses."""
    norm = normalise(text)
    if "'" in norm:
        norm = _ELIDED.sub(lambda m: _ELISIONS[m.group(1)], norm)
    if _ADDRESS_HINT.search(norm):  # the full pattern is slow; few texts hold an address
        norm = _ADDRESS.sub(_blank, norm)
    doc = Doc(text, norm, tokenise(text, norm))
    if _BARE_IGEN.search(norm):
        _igen_for_ingen(doc, grammar)
    if _CAPITALS_RUN.search(text):
        _unshout(doc)
    asides = _asides(doc, grammar)
    if asides:
        doc = Doc(doc.original, doc.norm, [t for i, t in enumerate(doc.tokens) if i not in asides])
    _structure(doc, grammar)
    if "?" in norm:
        _questions(doc, grammar)
    _unmarked_questions(doc, grammar)
    fronted = _fronted_conditions(doc, grammar)
    if fronted:
        doc = _with_condition_words(doc, grammar, fronted)
    return doc


_BARE_IGEN = re.compile(r"(?<!\w)igen(?!\w)")


def _igen_for_ingen(doc: Doc, grammar: Grammar) -> None:
    """"igen" ("again") before what it would deny is "ingen" with a letter lost: "og igen mad
    til mig tak", "Der er desværre igen af os, der kan deltage" (not "spiser gerne med igen")."""
    meals, others = grammar.words["dinner.nouns"], grammar.union("party.others", "dinner.us")
    tokens = doc.tokens
    for k, (token, after) in enumerate(pairwise(tokens)):
        if token.text == "igen" and not after.nl and (after.text in meals or (
                after.text == "af" and k + 2 < len(tokens) and tokens[k + 2].text in others)):
            token.text = "ingen"


def _fronted_conditions(doc: Doc, grammar: Grammar) -> list[int]:
    """The first tokens of clauses that are conditions told in a question's word order, a verb
    before its subject, with the clause they are a condition of after them, its own verb before
    its subject too or an order about the sender: "Kan jeg få en afløser den aften, bliver jeg og
    spiser", "Er de lige store, tager jeg 1", "Handler Bæredygtighed mest om energi, giver det
    mere mening at tage 3", "Er Partnerskaber fyldt op, så sæt mig på Bæredygtighed"."""
    words = grammar.words
    verbs, reaching = words["text.fronted_condition_verbs"], words["text.fronted_condition_reaching"]
    if doc.vocab.isdisjoint(verbs) and doc.vocab.isdisjoint(reaching):
        return []
    markers = words["text.infinitive_markers"]
    subjects, then_verbs = words["text.fronted_condition_subjects"], words["text.condition_consequence_verbs"]
    consequences, turns = words["text.consequences"], words["text.contrasts"]
    imperatives, objects = words["text.imperatives"], words["text.fronted_condition_objects"]
    tokens, found = doc.tokens, []
    for k, (a, b) in enumerate(doc.clauses[:-1]):
        first = doc.first_word(a, b)
        # (or after a topic and its colon: "Angående vinklen: Handler Bæredygtighed mest om energi, ...")
        first = next((j + 1 for j in range(first, b - 3) if doc.texts[j] == ":"), first)
        # (or after the "men" that turns to it: "Jeg vil helst i Bæredygtighed, men bliver den fyldt
        # op, tager jeg Lokalområdet i stedet")
        if doc.texts[first] in turns:
            first = doc.first_word(first + 1, b)
        if first + 2 >= b or k in doc.questions:
            continue
        # (a verb that is also "when" only before an infinitive: "Når jeg at få fat i en
        # babysitter, ...", not "Når jeg kommer hjem, ...")
        if doc.texts[first] not in verbs and not (doc.texts[first] in reaching and doc.texts[first + 2] in markers):
            continue
        # (not right after a comma, where a verb first is the answer to a condition before it:
        # "men er der ikke noget vegetarisk, | tager jeg bare af salaten – så skriv mig på")
        if first > 0 and doc.texts[first - 1] == "," and tokens[first - 1].sent == tokens[first].sent:
            continue
        subject = tokens[first + 1]
        if subject.text not in subjects and not (subject.cap and subject.kind == "w"):
            continue
        x, y = doc.clauses[k + 1]
        if tokens[x].sent != tokens[a].sent or (k + 1) in doc.questions:
            continue
        said = [t for t in doc.texts[x:y] if is_word(t)]
        if said and said[0] in consequences:  # "..., så tager jeg 1"
            said = said[1:]
        # (or an order about the sender: "Er Partnerskaber fyldt op, så sæt mig på Bæredygtighed")
        if len(said) >= 2 and ((said[0] in then_verbs and said[1] in subjects)
                               or (said[0] in imperatives and said[1] in objects)):
            found.append(first)
    return found


def _with_condition_words(doc: Doc, grammar: Grammar, at: list[int]) -> Doc:
    """`doc` with the word that opens a condition ("hvis") put before each token of `at`, in
    no characters of the text, so that every rule about conditions reads those clauses as
    conditions and quotes of the text stay as written."""
    word = min(grammar.words["text.fronted_condition_word"])  # one word, the same in every run
    marked = set(at)
    tokens: list[Token] = []
    for i, tok in enumerate(doc.tokens):
        if i in marked:
            tokens.append(Token(word, tok.start, tok.start, "w", tok.cap, tok.nl))
            tok.cap, tok.nl = False, 0
        tokens.append(tok)
    again = Doc(doc.original, doc.norm, tokens)
    _structure(again, grammar)
    if "?" in doc.norm:
        _questions(again, grammar)
    return again


def _blank(found: re.Match[str]) -> str:
    return " " * len(found.group())


def _unshout(doc: Doc) -> None:
    """A line written in capitals marks no names and no sentence starts with them
    ("JEG TAGER BÆREDYGTIGHED": no organisation called "Tager Bæredygtighed")."""
    start = 0
    for line in doc.original.split("\n"):
        end = start + len(line)
        if line.isupper() and sum(map(str.isalpha, line)) >= _SHOUTED_LETTERS:
            for tok in doc.tokens:
                if start <= tok.start < end:
                    tok.cap = False
        start = end + 1


def _structure(doc: Doc, grammar: Grammar) -> None:
    """Sentences and the clauses inside them, in one pass over the tokens."""
    tokens, norm = doc.tokens, doc.norm
    sentences, clauses = doc.sentences, doc.clauses
    words = grammar.words
    breaks, coordinators = words["text.clause_breaks"], words["text.coordinators"]
    starters, abbreviations = words["text.clause_starters"], words["text.abbreviations"]
    word_letters = words["text.word_letters"]
    pronouns = words["text.joined_pronouns"]
    pairs = words["text.pair_openers"]
    consequences, first = words["text.consequences"], grammar.union("party.first_person", "party.we")
    answers = words["polarity.answer_words"]
    # what no ordinal stands before, so a full stop after a number before it ends the sentence
    openers = grammar.union("text.clause_starters", "text.sentence_openers")
    alternatives = words["workshop.alternatives"]
    unfinished = words["text.line_continuers"]
    markers = words["workshop.markers"]
    ordinal_days = words["numbers.ordinal_date_words"]
    last = len(tokens) - 1
    s_start = c_start = sent = clause = 0
    for i, tok in enumerate(tokens):
        text, kind = tok.text, tok.kind
        if i > c_start:
            if kind == "p":
                split = text[0] in _CLAUSE_PUNCT and (text[0] != "-" or _spaced(doc, i))
            elif text in breaks:
                # (after a bracket closed too: "I won't make it for lunch (coming straight from Køge)
                # but I'm happy to stay and eat")
                split = tokens[i - 1].kind != "p" or tokens[i - 1].text in _CLOSING_BRACKETS
            elif text in alternatives and _after_a_pause(tokens, i):
                split = True  # a second thought, its own clause: "Jeg spiser ikke med... eller jo, det gør jeg"
            elif text in consequences:  # "... har allerede valgt 2 så jeg går med i 1"
                # (or a yes or a no: "og spiser ikke hjemme den aften så ja tak til maden")
                split = i < last and (tokens[i + 1].text in first or tokens[i + 1].text in answers) \
                    and tokens[i - 1].kind != "p"
            elif text in coordinators:
                # not after a pronoun: "Jeg og min mand Kaj kommer begge" joins two people;
                # nor the second half of a pair: "hverken Peter eller jeg kan deltage"
                split = i < last and not tokens[i + 1].nl and tokens[i + 1].text in starters \
                    and tokens[i - 1].text not in pronouns \
                    and not any(t.text in pairs for t in tokens[c_start:i])
            else:
                split = False
            if split:
                clauses.append((c_start, i))
                c_start = i
                clause += 1
        tok.sent, tok.clause = sent, clause
        if i == last:
            end_here = True
        else:
            nxt = tokens[i + 1]
            # (a line ending in a word no sentence ends in goes on, however short: "Jeg ved
            # ikke om / jeg spiser med"; so does a workshop's noun before its number: "har valgt
            # vinkel / 3.")
            if nxt.nl and (nxt.nl > 1 or not (_continues(norm, tok, nxt)
                                              or (text in unfinished and nxt.kind == "w")
                                              or (text in markers and nxt.kind == "n"))):
                end_here = True
            elif _smiley(tokens, i):  # "Mon ikke jeg dukker op :-) Jeg er bare ..."
                end_here = nxt.cap
            elif kind == "p" and text[0] >= _PICTOGRAPHS and nxt.kind == "p" and not nxt.nl \
                    and (nxt.text[0] in _SENTENCE_END or nxt.text[0] >= _PICTOGRAPHS):
                # the mark after it ends the sentence: "spiser med hvis der er vegetar 🌱 ?"; and
                # a picture answered by another is one sentence: "🍴❌ skal hente i børnehaven"
                end_here = False
            elif kind == "p" and (text[0] in _SENTENCE_END or text[0] >= _PICTOGRAPHS):
                # a pause before a second thought is no full stop: "1 … eller 3?", "1... or 3?"; nor is
                # the meal's picture before its answer: "🍽 nej tak – skal hjem til ungerne"
                end_here = not (nxt.kind == "w" and nxt.text in alternatives and (
                    text == "…" or (text == "." and tokens[i - 1].text == "."))) \
                    and not (text in words["dinner.nouns"] and nxt.kind == "w" and not nxt.cap) and \
                    _ends_sentence(tokens, i, abbreviations, openers, word_letters, ordinal_days,
                                   words["text.sentence_openers"], coordinators, words["text.postscripts"])
            else:
                end_here = False
        if end_here:
            clauses.append((c_start, i + 1))
            sentences.append((s_start, i + 1))
            s_start = c_start = i + 1
            sent += 1
            clause += 1


def _asides(doc: Doc, grammar: Grammar) -> frozenset[int]:
    """The tokens of words put in between, with the commas or dashes around them, where a
    clause hangs on its negation or its modal: read without them, "I shall not, however, be
    able to remain for the meal", "Jeg kan desværre ikke, af hensyn til familien, blive til
    maden", "Og jeg spiser ikke – som jeg først havde regnet med – hjemme den aften" keep the
    negation with the verb, and the phrase whole, after the words put in. Between commas only
    a few words, none of a clause's own ("Jeg kan ikke, hvis ..., blive", "I can't, sorry, but
    ..."); between dashes a clause too, though no condition ("– hvis mødet trækker ud –")."""
    hanging = grammar.words["text.hanging_words"]
    if doc.vocab.isdisjoint(hanging):
        return frozenset()
    tokens = doc.tokens
    conditions = grammar.union("text.conditional", "text.unless")
    subjects = grammar.union("party.first_person", "party.we")
    clauses = conditions | subjects | grammar.union("text.coordinators", "text.joined_pronouns")
    going_on = clauses | grammar.words["text.clause_breaks"]
    likening = grammar.words["text.likening"]
    helping, abbreviations = grammar.words["text.helping_verbs"], grammar.words["text.abbreviations"]
    asides: set[int] = set()
    for i in range(1, len(tokens) - 2):
        opening = tokens[i].text
        # (or its subject after it, the verb first: "Selv kan jeg – desværre – ikke komme")
        hangs = tokens[i - 1].text in hanging or (i > 1 and tokens[i - 1].text in subjects and tokens[i - 2].text in hanging)
        dashed = opening in DASHES and _spaced(doc, i)
        # (between dashes, a subject or a helping verb hangs too, and the words put in may hold
        # commas and abbreviations: "Jeg tror dog ikke, at jeg – med alt det, der sker på arbejdet
        # lige nu – når at blive til maden", "Mad: Det bliver – da der ligger et møde kl. 19 –
        # desværre ikke til noget")
        hangs = hangs or (dashed and (tokens[i - 1].text in subjects or tokens[i - 1].text in helping))
        if not hangs or not (opening == "," or dashed):
            continue
        if not dashed:
            own, most = clauses, _ASIDE_WORDS
        else:
            own, most = conditions, (_DASHED_ASIDE_WORDS if tokens[i - 1].text in hanging else _LONG_DASHED_ASIDE_WORDS)
        if opening == "," and tokens[i + 1].text in likening:
            own = conditions  # a comparison with its own subject: "Jeg bliver ikke, som jeg ellers plejer, hængende"
        for j in range(i + 2, min(i + 2 + most, len(tokens) - 1)):
            tok = tokens[j]
            inner = dashed and (tok.text == "," or (tok.text == "." and tokens[j - 1].text in abbreviations))
            if tok.nl or tok.text in own or (tok.kind == "p" and tok.text != opening and not inner):
                break
            if tok.text == opening:
                nxt = tokens[j + 1]
                if nxt.kind == "w" and not nxt.nl and nxt.text not in going_on and (opening == "," or _spaced(doc, j)):
                    asides.update(range(i, j + 1))
                break
    return frozenset(asides)


def _after_a_pause(tokens: list[Token], i: int) -> bool:
    """Token i follows an ellipsis, "…" or three full stops."""
    return i > 0 and (tokens[i - 1].text == "…" or (i > 2 and all(tokens[k].text == "." for k in range(i - 3, i))))


def _smiley(tokens: list[Token], i: int) -> bool:
    """Token i closes a smiley typed in punctuation: ":)", ":-)", ";-(" ."""
    if tokens[i].text not in ("(", ")") or i == 0:
        return False
    j = i - 1
    if tokens[j].text == "-" and j > 0 and tokens[j].end == tokens[i].start:
        j -= 1
    return tokens[j].text in (":", ";") and tokens[j].end == tokens[j + 1].start


def _continues(norm: str, prev: Token, nxt: Token) -> bool:
    """A line break inside a sentence: a long soft-wrapped line goes on in lower case."""
    if nxt.kind != "w" or nxt.cap or (prev.kind == "p" and prev.text[0] in _LINE_END):
        return False
    if norm.startswith(":", nxt.end):  # a form's label opens the line: "mad: ja gerne"
        return False
    return prev.end - (norm.rfind("\n", 0, prev.end) + 1) >= _WRAPPED_LINE


_CLOSING_QUOTES = "\"”»’'"


def _ends_sentence(tokens: list[Token], i: int, abbreviations: frozenset[str], openers: frozenset[str],
                   word_letters: frozenset[str], ordinal_days: frozenset[str],
                   sentence_openers: frozenset[str], coordinators: frozenset[str],
                   postscripts: frozenset[str]) -> bool:
    tok = tokens[i]
    if tok.text[0] != "." or i == 0:
        return True
    prev = tokens[i - 1]
    nxt = tokens[i + 1]
    if nxt.start == tok.end and nxt.text[0] in _CLOSING_QUOTES and i + 2 < len(tokens):
        # a quotation ending with its sentence: '..., bare hvor alle får lov at være med." Det er ...'
        after = tokens[i + 2]
        return after.cap or bool(after.nl)
    if nxt.start == tok.end and nxt.kind != "w":  # "16.45", "20.6"
        return False
    if prev.kind == "n":  # "den 20. juni" goes on; "ikke d. 20. Mvh", "kommer, ws 2. hvornår ..." end
        # (a day's full stop goes on before a verb in lower case: "Mandag den 19. er jeg på
        # Bornholm"; not before a greeting: "kan desværre ikke d 24. god fornøjelse")
        day = i >= 2 and (tokens[i - 2].text in ordinal_days or (
            i >= 3 and tokens[i - 2].text == "." and tokens[i - 3].text in ordinal_days))
        return nxt.cap or nxt.kind == "p" or nxt.text in (sentence_openers if day else openers)
    if prev.kind == "w" and prev.cap and not nxt.cap and not nxt.nl and nxt.text in coordinators:
        # a clipped name's full stop before "og" in its line: "mig på Lokalomr. og Søren på
        # Bæredygt." (not a sentence's in lower case: "... til det vi laver. og ja til suppe")
        return False
    if nxt.cap and _written_together(tokens, i) in postscripts:
        return True  # the postscript's mark, however spelt: "P.S. Wouldn't miss the dinner"
    # (a letter that is a word too ends the sentence unless its abbreviation goes on at once:
    # "Vinkel 2 vil jeg gerne være med i. Maden ...", not "i.e. the green one"; an
    # abbreviation ends it before a capital that opens a clause: "Deltager i byhave ws. Kan man
    # parkere?", not "att. Pia")
    return (prev.text not in abbreviations or (nxt.cap and nxt.text in openers)
            or (prev.text in word_letters and nxt.start != tok.end and nxt.cap))


def _written_together(tokens: list[Token], i: int) -> str:
    """The letters and stops written without a space up to token i: "p.s" for "P.S."."""
    k = i - 1
    while k > 0 and tokens[k - 1].end == tokens[k].start:
        k -= 1
    return "".join(t.text for t in tokens[k:i])


QUOTATION_MARKS = frozenset('"“”„«»')


def _in_quotation(doc: Doc, i: int) -> bool:
    """The "?" at token i is a question quoted, ours told back ('I spørger: "Har vi noget i
    lokalområdet, som vi kan genanvende?" – det er os'): a quotation mark closes right after it,
    or an odd number of them opens before it in its line."""
    tokens = doc.tokens
    if i + 1 < len(tokens) and tokens[i + 1].start == tokens[i].end and tokens[i + 1].text[0] in QUOTATION_MARKS:
        return True
    k, marks = i - 1, 0
    while k >= 0 and not tokens[k + 1].nl:
        marks += tokens[k].kind == "p" and tokens[k].text[0] in QUOTATION_MARKS
        k -= 1
    return marks % 2 == 1


def _free(norm: str, tok: Token) -> bool:
    """Punctuation followed by a space or the end, not inside a link ("?id=4")."""
    return tok.end >= len(norm) or not (norm[tok.end].isalnum() or norm[tok.end] in "=&/")


def _questions(doc: Doc, grammar: Grammar) -> None:
    """The clauses a "?" asks: its own and those before it in the sentence, back to a
    "men"/"but" ("Jeg melder mig til vinkel 3, men kan jeg komme senere?" asks only
    about coming later)."""
    tokens = doc.tokens
    for c, (a, b) in enumerate(doc.clauses):
        if not any(t.kind == "p" and t.text[0] == "?" and _free(doc.norm, t) and not _in_quotation(doc, k)
                   for k, t in enumerate(tokens[a:b], a)):
            continue
        s, e = doc.sentences[tokens[a].sent]
        joins = grammar.words["text.coordinators"]
        if sum(t.kind != "p" and t.text not in joins for t in tokens[s:e]) < 2:
            continue  # "Mad? Ja tak.", "Og maden? Ja tak": a heading echoing our question, not a question
        if _told_back(doc, grammar, s, e) or _heading_answered(doc, grammar, s, e):
            continue  # "Om jeg vil være med? Det skulle da lige være!": our question, answered after it
        said = [t for t in tokens[a:b] if t.kind != "p"]
        if _RHETORICAL.fullmatch(" ".join(t.text for t in said if t.text not in joins)):
            continue  # "Partnerskaber, hvad ellers?": it asks nothing (see text.rhetorical_tags)
        # (not said of the reader: "Du har styr på vegetarmaden, ik?")
        if c > 0 and said and tokens[a].text == "," and all(t.text in grammar.words["text.question_tags"] for t in said) \
                and not any(t.text in grammar.words["text.tag_asking"] or t.text in grammar.words["text.addressed"]
                            for t in tokens[s:a]):
            continue  # a tag: "Det er jo 2'eren, der handler om genanvendelse, ikke også?"
        sent = tokens[a].sent
        while c >= 0 and doc.clauses[c][0] < len(tokens) and tokens[doc.clauses[c][0]].sent == sent:
            doc.questions.add(c)
            ca, cb = doc.clauses[c]
            opening = [t.text for t in tokens[ca:cb] if t.kind != "p"][:1]
            if opening and opening[0] in grammar.words["text.clause_breaks"]:
                break
            # what a colon leads to is the question, not what it closes: "Jeg vil gerne være med i
            # Lokalområdet, for det er jo det, vi snakker om i beboerrådet: hvad mangler vi herude?"
            if any(t.text == ":" for t in tokens[ca:cb]):
                break
            # a statement before a dash is no part of the question after it: "Jeg spiser
            # også med – er der mulighed for vegetarmad?" (not "Hvad handler vinkel 2 om i
            # praksis – er det affald ...?"; nor one the question asks leave for: "Men jeg
            # kigger gerne forbi til maden bagefter – er det i orden?"); nor is a bare answer:
            # "Dinner: Yes please – I am vegetarian, is that possible?"
            # (nor a doubt told before it: "Maden: gerne, men det afhænger af, hvor længe det varer
            # – hvornår er I færdige?")
            if c > 0 and tokens[ca].text in DASHES and not _points_back(doc, grammar, (ca, cb)) \
                    and (_states(doc, grammar, doc.clauses[c - 1]) or _answers(doc, grammar, doc.clauses[c - 1])
                         or _answers_to(doc, grammar, doc.clauses[c - 1])
                         or any(t.text in grammar.words["text.doubting"] for t in tokens[s:ca])):
                break
            # nor a statement before the condition of being in time asked about: "Jeg vil meget
            # gerne være med i partnerskabsworkshoppen og spiser også gerne med, hvis det stadig
            # kan nås?" (a condition of what is served makes the answer wait for ours: "Jeg
            # spiser gerne med, hvis der er vegetarmad – er der det?")
            if c > 0 and opening and opening[0] in grammar.words["text.conditional"] \
                    and any(t.text in grammar.words["text.in_time"] for t in tokens[ca:cb]) \
                    and _states(doc, grammar, (s, ca)):
                break
            # nor a statement before a question put to the reader about their own part: "Jeg
            # tager Partnerskaber, og så kunne du tage Lokalområdet?" (not one it leaves open: "Jeg
            # tager 3, eller synes du, jeg skal tage 2?"; nor a condition: "..., hvis du kan ...?")
            if c > 0 and _put_to_the_reader(doc, grammar, (ca, cb)) and _states(doc, grammar, doc.clauses[c - 1]):
                break
            c -= 1


_READER_REACH = 4  # words from a question's start to its subject: "og så kunne du"


def _told_back(doc: Doc, grammar: Grammar, s: int, e: int) -> bool:
    """The sentence [s, e) is our question about coming told back in the sender's words,
    "whether" and the sender, and the next sentence opens with its answer: "Om jeg vil være
    med? Det skulle da lige være!" (not "Om jeg må tage min kollega med?" alone; the meal's
    question told back is read by the meal's rules, which answer it after it)."""
    words = [t.text for t in doc.tokens[s:e] if t.kind != "p"]
    if len(words) < 2 or words[0] not in grammar.words["dinner.embedded_question"] \
            or words[1] not in grammar.union("party.first_person", "party.sender_words") or e >= len(doc.tokens) \
            or grammar.words["intent.told_back_verbs"].isdisjoint(words) \
            or grammar.union("dinner.eat_verbs", "dinner.stay_verbs", "dinner.nouns").intersection(words):
        return False
    after = next((t.text for t in doc.tokens[e:doc.sentences[doc.tokens[e].sent][1]] if t.kind != "p"), None)
    return after in grammar.union("polarity.yes", "polarity.no", "polarity.anaphora")


def _heading_answered(doc: Doc, grammar: Grammar, s: int, e: int) -> bool:
    """The sentence [s, e) is a few words naming the workshop, our question echoed, and the
    next sentence opens with a yes: "Workshoppen om partnerskaber? Hvorfor ikke.", "The
    sustainability one? Yes please"."""
    words = [t.text for t in doc.tokens[s:e] if t.kind != "p" and t.text not in grammar.words["text.coordinators"]]
    if not words or len(words) > _HEADING_WORDS or e >= len(doc.tokens) \
            or grammar.union("workshop.markers", "workshop.pointers",
                             "workshop.description_pronouns").isdisjoint(words):
        return False
    ns, ne = doc.sentences[doc.tokens[e].sent]
    first = doc.first_word(ns, ne)
    # (found only here, where a heading is asked: most texts have none)
    return any(c.kind == "yes" and c.start == first for c in grammar.matcher.find(doc)["polarity"])


_HEADING_WORDS = 4  # "Workshoppen om partnerskaber?", "Den om miljø og genbrug?"
_RHETORICAL = re.compile(lexicon.alternation(p for lang in ("da", "en") for p in lexicon.load(lang)["text"]["rhetorical_tags"]))


def _unmarked_questions(doc: Doc, grammar: Grammar) -> None:
    """A sentence opening with "hvornår"/"when" and a verb asks when, "?" or not, up to a dash:
    "Hvornår bliver maden serveret – jeg skal nå toget 19.12" (typed on a phone)."""
    asking, verbs = grammar.words["text.when_words"], grammar.words["text.when_verbs"]
    if doc.vocab.isdisjoint(asking):
        return
    for s, e in doc.sentences:
        first = doc.first_word(s, e)
        if first + 1 < e and doc.texts[first] in asking and doc.texts[first + 1] in verbs:
            k = doc.tokens[first].clause
            while k < len(doc.clauses) and doc.clauses[k][0] < e and not (
                    k > doc.tokens[first].clause and doc.texts[doc.clauses[k][0]] in DASHES):
                doc.questions.add(k)
                k += 1


def _put_to_the_reader(doc: Doc, grammar: Grammar, clause: tuple[int, int]) -> bool:
    """The clause asks what the reader does ("og så kunne du tage Lokalområdet?", "can you
    put me down?"): the reader is its subject, and it opens with no alternative or condition."""
    words = [t.text for t in doc.tokens[slice(*clause)] if t.kind != "p"][:_READER_REACH]
    return bool(words) and words[0] not in grammar.union("workshop.alternatives", "text.conditional") \
        and any(w in grammar.words["text.addressed"] for w in words)


def _points_back(doc: Doc, grammar: Grammar, clause: tuple[int, int]) -> bool:
    """The question's subject points back at what was said before it, in a few words: "er
    det i orden?", "would that be OK?" (not "er det muligt at skifte workshop på dagen?")."""
    a, b = clause
    words = [t.text for t in doc.tokens[a:b] if t.kind != "p"]
    return len(words) <= _TAG_WORDS and any(w in grammar.words["polarity.anaphora"] for w in words[:2])


_TAG_WORDS = 4  # words of a question asking leave for what came before it: "would that be OK?"
_ANSWER_WORDS = 3  # words of a bare answer after its label: "Mad: ja tak", "Dinner: yes please"


def _answers(doc: Doc, grammar: Grammar, clause: tuple[int, int]) -> bool:
    """The clause is a yes or a no and nothing more, after its label if it has one."""
    a, b = clause
    texts = doc.texts[a:b]
    if ":" in texts:
        texts = texts[len(texts) - texts[::-1].index(":"):]
    return bare_answer([t for t in texts if is_word(t)], grammar, _ANSWER_WORDS)


def _answers_to(doc: Doc, grammar: Grammar, clause: tuple[int, int]) -> bool:
    """The clause says yes or no to something by name: "Workshop 2, and yes to the dinner as
    well", "og ja tak til maden"."""
    said, thanks = grammar.union("polarity.yes", "polarity.no"), grammar.words["intent.bare_yes"]
    words = [t for t in doc.texts[slice(*clause)] if is_word(t)]
    for k, word in enumerate(words):
        if word in said:
            j = k + 1
            while j < len(words) and words[j] in thanks:
                j += 1
            if j < len(words) and words[j] in grammar.words["text.answer_objects"]:
                return True
    return False


_ANSWER_JOINS = frozenset((",", "-", "+", "/", "og", "and"))


def ought(doc: Doc, grammar: Grammar, a: int, b: int) -> bool:
    """Tokens a to b tell what the sender ought to do, which is no answer of what they will:
    "Egentlig burde jeg nok lade være med at spise med", "Ud fra mit arbejdsområde burde jeg jo
    vælge Partnerskaber" (not what ought to have been, a correction: "Der burde have stået nej",
    "I ought to have said no")."""
    words = grammar.words
    oughts, past, markers = words["text.oughts"], words["text.ought_past"], words["text.infinitive_markers"]
    for k in (k for k in range(a, b) if doc.texts[k] in oughts):
        after = [t for t in doc.texts[k + 1:k + 3] if t not in markers][:1]
        if not past.issuperset(after):
            return True
    return False


def answer_after(doc: Doc, grammar: Grammar, b: int) -> tuple[int, int] | None:
    """The tokens from `b` to the end of its sentence (or to a dash), past a comma, a dash or
    an "og", when they are a bare yes or no: the meal answered in the invitation's order after
    the workshop ("3, nej tak.", "1 og ja", "Bæredygtighed - ja tak")."""
    if b >= len(doc.tokens) or doc.tokens[b].nl:
        return None
    e = doc.sentence_of(b)[1]
    a = b
    while a < e and doc.texts[a] in _ANSWER_JOINS:
        a += 1
    # (up to a dash giving the reason: "ws1/nej – skal videre til træning kl. 19.")
    return _bare_span(doc, grammar, a, next((k for k in range(a + 1, e) if doc.texts[k] in DASHES), e))


def answer_apart(doc: Doc, grammar: Grammar, b: int) -> tuple[int, int] | None:
    """`answer_after` for a workshop that stands alone in its sentence, answered in the
    sentence or on the line after it: "Nr. 3. Nej tak.", "Ja / 2 / nej" on three lines."""
    a = b
    while a < len(doc.tokens) and doc.tokens[a].kind == "p" and not doc.tokens[a].nl:
        a += 1
    if a >= len(doc.tokens) or not (doc.tokens[a].nl or doc.sentence_of(a)[0] == a):
        return None
    e = doc.sentence_of(a)[1]
    return _bare_span(doc, grammar, a, next((k for k in range(a + 1, e) if doc.tokens[k].nl), e))


def _bare_span(doc: Doc, grammar: Grammar, a: int, e: int) -> tuple[int, int] | None:
    """Tokens [a, e) when they open with an answer word and say a bare yes or no, no number."""
    found = [t for t in doc.texts[a:e] if is_word(t)]
    return (a, e) if found and found[0] in grammar.words["polarity.answer_words"] \
        and bare_answer(found, grammar, _ANSWER_WORDS) \
        and all(t.kind != "n" for t in doc.tokens[a:e]) else None


def bare_answer(words: list[str], grammar: Grammar, most: int) -> bool:
    """The words, at most `most` of them, say yes or no and nothing more: "Ja!", "Nej tak",
    "yes please" (its thanks and the like aside)."""
    said = grammar.union("polarity.yes", "polarity.no")
    return 0 < len(words) <= most and words[0] in said \
        and all(w in said or w in grammar.words["intent.bare_yes"] for w in words)


def elliptical(doc: Doc, grammar: Grammar, a: int, b: int) -> bool | None:
    """Tokens a..b open with the sender and a helping verb and nothing it helps, so the verb
    is the one said before: "(scratch that,) I will" (True), "I will not", "I won't", "(nej
    vent,) jeg gør ikke" (False); None when they say more."""
    said = doc.texts[a:b]
    k = 0
    while k < len(said) and (said[k] in grammar.words["polarity.anaphora"] or doc.tokens[a + k].kind == "p"):
        k += 1
    if k + 1 >= len(said) or said[k] not in grammar.words["party.first_person"]:
        return None
    helping = said[k + 1]
    negated = helping in grammar.words["intent.negated_modals"]
    if not negated and helping not in grammar.union("intent.modals", "text.helping_verbs"):
        return None
    k += 2
    if not negated and k < len(said) and said[k] in grammar.words["polarity.negation"]:
        negated, k = True, k + 1
    return not negated if k == len(said) or doc.tokens[a + k].kind == "p" else None


def _states(doc: Doc, grammar: Grammar, clause: tuple[int, int]) -> bool:
    """The clause opens with "jeg"/"I" (after an "og" or a "men": "Jeg spiser ikke kød, men
    jeg spiser meget gerne med"): a statement, in the word order of one; or it goes on from
    one with its subject left out: "Jeg er veganer, men spiser gerne med", or leaves it out
    saying "gerne"."""
    a, b = clause
    me = grammar.words["party.first_person"]
    turns = grammar.union("text.coordinators", "text.contrasts", "text.consequences")
    if doc.opening(a, b, turns) in me:
        return True
    # ... or its subject left out at the start, gladly: "Spiser gerne med – er der mon også
    # vegetarmad?" (not "Spiser I sammen bagefter?")
    words = {t.text for t in doc.tokens[a:b] if t.kind == "w"}
    if words & grammar.words["text.statement_adverbs"] and not words & grammar.union(
            "dinner.question_subjects", "text.sentence_openers"):
        return True
    k = doc.tokens[a].clause
    s = doc.sentence_of(a)[0]
    # (a subject or a question word of its own after the turn is another statement or a
    # question: "..., men kan I ...", "..., men hvad med ...")
    own = grammar.union("dinner.question_subjects", "text.sentence_openers")
    return k > 0 and doc.clauses[k - 1][0] >= s and doc.opening(a, b) in turns \
        and doc.opening(a, b, turns) not in own and _states(doc, grammar, doc.clauses[k - 1])


def _spaced(doc: Doc, i: int) -> bool:
    """A dash between words with space around it ("3 - Partnerskaber"), not "2-3"."""
    tok = doc.tokens[i]
    before = tok.start == 0 or doc.norm[tok.start - 1].isspace()
    after = tok.end >= len(doc.norm) or doc.norm[tok.end].isspace()
    return before or after


_HEADING = 4  # tokens of a heading opening a sentence: "Mht. maden:", "Food:"


def under_a_meal_heading(doc: Doc, grammar: Grammar, i: int) -> bool:
    """Token `i` is in a sentence headed by the meal ("Mht. maden: jeg har stadig ikke
    glemt frikadellerne fra sidst, så jeg står over", "Hvad angår maden bagefter, er jeg
    bange for, at jeg må køre direkte hjem"): all of it is about the meal."""
    mark = heading_mark(doc, i)
    if mark is not None:
        s = doc.sentence_of(i)[0]
        return any(t in grammar.words["dinner.nouns"] for t in doc.texts[s:mark])
    return meal_topic(doc, grammar, i) is not None


def heading_mark(doc: Doc, i: int) -> int | None:
    """Where the colon or dash stands that ends a heading opening the sentence of token `i`
    ("Mht. maden: ...", "Dinner - I'll pass this time, thanks"); None when there is none."""
    s, e = doc.sentence_of(i)
    return next((k for k in range(s, min(e, s + _HEADING)) if doc.texts[k] == ":" or doc.texts[k] in DASHES), None)


_TOPIC_WORDS = 4  # a preposition's topic before a comma: "Til selve maden bagefter,"


def meal_topic(doc: Doc, grammar: Grammar, i: int) -> tuple[int, int] | None:
    """The tokens of a topic naming the meal that opens the sentence of token `i`, which
    runs to the end of its clause and a relative clause after it, however long: "Med hensyn
    til at blive og få en bid brød med de andre bagefter – ... – så må jeg desværre melde
    pas", "Angående det, der bliver serveret efter mødet, ..."."""
    s, e = doc.sentence_of(i)
    words = grammar.words
    coordinators = words["text.coordinators"]
    verbs = grammar.union("text.helping_verbs", "text.answering_verbs")
    # the sentence's first clause, or a later one joined by an "og" (not "..., hvad jeg ikke
    # kan"): "Jeg vil gerne deltage i workshop 3, og i forhold til det med at spise med efter
    # mødet, som ..., så må jeg desværre melde fra denne gang"
    for k in range(doc.tokens[i].clause, doc.tokens[s].clause - 1, -1):
        a, b = doc.clauses[k]
        j = next((j for j in range(a, b) if doc.tokens[j].kind != "p" and doc.texts[j] not in coordinators), b)
        if j == b or (a > s and not any(doc.texts[x] in coordinators for x in range(a, j))):
            continue
        if doc.texts[j] in words["text.topic_openers"] or (j + 1 < b and doc.texts[j + 1] in words["text.topic_nouns"]):
            break
        # a preposition does it only before a dash or colon: "Til maden bagefter – som jeg har
        # hørt godt om – når jeg ikke at blive" (not "Til maden bliver jeg gerne")
        if doc.texts[j] in words["text.topic_prepositions"] and any(
                doc.texts[x] == ":" or doc.texts[x] in DASHES for x in range(j, min(b + 1, e))):
            break
        # ... or before a comma, with nothing but the meal after it: "For the dinner, I will not
        # be able to stay"
        if doc.texts[j] in words["text.topic_prepositions"] and b < e and doc.texts[b] == "," \
                and b - j <= _TOPIC_WORDS and doc.texts[b - 1] in words["dinner.nouns"]:
            break
        # ... or before the verb put before the subject, right after the meal: "Med maden vil jeg
        # hellere vente med at svare" (not "Workshop 2 med maden, tak")
        if doc.texts[j] in words["text.fronted_topic_prepositions"] and any(
                doc.texts[x] in words["dinner.nouns"] and x + 2 < b and doc.texts[x + 1] in verbs
                and doc.texts[x + 2] in words["party.first_person"] for x in range(j + 1, min(b, j + _TOPIC_WORDS))):
            break
    else:
        return None
    # (the answer may follow in the clause: "Med hensyn til suppen: ja tak", or from its verb
    # put before the subject: "Med hensyn til maden kan jeg ikke se nogen grund til ikke at ...",
    # "Med hensyn til aftensmaden siger jeg ja tak")
    b = next((x for x in range(j, b) if doc.texts[x] == ":" or doc.texts[x] in DASHES
              or (x + 1 < b and doc.texts[x] in verbs
                  and doc.texts[x + 1] in words["party.first_person"])), b)
    if k + 1 < len(doc.clauses) and doc.clauses[k + 1][1] <= e \
            and doc.opening(*doc.clauses[k + 1]) in words["dinner.relative_openers"]:
        b = doc.clauses[k + 1][1]
    meal = grammar.union("dinner.nouns", "dinner.eat_verbs", "dinner.served")
    return (j, b) if any(t in meal for t in doc.texts[j:b]) else None
