"""Merging the stories that one report links (issue 12): reports A, B and C of one event
where A~B and B~C qualify to join but A~C does not. Arriving as A, C, B, they used to
end in two stories and two alerts. The pure decision (bot/core/stories/merges.py), the
store's move of one story into another (bot/adapters/store/merges.py) and the
pipeline, on the real store."""

from __future__ import annotations

import asyncio
import json
import logging
from dataclasses import replace
from datetime import datetime, timedelta, timezone

from bot.config import load_entities
from bot.core.models import Entry, Pledge
from bot.core.stories.evidence.events import EventEvidence
from bot.core.stories.fingerprint.fingerprints import MAX_MEMBERS, StoryFingerprint, fingerprint
from bot.core.stories.matching import StoryCandidate
from bot.core.stories.merges import may_merge, plan_merge
from bot.core.stories.scoring.story_score import LATE_REPORT_REACH
from bot.core.stories.story_index import StoryIndex
from bot.delivery import OutboxDispatcher
from bot.pipeline import MAX_ITEMS_LEFT_OUT
from tests.support.poll_harness import OnePoller, article_item
from tests.support.servers import rss
from tests.support.story_articles import LEOPARD_EN_1, SKYNEX_DE_1, SKYNEX_DE_2, SKYNEX_EN

NOW = datetime(2023, 2, 14, 12, tzinfo=timezone.utc)

WINDOW = timedelta(hours=48)


def _fp(article: tuple[str, str]) -> StoryFingerprint:
    return fingerprint(*article, entities=load_entities())


def _story(story_id: int, fp: StoryFingerprint, hours: float = 0, feeds=None) -> StoryCandidate:
    """A story from its own feed (id = the story's) unless `feeds` says otherwise."""
    return StoryCandidate(story_id, fp, NOW + timedelta(hours=hours), frozenset(feeds or {story_id}))


def _evidence(**fields) -> EventEvidence:
    return EventEvidence(**{name: frozenset(values) for name, values in fields.items()})


def _words(*words: str, event: EventEvidence = EventEvidence()) -> StoryFingerprint:
    return StoryFingerprint(names=frozenset(words), terms=frozenset(words), event=event)


LEOPARD_DE = _evidence(donors={"DE"}, systems={"Leopard 2"})
ABRAMS_US = _evidence(donors={"US"}, systems={"Abrams"})


# -- may two stories be one? (pure) ----------------------------------------------------------------


def test_two_stories_of_one_event_from_other_feeds_may_merge():
    # The German and English reports of Rheinmetall's Skynex order: alike through a third
    # report only (the English one does not join the German one on its own).
    assert may_merge(_story(1, _fp(SKYNEX_DE_2)), _story(2, _fp(SKYNEX_EN), hours=3))


def test_evidence_that_conflicts_in_any_report_keeps_two_stories_apart():
    agreeing = _words("rheinmetall", "skynex", event=_evidence(donors={"DE"}))
    assert may_merge(_story(1, _words("leopard", "tank", event=LEOPARD_DE)), _story(2, agreeing))
    # A report that joined the second story names another donor and system: the first
    # story's report conflicts with it, so the two are not one event.
    grown = agreeing.with_member(_words("abrams", event=ABRAMS_US))
    assert not may_merge(_story(1, _words("leopard", "tank", event=LEOPARD_DE)), _story(2, grown))
    assert not may_merge(_story(2, grown), _story(1, _words("leopard", "tank", event=LEOPARD_DE)))


def test_stories_sharing_a_feed_merge_only_as_near_copies():
    one, other = _fp(SKYNEX_DE_2), _fp(SKYNEX_EN)
    assert not may_merge(_story(1, one, feeds={7}), _story(2, other, feeds={7, 8}))
    # An outlet's update of its own report (the same text under a new GUID) is one story.
    assert may_merge(_story(1, one, feeds={7}), _story(2, one, feeds={7, 8}))


def test_stories_further_apart_than_the_window_merge_only_as_a_late_retelling_would_join():
    one, other = _fp(SKYNEX_DE_2), _fp(SKYNEX_EN)
    late = WINDOW.total_seconds() / 3600 + 12
    assert may_merge(_story(1, one), _story(2, other, hours=40))
    # Beyond the window: the wording must be as alike as a late re-telling's (these two,
    # in two languages, are not) ...
    assert not may_merge(_story(1, one), _story(2, other, hours=late))
    # ... and a copy is, up to a late report's reach and no further.
    assert may_merge(_story(1, one), _story(2, one, hours=late))
    assert not may_merge(_story(1, one), _story(2, one, hours=48 * LATE_REPORT_REACH + 1))


def test_a_story_opened_by_a_month_only_date_merges_as_the_matcher_would_join_it():
    # Archives that know only the month give midnight on the 1st; the matcher reads that
    # as any time of the month, and so must merging, or the two stories a report links
    # would stay two although the report joined both.
    one, other = _fp(SKYNEX_DE_2), _fp(SKYNEX_EN)
    month_only = StoryCandidate(1, one, datetime(2023, 2, 1), frozenset({1}))  # naive, as some feeds give
    assert may_merge(month_only, StoryCandidate(2, other, datetime(2023, 2, 20, 9, tzinfo=timezone.utc), frozenset({2})))
    # A month-only date of another month is still that far away.
    january = StoryCandidate(1, one, datetime(2023, 1, 1, tzinfo=timezone.utc), frozenset({1}))
    assert not may_merge(january, StoryCandidate(2, other, datetime(2023, 3, 20, tzinfo=timezone.utc), frozenset({2})))


# -- what to merge into what (pure) -----------------------------------------------------------------


def test_the_best_match_survives_and_absorbs_the_others():
    ranked = [_story(3, _fp(SKYNEX_EN), hours=2), _story(1, _fp(SKYNEX_DE_2))]
    plan = plan_merge(ranked, shown=set())
    assert plan is not None and (plan.survivor, plan.absorbed) == (3, (1,))
    # The survivor keeps every report of the absorbed story: later reports must agree with it.
    assert plan.fingerprint.members == (ranked[1].fingerprint.event,)
    assert plan.fingerprint.member_texts[0].names == ranked[1].fingerprint.names


def test_a_story_a_chat_may_have_seen_is_never_absorbed_but_may_absorb():
    ranked = [_story(3, _fp(SKYNEX_EN), hours=2), _story(1, _fp(SKYNEX_DE_2))]
    plan = plan_merge(ranked, shown={1})
    assert plan is not None and (plan.survivor, plan.absorbed) == (1, (3,))
    # Both seen: both stay (a duplicate is a smaller harm than an alert taken back).
    assert plan_merge(ranked, shown={1, 3}) is None


def test_a_story_joins_only_when_it_agrees_with_every_story_merged_before_it():
    survivor = _story(1, _words("leopard", "rheinmetall", event=_evidence(systems={"Leopard 2"})))
    german = _story(2, _words("leopard", "berlin", event=LEOPARD_DE))
    american = _story(3, _words("leopard", "washington", event=_evidence(donors={"US"})))
    plan = plan_merge([survivor, german, american], shown=set())
    # The American one agrees with the survivor but not with the German one absorbed first.
    assert plan is not None and plan.absorbed == (2,)
    assert plan_merge([survivor], shown=set()) is None


def test_merging_keeps_every_report_within_the_usual_limits():
    story = _fp(SKYNEX_DE_2).with_member(_fp(SKYNEX_DE_1))
    merged = _fp(SKYNEX_EN).with_story(story)
    assert merged.members == (story.event, story.members[0])
    assert [t.names for t in merged.member_texts] == [story.names, story.member_texts[0].names]
    assert StoryFingerprint.from_json(merged.to_json()) == merged
    # A story full of members takes no more (as with_member).
    full = story
    while len(full.members) < MAX_MEMBERS:
        full = full.with_member(_fp(SKYNEX_EN))
    assert full.with_story(story) == full


def test_an_absorbed_story_leaves_the_index_and_the_survivor_takes_its_words_and_feeds():
    index = StoryIndex()
    index.add(_story(1, _fp(SKYNEX_DE_2), feeds={5}), stored_at=NOW)
    index.add(_story(2, _fp(SKYNEX_EN), feeds={6}), stored_at=NOW)
    plan = plan_merge([index.candidate(1), index.candidate(2)], shown=set())
    index.absorb(plan.survivor, 2, plan.fingerprint)
    assert 2 not in index and len(index) == 1
    assert index.candidate(1).feeds == {5, 6} and index.fingerprint_of(1) == plan.fingerprint
    # The English copy now finds the merged story, through the absorbed report's words.
    assert index.matching(_fp(SKYNEX_EN), NOW, WINDOW, feed=9) == [1]


def test_a_survivor_opened_later_takes_the_absorbed_storys_earlier_time():
    # The window runs from a story's first report: after the merge, the absorbed one's.
    index = StoryIndex()
    index.add(_story(1, _fp(SKYNEX_DE_2), hours=30, feeds={5}), stored_at=NOW + timedelta(hours=30))
    index.add(_story(2, _fp(SKYNEX_EN), feeds={6}), stored_at=NOW)
    index.absorb(1, 2, index.fingerprint_of(1).with_story(index.fingerprint_of(2)))
    assert index.candidate(1).first_seen == NOW
    index.add(_story(3, _fp(SKYNEX_EN), hours=40, feeds={7}), stored_at=NOW + timedelta(hours=40))
    index.absorb(3, 1, index.fingerprint_of(3).with_story(index.fingerprint_of(1)))
    assert index.candidate(3).first_seen == NOW  # the earliest, whichever side it was on


def test_the_store_gives_the_survivor_the_earlier_time_of_the_two(harness, store, clock):
    later = store.create_story("S", "u", clock.now(), clock.now() - timedelta(hours=2), "{}", ["tanks"], 3.0)
    earlier = store.create_story("A", "u", clock.now(), clock.now() - timedelta(hours=30), "{}", ["tanks"], 3.0)
    unknown = store.create_story("U", "u", clock.now() + timedelta(hours=1), None, "{}", ["tanks"], 3.0)
    with store.transaction():
        store.merge_story(earlier, later)
        store.merge_story(unknown, later)  # no publication time: its first-seen time counts
    [row] = [r for r in store.stories_since(None) if r["id"] == later]
    assert row["published"] == clock.now() - timedelta(hours=30)
    assert row["first_seen"] == clock.now()  # when the row was made: it stays


# -- the store: one story's rows move into another ------------------------------------------------------


def _entry(store, clock, feed_id: int, guid: str) -> int:
    return store.insert_entry(feed_id, Entry(feed_url="https://e.example/feed", guid=guid, url=f"https://e.example/{guid}",
                                                     title=guid), None,
                              clock.now())


