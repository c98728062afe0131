"""A sixth round of wire-copy phenomena, read on matrices of short sentences written for
these tests (none is taken from the real-article set), each varying one dimension in the
three languages: words standing for a system named a sentence before, money earmarked
for items, donors named by a leader's title, deliveries told in the passive with the giver
after. The earlier rounds are tests/pledges/test_pledges_wire.py to _5."""

from __future__ import annotations

import pytest

from bot.config import load_entities
from bot.core.pledges.extract import extract_pledges
from bot.core.stories.evidence.events import event_evidence
from tests.support.wire_labels import D, P
from tests.support.wire_reading import reading_of, records


# A promise naming a system, then a sentence telling what became of part of it through a
# word standing for the system: "the first of them", "the first launchers", "the rest",
# "le premier d'entre eux", "les premiers lanceurs", "le reste", "das erste davon", "die
# ersten Startgeräte", "der Rest". The delivery is the promiser's, of that system; a rest
# still to come repeats the promise.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Germany promised Ukraine four IRIS-T systems. The first of them arrived on Monday.",
         {("DE", "air_defence", P), ("DE", "air_defence", D)}),
        ("Germany promised Ukraine four IRIS-T systems. The first of them has been delivered.",
         {("DE", "air_defence", P), ("DE", "air_defence", D)}),
        ("Germany promised Ukraine four IRIS-T systems. The first launchers arrived on Monday.",
         {("DE", "air_defence", P), ("DE", "air_defence", D)}),
        ("Germany promised Ukraine four IRIS-T systems. The first launcher arrived on Monday.",
         {("DE", "air_defence", P), ("DE", "air_defence", D)}),
        ("Germany promised Ukraine four IRIS-T systems. The remaining ones will follow next year.",
         {("DE", "air_defence", P)}),
        ("Germany promised Ukraine four IRIS-T systems. The rest will be delivered next year.",
         {("DE", "air_defence", P)}),
        ("Germany promised Ukraine four IRIS-T systems. The first was delivered in October, the rest will follow.",
         {("DE", "air_defence", P), ("DE", "air_defence", D)}),
        ("Norway pledged 14 Leopard tanks to Ukraine. The first of them have arrived.",
         {("NO", "tanks", P), ("NO", "tanks", D)}),
        ("Norway pledged 14 Leopard tanks to Ukraine. The remaining ones have now been delivered.",
         {("NO", "tanks", P), ("NO", "tanks", D)}),
        ("Norway pledged 14 Leopard tanks to Ukraine. The rest have now been delivered.",
         {("NO", "tanks", P), ("NO", "tanks", D)}),
        ("La France a promis six canons Caesar à l'Ukraine. Le premier d'entre eux a été livré lundi.",
         {("FR", "artillery", P), ("FR", "artillery", D)}),
        ("L'Allemagne a promis quatre systèmes IRIS-T à l'Ukraine. Les premiers lanceurs sont arrivés lundi.",
         {("DE", "air_defence", P), ("DE", "air_defence", D)}),
        ("L'Allemagne a promis quatre systèmes IRIS-T à l'Ukraine. Le premier lanceur est arrivé lundi.",
         {("DE", "air_defence", P), ("DE", "air_defence", D)}),
        ("La France a promis six canons Caesar à l'Ukraine. Le reste sera livré l'an prochain.",
         {("FR", "artillery", P)}),
        ("La France a promis six canons Caesar à l'Ukraine. Le reste a été livré en mars.",
         {("FR", "artillery", P), ("FR", "artillery", D)}),
        ("Deutschland hat der Ukraine vier IRIS-T-Systeme zugesagt. Das erste davon wurde im Oktober geliefert.",
         {("DE", "air_defence", P), ("DE", "air_defence", D)}),
        ("Deutschland hat der Ukraine vier IRIS-T-Systeme zugesagt. Die ersten Startgeräte sind eingetroffen.",
         {("DE", "air_defence", P), ("DE", "air_defence", D)}),
        ("Deutschland hat der Ukraine vier IRIS-T-Systeme zugesagt. Den Rest will Berlin im nächsten Jahr liefern.",
         {("DE", "air_defence", P)}),
        ("Deutschland hat der Ukraine vier IRIS-T-Systeme zugesagt. Der Rest wurde inzwischen geliefert.",
         {("DE", "air_defence", P), ("DE", "air_defence", D)}),
        ("Deutschland hat der Ukraine vier IRIS-T-Systeme zugesagt. Die übrigen wurden inzwischen geliefert.",
         {("DE", "air_defence", P), ("DE", "air_defence", D)}),
        ("Deutschland hat der Ukraine 18 Leopard-Panzer zugesagt. Die ersten davon sind angekommen.",
         {("DE", "tanks", P), ("DE", "tanks", D)}),
    ],
)
def test_a_word_standing_for_the_promised_system_tells_its_delivery(text: str, expected: set) -> None:
    assert records(text) == expected


