"""Demining kit or equipment for Ukraine's army is aid (review 54, c1): the eval set's labelling counts military
equipment and financing as aid, and the rules read demining machines, vehicles, robots and "demining equipment",
but not "demining kit", "kits de déminage" or "Entminungsausrüstung", so an article funding it scored only the money
rule (1 < 2). The humanitarian-demining trap still lays the same kit for farmland, a relief programme or an
emergency service (README, "Approvals, transfers, demining"). Every item is invented for this file."""

from __future__ import annotations

import pytest

from bot.core.rules.language import RuleSet
from tests.support.wire_reading import assert_relevance, fired, read

HUMANITARIAN_DEMINING_TRAP = "Humanitarian demining"

# (lang, headline, lead, relevant)
FOR_THE_ARMY = [
    ("en", "Belgium to pay for demining kit for Ukraine's army",
     "The EUR 15 million will buy mine detectors and protective suits for Ukrainian sappers, Brussels said.",
     True),
    ("en", "Austria funds mine clearing gear for Ukrainian forces",
     "Vienna said on Tuesday that the money stays within its neutrality rules.",
     True),
    ("fr", "La Belgique finance des kits de déminage pour l'armée ukrainienne",
     "Bruxelles débloque 15 millions d'euros, a indiqué mardi le ministère de la Défense.",
     True),
    ("de", "Österreich bezahlt Entminungsausrüstung für die ukrainische Armee",
     "Wien stellt der Ukraine 15 Millionen Euro für Entminungsgeräte der Pioniere bereit.",
     True),
]
FOR_FIELDS_AND_RESCUERS = [
    ("en", "Austria funds demining kit for Ukraine's farmers",
     "Vienna will give Ukraine demining kit so that farmers can sow farmland near Kharkiv again.",
     False),
    ("en", "Japan donates demining kit to Ukraine's emergency service",
     "Tokyo will give the State Emergency Service demining kit for humanitarian demining in the Kharkiv region.",
     False),
    ("fr", "La Suisse offre des kits de déminage à l'Ukraine",
     "Berne livrera les kits d'ici l'été. Ils permettront aux agriculteurs de cultiver de nouveau leurs champs.",
     False),
    ("de", "Schweiz schenkt der Ukraine Entminungsausrüstung",
     "Bern liefert Kiew Entminungsgeräte für die humanitäre Minenräumung. Landwirte sollen ihre Felder wieder "
     "bestellen können.",
     False),
]


@pytest.mark.parametrize(("lang", "headline", "lead", "relevant"), FOR_THE_ARMY + FOR_FIELDS_AND_RESCUERS)
def test_items_are_read_as_labelled(defaults: RuleSet, lang: str, headline: str, lead: str, relevant: bool):
    assert_relevance(defaults, read(defaults, headline, lead), relevant)


@pytest.mark.parametrize(("lang", "headline", "lead", "relevant"), FOR_FIELDS_AND_RESCUERS)
def test_the_trap_still_lays_the_kit_for_fields_and_rescuers(defaults: RuleSet, lang, headline, lead, relevant):
    assert fired(read(defaults, headline, lead), HUMANITARIAN_DEMINING_TRAP)
