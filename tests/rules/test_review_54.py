"""Relevance, review 54: the fourteenth held-out probe of the shipped rules (config/rules.toml) on feed items
(headline and lead) written by someone who did not write the rules. 30 items, 10 a language, half about
military aid to Ukraine and half look-alikes. The aid items come in the forms of this stop's pledge probe
(tests/pledges/test_review_54.py): per language an untitled live-blog entry ("15:20 GMT —", "10h32 :", "+++
11:55 Uhr +++"), a pledge or refusal told in a quotation ("'We will send four more Gripens,'", "« Merci à
l'Espagne »", "„Keine Taurus“"), a list headline ("Au programme :", "Im Einzelnen:"), money forms (a loan
backed by frozen Russian assets, "20 milliards de couronnes par an", a Canadian "prêt"), the receiving side
(Danish-funded Bohdana howitzers received, Hawk batteries "reçu", M-84 tanks "eingetroffen"), and slugs
("URGENT -", "EILMELDUNG:", a question headline); two items are headlines alone (no lead). The look-alikes:
arms sales to Taiwan and arms exports to Israel, Ukraine's grain exports, winter generators for Ukraine's
grid, NATO budget quarrels "despite the war in Ukraine", a gun buy-back at home, a video game of tanks with a
Kyiv studio, a film about the invasion of 2022, and arms makers' shares moving on Ukraine news ("FLASH:" in
capitals, "Rüstungsaktien", Thales). Every text is invented for this file; none is taken from the real-article
set. Each was labelled by hand before its first run, following ../shared/eval/README.md. Choices of mine: a
refusal told in a quote is aid news (the README's "Germany refuses Taurus"); Ireland's non-lethal demining
equipment for Ukraine's army is aid news (equipment for the armed forces), while generators for the grid are
humanitarian; a loan for buying weapons is military financing; Danish-funded howitzers made in Ukraine are
aid (production for Ukraine paid by a donor); stock-market news naming Ukraine is not.

First run (2026-12-06 17:06 UTC, this branch = main at 1d4d7578, labels as committed in 072dc1c3 before any
run; load average about 6): 29 of 30 read as labelled: precision 1.00 (14 of 14 kept are aid news), recall
0.93 (14 of 15); by language EN 1.00 / 0.80, FR 1.00 / 1.00, DE 1.00 / 1.00. Left (a strict xfail, LEFT):
Ireland's demining kit for Ukraine's army under a question headline (only the funding rule fires). The
untitled live entries, the quotations (Gripens, "Merci à l'Espagne", "Keine Taurus"), the lists, the loans,
the yearly crowns, the receipts and the slugs are kept; every look-alike (Taiwan, Israel twice, grain twice,
generators, NATO budgets twice, the buy-backs, the tank game, the film, the arms shares in capitals, Thales)
is not.
"""

from __future__ import annotations

from tests.support.wire_reading import assert_relevance_probe_as_briefed, relevance_probe_test

# (lang, headline, lead, relevant), labelled by hand before the first run.
ITEMS = [
    # English: aid news
    ("en", "",
     "15:20 GMT — Lisbon now says its package for Ukraine also holds 2,000 rounds of 155 mm ammunition "
     "alongside the six M113 carriers.",
     True),
    ("en", "'We will send four more Gripens,' Swedish minister tells reporters",
     "Defence Minister Anna Lindqvist said the fighters would reach Ukraine before the summer.",
     True),
    ("en", "EU agrees EUR 45 billion loan for Ukraine's weapons, backed by frozen Russian assets",
     "At least €30 billion of the money is to go on arms and ammunition, EU diplomats said.",
     True),
    ("en", "Ukraine receives first Danish-funded Bohdana howitzers",
     "The guns were built by Ukrainian factories under an arrangement paid for by Copenhagen, Kyiv said.",
     True),
    ("en", "Is Irish neutrality bending? Dublin to fund demining kit for Ukraine's army",
     "The €12 million package is non-lethal, the minister for defence stressed on Tuesday.",
     True),
    # English: look-alikes
    ("en", "U.S. approves $2 billion sale of air defence missiles to Taiwan",
     "The package includes NASAMS launchers and AMRAAM missiles, the State Department said on Friday.",
     False),
    ("en", "Ukraine's grain exports through Black Sea corridor hit record in November",
     "Ports near Odesa shipped 6.2 million tonnes despite Russian drone attacks on the terminals.",
     False),
    ("en", "FLASH: EUROPEAN DEFENCE SHARES SLIDE ON UKRAINE CEASEFIRE HOPES",
     "Investors weighed what a truce would mean for orders of tanks and artillery shells; Rheinmetall fell 6%.",
     False),
    ("en", "Australia launches national gun buy-back after Melbourne shooting",
     "Owners can hand in semi-automatic rifles for cash at police stations until June, the government said.",
     False),
    ("en", "Tank game studio opens Kyiv office as Ukrainian players flock to online battles",
     "The studio will employ 200 developers working on new tank models and artillery maps for the game.",
     False),
    # French: aid news
    ("fr", "",
     "10h32 : l'Espagne va livrer six lanceurs de missiles Aspide supplémentaires à l'Ukraine, annonce Madrid.",
     True),
    ("fr", "Au programme : obus, blindés et drones dans le neuvième paquet belge pour Kiev",
     "Le paquet de 400 millions d'euros a été dévoilé mardi par le ministère de la Défense.",
     True),
    ("fr", "URGENT - La Norvège consacrera 20 milliards de couronnes par an à l'aide militaire à l'Ukraine", "",
     True),
    ("fr", "« Merci à l'Espagne » : Kiev a reçu deux batteries de défense aérienne Hawk",
     "Le ministère ukrainien de la Défense a annoncé lundi leur arrivée.",
     True),
    ("fr", "Le Canada accorde un prêt de 5 milliards de dollars à Kiev pour l'achat d'armes",
     "Le prêt sera remboursé par les revenus des avoirs russes gelés, a précisé la ministre des Finances.",
     True),
    # French: look-alikes
    ("fr", "Livraisons d'armes à Israël : Paris suspend l'exportation de composants de munitions",
     "La décision vise des pièces détachées d'obus, a indiqué le ministère des Armées.",
     False),
    ("fr", "« Kyiv, février » : le film sur les premiers jours de l'invasion sort en salles",
     "Chars russes, colonnes de blindés et missiles : le réalisateur a reconstitué février 2022 dans des "
     "studios près de Prague.",
     False),
    ("fr", "Budget de l'Otan : les Alliés divisés sur l'objectif de 5 % du PIB",
     "Plusieurs pays jugent l'effort de défense irréaliste malgré la guerre en Ukraine.",
     False),
    ("fr", "Hiver : la France envoie 300 groupes électrogènes et des transformateurs à l'Ukraine",
     "Le matériel doit aider le réseau électrique ukrainien frappé par les drones russes.",
     False),
    ("fr", "Thales relève ses objectifs, porté par les commandes de défense aérienne",
     "Le groupe cite la demande européenne depuis la guerre en Ukraine ; l'action gagne 4 % à Paris.",
     False),
    # German: aid news
    ("de", "",
     "+++ 11:55 Uhr +++ Kroatien nennt nun Zahlen: Die Ukraine erhält acht Hubschrauber vom Typ Mi-8.",
     True),
    ("de", "EILMELDUNG: Spanien sagt der Ukraine sechs Patriot-Abfangraketen zu", "", True),
    ("de", "Im Einzelnen: Dänemark schickt der Ukraine 25 Leopard 1A5 und 10 CV90",
     "Das Paket hat einen Wert von 1,2 Milliarden Kronen, teilte die Regierung in Kopenhagen mit.",
     True),
    ("de", "Erste slowenische M-84-Panzer in der Ukraine eingetroffen",
     "Das ukrainische Verteidigungsministerium bedankte sich bei Ljubljana für die Lieferung.",
     True),
    ("de", "„Keine Taurus“: Kanzler lehnt Lieferung von Marschflugkörpern an Kiew erneut ab",
     "Verteidigungsminister Brandt zitierte den Kanzler im Gespräch mit der „Morgenpost“.",
     True),
    # German: look-alikes
    ("de", "Bundesregierung genehmigt Rüstungsexporte nach Israel im Wert von 300 Millionen Euro",
     "Darunter sind Munition und Teile für Panzer, teilte das Wirtschaftsministerium mit.",
     False),
    ("de", "Nato-Haushalt: Streit um Fünf-Prozent-Ziel überschattet Gipfel",
     "Mehrere Mitglieder wollen ihre Verteidigungsausgaben trotz des Ukraine-Kriegs nicht weiter erhöhen.",
     False),
    ("de", "Rüstungsaktien fallen nach Ukraine-Gipfel um bis zu fünf Prozent",
     "Anleger setzen auf eine Waffenruhe; Analysten senken die Erwartungen für Munitionsaufträge.",
     False),
    ("de", "Waffenrückkauf: Polizei sammelt in Bayern 4.000 illegale Gewehre ein",
     "Wer seine Waffe bis Ende Januar abgibt, bleibt straffrei, teilte das Innenministerium mit.",
     False),
    ("de", "Ukrainisches Getreide: Exporte über die Donauhäfen steigen trotz Drohnenangriffen",
     "Im November verließen 4,1 Millionen Tonnen Weizen und Mais die Häfen Ismajil und Reni.",
     False),
]

# What the probe leaves, by headline (or an untitled entry's first 40 characters): what is read instead
# (strict xfails), from the first run.
LEFT: dict[str, str] = {}

test_review_items_are_read_as_labelled = relevance_probe_test(ITEMS, LEFT)


def test_the_probe_is_as_briefed() -> None:
    """30 items, 10 a language, half of each language about aid, no item named twice."""
    assert_relevance_probe_as_briefed(ITEMS)
