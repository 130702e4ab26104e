"""The action for a message, from its meaning, as the corpus README defines it.

confirm: coming, workshop and dinner both stated unambiguously.
ask:     coming, something missing or unclear: one follow-up question.
decline: not coming.
review:  a person must look: someone else is registered, a group with different
         choices, a question with no registration, or words that contradict each other.
(ignore, for machine mail and our own mail, is decided before the meaning is read.)

When `asked` names the fields our last follow-up asked about, the fields not asked are
already known to the caller, so answering the asked ones is enough to confirm.
"""

from __future__ import annotations

from .grammar import Grammar, grammar
from .intent import recants, strikes_out
from .meaning import Meaning
from .party import echoed_by_me, says_i, tells_a_diet
from .reading import ASKABLE, Reading
from .scope import in_open_bracket
from .text import DASHES, Doc, Token


def decide(meaning: Meaning, asked: frozenset[str] = frozenset()) -> Reading:
    m = meaning
    reading = Reading(action="review", intent=m.intent.kind, lang=m.lang,
                      question=m.question is not None, note=m.note, text=m.doc.original.strip())
    reasons = reading.reasons
    reasons.extend(m.intent.reasons)
    if m.question:
        reasons.append(f"question: '{m.question}'")
    if not any(t.kind != "p" for t in m.doc.tokens):
        reasons.append("review: no words of the sender's own")
        return reading
    choice, dinner, party = m.choice, m.dinner, m.party
    if choice.unclear:
        reading.unclear["workshop"] = choice.unclear
    if dinner.unclear:
        reading.unclear["dinner"] = dinner.unclear

    if m.intent.kind in ("decline", "cancel"):
        # "My colleague may come instead – she'll email you herself", "Min kollega kontakter
        # dig måske om at deltage i stedet": nobody to register here
        if (party.someone_else and not (party.stands_in and party.may_answer_themselves)) \
                or (party.others_choose and not party.may_answer_themselves):
            reading.workshop, reading.dinner = choice.workshop, dinner.value
            reasons.extend(party.reasons + choice.reasons)
            reasons.append("review: not coming, but speaks for somebody else")
        elif m.intent.meal_only:
            _to_a_person(reading, m, f"comes for the meal only: '{m.intent.meal_only}'")  # not the meeting itself
        elif (m.intent.attending or (_chosen_now(m) and m.chosen_in_words) or dinner.value is True) \
                and not _taken_back(m):
            _to_a_person(reading, m, "says both that they come and that they do not")
        elif m.question and m.intent.asks_to_join and not party.may_answer_themselves:
            # (not a stand-in asked about, whom the sender will name later: "Could one of my
            # colleagues come instead? I'll check who is free and get back to you")
            _to_a_person(reading, m, f"not coming, but asks how to take part: '{m.intent.asks_to_join}'")
        else:
            reading.action = "decline"
            reading.unclear = {}
        return reading
    if m.other_day:
        return _to_a_person(reading, m, f"said for another day: '{m.other_day}'")
    if m.intent.group_before and (party.size == 1 or choice.workshop is None or dinner.value is None):
        # the sender answers alone where several were signed up: the others' registration
        # changes (unless the group's answer is said again in full: "Lars og jeg kommer stadig
        # som aftalt – workshop 3, og vi spiser begge med")
        return _to_a_person(reading, m, f"a registration of several, answered by one: '{m.intent.group_before}'")
    if m.intent.removes_another:
        return _to_a_person(reading, m, f"asks to take somebody else off the list: '{m.intent.removes_another}'")
    if m.intent.doubtful:
        return _to_a_person(reading, m, f"not sure they can come: '{m.intent.doubtful}'")
    struck = _all_struck_out(m)
    if struck is not None:
        return _to_a_person(reading, m, f"takes back what it said and says nothing new: '{struck}'")

    reasons.extend(party.reasons + choice.reasons + dinner.reasons)
    reading.workshop = choice.workshop
    reading.dinner = dinner.value
    if party.someone_else:
        reasons.append("review: registers someone else")
        return reading
    if party.uncounted:
        reasons.append("review: how many come is unclear")
        return reading
    if party.group and party.others_choose and not _sender_among(m):
        # "Fra Virksomhedsservice deltager Anders Bjerre og Mona Said. De vil begge ...":
        # a group the sender never counts in (a secretary, a shared mailbox)
        reasons.append("review: registers someone else")
        return reading
    if party.group:
        # "Please sign me up for Sustainability, and my colleague Tariq for Local area"
        theirs = {x.id for x in choice.mentions if any(a <= x.start < b for a, b in party.others_at)}
        # (two named as alternatives are one choice not yet made, shared or not: "Workshop
        # bliver enten 2 eller 3 – vi har ikke helt besluttet os"; ours to ask)
        weighed = any("alternative" in x.marks for x in choice.mentions)
        if (party.differs or (len(choice.chosen_ids) > 1 and not weighed) or dinner.conflict or dinner.others_differ
                or theirs - {choice.workshop}):
            if len(choice.chosen_ids) > 1:
                reading.workshop = None
                reasons[:] = [r for r in reasons if not r.startswith("workshop ")]
                reasons.append("workshops named: " + ", ".join(map(str, sorted(choice.chosen_ids))))
            if dinner.others_differ:  # the sender eats, the other does not: no one answer for the group
                reading.dinner = None
                reasons.append(f"dinner differs: '{dinner.others_differ}'")
            reasons.append(f"review: {party.size} people with different choices")
            return reading
        # (the workshop only said of another, the sender's own not understood: "Vi kommer 2: jeg
        # tager lokal-ws'en, og Jens vil helst være med i bæredygtighed")
        named = [x for x in choice.mentions if x.id == choice.workshop]
        # (not one the sender says again of herself: "Karina vil gerne være med i workshoppen om
        # partnerskaber – og det samme gælder mig")
        echoed = _echoed_by_me(m)
        only_theirs = bool(named) and all(any(a <= x.start < b and (a, b) not in echoed for a, b in party.others_at)
                                          for x in named)
        if not _shared(m) or only_theirs:
            reasons.append(f"review: {party.size} people, but the choices are stated for one")
            return reading
    elif (party.others_choose and not (party.answer_themselves and not _for_others(m))) or (
            dinner.others_differ and not party.answer_themselves):
        # "han vil også gerne have Partnerskaber (han skriver selv til dig)": told, not
        # registered, unless what we would confirm is what was said of them (and another's
        # meal answered by them: "Ole (som har svaret dig selv) spiser ikke med, men jeg ...")
        reasons.append("review: speaks for somebody else")
        return reading
    # "Hvis ikke, så workshop 3 og spisning", "Hvis jeg er velkommen, tager jeg workshop 1"
    chose_on_condition = choice.evidence is not None and _on_condition(m, choice.evidence[0])
    if chose_on_condition and m.intent.attending and not m.intent.asking_first:
        # coming for sure, the workshop only on a condition: "Jeg kommer og spiser med. ...?
        # I så fald vil jeg gerne i Partnerskaber, ellers Lokalområdet"
        reading.workshop = None
        reading.unclear["workshop"] = m.doc.quote(*m.doc.sentence_of(choice.evidence[0]))
        reasons.append(f"workshop on a condition: '{reading.unclear['workshop']}'")
    elif (m.intent.conditional or chose_on_condition or (m.intent.held_back and m.question)) \
            and (not m.intent.attending or m.intent.asking_first):
        # (or after asking whether they may come at all: "Må vi godt komme mere end to fra
        # samme arbejdsplads? ... Hvis det er ok, vil vi alle tre gerne på workshop 1"; or with
        # the sign-up said to wait for the answer: "Jeg vil gerne på workshop 1 ... Men inden du
        # skriver mig på: Er der elevator op til C-salen?")
        reasons.append("review: signs up only on a condition" + (" or after an answer" if m.question else ""))
        return reading
    if m.intent.kind not in ("register", "change"):
        if m.intent.conditional or m.question:
            reasons.append("review: a question, no registration")
        else:
            reasons.append("review: no registration, decline or question found")
        return reading
    if m.intent.meal_only:
        # asking which workshop would be wrong: they said they cannot take part in one (and
        # a workshop named with it is one they will miss: "... så realistisk set kan jeg
        # først være hos jer til maden")
        reasons.append(f"review: comes for the meal only: '{m.intent.meal_only}'")
        return reading
    if m.intent.no_workshop and reading.workshop is None and reading.dinner is False \
            and not m.intent.attending and not m.question:
        # neither a workshop nor the meal, and no word of coming: nothing is left to come for
        # ("Jeg har desværre undervisning til kl. 19, så det bliver hverken til workshop eller mad")
        reasons.append(f"not coming: neither a workshop nor the meal: '{m.intent.no_workshop}'")
        reading.action, reading.intent, reading.dinner = "decline", "decline", None
        return reading
    if m.intent.no_workshop and reading.workshop is None:
        # asking which workshop would be wrong here too: they take part in none
        reasons.append(f"review: takes part in no workshop: '{m.intent.no_workshop}'")
        return reading
    reading.party = party.size if party.group else 1
    needed = (set(asked) & set(ASKABLE)) or set(ASKABLE)
    # a field left unclear is missing even when not asked: the sender may be changing it
    missing = [f for f in ASKABLE if (f in needed and getattr(reading, f) is None) or f in reading.unclear]
    if missing:
        reading.action = "ask"
        reasons.append("ask: " + ", ".join(
            f"{f} {'unclear' if f in reading.unclear else 'not stated'}" for f in missing))
    else:
        reading.action = "confirm"
        reasons.append("confirm: " + " and ".join(sorted(needed)) + " stated")
    return reading


