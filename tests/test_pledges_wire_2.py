"""More phenomena of real wire copy (dpa, AFP, Reuters style) that pledge extraction
handles, one test each, on sentences written for these tests (none is taken from the
real-article set). The first round is tests/test_pledges_wire.py."""

from __future__ import annotations

import pytest

from bot.config import load_entities
from bot.core.pledges.extract import extract_pledges


def triples(text: str, title: str = "") -> set[tuple[str, str, str]]:
    found = extract_pledges(text, title=title, entities=load_entities())
    return {(p.donor, p.category, p.status) for p in found}


# ----------------------------------------------------------------- German


@pytest.mark.parametrize(
    "text",
    [
        "Die Bundesregierung weigert sich, der Ukraine Taurus-Marschflugkörper zu liefern.",
        "Deutschland verzichtet auf die Lieferung von Taurus-Marschflugkörpern an die Ukraine.",
        "L'Allemagne a renoncé à livrer des missiles Taurus à Kiev.",
    ],
)
def test_refusing_by_name_and_giving_up_are_refusals(text: str) -> None:
    assert triples(text) == {("DE", "missiles", "refused")}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Deutschland schließt eine Lieferung von Taurus-Marschflugkörpern an die Ukraine weiterhin kategorisch aus.",
         "refused"),
        ("Deutschland schließt die Lieferung von Kampfjets an die Ukraine nicht aus, sagte der Kanzler.", "discussed"),
    ],
)
def test_ruling_out_across_a_long_german_middle_field(text: str, status: str) -> None:
    assert {s for _, _, s in triples(text)} == {status}


def test_a_german_future_across_a_long_middle_field() -> None:
    text = ("Großbritannien wird der Ukraine nach Angaben des Verteidigungsministeriums in London "
            "100 weitere Drohnen schicken.")
    assert triples(text) == {("GB", "drones", "pledged")}


def test_receiving_told_with_a_modal_far_before_the_verb_is_a_promise() -> None:
    text = ("Die Ukraine soll nach Angaben aus Regierungskreisen in Berlin in den kommenden Monaten "
            "zwei weitere Patriot-Systeme aus Deutschland erhalten.")
    assert triples(text) == {("DE", "air_defence", "pledged")}
    # ... and without a modal it has been received
    assert triples("Die Ukraine hat aus Deutschland zwei weitere Patriot-Systeme erhalten.") == {
        ("DE", "air_defence", "delivered")
    }


def test_handing_over_as_an_infinitive_is_what_is_announced() -> None:
    text = "Norwegen und Dänemark kündigten an, der Ukraine gemeinsam F-16-Kampfjets zu übergeben."
    assert triples(text) == {("NO", "aircraft", "pledged"), ("DK", "aircraft", "pledged")}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # the passive past, folded alike with "würde": a promise made
        ("Der Ukraine wurden im Frühjahr weitere Leopard-Panzer aus Spanien zugesagt.", "pledged"),
        # reported speech: "würden ... überlassen" is what they will do
        ("Die Regierung in Den Haag teilte mit, die Niederlande würden der Ukraine weitere 18 F-16 überlassen.",
         "pledged"),
        ("Den Haag teilte mit, der Ukraine wurden weitere 18 F-16 überlassen.", "delivered"),
        # a condition stays a hedge
        ("Die Niederlande würden der Ukraine F-16 liefern, wenn die USA zustimmen.", "discussed"),
    ],
)
def test_wurde_and_wuerde_are_told_apart(text: str, status: str) -> None:
    assert {s for _, _, s in triples(text)} == {status}


@pytest.mark.parametrize(
    "text",
    [
        "Wie die Bundesregierung mitteilte, wurden der Ukraine im Oktober zwei weitere Iris-T-Systeme übergeben.",
        "Wie Berlin am Freitag bestätigte, wurden der Ukraine zwei weitere Iris-T-Systeme übergeben.",
    ],
)
def test_wie_opening_a_reporting_clause_names_the_source(text: str) -> None:
    assert triples(text) == {("DE", "air_defence", "delivered")}


def test_wie_in_a_comparison_is_still_no_giver() -> None:
    text = "Wie die USA hat nun auch Kanada der Ukraine weitere Haubitzen geliefert."
    assert triples(text) == {("CA", "artillery", "delivered")}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Die Ukraine wurde von Deutschland mit weiteren Flakpanzern beliefert.", "delivered"),
        ("Deutschland hat die Ukraine mit Munition beliefert.", "delivered"),
        ("Deutschland will die Ukraine bis zum Sommer mit Munition beliefern.", "pledged"),
    ],
)
def test_beliefern_supplies(text: str, status: str) -> None:
    assert {s for _, _, s in triples(text)} == {status}
