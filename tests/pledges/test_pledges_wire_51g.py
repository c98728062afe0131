"""Pledges, round 51g: who gives and what kind of thing, from review 51's causes a1-a11
(tests/pledges/test_review_51.py), each written anew in several forms and in the three languages,
with the ordinary copy beside it that must keep its reading. Every text is invented for this file.

- a1/a2/a4, another state as the recipient beside Ukraine (bot/core/pledges/things/other_recipients.py):
  things given to a second recipient in the same clause ("à l'Ukraine un Patriot et à la Moldavie
  des radars"), a bare aid word shared by both ("aide militaire à l'Ukraine et à la Moldavie"),
  a sale to another state told beside a gift to Kyiv ("vend des Rafale à l'Indonésie et livre six
  Caesar à Kiev");
- a3, a donor ordering for its own forces (bot/core/pledges/things/own_forces.py): the reorder takes no
  other cue of its sentence and gives nothing ("would order 16 Skyranger ... for the Bundeswehr",
  "Bundeswehr bestellt 22 neue Panzerhaubitzen");
- a5, "the government" a chamber's motion addresses is the chamber's country
  (bot/core/pledges/donors/bare_governments.py), not the organisation named in between;
- a6/a7/a11, paying into a scheme (bot/core/pledges/money/scheme_payments.py, cue_patterns' paying-in
  cues): "put C$300 million into the initiative" is the payer's funding, "zahlte dafür ... ein" too
  (not the price of the scheme's shells), and paying for weapons in general with their worth is money;
- a8, makers paid to make, in French and German, are production ("paiera des fabricants ukrainiens
  pour produire", "stellt ... Drohnenherstellern ... zur Fertigung ... bereit");
- a9, a sum "towards" a thing is its price, as "for" is;
- a10, bridge layers are armoured vehicles ("Brückenlegepanzer", "bridge-laying tanks", "chars
  poseurs de pont"), and so is a "Jagdpanzer".

First run (2026-12-06 08:20 UTC, main at 18c66be): every case in the lists below but the negatives
failed before the change (the negatives, ordinary copy, passed before and after).
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, AMMO, ARMOUR, MONEY, D, M, P, X
from tests.support.wire_reading import figures

# (lang, title, text, records as (donor, category, status, figure))
SECOND_RECIPIENT = [
    ("fr", "", "La Roumanie va fournir à l'Ukraine un système Patriot et à la Moldavie des radars de surveillance.",
     {("RO", AIR, P, None)}),
    ("fr", "", "La Roumanie va livrer un système Patriot à l'Ukraine et des radars à la Moldavie.",
     {("RO", AIR, P, None)}),
    ("en", "", "Romania will provide a Patriot system to Ukraine and surveillance radars to Moldova.",
     {("RO", AIR, P, None)}),
    ("en", "", "Romania will provide Ukraine with a Patriot system and Moldova with radars.",
     {("RO", AIR, P, None)}),
    ("de", "", "Rumänien liefert der Ukraine ein Patriot-System und der Republik Moldau Radaranlagen.",
     {("RO", AIR, P, None)}),
    ("de", "", "Rumänien liefert ein Patriot-System an die Ukraine und Radaranlagen an Moldau.",
     {("RO", AIR, P, None)}),
]
SHARED_AID_WORD = [
    ("fr", "", "La Roumanie annonce une aide militaire à l'Ukraine et à la Moldavie.", set()),
    ("en", "", "Romania announced military aid for Ukraine and Moldova.", set()),
    ("en", "", "Romania announced military aid for Moldova and Ukraine.", set()),
    ("de", "", "Rumänien kündigt Militärhilfe für die Ukraine und Moldau an.", set()),
]
SALE_BESIDE_A_GIFT = [
    ("fr", "", "La France vend 12 Rafale à l'Indonésie et livre six Caesar à l'Ukraine.", {("FR", "artillery", P, 6)}),
    ("fr", "Paris vend des Rafale à l'Indonésie et livre six Caesar à Kiev",
     "La France a livré la semaine dernière six canons Caesar supplémentaires à l'Ukraine.",
     {("FR", "artillery", D, 6)}),
    ("en", "", "France sold 12 Rafale jets to Indonesia and delivered six Caesar howitzers to Ukraine.",
     {("FR", "artillery", D, 6)}),
    ("en", "", "The US will send 10 Patriot interceptors to Israel and Abrams tanks to Ukraine.", {("US", "tanks", P, None)}),
]
OWN_FORCES_ORDER = [
    ("en", "", "Germany had delivered 60,000 rounds of Gepard ammunition to Ukraine last week, and it would order 16 "
     "Skyranger air defence vehicles for the Bundeswehr to refill its own stocks after giving to Ukraine.",
     {("DE", AMMO, D, 60000)}),
    ("en", "", "The Bundeswehr ordered 16 Skyranger air defence vehicles after Germany sent its Gepards to Ukraine.",
     {("DE", AIR, D, None)}),
    ("de", "Nach Abgabe an die Ukraine: Bundeswehr bestellt 22 neue Panzerhaubitzen",
     "Die Ukraine hatte aus deutschen Beständen 14 Panzerhaubitzen erhalten.", {("DE", "artillery", D, 14)}),
    ("de", "", "Die Bundeswehr bestellt 22 neue Panzerhaubitzen, nachdem Deutschland 14 an die Ukraine abgegeben hat.",
     set()),
]
GOVERNMENT_OF_THE_CHAMBER = [
    ("fr", "", "PARIS, 20 nov 2026 (Agence) - L'Assemblée nationale a adopté jeudi une ligne de crédit de 3 milliards "
     "d'euros pour l'aide militaire à l'Ukraine. À Bruxelles, la Hongrie a bloqué une tranche de 5 milliards d'euros "
     "de la Facilité européenne pour la paix destinée à Kiev. Une proposition de résolution déposée par des députés, "
     "qui invite le gouvernement à livrer des missiles SCALP, sera examinée en décembre.",
     {("FR", MONEY, P, 3000000000), ("EU", MONEY, X, 5000000000), ("FR", "missiles", X, None)}),
    ("en", "", "The EU approved 5 billion euros for Ukraine. A motion in Poland's Sejm urges the government to send "
     "more MiG-29 jets to Ukraine.", {("EU", MONEY, P, 5000000000), ("PL", "aircraft", X, None)}),
    ("en", "", "The EU approved 5 billion euros for Ukraine. A motion in the Dutch parliament urges the government to "
     "send more F-16 jets to Ukraine.", {("EU", MONEY, P, 5000000000), ("NL", "aircraft", X, None)}),
]
PAID_INTO_A_SCHEME = [
    ("en", "", "Canada said it would put C$300 million into the Czech-led initiative that buys artillery shells for "
     "Ukraine on markets outside Europe.", {("CA", MONEY, P, 300000000)}),
    ("en", "", "Canada will channel C$300 million into the Czech ammunition initiative for Ukraine.",
     {("CA", MONEY, P, 300000000)}),
    ("en", "", "Canada will inject C$300 million into NATO's PURL for Ukraine.", {("CA", MONEY, P, 300000000)}),
    ("fr", "", "Le Canada va injecter 300 millions de dollars dans l'initiative tchèque pour l'Ukraine.",
     {("CA", MONEY, P, 300000000)}),
    ("fr", "", "Le Canada va mettre 300 millions de dollars dans l'initiative tchèque pour l'Ukraine.",
     {("CA", MONEY, P, 300000000)}),
    ("de", "", "Kanada steckt 300 Millionen Dollar in die tschechische Munitionsinitiative für die Ukraine.",
     {("CA", MONEY, P, 300000000)}),
    ("de", "", "Kanada will 300 Millionen Dollar in die tschechische Munitionsinitiative für die Ukraine stecken.",
     {("CA", MONEY, P, 300000000)}),
    # paid in after the scheme's deliveries: the payer's money, not the shells' price
    ("de", "", "Die von Tschechien geführte Munitionsinitiative hat in diesem Jahr 1,2 Millionen Granaten an die "
     "Ukraine geliefert; Portugal zahlte dafür 100 Millionen Euro ein.",
     {("CZ", AMMO, D, 1200000), ("PT", MONEY, D, 100000000)}),
    ("de", "", "Die von Tschechien geführte Munitionsinitiative hat in diesem Jahr 1,2 Millionen Granaten an die "
     "Ukraine geliefert; Portugal hat dafür 100 Millionen Euro eingezahlt.",
     {("CZ", AMMO, D, 1200000), ("PT", MONEY, D, 100000000)}),
    ("en", "", "The Czech-led initiative delivered 500,000 shells to Ukraine this year. Sweden paid 100 million euros "
     "into it for that purpose.", {("CZ", AMMO, D, 500000), ("SE", MONEY, D, 100000000)}),
]
PAYING_FOR_WEAPONS = [
    ("de", "", "Deutschland bezahlt US-Waffen im Wert von 500 Millionen Dollar für die Ukraine.",
     {("DE", MONEY, P, 500000000)}),
    ("de", "", "Deutschland finanziert US-Waffen im Wert von 500 Millionen Dollar für die Ukraine.",
     {("DE", MONEY, P, 500000000)}),
    ("en", "", "The Netherlands will pay for U.S. weapons worth $600 million for Ukraine under NATO's PURL list.",
     {("NL", MONEY, P, 600000000)}),
    ("fr", "", "Les Pays-Bas paieront des armes américaines d'une valeur de 600 millions de dollars pour l'Ukraine.",
     {("NL", MONEY, P, 600000000)}),
    # a headline's weapons in general over the body's payment for them: one payment
    ("de", "Niederlande und Belgien kaufen US-Waffen für Kiew",
     "Die Niederlande und Belgien bezahlen gemeinsam US-Waffen im Wert von 600 Millionen Dollar für die Ukraine, "
     "die über die Nato-Liste PURL bestellt werden.", {("NL", MONEY, P, None), ("BE", MONEY, P, None)}),
]
MAKERS_PAID_TO_MAKE = [
    ("fr", "", "La Suède paiera des fabricants ukrainiens pour produire 300 drones d'attaque.", {("SE", "drones", M, 300)}),
    ("fr", "", "Le Danemark paie des entreprises ukrainiennes pour fabriquer des obus.", {("DK", AMMO, M, None)}),
    ("fr", "", "La Norvège paiera 2 milliards de couronnes à des fabricants ukrainiens pour produire des drones "
     "intercepteurs.", {("NO", "drones", M, 2000000000)}),
    ("de", "", "Norwegen stellt ukrainischen Drohnenherstellern 2 Milliarden Kronen zur Fertigung von Abfangdrohnen "
     "bereit.", {("NO", "drones", M, 2000000000)}),
    ("de", "", "Norwegen stellt ukrainischen Firmen 2 Milliarden Kronen zur Herstellung von Granaten zur Verfügung.",
     {("NO", AMMO, M, 2000000000)}),
]
TOWARDS_A_THING = [
    ("en", "", "Norway said it would pay 1.5 billion crowns towards a new Patriot system for Ukraine.",
     {("NO", AIR, P, 1500000000)}),
    ("en", "", "Norway will contribute 1.5 billion crowns towards a new Patriot system for Ukraine.",
     {("NO", AIR, P, 1500000000)}),
]
BRIDGE_LAYERS = [
    ("de", "", "Deutschland hat der Ukraine drei Brückenlegepanzer geliefert.", {("DE", ARMOUR, D, 3)}),
    ("de", "", "Deutschland hat der Ukraine drei Brückenleger geliefert.", {("DE", ARMOUR, D, 3)}),
    ("de", "", "Deutschland hat der Ukraine drei Jagdpanzer geliefert.", {("DE", ARMOUR, D, 3)}),
    ("en", "", "Germany has delivered three bridge-laying tanks to Ukraine.", {("DE", ARMOUR, D, 3)}),
    ("en", "", "Germany has delivered three armoured bridgelayers to Ukraine.", {("DE", ARMOUR, D, 3)}),
    ("fr", "", "L'Allemagne a livré trois chars poseurs de pont à l'Ukraine.", {("DE", ARMOUR, D, 3)}),
]

# Ordinary copy beside each form: read as before the change.
NEGATIVES = [
    # Ukraine alone, or Ukraine and another recipient told as one list with the sum shared
    ("en", "", "Romania announced military aid for Ukraine.", {("RO", MONEY, P, None)}),
    ("fr", "", "La Roumanie va fournir à l'Ukraine un système Patriot et des radars.",
     {("RO", AIR, P, None), ("RO", "other", P, None)}),
    ("en", "", "Germany will send Patriot systems to Poland and Ukraine.", {("DE", AIR, P, None)}),
    ("en", "", "The US will send Patriot interceptors to Israel and Ukraine.", {("US", AIR, P, None)}),
    # a sale to Ukraine is a contract
    ("fr", "", "La France a vendu 12 Rafale à l'Ukraine.", {("FR", "aircraft", M, 12)}),
    ("en", "", "France will sell 12 Rafale jets to Ukraine.", {("FR", "aircraft", M, 12)}),
    # ordering for Ukraine, and things given from the army's stocks
    ("en", "", "Germany has ordered 16 Skyranger air defence vehicles for Ukraine.", {("DE", AIR, M, 16)}),
    ("de", "", "Deutschland bestellt 22 Panzerhaubitzen für die Ukraine.", {("DE", "artillery", M, 22)}),
    ("de", "", "Die Bundeswehr bestellt für die Ukraine 20 Skyranger.", {("DE", AIR, M, 20)}),
    ("fr", "", "La France commande 18 Caesar pour l'Ukraine.", {("FR", "artillery", M, 18)}),
    ("en", "", "Germany delivered 14 howitzers from Bundeswehr stocks to Ukraine.", {("DE", "artillery", D, 14)}),
    # "the government" with no chamber named before: as before
    ("en", "", "Canada will send Ukraine 20 armoured vehicles, the government said.", {("CA", ARMOUR, P, 20)}),
    # paying money, no "into"; people put somewhere; paying for named things keeps them
    ("en", "", "Canada will put 300 soldiers into training.", set()),
    ("de", "", "Deutschland kauft US-Waffen im Wert von 500 Millionen Dollar für die Ukraine.",
     {("DE", "other", P, 500000000)}),
    ("en", "", "Norway will pay 1.5 billion crowns for a new Patriot system for Ukraine.", {("NO", AIR, P, 1500000000)}),
    # money towards several kinds stays money beside them
    ("en", "", "Norway will give 1.5 billion crowns towards air defence and ammunition for Ukraine.",
     {("NO", AIR, P, None), ("NO", AMMO, P, None), ("NO", MONEY, P, 1500000000)}),
    # a sum told "for that purpose" that is no paying in still pays for what came before
    ("en", "", "Norway will send Ukraine two NASAMS systems. Oslo will set aside 2 billion crowns for that purpose.",
     {("NO", AIR, P, 2)}),
    ("de", "", "Die von Tschechien geführte Munitionsinitiative hat in diesem Jahr 1,2 Millionen Granaten an die "
     "Ukraine geliefert; Portugal zahlte dafür 100 Millionen Euro.", {("CZ", AMMO, D, 1200000), ("PT", AMMO, D, 100000000)}),
    # forms of the causes read before this round: an order for the donor's own army beside a
    # gift, a sum towards a purchase
    ("fr", "", "La France a livré six Caesar à l'Ukraine et commandera 18 Caesar neufs pour l'armée de Terre.",
     {("FR", "artillery", D, 6)}),
    ("de", "", "Deutschland hat der Ukraine 14 Panzerhaubitzen geliefert und bestellt 22 neue für die Bundeswehr.",
     {("DE", "artillery", D, 14)}),
    ("en", "", "Norway will pay 1.5 billion crowns towards the purchase of Patriot interceptors.",
     {("NO", AIR, P, 1500000000)}),
    # a battle tank is a tank
    ("de", "", "Deutschland hat der Ukraine drei Kampfpanzer geliefert.", {("DE", "tanks", D, 3)}),
]

CASES = (
    SECOND_RECIPIENT + SHARED_AID_WORD + SALE_BESIDE_A_GIFT + OWN_FORCES_ORDER + GOVERNMENT_OF_THE_CHAMBER
    + PAID_INTO_A_SCHEME + PAYING_FOR_WEAPONS + MAKERS_PAID_TO_MAKE + TOWARDS_A_THING + BRIDGE_LAYERS
)


@pytest.mark.parametrize(("lang", "title", "text", "expected"), CASES)
def test_round_51g_reads_the_giver_and_the_kind(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected


@pytest.mark.parametrize(("lang", "title", "text", "expected"), NEGATIVES)
def test_round_51g_ordinary_copy_keeps_its_reading(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected
