"""Stories, review 57: the seventeenth held-out probe of story grouping, three small busy days of reports written
by someone who did not write the grouping rules. Every text and figure is invented for this file; none is
taken from the real-article set. Each report was labelled by hand with its event before the first run,
following ../shared/eval/README.md (reports of one announcement, meeting or delivery share an event).
The traps: one package told with its counts in words in one language and in digits in the others ("twenty-four
howitzers", "24 obusiers", "vierundzwanzig Haubitzen"); one donor (Spain) with two distinct events on one day,
half of its promised Leopards delivered and an auditors' report on how its donated weapons were tracked that
recalls the same Leopards; Taiwan's HIMARS in a headline in capitals and a basketball score in number words as
look-alikes; a court dismissing a lawsuit against Norway's NASAMS told in three languages beside Norway's own
promise of drones the same day; two donors' shells stuck at the same Polish border on one day (Czech shells at
a rail terminal, Lithuanian shells held by farmers), each told twice, with grain lorries at that border and a
court stopping arms for Israel as look-alikes; and Italy's decree told with "the government" under a Brussels
dateline beside a report naming Italy, Portugal's helicopters told with "die Regierung" under a Kyiv dateline,
a Swedish package as an all-caps flash and its full version in the same feed, and a Flemish region paying for
drones, with a city's fire engines and a church's ambulances as look-alikes. Where the conventions leave a
case open:
- Spain's delivery of half its Leopards and the auditors' report on its donated weapons are two events (a
  ministry's announcement and an audit), even where the audit recalls the Leopards;
- the court's dismissal of the suit against Norway's NASAMS is one event in three languages; Norway's drone
  promise the same day is another;
- the Czech and the Lithuanian shells stuck at the border are two events (two donors, two causes), though both
  are shells stuck at the Polish border on one day;
- the caps flash and the full version of Sweden's package, and a German report of it, are one event;
- the Italian decree told with "the government" and told with "Italy" is one event.

First run (2026-12-07 02:50 UTC, this branch = main at fef27625, labels as committed in e10cf95f before any run; load
average 12-17, other helpers running), in 7 orders (the file's, 5 shuffles, newest first), dated now and as published;
every relevant report stored and no look-alike stored on any day, no event hidden, no pair wrong:
- Day A: 4 of 5 pairs joined, none wrong (precision 1.00, recall 0.80) in every order and both date modes: the
  Finnish package in words and in digits is one story in three languages, Spain's half-delivered Leopards stay
  apart from the auditors' report, but the English and German reports of the audit stay apart (LEFT says why).
- Day B: 4 of 6 pairs joined, none wrong (1.00 / 0.67) in every order and both date modes: Norway's drones stay
  apart from the court, the Czech and the Lithuanian shells stuck at one border stay two stories, each joined;
  the court's dismissal joins only two of its three reports.
- Day C: 5 of 5 pairs joined, none wrong (1.00 / 1.00) in every order and both date modes: the caps flash joins
  its full version and the German report, Italy's decree told by "the government" joins the report naming Italy,
  and Portugal's helicopters under a Kyiv dateline join the Lisbon report.
What is left is a strict xfail (LEFT) per check, day and date mode.
Stop 58 (stories58): day B joined in both date modes, every order: the Lithuanian shells' French and German
reports both read (LT, ammunition, pledged, 8000) once a border's nationality keeps no dateline city as a giver
and the blocking farmers' nationality gives nothing, their blocking telling the shells stuck (promised).
Stop 59 (stories59): day A joined in both date modes, every order (5 of 5 pairs, none wrong), after the lead's ruling
on audits of past giving (bot/core/pledges/special_pieces/audits.py): the German report reads the Spanish weapons "an
die Ukraine abgegebenen" delivered (an attributive participle of handing over, as "gelieferten") and, in an audit,
the 300
anti-tank weapons of a sentence with no cue of its own as the deliveries audited (ES, small_arms, delivered, 300),
which the English lead reads too; two audits of one government agreeing on the deliveries and naming the same day
join however unalike their words (0.14), and an audit stays apart from a report that is none (the half-delivered
Leopards, 0.50 alike, kept apart before only by sharing no figure).
"""

from __future__ import annotations

from tests.support.busy_days import BusyDays, busy_day_probe_tests, report

EN, EN2, FR, FR2, DE, DE2 = "Wire EN", "Paper EN", "Agence FR", "Journal FR", "Agentur DE", "Zeitung DE"

