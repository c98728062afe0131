"""Taking a batch back out of a story it joined through a report naming no figure. Pure.

"Dänemark schickt weitere Caesar-Haubitzen" (Monday, no count) opens a story; "Dänemark schickt acht
weitere Caesar-Haubitzen" (no day) joins it, for it agrees with the opening report on every question it
answers. Then "Denmark to send 19 more Caesar howitzers" (Monday) arrives: it contradicts the eight
(chains.py keeps it out) but agrees with the opening report, and on more than the eight do (the Monday
both name). Left alone, the 19 opens a story of its own and the eight, which never had an alert, sit
in a story led by the 19's report: their event is hidden. Which batch the figureless report belongs to
is then known only from what it shares with each, so the order of arrival must not decide it.

The rule: a newcomer that would open a story of its own, kept out of a grown story by reports whose
figures contradict its own (same_event.figures_contradict; a marked revision never counts):
- when the story's opening report is not one of them, agrees with the newcomer and shares with it
  strictly more of the questions that name one event (named days, event keys) than with each of them,
  the newcomer takes their place: they leave for a story of their own (which gets the alert they never
  had), and the newcomer joins the rest (the attacher, bot/story_attachment.py, lets it open its own
  story instead when that story's alert may have been seen: the shared day is a bet, and a lost one
  must cost a duplicate, not a hidden event);
- when the opening report is one of them (the other batch came first, the figureless report joined it),
  the reports naming no contradicted figure that share strictly more with the newcomer than with each of
  the contradicting ones leave, and the newcomer joins them in their own story (with its own alert).
Either way the newcomer must qualify for the story it joins as any newcomer does (with that story's feeds
and its reports' publication times), and the opening report never moves: its alert was sent, and the story's alert is edited, never sent
again. When the figureless
report shares as much with one batch as with the other, nothing moves and the newcomer opens its own
story, as before (the batch that came first keeps it).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from bot.core.stories.fingerprint.fingerprints import StoryFingerprint
from bot.core.stories.matching import StoryCandidate, matching_stories
from bot.core.stories.own_reports.revision_pairs import marked_revision_of
from bot.core.stories.scoring.chains import figures_contradicted
from bot.core.stories.scoring.report_times import as_utc
from bot.core.stories.scoring.same_event import compare, figures_contradict


@dataclass(frozen=True, slots=True)
class Resplit:
    """Story `story_id` gives up the reports at `moved` (their link keys, as StoryFingerprint.link_key),
    which open a story with `moved_print`; it keeps `kept`. The newcomer then joins the story that keeps
    the opening report, or the moved reports' story when `joins_moved`."""

    story_id: int
    moved: tuple[str, ...]
    kept: StoryFingerprint
    moved_print: StoryFingerprint
    joins_moved: bool = False


# A story's reports' publication times by their link keys (StoryFingerprint.link_key), asked of the store
# only for a story a split is planned in.
ReportTimes = Callable[[int], Mapping[str, datetime]]


def plan_resplit(newcomer: StoryFingerprint, published: datetime, candidates: Iterable[StoryCandidate], *,
                 window: timedelta = timedelta(hours=48), feed: int | None = None,
                 report_times: ReportTimes | None = None) -> Resplit | None:
    """The re-split a newcomer that qualifies for no story makes (see the module's rule), the story with
    the lowest id first when several would; None when none does. `report_times` gives a story's reports'
    publication times (see _joined_times); without it, the story's own times are used."""
    for candidate in sorted(candidates, key=lambda c: c.story_id):
        plan = _resplit_of(newcomer, published, candidate, window, feed, report_times)
        if plan is not None:
            return plan
    return None


def _resplit_of(newcomer: StoryFingerprint, published: datetime, candidate: StoryCandidate,
                window: timedelta, feed: int | None, report_times: ReportTimes | None) -> Resplit | None:
    story = candidate.fingerprint
    if not story.members:
        return None
    reports = story.reports()
    opening = reports[0]
    clashing = [i for i, report in enumerate(reports) if _contradicts(report, newcomer)]
    if not clashing:
        return None
    if 0 in clashing:
        # The story was opened by the other batch: the figureless members siding with the newcomer leave
        # with it.
        moving = [i for i, report in enumerate(reports) if i not in clashing
                  and not compare(report.event, newcomer.event).conflict
                  and all(_shares_more(report, newcomer, reports[c]) for c in clashing)]
        joins_moved = True
    else:
        if compare(opening.event, newcomer.event).conflict:
            return None
        moving = clashing if all(_shares_more(opening, newcomer, reports[i]) for i in clashing) else []
        joins_moved = False
    # Only reports kept with their words (and so their address) can be found again in the store.
    if not moving or any(not reports[i].link_key for i in moving):
        return None
    moved = [reports[i] for i in moving]
    if any(compare(x.event, y.event).conflict for x in moved for y in moved if x is not y):
        return None
    kept = _grown([r for i, r in enumerate(reports) if i not in moving])
    moved_print = _grown(moved)
    # The newcomer must qualify for the story it joins, as it would for any story (the words it shares, no
    # conflict, no figure contradicted), with that story's own feeds (a report of a feed the story already
    # has counts as the same outlet's) and its own reports' times. Each report knows its feed; the times
    # are the store's (the index keeps them per story, not per report).
    joining = moved if joins_moved else [r for i, r in enumerate(reports) if i not in moving]
    feeds = {r.feed for r in joining}
    first_seen, later = _joined_times(candidate, joining, report_times)
    joined = replace(candidate, fingerprint=moved_print if joins_moved else kept,
                     feeds=candidate.feeds if None in feeds else frozenset(feeds),
                     first_seen=first_seen, report_times=later)
    if not matching_stories(newcomer, published, [joined], window=window, feed=feed):
        return None
    return Resplit(candidate.story_id, tuple(r.link_key for r in moved), kept, moved_print, joins_moved)


def _joined_times(candidate: StoryCandidate, joining: list[StoryFingerprint],
                  report_times: ReportTimes | None) -> tuple[datetime, tuple[datetime, ...]]:
    """(first, later) publication times of the reports the newcomer would join: a story split in two is
    as near the newcomer as its own reports are, not as the reports that leave it (a batch told days
    later would let a newcomer join the reports it is days away from, or keep it from the ones it is
    near). The old story's times when any of theirs is not known (a report stored without its address)."""
    known = report_times(candidate.story_id) if report_times is not None else {}
    times = [known.get(r.link_key) for r in joining]
    if not times or any(moment is None for moment in times):
        return candidate.first_seen, candidate.report_times
    ordered = sorted(as_utc(moment) for moment in times if moment is not None)
    return ordered[0], tuple(ordered[1:])


def _contradicts(report: StoryFingerprint, newcomer: StoryFingerprint) -> bool:
    return (figures_contradict(report.event, newcomer.event) and not marked_revision_of(report, newcomer)
            and not marked_revision_of(newcomer, report))


def _shares_more(opening: StoryFingerprint, newcomer: StoryFingerprint, member: StoryFingerprint) -> bool:
    """The opening report shares more of what names one event with the newcomer than with the member."""
    return _one_event_evidence(opening, newcomer) > _one_event_evidence(opening, member)


def _one_event_evidence(a: StoryFingerprint, b: StoryFingerprint) -> int:
    verdict = compare(a.event, b.event)
    return verdict.days + verdict.event_keys


def _grown(reports: list[StoryFingerprint]) -> StoryFingerprint:
    """One story's fingerprint of these reports, the first opening it, as they joined it."""
    grown = reports[0]
    for report in reports[1:]:
        grown = grown.with_member(report)
    return grown


def sided_story(newcomer: StoryFingerprint, ranked: list[StoryCandidate]) -> int | None:
    """The story a report qualifying for several that may not merge joins (`ranked` best first, as
    matching ranks them): the first, unless another whose figures contradict it (the other batch of
    the same pledges: chains.figures_contradicted) shares strictly more of what names one event with
    the report (named days, event keys): a figureless report sides with the batch it shares its
    Monday with, whatever words it shares with the other (its own language's). None for no candidate."""
    if not ranked:
        return None
    best, best_shared = ranked[0], _shared_with_story(newcomer, ranked[0].fingerprint)
    for other in ranked[1:]:
        shared = _shared_with_story(newcomer, other.fingerprint)
        if shared > best_shared and figures_contradicted(best.fingerprint, other.fingerprint):
            best, best_shared = other, shared
    return best.story_id


def _shared_with_story(newcomer: StoryFingerprint, story: StoryFingerprint) -> int:
    return max(_one_event_evidence(report, newcomer) for report in story.reports())
