"""`pledgewatch rules diff`: how the database's rules differ from a rules file (the one a
new release ships), so that a deployment sees what an upgrade's rules would change before
importing them. The pairing (bot/core/rules/diff.py) on rules written here; the command
through the CLI's main function on real SQLite files in the test's folder."""

from __future__ import annotations

from pathlib import Path

from bot.cli import main
from bot.core.models import Rule
from bot.core.rules.diff import diff_rules, render_diff
from tests.conftest import CLI_DB, first_run_database

TANKS = Rule("aid", "(tank OR Panzer OR char) NEAR/8 (send OR liefern OR livrer) NEAR/15 @ukraine", 1.0, 1)
JETS = Rule("aircraft", "(F-16 OR Mirage OR Gripen) NEAR/10 @ukraine", 1.0, 2)
# The rules file the repository ships (the package bot.defaults is its config/ folder).
SHIPPED_RULES = Path(__file__).resolve().parents[2] / "config" / "rules.toml"
SPORT = Rule("trap", "football OR striker OR Bundesliga", -3.0, 3)


def _file_side(*rules: Rule) -> list[Rule]:
    """Rules as a file gives them: no ids."""
    return [Rule(rule.topic, rule.expression, rule.weight) for rule in rules]


def test_the_same_rules_in_another_order_and_other_line_breaks_are_the_same():
    wrapped = Rule(TANKS.topic, TANKS.expression.replace(" NEAR/15", "\n    NEAR/15"), TANKS.weight)
    diff = diff_rules([TANKS, JETS, SPORT], 2.0, [*_file_side(SPORT, JETS), wrapped], 2.0)
    assert diff.is_empty() and diff.count() == 0 and render_diff(diff, "rules.toml") == []


def test_a_weight_an_edited_expression_a_removed_and_an_added_rule_and_the_threshold():
    edited_jets = Rule("aircraft", "(F-16 OR Mirage OR Gripen OR Rafale) NEAR/10 @ukraine", 1.0)
    heavier_sport = Rule("trap", SPORT.expression, -4.0)
    drones = Rule("drones", "(drone OR Drohne) NEAR/10 @ukraine", 1.0)
    diff = diff_rules([TANKS, JETS, SPORT], 2.0, [edited_jets, heavier_sport, drones], 2.5)
    assert [(c.stored.id, c.incoming.expression) for c in diff.changed] == [(2, edited_jets.expression),
                                                                            (3, SPORT.expression)]
    assert diff.only_stored == (TANKS,) and diff.only_incoming == (drones,) and diff.count() == 5
    assert render_diff(diff, "rules.toml") == [
        "changed  #2 aircraft: adds Rafale",
        "changed  #3 trap: weight -3 -> -4",
        "only in the database  #1 aid 1: " + TANKS.expression,
        "only in rules.toml  drones 1: (drone OR Drohne) NEAR/10 @ukraine",
        "threshold 2 -> 2.5",
    ]


PACKAGES = ('"weapons package*" OR "arms package*" OR Rüstungspaket* OR Waffenpaket* OR "paquet* d\'armes" OR '
            '"paquet* militaire*" OR Militärpaket*')


def test_a_list_edited_is_told_by_its_words_and_other_operators_by_both_expressions():
    old = Rule("aid", f"({PACKAGES}) NEAR/12 re:/\\bukrain(e|ian)\\b/", 1.0, 7)
    edited = PACKAGES.replace(" OR Waffenpaket*", "").replace('"arms package*"', '"arms\n package*" OR "aid package*"')
    new = Rule("aid", f"({edited}) NEAR/12 re:/\\bukrain(e|ian|e's)\\b/", 2.0)
    assert render_diff(diff_rules([old], 2.0, [new], 2.0), "f") == [
        "changed  #7 aid: weight 1 -> 2; adds \"aid package*\", re:/\\bukrain(e|ian|e's)\\b/; "
        "drops Waffenpaket*, re:/\\bukrain(e|ian)\\b/",
    ]
    closer = Rule("aid", old.expression.replace("NEAR/12", "NEAR/8"), 1.0)
    assert render_diff(diff_rules([old], 2.0, [closer], 2.0), "f") == [
        "changed  #7 aid: other operators:", f"  - {old.expression}", f"  + {closer.expression}",
    ]


