"""FeedScheduler: one APScheduler job per feed, on the shared asyncio loop, running at
the feed's fastest adaptive interval (the poll skips the feed when it is not due).

Jobs are jittered so feeds do not all fire at once, coalesced so a late loop does
not replay missed runs, and limited to one instance each. The feed list is
re-read from the database every minute, so feeds added or removed from the CLI
or from chat are picked up without a restart.
"""

from __future__ import annotations

import random
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta, timezone

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from bot.core.models import Feed
from bot.core.feeds.schedule import fastest_interval

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

    def start(self) -> None:
        self.scheduler.start()
        self.sync()
        self.scheduler.add_job(self.sync, "interval", seconds=SYNC_SECONDS, id="sync-feeds", coalesce=True,
                               max_instances=1)

    def every(self, hours: float, job: Callable[[], object], job_id: str) -> None:
        """A maintenance job (retention), first run one interval after start."""
        self.scheduler.add_job(job, "interval", hours=hours, id=job_id, coalesce=True, max_instances=1)

    def shutdown(self) -> None:
        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)

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
                self.poll, "interval", args=[feed], seconds=interval, id=job_id, next_run_time=first,
                # Spread each run a little (up to 10% of the interval, at most a minute).
                jitter=min(60, max(1, interval // 10)), coalesce=True, max_instances=1,
                misfire_grace_time=interval,
            )
            self._intervals[job_id] = interval


