"""Items a feed gives one id and one link although they differ: a template that writes the
same <guid> and <link> (the site's news page) into every item. The store knows an item by
its feed's id for it and by its link's canonical URL (the key across feeds), so every such
item but the first was "seen before" and dropped, silently and for good.

Such an item is known instead by the shared id with a digest of its text added, and has no
key across feeds (its link names no article of its own). Items sharing an id are seen when
one body of the feed holds several (distinct_items_under_one_id, at parsing); once the store
holds an item so named, a later item under the plain id is one more of them (bot.pipeline).
An item copied twice into one body is one item: the same text gives the same key.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import replace

from bot.core.models import Entry

# Between the shared id and the digest of the item's text.
SHARED_ID_MARK = "#pledgewatch-item-"


def item_under_shared_id(entry: Entry) -> Entry:
    """`entry` known by its id with a digest of its title and text added."""
    if under_shared_id(entry.guid):
        return entry
    text = "\n".join((entry.title, entry.summary, entry.content))
    digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()
    return replace(entry, guid=f"{entry.guid}{SHARED_ID_MARK}{digest}")


def under_shared_id(guid: str) -> bool:
    """Whether this id is one item's among several sharing one id and link."""
    return SHARED_ID_MARK in guid


def shared_id_prefix(guid: str) -> str:
    """What the ids of the items sharing `guid` start with."""
    return guid + SHARED_ID_MARK


def distinct_items_under_one_id(entries: list[Entry]) -> list[Entry]:
    """`entries`, those that share an id and a link with another of different text each
    known by its own (item_under_shared_id); the others as they are."""
    texts: dict[tuple[str, str], set[tuple[str, str, str]]] = defaultdict(set)
    for entry in entries:
        texts[(entry.guid, entry.url)].add((entry.title, entry.summary, entry.content))
    if all(len(kinds) == 1 for kinds in texts.values()):
        return entries
    return [item_under_shared_id(entry) if len(texts[(entry.guid, entry.url)]) > 1 else entry for entry in entries]
