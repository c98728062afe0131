"""Daily digests: the time of day a chat chooses (as typed, as stored) and when a
digest-mode chat's alerts are due (each platform renders a digest in its render_*.py).

A chat in digest mode gets its alerts queued with their send time set to the next
occurrence of its digest time (UTC); the dispatcher then sends everything due for
that chat as one message."""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta, timezone

from bot.core.models import Subscription

DEFAULT_DIGEST_TIME = "08:00"

# "08:00", "8:00", "8.30", "8h", "20h30" (French), "8 pm", "8:30am": the times people type;
# "UTC" (or "GMT", "Z") after one says what the reply asks for ("20:00 UTC" was refused by
# the reply that says times are UTC).
_DIGEST_TIME = re.compile(r"(\d{1,2})(?:[:.](\d{2})|h(\d{2})?)?\s*(am|pm)?\s*(?:utc|gmt|z)?")


def typed_digest_time(typed: str) -> str | None:
    """"HH:MM" for a time of day as people write it after /mode digest, None when it is
    not one: the form stored_digest_time() reads back."""
    match = _DIGEST_TIME.fullmatch(typed.strip().lower())
    if not match:
        return None
    hour, minute = int(match.group(1)), int(match.group(2) or match.group(3) or 0)
    half = match.group(4)
    if half:  # 12 am is midnight, 12 pm noon
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half == "pm" else 0)
    if hour > 23 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"


def stored_digest_time(text: str | None) -> time:
    """A chat's stored 'HH:MM' as a time of day; anything invalid falls back to the default
    (typed_digest_time() has already checked what /mode stores)."""
    try:
        hours, minutes = (int(part) for part in (text or DEFAULT_DIGEST_TIME).split(":"))
        return time(hours, minutes)
    except ValueError:
        hours, minutes = (int(part) for part in DEFAULT_DIGEST_TIME.split(":"))
        return time(hours, minutes)


def next_digest_at(now: datetime, digest_time: str | None) -> datetime:
    """The next moment at the chat's digest time, strictly after `now` (UTC)."""
    at = stored_digest_time(digest_time)
    today = now.astimezone(timezone.utc).replace(hour=at.hour, minute=at.minute, second=0, microsecond=0)
    return today if today > now else today + timedelta(days=1)


def send_at(subscription: Subscription, now: datetime) -> datetime:
    """When an alert queued now should go to this chat."""
    if subscription.mode == "digest":
        return next_digest_at(now, subscription.digest_time)
    return now
