"""Pledges, review 48: the eighth held-out probe of the pledge extractor on wire copy written by someone who
did not write the extractor. 24 articles (8 EN, 8 FR, 8 DE) in forms the earlier probes did not stress: per
language a ring exchange (a country hands its older vehicles or guns to Ukraine and a third country
replaces them), a multi-year or yearly commitment ("X a year until 2029", "jeweils ... für die Jahre"), a
suspension or resumption of deliveries, a delivery schedule (some already there, the rest "by spring" or
"from 2027"), a daily war-news digest in which aid is one paragraph among front-line figures (drones shot
down, missiles, casualties, prisoners), an EU-level funding story (European Peace Facility reimbursements,
profits of immobilised Russian assets, a loan backed by them), and two ordinary wire stories with model
numbers and calibres (PAC-3 MSE, Leopard 1A5, M113, 155 mm, Archer, IRIS-T SLM). Donors beyond the big ones
(Slovakia, Greece, Lithuania, Luxembourg, Romania, Norway, Belgium, Estonia, Spain, Canada, ...), every
status, money and counts. Every text, name and figure is invented for this file; none is taken from the
real-article set.

Each article was labelled by hand before its first run, following ../shared/eval/README.md,
tests/data/README.md and the lead's conventions (see the brief of stop 46), as (donor, category, status,
figure): the figure is the count of things stated, else the sum of money, else None. Choices of mine where
the conventions leave a case open:
- ring exchange: only what reaches Ukraine is a record. The country that hands its vehicles or guns to
  Ukraine gets the record (with the count); the country that replaces them in the middle country's army gets
  no record for the replacement (it is not aid to Ukraine), but money it pays for the Ukrainian leg itself
  (refurbishing the vehicles that go to Ukraine) is its funding record;
- a yearly sum is the funding record with the yearly figure ("20 billion crowns a year" -> 20 billion);
  "jeweils 3,5 Milliarden Euro für die Jahre 2026 bis 2029" is a yearly sum, not a share of several givers;
- a suspension in force is refused, without a count unless the suspended count is stated; a pause already
  lifted in the same story gives no refused record: the resumption is the news (pledged, with the count of
  what is to go);
- a schedule: the promised total is the pledged record with the total ("the first 10 of 45 it promised":
  pledged 45, delivered 10); a further batch "under a contract signed" is production; a running total
  ("portant à neuf") of the same delivery gives no record of its own beside the news' count;
- "ein weiteres" / "un premier système" give no count (None), as review 47 read "un second système";
- a digest's front-line figures (drones shot down, casualties, prisoners) give nothing;
- an EU tranche "transferred"/"versé"/"flossen" is the EU's funding, delivered; money "to help Ukraine buy X"
  is the funding record alone (as the lead ruled for money paid into a fund); a part told "dont / davon"
  stays in the funding record and the named thing gets a record without a sum, with the tranche's status;
  EPF money a member's veto keeps blocked is the EU's funding, discussed (undecided is not refused);
  "agreed to reimburse" is pledged;
- ammunition "for HIMARS" and 155 mm shells in one package are one ammunition record; Patriot interceptors
  (PAC-2 GEM-T, PAC-3 MSE) are air defence;
- a cancelled planned transfer is refused with the cancelled count;
- a refusal to send instructors into Ukraine is training, refused.

First run (2026-12-05, this branch = main at 2491bcd, labels as committed in 1257f17 before any run; load
average about 9-15): 7 of 24 articles fully right (EN 2 of 8, FR 3 of 8, DE 2 of 8); records as (donor,
category, status) matched 54 / labelled 67 / predicted 67 (P 0.81, R 0.81); with their figures too, 51 of 67.
By form, fully right: ring exchanges 0 of 3 (the swap's leg to the middle country, told in its own sentence
or headline, is read as aid to Ukraine), yearly commitments 1 of 3 (the Belgian), suspensions 1 of 3 (the
Italian), schedules 0 of 3 (trainees counted as "crew members" or as a subject, a running total "portant à
neuf" read as a promise), digests 2 of 3 (the English and German; the front-line figures never gave a record),
EU-level funds 0 of 3, wire stories 3 of 6 (Spain, the United States, Finland). One label changed after the
run (the Canadian drones bought from Ukrainian makers: production, as review 47 labelled the same form; said
at the article): with it, matched 55 / labelled 67 / predicted 67 (P 0.82, R 0.82), figures 52 of 67. The 17
left are strict xfails (LEFT) saying what is read instead; some hold a call of mine a reader could make
otherwise, said in their reasons (the EU's money "to help Ukraine buy" things, the French EU tranche's share
and the Hungarian veto).

After pledges round 42 (2026-12-05, branch pledges42: ring legs to the middle country, munitions for jets, a
jet-named training centre, paid making in Ukraine as category production, money "to help Ukraine buy" as the
funding alone; tests/pledges/test_pledges_wire_42.py): 10 of 24 articles fully right; records matched 57 /
labelled 67 / predicted 62 (P 0.92, R 0.85); figures 53 of 67. Three strict xfails became plain tests (the
Slovak swap, the EU's 1.9 billion tranche, the French digest); the Greek swap and the Romanian training keep
only their status and figure causes.

After pledges round 43 (2026-12-05, branch pledges43 on main at 04ad7ff, tests/pledges/test_pledges_wire_43.py;
no label changed): 14 of 24 articles fully right; records matched 60 / labelled 67 / predicted 67 (P 0.90, R
0.90), figures 60 of 67. Now right: the Norwegian yearly sum ("committing 20 billion crowns a year"), the Danish
schedule ("140 Ukrainian crew members" counted), the Canadian cancellation (the drones after "..., buys drones
instead" no longer refused), the German IRIS-T schedule ("Die ersten 50 ukrainischen Soldaten haben die
Ausbildung ... begonnen" counted), the French Mirage schedule (the running total "portant à neuf le nombre
d'appareils remis" no longer a promise of nine), the French EU tranche (the share "dont ... destinés à l'achat"
takes the tranche's delivery; "restent bloqués par le veto" is discussed) and the German ring exchange
("übernimmt die Kosten ... in Höhe von 12 Millionen Euro" is Germany's funding); the Greek ring exchange no
longer reads a refusal from "avait jusqu'ici refusé".

Rounds 42 and 43 merged (stop 46, with round 41): 19 of 24 articles fully right; records matched 62 / labelled 67
/ predicted 62 (P 1.00, R 0.93); figures 62 of 67. Both rounds were fixed on this probe's causes, so these
figures are no longer a held-out measure.
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, AMMO, ARMOUR, MONEY, D, M, P, R, X
from tests.support.wire_reading import figures, formed_in_three_languages, left_as_xfails

# The forms of the brief, one label each.
RING, YEARLY, SUSPENSION, SCHEDULE, DIGEST, EUFUND, WIRE = (
    "ring", "yearly", "suspension", "schedule", "digest", "eufund", "wire")

# (form, headline, text, records), labelled by hand before the first run.
ENGLISH = [
    # Slovakia's vehicles reach Ukraine: its record. Germany's Leopards go to Slovakia: no record.
    (RING, "Slovakia to hand Ukraine 30 BMP-1 vehicles in tank swap with Germany",
     "BRATISLAVA, May 14 (Wire) - Slovakia will hand 30 BMP-1 infantry fighting vehicles to Ukraine's armed "
     "forces and receive 15 Leopard 2A4 tanks from Germany in return, the two defence ministries said on "
     "Thursday. The German tanks will replace the Soviet-era vehicles in Slovak service from early next year, "
     "and Berlin will pay for the training of 60 Slovak crews. \"This swap gets armour to the front within "
     "weeks rather than years,\" a Slovak ministry spokesman said. It is the fourth exchange of this kind "
     "Berlin has arranged with an eastern NATO member since 2022.",
     {("SK", ARMOUR, P, 30)}),
    # A yearly sum until 2029 is the funding record with the yearly figure.
    (YEARLY, "Norway signs 10-year security pact with Ukraine, commits 20 billion crowns a year",
     "OSLO, June 2 (Wire) - Norway signed a ten-year security agreement with Ukraine on Monday, committing "
     "20 billion crowns a year in military support until 2029, the prime minister's office said. Under the "
     "accord, Oslo will also pay for two more NASAMS fire units and train 500 Ukrainian soldiers every year "
     "at Norwegian bases. Ukraine has signed similar bilateral agreements with more than 25 governments "
     "since 2024; Norway's is the first to fix a yearly sum for the whole period.",
     {("NO", MONEY, P, 20000000000), ("NO", AIR, P, 2), ("NO", "training", P, 500)}),
    # The pause is over in the same story: the resumption is the news (pledged, with the held count).
    (SUSPENSION, "Czech shell shipments to Ukraine resume after two-week audit pause",
     "PRAGUE, Sept 8 (Wire) - The Czech Republic will resume deliveries of 155 mm artillery shells to Ukraine "
     "on Monday, ending a two-week pause imposed while auditors reviewed the accounts of its ammunition "
     "initiative, the defence ministry said. Around 40,000 rounds held at depots in Moravia during the "
     "audit will leave in the coming days, a spokesman said, adding that the auditors had found no "
     "irregularities. Separately, the ministry said it had delivered 12 RM-70 Vampire multiple rocket "
     "launchers to Ukraine since January.",
     {("CZ", AMMO, P, 40000), ("CZ", "artillery", D, 12)}),
    # The promised total is pledged (45), the handed-over part delivered (10), the contract's batch production.
    (SCHEDULE, "Denmark hands over first 10 CV90s to Ukraine, rest due by spring",
     "COPENHAGEN, Nov 19 (Wire) - Denmark has handed over the first 10 of the 45 CV90 infantry fighting "
     "vehicles it promised Ukraine, the Danish defence ministry said on Wednesday. The remaining 35 are due "
     "by spring. A further 20 are to follow from 2027 under a contract Copenhagen signed with the Swedish "
     "manufacturer in June. Danish instructors have already trained 140 Ukrainian crew members on the "
     "vehicle at a base in Jutland.",
     {("DK", ARMOUR, D, 10), ("DK", ARMOUR, P, 45), ("DK", ARMOUR, M, 20), ("DK", "training", D, 140)}),
    # The front-line figures give nothing; the aid paragraph gives Sweden's package and Lithuania's delivery.
    (DIGEST, "Ukraine war at a glance: 112 drones downed, strikes on Kharkiv, Swedish howitzers",
     "KYIV, Oct 22 (Wire) - Here are the main developments in the war on Wednesday.\n"
     "FIGHTING: Ukraine's air force said it shot down 112 of the 140 drones and four of six Iskander-M "
     "missiles Russia launched overnight. Two people were killed and 19 wounded in strikes on Kharkiv, the "
     "regional governor said. Russia's defence ministry said its troops had captured a village in the "
     "Donetsk region; Kyiv did not confirm it.\n"
     "AID: Sweden will send 18 Archer self-propelled howitzers and 20,000 rounds of 155 mm ammunition in a "
     "new package worth 6.5 billion crowns, its defence minister said. Lithuania said it had delivered a "
     "batch of M577 command vehicles, without giving a number.\n"
     "DIPLOMACY: Russia and Ukraine each freed 150 prisoners in an exchange brokered by the United Arab "
     "Emirates.",
     {("SE", "artillery", P, 18), ("SE", AMMO, P, 20000), ("SE", MONEY, P, 6500000000),
      ("LT", ARMOUR, D, None)}),
    # A transferred tranche is delivered funding; "agreed to reimburse" is pledged; no member is named.
    (EUFUND, "EU transfers 1.9 billion euros from frozen Russian asset profits for Ukraine's weapons",
     "BRUSSELS, July 25 (Wire) - The European Union has transferred a third tranche of 1.9 billion euros "
     "from windfall profits on immobilised Russian central bank assets to help Ukraine buy air defence "
     "and ammunition, the European Commission said on Friday. Most of the money is channelled through the "
     "European Peace Facility. EU ambassadors also agreed on Friday to reimburse member states 420 million "
     "euros for weapons they have already sent to Kyiv, diplomats said.",
     {("EU", MONEY, D, 1900000000), ("EU", MONEY, P, 420000000)}),
    # Interceptors for Patriot are air defence; the ruled-out jets are refused.
    (WIRE, "Spain to send 10 Leopard 2A4 tanks and six Patriot interceptors to Ukraine",
     "MADRID, March 3 (Wire) - Spain will send 10 Leopard 2A4 tanks and six PAC-2 GEM-T interceptors for "
     "Ukraine's Patriot batteries, Defence Minister Margarita Robles said on Tuesday. The tanks, taken from "
     "storage in Zaragoza, are being overhauled and will leave in April. Robles ruled out sending F/A-18 "
     "fighter jets, saying Spain's air force needed all of them to meet its NATO commitments.",
     {("ES", "tanks", P, 10), ("ES", AIR, P, 6), ("ES", "aircraft", R, None)}),
    # A cancelled planned transfer is refused with its count; drones bought from Ukrainian makers stay drones.
    # (Relabelled after the first run from (CA, drones, pledged, 50 million) to production, as review 47 labelled
    # "pledged 150 million euros to buy drones made by Ukrainian manufacturers"; the extractor reads it so.)
    (WIRE, "Canada cancels transfer of 8 M113 carriers to Ukraine, buys drones instead",
     "OTTAWA, Feb 11 (Wire) - Canada has cancelled the planned transfer of 8 M113 armoured personnel "
     "carriers to Ukraine after the vehicles failed a technical inspection, and will instead spend 50 "
     "million Canadian dollars on drones made by Ukrainian manufacturers, the defence minister said on "
     "Wednesday. Canada delivered 39 Senator armoured vehicles to Ukraine earlier this year.",
     {("CA", ARMOUR, R, 8), ("CA", "drones", M, 50000000), ("CA", ARMOUR, D, 39)}),
]

FRENCH = [
    # La Grèce livre ses obusiers à l'Ukraine : son record. Les Caesar français vont à Athènes : aucun.
    (RING, "Échange d'armes : la Grèce va céder 24 obusiers M110 à Kiev, Paris compense avec des Caesar",
     "ATHÈNES, 9 avril (Agence) - La Grèce va céder à l'Ukraine 24 obusiers automoteurs M110 de 203 mm "
     "tirés de ses réserves, a annoncé mercredi le ministère grec de la Défense. En échange, la France "
     "livrera à l'armée grecque 12 canons Caesar neufs d'ici 2027, dans le cadre d'un accord conclu à "
     "Paris la semaine dernière. Athènes avait jusqu'ici refusé de se séparer de son artillerie lourde, "
     "invoquant les tensions en mer Égée.",
     {("GR", "artillery", P, 24)}),
    # Somme annuelle : le record de financement à la somme par an ; les F-16 promis et ceux arrivés.
    (YEARLY, "Accord de sécurité : la Belgique promet 1 milliard d'euros par an à l'Ukraine jusqu'en 2028",
     "BRUXELLES, 17 juin (Agence) - La Belgique a signé mardi avec l'Ukraine un accord de sécurité de dix "
     "ans par lequel elle s'engage à consacrer au moins 1 milliard d'euros par an à l'aide militaire "
     "jusqu'en 2028. Le texte confirme la livraison de 30 avions de combat F-16 d'ici la fin de 2028 ; "
     "les deux premiers sont arrivés en Ukraine en octobre, a précisé le Premier ministre. Bruxelles "
     "financera aussi la formation de pilotes ukrainiens au Danemark.",
     {("BE", MONEY, P, 1000000000), ("BE", "aircraft", P, 30), ("BE", "aircraft", D, 2),
      ("BE", "training", P, None)}),
    # Une suspension en vigueur : refusé ; « devrait reprendre » ne fait pas un second record (mon choix).
    (SUSPENSION, "L'Italie suspend la livraison d'un second système SAMP/T à l'Ukraine",
     "ROME, 4 décembre (Agence) - L'Italie a suspendu la livraison d'un second système de défense "
     "aérienne SAMP/T promis à l'Ukraine, le temps qu'une de ses propres batteries revienne de "
     "maintenance, a indiqué jeudi le ministère de la Défense. La livraison devrait reprendre « au "
     "printemps », selon la même source. Rome a déjà fourni à Kiev un premier système SAMP/T, déployé "
     "autour de la capitale depuis l'été.",
     {("IT", AIR, R, None), ("IT", AIR, D, None)}),
    # Calendrier : 3 livrés (le cumul « portant à neuf » ne fait pas de record), 15 promis, formation promise.
    (SCHEDULE, "Mirage 2000-5 : trois nouveaux appareils livrés à Kiev, les derniers attendus d'ici l'été",
     "PARIS, 12 février (Agence) - La France a livré à l'Ukraine trois Mirage 2000-5 supplémentaires, "
     "portant à neuf le nombre d'appareils remis depuis l'an dernier, a annoncé jeudi le ministère des "
     "Armées. Les six derniers des quinze avions promis doivent arriver d'ici l'été. Paris financera en "
     "outre la formation de 40 pilotes et mécaniciens supplémentaires à partir de janvier 2027.",
     {("FR", "aircraft", D, 3), ("FR", "aircraft", P, 15), ("FR", "training", P, 40)}),
    # Les chiffres du front ne donnent rien ; la production financée en Ukraine est la catégorie production.
    (DIGEST, "Guerre en Ukraine : ce qu'il faut retenir de la journée de mardi",
     "KIEV, 14 octobre (Agence) - Voici les principaux faits de la journée.\n"
     "Sur le front : l'armée de l'air ukrainienne dit avoir abattu 87 des 103 drones Shahed lancés dans "
     "la nuit par la Russie. Trois civils ont été tués à Zaporijjia et onze blessés à Odessa. Moscou "
     "affirme avoir repoussé sept attaques près de Koupiansk.\n"
     "Aide militaire : le Danemark va financer à hauteur de 90 millions d'euros la production de canons "
     "Bohdana par l'industrie ukrainienne. L'Estonie a remis à Kiev 3 000 obus de mortier de 120 mm, a "
     "annoncé son ministère de la Défense.\n"
     "Diplomatie : l'envoyé américain est attendu jeudi à Kiev.",
     {("DK", "artillery", M, 90000000), ("EE", AMMO, D, 3000)}),
    # « dont » : la tranche versée est le record de financement ; munitions et drones sans somme.
    # Les remboursements de la FEP bloqués par un veto : financement de l'UE, discuté (mon choix).
    (EUFUND, "Avoirs russes gelés : l'UE verse 3 milliards d'euros à Kiev, dont une part pour des armes",
     "BRUXELLES, 29 janvier (Agence) - L'Union européenne a versé mercredi à l'Ukraine une nouvelle "
     "tranche de 3 milliards d'euros de son prêt adossé aux revenus des avoirs russes immobilisés, dont "
     "1,2 milliard destinés à l'achat de munitions et de drones, a annoncé la Commission européenne. Par "
     "ailleurs, 6,6 milliards d'euros de remboursements au titre de la Facilité européenne pour la paix "
     "restent bloqués par le veto de la Hongrie.",
     {("EU", MONEY, D, 3000000000), ("EU", AMMO, D, None), ("EU", "drones", D, None),
      ("EU", MONEY, X, 6600000000)}),
    # Les radars sont « other » ; un refus d'envoyer des instructeurs est une formation refusée.
    (WIRE, "Le Luxembourg finance 20 radars et 500 drones FPV pour l'armée ukrainienne",
     "LUXEMBOURG, 6 mars (Agence) - Le Luxembourg va consacrer 25 millions d'euros à l'achat de 20 radars "
     "de surveillance aérienne à courte portée et de 500 drones FPV pour l'armée ukrainienne, a annoncé "
     "jeudi le ministère de la Défense. Le gouvernement a en revanche écarté l'idée d'envoyer des "
     "instructeurs militaires luxembourgeois en Ukraine.",
     # (relabelled to the stop-47 ruling (real set P-DE-022): counted things of several kinds beside the sum are
     # records of their own and the sum is on none; was also (LU, funding, pledged, 25 million))
     {("LU", "other", P, 20), ("LU", "drones", P, 500), ("LU", "training", R, None)}),
    # Munitions pour HIMARS et obus de 155 mm : un seul record munitions ; intercepteurs PAC-3 : défense aérienne.
    (WIRE, "Washington annonce 400 millions de dollars d'aide militaire, dont 50 blindés M113",
     "WASHINGTON, 21 mai (Agence) - Les États-Unis ont annoncé mardi une nouvelle tranche d'aide militaire "
     "de 400 millions de dollars pour l'Ukraine, prélevée sur les stocks du Pentagone. Elle comprend des "
     "intercepteurs PAC-3 MSE pour les batteries Patriot, 50 véhicules blindés de transport de troupes "
     "M113, des munitions pour les lance-roquettes HIMARS et des obus de 155 mm, a précisé le département "
     "d'État.",
     {("US", MONEY, P, 400000000), ("US", AIR, P, None), ("US", ARMOUR, P, 50), ("US", AMMO, P, None)}),
]

GERMAN = [
    # Ringtausch: Litauens M113 gehen an die Ukraine (sein Eintrag); Berlins Fuchs an Litauen: kein Eintrag;
    # Berlins Geld für die Instandsetzung der M113, die an die Ukraine gehen: Deutschlands Finanzierung.
    (RING, "Ringtausch: Litauen gibt der Ukraine 25 M113, Deutschland liefert Fuchs-Panzer nach Vilnius",
     "BERLIN (Agentur) - Litauen wird der Ukraine 25 Schützenpanzerwagen vom Typ M113 überlassen. Im "
     "Gegenzug erhält die litauische Armee aus Beständen der Bundeswehr 25 Transportpanzer Fuchs, wie das "
     "Verteidigungsministerium in Berlin am Dienstag mitteilte. Deutschland übernimmt zudem die Kosten für "
     "die Instandsetzung der M113 in Höhe von 12 Millionen Euro, bevor die Fahrzeuge an die Front gehen.",
     {("LT", ARMOUR, P, 25), ("DE", MONEY, P, 12000000)}),
    # "jeweils ... für die Jahre 2026 bis 2029" ist eine Jahressumme; "die Hälfte davon" nennt keine Zahl.
    (YEARLY, "Niederlande sagen Ukraine bis 2029 jährlich 3,5 Milliarden Euro zu",
     "DEN HAAG (Agentur) - Die Niederlande und die Ukraine haben ein auf zehn Jahre angelegtes "
     "Sicherheitsabkommen unterzeichnet. Darin sagt Den Haag für die Jahre 2026 bis 2029 jeweils 3,5 "
     "Milliarden Euro Militärhilfe zu, wie die Regierung am Freitag mitteilte. Zudem sollen bis Ende 2027 "
     "insgesamt 18 Panzerhaubitzen 2000 geliefert werden; die Hälfte davon sei bereits in der Ukraine, "
     "sagte der Verteidigungsminister.",
     {("NL", MONEY, P, 3500000000), ("NL", "artillery", P, 18), ("NL", "artillery", D, None)}),
    # Ein geltender Stopp ist refused; die früher gelieferten Granaten sind geliefert; Firmenexporte nichts.
    (SUSPENSION, "Slowakei stoppt vorerst Lieferung von 155-Millimeter-Granaten an die Ukraine",
     "BRATISLAVA (Agentur) - Die Slowakei hat die Lieferung von Artilleriegranaten im Kaliber 155 "
     "Millimeter aus staatlichen Beständen an die Ukraine vorübergehend gestoppt. Die Regierung wolle "
     "zunächst die eigenen Lager auffüllen, sagte ein Sprecher am Montag in Bratislava. Kommerzielle "
     "Exporte slowakischer Rüstungsfirmen an Kiew seien nicht betroffen. Im Frühjahr hatte die Regierung "
     "noch 8.000 Granaten an die Ukraine geliefert.",
     {("SK", AMMO, R, None), ("SK", AMMO, D, 8000)}),
    # Lieferplan: "ein weiteres" ohne Zahl; zwei bis zum Frühjahr und 30 ab 2027 zugesagt; Ausbildung läuft.
    (SCHEDULE, "IRIS-T SLM: Siebtes System übergeben, zwei weitere bis zum Frühjahr",
     "BERLIN (Agentur) - Deutschland hat der Ukraine ein weiteres Flugabwehrsystem vom Typ IRIS-T SLM "
     "übergeben. Zwei weitere sollen bis zum Frühjahr folgen, teilte das Verteidigungsministerium am "
     "Mittwoch mit. Von 2027 an sollen zudem 30 Flakpanzer Skyranger 35 an die Ukraine gehen. Die ersten "
     "50 ukrainischen Soldaten haben die Ausbildung am Skyranger bereits begonnen.",
     {("DE", AIR, D, None), ("DE", AIR, P, 2), ("DE", AIR, P, 30), ("DE", "training", D, 50)}),
    # Frontzahlen geben nichts; gemeinsam übergebene Panzer: je ein Eintrag ohne Zahl.
    (DIGEST, "Ukraine-Krieg: Das geschah am Donnerstag",
     "KIEW (Agentur) - Die wichtigsten Entwicklungen im Überblick:\n"
     "Front: Russland hat in der Nacht nach ukrainischen Angaben 96 Drohnen und drei Marschflugkörper "
     "abgefeuert, 81 Drohnen seien abgeschossen worden. In Odessa wurden zwei Menschen getötet. Die "
     "russische Armee meldete die Einnahme eines Dorfes bei Pokrowsk.\n"
     "Militärhilfe: Deutschland und Dänemark haben nach Angaben aus Berlin weitere 10 Kampfpanzer Leopard "
     "1A5 an die Ukraine übergeben. Kanada lieferte nach eigenen Angaben 2,5 Millionen Schuss Munition "
     "für Handfeuerwaffen.\n"
     "Diplomatie: Außenminister beraten in Genf über eine Waffenruhe.",
     {("DE", "tanks", D, None), ("DK", "tanks", D, None), ("CA", AMMO, D, 2500000)}),
    # EU-Gelder: freigegeben = zugesagt; geflossen = geliefert; "davon ... für Munition": Munition ohne Summe.
    (EUFUND, "Friedensfazilität: Ungarn gibt Blockade auf, EU gibt 5 Milliarden für Ukraine frei",
     "BRÜSSEL (Agentur) - Nach monatelanger Blockade durch Ungarn haben die EU-Staaten 5 Milliarden Euro "
     "für den Ukraine-Unterstützungsfonds der Europäischen Friedensfazilität freigegeben. Aus den "
     "Zinserträgen der eingefrorenen russischen Zentralbankgelder flossen zudem bereits 1,4 Milliarden Euro "
     "an Kiew, davon 900 Millionen Euro für Munition, wie die EU-Kommission am Donnerstag mitteilte.",
     {("EU", MONEY, P, 5000000000), ("EU", MONEY, D, 1400000000), ("EU", AMMO, D, None)}),
    # Ein Paket mit Wert; "prüft" ist discussed.
    (WIRE, "Finnland schickt 155-mm-Munition, prüft Abgabe weiterer K9-Haubitzen",
     "HELSINKI (Agentur) - Finnland hat sein 30. Hilfspaket für die Ukraine im Wert von 190 Millionen "
     "Euro beschlossen. Es enthält unter anderem Artilleriegranaten im Kaliber 155 Millimeter, teilte das "
     "Verteidigungsministerium am Freitag mit. Zudem prüft Helsinki die Abgabe weiterer Panzerhaubitzen "
     "K9 aus Beständen der eigenen Armee.",
     {("FI", MONEY, P, 190000000), ("FI", AMMO, P, None), ("FI", "artillery", X, None)}),
    # Abgelehnt und laufende Ausbildung.
    (WIRE, "Rumänien lehnt weiteres Patriot-System für die Ukraine ab",
     "BUKAREST (Agentur) - Rumänien wird der Ukraine kein weiteres Patriot-Flugabwehrsystem überlassen. "
     "Das Land brauche seine verbliebenen Batterien zum Schutz der eigenen Häfen und Raffinerien, sagte der "
     "Verteidigungsminister am Dienstag. Am F-16-Ausbildungszentrum in Fetești bildet Rumänien derzeit 24 "
     "ukrainische Piloten aus.",
     {("RO", AIR, R, None), ("RO", "training", D, 24)}),
]

# What the probe leaves, by headline: what is read instead (strict xfails), from the first run (main at 2491bcd).
# (Pledges round 44, branch pledges44: the Czech rounds that "will leave in the coming days", the EU money that
# "flossen ... an Kiew" and the Dutch half "bereits in der Ukraine" read now, plain tests; the Luxembourg sum relabelled to the stop-47 ruling reads as labelled.)
# (fix57b: the Slovak article reads too: "die Regierung" of an article naming one country alone is that country's.)
LEFT: dict[str, str] = {
}


@pytest.mark.parametrize(("lang", "title", "text", "expected"),
                         left_as_xfails(formed_in_three_languages(ENGLISH, FRENCH, GERMAN), LEFT))
def test_review_articles_give_their_labelled_records(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected


def test_the_probe_is_as_briefed() -> None:
    """8 articles a language, each language with its forms: a ring exchange, a yearly commitment, a
    suspension or resumption, a delivery schedule, a war-news digest, an EU-level funding story and 2 wire
    stories."""
    for articles in (ENGLISH, FRENCH, GERMAN):
        forms = [form for form, _, _, _ in articles]
        assert sorted(forms) == sorted([RING, YEARLY, SUSPENSION, SCHEDULE, DIGEST, EUFUND, WIRE, WIRE])
    assert len({title for articles in (ENGLISH, FRENCH, GERMAN) for _, title, _, _ in articles}) == 24
