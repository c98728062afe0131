"""The status of what wire copy reports, in English, French and German, on sentences
written for these tests (none is taken from the real-article set): questions and requests
are no promise, a conditional with its condition and a preview of an announcement are
discussed, refusals and denials refuse what they name (never promise it), deliveries told
as done quietly or already are deliveries, export approvals are discussed and a veto or an
approval refused is a refusal. Each rule's other side is here too ("if needed", a reported
future, an announcement of a promise). Session 28; earlier rounds: tests/pledges/test_pledges_wire*.py."""

from __future__ import annotations

import pytest

from bot.config import load_entities
from bot.core.pledges.extract import extract_pledges

DI, RF, P, D = "discussed", "refused", "pledged", "delivered"

# (lang, text, expected (donor, category, status) records, exact): when not exact, what is
# found must be among the expected (a request or a refusal may also give no record at all).
_CASES = [
    # --- English
    ("en", "Can Germany deliver Leopard tanks to Ukraine?", {("DE", "tanks", DI)}, True),
    ("en", "Kyiv asks Berlin for Taurus cruise missiles.", {("DE", "missiles", DI)}, False),
    ("en", "Zelensky urged Washington to send more Patriot systems.", {("US", "air_defence", DI)}, False),
    (
        "en",
        "The Netherlands would send F-16 jets to Ukraine if the United States agreed.",
        {("NL", "aircraft", DI)},
        True,
    ),
    ("en", "Sweden is ready to consider sending Gripen fighter jets to Ukraine.", {("SE", "aircraft", DI)}, True),
    (
        "en",
        "Allies are expected to announce new air defence systems for Ukraine on Friday.",
        {("ALLIES", "air_defence", DI)},
        True,
    ),
    (
        "en",
        "Britain is expected to pledge more Storm Shadow missiles for Ukraine at the meeting.",
        {("GB", "missiles", DI)},
        True,
    ),
    (
        "en",
        "Spain will not directly supply further weapons to Ukraine, such as tanks, howitzers or ammunition.",
        {("ES", "tanks", RF), ("ES", "artillery", RF), ("ES", "ammunition", RF), ("ES", "other", RF)},
        False,
    ),
    (
        "en",
        "Austria has no plans to send tanks or ammunition to Ukraine.",
        {("AT", "tanks", RF), ("AT", "ammunition", RF)},
        False,
    ),
    ("en", "The United States secretly shipped ATACMS missiles to Ukraine last month.", {("US", "missiles", D)}, True),
    (
        "en",
        "Canada quietly delivered 40 armoured vehicles to Ukraine in the spring.",
        {("CA", "armoured_vehicles", D)},
        True,
    ),
    ("en", "The German government approved the export of 100 Leopard 1 tanks to Ukraine.", {("DE", "tanks", DI)}, True),
    ("en", "Switzerland vetoed the re-export of Swiss-made ammunition to Ukraine.", {("CH", "ammunition", RF)}, False),
    ("en", "Poland denied reports that it would send MiG-29 jets to Ukraine.", {("PL", "aircraft", RF)}, False),
    (
        "en",
        "Denmark has denied that it plans to send more F-16 jets to Ukraine this year.",
        {("DK", "aircraft", RF)},
        False,
    ),
    ("en", "France has not ruled out sending Mirage jets to Ukraine.", {("FR", "aircraft", DI)}, True),
    ("en", "Washington could provide ATACMS missiles to Ukraine, officials said.", {("US", "missiles", DI)}, True),
    ("en", "Italy has already delivered a second SAMP/T system to Ukraine.", {("IT", "air_defence", D)}, True),
    ("en", "Norway is weighing whether to donate more NASAMS to Ukraine.", {("NO", "air_defence", DI)}, True),
    ("en", "Is Britain sending more Challenger tanks to Ukraine?", {("GB", "tanks", DI)}, True),
    ("en", "Germany rejected a Ukrainian request for Taurus missiles.", {("DE", "missiles", RF)}, True),
    (
        "en",
        "The Pentagon is expected to announce new HIMARS launchers for Ukraine next week.",
        {("US", "artillery", DI)},
        True,
    ),
    ("en", "Will Sweden send Gripen jets to Ukraine?", {("SE", "aircraft", DI)}, True),
    (
        "en",
        "Finland is set to announce a new package of artillery shells for Ukraine on Tuesday.",
        {("FI", "ammunition", DI)},
        True,
    ),
    ("en", "Germany vetoed the delivery of Leopard tanks to Ukraine by Poland.", {("DE", "tanks", RF)}, False),
    ("en", "Belgium quietly handed over 15 howitzers to Ukraine.", {("BE", "artillery", D)}, True),
    # --- French
    ("fr", "L'Allemagne peut-elle livrer des chars Leopard à l'Ukraine ?", {("DE", "tanks", DI)}, True),
    ("fr", "Kiev réclame des avions F-16 aux Occidentaux.", {("ALLIES", "aircraft", DI)}, False),
    ("fr", "Zelensky demande à l'Allemagne de livrer des missiles Taurus.", {("DE", "missiles", DI)}, False),
    ("fr", "La France pourrait envoyer des avions Mirage 2000 à l'Ukraine.", {("FR", "aircraft", DI)}, True),
    (
        "fr",
        "Paris enverrait des chars Leclerc à l'Ukraine si ses alliés faisaient de même.",
        {("FR", "tanks", DI)},
        True,
    ),
    ("fr", "La Belgique est prête à envisager l'envoi d'avions F-16 à l'Ukraine.", {("BE", "aircraft", DI)}, True),
    (
        "fr",
        "Les alliés devraient annoncer vendredi de nouveaux systèmes de défense aérienne pour l'Ukraine.",
        {("ALLIES", "air_defence", DI)},
        True,
    ),
    (
        "fr",
        "Le Royaume-Uni doit annoncer jeudi l'envoi de missiles Storm Shadow à l'Ukraine.",
        {("GB", "missiles", DI)},
        True,
    ),
    ("fr", "L'Allemagne exclut la livraison de missiles Taurus à l'Ukraine.", {("DE", "missiles", RF)}, True),
    ("fr", "La Suisse refuse la réexportation de munitions vers l'Ukraine.", {("CH", "ammunition", RF)}, True),
    (
        "fr",
        "La Suisse a refusé d'autoriser la réexportation de chars Leopard vers l'Ukraine.",
        {("CH", "tanks", RF)},
        True,
    ),
    ("fr", "Les Pays-Bas ont déjà livré des obusiers PzH 2000 à l'Ukraine.", {("NL", "artillery", D)}, True),
    ("fr", "La France a secrètement livré des missiles SCALP à l'Ukraine.", {("FR", "missiles", D)}, True),
    # (was {("DE", "tanks", DI)}: relabelled at stop 59: leave to re-export gives the approving country nothing, the lead's ruling B)
    ("fr", "Berlin autorise la réexportation de chars Leopard vers l'Ukraine.", set(), True),
    ("fr", "La Pologne a démenti vouloir envoyer des avions MiG-29 à l'Ukraine.", {("PL", "aircraft", RF)}, False),
    ("fr", "L'Italie n'a pas l'intention de livrer des chars à l'Ukraine.", {("IT", "tanks", RF)}, True),
    ("fr", "La Suède envisage de fournir des avions Gripen à l'Ukraine.", {("SE", "aircraft", DI)}, True),
    (
        "fr",
        "L'Espagne a discrètement livré des lanceurs de missiles Hawk à l'Ukraine.",
        {("ES", "air_defence", D)},
        True,
    ),
    ("fr", "Le Canada pourrait-il envoyer des chars Leopard à l'Ukraine ?", {("CA", "tanks", DI)}, True),
    ("fr", "Washington ne fournira pas de missiles ATACMS à Kiev pour le moment.", {("US", "missiles", RF)}, True),
    (
        "fr",
        "Le Danemark serait prêt à livrer des avions F-16 si Washington donnait son accord.",
        {("DK", "aircraft", DI)},
        True,
    ),
    ("fr", "L'Allemagne n'envisage pas de livrer des avions de combat à l'Ukraine.", {("DE", "aircraft", RF)}, False),
    ("fr", "Le Portugal a déjà livré trois chars Leopard à l'Ukraine.", {("PT", "tanks", D)}, True),
    (
        "fr",
        "Le gouvernement allemand a opposé son veto à la livraison de chars Leopard par la Pologne.",
        {("DE", "tanks", RF)},
        False,
    ),
    # --- German
    ("de", "Kann Deutschland Leopard-Panzer an die Ukraine liefern?", {("DE", "tanks", DI)}, True),
    ("de", "Kiew fordert von Berlin die Lieferung von Taurus-Marschflugkörpern.", {("DE", "missiles", DI)}, False),
    ("de", "Selenskyj bittet Deutschland um weitere Patriot-Systeme.", {("DE", "air_defence", DI)}, False),
    ("de", "Frankreich könnte der Ukraine Mirage-Kampfjets liefern.", {("FR", "aircraft", DI)}, True),
    (
        "de",
        "Die Niederlande würden F-16-Kampfjets an die Ukraine liefern, wenn die USA zustimmen.",
        {("NL", "aircraft", DI)},
        True,
    ),
    (
        "de",
        "Verteidigungsminister Pistorius soll am Freitag die Lieferung weiterer IRIS-T-Systeme an die Ukraine bekanntgeben.",
        {("DE", "air_defence", DI)},
        True,
    ),
    (
        "de",
        "Die Verbündeten werden voraussichtlich am Freitag neue Luftverteidigungssysteme für die Ukraine ankündigen.",
        {("ALLIES", "air_defence", DI)},
        True,
    ),
    (
        "de",
        "Bundeskanzler Scholz lehnt die Lieferung von Taurus-Marschflugkörpern an die Ukraine ab.",
        {("DE", "missiles", RF)},
        True,
    ),
    ("de", "Deutschland hat der Ukraine bereits 18 Leopard-2-Panzer geliefert.", {("DE", "tanks", D)}, True),
    ("de", "Die USA haben heimlich ATACMS-Raketen an die Ukraine geliefert.", {("US", "missiles", D)}, True),
    (
        "de",
        "Die Bundesregierung genehmigt die Ausfuhr von Leopard-1-Panzern in die Ukraine.",
        {("DE", "tanks", DI)},
        True,
    ),
    (
        "de",
        "Die Schweiz verweigert die Weitergabe von Schweizer Munition an die Ukraine.",
        {("CH", "ammunition", RF)},
        True,
    ),
    (
        "de",
        "Polen dementiert Berichte, wonach es MiG-29-Kampfjets an die Ukraine liefern werde.",
        {("PL", "aircraft", RF)},
        False,
    ),
    (
        # (stop 56: a report rejected, "zurückgewiesen, wonach", is denied as "dementiert" is)
        "de",
        "Polen hat am Dienstag einen Bericht zurückgewiesen, wonach es MiG-29-Kampfjets an die Ukraine liefern wolle.",
        {("PL", "aircraft", RF)},
        False,
    ),
    (
        "de",
        "Polen weist Berichte zurück, wonach es MiG-29-Kampfjets an die Ukraine liefern werde.",
        {("PL", "aircraft", RF)},
        False,
    ),
    ("de", "Schweden erwägt die Lieferung von Gripen-Kampfjets an die Ukraine.", {("SE", "aircraft", DI)}, True),
    (
        "de",
        "Großbritannien hat nicht vor, weitere Challenger-Panzer an die Ukraine zu liefern.",
        {("GB", "tanks", RF)},
        True,
    ),
    (
        "de",
        "Italien wird der Ukraine keine weiteren Waffen direkt liefern, weder Haubitzen noch Munition.",
        {("IT", "artillery", RF), ("IT", "ammunition", RF), ("IT", "other", RF)},
        False,
    ),
    (
        "de",
        "Die Niederlande sollen der Ukraine bereits im Geheimen Patriot-Raketen geschickt haben.",
        {("NL", "air_defence", D)},
        True,
    ),
    ("de", "Die Bundesregierung hat keine Pläne, Kampfjets an die Ukraine zu liefern.", {("DE", "aircraft", RF)}, True),
    ("de", "Spanien ist bereit, über die Lieferung von Leopard-Panzern nachzudenken.", {("ES", "tanks", DI)}, True),
    ("de", "Norwegen hat den Export von NASAMS-Systemen an die Ukraine genehmigt.", {("NO", "air_defence", DI)}, True),
    ("de", "Wird Kanada weitere Leopard-Panzer an die Ukraine liefern?", {("CA", "tanks", DI)}, True),
    (
        "de",
        "Die Regierung in Bern untersagt die Wiederausfuhr von Leopard-Panzern an die Ukraine.",
        {("CH", "tanks", RF)},
        True,
    ),
    (
        "de",
        "Spanien hat der Ukraine vor Wochen in aller Stille sechs Hawk-Startgeräte geliefert.",
        {("ES", "air_defence", D)},
        True,
    ),
    (
        "de",
        "Die USA dürften am Montag ein neues Paket mit HIMARS-Raketenwerfern für die Ukraine ankündigen.",
        {("US", "artillery", DI)},
        True,
    ),
    # --- a second round: adverbs of secrecy, readiness in the conditional, inverted questions
    ("en", "Germany is considering a request from Kyiv for Taurus missiles.", {("DE", "missiles", DI)}, False),
    ("en", "The UK has been quietly supplying Ukraine with Storm Shadow missiles.", {("GB", "missiles", D)}, True),
    ("en", "Slovakia has approved the transfer of its MiG-29 jets to Ukraine.", {("SK", "aircraft", P)}, True),
    ("en", "Germany will not supply Taurus missiles for now, Scholz said.", {("DE", "missiles", RF)}, True),
    ("en", "France is ready to send Mirage jets to Ukraine, Macron said.", {("FR", "aircraft", P)}, True),
    ("en", "Biden is expected to approve the delivery of ATACMS missiles to Ukraine.", {("US", "missiles", DI)}, True),
    (
        "en",
        "Lithuania called on allies to send more air defence systems to Ukraine.",
        {("ALLIES", "air_defence", DI)},
        False,
    ),
    ("en", "Turkey has no plans to deliver drones to Ukraine.", {("TR", "drones", RF)}, False),
    ("en", "Would Canada send more Leopard tanks to Ukraine?", {("CA", "tanks", DI)}, True),
    ("en", "Italy might consider sending SAMP/T systems to Ukraine.", {("IT", "air_defence", DI)}, True),
    ("en", "Japan has declined to provide lethal weapons to Ukraine.", {("JP", "other", RF)}, False),
    # (a member holding up its organisation's aid refuses nothing of its own: the EU's aid
    # is undecided, tests/pledges/test_pledges_wire_11.py)
    (
        "en",
        "Hungary blocked the EU's plan to fund ammunition for Ukraine.",
        {("EU", "ammunition", DI), ("EU", "funding", DI)},
        False,
    ),
    ("en", "Spain is poised to announce the delivery of Leopard tanks to Ukraine.", {("ES", "tanks", DI)}, True),
    ("en", "Berlin has reportedly shipped Gepard anti-aircraft guns to Ukraine.", {("DE", "air_defence", D)}, True),
    ("fr", "L'Allemagne a rejeté la demande de Kiev de livrer des missiles Taurus.", {("DE", "missiles", RF)}, True),
    (
        "fr",
        "Le Royaume-Uni a discrètement envoyé des missiles Storm Shadow à l'Ukraine.",
        {("GB", "missiles", D)},
        True,
    ),
    (
        "fr",
        "La France serait prête à livrer des avions Mirage à l'Ukraine, selon la presse.",
        {("FR", "aircraft", DI)},
        True,
    ),
    ("fr", "Les États-Unis ne livreront pas d'avions F-16 à l'Ukraine.", {("US", "aircraft", RF)}, True),
    ("fr", "Berlin se dit prêt à examiner la livraison de chars à l'Ukraine.", {("DE", "tanks", DI)}, True),
    ("fr", "La Slovaquie a approuvé le transfert de ses MiG-29 à l'Ukraine.", {("SK", "aircraft", P)}, True),
    ("fr", "La Pologne refuse d'envoyer des avions de combat à l'Ukraine.", {("PL", "aircraft", RF)}, True),
    ("fr", "Les alliés vont-ils livrer des chars à l'Ukraine ?", {("ALLIES", "tanks", DI)}, True),
    ("fr", "L'Italie devrait livrer un deuxième système SAMP/T à l'Ukraine.", {("IT", "air_defence", DI)}, False),
    ("fr", "La Suède pourrait annoncer l'envoi d'avions Gripen à l'Ukraine.", {("SE", "aircraft", DI)}, True),
    ("fr", "Kiev souhaite obtenir des chars Leopard de l'Allemagne.", {("DE", "tanks", DI)}, False),
    ("fr", "La Norvège a autorisé l'exportation de systèmes NASAMS vers l'Ukraine.", {("NO", "air_defence", DI)}, True),
    (
        "de",
        "Die Bundesregierung prüft eine Lieferung von Taurus-Marschflugkörpern an die Ukraine.",
        {("DE", "missiles", DI)},
        True,
    ),
    ("de", "Großbritannien hat der Ukraine im Geheimen Storm-Shadow-Raketen geliefert.", {("GB", "missiles", D)}, True),
    ("de", "Frankreich wäre bereit, Mirage-Kampfjets an die Ukraine zu liefern.", {("FR", "aircraft", DI)}, True),
    (
        "de",
        "Die Slowakei hat die Lieferung von MiG-29-Kampfjets an die Ukraine genehmigt.",
        {("SK", "aircraft", P)},
        True,
    ),
    ("de", "Polen liefert keine Kampfjets an die Ukraine.", {("PL", "aircraft", RF)}, True),
    ("de", "Berlin will keine Taurus-Marschflugkörper an die Ukraine liefern.", {("DE", "missiles", RF)}, True),
    (
        "de",
        "Litauen fordert die Verbündeten auf, mehr Luftabwehrsysteme an die Ukraine zu liefern.",
        {("ALLIES", "air_defence", DI)},
        False,
    ),
    (
        "de",
        "Kanzler Scholz wies Forderungen nach Taurus-Lieferungen an die Ukraine zurück.",
        {("DE", "missiles", RF)},
        True,
    ),
    (
        "de",
        "Die Niederlande könnten der Ukraine weitere F-16-Kampfjets liefern, hieß es in Den Haag.",
        {("NL", "aircraft", DI)},
        True,
    ),
    ("de", "Die USA dürften der Ukraine bald weitere ATACMS-Raketen liefern.", {("US", "missiles", DI)}, True),
    ("de", "Spanien soll der Ukraine heimlich Hawk-Raketen geliefert haben.", {("ES", "air_defence", D)}, True),
    ("de", "Liefert Deutschland bald Taurus an die Ukraine?", {("DE", "missiles", DI)}, True),
    (
        "de",
        "Die Regierung in Prag hat die Ausfuhr von Munition an die Ukraine genehmigt.",
        {("CZ", "ammunition", DI)},
        True,
    ),
    (
        "de",
        "Die Schweiz lehnt es ab, den Export von Munition an die Ukraine zu erlauben.",
        {("CH", "ammunition", RF)},
        True,
    ),
    # --- the other side of each rule: what must stay as it was
    ("en", "The first batch of German Leopard tanks reaches Ukraine.", {("DE", "tanks", D)}, True),
    ("en", "Norway said the NASAMS will reach Ukraine in May.", {("NO", "air_defence", P)}, True),
    # an arrival told as to come is the promise on its way; one told as done, a delivery
    ("en", "Belgium's first two F-16 jets for Ukraine are to arrive in the autumn.", {("BE", "aircraft", P)}, True),
    ("en", "First Belgian F-16s to arrive in Ukraine next month, minister says.", {("BE", "aircraft", P)}, True),
    ("fr", "Les deux premiers F-16 belges arriveront en Ukraine à l'automne.", {("BE", "aircraft", P)}, True),
    ("fr", "Les deux premiers F-16 belges sont arrivés en Ukraine.", {("BE", "aircraft", D)}, True),
    ("en", "The first two Belgian F-16 jets have arrived in Ukraine.", {("BE", "aircraft", D)}, True),
    # a giving told as a participle before the clause's own news is done
    ("en", "Britain, after sending Storm Shadow missiles to Ukraine, will now train Ukrainian pilots.",
     {("GB", "missiles", D), ("GB", "training", P)}, True),
    ("en", "Having supplied two NASAMS systems last year, Norway will fund more drones for Ukraine.",
     {("NO", "air_defence", D), ("NO", "drones", P)}, True),
    ("en", "Germany is considering sending Taurus missiles to Ukraine.", {("DE", "missiles", DI)}, True),
    ("en", "Germany said it would send more Leopard tanks to Ukraine if needed.", {("DE", "tanks", P)}, True),
    ("en", "If Washington agrees, the Netherlands would send F-16 jets to Ukraine.", {("NL", "aircraft", DI)}, True),
    (
        "fr",
        "La France livrerait des chars Leclerc à l'Ukraine au printemps, selon la presse.",
        {("FR", "tanks", P)},
        True,
    ),
    (
        "en",
        "Germany will announce on Friday that it will send ten more Leopard tanks to Ukraine.",
        {("DE", "tanks", P)},
        True,
    ),
    ("en", "Germany announced the delivery of ten more IRIS-T systems to Ukraine.", {("DE", "air_defence", P)}, True),
    (
        "en",
        "Poland denied that the delivery had been delayed and said the Leopard tanks will reach Ukraine next week.",
        {("PL", "tanks", P)},
        True,
    ),
    (
        "de",
        "Die Schweiz hat die Weitergabe von Munition an die Ukraine nicht genehmigt.",
        {("CH", "ammunition", RF)},
        True,
    ),
    (
        "en",
        "The German government did not approve the export of Leopard tanks to Ukraine.",
        {("DE", "tanks", RF)},
        True,
    ),
    (
        "fr",
        "Les Pays-Bas livreraient des F-16 à l'Ukraine si les États-Unis donnaient leur feu vert.",
        {("NL", "aircraft", DI)},
        True,
    ),
    (
        "de",
        "Deutschland würde Taurus liefern, falls die USA ATACMS schicken.",
        {("DE", "missiles", DI), ("US", "missiles", DI)},
        False,
    ),
    ("en", "Can the Netherlands send more Patriot missiles to Ukraine this winter?", {("NL", "air_defence", DI)}, True),
    ("fr", "Paris annoncera jeudi l'envoi de nouveaux canons Caesar à l'Ukraine.", {("FR", "artillery", DI)}, True),
]


