"""Relevance, stories round 63: two traps that cancelled a feed item's aid news (busy day 63). Every item is invented
for this file; each was labelled by hand before the rules were changed, following ../shared/eval/README.md.

- A morning brief whose aid item is a promise ("At Ramstein, Germany promised Ukraine ...") beside a football item:
  the sport trap's aid exception read giving now and German promises, not "promised", "pledged", "promet".
- "Erste Drohnen aus britischem Paket ... eingetroffen" over "aus dem britischen Hilfspaket über 450 Millionen Pfund":
  the parcel trap read "Drohnen ... Paket" as a parcel delivered; an aid package named with its sum is no parcel.
"""

from __future__ import annotations

import pytest

from bot.core.rules.language import RuleSet
from tests.support.wire_reading import assert_relevance, read

# (lang, headline, lead, relevant)
ITEMS = [
    ("en", "Evening brief: bank strike, Brussels pledges, a derby draw",
     "Good evening. Bank staff walked out for a day. In Brussels, Sweden pledged Ukraine six more Archer howitzers. "
     "And the football club sacked its coach after the derby.", True),
    ("fr", "L'essentiel du soir : grève, promesses à Bruxelles, football",
     "Bonsoir. Les cheminots sont en grève. À Bruxelles, la Suède promet à l'Ukraine six obusiers Archer de plus. "
     "Et le club de football a limogé son entraîneur.", True),
    ("en", "Evening brief: the coach promised his fans a title",
     "The coach promised the fans a title after the derby, and the striker's shot flew like a missile.", False),
    ("de", "Erste Drohnen aus niederländischem Paket in der Ukraine",
     "Die ersten 1.000 Drohnen aus dem niederländischen Hilfspaket über 300 Millionen Euro sind in der Ukraine "
     "eingetroffen, teilte das Ministerium in Den Haag mit.", True),
    ("de", "Paketdienst testet Lieferung per Drohne",
     "Ein Paketdienst liefert in der Eifel Pakete per Drohne aus; der Versuch läuft bis zum Sommer.", False),
]


@pytest.mark.parametrize(("lang", "headline", "lead", "relevant"), ITEMS)
def test_items_are_read_as_labelled(defaults: RuleSet, lang: str, headline: str, lead: str, relevant: bool) -> None:
    assert_relevance(defaults, read(defaults, headline, lead), relevant)
