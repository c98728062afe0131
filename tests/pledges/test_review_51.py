"""Pledges, review 51: the eleventh held-out probe of the pledge extractor on wire copy written by someone who
did not write the extractor. 24 articles (8 EN, 8 FR, 8 DE) in forms the earlier ten probes did not stress:
per language a package shared between several recipients (a US security law for Ukraine, Israel and Taiwan;
Romania's and Germany's aid to Ukraine and Moldova), arms going elsewhere told beside Ukraine's (North
Korean shells and rocket launchers for Russia, sales to Egypt, Indonesia and Norway, a donor reordering for
its own army "after giving to Ukraine"), parliament and budget procedure (a law passed, a budget committee
releasing money, a vote on a credit line, a veto, a motion urging the government), a live blog or ticker of
timestamped entries with one about aid, wire furniture ("CORRECTED-UPDATE 2-", "(Adds ...)", "Read more:",
"Lire aussi :", "Mehr zum Thema:", photo captions, "(c) 2026", reporters' initials), numbers in words or
approximate ("two dozen", "a few hundred", "half a million", "une centaine", "deux cent cinquante mille",
"quelques dizaines", "eine Million Schuss", "ein Dutzend", "mehrere hundert") and German compounds
("Flugabwehrraketensysteme", "Panzerhaubitzen", "Brückenlegepanzer"), joint buying (a Czech-led shell scheme
paid into, NATO's list of US weapons bought by Europeans, a donor paying Ukraine's own drone makers), and
requests that are no pledges (Zelensky asking, Kyiv's wish list, "Ukraine needs") beside background
paragraphs retelling an older pledge and a correction of an earlier report's figure. Every text, name and
figure is invented for this file; none is taken from the real-article set.

Each article was labelled by hand before its first run, following ../shared/eval/README.md and the lead's
rulings (docs/reading-pledges.md), as (donor, category, status, figure): the figure is the count of things
stated, else the sum of money, else None. Choices of mine where the conventions leave a case open:
- a package shared between recipients gives only Ukraine's share: its own sum (Ukraine's part of a law or
  of a donor's envelope), its things; the whole (2.3 billion "zusammen") and the other recipients' shares
  give nothing; money of Ukraine's share that refills the donor's own stocks ("will replenish Pentagon
  stocks") gives nothing (a replacement is no gift);
- a law signed, a credit line voted by a chamber ("a adopté ... une ligne de crédit") and a budget committee
  releasing money ("freigegeben") are approved: pledged; a veto holding up an EU tranche leaves that money
  under discussion (the EU's, discussed); a motion or resolution urging the government to give a weapon is
  discussed, also when the majority votes it down (a chamber declining to demand is no refusal by the
  government: my call);
- a donor reordering for its own forces, a sale or export licence to another state, and arms for Russia
  give nothing; the things given to Ukraine told in the same sentence keep their record;
- wire furniture gives nothing: a correction note's old figure is not read, the corrected one is; "Read
  more:" links and photo captions are no news;
- numbers: "two dozen" 24, "a dozen"/"ein Dutzend" 12, "half a million" 500,000, "une centaine" 100, "une
  trentaine" 30, "deux cent cinquante mille" 250,000, "eine Million Schuss" 1,000,000; "a few hundred",
  "quelques dizaines", "mehrere hundert" give no count; an ordinal ("un deuxième système") states no count;
- joint buying: money paid into the Czech-led initiative or NATO's PURL list is the payer's funding (the
  shells it buys no record of the payer's); what the Czech-led initiative delivered is labelled CZ; a sum two
  donors pay "together"/"gemeinsam" goes on neither's record (figure None); a donor paying Ukrainian firms
  to build drones is its production, its sum carried where no count is told;
- requests: one addressed to a donor ("a demandé à la France", "hat Deutschland ... gebeten") is that
  donor's discussed record; a need or a request to allies in general ("asked Western allies", "Ukraine
  needs", "Die Ukraine brauche") gives nothing; a background paragraph retelling an older pledge or
  refusal gives its record with its own status ("pledged three ... delivered the last of them" is the three
  delivered; "a promis six ... en a livré quatre" is six pledged and four delivered).

First run (2026-12-06 07:52 UTC, this branch = main at 263f62d, labels as committed in 2424536 before any run;
load average about 6.6): 8 of 24 articles fully right (EN 3 of 8, FR 3 of 8, DE 2 of 8); records as (donor,
category, status) matched 48 / labelled 64 / predicted 66 (P 0.73, R 0.75); with their figures too, 44 of the
64 labelled records. By form, fully right: live blogs 3 of 3, wire furniture 3 of 3 (the corrected figures
read, the old ones not), parliament 1 of 3 (the French), numbers in words 1 of 3 (the French), shared
packages 0 of 3, arms elsewhere 0 of 3, joint buying 0 of 3, requests 0 of 3. The 16 left are strict xfails
(LEFT) saying what is read instead. My calls that a reader could make otherwise: the German motion voted
down as discussed, not refused (1 record); an ordinal ("un deuxième système") as no count (read as labelled).

After round 51g (tests/pledges/test_pledges_wire_51g.py, review 51's causes of who gives and what kind;
2026-12-06 08:38 UTC, load average about 18): 17 of 24 right (EN 5, FR 7, DE 5); records matched 56 / labelled
64 / predicted 62 (P 0.90, R 0.88); with their figures too, 53 of the 64. Right since: the reorder for the
Bundeswehr (EN, DE), the sale to Indonesia, the second recipient and the shared aid word, "le gouvernement"
of a motion, money put into the Czech-led scheme or paid for weapons in general, makers paid to make (FR, DE),
"Brückenlegepanzer"; 7 strict xfails left.
After status51 (branch status51, review 51's STATUS/FIGURE causes; 2026-12-06 08:40 UTC, load about 20): 12
of 24 articles fully right (EN 4, FR 3, DE 5); records matched 53 / labelled 64 / predicted 66 (P 0.80, R
0.83). Right since: the US law's share and its refill of US stocks, Germany's 2.2 billion share told after
the whole and its IRIS-T to come ("erhalten soll"), the Taurus motion voted down (discussed, the prober's
call kept) and the German request "hat Deutschland erneut um ... gebeten"; fixed within articles still
left: the tanks "promised in the spring were handed over", the list "handed to U.S. envoys", the request
to France beside its older pledge.

Rounds 51g and 51s merged together (lead, 2026-12-06 09:40 UTC, load about 20): 21 of 24 articles right;
records by (donor, category, status) matched 61 / labelled 64 / predicted 62 (P 0.98, R 0.95). LEFT was rebuilt
from the merged reading.
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, AMMO, ARMOUR, MONEY, D, M, P, R, X
from tests.support.wire_reading import figures, formed_in_three_languages, left_as_xfails

# The forms of the brief, one label each.
SHARED, ELSEWHERE, PARLIAMENT, LIVE, FURNITURE, WORDS, JOINT, REQUEST = (
    "shared", "elsewhere", "parliament", "live", "furniture", "words", "joint", "request")

# (form, headline, text, records), labelled by hand before the first run.
ENGLISH = [
    # Only Ukraine's share is a record; the part of it refilling US stocks gives nothing.
    (SHARED, "US signs $74 bln security package split between Ukraine, Israel and Taiwan",
     "WASHINGTON, Nov 14 (Wire) - The U.S. president on Friday signed into law a $74 billion security package "
     "that sets aside $41 billion for Ukraine, $22 billion for Israel and $11 billion for Taiwan and the "
     "Indo-Pacific. Of Ukraine's share, $9 billion will replenish Pentagon stocks of weapons previously sent "
     "to Kyiv. Israel's money will largely go to Iron Dome interceptors, while Taiwan will receive Harpoon "
     "coastal defence systems.",
     {("US", MONEY, P, 41000000000)}),
    # North Korea's shells, Germany's own reorder and a frigate sale give nothing.
    (ELSEWHERE, "North Korean shells pour into Russia as Germany hands Ukraine more Gepard ammunition",
     "SEOUL/BERLIN, Nov 9 (Wire) - North Korea has shipped more than 5 million artillery shells to Russia "
     "since 2023, South Korea's spy agency said on Monday. In Berlin, the defence ministry said Germany had "
     "delivered 60,000 rounds of Gepard anti-aircraft ammunition to Ukraine last week, and that it would "
     "order 16 Skyranger air defence vehicles for the Bundeswehr to refill its own stocks after giving to "
     "Ukraine. Separately, the government approved the sale of four frigates to Egypt.",
     {("DE", AMMO, D, 60000)}),
    # A supplementary bill passed (pledged) and a non-binding motion urging a gift (discussed).
    (PARLIAMENT, "Canadian Commons passes bill with C$1.2 bln for Ukraine; motion urges sending old CF-18s",
     "OTTAWA, Nov 19 (Wire) - Canada's House of Commons on Wednesday passed a supplementary spending bill that "
     "includes C$1.2 billion in military aid for Ukraine, clearing the way for the money to be spent before "
     "March. Lawmakers also adopted, by 170 votes to 142, a non-binding opposition motion urging the "
     "government to give Ukraine the retired CF-18 fighter jets stored at Cold Lake. Defence Minister Paul "
     "Tremblay said the jets would need months of repairs and no decision had been made.",
     {("CA", MONEY, P, 1200000000), ("CA", "aircraft", X, None)}),
    # One entry of four is about aid: a dozen anti-aircraft guns and their rounds, handed over.
    (LIVE, "Ukraine war live: Kharkiv hit overnight; Lithuania hands over anti-aircraft guns",
     "14:05 GMT - Russian glide bombs hit an apartment block in Kharkiv overnight, killing three people, the "
     "regional governor said.\n"
     "13:40 GMT - Lithuania has handed Ukraine a dozen anti-aircraft guns and 30,000 rounds for them, the "
     "defence ministry in Vilnius said. (More to follow)\n"
     "13:12 GMT - Oil prices rose 2% after a drone attack on a Russian refinery in Saratov.\n"
     "12:30 GMT - The Kremlin said talks with U.S. envoys would continue next week.",
     {("LT", AIR, D, 12), ("LT", AMMO, D, 30000)}),
    # The correction note's old figure (16) is not read; the caption and "Read more" are no news.
    (FURNITURE, "CORRECTED-UPDATE 2-Belgium to deliver 12 F-16s to Ukraine by end-2027",
     "(Corrects number of jets in paragraph 1 to 12, not 16)\n"
     "(Adds details on training in paragraph 4)\n"
     "BRUSSELS, Nov 21 (Wire) - Belgium will deliver 12 F-16 fighter jets to Ukraine by the end of 2027, "
     "Defence Minister Luc Verhaegen said on Friday.\n"
     "The jets will come from Belgium's own fleet as it receives F-35s.\n"
     "Read more: Ukraine's growing F-16 fleet explained\n"
     "Belgium will also train 40 Ukrainian mechanics at its Florennes air base, the minister said.\n"
     "Photo: A Belgian F-16 takes off from Florennes air base, Nov 3, 2025. Wire/Anne Pauwels\n"
     "(Reporting by Anne Pauwels; Editing by Tom Birch)\n"
     "(c) 2026 Wire",
     {("BE", "aircraft", P, 12), ("BE", "training", P, 40)}),
    # Numbers in words: two dozen 24, a few hundred no count, a dozen 12, half a million 500,000.
    (WORDS, "UK to send Ukraine two dozen howitzers and 'a few hundred' air defence missiles",
     "LONDON, Nov 24 (Wire) - Britain will send Ukraine two dozen AS90 howitzers and a few hundred Starstreak "
     "air defence missiles over the winter, the Ministry of Defence said on Tuesday. A dozen Challenger 2 "
     "tanks promised in the spring were handed over in October, it added. Half a million rounds of small-arms "
     "ammunition will follow by March.",
     {("GB", "artillery", P, 24), ("GB", AIR, P, None), ("GB", "tanks", D, 12), ("GB", AMMO, P, 500000)}),
    # Two donors buying together from NATO's list (no figure on either), money into the Czech-led scheme
    # (Canada's funding), a donor paying Ukrainian drone makers (production, its sum carried).
    (JOINT, "Dutch, Swedes buy US Patriot missiles for Kyiv from NATO list; Canada joins Czech shell scheme",
     "BRUSSELS, Nov 26 (Wire) - The Netherlands and Sweden will together pay $500 million for U.S.-made "
     "Patriot interceptors for Ukraine, bought from a list of American weapons drawn up by NATO, their "
     "defence ministers said on Wednesday. Canada said it would put C$300 million into the Czech-led "
     "initiative that buys artillery shells for Ukraine on markets outside Europe. Denmark, for its part, "
     "will pay Ukrainian firms 1 billion Danish crowns to build long-range drones for Ukraine's army.",
     {("NL", AIR, P, None), ("SE", AIR, P, None), ("CA", MONEY, P, 300000000),
      ("DK", "drones", M, 1000000000)}),
    # A request to allies in general and "Ukraine needs" give nothing; Washington's refusal, Germany's old
    # pledge (all three delivered) and Norway's new money are records.
    (REQUEST, "Zelensky asks allies for 10 more Patriots; Kyiv's wish list includes Tomahawks",
     "KYIV, Nov 28 (Wire) - President Volodymyr Zelensky on Saturday asked Western allies for 10 more Patriot "
     "air defence systems, saying Ukraine needs at least 25 to protect its cities and power plants. Kyiv's "
     "wish list, handed to U.S. envoys this week, also includes Tomahawk cruise missiles, which Washington "
     "has so far declined to provide. Germany, which pledged three Patriot systems in 2024, delivered the "
     "last of them in the spring. Norway said on Saturday it would pay 1.5 billion crowns towards a new "
     "Patriot system for Ukraine.",
     {("US", "missiles", R, None), ("DE", AIR, D, 3), ("NO", AIR, P, 1500000000)}),
]

FRENCH = [
    # Ukraine's second Patriot (an ordinal: no count) and the first one retold (delivered); Moldova's share
    # gives nothing.
    (SHARED, "La Roumanie annonce une aide militaire à l'Ukraine et à la Moldavie",
     "BUCAREST, 12 nov 2026 (Agence) - La Roumanie va fournir à l'Ukraine un deuxième système de défense "
     "aérienne Patriot et à la Moldavie des radars de surveillance aérienne, a annoncé jeudi le président "
     "roumain à l'issue du Conseil suprême de défense du pays. L'aide à la Moldavie, d'un montant de 40 "
     "millions d'euros, comprend aussi la formation de 100 militaires moldaves. Bucarest avait déjà livré un "
     "premier Patriot à Kiev en 2024.",
     {("RO", AIR, P, None), ("RO", AIR, D, None)}),
    # A sale to Indonesia, the army's reorder and North Korea's launchers give nothing.
    (ELSEWHERE, "Paris vend des Rafale à l'Indonésie et livre six Caesar de plus à Kiev",
     "PARIS, 18 nov 2026 (Agence) - La France a signé mardi la vente de 12 avions Rafale à l'Indonésie. Paris "
     "a par ailleurs livré la semaine dernière six canons Caesar supplémentaires à l'Ukraine, a indiqué le "
     "ministère des Armées. L'armée de Terre recevra 18 Caesar neufs commandés à KNDS pour reconstituer ses "
     "stocks après les cessions à l'Ukraine. Selon Séoul, la Corée du Nord a envoyé à la Russie plusieurs "
     "centaines de lance-roquettes multiples.",
     {("FR", "artillery", D, 6)}),
    # A credit line voted (pledged), an EU tranche held up by a veto (discussed), a resolution urging the
    # government (discussed); the vote count is no figure.
    (PARLIAMENT, "Budget : l'Assemblée vote 3 milliards d'euros pour Kiev, la Hongrie bloque toujours la "
                 "tranche européenne",
     "PARIS, 20 nov 2026 (Agence) - L'Assemblée nationale a adopté jeudi, par 312 voix contre 140, une ligne de "
     "crédit de 3 milliards d'euros pour l'aide militaire à l'Ukraine en 2027. À Bruxelles, la Hongrie a de "
     "nouveau opposé son veto au déblocage d'une tranche de 5 milliards d'euros de la Facilité européenne "
     "pour la paix destinée à Kiev. Une proposition de résolution déposée par des députés centristes, qui "
     "invite le gouvernement à livrer des missiles SCALP supplémentaires, sera examinée en décembre.",
     {("FR", MONEY, P, 3000000000), ("EU", MONEY, X, 5000000000), ("FR", "missiles", X, None)}),
    # One entry of four is about aid.
    (LIVE, "DIRECT. Guerre en Ukraine : frappe sur Odessa, Stockholm annonce huit canons Archer",
     "15h20 - Le Kremlin dit ne pas avoir reçu de nouvelle proposition de cessez-le-feu.\n"
     "14h52 - La Suède va livrer à l'Ukraine huit canons automoteurs Archer supplémentaires, a annoncé le "
     "ministre suédois de la Défense lors d'une conférence de presse à Stockholm.\n"
     "14h05 - Deux personnes ont été tuées dans une frappe de drones sur le port d'Odessa, selon les "
     "autorités régionales.\n"
     "13h30 - Le prix du blé recule à la Bourse de Chicago.",
     {("SE", "artillery", P, 8)}),
    # The correction note's old figure (350) is not read; "une trentaine" is 30.
    (FURNITURE, "CORRIGÉ - L'Italie promet 250 missiles Aster et des blindés à l'Ukraine",
     "(Corrige le nombre de missiles au 1er paragraphe : 250 et non 350)\n"
     "ROME, 22 nov 2026 (Agence) - L'Italie fournira à l'Ukraine 250 missiles Aster pour ses systèmes SAMP/T "
     "et une trentaine de véhicules blindés Lince, a annoncé samedi le ministre de la Défense.\n"
     "Lire aussi : Ce que l'Italie a déjà livré à Kiev\n"
     "Le paquet, le onzième depuis 2022, reste classifié dans son détail.\n"
     "Photo : un système SAMP/T lors d'un exercice en Sicile, le 4 mai 2025. © Agence 2026\n"
     "mra/jlb/fc",
     {("IT", AIR, P, 250), ("IT", ARMOUR, P, 30)}),
    # Numbers in words: trois, une centaine (100), deux cent cinquante mille, quelques dizaines (no count).
    (WORDS, "Varsovie promet trois batteries antiaériennes et une centaine de chars à Kiev",
     "VARSOVIE, 15 nov 2026 (Agence) - La Pologne enverra à l'Ukraine trois batteries de défense aérienne et "
     "une centaine de chars T-72 modernisés d'ici à l'été, a annoncé lundi le ministre polonais de la "
     "Défense. Varsovie a déjà livré depuis janvier deux cent cinquante mille obus de 122 mm, a-t-il ajouté. "
     "Quelques dizaines de véhicules blindés Rosomak suivront en 2027.",
     {("PL", AIR, P, 3), ("PL", "tanks", P, 100), ("PL", AMMO, D, 250000), ("PL", ARMOUR, P, None)}),
    # Money into the Czech-led initiative and into PURL (the payers' funding); what the initiative delivered
    # (CZ); Swedish money for drones built in Ukraine (production, its count).
    (JOINT, "Berlin verse 400 millions à l'initiative tchèque sur les obus, Tallinn rejoint le PURL",
     "PRAGUE, 25 nov 2026 (Agence) - L'Allemagne va verser 400 millions d'euros à l'initiative tchèque qui "
     "achète des obus d'artillerie pour l'Ukraine hors d'Europe, a annoncé mercredi le gouvernement tchèque. "
     "L'initiative a livré 1,5 million d'obus à Kiev depuis janvier. L'Estonie a de son côté annoncé une "
     "contribution de 50 millions d'euros au mécanisme PURL de l'Otan, qui finance l'achat d'armes "
     "américaines pour l'Ukraine. La Suède paiera enfin des fabricants ukrainiens pour produire 300 drones "
     "d'attaque à longue portée.",
     {("DE", MONEY, P, 400000000), ("CZ", AMMO, D, 1500000), ("EE", MONEY, P, 50000000),
      ("SE", "drones", M, 300)}),
    # A request addressed to France (discussed), a need (nothing), France's older pledge retold (six pledged,
    # four delivered), Greece's refusal, and a correction of an earlier report (18, not 80).
    (REQUEST, "Kiev réclame d'autres Mirage à Paris : « l'Ukraine a besoin » de 50 avions",
     "KIEV, 27 nov 2026 (Agence) - Le ministre ukrainien de la Défense a demandé vendredi à la France de livrer "
     "davantage de Mirage 2000, estimant que l'Ukraine a besoin d'au moins 50 avions de combat "
     "supplémentaires. Paris, qui a promis six Mirage en 2025, en a livré quatre à ce jour. La Grèce a en "
     "revanche exclu de céder ses propres Mirage. Dans une version précédente de cette dépêche, il était "
     "indiqué que les Pays-Bas avaient promis 80 drones navals ; il s'agit de 18 drones navals.",
     {("FR", "aircraft", X, None), ("FR", "aircraft", P, 6), ("FR", "aircraft", D, 4),
      ("GR", "aircraft", R, None), ("NL", "drones", P, 18)}),
]

GERMAN = [
    # Ukraine's 2.2 billion and its IRIS-T are records; the joint 2.3 billion and Moldova's money are not.
    (SHARED, "Berlin sagt Kiew und Chisinau zusammen 2,3 Milliarden Euro Militärhilfe zu",
     "BERLIN (Agentur) - Die Bundesregierung stellt der Ukraine und der Republik Moldau zusammen 2,3 "
     "Milliarden Euro Militärhilfe bereit. Davon entfallen 2,2 Milliarden Euro auf die Ukraine, die unter "
     "anderem vier weitere Flugabwehrraketensysteme vom Typ IRIS-T SLM erhalten soll, teilte das "
     "Verteidigungsministerium am Dienstag mit. Moldau bekommt 100 Millionen Euro für Radaranlagen und "
     "geschützte Fahrzeuge.",
     {("DE", MONEY, P, 2200000000), ("DE", AIR, P, 4)}),
    # The reorder for the Bundeswehr, the export to Norway and North Korea's launchers give nothing; the 14
    # guns Ukraine received are delivered.
    (ELSEWHERE, "Nach Abgabe an die Ukraine: Bundeswehr bestellt 22 neue Panzerhaubitzen",
     "KOBLENZ (Agentur) - Die Bundeswehr bestellt 22 neue Panzerhaubitzen 2000, um die an die Ukraine "
     "abgegebenen Geschütze zu ersetzen, teilte das Beschaffungsamt am Mittwoch mit. Die Ukraine hatte aus "
     "deutschen Beständen 14 Panzerhaubitzen erhalten. Zugleich genehmigte die Bundesregierung den Export "
     "von 30 Leopard-2-Kampfpanzern nach Norwegen. Nach Angaben aus Seoul hat Nordkorea Russland zudem rund "
     "200 Raketenartilleriesysteme geliefert.",
     {("DE", "artillery", D, 14)}),
    # Money released by the budget committee for several kinds of thing (funding beside the things); a
    # motion urging Taurus, voted down (discussed: my call).
    (PARLIAMENT, "Haushaltsausschuss gibt 1,5 Milliarden für Ukraine frei – Taurus-Antrag scheitert",
     "BERLIN (Agentur) - Der Haushaltsausschuss des Bundestages hat am Mittwochabend weitere 1,5 Milliarden "
     "Euro für die Militärhilfe an die Ukraine freigegeben. Mit dem Geld sollen der Ukraine unter anderem "
     "zusätzliche Gepard-Munition und Aufklärungsdrohnen geliefert werden. Ein Antrag der Opposition, der die "
     "Bundesregierung auffordert, Taurus-Marschflugkörper an Kiew zu liefern, wurde im Plenum mit den "
     "Stimmen der Koalition abgelehnt.",
     {("DE", MONEY, P, 1500000000), ("DE", AMMO, P, None), ("DE", "drones", P, None),
      ("DE", "missiles", X, None)}),
    # One ticker entry of four is about aid: two dozen Patriot missiles handed over.
    (LIVE, "Ukraine-Ticker: Angriffe auf Charkiw – Niederlande übergeben Patriot-Raketen",
     "+++ 15:10 Uhr: Der ukrainische Präsident Selenskyj trifft am Abend in Brüssel ein. +++\n"
     "+++ 14:35 Uhr: Die Niederlande haben der Ukraine nach Angaben des Verteidigungsministeriums in Den Haag "
     "zwei Dutzend Patriot-Raketen übergeben. +++\n"
     "+++ 14:05 Uhr: Bei russischen Angriffen auf Charkiw sind nach Behördenangaben vier Menschen verletzt "
     "worden. +++\n"
     "+++ 13:20 Uhr: Der Dax schließt mit einem Plus von 0,8 Prozent. +++",
     {("NL", AIR, D, 24)}),
    # The correction note's old figure (28) is not read; "Mehr zum Thema" and the caption are no news.
    (FURNITURE, "KORRIGIERT/ZUSAMMENFASSUNG: Dänemark übergibt weitere Caesar – F-16-Abgabe geprüft",
     "(Korrigiert wird im ersten Absatz die Zahl der Geschütze: 18, nicht 28)\n"
     "KOPENHAGEN (Agentur) - Dänemark hat der Ukraine 18 weitere Radhaubitzen vom Typ Caesar übergeben, "
     "teilte das Verteidigungsministerium am Freitag mit.\n"
     "Mehr zum Thema: Was Dänemark bisher geliefert hat\n"
     "Die Regierung prüft zudem die Abgabe weiterer F-16-Kampfjets; eine Entscheidung soll im Frühjahr fallen.\n"
     "Foto: Eine Caesar-Haubitze bei einer Übung in Oksbøl. © Agentur 2026\n"
     "abc/xyz",
     {("DK", "artillery", D, 18), ("DK", "aircraft", X, None)}),
    # eine Million Schuss, zwei Flugabwehrraketensysteme, ein Dutzend Panzerhaubitzen, drei
    # Brückenlegepanzer (armoured vehicles), mehrere hundert Drohnen (no count).
    (WORDS, "Deutschland sagt Kiew eine Million Schuss und zwei Flugabwehrraketensysteme zu",
     "BERLIN (Agentur) - Deutschland wird der Ukraine bis Ende 2027 eine Million Schuss Artilleriemunition "
     "liefern, sagte ein Sprecher des Verteidigungsministeriums am Montag. Hinzu kommen zwei "
     "Flugabwehrraketensysteme und ein Dutzend Panzerhaubitzen aus Industriebeständen. Bereits übergeben "
     "wurden in diesem Jahr drei Brückenlegepanzer und mehrere hundert Aufklärungsdrohnen.",
     {("DE", AMMO, P, 1000000), ("DE", AIR, P, 2), ("DE", "artillery", P, 12), ("DE", ARMOUR, D, 3),
      ("DE", "drones", D, None)}),
    # Two donors paying together (no figure on either), Norway paying Ukrainian drone makers (production),
    # the Czech-led initiative's deliveries (CZ) and Portugal's money paid into it (delivered).
    (JOINT, "Niederlande und Belgien kaufen US-Waffen für Kiew – Norwegen zahlt ukrainischen Drohnenbauern",
     "DEN HAAG (Agentur) - Die Niederlande und Belgien bezahlen gemeinsam US-Waffen im Wert von 600 "
     "Millionen Dollar für die Ukraine, die über die Nato-Liste PURL bestellt werden, teilte die "
     "niederländische Regierung am Donnerstag mit. Norwegen stellt ukrainischen Drohnenherstellern 2 "
     "Milliarden Kronen zur Fertigung von Abfangdrohnen bereit. Die von Tschechien geführte "
     "Munitionsinitiative hat nach Angaben aus Prag in diesem Jahr 1,2 Millionen Granaten an die Ukraine "
     "geliefert; Portugal zahlte dafür 100 Millionen Euro ein.",
     {("NL", MONEY, P, None), ("BE", MONEY, P, None), ("NO", "drones", M, 2000000000),
      ("CZ", AMMO, D, 1200000), ("PT", MONEY, D, 100000000)}),
    # A request addressed to Germany (discussed) and its earlier refusal retold (refused); a need for
    # Patriots (nothing); Britain's Storm Shadow of 2023 retold (delivered).
    (REQUEST, "Selenskyj bittet erneut um Taurus – Kiew braucht zehn weitere Patriot-Systeme",
     "KIEW (Agentur) - Der ukrainische Präsident Wolodymyr Selenskyj hat Deutschland erneut um die Lieferung "
     "von Taurus-Marschflugkörpern gebeten. Die Ukraine brauche außerdem mindestens zehn weitere "
     "Patriot-Systeme, sagte er am Sonntag in seiner abendlichen Videoansprache. Kanzler Merz hatte eine "
     "Taurus-Lieferung im Sommer abgelehnt. Großbritannien hatte der Ukraine bereits 2023 "
     "Storm-Shadow-Marschflugkörper geliefert.",
     {("DE", "missiles", X, None), ("DE", "missiles", R, None), ("GB", "missiles", D, None)}),
]

# What the probe leaves, by headline: what is read instead (strict xfails), from the first run.
LEFT: dict[str, str] = {
    "Zelensky asks allies for 10 more Patriots; Kyiv's wish list includes Tomahawks": (
        "merged (lead, rounds 51g and 51s together): reads (DE, air_defence, pledged, 3) for delivered "
        "('Germany, which pledged three Patriot systems in 2024, delivered the last of them in the spring': "
        "'the last of them' is no object of the delivery); misses (US, missiles, refused) ('which Washington "
        "has so far declined to provide': read when the sentence stands alone or beside Germany's, lost in "
        "the whole article after the request of the lead); 'handed to U.S. envoys' is no US delivery since "
        "round 51s and Norway's sum 'towards a new Patriot system' is its price since round 51g"
        " | pledges52: 'delivered the last of them' is the three delivered (DE, air_defence, delivered, 3), the "
        "promise no record beside it; still misses (US, missiles, refused)"),
}


@pytest.mark.parametrize(("lang", "title", "text", "expected"),
                         left_as_xfails(formed_in_three_languages(ENGLISH, FRENCH, GERMAN), LEFT))
def test_review_articles_give_their_labelled_records(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected


def test_the_probe_is_as_briefed() -> None:
    """8 articles a language, each language with its forms: a package shared between recipients, arms going
    elsewhere, parliament and budget procedure, a live blog, wire furniture, numbers in words, joint buying and
    a request beside background."""
    for articles in (ENGLISH, FRENCH, GERMAN):
        forms = [form for form, _, _, _ in articles]
        assert sorted(forms) == sorted([SHARED, ELSEWHERE, PARLIAMENT, LIVE, FURNITURE, WORDS, JOINT, REQUEST])
    assert len({title for articles in (ENGLISH, FRENCH, GERMAN) for _, title, _, _ in articles}) == 24
