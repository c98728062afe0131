"""Datelines: the city, date and agency that open a wire story ("BERLIN (dpa) -"), and
one told right after a city's name ("BRUSSELS (Reuters)", "BRUXELLES, 3 mars"): where the
news was filed, no donor."""

from __future__ import annotations

from bot.core.text.lazy_pattern import lazy
from bot.core.text.months import ENGLISH_MONTHS, FRENCH_MONTHS, GERMAN_MONTHS, MONTH_ABBREVIATIONS, month_names

# A dateline: the city in capitals, two of them for a story filed from both ("SEOUL/KYIV",
# "WASHINGTON/KIEW"), a date, the agency ("BERLIN (dpa) -", "PARIS, 3 déc (AFP) -").
DATELINE = lazy(r"[A-ZÀ-Ý][A-ZÀ-Ý' ./-]+(?:,[^-\u2013\u2014]{1,20})?\s*(?:\([^)]{1,20}\))?\s*[-\u2013\u2014]\s")


# A dateline after the seat: "BRUSSELS (Reuters)", "BRUXELLES, 3 mars", "BRUSSELS, Dec 3
# (Reuters)", "BRUSSELS, March 3" (the month named or cut short, then the day).
_DATELINE_MONTHS = "|".join(
    sorted(month_names(ENGLISH_MONTHS, FRENCH_MONTHS, GERMAN_MONTHS, *MONTH_ABBREVIATIONS), key=len, reverse=True)
)
DATELINE_AFTER = lazy(rf"\s*(?:\(|,\s*\d|,\s*(?:{_DATELINE_MONTHS})\.?\s+\d|-based|-basee?s?)")
