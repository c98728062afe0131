"""Adaptive polling and backoff (pure)."""

from datetime import datetime, timedelta, timezone

from bot.core.feeds.schedule import adaptive_interval, backoff_delay, fastest_interval, is_due


def test_busy_feeds_come_back_sooner_quiet_ones_later_within_bounds():
    assert adaptive_interval(600, 0) == 300
    assert [adaptive_interval(600, n) for n in (1, 3, 4, 8, 12, 100)] == [600, 600, 1200, 2400, 2400, 2400]
    assert adaptive_interval(90, 0) == 60  # never faster than a minute...
    assert adaptive_interval(30, 0) == 30  # ...unless the configured interval is shorter
    assert fastest_interval(600) == 300


def test_backoff_doubles_and_is_capped():
    assert backoff_delay(600, 0) == timedelta(seconds=600)
    assert backoff_delay(600, 1) == timedelta(seconds=1200)
    assert backoff_delay(600, 30) == timedelta(hours=6)


def test_a_slightly_early_scheduler_run_still_counts_as_due():
    now = datetime(2023, 2, 14, 12, 0, tzinfo=timezone.utc)
    assert is_due(None, now, 300)
    assert is_due(now + timedelta(seconds=30), now, 300)
    assert not is_due(now + timedelta(seconds=200), now, 300)
