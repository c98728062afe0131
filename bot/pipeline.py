"""The poll of one feed, end to end: fetch -> parse -> dedupe -> analyse -> story ->
store -> queue alerts. Orchestration only: decisions live in bot.core, I/O behind
the FeedSource and SqliteStore. Putting a relevant entry into its story (join, merge,
new story, pledges, alert) is bot.story_attachment's, called from here.

A poll's writes (entries, matches, stories, pledges, outbox rows and the feed's
new ETag/hash) commit in ONE transaction. A crash before the commit leaves the
feed state untouched, so the next poll fetches and processes the same items
again: nothing is lost, and the UNIQUE keys make sure nothing is doubled.

The analysis of a poll's new entries (rules, pledges, story fingerprints: CPU-bound, pure)
runs BEFORE that transaction, off the event loop: in the analysis worker process for a
large batch, or any batch once that worker runs (bot.analysis_worker: setting
`analysis_workers`), else in a worker thread, so chat commands and the web tracker are
answered while it runs; the transaction itself, and
the story attachment, stay on the loop's thread and span no await (a chat command's writes
would otherwise join the poll's transaction).
"""

from __future__ import annotations

import asyncio
import logging
import traceback
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, fields, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING
from urllib.parse import urljoin

from bot.adapters.feed_items import ItemChunks, UnchangedItems, join_item_hashes, split_item_hashes
from bot.adapters.feed_parse import ParsedFeed, guid_of_link, parse_feed_document, utf8_feed_body
from bot.adapters.sqlite_store import SqliteStore
from bot.adapters.store.entries import KEY_OF_ENTRY
from bot.core.analysis import Analyzer, entry_body
from bot.core.feeds.dates import plausible_published
from bot.core.feeds.republished import entry_content_key, same_item_again
from bot.core.feeds.shared_ids import item_under_shared_id, shared_id_prefix, under_shared_id
from bot.core.feeds.urls import (
    check_site,
    dominant_site,
    shown_feed_url,
    without_feed_secrets,
)
from bot.core.feeds.websub import links_from_header
from bot.core.models import Analysis, Entry, Feed, FeedState, FetchResult, PollResult
from bot.core.ports import Clock, FeedSource
from bot.core.stories.fingerprint.fingerprints import StoryFingerprint
from bot.errors import FeedError, StoreError
from bot.feed_state_writes import save_failure, save_success
from bot.fetch_slot import FetchSlot
from bot.poll_analysis import ANALYSIS_LOCK, NOT_READ, FeedDocument, PreparedEntry, analyse_each, canonical_of
from bot.story_attachment import StoryAttacher
from bot.story_budget import StoryBudget
from bot.work_in_hand import WorkInHand

if TYPE_CHECKING:  # imported by the App only when a worker is asked for (multiprocessing, ~15 ms)
    from bot.analysis_worker import AnalysisWorkers

log = logging.getLogger(__name__)


# Polls that parse and store a changed body at the same time (see FeedPoller.poll).
CHANGED_FEEDS_AT_ONCE = 2
# Items of one poll that may be left out for failing (see _store_without_failing_items):
# each costs the poll's work again, and more means a bug met by many items, not one item.
MAX_ITEMS_LEFT_OUT = 3
# Relevant entries of one feed put into stories in one poll. Story matching compares each
# with the window's stories, on the loop's thread inside the poll's transaction: a feed
# bringing a thousand relevant reports alike in one poll (hostile, or just very busy) made
# half a million comparisons, minutes in which no other feed was polled and no chat
# answered. The rest are stored at once, relevant and in no story yet ("waiting"), and put
# into their stories first thing at the feed's next polls (see _attach_waiting). The real
# feeds bring a few relevant items a poll (at most 7 of one outlet on the real-article set).
RELEVANT_ENTRIES_PER_POLL = 100
# A feed's item hashes when entries of it wait for their story: it matches no item's hash
# (split_item_hashes), so the next poll parses the feed in full, as after an older
# full-body hash, and gets to the waiting entries even though the feed did not change.
_NO_ITEM_SEEN = "entries-waiting-for-their-story"


@dataclass(frozen=True)
class PollLimits:
    poll_interval: int = 600
    max_alerts_per_poll: int = 20
    story_window: timedelta = timedelta(hours=48)
    # How far back an item with new id, link and date is looked for by its words
    # (_stored_under_other_keys): the settings' retention_days, after which the entries no
    # rule matched are deleted anyway.
    retention: timedelta = timedelta(days=30)


def _read_keys(entries: list[PreparedEntry]) -> Iterator[tuple[str, str | None]]:
    """The (GUID, canonical URL) of each prepared entry whose canonical URL was read
    already (the others' keys are read one by one, as they are stored)."""
    return ((prepared.entry.guid, prepared.canonical) for prepared in entries if prepared.canonical is not NOT_READ)


def _read_words(entries: list[PreparedEntry]) -> Iterator[int]:
    """The words key of each prepared entry that has one made already (see _analysed)."""
    return (prepared.key for prepared in entries if isinstance(prepared.key, int))


class UnchangedNames:
    """The GUIDs and canonical links of the items a poll left unparsed as unchanged
    (UnchangedItems), as the store holds them: those items parsed as the changed ones are
    (parse_feed_document, canonical_of), once a poll and only when a newcomer asks (few polls
    do: one whose new item shares a stored item's words). Searching the unparsed bytes for each
    asked id instead missed every id or link the parser rewrites (CDATA, entities, relative or
    tracking links, long ids) and scanned all those bytes at each question: 100 rotated items
    beside one unchanged 1 MB item cost 4.5 s of CPU a poll; one parse of it costs 0.05 s."""

    def __init__(self, unchanged: UnchangedItems, feed_url: str, content_type: str | None, lang: str | None):
        self._unchanged: UnchangedItems | None = unchanged
        self._where = (feed_url, content_type, lang)
        self._names: set[str] | None = None

    @property
    def unread(self) -> bool:
        """Whether there are unchanged items, not parsed yet."""
        return self._names is None and self._unchanged is not None and self._unchanged.held

    def names(self) -> set[str]:
        if self._names is None:
            document, self._unchanged = (self._unchanged.document() if self._unchanged else b""), None
            self._names = _listed_names(document, *self._where) if document else set()
        return self._names


def _listed_names(document: bytes, feed_url: str, content_type: str | None, lang: str | None) -> set[str]:
    """The GUIDs and canonical links of the entries of `document` (empty if it does not parse:
    it parsed whole with the changed items at the last poll, so hardly ever)."""
    try:
        entries = parse_feed_document(document, feed_url, content_type=content_type, lang=lang).entries
    except FeedError:
        return set()
    names = {entry.guid for entry in entries}
    names.update(canonical for entry in entries if (canonical := canonical_of(entry)))
    return names


class ListedItems:
    """The GUIDs and canonical links of the items a poll read from its feed, gathered at the
    first question (only an item sharing a stored one's words asks), and of the items it left
    unparsed as unchanged: a stored twin listed among them is still in the feed, so the
    newcomer is another article."""

    def __init__(self, items: Iterable[tuple[Entry, str | None]], unchanged: UnchangedNames | None):
        self._items = items
        self._unchanged = unchanged
        self._keys: set[str] | None = None

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str):
            return False
        if self._keys is None:
            self._keys = set()
            for entry, canonical in self._items:
                self._keys.add(entry.guid)
                canonical = canonical_of(entry) if canonical is NOT_READ else canonical
                if canonical:
                    self._keys.add(canonical)
        return key in self._keys or (self._unchanged is not None and key in self._unchanged.names())


class FeedPoller:
    """Polls feeds into the store. `analyzer` is a callable so rule edits made
    between polls take effect on the next poll without a restart."""

    def __init__(
        self,
        store: SqliteStore,
        source: FeedSource,
        analyzer: Callable[[], Analyzer],
        clock: Clock,
        limits: PollLimits = PollLimits(),
        on_alerts_queued: Callable[[], None] | None = None,
        analysis_workers: AnalysisWorkers | None = None,
        story_attacher: StoryAttacher | None = None,
    ):
        self.store = store
        self.source = source
        self.analyzer = analyzer
        self.clock = clock
        self.limits = limits
        self.on_alerts_queued = on_alerts_queued
        # Where a large batch of new entries is analysed (bot.analysis_worker); None, or a
        # small batch: in a worker thread of this process.
        self.analysis_workers = analysis_workers
        # Set by the WebSub side (App.websub): called with (feed, hub, topic) when a
        # polled feed names a hub.
        self.on_hub: Callable[[Feed, str, str], None] | None = None
        # Puts relevant entries into stories; it keeps the window's stories parsed for as
        # long as it lives: this poller's life (the run, or one `poll --once`), or its
        # owner's, who passes it to each poller (the App, to every `poll_once` of a process).
        self.story_attacher = story_attacher or StoryAttacher(store, limits.story_window, limits.max_alerts_per_poll)
        # `run` lowers this to DEBUG and logs one summary per polling round instead.
        self.failure_log_level = logging.WARNING
        self._changed_slots: asyncio.Semaphore | None = None  # made on the loop, at first use
        self._changed_polls = 0  # polls with a changed body, parsing, storing or waiting to
        # What this process has to do of the changed bodies that have their turn, weighed
        # against the analysis worker's when a body is handed over (see bot.work_in_hand).
        self.work_in_hand = WorkInHand()
        self._current_entry: Entry | None = None  # the item being stored, while a poll stores
        self._items_left_out: set[tuple[int | None, str]] = set()  # (feed id, GUID) logged as left out
        self._republishing: set[int | None] = set()  # feeds said to give their items new ids and links
        # The last warning logged per feed id (see _warn_once).
        self._warned: dict[int, str] = {}

    async def poll(self, feed: Feed, fetch_slots: asyncio.Semaphore | None = None) -> PollResult:
        """Poll one feed. Never raises for a feed problem: the result carries the error.
        `fetch_slots`: the caller's bound on polls fetching at once (max_concurrent_fetches).
        The poll holds one slot from its start until it has nothing more to fetch and no
        body waiting for its turn: a changed body gives its slot back when its parse and
        store begin (see FetchSlot)."""
        async with FetchSlot(fetch_slots) as fetch_slot:
            return await self._poll(feed, fetch_slot)

    async def _poll(self, feed: Feed, fetch_slot: FetchSlot) -> PollResult:
        assert feed.id is not None, "feeds are polled once stored"
        result = PollResult(feed_url=feed.url)
        state = self.store.feed_state(feed.id)
        interval = feed.interval or self.limits.poll_interval
        try:
            fetched = await self.source.fetch(feed.url, state.etag, state.last_modified, from_chat=feed.from_chat)
            result.fetched = True
            # Kept with the feed's state by whichever success is saved: `feeds list` and
            # `status` show it to the operator (the stored address stays theirs).
            state = replace(state, moved_to=fetched.moved_to)
            if fetched.not_modified:
                result.not_modified = True
                save_success(self.store, self.clock, feed, state, interval, etag=fetched.etag or state.etag,
                             last_modified=fetched.last_modified or state.last_modified)
                return result
            # Which items are new, before parsing (see ItemChunks, which reads UTF-8).
            body, content_type = utf8_feed_body(fetched.body or b"", fetched.content_type)
            fetched = replace(fetched, body=body, content_type=content_type)
            chunks = ItemChunks(body)
            if chunks.unfinished:
                fetched = self._cut_short(feed, fetched)
            hashes = chunks.hashes()
            stored = split_item_hashes(state.content_hash)
            seen = {number for number, item_hash in enumerate(hashes) if item_hash in stored}
            if len(seen) == len(hashes):
                # The same items without a 304 (servers that ignore conditional GET, or that
                # rewrite a timestamp in the channel on every request): nothing new, no parse.
                result.unchanged = True
                save_success(self.store, self.clock, feed, state, interval, etag=fetched.etag,
                             last_modified=fetched.last_modified)
                return result
            digest = join_item_hashes(hashes)
            to_parse = len(hashes) - len(seen)
            self._say_left_out(feed, {n: why for n, why in chunks.too_costly.items() if n not in seen})
            body = chunks.without(seen)
            unchanged = UnchangedItems(chunks, seen)  # what a newcomer's stored twin may be listed among
            result.entries = len(seen)  # the parsed ones are added below
            del chunks
        except FeedError as exc:
            return self._fetch_failed(feed, state, interval, exc, result)
        except StoreError as exc:  # saving an unchanged feed's state: the database, not the feed
            return self._store_failed(feed, state, interval, exc, result)
        except Exception as exc:  # noqa: BLE001 - see _unexpected_failure
            return self._unexpected_failure(feed, state, interval, exc, result)
        # A changed body is parsed and stored by at most CHANGED_FEEDS_AT_ONCE polls at a
        # time: with a hundred fetches in flight, the parsed entries of every feed whose
        # fetch had ended sat waiting for the loop to store them (the first round of
        # 1,000 feeds peaked at 150 MiB). Both steps hold the GIL, so more at once would
        # not be faster anyway.
        if self._changed_slots is None:
            self._changed_slots = asyncio.Semaphore(self._changed_feeds_at_once())
        # A body that has to wait for a slot waits compressed (zlib level 1, ~0.3 ms for
        # 80 KB): a hundred fetches ending together held ~8 MiB of decoded bodies, the
        # largest part of the first round's peak memory above steady polls.
        waiting = self._changed_slots.locked()
        if waiting:
            body = zlib.compress(body, 1)
            unchanged.compress()
            fetched = replace(fetched, body=None)
        self._changed_polls += 1
        try:
            async with self._changed_slots:
                fetch_slot.give_back()
                if waiting:
                    body = zlib.decompress(body)
                with self.work_in_hand.storing(to_parse):  # its transaction is this process's, wherever it is parsed
                    return await self._parse_and_store(feed, state, interval, fetched, body, digest, to_parse, result,
                                                       unchanged)
        finally:
            self._changed_polls -= 1
            if not self._changed_polls:
                self._index_deferred_entries(feed)

    def _index_deferred_entries(self, feed: Feed) -> None:
        """The search index of the entries that polls stored while others were coming
        (see _store_entries), written once the last of those polls is over: usually by
        its own commit already; here when it stored nothing (it failed, or was cancelled).
        A database that refuses it now leaves them queued for the next poll's commit."""
        try:
            self.store.index_queued_entries()
        except StoreError as exc:
            log.error("feed %s: writing the search index failed: %s", shown_feed_url(feed.url), exc)

    def _changed_feeds_at_once(self) -> int:
        """CHANGED_FEEDS_AT_ONCE, and one more per body the analysis worker processes may hold
        (the one each parses, and the QUEUED_BODIES behind it): a poll whose body is in a worker
        (or waits for it) uses no CPU of this process, and with two slots both could wait on
        one worker while this process, free to parse and store the next feed, had none to take."""
        workers = self.analysis_workers
        return CHANGED_FEEDS_AT_ONCE + (workers.bodies_at_once if workers is not None and workers.in_use else 0)

    @staticmethod
    def _say_left_out(feed: Feed, too_costly: dict[int, str]) -> None:
        """Warn of the items left out as too costly to parse (see ItemChunks), once: their
        hashes are stored with the others, so the next poll finds them seen."""
        if too_costly:
            count = len(too_costly)
            reasons = "; ".join(f"item {n + 1}: {why}" for n, why in sorted(too_costly.items())[:3])
            log.warning("feed %s: %d item%s left out, too costly to parse (%s)", shown_feed_url(feed.url), count,
                        "" if count == 1 else "s", reasons)

    @staticmethod
    def _cut_short(feed: Feed, fetched: FetchResult) -> FetchResult:
        """A body ending inside an item, its validators dropped. Its last item is left out
        (see ItemChunks); the validators are the whole feed's, and kept, they made the next
        poll a "not modified", so that item waited for the feed's next change."""
        log.warning("feed %s: the body ends inside an item (cut short?); that item is read at the next poll",
                    shown_feed_url(feed.url))
        return replace(fetched, etag=None, last_modified=None)

    def _fetch_failed(self, feed: Feed, state: FeedState, interval: int, exc: FeedError,
                      result: PollResult) -> PollResult:
        error = without_feed_secrets(str(exc), feed.url)
        # (its kind and details tell it in a chat's language: /status; a detail the fetcher
        # wrote from the address is scrubbed as the message is)
        details = tuple((name, without_feed_secrets(value, feed.url) if isinstance(value, str) else value)
                        for name, value in exc.details.items())
        save_failure(self.store, self.clock, feed, state, interval, error,
                     retry_after=getattr(exc, "retry_after", None), kind=exc.kind, details=details)
        result.error = error
        log.log(self.failure_log_level, "feed %s failed: %s", shown_feed_url(feed.url), error)
        return result

    def _unexpected_failure(self, feed: Feed, state: FeedState, interval: int, exc: Exception,
                            result: PollResult) -> PollResult:
        """A fetch or parse that raised something other than a FeedError: a bug, or input
        nobody foresaw (a Content-Encoding header stacking a thousand codings once ended in
        RecursionError). It is this feed's failure, recorded and backed off like any other:
        escaping, it ended `poll` with a traceback and every other feed's results lost."""
        # The traceback as text, scrubbed like the message: either may quote the URL.
        trace = without_feed_secrets("".join(traceback.format_exception(exc)), feed.url)
        error = without_feed_secrets(f"unexpected error: {type(exc).__name__}: {exc}", feed.url)
        log.error("feed %s: unexpected error while fetching or parsing\n%s", shown_feed_url(feed.url), trace.rstrip())
        try:
            save_failure(self.store, self.clock, feed, state, interval, error)
        except Exception:  # noqa: BLE001 - the database itself may be the problem
            log.exception("feed %s: recording the failure failed too", shown_feed_url(feed.url))
        result.error = error[:500]
        return result

    def _store_failed(self, feed: Feed, state: FeedState, interval: int, exc: Exception,
                      result: PollResult) -> PollResult:
        """A poll whose writes failed: nothing of it is kept (fetched again next time).
        A StoreError is an expected condition (a database locked by another process, read
        only, a full disk): one line, no traceback. A locked database once gave two
        tracebacks, the first calling it an "unexpected error while fetching or parsing"."""
        if isinstance(exc, StoreError):
            log.error("feed %s: storing the poll failed: %s", shown_feed_url(feed.url), exc)
        else:
            log.exception("feed %s: storing the poll failed", shown_feed_url(feed.url))
        result.error = f"storing failed: {type(exc).__name__}: {exc}"
        try:
            save_failure(self.store, self.clock, feed, state, interval, result.error)
        except StoreError as again:  # the same database problem: said once above
            log.debug("feed %s: recording the failure failed too: %s", shown_feed_url(feed.url), again)
        except Exception:  # noqa: BLE001 - the database itself may be the problem
            log.exception("feed %s: recording the failure failed too", shown_feed_url(feed.url))
        return result

    async def _parse_and_store(self, feed: Feed, state: FeedState, interval: int, fetched: FetchResult,
                               body: bytes, digest: str, to_parse: int, result: PollResult,
                               unchanged: UnchangedItems) -> PollResult:
        """Parse `body` (the fetched body without the items stored before, `unchanged`;
        `to_parse` items) and store it. A large body (or any, once a worker runs) is parsed and analysed in the
        analysis worker process when it has no more work in hand than this one (see _parsed_in_worker), else parsed
        here and analysed as _analysed says."""
        base_url = fetched.final_url or feed.url
        listed_unchanged = UnchangedNames(unchanged, base_url, fetched.content_type, feed.lang)
        workers = self.analysis_workers
        deaths_before = 0 if workers is None else workers.deaths
        in_worker = await self._parsed_in_worker(feed, FeedDocument(body, base_url, fetched.content_type, feed.lang),
                                                 to_parse)
        # A worker that died with this body: its entries are analysed here, as the death's log line
        # says. The replacement the analysis step starts was once ready in time to take them (a CI
        # run, stop 57). A death on another feed's poll meanwhile keeps this batch here too: harmless.
        worker_died = workers is not None and workers.deaths > deaths_before
        # Parsed and analysed here, the body counts in this process's work in hand until its analysis is done.
        done_here = ExitStack()
        if in_worker is None:
            done_here.enter_context(self.work_in_hand.analysing(to_parse))
        with done_here:
            if in_worker is None:
                try:
                    # feedparser is CPU-bound: keep it off the event loop. Relative links are read
                    # against the address that answered: a feed that moved (a redirect) had them
                    # made absolute against its old address, pages that are not there.
                    parsed = await asyncio.to_thread(parse_feed_document, body, base_url,
                                                     content_type=fetched.content_type, lang=feed.lang)
                except FeedError as exc:
                    return self._fetch_failed(feed, state, interval, exc, result)
                except Exception as exc:  # noqa: BLE001 - see _unexpected_failure
                    return self._unexpected_failure(feed, state, interval, exc, result)
            else:
                parsed, analysed, analyzer = in_worker

            # The answer's warning (a body said to be compressed, sent as it is) and the feed's.
            self._warn_once(feed, "; ".join(w for w in (fetched.warning, parsed.warning) if w) or None)
            self._announce_hub(feed, parsed, fetched.link_header, base_url)
            entries = parsed.entries
            result.entries += len(entries)
            try:
                if in_worker is None:
                    analyzer = self.analyzer()  # one snapshot of the rules for the whole poll
                    prepared = await self._analysed(feed, entries, analyzer, listed_unchanged, own_share=to_parse,
                                                    to_worker=not worker_died)
                    done_here.close()
                else:  # every entry parsed, analysed: those stored before are skipped by their insert (_process_entry)
                    prepared = analysed
                result = self._store_without_failing_items(feed, state, interval, prepared, analyzer, fetched.etag,
                                                           fetched.last_modified, digest, result, listed_unchanged)
            except Exception as exc:  # noqa: BLE001 - a bug or a locked database must not silently stall one feed
                # The transaction rolled back: nothing of this poll is kept, and the feed is
                # backed off with the error visible in `status`, like a fetch failure.
                failed = PollResult(feed_url=feed.url, fetched=True, entries=len(entries))
                return self._store_failed(feed, state, interval, exc, failed)
            if (result.alerts_queued or result.updates_queued) and self.on_alerts_queued:
                self.on_alerts_queued()
            return result

    async def _parsed_in_worker(self, feed: Feed, document: FeedDocument,
                                to_parse: int) -> tuple[ParsedFeed, list[PreparedEntry], Analyzer] | None:
        """The body parsed, and every entry of it analysed, by the analysis worker process
        (bot.analysis_worker), or None: parse it here. With the worker analysing only, the
        bot's process still parsed every body, ~2.9 s of CPU on one core in a first cycle
        of 200 feeds x 50 items, while the worker's core was idle ~40% of the cycle
        (bench/README.md). A body goes to the worker only when it holds no more than this
        process has in hand (self.work_in_hand), so both stay busy: this one parses the next
        body while the worker has its share.
        With the parsed feed and its analyses, the snapshot of the rules they were made with."""
        workers = self.analysis_workers
        if workers is None or not workers.takes(to_parse):
            return None
        try:
            analyzer = self.analyzer()  # one snapshot of the rules for the whole poll
        except Exception:  # noqa: BLE001 - raised again where the poll parsed here takes it: a store failure
            return None
        workers.launch()  # on the loop's (main) thread: see bot.analysis_worker.AnalysisWorkers.launch
        # This process's work in hand other than this body (its transaction is counted: it is this process's
        # either way), against which the worker's is weighed.
        answer = await asyncio.to_thread(workers.parse_and_analyse, analyzer, feed.id, document, to_parse,
                                         shown_feed_url(feed.url), self.work_in_hand.items)
        return None if answer is None else (*answer, analyzer)

    async def _analysed(self, feed: Feed, entries: list[Entry], analyzer: Analyzer,
                        unchanged: UnchangedNames | None = None, own_share: int | None = None,
                        to_worker: bool = True) -> list[PreparedEntry]:
        """`entries` with the analyses of those the store does not have yet, made off the loop
        (see _analyse): a poll of 1,000 relevant new items spent ~16 s of CPU analysing them
        on the event loop, and no chat command or web page was answered meanwhile. Which entries
        are new is read from the store first (cheap indexed reads, on the loop's thread as
        every store call), so a poll of items seen before analyses nothing. The insert
        still decides: another feed's poll may store the same article while this one's
        analysis runs (see _process_entry). `own_share`: the items this poll counts in the work
        in hand (see _analyse); `to_worker` false: analysed in this process whatever the batch."""
        canonicals = [canonical_of(entry) for entry in entries]  # read once: the store step uses them too
        since = self.clock.now() - self.limits.retention
        pairs = list(zip(entries, canonicals))
        read_keys = [(entry.guid, canonical) for entry, canonical in pairs]
        # Their keys read for the batch (EntryStore.entry_keys_read, words_read): no await in between.
        with self.store.entry_keys_read(feed.id, read_keys):
            # The words key of each entry new by its id and link (NOT_READ for the others).
            keys = [NOT_READ if self.store.entry_stored(feed.id, entry.guid, canonical) else entry_content_key(entry)
                    for entry, canonical in pairs]
            self.store.words_read(feed.id, (key for key in keys if key is not NOT_READ), since)
            # A newcomer sharing a stored item's words may ask which ids and links the unchanged
            # items list: those are parsed first, off the loop (0.05 s of CPU a MB, as the changed ones).
            read_unchanged = unchanged is not None and unchanged.unread and any(
                self.store.items_with_words(feed.id, key, since) for key in keys if isinstance(key, int))
            if not read_unchanged:
                listed = ListedItems(pairs, unchanged)
                looked = [self._may_be_new(feed, entry, canonical, key, since, listed)
                          for entry, canonical, key in zip(entries, canonicals, keys)]
        if read_unchanged:
            await asyncio.to_thread(unchanged.names)
            with self.store.entry_keys_read(feed.id, read_keys):  # read again: another poll may have stored since
                self.store.words_read(feed.id, (key for key in keys if key is not NOT_READ), since)
                listed = ListedItems(pairs, unchanged)
                looked = [self._may_be_new(feed, entry, canonical, key, since, listed)
                          for entry, canonical, key in zip(entries, canonicals, keys)]
        analysed = iter(await self._analyse(feed, [entry for entry, (is_new, _) in zip(entries, looked) if is_new],
                                            analyzer, own_share, to_worker))
        return [next(analysed)._replace(canonical=canonical, key=key) if is_new
                else PreparedEntry(entry, None, None, canonical, key)
                for entry, (is_new, key), canonical in zip(entries, looked, canonicals)]

    async def _analyse(self, feed: Feed, entries: list[Entry], analyzer: Analyzer,
                       own_share: int | None = None, to_worker: bool = True) -> list[PreparedEntry]:
        """`entries` analysed in the analysis worker process when the batch is large enough
        and a worker is ready and free (see bot.analysis_worker), else in a worker thread here:
        the same analyse_each either way, so the same rows. `own_share`: this poll's items
        in the work in hand; given, a worker busy with less than the rest of it takes the
        batch too, as a body (_parsed_in_worker)."""
        workers = self.analysis_workers
        if to_worker and workers is not None and workers.takes(len(entries)):
            workers.launch()  # on the loop's (main) thread: see bot.analysis_worker.AnalysisWorkers.launch
            here = None if own_share is None else self.work_in_hand.items - own_share
            prepared = await asyncio.to_thread(workers.analyse, analyzer, feed.id, entries, shown_feed_url(feed.url),
                                               wait=False, here=here)
            if prepared is not None:
                return prepared
        return await asyncio.to_thread(analyse_each, analyzer, feed.id, entries)

    def _may_be_new(self, feed: Feed, entry: Entry, canonical: str | None, key: int | None | str,
                    since: datetime, listed: ListedItems) -> tuple[bool, int | None | str]:
        """Whether _process_entry's insert may store `entry` (whose canonical URL is
        `canonical`), asked without writing: the same keys (feed GUID, canonical URL), and
        the same second tries: under the link's GUID when the feed gave the GUID to another
        link before, under the shared id with the text's digest when the feed gives its id
        and link to several items. (An entry found new only at insert is analysed there, on
        the loop's thread.) `key`: its words' key when it is new by its id and link (else
        NOT_READ), returned with the answer; `since`: the retention window's start; `listed`:
        the items of this poll."""
        if key is not NOT_READ:
            return not self._stored_under_other_keys(feed, entry, canonical, key, since, listed, warn=False), key
        if canonical and self.store.guid_names_another_url(feed.id, entry.guid, canonical) \
                and not self.store.entry_stored(feed.id, guid_of_link(entry.url), canonical):
            return True, NOT_READ
        return (not under_shared_id(entry.guid)
                and self.store.feed_has_guids_from(feed.id, shared_id_prefix(entry.guid))
                and not self.store.entry_stored(feed.id, item_under_shared_id(entry).guid, None)), NOT_READ

    def _store_without_failing_items(
        self, feed: Feed, state: FeedState, interval: int, entries: list[PreparedEntry], analyzer: Analyzer,
        etag: str | None, last_modified: str | None, digest: str, result: PollResult,
        unchanged: UnchangedNames | None = None,
    ) -> PollResult:
        """_store_entries, again without an item whose own processing raised (a bug met
        on its text: a 310-digit amount once overflowed a float in the number reader).
        Such an exception rolled the whole poll back, and as the item stayed in the feed,
        the feed failed on every poll, none of its other items stored. The others are
        stored; the feed's item hashes are left as they were, so the item left out is read
        again on the next change of the feed (after an upgrade that fixed the bug, it is
        stored then). It is logged with its traceback once per process. When every new
        item fails (a bug met by all of them), or more than MAX_ITEMS_LEFT_OUT do, or the
        error is the database's or outside any item, the poll fails as before."""
        start = replace(result, matched_titles=list(result.matched_titles),
                        story_updates=list(result.story_updates))
        first_error: Exception | None = None
        left_out: list[Entry] = []
        while True:
            self._current_entry = None
            try:
                self._store_entries(feed, state, interval, entries, analyzer, etag, last_modified, digest, result,
                                    unchanged)
                return result
            except StoreError:
                raise
            except Exception as exc:
                failing = self._current_entry
                if failing is None or len(left_out) == MAX_ITEMS_LEFT_OUT:
                    raise first_error or exc from None
                first_error = first_error or exc
                left_out.append(failing)
                said = (feed.id, failing.guid)
                if said in self._items_left_out:
                    log.debug("feed %s: item %r left out again", shown_feed_url(feed.url), failing.title[:80])
                else:
                    self._items_left_out.add(said)
                    log.exception("feed %s: item %r could not be processed; the poll is stored without it",
                                  shown_feed_url(feed.url), failing.title[:80])
            entries = [prepared for prepared in entries if prepared.entry is not failing]
            if not entries:  # every item failed: a bug met by all, not one item's text
                raise first_error
            digest = state.content_hash or ""
            result = replace(start, matched_titles=list(start.matched_titles),
                             story_updates=list(start.story_updates))

    async def ingest(self, feed_id: int, body: bytes, content_type: str | None) -> PollResult:
        """Store what a WebSub hub pushed for a feed, as a poll would have stored it.

        A body that is not a feed is logged and dropped (the hub sending it again would
        not help); a failure to store it raises, so the hub is told to push it again.
        """
        feed = next((f for f in self.store.list_feeds() if f.id == feed_id), None)
        if feed is None:
            return PollResult(feed_url="", error="no such feed (removed?)")
        result = PollResult(feed_url=feed.url, fetched=True)
        # Only the first items, as for a poll (see ItemChunks): the hub is one the feed
        # named, possibly on its own host, and may push a 100,000-item body at will.
        try:
            body, content_type = utf8_feed_body(body, content_type)
            body = ItemChunks(body).without(set())
            parsed = await asyncio.to_thread(parse_feed_document, body, feed.url, content_type=content_type,
                                             lang=feed.lang)
        except FeedError as exc:
            log.warning("feed %s: pushed content dropped: %s", shown_feed_url(feed.url), exc)
            result.error = str(exc)
            return result
        self._warn_once(feed, parsed.warning)
        result.entries = len(parsed.entries)
        analyzer = self.analyzer()
        prepared = await self._analysed(feed, parsed.entries, analyzer)
        state = self.store.feed_state(feed_id)
        # The HTTP validators and the body hash describe what a GET returns; a push keeps them.
        result = self._store_without_failing_items(feed, state, feed.interval or self.limits.poll_interval,
                                                   prepared, analyzer, state.etag, state.last_modified,
                                                   state.content_hash or "", result)
        if (result.alerts_queued or result.updates_queued) and self.on_alerts_queued:
            self.on_alerts_queued()
        return result

    def _warn_once(self, feed: Feed, warning: str | None) -> None:
        """Log a feed's warning (an encoding that decodes nothing...) when it is new for
        that feed: the feed says the same on every changed body, and a bot left running
        for weeks wrote the same line every poll interval. The same warning again goes
        to the debug log; a feed that stops deserving it, then deserves it again, or
        whose warning changes (another declared encoding), is warned about anew."""
        assert feed.id is not None
        if warning is None:
            self._warned.pop(feed.id, None)
            return
        level = logging.DEBUG if self._warned.get(feed.id) == warning else logging.WARNING
        self._warned[feed.id] = warning
        log.log(level, "feed %s: %s", shown_feed_url(feed.url), warning)

    def _announce_hub(self, feed: Feed, parsed: ParsedFeed, link_header: str | None, base_url: str) -> None:
        """Tell the WebSub side about a hub the feed names (HTTP Link header first, as
        the WebSub recommendation says, then the feed's own <link rel="hub">)."""
        if self.on_hub is None:
            return
        links = links_from_header(link_header)
        hub = urljoin(base_url, links["hub"]) if "hub" in links else parsed.hub
        topic = urljoin(base_url, links["self"]) if "self" in links else parsed.self_url
        if hub and hub.startswith(("http://", "https://")):
            self.on_hub(feed, hub, topic or feed.url)

    def _store_entries(
        self, feed: Feed, state: FeedState, interval: int, entries: list[PreparedEntry], analyzer: Analyzer,
        etag: str | None, last_modified: str | None, digest: str, result: PollResult,
        unchanged: UnchangedNames | None = None,
    ) -> None:
        """Everything one poll writes, in one transaction (see the module docstring);
        `unchanged`: the items of the body left unparsed, unchanged since the last poll."""
        seen_site = dominant_site(prepared.entry.url for prepared in entries)
        site, foreign_polls, suspicious = check_site(state.site, seen_site, state.foreign_polls)
        if suspicious:
            result.foreign_site = seen_site
        state = replace(state, site=site, foreign_polls=foreign_polls)
        # While other polls of changed bodies are on their way, the search index of this
        # poll's entries waits to be written with theirs, by the last to commit
        # (EntryStore.search_index_left_queued; poll() sees to it when that one fails).
        # New entries and their hits are written together, not one statement each (EntryStore.entries_held).
        with self.story_attacher.index_follows_rollback(), \
                self.store.search_index_left_queued(self._changed_polls > 1), self.store.transaction(), \
                self.store.entry_keys_read(feed.id, _read_keys(entries)), self.store.entries_held():
            since = self.clock.now() - self.limits.retention  # the window of _stored_under_other_keys
            entries = self._with_words_keys(feed, entries)
            self.store.words_read(feed.id, _read_words(entries), since)
            budget = StoryBudget(RELEVANT_ENTRIES_PER_POLL)
            self._attach_waiting(feed, analyzer, result, budget)
            listed = ListedItems([(prepared.entry, prepared.canonical) for prepared in entries], unchanged)
            for prepared in entries:
                # Which item an exception came from (see _store_without_failing_items).
                self._current_entry = prepared.entry
                self._process_entry(feed, prepared, analyzer, result, budget, since, listed)
            self._current_entry = None
            if budget.put_off or budget.earlier_waiting:
                # No validators, no item seen: the next poll reads the feed and attaches them.
                etag = last_modified = None
                digest = _NO_ITEM_SEEN
                log.warning("feed %s: relevant entries wait for the next poll to put them into stories "
                            "(%d of this poll's; at most %d a poll)", shown_feed_url(feed.url), budget.put_off,
                            budget.size)
            save_success(self.store, self.clock, feed, state, interval, etag=etag, last_modified=last_modified,
                         content_hash=digest, new_entries=result.new_entries)
            if suspicious:
                self.store.audit(
                    "poller", "feed.anomaly", shown_feed_url(feed.url), {"site": state.site},
                    {"site": seen_site, "reason": "content from another site; items stored, not alerted",
                     "not_alerted": result.alerts_suppressed},
                    self.clock.now(),
                )
            elif result.alerts_suppressed:
                # A feed that suddenly yields many "new" stories (e.g. it rewrites every
                # GUID on each poll) must not flood chats; record it for the operator.
                self.store.audit(
                    "poller", "feed.anomaly", shown_feed_url(feed.url), None,
                    {"new_stories": result.new_stories, "not_alerted": result.alerts_suppressed},
                    self.clock.now(),
                )

    def _with_words_keys(self, feed: Feed, entries: list[PreparedEntry]) -> list[PreparedEntry]:
        """`entries`, each new by its id and link with its words key made (those the analysis
        worker process parsed come with theirs made there: bot.analysis_worker._outcome), so
        that words_read asks for them all at once."""
        return [prepared._replace(key=entry_content_key(prepared.entry))
                if prepared.key is NOT_READ and prepared.canonical is not NOT_READ
                and not self.store.entry_stored(feed.id, prepared.entry.guid, prepared.canonical) else prepared
                for prepared in entries]

    # -- steps ------------------------------------------------------------------

    def _process_entry(self, feed: Feed, prepared: PreparedEntry, analyzer: Analyzer, result: PollResult,
                       budget: StoryBudget, since: datetime, listed: ListedItems) -> None:
        """Store one entry of the poll with its analysis made beforehand (see _analysed).
        A relevant entry beyond the poll's `budget` is stored waiting for its story;
        `since`, `listed`: the retention window's start and the poll's items (see
        _stored_under_other_keys)."""
        entry, analysis = prepared.entry, prepared.analysis
        now = self.clock.now()
        published = plausible_published(entry.published, now)
        if published != entry.published:  # 2099 or 1970: a broken clock, not a date (see bot.core.feeds.dates)
            entry = replace(entry, published=published)
        canonical = canonical_of(entry) if prepared.canonical is NOT_READ else prepared.canonical
        # Found not relevant: its whole verdict (a score, no story) is stored with the row.
        unrelated = isinstance(analysis, Analysis) and not analysis.relevant
        score = analysis.score if unrelated else 0.0
        key = KEY_OF_ENTRY  # its words' key, made only for an entry new by its id and link
        if not self.store.entry_stored(feed.id, entry.guid, canonical):
            key = entry_content_key(entry) if prepared.key is NOT_READ else prepared.key
            if self._stored_under_other_keys(feed, entry, canonical, key, since, listed):
                return
        entry_id = self.store.insert_entry(feed.id, entry, canonical, now, score, key)
        if entry_id is None and canonical and self.store.guid_names_another_url(feed.id, entry.guid, canonical):
            # The feed gave this GUID to an item with another link before: a template that
            # gives every item the same <guid> lost all of them but the first, silently and
            # for good. The link identifies the item instead. (A GUID kept across a changed
            # slug now stores the article again; it joins its story as the outlet's
            # near-copy, or alerts twice: a duplicate is the smaller harm than a loss.)
            entry = replace(entry, guid=guid_of_link(entry.url))
            entry_id = self.store.insert_entry(feed.id, entry, canonical, now, score)
        if entry_id is None and not under_shared_id(entry.guid) \
                and self.store.feed_has_guids_from(feed.id, shared_id_prefix(entry.guid)):
            # The feed gives this id and link to several items (bot/core/feeds/shared_ids.py):
            # one more of them, known by its text, not a copy of the first.
            entry = item_under_shared_id(entry)
            entry_id = self.store.insert_entry(feed.id, entry, None, now, score)
        if entry_id is None:
            return  # seen before, in this feed or another
        result.new_entries += 1
        if isinstance(analysis, Exception):
            raise analysis  # its analysis failed: the item is left out (see _store_without_failing_items)
        if analysis is None:  # stored when _analysed looked, gone since (retention pruning): rare, analysed here
            with ANALYSIS_LOCK:
                analysis = analyzer.analyze(entry.title, entry_body(entry), entry.lang, entry.published)
        if analysis.hits:
            self.store.add_matches(entry_id, analysis.hits)
        if unrelated:
            return  # its verdict went in with the row
        if analysis.relevant and not budget.take():
            # Stored relevant in no story: waiting (see RELEVANT_ENTRIES_PER_POLL).
            self.store.set_entry_verdict(entry_id, True, analysis.score, None)
            return
        # (its body made only here: nine entries in ten are found not relevant and need none)
        self._give_verdict(feed, entry, entry_id, analysis, entry_body(entry), now, result, analyzer,
                           prepared.fingerprint)

    def _stored_under_other_keys(self, feed: Feed, entry: Entry, canonical: str | None, key: int | None,
                                 since: datetime, listed: ListedItems, warn: bool = True) -> bool:
        """Whether `entry` (canonical link `canonical`), new by its id and link, is an item this
        feed stored within the retention window (from `since`) under others (and maybe another
        date): the entries stored with its words, `key`, say maybe, and what the feed shows
        decides (bot/core/feeds/republished.py, same_item_again: the same dated moment; a twin
        still `listed` in this poll's items; another path and a later date). A title-only item
        (no key) is never: its title alone cannot tell it from a new article under the same
        headline, and a duplicate is a smaller harm than lost news. The one place a poll
        decides it, asked before the analysis (without `warn`) and as the entry is stored: such
        an item adds no entry, so no report to its story or pledge and nothing to alert. Said
        once per feed and process: a feed doing it does it at every poll."""
        twins = self.store.items_with_words(feed.id, key, since)
        if not twins or not same_item_again(plausible_published(entry.published, self.clock.now()), canonical,
                                            twins, listed):
            return False
        if warn and feed.id not in self._republishing:
            self._republishing.add(feed.id)
            log.warning("feed %s gives items stored before new ids and links (%r); each is known by its title and "
                        "text instead and not stored again", shown_feed_url(feed.url), entry.title[:80])
        return True

    def _attach_waiting(self, feed: Feed, analyzer: Analyzer, result: PollResult, budget: StoryBudget) -> None:
        """Put the feed's entries waiting for their story (an earlier poll's relevant entries
        beyond its budget, RELEVANT_ENTRIES_PER_POLL) into their stories, oldest first, within
        this poll's `budget`: read again by this poll's rules, as a new entry would be."""
        # One more than the budget takes: whether some still wait after this poll.
        for entry_id, entry in self.store.entries_waiting_for_story(feed.id, budget.left() + 1):
            if not budget.left():
                budget.earlier_waiting = True
                break
            budget.take()
            if not self._attach_one_waiting(feed, entry_id, entry, analyzer, result):
                budget.earlier_waiting = True  # it waits still: the next poll reads the feed and tries it again

    def _attach_one_waiting(self, feed: Feed, entry_id: int, entry: Entry, analyzer: Analyzer,
                            result: PollResult) -> bool:
        """Put one waiting entry into its story; False when that raised (a bug met on its
        text). Such an entry failed the whole poll of its feed: none of the feed's new items
        was stored, on every poll, as the entry waited on. Now its own writes are undone (a
        savepoint; the story index forgets what it held), the entry stays stored and waiting,
        and is tried again at the next poll. A database error still fails the poll."""
        before = replace(result, matched_titles=list(result.matched_titles),
                         story_updates=list(result.story_updates))
        try:
            with self.story_attacher.index_follows_rollback(), self.store.transaction():
                body = entry_body(entry)
                with ANALYSIS_LOCK:
                    analysis = analyzer.analyze(entry.title, body, entry.lang, entry.published)
                self._give_verdict(feed, entry, entry_id, analysis, body, self.clock.now(), result, analyzer)
        except StoreError:
            raise
        except Exception:  # noqa: BLE001 - one entry's bug must not cost the feed its poll
            for name in (f.name for f in fields(result)):  # what the undone writes had counted
                setattr(result, name, getattr(before, name))
            said = (feed.id, entry.guid)
            if said in self._items_left_out:
                log.debug("feed %s: waiting entry %r failed again", shown_feed_url(feed.url), entry.title[:80])
            else:
                self._items_left_out.add(said)
                log.exception("feed %s: waiting entry %r could not be put into its story; it stays stored and "
                              "is tried again at the next poll", shown_feed_url(feed.url), entry.title[:80])
            return False
        return True

    def _give_verdict(self, feed: Feed, entry: Entry, entry_id: int, analysis: Analysis, body: str, now: datetime,
                      result: PollResult, analyzer: Analyzer, print_: StoryFingerprint | None = None) -> None:
        """Store an entry's verdict; a relevant one is counted as a match and put into its
        story (`print_`: its fingerprint, when the analysis made it beforehand)."""
        story_id = None
        if analysis.relevant:
            result.matches += 1
            result.matched_titles.append(entry.title)
            story_id = self.story_attacher.attach(feed, entry, entry_id, analysis, body, now, result, analyzer,
                                                  print_=print_)
        self.store.set_entry_verdict(entry_id, analysis.relevant, analysis.score, story_id)

    def adopt(self, feed: Feed, entry: Entry, entry_id: int, analysis: Analysis, at: datetime,
              result: PollResult, analyzer: Analyzer) -> int:
        """A stored entry that the current rules find relevant and the rules of its poll did
        not (`pledgewatch reanalyze`): record its hits, join or start its story as of when it
        was fetched, and keep its pledges, without alerting (it is old news). The caller
        holds the transaction and goes through entries oldest first."""
        self.store.replace_matches(entry_id, analysis.hits)
        result.matches += 1
        story_id = self.story_attacher.attach(feed, entry, entry_id, analysis, entry_body(entry), at, result,
                                               analyzer, notify=False)
        self.store.set_entry_verdict(entry_id, True, analysis.score, story_id)
        return story_id
