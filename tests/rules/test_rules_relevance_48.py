"""Relevance, round 48: a backfill order is no aid news, a gift told beside a restocking is.

The ruling (the real set's N-FR-020, the stop-47 relabelling of tests/stories/test_review_49.py's day C): a story
whose news is a donor replenishing its own stocks, the gift to Ukraine only its reason, is not relevant. The rules'
replacement trap (-1) read the replacement near a giving, so a backfill order that names its weapons as given to
Ukraine (+3: the weapon, the giving, Ukraine) stayed at 2; and it read "to Ukraine" near a replacement whatever the
tense, so a gift told now beside a restocking ("will send its remaining F-16s to Ukraine and replace them with
F-35s") lost the point it needed.

Every text below was written for this file in the style of Reuters, AFP and dpa copy, labelled by hand before the
rules were run on it, and never taken from the real-article set. First run on main's rules (285c98b): 11 of 17:
three backfill orders raised (the Belgian Caesar order "afin de remplacer les pièces cédées à l'Ukraine" 2, the
Danish "nachbestellen, die es der Ukraine überlassen hat" 3, the Dutch Leopard order 4) and three gifts beside a
restocking missed (Belgium's F-16s, Canada's M777s, Germany's IRIS-T, each 1: the trap's "to Ukraine").
Now (config/rules.toml): a second trap, "A backfill order" (-2), reads a purchase whose replacement names the weapons
already given after it ("to replace those sent to Ukraine", "pour remplacer les pièces cédées à l'Ukraine", "Sie
ersetzen die Geschütze, die Kopenhagen der Ukraine überlässt"), German's attributive participle anywhere near ("Ersatz
für an Kiew abgegebene"), or the donor's own stocks refilled for what the aid took ("reconstituer ses stocks, entamés
par les livraisons à l'Ukraine", "die Lücken auffüllen, die die Abgaben an die Ukraine gerissen haben"); and the old
trap steps aside when the article tells a giving to Ukraine now or to come (@giving_now, as the own-forces trap
does). 16 of 17: the Dutch Leopard order (+5: the tanks and armoured vehicles, "donated to Ukraine", a donor, a sum)
is still raised at 2 (strict xfail).
Of the 5,656 distinct texts of tests/data, the real set and the tests' (headline, lead) pairs, 17 scores move: 12
look-alikes lower (three strict xfails of tests/rules/test_rules_stocks_refilled_for_ukraine_37.py now pass), 4 aid
items higher and a Greek BMP-1 delivery told beside Germany's replacement Marders (tests/pledges, 1 -> 2) now
relevant. The real-article set does not move (relevance tp 96 fp 1 fn 1).
"""

from __future__ import annotations

import pytest

from bot.core.rules.language import RuleSet
from tests.support.wire_reading import analyze, assert_relevance, fired

BACKFILL_TRAP = "A backfill order"

_DUTCH_LEOPARDS_OUTWEIGHED = (
    "read as aid at 2: five aid rules fire (tanks and armoured vehicles 'donated to Ukraine', the Netherlands as a "
    "donor naming them, a sum) against both replacement traps (-3)")

BACKFILLS = [
    pytest.param("Netherlands orders 46 Leopard 2A8 tanks to replace armour donated to Ukraine",
                 "THE HAGUE (Reuters) - The Netherlands has ordered 46 Leopard 2A8 tanks from KNDS for about 1.2 "
                 "billion euros to replace the armoured vehicles it donated to Ukraine, the defence ministry said on "
                 "Thursday.",
                 marks=pytest.mark.xfail(strict=True, reason=_DUTCH_LEOPARDS_OUTWEIGHED)),
    ("Norway to buy NASAMS launchers to restock after Ukraine deliveries",
     "OSLO (Reuters) - Norway will buy six NASAMS launchers from Kongsberg worth 4 billion crowns to replenish its "
     "own stocks, drawn down by deliveries to Ukraine, the government said on Monday."),
    ("Germany signs contract for Patriot systems to replace units sent to Kyiv",
     "BERLIN (Reuters) - Germany signed a contract on Wednesday for four Patriot air defence systems to replace "
     "the three it sent to Ukraine last year, the defence ministry said."),
    ("US Army awards Javelin contract to backfill stocks given to Ukraine",
     "WASHINGTON (Reuters) - The U.S. Army awarded a $900 million contract for Javelin missiles to backfill "
     "stocks given to Ukraine, the Pentagon said on Friday."),
    ("La Belgique commande neuf Caesar pour remplacer les canons cédés à Kiev",
     "BRUXELLES (AFP) - La Belgique a commandé jeudi neuf canons Caesar à KNDS France afin de remplacer les "
     "pièces d'artillerie cédées à l'Ukraine, a indiqué le ministère de la Défense."),
    ("Les armées veulent reconstituer leurs stocks d'obus entamés par l'aide à l'Ukraine",
     "PARIS (AFP) - Le ministère des Armées a passé commande de 30 000 obus de 155 mm pour reconstituer ses "
     "stocks, largement entamés par les livraisons à l'Ukraine, a-t-on appris mardi."),
    ("La Pologne achète des chars sud-coréens en remplacement de ceux envoyés en Ukraine",
     "VARSOVIE (AFP) - La Pologne a signé mardi un contrat pour 180 chars K2 sud-coréens, en remplacement des "
     "T-72 envoyés à l'Ukraine depuis 2022, a annoncé le ministre de la Défense."),
    ("Bundeswehr bestellt neue Panzerhaubitzen - Lücken durch Ukraine-Hilfe",
     "KOBLENZ (dpa) - Die Bundeswehr bestellt 22 neue Panzerhaubitzen 2000 bei KNDS Deutschland. Die Geschütze "
     "sollen die Lücken auffüllen, die die Abgaben an die Ukraine gerissen haben, teilte das Beschaffungsamt am "
     "Montag mit."),
    ("Dänemark will Haubitzen für die Armee nachbestellen",
     "KOPENHAGEN (dpa) - Dänemark will 18 Haubitzen nachbestellen, die es der Ukraine überlassen hat. Der Vertrag "
     "mit dem Hersteller soll im Herbst unterzeichnet werden, sagte der Verteidigungsminister am Mittwoch."),
    ("Berlin kauft sechs neue Iris-T-Systeme für die Luftwaffe",
     "BERLIN (dpa) - Die Bundesregierung will die an die Ukraine abgegebenen Flugabwehrsysteme ersetzen und kauft "
     "sechs neue Iris-T SLM bei Diehl Defence, wie das Verteidigungsministerium am Freitag mitteilte."),
]

