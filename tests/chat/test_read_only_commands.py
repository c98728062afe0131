"""A command that only reads creates, migrates and fills no database. Where none exists
yet, `rules list`, `rules export`, `rules test` and `feeds list` show what a new one would
start from (the settings' rules file and feeds) and say so on stderr; the commands that
read stored results say there is none (exit 1); only the commands that store things create
it. A database an older pledgewatch made is refused by them (`db upgrade` upgrades it),
and `db backup` copies it as it is. Real SQLite files in the test's folder, the real CLI
through its main function."""

from __future__ import annotations

import argparse
import io
import sys

import pytest

from bot.cli import main
from bot.cli.parser import build_parser
from tests.conftest import CLI_DB, first_run_database

RULES = 'threshold = 1.5\n[[rule]]\ntopic = "aid"\nexpression = "zorblax NEAR/5 @ukraine"\nweight = 1.0\n'


def _files(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.parametrize("args", [["rules", "list"], ["rules", "export"], ["rules", "test", "Patriot missiles for Ukraine"]])
def test_rule_commands_show_the_rules_a_new_database_starts_from_and_create_none(env, capsys, args):
    assert main(args) == 0
    before = capsys.readouterr()
    assert _files(env) == []  # no database, no -wal, -shm or .lock beside it
    assert before.err == (f"pledgewatch: no database at {env / CLI_DB} yet: these are the rules a new one starts "
                          "from (" + str(build_settings_rules_file()) + "); none was created\n")
    first_run_database()
    assert main(args) == 0
    after = capsys.readouterr()
    assert after.out == before.out and after.err == ""  # exactly what the new database holds


def build_settings_rules_file():
    from bot.config import load_settings, seed_rules_file

    return seed_rules_file(load_settings())


def test_the_rules_shown_without_a_database_are_those_of_the_rules_file_the_settings_name(env, capsys):
    (env / "r.toml").write_text(RULES)
    (env / "s.toml").write_text('rules = "r.toml"\n')
    settings = ["--config", str(env / "s.toml")]
    assert main([*settings, "rules", "list"]) == 0
    listed = capsys.readouterr()
    assert listed.out == "   1  aid                  1  zorblax NEAR/5 @ukraine\nthreshold 1.5\n"
    assert f"rules a new one starts from ({env / 'r.toml'})" in listed.err
    assert main([*settings, "rules", "test", "zorblax sent to Ukraine"]) == 0
    assert "+1 aid (rule 1): zorblax, Ukraine" in capsys.readouterr().out
    assert main([*settings, "rules", "export", str(env / "out.toml")]) == 0
    assert "zorblax NEAR/5 @ukraine" in (env / "out.toml").read_text()
    assert _files(env) == ["out.toml", "r.toml", "s.toml"]


def test_the_note_follows_the_json_log_format(env, capsys):
    import json

    assert main(["--log-format", "json", "rules", "list"]) == 0
    record = json.loads(capsys.readouterr().err)
    assert record["level"] == "WARNING" and "these are the rules a new one starts from" in record["message"]
    assert not (env / CLI_DB).exists()


def test_feeds_list_shows_the_settings_feeds_without_their_secrets_and_stores_none(env, capsys):
    (env / "s.toml").write_text('[[feed]]\nurl = "https://alice:s3cret@private.example/feed.xml?key=TOPSECRET"\n'
                                '[[feed]]\nurl = "https://open.example/rss"\nname = "Open wire"\n')
    settings = ["--config", str(env / "s.toml")]
    assert main([*settings, "feeds", "list"]) == 0
    listed = capsys.readouterr()
    assert listed.out == ("   1  https://private.example/feed.xml  [https://private.example/feed.xml]  not polled yet\n"
                          "   2  https://open.example/rss  [Open wire]  not polled yet\n")
    assert listed.err.splitlines() == [
        f"pledgewatch: no database at {env / CLI_DB} yet: these are the 2 feeds the settings ({env / 's.toml'}) "
        "would add to a new one; none is stored yet",
        "pledgewatch: 1 feed URL(s) shown without user name, password, query or fragment; "
        "`feeds list --show-secrets` shows them whole",
    ]
    assert main([*settings, "feeds", "list", "--show-secrets"]) == 0
    assert "https://alice:s3cret@private.example/feed.xml?key=TOPSECRET" in capsys.readouterr().out
    assert _files(env) == ["s.toml"]
    first_run_database(config=env / "s.toml")  # the settings' feeds are now stored, under the ids shown
    assert main([*settings, "feeds", "list"]) == 0
    stored = capsys.readouterr()
    assert stored.out == listed.out and "no database" not in stored.err


def test_feeds_list_with_no_database_and_no_feed_says_how_to_add_one(env, capsys):
    (env / "s.toml").write_text('poll_interval = 600\n')
    assert main(["--config", str(env / "s.toml"), "feeds", "list"]) == 0
    listed = capsys.readouterr()
    assert listed.out == "" and "no feed in the settings" in listed.err and "`pledgewatch feeds add URL`" in listed.err
    assert _files(env) == ["s.toml"]


def test_a_stored_feeds_error_and_old_style_name_hide_its_key_too(env, capsys):
    from datetime import datetime, timezone

    from bot.adapters.sqlite_store import SqliteStore
    from bot.core.models import Feed, FeedState

    url = "https://bob:hunter2@private.example/feed.xml?token=ABCDEF"
    store = SqliteStore(first_run_database())
    store.add_feed(Feed(url=url, name=url), datetime.now(timezone.utc))  # named by its URL, as older versions did
    # An error stored by an older version, quoting the URL whole.
    store.save_feed_state(store.feed_by_url(url).id, FeedState(last_error=f"cannot fetch {url}: timed out", failures=1))
    store.close()
    assert main(["feeds", "list"]) == 0
    listed = capsys.readouterr()
    line = next(line for line in listed.out.splitlines() if "private.example" in line)
    assert line.endswith("https://private.example/feed.xml  [https://private.example/feed.xml]  "
                         "failing (1x): cannot fetch https://private.example/feed.xml: timed out"), line
    assert not any(secret in listed.out + listed.err for secret in ("bob", "hunter2", "ABCDEF"))
    assert main(["feeds", "list", "--show-secrets"]) == 0
    assert f"  {url}  [{url}]  failing (1x): cannot fetch {url}: timed out" in capsys.readouterr().out


@pytest.mark.parametrize("args", [["reanalyze"], ["reanalyze", "--dry-run"], ["rules", "test", "--stored", "tank"]])
def test_commands_that_work_on_stored_articles_refuse_a_missing_database(env, capsys, args):
    assert main(args) == 1
    captured = capsys.readouterr()
    assert captured.err.startswith(f"pledgewatch: error: no database at {env / CLI_DB} (nothing has run")
    assert captured.out == "" and _files(env) == []


def test_a_bad_period_is_still_named_first(env, capsys):
    assert main(["reanalyze", "--since", "yesterday"]) == 2
    assert "--since: 'yesterday' is not a period" in capsys.readouterr().err
    assert _files(env) == []


def test_rules_undo_without_a_database_has_nothing_to_undo(env, capsys):
    assert main(["rules", "undo"]) == 2
    assert capsys.readouterr().err == f"pledgewatch: error: nothing to undo: no database at {env / CLI_DB} yet\n"
    assert _files(env) == []


def _subcommands(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found = []
    for action in parser._actions:  # argparse offers no public walk of sub-commands
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found += _subcommands(sub, (*prefix, name)) or [(*prefix, name)]
    return found


# Each command with the least it needs; `run` (until stopped) and `demo` (a database of its
# own, or the new file --db names) are left out. Settings without feeds: `poll` fetches nothing.
_ARGUMENTS = {
    ("poll",): [], ("analyze",): [], ("reanalyze",): [], ("web",): [], ("pledges",): [], ("stories",): [],
    ("status",): [], ("audit",): [], ("db", "stats"): [], ("db", "backup"): ["copy.db"], ("db", "upgrade"): [],
    ("rules", "list"): [], ("rules", "add"): ["aid", "zorblax NEAR/5 @ukraine"], ("rules", "edit"): ["1", "tank"],
    ("rules", "remove"): ["1"], ("rules", "undo"): [], ("rules", "test"): ["tank"], ("rules", "import"): ["r.toml"],
    ("rules", "export"): [], ("rules", "diff"): ["r.toml"], ("feeds", "list"): [], ("feeds", "add"): ["https://news.example/feed.xml"],
    ("feeds", "remove"): ["https://news.example/feed.xml"], ("chat",): ["/topics"],
}
CREATE_THE_DATABASE = {("poll",), ("rules", "add"), ("rules", "edit"), ("rules", "remove"), ("rules", "import"),
                       ("feeds", "add"), ("feeds", "remove"), ("chat",)}


def test_every_command_is_checked_for_creating_a_database():
    assert set(_subcommands(build_parser())) == set(_ARGUMENTS) | {("run",), ("demo",)}


@pytest.mark.parametrize("command", sorted(_ARGUMENTS))
def test_only_commands_that_store_things_create_the_database(env, capsys, monkeypatch, command):
    (env / "s.toml").write_text('poll_interval = 600\n')  # no feeds
    (env / "r.toml").write_text(RULES)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    main(["--config", str(env / "s.toml"), *command, *_ARGUMENTS[command]])
    created = (env / CLI_DB).exists()
    assert created == (command in CREATE_THE_DATABASE), (command, capsys.readouterr())


def test_a_private_feed_listed_without_its_key_is_polled_by_its_id(env, capsys, feed_server):
    from tests.support.servers import rss

    feed_server.set_feed("/private.xml", rss([{"title": "Quiet day", "link": "https://n.example/q",
                                               "description": "Nothing of note happened."}]))
    url = feed_server.url("/private.xml").replace("http://", "http://alice:s3cret@") + "?key=TOPSECRET"
    (env / "s.toml").write_text(f'[[feed]]\nurl = "{url}"\n')
    settings = ["--config", str(env / "s.toml")]
    assert main([*settings, "feeds", "add", "https://other.example/feed.xml"]) == 0
    capsys.readouterr()
    assert main([*settings, "feeds", "list"]) == 0
    listed = capsys.readouterr().out
    assert listed.startswith(f"   1  {feed_server.url('/private.xml')}  ") and "s3cret" not in listed
    assert main([*settings, "poll", "--feed", feed_server.url("/private.xml")]) == 2  # the shortened URL is not it
    assert "is not a known feed" in capsys.readouterr().err
    assert main([*settings, "poll", "--feed", "1"]) == 0
    polled = capsys.readouterr().out
    assert polled.endswith("1 feeds polled, 0 failed\n") and "s3cret" not in polled
    assert main([*settings, "poll", "--feed", "99"]) == 2
    assert capsys.readouterr().err == "pledgewatch: error: --feed: no feed with id 99 (see `pledgewatch feeds list`)\n"


READING = [["status"], ["pledges"], ["stories"], ["audit"], ["db", "stats"], ["rules", "list"], ["rules", "export"],
           ["rules", "test", "tank"], ["rules", "test", "--stored", "tank"], ["rules", "diff"], ["feeds", "list"],
           ["reanalyze", "--dry-run"]]


def _content(path) -> list[str]:
    import sqlite3

    with sqlite3.connect(path) as db:
        return list(db.iterdump())


def _forget_migration(path, version: int) -> None:
    """The database as a pledgewatch before `version` left it (as far as what is recorded goes)."""
    import sqlite3

    with sqlite3.connect(path) as db:
        db.execute("DELETE FROM schema_migrations WHERE version = ?", [version])


def test_commands_that_only_read_refuse_an_older_database_and_change_nothing(env, capsys):
    database = first_run_database()
    _forget_migration(database, 21)
    before = _content(database)
    for args in READING:
        assert main(args) == 1, args
        captured = capsys.readouterr()
        assert captured.err == (f"pledgewatch: error: database {database} is from an older pledgewatch (it lacks schema "
                                "version 21); `pledgewatch db upgrade` upgrades it, as `run` and `poll` do at start "
                                "(`pledgewatch db backup FILE` first keeps a copy as it is)\n"), args
        assert captured.out == ""
    assert _content(database) == before
    assert main(["db", "backup", str(env / "before.db")]) == 0  # the copy from before the upgrade
    assert _content(env / "before.db") == before
    assert main(["db", "upgrade"]) == 0
    assert capsys.readouterr().out.endswith(f"database {database} upgraded: schema version(s) 21 applied\n")
    assert main(["db", "upgrade"]) == 0
    assert capsys.readouterr().out == f"database {database} is up to date\n"
    assert main(["status"]) == 0 and main(["rules", "list"]) == 0
    assert _content(env / "before.db") == before


def test_commands_that_only_read_add_no_feed_or_rule_to_an_existing_database(env, capsys):
    (env / "s.toml").write_text('[[feed]]\nurl = "https://first.example/feed.xml"\n')
    database = first_run_database(config=env / "s.toml")
    (env / "s.toml").write_text('[[feed]]\nurl = "https://first.example/feed.xml"\n'
                                '[[feed]]\nurl = "https://later.example/feed.xml?key=TOPSECRET"\n')
    settings = ["--config", str(env / "s.toml")]
    before = _content(database)
    for args in READING:
        assert main([*settings, *args]) in (0, 3), args
    assert _content(database) == before  # neither the new feed nor anything else written
    capsys.readouterr()
    assert main([*settings, "feeds", "list"]) == 0
    listed = capsys.readouterr()
    assert "first.example" in listed.out and "later.example" not in listed.out
    assert listed.err == ("pledgewatch: 1 feed(s) of the settings not stored yet (the next `pledgewatch run` or "
                          "`poll` adds them): https://later.example/feed.xml\n")
    assert main([*settings, "feeds", "add", "https://third.example/feed.xml"]) == 0  # a write: the settings' too
    capsys.readouterr()
    assert main([*settings, "feeds", "list"]) == 0
    listed = capsys.readouterr()
    assert "later.example" in listed.out and "not stored yet" not in listed.err


def test_an_empty_file_is_not_taken_for_a_database(env, capsys):
    (env / CLI_DB).write_bytes(b"")
    for args in (["status"], ["rules", "list"], ["feeds", "list"]):
        assert main(args) == 1
        assert capsys.readouterr().err == (f"pledgewatch: error: database {env / CLI_DB} holds no pledgewatch tables "
                                           "(an empty file?); `pledgewatch run` sets it up\n")
    import sqlite3

    with sqlite3.connect(env / CLI_DB) as db:  # opening it wrote SQLite's header at most
        assert db.execute("SELECT name FROM sqlite_master").fetchall() == []
