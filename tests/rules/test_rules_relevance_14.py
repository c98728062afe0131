"""Relevance on wire copy, a fourteenth round (stop 39, session of 2026-12-05, night).

Every text here was written for this file in the style of Reuters, AFP and dpa copy, labelled by hand before the
rules were run on it, and never taken from the real-article set. WIRE, 60 items of a headline and two to four
sentences (20 per language, 30 aid and 30 look-alikes). Aid: an arms sale to Ukraine cleared beside one to Israel,
pledges made at a reconstruction conference or with a sanctions package, Ukrainian-made drones paid for by Denmark,
training, a delay, NATO's yearly floor of aid, a loan two thirds of which buys weapons, a headline alone (Zelensky
asking), live-blog entries, German separable verbs and compounds, PURL. Look-alikes: other countries' requests told in
the headline only (the body about drills or a budget), World Bank and IMF loans that buy no weapons, Ukraine's arms
exports and a Ukrainian maker's first foreign order, North Korean and Iranian arms for Russia, NATO exercises, defence
budgets, a military aid package for Israel, sales to Poland and India, reconstruction conferences, sanctions packages,
humanitarian aid. On main's rules its first run missed no aid and raised 2 of 30 look-alikes (P 0.94, R 1.00): the
World Bank loan "None of the money can be used to buy weapons" (2: the money rule and the rule of a loan's money going
into weapons read across a denial nine words off) and a Ukrainian drone maker's first export order (2: "will deliver
several hundred drones" and "an export licence granted by Kyiv" read as a giving to Ukraine). Now "none of" (and
"no part of", "aucune partie", "aucun centime", "kein Cent", "nichts davon") denies the weapons of the money it names
up to 12 words off, in those two rules and in the loan trap, which also reads French "arme"; a trap (-2) reads
Ukraine's own arms exports: Ukraine, Kyiv or "Ukrainian" right before the export word, or Kyiv as the one that licenses
the exports ("approved by Kyiv", "ukrainiennes" after them), weapons close by; not Ukraine as the destination ("to",
"for", "an die", "in die" before it) nor Ukraine's grain. And the request trap of round 13 stays off when the article
tells a request for Ukraine (it was excepted only where the destination stood next to the request), so a headline
request whose body sends the weapons to Ukraine's army is aid ("Sweden asks Nordic partners to match its Archer
pledge", a strict xfail of tests/rules/test_review_38.py), and one whose body is about something else is not: 60 of 60.

HELD_OUT, 20 items written after those changes: first run 19 of 20, no look-alike raised and 1 of 10 aid missed (P
1.00, R 0.90): "Berlin autorise l'exportation de 25 chars Leopard 1 vers l'Ukraine" (1: "vers l'Ukraine" was no
destination in French). Now "à destination de l'Ukraine/de Kiev" are support words,
as "to Ukraine" is in English; "vers l'Ukraine" and "vers Kiev" were too, 20 of 20, until stop 39's review found them
making nightly reports of Russian missiles "lancés vers l'Ukraine" aid news (tests/rules/test_review_39.py): taken out,
the Leopard item is a strict xfail again, 19 of 20 (20 of 20 since round 15, where "vers l'Ukraine" counts after an
export, a transit or a shipment word: tests/rules/test_rules_relevance_15.py). PROBES, 10 items written next, aimed at
the changes: 10 of 10 on their first run. The three strict xfails of tests/rules/test_review_38.py (the Swedish headline, the World Bank loans in English and
French) are read as labelled; round 13's "Ukrainian missile maker seeks first foreign buyers" stays one (5 points).

Of the 1,545 texts of tests/data, its seeds and the real set, one score moves: "La Suisse refuse à nouveau la
réexportation de munitions pour Gepard" (tests/data/busy_day_19.jsonl, relevant) 4 -> 5 with "vers l'Ukraine"; on the
way the export trap took three texts of Ukraine's grain exports from 0 to -2 (two of tests/data/eval_items.jsonl, one
of the real set, all look-alikes) until it asked for weapons close by. The real-article set's figures do not move:
relevance P/R 0.99/0.99, pledges 196/193/179, stories pairP 1.00 pairR 0.86 (24/0/4) today and 0.96 (27/0/1) as
published, hidden 0/72. 97 rules (96 before); the costliest is still the deliberation rule at 14.55 of 15; the export
trap costs 9.70, the request trap went from 12.97 to 12.12 (AND NOT in place of an EXCEPT), the money rule from 9.94 to
10.62, the rule of a loan's money going into weapons from 11.00 to 11.68, the loan trap from 2.19 to 2.87.
"""

from __future__ import annotations

import pytest

from bot.core.rules.language import RuleSet
from tests.support.wire_reading import DENIED_LOAN_TRAP, REQUEST_TRAP, assert_relevance, fired, read

# Sixty wire items, half aid and half look-alikes, labelled before their first run.
WIRE = [
    # ---- aid, English
    ("Germany to deliver four more IRIS-T systems to Ukraine this year",
     "BERLIN (Reuters) - Germany will deliver four more IRIS-T air defence systems to Ukraine by the end of the year, "
     "Defence Minister Boris Pistorius said on Monday during an unannounced visit to Kyiv. Two of the systems are paid "
     "for by Berlin, the other two by partners he did not name. Germany is Kyiv's biggest backer in Europe.", True),
    ("Zelensky asks Trump for more Patriots in phone call", "", True),
    ("U.S. clears $825 million sale of ERAM missiles to Ukraine",
     "WASHINGTON (Reuters) - The State Department has approved the possible sale of 3,350 Extended Range Attack "
     "Munition missiles to Ukraine for an estimated 825 million dollars, the Pentagon said on Friday. The missiles will "
     "be paid for with European money and U.S. foreign military financing. A separate sale of guided bombs to Israel "
     "was cleared the same day.", True),
    ("Britain pledges air defence missiles at Ukraine recovery conference",
     "ROME (Reuters) - Britain will supply Ukraine with 5,000 more air defence missiles, Prime Minister Keir Starmer "
     "told a conference on Ukraine's reconstruction in Rome on Thursday. Most of the two-day meeting was devoted to "
     "rebuilding the power grid and housing. Italy said pledges worth more than 10 billion euros had been made.", True),
    ("EU agrees new sanctions, promises Kyiv two million shells",
     "BRUSSELS (Reuters) - European Union governments agreed a 19th package of sanctions against Russia on Wednesday "
     "and promised to deliver two million artillery shells to Ukraine this year. The sanctions target tankers of "
     "Russia's shadow fleet and Chinese refiners. The shells will come from stocks and new orders, the bloc's foreign "
     "policy chief said.", True),
    ("Denmark to fund Ukrainian-made long-range drones for Kyiv's army",
     "COPENHAGEN (Reuters) - Denmark will pay for long-range drones built by Ukrainian manufacturers, which will go "
     "to Ukraine's armed forces, the Danish defence ministry said on Tuesday. The order is worth 1.2 billion Danish "
     "crowns. Copenhagen was the first to buy weapons directly from Ukraine's arms industry for its army.", True),
    ("Dutch instructors begin training Ukrainian F-16 pilots in Romania",
     "THE HAGUE (Reuters) - Dutch instructors have started training a new group of Ukrainian F-16 pilots at the "
     "European training centre in Romania, the Dutch defence ministry said on Thursday. The course lasts about six "
     "months. The Netherlands has delivered all 24 jets it promised Kyiv.", True),
    ("First Gripen jets for Ukraine delayed to 2027, Sweden says",
     "STOCKHOLM (Reuters) - The first Gripen fighter jets Sweden has promised Ukraine will not arrive before 2027, "
     "Defence Minister Pal Jonson said on Wednesday, citing the time needed to train pilots and ground crews. Kyiv had "
     "hoped to receive the first aircraft next year.", True),
    ("NATO allies agree to keep military aid to Ukraine at $40 billion a year",
     "THE HAGUE (Reuters) - NATO leaders agreed on Wednesday to keep providing at least 40 billion dollars a year in "
     "military aid to Ukraine, the alliance's secretary general said at the close of a two-day summit. The pledge "
     "covers weapons, ammunition and training. Allies also agreed to raise their own defence spending.", True),
    ("EU says two thirds of Ukraine loan will buy weapons",
     "BRUSSELS (Reuters) - Two thirds of the European Union's 90 billion euro loan to Ukraine will be spent on "
     "weapons, with European-made drones and air defence first in line, the European Commission said on Wednesday. "
     "The rest will go to Kyiv's budget. Ukraine will only repay the loan if Russia pays reparations.", True),
    # ---- aid, French
    ("La France va livrer des Mirage 2000 supplémentaires à l'Ukraine",
     "PARIS (AFP) - La France va livrer de nouveaux Mirage 2000-5 à l'Ukraine dans les prochains mois, a annoncé "
     "mercredi le président Emmanuel Macron, sans en préciser le nombre. Les pilotes ukrainiens sont formés sur la "
     "base de Nancy. Paris avait déjà cédé plusieurs appareils au début de l'année.", True),
    ("", "14h32 : L'Allemagne a livré deux nouveaux systèmes Patriot à l'Ukraine, annonce le ministère allemand de "
     "la Défense. Les batteries avaient été promises en juillet. Kiev réclame depuis des mois davantage de défense "
     "antiaérienne face aux frappes russes.", True),
    ("Kiev demande des missiles Aster supplémentaires à Paris et Rome",
     "KIEV (AFP) - L'Ukraine a demandé à la France et à l'Italie de lui fournir des missiles Aster supplémentaires pour "
     "ses systèmes SAMP/T, a indiqué jeudi le ministre ukrainien de la Défense. Les stocks sont presque épuisés après "
     "les attaques massives de l'automne, a-t-il précisé.", True),
    ("Le Canada débloque 2 milliards de dollars pour armer l'Ukraine",
     "OTTAWA (AFP) - Le Canada va consacrer deux milliards de dollars canadiens à l'achat d'armes pour l'Ukraine, a "
     "annoncé lundi le Premier ministre Mark Carney. L'enveloppe financera notamment des drones, des véhicules blindés "
     "et des munitions. Une partie passera par le mécanisme PURL de l'Otan.", True),
    ("La Suède cède deux avions radar à l'Ukraine",
     "STOCKHOLM (AFP) - La Suède va céder deux avions de surveillance radar ASC 890 à l'Ukraine, a annoncé mercredi "
     "le gouvernement suédois. Ces appareils doivent aider Kiev à repérer les missiles et les drones russes. Il s'agit "
     "du plus important paquet d'aide militaire suédois à ce jour.", True),
    ("L'Italie adopte son douzième paquet d'aide militaire à Kiev",
     "ROME (AFP) - Le gouvernement italien a adopté jeudi un douzième paquet d'aide militaire à l'Ukraine, dont le "
     "contenu reste secret, a annoncé le ministre de la Défense Guido Crosetto. Selon la presse italienne, il "
     "comprendrait des munitions pour les systèmes SAMP/T.", True),
    ("Conférence de Rome : Berlin promet aussi de la défense antiaérienne à Kiev",
     "ROME (AFP) - En marge de la conférence sur la reconstruction de l'Ukraine, le chancelier Friedrich Merz a promis "
     "jeudi de livrer à Kiev des systèmes de défense antiaérienne supplémentaires. L'Allemagne est prête à acheter "
     "deux systèmes Patriot aux États-Unis pour l'Ukraine, a-t-il dit.", True),
    ("Washington lève la pause des livraisons d'armes à l'Ukraine",
     "WASHINGTON (AFP) - Les États-Unis ont repris leurs livraisons d'armes à l'Ukraine après une suspension d'une "
     "semaine, a annoncé mardi le Pentagone. Les envois d'obus d'artillerie et de missiles de défense antiaérienne "
     "transitent de nouveau par la Pologne.", True),
    ("L'UE a formé plus de 80 000 soldats ukrainiens",
     "BRUXELLES (AFP) - La mission d'assistance militaire de l'Union européenne a formé plus de 80 000 soldats "
     "ukrainiens depuis sa création, a indiqué lundi la cheffe de la diplomatie européenne. La formation se déroule "
     "principalement en Pologne et en Allemagne.", True),
    ("L'Espagne enverra des obusiers à l'Ukraine d'ici l'été",
     "MADRID (AFP) - L'Espagne enverra une vingtaine d'obusiers et des milliers d'obus à l'Ukraine d'ici l'été, a "
     "déclaré vendredi la ministre de la Défense Margarita Robles. Ce matériel s'ajoute aux chars Leopard déjà livrés "
     "par Madrid.", True),
    # ---- aid, German
    ("Deutschland liefert weitere Iris-T-Systeme an die Ukraine",
     "BERLIN (dpa) - Deutschland hat der Ukraine zwei weitere Flugabwehrsysteme vom Typ Iris-T SLM geliefert. Das "
     "teilte das Verteidigungsministerium am Montag mit. Die Systeme schützen vor allem Städte und die "
     "Energieversorgung vor russischen Angriffen.", True),
    ("", "+++ 15:40 Uhr: Dänemark finanziert weitere Caesar-Haubitzen für Kiew +++ Dänemark bezahlt die Lieferung von "
     "zwölf weiteren Caesar-Haubitzen an die Ukraine. Das gab das Verteidigungsministerium in Kopenhagen bekannt. Die "
     "Geschütze werden in Frankreich gefertigt.", True),
    ("Selenskyj bittet Merz um Taurus-Marschflugkörper",
     "KIEW (dpa) - Der ukrainische Präsident Wolodymyr Selenskyj hat Bundeskanzler Friedrich Merz erneut um "
     "Taurus-Marschflugkörper gebeten. Die Ukraine brauche die Waffe, um russische Nachschublinien zu treffen, sagte "
     "Selenskyj am Abend. Die Bundesregierung äußerte sich zunächst nicht.", True),
    ("Bundestag bewilligt zusätzliche Milliarden für Militärhilfe an Kiew",
     "BERLIN (dpa) - Der Haushaltsausschuss des Bundestages hat zusätzliche drei Milliarden Euro für die "
     "Militärhilfe an die Ukraine freigegeben. Mit dem Geld sollen vor allem Flugabwehrsysteme und Munition "
     "beschafft werden. Die Ukraine-Hilfe steigt damit im kommenden Jahr auf elf Milliarden Euro.", True),
    ("Rheinmetall baut Munitionswerk in der Ukraine",
     "DÜSSELDORF (dpa) - Rheinmetall hat mit dem Bau eines Munitionswerks in der Ukraine begonnen. In der Fabrik "
     "sollen Artilleriegranaten für die ukrainischen Streitkräfte hergestellt werden, teilte der Konzern mit. Die "
     "Bundesregierung unterstützt das Projekt.", True),
    ("Niederlande schicken Kampfdrohnen und Radare nach Kiew",
     "DEN HAAG (dpa) - Die Niederlande schicken der Ukraine weitere Kampfdrohnen und Radarsysteme im Wert von 200 "
     "Millionen Euro. Das kündigte Verteidigungsminister Ruben Brekelmans am Dienstag an. Die Lieferung soll noch "
     "vor dem Winter erfolgen.", True),
    ("Ramstein-Treffen: Verbündete sagen Kiew weitere Flugabwehr zu",
     "BRÜSSEL (dpa) - Die Unterstützer der Ukraine haben bei einem Treffen im Ramstein-Format weitere Flugabwehr und "
     "Artilleriemunition zugesagt. Deutschland und Großbritannien leiteten die Runde in der Nato-Zentrale. Der "
     "ukrainische Verteidigungsminister dankte den Partnern.", True),
    ("Norwegen und Deutschland finanzieren Patriot-Raketen über PURL",
     "OSLO (dpa) - Norwegen und Deutschland bezahlen gemeinsam Patriot-Abfangraketen aus US-Beständen für die "
     "Ukraine. Das Paket im Rahmen der Nato-Initiative PURL hat einen Wert von 500 Millionen Dollar, wie die "
     "Regierung in Oslo mitteilte.", True),
    ("Ukrainische Soldaten lernen in Deutschland den Leopard 1",
     "MUNSTER (dpa) - Ukrainische Soldaten werden auf dem Truppenübungsplatz Munster am Kampfpanzer Leopard 1 "
     "ausgebildet. Die Ausbildung dauert sechs Wochen, teilte die Bundeswehr mit. Die Panzer sollen anschließend an "
     "die Ukraine übergeben werden.", True),
    ("Spanien sagt der Ukraine weitere Leopard-Panzer zu",
     "MADRID (dpa) - Spanien sagt der Ukraine weitere Kampfpanzer vom Typ Leopard 2A4 zu. Das erklärte "
     "Verteidigungsministerin Margarita Robles am Freitag. Die Panzer werden derzeit in Saragossa instand gesetzt.",
     True),
    # ---- look-alikes, English
    ("Taiwan asks U.S. for more Patriots as China drills near island",
     "TAIPEI (Reuters) - China's military held live-fire drills around Taiwan for a second day on Tuesday, sending "
     "some 30 warships and dozens of aircraft close to the island. Taipei said its forces were on high alert. The "
     "United States has sent most of its spare Patriot interceptors to Ukraine over the past two years, U.S. officials "
     "have said.", False),
    ("World Bank approves $1 billion loan to Ukraine",
     "WASHINGTON (Reuters) - The World Bank approved a loan of 1 billion dollars to Ukraine on Thursday to pay "
     "pensions and the wages of teachers and doctors. None of the money can be used to buy weapons, the bank said. "
     "Ukraine's budget deficit is expected to reach 19 percent of GDP this year.", False),
    ("Ukraine to open arms export offices in Berlin and Copenhagen",
     "KYIV (Reuters) - Ukraine will open offices in Berlin and Copenhagen to sell weapons made by its arms industry "
     "abroad, President Volodymyr Zelensky said on Monday. Kyiv lifted its wartime ban on arms exports this autumn, "
     "allowing producers to sell surplus drones and naval drones to partners. The proceeds will pay for more weapons "
     "for the front.", False),
    ("North Korea ships more artillery to Russia, Seoul says",
     "SEOUL (Reuters) - North Korea has shipped more self-propelled howitzers and multiple rocket launchers to Russia "
     "in recent weeks, South Korea's spy agency said on Wednesday. Pyongyang is believed to have sent over 12 million "
     "shells since 2023, it said.", False),
    ("NATO begins largest exercise in decades",
     "BRUSSELS (Reuters) - NATO began its largest military exercise since the Cold War on Monday, with 90,000 troops "
     "practising the defence of the alliance's eastern flank. The drills, which run until May, involve tanks, "
     "warships and fighter jets from all 32 allies. Russia's full-scale invasion of Ukraine prompted the alliance to "
     "rewrite its defence plans.", False),
    ("Britain raises defence spending to 2.6% of GDP",
     "LONDON (Reuters) - Britain will raise defence spending to 2.6 percent of GDP by 2027, Prime Minister Keir "
     "Starmer said on Tuesday, cutting overseas aid to pay for it. The money will buy drones, air defence and "
     "munitions for the British armed forces. Support for Ukraine will be counted toward the target.", False),
    ("U.S. House passes $14 billion military aid package for Israel",
     "WASHINGTON (Reuters) - The U.S. House of Representatives passed a 14 billion dollar military aid package for "
     "Israel on Saturday, including money for air defence interceptors. A separate bill with aid for Ukraine has "
     "been stalled for months.", False),
    ("Poland signs $10 billion deal for U.S. Apache helicopters",
     "WARSAW (Reuters) - Poland signed a 10 billion dollar contract on Tuesday to buy 96 Apache attack helicopters "
     "from the United States, the largest purchase in the history of its armed forces. Warsaw has been arming at "
     "speed since Russia's invasion of Ukraine.", False),
    ("U.S. pledges $50 million in humanitarian aid for Ukraine",
     "WASHINGTON (Reuters) - The United States will give 50 million dollars in humanitarian aid to Ukraine, the State "
     "Department said on Friday. The money will pay for food, medicine and winter shelter for people displaced by the "
     "war. Aid groups say more than 3 million people have left their homes.", False),
    ("Ukrainian drone maker lands first order from NATO member",
     "KYIV (Reuters) - A Ukrainian maker of interceptor drones has won its first order from a NATO member state, the "
     "company said on Wednesday, without naming the buyer. It will deliver several hundred drones next year under "
     "an export licence granted by Kyiv in October.", False),
    # ---- look-alikes, French
    ("La Banque mondiale accorde un prêt de 1,5 milliard de dollars à l'Ukraine",
     "WASHINGTON (AFP) - La Banque mondiale a approuvé jeudi un prêt de 1,5 milliard de dollars à l'Ukraine, destiné "
     "à payer les salaires des fonctionnaires et les retraites. Aucune partie de ce financement ne pourra servir à "
     "l'achat d'armes, a précisé l'institution.", False),
    ("Taïwan réclame à Washington des missiles Patriot supplémentaires",
     "TAIPEI (AFP) - Le Parlement taïwanais a adopté mardi un budget de défense record, en hausse de 20 % sur un an. "
     "Les députés ont aussi approuvé l'achat de drones de surveillance. La Chine considère l'île comme une partie de "
     "son territoire.", False),
    ("L'Ukraine autorise l'exportation de ses drones de combat",
     "KIEV (AFP) - L'Ukraine va autoriser ses fabricants à exporter une partie de leurs drones de combat, a annoncé "
     "lundi le président Volodymyr Zelensky. Les ventes à l'étranger doivent financer de nouvelles capacités de "
     "production. Kiev avait interdit les exportations d'armes au début de l'invasion russe.", False),
    ("Exercice de l'Otan en Roumanie : 10 000 soldats mobilisés",
     "BUCAREST (AFP) - Quelque 10 000 soldats de l'Otan participent depuis lundi à un exercice militaire en Roumanie, "
     "près de la frontière avec l'Ukraine. Des chars, des hélicoptères et des systèmes de défense antiaérienne sont "
     "déployés. L'exercice doit durer deux semaines.", False),
    ("La Russie a reçu des missiles balistiques iraniens, selon Washington",
     "WASHINGTON (AFP) - La Russie a reçu des missiles balistiques de courte portée fournis par l'Iran, a affirmé "
     "mardi le secrétaire d'État américain. Moscou pourrait les utiliser contre l'Ukraine d'ici quelques semaines, "
     "a-t-il averti.", False),
    ("Le Parlement adopte la hausse du budget des armées",
     "PARIS (AFP) - L'Assemblée nationale a adopté mercredi la hausse du budget des armées, qui atteindra 64 milliards "
     "d'euros en 2027. Les crédits financeront des munitions, des drones et des systèmes de défense antiaérienne. La "
     "guerre en Ukraine a montré l'importance des stocks, a souligné le ministre.", False),
    ("Conférence de Rome : 10 milliards d'euros promis pour reconstruire l'Ukraine",
     "ROME (AFP) - Les participants à la conférence sur la reconstruction de l'Ukraine ont promis plus de 10 milliards "
     "d'euros, a annoncé jeudi la présidente du Conseil italien. Les fonds serviront à réparer le réseau électrique, "
     "les logements et les hôpitaux détruits par les frappes russes.", False),
    ("L'UE adopte un 20e paquet de sanctions contre la Russie",
     "BRUXELLES (AFP) - Les Vingt-Sept ont adopté mercredi un 20e paquet de sanctions contre la Russie, visant "
     "notamment des banques et des entreprises qui fournissent des composants de drones à l'armée russe. Il s'agit "
     "de tarir les revenus de la guerre en Ukraine, selon la Commission.", False),
    ("L'Inde commande 26 Rafale Marine supplémentaires",
     "NEW DELHI (AFP) - L'Inde a signé lundi une commande de 26 avions de combat Rafale Marine pour sa marine, pour un "
     "montant d'environ 7 milliards d'euros. Les premiers appareils doivent être livrés en 2029.", False),
    ("La France envoie des groupes électrogènes et des médicaments à Kharkiv",
     "PARIS (AFP) - Un avion chargé de groupes électrogènes, de couvertures et de médicaments a décollé mardi pour "
     "l'Ukraine, a indiqué le ministère des Affaires étrangères. Cette aide humanitaire est destinée aux habitants de "
     "Kharkiv, privés d'électricité après des frappes russes.", False),
    # ---- look-alikes, German
    ("Taiwan bittet USA um schnellere Lieferung von Abrams-Panzern",
     "TAIPEH (dpa) - Taiwans Parlament hat einen Sonderhaushalt für die Küstenwache verabschiedet. Damit sollen neue "
     "Schiffe und Überwachungsflugzeuge gekauft werden. China hatte zuletzt den Druck auf die Insel erhöht.", False),
    ("IWF gibt weitere Milliarde für die Ukraine frei",
     "WASHINGTON (dpa) - Der Internationale Währungsfonds hat eine weitere Kredittranche von 1,1 Milliarden Dollar "
     "für die Ukraine freigegeben. Das Geld fließt in den Staatshaushalt; für Waffen darf es nicht verwendet werden. "
     "Kiew hatte zuvor Reformauflagen erfüllt.", False),
    ("Ukrainischer Drohnenhersteller verkauft erstmals ins Ausland",
     "KIEW (dpa) - Ein ukrainischer Drohnenhersteller hat erstmals Kampfdrohnen an einen ausländischen Kunden "
     "verkauft. Die Regierung in Kiew hatte den Export von Überschüssen der eigenen Produktion im Herbst erlaubt. Der "
     "Käufer wurde nicht genannt.", False),
    ("Russland erhält weitere Drohnen aus dem Iran",
     "WASHINGTON (dpa) - Russland erhält nach Angaben der US-Regierung weiterhin Kampfdrohnen aus dem Iran. Die "
     "Lieferungen liefen über das Kaspische Meer, sagte ein Sprecher des Weißen Hauses. Moskau setze die Drohnen gegen "
     "ukrainische Städte ein.", False),
    ("Nato-Manöver «Quadriga» beginnt in Litauen",
     "VILNIUS (dpa) - Mit mehreren Tausend Soldaten hat in Litauen das Nato-Manöver «Quadriga» begonnen. Die "
     "Bundeswehr beteiligt sich mit Kampfpanzern vom Typ Leopard 2 und Schützenpanzern Puma. Geübt wird die "
     "Verteidigung der Ostflanke.", False),
    ("Bundeswehr bestellt weitere Leopard-2-Panzer",
     "KOBLENZ (dpa) - Die Bundeswehr bestellt 75 weitere Kampfpanzer vom Typ Leopard 2A8. Der Haushaltsausschuss "
     "hatte den Auftrag zuvor gebilligt. Die Panzer ersetzen auch Fahrzeuge, die an die Ukraine abgegeben wurden.",
     False),
    ("Wiederaufbaukonferenz: Milliarden für Energie und Wohnungen in der Ukraine",
     "ROM (dpa) - Bei der Wiederaufbaukonferenz für die Ukraine sind Zusagen von mehr als zehn Milliarden Euro gemacht "
     "worden. Das Geld soll in das Stromnetz, in Wohnungen und in Krankenhäuser fließen, sagte die italienische "
     "Regierungschefin zum Abschluss.", False),
    ("EU beschließt 20. Sanktionspaket gegen Russland",
     "BRÜSSEL (dpa) - Die EU-Staaten haben ein 20. Sanktionspaket gegen Russland beschlossen. Es richtet sich gegen "
     "Banken, Öltanker der Schattenflotte und Lieferanten von Drohnenteilen. Damit soll Moskau die Finanzierung des "
     "Krieges gegen die Ukraine erschwert werden.", False),
    ("Bundesregierung genehmigt Rüstungsexporte nach Israel",
     "BERLIN (dpa) - Die Bundesregierung hat wieder Rüstungsexporte nach Israel genehmigt. Es gehe um Teile für "
     "Korvetten und Munition für Kleinwaffen, teilte ein Regierungssprecher mit. Die Genehmigungen waren im Sommer "
     "ausgesetzt worden.", False),
    ("Deutschland schickt Notunterkünfte und Medikamente in die Ukraine",
     "BERLIN (dpa) - Deutschland schickt weitere humanitäre Hilfe in die Ukraine. Das Technische Hilfswerk bringt "
     "Zelte, Decken, Generatoren und Medikamente in die Region Charkiw, teilte das Innenministerium mit.", False),
]


