"""Relevance, review 51: the eleventh held-out probe of the shipped rules (config/rules.toml) on feed items
(headline and lead) written by someone who did not write the rules. 30 items, 10 a language, half about
military aid to Ukraine and half look-alikes. The aid items come in the forms of this stop's pledge probe
(tests/pledges/test_review_51.py): a chamber or budget committee passing or releasing money, an untitled
live-blog or ticker entry, joint buying (NATO's list of US weapons, the Czech-led shell scheme), wire
furniture ("CORRECTED-", "FACTBOX-", "KORRIGIERT"), and a request addressed to a named donor. The
look-alikes: North Korea's and Iran's arms for Russia, a security law for Israel and Taiwan only, French
guns for Armenia and German ammunition for Israel, defence companies' results, humanitarian aid to
Ukraine, a donor's own army reordering what it gave Ukraine, and weapons words in other senses (an American
football game between the Patriots and the Jets, carnival floats ("chars"), "schweres Geschütz" in a wage
dispute). Every text is invented for this file; none is taken from the real-article set. Each was labelled by
hand before its first run, following ../shared/eval/README.md. Choices of mine: a request addressed to a
named donor is aid news (the weapon is under discussion with that donor); a donor's own army reordering
guns "after giving them to Ukraine" is not aid news (nothing goes to Ukraine: it is the donor's own
procurement); humanitarian aid with no arms is not aid news (the README's "humanitarian" look-alike); an
untitled live entry is read by its text alone.

First run (2026-12-06 07:52 UTC, this branch = main at 263f62d, labels as committed in 2424536 before any run;
load average about 6.6): 29 of 30 read as labelled: precision 0.94 (15 of 16 kept are aid news), recall 1.00
(15 of 15); by language EN 1.00 / 1.00, FR 1.00 / 1.00, DE 0.83 / 1.00. Left (a strict xfail, LEFT): the
Bundeswehr reordering howitzers "after giving them to Ukraine" is kept. The untitled live entries, the
chamber votes and the budget committee, joint buying, the corrected items and the requests addressed to a
donor are kept; North Korea's and Iran's arms, Israel's and Taiwan's law, Armenia's Caesar, the exports to
Israel, the company results, the humanitarian aid, the football game, the carnival floats and the wage
dispute's "schweres Geschütz" are not.

After round 51 (tests/rules/test_rules_relevance_51.py: a trap for a donor's order told after its giving to
Ukraine, "Nach Abgabe an die Ukraine ... bestellt"): 30 of 30 read as labelled, precision 1.00, recall 1.00;
DE 1.00 / 1.00. Nothing is left.
"""

from __future__ import annotations

from tests.support.wire_reading import assert_relevance_probe_as_briefed, relevance_probe_test

