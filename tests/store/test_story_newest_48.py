"""Stop 48: a story's newest report (stories.newest_dated, migration 41) is kept by triggers on
story_sources through every way an article comes to a story or leaves it: a report joining, a
merge, a split, so the lists of stories (/stories, /latest) can sort by it off an index. Each
value is checked against the story's articles as read again. Real SQLite store."""

from __future__ import annotations

from datetime import timedelta

from bot.adapters.migrations import migrate
from bot.core.models import Entry, Feed


def _newest(store, story_id: int) -> str | None:
    return store._rows("SELECT newest_dated FROM stories WHERE id = ?", [story_id])[0]["newest_dated"]


def _read_again(store, story_id: int) -> str | None:
    """The story's newest article date, each no later than it was read (an undated one: when it was read, since
    migration 42), from its sources."""
    return store._rows(
        "SELECT max(min(coalesce(e.published, e.fetched_at), e.fetched_at)) AS d FROM story_sources ss "
        "JOIN entries e ON e.id = ss.entry_id WHERE ss.story_id = ?", [story_id])[0]["d"]


def _article(store, clock, feed_id: int, story_id: int, n: int, days_ago: float | None) -> int:
    published = clock.now() - timedelta(days=days_ago) if days_ago is not None else None
    url = f"https://wire.example/{n}"
    entry_id = store.insert_entry(feed_id, Entry(feed_url="", guid=f"g{n}", url=url, title=f"Item {n}",
                                                 published=published), url, clock.now())
    store.add_story_source(story_id, entry_id, feed_id, "Wire", url, clock.now())
    return entry_id


def test_newest_report_follows_joins_merges_and_splits(store, clock):
    feed_id = store.add_feed(Feed(url="https://wire.example/feed.xml", name="Wire"), clock.now())[0]
    first = store.create_story("First", "https://wire.example/1", clock.now(), None, "{}", ["aid"], 2.0)
    second = store.create_story("Second", "https://wire.example/2", clock.now(), None, "{}", ["aid"], 2.0)
    assert _newest(store, first) is None  # no article yet: the lists fall back to its first sight
    clock.advance(days=-10)  # an undated article read ten days ago counts from then (migration 42)
    _article(store, clock, feed_id, first, 1, None)
    clock.advance(days=10)
    assert _newest(store, first) == _read_again(store, first) is not None
    _article(store, clock, feed_id, first, 2, 5)
    late = _article(store, clock, feed_id, first, 3, 1)
    _article(store, clock, feed_id, first, 4, 9)  # older: the newest stays
    _article(store, clock, feed_id, second, 5, -3)  # dated in the future: counts as when it was read
    for story in (first, second):
        assert _newest(store, story) == _read_again(store, story) is not None
    assert _newest(store, second) == _read_again(store, second) <= store._rows(
        "SELECT max(fetched_at) AS f FROM entries", [])[0]["f"]
    # A split takes the newest article away: the story's date falls back to the next newest.
    moved = store.split_story(first, [late], "{}", clock.now())
    assert _newest(store, first) == _read_again(store, first) and _newest(store, moved) == _read_again(store, moved)
    assert _newest(store, first) < _newest(store, moved)
    # A merge brings the absorbed story's articles and their dates.
    store.merge_story(moved, second)
    assert _newest(store, second) == _read_again(store, second)
    assert _newest(store, moved) is None  # merged away, no article left


def test_the_migration_fills_it_for_stories_stored_before(store, clock):
    feed_id = store.add_feed(Feed(url="https://wire.example/feed.xml", name="Wire"), clock.now())[0]
    story = store.create_story("Old", "https://wire.example/1", clock.now(), None, "{}", ["aid"], 2.0)
    _article(store, clock, feed_id, story, 1, 4)
    _article(store, clock, feed_id, story, 2, 2)
    # As a database of before migration 41 holds it: no value kept yet.
    store._exec("UPDATE stories SET newest_dated = NULL", [])
    store._exec("DELETE FROM schema_migrations WHERE version = 41", [])
    store._exec("DROP TRIGGER story_sources_newest_ai", [])
    store._exec("DROP TRIGGER story_sources_newest_ad", [])
    store._exec("DROP INDEX stories_newest", [])
    store._exec("ALTER TABLE stories DROP COLUMN newest_dated", [])
    assert 41 in migrate(store.db)
    assert _newest(store, story) == _read_again(store, story) is not None
