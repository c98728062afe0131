"""A ninth round of wire-copy readings, on sentences written for these tests (none is taken
from the real-article set), in English, French and German: a group of states named by its
size ("les Vingt-Sept", "the 27"), an indefinite multiple of a round number ("several
hundred", "mehrere hundert"), and promised things told as arrived or handed over (a
delivery, not a new promise). The earlier rounds are tests/pledges/test_pledges_wire.py to _8."""

from __future__ import annotations

import pytest

from bot.core.pledges.quantities.numbers import find_counts
from tests.support.wire_labels import D, P
from tests.support.wire_reading import reading_of, records


def _values(text: str, lang: str) -> list[int]:
    return [c.value for c in find_counts(text, lang)]


_quantities = reading_of("donor", "category", "quantity")


# ------------------------------------------------------------ a group named by its size


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "BRUXELLES (AFP) - Les Vingt-Sept ont validé mardi une enveloppe de 3 milliards d'euros pour Kiev."),
        ("fr", "Les Vingt-Sept se sont entendus jeudi sur de nouvelles livraisons d'obus à l'Ukraine."),
        ("fr", "Les ministres des Vingt-Sept doivent se retrouver lundi à Luxembourg."),
        ("fr", "Réunis à Bruxelles, les 27 se sont accordés sur un nouveau volet d'aide militaire."),
        ("en", "BRUSSELS (Reuters) - The 27 agreed on Thursday to speed up shell deliveries to Kyiv."),
        ("en", "Diplomats said the Twenty-Seven would decide on the package next week."),
        ("de", "BRÜSSEL (dpa) - Die 27 haben sich am Montag auf weitere Munitionshilfe verständigt."),
        ("de", "Ein Treffen der 27. Die Außenminister berieten über Kiew."),
    ],
)
def test_a_group_of_states_named_by_its_size_is_no_count(lang: str, text: str) -> None:
    assert 27 not in _values(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("fr", "L'Allemagne livrera 27 chars Leopard à l'Ukraine.", 27),
        ("fr", "La Belgique a envoyé vingt-sept obus de démonstration à Kiev.", 27),
        ("fr", "Les vingt-sept obus promis sont arrivés.", 27),
        ("en", "The 27 Leopard tanks Germany sent are now at the front.", 27),
        ("en", "Germany will send 27 Leopard tanks to Ukraine.", 27),
        ("de", "Die 27 Panzer sollen im Mai eintreffen.", 27),
        ("en", "The 24 have been handed over, the ministry said.", 24),  # a count left unsaid, not a group
    ],
)
def test_real_counts_beside_a_definite_article_stay(lang: str, text: str, value: int) -> None:
    assert value in _values(text, lang)


# ------------------------------------------------------------ indefinite multiples


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "WASHINGTON (AP) - The United States will send several hundred Stinger missiles to Ukraine.",
         {("US", "air_defence", None)}),
        ("en", "Britain will supply a few thousand artillery shells to Ukraine, the ministry said.",
         {("GB", "ammunition", None)}),
        ("de", "Deutschland wird der Ukraine mehrere hundert Lenkflugkörper für IRIS-T liefern.",
         {("DE", "air_defence", None)}),
        ("de", "Deutschland wird der Ukraine einige Dutzend Drohnen liefern.",
         {("DE", "drones", None)}),
        ("fr", "La France enverra plusieurs centaines d'obus à l'Ukraine.",
         {("FR", "ammunition", None)}),
        # a definite multiple keeps its value
        ("en", "The United States will send two hundred Stinger missiles to Ukraine.",
         {("US", "air_defence", 200)}),
        ("de", "Deutschland wird der Ukraine zweihundert Drohnen liefern.",
         {("DE", "drones", 200)}),
    ],
)
def test_an_indefinite_multiple_of_a_number_leaves_the_quantity_empty(lang: str, text: str, expected: set) -> None:
    assert _quantities(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "several hundred missiles"),
        ("en", "a few thousand shells"),
        ("en", "several dozen drones"),
        ("de", "mehrere Hundert Raketen"),
        ("de", "einige tausend Granaten"),
        ("de", "ein paar hundert Drohnen"),
        ("fr", "quelques centaines de drones"),
    ],
)
def test_an_indefinite_multiple_is_no_count(lang: str, text: str) -> None:
    assert _values(text, lang) == []


# ------------------------------------------------------------ promised things arrived


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "KYIV (Reuters) - The last of the 18 F-16 jets Norway promised have been handed over to Ukraine, "
         "the Norwegian government said on Friday.",
         {("NO", "aircraft", D)}),
        ("en", "The Archer howitzers Sweden agreed to send in March have arrived in Ukraine, officials said.",
         {("SE", "artillery", D)}),
        ("en", "All the air defence systems Germany pledged were delivered to Ukraine in May.",
         {("DE", "air_defence", D)}),
        ("en", "The Leopard tanks Denmark had promised have now all arrived in Ukraine.",
         {("DK", "tanks", D)}),
        ("fr", "Les obusiers que l'Italie avait promis ont bien été livrés, selon Kiev.",
         {("IT", "artillery", D)}),
        ("fr", "KIEV (AFP) - Les canons Caesar que la France avait promis sont arrivés en Ukraine.",
         {("FR", "artillery", D)}),
        ("de", "Die Panzer, die Polen zugesagt hatte, sind in der Ukraine eingetroffen.",
         {("PL", "tanks", D)}),
        # a future or a modal keeps it a promise
        ("en", "The jets Denmark promised last year will arrive in Ukraine next month.",
         {("DK", "aircraft", P)}),
        ("fr", "Les canons Caesar que la France avait promis doivent arriver en Ukraine en mars.",
         {("FR", "artillery", P)}),
        ("de", "Die Panzer, die Polen zugesagt hat, sollen im März in der Ukraine eintreffen.",
         {("PL", "tanks", P)}),
        # ... and so does a negation ("last year" is a time, no last batch)
        ("en", "The tanks Germany pledged last year have not arrived in Ukraine.",
         {("DE", "tanks", P)}),
        # the promise told as the news, with part of it arrived in a clause of its own
        ("en", "The Netherlands pledged 24 F-16 jets, of which 18 have been handed over.",
         {("NL", "aircraft", P)}),
        ("de", "Deutschland hat zehn Leopard-Panzer zugesagt, von denen vier bereits eingetroffen sind.",
         {("DE", "tanks", P)}),
    ],
)
def test_promised_things_told_as_arrived_are_a_delivery(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected
