"""The first round's progress lines (pure) and the feed scheduler's rule that a feed
still being polled is not due (real APScheduler on a real loop)."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from bot.adapters.scheduler import FeedScheduler
from bot.core.feeds.poll_report import FirstRound
from bot.core.models import Feed, PollResult


def test_first_round_progress_counts_each_feed_once_and_closes_once():
    round_ = FirstRound(set(range(1, 1002)))
    round_.not_due(1001)  # backed off after failures: the round does not wait for it
    for feed_id in range(1, 431):
        round_.add(feed_id, PollResult(feed_url="u", new_entries=50, matches=1 if feed_id <= 12 else 0))
    round_.add(5, PollResult(feed_url="u", new_entries=7))  # polled again: not counted twice
    round_.add(2000, PollResult(feed_url="u", new_entries=7))  # added after start: not in this round
    round_.add(431, PollResult(feed_url="u", error="HTTP 500"))
    assert round_.progress() == "first round: 431 of 1,000 feeds, 21,500 new items, 12 relevant, 1 failed"
    assert round_.finished(95) is None
    for feed_id in range(432, 1001):
        round_.add(feed_id, PollResult(feed_url="u"))
    assert round_.progress() is None
    assert round_.finished(250) == (
        "first round done: 1,000 feeds in 4 min 10 s, 21,500 new items, 12 relevant, 1 failed; "
        "commonest error (1x): HTTP 500; 1 feed(s) failing since before this start wait out their back-off; "
        "`pledgewatch status` lists each feed's error"
    )
    assert round_.finished(260) is None


def test_a_first_round_without_failures_names_no_error():
    round_ = FirstRound({1, 2})
    round_.add(1, PollResult(feed_url="u", new_entries=3))
    round_.add(2, PollResult(feed_url="u"))
    assert round_.finished(5) == "first round done: 2 feeds in 5 s, 3 new items, 0 relevant"


def test_a_feed_still_being_polled_is_not_polled_again_and_stop_cancels_it():
    async def scenario() -> tuple[int, bool]:
        release = asyncio.Event()
        calls = 0

        async def slow_poll(feed: Feed) -> None:
            nonlocal calls
            calls += 1
            await release.wait()

        feed = Feed(url="https://example.org/feed.xml", id=1)
        scheduler = FeedScheduler(lambda: [feed], slow_poll, 600, first_poll_spread=0)
        scheduler.start()
        await asyncio.sleep(0.05)  # the job's first run starts the poll
        await scheduler._start_poll(feed)  # the job firing again while the poll runs
        await asyncio.sleep(0)
        running = scheduler.polls_running
        await scheduler.stop()
        return calls, running == 1 and scheduler.polls_running == 0

    calls, ok = asyncio.run(scenario())
    assert calls == 1
    assert ok


def test_feeds_on_different_hosts_failing_alike_count_as_one_kind_of_error():
    round_ = FirstRound({1, 2, 3})
    round_.add(1, PollResult(feed_url="u", error="cannot connect to rss.dw.com:443: Name or service not known"))
    round_.add(2, PollResult(feed_url="u", error="cannot connect to www.lemonde.fr:443: Name or service not known"))
    round_.add(3, PollResult(feed_url="u", error="HTTP 500"))
    assert round_.finished(5) == (
        "first round done: 3 feeds in 5 s, 0 new items, 0 relevant, 3 failed; commonest error (2x), e.g.: "
        "cannot connect to rss.dw.com:443: Name or service not known; `pledgewatch status` lists each feed's error; "
        "no network here? `pledgewatch demo` runs the whole pipeline offline"
    )


def test_a_first_round_that_failed_everywhere_says_when_the_next_poll_is_due():
    # A new install without network: every feed fails, backs off to twice the interval,
    # and the log says nothing more for 20 minutes; the closing line said neither when
    # the bot would try again nor that the host it named was one of 19.
    round_ = FirstRound({1, 2})
    for feed_id, host in ((1, "rss.dw.com"), (2, "www.lemonde.fr")):
        round_.add(feed_id, PollResult(feed_url="u", error=f"cannot connect to {host}:443: Name or service not known"))
    now = datetime(2026, 12, 3, 12, 5, 39, tzinfo=UTC)
    assert round_.finished(5, now + timedelta(minutes=20), now) == (
        "first round done: 2 feeds in 5 s, 0 new items, 0 relevant, 2 failed; commonest error (2x), e.g.: "
        "cannot connect to rss.dw.com:443: Name or service not known; `pledgewatch status` lists each feed's error; "
        "no network here? `pledgewatch demo` runs the whole pipeline offline; next poll due 12:25 UTC (in 20 min)"
    )


def test_dotted_names_of_other_errors_are_not_taken_for_hosts():
    round_ = FirstRound({1, 2})
    round_.add(1, PollResult(feed_url="u", error="store failed: sqlite3.OperationalError: disk I/O error"))
    round_.add(2, PollResult(feed_url="u", error="store failed: sqlite3.IntegrityError: constraint"))
    assert "(1x): store failed: sqlite3.OperationalError" in round_.finished(1)


def test_the_round_summary_says_when_the_next_poll_is_due_in_words_that_fit():
    from datetime import UTC, datetime, timedelta

    from bot.core.feeds.poll_report import PollTally

    now = datetime(2026, 12, 3, 9, 30, 10, tzinfo=UTC)

    def due(seconds: int) -> str:
        tally = PollTally()
        tally.add(PollResult(feed_url="u", new_entries=2))
        return tally.summary(now + timedelta(seconds=seconds), now).rsplit("; ", 1)[1]

    # Whole minutes said "in 0 min" for both of the first two.
    assert due(-4) == "next poll due now" and due(0) == "next poll due now"
    assert due(29) == "next poll due 09:30 UTC (in 29 s)"
    assert due(599) == "next poll due 09:40 UTC (in 10 min)"
    assert due(3 * 3600 + 35 * 60) == "next poll due 13:05 UTC (in 3 h 35 min)"
    assert due(2 * 3600) == "next poll due 11:30 UTC (in 2 h)"
