"""Feeds an older pledgewatch stored twice, under two spellings of one address, made one.

Before the one spelling of bot/config/feed_spelling.py, `HTTP://News.example/rss` and
`http://news.example:80/rss#top` were two feeds: fetched twice a round, listed twice, and kept
so until `feeds remove`. Migration 44 makes each such group one feed: the oldest row stays
(under the stored spelling), and every entry, story source and audit line of the others moves
to it before they are removed. Nothing the feeds gathered is lost:

- an entry of the same item stored under both (same GUID, no link to tell it by) keeps its
  story and matches under a GUID marked with the feed it came from (UNIQUE(feed, GUID));
- the feed is the operator's when any of its rows was (a chat's feed count then drops by one),
  enabled when any row was, and keeps the first name, language and interval given;
- a WebSub subscription of a removed row (its callback names that row's id) is dropped: the
  hub's lease runs out, and the kept feed subscribes again under its own id if it has none.
"""

from __future__ import annotations

import logging
from collections import defaultdict

from bot.adapters.sqlite_db import Database
from bot.config.feed_spelling import same_feed_key
from bot.core.feeds.urls import shown_feed_url

log = logging.getLogger(__name__)


def merge_feeds_stored_twice(db: Database) -> list[tuple[int, list[int]]]:
    """Merge every group of feed rows whose addresses share one spelling; the (kept id,
    removed ids) of each group. Runs inside the migration's transaction."""
    groups: dict[str, list[dict]] = defaultdict(list)
    for row in db.query("SELECT id, url, name, lang, interval, enabled, from_chat, added_in FROM feeds ORDER BY id"):
        groups[same_feed_key(row["url"])].append(row)
    merged = []
    for key, rows in groups.items():
        if len(rows) < 2:
            continue
        kept, others = rows[0], rows[1:]
        for other in others:
            _move_what_it_gathered(db, other["id"], kept["id"])
        _keep_what_each_row_said(db, kept, others)
        removed = [other["id"] for other in others]
        merged.append((kept["id"], removed))
        log.warning("feeds %s were one feed under %d spellings (%s): merged into feed %d with every entry and "
                    "its history", ", ".join(str(row["id"]) for row in rows), len(rows),
                    ", ".join(shown_feed_url(row["url"]) for row in rows), kept["id"])
    return merged


def _move_what_it_gathered(db: Database, source: int, target: int) -> None:
    # The same item stored under both rows cannot share (feed, GUID): the moved one is told by its origin.
    db.execute("UPDATE entries SET guid = guid || ' (feed ' || ? || ')' WHERE feed_id = ? AND guid IN "
               "(SELECT guid FROM entries WHERE feed_id = ?)", [source, source, target])
    db.execute("UPDATE entries SET feed_id = ? WHERE feed_id = ?", [target, source])
    db.execute("UPDATE story_sources SET feed_id = ? WHERE feed_id = ?", [target, source])
    db.execute("UPDATE audit SET target = ? WHERE action LIKE 'feed.%' AND target = ?", [str(target), str(source)])
    db.execute("DELETE FROM websub WHERE feed_id = ?", [source])
    db.execute("DELETE FROM feeds WHERE id = ?", [source])


def _keep_what_each_row_said(db: Database, kept: dict, others: list[dict]) -> None:
    rows = [kept, *others]
    first = lambda column: next((row[column] for row in rows if row[column]), kept[column])  # noqa: E731
    from_chat = min(row["from_chat"] for row in rows)  # the operator's if any row was: fetched under its rules
    db.execute("UPDATE feeds SET name = ?, lang = ?, interval = ?, enabled = ?, from_chat = ?, added_in = ? "
               "WHERE id = ?",
               [first("name") or "", first("lang"), first("interval"), max(row["enabled"] for row in rows),
                from_chat, first("added_in") if from_chat else None, kept["id"]])
    spelling = same_feed_key(kept["url"])
    if spelling != kept["url"]:  # the one spelling, now that no other row holds it
        db.execute("UPDATE feeds SET url = ? WHERE id = ?", [spelling, kept["id"]])