def test_rules_of_other_topics_or_unlike_expressions_are_not_paired():
    other_topic = Rule("artillery", JETS.expression, 1.0)
    unlike = Rule("aircraft", "(helicopter OR Hubschrauber OR hélicoptère) NEAR/10 @ukraine", 1.0)
    diff = diff_rules([JETS], 2.0, [other_topic, unlike], 2.0)
    assert diff.changed == () and diff.only_stored == (JETS,) and len(diff.only_incoming) == 2


def test_disabled_rules_match_nothing_and_are_not_compared():
    disabled = Rule(JETS.topic, JETS.expression, JETS.weight, 2, enabled=False)
    assert diff_rules([TANKS, disabled], 2.0, _file_side(TANKS), 2.0).is_empty()
    assert diff_rules([TANKS], 2.0, [*_file_side(TANKS), Rule("x", "y", enabled=False)], 2.0).is_empty()


def test_thousands_of_unlike_rules_are_listed_without_comparing_every_pair():
    stored = [Rule("aid", f"word{n} NEAR/5 @ukraine", 1.0, n) for n in range(1, 201)]
    incoming = [Rule("aid", f"other{n} NEAR/5 @ukraine", 1.0) for n in range(200)]
    diff = diff_rules(stored, 2.0, incoming, 2.0)  # 40,000 pairs of one topic: none compared
    assert diff.changed == () and len(diff.only_stored) == len(diff.only_incoming) == 200


def test_the_command_without_a_database_compares_what_a_new_one_starts_from_and_creates_none(env, capsys):
    assert main(["rules", "diff"]) == 0
    shown = capsys.readouterr()
    assert shown.out.endswith("the same\n") and "rules a new one starts from" in shown.err
    assert list(env.iterdir()) == []


def test_the_command_lists_the_database_changes_against_the_shipped_rules_and_changes_nothing(env, capsys):
    first_run_database()
    assert main(["rules", "add", "drones", "(zorblax OR Drohne) NEAR/10 @ukraine"]) == 0
    assert main(["rules", "remove", "3"]) == 0
    capsys.readouterr()
    database = (env / CLI_DB).read_bytes()
    assert main(["rules", "diff"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].endswith(": 2 difference(s)")
    assert lines[1].startswith("only in the database  #") and lines[1].endswith(": (zorblax OR Drohne) NEAR/10 @ukraine")
    # It names the shipped rules file by the path the package reaches it by: config/rules.toml in
    # a clean clone, bot/defaults/rules.toml where bot/defaults is a link to ../config (a worktree).
    assert lines[2].startswith("only in ")
    assert Path(lines[2].removeprefix("only in ").split("  ", 1)[0]).samefile(SHIPPED_RULES)
    assert "rules import" in lines[-1]
    assert (env / CLI_DB).read_bytes() == database
    # The database's own export is the same rules.
    assert main(["rules", "export", str(env / "mine.toml")]) == 0
    assert main(["rules", "diff", str(env / "mine.toml")]) == 0
    assert capsys.readouterr().out.endswith("the same\n")


def test_a_file_that_cannot_be_read_is_a_configuration_error(env, capsys):
    assert main(["rules", "diff", str(env / "missing.toml")]) == 2
    assert "missing.toml: cannot read" in capsys.readouterr().err
    (env / "bad.toml").write_text("[[rule]]\ntopic = 1\n")
    assert main(["rules", "diff", str(env / "bad.toml")]) == 2
    assert "'topic' must be a string" in capsys.readouterr().err