# Day A, Tuesday 9 May 2028: Finland's package in words and digits; Spain's half-delivered Leopards and an
# auditors' report on Spain's donated weapons; Taiwan's HIMARS in capitals and basketball (look-alikes).
DAY_A = [
    report("RA-EN-01", "en", EN, "2028-05-09", "fi-package",
           "Finland to send twenty-four more howitzers and a hundred and twenty drones to Ukraine",
           "HELSINKI, May 9 (Wire) - Finland will send Ukraine twenty-four more 155mm howitzers and a hundred and "
           "twenty reconnaissance drones in its thirty-first aid package, the defence ministry said on Tuesday."),
    report("RA-FR-01", "fr", FR, "2028-05-09", "fi-package",
           "La Finlande va envoyer 24 obusiers et 120 drones à l'Ukraine",
           "HELSINKI (Agence) - La Finlande enverra à l'Ukraine 24 obusiers de 155 mm et 120 drones de "
           "reconnaissance dans le cadre de son 31e paquet d'aide, a annoncé mardi le ministère de la Défense."),
    report("RA-DE-01", "de", DE, "2028-05-09", "fi-package",
           "Finnland schickt vierundzwanzig Haubitzen und hundertzwanzig Drohnen in die Ukraine",
           "HELSINKI (Agentur) - Finnland wird der Ukraine vierundzwanzig weitere Haubitzen vom Kaliber 155 "
           "Millimeter und hundertzwanzig Aufklärungsdrohnen liefern, teilte das Verteidigungsministerium am "
           "Dienstag mit."),
    report("RA-EN-02", "en", EN2, "2028-05-09", "es-half",
           "Spain has delivered half of the Leopard tanks it promised Ukraine",
           "MADRID (Paper) - Spain has delivered half of the 40 Leopard 2A4 tanks it promised Ukraine last year, "
           "the defence ministry said on Tuesday, adding that the rest would follow by the autumn."),
    report("RA-FR-02", "fr", FR2, "2028-05-09", "es-half",
           "L'Espagne a livré la moitié des Leopard promis à Kiev",
           "MADRID (Journal) - L'Espagne a livré à l'Ukraine la moitié des 40 chars Leopard 2A4 promis l'an "
           "dernier, a indiqué mardi le ministère de la Défense. Le reste suivra d'ici à l'automne."),
    report("RA-EN-03", "en", EN, "2028-05-09", "es-audit",
           "Spanish auditors fault tracking of weapons donated to Ukraine",
           "MADRID, May 9 (Wire) - Spain's Court of Audit said on Tuesday the defence ministry had kept incomplete "
           "records of the weapons it donated to Ukraine, including spare parts for the Leopard 2A4 tanks, and "
           "could not say what 300 anti-tank launchers had cost."),
    report("RA-DE-02", "de", DE2, "2028-05-09", "es-audit",
           "Spaniens Rechnungshof rügt Buchführung über Waffen für Kiew",
           "MADRID (Zeitung) - Der spanische Rechnungshof hat dem Verteidigungsministerium eine lückenhafte "
           "Dokumentation der an die Ukraine abgegebenen Waffen vorgeworfen. Die Kosten von 300 "
           "Panzerabwehrwaffen seien nicht nachvollziehbar, hieß es am Dienstag."),
    report("RA-EN-04", "en", EN2, "2028-05-09", "x-taiwan",
           "TAIWAN TO BUY 40 MORE HIMARS LAUNCHERS FROM U.S.",
           "TAIPEI (Paper) - Taiwan will buy 40 more HIMARS rocket launchers from the United States to deter an "
           "invasion, the island's defence ministry said on Tuesday.",
           relevant=False),
    report("RA-EN-05", "en", EN, "2028-05-09", "x-basketball",
           "Twenty-four points from Shevchuk power Ukraine past Latvia",
           "RIGA, May 9 (Wire) - The guard fired from long range as Ukraine's basketball team beat Latvia 88-81 "
           "on Tuesday to keep its qualifying hopes alive.",
           relevant=False),
]

# Day B, Tuesday 16 May 2028: a court dismissing a suit against Norway's NASAMS (three languages) and Norway's
# drone promise; Czech and Lithuanian shells stuck at the Polish border; grain lorries and Israel (look-alikes).
DAY_B = [
    report("RB-EN-01", "en", EN, "2028-05-16", "no-court",
           "Oslo court dismisses lawsuit against NASAMS deliveries to Ukraine",
           "OSLO, May 16 (Wire) - A court in Oslo on Tuesday dismissed a lawsuit by a pacifist group seeking to "
           "block the delivery of 6 NASAMS launchers that Norway promised Ukraine in March."),
    report("RB-FR-01", "fr", FR, "2028-05-16", "no-court",
           "Norvège : la justice rejette un recours contre la livraison de NASAMS à Kiev",
           "OSLO (Agence) - Un tribunal d'Oslo a rejeté mardi le recours d'un groupe pacifiste qui voulait "
           "empêcher la livraison à l'Ukraine des 6 lanceurs NASAMS promis par la Norvège en mars."),
    report("RB-DE-01", "de", DE, "2028-05-16", "no-court",
           "Gericht in Oslo weist Klage gegen NASAMS-Lieferung an Kiew ab",
           "OSLO (Agentur) - Ein Gericht in Oslo hat am Dienstag die Klage einer pazifistischen Gruppe gegen die "
           "Lieferung von 6 NASAMS-Startgeräten an die Ukraine abgewiesen, die Norwegen im März zugesagt hatte."),
    report("RB-EN-02", "en", EN2, "2028-05-16", "no-drones",
           "Norway to fund 500 Ukrainian-made drones",
           "OSLO (Paper) - Norway will pay for 500 long-range drones built by Ukrainian manufacturers, the defence "
           "ministry said on Tuesday, in a deal worth 1 billion Norwegian crowns."),
    report("RB-FR-02", "fr", FR2, "2028-05-16", "no-drones",
           "La Norvège financera 500 drones fabriqués en Ukraine",
           "OSLO (Journal) - La Norvège financera l'achat de 500 drones à longue portée produits par l'industrie "
           "ukrainienne, pour un milliard de couronnes, a annoncé mardi le ministère de la Défense."),
    report("RB-EN-03", "en", EN, "2028-05-16", "cz-stuck",
           "Rail bottleneck on Polish border holds up Czech shells bound for Ukraine",
           "PRAGUE, May 16 (Wire) - Some 30,000 artillery shells bought by the Czech-led initiative for Ukraine "
           "are stuck at a rail terminal on the Polish border because of a shortage of wagons, officials said on "
           "Tuesday."),
    report("RB-DE-02", "de", DE2, "2028-05-16", "cz-stuck",
           "Tschechische Granaten für Kiew stecken an polnischer Grenze fest",
           "PRAG (Zeitung) - Rund 30.000 Artilleriegranaten aus der tschechischen Munitionsinitiative für die "
           "Ukraine stecken wegen fehlender Güterwagen an einem Bahnterminal an der polnischen Grenze fest, "
           "hieß es am Dienstag."),
    report("RB-FR-03", "fr", FR, "2028-05-16", "lt-stuck",
           "Des obus lituaniens pour l'Ukraine bloqués à la frontière polonaise",
           "VARSOVIE (Agence) - Des camions transportant 8 000 obus offerts par la Lituanie à l'Ukraine sont "
           "bloqués depuis lundi à la frontière polono-ukrainienne par des agriculteurs en colère, a indiqué "
           "mardi Vilnius."),
    report("RB-DE-03", "de", DE, "2028-05-16", "lt-stuck",
           "Landwirte blockieren litauische Munition für die Ukraine",
           "WARSCHAU (Agentur) - Polnische Landwirte blockieren an der Grenze zur Ukraine Lastwagen mit 8.000 "
           "Artilleriegranaten, die Litauen der Ukraine geschenkt hat, teilte die Regierung in Vilnius am "
           "Dienstag mit."),
    report("RB-DE-04", "de", DE2, "2028-05-16", "x-grain",
           "Lkw-Stau an der polnisch-ukrainischen Grenze: Fahrer warten tagelang",
           "WARSCHAU (Zeitung) - Wegen Protesten von Landwirten stehen Hunderte Lastwagen mit ukrainischem "
           "Getreide an der Grenze, teilte der polnische Zoll am Dienstag mit.",
           relevant=False),
    report("RB-EN-04", "en", EN2, "2028-05-16", "x-israel",
           "Court orders halt to F-35 parts exports to Israel",
           "THE HAGUE (Paper) - Judges ruled on Tuesday that the government had failed to weigh the risk of "
           "violations in Gaza when it approved the exports.",
           relevant=False),
]

