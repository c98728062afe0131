"""Relevance on wire copy, an eleventh round (session of 2026-12-04, evening).

Every text here was written for this file in the style of Reuters, AFP and dpa copy, labelled by
hand before the rules were run on it, and never taken from the real-article set. The story rounds'
busy days (tests/data/busy_day_24.jsonl to busy_day_29.jsonl) held five reports labelled relevant
that main's rules did not find: a Ukrainian rocket-fuel plant that Denmark hosts (French), a live
blog's untitled entry of Ukraine thanking Norway for NASAMS, a Finnish-Ukrainian deal to make drones
together (English and French), an analysis of Sweden's 22nd package that names no Ukraine. PATTERNS
tells each kind anew (EN/FR/DE): on main's rules 10 of its 13 were missed (the hosting and the soil
of a Ukrainian plant abroad, "fabriquer ensemble" of France and Ukraine, all three thanks, all three
numbered packages); WIRE, 30 short items (15 aid, 15 look-alikes: production deals with no Ukraine
link, thanks for generators, arms exports to Qatar, Morocco and Indonesia, NATO's common budget, a
numbered sanctions package, schools rebuilt, a Danish plant for its own army): on main 1 of 15 aid
missed (thanks to Portugal for armoured vehicles), none of 15 raised (P 1.00, R 0.93).

Changes: Ukraine thanking a donor for weapons (not for generators, not for drones of an attack) is
aid, weight 2; a donor's numbered package ("Sweden's 22nd package", "le 19e paquet", "Das 30.
Paket") with weapons named and no sanctions in the text is aid, weight 2; a Ukrainian factory
("usine ukrainienne") is a Ukrainian maker, and a country hosting it or its soil ("on Danish soil",
"sur le sol néerlandais") is abroad; "<country> and Ukraine" (or the reverse) producing weapons is a
joint production with Ukraine, Russia excepted. After them none here is missed or raised, and the
five busy-day reports are found; of the 1,433 texts of tests/data and the real set no other verdict
moves (70 relevant texts gain 1 or 2, mostly numbered packages naming Ukraine too).

Written after those changes, 10 more texts (HELD_OUT): on their first run none missed and 1 of 5
look-alikes raised (Russia and Belarus making drones together near "der Grenze zur Ukraine", read as
a joint initiative and production in an article about Ukraine: P 0.83, R 1.00); the trap of weapons
made for Russia now also reads Russia and a partner producing them (-1), and none is missed or
raised. Three PROBES of the new rules, written last: the numbered-package rule gave its 2 to arms
packages for Taiwan and Israel (kept out only by their trap) and the thanks rule read Poland
thanking Germany; the first now leaves out packages for another recipient, the second asks that
Ukraine thank. The real-article set's figures do not move (relevance P/R 0.99/0.99, pledges
196/193/179, stories 1.00 / 0.86, nothing hidden, both date modes); three busy days' story
figures do (tests/stories/test_story_busy_day.py). 93 rules (91 before); the thanks rule costs
11.6 of 15, the numbered-package rule 9.6; the production rule that now reads "<country> and
Ukraine" went from 8.2 to 13.5, that of a Ukrainian plant abroad from 7.3 to 8.0, the trap of
weapons made for Russia from 1.8 to 3.2; the costliest is still the deliberation rule at 14.5.
"""

from __future__ import annotations

import pytest

from bot.core.rules.language import RuleSet
from tests.support.wire_reading import analyze, assert_relevance, read

# The four kinds of aid the rules missed on the story rounds' busy days, each told anew.
PATTERNS = [
    # ---- a donor paying for or hosting production for Ukraine
    ("Denmark to host Ukrainian rocket-fuel factory",
     "COPENHAGEN (Reuters) - A Ukrainian missile maker will open a plant producing solid rocket fuel on Danish "
     "soil under a deal signed with Kyiv on Monday, the Danish government said, adding that it would pay part of "
     "the cost."),
    ("La Norvège financera une usine d'obus en Ukraine",
     "OSLO (AFP) - La Norvège financera la construction d'une usine d'obus d'artillerie en Ukraine, a annoncé "
     "lundi le gouvernement norvégien, qui y consacrera 80 millions d'euros."),
    ("Schweden finanziert Drohnenbau in der Ukraine",
     "STOCKHOLM (dpa) - Schweden stellt 50 Millionen Euro für die Herstellung von Langstreckendrohnen in der "
     "Ukraine bereit, teilte die Regierung in Stockholm mit."),
    ("Les Pays-Bas accueilleront une usine ukrainienne de drones",
     "LA HAYE (AFP) - Un industriel ukrainien de l'armement construira une usine de drones à longue portée sur le "
     "sol néerlandais, selon un accord signé lundi entre La Haye et Kiev."),
    # ---- joint production of a donor and Ukraine
    ("Norway, Ukraine agree to build air defence missiles jointly",
     "OSLO (Reuters) - Norway and Ukraine agreed on Tuesday to jointly manufacture short-range air defence "
     "missiles, with Norwegian and Ukrainian firms sharing the work, the Norwegian defence ministry said."),
    ("Paris et Kiev fabriqueront ensemble des obus",
     "PARIS (AFP) - La France et l'Ukraine vont fabriquer ensemble des obus de 155 mm, a annoncé jeudi le "
     "ministère des Armées, après la signature d'un accord entre industriels des deux pays."),
    ("Deutschland und die Ukraine wollen gemeinsam Drohnen bauen",
     "BERLIN (dpa) - Deutschland und die Ukraine wollen künftig gemeinsam Drohnen herstellen. Eine "
     "Absichtserklärung unterzeichneten die Verteidigungsminister beider Länder am Montag in Berlin."),
    # ---- thanks for aid in a live blog's entry with no headline
    ("", "Ukraine's foreign minister thanks the Netherlands for funding three more Patriot launchers."),
    ("", "Volodymyr Zelensky remercie la Suède pour ses nouveaux obusiers Archer."),
    ("", "Selenskyj dankt Kanada für weitere gepanzerte Fahrzeuge."),
    # ---- an analysis of a donor's package that does not name Ukraine
    ("Analysis: Denmark's 25th package leans on money, not kit",
     "Denmark's 25th package, unveiled on Thursday, is mostly cash: of its 5.2 billion crowns, two thirds go on "
     "shells for the guns Copenhagen handed over last year."),
    ("Analyse : le 19e paquet norvégien mise sur la défense aérienne",
     "Le 19e paquet de la Norvège, présenté lundi, consacre l'essentiel de ses 3 milliards de couronnes à des "
     "missiles pour les systèmes NASAMS déjà livrés par Oslo."),
    ("Analyse: Finnlands 30. Paket setzt auf Munition",
     "Das 30. Paket Finnlands, am Dienstag vorgestellt, besteht vor allem aus Artilleriemunition für die "
     "Haubitzen, die Helsinki bereits geliefert hat."),
]

