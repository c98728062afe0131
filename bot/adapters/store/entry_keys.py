"""Which of a poll's entries the store has by their keys, read for the whole batch at once
(EntryStore.entry_keys_read).

A first poll of 200 feeds x 50 new items asked EntryStore.entry_stored ~15,000 times, one
statement each (~5 us of the event loop's CPU, load 13): once per entry to tell the new ones
before the analysis (bot.pipeline.FeedPoller._may_be_new, bodies parsed in the bot) and
once more as each is stored (_stored_under_other_keys). Two statements a batch (its GUIDs in
this feed, its canonical URLs in any feed) answer them all: ~0.7 us an entry.

Likewise the words keys (bot/core/feeds/republished.py) of the entries new by id and link,
asked of EntryStore.items_with_words once each before the analysis and once as each is
stored, one statement each until stop 48: one statement more a batch (words_read) answers
them.
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.core.feeds.republished import MAX_TWINS_READ, StoredTwin


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
        # The words keys asked (words_read), the fetch time they were looked for from, and
        # the entries this feed stored with each of them since then (in the order stored).
        self._asked_words: set[int] = set()
        self._words_since: str | None = None
        self._stored_words: dict[int, list[StoredTwin]] = {}

    def words_read(self, since: str, asked: Iterable[int], stored: dict[int, list[StoredTwin]]) -> None:
        """The words keys `asked` were read for entries fetched at or after `since` (an ISO
        time, as stored): `stored` holds the entries found for each, in the order stored. A
        read from another moment replaces the earlier one."""
        if since != self._words_since:
            self._asked_words, self._stored_words, self._words_since = set(), {}, since
        self._asked_words.update(asked)
        self._stored_words.update(stored)

    def stored_words(self, feed_id: int, key: int, since: str) -> tuple[StoredTwin, ...] | None:
        """The entries feed `feed_id` stored with words `key` fetched at or after `since`, in the
        order stored, the newest MAX_TWINS_READ (bot/core/feeds/republished.py) at most (None:
        not known here, another feed, key or moment)."""
        if feed_id != self.feed_id or since != self._words_since or key not in self._asked_words:
            return None
        return tuple(self._stored_words.get(key, ())[-MAX_TWINS_READ:])

    def stored(self, feed_id: int, guid: str, canonical_url: str | None) -> bool | None:
        """Whether an entry of feed `feed_id` is stored under `guid` or `canonical_url`
        (None: not known here)."""
        if feed_id != self.feed_id or guid not in self._asked_guids \
                or (canonical_url and canonical_url not in self._asked_urls):
            return None
        return guid in self._stored_guids or bool(canonical_url) and canonical_url in self._stored_urls

    def inserted(self, feed_id: int, guid: str, canonical_url: str | None, words: int | None = None,
                 published: str | None = None) -> None:
        """An entry was stored under these keys (in this transaction), fetched now;
        `published`: its date as stored."""
        if feed_id == self.feed_id:
            self._stored_guids.add(guid)
            if words is not None and self._words_since is not None:
                self._stored_words.setdefault(words, []).append(StoredTwin(guid, canonical_url or None, published))
        if canonical_url:  # canonical URLs are unique across feeds
            self._stored_urls.add(canonical_url)
