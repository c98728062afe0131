"""SqliteStore on real SQLite files: migrations, dedupe, outbox states, search, errors."""

from __future__ import annotations

import sqlite3
import threading
from datetime import timedelta

import pytest

from bot.adapters.migrations import MIGRATIONS
from bot.adapters.sqlite_store import SqliteStore
from bot.core.models import Alert, Entry, Feed, Pledge, RuleHit, Subscription
from bot.errors import StoreError
from tests.support.store_checks import integrity_ok


def _entry(guid: str, url: str = "", title: str = "t") -> Entry:
    return Entry(feed_url="http://f/rss", guid=guid, url=url, title=title, summary="s")


def _story(store: SqliteStore, clock) -> int:
    return store.create_story("title", "http://x/a", clock.now(), None, "{}", ["tanks"], 3.0)


def test_migrations_run_once_and_record_their_version(tmp_path):
    store = SqliteStore(tmp_path / "db.sqlite")
    assert store.migrate() == [v for v, _, _ in MIGRATIONS]
    assert store.migrate() == []
    assert store.stats()["schema_version"] == MIGRATIONS[-1][0]
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    store.close()


def test_a_migration_another_process_applies_meanwhile_is_not_applied_twice(tmp_path):
    # Two processes start on a database that needs a (non-repeatable) migration. B reads
    # which migrations are recorded and finds it missing; before B goes on, A applies and
    # commits it. B must then find it done rather than add the column a second time.
    from bot.adapters.migrations import migrate
    from bot.adapters.sqlite_db import Database

    def add_column(db) -> None:
        db.execute("ALTER TABLE things ADD COLUMN colour TEXT")

    class PausesAfterItsFirstLook(Database):
        """B: once it has read the recorded migrations, it waits while A runs."""

        looked = False

        def query(self, sql, params=()):
            rows = list(super().query(sql, params))
            if "schema_migrations" in sql and not self.looked:
                self.looked = True
                b_looked.set()
                a_done.wait(timeout=20)
            return iter(rows)

    path = tmp_path / "race.sqlite"
    setup = sqlite3.connect(path)
    setup.execute("PRAGMA journal_mode = wal")
    setup.execute("CREATE TABLE things (id INTEGER PRIMARY KEY)")
    setup.commit()
    setup.close()
    only = [(99, "add a colour", add_column)]
    b_looked, a_done = threading.Event(), threading.Event()
    a = Database(sqlite3.connect(path, timeout=10, check_same_thread=False))
    b = PausesAfterItsFirstLook(sqlite3.connect(path, timeout=10, check_same_thread=False))
    outcome: dict[str, object] = {}

    def run_b() -> None:
        try:
            outcome["applied"] = migrate(b, only)
        except Exception as exc:  # the failure this test is about
            outcome["error"] = exc

    thread = threading.Thread(target=run_b)
    thread.start()
    assert b_looked.wait(timeout=20)
    assert migrate(a, only) == [99]  # A, meanwhile
    a_done.set()
    thread.join(timeout=20)
    assert outcome == {"applied": []}, outcome
    a.close()
    b.close()


def test_entries_are_deduplicated_by_guid_and_by_canonical_url(store, clock):
    feed_a, _ = store.add_feed(Feed(url="http://a/rss"), clock.now())
    feed_b, _ = store.add_feed(Feed(url="http://b/rss"), clock.now())
    first = store.insert_entry(feed_a, _entry("g1", "http://x/a"), "https://x/a", clock.now())
    assert first is not None
    assert store.insert_entry(feed_a, _entry("g1", "http://x/other"), "https://x/other", clock.now()) is None
    # Another feed syndicating the same article (same canonical URL) is not new either.
    assert store.insert_entry(feed_b, _entry("other-guid", "http://x/a?utm_source=rss"), "https://x/a", clock.now()) is None
    # Entries without links never collide on the URL.
    assert store.insert_entry(feed_a, _entry("g2"), None, clock.now()) is not None
    assert store.insert_entry(feed_a, _entry("g3"), None, clock.now()) is not None


