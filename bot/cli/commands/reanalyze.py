"""`pledgewatch reanalyze`: the current rules run again over the articles stored in a
period (the work is bot.reanalysis; this reads the period and prints the report)."""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import TYPE_CHECKING, TextIO

from bot.errors import ConfigError

if TYPE_CHECKING:  # the app pulls in the rule engine: imported only when the command runs
    from bot.app import App


_PERIOD_UNITS = {"h": 1 / 24, "d": 1, "w": 7, "m": 30, "y": 365}


def parse_since(text: str, now: datetime) -> datetime | None:
    """"30d" -> now minus 30 days; "all" -> None (everything stored)."""
    from datetime import timedelta

    text = text.strip().lower()
    if text == "all":
        return None
    number, unit = text[:-1], text[-1:]
    if not number.isdigit() or unit not in _PERIOD_UNITS or not 0 < int(number) <= 10_000:
        raise ConfigError(f"--since: {text!r} is not a period such as 24h, 30d, 12w, 6m, 1y or all")
    return now - timedelta(days=int(number) * _PERIOD_UNITS[unit])


def cmd_reanalyze(app: App, args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    from bot.reanalysis import reanalyze

    since = parse_since(args.since, app.clock.now())
    poller = app.poller(source=None)  # re-reads the store; fetches nothing
    report = reanalyze(poller, app.analyzer(), since, dry_run=args.dry_run, rules=len(app.rules.rules()))
    for line in report.lines():
        out.write(line + "\n")
    return 0
