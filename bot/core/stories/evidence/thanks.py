"""A recipient's thanks for a delivery, told in a headline ("Ukraine thanks Norway for NASAMS launchers",
"Kiew dankt Norwegen für NASAMS-Startgeräte", "L'Ukraine remercie la Norvège pour ses lanceurs NASAMS").
Pure.

Such a report, filed a day or two after the arrival it thanks for, is that delivery's follow-up (it
reports the arrival, nothing new): its lead names the day of the thanks, not of the arrival, and so
conflicted in weekday with the delivery's reports (tests/stories/test_story_grouping_25.py, Kyiv's Sunday
thanks for Saturday's launchers). same_event reads it as a follow-up of a report of that donor delivering
a system it names, told on a day one or two days before the thanks (or on no day named); a thanks for a
promise is the promise's report (pledge_news.thanked_for_deciding) and is no follow-up of a delivery.
The waiver holds only for the thanking's own day: a headline thanking a donor "as more launchers arrive",
its lead naming only the new batch's day of arrival, is a new delivery, and the causal "thanks to" is no
thanks at all (tests/stories/test_story_grouping_25b.py).
"""

from __future__ import annotations

import re

from bot.core.text.literal_gate import gated

THANKS_TOLD = "thanks told"

# A thanks in a headline (folded text): the verb of thanking, in the three languages; not the causal
# "thanks to" ("Kyiv downs drones thanks to Norway's NASAMS" tells what the launchers did, not a thanks).
_THANKS = gated(r"\b(?:thanks(?! to\b)|thanked|thank|remercie|remercient|dankt|danken|bedankt)\b")
_WEEKDAY = (r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi"
            r"|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag)")
# An arrival's own day (folded text): a weekday a few words after a verb of arriving ("arrived in Ukraine on
# Monday", "sont arrives lundi", "sind am Montag eingetroffen" is read from the verb's side only in English
# and French).
_ARRIVAL_DAY = re.compile(
    r"\b(?:arrived|arrive|arrives|arriving|reached|landed|sont arrivee?s|est arrivee?|arrives?)\b"
    rf"(?: [\w'.-]+){{0,5}}? (?:on |le |am |ce )?{_WEEKDAY}"
)
# The thanking's own day (folded text): a weekday a few words after a verb of thanking ("thanked Norway on
# Sunday", "a remercie dimanche la Norvege", "dankte Norwegen am Sonntag").
_THANKING_DAY = re.compile(
    r"\b(?:thanked|thanks|thanking|thank|remercie|remercient|remerciant|dankte|dankten|dankt|danken|bedankte"
    rf"|bedankten|bedankt)\b(?: [\w'.-]+){{0,5}}? (?:on |le |am |ce )?{_WEEKDAY}"
)


def thanks_told(folded_title: str, folded_lead: str = "") -> frozenset[str]:
    """THANKS_TOLD when the headline tells a thanks, and the lead names no arrival's day but the
    thanking's: a lead naming only an arrival's day ("More NASAMS launchers arrived on Monday, Zelensky
    said, thanking Oslo") tells a new arrival on its own day, no follow-up of an earlier one."""
    if not _THANKS.search(folded_title):
        return frozenset()
    if _ARRIVAL_DAY.search(folded_lead) and not _THANKING_DAY.search(folded_lead):
        return frozenset()
    return frozenset({THANKS_TOLD})
