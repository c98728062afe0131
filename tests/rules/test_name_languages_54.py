"""Names told in one language only (config/entities.toml: `place_fr`, `names_de`...) and the rules' language filter
(`@country:lang_de`, `@system:lang_de`): the names of that language and the shared ones.

The weapon rules named every system and, through @given_elsewhere, every country in all three languages: the German
one read "Allemagne" and "Germany" after its "an" and "Caesar howitzers" beside its "Panzer", and cost 11.92 of the
12 tests/rules/test_rule_cost.py allows a rule naming @support. Each language's weapon rule and @given_elsewhere
variant now name their own language's names and the shared ones: the same rules fire on the same texts (the test
data, the probes' texts and, with PLEDGEWATCH_EVAL_DIR, the real set), at 10.4 for the German rule."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from bot.config import load_entities
from bot.core.models import Rule
from bot.core.pledges.passes.entities import parse_entities
from bot.core.rules.cost import rule_cost
from bot.core.rules.engine import RuleSet
from bot.core.rules.files import load_rules_toml
from bot.core.rules.syntax import parse_expression
from bot.entity_files import check_entity_keys
from bot.errors import ConfigError, RuleError
from tests.support.real_eval import texts_with_and_without_the_eval_set
from tests.support.wire_reading import read, readings

REPO = Path(__file__).resolve().parents[2]


def _weapon_rules() -> dict[str, str]:
    """The three weapon rules, by the language their @system filter names."""
    rules, _ = load_rules_toml((REPO / "config" / "rules.toml").read_text(encoding="utf-8"))
    found = {}
    for rule in rules:
        for language in ("en", "fr", "de"):
            if f"@system:lang_{language}) NEAR/1" in rule.expression:
                found[language] = rule.expression
    assert set(found) == {"en", "fr", "de"}, found
    return found


def _cost(expression: str) -> float:
    ruleset = RuleSet.compile([Rule("aid", expression, 1.0)], entities=load_entities(), name_rules=False)
    return sum(rule_cost(parse_expression(expression), ruleset.roots[0], ruleset.infixes).parts.values())


def _fires(expression: str, entities, text: str) -> bool:
    ruleset = RuleSet.compile([Rule("aid", expression, 1.0, id=1)], threshold=1.0, entities=entities)
    return bool(ruleset.analyze(text).hits)


def test_the_weapon_rules_name_their_own_languages_names_and_cost_less():
    # Before: English 11.36, French 11.48, German 11.92 (of 12).
    costs = {language: _cost(expression) for language, expression in _weapon_rules().items()}
    assert costs["de"] <= 10.5 and max(costs.values()) <= 11, costs


@pytest.mark.parametrize(("expression", "text", "fires"), [
    ("@country:lang_de", "Polen liefert Panzer an Deutschland", True),
    ("@country:lang_de", "La Pologne livre des chars à l'Allemagne", False),  # French names are not German ones...
    ("@country:lang_de", "Polen liefert Panzer an Israel", True),  # ...a name every language writes alike is shared
    ("@country:lang_fr", "La Pologne livre des chars à l'Allemagne", True),
    ("@country:lang_en", "Germany delivers tanks to Lithuania", True),
    ("@country:lang_en", "Deutschland liefert Panzer", False),
    ("@country", "Deutschland, Allemagne, Germany", True),
    ("@system:lang_de", "Streumunition für Kiew", True),
    ("@system:lang_fr", "Streumunition für Kiew", False),
    ("@system:lang_en", "Cheetah anti-aircraft guns for Kyiv", True),
    ("@system:lang_de", "Cheetah anti-aircraft guns for Kyiv", False),
    ("@system:lang_de", "IRIS-T für Kiew", True),  # a system's own name is everyone's
    # ...and so is its designation in its maker's language, which wires of every language write as it is
    ("@system:lang_en", "six more Panzerhaubitze 2000 for Kyiv", True),
    ("@system:lang_fr", "des Panzerhaubitzen 2000 pour Kiev", True),
    ("@system:lang_de", "Ground-Launched Small Diameter Bombs für Kiew", True),
    ("@system:lang_fr", "des Joint Direct Attack Munitions pour Kiev", True),
    ("@system:lang_en", "Flakpanzer Gepard for Kyiv", True),
    ("@system:lang_en", "Panzerhaubitzen for Kyiv", False),  # German's common noun for any such gun stays German
])
def test_a_language_filter_takes_that_languages_names_and_the_shared_ones(expression, text, fires):
    assert _fires(expression, load_entities(), text) is fires


@pytest.mark.parametrize(("expression", "says"), [
    ("@system:lang_it", "@system:lang_de"),
    ("@country:lang_", "@country:lang_fr"),
    ("@donor:lang_de", "@country:lang_de or @system:lang_de"),  # a donor's people and firms have no language
])
def test_an_unknown_language_or_a_list_without_languages_is_refused(expression, says):
    with pytest.raises(RuleError) as caught:
        RuleSet.compile([Rule("aid", expression, 1.0)], entities=load_entities(), name_rules=False)
    assert says in caught.value.expected and "lang" in str(caught.value)


def test_a_name_of_one_language_is_still_a_name_of_its_donor_and_a_misspelt_key_is_refused():
    text = '[donors.DE]\nplace = ["Deutschland"]\nplace_fr = ["Allemagne"]\n[systems."CAESAR"]\ncategory = "artillery"\n' \
           'names_fr = ["canons Caesar"]\n'
    check_entity_keys(text)
    entities = parse_entities(text)
    assert [code for code, _, _ in entities.find_donors("L'Allemagne livre des canons Caesar")] == ["DE"]
    assert [name for name, _, _ in entities.find_systems("L'Allemagne livre des canons Caesar")] == ["CAESAR"]
    with pytest.raises(ConfigError, match="place_it: unknown key"):
        check_entity_keys(text.replace("place_fr", "place_it"))


def _texts() -> list[str]:
    return texts_with_and_without_the_eval_set()


def test_the_weapon_rules_fire_on_the_texts_they_fired_on_with_every_languages_names():
    entities = load_entities()
    lists = {name: dict(variants) for name, variants in entities.word_lists.items()}
    for language in ("en", "fr", "de"):
        lists["given_elsewhere"][language] = lists["given_elsewhere"][language].replace(f"@country:lang_{language}",
                                                                                        "@country")
    every_name = dataclasses.replace(entities, word_lists=lists)
    texts = _texts()
    for language, expression in _weapon_rules().items():
        wide_expression = expression.replace(f"@system:lang_{language}", "@system")
        narrow = RuleSet.compile([Rule("aid", expression, 1.0, id=1)], threshold=1.0, entities=entities)
        wide = RuleSet.compile([Rule("aid", wide_expression, 1.0, id=1)], threshold=1.0, entities=every_name)
        fired = [bool(narrow.analyze(text).hits) for text in texts]
        assert fired == [bool(wide.analyze(text).hits) for text in texts], language
        assert sum(fired) >= 100, language  # the texts do test it: many fire the rule


# (lang, headline, lead): English and French copy naming the German howitzer by its German designation
GERMAN_DESIGNATION = [
    ("en", "Germany to send more Panzerhaubitze 2000 to Ukraine",
     "BERLIN (Reuters) - Germany will deliver six more Panzerhaubitze 2000 to Ukraine, the defence ministry said on "
     "Tuesday."),
    ("fr", "Berlin va livrer de nouveaux Panzerhaubitze 2000 à l'Ukraine",
     "BERLIN (AFP) - L'Allemagne va livrer six Panzerhaubitze 2000 supplémentaires à l'Ukraine, a annoncé mardi le "
     "ministère de la Défense."),
]


@pytest.mark.parametrize(("lang", "headline", "lead"), GERMAN_DESIGNATION)
def test_english_and_french_copy_naming_the_pzh_2000_in_german_is_aid_with_its_pledge(defaults, lang, headline, lead):
    analysis = read(defaults, headline, lead)
    assert analysis.relevant, defaults.explain(analysis)
    assert ("DE", "PzH 2000", 6) in readings(lead, lang, "donor", "system", "quantity", title=headline)
