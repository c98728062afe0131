"""SqliteStore: everything pledgewatch remembers, in one SQLite file via sqlite-utils.

Every statement uses bound parameters (never string formatting of values). The
connection runs in WAL mode with a busy timeout, and the pipeline wraps each
feed's poll in `transaction()` so a crash leaves either all of a poll or none
of it.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from bot.adapters.sqlite_import import sqlite_utils  # noqa: I001 - first: without numpy
from sqlite_utils.utils import dedupe_keys

from bot.adapters.migrations import migrate
from bot.core.chat.alerts import alert_from_json, alert_to_json
from bot.core.chat.digest import send_at
from bot.core.models import (
    Alert,
    EditItem,
    Entry,
    Feed,
    FeedState,
    OutboxItem,
    Pledge,
    Rule,
    RuleHit,
    Subscription,
)
from bot.core.feeds.websub import WebSubSubscription
from bot.errors import StoreError

BUSY_TIMEOUT_MS = 10_000


def _iso(moment: datetime | None) -> str | None:
    return moment.astimezone(timezone.utc).isoformat() if moment else None


def _dt(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _feed(row: dict) -> Feed:
    return Feed(url=row["url"], name=row["name"], lang=row["lang"], interval=row["interval"], id=row["id"])


def _rule(row: dict) -> Rule:
    return Rule(topic=row["topic"], expression=row["expression"], weight=row["weight"], id=row["id"],
                enabled=bool(row["enabled"]))


# A plain SELECT writes nothing, so it needs no transaction or savepoint around it.
_READ = re.compile(r"\s*SELECT\b", re.IGNORECASE)


def _websub(row: dict) -> WebSubSubscription:
    return WebSubSubscription(
        feed_id=row["feed_id"], hub=row["hub"], topic=row["topic"], secret=row["secret"], state=row["state"],
        requested_at=_dt(row["requested_at"]), lease_expires=_dt(row["lease_expires"]), last_error=row["last_error"],
    )


def _explain(exc: sqlite3.Error, path: str) -> StoreError:
    """Turn sqlite3's terse errors into a message an operator can act on."""
    text = str(exc)
    if "readonly" in text:
        return StoreError(f"database {path} is read-only: {text}")
    if "full" in text:
        return StoreError(f"disk full while writing {path}: {text}")
    if "disk I/O" in text:
        return StoreError(f"cannot write {path} (disk full, file size limit or failing disk?): {text}")
    if "locked" in text or "busy" in text:
        return StoreError(f"database {path} is locked by another process: {text}")
    return StoreError(f"database {path}: {text}")


