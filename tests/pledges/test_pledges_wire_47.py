"""A forty-seventh round of wire copy: a payment into NATO's PURL told with no Ukraine in its
sentence, in articles written for these tests (none taken from the real-article set), in English,
French and German, labelled by hand before the first run as (donor, category, status, figure).

The cause: "to NATO's PURL" read as money sent to NATO (a donor named as the destination) and
"to PURL" as money sent to a country no list names; the scheme (the Prioritized Ukraine
Requirements List) buys for Ukraine alone, so a sum paid into it is the payer's funding record.
"""

from __future__ import annotations

from tests.support.wire_labels import MONEY, P
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
]


@pytest.mark.parametrize(("lang", "title", "text", "expected"), ARTICLES, ids=[a[1] for a in ARTICLES])
def test_round_47_articles_give_their_labelled_records(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected


def test_money_sent_to_nato_itself_stays_no_aid_to_ukraine() -> None:
    # (the exception is PURL's alone: a sum given to NATO is no aid to Ukraine)
    assert figures("Belgium will contribute $90 million to NATO's common budget, the government said.", "en",
                   title="Belgium pays NATO") == set()
