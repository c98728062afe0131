"""The first of several promised systems handed over, told with a word standing for the
system ("das erste von vier zugesagten Systemen"): a delivery, in the narrative present
too, and the first delivery of that system for story grouping. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from bot.config import load_entities
from bot.core.pledges.extract import extract_pledges
from bot.core.stories.evidence.events import event_evidence

PROMISE = "Im Juni verspricht Deutschland der Ukraine das Flugabwehrsystem IRIS-T SLM. "


@pytest.mark.parametrize(
    ("handover", "statuses"),
    [
        ("Erst jetzt wird das erste von vier zugesagten Systemen übergeben.", {(4, "pledged"), (1, "delivered")}),
        ("Nun wurde das erste von vier zugesagten Systemen übergeben.", {(4, "pledged"), (1, "delivered")}),
        # a time to come keeps the narrative present a promise
        ("Das erste von vier zugesagten Systemen wird im Herbst übergeben.", {(4, "pledged")}),
    ],
)
def test_the_first_of_the_promised_handed_over_is_a_delivery(handover: str, statuses: set) -> None:
    found = extract_pledges(PROMISE + handover, entities=load_entities())
    assert {(p.quantity, p.status) for p in found} == statuses


def test_the_first_of_the_promised_systems_is_a_first_delivery_key() -> None:
    entities = load_entities()
    body = PROMISE + "Nun wurde das erste von vier zugesagten Systemen übergeben."
    pledges = extract_pledges(body, entities=entities)
    evidence = event_evidence("", body, pledges, entities, "de")
    assert evidence.first_deliveries == frozenset({"IRIS-T"}), evidence.first_deliveries
