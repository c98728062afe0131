"""Phenomena of real wire copy that pledge extraction handles (issue 11), one test each, on
sentences written for these tests in English, French and German (none is taken from the
real-article set): what is given. Items missed outright or split wrongly, a count and the
thing it counts, money as a record of its own or as a price, umbrella words, initiatives,
training, and things that are not given at all. Who gives is in test_pledges_wire_givers.py,
the status a sentence tells in test_pledges_wire_status.py."""

from __future__ import annotations

import pytest

from tests.support.wire_reading import records, shipped_extract


def test_package_money_and_each_item_are_records() -> None:
    found = records("Washington unveiled a $725 million package for Kyiv including drones and mortar rounds.")
    assert {("US", "funding", "pledged"), ("US", "drones", "pledged"), ("US", "ammunition", "pledged")} <= found


def test_a_list_after_a_colon_continues_its_sentence() -> None:
    text = ("The Pentagon will send Ukraine a new package. It includes:\n\nThree Stinger launchers;\n"
            "12,000 mortar rounds; and\nsix radars.")
    found = records(text)
    assert {("US", "air_defence", "pledged"), ("US", "ammunition", "pledged"), ("US", "other", "pledged")} <= found


def test_a_bracketed_acronym_is_the_same_item() -> None:
    pledges = shipped_extract("The US will supply ammunition for the High Mobility Artillery Rocket Systems (HIMARS).")
    assert [(p.category, p.system) for p in pledges] == [("ammunition", "HIMARS")]


def test_anti_tank_mines_are_ammunition_and_manpads_air_defence() -> None:
    found = records("Deutschland hat 2000 Panzerabwehrminen und 300 Fliegerfäuste an die Ukraine geliefert.")
    assert found == {("DE", "ammunition", "delivered"), ("DE", "air_defence", "delivered")}


def test_named_equipment_is_other_but_umbrella_words_give_way() -> None:
    found = records("Belgium has delivered radars, helmets and weapons to Ukraine.")
    assert found == {("BE", "other", "delivered")}
    assert records("Belgium will send weapons. Belgium will send F-16 jets.") == {("BE", "aircraft", "pledged")}


def test_money_that_values_equipment_is_not_funding() -> None:
    found = records("Le groupe de contact a fourni 40 milliards d'euros d'équipements militaires à l'Ukraine.")
    assert found == {("ALLIES", "other", "delivered")}


def test_enemy_weapons_are_not_given() -> None:
    found = records("Italy will supply an air defence system to protect cities from Russian missiles and Iranian drones.")
    assert found == {("IT", "air_defence", "pledged")}


def test_money_earmarked_for_items_is_their_price_not_a_separate_gift() -> None:
    assert records("Sweden will allocate SEK 500 million for the purchase of artillery shells for Ukraine.") == {
        ("SE", "ammunition", "pledged")
    }
    assert ("SE", "funding", "pledged") in records("Sweden will allocate SEK 500 million in military aid to Ukraine.")


def test_ukraines_own_air_defence_is_not_given() -> None:
    text = "Le ministre a parlé du renforcement de la défense aérienne de l'Ukraine et la Grèce livrera des obus."
    assert records(text) == {("GR", "ammunition", "pledged")}


def test_a_hyphenated_compound_keeps_its_head() -> None:
    assert records("Die Schweiz hat den Export von Gepard-Munition untersagt.") == {("CH", "ammunition", "refused")}


def test_background_umbrella_words_give_way_to_the_donors_items() -> None:
    text = ("Germany will send seven PzH 2000 howitzers. It is the next delivery of heavy weapons, "
            "which Germany long refused.")
    assert records(text) == {("DE", "artillery", "pledged")}


def test_a_count_of_units_refers_to_the_system_named_before() -> None:
    text = "La France avait promis des AMX-10RC à Kiev. Au moins 14 exemplaires ont été livrés depuis."
    found = shipped_extract(text)
    assert ("FR", "armoured_vehicles", "delivered", 14) in {(p.donor, p.category, p.status, p.quantity) for p in found}


def test_a_generic_word_after_the_repeats_the_named_item() -> None:
    text = "Spain will send 10 Leopard 2 tanks, and the first of the armoured vehicles will leave in May."
    assert records(text) == {("ES", "tanks", "pledged")}


def test_paying_is_a_funding_record_when_nothing_else_is_named() -> None:
    assert records("Die Bundesregierung wird Lieferungen der Industrie an die Ukraine finanzieren.") == {
        ("DE", "funding", "pledged")
    }


def test_a_contract_to_expand_production_is_the_item_bought() -> None:
    assert records("Norway signed a contract to expand production of 155mm shells for Ukraine.") == {
        ("NO", "ammunition", "production")
    }
    assert records("Rheinmetall und die Bundesregierung wollen in der Ukraine ein Gemeinschaftsunternehmen "
                   "für Munition gründen.") == {("DE", "production", "production")}


def test_missiles_listed_with_an_air_defence_system_are_interceptors() -> None:
    assert records("Spain will send Patriot launchers and missiles to Ukraine.") == {("ES", "air_defence", "pledged")}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("La Norvège a livré huit véhicules blindés lourds à l'Ukraine.", "tanks"),
        ("Norway has delivered eight heavy armoured vehicles to Ukraine.", "tanks"),
        ("La Belgique va livrer des chars légers à l'Ukraine.", "armoured_vehicles"),
        ("Belgium will send light tanks to Ukraine.", "armoured_vehicles"),
        ("Belgien wird der Ukraine leichte Panzer liefern.", "armoured_vehicles"),
    ],
)
def test_heavy_armour_is_tanks_and_light_tanks_armoured_vehicles(text: str, category: str) -> None:
    assert {c for _, c, _ in records(text)} == {category}


def test_a_french_partitive_pronoun_with_a_count_is_the_thing_named_before() -> None:
    text = "L'Espagne a livré douze obusiers à l'Ukraine, tandis que la Grèce en a envoyé 4."
    assert {("ES", "artillery", "delivered"), ("GR", "artillery", "delivered")} <= records(text)


@pytest.mark.parametrize(
    "text",
    [
        "Im Rahmen der Initiative zur Luftverteidigung wird Norwegen der Ukraine Drohnen finanzieren.",
        "Under the air defence coalition, Norway will fund drones for Ukraine.",
        "Dans le cadre de la coalition pour la défense aérienne, la Norvège va financer des drones pour l'Ukraine.",
    ],
)
def test_the_name_of_an_initiative_is_not_an_item(text: str) -> None:
    assert ("NO", "drones", "pledged") in records(text)
    assert "air_defence" not in {c for _, c, _ in records(text)}


def test_an_initiative_named_for_what_it_gives_keeps_its_item() -> None:
    assert ("NO", "air_defence", "pledged") in records(
        "Norway will send NASAMS launchers to Ukraine through the air defence coalition.")


def test_counted_systems_refer_to_the_system_named_before() -> None:
    text = "Spanien hatte der Ukraine Patriot zugesagt. Jetzt wurden die ersten zwei Systeme übergeben."
    assert ("ES", "air_defence", "delivered") in records(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Norway will send munitions for its NASAMS launchers to Ukraine.", "air_defence"),
        ("Norwegen wird der Ukraine Munition für IRIS-T liefern.", "air_defence"),
        ("Norway will send munitions for surface-to-air missile systems to Ukraine.", "air_defence"),
        ("Norway will send 35 mm rounds for the Gepard to Ukraine.", "ammunition"),
        ("Norway will send anti-aircraft ammunition to Ukraine.", "ammunition"),
    ],
)
def test_munitions_of_a_missile_air_defence_system_are_air_defence(text: str, category: str) -> None:
    assert {c for _, c, _ in records(text)} == {category}


def test_trained_as_an_adjective_reports_no_training() -> None:
    text = "Ukraine received its first Gripen jets from Sweden. Kyiv says jets and trained pilots are too few."
    assert records(text) == {("SE", "aircraft", "delivered")}
    assert ("GB", "training", "delivered") in records("Britain has trained pilots for Ukraine.")


def test_weapons_and_ammunition_is_an_umbrella_phrase() -> None:
    text = ("Sweden has delivered Archer howitzers to Ukraine. "
            "Its minister also promised further supplies of weapons and ammunition.")
    assert records(text) == {("SE", "artillery", "delivered")}
    assert records("Schweden wird der Ukraine Waffen und Munition liefern.") == {("SE", "other", "pledged")}


