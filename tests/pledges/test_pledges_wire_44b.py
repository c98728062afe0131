"""Round 44b: the code review reread47b of round 44 (branch pledges44). Every sentence was written
for these tests in the style of Reuters, AFP and dpa (none is taken from the real-article set),
labelled by hand before it was run, as (donor, category, status, figure): the count of things
stated, else the sum of money, else none (tests/support/wire_labels.py).

- A1: a refusal of arms stays a refusal unless a limit of the arms follows the arms word at once
  and names what they must not do ("that can strike Russia", "capable of reaching", "with a
  range"); a reason after a comma (", which it says would prolong the war") is no limit. A limit
  promises nothing by its own giving verb.
- A2: "committing N troops" is no pledge cue only when the people word ends the counted noun
  phrase ("personnel carriers", "police vehicles" are things) and the people are sent somewhere
  (not "1,000 troops and 14 tanks", where the tanks keep the cue).
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, P, R
from tests.support.wire_reading import figures, in_three_languages

# ---------------------------------------------------------------- A1: a refusal with a reason, a limit alone

REFUSALS_EN = [
    # a reason or a fact after a comma: the refusal stands
    ("Hungary will send no weapons to Ukraine, which it says would only prolong the war, the prime minister said.",
     {("HU", "other", R, None)}),
    ("Hungary will send no weapons to Ukraine, which borders it to the east, Budapest said on Friday.",
     {("HU", "other", R, None)}),
    # a limit alone: no refusal of arms, and its "will send" promises nothing
    ("Germany will send no weapons that can strike Russian territory, the chancellor said.",
     set()),
    ("Germany will send no weapons capable of reaching Moscow, a government spokesman said.",
     set()),
    # a limit beside a precise gift: the gift alone
    ("Germany will send no weapons with a range of more than 100 km, but will deliver 10 IRIS-T systems.",
     {("DE", AIR, P, 10)}),
]
REFUSALS_FR = [
    ("La Hongrie n'enverra pas d'armes à l'Ukraine, ce qui selon elle ne ferait que prolonger la guerre.",
     {("HU", "other", R, None)}),
    ("L'Allemagne n'enverra pas d'armes à l'Ukraine, qui selon elle ne feraient que prolonger la guerre.",
     {("DE", "other", R, None)}),
]
REFUSALS_DE = [
    ("Ungarn wird keine Waffen an die Ukraine liefern, die den Krieg nur verlängern würden, sagte der Regierungschef.",
     {("HU", "other", R, None)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), in_three_languages(REFUSALS_EN, REFUSALS_FR, REFUSALS_DE))
def test_a_refusal_of_arms_stays_unless_a_limit_follows_the_arms(lang: str, text: str, expected: set):
    assert figures(text, lang) == expected


# ---------------------------------------------------------------- A2: people counted, things named with people words

COMMITTED_EN = [
    ("Canada is committing 200 armoured personnel carriers to Ukraine, the defence minister said.",
     {("CA", "armoured_vehicles", P, 200)}),
    ("Canada is committing 40 armoured personnel carriers (APCs) to Ukraine.",
     {("CA", "armoured_vehicles", P, 40)}),
    ("The United States is committing 50 police vehicles and 20 Humvees to Ukraine.",
     {("US", "armoured_vehicles", P, 20)}),
    # people named first, things after them: the things keep the cue
    ("Britain is committing 1,000 troops and 14 Challenger 2 tanks to Ukraine, the minister said.",
     {("GB", "tanks", P, 14)}),
    # (as round 44: people sent to a force, the tanks beside them are that force's)
    ("Britain is committing 5,000 more troops to a reassurance force in Ukraine, alongside 20 Challenger tanks.",
     set()),
]
COMMITTED_FR = [
    ("Le Canada va livrer 200 véhicules blindés de transport de troupes à l'Ukraine, a indiqué le ministre.",
     {("CA", "armoured_vehicles", P, 200)}),
]
COMMITTED_DE = [
    ("Kanada wird der Ukraine 200 gepanzerte Mannschaftstransporter liefern, sagte die Ministerin.",
     {("CA", "armoured_vehicles", P, 200)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), in_three_languages(COMMITTED_EN, COMMITTED_FR, COMMITTED_DE))
def test_committing_things_named_with_people_words_is_a_pledge(lang: str, text: str, expected: set):
    assert figures(text, lang) == expected


# ---------------------------------------------------------------- A4: the German verb before the sum

# The stop-47 ruling (round 44): a sum sent so that Ukraine buys one kind of thing is that thing's
# record carrying the sum. German puts the verb second in the present ("überweist 200 Millionen
# Euro, um ..."), the comma right after the sum: one record, as the perfect tense reads.
VERB_SECOND_DE = [
    ("Norwegen überweist 200 Millionen Euro, um der Ukraine den Kauf von Drohnen zu ermöglichen.",
     {("NO", "drones", P, 200_000_000)}),
    ("Schweden überweist 75 Millionen Euro, um der Ukraine den Kauf von Artilleriemunition zu ermöglichen, "
     "teilte das Ministerium mit.",
     {("SE", "ammunition", P, 75_000_000)}),
    # several kinds: the payer's funding, as before
    ("Norwegen überweist 200 Millionen Euro, um der Ukraine den Kauf von Drohnen und Munition zu ermöglichen.",
     {("NO", "funding", P, 200_000_000)}),
]
VERB_SECOND_EN = [
    ("Norway transfers 200 million euros to help Ukraine buy drones, the government said.",
     {("NO", "drones", P, 200_000_000)}),
]
VERB_SECOND_FR = [
    ("La Norvège verse 200 millions d'euros pour aider l'Ukraine à acheter des drones.",
     {("NO", "drones", P, 200_000_000)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), in_three_languages(VERB_SECOND_EN, VERB_SECOND_FR, VERB_SECOND_DE))
def test_a_sum_for_one_kind_is_one_record_with_the_verb_before_the_sum(lang: str, text: str, expected: set):
    assert figures(text, lang) == expected