def test_outbox_never_queues_a_story_twice_for_one_chat(store, clock):
    story = _story(store, clock)
    alert = Alert(story_id=story, title="t", url="u", sources=("A",), published=None, topics=("tanks",))
    chats = [Subscription("fake", "1"), Subscription("fake", "2")]
    assert store.enqueue(alert, chats, clock.now()) == 2
    assert store.enqueue(alert, chats, clock.now()) == 0
    due = store.due_outbox("fake", clock.now())
    assert [item.chat_id for item in due] == ["1", "2"]
    assert due[0].alert == alert


def test_claim_then_crash_marks_uncertain_not_resent(store, clock):
    story = _story(store, clock)
    alert = Alert(story_id=story, title="t", url="u", sources=(), published=None, topics=())
    store.enqueue(alert, [Subscription("fake", "1")], clock.now())
    item = store.due_outbox("fake", clock.now())[0]
    assert store.claim_alert(item.id, "fake", "1") is not None
    assert store.claim_alert(item.id, "fake", "1") is None  # a second sender cannot take it
    assert store.recover_interrupted() == 1
    assert store.due_outbox("fake", clock.now()) == []
    assert store.outbox_counts() == {"uncertain": 1}


def test_retry_waits_until_due(store, clock):
    story = _story(store, clock)
    store.enqueue(Alert(story, "t", "u", (), None, ()), [Subscription("fake", "1")], clock.now())
    item = store.due_outbox("fake", clock.now())[0]
    store.claim_alert(item.id, "fake", "1")
    store.mark_retry(item.id, "429", clock.now() + timedelta(seconds=30))
    assert store.due_outbox("fake", clock.now()) == []
    clock.advance(seconds=31)
    assert [i.id for i in store.due_outbox("fake", clock.now())] == [item.id]


def test_migrated_chat_keeps_subscription_and_pending_alerts(store, clock):
    store.subscribe("telegram", "-100", ["tanks"], clock.now())
    story = _story(store, clock)
    store.enqueue(Alert(story, "t", "u", (), None, ()), store.subscriptions("telegram"), clock.now())
    store.migrate_chat("telegram", "-100", "-100200", clock.now())
    assert [s.chat_id for s in store.subscriptions("telegram")] == ["-100200"]
    assert [i.chat_id for i in store.due_outbox("telegram", clock.now())] == ["-100200"]


def test_same_pledge_from_two_outlets_is_one_record_with_two_sources(store, clock):
    feed, _ = store.add_feed(Feed(url="http://a/rss"), clock.now())
    e1 = store.insert_entry(feed, _entry("1", "http://a/1"), "https://a/1", clock.now())
    e2 = store.insert_entry(feed, _entry("2", "http://a/2"), "https://a/2", clock.now())
    story = _story(store, clock)
    store.add_story_source(story, e1, feed, "A", "http://a/1", clock.now())
    store.add_story_source(story, e2, feed, "B", "http://a/2", clock.now())
    pledge = Pledge(donor="DE", category="ammunition", status="production", system="Gepard")
    assert store.add_pledges(story, e1, [pledge], clock.now()) == 1
    assert store.add_pledges(story, e2, [pledge], clock.now()) == 0
    rows = store.pledge_rows()
    assert len(rows) == 1
    assert sorted(s["source"] for s in rows[0]["sources"]) == ["A", "B"]


def test_full_text_search_handles_hyphenated_names_and_hostile_queries(store, clock):
    feed, _ = store.add_feed(Feed(url="http://a/rss"), clock.now())
    store.insert_entry(feed, Entry("u", "1", "http://a/1", "Berlin liefert IRIS-T", "Luftverteidigung"), None, clock.now())
    assert [r["title"] for r in store.search_entries("IRIS-T")] == ["Berlin liefert IRIS-T"]
    assert [r["title"] for r in store.search_entries("luftverteidigung")] == ["Berlin liefert IRIS-T"]
    for hostile in ['"', "NEAR(", "a OR", "*", "'; DROP TABLE entries; --"]:
        store.search_entries(hostile)  # no exception
    assert store.stats()["entries"] == 1


