"""Relevance fixes of review 61's causes (tests/rules/test_review_61.py, fix61a's share), each read as a form of
wire copy in the three languages. Every text is invented for this file.

- a front-line report naming a donated weapon in use ("the French-supplied howitzers fired") that also tells a new
  giving ("Italy said it would send Ukraine a further air defence system") is aid news: the trap for weapons in
  use does not outweigh the pledge;
- a report of Russia's suppliers giving ("North Korea has delivered millions of shells", "Nordkorea habe ...
  Granaten geliefert") is no aid news, Ukraine named only as the war's place; beside a giving to Ukraine it still
  is.
"""

from __future__ import annotations

import pytest

from tests.support.wire_reading import assert_relevance, read

ITEMS = [
    # a weapon in use beside a new pledge
    ("en", "Ukrainian gunners hold the line near Pokrovsk",
     "Ukrainian gunners fired French-supplied Caesar howitzers at Russian positions through the night, soldiers said. "
     "Russian troops have made small gains south of the town. On Monday Spain said it would send Ukraine two more "
     "Patriot launchers, its defence ministry said.", True),
    ("fr", "Près de Pokrovsk, les artilleurs ukrainiens tiennent",
     "Les artilleurs ukrainiens ont tiré toute la nuit avec des canons Caesar de fabrication française sur les "
     "positions russes. L'Espagne a promis lundi deux lanceurs Patriot supplémentaires à l'Ukraine.", True),
    ("de", "Ukrainische Artilleristen halten die Front bei Pokrowsk",
     "Ukrainische Artilleristen haben mit Haubitzen aus westlicher Produktion die ganze Nacht auf russische Stellungen "
     "gefeuert und getroffen. Spanien will der Ukraine zwei weitere Patriot-Startgeräte liefern, wie das "
     "Verteidigungsministerium in Madrid mitteilte.", True),
    # Russia's suppliers giving, no aid to Ukraine
    ("en", "North Korea and Iran keep arming Russia, officials say",
     "North Korea has delivered millions of artillery shells and dozens of ballistic missiles to Moscow, and Iran has "
     "supplied hundreds of attack drones, Western officials said on Tuesday. The supplies let Russia keep up its "
     "attacks in eastern Ukraine through the winter, one official said. Pyongyang and Tehran deny the deliveries.",
     False),
    ("fr", "La Corée du Nord et l'Iran arment la Russie, selon des responsables occidentaux",
     "La Corée du Nord a livré des millions d'obus d'artillerie et des missiles balistiques, et l'Iran a fourni des "
     "centaines de drones d'attaque, selon des responsables occidentaux. Ces livraisons permettent à la Russie de "
     "poursuivre ses attaques dans l'est de l'Ukraine. Pyongyang et Téhéran démentent.", False),
    ("de", "Nordkorea und Iran versorgen Russland mit Waffen",
     "Nordkorea habe mehrere Millionen Artilleriegranaten und ballistische Raketen geliefert, der Iran Hunderte "
     "Kampfdrohnen, hieß es aus westlichen Sicherheitskreisen. Damit könne die russische Armee ihre Angriffe im Osten "
     "der Ukraine fortsetzen. Pjöngjang und Teheran bestreiten die Lieferungen.", False),
    # ... and beside a giving to Ukraine
    ("en", "Britain to send Ukraine more air defence as Iran arms Russia",
     "Britain will send Ukraine 500 more air defence missiles, the defence ministry said on Tuesday, as Iran has "
     "supplied Russia with hundreds more attack drones.", True),
    ("de", "Finnland liefert der Ukraine Munition – Nordkorea versorgt Russland",
     "Finnland will der Ukraine ein weiteres Paket mit Artilleriemunition liefern. Nordkorea habe Russland zugleich "
     "Millionen Granaten geliefert, hieß es in Helsinki.", True),
]


@pytest.mark.parametrize(("lang", "headline", "lead", "relevant"), ITEMS)
def test_review_61_relevance_causes_read_in_general(defaults, lang: str, headline: str, lead: str,
                                                    relevant: bool) -> None:
    assert_relevance(defaults, read(defaults, headline, lead), relevant)
