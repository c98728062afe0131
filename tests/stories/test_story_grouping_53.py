"""Stories round 53 (stop 53's leftovers of review 52, tests/stories/test_review_52.py). Every text here is
invented for this file.

1. A group's payment told in three languages, each outlet rounding the sum its own way ("EUR 2.3 billion",
   "2,28 milliards d'euros"): its reports share the group's sum as an event key ("EU|2.3e+09 EUR": the keys
   keep two significant figures, so a figure and its rounding to two figures are one key, and 2.2 against 2.3
   stay two), but a translation naming the group otherwise ("EU" / "l'Union européenne") and writing the
   figure otherwise shares almost no word of weight (0.03 for the pairs below, under the 0.05 an event key
   needs). Decided: two reports about a group alone, no country in either headline, that share the group's
   sum and name the same day are one decision from a likeness just above none (0.01), as two round-ups of
   one standing meeting on one day are. Another sum, another day, or no day named keeps them apart.
2. A recipient's thanks the next day for a promise (review 52 day C): a thanks adds no news, so it joins
   the promise's story when it thanks the one donor for the same system, in the phase the promise's reports
   tell, a day or two after the promise's day, with no figure of its own ("thanks for the 10 promised in
   March" is another batch). As for a thanks for an arrival (round 25), never across phases.
"""

from __future__ import annotations

import pytest

from tests.support.story_pairs import matcher_joins, pair_case

# 1. One group's payment, two outlets, figures rounded differently.
_EU_EN = ("en", "EU releases EUR 2.3 billion for Ukraine's weapons from Russian asset profits",
          "BRUSSELS (Wire) - The European Union on Thursday transferred EUR 2.3 billion to Kyiv, drawn from the "
          "proceeds of immobilised Russian central bank reserves, to pay for drones and shells, the Commission "
          "said.")
_EU_DE = ("de", "Brüssel zahlt Kiew 2,3 Milliarden Euro aus russischen Zinsgewinnen",
          "BRÜSSEL (Zeitung) - Die Europäische Union hat am Donnerstag gut 2,3 Milliarden Euro an die Ukraine "
          "gezahlt. Das Geld stammt aus Gewinnen eingefrorener Moskauer Reserven und soll in Munition fließen.")


def _eu_fr(sum_: str, day: str) -> tuple[str, str, str]:
    return ("fr", f"L'UE verse {sum_} milliards d'euros issus des fonds russes gelés pour armer Kiev",
            f"BRUXELLES (Agence) - L'Union européenne a viré {day}à l'Ukraine {sum_} milliards d'euros tirés des "
            "intérêts des fonds russes gelés, qui paieront obus et défense antiaérienne.")


GROUP_SUM_PAIRS = [
    pair_case("group-sum-rounded-otherwise-same-day", _EU_EN, _eu_fr("2,28", "jeudi "), 3, True),
    pair_case("group-sum-rounded-otherwise-same-day-de", _EU_DE, _eu_fr("2,28", "jeudi "), 3, True),
    # Another sum of the group that day: another decision (2.2 is no rounding of 2.3).
    pair_case("group-other-sum-same-day", _EU_EN, _eu_fr("2,2", "jeudi "), 3, False),
    # The same sum on another day named, or with no day named to share: nothing but a sum and a group.
    pair_case("group-sum-other-day", _EU_EN, _eu_fr("2,28", "mardi "), 3, False),
    pair_case("group-sum-no-day", _EU_EN, _eu_fr("2,28", ""), 3, False),
]


@pytest.mark.parametrize(("name", "first", "second", "hours", "one_event"), GROUP_SUM_PAIRS)
def test_a_groups_sum_told_in_other_words(name, first, second, hours, one_event, analyzer):
    assert matcher_joins(analyzer, first, second, hours) is one_event


# 2. A thanks the next day for a promise.
_PLEDGE = ("en", "Spain to send Ukraine 20 more Leopard 2 tanks",
           "MADRID (Wire) - Spain will send Ukraine 20 more Leopard 2 tanks from its reserve stocks, Defence "
           "Minister Lucia Ortega said on Monday.")
_PLEDGE_DE = ("de", "Spanien schickt der Ukraine 20 weitere Leopard-2-Panzer",
              "MADRID (Agentur) - Spanien wird der Ukraine 20 weitere Kampfpanzer vom Typ Leopard 2 liefern, "
              "kündigte Verteidigungsministerin Lucia Ortega am Montag an.")
_THANKS = ("en", "Zelensky thanks Spain for 20 Leopard 2 tanks",
           "KYIV (Paper) - President Volodymyr Zelensky thanked Spain on Tuesday for the 20 Leopard 2 tanks Madrid "
           "promised a day earlier, saying they would strengthen the defence of the east.")
_THANKS_FR = ("fr", "Kiev remercie Madrid pour les 20 chars Leopard 2",
              "KIEV (Agence) - Le président Volodymyr Zelensky a remercié mardi l'Espagne pour les 20 chars "
              "Leopard 2 promis la veille par Madrid.")
_THANKS_OTHER_BATCH = ("en", "Zelensky thanks Spain for 10 Leopard 2 tanks",
                       "KYIV (Paper) - President Volodymyr Zelensky thanked Spain on Tuesday for the 10 Leopard 2 "
                       "tanks Madrid promised in March.")
_THANKS_DAYS_LATER = ("en", "Zelensky thanks Spain for 20 Leopard 2 tanks",
                      "KYIV (Paper) - President Volodymyr Zelensky thanked Spain on Friday for the 20 Leopard 2 "
                      "tanks Madrid promised this week.")
_ARRIVAL = ("en", "Spain's 20 Leopard 2 tanks arrive in Ukraine",
            "KYIV (Wire) - The 20 Leopard 2 tanks promised by Spain have arrived in Ukraine, the Ukrainian defence "
            "ministry said on Tuesday.")

THANKS_PAIRS = [
    pair_case("thanks-a-day-after-the-promise", _PLEDGE, _THANKS, 24, True),
    pair_case("thanks-a-day-after-the-promise-fr", _PLEDGE, _THANKS_FR, 24, True),
    # The German promise's present headline ("schickt") is read in either phase; the thanks's one is among them.
    pair_case("thanks-a-day-after-a-promise-told-in-the-present", _PLEDGE_DE, _THANKS, 24, True),
    pair_case("thanks-for-another-batch-apart", _PLEDGE, _THANKS_OTHER_BATCH, 24, False),
    # Four days on: the thanks's own day is no follow-up's.
    pair_case("thanks-days-later-apart", _PLEDGE, _THANKS_DAYS_LATER, 40, False),
    # A promise's thanks and the arrival of the things are two phases, two events.
    pair_case("thanks-for-the-promise-apart-from-the-arrival", _ARRIVAL, _THANKS, 2, False),
]


@pytest.mark.parametrize(("name", "first", "second", "hours", "one_event"), THANKS_PAIRS)
def test_a_thanks_for_a_promise(name, first, second, hours, one_event, analyzer):
    assert matcher_joins(analyzer, first, second, hours) is one_event
