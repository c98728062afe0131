"""A line or sentence dated after the article's own date tells a plan: a chronology's "- March
2027: first F-16s arrive", "12 juin 2027 : la France livre six Mirage", "Im Mai 2027 liefert
Berlin ..." is written in the historic present like the steps already made (timeline_steps.py
reads those as deliveries), but a date still to come cannot have been delivered. Such a
record is the promise it is, pledged.

The article's date is an argument (the feed's published date, the analyze input's "date"):
the core reads no clock, and without a date nothing changes. Only a date naming its year is
read (a bare "March:" in a January article may be last March), or a day and month with no year
in the article's own month ("On Dec 18 the first launchers arrive" in a Dec 6 article: that month
is this one, and its day still to come), or a day and month under a chronology's year heading (a
line "2025" above "- Dec 20: ..." dates it Dec 20, 2025); a day named is compared, so a later day
of the article's own month is after it. The article's time is read in UTC with a day's
margin: a local date written on the 1st while UTC still says the 30th ("On December 1, ..." in a
Berlin article stamped 23:30 UTC) is no date to come. A delivery told in the past tense ("On
December 1, Norway delivered ...", "a livré", "lieferte") is told as done, whatever its date.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from bot.core.models import Pledge
from bot.core.pledges.quantities.numbers import fold_aligned
from bot.core.text.months import ENGLISH_MONTHS, FRENCH_MONTHS, GERMAN_MONTHS, MONTH_ABBREVIATIONS

# Month number of every folded name and short form, January = 1.
_MONTH_NUMBER = {
    name: number
    for names in (ENGLISH_MONTHS, FRENCH_MONTHS, GERMAN_MONTHS)
    for number, name in enumerate(names, start=1)
} | {short: number for number, forms in enumerate(MONTH_ABBREVIATIONS, start=1) for short in forms}
_MONTH = "|".join(sorted(_MONTH_NUMBER, key=len, reverse=True))

# (folded text, at the evidence's start: a list mark, a preposition of time, a day, a month,
# a day, then the year, closed by the colon or dash of a line or the comma of a sentence's
# opening phrase)
_DATED_OPENING = re.compile(
    r"\s*(?:[-*\u2013\u2014\u2022]\s*)?"
    r"(?:(?:in|by|from|on|en|des|a partir de|d'ici|le|im|ab|bis|am)\s+)?"
    r"(?:\d{1,2}\.?\s+)?(?:(?P<month>" + _MONTH + r")\.?\s+)?(?:\d{1,2},?\s+)?"
    r"(?P<year>(?:19|20)\d\d)\s*[-:,\u2013\u2014]"
)


# ... and a day with its month and no year ("- Dec 18: ...", "On December 18, ...", "On Dec 18
# the first ...", "18 décembre : ...", "le 18 décembre, ...", "Am 18. Dezember ..."): read only
# in the article's own month (see dated_after)
_DAY_OPENING = re.compile(
    r"\s*(?:[-*\u2013\u2014\u2022]\s*)?"
    r"(?:(?:on|by|from|until|le|des|a partir du|d'ici au|am|ab|bis zum)\s+)?"
    r"(?:(?P<day>\d{1,2})\.?\s+(?P<month>" + _MONTH + r")\b\.?|(?P<month2>" + _MONTH + r")\.?\s+(?P<day2>\d{1,2})(?:st|nd|rd|th)?\b)"
    r"(?!\s*,?\s*(?:19|20)\d\d)"
)
# (folded text, after a day's year: "18 December 2026:" names the day too)
_DAY_BEFORE_YEAR = re.compile(r"\s*(?:[-*\u2013\u2014\u2022]\s*)?(?:[a-z' ]+\s+)?(?P<day>\d{1,2})\.?\s+(?:" + _MONTH + r")\b|"
                              r"\s*(?:[-*\u2013\u2014\u2022]\s*)?(?:[a-z' ]+\s+)?(?:" + _MONTH + r")\.?\s+(?P<day2>\d{1,2})\b")


def opening_date(folded: str) -> tuple[int, int | None] | None:
    """The (year, month or None) a folded line or sentence opens with, else None."""
    match = _DATED_OPENING.match(folded)
    if match is None:
        return None
    month = match.group("month")
    return int(match.group("year")), _MONTH_NUMBER[month] if month else None


def _opening_day(folded: str) -> int | None:
    """The day of the month a dated opening names before its year ("18 December 2026:"), else None."""
    match = _DAY_BEFORE_YEAR.match(folded)
    if match is None:
        return None
    return int(match.group("day") or match.group("day2"))


def _opening_day_of_month(folded: str) -> tuple[int, int] | None:
    """The (month, day) a folded line or sentence opens with when it names no year, else None."""
    match = _DAY_OPENING.match(folded)
    if match is None:
        return None
    month = match.group("month") or match.group("month2")
    return _MONTH_NUMBER[month], int(match.group("day") or match.group("day2"))


# (folded text: a delivery verb in the past tense, EN/FR/DE; "will be delivered" reads pledged
# already, so "delivered" here is a delivery told as made)
_PAST_DELIVERY = re.compile(
    r"\b(?:delivered|handed over|shipped|supplied|transferred|donated|arrived|"
    r"(?:a|ont|avait|avaient) (?:deja )?(?:livre|envoye|fourni|remis|cede|transfere)s?|"
    r"(?:a|ont) ete (?:livre|envoye|fourni|remis|cede|transfere)e?s?|livra|livrerent|"
    r"lieferte|lieferten|geliefert|ubergab|ubergaben|ubergeben|uberstellt|uberlassen)\b"
)
# A time zone can put the written day one ahead of UTC's: a day's margin (see the module's docstring).
_LOCAL_DAY_AHEAD = timedelta(days=1)


def _latest_local_day(published: date) -> date:
    """The latest day the article's writer may have dated it: UTC's day plus the margin (a
    datetime with no zone is taken as UTC, as the store and the poll give it)."""
    if isinstance(published, datetime):
        if published.tzinfo is not None:
            published = published.astimezone(UTC)
        published = published.date()
    return published + _LOCAL_DAY_AHEAD


def dated_after(folded: str, published: date, heading_year: int | None = None) -> bool:
    """Whether the line or sentence (folded) opens with a date later than `published` (a
    date or a time, UTC when it names no zone), with a day's margin. `heading_year` is the
    year of the chronology's heading the line stands under ("2025", "In 2025:"), if any."""
    latest = _latest_local_day(published)
    opening = opening_date(folded)
    if opening is None:
        day_of_month = _opening_day_of_month(folded)
        if day_of_month is None:
            return False
        if heading_year is not None:
            # (under a year heading, "- Dec 20: ..." is that year's December 20th)
            return (heading_year, *day_of_month) > (latest.year, latest.month, latest.day)
        # a day with no year is after the article only in the article's own month: another
        # month with no year may be last year's or next year's
        return day_of_month[0] == latest.month and day_of_month[1] > latest.day
    year, month = opening
    if month is None:
        return year > latest.year
    day = _opening_day(folded)
    if day is not None and (year, month) == (latest.year, latest.month):
        return day > latest.day  # the article's own month: its later days are still to come
    return (year, month) > (latest.year, latest.month)


def future_steps_as_promises(records: list[Pledge], published: date | None, text: str = "") -> list[Pledge]:
    """The records, a delivery told on a line dated after `published` read as pledged. `text`
    is the article as written, where a record's evidence is looked up for the year heading
    above it."""
    if published is None:
        return records
    return [
        replace(p, status="pledged")
        if p.status == "delivered" and _dated_after_untold_as_done(
            fold_aligned(p.evidence).lower(), published, _heading_year_above(text, p.evidence)
        ) else p
        for p in records
    ]


def _dated_after_untold_as_done(folded: str, published: date, heading_year: int | None) -> bool:
    return dated_after(folded, published, heading_year) and _PAST_DELIVERY.search(folded) is None


# A line that is only a year, a chronology's heading: "2025", "In 2025:", "## 2026", "En 2025 :"
_YEAR_HEADING = re.compile(
    r"^[ \t]*(?:#+[ \t]*)?(?:(?:in|en|im)[ \t]+)?(?P<year>(?:19|20)\d\d)[ \t]*:?[ \t]*$", re.MULTILINE | re.IGNORECASE
)


def _heading_year_above(text: str, evidence: str) -> int | None:
    """The year of the last year heading above the evidence in the article, if any."""
    at = text.find(evidence) if text and evidence else -1
    if at < 0:
        return None
    years = [match.group("year") for match in _YEAR_HEADING.finditer(text, 0, at)]
    return int(years[-1]) if years else None
