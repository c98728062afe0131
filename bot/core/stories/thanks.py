"""A recipient's thanks for a delivery, told in a headline ("Ukraine thanks Norway for NASAMS launchers",
"Kiew dankt Norwegen für NASAMS-Startgeräte", "L'Ukraine remercie la Norvège pour ses lanceurs NASAMS").
Pure.

Such a report, filed a day or two after the arrival it thanks for, is that delivery's follow-up (it
reports the arrival, nothing new): its lead names the day of the thanks, not of the arrival, and so
conflicted in weekday with the delivery's reports (tests/stories/test_story_grouping_25.py, Kyiv's Sunday
thanks for Saturday's launchers). same_event reads it as a follow-up of a report of that donor delivering
a system it names, told on a day one or two days before the thanks (or on no day named); a thanks for a
promise is the promise's report (pledge_news.thanked_for_deciding) and is no follow-up of a delivery.
"""

from __future__ import annotations

import re

THANKS_TOLD = "thanks told"

# A thanks in a headline (folded text): the verb of thanking, in the three languages.
_THANKS = re.compile(r"\b(?:thanks|thanked|thank|remercie|remercient|dankt|danken|bedankt)\b")


def thanks_told(folded_title: str) -> frozenset[str]:
    """THANKS_TOLD when the headline tells a thanks."""
    return frozenset({THANKS_TOLD}) if _THANKS.search(folded_title) else frozenset()
