"""What /feed_add says once it has fetched the new feed: how many items it holds, or
what is wrong with it (an HTTP error, not a feed, too large, refused address). The
fetch is the adapters' (bot/adapters/feed_check.py); this is its outcome and its words."""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.chat.i18n import t

MAX_PROBLEM = 300  # a problem is the fetcher's or parser's one-line message, never the URL


@dataclass(frozen=True)
class FeedCheck:
    """The outcome of fetching a feed once: `items` read, else `problem` (and whether
    the answer was no feed at all, `not_a_feed`)."""

    items: int = 0
    problem: str = ""
    not_a_feed: bool = False


def feed_check_text(check: FeedCheck, feed_id: int, lang: str) -> str:
    """The follow-up to /feed_add in the chat's language. The feed is kept whatever the
    outcome (a server down for a minute is no reason to forget it): a failure says how to
    remove it if the address was wrong."""
    if check.problem:
        key = "feed_check_not_feed" if check.not_a_feed else "feed_check_failed"
        return t(lang, key, id=feed_id, problem=check.problem[:MAX_PROBLEM])
    if not check.items:
        return t(lang, "feed_check_empty", id=feed_id)
    return t(lang, "feed_check_items", id=feed_id, count=check.items)
