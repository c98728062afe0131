"""Story grouping, round 31 (stop 49): leftovers of stop 48.

A merged story's alert shows only what an alert of the merging stories listed: a report no alert lists (a feed
flagged as serving a foreign site) adds neither its outlet nor its pledge to every chat's message through a merge,
as stop 48 ruled for its count (tests/stories/test_story_unshown_count_48.py). Real parts: FeedPoller over HTTP on
loopback feeds, a real SQLite store, PTB against the Telegram stand-in. Every text is invented for this file."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import timedelta

import pytest

from bot.adapters.feed_http import HttpFeedSource
from bot.core.analysis import Analyzer
from bot.core.models import Feed
from bot.pipeline import FeedPoller, PollLimits
from tests.support.servers import rss
from tests.support.telegram_harness import FAST_STUB, USER, Bot
from tests.support.telegram_stub import TelegramStub, check_telegram_html

# One Dutch pledge of PzH 2000 howitzers: the German agency's report opens the story, the flagged feed's report
# (which also names a second pledge, M113 carriers) opens one of its own, and an English report links the two.
AGENCY = ("Niederlande liefern der Ukraine weitere Panzerhaubitzen 2000",
          "DEN HAAG (Agentur) - Die Niederlande liefern der Ukraine weitere Panzerhaubitzen 2000, "
          "sagte ein Sprecher des Verteidigungsministeriums am Dienstag.")
FLAGGED = ("Netherlands to send more PzH 2000 howitzers and M113 carriers to Ukraine",
           "THE HAGUE (Wire) - The Netherlands will send more PzH 2000 self-propelled howitzers and M113 armoured "
           "personnel carriers to Ukraine, a defence ministry spokesman said on Tuesday.")
LINKING = ("Netherlands to send more PzH 2000 howitzers to Ukraine",
           "THE HAGUE (Other) - The Netherlands will send more PzH 2000 self-propelled howitzers to Ukraine, a "
           "defence ministry spokesman said on Tuesday.")


@pytest.fixture
def telegram_stub():
    with TelegramStub(limits=FAST_STUB) as server:
        yield server


def _item(report, guid, when):
    title, text = report
    return {"title": title, "guid": guid, "link": f"https://news.example/{guid}", "description": text, "pubDate": when}


def _replay(tmp_path, telegram_stub, feed_server, flag_odd: bool):
    """The agency's report, the odd feed's (flagged as serving another site when `flag_odd`), then the linking
    report; returns each poll's result, the stored stories and pledges, and the text of the alert's last edit."""
    async def go():
        async with Bot(tmp_path, telegram_stub) as bot:
            await bot.command(USER, "/subscribe")
            analyzer = Analyzer(bot.rules.compile(), bot.rules.entities)
            feeds = {}
            paths = (("/agency.xml", "Agentur DE"), ("/odd.xml", "Odd"), ("/other.xml", "Other EN"))
            for path, name in paths:
                bot.store.add_feed(Feed(url=feed_server.url(path), name=name), bot.clock.now())
                feeds[path] = bot.store.feed_by_url(feed_server.url(path))
            if flag_odd:
                odd = feeds["/odd.xml"]
                bot.store.save_feed_state(odd.id, replace(bot.store.feed_state(odd.id), site="elsewhere.example"))
            published = bot.clock.now() - timedelta(hours=2)
            feed_server.set_feed("/agency.xml", rss([_item(AGENCY, "nl-de-1", published)], lang="de"))
            feed_server.set_feed("/odd.xml", rss([_item(FLAGGED, "nl-odd-1", published + timedelta(minutes=20))]))
            feed_server.set_feed("/other.xml", rss([_item(LINKING, "nl-en-2", published + timedelta(minutes=40))]))
            results = {}
            async with HttpFeedSource(timeout=5) as source:
                poller = FeedPoller(bot.store, source, lambda: analyzer, bot.clock, PollLimits())
                for path, _ in paths:
                    results[path] = await poller.poll(feeds[path])
                    if path == "/agency.xml":  # the odd feed's alert, if any, is still pending at the merge
                        await bot.dispatcher.drain()
                    bot.clock.advance(minutes=5)
            await bot.dispatcher.drain()
            stories = {r["story_id"] for r in bot.store._rows("SELECT story_id FROM story_sources")}
            systems = sorted(r["system"] for r in bot.store._rows("SELECT system FROM pledges"))
            edits = telegram_stub.edits_to(USER)
            last = (check_telegram_html(telegram_stub.message_text(USER, int(edits[-1]["message_id"])))
                    if edits else None)
            return results, stories, systems, last

    return asyncio.run(go())


def test_a_merge_lists_no_outlet_and_no_pledge_only_a_flagged_report_told(tmp_path, telegram_stub, feed_server):
    """Stop 48 kept the flagged report's count out of the merged alert; its outlet and its own pledge went in,
    to every chat. Now the edit adds the linking report's outlet only."""
    results, stories, systems, last = _replay(tmp_path, telegram_stub, feed_server, flag_odd=True)
    assert results["/odd.xml"].foreign_site and results["/odd.xml"].new_stories == 1
    assert results["/other.xml"].stories_merged == 1 and len(stories) == 1, "the linking report merges the two"
    assert "M113" in systems, "the store keeps the flagged report's pledge (the tracker's business)"
    assert last is not None and "Other EN" in last, "the linking report's outlet is added"
    assert "Odd" not in last, "no alert listed the flagged report"
    assert "M113" not in last, "only the flagged report told the carriers"


def test_a_merge_of_two_alerted_stories_lists_both_alerts_outlets_and_pledges(tmp_path, telegram_stub, feed_server):
    """The same reports from an ordinary feed: its story's alert (still pending, so its story may be absorbed)
    listed its outlet and pledges, and the merge shows them in the surviving alert, as before."""
    results, stories, _, last = _replay(tmp_path, telegram_stub, feed_server, flag_odd=False)
    assert results["/other.xml"].stories_merged == 1 and len(stories) == 1
    assert last is not None and all(name in last for name in ("Agentur DE", "Odd", "Other EN"))
    assert "M113" in last