# "The rest" of something else, "the first" as a rank and a launcher word inside another
# weapon's name stand for nothing named before.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Germany promised Ukraine four IRIS-T systems. The rest of the money goes to reconstruction.",
         {("DE", "air_defence", P)}),
        ("Deutschland hat der Ukraine vier IRIS-T-Systeme zugesagt. Der Rest der Welt zögert.",
         {("DE", "air_defence", P)}),
        ("Germany delivered IRIS-T systems to Ukraine. The United States will send two rocket launchers.",
         {("DE", "air_defence", D), ("US", "artillery", P)}),
        ("Norway pledged 14 Leopard tanks to Ukraine. Poland was the first, officials said.",
         {("NO", "tanks", P)}),
    ],
)
def test_rest_and_first_in_other_senses_refer_to_nothing(text: str, expected: set) -> None:
    assert records(text) == expected


# ... and for story grouping the delivery so told is the system's first one.
@pytest.mark.parametrize(
    ("body", "lang"),
    [
        ("Germany promised Ukraine four IRIS-T systems. The first of them arrived on Monday.", "en"),
        ("L'Allemagne a promis quatre systèmes IRIS-T à l'Ukraine. Les premiers lanceurs sont arrivés lundi.", "fr"),
        ("Deutschland hat der Ukraine vier IRIS-T-Systeme zugesagt. Das erste davon wurde im Oktober geliefert.", "de"),
    ],
)
def test_the_first_of_them_delivered_is_a_first_delivery_key(body: str, lang: str) -> None:
    entities = load_entities()
    pledges = extract_pledges(body, entities=entities)
    assert event_evidence("", body, pledges, entities, lang).first_deliveries == frozenset({"IRIS-T"})


_valued = reading_of("donor", "category", "status", "value", "currency")


