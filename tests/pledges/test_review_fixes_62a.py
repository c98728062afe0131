"""Fixes of review 62's causes (tests/pledges/test_review_62.py, fix62a's share), each read as a form of a feed item
(a headline and an RSS summary) in the three languages. Every sentence is invented for this file.

- an HTML reference left in a feed's text ("&#8364;40m", "&euro;", "&#36;", "&pound;", "d&#8217;obus") is the
  character it names: the sum is read, as the same text with "€" gives it (bot/core/text/entity_refs.py);
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, AMMO, MONEY, P
from tests.support.wire_reading import figures

FIXED = [
    # an HTML reference for the currency or an apostrophe
    ("en", "Estonia will give Ukraine &#8364;40m in military aid, its defence minister said.",
     {("EE", MONEY, P, 40000000)}),
    ("en", "Estonia will give Ukraine &euro;40m in military aid, its defence minister said.",
     {("EE", MONEY, P, 40000000)}),
    ("en", "Canada will send Ukraine &#36;25 million worth of artillery shells, Ottawa&#8217;s defence minister said.",
     {("CA", AMMO, P, 25000000)}),
    ("en", "Britain will give Ukraine &pound;150m for air defence missiles, the Ministry of Defence said.",
     {("GB", AIR, P, 150000000)}),
    ("fr", "L&#8217;Estonie versera 40&nbsp;millions d&#8217;euros d&#8217;aide militaire à l&#8217;Ukraine.",
     {("EE", MONEY, P, 40000000)}),
    ("de", "Estland gibt der Ukraine Militärhilfe im Wert von 40&nbsp;Millionen &#8364;, teilte das "
     "Verteidigungsministerium mit.", {("EE", MONEY, P, 40000000)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FIXED)
def test_review_62_fixes_read_as_labelled(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


def test_a_reference_in_the_headline_is_decoded_too() -> None:
    assert figures("Estonia names the weapons in its new package.", "en",
                   title="Estonia to give Ukraine &#8364;40m in military aid") == {("EE", MONEY, P, 40000000)}
