"""A wire's flash of one government's pledge at a meeting, and its write-up rounding up the meeting.

The flash is the news's first line ("URGENT - France pledges 12 more Caesar howitzers at NATO meeting"), its
write-up minutes later the agency's round-up of the meeting, headed by the same government and naming the others
who announced there (same_event's genre "meeting round-up"). Read alone, the flash is that government's report of
its announcement, which the lead's ruling keeps apart from a round-up ("subject"); but it is the round-up's own
first line, which the wire replaces by it: kept apart, the flash joined the government's own reports and the
write-up stood alone (stories round 60's LEFT, round 61).
"""

from __future__ import annotations

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
