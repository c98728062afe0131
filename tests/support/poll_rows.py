"""What a poll stored, to compare one way of polling with another (tests/run): made-up
feed items, relevant and not, the stories tests' hand-written articles as items, and every
table's rows after one poll of them."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

from bot.adapters.feed_http import HttpFeedSource
from bot.adapters.sqlite_store import SqliteStore
from bot.pipeline import FeedPoller
from tests.support import story_articles
from tests.support.fakes import FakeClock
from tests.support.migrated_store import migrated_store
from tests.support.poll_harness import Harness, article_item


def aid_and_other_items(count: int) -> list[dict]:
    """Relevant and unrelated made-up items, alternating."""
    donors = ["Germany", "France", "Norway", "Poland", "Sweden", "Denmark", "Canada"]
    items = []
    for n in range(count):
        if n % 2:
            title, text = f"City council votes on new tram line (item {n})", f"The vote on day {n} was close."
        else:
            donor = donors[n % 7]
            title = f"{donor} to send {n + 3} howitzers to Ukraine, ministry says"
            text = f"{donor} will deliver {n + 3} howitzers to Ukraine next month, its defence ministry said."
        items.append({"title": title, "guid": f"made-{n}", "link": f"https://wire.example/made-{n}",
                      "description": text})
    return items


def many_items(clock) -> list[dict]:
    """70 items: every (title, text) article of tests/support/story_articles.py, then 34 of
    `aid_and_other_items`."""
    articles = [value for value in vars(story_articles).values()
                if isinstance(value, tuple) and len(value) == 2 and all(isinstance(v, str) for v in value)]
    return [article_item(article, f"story-{n}", clock.now()) for n, article in enumerate(articles)] \
        + aid_and_other_items(34)


def rows_of(store: SqliteStore) -> dict[str, list[tuple]]:
    """Every table's rows (the search index as the entries it finds)."""
    tables = [row["name"] for row in store._rows("SELECT name FROM sqlite_master WHERE type = 'table'")
              if row["name"] != "schema_migrations" and not row["name"].startswith("entries_fts")]
    rows = {name: [tuple(row.values()) for row in store._rows(f'SELECT * FROM "{name}" ORDER BY rowid')]
            for name in tables}
    rows["search"] = [(row["rowid"],) for row in store._rows(
        "SELECT rowid FROM entries_fts WHERE entries_fts MATCH 'Ukraine' ORDER BY rowid")]
    return rows


def poll_into(path: Path, feed_server, make_poller: Callable[..., FeedPoller]) -> dict[str, list[tuple]]:
    """Every table's rows after one poll of /many.xml (the 70 `many_items`) by the poller
    `make_poller` builds from (store, source, analyzer, clock): a poller class, or a function
    that adds its options."""
    store = migrated_store(path)
    try:
        clock = FakeClock()
        harness = Harness(store, clock, feed_server)
        feed = harness.feed("/many.xml", "Many")

        async def poll():
            async with HttpFeedSource(timeout=5) as source:
                return await make_poller(store, source, harness.current_analyzer, clock).poll(feed)

        result = asyncio.run(poll())
        assert result.error is None and result.new_entries == 70
        return rows_of(store)
    finally:
        store.close()
