"""Relevance fix of review 63's look-alike (tests/rules/test_review_63.py): a timeline of Russia's own arms imports,
its steps told in the present ("2025: Pyongyang sends long-range artillery"), is no aid news, as a report of the
same giving in the past is (the trap of weapons supplied to Russia, config/rules.toml, reads "sends", "envoie",
"schickt"); aid to Ukraine told beside it stays aid news. Every text is invented for this file."""

from __future__ import annotations

import pytest

from tests.support.wire_reading import assert_relevance, read

ITEMS = [
    ("en", "Timeline: Russia's arms suppliers, 2022-2025",
     "2022: Iranian drones hit Kharkiv. 2024: Pyongyang sends artillery shells and rocket launchers by rail.",
     False),
    ("fr", "Chronologie : les fournisseurs d'armes de Moscou",
     "2022 : des drones iraniens frappent Kharkiv. 2024 : Pyongyang envoie des obus et des lance-roquettes.",
     False),
    ("de", "Chronik: Russlands Waffenlieferanten",
     "2022: Iranische Drohnen treffen Charkiw. 2024: Nordkorea schickt Artilleriegranaten und Raketenwerfer.",
     False),
    # (aid to Ukraine told beside the suppliers stays aid news)
    ("en", "Germany sends IRIS-T as Pyongyang sends shells to Russia",
     "Germany will send two more IRIS-T systems to Ukraine, the ministry said, as Pyongyang sends shells to Russia.",
     True),
]


@pytest.mark.parametrize(("lang", "headline", "lead", "relevant"), ITEMS)
def test_review_63b_relevance_causes_read_in_general(defaults, lang: str, headline: str, lead: str,
                                                     relevant: bool) -> None:
    assert_relevance(defaults, read(defaults, headline, lead), relevant)
