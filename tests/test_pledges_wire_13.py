"""A thirteenth round of wire copy, on short articles written for these tests (none is taken
from the real-article set), in English, French and German, aimed at what is under
discussion and its neighbours: requests from Kyiv, calls by allies, debates in
parliaments, offers under conditions, things being considered, weighed, examined
("prüft", "envisage"), next to refusals and actual pledges. Each article was labelled by
hand before it was run, following the real-article set's conventions
(../shared/eval/README.md) and the earlier rounds'.
The earlier rounds are tests/test_pledges_wire.py to _12."""

from __future__ import annotations

import pytest

from tests.wire_reading import records

P, D, X, R, M = "pledged", "delivered", "discussed", "refused", "production"
AIR, ARMOUR = "air_defence", "armoured_vehicles"


# ------------------------------------------------------------ leftovers of round 12


# Not ruling out is keeping the door open, in every negated form: "can't rule out",
# "won't rule out", "refused to rule out", "n'a pas exclu", "n'a jamais exclu", "schließt
# ... nicht kategorisch aus", "will ... nicht ausschließen". Ruling out still refuses.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Britain can't rule out sending more tanks to Ukraine, the minister said.", {("GB", "tanks", X)}),
        ("en", "Britain can\u2019t rule out sending more tanks to Ukraine.", {("GB", "tanks", X)}),
        ("en", "Britain won't rule out sending fighter jets to Ukraine.", {("GB", "aircraft", X)}),
        ("en", "Britain couldn't rule out sending fighter jets to Ukraine.", {("GB", "aircraft", X)}),
        ("en", "Britain has refused to rule out sending fighter jets to Ukraine.", {("GB", "aircraft", X)}),
        ("en", "Britain declined to rule out sending fighter jets to Ukraine.", {("GB", "aircraft", X)}),
        ("fr", "La France n'exclut pas d'envoyer des chars en Ukraine.", {("FR", "tanks", X)}),
        ("fr", "La France n'a pas exclu d'envoyer des chars en Ukraine.", {("FR", "tanks", X)}),
        ("fr", "Paris n'a jamais exclu d'envoyer des chars en Ukraine.", {("FR", "tanks", X)}),
        ("de", "Die Bundesregierung schließt nicht aus, Taurus-Marschflugkörper an die Ukraine zu liefern.",
         {("DE", "missiles", X)}),
        ("de", "Berlin schließt die Lieferung von Taurus nicht kategorisch aus.", {("DE", "missiles", X)}),
        ("de", "Berlin schließt die Lieferung von Taurus nicht länger aus.", {("DE", "missiles", X)}),
        ("de", "Deutschland will die Lieferung von Kampfjets nicht ausschließen.", {("DE", "aircraft", X)}),
        # ruling out is still a refusal
        ("en", "Britain has ruled out sending fighter jets to Ukraine.", {("GB", "aircraft", R)}),
        ("fr", "La France a exclu d'envoyer des chars en Ukraine.", {("FR", "tanks", R)}),
        ("de", "Berlin schließt die Lieferung von Taurus aus.", {("DE", "missiles", R)}),
    ],
)
def test_not_ruling_out_is_under_discussion(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected


# A French sentence adverb between the auxiliary and the participle ("a pourtant livré",
# "a toutefois fourni", "a bel et bien livré") leaves a perfect: delivered, not the
# present "livre" of a promise.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "La France a pourtant livré des canons Caesar à l'Ukraine.", {("FR", "artillery", D)}),
        ("fr", "La France a pourtant livré 30 canons Caesar à l'Ukraine depuis 2022.", {("FR", "artillery", D)}),
        ("fr", "La France a toutefois fourni des canons Caesar à l'Ukraine.", {("FR", "artillery", D)}),
        ("fr", "Les Pays-Bas ont bel et bien livré des chasseurs F-16 à l'Ukraine.", {("NL", "aircraft", D)}),
        # the present still promises
        ("fr", "La France livre 30 canons Caesar à l'Ukraine.", {("FR", "artillery", P)}),
    ],
)
def test_a_french_adverb_inside_the_perfect(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected


# A reimbursement a member holds up is the EU's money under discussion even when no
# body is named (paying members back for arms sent to Ukraine is the European Peace
# Facility's job); the member blocking it refuses nothing of its own. Round 12 read the
# blocker's refusal there.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Hungary blocks the reimbursement of member states' deliveries of weapons to Ukraine.",
         {("EU", "funding", X)}),
        ("en", "BRUSSELS (Reuters) - Hungary is blocking the reimbursement of member states for arms sent to Ukraine, "
         "diplomats said.", {("EU", "funding", X)}),
        ("fr", "La Hongrie bloque le remboursement des livraisons d'armes des États membres à l'Ukraine.",
         {("EU", "funding", X)}),
        ("de", "Ungarn blockiert die Rückerstattung für Waffenlieferungen der Mitgliedstaaten an die Ukraine.",
         {("EU", "funding", X)}),
        # a member blocking arms of its own still refuses; asking to be paid back blocks nothing
        ("en", "Hungary blocks arms deliveries to Ukraine through its territory.", {("HU", "other", R)}),
        ("en", "Germany has sent tanks to Ukraine and will seek reimbursement.", {("DE", "tanks", D)}),
    ],
)
def test_a_blocked_reimbursement_is_the_eus(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected


def _systems(text: str, lang: str) -> set[tuple]:
    from bot.config import load_entities
    from bot.core.pledges.extract import extract_pledges

    return {(p.donor, p.category, p.system, p.quantity) for p in extract_pledges(text, lang=lang, entities=load_entities())}


# The CV90's variants are named by their gun's calibre, joined or not ("CV9040",
# "CV90-40", "CV 90/40", "CV9035NL"): one armoured vehicle, the CV90, and the calibre
# is no count.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Sweden will send CV9040 infantry fighting vehicles to Ukraine.", {("SE", ARMOUR, "CV90", None)}),
        ("en", "Sweden will send 50 CV90-40 vehicles to Ukraine.", {("SE", ARMOUR, "CV90", 50)}),
        ("en", "Sweden will send 50 CV 90 vehicles to Ukraine.", {("SE", ARMOUR, "CV90", 50)}),
        ("en", "Sweden will send 50 CV 90/40 to Ukraine.", {("SE", ARMOUR, "CV90", 50)}),
        ("en", "Denmark will send 20 CV9035NL to Ukraine.", {("DK", ARMOUR, "CV90", 20)}),
        ("de", "Schweden liefert der Ukraine 50 Schützenpanzer CV9040.", {("SE", ARMOUR, "CV90", 50)}),
        ("fr", "La Suède va livrer 50 CV90-40 à l'Ukraine.", {("SE", ARMOUR, "CV90", 50)}),
    ],
)
def test_cv90_variants_are_one_vehicle(lang: str, text: str, expected: set) -> None:
    assert _systems(text, lang) == expected


# The countries config/entities.toml lists for the rules' @country (Israel, Serbia, the
# UAE...) give nothing to Ukraine: a sentence about one borrows no earlier donor, as a
# sentence about Russia or Iran does not.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Germany will send 20 tanks to Ukraine. Israel will also deliver Patriot systems.", {("DE", "tanks", P)}),
        ("en", "Germany will send 20 tanks to Ukraine. Serbia will deliver air defence systems.", {("DE", "tanks", P)}),
        ("en", "Germany will send 20 tanks to Ukraine. The UAE will deliver air defence systems.", {("DE", "tanks", P)}),
        ("de", "Deutschland liefert 20 Panzer an die Ukraine. Israel hat Patriot-Systeme abgegeben.", {("DE", "tanks", P)}),
        # a sentence naming none still borrows
        ("en", "Germany will send 20 tanks to Ukraine. It will also deliver Patriot systems.",
         {("DE", "tanks", P), ("DE", AIR, P)}),
    ],
)
def test_other_countries_borrow_no_donor(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected
