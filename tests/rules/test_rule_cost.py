"""The cap on what one rule may cost to evaluate (bot/core/rules/cost.py): a legal rule such as
a chain of 60 NEARs or slow regexes is refused, naming the limit, wherever a rule comes in (chat,
the command line, `rules import`, the seed file on first start), and nothing is stored; the
shipped rules stay far below it."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bot.cli import main
from bot.config import load_entities
from bot.core.models import Rule
from bot.core.rules.cost import MAX_RULE_COST, rule_cost
from bot.core.rules.engine import RuleSet
from bot.core.rules.files import load_rules_toml
from bot.core.rules.language import validate_rule
from bot.core.rules.syntax import parse_expression
from bot.errors import RuleError
from tests.conftest import CLI_DB
from tests.support.telegram_harness import ADMIN, Bot

REPO = Path(__file__).resolve().parents[2]
# Each NEAR carries the words of those before it: 60 of them cost about 81 (ms per 100 KB).
LONG_CHAIN = " NEAR/50 ".join(["the"] * 60)
# Automata with too many states: RE2 falls back to its slow engine (about 100 ms per 100 KB each).
SLOW_REGEXES = r"re:/[a-y][^x]{40}xzq/ OR re:/[b-z][^w]{40}wqz/"


def estimate(expression: str):
    ruleset = RuleSet.compile([Rule("aid", expression, 1.0)], entities=load_entities(), name_rules=False)
    return rule_cost(parse_expression(expression), ruleset.roots[0], ruleset.infixes)


def cost(expression: str) -> float:
    return estimate(expression).total


def unrounded_cost(expression: str) -> float:
    # The total is rounded to one decimal for the admin: the German weapon rule, at 15.02,
    # read 15.0 and passed the bound of 15 it was over.
    return sum(estimate(expression).parts.values())


def test_every_shipped_rule_costs_at_most_a_quarter_of_the_cap():
    rules, _ = load_rules_toml((REPO / "config" / "rules.toml").read_text(encoding="utf-8"))
    costs = {rule.expression[:60]: unrounded_cost(rule.expression) for rule in rules}
    assert max(costs.values()) <= MAX_RULE_COST / 4, sorted(costs.items(), key=lambda item: item[1])[-3:]


def test_the_rules_that_name_the_giving_words_leave_room_for_more_words():
    # @support and @given_elsewhere are read by 30 rules: a word added to them is added to each,
    # and the weapon rules, which also name every system, stood at the bound (15.02 of 15).
    rules, _ = load_rules_toml((REPO / "config" / "rules.toml").read_text(encoding="utf-8"))
    costs = {rule.expression[:60]: unrounded_cost(rule.expression) for rule in rules if "@support" in rule.expression}
    assert len(costs) >= 30 and max(costs.values()) <= 12, sorted(costs.items(), key=lambda item: item[1])[-3:]


def test_the_costliest_shipped_rules_leave_room_under_their_bound():
    # The sport and NFL traps stood at 14.95 of 15, where one more name in @system or @giver would have failed the
    # quarter of the cap; the English weapon rule at 11.99 of the 12 the @support rules are held to. Round 53 read
    # @weapons's look-alikes, the production rules' and @given_elsewhere:en's prepositions with one EXCEPT each (the
    # same matches): every shipped rule is now at least a point under the quarter, and the English weapon rule half
    # a point under 12.
    rules, _ = load_rules_toml((REPO / "config" / "rules.toml").read_text(encoding="utf-8"))
    costs = {rule.expression[:60]: unrounded_cost(rule.expression) for rule in rules}
    assert max(costs.values()) <= MAX_RULE_COST / 4 - 1, sorted(costs.items(), key=lambda item: item[1])[-3:]
    english_weapons = next(rule.expression for rule in rules if rule.expression.startswith("((weapon OR"))
    assert unrounded_cost(english_weapons) <= 12 - 0.5


def test_a_cost_just_over_a_bound_is_told_by_its_unrounded_sum():
    # A chain of 18 words (14.45) ORed with 162 words of 0.0035 each: 15.02, shown as 15.0.
    chain = " NEAR/50 ".join(["the"] * 18)
    just_over = f"({chain}) OR " + " OR ".join(f"word{n}" for n in range(162))
    assert cost(just_over) <= MAX_RULE_COST / 4 < unrounded_cost(just_over)


@pytest.mark.parametrize("expression", [
    "(@donor OR @system OR @weapons OR @support) NEAR/10 @ukraine",
    "(@donor NEAR/15 @support) NEAR/15 (@weapons EXCEPT @attack) NEAR/15 @ukraine",
    r"re:/\b\d+\s*(?:million|billion|milliards?|millionen|milliarden)\b/ AND @ukraine AND @weapons",
    "*panzer* OR *haubitze* OR *flugabwehr* OR *munition* OR *rakete* OR *drohne*",
    " NEAR/5 ".join("abcdefghij") + " AND @ukraine",
])
def test_plausible_admin_rules_are_accepted(expression):
    validate_rule(Rule("aid", expression, 1.0), entities=load_entities())


@pytest.mark.parametrize("expression, biggest", [
    (LONG_CHAIN, "NEAR/EXCEPT chains"),
    (" OR ".join(["@weapons"] * 50), "alternatives"),
    (SLOW_REGEXES, "regexes"),
])
def test_a_costly_rule_is_refused_naming_the_limit_and_its_costliest_part(expression, biggest):
    with pytest.raises(RuleError) as caught:
        validate_rule(Rule("aid", expression, 1.0), entities=load_entities())
    message = str(caught.value)
    assert "too costly" in message and f"the limit is {MAX_RULE_COST:g}" in message and biggest in message


def test_the_cost_follows_what_was_measured():
    # The chain's cost grows with the square of its length (each match carries every piece before it).
    assert cost(" NEAR/50 ".join(["the"] * 40)) < MAX_RULE_COST < cost(LONG_CHAIN)
    assert cost("tank OR Panzer") < 1 and cost('"tank" AND re:/\\bm\\d{3}\\b/') < 2


@pytest.mark.parametrize("name", ["weapons", "production", "attack"])
def test_a_word_lists_infixes_cost_as_if_written_in_the_rule(name):
    # Every spelling met for the first time is checked against every *infix* the rule runs,
    # written in it or in a list it names: @weapons holds seven, and was priced at none.
    list_name, _, variant = name.partition(":")
    variants = load_entities().word_lists[list_name]
    written = " OR ".join(f"({text})" for key, text in variants.items() if not variant or key == variant)
    named, inline = estimate(f"@{name} NEAR/5 @ukraine"), estimate(f"({written}) NEAR/5 @ukraine")
    assert named.parts["*infix* words"] == inline.parts["*infix* words"] > 0
    assert named.total == inline.total


def test_chat_rule_add_and_edit_refuse_a_costly_rule_and_store_nothing(tmp_path, stub):
    async def go():
        async with Bot(tmp_path, stub) as bot:
            before = bot.store.list_rules()
            added = (await bot.command(ADMIN, f"/rule_add aid {LONG_CHAIN}", user_id=ADMIN))[-1]
            edited = (await bot.command(ADMIN, f"/rule_edit {before[0].id} {SLOW_REGEXES}", user_id=ADMIN))[-1]
            return before, added, edited, bot.store.list_rules()

    before, added, edited, after = asyncio.run(go())
    assert "too costly" in added and "limit is 60" in added
    assert "too costly" in edited and "regexes" in edited
    assert after == before


def test_cli_add_edit_and_import_refuse_a_costly_rule_and_change_nothing(env, capsys):
    main(["rules", "export", str(env / "before.toml")])
    assert main(["rules", "add", "aid", LONG_CHAIN]) == 2
    assert "too costly" in capsys.readouterr().err
    assert main(["rules", "edit", "1", LONG_CHAIN]) == 2
    assert "limit is 60" in capsys.readouterr().err
    costly = (env / "before.toml").read_text(encoding="utf-8")
    costly += f"\n[[rule]]\ntopic = \"aid\"\nexpression = '{LONG_CHAIN}'\n"
    (env / "costly.toml").write_text(costly, encoding="utf-8")
    assert main(["rules", "import", str(env / "costly.toml")]) == 2
    err = capsys.readouterr().err
    costly_rule_number = len(load_rules_toml(costly)[0])  # the one appended last
    assert f"costly.toml: rule #{costly_rule_number} (aid): invalid rule: rule too costly" in err
    main(["rules", "export", str(env / "after.toml")])
    assert (env / "before.toml").read_text() == (env / "after.toml").read_text()


def test_a_seed_rules_file_with_a_costly_rule_is_refused_on_first_start(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("PLEDGEWATCH_DB", raising=False)
    (tmp_path / "rules.toml").write_text(f"[[rule]]\ntopic = \"aid\"\nexpression = '{LONG_CHAIN}'\n", encoding="utf-8")
    settings = tmp_path / "settings.toml"
    settings.write_text(f'database = "{(tmp_path / CLI_DB).as_posix()}"\nrules = "rules.toml"\n', encoding="utf-8")
    assert main(["--config", str(settings), "rules", "add", "aid", "tank"]) == 2
    assert "too costly" in capsys.readouterr().err
    assert not (tmp_path / CLI_DB).exists()  # checked before the database is made: none is left without rules
