"""A busy day's digest for the chat tests: many stories queued for one chat in digest mode,
then the clock moved past the digest's hour, so the next drain sends them as one digest
(long enough to need several messages when `count` is large)."""

from __future__ import annotations

from bot.core.models import Alert
from tests.support.telegram_harness import sample_alert


def busy_day(count: int) -> list[str]:
    """`count` distinct story titles of about the same length."""
    return [f"Story {n:03d}: a defence minister announces a further package of shells and air defence"
            for n in range(count)]


def queue_telegram_digest(bot, count: int) -> list[str]:
    """Queue `count` alerts for a Telegram harness bot's subscribers and move to the digest's
    day after; the titles queued."""
    titles = busy_day(count)
    for n, title in enumerate(titles):
        bot.queue(sample_alert(title=title, url=f"https://example.org/{n}"))
    bot.clock.advance(hours=24)
    return titles


def queue_discord_digest(h, titles: list[str]) -> None:
    """Queue one story and alert per title for the Discord harness's subscribed channel and
    move to the digest's day after."""
    for n, title in enumerate(titles):
        story = h.store.create_story(title, f"https://example.org/{n}", h.clock.now(), None, "{}", ["aid"], 3.0)
        alert = Alert(story, title, f"https://example.org/{n}", ("AFP",), h.clock.now(), ("aid",))
        h.store.enqueue(alert, h.store.subscriptions("discord"), h.clock.now())
    h.clock.advance(hours=24)

