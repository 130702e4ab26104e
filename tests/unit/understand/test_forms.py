"""Form lines: the options in brackets are hints, the answer is what follows them."""

from __future__ import annotations

import pytest
from reply import read


@pytest.mark.parametrize(("name", "workshop", "dinner"), [
    ("form_option_hints_da", 2, True),  # "Workshop (1/2/3): 2", "Suppe (ja/nej): ja"
    ("form_option_hints_en", 3, False),  # "Workshop (1, 2 or 3): 3", "Soup afterwards (yes/no): no"
])
def test_the_options_offered_are_no_answer(context, name, workshop, dinner):
    reading = read(context, name)
    assert (reading.action, reading.workshop, reading.dinner) == ("confirm", workshop, dinner)
    assert not reading.unclear


@pytest.mark.parametrize(("name", "workshop"), [
    ("form_meal_field_left_empty", 3),  # "Spiser med (ja/nej):" and nothing after (had confirmed a yes)
    ("form_options_copied_as_the_answer", 2),  # "Soup afterwards (yes/no): yes/no" (had confirmed a no)
    # "Suppe: ja / nej (slet det, der ikke passer)": the template's remark after the options
    # (had confirmed a no)
    ("form_options_left_with_their_remark_da", 1),
])
def test_a_field_left_unfilled_answers_nothing(context, name, workshop):
    reading = read(context, name)
    assert (reading.action, reading.workshop, reading.dinner) == ("ask", workshop, None)


@pytest.mark.parametrize("name", [
    # "( ) Workshop 1: Regnvand / (X) Workshop 2: Byhaver / ( ) Workshop 3: Naboskab",
    # "Spise suppe efter mødet: (X) ja ( ) nej"
    "forms_tick_boxes",
    # "☐ Workshop 1: Regnvand / ☒ Workshop 2: Byhaver / ... ☒ Jeg spiser suppe med / ☐ Jeg
    # spiser ikke med" (had asked about both)
    "form_glyph_tick_boxes",
    # a box ending each option's line, spaces inside: "Workshop 2: Byhaver  [X]", "Spiser med
    # efter mødet:  [X] ja   [  ] nej" (had read the meal as a no and asked for the workshop)
    "form_boxes_after_options",
])
def test_tick_boxes_answer_with_the_boxes_ticked(context, name):
    reading = read(context, name)
    assert (reading.action, reading.workshop, reading.dinner) == ("confirm", 2, True)


@pytest.mark.parametrize(("name", "dinner"), [
    # stop 39: "Suppe:" / "Ja:" / "Nej: X", the answers offered one to a line, the chosen one
    # ticked (the bare "Ja:" had been read as a yes and confirmed: the wrong meal)
    ("form_answers_one_to_a_line_ticked", False),
    # "Workshop 2: X" / "Suppe: X", a tick with no box after a label (the meal's had said
    # nothing: asked)
    ("form_lone_ticks_after_labels", True),
    # stop 68: ... or after a label's dash: "Workshop - 2, Suppe - x" (had asked the meal)
    ("forms_a_tick_after_a_labels_dash_da", True),
])
def test_a_tick_without_a_box_marks_the_answer(context, name, dinner):
    reading = read(context, name)
    assert (reading.action, reading.workshop, reading.dinner) == ("confirm", 2, dinner)


@pytest.mark.parametrize(("name", "workshop"), [
    # Word's Wingdings boxes in the plain-text part: "þ Workshop 1: Regnvand" / "¨ Workshop 2:
    # ..." and "Suppe efter mødet:  þ Ja   ¨ Nej" (all three had been named, the meal a no: asked)
    ("form_wingdings_boxes", 1),
    # the option chosen in brackets among those on its line: "Workshop:  1  /  [2]  /  3",
    # "Suppe:  [ja]  /  nej" (asked)
    ("form_bracketed_option_on_a_line", 2),
    # sibling lines, one marked at its end: "Workshop 2: Byhaver   x" (asked)
    ("form_mark_at_the_end_of_a_heading", 2),
    # a mark among options spaced out after a label, nearest the one it marks: "Suppe efter
    # mødet:   Ja  X       Nej" (the "Nej" after it had been read: the wrong meal confirmed)
    ("form_mark_between_spaced_options", 2),
    # an arrow beside one of the pasted lines: "Workshop 2: Byhaver    <---" (asked)
    ("form_an_arrow_beside_a_pasted_line", 2),
    # ... and one that says a few words: "• Vinkel 3: Naboskab  ← den tager jeg" (asked: all
    # three named)
    ("form_an_arrow_with_words_in_a_bullet_list", 3),
    # an arrow that refuses marks nothing: "Vinkel 1: Regnvand  <-- ikke den" beside "Vinkel 3:
    # Naboskab  <-- den her!" (two marks would choose neither)
    ("form_an_arrow_refusing_one_marks_nothing", 3),
    # a table's rows as text, numbered, one marked after a colon: "1 Regnvand" / "2 Byhaver" / "3
    # Naboskab: X" (asked: all three named)
    ("form_numbered_rows_one_marked_after_a_colon", 3),
    # each option answered on its line, one yes: "Regnvand: ja" / "Byhaver: nej" / "Naboskab: nej"
    # (the "nej"s after it had taken the "ja" back: only excluded, asked)
    ("form_options_answered_yes_or_no", 1),
    # stop 72: a ranking in a table of two columns, its numbers places: "min prioritering (1 = helst):" over
    # "Regnvand<tab>2" / "Byhaver<tab>3" / "Naboskab<tab>1" (critical: had confirmed 1, "Regnvand 2"
    # read as the first preference)
    ("ws_a_ranking_table_its_numbers_are_places_da", 3),
])
def test_the_option_marked_among_others_is_the_answer(context, name, workshop):
    reading = read(context, name)
    assert (reading.action, reading.workshop, reading.dinner) == ("confirm", workshop, True)


def test_a_ticked_no_with_its_reason_after_a_dash_refuses_the_meal(context):
    # "Staying for the soup:" / "[ ] Yes" / "[X] No – I have to catch the 19:52 train back to
    # Roskilde": the answer under the field runs to the dash (critical: the field's own
    # "Staying" had confirmed a yes)
    reading = read(context, "din_ticked_no_with_its_reason_en")
    assert (reading.action, reading.workshop, reading.dinner) == ("confirm", 3, False)


@pytest.mark.parametrize(("name", "action", "workshop"), [
    # a yes to coming on a line of its own, then the meal's: "Deltager: Ja" / "Workshop: 2" /
    # "Suppe: Ja tak", "Attending: Yes" / ... / "Soup: Yes please" (the second "Ja" had been taken
    # for a name written before with a capital, the meal's yes for another's: gone to a person)
    ("form_coming_yes_line_then_meal_yes_da", "confirm", 2),
    ("form_attending_yes_line_then_meal_yes_en", "confirm", 3),
    ("form_workshop_field_a_question_mark_da", "ask", None),  # "Workshop: ?"
])
def test_a_capital_after_a_colon_is_an_answer_not_a_name(context, name, action, workshop):
    reading = read(context, name)
    assert (reading.action, reading.workshop, reading.dinner) == (action, workshop, True)
