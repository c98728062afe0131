"""News of sanctions on Russia is one look-alike, weighed once per article (-1), however many of its forms the article
tells: a package adopted, sanctions aimed at Russia's arms makers, a freeze of their assets.

Until stop 54 these were two traps that added up: a package of sanctions on Russian drone makers took 2, so aid news
that also told one needed 4 of weight to reach the threshold of 2, where an article telling only one form needed 3.
"Traps add up" is for look-alikes of different kinds (an investor's words and relief goods), not for two readings of
one. Both forms read a giving of parts as the suppliers' own: firms that "supply engines for the Shahed drones fired at
Ukrainian cities" give Ukraine nothing, and the package form read them as a giving to Ukraine now."""

from __future__ import annotations

import pytest

from bot.core.rules.language import RuleSet
from tests.support.wire_reading import read

SANCTIONS = "trap"

# (headline, lead): sanctions news only: a package on Russia's drone makers, whose suppliers' engines the supplying
# words read as a giving near Ukraine.
SANCTIONS_ONLY = [
    ("EU adopts new sanctions package against Russia",
     "BRUSSELS (Reuters) - The European Union adopted its 15th package of sanctions against Russia on Monday, freezing "
     "the assets of Russian drone makers that supply engines for the Shahed drones fired at Ukrainian cities."),
    ("L'UE adopte un nouveau paquet de sanctions contre la Russie",
     "BRUXELLES (AFP) - Le paquet de sanctions gèle les avoirs de fabricants russes de drones, qui fournissent des "
     "moteurs aux drones tirés contre les villes ukrainiennes."),
]

# (headline, lead): aid news that also tells sanctions on Russia's arms makers, and no giving in the present or future
# tense ("pledged"): its aid must not need more weight than aid news beside one form of sanctions.
AID_AND_SANCTIONS = [
    ("EU adopts sanctions package on Russian drone makers",
     "BRUSSELS (Reuters) - The package of sanctions against Russia freezes the assets of Russian drone makers. "
     "Germany pledged two more IRIS-T systems to Ukraine on the same day."),
    ("Neues Sanktionspaket gegen russische Drohnenhersteller",
     "BRÜSSEL (dpa) - Das Sanktionspaket gegen Russland trifft russische Drohnenhersteller und ihre Zulieferer. "
     "Deutschland hat der Ukraine am selben Tag zwei weitere IRIS-T-Systeme zugesagt."),
]


def _sanction_weight(defaults: RuleSet, headline: str, lead: str) -> float:
    analysis = read(defaults, headline, lead)
    return sum(hit.weight for hit in analysis.hits if hit.topic == SANCTIONS and any(
        "sanction" in word.lower() or "sanktion" in word.lower() for word in hit.words))


@pytest.mark.parametrize(("headline", "lead"), SANCTIONS_ONLY)
def test_sanctions_news_is_no_aid_and_weighs_its_trap_once(defaults: RuleSet, headline: str, lead: str):
    analysis = read(defaults, headline, lead)
    assert not analysis.relevant, defaults.explain(analysis)
    assert _sanction_weight(defaults, headline, lead) == -1, defaults.explain(analysis)


@pytest.mark.parametrize(("headline", "lead"), AID_AND_SANCTIONS)
def test_aid_news_that_also_tells_sanctions_on_arms_makers_stays_aid(defaults: RuleSet, headline: str, lead: str):
    analysis = read(defaults, headline, lead)
    assert analysis.relevant, defaults.explain(analysis)
    assert _sanction_weight(defaults, headline, lead) == -1, defaults.explain(analysis)
