"""A third round of wire-copy phenomena that pledge extraction handles, found by replaying
the synthetic wire clusters (tests/stories/test_story_wire_clusters.py), one test each, on sentences
written for these tests (none is taken from the real-article set). The earlier rounds are
tests/pledges/test_pledges_wire.py and tests/pledges/test_pledges_wire_2.py."""

from __future__ import annotations

import pytest

from bot.config import load_entities
from bot.core.pledges.extract import extract_pledges
from tests.support.wire_reading import reading_of

records = reading_of("donor", "category", "quantity", "status")


# A count in a relative clause that recalls the promise, inside a delivery report, belongs
# to the delivery: the reports of one handover agree on its phase across languages.
@pytest.mark.parametrize(
    "text",
    [
        ("Les Pays-Bas ont achevé la livraison à l'Ukraine des vingt-quatre avions de combat F-16 "
         "qu'ils lui avaient promis, a annoncé mercredi le ministre."),
        "Les Pays-Bas ont livré les vingt-quatre avions de combat F-16 qu'ils leur avaient promis.",
    ],
)
def test_a_promise_recalled_by_a_french_relative_clause_with_a_pronoun_is_not_the_news(text: str) -> None:
    assert records(text) == {("NL", "aircraft", 24, "delivered")}


def test_a_french_promise_told_as_the_news_stays_a_promise() -> None:
    assert records("La France a déclaré qu'elle lui avait promis six canons Caesar.") == {
        ("FR", "artillery", 6, "pledged")
    }


# The German present of handing over tells a handover done with the day of the news or the
# last of a series ("Polen übergibt letzte MiG-29"), announces one with a time to come, and
# without a time stays the announcement it mostly is (tests/pledges/test_pledges_wire.py). A
# perfect's auxiliary may stand far before its participle.
@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Polen übergibt letzte MiG-29 an die Ukraine.", "delivered"),
        ("Deutschland übergibt der Ukraine am Mittwoch zwei weitere Patriot-Systeme.", "delivered"),
        ("Deutschland übergibt im Herbst zwei weitere Patriot-Systeme an die Ukraine.", "pledged"),
        ("Deutschland übergibt der Ukraine nächste Woche zwei weitere Patriot-Systeme.", "pledged"),
        ("Deutschland übergibt der Ukraine bis Jahresende zwei weitere Patriot-Systeme.", "pledged"),
        ("Deutschland übergibt der Ukraine zwei weitere Patriot-Systeme.", "pledged"),
    ],
)
def test_the_german_present_of_handing_over_is_decided_by_its_time(text: str, status: str) -> None:
    assert {s for *_, s in records(text)} == {status}


def test_a_german_perfect_across_a_long_middle_field_is_a_delivery() -> None:
    text = "Polen hat seine letzten Kampfflugzeuge vom Typ MiG-29 an die Ukraine abgegeben."
    assert records(text) == {("PL", "aircraft", None, "delivered")}


# Ukraine's own howitzer paid for by a donor: the system is named, and the reports in
# three languages agree that a donor buys from Ukraine's industry (production), whether the
# maker follows the item's full name or is named as an industry or an origin.
@pytest.mark.parametrize(
    "text",
    [
        ("Denmark will pay for 18 more Bohdana self-propelled howitzers built in Ukraine, the ministry said, "
         "extending its model of buying weapons directly from Ukrainian manufacturers."),
        "Le Danemark va financer dix-huit obusiers automoteurs Bohdana produits par l'industrie ukrainienne.",
        "Dänemark finanziert 18 weitere Bohdana-Haubitzen aus ukrainischer Produktion.",
    ],
)
def test_a_ukrainian_made_howitzer_paid_by_a_donor_is_production(text: str) -> None:
    found = extract_pledges(text, entities=load_entities())
    assert {(p.donor, p.category, p.quantity, p.status, p.system) for p in found} == {
        ("DK", "artillery", 18, "production", "Bohdana")
    }


def test_an_item_made_in_the_donor_country_stays_a_pledge() -> None:
    assert records("Germany will send 10 howitzers made in Germany to Ukraine.") == {("DE", "artillery", 10, "pledged")}
    assert records("Dänemark finanziert 18 weitere Haubitzen aus ukrainischen Beständen.") == {
        ("DK", "artillery", 18, "pledged")
    }


# A giving under review is still an open question, in any language; German "hält ... für
# möglich" (holds possible) is no English "halts".
@pytest.mark.parametrize(
    "text",
    [
        "Merz says Taurus delivery to Ukraine still under review",
        "German Chancellor Friedrich Merz said that supplying Taurus cruise missiles to Ukraine was still under review.",
        "Germany is reviewing a delivery of Taurus missiles to Ukraine.",
        "Berlin prüft die Lieferung von Taurus-Marschflugkörpern an die Ukraine.",
        "Merz: Taurus-Lieferung weiter in Prüfung",
        "Bundeskanzler Friedrich Merz hält eine Lieferung von Taurus-Marschflugkörpern an die Ukraine weiter für möglich.",
        "L'Allemagne va examiner la livraison de missiles Taurus à l'Ukraine.",
        "La livraison de missiles Taurus à l'Ukraine est à l'étude, selon Berlin.",
    ],
)
def test_a_giving_under_review_is_discussed(text: str) -> None:
    assert records(text) == {("DE", "missiles", None, "discussed")}


def test_halting_is_still_a_refusal() -> None:
    assert records("Germany halts deliveries of Taurus missiles to Ukraine.") == {("DE", "missiles", None, "refused")}


def test_money_transferred_is_delivered_and_a_transfer_told_in_the_present_a_promise() -> None:
    found = extract_pledges("Die EU hat der Ukraine weitere 1,4 Milliarden Euro überwiesen.", entities=load_entities())
    assert {(p.donor, p.category, p.status, p.value) for p in found} == {("EU", "funding", "delivered", 1.4e9)}
    found = extract_pledges("Die EU überweist der Ukraine 1,4 Milliarden Euro.", entities=load_entities())
    assert {(p.donor, p.category, p.status) for p in found} == {("EU", "funding", "pledged")}
