"""The analysis of a poll's new entries: rules, pledges and a relevant entry's story
fingerprint, each entry on its own. Pure and light (bot.core only): it runs in a worker
thread of the bot (bot.pipeline) or in the analysis worker process (bot.analysis_worker),
which imports this module and the feed parser (it parses large bodies too), not the
network or the store (aiohttp, sqlite).
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from typing import NamedTuple

from bot.core.analysis import Analyzer, entry_body
from bot.core.feeds.dates import plausible_published
from bot.core.feeds.shared_ids import under_shared_id
from bot.core.feeds.urls import canonical_url
from bot.core.models import Analysis, Entry
from bot.core.stories.fingerprint.fingerprints import StoryFingerprint, fingerprint

# PreparedEntry.canonical when nobody has read the entry's canonical URL yet.
NOT_READ = "\0not read"


class PreparedEntry(NamedTuple):
    """An entry of a poll, with what its analysis gave: its Analysis (and a relevant
    entry's story fingerprint), the exception the analysis raised (raised again when the
    entry is stored, so the item is left out as if it had raised there), or None when the
    store had it already; and its canonical URL when it was read before the store step
    (NOT_READ otherwise): ~25 us an entry, read twice per entry on the event loop until
    stop 40 (once to tell the new entries, once to store them), and in the worker process
    when it parses the body; and likewise its words' key (bot/core/feeds/republished.py,
    content_key), when the poll made it to tell whether the entry is new (NOT_READ otherwise):
    made once per new entry on the event loop, not twice (stop 47b)."""

    entry: Entry
    analysis: Analysis | Exception | None
    fingerprint: StoryFingerprint | None = None
    canonical: str | None = NOT_READ
    key: int | None | str = NOT_READ


def canonical_of(entry: Entry) -> str | None:
    """The entry's canonical URL (the store's key across feeds), None without a link or with a
    link its feed gives several items (bot/core/feeds/shared_ids.py)."""
    return canonical_url(entry.url) if entry.url and not under_shared_id(entry.guid) else None


class FeedDocument(NamedTuple):
    """A fetched feed body to parse, as parse_feed_document reads it: what the bot sends
    the analysis worker process to parse and analyse (bot.analysis_worker)."""

    body: bytes
    feed_url: str
    content_type: str | None
    lang: str | None


def report_fingerprint(feed_id: int | None, entry: Entry, body: str, analysis: Analysis,
                       analyzer: Analyzer) -> StoryFingerprint:
    """The fingerprint a relevant entry is matched to stories by. The pledges and entity
    names make the event evidence that keeps distinct events apart (see
    bot.core.stories.scoring.story_score.story_score). Pure: a poll makes it with the analysis,
    off the event loop, a quarter of a relevant entry's story work."""
    return fingerprint(entry.title, body, pledges=analysis.pledges, entities=analyzer.entities, lang=entry.lang,
                       link=entry.url or "", feed=feed_id)


def analyse_each(analyzer: Analyzer, feed_id: int | None, entries: list[Entry]) -> list[PreparedEntry]:
    """Each entry with its analysis, in order; one entry's exception does not stop the
    others (which of them the poll keeps is decided when storing: see
    FeedPoller._store_without_failing_items)."""
    return [_prepared(analyzer, feed_id, entry) for entry in entries]


# Up to CHANGED_FEEDS_AT_ONCE polls analyse at once in the bot's process, each in its own
# worker thread, with one shared Analyzer. The analysis ran on the loop's one thread until
# it moved to workers, and bot/core was written for that: its module-level caches were
# checked, not every line. One item at a time keeps it so; it costs no throughput (the GIL
# lets one thread compute anyway) and a wait of at most one item's analysis, a few
# milliseconds. (The analysis worker process analyses one batch at a time anyway.)
ANALYSIS_LOCK = threading.Lock()


def _prepared(analyzer: Analyzer, feed_id: int | None, entry: Entry) -> PreparedEntry:
    try:
        body = entry_body(entry)
        with ANALYSIS_LOCK:
            # (the date the store keeps, so that `reanalyze` reads the item alike: a broken
            # clock's 1970 or 2099 is no date; the upper bound is read on this process's clock)
            published = plausible_published(entry.published, datetime.now(UTC))
            analysis = analyzer.analyze(entry.title, body, entry.lang, published)
            print_ = report_fingerprint(feed_id, entry, body, analysis, analyzer) if analysis.relevant else None
    except Exception as exc:  # noqa: BLE001 - carried to the store step, raised there
        return PreparedEntry(entry, exc)
    return PreparedEntry(entry, analysis, print_)
