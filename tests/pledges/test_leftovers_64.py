"""Stop 64, leftovers of stop 63 and reviews 61-63 (leftovers64), each cause as a form in English, French and German,
in invented sentences (docs/reading-pledges.md, stop 64)."""

from __future__ import annotations

import pytest

from tests.support.wire_reading import figures

# ---------------------------------------------------------------- ", dont" as a relative pronoun

# A relative clause about the sum or the things ("whose list", "dont le Pentagone a publié la liste", "deren Liste")
# lists nothing: the worth of weapons in general stays their worth, as told alone.
WEAPONS_WORTH_WITH_A_RELATIVE = [
    ("en", "The United States announced $425 million worth of weapons, whose full list the Pentagon published on "
           "Tuesday."),
    ("fr", "Les Etats-Unis ont annoncé 425 millions de dollars d'armes, dont le Pentagone a publié la liste mardi."),
    ("fr", "Les Etats-Unis ont annoncé 425 millions de dollars d'armes, dont le détail n'a pas été rendu public."),
    ("de", "Die USA kündigten Waffen im Wert von 425 Millionen Dollar an, deren vollständige Liste das Pentagon am "
           "Dienstag veröffentlichte."),
]


@pytest.mark.parametrize(("lang", "text"), WEAPONS_WORTH_WITH_A_RELATIVE)
def test_a_relative_clause_after_a_worth_of_weapons_lists_nothing(lang: str, text: str) -> None:
    assert figures(text, lang) == {("US", "other", "pledged", 425_000_000)}


# ... while the list's "dont" keeps the package's money beside its contents (stop 63).
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The United States announced $425 million worth of weapons, including Stinger missiles."),
    ("fr", "Les Etats-Unis ont annoncé 425 millions de dollars d'armes, dont des missiles Stinger."),
])
def test_a_list_after_a_worth_of_weapons_keeps_the_package_money(lang: str, text: str) -> None:
    assert figures(text, lang) == {("US", "funding", "pledged", 425_000_000), ("US", "air_defence", "pledged", None)}


# A sum told after a relative clause's comma is no share of the sum before it.
SUM_AFTER_A_RELATIVE = [
    ("en", "Canada will pay 500 million dollars, the details of which will be published later, and 200 million for "
           "drones."),
    ("fr", "Le Canada va verser 500 millions de dollars, dont le détail sera publié plus tard, et 200 millions pour "
           "des drones."),
    ("de", "Kanada zahlt 500 Millionen Dollar, deren Einzelheiten später veröffentlicht werden, und 200 Millionen für "
           "Drohnen."),
]


@pytest.mark.parametrize(("lang", "text"), SUM_AFTER_A_RELATIVE)
def test_a_sum_after_a_relative_clause_is_its_own(lang: str, text: str) -> None:
    assert figures(text, lang) == {("CA", "funding", "pledged", 500_000_000), ("CA", "drones", "pledged", 200_000_000)}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Canada will pay 500 million dollars, of which 200 million for drones."),
    ("fr", "Le Canada va verser 500 millions de dollars, dont 200 millions pour des drones."),
    ("de", "Kanada zahlt 500 Millionen Dollar, darunter 200 Millionen für Drohnen."),
])
def test_a_share_of_the_sum_is_still_counted_once(lang: str, text: str) -> None:
    assert figures(text, lang) == {("CA", "funding", "pledged", 500_000_000), ("CA", "drones", "pledged", None)}


def test_a_countries_list_with_dont_stays_a_list() -> None:
    text = "Plusieurs pays, dont la France et l'Allemagne, ont promis 300 millions d'euros d'armes."
    assert {donor for donor, *_ in figures(text, "fr")} == {"FR", "DE"}


# ---------------------------------------------------------------- a request turned down, in its own clause

# The turning down is looked for in the clause that carries the request, before or after it: the one turning it
# down refuses, the asker gives nothing.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Switzerland rejected a request from Spain to pass on 24 anti-aircraft guns to Ukraine."),
    ("fr", "La Suisse a rejeté une demande de l'Espagne de céder 24 canons antiaériens à l'Ukraine."),
    ("de", "Die Schweiz hat ein Gesuch Spaniens abgelehnt, 24 Flugabwehrkanonen an die Ukraine weiterzugeben."),
    ("de", "Die Schweiz hat ein Gesuch Spaniens, 24 Flugabwehrkanonen an die Ukraine weiterzugeben, abgelehnt."),
])
def test_the_one_turning_a_request_down_refuses(lang: str, text: str) -> None:
    assert figures(text, lang) == {("CH", "air_defence", "refused", 24)}


