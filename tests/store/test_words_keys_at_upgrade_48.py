"""Stop 48: the entries stored before migration 38 had no words key (entries.content_key), so
a feed rotating its items' ids, links and dates stored each of them once more after the upgrade.
Migration 39 gives them their key, made by the poll's own function. A database built as the
release before 38 wrote it (tests/support/old_databases.py), upgraded, then polled through a
real loopback HTTP server; the items are tests/support/story_scale.py's generated reports and a
headline written here. Fails before the migration (the poll stored all seven again).
"""

from __future__ import annotations

from datetime import timedelta

from bot.adapters.feed_parse import parse_feed_document
from bot.adapters.migrations import MIGRATIONS, migrate
from bot.adapters.sqlite_store import SqliteStore
from bot.core.feeds.republished import entry_content_key
from bot.core.models import Feed
from bot.poll_analysis import canonical_of
from tests.support.old_databases import insert_entry_before_38
from tests.support.poll_harness import Harness, OnePoller
from tests.support.servers import rss
from tests.support.story_scale import alike_items

HEADLINE = {"title": "Port convoy schedule", "guid": "headline", "link": "https://wire.example/schedule"}


def _rotated(items: list[dict], poll: int, when) -> list[dict]:
    return [dict(item, guid=f"{item['guid']}-{poll}", link=f"{item['link']}?v={poll}",
                 pubDate=when - timedelta(minutes=number)) for number, item in enumerate(items)]


def _old_database(path, url: str, body: bytes, when) -> None:
    """A database as the release before migration 38 left it: the feed's items stored without key."""
    old = SqliteStore(path)
    migrate(old.db, [m for m in MIGRATIONS if m[0] < 38])
    feed_id, _ = old.add_feed(Feed(url=url, name="Wire"), when)
    with old.transaction():
        for entry in parse_feed_document(body, url, content_type="application/rss+xml").entries:
            insert_entry_before_38(old, feed_id, entry, canonical_of(entry), when)
    old.close()


def test_entries_stored_before_38_get_their_words_key_at_upgrade(tmp_path, clock, feed_server):
    items = [*alike_items(6, clock.now() - timedelta(hours=2)), HEADLINE]
    url = feed_server.url("/wire.xml")
    first = rss(_rotated(items, 0, clock.now() - timedelta(hours=1)))
    _old_database(tmp_path / "old.db", url, first, clock.now() - timedelta(hours=1))
    store = SqliteStore(tmp_path / "old.db")
    try:
        assert store.migrate() == [v for v, _, _ in MIGRATIONS if v >= 38]
        rows = list(store.db.conn.execute("SELECT title, summary, content, content_key FROM entries ORDER BY id"))
        made = [entry_content_key(entry) for entry in parse_feed_document(first, url).entries]
        assert [row[3] for row in rows] == made and made[-1] is None and None not in made[:-1]
        harness = Harness(store, clock, feed_server)
        feed_server.set_feed("/wire.xml", rss(_rotated(items, 1, clock.now())))
        result = OnePoller(harness).poll(store.feed_by_url(url))
        # The six reports are known by their words; the headline alone has no key and is
        # stored once more (a title alone never tells a copy from a new article).
        assert result.ok and result.new_entries == 1, result
        assert store.db.conn.execute("SELECT count(*) FROM entries").fetchone()[0] == 8
    finally:
        store.close()
