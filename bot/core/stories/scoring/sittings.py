"""Reports of standing meetings: which meetings a report or story names first, whether it
is about an item at all (else a round-up of a meeting or a statement), the one sitting
a live entry telling a meeting over may join, and previews of one sitting to come.
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.core.stories.fingerprint.fingerprints import StoryFingerprint
from bot.core.stories.scoring.report_times import names_a_day


def sole_sittings(fp: StoryFingerprint, stories: Iterable[tuple[int, StoryFingerprint]]) -> frozenset[int]:
    """The story a report telling a standing meeting over may join on that alone: a live
    entry "NATO defence ministers have wrapped up their meeting in Brussels" names the
    sitting that just ended, no day, no donor, no system, and retells the round-ups in a
    few words of its own (0.07-0.25 alike, below MEETING_OVER_SIMILARITY). When `stories`
    (those within the window) hold one round-up of that standing meeting, first named in
    its openings, that is the sitting; when they hold several (two sittings of one format
    dated alike, as on the real-article set replayed all dated now), which one ended is a
    guess, and none is returned. Either side may be the entry: a round-up arriving after
    the entry opened a story joins it so too."""
    meetings = _first_meetings(fp)
    if not meetings or about_an_item(fp):
        return frozenset()
    sittings = [(story_id, story) for story_id, story in stories
                if _first_meetings(story) & meetings and not about_an_item(story)]
    if len(sittings) != 1:
        return frozenset()
    story_id, story = sittings[0]
    return frozenset({story_id}) if _told_over_without_day(fp) or _told_over_without_day(story) else frozenset()


def _first_meetings(fp: StoryFingerprint) -> frozenset[str]:
    """The standing meetings the openings of a report, or of any report of a story, name first."""
    return frozenset().union(*(evidence.meetings for evidence in (fp.event, *fp.members)))


def _told_over_without_day(fp: StoryFingerprint) -> bool:
    return any("over" in evidence.occasions and not names_a_day(evidence) for evidence in (fp.event, *fp.members))


def lead_meetings(fp: StoryFingerprint) -> frozenset[str]:
    """The standing meetings the openings of a report, or of any report of a story, name first."""
    return frozenset().union(*(evidence.lead_meetings for evidence in (fp.event, *fp.members)))


def lead_meetings_shared(a: StoryFingerprint, b: StoryFingerprint) -> bool:
    return bool(lead_meetings(a) & lead_meetings(b))


def about_an_item(fp: StoryFingerprint) -> bool:
    return fp.event.is_about_an_item() or any(member.is_about_an_item() for member in fp.members)


def previews_of_one_sitting(a: StoryFingerprint, b: StoryFingerprint) -> bool:
    """Both sides tell a standing meeting still to come ("before the meeting at Ramstein", "avant cette réunion",
    "vor dem Waffen-Gipfel") and none of their reports names a day: reports of the meeting's eve, a quote and a
    round-up of the governments announcing before it, which share the meeting and little else (0.09 alike for the
    real set's German quote and French round-up of one contact-group meeting). A standing meeting sits once a month
    at most, so two previews naming no day, published within the caller's window, are of its next sitting. One
    telling it days away ("days ahead") is left out: the governments' own news then (gatherings._MEETING_DAYS_AHEAD)."""
    return all(
        any("ahead" in evidence.occasions for evidence in (fp.event, *fp.members))
        and not any("days ahead" in evidence.occasions or names_a_day(evidence) for evidence in (fp.event, *fp.members))
        for fp in (a, b))
