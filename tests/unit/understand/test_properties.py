"""understand() on arbitrary text bodies: never an error, and never a confirmation of
something it did not find. (test_mime.py has the property test of arbitrary MIME.)"""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from pipeline.understand import ACTIONS, understand

HEADERS = ("From: Test Person <test@example.dk>\r\nTo: tilmelding@lysholm-bolig.dk\r\n"
           "Subject: Re: Invitation\r\nIn-Reply-To: <x@y>\r\nContent-Type: text/plain; charset=utf-8\r\n"
           "Content-Transfer-Encoding: 8bit\r\n\r\n").encode()
# Words the grammar reacts to, so random sentences go down every path.
WORDS = (
    "jeg vi kommer deltager ikke ingen nej ja tak gerne helst ellers eller enten men og måske "
    "workshop vinkel nr. ws2 2'eren den anden første tredje II workshoppen om spiser med maden "
    "suppe springer over bliver til d. kl. 20. 24/9 16.45 Nyvej 3 2650 43 68 62 14 afd. 2 "
    "to tre vi er 2 min kollega og jeg på vegne af tilmelde hende ved endnu ikke afhænger af "
    "Regnvand byhaver naboskab regnvandsworkshoppen Naboskab-workshoppen urban gardens I not "
    "sure won't can't stay for dinner prefer otherwise instead of first thought melde afbud "
    "alligevel forhindret hvis ja ? ! , . – : ( ) + vegetar skifte til 1 2 3 4 0 99 "
    "Ahmed Kim Oles mail fra kun mig selv end than skulle der selvom spiste sidst no. mand "
    "har bedt hun tager plads instead go Hej Karen Jonas 13/6 Thursday stadig still joine tro"
).split()


def check(reading, asked=frozenset(), ids=frozenset({1, 2, 3})):
    assert reading.action in ACTIONS
    assert reading.error is None
    assert reading.party >= 1 and reading.lang in ("da", "en")
    assert reading.workshop is None or reading.workshop in ids
    if reading.action in ("decline", "ignore"):
        assert (reading.workshop, reading.dinner, reading.party) == (None, None, 1)
    if reading.party > 1:
        assert reading.action in ("confirm", "ask")
    if reading.action == "confirm":
        assert not reading.unclear
        assert all(getattr(reading, field) is not None for field in (asked or ("workshop", "dinner")))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=st.text(max_size=600))
def test_any_text(context, body):
    check(understand(HEADERS + body.encode("utf-8", "surrogatepass"), context))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(words=st.lists(st.sampled_from(WORDS), max_size=40),
       breaks=st.lists(st.sampled_from([" ", " ", " ", "\n", "\n\n", "\n> "]), min_size=40, max_size=40),
       asked=st.sets(st.sampled_from(["workshop", "dinner"])))
# a number of no workshop ("4") beside a workshop noun had been taken as the workshop described
@example(words=["4", "tak", "men", "vinkel", "deltager"], breaks=[" "] * 40, asked=set())
# a name closing its clause before a comma that ends the text had read past the end
@example(words=["jeg", "jeg", "jeg", "Regnvand", ","], breaks=[" "] * 40, asked=set())
# a negation ending the text after a date had been looked past for the meeting dated
@example(words=["13/6", "not"], breaks=[" "] * 40, asked=set())
# a doubt ending the text right after a name had been looked past for a "så" between them
@example(words=["Regnvand", "måske"], breaks=[" "] * 40, asked=set())
def test_any_sentence_of_grammar_words(context, words, breaks, asked):
    body = "".join(w + b for w, b in zip(words, breaks))
    check(understand(HEADERS + body.encode(), context, frozenset(asked)), frozenset(asked))
