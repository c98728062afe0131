"""The demo's sample feeds dated near the run: shipped with the dates of February 2023, they
filled a database whose "last 30 days" views on the tracker were empty, the first page a
new user opens. Every item is moved by the same whole number of weeks, so the items keep
their order and spacing and each keeps its weekday (the texts say "mardi", "on Tuesday",
and the story grouping compares such a weekday with the item's date); the latest item lands
in the seven days before the run, never after it."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime, timedelta
from email.utils import format_datetime, parsedate_to_datetime

_PUB_DATE = re.compile(rb"<pubDate>([^<]+)</pubDate>")
WEEK = timedelta(weeks=1)


def _dates(body: bytes) -> list[datetime]:
    return [parsedate_to_datetime(m.group(1).decode("ascii")) for m in _PUB_DATE.finditer(body)]


def weeks_to_now(bodies: Mapping[str, bytes], now: datetime) -> timedelta:
    """The whole weeks that bring the latest item of `bodies` to within the week before `now`."""
    latest = max((d for body in bodies.values() for d in _dates(body)), default=None)
    if latest is None:
        return timedelta(0)
    return WEEK * ((now - latest) // WEEK)


def dated_near(bodies: Mapping[str, bytes], now: datetime) -> dict[str, bytes]:
    """`bodies` (RSS 2.0 files) with every item's pubDate moved by the same whole weeks, the
    latest falling in the week before `now`; nothing else in them changes."""
    shift = weeks_to_now(bodies, now)

    def moved(match: re.Match[bytes]) -> bytes:
        when = parsedate_to_datetime(match.group(1).decode("ascii")) + shift
        return b"<pubDate>" + format_datetime(when).encode("ascii") + b"</pubDate>"

    return {name: _PUB_DATE.sub(moved, body) for name, body in bodies.items()}
