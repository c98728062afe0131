"""Fixes of review 61's causes (tests/pledges/test_review_61.py, fix61a's share), each read as a form of wire
copy in the three languages, and the same cue words in other senses. Every sentence is invented for this file.

- things given before, named as what the new things are for ("spare parts for weapons already delivered",
  "des pièces de rechange pour des armes déjà livrées", "Ersatzteile für bereits gelieferte Waffen"): the
  participle is the older things' background; the new things take the sentence's own status;
- the threat a thing is given to shoot down, told by who designed or made it ("to help shoot down the
  Iranian-designed drones", "zum Abschießen der von Iran entworfenen Drohnen") is no thing given, as "Russian
  drones" was not;
- a state that never gives to Ukraine as the subject of a thing's clause, the donor named only in the next
  clause ("The United Arab Emirates confirmed an order for 12 more Rafale jets, and Greece received ..."): the
  thing is that state's, the donor gives nothing by it;
- money named as another state's paying for the things of its clause ("The Taiwan money will fund training",
  "L'enveloppe destinée à Taïwan financera la formation", "Das Geld für Taiwan soll Ausbildung bezahlen"): that
  state's things, no aid to Ukraine;
- a paying verb with no thing named whose object is civil ("will fund the rebuilding of Ukraine's power grid",
  "finance la reconstruction du réseau électrique", "finanziert den Wiederaufbau") or the payer's own army
  ("dass die Mittel für die Bundeswehr über Schulden finanziert würden"): no funding record;
- what a fund buys, told in the general present by a sentence that opens on the fund ("Aus dem Fonds wird
  nicht-tödliche Ausrüstung bezahlt, etwa Geräte zur Drohnenabwehr", "The fund pays for ...", "Le fonds finance
  ..."): the payer told before gives its money, not these things;
- the first part of a sum with its own figure, the whole after it ("has paid Ukraine the first 2 billion euros
  of its 5 billion euro loan", "les premiers 2 milliards d'euros de son prêt de 5 milliards", "die ersten 2
  Milliarden Euro seines Kredits über 5 Milliarden"): the part delivered, the whole pledged (review 57's shares);
  the rest told as still to come ("the remaining 3 billion euros would follow", "Les 3 milliards d'euros
  restants", "Die restlichen 3 Milliarden Euro") is no promise of its own;
- things bought from makers ("would buy 300 armoured vehicles ... from Norwegian and Ukrainian
  manufacturers"): the makers are the sellers, no making of the payer's;
- a veto its holder keeps ("maintains its veto", "maintient son veto", "hält an seinem Veto fest") is its own
  refusal, as one it refuses to lift is (fix60b's ruling), also under a headline's topic before a colon
  ("Facilité européenne pour la paix : Budapest maintient son veto"); the payments told again with a
  demonstrative ("Budapest bloque ces remboursements") restate that refusal, no EU money under discussion;
- a target proposed for every member as a share of its economy ("proposed that every member state spend at
  least 0.25% of its GDP on military aid") is nobody's giving;
- a sum told as set aside ("stehen im kommenden Jahr 7,1 Milliarden Euro bereit", "7.1 billion euros will be
  available", "7,1 milliards d'euros seront disponibles") is promised, its giver borrowed as after any cue;
- the contracts of an order told before, named again with no thing ("Die Verträge sollen noch vor Weihnachten
  unterschrieben werden", "The contracts are due to be signed", "Les contrats doivent être signés") are no
  making of their own (the donor's own jets before them give nothing);
- what is paid for besides the aid to Ukraine ("finanziert neben der Ukraine-Hilfe auch Einsätze in Afrika, etwa
  die Ausbildung von Soldaten in Mosambik", "Besides its aid to Ukraine, the EU also funds ...", "Outre l'aide à
  l'Ukraine, l'UE finance aussi ...") is no aid to Ukraine, unless Ukraine is named again after it;
- an approval given ("gave final approval to a bill", "gave the go-ahead for") is no thing given: the bill's
  money is promised, not delivered.
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, AMMO, ARMOUR, MONEY, D, M, P, R
from tests.support.wire_reading import figures

FIXED = [
    # things given before, what the new ones are for
    ("en", "Norway promised Ukraine a new military package on Monday. It includes ammunition and spare parts for "
     "weapons already delivered, a spokesman said.", {("NO", AMMO, P, None), ("NO", "other", P, None)}),
    ("en", "Norway promised Ukraine a new package. It includes spare parts for the already delivered tanks.",
     {("NO", "other", P, None)}),
    ("fr", "La Norvège a promis lundi un nouveau paquet militaire à l'Ukraine. Il comprend des munitions et des "
     "pièces de rechange pour des armes déjà livrées, a indiqué un porte-parole.",
     {("NO", AMMO, P, None), ("NO", "other", P, None)}),
    ("de", "Norwegen hat der Ukraine am Montag ein neues Militärpaket zugesagt. Es enthalte Munition und "
     "Ersatzteile für bereits gelieferte Waffen, sagte ein Sprecher.",
     {("NO", AMMO, P, None), ("NO", "other", P, None)}),
    ("de", "Norwegen hat der Ukraine ein neues Paket zugesagt. Das Paket umfasst Ersatzteile für schon gelieferte "
     "Panzer.", {("NO", "other", P, None)}),
    # the threat shot down, told by its designer or maker
    ("en", "Britain will send Ukraine 1,200 more air defence missiles to help shoot down the Iranian-designed drones "
     "that Russia launches at Ukrainian cities.", {("GB", AIR, P, 1200)}),
    ("en", "Norway will send Ukraine 20 interceptors to intercept Iranian-made drones.", {("NO", AIR, P, 20)}),
    ("fr", "La Norvège enverra à l'Ukraine 20 missiles sol-air pour abattre les drones de conception iranienne que "
     "la Russie lance sur les villes.", {("NO", AIR, P, 20)}),
    ("de", "Norwegen liefert der Ukraine 20 Flugabwehrraketen zum Abschießen der von Iran entworfenen Drohnen.",
     {("NO", AIR, P, 20)}),
    # another state's order, a donor in the next clause
    ("en", "The United Arab Emirates confirmed an order for 12 more Rafale jets, and Greece received the third of "
     "its four frigates.", set()),
    ("fr", "Les Émirats arabes unis ont de leur côté confirmé la commande de 12 avions Rafale supplémentaires, et la "
     "Grèce a reçu la troisième de ses quatre frégates.", set()),
    ("de", "Die Vereinigten Arabischen Emirate bestätigten die Bestellung von zwölf weiteren Rafale-Kampfjets, "
     "Griechenland erhielt die dritte von vier Fregatten.", set()),
    # another state's money
    ("en", "Canada will give 2 billion dollars to Ukraine and 500 million dollars to Taiwan. The Taiwan money will "
     "fund training and weapons for the island's forces.", {("CA", MONEY, P, 2000000000)}),
    ("fr", "Le Canada donnera 2 milliards de dollars à l'Ukraine et 500 millions à Taïwan. L'enveloppe destinée à "
     "Taïwan financera la formation et des armes pour les forces de l'île.", {("CA", MONEY, P, 2000000000)}),
    ("de", "Kanada gibt der Ukraine zwei Milliarden Dollar und Taiwan 500 Millionen Dollar. Das Geld für Taiwan "
     "soll Ausbildung und Waffen für die Streitkräfte der Insel bezahlen.", {("CA", MONEY, P, 2000000000)}),
    # civil money, the payer's own army
    ("en", "Norway sent Ukraine 20 howitzers. Another part of the money, paid by the EU, will fund the rebuilding of "
     "Ukraine's power grid.", {("NO", "artillery", D, 20)}),
    ("fr", "La Norvège a livré 20 obusiers à l'Ukraine. Une autre partie de ces revenus, versée par l'Union "
     "européenne, finance la reconstruction du réseau électrique ukrainien.", {("NO", "artillery", D, 20)}),
    ("de", "Deutschland liefert der Ukraine zehn Haubitzen. Ein weiterer Teil des Geldes finanziert den Wiederaufbau "
     "des ukrainischen Stromnetzes.", {("DE", "artillery", P, 10)}),
    ("de", "Deutschland liefert der Ukraine zehn Haubitzen. Die Opposition kritisierte, dass die Mittel für die "
     "Bundeswehr über Schulden finanziert würden.", {("DE", "artillery", P, 10)}),
    # a fund's purchases described
    ("de", "Japan zahlt 30 Millionen Dollar in den Nato-Hilfsfonds für die Ukraine ein. Aus dem Fonds wird "
     "nicht-tödliche Ausrüstung bezahlt, etwa Geräte zur Drohnenabwehr.", {("JP", MONEY, P, 30000000)}),
    ("en", "Japan is paying 30 million dollars into NATO's aid fund for Ukraine. The fund pays for non-lethal "
     "equipment such as fuel and counter-drone jammers.", {("JP", MONEY, P, 30000000)}),
    ("fr", "Le Japon verse 30 millions de dollars au fonds d'aide de l'Otan pour l'Ukraine. Le fonds finance des "
     "équipements non létaux, comme du carburant et des brouilleurs anti-drones.", set()),
    # the first part and the rest of a sum
    ("en", "Norway has paid Ukraine the first 2 billion euros of its 5 billion euro loan. Norway said the remaining 3 "
     "billion euros would follow in two instalments.", {("NO", MONEY, D, 2000000000), ("NO", MONEY, P, 5000000000)}),
    ("fr", "La Norvège a versé à l'Ukraine les premiers 2 milliards d'euros de son prêt de 5 milliards d'euros. Les 3 "
     "milliards d'euros restants suivront en deux tranches.",
     {("NO", MONEY, D, 2000000000), ("NO", MONEY, P, 5000000000)}),
    ("de", "Norwegen hat der Ukraine die ersten 2 Milliarden Euro seines Kredits über 5 Milliarden Euro ausgezahlt. "
     "Die restlichen 3 Milliarden Euro sollen in zwei Raten folgen.",
     {("NO", MONEY, D, 2000000000), ("NO", MONEY, P, 5000000000)}),
    # things bought from makers
    ("en", "Norway will give Ukraine 500 million euros. The money would buy about 300 armoured vehicles and thousands "
     "of drones from Norwegian and Ukrainian manufacturers.",
     {("NO", MONEY, P, 500000000), ("NO", ARMOUR, P, 300), ("NO", "drones", P, None)}),
    ("fr", "La Norvège donnera 500 millions d'euros à l'Ukraine. L'argent servira à acheter 300 véhicules blindés et "
     "des milliers de drones auprès de fabricants norvégiens et ukrainiens.",
     {("NO", MONEY, P, 500000000), ("NO", ARMOUR, P, 300), ("NO", "drones", P, None)}),
    ("de", "Norwegen gibt der Ukraine 500 Millionen Euro. Mit dem Geld sollen 300 gepanzerte Fahrzeuge und Tausende "
     "Drohnen bei norwegischen und ukrainischen Herstellern gekauft werden.",
     {("NO", MONEY, P, 500000000), ("NO", ARMOUR, P, 300), ("NO", "drones", P, None)}),
    # a veto kept, the payments blocked told again
    ("en", "Hungary maintains its veto on 6.6 billion euros of EU military aid for Ukraine.",
     {("HU", MONEY, R, 6600000000)}),
    ("fr", "Facilité européenne pour la paix : Budapest maintient son veto sur 6,6 milliards d'euros pour l'Ukraine.",
     {("HU", MONEY, R, 6600000000)}),
    ("de", "Ungarn hält an seinem Veto gegen 6,6 Milliarden Euro für die Ukraine fest.", {("HU", MONEY, R, 6600000000)}),
    ("en", "Hungary refused to lift its veto on 6.6 billion euros. Budapest has blocked these reimbursements for more "
     "than a year.", {("HU", MONEY, R, 6600000000)}),
    ("fr", "La Hongrie a refusé de lever son veto sur 6,6 milliards d'euros. Budapest bloque ces remboursements "
     "depuis plus d'un an.", {("HU", MONEY, R, 6600000000)}),
    ("de", "Ungarn weigerte sich, sein Veto gegen 6,6 Milliarden Euro aufzuheben. Budapest blockiert diese "
     "Erstattungen seit mehr als einem Jahr.", {("HU", MONEY, R, 6600000000)}),
    # a target for every member
    ("en", "Estonia proposed that every member state spend at least 0.25% of its GDP on military aid to Kyiv.", set()),
    ("fr", "L'Estonie a de son côté proposé que chaque État membre consacre au moins 0,25 % de son PIB à l'aide "
     "militaire à Kiev, une idée que plusieurs grands pays jugent irréaliste.", set()),
    ("de", "Estland schlug vor, dass jeder Mitgliedstaat mindestens 0,25 Prozent seines BIP für Militärhilfe an Kiew "
     "ausgibt.", set()),
    # a sum set aside
    ("en", "Germany's budget committee cleared extra defence spending. For military support to Ukraine, 7.1 billion "
     "euros will be available next year.", {("DE", MONEY, P, 7100000000)}),
    ("fr", "La commission du budget allemande a débloqué des dépenses de défense. Pour le soutien militaire à "
     "l'Ukraine, 7,1 milliards d'euros seront disponibles l'an prochain.", {("DE", MONEY, P, 7100000000)}),
    ("de", "Der Haushaltsausschuss des Bundestags hat den Weg für zusätzliche Rüstungsausgaben freigemacht. Für die "
     "militärische Unterstützung der Ukraine stehen im kommenden Jahr 7,1 Milliarden Euro bereit.",
     {("DE", MONEY, P, 7100000000)}),
    # the contracts told again
    ("de", "Für die Bundeswehr selbst billigte der Ausschuss die Beschaffung von 20 Eurofighter-Kampfjets. Die "
     "Verträge sollen noch vor Weihnachten unterschrieben werden.", set()),
    ("en", "Germany will buy 20 Eurofighter jets for the Bundeswehr itself. The contracts are due to be signed before "
     "Christmas.", set()),
    ("fr", "L'Allemagne achètera 20 Eurofighter pour la Bundeswehr elle-même. Les contrats doivent être signés avant "
     "Noël.", set()),
    # besides the aid to Ukraine
    ("de", "Die EU stockt die Friedensfazilität um fünf Milliarden Euro auf. Die Friedensfazilität finanziert neben der "
     "Ukraine-Hilfe auch Einsätze in Afrika, etwa die Ausbildung von Soldaten in Mosambik und Somalia.",
     {("EU", MONEY, P, 5000000000)}),
    ("en", "The EU will give Ukraine 5 billion euros. Besides its aid to Ukraine, the EU also funds missions in Africa, "
     "such as the training of soldiers in Mozambique.", {("EU", MONEY, P, 5000000000)}),
    ("fr", "L'UE donnera 5 milliards d'euros à l'Ukraine. Outre l'aide à l'Ukraine, l'UE finance aussi la formation "
     "de soldats au Mozambique.", {("EU", MONEY, P, 5000000000)}),
    # an approval given
    ("en", "Canada's parliament gave the go-ahead for 500 million dollars of military aid to Ukraine.",
     {("CA", MONEY, P, 500000000)}),
]

# The same words where they tell the news.
UNCHANGED = [
    ("en", "Norway has already delivered spare parts for the howitzers to Ukraine.", {("NO", "other", D, None)}),
    ("de", "Norwegen hat der Ukraine bereits Ersatzteile für die Haubitzen geliefert.", {("NO", "other", D, None)}),
    ("fr", "La Norvège a déjà livré à l'Ukraine des pièces de rechange pour ses obusiers.",
     {("NO", "other", D, None)}),
    ("de", "Norwegen hat die zugesagten Ersatzteile für die Haubitzen bereits geliefert.", {("NO", "other", D, None)}),
    ("en", "Britain will send Ukraine 300 drones to shoot down the Russian-made drones.", {("GB", "drones", P, 300)}),
    ("fr", "La Norvège enverra à l'Ukraine 20 missiles sol-air et 30 drones.",
     {("NO", AIR, P, 20), ("NO", "drones", P, 30)}),
    ("en", "Greece ordered 12 more Rafale jets for Ukraine, and the UAE bought frigates.",
     {("GR", "aircraft", M, 12)}),
    ("de", "Griechenland bestellte zwölf Panzerhaubitzen für die Ukraine.", {("GR", "artillery", M, 12)}),
    ("en", "Canada will give Ukraine 2 billion dollars. The money will fund training and weapons for Ukrainian "
     "forces.", {("CA", MONEY, P, 2000000000), ("CA", "training", P, None)}),
    ("en", "The EU will fund weapons for Ukraine.", {("EU", MONEY, P, None)}),
    ("en", "Denmark will fund 18 howitzers for Ukraine and the reconstruction of Kharkiv.",
     {("DK", "artillery", P, 18)}),
    ("de", "Deutschland wird die Munition für die Ukraine finanzieren.", {("DE", AMMO, P, None)}),
    ("en", "Japan is paying 30 million dollars into NATO's aid fund for Ukraine. The fund will buy 1,000 drones.",
     {("JP", MONEY, P, 30000000), ("JP", "drones", P, 1000)}),
    ("en", "Norway will fund the production of 300 armoured vehicles by Ukrainian manufacturers.",
     {("NO", ARMOUR, M, 300)}),
    ("fr", "Budapest bloque le remboursement des livraisons des États membres.", {("EU", MONEY, "discussed", None)}),
    ("en", "Estonia will spend 0.25% of its GDP on military aid to Kyiv.", {("EE", MONEY, P, None)}),
    ("en", "Besides its aid to Ukraine, Norway will also train 500 Ukrainian soldiers.", {("NO", "training", P, 500)}),
    ("en", "Canada gave Ukraine 500 million dollars.", {("CA", MONEY, D, 500000000)}),
    ("de", "Deutschland steht bereit, der Ukraine weitere Panzer zu liefern.", {("DE", "tanks", P, None)}),
    ("de", "Deutschland bestellt für die Ukraine zehn IRIS-T-Systeme. Die Verträge sollen noch vor Weihnachten "
     "unterschrieben werden.", {("DE", AIR, M, 10)}),
    ("en", "Norway has paid Ukraine 2 billion euros for air defence.", {("NO", AIR, D, 2000000000)}),
    ("de", "Die EU zahlt 1 Milliarde Euro in den Fonds ein. Aus dem Fonds sollen 20 Panzer für die Ukraine bezahlt "
     "werden.", {("EU", MONEY, P, 1000000000), ("EU", "tanks", P, 20)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FIXED)
def test_review_61_causes_read_in_general(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), UNCHANGED)
def test_other_senses_keep_their_reading(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected
