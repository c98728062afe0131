"""What the operator is told of a feed that moved for good (bot.adapters.feed_http: every
redirect on the way a 301 or 308), by `feeds list` and `status`."""

from __future__ import annotations

from bot.core.feeds.urls import shown_feed_url


def moved_note(moved_to: str, *, show_secrets: bool = False) -> str:
    """What the operator is told of a feed that moved for good (301/308 on every hop). Its
    stored address is not changed for it: the settings' feeds list would add the old one back
    at the next start, and the old one may carry the credentials the new one needs. So the
    operator changes it where the feed is listed (the settings, or `feeds remove` and `feeds
    add`); until then it is read from where it moved."""
    where = moved_to if show_secrets else shown_feed_url(moved_to)
    return (f"moved for good to {where}: read from there; give the feed that address (the settings' [[feeds]] "
            "entry, or `feeds remove` and `feeds add`), as the old one may stop answering")
