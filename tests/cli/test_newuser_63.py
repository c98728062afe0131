"""A new user at the command line, stop 63 (the real parser, the real console chat on a real
SQLite file; the words are invented).

- argparse matched an option by any prefix: `status --healt` ran `--health`, `pledges --lim 3`
  ran `--limit`, so a typo did something other than what was typed (and an option added later
  could change what an old abbreviation meant). Options are now matched whole, and a mistyped
  one is refused naming the one it is near, before the command too (`--conf my.toml status`
  was "invalid choice: 'my.toml'").
- In `pledgewatch chat`, where the slash may be left out, a line of plain words ("hello") was
  answered "Unknown command /hello": a slash the user never typed. It is now told how a line is
  written, with the `search` line for its words; a typo of a command is still named.
- `pledges` filters typed with a Cyrillic letter that looks Latin read as they show.
"""

from __future__ import annotations

import io
import sys

import pytest

from bot.cli import main
from bot.cli.parser import build_parser


@pytest.mark.parametrize(("words", "meant"), [
    (["status", "--healt"], "--health"),
    (["pledges", "--lim", "3"], "--limit"),
    (["pledges", "export", "--form", "json"], "--format"),
    (["--conf", "my.toml", "status"], "--config"),
    (["--log-level", "debug", "--conf=my.toml", "status"], "--config"),
    (["chat", "--conf", "my.toml", "/latest"], "--config"),
])
def test_an_abbreviated_option_is_refused_naming_the_whole_one(words, meant, capsys):
    with pytest.raises(SystemExit) as stopped:
        build_parser().parse_args(words)
    assert stopped.value.code == 2
    said = capsys.readouterr().err
    assert f"did you mean {meant}?" in said, said
    assert "invalid choice" not in said, said


def test_whole_options_and_their_values_still_read():
    args = build_parser().parse_args(["--log-level", "debug", "--config=my.toml", "pledges", "--limit", "3"])
    assert (args.log_level, args.config, args.limit) == ("DEBUG", "my.toml", 3)
    words = build_parser().parse_args(["chat", "--config", "my.toml", "/search", "--limit"]).words
    assert words == ["/search", "--limit"]  # a chat command's own words are its own


def _session(monkeypatch, capsys, *lines: str) -> str:
    monkeypatch.setattr(sys, "stdin", io.StringIO("".join(f"{line}\n" for line in lines)))
    capsys.readouterr()
    assert main(["chat"]) == 0
    return capsys.readouterr().out


def test_plain_words_at_the_console_are_told_how_a_command_is_written(new_db, capsys, monkeypatch):
    out = _session(monkeypatch, capsys, "hello", "what about the tanks", "lates 3", "/hello")
    assert "'hello' is not a command: a line starts with a command's name, the slash optional" in out, out
    assert "send: search hello\n" in out
    assert "send: search what about the tanks\n" in out
    assert "Unknown command /hello." in out  # typed with its slash: as in every chat
    assert out.count("Unknown command") == 2  # `lates 3` and `/hello`, not the plain words
    assert "did you mean /latest 3?" in out  # a typo is still named, not searched


def test_plain_words_are_told_in_the_consoles_language(new_db, capsys, monkeypatch):
    out = _session(monkeypatch, capsys, "lang fr", "bonjour")
    assert "« bonjour » n'est pas une commande" in out and "envoyez : search bonjour" in out, out


def test_a_pledges_filter_with_a_lookalike_letter_is_read_as_it_shows(new_db, capsys):
    assert main(["chat", "/pledges", "G\u0435rmany", "30d"]) == 0  # a Cyrillic "е"
    said = capsys.readouterr().out
    assert "mixes scripts" not in said and "not understood" not in said, said
    assert main(["pledges", "G\u0435rmany"]) in (0, 1)
    assert "mixes scripts" not in capsys.readouterr().err


def test_status_ends_with_what_to_do_about_the_feeds_it_lists(env, capsys, feed_server, monkeypatch):
    # A first start without network listed every shipped feed FAILING, then a count, and left
    # the newcomer to guess whether to mend each feed or wait.
    from tests.support.servers import rss

    (env / "own.toml").write_text("poll_interval = 600\n", encoding="utf-8")  # no feeds of its own
    monkeypatch.setenv("PLEDGEWATCH_CONFIG", str(env / "own.toml"))
    feed_server.set_status("/bad.xml", 503)
    feed_server.set_feed("/ok.xml", rss([]))
    assert main(["feeds", "add", feed_server.url("/bad.xml")]) == 0
    assert main(["feeds", "add", feed_server.url("/later.xml")]) == 0
    capsys.readouterr()
    assert main(["status"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == (
        "next: `pledgewatch run` (or `pledgewatch poll`, once) polls the feeds not polled yet")
    main(["poll", "--feed", feed_server.url("/bad.xml")])
    main(["feeds", "remove", feed_server.url("/later.xml")])
    capsys.readouterr()
    assert main(["status"]) == 3
    assert capsys.readouterr().out.splitlines()[-1].startswith(
        "next: every feed failed its last poll; when their errors are alike")
    assert main(["feeds", "add", feed_server.url("/ok.xml")]) == 0
    main(["poll", "--feed", feed_server.url("/ok.xml")])
    capsys.readouterr()
    assert main(["status"]) == 3
    assert capsys.readouterr().out.splitlines()[-1].startswith(
        "next: a failing feed is tried again at its next try (at once: `pledgewatch poll --feed URL`)")
