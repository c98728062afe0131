"""The poll of a feed end to end, on a real loopback HTTP server, a real SQLite file
and the shipped rules: stories, dedupe, conditional GET, failures and backoff."""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timedelta, timezone

import pytest

from bot.adapters.feed_http import HttpFeedSource
from bot.config import load_entities
from bot.core.models import Feed
from bot.pipeline import MAX_ITEMS_LEFT_OUT, FeedPoller
from tests.support.poll_harness import Harness, OnePoller, article_item
from tests.support.seed_feed import FEB_13, seed_item
from tests.support.servers import Response, rss


def test_seed_articles_from_two_outlets_make_one_story_and_one_alert(harness, feed_server, store):
    feed_server.set_feed("/afp.xml", rss([seed_item(0, FEB_13)], lang="fr"))
    feed_server.set_feed("/dw.xml", rss([seed_item(1, FEB_13 + timedelta(hours=15))], lang="fr"))
    afp, dw = harness.feed("/afp.xml", "AFP"), harness.feed("/dw.xml", "DW")
    results = asyncio.run(harness.poll(afp, dw))
    assert [r.matches for r in results] == [1, 1], "both seed articles must be picked out"
    assert [r.new_stories for r in results] == [1, 0]
    assert len(harness.chat.sent) == 1
    story_id = harness.chat.sent[0][1].story_id
    assert [s["source"] for s in store.story_sources(story_id)] == ["AFP", "DW"]
    assert store.stats()["stories"] == 1


def test_two_different_aid_stories_on_the_same_day_stay_apart(harness, feed_server, store):
    day = datetime(2023, 3, 1, 9, 0, tzinfo=timezone.utc)
    feed_server.set_feed("/a.xml", rss([{
        "title": "Germany pledges more Leopard 2 tanks to Ukraine", "guid": "a1", "link": "https://a.example/1",
        "pubDate": day,
        "description": "Chancellor Scholz said Berlin will deliver 18 more Leopard 2 battle tanks to Ukraine "
                       "by the end of the month, together with ammunition and spare parts."}]))
    feed_server.set_feed("/b.xml", rss([{
        "title": "US announces $2bn air defence package for Ukraine", "guid": "b1", "link": "https://b.example/1",
        "pubDate": day + timedelta(hours=3),
        "description": "The Pentagon said the United States will send a second Patriot battery and interceptor "
                       "missiles to Kyiv as part of a new $2 billion military aid package."}]))
    results = asyncio.run(harness.poll(harness.feed("/a.xml", "A"), harness.feed("/b.xml", "B")))
    assert [r.matches for r in results] == [1, 1]
    assert [r.new_stories for r in results] == [1, 1]
    assert len(harness.chat.sent) == 2


def test_unrelated_news_is_stored_but_not_alerted(harness, feed_server, store):
    feed_server.set_feed("/x.xml", rss([
        {"title": "Ukraine's grain exports recover", "guid": "g", "description": "Wheat shipments rose under the grain deal."},
        {"title": "Think tank: defence budgets grew", "guid": "t", "description": "A London think tank said spending rose."},
    ]))
    (result,) = asyncio.run(harness.poll(harness.feed("/x.xml", "X")))
    assert (result.entries, result.new_entries, result.matches) == (2, 2, 0)
    assert harness.chat.sent == []
    assert store.stats()["entries"] == 2


def test_second_poll_sends_conditional_get_and_skips_work(harness, feed_server, store):
    feed_server.set_feed("/afp.xml", rss([seed_item(0, FEB_13)]))
    feed = harness.feed("/afp.xml", "AFP")
    asyncio.run(harness.poll(feed))
    (second,) = asyncio.run(harness.poll(feed))
    assert second.not_modified
    last = feed_server.requests_to("/afp.xml")[-1]
    assert "if-none-match" in {k.lower() for k in last.headers}
    # A server that ignores validators but sends the same bytes: parsed once only.
    feed_server.set_feed("/afp.xml", rss([seed_item(0, FEB_13)]), etag=False, last_modified=False)
    (third,) = asyncio.run(harness.poll(feed))
    assert third.unchanged and not third.not_modified and third.entries == 0
    assert len(harness.chat.sent) == 1


