"""Two readings round 16 broke, found by the review of stop 35 and fixed after it (sentences
written for this test; the old code read each of the first four right):

- a veto whose lifting is refused or denied had its refusal dropped as a veto lifted
  ("refused to lift its veto", "will not lift", "Veto nicht aufgehoben");
- "remboursable" (a repayable loan) read as money paying back earlier deliveries, so the
  loan's ammunition was dropped.

Beside them, the readings those fixes must keep: a veto lifted refuses nothing, and money
reimbursing deliveries pays for nothing new.
"""

from __future__ import annotations

import pytest

from tests.support.wire_reading import records

REFUSALS_KEPT = [
    ("en", "Hungary refused to lift its veto on sending weapons to Ukraine.", ("HU", "other", "refused")),
    ("en", "Budapest refuses to drop its objection to 500 million euros of military aid for Ukraine.",
     ("HU", "funding", "refused")),
    ("en", "Hungary will not lift its veto on the 6.6 billion euro arms fund for Ukraine.",
     ("HU", "funding", "refused")),
    ("de", "Ungarn hat sein Veto gegen die Militärhilfe für die Ukraine über 500 Millionen Euro nicht aufgehoben.",
     ("HU", "funding", "refused")),
    ("fr", "La Hongrie n'a pas levé son veto sur 500 millions d'euros d'aide militaire à l'Ukraine.",
     ("HU", "funding", "refused")),
]


@pytest.mark.parametrize(("lang", "text", "expected"), REFUSALS_KEPT, ids=[t[:40] for _, t, _ in REFUSALS_KEPT])
def test_a_veto_whose_lifting_is_refused_still_refuses(lang, text, expected):
    assert expected in records(text, lang=lang)


def test_a_veto_lifted_refuses_nothing_any_more():
    found = records("After Hungary lifted its veto, the EU approved 500 million euros of military aid for Ukraine.",
                    lang="en")
    assert found and all(status != "refused" for _, _, status in found), found


def test_a_repayable_loan_buys_what_it_names():
    text = "L'UE accorde à l'Ukraine un prêt remboursable de 5 milliards d'euros pour acheter des munitions."
    assert ("EU", "ammunition", "pledged") in records(text, lang="fr")


def test_money_reimbursing_deliveries_pays_for_nothing_new():
    text = "L'UE va rembourser les États membres pour les munitions livrées à l'Ukraine, 500 millions d'euros."
    assert ("EU", "ammunition", "pledged") not in records(text, lang="fr")
