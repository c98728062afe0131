"""FeedStore: one part of SqliteStore (bot/adapters/sqlite_store.py), which combines
the parts over one connection."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime, timezone

from bot.adapters.store.base import StoreBase
from bot.config.feed_spelling import same_feed_key
from bot.core.feeds.urls import shown_feed_url
from bot.core.feeds.websub import WebSubSubscription
from bot.core.iso_times import from_iso, utc_iso
from bot.core.models import Feed, FeedAdded, FeedState


def _feed(row: dict) -> Feed:
    return Feed(url=row["url"], name=row["name"], lang=row["lang"], interval=row["interval"], id=row["id"],
                from_chat=bool(row["from_chat"]))


def _websub(row: dict) -> WebSubSubscription:
    return WebSubSubscription(
        feed_id=row["feed_id"], hub=row["hub"], topic=row["topic"], secret=row["secret"], state=row["state"],
        requested_at=from_iso(row["requested_at"]), lease_expires=from_iso(row["lease_expires"]),
        last_error=row["last_error"],
    )


def _details(stored: str | None) -> tuple[tuple[str, object], ...]:
    """A feed error's details as stored (JSON), as (name, value) pairs; () for none or unreadable."""
    try:
        details = json.loads(stored) if stored else {}
    except ValueError:
        return ()
    return tuple(details.items()) if isinstance(details, dict) else ()


def _chat_of(feed: Feed) -> str | None:
    """The chat a feed is counted against: only a feed added from chat has one."""
    return feed.added_in if feed.from_chat else None


