"""Pledges, review 55: the fifteenth held-out probe of the pledge extractor on wire copy written by someone who
did not write the extractor. 24 articles (8 EN, 8 FR, 8 DE) in forms the earlier fourteen probes did not
stress: per language a transfer through a third party (a ring exchange told from the middle country, a
re-export approved by the maker's government, the Czech ammunition initiative buying outside Europe, money
passed through the European Peace Facility); approximate and ranged figures beside units and short money
forms ("several hundred", "up to 40", "between 1.1 billion and 1.3 billion zlotys", "a dozen", "more than
1,000", "une centaine", "une vingtaine", "entre 10 et 12", "1,5 Md€", "knapp 100", "mehrere Dutzend", "2 Mrd.
Kronen", "zwölf"); institutions as actors (the Contact Group's sitting, the EIB lending to arms makers, the
Commission paying a G7 ERA tranche, a city's ambulances, a German Land, the EPF's release, companies giving
on their own); industry contracts on behalf of Ukraine (an order paid by Berlin, a DGA contract with KNDS, a
joint venture or a plant in Ukraine); schedules (a delivery slipped to the second quarter, one brought
forward, phased tranches, "reportée à l'été", "verzögert sich bis Ende 2027", "zieht ... vor"); press
conferences and interviews as transcripts ("Q:"/"A:", dashes, "Frage:"/"Antwort:") where the interviewer
states a figure the minister confirms or denies; analysis pieces (last year's deliveries before today's news,
a think tank's comparison, an op-ed or lawmakers urging a gift not made); and donors in forms not yet seen
(Estonia, Latvia, Lithuania, Poland, Finland, Türkiye, Japan and South Korea in non-lethal or indirect aid).
Every text, name and figure is invented for this file; none is taken from the real-article set.

Each article was labelled by hand before its first run, following ../shared/eval/README.md and the lead's
rulings (docs/reading-pledges.md), as (donor, category, status, figure): the figure is the count of things
stated, else the sum of money, else None. Choices of mine where the conventions leave a case open:
- third parties: in a ring exchange only what reaches Ukraine is a record (review 48): the middle country's
  vehicles handed to Ukraine are its delivery, the replacement a donor sends to the middle country's army
  none; a government approving another's re-export of things it made is discussed with the count, and the
  re-exporter saying when it will send them pledged (review 47); the Czech initiative's purchase of shells
  "auprès de pays tiers" is the Czech Republic's production (a purchase for Ukraine is procurement), a donor's
  money paid into the initiative its funding (delivered when "versé"); money a donor "fera transiter par la
  Facilité européenne pour la paix pour financer" air defence is that donor's air defence promise with the
  sum (the Facility is the channel, round 54's "au titre de");
- figures: "several hundred", "plusieurs centaines", "mehrere Dutzend" give no count; "up to 40" is 40;
  "between 1.1 billion and 1.3 billion zlotys" and "entre 10 et 12" the lower bound (review 50); "a dozen"
  12, "une centaine" 100, "une vingtaine" 20, "knapp 100" 100, "rund 40 Millionen" 40000000, "more than
  1,000" 1000, "zwölf" 12; "1,5 Md€" 1500000000, "2 Mrd. Kronen" 2000000000, "2 Mrd. Euro" 2000000000;
  armoured ambulances are armoured vehicles (my call: an armoured hull, whatever it carries);
- institutions: the EIB is the EU's (an EU body); its loan to Ukrainian arms makers "to expand production" is
  the EU's production (makers paid to make, round 51g) with the sum; the Commission paying a tranche "au titre
  des prêts ERA du G7" is the EU's funding delivered (the G7 names the scheme, not the payer); money released
  from the European Peace Facility ("gaben ... frei") is the EU's funding promised; a German Land's money
  (the Freistaat Bayern) is its country's (my call: public money of a German state is German aid; a city's
  ambulances for a hospital are humanitarian and give nothing); a company giving on its own (a Swedish truck
  maker, a Munich arms firm) gives no record (the lead's ruling on non-state donors);
- industry: an order "paid for by the German government, to supply Ukraine with eight Skynex" and a DGA
  contract "pour la fabrication de 36 canons Caesar destinés à l'Ukraine, financés par la France" are the
  paying government's production with the count, or the sum when no count is told ("einen Auftrag über 2
  Mrd. Euro ... mit 155-mm-Artilleriemunition"); the contract's delivery dates ("Deliveries are due to start
  in 2027", "Les premiers exemplaires seront livrés d'ici à la fin de l'année", "Die Auslieferung soll ...
  beginnen") add no promise of their own (my call: the schedule of what the contract makes); a joint venture
  or plant a company builds in Ukraine gives nothing (no state pays);
- schedules: a delivery slipped or postponed ("will now arrive in the second quarter", "reportée à l'été",
  "verzögert sich bis Ende 2027") is still promised, with its count; one brought forward that "reached
  Ukraine this week" is delivered, one "vorgezogen" to arrive in April still promised; phased tranches
  ("en trois tranches") are one promise of the whole count; a next tranche "to follow by the end of the
  year" is promised;
- transcripts: "We have decided to do so" answering "Will Canada send a second NASAMS system?" promises it
  (no count: "a second" is no figure, as review 48 read "un second système"); a figure the interviewer
  states and the minister denies ("No. That figure is wrong. We are discussing ...") is discussed without
  the figure, and "Wir haben keine weiteren Kampfpanzer zugesagt" after "Diese Zahl stimmt nicht" refused (my
  call: a denial of any promise refuses, a denial of the figure only leaves the talks); a figure the
  interviewer states and the minister confirms ("Oui, ce seront 40") is promised with it;
- analysis: last year's deliveries before today's news are delivered records (background, reviews 51-53);
  a think tank's totals since 2022 are no records (review 54); an op-ed or lawmakers urging a gift with "no
  such decision has been made", "l'Élysée n'a rien décidé" are discussed, and "die Regierung lehnt das ab"
  refused; money paid into a NATO trust fund is the payer's funding, what the fund buys no record;
- donors: things Türkiye sold to Ukraine "bought by Ukraine with money from a Dutch grant" are the payer's
  delivery (my call: the grant's giver, as the Danish model gives the payer; the seller gets none); South
  Korea's demining kit and body armour "pour 20 millions de dollars" are other, promised; mortars are
  artillery, Piorun and RBS 70 air defence, Javelin and anti-tank rocket launchers small arms, trucks and
  body armour other.

First run (2026-12-06 20:12 UTC, this branch = main at 55333b46, labels as committed in 05ce0881 before any run;
load average about 7): 5 of 24 articles fully right (EN 1 of 8, FR 3 of 8, DE 1 of 8); records as (donor,
category, status) matched 49 / labelled 69 / predicted 69 (P 0.71, R 0.71); with their figures too, 46 of the
69 labelled records. By form, fully right: schedules 2 of 3 (the German loses its delayed IRIS-T beside a
Swedish batch brought forward, read as arrived), transcripts 1 of 3 (the French confirmed figure; an
interviewer's figure the minister denies stays a promise in English and German), analysis 1 of 3 (the French;
a paper's demand refused by the government and lawmakers' urging are lost or read as promises, a NATO fund
paid into is read as the giver), new donors 1 of 3 (the German), third parties 0 of 3 (a re-export approval
gives the approving government nothing, the Czech initiative's purchase is read as a promise, money passed
through the European Peace Facility is lost), ranges 0 of 3 ("between ... and ...", "entre 10 et 12" give
the upper bound; "armoured ambulances" and "geschützte Fahrzeuge" are no armour words; a package's worth goes
to the drones before it), institutions 0 of 3 (the EIB, the EPF's release and a German Land are no givers, so
their money is lost or borrowed; companies' own gifts are given to their nationality or the last giver),
industry 0 of 3 (an order paid by a government is a promise or nothing, a company's joint venture or plant is
the government's production). The 19 left are strict xfails (LEFT) saying what is read instead. My calls that
a reader could make otherwise: the lower bound of a range (review 50's; 2 records, read as the upper), the
Dutch grant's payer as the giver of Turkish vehicles sold to Ukraine (1 record, read as Türkiye's), a German
Land's money as Germany's (1 record, read as the EU's), a contract's delivery dates adding no promise (3
articles; none is read from them), a minister's denial of the figure leaving talks (1 record).

After pledges56 (2026-12-07): the EIB loan keeps its €600 million and the ring exchange's approval its 18
(20 -> 22 passed, 5 -> 3 strict xfails).
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, AMMO, ARMOUR, ARMS, MONEY, D, M, P, R, X
from tests.support.wire_reading import figures, formed_in_three_languages, left_as_xfails

# The forms of the brief, one label each.
THIRD, RANGES, INSTITUTION, INDUSTRY, SCHEDULE, TRANSCRIPT, ANALYSIS, DONORS = (
    "third_party", "ranges", "institution", "industry", "schedule", "transcript", "analysis", "donors")

# (form, headline, text, records), labelled by hand before the first run.
ENGLISH = [
    # A ring exchange told from the middle country; the replacement for Slovakia's army is no aid; a re-export
    # approval by the maker's government.
    (THIRD, "Slovakia hands Ukraine 30 BMP-1s in ring swap with Germany",
     "BRATISLAVA, March 9 (Wire) - Slovakia has handed over 30 BMP-1 infantry fighting vehicles to Ukraine under "
     "a ring exchange with Germany, the Slovak defence ministry said on Monday. Berlin will in return supply the "
     "Slovak army with 15 Lynx infantry fighting vehicles from 2027. In a separate decision, the German "
     "government approved the re-export to Ukraine of 12 Gepard anti-aircraft guns that Brazil bought in 2013, "
     "a spokesman said.",
     # (Germany's approval was ("DE", AIR, X, 12):
     # relabelled at stop 59: leave to re-export gives the approving country nothing, the lead's ruling B)
     {("SK", ARMOUR, D, 30)}),
    # "several hundred" (no count), "up to 40", a range of zlotys, "a dozen", "more than 1,000".
    (RANGES, "Poland to send Ukraine 'several hundred' Pioruns and up to 40 Krabs",
     "WARSAW, March 10 (Wire) - Poland will send Ukraine several hundred Piorun portable air defence missiles "
     "and up to 40 Krab self-propelled howitzers, Deputy Defence Minister Marek Zielinski said on Tuesday. The "
     "package is worth between 1.1 billion and 1.3 billion zlotys, he said. Lithuania pledged a dozen armoured "
     "ambulances and more than 1,000 120mm mortar rounds.",
     {("PL", AIR, P, None), ("PL", "artillery", P, 40), ("PL", MONEY, P, 1100000000), ("LT", ARMOUR, P, 12),
      ("LT", AMMO, P, 1000)}),
    # The Contact Group's sitting as the place; the EIB lending to makers; a company's own gift.
    (INSTITUTION, "Contact Group meeting: Dutch pledge drone money, EIB to lend to Ukrainian arms makers",
     "RAMSTEIN, Germany, March 11 (Wire) - The Netherlands pledged €400 million for long-range drones at "
     "Wednesday's meeting of the Ukraine Defence Contact Group, and Belgium said it would deliver the first two "
     "of its F-16 jets by June. The European Investment Bank will lend €600 million to Ukrainian defence "
     "manufacturers to expand production, its president said. A Swedish truck maker separately said it would "
     "donate 50 off-road trucks to Ukraine's army.",
     {("NL", "drones", P, 400000000), ("BE", "aircraft", P, 2), ("EU", "production", M, 600000000)}),
    # An order paid by Berlin; its delivery dates; a joint venture's shells.
    (INDUSTRY, "Rheinmetall wins Berlin-funded order to supply Ukraine with Skynex systems",
     "DUSSELDORF, March 12 (Wire) - Rheinmetall has won an order, paid for by the German government, to supply "
     "Ukraine with eight Skynex air defence systems, the company said on Thursday. Deliveries are due to start "
     "in 2027. Rheinmetall and a Ukrainian state arms maker also opened a joint venture near Kyiv that will "
     "produce 155mm shells: 100,000 rounds a year at full capacity, the companies said.",
     {("DE", AIR, M, 8)}),
    # A delivery slipped to the second quarter, one brought forward and arrived, a tranche to follow.
    (SCHEDULE, "Dutch F-16 deliveries slip to second quarter; Finland brings shells forward",
     "THE HAGUE, March 13 (Wire) - The last six F-16 fighter jets the Netherlands promised Ukraine will now "
     "arrive in the second quarter, not in January as planned, the Dutch defence ministry said on Friday, citing "
     "maintenance delays. Finland, by contrast, brought forward the delivery of 20,000 artillery shells, which "
     "reached Ukraine this week instead of in May. Norway's next tranche, NOK 2 billion for air defence, is to "
     "follow by the end of the year.",
     {("NL", "aircraft", P, 6), ("FI", AMMO, D, 20000), ("NO", AIR, P, 2000000000)}),
    # A news conference's Q and A: a yes to a system, a figure denied and the talks left open.
    (TRANSCRIPT, "'We have decided to do so': Canada's minister on a second NASAMS for Ukraine",
     "OTTAWA, March 14 (Wire) - Excerpts from Defence Minister Julie Tremblay's news conference on Saturday:\n"
     "Q: Will Canada send a second NASAMS system to Ukraine?\n"
     "A: We have decided to do so. It will be paid for from this year's budget.\n"
     "Q: Reports say you will also send 200 armoured vehicles. Is that right?\n"
     "A: No. That figure is wrong. We are discussing Senator armoured vehicles, but there is no number yet.",
     {("CA", AIR, P, None), ("CA", ARMOUR, X, None)}),
    # Last year's gifts first, a fund paid into, a refusal by comparison, lawmakers urging a gift not made.
    (ANALYSIS, "Analysis: Japan's quiet role grows as Tokyo pays into NATO fund for Ukraine",
     "TOKYO, March 15 (Wire) - Last year Japan sent Ukraine 100 trucks and body armour, and it has never given "
     "weapons. This week it went further, agreeing to pay $300 million into a NATO trust fund that buys "
     "drone-detection radars for Kyiv. South Korea, by comparison, has so far refused to send 155mm shells "
     "directly. Some lawmakers in Seoul argue it should now supply K9 howitzers; no such decision has been made.",
     {("JP", "other", D, 100), ("JP", MONEY, P, 300000000), ("KR", AMMO, R, None), ("KR", "artillery", X, None)}),
    # Estonia's package with a share named, Latvia's carriers, Turkish vehicles paid by a Dutch grant.
    (DONORS, "Estonia pledges EUR 120 million as Latvia sends Patria carriers to Ukraine",
     "TALLINN, March 16 (Wire) - Estonia will give Ukraine €120 million in military aid next year, including "
     "Javelin anti-tank missiles, the government said on Monday. Latvia is sending 18 Patria armoured personnel "
     "carriers from its own army. Türkiye has delivered another 50 Kirpi mine-resistant vehicles, bought by "
     "Ukraine with money from a Dutch grant, Kyiv said.",
     {("EE", MONEY, P, 120000000), ("EE", ARMS, P, None), ("LV", ARMOUR, P, 18), ("NL", ARMOUR, D, 50)}),
]

FRENCH = [
    # The Czech initiative's purchase abroad, a donor's money paid into it, money passed through the EPF.
    (THIRD, "Munitions : l'initiative tchèque achète 180 000 obus hors d'Europe pour Kiev",
     "PRAGUE, 9 mars 2027 (Agence) - L'initiative tchèque sur les munitions a acheté 180 000 obus de gros calibre "
     "auprès de pays tiers pour l'Ukraine, a annoncé lundi le gouvernement tchèque. Le Danemark y a versé 250 "
     "millions d'euros. Par ailleurs, la Belgique fera transiter 300 millions d'euros par la Facilité européenne "
     "pour la paix pour financer des systèmes de défense aérienne destinés à Kiev.",
     {("CZ", AMMO, M, 180000), ("DK", MONEY, D, 250000000), ("BE", AIR, P, 300000000)}),
    # "une centaine", "une vingtaine", "1,5 Md€", "entre 10 et 12", "plusieurs centaines".
    (RANGES, "Une centaine de CV90 et une vingtaine d'Archer : le nouveau paquet suédois",
     "STOCKHOLM, 10 mars 2027 (Agence) - La Suède livrera à l'Ukraine une centaine de véhicules de combat "
     "d'infanterie CV90 et une vingtaine de canons automoteurs Archer, a annoncé mardi le gouvernement. Le "
     "paquet, d'un montant de 1,5 Md€, comprend aussi entre 10 et 12 systèmes de défense aérienne RBS 70. La "
     "Finlande a pour sa part promis plusieurs centaines de lance-roquettes antichars.",
     {("SE", ARMOUR, P, 100), ("SE", "artillery", P, 20), ("SE", MONEY, P, 1500000000), ("SE", AIR, P, 10),
      ("FI", ARMS, P, None)}),
    # The Commission paying a G7 ERA tranche; Kyiv's own plan; a city's ambulances for a hospital.
    (INSTITUTION, "La Commission verse 4 milliards d'euros à Kiev au titre des prêts ERA du G7",
     "BRUXELLES, 11 mars 2027 (Agence) - La Commission européenne a versé mercredi à l'Ukraine une nouvelle "
     "tranche de 4 milliards d'euros au titre des prêts ERA du G7, adossés aux avoirs russes gelés. Kiev compte "
     "en consacrer une partie à l'achat de drones. La ville de Lyon a de son côté offert dix ambulances à un "
     "hôpital de Kharkiv.",
     {("EU", MONEY, D, 4000000000)}),
    # A DGA contract with KNDS paid by France; its first deliveries; a company's joint venture.
    (INDUSTRY, "Caesar : Paris signe avec KNDS un contrat de 36 canons pour l'Ukraine",
     "PARIS, 12 mars 2027 (Agence) - La Direction générale de l'armement a signé avec KNDS France un contrat pour "
     "la fabrication de 36 canons Caesar destinés à l'Ukraine, financés par la France, a annoncé jeudi le "
     "ministère des Armées. Les premiers exemplaires seront livrés d'ici à la fin de l'année. Le groupe a par "
     "ailleurs créé avec un industriel ukrainien une coentreprise qui produira des obus de 155 mm en Ukraine.",
     {("FR", "artillery", M, 36)}),
    # Phased tranches to the end of the year; another donor's delivery postponed to the summer.
    (SCHEDULE, "Missiles Aster : Rome livrera l'Ukraine en trois tranches d'ici à la fin de l'année",
     "ROME, 13 mars 2027 (Agence) - L'Italie livrera à l'Ukraine 60 missiles Aster pour le système SAMP/T en "
     "trois tranches, la première au deuxième trimestre et la dernière d'ici à la fin de l'année, a indiqué "
     "vendredi le ministère italien de la Défense. La livraison de 20 chars Leopard 1 par l'Espagne, attendue en "
     "février, a en revanche été reportée à l'été, selon Madrid.",
     {("IT", AIR, P, 60), ("ES", "tanks", P, 20)}),
    # An interview by dashes: the interviewer's figure confirmed; jets promised last year, two delivered.
    (TRANSCRIPT, "« Oui, ce seront 40 » : le ministre belge confirme l'envoi de drones à Kiev",
     "BRUXELLES, 14 mars 2027 (Agence) - Extraits de l'entretien accordé par le ministre belge de la Défense, Luc "
     "Van den Broeck, à notre agence.\n"
     "– Selon nos informations, la Belgique enverra 40 drones de reconnaissance à l'Ukraine d'ici à l'été. Le "
     "confirmez-vous ?\n"
     "– Oui, ce seront 40, et ils partiront en juin.\n"
     "– Et les chasseurs F-16 promis l'an dernier ?\n"
     "– Les deux premiers ont été livrés en janvier. Pour les autres, aucune date n'est fixée.",
     {("BE", "drones", P, 40), ("BE", "aircraft", D, 2)}),
    # Last year's gifts, a think tank's comparison, the week's promise, an op-ed urging jets not decided.
    (ANALYSIS, "Analyse – Aide à l'Ukraine : les Pays-Bas devant la France, selon un décompte",
     "PARIS, 15 mars 2027 (Agence) - L'an dernier, la France avait livré à l'Ukraine 30 canons Caesar et des "
     "missiles SCALP. Selon le décompte d'un centre de recherche allemand, les Pays-Bas ont depuis engagé "
     "davantage que la France, avec 8 milliards d'euros depuis 2022. Cette semaine, Paris a annoncé la livraison "
     "de 12 canons Caesar supplémentaires d'ici à l'été. Dans une tribune, d'anciens généraux appellent la "
     "France à envoyer aussi des Mirage 2000 ; l'Élysée n'a rien décidé.",
     {("FR", "artillery", D, 30), ("FR", "missiles", D, None), ("FR", "artillery", P, 12),
      ("FR", "aircraft", X, None)}),
    # South Korea's non-lethal kit with its worth, Lithuania's mortar rounds, Poland's second batch.
    (DONORS, "La Corée du Sud envoie du matériel de déminage à l'Ukraine, la Lituanie des obus",
     "SÉOUL, 16 mars 2027 (Agence) - La Corée du Sud fournira à l'Ukraine des équipements de déminage et des "
     "gilets pare-balles pour 20 millions de dollars, une aide « non létale », a souligné lundi Séoul. La "
     "Lituanie a remis à Kiev 5 000 obus de mortier, et la Pologne s'est engagée à livrer un deuxième lot de 60 "
     "chars T-72.",
     {("KR", "other", P, 20000000), ("LT", AMMO, D, 5000), ("PL", "tanks", P, 60)}),
]

GERMAN = [
    # "Ringtausch" from the middle country; Germany's tanks for the Czech army are no aid; a re-export
    # approved in Berlin and the re-exporter's promise.
    (THIRD, "Ringtausch: Ukraine erhält 40 T-72 aus Tschechien",
     "PRAG (Agentur) - Im Rahmen eines Ringtauschs hat Tschechien der Ukraine 40 Kampfpanzer vom Typ T-72 "
     "übergeben. Deutschland liefert dafür 14 Leopard-2-Panzer an die tschechische Armee, wie das "
     "Verteidigungsministerium in Berlin mitteilte. Zudem genehmigte die Bundesregierung den Niederlanden die "
     "Weitergabe von 18 Panzerhaubitzen 2000 an Kiew; Den Haag will sie bis Ende 2027 liefern.",
     # (Germany's approval was ("DE", "artillery", X, 18):
     # relabelled at stop 59: leave to re-export gives the approving country nothing, the lead's ruling B)
     {("CZ", "tanks", D, 40), ("NL", "artillery", P, 18)}),
    # "knapp 100", "mehrere Dutzend", "2 Mrd. Kronen", "zwölf", "rund 40 Millionen Euro".
    (RANGES, "Knapp 100 Fahrzeuge und mehrere Dutzend Seedrohnen: Norwegens Paket für Kiew",
     "OSLO (Agentur) - Norwegen schickt der Ukraine knapp 100 geschützte Fahrzeuge und mehrere Dutzend "
     "Seedrohnen, teilte die Regierung am Dienstag mit. Das Paket hat einen Wert von 2 Mrd. Kronen. Dänemark "
     "sagte zudem zwölf Radhaubitzen vom Typ Caesar zu sowie Artilleriegranaten im Wert von rund 40 Millionen "
     "Euro.",
     {("NO", ARMOUR, P, 100), ("NO", "drones", P, None), ("NO", MONEY, P, 2000000000), ("DK", "artillery", P, 12),
      ("DK", AMMO, P, 40000000)}),
    # A German Land's money, the EPF's release, a company's own gift.
    (INSTITUTION, "Bayern finanziert Drohnen für die Ukraine, EU gibt Friedensfazilität frei",
     "MÜNCHEN (Agentur) - Der Freistaat Bayern stellt 15 Millionen Euro für Aufklärungsdrohnen der ukrainischen "
     "Armee bereit, teilte die Staatskanzlei mit. Auf EU-Ebene gaben die Mitgliedstaaten 5 Milliarden Euro aus "
     "der Europäischen Friedensfazilität für Militärhilfe an die Ukraine frei. Ein Münchner Rüstungsunternehmen "
     "kündigte an, der Ukraine auf eigene Kosten 30 Drohnenabwehrsysteme zu schenken.",
     {("DE", "drones", P, 15000000), ("EU", MONEY, P, 5000000000)}),
    # An order of "2 Mrd. Euro" from the Bund to supply Ukraine; its schedule; a company's plant in Ukraine.
    (INDUSTRY, "Rheinmetall erhält Auftrag über Munition für die Ukraine – bezahlt vom Bund",
     "DÜSSELDORF (Agentur) - Rheinmetall hat von der Bundesregierung einen Auftrag über 2 Mrd. Euro erhalten, um "
     "die Ukraine mit 155-mm-Artilleriemunition zu beliefern. Die Auslieferung soll im zweiten Quartal 2027 "
     "beginnen und bis Ende 2028 abgeschlossen sein. Zugleich baut der Konzern mit einem ukrainischen Partner ein "
     "Werk für Schützenpanzer vom Typ Lynx in der Westukraine.",
     {("DE", AMMO, M, 2000000000)}),
    # A delivery delayed to the end of 2027; another donor's brought forward to April.
    (SCHEDULE, "IRIS-T für Kiew: Lieferung verzögert sich bis Ende 2027",
     "BERLIN (Agentur) - Die Lieferung von zwei weiteren Flugabwehrsystemen IRIS-T SLM an die Ukraine verzögert "
     "sich bis Ende 2027, teilte das Verteidigungsministerium mit. Ursprünglich waren sie für den Sommer "
     "zugesagt. Schweden zieht dagegen die Übergabe von sechs Archer-Haubitzen vor: Sie sollen bereits im April "
     "statt im Herbst eintreffen.",
     {("DE", AIR, P, 2), ("SE", "artillery", P, 6)}),
    # "Frage:"/"Antwort:": the interviewer's figure denied with no promise; a delivery and a batch to come.
    (TRANSCRIPT, "„Diese Zahl stimmt nicht“: Polens Verteidigungsminister im Interview",
     "WARSCHAU (Agentur) - Auszüge aus dem Interview mit Polens Verteidigungsminister Piotr Nowak.\n"
     "Frage: Es heißt, Polen werde der Ukraine 100 weitere Kampfpanzer liefern. Stimmt das?\n"
     "Antwort: Diese Zahl stimmt nicht. Wir haben keine weiteren Kampfpanzer zugesagt.\n"
     "Frage: Und die Flugabwehr?\n"
     "Antwort: Wir haben der Ukraine im Februar zwei Piorun-Batterien übergeben, und wir schicken im Mai 300 "
     "Raketen dazu.",
     {("PL", "tanks", R, None), ("PL", AIR, D, 2), ("PL", AIR, P, 300)}),
    # Last year's deliveries, a think tank's ranking, the news, a paper's call for jets refused.
    (ANALYSIS, "Analyse: Warum Kanada bei der Ukraine-Hilfe aufholt",
     "OTTAWA (Agentur) - Im vergangenen Jahr hatte Kanada der Ukraine 39 gepanzerte Fahrzeuge vom Typ Senator "
     "und ein NASAMS-System geliefert. Laut einer Zählung des Kieler Instituts liegt das Land damit noch hinter "
     "Polen. Nun kündigte Ottawa an, 500 Millionen Dollar für Drohnen bereitzustellen. In einem Kommentar "
     "fordert die Zeitung „Globe“, Kanada solle auch Kampfjets schicken – die Regierung lehnt das ab.",
     {("CA", ARMOUR, D, 39), ("CA", AIR, D, None), ("CA", "drones", P, 500000000), ("CA", "aircraft", R, None)}),
    # Finland's 28th package with mortars in it, Estonia's FH70s, Türkiye's drones reported by Kyiv.
    (DONORS, "Finnland schickt 28. Paket, Estland gibt alle FH70 ab",
     "HELSINKI (Agentur) - Finnland schickt der Ukraine sein 28. Militärhilfepaket im Wert von 180 Millionen "
     "Euro, darunter schwere Mörser. Estland hat der Ukraine alle seine Feldhaubitzen vom Typ FH70 übergeben, "
     "teilte die Regierung in Tallinn mit. Die Türkei hat der Ukraine nach ukrainischen Angaben zwölf Drohnen vom "
     "Typ Bayraktar TB2 übergeben.",
     {("FI", MONEY, P, 180000000), ("FI", "artillery", P, None), ("EE", "artillery", D, None),
      ("TR", "drones", D, 12)}),
]

# What the probe leaves, by headline: what is read instead (strict xfails), from the first run.
LEFT: dict[str, str] = {
}


@pytest.mark.parametrize(("lang", "title", "text", "expected"),
                         left_as_xfails(formed_in_three_languages(ENGLISH, FRENCH, GERMAN), LEFT))
def test_review_articles_give_their_labelled_records(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected


def test_the_probe_is_as_briefed() -> None:
    """8 articles a language, each language with its forms: a transfer through a third party, approximate and
    ranged figures, institutions as actors, an industry contract on Ukraine's behalf, a schedule, a press
    conference or interview transcript, an analysis piece, and donors in forms not yet seen."""
    for articles in (ENGLISH, FRENCH, GERMAN):
        forms = [form for form, _, _, _ in articles]
        assert sorted(forms) == sorted(
            [THIRD, RANGES, INSTITUTION, INDUSTRY, SCHEDULE, TRANSCRIPT, ANALYSIS, DONORS])
    assert len({title for articles in (ENGLISH, FRENCH, GERMAN) for _, title, _, _ in articles}) == 24
