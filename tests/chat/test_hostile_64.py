"""Stop 64, hostile answers and input in chat, through the real python-telegram-bot against the
loopback Bot API stand-in (tests/support/telegram_stub.py), or the command table on a real store.

- A 429 answering setMyCommands with a NaN or a huge retry_after: PTB raises ValueError or
  OverflowError, not RetryAfter, while building its wait; at start that ended the start as a
  chat out of reach (a minute, or an hour, before the bot answered any command), for a menu.
  A large wait PTB could hold (10**9 s) held every admin's menu back for 31 years. Each is now
  a wait of at most an hour (delivery.MAX_RATE_LIMIT_WAIT, as an alert's), with a line saying
  what was asked and what is waited.
- A proxy's page in front of the Bot API (a 502 during an outage, a 200 that is not JSON): PTB
  logged its own ERROR, with a traceback and the whole page, at every try, beside our line
  saying what failed. Now our one line per failure, quoting the start of the page. While such a
  page answers getUpdates (the poll reading commands), PTB's polling loop also logged a traceback
  at each retry (every 1 to 30 s): now one warning per run of failures, and one when it ends.
- /search with 10 KB of text or 5,000 words was answered "Nothing found for" its first 200
  characters (a word cut in two at the 200th) or 20 words, as if the whole had been searched:
  the reply now says only the first words were searched, and the cut falls between words.
  Operators, FTS5 syntax, quotes, NUL and other odd queries already held (each a clear answer).
"""

from __future__ import annotations

import logging
import time

import pytest

from bot.core.models import Entry, Feed
from bot.adapters.telegram_menus import MAX_RATE_LIMIT_WAIT
from bot.delivery import MAX_RATE_LIMIT_WAIT as ALERTS_LONGEST_WAIT
from tests.support import command_harness
from tests.support.telegram_harness import USER, Bot, run, sample_alert


@pytest.mark.parametrize("asked", [float("nan"), 10**15, 10**9])
def test_a_429_on_the_menus_asking_any_wait_neither_stops_nor_delays_the_start(tmp_path, stub, caplog, asked):
    stub.fail_menus(1, retry_after=asked)

    async def go():
        async with Bot(tmp_path, stub) as bot:
            help_text = (await bot.command(USER, "/help"))[-1]
            return help_text, bot.chat.menus._quiet_until - time.monotonic()

    with caplog.at_level(logging.INFO):
        help_text, quiet_for = run(go())
    assert "/subscribe" in help_text  # started, and answering
    assert 0 < quiet_for <= MAX_RATE_LIMIT_WAIT == ALERTS_LONGEST_WAIT
    capped = [r.getMessage() for r in caplog.records if "asked the command menus to wait" in r.getMessage()]
    assert len(capped) == 1 and "3600 s" in capped[0], [r.getMessage() for r in caplog.records]
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


@pytest.mark.parametrize("status", [502, 200])
def test_a_proxys_page_answering_each_try_is_one_line_of_ours_per_try_not_ptbs_traceback(tmp_path, stub, caplog,
                                                                                          status):
    page = "<html><body>" + "Upstream unreachable " * 500 + "</body></html>"  # a 10 KB page

    async def go():
        async with Bot(tmp_path, stub) as bot:
            bot.store.subscribe("telegram", str(USER), (), bot.clock.now())
            bot.queue(sample_alert())
            stub.proxy_answers(4, status, page)
            with caplog.at_level(logging.INFO):
                for _ in range(4):
                    await bot.dispatcher.drain()
                    bot.clock.advance(minutes=10)
            stub.proxy_passes()
            bot.clock.advance(minutes=10)
            await bot.dispatcher.drain()
            return bot.store.outbox_counts()

    counts = run(go())
    assert counts == {"sent": 1}  # nothing lost
    ours = [r.getMessage() for r in caplog.records if r.name.startswith("bot.") and "not sent" in r.getMessage()]
    assert len(ours) == 4, ours
    assert all("Upstream unreachable" in line and len(line) <= 600 for line in ours), ours
    assert not [r for r in caplog.records if r.name.startswith("telegram") and r.levelno >= logging.WARNING]
    assert not [r for r in caplog.records if r.exc_info]


