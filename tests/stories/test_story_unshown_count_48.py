"""A count told only by a report no alert lists (here a feed flagged as serving a foreign site) must not reach
the chats' alert when a later, ordinary report joins the story (review reread48s, finding 1).
Real parts: FeedPoller over HTTP on loopback feeds, a real SQLite store, PTB against the Telegram stand-in."""
import asyncio
from dataclasses import replace
from datetime import timedelta

from bot.adapters.feed_http import HttpFeedSource
from bot.core.analysis import Analyzer
from bot.core.models import Feed
from bot.pipeline import FeedPoller, PollLimits
from tests.support.poll_harness import article_item
from tests.support.servers import rss
from tests.support.telegram_harness import USER, Bot
from tests.support.telegram_stub import check_telegram_html

# Invented wire copy: one pledge (Dutch PzH 2000 howitzers), told with a count only by the flagged feed.
WITHOUT_COUNT = ("Niederlande liefern der Ukraine weitere Panzerhaubitzen 2000",
                 "DEN HAAG (Agentur) - Die Niederlande liefern der Ukraine weitere Panzerhaubitzen 2000, "
                 "sagte ein Sprecher des Verteidigungsministeriums am Dienstag.")
WITH_COUNT = ("Netherlands to send sixty more PzH 2000 howitzers to Ukraine",
              "THE HAGUE (Wire) - The Netherlands will send 60 more PzH 2000 self-propelled howitzers to "
              "Ukraine, a defence ministry spokesman said on Tuesday.")
LATER_WITHOUT_COUNT = ("Netherlands to send more PzH 2000 howitzers to Ukraine",
                       "THE HAGUE (Other) - The Netherlands will send more PzH 2000 self-propelled howitzers "
                       "to Ukraine, a defence ministry spokesman said on Tuesday.")


def test_a_count_only_a_flagged_feed_told_stays_out_of_the_alert(tmp_path, stub, feed_server):
    """The flagged report opens a story of its own (never alerted); the ordinary report merges it into the
    alerted one: the merge takes no count from a story no chat saw (nor, since stop 49's round 31, its outlet:
    tests/stories/test_story_grouping_31.py)."""
    async def go():
        async with Bot(tmp_path, stub) as bot:
            await bot.command(USER, "/subscribe")
            analyzer = Analyzer(bot.rules.compile(), bot.rules.entities)
            feeds = {}
            for path, name in (("/agency.xml", "Agentur DE"), ("/odd.xml", "Odd"), ("/other.xml", "Other EN")):
                bot.store.add_feed(Feed(url=feed_server.url(path), name=name), bot.clock.now())
                feeds[path] = bot.store.feed_by_url(feed_server.url(path))
            odd = feeds["/odd.xml"]
            bot.store.save_feed_state(odd.id, replace(bot.store.feed_state(odd.id), site="elsewhere.example"))
            published = bot.clock.now() - timedelta(hours=2)
            feed_server.set_feed("/agency.xml", rss([article_item(WITHOUT_COUNT, "nl-de-1", published)], lang="de"))
            feed_server.set_feed("/odd.xml",
                                 rss([article_item(WITH_COUNT, "nl-odd-1", published + timedelta(minutes=20))]))
            feed_server.set_feed("/other.xml",
                                 rss([article_item(LATER_WITHOUT_COUNT, "nl-en-2", published + timedelta(minutes=40))]))
            async with HttpFeedSource(timeout=5) as source:
                poller = FeedPoller(bot.store, source, lambda: analyzer, bot.clock, PollLimits())
                await poller.poll(feeds["/agency.xml"])
                await bot.dispatcher.drain()
                bot.clock.advance(minutes=5)
                flagged = await poller.poll(feeds["/odd.xml"])
                await bot.dispatcher.drain()
                bot.clock.advance(minutes=5)
                edits_after_flagged = list(stub.edits_to(USER))
                await poller.poll(feeds["/other.xml"])
            await bot.dispatcher.drain()
            bot.clock.advance(minutes=5)
            await bot.dispatcher.drain()
            stories = {r["story_id"] for r in bot.store._rows("SELECT story_id FROM story_sources")}
            counts = [r["quantity"] for r in bot.store._rows("SELECT quantity FROM pledges")]
            return flagged, edits_after_flagged, stories, counts

    flagged, edits_after_flagged, stories, counts = asyncio.run(go())
    assert flagged.foreign_site, "the odd feed is flagged as serving another site"
    assert len(stories) == 1, "all three reports are one story"
    assert counts == [60], "the store keeps the flagged report's count (the tracker's business)"
    assert edits_after_flagged == [], "the flagged report itself edits nothing"
    edits = stub.edits_to(USER)
    shown = [check_telegram_html(stub.message_text(USER, int(e["message_id"]))) for e in edits]
    assert len(shown) == 1 and "Other EN" in shown[0], "the ordinary report's outlet is added"
    assert "×60" not in shown[0], "no listed source told sixty"


