"""Which of a poll's entries the store has by their keys, read for the whole batch at once
(EntryStore.entry_keys_read).

A first poll of 200 feeds x 50 new items asked EntryStore.entry_stored ~15,000 times, one
statement each (~5 us of the event loop's CPU, load 13): once per entry to tell the new ones
before the analysis (bot.pipeline.FeedPoller._may_be_new, bodies parsed in the bot) and
once more as each is stored (_stored_under_other_keys). Two statements a batch (its GUIDs in
this feed, its canonical URLs in any feed) answer them all: ~0.7 us an entry.
"""

from __future__ import annotations

from collections.abc import Iterable


class KnownEntryKeys:
    """The keys (this feed's GUIDs, any feed's canonical URLs) asked for a batch, and which of
    them were stored when it was read; told of each insert made while it is in use, so it
    answers as the statement would. A key it was not asked about gets no answer (None): the
    caller reads the store."""

    def __init__(self, feed_id: int, guids: Iterable[str], canonical_urls: Iterable[str],
                 stored_guids: set[str], stored_urls: set[str]):
        self.feed_id = feed_id
        self._asked_guids = set(guids)
        self._asked_urls = set(canonical_urls)
        self._stored_guids = stored_guids
        self._stored_urls = stored_urls

    def stored(self, feed_id: int, guid: str, canonical_url: str | None) -> bool | None:
        """Whether an entry of feed `feed_id` is stored under `guid` or `canonical_url`
        (None: not known here)."""
        if feed_id != self.feed_id or guid not in self._asked_guids \
                or (canonical_url and canonical_url not in self._asked_urls):
            return None
        return guid in self._stored_guids or bool(canonical_url) and canonical_url in self._stored_urls

    def inserted(self, feed_id: int, guid: str, canonical_url: str | None) -> None:
        """An entry was stored under these keys (in this transaction)."""
        if feed_id == self.feed_id:
            self._stored_guids.add(guid)
        if canonical_url:  # canonical URLs are unique across feeds
            self._stored_urls.add(canonical_url)
