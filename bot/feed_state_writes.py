"""A feed's state after a poll: saved on success (validators, item hashes, the next poll
by the adaptive interval) or on failure (the error, the back-off). Called by bot.pipeline."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from bot.adapters.sqlite_store import SqliteStore
from bot.core.feeds.schedule import adaptive_interval, next_poll_after
from bot.core.models import Feed, FeedState
from bot.core.ports import Clock


def save_success(
    store: SqliteStore, clock: Clock, feed: Feed, state: FeedState, interval: int, *, etag: str | None,
    last_modified: str | None, content_hash: str | None = None, new_entries: int = 0,
) -> None:
    now = clock.now()
    quiet_polls = 0 if new_entries else state.quiet_polls + 1
    store.save_feed_state(
        feed.id,
        replace(
            state,
            etag=etag,
            last_modified=last_modified,
            content_hash=content_hash or state.content_hash,
            last_polled=now,
            last_success=now,
            last_error=None,
            last_error_kind="",
            last_error_details=(),
            failures=0,
            quiet_polls=quiet_polls,
            next_poll=now + timedelta(seconds=adaptive_interval(interval, quiet_polls)),
        ),
    )


def save_failure(store: SqliteStore, clock: Clock, feed: Feed, state: FeedState, interval: int, error: str,
                 retry_after: float | None = None, kind: str = "",
                 details: tuple[tuple[str, object], ...] = ()) -> None:
    """The error (English, for the log and the operator) with its kind and details (a chat's
    words for it: bot/core/chat/feed_check.py), the back-off."""
    now = clock.now()
    failures = state.failures + 1
    store.save_feed_state(
        feed.id,
        replace(
            state,
            last_polled=now,
            last_error=error[:500],
            last_error_kind=kind,
            last_error_details=details,
            failures=failures,
            next_poll=next_poll_after(now, interval, failures, retry_after),
        ),
    )