class SqliteStore:
    """The Store role on a SQLite file (or ':memory:' for quick tests)."""

    def __init__(self, path: str | Path):
        self.path = str(path)
        try:
            if self.path != ":memory:":
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
            self.db = sqlite_utils.Database(conn)
            self.db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            if self.path != ":memory:":
                self.db.enable_wal()
            self.db.execute("PRAGMA foreign_keys = ON")
            self.db.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.Error as exc:
            raise _explain(exc, self.path) from exc

    # -- lifecycle -------------------------------------------------------

    def migrate(self) -> list[int]:
        try:
            return migrate(self.db)
        except sqlite3.Error as exc:
            raise _explain(exc, self.path) from exc

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All writes inside commit together or not at all."""
        try:
            with self.db.atomic():
                yield
        except sqlite3.Error as exc:
            raise _explain(exc, self.path) from exc

    def _rows(self, sql: str, params: Iterable[Any] | dict = ()) -> list[dict]:
        """The rows of a statement that returns rows, as dicts keyed by column name."""
        conn = self.db.conn
        try:
            if not conn.in_transaction and not _READ.match(sql):
                # A write outside a transaction (INSERT ... RETURNING): sqlite-utils'
                # savepoint guard is what commits it at once, so keep it.
                return list(self.db.query(sql, params))
            # A read, or any statement inside a transaction (a poll stores thousands of
            # rows this way), which the transaction already makes all-or-nothing: read
            # the cursor directly. query()'s savepoint and generator double the cost of
            # a row, and every extra call gives the GIL away to the feed parser thread.
            cursor = conn.execute(sql, params)
            rows = cursor.fetchall()
        except sqlite3.Error as exc:
            raise _explain(exc, self.path) from exc
        if cursor.description is None:
            raise ValueError(f"_rows() needs a statement that returns rows: {sql}")
        keys = [column[0] for column in cursor.description]
        if len(set(keys)) != len(keys):
            keys = dedupe_keys(keys)  # "id", "id_2": the same names query() would give
        return [dict(zip(keys, row)) for row in rows]

    def _exec(self, sql: str, params: Iterable[Any] | dict = ()) -> sqlite3.Cursor:
        try:
            return self.db.execute(sql, params)
        except sqlite3.Error as exc:
            raise _explain(exc, self.path) from exc

    def _exec_many(self, sql: str, rows: list[tuple]) -> None:
        """One statement for many rows, all or none of them when no transaction is open."""
        if not rows:
            return
        conn = self.db.conn
        if not conn.in_transaction:
            with self.transaction():  # commits, like _exec does
                conn.executemany(sql, rows)
            return
        try:
            conn.executemany(sql, rows)
        except sqlite3.Error as exc:
            raise _explain(exc, self.path) from exc

    def integrity_ok(self) -> bool:
        return self._rows("PRAGMA integrity_check")[0]["integrity_check"] == "ok"

    # -- feeds -----------------------------------------------------------

    def add_feed(self, feed: Feed, now: datetime, actor: str | None = None) -> tuple[int, bool]:
        """Insert a feed; returns (id, created). A removed feed is re-enabled. With an
        `actor` (a person: the CLI, a chat admin), a feed added is audited in the same
        transaction; feeds the settings import are not changes anyone made."""
        with self.transaction():
            feed_id, created = self._add_feed(feed, now)
            if created and actor:
                self.audit(actor, "feed.add", str(feed_id), None,
                           {"url": feed.url, "name": feed.name, "lang": feed.lang, "interval": feed.interval}, now)
        return feed_id, created

    def _add_feed(self, feed: Feed, now: datetime) -> tuple[int, bool]:
        rows = self._rows(
            "INSERT INTO feeds (url, name, lang, interval, added_at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT(url) DO NOTHING RETURNING id",
            [feed.url, feed.name, feed.lang, feed.interval, _iso(now)],
        )
        if rows:
            return rows[0]["id"], True
        existing = self._rows("SELECT id, enabled FROM feeds WHERE url = ?", [feed.url])[0]
        if not existing["enabled"]:
            self._exec(
                "UPDATE feeds SET enabled = 1, name = ?, lang = ?, interval = ? WHERE id = ?",
                [feed.name, feed.lang, feed.interval, existing["id"]],
            )
            return existing["id"], True
        return existing["id"], False

    def import_feeds(self, feeds: Iterable[Feed], now: datetime) -> int:
        """Add configured feeds the database has never seen; a feed an admin removed
        stays removed (the database is the truth once imported)."""
        added = 0
        with self.transaction():
            for feed in feeds:
                rows = self._rows(
                    "INSERT INTO feeds (url, name, lang, interval, added_at) VALUES (?, ?, ?, ?, ?) "
                    "ON CONFLICT(url) DO NOTHING RETURNING id",
                    [feed.url, feed.name, feed.lang, feed.interval, _iso(now)],
                )
                added += len(rows)
        return added

    def remove_feed(self, id_or_url: str | int, actor: str | None = None, now: datetime | None = None) -> bool:
        """Stop polling a feed; with an `actor`, the removal is audited (before: the feed)."""
        key = str(id_or_url)
        column = "id" if key.isdigit() else "url"
        with self.transaction():
            before = self._rows(f"SELECT id, url, name FROM feeds WHERE {column} = ? AND enabled = 1", [key])
            cursor = self._exec(f"UPDATE feeds SET enabled = 0 WHERE {column} = ? AND enabled = 1", [key])
            if cursor.rowcount > 0 and actor and before:
                self.audit(actor, "feed.remove", str(before[0]["id"]), {"url": before[0]["url"],
                                                                        "name": before[0]["name"]}, None,
                           now or datetime.now(timezone.utc))
        return cursor.rowcount > 0

    def list_feeds(self, include_disabled: bool = False) -> list[Feed]:
        where = "" if include_disabled else "WHERE enabled = 1"
        return [_feed(r) for r in self._rows(f"SELECT * FROM feeds {where} ORDER BY id")]

    def feed_by_url(self, url: str) -> Feed | None:
        rows = self._rows("SELECT * FROM feeds WHERE url = ?", [url])
        return _feed(rows[0]) if rows else None

    def feed_state(self, feed_id: int) -> FeedState:
        r = self._rows("SELECT * FROM feeds WHERE id = ?", [feed_id])[0]
        return FeedState(
            etag=r["etag"],
            last_modified=r["last_modified"],
            content_hash=r["content_hash"],
            last_polled=_dt(r["last_polled"]),
            last_success=_dt(r["last_success"]),
            last_error=r["last_error"],
            failures=r["failures"],
            next_poll=_dt(r["next_poll"]),
            site=r["site"],
            foreign_polls=r["foreign_polls"],
            quiet_polls=r["quiet_polls"],
        )

    def save_feed_state(self, feed_id: int, state: FeedState) -> None:
        self._exec(
            "UPDATE feeds SET etag = ?, last_modified = ?, content_hash = ?, last_polled = ?, "
            "last_success = ?, last_error = ?, failures = ?, next_poll = ?, site = ?, foreign_polls = ?, "
            "quiet_polls = ? WHERE id = ?",
            [
                state.etag,
                state.last_modified,
                state.content_hash,
                _iso(state.last_polled),
                _iso(state.last_success),
                state.last_error,
                state.failures,
                _iso(state.next_poll),
                state.site,
                state.foreign_polls,
                state.quiet_polls,
                feed_id,
            ],
        )

    def feed_health(self) -> list[dict]:
        return self._rows(
            "SELECT id, url, name, last_polled, last_success, last_error, failures, next_poll "
            "FROM feeds WHERE enabled = 1 ORDER BY id"
        )

    # -- entries, stories, matches, pledges --------------------------------

    def insert_entry(self, feed_id: int, entry: Entry, canonical_url: str | None, now: datetime) -> int | None:
        """Store an entry; None when it was seen before (same feed GUID or same canonical URL)."""
        rows = self._rows(
            "INSERT INTO entries (feed_id, guid, url, canonical_url, title, summary, content, published, "
            "fetched_at, lang) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id",
            [
                feed_id,
                entry.guid,
                entry.url,
                canonical_url or None,
                entry.title,
                entry.summary,
                entry.content,
                _iso(entry.published),
                _iso(now),
                entry.lang,
            ],
        )
        return rows[0]["id"] if rows else None

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
            (entry_id, hit.rule_id, hit.topic, hit.weight, json.dumps(list(hit.words), ensure_ascii=False))
            for hit in hits
        ]
        # One call for all of an entry's hits: a poll does this for a third of its entries.
        self._exec_many("INSERT INTO matches (entry_id, rule_id, topic, weight, words) VALUES (?, ?, ?, ?, ?)", rows)

    def entries_since(self, since: datetime | None, limit: int | None = None) -> list[dict]:
        """Stored entries fetched at or after `since` (all when None), oldest first, with
        their feed and current verdict: what `pledgewatch reanalyze` runs the rules over."""
        sql = ("SELECT e.id, e.feed_id, e.guid, e.url, e.title, e.summary, e.content, e.published, e.fetched_at, "
               "e.lang, e.relevant, e.story_id, f.url AS feed_url, f.name AS feed_name FROM entries e "
               "JOIN feeds f ON f.id = e.feed_id WHERE e.fetched_at >= ? ORDER BY e.fetched_at, e.id")
        params: list[Any] = [_iso(since) if since else ""]
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return self._rows(sql, params)

    def replace_matches(self, entry_id: int, hits: Iterable[RuleHit]) -> None:
        """An entry's rule hits as the current rules see them (after a re-analysis)."""
        self._exec("DELETE FROM matches WHERE entry_id = ?", [entry_id])
        self.add_matches(entry_id, hits)

    def newest_story_id(self) -> int:
        """The highest story id (0 with no stories). Ids only grow: nothing deletes a story."""
        return self._rows("SELECT coalesce(max(id), 0) AS id FROM stories")[0]["id"]

    def stories_between(self, after_id: int, up_to_id: int, since: datetime) -> list[dict]:
        """Stories with `after_id` < id <= `up_to_id` first seen at or after `since`, by
        id: id, fingerprint (JSON), first_seen, published (datetimes, published may be None)
        and feeds (the ids of the feeds its sources came from)."""
        rows = self._rows(
            "SELECT id, fingerprint, first_seen, published, "
            "(SELECT json_group_array(DISTINCT feed_id) FROM story_sources WHERE story_id = stories.id) AS feeds "
            "FROM stories WHERE id > ? AND id <= ? AND first_seen >= ? ORDER BY id",
            [after_id, up_to_id, _iso(since)],
        )
        for row in rows:
            row["first_seen"] = _dt(row["first_seen"])
            row["published"] = _dt(row["published"])
            row["feeds"] = json.loads(row["feeds"] or "[]")
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
            [title, url, _iso(first_seen), _iso(published), fingerprint, json.dumps(list(topics)), score],
        )
        return rows[0]["id"]

    def set_story_fingerprint(self, story_id: int, fingerprint: str) -> None:
        """Replace a story's fingerprint (JSON): it grows as reports join the story."""
        self._exec("UPDATE stories SET fingerprint = ? WHERE id = ?", [fingerprint, story_id])

    def add_story_source(self, story_id: int, entry_id: int, feed_id: int, source: str, url: str, now: datetime) -> None:
        self._exec(
            "INSERT INTO story_sources (story_id, entry_id, feed_id, source, url, added_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [story_id, entry_id, feed_id, source, url, _iso(now)],
        )

    def story_sources(self, story_id: int) -> list[dict]:
        return self._rows(
            "SELECT source, url, feed_id, entry_id FROM story_sources WHERE story_id = ? ORDER BY added_at, entry_id",
            [story_id],
        )

    def add_pledges(self, story_id: int, entry_id: int, pledges: Iterable[Pledge], reported_at: datetime) -> int:
        """Record pledges for a story; the same pledge from another outlet only adds a source."""
        added = 0
        for p in pledges:
            rows = self._rows(
                "INSERT INTO pledges (story_id, donor, category, status, system, item, quantity, value, currency, "
                "evidence, reported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id",
                [
                    story_id,
                    p.donor,
                    p.category,
                    p.status,
                    p.system or "",
                    p.item,
                    p.quantity,
                    p.value,
                    p.currency,
                    p.evidence,
                    _iso(reported_at),
                ],
            )
            if rows:
                pledge_id = rows[0]["id"]
                added += 1
            else:
                pledge_id = self._rows(
                    "SELECT id FROM pledges WHERE story_id = ? AND donor = ? AND category = ? AND status = ? "
                    "AND system = ?",
                    [story_id, p.donor, p.category, p.status, p.system or ""],
                )[0]["id"]
            self._exec(
                "INSERT INTO pledge_sources (pledge_id, entry_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                [pledge_id, entry_id],
            )
        return added

    # ORDER BY clauses the pledge table may be sorted by (chosen by key, never built from input).
    PLEDGE_ORDERS = {
        "newest": "ORDER BY p.reported_at DESC, p.id DESC",
        "oldest": "ORDER BY p.reported_at, p.id",
        "donor": "ORDER BY p.donor, p.reported_at DESC, p.id DESC",
        "category": "ORDER BY p.category, p.reported_at DESC, p.id DESC",
        "status": "ORDER BY p.status, p.reported_at DESC, p.id DESC",
        # NULL sorts lowest in SQLite, so pledges without a value come last; an index on
        # (value, reported_at) read backwards gives this order.
        "value": "ORDER BY p.value DESC, p.reported_at DESC, p.id DESC",
        "added": "ORDER BY p.id DESC",  # newest stored first: the Atom feed of new pledges
    }

    def pledge_rows(
        self,
        since: datetime | None = None,
        limit: int | None = None,
        *,
        donor: str | None = None,
        category: str | None = None,
        system: str | None = None,
        systems: Sequence[str] | None = None,
        status: str | None = None,
        with_sources: bool = True,
        offset: int = 0,
        order: str = "newest",
    ) -> list[dict]:
        """Pledges newest first (or in another of PLEDGE_ORDERS), filtered in SQL
        (`systems`: any of these, a family such as Leopard 1 and Leopard 2);
        `with_sources` adds each one's sources (names and URLs), which totals and
        charts do not need."""
        where, params = self._pledge_filter(since, donor, category, system, systems, status)
        sources = (
            ", (SELECT json_group_array(json_object('source', ss.source, 'url', ss.url)) FROM pledge_sources ps "
            " JOIN story_sources ss ON ss.entry_id = ps.entry_id AND ss.story_id = p.story_id "
            " WHERE ps.pledge_id = p.id) AS sources"
            if with_sources else ""
        )
        order_by = self.PLEDGE_ORDERS[order]
        if limit:
            # The page's ids first, from the pledges table alone (its indexes give the order),
            # then the columns and sources of those rows only: a sort that cannot use an index
            # would otherwise compute every matching row's sources before keeping 50 of them.
            sql = (
                f"SELECT p.*, s.title AS story_title{sources} FROM (SELECT p.id FROM pledges p {where} {order_by} "
                f"LIMIT ? OFFSET ?) AS page JOIN pledges p ON p.id = page.id JOIN stories s ON s.id = p.story_id "
                f"{order_by}"
            )
            params += [limit, max(0, offset)]
        else:
            sql = (
                f"SELECT p.*, s.title AS story_title{sources} FROM pledges p JOIN stories s ON s.id = p.story_id "
                f"{where} {order_by}"
            )
        rows = self._rows(sql, params)
        for row in rows:
            row["sources"] = json.loads(row["sources"] or "[]") if with_sources else []
        return rows

    def pledge_count(
        self, since: datetime | None = None, *, donor: str | None = None, category: str | None = None,
        system: str | None = None, systems: Sequence[str] | None = None, status: str | None = None,
    ) -> int:
        where, params = self._pledge_filter(since, donor, category, system, systems, status)
        return self._rows(f"SELECT count(*) AS n FROM pledges p {where}", params)[0]["n"]

    def newest_pledge_id(self) -> int:
        """The highest pledge id (0 with none). Ids only grow and nothing deletes a pledge,
        so it changes exactly when pledges are added."""
        return self._rows("SELECT coalesce(max(id), 0) AS id FROM pledges")[0]["id"]

    def pledge_groups(
        self, since: datetime | None = None, *, donor: str | None = None, category: str | None = None,
        system: str | None = None, systems: Sequence[str] | None = None, status: str | None = None,
    ) -> list[dict]:
        """The filtered pledges counted per (donor, category, status, currency): n pledges,
        quantity (units summed), value (money summed) and n_valued (pledges with a value).
        What totals need, without fetching every row."""
        where, params = self._pledge_filter(since, donor, category, system, systems, status)
        return self._rows(
            "SELECT p.donor, p.category, p.status, p.currency, count(*) AS n, "
            "coalesce(sum(p.quantity), 0) AS quantity, coalesce(sum(p.value), 0) AS value, "
            f"count(p.value) AS n_valued FROM pledges p {where} "
            "GROUP BY p.donor, p.category, p.status, p.currency",
            params,
        )

    @staticmethod
    def _pledge_filter(
        since: datetime | None, donor: str | None, category: str | None, system: str | None,
        systems: Sequence[str] | None = None,
        status: str | None = None,
    ) -> tuple[str, list[Any]]:
        """A WHERE clause of fixed fragments; every value is a bound parameter (a list
        of systems as one JSON array, read back by json_each)."""
        clauses: list[str] = []
        params: list[Any] = []
        for fragment, value in (("p.reported_at >= ?", _iso(since) if since else None), ("p.donor = ?", donor),
                                ("p.category = ?", category), ("p.system = ?", system),
                                ("p.system IN (SELECT value FROM json_each(?))",
                                 json.dumps(list(systems)) if systems else None),
                                ("p.status = ?", status)):
            if value is not None:
                clauses.append(fragment)
                params.append(value)
        return ("WHERE " + " AND ".join(clauses)) if clauses else "", params

    def stories_since(self, since: datetime | None) -> list[dict]:
        """Stories first seen at or after `since` (all when None), oldest first, each with
        its sources and pledges: id, title, url, first_seen, published (datetimes,
        published may be None), topics (list), sources [{outlet, url, lang, added_at}]
        in the order they joined, pledges [{donor, category, status, system, item,
        quantity, value, currency}] in the order they were first reported."""
        rows = self._rows(
            "SELECT s.id, s.title, s.url, s.first_seen, s.published, s.topics, "
            "(SELECT json_group_array(json_object('outlet', x.source, 'url', x.url, 'lang', x.lang, "
            "  'added_at', x.added_at)) FROM (SELECT ss.source, ss.url, coalesce(e.lang, f.lang) AS lang, "
            "  ss.added_at FROM story_sources ss JOIN entries e ON e.id = ss.entry_id "
            "  JOIN feeds f ON f.id = ss.feed_id WHERE ss.story_id = s.id "
            "  ORDER BY ss.added_at, ss.entry_id) AS x) AS sources, "
            "(SELECT json_group_array(json_object('donor', y.donor, 'category', y.category, 'status', y.status, "
            "  'system', y.system, 'item', y.item, 'quantity', y.quantity, 'value', y.value, "
            "  'currency', y.currency)) FROM (SELECT * FROM pledges p WHERE p.story_id = s.id "
            "  ORDER BY p.reported_at, p.id) AS y) AS pledges "
            "FROM stories s WHERE ? IS NULL OR s.first_seen >= ? ORDER BY s.first_seen, s.id",
            [_iso(since), _iso(since)],
        )
        return [self._story_row(row) for row in rows]

    @staticmethod
    def _story_row(row: dict) -> dict:
        """A stories query's row with its times, topics, sources and pledges decoded."""
        row["first_seen"] = _dt(row["first_seen"])
        row["published"] = _dt(row["published"])
        row["topics"] = json.loads(row["topics"] or "[]")
        row["sources"] = json.loads(row["sources"] or "[]")
        row["pledges"] = json.loads(row["pledges"] or "[]")
        for source in row["sources"]:
            source["added_at"] = _dt(source["added_at"])
        for pledge in row["pledges"]:
            pledge["system"] = pledge["system"] or None  # stored as '' when none
        return row

    def story_page(self, since: datetime | None, limit: int, offset: int = 0) -> list[dict]:
        """Stories first seen at or after `since`, newest first, one page of them, each
        with its sources and pledges as stories_since gives them."""
        rows = self._rows(
            "SELECT s.id, s.title, s.url, s.first_seen, s.published, s.topics, "
            "(SELECT json_group_array(json_object('outlet', x.source, 'url', x.url, 'lang', x.lang, "
            "  'added_at', x.added_at)) FROM (SELECT ss.source, ss.url, coalesce(e.lang, f.lang) AS lang, "
            "  ss.added_at FROM story_sources ss JOIN entries e ON e.id = ss.entry_id "
            "  JOIN feeds f ON f.id = ss.feed_id WHERE ss.story_id = s.id "
            "  ORDER BY ss.added_at, ss.entry_id) AS x) AS sources, "
            "(SELECT json_group_array(json_object('donor', y.donor, 'category', y.category, 'status', y.status, "
            "  'system', y.system, 'item', y.item, 'quantity', y.quantity, 'value', y.value, "
            "  'currency', y.currency)) FROM (SELECT * FROM pledges p WHERE p.story_id = s.id "
            "  ORDER BY p.reported_at, p.id) AS y) AS pledges "
            "FROM stories s WHERE ? IS NULL OR s.first_seen >= ? ORDER BY s.first_seen DESC, s.id DESC "
            "LIMIT ? OFFSET ?",
            [_iso(since), _iso(since), limit, max(0, offset)],
        )
        return [self._story_row(row) for row in rows]

    def story_count(self, since: datetime | None) -> int:
        return self._rows("SELECT count(*) AS n FROM stories WHERE ? IS NULL OR first_seen >= ?",
                          [_iso(since), _iso(since)])[0]["n"]

    def latest_stories(self, limit: int = 5) -> list[dict]:
        return self._rows(
            "SELECT s.id, s.title, s.url, s.first_seen, s.published, s.topics, "
            "(SELECT group_concat(source, ', ') FROM (SELECT source FROM story_sources WHERE story_id = s.id "
            " GROUP BY source ORDER BY min(added_at) LIMIT 5)) AS sources, "
            "(SELECT count(DISTINCT source) FROM story_sources WHERE story_id = s.id) AS outlets "
            "FROM stories s ORDER BY s.first_seen DESC, s.id DESC LIMIT ?",
            [limit],
        )

    def search_entries(self, query: str, limit: int = 10) -> list[dict]:
        """Full-text search for all the words of `query`. User input is reduced to
        words and each is quoted, so it can never be read as FTS5 syntax."""
        terms = re.findall(r"[^\W_]+", query)[:20]
        if not terms:
            return []
        match = " ".join(f'"{term}"' for term in terms)
        try:
            return list(self.db["entries"].search(match, columns=["id", "title", "url", "published"], limit=limit))
        except sqlite3.Error as exc:
            raise _explain(exc, self.path) from exc

    # -- rules and settings -------------------------------------------------

    def list_rules(self, include_disabled: bool = False) -> list[Rule]:
        where = "" if include_disabled else "WHERE enabled = 1"
        return [_rule(r) for r in self._rows(f"SELECT * FROM rules {where} ORDER BY id")]

    def get_rule(self, rule_id: int) -> Rule | None:
        rows = self._rows("SELECT * FROM rules WHERE id = ?", [rule_id])
        return _rule(rows[0]) if rows else None

    def insert_rule(self, rule: Rule, now: datetime) -> int:
        rows = self._rows(
            "INSERT INTO rules (id, topic, expression, weight, enabled, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
            [rule.id, rule.topic, rule.expression, rule.weight, int(rule.enabled), _iso(now), _iso(now)],
        )
        return rows[0]["id"]

    def update_rule(self, rule: Rule, now: datetime) -> None:
        self._exec(
            "UPDATE rules SET topic = ?, expression = ?, weight = ?, enabled = ?, updated_at = ? WHERE id = ?",
            [rule.topic, rule.expression, rule.weight, int(rule.enabled), _iso(now), rule.id],
        )

    def delete_rule(self, rule_id: int) -> bool:
        return self._exec("DELETE FROM rules WHERE id = ?", [rule_id]).rowcount > 0

    def delete_all_rules(self) -> None:
        self._exec("DELETE FROM rules")

    def rule_count(self) -> int:
        return self._rows("SELECT count(*) AS n FROM rules")[0]["n"]

    def get_setting(self, name: str, default: str | None = None) -> str | None:
        rows = self._rows("SELECT value FROM settings WHERE name = ?", [name])
        return rows[0]["value"] if rows else default

    def set_setting(self, name: str, value: str) -> None:
        self._exec(
            "INSERT INTO settings (name, value) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET value = excluded.value",
            [name, value],
        )

    # -- audit ------------------------------------------------------------------

    def audit(self, actor: str, action: str, target: str, before: Any, after: Any, now: datetime) -> int:
        rows = self._rows(
            "INSERT INTO audit (at, actor, action, target, before, after) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
            [
                _iso(now),
                actor,
                action,
                target,
                None if before is None else json.dumps(before, ensure_ascii=False),
                None if after is None else json.dumps(after, ensure_ascii=False),
            ],
        )
        return rows[0]["id"]

    def audit_log(self, limit: int = 50, action_prefix: str = "") -> list[dict]:
        rows = self._rows(
            "SELECT * FROM audit WHERE action LIKE ? ORDER BY id DESC LIMIT ?", [action_prefix + "%", limit]
        )
        for row in rows:
            row["before"] = json.loads(row["before"]) if row["before"] else None
            row["after"] = json.loads(row["after"]) if row["after"] else None
        return rows

    # -- subscriptions --------------------------------------------------------------

    def subscribe(self, platform: str, chat_id: str, topics: Iterable[str], now: datetime, lang: str = "en") -> None:
        self._exec(
            "INSERT INTO subscriptions (platform, chat_id, topics, active, lang, created_at, updated_at) "
            "VALUES (?, ?, ?, 1, ?, ?, ?) ON CONFLICT(platform, chat_id) DO UPDATE SET "
            "topics = excluded.topics, active = 1, updated_at = excluded.updated_at",
            [platform, str(chat_id), json.dumps(sorted(set(topics))), lang, _iso(now), _iso(now)],
        )

    def deactivate(self, platform: str, chat_id: str, now: datetime) -> bool:
        cursor = self._exec(
            "UPDATE subscriptions SET active = 0, updated_at = ? WHERE platform = ? AND chat_id = ? AND active = 1",
            [_iso(now), platform, str(chat_id)],
        )
        return cursor.rowcount > 0

    def migrate_chat(self, platform: str, old_chat_id: str, new_chat_id: str, now: datetime) -> None:
        """A chat changed id (Telegram group -> supergroup): move its subscription and pending alerts."""
        old, new = str(old_chat_id), str(new_chat_id)
        with self.transaction():
            # If the new id already has a subscription it wins; otherwise the old one moves.
            self._exec(
                "DELETE FROM subscriptions WHERE platform = ? AND chat_id = ? AND EXISTS "
                "(SELECT 1 FROM subscriptions WHERE platform = ? AND chat_id = ?)",
                [platform, old, platform, new],
            )
            self._exec(
                "UPDATE subscriptions SET chat_id = ?, updated_at = ? WHERE platform = ? AND chat_id = ?",
                [new, _iso(now), platform, old],
            )
            # Alerts the new id already has are dropped; the rest move over.
            self._exec(
                "DELETE FROM outbox WHERE platform = ? AND chat_id = ? AND state IN ('pending', 'sending') AND "
                "story_id IN (SELECT story_id FROM outbox WHERE platform = ? AND chat_id = ?)",
                [platform, old, platform, new],
            )
            self._exec(
                "UPDATE outbox SET chat_id = ?, state = 'pending' WHERE platform = ? AND chat_id = ? "
                "AND state IN ('pending', 'sending')",
                [new, platform, old],
            )

    def subscriptions(self, platform: str | None = None, active_only: bool = True) -> list[Subscription]:
        sql = "SELECT * FROM subscriptions WHERE 1 = 1"
        params: list[Any] = []
        if platform:
            sql += " AND platform = ?"
            params.append(platform)
        if active_only:
            sql += " AND active = 1"
        return [
            Subscription(
                platform=r["platform"],
                chat_id=r["chat_id"],
                topics=tuple(json.loads(r["topics"])),
                active=bool(r["active"]),
                mode=r["mode"],
                lang=r["lang"],
                digest_time=r["digest_time"],
            )
            for r in self._rows(sql + " ORDER BY id", params)
        ]

    # -- outbox --------------------------------------------------------------------

    def enqueue(self, alert: Alert, chats: Iterable[Subscription], now: datetime) -> int:
        """Queue one alert per chat; a chat that already has this story is skipped.
        The alert is also kept as the story's current alert, which updates extend."""
        payload = alert_to_json(alert)
        self._exec(
            "INSERT INTO story_alerts (story_id, payload, updated_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
            [alert.story_id, payload, _iso(now)],
        )
        queued = 0
        for sub in chats:
            # Digest-mode chats get the alert at their next digest time, together with the others.
            cursor = self._exec(
                "INSERT INTO outbox (platform, chat_id, story_id, payload, next_attempt, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                [sub.platform, sub.chat_id, alert.story_id, payload, _iso(send_at(sub, now)), _iso(now)],
            )
            queued += cursor.rowcount
        return queued

    def story_alert(self, story_id: int) -> Alert | None:
        """The story's alert as it stands (first alert plus updates); None when the
        story was never alerted (suppressed, or queued before alerts were kept)."""
        rows = self._rows("SELECT payload FROM story_alerts WHERE story_id = ?", [story_id])
        return alert_from_json(rows[0]["payload"]) if rows else None

    def update_story_alert(self, alert: Alert, now: datetime) -> int:
        """A story's alert grew (bot.core.stories.updates). Alerts not sent yet simply go
        out complete; each alert already sent (or being sent) gets an edit of its
        message, one per chat however many updates come before it is made. Returns
        the number of edits queued or refreshed. Runs inside the poll's transaction."""
        payload = alert_to_json(alert)
        self._exec("UPDATE story_alerts SET payload = ?, updated_at = ? WHERE story_id = ?",
                   [payload, _iso(now), alert.story_id])
        self._exec("UPDATE outbox SET payload = ? WHERE story_id = ? AND state = 'pending'",
                   [payload, alert.story_id])
        # An edit already waiting keeps its time (it may be waiting out a rate limit);
        # one that failed for good (message deleted) stays failed.
        return self._exec(
            "INSERT INTO outbox_edits (outbox_id, payload, next_attempt, updated_at) "
            "SELECT id, ?, ?, ? FROM outbox WHERE story_id = ? AND "
            "(state = 'sending' OR (state = 'sent' AND message_id IS NOT NULL)) "
            "ON CONFLICT(outbox_id) DO UPDATE SET payload = excluded.payload, revision = revision + 1, "
            "attempts = 0, updated_at = excluded.updated_at, "
            "next_attempt = CASE WHEN state = 'pending' THEN next_attempt ELSE excluded.next_attempt END, "
            "state = 'pending' WHERE state != 'failed'",
            [payload, _iso(now), _iso(now), alert.story_id],
        ).rowcount

    def due_edits(self, platform: str, now: datetime, limit: int = 100) -> list[EditItem]:
        """Edits due now whose alert is settled (sent, uncertain, failed); an edit of an
        alert still waiting to be sent waits with it."""
        rows = self._rows(
            "SELECT e.outbox_id, e.payload, e.revision, e.attempts, o.platform, o.chat_id, o.message_id, "
            "o.state AS alert_state FROM outbox_edits e JOIN outbox o ON o.id = e.outbox_id "
            "WHERE e.state = 'pending' AND e.next_attempt <= ? AND o.platform = ? "
            "AND o.state NOT IN ('pending', 'sending') ORDER BY e.outbox_id LIMIT ?",
            [_iso(now), platform, limit],
        )
        return [
            EditItem(outbox_id=r["outbox_id"], platform=r["platform"], chat_id=r["chat_id"],
                     message_id=r["message_id"], alert_state=r["alert_state"], revision=r["revision"],
                     alert=alert_from_json(r["payload"]), attempts=r["attempts"])
            for r in rows
        ]

    def claim_edit(self, outbox_id: int) -> tuple[int, Alert] | None:
        """Take a pending edit for sending: (revision, the newest alert), or None when
        it is no longer pending. Read and marked in one statement, so the edit sent is
        the newest update stored at that moment."""
        with self.transaction():
            rows = self._rows(
                "UPDATE outbox_edits SET state = 'sending', attempts = attempts + 1 "
                "WHERE outbox_id = ? AND state = 'pending' RETURNING revision, payload",
                [outbox_id],
            )
        return (rows[0]["revision"], alert_from_json(rows[0]["payload"])) if rows else None

    def edit_done(self, outbox_id: int, revision: int) -> None:
        """The message shows `revision`. A newer update stored meanwhile left the edit
        pending (with the newer payload), so it is sent next."""
        self._exec("UPDATE outbox_edits SET state = 'done', last_error = NULL WHERE outbox_id = ? AND revision = ?",
                   [outbox_id, revision])

    def edit_retry(self, outbox_id: int, error: str, next_attempt: datetime, refund_attempt: bool = False) -> None:
        self._exec(
            "UPDATE outbox_edits SET state = 'pending', last_error = ?, next_attempt = ?, "
            "attempts = attempts - ? WHERE outbox_id = ?",
            [error, _iso(next_attempt), int(refund_attempt), outbox_id],
        )

    def edit_failed(self, outbox_id: int, error: str) -> None:
        """Give the edit up (message deleted, chat gone, alert never sent as a message)."""
        self._exec("UPDATE outbox_edits SET state = 'failed', last_error = ? WHERE outbox_id = ?",
                   [error[:500], outbox_id])

    def edit_counts(self) -> dict[str, int]:
        return {r["state"]: r["n"] for r in self._rows("SELECT state, count(*) AS n FROM outbox_edits GROUP BY state")}

    def reschedule_pending(self, platform: str, chat_id: str, at: datetime) -> int:
        """Move a chat's waiting alerts to `at` (its mode or digest time changed)."""
        return self._exec(
            "UPDATE outbox SET next_attempt = ? WHERE platform = ? AND chat_id = ? AND state = 'pending'",
            [_iso(at), platform, str(chat_id)],
        ).rowcount

    def chat_mode(self, platform: str, chat_id: str) -> str:
        rows = self._rows("SELECT mode FROM subscriptions WHERE platform = ? AND chat_id = ?", [platform, str(chat_id)])
        return rows[0]["mode"] if rows else "instant"

    def due_outbox(self, platform: str, now: datetime, limit: int = 100) -> list[OutboxItem]:
        rows = self._rows(
            "SELECT * FROM outbox WHERE state = 'pending' AND platform = ? AND next_attempt <= ? "
            "ORDER BY id LIMIT ?",
            [platform, _iso(now), limit],
        )
        return [
            OutboxItem(
                id=r["id"],
                platform=r["platform"],
                chat_id=r["chat_id"],
                story_id=r["story_id"],
                alert=alert_from_json(r["payload"]),
                attempts=r["attempts"],
            )
            for r in rows
        ]

    def claim(self, outbox_id: int) -> bool:
        """Mark an alert as being sent. Committed before the send, so after a crash
        we know it may have gone out and do not send it again (at most once)."""
        cursor = self._exec(
            "UPDATE outbox SET state = 'sending', attempts = attempts + 1 WHERE id = ? AND state = 'pending'",
            [outbox_id],
        )
        return cursor.rowcount == 1

    def claim_alert(self, outbox_id: int) -> Alert | None:
        """`claim`, returning the alert as stored at that moment (None when it was not
        pending): a story update may have extended it since the outbox was read, and
        what goes out must be what updates after the claim will edit."""
        # BEGIN, the claim, COMMIT: the same statements as `claim` (test_crash.py reads them).
        with self.transaction():
            rows = self._rows(
                "UPDATE outbox SET state = 'sending', attempts = attempts + 1 WHERE id = ? AND state = 'pending' "
                "RETURNING payload",
                [outbox_id],
            )
        return alert_from_json(rows[0]["payload"]) if rows else None

    def mark_sent(self, outbox_id: int, now: datetime, message_id: str | None = None) -> None:
        """Delivered; `message_id` (the platform's) is kept so that story updates can
        edit the message. A digest's alerts share one message and keep none."""
        self._exec("UPDATE outbox SET state = 'sent', sent_at = ?, last_error = NULL, message_id = ? WHERE id = ?",
                   [_iso(now), message_id, outbox_id])

    def mark_retry(self, outbox_id: int, error: str, next_attempt: datetime, refund_attempt: bool = False) -> None:
        """Back to pending until `next_attempt`. `refund_attempt` un-counts the claim
        (a rate-limit deferral is not a failed attempt)."""
        self._exec(
            "UPDATE outbox SET state = 'pending', last_error = ?, next_attempt = ?, "
            "attempts = attempts - ? WHERE id = ?",
            [error, _iso(next_attempt), int(refund_attempt), outbox_id],
        )

    def mark_failed(self, outbox_id: int, error: str) -> None:
        self._exec("UPDATE outbox SET state = 'failed', last_error = ? WHERE id = ?", [error, outbox_id])

    def mark_uncertain(self, outbox_id: int, error: str) -> None:
        """The send may or may not have reached the chat: never resend (at most once)."""
        self._exec("UPDATE outbox SET state = 'uncertain', last_error = ? WHERE id = ?", [error, outbox_id])

    def recover_interrupted(self) -> int:
        """After a crash: alerts caught between claim and confirmation are marked
        'uncertain' (not resent, so nobody gets a duplicate; counted in status)."""
        recovered = self._exec("UPDATE outbox SET state = 'uncertain' WHERE state = 'sending'").rowcount
        # An edit only replaces a message's text with the same newer text: sending it
        # again is harmless, so an interrupted edit simply goes out again.
        self._exec("UPDATE outbox_edits SET state = 'pending' WHERE state = 'sending'")
        return recovered

    def outbox_counts(self) -> dict[str, int]:
        return {r["state"]: r["n"] for r in self._rows("SELECT state, count(*) AS n FROM outbox GROUP BY state")}

    def prune(self, before: datetime) -> int:
        """Retention: delete entries fetched before `before` that matched nothing
        relevant (with their below-threshold rule hits). Relevant entries, stories,
        pledges and the outbox are kept: they are the record users query."""
        with self.transaction():
            self._exec(
                "DELETE FROM matches WHERE entry_id IN "
                "(SELECT id FROM entries WHERE relevant = 0 AND story_id IS NULL AND fetched_at < ?)",
                [_iso(before)],
            )
            return self._exec(
                "DELETE FROM entries WHERE relevant = 0 AND story_id IS NULL AND fetched_at < ?", [_iso(before)]
            ).rowcount

    def backup(self, target: str | Path) -> None:
        """Copy the live database to `target` with SQLite's online backup (safe while
        pledgewatch runs; the copy is consistent)."""
        target = Path(target)
        if target.exists():
            raise StoreError(f"{target} already exists; choose a new file for the backup")
        try:
            with sqlite3.connect(str(target)) as copy:
                self.db.conn.backup(copy)
            copy.close()
        except sqlite3.Error as exc:
            target.unlink(missing_ok=True)
            raise _explain(exc, str(target)) from exc

    # -- WebSub subscriptions -----------------------------------------------------------

    def websub_subscription(self, feed_id: int) -> WebSubSubscription | None:
        rows = self._rows("SELECT * FROM websub WHERE feed_id = ?", [feed_id])
        return _websub(rows[0]) if rows else None

    def websub_subscriptions(self) -> list[WebSubSubscription]:
        return [_websub(r) for r in self._rows("SELECT * FROM websub ORDER BY feed_id")]

    def save_websub(self, subscription: WebSubSubscription) -> None:
        with self.transaction():
            self._exec(
                "INSERT INTO websub (feed_id, hub, topic, secret, state, requested_at, lease_expires, last_error) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(feed_id) DO UPDATE SET hub = excluded.hub, "
                "topic = excluded.topic, secret = excluded.secret, state = excluded.state, "
                "requested_at = excluded.requested_at, lease_expires = excluded.lease_expires, "
                "last_error = excluded.last_error",
                [subscription.feed_id, subscription.hub, subscription.topic, subscription.secret, subscription.state,
                 _iso(subscription.requested_at), _iso(subscription.lease_expires), subscription.last_error],
            )

    def delete_websub(self, feed_id: int) -> None:
        with self.transaction():
            self._exec("DELETE FROM websub WHERE feed_id = ?", [feed_id])

    # -- statistics ------------------------------------------------------------------

    def stats(self) -> dict[str, Any]:
        counts: dict[str, Any] = {}
        for table in ("feeds", "entries", "stories", "matches", "pledges", "rules", "subscriptions", "outbox", "audit"):
            counts[table] = self._rows(f"SELECT count(*) AS n FROM {table}")[0]["n"]
        counts["relevant_entries"] = self._rows("SELECT count(*) AS n FROM entries WHERE relevant = 1")[0]["n"]
        counts["outbox_by_state"] = self.outbox_counts()
        counts["edits_by_state"] = self.edit_counts()
        counts["schema_version"] = self._rows("SELECT MAX(version) AS v FROM schema_migrations")[0]["v"]
        if self.path != ":memory:" and Path(self.path).exists():
            counts["file_bytes"] = Path(self.path).stat().st_size
        return counts