@pytest.mark.parametrize(("headline", "lead", "relevant"), WIRE)
def test_wire_items_of_the_fourteenth_round(defaults: RuleSet, headline: str, lead: str, relevant: bool):
    assert_relevance(defaults, read(defaults, headline, lead), relevant)


# ---------------------------------------------------------------- held out

# Written after this round's changes and labelled before their first run: an export approval for Ukraine, donors asking
# each other for Ukraine, aid beside sanctions, Ukraine asking, German weapons made in Ukraine; other countries'
# requests told only in the headline, IMF loans that buy no weapons, Ukraine's exports, Russia's suppliers, a spending
# target, an arms fair, bombs for Israel, a donors' conference for reconstruction.
HELD_OUT = [
    # ---- aid
    ("Germany approves export of 100 more Patriot missiles to Ukraine",
     "BERLIN (Reuters) - Germany's government has approved the export of 100 Patriot interceptor missiles to Ukraine, "
     "a spokesman said on Wednesday. The missiles will come from industry stocks. Ukraine's air force has used up "
     "most of its interceptors fending off Russian attacks this autumn.", True),
    ("Poland asks EU to pay for air defence for Ukraine",
     "WARSAW (Reuters) - Poland has asked the European Commission to pay for more air defence systems for Ukraine out "
     "of the bloc's new defence fund, Foreign Minister Radoslaw Sikorski said on Thursday. Warsaw itself has no "
     "systems to spare, he added.", True),
    ("Britain announces sanctions and a missile deal for Kyiv",
     "LONDON (Reuters) - Britain announced new sanctions on Russian oil traders on Monday and a 1.6 billion pound deal "
     "to supply more than 5,000 air defence missiles to Ukraine. The missiles will be built in Belfast, creating 200 "
     "jobs, the government said.", True),
    ("Italy's latest arms package for Ukraine includes SAMP/T missiles",
     "ROME (Reuters) - Italy's 13th military aid package for Ukraine includes missiles for the SAMP/T air defence "
     "system, Defence Minister Guido Crosetto told parliament on Tuesday. The rest of its contents remain "
     "classified.", True),
    ("Zelensky réclame des Patriot supplémentaires aux alliés",
     "KIEV (AFP) - Le président ukrainien Volodymyr Zelensky a réclamé dimanche aux alliés de l'Ukraine des systèmes "
     "Patriot supplémentaires, au lendemain d'une attaque massive de missiles russes sur Kiev et Lviv. « Chaque "
     "batterie sauve des vies », a-t-il écrit.", True),
    ("Londres et Oslo financent des drones intercepteurs pour Kiev",
     "LONDRES (AFP) - Le Royaume-Uni et la Norvège vont financer la fabrication de milliers de drones intercepteurs "
     "destinés à l'armée ukrainienne, ont annoncé mardi leurs ministres de la Défense. Ces drones doivent abattre les "
     "Shahed russes à moindre coût.", True),
    # A strict xfail from the review of stop 39 to round 15: "vers l'Ukraine" counts again, after an export word.
    ("Berlin autorise l'exportation de 25 chars Leopard 1 vers l'Ukraine",
     "BERLIN (AFP) - Le gouvernement allemand a autorisé l'exportation de 25 chars Leopard 1 supplémentaires vers "
     "l'Ukraine, a indiqué mercredi un porte-parole. Les blindés, remis en état par Rheinmetall, sont financés par le "
     "Danemark.", True),
    ("Deutschland finanziert Langstreckendrohnen aus ukrainischer Produktion",
     "BERLIN (dpa) - Deutschland bezahlt die Herstellung weiterer Langstreckendrohnen in der Ukraine. Die Drohnen "
     "gehen an die ukrainischen Streitkräfte, teilte das Verteidigungsministerium mit. Das Geld stammt aus der "
     "Ertüchtigungsinitiative.", True),
    ("Selenskyj: Die Ukraine braucht zehn weitere Patriot-Systeme",
     "KIEW (dpa) - Der ukrainische Präsident Wolodymyr Selenskyj hat die Verbündeten um zehn weitere "
     "Patriot-Flugabwehrsysteme gebeten. Russland greife das Energienetz jede Nacht mit Raketen und Drohnen an, sagte "
     "er in seiner Videobotschaft.", True),
    ("", "+++ 11:05 Uhr: Kanada sagt Kiew weitere Panzerfahrzeuge zu +++ Kanada sagt der Ukraine 50 weitere gepanzerte "
     "Fahrzeuge vom Typ Senator zu. Das teilte Verteidigungsminister David McGuinty in Ottawa mit.", True),
    # ---- look-alikes
    ("Japan requests more Tomahawk missiles from U.S.",
     "TOKYO (Reuters) - Japan's cabinet approved a record 9 trillion yen defence budget on Friday, with money for "
     "long-range missiles, drones and a new space unit. The government cited China's military build-up around "
     "Taiwan.", False),
    ("IMF approves $8 billion programme for Ukraine",
     "WASHINGTON (Reuters) - The International Monetary Fund's board approved a new 8.1 billion dollar lending "
     "programme for Ukraine on Friday, unlocking an immediate disbursement of 1.5 billion dollars. The money supports "
     "the budget; none of it may be spent on weapons or the army.", False),
    ("Zelensky says Ukraine will start controlled weapons exports",
     "KYIV (Reuters) - Ukraine will begin controlled exports of weapons it has in surplus, such as naval drones and "
     "anti-tank systems, next month, President Volodymyr Zelensky said on Sunday. Partners in Europe and the Gulf "
     "have shown interest, he said.", False),
    ("Russia fields North Korean Koksan guns near Kursk, Kyiv says",
     "KYIV (Reuters) - Russia has deployed North Korean Koksan self-propelled guns and multiple rocket launchers in "
     "the Kursk region, Ukraine's military intelligence said on Monday. Pyongyang has supplied Moscow with millions of "
     "shells since 2023.", False),
    ("Taïwan demande aux États-Unis d'accélérer ses livraisons d'armes",
     "TAIPEI (AFP) - Le président taïwanais Lai Ching-te a inauguré lundi une nouvelle base navale dans le sud de "
     "l'île, face aux manœuvres chinoises. Plusieurs navires de guerre chinois croisaient dans le détroit, selon le "
     "ministère de la Défense.", False),
    ("Le FMI débloque 700 millions de dollars pour l'Ukraine",
     "WASHINGTON (AFP) - Le Fonds monétaire international a débloqué vendredi une nouvelle tranche de 700 millions "
     "de dollars pour l'Ukraine. Ces fonds soutiennent le budget de l'État et ne peuvent pas servir à acheter des "
     "armes, a rappelé l'institution.", False),
    ("L'Allemagne portera ses dépenses militaires à 3,5 % du PIB",
     "BERLIN (AFP) - L'Allemagne portera ses dépenses militaires à 3,5 % de son PIB d'ici 2029, a annoncé mardi le "
     "ministre des Finances. Les crédits serviront à acheter des chars, des avions et des munitions pour la "
     "Bundeswehr. Le soutien à l'Ukraine est inclus dans ce calcul.", False),
    ("Ukrainischer Rüstungskonzern sucht Kunden auf der IDEX",
     "ABU DHABI (dpa) - Der ukrainische Staatskonzern Ukroboronprom stellt erstmals seit Kriegsbeginn auf der "
     "Rüstungsmesse IDEX aus. Gezeigt werden Kampfdrohnen und Panzerabwehrraketen, die Kiew nach der Lockerung des "
     "Exportverbots im Ausland verkaufen will.", False),
    ("USA liefern Israel weitere schwere Bomben",
     "WASHINGTON (dpa) - Die USA liefern Israel weitere 2000-Pfund-Bomben. Das bestätigte das Außenministerium am "
     "Mittwoch. Der Krieg in der Ukraine hat die amerikanischen Bestände an Munition stark beansprucht.", False),
    ("Geberkonferenz sagt Milliarden für Wiederaufbau und Minenräumung zu",
     "LONDON (dpa) - Auf der Geberkonferenz für die Ukraine in London sind fast sechs Milliarden Euro für den "
     "Wiederaufbau zugesagt worden. Ein Teil des Geldes soll in die humanitäre Minenräumung auf Ackerflächen fließen, "
     "teilte die britische Regierung mit.", False),
]