# ... but a turning down in another clause of the sentence (after "while", "mais", "während", ";") is about
# something else: the asker of a request granted is still the one who gives.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Germany approved a request from Spain to pass on 20 Leopard tanks to Ukraine, while Switzerland rejected "
           "calls to allow re-exports."),
    ("fr", "L'Allemagne a approuvé une demande de l'Espagne de céder 20 chars Leopard à l'Ukraine, mais la Suisse a "
           "rejeté toute réexportation."),
    ("de", "Deutschland hat ein Gesuch Spaniens genehmigt, 20 Leopard-Panzer an die Ukraine weiterzugeben, während die "
           "Schweiz jede Wiederausfuhr abgelehnt hat."),
])
def test_a_turning_down_in_another_clause_leaves_the_asker_giving(lang: str, text: str) -> None:
    assert {donor for donor, *_ in figures(text, lang)} == {"ES"}


# ---------------------------------------------------------------- a handover in the present, with or without a time to come

# The bare French present of handing over, its recipient or its things after it, is the handover done, as "hands
# over" and "übergibt" are.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Norway hands over 12 K9 howitzers to Ukraine."),
    ("fr", "La Norvège remet 12 obusiers K9 à l'Ukraine."),
    ("fr", "La Norvège remet à l'Ukraine 12 obusiers K9."),
])
def test_a_present_handover_with_no_time_is_done(lang: str, text: str) -> None:
    assert figures(text, lang) == {("NO", "artillery", "delivered", 12)}


@pytest.mark.parametrize("text", [
    "La Belgique remet en état 20 chars Leopard pour l'Ukraine.",
    # the things between the verb and the repair (reread 64)
    "La Belgique remet ses 20 chars Leopard en état avant de les envoyer à l'Ukraine.",
    "La Belgique remet les 20 chars Leopard à neuf pour l'Ukraine.",
])
def test_a_repair_is_no_handover(text: str) -> None:
    assert all(status != "delivered" for _, _, status, _ in figures(text, "fr"))


# A time still ahead in the handover's clause, told in any of its forms (a unit after a word of coming, a span from
# now, a part of a unit ahead), makes it a promise.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Norway hands over 12 K9 howitzers to Ukraine in two weeks."),
    ("en", "Norway hands over 12 K9 howitzers to Ukraine within a month."),
    ("en", "Norway hands over 12 K9 howitzers to Ukraine early next year."),
    ("en", "Norway hands over 12 K9 howitzers to Ukraine in the following weeks."),
    ("en", "Norway hands over 12 K9 howitzers to Ukraine by March."),
    ("en", "Norway hands over 12 K9 howitzers to Ukraine at the start of next month."),
    ("fr", "La Norvège remet à l'Ukraine 12 obusiers K9 dans deux semaines."),
    ("fr", "La Norvège remet à l'Ukraine 12 obusiers K9 dans les semaines à venir."),
    ("fr", "La Norvège remet à l'Ukraine 12 obusiers K9 d'ici trois mois."),
    ("de", "Norwegen übergibt der Ukraine im kommenden Monat 12 K9-Haubitzen."),
])
def test_a_present_handover_with_a_time_to_come_is_a_promise(lang: str, text: str) -> None:
    assert figures(text, lang) == {("NO", "artillery", "pledged", 12)}


@pytest.mark.parametrize("text", [
    "Norway hands over 12 K9 howitzers to Ukraine, a year after it promised them.",
    "Norway hands over 12 K9 howitzers to Ukraine after two years of talks.",
    # another event placing the handover, not a time ahead of now (reread 64)
    "Norway hands over 12 K9 howitzers to Ukraine shortly after the defence minister's visit.",
    "Norway hands over 12 K9 howitzers to Ukraine shortly before the vote in parliament.",
])
def test_a_time_gone_by_leaves_the_handover_done(text: str) -> None:
    assert figures(text, "en") == {("NO", "artillery", "delivered", 12)}


# ---------------------------------------------------------------- a training taken on, in the past

# A training taken on in the past is a training given, counted in its trainees, as one taken on to come is promised.
@pytest.mark.parametrize(("lang", "text", "status"), [
    ("en", "The Netherlands took on the training of 40 Ukrainian pilots.", "delivered"),
    ("en", "The Netherlands has taken over the training of 40 Ukrainian pilots.", "delivered"),
    ("fr", "Les Pays-Bas ont assuré la formation de 40 pilotes ukrainiens.", "delivered"),
    ("de", "Die Niederlande übernahmen die Ausbildung von 40 ukrainischen Piloten.", "delivered"),
    ("de", "Die Niederlande übernahmen im Frühjahr die Ausbildung von 40 ukrainischen Piloten.", "delivered"),
    ("de", "Die Niederlande haben die Ausbildung von 40 ukrainischen Piloten übernommen.", "delivered"),
    ("en", "The Netherlands will take on the training of 40 Ukrainian pilots.", "pledged"),
    ("fr", "Les Pays-Bas vont assurer la formation de 40 pilotes ukrainiens.", "pledged"),
    ("de", "Die Niederlande übernehmen die Ausbildung von 40 ukrainischen Piloten.", "pledged"),
])
def test_a_training_taken_on_has_the_tense_of_its_verb(lang: str, text: str, status: str) -> None:
    assert figures(text, lang) == {("NL", "training", status, 40)}


