"""Pledges, review 47: the seventh held-out probe of the pledge extractor on wire copy written by someone who
did not write the extractor. 24 articles (8 EN, 8 FR, 8 DE) in forms the earlier probes did not stress: per
language a story whose news is followed by a chronology of earlier dated aid steps, Ukraine's leader thanking
donors by name for what they gave, a re-export approval or a purchase of weapons from third countries for
Ukraine, a non-state donor (a crowdfunding campaign, a company, a foundation) beside a state's aid, a preview
of a coming meeting ("are expected to discuss ..., diplomats said"), an analysis paragraph with a think-tank
tracker's figures, and two ordinary wire stories (one with a cancelled or refused step). Donors beyond the big
ones (Finland, Latvia, Greece, Portugal, Bulgaria, Belgium, the Czech Republic, Italy, ...), every status,
money and counts. Every text, name and figure is invented for this file; none is taken from the real-article
set.

Each article was labelled by hand before its first run, following ../shared/eval/README.md and
tests/data/README.md, as (donor, category, status, figure): the figure is the count of things stated, else
the sum of money, else None. The lead's conventions: money paid into a fund or initiative is a funding
record of the payer, even when the fund buys one kind of thing; a count or sum given jointly by several
givers is on no giver's record (each giver gets a record without the figure, unless its own share is
stated); an outlet's analysis belongs to its news; radars are other; things Ukraine's own industry builds
with a donor's money are production (of the thing's category, as review 45 labelled it; since the lead's
ruling below, the making itself is category production). Choices of mine where the conventions leave a case
open (those the lead ruled otherwise are marked so):
- a chronology's dated earlier steps are records of their own, with the status their verb gives (a
  timeline's historic present "Paris livre 12 canons" is a delivery);
- thanks for a thing "now protecting our cities", "in service", "arrived" are deliveries; thanks for a sum
  "paid" (versé) is a payment made; what the leader asks for in the same speech gives no record;
- a government approving another's re-export of its weapons is discussed (an export approval alone); the
  re-exporting government saying it will send them is pledged with the count;
- a seller (the United States approving a sale paid for by others) gets no record; the Czech-led
  initiative's own purchases and deliveries are the Czech Republic's records;
- a non-state donor counts as its home country, as a company does in tests/data/README.md (a Latvian
  crowdfunding campaign's drones are LV's); the money a campaign raised to buy the things it hands over
  gives no record beside them [ruled otherwise: see below];
- a preview's "X is expected to announce / pourrait annoncer / dürfte vorstellen" is X's discussed record; a
  topic the meeting as a whole is expected to discuss, with no giver named, gives none;
- a tracker's cumulative figures ("has allocated 4.6 billion since 2022", "davon 11 Milliarden geliefert")
  are the donor's records with the stated total, status by verb; a sum several donors allocated together
  ("European countries allocated 18 billion") gives none [ruled otherwise: see below];
- a cancelled transfer ("renonce à livrer", "stoppt die zugesagte Lieferung", "was cancelled") is refused,
  as is "n'est plus à l'ordre du jour";
- a step on the way told with "un second système" has no count (None).

First run (2026-12-05, this branch = main at 416c538, labels unchanged; load average about 8-11): 5 of 24
articles fully right (EN 3 of 8, FR 1 of 8, DE 1 of 8); records as (donor, category, status) matched 56 /
labelled 82 / predicted 72 (P 0.78, R 0.68); with their figures too, 53 of 82. By form, fully right:
chronologies 1 of 3 (the English; the French timeline's historic present "Paris livre" is read as a promise,
the German "schließen ... ab" as nothing), thanks 1 of 3 (the German "Ich danke Belgien für ..."; a second
thanked country told with the verb left out, and French "Merci à ...", give nothing of their own),
re-export and third-party purchases 0 of 3, non-state donors 0 of 3, previews 1 of 3 (the English; French
"pourrait à cette occasion annoncer" and "devrait présenter" are read as announced), tracker analyses 0 of
3 (rankings "the largest donor with 4.1 billion", French "a alloué", a gapped "Schweden auf 5 Milliarden"
give nothing), wire stories 2 of 6. The 19 left are strict xfails (LEFT) saying what is read instead. Some
hold a call of mine a reader could make otherwise, said in their reasons: a non-state donor counted as its
home country (the extractor gives private givers no record, by design: EN, FR and DE non-state stories),
ammunition "for them" beside a named vehicle kept as its own record (EN CV90), Ukrainian-built howitzers
paid by Denmark as artillery production (the extractor reads production), a joint sum of "European
countries" given to no one (read ALLIES), the Czech initiative's purchase given to the Czech Republic.

Relabelled to the lead's ruling (2026-12-05, pledges round 39, before any code change; figures on main at
bd40867 with the new labels: 6 of 24 articles right, records 58/79/72, P 0.81, R 0.73, figures 55/79):
- non-state donors (a foundation, a crowdfunding campaign, a company's or a private campaign) give no record
  in any language, since the bot tracks what governments promise; the state's own records in the same
  article stay (the EN Latvian drones, the FR Polish collection's drones and the DE Hamburg foundation's
  vehicles dropped);
- things Ukraine's industry makes with a donor's money, told as the making ("pays for the production of 18
  howitzers in Ukraine"), are category production, as README and tests/data/README.md say (the DE Danish
  howitzers); bought from Ukrainian makers, they keep their category (the EN Finnish drones, unchanged);
- "European countries allocated 18 billion" is ALLIES' funding, as the real-article set labels "European
  countries (coalition)";
- "20 CV90 ... and ammunition for them" is one record, the vehicles': the real-article set labels a named
  launcher told with "their ammunition" as the launcher's record alone (P-EN-003), and a record of its own
  only for ammunition named for a system without the system's own record beside it (P-EN-005), which is
  what items.accessory_ammunition folds;
- the Czech initiative's purchases stay the Czech Republic's (the scorer reads "Czech-led initiative" as
  CZ), and radar surveillance aircraft stay aircraft (the platform decides).

After pledges round 39 (2026-12-05, the status causes 14-21, 24, 25 and the French private givers, see
tests/pledges/test_pledges_wire_39.py): 12 of 24 articles right; records 68/79/78 (P 0.87, R 0.86); figures
65/79. Now plain: the French chronology, the French non-state collection, the French preview, the Italian
refusal, the Danish chronology and the English tracker analysis.

After pledges round 40 (2026-12-05, its branch on main at 1555ad2; labels unchanged): 6 of 24 right (the
English thanks list now gives each thanked country its own thing: a plain test); records matched 58 /
labelled 82 / predicted 72 (P 0.81, R 0.71); with their figures 57 of 82 (the Danish and Belgian sums paid
"respectivement" into the Czech initiative, the Hamburg story's two "Feuereinheiten", PURL's interceptors
no longer Sweden's).

Rounds 39 and 40 merged (stop 45; round 40's figures above are on the labels before round 39's relabel): 14 of
24 articles right; records matched 71 / labelled 79 / predicted 78 (P 0.91, R 0.90); figures 70/79.

After pledges round 41 (2026-12-05, tests/pledges/test_pledges_wire_41.py; labels unchanged): 16 of 24
articles right; records matched 73 / labelled 79 / predicted 79 (P 0.92, R 0.92); figures 72/79. Now plain:
the Dutch re-export ("said it would send them": the pronoun stands for the 18 tanks) and the Bulgarian halt
("Die Munitionslieferungen ... sollen dagegen weitergehen" promises ammunition).
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, AMMO, ARMOUR, MONEY, D, M, P, R, X
from tests.support.wire_reading import figures, formed_in_three_languages, left_as_xfails

# The forms of the brief, one label each.
CHRONOLOGY, THANKS, REEXPORT, NONSTATE, PREVIEW, ANALYSIS, WIRE = (
    "chronology", "thanks", "reexport", "nonstate", "preview", "analysis", "wire")

# (form, headline, text, records), labelled by hand before the first run.
ENGLISH = [
    # The timeline's steps are records of their own; drones paid for and built in Ukraine are production.
    (CHRONOLOGY, "Finland sends anti-ship missiles and mortars in new Ukraine package",
     "HELSINKI, March 4 (Wire) - Finland will send anti-ship missiles and 120 mm mortars to Ukraine in a new "
     "military aid package worth 210 million euros, the defence ministry said on Tuesday. The ministry did not "
     "say how many missiles were included.\n"
     "Timeline of Finland's recent aid:\n"
     "- Nov. 12: Finland delivered 14 armoured personnel carriers to Ukraine.\n"
     "- Jan. 20: Helsinki pledged 150 million euros to buy drones made by Ukrainian manufacturers.\n"
     "- Feb. 3: The first Ukrainian gunners completed their training on Finnish howitzers.",
     {("FI", MONEY, P, 210000000), ("FI", "missiles", P, None), ("FI", "artillery", P, None),
      ("FI", ARMOUR, D, 14), ("FI", "drones", M, 150000000), ("FI", "training", D, None)}),
    (THANKS, "Zelensky thanks Norway, Canada and Portugal for air defence and drones",
     "KYIV (Wire) - Ukrainian President Volodymyr Zelensky thanked three allies by name on Sunday for aid that "
     "reached the front in recent weeks. \"I thank Norway for the NASAMS launchers that are already protecting "
     "our cities,\" he said in his nightly video address. \"I thank Canada for the 80 armoured vehicles "
     "delivered this month, and Portugal for its first batch of maritime drones.\" He also urged partners to "
     "send more Patriot interceptors, saying Russia's winter strikes would test Ukraine's air defence.",
     {("NO", AIR, D, None), ("CA", ARMOUR, D, 80), ("PT", "drones", D, None)}),
    # The approving government: discussed (an export approval alone); the re-exporter: pledged.
    (REEXPORT, "Germany approves Dutch re-export of 18 Leopard 1 tanks to Ukraine",
     "BERLIN (Wire) - The German government has approved a request from the Netherlands to re-export 18 "
     "Leopard 1A5 tanks to Ukraine, a government spokesman said on Wednesday. The tanks, built in Germany and "
     "later sold to the Dutch army, have been in storage since 2015. The Dutch defence ministry said it would "
     "send them before the summer and would also train their Ukrainian crews.",
     # (Germany's approval was ("DE", "tanks", X, 18):
     # relabelled at stop 59: leave to re-export gives the approving country nothing, the lead's ruling B)
     {("NL", "tanks", P, 18), ("NL", "training", P, None)}),
    # The crowdfunding campaign is a private giver: its drones and the 1.2 million it raised give no record
    # (relabelled to the lead's ruling: non-state donors give none); the government's steps stay.
    (NONSTATE, "Latvian donors crowdfund 500 drones as Riga sends more armoured vehicles",
     "RIGA (Wire) - A Latvian crowdfunding campaign has raised 1.2 million euros and handed 500 reconnaissance "
     "drones to Ukrainian units, its organisers said on Friday. Separately, the Latvian government said it had "
     "delivered a further 40 armoured vehicles to Ukraine and would send 2,000 anti-tank mines early next year.",
     {("LV", ARMOUR, D, 40), ("LV", AMMO, P, 2000)}),
    # The agenda's air defence has no giver; Sweden's and Spain's expected steps are discussed.
    (PREVIEW, "Defence ministers to weigh air defence, artillery at Brussels meeting",
     "BRUSSELS (Wire) - Defence ministers of the Ukraine Defense Contact Group meet in Brussels on Thursday, "
     "where air defence for Ukraine ahead of the winter is expected to top the agenda, diplomats said. Sweden "
     "is expected to announce a new package including Archer howitzers, two diplomats said, while Spain is "
     "considering sending more Hawk missiles. Ukraine's defence minister will ask for more artillery shells.",
     {("SE", "artillery", X, None), ("ES", AIR, X, None)}),
    # A joint sum of "European countries" is ALLIES' (relabelled to the lead's ruling: the real-article set
    # labels "European countries (coalition)" so); the donors' totals are pledged (allocated).
    (ANALYSIS, "ANALYSIS-Europe overtakes US as Ukraine's main arms supplier, tracker shows",
     "LONDON (Wire) - European governments have now committed more military aid to Ukraine than the United "
     "States, according to the Kiel Institute's latest Ukraine Support Tracker. Between January and August, "
     "European countries allocated 18 billion euros in new military aid, the institute said, while no new US "
     "aid was recorded. Germany remained the largest European donor with 4.1 billion euros, followed by "
     "Britain with 2.7 billion. Denmark, which finances the production of weapons in Ukraine, led when aid is "
     "measured against the size of the economy. \"Europe has filled part of the gap, but the pace is "
     "slowing,\" a researcher at the institute said.",
     # (relabelled at pledges61, by the brief: in an article naming a tracker, the ranking "the largest European
     # donor with 4.1 billion euros, followed by Britain with 2.7 billion" is a tally, no record, as fix 60b made
     # the tracker's other tallies; the comparison "committed more military aid ... than" is one too)
     {("ALLIES", MONEY, P, 18000000000), ("DK", "production", M, None)}),
    # "and ammunition for them" goes with the CV90s' record (relabelled to the lead's ruling: the real-article
    # set labels a named launcher told with its own ammunition as the launcher's one record, P-EN-003).
    (WIRE, "Sweden to send 20 CV90 vehicles, training in new Ukraine package",
     "STOCKHOLM (Wire) - Sweden will send 20 CV90 infantry fighting vehicles and ammunition for them to "
     "Ukraine as part of a 6.5 billion crown package, the defence minister said on Monday. The package also "
     "pays for the training of 300 Ukrainian soldiers in Sweden this spring. Sweden delivered its last batch "
     "of Archer howitzers in October, the minister added.",
     {("SE", ARMOUR, P, 20), ("SE", MONEY, P, 6500000000), ("SE", "training", P, 300),
      ("SE", "artillery", D, None)}),
    # A cancelled transfer is refused.
    (WIRE, "Greece rules out sending Patriot batteries to Ukraine, offers shells instead",
     "ATHENS (Wire) - Greece will not send any of its Patriot air defence batteries to Ukraine, a government "
     "spokesman said on Thursday, citing threats to the country's own airspace. Athens will instead deliver "
     "60,000 artillery shells over the next six months, he said. A planned transfer of eight M110 "
     "self-propelled howitzers was cancelled last month after the guns were found unfit for service.",
     {("GR", AIR, R, None), ("GR", AMMO, P, 60000), ("GR", "artillery", R, 8)}),
]

FRENCH = [
    # The timeline's historic present ("Paris livre") is a delivery; the frozen assets' interest has no giver.
    (CHRONOLOGY, "La France va livrer 18 canons Caesar supplémentaires à l'Ukraine",
     "PARIS (Agence) - La France va livrer 18 canons Caesar supplémentaires à l'Ukraine d'ici l'été, a annoncé "
     "mercredi le ministère des Armées, qui précise que les pièces seront financées en partie par les revenus "
     "des avoirs russes gelés.\n"
     "Les principales étapes de l'aide française depuis un an :\n"
     "- janvier : Paris livre 12 canons Caesar ;\n"
     "- mars : la France promet 40 missiles SCALP supplémentaires ;\n"
     "- juin : une première promotion de pilotes ukrainiens achève sa formation sur Mirage 2000 en France.",
     {("FR", "artillery", P, 18), ("FR", "artillery", D, 12), ("FR", "missiles", P, 40),
      ("FR", "training", D, None)}),
    # "désormais en service" and "livrées" are deliveries; the sum "versés" is a payment made, for one kind.
    # Radar surveillance aircraft are aircraft (the radar is what they carry, not what they are).
    (THANKS, "« Merci à la Suède » : Zelensky remercie Stockholm, Oslo et La Haye",
     "KIEV (Agence) - Le président ukrainien Volodymyr Zelensky a remercié dimanche trois pays par leur nom "
     "pour l'aide reçue ces dernières semaines. « Merci à la Suède pour les deux avions de surveillance radar "
     "désormais en service, merci à la Norvège pour les 500 millions d'euros versés pour notre défense "
     "antiaérienne, et merci aux Pays-Bas pour les munitions livrées à temps », a-t-il écrit sur Telegram. Il "
     "a également appelé les Européens à accélérer les livraisons de missiles Patriot.",
     {("SE", "aircraft", D, 2), ("NO", AIR, D, 500000000), ("NL", AMMO, D, None)}),
    # Money paid into the Czech initiative: funding of each payer ("respectivement"); the initiative's own
    # purchases and deliveries are the Czech Republic's.
    (REEXPORT, "Initiative tchèque : le Danemark et la Belgique financent de nouveaux obus pour Kiev",
     "PRAGUE (Agence) - Le Danemark et la Belgique vont verser respectivement 200 et 150 millions d'euros à "
     "l'initiative tchèque qui achète des obus d'artillerie hors d'Europe pour l'Ukraine, a annoncé lundi le "
     "gouvernement tchèque. Ces fonds doivent permettre d'acquérir environ 300 000 obus de gros calibre auprès "
     "de pays tiers, dont les noms ne sont pas divulgués. Prague assure que 1,1 million d'obus ont déjà été "
     "livrés à Kiev grâce à ce dispositif depuis son lancement.",
     {("DK", MONEY, P, 200000000), ("BE", MONEY, P, 150000000), ("CZ", AMMO, P, 300000),
      ("CZ", AMMO, D, 1100000)}),
    # The collection is a private giver: its drones give no record (relabelled to the lead's ruling).
    (NONSTATE, "Une collecte citoyenne polonaise offre 300 drones à l'Ukraine",
     "VARSOVIE (Agence) - Une collecte en ligne lancée par un animateur de radio polonais a permis d'acheter "
     "300 drones FPV, remis mardi à une brigade ukrainienne près de Kharkiv, ont annoncé ses organisateurs. "
     "Dans le même temps, le gouvernement polonais a annoncé l'envoi prochain de 12 obusiers automoteurs Krab, "
     "dans le cadre de son 48e paquet d'aide militaire à Kiev.",
     {("PL", "artillery", P, 12)}),
    (PREVIEW, "Réunion de l'Otan : l'aide à l'Ukraine au menu, Paris pourrait annoncer des Mirage",
     "BRUXELLES (Agence) - Les ministres de la Défense de l'Otan doivent se retrouver jeudi à Bruxelles, où le "
     "renforcement de la défense antiaérienne ukrainienne devrait dominer les débats, selon des diplomates. "
     "La France pourrait à cette occasion annoncer la livraison de nouveaux Mirage 2000, a indiqué une source "
     "proche du dossier. L'Italie devrait pour sa part présenter un nouveau paquet comprenant des munitions, "
     "tandis que l'Allemagne continue d'exclure la livraison de missiles Taurus.",
     {("FR", "aircraft", X, None), ("IT", AMMO, X, None), ("DE", "missiles", R, None)}),
    (ANALYSIS, "DÉCRYPTAGE - Aide militaire à l'Ukraine : ce que disent les chiffres de l'Institut de Kiel",
     "PARIS (Agence) - Selon le dernier décompte de l'Institut de Kiel pour l'économie mondiale, la France a "
     "alloué 4,6 milliards d'euros d'aide militaire à l'Ukraine depuis février 2022, loin derrière l'Allemagne "
     "(17 milliards) et le Royaume-Uni (13 milliards). Rapportée au PIB, l'Estonie et le Danemark restent les "
     "plus généreux. Les livraisons effectives accusent toutefois un retard : environ un tiers des montants "
     "promis par les Européens n'ont pas encore été livrés, relève l'institut.",
     {("FR", MONEY, P, 4600000000), ("DE", MONEY, P, 17000000000), ("GB", MONEY, P, 13000000000)}),
    # Money for two named kinds: a funding record with the sum and one record without figure per kind.
    (WIRE, "Le Canada débloque 500 millions de dollars pour des blindés et des drones destinés à Kiev",
     "OTTAWA (Agence) - Le Canada va consacrer 500 millions de dollars canadiens à l'achat de véhicules "
     "blindés et de drones pour l'Ukraine, a annoncé vendredi le ministre de la Défense. Ottawa a en outre "
     "livré la semaine dernière 25 000 cartouches de fusil et formé 1 200 soldats ukrainiens depuis janvier "
     "dans le cadre de l'opération Unifier.",
     {("CA", MONEY, P, 500000000), ("CA", ARMOUR, P, None), ("CA", "drones", P, None), ("CA", AMMO, D, 25000),
      ("CA", "training", D, 1200)}),
    # "a renoncé à livrer" a promised system and "n'est plus à l'ordre du jour": refused.
    (WIRE, "L'Italie renonce à livrer un second système SAMP/T à l'Ukraine",
     "ROME (Agence) - L'Italie a renoncé à livrer à l'Ukraine un second système de défense antiaérienne "
     "SAMP/T promis au printemps, a indiqué mardi le ministre de la Défense, invoquant l'état des stocks de "
     "l'armée italienne. Rome enverra à la place 10 000 obus de 155 mm. La livraison d'obusiers M109, examinée "
     "depuis l'été, n'est plus à l'ordre du jour.",
     {("IT", AIR, R, None), ("IT", AMMO, P, 10000), ("IT", "artillery", R, None)}),
]

GERMAN = [
    # Howitzers built in Ukraine with Danish money: the making itself, category production with the count
    # (relabelled to the lead's ruling, as README and tests/data/README.md say); a joint promise: no figure.
    (CHRONOLOGY, "Dänemark finanziert 18 weitere Bohdana-Haubitzen aus ukrainischer Produktion",
     "KOPENHAGEN (Agentur) - Dänemark bezahlt die Herstellung von 18 weiteren Radhaubitzen vom Typ Bohdana in "
     "der Ukraine, teilte das Verteidigungsministerium am Montag mit. Dafür stellt Kopenhagen 90 Millionen "
     "Euro bereit.\n"
     "Chronologie der jüngsten dänischen Hilfe:\n"
     "14. Mai: Dänemark übergibt die letzten F-16-Kampfjets an die Ukraine.\n"
     "2. Juli: Kopenhagen sagt gemeinsam mit Deutschland 30 Leopard-1-Panzer zu.\n"
     "9. September: Ukrainische Soldaten schließen ihre Ausbildung an dänischen Caesar-Haubitzen ab.",
     {("DK", "artillery", M, 18), ("DK", "aircraft", D, None), ("DK", "tanks", P, None), ("DE", "tanks", P, None),
      ("DK", "training", D, None)}),
    (THANKS, "Selenskyj dankt Belgien, Tschechien und Kanada für Militärhilfe",
     "KIEW (Agentur) - Der ukrainische Präsident Wolodymyr Selenskyj hat sich bei drei Verbündeten namentlich "
     "für ihre Militärhilfe bedankt. „Ich danke Belgien für die F-16, die nun unseren Himmel schützen, "
     "Tschechien für die Hunderttausenden Granaten, die an der Front angekommen sind, und Kanada für die 200 "
     "Drohnen, die diese Woche eingetroffen sind“, sagte Selenskyj am Samstag in seiner Videoansprache. "
     "Zugleich forderte er mehr Flugabwehrsysteme.",
     {("BE", "aircraft", D, None), ("CZ", AMMO, D, None), ("CA", "drones", D, 200)}),
    # Money into PURL: funding of each payer; the joint 400 million on no one's record, Sweden's stated share
    # on its own; the US as seller gets none, nor do the interceptors the fund buys.
    (REEXPORT, "Schweden und Kanada zahlen für US-Waffen für die Ukraine",
     "BRÜSSEL (Agentur) - Schweden und Kanada beteiligen sich mit zusammen 400 Millionen Dollar an dem "
     "Nato-Mechanismus PURL, über den Verbündete amerikanische Waffen für die Ukraine kaufen. Schweden zahlt "
     "davon 250 Millionen Dollar ein, teilte das Bündnis am Dienstag mit. Mit dem Geld sollen vor allem "
     "Abfangraketen für Patriot-Systeme beschafft werden. Die USA hatten den Verkauf zuvor genehmigt.",
     {("SE", MONEY, P, 250000000), ("CA", MONEY, P, None)}),
    # The Hamburg foundation is a private giver: its vehicles give no record (relabelled to the lead's ruling).
    (NONSTATE, "Hamburger Stiftung spendet 60 Geländewagen, Bund liefert IRIS-T-Flugkörper",
     "HAMBURG (Agentur) - Eine Hamburger Stiftung hat der ukrainischen Armee 60 Geländewagen übergeben. Die "
     "Fahrzeuge seien bereits in der Ostukraine im Einsatz, teilte die Stiftung mit. Am selben Tag bestätigte "
     "das Verteidigungsministerium in Berlin, dass Deutschland weitere Lenkflugkörper für das "
     "Luftverteidigungssystem IRIS-T SLM an die Ukraine geliefert hat; eine Zahl nannte es nicht. Bis "
     "Jahresende sollen zwei weitere Feuereinheiten folgen.",
     {("DE", AIR, D, None), ("DE", AIR, P, 2)}),
    # "dürften vorstellen" (expected) and "prüft" are discussed; Norway's announced money for shells is
    # pledged with its sum (money for one named kind); the debate on ammunition has no giver.
    (PREVIEW, "Ramstein-Treffen: Verbündete wollen über Munition und Drohnen beraten",
     "BERLIN (Agentur) - Vor dem Treffen der Ukraine-Kontaktgruppe am Mittwoch in Ramstein zeichnet sich nach "
     "Angaben von Diplomaten eine Debatte über Munitionsnachschub ab. Die Niederlande dürften dort ein "
     "weiteres Paket mit Drohnen vorstellen, hieß es aus Verhandlungskreisen. Norwegen hat bereits "
     "angekündigt, 150 Millionen Euro für Artilleriemunition bereitzustellen. Deutschland prüft nach Angaben "
     "aus Regierungskreisen die Lieferung weiterer Patriot-Systeme.",
     {("NL", "drones", X, None), ("NO", AMMO, P, 150000000), ("DE", AIR, X, None)}),
    (ANALYSIS, "Analyse: Wer der Ukraine wie viel Militärhilfe liefert",
     "KIEL (Agentur) - Nach Zahlen des Kiel Instituts für Weltwirtschaft hat Deutschland der Ukraine seit "
     "Kriegsbeginn Militärhilfe im Umfang von rund 16 Milliarden Euro zugesagt, davon sind etwa 11 Milliarden "
     "bereits geliefert. Die Niederlande kommen auf 6 Milliarden Euro an Zusagen, Schweden auf 5 Milliarden. "
     "Bei schweren Waffen liegt Polen vorn: Es hat nach den Daten des Instituts mehr als 300 Panzer abgegeben, "
     "vor allem aus sowjetischer Produktion.",
     {("DE", MONEY, P, 16000000000), ("DE", MONEY, D, 11000000000), ("NL", MONEY, P, 6000000000),
      ("SE", MONEY, P, 5000000000), ("PL", "tanks", D, 300)}),
    # Training under way is delivered.
    (WIRE, "Tschechien liefert 40 RM-70-Raketenwerfer an die Ukraine",
     "PRAG (Agentur) - Tschechien hat der Ukraine 40 modernisierte Raketenwerfer vom Typ RM-70 geliefert, wie "
     "das Verteidigungsministerium in Prag am Donnerstag mitteilte. Weitere 20 Systeme sollen im Frühjahr "
     "folgen. Zudem bildet die tschechische Armee derzeit 150 ukrainische Soldaten an den Werfern aus.",
     {("CZ", "artillery", D, 40), ("CZ", "artillery", P, 20), ("CZ", "training", D, 150)}),
    # A stopped, promised delivery is refused; "sollen weitergehen" is pledged beside the delivered count.
    (WIRE, "Bulgarien stoppt Lieferung von 100 Schützenpanzern an die Ukraine",
     "SOFIA (Agentur) - Die bulgarische Regierung hat die bereits zugesagte Lieferung von 100 Schützenpanzern "
     "an die Ukraine gestoppt. Die Fahrzeuge würden für die eigene Armee gebraucht, sagte ein "
     "Regierungssprecher am Mittwoch. Die Munitionslieferungen aus bulgarischer Produktion sollen dagegen "
     "weitergehen; seit Jahresbeginn habe das Land 200.000 Artilleriegranaten an Kiew übergeben.",
     {("BG", ARMOUR, R, 100), ("BG", AMMO, P, None), ("BG", AMMO, D, 200000)}),
]

# What the probe leaves, by headline: what is read instead (strict xfails), from the first run (main at 416c538).
LEFT: dict[str, str] = {
    "Latvian donors crowdfund 500 drones as Riga sends more armoured vehicles": (
        "adds (LV, drones, pledged, 500): the body's crowdfunding campaign is a private giver (no record, as "
        "labelled), but the headline's 500 drones the 'Latvian donors crowdfund' get the giver and cue of the "
        "next clause, 'as Riga sends'"),
    "« Merci à la Suède » : Zelensky remercie Stockholm, Oslo et La Haye": (
        "reads (NO, other, delivered, 2) for (SE, aircraft, delivered, 2): the 'avions de surveillance radar' "
        "are read as radars, and that radar goes to the next thanked country; and Norway's '500 millions "
        "d'euros versés pour notre défense antiaérienne' reads (NO, funding, delivered, 500 million) beside "
        "(NO, air_defence, delivered, None)"),
    "Initiative tchèque : le Danemark et la Belgique financent de nouveaux obus pour Kiev": (
        "adds (DK, ammunition, pledged, None) and (BE, ammunition, pledged, None) from the headline's "
        "'financent de nouveaux obus' (since pledges round 40 the body's 'verser respectivement 200 et 150 "
        "millions d'euros à l'initiative tchèque qui achète des obus' reads each payer's sum and no shells); "
        "'Ces fonds doivent permettre d'acquérir environ 300 000 obus' gives nothing (a call of mine: I "
        "gave the initiative's purchase to the Czech Republic)"),
    "DÉCRYPTAGE - Aide militaire à l'Ukraine : ce que disent les chiffres de l'Institut de Kiel": (
        "misses (DE, funding, pledged, 17 billion) and (GB, funding, pledged, 13 billion): the sums in "
        "brackets after 'l'Allemagne (17 milliards) et le Royaume-Uni (13 milliards)' are no one's"),
    "Schweden und Kanada zahlen für US-Waffen für die Ukraine": (
        "adds (CA, other, pledged, None) from the headline's 'zahlen für US-Waffen', kept beside the body's "
        "(CA, funding) (since pledges round 40 'Mit dem Geld sollen vor allem Abfangraketen ... beschafft "
        "werden', after money paid into PURL, gives the payer nothing)"),
    "Ramstein-Treffen: Verbündete wollen über Munition und Drohnen beraten": (
        "adds (DE, ammunition, discussed, None): the meeting's 'Debatte über Munitionsnachschub', which has no "
        "giver, goes to Germany, named only in the last sentence (without that sentence, to ALLIES from "
        "'Ukraine-Kontaktgruppe')"),
    "Analyse: Wer der Ukraine wie viel Militärhilfe liefert": (
        "misses (DE, funding, delivered, 11 billion) from 'davon sind etwa 11 Milliarden bereits geliefert' (a "
        "part of the total told delivered) and (SE, funding, pledged, 5 billion) from 'Schweden auf 5 "
        "Milliarden' (the verb 'kommen auf' left out after 'Die Niederlande kommen auf 6 Milliarden')"),
    "Tschechien liefert 40 RM-70-Raketenwerfer an die Ukraine": (
        "misses (CZ, training, delivered, 150): 'Zudem bildet die tschechische Armee derzeit 150 ukrainische "
        "Soldaten an den Werfern aus' gives nothing: after 'Zudem bildet' (the giver after the verb) the "
        "training 'an den Werfern' gives nothing even without the count (without 'Zudem', or without 'an den "
        "Werfern', it reads (CZ, training, delivered, None): 'bildet derzeit 150 ... aus' leaves the trainees "
        "uncounted, 'bildet 150 ... aus' counts them)"),
}


@pytest.mark.parametrize(("lang", "title", "text", "expected"),
                         left_as_xfails(formed_in_three_languages(ENGLISH, FRENCH, GERMAN), LEFT))
def test_review_articles_give_their_labelled_records(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected


def test_the_probe_is_as_briefed() -> None:
    """8 articles a language, each language with its forms: a chronology, a thanks speech, a re-export or
    third-party purchase, a non-state donor, a meeting's preview, a tracker analysis and 2 wire stories."""
    for articles in (ENGLISH, FRENCH, GERMAN):
        forms = [form for form, _, _, _ in articles]
        assert sorted(forms) == sorted([CHRONOLOGY, THANKS, REEXPORT, NONSTATE, PREVIEW, ANALYSIS, WIRE, WIRE])
    assert len({title for articles in (ENGLISH, FRENCH, GERMAN) for _, title, _, _ in articles}) == 24
