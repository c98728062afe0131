"""Stories, review 54: the fourteenth held-out probe of story grouping, three small busy days of reports written
by someone who did not write the grouping rules. Every text and figure is invented for this file; none is
taken from the real-article set. Each report was labelled by hand with its event before the first run,
following ../shared/eval/README.md (reports of one announcement, meeting or delivery share an event).
The traps: a day told as live blogs by three outlets (English, French, German), each entry a feed item headed
by its time ("LIVE 14:05 GMT -", "EN DIRECT, 14h20 -", "+++ 15:15 Uhr +++"), the entries on four donors'
announcements interleaved (Portugal's M113s, told a second time with shells added; Ireland's demining money;
Albania's mortar rounds; Croatia's Mi-8s), beside generators and grain exports told in the same blogs
(look-alikes); Italy's arms package announced by the government on a Monday and approved by parliament on
the Thursday, and Denmark and Germany each pledging Leopard 1A5 tanks on the same Monday (two events of the
same system and day), beside a NATO budget quarrel and a tank video game (look-alikes); Spain's promise of
two Hawk batteries and their arrival told by Kyiv nine days later, and Australia's all-caps flash with its
write-up, beside a film about the invasion and arms makers' shares (look-alikes). Where the conventions
leave a case open:
- each live entry is one report of the event it tells; Portugal's second entry adding 2,000 shells to the six
  M113s reports the same announcement (its event);
- the government's adoption of Italy's package (Monday) and parliament's approval of it (Thursday) are two
  events, as docs/story-grouping.md rules (round 25: a package's announcement and its vote are two steps,
  each a reader's alert; bot/core/stories/evidence/approvals.py). Label corrected after the first run: the labels
  committed before it (072dc1c3) made them one event (my call then: the vote adds no aid), which the house's
  convention contradicts; the first run is stated below under both labels;
- Denmark's and Germany's Leopard 1A5 pledges of the same day are two events (two givers), also where the
  French report of Germany's recalls Denmark's ("quelques heures après une annonce similaire du Danemark");
- the Hawk batteries' arrival, told by the receiving side, is a delivery: an event of its own, apart from
  the promise (as reviews 52 and 53 kept a delivery apart from its pledge).

First run (2026-12-06 17:06 UTC, this branch = main at 1d4d7578, labels as committed in 072dc1c3 before any run;
load average about 6), in 7 orders (the file's, 5 shuffles, newest first), dated now and as published; no
look-alike is stored on any day:
- Day A: 6 of 7 relevant stored in both date modes (Ireland's English live entry is not: LEFT says why); 2 of 2
  pairs among the stored joined (Portugal's two entries, the second adding shells; Croatia's two); precision
  1.00, recall 1.00, no event hidden. The interleaved entries of four donors never share a story.
- Day B, labels as corrected (the vote an event of its own): dated as published, 4 of 4 pairs joined, precision
  1.00, recall 1.00, nothing hidden; dated now, 3 of 4 pairs, 2 wrong (the German report of the vote joins the
  government's announcement), precision 0.60, recall 0.75, and the announcement's event hidden in 3 of 7
  orders (LEFT says why). Denmark's and Germany's Leopard 1A5 pledges of the same Monday stay two stories in
  every order. Under the labels committed before the run (announcement and vote one event): 5 of 8 pairs dated
  now (recall 0.62), 4 of 8 as published (0.50, Monday and Thursday being 72 hours apart), precision 1.00.
- Day C: 7 of 7 relevant stored; 5 of 5 pairs joined; precision 1.00, recall 1.00, nothing hidden, in both date
  modes: the Hawk batteries' arrival told by Kyiv nine days on stays apart from Spain's promise, and the
  all-caps flash joins its German write-up.
What is left is a strict xfail (LEFT) per check, day and date mode.
"""

from __future__ import annotations

from tests.support.busy_days import BusyDays, busy_day_probe_tests, report

EN, EN2, FR, FR2, DE, DE2 = "Wire EN", "Paper EN", "Agence FR", "Journal FR", "Agentur DE", "Zeitung DE"