def _chosen_now(m: Meaning) -> bool:
    """A workshop chosen, and not only on a condition: "Jeg tror desværre ikke, jeg kan nå det
    ... Skulle det ændre sig, melder jeg mig til Lokalområdet" declines."""
    evidence = m.choice.evidence
    return m.choice.workshop is not None and not (evidence is not None and _on_condition(m, evidence[0]))


def _on_condition(m: Meaning, i: int) -> bool:
    """Token i is said under the condition opening its sentence, before a "men"/"but" turns
    from it: not 3 in "Hvis I mangler folk på vinkel 1, kan jeg godt tage den, men mit
    førstevalg er klart 3"."""
    doc = m.doc
    if doc.tokens[i].sent not in m.intent.conditions:
        return False
    first = doc.tokens[doc.sentence_of(i)[0]].clause
    return not doc.opens_with(first + 1, doc.tokens[i].clause, grammar().words["text.contrasts"])


def _to_a_person(reading: Reading, m: Meaning, why: str) -> Reading:
    """A review with what they would choose filled in, for the coordinator who settles it."""
    reading.workshop, reading.dinner = m.choice.workshop, m.dinner.value
    reading.reasons.extend(m.choice.reasons + m.dinner.reasons)
    reading.reasons.append(f"review: {why}")
    return reading


