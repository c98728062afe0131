"""Stories, review 51: the eleventh held-out probe of story grouping, three small busy days of reports written
by someone who did not write the grouping rules. Every text and figure is invented for this file; none is
taken from the real-article set. Each report was labelled by hand with its event before the first run,
following ../shared/eval/README.md (reports of one announcement, meeting or delivery share an event).
The traps: one donor with two distinct events on one day (Germany hands over an IRIS-T system at a base in
Poland and, hours later, its chancellor pledges new howitzers at a conference), beside the donor's own
army reordering guns (a look-alike); one announcement told in three languages by three outlets, an
untitled live-blog entry about it and an outlet's correction of its figure the next day; a parliament's vote
on a supplemental on the same day; a pledge and its delivery a day later; a Czech-led shell scheme's delivery
told three ways (by the scheme, by a payer, by the recipient). Where the conventions leave a case open:
- Germany's delivery and its new pledge are two events (two acts: a handover and an announcement, at
  different places, of different things), though one donor, one day and one kind of outlet tell them;
- an outlet's correction of its own figure the next day ("CORRECTED-") reports the same announcement: the
  announcement's event (the cut of review 50's day A was a new decision; a correction is none);
- the live entry telling the Dutch drones belongs to the Dutch announcement's event;
- Norway's pledge (Thursday) and the arrival of the launchers (Friday) are two events (an announcement and a
  delivery);
- the scheme's delivery told by Prague, by Denmark (which paid for it) and by Kyiv is one delivery: one event.

First run (2026-12-06 07:52 UTC, this branch = main at 263f62d, labels as committed in 2424536 before any run;
load average about 6.6), in 7 orders (the file's, 5 shuffles, newest first), dated now and as published, the
same in both date modes and every order:
- Day A: 7 of 7 relevant stored; 5 pairs; precision 1.00, recall 1.00, no event hidden. Germany's handover
  and its new pledge stay apart; the Bundeswehr's reorder is not stored.
- Day B: 6 of 7 relevant stored; 7 pairs among them; precision 1.00, recall 1.00, no event hidden. The
  correction of the next day joins its announcement; the untitled live entry about the Dutch drones is not
  stored (LEFT says why).
- Day C: 6 of 7 relevant stored; 3 pairs; precision 1.00, recall 0.67, no event hidden. Norway's pledge and
  the launchers' arrival stay apart; Kyiv's French report of the Czech-scheme shells is not stored, and the
  Danish report of those shells stays apart from Prague's (LEFT says why).
After round 51 (tests/rules/test_rules_relevance_51.py: paying Ukrainian makers and the nouns of receipt next to
Ukraine are support words), the same in every order and both date modes:
- Day B: 7 of 7 relevant stored; 11 pairs; precision 1.00, recall 1.00, no event hidden: the live entry joins
  the Dutch announcement's story.
- Day C: 7 of 7 relevant stored; 5 pairs; precision 1.00, recall 0.40 (2 of 5), no event hidden: Kyiv's report
  is stored but stays alone, and Denmark's stays apart from Prague's (LEFT says why).
What is left is a strict xfail (LEFT) per check, day and date mode.
"""

from __future__ import annotations

from tests.support.busy_days import BusyDays, busy_day_probe_tests, report

EN, EN2, FR, FR2, DE, DE2 = "Wire EN", "Paper EN", "Agence FR", "Journal FR", "Agentur DE", "Zeitung DE"

# Day A, Monday 10 April 2028: Germany's two events (an IRIS-T handed over, new howitzers pledged), the
# Bundeswehr's reorder (a look-alike) and Canada's Commons vote.
DAY_A = [
    report("SA-EN-01", "en", EN, "2028-04-10", "de-iris-handover",
           "Germany hands Ukraine its ninth IRIS-T air defence system",
           "RZESZOW, April 10 (Wire) - Germany handed Ukraine its ninth IRIS-T SLM air defence system at a "
           "logistics base in south-eastern Poland on Monday, the German defence ministry said. The system, "
           "with its radar and three launchers, will protect a city in central Ukraine."),
    report("SA-DE-01", "de", DE, "2028-04-10", "de-iris-handover",
           "Neuntes IRIS-T-System an die Ukraine übergeben",
           "BERLIN (Agentur) - Deutschland hat der Ukraine am Montag das neunte Flugabwehrsystem vom Typ IRIS-T "
           "SLM übergeben. Die Übergabe fand nach Angaben des Verteidigungsministeriums auf einem "
           "Logistikstützpunkt in Polen statt."),
    report("SA-EN-02", "en", EN2, "2028-04-10", "de-howitzer-pledge",
           "Merz pledges 18 more howitzers for Ukraine at Berlin security conference",
           "BERLIN (Paper) - Chancellor Friedrich Merz on Monday pledged 18 more PzH 2000 self-propelled "
           "howitzers for Ukraine, to be built by industry and delivered from 2029, in a speech to a security "
           "conference in Berlin. The order is worth about 1.1 billion euros."),
    report("SA-FR-01", "fr", FR, "2028-04-10", "de-howitzer-pledge",
           "Merz promet 18 nouveaux obusiers PzH 2000 à l'Ukraine",
           "BERLIN (Agence) - Le chancelier allemand Friedrich Merz a promis lundi 18 obusiers automoteurs PzH "
           "2000 supplémentaires à l'Ukraine, lors d'une conférence sur la sécurité à Berlin. Les canons, "
           "commandés à l'industrie pour 1,1 milliard d'euros, seront livrés à partir de 2029."),
    report("SA-DE-02", "de", DE2, "2028-04-10", "de-howitzer-pledge",
           "Merz sagt Kiew 18 weitere Panzerhaubitzen zu",
           "BERLIN (Zeitung) - Bundeskanzler Friedrich Merz hat der Ukraine 18 weitere Panzerhaubitzen 2000 "
           "zugesagt. Die Geschütze im Wert von rund 1,1 Milliarden Euro sollen ab 2029 geliefert werden, sagte "
           "er am Montag auf einer Sicherheitskonferenz in Berlin."),
    report("SA-DE-03", "de", DE, "2028-04-10", "x-bw-reorder",
           "Bundeswehr ersetzt an Kiew abgegebene Flugabwehr",
           "KOBLENZ (Agentur) - Die Bundeswehr bestellt sechs neue IRIS-T-SLM-Systeme für die eigene Truppe, um "
           "die an die Ukraine abgegebenen Systeme zu ersetzen. Der Vertrag mit Diehl Defence wurde am Montag "
           "unterzeichnet.",
           relevant=False),
    report("SA-EN-03", "en", EN, "2028-04-10", "ca-vote",
           "Canada's Commons passes C$1.5 bln in military aid for Ukraine",
           "OTTAWA, April 10 (Wire) - Canada's House of Commons on Monday passed a supplementary spending bill "
           "with C$1.5 billion in military aid for Ukraine, including drones and armoured vehicles."),
    report("SA-FR-02", "fr", FR2, "2028-04-10", "ca-vote",
           "Ottawa : les Communes adoptent 1,5 milliard de dollars d'aide militaire pour Kiev",
           "OTTAWA (Journal) - La Chambre des communes a adopté lundi un projet de loi de crédits supplémentaires "
           "qui prévoit 1,5 milliard de dollars canadiens d'aide militaire à l'Ukraine."),
]

