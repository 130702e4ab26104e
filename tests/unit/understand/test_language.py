"""The language of the sender's own words, not of the client's quote header."""

from __future__ import annotations

import pytest
from reply import read


@pytest.mark.parametrize(("name", "lang"), [
    ("lang_en_under_danish_outlook", "en"),  # English text above "Fra:/Sendt:"
    ("lang_da_under_english_gmail", "da"),  # Danish text above "On ... wrote:"
    ("lang_en_danish_workshop_name", "en"),  # English naming the Danish "Byhaver"
    ("ws_english_number_word", "en"),
    ("dinner_springer_over", "da"),
])
def test_language_of_the_own_words(context, name, lang):
    assert read(context, name).lang == lang


def test_machine_mail_has_the_language_of_its_notice(context, eml_bytes):
    from pipeline.understand import understand

    assert understand(eml_bytes("machine/ooo_x_autoreply_en.eml"), context).lang == "en"
    assert understand(eml_bytes("machine/exchange_ooo_da.eml"), context).lang == "da"