def _all_struck_out(m: Meaning) -> str | None:
    """The sentence striking out what came before ("...sorry, ignore that.", "Hov, glem det."),
    when every choice, answer and word of coming was said before it: "Yes to workshop 3 and
    dinner please! ...sorry, ignore that. I've just realised this invitation is for another
    network" registers nothing."""
    doc, g = m.doc, grammar()
    said = [a for a, _ in ([m.choice.evidence] if m.choice.evidence else []) + m.dinner.evidence]
    said += [m.intent.attending_at] if m.intent.attending_at is not None else []
    if not said:
        return None
    # (not one naming what it strikes: "Glem det, jeg skrev om workshop 1")
    struck = [(s, e) for s, e in doc.sentences if s > max(said) and strikes_out(doc, g, s, e)
              and not any(s <= x.start < e for x in m.choice.mentions)
              and g.words["workshop.markers"].isdisjoint(doc.texts[s:e])]
    return doc.quote(*struck[-1]) if struck else None


def _taken_back(m: Meaning) -> bool:
    """Everything that said coming is undone by the decline: said in the declining clause
    itself ("I have to cancel my place in workshop 2"), before a "men"/"but" that leads
    to it ("Jeg havde tænkt mig vinkel 2 og at spise med, men kan alligevel ikke komme"),
    in its sentence or, when the "men" or a "desværre" opens it, in the sentence before,
    before a declining clause that points back at it ("Vinkel 2 og spisningen – det bliver desværre ikke til
    noget"), or said as a wish ("Desværre kan jeg ikke komme. Jeg ville gerne være med i
    workshop 3"). Coming said without a choice in a later sentence is the reason, not a
    yes ("Jeg må aflyse ... Arbejdstilsynet kommer, og det skal jeg være med til"). A
    cancelling after all, in a later sentence, takes back everything said before it ("Jeg
    tilmelder mig vinkel 1 og spiser gerne med. ... Ps. ... så jeg må desværre melde afbud
    alligevel"), and so do a decline drawn as a conclusion ("..., så jeg melder fra") and a
    no opening a sentence before it ("Nej vent – det er jo den 20.")."""
    doc, at = m.doc, m.intent.declining_at
    if at is None:
        return False
    g = grammar()
    a, b = doc.clause_of(at)
    s, _ = doc.sentence_of(at)
    turn = max((i for i in range(s, b) if doc.tokens[i].text in g.words["text.contrasts"]), default=None)
    if turn is None and (doc.opening(s, b) in g.words["dinner.regret"] or (
            a == s and any(t.text in g.union("dinner.regret", "intent.wishes") for t in doc.tokens[a:b]))):
        # a regret opening the sentence, or a regret or wish in the declining clause that opens
        # it, turns like a "men": "Jeg vil rigtig gerne være med. Desværre kan jeg ikke den dag",
        # "Sustainability is exactly my cup of tea. I'm afraid I have to send my apologies", "...
        # the sustainability angle is exactly my cup of tea. I would have loved to join you, but"
        turn = s
    if turn is not None and s > 0 and all(t.kind == "p" for t in doc.tokens[s:turn]):
        s = doc.sentence_of(s - 1)[0]
    opening = next((t for t in doc.tokens[a:b] if t.kind != "p"), None)
    if turn is None and opening is not None and opening.text in g.words["polarity.anaphora"]:
        turn = a
    coming = []
    if m.intent.attending and doc.tokens[m.intent.attending_at].sent <= doc.tokens[at].sent:
        coming.append(m.intent.attending_at)
    if m.choice.workshop is not None:
        coming.append(m.choice.evidence[0] if m.choice.evidence else None)
    if m.dinner.value is True:
        coming += [start for start, _ in m.dinner.evidence]
    wishes = g.words["intent.wishes"]

    def wished(i: int) -> bool:
        ws, we = doc.sentence_of(i)
        if ws > 0 and not doc.tokens[ws].nl and doc.texts[ws - 1] not in ".!?":
            # (or in the sentence before it on its line, ended by a mark: "Workshop: would have been ✔ 1
            # (Lokalområdet)")
            ws = doc.sentence_of(ws - 1)[0]
        return any(t.text in wishes for t in doc.tokens[ws:we])

    past = g.words["intent.past"]

    def told(i: int) -> bool:
        """What was signed up for, told as what is taken back: in the past ("Jeg var
        tilmeldt workshop 3 og spisning", "I sidste uge meldte jeg mig til vinkel 1") or
        in brackets or dashes after the decline ("cancel my registration (Partnerships, with
        dinner)", "trække min tilmelding – workshop 3 og spisning – tilbage", "melde fra
        alligevel - både til workshop 2 og maden")."""
        ws, we = doc.sentence_of(i)
        if any(t.text in past for t in doc.tokens[ws:we]):
            return True
        if not ws <= at < i:
            return False
        if in_open_bracket(doc, at, i):
            return True
        dashes = [k for k in range(at, we) if doc.texts[k] in DASHES]
        # (or after a single dash ending the sentence, "Jeg må desværre melde fra alligevel -
        # både til workshop 2 og maden."; not after a turn, "..., så opsummeringen når jeg
        # ikke – men jeg er tilbage til maden")
        return (len(dashes) >= 2 and dashes[0] <= i < dashes[1]) or (
            len(dashes) == 1 and dashes[0] <= i and doc.opening(dashes[0], we) not in g.words["text.contrasts"])

    # a decline drawn as the conclusion takes back what came before it: "jeg kan desværre
    # kun være der fra 16.30 til 17.00 ..., så jeg melder fra denne gang"
    # (not "..., så jeg deltager ikke i workshoppen": coming for part of it, for a person)
    # (or opening its sentence, only filler before the clause: "Så desværre, det bliver uden
    # mig denne gang" after "Jeg kommer super gerne og – hov, nu ser jeg datoen")
    # (English "so" too, which is no "then": "..., so I'll have to decline this time")
    consequences, filler = g.union("text.consequences", "intent.concluding"), g.words["text.filler"]
    leads = [t for t in doc.tokens[s:a] if t.kind != "p"]
    concluded = ((opening is not None and opening.text in consequences)
                 or (bool(leads) and leads[0].text in consequences and all(t.text in filler for t in leads[1:]))) \
        and not any(t.text in g.words["workshop.markers"] for t in doc.tokens[a:b])
    later = doc.sentence_of(at)[0] if m.intent.cancelling else (a if concluded else -1)
    # and so does a no taken back, opening a sentence up to the decline's: "Jeg kommer til
    # workshop 1 og spiser med. Nej vent – det er jo den 20. ... Beklager, jeg må melde fra."
    # (not a no answering one's own question: "Kan jeg nå at spise med ...? Nej, det kan jeg ikke")
    later = max([later] + [ss for ss, se in doc.sentences[:doc.tokens[at].sent + 1] if recants(doc, g, ss, se)])
    # (in any clause that declines: "Afmelding 20. juni" in the subject, then "Jeg må desværre
    # trække min tilmelding til workshop 3 og spisningen tilbage")
    return all(i is not None and (a <= i < b or (turn is not None and s <= i < turn) or wished(i) or told(i)
                                  or i < later or any(da <= i < db for da, db in m.intent.declined))
               for i in coming)