GIFTS_BESIDE_A_RESTOCKING = [
    ("Belgium to send Ukraine its remaining F-16s, replace them with F-35s",
     "BRUSSELS (Reuters) - Belgium will send its remaining F-16 fighter jets to Ukraine this year and replace them "
     "with F-35s already on order, the defence minister said on Tuesday."),
    ("Canada delivers 20 more M777 howitzers to Ukraine, will restock",
     "OTTAWA (Reuters) - Canada has delivered 20 more M777 howitzers to Ukraine and will order new guns to "
     "replenish its own stocks, Defence Minister Bill Blair said on Monday."),
    ("Sweden to hand Ukraine 18 Archer guns from army stocks and order replacements",
     "STOCKHOLM (Reuters) - Sweden will hand over 18 more Archer howitzers to Ukraine from army stocks and order "
     "replacements from BAE Systems Bofors, the government said on Thursday."),
    ("La France va céder 12 Caesar de plus à l'Ukraine",
     "PARIS (AFP) - La France va céder douze canons Caesar supplémentaires à l'Ukraine, prélevés sur l'armée de "
     "Terre, qui en commandera de nouveaux pour reconstituer ses stocks, a annoncé lundi le ministre des Armées."),
    ("Les Pays-Bas livrent 20 000 obus à Kiev et commandent de quoi remplacer leurs stocks",
     "LA HAYE (AFP) - Les Pays-Bas ont livré 20 000 obus d'artillerie à l'Ukraine et ont passé commande auprès de "
     "Nammo pour reconstituer leurs propres stocks, a indiqué mercredi le ministère néerlandais de la Défense."),
    ("Niederlande überlassen der Ukraine 18 Panzerhaubitzen und bestellen Ersatz",
     "DEN HAAG (dpa) - Die Niederlande überlassen der Ukraine 18 Panzerhaubitzen 2000 aus Beständen der Armee und "
     "bestellen bei KNDS Ersatz, wie das Verteidigungsministerium am Mittwoch mitteilte."),
    ("Deutschland liefert weitere Iris-T-Systeme an die Ukraine - Bundeswehr bekommt Ersatz",
     "BERLIN (dpa) - Deutschland liefert der Ukraine zwei weitere Flugabwehrsysteme Iris-T SLM aus Beständen der "
     "Bundeswehr. Die Lücken will das Ministerium mit einer Bestellung bei Diehl Defence auffüllen, sagte Minister "
     "Boris Pistorius am Dienstag."),
]


@pytest.mark.parametrize(("headline", "lead"), BACKFILLS)
def test_a_backfill_order_is_no_aid_news(defaults: RuleSet, headline: str, lead: str):
    analysis = analyze(defaults, headline, lead)
    assert fired(analysis, BACKFILL_TRAP), defaults.explain(analysis)
    assert_relevance(defaults, analysis, False)


@pytest.mark.parametrize(("headline", "lead"), GIFTS_BESIDE_A_RESTOCKING)
def test_a_gift_told_beside_a_restocking_is_aid_news(defaults: RuleSet, headline: str, lead: str):
    analysis = analyze(defaults, headline, lead)
    assert not fired(analysis, BACKFILL_TRAP), defaults.explain(analysis)
    assert_relevance(defaults, analysis, True)


@pytest.mark.parametrize(("lead", "trapped"), [
    # The replacement before the giving it replaces: the purchase is the news.
    ("Denmark has ordered 24 Caesar guns to replace those it sent to Ukraine.", True),
    ("Le Danemark a commandé 24 canons Caesar pour remplacer ceux envoyés à l'Ukraine.", True),
    ("Dänemark hat 24 Caesar-Geschütze bestellt, die die an die Ukraine abgegebenen ersetzen.", True),
    # The giving first, told now or to come, the replacement after: the gift is the news.
    ("Denmark will send 19 Caesar guns to Ukraine and order 24 new ones to replace them.", False),
    ("Le Danemark va envoyer 19 canons Caesar à l'Ukraine et en commandera 24 pour les remplacer.", False),
    ("Dänemark schickt der Ukraine 19 Caesar-Geschütze und bestellt 24 neue als Ersatz.", False),
    # No purchase: a replacement sent to Ukraine for what it lost is aid, not a backfill.
    ("Germany will send Ukraine a launcher to replace the one it delivered in spring, which was destroyed.", False),
])
def test_the_backfill_trap_reads_a_purchase_replacing_weapons_given(defaults: RuleSet, lead: str, trapped: bool):
    analysis = defaults.analyze(lead)
    assert fired(analysis, BACKFILL_TRAP) == trapped, defaults.explain(analysis)
