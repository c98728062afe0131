"""FeedChecker: fetch a feed added from chat once, through the bot's own guarded fetcher
(HttpFeedSource: the address policies for chat feeds, the size cap, the deadline) and
parser, so /feed_add can say at once whether the address gives a feed. Nothing is stored:
the poller reads the feed as every other."""

from __future__ import annotations

import logging
from collections.abc import Callable

from bot.adapters.feed_http import HttpFeedSource
from bot.adapters.feed_parse import parse_feed_document
from bot.core.chat.feed_check import FeedCheck
from bot.core.feeds.urls import without_feed_secrets
from bot.errors import FetchError, ParseError

log = logging.getLogger(__name__)


class FeedChecker:
    """`check(url)` -> FeedCheck. A source is made per check (`make_source`, e.g.
    App.feed_source) and closed after it: a session belongs to its event loop, and a
    chat adapter's loop is not the poller's."""

    def __init__(self, make_source: Callable[[], HttpFeedSource]):
        self.make_source = make_source

    async def check(self, url: str) -> FeedCheck:
        try:
            async with self.make_source() as source:
                fetched = await source.fetch(url, from_chat=True)
        except FetchError as exc:
            return FeedCheck(problem=without_feed_secrets(str(exc), url), kind=exc.kind,
                             details=tuple(exc.details.items()))
        except Exception:  # noqa: BLE001 - a bug must still get the admin an answer, and a log line
            log.exception("feed check of a feed added from chat failed unexpectedly")
            return FeedCheck(problem="unexpected error while reading it (see the bot's log)", kind="unexpected")
        try:
            parsed = parse_feed_document(fetched.body or b"", fetched.final_url or url,
                                         content_type=fetched.content_type)
        except ParseError as exc:
            return FeedCheck(problem=without_feed_secrets(str(exc), url), not_a_feed=True, kind=exc.kind)
        except Exception:  # noqa: BLE001 - as above
            log.exception("parsing a feed added from chat failed unexpectedly")
            return FeedCheck(problem="unexpected error while reading it (see the bot's log)", kind="unexpected")
        return FeedCheck(items=len(parsed.entries))
