"""The /pledges filter parser (bot/core/pledges/listing/filters.py), pure: the shipped entity
lists, no database. The CLI and chat tests check the same words against stored rows."""

from __future__ import annotations

import pytest

from bot.config import load_entities
from bot.core.pledges.listing.filters import (
    CATEGORY_ALIASES,
    FILTER_CATEGORIES,
    PledgeFilterError,
    category_of_word,
    parse_pledge_filters,
    system_family,
)
from bot.core.pledges.listing.words import CATEGORY_WORDS
from bot.core.pledges.passes.entities import CATEGORIES

ENTITIES = load_entities()


def parse(text: str):
    return parse_pledge_filters(text, ENTITIES)


def test_every_category_the_extractor_records_can_be_asked_for():
    # The weapon categories plus what bot/core/pledges/extract.py records besides them; each
    # has words for readers too (pledge_words), so both must cover the same set.
    assert set(FILTER_CATEGORIES) == set(CATEGORIES) | {"funding", "production", "training", "other"}
    assert set(FILTER_CATEGORIES) == set(CATEGORY_WORDS)
    for category in FILTER_CATEGORIES:
        assert parse(category).category == category


@pytest.mark.parametrize(("words", "category"), [
    ("funding", "funding"), ("financial_military", "funding"), ("money", "funding"), ("Finanzierung", "funding"),
    ("production", "production"), ("industrie", "production"), ("arms production", "production"),
    ("training", "training"), ("formation", "training"), ("Ausbildung", "training"),
    ("air defence", "air_defence"), ("Air-Defense", "air_defence"), ("défense aérienne", "air_defence"),
    ("Flugabwehr", "air_defence"), ("chars", "tanks"), ("tank", "tanks"), ("small arms", "small_arms"),
    ("Drohnen", "drones"), ("drone", "drones"),
])
def test_categories_in_words_of_three_languages(words, category):
    assert category_of_word(words) == category
    assert parse(words).category == category


def test_no_category_word_is_also_a_donor_or_a_system():
    # A word meaning two things would silently filter on the wrong one.
    for category, aliases in CATEGORY_ALIASES.items():
        for word in (category, *aliases):
            assert ENTITIES.resolve_donor(word) is None, word
            assert parse(word).systems == (), word


@pytest.mark.parametrize(("word", "family"), [
    ("leopard", {"Leopard", "Leopard 1", "Leopard 2"}),
    ("Leopard 2", {"Leopard 2"}),
    ("leopard-1", {"Leopard 1"}),
    ("patriot", {"Patriot"}),
    ("iris-t", {"IRIS-T"}),
    ("IRIS-T SLM", {"IRIS-T"}),
    ("mig", {"MiG-29"}),
    ("challenger", {"Challenger 2"}),
])
def test_a_system_or_a_family_of_models(word, family):
    assert set(parse(word).systems) == family


def test_a_family_is_only_models_with_a_designation():
    # "black" is the first word of "Black Hornet", not a family of it; a single letter
    # is no family either.
    assert system_family("black", ENTITIES) == ()
    for word in ("black", "f", "155"):
        with pytest.raises(PledgeFilterError):
            parse(word)


def test_filters_combine_in_any_order_and_each_kind_once():
    flt = parse("6m leopard allemagne summary")
    assert (flt.donor, flt.system, flt.days, flt.summary) == ("DE", "Leopard", 180, True)
    assert parse("royaume uni training 1y").donor == "GB"
    with pytest.raises(PledgeFilterError) as twice:
        parse("funding training")
    assert twice.value.kind == "category"
    with pytest.raises(PledgeFilterError) as unknown:
        parse("germany xyzzy")
    assert unknown.value.word == "xyzzy" and unknown.value.kind is None


def test_suggestions_complete_names_and_always_read_back():
    from bot.core.pledges.listing.filters import filter_suggestions

    assert filter_suggestions("ger", ENTITIES)[0] == ("Germany", "Germany")
    assert filter_suggestions("allem", ENTITIES, "fr")[0] == ("Allemagne", "Germany")
    assert filter_suggestions("6m leo", ENTITIES)[0] == ("6m Leopard", "6m Leopard")
    for first in "abcdefghijklmnopqrstuvwxyz":
        for second in " aeioulnrst":
            for _, value in filter_suggestions((first + second).strip(), ENTITIES):
                parse(value)  # raises if a suggestion would not be understood
