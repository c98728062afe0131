"""`pledgewatch chat`: a user without a Telegram or Discord token types the chat commands
at the terminal. The README's quick start tells them how; before this command there was
no way to subscribe the console to some topics, or to try /pledges, /rules or /rule_add as
they read in chat (the command line's `pledges` and `rules` differ in form)."""

from __future__ import annotations

import io
import re
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.adapters.console_chat import CONSOLE_CHAT_ID, ConsoleChat
from bot.cli import main
from tests.support.scratch_apps import console_start_line, prepared_app
from tests.support.seed_feed import seed_item
from tests.support.servers import FeedServer, rss

REPO = Path(__file__).resolve().parents[2]


def _session(monkeypatch, capsys, *lines: str) -> str:
    """What a chat session reading `lines` from standard input prints."""
    monkeypatch.setattr(sys, "stdin", io.StringIO("".join(f"{line}\n" for line in lines)))
    capsys.readouterr()
    assert main(["chat"]) == 0
    return capsys.readouterr().out


def _poll_a_pledge() -> None:
    """A seed article polled into the database: a pledge for /pledges chart to draw."""
    with FeedServer() as server:
        server.set_feed("/dw.xml", rss([seed_item(0, datetime.now(UTC))], lang="fr"))
        assert main(["feeds", "add", server.url("/dw.xml"), "--name", "DW"]) == 0
        assert main(["poll", "--feed", server.url("/dw.xml")]) == 0


def test_one_command_given_after_chat_is_answered_as_in_chat(new_db, capsys):
    assert main(["chat", "/pledges", "germany", "30d"]) == 0
    captured = capsys.readouterr()
    assert "No pledges" in captured.out and "Germany" in captured.out  # the chat's answer, filters as read
    assert new_db.exists()  # it stores what its commands change, as `rules add` does
    assert f"no database at {new_db} yet: a new one is made" in captured.err
    assert main(["chat", "/topics"]) == 0
    assert "no database" not in capsys.readouterr().err


def test_a_commands_own_flags_given_after_chat_are_its_words(new_db, capsys):
    # argparse took --force for an option of `chat` and refused it ("unrecognized arguments").
    assert main(["chat", "/rule_add", "drones", '"Shahed 999"', "--new-topic", "--force"]) == 0
    assert "added" in capsys.readouterr().out
    assert main(["rules", "list"]) == 0
    assert re.search(r"drones +1 +\"Shahed 999\"", capsys.readouterr().out)


def test_a_session_subscribes_the_console_adds_a_rule_and_ends_at_quit(new_db, capsys, monkeypatch):
    out = _session(monkeypatch, capsys, "/subscribe tanks", "", "topics",
                   '/rule_add tanks "Leopard 9" NEAR/5 @ukraine', "/nosuchcommand", "quit", "/help")
    assert "Subscribed to: tanks" in out
    assert "This chat follows: tanks" in out  # `topics` without its slash is /topics
    assert "Rule" in out and "added" in out  # the console's user is a bot admin
    assert "Unknown command /nosuchcommand" in out
    assert "/rule_add <topic>" not in out  # nothing after `quit` is run
    capsys.readouterr()
    assert main(["rules", "list"]) == 0
    assert '"Leopard 9" NEAR/5 @ukraine' in capsys.readouterr().out
    assert main(["audit", "--action", "rule."]) == 0
    # Who added it: the console chat, named as such ("console:cli" named its inner user id).
    (line,) = capsys.readouterr().out.splitlines()[:1]
    assert line.split()[3:5] == ["console", "rule.add"], line  # after "DATE TIME UTC"


def test_run_prints_the_topics_the_console_chat_chose(new_db, capsys, monkeypatch):
    _session(monkeypatch, capsys, "/subscribe tanks")
    app = prepared_app(new_db.parent, new_db.name)
    try:
        app.use_chats([ConsoleChat(io.StringIO())])  # what `run` does without a token
        (console,) = app.store.subscriptions("console")
        assert console.chat_id == CONSOLE_CHAT_ID and console.topics == ("tanks",)
    finally:
        app.close()


def test_run_says_at_start_what_the_console_follows(new_db, capsys, monkeypatch):
    # Topics or a digest chosen in a chat session long ago would look like alerts gone missing.
    def start_line() -> str:
        return console_start_line(new_db)

    assert "this console (no TELEGRAM_BOT_TOKEN or DISCORD_BOT_TOKEN set), every topic (" in start_line()
    _session(monkeypatch, capsys, "/subscribe tanks artillery", "/mode digest 20:00")
    line = start_line()
    assert "topics artillery, tanks" in line or "topics tanks, artillery" in line
    assert "in a daily digest at 20:00 UTC" in line
    _session(monkeypatch, capsys, "/subscribe", "/unsubscribe tanks", "/mode instant")
    line = start_line()
    assert "every topic but tanks" in line and "digest" not in line


def test_the_console_follows_every_topic_from_the_first_session_as_run_makes_it(new_db, capsys, monkeypatch):
    # It said "This chat is not subscribed." before the first `run`, which then printed every topic.
    out = _session(monkeypatch, capsys, "/topics")
    assert "This chat follows every topic" in out or "follows: every topic" in out, out
    assert "not subscribed" not in out


def test_with_a_token_set_chat_says_its_subscription_changes_nothing_run_sends(new_db, capsys, monkeypatch):
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123456789:AAtesttokentesttokentesttokentestto")
    monkeypatch.setattr(sys, "stdin", io.StringIO("/subscribe tanks\n"))
    assert main(["chat"]) == 0
    captured = capsys.readouterr()
    assert "a chat token is set, so `run` alerts the chats that subscribed, not this console" in captured.err


def test_run_keeps_the_console_unsubscribed_after_unsubscribe(new_db, capsys, monkeypatch):
    # Since stop 64: an /unsubscribe from everything lasts until /subscribe (the next start of
    # `run` had subscribed the console to every topic again, and a digest still came).
    out = _session(monkeypatch, capsys, "/subscribe tanks", "/unsubscribe")
    assert "Unsubscribed" in out
    assert "`run` prints no alert and no digest in this console now, at its next start too" in out
    app = prepared_app(new_db.parent, new_db.name)
    try:
        assert not app.store.subscriptions("console")
        app.use_chats([ConsoleChat(io.StringIO())])
        assert not app.store.subscriptions("console")
    finally:
        app.close()
    _session(monkeypatch, capsys, "/subscribe")
    app = prepared_app(new_db.parent, new_db.name)
    try:
        app.use_chats([ConsoleChat(io.StringIO())])
        (console,) = app.store.subscriptions("console")
        assert console.topics == ()
    finally:
        app.close()


def test_a_chart_is_written_to_pledges_png(new_db, capsys, monkeypatch):
    _poll_a_pledge()
    out = _session(monkeypatch, capsys, "/pledges chart")
    assert "chart written to pledges.png" in out
    assert (new_db.parent / "pledges.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_feed_add_says_what_the_new_feed_holds(new_db, capsys, monkeypatch, tmp_path):
    # A loopback feed is allowed from chat only when the settings say so.
    settings = tmp_path / "mine.toml"
    settings.write_text('chat_feed_addresses = "loopback"\n', encoding="utf-8")
    with FeedServer() as server:
        server.set_feed("/f.xml", rss([seed_item(0, datetime.now(UTC)), seed_item(1, datetime.now(UTC))]))
        monkeypatch.setattr(sys, "stdin", io.StringIO(f"/feed_add {server.url('/f.xml')} Mine\n"))
        capsys.readouterr()
        assert main(["--config", str(settings), "chat"]) == 0
    out = capsys.readouterr().out
    assert "Mine" in out
    assert "it holds 2 item(s)" in out  # the check the chat adapters send after /feed_add


def test_a_chart_that_cannot_be_written_is_said_and_the_session_goes_on(new_db, capsys, monkeypatch):
    _poll_a_pledge()
    (new_db.parent / "pledges.png").mkdir()  # a folder where the file would go
    out = _session(monkeypatch, capsys, "/pledges chart", "/topics")
    assert "chart not written: pledges.png" in out
    assert "Topics:" in out


def test_the_commands_that_change_an_older_database_migrate_it_as_the_readme_says(env, capsys, monkeypatch):
    # The README named only run, poll and db upgrade: `rules add` and `chat` upgraded an older
    # database all the same, unsaid.
    import sqlite3

    from tests.conftest import first_run_database

    readme = " ".join((REPO / "README.md").read_text(encoding="utf-8").split())
    for words in (["rules", "add", "tanks", '"Leopard 11" NEAR/5 @ukraine'], ["chat", "/subscribe", "tanks"]):
        database = first_run_database()
        with sqlite3.connect(database) as db:
            db.execute("DELETE FROM schema_migrations WHERE version = 21")
        assert main(words) == 0
        with sqlite3.connect(database) as db:
            assert db.execute("SELECT 1 FROM schema_migrations WHERE version = 21").fetchone(), words
        database.unlink()
        guarantee = readme.split("**No upgrade by a read.**")[1].split(" migrate one an older")[0]
        assert ("`rules add`" if words[0] == "rules" else "`chat`") in guarantee


def _start_with(chats, db: Path):
    """What `run` or `poll` does with `chats` at its start, on the database `db`."""
    app = prepared_app(db.parent, db.name)
    try:
        app.use_chats(chats)
    finally:
        app.close()


class _TokenChat:
    """A chat platform whose token is set: all `use_chats` reads of it is its name."""

    platform = "telegram"


def test_a_start_with_a_token_set_keeps_the_topics_the_console_chose(new_db, capsys, monkeypatch):
    # A poll with TELEGRAM_BOT_TOKEN set once parked the console; the next run without a
    # token subscribed it again to every topic, and its chosen topics were gone.
    _session(monkeypatch, capsys, "/subscribe tanks", "/unsubscribe drones", "/mode digest 07:00")
    _start_with([_TokenChat()], new_db)
    _start_with([_TokenChat()], new_db)  # parked twice: still its own topics after
    out = _session(monkeypatch, capsys, "/topics", "/mode")
    assert "This chat follows: tanks" in out, out
    assert "07:00" in out
    app = prepared_app(new_db.parent, new_db.name)
    try:
        app.use_chats([ConsoleChat(io.StringIO())])
        (console,) = app.store.subscriptions("console")
        assert console.topics == ("tanks",) and console.mode == "digest"
    finally:
        app.close()


def test_an_unsubscribe_while_parked_is_kept_at_the_next_start(new_db, capsys, monkeypatch):
    # An /unsubscribe from all sent while a token parked the console: its topics do not come back.
    _session(monkeypatch, capsys, "/subscribe tanks")
    _start_with([_TokenChat()], new_db)
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123456789:AAtesttokentesttokentesttokentestto")
    _session(monkeypatch, capsys, "/unsubscribe")
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN")
    out = _session(monkeypatch, capsys, "/topics")
    assert "not subscribed" in out, out


@pytest.mark.parametrize("line", ["\ufeff/latest 1\r", "\x1b[A/latest 1", "\u200b /latest 1 ", "\xa0/latest 1"])
def test_what_cannot_be_seen_before_the_slash_is_dropped(new_db, capsys, monkeypatch, line):
    # A BOM (a command file saved on Windows) or an up-arrow typed at the prompt came
    # before the slash check, and the line read "Unknown command //latest".
    out = _session(monkeypatch, capsys, line)
    assert "Unknown command" not in out, out
    capsys.readouterr()
    assert main(["chat", line]) == 0
    assert "Unknown command" not in capsys.readouterr().out


def test_the_one_command_form_reads_as_a_line_does(new_db, capsys, monkeypatch):
    assert main(["chat", " /latest 1"]) == 0  # was "Unknown command /."
    assert "Unknown command" not in capsys.readouterr().out
    assert main(["chat", "quit"]) == 0  # was "Unknown command /quit"
    assert capsys.readouterr().out == ""
    # No command given, as `chat` alone: the lines of standard input are read.
    monkeypatch.setattr(sys, "stdin", io.StringIO("/topics\n"))
    assert main(["chat", ""]) == 0
    out = capsys.readouterr().out
    assert "Unknown command" not in out and "follows" in out, out


@pytest.mark.parametrize("words, tested", [
    (["/rule_test", "Leopard", "--", "Kyiv"], "Leopard -- Kyiv"),  # `--` was dropped
    (["/rule_test", "Berlin", "-h"], "Berlin -h"),  # was chat's usage, exit 0, no test
    (["/rule_test", "Berlin", "-Kiew", "--log"], "Berlin -Kiew --log"),  # was an ambiguous-option error
    (["/rule_test", "Berlin", "--log-level", "debug"], "Berlin --log-level debug"),  # was taken silently
])
def test_every_word_after_the_chat_command_is_its_own(new_db, capsys, monkeypatch, words, tested):
    seen = []
    from bot.cli.commands import chat as chat_command

    monkeypatch.setattr(chat_command, "_answer", lambda app, table, console, line, out: seen.append(line))
    assert main(["chat", *words]) == 0
    assert seen == [f"/rule_test {tested}"]


def test_options_before_the_chat_commands_words_are_still_chats(new_db, capsys, monkeypatch):
    from bot.cli.commands import chat as chat_command

    seen = []
    monkeypatch.setattr(chat_command, "_answer", lambda app, table, console, line, out: seen.append(line))
    assert main(["chat", "--log-level", "warning", "--", "/latest", "1"]) == 0
    assert seen == ["/latest 1"]
    with pytest.raises(SystemExit) as ended:
        main(["chat", "-h"])
    assert ended.value.code == 0 and "one command and its words" in capsys.readouterr().out


def test_no_digest_is_promised_after_unsubscribe(new_db, capsys, monkeypatch):
    # The note had said "`run` prints every topic again at its next start, in its daily digest at 07:00 UTC".
    out = _session(monkeypatch, capsys, "/mode digest 07:00", "/unsubscribe")
    assert "no alert and no digest" in out and "07:00" not in out.split("Unsubscribed")[1], out


class _CountingInput(io.StringIO):
    """Standard input that keeps the longest piece one readline returned."""

    longest = 0

    def readline(self, size=-1):  # noqa: ANN001, ANN201 - io's signature
        line = super().readline(size)
        self.longest = max(self.longest, len(line))
        return line


def test_a_line_of_stdin_is_read_up_to_a_cap_and_the_next_line_runs(new_db, capsys, monkeypatch):
    # 200 MB without a newline was read whole (455 MB of memory) for a command the table
    # reads 4,096 characters of.
    stdin = _CountingInput("/topics " + "x" * 200_000 + "\n/latest 1\n")
    monkeypatch.setattr(sys, "stdin", stdin)
    assert main(["chat"]) == 0
    captured = capsys.readouterr()
    assert "a line longer than 16,384 characters was cut there" in captured.err
    assert stdin.longest <= 16_384
    assert captured.out.count("\n\n") >= 2  # both lines answered
    monkeypatch.setattr(sys, "stdin", io.StringIO("x" * 16_384 + "\n"))  # as long as the cap: whole
    assert main(["chat"]) == 0
    assert "cut there" not in capsys.readouterr().err
