"""Relevance, a review of round 15 (stop 40): probes of over-reach and misses, written for this file in the
style of Reuters, AFP and dpa copy (EN, FR, DE), labelled by hand before their first run.

Round 15 (tests/rules/test_rules_relevance_15.py) made French "vers l'Ukraine" a destination again after an
export, transit or shipment word, read Germany's Ertüchtigung only as the budget line (@budget_line, and a
funding rule for it with Ukraine as the one paid for), added traps for weapons a country buys for its own
forces and for Russia demanding that Ukraine get no Western weapons (both stepping aside for a giving to
Ukraine now or to come, @giving_now), counted Ukraine signing a letter of intent for weapons, and French
"acquisition" near Ukraine as a giving word. Probes aimed at them: Russian drones "transiting" a neighbour's
airspace towards Ukraine; the budget line paying for Moldova, a neighbour of Ukraine; a letter of intent
Poland signs to replace what it gave Ukraine, and one Ukraine signs to export; a French company's
acquisition of a Ukrainian start-up; a partner buying for its own forces while it "is sending" Ukraine
its old ones, or Ukraine buying for its own forces with a partner's money; Russia's demand beside a
pledge told with "pledged"; and controls.
First run 10 of 12. The own-forces trap (-2) hid two aid items: "Norway is sending six F-16 fighter
jets to Ukraine and will buy four more F-35s for its own air force" (score 0: @giving_now holds
"send" and "sends", not the progressive), and "L'Ukraine achètera 500 drones d'interception pour
ses propres forces grâce à un financement du Danemark" (score 1: Ukraine's own forces are the ones
aid arms). Now @giving_now holds the English progressive quoted whole ("is sending", "are
supplying": "after sending" stays background), and the trap's buying words (a word list of their
own, @buying_own) do not count after Ukraine (BEFORE/4): 12 of 12. The trap costs 4.5 (2.4 before),
the Russian-demand trap 8.2 (8.1), under the bound of 15. HELD_OUT, 3 written after the fixes: 3 of 3
on their first run. The real-article set does not move (relevance P/R 0.99/0.99).
"""

from __future__ import annotations

import pytest

from bot.core.rules.language import RuleSet
from tests.support.wire_reading import analyze, assert_relevance

