"""Merging the stories that one report links. Pure.

Reports A, B and C of one event: A and B are alike enough to be one story, B and C
too, A and C not (other words, other details). When A and C arrive first they open
two stories; B qualifies for both, and joining only one would leave two alerts for
one event whatever came next. So when a newcomer qualifies for two or more stories
they become one, when that is safe:

- every report of one agrees with every report of the other (no conflicting donors,
  systems, phase or day: `same_event.compare`), as a newcomer must agree with each report
  of the story it joins, and none tells the other's pledges with other figures
  (chains.figures_contradicted);
- they have reports within the story window of each other, or further apart (within a late
  report's reach) when they share a donor or system and are as alike in wording as a
  late re-telling must be to join (LATE_REPORT_SIMILARITY), the report that qualifies for
  both counted as a report of each: the wire's report of Tuesday's pledge links the French
  and German reports of that day to an English weekly's re-telling on Friday, which it
  joined as a late re-telling, as the weekly would have joined the wire's story had the
  wire come first;
- two stories that share a feed merge only as near-copies, or when one holds an outlet's
  marked revision of a report of the other: an outlet's second report joins a story
  only as a copy or a revision of its first (the same-feed rule of `story_score.story_score`), unless
  the outlet's reports in one are its analyses and in the other its news reports
  (`commentary_beside_news`);
- a story whose alert a chat may already have seen (anything but a pending delivery)
  is never absorbed: it may only absorb the others. A wrong merge hides an event's
  alert, which is worse than a duplicate; a seen alert cannot be taken back.

The pipeline carries the plan out in the store (bot/adapters/store/merges.py).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from datetime import timedelta

from bot.core.stories.fingerprint.fingerprints import StoryFingerprint
from bot.core.stories.matching import StoryCandidate
from bot.core.stories.evidence.events import EventEvidence
from bot.core.stories.own_reports.flash_round_ups import flashes_written_up
from bot.core.stories.own_reports.revision_pairs import revision_of, settle_correction
from bot.core.stories.own_reports.same_feed import commentary_beside_news
from bot.core.stories.scoring.chains import figures_contradicted
from bot.core.stories.scoring.likeness import NEAR_COPY, similarity
from bot.core.stories.scoring.report_times import nearest_apart
from bot.core.stories.scoring.same_event import compare
from bot.core.stories.scoring.story_score import LATE_REPORT_SIMILARITY, late_report_reach


@dataclass(frozen=True, slots=True)
class MergePlan:
    """Merge each of `absorbed` into `survivor` (in this order); `fingerprint` is the
    survivor's once it has them all."""

    survivor: int
    absorbed: tuple[int, ...]
    fingerprint: StoryFingerprint


def may_merge(a: StoryCandidate, b: StoryCandidate, window: timedelta = timedelta(hours=48),
              newcomer: StoryFingerprint | None = None) -> bool:
    """May stories `a` and `b` be one, given a report that qualifies for both?

    `window` is the story window: stories further apart than that merge only within
    a late report's reach, when they share a donor or system and their most alike
    reports are as alike as a late re-telling must be to join a story (see
    `story_score.story_score`); `newcomer`, the report that qualifies for both, counts as a report of
    each there."""
    # Read as the matcher reads a report's time, so a story opened by a month-only date
    # is not kept from merging with one that a report of the same days joined; and from
    # their nearest reports, as a newcomer is from a story's (report_times.nearest_apart).
    apart = min(nearest_apart(moment, b.times()) for moment in a.times())
    if apart > late_report_reach(window):
        return False
    verdicts = [compare(x, y) for x, y in _evidence_pairs(a, b)]
    # (A wire's flash whose write-up, a meeting's round-up, is in either story or links them is judged by it: its
    # one line headed by the government is no "subject" conflict with another round-up, flash_round_ups.)
    written_up = flashes_written_up(a.fingerprint, newcomer) | flashes_written_up(b.fingerprint, newcomer)
    if any(verdict.conflict and not (verdict.conflict == "subject" and (x in written_up or y in written_up))
           for verdict, (x, y) in zip(verdicts, _evidence_pairs(a, b))):
        return False
    # Nor may a report of one tell the other's pledges with other figures (chains.py): the newcomer
    # that links them agrees with each, as a report naming no figure does with two batches.
    if figures_contradicted(a.fingerprint, b.fingerprint, linking=newcomer):
        return False
    if apart > window and not (any(v.anchors for v in verdicts)
                               and _likeness(a, b, newcomer) >= LATE_REPORT_SIMILARITY):
        return False
    shared_feeds = a.feeds & b.feeds
    # (An outlet's analysis in one and its news report in the other: judged as any two
    # outlets' reports, same_feed.commentary_beside_news.)
    if shared_feeds and not all(commentary_beside_news(a.fingerprint, b.fingerprint, feed) for feed in shared_feeds):
        return _likeness(a, b) >= NEAR_COPY or revision_of(a.fingerprint, b.fingerprint)
    return True


