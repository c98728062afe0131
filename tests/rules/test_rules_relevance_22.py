"""Relevance round 22: review 48's causes 22-24 (tests/rules/test_review_48.py and the stories probe beside
it): the German names of the European Peace Facility's Ukraine fund ("Ukraine-Unterstützungsfonds"), whose
compound hides Ukraine from the words the fund rule pairs it with; a long source phrase ("from the windfall
profits on the immobilised assets of Russia's central bank") between a sum and the weapons it is for; and a
German schedule naming Ukraine only as the place the things are in, with a passive handover and no recipient
("sind bereits übergeben").

Every text was written for this file in the style of wire copy, labelled by hand before any run, and never
taken from the real-article set or the probe. Look-alikes sit beside the aid items: Peace Facility money for
another country, a court ruling on the same frozen assets that moves no money, Western tanks in Ukraine hit by
Russia, and captured tanks shown in a Ukrainian museum.

First run (2026-12-05, main's rules at 04ad7ff, labels unchanged): 6 of 10 (every look-alike right, and the two
German schedules already relevant through the promise and donor rule; missed: both fund-name items, score 0, and
both asset-profit tranches, score 0, which, as written, name no Ukraine at all). Three more tranche items naming
Ukraine as the one paid, written and labelled after that run: 1 of 3 on main (the English, score 4; the German and
French 0). Two more schedule items in the probe's shape (no promise word in the lead), labelled before their run:
1 of 2 on main (the look-alike).

The fixes (config/rules.toml): the Peace Facility rule takes the German fund names "Ukraine-Unterstützungsfonds",
"Ukraine-Hilfsfonds", "Ukraine-Fonds" as naming Ukraine; the frozen-assets rule also names the assets by the
Russian central bank ("eingefrorene* Guthaben", "russische* Zentralbank*", "Russia's central bank", "banque
centrale russe"); a new rule (weight 1, at the end of the file, so no rule's number moves) reads a sum within 25
words of weapons when frozen Russian assets are named and Ukraine too; a new German rule (weight 1) reads a passive
handover ("bereits übergeben", "wurden geliefert") near weapons with "in der Ukraine" and a donor named. After them:
12 of 15; left: the two tranches that name no Ukraine (as review 48's French Caesar schedule, no rule can tell whom
they are for) and the Patriot launchers ("Startgeräte" is no weapon word). Rescored before/after (tests/data and the
real set, 1,751 texts): no verdict moved; 12 scores rose, all of texts labelled relevant and read relevant before
(by 1, and one by 2).
"""

from __future__ import annotations

import pytest

from bot.core.rules.language import RuleSet
from tests.support.wire_reading import assert_relevance, left_as_xfails, read