# Day C, Tuesday 23 May 2028: Italy's decree ("the government" under a Brussels dateline, and named); Portugal's
# helicopters ("die Regierung" under a Kyiv dateline, and named); Sweden's package as a caps flash, its full
# version and a German report; a Flemish region's drones; a city's fire engines and a church's ambulances.
DAY_C = [
    report("RC-EN-01", "en", EN, "2028-05-23", "it-decree",
           "Italy approves new arms decree for Ukraine with a second SAMP/T",
           "BRUSSELS, May 23 (Wire) - The government has approved its eleventh military aid decree for Ukraine, "
           "which includes a second SAMP/T air defence system and 5,000 artillery shells, officials said on "
           "Tuesday on the sidelines of a NATO meeting."),
    report("RC-FR-01", "fr", FR, "2028-05-23", "it-decree",
           "L'Italie adopte un onzième décret d'aide militaire à l'Ukraine",
           "ROME (Agence) - Le gouvernement italien a adopté mardi un onzième décret d'aide militaire à l'Ukraine, "
           "comprenant un deuxième système SAMP/T et 5 000 obus d'artillerie."),
    report("RC-DE-01", "de", DE, "2028-05-23", "pt-helis",
           "Portugal schickt sechs Hubschrauber in die Ukraine",
           "KIEW (Agentur) - Die Regierung hat am Dienstag die Lieferung von sechs Hubschraubern und 14 "
           "Schützenpanzerwagen vom Typ M113 an die Ukraine gebilligt, sagte der Verteidigungsminister bei einem "
           "Besuch in Kiew."),
    report("RC-FR-02", "fr", FR2, "2028-05-23", "pt-helis",
           "Le Portugal enverra six hélicoptères et des blindés à l'Ukraine",
           "LISBONNE (Journal) - Le Portugal enverra à l'Ukraine six hélicoptères et 14 véhicules blindés M113, a "
           "annoncé mardi le ministre de la Défense."),
    report("RC-EN-02", "en", EN2, "2028-05-23", "se-package",
           "FLASH: SWEDEN TO SEND 50 CV90 VEHICLES, 8 ARCHER GUNS TO KYIV",
           "STOCKHOLM (Paper) - Sweden will send Ukraine 50 CV90 vehicles and 8 Archer guns, the government said "
           "on Tuesday. More to follow."),
    report("RC-EN-03", "en", EN2, "2028-05-23", "se-package",
           "Sweden to send Ukraine 50 CV90 vehicles and 8 Archer howitzers in 20th package",
           "STOCKHOLM (Paper) - Sweden will send Ukraine 50 more CV90 infantry fighting vehicles and 8 Archer "
           "howitzers in its 20th military aid package, worth 7 billion Swedish crowns, the government said on "
           "Tuesday."),
    report("RC-DE-02", "de", DE2, "2028-05-23", "se-package",
           "Schweden liefert der Ukraine 50 CV90 und acht Archer-Haubitzen",
           "STOCKHOLM (Zeitung) - Schweden wird der Ukraine 50 Schützenpanzer vom Typ CV90 und acht "
           "Archer-Haubitzen liefern, teilte die Regierung am Dienstag mit. Das Paket hat einen Wert von 7 "
           "Milliarden Kronen."),
    report("RC-EN-04", "en", EN, "2028-05-23", "be-flanders",
           "Flemish government to pay for drones for Ukraine's army",
           "BRUSSELS, May 23 (Wire) - The Flemish government will pay 20 million euros for reconnaissance drones "
           "for Ukraine's armed forces, the regional premier said on Tuesday."),
    report("RC-EN-05", "en", EN2, "2028-05-23", "x-antwerp",
           "Antwerp donates 12 fire engines to Ukrainian city of Zaporizhzhia",
           "ANTWERP (Paper) - The trucks and their equipment left the port city on Tuesday, the mayor said.",
           relevant=False),
    report("RC-DE-03", "de", DE, "2028-05-23", "x-church",
           "Landeskirche sammelt zwei Millionen Euro für Krankenwagen in der Ukraine",
           "STUTTGART (Agentur) - Die Fahrzeuge sollen Kliniken in Charkiw und Odessa versorgen, teilte die "
           "evangelische Kirche am Dienstag mit.",
           relevant=False),
]

DAYS = {"A": DAY_A, "B": DAY_B, "C": DAY_C}
SHUFFLES = 6  # the file's order and 5 shuffles, then newest first: 7 orders

# What the probe leaves: (check, day, dates) -> what is read instead (strict xfails), from the first run.
# Day A's auditors' report (two stories: the German headline's verbless "Waffen für Kiew" read as a promise against
# the English lead's donated weapons) was mended at stop 59 (see the docstring): none left.
LEFT: dict[tuple[str, str, str], str] = {}


BUSY_DAYS = BusyDays(DAYS, SHUFFLES, LEFT)


# The six checks every held-out probe runs (tests/support/busy_days.py).
TestBusyDays = busy_day_probe_tests(BUSY_DAYS)
