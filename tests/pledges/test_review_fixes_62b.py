"""Fixes of review 62b's causes (tests/pledges/test_review_62b.py), each read as a form of feed copy (a headline
and a short summary) in the three languages. Every sentence is invented for this file.

- (1) Number notation: headline shorthand glued to the figure, "$1.2B", "C$800M", is the sum it tells, as "$1.2bn"
  and "$800m" were (quantities/numbers.py); a sum whose sign comes first, "€1,5 Mrd.", is one word of the German
  middle field ("sagt der Ukraine weitere €1,5 Mrd. ... zu"), as "1,5 Mrd. Euro" was (status/cue_patterns.py).
- (2) Denials and non-answers: a report dismissed is denied ("dismissed a newspaper report that it was preparing
  to send", "dismisses report it will send"); a giving "pas à l'ordre du jour", "not on the agenda", "steht nicht
  auf der Tagesordnung" is refused, as "n'est plus à l'ordre du jour" was; a refusal to say whether it will give
  ("a refusé de dire si ... livrerait", "declined to say whether it would send") leaves the giving discussed; the
  reported speech's "überlassen werde" is the giving a German denial ("dementiert, wonach") refuses; a denial
  followed by "no decision has been taken" leaves the giving discussed, and its headline's shorter refusal gives
  way to the body (status/denials.py).
- (3) Financing jargon and money beside things: a drawdown to come ("will draw $250 million in weapons from its own
  stocks for Ukraine, including ...") is a promise, as "will send" is (status/cue_patterns.py); a price told after
  a comparison set off by commas ("100 000 drones ... d'ici avril, soit dix fois plus que l'an dernier, pour un
  coût de 350 millions de livres", "zu Kosten von") is the things' worth, not a second gift (money/money_items.py).
- (4) Headline and summary read together: a handover or a promise told with no giver, whose payer the next
  sentence (or the one after a sentence naming no thing) names ("Bezahlt hat die Geschütze die Bundesregierung",
  "Financées par la France", "They were paid for by Norway", "Die Bundesregierung finanziert die Instandsetzung"),
  is the payer's, and the payer's sentence gives no record of its own (donors/payers_after.py).
- (5) Things not given read as given: what trainees are trained in or on ("ausgebildet, vor allem in
  Minenräumung", "bildet ... aus – an Schützenpanzern", "trained mainly in mine clearance", "formés notamment au
  déminage") is the training's subject, as a course's is (things/course_subjects.py); a maker's making begun ("hat
  mit der Serienfertigung von Granaten begonnen", "has begun serial production of", "a commencé la production
  de") is output, no delivery and no record of its own; the government's order beside it stays the one record
  (status/cue_patterns.py).
- (5) An institute's ranking told as who gave the most ("haben ... die meiste Militärhilfe zugesagt", "have pledged
  the most military aid", "ont promis le plus d'aide militaire"), in an article naming the ranking or the institute
  ("des Instituts für Weltwirtschaft"), gives nothing (the lead's ruling of stop 54; special_pieces/tracker_tallies.py).
- (4) A newsletter's words about itself ("Our weekly round-up of military aid to Ukraine, sent every Saturday",
  "Notre lettre ..., envoyée chaque dimanche", "Unser wöchentlicher Überblick ..., jeden Freitag verschickt") give
  nothing: the donors its headline lists are given nothing by it (special_pieces/newsletter_blurbs.py).
- (6) A round-up's line headed by its weekday tells the day's handover in the present ("Dienstag: Lettland
  übergibt", "Tuesday: Latvia hands over", "Mardi : la Lettonie livre"): delivered; its promises stay promises
  (status/diary_days.py).
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, AMMO, MONEY, D, M, P, R, X
from tests.support.wire_reading import figures

NOTATIONS = [
    ("en", "Washington pledges $3B in fresh military aid for Kyiv",
     "The United States on Monday pledged $3B in new military aid to Ukraine.", {("US", MONEY, P, 3e9)}),
    ("en", "", "Ottawa will give Ukraine a further C$800M in military aid, the minister said.",
     {("CA", MONEY, P, 8e8)}),
    ("fr", "", "Paris va fournir à l'Ukraine une aide militaire de 2,5B$, a annoncé le ministre.",
     {("FR", MONEY, P, 2.5e9)}),
    # (a sign before the figure in the German middle field: the sum is one word of it)
    ("de", "", "Schweden sagt der Ukraine weitere €1,5 Mrd. Militärhilfe zu, teilte die Regierung mit.",
     {("SE", MONEY, P, 1.5e9)}),
    # (a model letter stays a name: no scale after a word)
    ("en", "", "Poland will send Ukraine 14 more KTO Rosomak-B armoured vehicles, the ministry said.",
     {("PL", "armoured_vehicles", P, 14)}),
]



DENIALS = [
    ("en", "", "The Norwegian government dismissed a media report that it was preparing to send F-35 jets to "
     "Ukraine, saying there were \"no such plans\".", {("NO", "aircraft", R, None)}),
    ("en", "Norway dismisses report it will send F-35 jets to Kyiv", "", {("NO", "aircraft", R, None)}),
    ("en", "", "Sweden dismissed claims that it would deliver Gripen fighters to Ukraine this year.",
     {("SE", "aircraft", R, None)}),
    ("fr", "", "Le ministère français des Armées a jugé « pas à l'ordre du jour » l'envoi de chars Leclerc à l'Ukraine.",
     {("FR", "tanks", R, None)}),
    ("fr", "", "La livraison de missiles Scalp supplémentaires à l'Ukraine n'est pas à l'ordre du jour, selon Paris.",
     {("FR", "missiles", R, None)}),
    ("en", "", "Sending Gripen jets to Ukraine is not on the agenda, Sweden's defence minister said.",
     {("SE", "aircraft", R, None)}),
    ("de", "", "Die Abgabe von Leopard-2-Panzern an die Ukraine steht derzeit nicht auf der Tagesordnung, "
     "sagte der österreichische Minister.", {("AT", "tanks", R, None)}),
    ("de", "", "Eine Lieferung von Eurofighter-Kampfjets an die Ukraine steht nicht auf der Tagesordnung, sagte "
     "der deutsche Verteidigungsminister.",
     {("DE", "aircraft", R, None)}),
    ("fr", "", "Le Premier ministre belge a refusé de dire si la Belgique livrerait des F-16 supplémentaires à Kiev.",
     {("BE", "aircraft", X, None)}),
    ("en", "", "The Dutch minister declined to say whether the Netherlands would send more Patriot launchers to Kyiv.",
     {("NL", AIR, X, None)}),
    ("de", "", "Das Ministerium hat einen Zeitungsbericht dementiert, wonach Oslo der Ukraine weitere "
     "NASAMS-Systeme überlassen werde.", {("NO", AIR, R, None)}),
    ("en", "Oslo denies it will send more NASAMS to Kyiv",
     "Norway's defence ministry denied reports that Oslo would deliver a further NASAMS system to Ukraine. \"No "
     "decision has been made,\" a spokeswoman said.", {("NO", AIR, X, None)}),
    ("fr", "Madrid dément l'envoi de nouveaux chars Leopard à Kiev",
     "Le ministère espagnol a démenti les informations selon lesquelles l'Espagne livrerait dix chars Leopard "
     "supplémentaires à l'Ukraine. « Aucune décision n'a été prise », a indiqué une porte-parole.",
     {("ES", "tanks", X, 10)}),
]



NOT_GIVEN = [
    ("en", "", "Britain has trained 2,000 Ukrainian soldiers this year, mainly in mine clearance and field medicine.",
     {("GB", "training", D, 2000)}),
    ("en", "", "Canadian instructors in Poland are training Ukrainian crews on Leopard tanks, Ottawa said.",
     {("CA", "training", D, None)}),
    ("fr", "", "La France a formé 600 soldats ukrainiens cette année, notamment au déminage et aux premiers secours.",
     {("FR", "training", D, 600)}),
    ("de", "", "Auf dem Übungsplatz bildet die Bundeswehr derzeit 300 ukrainische Soldaten aus – an Kampfpanzern "
     "vom Typ Leopard 2 und im Häuserkampf.", {("DE", "training", D, 300)}),
    ("de", "", "Dänemark hat 800 ukrainische Soldaten ausgebildet, vor allem in Minenräumung.",
     {("DK", "training", D, 800)}),
    # (training beside a giving of its own keeps both)
    ("en", "", "The US trained Ukrainian crews in Germany and will send 31 Abrams tanks.",
     {("US", "training", D, None), ("US", "tanks", P, 31)}),
    ("de", "", "In Kassel hat Rheinmetall mit der Serienfertigung von Munition für Flugabwehrpanzer begonnen. Die "
     "Bundesregierung hat dort 50.000 Schuss für die Ukraine bestellt.", {("DE", AMMO, M, 50000)}),
    ("en", "", "Rheinmetall has begun serial production of 155mm shells in Lower Saxony. Berlin has ordered "
     "80,000 of the shells for Ukraine.", {("DE", AMMO, M, 80000)}),
    ("en", "", "Deliveries of the shells to Ukraine have begun, Germany said.", {("DE", AMMO, D, None)}),
]



DIARY_DAYS = [
    ("en", "", "The week in military aid. Tuesday: Latvia hands over 1,000 drones to Ukraine. Friday: Croatia "
     "pledges two Mi-8 helicopters.", {("LV", "drones", D, 1000), ("HR", "aircraft", P, 2)}),
    ("fr", "", "La semaine en bref. Mardi : la Lettonie livre 1 000 drones à l'Ukraine. Jeudi : la Suède promet "
     "18 canons Archer.", {("LV", "drones", D, 1000), ("SE", "artillery", P, 18)}),
    ("de", "", "Der Wochenüberblick. Dienstag: Litauen übergibt der Ukraine 500 Drohnen. Freitag: Estland sagt "
     "weitere Munition zu.", {("LT", "drones", D, 500), ("EE", AMMO, P, None)}),
    # (a future in the line stays a promise)
    ("de", "", "Montag: Finnland wird der Ukraine 20 Haubitzen liefern.", {("FI", "artillery", P, 20)}),
]



FINANCING = [
    ("en", "", "The U.S. will draw $400 million in weapons from its own stocks for Ukraine, including HIMARS rockets "
     "and Stryker vehicles, officials said.", {("US", MONEY, P, 4e8), ("US", AMMO, P, None),
                                               ("US", "armoured_vehicles", P, None)}),
    ("en", "", "Washington is to draw $300 million in arms from Pentagon stocks for Kyiv, including Stinger missiles.",
     {("US", MONEY, P, 3e8), ("US", AIR, P, None)}),
    ("en", "", "The artist will draw a picture from memory.", set()),
    ("fr", "", "Paris fournira 300 drones à l'Ukraine d'ici l'été, soit trois fois plus que l'an dernier, pour un coût "
     "de 40 millions d'euros.", {("FR", "drones", P, 300)}),
    ("en", "", "Britain will supply 20,000 drones to Ukraine by June, ten times as many as last year, at a cost of "
     "£150 million, the minister said.", {("GB", "drones", P, 20000)}),
    ("de", "", "Großbritannien wird der Ukraine bis Juni 20.000 Drohnen liefern, zu Kosten von 150 Millionen Pfund, "
     "sagte der Minister.", {("GB", "drones", P, 20000)}),
]



PAYERS_AFTER = [
    ("en", "", "Two patrol boats were handed over to Ukraine's navy on Friday. They were paid for by Norway.",
     {("NO", "other", D, 2)}),
    ("fr", "", "Trois vedettes ont été remises à la marine ukrainienne. Elles ont été financées par la Belgique.",
     {("BE", "other", D, 3)}),
    ("fr", "", "Quatre vedettes fluviales ont été remises mardi à la marine ukrainienne. Financées par la France, elles "
     "rejoindront le Dniepr.", {("FR", "other", D, 4)}),
    ("de", "", "Zwei Minenjagdboote sind an die ukrainische Marine übergeben worden. Finanziert wurden sie von den "
     "Niederlanden.", {("NL", "other", D, 2)}),
    ("de", "", "Vier Panzerhaubitzen sind an die ukrainischen Streitkräfte übergeben worden. Das bestätigte ein "
     "Sprecher in Kiew. Bezahlt hat die Geschütze die Bundesregierung.", {("DE", "artillery", D, 4)}),
    ("de", "", "Die Ukraine soll im Frühjahr 40 Schützenpanzer vom Typ Marder erhalten. Die Bundesregierung "
     "finanziert die Instandsetzung.", {("DE", "armoured_vehicles", P, 40)}),
]



RANKINGS = [
    ("en", "Ranking: who gave Kyiv the most this year",
     "According to a ranking by a German institute, the US, Germany and Britain have pledged the most military aid to "
     "Ukraine this year.", set()),
    ("fr", "Classement : qui aide le plus Kiev ?",
     "Selon le classement d'un institut allemand, les États-Unis, l'Allemagne et le Royaume-Uni ont promis le plus "
     "d'aide militaire à l'Ukraine cette année.", set()),
    ("de", "Militärhilfe: Die größten Unterstützer der Ukraine",
     "Laut einer Auswertung des Instituts für Weltwirtschaft haben die USA, Deutschland und Polen der Ukraine seit "
     "Jahresbeginn die meiste Militärhilfe zugesagt.", set()),
    # (the most told of one day's gift, no ranking named, is that gift)
    ("en", "", "Germany pledged the most military aid in its history to Ukraine on Monday, 5 billion euros.",
     {("DE", MONEY, P, 5e9)}),
]


NEWSLETTERS = [
    ("en", "Ukraine aid: Sweden, Norway", "Our weekly round-up of military aid to Ukraine, sent every Saturday. Sweden "
     "pledged 18 Archer howitzers.", {("SE", "artillery", P, 18)}),
    ("fr", "Aide à l'Ukraine : Suède, Norvège", "Notre lettre hebdomadaire sur l'aide militaire à l'Ukraine, envoyée "
     "chaque dimanche. La Suède a promis 18 canons Archer.", {("SE", "artillery", P, 18)}),
    ("de", "Militärhilfe: Schweden, Norwegen", "Unser wöchentlicher Überblick über die Militärhilfe für die Ukraine, "
     "jeden Freitag verschickt. Schweden sagt 18 Archer-Haubitzen zu.", {("SE", "artillery", P, 18)}),
    ("en", "", "Our government will send 18 howitzers to Ukraine, Sweden's minister said.", {("SE", "artillery", P, 18)}),
]


# Every table above, read alike: each a form the probe found, in the three languages.
CASES = NOTATIONS + DENIALS + NOT_GIVEN + DIARY_DAYS + NEWSLETTERS + FINANCING + PAYERS_AFTER + RANKINGS


@pytest.mark.parametrize(("lang", "title", "text", "expected"), CASES)
def test_review_62b_forms_give_their_records(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected
