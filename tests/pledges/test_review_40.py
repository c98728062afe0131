"""Pledges, a review of stop 40's rewrite of the hedges' 'may' (bot/core/pledges/status/cue_qualifiers.py:
its look-behinds checked after the word): probes written for this file in the style of wire copy
(EN), labelled by hand before their first run, as (donor, category, status, figure) like
tests/pledges/test_review_39.py.

The rewrite claims the same matches: "may" is a hedge except as the month after "in", "since",
"by", "until", "early", "late", "of", "mid-". Probes aimed at it: the month after each kind of
word, with capitals, a line break before it, and after words the list does not hold ("from May",
"end of May", "this May"); the modal itself as a control.
First run 6 of 7, and the seventh was the label's fault: the category of "armoured vehicles" is named
armoured_vehicles, not vehicles (label corrected; the reading, Canada's 50 pledged, was right).
Every month form is read as the month, the modal as a possibility: no code changed. The real-article
set does not move (pledges predicted 197, labelled 193, matched 183).
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import D, P, X
from tests.support.wire_reading import figures

PROBES = [
    ("en", "Germany will deliver four more IRIS-T systems to Ukraine by May, the defence ministry said.",
     {("DE", "air_defence", P, 4)}),
    ("en", "Norway delivered two NASAMS air defence systems to Ukraine in late May, the government said.",
     {("NO", "air_defence", D, 2)}),
    ("en", "Denmark handed over 12 Caesar howitzers to Ukraine at the end of May, the ministry said.",
     {("DK", "artillery", D, 12)}),
    ("en", "Belgium will send four F-16 fighter jets to Ukraine from May, the defence minister said.",
     {("BE", "aircraft", P, 4)}),
    ("en", "Sweden will hand eight Archer howitzers to Ukraine this May, the government said.",
     {("SE", "artillery", P, 8)}),
    ("en", "Canada will send 50 armoured vehicles to Ukraine in\nMay, the defence minister said.",
     {("CA", "armoured_vehicles", P, 50)}),  # label corrected: the category is named armoured_vehicles
    # the modal: a possibility
    ("en", "Spain may send ten more Leopard tanks to Ukraine, the defence minister said on Monday.",
     {("ES", "tanks", X, 10)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), PROBES)
def test_review_probes(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected
