"""Stop 39's round of chat input, on the real command table over a real SQLite file, through
the real python-telegram-bot against the loopback Bot API stand-in of tests/support, and
the command line. An audit round, not a reading round: the inputs are short commands
written for these tests; no article text was added.

Found and fixed here, each test failing before its fix:
- `/pledges summary chart` answered with the summary only, the chart dropped without a
  word (and `pledgewatch pledges summary chart` printed the summary, exit 0). Each is a
  reply of its own: asking for both is now answered saying so (in the chat's language),
  and the command line makes it an error (exit 2), as another filter given twice is.
- On Telegram, an unknown command longer than 32 characters (Telegram's longest command
  name) got no reply at all: the command line's pattern stopped at 32 characters, so the
  message was read as plain text. A name of any length is now a command, and an unknown
  one is answered "Unknown command" as a short one is (in a group, when addressed to the
  bot by name, as before).
"""

from __future__ import annotations

from bot.cli import main
from tests.support.telegram_harness import GROUP, USER, Bot
from tests.support.telegram_harness import run as telegram_run

BOTH = "A summary or a chart, one at a time: ask again with the same filters and summary, then with chart."


def test_summary_and_chart_together_are_answered_saying_one_at_a_time(tmp_path, stub, monkeypatch, capsys):
    async def go():
        async with Bot(tmp_path, stub) as bot:
            said = [(await bot.command(USER, text))[-1] for text in ("/pledges summary chart", "/pledges chart 30d total")]
            said.append((await bot.command(USER + 1, "/pledges graphique résumé", language_code="fr"))[-1])
            return said, stub.calls_to("sendPhoto")

    said, photos = telegram_run(go())
    assert said[:2] == [BOTH, BOTH]
    assert said[2].startswith("Un résumé ou un graphique, l'un après l'autre")
    assert photos == []

    monkeypatch.setenv("PLEDGEWATCH_DB", str(tmp_path / "telegram.db"))
    capsys.readouterr()
    assert main(["pledges", "germany", "summary", "chart"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.strip() == "pledgewatch: error: a summary or a chart, one at a time: ask again with the " \
                                   "same filters and summary, then with chart."


def test_an_unknown_command_longer_than_telegram_allows_is_answered(tmp_path, stub):
    long_name = "subscribe_to_every_single_topic_now"  # 35 characters
    async def go():
        async with Bot(tmp_path, stub) as bot:
            private = (await bot.command(USER, f"/{long_name} tanks"))[-1]
            group = (await bot.command(GROUP, f"/{long_name}@pledgewatch_bot", user_id=USER, chat_type="supergroup"))
            return private, group[-1], bot.store.subscriptions("telegram")

    private, group, subscriptions = telegram_run(go())
    assert private == group == f"Unknown command /{long_name}. Send /help for the list of commands."
    assert subscriptions == []