def test_recording_a_verdict_leaves_the_search_index_alone_but_a_text_change_reindexes(store, clock):
    feed, _ = store.add_feed(Feed(url="http://a/rss"), clock.now())
    entry = store.insert_entry(feed, Entry("u", "1", "http://a/1", "Berlin liefert Panzer", ""), None, clock.now())
    before = store.db.conn.total_changes  # counts the rows trigger programs write too
    store.set_entry_verdict(entry, True, 3.0, None)
    assert store.db.conn.total_changes - before == 1, "the verdict UPDATE alone, no index rewrite"
    store.db.execute("UPDATE entries SET title = 'Paris livre des chars' WHERE id = ?", [entry])
    assert [r["title"] for r in store.search_entries("chars")] == ["Paris livre des chars"]
    assert store.search_entries("Panzer") == []


def test_removed_feed_stays_removed_when_config_is_imported_again(store, clock):
    feeds = [Feed(url="http://a/rss", name="A"), Feed(url="http://b/rss", name="B")]
    assert store.import_feeds(feeds, clock.now()) == 2
    assert store.remove_feed("http://a/rss")
    assert store.import_feeds(feeds, clock.now()) == 0
    assert [f.url for f in store.list_feeds()] == ["http://b/rss"]
    # An explicit add brings it back.
    assert store.add_feed(Feed(url="http://a/rss"), clock.now())[1] is True


def test_read_only_connection_gives_a_clear_error_and_keeps_data(tmp_path, clock):
    path = tmp_path / "ro.db"
    writer = SqliteStore(path)
    writer.migrate()
    writer.add_feed(Feed(url="http://a/rss"), clock.now())
    writer.close()
    store = SqliteStore(path)
    store.db.conn.close()
    store.db.conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    with pytest.raises(StoreError, match="read-only"):
        store.add_feed(Feed(url="http://b/rss"), clock.now())
    assert [f.url for f in store.list_feeds()] == ["http://a/rss"]


def test_retention_prunes_only_old_unrelated_entries(store, clock):
    feed, _ = store.add_feed(Feed(url="http://a/rss"), clock.now())
    old_noise = store.insert_entry(feed, _entry("1", "http://a/1"), "https://a/1", clock.now())
    store.add_matches(old_noise, [RuleHit(1, "tanks", 1.0, ("tank",))])
    old_relevant = store.insert_entry(feed, _entry("2", "http://a/2"), "https://a/2", clock.now())
    story = _story(store, clock)
    store.set_entry_verdict(old_relevant, True, 3.0, story)
    clock.advance(days=40)
    recent_noise = store.insert_entry(feed, _entry("3", "http://a/3"), "https://a/3", clock.now())
    assert store.prune(clock.now() - timedelta(days=30)) == 1
    ids = {r["id"] for r in store.db.query("SELECT id FROM entries")}
    assert ids == {old_relevant, recent_noise}
    assert integrity_ok(store)


# -- what the poller reads and writes per entry ---------------------------------------------


def test_newest_story_id_and_stories_between_read_only_the_asked_range(store, clock):
    assert store.newest_story_id() == 0
    old = store.create_story("old", "u", clock.now() - timedelta(hours=60), None, '{"names": ["leopard"]}', [], 1.0)
    published = clock.now() - timedelta(hours=2)
    ids = [store.create_story(f"s{n}", "u", clock.now(), published if n else None, "{}", [], 1.0) for n in range(3)]
    assert store.newest_story_id() == ids[-1]
    since = clock.now() - timedelta(hours=48)
    rows = store.stories_between(0, ids[-1], since)
    assert [r["id"] for r in rows] == ids  # the old story is outside the window
    assert rows[0]["first_seen"] == clock.now() and rows[0]["published"] is None
    assert rows[1]["published"] == published and rows[1]["fingerprint"] == "{}"
    assert [r["id"] for r in store.stories_between(ids[0], ids[1], since)] == [ids[1]]
    assert store.stories_between(ids[-1], ids[-1], since) == []
    assert [r["id"] for r in store.stories_between(0, old, clock.now() - timedelta(days=3))] == [old]


