"""A promise told as what has now arrived is background to the delivery ("die Panzer, die
Deutschland zugesagt hatte, sind eingetroffen"): stop 54 made the reading one scan of the
sentence (status_cues._promises_told_arriving), and the German arrival, which may put up to
six words between its auxiliary and its participle, then ran on past an "und" to a later
participle ("sind geliefert und an die Truppe übergeben worden"), ending past the last
delivery the promise could have; the promise read as a new one. Each place an arrival
begins is now taken with its earliest end. The sentences are made up."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from bot.config import load_entities
from bot.core.pledges.extract import extract_pledges
from bot.core.pledges.passes.records import Cue
from bot.core.pledges.status import status_cues
from tests.support.extraction_cost import promises_told_arriving_one_by_one

ARRIVED = [
    ("de", "Die zehn Leopard-Panzer, die Deutschland der Ukraine zugesagt hatte, sind geliefert und an die "
           "Truppe übergeben worden.", ("DE", "tanks", "delivered", 10)),
    ("de", "Die Haubitzen, die Berlin der Ukraine zugesagt hatte, sind eingetroffen und an die Brigade "
           "übergeben worden.", ("DE", "artillery", "delivered", None)),
    ("de", "Die zwölf Marder, die Berlin versprochen hatte, sind angekommen und an die Einheiten übergeben "
           "worden.", ("DE", "armoured_vehicles", "delivered", 12)),
    ("en", "The tanks Germany had promised have arrived and been handed over to the brigade.",
     ("DE", "tanks", "delivered", None)),
    ("en", "The ten Leopard tanks Germany had promised to Ukraine have been delivered and handed over to the troops.",
     ("DE", "tanks", "delivered", 10)),
    ("fr", "Les canons Caesar que la France avait promis à l'Ukraine sont arrivés et ont été remis à la brigade.",
     ("FR", "artillery", "delivered", None)),
    ("fr", "Les dix chars que l'Allemagne avait promis à l'Ukraine ont été livrés et remis aux troupes.",
     ("DE", "tanks", "delivered", 10)),
]


@pytest.mark.parametrize(("lang", "sentence", "reading"), ARRIVED)
def test_a_promise_told_as_arrived_and_handed_over_reads_delivered(lang, sentence, reading):
    found = extract_pledges(sentence, lang=lang, entities=load_entities())
    assert [(p.donor, p.category, p.status, p.quantity) for p in found] == [reading]


@pytest.mark.parametrize(("lang", "sentence"), [
    ("de", "Deutschland hat der Ukraine zehn Leopard-Panzer zugesagt, die im Sommer geliefert werden sollen."),
    ("en", "Germany promised ten more Leopard tanks, and four have arrived."),
])
def test_a_promise_whose_arrival_is_to_come_or_apart_stays_a_promise(lang, sentence):
    found = extract_pledges(sentence, lang=lang, entities=load_entities())
    assert [(p.donor, p.status) for p in found] == [("DE", "pledged")]


# ------------------------------------------------------------------ the same answers as the direct loop

_PIECES = st.sampled_from([
    "zugesagt ", "versprochen ", "promised ", "promis ", "geliefert ", "ubergeben ", "eingetroffen ", "delivered ",
    "livres ", "sind ", "wurden ", "ist ", "waren ", "und ", "an ", "die ", "truppe ", "worden ", "der ", "ukraine ",
    "nachdem ", "have ", "arrived ", "been ", "sont ", "arrives ", "ont ", "ete ", "et ", "will ", "; ", ", ", "x ",
])
_CUE_WORDS = re.compile(
    r"\b(?:(zugesagt|versprochen|promised|promis)|(geliefert|ubergeben|eingetroffen|delivered|livres|arrived|arrives))\b"
)


@given(st.lists(_PIECES, max_size=30).map("".join))
@example("die deutschland zugesagt hatte, sind geliefert und an die truppe ubergeben worden.")
@example("sind zugesagt und versprochen der ukraine geliefert ")  # an arrival begun before a promise
def test_the_scan_answers_as_the_search_from_each_promise(folded):
    cues = [Cue(m.start(), m.end(), "pledged" if m.group(1) else "delivered") for m in _CUE_WORDS.finditer(folded)]
    linear = status_cues._promises_told_arriving(folded, cues, 0, len(folded))
    assert linear == promises_told_arriving_one_by_one(folded, cues)