@pytest.mark.parametrize(("headline", "lead", "relevant"), HELD_OUT)
def test_texts_written_after_the_changes(defaults: RuleSet, headline: str, lead: str, relevant: bool):
    assert_relevance(defaults, read(defaults, headline, lead), relevant)


# ---------------------------------------------------------------- probes of the round's changes

# Written after the held-out batch and labelled before their first run: Ukraine named beside exports in aid news and
# Ukraine's own exports (the export trap), requests for Ukraine and for another country (the request trap), loans
# all spent on weapons and loans that buy none (the denial "none of" at a distance).
PROBES = [
    # Ukraine named beside exports in aid news; Ukraine's own exports
    ("Zelensky thanks Berlin for approving export of more IRIS-T",
     "KYIV (Reuters) - Ukrainian President Volodymyr Zelensky thanked Germany on Tuesday for approving the export of "
     "four more IRIS-T air defence systems to Ukraine. The first of them will arrive before the winter, Berlin said.",
     True),
    ("Ukrainian arms makers to build drones in Denmark for Kyiv's army",
     "COPENHAGEN (Reuters) - Ukrainian arms makers will build drones and missile fuel at a new site in Denmark, all of "
     "it for Ukraine's armed forces, the Danish government said on Monday. Denmark pays for the site. Kyiv's export "
     "rules do not allow the output to be sold to third countries.", True),
    ("Ukraine signs first deal to export naval drones",
     "KYIV (Reuters) - A Ukrainian state company has signed Ukraine's first contract to export naval drones, selling "
     "them to a European navy it did not name, the government said on Thursday. The defence ministry approved the "
     "deal under the new export rules.", False),
    ("Drones : l'Ukraine veut devenir exportatrice d'armes",
     "KIEV (AFP) - L'Ukraine veut exporter une partie de ses drones et de ses missiles dès l'an prochain, a déclaré "
     "jeudi le ministre ukrainien des Industries stratégiques. Les recettes serviront à financer la production pour "
     "le front.", False),
    ("Kiew lockert Exportverbot für Waffen",
     "KIEW (dpa) - Die Ukraine lockert ihr Exportverbot für Waffen. Ukrainische Hersteller dürfen künftig Drohnen und "
     "Munition ins Ausland verkaufen, die die eigene Armee nicht braucht, teilte das Präsidialamt mit.", False),
    # requests: another country for itself, a donor for Ukraine, Ukraine in a headline alone
    ("Romania asks U.S. for more Patriots after drone incursions",
     "BUCHAREST (Reuters) - Romania has asked the United States for two more Patriot air defence systems after "
     "repeated incursions by Russian drones, the defence ministry said. Bucharest gave one of its own Patriot systems "
     "to Ukraine last year.", False),
    ("Netherlands asks Germany to share cost of Patriots for Kyiv",
     "THE HAGUE (Reuters) - The Netherlands has asked Germany to share the cost of two Patriot systems that would go "
     "to Ukraine, Dutch Defence Minister Ruben Brekelmans said on Friday.", True),
    ("Ukraine asks Norway for more NASAMS", "", True),
    # loans: all of it on weapons; none of it on weapons
    ("EU loan's first tranche to go entirely on weapons",
     "BRUSSELS (Reuters) - The first 30 billion euros of the EU's reparations loan to Ukraine will all go on weapons "
     "and ammunition, the Commission said on Tuesday. None of the first tranche will go to pensions or wages, it "
     "said.", True),
    ("La BERD prête 500 millions d'euros à l'Ukraine pour son réseau électrique",
     "LONDRES (AFP) - La Banque européenne pour la reconstruction et le développement prête 500 millions d'euros à "
     "l'Ukraine pour réparer son réseau électrique. Aucun centime de ce prêt ne sera consacré à l'armement, a précisé "
     "la banque.", False),
]


@pytest.mark.parametrize(("headline", "lead", "relevant"), PROBES)
def test_probes_of_the_rounds_changes(defaults: RuleSet, headline: str, lead: str, relevant: bool):
    assert_relevance(defaults, read(defaults, headline, lead), relevant)


# ---------------------------------------------------------------- the readings of the round's changes

EXPORT_TRAP = "Ukraine's own arms exports"


@pytest.mark.parametrize(("headline", "lead", "trapped"), [
    ("Ukraine to export surplus drones", "KYIV (Reuters) - Ukraine will export surplus drones and missiles to "
     "partners, the government said.", True),
    ("Kyiv licenses drone exports", "KYIV (Reuters) - Drone exports approved by Kyiv will go to two NATO members.",
     True),
    ("Les exportations d'armes ukrainiennes reprennent", "KIEV (AFP) - Les exportations d'armes ukrainiennes "
     "reprendront l'an prochain, a dit le ministre.", True),
    # Ukraine as the destination of a donor's exports, and Ukraine's grain
    ("Germany approves export of Patriots", "BERLIN (Reuters) - Germany approved the export of Patriot missiles to "
     "Ukraine, citing its export rules.", False),
    ("Swiss block re-export of ammunition", "BERN (Reuters) - Switzerland blocked the re-export of Gepard ammunition "
     "for Ukraine under its export rules.", False),
    ("Ukraine's grain exports rise", "KYIV (Reuters) - Ukraine's grain exports rose by a fifth in October, the "
     "ministry said.", False),
])
def test_the_trap_of_ukraines_own_exports(defaults: RuleSet, headline: str, lead: str, trapped: bool):
    analysis = read(defaults, headline, lead)
    assert fired(analysis, EXPORT_TRAP) == trapped, defaults.explain(analysis)