def test_an_unmatched_entry_costs_no_verdict_write_and_every_verdict_reads_back(store, clock):
    feed, _ = store.add_feed(Feed(url="http://a/rss"), clock.now())
    story = _story(store, clock)
    plain, near, relevant = (store.insert_entry(feed, _entry(g, f"http://a/{g}"), None, clock.now()) for g in "123")
    with store.transaction():
        before = store.db.conn.total_changes
        store.set_entry_verdict(plain, False, 0.0, None)  # the column defaults: nothing to write
        assert store.db.conn.total_changes == before
        store.set_entry_verdict(near, False, 0.5, None)  # some rule hits, below the threshold
        store.set_entry_verdict(relevant, True, 3.0, story)
        assert store.db.conn.total_changes > before
    rows = store._rows("SELECT id, relevant, score, story_id FROM entries ORDER BY id")
    assert [tuple(r.values()) for r in rows] == [(plain, 0, 0.0, None), (near, 0, 0.5, None), (relevant, 1, 3.0, story)]


def test_rows_inside_and_outside_a_transaction_have_the_same_shape(store, clock):
    store.add_feed(Feed(url="http://a/rss", name="A"), clock.now())
    sql = "SELECT f.id, f.name, g.id, g.name FROM feeds f JOIN feeds g ON g.id = f.id"
    outside = store._rows(sql)
    with store.transaction():
        inside = store._rows(sql)
        assert store._rows("SELECT id FROM feeds WHERE id < 0") == []
    # Duplicate column names are told apart exactly as sqlite-utils' query() does.
    assert inside == outside == [{"id": 1, "name": "A", "id_2": 1, "name_2": "A"}]


def test_a_failed_statement_inside_a_transaction_is_a_store_error_and_writes_nothing(store, clock):
    feed, _ = store.add_feed(Feed(url="http://a/rss"), clock.now())
    with pytest.raises(StoreError, match="NOT NULL"), store.transaction():
        assert store.insert_entry(feed, _entry("1", "http://a/1"), None, clock.now()) is not None
        store._rows("INSERT INTO stories (title, first_seen) VALUES (NULL, 'x') RETURNING id")
    assert store.stats()["entries"] == 0 and store.newest_story_id() == 0
    with pytest.raises(StoreError, match="no such table"), store.transaction():
        store._rows("SELECT * FROM no_such_table")
    with pytest.raises(ValueError, match="returns rows"), store.transaction():
        store._rows("UPDATE feeds SET name = 'B'")
    assert store.list_feeds()[0].name == ""


def test_rule_hits_are_stored_together_or_not_at_all(store, clock, tmp_path):
    feed, _ = store.add_feed(Feed(url="http://a/rss"), clock.now())
    entry = store.insert_entry(feed, _entry("1", "http://a/1"), None, clock.now())
    hits = [RuleHit(1, "tanks", 1.0, ("Leopard", "Panzer")), RuleHit(2, "air_defence", 0.5, ("IRIS-T",))]
    store.add_matches(entry, [])
    store.add_matches(entry, hits)  # outside a transaction: committed at once
    other = SqliteStore(tmp_path / "test.db")  # the same file, another connection
    assert [tuple(r.values()) for r in other._rows("SELECT entry_id, rule_id, topic, weight, words FROM matches")] == [
        (entry, 1, "tanks", 1.0, '["Leopard", "Panzer"]'), (entry, 2, "air_defence", 0.5, '["IRIS-T"]')]
    other.close()
    for attempt in ("alone", "in a transaction"):
        with pytest.raises(StoreError, match="FOREIGN KEY"):
            if attempt == "alone":
                store.add_matches(999, hits)  # no such entry
            else:
                with store.transaction():
                    store.add_matches(entry, hits)
                    store.add_matches(999, hits)
        assert store.stats()["matches"] == 2