# Day A, Tuesday 5 September 2028: two outlets' live blogs (English and French) and a German one, their entries
# on four donors' announcements interleaved; generators and grain exports (look-alikes).
DAY_A = [
    report("LA-EN-01", "en", EN, "2028-09-05", "pt-m113",
           "LIVE 14:05 GMT - Portugal to send Ukraine six more M113 carriers",
           "14:05 GMT - Portugal will send Ukraine six more M113 armoured personnel carriers from army stocks, the "
           "defence ministry in Lisbon says."),
    report("LA-FR-01", "fr", FR, "2028-09-05", "ie-demining",
           "EN DIRECT, 14h20 - L'Irlande finance du matériel de déminage pour l'Ukraine",
           "14h20 : l'Irlande débloque 12 millions d'euros pour des équipements de déminage destinés à l'armée "
           "ukrainienne, une aide « non létale », insiste Dublin."),
    report("LA-EN-02", "en", EN, "2028-09-05", "al-mortar",
           "LIVE 14:40 GMT - Albania hands Ukraine mortar rounds",
           "14:40 GMT - Albania has handed over a batch of mortar rounds from its army's stocks to Ukraine, Tirana "
           "says, without giving a number."),
    report("LA-FR-02", "fr", FR, "2028-09-05", "pt-m113",
           "EN DIRECT, 15h10 - Le Portugal livrera six M113 et 2 000 obus à Kiev",
           "15h10 : Lisbonne précise que son envoi de six blindés M113 à l'Ukraine comprendra aussi 2 000 obus "
           "de 155 mm."),
    report("LA-DE-01", "de", DE, "2028-09-05", "hr-mi8",
           "+++ 15:15 Uhr +++ Kroatien sagt der Ukraine acht Mi-8-Hubschrauber zu",
           "+++ 15:15 Uhr +++ Kroatien wird der Ukraine acht Transporthubschrauber vom Typ Mi-8 überlassen, teilt "
           "das Verteidigungsministerium in Zagreb mit."),
    report("LA-EN-03", "en", EN, "2028-09-05", "ie-demining",
           "LIVE 15:30 GMT - Ireland to fund EUR 12 million of demining kit for Ukraine",
           "15:30 GMT - Ireland's minister for defence confirms the €12 million for demining equipment, saying "
           "it stays within the country's non-lethal policy."),
    report("LA-FR-03", "fr", FR, "2028-09-05", "hr-mi8",
           "EN DIRECT, 16h05 - La Croatie cède huit hélicoptères Mi-8 à l'Ukraine",
           "16h05 : la Croatie va céder à l'Ukraine huit hélicoptères de transport Mi-8, annonce Zagreb."),
    report("LA-DE-02", "de", DE, "2028-09-05", "x-generators",
           "+++ 16:20 Uhr +++ THW schickt 150 Generatoren in die Ukraine",
           "+++ 16:20 Uhr +++ Das Technische Hilfswerk schickt 150 Stromgeneratoren für Krankenhäuser in "
           "Charkiw.",
           relevant=False),
    report("LA-EN-04", "en", EN, "2028-09-05", "x-grain",
           "LIVE 16:45 GMT - Ukraine's grain exports hit monthly record",
           "16:45 GMT - Ports near Odesa shipped a record 6.2 million tonnes of grain in August despite drone "
           "attacks, Ukraine's agriculture ministry says.",
           relevant=False),
]

