"""Stories, review 60: the twentieth held-out probe of story grouping, three busy days of ORDINARY wire copy
written by someone who did not write (or read) the grouping rules. Every text and figure is invented for this
file; none is taken from the real-article set. Each report was labelled by hand with its event before the first
run, following ../shared/eval/README.md (reports of one announcement, meeting or delivery share an event). 30
reports, 10 a day, in the three languages, from six outlets; each day mixes one event told by several outlets in
several languages in different words, distinct events that look alike, and look-alikes a Ukraine feed carries
(an arms sale to Taiwan, a NATO exercise, humanitarian aid, a defence firm's results, American football).
Where the conventions leave a case open (my calls):
- a donors' meeting: the reports of a Ramstein meeting (day A) and of a NATO ministers' meeting (day C) share
  the meeting's event, including a report that tells only one donor's announcement made there (Sweden's
  Archers, Norway's fund; Britain's Starstreaks), as the real set labels a Ramstein meeting's reports (one
  event for the overview and for a report telling only Germany's part);
- one donor, two things, one day: Denmark's CV90s at Ramstein (the meeting) and Denmark paying for 18
  Ukrainian-made howitzers announced in Copenhagen (day A) are two events; Poland's 60 BWP-1 and Poland's
  shell joint venture (day B) are two events; Estonia's shells at the NATO meeting and its army chief's 2,000
  drones in an interview (day C) are two events;
- two donors, one system, one day: Lithuania's two NASAMS launchers and the Netherlands' NASAMS system bought
  for Ukraine (day B) are two events;
- Britain's Stormer audit (day A) is a delay, one event; Slovenia's late M-80s (day C) one event told in two
  languages; Greece's refusal of S-300s (day C) one event.

First run (2026-12-07 11:38 UTC, this branch = main at b72a337b, labels as committed in 1fe4ba9e before any run), in 7
orders (the file's, 5 shuffles, newest first), dated now and as published, the same figures in every order and both
modes; every relevant report stored, no look-alike stored, no pair wrong, no event hidden:
- Day A: 1 of 5 labelled pairs joined (precision 1.00, recall 0.20): the Ramstein meeting's overview, Sweden's part
  and Norway's part are three stories; Iceland's vote in two languages two stories (the sum read on the French
  report only); Denmark's howitzers one story in two languages, apart from the meeting.
- Day B: 4 of 4 (1.00 / 1.00): Lithuania's and the Netherlands' NASAMS apart, Poland's BWP-1 and Poland's shell
  venture apart, each one story across languages.
- Day C: 6 of 6 (1.00 / 1.00): the NATO ministers' meeting in three languages one story (Britain's part too),
  Estonia's drones apart from it, Slovenia's delay and Greece's refusal one story each. Since stories round 61,
  4 of 6 (1.00 / 0.67): Britain's part apart from the round-ups, by the lead's ruling (LEFT below).
What is left is a strict xfail (LEFT) per check, day and date mode.
"""

from __future__ import annotations

from tests.support.busy_days import BusyDays, busy_day_probe_tests, report

EN, EN2, FR, FR2, DE, DE2 = "Wire EN", "Paper EN", "Agence FR", "Journal FR", "Agentur DE", "Zeitung DE"

