"""Relevance fixes of review 62b's causes (tests/rules/test_review_62b.py, cause (7) of fix62b, and the story probe's
cause (8), tests/stories/test_review_62b.py), each read as a form of feed copy in the three languages. Every text is
invented for this file.

- aid told without the words the rules knew: patrol boats as "vedettes de patrouille", handed over as "remises"
  (config/words.toml); a trainer named only as France's army, "l'armée de Terre" (config/entities.toml, case kept:
  "l'armée de terre ukrainienne" is Ukraine's); German copy's „Leos“ for Leopard tanks; Ukraine as "Kiewer", the
  German adjective, as pro-Kremlin copy writes it ("dem Kiewer Regime ... übergeben");
- look-alikes: an election campaign or a candidate's promise where arms for Ukraine are one topic (a trap, -3, not
  where a government or leader promises: "Macron a promis six Mirage" in the campaign is aid news), a poll on the
  deliveries (a trap, -1).
"""

from __future__ import annotations

import pytest

from tests.support.wire_reading import assert_relevance, read

ITEMS = [
    ("fr", "Brest : trois vedettes remises à Kiev",
     "Trois vedettes de patrouille fluviale construites en Bretagne ont été remises mardi à la marine ukrainienne, "
     "a indiqué le ministère des Armées.", True),
    ("fr", "Mourmelon : 300 soldats ukrainiens formés au camp",
     "Pendant cinq semaines, l'armée de Terre a entraîné au tir et au combat en zone urbaine des recrues venues "
     "d'Ukraine, sur le camp de la Marne.", True),
    ("de", "Noch einmal 14 „Leos“ für die Ukraine",
     "Die Ukraine soll bis zum Sommer weitere 14 Leopard 1A5 bekommen, die derzeit in Flensburg instand gesetzt "
     "werden, teilte das Ministerium mit.", True),
    ("de", "Acht Haubitzen für das Kiewer Regime",
     "Madrid hat dem Kiewer Regime acht weitere Haubitzen übergeben. Das teilte das spanische Verteidigungsministerium "
     "am Freitag mit. Moskau kritisiert die Lieferung.", True),
    # (an election beside aid news of its own is still aid news)
    ("en", "Ahead of the election, Berlin pledges IRIS-T systems to Ukraine",
     "Two weeks before the Bundestag election, Germany's government pledged three more IRIS-T air defence systems to "
     "Ukraine, worth 500 million euros, and promised further ammunition deliveries.", True),
    ("de", "Vor der Wahl: Kanzler sagt Kiew weitere Patriot zu",
     "Zwei Wochen vor der Bundestagswahl hat Kanzler Scholz der Ukraine ein weiteres Patriot-System zugesagt. Im "
     "Wahlkampf wirft ihm die Opposition vor, zu zögern.", True),
    ("fr", "Présidentielle : Paris promet des Mirage à Kiev",
     "En pleine campagne électorale, le président Macron a promis six Mirage 2000 supplémentaires à l'Ukraine.", True),
    # look-alikes
    ("en", "Slovakia's presidential race: pensions, prices and the war next door",
     "With a week to go, the candidates are sparring over pensions, prices and the war in Ukraine. The populist "
     "candidate vows to stop sending weapons to Kyiv, while his rival defends the country's support.", False),
    ("fr", "Législatives en Bulgarie : les armes pour l'Ukraine s'invitent dans la campagne électorale",
     "À deux semaines du scrutin, la campagne électorale est dominée par les prix de l'énergie et les livraisons "
     "d'armes à l'Ukraine, qu'un candidat promet d'arrêter.", False),
    ("de", "Wahlkampf in Brandenburg: Waffenlieferungen an die Ukraine als Streitthema",
     "Drei Wochen vor der Landtagswahl streiten die Kandidaten über Waffenlieferungen an die Ukraine. Laut einer "
     "Umfrage lehnt eine Mehrheit der Befragten weitere Lieferungen ab.", False),
]


@pytest.mark.parametrize(("lang", "headline", "lead", "relevant"), ITEMS)
def test_review_62b_relevance_causes_read_in_general(defaults, lang: str, headline: str, lead: str,
                                                     relevant: bool) -> None:
    assert_relevance(defaults, read(defaults, headline, lead), relevant)
