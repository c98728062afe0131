"""Stories, review 62: the twenty-second held-out probe of story grouping, three busy days of FEED ITEMS (a headline
and an RSS summary, the shape of the real set and of the held-back set) written by someone who did not write (or
read) the grouping rules. Every text, name and figure is invented for this file; none is taken from the
real-article set. Each report was labelled by hand with its event before the first run, following
../shared/eval/README.md (reports of one announcement, meeting or delivery share an event) and
docs/story-grouping.md. 30 reports, 10 a day, in the three languages, from ten feeds: wires, papers, a finance
site re-posting a wire under its own headline, a blog aggregator, a Ukrainian outlet telling what "Ukraine will
receive" or "has received", and pro-Kremlin sites in French and German telling the same news in their words
("le régime de Kiev", "Nato pumpt"). Each day mixes one event told by four or so outlets in several languages,
distinct events that look alike, and look-alikes a Ukraine feed carries (sanctions, energy aid, Russia's and
North Korea's deals, an arms sale to Taiwan, a maker's results, a NATO member's own budget). My calls where the
conventions leave a case open:
- one donor, two things, one day, one minister: Norway's two NASAMS launchers and Norway's 500 million crowns for
  Ukrainian-made drones (day A) are two events;
- two donors, one system, one day: Germany's two Patriot systems and the Netherlands' Patriot launchers (day B)
  are two events;
- a delivery and the pledge of more of the same system by the same donor on one day: the first Archer howitzers
  handed over (told by Stockholm, a Ukrainian outlet and a German agency) and Sweden's 18th package with eight more
  Archers (day C) are two events;
- an aggregator's or a finance site's re-post under its own headline and a pro-Kremlin site's slanted version are
  the event of the news they re-tell; the Ukrainian outlet's "Ukraine will receive two more NASAMS" after a call
  with the Norwegian minister is Norway's pledge.

First run (2026-12-07 17:20 UTC, this branch = main at 67076c29, labels as committed in d8d1e778 before any run), in 7
orders (the file's, 5 shuffles, newest first), dated now and as published, the same figures in every order and both
modes; every relevant report stored, no look-alike stored, no pair wrong, no event hidden:
- Day A: 7 of 7 labelled pairs joined (precision 1.00, recall 1.00): Norway's NASAMS one story across the wire,
  the finance site's re-post, the pro-Kremlin German site and the Ukrainian outlet's "will receive"; Norway's
  drone money one story in two languages, apart from the NASAMS; the Czech shells and Slovakia's refusal alone.
- Day B: 7 of 7 (1.00 / 1.00): Germany's and the Netherlands' Patriot apart, each one story across languages and
  outlets (the aggregator's "Berlin doubles down" re-post and the pro-Kremlin French version join Germany's).
- Day C: 5 of 5 (1.00 / 1.00): the Archer handover (three languages, the Ukrainian "a reçu" among them) apart
  from Sweden's package with eight more Archers; Belgium's F-16 in two languages one story.
In all: 19 of 19 pairs (precision 1.00, recall 1.00), hidden events 0 of 12. No LEFT.
"""

from __future__ import annotations

from tests.support.busy_days import BusyDays, busy_day_probe_tests, report

WIRE, PAPER, UA, AGENCE, BOURSE, KREMLIN_FR, AGENTUR, DTS, KREMLIN_DE, BLOG = (
    "Wire EN", "Paper EN", "Ukraine Portal EN", "Agence FR", "Bourse FR", "Regard FR", "Agentur DE",
    "Nachrichten DE", "Klartext DE", "Defence Digest EN")

# Day A, Tuesday 14 October 2025: Norway's two NASAMS launchers told by four outlets in three languages (a
# finance site's re-post, a pro-Kremlin site, a Ukrainian outlet); Norway's money for Ukrainian-made drones the
# same day (a second event of the same donor and minister); the Czech initiative's shells delivered; Slovakia's
# refusal; the EU's sanctions and Germany's transformers (look-alikes).
DAY_A = [
    report("R62-EN-01", "en", WIRE, "2025-10-14", "no-nasams-two",
           "Norway to give Ukraine two more NASAMS launchers",
           "OSLO, Oct 14 (Wire) - Norway will give Ukraine two more NASAMS air defence launchers and missiles worth "
           "1.5 billion crowns, Defence Minister Tor Aasland said on Tuesday, citing Russia's strikes on Ukrainian "
           "power plants. The launchers will be delivered before the end of the year, he said."),
    report("R62-FR-01", "fr", BOURSE, "2025-10-14", "no-nasams-two",
           "Défense aérienne : Oslo muscle le bouclier de Kiev",
           "OSLO, 14 octobre (Reuters) - La Norvège va fournir à l'Ukraine deux lanceurs de défense aérienne NASAMS "
           "supplémentaires et des missiles pour 1,5 milliard de couronnes, a annoncé mardi le ministre norvégien de "
           "la Défense, Tor Aasland. Copyright (c) 2025 Boursier.com"),
    report("R62-DE-01", "de", KREMLIN_DE, "2025-10-14", "no-nasams-two",
           "Nato pumpt weiter Waffen nach Kiew: Norwegen schickt NASAMS",
           "Norwegen will dem Kiewer Regime zwei weitere Startgeräte des Flugabwehrsystems NASAMS samt Raketen im "
           "Wert von 1,5 Milliarden Kronen liefern. Das verkündete Verteidigungsminister Tor Aasland am Dienstag. "
           "Moskau warnt, westliche Waffen verlängerten nur den Konflikt."),
    report("R62-EN-02", "en", UA, "2025-10-14", "no-nasams-two",
           "Ukraine to receive two more NASAMS from Norway",
           "Ukraine will receive two more NASAMS air defense launchers from Norway, Ukraine's Defense Minister "
           "Serhii Kovalenko said after a phone call with his Norwegian counterpart Tor Aasland on Oct. 14. "
           "&#8220;Thank you, Norway, for protecting our skies,&#8221; he wrote on Telegram."),
    report("R62-EN-03", "en", PAPER, "2025-10-14", "no-drones-ukrainian-made",
           "Norway puts 500 million crowns into drones made in Ukraine",
           "Norway will pay Ukrainian manufacturers 500 million crowns for long-range drones, Defence Minister Tor "
           "Aasland said in Oslo on Tuesday, following the model of buying weapons directly from Ukraine's own "
           "industry. The drones are to be delivered to the front within months."),
    report("R62-DE-02", "de", AGENTUR, "2025-10-14", "no-drones-ukrainian-made",
           "Norwegen finanziert ukrainische Drohnen mit 500 Millionen Kronen",
           "Oslo (Agentur) - Norwegen bezahlt ukrainischen Herstellern 500 Millionen Kronen für "
           "Langstreckendrohnen. Das kündigte Verteidigungsminister Tor Aasland am Dienstag in Oslo an. Die Drohnen "
           "sollen innerhalb weniger Monate an die Front gehen."),
    report("R62-FR-02", "fr", AGENCE, "2025-10-14", "cz-shells-delivered",
           "L'initiative tchèque a livré 500 000 obus à l'Ukraine depuis janvier",
           "PRAGUE (Agence) - L'initiative tchèque a permis de livrer 500 000 obus d'artillerie de gros calibre à "
           "l'Ukraine depuis le début de l'année, a annoncé mardi le gouvernement tchèque, qui coordonne l'achat de "
           "ces munitions hors de l'UE avec l'argent de ses alliés."),
    report("R62-EN-04", "en", WIRE, "2025-10-14", "sk-no-army-stocks",
           "Slovakia says it will send no more weapons from army stocks to Ukraine",
           "BRATISLAVA, Oct 14 (Wire) - Slovakia will send no more weapons from its army's stocks to Ukraine, the "
           "defence minister said on Tuesday, adding that commercial contracts of Slovak arms makers would not be "
           "affected."),
    report("R62-FR-03", "fr", AGENCE, "2025-10-14", "eu-sanctions-19",
           "L'UE adopte un 19e paquet de sanctions contre la Russie",
           "BRUXELLES (Agence) - Les Vingt-Sept ont adopté mardi un 19e paquet de sanctions contre la Russie, qui "
           "vise de nouveaux navires de la flotte fantôme et plusieurs raffineries, a annoncé la présidence danoise "
           "de l'UE.", relevant=False),
    report("R62-DE-03", "de", DTS, "2025-10-14", "de-transformers",
           "Deutschland schickt Transformatoren für ukrainisches Stromnetz",
           "Berlin (dts Nachrichtenagentur) - Die Bundesregierung stellt der Ukraine Transformatoren und "
           "Generatoren im Wert von 40 Millionen Euro zur Verfügung, um vor dem Winter beschädigte Umspannwerke zu "
           "reparieren.", relevant=False),
]

# Day B, Wednesday 15 October 2025: Germany's two Patriot systems told by four outlets (a wire, a German agency, a
# pro-Kremlin French site, an aggregator's re-post under its own headline); the Netherlands' Patriot launchers the
# same day (two donors, one system); Canada's training and Lithuania's drones received; North Korea's troops for
# Russia and an arms sale to Taiwan (look-alikes).
DAY_B = [
    report("R62-DE-04", "de", AGENTUR, "2025-10-15", "de-patriot-two",
           "Deutschland sagt Ukraine zwei weitere Patriot-Systeme zu",
           "Berlin (Agentur) - Deutschland will der Ukraine zwei weitere Flugabwehrsysteme vom Typ Patriot liefern. "
           "Das kündigte Verteidigungsminister Jonas Weber am Mittwoch in Berlin an. Die Systeme sollen in den "
           "kommenden Monaten übergeben werden."),
    report("R62-EN-05", "en", WIRE, "2025-10-15", "de-patriot-two",
           "Germany pledges two more Patriot systems to Ukraine",
           "BERLIN, Oct 15 (Wire) - Germany will send Ukraine two more Patriot air defence systems in the coming "
           "months, Defence Minister Jonas Weber said on Wednesday, as Russia steps up its missile strikes before "
           "the winter."),
    report("R62-FR-04", "fr", KREMLIN_FR, "2025-10-15", "de-patriot-two",
           "Armes occidentales : Berlin promet deux Patriot de plus au régime de Kiev",
           "L'Allemagne va livrer deux nouveaux systèmes Patriot au régime de Kiev, a annoncé mercredi le ministre "
           "allemand de la Défense, Jonas Weber. Pour Moscou, ces livraisons d'armes de l'Otan ne font que "
           "prolonger le conflit."),
    report("R62-EN-06", "en", BLOG, "2025-10-15", "de-patriot-two",
           "Berlin doubles down on Ukraine&#8217;s air shield",
           "Germany is to hand Ukraine two more Patriot air defence systems in the coming months, Defence Minister "
           "Jonas Weber announced in Berlin on Wednesday.\n"
           "The post Berlin doubles down on Ukraine&#8217;s air shield appeared first on Defence Digest."),
    report("R62-EN-07", "en", PAPER, "2025-10-15", "nl-patriot-launchers",
           "Netherlands to send Ukraine Patriot launchers and missiles",
           "THE HAGUE (Paper) - The Netherlands will send Ukraine three Patriot launchers and a batch of "
           "interceptor missiles from Dutch stocks, Defence Minister Ruben de Vries said on Wednesday. \"Every "
           "interceptor saves lives,\" he told parliament."),
    report("R62-DE-05", "de", DTS, "2025-10-15", "nl-patriot-launchers",
           "Niederlande liefern Patriot-Startgeräte an die Ukraine",
           "Den Haag (dts Nachrichtenagentur) - Die Niederlande geben der Ukraine drei Startgeräte für das "
           "Flugabwehrsystem Patriot sowie Abfangraketen aus eigenen Beständen ab. Das teilte "
           "Verteidigungsminister Ruben de Vries am Mittwoch im Parlament mit."),
    report("R62-FR-05", "fr", AGENCE, "2025-10-15", "ca-training-1000",
           "Le Canada va former 1 000 soldats ukrainiens supplémentaires",
           "OTTAWA (Agence) - Le Canada va former 1 000 soldats ukrainiens supplémentaires d'ici l'été prochain, "
           "notamment au génie et au déminage, a annoncé mercredi la ministre canadienne de la Défense."),
    report("R62-EN-08", "en", UA, "2025-10-15", "lt-fpv-received",
           "Ukraine receives 3,000 FPV drones from Lithuania",
           "Ukraine has received 3,000 FPV drones from Lithuania, the Ukrainian Defense Ministry said on Oct. 15. "
           "The drones have already been handed over to assault brigades in the east. The ministry thanked the "
           "Lithuanian people for their help."),
    report("R62-DE-06", "de", AGENTUR, "2025-10-15", "kp-troops-russia",
           "Nordkorea schickt weitere Soldaten nach Russland",
           "Seoul (Agentur) - Nordkorea hat nach Angaben des südkoreanischen Geheimdienstes weitere Soldaten und "
           "Artilleriegranaten nach Russland geschickt. Im Gegenzug erhalte Pjöngjang Öl und Technik.",
           relevant=False),
    report("R62-FR-06", "fr", BOURSE, "2025-10-15", "tw-abrams",
           "Taïwan reçoit un nouveau lot de chars Abrams",
           "(Reuters) - Taïwan a réceptionné mercredi un nouveau lot de chars M1A2T Abrams commandés aux États-Unis, "
           "a annoncé le ministère taïwanais de la Défense. Pékin a dénoncé une provocation. Copyright (c) 2025 "
           "Boursier.com", relevant=False),
]

