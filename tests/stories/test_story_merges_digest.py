"""A merged story in a digest (issue 12): a digest-mode chat gets its due alerts as one
message (bot/delivery.py); when two of the stories waiting for it merge before the
digest comes due, the digest lists the event once, with every outlet that reported it.

Through the real code in process: the real poller (shipped rules, story matching and
merging) over a scratch store, the outbox dispatcher, and the real Telegram
(python-telegram-bot) and Discord (discord.py) adapters against the loopback stand-ins,
which render the digest. The clock is the test's: the digest comes due when the test
moves it past the chat's digest time.

The reports are those of tests/support/merge_scenes.py: Alpha's and Bravo's open a story each;
Charlie's qualifies for both and merges them (the premise is checked in
tests/stories/test_story_merges_run.py, test_the_reports_link_two_stories_as_the_scenes_need).
"""

from __future__ import annotations

from bot.adapters.feed_http import HttpFeedSource
from bot.adapters.sqlite_store import SqliteStore
from bot.core.analysis import Analyzer
from bot.core.models import Feed
from bot.pipeline import FeedPoller
from bot.rule_admin import RuleAdmin
from bot.store_chat_services import StoreChatServices
from tests.support.discord_harness import CHANNEL
from tests.support.discord_harness import run as run_discord
from tests.support.merge_scenes import ALPHA, BRAVO, CHARLIE, OUTLETS, REPORTS, WHEN, Report
from tests.support.servers import rss
from tests.support.telegram_harness import USER, Bot
from tests.support.telegram_harness import run as run_telegram
from tests.support.telegram_stub import check_telegram_html

# The reports come out in the morning; the chats take their digest in the evening (UTC).
MORNING = WHEN.replace(hour=10)
DIGEST_TIME = "18:00"
EVENING = MORNING.replace(hour=18, minute=1)


async def _poll(poller: FeedPoller, store: SqliteStore, feed_server, report: Report):
    """Serve one report in its outlet's feed and poll that feed once."""
    item = {"title": report.title, "guid": report.path, "description": report.text, "pubDate": report.published,
            "link": f"https://news.example{report.path}"}
    feed_server.set_feed(report.path, rss([item], lang=report.lang))
    store.add_feed(Feed(url=feed_server.url(report.path), name=report.outlet), poller.clock.now())
    async with HttpFeedSource(timeout=5) as source:
        poller.source = source
        return await poller.poll(store.feed_by_url(feed_server.url(report.path)))


async def _merge_before_the_digest(store: SqliteStore, rules: RuleAdmin, clock, dispatcher, feed_server) -> int:
    """Poll the three reports (the stories merge) with the digest not yet due, then move
    the clock past the digest time and drain once. Returns the survivor's story id."""
    analyzer = Analyzer(rules.compile(), rules.entities)
    poller = FeedPoller(store, None, lambda: analyzer, clock)  # one poller, as `run` keeps it
    first = await _poll(poller, store, feed_server, ALPHA)
    second = await _poll(poller, store, feed_server, BRAVO)
    assert (first.new_stories, second.new_stories) == (1, 1)
    assert (await dispatcher.drain()).sent == 0, "two alerts wait for the digest"
    third = await _poll(poller, store, feed_server, CHARLIE)
    assert (third.new_stories, third.stories_merged) == (0, 1)
    assert (await dispatcher.drain()).sent == 0, "the digest is not due yet"
    [survivor] = [story["id"] for story in store.stories_since(None)]  # the absorbed one is not listed
    clock.current = EVENING
    outcome = await dispatcher.drain()
    assert (outcome.sent, outcome.failed, outcome.retried) == (1, 0, 0), "one alert left: the merged story's"
    assert (await dispatcher.drain()).sent == 0, "and it went out once"
    return survivor


def test_telegram_digest_lists_the_merged_story_once_with_its_sources(tmp_path, stub, feed_server):
    async def go():
        async with Bot(tmp_path, stub) as bot:
            bot.clock.current = MORNING
            await bot.command(USER, "/subscribe")
            await bot.command(USER, f"/mode digest {DIGEST_TIME}")
            before = len(stub.messages_to(USER))
            survivor = await _merge_before_the_digest(bot.store, bot.rules, bot.clock, bot.dispatcher, feed_server)
            return stub.messages_to(USER)[before:], bot.store.story_sources(survivor)

    messages, sources = run_telegram(go())
    assert sorted(row["source"] for row in sources) == sorted(OUTLETS)
    [digest] = messages  # one message: the digest
    text = check_telegram_html(digest["text"])
    heading, *stories, footer = text.splitlines()
    assert heading == "Daily digest: 1 story", text
    assert footer == "More: /latest · Stop alerts: /unsubscribe"  # the digest's last line (stop 44)
    [line] = stories  # the event once, however many reports it had
    assert line.startswith(f"• {ALPHA.title} — "), "the survivor is the story Charlie matched best: Alpha's"
    assert all(outlet in line for outlet in OUTLETS), line
    assert not any(report.title in text for report in REPORTS if report is not ALPHA)
    assert f'href="https://news.example{ALPHA.path}"' in digest["text"]


def test_discord_digest_lists_the_merged_story_once_with_its_sources(tmp_path, feed_server):
    found = {}

    async def body(h) -> None:
        h.clock.current = MORNING
        h.store.subscribe("discord", str(CHANNEL), (), h.clock.now())
        StoreChatServices(h.store, h.rules).set_mode("discord", str(CHANNEL), "digest", DIGEST_TIME, h.clock.now())
        survivor = await _merge_before_the_digest(h.store, h.rules, h.clock, h.dispatcher, feed_server)
        found["sources"] = h.store.story_sources(survivor)

    h = run_discord(tmp_path, body)
    assert sorted(row["source"] for row in found["sources"]) == sorted(OUTLETS)
    [message] = h.stub.messages(CHANNEL)
    [embed] = message["embeds"]
    assert embed["title"] == "Daily digest: 1 story"
    [line] = embed["description"].splitlines()
    assert line.startswith(f"• [{ALPHA.title}](https://news.example{ALPHA.path})"), line
    assert all(outlet in line for outlet in OUTLETS), line


def test_a_digest_of_one_story_says_one_story_in_both_languages():
    from bot.core.chat.render_telegram import render_digest
    from tests.support.telegram_harness import sample_alert

    assert render_digest([sample_alert()]).splitlines()[0] == "<b>Daily digest: 1 story</b>"
    assert render_digest([sample_alert()], "fr").splitlines()[0] == "<b>Résumé du jour : 1 article</b>"
    assert render_digest([sample_alert()] * 2, "fr").splitlines()[0] == "<b>Résumé du jour : 2 articles</b>"
