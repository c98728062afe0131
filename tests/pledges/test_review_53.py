"""Pledges, review 53: the thirteenth held-out probe of the pledge extractor on wire copy written by someone who
did not write the extractor. 24 articles (8 EN, 8 FR, 8 DE) in forms the earlier twelve probes did not
stress: per language a round-up of one week's announcements by four to six donors, one clause or sentence
each, opened by "Separately", "Meanwhile", "Par ailleurs", "De son côté", "Unterdessen", with figures in
parentheses; a summit or ministerial communiqué (NATO ministers, the coalition of the willing, EU Council
conclusions, the Ukraine Defence Contact Group, the G7) with collective pledges and capability coalitions
(drones, demining, IT); a joint purchase (the Czech-led ammunition initiative, NATO's PURL buys of US
weapons paid for by Europeans); a ministry's press release (passive voice, long noun phrases, a numbered
list told as sentences: "Firstly ... Secondly", "erstens ... zweitens", "Le ministère des Armées annonce");
quantities in unusual forms ("a dozen", "tens of thousands", "several hundred", "over 100", "up to 40",
"fewer than 10", "une dizaine", "des dizaines", "une vingtaine", "jusqu'à 40", "zwei Dutzend", "mehrere
Hundert", "über 100 Millionen", "weniger als zehn", "ein Drittel der Bestände", "a third battery", "the 24th
package"); conditional, hypothetical and refused aid ("could ... if parliament approves", "is considering",
"ruled out", "refused", "n'exclut pas", "pourrait ... si", "lehnt ... ab", "keine Pläne", "erwägt",
"könnten ..., falls"); reports from anonymous sources ("according to people familiar", "selon des sources
proches du dossier", "aus Regierungskreisen") with donors seldom seen (Japan, South Korea, Turkey, New
Zealand, Iceland) and private givers (a crowdfunding campaign, volunteers' online collection, a German
association's fundraiser); and updated or corrected stories ("(Updates with ...; corrects ...)", "Mise à
jour", "Rectificatif", "Aktualisiert", "Berichtigung"). Donors: Canada, Czechia, Slovakia, Romania,
Greece, Turkey, Japan, South Korea, New Zealand, Iceland, Luxembourg, Belgium, Austria beside the usual ones.
Every text, name and figure is invented for this file; none is taken from the real-article set.

Each article was labelled by hand before its first run, following ../shared/eval/README.md and the lead's
rulings (docs/reading-pledges.md), as (donor, category, status, figure): the figure is the count of things
stated, else the sum of money, else None. Choices of mine where the conventions leave a case open:
- quantities: a vague quantity ("several hundred", "tens of thousands", "dozens", "des dizaines", "mehrere
  Hundert", "Dutzende") states no number (None, as review 44); an approximation or a dozen names one ("a
  dozen" 12, "une dizaine" 10, "une vingtaine" 20, "environ 100 000" 100000, "zwei Dutzend" 24); a bound
  is its number, whichever way it points ("up to 40" 40, "over 100" 100, "more than 2,000" 2000, "fewer
  than 10" and "weniger als zehn" 10: my call, the only number stated); a share of a stock ("a third of
  its remaining M109 howitzers", "ein Drittel der Bestände") and an ordinal ("a third Patriot battery", "un
  troisième SAMP/T", "the 24th package") count nothing;
- a figure in parentheses after a count ("50 ... carriers (worth C$120 million)") is the things' worth:
  the count stays the figure; a figure in parentheses alone ("(€15 million)") is the sum of its clause;
- communiqués: NATO ministers agreeing to give is NATO's record; "the coalition of the willing" and a
  capability coalition giving with a figure of its own ("the drone coalition ... up to 40,000 interceptor
  drones") are the allies' (ALLIES), the countries leading it no givers, members joining with nothing
  named give nothing; the contact group's promise summed up before one country's own pledge, and the
  allies agreeing to keep funding PURL told with the two donors who pledge to it, give no record of their
  own (round 26's ruling); co-chairs announcing nothing, and the G7 restating support, give
  nothing; EU leaders' money for one kind of thing ("5 milliards d'euros ... pour l'achat de munitions")
  is that kind's value;
- joint purchases: a sum paid by several donors together ("a combined $500 million", "conjointement ...
  700 millions", "gemeinsam ... im Wert von 1 Milliarde Dollar") goes on no partner's record (None on
  each); the scheme's owner (NATO's PURL) and the maker (the United States as seller) give nothing; the
  Czech-led initiative's shells are the Czech Republic's (the eval README: "Czech-led initiative" accepts
  any of its members); money paid into it ("y ont versé", "zahlte dafür ... ein") is the payer's funding,
  delivered; a plan "if funding holds" is conditional: discussed;
- press releases: a numbered item "authorised for the first quarter" is promised; funding "for the
  procurement of" equipment from the donor's industry is production; training "completed" or
  "abgeschlossen" is delivered, training that "will be continued next year" ("sera poursuivie en 2027")
  promised (my call: the release speaks of next year's courses); spare parts are "other", the tanks they
  are for ("für die bereits übergebenen Leopard-Panzer") no second record;
- conditional and refused: "could ... if parliament approves", "pourrait ... si l'Ukraine en fait la
  demande", "könnten ..., falls das Parlament zustimmt" are discussed; "is considering", "n'exclut pas",
  "erwägt" discussed; "ruled out", "refused", "a refusé de céder", "lehnt ... ab", "keine Pläne" refused;
  weapons refused in general ("Waffen", "armes létales") are category "other" (review 52's call);
- rumours: a plan reported by anonymous sources is labelled with the status the sources tell ("plans to
  send ..., according to three people familiar" pledged), as the real-article set labels "Biden to provide
  ...: Report"; readiness only reported ("serait prête à livrer") is discussed, and the presidency denying
  "toute décision" leaves it discussed (my call: a denial of a decision is no refusal of the giving);
- private givers (a crowdfunding campaign, volunteers' "cagnotte", a German association's fundraiser) give
  no record, also when their country is named (docs/reading-pledges.md: private people give nothing;
  review 47's ruling); "cold-weather kits and medical supplies" are no military item;
- updates and corrections: the tag line ("(Updates with ...; corrects number ... to 25 from 35)",
  "Rectificatif : ... indiquait à tort douze chars", "Berichtigung: In einer früheren Fassung hieß es ...
  18") gives nothing of its own, the wrong figure least of all: the body's figure stands; a background
  sentence recalling an older gift ("en avait déjà cédé trois en 2023") gives its delivered record (as
  reviews 51 and 52 labelled background).

First run (2026-12-06 14:14 UTC, this branch = main at 96e2d15, labels as committed in 51b4dd9 before any run;
load average about 9): 10 of 24 articles fully right (EN 3 of 8, FR 4 of 8, DE 3 of 8); records as (donor,
category, status) matched 78 / labelled 92 / predicted 96 (P 0.81, R 0.85); with their figures too, 77 of
the 92 labelled records. By form, fully right: unusual quantities 3 of 3 (the dozens, bounds, shares and
ordinals are read as labelled), updates and corrections 3 of 3 (the tag lines and the wrong figures give
nothing, the background gift is kept), conditional and refused 2 of 3, round-ups 1 of 3, joint purchases 1 of
3, communiqués 0 of 3 (a capability coalition's leaders are read as its givers), press releases 0 of 3,
anonymous sources 0 of 3. The 14 left are strict xfails (LEFT) saying what is read instead. My calls that a
reader could make otherwise: "fewer than 10" as 10 (1 record, read as labelled), training "sera poursuivie
en 2027" as pledged (1 record), the joint PURL sum for one kind as its worth with no funding record (3
records), South Korea's reported readiness under a denial as discussed (1 record).
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, AMMO, ARMOUR, ARMS, MONEY, D, M, P, R, X
from tests.support.wire_reading import figures, formed_in_three_languages, left_as_xfails

# The forms of the brief, one label each.
ROUNDUP, COMMUNIQUE, JOINT_BUY, PRESS_RELEASE, QUANTITIES, CONDITIONAL, SOURCES, UPDATE = (
    "roundup", "communique", "joint_buy", "press_release", "quantities", "conditional", "sources", "update")

# (form, headline, text, records), labelled by hand before the first run.
ENGLISH = [
    # Five donors, one sentence each; Iceland's winter kits and medical supplies are no military item.
    (ROUNDUP, "Aid round-up: Canada, Czechia, Greece and Luxembourg add to Ukraine's arsenal",
     "OTTAWA/PRAGUE, Dec 4 (Wire) - Canada said on Monday it would send Ukraine 50 more armoured personnel "
     "carriers (worth C$120 million) built in Ontario. Separately, the Czech Republic handed over a dozen Dana "
     "self-propelled howitzers, the defence ministry in Prague said. Meanwhile, Greece approved the transfer of "
     "several hundred 155 mm artillery rounds from its stocks. Luxembourg will pay for satellite communication "
     "terminals for Ukrainian units (€15 million), and Iceland said it had flown in dozens of cold-weather kits "
     "and medical supplies.",
     {("CA", ARMOUR, P, 50), ("CZ", "artillery", D, 12), ("GR", AMMO, P, None), ("LU", "other", P, 15000000)}),
    # NATO ministers' statement; a PURL sum two donors share; a drone coalition's own figure.
    (COMMUNIQUE, "NATO ministers agree air defence push as drone coalition grows",
     "BRUSSELS, Dec 3 (Wire) - NATO defence ministers agreed on Wednesday to provide Ukraine with additional air "
     "defence systems before the winter, according to a statement issued after their meeting. Allies also agreed "
     "to keep funding purchases of U.S. weapons for Kyiv under the PURL scheme, to which Norway and Belgium "
     "pledged a combined $500 million. The drone coalition led by Latvia and Britain said it would deliver up "
     "to 40,000 interceptor drones next year, with Slovakia and New Zealand joining as new members. The "
     "statement did not name the systems or the countries that would provide them.",
     {("NATO", AIR, P, None), ("NO", MONEY, P, None), ("BE", MONEY, P, None), ("ALLIES", "drones", P, 40000)}),
    # The Czech-led initiative's month and its conditional plan; money put in; Patriots bought under PURL.
    (JOINT_BUY, "Czech-led initiative ships 120,000 shells in November; Nordics to buy Patriots via PURL",
     "PRAGUE, Dec 5 (Wire) - The Czech-led ammunition initiative delivered 120,000 large-calibre rounds to "
     "Ukraine in November, the government in Prague said on Friday, and could ship 800,000 more next year if "
     "funding holds. Canada will put a further C$200 million into the initiative, while Lithuania said it would "
     "contribute €30 million. Separately, Sweden and Denmark will pay for two Patriot systems bought from the "
     "United States under NATO's PURL arrangement, the two governments said in a joint statement.",
     {("CZ", AMMO, D, 120000), ("CZ", AMMO, X, 800000), ("CA", MONEY, P, 200000000), ("LT", MONEY, P, 30000000),
      ("SE", AIR, P, None), ("DK", AIR, P, None)}),
    # A ministry's statement with a numbered list told as sentences, in the passive.
    (PRESS_RELEASE, "Belgium: Council of Ministers approves eighth military support package for Ukraine",
     "BRUSSELS (Wire) - The following statement was issued by the Belgian Ministry of Defence on Friday. The "
     "Council of Ministers has approved the eighth package of military support for Ukraine, with a total value "
     "of €250 million. Firstly, the delivery of two F-16 aircraft from the stocks of the Air Component is "
     "authorised for the first quarter of next year. Secondly, funding is provided for the procurement of "
     "mine-clearing equipment from Belgian industry. Thirdly, the training of 120 Ukrainian military personnel "
     "in Belgium has been completed.",
     {("BE", MONEY, P, 250000000), ("BE", "aircraft", P, 2), ("BE", "other", M, None),
      ("BE", "training", D, 120)}),
    # An ordinal battery, a bound, a vague count, "over 100", a share of a stock.
    (QUANTITIES, "Netherlands pledges third Patriot battery and up to 40 CV90s in 24th package",
     "THE HAGUE, Dec 1 (Wire) - The Netherlands will send Ukraine a third Patriot battery and up to 40 CV90 "
     "infantry fighting vehicles, Defence Minister Ruben Claassen said on Tuesday. The package, the country's "
     "24th, also includes tens of thousands of 155 mm artillery rounds and over 100 reconnaissance drones. "
     "Roughly a third of the army's remaining M109 howitzers will follow in the spring.",
     {("NL", AIR, P, None), ("NL", ARMOUR, P, 40), ("NL", AMMO, P, None), ("NL", "drones", P, 100),
      ("NL", "artillery", P, None)}),
    # A condition stated, a ruling-out, a consideration, a refusal.
    (CONDITIONAL, "Slovakia could hand over last S-300 if parliament agrees; Turkey rules out more drones",
     "BRATISLAVA/ANKARA, Dec 2 (Wire) - Slovakia could send Ukraine its last S-300 air defence system if "
     "parliament approves the transfer, Defence Minister Pavol Hrabovsky said on Monday. Turkey ruled out "
     "supplying more Bayraktar TB2 drones to Kyiv this year, a presidency official said. Romania is considering "
     "a second Patriot system for Ukraine, but no decision has been taken, the government in Bucharest said. "
     "Greece, for its part, refused to send its Leopard 2 tanks.",
     {("SK", AIR, X, None), ("TR", "drones", R, None), ("RO", AIR, X, None), ("GR", "tanks", R, None)}),
    # Sources' report (pledged, as told), New Zealand's trainers, a crowdfunding campaign (nothing).
    (SOURCES, "Exclusive: Japan to supply Ukraine with armoured vehicles, sources say",
     "TOKYO, Dec 4 (Wire) - Japan plans to send Ukraine 30 Type 96 armoured personnel carriers early next year, "
     "according to three people familiar with the matter, in what would be Tokyo's first transfer of combat "
     "vehicles. The defence ministry declined to comment. New Zealand has meanwhile extended the deployment of "
     "its army instructors in Britain, where they have trained more than 2,000 Ukrainian recruits. A "
     "crowdfunding campaign run by a Kyiv television host said it had bought 100 FPV drones for front-line "
     "units with donations from New Zealanders.",
     {("JP", ARMOUR, P, 30), ("NZ", "training", D, 2000)}),
    # The update tag names the wrong figure; the body's figure stands.
    (UPDATE, "UPDATE 1-Canada to donate 25 more LAV armoured vehicles to Ukraine",
     "(Updates with defence ministry statement in paragraph 2; corrects number of vehicles in paragraph 1 to 25 "
     "from 35)\n"
     "OTTAWA, Dec 2 (Wire) - Canada will donate 25 more LAV 6 armoured vehicles to Ukraine, Defence Minister "
     "Claire Boudreau said on Tuesday. The ministry said in a statement that the vehicles, built in London, "
     "Ontario, would be shipped from Halifax by the end of February.",
     {("CA", ARMOUR, P, 25)}),
]

FRENCH = [
    # Five donors, "Par ailleurs", "de son côté", "quant à elle", "Enfin".
    (ROUNDUP, "Aide à l'Ukraine : le point sur les annonces de la semaine",
     "PARIS, 5 déc 2026 (Agence) - La Belgique a annoncé lundi la livraison d'ici à mars de quatre avions F-16 "
     "supplémentaires. Par ailleurs, le Luxembourg financera à hauteur de 12 millions d'euros l'achat de drones "
     "de reconnaissance. Le Canada a de son côté livré une dizaine de véhicules blindés de transport de troupes. "
     "La Roumanie a quant à elle remis à Kiev un deuxième système Patriot, a confirmé Bucarest. Enfin, la Grèce "
     "a promis plusieurs milliers d'obus de 155 mm.",
     {("BE", "aircraft", P, 4), ("LU", "drones", P, 12000000), ("CA", ARMOUR, D, 10), ("RO", AIR, D, None),
      ("GR", AMMO, P, None)}),
    # The coalition of the willing's declaration, EU conclusions, a demining coalition, co-chairs with nothing.
    (COMMUNIQUE, "Coalition des volontaires : les alliés promettent davantage de défense aérienne à Kiev",
     "PARIS, 4 déc 2026 (Agence) - Réunis jeudi à Paris, les pays de la « coalition des volontaires » se sont "
     "engagés à fournir à l'Ukraine des systèmes de défense aérienne supplémentaires d'ici à l'été, selon la "
     "déclaration finale. Dans leurs conclusions, les dirigeants de l'UE ont par ailleurs convenu de mobiliser "
     "5 milliards d'euros au titre de la Facilité européenne pour la paix pour l'achat de munitions. La "
     "coalition pour le déminage, dirigée par la Lituanie et l'Islande, livrera 30 engins de déminage d'ici à "
     "la fin de l'année. La France et le Royaume-Uni, qui coprésidaient la réunion, n'ont pas annoncé de "
     "nouvelle aide.",
     {("ALLIES", AIR, P, None), ("EU", AMMO, P, 5000000000), ("ALLIES", "other", P, 30)}),
    # PURL paid jointly by three donors; the Czech initiative's month; money paid into it.
    (JOINT_BUY, "Mécanisme PURL : le Danemark, la Norvège et le Canada financeront des Patriot pour Kiev",
     "BRUXELLES, 3 déc 2026 (Agence) - Le Danemark, la Norvège et le Canada financeront conjointement l'achat "
     "de missiles Patriot américains destinés à l'Ukraine, pour un montant total de 700 millions de dollars, "
     "dans le cadre du mécanisme PURL de l'Otan. L'initiative tchèque sur les munitions a par ailleurs livré en "
     "novembre environ 100 000 obus de gros calibre, selon Prague. Les Pays-Bas y ont versé 250 millions "
     "d'euros supplémentaires.",
     {("DK", AIR, P, None), ("NO", AIR, P, None), ("CA", AIR, P, None), ("CZ", AMMO, D, 100000),
      ("NL", MONEY, D, 250000000)}),
    # "Le ministère des Armées annonce", a passive past, an order, training to be continued.
    (PRESS_RELEASE, "Le ministère des Armées annonce la cession de six Caesar supplémentaires à l'Ukraine",
     "PARIS, 2 déc 2026 (Agence) - « Le ministère des Armées annonce la cession à l'Ukraine de six canons "
     "Caesar supplémentaires, prélevés sur les stocks de l'armée de Terre », indique un communiqué publié "
     "mercredi. Ont également été livrés au cours du mois de novembre des missiles antichars et des munitions "
     "de 155 mm. Une commande de 100 drones d'observation a été passée auprès d'un industriel français au profit "
     "des forces ukrainiennes. La formation de soldats ukrainiens sur le territoire national sera poursuivie en "
     "2027.",
     {("FR", "artillery", P, 6), ("FR", ARMS, D, None), ("FR", AMMO, D, None), ("FR", "drones", M, 100),
      ("FR", "training", P, None)}),
    # An ordinal, "des dizaines", "jusqu'à 40", "plus de 100", "une vingtaine", the package's ordinal.
    (QUANTITIES, "Rome dévoile son douzième paquet : un troisième SAMP/T et des dizaines de blindés",
     "ROME, 1er déc 2026 (Agence) - L'Italie livrera à l'Ukraine un troisième système de défense aérienne "
     "SAMP/T dans le cadre de son douzième paquet d'aide militaire, a annoncé mardi le ministère de la Défense. "
     "Le paquet comprend également des dizaines de véhicules blindés M113, jusqu'à 40 obusiers automoteurs et "
     "plus de 100 missiles antichars. Une vingtaine de drones navals suivront au printemps.",
     {("IT", AIR, P, None), ("IT", ARMOUR, P, None), ("IT", "artillery", P, 40), ("IT", ARMS, P, 100),
      ("IT", "drones", P, 20)}),
    # A refusal, "n'exclut pas", "pourrait ... si", lethal arms ruled out.
    (CONDITIONAL, "La Grèce refuse de céder ses S-300, la Belgique n'exclut pas de nouveaux F-16",
     "ATHÈNES/BRUXELLES, 3 déc 2026 (Agence) - La Grèce a refusé jeudi de céder ses systèmes S-300 à "
     "l'Ukraine, invoquant sa propre sécurité. Le ministre belge de la Défense n'exclut pas, lui, d'envoyer des "
     "F-16 supplémentaires à Kiev en 2027. La Turquie pourrait fournir des véhicules blindés Kirpi si l'Ukraine "
     "en fait la demande, a indiqué une source diplomatique. Le Japon a de nouveau écarté toute livraison "
     "d'armes létales.",
     {("GR", AIR, R, None), ("BE", "aircraft", X, None), ("TR", ARMOUR, X, None), ("JP", "other", R, None)}),
    # Sources on Seoul's readiness, denied; Iceland's payment; volunteers' collection (nothing).
    (SOURCES, "La Corée du Sud prête à livrer des obus à Kiev via la Pologne, selon des sources",
     "SÉOUL, 4 déc 2026 (Agence) - La Corée du Sud serait prête à livrer indirectement des obus de 155 mm à "
     "l'Ukraine via la Pologne, ont affirmé trois sources proches du dossier. La présidence sud-coréenne a "
     "démenti toute décision. L'Islande a de son côté versé 5 millions d'euros au fonds de l'Otan pour "
     "l'Ukraine. Une cagnotte en ligne lancée par des bénévoles lituaniens a permis d'acheter un drone "
     "Bayraktar offert à l'armée ukrainienne.",
     {("KR", AMMO, X, None), ("IS", MONEY, D, 5000000)}),
    # An update line, a background gift, a correction naming the wrong figure.
    (UPDATE, "Le Portugal livrera dix chars Leopard 2 à l'Ukraine (MISE À JOUR)",
     "LISBONNE, 2 déc 2026 (Agence) - (Mise à jour : ajoute la réaction de Kiev au 3e paragraphe) Le Portugal "
     "livrera dix chars Leopard 2A6 à l'Ukraine d'ici à avril, a annoncé mardi le ministère portugais de la "
     "Défense. Le Portugal en avait déjà cédé trois en 2023. Le ministre ukrainien de la Défense a salué une "
     "décision « importante ». Rectificatif : une version précédente de cette dépêche indiquait à tort douze "
     "chars.",
     {("PT", "tanks", P, 10), ("PT", "tanks", D, 3)}),
]

GERMAN = [
    # Five donors, "Unterdessen", "zudem", "zwei Dutzend", "mehrere Hundert".
    (ROUNDUP, "Überblick: Diese Länder haben der Ukraine in dieser Woche neue Hilfe zugesagt",
     "BERLIN (Agentur) - Kanada sagte der Ukraine am Montag 200 Millionen kanadische Dollar für Drohnen zu. "
     "Unterdessen hat Tschechien zwei Dutzend Schützenpanzer vom Typ BMP-1 übergeben. Die Slowakei wird nach "
     "Angaben aus Bratislava mehrere Hundert Panzerabwehrraketen liefern. Japan stellt zudem 50 Millionen "
     "Dollar für Geräte zur Minenräumung bereit, und Belgien kündigte an, bis Jahresende zwei weitere F-16 zu "
     "liefern.",
     {("CA", "drones", P, 200000000), ("CZ", ARMOUR, D, 24), ("SK", ARMS, P, None), ("JP", "other", P, 50000000),
      ("BE", "aircraft", P, 2)}),
    # The contact group's summary (no record of its own), Germany's pledge, an IT coalition, the G7.
    (COMMUNIQUE, "Ramstein-Treffen: Verbündete sagen Kiew weitere Flugabwehr zu",
     "WIESBADEN (Agentur) - Die Teilnehmer der Ukraine-Kontaktgruppe haben der Ukraine bei ihrem Treffen am "
     "Donnerstag weitere Flugabwehrsysteme zugesagt. Deutschland kündigte an, zwei zusätzliche "
     "IRIS-T-Systeme zu liefern. Die von Estland und Luxemburg geführte IT-Koalition wird nach eigenen "
     "Angaben 30 Millionen Euro für Cyberabwehr bereitstellen. Die G7-Staaten bekräftigten in einer "
     "gemeinsamen Erklärung ihre Unterstützung, ohne neue Zusagen zu machen.",
     {("DE", AIR, P, 2), ("ALLIES", "other", P, 30000000)}),
    # A PURL package two donors share, the Czech initiative's shells to come, Denmark's payment into it.
    (JOINT_BUY, "Deutschland und die Niederlande kaufen US-Waffen für Kiew",
     "BERLIN (Agentur) - Deutschland und die Niederlande finanzieren gemeinsam ein Paket amerikanischer Waffen "
     "für die Ukraine im Wert von 1 Milliarde Dollar, das über den Nato-Mechanismus PURL abgewickelt wird. "
     "Darin enthalten sind nach Angaben aus Regierungskreisen vor allem Patriot-Abfangraketen. Über die "
     "tschechische Munitionsinitiative sollen bis Jahresende weitere 300.000 Artilleriegeschosse an die Ukraine "
     "gehen; Dänemark zahlte dafür zuletzt 100 Millionen Euro ein.",
     {("DE", MONEY, P, None), ("NL", MONEY, P, None), ("DE", AIR, P, None), ("NL", AIR, P, None),
      ("CZ", AMMO, P, 300000), ("DK", MONEY, D, 100000000)}),
    # "Die Bundesregierung hat beschlossen", "erstens ... zweitens ... drittens", training done.
    (PRESS_RELEASE, "Bundesregierung beschließt weiteres Unterstützungspaket für die Ukraine",
     "BERLIN (Agentur) - Die Bundesregierung hat beschlossen, der Ukraine ein weiteres Unterstützungspaket im "
     "Umfang von 1,9 Milliarden Euro bereitzustellen, heißt es in einer Mitteilung des "
     "Verteidigungsministeriums. Das Paket umfasst erstens die Lieferung von vier Flugabwehrsystemen IRIS-T "
     "SLM, zweitens die Bereitstellung von Ersatzteilen für die bereits übergebenen Leopard-Panzer und "
     "drittens die Finanzierung der Produktion von Langstreckendrohnen in der Ukraine. Die Ausbildung von "
     "3.000 ukrainischen Soldaten durch die Bundeswehr wurde im November abgeschlossen.",
     {("DE", MONEY, P, 1900000000), ("DE", AIR, P, 4), ("DE", "other", P, None), ("DE", "drones", M, None),
      ("DE", "training", D, 3000)}),
    # The fifth package, "bis zu 40", "Dutzende", "weniger als zehn", "ein Drittel", "über 100 Millionen".
    (QUANTITIES, "Norwegen: Fünftes Paket mit bis zu 40 Schützenpanzern",
     "OSLO (Agentur) - Norwegen wird der Ukraine in seinem fünften Paket dieses Jahres bis zu 40 "
     "Schützenpanzer vom Typ M113 und Dutzende Aufklärungsdrohnen liefern, teilte das Verteidigungsministerium "
     "in Oslo mit. Hinzu kommen weniger als zehn NASAMS-Startgeräte sowie ein Drittel der verbliebenen "
     "norwegischen Bestände an 155-mm-Munition. Zudem stellt Oslo über 100 Millionen Kronen für die "
     "Ausbildung ukrainischer Piloten bereit.",
     {("NO", ARMOUR, P, 40), ("NO", "drones", P, None), ("NO", AIR, P, 10), ("NO", AMMO, P, None),
      ("NO", "training", P, 100000000)}),
    # "lehnt ... ab", "keine Pläne", "erwägt", "könnten ..., falls das Parlament zustimmt".
    (CONDITIONAL, "Österreich lehnt ab, Luxemburg prüft: Wer der Ukraine keine Waffen gibt",
     "WIEN/LUXEMBURG (Agentur) - Österreich lehnt die Lieferung von Waffen an die Ukraine unter Verweis auf "
     "seine Neutralität weiterhin ab. Die Regierung in Athen hat nach eigenen Angaben keine Pläne, weitere "
     "Schützenpanzer an Kiew abzugeben. Luxemburg erwägt dagegen, sich an der Finanzierung eines "
     "Patriot-Systems zu beteiligen. Die Niederlande könnten der Ukraine zusätzliche F-16 überlassen, falls "
     "das Parlament zustimmt, sagte der Verteidigungsminister in Den Haag.",
     {("AT", "other", R, None), ("GR", ARMOUR, R, None), ("LU", AIR, X, None), ("NL", "aircraft", X, None)}),
    # Government circles (pledged, as told), New Zealand's promise, an association's fundraiser (nothing).
    (SOURCES, "Insider: Türkei will der Ukraine Kirpi-Fahrzeuge liefern",
     "ANKARA (Agentur) - Die Türkei will der Ukraine nach Informationen aus Regierungskreisen 50 gepanzerte "
     "Fahrzeuge vom Typ Kirpi liefern. Eine offizielle Bestätigung gab es zunächst nicht. Neuseeland sagte "
     "unterdessen 5 Millionen Neuseeland-Dollar für Munitionskäufe zu. Eine Spendenaktion eines deutschen "
     "Vereins brachte zudem 800.000 Euro für Aufklärungsdrohnen ein, die bereits an die Front geliefert wurden.",
     {("TR", ARMOUR, P, 50), ("NZ", AMMO, P, 5000000)}),
    # "Aktualisiert", the rest to follow, a correction naming the wrong figure.
    (UPDATE, "Slowakei übergibt der Ukraine 16 Zuzana-Haubitzen (aktualisiert)",
     "BRATISLAVA (Agentur) - (Aktualisiert mit Stellungnahme aus Kiew im dritten Absatz) Die Slowakei hat der "
     "Ukraine 16 Radhaubitzen vom Typ Zuzana 2 übergeben, teilte das Verteidigungsministerium in Bratislava am "
     "Mittwoch mit. Weitere acht sollen bis Ende März folgen. Kiew bedankte sich für die Lieferung. "
     "Berichtigung: In einer früheren Fassung hieß es, es seien 18 Haubitzen übergeben worden.",
     {("SK", "artillery", D, 16), ("SK", "artillery", P, 8)}),
]

# What the probe leaves, by headline: what is read instead (strict xfails), from the first run.
LEFT: dict[str, str] = {
    "Czech-led initiative ships 120,000 shells in November; Nordics to buy Patriots via PURL": (
        "reads (CZ, air_defence, pledged, None) from 'Nordics to buy Patriots via PURL': the Nordic group names were "
        "taken out of config/entities.toml at stop 55's end (as the allies' group in a headline they changed story "
        "grouping), so the headline's Patriots borrow the Czech giver again"),
    "Belgium: Council of Ministers approves eighth military support package for Ukraine": (
        "misses (BE, other, production, None): 'Secondly, funding is provided for the procurement of "
        "mine-clearing equipment from Belgian industry' gives no record in the release (the F-16s, the package "
        "and the training are read as labelled)"
        " | pledges55: read as labelled once 'mine-clearing equipment' is a thing, but that word made NATO's "
        "fund description in test_pledges_wire_30 ('a fund that pays for ... mine-clearing equipment') a record: "
        "left"),
    "Ramstein-Treffen: Verbündete sagen Kiew weitere Flugabwehr zu": (
        "reads (EE, funding, pledged, 30000000) for (ALLIES, other, pledged, 30000000) ('Die von Estland und "
        "Luxemburg geführte IT-Koalition wird ... 30 Millionen Euro für Cyberabwehr bereitstellen': the first "
        "leader read as the giver, cyber defence as no kind of thing)"
        " | pledges54: the IT coalition gives as ALLIES, its leaders no givers; now reads (ALLIES, funding, "
        "pledged, 30000000) (cyber defence still no kind of thing) and keeps the contact group's summary (ALLIES, "
        "air_defence, pledged, None), which gave way to two countries giving and gives way to one no more"
        " | pledges55: cyber defence is a thing (other): reads (ALLIES, other, pledged, 30000000) as labelled; "
        "still keeps the contact group's summary (ALLIES, air_defence, pledged, None)"),
}


@pytest.mark.parametrize(("lang", "title", "text", "expected"),
                         left_as_xfails(formed_in_three_languages(ENGLISH, FRENCH, GERMAN), LEFT))
def test_review_articles_give_their_labelled_records(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected


def test_the_probe_is_as_briefed() -> None:
    """8 articles a language, each language with its forms: a round-up, a communiqué, a joint purchase, a
    press release, unusual quantities, conditional or refused aid, anonymous sources with seldom-seen and
    private givers, and an updated or corrected story."""
    for articles in (ENGLISH, FRENCH, GERMAN):
        forms = [form for form, _, _, _ in articles]
        assert sorted(forms) == sorted([ROUNDUP, COMMUNIQUE, JOINT_BUY, PRESS_RELEASE, QUANTITIES, CONDITIONAL,
                                        SOURCES, UPDATE])
    assert len({title for articles in (ENGLISH, FRENCH, GERMAN) for _, title, _, _ in articles}) == 24