def test_the_store_moves_sources_pledges_and_pending_alerts_into_the_survivor(harness, store, clock):
    from bot.core.models import Alert, Subscription

    feed = harness.feed("/x.xml", "X")
    survivor = store.create_story("S", "u", clock.now(), None, "{}", ["tanks"], 3.0)
    absorbed = store.create_story("A", "u", clock.now(), None, "{}", ["air_defence"], 3.0)
    one, two, three = (_entry(store, clock, feed.id, g) for g in ("one", "two", "three"))
    store.add_story_source(survivor, one, feed.id, "AFP", "https://e.example/one", clock.now())
    store.add_story_source(absorbed, two, feed.id, "DW", "https://e.example/two", clock.now())
    store.add_story_source(absorbed, three, feed.id, "RFI", "https://e.example/three", clock.now())
    for entry_id, story_id in ((one, survivor), (two, absorbed), (three, absorbed)):
        store.set_entry_verdict(entry_id, True, 3.0, story_id)
    twin = Pledge("DE", "tanks", "pledged", system="Leopard 2", quantity=14)
    store.add_pledges(survivor, one, [twin], clock.now())
    store.add_pledges(absorbed, two, [twin, Pledge("DE", "air_defence", "pledged", system="IRIS-T SLM")],
                      clock.now() - timedelta(hours=1))
    store.add_pledges(absorbed, three, [twin], clock.now())
    newest, count, _ = store.pledges_version()
    # chat-1 (the harness's, all topics) has both alerts; air-only has the absorbed story's only.
    air = Subscription("fake", "air-only", ("air_defence",))
    store.subscribe("fake", "air-only", ("air_defence",), clock.now())
    alert = Alert(story_id=survivor, title="S", url="u", sources=("AFP",), published=None, topics=("tanks",))
    store.enqueue(alert, store.subscriptions()[:1], clock.now())
    other = Alert(story_id=absorbed, title="A", url="u", sources=("DW",), published=None, topics=("air_defence",))
    store.enqueue(other, [*store.subscriptions()[:1], air], clock.now())

    with store.transaction():
        store.merge_story(absorbed, survivor)

    assert {s["source"] for s in store.story_sources(survivor)} == {"AFP", "DW", "RFI"}
    assert store.story_sources(absorbed) == []
    pledges = {(p.donor, p.category, p.system): p for p in store.story_pledges(survivor)}
    assert len(pledges) == 2 and pledges["DE", "tanks", "Leopard 2"].quantity == 14
    # The twin pledges are one row now, with the sources of both; the highest id stays.
    rows = store.pledge_rows(None)
    newest_after, count_after, _ = store.pledges_version()
    assert len(rows) == 2 and newest_after == newest and count_after != count
    tanks = next(r for r in rows if r["category"] == "tanks")
    assert {s["source"] for s in tanks["sources"]} == {"AFP", "DW", "RFI"}
    assert tanks["reported_at"] == (clock.now() - timedelta(hours=1)).isoformat()
    # chat-1 keeps the survivor's alert only; air-only's alert now is the survivor's.
    outbox = store._rows("SELECT chat_id, story_id, payload FROM outbox ORDER BY chat_id")
    assert [(r["chat_id"], r["story_id"]) for r in outbox] == [("air-only", survivor), ("chat-1", survivor)]
    assert json.loads(outbox[0]["payload"])["title"] == "S"
    assert store.story_alert(absorbed) is None
    # The absorbed row stays (ids only grow) and no listing shows it.
    assert store.newest_story_id() == absorbed and {
        story_id: row["merged_into"] for story_id, row in store.stories_as_stored([survivor, absorbed]).items()
    } == {survivor: None, absorbed: survivor}
    assert [s["id"] for s in store.stories_since(None)] == [survivor]
    assert [s["id"] for s in store.latest_stories()] == [survivor] and store.story_count(None) == 1
    assert store.stats()["stories"] == 1
    assert store.stories_between(0, absorbed, clock.now() - timedelta(days=1))[0]["id"] == survivor
    assert store._rows("SELECT topics FROM stories WHERE id = ?", [survivor])[0]["topics"] == \
        '["tanks", "air_defence"]'


# -- the pipeline: A, C, then B ----------------------------------------------------------------------------


def _poll_in_order(harness, feed_server, clock, *, send_after=()):
    """Poll AFP (A), then RTL (C), then Reuters (B), each report an hour after the last;
    the outbox is drained (alerts sent) after the polls named in `send_after`."""
    poller = OnePoller(harness)
    results = {}
    for name, path, article, lang in (("A", "/a.xml", SKYNEX_DE_2, "de"), ("C", "/c.xml", SKYNEX_EN, "en"),
                                      ("B", "/b.xml", SKYNEX_DE_1, "de")):
        feed_server.set_feed(path, rss([article_item(article, name.lower(), clock.now())], lang=lang))
        results[name] = poller.poll(harness.feed(path, name))
        assert results[name].matches == 1, f"{name} must be picked out"
        if name in send_after:
            asyncio.run(OutboxDispatcher(harness.store, harness.chat, clock).drain())
        clock.advance(hours=1)
    return results


def test_three_reports_arriving_a_c_b_end_in_one_story_with_one_pending_alert(harness, feed_server, store, clock):
    results = _poll_in_order(harness, feed_server, clock)
    assert [results[n].new_stories for n in "ACB"] == [1, 1, 0]
    assert results["B"].stories_merged == 1
    [story] = store.stories_since(None)
    assert sorted(s["outlet"] for s in story["sources"]) == ["A", "B", "C"]
    assert store.outbox_counts() == {"pending": 1}
    [pending] = store.due_outbox("fake", clock.now())
    assert pending.story_id == story["id"] and sorted(pending.alert.sources) == ["A", "B", "C"]
    assert store.audit_log(action_prefix="story.merge")[0]["after"] == {"merged_into": story["id"]}
    # A fourth report of the event finds the merged story.
    feed_server.set_feed("/d.xml", rss([article_item(SKYNEX_EN, "d", clock.now())], lang="en"))
    assert OnePoller(harness).poll(harness.feed("/d.xml", "D")).new_stories == 0
    asyncio.run(OutboxDispatcher(store, harness.chat, clock).drain())
    assert len(harness.chat.sent) == 1, "one event, one alert"


def test_a_sent_story_is_never_absorbed_it_absorbs_the_pending_one_and_its_alert_is_edited(
        harness, feed_server, store, clock):
    results = _poll_in_order(harness, feed_server, clock, send_after=("A",))
    assert results["B"].stories_merged == 1
    assert store.edit_counts() == {"pending": 1}, "the merge and B's joining make one edit"
    [story] = store.stories_since(None)
    assert story["id"] == harness.chat.sent[0][1].story_id, "the story whose alert was seen survives"
    assert store.outbox_counts() == {"sent": 1}
    asyncio.run(OutboxDispatcher(store, harness.chat, clock).drain())
    assert len(harness.chat.sent) == 1
    [(_, _, edited)] = harness.chat.edited
    assert sorted(edited.sources) == ["A", "B", "C"]


def test_two_sent_stories_are_both_left_as_they_are(harness, feed_server, store, clock):
    results = _poll_in_order(harness, feed_server, clock, send_after=("A", "C"))
    assert results["B"].stories_merged == 0 and results["B"].new_stories == 0
    assert len(store.stories_since(None)) == 2 and len(harness.chat.sent) == 2


def test_a_report_from_another_site_merges_nothing(harness, feed_server, store, clock):
    # The first two stories are from feeds A and C; B's feed then serves another site's
    # articles (its links move away from its usual site): it joins, alerts nothing, merges nothing.
    poller = OnePoller(harness)
    for name, path, article, lang in (("A", "/a.xml", SKYNEX_DE_2, "de"), ("C", "/c.xml", SKYNEX_EN, "en")):
        feed_server.set_feed(path, rss([article_item(article, name.lower(), clock.now())], lang=lang))
        poller.poll(harness.feed(path, name))
    b = harness.feed("/b.xml", "B")
    store.save_feed_state(b.id, replace(store.feed_state(b.id), site="elsewhere.example"))
    feed_server.set_feed("/b.xml", rss([article_item(SKYNEX_DE_1, "b", clock.now())], lang="de"))
    result = poller.poll(b)
    assert result.foreign_site == "news.example" and result.matches == 1
    assert result.stories_merged == 0 and len(store.stories_since(None)) == 2


def test_a_story_merged_by_another_process_is_not_joined_by_a_running_poller(harness, feed_server, store, clock):
    poller = OnePoller(harness)
    feed_server.set_feed("/a.xml", rss([article_item(SKYNEX_DE_2, "a", clock.now())], lang="de"))
    feed_server.set_feed("/c.xml", rss([article_item(LEOPARD_EN_1, "c", clock.now())], lang="en"))
    poller.poll(harness.feed("/a.xml", "A"))
    poller.poll(harness.feed("/c.xml", "C"))
    [skynex, leopard] = [s["id"] for s in store.stories_since(None)]
    with store.transaction():  # another process merged the Skynex story (whatever its reasons)
        store.merge_story(skynex, leopard)
    feed_server.set_feed("/b.xml", rss([article_item(SKYNEX_DE_1, "b", clock.now())], lang="de"))
    result = poller.poll(harness.feed("/b.xml", "B"))
    assert result.matches == 1
    assert store.story_sources(skynex) == [], "nothing joins an absorbed story"


