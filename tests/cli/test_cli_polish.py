"""Rough edges of the command line found by a fresh-eyes walkthrough: errors name the
option the user gave, rules hold one line, read-only commands create no database, and
exit codes follow one convention (2: the input was wrong; 1: the operation failed).
Real SQLite and real loopback sockets."""

from __future__ import annotations

import socket

import pytest

from bot.cli import main
from tests.conftest import CLI_DB
from tests.support.command_harness import ADMIN, run


@pytest.fixture
def busy_port():
    """A loopback port something else already listens on."""
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        yield taken.getsockname()[1]


def test_web_names_the_option_the_address_came_from(env, capsys, busy_port):
    assert main(["feeds", "add", "https://news.example/feed.xml"]) == 0  # a database to serve
    capsys.readouterr()
    assert main(["web", "--listen", f"127.0.0.1:{busy_port}"]) == 1  # an operation that failed
    err = capsys.readouterr().err
    assert f"--listen: cannot listen on 127.0.0.1:{busy_port}" in err and "web.listen" not in err, err
    (env / "s.toml").write_text(f"[web]\nlisten = '127.0.0.1:{busy_port}'\n")
    assert main(["--config", str(env / "s.toml"), "web"]) == 1
    assert f"web.listen: cannot listen on 127.0.0.1:{busy_port}" in capsys.readouterr().err
    for bad in ("BAD", "[::1:80", "127.0.0.1:99999"):
        assert main(["web", "--listen", bad]) == 2
        err = capsys.readouterr().err
        assert "--listen:" in err and "is not host:port" in err and "web.listen" not in err, err
        # An option of the command line, not a setting (README: "Exit status").
        assert err.startswith("pledgewatch: error: --listen:"), err


def test_a_rule_holding_a_line_break_is_refused_and_every_rule_lists_on_one_line(env, capsys):
    assert main(["rules", "list"]) == 0  # the shipped rules: some wrap over lines in the rules file
    listed = capsys.readouterr().out.splitlines()
    assert all(line[:4].strip().isdigit() for line in listed[:-1]) and listed[-1].startswith("threshold ")
    count = len(listed)
    for args in (["rules", "add", "aid", "Patriot NEAR/5\n@ukraine"], ["rules", "edit", "1", "tank\tOR x"],
                 ["rules", "add", "aid", "Patriot\x1b[2J NEAR/5 @ukraine"]):
        assert main(args) == 2
        err = capsys.readouterr().err
        assert len(err.strip().splitlines()) == 1 and "write the rule on one line" in err, err
    assert "a line break at character 15" in _last_error(capsys, ["rules", "add", "aid", "Patriot NEAR/5\n@ukraine"])
    assert main(["rules", "add", "aid", "  Patriot NEAR/5 @ukraine \n"]) == 0  # blanks around it are dropped
    capsys.readouterr()
    assert main(["rules", "list"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == count + 1


def _last_error(capsys, args) -> str:
    capsys.readouterr()
    main(args)
    return capsys.readouterr().err


def test_chat_rule_add_and_edit_refuse_a_line_break_and_rules_lists_one_line_each(table, store):
    before = run(table, ADMIN, "/rules")
    for line in ("/rule_add aid Patriot NEAR/5\n@ukraine", "/rule_edit 1 tank\nOR x"):
        reply = run(table, ADMIN, line)
        assert "write the rule on one line" in reply, reply
    assert run(table, ADMIN, "/rules") == before
    lines = before.splitlines()[1:]
    assert len(lines) == len(store.list_rules()) and all(line.startswith("#") for line in lines)


@pytest.mark.parametrize("args", [["db", "stats"], ["db", "backup", "copy.db"], ["pledges"], ["pledges", "summary"],
                                  ["pledges", "export"], ["stories"], ["stories", "--json"], ["audit"], ["status"]])
def test_read_only_commands_refuse_a_database_that_does_not_exist(env, capsys, args):
    # An empty database made on the spot looked like a healthy tracker with nothing found.
    assert main(args) == 1
    captured = capsys.readouterr()
    assert captured.err == (f"pledgewatch: error: no database at {env / CLI_DB} (nothing has run with these "
                            "settings; check --config / PLEDGEWATCH_DB, or start `pledgewatch run`, or "
                            "`pledgewatch demo --db demo.db` then PLEDGEWATCH_DB=demo.db for sample pledges)\n")
    assert captured.out == ""
    assert not (env / CLI_DB).exists() and not (env / "copy.db").exists()


def test_commands_that_store_things_still_create_the_database(env, capsys):
    (env / "rules.toml").write_text('threshold = 2.0\n[[rule]]\ntopic = "aid"\n'
                                    'expression = "Patriot NEAR/5 @ukraine"\n')
    assert main(["rules", "import", str(env / "rules.toml")]) == 0
    assert (env / CLI_DB).exists()
    (env / CLI_DB).unlink()
    assert main(["feeds", "add", "https://news.example/feed.xml"]) == 0
    assert (env / CLI_DB).exists()
    assert main(["db", "stats"]) == 0 and main(["pledges"]) == 0 and main(["stories"]) == 0


@pytest.mark.parametrize("args, words", [
    (["rules", "edit", "999999", "tank"], "no rule with id 999999"),
    (["rules", "remove", "999999"], "no rule with id 999999"),
    (["rules", "add", "aid", "the OR a OR le OR la OR der OR die"], "Repeat with --force"),
    (["rules", "add", "aid", "tank NEAR/"], "invalid rule"),
    (["feeds", "remove", "999999"], "no such feed"),
    (["rules", "undo"], "the last change was a bulk import"),  # the seed rules: nothing of the user's to undo
    (["db", "backup", "taken.db"], "already exists"),
])
def test_input_that_is_wrong_exits_2_with_one_line(env, capsys, args, words):
    assert main(["feeds", "add", "https://news.example/feed.xml"]) == 0  # the database, without rule changes
    (env / "taken.db").write_text("")
    capsys.readouterr()
    assert main(args) == 2
    err = capsys.readouterr().err
    assert words in err and len(err.strip().splitlines()) == 1, err


def test_an_operation_that_fails_exits_1(env, capsys):
    assert main(["feeds", "add", "https://news.example/feed.xml"]) == 0
    assert main(["db", "backup", str(env / "no" / "such" / "folder" / "copy.db")]) == 1
    assert main(["rules", "export", str(env)]) == 1  # a folder: cannot be written