@pytest.fixture
def searchable(table, store, clock):
    feed, _ = store.add_feed(Feed(url="https://wire.example/rss", name="Wire"), clock.now())
    store.insert_entry(feed, Entry("https://wire.example/rss", "g1", "https://wire.example/tarvel",
                                   "Tarvel pledges more shells", "The ministry of Tarvel said shells would follow."),
                       None, clock.now())
    return table


def _search(table, query: str) -> str:
    return command_harness.run(table, command_harness.USER, "/search " + query)


@pytest.mark.parametrize("query", ["Tarvel " + "x" * 10_000, "Tarvel " + "shells " * 2_000,
                                   "Tarvel " + "é" * 196 + " more"])
def test_a_search_cut_to_its_first_words_says_so(searchable, query):
    reply = _search(searchable, query)
    assert reply.startswith("Articles matching Tarvel"), reply
    assert "Only the first 20 words, 200 characters at most, were searched." in reply, reply
    assert "xxx" not in reply and "éé" not in reply  # a word cut in two is not searched


def test_a_search_cut_finding_nothing_says_so_too_in_the_chats_language(searchable):
    command_harness.run(searchable, command_harness.USER, "/lang fr")
    reply = _search(searchable, "Zorbal " * 100)
    assert reply.startswith("Rien trouvé pour Zorbal") and "Seuls les 20 premiers mots" in reply, reply


def test_a_search_within_the_bounds_says_nothing_of_a_cut(searchable):
    assert "first 20 words" not in _search(searchable, "Tarvel " + "shells " * 18)


@pytest.mark.parametrize("query", ["NEAR(Tarvel shells)", "title:Tarvel", "Tarvel*", "^Tarvel", '"Tarvel', "Tarvel\x00",
                                   "\x00", "((( Tarvel", "Tarvel AND NOT shells", "'Tarvel'", "\u202eTarvel",
                                   "{Tarvel shells}", '" OR "', "-Tarvel", "\u0301" * 40, "🇺🇦" * 1000])
def test_an_odd_search_gets_a_clear_answer(searchable, caplog, query):
    with caplog.at_level(logging.WARNING):
        reply = _search(searchable, query)
    assert reply.split(" ")[0] in ("Articles", "Nothing", "Give", "-Tarvel"), reply
    assert not caplog.records


# (a page answered 200, as a captive portal does, is no answer of Telegram's either: it had ended the run of failures
# at each try, two warnings a retry; reread 64)
@pytest.mark.parametrize("status", [502, 200])
def test_a_proxys_page_answering_the_command_poll_is_one_line_while_it_lasts_and_one_when_it_ends(tmp_path, stub,
                                                                                                  caplog, status):
    # python-telegram-bot's polling loop logged each failed getUpdates twice at ERROR with a
    # traceback ("Can not load invalid JSON data" and "Exception happened while polling for
    # updates"), every 1 to 30 s for as long as the proxy failed.
    async def go():
        async with Bot(tmp_path, stub) as bot:
            with caplog.at_level(logging.DEBUG):
                stub.proxy_updates(3, status)
                await stub.until(lambda: [c for c in stub.calls_to("getUpdates") if c.status == status][2:]
                                 and stub.calls_to("getUpdates")[-1].status == 200, timeout=30)
                await stub.until(lambda: any("read again" in r.getMessage() for r in caplog.records), timeout=30)
                return (await bot.command(USER, "/help"))[-1]

    help_text = run(go())
    assert "/subscribe" in help_text  # commands are answered again
    said = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert [r.levelno for r in said] == [logging.WARNING, logging.WARNING], [r.getMessage() for r in said]
    assert "reading commands failed" in said[0].getMessage()
    assert ("502" if status == 502 else "the answer is not JSON") in said[0].getMessage()
    assert "read again" in said[1].getMessage()
    assert not [r for r in caplog.records if r.exc_info and r.levelno >= logging.INFO]
