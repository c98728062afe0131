"""Round 49: review 50's GIVER and CATEGORY causes (tests/pledges/test_review_50.py and the
reviewer's list of causes), mended in general words and checked on sentences of my own, in
English, French and German, in other words than the probe's.

- Services are things given (the lead's ruling of stop 48): a repair or maintenance centre
  or hub, spare parts, fuel and satellite terminals are category "other" (item_words.py),
  with their counts; a weight or a volume ("5,000 tonnes of diesel") is no count
  (numbers.py); what a service is for ("spare parts for the M777", "un atelier de réparation
  pour les chars Leopard", "Wartungszentrum für Leopard-Panzer", "Challenger repair centre")
  is serviced, not given (items._group_category, given_items._SERVICED_BEFORE), nor is what
  is lacking ("faute de pièces détachées", "for lack of spare parts"); nor is the jet that
  trainees told with words of "more" learn to fly ("40 pilotes ukrainiens supplémentaires
  sur F-16").
- A donor paying for the making of things ("pay for the manufacture of 1,000 drones in
  Ukraine", "finanziert die Herstellung von 300 Abfangdrohnen") gives those things, of their
  own kind, status production: never a category "production" (the lead's ruling of stop 48,
  which withdrew round 42's; the earlier rounds' labels of that case follow it now).
- Money for a budget is civil however far the budget is told after the sum in its clause, a
  relative clause on where the money goes included ("... into a World Bank trust fund that
  pays the salaries of teachers", "an einen Fonds der Weltbank, der den ukrainischen
  Staatshaushalt stützt"); German "Staatshaushalt" is a civil word (money_items.py).
- A giver reaches the answers of an explainer or a Q&A: a question opening its line and
  naming no giver ("WHAT IS IN IT?") is no distance for the borrowing (extract.py); a head
  of state or government told by title alone ("le président de la République", "der
  Kanzler", "the prime minister") is the dateline's country when the article names no
  other donor before it, or the one donor named before it (untitled_leaders.py).
- Radars that find guns are equipment, not artillery ("Artillerieradare"), and so is the
  bare German plural "Radare" (item_words.py).
- A bare "und Munition" after armoured vehicles or jets is a gift of its own, not their
  accessory ("20 Schützenpanzer vom Typ LAV und Munition"; items.accessory_ammunition).
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AMMO, ARMOUR, D, M, P, R, X
from tests.support.wire_reading import figures

SERVICES = [
    ("en", "", "Norway sent 5,000 tonnes of diesel fuel to Ukraine's army last month.", {("NO", "other", D, None)}),
    ("en", "", "Denmark will pay for 3,000 Starlink terminals for Ukrainian troops.", {("DK", "other", P, 3000)}),
    ("en", "", "The Netherlands will fund a maintenance hub in Poland for Ukrainian Leopard tanks at a cost of 40 "
     "million euros.", {("NL", "other", P, 40000000)}),
    ("en", "", "Canada will supply spare parts for Ukraine's M777 howitzers.", {("CA", "other", P, None)}),
    ("en", "Britain to finance Challenger repair centre in Poland",
     "Britain will pay for a repair centre in Poland, the defence ministry said.", {("GB", "other", P, None)}),
    ("en", "", "Belgium will pay 30 million euros to run a repair centre in Romania.", {("BE", "other", P, 30000000)}),
    ("fr", "", "La Belgique finance un atelier de réparation en Roumanie pour les chars Leopard ukrainiens.",
     {("BE", "other", P, None)}),
    ("fr", "", "Le Canada enverra des pièces de rechange pour les obusiers M777 ukrainiens.", {("CA", "other", P, None)}),
    ("fr", "", "L'Italie a livré 10 000 tonnes de carburant à l'armée ukrainienne.", {("IT", "other", D, None)}),
    ("fr", "", "L'Italie formera 40 pilotes ukrainiens supplémentaires sur F-16 l'an prochain.",
     {("IT", "training", P, 40)}),
    ("fr", "", "L'Espagne a reporté la livraison de dix chars Leopard, faute de pièces détachées.",
     {("ES", "tanks", P, 10)}),
    # (services joined to them: what both serve is no gift either)
    ("fr", "", "Les États-Unis ont approuvé la vente à l'Ukraine de pièces détachées et de services d'entretien pour "
     "ses obusiers M109, pour 90 millions de dollars.", {("US", "other", X, None)}),
    ("en", "", "Canada will send spare parts and repairs for Ukraine's Leopard tanks.", {("CA", "other", P, None)}),
    # (French "avec du/des" brings a service along with the things given: part of their record;
    # a seed article's "des armements promis avec du carburant et des pièces détachées")
    ("fr", "", "La Belgique livrera à l'Ukraine 12 véhicules blindés avec du carburant et des pièces détachées, a "
     "dit le ministre.", {("BE", ARMOUR, P, 12)}),
    ("fr", "", "La Belgique a promis des armements avec du carburant.", set()),
    ("fr", "", "La Belgique livrera à l'Ukraine des pièces détachées pour ses chars.", {("BE", "other", P, None)}),
    ("de", "", "Estland liefert der Ukraine 300 Satellitenterminals.", {("EE", "other", P, 300)}),
    ("de", "", "Schweden schickt der Ukraine Ersatzteile für die Schützenpanzer CV90.", {("SE", "other", P, None)}),
    ("de", "", "Litauen wird in Polen ein Wartungszentrum für Leopard-Panzer der ukrainischen Armee finanzieren.",
     {("LT", "other", P, None)}),
]

MAKING_PAID_FOR = [
    ("en", "", "Norway will pay for the manufacture of 1,000 long-range drones in Ukraine.",
     {("NO", "drones", M, 1000)}),
    ("fr", "", "La Suède financera la fabrication en Ukraine de 24 obusiers automoteurs.",
     {("SE", "artillery", M, 24)}),
    ("de", "", "Die Niederlande bezahlen die Herstellung von 300 Abfangdrohnen in der Ukraine.",
     {("NL", "drones", M, 300)}),
]

BUDGET_MONEY = [
    ("en", "", "Canada said it had sent 2 billion Canadian dollars from the proceeds of immobilised Russian assets "
     "into a World Bank trust fund that pays the salaries of Ukrainian teachers.", set()),
    ("de", "", "Japan überweist 2 Milliarden Dollar aus seinem Anteil am G7-Kredit an einen Fonds der Weltbank, der "
     "den ukrainischen Staatshaushalt stützt.", set()),
    ("de", "", "Norwegen hat der Ukraine weitere 4 Milliarden Kronen zur Stützung des Staatshaushalts überwiesen.",
     set()),
    # (military money told with its budget as its source stays military)
    ("de", "", "Deutschland stellt der Ukraine 2027 aus dem Staatshaushalt 9 Milliarden Euro Militärhilfe bereit.",
     {("DE", "funding", P, 9000000000)}),
]

GIVERS = [
    # an explainer's subheads are no distance: the answer borrows the giver told above them
    ("en", "", "OSLO, Nov 3 (Wire) - Norway unveiled a new aid package for Ukraine on Tuesday.\nWHY NOW?\nWinter is "
     "coming and the front needs more help, officials say.\nWHAT IS IN IT?\nSix more NASAMS launchers and 3,000 "
     "artillery shells, to be delivered by March.", {("NO", "air_defence", P, 6), ("NO", AMMO, P, 3000)}),
    # a head of state or government by title alone: the dateline's country
    ("fr", "", "PARIS, 4 déc 2026 (Agence) - Que va recevoir Kiev ? Le président de la République a promis mardi 12 "
     "canons Caesar supplémentaires.", {("FR", "artillery", P, 12)}),
    ("de", "", "BERLIN (Agentur) - Der Kanzler hat der Ukraine am Montag vier weitere Patriot-Systeme zugesagt.",
     {("DE", "air_defence", P, 4)}),
    # ... and the dateline's country only: Kyiv's leaders are no donor, nor is a leader whose country is told
    ("en", "", "KYIV, Dec 1 (Wire) - The prime minister promised that the army would get 20 more tanks.", set()),
    ("de", "", "BERLIN (Agentur) - Der polnische Regierungschef hat der Ukraine am Montag vier weitere "
     "Krab-Haubitzen zugesagt.", {("PL", "artillery", P, 4)}),
]

RADARS_AND_AMMUNITION = [
    ("de", "", "Norwegen hat sein Angebot von sechs Artillerieradaren zurückgezogen.", {("NO", "other", R, 6)}),
    ("de", "", "Finnland liefert der Ukraine acht Radare.", {("FI", "other", P, 8)}),
    ("de", "", "Kanada sagt der Ukraine 20 Schützenpanzer vom Typ LAV und Munition zu.",
     {("CA", ARMOUR, P, 20), ("CA", AMMO, P, None)}),
    # (a gun's bare "und Munition" is still its own)
    ("de", "", "Kanada sagt der Ukraine 20 Panzerhaubitzen und Munition zu.", {("CA", "artillery", P, 20)}),
]


@pytest.mark.parametrize(("lang", "title", "text", "expected"),
                         SERVICES + MAKING_PAID_FOR + BUDGET_MONEY + GIVERS + RADARS_AND_AMMUNITION)
def test_round_49_readings(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected
