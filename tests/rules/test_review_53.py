"""Relevance, review 53: the thirteenth held-out probe of the shipped rules (config/rules.toml) on feed items
(headline and lead) written by someone who did not write the rules. 30 items, 10 a language, half about
military aid to Ukraine and half look-alikes. The aid items come in the forms of this stop's pledge probe
(tests/pledges/test_review_53.py): a round-up of several donors' week ("Separately", "Par ailleurs",
"Unterdessen", figures in parentheses), a ministerial or summit statement (NATO ministers, the coalition of
the willing, the Ramstein contact group), joint buying (PURL, the Czech-led initiative), a ministry's press
release ("Le ministère des Armées annonce", "Bundesregierung beschließt"), refusals and conditional aid
(Turkey, Greece, Austria), a report from anonymous sources (Japan, Turkey), an updated or corrected story
("CORRECTED-", "(aktualisiert)"), and per language one headline-only item (no lead). The look-alikes: NATO
exercises with tanks and guns near Ukraine, Ukraine's own arms industry exporting, arms bought for a
country's own army (Romania's Abrams, Belgium's F-35s, Czechia's Leopards), sanctions on Russia's arms
makers, humanitarian aid (medical supplies, generators), and weapons words in sport ("shells", "artillerie
lourde", "Abwehr-Panzer"). Every text is invented for this file; none is taken from the real-article set.
Each was labelled by hand before its first run, following ../shared/eval/README.md. Choices of mine: a
refusal is aid news (the README's "Germany refuses Taurus"), also a neutral country's refusal of arms in
general; a report from anonymous sources on a planned transfer is aid news; Ukraine's own industry selling
abroad is not (nothing goes to Ukraine); a NATO exercise is not, also when it names the weapons Ukraine got
and Ukraine's border; sanctions on Russia's drone makers are not; a headline-only item is read alone.

First run (2026-12-06 14:14 UTC, this branch = main at 96e2d15, labels as committed in 51b4dd9 before any run;
load average about 9): 26 of 30 read as labelled: precision 0.92 (12 of 13 kept are aid news), recall 0.80
(12 of 15); by language EN 1.00 / 0.60, FR 0.80 / 0.80, DE 1.00 / 1.00. Left (strict xfails, LEFT): the
English round-up (no rule fires), Japan's armoured vehicles from sources (the trap for Japan's arms trade
fires), the French round-up naming no Ukraine, and the French sanctions on Russia's drone makers (kept). The
communiqués, PURL, the press releases, the refusals (Turkey, Greece, Austria's headline alone), the corrected
Slovak howitzers and the Turkish insider report are kept; the NATO exercises, Ukraine's exports, the own-army
buys, the humanitarian shipments, the English sanctions and the sport in each language are not.

After round 53r (branch fix53rs, tests/rules/test_relevance_53r.py): 30 of 30. Japan giving to Ukraine no longer trips
the trap for its arms trade, the round-up's "add to Ukraine's arsenal" and satellite terminals for Kyiv's forces are
aid words, a headline labelled "Aide militaire :" over donors giving weapons is aid news, and sanctions on Russia's
drone makers trip a trap of their own.
"""

from __future__ import annotations

from tests.support.wire_reading import assert_relevance_probe_as_briefed, relevance_probe_test

# (lang, headline, lead, relevant), labelled by hand before the first run.
ITEMS = [
    # English: aid news
    ("en", "Canada, Czechia and Greece add to Ukraine's arsenal in week of pledges",
     "Separately, Luxembourg said it would pay for satellite terminals for Kyiv's forces (€15 million).",
     True),
    ("en", "NATO allies agree to fund more U.S. Patriot interceptors for Kyiv under PURL",
     "Norway and Belgium pledged a combined $500 million at the ministers' meeting in Brussels.",
     True),
    ("en", "Turkey rules out selling more Bayraktar drones to Ukraine this year",
     "A presidency official cited the need to keep channels to Moscow open.",
     True),
    ("en", "Exclusive: Japan to send armoured vehicles to Ukraine, sources say", "", True),
    ("en", "CORRECTED-Slovakia hands Ukraine 16 Zuzana howitzers",
     "(Corrects number of howitzers in paragraph 1 to 16 from 18) The guns were built in Slovakia and paid for "
     "by Bratislava, the defence ministry said.",
     True),
    # English: look-alikes
    ("en", "NATO launches largest Baltic exercise since Cold War with 30,000 troops",
     "Tanks, fighter jets and warships from 24 allies will drill near the Russian border until March, the "
     "alliance said.",
     False),
    ("en", "Ukraine signs first drone export deal with Gulf buyer",
     "Kyiv's state arms firm will sell interceptor drones abroad for the first time since the invasion, the "
     "government said.",
     False),
    ("en", "Romania buys 54 Abrams tanks from U.S. in $2.5 billion deal",
     "The tanks will replace Soviet-era T-55s in the Romanian army, the defence ministry in Bucharest said.",
     False),
    ("en", "EU adopts new sanctions package targeting Russia's drone makers",
     "The measures ban exports of engines, chips and machine tools used to build Shahed-type drones fired at "
     "Ukrainian cities.",
     False),
    ("en", "Shells and a tank of a striker: Shakhtar crush Celtic 4-0",
     "Shakhtar Donetsk's forward fired three shells past the keeper as the Ukrainian champions rolled over "
     "Celtic in Hamburg.",
     False),
    # French: aid news
    ("fr", "Aide militaire : le point sur les annonces de la semaine",
     "Par ailleurs, la Belgique livrera quatre F-16 supplémentaires d'ici à mars et le Luxembourg financera des "
     "drones (12 millions d'euros).",
     True),
    ("fr", "Coalition des volontaires : les alliés s'engagent à renforcer la défense aérienne ukrainienne",
     "Réunis à Paris, les dirigeants ont promis de nouveaux systèmes d'ici à l'été, selon la déclaration finale.",
     True),
    ("fr", "Le ministère des Armées annonce la cession de six canons Caesar supplémentaires à l'Ukraine", "", True),
    ("fr", "La Grèce refuse de céder ses S-300 à Kiev",
     "Athènes invoque sa propre sécurité face aux tensions en mer Égée.",
     True),
    ("fr", "Mécanisme PURL : trois alliés financeront des missiles Patriot pour l'Ukraine",
     "Le Danemark, la Norvège et le Canada paieront conjointement 700 millions de dollars, selon l'Otan.",
     True),
    # French: look-alikes
    ("fr", "Exercice Dacian Spring : 5 000 soldats de l'Otan manœuvrent en Roumanie",
     "Des chars Leclerc et des canons Caesar français participent aux manœuvres, à 200 km de la frontière "
     "ukrainienne.",
     False),
    ("fr", "Aide humanitaire : la France envoie 40 tonnes de matériel médical et des générateurs à l'Ukraine",
     "L'avion a atterri à Rzeszów ; les équipements iront aux hôpitaux de Kharkiv.",
     False),
    ("fr", "La Belgique achète 11 F-35 supplémentaires pour remplacer ses F-16",
     "Les appareils seront livrés à partir de 2031 à la base de Florennes, a indiqué le ministère.",
     False),
    ("fr", "Sanctions : l'UE gèle les avoirs de trois fabricants russes de drones",
     "Les entreprises fournissent des composants aux drones Geran tirés contre les villes ukrainiennes.",
     False),
    ("fr", "Ligue des champions : le Chakhtar Donetsk sort l'artillerie lourde face à Brest",
     "Les Ukrainiens ont mitraillé les cages bretonnes (3-0), portés par un attaquant en état de grâce.",
     False),
    # German: aid news
    ("de", "Überblick: Tschechien übergibt zwei Dutzend Schützenpanzer, Kanada zahlt für Drohnen",
     "Unterdessen kündigte Belgien zwei weitere F-16 für die Ukraine an.",
     True),
    ("de", "Ramstein-Treffen: Deutschland sagt zwei weitere IRIS-T-Systeme zu",
     "Auch die IT-Koalition unter Führung Estlands und Luxemburgs stellt Kiew 30 Millionen Euro bereit.",
     True),
    ("de", "Bundesregierung beschließt Unterstützungspaket über 1,9 Milliarden Euro",
     "Das Paket umfasst Flugabwehrsysteme, Ersatzteile und die Finanzierung von Langstreckendrohnen für die "
     "Ukraine. Weiterlesen",
     True),
    ("de", "Österreich lehnt Waffenlieferungen an die Ukraine weiter ab", "", True),
    ("de", "Insider: Türkei will der Ukraine Kirpi-Fahrzeuge liefern (aktualisiert)",
     "Eine offizielle Bestätigung aus Ankara gab es zunächst nicht.",
     True),
    # German: look-alikes
    ("de", "Nato-Manöver: Bundeswehr verlegt Leopard-Panzer nach Litauen",
     "Rund 3.000 deutsche Soldaten üben bis Februar die Verteidigung der Ostflanke.",
     False),
    ("de", "Ukrainischer Rüstungskonzern will Abfangdrohnen nach Europa exportieren",
     "Das Unternehmen aus Kiew sucht Abnehmer in Dänemark und Polen, die Regierung prüft eine Exportlizenz.",
     False),
    ("de", "Humanitäre Hilfe: THW schickt 200 Generatoren in die Ukraine",
     "Die Geräte sollen Krankenhäuser und Wasserwerke im Winter mit Strom versorgen.",
     False),
    ("de", "Tschechien kauft 44 Leopard-2A8-Panzer für die eigene Armee",
     "Der Vertrag mit dem Hersteller KNDS hat einen Wert von 1,5 Milliarden Euro.",
     False),
    ("de", "Champions League: Leverkusens Abwehr-Panzer stoppt Schachtar Donezk",
     "Die Werkself gewann 2:0, ihr Sturm feuerte Granaten auf das Tor der Ukrainer.",
     False),
]

# What the probe leaves, by headline (or an untitled entry's first 40 characters): what is read instead
# (strict xfails), from the first run.
LEFT: dict[str, str] = {}

test_review_items_are_read_as_labelled = relevance_probe_test(ITEMS, LEFT)


def test_the_probe_is_as_briefed() -> None:
    """30 items, 10 a language, half of each language about aid, no item named twice."""
    assert_relevance_probe_as_briefed(ITEMS)