class FeedStore(StoreBase):
    """Feeds: the list, each feed's polling state and health, and their WebSub
    subscriptions.
    """

    def add_feed(self, feed: Feed, now: datetime, actor: str | None = None) -> tuple[int, bool]:
        """Insert a feed; returns (id, created). A removed feed is re-enabled. With an
        `actor` (a person: the CLI, a chat admin), a feed added is audited in the same
        transaction; feeds the settings import are not changes anyone made."""
        with self.transaction():
            feed_id, created = self._add_feed(feed, now)
            if created and actor:
                # The audit log is read in chat (/audit): the URL without its credentials.
                self.audit(actor, "feed.add", str(feed_id), None,
                           {"url": shown_feed_url(feed.url), "name": feed.name, "lang": feed.lang,
                            "interval": feed.interval}, now)
        return feed_id, created

    def add_or_rename_feed(self, feed: Feed, now: datetime, actor: str, *, rename: bool) -> FeedAdded:
        """Add a feed (as add_feed) for a person; if its URL is already watched and `rename`
        (the person gave a name), the feed takes `feed.name`, audited as feed.rename. The
        same URL added again with a new name was "already there", its new name dropped
        without a word."""
        with self.transaction():
            feed_id, created = self.add_feed(feed, now, actor)
            if created:
                return FeedAdded(feed_id, True, feed.name)
            current = self._rows("SELECT name FROM feeds WHERE id = ?", [feed_id])[0]["name"]
            if not rename or feed.name == current:
                return FeedAdded(feed_id, False, current)
            self._exec("UPDATE feeds SET name = ? WHERE id = ?", [feed.name, feed_id])
            self.audit(actor, "feed.rename", str(feed_id), {"name": current}, {"name": feed.name}, now)
            return FeedAdded(feed_id, False, feed.name, renamed_from=current)

    def _add_feed(self, feed: Feed, now: datetime) -> tuple[int, bool]:
        rows = self._rows(
            "INSERT INTO feeds (url, name, lang, interval, added_at, from_chat, added_in) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(url) DO NOTHING RETURNING id",
            [feed.url, feed.name, feed.lang, feed.interval, utc_iso(now), int(feed.from_chat), _chat_of(feed)],
        )
        if rows:
            return rows[0]["id"], True
        existing = self._rows("SELECT id, enabled FROM feeds WHERE url = ?", [feed.url])[0]
        if not existing["enabled"]:
            # Back as a new feed: whoever brings it back decides how it is fetched.
            self._exec(
                "UPDATE feeds SET enabled = 1, name = ?, lang = ?, interval = ?, from_chat = ?, added_in = ? "
                "WHERE id = ?",
                [feed.name, feed.lang, feed.interval, int(feed.from_chat), _chat_of(feed), existing["id"]],
            )
            return existing["id"], True
        if not feed.from_chat:
            # The operator adding a feed a chat admin added vouches for it: the operator's
            # policy applies from now on. A chat admin adding the operator's feed changes nothing.
            self._exec("UPDATE feeds SET from_chat = 0, added_in = NULL WHERE id = ? AND from_chat = 1",
                       [existing["id"]])
        return existing["id"], False

    def feed_is_watched(self, url: str) -> bool:
        return bool(self._rows("SELECT 1 FROM feeds WHERE url = ? AND enabled = 1", [url]))

    def feeds_added_in(self, chat: str) -> int:
        """How many of the feeds watched were added from chat in `chat` (and are still its:
        the operator adding one makes it theirs)."""
        rows = self._rows("SELECT COUNT(*) AS n FROM feeds WHERE enabled = 1 AND from_chat = 1 AND added_in = ?",
                          [chat])
        return rows[0]["n"]

    def import_feeds(self, feeds: Iterable[Feed], now: datetime) -> int:
        """Add configured feeds the database has never seen; a feed an admin removed
        stays removed (the database is the truth once imported)."""
        added = 0
        with self.transaction():
            # A feed stored in another spelling of its address (by an older version, which stored
            # the settings' URL as written, or by a chat's /feed_add) is that feed, not a new one.
            stored: dict[str, str] = {}
            urls = [r["url"] for r in self._rows("SELECT url FROM feeds ORDER BY id")]
            for url in urls:
                stored.setdefault(same_feed_key(url), url)
            for feed in feeds:
                url = feed.url if feed.url in urls else stored.get(same_feed_key(feed.url), feed.url)
                rows = self._rows(
                    "INSERT INTO feeds (url, name, lang, interval, added_at) VALUES (?, ?, ?, ?, ?) "
                    "ON CONFLICT(url) DO NOTHING RETURNING id",
                    [url, feed.name, feed.lang, feed.interval, utc_iso(now)],
                )
                added += len(rows)
                if not rows:
                    # Listed in the settings by the operator: no longer held to the chat policy.
                    self._exec("UPDATE feeds SET from_chat = 0, added_in = NULL WHERE url = ? AND from_chat = 1",
                               [url])
        return added

    def remove_feed(self, id_or_url: str | int, actor: str | None = None, now: datetime | None = None) -> bool:
        """Stop polling a feed; with an `actor`, the removal is audited (before: the feed)."""
        key = str(id_or_url)
        column = "id" if key.isdigit() else "url"
        with self.transaction():
            before = self._rows(f"SELECT id, url, name FROM feeds WHERE {column} = ? AND enabled = 1", [key])
            cursor = self._exec(f"UPDATE feeds SET enabled = 0 WHERE {column} = ? AND enabled = 1", [key])
            if cursor.rowcount > 0 and actor and before:
                self.audit(actor, "feed.remove", str(before[0]["id"]), {"url": shown_feed_url(before[0]["url"]),
                                                                        "name": before[0]["name"]}, None,
                           now or datetime.now(timezone.utc))
        return cursor.rowcount > 0

    def list_feeds(self, include_disabled: bool = False) -> list[Feed]:
        where = "" if include_disabled else "WHERE enabled = 1"
        return [_feed(r) for r in self._rows(f"SELECT * FROM feeds {where} ORDER BY id")]

    def feed_by_id(self, feed_id: int) -> Feed | None:
        """The feed with this id, removed or not (removing a feed only disables it)."""
        rows = self._rows("SELECT * FROM feeds WHERE id = ?", [feed_id])
        return _feed(rows[0]) if rows else None

    def feed_by_url(self, url: str) -> Feed | None:
        rows = self._rows("SELECT * FROM feeds WHERE url = ?", [url])
        return _feed(rows[0]) if rows else None

    def feed_state(self, feed_id: int) -> FeedState:
        r = self._rows("SELECT * FROM feeds WHERE id = ?", [feed_id])[0]
        return FeedState(
            etag=r["etag"],
            last_modified=r["last_modified"],
            content_hash=r["content_hash"],
            last_polled=from_iso(r["last_polled"]),
            last_success=from_iso(r["last_success"]),
            last_error=r["last_error"],
            failures=r["failures"],
            next_poll=from_iso(r["next_poll"]),
            site=r["site"],
            foreign_polls=r["foreign_polls"],
            quiet_polls=r["quiet_polls"],
            moved_to=r.get("moved_to"),  # (a database before migration 27, read as it is)
            last_error_kind=r.get("last_error_kind") or "",  # (before migration 43: none)
            last_error_details=_details(r.get("last_error_details")),
        )

    def save_feed_state(self, feed_id: int, state: FeedState) -> None:
        self._exec(
            "UPDATE feeds SET etag = ?, last_modified = ?, content_hash = ?, last_polled = ?, "
            "last_success = ?, last_error = ?, failures = ?, next_poll = ?, site = ?, foreign_polls = ?, "
            "quiet_polls = ?, moved_to = ?, last_error_kind = ?, last_error_details = ? WHERE id = ?",
            [
                state.etag,
                state.last_modified,
                state.content_hash,
                utc_iso(state.last_polled),
                utc_iso(state.last_success),
                state.last_error,
                state.failures,
                utc_iso(state.next_poll),
                state.site,
                state.foreign_polls,
                state.quiet_polls,
                state.moved_to,
                state.last_error_kind or None,
                json.dumps(dict(state.last_error_details), default=str) if state.last_error_details else None,
                feed_id,
            ],
        )

    def feed_health(self) -> list[dict]:
        """Each enabled feed's polling health, and where it moved for good (None: nowhere, or
        a database before migration 27, read as it is by the commands that only read)."""
        rows = self._rows("SELECT * FROM feeds WHERE enabled = 1 ORDER BY id")
        wanted = ("id", "url", "name", "last_polled", "last_success", "last_error", "failures", "next_poll",
                  "from_chat")
        # (and the kind of the last error with its details, for a chat's words: none before migration 43)
        return [{**{key: row[key] for key in wanted}, "moved_to": row.get("moved_to"),
                 "last_error_kind": row.get("last_error_kind") or "",
                 "last_error_details": _details(row.get("last_error_details"))} for row in rows]

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
                 utc_iso(subscription.requested_at), utc_iso(subscription.lease_expires), subscription.last_error],
            )

    def delete_websub(self, feed_id: int) -> None:
        with self.transaction():
            self._exec("DELETE FROM websub WHERE feed_id = ?", [feed_id])
