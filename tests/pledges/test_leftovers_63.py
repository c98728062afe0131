"""Pledges, leftovers of stop 62 and reviews 60-62b (leftovers63): misreadings the reviews left, each read as a form
of wire copy in English, French and German, with the same words in other senses that keep their reading. Every
sentence is written for this file; none is taken from the real-article set or from a review's items.

1. The lead's ruling on money and funds (docs/reading-pledges.md, stop 63): a sum whose own purpose names a kind of
   kit is that kind's worth, one record, also when it is paid into a fund named by a name that tells no kind ("€20m
   to the European Peace Facility for helmets", "into NATO's PURL scheme to buy interceptors":
   item_words.NAMED_FUND_PAID_INTO, items._FOR_PURPOSE); a sum paid into a fund or an initiative whose kind is told
   only by its name or description ("an der von Tschechien geführten Initiative zum Kauf von Granaten", "au fonds
   pour les munitions", "into the initiative that buys shells") is the payer's funding alone
   (given_items._PAID_INTO now takes "der"), and what the fund buys told next in the general present ("Die
   Granaten werden auf dem Weltmarkt beschafft") is the fund's working (given_items._BOUGHT_BY_THE_FUND). Before:
   funding and the kit without its sum; funding and the shells.
2. German "die ersten beiden" counts two, as "the first two" and "les deux premiers" do (numbers._FIRST_TWO).
3. Things refurbished with a donor's money ("refurbished with Danish money", "remis en état avec de l'argent
   danois", "mit dänischem Geld instand gesetzte") are no order from a maker (status_cues._REPAIRED_WITH_BEFORE);
   things that reached Ukrainian units are delivered (cue_patterns).
4. French "ne ... pas que" is "not only" in every tense ("ne livrera pas que des chars, mais aussi des obus"),
   more given, no refusal (status_cues._ONLY_AFTER, cue_qualifiers._NOT_ONLY_WORDS, cue_patterns).
5. A sum written as a compound's first part ("ein 300-Millionen-Dollar-Paket", "a $300-million package") is money
   (numbers._MONEY_BEFORE/_MONEY_AFTER take a hyphen).
6. Money released for production capacity with no thing named ("released 2 billion euros for production capacity",
   "pour les capacités de production", "für Produktionskapazitäten") is the making's worth, production with the
   sum (money_items._FOR_CAPACITY); "to boost production capacity" stays a promise of money (stop 62).
7. German spare parts for things another giver delivered, told as an attribute ("Ersatzteile für die von
   Deutschland gelieferten Panzer") are the sentence giver's parts, and the earlier giver delivered the things, as
   "spare parts for the tanks supplied by Germany" reads (relative_receipts._given_by_before).
8. The worth of weapons in general whose contents follow ("pour 425 millions de dollars d'armes ..., dont", "$425
   million worth of weapons ..., including", "Waffen im Wert von ..., darunter") is the package's money beside the
   contents (money_items._CONTENTS_LISTED_AFTER). Before: the sum lost beside the precise things.
   The accessories told with things ("air defence missiles and related equipment worth", "et d'équipements
   associés d'une valeur de", "Flugabwehrraketen und Zubehör im Wert von") ride with them: the worth is the
   things' (money_items._ACCESSORIES; review 62b's export approval keeps its sale's worth, as "missiles worth"
   does).
9. Money "in security assistance for Ukraine under USAI, to buy interceptors" is the interceptors' worth
   (items._FOR_PURPOSE: the money's kind and recipient before the programme; an acronym as the programme);
   contracts told by how long they take ("contracts to take years") order nothing (status_cues._CONTRACTS_TAKE_TIME).
10. The German present passive of training reaches over twelve words ("werden seit Anfang der Woche ukrainische
   Soldaten am Flugabwehrsystem Patriot ausgebildet", review 62's Bundeswehr item: nine words, beyond eight).
11. (none: "Der Haushaltsausschuss" as a name of Germany made review 51's Taurus motion, voted down, a promise; taken back)
12. A giving told as a noun that a speaker calls something ("nannte die Finanzierung eine direkte Beteiligung",
   "called the financing", "a qualifié ce financement de") has no cue of its own (status_cues._NAMED_AS_BEFORE;
   review 61's Kremlin). Thales' Lightweight Multirole Missile (Martlet, "missiles multirôles légers"; English
   and French names only) is air defence (config/entities.toml; review 62b's UK item).
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, AMMO, ARMOUR, MONEY, D, M, P, R
from tests.support.wire_reading import figures

# 1. The ruling on money and funds.
MONEY_AND_FUNDS = [
    # (a fund named by a name that tells no kind: the purpose after it is the sum's)
    ("en", "Ireland will contribute €20m to the European Peace Facility for non-lethal equipment such as helmets for "
           "Ukraine.", {("IE", "other", P, 20e6)}),
    ("fr", "L'Irlande versera 20 millions d'euros à la Facilité européenne pour la paix pour des équipements non "
           "létaux tels que des casques destinés à l'Ukraine.", {("IE", "other", P, 20e6)}),
    ("de", "Irland zahlt 20 Millionen Euro in die Europäische Friedensfazilität für nicht-tödliche Ausrüstung wie "
           "Helme für die Ukraine ein.", {("IE", "other", P, 20e6)}),
    ("en", "The Netherlands put €250m into NATO's PURL scheme to buy US-made interceptors for Ukraine.",
     {("NL", AIR, P, 250e6)}),
    ("fr", "Les Pays-Bas versent 250 millions d'euros au mécanisme PURL de l'Otan pour acheter des intercepteurs "
           "américains pour l'Ukraine.", {("NL", AIR, P, 250e6)}),
    ("de", "Die Niederlande zahlen 250 Millionen Euro in die PURL-Initiative der Nato für Abfangraketen für die "
           "Ukraine ein.", {("NL", AIR, P, 250e6)}),
    # (the purpose of the sum itself, the fund named after it)
    ("en", "Canada will provide C$50 million to buy shells for Ukraine through the Czech initiative.",
     {("CA", AMMO, P, 50e6)}),
    ("fr", "Le Canada versera 50 millions d'euros pour acheter des obus pour l'Ukraine dans le cadre de l'initiative "
           "tchèque.", {("CA", AMMO, P, 50e6)}),
    ("de", "Deutschland stellt 400 Millionen Euro für den Kauf von Langstreckendrohnen für die Ukraine im Rahmen der "
           "Initiative bereit.", {("DE", "drones", P, 400e6)}),
    # (a fund whose kind is told by its name or description: the payer's funding alone)
    ("de", "Kanada beteiligt sich mit 50 Millionen Euro an der von Tschechien geführten Initiative zum Kauf von "
           "Artilleriegranaten für die Ukraine.", {("CA", MONEY, P, 50e6)}),
    ("de", "Kanada zahlt 50 Millionen Euro in die Munitionsinitiative für die Ukraine ein.", {("CA", MONEY, P, 50e6)}),
    ("en", "Canada will pay C$50 million into the initiative that buys shells for Ukraine.", {("CA", MONEY, P, 50e6)}),
    ("fr", "Le Canada versera 50 millions d'euros au fonds pour les munitions destinées à l'Ukraine.",
     {("CA", MONEY, P, 50e6)}),
    # (... and what the fund buys, told next in the general present, is the fund's working: given_items
    # ._BOUGHT_BY_THE_FUND)
    ("de", "Kanada beteiligt sich mit 50 Millionen Euro an der von Tschechien geführten Initiative zum Kauf von "
           "Artilleriegranaten für die Ukraine. Die Granaten werden auf dem Weltmarkt beschafft.",
     {("CA", MONEY, P, 50e6)}),
    ("en", "Canada will pay C$50 million into the Czech-led initiative that buys shells for Ukraine. The shells are "
           "bought on the world market.", {("CA", MONEY, P, 50e6)}),
    ("fr", "Le Canada versera 50 millions d'euros à l'initiative tchèque qui achète des obus pour l'Ukraine. Les obus "
           "sont achetés sur le marché mondial.", {("CA", MONEY, P, 50e6)}),
]

# 2. "die ersten beiden" counts two.
FIRST_TWO = [
    ("de", "Die ersten beiden Radhaubitzen vom Typ RCH 155 sind an die ukrainischen Streitkräfte übergeben worden, "
           "teilte Berlin mit.", {("DE", "artillery", D, 2)}),
    ("de", "Deutschland hat die letzten beiden Gepard-Panzer an die Ukraine übergeben.", {("DE", AIR, D, 2)}),
    ("en", "Germany has handed over the first two RCH 155 howitzers to Ukraine.", {("DE", "artillery", D, 2)}),
    ("fr", "L'Allemagne a livré à l'Ukraine les deux premiers obusiers RCH 155.", {("DE", "artillery", D, 2)}),
]

# 3. Refurbished with a donor's money: no order; reaching Ukrainian units: delivered.
REFURBISHED_WITH_MONEY = [
    ("en", "The first Leopard 1A5 tanks refurbished with Danish money have reached Ukrainian units in the east.",
     {("DK", "tanks", D, None)}),
    ("fr", "Les premiers chars Leopard 1A5 remis en état avec de l'argent danois sont arrivés dans les unités "
           "ukrainiennes.", {("DK", "tanks", D, None)}),
    ("de", "Die ersten mit dänischem Geld instand gesetzten Leopard-1A5-Panzer sind bei ukrainischen Einheiten "
           "eingetroffen.", {("DK", "tanks", D, None)}),
    # (things built with a donor's money stay its order: the Danish model)
    ("de", "Mit norwegischem Geld werden in der Ukraine 24 Haubitzen gebaut.", {("NO", "artillery", M, 24)}),
]

# 4. "ne ... pas que": not only.
NOT_ONLY_QUE = [
    ("fr", "La France ne livrera pas que des chars à l'Ukraine, mais aussi des obus.",
     {("FR", "tanks", P, None), ("FR", AMMO, P, None)}),
    ("fr", "La France ne livre pas que des chars à l'Ukraine : elle envoie aussi des obus.",
     {("FR", "tanks", P, None), ("FR", AMMO, P, None)}),
    ("fr", "La France n'a pas livré que des chars à l'Ukraine, mais aussi des obus.",
     {("FR", "tanks", D, None), ("FR", AMMO, D, None)}),
    ("en", "France will not only deliver tanks to Ukraine, but also shells.",
     {("FR", "tanks", P, None), ("FR", AMMO, P, None)}),
    ("de", "Frankreich wird der Ukraine nicht nur Panzer liefern, sondern auch Granaten.",
     {("FR", "tanks", P, None), ("FR", AMMO, P, None)}),
    # (a refusal, and the restriction "ne ... que", keep their readings)
    ("fr", "La France ne livrera pas de chars à l'Ukraine.", {("FR", "tanks", R, None)}),
    ("fr", "La France ne livrera que des obus à l'Ukraine.", {("FR", AMMO, P, None)}),
]

# 5. A compound's sum.
COMPOUND_SUMS = [
    ("de", "Die USA kündigen ein 300-Millionen-Dollar-Paket mit Stinger-Raketen für die Ukraine an.",
     {("US", AIR, P, None), ("US", MONEY, P, 300e6)}),
    ("de", "Deutschland kündigt ein 500-Millionen-Euro-Paket für die Ukraine an.", {("DE", MONEY, P, 500e6)}),
    ("en", "The U.S. announced a 300-million-dollar package for Ukraine.", {("US", MONEY, P, 300e6)}),
    ("fr", "Les États-Unis annoncent un paquet de 300 millions de dollars pour l'Ukraine.", {("US", MONEY, P, 300e6)}),
]

# 6. Money for production capacity, no thing named.
CAPACITY_MONEY = [
    ("en", "The EU has released 2 billion euros for production capacity.", {("EU", M, M, 2e9)}),
    ("fr", "L'UE a débloqué 2 milliards d'euros pour les capacités de production.", {("EU", M, M, 2e9)}),
    ("de", "Die EU hat 2 Milliarden Euro für Produktionskapazitäten freigegeben.", {("EU", M, M, 2e9)}),
    # (an aim with no thing named stays a promise of money, stop 62)
    ("en", "The EU will give 2 billion euros to boost production capacity.", {("EU", MONEY, P, 2e9)}),
]

# 7. Spare parts for things another giver delivered.
PARTS_FOR_ANOTHERS_THINGS = [
    ("de", "Norwegen liefert Ersatzteile für die von Deutschland gelieferten Panzer an die Ukraine.",
     {("NO", "other", P, None), ("DE", "tanks", D, None)}),
    ("en", "Norway will send spare parts for the tanks supplied by Germany to Ukraine.",
     {("NO", "other", P, None), ("DE", "tanks", D, None)}),
    ("fr", "La Norvège livrera des pièces détachées pour les chars livrés par l'Allemagne à l'Ukraine.",
     {("NO", "other", P, None), ("DE", "tanks", D, None)}),
    # (shells for another giver's guns stay the sentence giver's alone, stop 62; things delivered by their
    # agent alone are that delivery)
    ("de", "Schweden wird Granaten für die von Dänemark gelieferten Haubitzen liefern.", {("SE", AMMO, P, None)}),
    ("de", "Die von Dänemark gelieferten Haubitzen sind in der Ukraine eingetroffen.", {("DK", "artillery", D, None)}),
]

# 8. The worth of weapons with their contents after it.
WORTH_WITH_CONTENTS = [
    ("fr", "Les États-Unis vont fournir à l'Ukraine pour 425 millions de dollars d'armes prélevées sur les stocks du "
           "Pentagone, dont des missiles NASAMS et des véhicules blindés Stryker.",
     {("US", MONEY, P, 425e6), ("US", AIR, P, None), ("US", ARMOUR, P, None)}),
    ("en", "The United States will provide Ukraine with $425 million worth of weapons drawn from Pentagon stocks, "
           "including NASAMS missiles and Stryker armoured vehicles.",
     {("US", MONEY, P, 425e6), ("US", AIR, P, None), ("US", ARMOUR, P, None)}),
    ("de", "Die USA liefern der Ukraine Waffen im Wert von 425 Millionen Dollar, darunter NASAMS-Raketen und "
           "Stryker-Radpanzer.", {("US", MONEY, P, 425e6), ("US", AIR, P, None), ("US", ARMOUR, P, None)}),
    # (the worth of weapons told alone stays the equipment's value)
    ("en", "The United States will provide Ukraine with $1 billion worth of weapons.", {("US", "other", P, 1e9)}),
]

# 8b. The accessories of a sale or an order ride with the things and their worth.
WORTH_WITH_ACCESSORIES = [
    ("en", "The State Department approved the possible sale of air defence missiles and related equipment worth about "
           "$1.2 billion to Ukraine.", {("US", AIR, "discussed", 1.2e9)}),
    ("fr", "Le département d'État a approuvé la vente éventuelle de missiles antiaériens et d'équipements associés "
           "d'une valeur de 1,2 milliard de dollars à l'Ukraine.", {("US", AIR, "discussed", 1.2e9)}),
    ("de", "Das US-Außenministerium hat den möglichen Verkauf von Flugabwehrraketen und Zubehör im Wert von rund 1,2 "
           "Milliarden Dollar an die Ukraine genehmigt.", {("US", AIR, "discussed", 1.2e9)}),
]

# 9. USAI money with its purpose after the programme; contracts told by their length.
USAI_PURPOSES = [
    ("en", "The United States on Friday announced $1.2 billion in long-term security assistance for Ukraine under "
           "the Ukraine Security Assistance Initiative (USAI), to buy interceptors from American manufacturers.",
     {("US", AIR, M, 1.2e9)}),
    ("fr", "Les États-Unis ont annoncé 1,2 milliard de dollars d'aide militaire pour l'Ukraine dans le cadre de "
           "l'initiative USAI, pour acheter des intercepteurs auprès de fabricants américains.", {("US", AIR, M, 1.2e9)}),
    ("de", "Die USA stellen 1,2 Milliarden Dollar an Militärhilfe für die Ukraine im Rahmen der Initiative USAI für den "
           "Kauf von Abfangraketen bei US-Herstellern bereit.", {("US", AIR, M, 1.2e9)}),
    ("en", "The United States announced $1.2 billion under USAI to buy interceptors for Ukraine.",
     {("US", AIR, M, 1.2e9)}),
    # (a headline's fragment after ";" telling how long contracts take orders nothing)
    ("en", "The United States announced $1.2 billion under USAI to buy interceptors for Ukraine; contracts to take "
           "years.", {("US", AIR, M, 1.2e9)}),
    ("fr", "Les États-Unis débloquent 1,2 milliard de dollars pour acheter des intercepteurs pour l'Ukraine ; les "
           "contrats prendront des années.", {("US", AIR, P, 1.2e9)}),
    # (a contract for things stays an order)
    ("en", "Norway signed contracts for 20 howitzers for Ukraine.", {("NO", "artillery", M, 20)}),
]

# 10. The German present passive of training over a long middle field.
TRAINING_PASSIVE = [
    ("de", "Auf einem Bundeswehr-Gelände in Baden-Württemberg werden seit Anfang der Woche ukrainische Soldaten am "
           "Flugabwehrsystem Patriot ausgebildet.", {("DE", "training", D, None)}),
    ("de", "In Deutschland werden seit Anfang des Monats rund 200 ukrainische Soldaten an dem Schützenpanzer Marder "
           "ausgebildet.", {("DE", "training", D, 200)}),
    ("en", "Since the start of the week, Ukrainian soldiers have been trained on the Patriot system at a Bundeswehr "
           "site in Germany.", {("DE", "training", D, None)}),
    ("fr", "Depuis le début de la semaine, des soldats ukrainiens sont formés au système Patriot sur un terrain de la "
           "Bundeswehr.", {("DE", "training", D, None)}),
]

# 12. A giving named in a reaction; LMM missiles are air defence.
REACTIONS_AND_NAMES = [
    ("de", "Kremlsprecher Peskow nannte die Finanzierung eine direkte Beteiligung Deutschlands am Krieg.", set()),
    ("en", "Kremlin spokesman Peskov called the financing a direct involvement of Germany in the war.", set()),
    ("fr", "Le porte-parole du Kremlin a qualifié ce financement de participation directe de l'Allemagne à la guerre.",
     set()),
    # (a financing promised stays a promise)
    ("de", "Deutschland sagt die Finanzierung von 20 Drohnen zu.", {("DE", "drones", P, 20)}),
    ("en", "Britain will send 5,000 lightweight multirole missiles to Ukraine.", {("GB", AIR, P, 5000)}),
    ("fr", "Le Royaume-Uni livrera 5 000 missiles multirôles légers à l'Ukraine.", {("GB", AIR, P, 5000)}),
]

@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    MONEY_AND_FUNDS + FIRST_TWO + REFURBISHED_WITH_MONEY + NOT_ONLY_QUE + COMPOUND_SUMS + CAPACITY_MONEY
    + PARTS_FOR_ANOTHERS_THINGS + WORTH_WITH_CONTENTS + WORTH_WITH_ACCESSORIES + USAI_PURPOSES + TRAINING_PASSIVE + REACTIONS_AND_NAMES,
)
def test_the_leftovers_of_stop_62(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected
