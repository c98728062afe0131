"""Pledges, review 45: the fifth held-out probe of the pledge extractor on wire copy written by someone who
did not write the extractor. 24 articles (8 EN, 8 FR, 8 DE) in forms the earlier probes did not stress: per
language a story told from the receiving side (Kyiv reporting what arrived, or thanking a donor) or from a
manufacturer's side (a company delivering on a government's order), a round-up of a donors' meeting (the
Ukraine Defense Contact Group, Ramstein, NATO ministers: several donors each with a pledge of its own), a
parliamentary or budget step (a vote, a committee releasing funds, a line for Ukraine in a larger law), a
story of cumulative totals ("bringing its total to", "au total", "insgesamt"), a story of loans,
co-production or industry deals (a loan backed by frozen Russian assets, a plant in Ukraine, a donor paying
Ukrainian industry, a sale rather than a gift), a story with numbers in words or approximate words ("two
dozen", "nearly 100", "deux douzaines", "une dizaine", "zwei Dutzend", "rund", "knapp"), and two ordinary
wire stories (Reuters, AFP, dpa style). Donors beyond the big ones (Sweden, Lithuania, Portugal, Romania,
Luxembourg, Australia, Greece, Belgium, Slovakia, Latvia, Turkey, Czechia, Finland, Italy, ...), every status
(a cancelled transfer is labelled refused, as reviews 43 and 44 did), money and counts. Every text and figure
is invented for this file; none is taken from the real-article set.

Each article was labelled by hand before its first run, following ../shared/eval/README.md and
tests/data/README.md, as (donor, category, status, figure): the figure is the count of things stated, else
the sum of money, else None. The lead's conventions: money paid into a fund or initiative is a funding
record of the payer; a count or sum given jointly by several givers is on no giver's record (each giver gets
a record without the figure). Choices of mine where the conventions leave a case open:
- a number in words is that number ("two dozen" 24, "a half-dozen" 6, "une dizaine" 10, "douze" 12); an
  approximate one is the number it names ("nearly 100" 100, "près de 5 000" 5000, "rund 60" 60, "knapp 200"
  200); an ordinal ("a second battery", "un onzième paquet") is no count;
- a receiving-side report ("Ukraine has received X from Y", "thanked Y for X that arrived") is Y's delivery;
- a company delivering on its own government's order is that government's record (the company counts as its
  home country); things a company says another government paid for and that are still to come are that
  government's pledge;
- a cumulative total is its donor's funding record: "bringing its aid to" / "portant le total de son aide à"
  (what was promised so far) is pledged, "has provided a total of" / "insgesamt geleistet" is delivered;
- a sum for Ukraine passed by a chamber or released by a budget committee is pledged (approved), its donor
  the country; a budget's total for the donor's own forces gives no record;
- a loan to Ukraine that pays for weapons is a funding record of the lender, "disbursed" delivered;
- a sale to Ukraine or an order Ukraine places with a foreign maker is a production record of the maker's
  country in the item's category (a contract for Ukraine, as the eval README's "production"); building a
  plant or a joint line in Ukraine is (country, production, production);
- a donor paying Ukrainian industry to build a named thing is a production record of that thing's category
  (as review 44 found the extractor reads it, and as the data README labels orders);
- money for a named kind of thing is that thing's category, its figure the sum (review 44's convention);
- a package whose content is secret and whose value is not given is "other".

First run (2026-12-05, this branch = main at 4687792, labels unchanged; load average about 11): 10 of 24
articles fully right (EN 4 of 8, FR 2 of 8, DE 4 of 8); records as (donor, category, status) matched 61 /
labelled 74 / predicted 69 (P 0.88, R 0.82); with their figures too, 53 of 74. By form, fully right:
receiving or maker's side 2 of 3, donors' meeting round-ups 3 of 3 (every donor's own pledge, the joint
ones without a figure, the refusal and the open question), parliamentary or budget steps 0 of 3, cumulative
totals 1 of 3, loans and industry deals 0 of 3, numbers in words 1 of 3, wire stories 3 of 6. The 14 left
are strict xfails (LEFT) saying what is read instead. Two hold a call of mine a reader could make
otherwise, each beside other misses: the French joint drone plant "financed up to 50 million euros", which
I put on one production record with the sum and the extractor reads as a funding record plus a production
record without it; and the German order paid "from the EU's loan", to which I gave no EU record and the
extractor gives (EU, production, production).

After pledges round 35 (2026-12-05, branch pledges35, tests/pledges/test_pledges_wire_35.py; load average
about 15): 16 of 24 articles fully right; records matched 67 / labelled 74 / predicted 70 (P 0.96, R 0.91),
figures 65 of 74. Now right: the House's bill ("passed", and the sum "to replenish" Patriot interceptors),
the frozen-asset loan and the Ukrainian plant, the half-dozen and the anti-tank launchers, the dropped plan
(EN), KNDS's last Caesar "d'une commande" (delivered), the package that "kam ... hinzu" (DE). Read better
but still left: the Slovak sale (a contract), the drones Quantum Systems will "fertigen", "ein halbes
Dutzend" (6), "L'Assemblée nationale" (the probe says "les députés").

After pledges round 38 (tests/pledges/test_pledges_wire_38.py: technicians, medics and nurses are trainees,
and what technicians are trained on or will look after is no thing given; German training told after the
thing trained on, "an den Panzern ausgebildet", is training): 17 of 24 fully right (the Dutch F-16
technicians now a plain test); records matched 70 / labelled 74 / predicted 72 (P 0.97, R 0.95). Then
"compensera en versant" promises and "la coalition des drones" is the fund paid into, no drones: 18 of 24
(the Portuguese Leopards now a plain test), records matched 71 / labelled 74 / predicted 73 (P 0.97, R 0.96).
The Italian secret package still gives way to the running total told in its own sentence (a headline's
package beside a body's running total is kept since round 38; a body sentence holding both is not).
(These figures are on the labels before stop 45's relabelling of shares; on the relabelled probe, main at
52b1733 reads 18 of 24, records 69 / 74 / 72, and this round 20 of 24, records 71 / 74 / 73, P 0.97, R 0.96.)
Then the German passive "sollen ... ausgebildet werden" promises training (its giver Poland, of the sentence
before): 21 of 24 (the Polish tanks and training now a plain test), records matched 72 / labelled 74 /
predicted 74 (P 0.97, R 0.97).
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, AMMO, ARMOUR, ARMS, MONEY, D, M, P, R, X
from tests.support.wire_reading import figures, formed_in_three_languages, left_as_xfails

# The forms of the brief, one label each.
RECEIVING, MEETING, PARLIAMENT, CUMULATIVE, INDUSTRY, WORDS, WIRE = (
    "receiving", "meeting", "parliament", "cumulative", "industry", "words", "wire")

# (form, headline, text, records), labelled by hand before the first run.
ENGLISH = [
    # Told by Kyiv: what arrived, and whom it thanked. "Kyiv still needs more air defence" is a request.
    (RECEIVING, "Ukraine says Swedish CV90s and Lithuanian mortars have arrived",
     "KYIV, Feb 3 (Wire) - Ukraine's defence ministry said on Tuesday it had received 16 CV90 infantry fighting "
     "vehicles from Sweden, the last of a batch promised in the autumn. The ministry also thanked Lithuania for "
     "40 mortars that reached front-line brigades last week. Kyiv still needs more air defence, it said.",
     {("SE", ARMOUR, D, 16), ("LT", "artillery", D, 40)}),
    # A contact-group round-up in prose; LU's money goes into the Czech-led initiative (funding of the payer),
    # "a second Hawk battery" is an ordinal.
    (MEETING, "Allies line up drones, tanks and air defence for Ukraine at contact group",
     "BRUSSELS, March 12 (Wire) - Defence ministers from about 50 countries meeting at NATO headquarters on "
     "Thursday pledged fresh weapons for Ukraine's spring campaign. The Netherlands said it would spend 300 "
     "million euros on drones for Kyiv, while Portugal promised four Leopard 2 tanks from its own stocks. Romania "
     "will send a second Hawk air defence battery, its defence minister told reporters, and Luxembourg pledged "
     "20 million euros to the Czech-led ammunition initiative. Norway said it was still considering a Ukrainian "
     "request for more NASAMS launchers.",
     {("NL", "drones", P, 300_000_000), ("PT", "tanks", P, 4), ("RO", AIR, P, None), ("LU", MONEY, P, 20_000_000),
      ("NO", AIR, X, None)}),
    # A line for Ukraine in a larger bill passed by one chamber: approved, so pledged; the bill's total is not
    # Ukraine's.
    (PARLIAMENT, "House passes defence supplemental with $9.5 billion for Ukraine",
     "WASHINGTON, April 9 (Wire) - The U.S. House of Representatives on Wednesday passed a $61 billion defence "
     "supplemental bill that includes $9.5 billion in military aid for Ukraine, sending the measure to the Senate. "
     "The Ukraine portion sets aside $3 billion to replenish Patriot interceptors for Kyiv, lawmakers said. The "
     "rest of the bill funds shipbuilding and munitions for U.S. forces.",
     {("US", MONEY, P, 9_500_000_000), ("US", AIR, P, 3_000_000_000)}),
    # A new pledge, a running total (pledged: "bringing its ... aid to") and past deliveries; "one NASAMS
    # system" is a count in words; the comparison names no figure of the others.
    (CUMULATIVE, "Canada's military aid to Ukraine tops C$5 billion with new drone pledge",
     "OTTAWA, May 18 (Wire) - Canada will give Ukraine 120 million Canadian dollars for surveillance drones, "
     "bringing its total military aid since February 2022 to more than C$5 billion, the defence minister said on "
     "Monday. Canada has so far delivered eight Leopard 2 tanks, 39 armoured combat support vehicles and one "
     "NASAMS system. Only the United States, Germany and Britain have given Kyiv more among the allies of the "
     "G7.",
     {("CA", "drones", P, 120_000_000), ("CA", MONEY, P, 5_000_000_000), ("CA", "tanks", D, 8),
      ("CA", ARMOUR, D, 39), ("CA", AIR, D, 1)}),
    # A loan paying for weapons (disbursed: delivered), a plant in Ukraine (production), a donor paying
    # Ukrainian industry to build a named thing (production of that thing).
    (INDUSTRY, "EU pays out first tranche of frozen-asset loan as Rheinmetall opens Ukrainian plant",
     "BRUSSELS/KYIV, June 6 (Wire) - The European Union disbursed a first 4 billion euro tranche of its loan to "
     "Ukraine backed by immobilised Russian central bank assets on Friday, money Kyiv has said it will spend "
     "mostly on weapons. Separately, Germany's Rheinmetall said it had opened a plant in western Ukraine that "
     "will make 155mm artillery shells from next year. Britain, meanwhile, signed a deal under which Ukrainian "
     "factories will build 200 long-range attack drones paid for with 100 million pounds of British money.",
     {("EU", MONEY, D, 4_000_000_000), ("DE", "production", M, None), ("GB", "drones", M, 200)}),
    # Numbers in words and approximate words.
    (WORDS, "Belgium to send two dozen M113s and nearly 100 anti-tank launchers",
     "BRUSSELS, July 1 (Wire) - Belgium will send Ukraine two dozen surplus M113 armoured personnel carriers and "
     "nearly 100 portable anti-tank launchers before the summer ends, the defence minister said on Wednesday. The "
     "government also plans to hand over a half-dozen F-16 fighter jets once their replacements arrive, a "
     "timeline that has already slipped twice.",
     {("BE", ARMOUR, P, 24), ("BE", ARMS, P, 100), ("BE", "aircraft", P, 6)}),
    # A dropped plan (refused) and what replaces it.
    (WIRE, "Greece drops plan to send Osa air defence systems to Ukraine",
     "ATHENS, Aug 4 (Wire) - Greece has dropped a plan to send Ukraine its ageing Osa air defence systems after "
     "objections from its armed forces, a government spokesman said on Monday. Instead, Athens will supply "
     "30,000 artillery shells by the end of the year, he said.",
     {("GR", AIR, R, None), ("GR", AMMO, P, 30_000)}),
    # Discussed, refused, delivered before, and a package with named items inside.
    (WIRE, "Australia weighs Ukrainian request for more vehicles, rules out Hornet jets",
     "CANBERRA, Sept 10 (Wire) - Australia is considering a Ukrainian request for more Bushmaster protected "
     "vehicles, the prime minister said on Thursday, but ruled out sending the F/A-18 Hornet fighter jets its air "
     "force retired last year. Australia has already handed over 120 Bushmasters. A new package worth A$100 "
     "million announced on Thursday includes drones and ammunition.",
     {("AU", ARMOUR, X, None), ("AU", "aircraft", R, None), ("AU", ARMOUR, D, 120), ("AU", MONEY, P, 100_000_000),
      ("AU", "drones", P, None), ("AU", AMMO, P, None)}),
]

FRENCH = [
    # Told by the maker: its deliveries on the French State's order are France's; the 18 Belgium paid for and
    # still to come are Belgium's pledge.
    (RECEIVING, "KNDS France a livré à l'Ukraine les derniers Caesar commandés par l'Etat",
     "PARIS, 14 janv 2027 (AFP) - Le groupe KNDS France a annoncé mardi avoir livré à l'armée ukrainienne les "
     "douze derniers canons Caesar d'une commande passée par l'Etat français en 2025. L'industriel précise que "
     "18 autres canons, financés par la Belgique, seront livrés d'ici juin.",
     {("FR", "artillery", D, 12), ("BE", "artillery", P, 18)}),
    # A Ramstein round-up: DK and NO pay jointly for 16 howitzers (no figure on either's record).
    (MEETING, "Ramstein : l'Allemagne, l'Espagne et la Finlande annoncent de nouvelles aides",
     "RAMSTEIN (Allemagne), 20 févr 2027 (AFP) - Réunis jeudi sur la base américaine de Ramstein, les alliés de "
     "Kiev ont annoncé une nouvelle série d'aides militaires. L'Allemagne fournira quatre systèmes IRIS-T SLM "
     "supplémentaires, l'Espagne enverra 20 véhicules blindés de transport de troupes et la Finlande a promis "
     "150 millions d'euros. Le Danemark et la Norvège financeront ensemble l'achat de 16 obusiers automoteurs. "
     "La France, elle, examine la demande ukrainienne de nouveaux missiles de croisière SCALP.",
     {("DE", AIR, P, 4), ("ES", ARMOUR, P, 20), ("FI", MONEY, P, 150_000_000), ("DK", "artillery", P, None),
      ("NO", "artillery", P, None), ("FR", "missiles", X, None)}),
    # A budget vote: Ukraine's line and the munitions within it; the 57 billion is the forces' own budget.
    (PARLIAMENT, "Les députés votent 1,2 milliard d'euros d'aide militaire à l'Ukraine dans le budget des Armées",
     "PARIS, 3 déc 2026 (AFP) - Les députés ont adopté mercredi en première lecture le budget des Armées pour "
     "2027, qui prévoit 1,2 milliard d'euros d'aide militaire à l'Ukraine, dont 300 millions d'euros pour l'achat "
     "de munitions d'artillerie destinées à Kiev. Le texte, d'un montant total de 57 milliards d'euros, doit "
     "encore être examiné par le Sénat.",
     {("FR", MONEY, P, 1_200_000_000), ("FR", AMMO, P, None)}),
    # A secret package (other), the running total (pledged) and past deliveries ("deux" in words).
    (CUMULATIVE, "L'Italie porte son aide militaire à l'Ukraine à près de 3 milliards d'euros",
     "ROME, 9 mars 2027 (AFP) - Le gouvernement italien a approuvé mardi un onzième paquet d'aide militaire à "
     "l'Ukraine, dont le contenu reste secret, portant le total de son aide militaire à près de 3 milliards "
     "d'euros depuis 2022, selon le ministère de la Défense. L'Italie a déjà livré deux batteries de défense "
     "antiaérienne SAMP/T à Kiev.",
     {("IT", "other", P, None), ("IT", MONEY, P, 3_000_000_000), ("IT", AIR, D, 2)}),
    # A joint venture in Ukraine paid by France (production, production) and a sale, not a gift (the maker's
    # country, production, in the item's category).
    (INDUSTRY, "Drones : un industriel français va produire en Ukraine, Bratislava vend des Zuzana",
     "PARIS, 11 avr 2027 (AFP) - Le fabricant français de drones Delair et un partenaire ukrainien vont produire "
     "ensemble des drones de reconnaissance dans une usine près de Lviv, a annoncé lundi le ministère des Armées, "
     "qui financera le projet à hauteur de 50 millions d'euros. La Slovaquie a par ailleurs vendu à l'Ukraine "
     "16 obusiers Zuzana 2 : il s'agit d'une vente et non d'un don, a souligné le ministère slovaque.",
     {("FR", "production", M, 50_000_000), ("SK", "artillery", M, 16)}),
    # Numbers in words ("deux douzaines" 24, "une dizaine" 10) and approximate ("près de 5 000").
    (WORDS, "La Norvège va livrer deux douzaines de blindés à l'Ukraine",
     "OSLO, 15 mai 2027 (AFP) - La Norvège va livrer à l'Ukraine deux douzaines de véhicules blindés de transport "
     "de troupes et près de 5 000 obus de 155 mm d'ici la fin du mois, a indiqué vendredi son ministre de la "
     "Défense. Oslo avait déjà envoyé une dizaine de lance-roquettes multiples à Kiev l'an dernier.",
     {("NO", ARMOUR, P, 24), ("NO", AMMO, P, 5_000), ("NO", "artillery", D, 10)}),
    # A cancelled delivery (refused, its count kept) and money paid into a coalition (funding of the payer).
    (WIRE, "Le Portugal annule la livraison de ses Leopard 2 à l'Ukraine",
     "LISBONNE, 17 juin 2027 (AFP) - Le Portugal a annulé la livraison de quatre chars Leopard 2 promis à "
     "l'Ukraine, faute de pièces détachées, a annoncé jeudi le ministère portugais de la Défense. Lisbonne "
     "compensera en versant 40 millions d'euros à la coalition des drones menée par la Lettonie.",
     {("PT", "tanks", R, 4), ("PT", MONEY, P, 40_000_000)}),
    # Training finished (delivered, count of trainees) and an open question (discussed).
    (WIRE, "Les Pays-Bas ont achevé la formation de 40 techniciens ukrainiens sur F-16",
     "LA HAYE, 2 juil 2027 (AFP) - Les Pays-Bas ont achevé la formation de 40 techniciens ukrainiens chargés de "
     "l'entretien des F-16, a indiqué mercredi le ministère néerlandais de la Défense. Le gouvernement envisage "
     "en outre de céder à Kiev des systèmes Patriot supplémentaires, sans avoir encore tranché.",
     {("NL", "training", D, 40), ("NL", AIR, X, None)}),
]

GERMAN = [
    # Told by Kyiv: "eingetroffen", and thanks for what was handed over; the request gives no record.
    (RECEIVING, "Marder-Schützenpanzer aus Deutschland in der Ukraine eingetroffen",
     "KIEW (dpa) - In der Ukraine sind nach Angaben des Verteidigungsministeriums 25 weitere Schützenpanzer vom "
     "Typ Marder aus Deutschland eingetroffen. Präsident Selenskyj dankte zudem Tschechien für 40.000 Schuss "
     "Artilleriemunition, die im Januar übergeben worden seien. Die Ukraine benötige weiterhin dringend "
     "Flugabwehr, sagte er.",
     {("DE", ARMOUR, D, 25), ("CZ", AMMO, D, 40_000)}),
    # A NATO ministers' round-up: BE and LU pay jointly (no figure on either), TR refuses.
    (MEETING, "Nato-Verteidigungsminister: Neue Zusagen für die Ukraine",
     "BRÜSSEL (dpa) - Beim Treffen der Nato-Verteidigungsminister in Brüssel haben mehrere Verbündete am "
     "Donnerstag neue Militärhilfe für die Ukraine zugesagt. Schweden kündigte ein Paket im Wert von 2 Milliarden "
     "Kronen an. Kanada sagte 50 gepanzerte Fahrzeuge zu, Lettland 200 Drohnen aus eigener Produktion. Belgien "
     "und Luxemburg wollen gemeinsam 12 Flugabwehrsysteme kurzer Reichweite finanzieren. Die Türkei lehnte die "
     "Lieferung von Kampfdrohnen dagegen erneut ab.",
     {("SE", MONEY, P, 2_000_000_000), ("CA", ARMOUR, P, 50), ("LV", "drones", P, 200), ("BE", AIR, P, None),
      ("LU", AIR, P, None), ("TR", "drones", R, None)}),
    # A budget committee releasing money (pledged) and the share for Patriot missiles.
    (PARLIAMENT, "Haushaltsausschuss gibt 1,5 Milliarden Euro für Ukraine-Hilfe frei",
     "BERLIN (dpa) - Der Haushaltsausschuss des Bundestags hat am Mittwoch 1,5 Milliarden Euro zusätzlich für die "
     "militärische Unterstützung der Ukraine freigegeben. Davon sind 600 Millionen Euro für weitere "
     "Patriot-Flugkörper für Kiew vorgesehen, wie aus Ausschusskreisen verlautete. Die Freigabe war wegen der "
     "vorläufigen Haushaltsführung nötig geworden.",
     {("DE", MONEY, P, 1_500_000_000), ("DE", AIR, P, None)}),
    # A total given ("insgesamt ... geleistet": delivered) and the new package (pledged) with ammunition in it;
    # "rund" is approximate.
    (CUMULATIVE, "Dänemark stockt Ukraine-Hilfe auf - insgesamt rund 9 Milliarden Euro",
     "KOPENHAGEN (dpa) - Dänemark hat der Ukraine seit Kriegsbeginn Militärhilfe von insgesamt rund 9 Milliarden "
     "Euro geleistet. Am Montag kam ein weiteres Paket über 500 Millionen Euro hinzu, das vor allem Munition "
     "enthält, wie das Verteidigungsministerium mitteilte. Gemessen an der Wirtschaftsleistung ist Dänemark damit "
     "nach Estland der größte Geber.",
     {("DK", MONEY, D, 9_000_000_000), ("DK", MONEY, P, 500_000_000), ("DK", AMMO, P, None)}),
    # An order Ukraine placed with a German maker, paid from the EU's loan (the loan here is how the order is
    # paid, no sum and no step of its own: no EU record, a call a reader could make otherwise), and a joint
    # production line in Ukraine (a yearly rate, recorded as stated).
    (INDUSTRY, "Ukraine bestellt IRIS-T bei Diehl - bezahlt mit EU-Kredit",
     "BERLIN (dpa) - Die Ukraine hat beim Rüstungskonzern Diehl Defence drei weitere Flugabwehrsysteme vom Typ "
     "IRIS-T SLM bestellt. Bezahlt wird der Auftrag aus dem Kredit der Europäischen Union, der mit eingefrorenem "
     "russischem Staatsvermögen abgesichert ist, wie das Unternehmen am Dienstag mitteilte. Zudem will der "
     "Drohnenhersteller Quantum Systems gemeinsam mit einem ukrainischen Partner jährlich bis zu 1.000 "
     "Aufklärungsdrohnen in der Ukraine fertigen.",
     {("DE", AIR, M, 3), ("DE", "production", M, 1_000)}),
    # Numbers in words and approximate words: "zwei Dutzend" 24, "rund 60" 60, "knapp 200" 200, "ein halbes
    # Dutzend" 6; training announced is pledged.
    (WORDS, "Polen überlässt der Ukraine zwei Dutzend Kampfpanzer",
     "WARSCHAU (dpa) - Polen wird der Ukraine zwei Dutzend Kampfpanzer vom Typ PT-91 und rund 60 Mörser "
     "überlassen. Zudem sollen knapp 200 ukrainische Soldaten in Polen an den Panzern ausgebildet werden, teilte "
     "das Verteidigungsministerium in Warschau am Donnerstag mit. Bereits im Frühjahr hatte Polen ein halbes "
     "Dutzend Kampfflugzeuge vom Typ MiG-29 an Kiew übergeben.",
     {("PL", "tanks", P, 24), ("PL", "artillery", P, 60), ("PL", "training", P, 200), ("PL", "aircraft", D, 6)}),
    # A stopped delivery (refused, count kept) and another government weighing one (discussed).
    (WIRE, "Tschechien stoppt Lieferung von Raketenwerfern an die Ukraine",
     "PRAG (dpa) - Die neue tschechische Regierung hat die geplante Lieferung von 30 Raketenwerfern vom Typ RM-70 "
     "an die Ukraine gestoppt. Das bestätigte ein Sprecher des Verteidigungsministeriums am Montag. Die Slowakei "
     "prüft nach Angaben aus Bratislava dagegen die Lieferung weiterer Zuzana-Haubitzen.",
     {("CZ", "artillery", R, 30), ("SK", "artillery", X, None)}),
    # Delivered missiles, pledged air defence missiles, and Berlin's refusal in one story.
    (WIRE, "London übergibt weitere Storm-Shadow-Marschflugkörper an Kiew",
     "LONDON (dpa) - Großbritannien hat der Ukraine weitere 100 Marschflugkörper vom Typ Storm Shadow übergeben. "
     "Bis Jahresende sollen zudem 5.000 Flugabwehrraketen folgen, sagte der britische Verteidigungsminister am "
     "Dienstag. Die Bundesregierung lehnt die Lieferung von Taurus-Marschflugkörpern weiterhin ab, wie ein "
     "Regierungssprecher in Berlin bekräftigte.",
     {("GB", "missiles", D, 100), ("GB", AIR, P, 5_000), ("DE", "missiles", R, None)}),
]

# What the probe leaves, by headline: what is read instead (strict xfails), from the first run.
LEFT: dict[str, str] = {
    "L'Italie porte son aide militaire à l'Ukraine à près de 3 milliards d'euros": (
        "no (IT, other, pledged): the secret 'onzième paquet' gives way to the running total 'portant le total "
        "... à près de 3 milliards' of its sentence, read as the package's value (without the total the "
        "package is read as other, pledged)"),
    "Drones : un industriel français va produire en Ukraine, Bratislava vend des Zuzana": (
        "reads (FR, funding, pledged, 50000000) and (FR, production, production, None) for the joint drone plant "
        "(a call of mine a reader could make otherwise: I put the sum on the production record); the Slovak sale "
        "is read as a contract since pledges round 35"),
    "Ukraine bestellt IRIS-T bei Diehl - bezahlt mit EU-Kredit": (
        "adds (EU, production, production, None) from 'Bezahlt wird der Auftrag aus dem Kredit der Europäischen "
        "Union' (a call of mine a reader could make otherwise: I gave the loan, with no sum, no record), and the "
        "1.000 drones Quantum Systems will 'in der Ukraine fertigen' (a making word since pledges round 35) go "
        "to the EU of that sentence, the firm being on no list: (EU, production, production, 1000)"),
}


@pytest.mark.parametrize(("lang", "title", "text", "expected"),
                         left_as_xfails(formed_in_three_languages(ENGLISH, FRENCH, GERMAN), LEFT))
def test_review_articles_give_their_labelled_records(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected


def test_the_probe_is_as_briefed() -> None:
    """8 articles a language, each language with its forms: a receiving-side or maker's story, a donors'
    meeting round-up, a parliamentary or budget step, cumulative totals, loans or industry deals, numbers in
    words and 2 wire stories."""
    for articles in (ENGLISH, FRENCH, GERMAN):
        forms = [form for form, _, _, _ in articles]
        assert sorted(forms) == sorted([RECEIVING, MEETING, PARLIAMENT, CUMULATIVE, INDUSTRY, WORDS, WIRE, WIRE])
    assert len({title for articles in (ENGLISH, FRENCH, GERMAN) for _, title, _, _ in articles}) == 24
