"""The story matcher: many outlets, one event, one alert.

A newcomer is compared with each recent story (each report a story keeps: its first
report's words and those of its first members; see StoryFingerprint) by
bot/core/stories/scoring/story_score.py; this module ranks the stories it qualifies for, the
best first. `match_story` compares with every candidate; bot/core/stories/story_index.py
keeps the recent stories between articles and gives the same answer faster.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.core.stories.fingerprint.fingerprints import StoryFingerprint
from bot.core.stories.own_reports.same_feed import commentary_beside_news
from bot.core.stories.scoring.likeness import weights_of
from bot.core.stories.scoring.report_times import as_utc, nearest_apart, publication_day_named, same_day_read_back
from bot.core.stories.scoring.same_event import leads_differ
from bot.core.stories.scoring.sittings import sole_sittings
from bot.core.stories.scoring.story_score import late_report_reach, story_score


@dataclass(frozen=True, slots=True)
class StoryCandidate:
    """A recent story an article might belong to; `feeds` are the ids of the feeds
    that already report it, `report_times` the publication times of its later reports
    (the first's is `first_seen`)."""

    story_id: int
    fingerprint: StoryFingerprint
    first_seen: datetime
    feeds: frozenset[int] = frozenset()
    report_times: tuple[datetime, ...] = ()

    def times(self) -> tuple[datetime, ...]:
        """When each of its reports was published, its first report's first."""
        return (as_utc(self.first_seen), *map(as_utc, self.report_times))


def match_story(
    fp: StoryFingerprint,
    published: datetime,
    candidates: Iterable[StoryCandidate],
    *,
    window: timedelta = timedelta(hours=48),
    feed: int | None = None,
) -> int | None:
    """The story this article (from feed id `feed`, when known) belongs to, or None
    for a new story.

    A candidate qualifies when one of its reports was published within `window` of
    `published` (either side: feeds deliver late; see nearest_apart) and `same_event_score` is positive (at least
    SAME_STORY_THRESHOLD, or EVENT_KEY_SIMILARITY with an event key), or within
    `late_report_reach(window)` as a late report (see LATE_REPORT_SIMILARITY). The
    highest score wins; ties go to the older story, then the lower id, so the answer
    does not depend on the order of `candidates`.

    This compares with every candidate; `StoryIndex.match` gives the same answer
    faster for a set of stories kept between articles.
    """
    ranked = matching_stories(fp, published, candidates, window=window, feed=feed)
    return ranked[0] if ranked else None


def matching_stories(
    fp: StoryFingerprint,
    published: datetime,
    candidates: Iterable[StoryCandidate],
    *,
    window: timedelta = timedelta(hours=48),
    feed: int | None = None,
) -> list[int]:
    """Every candidate this article qualifies for (as `match_story` decides), best
    first: `match_story` answers the first. Two or more mean the article links
    stories that opened apart (see bot.core.stories.merges)."""
    when = as_utc(published)
    weights = weights_of(fp)
    ranks: list[Rank] = []
    reach = late_report_reach(window)
    candidates = list(candidates)
    sole = sole_sittings(fp, ((c.story_id, c.fingerprint) for c in candidates
                              if nearest_apart(when, c.times()) <= window))
    for candidate in candidates:
        seen = as_utc(candidate.first_seen)
        apart = nearest_apart(when, candidate.times())
        if apart > reach:
            continue
        same_feed = feed is not None and feed in candidate.feeds and not commentary_beside_news(
            fp, candidate.fingerprint, feed)
        late = apart > window
        score = story_score(fp, candidate.fingerprint, weights, weights_of(candidate.fingerprint), same_feed,
                             apart, late=late, sitting_day_published=publication_day_named(
                                 fp, when, candidate.fingerprint, candidate.times()),
                             sole_sitting=candidate.story_id in sole,
                             late_day_shared=late and same_day_read_back(fp, when, candidate.fingerprint,
                                                                         candidate.times()))
        keep_ranked(ranks, score, seen, candidate.story_id, fp, candidate.fingerprint)
    return [story_id for *_, story_id in sorted(ranks)]


# (lead apart, -score, first seen, id): the smallest wins. A round-up qualifying for a story
# whose reports lead with other news than it does (same_event.leads_differ: they report one
# numbered event, else they conflict) ranks after every story that does not: it
# reports the event it leads with, whichever story scores higher.
Rank = tuple[bool, float, datetime, int]


def keep_ranked(ranks: list[Rank], score: float, seen: datetime, story_id: int, fp: StoryFingerprint,
          story: StoryFingerprint) -> None:
    if score > 0.0:  # 0.0 is story_score's "not one story"
        ranks.append((_lead_apart(fp, story), -score, seen, story_id))


def _lead_apart(fp: StoryFingerprint, story: StoryFingerprint) -> bool:
    """A report of either side leads with other news than one of the other's (see `Rank`)."""
    return any(leads_differ(x, y) for x in (fp.event, *fp.members) for y in (story.event, *story.members))
