"""A filter word or donor that mixes scripts ("Gеrmany" with a Cyrillic "е"), refused in the
page's language: until stop 54 a French or German page said why in English inside its own
sentence ("il mêle des écritures : Latin and Cyrillic letters in ...")."""

from __future__ import annotations

import pytest

from bot.config import load_entities
from bot.web.params import BadRequest, parse_view

LOOK_ALIKE = "G\u0435rma\u043bny"  # a Cyrillic "е", and "л", which has no Latin twin


@pytest.mark.parametrize(("lang", "told"), [
    ("fr", "lettres latines et cyrilliques dans 'G\u0435rma\u043bny' ('\u0435' est U+0435 CYRILLIC SMALL LETTER IE)"),
    ("de", "lateinische und kyrillische Buchstaben in 'G\u0435rma\u043bny' ('\u0435' ist U+0435 CYRILLIC SMALL LETTER IE)"),
])
def test_a_look_alike_filter_word_is_explained_in_the_pages_language(lang, told):
    with pytest.raises(BadRequest) as refused:
        parse_view({"q": [LOOK_ALIKE]}, ("q",), load_entities())
    assert told in refused.value.in_language(lang)
    assert "letters in" not in refused.value.in_language(lang)
    assert "Latin and Cyrillic letters in" in str(refused.value)  # the downloads' line stays English