# (lang, headline, lead, relevant), labelled by hand before the first run. An untitled live entry has "".
ITEMS = [
    # English: aid news
    ("en", "House passes $41 bln Ukraine share of security bill, sends it to president",
     "The money would buy air defence interceptors and artillery ammunition for Kyiv and refill U.S. stocks "
     "drawn down by earlier shipments.",
     True),
    ("en", "",
     "14:20 GMT - Finland has handed Ukraine a further batch of 155 mm shells and two more air-defence "
     "radars, its defence ministry said. More soon.",
     True),
    ("en", "FACTBOX-Who is paying for U.S. weapons for Ukraine under NATO's list?",
     "Eleven European countries and Canada have so far paid for Patriot interceptors, HIMARS rockets and other "
     "American arms for Kyiv. Here is what each has committed.",
     True),
    ("en", "CORRECTED-Spain to send Ukraine 20 refurbished Leopard tanks, not 30",
     "(Corrects number of tanks in headline and paragraph 1) Madrid will ship the tanks by the summer, the "
     "defence ministry said.",
     True),
    ("en", "Zelensky asks Berlin again for Taurus missiles as Merz weighs reply",
     "The Ukrainian president made the request in a call with the chancellor on Tuesday; German officials said "
     "no decision was imminent.",
     True),
    # English: look-alikes
    ("en", "North Korea ships more artillery shells to Russia, Seoul says",
     "South Korea's spy agency said some 40 trains carrying containers of shells and rockets had crossed the "
     "border since September.",
     False),
    ("en", "Senate approves $8 bln arms package for Israel and Taiwan",
     "The bill funds Iron Dome interceptors and coastal anti-ship missiles; a separate measure for other allies "
     "is expected next year.",
     False),
    ("en", "Rheinmetall nine-month profit jumps 40% on ammunition demand",
     "The German arms maker raised its sales forecast again, citing orders for shells and air defence from "
     "European armies.",
     False),
    ("en", "UN appeals for $2.1 billion in humanitarian aid for Ukraine's winter",
     "The money would pay for generators, blankets, heating fuel and shelters for some 4 million people near "
     "the front line.",
     False),
    ("en", "Patriots rout Jets 34-10 as rookie throws four touchdown passes",
     "New England's defence intercepted two passes and the Jets' offence never recovered from a first-half "
     "blitz.",
     False),
    # French: aid news
    ("fr", "Le Sénat adopte 2 milliards d'euros d'aide militaire à l'Ukraine pour 2027",
     "Les crédits, votés en première lecture, financeront des canons Caesar, des missiles Aster et des "
     "munitions pour l'armée ukrainienne.",
     True),
    ("fr", "",
     "11h42 - Le Danemark a livré à l'Ukraine six canons Caesar supplémentaires financés sur son budget de "
     "défense, a annoncé Copenhague.",
     True),
    ("fr", "Obus pour Kiev : l'Italie et l'Espagne rejoignent l'initiative tchèque",
     "Rome et Madrid vont verser ensemble 250 millions d'euros au dispositif piloté par Prague, qui achète des "
     "munitions d'artillerie hors d'Europe pour l'Ukraine.",
     True),
    ("fr", "Zelensky demande à Paris des Mirage 2000 supplémentaires",
     "Le président ukrainien a adressé sa demande à Emmanuel Macron lors d'un entretien téléphonique lundi ; "
     "l'Élysée dit l'examiner.",
     True),
    ("fr", "Rome promet à Kiev un troisième système de défense aérienne SAMP/T",
     "Le ministre italien de la Défense a précisé que la batterie serait opérationnelle en Ukraine avant "
     "l'été.",
     True),
    # French: look-alikes
    ("fr", "La Corée du Nord aurait livré des lance-roquettes multiples à la Russie",
     "Selon le renseignement sud-coréen, plusieurs dizaines de systèmes ont été acheminés par voie ferrée vers "
     "la région de Koursk.",
     False),
    ("fr", "Paris livre des canons Caesar et des radars à l'Arménie",
     "Erevan reçoit ainsi la deuxième tranche d'un contrat signé en 2024, au grand dam de l'Azerbaïdjan.",
     False),
    ("fr", "Thales relève ses prévisions grâce à la défense et au spatial",
     "Le groupe a vu ses prises de commandes bondir de 15 % sur neuf mois, portées par les radars et les "
     "missiles.",
     False),
    ("fr", "Carnaval de Nice : les chars défilent sous la pluie sur la promenade des Anglais",
     "Dix-huit chars et un millier de musiciens ont ouvert samedi la 152e édition, consacrée aux océans.",
     False),
    ("fr", "Aide humanitaire : la France envoie 40 tonnes de matériel médical à Kharkiv",
     "Le chargement, parti de Marseille, comprend des kits chirurgicaux, des générateurs et des couvertures "
     "pour les hôpitaux de la région.",
     False),
    # German: aid news
    ("de", "Haushaltsausschuss gibt 900 Millionen Euro für IRIS-T an die Ukraine frei",
     "Mit dem Geld sollen zwei weitere Flugabwehrsysteme und Lenkflugkörper für die ukrainische Armee "
     "beschafft werden.",
     True),
    ("de", "",
     "+++ 09:48 Uhr: Norwegen hat der Ukraine nach Angaben aus Oslo zwei weitere NASAMS-Startgeräte übergeben. "
     "+++",
     True),
    ("de", "Deutschland zahlt weitere 300 Millionen in tschechische Munitionsinitiative ein",
     "Mit dem Geld kauft Prag Artilleriegranaten außerhalb Europas, die an die ukrainischen Streitkräfte gehen.",
     True),
    ("de", "Selenskyj bittet Berlin um zwei weitere Patriot-Systeme",
     "Bei einem Treffen mit dem Verteidigungsminister in Kiew übergab der Präsident eine Liste; Berlin will "
     "sie bis Ende des Monats prüfen.",
     True),
    ("de", "KORRIGIERT: Bundeswehr gibt zwölf weitere Panzerhaubitzen an Kiew ab",
     "(Im ersten Satz wurde die Zahl der Geschütze berichtigt.) Die Haubitzen sollen bis Februar in der "
     "Ukraine eintreffen.",
     True),
    # German: look-alikes
    ("de", "Nach Abgabe an die Ukraine: Bundeswehr bestellt 22 neue Panzerhaubitzen",
     "Das Beschaffungsamt unterzeichnete den Vertrag mit KNDS; die ersten Geschütze sollen 2028 an die Truppe "
     "gehen.",
     False),
    ("de", "Iran liefert Russland Bauteile für Kampfdrohnen",
     "Nach Erkenntnissen westlicher Geheimdienste wurden die Teile über das Kaspische Meer nach Tatarstan "
     "gebracht.",
     False),
    ("de", "Regierung genehmigt Munitionsexport nach Israel",
     "Der Bundessicherheitsrat billigte die Ausfuhr von Panzermunition im Wert von 80 Millionen Euro.",
     False),
    ("de", "Tarifstreit: Verdi fährt schweres Geschütz auf",
     "Die Gewerkschaft droht mit unbefristeten Streiks im Nahverkehr, sollte bis Freitag kein neues Angebot "
     "vorliegen.",
     False),
    ("de", "Humanitäre Hilfe: Deutschland schickt 200 Generatoren nach Saporischschja",
     "Die Geräte sollen Krankenhäuser und Wasserwerke über den Winter mit Strom versorgen, teilte das THW mit.",
     False),
]

# What the probe leaves, by headline (or an untitled entry's first 40 characters): what is read instead
# (strict xfails), from the first run.
LEFT: dict[str, str] = {}


test_review_items_are_read_as_labelled = relevance_probe_test(ITEMS, LEFT)


def test_the_probe_is_as_briefed() -> None:
    """30 items, 10 a language, half of each language about aid, no item named twice."""
    assert_relevance_probe_as_briefed(ITEMS)
