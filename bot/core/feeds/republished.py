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
one headline are two articles. An item whose text changed (an update, a correction) is a new
entry, as it always was. Two items with one title and one text under two links (a copy
republished under a new address) are one entry: the second would tell nothing the first does
not, and counted it made one article two reports.

A title-only item (a headline with no text, or a text that is only its link) has no such key,
and one rotating under new ids, links and dates was stored again at every poll (stop 48). Its
title alone cannot tell it from another article: two daily briefings under one headline are
two articles. What tells a rotated copy is the document around it, compared with the feed's
previous one (its titles, kept with the feed: title_form, feeds.document_titles, migration 40):
- the whole document rotates: no item of it kept its id or its link (a feed whose other items
  keep theirs replaced a briefing with the next one, the case to keep), every item's bytes
  changed (the poll parsed them all), and most of its titles, at least two, were titles of the
  previous document (a feed polled once a day that brought ten new items, one of them under
  yesterday's headline, is not rotating: one title of ten was there before);
- then, of the items under one title, as many as the previous document had under it are its
  items again, counted from the end of the document (feeds list the newest first, and a new
  briefing under the same headline joins at the top): the title-only ones among them are not
  stored; the others (more than the previous document had) are new. A briefing joining the
  rotating document under yesterday's headline is so stored, and an item that left the
  feed and comes back under a new id is stored again (its title was not in the previous
  document: nothing tells it from a new briefing under its headline, and a duplicate is the
  smaller harm than a loss). What this cannot tell: a document of items all replaced
  between two polls by items of the same titles, with no text, none keeping an id or a link
  (say, two items, a morning and an evening briefing, both replaced each day under the same
  headlines while the feed was not polled); those are taken for the same items.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Sequence

from bot.core.models import Entry

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
    return _number("\x00".join(key))


def _number(text: str) -> int:
    digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)  # SQLite's INTEGER is a signed 64-bit one


def title_form(title: str) -> int:
    """A title as the 64-bit number kept per document (feeds.document_titles): casefolded,
    spacing made one space, addresses left out, as republish_key reads it."""
    return _number(_plain(title))


def join_titles(forms: Sequence[int]) -> str:
    """The title forms of a document, in order, as stored (16 hex digits each)."""
    return "".join(f"{form & 0xFFFF_FFFF_FFFF_FFFF:016x}" for form in forms)


def split_titles(stored: str | None) -> list[int]:
    """The title forms join_titles stored (none for nothing stored, or text of another kind)."""
    if not stored or len(stored) % 16:
        return []
    try:
        numbers = [int(stored[i:i + 16], 16) for i in range(0, len(stored), 16)]
    except ValueError:
        return []
    return [number - (1 << 64) if number >= 1 << 63 else number for number in numbers]


def previous_document_items(previous: Sequence[int], current: Sequence[int]) -> set[int]:
    """Which items of a document (their positions) are, by their titles, items of the previous
    document again: `previous`, the previous document's title forms; `current`, this one's, in
    order. None unless most of its titles, at least two, were the previous document's; then
    under each title as many items as the previous document had, counted from the end (see the
    module's docstring). The caller tells that the whole document rotates (no item kept its id
    or link, every item changed), and keeps the title-only items (the others have their words)."""
    before = Counter(previous)
    found_again = sum((Counter(current) & before).values())
    if found_again < 2 or 2 * found_again <= len(current):
        return set()
    again: set[int] = set()
    left = dict(before)
    for position in range(len(current) - 1, -1, -1):
        if left.get(current[position], 0) > 0:
            left[current[position]] -= 1
            again.add(position)
    return again


def entry_content_key(entry: Entry) -> int | None:
    """The content_key of an entry's title and text (its summary and content), as stored."""
    return content_key(entry.title, "\n".join((entry.summary, entry.content)))


def title_only(entry: Entry) -> bool:
    """Whether the entry has no words key: no text beside its title (see republish_key)."""
    text = "\n".join((entry.summary, entry.content))
    if not text or text.isspace():
        return True
    if "://" not in text and "www." not in text.casefold():
        return False  # some text and no address: _plain would leave it (the costly pass skipped)
    return not _plain(text)


def _plain(text: str) -> str:
    # Each entry a poll stores has its key made now (not only those sharing a stored entry's
    # date, as in stop 45), so the address pattern, the costly pass (it tries each position),
    # runs only on a text that may hold one; split() is the regex's spacing without the regex.
    folded = text.casefold()
    if "://" in folded or "www." in folded:
        folded = _ADDRESS.sub(" ", folded)
    return " ".join(folded.split())
