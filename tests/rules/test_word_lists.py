"""Named word lists (bot/core/rules/word_lists.py, config/words.toml): vocabulary written
once and named by the rules, `@support:fr` for one variant, `@support` for all."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from bot.config import load_entities
from bot.core.models import Rule
from bot.core.pledges.passes.entities import parse_entities
from bot.core.rules.files import load_rules_toml
from bot.core.rules.language import RuleSet
from bot.core.rules.word_lists import parse_word_lists
from bot.errors import ConfigError, RuleError

ROOT = Path(__file__).resolve().parents[2]

WORDS = """
[words.give]
en = '''send OR deliver OR "hand over"'''
fr = '''livrer OR "mettre à disposition"'''
de = '''liefern OR *lieferung*'''

[words.tank]
en = '''tank EXCEPT "think tank*"'''
"""
ENTITIES = """
[donors.DE]
names = ["Germany", "Allemagne"]

[systems.Leopard]
category = "tanks"

[ukraine]
names = ["Ukraine"]
"""


@pytest.fixture(scope="module")
def entities():
    return parse_entities(ENTITIES, parse_word_lists(WORDS))


def fires(expression: str, text: str, entities) -> bool:
    return bool(RuleSet.compile([Rule("t", expression)], threshold=1.0, entities=entities).analyze(text).hits)


def test_a_variant_matches_its_own_words_only(entities):
    assert fires("@give:fr", "Paris va livrer des obus", entities)
    assert not fires("@give:fr", "Berlin will deliver shells", entities)
    assert fires("@give:de", "die Munitionslieferung kommt", entities)  # a wildcard inside the list


def test_without_a_filter_every_variant_counts(entities):
    for text in ("Berlin will deliver shells", "Paris va livrer des obus", "Berlin will Panzer liefern"):
        assert fires("@give", text, entities), text


def test_a_list_inside_near_measures_distance_like_the_written_out_words(entities):
    near = "Leopard NEAR/3 @give:en"
    written = 'Leopard NEAR/3 (send OR deliver OR "hand over")'
    for text in ("Germany will hand over Leopard tanks", "Leopard tanks are heavy; nobody will send them soon",
                 "Leopard tanks, heavy, old, rusty, slow, will be sent"):
        with_list = RuleSet.compile([Rule("t", near)], threshold=1.0, entities=entities).analyze(text)
        by_hand = RuleSet.compile([Rule("t", written)], threshold=1.0, entities=entities).analyze(text)
        assert with_list == by_hand, text


def test_except_inside_a_list_keeps_its_meaning(entities):
    assert fires("@tank", "Germany sends a tank", entities)
    assert not fires("@tank", "a think tank in Berlin", entities)


def test_unknown_lists_and_variants_name_what_exists(entities):
    with pytest.raises(RuleError) as caught:
        RuleSet.compile([Rule("t", "@giving")], entities=entities)
    assert "unknown list @giving" in str(caught.value) and "@give" in caught.value.expected
    with pytest.raises(RuleError) as caught:
        RuleSet.compile([Rule("t", "tank NEAR/3 @give:it")], entities=entities)
    assert caught.value.position == 12 and "@give:fr" in caught.value.expected


@pytest.mark.parametrize(
    ("words", "fragment"),
    [
        ("[words.donor]\nen = 'x'", "not one of donor"),
        ("[words.Give]\nen = 'x'", "lower-case"),
        ("[words.give]\nen = 'send AND deliver'", "not AND, NOT or regexes"),
        ("[words.give]\nen = 're:/send/'", "not AND, NOT or regexes"),
        ("[words.give]\nen = 'send OR'", "words.give.en"),
        ("[words.give]\nen = 3", "rule expression in a string"),
        ("[words.give]\nen = 'send'\n[words.more]\nen = '@give OR deliver'", "names @give"),
        ("[words.give]", "table of variants"),
        ("words = 3", "table of [words.<name>]"),
        ("[words.give\n", "invalid TOML"),
        ("words = " + "[" * 100_000, "nested too deeply"),
    ],
)
def test_bad_lists_are_refused_with_their_place(words: str, fragment: str):
    with pytest.raises(ConfigError) as caught:
        parse_word_lists(words)
    assert fragment in str(caught.value)


def test_a_list_may_name_the_entity_lists(entities):
    lists = parse_word_lists("[words.kit]\nall = '@system:tanks OR Panzer'")
    mine = parse_entities(ENTITIES, lists)
    assert fires("@kit", "Leopard", mine) and fires("@kit", "Panzer", mine)


def test_the_shipped_lists_load_and_the_shipped_rules_use_them():
    shipped = load_entities().word_lists
    assert {"en", "fr", "de"} <= set(shipped["support"])
    rules, threshold = load_rules_toml((ROOT / "config" / "rules.toml").read_text(encoding="utf-8"))
    named = {name for name in shipped if any(f"@{name}" in rule.expression for rule in rules)}
    assert named == set(shipped), f"lists no rule names: {set(shipped) - named}"
    RuleSet.compile(rules, threshold=threshold, entities=load_entities())  # every reference resolves
    # The point of the lists: the support words are written once, not in every rule.
    raw = tomllib.loads((ROOT / "config" / "rules.toml").read_text(encoding="utf-8"))
    assert not any('"mettre à disposition"' in rule["expression"] for rule in raw["rule"])
