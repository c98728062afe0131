"""Relevance round 21: review 47's cause 31 (tests/rules/test_review_47.py): an English headline's bare
"hands N <things> to" a Ukrainian unit ("... campaign hands 120 drones to Ukrainian brigade") fired no
rule of giving: "hands over" and "hands Ukraine" are support words, "hands" alone is not (the noun: "in
Russian hands", "changed hands"), and a crowdfunding campaign is no donor the rules know.

Every text was written for this file in the style of wire copy, labelled by hand before any run, and never
taken from the real-article set or the probe. Look-alikes sit beside the aid items: "hands" before things
that are no weapons, weapons handed to someone other than Ukraine, weapons handed over by Ukraine, a
Ukrainian thing taken by Russia, and the noun ("in Ukrainian hands").

First run (2026-12-05, main's rules at bd40867, labels unchanged): 10 of 12; every look-alike right; two
aid items missed: the volunteers' drones (score 1, only the funding rule) and the charity's mortars (0, no
rule fired); the patrol boats (2) and the mines (3) read already ("to Ukraine's" is a support word). Then
config/rules.toml: a rule of its own (weight 2, as "gives 120 drones to Ukraine" has two signals from the
weapon rules): "hand", "hands", "handed" or "handing", the weapons (or mortars) within five words, "to", then
Ukraine or a Ukrainian unit within two: 12 of 12 (a first try allowing three words after "to" read "hands 20
captured Russian tanks to museum in Kyiv" as aid: two). Rescored before/after (tests/data and the real set,
1,751 texts): no verdict moved; 15 scores rose, all of texts labelled relevant (by 2 each: 3 -> 5 for 13 of
them, 2 -> 4 and 4 -> 6 for the others).
"""

from __future__ import annotations

import pytest

from bot.core.rules.language import RuleSet
from tests.support.wire_reading import assert_relevance, read

# (headline, lead, relevant), labelled by hand before the first run.
ITEMS = [
    # Aid: the bare verb of a headline, the weapons counted, a Ukrainian unit; the leads add no giving word.
    ("Latvian volunteers hand 60 drones to Ukrainian marines",
     "RIGA (Wire) - The reconnaissance drones were bought with money collected at concerts across Latvia, the "
     "organisers said on Sunday.", True),
    ("Dutch navy hands 12 patrol boats to Ukraine's coastal forces", "", True),
    ("Charity handed 40 mortars to Ukrainian territorial defence units last week, founder says", "", True),
    ("Estonian reservists handing 300 anti-tank mines to Ukraine's army in Kharkiv region", "", True),
    # Look-alikes: things that are no weapons; weapons to others; Ukraine handing over; the noun.
    ("Football club hands 200 match tickets to Ukrainian refugees",
     "LONDON (Wire) - The club said the tickets for Saturday's game would go to families who fled the war.",
     False),
    ("Police hand 30 seized drones to prosecutors after airport closure", "", False),
    ("Rheinmetall hands 50 Lynx vehicles to Hungarian army", "", False),
    ("Ukraine hands 20 captured Russian tanks to museum in Kyiv", "", False),
    ("Russian army hands captured Ukrainian howitzers to Moscow exhibition", "", False),
    ("Western tanks in Ukrainian hands need spare parts, officers say",
     "KYIV (Wire) - Repair crews near the front are short of engines and tracks for the tanks, officers said.",
     False),
    ("Mayor hands keys of 40 new homes to Ukrainian families", "", False),
    ("Drone maker hands 500 drones to Polish army as demand soars", "", False),
]


@pytest.mark.parametrize(("headline", "lead", "relevant"), ITEMS, ids=[item[0][:60] for item in ITEMS])
def test_items_are_read_as_labelled(defaults: RuleSet, headline: str, lead: str, relevant: bool):
    assert_relevance(defaults, read(defaults, headline, lead), relevant)
