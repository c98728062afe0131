"""More phenomena of real wire copy (dpa, AFP, Reuters style) that pledge extraction
handles, one test each, on sentences written for these tests (none is taken from the
real-article set). The first round is tests/pledges/test_pledges_wire.py."""

from __future__ import annotations

import pytest

from bot.config import load_entities
from bot.core.pledges.extract import extract_pledges
from tests.support.wire_reading import records

# ----------------------------------------------------------------- German


@pytest.mark.parametrize(
    "text",
    [
        "Die Bundesregierung weigert sich, der Ukraine Taurus-Marschflugkörper zu liefern.",
        "Deutschland verzichtet auf die Lieferung von Taurus-Marschflugkörpern an die Ukraine.",
        "L'Allemagne a renoncé à livrer des missiles Taurus à Kiev.",
    ],
)
def test_refusing_by_name_and_giving_up_are_refusals(text: str) -> None:
    assert records(text) == {("DE", "missiles", "refused")}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Deutschland schließt eine Lieferung von Taurus-Marschflugkörpern an die Ukraine weiterhin kategorisch aus.",
         "refused"),
        ("Deutschland schließt die Lieferung von Kampfjets an die Ukraine nicht aus, sagte der Kanzler.", "discussed"),
    ],
)
def test_ruling_out_across_a_long_german_middle_field(text: str, status: str) -> None:
    assert {s for _, _, s in records(text)} == {status}


def test_a_german_future_across_a_long_middle_field() -> None:
    text = ("Großbritannien wird der Ukraine nach Angaben des Verteidigungsministeriums in London "
            "100 weitere Drohnen schicken.")
    assert records(text) == {("GB", "drones", "pledged")}


def test_receiving_told_with_a_modal_far_before_the_verb_is_a_promise() -> None:
    text = ("Die Ukraine soll nach Angaben aus Regierungskreisen in Berlin in den kommenden Monaten "
            "zwei weitere Patriot-Systeme aus Deutschland erhalten.")
    assert records(text) == {("DE", "air_defence", "pledged")}
    # ... and without a modal it has been received
    assert records("Die Ukraine hat aus Deutschland zwei weitere Patriot-Systeme erhalten.") == {
        ("DE", "air_defence", "delivered")
    }


def test_handing_over_as_an_infinitive_is_what_is_announced() -> None:
    text = "Norwegen und Dänemark kündigten an, der Ukraine gemeinsam F-16-Kampfjets zu übergeben."
    assert records(text) == {("NO", "aircraft", "pledged"), ("DK", "aircraft", "pledged")}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # the passive past, folded alike with "würde": a promise made
        ("Der Ukraine wurden im Frühjahr weitere Leopard-Panzer aus Spanien zugesagt.", "pledged"),
        # reported speech: "würden ... überlassen" is what they will do
        ("Die Regierung in Den Haag teilte mit, die Niederlande würden der Ukraine weitere 18 F-16 überlassen.",
         "pledged"),
        ("Den Haag teilte mit, der Ukraine wurden weitere 18 F-16 überlassen.", "delivered"),
        # a condition stays a hedge
        ("Die Niederlande würden der Ukraine F-16 liefern, wenn die USA zustimmen.", "discussed"),
    ],
)
def test_wurde_and_wuerde_are_told_apart(text: str, status: str) -> None:
    assert {s for _, _, s in records(text)} == {status}


@pytest.mark.parametrize(
    "text",
    [
        "Wie die Bundesregierung mitteilte, wurden der Ukraine im Oktober zwei weitere Iris-T-Systeme übergeben.",
        "Wie Berlin am Freitag bestätigte, wurden der Ukraine zwei weitere Iris-T-Systeme übergeben.",
    ],
)
def test_wie_opening_a_reporting_clause_names_the_source(text: str) -> None:
    assert records(text) == {("DE", "air_defence", "delivered")}