@pytest.mark.parametrize(("headline", "lead", "trapped"), [
    # the request in the headline, the body about something else: the trap holds
    ("Taiwan asks U.S. for more Patriots", "TAIPEI (Reuters) - China held drills around Taiwan for a second day on "
     "Tuesday.", True),
    # the request in the headline, the body sending it to Ukraine: the article's request is for Ukraine
    ("Sweden asks partners to match its Archer pledge", "STOCKHOLM (Reuters) - Sweden asked its neighbours to send "
     "more howitzers to the Ukrainian army.", False),
])
def test_a_request_told_in_the_headline_is_read_with_its_body(defaults: RuleSet, headline: str, lead: str,
                                                              trapped: bool):
    analysis = read(defaults, headline, lead)
    assert fired(analysis, REQUEST_TRAP) == trapped, defaults.explain(analysis)


@pytest.mark.parametrize(("lead", "trapped"), [
    ("WASHINGTON (Reuters) - The World Bank approved a loan to Ukraine. None of the money from the loan can be used "
     "to buy weapons, the bank said.", True),
    ("WASHINGTON (AFP) - Le prêt de la Banque mondiale à l'Ukraine ne financera aucune arme.", True),
    # weapons bought with the loan, and "none of" about something else
    ("BRUSSELS (Reuters) - The EU loan to Ukraine will buy weapons. None of the first tranche goes to pensions.",
     False),
])
def test_a_loan_that_buys_none_of_the_weapons(defaults: RuleSet, lead: str, trapped: bool):
    analysis = defaults.analyze(lead)
    assert fired(analysis, DENIED_LOAN_TRAP) == trapped, defaults.explain(analysis)
