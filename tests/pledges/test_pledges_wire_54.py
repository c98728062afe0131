"""Pledges, round 54: leftovers of reviews 51-53 that recur in wire copy, each written anew in several
forms and in the languages where the form exists, with ordinary copy beside it that must keep its reading.
Every text is invented for this file; none is taken from the real-article set.

- a capability coalition told as the subject with the countries that lead it ("The drone coalition led
  by Latvia and Britain will deliver", "La coalition pour le déminage, dirigée par ...", "Die von Estland
  und Luxemburg geführte IT-Koalition"): the coalition's own record (ALLIES), its leaders and the members
  told joining it no givers (led_coalitions.py);
- a batch more told without a verb of its own ("four delivered, with eight more to follow", "huit autres
  sont à venir"): the rest is promised beside the delivery, not delivered with it;
- a nationality on a firm told as the things' maker ("built by a Norwegian firm", "die ein norwegischer
  Hersteller baut", "fabriqués par une entreprise norvégienne") names no giver (makers.firm_as_maker).
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import MONEY, P, D, X
from tests.support.wire_reading import figures

# (lang, text, records as (donor, category, status, figure))
LED_COALITIONS = [
    ("en", "BRUSSELS (Wire) - The drone coalition led by Latvia and Britain will deliver up to 40,000 interceptor "
     "drones to Ukraine next year.", {("ALLIES", "drones", P, 40000)}),
    ("en", "BRUSSELS (Wire) - The drone coalition led by Latvia and Britain said it would send 5,000 drones to "
     "Ukraine, with Slovakia and Norway joining as new members.", {("ALLIES", "drones", P, 5000)}),
    ("en", "The Latvia-led drone coalition will send 5,000 drones to Ukraine.", {("ALLIES", "drones", P, 5000)}),
    ("fr", "La coalition pour le déminage, dirigée par la Lituanie et l'Islande, livrera 30 engins de déminage à "
     "l'Ukraine.", {("ALLIES", "other", P, 30)}),
    ("de", "Die von Estland und Luxemburg geführte IT-Koalition wird der Ukraine 30 Millionen Euro bereitstellen.",
     {("ALLIES", MONEY, P, 30000000)}),
    ("de", "Die Drohnenkoalition unter Führung Lettlands wird der Ukraine 10.000 Drohnen liefern.",
     {("ALLIES", "drones", P, 10000)}),
]
# A leader giving in its own name, money paid into the coalition, a member's own gift: theirs.
LED_COALITIONS_KEEP = [
    ("en", "Latvia, which leads the drone coalition, will send 500 drones to Ukraine.", {("LV", "drones", P, 500)}),
    ("en", "Germany will pay 300 million euros into the drone coalition led by Latvia and Britain.",
     {("DE", MONEY, P, 300000000)}),
    ("fr", "La Lituanie livrera 30 engins de déminage à l'Ukraine.", {("LT", "other", P, 30)}),
    ("de", "Lettland wird der Ukraine 1.000 Drohnen liefern.", {("LV", "drones", P, 1000)}),
]

MORE_TO_FOLLOW = [
    ("en", "OTTAWA (Wire) - Canada gave Ukraine four Leopard tanks, with eight more to follow.",
     {("CA", "tanks", D, 4), ("CA", "tanks", P, 8)}),
    ("en", "OTTAWA (Wire) - Canada has sent Leopard tanks to Ukraine. Canada gave four, with eight more to follow.",
     {("CA", "tanks", D, 4), ("CA", "tanks", P, 8)}),
    ("en", "Canada has delivered four Leopard tanks to Ukraine, with eight more to follow next year.",
     {("CA", "tanks", D, 4), ("CA", "tanks", P, 8)}),
    ("fr", "Le Canada a livré quatre chars Leopard à l'Ukraine, huit autres sont à venir.",
     {("CA", "tanks", D, 4), ("CA", "tanks", P, 8)}),
]
MORE_TO_FOLLOW_KEEP = [
    ("en", "Canada gave Ukraine four Leopard tanks, and eight more will follow.",
     {("CA", "tanks", D, 4), ("CA", "tanks", P, 8)}),
    ("fr", "Le Canada a livré quatre chars Leopard à l'Ukraine, huit autres suivront.",
     {("CA", "tanks", D, 4), ("CA", "tanks", P, 8)}),
    ("de", "Kanada hat der Ukraine vier Leopard-Panzer übergeben, acht weitere sollen folgen.",
     {("CA", "tanks", D, 4), ("CA", "tanks", P, 8)}),
    ("en", "Norway has delivered 20 howitzers to Ukraine.", {("NO", "artillery", D, 20)}),
]

FIRMS_AS_MAKERS = [
    ("en", "Kyiv will receive 20 interceptor drones built by a Norwegian firm.", set()),
    ("de", "Die Ukraine erhält 20 Abfangdrohnen, die ein norwegischer Hersteller baut.", set()),
    ("de", "Die Ukraine erhält 20 Abfangdrohnen, die von einem norwegischen Hersteller gebaut werden.", set()),
    ("fr", "L'Ukraine recevra 20 drones intercepteurs fabriqués par une entreprise norvégienne.", set()),
    ("en", "Germany has delivered 12 howitzers to Ukraine. Kyiv will also receive 20 interceptor drones built by a "
     "Norwegian firm.", {("DE", "artillery", D, 12), ("DE", "drones", P, 20)}),
]
FIRMS_AS_MAKERS_KEEP = [
    ("en", "Norway will send Ukraine 20 drones made by a Norwegian company.", {("NO", "drones", P, 20)}),
    ("fr", "La France livrera 20 drones fabriqués par une entreprise norvégienne.", {("FR", "drones", P, 20)}),
    ("en", "A Norwegian firm will deliver 20 drones to Ukraine, paid for by Germany.", {("DE", "drones", P, 20)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), LED_COALITIONS + LED_COALITIONS_KEEP)
def test_a_capability_coalition_gives_as_the_allies_not_its_leaders(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), MORE_TO_FOLLOW + MORE_TO_FOLLOW_KEEP)
def test_a_batch_more_to_follow_is_promised_beside_the_delivery(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), FIRMS_AS_MAKERS + FIRMS_AS_MAKERS_KEEP)
def test_a_firm_s_nationality_as_its_maker_gives_nothing(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


TALKS_ABOUT_A_GIVING = [
    ("de", "KIEW (dpa) - Eine Delegation aus Deutschland traf am Montag in Kiew ein, um über die Lieferung von "
     "Taurus-Marschflugkörpern zu sprechen.", {("DE", "missiles", X, None)}),
    ("de", "Eine deutsche Delegation reiste nach Kiew, um über die Lieferung von Taurus-Marschflugkörpern zu reden.",
     {("DE", "missiles", X, None)}),
]
TALKS_ABOUT_A_GIVING_KEEP = [
    ("de", "Deutschland liefert über 100 Panzer an die Ukraine, sagte Pistorius.", {("DE", "tanks", P, 100)}),
    ("de", "Deutschland wird der Ukraine zehn Leopard-Panzer liefern, sagte Pistorius nach einem Gespräch über die "
     "Lage an der Front.", {("DE", "tanks", P, 10)}),
]

READINESS_ON_SOURCES = [
    ("fr", "La Corée du Sud prête à livrer des obus à Kiev via la Pologne, selon des sources",
     {("KR", "ammunition", X, None)}),
    ("en", "South Korea is ready to send shells to Ukraine, according to people familiar with the matter.",
     {("KR", "ammunition", X, None)}),
    ("de", "Südkorea ist bereit, der Ukraine Granaten zu liefern, hieß es aus Regierungskreisen.",
     {("KR", "ammunition", X, None)}),
]
READINESS_ON_SOURCES_KEEP = [
    ("en", "South Korea is ready to send shells to Ukraine, the president said.", {("KR", "ammunition", P, None)}),
    ("fr", "La Corée du Sud est prête à livrer des obus à l'Ukraine, a déclaré le président.",
     {("KR", "ammunition", P, None)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), TALKS_ABOUT_A_GIVING + TALKS_ABOUT_A_GIVING_KEEP)
def test_talking_about_a_giving_weighs_it(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), READINESS_ON_SOURCES + READINESS_ON_SOURCES_KEEP)
def test_readiness_told_on_anonymous_sources_is_discussed(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


TRAINING_TO_GO_ON = [
    ("fr", "La France cède six canons à l'Ukraine. La formation de soldats ukrainiens sur le territoire national sera "
     "poursuivie en 2027.", {("FR", "training", P, None)}),
    ("fr", "La France poursuivra la formation de soldats ukrainiens en 2027.", {("FR", "training", P, None)}),
    ("en", "Britain has trained 30,000 Ukrainian soldiers. The training of Ukrainian troops will be continued next "
     "year, the ministry said.", {("GB", "training", D, 30000), ("GB", "training", P, None)}),
]
TRAINING_TO_GO_ON_KEEP = [
    ("fr", "La France a formé 2.000 soldats ukrainiens. La formation se poursuit.", {("FR", "training", D, 2000)}),
    ("en", "Britain will continue training Ukrainian soldiers next year.", {("GB", "training", P, None)}),
]

SUMS_AFTER_A_PURCHASE_OR_A_PROGRAMME = [
    ("fr", "Le Danemark, la Norvège et le Canada financeront conjointement l'achat de missiles Patriot pour "
     "l'Ukraine, pour un montant total de 700 millions de dollars.",
     {("DK", "air_defence", P, None), ("NO", "air_defence", P, None), ("CA", "air_defence", P, None)}),
    ("fr", "La Norvège financera l'achat de drones pour l'Ukraine, pour un montant total de 700 millions de dollars.",
     {("NO", "drones", P, 700000000)}),
    ("fr", "L'UE va mobiliser 5 milliards d'euros au titre de la Facilité européenne pour la paix pour l'achat de "
     "munitions.", {("EU", "ammunition", P, 5000000000)}),
    ("fr", "L'UE va mobiliser 5 milliards d'euros au titre du fonds pour l'achat de munitions.",
     {("EU", "ammunition", P, 5000000000)}),
]
SUMS_AFTER_A_PURCHASE_OR_A_PROGRAMME_KEEP = [
    ("en", "Norway will fund the purchase of drones for Ukraine for a total of $700 million.",
     {("NO", "drones", P, 700000000)}),
    ("en", "The EU will mobilise 5 billion euros under the European Peace Facility for the purchase of ammunition.",
     {("EU", "ammunition", P, 5000000000)}),
    ("fr", "Le Danemark versera 100 millions d'euros au fonds de l'initiative tchèque pour l'achat de munitions.",
     {("DK", MONEY, P, 100000000)}),
    ("de", "Dänemark zahlt 100 Millionen Euro in den Nato-Fonds zum Kauf von Munition ein.",
     {("DK", MONEY, P, 100000000)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), TRAINING_TO_GO_ON + TRAINING_TO_GO_ON_KEEP)
def test_training_to_be_continued_is_promised(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"), SUMS_AFTER_A_PURCHASE_OR_A_PROGRAMME + SUMS_AFTER_A_PURCHASE_OR_A_PROGRAMME_KEEP
)
def test_a_sum_after_its_purchase_or_its_programme_pays_for_the_things(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


CORRECTIONS_NAMING_NO_GIVER = [
    ("en", "OSLO (Wire) - Norway will send 12 F-16 jets to Ukraine, the ministry said. (Corrects paragraph 3 to show "
     "14, not 12)", {("NO", "aircraft", P, 14)}),
    ("en", "OSLO (Wire) - Norway will send 12 F-16 jets to Ukraine, the ministry said. (Corrects paragraph 1 to show "
     "14 jets, not 12)", {("NO", "aircraft", P, 14)}),
    ("fr", "OSLO (Agence) - La Norvège va envoyer 12 F-16 à l'Ukraine. (Rectificatif pour indiquer 14, et non 12)",
     {("NO", "aircraft", P, 14)}),
    ("de", "OSLO (Agentur) - Norwegen schickt der Ukraine 12 F-16-Kampfjets. (Korrigiert: 14, nicht 12)",
     {("NO", "aircraft", P, 14)}),
]
CORRECTIONS_NAMING_NO_GIVER_KEEP = [
    ("en", "OSLO (Wire) - Norway will send 14 F-16 jets to Ukraine, the ministry said. (Corrects paragraph 3 to show "
     "14, not 12)", {("NO", "aircraft", P, 14)}),
    ("en", "OSLO (Wire) - Norway will send 12 F-16 jets to Ukraine. (Corrects paragraph 1 to show defence minister's "
     "name, not spokesman's)", {("NO", "aircraft", P, 12)}),
    ("en", "OSLO (Wire) - Norway will send F-16 jets to Ukraine, the ministry said. (Corrects paragraph 1 to show "
     "Norway will send 14 jets, not 12)", {("NO", "aircraft", P, 14)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CORRECTIONS_NAMING_NO_GIVER + CORRECTIONS_NAMING_NO_GIVER_KEEP)
def test_a_correction_naming_no_giver_corrects_the_story_s_giver(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


PROMISED_VERB_LAST = [
    ("de", "BERLIN (dpa) - Pistorius traf am Montag in Kiew ein, wo er der Ukraine 10 Leopard-Panzer zusagte.",
     {("DE", "tanks", P, 10)}),
    ("de", "BERLIN (dpa) - Pistorius besuchte am Montag Odessa, wo er der Ukraine zehn weitere Leopard-Panzer "
     "zusagte.", {("DE", "tanks", P, 10)}),
    ("de", "Die Regierung teilte mit, dass Deutschland der Ukraine weitere vier IRIS-T-Systeme zusagt.",
     {("DE", "air_defence", P, 4)}),
]
PROMISED_VERB_LAST_KEEP = [
    ("de", "Die 18 Panzer, die Deutschland im März zusagte, sind eingetroffen.", {("DE", "tanks", D, 18)}),
    ("de", "BERLIN (dpa) - Pistorius sagte der Ukraine 10 Leopard-Panzer zu.", {("DE", "tanks", P, 10)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), PROMISED_VERB_LAST + PROMISED_VERB_LAST_KEEP)
def test_a_promise_told_verb_last_after_a_conjunction(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected
