"""Relevance, review 55: the fifteenth held-out probe of the shipped rules (config/rules.toml) on feed items
(headline and lead) written by someone who did not write the rules. 30 items, 10 a language, half about
military aid to Ukraine and half look-alikes. The aid items come in the forms of this stop's pledge probe
(tests/pledges/test_review_55.py): per language a transfer through a third party (a re-export of Gepards
approved in Berlin, the Czech ammunition initiative's purchase, money passed through the European Peace
Facility, a "Ringtausch"), an industry contract on Ukraine's behalf (Rheinmetall's Skynex order paid by
Berlin, a DGA contract with KNDS, a "2 Mrd. Euro" munitions order), a press conference told as "Q: ... A:
...", an interview's confirmed figure ("« Oui, ce seront 40 »"), a schedule (F-16s slipping to the second
quarter, Aster missiles in three tranches, IRIS-T delayed to the end of 2027), ranged or approximate figures
("une centaine", "Knapp 100", "mehrere Dutzend") and a German Land's money for drones; two items are headlines
alone (no lead). The look-alikes: a football team called the Patriots and one called the Leopards (against
Ukraine's team), Ukraine's reconstruction conference, refugees' protection extended twice, cyber attacks on
Ukraine's railways, an arms maker's profits "since the war in Ukraine", a museum's Tiger tank of 1943 and an
exhibition's T-34 of 1945, NATO exercises with Leopards and Patriots of the Bundeswehr, arms deliveries to
Sudan's paramilitaries, frigates exported to Egypt, transformers for Ukraine's power grid. Every text is
invented for this file; none is taken from the real-article set. Each was labelled by hand before its first
run, following ../shared/eval/README.md. Choices of mine: a re-export approval is aid news (an export approval
is "discussed", still about aid); a contract for Ukraine paid by a government is aid news (production for
Ukraine); a German Land's money for the Ukrainian army's drones is aid news; a delayed delivery is aid news;
a NATO exercise naming the Bundeswehr's Patriots is not; transformers for the grid are humanitarian.

First run (2026-12-06 20:12 UTC, this branch = main at 55333b46, labels as committed in 05ce0881 before any
run; load average about 7): 29 of 30 read as labelled: precision 1.00 (14 of 14 kept are aid news), recall
0.93 (14 of 15); by language EN 1.00 / 0.80, FR 1.00 / 1.00, DE 1.00 / 1.00. Left (a strict xfail, LEFT):
the Canadian press conference told as "Q: ... A: ..." in the headline, whose headline and lead name no
Ukraine (no rule fires). The re-export, the Czech initiative, the contracts (Skynex, KNDS, "2 Mrd. Euro"),
the EPF transit, the ranges, the delays and tranches, the confirmed figure, the "Ringtausch" and the Land's
money are kept; every look-alike (the Patriots and the Leopards in sport, the reconstruction conferences,
refugees twice, the cyber attack, the arms maker's profits, the Tiger and the T-34, the NATO exercises twice,
Sudan, the Egyptian frigates, the transformers) is not.
"""

from __future__ import annotations

from tests.support.wire_reading import assert_relevance_probe_as_briefed, relevance_probe_test

# (lang, headline, lead, relevant), labelled by hand before the first run.
ITEMS = [
    # English: aid news
    ("en", "Germany approves re-export of Gepard guns to Ukraine from Brazilian stocks",
     "The 12 anti-aircraft guns will be shipped in the spring, a government spokesman said.",
     True),
    ("en", "Czech ammunition initiative buys 180,000 more shells for Kyiv",
     "Denmark and the Netherlands paid for most of the latest batch, officials in Prague said.",
     True),
    ("en", "Rheinmetall wins Berlin-funded order for Skynex systems for Ukraine",
     "Eight systems will be delivered from 2027, the company said on Thursday.",
     True),
    ("en", "Q: Will Canada send a second NASAMS? A: 'We have decided to do so'",
     "Defence Minister Julie Tremblay said the system would be paid for from this year's budget.",
     True),
    ("en", "Dutch F-16 deliveries to Ukraine slip to second quarter",
     "The last six jets were due in January; maintenance delays pushed them back, the ministry said.",
     True),
    # English: look-alikes
    ("en", "Patriots' defence shoots down Jets in overtime",
     "New England held firm against 40 passes as the defence intercepted two late throws, the team said.",
     False),
    ("en", "Ukraine reconstruction conference pledges EUR 16 billion for housing and power",
     "Donors meeting in Rome promised loans and grants to rebuild homes, bridges and the power grid.",
     False),
    ("en", "Hackers hit Ukraine's rail ticketing in cyber attack blamed on Russia",
     "Kyiv said the attack disrupted sales for a day but no trains were stopped.",
     False),
    ("en", "Defence maker's profit doubles on demand for shells and air defence",
     "Orders from European armies since the war in Ukraine lifted earnings at the Swedish group.",
     False),
    ("en", "Museum restores Tiger tank that fought at Kursk in 1943",
     "The German heavy tank was captured by Soviet troops and shown in Kyiv until 1991.",
     False),
    # French: aid news
    ("fr", "Contrat signé avec KNDS : 36 canons Caesar pour l'Ukraine, financés par Paris",
     "Les premiers exemplaires seront livrés d'ici à la fin de l'année.",
     True),
    ("fr", "La Belgique fera transiter 300 millions d'euros par la Facilité européenne pour la paix pour Kiev",
     "La somme doit financer des systèmes de défense aérienne.",
     True),
    ("fr", "Une centaine de CV90 et une vingtaine d'Archer : le nouveau paquet suédois pour l'Ukraine", "",
     True),
    ("fr", "Missiles Aster : Rome livrera l'Ukraine en trois tranches",
     "La première est prévue au deuxième trimestre, la dernière d'ici à la fin de l'année.",
     True),
    ("fr", "« Oui, ce seront 40 » : le ministre belge confirme l'envoi de drones à Kiev",
     "Les drones de reconnaissance partiront en juin, a-t-il précisé.",
     True),
    # French: look-alikes
    ("fr", "Conférence de Lausanne : 12 milliards promis pour la reconstruction de l'Ukraine",
     "Les donateurs financeront écoles, hôpitaux et réseaux de chaleur.",
     False),
    ("fr", "Réfugiés ukrainiens : la France prolonge la protection temporaire jusqu'en 2028",
     "Quelque 60 000 Ukrainiens sont concernés, selon le ministère de l'Intérieur.",
     False),
    ("fr", "Exercice de l'Otan en Roumanie : 5 000 soldats et des chars Leclerc mobilisés",
     "Les manœuvres simulent la défense du flanc est de l'Alliance face à la Russie.",
     False),
    ("fr", "Soudan : l'ONU dénonce des livraisons d'armes aux paramilitaires",
     "Des drones et des obus ont été acheminés via des pays voisins, selon un rapport.",
     False),
    ("fr", "Football : les Léopards de la RD Congo s'imposent face à l'Ukraine",
     "Les Léopards ont battu l'Ukraine 2-1 en match amical à Paris.",
     False),
    # German: aid news
    ("de", "Ringtausch: Ukraine erhält 40 T-72 aus Tschechien",
     "Deutschland ersetzt die Panzer durch 14 Leopard 2 für die tschechische Armee.",
     True),
    ("de", "Rheinmetall-Auftrag über 2 Mrd. Euro: Munition für die Ukraine, bezahlt vom Bund", "",
     True),
    ("de", "Bayern stellt 15 Millionen Euro für Drohnen der ukrainischen Armee bereit",
     "Die Staatskanzlei in München teilte die Zusage am Dienstag mit.",
     True),
    ("de", "IRIS-T für Kiew: Lieferung verzögert sich bis Ende 2027",
     "Ursprünglich waren die zwei Systeme für den Sommer zugesagt.",
     True),
    ("de", "Knapp 100 Fahrzeuge und mehrere Dutzend Seedrohnen: Norwegen schnürt Paket für Kiew",
     "Das Paket hat einen Wert von 2 Mrd. Kronen.",
     True),
    # German: look-alikes
    ("de", "Stromnetz: Deutschland schickt Transformatoren in die Ukraine",
     "Die Geräte sollen nach russischen Angriffen die Versorgung in Odessa sichern.",
     False),
    ("de", "Rüstungsexporte: Berlin genehmigt Fregatten für Ägypten",
     "Der Export im Wert von 1,2 Milliarden Euro stößt bei den Grünen auf Kritik.",
     False),
    ("de", "Nato-Manöver in Litauen: 10.000 Soldaten üben die Verteidigung",
     "Auch Leopard-Panzer und Patriot-Flugabwehr der Bundeswehr sind beteiligt, teilte das Kommando mit.",
     False),
    ("de", "Ukrainische Flüchtlinge: Bund verlängert Aufenthaltserlaubnisse",
     "Rund 1,1 Millionen Menschen aus der Ukraine leben derzeit in Deutschland.",
     False),
    ("de", "Ausstellung: Der Panzer, der 1945 Berlin erreichte",
     "Das Militärhistorische Museum zeigt einen sowjetischen T-34 und erzählt von der Schlacht um Berlin.",
     False),
]

# What the probe leaves, by headline (or an untitled entry's first 40 characters): what is read instead
# (strict xfails), from the first run.
LEFT: dict[str, str] = {
    "Q: Will Canada send a second NASAMS? A: 'We have decided to do so'": (
        "not relevant, no rule fired (score 0): a press conference's question and answer in the headline ('Q: Will "
        "Canada send a second NASAMS? A: ...') with a lead naming no Ukraine ('the system would be paid for from "
        "this year's budget'); NASAMS and 'send' with no recipient named give no rule"),
}

test_review_items_are_read_as_labelled = relevance_probe_test(ITEMS, LEFT)


def test_the_probe_is_as_briefed() -> None:
    """30 items, 10 a language, half of each language about aid, no item named twice."""
    assert_relevance_probe_as_briefed(ITEMS)
