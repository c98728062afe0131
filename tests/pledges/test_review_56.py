"""Pledges, review 56: the sixteenth held-out probe of the pledge extractor on wire copy written by someone who
did not write the extractor. 24 articles (8 EN, 8 FR, 8 DE) in forms the earlier fifteen probes did not
stress: per language quantities in units of measure beside counts (litres, tonnes, sets, kits, lots, "deux
cents tonnes", "2,5 Millionen Liter", "40 Sätze", "soit 1 200 postes"); numbers that are no count beside one
that is (a range in km, a calibre, a weight, a year of service, a date, an age, a percentage, model numbers
"ASC 890", "M577", "FH-70"); correlative pairs ("not only ... but also", "neither ... nor", "both ... and ...
each", "non seulement ... mais aussi", "ni ... ni", "tant ... que ... chacun", "nicht nur ... sondern auch",
"weder ... noch", "sowohl ... als auch ... jeweils"); donors speaking through embassies, ambassadors and
defence attachés (posts on social media, "l'ambassade de France à Kiev", "die deutsche Botschaft", "laut der
japanischen Botschaft"); a speech or statement listing several years' aid with the verb or the currency left
out after the first ("en 2025, 40", "2025 waren es 22 Milliarden", "9.5 billion euros a year for 2027 and
2028"); donors named once then by epithet or pronoun ("the Nordic country", "the kingdom", "the republic",
"le royaume scandinave", "le pays", "das Königreich", "der Inselstaat", "die Alpenrepublik"); promises bound to
a trigger of time or replacement ("once it receives the replacement", "as soon as", "only after", "dès que",
"une fois ... achevé", "sobald", "erst ..., wenn") beside one bound to a vote ("if parliament approves", "si le
Conseil national", "vorbehaltlich"); and profiles of people (a general retiring, a minister leaving office)
telling aid in relative clauses and biography ("who oversaw the delivery of", "sous son mandat", "der ... die
Lieferung ... organisierte") with ages and years of service about. Donors: Norway, Iceland, Belgium,
Luxembourg, Portugal, Denmark, Lithuania, Greece, Slovenia, Bulgaria, Romania, Spain, Italy, Canada, Sweden,
Japan, Czechia, Slovakia, Austria, Poland beside the usual ones. Every text, name and figure is invented for
this file; none is taken from the real-article set.

Each article was labelled by hand before its first run, following ../shared/eval/README.md and the lead's
rulings (docs/reading-pledges.md), as (donor, category, status, figure): the figure is the count of things
stated, else the sum of money, else None. Choices of mine where the conventions leave a case open:
- units: a quantity by mass or volume (litres of diesel, tonnes of shells, spare parts or explosives, "deux
  cents tonnes de munitions") has no count (review 50: a tonne is not a thing); one by sets, kits or lots
  counts them ("12,000 sets of body armour" 12000, "400 demining kits" 400, "40 Sätze Ersatzteile" 40), and
  a count of lots restated in the things ("12 lots de radios tactiques, soit 1 200 postes") is the things'
  count, 1200 (my call: "soit" gives what was handed over); fuel, body armour, spare parts, radios and
  demining kit are other, explosives for clearing mines ammunition (my call); medical supplies and blankets
  for refugees are humanitarian and give nothing;
- measures: a range, a calibre, a weight, a year in service, a date, an age, a percentage and model numbers
  are no count; "a 1,200-strong unit of Ukrainian gunners will train" is training of 1200 (training counts
  the people trained); an ordinal ("un troisième système SAMP/T", "Britain's 14th package") no count;
  helicopters are aircraft; early-warning planes aircraft;
- correlatives: "not only X but also Y" promises both; "neither X nor Y" after a donor refuses each;
  "both A and B ... each" and "tant A que B ... chacun", "sowohl A als auch B ... jeweils" give each donor
  the count (each's own, "each");
- embassies: an embassy, an ambassador or a defence attaché speaks for its country, and the thing told is
  that country's whatever the post's medium; "all 31 Abrams tanks promised in 2023 had now been handed over"
  is one delivery of 31, the old promise no record of its own (review 50's milestone); a donor's money for
  a capability coalition ("à la coalition des drones") is its funding, pledged; mine-clearing vehicles are
  other;
- years: each year's sum is a record of its own (round 26: one record a year), past years delivered
  ("gave", "geleistet", "waren es"), this year's budget and later years pledged ("the budget holds", "nous
  nous engageons", "sind ... vorgesehen"); a yearly sum for several years is one record of the yearly figure
  (review 48); "en 2025, 40" with the verb and the thing left out is another delivery of 40 Caesars;
- epithets: "the Nordic country", "the kingdom", "the republic", "le royaume scandinave", "le pays", "das
  Königreich", "der Inselstaat", "die Alpenrepublik" stand for the donor named before them; a donor's own
  past total told in a relative clause ("qui a déjà livré plus de 300 chars à son voisin depuis 2022") is a
  delivered record with the count (background, reviews 45 and 51-53); things made in Ukraine paid by a donor
  ("will fund 50 Bohdana howitzers built in Ukraine", "financera l'achat de 5 000 drones produits en
  Ukraine") are that donor's production in the things' category (the Danish model); generators for
  hospitals give nothing;
- triggers: a promise bound to a time or to the donor's own replacement ("once it receives the replacement
  vehicles", "as soon as the maintenance work is finished", "only after its own new systems arrive", "dès
  que ... seront arrivés", "une fois leur remplacement ... achevé", "sobald die USA Ersatz geliefert haben",
  "erst ..., wenn ... eingetroffen sind") stays a promise (my call: no one else must consent), one bound to
  a vote ("if parliament approves", "si le Conseil national levait ses réserves", "vorbehaltlich der
  Zustimmung des Parlaments") is discussed (round 53; relabelled at stop 58 under the lead's ruling: a
  government's own promise awaiting its parliament's vote is pledged, so the German one is);
- profiles: what a person "oversaw", "organised", "verantwortet" or "organisierte" for Ukraine is their
  country's delivery with its count ("more than 300" 300), training so told delivered with the people
  trained; a minister's term "marquées par la livraison des premiers F-16" delivered with no count; money
  "financé" for munitions in a past term delivered as the munitions' value (my call); the promise a
  successor "devra tenir" pledged; a government "preparing to deliver" ("prepares to deliver", "vorbereitet")
  keeps its promise (round 54).

First run (2026-12-06 23:27 UTC, this branch = main at 9ad51099, labels as committed in c12c2a86 before any run;
load average about 5): 8 of 24 articles fully right (EN 2 of 8, FR 2 of 8, DE 4 of 8); records as (donor,
category, status) matched 80 / labelled 96 / predicted 90 (P 0.89, R 0.83); with their figures too, 76 of the
104 labelled records (92 predicted). By form, fully right: epithets 3 of 3 (every "Nordic country", "kingdom",
"royaume scandinave", "Inselstaat", "Alpenrepublik" takes its donor), measures 1 of 3 (ranges, calibres, weights,
dates, ages and model numbers are never counted; an interceptor's "missiles à 120 km" is read as missiles
given, a "1,200-strong unit" that "will train" gives no training), correlatives 1 of 3 ("neither ... nor", "ni
... ni", "weder ... noch" refuse each; "tant ... que" and "sowohl ... als auch" lose their first donor, "nicht
nur" is read as a negation), embassy 1 of 3 (every embassy, ambassador and attaché speaks for its country;
"the delivery of ... was complete" stays a promise, mine-clearing vehicles are armour), years 1 of 3 (the German
gapped "2025 waren es 22 Milliarden" is read; "the budget holds", "plans" and the French gapped "en 2025, 40"
and quoted "nous nous engageons" are not), triggers 1 of 3 ("once", "as soon as", "only after", "sobald", "erst
..., wenn" keep the promise and a vote makes it discussed, but a clause naming the replacement's maker, "from
Germany", "américains", takes the giving), units 0 of 3 (litres are counted as things, and two things of one
kind in a sentence give one record), profiles 0 of 3 ("the delivery of", "la livraison de", "die Lieferung von"
after "oversaw"/"organisierte" stay promises, "organised the training of" and "die Ausbildung ... verantwortet"
give none, "vorbereitet" a handover done). The 16 left are strict xfails (LEFT) saying what is read instead.
My calls that a reader could make otherwise: two records of one (donor, category, status) told in one sentence
(litres of diesel beside sets of body armour, tonnes of parts beside vests: 3 articles), mine-clearing and
demining vehicles as other, not armour (2 articles), explosives for clearing mines as ammunition (1), a past
"a financé" as delivered (1), a "1,200-strong unit" that will train as training of 1200 (1).

After stop 56's fixes (fix56g, fix56s, merged on main b4123f2b): 16 of 24 articles fully right; the 8 left say
what they read now. The demining vehicles' two articles wait for the lead: rounds 5 and 48 label bare demining
vehicles as armour, this probe as other.

After pledges57 (the gapped year list after ";", gapping.py; a unit's strength as its trainees' count and
gunners as trainees, items.py, item_words.py): 18 of 24 fully right; 6 left.
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, AMMO, ARMOUR, MONEY, D, M, P, R, X
from tests.support.wire_reading import figures, formed_in_three_languages, left_as_xfails

# The forms of the brief, one label each.
UNITS, MEASURES, CORRELATIVES, EMBASSY, YEARS, EPITHETS, TRIGGERS, PROFILE = (
    "units", "measures", "correlatives", "embassy", "years", "epithets", "triggers", "profile")

# (form, headline, text, records), labelled by hand before the first run.
ENGLISH = [
    # Litres (no count), sets and kits (counted), tonnes of shells (no count), medical supplies (nothing).
    (UNITS, "Norway ships diesel and body armour to Ukraine, demining kits to follow",
     "OSLO, April 6 (Wire) - Norway has shipped 3 million litres of diesel and 12,000 sets of body armour to "
     "Ukraine's armed forces, the defence ministry said on Tuesday.\n"
     "It will also send 400 demining kits and 150 tonnes of artillery shells by the summer, the ministry said.\n"
     "Separately, Iceland flew two planeloads of medical supplies to Lviv for the city's hospitals.",
     {("NO", "other", D, None), ("NO", "other", D, 12000), ("NO", "other", P, 400), ("NO", AMMO, P, None)}),
    # A range, a calibre, a year in storage, a package's ordinal, a strength, a date: only the counts count.
    (MEASURES, "Britain to send Storm Shadow missiles and AS90 guns in 14th package for Ukraine",
     "LONDON, April 7 (Wire) - Britain will send Ukraine 120 Storm Shadow cruise missiles, which can strike "
     "targets 250 km away, and four AS90 self-propelled guns that have been in storage since 2019, Defence "
     "Secretary Alan Pryce said on Wednesday.\n"
     "The package, Britain's 14th this year, also includes 30,000 rounds of 7.62mm ammunition.\n"
     "A 1,200-strong unit of Ukrainian gunners will train on the AS90 in Wales from May 25, he said.",
     {("GB", "missiles", P, 120), ("GB", "artillery", P, 4), ("GB", AMMO, P, 30000), ("GB", "training", P, 1200)}),
    # "not only ... but also", "neither ... nor" after a donor, "both ... and ... each".
    (CORRELATIVES, "Belgium to send not only F-16s but also shells; Portugal rules out tanks and jets",
     "BRUSSELS, April 8 (Wire) - Belgium will send Ukraine not only four more F-16 fighter jets but also 3,000 "
     "artillery shells, Defence Minister Luc Peeters said on Thursday.\n"
     "Portugal will send neither tanks nor jets, Prime Minister Rui Matos said in Lisbon, but it will deliver 10 "
     "M113 armoured personnel carriers.\n"
     "Both Denmark and Norway handed over 1,000 drones each last month, officials said.",
     {("BE", "aircraft", P, 4), ("BE", AMMO, P, 3000), ("PT", "tanks", R, None), ("PT", "aircraft", R, None),
      ("PT", ARMOUR, P, 10), ("DK", "drones", D, 1000), ("NO", "drones", D, 1000)}),
    # An embassy's post, another embassy's milestone, an ambassador's word; a model number beside a count.
    (EMBASSY, "Canada to send more armoured vehicles, embassy says; last U.S. Abrams handed over",
     "KYIV, April 9 (Wire) - Canada will send Ukraine 25 more armoured vehicles and $40 million for drones, the "
     "Canadian embassy in Kyiv said on its social media accounts on Friday.\n"
     "The U.S. embassy said separately that all 31 Abrams tanks promised in 2023 had now been handed over to "
     "Ukrainian crews.\n"
     "Sweden's ambassador, Erik Lund, told reporters that the delivery of two ASC 890 surveillance aircraft was "
     "complete.",
     {("CA", ARMOUR, P, 25), ("CA", "drones", P, 40000000), ("US", "tanks", D, 31), ("SE", "aircraft", D, 2)}),
    # A speech listing years: two past years delivered, this year's budget and a yearly sum pledged, systems
    # sent and to come.
    (YEARS, "Germany to raise Ukraine military aid to 9 billion euros this year, chancellor says",
     "BERLIN, April 10 (Wire) - Germany gave Ukraine military aid worth 7 billion euros in 2024 and 8 billion "
     "euros in 2025, Chancellor Markus Feld told parliament on Friday.\n"
     "For this year the budget holds 9 billion euros, and the government plans 9.5 billion euros a year for 2027 "
     "and 2028, he said.\n"
     "\"In 2024 we sent our first IRIS-T systems. This year we will send four more,\" Feld said.",
     {("DE", MONEY, D, 7000000000), ("DE", MONEY, D, 8000000000), ("DE", MONEY, P, 9000000000),
      ("DE", MONEY, P, 9500000000), ("DE", AIR, D, None), ("DE", AIR, P, 4)}),
    # Denmark named once, then "The Nordic country" and "The kingdom"; Lithuania then "the republic".
    (EPITHETS, "Denmark to send 18 more Caesar howitzers to Ukraine",
     "COPENHAGEN, April 11 (Wire) - Denmark will send Ukraine 18 more Caesar howitzers, the government said on "
     "Monday.\n"
     "The Nordic country handed over all its own Caesars two years ago. The kingdom will also fund 50 Bohdana "
     "howitzers built in Ukraine, ministers said.\n"
     "Across the Baltic, Lithuania said it would send 2,000 mortar rounds; the republic delivered 30 M577 "
     "armoured command vehicles last month.",
     {("DK", "artillery", P, 18), ("DK", "artillery", D, None), ("DK", "artillery", M, 50), ("LT", AMMO, P, 2000),
      ("LT", ARMOUR, D, 30)}),
    # Promises bound to a replacement, to maintenance, to the donor's own new systems; one bound to a vote.
    (TRIGGERS, "Greece to release 20 Leopards for Ukraine once German replacements arrive",
     "ATHENS, April 12 (Wire) - Greece will send Ukraine 20 Leopard 1 tanks once it receives the replacement "
     "vehicles it ordered from Germany, the defence ministry said on Tuesday.\n"
     "Slovenia will hand over 14 M-84 tanks as soon as the maintenance work is finished, its government said.\n"
     "Bulgaria would supply 50 armoured personnel carriers if parliament approves the transfer next week.\n"
     "Romania said it would give Ukraine a second Patriot system only after its own new systems arrive from the "
     "United States in 2028.",
     {("GR", "tanks", P, 20), ("SI", "tanks", P, 14), ("BG", ARMOUR, X, 50), ("RO", AIR, P, None)}),
    # A general's retirement: deliveries and training in relative clauses and biography, ages and years.
    (PROFILE, "U.S. general who oversaw Bradley deliveries to Ukraine hands over command",
     "WIESBADEN, Germany, April 13 (Wire) - Lieutenant General Mark Ellison, the U.S. officer who oversaw the "
     "delivery of more than 300 Bradley fighting vehicles to Ukraine, handed over command of the allied "
     "assistance group on Wednesday after two years.\n"
     "Ellison, 58, also organised the training of 4,000 Ukrainian soldiers on Abrams and Bradleys at "
     "Grafenwoehr.\n"
     "His successor, Major General Ann Roe, 51, takes charge as Britain prepares to deliver 60 more Challenger 2 "
     "tanks this summer.",
     {("US", ARMOUR, D, 300), ("US", "training", D, 4000), ("GB", "tanks", P, 60)}),
]

FRENCH = [
    # Tonnes (no count), gilets (counted), "deux cents tonnes" and litres (no count), lots restated as things.
    (UNITS, "Pièces détachées, gilets pare-balles, carburant : l'aide moins visible des alliés de Kiev",
     "PARIS, 6 avril 2027 (Agence) - La France a livré à l'Ukraine 80 tonnes de pièces détachées pour les canons "
     "Caesar et 5 000 gilets pare-balles, a indiqué mardi le ministère des Armées.\n"
     "La Belgique enverra d'ici à juin deux cents tonnes de munitions d'artillerie et 500 000 litres de "
     "carburant.\n"
     "Le Luxembourg a remis à Kiev 12 lots de radios tactiques, soit 1 200 postes.",
     {("FR", "other", D, None), ("FR", "other", D, 5000), ("BE", AMMO, P, None), ("BE", "other", P, None),
      ("LU", "other", D, 1200)}),
    # An ordinal, a range in km, a calibre, a year in service, a weight, a date.
    (MEASURES, "L'Italie livrera un troisième SAMP/T et 24 obusiers FH-70 à l'Ukraine",
     "ROME, 7 avril 2027 (Agence) - L'Italie livrera à l'Ukraine un troisième système SAMP/T, capable "
     "d'intercepter des missiles à 120 km, ainsi que 24 obusiers FH-70 de 155 mm, a annoncé mercredi le ministre "
     "de la Défense.\n"
     "Les FH-70, en service depuis 1978, pèsent chacun 9,3 tonnes.\n"
     "Rome enverra aussi 2 500 obus de 155 mm d'ici au 30 juin.",
     {("IT", AIR, P, None), ("IT", "artillery", P, 24), ("IT", AMMO, P, 2500)}),
    # "non seulement ... mais aussi", "ni ... ni" after a donor, "tant ... que ... chacun".
    (CORRELATIVES, "Madrid enverra non seulement des Hawk mais aussi des Leopard à Kiev",
     "MADRID, 8 avril 2027 (Agence) - L'Espagne enverra non seulement six lanceurs Hawk supplémentaires mais "
     "aussi 20 chars Leopard 2A4 à l'Ukraine, a annoncé jeudi la ministre de la Défense, Elena Ruiz.\n"
     "Madrid ne livrera en revanche ni avions de combat ni missiles à longue portée, a-t-elle ajouté.\n"
     "Tant le Portugal que la Grèce ont par ailleurs remis chacun 4 hélicoptères à Kiev le mois dernier.",
     {("ES", AIR, P, 6), ("ES", "tanks", P, 20), ("ES", "aircraft", R, None), ("ES", "missiles", R, None),
      ("PT", "aircraft", D, 4), ("GR", "aircraft", D, 4)}),
    # An embassy's post, an ambassador's word, a defence attaché's.
    (EMBASSY, "L'ambassade de France annonce l'arrivée de douze VAB en Ukraine",
     "KIEV, 9 avril 2027 (Agence) - Douze véhicules blindés de transport de troupes VAB offerts par la France "
     "sont arrivés en Ukraine, a annoncé vendredi l'ambassade de France à Kiev sur les réseaux sociaux.\n"
     "L'ambassadeur de Norvège, Per Aasen, a précisé que son pays verserait 50 millions d'euros à la coalition "
     "des drones.\n"
     "Selon l'attaché de défense de l'ambassade du Canada, Ottawa prépare l'envoi de 40 000 obus de 155 mm.",
     {("FR", ARMOUR, D, 12), ("NO", MONEY, P, 50000000), ("CA", AMMO, P, 40000)}),
    # A speech listing years with the verb and the thing left out after the first; a yearly sum.
    (YEARS, "« En 2026, nous en avons livré 60 » : Paris promet 80 Caesar à Kiev pour 2027",
     "PARIS, 10 avril 2027 (Agence) - « En 2024, nous avons livré 30 canons Caesar à l'Ukraine ; en 2025, 40 ; "
     "en 2026, nous en avons livré 60 », a déclaré samedi le ministre des Armées, Paul Renaud, devant les "
     "industriels de l'armement.\n"
     "« Pour 2027, nous nous engageons à en livrer 80, et à consacrer 3 milliards d'euros par an à l'aide "
     "militaire jusqu'en 2029 », a-t-il ajouté.",
     {("FR", "artillery", D, 30), ("FR", "artillery", D, 40), ("FR", "artillery", D, 60),
      ("FR", "artillery", P, 80), ("FR", MONEY, P, 3000000000)}),
    # Poland then "Le pays"; Norway then "Le royaume scandinave"; a past total in a relative clause.
    (EPITHETS, "La Pologne va céder 30 T-72 supplémentaires à l'Ukraine",
     "VARSOVIE, 11 avril 2027 (Agence) - La Pologne va céder à l'Ukraine 30 chars T-72 supplémentaires, a "
     "annoncé lundi le gouvernement.\n"
     "Le pays, qui a déjà livré plus de 300 chars à son voisin depuis 2022, enverra aussi 10 obusiers Krab.\n"
     "La Norvège, de son côté, financera l'achat de 5 000 drones produits en Ukraine. Le royaume scandinave a "
     "déjà livré 14 obusiers automoteurs en février.",
     {("PL", "tanks", P, 30), ("PL", "tanks", D, 300), ("PL", "artillery", P, 10), ("NO", "drones", M, 5000),
      ("NO", "artillery", D, 14)}),
    # "dès que" a replacement arrives, "une fois" a replacement done, a condition of a vote.
    (TRIGGERS, "Prague cédera douze Mi-24 à Kiev dès l'arrivée de ses hélicoptères américains",
     "PRAGUE, 12 avril 2027 (Agence) - La République tchèque livrera à l'Ukraine 12 hélicoptères Mi-24 dès que "
     "ses nouveaux hélicoptères américains seront arrivés, a indiqué mardi le ministère de la Défense.\n"
     "La Slovaquie cédera ses derniers chasseurs MiG-29 une fois leur remplacement par des F-16 achevé.\n"
     "L'Autriche enverrait des véhicules de déminage si le Conseil national levait ses réserves, a déclaré le "
     "chancelier.",
     {("CZ", "aircraft", P, 12), ("SK", "aircraft", P, None), ("AT", "other", X, None)}),
    # A minister leaving office: a term of deliveries, training and money; the promise left to the successor.
    (PROFILE, "Départ de la ministre belge de la Défense, artisane des livraisons de F-16",
     "BRUXELLES, 13 avril 2027 (Agence) - La ministre belge de la Défense, Anne Dufour, 54 ans, quitte ses "
     "fonctions après cinq années marquées par la livraison des premiers F-16 belges à l'Ukraine.\n"
     "Sous son mandat, la Belgique a également formé 1 500 soldats ukrainiens et financé pour 200 millions "
     "d'euros de munitions.\n"
     "Son successeur, Marc Lemaire, 47 ans, devra tenir la promesse de livrer 30 F-16 d'ici à 2028.",
     {("BE", "aircraft", D, None), ("BE", "training", D, 1500), ("BE", AMMO, D, 200000000),
      ("BE", "aircraft", P, 30)}),
]

GERMAN = [
    # Litres (no count), Schutzwesten (counted), Tonnen (no count), Sätze (counted), blankets (nothing).
    (UNITS, "Diesel und Schutzwesten: Deutschland versorgt die ukrainische Armee",
     "BERLIN (Agentur) - Deutschland hat der Ukraine 2,5 Millionen Liter Diesel und 8.000 Schutzwesten "
     "geliefert, teilte das Verteidigungsministerium am Dienstag mit.\n"
     "Bis Ende Mai sollen zudem 300 Tonnen Sprengstoff für die Minenräumung und 40 Sätze Ersatzteile für "
     "Leopard-Panzer folgen.\n"
     "Österreich schickte zwei Lkw-Ladungen mit Decken für Flüchtlinge.",
     {("DE", "other", D, None), ("DE", "other", D, 8000), ("DE", AMMO, P, None), ("DE", "other", P, 40)}),
    # A model number, a radar range, a calibre, a weight, a date, a percentage, a year.
    (MEASURES, "Schweden liefert Frühwarnflugzeuge und 16 Archer-Haubitzen an die Ukraine",
     "STOCKHOLM (Agentur) - Schweden wird der Ukraine zwei Frühwarnflugzeuge vom Typ ASC 890 mit einer "
     "Radarreichweite von 450 Kilometern sowie 16 Archer-Haubitzen im Kaliber 155 Millimeter liefern, teilte "
     "die Regierung am Mittwoch mit.\n"
     "Die Haubitzen, die jeweils 33 Tonnen wiegen, sollen bis zum 1. Oktober eintreffen.\n"
     "Außerdem stellt Stockholm 1,2 Milliarden Kronen für die Luftverteidigung bereit, ein Plus von 20 Prozent "
     "gegenüber 2026.",
     {("SE", "aircraft", P, 2), ("SE", "artillery", P, 16), ("SE", AIR, P, 1200000000)}),
    # "nicht nur ... sondern auch", "weder ... noch" after a donor, "sowohl ... als auch ... jeweils".
    (CORRELATIVES, "Tschechien liefert nicht nur Panzer, sondern auch Munition",
     "PRAG (Agentur) - Tschechien wird der Ukraine nicht nur 20 weitere Kampfpanzer vom Typ T-72 liefern, "
     "sondern auch 50.000 Schuss Artilleriemunition, teilte die Regierung am Donnerstag mit.\n"
     "Die Slowakei wird dagegen weder Kampfjets noch Flugabwehrsysteme abgeben, sagte Regierungschef Pavol "
     "Hudec.\n"
     "Sowohl Polen als auch Litauen haben der Ukraine im März jeweils 1.000 Drohnen übergeben.",
     {("CZ", "tanks", P, 20), ("CZ", AMMO, P, 50000), ("SK", "aircraft", R, None), ("SK", AIR, R, None),
      ("PL", "drones", D, 1000), ("LT", "drones", D, 1000)}),
    # An embassy confirming a handover on X, an ambassador's announcement, another embassy's account.
    (EMBASSY, "Deutsche Botschaft bestätigt Übergabe von zwei IRIS-T-Systemen",
     "KIEW (Agentur) - Die deutsche Botschaft in Kiew hat die Übergabe von zwei weiteren Flugabwehrsystemen vom "
     "Typ IRIS-T SLM an die Ukraine bestätigt.\n"
     "Wie die Botschaft auf der Plattform X mitteilte, sollen bis Jahresende drei weitere folgen.\n"
     "Der niederländische Botschafter kündigte zudem an, sein Land werde 100 Millionen Euro für "
     "Artilleriemunition bereitstellen. Laut der japanischen Botschaft hat Tokio 20 Minenräumfahrzeuge "
     "geliefert.",
     {("DE", AIR, D, 2), ("DE", AIR, P, 3), ("NL", AMMO, P, 100000000), ("JP", "other", D, 20)}),
    # Years: a year before the aid, a gapped year with the currency left out, "jeweils" for two years.
    (YEARS, "Norwegen stockt Militärhilfe für die Ukraine auf 25 Milliarden Kronen auf",
     "OSLO (Agentur) - Norwegen hat der Ukraine 2024 Militärhilfe im Wert von 15 Milliarden Kronen geleistet, "
     "2025 waren es 22 Milliarden.\n"
     "Für 2026 und 2027 sind jeweils 25 Milliarden Kronen vorgesehen, sagte Ministerpräsident Lars Eide am "
     "Mittwoch im Parlament.\n"
     "2025 lieferte Norwegen zudem zwei NASAMS-Systeme; 2027 sollen zwei weitere folgen.",
     {("NO", MONEY, D, 15000000000), ("NO", MONEY, D, 22000000000), ("NO", MONEY, P, 25000000000),
      ("NO", AIR, D, 2), ("NO", AIR, P, 2)}),
    # Britain then "Das Königreich" and "Der Inselstaat"; Austria then "die Alpenrepublik" (generators: nothing).
    (EPITHETS, "London schickt 14 weitere Challenger-Panzer in die Ukraine",
     "LONDON (Agentur) - Großbritannien schickt der Ukraine 14 weitere Kampfpanzer vom Typ Challenger 2, teilte "
     "das Verteidigungsministerium mit.\n"
     "Das Königreich hatte bereits vor drei Jahren 14 Challenger übergeben. Der Inselstaat will zudem bis "
     "Herbst 200 Starstreak-Flugabwehrraketen liefern.\n"
     "Österreich stellt 10 Millionen Euro für Minenräumgeräte bereit; die Alpenrepublik hatte im Winter bereits "
     "30 Generatoren an ukrainische Krankenhäuser geschickt.",
     {("GB", "tanks", P, 14), ("GB", "tanks", D, 14), ("GB", AIR, P, 200), ("AT", "other", P, 10000000)}),
    # "sobald" a replacement arrives, "erst ..., wenn", "vorbehaltlich" a vote.
    (TRIGGERS, "Griechenland gibt Patriot-Startgeräte ab, sobald Ersatz aus den USA da ist",
     "ATHEN (Agentur) - Griechenland wird der Ukraine vier Patriot-Startgeräte überlassen, sobald die USA Ersatz "
     "geliefert haben, teilte die Regierung am Dienstag mit.\n"
     "Portugal will drei weitere Hubschrauber erst abgeben, wenn die eigenen neuen Maschinen eingetroffen sind.\n"
     "Vorbehaltlich der Zustimmung des Parlaments will Bulgarien 100 gepanzerte Fahrzeuge schicken.",
     # (Bulgaria relabelled pledged at stop 58, the lead's ruling: a government's promise awaiting its own
     # parliament's vote is a promise; labelled discussed under round 53's reading)
     {("GR", AIR, P, 4), ("PT", "aircraft", P, 3), ("BG", ARMOUR, P, 100)}),
    # A general retiring: deliveries he organised in a relative clause, training, a handover being prepared.
    (PROFILE, "General, der Leopard-Lieferungen an Kiew organisierte, geht in den Ruhestand",
     "BERLIN (Agentur) - Generalleutnant Jörg Brandt, der als Leiter des Sonderstabs Ukraine die Lieferung von "
     "18 Leopard-2-Panzern und 35 Gepard-Flakpanzern an Kiew organisierte, geht nach 41 Dienstjahren in den "
     "Ruhestand.\n"
     "Der 63-Jährige hatte zuletzt die Ausbildung von 10.000 ukrainischen Soldaten in Deutschland verantwortet.\n"
     "Sein Nachfolger übernimmt, während Berlin die Übergabe von zwei weiteren Patriot-Systemen vorbereitet.",
     {("DE", "tanks", D, 18), ("DE", AIR, D, 35), ("DE", "training", D, 10000), ("DE", AIR, P, 2)}),
]

# What the probe leaves, by headline: what is read instead (strict xfails), from the first run.
LEFT: dict[str, str] = {
    "Prague cédera douze Mi-24 à Kiev dès l'arrivée de ses hélicoptères américains": (
        "reads (AT, armoured_vehicles, discussed, None) for (AT, other, ...): 'véhicules de déminage' are armour (my call other, as demining kit; a reader could "
        "take a vehicle as armour)"),
    # ("Départ de la ministre belge de la Défense, artisane des livraisons de F-16" passes since pledges59: a past
    # "a ... financé" is money paid, the lead's ruling A of stop 59)
    "Deutsche Botschaft bestätigt Übergabe von zwei IRIS-T-Systemen": (
        "reads (JP, armoured_vehicles, delivered, 20) for (JP, other, ...): '20 Minenräumfahrzeuge' are armour (my "
        "call other, as demining kit; a reader could take a vehicle as armour)"),
}


@pytest.mark.parametrize(("lang", "title", "text", "expected"),
                         left_as_xfails(formed_in_three_languages(ENGLISH, FRENCH, GERMAN), LEFT))
def test_review_articles_give_their_labelled_records(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected


def test_the_probe_is_as_briefed() -> None:
    """8 articles a language, each language with its forms: quantities in units of measure, numbers that are
    no count, correlative pairs, donors speaking through embassies, several years in one statement, donors
    named by epithet, promises bound to a trigger, and a profile of a person."""
    for articles in (ENGLISH, FRENCH, GERMAN):
        forms = [form for form, _, _, _ in articles]
        assert sorted(forms) == sorted(
            [UNITS, MEASURES, CORRELATIVES, EMBASSY, YEARS, EPITHETS, TRIGGERS, PROFILE])
    assert len({title for articles in (ENGLISH, FRENCH, GERMAN) for _, title, _, _ in articles}) == 24
