"""Relevance fixes of review 62b's causes (tests/rules/test_review_62b.py and tests/stories/test_review_62b.py,
fix62c's share), each read as a form of feed item (a headline and an RSS summary) in the three languages. Every
text is invented for this file.

- patrol boats handed over ("vedettes de patrouille ... remises à la marine ukrainienne", "patrol vessels handed
  over", "Patrouillenboote übergeben") are a weapon given: French "remis", "remise", "remises" is the participle
  of "remettre", which its lemma does not reach;
- Ukrainian soldiers trained by a donor's army told by its own name alone ("l'armée de Terre", "the British
  Army", "die Luftwaffe") are training aid, as with a donor named; Ukraine's own army training its recruits is not;
- German's verb bracket: "Die Ukraine soll ... 25 Kampfpanzer ... erhalten" puts the receiving a dozen words
  after Ukraine and its modal verb;
- "Kiewer" (the German adjective of Kyiv) names Ukraine's government as "Kyiv" does: a slanted report of a real
  giving ("dem Kiewer Regime ... übergeben") is aid news, as "the Kyiv regime" and "régime de Kiev" already were;
- an election item naming Ukraine in its campaign's sentence (a topic of the campaign, a candidate's promise)
  is not aid news; a pledge told beside Ukraine's EU candidate status still is;
- a country's own new tanks replacing old ones it "had given" Ukraine, the giving told in the French or German
  pluperfect as background, is no aid news.
"""

from __future__ import annotations

import pytest

from tests.support.wire_reading import assert_relevance, read

