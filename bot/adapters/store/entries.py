"""EntryStore: one part of SqliteStore (bot/adapters/sqlite_store.py), which combines
the parts over one connection."""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime
from functools import lru_cache
from typing import Any

from bot.adapters.store.base import StoreBase
from bot.adapters.store.entry_keys import KnownEntryKeys
from bot.adapters.store.held_entries import HeldEntries
from bot.adapters.store.pledges import PledgeStore, StoryPledgeFilter
from bot.core.feeds.republished import MAX_TWINS_READ, StoredTwin, entry_content_key
from bot.core.iso_times import from_iso, utc_iso
from bot.core.models import Entry, RuleHit
from bot.core.text.search_query import fts5_match, search_parts, wanted


def _story_sources_column(shown: int | None) -> str:
    """A story's sources (all, or the first `shown`) as a JSON array, in the order they came."""
    limit = f" LIMIT {int(shown)}" if shown is not None else ""
    return (
        "(SELECT json_group_array(json_object('outlet', x.source, 'url', x.url, 'lang', x.lang, "
        "  'added_at', x.added_at)) FROM (SELECT ss.source, ss.url, coalesce(e.lang, f.lang) AS lang, "
        "  ss.added_at FROM story_sources ss JOIN entries e ON e.id = ss.entry_id "
        "  JOIN feeds f ON f.id = ss.feed_id WHERE ss.story_id = s.id "
        f"  ORDER BY ss.added_at, ss.entry_id{limit}) AS x) AS sources, "
    )


# When a story was first reported: its first article's date, else when the bot first saw it,
# as a pledge's reported_at is (StoryAttachment stores both from the same entry). The web
# tracker's range of days bounds it, so the stories of March are those of March's pledges.
_STORY_REPORTED = "coalesce(s.published, s.first_seen)"
# When a story was last reported: its newest article's date (never later than the bot read
# one of them: a feed's date in the future must not pin a story on top), else its first
# article's, else when the bot first saw it. The lists of stories sort by it, newest first:
# by first sight, the first poll of a feed's archive listed its articles in the order they
# arrived, dates shuffled.
# newest_dated is kept by triggers (migration 41), and this expression indexed over the
# stories not merged away (stories_newest): a list's page reads the index, not every story.
_STORY_NEWEST = "coalesce(s.newest_dated, s.published, s.first_seen)"


def _story_window(since: datetime | None, until: datetime | None, reported: bool,
                  holding: StoryPledgeFilter | None = None) -> tuple[str, list]:
    """The WHERE clause (and its parameters) keeping the unmerged stories within [since, until):
    by their first sight, or with `reported` by their report time. Only the bounds given are
    written: SQLite uses an index for `column >= ?` but not inside `(? IS NULL OR column >= ?)`,
    and the report time's index (migration 34, stories_reported) is on exactly _STORY_REPORTED
    over the stories not merged away, so the clause keeps that expression and that condition.
    `holding`: only the stories holding a pledge of these words (the web's Stories page under
    the list's filter: a donor chosen there was dropped on the way to the stories)."""
    column = _STORY_REPORTED if reported else "s.first_seen"
    terms, params = [], []
    for operator, bound in ((">=", since), ("<", until)):
        if bound is not None:
            terms.append(f"{column} {operator} ?")
            params.append(utc_iso(bound))
    if holding is not None and any(holding):
        # The pledges' own indexes (by donor, category, status, system) find the few stories; the
        # stories' bounds stay on the stories, whose time is not their pledges'.
        where, pledge_params = PledgeStore._pledge_filter(None, holding.donor, holding.category, None,
                                                          holding.systems, holding.status)
        terms.append(f"s.id IN (SELECT p.story_id FROM pledges p {where})")
        params += pledge_params
    return " AND ".join([*terms, "s.merged_into IS NULL"]), params


# The newest stories for /latest (latest_stories), with up to 5 outlets' names and how many there are.
_LATEST_STORIES = (
    "SELECT s.id, s.title, s.url, s.first_seen, s.published, " + _STORY_NEWEST + " AS newest, s.topics, "
    "(SELECT group_concat(source, ', ') FROM (SELECT source FROM story_sources WHERE story_id = s.id "
    " GROUP BY source ORDER BY min(added_at) LIMIT 5)) AS sources, "
    "(SELECT count(DISTINCT source) FROM story_sources WHERE story_id = s.id) AS outlets "
    "FROM stories s WHERE s.merged_into IS NULL "
    "ORDER BY newest DESC, s.first_seen DESC, s.id DESC LIMIT ?"
)
_STORY_HEAD = f"SELECT s.id, s.title, s.url, s.first_seen, s.published, {_STORY_NEWEST} AS newest, s.topics, "
_STORY_PLEDGES = (
    "(SELECT json_group_array(json_object('donor', y.donor, 'category', y.category, 'status', y.status, "
    "  'system', y.system, 'item', y.item, 'quantity', y.quantity, 'value', y.value, "
    "  'currency', y.currency)) FROM (SELECT * FROM pledges p WHERE p.story_id = s.id "
    "  ORDER BY p.reported_at, p.id) AS y) AS pledges "
)
# A story with its sources and pledges as JSON arrays, for stories_since (decoded by _story_row).
_STORY_COLUMNS = _STORY_HEAD + _story_sources_column(None) + _STORY_PLEDGES
# How many sources a story has, and of how many outlets (a story page lists only its first few).
_STORY_SOURCE_COUNTS = ("(SELECT count(*) FROM story_sources WHERE story_id = s.id) AS source_count, "
                        "(SELECT count(DISTINCT source) FROM story_sources WHERE story_id = s.id) AS outlet_count, ")


# Entries a commit may leave queued for the search index (see
# EntryStore.search_index_left_queued): indexing 10,000 at once takes ~0.15 s on the loop;
# and how long the first of them may wait, so that polls that keep overlapping (many feeds
# polled all the time) do not keep new entries out of /search for long.
SEARCH_INDEX_QUEUE_MAX = 10_000
SEARCH_INDEX_QUEUE_SECONDS = 30.0

# json.dumps(words, ensure_ascii=False), the same text: with an argument of its own dumps()
# builds a new encoder at every call, 40% of its cost for a few words (a poll stores
# thousands of hits, on the event loop).
_words_json = json.JSONEncoder(ensure_ascii=False).encode


@lru_cache(maxsize=4_096)
def _hit_words_json(words: tuple[str, ...]) -> str:
    """A hit's words as stored, remembered: the same few words make most hits (the poll
    bench's first cycle stores 17,328 hits of 496 distinct word tuples, a third of them
    "football"), and each encoding cost ~4 us on the event loop."""
    return _words_json(list(words))


# insert_entry's `key` when the caller made none: made there from the entry.
KEY_OF_ENTRY = object()


class EntryStore(StoreBase):
    """Articles and stories: new entries, their verdicts and rule matches, story rows,
    fingerprints and sources, and the searches over them.
    """

    # How many entries this connection queued for the search index and has not indexed
    # yet (counted by insert_entry, cleared by _index_queued_entries; at most: a rolled
    # back insert is still counted, and indexing then finds nothing to write for it).
    _entries_queued = 0
    _queued_since = 0.0  # time.monotonic() when the first of them was queued
    # Whether a commit leaves them queued (see search_index_left_queued).
    _search_index_deferred = False
    # Whether the open transaction stores entries: it stored one (insert_entry), or it is a
    # poll's store (inside search_index_left_queued). Only such a transaction's commit writes
    # the queue (and index_queued_entries()): a delivery's claim or a subscription wrote a
    # poll group's index at its end when it happened to commit first, and an alert's send
    # waited for that work (up to ~0.2 s for 10,000 entries).
    _stores_entries = False
    _in_entry_scope = False  # inside search_index_left_queued: a transaction opened here is a poll's store
    # Inside entry_keys_read: the batch's keys, which entry_stored answers from.
    _known_entry_keys: KnownEntryKeys | None = None
    # Inside entries_held: new entries are held back and written together (see there).
    _holding_entries = False
    _held: HeldEntries | None = None  # what is held, if anything
    _since_text: tuple[datetime, str] | None = None  # the last window start of items_with_words, as text

    def insert_entry(self, feed_id: int, entry: Entry, canonical_url: str | None, now: datetime,
                     score: float = 0.0, key: int | None | object = KEY_OF_ENTRY) -> int | None:
        """Store an entry; None when it was seen before (same feed GUID or same canonical URL).
        `score`: its score when it is known to be not relevant, stored with it (see below).
        `key`: its words' content_key (bot/core/feeds/republished.py), when the caller made
        it already (the poll does, to ask items_with_words first); made here otherwise.
        It is searchable once the transaction it was stored in commits: call it inside
        `self.transaction()` (alone it opens one), whose end indexes the entries queued
        (inside search_index_left_queued: a later commit's end); a transaction opened
        another way would leave them queued, out of /search."""
        if not self.db.conn.in_transaction:
            with self.transaction():  # which indexes it before committing
                return self.insert_entry(feed_id, entry, canonical_url, now, score, key)
        if key is KEY_OF_ENTRY:
            key = entry_content_key(entry)
        published = utc_iso(entry.published)
        # The verdict of an entry found not relevant is written with the row: it was an
        # UPDATE after the insert, a statement more for 9 of 10 entries of the bench's first
        # poll (most items touch some rule below the threshold).
        values = (feed_id, entry.guid, entry.url, canonical_url or None, entry.title, entry.summary, entry.content,
                  published, utc_iso(now), entry.lang, score, key)
        known = self._known_entry_keys
        if self._holding_entries and known is not None and known.stored(feed_id, entry.guid, canonical_url) is False:
            # Certain to be stored (its keys read for the batch are free): held, written with the others.
            if self._held is None:
                self._held = HeldEntries(self._rows("SELECT coalesce(max(id), 0) + 1 AS id FROM entries")[0]["id"])
            entry_id = self._held.hold(values)
        else:
            rows = self._rows(
                "INSERT INTO entries (feed_id, guid, url, canonical_url, title, summary, content, published, "
                "fetched_at, lang, score, content_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT DO NOTHING RETURNING id", values)
            if not rows:
                return None
            entry_id = rows[0]["id"]
        if known is not None:
            known.inserted(feed_id, entry.guid, canonical_url, key, published)
        if not self._entries_queued:
            self._queued_since = time.monotonic()
        self._entries_queued += 1
        self._stores_entries = True
        return entry_id

    @contextmanager
    def entries_held(self) -> Iterator[None]:
        """Inside (and inside entry_keys_read and a transaction), insert_entry holds back an entry
        whose keys the batch read as free, and add_matches its hits, to write them together
        before the next statement of any other kind, at the end of the scope or of a
        transaction or savepoint (bot/adapters/store/held_entries.py: the same rows and ids,
        in fewer statements). Left by an exception, what is held is dropped with the
        transaction that rolls back."""
        before = self._holding_entries
        self._holding_entries = True
        try:
            yield
            self._write_held()
        except BaseException:
            self._forget_held()
            raise
        finally:
            self._holding_entries = before

    def _write_held(self) -> None:
        held, self._held = self._held, None  # taken first: a failed write leaves nothing held
        if held is not None:
            try:
                held.write(self.db.conn)
            except sqlite3.Error as exc:
                raise self._store_error(exc) from exc

    def _forget_held(self) -> None:
        self._held = None

    @contextmanager
    def search_index_left_queued(self, defer: bool = True) -> Iterator[None]:
        """Inside, a transaction's commit leaves the entries it stored queued for the search
        index, for a later commit or index_queued_entries() to write; unless SEARCH_INDEX_QUEUE_MAX
        are queued, or the first was queued SEARCH_INDEX_QUEUE_SECONDS ago. The poller defers
        them while other polls are about to store theirs. FTS5 writes one index segment per
        statement and merges segments as they pile up: the first poll of 200 feeds x 50
        items spent 0.24-0.28 s of CPU indexing its entries poll by poll, 0.15-0.17 s in one
        statement (bench/README.md, "The store step"). Queued entries are in the database
        (entries_unindexed): a crash meanwhile leaves them for the next commit that stores
        entries. A transaction that stores none (a delivery's claim) never writes them."""
        before = self._search_index_deferred, self._in_entry_scope
        self._search_index_deferred, self._in_entry_scope = defer, True
        try:
            yield
        finally:
            self._search_index_deferred, self._in_entry_scope = before

    def index_queued_entries(self) -> None:
        """Write the entries queued for the search index, if this connection left any."""
        if self._entries_queued:
            with self.transaction():
                self._index_queued_entries()

    def _transaction_opened(self) -> None:
        super()._transaction_opened()
        self._stores_entries = self._in_entry_scope

    def _before_commit(self) -> None:
        super()._before_commit()
        if not (self._entries_queued and self._stores_entries):
            return  # nothing queued, or a transaction of another kind (a delivery's claim...)
        if (not self._search_index_deferred or self._entries_queued >= SEARCH_INDEX_QUEUE_MAX
                or time.monotonic() - self._queued_since >= SEARCH_INDEX_QUEUE_SECONDS):
            self._index_queued_entries()

    def _index_queued_entries(self) -> None:
        """Index the entries queued since the last time, with one statement: FTS5 then
        writes them as one index segment, not one per entry (migration 22 says why)."""
        self._exec(
            "INSERT INTO entries_fts (rowid, title, summary, content) "
            "SELECT e.id, e.title, e.summary, e.content FROM entries_unindexed q JOIN entries e ON e.id = q.id"
        )
        self._exec("DELETE FROM entries_unindexed")
        self._entries_queued = 0

    def entry_stored(self, feed_id: int, guid: str, canonical_url: str | None) -> bool:
        """Whether insert_entry would find this entry stored: the same keys its UNIQUE
        constraints hold (this feed's GUID, any feed's canonical URL), read without writing;
        inside entry_keys_read, from the keys read there when they include these."""
        known = self._known_entry_keys.stored(feed_id, guid, canonical_url) \
            if self._known_entry_keys is not None else None
        if known is not None:
            return known
        rows = self._rows(
            "SELECT EXISTS (SELECT 1 FROM entries WHERE feed_id = ? AND guid = ?) "
            "OR EXISTS (SELECT 1 FROM entries WHERE canonical_url = ?) AS stored",
            [feed_id, guid, canonical_url or None],
        )
        return bool(rows[0]["stored"])

    @contextmanager
    def entry_keys_read(self, feed_id: int, keys: Iterable[tuple[str, str | None]]) -> Iterator[None]:
        """Inside, entry_stored answers for these (GUID, canonical URL) pairs of feed
        `feed_id` from two statements made here (bot/adapters/store/entry_keys.py), not one
        a pair. Only around code in which nothing else writes entries (a poll's steps on
        the loop's thread, with no await; its transaction's rollback ends the scope with
        it); insert_entry keeps it up to date."""
        keys = list(keys)
        guids = list(dict.fromkeys(guid for guid, _ in keys))
        urls = list(dict.fromkeys(url for _, url in keys if url))
        # The lists bound as one JSON array each (json_each): no statement text built from their length.
        stored_guids = {row["key"] for row in self._rows(
            "SELECT guid AS key FROM entries WHERE feed_id = ? AND guid IN (SELECT value FROM json_each(?))",
            [feed_id, json.dumps(guids)])}
        stored_urls = {row["key"] for row in self._rows(
            "SELECT canonical_url AS key FROM entries WHERE canonical_url IN (SELECT value FROM json_each(?))",
            [json.dumps(urls)])} if urls else set()
        before = self._known_entry_keys
        self._known_entry_keys = KnownEntryKeys(feed_id, guids, urls, stored_guids, stored_urls)
        try:
            yield
        finally:
            self._known_entry_keys = before

    def items_with_words(self, feed_id: int, key: int | None, since: datetime) -> tuple[StoredTwin, ...]:
        """The entries this feed stored with these words (`key`: content_key of
        bot/core/feeds/republished.py) fetched at or after `since`, in the order stored, the
        newest MAX_TWINS_READ at most (none: none): the item maybe under another id, link and
        date (republished.same_item_again decides). A few steps in the entries_feed_content
        index (migration 38; few entries share one item's words), or none inside
        entry_keys_read after words_read(feed_id, keys, since) with this key and moment: it is
        asked of every entry whose id and link are new, twice a poll. Entries stored before
        that migration were given their key by migration 39."""
        if key is None:
            return ()
        moment = self._since_iso(since)
        known = self._known_entry_keys.stored_words(feed_id, key, moment) \
            if self._known_entry_keys is not None else None
        if known is not None:
            return known
        # `+fetched_at`: no index on the fetch time. Without it SQLite chose entries_feed_fetched
        # (migration 38 too) and read every entry of the feed within the window at each ask:
        # ~0.4 ms an ask at 750 entries a feed (bench/bench_words_read.py), and more per day kept.
        rows = self._exec("SELECT guid, canonical_url, published FROM entries WHERE feed_id = ? AND content_key = ? "
                          "AND +fetched_at >= ? ORDER BY id DESC LIMIT ?",
                          [feed_id, key, moment, MAX_TWINS_READ]).fetchall()
        return tuple(StoredTwin(*row) for row in reversed(rows))

    def _since_iso(self, since: datetime) -> str:
        """utc_iso(since), remembered for the last `since` asked: a poll asks items_with_words
        with one window start for each of its new entries, twice (20,000 asks in the poll
        bench's first cycle, each a conversion of the same moment)."""
        remembered = self._since_text
        if remembered is None or remembered[0] is not since:
            remembered = self._since_text = (since, utc_iso(since))
        return remembered[1]

    def words_read(self, feed_id: int, keys: Iterable[int | None], since: datetime) -> None:
        """Inside entry_keys_read(feed_id, ...): the entries this feed stored with each of these
        words keys fetched at or after `since`, read in one statement (by the
        entries_feed_content index), for items_with_words to answer from. Outside it, or for
        another feed, nothing."""
        known = self._known_entry_keys
        if known is None or known.feed_id != feed_id:
            return
        asked = list(dict.fromkeys(key for key in keys if key is not None))
        moment = utc_iso(since)
        # Every entry sharing a key, not only the last stored: which of them the feed still lists
        # tells a daily briefing from a rotation (republished.same_item_again).
        rows = self._exec(
            "SELECT content_key, guid, canonical_url, published FROM entries WHERE feed_id = ? "
            "AND +fetched_at >= ? AND content_key IN (SELECT value FROM json_each(?)) ORDER BY id",
            [feed_id, moment, json.dumps(asked)]).fetchall() if asked else []  # by entries_feed_content, as above
        stored: dict[int, list[StoredTwin]] = {}
        for key, *twin in rows:
            stored.setdefault(key, []).append(StoredTwin(*twin))
        known.words_read(moment, asked, stored)

    def guid_names_another_url(self, feed_id: int, guid: str, canonical_url: str) -> bool:
        """Whether this feed's stored entry with `guid` has a canonical URL, and another one."""
        rows = self._rows("SELECT canonical_url FROM entries WHERE feed_id = ? AND guid = ?", [feed_id, guid])
        return bool(rows) and rows[0]["canonical_url"] not in (None, canonical_url)

    def feed_has_guids_from(self, feed_id: int, prefix: str) -> bool:
        """Whether one of this feed's entries has an id starting with `prefix` (a range of the
        (feed_id, guid) index: asked for items already stored, it must stay cheap)."""
        if not prefix:
            return False
        after = prefix[:-1] + chr(ord(prefix[-1]) + 1)  # the first text past every one starting with prefix
        rows = self._rows("SELECT EXISTS (SELECT 1 FROM entries WHERE feed_id = ? AND guid >= ? AND guid < ?) AS found",
                          [feed_id, prefix, after])
        return bool(rows[0]["found"])

    def set_entry_verdict(self, entry_id: int, relevant: bool, score: float, story_id: int | None) -> None:
        """Record an entry's verdict. Most entries match nothing: their row already holds
        the column defaults (relevant 0, score 0, no story), so nothing is written."""
        if not relevant and not score and story_id is None:
            return
        self._exec(
            "UPDATE entries SET relevant = ?, score = ?, story_id = ? WHERE id = ?",
            [int(relevant), score, story_id, entry_id],
        )

    def add_matches(self, entry_id: int, hits: Iterable[RuleHit]) -> None:
        rows = [
            (entry_id, hit.rule_id, hit.topic, hit.weight, _hit_words_json(tuple(hit.words)))
            for hit in hits
        ]
        if self._held is not None and entry_id >= self._held.first_id:  # its entry is held: so are they
            self._held.matches.extend(rows)
            return
        # One call for all of an entry's hits: a poll does this for a third of its entries.
        self._exec_many("INSERT INTO matches (entry_id, rule_id, topic, weight, words) VALUES (?, ?, ?, ?, ?)", rows)

    def entries_since(self, since: datetime | None, limit: int | None = None) -> list[dict]:
        """Stored entries fetched at or after `since` (all when None), oldest first, with
        their feed and current verdict: what `pledgewatch reanalyze` runs the rules over."""
        sql = ("SELECT e.id, e.feed_id, e.guid, e.url, e.title, e.summary, e.content, e.published, e.fetched_at, "
               "e.lang, e.relevant, e.story_id, f.url AS feed_url, f.name AS feed_name FROM entries e "
               "JOIN feeds f ON f.id = e.feed_id WHERE e.fetched_at >= ? ORDER BY e.fetched_at, e.id")
        params: list[Any] = [utc_iso(since) if since else ""]
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return self._rows(sql, params)

    def newest_entries_since(self, since: datetime, count: int) -> list[dict]:
        """The `count` newest entries fetched at or after `since`, oldest first, with the
        same columns as entries_since. Read newest first under a LIMIT, so the
        entries_fetched_at index (fetched_at, then rowid = id) hands over only those rows:
        taking the tail of entries_since read every article of the period into memory
        (148,097 rows of 1.5 million, 1.6 s, on each /rule_add)."""
        sql = ("SELECT e.id, e.feed_id, e.guid, e.url, e.title, e.summary, e.content, e.published, e.fetched_at, "
               "e.lang, e.relevant, e.story_id, f.url AS feed_url, f.name AS feed_name FROM entries e "
               "JOIN feeds f ON f.id = e.feed_id WHERE e.fetched_at >= ? ORDER BY e.fetched_at DESC, e.id DESC "
               "LIMIT ?")
        return self._rows(sql, [utc_iso(since), max(count, 0)])[::-1]

    def newest_entries_per_feed_since(self, since: datetime, count: int) -> list[dict]:
        """Up to `count` entries fetched at or after `since`, oldest first, with the same
        columns as entries_since: the newest of each feed that has some, each feed giving at
        most its equal share (`count` over the number of such feeds, rounded up), and of
        those the newest `count`. The broad-rule check (bot/rule_admin.py) read the newest
        `count` of all feeds, so one feed flooding the database decided alone whether a rule
        fires on "nearly everything". One statement, by the entries_feed_fetched index
        (migration 38): for each feed one look whether it has entries in the window, then its
        newest share; no entry outside the sample is read."""
        # The share (the LIMIT's subquery) is uncorrelated: computed once. A plain SELECT, not a
        # WITH: the store takes such a statement for a read (StoreBase._rows).
        sql = ("SELECT e.id, e.feed_id, e.guid, e.url, e.title, e.summary, e.content, e.published, e.fetched_at, "
               "e.lang, e.relevant, e.story_id, f.url AS feed_url, f.name AS feed_name "
               "FROM feeds f JOIN entries e ON e.id IN (SELECT y.id FROM entries y WHERE y.feed_id = f.id "
               "AND y.fetched_at >= :since ORDER BY y.fetched_at DESC, y.id DESC "
               "LIMIT (SELECT (:count + count(*) - 1) / max(count(*), 1) FROM feeds g WHERE EXISTS "
               "(SELECT 1 FROM entries x WHERE x.feed_id = g.id AND x.fetched_at >= :since))) "
               "ORDER BY e.fetched_at DESC, e.id DESC LIMIT :count")
        return self._rows(sql, {"since": utc_iso(since), "count": max(count, 0)})[::-1]

    def entry_at(self, url: str, canonical: str) -> dict | None:
        """The stored article at an address (its canonical form, else its link as given),
        the newest if several share a link: title, text, when and from which feed it was
        read, its verdict, whether it opened its story (the story keeps its opener's link),
        the story's number of reports and of alerts queued, and how many stored articles
        share the link (for /rule_test URL)."""
        columns = (
            "SELECT e.id, e.url, e.title, e.summary, e.content, e.fetched_at, e.relevant, e.score, e.story_id, "
            "f.name AS feed_name, f.url AS feed_url, "
            "(SELECT s.url = e.url FROM stories s WHERE s.id = e.story_id) AS opened_story, "
            "(SELECT count(*) FROM entries o WHERE o.story_id = e.story_id) AS story_reports, "
            "(SELECT count(*) FROM outbox q WHERE q.story_id = e.story_id) AS story_alerts "
            "FROM entries e JOIN feeds f ON f.id = e.feed_id ")
        # Each lookup by an index (the unique canonical one, then entries_unkeyed_url): an OR
        # of the two read every stored article, and most answers are misses.
        rows = self._rows(columns + "WHERE e.canonical_url = ?", [canonical]) if canonical else []
        if rows:
            return {**rows[0], "sharing_link": 1}
        rows = self._rows(columns + "WHERE e.url IN (?, ?) AND e.canonical_url IS NULL ORDER BY e.id DESC",
                          [url, canonical or url])
        return {**rows[0], "sharing_link": len(rows)} if rows else None

    def entries_waiting_for_story(self, feed_id: int, limit: int) -> list[tuple[int, Entry]]:
        """Up to `limit` of the feed's entries stored relevant and in no story yet (a poll
        puts off those beyond its budget: bot.pipeline.RELEVANT_ENTRIES_PER_POLL), oldest
        first, with their ids."""
        if limit <= 0:
            return []
        # The unary pluses keep SQLite off the story_id and relevant indexes: story_id IS NULL
        # holds for every entry found unrelated, so that index walked the whole table on each
        # poll (8 ms a feed at 10,000 entries: the steady cycle 0.47x -> 0.69x reader's); the
        # feed's own entries, found by its (feed_id, guid) index, are few.
        rows = self._rows(
            "SELECT e.id, e.guid, e.url, e.title, e.summary, e.content, e.published, e.lang, f.url AS feed_url "
            "FROM entries e JOIN feeds f ON f.id = e.feed_id "
            "WHERE e.feed_id = ? AND +e.relevant = 1 AND +e.story_id IS NULL ORDER BY e.id LIMIT ?",
            [feed_id, limit],
        )
        return [(row["id"], Entry(feed_url=row["feed_url"], guid=row["guid"], url=row["url"], title=row["title"],
                                  summary=row["summary"], content=row["content"],
                                  published=from_iso(row["published"]), lang=row["lang"])) for row in rows]

    def replace_matches(self, entry_id: int, hits: Iterable[RuleHit]) -> None:
        """An entry's rule hits as the current rules see them (after a re-analysis)."""
        self._exec("DELETE FROM matches WHERE entry_id = ?", [entry_id])
        self.add_matches(entry_id, hits)

    def newest_story_id(self) -> int:
        """The highest story id (0 with no stories). Ids only grow: nothing deletes a story
        (a merged one stays, absorbed: see StoryMergeStore)."""
        return self._rows("SELECT coalesce(max(id), 0) AS id FROM stories")[0]["id"]

    def stories_between(self, after_id: int, up_to_id: int, since: datetime) -> list[dict]:
        """Stories with `after_id` < id <= `up_to_id` first seen at or after `since`, by
        id: id, fingerprint (JSON), first_seen, published (datetimes, published may be None),
        feeds (the ids of the feeds its sources came from) and report_times (when each of its
        articles was published, else fetched: datetimes). Absorbed stories are left out."""
        rows = self._rows(
            "SELECT id, fingerprint, first_seen, published, "
            "(SELECT json_group_array(DISTINCT feed_id) FROM story_sources WHERE story_id = stories.id) AS feeds, "
            "(SELECT json_group_array(coalesce(published, fetched_at)) FROM entries WHERE story_id = stories.id) "
            "AS report_times "
            "FROM stories WHERE id > ? AND id <= ? AND first_seen >= ? AND merged_into IS NULL ORDER BY id",
            [after_id, up_to_id, utc_iso(since)],
        )
        for row in rows:
            row["first_seen"] = from_iso(row["first_seen"])
            row["published"] = from_iso(row["published"])
            row["feeds"] = json.loads(row["feeds"] or "[]")
            row["report_times"] = [from_iso(moment) for moment in json.loads(row["report_times"] or "[]")]
        return rows

    def create_story(
        self,
        title: str,
        url: str,
        first_seen: datetime,
        published: datetime | None,
        fingerprint: str,
        topics: Iterable[str],
        score: float,
    ) -> int:
        rows = self._rows(
            "INSERT INTO stories (title, url, first_seen, published, fingerprint, topics, score) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
            [title, url, utc_iso(first_seen), utc_iso(published), fingerprint, json.dumps(list(topics)), score],
        )
        return rows[0]["id"]

    def set_story_fingerprint(self, story_id: int, fingerprint: str) -> None:
        """Replace a story's fingerprint (JSON): it grows as reports join the story."""
        self._exec("UPDATE stories SET fingerprint = ? WHERE id = ?", [fingerprint, story_id])

    def story_reports(self, story_id: int) -> list[dict]:
        """The articles stored under a story, in the order they were stored (its first
        report first): id, title, summary, content, lang, url, feed_id, published (ISO text or None) and
        report_time (ISO text: published, else fetched, as stories_between's report_times)."""
        return self._rows(
            "SELECT id, title, summary, content, lang, url, feed_id, published, "
            "coalesce(published, fetched_at) AS report_time FROM entries WHERE story_id = ? "
            "ORDER BY id",
            [story_id]
        )

    def add_story_source(self, story_id: int, entry_id: int, feed_id: int, source: str, url: str, now: datetime) -> None:
        self._exec(
            "INSERT INTO story_sources (story_id, entry_id, feed_id, source, url, added_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [story_id, entry_id, feed_id, source, url, utc_iso(now)],
        )

    def story_sources(self, story_id: int) -> list[dict]:
        return self._rows(
            "SELECT source, url, feed_id, entry_id FROM story_sources WHERE story_id = ? ORDER BY added_at, entry_id",
            [story_id],
        )

    def stories_since(self, since: datetime | None) -> list[dict]:
        """Stories first seen at or after `since` (all when None), oldest first, each with
        its sources and pledges: id, title, url, first_seen, published (datetimes,
        published may be None), topics (list), sources [{outlet, url, lang, added_at}]
        in the order they joined, pledges [{donor, category, status, system, item,
        quantity, value, currency}] in the order they were first reported. A story merged
        into another (see StoryMergeStore) is left out: the survivor shows its sources."""
        rows = self._rows(
            _STORY_COLUMNS
            + "FROM stories s WHERE (? IS NULL OR s.first_seen >= ?) AND s.merged_into IS NULL "
            "ORDER BY s.first_seen, s.id",
            [utc_iso(since), utc_iso(since)],
        )
        return [self._story_row(row) for row in rows]

    @staticmethod
    def _story_row(row: dict) -> dict:
        """A stories query's row with its times, topics, sources and pledges decoded."""
        row["first_seen"] = from_iso(row["first_seen"])
        row["published"] = from_iso(row["published"])
        row["newest"] = from_iso(row["newest"])
        row["topics"] = json.loads(row["topics"] or "[]")
        row["sources"] = json.loads(row["sources"] or "[]")
        row["pledges"] = json.loads(row["pledges"] or "[]")
        for source in row["sources"]:
            source["added_at"] = from_iso(source["added_at"])
        for pledge in row["pledges"]:
            pledge["system"] = pledge["system"] or None  # stored as '' when none
        return row

    def story_page(self, since: datetime | None, limit: int, offset: int = 0, sources_shown: int = 10,
                   until: datetime | None = None, reported: bool = False,
                   holding: StoryPledgeFilter | None = None) -> list[dict]:
        """Stories first seen at or after `since` (and before `until`), newest report first, one page
        of them, each with its pledges as stories_since gives them, its first `sources_shown`
        sources, and how many sources it has (`source_count`), of how many outlets (`outlet_count`).
        `reported`: `since` and `until` bound the story's report time instead (_STORY_REPORTED);
        `holding`: only the stories holding a pledge of these filter words."""
        # Only the sources shown: a feed giving its items new links on every poll adds up to
        # 1,000 a poll to one story, and the page decoded them all to show ten.
        # A range of report days is read through its own index (stories_reported) and its ids
        # sorted: walking the first-sight index from the newest story instead, which SQLite
        # prefers for `ORDER BY first_seen ... LIMIT ?`, read every story newer than the range
        # (all of them for a range in the past). `+` keeps that index from giving the order, so
        # the page costs what the range holds, as its count does. The ids are chosen first and
        # only the page's rows built: SQLite builds every column of every row it sorts, the
        # sources' and pledges' JSON included.
        # Newest report first (_STORY_NEWEST): the order of first sight shuffled an archive read
        # at once. All time, the page is read off that expression's index (stories_newest); a
        # period or a range is found through its own index and only its stories sorted (`+`
        # keeps SQLite from walking stories_newest from the newest story down through all the
        # others, as it prefers for `ORDER BY ... LIMIT ?`).
        where, params = _story_window(since, until, reported, holding)
        bounded = since is not None or until is not None or (holding is not None and any(holding))
        order = f"{'+' if bounded else ''}{_STORY_NEWEST} DESC, s.id DESC"
        rows = self._rows(
            _STORY_HEAD + _story_sources_column(sources_shown) + _STORY_SOURCE_COUNTS + _STORY_PLEDGES
            + f"FROM stories s WHERE s.id IN (SELECT s.id FROM stories s WHERE {where} ORDER BY {order} "
            "LIMIT ? OFFSET ?) ORDER BY newest DESC, s.id DESC",
            [*params, limit, max(0, offset)],
        )
        return [self._story_row(row) for row in rows]

    def story_count(self, since: datetime | None, until: datetime | None = None, reported: bool = False,
                    holding: StoryPledgeFilter | None = None) -> int:
        where, params = _story_window(since, until, reported, holding)
        return self._rows(f"SELECT count(*) AS n FROM stories s WHERE {where}", params)[0]["n"]

    def latest_story_time(self, since: datetime | None = None, until: datetime | None = None,
                          reported: bool = False, holding: StoryPledgeFilter | None = None) -> datetime | None:
        """The latest report time (_STORY_REPORTED) of the stories story_page(since, until,
        reported) lists; None when there is none: what the web tracker's list of stories is
        "as of", as the latest pledge's report time is the list of pledges'."""
        where, params = _story_window(since, until, reported, holding)
        row = self._rows(f"SELECT max({_STORY_REPORTED}) AS moment FROM stories s WHERE {where}", params)[0]
        return from_iso(row["moment"])

    # -- one story, for its page on the web tracker (bot/web/story_page.py) --------------

    def story_record(self, story_id: int) -> dict | None:
        """The story `story_id` (id, title, url, first_seen, published, merged_into), merged
        or not; None when no story has that id."""
        rows = self._rows("SELECT id, title, url, first_seen, published, merged_into FROM stories WHERE id = ?",
                          [story_id])
        if not rows:
            return None
        row = rows[0]
        row["first_seen"], row["published"] = from_iso(row["first_seen"]), from_iso(row["published"])
        return row

    def story_articles(self, story_id: int, limit: int, offset: int = 0) -> list[dict]:
        """A page of the story's articles, in the order they joined it: outlet, url, title,
        lang, published (the article's date, or None), added_at (when it joined)."""
        rows = self._rows(
            "SELECT ss.source AS outlet, coalesce(nullif(ss.url, ''), e.url) AS url, e.title, "
            "coalesce(e.lang, f.lang) AS lang, e.published, ss.added_at FROM story_sources ss "
            "JOIN entries e ON e.id = ss.entry_id JOIN feeds f ON f.id = ss.feed_id WHERE ss.story_id = ? "
            "ORDER BY ss.added_at, ss.entry_id LIMIT ? OFFSET ?",
            [story_id, limit, max(0, offset)],
        )
        for row in rows:
            row["published"], row["added_at"] = from_iso(row["published"]), from_iso(row["added_at"])
        return rows

    def story_article_counts(self, story_id: int, shown: int) -> dict:
        """How the story's articles divide: `articles` (all), `languages` [(lang or '', n)]
        and `outlets` [(outlet, n)], most articles first, at most `shown` of each, and how many
        outlets and languages there are in all (`outlet_count`, `language_count`)."""
        articles = self._rows("SELECT count(*) AS n FROM story_sources WHERE story_id = ?", [story_id])[0]["n"]
        languages = self._rows(
            "SELECT coalesce(e.lang, f.lang, '') AS lang, count(*) AS n FROM story_sources ss "
            "JOIN entries e ON e.id = ss.entry_id JOIN feeds f ON f.id = ss.feed_id WHERE ss.story_id = ? "
            "GROUP BY 1 ORDER BY n DESC, lang",
            [story_id],
        )
        outlets = self._rows(
            "SELECT source AS outlet, count(*) AS n FROM story_sources WHERE story_id = ? "
            "GROUP BY source ORDER BY n DESC, source LIMIT ?",
            [story_id, shown],
        )
        outlet_count = self._rows("SELECT count(DISTINCT source) AS n FROM story_sources WHERE story_id = ?",
                                  [story_id])[0]["n"]
        return {"articles": articles, "languages": [(r["lang"], r["n"]) for r in languages[:shown]],
                "language_count": len(languages), "outlets": [(r["outlet"], r["n"]) for r in outlets],
                "outlet_count": outlet_count}

    def story_pledge_rows(self, story_id: int, limit: int) -> list[dict]:
        """The story's pledges (the first `limit`, in the order they were first reported),
        with how many articles reported each (`reports`)."""
        return self._rows(
            "SELECT p.id, p.donor, p.category, p.status, p.system, p.item, p.quantity, p.value, p.currency, "
            "p.reported_at, (SELECT count(*) FROM pledge_sources ps WHERE ps.pledge_id = p.id) AS reports "
            "FROM pledges p WHERE p.story_id = ? ORDER BY p.reported_at, p.id LIMIT ?",
            [story_id, limit],
        )

    def latest_stories(self, limit: int = 5) -> list[dict]:
        """The newest stories by the date /latest shows, their newest report (_STORY_NEWEST):
        sorted by first seen, a feed read for the first time listed last week's news above
        today's, under dates out of order."""
        return self._rows(_LATEST_STORIES, [limit])

    def search_entries(self, query: str, limit: int = 10) -> list[dict]:
        """Full-text search for all the words and quoted phrases of `query`, either of two
        joined by OR, none of those after a minus. User input is reduced to words and each
        word or phrase is quoted, so it can never be read as FTS5 syntax
        (bot.core.text.search_query)."""
        parts = search_parts(query)
        if not wanted(parts):  # "-NASAMS" alone: FTS5 has no "everything but"
            return []
        match = fts5_match(parts)
        # sqlite-utils writes the FTS query (ranking included); imported here only, where
        # a user searches, not by every process that opens the store (bot.adapters.sqlite_db).
        from bot.adapters.sqlite_import import sqlite_utils

        table = sqlite_utils.Database(self.db.conn, execute_plugins=False)["entries"]
        try:
            return list(table.search(match, columns=["id", "title", "url", "published"], limit=limit))
        except sqlite3.Error as exc:
            raise self._store_error(exc) from exc
