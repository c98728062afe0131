"""Which publication dates a feed gives are worth believing.

A feed's date orders the pledge table (newest first), places a pledge in a period
(`/pledges 30d`) and anchors a story's window. A feed whose clock or template is
broken gave dates such as 2099-01-01 or 1970-01-01 (a Unix time of 0): the first
pinned its pledges to the top of every list and inside every period for decades,
the second hid a pledge reported today from `/pledges 30d`. Such a date says
nothing about when the item was published, so it is treated as absent (the time
the item was fetched stands in for it, as for a feed that gives no date).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

# A little ahead is a time zone given wrong or an item scheduled minutes early.
FUTURE_TOLERANCE = timedelta(days=1)
# Before RSS existed no feed published anything: such a date is a default or a zero.
EARLIEST = datetime(1995, 1, 1, tzinfo=UTC)


def plausible_published(published: datetime | None, now: datetime) -> datetime | None:
    """`published`, or None when it lies more than a day after `now` or before 1995."""
    if published is None:
        return None
    if published > now + FUTURE_TOLERANCE or published < EARLIEST:
        return None
    return published
