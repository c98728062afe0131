"""Stories round 53 (stop 53's leftovers of review 52, tests/stories/test_review_52.py). Every text here is
invented for this file.

1. A group's payment told in three languages, each outlet rounding the sum its own way ("EUR 2.3 billion",
   "2,28 milliards d'euros"): its reports share the group's sum as an event key ("EU|2.3e+09 EUR": the keys
   keep two significant figures, so a figure and its rounding to two figures are one key, and 2.2 against 2.3
   stay two), but a translation naming the group otherwise ("EU" / "l'Union européenne") and writing the
   figure otherwise shares almost no word of weight (0.03 for the pairs below, under the 0.05 an event key
   needs). A half is kept exact since round 53x ("2,25 milliards" and "2.3 billion" stay two: test_story_grouping_53x).
   Decided: two reports about a group alone, no country in either headline, that share the group's
   sum and name the same day are one decision from a likeness just above none (0.01), as two round-ups of
   one standing meeting on one day are. Another sum, another day, or no day named keeps them apart.
2. A recipient's thanks the next day for a promise (review 52 day C): a thanks adds no news, so it joins
   the promise's story when it thanks the one donor for the same system, in the phase the promise's reports
   tell, a day or two after the promise's day, with no figure of its own ("thanks for the 10 promised in
   March" is another batch). As for a thanks for an arrival (round 25), never across phases.
3. A legislature's steps beside a government's word (stop 52's leftovers). A bill that "clears a procedural
   hurdle" tells its approval as still ahead, as the government announcing the package does ("Congress must
   still approve the money"): on one day, with one sum, nothing told them apart and one alert was lost. The
   procedural vote told as done is now an act of its own (approvals.PROCEDURAL_STEP: conflict "step" with a
   report telling no such step), and a vote told in the passive naming no chamber ("was voted through", "a été
   voté") is the vote's report (approval given), apart from the word that says approval is ahead and with the
   report of the chamber's vote.
"""

from __future__ import annotations

import pytest

from bot.core.stories.evidence.approvals import APPROVAL_GIVEN, APPROVAL_PENDING, PROCEDURAL_STEP, approval_told
from bot.core.text import fold
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
    # "2,25 milliards" beside "2.3 billion": a half, rounded either way, is no sign of one sum (round 53x, D4:
    # two decisions of 1.45 and 1.5 billion on one day joined). Keeping two events apart wins.
    pair_case("group-sum-a-half-is-no-rounding", _EU_EN, _eu_fr("2,25", "jeudi "), 3, False),
    # Another sum of the group that day: another decision (2.2 is no rounding of 2.3).
    pair_case("group-other-sum-same-day", _EU_EN, _eu_fr("2,2", "jeudi "), 3, False),
    # The same sum on another day named, or with no day named to share: nothing but a sum and a group.
    pair_case("group-sum-other-day", _EU_EN, _eu_fr("2,28", "mardi "), 3, False),
    pair_case("group-sum-no-day", _EU_EN, _eu_fr("2,28", ""), 3, False),
]


@pytest.mark.parametrize(("name", "first", "second", "hours", "one_event"), GROUP_SUM_PAIRS)
def test_a_groups_sum_told_in_other_words(name, first, second, hours, one_event, analyzer):
    assert matcher_joins(analyzer, first, second, hours) is one_event


@pytest.mark.parametrize(("value", "key"), [
    (1.48e9, "1.5e+09"), (1.5e9, "1.5e+09"), (1.45e9, "1.45e+09"), (1.4e9, "1.4e+09"), (2.25e9, "2.25e+09"),
    (425e6, "4.25e+08"), (400e6, "4e+08"), (999.5e6, "1e+09"), (60e6, "6e+07"),
])
def test_a_sum_is_compared_at_two_figures_a_half_kept_exact(value, key):
    from bot.core.stories.figures.figures_told import sum_key
    assert sum_key(value) == key


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
_THANKS_UNDATED = ("en", "Zelensky thanks Spain for its decision to send 20 more Leopard 2 tanks",
                   "\"Our defence in the east will be stronger,\" the president writes.")
_MEETING = ("en", "Southern European defence ministers pledge more support for Ukraine at Madrid meeting",
            "MADRID (Wire) - Defence ministers of Spain, Portugal and Italy met in Madrid on Monday and pledged to keep "
            "up military support for Ukraine, with host Spain pointing to its new Leopard 2 pledge and Portugal "
            "and Italy promising more ammunition.")

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
    # A round-up of a meeting telling the donor's promise beside other governments' is no report of it.
    pair_case("thanks-for-the-promise-apart-from-a-meetings-round-up", _MEETING, _THANKS_UNDATED, 2, False),
]


@pytest.mark.parametrize(("name", "first", "second", "hours", "one_event"), THANKS_PAIRS)
def test_a_thanks_for_a_promise(name, first, second, hours, one_event, analyzer):
    assert matcher_joins(analyzer, first, second, hours) is one_event


