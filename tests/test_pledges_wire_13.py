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


# ------------------------------------------------------------ the user's seeds


# A participle right after "X for the Y" ("les munitions pour les armements fournis aux
# Ukrainiens", "ammunition for the weapons supplied to Ukraine"), or before Y in German
# ("Munition für die gelieferten Waffen"), says Y was given before: it reports no giving
# of X (seed 000 read "ALLIES — ammunition — delivered" there).
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "Les munitions pour les armes livrées à l'Ukraine sont devenues la priorité des alliés.", set()),
        ("en", "Ammunition for the weapons supplied to Ukraine has become the allies' priority.", set()),
        ("de", "Munition für die an die Ukraine gelieferten Waffen ist zur Priorität der Verbündeten geworden.", set()),
        # the thing itself given keeps its verb
        ("en", "Germany will send ammunition for the weapons supplied to Ukraine.", {("DE", "ammunition", P)}),
        ("en", "Ammunition for the tanks was delivered to Ukraine by Germany.", {("DE", "ammunition", D)}),
        ("fr", "L'Allemagne a livré des munitions pour les armes fournies à l'Ukraine.", {("DE", "ammunition", D)}),
    ],
)
def test_a_participle_after_what_a_thing_is_for(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected


# One thing made, one record: a system's making told as a contract for it and again as a
# production line ("des contrats pour relancer la production de munitions pour les
# Gepard", "une ligne de production de munitions pour les chars Gepard") is the donor's
# making (category production), not also an ammunition record (seed 004 gave both).
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "Pistorius a annoncé que des contrats pour relancer la production de munitions pour les chars Gepard "
         "avaient été signés. L'Allemagne va relancer une ligne de production de munitions pour les chars Gepard.",
         {("DE", "production", M)}),
        ("en", "Germany has signed contracts to restart production of ammunition for Gepard tanks for Ukraine. Berlin "
         "will reopen a production line for Gepard ammunition.", {("DE", "production", M)}),
        # a contract alone stays the thing bought
        ("en", "Germany has signed contracts for Gepard ammunition for Ukraine.", {("DE", "ammunition", M)}),
    ],
)
def test_one_record_for_one_thing_made(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected


def test_the_seeds_give_one_record_per_donor_thing_and_stage() -> None:
    from tests.test_analysis_golden import analyzer, labels, seed_forms

    built = analyzer()
    for label in labels():
        for name, title, body, lang in seed_forms(label):
            found = built.analyze(title, body, lang).pledges
            things = [(p.donor, p.status, p.system) for p in found if p.system]
            assert len(things) == len(set(things)), f"{name}: {found}"
