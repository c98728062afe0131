"""Stories, review 59: the nineteenth held-out probe of story grouping, three busy days of ORDINARY wire copy
written by someone who did not write the grouping rules. Every text and figure is invented for this file;
none is taken from the real-article set. Each report was labelled by hand with its event before the first
run, following ../shared/eval/README.md (reports of one announcement, meeting or delivery share an event).
Each day mixes: one event told by several agencies in several languages at different lengths (a full wire
lede with a quote and context, a short brief, a paper's rewrite); two distinct events of one donor on the same
day; an unrelated event of another donor; and a near-miss a Ukraine feed carries that day (a grid strike, an
arms export to another country, peace talks). Day C follows up day A's Spanish tanks a week later.
Where the conventions leave a case open:
- Spain's promise of 10 Leopards (day A) and the arrival of the first of them a week later (day C) are two
  events (a promise and a delivery); on day C the reports recall the promise;
- Spain's tanks and Spain's PURL money on day A are two events (two announcements by one donor);
- Germany's IRIS-T pledge and its examining more Patriots on day B are two events, though both are air
  defence and both reports recall the Patriots already given;
- Romania's Patriot decision and Moscow's warning about it, told in one report, are one event.

First run (2026-12-07 08:36 UTC, this branch = main at e3d6c4fb, labels as committed in 261657a8 before any run), in 7
orders (the file's, 5 shuffles, newest first), dated now and as published, the same figures in every order and
both modes; every relevant report stored, no look-alike stored, no pair wrong, no event hidden:
- Day A: 5 of 5 labelled pairs joined (precision 1.00, recall 1.00): Spain's tanks in three languages and Spain's
  PURL money in two stay two stories; Australia's Abrams one.
- Day B: 4 of 5 (1.00 / 0.80): Germany's IRIS-T in three languages is one story, apart from Germany examining more
  Patriots; but the two Patriot reports stay apart, the German one recalling the three Patriots given (read as a
  delivery the English report does not give); Switzerland's refusal is one story in two languages.
- Day C: 6 of 6 (1.00 / 1.00): the first Spanish Leopards arrived, Romania's Patriot, the EU's fund apart.
What is left is a strict xfail (LEFT) per check, day and date mode.
"""

from __future__ import annotations

from tests.support.busy_days import BusyDays, busy_day_probe_tests, report

EN, EN2, FR, FR2, DE, DE2 = "Wire EN", "Paper EN", "Agence FR", "Journal FR", "Agentur DE", "Zeitung DE"

# Day A, Tuesday 9 March 2027: Spain's 10 Leopards in three languages and Spain's PURL money in two; the last
# Australian Abrams arrived in two; a strike on the grid (look-alike).
DAY_A = [
    report("RA-EN-01", "en", EN, "2027-03-09", "es-tanks",
           "Spain to send Ukraine 10 more Leopard tanks, defence minister says",
           "MADRID, March 9 (Wire) - Spain will send Ukraine 10 more Leopard 2A4 tanks before the summer, Defence "
           "Minister Lucía Robledo Vidal said on Tuesday. The tanks, taken from storage at a depot near Zaragoza, "
           "are being overhauled by a Spanish contractor and will be shipped in two batches. \"These tanks will be "
           "in Ukraine before summer,\" Robledo told reporters after a cabinet meeting. Spain has so far delivered "
           "26 armoured personnel carriers to Ukraine, according to the ministry."),
    report("RA-FR-01", "fr", FR, "2027-03-09", "es-tanks",
           "L'Espagne va livrer dix chars Leopard supplémentaires à l'Ukraine",
           "MADRID (Agence) - L'Espagne livrera dix chars Leopard 2A4 à l'Ukraine d'ici l'été, a annoncé mardi la "
           "ministre de la Défense."),
    report("RA-DE-01", "de", DE2, "2027-03-09", "es-tanks",
           "Spanien schickt der Ukraine zehn weitere Leopard-Panzer",
           "MADRID (Zeitung) - Spanien wird der Ukraine bis zum Sommer zehn weitere Kampfpanzer vom Typ Leopard "
           "2A4 liefern. Die Panzer stammen aus einem Depot bei Saragossa und werden derzeit instand gesetzt, "
           "sagte Verteidigungsministerin Lucía Robledo Vidal am Dienstag."),
    report("RA-EN-02", "en", EN2, "2027-03-09", "es-purl",
           "Spain joins NATO scheme with 50 million euros for U.S. arms for Ukraine",
           "MADRID (Paper) - Spain will contribute 50 million euros to NATO's PURL scheme, which buys U.S.-made "
           "air defence interceptors for Ukraine, the foreign ministry said on Tuesday, in a separate statement "
           "from the defence ministry's tank announcement."),
    report("RA-DE-02", "de", DE, "2027-03-09", "es-purl",
           "Spanien beteiligt sich mit 50 Millionen Euro an Nato-Programm für Kiew",
           "MADRID (Agentur) - Spanien zahlt 50 Millionen Euro in das Nato-Programm PURL ein, über das "
           "amerikanische Waffen für die Ukraine gekauft werden, teilte das Außenministerium am Dienstag mit."),
    report("RA-EN-03", "en", EN, "2027-03-09", "au-abrams",
           "Australia says last of its Abrams tanks have arrived in Ukraine",
           "CANBERRA, March 9 (Wire) - The last of the 49 M1A1 Abrams tanks Australia promised Ukraine have "
           "arrived, Defence Minister Callum Whitby said on Tuesday. \"Every one of these tanks is now with the "
           "Ukrainian armed forces,\" he told a news conference."),
    report("RA-FR-02", "fr", FR2, "2027-03-09", "au-abrams",
           "Les derniers chars Abrams australiens sont arrivés en Ukraine",
           "CANBERRA (Journal) - Les derniers des 49 chars Abrams promis par l'Australie sont arrivés en Ukraine, "
           "a indiqué mardi le ministre australien de la Défense."),
    report("RA-FR-03", "fr", FR, "2027-03-09", "x-grid",
           "Frappes russes : Kharkiv et Odessa privées d'électricité",
           "KIEV (Agence) - L'opérateur Ukrenergo a imposé des coupures d'urgence dans six régions après une "
           "attaque nocturne contre des centrales.",
           relevant=False),
]

# Day B, Thursday 11 March 2027: Germany's four IRIS-T in three languages and Germany examining more Patriots
# in two; Switzerland's refusal of Piranhas in two; a German maker's shells for Lithuania (look-alike).
DAY_B = [
    report("RB-DE-01", "de", DE, "2027-03-11", "de-irist",
           "Deutschland sagt der Ukraine vier weitere IRIS-T-Systeme zu",
           "BERLIN (Agentur) - Deutschland wird der Ukraine vier weitere Flugabwehrsysteme vom Typ IRIS-T SLM "
           "liefern. Das kündigte Verteidigungsminister Jörg Albrecht am Donnerstag in Berlin an. „Die Ukraine "
           "braucht jetzt vor allem Schutz ihrer Städte und ihrer Energieversorgung“, sagte Albrecht. Seit "
           "Kriegsbeginn hat Deutschland der Ukraine sechs IRIS-T-Systeme und drei Patriot-Systeme geliefert. Der "
           "Kreml kritisierte die Entscheidung."),
    report("RB-EN-01", "en", EN, "2027-03-11", "de-irist",
           "Germany pledges four more IRIS-T air defence systems to Ukraine",
           "BERLIN, March 11 (Wire) - Germany will supply Ukraine with four more IRIS-T SLM air defence systems, "
           "Defence Minister Jörg Albrecht said on Thursday."),
    report("RB-FR-01", "fr", FR2, "2027-03-11", "de-irist",
           "Berlin promet quatre systèmes IRIS-T supplémentaires à Kiev",
           "BERLIN (Journal) - L'Allemagne livrera quatre nouveaux systèmes de défense antiaérienne IRIS-T SLM à "
           "l'Ukraine, a annoncé jeudi le ministre de la Défense, Jörg Albrecht, qui a évoqué la protection des "
           "villes et du réseau électrique ukrainiens."),
    report("RB-DE-02", "de", DE2, "2027-03-11", "de-patriot",
           "Bundesregierung prüft Lieferung weiterer Patriot-Systeme an Kiew",
           "BERLIN (Zeitung) - Die Bundesregierung prüft zudem die Abgabe weiterer Patriot-Systeme an die "
           "Ukraine. Eine Entscheidung sei noch nicht gefallen, sagte ein Regierungssprecher am Donnerstag. "
           "Deutschland hat bislang drei Patriot-Systeme übergeben."),
    report("RB-EN-02", "en", EN2, "2027-03-11", "de-patriot",
           "Germany weighs sending more Patriot systems to Ukraine, spokesman says",
           "BERLIN (Paper) - Germany is examining whether to give Ukraine more Patriot air defence systems, a "
           "government spokesman said on Thursday, adding that no decision had been taken."),
    report("RB-FR-02", "fr", FR, "2027-03-11", "ch-piranha",
           "La Suisse refuse de livrer des blindés Piranha à l'Ukraine",
           "BERNE (Agence) - Le Conseil fédéral suisse a refusé jeudi de céder à l'Ukraine des véhicules blindés "
           "Piranha retirés du service, invoquant la neutralité du pays et la loi sur le matériel de guerre."),
    report("RB-DE-03", "de", DE, "2027-03-11", "ch-piranha",
           "Schweiz lehnt Abgabe von Piranha-Radpanzern an die Ukraine ab",
           "BERN (Agentur) - Der Bundesrat hat die Abgabe ausgemusterter Radschützenpanzer vom Typ Piranha an "
           "die Ukraine abgelehnt. Er verwies am Donnerstag auf die Neutralität und das Kriegsmaterialgesetz."),
    report("RB-DE-04", "de", DE2, "2027-03-11", "x-lithuania",
           "Rheinmetall liefert Artilleriemunition an Litauen",
           "DÜSSELDORF (Zeitung) - Der Rahmenvertrag mit der litauischen Armee über 155-Millimeter-Geschosse hat "
           "einen Wert von 300 Millionen Euro, teilte der Konzern am Donnerstag mit.",
           relevant=False),
]