def test_a_poll_that_fails_after_a_merge_rolls_it_back_and_the_next_poll_merges_once(
        harness, feed_server, store, clock, caplog):
    # An analyzer bug on the poll's last items, more than the poller leaves out: the whole
    # poll rolls back.
    class FailsOnBoom:
        def __init__(self, real):
            self.real, self.entities = real, real.entities

        def analyze(self, title, body, lang=None, published=None):
            if "BOOM" in title:
                raise RuntimeError("analyzer bug")
            return self.real.analyze(title, body, lang, published)

    failing = {"on": True}
    poller = OnePoller(harness, analyzer=lambda: FailsOnBoom(harness.current_analyzer()) if failing["on"]
                       else harness.current_analyzer())
    for name, path, article, lang in (("A", "/a.xml", SKYNEX_DE_2, "de"), ("C", "/c.xml", SKYNEX_EN, "en")):
        feed_server.set_feed(path, rss([article_item(article, name.lower(), clock.now())], lang=lang))
        poller.poll(harness.feed(path, name))
    before = store.stories_since(None)
    booms = [{"title": f"BOOM {n}", "guid": f"boom{n}", "link": f"https://news.example/boom{n}"}
             for n in range(MAX_ITEMS_LEFT_OUT + 1)]
    feed_server.set_feed("/b.xml", rss([article_item(SKYNEX_DE_1, "b", clock.now()), *booms], lang="de"))
    b = harness.feed("/b.xml", "B")
    with caplog.at_level(logging.INFO, logger="bot.story_attachment"):
        failed = poller.poll(b)
    assert "analyzer bug" in failed.error and "merged into story" in caplog.text  # merged, then failed
    # Nothing of the merge is kept: both stories, their sources and pending alerts as they were.
    assert store.stories_since(None) == before and store.outbox_counts() == {"pending": 2}
    assert store.audit_log(action_prefix="story.merge") == []
    failing["on"] = False
    result = poller.poll(b)  # the same items again, with the bug fixed
    assert result.ok and result.stories_merged == 1
    [story] = store.stories_since(None)
    assert sorted(s["outlet"] for s in story["sources"]) == ["A", "B", "C"]
    assert len(story["pledges"]) == len({(p["donor"], p["category"], p["status"], p["system"])
                                         for p in story["pledges"]})
    assert store.outbox_counts() == {"pending": 1}


def test_an_edit_waiting_on_an_absorbed_alert_does_not_turn_the_sent_message_back_into_it(
        harness, feed_server, store, clock):
    from bot.core.stories.updates import merge_into_alert

    # A then C open two stories; chat-2 subscribes in between, so only C's alert is queued
    # for it. Its send of C's alert timed out while a report joined C (an edit was queued
    # for the message being sent) and was put back to wait.
    poller = OnePoller(harness)
    feed_server.set_feed("/a.xml", rss([article_item(SKYNEX_DE_2, "a", clock.now())], lang="de"))
    poller.poll(harness.feed("/a.xml", "A"))
    clock.advance(hours=1)
    store.subscribe("fake", "chat-2", (), clock.now())
    feed_server.set_feed("/c.xml", rss([article_item(SKYNEX_EN, "c", clock.now())], lang="en"))
    poller.poll(harness.feed("/c.xml", "C"))
    clock.advance(hours=1)
    [row] = [r for r in store.due_outbox("fake", clock.now()) if r.chat_id == "chat-2"]
    sending = store.claim_alert(row.id, row.platform, row.chat_id)
    store.update_story_alert(merge_into_alert(sending, "X", "https://x.example/1", ()), clock.now())
    store.mark_retry(row.id, "timeout", clock.now())
    # B links them: C's story is absorbed, and chat-2's alert is the survivor's now.
    feed_server.set_feed("/b.xml", rss([article_item(SKYNEX_DE_1, "b", clock.now())], lang="de"))
    assert poller.poll(harness.feed("/b.xml", "B")).stories_merged == 1
    [story] = store.stories_since(None)
    for _ in range(2):  # the alerts, then any edit of them
        asyncio.run(OutboxDispatcher(store, harness.chat, clock).drain())
        clock.advance(minutes=5)
    shown = {chat: alert for chat, alert in harness.chat.sent}
    shown.update({chat: alert for chat, _, alert in harness.chat.edited})
    assert shown["chat-2"].story_id == story["id"], "the message must show the survivor's alert"
    assert sorted(shown["chat-2"].sources) == ["A", "B", "C"]


def test_a_running_poller_does_not_overwrite_a_merge_another_process_made(harness, feed_server, store, clock):
    # `run` opened the stories of A and C; a `poll --once` beside it polled B and merged
    # them. A fourth report joins the survivor in `run`: the survivor's reports stay
    # those of A, C and B, plus the fourth, not what `run` knew of it before the merge.
    running, once = OnePoller(harness), OnePoller(harness)
    articles = {"A": (SKYNEX_DE_2, "de"), "C": (SKYNEX_EN, "en"), "B": (SKYNEX_DE_1, "de")}
    for name, poller in (("A", running), ("C", running), ("B", once)):
        article, lang = articles[name]
        feed_server.set_feed(f"/{name}.xml", rss([article_item(article, name.lower(), clock.now())], lang=lang))
        result = poller.poll(harness.feed(f"/{name}.xml", name))
        clock.advance(hours=1)
    assert result.stories_merged == 1
    [story] = store.stories_since(None)
    first = min(story["sources"], key=lambda s: s["added_at"])["outlet"]
    # The fourth report copies the survivor's first one: it qualifies for the survivor only.
    article, lang = articles[first]
    feed_server.set_feed("/d.xml", rss([article_item(article, "d", clock.now())], lang=lang))
    result = running.poll(harness.feed("/d.xml", "D"))
    assert result.new_stories == 0 and result.stories_merged == 0
    [story] = store.stories_since(None)
    assert len(story["sources"]) == 4
    stored = StoryFingerprint.from_json(
        store._rows("SELECT fingerprint FROM stories WHERE id = ?", [story["id"]])[0]["fingerprint"])
    assert len(stored.reports()) == 4, "every report of the merged story is kept in its fingerprint"


def test_an_alert_a_merge_dropped_while_the_sender_was_busy_is_not_mistaken_for_a_new_one(
        harness, feed_server, store, clock):
    from bot.adapters.feed_http import HttpFeedSource
    from tests.support.fakes import FakeChat

    # chat-1 follows air defence (the Skynex reports), tanks-only the tanks (Leopard).
    store.subscribe("fake", "chat-1", ("air_defence",), clock.now())
    store.subscribe("fake", "tanks-only", ("tanks",), clock.now())
    poller = OnePoller(harness)
    for name, article, lang in (("A", SKYNEX_DE_2, "de"), ("C", SKYNEX_EN, "en")):
        feed_server.set_feed(f"/{name}.xml", rss([article_item(article, name.lower(), clock.now())], lang=lang))
        poller.poll(harness.feed(f"/{name}.xml", name))
        clock.advance(hours=1)
    assert [(r.chat_id, r.story_id) for r in store.due_outbox("fake", clock.now())] == [("chat-1", 1), ("chat-1", 2)]
    feed_server.set_feed("/B.xml", rss([article_item(SKYNEX_DE_1, "b", clock.now())], lang="de"))
    feed_server.set_feed("/L.xml", rss([article_item(LEOPARD_EN_1, "l", clock.now())], lang="en"))
    b, leopard = harness.feed("/B.xml", "B"), harness.feed("/L.xml", "L")

    class PollsWhileSending(FakeChat):
        """While the first alert is on its way, `run` polls: B merges C's story into A's
        (C's alert to chat-1 is dropped), and the Leopard story is alerted to tanks-only."""

        async def send(self, chat_id, alert):
            if not self.sent:
                async with HttpFeedSource(timeout=5) as source:
                    poller.poller.source = source
                    assert (await poller.poller.poll(b)).stories_merged == 1
                    assert (await poller.poller.poll(leopard)).alerts_queued == 1
            return await super().send(chat_id, alert)

    chat = PollsWhileSending()
    asyncio.run(OutboxDispatcher(store, chat, clock).drain())
    asyncio.run(OutboxDispatcher(store, chat, clock).drain())  # the wake-up the new alert gives
    assert [(c, a.title) for c, a in chat.sent if a.story_id != 1] == [("tanks-only", LEOPARD_EN_1[0])]
    assert {(c, a.story_id) for c, a in chat.sent} == {("chat-1", 1), ("tanks-only", 3)}