def _for_others(m: Meaning) -> bool:
    """The chosen workshop or the meal answer was said of somebody else."""
    spans = ([m.choice.evidence] if m.choice.evidence else []) + m.dinner.evidence
    return any(a <= s < b for s, _ in spans for a, b in m.party.others_at)


def _sender_among(m: Meaning) -> bool:
    """The sender speaks as one of those who come, anywhere: "jeg", "vi", "mig", "we", "I"."""
    g = grammar()
    return says_i(g, m.doc.tokens) or not m.doc.vocab.isdisjoint(g.words["party.sender_words"])


def _echoed_by_me(m: Meaning) -> dict[tuple[int, int], tuple[int, int]]:
    """The clauses stating others' choices that the sender says again of herself, each with
    the clause that says it (see party.echoed_by_me)."""
    g = grammar()
    return {(x, y): echo for x, y in m.party.others_at if (echo := echoed_by_me(m.doc, g, y)) is not None}


def _shared(m: Meaning) -> bool:
    """Every stated choice of a group is said for all of them ("vi spiser begge med"): in
    its clause, or in its sentence when the clause has no "jeg" of its own ("Jeg vil gerne
    i workshop 1, og vi spiser med" states the workshop for one; so does "Vi er to: jeg
    tager 1, Mette 3", where the "vi" only counts them)."""
    g = grammar()
    plural, everyone = g.words["party.plural"], g.words["party.everyone"]
    spans = ([m.choice.evidence] if m.choice.evidence else []) + m.dinner.evidence
    echoed = _echoed_by_me(m)
    for a, b in spans:
        clause = {t.text for t in m.doc.tokens[a:b]}
        if clause & plural and (not says_i(g, m.doc.tokens[a:b]) or clause & everyone):
            continue
        if clause & g.words["party.together"] or _with_me(m.doc, g, a, b):
            continue
        if tells_a_diet(m.doc, g, a):
            continue  # one's own diet, no choice for one: "Jonas er veganer, og jeg spiser ikke svinekød"
        named = {k for x in m.choice.mentions for k in range(x.start, x.end)}
        # (the meal's count may follow its answer in the sentence: "Mad: ja tak, to kuverter")
        end = m.doc.sentence_of(a)[1] if (a, b) in m.dinner.evidence else b
        counted = [k for k in range(a, end) if k not in named and _counts_them(m, g, k)]
        if counted and (not says_i(g, m.doc.tokens[a:b]) or any(m.doc.tokens[k].kind != "n" for k in counted)):
            continue  # counted out for all of them: "Spisning: 4 kuverter" (not "Workshop 2 and soup")
        if m.party.counted_at < a < m.party.counted_to:
            continue  # its "jeg" ends the list that counted them: "Min kollega | og jeg vil gerne ..."
        s, e = m.doc.sentence_of(a)
        if s <= m.party.counted_at <= a and m.doc.texts[m.party.counted_to - 1] in g.words["party.people"] \
                and not says_i(g, m.doc.tokens[s:e]):
            continue  # a line of the group's answers, its count first: "2 pers. – workshop 3 – 2 kuverter"
        # (the same as the sender's is all of it, the meal too: "hun tager det samme som mig – altså
        # også partnerskaber og spisning")
        stated = m.choice.evidence == (a, b) or (a, b) in m.dinner.evidence
        if any(x <= a < y for x, y in m.party.roster_at):
            continue  # a line of a list of the group, a person each (the lines differing are read apart)
        # (or is theirs, which the sender says again of herself, or that saying: "Mette spiser
        # ikke med, og det gør jeg heller ikke", "He is going for the local area workshop, and so am I")
        if any(echo == (a, b) or x <= a < y for (x, y), echo in echoed.items()):
            continue
        if _echoed(m, g, a) or (stated and _same_as_mine(m.doc, g)) or _restated_of_them(m, g, a, b) \
                or (m.choice.evidence == (a, b) and _same_workshop(m.doc, g)):
            continue
        if says_i(g, m.doc.tokens[a:b]) or not any(t.text in plural for t in m.doc.tokens[s:e]):
            return False
    return True


