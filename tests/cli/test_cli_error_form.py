"""Every CLI error in one form (hostile-input round, stop 34).

The audit before this one found four forms of error line: "pledgewatch: configuration
error: ..." for a setting, "pledgewatch: invalid rule ..." for a rule, the bare chat reply
("Filter 'x' not understood ...") for a `pledges` filter, and "pledgewatch: error: ..."
for the rest; `rules import bad.toml` did not name the file, and a busy port was a
"configuration error" with the exit status of a wrong input. Now every error line is
"pledgewatch: error: WHAT: problem", WHAT naming the file, option or value at fault; 2
when what was given is wrong, 1 when an operation was tried and failed (a port already
taken). Each test here failed before the change. Real CLI (its main function), real
SQLite in the test's folder, a real socket holding the port.
"""

from __future__ import annotations

import socket

import pytest

from bot.cli import main
from tests.support.cli_lines import error_line


@pytest.fixture
def database(env, capsys):
    """A database in the test's folder, so no command adds its note that there is none."""
    assert main(["feeds", "add", "https://news.example/feed.xml"]) == 0
    capsys.readouterr()
    return env


@pytest.mark.parametrize("action", ["import", "diff"])
def test_a_rules_file_that_is_not_toml_is_named_in_the_error(database, capsys, action):
    (database / "bad.toml").write_text("not [ toml\n")
    assert main(["rules", action, str(database / "bad.toml")]) == 2
    assert error_line(capsys).startswith(f"pledgewatch: error: {database / 'bad.toml'}: invalid TOML: ")


@pytest.mark.parametrize("action", ["import", "diff"])
def test_a_rules_file_with_a_wrong_key_or_rule_is_named_in_the_error(database, capsys, action):
    (database / "keys.toml").write_text('[[rule]]\nname = "x"\nexpression = "tank"\n')
    assert main(["rules", action, str(database / "keys.toml")]) == 2
    assert error_line(capsys) == f"pledgewatch: error: {database / 'keys.toml'}: rule #1: unknown key(s) name"
    (database / "typo.toml").write_text('[[rule]]\ntopic = "aid"\nexpression = "tank top"\n')
    assert main(["rules", action, str(database / "typo.toml")]) == 2
    # The file and its rule first, then the position in that rule's expression: "invalid rule at
    # position 5: typo.toml: rule #1 (aid): ..." named the file after a position that read as the file's.
    assert error_line(capsys).startswith(
        f"pledgewatch: error: {database / 'typo.toml'}: rule #1 (aid): invalid rule at position 5: two terms ")


def test_an_invalid_rule_typed_in_is_an_error_line(database, capsys):
    assert main(["rules", "add", "aid", "tank AND ("]) == 2
    assert error_line(capsys).startswith("pledgewatch: error: invalid rule at position 10: ")


def test_a_wrong_setting_names_the_settings_file(env, capsys):
    (env / "s.toml").write_text("poll_interval = -1\n")
    assert main(["--config", str(env / "s.toml"), "feeds", "list"]) == 2
    assert error_line(capsys) == (f"pledgewatch: error: settings file {env / 's.toml'}: poll_interval: "
                                   "must be between 30 and 604800, got -1")


def test_a_missing_settings_file_is_named_once(env, capsys):
    assert main(["--config", str(env / "nope.toml"), "status"]) == 2
    line = error_line(capsys)
    assert line.startswith(f"pledgewatch: error: settings file {env / 'nope.toml'}: not found (named by --config); ")
    assert line.count("settings file") == 1 and "copy the shipped one" in line


def test_a_pledges_filter_not_understood_is_an_error_line(database, capsys):
    assert main(["pledges", "zzzz"]) == 2
    assert error_line(capsys).startswith("pledgewatch: error: filter 'zzzz' not understood. Accepted")
    # The words the command line takes beside the filters: `export` too, which chat has not.
    assert main(["pledges", "exprot"]) == 2
    assert error_line(capsys).endswith("and the word summary or chart, or export as the first word.")
    assert main(["pledges", "export", "exprot"]) == 2
    assert error_line(capsys).endswith("and the word summary or chart.")
    assert main(["pledges", "germany", "france"]) == 2
    assert error_line(capsys) == "pledgewatch: error: only one donor filter at a time ('france')."


def test_a_busy_port_is_a_failed_operation_not_a_configuration_error(database, capsys):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert main(["web", "--listen", f"127.0.0.1:{port}"]) == 1
        assert error_line(capsys).startswith(f"pledgewatch: error: --listen: cannot listen on 127.0.0.1:{port}: ")
