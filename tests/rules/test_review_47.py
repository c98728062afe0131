"""Relevance, review 47: the seventh held-out probe of the shipped rules (config/rules.toml) on feed items
(headline and lead) written by someone who did not write the rules. 30 items, 10 a language, half about
military aid to Ukraine and half look-alikes: Ukraine news without aid (a thanks speech for generators),
aid or arms sales to others (Taiwan, Israel, Qatar), sanctions, domestic defence budgets and orders,
humanitarian aid, a NATO meeting's preview with no aid on its agenda, NATO members' own forces, defence
companies' results, a history piece on Lend-Lease in 1941, and culture or sport naming a weapon. The aid
items come in forms the earlier probes did not stress: Ukraine's leader thanking donors by name, previews of
coming meetings ("are expected to discuss ..., diplomats said"), think-tank tracker analyses, non-state donors
(crowdfunding, associations, a foundation) and re-export approvals or purchases from third countries. Every
text is invented for this file; none is taken from the real-article set. Each was labelled by hand before
its first run, following ../shared/eval/README.md. Choices of mine: a crowdfunding campaign or association
handing drones or vehicles to Ukraine's army is military aid (relevant), as a company's donation is; a
thanks speech for generators and transformers only is humanitarian (not relevant); a NATO meeting's preview
whose agenda names no aid to Ukraine is not relevant.

First run (2026-12-05, this branch = main at 416c538, labels unchanged; load average about 8-11): 29 of 30
read as labelled: precision 1.00 (15 of 15 kept are aid news), recall 0.93 (14 of 15); by language EN
P 1.00 / R 0.80, FR and DE 1.00 / 1.00. The thanks speeches, previews, tracker analyses, re-export
approvals and the French and German non-state donors are kept, and none of the look-alikes (the thanks for
generators, the NATO preview on spending goals, the Lend-Lease history, the NASAMS sale to Taiwan, the
Patriot export to Qatar, the Bundeswehr's Leopards in Lithuania, the boxer "Leopard", ...) is taken for aid.
Left (strict xfail): the Estonian crowdfunding item, whose headline verb is a bare "hands 120 drones to"
(score 1 < 2: only the funding rule fired).

Fixed on branch stories26 (2026-12-05): a rule of config/rules.toml for "hand(s|ed|ing) <weapons> to" a
Ukrainian recipient (tests/rules/test_rules_relevance_21.py) reads it (score 3): 30 of 30, the strict xfail
now a plain test.
"""

from __future__ import annotations

from tests.support.wire_reading import assert_relevance_probe_as_briefed, relevance_probe_test

