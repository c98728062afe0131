"""Pledge reading, stories round 64: a package paused by its number, or put on hold, is a halt (a refusal for now).
Every sentence is invented for this file.

"Italy pauses its 10th military aid package" read as the package given: "paused" was a halt only before deliveries,
shipments, transfers, aid, assistance or supplies, with no number between; and "has put ... on hold", "legt ... auf
Eis" were no halt at all (status/cue_patterns.py). The package resumed stays a promise.
"""

from __future__ import annotations

import pytest

from tests.support.wire_reading import figures

HALTS = [
    ("en", "Italy pauses its 10th military aid package for Ukraine, which holds SAMP/T missiles.", "refused"),
    ("en", "Italy has put its 10th military aid package for Ukraine on hold. The package includes SAMP/T missiles.",
     "refused"),
    ("en", "Spain placed the delivery of its Leopard tanks to Ukraine on hold on Monday.", "refused"),
    ("de", "Italien legt sein zehntes Hilfspaket für die Ukraine auf Eis. Das Paket enthält SAMP/T-Raketen.", "refused"),
    ("de", "Italien legt die Lieferung von SAMP/T-Raketen an die Ukraine auf Eis.", "refused"),
    ("en", "Italy resumes its 10th aid package for Ukraine, which includes SAMP/T missiles.", "pledged"),
    ("en", "Italy will go ahead with its 10th aid package for Ukraine, which includes SAMP/T missiles.", "pledged"),
]


@pytest.mark.parametrize(("lang", "text", "status"), HALTS)
def test_a_paused_package_is_halted(lang: str, text: str, status: str) -> None:
    found = figures(text, lang)
    assert found and {record[2] for record in found} == {status}
