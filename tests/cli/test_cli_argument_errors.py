"""What the CLI says when an argument is wrong: one line naming the argument and what it
takes, labelled an error (exit 2), never as a setting (which sends a user to the settings
file) and never a traceback. Real CLI through its main function, real
SQLite in the test's folder."""

from __future__ import annotations

import pytest

from bot.adapters.sqlite_store import SqliteStore
from bot.cli import main
from bot.config import load_entities
from bot.core.pledges.listing.filters import PledgeFilterError, parse_pledge_filters, period_days
from tests.conftest import CLI_DB, first_run_database
from tests.support.cli_lines import error_line


def _empty_database(env) -> None:
    store = SqliteStore(env / CLI_DB)
    store.migrate()
    store.close()


@pytest.mark.parametrize("period", ["3000y", "10000y", "87601h", "3651d"])
def test_reanalyze_refuses_a_period_over_ten_years_and_says_so(env, capsys, period):
    # 3000y ran the start before year 1: OverflowError.
    assert main(["reanalyze", "--since", period, "--dry-run"]) == 2
    line = error_line(capsys)
    assert line == (f"pledgewatch: error: --since: {period!r} is not a period such as 24h, 30d, 12w, 6m or 1y "
                    "(at most 10 years), nor all")


@pytest.mark.parametrize("period", ["²h", "٣٠d", "0d", "0h", "d", "30", "5 d"])
def test_reanalyze_refuses_what_is_no_period_without_a_traceback(env, capsys, period):
    # '²'.isdigit() is true and int('²') raised ValueError.
    assert main(["reanalyze", "--since", period]) == 2
    assert "is not a period such as 24h" in error_line(capsys)


def test_reanalyze_still_takes_hours_days_and_all(env, capsys):
    _empty_database(env)
    for period in ("24h", "30d", "12w", "6m", "10y", "all"):
        assert main(["reanalyze", "--since", period, "--dry-run"]) == 0, period
    capsys.readouterr()


def test_stories_names_the_longest_period(env, capsys):
    _empty_database(env)
    assert main(["stories", "--since", "5000y"]) == 2
    assert error_line(capsys) == ("pledgewatch: error: --since: '5000y' is not a period such as 30d, 12w, 6m or 1y "
                                   "(at most 10 years)")


@pytest.mark.parametrize("args, said", [
    (["pledges", "--limit", "0"], "pledgewatch: error: --limit: must be at least 1 (or use --all)"),
    (["feeds", "remove", "999"], "pledgewatch: error: feed 999: no such feed"),
    (["poll", "--feed", "99"], "pledgewatch: error: --feed: no feed with id 99 (see `pledgewatch feeds list`)"),
    (["audit", "--limit", "0"], "pledgewatch: error: --limit: must be between 1 and 10000"),
    (["feeds", "add", "ftp://example.org/feed.xml"], "pledgewatch: error: url: "),
])
def test_a_wrong_argument_is_an_error_not_a_configuration_error(env, capsys, args, said):
    _empty_database(env)
    assert main(args) == 2
    assert error_line(capsys).startswith(said)


def test_a_wrong_setting_names_the_settings_file(env, capsys):
    (env / "s.toml").write_text("poll_interval = -1\n")
    assert main(["--config", str(env / "s.toml"), "feeds", "list"]) == 2
    assert capsys.readouterr().err.startswith(f"pledgewatch: error: settings file {env / 's.toml'}: poll_interval:")


def test_rules_diff_without_a_database_speaks_of_a_new_one(env, capsys):
    # It said "the database's 68 rules ... the same" while stderr said there was none.
    assert main(["rules", "diff"]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("a new database's ") and "the database's" not in captured.out
    assert "no database at" in captured.err
    first_run_database()
    assert main(["rules", "diff"]) == 0
    assert capsys.readouterr().out.startswith("the database's ")


def test_a_period_in_digits_of_another_script_is_not_understood():
    # /latest refuses "٣"; /pledges took "٣٠d" for 30 days. Digits that fold to ASCII
    # (fullwidth "３０d", as filter words are folded) are read as those digits.
    assert period_days("٣٠d") is None
    with pytest.raises(PledgeFilterError):
        parse_pledge_filters("٣٠d", load_entities())
    assert period_days("３０d") == 30 == period_days("30d")


@pytest.mark.parametrize("option", [["--topic", "air_defence"], ["--weight", "2"]])
def test_rules_test_refuses_a_rule_option_without_stored(env, capsys, option):
    # `rules test --topic x TEXT` analysed TEXT with every rule and dropped the option
    # without a word, as `audit --show-secrets` without --json once did.
    with pytest.raises(SystemExit) as stopped:
        main(["rules", "test", *option, "Germany sends tanks to Ukraine"])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert f"{option[0]} applies to --stored only" in err and "Traceback" not in err, err


def test_rules_test_stored_takes_the_default_topic_and_weight(env, capsys):
    first_run_database()
    assert main(["rules", "test", "--stored", "tank"]) == 0
    assert "(topic aid, weight 1)" in capsys.readouterr().out
