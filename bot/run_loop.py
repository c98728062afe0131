"""`pledgewatch run`'s main loop: each feed polled when it is due, alerts delivered, the
first round's progress and then a summary each minute logged, until `stop` is set; then
every part stopped in order.

bot/app.py builds the parts (store, poller, chats, push, web server); this module only
runs them."""

from __future__ import annotations

import asyncio
import logging
import time
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from bot.adapters.late_chat_start import LateStart
from bot.core.feeds.poll_report import FirstRound, PollTally
from bot.core.feeds.schedule import fastest_interval, is_due
from bot.core.feeds.urls import shown_feed_url
from bot.core.models import Feed
from bot.core.ports import ChatSender
from bot.errors import ChatUnreachable

if TYPE_CHECKING:
    from bot.app import App
    from bot.pipeline import FeedPoller

log = logging.getLogger(__name__)

SHUTDOWN_GRACE_SECONDS = 15
# How often a long first round logs its progress: often enough that a user watching a
# 1,000-feed start sees it move, rarely enough to stay a few lines per minute.
PROGRESS_SECONDS = 30


async def run_until_stopped(app: App, stop: asyncio.Event) -> PollTally:
    """Poll on schedule and deliver until `stop` is set; what was polled, for the line
    `run` ends with."""
    interrupted = app.store.recover_interrupted()
    if interrupted:
        log.warning("%d alert(s) were being sent when the last run stopped; marked uncertain", interrupted)
    async with app.feed_source() as source:
        polls = ScheduledPolls(app, app.poller(source))
        await _serve_until_stopped(app, polls, stop)
    polls.since_start.first_round_over = polls.first_round.done
    return polls.since_start


class ScheduledPolls:
    """The feeds polled as they fall due, and what is logged of it: the first round's
    progress, then a summary line per minute of polling."""

    def __init__(self, app: App, poller: FeedPoller):
        self.app = app
        self.poller = poller
        self.limit = asyncio.Semaphore(app.settings.max_concurrent_fetches)
        self.polled_since_start: set[int] = set()
        # One summary line per minute of polling, not a warning per failing feed
        # (see bot.core.feeds.poll_report); `status` has the per-feed detail.
        self.tally = PollTally()
        self.since_start = PollTally()  # never reset: what this run did, said when it stops
        poller.failure_log_level = logging.DEBUG
        # The first round (every feed once, right after start) can take minutes: it
        # reports its own progress every PROGRESS_SECONDS instead of the summaries.
        self.first_round = FirstRound({f.id for f in app.store.list_feeds()})
        self.round_started = time.monotonic()

    async def poll_when_due(self, feed: Feed) -> None:
        state = self.app.store.feed_state(feed.id)
        check_every = fastest_interval(feed.interval or self.app.settings.poll_interval)
        # Each healthy feed is polled once right after start (catching up after a
        # stop); after that, quiet feeds wait longer, and failing ones back off.
        first_since_start = feed.id not in self.polled_since_start and not state.failures
        if not first_since_start and not is_due(state.next_poll, self.app.clock.now(), check_every):
            self.first_round.not_due(feed.id)
            self._close_first_round()  # the round's last feed may be one left to its back-off
            return
        # Rules an admin changed since the last poll compiled off the loop (App.analyzer_ready).
        await self.app.analyzer_ready()
        result = await self.poller.poll(feed, fetch_slots=self.limit)
        # Counted once done: a poll cancelled by a stop did not happen, and the
        # next start polls that feed first thing.
        self.polled_since_start.add(feed.id)
        self.tally.add(result)
        self.since_start.add(result)
        self.first_round.add(feed.id, result)
        if result.matches:
            log.info("%s: %d new, %d relevant", shown_feed_url(feed.url), result.new_entries, result.matches)
        self._close_first_round()

    def _close_first_round(self) -> None:
        if self.first_round.done and not self.first_round.reported_done:
            line = self.first_round.finished(time.monotonic() - self.round_started, next_poll_due(self.app),
                                             self.app.clock.now())
            log.info("%s", line)
            self.tally.reset()  # the line above said it all; summaries count from here

    async def report_progress(self) -> None:
        line = self.first_round.progress()
        if line:
            log.info("%s", line)

    async def report_polls(self) -> None:
        if not self.first_round.done:
            return  # report_progress speaks for the first round
        line = self.tally.summary(next_poll_due(self.app), self.app.clock.now())
        if line:
            log.info("%s", line)


async def _serve_until_stopped(app: App, polls: ScheduledPolls, stop: asyncio.Event) -> None:
    """Start the web server, push, chats, the scheduler and the senders; wait for `stop`;
    stop them all again, whatever failed on the way."""

    async def prune() -> None:
        prune_old_entries(app)  # on the loop: the store is not shared with a worker thread

    from bot.adapters.scheduler import FeedScheduler

    started: list[ChatSender] = []
    scheduler = FeedScheduler(app.store.list_feeds, polls.poll_when_due, app.settings.poll_interval)
    senders: list[asyncio.Task] = []
    late_starts: dict[ChatSender, asyncio.Task] = {}  # chats out of reach at start, tried again

    def deliver_to(chat: ChatSender) -> None:
        """Start draining `chat`'s outbox (a chat that started late joins here)."""
        started.append(chat)
        senders.extend(asyncio.create_task(d.run(stop)) for d in app.dispatchers if d.chat is chat)
    websub = app.websub(polls.poller)
    web = (app.web_server(app.settings.web.listen_host, app.settings.web.listen_port)
           if app.settings.web.enabled else None)
    try:
        if web is not None:
            await web.start()
        if websub is not None:
            # Before polling starts: hubs verify against the callback server at once.
            await websub.start()
        # Chat adapters with a lifecycle (Telegram, Discord) connect first, so
        # commands are answered and alerts can go out as soon as polling starts; together, so
        # that one waiting for its gateway does not hold up the other. One out of reach for
        # now is tried again in the background (late_chat_start.py); a refusal stops the start.
        lifecycles = [chat for chat in app.chats if hasattr(chat, "start")]
        outcomes = await asyncio.gather(*(chat.start() for chat in lifecycles), return_exceptions=True)
        for chat, outcome in zip(lifecycles, outcomes):
            if outcome is None:
                started.append(chat)
        for chat, outcome in zip(lifecycles, outcomes):
            if isinstance(outcome, BaseException) and not isinstance(outcome, ChatUnreachable):
                raise outcome
        for chat, outcome in zip(lifecycles, outcomes):
            if isinstance(outcome, ChatUnreachable):
                late_starts[chat] = asyncio.create_task(LateStart(chat, deliver_to).run(outcome),
                                                        name=f"{chat.platform}-late-start")
        scheduler.start()
        scheduler.every(prune, "retention", hours=24)
        scheduler.every(polls.report_polls, "poll-report", seconds=60)
        scheduler.every(polls.report_progress, "round-progress", seconds=PROGRESS_SECONDS)
        if websub is not None:

            async def maintain_websub() -> None:
                await websub.maintain(app.store.list_feeds())

            scheduler.every(maintain_websub, "websub", hours=1)
        senders.extend(asyncio.create_task(d.run(stop)) for d in app.dispatchers if d.chat not in late_starts)
        await stop.wait()
    finally:
        for chat, attempt in late_starts.items():
            if not attempt.done():  # cancelled mid-start: what it opened is closed by its stop
                attempt.cancel()
                await asyncio.gather(attempt, return_exceptions=True)
                await _stop_chat(chat)
        # Polls still running are cancelled: what they had not committed is
        # fetched again on the next start (see FeedScheduler).
        await scheduler.stop()
        # A cancelled poll's batch may still be in a worker, its thread waiting for
        # the answer (and asyncio.run for that thread): ending the workers ends it.
        app.close_analysis_workers()
        # Let each dispatcher finish the alert it is sending (they stop between
        # alerts once `stop` is set); cancel only what does not end in time.
        if senders:
            _, late = await asyncio.wait(senders, timeout=SHUTDOWN_GRACE_SECONDS)
            for task in late:
                task.cancel()
            await asyncio.gather(*senders, return_exceptions=True)
        for chat in reversed(started):
            await _stop_chat(chat)
        if websub is not None:
            await websub.stop()
        if web is not None:
            await web.stop()


async def _stop_chat(chat: ChatSender) -> None:
    try:
        await chat.stop()  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 - keep stopping the others
        log.exception("stopping the %s adapter failed", chat.platform)


def next_poll_due(app: App) -> datetime | None:
    """When the soonest feed is due next (None before any poll)."""
    due = [row["next_poll"] for row in app.store.feed_health() if row["next_poll"]]
    return min(datetime.fromisoformat(d) for d in due) if due else None


def prune_old_entries(app: App) -> int:
    """Apply the retention policy once (daily while running)."""
    removed = app.store.prune(app.clock.now() - timedelta(days=app.settings.retention_days))
    if removed:
        log.info("retention: removed %d old unrelated entries", removed)
    return removed
