"""Fix 59a: review 59's background paragraphs (tests/pledges/test_review_59.py), each read as a phenomenon of
full-length wire copy in the three languages. Every sentence, name and figure is invented for this file.

- holdings: what a donor has, operates or has on order for itself is no aid ("Romania has four Patriot systems
  on order", "La Belgique dispose d'une cinquantaine de F-16", "Österreich verfügt über 15 Eurofighter", "15
  Eurofighter im Bestand"); the same verbs with Ukraine as the owner, or a destination of Ukraine after the
  things, keep their reading (own_holdings.py); an army named by its nationality buying for itself ("retired
  from the Australian Army after it bought newer models") orders nothing for Ukraine (own_forces.py);
- status of an earlier giving: a relative clause right after counted things tells their stage ("including 120
  Bushmaster vehicles, which have all been delivered", "dont 20 obusiers, qui ont tous été livrés", "darunter 20
  Haubitzen, die alle bereits geliefert wurden") over the commitment before them (nearest_cue.py); the German
  perfect reaches over a long middle field ("hat ... nach eigenen Angaben unter anderem ... aus Beständen der
  Armee überlassen"); paying for the making of counted things or of more of them is production ("finance la
  production de plusieurs dizaines d'autres", "funds the production of 12 more", "finanziert die Herstellung
  weiterer Haubitzen");
- earlier givings read: the simple past "supplied" ("Italy and France jointly supplied a SAMP/T system");
  things bought from a seller told with the French participle ("un système NASAMS acheté aux États-Unis") go
  to Ukraine, the seller is no destination (destinations.py, status_cues.py); training told done or under
  way ("Spanische Ausbilder haben ... trainiert", "Portugal also trains Ukrainian pilots", "Portuguese
  instructors also help train", "la France forme des pilotes ukrainiens") is delivered;
- production and worth: a factory visited ("lors d'une visite de l'usine"), described by its staff ("L'usine
  emploie 2 000 personnes") or where things were repaired ("in einem Werk instand gesetzt") is a place, no
  making; the things ordered told made after the order ("Die Geschosse sollen in Unterlüß gefertigt werden")
  and paying by countries no one names ("Finanziert wird sie von etwa einem Dutzend Staaten") give no record
  of their own; a package's worth told with more of what it holds, after one kind of counted thing ("The
  package is worth A$100 million and also includes ammunition"), is their price, no funding record.
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, AMMO, ARMOUR, MONEY, D, M, P
from tests.support.wire_reading import figures

HOLDINGS = [
    ("en", "", "Norway will send Ukraine two NASAMS launchers. Norway has six NASAMS batteries on order, the first of "
     "which arrived last year.", {("NO", AIR, P, 2)}),
    ("en", "", "Greece will give Ukraine 20 Leopard 1 tanks, the ministry said. Greece operates about 350 Leopard "
     "tanks of several versions.", {("GR", "tanks", P, 20)}),
    ("fr", "", "Les Pays-Bas livreront 18 obusiers à l'Ukraine. Les Pays-Bas disposent d'une trentaine d'obusiers, "
     "dont une partie est en réparation.", {("NL", "artillery", P, 18)}),
    ("fr", "", "La Suède a livré 10 chars à l'Ukraine. La Suède possède environ 120 chars Leopard.",
     {("SE", "tanks", D, 10)}),
    ("de", "", "Österreich wird der Ukraine keine Kampfjets liefern. Österreich verfügt über 15 Eurofighter, die "
     "den Luftraum überwachen.", {("AT", "aircraft", "refused", None)}),
    ("de", "", "Norwegen hat der Ukraine 14 Panzerhaubitzen geliefert. Norwegen hat derzeit 24 Panzerhaubitzen im "
     "Bestand.", {("NO", "artillery", D, 14)}),
    # (Ukraine as the owner, and a destination of Ukraine after the things, keep the reading)
    ("en", "", "Sweden has delivered 10 CV90 vehicles to Ukraine, which has 40 CV90 vehicles ready for its brigades.",
     {("SE", ARMOUR, D, 10)}),
    ("en", "", "Denmark has 12 more Caesar howitzers to send to Ukraine, the minister said.",
     {("DK", "artillery", P, 12)}),
    ("en", "", "The tanks, retired from the Spanish Army after it bought newer models from the United States, were "
     "shipped to Ukraine in March, the ministry said.", {("ES", "tanks", D, None)}),
    ("en", "", "The howitzers, retired from the Dutch Army after it bought newer guns from South Korea, were delivered "
     "to Ukraine in May.", {("NL", "artillery", D, None)}),
]

STAGES = [
    ("en", "", "Norway has pledged 2 billion crowns to Ukraine, including 20 howitzers, which have all been delivered.",
     {("NO", MONEY, P, 2000000000), ("NO", "artillery", D, 20)}),
    ("fr", "", "La Norvège a promis 2 milliards de couronnes à l'Ukraine, dont 20 obusiers, qui ont tous été livrés.",
     {("NO", MONEY, P, 2000000000), ("NO", "artillery", D, 20)}),
    ("de", "", "Norwegen hat der Ukraine zwei Milliarden Kronen zugesagt, darunter 20 Haubitzen, die alle bereits "
     "geliefert wurden.", {("NO", MONEY, P, 2000000000), ("NO", "artillery", D, 20)}),
    ("de", "", "Seit Kriegsbeginn hat Polen der Ukraine nach eigenen Angaben unter anderem Kampfpanzer und "
     "Haubitzen aus Beständen der Armee überlassen.", {("PL", "tanks", D, None), ("PL", "artillery", D, None)}),
    # (a funding after a delivery's auxiliary, ruling A's money paid, followed by the making it pays for:
    # status_cues._making_paid_for_apart)
    ("fr", "", "La Belgique a livré 12 obusiers à l'Ukraine et finance la production de plusieurs dizaines "
     "d'autres.", {("BE", "artillery", D, 12), ("BE", "artillery", M, None)}),
    ("en", "", "Denmark has delivered 19 Caesar howitzers to Ukraine and funds the production of 12 more.",
     {("DK", "artillery", D, 19), ("DK", "artillery", M, 12)}),
    ("de", "", "Dänemark hat der Ukraine 19 Haubitzen geliefert und finanziert die Herstellung weiterer Haubitzen.",
     {("DK", "artillery", D, 19), ("DK", "artillery", M, None)}),
    ("en", "", "Denmark has delivered 19 Caesar howitzers to Ukraine and funded the production of 12 more.",
     {("DK", "artillery", D, 19), ("DK", "artillery", M, 12)}),
    ("fr", "", "La Belgique a livré 12 obusiers à l'Ukraine et a financé 300 millions d'euros.",
     {("BE", "artillery", D, 12), ("BE", MONEY, D, 300000000)}),
]

EARLIER_GIVINGS = [
    ("en", "", "Spain and Portugal jointly supplied a NASAMS battery to Ukraine in 2024.",
     {("ES", AIR, D, None), ("PT", AIR, D, None)}),
    ("en", "", "Latvia supplied 40 Stinger missiles to Ukraine in 2022.", {("LV", AIR, D, 40)}),
    ("fr", "", "Le Danemark a livré un système NASAMS acheté aux États-Unis.", {("DK", AIR, D, None)}),
    ("fr", "", "La Norvège a livré à l'Ukraine des obusiers achetés à l'Allemagne.", {("NO", "artillery", D, None)}),
    ("de", "", "Norwegische Ausbilder haben 2.000 ukrainische Soldaten geschult.", {("NO", "training", D, 2000)}),
    ("de", "", "Belgische Ausbilder haben in Flandern mehrere Hundert ukrainische Soldaten trainiert.",
     {("BE", "training", D, None)}),
    ("en", "", "Portugal also trains Ukrainian pilots at bases in other European countries.",
     {("PT", "training", D, None)}),
    ("en", "", "Irish instructors also help train Ukrainian sappers in Cyprus.", {("IE", "training", D, None)}),
    ("fr", "", "La Belgique forme des pilotes ukrainiens sur F-16 au Danemark.", {("BE", "training", D, None)}),
    # (a training to come stays a promise)
    ("en", "", "Irish instructors will train Ukrainian sappers next year.", {("IE", "training", P, None)}),
    ("fr", "", "La Belgique va former des pilotes ukrainiens.", {("BE", "training", P, None)}),
]

PRODUCTION_AND_WORTH = [
    ("fr", "", "Le gouvernement suédois a commandé 30 véhicules blindés pour l'Ukraine à un constructeur national. "
     "Le contrat prévoit des livraisons dès l'été, a précisé le ministre lors d'une visite de l'usine.",
     {("SE", ARMOUR, M, 30)}),
    ("fr", "", "La Finlande a commandé 20 véhicules blindés pour l'Ukraine. Les livraisons commenceront en mai. "
     "L'usine emploie environ 900 personnes.", {("FI", ARMOUR, M, 20)}),
    ("de", "", "Polen hat der Ukraine 30 Schützenpanzer übergeben. Die Fahrzeuge seien in einem polnischen Werk "
     "instand gesetzt worden.", {("PL", ARMOUR, D, 30)}),
    ("de", "", "Die Bundesregierung hat bei einem Hersteller 50.000 Schuss Artilleriemunition für die Ukraine "
     "bestellt. Die Geschosse sollen im kommenden Jahr in Bayern gefertigt werden. Finanziert wird der Auftrag "
     "aus dem Haushalt.", {("DE", AMMO, M, 50000)}),
    ("en", "", "The Dutch government has ordered 40,000 artillery shells for Ukraine from a domestic maker. The shells "
     "will be produced at a plant in the south.", {("NL", AMMO, M, 40000)}),
    ("en", "", "The Czech initiative has delivered 1.5 million shells to Ukraine. It is funded by about a dozen "
     "countries.", {("CZ", AMMO, D, 1500000)}),
    ("fr", "", "L'initiative tchèque a livré 1,5 million d'obus à l'Ukraine. Elle est financée par une dizaine de "
     "pays.", {("CZ", AMMO, D, 1500000)}),
    ("en", "", "Australia will send Ukraine 30 more Bushmaster armoured vehicles, the defence minister said. The "
     "package is worth A$100 million and also includes ammunition.", {("AU", ARMOUR, P, 30), ("AU", AMMO, P, None)}),
    ("fr", "", "L'Australie livrera 30 véhicules blindés Bushmaster à l'Ukraine, a annoncé le ministre. Le paquet est "
     "d'une valeur de 100 millions de dollars australiens et comprend aussi des munitions.",
     {("AU", ARMOUR, P, 30), ("AU", AMMO, P, None)}),
    # (after several kinds of thing the worth stays the package's money)
    ("en", "", "Norway will send Ukraine 20 howitzers and 10 air defence systems, the minister said. The package is "
     "worth 2 billion crowns and also includes ammunition.",
     {("NO", "artillery", P, 20), ("NO", AIR, P, 10), ("NO", AMMO, P, None), ("NO", MONEY, P, 2000000000)}),
]


@pytest.mark.parametrize(("lang", "title", "text", "expected"),
                         HOLDINGS + STAGES + EARLIER_GIVINGS + PRODUCTION_AND_WORTH)
def test_background_paragraphs_give_their_records(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected
