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
- A4: the German verb-second form of the stop-47 sum ruling.
- A3, A8: the article's date read in UTC with a day's margin, a past-tense delivery never a
  promise, the CLI's timestamp in UTC, the poll's broken-clock date as no date.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.config import load_entities
from bot.core.analysis import Analyzer
from bot.core.models import Entry
from bot.poll_analysis import analyse_each
from tests.support.wire_labels import AIR, D, P, R
from tests.support.wire_reading import figures, in_three_languages, readings, shipped_extract, shipped_rules

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


# ---------------------------------------------------------------- A3: the article's time near a month's end

# A Berlin or Kyiv article written on the 1st is stamped the 30th in UTC (23:30): its line "On
# December 1" is no date to come. The time is read in UTC with a day's margin; a delivery told in
# the past tense is done, whatever its date.
NEAR_MIDNIGHT = datetime(2026, 11, 30, 23, 30, tzinfo=UTC)
MONTH_END = [
    ("en", "On December 1, 2026, Norway delivered six F-16 jets to Ukraine, the ministry said.",
     {("NO", "aircraft", D, 6)}),
    ("fr", "Le 1er décembre 2026, la Norvège a livré six F-16 à l'Ukraine, a indiqué le ministère.",
     {("NO", "aircraft", D, 6)}),
    ("de", "Am 1. Dezember 2026 lieferte Norwegen sechs F-16 an die Ukraine, teilte das Ministerium mit.",
     {("NO", "aircraft", D, 6)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), MONTH_END)
def test_a_past_delivery_dated_the_day_after_utc_stays_delivered(lang: str, text: str, expected: set):
    found = shipped_extract(text, lang=lang, published=NEAR_MIDNIGHT)
    assert {(p.donor, p.category, p.status, p.quantity) for p in found} == expected


def test_a_historic_present_step_in_the_next_month_at_midnight_utc_is_no_promise():
    text = ("Norway will send more jets, the government said.\n\nTimeline:\n"
            "- May 2026: Oslo sends 6 F-16 jets to Ukraine.\n- December 2026: Oslo sends 4 more F-16 jets.")
    found = shipped_extract(text, lang="en", published=NEAR_MIDNIGHT)
    assert (P, 4) not in {(p.status, p.quantity) for p in found}
    # (a month later than the margin still is: the step is a plan)
    found = shipped_extract(text.replace("December 2026", "February 2027"), lang="en", published=NEAR_MIDNIGHT)
    assert (P, 4) in {(p.status, p.quantity) for p in found}


def test_the_analyze_command_reads_a_timestamp_in_utc(env):
    # The poll reads a feed's time in UTC; `pledgewatch analyze` reads an item's "date" alike.
    # 22:00 on the 29th in New York is 03:00 on the 30th in UTC: with the day's margin, a
    # December step is no date to come (the written day, the 29th, would make it one).
    text = ("Norway will send more jets, the government said.\n\nTimeline:\n"
            "- May 2026: Oslo sends 6 F-16 jets to Ukraine.\n- December 2026: Oslo sends 4 more F-16 jets.")
    item = {"id": "timed", "title": "Norway to send more jets to Ukraine", "summary": text, "lang": "en"}
    lines = "".join(json.dumps(item | {"date": d}) + "\n" for d in ("2026-11-29T22:00:00-05:00", "2026-11-29"))
    proc = subprocess.run([sys.executable, "-m", "bot", "analyze"], input=lines.encode(), capture_output=True,
                          timeout=300, env=dict(os.environ, PYTHONPATH=str(Path(__file__).parents[2])))
    timed, day = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert (P, 4) not in {(p["status"], p["quantity"]) for p in timed["pledges"]}
    assert (P, 4) in {(p["status"], p["quantity"]) for p in day["pledges"]}


# ---------------------------------------------------------------- A8: a broken clock's date

def test_the_poll_reads_a_broken_clocks_date_as_no_date():
    # A feed stamping 1970-01-01 (a Unix time of 0) is stored with no date; the poll's analysis
    # reads it so too, as `reanalyze` reads the stored row: dated steps stay deliveries.
    text = ("- March 2024: Germany delivers 18 Leopard 2 tanks to Ukraine.\n"
            "- May 2025: Germany delivers four IRIS-T systems to Ukraine.")
    analyzer = Analyzer(shipped_rules(), load_entities())
    entry = Entry(feed_url="http://127.0.0.1/feed", guid="g1", url="http://127.0.0.1/a", title="Germany's deliveries to Ukraine",
                  summary=text, lang="en")
    readings = [
        {(p.category, p.status, p.quantity) for p in prepared.analysis.pledges}
        for prepared in analyse_each(analyzer, None, [
            entry, replace(entry, published=datetime(1970, 1, 1, tzinfo=UTC)),
            replace(entry, published=datetime(9999, 1, 1, tzinfo=UTC)),
        ])
    ]
    assert readings[0] == {("tanks", D, 18), (AIR, D, 4)}
    assert readings[1] == readings[0]
    assert readings[2] == readings[0]


# ---------------------------------------------------------------- B2, B3: a headline's first arrival

# A headline in the present over a body that only promises the same thing compresses the promise
# (stories28: "Italy delivers second SAMP/T system" over "will deliver"). Not a first arrival, nor
# Ukraine receiving, nor a body promising the rest: the headline's delivery was made before it.
# (headline, body, the (donor, category, status, system, count) read)
FIRST_ARRIVALS = [
    ("en", "Ukraine receives first Abrams tanks from US",
     "Washington will deliver the remaining 21 Abrams tanks by autumn, officials said.",
     {("US", "tanks", D, "Abrams", None), ("US", "tanks", P, "Abrams", 21)}),
    ("en", "Ukraine gets first F-16 jets from Denmark",
     "Copenhagen will deliver the remaining 13 F-16 jets by the end of the year, the ministry said.",
     {("DK", "aircraft", D, "F-16", None), ("DK", "aircraft", P, "F-16", 13)}),
    ("de", "Ukraine erhält erste Leopard-Panzer aus Deutschland",
     "Die restlichen zehn Leopard-Panzer will Berlin bis zum Sommer liefern, sagte ein Sprecher.",
     {("DE", "tanks", D, "Leopard", None), ("DE", "tanks", P, "Leopard", 10)}),
    # B3: the body tells the delivery naming no system: the headline's system stays on it
    ("en", "Denmark delivers first F-16 jets to Ukraine",
     "Denmark will deliver the remaining 13 F-16 jets by the end of the year, the ministry said. "
     "The first six jets are now in Ukraine.",
     {("DK", "aircraft", D, "F-16", 6), ("DK", "aircraft", P, "F-16", 13)}),
    # (stories28's reading stays: a present headline over the body's promise alone is that promise)
    ("en", "Italy delivers second SAMP/T system to Ukraine",
     "Italy will deliver a second SAMP/T system to Ukraine, the defence ministry said.",
     {("IT", AIR, P, "SAMP/T", None)}),
    ("fr", "La France livre des Rafale à l'Ukraine",
     "Paris livrera 10 Rafale d'ici l'été, selon le ministère.",
     {("FR", "aircraft", P, "Rafale", 10)}),
]


@pytest.mark.parametrize(("lang", "title", "body", "expected"), FIRST_ARRIVALS)
def test_a_headlines_first_arrival_stays_a_delivery(lang: str, title: str, body: str, expected: set):
    assert readings(body, lang, "donor", "category", "status", "system", "quantity", title=title) == expected


# ---------------------------------------------------------------- A5, A6: people already there, a possessive place

# Things told as already in Ukraine are delivered (round 44); people told so are forces on the
# ground, a report or an allegation: no training delivered.
PEOPLE_THERE_EN = [
    ("Britain has pledged 14 Challenger 2 tanks. British military instructors are already in Ukraine, Moscow "
     "claims.",
     {("GB", "tanks", P, 14)}),
    # (things as the subject still are delivered)
    ("Sweden has pledged 50 CV90 vehicles. Half of them are already in Ukraine, the minister said.",
     {("SE", "armoured_vehicles", P, 50), ("SE", "armoured_vehicles", D, None)}),
]
PEOPLE_THERE_FR = [
    ("La France a promis 12 canons Caesar à l'Ukraine. Des instructeurs français sont déjà en Ukraine, selon "
     "Moscou.",
     {("FR", "artillery", P, 12)}),
]
PEOPLE_THERE_DE = [
    ("Deutschland hat der Ukraine 18 Leopard-2-Panzer zugesagt. Deutsche Ausbilder sind bereits in der Ukraine, "
     "heißt es in Moskau.",
     {("DE", "tanks", P, 18)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), in_three_languages(PEOPLE_THERE_EN, PEOPLE_THERE_FR, PEOPLE_THERE_DE))
def test_people_already_in_ukraine_are_no_delivery(lang: str, text: str, expected: set):
    assert figures(text, lang) == expected


# Money going to Kyiv is the payer's funding, delivered (round 44); to a place of Kyiv's named
# with a possessive it is no arms funding.
MONEY_GONE_EN = [
    ("Some 2 million euros of the funds went to Kyiv's hospitals, the EU said of its 5 billion euro weapons "
     "package.",
     set()),
    ("Since 2022, 3 billion euros from the Netherlands went to Kyiv for weapons, the ministry said.",
     {("NL", "funding", D, 3_000_000_000)}),
]
MONEY_GONE_FR = [
    ("Quelque 2 millions d'euros sont allés aux hôpitaux de Kiev, a précisé l'UE.",
     set()),
]
MONEY_GONE_DE = [
    ("Rund 2 Millionen Euro flossen an Kiews Krankenhäuser, teilte die EU mit.",
     set()),
]


@pytest.mark.parametrize(("lang", "text", "expected"), in_three_languages(MONEY_GONE_EN, MONEY_GONE_FR, MONEY_GONE_DE))
def test_money_gone_to_a_place_of_kyivs_is_no_funding(lang: str, text: str, expected: set):
    assert figures(text, lang) == expected


# ---------------------------------------------------------------- A7: a sum for several counted things

# The stop-47 ruling: a sum for things of several kinds is no one thing's. Counted, each thing is
# its own record with its count, and the sum is on none of them: the category totals would put the
# whole sum on the first thing named. The lead's ruling of stop 48 adds the sum as the payer's
# funding record beside them (first labels: no funding record).
SEVERAL_COUNTED_EN = [
    ("Norway will transfer $200 million to help Ukraine buy 20 drones and five radars, the government said.",
     {("NO", "drones", 20, None), ("NO", "other", 5, None), ("NO", "funding", None, 200_000_000)}),
    ("Norway will provide $200 million for 20 drones and five radars for Ukraine.",
     {("NO", "drones", 20, None), ("NO", "other", 5, None), ("NO", "funding", None, 200_000_000)}),
    # (one counted thing carries its sum, as before)
    ("Norway will provide $200 million for 20 drones, the ministry said.",
     {("NO", "drones", 20, 200_000_000)}),
]
SEVERAL_COUNTED_FR = [
    ("La Norvège versera 25 millions d'euros pour l'achat de 20 radars et 500 drones pour l'Ukraine.",
     {("NO", "other", 20, None), ("NO", "drones", 500, None), ("NO", "funding", None, 25_000_000)}),
]
SEVERAL_COUNTED_DE = [
    ("Norwegen stellt 25 Millionen Euro für den Kauf von 20 Radargeräten und 500 Drohnen für die Ukraine bereit.",
     {("NO", "other", 20, None), ("NO", "drones", 500, None), ("NO", "funding", None, 25_000_000)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"),
                         in_three_languages(SEVERAL_COUNTED_EN, SEVERAL_COUNTED_FR, SEVERAL_COUNTED_DE))
def test_a_sum_for_several_counted_things_is_funding_beside_them(lang: str, text: str, expected: set):
    assert readings(text, lang, "donor", "category", "quantity", "value") == expected
