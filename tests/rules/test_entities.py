"""Entity lists: names resolve to the right donor or system, ambiguous short words
stay quiet, the longest name wins, and a broken data file gets a clear error."""

from __future__ import annotations

import re
from itertools import accumulate

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.config import load_entities
from bot.core.pledges.passes.entities import Entities, parse_entities
from bot.core.text import fold
from bot.errors import ConfigError


@pytest.fixture(scope="module")
def entities() -> Entities:
    return load_entities()


def donors_in(entities: Entities, text: str) -> list[str]:
    return [code for code, _, _ in entities.find_donors(text)]


def systems_in(entities: Entities, text: str) -> list[tuple[str, str]]:
    return [(name, text[start:end]) for name, start, end in entities.find_systems(text)]


@pytest.mark.parametrize(
    "word",
    ["Germany", "german", "Allemagne", "allemand", "allemande", "allemands", "Deutschland",
     "deutsche", "deutschen", "Bundesregierung", "Berlin", "Scholz", "Pistorius", "DE", "de"],
)
def test_german_spellings_resolve_to_de(entities: Entities, word: str) -> None:
    assert entities.resolve_donor(word) == "DE"


@pytest.mark.parametrize(
    ("word", "code"),
    [("Etats-Unis", "US"), ("États-Unis", "US"), ("U.S.", "US"), ("Washington", "US"),
     ("Biden", "US"), ("Royaume-Uni", "GB"), ("Sunak", "GB"), ("Großbritannien", "GB"),
     ("Macron", "FR"), ("française", "FR"), ("Pays-Bas", "NL"), ("Norvège", "NO"),
     ("les Alliés", None), ("Alliés", "ALLIES"), ("Verbündeten", "ALLIES"), ("Western allies", "ALLIES"),
     ("OTAN", "NATO"), ("Union européenne", "EU"), ("G7", "G7"), ("Türkiye", "TR"),
     ("Südkorea", "KR"), ("Nouvelle-Zélande", "NZ"), ("Schweiz", "CH"), ("Japon", "JP"),
     # issue 11: groups and bodies that wire copy names as givers
     ("Européens", "EU"), ("Europeans", "EU"), ("groupe de contact", "ALLIES"), ("contact group", "ALLIES"),
     ("europäische Länder", "ALLIES"), ("Department of Defense", "US"), ("DoD", "US")],
)
def test_names_resolve(entities: Entities, word: str, code: str | None) -> None:
    assert entities.resolve_donor(word) == code


@pytest.mark.parametrize("word", ["", "   ", "Atlantis", "Ukraine", "UA", "Russia", "RU", "Kyiv"])
def test_non_donors_do_not_resolve(entities: Entities, word: str) -> None:
    assert entities.resolve_donor(word) is None


