"""A count a later report tells revises the sent alert (stories round 30).

Round 28 made a story's pledge row, made by a report naming no count, take the count a later report of
it names (round 29: under its first id). The story's alert did not: the later report added no pledge the
alert lacked (a pledge is one by donor, category, status and system), so a chat that had "Netherlands —
PzH 2000 artillery — pledged" kept it so, whatever the next outlet said. Now the alert takes the count
the store holds (bot.core.stories.updates.with_counts_told) and the sent message is edited, as for a new
outlet or pledge (never sent again).

Through the real FeedPoller on loopback feeds, the real SQLite store and the real python-telegram-bot
against the Telegram stand-in (tests/support/telegram_stub.py). Every text is invented for this file.
"""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import timedelta

from bot.adapters.feed_http import HttpFeedSource
from bot.core.analysis import Analyzer
from bot.core.models import Alert, Entry, Feed, Pledge
from bot.core.stories.updates import with_counts_told
from bot.pipeline import FeedPoller, PollLimits
from tests.support.poll_harness import article_item
from tests.support.servers import rss
from tests.support.telegram_harness import USER, Bot
from tests.support.telegram_stub import check_telegram_html

# The ministry's statement as a German agency tells it (no count), then the wire's report of it (six).
_NO_COUNT = ("Niederlande schicken der Ukraine weitere Panzerhaubitzen 2000",
             "DEN HAAG (Agentur) - Die Niederlande schicken der Ukraine weitere Panzerhaubitzen 2000, teilte das "
             "Verteidigungsministerium am Dienstag mit.")
_SIX = ("Netherlands to send six more PzH 2000 howitzers to Ukraine",
        "THE HAGUE (Wire) - The Netherlands will send six more PzH 2000 self-propelled howitzers to Ukraine, the "
        "defence ministry said on Tuesday.")


def test_a_count_a_later_report_tells_edits_the_sent_alert_once(tmp_path, stub, feed_server):
    async def go():
        async with Bot(tmp_path, stub) as bot:
            await bot.command(USER, "/subscribe")
            analyzer = Analyzer(bot.rules.compile(), bot.rules.entities)
            feeds = {}
            for path, name in (("/agency.xml", "Agentur DE"), ("/wire.xml", "Wire EN")):
                bot.store.add_feed(Feed(url=feed_server.url(path), name=name), bot.clock.now())
                feeds[path] = bot.store.feed_by_url(feed_server.url(path))
            published = bot.clock.now() - timedelta(hours=2)
            feed_server.set_feed("/agency.xml", rss([article_item(_NO_COUNT, "nl-de-1", published)], lang="de"))
            feed_server.set_feed("/wire.xml", rss([article_item(_SIX, "nl-en-1", published + timedelta(minutes=40))]))
            async with HttpFeedSource(timeout=5) as source:
                poller = FeedPoller(bot.store, source, lambda: analyzer, bot.clock, PollLimits())
                await poller.poll(feeds["/agency.xml"])
                first = await bot.dispatcher.drain()
                bot.clock.advance(minutes=5)
                await poller.poll(feeds["/wire.xml"])
            second = await bot.dispatcher.drain()
            bot.clock.advance(minutes=5)
            third = await bot.dispatcher.drain()
            stories = bot.store._rows("SELECT DISTINCT story_id FROM story_sources")
            return first, second, third, [row["story_id"] for row in stories]

    first, second, third, stories = asyncio.run(go())
    assert len(stories) == 1, "the premise: the wire's report joins the agency's story"
    assert (first.sent, first.edited) == (1, 0)
    assert (second.sent, second.edited) == (0, 1)
    assert (third.sent, third.edited) == (0, 0)
    [subscribed, alert] = stub.messages_to(USER)  # the /subscribe reply and the one alert
    assert "×" not in check_telegram_html(alert["text"]), "the premise: the first alert shows no count"
    alert_id = max(message for chat, message in stub.texts if chat == USER)  # the alert's message
    [edit] = stub.edits_to(USER)
    assert int(edit["message_id"]) == alert_id
    shown = check_telegram_html(stub.message_text(USER, alert_id))
    assert "×6" in shown, shown
    assert "Wire EN" in shown


_HOWITZERS = Pledge(donor="NL", category="artillery", status="pledged", system="PzH 2000")


def _alert(*pledges: Pledge) -> Alert:
    return Alert(story_id=1, title="t", url="https://news.example/1", sources=("Agentur DE",), published=None,
                 topics=("artillery",), pledges=pledges)


def test_a_count_the_store_holds_fills_the_pledge_shown_without_one():
    shown = _alert(_HOWITZERS, Pledge(donor="NL", category="ammunition", status="pledged"))
    held = [Pledge(donor="NL", category="artillery", status="pledged", system="PzH 2000", quantity=6, item="x"),
            Pledge(donor="NL", category="ammunition", status="pledged")]
    revised = with_counts_told(shown, held)
    assert revised is not None
    assert [p.quantity for p in revised.pledges] == [6, None]
    assert revised.pledges[0].item == _HOWITZERS.item, "only the count changes: the alert's words stay"


def test_a_count_shown_is_never_changed_and_nothing_new_is_no_revision():
    shown = _alert(Pledge(donor="NL", category="artillery", status="pledged", system="PzH 2000", quantity=4))
    held = [Pledge(donor="NL", category="artillery", status="pledged", system="PzH 2000", quantity=6)]
    assert with_counts_told(shown, held) is None
    assert with_counts_told(_alert(_HOWITZERS), [_HOWITZERS]) is None
    assert with_counts_told(_alert(_HOWITZERS), []) is None


def test_a_merge_keeps_the_count_the_absorbed_story_told(harness, store, clock):
    """Two stories with one pledge, the survivor's told with no count and the absorbed one's with six: the
    merged row keeps the six (it took the survivor's details whole, so the count was lost; the survivor's
    alert is then revised with it, as for a count a report tells, in StoryAttachment._merge_stories)."""
    feed = harness.feed("/x.xml", "X")
    survivor = store.create_story("S", "u", clock.now(), None, "{}", ["artillery"], 3.0)
    absorbed = store.create_story("A", "u", clock.now(), None, "{}", ["artillery"], 3.0)
    for story_id, guid, quantity in ((survivor, "one", None), (absorbed, "two", 6)):
        entry_id = store.insert_entry(feed.id, Entry(feed_url=feed.url, guid=guid, url=f"https://e.example/{guid}",
                                                     title=guid), None, clock.now())
        store.add_story_source(story_id, entry_id, feed.id, guid, f"https://e.example/{guid}", clock.now())
        store.add_pledges(story_id, entry_id, [replace(_HOWITZERS, quantity=quantity)], clock.now())
    with store.transaction():
        store.merge_story(absorbed, survivor)
    assert [(p.system, p.quantity) for p in store.story_pledges(survivor)] == [("PzH 2000", 6)]
