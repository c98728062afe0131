"""`pledgewatch poll`: every feed (or one) polled once, what matched printed, and an
exit status a script can act on."""

from __future__ import annotations

import argparse
import logging
from typing import TYPE_CHECKING, TextIO

from bot.cli.output import report_error
from bot.core.feeds.urls import shown_feed_url
from bot.errors import CommandError

if TYPE_CHECKING:  # the app pulls in the rule engine: imported only when the command runs
    from bot.app import App


def cmd_poll(app: App, args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    if args.feed and args.feed.strip().isascii() and args.feed.strip().isdigit():
        # By id, as `feeds remove` takes it: `feeds list` shows a private feed's URL without
        # its key, and that shortened URL is not the feed's.
        by_id = {str(f.id): f.url for f in app.store.list_feeds()}
        if args.feed.strip() not in by_id:
            raise CommandError(f"--feed: no feed with id {args.feed.strip()} (see `pledgewatch feeds list`)")
        args.feed = by_id[args.feed.strip()]
    elif args.feed:
        from bot.config import watched_address

        args.feed = watched_address(args.feed.strip(), lambda url: app.store.feed_by_url(url) is not None)
        if app.store.feed_by_url(args.feed) is None:
            raise CommandError(f"--feed: {shown_feed_url(args.feed)} is not a known feed (see `pledgewatch feeds list`)")
    import asyncio

    # The console delivers at once; chat platforms need their connection, so their
    # alerts stay queued in the outbox for `pledgewatch run`.
    app.use_chats([chat for chat in app.default_chats() if not hasattr(chat, "start")])
    # Each failure is a FAIL line below: logged as a warning too, offline every shipped feed
    # said so twice, 38 lines for 19 feeds. (--log-level DEBUG still shows the log line.)
    results = asyncio.run(app.poll_once(args.feed, failure_log_level=logging.DEBUG))
    failed = 0
    for r in results:
        if r.error:
            failed += 1
            out.write(f"FAIL  {shown_feed_url(r.feed_url)}: {r.error}\n")
            continue
        state = "not modified" if r.not_modified else "unchanged" if r.unchanged else f"{r.entries} items, {r.new_entries} new"
        out.write(f"ok    {shown_feed_url(r.feed_url)}: {state}, {r.matches} relevant\n")
        for title in r.matched_titles:
            out.write(f"      match: {title}\n")
    out.write(f"{len(results)} feeds polled, {failed} failed\n")
    # A feed that could not be fetched is the feed's problem (see `status`), unless every
    # feed failed (nothing was polled: a script must know); a poll that could not be
    # stored is ours: say so and fail.
    store_failures = [r for r in results if r.error and r.error.startswith("storing failed")]
    if store_failures:
        report_error(f"pledgewatch: error: {store_failures[0].error}")
        return 1
    if results and failed == len(results):
        report_error(f"pledgewatch: error: every feed failed ({failed}); see `pledgewatch status`")
        return 1
    return 0
