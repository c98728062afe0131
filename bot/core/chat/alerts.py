"""Alerts as chat-neutral values: which chats get a story, how an alert is stored in
the outbox (JSON), and what every rendering shares (the outlets and pledges shown). Each
platform renders them in its own module: render_console.py, render_telegram.py,
render_discord.py."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import fields, replace

from bot.core.iso_times import from_iso
from bot.core.models import Alert, Pledge, Subscription
from bot.core.pledges.listing.words import describe
from bot.core.text import one_line


def wants(subscription: Subscription, topics: Iterable[str]) -> bool:
    """Does this chat want a story with these topics? No chosen topics means all, but
    a story whose topics are all among those the chat left."""
    if not subscription.active:
        return False
    if not subscription.topics:
        topics = set(topics)
        return not topics or not topics <= set(subscription.excluded)
    return bool(set(subscription.topics) & set(topics))


# The fields of an alert and of a pledge, in their order: alert_to_json writes them as
# dataclasses.asdict did, which walked and deep-copied every value of the alert and its
# pledges (~0.1 ms an alert, 443 alerts queued or edited in the poll bench's first cycle).
# Both are flat: a pledge holds strings, numbers and a tuple of strings.
_ALERT_FIELDS = tuple(field.name for field in fields(Alert))
_PLEDGE_FIELDS = tuple(field.name for field in fields(Pledge))


def alert_to_json(alert: Alert) -> str:
    data = {name: getattr(alert, name) for name in _ALERT_FIELDS}
    data["published"] = alert.published.isoformat() if alert.published else None
    data["pledges"] = [{name: getattr(pledge, name) for name in _PLEDGE_FIELDS} for pledge in alert.pledges]
    return json.dumps(data, ensure_ascii=False)


def alert_from_json(text: str) -> Alert:
    data = json.loads(text)
    published = from_iso(data.get("published"))
    return Alert(
        story_id=data["story_id"],
        title=data["title"],
        url=data["url"],
        sources=tuple(data.get("sources", ())),
        published=published,
        topics=tuple(data.get("topics", ())),
        pledges=tuple(_pledge_from_json(p) for p in data.get("pledges", ())),
        summary=data.get("summary", ""),
        source_urls=tuple(data.get("source_urls", ())),
        more_pledges=int(data.get("more_pledges", 0)),
    )


def _pledge_from_json(data: dict) -> Pledge:
    # JSON gives lists; a Pledge holds tuples (it is frozen and hashable). An alert queued
    # by an older version has no "shared_with".
    return Pledge(**{**data, "shared_with": tuple(data.get("shared_with") or ())})


# The most pledges any chat renderer lists (the Discord embed; Telegram lists 10, the
# console as many as this). An alert is copied into the outbox once per chat: a summary
# naming 400 pledges made each chat's copy 90 KB, of which a message shows 10 lines.
MAX_PLEDGES_CARRIED = 15


def for_chats(alert: Alert) -> Alert:
    """The alert as queued for a chat: the first MAX_PLEDGES_CARRIED pledges, the rest
    counted in `more_pledges` (renderers say "and N more"). The story's own alert keeps
    them all: updates compare against it to tell which pledges are new."""
    extra = len(alert.pledges) - MAX_PLEDGES_CARRIED
    if extra <= 0:
        return alert
    return replace(alert, pledges=alert.pledges[:MAX_PLEDGES_CARRIED], more_pledges=alert.more_pledges + extra)


def chat_payload(alert: Alert) -> str:
    """The outbox payload of `alert` (see for_chats)."""
    return alert_to_json(for_chats(alert))


def pledges_left_out(alert: Alert, shown: int) -> int:
    """How many of the alert's pledges a renderer listing `shown` of them leaves out,
    counting those the queued alert no longer carries."""
    return max(len(alert.pledges) - shown, 0) + alert.more_pledges


def describe_pledge(pledge: Pledge, lang: str = "en") -> str:
    """One line in words: 'Germany — IRIS-T air defence ×2 — pledged' (see pledge_words)."""
    return describe(pledge, lang)


MAX_SHOWN_SOURCES = 5  # outlets named in an alert; the rest are counted ("+3 more outlets")


def shown_sources(alert: Alert, limit: int = MAX_SHOWN_SOURCES) -> tuple[list[tuple[str, str]], int]:
    """The first `limit` (outlet, article URL) pairs with a name, and how many more there are:
    a story reported by forty outlets must still fit one message."""
    links = [(one_line(name), url) for name, url in alert.source_links() if name.strip()]
    return links[:limit], max(len(links) - limit, 0)