# (lang, headline, lead, relevant), labelled by hand before the first run.
ITEMS = [
    # 22: the German name of the fund
    ("de", "Schweden zahlt 200 Millionen Euro in EU-Friedensfazilität ein",
     "STOCKHOLM (Agentur) - Das Geld geht an den Ukraine-Unterstützungsfonds der Europäischen Friedensfazilität, "
     "teilte die Regierung am Mittwoch mit.", True),
    ("de", "Dänemark überweist 90 Millionen Euro an EU-Fonds",
     "KOPENHAGEN (Agentur) - Die Mittel fließen in den Ukraine-Hilfsfonds der Europäischen Friedensfazilität, "
     "sagte ein Sprecher des Verteidigungsministeriums.", True),
    ("de", "Friedensfazilität zahlt 40 Millionen Euro für Moldaus Luftabwehr",
     "CHISINAU (Agentur) - Mit den Mitteln aus der Europäischen Friedensfazilität sollen Radare für die "
     "moldauische Armee gekauft werden.", False),
    # 23: a long source phrase between the sum and the weapons
    ("de", "Zweite Tranche aus russischen Zinsgewinnen überwiesen",
     "BRÜSSEL (Agentur) - Die EU-Kommission hat 1,1 Milliarden Euro aus den Zinserträgen der in Europa "
     "eingefrorenen Guthaben der russischen Zentralbank überwiesen, vor allem für Munition und Drohnen.", True),
    ("en", "EU sends third tranche from Russian asset windfall",
     "BRUSSELS (Wire) - The Commission transferred 1.5 billion euros from the windfall profits on the immobilised "
     "assets of Russia's central bank held in Europe, mainly for air defence and artillery shells.", True),
    ("en", "EU court rules on windfall from frozen Russian central bank assets",
     "LUXEMBOURG (Wire) - Judges said 2 billion euros in profits on the immobilised assets of Russia's central "
     "bank held in Belgium may stay blocked pending an appeal by the depository.", False),
    # 23 again, Ukraine named as the one paid (added after the first run, labelled before their own run)
    ("de", "EU überweist Kiew eine weitere Milliarde",
     "BRÜSSEL (Agentur) - Die EU-Kommission hat der Ukraine 1,1 Milliarden Euro aus den Zinserträgen der in "
     "Europa eingefrorenen Guthaben der russischen Zentralbank überwiesen, vor allem für Munition und Drohnen.",
     True),
    ("en", "EU sends Kyiv third tranche from Russian asset windfall",
     "BRUSSELS (Wire) - The Commission transferred 1.5 billion euros from the windfall profits on the immobilised "
     "assets of Russia's central bank held in Europe to Ukraine, mainly for air defence and artillery shells.",
     True),
    ("fr", "L'UE verse à Kiev une troisième tranche",
     "BRUXELLES (Agence) - La Commission a versé à l'Ukraine 1,5 milliard d'euros tirés des revenus "
     "exceptionnels des avoirs immobilisés de la banque centrale russe, surtout pour la défense aérienne et des "
     "munitions.", True),
    # 24: Ukraine as the place, a passive handover with no recipient
    ("de", "Erste Gripen aus Schweden in der Ukraine",
     "STOCKHOLM (Agentur) - Vier der 14 zugesagten Kampfjets sind bereits übergeben, die übrigen sollen bis "
     "2027 folgen.", True),
    ("de", "Erste CV90 aus Dänemark in der Ukraine eingetroffen",
     "KOPENHAGEN (Agentur) - Zehn der 40 zugesagten Schützenpanzer wurden bereits übergeben, der Rest soll im "
     "Frühjahr folgen.", True),
    # (added after the first run, labelled before their own run: the two above read on main already)
    ("de", "Zeitplan: Erste Patriot-Startgeräte aus den Niederlanden in der Ukraine",
     "DEN HAAG (Agentur) - Zwei der sechs Startgeräte sind bereits übergeben, der Rest folgt 2027.", True),
    ("de", "Deutsche Leopard-Panzer in der Ukraine beschädigt",
     "BERLIN (Agentur) - Zwei der Kampfpanzer sind zur Reparatur nach Litauen gebracht worden, hieß es.", False),
    ("de", "Erste westliche Kampfpanzer in der Ukraine zerstört",
     "MOSKAU (Agentur) - Russische Truppen haben nach eigenen Angaben zwei Leopard-Panzer bei Pokrowsk "
     "getroffen.", False),
    ("de", "Museum in der Ukraine zeigt erbeutete russische Panzer",
     "KIEW (Agentur) - Die Fahrzeuge sind seit Montag vor dem Museum ausgestellt, sie wurden bei Charkiw "
     "übergeben.", False),
]

# What the fixes leave, by headline (strict xfails).
LEFT: dict[str, str] = {
    "Zweite Tranche aus russischen Zinsgewinnen überwiesen": (
        "not relevant, score 0: neither the headline nor the lead names Ukraine or Kyiv (every money and frozen-assets "
        "rule asks for Ukraine beside the weapons)"),
    "EU sends third tranche from Russian asset windfall": (
        "not relevant, score 0: no Ukraine or Kyiv is named (the same text with 'to Ukraine' reads relevant, score 6)"),
    "Zeitplan: Erste Patriot-Startgeräte aus den Niederlanden in der Ukraine": (
        "not relevant, score 0: 'Startgeräte' (launchers) is no weapon word of the rules, so no rule reads the handover "
        "'bereits übergeben' in the lead"),
}


@pytest.mark.parametrize(("lang", "headline", "lead", "relevant"), left_as_xfails(ITEMS, LEFT))
def test_items_are_read_as_labelled(defaults: RuleSet, lang: str, headline: str, lead: str, relevant: bool):
    assert_relevance(defaults, read(defaults, headline, lead), relevant)