# Money and what it buys. An amount earmarked for one named thing ("€400 million for
# drones", "pour des drones", "für Drohnen", "for Ukraine to buy drones", "à l'achat de",
# "damit sie Drohnen kaufen kann") or told as its worth ("drones worth £50 million", "d'une
# valeur de", "im Wert von") is that thing's value, no gift of its own. One amount for two
# things together is no one thing's value: it stays the money given. A second amount
# that drops the currency ("et 100 millions pour des drones") is in the first one's. A
# share of a package told with its total ("including", "of which", "dont", "darunter",
# "davon") is counted once, in the total: the thing is recorded without it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Germany will provide €400 million for drones for Ukraine.",
         {("DE", "drones", P, 4e8, "EUR")}),
        ("The Netherlands pledged €200 million for air defence for Ukraine.",
         {("NL", "air_defence", P, 2e8, "EUR")}),
        ("Denmark will give Ukraine €50 million for artillery shells and €30 million for drones.",
         {("DK", "ammunition", P, 5e7, "EUR"), ("DK", "drones", P, 3e7, "EUR")}),
        ("Norway will give Ukraine NOK 1 billion for air defence and ammunition.",
         {("NO", "air_defence", P, None, None), ("NO", "ammunition", P, None, None), ("NO", "funding", P, 1e9, "NOK")}),
        ("Germany will deliver ammunition worth €100 million to Ukraine.",
         {("DE", "ammunition", P, 1e8, "EUR")}),
        ("Britain has sent Ukraine drones worth £50 million.",
         {("GB", "drones", D, 5e7, "GBP")}),
        ("Sweden will give Ukraine SEK 500 million to buy drones.",
         {("SE", "drones", P, 5e8, "SEK")}),
        ("Canada will give $100 million for Ukraine to buy drones.",
         {("CA", "drones", P, 1e8, "USD")}),
        ("Germany announced a €2 billion package for Ukraine, including €400 million for drones.",
         {("DE", "drones", P, None, None), ("DE", "funding", P, 2e9, "EUR")}),
        ("Germany announced a €2 billion military aid package for Ukraine, of which €400 million is for drones.",
         {("DE", "drones", P, None, None), ("DE", "funding", P, 2e9, "EUR")}),
        ("La France va consacrer 100 millions d'euros à l'achat de drones pour l'Ukraine.",
         {("FR", "drones", P, 1e8, "EUR")}),
        ("La France va débloquer 100 millions d'euros pour des drones destinés à l'Ukraine.",
         {("FR", "drones", P, 1e8, "EUR")}),
        ("La France va livrer des munitions d'une valeur de 100 millions d'euros à l'Ukraine.",
         {("FR", "ammunition", P, 1e8, "EUR")}),
        ("La Belgique a promis 200 millions d'euros pour des obus et 100 millions pour des drones.",
         {("BE", "ammunition", P, 2e8, "EUR"), ("BE", "drones", P, 1e8, "EUR")}),
        ("La Suède va verser 50 millions d'euros à l'Ukraine pour acheter des drones.",
         {("SE", "drones", P, 5e7, "EUR")}),
        ("La France a annoncé une aide de 2 milliards d'euros à l'Ukraine, dont 400 millions pour des drones.",
         {("FR", "drones", P, None, None), ("FR", "funding", P, 2e9, "EUR")}),
        ("Deutschland stellt der Ukraine 400 Millionen Euro für Drohnen bereit.",
         {("DE", "drones", P, 4e8, "EUR")}),
        ("Deutschland wird Munition im Wert von 100 Millionen Euro an die Ukraine liefern.",
         {("DE", "ammunition", P, 1e8, "EUR")}),
        ("Dänemark gibt der Ukraine 50 Millionen Euro für Granaten und 30 Millionen Euro für Drohnen.",
         {("DK", "ammunition", P, 5e7, "EUR"), ("DK", "drones", P, 3e7, "EUR")}),
        ("Norwegen zahlt der Ukraine 50 Millionen Euro, damit sie Drohnen kaufen kann.",
         {("NO", "drones", P, 5e7, "EUR")}),
        ("Deutschland kündigte ein Paket von zwei Milliarden Euro für die Ukraine an, "
         "darunter 400 Millionen Euro für Drohnen.",
         {("DE", "drones", P, None, None), ("DE", "funding", P, 2e9, "EUR")}),
        ("Deutschland hat ein Hilfspaket im Wert von zwei Milliarden Euro angekündigt, "
         "davon 400 Millionen Euro für Drohnen.",
         {("DE", "drones", P, None, None), ("DE", "funding", P, 2e9, "EUR")}),
    ],
)
def test_money_is_the_value_of_what_it_buys_counted_once(text: str, expected: set) -> None:
    assert _valued(text) == expected


# Numbers with a scale word that count people, or stand in another sentence, are no money;
# a share of a total told as a worth is not counted twice either.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Germany will give Ukraine €500 million in military aid for a country of 40 million people.",
         {("DE", "funding", P, 5e8, "EUR")}),
        ("La France a promis 200 millions d'euros à l'Ukraine, un pays de 38 millions d'habitants.",
         {("FR", "funding", P, 2e8, "EUR")}),
        ("Germany will provide €2 billion in military aid to Ukraine, including Patriot systems worth €1 billion.",
         {("DE", "funding", P, 2e9, "EUR"), ("DE", "air_defence", P, None, None)}),
    ],
)
def test_other_large_numbers_and_shares_add_no_money(text: str, expected: set) -> None:
    assert _valued(text) == expected


