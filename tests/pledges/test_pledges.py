"""Pledge extraction and the number parsing under it: the seed articles, number
traps, donors named by capital or leader, hedges and refusals, money in three
languages, hostile input, speed on a 1 MB text, and precision/recall on the
evaluation set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.config import load_entities
from bot.core.models import Pledge
from bot.core.pledges.passes.entities import parse_entities
from bot.core.pledges.passes.restatements import dedupe
from bot.core.pledges.quantities.numbers import find_counts, find_money, number_word, parse_numeral
from bot.core.stories.updates import pledge_key
from tests.support.wire_reading import shipped_extract
from tests.support.work_count import steps_of

DATA = Path(__file__).parents[1] / "data"
AFP = (DATA / "seeds" / "000_eadfd1691317ba6e.txt").read_text(encoding="utf-8")
DW = (DATA / "seeds" / "004_2233b9385a34dce2.txt").read_text(encoding="utf-8")


def triples(pledges: list[Pledge]) -> set[tuple[str, str, str]]:
    return {(p.donor, p.category, p.status) for p in pledges}


def only(text: str, **kwargs) -> Pledge:
    found = shipped_extract(text, **kwargs)
    assert len(found) == 1, found
    return found[0]


# ----------------------------------------------------------------- seed articles


def test_afp_seed_allies_pledge_four_categories() -> None:
    pledges = shipped_extract(AFP, lang="fr")
    allies = {p.category for p in pledges if p.donor == "ALLIES" and p.status == "pledged"}
    assert {"artillery", "armoured_vehicles", "tanks", "air_defence"} <= allies
    evidence = {p.evidence for p in pledges if p.donor == "ALLIES" and p.category == "artillery"}
    assert evidence == {next(e for e in evidence if e.startswith("Les Alliés se sont engagés"))}


def test_afp_seed_fighter_jets_undecided_is_discussed_only() -> None:
    # "Aucune décision n'est attendue" and "sera discutée" both say undecided: one
    # status (issue 11, error class 4), not refused and discussed side by side.
    aircraft = {p.status for p in shipped_extract(AFP, lang="fr") if p.category == "aircraft"}
    assert aircraft == {"discussed"}


def test_afp_seed_production_contracts_by_three_donors() -> None:
    production = [p for p in shipped_extract(AFP, lang="fr") if "contrats pluriannuels" in p.evidence]
    assert sorted(p.donor for p in production) == ["FR", "NO", "US"]
    assert {(p.category, p.status) for p in production} == {("production", "production")}


def test_dw_seed_germany_produces_gepard_ammunition() -> None:
    # "des contrats pour relancer la production de munitions ... Gepard" and "relancer une
    # ligne de production de munitions pour les chars Gepard" tell one thing made: one
    # record, the making, category production (labelling rules: production capacity;
    # two records of it read as a duplicate to a user, see tests/pledges/test_pledges_wire_13.py).
    pledges = shipped_extract(DW, lang="fr")
    germany = [p for p in pledges if p.donor == "DE"]
    assert {(p.category, p.status, p.system) for p in germany} == {("production", "production", "Gepard")}
    assert all("munitions" in p.item for p in germany)


def test_seeds_never_name_ukraine_or_russia_as_donor() -> None:
    donors = {p.donor for p in shipped_extract(AFP) + shipped_extract(DW)}
    assert donors.isdisjoint({"UA", "RU"})


# ----------------------------------------------------------------- status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Germany will send 14 Leopard 2 tanks to Ukraine.", "pledged"),
        ("Berlin has delivered the first Leopard 2 tanks to Ukraine.", "delivered"),
        ("Germany could send Leopard 2 tanks to Ukraine.", "discussed"),
        ("Germany is considering sending Leopard 2 tanks.", "discussed"),
        ("Germany ruled out sending Leopard 2 tanks.", "refused"),
        ("Germany will not send Leopard 2 tanks.", "refused"),
        ("L'Allemagne s'est engagée à fournir des chars Leopard 2 à l'Ukraine.", "pledged"),
        ("L'Allemagne a livré des chars Leopard 2 à l'Ukraine.", "delivered"),
        ("L'Allemagne pourrait livrer des chars Leopard 2 à l'Ukraine.", "discussed"),
        ("La livraison de chars Leopard 2 par l'Allemagne sera discutée.", "discussed"),
        ("L'Allemagne ne livrera pas de chars Leopard 2 à l'Ukraine.", "refused"),
        ("L'Allemagne n'exclut pas de livrer des chars Leopard 2.", "discussed"),
        ("L'Allemagne n'a pris aucune décision sur les chars Leopard 2.", "discussed"),
        ("Deutschland hat der Ukraine 14 Leopard-2-Panzer zugesagt.", "pledged"),
        ("Deutschland will der Ukraine Leopard-2-Panzer liefern.", "pledged"),
        ("Deutschland hat der Ukraine Leopard-2-Panzer geliefert.", "delivered"),
        ("Deutschland könnte der Ukraine Leopard-2-Panzer liefern.", "discussed"),
        ("Die Bundesregierung prüft die Lieferung von Leopard-2-Panzern.", "discussed"),
        ("Die Bundesregierung lehnt die Lieferung von Leopard-2-Panzern ab.", "refused"),
        ("Deutschland wird der Ukraine keine Leopard-2-Panzer liefern.", "refused"),
        ("Rheinmetall will restart the production line for Leopard 2 tank ammunition.", "production"),
        ("Die Bundesregierung hat Verträge über Munition für Leopard 2 unterzeichnet.", "production"),
    ],
)
def test_status_in_three_languages(text: str, status: str) -> None:
    pledge = only(text)
    assert pledge.donor == "DE"
    assert pledge.status == status


def test_requests_are_not_pledges() -> None:
    # What a donor is asked for is under discussion for that donor; a request to no one
    # in particular gives no record (tests/pledges/test_pledges_discussed.py has the wire copy).
    def triples(text: str) -> set:
        return {(p.donor, p.category, p.status) for p in shipped_extract(text)}

    assert triples("Zelensky urged Germany to send Leopard 2 tanks.") == {("DE", "tanks", "discussed")}
    assert triples("Kyiv asked Berlin for more Patriot systems.") == {("DE", "air_defence", "discussed")}
    # (the West or the allies called on as a whole are no one in particular: the lead's ruling for
    # pledges round 39, as tests/data/eval_items.jsonl labels fr-075; until then ALLIES, discussed)
    assert triples("Le ministre ukrainien a appelé les Occidentaux à fournir des avions de combat.") == set()
    assert shipped_extract("Kyiv asked for more Patriot systems, Germany's ambassador said.") == []


def test_a_negated_discussion_says_nothing() -> None:
    assert shipped_extract("Biden and Scholz did not discuss fighter jets.") == []


# ----------------------------------------------------------------- donors


@pytest.mark.parametrize(
    ("text", "donor"),
    [
        ("Berlin will send more IRIS-T systems.", "DE"),
        ("Scholz pledged four more IRIS-T systems.", "DE"),
        ("Paris a promis des canons CAESAR.", "FR"),
        ("Macron a annoncé la livraison de chars AMX-10 RC.", "FR"),
        ("Washington will send 31 Abrams tanks.", "US"),
        ("The Pentagon announced new HIMARS deliveries.", "US"),
        ("Downing Street said it will send Challenger 2 tanks.", "GB"),
        ("Die Verbündeten sagten der Ukraine weitere Munition zu.", "ALLIES"),
        ("Les Alliés ont promis des munitions.", "ALLIES"),
        ("Rheinmetall will deliver 20 Marder vehicles to Ukraine.", "DE"),
    ],
)
def test_donor_named_by_capital_leader_group_or_company(text: str, donor: str) -> None:
    assert {p.donor for p in shipped_extract(text)} == {donor}


def test_several_donors_give_several_records() -> None:
    pledges = shipped_extract("Denmark, Norway and Sweden will send artillery ammunition to Ukraine.")
    assert triples(pledges) == {(c, "ammunition", "pledged") for c in ("DK", "NO", "SE")}


def test_each_item_takes_its_own_subject() -> None:
    pledges = shipped_extract("Germany will send tanks, while France will send artillery.")
    assert triples(pledges) == {("DE", "tanks", "pledged"), ("FR", "artillery", "pledged")}


def test_passive_agent_is_the_donor() -> None:
    assert only("The tanks were delivered by Poland on Friday.").donor == "PL"


def test_ukraine_receiving_names_the_giver() -> None:
    pledge = only("Ukraine has received 14 Leopard tanks from Poland.")
    assert (pledge.donor, pledge.status, pledge.quantity) == ("PL", "delivered", 14)
    assert shipped_extract("Slovakia receives 15 Leopard 2 tanks from Germany in exchange.") == []


def test_places_and_makers_are_not_givers() -> None:
    assert only("Denmark will send French-made CAESAR howitzers.").donor == "DK"
    assert only("Lors d'une visite à Paris, Scholz a promis des chars.").donor == "DE"


def test_ukraine_and_russia_are_never_donors() -> None:
    assert shipped_extract("Ukraine will send its own Bohdana howitzers to the front.") == []
    assert shipped_extract("Russia delivered drones and shells to its troops.") == []
    assert shipped_extract("Iran has delivered Shahed drones to Russia.") == []


def test_pronoun_borrows_the_previous_donor() -> None:
    pledges = shipped_extract("Canada announced new aid on Monday. It will send four Leopard 2 tanks.")
    assert ("CA", "tanks", "pledged") in triples(pledges)


def test_no_borrowing_into_a_sentence_about_russia() -> None:
    text = "Germany pledged more aid on Monday. Russia will send more tanks to the front."
    assert all(p.category != "tanks" for p in shipped_extract(text))


def test_title_adds_a_stage_the_body_does_not_tell() -> None:
    # The same count at two stages is one event: the body's wording wins.
    body = "Germany has delivered 15 more Gepard anti-aircraft guns to Ukraine."
    pledges = shipped_extract(body, title="Germany delivers 15 Gepard")
    assert triples(pledges) == {("DE", "air_defence", "delivered")}
    assert triples(shipped_extract("", title="Berlin to send 14 Leopard 2 tanks")) == {("DE", "tanks", "pledged")}
    # A headline telling the latest step is kept beside the body's history (issue 11); the
    # body's promise of the same thing is that shipment's history and gives way to it, as
    # the real set labels it (round 24: restatements.without_the_promise_behind_a_delivery).
    pledges = shipped_extract("Washington agreed in March to send ATACMS.", title="US secretly shipped ATACMS to Kyiv")
    assert triples(pledges) == {("US", "missiles", "delivered")}


# ----------------------------------------------------------------- items


def test_one_sentence_several_categories() -> None:
    text = "Les Alliés se sont engagés à fournir de l'artillerie, des véhicules blindés et chars, des systèmes de défense anti-aériens."
    assert {p.category for p in shipped_extract(text)} == {"artillery", "armoured_vehicles", "tanks", "air_defence"}


def test_item_words_and_systems() -> None:
    pledge = only("Germany will send 14 Leopard 2A6 tanks.")
    assert (pledge.category, pledge.system, pledge.quantity, pledge.item) == ("tanks", "Leopard 2", 14, "Leopard 2A6 tanks")
    ammo = only("The US will send rockets for HIMARS launchers.")
    assert ammo.category == "ammunition"
    assert only("Germany will send Patriot missiles.").category == "air_defence"


def test_packages_give_funding_and_their_contents() -> None:
    pledges = shipped_extract(
        "The US announced a $2.5bn package including 59 Bradley fighting vehicles and 90 Stryker armoured personnel carriers."
    )
    by_system = {p.system: p for p in pledges}
    assert by_system["Bradley"].quantity == 59 and by_system["Stryker"].quantity == 90
    assert (by_system[None].category, by_system[None].value, by_system[None].currency) == ("funding", 2.5e9, "USD")


def test_training_is_a_category() -> None:
    assert only("The EU will train 15,000 more Ukrainian soldiers.").category == "training"
    pledge = only("Près de 10 000 soldats ukrainiens ont été formés en France.")
    assert (pledge.donor, pledge.category, pledge.status) == ("FR", "training", "delivered")


def test_traps_around_item_words() -> None:
    assert shipped_extract("A Berlin think tank will publish a report on Ukraine.") == []
    assert shipped_extract("La France a promis des canons à neige aux stations de ski.") == []


def test_joint_quantity_is_not_split() -> None:
    # Given together or not, the figure is nobody's own share: not split, not copied (the
    # convention since pledges round 29); "each" makes it every giver's own.
    pledges = shipped_extract("Deutschland und Dänemark liefern gemeinsam 100 Leopard-1-Panzer.")
    assert {(p.donor, p.quantity) for p in pledges} == {("DE", None), ("DK", None)}
    pledges = shipped_extract("Deutschland und Dänemark liefern jeweils 100 Leopard-1-Panzer.")
    assert {(p.donor, p.quantity) for p in pledges} == {("DE", 100), ("DK", 100)}
    pledges = shipped_extract("Deutschland und Dänemark liefern 100 Leopard-1-Panzer.")
    assert {(p.donor, p.quantity) for p in pledges} == {("DE", None), ("DK", None)}


# ----------------------------------------------------------------- numbers


@pytest.mark.parametrize(
    "text",
    [
        "Germany will send F-16 jets.",
        "Germany will send 155 mm shells.",
        "Germany will send tanks in 2024.",
        "On 14 February Germany pledged tanks.",
        "Am 14. Februar sagte Deutschland Panzer zu.",
        "Germany will send PzH 2000 howitzers.",
        "Germany will raise its tank budget by 40% tanks.",
        "Scholz, aged 65, pledged tanks.",
    ],
)
def test_number_traps_give_no_quantity(text: str) -> None:
    assert all(p.quantity is None for p in shipped_extract(text))


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("14 Leopard 2", [14]),
        ("quatorze chars et vingt-cinq obus", [14, 25]),
        ("zwölf Panzer, fünfundzwanzig Haubitzen", [12, 25]),
        ("fourteen tanks and a dozen howitzers", [14, 12]),
        ("1 000 obus, 1.000 obus", [1000, 1000]),
        ("1,000 shells and 1,5 tanks", [1000]),
        ("F-16, MiG-29, 155 mm, 155mm, 2023, 40 %, 40 per cent, 3 ans, 14th, le 1er", []),
        ("€500 million and 14 tanks", [14]),
        # decades are times, not counts
        ("un char dessiné dans les années 70, modernisé depuis", []),
        ("a jet designed in the 70's and the '90s", []),
        ("ein Panzer der 70er Jahre", []),
        # a model's variant after its number is no count; a range still is
        ("des chasseurs Rafale et Mirage 2000-5 ou Mirage 2000 - 5", []),
        ("entre 20 - 30 obus", [20, 30]),
        # a day after a shortened month (wire datelines) is a date, not a count
        ("BRUSSELS, Nov 11 - 14 tanks", [14]),
        ("said on Sept. 3 and Dec 12 that 18 guns", [18]),
        ("Mittwoch, 11. November: 18 Haubitzen, am Montag, 9. Nov., 14 Panzer", [18, 14]),
        ("le 11 sept. 2024, sept chars", [7]),
    ],
)
def test_find_counts(text: str, values: list[int]) -> None:
    lang = "fr" if any(w in text for w in ("obus", "char ", "chasseurs")) else None
    assert [c.value for c in find_counts(text, lang)] == values


@pytest.mark.parametrize(
    ("text", "lang", "value", "currency"),
    [
        ("2,5 milliards d'euros", "fr", 2.5e9, "EUR"),
        ("150 millions de livres", "fr", 1.5e8, "GBP"),  # "sterling" dropped after a scale word
        ("500 millions de dollars", "fr", 5e8, "USD"),
        ("$2.5bn", "en", 2.5e9, "USD"),
        ("$400 million", "en", 4e8, "USD"),
        ("€500 million", "en", 5e8, "EUR"),
        ("£2.3 billion", "en", 2.3e9, "GBP"),
        ("US$ 1.2 billion", None, 1.2e9, "USD"),
        ("2,5 Mrd. Euro", "de", 2.5e9, "EUR"),
        ("500 Millionen Euro", "de", 5e8, "EUR"),
        ("1,4 Milliarden Euro", "de", 1.4e9, "EUR"),
        ("650 Mio. kanadische Dollar", "de", 6.5e8, "CAD"),
        ("3 billion Canadian dollars", "en", 3e9, "CAD"),
        ("CHF 5 Mio.", "de", 5e6, "CHF"),
        ("1 000 000 €", "fr", 1e6, "EUR"),
        # spelled out, as German style writes numbers up to twelve
        ("sieben Milliarden Euro", "de", 7e9, "EUR"),
        ("eine Milliarde Euro", "de", 1e9, "EUR"),
        ("deux milliards d'euros", "fr", 2e9, "EUR"),
        ("quatre-vingt-quinze millions de dollars", "fr", 9.5e7, "USD"),
        ("two billion dollars", "en", 2e9, "USD"),
        # half of a scale, read since pledges round 52
        ("half a billion dollars", "en", 5e8, "USD"),
        ("un demi-milliard d'euros", "fr", 5e8, "EUR"),
    ],
)
def test_money_styles(text: str, lang: str | None, value: float, currency: str) -> None:
    found = find_money(f"worth {text} in total", lang)
    assert [(m.value, m.currency) for m in found] == [(pytest.approx(value), currency)]


@pytest.mark.parametrize("text", ["", "2,5 milliards", "500 million", "€", "$ bn", "155 mm", "euros and dollars",
                                  "millions of dollars", "des milliards d'euros"])
def test_no_money_without_amount_and_currency(text: str) -> None:
    assert find_money(text) == []


def test_money_becomes_a_funding_pledge() -> None:
    pledge = only("Die Bundesregierung hat ein Rüstungspaket im Wert von 1,4 Mrd. Euro angekündigt.", lang="de")
    assert (pledge.donor, pledge.category, pledge.status, pledge.value, pledge.currency) == (
        "DE", "funding", "pledged", 1.4e9, "EUR",
    )


def test_crowns_take_the_donor_currency() -> None:
    pledge = only("Schweden hat ein Paket im Wert von 7,1 Milliarden Kronen beschlossen.", lang="de")
    assert (pledge.value, pledge.currency) == (7.1e9, "SEK")


def test_contract_value_is_not_a_funding_pledge() -> None:
    pledges = shipped_extract("Rheinmetall signed a €142 million contract to supply 155mm shells for Ukraine.")
    assert triples(pledges) == {("DE", "ammunition", "production")}


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [("1,500", "en", 1500), ("1,500", "fr", 1.5), ("1.500", "de", 1500), ("1.500", "en", 1.5),
     ("2,5", None, 2.5), ("1 500", "fr", 1500), ("1.234.567", "de", 1234567), ("1,234.5", "en", 1234.5)],
)
def test_parse_numeral(text: str, lang: str | None, value: float) -> None:
    assert parse_numeral(text, lang) == value


@pytest.mark.parametrize("text", ["", "abc", ",5", "1,2,3", "--"])
def test_parse_numeral_rejects_garbage(text: str) -> None:
    assert parse_numeral(text) is None


@pytest.mark.parametrize(
    ("word", "value"),
    [("fourteen", 14), ("Quatorze", 14), ("vierzehn", 14), ("twenty-five", 25), ("vingt-cinq", 25),
     ("fünfundzwanzig", 25), ("soixante-douze", 72), ("zwölf", 12), ("un", None), ("tank", None),
     # phrases and long compounds, read by text2num
     ("quatre-vingt-quinze", 95), ("vingt et un", 21), ("deux cent cinquante", 250),
     ("two hundred and fifty", 250), ("zweihundertfünfzig", 250), ("drei Millionen", 3_000_000),
     ("un million", 1_000_000), ("eine Million", 1_000_000), ("two dozen", 24), ("dozen", 12),
     # no number: a scale alone, a vague plural, a century, an article before a noun
     ("millions", None), ("Milliarden", None), ("hundreds", None), ("douzaines", None),
     ("deux douzaines", 24), ("Jahrhundert", None)],
)
def test_number_words(word: str, value: int | None) -> None:
    assert number_word(word) == value


@pytest.mark.parametrize(
    ("text", "lang", "values"),
    [
        # A number written in several words is one count, not one per word.
        ("Paris enverra deux cents missiles et vingt et un canons.", "fr", [200, 21]),
        ("Washington will ship two hundred drones and three dozen mortars.", "en", [200, 36]),
        ("Berlin liefert zweihundert Raketen und drei Millionen Schuss.", "de", [200, 3_000_000]),
        # An article counts before a large scale only.
        ("L'UE veut produire un million d'obus et livrer un système.", "fr", [1_000_000]),
        ("A million rounds and a battery were promised.", "en", [1_000_000]),
        # Money written in words is an amount, not a count; scale words after digits
        # belong to the numeral; a vague plural is no number.
        ("Rome offre deux milliards d'euros et 2,5 milliards d'euros.", "fr", []),
        ("Hundreds of drones and millions of shells are needed.", "en", []),
        # Half of a scale is its half (pledges round 52), not its "a million".
        ("Prague found half a million shells.", "en", [500_000]),
        # Words that are no number together still count one by one.
        ("They sent two and three batteries in turn.", "en", [2, 3]),
    ],
)
def test_counts_written_in_words(text: str, lang: str, values: list[int]) -> None:
    assert [c.value for c in find_counts(text, lang)] == values


# ----------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    "text",
    ["", "   \n\n  ", "😀" * 1000, "\x00\x01\x02 tanks \x7f", "Ж" * 5000, "..." * 1000, "1" * 10000,
     "Germany" * 10000, "tanks " * 3000, "(" * 500 + "Germany will send tanks" + ")" * 500],
)
def test_hostile_text_gives_a_list(text: str) -> None:
    assert isinstance(shipped_extract(text, title=text[:50]), list)


def test_unknown_language_is_like_no_language() -> None:
    assert shipped_extract("Germany will send 14 tanks.", lang="xx") == shipped_extract("Germany will send 14 tanks.")


def test_custom_entities() -> None:
    entities = parse_entities(
        "[donors.DE]\nnames = ['Freedonia']\n[systems.'Zap 9']\ncategory = 'drones'\nnames = []\n"
    )
    pledge = only("Freedonia will send 40 Zap 9 to Ukraine.", entities=entities)
    assert (pledge.donor, pledge.category, pledge.system, pledge.quantity) == ("DE", "drones", "Zap 9", 40)
    assert shipped_extract("Germany will send 40 tanks.", entities=entities) == []


# Reading grows linearly with the text. Stop 56: this read a whole megabyte and relied on the
# time limit to catch a quadratic pass; the linear reading alone took 14 s on a quiet machine
# (stop 56) and timed out at load 20 (stop 54, c14ee1f8), while a quadratic pass that ended just
# within the limit went unseen. Then it compared the CPU time of reading 60 kB and four times that
# (ratio 3.7-4.1 at load 15, but a ratio of two timings still drifts at load 20+). Now it counts
# the reading's steps (tests/support/work_count.py: lines executed, functions called), the same on
# every run, of 30 kB and four times that, the same sentence repeated: linear reading takes 4.0
# times the steps, a pass in Python quadratic in the number of sentences or things 16 times
# (what one built-in call does inside C is one step: the regex searches' own costs are held
# by the hostile-input files' counts of what the patterns read).
def _reading_steps(size: int) -> int:
    sentence = "Germany will send 14 Leopard 2 tanks and €500 million to Ukraine, Scholz said on 24 February 2023. "
    text = (sentence * (size // len(sentence) + 1))[:size]
    pledges: list = []
    steps = steps_of(lambda: pledges.extend(shipped_extract(text)))
    assert {(p.donor, p.category) for p in pledges} == {("DE", "tanks"), ("DE", "funding")}
    return steps


@pytest.mark.timeout(120)
def test_a_megabyte_finishes() -> None:  # (the name kept: what it guards is the same)
    _reading_steps(2_000)  # patterns compiled, tables loaded, the sentence's words cached: not counted
    small, large = _reading_steps(30_000), _reading_steps(120_000)
    assert large <= 6 * small, f"reading 4x the text took {large / small:.1f}x the steps (linear: about 4)"


# ----------------------------------------------------------------- dedupe and keys


def test_dedupe_keeps_the_most_specific() -> None:
    vague = Pledge("DE", "tanks", "pledged", item="tanks")
    named = Pledge("DE", "tanks", "pledged", item="Leopard 2", system="Leopard 2")
    counted = Pledge("DE", "tanks", "pledged", item="14 Leopard 2", system="Leopard 2", quantity=14)
    assert dedupe([vague, named, counted]) == [counted]
    other_status = Pledge("DE", "tanks", "delivered", item="tanks")
    assert dedupe([vague, other_status]) == [vague, other_status]


def test_pledge_key_ignores_wording_and_numbers() -> None:
    a = Pledge("DE", "tanks", "pledged", item="Leopard 2A6", system="Leopard 2", quantity=14, evidence="x")
    b = Pledge("DE", "tanks", "pledged", item="Leopard-2-Panzer", system="Leopard 2", quantity=None, evidence="y")
    assert pledge_key(a) == pledge_key(b)
    assert pledge_key(a) != pledge_key(Pledge("DE", "tanks", "delivered", system="Leopard 2"))


# ----------------------------------------------------------------- evaluation set


def test_precision_and_recall_on_the_evaluation_set() -> None:
    """(donor, category, status) triples on the relevant items of the evaluation set.
    Traps are left out: in the pipeline the rules drop them before extraction runs."""
    items = [json.loads(line) for line in (DATA / "eval_items.jsonl").read_text(encoding="utf-8").splitlines() if line]
    entities = load_entities()
    hits = predicted = expected = 0
    for item in items:
        if not item["relevant"]:
            continue
        found = triples(shipped_extract(item["text"], title=item["title"], lang=item["lang"], entities=entities))
        wanted = {(p["donor"], p["category"], p["status"]) for p in item["pledges"]}
        hits += len(found & wanted)
        predicted += len(found)
        expected += len(wanted)
    precision, recall = hits / predicted, hits / expected
    print(f"pledge triples: precision {precision:.3f}, recall {recall:.3f} ({hits}/{predicted} found, {expected} expected)")
    assert precision >= 0.85
    assert recall >= 0.85


def test_news_coverage_is_no_refund() -> None:
    # "Berichterstattung" (coverage) ends in "erstattung" (refund): the refund guard dropped the tanks.
    found = shipped_extract("BERLIN (dpa) - Nach einer Berichterstattung des Spiegel liefert Deutschland der "
                            "Ukraine zehn weitere Leopard-2-Panzer.")
    assert [(p.donor, p.category, p.status, p.quantity) for p in found] == [("DE", "tanks", "pledged", 10)]