def test_a_chat_the_survivors_alert_failed_to_reach_still_gets_the_absorbed_storys(
        harness, feed_server, store, clock):
    # A's alert to chat-1 failed for good (never delivered); C's waits. B links them: A's
    # story survives (a failed alert counts as seen), and chat-1 must still hear of the event.
    poller = OnePoller(harness)
    for name, article, lang in (("A", SKYNEX_DE_2, "de"), ("C", SKYNEX_EN, "en")):
        feed_server.set_feed(f"/{name}.xml", rss([article_item(article, name.lower(), clock.now())], lang=lang))
        poller.poll(harness.feed(f"/{name}.xml", name))
        if name == "A":
            [row] = store.due_outbox("fake", clock.now())
            store.claim_alert(row.id, row.platform, row.chat_id)
            store.mark_failed(row.id, "Bad Request: can't parse entities")
        clock.advance(hours=1)
    feed_server.set_feed("/B.xml", rss([article_item(SKYNEX_DE_1, "b", clock.now())], lang="de"))
    assert poller.poll(harness.feed("/B.xml", "B")).stories_merged == 1
    [story] = store.stories_since(None)
    asyncio.run(OutboxDispatcher(store, harness.chat, clock).drain())
    [(chat, alert)] = harness.chat.sent
    assert chat == "chat-1" and alert.story_id == story["id"] and sorted(alert.sources) == ["A", "B", "C"]


def _merge_while_the_survivors_alert_is_on_its_way(harness, feed_server, store, clock):
    """A's alert to chat-1 is claimed (being sent) when B links A's story and C's: A's
    story survives (an alert being sent counts as seen) and absorbs C's, whose alert to
    chat-1 waits. Returns the row of A's alert being sent."""
    poller = OnePoller(harness)
    sending = None
    for name, article, lang in (("A", SKYNEX_DE_2, "de"), ("C", SKYNEX_EN, "en"), ("B", SKYNEX_DE_1, "de")):
        feed_server.set_feed(f"/{name}.xml", rss([article_item(article, name.lower(), clock.now())], lang=lang))
        result = poller.poll(harness.feed(f"/{name}.xml", name))
        if name == "A":
            [sending] = store.due_outbox("fake", clock.now())
            assert store.claim_alert(sending.id, sending.platform, sending.chat_id) is not None
        clock.advance(hours=1)
    assert result.stories_merged == 1
    [story] = store.stories_since(None)
    assert story["id"] == sending.story_id
    return sending


def test_a_chat_whose_survivor_alert_fails_after_the_merge_still_gets_the_merged_alert(
        harness, feed_server, store, clock):
    # The send under way when the merge was made then fails for good (a message-specific
    # refusal, not a lost chat): chat-1 must still hear of the event, as it would have
    # from the absorbed story's alert had the two stayed apart.
    sending = _merge_while_the_survivors_alert_is_on_its_way(harness, feed_server, store, clock)
    store.mark_failed(sending.id, "Bad Request: can't parse entities")
    asyncio.run(OutboxDispatcher(store, harness.chat, clock).drain())
    [(chat, alert)] = harness.chat.sent
    assert chat == "chat-1" and alert.story_id == sending.story_id and sorted(alert.sources) == ["A", "B", "C"]
    assert store.outbox_counts() == {"sent": 1}


def test_a_chat_whose_survivor_alert_went_out_after_the_merge_gets_no_second_alert(
        harness, feed_server, store, clock):
    sending = _merge_while_the_survivors_alert_is_on_its_way(harness, feed_server, store, clock)
    store.mark_sent(sending.id, clock.now(), "m-a")
    asyncio.run(OutboxDispatcher(store, harness.chat, clock).drain())
    assert harness.chat.sent == [], "the absorbed story's alert is not a second alert"
    [(chat, message_id, edited)] = harness.chat.edited
    assert (chat, message_id) == ("chat-1", "m-a") and sorted(edited.sources) == ["A", "B", "C"]
    assert store.outbox_counts() == {"sent": 1}


def test_after_a_crash_during_the_survivors_send_the_absorbed_alert_is_not_sent_either(
        harness, feed_server, store, clock):
    # The process died while A's alert was being sent (restart: uncertain, never resent,
    # at most once): the absorbed story's alert for that chat would be the same event again.
    _merge_while_the_survivors_alert_is_on_its_way(harness, feed_server, store, clock)
    assert store.recover_interrupted() == 1
    asyncio.run(OutboxDispatcher(store, harness.chat, clock).drain())
    assert harness.chat.sent == [] and store.outbox_counts() == {"uncertain": 1}
