"""When to poll a feed next: its interval when healthy, exponential backoff when failing."""

from __future__ import annotations

from datetime import datetime, timedelta

MAX_BACKOFF = timedelta(hours=6)


def backoff_delay(interval: int, failures: int) -> timedelta:
    """interval, 2x, 4x, ... after consecutive failures, capped at MAX_BACKOFF."""
    if failures <= 0:
        return timedelta(seconds=interval)
    return min(timedelta(seconds=interval * 2 ** min(failures, 16)), MAX_BACKOFF)


def next_poll_after(now: datetime, interval: int, failures: int) -> datetime:
    return now + backoff_delay(interval, failures)


def retry_delay(attempts: int, *, base: float = 5.0, cap: float = 3600.0) -> float:
    """Seconds before re-sending an alert after a transient delivery error."""
    return min(base * 2 ** max(attempts - 1, 0), cap)