# Thirty short wire items, half aid and half look-alikes, labelled before their first run.
WIRE = [
    # ---- aid, English
    ("Spain to send more Hawk missiles to Kyiv",
     "MADRID (Reuters) - Spain will send a further batch of Hawk air defence missiles to Ukraine before the end "
     "of the year, the defence minister said on Tuesday.", True),
    ("Canada orders drones for Ukraine from local maker",
     "OTTAWA (Reuters) - Canada has ordered 800 surveillance drones from a Canadian manufacturer for Ukraine's "
     "armed forces, the defence department said.", True),
    ("Zelensky thanks Portugal for new batch of armoured vehicles",
     "KYIV (Reuters) - President Volodymyr Zelensky on Friday thanked Portugal for a new batch of armoured "
     "vehicles that reached Ukrainian troops this week.", True),
    ("Ukrainian gunners finish training on Danish Caesar guns",
     "COPENHAGEN (Reuters) - A first group of Ukrainian gunners has completed training on the Caesar howitzers "
     "Denmark is giving Kyiv, the Danish army said.", True),
    ("Belgium, Ukraine agree joint production of demining drones",
     "BRUSSELS (Reuters) - Belgium and Ukraine signed an agreement on Thursday under which companies from both "
     "countries will jointly produce demining drones for the Ukrainian army.", True),
    # ---- aid, French
    ("Le Canada livre des blindés supplémentaires à Kiev",
     "OTTAWA (AFP) - Le Canada a livré à l'Ukraine 50 véhicules blindés supplémentaires, a annoncé mercredi la "
     "ministre de la Défense.", True),
    ("L'Italie prépare un nouveau paquet d'armes pour l'Ukraine",
     "ROME (AFP) - Le gouvernement italien prépare un douzième paquet d'aide militaire à l'Ukraine, centré sur la "
     "défense antiaérienne, selon des sources gouvernementales.", True),
    ("La Suède financera la fabrication d'obusiers en Ukraine",
     "STOCKHOLM (AFP) - La Suède versera 40 millions d'euros pour financer la fabrication d'obusiers Bohdana par "
     "l'industrie ukrainienne, a annoncé le gouvernement suédois.", True),
    ("Des pilotes ukrainiens formés en Belgique",
     "BRUXELLES (AFP) - Une dizaine de pilotes ukrainiens achèvent leur formation sur F-16 en Belgique, a indiqué "
     "le ministère belge de la Défense.", True),
    ("Le Luxembourg contribue à l'achat de drones pour Kiev",
     "LUXEMBOURG (AFP) - Le Luxembourg versera 20 millions d'euros à la coalition des drones pour l'Ukraine, a "
     "annoncé le ministre de la Défense.", True),
    # ---- aid, German
    ("Dänemark übergibt der Ukraine weitere Leopard-1-Panzer",
     "KOPENHAGEN (dpa) - Dänemark hat der Ukraine weitere 20 Leopard-1-Kampfpanzer übergeben, teilte das "
     "Verteidigungsministerium mit.", True),
    ("Selenskyj dankt Berlin für neue Patriot-Einheit",
     "KIEW (dpa) - Präsident Wolodymyr Selenskyj hat sich bei Deutschland für eine weitere Patriot-Einheit "
     "bedankt, die in der Ukraine eingetroffen ist.", True),
    ("Rheinmetall baut Munitionswerk in der Ukraine",
     "DÜSSELDORF (dpa) - Rheinmetall hat mit dem Bau eines Werks für Artilleriemunition in der Ukraine begonnen, "
     "teilte der Konzern mit.", True),
    ("Norwegen zahlt für Luftabwehr der Ukraine",
     "OSLO (dpa) - Norwegen finanziert der Ukraine zwei weitere Nasams-Flugabwehrsysteme, teilte die Regierung "
     "in Oslo mit.", True),
    ("Litauen bildet ukrainische Drohnenpiloten aus",
     "VILNIUS (dpa) - Litauen hat im vergangenen Jahr rund 400 ukrainische Drohnenpiloten ausgebildet, teilte "
     "die litauische Armee mit.", True),
    # ---- look-alikes, English
    ("Finland, Sweden agree to build drones together",
     "HELSINKI (Reuters) - Finland and Sweden signed an agreement on Wednesday for their defence companies to "
     "produce drones jointly, citing lessons from the war in Ukraine.", False),
    ("Zelensky thanks Japan for power generators",
     "KYIV (Reuters) - President Volodymyr Zelensky thanked Japan on Monday for 200 power generators delivered to "
     "Ukrainian hospitals ahead of winter.", False),
    ("Germany approves tank exports to Qatar",
     "BERLIN (Reuters) - Germany's government approved the export of 24 Leopard 2 tanks to Qatar, a "
     "parliamentary document showed on Thursday.", False),
    ("NATO allies agree higher common budget",
     "BRUSSELS (Reuters) - NATO allies agreed on Tuesday to raise the alliance's common military budget by 10 "
     "percent next year, diplomats said.", False),
    ("Analysis: EU's 20th sanctions package takes aim at drone parts",
     "The European Union's 20th package, adopted on Friday, targets suppliers of drone components to Russia and "
     "more tankers of its shadow fleet.", False),
    # ---- look-alikes, French
    ("La France et l'Allemagne produiront ensemble un nouveau char",
     "PARIS (AFP) - Paris et Berlin ont signé un accord pour produire ensemble le char de combat du futur, dont "
     "les premiers exemplaires sont attendus en 2040.", False),
    ("Kiev remercie l'Italie pour ses générateurs",
     "ROME (AFP) - Le Premier ministre ukrainien a remercié l'Italie pour l'envoi de 300 générateurs destinés au "
     "réseau électrique ukrainien, frappé par les bombardements russes.", False),
    ("Le Maroc achète des obusiers Caesar",
     "PARIS (AFP) - Le Maroc a commandé 36 canons Caesar à KNDS France, a indiqué l'industriel, une commande de "
     "plus de 200 millions d'euros.", False),
    ("La Norvège finance la reconstruction d'écoles ukrainiennes",
     "OSLO (AFP) - La Norvège financera la reconstruction de 40 écoles dans la région de Kharkiv, a annoncé son "
     "ministre des Affaires étrangères.", False),
    ("Budget de l'Otan : les alliés s'accordent sur une hausse",
     "BRUXELLES (AFP) - Les alliés de l'Otan ont approuvé une hausse de 8 % du budget militaire commun de "
     "l'Alliance, a indiqué un diplomate.", False),
    # ---- look-alikes, German
    ("Rheinmetall und Leonardo gründen Panzer-Gemeinschaftsunternehmen",
     "DÜSSELDORF (dpa) - Rheinmetall und Leonardo wollen gemeinsam Kampfpanzer für das italienische Heer bauen, "
     "teilten die Konzerne mit.", False),
    ("Selenskyj dankt der EU für Hilfe bei der Stromversorgung",
     "KIEW (dpa) - Präsident Selenskyj hat der EU für Hilfe beim Wiederaufbau der Energieversorgung gedankt. "
     "Brüssel stellt 500 Millionen Euro für Kraftwerke bereit.", False),
    ("Türkei liefert Kampfdrohnen an Indonesien",
     "ANKARA (dpa) - Die Türkei wird 60 Kampfdrohnen an Indonesien liefern, teilte der Hersteller Baykar mit.",
     False),
    ("Dänemark baut Munitionsfabrik für eigene Armee",
     "KOPENHAGEN (dpa) - Dänemark lässt eine neue Munitionsfabrik für die eigenen Streitkräfte bauen, teilte das "
     "Verteidigungsministerium mit. Hintergrund sei der Krieg in der Ukraine.", False),
    ("Schweden gibt Moldau 30 Millionen für Grenzschutz",
     "STOCKHOLM (dpa) - Schweden unterstützt die Republik Moldau mit 30 Millionen Euro für Radargeräte und "
     "Grenzschutz, teilte die Regierung mit.", False),
]


