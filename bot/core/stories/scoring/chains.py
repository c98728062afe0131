"""A story that grows by chaining: report B joins A, then C joins the story on what it shares with B
alone, though it tells A's pledges with other figures. "Denmark to send 19 more Caesar" opens a story,
"Dänemark schickt weitere Caesar-Haubitzen" (no count, the same day) joins it, and "Dänemark schickt acht
weitere Caesar-Haubitzen" agrees with that second report on every question it answers: without a rule,
the story takes the eight guns too, and the second batch's alert is never sent. Pure.

The rule: a report whose figures contradict one report of a story (same_event.figures_contradict: the
same pledges, one of them counted on both sides with other counts, none close) joins that story only if
it would join that report alone. A story must agree with a newcomer report by report, as it does on conflicts
(story_score.story_score); figures are no conflict between two reports (one may quote a running total),
so they are checked here, on the reports that disagree, and only when the other side's evidence came
from elsewhere. An outlet's marked revision changes its figure on purpose: a report and its revision
(revision_pairs.marked_revision_of) never contradict each other, and a report that is a revision of another
report on either side, or revised by one (the wire's "300 Brimstone" and its "CORRECTED-... 200"), holds
nothing against the other outlets' reports.
Two stories that one newcomer links merge only when no report of one contradicts one of the other
(merges.may_merge).
"""

from __future__ import annotations

from collections.abc import Callable

from bot.core.stories.fingerprint.fingerprints import StoryFingerprint
from bot.core.stories.own_reports.revision_pairs import marked_revision_of
from bot.core.stories.scoring.same_event import figures_contradict


def figures_contradicted(a: StoryFingerprint, b: StoryFingerprint,
                         alone: Callable[[StoryFingerprint, StoryFingerprint], bool] = lambda x, y: False,
                         linking: StoryFingerprint | None = None) -> bool:
    """Some report of `a` and some report of `b` (either may be a story) contradict each other in
    their figures, neither is a revision of another report of either side (or of `linking`, the
    newcomer that links two stories) nor revised by one, and `alone` (the two reports by themselves
    one story?) says no."""
    evidence_a, evidence_b = (a.event, *a.members), (b.event, *b.members)
    clashing = [(i, j) for i, x in enumerate(evidence_a) for j, y in enumerate(evidence_b) if figures_contradict(x, y)]
    if not clashing:
        return False
    reports_a, reports_b = a.reports(), b.reports()
    every = (*reports_a, *reports_b, *((linking,) if linking is not None else ()))
    revised_a = _revised(reports_a, every)
    revised_b = _revised(reports_b, every)
    return any(
        i not in revised_a and j not in revised_b and not marked_revision_of(reports_a[i], reports_b[j])
        and not alone(reports_a[i], reports_b[j])
        for i, j in clashing
    )


def _revised(reports: tuple[StoryFingerprint, ...], every: tuple[StoryFingerprint, ...]) -> set[int]:
    """The positions of `reports` that are a revision of another report of `every` (both sides), or
    revised by one: their figures are the outlet's to settle ("KORREKTUR: ... 350 (nicht: 300)"), not
    to be held against the other outlets' reports."""
    return {i for i, x in enumerate(reports) for y in every if y is not x and marked_revision_of(x, y)}