def test_wie_in_a_comparison_is_still_no_giver() -> None:
    text = "Wie die USA hat nun auch Kanada der Ukraine weitere Haubitzen geliefert."
    assert records(text) == {("CA", "artillery", "delivered")}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Die Ukraine wurde von Deutschland mit weiteren Flakpanzern beliefert.", "delivered"),
        ("Deutschland hat die Ukraine mit Munition beliefert.", "delivered"),
        ("Deutschland will die Ukraine bis zum Sommer mit Munition beliefern.", "pledged"),
    ],
)
def test_beliefern_supplies(text: str, status: str) -> None:
    assert {s for _, _, s in records(text)} == {status}


@pytest.mark.parametrize(
    "text",
    [
        "Polen liefert keine weiteren Kampfjets an die Ukraine, sagte Regierungschef Tusk.",
        "Polen schickt der Ukraine vorerst keine Kampfjets mehr.",
    ],
)
def test_a_german_verb_before_its_negated_object_refuses(text: str) -> None:
    assert records(text) == {("PL", "aircraft", "refused")}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (("Die EU-Staaten haben sich auf ein neues Paket über fünf Milliarden Euro für Waffenlieferungen "
          "an die Ukraine geeinigt."), "pledged"),
        ("EU governments agreed a 5 billion euro top-up of the fund for military aid to Ukraine.", "pledged"),
        ("Die EU-Staaten konnten sich nicht auf ein neues Paket über fünf Milliarden Euro für die Ukraine einigen.",
         "discussed"),
    ],
)
def test_agreeing_on_a_package_promises_and_no_agreement_is_undecided(text: str, status: str) -> None:
    assert records(text) == {("EU", "funding", status)}


# ----------------------------------------------------------------- French


def test_a_green_light_given_is_a_promise_not_a_handover() -> None:
    text = "Le gouvernement allemand a donné son feu vert à la livraison de chars Leopard 2 à l'Ukraine."
    assert records(text) == {("DE", "tanks", "pledged")}
    assert records("Berlin gab grünes Licht für die Lieferung von Leopard-Panzern an die Ukraine.") == {
        ("DE", "tanks", "pledged")
    }


def test_setting_aside_sending_is_a_refusal() -> None:
    text = "Le chancelier Scholz a catégoriquement écarté l'envoi de missiles Taurus à Kiev."
    assert records(text) == {("DE", "missiles", "refused")}


def test_permission_names_several_donors_and_transferring() -> None:
    text = "Les Etats-Unis ont autorisé le Danemark et les Pays-Bas à transférer des F-16 à l'Ukraine."
    # (the approver's leave is under discussion: round 24, bot/core/pledges/donors/approvals.py)
    assert records(text) == {("DK", "aircraft", "pledged"), ("NL", "aircraft", "pledged"), ("US", "aircraft", "discussed")}


@pytest.mark.parametrize(
    "text",
    [
        "L'Espagne enverra à l'Ukraine un nouveau lot de missiles sol-air, a fait savoir Madrid.",
        "L'Espagne enverra à l'Ukraine des missiles antiaériens, a fait savoir Madrid.",
    ],
)
def test_missiles_qualified_as_air_defence_after_the_noun(text: str) -> None:
    assert records(text) == {("ES", "air_defence", "pledged")}


# ----------------------------------------------------------------- English and all


def test_has_given_is_a_delivery_and_a_calibre_names_the_gun() -> None:
    assert records("Estonia has given all of its 155mm howitzers to Ukraine, Kallas said.") == {
        ("EE", "artillery", "delivered")
    }
    assert records("Estonia has sent 155mm artillery rounds to Ukraine.") == {("EE", "ammunition", "delivered")}


@pytest.mark.parametrize(
    "text",
    [
        "The package includes Javelin anti-tank missiles, the Pentagon said of its aid to Ukraine.",
        "The United States will send anti-tank missiles to Ukraine.",
        "Les États-Unis vont livrer des missiles antichars à l'Ukraine.",
        "Britain has sent 2,000 NLAW launchers to Ukraine.",
    ],
)
def test_portable_anti_tank_launchers_are_small_arms(text: str) -> None:
    assert {c for _, c, _ in records(text)} == {"small_arms"}


def test_a_kind_of_ammunition_after_a_bare_and_is_a_gift_of_its_own() -> None:
    text = ("The Pentagon said it would send Ukraine four HIMARS launchers, 30 Bradley fighting vehicles "
            "and artillery rounds.")
    assert ("US", "ammunition", "pledged") in records(text)
    # ... while "their ammunition" goes with the system (tests/pledges/test_pledges_wire.py)
    assert records("Italy will send six PzH 2000 howitzers and their ammunition to Ukraine.") == {
        ("IT", "artillery", "pledged")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lithuania will send Ukraine ammunition worth 10 million euros.", {("LT", "ammunition", "pledged")}),
        ("Estland stellt der Ukraine Munition im Wert von 100 Millionen Euro bereit.", {("EE", "ammunition", "pledged")}),
        ("La Suède livrera à l'Ukraine des obus d'une valeur de 50 millions d'euros.", {("SE", "ammunition", "pledged")}),
        # a package's worth is money given
        ("Washington announced a package for Ukraine worth $250 million, including Javelins.",
         {("US", "funding", "pledged"), ("US", "small_arms", "pledged")}),
    ],
)
def test_the_worth_of_a_named_item_is_its_price_not_a_gift(text: str, expected: set) -> None:
    assert records(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Canada said it would donate eight Leopard 2 tanks to Ukraine, while Norway pledged an additional eight.",
        "Kanada sagte der Ukraine acht Leopard-2-Panzer zu, Norwegen will weitere acht schicken.",
    ],
)
def test_an_additional_count_stands_for_the_system_named_before(text: str) -> None:
    assert {d for d, c, s in records(text) if (c, s) == ("tanks", "pledged")} == {"CA", "NO"}


@pytest.mark.parametrize(
    "text",
    [
        "Germany delivered three IRIS-T systems to Egypt last year.",
        "Deutschland hat drei Iris-T-Systeme nach Ägypten geliefert.",
        "L'Allemagne a livré trois systèmes IRIS-T à l'Égypte.",
    ],
)
def test_what_goes_to_a_country_no_list_names_is_no_aid_to_ukraine(text: str) -> None:
    assert records(text) == set()


def test_a_title_case_headline_or_a_common_noun_after_to_is_no_other_recipient() -> None:
    assert records("", title="Germany To Send More Tanks To Bolster Defences") == {("DE", "tanks", "pledged")}
    assert records("Germany will send more tanks to the front, Berlin said.") == {("DE", "tanks", "pledged")}


# ----------------------------------------------------------------- batch 3: short articles


def test_ammunition_for_a_missile_air_defence_system_is_air_defence_in_english_too() -> None:
    # ("ammunition" holds the letters "mm" but names no calibre)
    text = "The package includes 59 Bradley fighting vehicles and additional ammunition for NASAMS, the Pentagon said."
    assert ("US", "air_defence", "pledged") in records(text, title="US announces new military aid for Ukraine")
    assert ("US", "ammunition", "pledged") in records("The US will send 155 mm rounds for the Gepard to Ukraine.")


def test_a_count_of_the_systems_refers_back() -> None:
    text = ("Ukraine has received the first Archer howitzers from Sweden, its defence minister said. "
            "Sweden pledged eight of the systems in January.")
    assert records(text) == {("SE", "artillery", "delivered"), ("SE", "artillery", "pledged")}


@pytest.mark.parametrize(
    "text",
    [
        "Spain has sent Ukraine four Leopard 2A4 tanks, the ministry said, adding that six more would be delivered soon.",
        "Spanien hat der Ukraine vier Leopard-2A4-Panzer übergeben, sechs weitere sollen folgen.",
    ],
)
def test_a_number_with_more_and_no_noun_stands_for_the_system(text: str) -> None:
    assert records(text) == {("ES", "tanks", "delivered"), ("ES", "tanks", "pledged")}


def test_a_german_refusal_across_a_long_middle_field() -> None:
    text = "Die Schweiz lehnt eine Weitergabe von Munition für den Gepard-Flakpanzer an die Ukraine weiterhin ab."
    assert records(text) == {("CH", "ammunition", "refused")}


@pytest.mark.parametrize(
    "text",
    [
        "L'Italie et la France ont officiellement livré le système SAMP/T à l'Ukraine.",
        "L'Italie et la France ont en revanche fourni le système SAMP/T à l'Ukraine.",
    ],
)
def test_a_french_adverb_between_auxiliary_and_participle(text: str) -> None:
    assert records(text) == {("IT", "air_defence", "delivered"), ("FR", "air_defence", "delivered")}


def test_aid_rendered_is_delivered() -> None:
    text = "Norwegen hat der Ukraine bislang Militärhilfe im Umfang von 3,5 Milliarden Euro geleistet."
    assert records(text) == {("NO", "funding", "delivered")}


def test_a_french_refusal_reaching_its_giving_verb_beats_a_later_request() -> None:
    text = "Berlin a refusé jusqu'ici de livrer ses missiles Taurus, malgré les demandes répétées de Kiev."
    assert records(text) == {("DE", "missiles", "refused")}


def test_a_crown_amount_as_a_compound_adjective() -> None:
    found = extract_pledges("Sweden will send Ukraine a 13.3 billion crown package, the government said.",
                            entities=load_entities())
    assert [(p.category, p.currency) for p in found if p.category == "funding"] == [("funding", "SEK")]


def test_weapons_in_general_worth_an_amount_are_equipment() -> None:
    assert records("Deutschland hat der Ukraine Rüstungsgüter im Wert von 300 Millionen Euro geliefert.") == {
        ("DE", "other", "delivered")
    }


# ----------------------------------------------------------------- batch 4


def test_the_words_before_a_donor_group_speak_for_all_its_members() -> None:
    text = "Der Ukraine sollen in den nächsten Wochen 25 Leopard-1-Panzer aus Dänemark und Deutschland übergeben werden."
    assert records(text) == {("DK", "tanks", "pledged"), ("DE", "tanks", "pledged")}


@pytest.mark.parametrize(
    "text",
    [
        "The Dutch government said on Friday it would buy 100 Leopard 1 tanks together with Denmark for Ukraine.",
        "Die Niederlande wollen gemeinsam mit Dänemark 100 Leopard-1-Panzer für die Ukraine kaufen.",
        "Les Pays-Bas vont acheter conjointement avec le Danemark 100 chars Leopard 1 pour l'Ukraine.",
    ],
)
def test_a_partner_together_with_the_giver_gives_too(text: str) -> None:
    found = extract_pledges(text, entities=load_entities())
    assert {(p.donor, p.category, p.status) for p in found} == {("NL", "tanks", "pledged"), ("DK", "tanks", "pledged")}
    assert {p.quantity for p in found} == {None}  # a figure given together is no partner's own (round 29)