def test_a_channel_timestamp_rewritten_on_every_request_does_not_cost_a_parse(harness, feed_server, store):
    """A server that stamps its channel with "now" on each request, without validators:
    the items are the same bytes, so the poll knows nothing is new before parsing; a new
    item still gets through."""
    items = [seed_item(0, FEB_13)]
    feed = harness.feed("/stamped.xml", "Stamped")

    def serve(stamp: str) -> None:
        body = rss(items).replace(b"<language>", f"<lastBuildDate>{stamp}</lastBuildDate><language>".encode())
        feed_server.set_feed("/stamped.xml", body, etag=False, last_modified=False)

    serve("Tue, 14 Feb 2023 08:00:00 GMT")
    (first,) = asyncio.run(harness.poll(feed))
    serve("Tue, 14 Feb 2023 08:05:00 GMT")
    (second,) = asyncio.run(harness.poll(feed))
    assert first.new_entries == 1 and second.unchanged and second.entries == 0
    items.insert(0, {"title": "Harbour reopens after storm", "guid": "harbour", "link": "https://example.org/h",
                     "description": "Ferries run again."})
    serve("Tue, 14 Feb 2023 08:10:00 GMT")
    (third,) = asyncio.run(harness.poll(feed))
    assert not third.unchanged and third.new_entries == 1 and third.entries == 2  # only the new one parsed
    assert store.stats()["entries"] == 2


