"""Moments as the database, the JSON outputs and the alerts' payloads store them: ISO 8601
text in UTC. One writer and one reader, so a time written by one part of pledgewatch is
read back the same by every other."""

from __future__ import annotations

from datetime import datetime, timezone

# A moment as people read it, in an alert, a listing or a page: to the minute, its zone
# named, since every time pledgewatch keeps is UTC.
UTC_MINUTE = "%Y-%m-%d %H:%M UTC"


def utc_iso(moment: datetime | None) -> str | None:
    """`moment` as ISO text in UTC ("2023-02-14T12:00:00+00:00"); None stays None, so an
    unknown time is stored as NULL."""
    return moment.astimezone(timezone.utc).isoformat() if moment else None


def from_iso(text: str | None) -> datetime | None:
    """The moment of stored ISO text; NULL and "" (no time known) read as None."""
    return datetime.fromisoformat(text) if text else None


def to_the_second(stored: str | None) -> str:
    """A stored time as a listing shows it: to the second, without the microseconds
    ("2026-12-06T14:11:14+00:00"), "-" for none; text this version did not write is shown
    as it is. `status` and `feeds list` show a feed's last success alike (`feeds list`
    printed ".671214" after the seconds)."""
    if not stored:
        return "-"
    try:
        return datetime.fromisoformat(stored).isoformat(timespec="seconds")
    except ValueError:
        return stored
