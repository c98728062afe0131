"""The exceptions to the same-feed rule (an outlet's second report joins its first only as a
copy or a marked revision): its analysis beside its news, and its reports that lead with the
same pledge of one numbered event.
"""

from __future__ import annotations

from bot.core.stories.evidence.events import EventEvidence
from bot.core.stories.fingerprint.fingerprints import StoryFingerprint
from bot.core.stories.scoring.same_event import one_numbered_event_led_alike


def own_reports_of_one_numbered_event(pairs: list[tuple[EventEvidence, EventEvidence]]) -> bool:
    """One outlet's two reports that lead with the same pledge of one numbered event (the
    first or n-th delivery of a system, a donor's n-th package: it happens once), every
    report of either side alike: its news report and its round-up of the day led by it
    ("First French Mirage jets arrive in Ukraine", "French jets reach Ukraine as European aid
    picks up"). The same-feed rule (an outlet's second report joins only as a copy or a
    marked revision) is for an outlet's reports of two events of a day, which share no such
    fact; its live entries recalling a first delivery in passing do not lead with it."""
    return all(one_numbered_event_led_alike(x, y) for x, y in pairs)


def commentary_beside_news(a: StoryFingerprint, b: StoryFingerprint, feed: int) -> bool:
    """The reports `a` and `b` hold from feed `feed` are, on one side, pieces their headlines
    mark as an analysis, a comment or an explainer ("Analysis:", "Kommentar:", "Éditorial :";
    EventEvidence.genres) and, on the other, news reports: an outlet's analysis of the news
    it reported. The same-feed rule (an outlet's second report joins only as a copy or a
    marked revision) is for its two news of a day and its live blog's entries; an analysis
    is no new event for a subscriber who had the alert of the news, so it joins as another
    outlet's analysis would, on the same evidence. Either side may be a story or a single
    report (taken as `feed`'s); a story holding a report whose feed is not known (stored by
    an older release, or past the reports whose words a story keeps) is left to the rule."""
    own_a, own_b = _reports_from(a, feed), _reports_from(b, feed)
    if not own_a or not own_b:
        return False
    kinds_a, kinds_b = {_is_commentary(r) for r in own_a}, {_is_commentary(r) for r in own_b}
    return len(kinds_a) == len(kinds_b) == 1 and kinds_a != kinds_b


def _reports_from(fp: StoryFingerprint, feed: int) -> tuple[StoryFingerprint, ...]:
    """The reports of `fp` that came from `feed` (a lone report is taken as its), or none
    when a report's feed is unknown."""
    if not fp.members:
        return (fp,)
    reports = fp.reports()
    if any(report.feed is None for report in reports):
        return ()
    return tuple(report for report in reports if report.feed == feed)


def _is_commentary(fp: StoryFingerprint) -> bool:
    # A wire's factbox or timeline beside its news is no second news of it either.
    return bool({"commentary", "background"} & fp.event.genres)