def _with_me(doc: Doc, g: Grammar, a: int, b: int) -> bool:
    """Tokens a to b join the sender to another by a pronoun or a first name: "Hun og jeg skal
    på bæredygtighedsworkshoppen", "He and I would like workshop 2", "både Lars og jeg tager
    Bæredygtighed" (the one who comes along)."""
    me, them, joiners = g.words["party.first_person"], g.words["party.third_person"], g.words["text.joiners"]
    names = g.words["party.first_names"]
    tokens = doc.tokens

    def another(t: Token) -> bool:
        return t.text in them or (t.cap and t.text in names)

    return any(tokens[k + 1].text in joiners and (
        (tokens[k].text in me and another(tokens[k + 2])) or (another(tokens[k]) and tokens[k + 2].text in me))
        for k in range(a, b - 2))


def _restated_of_them(m: Meaning, g: Grammar, a: int, b: int) -> bool:
    """The sender's answer at tokens a to b said again of the others with an "also", in a
    sentence about them: "Jeg kommer gerne – vinkel 2, og jeg spiser med. ... Han tager også
    vinkel 2 og spiser også med" (not one turned from: "Sanne synes også Lokalområdet lyder
    spændende, men hun vil nu hellere være med der, hvor ...")."""
    doc, echoes = m.doc, g.words["party.echoes"]
    meal = g.union("dinner.eat_verbs", "dinner.stay_verbs")
    refusals = g.union("polarity.negation", "polarity.no", "text.contrasts")
    for x, _ in m.party.others_at:
        s, e = doc.sentence_of(x)
        words = set(doc.texts[s:e])
        if s <= a < e or not words & echoes or words & refusals:
            continue
        if (a, b) == m.choice.evidence:
            if any(s <= n.start < e and n.id == m.choice.workshop for n in m.choice.mentions):
                return True
        elif words & meal:
            return True
    return False


