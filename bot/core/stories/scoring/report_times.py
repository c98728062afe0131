"""When reports were published, and the days they name read against those times.

How far apart two reports are (a month-only date read as any moment of its month), how
near an article is to a story of several reports, and whether two sides name the same
calendar day, directly or by a weekday read back from each side's publication.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta, timezone

from bot.core.stories.evidence.events import EventEvidence
from bot.core.stories.fingerprint.fingerprints import StoryFingerprint


def nearest_apart(when: datetime, times: Iterable[datetime]) -> timedelta:
    """How far an article published `when` is from the nearest of a story's reports. A
    story of several days (a preview, the round-ups, the next day's follow-up) is as near
    as its closest report: a live entry hours after the latest update is hours away, not
    the days since the preview that opened the story."""
    # `when`'s span read once, not once per report (story matching asks this of every story it scores).
    low_one, high_one = _span(when)
    return min(_gap(low_one, high_one, *_span(moment)) for moment in times)


def as_utc(moment: datetime) -> datetime:
    """Feeds mix naive and aware dates; a naive one is taken as UTC rather than crash."""
    return moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment


def time_apart(one: datetime, other: datetime) -> timedelta:
    """How far apart two publication times are, reading a time that only names its month
    as any moment of that month.

    Feeds that know only the month of an article (archives, aggregators re-posting
    older copy) give midnight UTC on the 1st. Taken literally, such a report of an
    event of the 9th would be 8 days away from the other reports of it; read as "some
    time that month", it is as close as the month allows. The event evidence still has
    to agree (see `story_score`), so this only stops the calendar from vetoing."""
    return _gap(*_span(one), *_span(other))


def _gap(low_one: datetime, high_one: datetime, low_other: datetime, high_other: datetime) -> timedelta:
    """How far apart two spans of time are (none when they overlap)."""
    if high_one < low_other:
        return low_other - high_one
    if high_other < low_one:
        return low_one - high_other
    return timedelta(0)


def surely_after(one: datetime, other: datetime, margin: timedelta = timedelta(0)) -> bool:
    """`one` was published more than `margin` after `other` whichever moment of its month a
    month-only date is (`time_apart`) and whichever moment of its day a day-only date is (midnight
    UTC exactly: feeds that know only the day give it): surely later, not possibly later."""
    return _loose_span(one)[0] > _loose_span(other)[1] + margin


def _loose_span(moment: datetime) -> tuple[datetime, datetime]:
    """`_span`, and a day-only date (midnight) read as any moment of its day. Kept apart from
    `_span` because `time_apart` reads such a midnight literally."""
    low, high = _span(moment)
    if low == high and (low.hour, low.minute, low.second, low.microsecond) == (0, 0, 0, 0):
        return low, low + timedelta(days=1) - timedelta(microseconds=1)
    return low, high


def _span(moment: datetime) -> tuple[datetime, datetime]:
    moment = as_utc(moment).astimezone(timezone.utc)
    if (moment.day, moment.hour, moment.minute, moment.second, moment.microsecond) != (1, 0, 0, 0, 0):
        return moment, moment
    next_month = (moment.replace(day=28) + timedelta(days=4)).replace(day=1)
    return moment, next_month - timedelta(microseconds=1)


def publication_day_named(fp: StoryFingerprint, published: datetime, story: StoryFingerprint,
                          story_times: Iterable[datetime]) -> bool:
    """One side names no day and was published on a day the other side names: a preview
    naming the contact group's "20. Januar" and a report from the meeting, published that
    day, that names none. A report tells its own day's news without naming the day; two
    sittings of one standing meeting are weeks apart. Either side may be a story (its
    reports' days and publication times)."""
    if not names_a_day(fp.event):
        return _day_key(published) in frozenset().union(*(evidence.dates for evidence in (story.event, *story.members)))
    if not any(names_a_day(evidence) for evidence in (story.event, *story.members)):
        return any(_day_key(moment) in fp.event.dates for moment in story_times)
    return False


def same_day_read_back(fp: StoryFingerprint, published: datetime, story: StoryFingerprint,
                       story_times: Iterable[datetime]) -> bool:
    """The two sides name the same calendar day: a date both name ("25-1"), or a weekday
    that, read back from each side's publication to the latest such weekday on or before
    it, falls on one date. Friday's weekly telling what Norway pledged "am Dienstag" and
    the wire's "on Tuesday", filed that Tuesday (or the next morning), name one day; a
    weekly naming Tuesday eight days after the wire's Tuesday names the next one. Either
    side may be a story (the days its reports name, read back from each of its reports'
    publication times)."""
    story_side = (story.event, *story.members)
    if fp.event.dates & frozenset().union(*(evidence.dates for evidence in story_side)):
        return True
    mine = _days_read_back(fp.event.weekdays, (published,))
    times = tuple(story_times)
    return any(mine & _days_read_back(evidence.weekdays, times) for evidence in story_side)


def _days_read_back(weekdays: Iterable[int], times: Iterable[datetime]) -> set[date]:
    """The dates the weekdays named mean when read at `times`: the latest such weekday on
    or before each day (news tells what happened; a weekday ahead, "will meet on Thursday",
    is read back a week and matches nothing near)."""
    days = set()
    for moment in times:
        day = as_utc(moment).astimezone(timezone.utc).date()
        days.update(day - timedelta(days=(day.weekday() - weekday) % 7) for weekday in weekdays)
    return days


def names_a_day(evidence: EventEvidence) -> bool:
    return bool(evidence.dates or evidence.weekdays)


def _day_key(moment: datetime) -> str:
    """The key bot.core.stories.evidence.named_days gives the date of `moment` ("20-1")."""
    return f"{moment.day}-{moment.month}"
