"""A thanks speech told in the headline: "Zelensky thanks Norway, Czech Republic and Portugal
for arms deliveries", "Zelensky remercie la Norvège, ...", "Selenskyj dankt Norwegen und
Kanada für ...", "« Merci au Danemark » : ...".

Such a speech names earlier deliveries, seldom a figure, and each outlet reads its list of
donors and things in its own way (a gapped "X for A, Y for B" is read differently in each
language), so its reports agree neither on a number nor on their pledges. What they share is
the statement: the thanks, the governments thanked and the day (see
same_event._thanks_shared).
"""

from __future__ import annotations

import re

THANKS = "thanks"

# A thanks verb or "merci" in a headline (folded text). "Thanksgiving" is no thanks.
_THANKS = re.compile(
    r"\b(?:thanks|thanked|thanking|remercie\w*|merci|dankt|dankte|bedankt\w*)\b(?!giving)"
)


def thanks_told(folded_title: str) -> frozenset[str]:
    """THANKS when the headline tells a thanks, else nothing."""
    return frozenset({THANKS}) if _THANKS.search(folded_title) else frozenset()