PROBES = [
    # Russian drones crossing a neighbour's airspace towards Ukraine: an attack, no export or transit of aid
    ("Des drones russes ont survolé la Moldavie", "CHISINAU (AFP) - Plusieurs drones russes de type Shahed ont "
     "transité par l'espace aérien moldave vers l'Ukraine dans la nuit de lundi à mardi, a indiqué le ministère "
     "moldave de la Défense.", False),
    # the transit of weapons through Poland towards Ukraine: a giving's route
    ("La Pologne accélère le transit des armes occidentales", "VARSOVIE (AFP) - La Pologne va ouvrir un "
     "deuxième centre logistique pour accélérer le transit des munitions et des blindés occidentaux vers "
     "l'Ukraine, a annoncé jeudi le ministre polonais de la Défense.", True),
    # the budget line paying for Moldova, Ukraine named as its neighbour
    ("Berlin stockt Hilfe für Moldau auf", "BERLIN (dpa) - Die Bundesregierung stockt die Mittel der "
     "Ertüchtigungsinitiative für die Republik Moldau um 40 Millionen Euro auf. Das kleine Land grenzt an die "
     "Ukraine und fürchtet russische Destabilisierung, hieß es im Auswärtigen Amt.", False),
    # the budget line with Ukraine as the one it pays for, no weapon named
    ("Haushälter geben mehr Geld für Kiew frei", "BERLIN (dpa) - Der Haushaltsausschuss des Bundestages hat "
     "weitere drei Milliarden Euro aus dem Ertüchtigungstitel für die Ukraine freigegeben, teilten Abgeordnete "
     "am Mittwoch mit.", True),
    # Poland signs a letter of intent for tanks to replace those it gave Ukraine: Poland's own purchase
    ("Poland signs letter of intent for 180 more K2 tanks", "WARSAW (Reuters) - Poland signed a letter of "
     "intent with South Korea on Tuesday for 180 more K2 tanks, to replace the Soviet-era T-72s it gave to "
     "Ukraine in 2022, the defence ministry said.", False),
    # Ukraine signing a letter of intent to buy air defence
    ("Ukraine signs letter of intent for Swedish air defence", "KYIV (Reuters) - Ukraine and Sweden signed a "
     "letter of intent on Thursday for up to eight RBS 70 air defence systems, to be paid for with money "
     "from partners, President Zelenskiy said.", True),
    # a French group buying a Ukrainian start-up: a corporate deal
    ("Thales rachète une start-up ukrainienne de logiciels", "PARIS (AFP) - Thales a annoncé mardi "
     "l'acquisition d'une start-up ukrainienne spécialisée dans les logiciels de cartographie pour drones, "
     "pour un montant non divulgué.", False),
    # a partner sending its old jets now and buying new ones for its own forces
    ("Norway is sending F-16s to Ukraine and buying more F-35s", "OSLO (Reuters) - Norway is sending six F-16 "
     "fighter jets to Ukraine and will buy four more F-35s for its own air force, the defence minister said on "
     "Monday.", True),
    # Ukraine buying drones for its own forces with a partner's money
    ("L'Ukraine achètera des drones avec l'argent danois", "KIEV (AFP) - L'Ukraine achètera 500 drones "
     "d'interception pour ses propres forces grâce à un financement du Danemark de 100 millions d'euros, a "
     "annoncé mercredi le ministère ukrainien de la Défense.", True),
    # Germany buying for its own army, its past giving as background
    ("Bundeswehr bestellt neue Panzerhaubitzen", "KOBLENZ (dpa) - Die Bundeswehr bestellt 22 neue "
     "Panzerhaubitzen 2000 für die eigenen Streitkräfte. Die Geschütze ersetzen jene, die Deutschland 2022 an "
     "die Ukraine abgegeben hatte.", False),
    # Russia's demand beside a pledge told with "pledged"
    ("Britain pledges 5,000 air defence missiles as Moscow demands end to Western arms", "LONDON (Reuters) - "
     "Britain pledged 5,000 lightweight air defence missiles to Ukraine on Tuesday, hours after the Kremlin "
     "demanded an end to Western weapons supplies as a condition for talks.", True),
    # Russia's demand alone
    ("Moskau fordert Ende westlicher Waffenlieferungen", "MOSKAU (dpa) - Der Kreml verlangt als Bedingung für "
     "einen Waffenstillstand, dass die Ukraine keine westlichen Waffen mehr erhält, sagte Kremlsprecher Peskow "
     "am Montag.", False),
]


@pytest.mark.parametrize(("headline", "lead", "relevant"), PROBES)
def test_review_probes(defaults: RuleSet, headline: str, lead: str, relevant: bool):
    assert_relevance(defaults, analyze(defaults, headline, lead), relevant)


# Written after the fixes, labelled before their first run.
HELD_OUT = [
    ("Dutch supply more CV90s to Kyiv, order new ones", "THE HAGUE (Reuters) - The Netherlands are supplying 18 "
     "more CV90 infantry fighting vehicles to Ukraine and will order new ones for their own army, the defence "
     "ministry said on Wednesday.", True),
    ("Ukraine kauft Flugabwehrraketen mit deutschem Geld", "KIEW (dpa) - Die Ukraine kauft mit Geld aus Berlin 200 "
     "Flugabwehrraketen für die eigenen Streitkräfte, teilte das Verteidigungsministerium in Kiew am Freitag "
     "mit.", True),
    ("Poland to buy 96 Apache helicopters", "WARSAW (Reuters) - Ukraine's neighbour Poland will buy 96 Apache "
     "attack helicopters for its own army, the defence ministry said on Thursday, citing the threat from "
     "Russia.", False),
]


@pytest.mark.parametrize(("headline", "lead", "relevant"), HELD_OUT)
def test_held_out(defaults: RuleSet, headline: str, lead: str, relevant: bool):
    assert_relevance(defaults, analyze(defaults, headline, lead), relevant)
