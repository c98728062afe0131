"""Relevance, round 57b: the cause of review 57's one miss (tests/rules/test_review_57.py): weapons paid for
Ukraine's forces by a giver whose name and verb the support words lack ("Baden-Württemberg bezahlt ... für die
ukrainische Armee"). A rule now reads a paying word near a weapon, near Ukraine's forces (army, troops,
brigades), as the satellite terminal and fuel rules do.

Every text here was written for this file in the style of wire copy, labelled by hand before the rules were run
on it, and never taken from the real-article set. Main (f353b577) missed every AID_NEWS item (German; the English
and French forms were kept already); GUARDS read the same before and after.
"""

from __future__ import annotations

import pytest

from bot.core.rules.language import RuleSet
from tests.support.wire_reading import assert_relevance, read

AID_NEWS = [
    ("Sachsen bezahlt Minenräumdrohnen für die ukrainische Armee",
     "DRESDEN (Agentur) - Das Kabinett stellt dafür acht Millionen Euro bereit, sagte eine Sprecherin."),
    ("Das Saarland bezahlt Panzerabwehrwaffen für die ukrainischen Streitkräfte", ""),
]

GUARDS = [
    # English and French read so before (paying is a support word there): still aid news
    ("Hesse pays for mine-clearing drones for Ukraine's army",
     "WIESBADEN (Wire) - The state cabinet set aside 8 million euros on Tuesday, a spokeswoman said.", True),
    ("La Wallonie paie des drones de déminage pour l'armée ukrainienne",
     "NAMUR (Agence) - Le gouvernement régional a débloqué 8 millions d'euros mardi, a indiqué une porte-parole.",
     True),
    # paying for relief, or for a donor's own army: not aid news
    ("Hesse pays for generators for Ukraine's hospitals", "", False),
    ("Sachsen bezahlt Krankenwagen für ukrainische Kliniken", "", False),
    ("Germany pays for new drones for its own army", "", False),
]


@pytest.mark.parametrize(("headline", "lead"), AID_NEWS)
def test_weapons_paid_for_ukraines_forces_are_aid_news(defaults: RuleSet, headline: str, lead: str):
    assert_relevance(defaults, read(defaults, headline, lead), True)


@pytest.mark.parametrize(("headline", "lead", "relevant"), GUARDS)
def test_paying_for_relief_or_own_forces_stays_as_it_was(defaults: RuleSet, headline: str, lead: str,
                                                         relevant: bool):
    assert_relevance(defaults, read(defaults, headline, lead), relevant)
