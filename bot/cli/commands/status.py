"""`pledgewatch status`: feed health, outbox depth and delivery failures; with
--health, the container's health check."""

from __future__ import annotations

import argparse
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, TextIO

from bot.core.feeds.moved import moved_note
from bot.core.feeds.urls import feed_source_name, short_feed_address, shown_feed_url, without_feed_secrets
from bot.core.iso_times import to_the_second

if TYPE_CHECKING:  # the app pulls in the rule engine: imported only when the command runs
    from bot.app import App
    from bot.core.feeds.websub import WebSubSubscription

# `status --health`: healthy while some feed was polled successfully within this many poll
# intervals (the README and the container's HEALTHCHECK state it).
HEALTHY_WITHIN_INTERVALS = 3


def _feed_label(row: dict, full: bool) -> str:
    """A feed as the list names it: its name and short address ("NATO Newsroom
    (nato.int/cps/…/rssFeed.xml)"), or with --full its whole address as `feeds list` shows it.
    Whole URLs alone, scheme and "www." and all, were hard to tell apart at a glance."""
    if full:
        return shown_feed_url(row["url"])
    short = short_feed_address(row["url"])
    name = without_feed_secrets(feed_source_name(row["name"] or "", row["url"]), row["url"])
    return f"{name} ({short})" if name != shown_feed_url(row["url"]) else short


def cmd_status(app: App, args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    """Exit status 0 when every feed's last poll succeeded, 3 when some are failing."""
    rows = app.store.feed_health()
    if args.health:
        return _health(app, rows, out)
    failing = [r for r in rows if r["failures"]]
    # A feed not polled yet is neither ok nor failing: it was listed as "ok ... last
    # success never", as if it worked (the chat's /status says "not polled yet").
    waiting = [r for r in rows if not r["failures"] and not r["last_success"]]
    pushes = {s.feed_id: s for s in app.store.websub_subscriptions()}
    for row in rows:
        feed = _feed_label(row, args.full)
        if row["failures"]:
            out.write(f"FAILING {feed}: {row['failures']} failure(s), "
                      f"last error: {row['last_error']}, "
                      f"next try {to_the_second(row['next_poll'])}\n")
        elif row["last_success"]:
            out.write(f"ok      {feed}: last success {to_the_second(row['last_success'])}\n")
        else:
            out.write(f"waiting {feed}: not polled yet\n")
        if row["moved_to"]:
            out.write(f"        {moved_note(row['moved_to'])}\n")
        if row["id"] in pushes:
            out.write(f"        push: {describe_websub(pushes[row['id']])}\n")
    outbox = app.store.outbox_counts()
    edits = app.store.edit_counts()
    not_yet = f", {len(waiting)} not polled yet" if waiting else ""
    # Alerts and edits ended because their chat's subscription ended are not delivery
    # failures: counted apart, in words, they were "failed" with the platform's refusals.
    out.write(f"feeds: {len(rows)} ({len(failing)} failing{not_yet}); outbox: {outbox.get('pending', 0)} pending, "
              f"{outbox.get('sent', 0)} sent, {outbox.get('failed', 0)} failed, "
              f"{outbox.get('unsubscribed', 0)} not sent (chat unsubscribed), "
              f"{outbox.get('uncertain', 0)} uncertain; story updates: {edits.get('pending', 0)} to edit, "
              f"{edits.get('done', 0)} edited, {edits.get('failed', 0)} dropped, "
              f"{edits.get('unsubscribed', 0)} not made (chat unsubscribed)\n")
    if step := _next_step(rows, failing, waiting):
        out.write(step + "\n")
    return 3 if failing else 0


def _next_step(rows: list[dict], failing: list[dict], waiting: list[dict]) -> str:
    """What to do about the feeds listed: a first start without network listed 19 FAILING lines and
    a count, and left the newcomer to guess whether to fix each feed, or wait."""
    if failing and len(failing) == len(rows):
        return ("next: every feed failed its last poll; when their errors are alike (a host not found, a timeout) "
                "check this machine's network or DNS. Each is tried again at its next try, or at once with "
                "`pledgewatch poll`; without network, `pledgewatch demo` runs the whole pipeline offline")
    if failing:
        return ("next: a failing feed is tried again at its next try (at once: `pledgewatch poll --feed URL`); "
                "`pledgewatch feeds remove URL` stops watching one that has gone")
    if waiting:
        return "next: `pledgewatch run` (or `pledgewatch poll`, once) polls the feeds not polled yet"
    return ""


def _health(app: App, rows: list[dict], out: TextIO) -> int:
    """Is the bot doing its job? Some of many public feeds are failing at any time, so
    "every feed healthy" would keep a container unhealthy; the job is done while some
    feed succeeds. Unhealthy: feeds exist and none succeeded within HEALTHY_WITHIN_INTERVALS
    of its poll intervals (network gone, database not written, poller stuck)."""
    now = app.clock.now()
    succeeded = [r for r in rows if r["last_success"]]
    latest = max((datetime.fromisoformat(r["last_success"]) for r in succeeded), default=None)
    shown = latest.isoformat(timespec="seconds") if latest else None
    if not rows or any(now - datetime.fromisoformat(r["last_success"]) <= _health_window(app, r) for r in succeeded):
        out.write(f"healthy: {len(rows)} feeds, last success {shown or '-'}\n")
        return 0
    least = HEALTHY_WITHIN_INTERVALS * app.settings.poll_interval
    out.write(f"unhealthy: no feed polled successfully within {HEALTHY_WITHIN_INTERVALS} of its poll intervals "
              f"(at least {least} s; last success: {shown or 'never'})\n")
    return 1


def _health_window(app: App, row: dict) -> timedelta:
    """How long ago a feed's last success may be while the bot still does its job: three of
    that feed's poll intervals. A healthy feed's interval is the wait to its next poll, which
    a quiet feed stretches to four times `poll_interval` and a feed's own `interval` sets: a
    lone feed polled hourly (or one quiet for a while) made the container unhealthy between
    two polls that went well. A failing feed's wait is its back-off, which says nothing of
    the bot: `poll_interval` counts for it."""
    interval = timedelta(seconds=app.settings.poll_interval)
    if not row["failures"] and row["next_poll"]:
        interval = max(interval, datetime.fromisoformat(row["next_poll"]) - datetime.fromisoformat(row["last_success"]))
    return HEALTHY_WITHIN_INTERVALS * interval


def describe_websub(subscription: WebSubSubscription) -> str:
    from bot.core.feeds.websub import ACTIVE

    if subscription.state == ACTIVE and subscription.lease_expires is not None:
        until = subscription.lease_expires.isoformat(timespec="minutes")
        return f"active at {shown_feed_url(subscription.hub)} until {until}"
    error = f" ({subscription.last_error})" if subscription.last_error else ""
    # A hub on the feed's own host, named by a relative link, carries the feed's credentials.
    return f"{subscription.state} at {shown_feed_url(subscription.hub)}{error}"
