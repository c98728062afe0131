"""Daily digests: when a digest-mode chat's alerts are due, and their plain-text form.

A chat in digest mode gets its alerts queued with their send time set to the next
occurrence of its digest time (UTC); the dispatcher then sends everything due for
that chat as one message."""

from __future__ import annotations

from datetime import datetime, time, timedelta, timezone

from bot.core.models import Digest, Subscription

DEFAULT_DIGEST_TIME = "08:00"


def parse_digest_time(text: str | None) -> time:
    """'HH:MM' -> time; anything invalid falls back to the default (validated at /mode)."""
    try:
        hours, minutes = (int(part) for part in (text or DEFAULT_DIGEST_TIME).split(":"))
        return time(hours, minutes)
    except ValueError:
        hours, minutes = (int(part) for part in DEFAULT_DIGEST_TIME.split(":"))
        return time(hours, minutes)


def next_digest_at(now: datetime, digest_time: str | None) -> datetime:
    """The next moment at the chat's digest time, strictly after `now` (UTC)."""
    at = parse_digest_time(digest_time)
    today = now.astimezone(timezone.utc).replace(hour=at.hour, minute=at.minute, second=0, microsecond=0)
    return today if today > now else today + timedelta(days=1)


def send_at(subscription: Subscription, now: datetime) -> datetime:
    """When an alert queued now should go to this chat."""
    if subscription.mode == "digest":
        return next_digest_at(now, subscription.digest_time)
    return now


def render_digest_plain(digest: Digest) -> str:
    lines = [f"DIGEST  {len(digest.alerts)} stor{'y' if len(digest.alerts) == 1 else 'ies'}"]
    for alert in digest.alerts:
        sources = ", ".join(alert.sources)
        lines.append(f"  - {alert.title} [{', '.join(alert.topics) or '-'}] ({sources}) {alert.url}".rstrip())
    return "\n".join(lines)
