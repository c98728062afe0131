"""Alerts as chat-neutral values: which chats get a story, how an alert is stored in
the outbox (JSON), and its plain-text rendering for the console."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict
from datetime import datetime

from bot.core.models import Alert, Pledge, Subscription


def wants(subscription: Subscription, topics: Iterable[str]) -> bool:
    """Does this chat want a story with these topics? No chosen topics means all."""
    if not subscription.active:
        return False
    if not subscription.topics:
        return True
    return bool(set(subscription.topics) & set(topics))


def alert_to_json(alert: Alert) -> str:
    data = asdict(alert)
    data["published"] = alert.published.isoformat() if alert.published else None
    return json.dumps(data, ensure_ascii=False)


def alert_from_json(text: str) -> Alert:
    data = json.loads(text)
    published = datetime.fromisoformat(data["published"]) if data.get("published") else None
    return Alert(
        story_id=data["story_id"],
        title=data["title"],
        url=data["url"],
        sources=tuple(data.get("sources", ())),
        published=published,
        topics=tuple(data.get("topics", ())),
        pledges=tuple(Pledge(**p) for p in data.get("pledges", ())),
        summary=data.get("summary", ""),
    )


def describe_pledge(pledge: Pledge) -> str:
    """One short line: 'DE · air_defence · IRIS-T ×2 · pledged'."""
    what = pledge.system or pledge.item or pledge.category
    if pledge.quantity:
        what = f"{what} ×{pledge.quantity}"
    parts = [pledge.donor, pledge.category, what]
    if pledge.value:
        parts.append(f"{format_money(pledge.value)} {pledge.currency or ''}".strip())
    parts.append(pledge.status)
    # Drop the repeated category when no system or item was named.
    seen: list[str] = []
    for part in parts:
        if part not in seen:
            seen.append(part)
    return " · ".join(seen)


def format_money(value: float) -> str:
    for size, suffix in ((1e9, "bn"), (1e6, "m"), (1e3, "k")):
        if value >= size:
            return f"{value / size:.3g}{suffix}"
    return f"{value:.0f}"


def render_plain(alert: Alert) -> str:
    """The console form of an alert: a few labelled lines, no markup."""
    date = alert.published.strftime("%Y-%m-%d %H:%M UTC") if alert.published else "date unknown"
    lines = [
        f"ALERT  {alert.title}",
        f"  source: {', '.join(alert.sources)}",
        f"  date:   {date}",
        f"  topics: {', '.join(alert.topics) or '-'}",
    ]
    for pledge in alert.pledges:
        lines.append(f"  pledge: {describe_pledge(pledge)}")
    lines.append(f"  link:   {alert.url or '-'}")
    return "\n".join(lines)