def test_a_broken_feed_is_backed_off_and_the_others_go_on(harness, feed_server, store, clock):
    feed_server.set_status("/broken.xml", 500)
    feed_server.set_feed("/entities.xml", b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa">]><rss><channel><item><title>&a;</title></item></channel></rss>')
    feed_server.set_feed("/good.xml", rss([seed_item(0, FEB_13)]))
    broken, hostile, good = (harness.feed(p, p) for p in ("/broken.xml", "/entities.xml", "/good.xml"))
    results = asyncio.run(harness.poll(broken, hostile, good))
    assert "500" in results[0].error
    assert "entit" in results[1].error.lower()
    assert results[2].ok and results[2].matches == 1
    state = store.feed_state(broken.id)
    assert state.failures == 1 and "500" in state.last_error
    first_backoff = state.next_poll - clock.now()
    asyncio.run(harness.poll(broken))
    assert store.feed_state(broken.id).next_poll - clock.now() > first_backoff  # exponential
    feed_server.set_feed("/broken.xml", rss([]))
    asyncio.run(harness.poll(broken))
    healed = store.feed_state(broken.id)
    assert healed.failures == 0 and healed.last_error is None
    assert len(harness.chat.sent) == 1


def test_a_feed_that_rewrites_every_guid_cannot_flood_chats(store, clock, feed_server):
    harness = Harness(store, clock, feed_server, max_alerts_per_poll=3)
    pairs = [("Germany", "Leopard 2 tanks"), ("France", "CAESAR howitzers"), ("Norway", "NASAMS launchers"),
             ("Poland", "Krab howitzers"), ("Sweden", "Archer artillery systems"), ("Denmark", "F-16 fighter jets"),
             ("Canada", "M777 howitzers"), ("Italy", "SAMP/T air defence batteries"),
             ("Netherlands", "Patriot launchers"), ("Spain", "Hawk missile launchers")]
    items = [{"title": f"{donor} pledges {n + 2} {system} to Ukraine", "guid": f"x{n}", "link": f"https://a.example/{n}",
              "description": f"{donor} will deliver {n + 2} {system} to Ukraine, its defence ministry said in {city}."}
             for n, ((donor, system), city) in enumerate(zip(pairs, ["Berlin", "Paris", "Oslo", "Warsaw", "Stockholm",
                                                                    "Copenhagen", "Ottawa", "Rome", "The Hague", "Madrid"]))]
    feed_server.set_feed("/flood.xml", rss(items))
    (result,) = asyncio.run(harness.poll(harness.feed("/flood.xml", "F")))
    assert len(harness.chat.sent) <= 3
    assert result.alerts_suppressed == result.new_stories - 3 > 0
    assert store.audit_log(action_prefix="feed.anomaly")


def test_rule_edit_takes_effect_on_next_poll(harness, feed_server, store):
    item = {"title": "Ukraine receives first batch of Zorblax kits", "guid": "z1", "link": "https://z.example/1",
            "description": "The Zorblax kits arrived in Kyiv on Monday."}
    feed_server.set_feed("/z.xml", rss([item]))
    feed = harness.feed("/z.xml", "Z")
    (first,) = asyncio.run(harness.poll(feed))
    assert first.matches == 0
    harness.admin.add("aid", "zorblax", weight=10, actor="test")
    item2 = dict(item, guid="z2", link="https://z.example/2", title="Second batch of Zorblax kits for Ukraine")
    feed_server.set_feed("/z.xml", rss([item, item2]))
    (second,) = asyncio.run(harness.poll(feed))
    assert second.matches == 1 and second.new_entries == 1


def test_blocked_chat_is_deactivated_and_others_still_receive(harness, feed_server, store):
    from bot.core.models import DeliveryResult

    store.subscribe("fake", "chat-2", (), harness.clock.now())
    harness.chat.results["chat-1"] = [DeliveryResult(ok=False, error="Forbidden: bot was blocked", deactivate=True)]
    feed_server.set_feed("/afp.xml", rss([seed_item(0, FEB_13)]))
    asyncio.run(harness.poll(harness.feed("/afp.xml", "AFP")))
    assert [chat for chat, _ in harness.chat.sent] == ["chat-2"]
    assert [s.chat_id for s in store.subscriptions("fake")] == ["chat-2"]


def _bad_feeds(server) -> dict[str, str]:
    """Each hostile or broken feed, keyed by path, with the words its error must contain."""
    server.set_status("/404.xml", 404)
    server.set_status("/500.xml", 500)
    server.set_redirect("/loop-a.xml", "/loop-b.xml")
    server.set_redirect("/loop-b.xml", "/loop-a.xml")
    server.set_huge_body("/huge.xml", size=50 * 1024 * 1024)
    server.set_gzip_bomb("/bomb.xml")
    server.set_slow_loris("/slow.xml")
    server.set_feed("/malformed.xml", b"<rss version=\"2.0\"><channel><title>Broken</title><ite")
    server.set_feed("/entities.xml", b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "x">]><rss/>')
    server.set_feed("/html.xml", b"<html><body>not a feed</body></html>", content_type="text/html")
    server.set_route("/stacked.xml", lambda request: Response(200, b"<rss/>", {"Content-Encoding": "gzip," * 1200}))
    return {
        "/404.xml": "404", "/500.xml": "500", "/loop-a.xml": "redirect", "/huge.xml": "larger",
        "/bomb.xml": "larger", "/slow.xml": "time", "/malformed.xml": "", "/entities.xml": "entit",
        "/html.xml": "", "http://127.0.0.1:9/closed.xml": "connect", "/stacked.xml": "Content-Encodings",
        "http://a..b/bad-host.xml": "host name",
    }


# The slow-loris feed ends only by the fetch deadline (2 s here): without it the poll
# would wait forever, and the time limit fails the test instead.
@pytest.mark.timeout(45)
def test_every_bad_feed_is_a_recorded_error_and_loses_nothing(store, clock, feed_server):
    harness = Harness(store, clock, feed_server)
    feed_server.set_feed("/good.xml", rss([seed_item(0, FEB_13)]))
    good = harness.feed("/good.xml", "Good")
    asyncio.run(harness.poll(good))
    before = store.stats()
    expected = _bad_feeds(feed_server)
    feeds = []
    for path in expected:
        url = path if path.startswith("http") else feed_server.url(path)
        store.add_feed(Feed(url=url, name=path), clock.now())
        feeds.append(store.feed_by_url(url))

    async def poll_all():
        async with HttpFeedSource(timeout=2, max_bytes=1024 * 1024) as source:
            poller = FeedPoller(store, source, harness.current_analyzer, clock)
            return await asyncio.gather(*(poller.poll(f) for f in feeds))

    results = asyncio.run(poll_all())
    for feed, result, words in zip(feeds, results, expected.values()):
        assert result.error, f"{feed.url} should fail"
        assert words.lower() in result.error.lower(), (feed.url, result.error)
        assert store.feed_state(feed.id).last_error == result.error[:500]
    after = store.stats()
    assert (after["entries"], after["stories"], after["outbox"]) == (before["entries"], before["stories"], before["outbox"])
    # The good feed keeps being polled normally afterwards.
    (again,) = asyncio.run(harness.poll(good))
    assert again.ok


class _SourceWithABug(HttpFeedSource):
    """The real fetcher, except that one URL raises what no FeedSource should: the stand-in
    for a hostile input nobody has found yet (two such, a Content-Encoding header stacking
    a thousand codings and a host name with an empty label, escaped the fetcher before)."""

    async def fetch(self, url, etag=None, last_modified=None, *, from_chat=False):
        if url.endswith("/bug.xml"):
            raise RecursionError("maximum recursion depth exceeded")
        return await super().fetch(url, etag, last_modified, from_chat=from_chat)


def test_an_unexpected_error_in_one_feed_is_its_recorded_failure(store, clock, feed_server):
    harness = Harness(store, clock, feed_server)
    feed_server.set_feed("/good.xml", rss([seed_item(0, FEB_13)]))
    bug, good = harness.feed("/bug.xml", "Bug"), harness.feed("/good.xml", "Good")

    async def poll_both():
        async with _SourceWithABug(timeout=5) as source:
            poller = FeedPoller(store, source, harness.current_analyzer, clock)
            return await asyncio.gather(poller.poll(bug), poller.poll(good))

    # Raised, it ended the gather (`poll`, `run`'s round) and the good feed's results with it.
    failed, ok = asyncio.run(poll_both())
    assert failed.error == "unexpected error: RecursionError: maximum recursion depth exceeded"
    state = store.feed_state(bug.id)
    assert state.failures == 1 and state.last_error == failed.error and state.next_poll > clock.now()
    assert ok.ok and ok.new_entries == 1


def test_odd_but_usable_feeds_are_read(harness, feed_server, store):
    feed_server.set_wrong_charset("/charset.xml", rss([]).decode().replace(
        "</channel>", "<item><title>Défense: l'Allemagne livre des chars Leopard à l'Ukraine</title></item></channel>"))
    feed_server.set_feed("/empty.xml", rss([]))
    feed_server.set_feed("/noguid.xml", rss([{"title": "<b>Bold</b> <script>alert(1)</script>news without guid",
                                              "description": "No date either."}]))
    results = asyncio.run(harness.poll(*(harness.feed(p, p) for p in ("/charset.xml", "/empty.xml", "/noguid.xml"))))
    assert all(r.ok for r in results), [r.error for r in results]
    assert [r.entries for r in results] == [1, 0, 1]
    titles = [row["title"] for row in store.db.query("SELECT title FROM entries ORDER BY id")]
    assert "<script>" not in " ".join(titles) and "alert(1)" not in " ".join(titles)
    # Polled again: the entry without GUID or date is recognised, not stored twice.
    feed_server.set_feed("/noguid.xml", rss([{"title": "<b>Bold</b> <script>alert(1)</script>news without guid",
                                              "description": "No date either."}]), etag=False, last_modified=False)
    asyncio.run(harness.poll(store.feed_by_url(feed_server.url("/noguid.xml"))))
    assert store.stats()["entries"] == 2


def test_a_crash_while_storing_is_recorded_and_keeps_nothing_half_written(harness, feed_server, store):
    class BrokenAnalyzer:
        def analyze(self, title, body, lang=None, published=None):
            raise RuntimeError("analyzer bug")

    feed_server.set_feed("/afp.xml", rss([seed_item(0, FEB_13)]))
    feed = harness.feed("/afp.xml", "AFP")

    async def poll():
        async with HttpFeedSource(timeout=5) as source:
            return await FeedPoller(store, source, BrokenAnalyzer, harness.clock).poll(feed)

    result = asyncio.run(poll())
    assert "analyzer bug" in result.error
    state = store.feed_state(feed.id)
    assert state.failures == 1 and "analyzer bug" in state.last_error and state.content_hash is None
    assert store.stats()["entries"] == 0
    # Fixed analyzer: the same items are processed on the next poll, nothing lost.
    (again,) = asyncio.run(harness.poll(feed))
    assert again.matches == 1 and len(harness.chat.sent) == 1


def _aid_items(site: str, start: int, count: int) -> list[dict]:
    donors = ["Germany", "France", "Norway", "Poland", "Sweden", "Denmark", "Canada", "Italy", "Spain"]
    return [{"title": f"{donors[n % 9]} pledges {n + 2} air defence systems to Ukraine (report {n})",
             "guid": f"{site}-{n}", "link": f"https://{site}/news/{n}",
             "description": f"{donors[n % 9]} will deliver {n + 2} air defence systems to Ukraine, its defence "
                            f"ministry said on day {n}."} for n in range(start, start + count)]


def test_a_feed_serving_another_sites_content_is_stored_not_alerted_until_the_move_is_confirmed(
        harness, feed_server, store):
    from bot.core.feeds.urls import ACCEPT_NEW_SITE_AFTER

    feed_server.set_feed("/x.xml", rss(_aid_items("www.news.example", 0, 1)))
    feed = harness.feed("/x.xml", "X")
    asyncio.run(harness.poll(feed))
    assert len(harness.chat.sent) == 1 and store.feed_state(feed.id).site == "news.example"
    for poll in range(ACCEPT_NEW_SITE_AFTER - 1):
        # Items other than the first site's (from 1): the feed's same words under new links are
        # the item it stored, not a new one, since stop 47b.
        feed_server.set_feed("/x.xml", rss(_aid_items("spam.example", 10 * poll + 1, 2)))
        (result,) = asyncio.run(harness.poll(feed))
        assert result.foreign_site == "spam.example" and result.new_entries == 2
    assert len(harness.chat.sent) == 1  # nothing from the other site was alerted
    anomalies = store.audit_log(action_prefix="feed.anomaly")
    assert anomalies and anomalies[0]["after"]["site"] == "spam.example"
    feed_server.set_feed("/x.xml", rss(_aid_items("spam.example", 105, 1)))  # a donor not seen before
    (result,) = asyncio.run(harness.poll(feed))  # the third poll in a row: the site moved
    assert result.foreign_site is None and len(harness.chat.sent) == 2
    assert store.feed_state(feed.id).site == "spam.example"


def test_quiet_feeds_are_polled_less_and_busy_ones_more(harness, feed_server, store, clock):
    feed_server.set_feed("/q.xml", rss(_aid_items("q.example", 0, 1)))
    feed = harness.feed("/q.xml", "Q")
    asyncio.run(harness.poll(feed))  # new items: come back sooner than the 600 s interval
    assert store.feed_state(feed.id).next_poll - clock.now() == timedelta(seconds=300)
    waits = []
    for _ in range(8):  # nothing new (304s): the wait grows, within bounds
        asyncio.run(harness.poll(feed))
        state = store.feed_state(feed.id)
        waits.append((state.next_poll - clock.now()).total_seconds())
    assert state.quiet_polls == 8 and waits[0] == 600 and waits[-1] == 2400
    feed_server.set_feed("/q.xml", rss(_aid_items("q.example", 50, 1)))
    asyncio.run(harness.poll(feed))
    state = store.feed_state(feed.id)
    assert state.quiet_polls == 0 and state.next_poll - clock.now() == timedelta(seconds=300)


# -- the poller's in-memory stories stay true to the database -------------------------------



def test_a_story_stored_by_another_process_is_found_by_a_running_poller(harness, feed_server, store, clock):
    from bot.core.stories.fingerprint.fingerprints import fingerprint
    from tests.support.story_articles import LEOPARD_EN_1, PATRIOT_EN_1, PATRIOT_EN_2

    poller = OnePoller(harness)
    feed_server.set_feed("/a.xml", rss([article_item(LEOPARD_EN_1, "a1", clock.now())]))
    assert poller.poll(harness.feed("/a.xml", "A")).new_stories == 1
    # `poll --once` beside the bot (or any other writer) stores a story meanwhile.
    other = store.create_story(PATRIOT_EN_1[0], "https://other.example/1", clock.now(), clock.now(),
                               fingerprint(*PATRIOT_EN_1, entities=load_entities()).to_json(), ["air_defence"], 5.0)
    feed_server.set_feed("/b.xml", rss([article_item(PATRIOT_EN_2, "b1", clock.now())]))
    result = poller.poll(harness.feed("/b.xml", "B"))
    assert result.matches == 1 and result.new_stories == 0
    assert [s["source"] for s in store.story_sources(other)] == ["B"]


def test_a_rolled_back_poll_leaves_no_phantom_story_behind(harness, feed_server, store, clock):
    from bot.core.stories.fingerprint.fingerprints import fingerprint
    from tests.support.story_articles import CAESAR_FR, LEOPARD_EN_1, LEOPARD_EN_2, PATRIOT_EN_1

    class FailsOnBoom:
        def __init__(self, real):
            self.real = real
            self.entities = real.entities  # the story matcher reads names with them

        def analyze(self, title, body, lang=None, published=None):
            if "BOOM" in title:
                raise RuntimeError("analyzer bug")
            return self.real.analyze(title, body, lang, published)

    poller = OnePoller(harness, analyzer=lambda: FailsOnBoom(harness.current_analyzer()))
    # The Leopard story is created, then read into the index while the CAESAR item is
    # matched; then the poll fails and rolls back (one failing item would be left out and
    # the rest stored: more than MAX_ITEMS_LEFT_OUT fail the poll).
    booms = [{"title": f"BOOM {n}", "guid": f"boom{n}", "link": f"https://news.example/boom{n}"}
             for n in range(MAX_ITEMS_LEFT_OUT + 1)]
    feed_server.set_feed("/a.xml", rss([article_item(LEOPARD_EN_1, "a1", clock.now()),
                                        article_item(CAESAR_FR, "a2", clock.now()), *booms]))
    failed = poller.poll(harness.feed("/a.xml", "A"))
    assert "analyzer bug" in failed.error and store.newest_story_id() == 0  # its stories rolled back
    # The rolled-back story's id is given again, to a story about something else.
    patriot = store.create_story(PATRIOT_EN_1[0], "https://other.example/1", clock.now(), clock.now(),
                                 fingerprint(*PATRIOT_EN_1, entities=load_entities()).to_json(), ["air_defence"], 5.0)
    feed_server.set_feed("/b.xml", rss([article_item(LEOPARD_EN_2, "b1", clock.now())]))
    result = poller.poll(harness.feed("/b.xml", "B"))
    assert result.matches == 1 and result.new_stories == 1  # not filed under the Patriot story
    assert store.story_sources(patriot) == []


def test_the_story_window_follows_the_clock_both_ways(harness, feed_server, store, clock):
    from bot.core.stories.scoring.story_score import LATE_REPORT_REACH
    from tests.support.story_articles import LEOPARD_EN_1, LEOPARD_EN_2, LEOPARD_FR

    poller = OnePoller(harness)
    start = clock.now()
    feed_server.set_feed("/a.xml", rss([article_item(LEOPARD_EN_1, "a1", start)]))
    assert poller.poll(harness.feed("/a.xml", "A")).new_stories == 1
    # The story has left the 48 h window and even a late report's reach (3.5 windows):
    # the index no longer holds it, whatever the article's publication time.
    clock.advance(hours=48 * LATE_REPORT_REACH + 1)
    feed_server.set_feed("/b.xml", rss([article_item(LEOPARD_EN_2, "b1", start)]))
    assert poller.poll(harness.feed("/b.xml", "B")).new_stories == 1
    clock.current = start + timedelta(hours=1)  # a clock set back: the first story counts again
    feed_server.set_feed("/c.xml", rss([article_item(LEOPARD_FR, "c1", start)]))
    result = poller.poll(harness.feed("/c.xml", "C"))
    assert result.matches == 1 and result.new_stories == 0
    # C joins the first story, and links it to B's, a report of the same event opened while
    # the first was out of reach: the two become one (see bot.core.stories.merges).
    assert result.stories_merged == 1
    assert sorted(s["source"] for s in store.story_sources(1)) == ["A", "B", "C"]


# -- stories growing: the hook for editing a sent alert, and the same-feed rule --------------


def test_a_report_joining_a_story_is_reported_with_its_new_outlet_and_pledges(harness, feed_server, store, clock):
    from tests.support.story_articles import LEOPARD_EN_1, LEOPARD_FR

    poller = OnePoller(harness)
    feed_server.set_feed("/a.xml", rss([article_item(LEOPARD_EN_1, "a1", clock.now())]))
    first = poller.poll(harness.feed("/a.xml", "A"))
    assert first.new_stories == 1 and first.alerts_queued == 1 and first.story_updates == []
    story_id = store.newest_story_id()
    stored = {(p["donor"], p["category"], p["status"], p["system"]) for p in store.pledge_rows(with_sources=False)}
    feed_server.set_feed("/b.xml", rss([article_item(LEOPARD_FR, "b1", clock.now() + timedelta(hours=1))],
                                       lang="fr"))
    second = poller.poll(harness.feed("/b.xml", "B"))
    assert second.new_stories == 0 and second.alerts_queued == 0  # no second alert
    [update] = second.story_updates
    assert (update.story_id, update.source, update.url, update.new_outlet) == (
        story_id, "B", "https://news.example/b1", True)
    # Exactly the pledges the story did not have before, as stored.
    after = {(p["donor"], p["category"], p["status"], p["system"]) for p in store.pledge_rows(with_sources=False)}
    assert {(p.donor, p.category, p.status, p.system or "") for p in update.new_pledges} == after - stored


def test_an_outlets_second_report_of_an_event_is_its_own_story_unless_a_copy(harness, feed_server, store, clock):
    from tests.support.story_articles import LEOPARD_EN_1, LEOPARD_EN_2

    poller = OnePoller(harness)
    feed_server.set_feed("/a.xml", rss([article_item(LEOPARD_EN_1, "a1", clock.now())]))
    assert poller.poll(harness.feed("/a.xml", "A")).new_stories == 1
    # The same outlet, another report (other words): not folded into its first one.
    feed_server.set_feed("/a.xml", rss([article_item(LEOPARD_EN_1, "a1", clock.now()),
                                        article_item(LEOPARD_EN_2, "a2", clock.now() + timedelta(hours=1))]))
    assert poller.poll(harness.feed("/a.xml", "A")).new_stories == 1
    # The same outlet re-issuing its first report under a new GUID, link and date: since stop
    # 47b the item it stored (same title and text), no new report; with a sentence added (a
    # corrected re-issue), an update of its story.
    feed_server.set_feed("/a.xml", rss([article_item(LEOPARD_EN_1, "a3", clock.now() + timedelta(hours=2))]))
    same = poller.poll(harness.feed("/a.xml", "A"))
    assert (same.new_entries, same.new_stories, same.story_updates) == (0, 0, []), same
    title, text = LEOPARD_EN_1
    corrected = (title, text + " The ministry corrected the delivery date later on Tuesday.")
    feed_server.set_feed("/a.xml", rss([article_item(corrected, "a4", clock.now() + timedelta(hours=3))]))
    result = poller.poll(harness.feed("/a.xml", "A"))
    assert result.new_stories == 0
    [update] = result.story_updates
    assert update.story_id == 1 and not update.new_outlet


def test_a_feed_of_thousands_of_items_stores_its_first_thousand_and_then_what_is_new(harness, feed_server, store):
    items = [{"title": f"Weather report {n}", "guid": f"w{n}", "link": f"https://w.example/{n}"} for n in range(3000)]
    feed_server.set_feed("/many.xml", rss(items))
    feed = harness.feed("/many.xml", "Many")
    (first,) = asyncio.run(harness.poll(feed))
    assert first.ok and first.new_entries == 1000
    feed_server.set_feed("/many.xml", rss([{"title": "Weather report new", "guid": "new",
                                            "link": "https://w.example/new"}, *items]))
    (second,) = asyncio.run(harness.poll(feed))
    assert second.ok and second.new_entries == 1
    guids = {row["guid"] for row in store._rows("SELECT guid FROM entries")}
    assert guids == {"new", *(f"w{n}" for n in range(1000))}


def test_items_sharing_one_guid_are_all_kept_poll_after_poll(harness, feed_server, store):
    # A CMS template that gives every item the same <guid> (the site's address): the
    # first item was stored and every other one dropped as "seen", at every poll.
    def item(n: int) -> dict:
        return {"title": f"Report {n}", "guid": "https://site.example/", "link": f"https://site.example/news/{n}",
                "description": f"Text of report {n}."}

    feed_server.set_feed("/same-guid.xml", rss([item(2), item(1), item(0)]))
    feed = harness.feed("/same-guid.xml", "Same GUID")
    (first,) = asyncio.run(harness.poll(feed))
    assert (first.entries, first.new_entries) == (3, 3)
    # Next poll: one new item on top, parsed alone (the stored ones' bytes are skipped).
    feed_server.set_feed("/same-guid.xml", rss([item(3), item(2), item(1), item(0)]))
    (second,) = asyncio.run(harness.poll(feed))
    assert second.new_entries == 1
    # Stored items edited (so parsed again), the one that has the GUID and one that does
    # not: both are known, nothing is added.
    edited = [item(3), {**item(2), "description": "Edited."}, {**item(1), "description": "Edited."}, item(0)]
    feed_server.set_feed("/same-guid.xml", rss(edited))
    (third,) = asyncio.run(harness.poll(feed))
    assert (third.entries, third.new_entries) == (4, 0)
    titles = sorted(row["title"] for row in store._rows("SELECT title FROM entries"))
    assert titles == ["Report 0", "Report 1", "Report 2", "Report 3"]


def test_a_pushed_body_of_100000_items_is_cut_before_parsing(harness, feed_server, store, clock, monkeypatch):
    import bot.pipeline

    # A feed may name a hub on its own host and push whenever it likes: the cut of a poll
    # (its first 1,000 items) must hold for pushes too. Parsing all of them took ~10 s of CPU.
    # What the parser is given is told, not how long it took (no test compares times).
    parsed_items = []
    parse = bot.pipeline.parse_feed_document

    def counting_parse(body, *args, **kwargs):
        parsed_items.append(body.count(b"<item>"))
        return parse(body, *args, **kwargs)

    monkeypatch.setattr(bot.pipeline, "parse_feed_document", counting_parse)
    items = "".join(f"<item><title>t{n}</title><link>https://p.example/{n}</link></item>" for n in range(100_000))
    body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>P</title>{items}</channel></rss>'.encode()
    feed = harness.feed("/pushed.xml", "Pushed")
    poller = FeedPoller(store, None, harness.current_analyzer, clock)
    result = asyncio.run(poller.ingest(feed.id, body, "application/rss+xml"))
    assert result.new_entries == 1000
    assert parsed_items == [1000]


def test_changed_feeds_waiting_to_be_parsed_wait_compressed_and_lose_nothing(harness, feed_server, store, monkeypatch):
    """Six changed feeds fetched at once: four wait for the two parse slots, their bodies
    held compressed meanwhile (first-round memory); every item is stored as without."""
    import zlib

    import bot.pipeline

    compressed = []
    real = zlib.compress

    def counting(data, level=-1):
        compressed.append(len(data))
        return real(data, level)

    monkeypatch.setattr(bot.pipeline.zlib, "compress", counting)
    feeds = []
    for n in range(6):
        items = [{"title": f"Outlet {n} item {i}", "link": f"https://example.org/{n}/{i}", "guid": f"{n}-{i}",
                  "description": f"Unrelated local news number {i} from outlet {n}."} for i in range(5)]
        if n == 5:
            items.append(seed_item(0, FEB_13))
        feed_server.set_feed(f"/f{n}.xml", rss(items, lang="fr"))
        feeds.append(harness.feed(f"/f{n}.xml", f"Outlet {n}"))

    async def all_at_once():
        async with HttpFeedSource(timeout=5) as source:
            poller = FeedPoller(store, source, harness.current_analyzer, harness.clock, harness.limits)
            parse_and_store = poller._parse_and_store

            async def once_all_six_fetched(*args, **kwargs):
                # The polls holding the slots parse only when all six fetches are over, so four
                # bodies meet the slots taken. Without this the test leant on timing: on a quiet
                # machine a parse could end before the next body arrived, and nothing waited.
                deadline = asyncio.get_running_loop().time() + 30
                while poller._changed_polls < len(feeds) and asyncio.get_running_loop().time() < deadline:
                    await asyncio.sleep(0.01)
                return await parse_and_store(*args, **kwargs)

            poller._parse_and_store = once_all_six_fetched
            return await asyncio.gather(*(poller.poll(f) for f in feeds))

    results = asyncio.run(all_at_once())
    assert len(compressed) == 4, compressed  # the bodies of the four polls that met both slots taken
    assert [r.error for r in results] == [None] * 6
    assert [r.new_entries for r in results] == [5, 5, 5, 5, 5, 6]
    assert results[5].matches == 1
    assert store.stats()["entries"] == 31


def test_an_item_left_out_for_failing_is_read_again_once_the_feed_changes(harness, feed_server, store, clock, caplog):
    from tests.support.story_articles import CAESAR_FR, LEOPARD_EN_1

    broken = {"on": True}

    class FailsOnBoomWhileBroken:
        def __init__(self, real):
            self.real = real
            self.entities = real.entities

        def analyze(self, title, body, lang=None, published=None):
            if broken["on"] and "BOOM" in title:
                raise RuntimeError("analyzer bug")
            return self.real.analyze(title, body, lang, published)

    poller = OnePoller(harness, analyzer=lambda: FailsOnBoomWhileBroken(harness.current_analyzer()))
    feed = harness.feed("/a.xml", "A")
    boom = {"title": "BOOM", "guid": "boom", "link": "https://news.example/boom"}
    feed_server.set_feed("/a.xml", rss([article_item(LEOPARD_EN_1, "a1", clock.now()), boom]), etag=False,
                         last_modified=False)
    with caplog.at_level(logging.DEBUG, logger="bot"):
        first = poller.poll(feed)
        assert first.error is None and first.new_entries == 1 and first.matches == 1
        # The same bytes again: the item is read again (the feed's hashes were kept), and
        # the traceback is not logged a second time.
        again = poller.poll(feed)
    assert again.error is None and again.new_entries == 0
    said = [r.levelname for r in caplog.records if "BOOM" in r.getMessage()]
    assert said == ["ERROR", "DEBUG"], said
    assert [row["title"] for row in store._rows("SELECT title FROM entries")] == [LEOPARD_EN_1[0]]
    # The bug fixed (an upgrade) and the feed changed: the item is stored at last.
    broken["on"] = False
    feed_server.set_feed("/a.xml", rss([article_item(LEOPARD_EN_1, "a1", clock.now()), boom,
                                        article_item(CAESAR_FR, "a2", clock.now())]), etag=False, last_modified=False)
    fixed = poller.poll(feed)
    assert fixed.error is None and fixed.new_entries == 2
    assert {row["title"] for row in store._rows("SELECT title FROM entries")} == {LEOPARD_EN_1[0], "BOOM", CAESAR_FR[0]}