# Day B, Monday 11 and Thursday 14 September 2028: Italy's package announced by the government and approved by
# parliament three days later; Denmark and Germany each pledging Leopard 1A5 tanks on the same Monday; a NATO
# budget quarrel and a tank video game (look-alikes).
DAY_B = [
    report("LB-EN-01", "en", EN, "2028-09-11", "it-package",
           "Italy's cabinet approves 13th arms package for Ukraine",
           "ROME, Sept 11 (Wire) - Italy's government approved on Monday a 13th military aid package for Ukraine "
           "worth €300 million, including missiles for the SAMP/T air defence system, and sent it to parliament."),
    report("LB-FR-01", "fr", FR, "2028-09-11", "it-package",
           "Rome adopte un treizième paquet d'aide militaire pour Kiev",
           "ROME (Agence) - Le gouvernement italien a adopté lundi un treizième paquet d'aide militaire à "
           "l'Ukraine, d'un montant de 300 millions d'euros, comprenant des missiles pour le système SAMP/T."),
    report("LB-DE-01", "de", DE, "2028-09-14", "it-vote",
           "Italiens Parlament billigt Waffenpaket für die Ukraine",
           "ROM (Agentur) - Das italienische Parlament hat am Donnerstag das 13. Militärhilfepaket für die "
           "Ukraine im Wert von 300 Millionen Euro gebilligt, das die Regierung am Montag beschlossen hatte."),
    report("LB-EN-02", "en", EN2, "2028-09-14", "it-vote",
           "Italian lawmakers back EUR 300 million Ukraine arms package",
           "ROME (Paper) - Italy's lower house on Thursday backed the government's €300 million military aid "
           "package for Ukraine, which includes SAMP/T missiles, by 298 votes to 61."),
    report("LB-DE-02", "de", DE2, "2028-09-11", "dk-leopard",
           "Dänemark schickt der Ukraine 25 weitere Leopard 1A5",
           "KOPENHAGEN (Zeitung) - Dänemark wird der Ukraine 25 weitere Kampfpanzer vom Typ Leopard 1A5 liefern, "
           "teilte das Verteidigungsministerium in Kopenhagen am Montag mit."),
    report("LB-EN-03", "en", EN, "2028-09-11", "dk-leopard",
           "Denmark pledges 25 more Leopard 1A5 tanks to Ukraine",
           "COPENHAGEN, Sept 11 (Wire) - Denmark will give Ukraine 25 more refurbished Leopard 1A5 tanks, the "
           "Danish defence ministry said on Monday."),
    report("LB-FR-02", "fr", FR2, "2028-09-11", "de-leopard",
           "L'Allemagne promet à son tour 30 Leopard 1A5 à l'Ukraine",
           "BERLIN (Journal) - L'Allemagne livrera 30 chars Leopard 1A5 remis en état à l'Ukraine, a annoncé "
           "lundi le ministère allemand de la Défense, quelques heures après une annonce similaire du Danemark."),
    report("LB-DE-03", "de", DE, "2028-09-11", "de-leopard",
           "Deutschland sagt Kiew 30 Leopard 1A5 zu",
           "BERLIN (Agentur) - Deutschland wird der Ukraine 30 instand gesetzte Kampfpanzer vom Typ Leopard 1A5 "
           "liefern, teilte das Verteidigungsministerium am Montag in Berlin mit."),
    report("LB-FR-03", "fr", FR, "2028-09-11", "x-nato-budget",
           "Budget de l'Otan : les Alliés divisés sur l'objectif de 5 % du PIB",
           "BRUXELLES (Agence) - Plusieurs pays de l'Otan jugent irréaliste l'objectif de dépenses de défense, "
           "malgré la guerre en Ukraine, a-t-on appris lundi de sources diplomatiques.",
           relevant=False),
    report("LB-EN-04", "en", EN2, "2028-09-14", "x-game",
           "Tank game studio opens Kyiv office",
           "KYIV (Paper) - A maker of online tank battle games opened an office in Kyiv on Thursday, hiring 200 "
           "developers to build new tank models and artillery maps.",
           relevant=False),
]