@pytest.mark.parametrize(
    "text",
    [
        "A group of U.S. veterans has raised $2 million to buy drones for Ukrainian troops.",
        "American volunteers have delivered drones to Ukraine.",
        "Des bénévoles français ont livré des drones à l'Ukraine.",
        "Deutsche Spender haben der Ukraine Drohnen geschickt.",
        "A Ukrainian charity foundation said it had bought a Turkish Bayraktar drone with donations.",
    ],
)
def test_private_people_and_groups_are_no_government_giver(text: str) -> None:
    assert records(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Canada has provided Ukraine with an armoured recovery vehicle and 39 armoured combat support vehicles.",
         {("CA", "armoured_vehicles", "delivered")}),
        ("The Pentagon said it could not yet say when the Abrams tanks would arrive in Ukraine.",
         {("US", "tanks", "pledged")}),
        ("Emmanuel Macron a indiqué que la France formerait 4 500 soldats ukrainiens.", {("FR", "training", "pledged")}),
        ("Selon le Pentagone, les États-Unis ont jusqu'à présent fourni plus de 2 millions d'obus à l'Ukraine.",
         {("US", "ammunition", "delivered")}),
        ("Le Danemark fera don de l'ensemble de ses 19 canons Caesar à l'Ukraine.", {("DK", "artillery", "pledged")}),
        ("Le Danemark a fait don de ses 19 canons Caesar à l'Ukraine.", {("DK", "artillery", "delivered")}),
        ("La République tchèque a acheté 180 000 obus pour l'Ukraine.", {("CZ", "ammunition", "pledged")}),
        ("Die Nato-Staaten wollen der Ukraine Militärhilfe in Höhe von 40 Milliarden Euro leisten.",
         {("NATO", "funding", "pledged")}),
        ("Berlin hat Kiew bisher Waffen und Ausrüstung im Wert von mehr als 28 Milliarden Euro geliefert.",
         {("DE", "other", "delivered")}),
    ],
)
def test_more_wire_wordings(text: str, expected: set) -> None:
    assert records(text) == expected


# ----------------------------------------------------------------- batch 5: civil money, headlines


@pytest.mark.parametrize(
    "text",
    [
        "Germany will provide an additional 100 million euros in humanitarian aid to Ukraine, the ministry said.",
        "La France va débloquer 200 millions d'euros d'aide humanitaire pour l'Ukraine.",
        "Deutschland stellt der Ukraine weitere 200 Millionen Euro für den Wiederaufbau der Energieinfrastruktur bereit.",
        "Japan will provide $4.5 billion in budget support to Ukraine, Prime Minister Fumio Kishida said.",
        "Le Japon fournira 5,5 milliards de dollars d'aide économique à l'Ukraine.",
    ],
)
def test_humanitarian_economic_and_budget_money_is_no_military_aid(text: str) -> None:
    assert records(text) == set()


def test_civil_money_beside_military_aid_leaves_the_military_record() -> None:
    text = ("Die Bundesregierung hat der Ukraine bislang Waffen im Wert von zwölf Milliarden Euro geliefert, "
            "dazu kommen humanitäre Hilfen von drei Milliarden Euro.")
    assert records(text) == {("DE", "other", "delivered")}
    # military and humanitarian together is military aid
    assert records("Canada will give Ukraine $500 million in military and humanitarian aid.") == {
        ("CA", "funding", "pledged")
    }


def test_budgeted_money_is_a_promise() -> None:
    text = "Der Bundestag hat für das kommende Jahr acht Milliarden Euro für die militärische Unterstützung der Ukraine eingeplant."
    assert records(text) == {("DE", "funding", "pledged")}


@pytest.mark.parametrize(
    "title",
    ["Scholz: Keine Taurus-Marschflugkörper für die Ukraine", "No Taurus missiles for Ukraine, says Scholz"],
)
def test_a_verbless_headline_saying_none_refuses(title: str) -> None:
    assert records("", title=title) == {("DE", "missiles", "refused")}


# ----------------------------------------------------------------- batch 6


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a system whose name ends in one letter ends its sentence: the next one's
        # promise is not this one's
        ("Berlin a livré à Kiev un troisième système IRIS-T. Le quatrième doit suivre d'ici la fin de l'année.",
         {("DE", "air_defence", "delivered"), ("DE", "air_defence", "pledged")}),
        ("Germany has delivered a third IRIS-T system. The fourth is due in the spring, Berlin said.",
         {("DE", "air_defence", "delivered"), ("DE", "air_defence", "pledged")}),
    ],
)
def test_an_ordinal_without_a_noun_stands_for_the_system(text: str, expected: set) -> None:
    assert records(text) == expected


def test_machines_stand_for_the_jets_named_before() -> None:
    text = ("Die Niederlande liefern der Ukraine weitere F-16-Kampfjets. Die ersten Maschinen sind bereits "
            "eingetroffen, wie Verteidigungsministerin Ollongren mitteilte.")
    assert records(text) == {("NL", "aircraft", "pledged"), ("NL", "aircraft", "delivered")}


@pytest.mark.parametrize(
    "text",
    [
        "Selon Kiev, les premiers chars Leopard 2 promis par le Portugal ne sont toujours pas arrivés.",
        "The Leopard 2 tanks from Portugal have not yet arrived in Ukraine, Kyiv said.",
        "Die Leopard-2-Panzer aus Portugal sind noch nicht in der Ukraine eingetroffen.",
    ],
)
def test_not_yet_delivered_is_still_a_promise(text: str) -> None:
    assert records(text) == {("PT", "tanks", "pledged")}


def test_a_donor_in_a_relative_clause_describes_the_subject() -> None:
    text = ("La Suède et la Finlande, qui ont rejoint l'Otan, ont chacune annoncé de nouveaux chars "
            "pour l'Ukraine.")
    assert records(text) == {("SE", "tanks", "pledged"), ("FI", "tanks", "pledged")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Italy will not send troops to Ukraine, the minister said, but Rome will keep supplying weapons.",
         {("IT", "other", "pledged")}),
        ("France has sent Caesar howitzers to Ukraine. Paris had promised 12 of the guns in June.",
         {("FR", "artillery", "delivered"), ("FR", "artillery", "pledged")}),
    ],
)
def test_keep_supplying_and_guns(text: str, expected: set) -> None:
    assert records(text) == expected


# ----------------------------------------------------------------- batch 7: intentions, opposition


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Italien plant, der Ukraine ein zweites SAMP/T-System zu liefern.", {("IT", "air_defence", "pledged")}),
        ("La France prévoit de livrer 12 canons Caesar supplémentaires à l'Ukraine.", {("FR", "artillery", "pledged")}),
        ("La Belgique compte livrer ses premiers F-16 à l'Ukraine cette année.", {("BE", "aircraft", "pledged")}),
        ("Le gouvernement néerlandais souhaite fournir des F-16 à l'Ukraine.", {("NL", "aircraft", "pledged")}),
        ("Deutschland hat der Ukraine weitere Kampfpanzer in Aussicht gestellt.", {("DE", "tanks", "pledged")}),
        ("Ottawa a également confirmé l'envoi de quatre chars Leopard 2 supplémentaires à l'Ukraine.",
         {("CA", "tanks", "pledged")}),
    ],
)
def test_intending_planning_and_sending_as_a_noun_promise(text: str, expected: set) -> None:
    assert records(text) == expected


def test_remaining_opposed_refuses() -> None:
    assert records("L'Allemagne reste opposée à la livraison de missiles Taurus à l'Ukraine.") == {
        ("DE", "missiles", "refused")
    }


@pytest.mark.parametrize(
    "text",
    [
        "Washington's latest package for Ukraine does not include ATACMS, officials said.",
        "Das neue Paket der USA für die Ukraine umfasst keine ATACMS-Raketen.",
    ],
)
def test_what_a_package_does_not_include_is_not_given(text: str) -> None:
    assert records(text) == set()


def test_a_share_in_paying_for_items_is_their_price() -> None:
    text = "Norwegen beteiligt sich mit 100 Millionen Euro an der Finanzierung von Patriot-Systemen für die Ukraine."
    assert records(text) == {("NO", "air_defence", "pledged")}


# ----------------------------------------------------------------- batch 8: thanks, warnings, background


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Selenskyj dankte Deutschland für die Lieferung der Iris-T-Systeme.", {("DE", "air_defence", "delivered")}),
        ("Zelensky thanked Britain for the Challenger tanks and urged Germany to send Leopards.",
         {("GB", "tanks", "delivered"), ("DE", "tanks", "discussed")}),
    ],
)
def test_thanks_for_something_given_is_a_delivery_by_the_one_thanked(text: str, expected: set) -> None:
    assert records(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Der Kreml warnte Berlin vor der Lieferung von Taurus-Marschflugkörpern an Kiew.",
        "The Kremlin warned Germany against the delivery of Taurus missiles to Kyiv.",
    ],
)
def test_a_warning_against_giving_is_no_promise(text: str) -> None:
    assert records(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukraine has used U.S.-supplied ATACMS to strike Russian airfields, officials said.",
         {("US", "missiles", "delivered")}),
        ("Die Ukraine setzt die von Deutschland gelieferten Gepard-Panzer zur Abwehr von Drohnen ein.",
         {("DE", "air_defence", "delivered")}),
    ],
)
def test_something_described_as_supplied_was_delivered(text: str, expected: set) -> None:
    assert records(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "La Pologne a commandé 180 chars K2 à la Corée du Sud pour remplacer les chars livrés à l'Ukraine.",
        "Die Bundeswehr bestellt 18 neue Leopard-2-Panzer als Ersatz für die an die Ukraine abgegebenen Panzer.",
    ],
)
def test_an_order_replacing_what_was_given_is_for_the_donors_own_forces(text: str) -> None:
    assert {s for _, _, s in records(text)} <= {"delivered"}


def test_soviet_era_buk_systems_are_air_defence() -> None:
    assert records("Slovakia has delivered a Buk air defence system to Ukraine.") == {("SK", "air_defence", "delivered")}


@pytest.mark.parametrize(
    "text",
    [
        "Der Bundesrat sagte, Deutschland sollte der Ukraine Taurus-Marschflugkörper liefern.",
        "Moskau drohte mit Konsequenzen, sollte Deutschland der Ukraine Taurus-Marschflugkörper liefern.",
    ],
)
def test_sollte_before_a_german_verb_last_is_no_promise(text: str) -> None:
    assert {s for _, _, s in records(text)} <= {"discussed"}


# ----------------------------------------------------------------- batch 9


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Australia has committed a further 49 Abrams tanks to Ukraine, Defence Minister Richard Marles said.",
         {("AU", "tanks", "pledged")}),
        ("Portugal confirmed the shipment of three Leopard 2A6 tanks to Ukraine.", {("PT", "tanks", "pledged")}),
        ("Le ministère des Armées a confirmé la remise de six canons Caesar supplémentaires à l'Ukraine.",
         {("FR", "artillery", "delivered")}),
        ("La livraison des premiers Mirage 2000 a eu lieu en février, selon Paris.", {("FR", "aircraft", "delivered")}),
        ("Delivery of the first F-16s to Ukraine took place in July, Danish officials said.",
         {("DK", "aircraft", "delivered")}),
        ("Die Ukraine hat bislang mehr als 40 Leopard-2-Panzer von europäischen Partnern erhalten.",
         {("ALLIES", "tanks", "delivered")}),
        ("Neben Deutschland haben auch Polen, Kanada und Norwegen der Ukraine Leopard-Panzer zugesagt.",
         {("DE", "tanks", "pledged"), ("PL", "tanks", "pledged"), ("CA", "tanks", "pledged"), ("NO", "tanks", "pledged")}),
        ("Das Paket umfasst nach Angaben des Pentagons Munition und Stinger-Raketen für die Ukraine.",
         {("US", "ammunition", "pledged"), ("US", "air_defence", "pledged")}),
    ],
)
def test_committing_shipments_handovers_that_took_place_and_co_givers(text: str, expected: set) -> None:
    assert records(text) == expected


def test_like_a_donor_is_still_a_comparison() -> None:
    assert records("Like Germany, the Netherlands has also sent Patriot systems to Ukraine.") == {
        ("NL", "air_defence", "delivered")
    }


def test_civil_equipment_is_no_item() -> None:
    assert records("Germany will send winter equipment and generators to Ukraine.") == set()
    assert records("Germany will send military equipment to Ukraine.") == {("DE", "other", "pledged")}