# Day B, Tuesday 18 and Wednesday 19 April 2028: the Netherlands' drone pledge in three languages, a live
# entry and an outlet's correction the next day; Sweden's Riksdag vote; humanitarian aid (a look-alike).
DAY_B = [
    report("SB-EN-01", "en", EN, "2028-04-18", "nl-drones",
           "Netherlands to fund 600 long-range drones for Ukraine",
           "THE HAGUE, April 18 (Wire) - The Netherlands will pay 400 million euros for 600 long-range strike "
           "drones built by Ukrainian manufacturers, Defence Minister Ruben Brekelmans said on Tuesday."),
    report("SB-FR-01", "fr", FR2, "2028-04-18", "nl-drones",
           "Les Pays-Bas financent 600 drones à longue portée pour l'Ukraine",
           "LA HAYE (Journal) - Les Pays-Bas vont consacrer 400 millions d'euros à l'achat de 600 drones "
           "d'attaque à longue portée auprès de fabricants ukrainiens, a annoncé mardi le ministre néerlandais "
           "de la Défense."),
    report("SB-DE-01", "de", DE2, "2028-04-18", "nl-drones",
           "Den Haag bezahlt 600 Langstreckendrohnen für Kiew",
           "DEN HAAG (Zeitung) - Die Niederlande finanzieren für 400 Millionen Euro die Fertigung von 600 "
           "Langstreckendrohnen in der Ukraine. Das teilte das Verteidigungsministerium am Dienstag mit."),
    report("SB-EN-02", "en", EN2, "2028-04-18", "nl-drones",
           "",
           "15:32 GMT - The Netherlands will pay Ukrainian firms 400 million euros for 600 long-range drones, "
           "the Dutch defence minister has just announced in The Hague. More to follow."),
    report("SB-EN-03", "en", EN, "2028-04-19", "nl-drones",
           "CORRECTED-Netherlands to fund 600 long-range drones for Ukraine",
           "(Corrects value of order in paragraph 1 to 400 million euros, not 500 million)\nTHE HAGUE (Wire) - "
           "The Netherlands will pay 400 million euros for 600 long-range strike drones built by Ukrainian "
           "manufacturers, the Dutch defence minister said on Tuesday."),
    report("SB-FR-02", "fr", FR, "2028-04-18", "se-vote",
           "Le Parlement suédois vote une rallonge de 8 milliards de couronnes pour Kiev",
           "STOCKHOLM (Agence) - Le Riksdag a approuvé mardi une rallonge budgétaire de 8 milliards de "
           "couronnes pour l'aide militaire à l'Ukraine, qui financera notamment des canons Archer et des "
           "munitions."),
    report("SB-DE-02", "de", DE, "2028-04-18", "se-vote",
           "Schwedens Reichstag billigt weitere acht Milliarden Kronen für Kiews Armee",
           "STOCKHOLM (Agentur) - Der schwedische Reichstag hat am Dienstag zusätzliche acht Milliarden Kronen "
           "Militärhilfe für die Ukraine gebilligt. Davon sollen unter anderem Archer-Haubitzen und Munition "
           "bezahlt werden."),
    report("SB-EN-04", "en", EN2, "2028-04-18", "x-humanitarian",
           "EU sends 500 generators to Ukraine's hospitals ahead of spring storms",
           "BRUSSELS (Paper) - The European Union's civil protection mechanism delivered 500 generators and "
           "water pumps to Ukrainian hospitals on Tuesday.",
           relevant=False),
]

# Day C, Thursday 27 and Friday 28 April 2028: Norway's NASAMS pledge and their arrival the next day; the
# Czech-led scheme's shells told by Prague, Copenhagen and Kyiv; North Korean shells for Russia (a look-alike).
DAY_C = [
    report("SC-EN-01", "en", EN, "2028-04-27", "no-pledge",
           "Norway to send Ukraine two more NASAMS launchers",
           "OSLO, April 27 (Wire) - Norway will send Ukraine two more NASAMS air defence launchers from its own "
           "army within days, Defence Minister Tore Sandvik said on Thursday."),
    report("SC-DE-01", "de", DE2, "2028-04-27", "no-pledge",
           "Norwegen schickt Kiew zwei weitere NASAMS-Startgeräte",
           "OSLO (Zeitung) - Norwegen wird der Ukraine in den kommenden Tagen zwei weitere Startgeräte des "
           "Flugabwehrsystems NASAMS aus Beständen der Armee überlassen, teilte das Verteidigungsministerium am "
           "Donnerstag mit."),
    report("SC-FR-01", "fr", FR, "2028-04-28", "no-delivered",
           "Les deux lanceurs NASAMS norvégiens sont arrivés en Ukraine",
           "OSLO (Agence) - Les deux lanceurs NASAMS promis jeudi par la Norvège sont arrivés en Ukraine, a "
           "annoncé vendredi le ministère norvégien de la Défense."),
    report("SC-EN-02", "en", EN2, "2028-04-28", "no-delivered",
           "Norwegian NASAMS launchers reach Ukraine a day after pledge",
           "OSLO (Paper) - Two NASAMS launchers that Norway pledged on Thursday have arrived in Ukraine, the "
           "Norwegian defence ministry said on Friday."),
    report("SC-EN-03", "en", EN, "2028-04-27", "cz-shells",
           "Czech-led scheme delivers 200,000 more shells to Ukraine",
           "PRAGUE, April 27 (Wire) - The Czech-led ammunition initiative delivered another 200,000 large-"
           "calibre shells to Ukraine this month, the Czech government said on Thursday."),
    report("SC-DE-02", "de", DE, "2028-04-27", "cz-shells",
           "Dänisch bezahlte Granaten aus Prager Initiative in der Ukraine eingetroffen",
           "KOPENHAGEN (Agentur) - 200.000 Artilleriegranaten, die Dänemark über die tschechische "
           "Munitionsinitiative bezahlt hat, sind in der Ukraine eingetroffen. Das teilte das dänische "
           "Verteidigungsministerium am Donnerstag mit."),
    report("SC-FR-02", "fr", FR2, "2028-04-27", "cz-shells",
           "Kiev confirme la réception de 200 000 obus de l'initiative tchèque",
           "KIEV (Journal) - Le ministère ukrainien de la Défense a confirmé jeudi avoir reçu 200 000 obus de "
           "gros calibre achetés dans le cadre de l'initiative pilotée par Prague et financés par le Danemark."),
    report("SC-EN-04", "en", EN2, "2028-04-27", "x-korea",
           "North Korea sent Russia 1 million more shells this year, Seoul says",
           "SEOUL (Paper) - North Korea has shipped about a million artillery shells and dozens of rocket "
           "launchers to Russia since January, South Korea's intelligence agency said on Thursday.",
           relevant=False),
]

DAYS = {"A": DAY_A, "B": DAY_B, "C": DAY_C}
SHUFFLES = 6  # the file's order and 5 shuffles, then newest first: 7 orders

# What the probe leaves: (check, day, dates) -> what is read instead (strict xfails), from the first run.
_PAYER_APART = (
    "SC-DE-02 (Denmark's report: 'Granaten, die Dänemark über die tschechische Munitionsinitiative bezahlt "
    "hat, sind in der Ukraine eingetroffen', read as (DK, ammunition, delivered, 200000)) stays apart from "
    "SC-EN-03 (Prague's: 'The Czech-led ammunition initiative delivered another 200,000 ... shells', read as "
    "(CZ, ammunition, delivered, 200000)): the payer and the scheme are two donors to the grouping, though "
    "the count, the day and the delivery are one; Kyiv's report (SC-FR-02), stored since round 51, stays alone: no "
    "pledge is read in it, and it names both Prague's scheme and Denmark. Left on purpose: a payer's report joined "
    "to the scheme's by the scheme, the day and the count would join two payers' deliveries of one size under one "
    "scheme through it (a hidden event, the worse error), and Prague's report names no payer to tell them apart")
LEFT: dict[tuple[str, str, str], str] = {
    ("joined", "C", "today"): _PAYER_APART, ("joined", "C", "real"): _PAYER_APART,
}


BUSY_DAYS = BusyDays(DAYS, SHUFFLES, LEFT)


# The six checks every held-out probe runs (tests/support/busy_days.py).
TestBusyDays = busy_day_probe_tests(BUSY_DAYS)