ITEMS = [
    # patrol boats handed over
    ("en", "Two coastal patrol vessels handed over to Ukraine's navy in Scotland",
     "Two coastal patrol vessels built on the Clyde were handed over to the Ukrainian navy on Tuesday, at a ceremony "
     "attended by Ukraine's ambassador. They were paid for by Britain as part of its military aid.", True),
    ("fr", "Brest : trois vedettes de patrouille remises aux marins ukrainiens",
     "Trois vedettes de patrouille fluviale ont été remises mardi aux marins ukrainiens dans le port de Brest, en "
     "présence de l'attaché de défense de l'Ukraine. La France les a payées sur son fonds de soutien.", True),
    ("de", "Kiel: Zwei Patrouillenboote an ukrainische Marine übergeben",
     "In Kiel sind am Dienstag zwei Patrouillenboote an die ukrainische Marine übergeben worden. Die Boote wurden "
     "aus Mitteln der Bundesregierung bezahlt und sollen auf der Donau eingesetzt werden.", True),
    # ... but a prize handed over is no weapon
    ("fr", "Cannes : la Palme d'or remise à un réalisateur ukrainien",
     "La Palme d'or a été remise samedi soir à un réalisateur ukrainien pour un film tourné à Kharkiv pendant la "
     "guerre, sous les applaudissements du public.", False),
    # trainees of a donor's army named alone
    ("en", "300 Ukrainian recruits trained by the British Army in Kent",
     "Over five weeks, 300 Ukrainian recruits learned to clear trenches and give first aid under fire. The British "
     "Army ran the course at a training area in Kent, an officer said.", True),
    ("fr", "Champagne : 250 soldats ukrainiens formés par l'armée de Terre",
     "Pendant un mois, 250 soldats ukrainiens formés au tir et au secourisme ont quitté le camp de Mourmelon, où "
     "l'armée de Terre les accueillait depuis septembre.", True),
    ("de", "150 ukrainische Soldaten von der Luftwaffe ausgebildet",
     "150 ukrainische Soldaten sind in den vergangenen Wochen von der Luftwaffe an Flugabwehrsystemen ausgebildet "
     "worden, teilte ein Sprecher in Köln mit.", True),
    # ... not Ukraine's own army training its recruits
    ("fr", "Dans l'ouest, l'armée de terre ukrainienne forme ses nouvelles recrues",
     "Dans un camp de l'ouest du pays, l'armée de terre ukrainienne a formé en six semaines 500 soldats ukrainiens "
     "mobilisés cet été, selon un commandant.", False),
    # German's verb bracket: Ukraine, its modal verb, and the receiving at the end
    ("de", "Weitere Schützenpanzer für Kiew: Industrie liefert im Frühjahr",
     "Die Ukraine wird im kommenden Frühjahr nach Angaben aus Regierungskreisen insgesamt 40 weitere "
     "Schützenpanzer vom Typ Marder bekommen. Bezahlt werden sie aus dem Bundeshaushalt.", True),
    # a slanted report of a real giving
    ("de", "Berlin übergibt dem Kiewer Regime weitere Flugabwehrpanzer",
     "Berlin hat der Kiewer Führung sechs weitere Flugabwehrpanzer übergeben, teilte das Verteidigungsministerium "
     "mit. Moskau nennt westliche Waffen ein Hindernis für den Frieden.", True),
    ("en", "Berlin hands Kyiv regime more anti-aircraft tanks",
     "Germany has handed the Kyiv regime six more anti-aircraft tanks, the defence ministry said. Moscow calls "
     "Western weapons an obstacle to peace.", True),
    ("fr", "Berlin livre de nouveaux chars antiaériens au régime de Kiev",
     "L'Allemagne a livré six chars antiaériens supplémentaires au régime de Kiev, a indiqué le ministère de la "
     "Défense. Moscou qualifie les armes occidentales d'obstacle à la paix.", True),
    # an election where Ukraine is one campaign topic
    ("en", "Governor's race: jobs, schools and Ukraine aid dominate final debate",
     "Jobs, schools and arms for Ukraine dominated the final debate of the governor's election campaign, with one "
     "candidate pledging to stop weapons shipments to Kyiv and his rival defending them.", False),
    ("fr", "Législatives en Bulgarie : les prix et l'Ukraine au menu de la campagne",
     "À une semaine des législatives, la campagne électorale tourne autour des prix de l'énergie et des livraisons "
     "d'armes à l'Ukraine, que le parti en tête des sondages promet d'arrêter.", False),
    ("de", "Bundestagswahlkampf: Rente, Mieten und Waffen für die Ukraine",
     "Im Bundestagswahlkampf streiten die Parteien über Rente, Mieten und Waffenlieferungen an die Ukraine. Ein "
     "Kandidat will die Lieferungen stoppen, die Regierung verteidigt sie.", False),
    # ... Ukraine's EU candidate status beside a pledge is no campaign
    ("en", "Netherlands to send Ukraine more F-16 munitions as EU talks begin",
     "The Netherlands will send Ukraine a further batch of F-16 munitions, the defence minister said on Monday, as "
     "talks on Ukraine's EU candidate status moved ahead.", True),
    # ... nor is Kyiv's presidential office ("administration présidentielle") thanking a donor
    ("fr", "Kiev remercie Berlin pour deux nouveaux systèmes Patriot",
     "Le chef de l'administration présidentielle ukrainienne a remercié l'Allemagne pour la livraison de deux "
     "systèmes Patriot supplémentaires à l'Ukraine, arrivés cette semaine.", True),
    # the buyer's own new tanks, the earlier gift to Ukraine told in the pluperfect
    ("fr", "La Slovaquie réceptionne ses premiers chars neufs",
     "L'armée slovaque a reçu ses premiers chars de combat neufs. Ils remplacent de vieux T-72, dont Bratislava "
     "avait cédé une partie à l'Ukraine en 2022. Vingt chars ont été commandés.", False),
    ("de", "Slowakei erhält erste neue Kampfpanzer",
     "Die slowakische Armee hat ihre ersten neuen Kampfpanzer erhalten. Sie ersetzen alte T-72, von denen "
     "Bratislava einen Teil an die Ukraine geliefert hatte. Bestellt sind 20 Panzer.", False),
]


@pytest.mark.parametrize(("lang", "headline", "lead", "relevant"), ITEMS)
def test_review_62b_relevance_causes_read_in_general(defaults, lang: str, headline: str, lead: str,
                                                     relevant: bool) -> None:
    assert_relevance(defaults, read(defaults, headline, lead), relevant)
