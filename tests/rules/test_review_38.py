"""Relevance, a review of round 13 (stop 38): probes of over-reach, written for this file in the style
of Reuters, AFP and dpa copy (EN, FR, DE), labelled by hand before their first run.

Round 13 added a trap for another country asking for weapons for itself, a mild trap (-1) for a loan
whose article says it buys no weapons, and read explicit military aid near Ukraine but not near "the war
in Ukraine". Sixteen items aimed at them: donors asking each other to arm Ukraine ("asked European
allies to send more Patriot air defence systems to Ukraine", "aux forces de Kiev", "an Kiew", "to the
Ukrainian army"), other countries asking for themselves, real weapons aid with a loan denial in a
background sentence, a loan that buys no weapons, military aid "for the war in Ukraine", and China
denying help to Russia. First run 13 of 16 (main before round 13: 12 of 16, the three requests of other
countries raised and the World Bank loan too). Missed: Sweden asking its neighbours to send howitzers
"to the Ukrainian army" (the trap read "to" as no destination: "for", "pour", "für" were), the World
Bank loan "None of the money goes on weapons" (2 points, the mild trap takes 1), and "Militärhilfe für
den Krieg in der Ukraine" with no other Ukraine (0: the explicit-aid rule no longer reads the war as
Ukraine and the older trap of Ukraine named only as the war takes 2). Now "to" before Ukraine's name is a
destination for the request trap: the Swedish body passes, its headline ("Sweden asks Nordic partners
to match its Archer pledge") still trips the trap, 13 of 16 with three strict xfails saying what is
read instead. HELD_OUT, 6 items written after the fix: 5 of 6 on their first run, the French World
Bank loan "ne financera aucune arme" raised as its English probe (a strict xfail). The real-article
set does not move (relevance P/R 0.99/0.99).

Round 14 (tests/rules/test_rules_relevance_14.py) read the three strict xfails as labelled: the request trap stays off
in an article whose body tells the request is for Ukraine (the Swedish headline), and "none of" denies the weapons of
the money it names at a distance ("None of the money goes on weapons"), with the French "arme" in the loan trap.
"""

from __future__ import annotations

import pytest

from bot.core.rules.language import RuleSet
from tests.support.wire_reading import REQUEST_TRAP, analyze, assert_relevance, fired

WAR_ONLY = ("'Militärhilfe für den Krieg in der Ukraine' names Ukraine only as the war: the explicit-aid rule no longer "
            "reads it and the trap of Ukraine named only as the war takes 2")


PROBES = [
    # donors asking each other to arm Ukraine: aid news
    ("US asks allies to send more Patriots to Ukraine", "WASHINGTON (Reuters) - The United States asked European "
     "allies on Wednesday to send more Patriot air defence systems to Ukraine, a State Department spokesman said.",
     True),
    ("Britain asks Norway to fund Storm Shadow missiles for Kyiv", "LONDON (Reuters) - Britain has asked Norway to "
     "help pay for more Storm Shadow cruise missiles for the Ukrainian air force, a British official said on Monday.",
     True),
    ("Berlin demande aux Pays-Bas de céder des chars", "BERLIN (AFP) - L'Allemagne a demandé aux Pays-Bas de céder "
     "des chars Leopard aux forces de Kiev, a indiqué lundi une source gouvernementale.", True),
    ("Paris bittet EU-Partner um Munition für Kiew", "PARIS (dpa) - Frankreich hat die EU-Partner gebeten, mehr "
     "Artilleriemunition an Kiew zu liefern. Die Lage an der Front sei ernst, sagte der Minister.", True),
    ("Sweden asks Nordic partners to match its Archer pledge", "STOCKHOLM (Reuters) - Sweden asked its Nordic "
     "neighbours on Tuesday to send more howitzers to the Ukrainian army, after pledging eight Archer guns itself.",
     True),
    # other countries asking for themselves
    ("Japan asks US for more Tomahawks, citing Ukraine war", "TOKYO (Reuters) - Japan has asked the United States "
     "for more Tomahawk cruise missiles, citing lessons from the war in Ukraine, a defence ministry official said.",
     False),
    ("La Roumanie réclame des Patriot supplémentaires", "BUCAREST (AFP) - La Roumanie a réclamé aux États-Unis des "
     "systèmes Patriot supplémentaires, invoquant la guerre en Ukraine voisine.", False),
    ("Finnland bittet Deutschland um Leopard-Panzer", "HELSINKI (dpa) - Finnland bittet Deutschland um weitere "
     "Leopard-Kampfpanzer für die eigene Armee. Als Grund nannte die Regierung den Krieg in der Ukraine.", False),
    # weapons aid with a loan denied weapons in a background sentence; a loan that buys none
    ("Germany pledges two more IRIS-T systems to Ukraine", "BERLIN (Reuters) - Germany will send Ukraine two more "
     "IRIS-T SLM air defence systems, the defence ministry said on Tuesday. Separately, the EU said its loan to "
     "Ukraine will not be spent on weapons but on pensions and salaries.", True),
    ("La Norvège livre des F-16 à l'Ukraine", "OSLO (AFP) - La Norvège a livré ses premiers avions de combat F-16 à "
     "l'Ukraine, a annoncé mardi le ministère de la Défense. Le prêt du FMI à Kiev, lui, ne finance pas d'armes.",
     True),
    ("Dänemark liefert weitere Haubitzen an die Ukraine", "KOPENHAGEN (dpa) - Dänemark liefert der Ukraine weitere "
     "Haubitzen vom Typ Caesar. Der neue IWF-Kredit für Kiew darf dagegen nicht für Waffen ausgegeben werden.", True),
    ("World Bank loan to Ukraine pays pensions, not weapons", "WASHINGTON (Reuters) - The World Bank approved a 1.5 "
     "billion dollar loan to Ukraine on Friday to pay pensions and wages. None of the money goes on weapons, the bank "
     "said.", False),
    # military aid told "for the war in Ukraine"; help for Russia's war denied
    ("Germany approves new military aid", "BERLIN (Reuters) - Germany approved a new military aid package worth 500 "
     "million euros for the war in Ukraine, including artillery shells and drones, the government said.", True),
    pytest.param("Berlin genehmigt neue Militärhilfe", "BERLIN (dpa) - Die Bundesregierung hat neue Militärhilfe für "
                 "den Krieg in der Ukraine im Umfang von 500 Millionen Euro genehmigt, darunter Munition und Drohnen.",
                 True, marks=pytest.mark.xfail(strict=True, reason=WAR_ONLY)),
    ("Aide militaire: Paris débloque 300 millions d'euros", "PARIS (AFP) - La France débloque 300 millions d'euros "
     "d'aide militaire pour soutenir l'effort de guerre en Ukraine, dont des obus et des missiles, a annoncé "
     "l'Élysée.", True),
    ("China denies military assistance to Russia", "BEIJING (Reuters) - China denied on Monday providing military "
     "assistance to Russia for its war in Ukraine, calling the reports groundless.", False),
]


