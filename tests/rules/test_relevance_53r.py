"""Relevance, round 53r (review 53, causes c1-c4): four ways wire copy was misread, each in the languages it is
written in, with the look-alikes each fix must leave alone. Every item is invented for this file (none is taken
from the real-article set or from the review's probe).

- Japan or South Korea giving to Ukraine ("Japan to send 40 armoured vehicles to Ukraine"): the trap for their
  arms trade (Patriots made under licence for the United States, tanks for Poland) read the country beside the
  weapons and took the second signal back. Their sales to others stay a trap.
- A round-up's own words: donors that "add to Ukraine's arsenal", and satellite terminals a donor pays for or sends
  to Ukraine's forces (equipment on no weapons list). Not a football club called Arsenal, nor terminals for
  hospitals.
- A desk's label for its column on aid ("Aide militaire :", "Military aid:", "Militärhilfe:") over a lead naming
  donors and their weapons but not Ukraine: aid news (ruling in README.md, "Ukraine not named"). Not aid bound for
  another country under the same label, nor the same lead without the label.
- Sanctions on Russia's arms makers or suppliers, whose story tells what they supply for the drones fired at
  Ukraine: no aid. Aid news that names such sanctions in passing stays aid news.
"""

from __future__ import annotations

import pytest

from bot.core.rules.language import RuleSet
from tests.support.wire_reading import assert_relevance, read

# (lang, headline, lead, relevant): labelled by hand before the rules were changed.
JAPAN_AND_KOREA = [
    ("en", "Japan to send 40 armoured vehicles to Ukraine, Kyodo reports", "", True),
    ("en", "South Korea to send Ukraine 60 armoured ambulances and mine-protected trucks",
     "Seoul will send Ukraine 60 armoured vehicles before winter, a presidential aide said.", True),
    ("fr", "Le Japon confirme l'envoi de 24 blindés légers à l'Ukraine", "", True),
    ("fr", "La Corée du Sud enverra des blindés à l'Ukraine", "", True),
    ("de", "Südkorea liefert der Ukraine 50 gepanzerte Fahrzeuge",
     "Südkorea wird der Ukraine 50 gepanzerte Transportfahrzeuge liefern, teilte Seoul mit.", True),
    # Look-alikes: their arms trade with others.
    ("en", "South Korea to sell 80 armoured vehicles to Poland",
     "The deal follows Warsaw's transfer of its older armour to Ukraine, officials said.", False),
    ("fr", "Le Japon exportera des missiles Patriot vers les États-Unis",
     "Tokyo livrera des intercepteurs fabriqués sous licence à Washington, qui a cédé les siens à l'Ukraine.", False),
]

ROUND_UPS = [
    ("en", "Spain and Portugal add to Ukraine's arsenal before winter",
     "Separately, Ireland said it would pay for 2,000 satellite terminals for Ukraine's army.", True),
    ("fr", "Le Portugal financera des terminaux satellitaires pour l'armée ukrainienne",
     "Lisbonne paiera 8 millions d'euros, a indiqué le ministère.", True),
    ("de", "Irland bezahlt Starlink-Terminals für die ukrainischen Streitkräfte",
     "Dublin stellt dafür 10 Millionen Euro bereit, teilte die Regierung mit.", True),
    # Look-alikes: a football club named Arsenal, terminals for hospitals.
    ("en", "Arsenal add Ukraine winger to their squad in record deal",
     "The club paid 60 million pounds for the forward, who scored twice against Ukraine's rivals.", False),
    ("en", "EU pays for satellite terminals for Ukrainian hospitals",
     "The 500 terminals will keep clinics online during power cuts, the Commission said.", False),
]

LABELLED_COLUMNS = [
    ("fr", "Aide militaire : les annonces des alliés cette semaine",
     "Le Danemark livrera six F-16 de plus d'ici à l'été, tandis que la Norvège financera des obus d'artillerie.",
     True),
    ("en", "Military aid: what allies pledged this week",
     "Belgium will deliver two more F-16 jets and Sweden will donate ten Archer howitzers, officials said.", True),
    ("de", "Militärhilfe: Wer liefert was?",
     "Dänemark liefert sechs weitere F-16, Schweden spendet zehn Archer-Haubitzen.", True),
    # Look-alikes: the label over aid bound for another country; the same kind of lead without the label.
    ("en", "Military aid: U.S. approves $3 billion package for Israel",
     "The State Department said it would deliver interceptors and bombs to Israel within months.", False),
    ("fr", "Aide militaire : la France livrera des Rafale à la Grèce",
     "Paris livrera six Rafale supplémentaires à la Grèce d'ici à 2028.", False),
    ("fr", "Le point sur les annonces de la semaine",
     "Le Danemark livrera six F-16 de plus d'ici à l'été, tandis que la Norvège financera des obus d'artillerie.",
     False),
]

SANCTIONS = [
    ("fr", "Sanctions : Bruxelles vise quatre producteurs russes de missiles",
     "Ces sociétés fournissent des pièces aux missiles tirés sur les villes ukrainiennes.", False),
    ("en", "EU freezes assets of four Russian drone suppliers",
     "The firms supply engines for drones launched at Ukrainian power plants, the Council said.", False),
    ("de", "EU sanktioniert russische Drohnenhersteller",
     "Die Firmen liefern Motoren für Drohnen, die auf ukrainische Städte abgefeuert werden.", False),
    # Aid news naming such sanctions in passing.
    ("en", "Germany pledges four IRIS-T systems to Ukraine as EU readies sanctions on Russian drone makers",
     "Berlin will deliver the systems by spring, the defence ministry said.", True),
    ("fr", "La France livrera six canons Caesar à l'Ukraine",
     "Paris livrera six Caesar à l'Ukraine d'ici à mars ; l'UE a par ailleurs sanctionné des fabricants russes de "
     "drones.", True),
]


@pytest.mark.parametrize(("lang", "headline", "lead", "relevant"),
                         JAPAN_AND_KOREA + ROUND_UPS + LABELLED_COLUMNS + SANCTIONS)
def test_items_are_read_as_labelled(defaults: RuleSet, lang: str, headline: str, lead: str, relevant: bool):
    assert_relevance(defaults, read(defaults, headline, lead), relevant)
