"""Pledges, review 54: the fourteenth held-out probe of the pledge extractor on wire copy written by someone who
did not write the extractor. 24 articles (8 EN, 8 FR, 8 DE) in forms the earlier thirteen probes did not
stress: per language a live blog's timestamped entries ("14:05 GMT —", "10h32 :", "+++ 09:15 Uhr +++"), each a
fragment, a later entry repeating an earlier one with its figure added; a pledge told only in quotation marks
(a minister's own words, a quote inside a quote, a promise quoted by a third party and denied by the
speaker's ministry, an aide's quote denied); a list told as text ("The package includes: ...; ...; and ...",
"Au programme :", "Im Einzelnen:") with the quantities after the items ("Leopard 2A4 tanks: 20", "obus de
155 mm : 3 000", "Kampfpanzer Leopard 1A5: 25"); a tracker's donor ranking whose figures are totals since
2022, beside one new commitment; money forms (a sum a year until 2029, "par an", "jährlich", a figure in
two currencies, money re-allocated from an earlier package or an unspent budget); loans against grants (a
loan backed by frozen Russian assets, "prêt", "Kredit", a grant already paid out, a budget reserve, budget
support for the power grid); the receiving side (Kyiv reporting what arrived, "a reçu", "sind
eingetroffen", thanks to named donors, the "Danish model" of Ukrainian-made howitzers paid by a donor); and
wire slugs and headline forms ("FLASH:" in capitals, "URGENT -", "EILMELDUNG:", a headline with a colon
and a quote, a question headline). Donors: Portugal, Spain, Italy, Ireland (non-lethal only), Australia,
Albania, Croatia, Slovenia, North Macedonia beside the usual ones. Every text, name and figure is invented
for this file; none is taken from the real-article set.

Each article was labelled by hand before its first run, following ../shared/eval/README.md and the lead's
rulings (docs/reading-pledges.md), as (donor, category, status, figure): the figure is the count of things
stated, else the sum of money, else None. Choices of mine where the conventions leave a case open:
- live blogs: an entry repeating an earlier one with its figure added ("l'Espagne va livrer des lanceurs
  Aspide" then "il s'agira de six lanceurs Aspide"; "Kroatien sagt ... Hubschrauber zu" then "acht
  Hubschrauber") is one promise: one record with the figure; an entry adding a new thing to the same
  package ("also holds 2,000 rounds") is a record of its own; generators for hospitals give nothing;
- quotations: a minister's "We will send four more Gripen fighters" is the minister's government's promise;
  an aide's quoted promise denied by the minister ("Nobody ... has said that. There are no such plans.") is
  refused (the rulings: a denial refuses the giving it denies; "no plans" refused as review 53); a promise
  quoted by a third party and denied by the speaker's ministry ("aucune décision") is discussed (review 53's
  call on a denied decision); a quote inside a quote ("Wir liefern ... – aber keine Taurus.") gives its
  refusal even though a spokesman "wollte das Zitat nicht bestätigen" (my call: not confirming is no
  denial); "is looking at" sending and "prüfe die Lieferung" are discussed; F-16 spare parts are "other";
- lists: a package's sum and its listed items are each a record (as review 53's Belgian package); the
  earlier deliveries of an annex ("Earlier deliveries ... were: Leopard 2A4 tanks: 20") are delivered
  records (background gives its delivered record, as reviews 51-53); "Mittel für die Ausbildung" is
  training promised with no figure;
- trackers: a ranking's totals since 2022 ("€31 billion pledged since 2022", "au total 6,5 milliards",
  "seit 2022 zugesagten 31 Milliarden", "Britain ranks third with £13 billion", the first donor per GDP) are
  no records (the brief: totals, not new pledges); the one new commitment each tracker names is a record;
- money: a sum a year is one record with the yearly sum ("€500 million a year until 2029" 500000000); a
  figure in two currencies keeps the first stated ("20 milliards de couronnes (1,7 milliard d'euros)"
  20000000000, "30 million euros ($32 million)" 30000000); money re-allocated to a kind of thing ("redirected
  to buying SAMP/T interceptor missiles", "ont réaffecté ... à l'achat de drones", "für Munition
  umgeschichtet") is that kind's promise (my call: the money moved is news of what it will buy, also in the
  French passé composé);
- loans: a loan for weapons is the lender's funding promised ("lend Ukraine €45 billion", "accordera ... un
  prêt") or, with its kind, that kind's ("einen Kredit über 5 Milliarden Euro für den Kauf von
  Flugabwehrsystemen"); the weapons share of the EU loan ("of which at least €30 billion") is a part of the
  whole, counted once in it; a grant "déjà versé" is delivered; a budget reserve "inscrit" for munitions and
  one "gebilligt" for military aid are promised; budget support to repair the power grid gives nothing;
  Ireland's non-lethal demining equipment and body armour are "other", funded or promised;
- receiving: "received the first 18 Bohdana ... built ... with Danish money" is Denmark's delivery of 18,
  and "Denmark has paid for 36 of the guns" Denmark's production of 36 (my call: the Danish model gives the
  payer both the things made and the things arrived); things built in Ukraine with Swedish or Norwegian
  money ("finance la fabrication en Ukraine de 50 drones navals", "Mit norwegischem Geld werden in der
  Ukraine ... 24 Haubitzen ... gebaut") are production; thanks for things arrived or given ("thanked
  Portugal for the patrol boats that arrived", "a remercié ... l'Australie « pour les Bushmaster »",
  "dankte ... Nordmazedonien für die Lieferung") are deliveries by the one thanked; patrol boats and
  mine-clearing machines are "other", helicopters and Su-25s aircraft, Patriot interceptors air defence;
- slugs: "FLASH:", "URGENT -", "EILMELDUNG:", "More follows", "(Wird aktualisiert)" give nothing of their
  own; a question headline answered by its body gives what the body tells ("n'enverra pas ... « dans
  l'immédiat »" is "not now": refused); a price after a count ("worth A$95 million") is the things' worth.

First run (2026-12-06 17:06 UTC, this branch = main at 1d4d7578, labels as committed in 072dc1c3 before any run;
load average about 6): 5 of 24 articles fully right (EN 0 of 8, FR 2 of 8, DE 3 of 8); records as (donor,
category, status) matched 49 / labelled 67 / predicted 62 (P 0.79, R 0.73); with their figures too, 39 of the
67 labelled records. By form, fully right: trackers 2 of 3 (the French and German rankings give nothing; the
English one's "€31 billion pledged since 2022" is read as a promise), slugs 2 of 3 (the question headline, the
"EILMELDUNG"), live blogs 1 of 3 (a later entry adding a count or a thing to an earlier one is lost in English
and French), quotations 0 of 3 (a quoted promise denied or reported by a third party is read as a promise, a
quote with "uns" as its giver gives nothing), lists told as text 0 of 3 (every count after its item, "tanks:
20", "obus de 155 mm : 3 000", "Leopard 1A5: 25", is lost), money forms 0 of 3 (money moved to a kind loses its
sum or gives nothing), loans and budget lines 0 of 3 (a grant told as a noun, a budget reserve, a sum "for"
or "an" things parted from them), the receiving side 0 of 3 (thanks to a second donor, paying for guns made in
Ukraine, "mit norwegischem Geld"). The 19 left are strict xfails (LEFT) saying what is read instead. My calls
that a reader could make otherwise: the tracker's totals as no records (1 record, the English one read as a
promise; the rulings read "a total told on its own" as before, the brief calls such totals no new pledges),
the Danish model as both Denmark's delivery and its production (2 records, the delivery read as labelled), money
re-allocated as its kind's promise (3 records), the chancellor's quoted refusal standing though a spokesman
would not confirm it (1 record, read as labelled), a sum in two currencies as the first stated (2 records,
read as labelled).

After fix54p (2026-12-06 18:12 UTC, load about 25): 16 of 24 articles fully right; records 61 / labelled 67 /
predicted 65 (P 0.94, R 0.91), 60 with their figures; the 8 left stay in LEFT with what is read instead.

After pledges56 (2026-12-07): the live blogs' later entries (Madrid's six Aspide launchers, Lisbon's 2,000 rounds),
the non-lethal remark, the thanks 'ainsi que' and the quoted 'von uns' promise are read as labelled; 2 articles
left (counted over the probe's parametrised cases: 19 -> 23 passed, 6 -> 2 strict xfails).
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, AMMO, ARMOUR, MONEY, D, M, P, R, X
from tests.support.wire_reading import figures, formed_in_three_languages, left_as_xfails

# The forms of the brief, one label each.
LIVE, QUOTE, LIST, TRACKER, MONEY_FORMS, LOAN, RECEIVING, SLUG = (
    "live", "quote", "list", "tracker", "money_forms", "loan", "receiving", "slug")

# (form, headline, text, records), labelled by hand before the first run.
ENGLISH = [
    # Timestamped fragments; the third entry repeats Portugal's promise with a figure added.
    (LIVE, "Ukraine war live: allies' aid announcements through the day",
     "14:05 GMT — Portugal to send six more M113 armoured personnel carriers, defence ministry in Lisbon says. "
     "14:40 GMT — Albania has handed over a batch of mortar rounds from army stocks, Tirana says, without "
     "giving a number. 15:20 GMT — Lisbon now says the package also holds 2,000 rounds of 155 mm ammunition "
     "alongside the six M113s. 16:02 GMT — Ireland to fund demining equipment for Ukraine worth €12 million; "
     "Dublin stresses the aid is non-lethal.",
     {("PT", ARMOUR, P, 6), ("AL", AMMO, D, None), ("PT", AMMO, P, 2000), ("IE", "other", P, 12000000)}),
    # A pledge told only in a quotation; an aide's quote inside a report, denied; a third party's quote.
    (QUOTE, "'Four more Gripens': Sweden's minister promises jets, denies tank report",
     "STOCKHOLM, Dec 3 (Wire) - \"We will send four more Gripen fighters to Ukraine before the summer,\" "
     "Defence Minister Anna Lindqvist told reporters on Thursday. Asked about a newspaper report quoting an "
     "aide as saying \"Sweden will also give its remaining Stridsvagn 122 tanks\", she said: \"Nobody in this "
     "government has said that. There are no such plans.\" Denmark's prime minister was quoted by the same "
     "paper as saying Copenhagen \"is looking at\" sending more F-16 spare parts.",
     {("SE", "aircraft", P, 4), ("SE", "tanks", R, None), ("DK", "other", X, None)}),
    # "The package includes:" with semicolons; an annex where the quantities follow the items.
    (LIST, "Spain details EUR 1.1 billion package for Ukraine: tanks, carriers, shells",
     "MADRID, Dec 2 (Wire) - Spain will send Ukraine a new military aid package worth €1.1 billion, the defence "
     "ministry said on Tuesday. The package includes: 12 Leopard 2A4 tanks; 40 M113 armoured personnel "
     "carriers; 6,000 rounds of 155 mm ammunition; and two Hawk air defence launchers. Earlier deliveries, "
     "listed in an annex, were: Leopard 2A4 tanks: 20; Aspide missile launchers: 4.",
     {("ES", MONEY, P, 1100000000), ("ES", "tanks", P, 12), ("ES", ARMOUR, P, 40), ("ES", AMMO, P, 6000),
      ("ES", AIR, P, 2), ("ES", "tanks", D, 20), ("ES", AIR, D, 4)}),
    # A tracker's ranking: its totals are no new pledges; the one new commitment is.
    (TRACKER, "Germany remains second-largest donor as new pledges slow, tracker shows",
     "KIEL, Dec 4 (Wire) - Germany remains the second-largest military donor to Ukraine with €31 billion "
     "pledged since 2022, behind the United States, according to the latest update of a Kiel-based tracker. "
     "Britain ranks third with £13 billion. New pledges in October and November fell to their lowest level "
     "since the war began, the researchers said. Among the few new commitments, the Netherlands announced on "
     "Monday it would send 25 more armoured infantry vehicles.",
     {("NL", ARMOUR, P, 25)}),
    # A yearly sum until 2029, money moved from an earlier package, a figure in two currencies.
    (MONEY_FORMS, "Italy commits EUR 500 million a year until 2029, moves leftover funds to air defence",
     "ROME, Dec 5 (Wire) - Italy will provide €500 million a year until 2029 for Ukraine's armed forces, Defence "
     "Minister Paolo Serra said on Friday. A further €200 million left unspent from the country's eleventh "
     "package will be redirected to buying SAMP/T interceptor missiles, he said. Croatia, meanwhile, pledged "
     "30 million euros ($32 million) for artillery ammunition for Kyiv.",
     {("IT", MONEY, P, 500000000), ("IT", AIR, P, 200000000), ("HR", AMMO, P, 30000000)}),
    # A loan backed by frozen assets (its weapons share is part of the whole), a grant, budget support.
    (LOAN, "EU agrees loan backed by frozen Russian assets; Slovenia adds air defence grant",
     "BRUSSELS, Dec 5 (Wire) - EU governments agreed on Friday to lend Ukraine €45 billion backed by frozen "
     "Russian central bank assets, of which at least €30 billion is to go on weapons and ammunition. Slovenia "
     "will in addition give a grant of €8 million for Ukraine's air defence, its government said. North "
     "Macedonia offered budget support of €5 million to repair Ukraine's power grid.",
     {("EU", MONEY, P, 45000000000), ("SI", AIR, P, 8000000)}),
    # The Danish model told from Kyiv; Zelensky's thanks for boats that arrived and a quoted count.
    (RECEIVING, "Ukraine receives first Bohdana howitzers paid for by Denmark",
     "KYIV, Dec 1 (Wire) - Ukraine's army has received the first 18 Bohdana self-propelled howitzers built by "
     "Ukrainian factories with Danish money, the defence ministry in Kyiv said on Monday. Denmark has paid for "
     "36 of the guns under the arrangement. President Volodymyr Zelensky also thanked Portugal for the patrol "
     "boats that arrived last week, and Croatia for \"every one of the 30 mine-clearing machines\".",
     {("DK", "artillery", D, 18), ("DK", "artillery", M, 36), ("PT", "other", D, None), ("HR", "other", D, 30)}),
    # An all-caps flash and its first lines; Britain's "no plans" in a quote.
    (SLUG, "FLASH: AUSTRALIA TO SEND UKRAINE 30 MORE BUSHMASTER VEHICLES - PM",
     "CANBERRA, Dec 2 (Wire) - Australia will send Ukraine 30 more Bushmaster protected mobility vehicles, "
     "Prime Minister Liam Doyle said on Wednesday. The vehicles, worth A$95 million, will be shipped from "
     "Brisbane in the new year. Britain, asked whether it would match the offer, said it had \"no plans\" to "
     "send more Mastiff armoured vehicles. More follows.",
     {("AU", ARMOUR, P, 30), ("GB", ARMOUR, R, None)}),
]

FRENCH = [
    # "10h32 :" entries; Madrid's second entry gives the count of the first's launchers.
    (LIVE, "EN DIRECT - Guerre en Ukraine : les annonces d'aide militaire de la journée",
     "10h32 : l'Espagne va livrer des lanceurs de missiles Aspide supplémentaires à l'Ukraine, annonce Madrid. "
     "11h15 : l'Irlande débloque 10 millions d'euros pour des équipements de déminage, une aide « non létale », "
     "insiste Dublin. 12h47 : Madrid précise qu'il s'agira de six lanceurs Aspide, livrés d'ici à mars. "
     "14h03 : la Slovénie a remis à Kiev 20 véhicules blindés de transport de troupes, selon Ljubljana.",
     {("ES", AIR, P, 6), ("IE", "other", P, 10000000), ("SI", ARMOUR, D, 20)}),
    # A promise told in a quotation; a quote reported by a third party, denied by its speaker's ministry.
    (QUOTE, "« Nous livrerons douze Caesar de plus » : Paris promet, Rome dément pour le SAMP/T",
     "PARIS, 3 déc 2026 (Agence) - « Nous livrerons douze canons Caesar de plus à l'Ukraine d'ici à l'été », a "
     "déclaré jeudi la ministre des Armées, Claire Vautrin, devant la presse. Selon elle, son homologue italien "
     "lui aurait dit : « Rome enverra un deuxième SAMP/T en janvier. » Le ministère italien de la Défense a "
     "démenti ces propos, affirmant qu'« aucune décision » n'avait été prise.",
     {("FR", "artillery", P, 12), ("IT", AIR, X, None)}),
    # "Au programme :" and a detail where the quantities follow the items.
    (LIST, "Neuvième paquet belge pour Kiev : au programme, obus, blindés et drones",
     "BRUXELLES, 2 déc 2026 (Agence) - La Belgique a dévoilé mardi son neuvième paquet d'aide militaire à "
     "l'Ukraine, d'un montant de 400 millions d'euros. Au programme : des munitions, des blindés et des drones. "
     "Le détail, selon le ministère : obus de 155 mm : 3 000 ; véhicules blindés de transport de troupes : 20 ; "
     "drones de reconnaissance : 150.",
     {("BE", MONEY, P, 400000000), ("BE", AMMO, P, 3000), ("BE", ARMOUR, P, 20), ("BE", "drones", P, 150)}),
    # A ranking's totals; the week's one new announcement.
    (TRACKER, "Aide à l'Ukraine : la France loin derrière l'Allemagne, selon un classement",
     "PARIS, 4 déc 2026 (Agence) - La France a engagé au total 6,5 milliards d'euros d'aide militaire à "
     "l'Ukraine depuis 2022, loin derrière l'Allemagne (31 milliards) et le Royaume-Uni, selon le dernier "
     "classement d'un institut allemand. Le Danemark reste le premier donateur rapporté à son PIB. Seule "
     "annonce nouvelle de la semaine : l'Italie fournira 30 véhicules blindés Lince supplémentaires.",
     {("IT", ARMOUR, P, 30)}),
    # "par an jusqu'en 2029" in crowns with euros in parentheses; money re-allocated to drones.
    (MONEY_FORMS, "La Norvège consacrera 20 milliards de couronnes par an à l'Ukraine jusqu'en 2029",
     "OSLO, 5 déc 2026 (Agence) - La Norvège consacrera 20 milliards de couronnes (1,7 milliard d'euros) par an "
     "à l'aide militaire à l'Ukraine jusqu'en 2029, a annoncé vendredi le gouvernement. De leur côté, les "
     "Pays-Bas ont réaffecté 150 millions d'euros non dépensés d'un paquet précédent à l'achat de drones "
     "intercepteurs pour Kiev.",
     {("NO", MONEY, P, 20000000000), ("NL", "drones", P, 150000000)}),
    # A loan repaid from frozen assets, a grant already paid out, a budget reserve.
    (LOAN, "Le Canada accorde à l'Ukraine un prêt de 5 milliards de dollars adossé aux avoirs russes",
     "OTTAWA, 2 déc 2026 (Agence) - Le Canada accordera à l'Ukraine un prêt de 5 milliards de dollars canadiens, "
     "remboursé par les revenus des avoirs russes gelés et destiné à l'achat d'armes, a annoncé mardi la "
     "ministre des Finances. Ce prêt s'ajoute à un don de 500 millions de dollars canadiens pour des drones, "
     "déjà versé en octobre. L'Albanie a inscrit 4 millions d'euros dans sa réserve budgétaire pour des "
     "munitions destinées à Kiev.",
     {("CA", MONEY, P, 5000000000), ("CA", "drones", D, 500000000), ("AL", AMMO, P, 4000000)}),
    # Kyiv's receipt, Zelensky's quoted thanks, production in Ukraine paid by Sweden.
    (RECEIVING, "« Merci à l'Espagne » : Kiev annonce l'arrivée de deux batteries Hawk",
     "KIEV, 1er déc 2026 (Agence) - L'Ukraine a reçu deux batteries de défense aérienne Hawk de l'Espagne, a "
     "annoncé lundi le ministère ukrainien de la Défense. Le président Zelensky a remercié Madrid ainsi que "
     "l'Australie « pour les Bushmaster qui protègent nos soldats ». La Suède finance par ailleurs la "
     "fabrication en Ukraine de 50 drones navals, selon Kiev.",
     {("ES", AIR, D, 2), ("AU", ARMOUR, D, None), ("SE", "drones", M, 50)}),
    # A question headline the urgent answers: "not now" for jets, mortar rounds promised.
    (SLUG, "Le Portugal va-t-il envoyer des F-16 à l'Ukraine ?",
     "URGENT - LISBONNE, 3 déc 2026 (Agence) - Le Portugal n'enverra pas de F-16 à l'Ukraine « dans "
     "l'immédiat », a déclaré mercredi le ministre portugais de la Défense. Il a en revanche confirmé la "
     "livraison, d'ici à la fin du mois, de 5 000 obus de mortier.",
     {("PT", "aircraft", R, None), ("PT", AMMO, P, 5000)}),
]

GERMAN = [
    # "+++ 09:15 Uhr +++" entries; Croatia's count comes in a later entry; generators are no weapons.
    (LIVE, "Ukraine-Krieg im Liveblog: Neue Hilfszusagen am Dienstag",
     "+++ 09:15 Uhr +++ Kroatien sagt der Ukraine weitere Hubschrauber zu, teilt das Verteidigungsministerium "
     "in Zagreb mit. +++ 10:40 Uhr +++ Österreich schickt 150 Stromgeneratoren für Krankenhäuser in Charkiw. "
     "+++ 11:55 Uhr +++ Kroatien nennt nun Zahlen: Es gehe um acht Hubschrauber vom Typ Mi-8. +++ 13:20 Uhr "
     "+++ Die Niederlande haben der Ukraine zwölf weitere Panzerhaubitzen 2000 übergeben.",
     {("HR", "aircraft", P, 8), ("NL", "artillery", D, 12)}),
    # A promise in a quotation, a quote inside a quote refusing Taurus, a reported third party's review.
    (QUOTE, "„Bis Ostern zwei weitere Patriot“: Brandt verspricht Kiew Flugabwehr",
     "BERLIN (Agentur) - „Die Ukraine bekommt von uns bis Ostern zwei weitere Patriot-Systeme“, sagte "
     "Verteidigungsminister Tobias Brandt der Zeitung „Morgenpost“. Der Kanzler habe ihm gesagt: „Wir liefern, "
     "was wir zugesagt haben – aber keine Taurus.“ Ein Regierungssprecher wollte das Zitat nicht bestätigen. "
     "Italiens Außenminister wurde mit den Worten zitiert, Rom prüfe die Lieferung weiterer Munition.",
     {("DE", AIR, P, 2), ("DE", "missiles", R, None), ("IT", AMMO, X, None)}),
    # "Im Einzelnen:" with the quantities after the items.
    (LIST, "Im Einzelnen: Was Dänemarks neues Paket für die Ukraine enthält",
     "KOPENHAGEN (Agentur) - Dänemark hat ein weiteres Militärpaket für die Ukraine im Wert von 1,2 Milliarden "
     "Kronen beschlossen. Im Einzelnen: Kampfpanzer Leopard 1A5: 25; Schützenpanzer CV90: 10; "
     "Artilleriegranaten: 20.000. Hinzu kommen Mittel für die Ausbildung ukrainischer Piloten in Skrydstrup.",
     {("DK", MONEY, P, 1200000000), ("DK", "tanks", P, 25), ("DK", ARMOUR, P, 10), ("DK", AMMO, P, 20000),
      ("DK", "training", P, None)}),
    # A ranking's totals and a share of GDP; one new pledge in the month.
    (TRACKER, "Rangliste der Unterstützer: Deutschland weiter auf Platz zwei",
     "KIEL (Agentur) - Deutschland bleibt mit seit 2022 zugesagten 31 Milliarden Euro der zweitgrößte "
     "militärische Unterstützer der Ukraine, wie aus der jüngsten Auswertung eines Kieler Instituts "
     "hervorgeht. Großbritannien folgt mit 15 Milliarden Euro auf Platz drei. Gemessen an der "
     "Wirtschaftsleistung liegt Dänemark vorn. Neu hinzugekommen ist im November lediglich eine Zusage "
     "Spaniens über 15 Kampfpanzer vom Typ Leopard 2A4.",
     {("ES", "tanks", P, 15)}),
    # "jährlich" until 2028 in crowns with euros beside; money shifted from last year's budget.
    (MONEY_FORMS, "Schweden sagt der Ukraine jährlich 40 Milliarden Kronen zu",
     "STOCKHOLM (Agentur) - Schweden wird der Ukraine bis 2028 jährlich 40 Milliarden Kronen (rund 3,5 "
     "Milliarden Euro) für Militärhilfe bereitstellen, teilte die Regierung in Stockholm mit. Aus nicht "
     "verbrauchten Mitteln des Vorjahres werden zudem 800 Millionen Kronen für Munition umgeschichtet.",
     {("SE", MONEY, P, 40000000000), ("SE", AMMO, P, 800000000)}),
    # A "Kredit" for air defence repaid from frozen assets, a reserve approved, Ireland's non-lethal aid.
    (LOAN, "Kredit statt Geschenk: Berlin finanziert Kiews Flugabwehr mit Russland-Geld",
     "BERLIN (Agentur) - Die Bundesregierung stellt der Ukraine einen Kredit über 5 Milliarden Euro für den "
     "Kauf von Flugabwehrsystemen bereit, der aus Erträgen eingefrorener russischer Vermögen zurückgezahlt "
     "werden soll. Zusätzlich hat der Haushaltsausschuss eine Reserve von 2 Milliarden Euro für Militärhilfe "
     "im kommenden Jahr gebilligt. Irland beteiligt sich mit 20 Millionen Euro an nicht-tödlicher Hilfe wie "
     "Schutzwesten und Minenräumgeräten.",
     {("DE", AIR, P, 5000000000), ("DE", MONEY, P, 2000000000), ("IE", "other", P, 20000000)}),
    # "sind eingetroffen", thanks for jets, howitzers built in Ukraine with Norwegian money.
    (RECEIVING, "Ukraine meldet Ankunft slowenischer Panzer und dankt Nordmazedonien",
     "KIEW (Agentur) - Die ersten 14 von Slowenien zugesagten Kampfpanzer vom Typ M-84 sind in der Ukraine "
     "eingetroffen, teilte das ukrainische Verteidigungsministerium mit. Präsident Selenskyj dankte zudem "
     "Nordmazedonien für die Lieferung von Su-25-Kampfflugzeugen. Mit norwegischem Geld werden in der Ukraine "
     "außerdem 24 Haubitzen vom Typ Bohdana gebaut.",
     {("SI", "tanks", D, 14), ("MK", "aircraft", D, None), ("NO", "artillery", M, 24)}),
    # "EILMELDUNG:" and the first lines of the write-up; a gift of the autumn recalled.
    (SLUG, "EILMELDUNG: Spanien sagt der Ukraine sechs Patriot-Abfangraketen zu",
     "MADRID (Agentur) - Spanien wird der Ukraine sechs weitere Abfangraketen für das Patriot-System liefern. "
     "Das teilte die Verteidigungsministerin in Madrid am Mittwoch mit. Albanien hatte der Ukraine bereits im "
     "Oktober 20.000 Schuss Mörsermunition übergeben. (Wird aktualisiert)",
     {("ES", AIR, P, 6), ("AL", AMMO, D, 20000)}),
]

# What the probe leaves, by headline: what is read instead (strict xfails), from the first run.
LEFT: dict[str, str] = {
    "« Nous livrerons douze Caesar de plus » : Paris promet, Rome dément pour le SAMP/T": (
        "reads (IT, air_defence, pledged, None) for discussed: a promise quoted by a third party in the conditional "
        "('son homologue italien lui aurait dit : « Rome enverra un deuxième SAMP/T en janvier. »') and denied ('a "
        "démenti ces propos, affirmant qu'« aucune décision »') is read as Italy's promise; reads (FR, air_defence, "
        "pledged, None) from the headline 'Paris promet, Rome dément pour le SAMP/T' (the SAMP/T given to the "
        "headline's first giver)"),
    "Ukraine meldet Ankunft slowenischer Panzer und dankt Nordmazedonien": (
        "misses (NO, artillery, production, 24): 'Mit norwegischem Geld werden in der Ukraine außerdem 24 "
        "Haubitzen vom Typ Bohdana gebaut' (the payer an adjective of 'Geld', the building a passive) gives "
        "nothing; reads (MK, tanks, delivered, None) from the headline 'Ankunft slowenischer Panzer und dankt "
        "Nordmazedonien' (the tanks of the Slovenian adjective given to the next named donor)"
        " | pledges55: Norway's howitzers built 'mit norwegischem Geld' are read (NO, artillery, production, 24); "
        "still reads (MK, tanks, delivered, None) from the headline"),
}


@pytest.mark.parametrize(("lang", "title", "text", "expected"),
                         left_as_xfails(formed_in_three_languages(ENGLISH, FRENCH, GERMAN), LEFT))
def test_review_articles_give_their_labelled_records(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected


def test_the_probe_is_as_briefed() -> None:
    """8 articles a language, each language with its forms: a live blog's timestamped entries, a pledge told
    in quotations, a list told as text, a tracker's ranking, money forms (yearly sums, two currencies, money
    moved), loans and budget lines, the receiving side, and a wire slug or headline form."""
    for articles in (ENGLISH, FRENCH, GERMAN):
        forms = [form for form, _, _, _ in articles]
        assert sorted(forms) == sorted([LIVE, QUOTE, LIST, TRACKER, MONEY_FORMS, LOAN, RECEIVING, SLUG])
    assert len({title for articles in (ENGLISH, FRENCH, GERMAN) for _, title, _, _ in articles}) == 24
