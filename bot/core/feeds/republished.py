"""Items a feed gives a new id AND a new link at every poll although they are the same
articles (a template stamping a session or cache token into both, a proxy rewriting them),
often a new date too (a broken CMS stamping the time of the request, or a feed out to inflate
the figures). The store knows an item by its feed's id and by its link's canonical URL, so each
poll stored every item again: no alert went out twice (the story's fingerprint caught the
copy), but the database and the search index grew by the whole feed each poll, and every story
and pledge gained one report per poll: the tracker's counts, those people cite, grew with them.

Such an item is known instead by what the rotation leaves alone: its feed and its words, the
title and the text (case, spacing and any address in it aside), among the entries the feed
stored within the retention window (stop 47b; stop 44 asked for the same publication moment
too, which a rotated date defeats). A title alone is never enough: two daily briefings under
one headline are two articles, so a feed rotating the ids, links and dates of headlines
without text stores them again at each poll: a duplicate, the smaller harm than lost news
(stop 48 tried knowing them by the titles of the feed's previous document, and an ordinary
feed whose window was replaced between two polls lost its new items: withdrawn). An item
whose text changed (an update, a correction) is a new entry, as it always was. Two items
with one title and one text under two links (a copy republished under a new address) are
one entry: the second would tell nothing the first does not, and counted it made one
article two reports.

Words alone took a daily briefing whose headline and teaser never change ("Our daily roundup of
the war's news") for yesterday's, republished: the new one was dropped, a lost article (stop 49).
So the words only say "maybe"; what the feed shows decides (same_item_again): the same words at
the same publication moment are the same item; an item the feed still lists under its own id or
link beside the newcomer is not the newcomer; and an item at another address (another path: a
rotation's token usually lives in the query) dated at least NEW_EDITION_AFTER later than the
newest stored one is a new edition. A rotation that moves the date and stamps its token into the path
then stores an item again at most once per NEW_EDITION_AFTER: a bounded duplicate, not a loss.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Container, Sequence
from datetime import datetime, timedelta
from typing import NamedTuple
from urllib.parse import urlsplit

from bot.core.iso_times import from_iso, utc_iso
from bot.core.models import Entry
from bot.core.text import casefold

# How much later than every stored twin an item at another address must be dated to be a new
# edition of a recurring piece: twice-daily briefings stay apart, and a feed that stamps the
# time of the request into its dates and a token into its links' paths stores each item again
# at most twice a day instead of at every poll.
NEW_EDITION_AFTER = timedelta(hours=12)
# The stored entries with one item's words a poll reads (the newest stored): a daily briefing's
# within the retention window are a month's, and a feed that fills its window with one
# item's words under ids and links it keeps listing costs no more than these per newcomer.
MAX_TWINS_READ = 64

_ADDRESS = re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)
_SPACE = re.compile(r"\s+")


def republish_key(title: str, text: str) -> tuple[str, str] | None:
    """What two copies of one item, under other ids and links, have alike: the title and
    the text, casefolded, their spacing made one space, addresses left out (a rotating
    link may be quoted in the summary too). None when no text is left: a title-only item,
    or a summary that is only its link, is never taken for a copy (two daily briefings
    under one headline, dated the same midnight, are two articles)."""
    key = (_plain(title), _plain(text))
    return key if key[1] else None


def content_key(title: str, text: str) -> int | None:
    """republish_key as the 64-bit number the store indexes (per feed: entries.content_key,
    migration 38), None where that is None. 64 bits: two different items of one feed
    colliding is a chance of about n^2 / 2^65 (1e-9 for 200,000 entries within the window)."""
    key = republish_key(title, text)
    if key is None:
        return None
    digest = hashlib.blake2b("\x00".join(key).encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)  # SQLite's INTEGER is a signed 64-bit one


def entry_content_key(entry: Entry) -> int | None:
    """The content_key of an entry's title and text (its summary and content), as stored."""
    summary, content = entry.summary, entry.content
    # The two joined by a line break, as the key has always been made; but most items have one
    # of the two only, and the break beside it is spacing that _plain drops anyway: without it
    # a single-spaced text skips _plain's split and join (the same key).
    return content_key(entry.title, "\n".join((summary, content)) if summary and content else summary or content)


def _plain(text: str) -> str:
    # Each entry a poll stores has its key made now (not only those sharing a stored entry's
    # date, as in stop 45), so the address pattern, the costly pass (it tries each position),
    # runs only on a text that may hold one; split() is the regex's spacing without the regex.
    folded = casefold(text)  # text.casefold(), quicker on Latin-1 text
    if "://" in folded or "www." in folded:
        folded = _ADDRESS.sub(" ", folded)
    # Most feed texts are single-spaced already (the parser's collapse_whitespace): then the
    # split and join give the text back, and cost ~14 us for a 1.3 KB item, over half of its
    # key; these checks, a few. Every white space character but " " is unprintable, so a
    # printable text's only blanks are spaces (bot/core/text/html_text.collapse_whitespace).
    if folded.isprintable() and "  " not in folded and folded[:1] != " " and folded[-1:] != " ":
        return folded
    return " ".join(folded.split())


class StoredTwin(NamedTuple):
    """An entry the feed stored with a newcomer's words (within the retention window): the id and canonical link (None: none) it was stored under, and its date as the store
    writes it (bot/core/iso_times.py: one writer, so one moment is one text)."""

    guid: str
    canonical_url: str | None
    published: str | None


def same_item_again(published: datetime | None, canonical_url: str | None, twins: Sequence[StoredTwin],
                    listed: Container[str]) -> bool:
    """Whether an item new by its id and link, with the words of `twins` (the entries the feed
    stored with them, in the order stored, at most MAX_TWINS_READ, the newest; none: none), is
    one of them again under a rotated id and link. `published`: its plausible date;
    `canonical_url`: its link's; `listed`: the GUIDs and canonical links of the items this poll
    read from the feed. In this order:
    - a twin's dated moment: the same item (a copy under a second address);
    - a twin listed beside it under its own id or link: another article (two briefings in one
      document; yesterday's still listed beside today's): a rotation never lists the old id;
    - at another path than the newest twin's (by date, then the later stored), dated
      NEW_EDITION_AFTER or more after it: a new edition of a recurring piece whose earlier one
      left the feed;
    - else the same item (a token in the query, an undated item, a date moved a little).
    Every twin is asked whether it is listed, not only the last stored: a newest-first feed's
    first poll stores its older briefing last, and told against that one alone (gone the next
    day), the next briefing was dropped although the one before it was still listed."""
    if not twins:
        return False
    if published is not None and utc_iso(published) in {twin.published for twin in twins}:
        return True
    if any(twin.guid in listed or (twin.canonical_url is not None and twin.canonical_url in listed)
           for twin in twins):
        return False
    # The newest by date; on a tie, or undated (as old as can be), the later stored.
    twin = max(reversed(twins), key=lambda twin: twin.published or "")
    return (published is None or canonical_url is None or twin.published is None or twin.canonical_url is None
            or published - from_iso(twin.published) < NEW_EDITION_AFTER
            or _path(canonical_url) == _path(twin.canonical_url))


def _path(url: str) -> str:
    """The path of a link, query and fragment aside (where rotating tokens usually go)."""
    try:
        return urlsplit(url).path.rstrip("/")
    except ValueError:
        return url
