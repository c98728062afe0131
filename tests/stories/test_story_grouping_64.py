"""Story grouping, round 64 (A): a government's purchase from makers for Ukraine keys as its pledge. Every text is
invented for this file.

Since stop 63 the pledge reader files such a purchase as production ("Finland will buy artillery shells for Ukraine
from Nordic arms makers"), and production records made no pledge key in the story evidence, so a report of the
purchase pledged nothing another report's pledges could agree or differ with: a wire's two payments of one day
(PURL money, shells from makers) read as an update of one (tests/stories/test_story_grouping_31.py). A production
record of a government with a thing or a sum now keys as that government's pledge
(bot/core/stories/evidence/government_purchases.py); a group's purchase and a maker's plant key nothing.

Stored stories: KEYS_VERSION versions the keys of the WORDS (names, terms) and makes StoryFingerprint.from_json
translate a fingerprint's old names; the event evidence is stored as it was computed and never re-keyed, so
bumping it would re-key nothing here and would run the names' translation over names already keyed. It stays 2:
a story stored before the change keeps its evidence (no key for its purchase) until it leaves the story window,
as round 61's place spellings did.
"""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from bot.core.stories.fingerprint.fingerprints import StoryFingerprint
from bot.core.stories.fingerprint.word_keys import KEYS_VERSION
from bot.core.stories.scoring.story_score import same_event_score
from tests.support.story_pairs import report_fingerprint

PURCHASES = {
    "en": ("Finland to buy artillery shells for Ukraine from Nordic makers",
           "HELSINKI (Wire) - Finland will buy artillery shells for Ukraine from Nordic arms makers, Defence Minister "
           "Aino Virta said on Wednesday."),
    "fr": ("La Finlande va acheter des obus pour l'Ukraine auprès de fabricants nordiques",
           "HELSINKI (Agence) - La Finlande va acheter des obus d'artillerie pour l'Ukraine auprès de fabricants "
           "nordiques, a annoncé mercredi la ministre de la Défense Aino Virta."),
    "de": ("Finnland kauft bei Herstellern Granaten für die Ukraine",
           "Helsinki (Agentur) - Finnland will bei nordischen Rüstungsherstellern Artilleriegranaten für die Ukraine "
           "kaufen, sagte Verteidigungsministerin Aino Virta am Mittwoch."),
}
SENT = ("Finland to send Ukraine 40,000 artillery shells",
        "Finland will send Ukraine 40,000 artillery shells worth 120 million euros, Defence Minister Aino Virta said on "
        "Wednesday.")
BOUGHT = ("Finland to buy 40,000 artillery shells for Ukraine from Nordic makers",
          "HELSINKI (Wire) - Finland will buy 40,000 artillery shells for Ukraine from Nordic arms makers for 120 "
          "million euros, Defence Minister Aino Virta said on Wednesday.")
PURL = ("UPDATE 1-Finland to pay 120 million euros into NATO's PURL for Ukraine",
        "HELSINKI (Wire) - Finland will pay 120 million euros into NATO's PURL scheme for American weapons for "
        "Ukraine, Defence Minister Aino Virta said on Wednesday.")


@pytest.mark.parametrize("lang", list(PURCHASES))
def test_a_governments_purchase_from_makers_is_its_pledge_of_what_it_buys(analyzer, lang):
    assert "FI|ammunition|pledged" in report_fingerprint(analyzer, lang, *PURCHASES[lang]).event.pledges


@pytest.mark.parametrize(("title", "text"), [
    # a group's purchase: groups give no key, as their pledges do not
    ("EU to buy one million shells for Ukraine from European makers",
     "BRUSSELS (Wire) - The European Union will buy one million artillery shells for Ukraine from European makers, "
     "the Commission said on Monday."),
    # a maker's plant: no government, no thing given
    ("Hallberg Munitions to build shell plant in Ukraine",
     "Hallberg Munitions will build a plant making artillery shells in western Ukraine, the company said on Monday."),
])
def test_a_groups_purchase_or_a_makers_plant_keys_no_pledge(analyzer, title, text):
    assert report_fingerprint(analyzer, "en", title, text).event.pledges == frozenset()


def test_money_paid_to_makers_with_no_kind_named_is_the_governments_funding(analyzer):
    fingerprint = report_fingerprint(
        analyzer, "en", "Finland to pay makers 80 million euros for Ukraine's arms production",
        "HELSINKI (Wire) - Finland will pay Ukrainian makers 80 million euros to produce weapons for Ukraine's army, "
        "Defence Minister Aino Virta said on Wednesday.")
    assert "FI|funding|pledged" in fingerprint.event.pledges


def test_a_purchase_in_one_outlets_words_joins_the_pledge_in_anothers(analyzer):
    bought, sent = report_fingerprint(analyzer, "en", *BOUGHT), report_fingerprint(analyzer, "en", *SENT)
    assert same_event_score(sent, bought, apart=timedelta(hours=2)) > 0.0


@pytest.mark.parametrize("bought", [
    ("Finland to buy 120 million euros of artillery shells for Ukraine",
     "HELSINKI (Wire) - Finland will buy 120 million euros of artillery shells for Ukraine from Nordic makers, "
     "Defence Minister Aino Virta said on Wednesday."),
    ("Finland to buy artillery shells worth 120 million euros for Ukraine",
     "HELSINKI (Wire) - Finland will buy artillery shells worth 120 million euros for Ukraine from Nordic makers, "
     "Defence Minister Aino Virta said on Wednesday."),
])
def test_a_wires_purchase_and_its_purl_payment_of_one_sum_stay_two_payments(analyzer, bought):
    """The marked update of one feed tells PURL money; the feed's other report shells bought from makers for the
    same sum (main read them as an update of one: 0.44)."""
    bought, purl = report_fingerprint(analyzer, "en", *bought, feed=1), report_fingerprint(analyzer, "en", *PURL, feed=1)
    assert same_event_score(bought, purl, same_feed=True, apart=timedelta(hours=3)) == 0.0
    assert same_event_score(purl, bought, same_feed=True, apart=timedelta(hours=3)) == 0.0


def test_the_purchase_key_is_stored_with_the_story(analyzer):
    fingerprint = report_fingerprint(analyzer, "en", *PURCHASES["en"], feed=1)
    assert "FI|ammunition|pledged" in StoryFingerprint.from_json(fingerprint.to_json()).event.pledges


def test_a_story_stored_before_round_64_keeps_its_evidence_and_its_names(analyzer):
    """No new KEYS_VERSION: the stored evidence (no key for the purchase, as main stored it) and the names are read
    back as stored, not re-keyed nor translated."""
    stored = json.loads(report_fingerprint(analyzer, "en", *PURCHASES["en"], feed=1).to_json())
    stored["event"]["pledges"] = []
    assert stored["keys"] == KEYS_VERSION == 2
    back = StoryFingerprint.from_json(json.dumps(stored))
    assert back.event.pledges == frozenset()
    assert sorted(back.names) == stored["names"]


# B's fixes of busy day 64 (tests/stories/test_busy_day_64.py), as forms.
PACKAGE_FR = ("fr", "La Finlande annonce son 9e paquet d'aide militaire à l'Ukraine",
              "HELSINKI (Agence) - La Finlande va fournir à l'Ukraine des missiles antiaériens et des obus de 155 mm "
              "dans son 9e paquet d'aide, d'une valeur de 190 millions d'euros, a annoncé jeudi la ministre Aino Virta.")
PACKAGE_DE = ("de", "Finnland schnürt 9. Hilfspaket für die Ukraine",
              "Helsinki (Agentur) - Finnland liefert der Ukraine Flugabwehrraketen und Artilleriegranaten im Wert von "
              "190 Millionen Euro. Das 9. Paket enthalte auch Ersatzteile für CV90-Schützenpanzer, sagte Ministerin "
              "Aino Virta am Donnerstag.")
VEHICLES_DE = ("de", "Finnland schnürt 9. Hilfspaket für die Ukraine",
               "Helsinki (Agentur) - Finnland liefert der Ukraine Ersatzteile für CV90-Schützenpanzer im Wert von "
               "190 Millionen Euro im 9. Paket, sagte Ministerin Aino Virta am Donnerstag.")


def test_a_calibre_is_the_shells_of_a_copy_that_names_another_system(analyzer):
    """"obus de 155 mm" names a system, the German copy's "Artilleriegranaten" none but the CV90 of its spare parts:
    no other system (calibres.py)."""
    french, german = report_fingerprint(analyzer, *PACKAGE_FR), report_fingerprint(analyzer, *PACKAGE_DE)
    assert same_event_score(german, french, apart=timedelta(hours=1)) > 0.0


def test_a_calibre_beside_a_report_telling_no_shells_is_another_system(analyzer):
    french, vehicles = report_fingerprint(analyzer, *PACKAGE_FR), report_fingerprint(analyzer, *VEHICLES_DE)
    assert same_event_score(vehicles, french, apart=timedelta(hours=1)) == 0.0


ROUND_UP = ("Contact group: Germany, Norway and Canada pledge more arms to Kyiv",
            "BRUSSELS (Wire) - At a video meeting of the Ukraine Defence Contact Group on Thursday, Germany pledged "
            "two more IRIS-T SLM systems, Norway 300 million euros for drones and Canada armoured vehicles.")


def test_a_governments_purchase_at_a_meeting_is_no_part_of_its_round_up(analyzer):
    """The purchase keys as the government's pledge (government_purchases): its report is about an item, beside the
    round-up headed by three governments, though a purchase tells no phase."""
    purchase = report_fingerprint(
        analyzer, "en", "Norway to fund 300 million euros of Ukrainian-made drones",
        "Norway will pay 300 million euros for long-range drones made in Ukraine, Defence Minister Anders Vik said at "
        "Thursday's video meeting of the Ukraine Defence Contact Group.")
    assert purchase.event.is_about_an_item()
    assert same_event_score(purchase, report_fingerprint(analyzer, "en", *ROUND_UP), apart=timedelta(hours=1)) == 0.0


@pytest.mark.parametrize("title", [
    "Week in aid: Germany, Norway, Canada and Sweden step up support",
    "The week in arms: Germany, Norway, Canada and Sweden step up support",
])
def test_a_week_in_aid_review_weighs_the_week(analyzer, title):
    review = report_fingerprint(
        analyzer, "en", title,
        "This week Germany promised two more IRIS-T SLM, Norway funded 300 million euros of drones, Canada sent "
        "armoured vehicles and Sweden signed a shell order. Our weekly review of military aid to Ukraine.")
    assert "week" in review.event.genres
    assert same_event_score(review, report_fingerprint(analyzer, "en", *ROUND_UP), apart=timedelta(hours=20)) == 0.0


def test_a_purchase_recalled_beside_another_governments_counts_no_batch_of_it(analyzer):
    """A purchase keys as a pledge but counts no batch (pledge_news.counted_pledge_keys): "Sweden joins Finland in
    paying for ...", recalling Finland's 16 guns, is no report of Finland's order (busy day 52's form)."""
    finland = report_fingerprint(
        analyzer, "en", "Finland to pay for 16 Ukrainian-made Bohdana howitzers",
        "HELSINKI (Wire) - Finland will pay for 16 Bohdana self-propelled howitzers built in Ukraine, worth about 90 "
        "million euros, Defence Minister Aino Virta said on Thursday.")
    sweden = report_fingerprint(
        analyzer, "en", "Sweden joins Finland in paying for Ukrainian-made howitzers",
        "Sweden will pay for 10 Bohdana howitzers built by Ukrainian industry, its defence minister said on Thursday, "
        "an hour after Finland announced it would fund 16 of the guns.")
    assert same_event_score(sweden, finland, apart=timedelta(hours=1)) == 0.0