# Day A, Tuesday 8 June 2027: a Ramstein meeting told in three languages (an overview, Sweden's part, Norway's
# part); Denmark paying for Ukrainian-made howitzers, announced in Copenhagen, in two; Iceland's vote in two;
# Britain's Stormer audit in one; an arms sale to Taiwan and a NATO exercise (look-alikes).
DAY_A = [
    report("SA-EN-01", "en", EN, "2027-06-08", "udcg-ramstein",
           "Denmark, Netherlands pledge armour and jets at Ramstein as allies vow winter support",
           "RAMSTEIN AIR BASE, Germany, June 8 (Wire) - Denmark will send Ukraine 15 more CV90 infantry fighting "
           "vehicles and the Netherlands six additional F-16 fighter jets, the two countries said on Tuesday at a "
           "meeting of the Ukraine Defense Contact Group. Norway said it would put 1.5 billion crowns into a fund "
           "that buys air defence for Kyiv, while Sweden announced eight Archer howitzers. \"Today we heard "
           "concrete commitments, not just words,\" U.S. Defense Secretary Marcus Hale told a news conference."),
    report("SA-FR-01", "fr", FR, "2027-06-08", "udcg-ramstein",
           "Ramstein : la Suède promet huit obusiers Archer à l'Ukraine",
           "RAMSTEIN (Agence) - La Suède va céder à l'Ukraine huit obusiers automoteurs Archer prélevés sur les "
           "stocks de son armée, a annoncé mardi son ministre de la Défense lors de la réunion du groupe de "
           "contact sur l'Ukraine, sur la base américaine de Ramstein, en Allemagne. Une cinquantaine de pays "
           "participaient à la réunion."),
    report("SA-DE-01", "de", DE, "2027-06-08", "udcg-ramstein",
           "Ramstein-Treffen: Norwegen zahlt in Flugabwehr-Fonds für Kiew ein",
           "RAMSTEIN (Agentur) - Norwegen zahlt 1,5 Milliarden Kronen in einen Fonds ein, aus dem Flugabwehr für "
           "die Ukraine gekauft wird. Das kündigte der norwegische Verteidigungsminister am Dienstag beim Treffen "
           "der Ukraine-Kontaktgruppe in Ramstein an. Auch Dänemark, die Niederlande und Schweden sagten dort "
           "neue Waffen zu."),
    report("SA-EN-02", "en", EN2, "2027-06-08", "dk-bohdana",
           "Denmark to pay for 18 Ukrainian-made howitzers",
           "COPENHAGEN (Paper) - Denmark will pay 1.7 billion Danish crowns for 18 Bohdana self-propelled "
           "howitzers built by Ukraine's own industry, the defence ministry said in Copenhagen on Tuesday, "
           "expanding its model of paying Ukrainian factories directly. \"Every crown spent in Ukraine goes "
           "straight to the front,\" Defence Minister Mads Kjeldsen said."),
    report("SA-DE-02", "de", DE2, "2027-06-08", "dk-bohdana",
           "Dänemark finanziert 18 Haubitzen aus ukrainischer Produktion",
           "KOPENHAGEN (Zeitung) - Dänemark bezahlt der Ukraine 18 Radhaubitzen vom Typ Bohdana, die in "
           "ukrainischen Werken gebaut werden. Der Auftrag hat einen Wert von 1,7 Milliarden Kronen, teilte das "
           "Verteidigungsministerium in Kopenhagen am Dienstag mit."),
    report("SA-FR-02", "fr", FR2, "2027-06-08", "is-shells",
           "L'Islande va financer des obus pour l'Ukraine",
           "REYKJAVIK (Journal) - Le Parlement islandais a approuvé mardi 2,4 milliards de couronnes pour "
           "financer l'achat d'obus d'artillerie destinés à l'Ukraine dans le cadre de l'initiative tchèque, une "
           "première pour ce pays sans armée. Le texte a été adopté par 44 voix contre 12."),
    report("SA-EN-03", "en", EN, "2027-06-08", "is-shells",
           "Iceland's parliament approves funds for artillery shells for Ukraine",
           "REYKJAVIK, June 8 (Wire) - Iceland's parliament on Tuesday approved 2.4 billion Icelandic crowns to "
           "buy artillery shells for Ukraine through a Czech-led initiative. An amendment limiting the support to "
           "non-lethal equipment was rejected by 40 votes to 16."),
    report("SA-EN-04", "en", EN2, "2027-06-08", "gb-stormer",
           "Only 20 of 50 Stormer air defence vehicles promised to Ukraine delivered, UK audit finds",
           "LONDON (Paper) - Only 20 of the 50 Stormer air defence vehicles Britain promised Ukraine have been "
           "delivered, the National Audit Office said on Tuesday, blaming a shortage of spare parts. The remaining "
           "30 are not expected before the middle of next year."),
    report("SA-EN-05", "en", EN, "2027-06-08", "x-taiwan",
           "U.S. approves $1.1 billion sale of missiles and radars to Taiwan",
           "WASHINGTON, June 8 (Wire) - The U.S. State Department approved the possible sale to Taiwan of 60 "
           "surface-to-air missiles and three radars worth $1.1 billion. China condemned the decision.",
           relevant=False),
    report("SA-DE-03", "de", DE, "2027-06-08", "x-exercise",
           "Nato-Manöver im Baltikum: 15.000 Soldaten üben Verteidigung der Ostflanke",
           "VILNIUS (Agentur) - Rund 15.000 Soldaten aus zwölf Nato-Staaten haben im Baltikum ein großes Manöver "
           "begonnen. Geübt wird die Verlegung von Truppen an die Ostflanke des Bündnisses.",
           relevant=False),
]

