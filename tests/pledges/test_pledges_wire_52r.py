"""Pledges, round 52r: the causes of review 52 (tests/pledges/test_review_52.py), each written anew in
several forms and in the three languages, with ordinary copy beside it that must keep its reading.
Every text is invented for this file.

- a1, a belligerent's claim of destroying, downing or intercepting things
  (bot/core/pledges/special_pieces/battle_claims.py): the things' donor ("Dutch-supplied", "livrés par la Norvège",
  "von Deutschland gelieferte") tells where
  they came from, the clause's news is their loss: no record. A giving told in another clause, or after
  the act with a giving verb of its own, keeps its record.

First run (2026-12-06 11:22 UTC, branch fix52p at review52 4bcf427): every case of the lists below but the
KEEP lists failed before the change (the KEEP cases, ordinary copy, passed before and after), but for
"Moskau hat nach eigenen Angaben ... vernichtet", read as nothing before too, kept as the German verb-last form.
The case of each list was checked against review52's code (4bcf427) extracted beside the worktree.
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, ARMOUR, MONEY, D, P
from tests.support.wire_reading import figures

# (lang, title, text, records as (donor, category, status, figure))
BATTLE_CLAIMS = [
    ("en", "", "Russia's defence ministry said its troops had destroyed four Dutch-supplied Leopard 1 tanks and "
     "intercepted ten American ATACMS missiles.", set()),
    ("en", "Kremlin says forces hit U.S.-supplied HIMARS launchers near Kharkiv",
     "The claim could not be verified.", set()),
    ("fr", "", "Moscou affirme avoir abattu trois avions F-16 livrés par la Norvège près de Zaporijia.", set()),
    ("fr", "", "Le ministère russe a publié un bilan. Il dit aussi avoir détruit deux obusiers Caesar livrés par "
     "la France.", set()),
    ("de", "", "Das russische Verteidigungsministerium will zwei von Deutschland gelieferte Leopard-Panzer "
     "zerstört haben.", set()),
    ("de", "", "Russland meldet Abschuss eines Kampfjets – Deutschland liefert der Ukraine 20 weitere Marder.",
     {("DE", ARMOUR, P, 20)}),
    ("de", "", "Moskau hat nach eigenen Angaben sechs amerikanische HIMARS-Raketenwerfer vernichtet.", set()),
]
BATTLE_CLAIMS_KEEP = [
    ("en", "", "Russia claims it destroyed a Patriot system; Germany said it would send another Patriot system "
     "to Ukraine.", {("DE", AIR, P, None)}),
    ("en", "", "After Russia hit Kyiv's power grid overnight, Germany pledged two more IRIS-T systems.",
     {("DE", AIR, P, 2)}),
    ("fr", "", "La Russie a détruit la centrale, et la France a promis dix canons Caesar à l'Ukraine.",
     {("FR", "artillery", P, 10)}),
    ("en", "", "Germany has delivered 40 Gepard guns that have shot down hundreds of Russian drones.",
     {("DE", AIR, D, 40)}),
]


REPAIRED_OWN = [
    ("en", "", "A repair centre in western Romania, paid for by the Netherlands, has mended more than 150 Ukrainian "
     "tanks and howitzers since last year.", {("NL", "other", D, None)}),
    ("de", "", "Norwegen finanziert ein Wartungszentrum in der Slowakei, in dem ukrainische Panzerhaubitzen "
     "instand gesetzt werden.", {("NO", "other", P, None)}),
    ("en", "", "Sweden will lend Ukraine two Saab 340 early-warning aircraft for a year.", {("SE", "aircraft", P, 2)}),
    ("de", "", "Schweden liefert der Ukraine zwei Saab 340 AEW.", {("SE", "aircraft", P, 2)}),
]
REPAIRED_OWN_KEEP = [
    ("fr", "", "Un atelier de réparation financé par la Suède a remis en état 80 chars Leopard ukrainiens depuis "
     "janvier.", {("SE", "other", D, None)}),
    ("en", "", "Germany will send 20 Leopard tanks to Ukraine and repair damaged ones in Lithuania.",
     {("DE", "tanks", P, 20)}),
    ("fr", "", "La Suède prêtera à l'Ukraine deux avions de surveillance Saab 340.", {("SE", "aircraft", P, 2)}),
]
SUM_FOR_ONE_KIND = [
    ("en", "", "Britain will spend £2.3bn next year on air defence for Ukraine.", {("GB", AIR, P, 2300000000)}),
    ("en", "", "Britain will spend £2.3bn next year on air defence for Ukraine, including 1,500 more Starstreak "
     "missiles.", {("GB", AIR, P, 1500)}),
    ("en", "", "Canada will spend C$500 million over the next three years on drones for Ukraine.",
     {("CA", "drones", P, 500000000)}),
    ("fr", "", "Paris financera à hauteur de 90 millions d'euros un centre de maintenance en Roumanie.",
     {("FR", "other", P, 90000000)}),
    ("de", "", "Deutschland finanziert zudem mit 90 Millionen Euro ein Wartungszentrum in Rumänien, in dem "
     "ukrainische Panzer instand gesetzt werden.", {("DE", "other", P, 90000000)}),
]
SUM_FOR_ONE_KIND_KEEP = [
    ("en", "", "Canada will give Ukraine C$500 million next year, on top of earlier aid.",
     {("CA", MONEY, P, 500000000)}),
    ("fr", "", "Londres consacrera l'an prochain 2,3 milliards de livres à la défense aérienne de l'Ukraine, dont "
     "1500 missiles Starstreak.", {("GB", AIR, P, 1500)}),
]


OUTSIDE_VOICES = [
    ("de", "", "Kommentatoren fordern, Paris solle nun auch Rafale-Kampfjets liefern.", set()),
    ("en", "", "Commentators urged Berlin to send Taurus missiles as well.", set()),
    ("fr", "", "Des éditorialistes réclament que Paris livre des Rafale à l'Ukraine.", set()),
    ("de", "", "Militärexperten fordern, Deutschland müsse der Ukraine mehr Flugabwehr liefern.", set()),
]
OUTSIDE_VOICES_KEEP = [
    ("en", "", "Analysts say France should now deliver Rafale jets to Ukraine.", set()),
    ("en", "", "Zelensky urged Berlin to send Taurus missiles.", {("DE", "missiles", "discussed", None)}),
    ("de", "", "Experten zufolge hat Deutschland 18 Leopard-Panzer geliefert.", {("DE", "tanks", D, 18)}),
    ("en", "", "Military experts said the German Leopard tanks had arrived in Ukraine in March.",
     {("DE", "tanks", D, None)}),
]
MISSED_GIVERS = [
    ("fr", "", "La 155e brigade a publié des images de ses canons Caesar français en action près de Koupiansk.",
     {("FR", "artillery", D, None)}),
    ("fr", "", "La 47e brigade a montré ses chars Leopard allemands en action.", {("DE", "tanks", D, None)}),
    ("en", "", "The 47th brigade posted video of its German Leopard tanks in action.", {("DE", "tanks", D, None)}),
    ("de", "", "Schwedische Ausbilder trainieren derzeit in Västerås 50 ukrainische Piloten.",
     {("SE", "training", D, 50)}),
    ("de", "", "Schweden schult derzeit 50 ukrainische Piloten.", {("SE", "training", D, 50)}),
    ("fr", "", "Le Japon a annoncé qu'il formerait 60 démineurs ukrainiens au Cambodge et fournirait 20 engins de "
     "déminage.", {("JP", "training", P, 60), ("JP", "other", P, 20)}),
    ("en", "", "Japan said it would train 60 Ukrainian deminers and would supply 20 demining machines.",
     {("JP", "training", P, 60), ("JP", "other", P, 20)}),
]
MISSED_GIVERS_KEEP = [
    ("de", "", "Die 3. Sturmbrigade zeigte Aufnahmen ihrer französischen Caesar-Haubitzen im Einsatz.",
     {("FR", "artillery", D, None)}),
    ("de", "", "Schwedische Ausbilder bilden derzeit in Västerås 50 ukrainische Piloten aus.",
     {("SE", "training", D, 50)}),
    ("fr", "", "La Belgique a indiqué qu'elle livrerait 10 blindés et fournirait 20 camions.",
     {("BE", ARMOUR, P, 10), ("BE", "other", P, 20)}),
]


MADE_IN_UKRAINE = [
    ("de", "", "Dänemark sagte zugleich 300 Mio. Euro für Aufklärungsdrohnen zu, die in der Ukraine gebaut werden.",
     {("DK", "drones", "production", 300000000)}),
    ("fr", "", "Le Danemark a promis 500 millions d'euros pour des drones à longue portée qui seront fabriqués en "
     "Ukraine.", {("DK", "drones", "production", 500000000)}),
    ("fr", "", "Paris financera à hauteur de 200 millions d'euros la production d'obus par des entreprises "
     "tchèques installées en Ukraine.", {("FR", "ammunition", "production", 200000000)}),
]
MADE_IN_UKRAINE_KEEP = [
    ("en", "", "Denmark pledged 500 million euros for long-range drones that will be built in Ukraine.",
     {("DK", "drones", "production", 500000000)}),
    ("en", "", "Germany pledged 100 million euros for drones made in Ukraine.",
     {("DE", "drones", "production", 100000000)}),
]


WOULD_FOLLOW = [
    ("en", "", "Zelensky thanked Norway's prime minister for the launchers and said four NASAMS systems would follow "
     "in the spring.", {("NO", AIR, P, 4)}),
    ("en", "", "Sweden has delivered four Gripen jets, and officials said two ASC 890 radar planes would follow next "
     "year.", {("SE", "aircraft", D, 4), ("SE", "aircraft", P, 2)}),
    ("fr", "", "La Suède a livré quatre Gripen ; deux avions ASC 890 suivraient au printemps, selon Stockholm.",
     {("SE", "aircraft", D, 4), ("SE", "aircraft", P, 2)}),
]
WOULD_FOLLOW_KEEP = [
    ("en", "", "Sweden has delivered four Gripen jets; two ASC 890 radar planes will follow in the spring.",
     {("SE", "aircraft", D, 4), ("SE", "aircraft", P, 2)}),
    ("de", "", "Schweden hat vier Gripen geliefert, zwei ASC 890 sollen im Frühjahr folgen.",
     {("SE", "aircraft", D, 4), ("SE", "aircraft", P, 2)}),
]


TIMELINE_STEPS = [
    ("en", "", "Lisbon pledged eight of the tanks in March and delivered the first four in June.",
     {("PT", "tanks", P, 8), ("PT", "tanks", D, 4)}),
    ("en", "", "Canada promised 12 howitzers in May and handed over the first six in August.",
     {("CA", "artillery", P, 12), ("CA", "artillery", D, 6)}),
    ("en", "", "Norway promised six NASAMS launchers last year and delivered the first two in October.",
     {("NO", AIR, P, 6), ("NO", AIR, D, 2)}),
    ("en", "", "Spain pledged 20 Leopard tanks; it shipped the first ten in July.",
     {("ES", "tanks", P, 20), ("ES", "tanks", D, 10)}),
]


@pytest.mark.parametrize(("lang", "title", "text", "expected"), TIMELINE_STEPS)
def test_a_timelines_step_keeps_its_count(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected


@pytest.mark.parametrize(("lang", "title", "text", "expected"), WOULD_FOLLOW + WOULD_FOLLOW_KEEP)
def test_things_that_would_follow_are_promised(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected


@pytest.mark.parametrize(("lang", "title", "text", "expected"), MADE_IN_UKRAINE + MADE_IN_UKRAINE_KEEP)
def test_things_made_in_ukraine_told_in_a_clause_are_production(lang: str, title: str, text: str,
                                                                 expected: set) -> None:
    assert figures(text, lang, title=title) == expected


@pytest.mark.parametrize(("lang", "title", "text", "expected"), OUTSIDE_VOICES + OUTSIDE_VOICES_KEEP)
def test_commentators_calls_give_nothing(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected


@pytest.mark.parametrize(("lang", "title", "text", "expected"), MISSED_GIVERS + MISSED_GIVERS_KEEP)
def test_things_in_action_trainers_and_demining_machines(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected


# (the serviced tanks' own reading is not this round's: only the place's giving is checked)
PLACE_WITH_A_REGION = [
    ("en", "A maintenance hub in eastern Poland, funded by Berlin, will service Leopard tanks for Ukraine."),
    ("fr", "Un centre de maintenance dans l'est de la Pologne, financé par Berlin, réparera des chars pour "
     "l'Ukraine."),
]


@pytest.mark.parametrize(("lang", "text"), PLACE_WITH_A_REGION)
def test_a_region_of_a_country_is_a_place_not_a_giver(lang: str, text: str) -> None:
    found = figures(text, lang)
    assert ("DE", "other", P, None) in found
    assert not any(donor == "PL" for donor, _, _, _ in found)


@pytest.mark.parametrize(("lang", "title", "text", "expected"), REPAIRED_OWN + REPAIRED_OWN_KEEP)
def test_ukraines_own_things_repaired_are_no_gift(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected


@pytest.mark.parametrize(("lang", "title", "text", "expected"), SUM_FOR_ONE_KIND + SUM_FOR_ONE_KIND_KEEP)
def test_a_sum_for_one_kind_is_its_value(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected


@pytest.mark.parametrize(("lang", "title", "text", "expected"), BATTLE_CLAIMS + BATTLE_CLAIMS_KEEP)
def test_a_belligerents_claim_of_hits_gives_nothing(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected
