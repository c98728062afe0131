"""Issue 15, stop 60: the poll's store step does less work for the same rows.

- held entries are written with the ids they were given, without `RETURNING id`: a row
  that conflicts is still a store error, and nothing of the transaction is kept;
- an alert is written to JSON without dataclasses.asdict: the same text;
- a hit's words are encoded once per distinct words: the same text;
- items_with_words remembers its window start as text for the last moment asked only.

Real SQLite stores; the texts are made up for the tests.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import asdict
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core.chat.alerts import alert_from_json, alert_to_json
from bot.core.feeds.republished import entry_content_key
from bot.core.models import Alert, Entry, Feed, Pledge, RuleHit
from bot.errors import StoreError

WHEN = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)


def _asdict_json(alert: Alert) -> str:
    """alert_to_json as it was written until stop 60."""
    data = asdict(alert)
    data["published"] = alert.published.isoformat() if alert.published else None
    return json.dumps(data, ensure_ascii=False)


_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12)
_pledges = st.builds(
    Pledge, donor=_text, category=_text, status=_text, item=_text, system=st.none() | _text,
    quantity=st.none() | st.integers(-10**12, 10**12), value=st.none() | st.floats(allow_nan=False),
    currency=st.none() | _text, evidence=_text, shared_with=st.tuples() | st.tuples(_text, _text),
)
_alerts = st.builds(
    Alert, story_id=st.integers(0, 10**9), title=_text, url=_text, sources=st.lists(_text, max_size=3).map(tuple),
    published=st.none() | st.datetimes(timezones=st.just(UTC)), topics=st.lists(_text, max_size=3).map(tuple),
    pledges=st.lists(_pledges, max_size=3).map(tuple), summary=_text,
    source_urls=st.lists(_text, max_size=3).map(tuple), more_pledges=st.integers(0, 50),
)


@settings(max_examples=300, deadline=None)
@given(_alerts)
def test_an_alert_is_written_as_asdict_wrote_it(alert):
    assert alert_to_json(alert) == _asdict_json(alert)
    assert alert_from_json(alert_to_json(alert)) == alert


def _feed(store) -> int:
    feed_id, _ = store.add_feed(Feed(url="https://step.example/feed.xml", name="Step"), WHEN)
    return feed_id


def _entry(number: int, text: str = "") -> Entry:
    return Entry(feed_url="https://step.example/feed.xml", guid=f"step-{number}", url=f"https://step.example/{number}",
                 title=f"Harbour ferry timetable {number}", summary=text or f"The ferry leaves at {number} o'clock.",
                 published=WHEN + timedelta(minutes=number))


def _held(store, feed_id: int, entries: list[Entry]) -> contextlib.ExitStack:
    stack = contextlib.ExitStack()
    stack.enter_context(store.transaction())
    stack.enter_context(store.entry_keys_read(feed_id, [(e.guid, e.url) for e in entries]))
    stack.enter_context(store.entries_held())
    return stack


def test_held_entries_keep_the_ids_they_were_given_across_statements(store, monkeypatch):
    import bot.adapters.store.held_entries as held_entries

    monkeypatch.setattr(held_entries, "ROWS_PER_STATEMENT", 3)  # several statements for the 8 rows
    feed_id = _feed(store)
    entries = [_entry(n) for n in range(8)]
    with _held(store, feed_id, entries):
        ids = [store.insert_entry(feed_id, entry, entry.url, WHEN) for entry in entries]
    rows = store.db.conn.execute("SELECT id, guid FROM entries ORDER BY id").fetchall()
    assert [row[0] for row in rows] == ids == list(range(ids[0], ids[0] + 8))
    assert [row[1] for row in rows] == [entry.guid for entry in entries]
    indexed = store.db.conn.execute("SELECT count(*) FROM entries_unindexed").fetchone()[0]
    assert indexed == 0  # the transaction's end indexed them, by the ids written


def test_a_held_row_whose_id_is_taken_is_a_store_error(store):
    feed_id = _feed(store)
    entries = [_entry(n) for n in range(3)]
    with pytest.raises(StoreError), _held(store, feed_id, entries):
        first = store.insert_entry(feed_id, entries[0], entries[0].url, WHEN)
        # Another row written behind the store's back takes the id given to the held one.
        store.db.conn.execute("INSERT INTO entries (id, feed_id, guid, fetched_at) VALUES (?, ?, 'other', '')",
                              [first, feed_id])
        store.insert_entry(feed_id, entries[1], entries[1].url, WHEN)
    assert store.db.conn.execute("SELECT count(*) FROM entries").fetchone()[0] == 0


@pytest.mark.parametrize("words", [("football",), ("Überweisung", "tanks"), ("a \"quoted\" word",), ()])
def test_a_hits_words_are_stored_as_json_of_the_list(store, words):
    feed_id = _feed(store)
    entry = _entry(1)
    entry_id = store.insert_entry(feed_id, entry, entry.url, WHEN)
    with store.transaction():
        store.add_matches(entry_id, [RuleHit(rule_id=None, topic="sport", weight=0.5, words=words)] * 2)
        store.add_matches(entry_id, [RuleHit(rule_id=None, topic="sport", weight=0.5, words=list(words))])
    stored = [row[0] for row in store.db.conn.execute("SELECT words FROM matches ORDER BY rowid")]
    assert stored == [json.dumps(list(words), ensure_ascii=False)] * 3


def test_items_with_words_reads_each_window_start_asked(store):
    feed_id = _feed(store)
    entry = _entry(1, "A ferry timetable told in words no other item of the feed uses.")
    store.insert_entry(feed_id, entry, entry.url, WHEN)
    key = entry_content_key(entry)
    assert len(store.items_with_words(feed_id, key, WHEN - timedelta(days=1))) == 1
    assert store.items_with_words(feed_id, key, WHEN + timedelta(days=1)) == ()
    later = WHEN + timedelta(days=1)
    assert store.items_with_words(feed_id, key, later) == ()
    assert len(store.items_with_words(feed_id, key, WHEN - timedelta(hours=1))) == 1