@pytest.mark.parametrize(("headline", "lead"), PATTERNS)
def test_the_busy_days_kinds_of_aid_told_anew_are_relevant(defaults: RuleSet, headline: str, lead: str):
    assert_relevance(defaults, read(defaults, headline, lead), True)


@pytest.mark.parametrize(("headline", "lead", "relevant"), WIRE)
def test_wire_items_of_the_eleventh_round(defaults: RuleSet, headline: str, lead: str, relevant: bool):
    assert_relevance(defaults, read(defaults, headline, lead), relevant)


# ---------------------------------------------------------------- held out

# Written after this round's changes and labelled before their first run: thanks for jammers and
# for refugees sheltered, a Belgian and a Polish numbered package, the EU's numbered sanctions in
# German, joint production of Estonia and Ukraine and of Russia and Belarus, shells made on Ukrainian
# soil, a Ukrainian drone plant in Denmark, Zelensky thanking Germany for its welcome.
HELD_OUT = [
    ("Kyiv thanks Lithuania for anti-drone jammers",
     "VILNIUS (Reuters) - Ukraine's defence minister thanked Lithuania on Tuesday for a shipment of anti-drone "
     "jammers and machine guns now in use with units in the east.", True),
    ("Zelensky thanks Poland for sheltering refugees",
     "WARSAW (Reuters) - President Volodymyr Zelensky thanked Poland for sheltering a million Ukrainian refugees, "
     "speaking hours after Russian drones struck Lviv.", False),
    ("Le 14e paquet belge comprend des drones et des munitions",
     "BRUXELLES (AFP) - Le 14e paquet de la Belgique, annoncé mardi, comprend des drones de reconnaissance et des "
     "munitions pour les F-16 déjà cédés par le gouvernement belge.", True),
    ("EU-Sanktionen treffen Drohnenzulieferer",
     "BRÜSSEL (dpa) - Das 18. Paket der EU richtet sich gegen Firmen, die Bauteile für Drohnen an Russland "
     "liefern, teilte die Kommission mit. Die Sanktionen gelten ab Montag.", False),
    ("Poland's 3rd package buys Apaches for its own army",
     "WARSAW (Reuters) - Poland's 3rd package of defence spending, passed on Friday, buys 96 Apache helicopters "
     "and more K2 tanks for the Polish army.", False),
    ("L'Estonie et l'Ukraine vont coproduire des munitions rôdeuses",
     "TALLINN (AFP) - L'Estonie et l'Ukraine ont signé un accord pour produire ensemble des munitions rôdeuses, a "
     "annoncé le ministère estonien de la Défense.", True),
    ("Russland und Belarus wollen gemeinsam Drohnen bauen",
     "MINSK (dpa) - Russland und Belarus wollen gemeinsam Kampfdrohnen herstellen; die Fabrik soll nahe der "
     "Grenze zur Ukraine entstehen.", False),
    ("Czech group to make shells on Ukrainian soil",
     "PRAGUE (Reuters) - Czechoslovak Group will produce large-calibre shells on Ukrainian soil with a local "
     "partner, the Czech company said on Wednesday.", True),
    ("Dänemark beherbergt ukrainische Drohnenfabrik",
     "KOPENHAGEN (dpa) - Ein ukrainischer Drohnenhersteller wird in Dänemark eine Fabrik eröffnen, die "
     "Langstreckendrohnen für die ukrainische Armee bauen soll, teilte die dänische Regierung mit.", True),
    ("Zelensky remercie l'Allemagne pour son accueil",
     "BERLIN (AFP) - Volodymyr Zelensky a remercié l'Allemagne pour l'accueil de plus d'un million de réfugiés "
     "ukrainiens, lors d'une conférence sur la reconstruction à Berlin.", False),
]