def test_bare_panzer_named_more_precisely_later_is_one_thing() -> None:
    text = ("Dänemark erwägt die Lieferung von Panzern an die Ukraine. "
            "Dabei geht es um Schützenpanzer vom Typ CV90.")
    assert {c for d, c, _ in records(text) if d == "DK"} == {"armoured_vehicles"}
    # "Kampfpanzer" is a precise word: tanks stay tanks beside it
    text = "Dänemark wird Kampfpanzer liefern. Auch Schützenpanzer vom Typ CV90 will Dänemark liefern."
    assert {c for d, c, _ in records(text) if d == "DK"} == {"tanks", "armoured_vehicles"}


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("The US has delivered 16 HIMARS and began the procurement of the next 18 because they take years to build.",
         ("US", "artillery", "production")),
        ("Norwegen hat der Ukraine zwei NASAMS übergeben. Die restlichen drei will Norwegen im Sommer liefern.",
         ("NO", "air_defence", "pledged")),
        ("La France a livré six Caesar à l'Ukraine. Elle va fournir les six autres avant l'été.",
         ("FR", "artillery", "pledged")),
        ("Norway has delivered two NASAMS. Another three will be sent in the summer, Oslo said.",
         ("NO", "air_defence", "pledged")),
    ],
)
def test_a_bare_number_stands_for_the_system_named_before(text: str, second: tuple[str, str, str]) -> None:
    assert second in records(text)


def test_a_number_with_its_own_noun_is_no_bare_count() -> None:
    text = "Norway has delivered two NASAMS. Another three trucks will follow, and the next 18 months matter."
    # (the trucks that "will follow" are a promise of their own: equipment, "other")
    assert {t for t in records(text) if t[1] == "air_defence"} == {("NO", "air_defence", "delivered")}


@pytest.mark.parametrize(
    "text",
    [
        "Canada will equip a Ukrainian brigade with Leopard 2 tanks.",
        "Le Canada va équiper une brigade ukrainienne de chars Leopard 2.",
        "Kanada soll eine ukrainische Brigade mit Leopard-2-Kampfpanzern ausrüsten.",
    ],
)
def test_equipping_a_unit_gives_what_it_is_equipped_with(text: str) -> None:
    assert ("CA", "tanks", "pledged") in records(text)


def test_training_battalions_is_training() -> None:
    assert ("CA", "training", "pledged") in records("Le Canada va former trois bataillons ukrainiens.")


def test_a_prerequisite_is_not_given() -> None:
    text = "Spain ruled out jets for now: pilots must first be trained, a Spanish official said."
    assert "training" not in {c for _, c, _ in records(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Austria produces the shells for the Ukrainian howitzers. Now Vienna has blocked a resupply.",
        "L'Autriche fabrique les obus des canons ukrainiens. Vienne a bloqué un réapprovisionnement.",
        "Österreich stellt die Munition für die ukrainischen Haubitzen her. Wien hat eine Nachlieferung blockiert.",
    ],
)
def test_a_resupply_noun_is_more_of_the_ammunition_named_before(text: str) -> None:
    assert ("AT", "ammunition", "refused") in records(text)


def test_a_package_including_funding_for_items_is_usai_contracting() -> None:
    text = "The new $400 million package includes funding for 10 more NASAMS launchers."
    assert ("US", "air_defence", "production") in records(text, title="Pentagon announces aid for Ukraine")
    # a drawdown that includes the items themselves stays a promise
    text = "The new $400 million package includes 10 more NASAMS launchers."
    assert ("US", "air_defence", "pledged") in records(text, title="Pentagon announces aid for Ukraine")


@pytest.mark.parametrize(
    "text",
    [
        "Italy will send six PzH 2000 howitzers and their ammunition to Ukraine.",
        "L'Italie va livrer six canons Caesar et leurs munitions à l'Ukraine.",
        "Italien wird der Ukraine sechs Panzerhaubitzen 2000 samt Munition liefern.",
    ],
)
def test_a_systems_own_ammunition_belongs_to_its_record(text: str) -> None:
    assert records(text) == {("IT", "artillery", "pledged")}


def test_ammunition_named_on_its_own_is_a_record() -> None:
    text = "Italy will send six PzH 2000 howitzers and 10,000 rounds of ammunition to Ukraine."
    assert records(text) == {("IT", "artillery", "pledged"), ("IT", "ammunition", "pledged")}


def test_a_number_with_thousands_separators_is_no_bare_count() -> None:
    text = ("Norwegen hat der Ukraine zwei NASAMS übergeben. "
            "Die ersten 40.000 Schuss Munition sollen im Sommer folgen.")
    assert ("NO", "air_defence", "pledged") not in records(text)


def test_a_spelled_out_amount_is_the_funding_records_value() -> None:
    [record] = shipped_extract("Deutschland gibt der Ukraine sieben Milliarden Euro Militärhilfe.", lang="de")
    assert (record.category, record.value, record.currency) == ("funding", 7e9, "EUR")


def test_bis_before_a_condition_still_withholds_the_item() -> None:
    # "until pilots are trained": the jets come after a condition, not now
    assert records("Die Niederlande wollen warten, bis Piloten ausgebildet sind, und dann Kampfjets liefern.") == set()


