"""Negative numbers given as their own argument (`--weight -1e9`, not only `--weight=-1e9`):
argparse took any of them but "-2" and "-.5" for an option and answered "expected one
argument". Every form float() reads now reaches the rule checks, which keep weights within
-100..100 and finite, and say so."""

from __future__ import annotations

import pytest

from bot.adapters.sqlite_store import SqliteStore
from bot.cli import main
from tests.conftest import CLI_DB

ZEBRA = '"zebra crossing"'


def _weights(env) -> list[float]:
    store = SqliteStore(env / CLI_DB)
    try:
        return [rule.weight for rule in store.list_rules() if rule.expression == ZEBRA]
    finally:
        store.close()


@pytest.mark.parametrize("weight, stored", [
    ("-2", -2.0), ("-.5", -0.5), ("-1e2", -100.0), ("-1E2", -100.0), ("-1e-3", -0.001), ("-1e+1", -10.0),
    ("-1_0", -10.0), ("-100", -100.0), ("-2.5e1", -25.0),
])
def test_rules_add_takes_a_negative_weight_in_every_form_float_reads(env, capsys, weight, stored):
    assert main(["rules", "add", "trap", ZEBRA, "--weight", weight]) == 0, capsys.readouterr().err
    assert _weights(env) == [stored]


@pytest.mark.parametrize("weight, said", [
    ("-1e9", "weight -1e+09 is outside -100..100 (expected a weight from -100 to 100)"),
    ("-100.5", "weight -100.5 is outside -100..100"),
    ("1e9", "weight 1e+09 is outside -100..100"),
    ("-inf", "invalid weight -inf: it must be a finite number"),
    ("-nan", "it must be a finite number"),
    ("-0x1", "argument --weight: invalid float value: '-0x1'"),
    ("-1abc", "argument --weight: invalid float value: '-1abc'"),
])
def test_a_weight_out_of_range_or_not_a_number_is_refused_saying_why(env, capsys, weight, said):
    assert main(["rules", "add", "aid", "tank", "--weight", "1"]) == 0  # the database, and a rule to edit
    capsys.readouterr()
    for args in (["rules", "add", "trap", ZEBRA, "--weight", weight], ["rules", "edit", "1", ZEBRA, "--weight", weight],
                 ["rules", "test", "--stored", ZEBRA, "--weight", weight]):
        assert _exit_code(args) == 2
        err = capsys.readouterr().err
        assert said in err and "expected one argument" not in err, (args, err)
    assert _weights(env) == []


def test_rules_edit_and_test_take_a_negative_weight_as_a_separate_argument(env, capsys):
    # (added as a trap should be: a +1 rule under `trap` now needs --force)
    assert main(["rules", "add", "trap", ZEBRA, "--weight", "-2"]) == 0
    store = SqliteStore(env / CLI_DB)
    rule_id = store.list_rules()[-1].id
    store.close()
    assert main(["rules", "edit", str(rule_id), ZEBRA, "--weight", "-1e1"]) == 0
    assert _weights(env) == [-10.0]
    capsys.readouterr()
    assert main(["rules", "test", "--stored", "tank", "--weight", "-1e1"]) == 0
    assert "weight -10" in capsys.readouterr().out


def test_other_number_options_say_what_is_wrong_with_a_negative_value(env, capsys):
    for args, said in ((["audit", "--limit", "-1e3"], "argument --limit: invalid int value: '-1e3'"),
                       (["feeds", "add", "https://news.example/rss", "--interval", "-1e3"],
                        "argument --interval: invalid int value: '-1e3'"),
                       (["reanalyze", "--since", "-30d"], "'-30d' is not a period")):
        assert _exit_code(args) == 2
        err = capsys.readouterr().err
        assert said in err and "expected one argument" not in err, (args, err)


def _exit_code(args: list[str]) -> int:
    """What `pledgewatch ARGS` exits with: argparse's refusals exit from inside main."""
    try:
        return main(args)
    except SystemExit as exc:
        return int(exc.code)
