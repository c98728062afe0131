"""Pledges, review 49: the ninth held-out probe of the pledge extractor on wire copy written by someone who
did not write the extractor. 24 articles (8 EN, 8 FR, 8 DE) in forms the earlier probes did not stress: per
language a one-line flash alert ("FLASH", "URGENT", "EILMELDUNG") and its first full write-up, a package told
as a bulleted or semicolon list of items with counts, a NATO PURL story (allies paying for US weapons for
Ukraine), a coalition of capabilities (drones, maritime, demining: a lead nation and members' contributions),
a backfill story (the US, Japan or South Korea replenishing what a donor gave Ukraine), Kyiv complaining that
promised aid has not arrived, and an export licence or a loan or lease of equipment. The donors are mostly
smaller ones (Norway, Finland, Latvia, Lithuania, Estonia, Iceland, Denmark, Sweden, Czechia, Portugal,
Canada, Australia, Japan, South Korea's refusal). Every text, name and figure is invented for this file;
none is taken from the real-article set.

Each article was labelled by hand before its first run, following ../shared/eval/README.md and the lead's
conventions (brief of stop 47), as (donor, category, status, figure): the figure is the count of things
stated, else the sum of money, else None. Choices of mine where the conventions leave a case open:
- a flash alert is labelled like any article: its one line gives the record it states;
- PURL: each payer's money is its funding record (money paid into a named initiative); the US, which sells
  the weapons, gives no record; (relabelled to the real set's P-EN-031 (lead, stop 47): the package's named
  contents are also each payer's own records, with no sum and the payment's status, pledged; first label:
  the contents gave no record)
- a coalition's members each get the record of what they announce; a coalition's own stated goal ("the
  coalition aims to deliver one million drones") is the coalition's record, donor ALLIES ("coalition" is
  ALLIES in the eval's codes), pledged;
- a backfill: only what reaches Ukraine is a record. The sale that replaces a donor's stock (the US to
  Australia, Japan to the US, South Korea to the US) gives no record; the original gift told as done is the
  donor's delivered record; a donor's stated refusal to send the backfill items to Kyiv is refused;
  (relabelled by the lead's stop-47 ruling: the retold gift keeps its record only where the item also
  announces a new gift, as the Australian one does; the South Korean one's US deliveries lose theirs)
- a complaint: the promise is the donor's pledged record with its count, what Kyiv says did arrive is
  delivered with its count, what did not arrive gives nothing of its own; a donor's rejection of the
  complaint ("wies den Vorwurf zurück") is no refusal;
- an export licence for a sale to Ukraine is discussed (an export approval alone), donor the licensing
  state; equipment lent or leased to Ukraine is pledged like a gift;
- items of a list without a count take None; radars and boats are "other"; a sum for one named kind of
  thing ("15 Millionen Euro für Minenräumgeräte") is that thing's record carrying the sum; armoured
  mine-clearing vehicles are armoured_vehicles;
- training of Ukrainians on a weapon is training alone (the weapon taught gives no record).

First run (2026-12-06 01:50 UTC, this branch = main at b89c46b, labels as committed in 54ff812 before any run;
load average about 11-14): 5 of 24 articles fully right (EN 2 of 8, FR 2 of 8, DE 1 of 8); records as (donor,
category, status) matched 47 / labelled 65 / predicted 70 (P 0.67, R 0.72); with their figures too, 44 of 65.
By form, fully right: flash alerts 3 of 3, write-ups 1 of 3 (the Swedish), listed packages 0 of 3, PURL 0 of 3,
coalitions 0 of 3, backfills 0 of 3, complaints 1 of 3 (the Portuguese), licences and leases 0 of 3. The 19
left are strict xfails (LEFT) saying what is read instead; three hold a call of mine a reader could make
otherwise, said in their reasons (the coalition's goal as ALLIES, the Danish drones counted once, the Belgian
armoured mine-clearing vehicles).

After round 45 (tests/pledges/test_pledges_wire_45.py, 2026-12-06, load 15-18), labels as relabelled by the
lead's stop-47 ruling (the South Korean backfill's retold US deliveries; 64 records): 11 of 24 articles right,
records matched 58 / labelled 64 / predicted 75 (P 0.77, R 0.91), with figures 57 of 64; main's code (22cbe72)
on the same labels: 5 of 24, 46 / 64 / 70 (P 0.66, R 0.72), figures 43 of 64. Six strict xfails became plain
tests; the LEFT reasons say what is read now.

Round 46 (tests/pledges/test_pledges_wire_46.py, 2026-12-06, load 5-7): the three PURL articles relabelled to
the real set's P-EN-031 (lead, stop 47: the package's named contents are each payer's records, no sum, the
payment's status; 70 records). On these labels main's code (76ce6c8) gets 12 of 24 articles, records matched
60 / labelled 70 / predicted 75 (P 0.80, R 0.86), figures 59 of 70; this branch 15 of 24, 65 / 70 / 76 (P 0.86,
R 0.93), figures 64 of 70. The PURL articles (EN, FR, DE) and the Estonian write-up became plain tests.

Round 48 (tests/pledges/test_pledges_wire_48.py, 2026-12-06, load 12-20; same 70 records): main's code
(285c98b) gets 15 of 24 articles, records matched 65 / labelled 70 / predicted 76 (P 0.86, R 0.93), figures
64 of 70; this branch 20 of 24, 70 / 70 / 74 (P 0.95, R 1.00), figures 70 of 70. Five strict xfails became
plain tests: the Riga drone coalition (a coalition named by its lead nation gives nothing by its name), the
Japanese refusal ("ces missiles" points back to the interceptors), the Belgian F-16 complaint (Kyiv's "nous"
received), the German demining coalition (German "Island" is Iceland; deminers are trainees) and the Czech
shells complaint ("nur 60.000 eingetroffen"). The four left are the LEFT below.

Round 50 (tests/pledges/test_pledges_wire_50.py, 2026-12-06, measured on its branch before round 48 was merged): the French price told by "pour" ("financera dix
vedettes ... pour 90 millions d'euros") is the boats' value, no funding record of its own: 16 of 24 right,
65 / 70 / 75 (P 0.87, R 0.93), figures 64 of 70 (main 285c98b: 15 of 24, 65 / 70 / 76). The maritime
coalition's article became a plain test.
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, AMMO, ARMOUR, ARMS, MONEY, D, M, P, R, X
from tests.support.wire_reading import figures, formed_in_three_languages, left_as_xfails

# The forms of the brief, one label each.
FLASH, WRITEUP, LIST, PURL, COALITION, BACKFILL, COMPLAINT, LICENCE = (
    "flash", "writeup", "list", "purl", "coalition", "backfill", "complaint", "licence")

# (form, headline, text, records), labelled by hand before the first run.
ENGLISH = [
    (FLASH, "FLASH: Norway to send Ukraine two more NASAMS air defence systems - minister",
     "OSLO, Dec 1 (Wire) - Norway will send Ukraine two more NASAMS air defence systems, its defence "
     "minister said on Tuesday. More follows.",
     {("NO", AIR, P, 2)}),
    # The write-up of the flash: the package's sum, the trainees, what went before.
    (WRITEUP, "Norway to give Ukraine two more NASAMS in 3.4 billion crown package",
     "OSLO, Dec 1 (Wire) - Norway will send two more NASAMS air defence systems to Ukraine as part of a "
     "3.4 billion crown package, Defence Minister Tore Sandvik said on Tuesday. The launchers, made by "
     "Kongsberg, should reach Ukraine before the end of February, he told a news conference in Oslo. The "
     "package also pays for the training of 60 Ukrainian air defence crew in Norway. Norway has handed "
     "over four NASAMS units to Ukraine since 2023.",
     {("NO", AIR, P, 2), ("NO", MONEY, P, 3400000000), ("NO", "training", P, 60), ("NO", AIR, D, 4)}),
    (LIST, "Canada unveils C$480 million Ukraine package: armoured vehicles, drones, rifles",
     "OTTAWA, Nov 26 (Wire) - Canada will send Ukraine a new military aid package worth C$480 million, "
     "Defence Minister Claire Dubois said on Wednesday. The package includes:\n"
     "- 50 ACSV armoured vehicles built in London, Ontario;\n"
     "- 2,000 reconnaissance drones;\n"
     "- 8,000 C7 rifles and 1.5 million rounds of small-arms ammunition;\n"
     "- 12 counter-drone radars.\n"
     "Deliveries will start in the first quarter of next year, the ministry said.",
     {("CA", MONEY, P, 480000000), ("CA", ARMOUR, P, 50), ("CA", "drones", P, 2000), ("CA", ARMS, P, 8000),
      ("CA", AMMO, P, 1500000), ("CA", "other", P, 12)}),
    # PURL: the payer's money, and the package's named contents as the payer's own records (relabelled to
    # the real set's P-EN-031 (lead, stop 47)); the US sells and "does not pay" is no refusal.
    (PURL, "Finland joins NATO's PURL with $120 million for US weapons for Ukraine",
     "HELSINKI, Nov 30 (Wire) - Finland will contribute $120 million to NATO's Prioritised Ukraine "
     "Requirements List (PURL), the scheme through which allies pay for American weapons sent to Kyiv, the "
     "defence ministry said on Monday. The money will go towards a package that includes Patriot "
     "interceptors and rockets for HIMARS launchers. The United States supplies the weapons from its stocks "
     "and industry but does not pay for them. Finland is the tenth country to join the scheme.",
     {("FI", MONEY, P, 120000000), ("FI", AIR, P, None), ("FI", AMMO, P, None)}),
    # Coalition: each member's own contribution, the lead nation's production order, the coalition's goal.
    (COALITION, "Drone coalition members pledge funds and FPVs for Ukraine at Riga meeting",
     "RIGA, Nov 23 (Wire) - Members of the Latvian-led drone coalition for Ukraine announced new "
     "contributions at a meeting in Riga on Monday. The Netherlands will provide 150 million euros for "
     "long-range drones, Lithuania will send 3,000 FPV drones and Canada will pay for the training of 400 "
     "Ukrainian drone operators. Latvia has ordered 5,000 interceptor drones from Ukrainian manufacturers "
     "for Kyiv's forces, its defence minister said. The coalition, which has 18 members, aims to deliver one "
     "million drones to Ukraine next year.",
     {("NL", "drones", P, 150000000), ("LT", "drones", P, 3000), ("CA", "training", P, 400),
      ("LV", "drones", M, 5000), ("ALLIES", "drones", P, 1000000)}),
    # Backfill: the US sale to Australia is no aid to Ukraine; the gift told as arrived is.
    (BACKFILL, "US clears Abrams sale to replace tanks Australia gave Ukraine",
     "CANBERRA, Nov 19 (Wire) - The United States has approved the sale of 49 M1A2 Abrams tanks to "
     "Australia to replace the 49 older M1A1s Canberra gave Ukraine last year, the Pentagon said on "
     "Thursday. The deal is worth $1.1 billion and Australia will pay for it. Australia's defence minister "
     "said the last of the M1A1s had reached Ukraine in October and that Canberra would add 30 M113 armoured "
     "personnel carriers to its aid.",
     {("AU", "tanks", D, 49), ("AU", ARMOUR, P, 30)}),
    # Complaint: the promise and what did arrive (here: nothing), the donor's schedule and another delivery.
    (COMPLAINT, "Ukraine says Portugal's promised M113s have not arrived, eight months on",
     "KYIV, Dec 2 (Wire) - Ukraine's defence ministry said on Wednesday that 28 M113 armoured personnel "
     "carriers Portugal promised in March have still not arrived, and urged Lisbon to speed up the "
     "transfer. \"We were told spring, then summer. Not one vehicle has crossed the border,\" a deputy "
     "minister said. Portugal's defence ministry said the vehicles were being overhauled and would be "
     "shipped in January, and that it had delivered 5,000 rounds of 155 mm ammunition to Ukraine this year.",
     {("PT", ARMOUR, P, 28), ("PT", AMMO, D, 5000)}),
    # Export licence for a sale Kyiv pays for itself: discussed.
    (LICENCE, "Czech government clears export of 40 DITA howitzers to Ukraine",
     "PRAGUE, Nov 25 (Wire) - The Czech government has granted Excalibur Army a licence to export 40 DITA "
     "155 mm self-propelled howitzers to Ukraine, the industry ministry said on Wednesday. Ukraine will pay "
     "for the guns from its own defence budget, the ministry said, adding that the licence was valid for "
     "two years.",
     {("CZ", "artillery", X, 40)}),
]

FRENCH = [
    (FLASH, "URGENT - La Suède va livrer 18 canons Archer supplémentaires à l'Ukraine (ministre)",
     "STOCKHOLM, 8 déc 2026 (Agence) - La Suède va livrer 18 canons automoteurs Archer supplémentaires à "
     "l'Ukraine, a annoncé mardi le ministre suédois de la Défense.",
     {("SE", "artillery", P, 18)}),
    # Le papier complet : la somme du paquet, les obus sans nombre, les huit Archer déjà remis ; la
    # commande suédoise pour recompléter ses propres stocks n'est pas une aide à l'Ukraine.
    (WRITEUP, "La Suède livrera 18 nouveaux canons Archer à Kiev dans un paquet de 4 milliards de couronnes",
     "STOCKHOLM, 8 déc 2026 (Agence) - La Suède va fournir à l'Ukraine 18 obusiers automoteurs Archer "
     "supplémentaires, dans le cadre d'un 21e paquet d'aide militaire d'un montant de 4 milliards de "
     "couronnes, a annoncé mardi le ministre de la Défense, Pål Lindqvist. Le paquet comprend également des "
     "obus de 155 mm. Stockholm avait déjà remis huit Archer à Kiev en 2023. Les canons seront prélevés sur "
     "les stocks de l'armée suédoise, qui en commandera de nouveaux à l'industriel BAE Systems Bofors.",
     {("SE", "artillery", P, 18), ("SE", MONEY, P, 4000000000), ("SE", AMMO, P, None), ("SE", "artillery", D, 8)}),
    # Liste à points-virgules ; les drones fabriqués en Ukraine avec l'argent danois : production.
    (LIST, "Le Danemark détaille son 28e paquet d'aide militaire à l'Ukraine",
     "COPENHAGUE, 3 déc (Agence) - Le Danemark a présenté jeudi son 28e paquet d'aide militaire à "
     "l'Ukraine, d'une valeur de 1,7 milliard de couronnes. Il comprend : 30 000 obus de 155 mm ; 12 radars "
     "de surveillance aérienne ; 500 drones de reconnaissance ; la formation de 250 soldats ukrainiens au "
     "Danemark. Les 500 drones seront fabriqués par des entreprises ukrainiennes, financées selon le "
     "« modèle danois », a précisé le ministère.",
     {("DK", MONEY, P, 1700000000), ("DK", AMMO, P, 30000), ("DK", "other", P, 12), ("DK", "drones", M, 500),
      ("DK", "training", P, 250)}),
    # Deux payeurs, chacun sa part : deux financements ; les missiles achetés sont à chacun des payeurs
    # (relabelled to the real set's P-EN-031 (lead, stop 47)) ; les États-Unis : rien.
    (PURL, "PURL : le Canada et la Belgique financent des armes américaines pour Kiev",
     "BRUXELLES, 4 déc (Agence) - Le Canada et la Belgique vont financer un nouveau paquet d'armes "
     "américaines pour l'Ukraine dans le cadre du mécanisme PURL de l'Otan, ont annoncé vendredi les deux "
     "gouvernements. Ottawa versera 200 millions de dollars et Bruxelles 150 millions de dollars. Ces fonds "
     "serviront à acheter des missiles d'interception pour les systèmes Patriot ukrainiens, a précisé "
     "l'Otan. Washington a déjà approuvé la vente.",
     {("CA", MONEY, P, 200000000), ("BE", MONEY, P, 150000000), ("CA", AIR, P, None), ("BE", AIR, P, None)}),
    # Coalition maritime : les vedettes et navires sont « other ».
    (COALITION, "Coalition maritime : Oslo, Stockholm et Tallinn renforcent la marine ukrainienne",
     "OSLO, 26 nov (Agence) - Réunis à Oslo, les membres de la coalition des capacités maritimes pour "
     "l'Ukraine, menée par le Royaume-Uni et la Norvège, ont annoncé mercredi de nouvelles contributions. "
     "La Norvège financera dix vedettes rapides de patrouille pour 90 millions d'euros, la Suède fournira "
     "deux navires de déminage et l'Estonie 40 drones navals. Londres a indiqué avoir déjà livré 20 "
     "embarcations d'assaut fluviales à la marine ukrainienne depuis l'été.",
     {("NO", "other", P, 10), ("SE", "other", P, 2), ("EE", "drones", P, 40), ("GB", "other", D, 20)}),
    # Backfill : la vente japonaise aux États-Unis n'est pas une aide ; le refus d'envoyer ces missiles à
    # Kiev est un refus ; les camions livrés à l'Ukraine sont « other ».
    (BACKFILL, "Le Japon vendra des missiles Patriot aux États-Unis pour compenser l'aide américaine à Kiev",
     "TOKYO, 4 déc (Agence) - Le Japon va vendre aux États-Unis 48 missiles d'interception PAC-3 fabriqués "
     "sous licence par Mitsubishi Heavy Industries, afin de reconstituer les stocks américains entamés par "
     "l'aide à l'Ukraine, a annoncé vendredi le gouvernement japonais. Tokyo a exclu que ces missiles soient "
     "transférés à Kiev, en raison de ses règles d'exportation. Le Japon a en revanche livré à l'Ukraine 100 "
     "camions militaires cette année.",
     {("JP", AIR, R, None), ("JP", "other", D, 100)}),
    # Plainte : la promesse (30), ce qui est arrivé (2).
    (COMPLAINT, "Zelensky déplore le retard des F-16 promis par la Belgique",
     "KIEV, 1er déc (Agence) - Le président ukrainien a déploré mardi que les F-16 promis par la Belgique ne "
     "soient toujours pas arrivés en nombre en Ukraine. Bruxelles s'était engagée en 2024 à fournir 30 "
     "appareils, dont les premiers devaient être livrés avant la fin de 2025. « Nous n'avons reçu que deux "
     "avions », a-t-il affirmé. Le ministère belge de la Défense a répondu que le calendrier dépendait de "
     "l'arrivée des F-35 qui doivent remplacer ces avions dans l'armée belge.",
     {("BE", "aircraft", P, 30), ("BE", "aircraft", D, 2)}),
    # Location d'équipement : comme un don, promis ; le refus de céder les Leopard restants.
    (LICENCE, "Le Portugal loue quatre avions de transport C-295 à l'Ukraine pour un euro symbolique",
     "LISBONNE, 2 déc (Agence) - Le Portugal va louer à l'Ukraine quatre avions de transport militaire C-295 "
     "pour un euro symbolique par an pendant trois ans, a annoncé mercredi le ministère portugais de la "
     "Défense. Les appareils resteront propriété de l'armée de l'air portugaise. Lisbonne a en revanche "
     "refusé de céder ses derniers chars Leopard 2A6, jugés indispensables à sa propre défense.",
     {("PT", "aircraft", P, 4), ("PT", "tanks", R, None)}),
]

GERMAN = [
    (FLASH, "+++ EILMELDUNG +++ Estland liefert der Ukraine 10.000 Artilleriegranaten",
     "TALLINN (Agentur) - Estland wird der Ukraine 10.000 Artilleriegranaten liefern. Das teilte das "
     "Verteidigungsministerium am Montag mit. (Weitere Einzelheiten folgen)",
     {("EE", AMMO, P, 10000)}),
    # Der ausführliche Bericht: Summe des Pakets, Ausbildung (an Panzerabwehrwaffen: nur Ausbildung).
    (WRITEUP, "Estland schickt Ukraine 10.000 Granaten – Hilfspaket über 80 Millionen Euro",
     "TALLINN (Agentur) - Estland wird der Ukraine 10.000 Artilleriegranaten im Kaliber 155 Millimeter "
     "liefern. Die Granaten seien Teil eines Hilfspakets im Wert von 80 Millionen Euro, das die Regierung am "
     "Montag beschlossen habe, sagte Verteidigungsminister Hanno Pevkur. Zudem sollen 300 ukrainische "
     "Soldaten in Estland an Panzerabwehrwaffen ausgebildet werden. Die erste Lieferung soll noch vor "
     "Weihnachten in der Ukraine eintreffen.",
     {("EE", AMMO, P, 10000), ("EE", MONEY, P, 80000000), ("EE", "training", P, 300)}),
    # Aufzählung mit Spiegelstrichen; Radaranlagen sind "other", Mörser Artillerie.
    (LIST, "Finnland beschließt 31. Hilfspaket für die Ukraine – die Bestandteile im Überblick",
     "HELSINKI (Agentur) - Finnland hat am Donnerstag sein 31. Militärhilfepaket für die Ukraine im Wert von "
     "210 Millionen Euro beschlossen. Das Paket umfasst:\n"
     "- 16 Schützenpanzer vom Typ BMP-2M\n"
     "- 20 Mörser im Kaliber 120 Millimeter\n"
     "- Munition für Artillerie und Mörser\n"
     "- 4 mobile Radaranlagen\n"
     "Weitere Einzelheiten hält das Verteidigungsministerium aus Sicherheitsgründen geheim.",
     {("FI", MONEY, P, 210000000), ("FI", ARMOUR, P, 16), ("FI", "artillery", P, 20), ("FI", AMMO, P, None),
      ("FI", "other", P, 4)}),
    # PURL: zwei Zahler mit eigenen Beträgen; die Patriot-Raketen des Pakets sind Einträge beider Zahler
    # (relabelled to the real set's P-EN-031 (lead, stop 47)).
    (PURL, "PURL: Deutschland und Portugal bezahlen US-Waffen für die Ukraine",
     "BRÜSSEL (Agentur) - Deutschland und Portugal finanzieren ein weiteres Paket amerikanischer Waffen für "
     "die Ukraine über das Nato-Programm PURL. Deutschland übernimmt 500 Millionen Dollar, Portugal 30 "
     "Millionen Dollar, wie die Nato am Mittwoch mitteilte. Das Paket umfasse vor allem Abfangraketen für "
     "Patriot-Systeme. Portugal beteiligt sich damit zum ersten Mal an dem Programm.",
     {("DE", MONEY, P, 500000000), ("PT", MONEY, P, 30000000), ("DE", AIR, P, None), ("PT", AIR, P, None)}),
    # Koalition: Summe für eine Art Gerät trägt die Summe; gepanzerte Minenräumfahrzeuge sind armoured.
    (COALITION, "Entminungskoalition: Litauen, Island und Belgien sagen Ukraine neue Hilfe zu",
     "VILNIUS (Agentur) - Die von Litauen geführte Entminungskoalition für die Ukraine hat bei einem Treffen "
     "in Vilnius neue Beiträge angekündigt. Litauen stellt 15 Millionen Euro für Minenräumgeräte bereit, "
     "Island finanziert die Ausbildung von 120 ukrainischen Minenräumern und Belgien liefert sechs "
     "gepanzerte Minenräumfahrzeuge. Japan, das der Koalition nicht angehört, kündigte an, weitere "
     "Minendetektoren an die Ukraine zu schicken.",
     {("LT", "other", P, 15000000), ("IS", "training", P, 120), ("BE", ARMOUR, P, 6), ("JP", "other", P, None)}),
    # Backfill: Seoul lehnt Lieferungen an Kiew ab (refused), der Verkauf an die USA ist keine Hilfe.
    # Relabelled by the lead's stop-47 ruling: the US deliveries to Ukraine, retold only as the reason
    # for the backfill (the item announces no new gift), give no record (first label: (US, AMMO, D, 2000000)).
    (BACKFILL, "Südkorea bleibt beim Nein zu Granaten für Kiew – verkauft aber an die USA",
     "SEOUL (Agentur) - Südkorea lehnt die Lieferung von Artilleriegranaten direkt an die Ukraine weiterhin "
     "ab. Das bekräftigte das Präsidialamt am Mittwoch. Zugleich bestätigte das Verteidigungsministerium, "
     "dass Seoul den USA 300.000 Artilleriegranaten verkauft, damit Washington seine eigenen Bestände "
     "auffüllen kann. Die USA haben der Ukraine seit Kriegsbeginn mehr als zwei Millionen Granaten dieses "
     "Kalibers geliefert.",
     {("KR", AMMO, R, None)}),
    # Beschwerde: Zusage (180.000), Eingetroffenes (60.000); Prags Zurückweisung ist keine Absage.
    (COMPLAINT, "Kiew beklagt: Zugesagte tschechische Granaten kommen nur schleppend an",
     "KIEW (Agentur) - Die Ukraine hat Tschechien vorgeworfen, zugesagte Munition nicht rechtzeitig zu "
     "liefern. Von den 180.000 Granaten, die Prag im Sommer zugesagt hatte, seien bislang nur 60.000 "
     "eingetroffen, sagte ein Sprecher des ukrainischen Verteidigungsministeriums am Freitag. Die "
     "tschechische Regierung wies den Vorwurf zurück: Die Lieferungen liefen nach Plan, der Rest folge bis "
     "Ende Januar.",
     {("CZ", AMMO, P, 180000), ("CZ", AMMO, D, 60000)}),
    # Ausfuhrgenehmigung (discussed) und eine Leihgabe der Bundeswehr (pledged).
    (LICENCE, "Bundesregierung genehmigt Export von 20 Skyranger-Systemen an die Ukraine",
     "BERLIN (Agentur) - Die Bundesregierung hat dem Rüstungskonzern Rheinmetall die Ausfuhr von 20 "
     "Flugabwehrsystemen vom Typ Skyranger 35 in die Ukraine genehmigt. Das geht aus einem Schreiben des "
     "Wirtschaftsministeriums an den Bundestag hervor. Kiew hatte die Systeme im Frühjahr selbst bestellt. "
     "Zudem leiht die Bundeswehr der Ukraine für zwölf Monate zwei Bergepanzer, die danach zurückgegeben "
     "werden sollen.",
     {("DE", AIR, X, 20), ("DE", ARMOUR, P, 2)}),
]

# What the probe leaves, by headline: what is read instead (strict xfails), from the first run.
LEFT: dict[str, str] = {
    "Le Danemark détaille son 28e paquet d'aide militaire à l'Ukraine": (
        "adds (DK, drones, pledged, 500) beside (DK, drones, production, 500): the list's '500 drones de "
        "reconnaissance' stays a pledge after 'Les 500 drones seront fabriqués par des entreprises ukrainiennes' "
        "(a reader could keep both; my label counts the 500 once, as production)"),
    "Südkorea bleibt beim Nein zu Granaten für Kiew – verkauft aber an die USA": (
        "adds (US, ammunition, delivered, 2000000): 'Die USA haben der Ukraine ... mehr als zwei Millionen "
        "Granaten ... geliefert', the gift retold as the backfill's reason, relabelled away by the lead's stop-47 "
        "ruling. (First run: the sale to the US also gave (KR, ammunition, pledged) and (US, ammunition, "
        "pledged); round 45 reads 'dass Seoul den USA 300.000 Artilleriegranaten verkauft' as a sale to another "
        "country)"),
}


@pytest.mark.parametrize(("lang", "title", "text", "expected"),
                         left_as_xfails(formed_in_three_languages(ENGLISH, FRENCH, GERMAN), LEFT))
def test_review_articles_give_their_labelled_records(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected


def test_the_probe_is_as_briefed() -> None:
    """8 articles a language, each language with its forms: a flash alert and its write-up, a listed package,
    a PURL story, a coalition, a backfill, a complaint of non-delivery and an export licence or loan."""
    for articles in (ENGLISH, FRENCH, GERMAN):
        forms = [form for form, _, _, _ in articles]
        assert sorted(forms) == sorted([FLASH, WRITEUP, LIST, PURL, COALITION, BACKFILL, COMPLAINT, LICENCE])
    assert len({title for articles in (ENGLISH, FRENCH, GERMAN) for _, title, _, _ in articles}) == 24
