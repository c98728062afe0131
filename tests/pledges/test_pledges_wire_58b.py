"""Round 58b: review 58's notation, bracket, vote, markets and joint-pledge causes (tests/pledges/test_review_58.py),
each read as a phenomenon of wire copy in the three languages. Every sentence is invented for this file.

- notation: thousands told with "k" ("12k shells", "30k+ recruits") are counts; a German count in millions
  shortened "Mio." ("2 Mio. Schuss") is a count of rounds, not money, and its abbreviation's dot ends no
  sentence (it made the count a sum in the currency of the package before it, and the figures swapped);
- votes (the lead's ruling, docs/reading-pledges.md): a government's promise awaiting its own parliament's vote
  ("subject to approval by the Eduskunta", "sous réserve de l'accord de l'Assemblée", "sofern das Folketing
  zustimmt") is pledged, and so is money it asks lawmakers to vote ("demandera aux députés de voter un crédit
  de", "will ask lawmakers to approve", "wird das Parlament bitten, ... zu bewilligen"); another's approval
  ("subject to Germany's approval") leaves it discussed; a giving held possible only on a condition, the
  giving its subject ("would only go ahead if", "ne serait envisagée que si", "käme nur in Frage, wenn"), is
  discussed (it gave nothing) (parliament_votes.py, cue_qualifiers.py, cue_patterns.py);
- brackets: an editor's insertion in a quote ("[the last] 14 [howitzers]", "[aux Ukrainiens] les 8 [derniers
  appareils]", "[sind] nicht geplant") is read as part of the sentence and an ellipsis in brackets ("(...)",
  "(…)") cuts nothing (editorial_marks.py); a bare count whose article names a system only in a later
  sentence counts the kind named before it (references._named_before); "remettra"/"remettrons" promise;
  jets that "volent déjà" are delivered; things told not planned ("sind nicht geplant", "are not planned",
  "ne sont pas prévus") are refused ("noch nicht geplant" is not);
- markets: an order's worth told with it ("an order worth 1.5 billion crowns ... to supply Ukraine with NASAMS",
  "une commande d'un montant de", "einen Auftrag ... über 600 Mio. Euro") is the price of the one thing
  ordered, no funding record beside it (money_items); a contract a maker's own country's forces placed ("a
  NOK 3 billion contract the Norwegian armed forces placed") is no aid (own_forces); a headline's broad
  "missiles" over the body's "missiles sol-air Mistral" is that one record (headline_kinds.py);
- joint: "each country" / "both governments" / "chacun des deux pays" / "jedes der beiden Länder" as the
  subject after two governments are named gives both, each the whole figure, though a speaker of one of them
  is named after it ("..., the Finnish defence ministry said": extract._EACH_OF_THEM, item_records._EACH).
"""

from __future__ import annotations

import pytest

from bot.core.pledges.quantities.numbers import find_counts, find_money
from tests.support.wire_labels import AIR, AMMO, ARMOUR, MONEY, D, M, P, R, X
from tests.support.wire_reading import figures

NOTATION = [
    ("en", "", "Portugal will send Ukraine 12k artillery shells and 4k first-person-view drones this year, the "
     "defence ministry said.", {("PT", AMMO, P, 12000), ("PT", "drones", P, 4000)}),
    ("en", "", "Ireland has trained 30k+ Ukrainian soldiers since 2023, the army said.",
     {("IE", "training", D, 30000)}),
    ("de", "", "Dänemark stellt der Ukraine 3 Mrd. Kronen bereit, darunter 2 Mio. Schuss Munition für "
     "Sturmgewehre.", {("DK", MONEY, P, 3000000000), ("DK", AMMO, P, 2000000)}),
]

VOTES = [
    ("en", "", "Finland will give Ukraine 8 more Patria armoured vehicles, subject to approval by the Eduskunta, the "
     "government said.", {("FI", ARMOUR, P, 8)}),
    ("fr", "", "Le Portugal enverra 6 hélicoptères à l'Ukraine, sous réserve de l'accord de l'Assemblée de la "
     "République.", {("PT", "aircraft", P, 6)}),
    ("de", "", "Dänemark wird der Ukraine 15 Leopard-1-Panzer liefern, sofern das Folketing zustimmt.",
     {("DK", "tanks", P, 15)}),
    ("fr", "", "Le gouvernement portugais demandera aux députés de voter un crédit de 300 millions d'euros pour "
     "l'aide militaire à l'Ukraine.", {("PT", MONEY, P, 300000000)}),
    ("en", "", "The Czech government will ask lawmakers to approve 2 billion crowns in military aid for Ukraine.",
     {("CZ", MONEY, P, 2000000000)}),
    ("de", "", "Die tschechische Regierung wird das Parlament bitten, 2 Milliarden Kronen Militärhilfe für die "
     "Ukraine zu bewilligen.", {("CZ", MONEY, P, 2000000000)}),
    ("en", "", "Sending Ukraine Gripen jets would only go ahead if parliament changes the export law, the Swedish "
     "defence minister said.", {("SE", "aircraft", X, None)}),
    ("fr", "", "La livraison de chars Leclerc ne serait envisagée que si les alliés en faisaient autant, a précisé "
     "le ministre français des Armées.", {("FR", "tanks", X, None)}),
    ("de", "", "Eine Lieferung von Taurus-Marschflugkörpern käme nur in Frage, wenn die USA zustimmen, sagte der "
     "deutsche Verteidigungsminister.", {("DE", "missiles", X, None)}),
    ("en", "", "Poland will send its MiG-29 jets to Ukraine, subject to Germany's approval.",
     {("PL", "aircraft", X, None)}),
]

BRACKETS = [
    ("en", "", "\"We will send [the last] 14 [howitzers] to Ukraine before winter,\" the Dutch defence minister said.",
     {("NL", "artillery", P, 14)}),
    ("en", "", "The Netherlands has promised 40 howitzers. \"The first 30 (...) are already in use,\" the Dutch minister "
     "said. The minister was also looking at sending more Patriot missiles.",
     {("NL", "artillery", P, 40), ("NL", "artillery", D, 30), ("NL", AIR, X, None)}),
    ("fr", "", "La Norvège a promis des F-16 à l'Ukraine. « Nous remettrons [aux Ukrainiens] les 8 [derniers "
     "appareils] avant l'hiver », a déclaré le ministre norvégien.", {("NO", "aircraft", P, 8)}),
    ("fr", "", "La Norvège a promis 14 F-16 à l'Ukraine. « Les 6 premiers volent déjà », a ajouté le ministre "
     "norvégien.", {("NO", "aircraft", P, 14), ("NO", "aircraft", D, 6)}),
    ("de", "", "„Wir werden [der Ukraine] die letzten 9 [Schützenpanzer Marder] im Frühjahr übergeben\", sagte der "
     "deutsche Verteidigungsminister.", {("DE", ARMOUR, P, 9)}),
    ("de", "", "Deutschland hat der Ukraine 40 Marder zugesagt. „Die ersten 15 (…) sind bereits im Einsatz\", sagte "
     "der deutsche Verteidigungsminister.", {("DE", ARMOUR, P, 40), ("DE", ARMOUR, D, 15)}),
    ("de", "", "Deutschland hat der Ukraine 20 Marder geliefert. „Weitere Kampfjets [sind] nicht geplant\", sagte der "
     "deutsche Verteidigungsminister.", {("DE", ARMOUR, D, 20), ("DE", "aircraft", R, None)}),
    ("en", "", "Spain has delivered 10 Leopard tanks to Ukraine. Further fighter jets are not planned, the Spanish "
     "minister said.", {("ES", "tanks", D, 10), ("ES", "aircraft", R, None)}),
    ("fr", "", "L'Espagne a livré 10 chars Leopard à l'Ukraine. D'autres avions de combat ne sont pas prévus, a "
     "indiqué la ministre espagnole.", {("ES", "tanks", D, 10), ("ES", "aircraft", R, None)}),
    ("de", "", "Deutschland wird der Ukraine 20 Marder liefern; weitere Schützenpanzer sind noch nicht geplant.",
     {("DE", ARMOUR, P, 20)}),
]

MARKETS = [
    ("en", "", "Kongsberg said it had received an order worth 1.5 billion Norwegian crowns from the Norwegian government "
     "to supply Ukraine with NASAMS air defence systems.", {("NO", AIR, M, 1500000000)}),
    ("en", "", "Norway will send Ukraine 10 NASAMS launchers. Kongsberg also has a NOK 3 billion contract the "
     "Norwegian armed forces placed last year for its own Penguin missiles.", {("NO", AIR, P, 10)}),
    ("de", "", "Diehl hat einen Auftrag der Bundesregierung über 600 Mio. Euro erhalten, um die Ukraine mit "
     "IRIS-T-Systemen zu beliefern.", {("DE", AIR, M, 600000000)}),
    ("fr", "", "MBDA a reçu une commande d'un montant de 200 millions d'euros de l'État français pour livrer à "
     "l'Ukraine des missiles Aster.", {("FR", AIR, M, 200000000)}),
    ("fr", "Thales s'envole après une commande de missiles pour Kiev", "PARIS (Agence) - Thales a annoncé jeudi une "
     "commande de 150 missiles sol-air Mistral passée par la France pour le compte de l'Ukraine.",
     {("FR", AIR, M, 150)}),
]

_K9 = {("FI", "artillery", P, None), ("EE", "artillery", P, None)}
JOINT = [
    ("en", "", "Finland and Estonia will jointly buy 12 K9 howitzers for Ukraine. Each country will also send 3,000 "
     "shells, the Finnish defence ministry said.", _K9 | {("FI", AMMO, P, 3000), ("EE", AMMO, P, 3000)}),
    ("en", "", "Finland and Estonia will jointly buy 12 K9 howitzers for Ukraine. Both governments will also send "
     "3,000 shells each, Estonia's defence minister said.", _K9 | {("FI", AMMO, P, 3000), ("EE", AMMO, P, 3000)}),
    ("fr", "", "La Finlande et l'Estonie achèteront ensemble 12 obusiers K9 pour l'Ukraine. Chacun des deux pays "
     "enverra en outre 3 000 obus, a indiqué le ministère finlandais de la Défense.",
     _K9 | {("FI", AMMO, P, 3000), ("EE", AMMO, P, 3000)}),
    ("de", "", "Finnland und Estland kaufen gemeinsam 12 K9-Haubitzen für die Ukraine. Jedes der beiden Länder "
     "schickt zudem 3.000 Granaten, teilte das finnische Verteidigungsministerium mit.",
     _K9 | {("FI", AMMO, P, 3000), ("EE", AMMO, P, 3000)}),
    # (one of the pair named as the subject gives alone, as before)
    ("en", "", "Finland and Estonia will jointly buy 12 K9 howitzers for Ukraine. Finland will also send 3,000 shells, "
     "the Finnish defence ministry said.", _K9 | {("FI", AMMO, P, 3000)}),
]


@pytest.mark.parametrize(("lang", "title", "text", "expected"), NOTATION + VOTES + BRACKETS + MARKETS + JOINT)
def test_notation_brackets_votes_markets_and_joint_pledges(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected


@pytest.mark.parametrize(("text", "lang", "counts", "sums"), [
    ("12k shells and $10k in cash", "en", [12000], [10000.0]),
    ("a 10km road and a K-2 tank", "en", [], []),
    ("darunter 2 Mio. Schuss", "de", [2000000], []),
    ("4 Mrd. Euro für Munition und 2 Mrd. Die Regierung", "de", [], [4e9, 2e9]),
    ("4 Mrd. Euro für Munition und 2 Mrd. für Drohnen", "de", [], [4e9, 2e9]),
])
def test_compact_counts_and_german_abbreviated_millions(text: str, lang: str, counts: list, sums: list) -> None:
    assert [c.value for c in find_counts(text, lang)] == counts
    assert [m.value for m in find_money(text, lang)] == sums
