"""Stop 46 review (reread46c F3): /stories over a range of days bounds the stories' report time
(coalesce(published, first_seen): their first article's date, else first sight), which had no
index, and each /stories page also asks the latest report time: the count and the latest time
read every story, and a page of a range in the past walked the first-sight index from the
newest story down. Migration 34 indexes that expression over the unmerged stories, and the
WHERE clause names only the bounds given (SQLite uses no index inside `(? IS NULL OR ...)`).
The plans are asked of a real SQLite store for the statements it really ran (caught by the
connection's trace); the migration is run on a database made without it."""

from __future__ import annotations

from datetime import timedelta

from bot.adapters.migrations import MIGRATIONS, migrate
from bot.adapters.sqlite_store import SqliteStore
from bot.core.models import Entry, Feed
from tests.support.fakes import FakeClock
from tests.support.old_databases import insert_entry_before_38
from tests.support.web_tracker import get, serving, tracker_over


def _plans(store: SqliteStore, read, monkeypatch) -> list[list[str]]:
    """The query plan of each SELECT `read()` ran, as SQLite reports it for the statement with
    its parameters bound as the store binds them (the connection's trace gives the values
    written into the text, and SQLite plans `LIMIT 20` otherwise than `LIMIT ?`)."""
    statements: list[tuple[str, list]] = []
    rows = store._rows

    def recorded(sql, params=()):
        statements.append((sql, list(params)))
        return rows(sql, params)

    with monkeypatch.context() as patch:
        patch.setattr(store, "_rows", recorded)
        read()
    selects = [(sql, params) for sql, params in statements if sql.lstrip().upper().startswith("SELECT")]
    assert selects
    return [[row[3] for row in store.db.conn.execute("EXPLAIN QUERY PLAN " + sql, params)] for sql, params in selects]


def _stories(store: SqliteStore, clock: FakeClock, before_38: bool = False) -> list[tuple[int, object]]:
    """90 stories, one a day: most dated by their first article (a day before the bot saw
    them), every fifth undated (first sight only); every seventh merged into the one before.
    (id, report time) of the unmerged ones. `before_38`: entries written as a release before
    migration 38 wrote them (no words key)."""
    insert = insert_entry_before_38 if before_38 else SqliteStore.insert_entry
    feed_id = store.add_feed(Feed(url="https://wire.example/feed.xml", name="Wire"), clock.now())[0]
    listed = []
    for n in range(90):
        seen = clock.now() - timedelta(days=90 - n)
        published = None if n % 5 == 0 else seen - timedelta(days=1)
        story_id = store.create_story(f"Story {n}", f"https://wire.example/{n}", seen, published, "{}", ["aid"], 1.0)
        entry_id = insert(store, feed_id, Entry(feed_url="", guid=f"g{n}", url=f"https://wire.example/{n}",
                                                title=f"Story {n}", published=published),
                          f"https://wire.example/{n}", seen)
        store.add_story_source(story_id, entry_id, feed_id, "Wire", f"https://wire.example/{n}", seen)
        if n % 7 == 6:
            store.merge_story(story_id, story_id - 1)
        else:
            listed.append((story_id, published or seen))
    return listed


def _reads(store: SqliteStore, since, until):
    return lambda: (store.story_count(since, until, True), store.latest_story_time(since, until, True),
                    store.story_page(since, 20, 0, until=until, reported=True))


def _uses_the_report_index(plans: list[list[str]]) -> bool:
    """No statement reads the whole stories table, and each of count, latest and the page's
    ids is found through stories_reported (the page's columns then by id)."""
    steps = [step for plan in plans for step in plan]
    return (not [step for step in steps if step.startswith("SCAN s")]
            and sum("USING INDEX stories_reported" in step for step in steps) >= 3)


def test_a_range_of_report_days_is_read_through_its_index_and_lists_what_it_should(store, clock, monkeypatch):
    listed = _stories(store, clock)
    since, until = clock.now() - timedelta(days=60), clock.now() - timedelta(days=30)
    for bounds in ((since, until), (since, None), (None, until)):
        assert _uses_the_report_index(_plans(store, _reads(store, *bounds), monkeypatch)), bounds
    expected = [story_id for story_id, moment in listed if since <= moment < until]
    assert store.story_count(since, until, True) == len(expected) == 26
    assert sorted(row["id"] for row in store.story_page(since, 50, 0, until=until, reported=True)) == expected
    page = store.story_page(since, 20, 20, until=until, reported=True)
    assert [row["id"] for row in page] == sorted(expected, reverse=True)[20:]  # newest first sight first
    assert store.latest_story_time(since, until, True) == max(m for i, m in listed if since <= m < until)
    # A period still goes by first sight, through its own index, and its page is the same as before.
    assert not [s for plan in _plans(store, lambda: store.story_page(since, 20, 0), monkeypatch) for s in plan
                if s.startswith("SCAN s")]
    assert [row["id"] for row in store.story_page(since, 5, 0)] == [i for i, _ in sorted(listed, reverse=True)][:5]
    # The page over HTTP lists the range's stories.
    for url in serving(tracker_over(store, clock)):
        status, _, page_html = get(f"{url}/stories?from={since.date()}&to={(until - timedelta(days=1)).date()}")
    assert status == 200 and "26 stories" in page_html


def test_migration_34_indexes_a_database_made_without_it(tmp_path, monkeypatch):
    clock = FakeClock()
    path = tmp_path / "old.db"
    old = SqliteStore(path)
    # Every other migration applied: the store's reads name later columns (48's newest_dated),
    # and only a database at this release's schema is ever read (older ones are refused).
    migrate(old.db, [m for m in MIGRATIONS if m[0] != 34])
    listed = _stories(old, clock, before_38=True)
    since, until = clock.now() - timedelta(days=60), clock.now() - timedelta(days=30)
    before = _reads(old, since, until)()
    assert not _uses_the_report_index(_plans(old, _reads(old, since, until), monkeypatch))
    old.close()
    upgraded = SqliteStore(path)
    assert upgraded.migrate() == [34]
    assert upgraded.db.conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'stories_reported'").fetchone()
    assert _uses_the_report_index(_plans(upgraded, _reads(upgraded, since, until), monkeypatch))
    assert _reads(upgraded, since, until)() == before and before[0] == 26 and len(listed) == 78
    upgraded.close()