@pytest.mark.parametrize(("lang", "text", "expected", "exact"), _CASES, ids=[c[1][:60] for c in _CASES])
def test_the_status_wire_copy_tells(lang: str, text: str, expected: set, exact: bool) -> None:
    found = {(p.donor, p.category, p.status) for p in extract_pledges(text, lang=lang, entities=load_entities())}
    if exact:
        assert found == expected
    else:
        assert found <= expected


@pytest.mark.parametrize("title, text", [
    ("Allies meet in Brussels",
     "BRUSSELS (Reuters) - Defence ministers promised Ukraine more air defence on Thursday. No new fighter jets "
     "were announced, two officials said."),
    ("Les Alliés réunis à Bruxelles",
     "BRUXELLES (AFP) - Les ministres ont promis jeudi davantage de défense aérienne à l'Ukraine. Aucun nouvel "
     "avion de combat n'a été annoncé, selon deux responsables."),
    ("Die Verbündeten in Brüssel",
     "BRÜSSEL (dpa) - Die Minister sagten der Ukraine am Donnerstag mehr Luftverteidigung zu. Keine neuen "
     "Kampfjets wurden angekündigt, sagten zwei Diplomaten."),
])
def test_what_nobody_announced_gives_no_record(title: str, text: str) -> None:
    # Not announcing is no refusal (nobody said no) and no promise: the jets give nothing.
    found = extract_pledges(text, title=title, entities=load_entities())
    assert {p.category for p in found} == {"air_defence"}


def test_an_announcement_not_made_is_no_refusal() -> None:
    found = extract_pledges("WASHINGTON (AP) - The Pentagon did not announce new Abrams tanks for Ukraine on Tuesday.",
                            entities=load_entities())
    assert found == []


@pytest.mark.parametrize("title, text", [
    ("French Mirage jets now fly for Ukraine",
     "KYIV (Reuters) - The first Mirage jets from France are in service with the Ukrainian air force, its command said."),
    ("Les Mirage français volent désormais pour l'Ukraine",
     "KIEV (AFP) - Les premiers Mirage cédés par la France sont en service, a indiqué l'armée de l'air ukrainienne."),
    ("Französische Mirage-Jets fliegen jetzt für die Ukraine",
     "KIEW (dpa) - Die ersten Mirage-Jets aus Frankreich sind bei der ukrainischen Luftwaffe im Einsatz."),
])
def test_a_headline_telling_the_jets_fly_for_ukraine_now_tells_their_delivery(title: str, text: str) -> None:
    # The headline was read as a promise beside the body's delivery: one event, two stages.
    found = extract_pledges(text, title=title, entities=load_entities())
    assert {(p.donor, p.category, p.status) for p in found} == {("FR", "aircraft", D)}
