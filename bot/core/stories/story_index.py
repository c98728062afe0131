"""StoryIndex: the recent stories kept between articles, with postings by feature, so that
matching an article scores only the stories that could join it (the same answer as
bot.core.stories.matching.matching_stories over the same stories).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from bot.core.stories.fingerprint.fingerprints import StoryFingerprint
from bot.core.stories.fingerprint.word_keys import GENERIC_TERMS, GENERIC_WEIGHT, name_weight
from bot.core.stories.matching import Rank, StoryCandidate, keep_ranked
from bot.core.stories.own_reports.same_feed import commentary_beside_news
from bot.core.stories.scoring.likeness import EVIDENCE_NEEDED, Weights, weights_of
from bot.core.stories.scoring.report_times import as_utc, nearest_apart, publication_day_named, same_day_read_back
from bot.core.stories.scoring.same_event import system_family
from bot.core.stories.scoring.sittings import about_an_item, lead_meetings, sole_sittings
from bot.core.stories.scoring.story_score import (
    EVENT_KEY_SIMILARITY,
    MEETING_AND_DAY_SIMILARITY,
    SAME_STORY_THRESHOLD,
    late_report_reach,
    story_score,
)

# A story can reach the lowest score that joins (MEETING_AND_DAY_SIMILARITY for two
# round-ups, EVENT_KEY_SIMILARITY otherwise) only with enough specific evidence: the score
# is min(1, evidence / EVIDENCE_NEEDED) times factors of at most 1. Evidence is a sum of
# multiples of 0.5, exact in floating point whatever the order of the sum; the tiny margin
# keeps the bound safe should a weight ever stop being such a multiple.
_MIN_EVIDENCE = EVIDENCE_NEEDED * min(EVENT_KEY_SIMILARITY, SAME_STORY_THRESHOLD, MEETING_AND_DAY_SIMILARITY) * (
    1 - 1e-9)


@dataclass(frozen=True, slots=True)
class _IndexedStory:
    fingerprint: StoryFingerprint
    weights: Weights
    seen: datetime  # its first report's publication time: ties go to the older story
    stored_at: datetime  # when the story was created: what the window keeps or drops
    feeds: set[int]  # the feeds reporting it (grows as sources join: see note_feed)
    # Its reports' publication times, compared with an article's (see match_story; grows
    # as reports join: see note_report).
    times: tuple[datetime, ...]


class StoryIndex:
    """The recent stories, kept between articles so that matching one article does not
    re-read and re-parse every story of the window.

    A story's fingerprint is parsed and weighed once; it changes only when a report
    joins (`add_member`), which adds that report's features to the postings.
    An inverted index maps each specific feature (a name or word that is not the beat's
    common vocabulary, and every phrase) to the stories that have it in any of their
    reports: a story sharing none of them with an article has no specific evidence and
    scores 0 (what it shares with all its reports together bounds what it shares with
    each), and one sharing too little cannot reach the threshold, so `match` scores only
    the rest. It answers exactly what `match_story` answers over the same stories.

    Sharing words is not enough when one feed brings hundreds of reports alike (a hostile
    or a very busy feed: each tells another donor's or system's pledge, so each opens a
    story, and every later one shared words with every story before it: 200 reports cost
    19,900 scored pairs). So the stories are posted too under the donors and the system
    families their reports name (`_conflict_keys`): a report about an item that names
    donors (or systems) conflicts with a story none of whose reports names one of them, or
    names none at all (same_event.compare's "donors" and "systems": reports that are not
    round-ups of one sitting), and such a story is not scored (`_may_agree`).

    The owner keeps it in step with the store: `add` what is new, `forget_before` what
    left the window, and `record_sync` / `needs_reload` for the bookkeeping.
    """

    def __init__(self) -> None:
        self._stories: dict[int, _IndexedStory] = {}
        self._by_name: dict[str, set[int]] = {}
        self._by_term: dict[str, set[int]] = {}
        self._by_phrase: dict[str, set[int]] = {}
        self._by_meeting: dict[str, set[int]] = {}  # the standing meetings its openings name first
        # The donors and the system families its reports name, "" when one names none (see
        # _conflict_keys): who may join it without a conflict.
        self._by_donor: dict[str, set[int]] = {}
        self._by_family: dict[str, set[int]] = {}
        self._oldest: datetime | None = None  # the smallest stored_at, to skip useless sweeps
        self.newest_id = 0  # the highest story id the store had at the last sync
        self.synced_since: datetime | None = None  # the window start of the last sync

    def __len__(self) -> int:
        return len(self._stories)

    def __contains__(self, story_id: object) -> bool:
        return story_id in self._stories

    def needs_reload(self, newest_in_store: int, since: datetime) -> bool:
        """True when adding the stories newer than `newest_id` would not be enough: the
        store lost stories this index holds (a rolled-back poll), or the window now
        starts before stories that were skipped as too old (the clock went back)."""
        return (
            newest_in_store < self.newest_id
            or self.synced_since is None
            or as_utc(since) < self.synced_since
        )

    def record_sync(self, newest_id: int, since: datetime) -> None:
        """Every story with an id up to `newest_id` first seen at or after `since` is in."""
        self.newest_id = newest_id
        self.synced_since = as_utc(since)

    def clear(self) -> None:
        """Forget everything (the owner then reloads from the store)."""
        for table in (self._stories, self._by_name, self._by_term, self._by_phrase, self._by_meeting,
                      self._by_donor, self._by_family):
            table.clear()
        self._oldest = None
        self.newest_id = 0
        self.synced_since = None

    def add(self, candidate: StoryCandidate, stored_at: datetime) -> None:
        """Index a story; `candidate.first_seen` is the time compared with articles
        (as in match_story), `stored_at` when the story was created. Adding an id
        again replaces it."""
        story_id = candidate.story_id
        if story_id in self._stories:
            self._remove(story_id)
        fp = candidate.fingerprint
        stored_at = as_utc(stored_at)
        self._stories[story_id] = _IndexedStory(
            fp, weights_of(fp), as_utc(candidate.first_seen), stored_at, set(candidate.feeds), candidate.times()
        )
        for postings, keys in self._keys(fp):
            for key in keys:
                postings.setdefault(key, set()).add(story_id)
        if self._oldest is None or stored_at < self._oldest:
            self._oldest = stored_at

    def forget_before(self, since: datetime) -> int:
        """Drop the stories created before `since`; returns how many."""
        since = as_utc(since)
        if self._oldest is None or self._oldest >= since:
            return 0
        old = [story_id for story_id, story in self._stories.items() if story.stored_at < since]
        for story_id in old:
            self._remove(story_id)
        self._oldest = min((story.stored_at for story in self._stories.values()), default=None)
        return len(old)

    def add_member(self, story_id: int, fingerprint: StoryFingerprint) -> None:
        """Story `story_id` now has this fingerprint (`StoryFingerprint.with_member`:
        its members changed, so the new member's features are posted too); unknown
        stories are ignored."""
        story = self._stories.get(story_id)
        if story is not None:
            self._stories[story_id] = replace(story, fingerprint=fingerprint)
            for postings, keys in self._keys(fingerprint):
                for key in keys:
                    postings.setdefault(key, set()).add(story_id)

    def fingerprint_of(self, story_id: int) -> StoryFingerprint | None:
        story = self._stories.get(story_id)
        return None if story is None else story.fingerprint

    def note_report(self, story_id: int, published: datetime) -> None:
        """A report published at `published` joined story `story_id`: the story is as near
        to later articles as this report is (see nearest_apart); unknown stories are ignored."""
        story = self._stories.get(story_id)
        if story is not None:
            self._stories[story_id] = replace(story, times=(*story.times, as_utc(published)))

    def note_feed(self, story_id: int, feed_id: int) -> None:
        """A source from feed `feed_id` joined story `story_id` (the same-feed rule of
        `story_score` needs to know); unknown stories are ignored."""
        story = self._stories.get(story_id)
        if story is not None:
            story.feeds.add(feed_id)

    def match(
        self, fp: StoryFingerprint, published: datetime, window: timedelta = timedelta(hours=48),
        feed: int | None = None,
    ) -> int | None:
        """What `match_story(fp, published, <the indexed stories>, window=window,
        feed=feed)` returns."""
        ranked = self.matching(fp, published, window, feed)
        return ranked[0] if ranked else None

    def matching(
        self, fp: StoryFingerprint, published: datetime, window: timedelta = timedelta(hours=48),
        feed: int | None = None,
    ) -> list[int]:
        """What `matching_stories(fp, published, <the indexed stories>, window=window,
        feed=feed)` returns: every indexed story the article qualifies for, best first."""
        when = as_utc(published)
        weights = weights_of(fp)
        ranks: list[Rank] = []
        reach = late_report_reach(window)
        found = self._evidence(fp)
        # A round-up may join one of its meeting sharing no evidence at all (see
        # MEETING_AND_DAY_SIMILARITY): the stories whose openings name its meeting are scored.
        same_meeting = self._sharing_a_lead_meeting(fp)
        for story_id in same_meeting:
            found.setdefault(story_id, 0.0)
        # (A story of another meeting, or sharing none, is no sitting of fp's meeting.)
        sole = sole_sittings(fp, ((story_id, self._stories[story_id].fingerprint) for story_id in same_meeting
                                  if nearest_apart(when, self._stories[story_id].times) <= window))
        may_agree = self._may_agree(fp)
        for story_id, evidence in found.items():
            if evidence < _MIN_EVIDENCE and story_id not in same_meeting:
                continue
            if may_agree is not None and story_id not in may_agree:
                continue  # it names other donors or systems in every report: a conflict, score 0
            story = self._stories[story_id]
            apart = nearest_apart(when, story.times)
            if apart > reach:
                continue
            same_feed = feed is not None and feed in story.feeds and not commentary_beside_news(
                fp, story.fingerprint, feed)
            late = apart > window
            score = story_score(fp, story.fingerprint, weights, story.weights, same_feed, apart,
                                 late=late, sitting_day_published=publication_day_named(
                                     fp, when, story.fingerprint, story.times),
                                 sole_sitting=story_id in sole,
                                 late_day_shared=late and same_day_read_back(fp, when, story.fingerprint, story.times))
            keep_ranked(ranks, score, story.seen, story_id, fp, story.fingerprint)
        return [story_id for *_, story_id in sorted(ranks)]

    def candidate(self, story_id: int) -> StoryCandidate | None:
        """An indexed story as matching sees it (fingerprint, the time compared with
        articles, its feeds); None when not indexed."""
        story = self._stories.get(story_id)
        if story is None:
            return None
        return StoryCandidate(story_id, story.fingerprint, story.seen, frozenset(story.feeds), story.times[1:])

    def grown_candidates(self) -> list[StoryCandidate]:
        """The indexed stories that hold more than one report, as matching sees them (what a
        re-split may take reports out of: bot.core.stories.resplits)."""
        return [candidate for story_id, story in self._stories.items() if story.fingerprint.members
                and (candidate := self.candidate(story_id)) is not None]

    def absorb(self, survivor_id: int, absorbed_id: int, fingerprint: StoryFingerprint) -> None:
        """Story `absorbed_id` was merged into `survivor_id`, which now has `fingerprint`
        (`StoryFingerprint.with_story`) and the feeds of both: the absorbed story leaves
        the index, and no article can join it again. The survivor's first report is the
        earlier of the two firsts (the store does the same, see StoryMergeStore.merge_story),
        and the reports of both are its reports (see nearest_apart).
        Unknown ids are ignored."""
        absorbed = self._stories.get(absorbed_id)
        if absorbed is None or survivor_id not in self._stories:
            return
        self._remove(absorbed_id)
        self.add_member(survivor_id, fingerprint)
        survivor = self._stories[survivor_id]
        survivor.feeds.update(absorbed.feeds)
        # Its first report is the earlier of the two firsts; every report of both is near.
        first = min(survivor.seen, absorbed.seen)
        later = sorted({*survivor.times, *absorbed.times} - {first})
        self._stories[survivor_id] = replace(survivor, seen=first, times=(first, *later))

    def _evidence(self, fp: StoryFingerprint) -> dict[int, float]:
        """Story id -> specific evidence shared with `fp` (as `specific_evidence`), for
        the stories that share any."""
        found: dict[int, float] = {}
        for name in fp.names:
            weight = name_weight(name)
            if weight > GENERIC_WEIGHT:
                for story_id in self._by_name.get(name, ()):
                    found[story_id] = found.get(story_id, 0.0) + weight
        # Each shared specific term or phrase adds 0.5: counted per story in C (Counter.update over each
        # posting set), not one Python addition per posting (a common term of a first cycle is posted under
        # most of its stories). The sums are the same floats: every weight added here is a multiple of 0.5
        # (name_weight's above GENERIC_WEIGHT: 0.5, 1.0, 1.5), so each partial sum is exact, in any order.
        shared: Counter[int] = Counter()
        for postings, keys in ((self._by_term, _specific_terms(fp)), (self._by_phrase, fp.phrases)):
            for key in keys:
                holders = postings.get(key)
                if holders:
                    shared.update(holders)
        for story_id, count in shared.items():
            found[story_id] = found.get(story_id, 0.0) + 0.5 * count
        return found

    def _sharing_a_lead_meeting(self, fp: StoryFingerprint) -> set[int]:
        """The stories whose openings name first a standing meeting `fp`'s opening names
        first, when `fp` is about no item (a round-up); else none."""
        if about_an_item(fp):
            return set()
        return {story_id for meeting in lead_meetings(fp) for story_id in self._by_meeting.get(meeting, ())}

    def _keys(self, fp: StoryFingerprint) -> tuple[tuple[dict[str, set[int]], Iterable[str]], ...]:
        """The postings of a story: the specific features of each of its reports."""
        texts = fp.texts()
        names = {name for text in texts for name in text.names if name_weight(name) > GENERIC_WEIGHT}
        terms = {term for text in texts for term in _specific_terms(text)}
        phrases = {phrase for text in texts for phrase in text.phrases}
        donors, families = _conflict_keys(texts)
        return ((self._by_name, names), (self._by_term, terms), (self._by_phrase, phrases),
                (self._by_meeting, lead_meetings(fp)), (self._by_donor, donors), (self._by_family, families))

    def _may_agree(self, fp: StoryFingerprint) -> set[int] | None:
        """The stories `fp` does not conflict with on donors or systems (as far as the
        postings tell: a story posted under a donor `fp` names may still conflict), or None
        when every story may agree. A round-up (about no item) is left alone: two round-ups
        of one sitting list different governments and systems without a conflict."""
        evidence = fp.event
        if not evidence.is_about_an_item():
            return None
        allowed: set[int] | None = None
        for postings, keys in ((self._by_donor, evidence.donors),
                               (self._by_family, {system_family(system) for system in evidence.systems})):
            if not keys:
                continue  # it names none: no conflict on this question
            holders = set(postings.get("", ()))
            for key in keys:
                holders.update(postings.get(key, ()))
            allowed = holders if allowed is None else allowed & holders
        return allowed

    def _remove(self, story_id: int) -> None:
        story = self._stories.pop(story_id)
        for postings, keys in self._keys(story.fingerprint):
            for key in keys:
                holders = postings.get(key)
                if holders is not None:
                    holders.discard(story_id)
                    if not holders:
                        del postings[key]


def _conflict_keys(texts: Iterable[StoryFingerprint]) -> tuple[set[str], set[str]]:
    """The donors and the system families (same_event.system_family: "Leopard 2" and
    "Leopard" agree) that the reports name, each with "" when a report names none: a report
    that names none of a story's, in any of its reports, conflicts with all of them."""
    donors: set[str] = set()
    families: set[str] = set()
    for text in texts:
        donors.update(text.event.donors or {""})
        families.update({system_family(system) for system in text.event.systems} or {""})
    return donors, families


def _specific_terms(fp: StoryFingerprint) -> list[str]:
    return [term for term in fp.terms if term not in GENERIC_TERMS]
