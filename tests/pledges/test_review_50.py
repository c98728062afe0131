"""Pledges, review 50: the tenth held-out probe of the pledge extractor on wire copy written by someone who
did not write the extractor. 24 articles (8 EN, 8 FR, 8 DE) in forms the earlier probes did not stress: per
language an explainer told as questions and answers (totals, past deliveries, what comes next), a story
naming its donors only by capital, leader, ministry or demonym ("Oslo", "the Pentagon", "l'Élysée", "das
Verteidigungsministerium", "Merz", "Danish F-16s", "les Caesar français"), a pledge cut, withdrawn,
postponed or raised, a delivery milestone (the last of a batch, the third lot, the total delivered), money
from frozen Russian assets or an EU/G7 loan spent on arms, services (repair hubs, spare parts, training,
satellite terminals, fuel), ranges and approximate figures ("between 10 and 15", "up to", "près de",
"knapp", "dozens") and an ordinary wire story cut off mid-sentence by the feed. Currencies the earlier probes
did not stress: Swedish, Norwegian, Danish and Czech crowns, zlotys, yen, Canadian and Australian dollars.
Every text, name and figure is invented for this file; none is taken from the real-article set.

Each article was labelled by hand before its first run, following ../shared/eval/README.md and the lead's
conventions (brief of stop 48), as (donor, category, status, figure): the figure is the count of things
stated, else the sum of money, else None. Choices of mine where the conventions leave a case open:
- a cumulative total of aid committed ("has committed about 95 billion crowns since 2022", "dépasse
  désormais 7 milliards", "mehr als 100 Milliarden Kronen zugesagt") is the donor's funding record, pledged,
  with that sum, beside the new package's own funding record;
- a delivery milestone gives the batch that arrived (delivered, its count) and, where the text states it,
  the total delivered so far as a second delivered record with the total; the original promise retold in it
  gives no record of its own (it is the same things, now delivered);
- a pledge cut or raised is read at its new figure ("from 10 to 6" gives 6; "porté à 1,2 milliard" gives
  1.2 billion); a postponed delivery stays pledged; a withdrawn offer is refused;
- a frozen-asset loan: the lender is the giver. The EU's payment is the EU's funding record (paid out:
  delivered); a share of it for one kind of thing ("4 billion of it on air defence", "davon 2 Milliarden")
  is the EU's record of that thing, no sum, pledged; what Ukraine's own industry builds with it is the EU's
  production. A G7/ERA payment to Ukraine's budget buys no arms and gives no record. The UK spending its
  share of the G7 loan on missiles built for Ukraine is the UK's production record;
- services: repair and maintenance hubs, spare parts, fuel, satellite terminals and their subscriptions are
  "other" (equipment and services), a sum for one of them carried by its record; fuel and parts counted in
  tonnes have no count (a tonne is not a thing); training counts the people trained;
- ranges: "between 40 and 50" gives the lower bound (what is firmly promised), "up to 1,000" the upper one
  (the only number), "more than", "nearly", "près de", "rund", "knapp" the number as written; "dozens",
  "plusieurs dizaines", "mehrere Dutzend" give no count;
- weapons "in use" at the front named by demonym ("les Caesar français") are the donor's delivered record;
- helicopters are aircraft; the Carl Gustaf is a portable anti-tank weapon (small_arms); CV90, Rosomak,
  Bushmaster and Piranha are armoured_vehicles; the Aster and lightweight anti-air missiles are air_defence.

First run (2026-12-06 04:43 UTC, this branch = main at 285c98b, labels as committed in 6687ae2 before any run;
load average about 3): 3 of 24 articles fully right (EN 1 of 8, FR 0 of 8, DE 2 of 8); records as (donor,
category, status) matched 48 / labelled 82 / predicted 67 (P 0.72, R 0.59); with their figures too, 40 of the
89 labelled records (seven triples carry two figures: a batch and the total delivered, or a package and the
cumulative sum). By form, fully right: explainers 1 of 3 (the German), capitals and demonyms 1 of 3 (the
German), cut-off teasers 1 of 3 (the Japanese), cuts 0 of 3, milestones 0 of 3, frozen assets 0 of 3, services
0 of 3, ranges 0 of 3. The 21 left are strict xfails (LEFT) saying what is read instead. My calls that a reader
could make otherwise touch figures only, never a (donor, category, status) triple: the lower bound of a range
(2 records), a cumulative total or total delivered as a second record beside the news (6) and a share "of the
tranche" without its sum (1); the LEFT reasons name them.

After round 49 (branch pledges49: services as things, what they serve no gift, paid-for making in the thing's
own category, budget money civil, the giver of an explainer's answers and of a leader told by title; run
2026-12-06 ~05:25 UTC, load average about 24): 6 of 24 articles fully right; records matched 63 / labelled 82 /
predicted 72 (P 0.88, R 0.77); figures 54 of 89. The 18 left are the strict xfails below, their reasons
brought up to date where round 49 changed what is read.

After round 50 (branch pledges50, measured before round 49 was merged: review 50's STATUS and FIGURE causes, tests/pledges/test_pledges_wire_50.py;
2026-12-06): 7 of 24 right (the capitals' English and French, the English and Spanish cuts added); records
matched 64 / labelled 82 / predicted 80 (P 0.80, R 0.78); figures 61 of 89. The 17 left are strict xfails,
their reasons updated where round 50 changed the reading.

Rounds 49 and 50 merged together (lead, 2026-12-06 06:20 UTC, load ~10): 12 of 24 articles right; records by
(donor, category, status) matched 77 / labelled 82 / predicted 83 (P 0.93, R 0.94). LEFT was rebuilt from the
merged reading: each reason keeps the two branches' own words and adds what the merged code misses and adds.

After round 51 (branch pledges51 on main 263f62d, tests/pledges/test_pledges_wire_51.py; 2026-12-06 ~08:25 UTC,
load average about 20): 14 of 24 articles right (the Starlink and the German services articles added); records
matched 80 / labelled 82 / predicted 81 (P 0.99, R 0.98). Left: the running totals beside the news (5 articles:
a cumulative sum or total delivered as a second record of one triple), the range's lower bound (rounds 22 and
25 label the top: kept, the lead's to settle), the EU's shares "of it" with their sums, 'en a commandé 12
autres' and a schedule of things in production read as a promise.
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, AMMO, ARMOUR, ARMS, MONEY, D, M, P, R, X
from tests.support.wire_reading import figures, formed_in_three_languages, left_as_xfails

# The forms of the brief, one label each.
EXPLAINER, CAPITAL, CUT, MILESTONE, FROZEN, SERVICES, RANGES, TEASER = (
    "explainer", "capital", "cut", "milestone", "frozen", "services", "ranges", "teaser")

# (form, headline, text, records), labelled by hand before the first run.
ENGLISH = [
    (EXPLAINER, "EXPLAINER-What has Sweden given Ukraine so far?",
     "STOCKHOLM, Nov 18 (Wire) - Sweden unveiled its 21st military aid package for Ukraine on Wednesday. "
     "Here is what the Nordic country has provided.\n"
     "HOW MUCH MONEY?\n"
     "Sweden has committed about 95 billion Swedish crowns ($9 billion) in military aid since 2022, the "
     "government says. The new package is worth 13.5 billion crowns.\n"
     "WHAT HAS ALREADY BEEN DELIVERED?\n"
     "Ten Leopard 2 tanks, about 50 CV90 infantry fighting vehicles and a number of Archer howitzers, which "
     "Ukrainian gunners have used since 2023.\n"
     "WHAT IS IN THE NEW PACKAGE?\n"
     "Eight more Archer howitzers and 40,000 artillery shells, to be shipped next year.\n"
     "WHAT ABOUT GRIPEN JETS?\n"
     "Stockholm says it is still studying a transfer of Gripen fighters and will not decide before the summer.",
     {("SE", MONEY, P, 95000000000), ("SE", MONEY, P, 13500000000), ("SE", "tanks", D, 10),
      ("SE", ARMOUR, D, 50), ("SE", "artillery", D, None), ("SE", "artillery", P, 8), ("SE", AMMO, P, 40000),
      ("SE", "aircraft", X, None)}),
    # Donors by capital, ministry and demonym only. Oslo's sum is for one kind of thing (interceptors).
    (CAPITAL, "Berlin, Oslo add air defence for Kyiv as Pentagon confirms Patriot delivery",
     "BRUSSELS, Nov 12 (Wire) - Berlin will send two more IRIS-T SLM air defence systems to Ukraine by March, "
     "the defence ministry said on Thursday, while Oslo pledged 1.2 billion Norwegian crowns ($110 million) "
     "for air defence interceptors. The Pentagon said a batch of Patriot interceptor missiles had reached "
     "Ukraine this week. Danish F-16s flew their first combat missions over western Ukraine last month, the "
     "Ukrainian air force said.",
     {("DE", AIR, P, 2), ("NO", AIR, P, 1200000000), ("US", AIR, D, None), ("DK", "aircraft", D, None)}),
    # A cut (800 to 500), a withdrawn offer (refused) and a postponement (still pledged).
    (CUT, "Canada cuts Ukraine drone pledge to 500, withdraws M113 offer",
     "OTTAWA, Nov 20 (Wire) - Canada has cut the number of surveillance drones it will send Ukraine from 800 "
     "to 500 because its supplier cannot build them fast enough, the Department of National Defence said on "
     "Friday. Ottawa also withdrew an offer of 12 M113 armoured personnel carriers, which Kyiv said it no "
     "longer needed, and postponed until January the shipment of 40 LAV armoured vehicles worth C$210 "
     "million.",
     {("CA", "drones", P, 500), ("CA", ARMOUR, R, 12), ("CA", ARMOUR, P, 40)}),
    # The last of 14 arrived, the total delivered 86 (a second delivered record); the zlotys paid for the
    # guns are carried by their record; the third batch of shells is still to come.
    (MILESTONE, "Last of 14 Krab howitzers Poland promised reaches Ukraine",
     "WARSAW, Nov 23 (Wire) - The last of the 14 Krab self-propelled howitzers Poland promised Ukraine in July "
     "has arrived, the defence ministry in Warsaw said on Monday, bringing the number of Krabs delivered since "
     "2022 to 86. The guns were paid for with 1.9 billion zlotys from the state budget. A third batch of "
     "155 mm shells from the same package, 20,000 rounds, is due before Christmas.",
     {("PL", "artillery", D, 14), ("PL", "artillery", D, 86), ("PL", AMMO, P, 20000)}),
    # A loan backed by frozen assets: the EU is the giver (paid out: delivered; the whole loan: pledged);
    # the share for air defence has no sum; Ukrainian drone makers paid with it: production. Japan's ERA
    # money goes to the budget: no record.
    (FROZEN, "EU pays first 10 bln euros of frozen-asset loan, Kyiv earmarks 4 bln for air defence",
     "BRUSSELS, Nov 25 (Wire) - The European Union on Wednesday paid Ukraine the first 10 billion euros of "
     "a loan backed by frozen Russian central bank assets, and Kyiv said it would spend 4 billion of it on air "
     "defence. The money is part of a 90 billion euro loan agreed in October, which Ukraine repays only if "
     "Russia pays reparations. Another 1.5 billion euros of the tranche will pay Ukrainian manufacturers to "
     "build long-range strike drones, officials said. Separately, Japan said it had transferred 300 billion "
     "yen from its share of the G7's ERA loans to a World Bank fund that supports Ukraine's state budget.",
     {("EU", MONEY, D, 10000000000), ("EU", MONEY, P, 90000000000), ("EU", AIR, P, None),
      ("EU", "drones", M, None)}),
    # Services: a repair hub (other, its sum carried), Starlink terminals paid before (delivered) and their
    # subscriptions (other, pledged, their sum), spare parts by the tonne (other, no count), training.
    (SERVICES, "Germany to fund Leopard repair hub in Slovakia; Poland extends Starlink for Ukraine",
     "BERLIN, Nov 16 (Wire) - Germany will pay 150 million euros to run a repair centre in Slovakia where "
     "Ukrainian Leopard tanks damaged in combat are fixed, the defence ministry said on Monday. Poland, which "
     "has paid for some 20,000 Starlink satellite terminals used by Ukraine's army, said it would cover their "
     "subscriptions for another year at a cost of 140 million zlotys. The Netherlands handed over 2,000 "
     "tonnes of spare parts for Ukraine's F-16s last week, and Lithuania will train 400 Ukrainian sappers in "
     "December.",
     {("DE", "other", P, 150000000), ("PL", "other", D, 20000), ("PL", "other", P, 140000000),
      ("NL", "other", D, None), ("LT", "training", P, 400)}),
    # Ranges: the lower bound of "between 40 and 50", "more than 1.8 million" as written, "up to 800,000".
    # The crowns pay for the tanks (one kind of thing): carried by their record. The Czech-led initiative
    # is labelled CZ.
    (RANGES, "Czechs to send Ukraine 40-50 refurbished T-72s, up to 800,000 more shells",
     "PRAGUE, Nov 11 (Wire) - The Czech Republic will deliver between 40 and 50 refurbished T-72 tanks to "
     "Ukraine by the summer, paid for with about 2.5 billion Czech crowns ($110 million) from the state budget, "
     "the defence ministry said on Wednesday. The Czech-led ammunition initiative has shipped more than 1.8 "
     "million large-calibre rounds to Ukraine this year and will deliver up to 800,000 more by March, the "
     "ministry added.",
     {("CZ", "tanks", P, 40), ("CZ", AMMO, D, 1800000), ("CZ", AMMO, P, 800000)}),
    # An ordinary wire story cut off mid-sentence by the feed; radars are "other", the yen carried by them.
    (TEASER, "Japan to give Ukraine 12 air-surveillance radars",
     "TOKYO, Nov 27 (Wire) - Japan will provide Ukraine with 12 air-surveillance radars worth 12 billion yen "
     "($80 million), Defence Minister Kenji Hamada said on Friday, in what he called Tokyo's largest transfer "
     "of military equipment to Kyiv so far. The minister said the ...",
     {("JP", "other", P, 12)}),
]

FRENCH = [
    (EXPLAINER, "Questions-réponses : ce que la France a fourni à l'Ukraine depuis 2022",
     "PARIS, 19 nov 2026 (Agence) - Combien la France a-t-elle engagé ? Selon le ministère des Armées, Paris a "
     "engagé environ 6 milliards d'euros d'aide militaire depuis février 2022.\n"
     "Quels canons ? La France a livré 30 canons Caesar et en a commandé 12 autres à KNDS, en cours de "
     "fabrication pour l'armée ukrainienne.\n"
     "Et les avions ? Les premiers Mirage 2000 sont arrivés en Ukraine en février ; leur nombre n'a pas été "
     "rendu public.\n"
     "Qu'est-ce qui est promis ? Le chef de l'État a annoncé jeudi l'envoi de 200 missiles Aster "
     "supplémentaires d'ici à l'été.",
     {("FR", MONEY, P, 6000000000), ("FR", "artillery", D, 30), ("FR", "artillery", M, 12),
      ("FR", "aircraft", D, None), ("FR", AIR, P, 200)}),
    # Donors by seat of power, leader, capital and demonym; the pounds are for radars (other, carried).
    (CAPITAL, "L'Élysée annonce de nouveaux SCALP, Starmer promet des radars",
     "PARIS, 13 nov 2026 (Agence) - L'Élysée a annoncé jeudi l'envoi à l'Ukraine de nouveaux missiles de "
     "croisière SCALP, sans en préciser le nombre, au lendemain d'une visite de Volodymyr Zelensky à Paris. À "
     "Londres, Keir Starmer a promis 100 millions de livres pour des radars de défense aérienne. Les Caesar "
     "français et les Archer suédois ont joué un rôle clé dans la contre-offensive près de Koupiansk, selon "
     "l'état-major ukrainien. Ottawa a de son côté refusé de céder ses derniers obusiers M777, jugeant ses "
     "propres stocks trop bas.",
     {("FR", "missiles", P, None), ("GB", "other", P, 100000000), ("FR", "artillery", D, None),
      ("SE", "artillery", D, None), ("CA", "artillery", R, None)}),
    # A postponement (still pledged), a raised envelope (its new sum) and a withdrawn offer (refused).
    (CUT, "Madrid reporte la livraison de ses Leopard et relève son aide militaire à Kiev",
     "MADRID, 21 nov 2026 (Agence) - L'Espagne a reporté au printemps 2027 la livraison des 10 chars Leopard "
     "2A4 promis à l'Ukraine en juin, faute de pièces détachées, a indiqué vendredi le ministère de la "
     "Défense. Madrid a en revanche porté à 1,2 milliard d'euros son enveloppe d'aide militaire pour cette "
     "année, contre 1 milliard prévu initialement. Le Portugal a pour sa part retiré son offre de deux "
     "hélicoptères Alouette III, jugés trop usés.",
     {("ES", "tanks", P, 10), ("ES", MONEY, P, 1200000000), ("PT", "aircraft", R, 2)}),
    # The third and last lot (16) and the total delivered (48); four F-16 still to come.
    (MILESTONE, "Le dernier lot de blindés belges est arrivé en Ukraine",
     "BRUXELLES, 24 nov 2026 (Agence) - Le troisième et dernier lot de véhicules de transport de troupes "
     "blindés promis par la Belgique est arrivé en Ukraine, portant à 48 le nombre de blindés livrés par "
     "Bruxelles depuis le printemps, a annoncé mardi le ministère belge de la Défense. Ce lot comptait 16 "
     "véhicules. La Belgique doit encore livrer quatre chasseurs F-16 avant la fin de l'année.",
     {("BE", ARMOUR, D, 16), ("BE", ARMOUR, D, 48), ("BE", "aircraft", P, 4)}),
    # The UK spends its G7 loan money on missiles built for Ukraine: production, the pounds carried; the
    # Commission pays windfall profits into the European Peace Facility: the EU's funding, paid (delivered).
    (FROZEN, "Avoirs russes gelés : Londres finance 5 000 missiles antiaériens pour Kiev",
     "LONDRES, 26 nov 2026 (Agence) - Le Royaume-Uni va consacrer 1,5 milliard de livres, tirées de sa part "
     "du prêt du G7 adossé aux revenus des avoirs russes immobilisés, à la fabrication à Belfast de 5 000 "
     "missiles antiaériens légers destinés à l'Ukraine, a annoncé mercredi le ministère britannique de la "
     "Défense. Les premiers exemplaires doivent être livrés en mars. La Commission européenne a par ailleurs "
     "versé 3 milliards d'euros de profits exceptionnels tirés de ces avoirs à la Facilité européenne pour la "
     "paix, au profit de l'armée ukrainienne.",
     {("GB", AIR, M, 5000), ("EU", MONEY, D, 3000000000)}),
    # Services: pilots trained, a maintenance centre (other), fuel by the tonne, spare parts and technicians.
    (SERVICES, "Pilotes, carburant, maintenance : le soutien moins visible des alliés de Kiev",
     "PARIS, 17 nov 2026 (Agence) - La France formera 60 pilotes ukrainiens supplémentaires sur Mirage 2000 "
     "en 2027, a annoncé lundi le ministère des Armées, qui finance aussi un centre de maintenance pour les "
     "canons Caesar en Pologne. La Pologne a fourni depuis l'été 40 000 tonnes de gazole à l'armée "
     "ukrainienne. La Suède enverra des pièces détachées pour les véhicules de combat CV90 ainsi que des "
     "techniciens chargés de les réparer.",
     {("FR", "training", P, 60), ("FR", "other", P, None), ("PL", "other", D, None), ("SE", "other", P, None)}),
    # Approximations: "près de 40 000" as written, "plusieurs dizaines" no count, "entre 6 et 8" the lower
    # bound; the package's worth (several things) is its funding; the cumulative total a second one.
    (RANGES, "Près de 40 000 obus et des dizaines de drones : le nouveau paquet néerlandais",
     "LA HAYE, 10 nov 2026 (Agence) - Les Pays-Bas vont fournir à l'Ukraine près de 40 000 obus de 155 mm et "
     "plusieurs dizaines de drones navals, pour un montant de plus de 350 millions d'euros, a annoncé mardi le "
     "ministre de la Défense. Entre 6 et 8 radars de contre-batterie seront également livrés d'ici à l'été, "
     "a-t-il précisé. L'envoi de F-16 supplémentaires est à l'étude. Au total, l'aide militaire néerlandaise "
     "dépasse désormais 7 milliards d'euros.",
     {("NL", AMMO, P, 40000), ("NL", "drones", P, None), ("NL", MONEY, P, 350000000), ("NL", "other", P, 6),
      ("NL", "aircraft", X, None), ("NL", MONEY, P, 7000000000)}),
    # An ordinary wire story cut off by the feed: guns built in Ukraine with Danish money are production,
    # the crowns carried by their record.
    (TEASER, "Copenhague financera 18 obusiers Bohdana fabriqués en Ukraine",
     "COPENHAGUE, 27 nov 2026 (Agence) - Le Danemark financera la production en Ukraine de 18 obusiers "
     "automoteurs Bohdana pour 1,1 milliard de couronnes danoises, a annoncé vendredi le ministère danois de "
     "la Défense. L'accord, signé avec le fabricant ukrainien, prévoit des livraisons à partir de février. Le "
     "ministre a précisé que le",
     {("DK", "artillery", M, 18)}),
]

GERMAN = [
    (EXPLAINER, "Fragen und Antworten: Was Deutschland der Ukraine bisher geliefert hat",
     "BERLIN (Agentur) - Wie viel Geld stellt Deutschland bereit? Für 2027 sind im Bundeshaushalt rund 11,5 "
     "Milliarden Euro Militärhilfe für die Ukraine vorgesehen.\n"
     "Welche Flugabwehr ist angekommen? Die Bundeswehr hat bislang drei Patriot-Systeme und sieben "
     "IRIS-T-SLM-Feuereinheiten übergeben.\n"
     "Was kommt als Nächstes? Bis Ende Januar sollen zwei weitere IRIS-T-Systeme folgen.\n"
     "Und der Taurus? Kanzler Merz lehnt die Lieferung des Marschflugkörpers weiterhin ab.",
     {("DE", MONEY, P, 11500000000), ("DE", AIR, D, 3), ("DE", AIR, D, 7), ("DE", AIR, P, 2),
      ("DE", "missiles", R, None)}),
    # Donors by leader, ministry, capital and demonym; a present-tense "schickt" is a pledge.
    (CAPITAL, "Merz sagt Kiew 15 weitere Gepard zu – Warschau schickt Rosomak",
     "BERLIN (Agentur) - Bundeskanzler Friedrich Merz hat der Ukraine am Donnerstag 15 weitere Flakpanzer vom "
     "Typ Gepard zugesagt. Das Verteidigungsministerium teilte mit, die Fahrzeuge kämen aus Beständen der "
     "Industrie. Warschau schickt nach Angaben der polnischen Regierung 30 Radschützenpanzer vom Typ Rosomak. "
     "Die niederländischen F-16 sind inzwischen vollständig in der Ukraine eingetroffen, wie Den Haag "
     "mitteilte. Rom prüft nach eigenen Angaben die Lieferung weiterer Raketen für das SAMP/T-System.",
     {("DE", AIR, P, 15), ("PL", ARMOUR, P, 30), ("NL", "aircraft", D, None), ("IT", AIR, X, None)}),
    # A postponement (still pledged, 25), a cut from 10 to 6 (6) and a withdrawn offer (refused).
    (CUT, "Leopard-Lieferung an Kiew verschoben, weniger Panzerhaubitzen",
     "BERLIN (Agentur) - Die Lieferung von 25 Kampfpanzern vom Typ Leopard 1 an die Ukraine verschiebt sich auf "
     "das zweite Quartal 2027, teilte das Verteidigungsministerium am Dienstag mit. Grund seien Engpässe bei "
     "Ersatzteilen. Die Zahl der zugesagten Panzerhaubitzen 2000 wurde zugleich von zehn auf sechs reduziert, "
     "weil die Bundeswehr vier Geschütze selbst benötigt. Dänemark hat sein Angebot von zwölf "
     "Artillerieradaren zurückgezogen.",
     {("DE", "tanks", P, 25), ("DE", "artillery", P, 6), ("DK", "other", R, 12)}),
    # The last six arrived and all 24 delivered (the total); the crowns paid for the guns are carried;
    # spare barrels are other, their sum carried.
    (MILESTONE, "Norwegen schließt Lieferung von 24 Panzerhaubitzen an die Ukraine ab",
     "OSLO (Agentur) - Mit der Ankunft der letzten sechs Panzerhaubitzen vom Typ K9 hat Norwegen die "
     "Lieferung aller 24 zugesagten Geschütze an die Ukraine abgeschlossen, teilte das Verteidigungsministerium "
     "in Oslo am Mittwoch mit. Bezahlt wurden die Geschütze mit rund 2,2 Milliarden Kronen aus dem "
     "Nansen-Programm. Als Nächstes will Oslo 500 Millionen Kronen für Ersatzrohre bereitstellen.",
     {("NO", "artillery", D, 6), ("NO", "artillery", D, 24), ("NO", "other", P, 500000000)}),
    # The EU's loan tranche (paid: delivered) and its share for air defence ("davon": no sum); the G7
    # money for the budget gives no record.
    (FROZEN, "EU zahlt zweite Tranche des Reparationskredits – Kiew kauft Flugabwehr",
     "BRÜSSEL (Agentur) - Die EU-Kommission hat am Montag die zweite Tranche des durch eingefrorenes russisches "
     "Zentralbankvermögen gedeckten Kredits an die Ukraine ausgezahlt: 6 Milliarden Euro. Davon fließen nach "
     "Angaben aus Kiew 2 Milliarden Euro in den Kauf von Flugabwehrsystemen, unter anderem bei Diehl Defence. "
     "Die G7-Staaten hatten zuvor bereits 45 Milliarden Dollar aus den Zinserträgen der Vermögen für den "
     "ukrainischen Staatshaushalt bereitgestellt.",
     {("EU", MONEY, D, 6000000000), ("EU", AIR, P, None)}),
    # Services: crews trained, fuel every month and a repair centre opened (one record, delivered), and
    # satellite terminals (other, the euros carried).
    (SERVICES, "Ausbildung, Treibstoff, Reparatur: Die stille Hilfe für Kiews Armee",
     "KOPENHAGEN (Agentur) - Dänemark wird im kommenden Jahr 150 ukrainische Panzerbesatzungen ausbilden, "
     "teilte das Verteidigungsministerium in Kopenhagen am Freitag mit. Deutschland liefert nach Angaben aus "
     "Berlin monatlich rund 3.000 Tonnen Treibstoff und hat in Rumänien ein Instandsetzungszentrum für "
     "Marder-Schützenpanzer eröffnet. Luxemburg finanziert 200 Satellitenterminals für die ukrainische Armee "
     "mit 8 Millionen Euro.",
     {("DK", "training", P, 150), ("DE", "other", D, None), ("LU", "other", P, 200)}),
    # "bis zu 20", "knapp 5.000" as written, "mehrere Dutzend" no count; the package's worth and the
    # cumulative total are two funding records.
    (RANGES, "Bis zu 20 CV90 und knapp 5.000 Carl Gustaf: Schwedens neues Paket",
     "STOCKHOLM (Agentur) - Schweden schickt der Ukraine bis zu 20 Schützenpanzer vom Typ CV90 und knapp 5.000 "
     "Panzerabwehrwaffen vom Typ Carl Gustaf, teilte die Regierung am Donnerstag mit. Das Paket hat einen Wert "
     "von rund 7,2 Milliarden Kronen (etwa 650 Millionen Euro). Zudem sollen mehrere Dutzend Patrouillenboote "
     "für die ukrainische Marine folgen. Insgesamt hat Stockholm damit mehr als 100 Milliarden Kronen für die "
     "Militärhilfe zugesagt.",
     {("SE", ARMOUR, P, 20), ("SE", ARMS, P, 5000), ("SE", MONEY, P, 7200000000), ("SE", "other", P, None),
      ("SE", MONEY, P, 100000000000)}),
    # An ordinary wire story cut off by the feed; drones built in Ukraine with Australian money: production.
    (TEASER, "Australien sagt Ukraine 30 weitere Bushmaster zu",
     "CANBERRA (Agentur) - Australien sagt der Ukraine Militärhilfe im Wert von 150 Millionen australischen "
     "Dollar zu, darunter 30 gepanzerte Fahrzeuge vom Typ Bushmaster und Munition, teilte Verteidigungsminister "
     "Mark Ellison am Freitag mit. Zudem finanziert Canberra die Fertigung von 500 Drohnen in der Ukraine. Der "
     "Minister sagte, die",
     {("AU", MONEY, P, 150000000), ("AU", ARMOUR, P, 30), ("AU", AMMO, P, None), ("AU", "drones", M, 500)}),
]

# What the probe leaves, by headline: what is read instead (strict xfails), from the first run.
LEFT: dict[str, str] = {
    'EXPLAINER-What has Sweden given Ukraine so far?': (
        "round 50's branch: since round 50 the answers take their subhead's status and Sweden as giver; the "
        "cumulative 95 billion is read, then deduped away beside the package's 13.5 billion (one record per "
        "donor, category, status; two sums of one donor's funding is my call) | round 49's branch: misses the"
        ' three delivered records (SE, tanks, 10), (SE, armoured_vehicles, 50), (SE, artillery): the answer '
        "under 'WHAT HAS ALREADY BEEN DELIVERED?' borrows Sweden (round 49) but the cue is in the question; "
        "the new package's Archer and shells are read (round 49: subheads are no distance for the borrowed "
        "giver); the cumulative 95 billion is read, then deduped away beside the package's 13.5 billion (one "
        "record per donor, category, status; two sums of one donor's funding is my call) | merged (lead, "
        "rounds 49 and 50 together): misses ('SE', 'funding', 'pledged', 95000000000); adds nothing"
        " | pledges52: kept by the lead's ruling of round 52: a running total told beside the news is "
        "background, no record (running_totals.py)"),
    'Last of 14 Krab howitzers Poland promised reaches Ukraine': (
        "round 50's branch: misses the total delivered (PL, artillery, delivered, 86) ('bringing the number "
        "of Krabs delivered since 2022 to 86'): one delivered record per donor, category and system, the "
        "batch's 14 kept (a second record for the total is my call) | round 49's branch: misses the total "
        "delivered (PL, artillery, delivered, 86) ('bringing the number of Krabs delivered since 2022 to "
        "86'): one delivered record per donor, category and system, the batch's 14 kept (a second record for "
        "the total is my call) | merged (lead, rounds 49 and 50 together): misses ('PL', 'artillery', "
        "'delivered', 86); adds nothing"
        " | pledges52: kept by the lead's ruling of round 52: a running total told beside the news is "
        "background, no record (running_totals.py)"),
    'EU pays first 10 bln euros of frozen-asset loan, Kyiv earmarks 4 bln for air defence': (
        "round 50's branch: since round 50 the EU's 10 billion is read delivered ('paid Ukraine the first 10 "
        "billion euros') and the headline's '4 bln' as money; reads (EU, air_defence, pledged, 4 billion) for"
        " None ('4 billion of it' is a share of the loan: my reading of the 'of which' convention); (EU, "
        'drones, production, 1.5 billion) for None (the same call); adds (JP, funding, delivered, 300 billion'
        " yen) (ERA money 'to a World Bank fund that supports Ukraine's state budget'); misses (EU, funding, "
        "pledged, 90 billion) ('The money is part of a 90 billion euro loan agreed in October') | round 49's "
        "branch: reads (EU, funding, pledged, 10 billion) for delivered (the headline's present 'pays'; the "
        "body's 'paid Ukraine the first 10 billion euros' gives nothing: the bare 'paid' needs its sum right "
        "after it); (EU, air_defence, pledged, 4) for None (the headline's '4 bln' without a currency read as"
        " 4 things); (EU, drones, production, 1.5 billion) for None ('Another 1.5 billion euros of the "
        "tranche' is a share of it: my reading of the 'of which' convention); misses (EU, funding, pledged, "
        "90 billion) ('The money is part of a 90 billion euro loan agreed in October'); Japan's ERA money for"
        " the budget gives nothing since round 49 | merged (lead, rounds 49 and 50 together): misses ('EU', "
        "'air_defence', 'pledged', None), ('EU', 'drones', 'production', None), ('EU', 'funding', 'pledged', "
        "90000000000); adds ('EU', 'air_defence', 'pledged', 4000000000.0), ('EU', 'drones', 'production', "
        '1500000000.0)'),
    "Questions-réponses : ce que la France a fourni à l'Ukraine depuis 2022": (
        "round 50's branch: misses (FR, funding, pledged, 6 billion) ('Paris a engagé environ 6 milliards "
        "d'euros': 'engagé' is no cue), (FR, artillery, production, 12) ('et en a commandé 12 autres à KNDS',"
        " the pronoun 'en' with 'autres' after the delivered Caesar) and (FR, air_defence, pledged, 200) ('Le"
        " chef de l'État a annoncé ... 200 missiles Aster': the head of state names no giver) | round 49's "
        "branch: misses (FR, funding, pledged, 6 billion) ('Paris a engagé environ 6 milliards d'euros': "
        "'engagé' is no cue) and (FR, artillery, production, 12) ('et en a commandé 12 autres à KNDS', the "
        "pronoun 'en' with 'autres' after the delivered Caesar); 'Le chef de l'État' is France since round 49"
        " | merged (lead, rounds 49 and 50 together): misses ('FR', 'artillery', 'production', 12); adds "
        'nothing'),
    'Le dernier lot de blindés belges est arrivé en Ukraine': (
        "round 50's branch: since round 50 the lot's 16 ('Ce lot comptait 16 véhicules') and the four F-16 "
        'still to come are read; misses the total delivered (BE, armoured_vehicles, delivered, 48): one '
        'delivered record per donor, category and system (a second record for the total is my call) | round '
        "49's branch: reads (BE, armoured_vehicles, delivered, None) for 16 and 48: the lot's count is told "
        "in the next sentence ('Ce lot comptait 16 véhicules') and 'portant à 48 le nombre de blindés livrés'"
        " gives no count; misses (BE, aircraft, pledged, 4): 'La Belgique doit encore livrer quatre chasseurs"
        " F-16' ('doit encore livrer') is no cue | merged (lead, rounds 49 and 50 together): misses ('BE', "
        "'armoured_vehicles', 'delivered', 48); adds nothing"
        " | pledges52: kept by the lead's ruling of round 52: a running total told beside the news is "
        "background, no record (running_totals.py)"),
    'Près de 40 000 obus et des dizaines de drones : le nouveau paquet néerlandais': (
        "round 50's branch: since round 50 the package's 350 million is its funding record; (NL, other, "
        "pledged, 8) for 6 ('Entre 6 et 8 radars': the upper bound; the lower is my call); misses (NL, "
        "funding, pledged, 7 billion) ('l'aide militaire néerlandaise dépasse désormais 7 milliards': a "
        "running total, one record per triple) | round 49's branch: reads (NL, drones, pledged, 350 million) "
        "for None and misses (NL, funding, pledged, 350 million): the package's worth ('pour un montant de "
        "plus de 350 millions d'euros') goes to the last thing named; (NL, other, pledged, 8) for 6 ('Entre 6"
        " et 8 radars': the upper bound; the lower is my call); misses (NL, funding, pledged, 7 billion) "
        "('l'aide militaire néerlandaise dépasse désormais 7 milliards') | merged (lead, rounds 49 and 50 "
        "together): misses ('NL', 'funding', 'pledged', 7000000000), ('NL', 'other', 'pledged', 6); adds "
        "('NL', 'other', 'pledged', 8)"
        " | pledges52: kept by the lead's ruling of round 52: a running total told beside the news is "
        "background, no record (running_totals.py)"),
    'Bis zu 20 CV90 und knapp 5.000 Carl Gustaf: Schwedens neues Paket': (
        "round 50's branch: misses the cumulative (SE, funding, pledged, 100 billion) ('Insgesamt hat "
        "Stockholm damit mehr als 100 Milliarden Kronen ... zugesagt'), deduped beside the package's 7.2 "
        "billion (two sums is my call); the ranges 'bis zu 20', 'knapp 5.000' and 'mehrere Dutzend' are read "
        "as labelled | round 49's branch: misses the cumulative (SE, funding, pledged, 100 billion) "
        "('Insgesamt hat Stockholm damit mehr als 100 Milliarden Kronen ... zugesagt'), deduped beside the "
        "package's 7.2 billion (two sums is my call); the ranges 'bis zu 20', 'knapp 5.000' and 'mehrere "
        "Dutzend' are read as labelled | merged (lead, rounds 49 and 50 together): misses ('SE', 'funding', "
        "'pledged', 100000000000); adds nothing"
        " | pledges52: kept by the lead's ruling of round 52: a running total told beside the news is "
        "background, no record (running_totals.py)"),
}


@pytest.mark.parametrize(("lang", "title", "text", "expected"),
                         left_as_xfails(formed_in_three_languages(ENGLISH, FRENCH, GERMAN), LEFT))
def test_review_articles_give_their_labelled_records(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected


def test_the_probe_is_as_briefed() -> None:
    """8 articles a language, each language with its forms: an explainer, donors by capital or leader, a cut
    or postponed pledge, a delivery milestone, frozen-asset money, services, ranges and a cut-off teaser."""
    for articles in (ENGLISH, FRENCH, GERMAN):
        forms = [form for form, _, _, _ in articles]
        assert sorted(forms) == sorted([EXPLAINER, CAPITAL, CUT, MILESTONE, FROZEN, SERVICES, RANGES, TEASER])
    assert len({title for articles in (ENGLISH, FRENCH, GERMAN) for _, title, _, _ in articles}) == 24