# Day C, Monday 18 and Wednesday 27 September 2028: Spain's promise of two Hawk batteries, their arrival told by
# Kyiv nine days later; Australia's flash and its write-up; a film about 2022 and arms makers' shares
# (look-alikes).
DAY_C = [
    report("LC-EN-01", "en", EN, "2028-09-18", "es-hawk-pledge",
           "Spain to send Ukraine two Hawk air defence batteries",
           "MADRID, Sept 18 (Wire) - Spain will send Ukraine two Hawk air defence batteries from its army's "
           "stocks before the winter, Defence Minister Elena Ortiz said on Monday."),
    report("LC-FR-01", "fr", FR, "2028-09-18", "es-hawk-pledge",
           "L'Espagne promet deux batteries Hawk à l'Ukraine",
           "MADRID (Agence) - L'Espagne livrera à l'Ukraine deux batteries de défense aérienne Hawk d'ici à "
           "l'hiver, a annoncé lundi la ministre espagnole de la Défense."),
    report("LC-DE-01", "de", DE, "2028-09-27", "es-hawk-arrived",
           "Ukraine: Spanische Hawk-Systeme sind eingetroffen",
           "KIEW (Agentur) - Die beiden von Spanien zugesagten Flugabwehrbatterien vom Typ Hawk sind in der "
           "Ukraine eingetroffen, teilte das ukrainische Verteidigungsministerium am Mittwoch mit."),
    report("LC-FR-02", "fr", FR2, "2028-09-27", "es-hawk-arrived",
           "« Merci à l'Espagne » : Kiev a reçu deux batteries Hawk",
           "KIEV (Journal) - L'Ukraine a reçu les deux batteries de défense aérienne Hawk promises par l'Espagne, "
           "a annoncé mercredi le ministère ukrainien de la Défense en remerciant Madrid."),
    report("LC-EN-02", "en", EN2, "2028-09-27", "es-hawk-arrived",
           "Kyiv says Spanish Hawk batteries have arrived",
           "KYIV (Paper) - Two Hawk air defence batteries promised by Spain nine days ago have arrived in "
           "Ukraine, the Ukrainian defence ministry said on Wednesday."),
    report("LC-EN-03", "en", EN, "2028-09-18", "au-bushmaster",
           "FLASH: AUSTRALIA TO SEND UKRAINE 30 MORE BUSHMASTER VEHICLES - PM",
           "CANBERRA, Sept 18 (Wire) - Australia will send Ukraine 30 more Bushmaster protected vehicles, the "
           "prime minister said on Monday. More follows."),
    report("LC-DE-02", "de", DE2, "2028-09-18", "au-bushmaster",
           "Australien schickt der Ukraine 30 weitere Bushmaster",
           "CANBERRA (Zeitung) - Australien wird der Ukraine 30 weitere geschützte Fahrzeuge vom Typ Bushmaster "
           "im Wert von 95 Millionen australischen Dollar liefern, sagte der Premierminister am Montag."),
    report("LC-FR-03", "fr", FR, "2028-09-27", "x-film",
           "« Kyiv, février » : le film sur les premiers jours de l'invasion sort en salles",
           "PARIS (Agence) - Chars russes, colonnes de blindés et missiles : le réalisateur a reconstitué février "
           "2022 dans des studios près de Prague. Le film sort mercredi.",
           relevant=False),
    report("LC-DE-03", "de", DE, "2028-09-18", "x-shares",
           "Rüstungsaktien fallen nach Ukraine-Gipfel um bis zu fünf Prozent",
           "FRANKFURT (Agentur) - Anleger setzen auf eine Waffenruhe in der Ukraine; Analysten senken die "
           "Erwartungen für Munitionsaufträge der Rüstungskonzerne.",
           relevant=False),
]

DAYS = {"A": DAY_A, "B": DAY_B, "C": DAY_C}
SHUFFLES = 6  # the file's order and 5 shuffles, then newest first: 7 orders

# What the probe leaves: (check, day, dates) -> what is read instead (strict xfails), from the first run.
# Stored since fix54rs (demining kit read as aid), Ireland's English live entry on its money stayed apart from the French
# entry on the same money (0.11 alike, no day named) until stories round 55: the same sum told plainly with two figures
# under the one donor's headline, hours apart, now joins them (headline_givers.donor_sums), 1.00 / 1.00 on day A.
LEFT: dict[tuple[str, str, str], str] = {}


BUSY_DAYS = BusyDays(DAYS, SHUFFLES, LEFT)


# The six checks every held-out probe runs (tests/support/busy_days.py).
TestBusyDays = busy_day_probe_tests(BUSY_DAYS)