def test_every_nato_and_eu_member_is_a_donor(entities: Entities) -> None:
    members = set(
        ["AL", "BE", "BG", "CA", "HR", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IS", "IT", "LV", "LT", "LU", "ME", "NL", "MK", "NO", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "TR", "GB", "US", "AT", "CY", "IE", "MT"]
    )
    partners = {"AU", "JP", "KR", "NZ", "CH", "NATO", "EU", "G7", "ALLIES"}
    assert members | partners <= set(entities.donors)
    assert "UA" not in entities.donors and "RU" not in entities.donors


def test_us_only_in_upper_case(entities: Entities) -> None:
    assert donors_in(entities, "The US and the U.S. will send arms") == ["US", "US"]
    assert donors_in(entities, "Tell us what they sent to us") == []
    assert donors_in(entities, "US-Präsident Biden") == ["US", "US"]


def test_turkey_the_country_not_the_bird(entities: Entities) -> None:
    assert donors_in(entities, "Turkey sent drones") == ["TR"]
    assert donors_in(entities, "we ate turkey and polish sausage") == []


def test_north_korea_is_not_south_korea(entities: Entities) -> None:
    assert donors_in(entities, "North Korea sent shells to Russia") == []
    assert [c for c, _, _ in entities.find_others("North Korea sent shells to Russia")] == ["KP", "RU"]
    assert donors_in(entities, "South Korea and la Corée du Sud") == ["KR", "KR"]


def test_longest_match_wins(entities: Entities) -> None:
    assert systems_in(entities, "14 Leopard 2 and some Leopard tanks") == [
        ("Leopard 2", "Leopard 2"),
        ("Leopard", "Leopard tanks"),
    ]
    assert systems_in(entities, "Leopard-2A6-Kampfpanzer") == [("Leopard 2", "Leopard-2A6")]
    assert donors_in(entities, "les alliés occidentaux") == ["ALLIES"]


def test_system_spellings(entities: Entities) -> None:
    text = "F-16s, F16, SAMP/T Mamba, IRIS-T SLM, AMX-10 RC, Panzerhaubitze 2000, 155mm, obus de 155, HIMARS"
    assert [name for name, _ in systems_in(entities, text)] == [
        "F-16", "F-16", "SAMP/T", "IRIS-T", "AMX-10 RC", "PzH 2000", "155 mm shells", "155 mm shells", "HIMARS",
    ]
    assert entities.category_of("HIMARS") == "artillery"
    assert entities.category_of("nothing") is None


def test_ambiguous_system_words_need_their_case(entities: Entities) -> None:
    assert systems_in(entities, "a mirage over Milan, the hawks in Congress") == []
    assert systems_in(entities, "MILAN and Mistral") == [("MILAN", "MILAN"), ("Mistral", "Mistral")]
    # "Césars" with a plural s are howitzers; "les César" (the film awards) stay nothing
    assert [name for name, _ in systems_in(entities, "dix-huit Césars, douze canons César")] == ["CAESAR", "CAESAR"]
    assert systems_in(entities, "la cérémonie des César") == []


def test_phrases_do_not_cross_sentences(entities: Entities) -> None:
    assert systems_in(entities, "They sent a Leopard. 2 more came") == [("Leopard", "Leopard")]


def test_spans_point_into_the_original_text(entities: Entities) -> None:
    text = "Œuvre: l'Allemagne et la Grande-Bretagne livrent des Leopard 2"
    spans = [text[s:e] for _, s, e in entities.find_donors(text)]
    assert spans == ["Allemagne", "Grande-Bretagne"]


def test_ukraine_names(entities: Entities) -> None:
    text = "Zelensky, Selenskyj et les Ukrainiens à Kiev; der ukrainische Präsident"
    assert len(entities.find_ukraine(text)) == 5
    assert donors_in(entities, text) == []


def test_phrases_listed(entities: Entities) -> None:
    assert ("Bundesregierung", "DE") in set(entities.donor_phrases())
    assert ("Mamba", "SAMP/T") in set(entities.system_phrases())


def test_load_is_cached() -> None:
    assert load_entities() is load_entities()


# Linear matching ends in about a second; a quadratic one would not end within the
# time limit (no wall-clock assertion: bench/bench_analyze.py prints the speed).
@pytest.mark.timeout(60)
def test_a_big_text_is_matched_in_one_pass(entities: Entities) -> None:
    text = ("L'Allemagne livre des Leopard 2 à l'Ukraine, a dit Scholz à Berlin. " * 15000)[:1_000_000]
    assert len(entities.find_donors(text)) > 40000
    assert len(entities.find_systems(text)) > 10000


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ("donors = [", "invalid TOML"),
        ("donors = " + "{a=" * 100_000, "nested too deeply"),
        ("[donors.UA]\nnames = ['Ukraine']", "never be a donor"),
        ("[donors.RU]\nnames = ['Russia']", "never be a donor"),
        ("[donors.de]\nnames = ['Germany']", "upper-case"),
        ("[donors.DE]\nkind = 'planet'\nnames = ['Germany']", "kind"),
        ("[donors.DE]\nnames = []", "at least one name"),
        ("[donors.DE]\nnames = 'Germany'", "list of non-empty strings"),
        ("[donors.DE]\nnames = ['']", "list of non-empty strings"),
        ("[donors.DE]\nnames = ['Germany']\n[donors.AT]\nnames = ['germany']", "both DE and AT"),
        ("[donors.DE]\nnames = ['de*']", "shorter than 4"),
        ("[donors.DE]\nnames = ['--']", "no letters"),
        ("[systems.X]\ncategory = 'boats'\nnames = ['X']", "category"),
        ("donors = 3", "expected a table"),
        ("[places.brussels]\nplace = ['Brussels']", "upper-case"),
        ("[places.BRUSSELS]\nplace = []", "at least one name"),
        ("[donors.DE]\nplace = ['Germany']\n[places.DE]\nplace = ['Allemagne']", "already a donor"),
        ("[donors.DE]\nnames = ['Germany']\nfirms = 'Rheinmetall'", "firms: expected a list"),
        ("[donors.EU]\nkind = 'organisation'\nnames = ['EU']\nfirms = ['Airbus']", "only a country has firms"),
    ],
)
def test_bad_data_gets_a_clear_error(toml: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        parse_entities(toml)


def test_minimal_file() -> None:
    entities = parse_entities(
        "[donors.DE]\nnames = ['Germany']\n[systems.'Leopard 2']\ncategory = 'tanks'\nnames = []\n"
    )
    assert entities.resolve_donor("germany") == "DE"
    assert entities.find_systems("two Leopard 2s") == [("Leopard 2", 4, 14)]
    assert entities.ukraine_names == ()


def test_a_country_s_firms_are_its_names_and_known_as_firms() -> None:
    entities = parse_entities("[donors.DE]\nnames = ['Germany']\nfirms = ['Acme Arms', 'Krauss-Maffei Wegmann']\n")
    assert entities.find_donors("Acme Arms said") == [("DE", 0, 9)]
    assert entities.donors["DE"].firms == ("Acme Arms", "Krauss-Maffei Wegmann")
    # (compared as the matcher compares names: case, accents, hyphens or spaces aside)
    assert entities.is_firm("acme arms") and entities.is_firm("Krauss Maffei Wegmann")
    assert not entities.is_firm("Germany")


def test_the_shipped_firms_are_one_list_in_the_entities_file(entities: Entities) -> None:
    # (the pledge reader keeps no list of its own: bot/core/pledges/donors/non_givers.py asks Entities)
    assert entities.is_firm("Rheinmetall") and entities.is_firm("BAE Systems") and entities.is_firm("Kongsberg")
    assert "Rheinmetall" in entities.donors["DE"].firms and "Rheinmetall" in entities.donors["DE"].names
    assert not entities.is_firm("Pistorius")


def test_places_say_which_names_are_the_place_its_capital_and_its_seats(entities: Entities) -> None:
    us = entities.places["US"]
    assert "United States" in us.names and "US" in us.case_sensitive
    assert us.capital == ("Washington", "Washingtons") and "Pentagon" in us.seats  # (with its German genitive)
    # Every place name of a donor is one of its names (pledge extraction reads them).
    assert {*us.names, *us.capital, *us.seats} <= set(entities.donors["US"].names)
    assert entities.places["UA"].capital[:1] == ("Kyiv",)


def test_a_meeting_place_is_a_place_but_nobody_s_name(entities: Entities) -> None:
    assert entities.places["BRUSSELS"].names == ("Brussels", "Bruxelles", "Brüssel")
    assert "BRUSSELS" not in entities.donors and "BRUSSELS" not in entities.others
    assert donors_in(entities, "Ministers met in Brussels and Bruxelles") == []
    assert entities.find_others("Ministers met in Brussels") == []



# The name lists read an article's words from the rules' split into runs of letters or
# of digits (bot.core.text.word_pieces), joining touching runs: the words must be those
# of a plain split into runs of letters and digits, with the same offsets and gaps.
_PIECES = st.sampled_from(["F", "16", "155", "mm", "2A6", "Ukraine", "é", "e\u0301", "²", "ß", "٣", "_", "-", " ",
                           ".", "\n", "l'", "’", "US"])


@given(st.lists(_PIECES, max_size=30).map("".join))
def test_words_of_an_article_equal_a_split_into_runs_of_letters_and_digits(text: str) -> None:
    from bot.core.pledges.passes.entities import _words_of
    from bot.core.text import word_pieces

    parts = re.split(r"([^\W_]+)", text)
    bounds = list(accumulate(map(len, parts)))
    _words_of.cache_clear()
    pieces = word_pieces(text)  # the rules' split, which the name lists join where pieces touch
    rules_split = (list(pieces.parts), list(pieces.bounds))
    words = _words_of(text)
    assert words.raw == parts[1::2]
    assert words.folded == [fold(w) for w in parts[1::2]]
    assert (words.starts, words.ends, words.gaps) == (bounds[0::2], bounds[1::2], parts[0::2])
    assert (pieces.parts, pieces.bounds) == rules_split  # shared with the rules: left as it was


def test_the_french_name_of_the_gepard_is_the_gepard_but_the_cheetah_is_not():
    entities = load_entities()
    assert [name for name, _, _ in entities.find_systems("quinze chars antiaériens Guépard livrés")] == ["Gepard"]
    assert entities.find_systems("les guépards du parc") == []


def test_a_defence_minister_named_by_surname_alone_is_his_country():
    # Headlines name the minister alone: "Healey announces 150 million pound package".
    assert [code for code, _, _ in load_entities().find_donors("Healey announces air defence package")] == ["GB"]