# The giver named only by a leader or a title: a leader the entity lists know
# ("Pistorius", "Macron", "Kanzler Merz"), a minister or head of government by nationality
# ("the Dutch defence minister", "le ministre allemand", "der britische Premier"), a surname
# after the full name a sentence before, "the minister" after a title naming the country;
# a place where the leader speaks ("in Berlin", "à Londres") is not the giver. German
# "sagte ... zu" around a long middle field naming Ukraine as who gets ("sagte in Berlin
# weitere Caesar-Haubitzen für die Ukraine zu") is the split promise "zusagen".
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pistorius announced four more IRIS-T systems for Ukraine.",
         {("DE", "air_defence", P)}),
        ("Pistorius said Germany would send four more IRIS-T systems.",
         {("DE", "air_defence", P)}),
        ("Macron promised Ukraine more Caesar howitzers.",
         {("FR", "artillery", P)}),
        ("Chancellor Merz pledged more air defence for Ukraine.",
         {("DE", "air_defence", P)}),
        ("Starmer announced 5,000 air defence missiles for Ukraine.",
         {("GB", "air_defence", P)}),
        ("The Dutch defence minister announced 100 million euros for drones for Ukraine.",
         {("NL", "drones", P)}),
        ("The Dutch defence minister pledged more F-16 jets to Ukraine.",
         {("NL", "aircraft", P)}),
        ("Britain's prime minister promised Ukraine more Storm Shadow missiles.",
         {("GB", "missiles", P)}),
        ("The German chancellor promised Ukraine more Patriot systems.",
         {("DE", "air_defence", P)}),
        ("Macron a promis de nouveaux canons Caesar à l'Ukraine.",
         {("FR", "artillery", P)}),
        ("Emmanuel Macron a annoncé la livraison de Mirage 2000 à l'Ukraine.",
         {("FR", "aircraft", P)}),
        ("Le ministre allemand de la Défense a promis quatre systèmes IRIS-T à l'Ukraine.",
         {("DE", "air_defence", P)}),
        ("Le ministre allemand a promis quatre systèmes IRIS-T à l'Ukraine.",
         {("DE", "air_defence", P)}),
        ("Le Premier ministre britannique a promis des missiles Storm Shadow à l'Ukraine.",
         {("GB", "missiles", P)}),
        ("Le chancelier Merz a promis des systèmes Patriot à l'Ukraine.",
         {("DE", "air_defence", P)}),
        ("Kanzler Merz sagte der Ukraine weitere Patriot-Systeme zu.",
         {("DE", "air_defence", P)}),
        ("Pistorius kündigte vier weitere IRIS-T-Systeme für die Ukraine an.",
         {("DE", "air_defence", P)}),
        ("Der britische Premier sagte der Ukraine weitere Storm-Shadow-Raketen zu.",
         {("GB", "missiles", P)}),
        ("Der niederländische Verteidigungsminister kündigte weitere F-16 für die Ukraine an.",
         {("NL", "aircraft", P)}),
        ("Frankreichs Präsident Macron versprach der Ukraine weitere Caesar-Haubitzen.",
         {("FR", "artillery", P)}),
        ("Macron versprach der Ukraine weitere Caesar-Haubitzen.",
         {("FR", "artillery", P)}),
        ("Mette Frederiksen met Zelensky in Kyiv on Monday. Frederiksen announced more artillery shells for Ukraine.",
         {("DK", "ammunition", P)}),
        ("Tore Sandvik met his counterparts in Brussels. "
         "At the meeting, Sandvik announced more artillery shells for Ukraine.",
         {("NO", "ammunition", P)}),
        ("Mark Carney spoke in Ottawa. Later, Carney announced more artillery shells for Ukraine.",
         {("CA", "ammunition", P)}),
        ("Le ministre Pål Jonson était à Kiev lundi. Selon Jonson, la Suède va livrer des obus à l'Ukraine.",
         {("SE", "ammunition", P)}),
        ("Pedro Sánchez était à Kiev lundi. Sánchez a promis des obus à l'Ukraine.",
         {("ES", "ammunition", P)}),
        ("Theo Francken besuchte am Montag Kiew. Francken sagte der Ukraine weitere Granaten zu.",
         {("BE", "ammunition", P)}),
        ("Dick Schoof besuchte am Montag Kiew. Schoof sagte der Ukraine weitere Granaten zu.",
         {("NL", "ammunition", P)}),
        # the giver named by a title in an earlier sentence
        ("Germany's defence minister visited Kyiv on Monday. The minister promised four more IRIS-T systems.",
         {("DE", "air_defence", P)}),
        ("Le ministre allemand de la Défense était à Kiev lundi. Le ministre a promis quatre systèmes IRIS-T.",
         {("DE", "air_defence", P)}),
        ("Der britische Premier besuchte Kiew. Der Premier sagte weitere Storm-Shadow-Raketen zu.",
         {("GB", "missiles", P)}),
        # a title with a country and another country as object
        ("The Dutch defence minister said the Netherlands would send more F-16s to Ukraine.",
         {("NL", "aircraft", P)}),
        ("The German chancellor told the Polish president that Germany would deliver more tanks to Ukraine.",
         {("DE", "tanks", P)}),
        ("Der französische Präsident sagte in Berlin weitere Caesar-Haubitzen für die Ukraine zu.",
         {("FR", "artillery", P)}),
        ("Le chancelier allemand a promis à Londres de nouveaux chars à l'Ukraine.",
         {("DE", "tanks", P)}),
        ("Le président français a promis, lors d'une visite à Berlin, des Mirage 2000 à l'Ukraine.",
         {("FR", "aircraft", P)}),
        ("Speaking in Paris, the British prime minister promised Ukraine more Storm Shadow missiles.",
         {("GB", "missiles", P)}),
        ("Bei einem Besuch in Paris sagte der britische Premier der Ukraine weitere Storm-Shadow-Raketen zu.",
         {("GB", "missiles", P)}),
    ],
)
def test_a_leader_or_a_title_names_the_giver(text: str, expected: set) -> None:
    assert records(text) == expected


