"""Alerts, story updates and digests as the console prints them (bot/adapters/console_chat.py,
the chat used when no token is set): a few labelled lines, no markup."""

from __future__ import annotations

from bot.core.chat.alerts import MAX_PLEDGES_CARRIED, describe_pledge, pledges_left_out, shown_sources
from bot.core.iso_times import UTC_MINUTE
from bot.core.models import Alert, Digest
from bot.core.pledges.words import topic_words


def _plain_sources(alert: Alert) -> str:
    shown, more = shown_sources(alert)
    text = ", ".join(name for name, _ in shown) or "-"
    return f"{text} +{more} more outlets" if more else text


def render_plain(alert: Alert) -> str:
    """The console form of an alert: a few labelled lines, no markup."""
    return _render_plain(alert, "ALERT ")


def render_plain_update(alert: Alert) -> str:
    """The console form of a story update: the alert as it now stands (the console
    cannot change what it printed, so it prints it again, marked)."""
    return _render_plain(alert, "UPDATED")


def _render_plain(alert: Alert, mark: str) -> str:
    date = alert.published.strftime(UTC_MINUTE) if alert.published else "date unknown"
    lines = [
        f"{mark} {alert.title}",
        f"  source: {_plain_sources(alert)}",
        f"  date:   {date}",
        f"  topics: {', '.join(topic_words(t) for t in alert.topics) or '-'}",
    ]
    for pledge in alert.pledges[:MAX_PLEDGES_CARRIED]:
        lines.append(f"  pledge: {describe_pledge(pledge)}")
    if more := pledges_left_out(alert, MAX_PLEDGES_CARRIED):
        lines.append(f"  pledge: … and {more} more")
    lines.append(f"  link:   {alert.url or '-'}")
    return "\n".join(lines)


def render_digest_plain(digest: Digest) -> str:
    lines = [f"DIGEST  {len(digest.alerts)} stor{'y' if len(digest.alerts) == 1 else 'ies'}"]
    for alert in digest.alerts:
        sources = ", ".join(alert.sources)
        lines.append(f"  - {alert.title} [{', '.join(alert.topics) or '-'}] ({sources}) {alert.url}".rstrip())
    return "\n".join(lines)