FOURTH_WITHOUT_COUNT = ("Dutch send further PzH 2000 howitzers to Kyiv",
                        "AMSTERDAM (Fourth) - The Netherlands will send more PzH 2000 self-propelled howitzers "
                        "to Ukraine, a defence ministry spokesman said on Tuesday.")


def test_a_count_a_flagged_report_told_in_an_alerted_story_stays_out_of_the_next_edit(
        tmp_path, stub, feed_server):
    """The flagged report joins the alerted story itself (no merge): the next ordinary report's edit adds its
    outlet, not the flagged report's count."""
    async def go():
        async with Bot(tmp_path, stub) as bot:
            await bot.command(USER, "/subscribe")
            analyzer = Analyzer(bot.rules.compile(), bot.rules.entities)
            feeds = {}
            paths = (("/agency.xml", "Agentur DE"), ("/other.xml", "Other EN"), ("/odd.xml", "Odd"),
                     ("/fourth.xml", "Fourth"))
            for path, name in paths:
                bot.store.add_feed(Feed(url=feed_server.url(path), name=name), bot.clock.now())
                feeds[path] = bot.store.feed_by_url(feed_server.url(path))
            odd = feeds["/odd.xml"]
            bot.store.save_feed_state(odd.id, replace(bot.store.feed_state(odd.id), site="elsewhere.example"))
            published = bot.clock.now() - timedelta(hours=2)
            feed_server.set_feed("/agency.xml", rss([article_item(WITHOUT_COUNT, "nl-de-1", published)], lang="de"))
            feed_server.set_feed("/other.xml",
                                 rss([article_item(LATER_WITHOUT_COUNT, "nl-en-2", published + timedelta(minutes=10))]))
            feed_server.set_feed("/odd.xml",
                                 rss([article_item(WITH_COUNT, "nl-odd-1", published + timedelta(minutes=20))]))
            feed_server.set_feed("/fourth.xml",
                                 rss([article_item(FOURTH_WITHOUT_COUNT, "nl-4", published + timedelta(minutes=30))]))
            results = {}
            async with HttpFeedSource(timeout=5) as source:
                poller = FeedPoller(bot.store, source, lambda: analyzer, bot.clock, PollLimits())
                for path, _ in paths:
                    results[path] = await poller.poll(feeds[path])
                    await bot.dispatcher.drain()
                    bot.clock.advance(minutes=5)
            await bot.dispatcher.drain()
            stories = {r["story_id"] for r in bot.store._rows("SELECT story_id FROM story_sources")}
            counts = [r["quantity"] for r in bot.store._rows("SELECT quantity FROM pledges")]
            return results, stories, counts

    results, stories, counts = asyncio.run(go())
    assert results["/odd.xml"].foreign_site and results["/odd.xml"].stories_merged == 0
    assert len(stories) == 1 and counts == [60], "one story; the store keeps the flagged report's count"
    assert results["/fourth.xml"].updates_queued == 1, "the fourth outlet is added"
    edits = stub.edits_to(USER)
    final = check_telegram_html(stub.message_text(USER, int(edits[-1]["message_id"])))
    assert "Fourth" in final and "Odd" not in final
    assert "×60" not in final, "no listed source told sixty"
