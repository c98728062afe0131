"""An outlet's report filed again with its day corrected. Pure.

Wire services get the day of an announcement wrong ("said on Tuesday" for Monday) and
correct it: the report again under a marked headline ("CORRECTED-", "RECTIFICATIF -",
"KORREKTUR:"), with a note ("(Corrects day ...)", "(Berichtigt wird der Wochentag ...)";
bot/core/stories/own_reports/revisions.py), or re-issued by the same feed with the day fixed and
nothing said. The two versions name different days, which for any other two reports
means two events (same_event.compare): the first version stayed a story of its own, a
second alert for one announcement, and its wrong day kept the corrected version's story
from merging with the other outlets' reports of the right day.

A correction takes back the day of the version it corrects. Two reports are one report
and its correction when

- their headlines are one, numbers aside (revisions.same_headline);
- their event evidence is the same but for the days named: another sum, count, donor,
  system or phase is another report (a donor's next package, filed by the same wire
  under the same headline words a few days later, names its own sum);
- one of them marks itself as a revision, or both come from one feed and are near-copies
  (a re-issue says nothing; two reports of one feed written apart are two events). One
  feed is the two reports' own (StoryFingerprint.feed), not the newcomer's feed being
  among the story's: a newspaper that runs the wire's copy of one donor's pledge, and
  days later its copy of the next, same words but the day, had its second copy read as
  a re-issue of the wire's first report, the days settled into one and the two events
  joined (tests/stories/test_story_same_feed_copies.py).

Both versions then name the corrected days: those of the marked version, or, when
neither is marked, the days of both (which one is right the feed does not say).

A correction of a figure is settled the same way: a marked correction from the report's
own feed, under its headline but for the numbers (written in figures or in words), in words
still clearly its (`revision_alike`: an outlet's revision), that tells the same donors,
systems and phase with another count or sum ("Trente chars Leopard" filed
again as "RECTIFICATIF - Vingt chars Leopard", its note saying which number was wrong) takes
back the figures of the version it corrects: both read as the marked version. Unsettled,
the wrong count conflicted with every other outlet's report of the right one, and the
first version and its correction stayed a story of their own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from bot.core.stories.evidence.events import EventEvidence
from bot.core.stories.fingerprint.fingerprints import StoryFingerprint
from bot.core.stories.own_reports.revisions import same_headline

Alike = Callable[[StoryFingerprint, StoryFingerprint], bool]


def settle_corrected_day(
    story: StoryFingerprint, newcomer: StoryFingerprint, *, near_copies: Alike, revision_alike: Alike | None = None
) -> tuple[StoryFingerprint, StoryFingerprint]:
    """(`story`, `newcomer`) with the days of a report and its correction settled, when
    the newcomer corrects one of the story's reports or is corrected by one; otherwise
    both as they are. `near_copies` says whether two reports' words are one text's;
    `revision_alike`, when given, whether they are alike as an outlet's revision of its
    report is: then a marked correction of a figure is settled too."""
    for index, report in enumerate(story.texts()):
        if _corrects_day(newcomer, report, near_copies=near_copies):
            dates, weekdays = _corrected_days(newcomer, report)
            return _report_with_days(story, index, dates, weekdays), _with_days(newcomer, dates, weekdays)
        if revision_alike is not None and _corrects_figures(newcomer, report, revision_alike=revision_alike):
            right = newcomer if newcomer.revision else report
            return _report_with_evidence(story, index, right.event), replace(newcomer, event=right.event)
    return story, newcomer


def _corrects_figures(x: StoryFingerprint, y: StoryFingerprint, *, revision_alike: Alike) -> bool:
    """One of the two, marked, is the other filed again by its feed with a count or a sum
    corrected: the same evidence but for the figures (and days), words of one report."""
    if x.revision == y.revision or not _one_feed(x, y) or x.event == y.event:
        return False
    # The same headline, numbers aside: the same agency's report of another event of the
    # donor and system, filed in the same template, has a headline of its own.
    if not same_headline(_number_words_as_numbers(x.headline_key), _number_words_as_numbers(y.headline_key)):
        return False
    return _figures_aside(x.event) == _figures_aside(y.event) and revision_alike(x, y)


# Counts a headline writes in words ("Trente chars", "Zwanzig Panzer"), read as the "#" that
# stands for a number in a headline key (revisions.revision_headline).
_NUMBER_WORDS = frozenset(
    "two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred "
    "deux trois quatre cinq sept huit neuf dix onze douze quinze vingt trente quarante cinquante cent "
    "zwei drei vier fünf funf sechs sieben acht neun zehn elf zwölf zwolf fünfzehn zwanzig dreißig dreissig "
    "vierzig fünfzig hundert".split()
)


def _number_words_as_numbers(key: str) -> str:
    return " ".join("#" if word in _NUMBER_WORDS else word for word in key.split())


def _figures_aside(evidence: EventEvidence) -> EventEvidence:
    empty: frozenset = frozenset()
    return replace(evidence, dates=empty, weekdays=empty, counts=empty, amounts=empty, counted=empty,
                   counted_pledges=empty, rough_amounts=empty, group_amounts=empty, lead_amounts=empty,
                   donor_totals=empty, donor_sums=empty, headline_system_counts=empty)


def _corrects_day(x: StoryFingerprint, y: StoryFingerprint, *, near_copies: Alike) -> bool:
    """One of the two is the other filed again with its day corrected (see the module
    docstring)."""
    if (x.event.dates, x.event.weekdays) == (y.event.dates, y.event.weekdays):
        return False
    # Neither marked and from two feeds: no correction, whatever the headlines and evidence (asked
    # first: story matching asks it of every pair it scores, and most are so).
    if not (x.revision or y.revision or _one_feed(x, y)):
        return False
    if not same_headline(x.headline_key, y.headline_key) or _days_aside(x.event) != _days_aside(y.event):
        return False
    return x.revision or y.revision or near_copies(x, y)


def _one_feed(x: StoryFingerprint, y: StoryFingerprint) -> bool:
    """Both reports came from one feed; a report whose feed is unknown (stored before
    feeds were kept) is no report of any other's."""
    return x.feed is not None and x.feed == y.feed


