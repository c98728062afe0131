"""Pledges, round 53r: the causes of review 53 (tests/pledges/test_review_53.py), each written anew in
several forms and in the languages where the form exists, with ordinary copy beside it that must keep its
reading. Every text is invented for this file.

- a2, German "kündigte an, ... zu liefern" (and "hat angekündigt, ..."): the announcing verb with its
  infinitive of giving is the clause's promise, so a second clause's own subject gives its things (it was
  an announcement only, and a giving verb elsewhere in the sentence told the things with its own subject).
- a5, a worth in brackets after the things ("12 howitzers (worth ...)", "(d'une valeur de ...)", "(im
  Wert von ...)") is their worth, as it is without the brackets: no package of money beside them.
- b1, a count before a model designation ("20 Type 10 tanks", "40 Model 2 ..."): the designation's number
  is part of the name, the count before it the things'.
- b3, "155 mm." ends its sentence: the calibre's unit is no abbreviation, so the next sentence's verb does
  not tell of the shells (nor its things borrow their verb).
- b7, "keine Pläne / nicht vor, ... abzugeben, bereitzustellen": the joined zu-infinitive refuses as "zu
  liefern" does.
- b8, a weighing verb with a financing or buying noun as its object ("erwägt, sich an der Finanzierung ... zu
  beteiligen", "prüft die Finanzierung von"): discussed, not promised by the noun.
- b2, a batch more told by its count with a time or a condition after it ("could ship 80,000 more next year
  if funding holds"): more of the things named before; "could ship" weighs as "could send" does; and the month
  "May" inside lower-case copy is no hedge ("delivered five tanks in May and will provide three more").
- b6, the adverbs that number a list ("erstens", "premièrement") are no first batch handed over, and a giving
  participle describing the weapons a thing is for ("spare parts for the tanks already delivered") tells
  nothing of the thing.
- a3, a private association named by its nationality ("eines deutschen Vereins") gives nothing, and its
  sentence borrows no earlier giver.
- and, found by the split after "155 mm.", a deliberation in an apposition with how long it has lasted
  ("..., examinée depuis l'été, n'est plus à l'ordre du jour") is background to the outcome after it.

First run (2026-12-06, from 14:27 UTC, branch fix53p at main 581efea): every case of the lists below but the
KEEP lists failed on main (checked against main's code extracted beside the worktree); the KEEP cases, ordinary
copy, pass on both.
"""

from __future__ import annotations

import pytest

from bot.core.text import sentences
from tests.support.wire_labels import AIR, AMMO, ARMOUR, D, M, MONEY, P, R, X
from tests.support.wire_reading import figures

# (lang, title, text, records as (donor, category, status, figure))
SECOND_CLAUSE_ANNOUNCES = [
    ("de", "", "Polen übergibt der Ukraine 30 Panzer, und Schweden kündigte an, bis zum Sommer acht Haubitzen zu "
     "liefern.", {("PL", "tanks", P, 30), ("SE", "artillery", P, 8)}),
    ("de", "", "Frankreich schickt zehn Caesar-Haubitzen, und Italien hat angekündigt, ein SAMP/T-System zu liefern.",
     {("FR", "artillery", P, 10), ("IT", AIR, P, None)}),
]
SECOND_CLAUSE_ANNOUNCES_KEEP = [
    ("de", "", "Spanien liefert sechs Hawk-Startgeräte; Portugal kündigte am Mittwoch an, zwölf Schützenpanzer an "
     "Kiew zu schicken.", {("ES", AIR, P, 6), ("PT", ARMOUR, P, 12)}),
    ("de", "", "Schweden kündigte an, acht Haubitzen zu liefern.", {("SE", "artillery", P, 8)}),
    ("de", "", "Dänemark hat zwölf Kampfjets übergeben; Norwegen kündigte am Dienstag an, weitere 20 Millionen Euro "
     "bereitzustellen.", {("DK", "aircraft", D, 12), ("NO", MONEY, P, 20000000)}),
    ("en", "", "Canada will send 20 tanks, and Belgium announced it would deliver two more F-16s by the end of the "
     "year.", {("CA", "tanks", P, 20), ("BE", "aircraft", P, 2)}),
    ("fr", "", "Le Canada enverra 20 chars, et la Belgique a annoncé qu'elle livrerait deux F-16 supplémentaires.",
     {("CA", "tanks", P, 20), ("BE", "aircraft", P, 2)}),
]

