"""Story grouping round 12: recall without losing precision.

Relevance round 11 found reports of busy days 25, 26 and 28 that it missed before, and they
stayed stories of their own: an untitled live entry thanking Norway "for paying for two more
NASAMS systems" (read as a delivery, against the decision's reports), the German report of
the Finnish-Ukrainian drone deal (no pledge read, against the English and French reports'
pledge of drones; day 25's British-Ukrainian deal the same, a strict xfail since round 10),
and "Analysis: Sweden's steady drip of packages ..." on Sweden's 22nd package (its "shells
for the Archer howitzers Stockholm has already sent" read as deliveries). The general
causes, fixed in bot/core/stories/:
- a thanks for paying, funding or promising thanks for a decision (pledge_news.
  thanked_for_deciding);
- a piece its headline marks as an analysis or a comment that names a donor's numbered
  package takes no phase from its verbs, which recall what the package builds on (events);
- a joint production deal's partner and the day both reports name are a shared detail
  (things_named.joint_ventures, same_event._venture_days_shared).
Busy days 25, 26 and 28 (tests/stories/test_story_busy_day.py) are back at 0.97, 1.00 and
1.00 pair recall, precision 1.00 and nothing hidden, both date modes, every order.

The texts below were written for this round in the style of wire copy, EN, FR and DE, and
labelled by hand (join or not) before they were first run. ROUND_PAIRS (11 pairs) were
written after the first reading of each cause was in place, aimed at it and at its
look-alikes (a thanks for things delivered, one donor's two deals of a day, a deal on
another day, an analysis of another package or beside a delivery). First run 9 of 11: one
donor's shells deal and drones deal of one day joined (both read as no pledge, they were
statements of one day, alike in wording), and an analysis of Norway's ninth package joined a
delivery of the NASAMS it recalls (its pledges, read as delivered, agreed with it); 11 of 11
once a joint deal names what it makes and two deals making other things conflict
(same_event._ventures_differ), and an analysis naming a numbered package reads no pledges.
On main's code before the round: 6 of 11. HELD_OUT_PAIRS (7 pairs) were written after the
round's last fix and run once: 7 of 7 (main's code: 3 of 7).
"""

from __future__ import annotations

import pytest

from tests.support.story_pairs import matcher_joins

# (name, (lang, title, text), (lang, title, text), hours apart, one event?)
ROUND_PAIRS = [
    ("thanks for paying, EN",
     ("en", "Denmark to pay for three more IRIS-T systems for Ukraine",
      "Denmark will pay 2 billion Danish crowns for three more IRIS-T air defence systems for Ukraine, the "
      "defence ministry in Copenhagen said on Thursday."),
     ("en", "Zelensky thanks Denmark for paying for three more IRIS-T air defence systems.", ""),
     2, True),
    ("thanks for financing, FR",
     ("fr", "Le Danemark financera trois systèmes IRIS-T de plus pour l'Ukraine",
      "Le Danemark paiera deux milliards de couronnes danoises pour trois systèmes de défense aérienne IRIS-T "
      "supplémentaires destinés à l'Ukraine, a annoncé jeudi le ministère danois de la Défense."),
     ("fr", "Kiev remercie Copenhague d'avoir financé trois systèmes de défense aérienne IRIS-T de plus.", ""),
     3, True),
    ("thanks for the financing, DE",
     ("de", "Dänemark bezahlt drei weitere Iris-T-Systeme für Kiew",
      "Dänemark finanziert der Ukraine drei weitere Flugabwehrsysteme vom Typ Iris-T für zwei Milliarden "
      "Kronen. Das teilte das Verteidigungsministerium in Kopenhagen am Donnerstag mit."),
     ("de", "Selenskyj dankt Dänemark für die Finanzierung von drei weiteren Iris-T-Systemen zur Flugabwehr.", ""),
     3, True),
    ("thanks for systems that arrived, beside a new payment",
     ("en", "Denmark to pay for three more IRIS-T systems for Ukraine",
      "Denmark will pay 2 billion Danish crowns for three more IRIS-T air defence systems for Ukraine, the "
      "defence ministry in Copenhagen said on Thursday."),
     ("en", "Zelensky thanks Denmark for the IRIS-T air defence systems that arrived in Ukraine this week.", ""),
     2, False),
    ("joint shells deal, EN and FR",
     ("en", "Denmark and Ukraine sign deal to make artillery shells together",
      "Denmark and Ukraine signed an agreement in Copenhagen on Thursday for Danish and Ukrainian companies to "
      "manufacture 155 mm artillery shells jointly, the Danish defence ministry said."),
     ("fr", "Copenhague et Kiev vont fabriquer ensemble des obus d'artillerie",
      "Le Danemark et l'Ukraine ont signé jeudi à Copenhague un accord pour la fabrication conjointe d'obus "
      "de 155 mm par des entreprises des deux pays, a indiqué le ministère danois de la Défense."),
     4, True),
    ("joint shells deal, EN and DE",
     ("en", "Denmark and Ukraine sign deal to make artillery shells together",
      "Denmark and Ukraine signed an agreement in Copenhagen on Thursday for Danish and Ukrainian companies to "
      "manufacture 155 mm artillery shells jointly, the Danish defence ministry said."),
     ("de", "Dänemark und Ukraine wollen gemeinsam Artilleriegranaten herstellen",
      "Dänemark und die Ukraine haben am Donnerstag in Kopenhagen ein Abkommen über die gemeinsame Herstellung "
      "von Artilleriegranaten des Kalibers 155 Millimeter unterzeichnet, teilte das Ministerium mit."),
     4, True),
    ("one donor's shells deal and drones deal of one day",
     ("en", "Denmark and Ukraine sign deal to make artillery shells together",
      "Denmark and Ukraine signed an agreement in Copenhagen on Thursday for Danish and Ukrainian companies to "
      "manufacture 155 mm artillery shells jointly, the Danish defence ministry said."),
     ("de", "Dänemark und Ukraine wollen gemeinsam Drohnen bauen",
      "Dänemark und die Ukraine haben am Donnerstag in Kopenhagen außerdem ein Abkommen über die gemeinsame "
      "Produktion von Aufklärungsdrohnen unterzeichnet, teilte das Ministerium mit."),
     2, False),
    ("one donor's joint deals on two days",
     ("en", "Denmark and Ukraine sign deal to make artillery shells together",
      "Denmark and Ukraine signed an agreement in Copenhagen on Thursday for Danish and Ukrainian companies to "
      "manufacture 155 mm artillery shells jointly, the Danish defence ministry said."),
     ("fr", "Copenhague et Kiev vont produire ensemble des obus",
      "Le Danemark et l'Ukraine ont signé mardi à Kiev un accord pour la production conjointe d'obus par des "
      "entreprises des deux pays, a indiqué l'ambassade danoise."),
     30, False),
    ("analysis of a numbered package and the package",
     ("en", "Norway unveils 9th military aid package for Ukraine",
      "Norway will send Ukraine military aid worth 2 billion crowns in its ninth support package, including "
      "spare parts for NASAMS air defence systems and artillery ammunition, Defence Minister Tore O. Sandvik "
      "said on Tuesday."),
     ("en", "Analysis: Norway's ninth package mostly keeps old NASAMS firing",
      "Norway's 9th package, announced on Tuesday, adds little: most of its 2 billion crowns go on spare parts "
      "for the NASAMS systems Oslo has already delivered to Ukraine."),
     20, True),
    ("analysis of the ninth package and the eighth",
     ("en", "Norway unveils 8th military aid package for Ukraine",
      "Norway will send Ukraine military aid worth 1.5 billion crowns in its eighth support package, including "
      "NASAMS missiles, Defence Minister Tore O. Sandvik said on Tuesday."),
     ("en", "Analysis: Norway's ninth package mostly keeps old NASAMS firing",
      "Norway's 9th package, announced on Tuesday, adds little: most of its 2 billion crowns go on spare parts "
      "for the NASAMS systems Oslo has already delivered to Ukraine."),
     20, False),
    ("analysis of a numbered package beside a delivery of its system",
     ("en", "Norway hands over two more NASAMS systems to Ukraine",
      "Norway has handed over two more NASAMS air defence systems to Ukraine, Defence Minister Tore O. Sandvik "
      "said on Tuesday."),
     ("en", "Analysis: Norway's ninth package mostly keeps old NASAMS firing",
      "Norway's 9th package, announced on Tuesday, adds little: most of its 2 billion crowns go on spare parts "
      "for the NASAMS systems Oslo has already delivered to Ukraine."),
     20, False),
]

HELD_OUT_PAIRS = [
    ("thanks for funding a counted batch",
     ("en", "Netherlands to pay for 300 interceptor drones for Ukraine",
      "The Netherlands will spend 90 million euros on 300 interceptor drones for Ukraine, Defence Minister "
      "Ruben Brekelmans said on Friday."),
     ("en", "Umerov thanks the Netherlands for funding 300 interceptor drones for Ukraine's air defence.", ""),
     3, True),
    ("thanks for a promise, FR",
     ("fr", "La Suède promet dix blindés CV90 de plus à l'Ukraine",
      "La Suède fournira à l'Ukraine dix véhicules de combat d'infanterie CV90 supplémentaires, a annoncé "
      "vendredi le ministre suédois de la Défense."),
     ("fr", "Zelensky remercie la Suède pour sa promesse de dix véhicules de combat CV90 supplémentaires.", ""),
     2, True),
    ("thanks for vehicles delivered, beside a new promise, DE",
     ("de", "Schweden sagt der Ukraine zehn weitere CV90 zu",
      "Schweden stellt der Ukraine zehn weitere Schützenpanzer vom Typ CV90 zur Verfügung. Das sagte der "
      "Verteidigungsminister am Freitag in Stockholm."),
     ("de", "Selenskyj dankt Schweden für die bereits gelieferten Schützenpanzer vom Typ CV90.", ""),
     2, False),
    ("joint ammunition deal, FR and DE",
     ("fr", "Varsovie et Kiev vont produire ensemble des munitions",
      "La Pologne et l'Ukraine ont signé vendredi à Varsovie un accord pour la production commune de munitions "
      "d'artillerie par des entreprises des deux pays, a indiqué le gouvernement polonais."),
     ("de", "Polen und die Ukraine wollen gemeinsam Munition herstellen",
      "Polen und die Ukraine haben am Freitag in Warschau vereinbart, gemeinsam Artilleriemunition zu fertigen. "
      "Das teilte die polnische Regierung mit."),
     5, True),
    ("a joint deal and the same donor's pledge of the same day",
     ("en", "Poland to send more artillery ammunition to Ukraine",
      "Poland will send Ukraine more artillery ammunition from army stocks, the defence ministry in Warsaw said "
      "on Friday."),
     ("en", "Poland and Ukraine agree to make ammunition together",
      "Poland and Ukraine agreed in Warsaw on Friday that their companies will produce artillery ammunition "
      "jointly, the Polish government said."),
     3, False),
    ("analysis of a numbered package and the package, FR",
     ("fr", "La Belgique annonce son 15e paquet d'aide militaire à l'Ukraine",
      "La Belgique va fournir à l'Ukraine une aide militaire de 900 millions d'euros dans le cadre de son 15e "
      "paquet, comprenant des pièces détachées pour les F-16, a annoncé mercredi le ministre de la Défense."),
     ("fr", "Analyse : le 15e paquet belge entretient surtout les F-16 déjà livrés",
      "Le 15e paquet de la Belgique, annoncé mercredi, consacre l'essentiel de ses 900 millions d'euros à "
      "l'entretien des F-16 que Bruxelles a déjà livrés à Kiev."),
     20, True),
    ("analysis of the fifteenth package and the fourteenth, FR",
     ("fr", "La Belgique annonce son 14e paquet d'aide militaire à l'Ukraine",
      "La Belgique va fournir à l'Ukraine une aide militaire de 700 millions d'euros dans le cadre de son 14e "
      "paquet, comprenant des munitions pour les F-16, a annoncé mercredi le ministre de la Défense."),
     ("fr", "Analyse : le 15e paquet belge entretient surtout les F-16 déjà livrés",
      "Le 15e paquet de la Belgique, annoncé mercredi, consacre l'essentiel de ses 900 millions d'euros à "
      "l'entretien des F-16 que Bruxelles a déjà livrés à Kiev."),
     20, False),
]


@pytest.mark.parametrize(("name", "first", "second", "hours", "one_event"), ROUND_PAIRS,
                         ids=[pair[0] for pair in ROUND_PAIRS])
def test_round_12_pairs(name, first, second, hours, one_event, analyzer):
    assert matcher_joins(analyzer, first, second, hours) == one_event


@pytest.mark.parametrize(("name", "first", "second", "hours", "one_event"), HELD_OUT_PAIRS,
                         ids=[pair[0] for pair in HELD_OUT_PAIRS])
def test_round_12_held_out_pairs(name, first, second, hours, one_event, analyzer):
    assert matcher_joins(analyzer, first, second, hours) == one_event
