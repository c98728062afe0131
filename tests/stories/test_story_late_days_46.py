"""Late reports (beyond the 48-hour story window) and the days both sides name (stop 46).

A late report that agrees with a story on its pledges and is alike enough joins it as a re-telling
(story_score's late path). That path had ignored the days: Spain's Leopard delivery "on Wednesday"
and, a week later, another delivery of the same tanks "am Mittwoch" joined, and the second delivery
got no alert. Round 17 kept that pair apart only because the German report was read with a wrong
extra "pledged" record; once it was read right (pledges round 43) the pair joined. Now two sides
naming weekdays, or two naming dates, with no calendar day in common read back from each side's
publication, are two events; a weekday beside a date alone is not compared (that pair joins as
before). Texts written for this file; the Monday the helper dates a first report by is 2027-06-07.
"""

from __future__ import annotations

import pytest

from tests.support.story_pairs import matcher_joins, pair_case

_ON_WEDNESDAY = ("en", "Spain hands over ten more Leopard tanks to Ukraine",
                 "Spain has handed over ten more Leopard 2A4 battle tanks to Ukraine, the defence ministry in Madrid "
                 "said on Wednesday.")
_NEXT_WEDNESDAY = ("en", "Spain delivers another ten Leopard tanks to Ukraine",
                   "Spain delivered ten more Leopard 2A4 battle tanks to Ukraine on Wednesday, the defence ministry "
                   "in Madrid said.")
_ON_JUNE_9 = ("en", "Spain hands over ten more Leopard tanks to Ukraine",
              "Spain has handed over ten more Leopard 2A4 battle tanks to Ukraine on June 9, the defence ministry in "
              "Madrid said.")
_LE_9_JUIN = ("fr", "L'Espagne a livré dix chars Leopard à l'Ukraine",
              "L'Espagne a remis le 9 juin dix chars Leopard 2A4 à l'Ukraine, selon le ministère de la Défense.")
_LE_16_JUIN = ("fr", "L'Espagne a livré dix chars Leopard à l'Ukraine",
               "L'Espagne a remis le 16 juin dix chars Leopard 2A4 à l'Ukraine, selon le ministère de la Défense.")
_NO_DAY = ("fr", "L'Espagne a livré dix chars Leopard à l'Ukraine",
           "L'Espagne a remis dix chars Leopard 2A4 à l'Ukraine, selon le ministère de la Défense.")

PAIRS = [
    pair_case("a week later, 'on Wednesday' both times: the next Wednesday's delivery",
              _ON_WEDNESDAY, _NEXT_WEDNESDAY, 168, False),
    pair_case("a week later, June 9 against 16 juin: another delivery", _ON_JUNE_9, _LE_16_JUIN, 170, False),
    pair_case("five days later, the same date in French: one delivery", _ON_JUNE_9, _LE_9_JUIN, 120, True),
    pair_case("five days later, Wednesday against 9 juin (that Wednesday): one delivery",
              _ON_WEDNESDAY, _LE_9_JUIN, 120, True),
    pair_case("five days later, a re-telling naming no day: one delivery", _ON_WEDNESDAY, _NO_DAY, 120, True),
]


@pytest.mark.parametrize(("name", "first", "second", "hours", "one_event"), PAIRS)
def test_a_late_report_naming_another_day_is_another_event(name, first, second, hours, one_event, analyzer):
    assert matcher_joins(analyzer, first, second, hours) == one_event
