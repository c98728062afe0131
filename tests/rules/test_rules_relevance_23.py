"""Relevance round 23: one fact about frozen Russian assets scored twice (reread46d item 14).

Rule 60 (weapons paid for with frozen Russian assets) and rule 115 (a sum from those assets and the
weapons it is for, read over a longer reach) both fired on the same phrase: the assets, a sum,
"weapons" and Ukraine. News about the assets themselves (a court case, a vote on the freeze) that
names weapons only as what Ukraine wants the money used for turned relevant on two signals from one
fact. Rule 115 now needs what rule 60 does not: the sum told as paid (transferred, disbursed, paid
out, "überwiesen", "versé"). Items written for this test in EN/FR/DE (none taken from the real set),
labelled before their first run.
"""

from __future__ import annotations

import pytest

from bot.core.rules.language import RuleSet
from tests.support.wire_reading import fired, read

# Rule 115, by the start of its comment in config/rules.toml.
ASSETS_SUM_RULE = "A sum drawn from frozen Russian assets and the weapons it is for"

COURT_CASES = [
    ("EU court rules on Russian central bank assets",
     "The EU's General Court on Wednesday rejected a challenge by Russia's central bank against the freezing of "
     "210 billion euros of its assets, which Ukraine wants used for weapons."),
    ("La justice européenne valide le gel des avoirs russes",
     "Le Tribunal de l'UE a rejeté mercredi le recours de la banque centrale russe contre le gel de 210 milliards "
     "d'euros d'avoirs, que l'Ukraine voudrait voir servir à l'achat d'armes."),
    ("EU-Gericht bestätigt Einfrieren russischer Zentralbankgelder",
     "Das EU-Gericht hat am Mittwoch eine Klage der russischen Zentralbank gegen das Einfrieren von 210 Milliarden "
     "Euro abgewiesen, die die Ukraine gern für Waffen einsetzen würde."),
]

PAID_OUT = [
    ("EU sends Kyiv asset profits for air defence",
     "The EU has transferred 1.5 billion euros from the windfall profits on the immobilised assets of Russia's "
     "central bank to Ukraine, mainly for air defence and ammunition, the Commission said."),
    ("Weitere Milliarden aus russischem Vermögen für Kiew",
     "Die EU hat der Ukraine 1,6 Milliarden Euro aus den Zinserträgen eingefrorener russischer Zentralbankgelder "
     "überwiesen, vor allem für Flugabwehr und Munition."),
    ("L'UE verse 1,5 milliard à Kiev",
     "L'Union européenne a versé à l'Ukraine 1,5 milliard d'euros issus des revenus des avoirs russes immobilisés, "
     "principalement pour la défense aérienne et les munitions."),
]


@pytest.mark.parametrize(("headline", "lead"), COURT_CASES)
def test_a_court_case_on_the_assets_is_no_aid(defaults: RuleSet, headline: str, lead: str):
    analysis = read(defaults, headline, lead)
    assert not fired(analysis, ASSETS_SUM_RULE), defaults.explain(analysis)
    assert not analysis.relevant, defaults.explain(analysis)


@pytest.mark.parametrize(("headline", "lead"), PAID_OUT)
def test_asset_profits_paid_out_for_weapons_stay_aid(defaults: RuleSet, headline: str, lead: str):
    analysis = read(defaults, headline, lead)
    assert fired(analysis, ASSETS_SUM_RULE), defaults.explain(analysis)
    assert analysis.relevant, defaults.explain(analysis)