def test_bis_zu_before_a_count_is_up_to_not_a_condition() -> None:
    found = shipped_extract("Die Niederlande wollen der Ukraine bis zu 24 F-16-Kampfjets liefern.")
    assert {(p.donor, p.category, p.status) for p in found} == {("NL", "aircraft", "pledged")}


@pytest.mark.parametrize(
    "text",
    [
        "Canada will send 25 armoured vehicles and ammunition to Ukraine.",
        "Kanada liefert der Ukraine 25 gepanzerte Fahrzeuge und Artilleriemunition.",
        "Le Canada va livrer 25 véhicules blindés et des munitions à l'Ukraine.",
    ],
)
def test_a_count_before_one_item_does_not_count_the_next(text: str) -> None:
    quantities = {p.category: p.quantity for p in shipped_extract(text)}
    assert quantities == {"armoured_vehicles": 25, "ammunition": None}


def test_mines_listed_after_a_system_are_a_gift_of_their_own() -> None:
    assert records("Norway will send NASAMS launchers and anti-tank mines to Ukraine.") == {
        ("NO", "air_defence", "pledged"), ("NO", "ammunition", "pledged")
    }


def test_for_ukraine_after_an_amount_names_the_recipient_not_a_purpose() -> None:
    text = "Denmark unveiled an aid package worth 1.7 billion Danish kroner for Ukraine, including artillery ammunition."
    assert records(text) == {("DK", "funding", "pledged"), ("DK", "ammunition", "pledged")}
    # a purpose after the recipient still prices the items
    text = "Sweden will allocate SEK 500 million for Ukraine to buy artillery shells."
    assert records(text) == {("SE", "ammunition", "pledged")}


@pytest.mark.parametrize(
    "text",
    [
        "La France pourrait livrer des avions Mirage à l'Ukraine si les pilotes sont formés à temps.",
        "France could deliver Mirage jets to Ukraine if the pilots are trained in time.",
    ],
)
def test_training_told_as_a_condition_is_not_given(text: str) -> None:
    assert records(text) == {("FR", "aircraft", "discussed")}


@pytest.mark.parametrize(
    "text",
    [
        "L'Allemagne va former des soldats ukrainiens à l'utilisation des systèmes Patriot.",
        "Germany will provide training on Patriot systems to Ukrainian soldiers.",
    ],
)
def test_what_trainees_learn_to_use_is_not_given(text: str) -> None:
    assert records(text) == {("DE", "training", "pledged")}


def test_an_object_after_an_initiative_name_is_what_is_bought() -> None:
    text = "Deutschland kauft über die PURL-Initiative amerikanische Patriot-Raketen für die Ukraine."
    assert records(text) == {("DE", "air_defence", "pledged")}


@pytest.mark.parametrize(
    ("text", "donor"),
    [
        ("Prague announced the commitment, saying its contribution would amount to hundreds of millions of Czech crowns.",
         "CZ"),
        ("La Belgique va consacrer des centaines de millions d'euros à l'aide militaire à l'Ukraine.", "BE"),
        ("Deutschland stellt der Ukraine weitere Milliarden Euro zur Verfügung.", "DE"),
    ],
)
def test_an_amount_without_a_number_is_funding(text: str, donor: str) -> None:
    assert records(text) == {(donor, "funding", "pledged")}


def test_aster_missiles_are_air_defence() -> None:
    text = "La France a livré de nouveaux missiles Aster à l'Ukraine, a indiqué jeudi le ministère des Armées."
    assert records(text) == {("FR", "air_defence", "delivered")}


@pytest.mark.parametrize(
    "text",
    [
        "Poland signed a deal to buy 250 Abrams tanks from the United States for its own army.",
        "La Pologne va acheter 250 chars Abrams aux États-Unis pour sa propre armée.",
        "Germany will send Patriot systems to Poland to protect its airspace.",
        "Deutschland verlegt Patriot-Systeme nach Polen und liefert sie an Litauen.",
    ],
)
def test_arms_for_a_donors_own_forces_are_no_aid_to_ukraine(text: str) -> None:
    assert records(text) == set()
    # the same sentence naming Ukraine as the recipient is aid
    assert records("Germany will send Patriot systems to Ukraine via Poland.") == {("DE", "air_defence", "pledged")}


def test_money_to_an_initiative_named_for_a_donor_is_still_given() -> None:
    found = records("Canada will contribute C$50 million to the Czech-led ammunition initiative.")
    assert ("CA", "funding", "pledged") in found