@pytest.mark.parametrize(("headline", "lead", "relevant"), HELD_OUT)
def test_texts_written_after_the_changes(defaults: RuleSet, headline: str, lead: str, relevant: bool):
    assert_relevance(defaults, read(defaults, headline, lead), relevant)


# Probes of the two new aid rules, written after the held-out batch: on their first run the
# numbered-package rule gave its 2 to the packages for Taiwan and Israel (each then at 1, kept out
# only by the trap of aid for another country), now it reads the other recipient; the thanks rule
# asks that Ukraine be the one who thanks (Lithuania thanking Germany for Patriots is no aid).
PROBES = [
    ("US approves Taiwan's 3rd arms package",
     "WASHINGTON (Reuters) - The State Department approved the 3rd package of arms sales to Taiwan this year, "
     "including HIMARS rocket launchers and Stinger missiles.", False),
    ("Israel gets 5th US package since October",
     "WASHINGTON (Reuters) - The 5th package of US military aid to Israel since October includes artillery "
     "shells and Hellfire missiles.", False),
    ("Lithuania thanks Germany for Patriots guarding NATO summit",
     "VILNIUS (Reuters) - Lithuania's president thanked Germany for the Patriot batteries that will guard the "
     "NATO summit in Vilnius, where Ukraine's bid to join is on the agenda.", False),
]


@pytest.mark.parametrize(("headline", "lead", "relevant"), PROBES)
def test_probes_of_the_new_readings(defaults: RuleSet, headline: str, lead: str, relevant: bool):
    assert_relevance(defaults, read(defaults, headline, lead), relevant)


def test_a_package_for_another_recipient_gets_nothing_from_the_numbered_package_rule(defaults: RuleSet):
    # The trap of aid for another country (-1) alone kept the Taiwan package out at 1: the rule
    # itself must read the recipient.
    headline, lead, _ = PROBES[0]
    assert analyze(defaults, headline, lead).score < 0, defaults.explain(analyze(defaults, headline, lead))
