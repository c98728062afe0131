"""The dated steps of a chronology: "October 2022: the first system reaches Ukraine",
"- janvier : Paris livre 12 canons", "März 2024: Berlin liefert ein zweites System".

A timeline paragraph (a wire's "TIMELINE-" piece, an explainer opening with what led to the
day's news) tells each earlier step under a label naming its month or year, in the historic
present. Its steps are background of the news the piece is hung on: read as that news they
give the article a first delivery, an earlier phase or an ordinal that conflicts with every
report of the day's pledge (review 47, day B). What the label marks is the form of the
sentence, not the headline's genre: an explainer without a slug has the same lines, and a
factbox's news sentence keeps its pledges.
"""

from __future__ import annotations

import re

from bot.core.pledges.donors.datelines import DATELINE
from bot.core.text import fold
from bot.core.text.months import ENGLISH_MONTHS, FRENCH_MONTHS, GERMAN_MONTHS, alternation

_MONTH = alternation(ENGLISH_MONTHS, FRENCH_MONTHS, GERMAN_MONTHS)
_YEAR = r"(?:19|20)\d\d"
# At the start of a sentence (folded): a list mark perhaps, "in"/"im"/"en" perhaps, then a
# month (with its day perhaps) and a year, or either alone, then the colon of a label
# (French puts a space before it). "2026: a fourth follows", "- janvier : Paris livre",
# "Im März 2024: Berlin liefert", "12 octobre 2022 : le premier système arrive".
_STEP_LABEL = re.compile(
    rf"\s*(?:[-\u2013\u2014\u2022*]\s*)?(?:(?:in|im|en)\s+)?"
    rf"(?:(?:\d{{1,2}}(?:\.|er)?\s+)?(?:{_MONTH})\.?(?:\s+{_YEAR})?|{_YEAR})\s?:\s"
)


def is_timeline_step(sentence: str) -> bool:
    """Whether the sentence (as written; a wire's dateline before it is skipped) opens with
    the dated label of a chronology's step."""
    dateline = DATELINE.match(sentence)
    rest = sentence[dateline.end():] if dateline else sentence
    return bool(_STEP_LABEL.match(fold(rest)))
