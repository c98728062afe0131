"""The days a text names, as keys two reports can share: dates ("25 janvier", "25.
Januar", "Aug. 4" give "25-1", "4-8") and weekdays ("mercredi", "Mittwochabend" give 2),
in English, French and German. Apart from the event evidence that uses them
(bot.core.stories.evidence.events) because the story matcher's word reader needs the month words
too (bot.core.stories.fingerprint.wording: "Feb 10" is a date, not a count of ten)."""

from __future__ import annotations

import re

from bot.core.text.months import ENGLISH_MONTHS, FRENCH_MONTHS, GERMAN_MONTHS, MONTH_ABBREVIATIONS
from bot.core.text.literal_gate import gated

_MONTH_OF = {
    word: number
    for number, (*names, short) in enumerate(
        zip(ENGLISH_MONTHS, FRENCH_MONTHS, GERMAN_MONTHS, MONTH_ABBREVIATIONS), start=1)
    for word in (*names, *short)
}
# The month names and abbreviations of the three languages, folded.
MONTH_WORDS = frozenset(_MONTH_OF)
_MONTH = "(" + "|".join(sorted(_MONTH_OF, key=len, reverse=True)) + r")\b\.?"
# "25 janvier", "25. Januar", "1er juin" / "January 25", "Aug. 4": day before or after.
_DAY_MONTH = gated(r"\b([0-3]?\d)(?:er|st|nd|rd|th)?\.?\s+" + _MONTH)
_MONTH_DAY = gated(r"\b" + _MONTH + r"\s+([0-3]?\d)(?:st|nd|rd|th)?\b(?![.,]?\d)")

_WEEKDAYS = {
    0: "monday lundi montag",
    1: "tuesday mardi dienstag",
    2: "wednesday mercredi mittwoch",
    3: "thursday jeudi donnerstag",
    4: "friday vendredi freitag",
    5: "saturday samedi samstag sonnabend",
    6: "sunday dimanche sonntag",
}
_WEEKDAY_OF = {word: day for day, words in _WEEKDAYS.items() for word in words.split()}
# German glues parts of the day to the weekday ("Mittwochvormittag", "Sonntagabend").
_WEEKDAY = re.compile(r"\b(" + "|".join(_WEEKDAY_OF) + r")(?:s|morgen|vormittag|mittag|nachmittag|abend|nacht)?\b")
# A weekday or a date, as a pattern with no groups of its own, for readers of what a day is told with
# (decisions_approved: the day of a decision a vote's report recalls).
_MONTHS = "(?:" + "|".join(sorted(_MONTH_OF, key=len, reverse=True)) + ")"
DAY_PATTERN = (r"\b(?:" + "|".join(_WEEKDAY_OF) + r")(?:s|morgen|vormittag|mittag|nachmittag|abend|nacht)?\b"
               rf"|\b[0-3]?\d(?:er|st|nd|rd|th)?\.?\s+{_MONTHS}\b\.?"
               rf"|\b{_MONTHS}\b\.?\s+[0-3]?\d(?:st|nd|rd|th)?\b(?![.,]?\d)")


def dates_named(folded: str) -> set[str]:
    """The dates a folded text names, as "day-month" keys ("25 janvier" -> "25-1")."""
    found = set()
    for match in _DAY_MONTH.finditer(folded):
        found.add(_date_key(match.group(1), match.group(2)))
    for match in _MONTH_DAY.finditer(folded):
        found.add(_date_key(match.group(2), match.group(1)))
    found.discard("")
    return found


def _date_key(day: str, month_word: str) -> str:
    value = int(day)
    # "May" and "mar" are also words; only a plausible day makes them a date.
    return f"{value}-{_MONTH_OF[month_word]}" if 1 <= value <= 31 else ""


def weekdays_named(folded: str) -> set[int]:
    """The weekdays a folded text names, Monday = 0."""
    return {_WEEKDAY_OF[match.group(1)] for match in _WEEKDAY.finditer(folded)}