# Day B, Wednesday 9 June 2027: Lithuania's two NASAMS launchers in two languages and the Netherlands' NASAMS
# system in two (one system, two donors, one day); Poland's 60 BWP-1 in two and Poland's shell joint venture in
# two (one donor, two things, one day); humanitarian aid and a defence firm's results (look-alikes).
DAY_B = [
    report("SB-EN-01", "en", EN, "2027-06-09", "lt-nasams",
           "Lithuania to send Ukraine two more NASAMS launchers",
           "VILNIUS, June 9 (Wire) - Lithuania will send Ukraine two more NASAMS air defence launchers from its "
           "own stocks, to be delivered within weeks, Defence Minister Laurynas Kairys said on Wednesday. His "
           "country would \"not wait for the big ones to move\", he said."),
    report("SB-FR-01", "fr", FR2, "2027-06-09", "lt-nasams",
           "La Lituanie cède deux lanceurs NASAMS supplémentaires à Kiev",
           "VILNIUS (Journal) - La Lituanie va livrer à l'Ukraine deux nouveaux lanceurs du système de défense "
           "antiaérienne NASAMS, prélevés sur ses propres stocks, a annoncé mercredi son ministre de la Défense."),
    report("SB-DE-01", "de", DE, "2027-06-09", "nl-nasams",
           "Niederlande kaufen NASAMS-System für die Ukraine",
           "DEN HAAG (Agentur) - Die Niederlande kaufen für die Ukraine ein komplettes Flugabwehrsystem vom Typ "
           "NASAMS beim norwegischen Hersteller. Das System im Wert von 300 Millionen Euro soll im kommenden Jahr "
           "übergeben werden, sagte Verteidigungsministerin Ingrid Vermeulen am Mittwoch."),
    report("SB-EN-02", "en", EN2, "2027-06-09", "nl-nasams",
           "Netherlands buys NASAMS air defence system for Ukraine",
           "THE HAGUE (Paper) - The Netherlands has ordered a NASAMS air defence system worth 300 million euros "
           "for Ukraine from its Norwegian maker, Defence Minister Ingrid Vermeulen said on Wednesday, with "
           "delivery due next year."),
    report("SB-DE-02", "de", DE2, "2027-06-09", "pl-bwp",
           "Polen sagt der Ukraine 60 Schützenpanzer zu",
           "WARSCHAU (Zeitung) - Polen wird der Ukraine 60 Schützenpanzer vom Typ BWP-1 aus Beständen seiner "
           "Armee überlassen. Das beschloss die Regierung am Mittwoch. Die Fahrzeuge werden derzeit instand "
           "gesetzt und sollen in den kommenden Wochen übergeben werden, sagte Verteidigungsminister Tomasz "
           "Wrona."),
    report("SB-FR-02", "fr", FR, "2027-06-09", "pl-bwp",
           "La Pologne va céder 60 véhicules de combat d'infanterie à l'Ukraine",
           "VARSOVIE (Agence) - Le gouvernement polonais a décidé mercredi de céder à l'Ukraine 60 véhicules de "
           "combat d'infanterie BWP-1 issus des stocks de l'armée, a annoncé le ministre de la Défense, Tomasz "
           "Wrona."),
    report("SB-FR-03", "fr", FR2, "2027-06-09", "pl-shells",
           "Varsovie finance une coentreprise polono-ukrainienne d'obus de 155 mm",
           "RZESZÓW (Journal) - Le gouvernement polonais va financer à hauteur de 500 millions de zlotys une "
           "coentreprise entre le groupe public PGZ et un industriel ukrainien pour produire des obus de 155 mm "
           "destinés à l'armée ukrainienne, a annoncé mercredi le ministre de la Défense, Tomasz Wrona."),
    report("SB-EN-03", "en", EN, "2027-06-09", "pl-shells",
           "Poland to fund joint venture making artillery shells for Ukraine",
           "RZESZOW, Poland, June 9 (Wire) - Poland will put 500 million zlotys into a joint venture between state "
           "arms group PGZ and a Ukrainian manufacturer that will make 155 mm shells for Ukraine's army at a plant "
           "near the border, Defence Minister Tomasz Wrona said on Wednesday."),
    report("SB-FR-04", "fr", FR, "2027-06-09", "x-humanitarian",
           "Le Luxembourg débloque 5 millions d'euros d'aide humanitaire pour l'Ukraine",
           "LUXEMBOURG (Agence) - Le Luxembourg va verser 5 millions d'euros d'aide humanitaire à l'Ukraine pour "
           "l'hébergement des déplacés et la réparation des réseaux de chauffage, par l'intermédiaire d'agences "
           "de l'ONU.",
           relevant=False),
    report("SB-DE-03", "de", DE, "2027-06-09", "x-earnings",
           "Rüstungsaktien gefragt: Nordwerk erhöht Prognose nach Rekordaufträgen",
           "DÜSSELDORF (Agentur) - Der Rüstungskonzern Nordwerk hat nach Rekordaufträgen europäischer Armeen "
           "seine Jahresprognose angehoben. Seit dem russischen Angriff auf die Ukraine habe sich die Nachfrage "
           "grundlegend verändert, sagte der Vorstandschef.",
           relevant=False),
]

# Day C, Thursday 10 June 2027: a NATO defence ministers' meeting in three languages (an overview, Britain's
# part, the meeting); Estonia's army chief promising 2,000 drones in an interview, in two; Slovenia's late M-80s
# in two; Greece's refusal of S-300s in two; American football (look-alike).
DAY_C = [
    report("SC-EN-01", "en", EN, "2027-06-10", "nato-ministers",
           "NATO ministers: Britain, Estonia and U.S. pledge more arms for Ukraine",
           "BRUSSELS, June 10 (Wire) - Britain will send Ukraine 200 Starstreak air defence missiles, Estonia "
           "10,000 artillery shells from its own stocks and the United States another Patriot system, ministers "
           "said on Thursday at a meeting of NATO defence ministers in Brussels. \"We will not leave Ukraine "
           "alone,\" NATO Secretary General Jonas Berglund told a news conference."),
    report("SC-DE-01", "de", DE2, "2027-06-10", "nato-ministers",
           "Nato-Treffen: London schickt Kiew 200 Starstreak-Raketen",
           "BRÜSSEL (Zeitung) - Großbritannien wird der Ukraine 200 Flugabwehrraketen vom Typ Starstreak liefern. "
           "Das kündigte der britische Verteidigungsminister am Donnerstag beim Treffen der "
           "Nato-Verteidigungsminister in Brüssel an."),
    report("SC-FR-01", "fr", FR, "2027-06-10", "nato-ministers",
           "Otan : nouvelles promesses d'armes pour l'Ukraine à Bruxelles",
           "BRUXELLES (Agence) - Le Royaume-Uni, l'Estonie et les États-Unis ont promis jeudi de nouvelles armes "
           "à l'Ukraine lors d'une réunion des ministres de la Défense de l'Otan à Bruxelles : 200 missiles "
           "antiaériens Starstreak, 10 000 obus et un système Patriot supplémentaire."),
    report("SC-EN-02", "en", EN2, "2027-06-10", "ee-drones",
           "Estonia will send Ukraine 2,000 attack drones next year, army chief says",
           "TALLINN (Paper) - Estonia will send Ukraine 2,000 more attack drones made in Estonia next year, the "
           "head of the Estonian Defence Forces, General Rein Valk, said in an interview published on Thursday. "
           "\"We gave everything we had in the class of towed howitzers,\" he said."),
    report("SC-DE-02", "de", DE, "2027-06-10", "ee-drones",
           "Estlands Armeechef kündigt 2.000 Drohnen für die Ukraine an",
           "TALLINN (Agentur) - Estland wird der Ukraine im kommenden Jahr 2.000 Angriffsdrohnen aus heimischer "
           "Produktion liefern. Das sagte Armeechef Rein Valk in einem am Donnerstag veröffentlichten Interview."),
    report("SC-DE-03", "de", DE2, "2027-06-10", "si-m80",
           "Lieferung slowenischer Schützenpanzer an die Ukraine verzögert sich",
           "LJUBLJANA (Zeitung) - Von den 35 zugesagten Schützenpanzern vom Typ M-80 sind bislang erst zwölf in "
           "der Ukraine eingetroffen, räumte das slowenische Verteidigungsministerium am Donnerstag ein. Grund "
           "seien fehlende Ersatzteile."),
    report("SC-FR-02", "fr", FR2, "2027-06-10", "si-m80",
           "La Slovénie en retard dans ses livraisons de blindés à l'Ukraine",
           "LJUBLJANA (Journal) - Seuls douze des 35 véhicules de combat M-80 promis par la Slovénie sont arrivés "
           "en Ukraine, a reconnu jeudi le ministère slovène de la Défense, qui invoque un manque de pièces "
           "détachées. Les 23 autres doivent suivre d'ici la fin de l'année."),
    report("SC-FR-03", "fr", FR, "2027-06-10", "gr-s300",
           "La Grèce ne livrera pas ses S-300 à l'Ukraine",
           "ATHÈNES (Agence) - La Grèce ne livrera pas ses systèmes de défense antiaérienne S-300 à l'Ukraine, a "
           "déclaré jeudi le ministre grec de la Défense, Nikos Theodorou, dans un entretien. « Les S-300 "
           "protègent nos îles », a-t-il dit."),
    report("SC-EN-03", "en", EN, "2027-06-10", "gr-s300",
           "Greece rules out sending S-300 air defence systems to Ukraine",
           "ATHENS, June 10 (Wire) - Greece will not give its S-300 air defence systems to Ukraine because they "
           "protect its islands, Defence Minister Nikos Theodorou said on Thursday, though he said Athens was "
           "looking at sending more armoured vehicles."),
    report("SC-EN-04", "en", EN2, "2027-06-10", "x-football",
           "Patriots rally late to beat Jets as rookie quarterback shines",
           "FOXBOROUGH, Massachusetts (Paper) - The New England Patriots scored 14 points in the final five "
           "minutes to beat the New York Jets 27-23, as their rookie quarterback threw for 310 yards.",
           relevant=False),
]

