"""FeedScheduler: one APScheduler job per feed, on the shared asyncio loop, running at
the feed's fastest adaptive interval (the poll skips the feed when it is not due).

Jobs are jittered so feeds do not all fire at once, coalesced so a late loop does
not replay missed runs. The feed list is re-read from the database every minute,
so feeds added or removed from the CLI or from chat are picked up without a restart.

A feed's job does not poll: it starts the poll as a task of its own and returns at
once. A poll can last longer than the job's interval (1,000 feeds behind a few
concurrent fetches: the first round takes minutes); had the job awaited the poll,
APScheduler would find its one allowed instance still running at the next fire time
and log "skipped: maximum number of running instances reached" for every such feed.
Here a feed whose poll is still running is simply not due: the job sees the running
task and does nothing. The running polls are ours, so `stop()` can cancel them and
wait for them; a poll cancelled before its commit has stored nothing and its feed
state is unchanged, so the next start fetches the same items again.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta, timezone

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from bot.core.feeds.schedule import fastest_interval
from bot.core.feeds.urls import shown_feed_url
from bot.core.models import Feed

log = logging.getLogger(__name__)

SYNC_SECONDS = 60


class FeedScheduler:
    def __init__(
        self,
        list_feeds: Callable[[], list[Feed]],
        poll: Callable[[Feed], Awaitable[object]],
        default_interval: int,
        *,
        first_poll_spread: float = 5.0,
    ):
        self.list_feeds = list_feeds
        self.poll = poll
        self.default_interval = default_interval
        self.first_poll_spread = first_poll_spread
        self.scheduler = AsyncIOScheduler(timezone=timezone.utc)
        self._intervals: dict[str, int] = {}
        self._polls: dict[str, asyncio.Task] = {}  # feed URL -> its poll, while it runs

    def start(self) -> None:
        self.scheduler.start()
        self.sync()
        self.scheduler.add_job(self._sync_job, "interval", seconds=SYNC_SECONDS, id="sync-feeds", coalesce=True,
                               max_instances=1)

    def every(self, job: Callable[[], object], job_id: str, *, hours: float = 0, seconds: float = 0) -> None:
        """A maintenance job (retention, reports), first run one interval after start.
        Give it as `async def` when it touches the store or the loop: a plain function
        runs in a worker thread."""
        self.scheduler.add_job(job, "interval", hours=hours, seconds=seconds, id=job_id, coalesce=True,
                               max_instances=1)

    @property
    def polls_running(self) -> int:
        return len(self._polls)

    async def stop(self) -> None:
        """No more runs; cancel the polls still running and wait until they have ended."""
        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)
        polls = list(self._polls.values())
        for task in polls:
            task.cancel()
        await asyncio.gather(*polls, return_exceptions=True)

    async def _sync_job(self) -> None:
        # async: runs on the loop, like every other use of the store.
        self.sync()

    def sync(self) -> None:
        """Make the jobs match the feeds table: add new feeds, drop removed ones."""
        feeds = {f"feed:{feed.url}": feed for feed in self.list_feeds()}
        for job_id in list(self._intervals):
            if job_id not in feeds:
                self.scheduler.remove_job(job_id)
                del self._intervals[job_id]
        now = datetime.now(timezone.utc)
        for job_id, feed in feeds.items():
            # The job runs at the shortest adaptive interval; the poll itself skips
            # feeds that are not due yet (see bot.core.feeds.schedule.adaptive_interval).
            interval = fastest_interval(feed.interval or self.default_interval)
            if self._intervals.get(job_id) == interval:
                continue
            if job_id in self._intervals:
                self.scheduler.remove_job(job_id)
            first = now + timedelta(seconds=random.uniform(0, self.first_poll_spread))
            self.scheduler.add_job(
                self._start_poll, "interval", args=[feed], seconds=interval, id=job_id, next_run_time=first,
                # Spread each run a little (up to 10% of the interval, at most a minute).
                jitter=min(60, max(1, interval // 10)), coalesce=True, max_instances=1,
                misfire_grace_time=interval,
            )
            self._intervals[job_id] = interval

    async def _start_poll(self, feed: Feed) -> None:
        """The feed's job: start its poll unless the last one is still running, and return
        without awaiting it (see the module docstring)."""
        if feed.url in self._polls:
            return  # still being polled: not due
        # Named by id: a task name is shown in asyncio's own messages, and a URL may carry a key.
        task = asyncio.create_task(self.poll(feed), name=f"poll feed {feed.id}")
        self._polls[feed.url] = task
        task.add_done_callback(lambda done: self._poll_ended(feed.url, done))

    def _poll_ended(self, url: str, task: asyncio.Task) -> None:
        if self._polls.get(url) is task:
            del self._polls[url]
        if not task.cancelled() and task.exception() is not None:
            # FeedPoller.poll returns feed problems as results: this is a bug or a broken store.
            log.error("polling %s failed", shown_feed_url(url), exc_info=task.exception())
