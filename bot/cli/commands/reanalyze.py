"""`pledgewatch reanalyze`: the current rules run again over the articles stored in a
period (the work is bot.reanalysis; this reads the period and prints the report)."""

from __future__ import annotations

import argparse
import re
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, TextIO

from bot.errors import CommandError

if TYPE_CHECKING:  # the app pulls in the rule engine: imported only when the command runs
    from bot.app import App


_HOURS = re.compile(r"([0-9]{1,6})h")


def parse_since(text: str, now: datetime) -> datetime | None:
    """"30d" -> now minus 30 days; "24h" -> now minus a day; "all" -> None (everything
    stored). Days, weeks, months and years are read as /pledges reads them, with its
    ten-year cap (a longer span ran before year 1 and crashed)."""
    from bot.core.pledges.listing.filters import MAX_PERIOD_DAYS, period_days

    text = text.strip().lower()
    if text == "all":
        return None
    hours = _HOURS.fullmatch(text)
    days = int(hours.group(1)) / 24 if hours else period_days(text)
    if not days or days > MAX_PERIOD_DAYS:
        raise CommandError(f"--since: {text!r} is not a period such as 24h, 30d, 12w, 6m or 1y "
                           f"(at most {MAX_PERIOD_DAYS // 365} years), nor all")
    return now - timedelta(days=days)


def cmd_reanalyze(app: App, args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    from bot.reanalysis import reanalyze

    since = parse_since(args.since, app.clock.now())
    poller = app.poller(source=None)  # re-reads the store; fetches nothing
    report = reanalyze(poller, app.analyzer(), since, dry_run=args.dry_run, rules=len(app.rules.rules()))
    for line in report.lines():
        out.write(line + "\n")
    return 0