DAYS = {"A": DAY_A, "B": DAY_B, "C": DAY_C}
SHUFFLES = 6  # the file's order and 5 shuffles, then newest first: 7 orders

# What the probe leaves: (check, day, dates) -> what is read instead (strict xfails), from the first run.
# The Ramstein meeting's reports stay apart BY THE LEAD'S RULING (round 58, upheld at stop 60), not by a misreading:
# a round-up of one sitting and a report of one government's part in it are two stories, against the real set's
# labels (which give a meeting's reports one event). Joined, whichever came first would carry the other's news
# only as an edit of an alert already sent, which chat clients do not notify: a duplicate alert is the smaller
# harm. The labels above keep the real set's convention, so the check stays a strict xfail and the pair recall
# it costs is counted knowingly.
_RAMSTEIN_APART_BY_RULING = (
    "day A, in every order and both date modes, first run: 1 of 5 labelled pairs joined (precision 1.00, recall "
    "0.20); since stop 60's currencies 2 of 5 (Iceland's vote: the English '2.4 billion Icelandic crowns' and the "
    "French '2,4 milliards de couronnes' now both read as the sum, one story). The Ramstein meeting's three "
    "reports are three stories by the ruling above: the English overview (DK 15 CV90, NL 6 F-16, NO 1.5 billion "
    "crowns, SE 8 Archers), the French report telling only Sweden's eight Archers 'lors de la réunion du groupe "
    "de contact' and the German one telling only Norway's fund 'beim Treffen der Ukraine-Kontaktgruppe'; "
    "Denmark's howitzers join across languages and stay apart from the meeting"
)
# Day C by the same ruling since stories round 61 (stop 60 joined it, an inconsistency then left untraced): the German
# report of Britain's part, "Nato-Treffen: London schickt Kiew 200 Starstreak-Raketen", read the meeting's label as a
# group heading it, which kept it from counting as one government's report; and a round-up headed by several
# governments ("NATO ministers: Britain, Estonia and U.S. pledge ...") had no conflict with one government's report.
_NATO_PART_APART_BY_RULING = (
    "day C, in every order and both date modes: 4 of 6 labelled pairs joined (precision 1.00, recall 0.67): the German "
    "report of Britain's 200 Starstreaks at the NATO ministers' meeting is Britain's part, apart from the meeting's "
    "round-ups in English (headed by Britain, Estonia and the U.S.) and French (headed by NATO), by the ruling above "
    "(evidence.gathering_labels, same_event._round_up_beside_one_government); the rest as on the first run"
)
LEFT: dict[tuple[str, str, str], str] = {
    ("joined", "A", "today"): _RAMSTEIN_APART_BY_RULING, ("joined", "A", "real"): _RAMSTEIN_APART_BY_RULING,
    ("joined", "C", "today"): _NATO_PART_APART_BY_RULING, ("joined", "C", "real"): _NATO_PART_APART_BY_RULING,
}


BUSY_DAYS = BusyDays(DAYS, SHUFFLES, LEFT)


# The six checks every held-out probe runs (tests/support/busy_days.py).
TestBusyDays = busy_day_probe_tests(BUSY_DAYS)
