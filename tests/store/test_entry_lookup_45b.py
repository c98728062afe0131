"""/rule_test <url> looks the article up by indexes only (review 45b, finding 3): its
`canonical_url = ? OR url = ?` read the whole entries table at each question (entries.url
had no index), most of all for the addresses never stored, with the chat adapters waiting."""

from __future__ import annotations

from bot.adapters.sqlite_store import SqliteStore
from bot.core.models import Entry, Feed
from tests.support.fakes import FakeClock


def _plans(store: SqliteStore, look_up) -> list[str]:
    """The query plan of every statement `look_up` ran, as SQLite reports it."""
    statements: list[str] = []
    store.db.conn.set_trace_callback(statements.append)
    try:
        look_up()
    finally:
        store.db.conn.set_trace_callback(None)
    selects = [sql for sql in statements if sql.lstrip().upper().startswith("SELECT")]
    assert selects
    return [row[3] for sql in selects for row in store.db.conn.execute("EXPLAIN QUERY PLAN " + sql)]


def test_the_article_lookup_reads_no_whole_table(tmp_path):
    clock = FakeClock()
    store = SqliteStore(tmp_path / "t.db")
    store.migrate()
    feed_id, _ = store.add_feed(Feed(url="https://wire.example/rss", name="Wire"), clock.now())
    for n in range(50):
        url = f"https://wire.example/a{n}"
        store.insert_entry(feed_id, Entry(feed_url="https://wire.example/rss", guid=url, url=url, title=f"t{n}"),
                           url if n % 5 else None, clock.now())
    store.db.conn.execute("ANALYZE")
    for wanted in ("https://wire.example/a7", "https://wire.example/a5", "https://wire.example/never"):
        plans = _plans(store, lambda: store.entry_at(wanted, wanted))
        # e and o are entries, q the outbox; the one feeds row may be scanned
        assert not [plan for plan in plans if plan.split()[:2] in (["SCAN", "e"], ["SCAN", "o"], ["SCAN", "q"])], plans
    assert store.entry_at("https://wire.example/a5", "https://wire.example/a5")["title"] == "t5"  # no canonical link
    assert store.entry_at("https://wire.example/a7", "https://wire.example/a7")["title"] == "t7"
    store.close()
