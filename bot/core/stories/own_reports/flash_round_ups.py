"""A wire's flash of one government's pledge at a meeting, and its write-up rounding up the meeting.

The flash is the news's first line ("URGENT - France pledges 12 more Caesar howitzers at NATO meeting"), its
write-up minutes later the agency's round-up of the meeting, headed by the same government and naming the others
who announced there (same_event's genre "meeting round-up"). Read alone, the flash is that government's report of
its announcement, which the lead's ruling keeps apart from a round-up ("subject"); but it is the round-up's own
first line, which the wire replaces by it: kept apart, the flash joined the government's own reports and the
write-up stood alone (stories round 60's LEFT, round 61).

Before its write-up arrives, such a flash may not join another outlet's report of that government's part either
(stories round 62, busy day 62's flash day): in 2 of 7 arrival orders it joined the paper's and the agency's report
of Spain's launchers, which the write-up, a round-up, may not join; the write-up then stood apart from its own first
line, and the flash's alert, sent as Spain's, was the meeting's. Whether the wire writes it up as the meeting's
round-up or as the government's report is unknown until it files, so the flash stays apart from other feeds' reports
of one government's item: a duplicate alert at worst, when the write-up is the government's own report.
"""

from __future__ import annotations

from bot.core.stories.evidence.events import EventEvidence
from bot.core.stories.fingerprint.fingerprints import StoryFingerprint
from bot.core.stories.own_reports.revision_pairs import flash_and_write_up


def flash_of_a_round_up(x: StoryFingerprint, y: StoryFingerprint) -> bool:
    """One of the two is a wire's flash telling a gathering whose headline names one government, the other the same
    feed's write-up (revision_pairs.flash_and_write_up) marked a meeting's round-up headed by that government."""
    if not flash_and_write_up(x, y):
        return False
    flash, write_up = (x, y) if x.flash else (y, x)
    return ("meeting round-up" in write_up.event.genres and "meeting" in flash.event.occasions
            and len(flash.event.headline_donors) == 1 and flash.event.headline_donors == write_up.event.headline_donors)


def flashes_written_up(story: StoryFingerprint, linking: StoryFingerprint | None = None) -> frozenset[EventEvidence]:
    """The evidence of each flash of `story` whose write-up, a meeting's round-up, is in `story` too or is `linking`
    (the report that links two stories in a merge; `flash_of_a_round_up`): the write-up replaces the flash, so another
    outlet's round-up of the meeting is judged by it, not by the flash's one line headed by the government (busy day
    62: the German round-up headed by the ministers stayed apart from the wire's flash and its write-up in every
    order, the flash's "subject" conflicting with it)."""
    texts = story.texts()
    write_ups = (*texts, linking) if linking is not None else texts
    return frozenset(x.event for x in texts if x.flash and any(flash_of_a_round_up(x, y) for y in write_ups))


def flash_at_a_meeting_beside_another_feed(a: StoryFingerprint, b: StoryFingerprint) -> bool:
    """A report of one side (either may be a story: the reports whose words it keeps) is a wire's flash headed by one
    government at a standing meeting its opening names ("FLASH - Spain pledges six Hawk launchers at NATO ministers'
    meeting"), and a report of the other side, from another feed (or one not known), tells a government's item (a
    government's own report: `EventEvidence.is_about_an_item`)."""
    return _flash_beside_item(a, b) or _flash_beside_item(b, a)


def _flash_beside_item(flash_side: StoryFingerprint, other: StoryFingerprint) -> bool:
    flash_feeds = {report.feed for report in flash_side.texts() if _flash_at_a_meeting(report)}
    if not flash_feeds:
        return False
    return any(report.event.is_about_an_item() and (report.feed is None or report.feed not in flash_feeds)
               for report in other.texts())


def _flash_at_a_meeting(report: StoryFingerprint) -> bool:
    return report.flash and bool(report.event.meetings) and len(report.event.headline_donors) == 1