def _counts_them(m: Meaning, g: Grammar, k: int) -> bool:
    """Token k is the group's number: in digits, or a number word after a word that counts
    for whom ("så I kan godt bestille mad til tre"; not any "to", which is English too)."""
    t = m.doc.tokens[k]
    if t.kind == "n":
        return t.text == str(m.party.size)
    return g.numerals.get(t.text) == m.party.size and (
        (k > 0 and m.doc.texts[k - 1] in g.words["party.counted_for"])
        or (k + 1 < len(m.doc.tokens) and m.doc.texts[k + 1] in g.words["numbers.count_labels"]))


def _same_as_mine(doc: Doc, g: Grammar) -> bool:
    """Another's workshop said to be the sender's: "Hun går med i samme workshop som mig",
    "Min kollega tager præcis det samme som mig"; or ditto for another by a pronoun: "Tom Ashby
    (cc'd) is coming with me – ditto for him", "Min kollega kommer også – ditto for ham på begge
    punkter"."""
    same, like, me = g.words["party.same"], g.words["party.like"], g.words["party.me"]
    ditto, them, links = g.words["party.ditto"], g.words["party.third_person"], g.words["party.ditto_links"]
    the_same, no = g.words["party.same_articles"], g.words["polarity.negation"]
    others, names = g.union("party.others", "party.third_person"), g.words["party.first_names"]
    # (not with a part set apart in its sentence: "Kasper tager det samme som mig, bortset fra maden")
    apart = g.words["dinner.but_for"]
    for a, b in doc.clauses:
        texts = doc.texts[a:b]
        if not apart.isdisjoint(doc.texts[a:doc.sentence_of(a)[1]]):
            continue
        if not same.isdisjoint(texts) and any(x in like and y in me for x, y in zip(texts, texts[1:])):
            return True
        # ... or "the same" said of another alone, compared with nothing, in a sentence of its own:
        # "Min kollega Lars vil gerne præcis det samme – både workshop og mad" (not "det samme som
        # sidst", nor "samme aften"; nor the echo of the clause before it, "Jeg vil gerne i workshop 2,
        # og det samme vil min kollega Rasmus")
        if any(x in the_same and y in same and z not in like for x, y, z in zip(texts, texts[1:], texts[2:] + [""])) \
                and no.isdisjoint(texts) and not says_i(g, doc.tokens[doc.sentence_of(a)[0]:b]) \
                and any(t in others or (doc.tokens[a + k].cap and t in names) for k, t in enumerate(texts)):
            return True
        if any(x in ditto and them.intersection(texts[k + 1:k + 1 + _DITTO_REACH]) for k, x in enumerate(texts)):
            return True
        # ... or "the same for" one: "Same for him: workshop 1 and dinner", "Det samme for hende"
        if any(x in same and y in links and z in them for x, y, z in zip(texts, texts[1:], texts[2:])):
            return True
    return False