# (lang, headline, lead, relevant), labelled by hand before the first run.
ITEMS = [
    # English: aid news
    ("en", "Zelensky thanks Sweden and Denmark by name for jets and shells",
     "Ukraine's president thanked Sweden for the Gripen pilots' training now under way and Denmark for the "
     "artillery shells that arrived this week, in his nightly address on Tuesday.",
     True),
    ("en", "Allies expected to discuss more air defence for Kyiv at Brussels meeting, diplomats say",
     "Defence ministers of the Ukraine Defense Contact Group meet on Thursday; Norway and Spain are expected to "
     "announce new air defence missiles for Ukraine, two diplomats said.",
     True),
    ("en", "Kiel tracker: new military aid to Ukraine fell by a third in the summer",
     "Donors allocated 9 billion euros in new weapons and equipment for Ukraine between June and August, down "
     "from 13 billion in the spring, the Kiel Institute said in its latest update.",
     True),
    ("en", "Estonian crowdfunding campaign hands 120 drones to Ukrainian brigade",
     "Volunteers in Estonia raised 800,000 euros in three weeks to buy reconnaissance and FPV drones for a "
     "Ukrainian mechanised brigade fighting near Pokrovsk, the organisers said.",
     True),
    ("en", "Germany clears Finland to re-export 30 Leopard 2 tanks to Ukraine",
     "Berlin has approved Helsinki's request to pass on 30 German-built Leopard 2A4 tanks from its reserve to "
     "Ukraine's armed forces, the German economy ministry said.",
     True),
    # English: look-alikes
    ("en", "Zelensky thanks Japan for generators and transformers ahead of winter",
     "Ukraine's president thanked Japan for 400 generators and 20 power transformers delivered to keep "
     "hospitals and water plants running during Russian strikes on the grid.",
     False),
    ("en", "US approves $1.2 billion NASAMS sale to Taiwan",
     "The State Department approved the possible sale of three NASAMS air defence systems and related missiles "
     "to Taiwan, the Pentagon's security cooperation agency said.",
     False),
    ("en", "Britain sanctions Russian drone makers and shadow-fleet tankers",
     "London added 25 companies producing drone engines and 40 oil tankers to its sanctions list, the foreign "
     "office said, in its largest step against Moscow's war economy this year.",
     False),
    ("en", "Norway raises defence budget to buy submarines and long-range air defence",
     "The Norwegian government proposed a 12% rise in defence spending next year, with money for two new "
     "submarines and NASAMS batteries for its own army.",
     False),
    ("en", "How Lend-Lease kept Britain and the Soviet Union fighting in 1941",
     "Eighty-five years ago, the United States began shipping tanks, aircraft and trucks to Britain and later to "
     "the Soviet Union under the Lend-Lease Act, a historian recalls.",
     False),
    # French: aid news
    ("fr", "« Merci au Danemark » : Zelensky salue l'arrivée de nouveaux F-16",
     "Le président ukrainien a remercié nommément le Danemark, les Pays-Bas et la Norvège pour les avions de "
     "combat F-16 livrés ces derniers mois, dans un message publié dimanche soir.",
     True),
    ("fr", "Ramstein : les Alliés devraient discuter jeudi de munitions pour Kiev, selon des diplomates",
     "Les ministres de la Défense du groupe de contact pour l'Ukraine se réunissent jeudi ; l'Allemagne et le "
     "Royaume-Uni pourraient y annoncer de nouvelles livraisons d'obus, selon plusieurs diplomates.",
     True),
    ("fr", "Aide militaire à Kiev : l'Europe a dépassé les États-Unis, selon l'Institut de Kiel",
     "Les pays européens ont alloué 35 milliards d'euros d'aide militaire à l'Ukraine depuis janvier, contre "
     "très peu côté américain, selon le dernier bilan de l'institut allemand.",
     True),
    ("fr", "Une association française livre 40 drones de reconnaissance à l'armée ukrainienne",
     "Financés par des dons de particuliers, les appareils ont été remis à une brigade d'artillerie dans la "
     "région de Zaporijjia, a indiqué l'association.",
     True),
    ("fr", "Initiative tchèque : la Norvège verse 100 millions d'euros pour des obus achetés hors d'Europe",
     "Oslo contribue au dispositif piloté par Prague, qui achète des munitions de gros calibre auprès de pays "
     "tiers pour les livrer à l'Ukraine.",
     True),
    # French: look-alikes
    ("fr", "Washington approuve une nouvelle vente de munitions à Israël",
     "Le département d'État a donné son feu vert à la vente de bombes guidées et d'obus de char à Israël pour "
     "un montant de 680 millions de dollars.",
     False),
    ("fr", "Thales : le carnet de commandes en défense aérienne bondit au troisième trimestre",
     "Le groupe d'électronique de défense a relevé ses prévisions annuelles grâce à la demande européenne en "
     "radars et en systèmes de défense antiaérienne.",
     False),
    ("fr", "Otan : les ministres devraient discuter jeudi des objectifs de dépenses, selon des diplomates",
     "Réunis à Bruxelles, les ministres de la Défense de l'Alliance doivent examiner la répartition des "
     "capacités entre alliés et le calendrier des 3,5 % du PIB, ont indiqué des diplomates.",
     False),
    ("fr", "Ukraine : l'UE débloque 300 millions d'euros d'aide humanitaire pour l'hiver",
     "La Commission européenne financera des abris, des couvertures et des générateurs pour les civils "
     "ukrainiens des régions du front.",
     False),
    ("fr", "Au musée des Blindés de Saumur, le char Renault FT fête ses cent ans de service",
     "Le célèbre char de la Première Guerre mondiale, restauré pendant deux ans, est de nouveau présenté au "
     "public avec une exposition sur les chars de l'entre-deux-guerres.",
     False),
    # German: aid news
    ("de", "Selenskyj dankt Norwegen und Kanada für Flugabwehr und Munition",
     "Der ukrainische Präsident bedankte sich in seiner Videoansprache namentlich bei Norwegen für die "
     "gelieferten NASAMS-Systeme und bei Kanada für Artilleriemunition.",
     True),
    ("de", "Vor Nato-Treffen: Verbündete wollen über Patriot-Systeme für Kiew beraten",
     "Beim Treffen der Verteidigungsminister am Donnerstag dürfte es nach Angaben von Diplomaten vor allem um "
     "weitere Flugabwehr für die Ukraine gehen; die Niederlande erwägen die Abgabe eines Patriot-Systems.",
     True),
    ("de", "Kiel Institut: Deutsche Militärhilfe für die Ukraine stagniert",
     "Deutschland hat der Ukraine in den vergangenen sechs Monaten kaum neue Waffenlieferungen zugesagt, geht "
     "aus dem jüngsten Ukraine Support Tracker des Instituts hervor.",
     True),
    ("de", "Spendenaktion: Verein übergibt 30 Pick-ups und Drohnen an ukrainische Brigade",
     "Mit Spenden aus ganz Deutschland hat ein Münchner Verein 30 Geländefahrzeuge und 50 Aufklärungsdrohnen "
     "für eine ukrainische Infanteriebrigade gekauft und an die Front gebracht.",
     True),
    ("de", "Schweiz erlaubt Dänemark Weitergabe von Piranha-Radpanzern an die Ukraine",
     "Der Bundesrat in Bern hat einem Gesuch Kopenhagens zugestimmt, 20 Radschützenpanzer aus Schweizer "
     "Produktion an die ukrainischen Streitkräfte weiterzugeben.",
     True),
    # German: look-alikes
    ("de", "Hensoldt hebt Umsatzprognose nach Rekordaufträgen an",
     "Der Radarhersteller profitiert von der hohen Nachfrage europäischer Armeen nach Sensoren für die "
     "Luftverteidigung; die Aktie legte um acht Prozent zu.",
     False),
    ("de", "Bundestag beschließt Rekordetat für die Bundeswehr",
     "Der Verteidigungshaushalt steigt im kommenden Jahr auf 82 Milliarden Euro; mit dem Geld sollen unter "
     "anderem neue Eurofighter und Patriot-Systeme für die Luftwaffe bestellt werden.",
     False),
    ("de", "Bundesregierung genehmigt Export von Patriot-Raketen nach Katar",
     "Der Bundessicherheitsrat hat die Ausfuhr von Flugabwehrraketen im Wert von 300 Millionen Euro an das "
     "Emirat gebilligt, berichtet eine Zeitung.",
     False),
    ("de", "Nato-Manöver: Bundeswehr verlegt Leopard-Panzer nach Litauen",
     "Für die Übung an der Ostflanke bringt die Bundeswehr 20 Kampfpanzer und 600 Soldaten per Bahn ins "
     "Baltikum, wo die deutsche Brigade aufgebaut wird.",
     False),
    ("de", "Boxen: Der „Leopard“ aus Magdeburg verteidigt seinen WM-Titel",
     "Der Schwergewichtler gewann in der Getec-Arena nach zwölf Runden einstimmig nach Punkten und bleibt "
     "ungeschlagen.",
     False),
]

# What the probe leaves, by headline: what is read instead (strict xfails), from the first run (main at 416c538).
LEFT: dict[str, str] = {}


test_review_items_are_read_as_labelled = relevance_probe_test(ITEMS, LEFT)


def test_the_probe_is_as_briefed() -> None:
    """30 items, 10 a language, half of each language about aid, no headline twice."""
    assert_relevance_probe_as_briefed(ITEMS)