# ... but "zu" after a long middle field that names no Ukraine is no split "zusagen".
def test_a_far_zu_without_ukraine_is_no_promise() -> None:
    text = "Pistorius sagte bei einem Besuch der Truppe in Litauen zu Beginn der Woche, man brauche mehr Panzer."
    assert records(text) == set()


# Deliveries told in the passive with the giver after ("were delivered by Germany", "ont été
# livrés par la France", "wurden von Norwegen geliefert") or as where the thing comes from
# ("tanks from Poland arrived", "chars en provenance de Pologne", "Panzer aus Polen"). Each
# item takes the source named right after it ("tanks from Poland and jets from Denmark");
# a passive agent beats a reporter named before ("Berlin teilte mit, ... seien von
# Norwegen geliefert worden") or after ("..., Germany said": a comma alone joins no
# speaker to the giver).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Twelve howitzers were delivered by Germany.",
         {("DE", "artillery", D)}),
        ("Twelve howitzers were delivered to Ukraine by Germany.",
         {("DE", "artillery", D)}),
        ("The first Leopard tanks have been handed over to Ukraine by Norway.",
         {("NO", "tanks", D)}),
        ("Four IRIS-T systems will be delivered to Ukraine by Germany next year.",
         {("DE", "air_defence", P)}),
        ("More F-16 jets were sent to Ukraine by the Netherlands and Denmark.",
         {("DK", "aircraft", D), ("NL", "aircraft", D)}),
        ("Tanks from Poland arrived in Ukraine on Monday.",
         {("PL", "tanks", D)}),
        ("Leopard tanks from Poland have arrived in Ukraine.",
         {("PL", "tanks", D)}),
        ("The first tanks from Poland arrived in Ukraine.",
         {("PL", "tanks", D)}),
        ("Artillery shells from the Czech initiative arrived in Ukraine.",
         {("CZ", "ammunition", D)}),
        ("Howitzers supplied by France have reached the front.",
         {("FR", "artillery", D)}),
        ("Les canons Caesar ont été livrés par la France.",
         {("FR", "artillery", D)}),
        ("Douze obusiers ont été livrés à l'Ukraine par la France.",
         {("FR", "artillery", D)}),
        ("Quatre systèmes IRIS-T seront livrés à l'Ukraine par l'Allemagne.",
         {("DE", "air_defence", P)}),
        ("Des chars venus de Pologne sont arrivés en Ukraine.",
         {("PL", "tanks", D)}),
        ("Des chars polonais sont arrivés en Ukraine.",
         {("PL", "tanks", D)}),
        ("Les obus fournis par la Norvège sont arrivés en Ukraine.",
         {("NO", "ammunition", D)}),
        ("Zwölf Haubitzen wurden von Norwegen geliefert.",
         {("NO", "artillery", D)}),
        ("Zwölf Haubitzen wurden von Norwegen an die Ukraine geliefert.",
         {("NO", "artillery", D)}),
        ("Vier IRIS-T-Systeme sollen von Deutschland an die Ukraine geliefert werden.",
         {("DE", "air_defence", P)}),
        ("Panzer aus Polen sind in der Ukraine eingetroffen.",
         {("PL", "tanks", D)}),
        ("Die von Frankreich gelieferten Caesar-Haubitzen sind an der Front.",
         {("FR", "artillery", D)}),
        ("Die ersten Leopard-Panzer aus Norwegen sind in der Ukraine angekommen.",
         {("NO", "tanks", D)}),
        ("Die Kampfjets wurden der Ukraine von den Niederlanden übergeben.",
         {("NL", "aircraft", D)}),
        ("Kyiv said twelve howitzers had been delivered by Norway.",
         {("NO", "artillery", D)}),
        ("Germany said twelve howitzers had been delivered by Norway.",
         {("NO", "artillery", D)}),
        ("Twelve howitzers and four radars were delivered by Norway last week.",
         {("NO", "artillery", D), ("NO", "other", D)}),
        ("Howitzers were delivered by Norway, tanks by Poland.",
         {("NO", "artillery", D), ("PL", "tanks", D)}),
        ("Tanks arrived from Poland on Monday.",
         {("PL", "tanks", D)}),
        ("Tanks from German stocks arrived in Ukraine.",
         {("DE", "tanks", D)}),
        ("Shells from Czech stockpiles have reached Ukraine.",
         {("CZ", "ammunition", D)}),
        ("Ukraine received tanks from Poland and jets from Denmark.",
         {("DK", "aircraft", D), ("PL", "tanks", D)}),
        ("Tanks from Poland and jets from Denmark have arrived in Ukraine.",
         {("DK", "aircraft", D), ("PL", "tanks", D)}),
        ("Des chars en provenance de Pologne sont arrivés en Ukraine.",
         {("PL", "tanks", D)}),
        ("Des obus issus des stocks français ont été livrés à l'Ukraine.",
         {("FR", "ammunition", D)}),
        ("Des obusiers ont été livrés par la Norvège, des chars par la Pologne.",
         {("NO", "artillery", D), ("PL", "tanks", D)}),
        ("Selon Kiev, douze obusiers ont été livrés par la Norvège.",
         {("NO", "artillery", D)}),
        ("L'Allemagne a indiqué que douze obusiers avaient été livrés par la Norvège.",
         {("NO", "artillery", D)}),
        ("Panzer aus deutschen Beständen sind in der Ukraine eingetroffen.",
         {("DE", "tanks", D)}),
        ("Haubitzen wurden seitens Norwegens geliefert.",
         {("NO", "artillery", D)}),
        ("Wie Kiew mitteilte, wurden zwölf Haubitzen von Norwegen geliefert.",
         {("NO", "artillery", D)}),
        ("Berlin teilte mit, zwölf Haubitzen seien von Norwegen geliefert worden.",
         {("NO", "artillery", D)}),
        ("Haubitzen wurden von Norwegen geliefert, Panzer von Polen.",
         {("NO", "artillery", D), ("PL", "tanks", D)}),
        ("Twelve howitzers were donated by Norway, Germany said.",
         {("NO", "artillery", D)}),
        ("Berlin teilte mit, zwölf Haubitzen seien im Oktober von Norwegen geliefert worden.",
         {("NO", "artillery", D)}),
    ],
)
def test_a_passive_agent_or_a_source_after_the_item_is_its_giver(text: str, expected: set) -> None:
    assert records(text) == expected


def test_the_agent_of_another_verb_is_not_the_items_giver() -> None:
    # "by the Netherlands" is who announced the other contribution; Norway's package is Norway's
    text = ("Norway will fund a new package of weapons for Ukraine. Norway's package follows a contribution "
            "of the same size by the Netherlands announced earlier in the day.")
    assert ("NL", "other", "pledged") not in records(text)