WORTH_IN_BRACKETS = [
    ("en", "", "Norway will deliver 12 howitzers (worth 900 million crowns) by March.", {("NO", "artillery", P, 12)}),
    ("en", "", "Spain is sending 20 Leopard tanks (valued at €100 million).", {("ES", "tanks", P, 20)}),
    ("fr", "", "La Suède livrera 10 obusiers Archer (d'une valeur de 80 millions d'euros).",
     {("SE", "artillery", P, 10)}),
    ("de", "", "Dänemark liefert 19 Kampfjets (im Wert von 2 Milliarden Euro).", {("DK", "aircraft", P, 19)}),
]
WORTH_IN_BRACKETS_KEEP = [
    ("en", "", "Norway will deliver 12 howitzers worth 900 million crowns by March.", {("NO", "artillery", P, 12)}),
    ("en", "", "Germany pledged a new package (€1.2 billion) including four IRIS-T systems.",
     {("DE", MONEY, P, 1200000000), ("DE", AIR, P, 4)}),
]

COUNT_BEFORE_A_DESIGNATION = [
    ("en", "", "Japan will send Ukraine 20 Type 10 tanks.", {("JP", "tanks", P, 20)}),
    ("en", "", "Tokyo said it would supply 16 Type 96 armoured vehicles to Kyiv's forces, officials said.",
     {("JP", ARMOUR, P, 16)}),
    ("en", "", "Britain has delivered 40 Mark 2 Starstreak launchers to Ukraine.", {("GB", AIR, D, 40)}),
]
COUNT_BEFORE_A_DESIGNATION_KEEP = [
    ("en", "", "Britain will send 14 Challenger 2 tanks.", {("GB", "tanks", P, 14)}),
    ("fr", "", "Le Japon livrera 30 véhicules blindés de type 96.", {("JP", ARMOUR, P, 30)}),
    ("de", "", "Japan liefert 30 Radpanzer vom Typ 96.", {("JP", ARMOUR, P, 30)}),
]

CALIBRE_ENDS_THE_SENTENCE = [
    ("en", "", "Norway delivered 10,000 rounds of 155 mm. An order for 100 drones was placed with a domestic firm.",
     {("NO", AMMO, D, 10000), ("NO", "drones", M, 100)}),
]
CALIBRE_ENDS_THE_SENTENCE_KEEP = [
    ("de", "", "Dänemark hat 8000 Granaten im Kaliber 155 mm übergeben. Eine Bestellung von 50 Drohnen wurde bei "
     "einem dänischen Hersteller aufgegeben.", {("DK", AMMO, D, 8000), ("DK", "drones", M, 50)}),
    ("fr", "", "La Belgique a cédé 4000 obus de 155 mm. Seront livrés au printemps dix blindés.",
     {("BE", AMMO, D, 4000), ("BE", ARMOUR, P, 10)}),
]

NO_PLANS_TO_HAND_OVER = [
    ("de", "", "Griechenland hat keine Pläne, weitere Schützenpanzer an die Ukraine abzugeben.",
     {("GR", ARMOUR, R, None)}),
    ("de", "", "Die Slowakei hat keine Pläne, weitere Kampfjets bereitzustellen.", {("SK", "aircraft", R, None)}),
    ("de", "", "Portugal hat nicht vor, seine Leopard-Panzer an Kiew abzugeben.", {("PT", "tanks", R, None)}),
]
NO_PLANS_KEEP = [
    ("de", "", "Griechenland hat keine Pläne, weitere Schützenpanzer an die Ukraine zu liefern.",
     {("GR", ARMOUR, R, None)}),
    ("de", "", "Die Slowakei plant, weitere Kampfjets bereitzustellen.", {("SK", "aircraft", P, None)}),
]

WEIGHING_A_FINANCING = [
    ("de", "", "Portugal erwägt, sich an der Finanzierung weiterer Iris-T-Systeme zu beteiligen.",
     {("PT", AIR, X, None)}),
    ("de", "", "Die Niederlande prüfen die Finanzierung von 20 Leopard-Panzern.", {("NL", "tanks", X, 20)}),
    ("de", "", "Schweden erwägt eine Beteiligung an der Finanzierung von Munition für die Ukraine.",
     {("SE", AMMO, X, None)}),
    ("de", "", "Belgien erwägt zudem, sich an der Finanzierung von Munition zu beteiligen.", {("BE", AMMO, X, None)}),
    ("de", "", "Norwegen erwägt, sich an der Beschaffung von Patriot-Systemen zu beteiligen.", {("NO", AIR, X, None)}),
]
WEIGHING_A_FINANCING_KEEP = [
    ("de", "", "Norwegen finanziert zwei Patriot-Systeme.", {("NO", AIR, P, 2)}),
    ("de", "", "Nach langer Prüfung hat Dänemark die Finanzierung von 20 Panzern beschlossen.",
     {("DK", "tanks", P, 20)}),
    ("fr", "", "Le Luxembourg envisage de participer au financement d'un système Patriot.", {("LU", AIR, X, None)}),
    ("en", "", "Luxembourg is considering contributing to the funding of a Patriot system.", {("LU", AIR, X, None)}),
]

PARTS_FOR_WEAPONS_GIVEN_BEFORE = [
    ("de", "", "Norwegen hat ein neues Paket beschlossen. Es umfasst sechs Haubitzen und Ersatzteile für die "
     "bereits gelieferten Panzer.", {("NO", "artillery", P, 6), ("NO", "other", P, None)}),
    ("de", "", "Die Regierung in Oslo hat beschlossen, der Ukraine ein neues Paket bereitzustellen. Das Paket "
     "umfasst die Lieferung von sechs Haubitzen, Ersatzteile für die übergebenen Marder-Schützenpanzer und "
     "Munition.", {("NO", "artillery", P, 6), ("NO", "other", P, None), ("NO", AMMO, P, None)}),
    ("en", "", "Norway approved a new package. It includes six howitzers and spare parts for the tanks already "
     "delivered.", {("NO", "artillery", P, 6), ("NO", "other", P, None)}),
    ("en", "", "Norway approved a new package. It includes six howitzers and spare parts for previously delivered "
     "tanks.", {("NO", "artillery", P, 6), ("NO", "other", P, None)}),
    ("fr", "", "La Norvège a approuvé un nouveau paquet. Il comprend six obusiers et des pièces détachées pour les "
     "chars déjà livrés.", {("NO", "artillery", P, 6), ("NO", "other", P, None)}),
]
# b2: a batch more told by its count alone, a time or a condition after it ("could send 30 more next year if
# ...", "will ship 20 more this year", "sollen weitere 30 im nächsten Jahr folgen")
MORE_WITH_A_TIME_AFTER = [
    ("en", "", "Poland delivered 50 tanks to Ukraine last week and could send 30 more next year.",
     {("PL", "tanks", D, 50), ("PL", "tanks", X, 30)}),
    # (pledged since stop 58, the lead's ruling: a government's promise awaiting its own parliament's vote)
    ("en", "", "Poland delivered 50 tanks to Ukraine last week, the ministry said, and will send 30 more next year if "
     "parliament agrees.", {("PL", "tanks", D, 50), ("PL", "tanks", P, 30)}),
    ("en", "", "Poland delivered 50,000 shells in November, the ministry said, and could ship 80,000 more next year if "
     "funding holds.", {("PL", AMMO, D, 50000), ("PL", AMMO, X, 80000)}),
    ("en", "", "Norway has handed over 8 NASAMS launchers and will send 4 more this year.",
     {("NO", AIR, D, 8), ("NO", AIR, P, 4)}),
    ("de", "", "Deutschland hat 20 Marder übergeben und will 20 weitere im nächsten Jahr schicken.",
     {("DE", ARMOUR, D, 20), ("DE", ARMOUR, P, 20)}),
]
# ... and the month "May" before a second verb is no hedge ("in May and will send")
MONTH_MAY = [
    ("en", "", "Poland sent 20 tanks in May and will send 30 more in June.",
     {("PL", "tanks", D, 20), ("PL", "tanks", P, 30)}),
    ("en", "", "Norway delivered five Leopard tanks in May and will provide three more in the autumn.",
     {("NO", "tanks", D, 5), ("NO", "tanks", P, 3)}),
]
MONTH_MAY_KEEP = [
    ("en", "", "Sweden delivered ten Archer howitzers in May and plans to send eight more.",
     {("SE", "artillery", D, 10), ("SE", "artillery", P, 8)}),
    ("en", "", "Sweden may send ten Archer howitzers to Ukraine.", {("SE", "artillery", X, 10)}),
    ("en", "Sweden May Send Archer Howitzers to Ukraine", "", {("SE", "artillery", X, None)}),
]
MORE_WITH_A_TIME_AFTER_KEEP = [
    ("fr", "", "La France a livré 12 canons Caesar et en enverra six autres d'ici à l'été.",
     {("FR", "artillery", D, 12), ("FR", "artillery", P, 6)}),
    ("en", "", "Poland sent 20 tanks last week and will send 30 more in June.",
     {("PL", "tanks", D, 20), ("PL", "tanks", P, 30)}),
    ("en", "", "Denmark has delivered 10 jets; more will follow next year.", {("DK", "aircraft", D, 10)}),
]

# a3: a private association named by its nationality gives nothing ("eines deutschen Vereins", "a British
# association", "une association française")
PRIVATE_ASSOCIATION = [
    ("de", "", "Ein österreichischer Verein hat 300.000 Euro für Drohnen gesammelt, die an die Front geliefert wurden.",
     set()),
    ("de", "", "Eine Spendenaktion eines polnischen Hilfsvereins brachte 500.000 Euro für Aufklärungsdrohnen ein, "
     "die inzwischen an die Front geliefert wurden.", set()),
    ("en", "", "A Dutch association raised €200,000 for drones that were delivered to the front.", set()),
]
PRIVATE_ASSOCIATION_KEEP = [
    ("de", "", "Norwegen sagte zwei Patriot-Systeme zu. Ein dänischer Verein sammelte zudem 400.000 Euro für Drohnen, "
     "die bereits geliefert wurden.", {("NO", AIR, P, 2)}),
    ("de", "", "Ein österreichischer Verein hat Geld gesammelt; Polen lieferte zudem zehn Drohnen.",
     {("PL", "drones", D, 10)}),
    ("de", "", "Die deutsche Regierung liefert der Ukraine 20 Drohnen.", {("DE", "drones", P, 20)}),
    # (the press named by its nationality tells of the giving: the last giver stays)
    ("de", "", "Polen hat Haubitzen zugesagt. Ein Sprecher sagte der Deutschen Presse-Agentur, alle acht zugesagten "
     "Geschütze seien eingetroffen.", {("PL", "artillery", P, None), ("PL", "artillery", D, 8)}),
]

# (b3's split after "155 mm." showed it) a deliberation told in an apposition with how long it has lasted is
# background to the outcome after it
DELIBERATION_IN_APPOSITION = [
    ("fr", "", "La Belgique a livré des obus. La livraison de chars Leopard, étudiée depuis des mois, n'est plus "
     "d'actualité.", {("BE", AMMO, D, None), ("BE", "tanks", R, None)}),
    ("en", "", "Belgium delivered shells. The delivery of Leopard tanks, discussed since the spring, has been "
     "cancelled.", {("BE", AMMO, D, None), ("BE", "tanks", R, None)}),
]
DELIBERATION_IN_APPOSITION_KEEP = [
    ("fr", "", "La Belgique étudie depuis des mois la livraison de chars Leopard.", {("BE", "tanks", X, None)}),
]

# b6 too: a list numbered by "erstens", "premièrement" is no "first ones" handed over
NUMBERED_LIST = [
    ("de", "", "Die Regierung hat beschlossen, der Ukraine ein weiteres Paket bereitzustellen, teilte das Ministerium in "
     "Oslo mit. Das Paket umfasst erstens vier Panzer und zweitens Drohnen.",
     {("NO", "tanks", P, 4), ("NO", "drones", P, None)}),
    ("fr", "", "La Norvège a approuvé un nouveau paquet. Il comprend premièrement quatre chars et deuxièmement des "
     "drones.", {("NO", "tanks", P, 4), ("NO", "drones", P, None)}),
]
NUMBERED_LIST_KEEP = [
    ("de", "", "Dänemark liefert die ersten F-16.", {("DK", "aircraft", D, None)}),
]
PARTS_FOR_WEAPONS_GIVEN_BEFORE_KEEP = [
    ("de", "", "Deutschland hat die zugesagten Ersatzteile für die Panzer bereits geliefert.",
     {("DE", "other", D, None)}),
    ("en", "", "Germany has delivered spare parts for the tanks.", {("DE", "other", D, None)}),
    ("fr", "", "La France a déjà livré des pièces détachées pour les chars.", {("FR", "other", D, None)}),
]


@pytest.mark.parametrize(("lang", "title", "text", "expected"), [
    *SECOND_CLAUSE_ANNOUNCES, *SECOND_CLAUSE_ANNOUNCES_KEEP, *WORTH_IN_BRACKETS, *WORTH_IN_BRACKETS_KEEP,
    *COUNT_BEFORE_A_DESIGNATION, *COUNT_BEFORE_A_DESIGNATION_KEEP,
    *CALIBRE_ENDS_THE_SENTENCE, *CALIBRE_ENDS_THE_SENTENCE_KEEP,
    *NO_PLANS_TO_HAND_OVER, *NO_PLANS_KEEP, *WEIGHING_A_FINANCING, *WEIGHING_A_FINANCING_KEEP,
    *PARTS_FOR_WEAPONS_GIVEN_BEFORE, *PARTS_FOR_WEAPONS_GIVEN_BEFORE_KEEP, *NUMBERED_LIST, *NUMBERED_LIST_KEEP,
    *MORE_WITH_A_TIME_AFTER, *MORE_WITH_A_TIME_AFTER_KEEP, *MONTH_MAY, *MONTH_MAY_KEEP,
    *PRIVATE_ASSOCIATION, *PRIVATE_ASSOCIATION_KEEP, *DELIBERATION_IN_APPOSITION, *DELIBERATION_IN_APPOSITION_KEEP,
])
def test_round_53r_reads_each_form(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected


def test_a_calibre_ends_its_sentence_and_messieurs_do_not() -> None:
    """b3: the unit after a calibre's number ends a sentence as any word does; "MM." before names (messieurs)
    and a German ordinal stay inside theirs."""
    assert sentences("Norway sent shells of 155 mm. An order was placed.") == [
        "Norway sent shells of 155 mm.", "An order was placed."]
    assert sentences("MM. Dupont et Durand ont parlé. Puis.") == ["MM. Dupont et Durand ont parlé.", "Puis."]
    assert sentences("Am 24. Februar lieferte Polen 120 mm Munition.") == ["Am 24. Februar lieferte Polen 120 mm Munition."]
