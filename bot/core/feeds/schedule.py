"""When to poll a feed next: adaptive around its interval when healthy (busy feeds
sooner, quiet ones later, within bounds), exponential backoff when failing."""

from __future__ import annotations

from datetime import datetime, timedelta

MAX_BACKOFF = timedelta(hours=6)


def backoff_delay(interval: int, failures: int) -> timedelta:
    """interval, 2x, 4x, ... after consecutive failures, capped at MAX_BACKOFF."""
    if failures <= 0:
        return timedelta(seconds=interval)
    return min(timedelta(seconds=interval * 2 ** min(failures, 16)), MAX_BACKOFF)


def next_poll_after(now: datetime, interval: int, failures: int, retry_after: float | None = None) -> datetime:
    """The backoff, or longer when the server asked for a longer wait (at most MAX_BACKOFF:
    a server saying "in a year" does not silence its feed for a year)."""
    delay = backoff_delay(interval, failures)
    if retry_after is not None:
        delay = max(delay, min(timedelta(seconds=retry_after), MAX_BACKOFF))
    return now + delay


# Adaptive polling bounds: a busy feed is polled up to twice as often as its
# interval, a quiet one down to a quarter as often.
FASTEST_FACTOR = 0.5
SLOWEST_FACTOR = 4
QUIET_POLLS_PER_STEP = 4
MIN_INTERVAL = 60


def adaptive_interval(interval: int, quiet_polls: int) -> int:
    """Seconds until the next poll of a healthy feed. `quiet_polls` counts the polls
    in a row that brought nothing new (0: the last one did). Busy feeds come back
    sooner; every QUIET_POLLS_PER_STEP quiet polls double the wait, up to 4x."""
    if quiet_polls == 0:
        return fastest_interval(interval)
    factor = min(2 ** (quiet_polls // QUIET_POLLS_PER_STEP), SLOWEST_FACTOR)
    return interval * factor


def fastest_interval(interval: int) -> int:
    """The shortest wait adaptive polling uses: half the interval, but never below a
    minute unless the configured interval itself is shorter."""
    return min(interval, max(MIN_INTERVAL, int(interval * FASTEST_FACTOR)))


def is_due(next_poll: datetime | None, now: datetime, check_every: int) -> bool:
    """Is a feed due at this scheduler run? A run that comes a little early (jitter)
    still counts, so a feed is never pushed back a whole extra period."""
    return next_poll is None or next_poll <= now + timedelta(seconds=check_every * 0.2)


def retry_delay(attempts: int, *, base: float = 5.0, cap: float = 3600.0) -> float:
    """Seconds before re-sending an alert after a transient delivery error."""
    return min(base * 2 ** max(attempts - 1, 0), cap)
