"""Stop 41's round of chat input and delivery, through the real python-telegram-bot and
discord.py against the loopback stand-ins of tests/support, over a real SQLite file. An
audit round, not a reading round: the alerts' titles and commands are short texts written
for these tests; no article text was added.

Found and fixed here, each test failing before its fix:
- A digest cut into parts whose second part met a 429 went on at the retry as a digest of
  its own: "part 1 of 2" again after "part 1 of 3", its count the rest's only. The rest now
  keeps its numbers and the digest's count ("part 2 of 3", "part 3 of 3", 90 stories), on
  Telegram and Discord alike. The dispatcher remembers where a digest stopped (in memory:
  after a restart the rest is numbered as a digest of its own, which loses nothing).
"""

from __future__ import annotations

from bot.store_chat_services import StoreChatServices
from tests.support.busy_digest import busy_day, queue_discord_digest, queue_telegram_digest
from tests.support.discord_harness import CHANNEL
from tests.support.discord_harness import run as discord_run
from tests.support.telegram_harness import USER, Bot, replies
from tests.support.telegram_harness import run as telegram_run

# -- a digest's parts across a 429 -------------------------------------------------------------


def test_a_telegram_digest_resumed_after_a_429_keeps_its_part_numbers(tmp_path, stub):
    async def go():
        async with Bot(tmp_path, stub) as bot:
            await bot.command(USER, "/subscribe")
            await bot.command(USER, "/mode digest 18:00")
            titles = queue_telegram_digest(bot, 90)
            stub.fail_next(1, retry_after=30, after=1)  # the first part goes, the second meets a 429
            first = await bot.dispatcher.drain()
            bot.clock.advance(seconds=31)
            last = await bot.dispatcher.drain()
            return titles, first, last

    titles, first, last = telegram_run(go())
    assert first.retried > 0 and first.sent + last.sent == 90
    headings = [d.splitlines()[0] for d in replies(stub, USER)[2:]]
    parts = len(headings)
    assert parts == 3, headings
    assert headings == [f"Daily digest: 90 stories (part {n} of {parts})" for n in range(1, parts + 1)]
    shown = "\n".join(replies(stub, USER)[2:])
    assert all(shown.count(title) == 1 for title in titles)


def test_a_discord_digest_resumed_after_a_429_keeps_its_part_numbers(tmp_path):
    titles = busy_day(60)

    async def body(h) -> None:
        h.store.subscribe("discord", str(CHANNEL), (), h.clock.now())
        StoreChatServices(h.store, h.rules).set_mode("discord", str(CHANNEL), "digest", "18:00", h.clock.now())
        queue_discord_digest(h, titles)
        h.stub.fail_channel(CHANNEL, 429, retry_after=120, times=1, after=1)
        first = await h.dispatcher.drain()
        assert first.retried > 0 and first.sent < 60, first
        h.clock.advance(seconds=121)
        last = await h.dispatcher.drain()
        assert first.sent + last.sent == 60, (first, last)

    h = discord_run(tmp_path, body)
    embeds = [embed for message in h.stub.messages(CHANNEL) for embed in message["embeds"]]
    parts = len(embeds)
    assert parts >= 2
    assert [e["title"] for e in embeds] == [f"Daily digest: 60 stories (part {n} of {parts})"
                                           for n in range(1, parts + 1)]