# ---------------------------------------------------------------- a fund told by French "y", a sum with a vague count

# French "y" before a verb of paying names the fund told in the sentence before: a refusal to pay into it is funding
# refused, a payment into it funding paid, as the fund named again is in every language.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The coalition's fund buys drones for Ukraine. Spain said it would not contribute to the fund."),
    ("fr", "Le fonds de la coalition achète des drones pour l'Ukraine. Madrid a indiqué qu'il n'y contribuerait pas."),
    ("fr", "Le fonds de la coalition achète des drones pour l'Ukraine. L'Espagne ne contribuera pas au fonds."),
    ("de", "Der Fonds der Koalition kauft Drohnen für die Ukraine. Spanien will sich nicht an dem Fonds beteiligen."),
])
def test_a_refusal_to_pay_into_a_fund_told_before_is_funding_refused(lang: str, text: str) -> None:
    assert ("ES", "funding", "refused", None) in figures(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The coalition's fund buys drones for Ukraine. Sweden and Finland have already paid several hundred million "
           "dollars into the fund."),
    ("fr", "Le fonds de la coalition achète des drones pour l'Ukraine. La Suède et la Finlande y ont déjà versé "
           "plusieurs centaines de millions de dollars."),
    ("fr", "La Suède et la Finlande ont déjà versé plusieurs centaines de millions de dollars au fonds de la coalition."),
    ("de", "Der Fonds der Koalition kauft Drohnen für die Ukraine. Schweden und Finnland haben bereits mehrere hundert "
           "Millionen Dollar in den Fonds eingezahlt."),
])
def test_a_payment_into_a_fund_with_a_vague_sum_is_funding_paid(lang: str, text: str) -> None:
    found = figures(text, lang)
    assert {("SE", "funding", "delivered", None), ("FI", "funding", "delivered", None)} <= found


def test_there_is_no_paying() -> None:
    assert all(category != "funding" for _, category, _, _ in figures(
        "L'Allemagne livre des chars à l'Ukraine. Il y a versé des obus.", "fr"))


# ---------------------------------------------------------------- a radar told with launchers

# A radar told with launchers is one battery's parts: air defence (the ruling on radars of stop 63), not a thing of
# its own beside the units named before.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Sweden and Finland will jointly provide two more SAMP/T units to Ukraine. Sweden will supply the launchers "
           "and radar while Finland pays for the missiles."),
    ("fr", "La Suède et la Finlande fourniront ensemble deux systèmes SAMP/T à l'Ukraine. La Suède fournira les "
           "lanceurs et le radar, la Finlande paiera les missiles."),
    ("de", "Schweden und Finnland liefern der Ukraine gemeinsam zwei weitere SAMP/T-Systeme. Schweden stellt die "
           "Startgeräte und das Radar, Finnland bezahlt die Raketen."),
])
def test_a_radar_told_with_launchers_is_the_batterys(lang: str, text: str) -> None:
    assert figures(text, lang) == {("SE", "air_defence", "pledged", None), ("FI", "air_defence", "pledged", None)}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Sweden will send a counter-battery radar to Ukraine."),
    ("fr", "La Suède enverra un radar de contre-batterie à l'Ukraine."),
])
def test_a_radar_alone_stays_equipment(lang: str, text: str) -> None:
    assert figures(text, lang) == {("SE", "other", "pledged", None)}


# German "Werfer" in a compound is another weapon: mortars ("Granatwerfer") and rocket artillery ("Raketenwerfer")
# told with radars are those things and equipment, not an air-defence battery (reread 64).
@pytest.mark.parametrize(("text", "launchers"), [
    ("Schweden schickt der Ukraine zwölf Granatwerfer und Radare zur Artillerieortung.", "small_arms"),
    ("Schweden schickt der Ukraine Raketenwerfer und Radargeräte.", "artillery"),
])
def test_a_compound_werfer_with_radars_is_no_battery(text: str, launchers: str) -> None:
    assert {category for _, category, _, _ in figures(text, "de")} == {launchers, "other"}