def _days_aside(evidence: EventEvidence) -> EventEvidence:
    return replace(evidence, dates=frozenset(), weekdays=frozenset())


def _corrected_days(x: StoryFingerprint, y: StoryFingerprint) -> tuple[frozenset[str], frozenset[int]]:
    """The marked version's days; both versions' when neither or both are marked."""
    if x.revision != y.revision:
        right = x if x.revision else y
        return right.event.dates, right.event.weekdays
    return x.event.dates | y.event.dates, x.event.weekdays | y.event.weekdays


def _with_days(report: StoryFingerprint, dates: frozenset[str], weekdays: frozenset[int]) -> StoryFingerprint:
    return replace(report, event=replace(report.event, dates=dates, weekdays=weekdays))


def _report_with_days(
    story: StoryFingerprint, index: int, dates: frozenset[str], weekdays: frozenset[int]
) -> StoryFingerprint:
    """The story with its `index`-th report (as `StoryFingerprint.texts` numbers them)
    naming these days: the opening report's evidence, or a member's evidence and words."""
    report = story.event if index == 0 else story.member_texts[index - 1].event
    return _report_with_evidence(story, index, replace(report, dates=dates, weekdays=weekdays))


def _report_with_evidence(story: StoryFingerprint, index: int, evidence: EventEvidence) -> StoryFingerprint:
    """The story with its `index`-th report (as `StoryFingerprint.texts` numbers them)
    read as `evidence`: the opening report's evidence, or a member's evidence and words."""
    if index == 0:
        return replace(story, event=evidence)
    member = index - 1
    text = replace(story.member_texts[member], event=evidence)
    texts = (*story.member_texts[:member], text, *story.member_texts[member + 1:])
    members = (*story.members[:member], text.event, *story.members[member + 1:])
    return replace(story, members=members, member_texts=texts)
