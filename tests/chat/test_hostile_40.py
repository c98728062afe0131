"""Stop 40's round of chat input and delivery, through the real python-telegram-bot and
discord.py against the loopback stand-ins of tests/support, over a real SQLite file. An
audit round, not a reading round: the alerts' titles and commands are short texts written
for these tests; no article text was added.

Found and fixed here, each test failing before its fix:
- A digest too long for one message went out in several (stop 39), each headed "Daily
  digest: N stories" with N its own share, as if each were another day's digest. Each
  message now counts the whole digest and says which part it is, in the chat's language:
  "Daily digest: 60 stories (part 1 of 3)", "Résumé du jour : 60 articles (partie 1 sur
  3)". The parts are counted over every alert due to the chat, not over the outbox's
  batch of 100 a drain reads at a time.
"""

from __future__ import annotations

import re

from bot.chat_service import StoreChatServices
from bot.core.models import Alert
from tests.support.discord_harness import CHANNEL
from tests.support.discord_harness import run as discord_run
from tests.support.telegram_harness import USER, Bot, replies, sample_alert
from tests.support.telegram_harness import run as telegram_run


def _busy_day(count: int) -> list[str]:
    return [f"Story {n:03d}: a defence minister announces a further package of shells and air defence"
            for n in range(count)]


def _telegram_digest(tmp_path, stub, count: int, language_code: str = "en") -> list[str]:
    titles = _busy_day(count)

    async def go():
        async with Bot(tmp_path, stub) as bot:
            await bot.command(USER, "/subscribe", language_code=language_code)
            await bot.command(USER, "/mode digest 18:00", language_code=language_code)
            for n, title in enumerate(titles):
                bot.queue(sample_alert(title=title, url=f"https://example.org/{n}"))
            bot.clock.advance(hours=24)
            drained = await bot.dispatcher.drain()
            return drained

    drained = telegram_run(go())
    assert drained.sent == count
    digests = replies(stub, USER)[2:]
    shown = "\n".join(digests)
    assert all(shown.count(title) == 1 for title in titles)
    return [digest.splitlines()[0] for digest in digests]


def test_each_message_of_a_long_digest_says_which_part_it_is(tmp_path, stub):
    headings = _telegram_digest(tmp_path, stub, 60)
    parts = len(headings)
    assert parts > 1
    assert headings == [f"Daily digest: 60 stories (part {n} of {parts})" for n in range(1, parts + 1)]


def test_a_french_chat_reads_its_digest_parts_in_french(tmp_path, stub):
    headings = _telegram_digest(tmp_path, stub, 60, language_code="fr")
    parts = len(headings)
    assert parts > 1
    assert headings == [f"Résumé du jour : 60 articles (partie {n} sur {parts})" for n in range(1, parts + 1)]


def test_a_digest_longer_than_the_outbox_batch_is_numbered_as_one(tmp_path, stub):
    headings = _telegram_digest(tmp_path, stub, 130)
    parts = len(headings)
    assert headings == [f"Daily digest: 130 stories (part {n} of {parts})" for n in range(1, parts + 1)]


def test_a_digest_of_one_message_has_no_part_number(tmp_path, stub):
    assert _telegram_digest(tmp_path, stub, 3) == ["Daily digest: 3 stories"]


def test_a_discord_digest_in_several_embeds_numbers_them(tmp_path):
    titles = _busy_day(60)

    async def body(h) -> None:
        h.store.subscribe("discord", str(CHANNEL), (), h.clock.now(), lang="fr")
        StoreChatServices(h.store, h.rules).set_mode("discord", str(CHANNEL), "digest", "18:00", h.clock.now())
        for n, title in enumerate(titles):
            story = h.store.create_story(title, f"https://example.org/{n}", h.clock.now(), None, "{}", ["aid"], 3.0)
            alert = Alert(story, title, f"https://example.org/{n}", ("AFP",), h.clock.now(), ("aid",))
            h.store.enqueue(alert, h.store.subscriptions("discord"), h.clock.now())
        h.clock.advance(hours=24)
        assert (await h.dispatcher.drain()).sent == 60

    h = discord_run(tmp_path, body)
    embeds = [embed for message in h.stub.messages(CHANNEL) for embed in message["embeds"]]
    parts = len(embeds)
    assert parts > 1
    assert [e["title"] for e in embeds] == [f"Résumé du jour : 60 articles (partie {n} sur {parts})"
                                           for n in range(1, parts + 1)]
    shown = "\n".join(e["description"] for e in embeds)
    assert all(len(re.findall(re.escape(title), shown)) == 1 for title in titles)