def _evidence_pairs(a: StoryCandidate, b: StoryCandidate) -> list[tuple[EventEvidence, EventEvidence]]:
    return [(x, y) for x in (a.fingerprint.event, *a.fingerprint.members)
            for y in (b.fingerprint.event, *b.fingerprint.members)]


def plan_merge(
    qualifying: Sequence[StoryCandidate], shown: Collection[int], window: timedelta = timedelta(hours=48),
    newcomer: StoryFingerprint | None = None,
) -> MergePlan | None:
    """What to merge, given the stories a newcomer qualifies for, best first
    (`StoryIndex.matching`), and the ids of those whose alert a chat may have seen.
    None when there is nothing to merge.

    `newcomer`, when given, is the report that qualifies: when it
    corrects the day of a report of one of the stories, that report is read with the
    corrected day (bot.core.stories.own_reports.corrections), as the newcomer was when it qualified.
    The wrong day would keep the story from the other outlets' reports of the right one.

    The survivor is the best match, or the best seen one when any was seen (a seen
    story must not be absorbed, but may absorb). Each other story joins when it may be
    merged with the survivor and with every story absorbed before it; a seen one
    stays apart. The newcomer then joins the survivor, which it qualified for."""
    if len(qualifying) < 2:
        return None
    if newcomer is not None:
        qualifying = [_with_corrected_day(candidate, newcomer) for candidate in qualifying]
    survivor = next((c for c in qualifying if c.story_id in shown), qualifying[0])
    group = [survivor]
    for candidate in qualifying:
        if candidate is survivor or candidate.story_id in shown:
            continue
        if all(may_merge(member, candidate, window, newcomer) for member in group):
            group.append(candidate)
    if len(group) < 2:
        return None
    fingerprint = survivor.fingerprint
    for absorbed in group[1:]:
        fingerprint = fingerprint.with_story(absorbed.fingerprint)
    return MergePlan(survivor.story_id, tuple(c.story_id for c in group[1:]), fingerprint)


def _with_corrected_day(candidate: StoryCandidate, newcomer: StoryFingerprint) -> StoryCandidate:
    story, _ = settle_correction(candidate.fingerprint, newcomer)
    return candidate if story is candidate.fingerprint else replace(candidate, fingerprint=story)


def _likeness(a: StoryCandidate, b: StoryCandidate, newcomer: StoryFingerprint | None = None) -> float:
    """How alike in wording the most alike pair of reports, one of each story, is; with
    `newcomer` counted as a report of each (never compared with itself)."""
    texts_a, texts_b = a.fingerprint.texts(), b.fingerprint.texts()
    pairs = [(x, y) for x in texts_a for y in texts_b]
    if newcomer is not None:
        pairs += [(newcomer, y) for y in (*texts_a, *texts_b)]
    return max(similarity(x, y) for x, y in pairs)
