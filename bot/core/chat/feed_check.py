"""What /feed_add says once it has fetched the new feed: how many items it holds, or
what is wrong with it (an HTTP error, not a feed, too large, refused address). The
fetch is the adapters' (bot/adapters/feed_check.py); this is its outcome and its words."""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.chat.i18n import t

MAX_PROBLEM = 300  # a problem is the fetcher's or parser's one-line message, never the URL


# The problems a chat tells in its own words (FeedError.kind: bot/errors.py), with the
# details each sentence names; any other is quoted as the fetcher wrote it, in English,
# under a line saying so (feed_problem_quoted).
WORDED_PROBLEMS = {
    "timeout": ("seconds",),
    "dns": ("host",),
    "refused": ("host",),
    "tls": ("host",),
    "http": ("status",),
    "too_large": ("limit",),
    "redirects": ("count",),
    "web_page": (),
    "sign_in": (),
    "not_feed": (),
    "malformed": (),
    "unexpected": (),
}


@dataclass(frozen=True)
class FeedCheck:
    """The outcome of fetching a feed once: `items` read, else `problem` (and whether
    the answer was no feed at all, `not_a_feed`). `problem` is the fetcher's English line;
    `kind` and `details` (name, value pairs) name it for the chat's words, "" when it has
    no such name."""

    items: int = 0
    problem: str = ""
    not_a_feed: bool = False
    kind: str = ""
    details: tuple[tuple[str, object], ...] = ()


def problem_text(check: FeedCheck, lang: str) -> str:
    """What went wrong, in the chat's language: an admin in a French chat was told
    "cannot connect to ...: Name or service not known" inside a French sentence."""
    details = dict(check.details)
    wanted = WORDED_PROBLEMS.get(check.kind)
    if wanted is not None and all(name in details for name in wanted):
        if check.kind == "timeout":
            details["seconds"] = f"{float(details['seconds']):g}"  # type: ignore[arg-type]
        return t(lang, f"feed_problem_{check.kind}", **{name: details[name] for name in wanted})
    return t(lang, "feed_problem_quoted", problem=check.problem[:MAX_PROBLEM])


def feed_check_text(check: FeedCheck, feed_id: int, lang: str) -> str:
    """The follow-up to /feed_add in the chat's language. The feed is kept whatever the
    outcome (a server down for a minute is no reason to forget it): a failure says how to
    remove it if the address was wrong."""
    if check.problem:
        key = "feed_check_not_feed" if check.not_a_feed else "feed_check_failed"
        return t(lang, key, id=feed_id, problem=problem_text(check, lang))
    if not check.items:
        return t(lang, "feed_check_empty", id=feed_id)
    return t(lang, "feed_check_items", id=feed_id, count=check.items)
