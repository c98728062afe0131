"""Stop 43's review findings in chat, through the real python-telegram-bot against the
loopback Bot API stand-in and a real SQLite store. Each test failed before its fix:
- a feed check that raised anything but FetchError/ParseError ended its background task
  silently: the admin who ran /feed_add never heard back;
- an address without its scheme was suggested back without its query
  ("news.example/rss?category=ukraine" -> "https://news.example/rss", another feed);
- a feed check still running when the adapter stopped was left behind, not cancelled.
"""

from __future__ import annotations

import asyncio

from bot.adapters.feed_check import FeedChecker
from bot.core.chat.commands import CommandTable
from bot.store_chat_services import StoreChatServices
from tests.support.telegram_harness import ADMIN, GROUP, Bot, run


def _allow_loopback_feeds(bot: Bot) -> None:
    bot.chat.commands = CommandTable(StoreChatServices(bot.store, bot.rules, chat_feed_addresses="loopback"),
                                     bot.clock, bot.rules.entities)


def test_a_feed_check_failing_unexpectedly_still_answers_the_admin(tmp_path, stub, feed_server, caplog):
    def broken_source():
        raise RuntimeError("a bug in making the fetcher")

    async def go():
        async with Bot(tmp_path, stub) as bot:
            _allow_loopback_feeds(bot)
            bot.chat.feed_checker = FeedChecker(broken_source)
            before = len(stub.messages_to(ADMIN))
            await bot.command(ADMIN, f"/feed_add {feed_server.url('/aid.xml')}", user_id=ADMIN)
            await stub.until(lambda: len(stub.messages_to(ADMIN)) >= before + 2)
            return stub.messages_to(ADMIN)[-1]["text"]

    said = run(go())
    assert said.startswith("Feed 1 could not be read:") and "unexpected error" in said, said
    assert "a bug in making the fetcher" in caplog.text  # the traceback is in the log, not the chat


def test_an_address_without_scheme_is_suggested_back_with_its_query(tmp_path, stub):
    async def go():
        async with Bot(tmp_path, stub) as bot:
            await bot.command(ADMIN, "/feed_add news.example/rss?category=ukraine", user_id=ADMIN)
            await stub.until(lambda: len(stub.messages_to(ADMIN)) >= 1)
            return stub.messages_to(ADMIN)[-1]["text"]

    said = run(go())
    assert "https://news.example/rss?category=ukraine" in said, said


def test_a_feed_check_still_running_is_cancelled_when_the_adapter_stops(tmp_path, stub):
    started = asyncio.Event()
    cancelled = []

    class HangingChecker:
        async def check(self, url):
            started.set()
            try:
                await asyncio.sleep(3600)
            except asyncio.CancelledError:
                cancelled.append(url)
                raise

    async def go():
        async with Bot(tmp_path, stub) as bot:
            _allow_loopback_feeds(bot)
            bot.chat.feed_checker = HangingChecker()
            await bot.command(ADMIN, "/feed_add https://127.0.0.1:9/rss.xml", user_id=ADMIN)
            await asyncio.wait_for(started.wait(), 10)
            await bot.chat.stop()
            return len(bot.chat._checks)

    still_running = run(go())
    assert cancelled and still_running == 0


def test_a_private_answer_that_failed_for_another_reason_does_not_say_press_start(tmp_path, stub):
    # Any failed private send told the group to "press Start", also when the private chat
    # was gone or over its rate limit, where starting the bot changes nothing.
    async def go():
        async with Bot(tmp_path, stub) as bot:
            bot.rules.add("aid", '"audit sentinel"', actor=f"telegram:{ADMIN}")
            stub.forget(ADMIN)  # 400 chat not found: no Forbidden
            failed = (await bot.command(GROUP, "/audit", user_id=ADMIN))[-1]
            return failed

    failed = run(go())
    assert "press Start" not in failed and "try again" in failed, failed