_DITTO_REACH = 2  # words from "ditto" to the one it is said for: "ditto for him"


def _same_workshop(doc: Doc, g: Grammar) -> bool:
    """"Samme workshop" said of another alone, the sender's own left understood: "Min kollega
    Lone vil også gerne med - samme workshop" (not "samme workshop som Jens", nor the meal)."""
    same, like = g.words["party.same"], g.words["party.like"]
    markers, no = g.words["workshop.markers"], g.words["polarity.negation"]
    for a, b in doc.clauses:
        texts = doc.texts[a:b]
        if any(x in same and y in markers and z not in like for x, y, z in zip(texts, texts[1:], texts[2:] + [""])) \
                and no.isdisjoint(texts) and not says_i(g, doc.tokens[a:b]):
            return True
    return False


_ECHO_WORDS = 6  # "og det gør jeg heller ikke", "and nor can I"


def _echoed(m: Meaning, g: Grammar, a: int) -> bool:
    """A short clause after the one at token `a`, in its sentence, says the same of the
    other person: "Mette spiser ikke med, og det gør jeg heller ikke", "John can't stay
    for dinner, and nor can I", "jeg tager Lokalområdet, og det vil Camilla også"."""
    doc = m.doc
    echoes, pro_forms = g.words["party.echoes"], g.words["party.pro_forms"]
    others = g.union("party.third_person", "party.others")
    mine = says_i(g, doc.tokens[slice(*doc.clause_of(a))])
    e = doc.sentence_of(a)[1]
    k = doc.clause_of(a)[1]
    joins, so = g.union("text.coordinators", "text.contrasts"), g.words["party.echo_openers"]
    # (or "so" and a verb before the one it is said of, closing the sender's own clause: "I'll stay
    # for dinner and so will Karen")
    tail = [t for t in doc.tokens[slice(*doc.clause_of(a))] if t.kind != "p"][-4:]
    if mine and len(tail) == 4 and tail[0].text in joins and tail[1].text in so \
            and (tail[3].text in others or tail[3].cap):
        return True
    while k < e:
        ca, cb = doc.clause_of(k)
        said = [t for t in doc.tokens[ca:cb] if t.kind != "p"]
        words = {t.text for t in said}
        # (or in a clause of its own: "I'll take Partnerships, and so will Tom")
        bare = [t.text for t in (said[1:] if said and said[0].text in joins else said)]
        if len(said) <= _ECHO_WORDS and ((words & echoes and words & pro_forms)
                                         or (len(bare) == 3 and bare[0] in so)):
            # of the other one, when the first was the sender's (and the other way round):
            # "og det er også fint med suppen" echoes nobody; nor one with a part set apart: "...,
            # og det vil Lars også – bortset fra maden"
            if says_i(g, said) != mine and (
                    not mine or words & others or any(t.cap for t in said[1:])):
                return g.words["dinner.but_for"].isdisjoint(doc.texts[ca:e])
        k = cb
    return False
