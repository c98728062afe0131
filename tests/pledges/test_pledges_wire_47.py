"""A forty-seventh round of wire copy: a payment into NATO's PURL told with no Ukraine in its
sentence, and a handing over a donation made possible, in articles written for these tests (none taken from the real-article set), in English,
French and German, labelled by hand before the first run as (donor, category, status, figure).

The cause: "to NATO's PURL" read as money sent to NATO (a donor named as the destination) and
"to PURL" as money sent to a country no list names; the scheme (the Prioritized Ukraine
Requirements List) buys for Ukraine alone, so a sum paid into it is the payer's funding record.
And "made it possible to hand over" read "possible" as a hedge (discussed), while "a permis de
remettre" and "hat es ermöglicht, ... zu übergeben" were no giving at all: a handing over made
possible, told in the past, happened (delivered); "would make it possible to" is still a promise.
"""

from __future__ import annotations

from tests.support.wire_labels import MONEY, D, P
from tests.support.wire_reading import figures

import pytest

ARTICLES = [
    ("en", "Belgium adds to NATO scheme",
     "BRUSSELS (Wire) - Belgium will contribute $90 million to NATO's PURL, the government said on Tuesday.",
     {("BE", MONEY, P, 90000000)}),
    ("en", "Portugal joins arms scheme",
     "LISBON (Wire) - Portugal will give 25 million euros to the PURL initiative, its defence minister said.",
     {("PT", MONEY, P, 25000000)}),
    ("fr", "La Belgique rejoint le mécanisme",
     "BRUXELLES (Agence) - La Belgique versera 90 millions de dollars au mécanisme PURL de l'Otan, a annoncé "
     "le gouvernement mardi.",
     {("BE", MONEY, P, 90000000)}),
    ("de", "Belgien zahlt ein",
     "BRÜSSEL (Agentur) - Belgien zahlt 90 Millionen Dollar für die PURL-Initiative der Nato, teilte die "
     "Regierung am Dienstag mit.",
     {("BE", MONEY, P, 90000000)}),
    # a handing over made possible by a donation, told in the past: delivered
    ("en", "Drones for Ukrainian units",
     "VILNIUS (Wire) - Lithuania's donation made it possible to hand over 250 drones to Ukrainian units, the "
     "defence ministry said on Monday.",
     {("LT", "drones", D, 250)}),
    ("fr", "Des drones pour l'Ukraine",
     "VILNIUS (Agence) - Le don de la Lituanie a permis de remettre 250 drones aux forces ukrainiennes, a "
     "indiqué lundi le ministère de la Défense.",
     {("LT", "drones", D, 250)}),
    ("de", "Drohnen für die Ukraine",
     "VILNIUS (Agentur) - Die Spende Litauens hat es ermöglicht, 250 Drohnen an die Ukraine zu übergeben, "
     "teilte das Verteidigungsministerium am Montag mit.",
     {("LT", "drones", D, 250)}),
    ("de", "Geld aus Estland",
     "TALLINN (Agentur) - Das Geld aus Estland ermöglichte es, 40 Mörser an die Ukraine zu liefern, sagte "
     "ein Sprecher.",
     {("EE", "artillery", D, 40)}),
    # ... and told as what it would make possible: still a promise
    ("en", "Drones promised",
     "VILNIUS (Wire) - Lithuania's donation would make it possible to hand over 250 drones to Ukraine next "
     "month, the defence ministry said.",
     {("LT", "drones", P, 250)}),
]


@pytest.mark.parametrize(("lang", "title", "text", "expected"), ARTICLES, ids=[a[1] for a in ARTICLES])
def test_round_47_articles_give_their_labelled_records(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected


def test_money_sent_to_nato_itself_stays_no_aid_to_ukraine() -> None:
    # (the exception is PURL's alone: a sum given to NATO is no aid to Ukraine)
    assert figures("Belgium will contribute $90 million to NATO's common budget, the government said.", "en",
                   title="Belgium pays NATO") == set()