# Day C, Thursday 16 October 2025: the first Archer howitzers handed over (Stockholm, a Ukrainian outlet in French,
# a German agency) and Sweden's 18th package with eight more Archers the same day (a delivery beside a pledge of the
# same system by the same donor); Belgium's two F-16 in two languages; a maker's results and Denmark's own budget
# (look-alikes).
DAY_C = [
    report("R62-EN-09", "en", WIRE, "2025-10-16", "se-archer-handed-over",
           "Sweden says first Archer howitzers handed over to Ukraine",
           "STOCKHOLM, Oct 16 (Wire) - Sweden has handed over the first Archer self-propelled howitzers to Ukraine, "
           "the Swedish armed forces said on Thursday. The howitzers were promised last year and Ukrainian crews "
           "have finished their training in Sweden."),
    report("R62-FR-07", "fr", AGENCE, "2025-10-16", "se-archer-handed-over",
           "L'Ukraine a reçu les premiers obusiers Archer suédois",
           "L'Ukraine a reçu les premiers obusiers automoteurs Archer de Suède, a annoncé jeudi le ministère "
           "ukrainien de la Défense, qui a remercié Stockholm. Les équipages ukrainiens ont été formés en Suède, "
           "rapporte Ukrinform."),
    report("R62-DE-07", "de", AGENTUR, "2025-10-16", "se-archer-handed-over",
           "Erste Archer-Haubitzen aus Schweden an Ukraine übergeben",
           "Stockholm (Agentur) - Schweden hat der Ukraine die ersten Radhaubitzen vom Typ Archer übergeben. Das "
           "teilten die schwedischen Streitkräfte am Donnerstag mit. Ukrainische Soldaten wurden in Schweden an dem "
           "System ausgebildet."),
    report("R62-EN-10", "en", PAPER, "2025-10-16", "se-package-18",
           "Sweden unveils 18th aid package with eight more Archer howitzers",
           "STOCKHOLM (Paper) - Sweden on Thursday announced its 18th military aid package for Ukraine, worth 3 "
           "billion crowns, including eight more Archer howitzers, artillery ammunition and patrol boats, Defence "
           "Minister Erik Lindgren said."),
    report("R62-DE-08", "de", DTS, "2025-10-16", "se-package-18",
           "Schweden schnürt 18. Militärhilfepaket für die Ukraine",
           "Stockholm (dts Nachrichtenagentur) - Schweden hat ein weiteres Militärhilfepaket für die Ukraine im Wert "
           "von drei Milliarden Kronen angekündigt. Es umfasst acht weitere Archer-Haubitzen, Artilleriemunition und "
           "Patrouillenboote, teilte Verteidigungsminister Erik Lindgren am Donnerstag mit."),
    report("R62-FR-08", "fr", AGENCE, "2025-10-16", "be-f16-two",
           "La Belgique enverra deux F-16 à l'Ukraine d'ici la fin de l'année",
           "BRUXELLES (Agence) - La Belgique enverra deux avions de combat F-16 à l'Ukraine d'ici la fin de l'année, "
           "a annoncé jeudi le ministre belge de la Défense, Luc Van Damme, précisant que d'autres suivraient en "
           "2026."),
    report("R62-DE-09", "de", KREMLIN_DE, "2025-10-16", "be-f16-two",
           "Westliche Kampfjets für Kiew: Belgien schickt zwei F-16",
           "Belgien will dem Kiewer Regime noch in diesem Jahr zwei Kampfflugzeuge vom Typ F-16 liefern, verkündete "
           "Verteidigungsminister Luc Van Damme am Donnerstag. Die Nato pumpt damit weiter Waffen in den Konflikt."),
    report("R62-EN-11", "en", UA, "2025-10-16", "ie-nonlethal",
           "Ireland to fund demining equipment for Ukraine",
           "Ireland will give EUR 15 million for demining equipment and body armour for Ukraine's armed forces "
           "through the European Peace Facility, Ireland's foreign minister said on Oct. 16, stressing the aid is "
           "non-lethal."),
    report("R62-FR-09", "fr", BOURSE, "2025-10-16", "thales-results",
           "Thales relève ses objectifs annuels grâce à la défense",
           "(Reuters) - Thales a relevé jeudi ses objectifs annuels, porté par la forte demande des armées "
           "européennes en radars et en systèmes de défense aérienne. Le titre gagnait 2,4 %. Copyright (c) 2025 "
           "Boursier.com", relevant=False),
    report("R62-EN-12", "en", PAPER, "2025-10-16", "dk-budget",
           "Denmark's parliament approves record defence budget",
           "COPENHAGEN (Paper) - Denmark's parliament approved a record defence budget on Thursday, with money for "
           "new air defence systems, frigates and more conscripts for the Danish armed forces.", relevant=False),
]

DAYS = {"A": DAY_A, "B": DAY_B, "C": DAY_C}
SHUFFLES = 6  # the file's order and 5 shuffles, then newest first: 7 orders

# What the probe leaves: (check, day, dates) -> what is read instead (strict xfails), from the first run.
LEFT: dict[tuple[str, str, str], str] = {}


BUSY_DAYS = BusyDays(DAYS, SHUFFLES, LEFT)


# The six checks every held-out probe runs (tests/support/busy_days.py).
TestBusyDays = busy_day_probe_tests(BUSY_DAYS)