# 3. A legislature's steps beside a government's word, all on one Tuesday.
_WORD = ("en", "US to send Ukraine $2.1 billion in Patriot interceptors, pending Congress",
         "WASHINGTON (Wire) - The United States will send Ukraine $2.1 billion worth of Patriot interceptors, the "
         "Pentagon said on Tuesday; Congress must still approve the money in a vote expected later this month.")
_WORD_FR = ("fr", "Washington va livrer pour 2,1 milliards de dollars de missiles Patriot à Kiev",
            "WASHINGTON (Agence) - Les Etats-Unis livreront à l'Ukraine pour 2,1 milliards de dollars de missiles "
            "Patriot, a annoncé mardi le Pentagone; le Congrès doit encore approuver les fonds.")
_HURDLE = ("en", "Ukraine Patriot money clears procedural hurdle in US Senate",
           "WASHINGTON (Paper) - A $2.1 billion package of Patriot interceptors for Ukraine cleared a procedural "
           "hurdle in the US Senate on Tuesday, with a final vote expected next week.")
_HURDLE_FR = ("fr", "Les fonds pour les Patriot franchissent une étape au Sénat américain",
              "WASHINGTON (Agence) - Le paquet de 2,1 milliards de dollars de missiles Patriot pour l'Ukraine a "
              "franchi mardi une étape procédurale au Sénat américain, un vote final étant attendu la semaine "
              "prochaine.")
_VOTED = ("en", "Ukraine Patriot package voted through",
          "WASHINGTON (Paper) - The $2.1 billion package of Patriot interceptors for Ukraine was voted through on "
          "Tuesday, clearing the way for deliveries.")
_VOTED_FR = ("fr", "Patriot pour l'Ukraine : le financement voté",
             "WASHINGTON (Agence) - Le financement de 2,1 milliards de dollars de missiles Patriot pour l'Ukraine a "
             "été voté mardi, ouvrant la voie aux livraisons.")
_SENATE = ("en", "US Senate approves $2.1 billion Patriot package for Ukraine",
           "WASHINGTON (Wire) - The US Senate on Tuesday approved a $2.1 billion package of Patriot interceptors "
           "for Ukraine, sending it to the president.")

STEP_PAIRS = [
    pair_case("word-apart-from-the-hurdle", _WORD, _HURDLE, 3, False),
    pair_case("word-fr-apart-from-the-hurdle", _WORD_FR, _HURDLE, 3, False),
    pair_case("word-apart-from-the-hurdle-fr", _WORD, _HURDLE_FR, 3, False),
    pair_case("word-apart-from-a-vote-naming-no-chamber", _WORD, _VOTED, 3, False),
    pair_case("word-fr-apart-from-a-vote-naming-no-chamber-fr", _WORD_FR, _VOTED_FR, 3, False),
    pair_case("hurdle-apart-from-the-vote", _HURDLE, _VOTED, 3, False),
    # One act told in two languages, or with and without its chamber, still joins.
    pair_case("hurdle-in-two-languages", _HURDLE, _HURDLE_FR, 3, True),
    pair_case("word-in-two-languages", _WORD, _WORD_FR, 3, True),
    pair_case("vote-naming-no-chamber-with-the-senates-vote", _SENATE, _VOTED, 3, True),
    pair_case("vote-naming-no-chamber-fr-with-the-senates-vote", _SENATE, _VOTED_FR, 3, True),
]


@pytest.mark.parametrize(("name", "first", "second", "hours", "one_event"), STEP_PAIRS)
def test_a_legislatures_steps_beside_a_governments_word(name, first, second, hours, one_event, analyzer):
    assert matcher_joins(analyzer, first, second, hours) is one_event


@pytest.mark.parametrize(("lead", "told"), [
    ("The aid bill cleared a procedural hurdle in the Senate on Tuesday.", {APPROVAL_PENDING, PROCEDURAL_STEP}),
    ("The Senate voted 70-29 on Thursday to advance the aid bill for Ukraine.", {APPROVAL_PENDING, PROCEDURAL_STEP}),
    ("Le texte a franchi mardi une première étape au Sénat.", {APPROVAL_PENDING, PROCEDURAL_STEP}),
    ("Das Hilfspaket nahm am Dienstag im US-Senat eine erste Hürde.", {APPROVAL_PENDING, PROCEDURAL_STEP}),
    ("The package was voted through on Tuesday.", {APPROVAL_GIVEN}),
    ("Le financement a été voté mardi.", {APPROVAL_GIVEN}),
    ("Congress must still approve the money.", {APPROVAL_PENDING}),
    # A final vote told as done is no procedural step; a bill voted down is no approval.
    ("The Senate cleared the aid bill on Thursday.", {APPROVAL_GIVEN}),
    ("The bill was voted down on Tuesday.", set()),
])
def test_the_steps_a_lead_tells(lead, told):
    assert approval_told(fold(lead)) == told