# Day C, Tuesday 16 March 2027: the first Spanish Leopards arrived (day A's follow-up) in three languages;
# Romania's Patriot in three; the EU's 5 billion euros in one; peace talks (look-alike).
DAY_C = [
    report("RC-EN-01", "en", EN, "2027-03-16", "es-tanks-arrived",
           "First Spanish Leopard tanks arrive in Ukraine a week after pledge",
           "MADRID, March 16 (Wire) - The first five of the 10 Leopard 2A4 tanks Spain promised Ukraine last week "
           "have arrived in the country, the defence ministry said on Tuesday. The remaining five will follow "
           "before the summer, the ministry said."),
    report("RC-FR-01", "fr", FR2, "2027-03-16", "es-tanks-arrived",
           "Les premiers chars Leopard espagnols sont arrivés en Ukraine",
           "MADRID (Journal) - Cinq des dix chars Leopard promis la semaine dernière par l'Espagne sont arrivés en "
           "Ukraine, a indiqué mardi le ministère espagnol de la Défense."),
    report("RC-DE-01", "de", DE, "2027-03-16", "es-tanks-arrived",
           "Erste spanische Leopard-Panzer in der Ukraine eingetroffen",
           "MADRID (Agentur) - Fünf der zehn von Spanien zugesagten Leopard-Panzer sind in der Ukraine "
           "eingetroffen, teilte das Verteidigungsministerium am Dienstag mit."),
    report("RC-EN-02", "en", EN2, "2027-03-16", "ro-patriot",
           "Romania to send Ukraine a Patriot system; Moscow warns of consequences",
           "BUCHAREST (Paper) - Romania will send one of its Patriot air defence systems to Ukraine, the Supreme "
           "Defence Council decided on Tuesday. \"This is a decision of solidarity with Ukraine,\" President "
           "Andrei Munteanu said. Russia's foreign ministry said any Patriot launchers in Ukraine would be "
           "legitimate targets. Romania has four Patriot systems on order for its own forces."),
    report("RC-FR-02", "fr", FR, "2027-03-16", "ro-patriot",
           "La Roumanie va céder un système Patriot à l'Ukraine",
           "BUCAREST (Agence) - La Roumanie cédera l'un de ses systèmes de défense antiaérienne Patriot à "
           "l'Ukraine, a décidé mardi le Conseil suprême de défense."),
    report("RC-DE-02", "de", DE2, "2027-03-16", "ro-patriot",
           "Rumänien gibt ein Patriot-System an die Ukraine ab",
           "BUKAREST (Zeitung) - Rumänien wird der Ukraine eines seiner Patriot-Flugabwehrsysteme überlassen. Das "
           "beschloss der Oberste Verteidigungsrat am Dienstag. Moskau drohte mit Konsequenzen."),
    report("RC-EN-03", "en", EN, "2027-03-16", "eu-fund",
           "EU agrees 5 billion euros for Ukraine military aid from peace facility",
           "BRUSSELS, March 16 (Wire) - European Union governments agreed on Tuesday to put 5 billion euros into a "
           "new fund for military aid to Ukraine under the European Peace Facility."),
    report("RC-FR-03", "fr", FR2, "2027-03-16", "x-talks",
           "Négociations : Kiev et Moscou échangent des prisonniers à Istanbul",
           "ISTANBUL (Journal) - Les délégations n'ont pas progressé sur un cessez-le-feu, a reconnu mardi la "
           "diplomatie turque.",
           relevant=False),
]

DAYS = {"A": DAY_A, "B": DAY_B, "C": DAY_C}
SHUFFLES = 6  # the file's order and 5 shuffles, then newest first: 7 orders

# What the probe leaves: (check, day, dates) -> what is read instead (strict xfails), from the first run.
# Nothing is left: day B's Patriot pair, kept apart at the first run by the German report's recall 'Deutschland hat
# bislang drei Patriot-Systeme übergeben' (read as a delivery of 3 the English report lacks), joins since fix59b reads
# a giving told as given so far as background (bot/core/stories/evidence/told_so_far.py).
LEFT: dict[tuple[str, str, str], str] = {}


BUSY_DAYS = BusyDays(DAYS, SHUFFLES, LEFT)


# The six checks every held-out probe runs (tests/support/busy_days.py).
TestBusyDays = busy_day_probe_tests(BUSY_DAYS)
