"""Findings of stop 36's review and audit, fixed in this round, each test failing before its fix.

- Alerts and edits ended because their chat's subscription ended (`/unsubscribe`, a blocked
  bot, a deleted channel) were counted as "failed" by `pledgewatch status` and the chat's
  `/status`, with the alerts the platform really refused. They are now counted apart, in
  words ("not sent (chat unsubscribed)").
- `/unsubscribe TOPIC` (some topics only) left the alerts already queued for that chat on
  those topics to be sent: a digest-mode chat that left artillery still got the artillery
  alerts waiting for its digest. Each queued alert carries its topics (the outbox payload),
  so those matching none of the topics the chat keeps now end with the change, counted as
  not sent (chat unsubscribed); the others still go out.
- python-telegram-bot raises OverflowError, not RetryAfter, for a 429 whose retry_after
  is 10**14 s or more (past timedelta's range): the alert was retried with backoff as an
  unknown error, each try counted towards MAX_ATTEMPTS (failed for good after five), rather
  than waiting out the rate limit, bounded to an hour as other 429s are. It is now read as
  such a rate limit, for alerts and edits.
- `/pledges germany 9999d` and `pledgewatch pledges germany 9999d` answered "filter
  '9999d' not understood", listing a period among what is accepted: the period is
  understood but longer than ten years, and the answer now says so (the web tracker's
  `q` too).

No article text is used: alerts are the harness's sample alert, under titles written here.
Alerts go through the real python-telegram-bot to the loopback stand-in
(tests/support/telegram_stub.py) over a real SQLite outbox; `status` is the real command
reading that database.
"""

from __future__ import annotations

from bot.cli import main
from bot.delivery import MAX_RATE_LIMIT_WAIT
from tests.support.telegram_harness import USER, Bot, run, sample_alert

BLOCKED = 2002


def test_alerts_ended_by_an_unsubscribe_are_counted_apart_from_delivery_failures(tmp_path, stub, env, monkeypatch,
                                                                                capsys):
    async def go():
        async with Bot(tmp_path, stub) as bot:
            for chat in (USER, BLOCKED):
                bot.store.subscribe("telegram", str(chat), [], bot.clock.now())
            for n in range(3):
                bot.queue(sample_alert(title=f"Sweden to send more CV90 vehicles, report {n}"))
            stub.block(BLOCKED)  # its first alert is refused (403): a failure; the others end with it
            await bot.dispatcher.drain()
            assert bot.store.outbox_counts() == {"sent": 3, "failed": 1, "unsubscribed": 2}
            return (await bot.command(USER, "/status"))[-1]

    reply = run(go())
    assert "failed: 1; not sent because the chat unsubscribed: 2;" in reply

    monkeypatch.setenv("PLEDGEWATCH_DB", str(tmp_path / "telegram.db"))
    capsys.readouterr()
    main(["status"])
    out = capsys.readouterr().out
    assert "outbox: 0 pending, 3 sent, 1 failed, 2 not sent (chat unsubscribed), 0 uncertain;" in out


def test_alerts_queued_on_a_topic_the_chat_leaves_are_not_sent_and_the_others_are(tmp_path, stub):
    async def go():
        async with Bot(tmp_path, stub) as bot:
            await bot.command(USER, "/subscribe artillery air_defence")
            await bot.command(USER, "/mode digest 18:00")
            bot.queue(sample_alert(title="France ships more CAESAR howitzers", topics=("artillery",)))
            bot.queue(sample_alert(title="Berlin adds an IRIS-T battery", topics=("air_defence",)))
            bot.queue(sample_alert(title="Paris and Berlin pool guns and launchers",
                                   topics=("artillery", "air_defence")))
            assert (await bot.dispatcher.drain()).sent == 0  # waiting for 18:00
            await bot.command(USER, "/unsubscribe artillery")
            assert bot.store.outbox_counts() == {"pending": 2, "unsubscribed": 1}
            bot.clock.advance(hours=12)
            assert (await bot.dispatcher.drain()).sent == 2
            return stub.messages_to(USER)[-1]["text"]

    digest = run(go())
    assert "IRIS-T battery" in digest and "pool guns" in digest
    assert "CAESAR" not in digest


def test_a_429_asking_to_wait_past_timedeltas_range_is_a_rate_limit_bounded_to_an_hour(tmp_path, stub):
    async def go():
        async with Bot(tmp_path, stub) as bot:
            bot.store.subscribe("telegram", str(USER), [], bot.clock.now())
            bot.queue(sample_alert())
            stub.fail_next(1, retry_after=10**14)
            assert (await bot.dispatcher.drain()).retried == 1
            assert bot.store._rows("SELECT attempts FROM outbox") == [{"attempts": 0}]  # a rate limit is no try
            bot.clock.advance(seconds=MAX_RATE_LIMIT_WAIT - 60)
            assert (await bot.dispatcher.drain()).sent == 0  # the bounded wait is kept ...
            bot.clock.advance(seconds=120)
            assert (await bot.dispatcher.drain()).sent == 1  # ... and ends after an hour
            assert bot.store.outbox_counts() == {"sent": 1}

    run(go())


def test_a_period_longer_than_ten_years_is_called_so_in_chat_and_on_the_command_line(tmp_path, stub, env,
                                                                                      monkeypatch, capsys):
    async def go():
        async with Bot(tmp_path, stub) as bot:
            return (await bot.command(USER, "/pledges germany 9999d"))[-1]

    reply = run(go())
    assert "'9999d' is out of range" in reply and "at most 10 years" in reply
    assert "not understood" not in reply

    monkeypatch.setenv("PLEDGEWATCH_DB", str(tmp_path / "telegram.db"))
    capsys.readouterr()
    assert main(["pledges", "germany", "9999d"]) == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith("pledgewatch: error: period '9999d' is out of range") and "at most 10 years" in line
    assert "export" not in line  # the hint for a word not understood