@pytest.mark.parametrize(("headline", "lead", "relevant"), PROBES)
def test_review_probes(defaults: RuleSet, headline: str, lead: str, relevant: bool):
    assert_relevance(defaults, analyze(defaults, headline, lead), relevant)


@pytest.mark.parametrize(("lead", "trapped"), [
    ("STOCKHOLM (Reuters) - Sweden asked its Nordic neighbours on Tuesday to send more howitzers to the Ukrainian "
     "army, after pledging eight Archer guns itself.", False),
    ("OSLO (Reuters) - Norway has asked Germany to deliver more IRIS-T missiles to Ukraine's air force.", False),
    ("TOKYO (Reuters) - Japan has asked the United States for more Tomahawk cruise missiles, citing lessons from "
     "the war in Ukraine.", True),
])
def test_to_before_ukraine_is_the_requests_destination(defaults: RuleSet, lead: str, trapped: bool):
    analysis = defaults.analyze(lead)
    assert fired(analysis, REQUEST_TRAP) == trapped, defaults.explain(analysis)


# Written after the fix, labelled before their first run: 5 of 6 on it (the World Bank loan in French
# raised, as its English probe above).
HELD_OUT = [
    ("Portugal asks allies to send more shells to Kyiv's forces", "LISBON (Reuters) - Portugal has asked its European "
     "allies to send more artillery shells to Kyiv's forces, the defence minister said on Friday.", True),
    ("Estonia asks Finland for coastal radars", "TALLINN (Reuters) - Estonia has asked Finland for coastal radars and "
     "patrol boats, citing the war in Ukraine, the Estonian navy said.", False),
    ("Niederlande bitten Berlin um Patriot-Raketen für Kiew", "DEN HAAG (dpa) - Die Niederlande haben Deutschland "
     "gebeten, mehr Patriot-Raketen an die ukrainische Luftwaffe zu liefern. Den Haag will die Kosten teilen.", True),
    ("Le prêt de la Banque mondiale ne financera aucune arme", "WASHINGTON (AFP) - Le prêt de la Banque mondiale à "
     "l'Ukraine ne financera aucune arme, mais des écoles et des hôpitaux, a précisé l'institution mardi.", False),
    ("Britain sends more Brimstone missiles to Ukraine", "LONDON (Reuters) - Britain will send Ukraine hundreds more "
     "Brimstone missiles, the defence ministry said on Monday. A separate British loan guarantee for Kyiv is not for "
     "weapons, officials said.", True),
    ("La Corée du Sud demande des Patriot aux États-Unis", "SÉOUL (AFP) - La Corée du Sud a demandé aux États-Unis des "
     "missiles Patriot supplémentaires, évoquant les leçons de la guerre en Ukraine.", False),
]


@pytest.mark.parametrize(("headline", "lead", "relevant"), HELD_OUT)
def test_held_out(defaults: RuleSet, headline: str, lead: str, relevant: bool):
    assert_relevance(defaults, analyze(defaults, headline, lead), relevant)
