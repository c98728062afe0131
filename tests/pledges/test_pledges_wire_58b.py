"""Round 58b: review 58's notation, bracket, vote, markets and joint-pledge causes (tests/pledges/test_review_58.py),
each read as a phenomenon of wire copy in the three languages. Every sentence is invented for this file.

- notation: thousands told with "k" ("12k shells", "30k+ recruits") are counts; a German count in millions
  shortened "Mio." ("2 Mio. Schuss") is a count of rounds, not money, and its abbreviation's dot ends no
  sentence (it made the count a sum in the currency of the package before it, and the figures swapped);
"""

from __future__ import annotations

import pytest

from bot.core.pledges.numbers import find_counts, find_money
from tests.support.wire_labels import AMMO, MONEY, P, D
from tests.support.wire_reading import figures

NOTATION = [
    ("en", "", "Portugal will send Ukraine 12k artillery shells and 4k first-person-view drones this year, the "
     "defence ministry said.", {("PT", AMMO, P, 12000), ("PT", "drones", P, 4000)}),
    ("en", "", "Ireland has trained 30k+ Ukrainian soldiers since 2023, the army said.",
     {("IE", "training", D, 30000)}),
    ("de", "", "Dänemark stellt der Ukraine 3 Mrd. Kronen bereit, darunter 2 Mio. Schuss Munition für "
     "Sturmgewehre.", {("DK", MONEY, P, 3000000000), ("DK", AMMO, P, 2000000)}),
]


@pytest.mark.parametrize(("lang", "title", "text", "expected"), NOTATION)
def test_notation_brackets_votes_markets_and_joint_pledges(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected


@pytest.mark.parametrize(("text", "lang", "counts", "sums"), [
    ("12k shells and $10k in cash", "en", [12000], [10000.0]),
    ("a 10km road and a K-2 tank", "en", [], []),
    ("darunter 2 Mio. Schuss", "de", [2000000], []),
    ("4 Mrd. Euro für Munition und 2 Mrd. Die Regierung", "de", [], [4e9, 2e9]),
    ("4 Mrd. Euro für Munition und 2 Mrd. für Drohnen", "de", [], [4e9, 2e9]),
])
def test_compact_counts_and_german_abbreviated_millions(text: str, lang: str, counts: list, sums: list) -> None:
    assert [c.value for c in find_counts(text, lang)] == counts
    assert [m.value for m in find_money(text, lang)] == sums
