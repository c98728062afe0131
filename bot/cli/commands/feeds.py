"""`pledgewatch feeds ...`: list, add and remove the polled feeds, never showing a
private feed's credentials unless asked."""

from __future__ import annotations

import argparse
from datetime import datetime, timezone
from typing import TYPE_CHECKING, TextIO

from bot.cli.output import report_note
from bot.config import (
    MAX_POLL_INTERVAL,
    MIN_POLL_INTERVAL,
    ascii_host,
    check_feed_url,
    feed_address,
    watched_address,
)
from bot.config.feed_spelling import same_feed_key
from bot.core.feeds.moved import moved_note
from bot.core.iso_times import to_the_second
from bot.core.feeds.urls import feed_source_name, shown_feed_url, without_feed_secrets
from bot.errors import CommandError, ConfigError

if TYPE_CHECKING:  # the app pulls in the rule engine: imported only when the command runs
    from bot.app import App


def cmd_feeds(app: App, args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    if args.action == "list":
        hidden = 0
        for row in app.store.feed_health():
            url, name, error = row["url"], row["name"], row["last_error"] or ""
            if not args.show_secrets:
                # As on /feeds: a private feed's user name, password or key (its query) stay
                # off the screen, out of a pasted terminal log and out of a shared recording.
                url = shown_feed_url(row["url"])
                hidden += url != row["url"]
                name = without_feed_secrets(feed_source_name(name, row["url"]), row["url"])
                error = without_feed_secrets(error, row["url"])
            health = f"failing ({row['failures']}x): {error}" if row["failures"] else (
                f"ok, last success {to_the_second(row['last_success'])}" if row["last_success"] else "not polled yet")
            # (a feed added from chat is fetched under chat_feed_addresses: say which ones are)
            origin = " (from chat)" if row["from_chat"] else ""
            out.write(f"{row['id']:>4}  {url}  [{name}]{origin}  {health}\n")
            if row["moved_to"]:
                out.write(f"      {moved_note(row['moved_to'], show_secrets=args.show_secrets)}\n")
        if hidden:
            report_note(f"pledgewatch: {hidden} feed URL(s) shown without user name, password, query or fragment; "
                        "`feeds list --show-secrets` shows them whole")
        known = {same_feed_key(feed.url) for feed in app.store.list_feeds(include_disabled=True)}
        unstored = [feed for feed in app.settings.feeds if same_feed_key(feed.url) not in known]
        if unstored:  # listed in the settings since the last start: `feeds list` no longer stores them itself
            report_note(f"pledgewatch: {len(unstored)} feed(s) of the settings not stored yet (the next "
                        "`pledgewatch run` or `poll` adds them): "
                        + ", ".join(shown_feed_url(f.url) for f in unstored[:3]) + (", ..." if len(unstored) > 3 else ""))
        return 0
    if args.action == "add":
        from bot.config import check_lang
        from bot.core.models import Feed
        from bot.core.text.safe_text import clean_line

        # A URL pasted with a blank or line break around it was "not an http:// URL".
        args.url = args.url.strip()
        try:  # the checks a [[feed]] in the settings gets; here they judge an argument
            check_feed_url(args.url, "url", app.settings.feed_addresses)
            check_lang(args.lang, "--lang")
        except ConfigError as exc:
            raise CommandError(str(exc)) from None
        args.url = feed_address(args.url)
        if args.interval is not None and not MIN_POLL_INTERVAL <= args.interval <= MAX_POLL_INTERVAL:
            raise CommandError(
                f"--interval: must be between {MIN_POLL_INTERVAL} and {MAX_POLL_INTERVAL} seconds (a week)"
            )
        name = clean_line(args.name)[:200]  # shown in every alert: no control characters
        feed = Feed(url=args.url, name=name or shown_feed_url(args.url), lang=args.lang, interval=args.interval)
        added = app.store.add_or_rename_feed(feed, datetime.now(timezone.utc), "cli", rename=bool(name))
        shown = shown_feed_url(args.url)
        host = ascii_host(args.url)
        if host:  # "аррӏе.com" in Cyrillic letters: its fetched form shows it is not apple.com
            shown += f" (host in ASCII: {host})"
        if added.created:
            out.write(f"feed {added.id} added: {shown}\n")
            return 0
        current = feed_source_name(added.name, args.url)
        if added.renamed_from is not None:
            out.write(f"feed {added.id} already present, as {feed_source_name(added.renamed_from, args.url)!r}; "
                      f"renamed {current!r}: {shown}\n")
        elif current == shown_feed_url(args.url):
            out.write(f"feed {added.id} already present: {shown}\n")
            report_note("pledgewatch: to name it, add it again with --name")
        else:
            out.write(f"feed {added.id} already present, as {current!r}: {shown}\n")
            report_note("pledgewatch: to rename it, add it again with --name NEW_NAME")
        if args.lang is not None or args.interval is not None:
            report_note("pledgewatch: its language and interval stay as they were; `feeds remove` it, then add "
                        "it again to change them")
        return 0
    args.feed = watched_address(args.feed.strip(), lambda url: app.store.feed_by_url(url) is not None)
    if not app.store.remove_feed(args.feed, actor="cli"):
        raise CommandError(f"feed {shown_feed_url(args.feed)}: no such feed")
    out.write(f"feed {shown_feed_url(args.feed)} removed\n")
    return 0
