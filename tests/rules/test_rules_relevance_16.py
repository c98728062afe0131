"""Relevance on wire copy, a sixteenth round (stop 41, session of 2026-12-05, morning).

Every text here was written for this file in the style of Reuters, AFP, dpa and TASS copy, labelled by hand before the
rules were run on it, and never taken from the real-article set. WIRE, 60 items (20 per language, 30 aid and 30
look-alikes), aimed at what earlier rounds did not hold. Aid told in unusual ways: "what we know" round-ups, news
briefs and live-blog entries where the aid line is one of several, headlines with no body, a system and a donor alone
("Patriot for Kyiv"), aid told from Russia's side ("the Kiev regime", "westliche Waffen für Kiew"), arms made in
Ukraine with a donor (plants, licences, joint production) or by a Ukrainian maker abroad. Look-alikes: round-ups with
no aid, Western weapons used in combat or claimed destroyed by Russia, Ukraine's own production, arms for Israel,
Taiwan, the Baltic states and Romania, sanctions, frozen assets, arms makers' results.
First run on main's rules: 55 of 60, 3 of 30 aid missed and 2 of 30 look-alikes raised (P 0.93, R 0.90). Missed: a
briefing whose British missiles "would start reaching Ukraine's forces" (1), a German round-up whose Dutch money was
"der Ukraine ... zu geben" (1), the first Lynx "in der Ukraine montiert" and "vom Band gelaufen" (1); raised: the EU's
sanctions package listing firms "supplying parts for Shahed drones and missiles used against Ukraine" (2), and Leclerc
tanks arrived in Romania, "qui partage une frontière de 600 km avec l'Ukraine" (2). Now reaching Ukraine, Ukrainian
troops or forces is an arrival (phrases of @support:en; a place in Ukraine reached, its capital, airspace or a region,
is an attack's path, in @given_elsewhere:en), German "zu geben" is a giving, assembling weapons is production
(@production), a trap (-1) reads news of sanctions on Russia unless a giving to Ukraine now or to come is told beside
it, and a trap (-2) reads Ukraine named only as a neighbour or by its border. 59 of 60: the briefing stays a strict
xfail (the deal's sum stands between the missiles and "reaching").

Three strict xfails of tests/stories (test_story_grouping_15.py, test_story_grouping_16.py) were untitled live entries
scoring 0: the contact group's defence ministers ending a video conference, the Paris summit on Ukraine over, Sweden's
Archer howitzers "already at the front". Now the contact group named by its defence ministers weighs 1 (Ramstein alone
does), a summit or a conference held on Ukraine weighs 1 (not one on peace, recovery, reconstruction or relief), and
the allied-meeting rule reads both, and a video conference, as its meeting (1 more with a weapon named); weapons told
arrived at the front weigh 1 for a donor's weapons and 1 for a named system. The three entries are found relevant and
join their events in every order (busy days 34, 37, 38: 30, 25 and 24 stored, 45, 30 and 28 pairs, recall 1.00).

HELD_OUT, 20 items written after those changes: first run 17 of 20, 2 of 10 aid missed and 1 of 10 look-alikes raised
(P 0.89, R 0.80): a Dutch live entry naming no Ukraine, its Leopard 1 "now at the front" (1: the front was then a
giving word of the weapon rules, which want Ukraine), Sweden's "deux avions de surveillance aérienne" (0: no weapon
word) and Moldova "which borders Ukraine" receiving radars (2: the trap's phrase "borders Ukraine" held Ukraine
itself). Now surveillance and early-warning aircraft named by their kind are aircraft in the aircraft and weapon rules,
and the trap reads "borders": 20 of 20. PROBES, 10 items written next, aimed at the changes: 6 of 10 on their first run:
drones that "reached Ukraine's capital" (2), Russia's T-90M "already at the front" (2), Slovakia "which borders
Ukraine" sending MiG-29 parts "to Kyiv" (0: the trap's OR stood unbracketed before AND NOT, which bound only its second
half), Romania assembling Abrams "face à la guerre dans l'Ukraine voisine" (2). Now a place in Ukraine reached is no
arrival, the front is read only by the two front rules (a donor's weapons, a named system: Russia's tanks are neither),
and the trap is bracketed and reads "l'Ukraine voisine": 10 of 10.

Of the 1,676 distinct texts of tests/data (1,491), its two seeds and the real set (183), 27 scores move and 3 verdicts,
the three live entries (0 -> 2, relevant as labelled). Up, besides them: 20 items already relevant, of busy days, wire
clusters and eval_items en-011 (the meeting rules: the contact group's ministers, a video conference, a summit on
Ukraine; "reached Ukraine"; "zu geben"; French Caesar guns "now at the front"). Down: three
sanctions packages of tests/data/eval_items.jsonl (look-alikes, 0 -> -1) and one real aid article naming sanctions on
Russia beside its training and armour (7 -> 6). The real-article set's figures do not move: relevance P/R 0.99/0.99,
pledges 197/193/185, stories pairP 1.00 pairR 0.86 (24/0/4) today and 0.96 (27/0/1) as published, hidden 0/72. 107 rules
(101); estimated cost of them all 637.6 -> 658.1 (bot/core/rules/cost.py); the costliest naming @support the German
weapon rule at 11.83 of 12 (11.81), the English 11.80 (11.70: the phrases of reaching); the new rules cost 10.88 (a
donor's weapons at the front), 1.78 (a system there), 0.69 (the contact group's ministers), 2.09 (a summit on Ukraine),
0.95 (sanctions), 2.21 (a neighbour); the allied-meeting rule 2.96 -> 3.67.
"""

from __future__ import annotations

import pytest

from bot.core.rules.language import RuleSet
from tests.support.wire_reading import fired, read

# Sixty wire items, half aid and half look-alikes, labelled before their first run.
WIRE = [
    # ---- aid, English: round-ups and tickers, headlines alone, Russia's side, industry in Ukraine, system and donor
    ("Russia-Ukraine war: what we know on day 1,380",
     "Russian drones hit energy facilities in Odesa overnight, leaving about 200,000 homes without power. Ukraine's "
     "air force said it downed 74 of 90 drones. Norway said it would pay for two more NASAMS batteries for Ukraine. "
     "Talks on a prisoner exchange continue in Istanbul.", True),
    ("Sweden pledges Archer howitzers and air defence to Kyiv", "", True),
    ("Patriot for Kyiv: Berlin confirms third battery", "", True),
    ("Kremlin says new German Taurus deliveries to Kiev regime will prolong conflict",
     "MOSCOW (TASS) - Berlin's decision to hand the Kiev regime more long-range weapons, including Taurus cruise "
     "missiles, will only drag out the conflict, Kremlin spokesman Dmitry Peskov told reporters on Tuesday. He said "
     "Russia would treat the missiles as legitimate targets.", True),
    ("Moscow warns Paris over Mirage jets promised to Kyiv",
     "MOSCOW (Reuters) - Russia's foreign ministry warned France on Wednesday that the Mirage 2000 fighter jets it "
     "has promised Ukraine would meet the fate of all Western hardware, calling the deliveries a dangerous step "
     "towards escalation.", True),
    ("Rheinmetall opens second ammunition plant in Ukraine",
     "KYIV (Reuters) - Rheinmetall opened a plant producing 155 mm artillery shells in western Ukraine on Thursday, "
     "its second in the country, in a joint venture with Ukraine's state arms group. The German government "
     "guaranteed part of the investment.", True),
    ("Ukraine gets licence to assemble Swedish CV90 vehicles",
     "STOCKHOLM (Reuters) - BAE Systems Hagglunds granted Ukraine's state arms group a licence to assemble CV90 "
     "infantry fighting vehicles in Ukraine, the Swedish government said on Monday, adding that Sweden would pay for "
     "the first 20.", True),
    ("", "1420 GMT - Denmark says its last F-16 fighter jets have left for Ukraine.", True),
    ("Gripen for Kyiv? Sweden says decision on jets weeks away",
     "STOCKHOLM (Reuters) - Sweden will decide within weeks whether to hand Ukraine some of its Gripen C/D fighter "
     "jets, Defence Minister Pal Jonson said on Friday, after Kyiv's air force chief visited the Saab plant in "
     "Linkoping.", True),
    pytest.param("Ukraine war briefing: Zelenskiy meets Starmer; Belfast-made missiles to reach front by spring",
                 "Zelenskiy met British prime minister Keir Starmer in London on Monday. Britain said 5,000 air defence "
                 "missiles made in Belfast under a 1.6 billion pound deal would start reaching Ukraine's forces by "
                 "spring. In the east, Russian troops pressed their assault on Pokrovsk. Kyiv's mayor said water had "
                 "been restored in most districts.", True,
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "scores 1 (money for weapons): 'reaching Ukraine's forces' is a giving word now, but the sum "
                     "of the deal stands between it and the missiles, past the twelve words a weapon rule reads (with "
                     "'a big deal' it scores 3), and the headline's 'to reach front' names no Ukraine (Russian "
                     "reinforcements reach the front too)"))),
    # ---- aid, French
    ("", "16h40 : Les deux systèmes IRIS-T promis par Berlin sont arrivés en Ukraine, selon le ministre ukrainien de la "
     "Défense.", True),
    ("Guerre en Ukraine : ce que l'on sait ce mardi",
     "Des frappes russes ont visé Dnipro dans la nuit, faisant trois morts. Le Danemark a annoncé un 27e paquet d'aide "
     "militaire de 600 millions d'euros, centré sur la défense aérienne. À Genève, les négociateurs américains et "
     "ukrainiens doivent se retrouver jeudi.", True),
    ("Moscou dénonce l'envoi de Mirage français au « régime de Kiev »",
     "MOSCOU (AFP) - La diplomatie russe a dénoncé mercredi l'envoi par Paris de nouveaux avions Mirage 2000 à "
     "l'Ukraine, estimant que les armes occidentales « ne changeront rien » sur le terrain. La porte-parole Maria "
     "Zakharova a promis que les appareils seraient détruits.", True),
    ("Un fabricant ukrainien de drones va produire en France",
     "PARIS (AFP) - Le constructeur ukrainien de drones Skyeton va ouvrir une chaîne de production dans le sud-ouest "
     "de la France, a annoncé lundi le ministère des Armées. Les appareils seront destinés en priorité à l'armée "
     "ukrainienne.", True),
    ("KNDS accorde une licence de fabrication d'obus à l'Ukraine",
     "PARIS (AFP) - L'industriel franco-allemand KNDS a accordé à une entreprise publique ukrainienne une licence pour "
     "fabriquer des obus de 155 mm en Ukraine, a annoncé jeudi le ministère des Armées, qui financera les premières "
     "livraisons à l'armée ukrainienne.", True),
    ("Des Caesar supplémentaires pour Kiev, annonce Paris", "", True),
    ("Patriot pour Kiev : l'Allemagne confirme un troisième système",
     "BERLIN (AFP) - Le système sera opérationnel avant l'hiver, selon le ministère allemand de la Défense.", True),
    ("Les pays baltes consacreront 0,25 % de leur PIB à l'aide militaire à Kiev",
     "VILNIUS (AFP) - L'Estonie, la Lettonie et la Lituanie se sont engagées lundi à consacrer 0,25 % de leur PIB à "
     "l'aide militaire à l'Ukraine l'an prochain, malgré le renforcement de leurs propres armées.", True),
    ("Aide à l'Ukraine : la France a cédé pour 3,7 milliards d'euros d'équipements",
     "PARIS (AFP) - La France a cédé à l'Ukraine pour 3,7 milliards d'euros d'équipements militaires depuis 2022, "
     "selon un rapport parlementaire publié mardi, qui pointe des retards dans les livraisons de canons Caesar.",
     True),
    ("L'essentiel de la nuit",
     "Un séisme de magnitude 6,1 a frappé le large du Japon, sans faire de victimes. La Norvège financera pour 1,5 "
     "milliard de couronnes de drones d'interception pour l'armée ukrainienne. En Argentine, le peso a encore reculé "
     "face au dollar.", True),
    # ---- aid, German
    ("", "+++ 14:02 Uhr: Die von Schweden zugesagten Archer-Haubitzen sind laut Kiew an der Front eingetroffen +++",
     True),
    ("Krieg in der Ukraine: Das Wichtigste am Mittwoch",
     "Russische Drohnen haben in der Nacht die Hafenstadt Ismajil angegriffen. Die Niederlande kündigten an, der "
     "Ukraine weitere 300 Millionen Euro für Luftverteidigung zu geben. Die Gespräche über einen Gefangenenaustausch "
     "sollen am Freitag in Istanbul fortgesetzt werden.", True),
    ("Taurus für Kiew? Merz bleibt beim Nein", "", True),
    ("Patriot-Systeme für Kiew: Norwegen zahlt mit",
     "OSLO (dpa) - Norwegen beteiligt sich mit 250 Millionen Euro an den Kosten, teilte die Regierung mit.", True),
    ("Kreml: Westliche Waffen für Kiew verlängern nur den Krieg",
     "MOSKAU (dpa) - Der Kreml hat die jüngsten Waffenlieferungen Deutschlands an die Ukraine scharf kritisiert. Die "
     "Leopard-Panzer und Flugabwehrsysteme aus Deutschland würden den Konflikt nur verlängern, sagte Kremlsprecher "
     "Dmitri Peskow.", True),
    ("Erster Lynx aus ukrainischem Werk von Rheinmetall",
     "KIEW (dpa) - In dem gemeinsamen Werk von Rheinmetall und dem ukrainischen Staatskonzern Ukroboronprom ist der "
     "erste in der Ukraine montierte Schützenpanzer Lynx vom Band gelaufen. Die Bundesregierung bezahlt die ersten "
     "Fahrzeuge für die ukrainischen Streitkräfte.", True),
    ("Ukrainischer Hersteller lässt Abfangdrohnen in Deutschland bauen",
     "BERLIN (dpa) - Der ukrainische Drohnenhersteller Frontline will seine Abfangdrohnen künftig in Lizenz in "
     "Deutschland fertigen lassen. Die Geräte sollen an die ukrainische Armee gehen.", True),
    ("Dänemark finanziert ukrainische Marschflugkörper",
     "KOPENHAGEN (dpa) - Dänemark bezahlt die Herstellung von Flamingo-Marschflugkörpern durch den ukrainischen "
     "Hersteller Fire Point. Ein Teil der Produktion soll auf dänischem Boden stattfinden, teilte das "
     "Verteidigungsministerium mit.", True),
    ("Nachrichten kompakt",
     "Der Bundestag hat das Rentenpaket beschlossen. Schweden liefert der Ukraine zwei Aufklärungsflugzeuge vom Typ "
     "ASC 890. In Bayern sind die Herbstferien zu Ende gegangen.", True),
    ("Schweiz bleibt bei Nein zur Weitergabe von Gepard-Munition",
     "BERN (dpa) - Die Schweiz erlaubt Deutschland weiterhin nicht, Schweizer Munition für den Flugabwehrpanzer "
     "Gepard an Kiew weiterzugeben, wie der Bundesrat am Mittwoch bekräftigte.", True),
    # ---- look-alikes, English: a round-up with no aid, Western weapons in combat, others' arms, sanctions, business
    ("Russia-Ukraine war: what we know on day 1,381",
     "Russian missiles struck a thermal power plant near Kharkiv, officials said. Ukraine's air force said it shot "
     "down 52 of 70 drones. Russia and Ukraine swapped 150 prisoners each in an exchange mediated by the United Arab "
     "Emirates. The IAEA said a power line to the Zaporizhzhia plant was cut again.", False),
    ("Ukraine says it hit Russian command post with ATACMS missiles",
     "KYIV (Reuters) - Ukraine's armed forces struck a Russian command post in the occupied Zaporizhzhia region with "
     "U.S.-made ATACMS missiles, killing several officers, the general staff said on Saturday. Russia's defence "
     "ministry said it had shot down five of the missiles.", False),
    ("Russia says it destroyed Leopard tanks and HIMARS launcher in Donetsk",
     "MOSCOW (TASS) - Russian forces destroyed two German-made Leopard tanks and a U.S.-supplied HIMARS launcher near "
     "Kostiantynivka over the past day, the Russian defence ministry said.", False),
    ("German brigade in Lithuania receives first Leopard 2A8 tanks",
     "VILNIUS (Reuters) - The German armoured brigade stationed in Lithuania received its first Leopard 2A8 tanks on "
     "Tuesday, the Bundeswehr said. The brigade is to reach full strength by 2027 to deter Russia on NATO's eastern "
     "flank.", False),
    ("Taiwan receives first Switchblade drones from United States",
     "TAIPEI (Reuters) - Taiwan received its first Switchblade 300 loitering munitions from the United States under a "
     "foreign military financing programme, the island's defence ministry said on Monday. The drones have been used "
     "extensively by Ukraine.", False),
    ("EU adopts 20th sanctions package targeting Russia's drone supply chains",
     "BRUSSELS (Reuters) - The European Union adopted its 20th package of sanctions against Russia on Friday, listing "
     "30 companies in China and Turkey accused of supplying parts for Shahed drones and missiles used against "
     "Ukraine.", False),
    ("Euroclear reports 4 billion euros in profits on immobilised Russian assets",
     "BRUSSELS (Reuters) - Euroclear, the Belgian depository holding most of the Russian central bank assets frozen in "
     "the EU, said its profits on them reached 4 billion euros in the first nine months. The money is passed to the "
     "EU for its loan to Ukraine.", False),
    ("Saab raises outlook as orders for anti-tank weapons jump",
     "STOCKHOLM (Reuters) - Saab raised its full-year sales forecast on Friday after a 40% jump in orders, driven by "
     "European demand for Carl-Gustaf anti-tank weapons and air defence systems since Russia's invasion of Ukraine. "
     "Its shares rose 6%.", False),
    ("Leonardo and KNDS to co-produce Leopard tanks for Italian army",
     "ROME (Reuters) - Italy's Leonardo and Franco-German KNDS signed a deal on Tuesday to co-produce 132 Leopard 2A8 "
     "tanks for the Italian army, with final assembly in La Spezia. Demand for tanks across Europe has risen since "
     "Russia's full-scale invasion of Ukraine.", False),
    ("Zelenskiy says Ukraine will produce 30% more shells next year", "", False),
    # ---- look-alikes, French
    ("", "10h25 : Un F-16 ukrainien a abattu six missiles de croisière russes cette nuit, selon l'armée de l'air "
     "ukrainienne.", False),
    ("Guerre en Ukraine : ce que l'on sait ce mercredi",
     "Une frappe russe sur Zaporijjia a fait cinq morts. Kiev et Moscou ont échangé 200 prisonniers. L'AIEA s'inquiète "
     "de la sûreté de la centrale nucléaire. Les négociations de paix doivent reprendre à Istanbul.", False),
    ("L'armée russe affirme avoir détruit un lance-roquettes Himars",
     "MOSCOU (AFP) - Le ministère russe de la Défense a affirmé samedi avoir détruit un lance-roquettes multiple Himars "
     "de fabrication américaine et deux canons Caesar dans la région de Kharkiv.", False),
    ("L'Allemagne reprend ses exportations d'armes vers Israël",
     "BERLIN (AFP) - Le gouvernement allemand a levé lundi les restrictions sur les exportations d'armes vers Israël "
     "qu'il avait imposées en août, a annoncé le porte-parole du chancelier.", False),
    ("Des chars Leclerc français arrivent en Roumanie",
     "BUCAREST (AFP) - Une douzaine de chars Leclerc sont arrivés en Roumanie pour renforcer le bataillon multinational "
     "de l'Otan dirigé par la France sur le flanc est de l'Alliance. La Roumanie partage une frontière de 600 km avec "
     "l'Ukraine.", False),
    ("Avoirs russes gelés : la Belgique toujours réticente",
     "BRUXELLES (AFP) - La Belgique a de nouveau exprimé lundi ses réserves sur l'utilisation des avoirs russes gelés "
     "chez Euroclear, craignant des représailles juridiques de Moscou. Les Vingt-Sept doivent en discuter au sommet de "
     "décembre.", False),
    ("Sanctions : l'UE vise la flotte fantôme et des fournisseurs de drones",
     "BRUXELLES (AFP) - L'UE a ajouté 120 pétroliers de la flotte fantôme russe à sa liste noire, dans un 20e paquet de "
     "sanctions adopté vendredi, qui vise aussi des fournisseurs chinois de composants de drones.", False),
    ("Thales relève ses objectifs grâce à la défense aérienne",
     "PARIS (AFP) - Thales a relevé mardi ses objectifs annuels, porté par une hausse de 20 % des commandes de radars et "
     "de systèmes de défense aérienne en Europe depuis l'invasion russe de l'Ukraine. Le titre a pris 4 % à la Bourse "
     "de Paris.", False),
    ("L'Ukraine a fabriqué 4 millions de drones cette année, selon Kiev",
     "KIEV (AFP) - L'industrie de défense ukrainienne a fabriqué plus de 4 millions de drones en 2026, a indiqué le "
     "ministre des Industries stratégiques, qui vise le double l'an prochain.", False),
    ("Taïwan reçoit ses premiers chars Abrams", "", False),
    # ---- look-alikes, German
    ("", "+++ 07:45 Uhr: Ukrainische Einheiten haben nach eigenen Angaben mit amerikanischen Abrams-Panzern einen "
     "russischen Vorstoß bei Kupjansk abgewehrt +++", False),
    ("Krieg in der Ukraine: Das Wichtigste am Donnerstag",
     "Bei russischen Angriffen auf Cherson sind zwei Menschen getötet worden. Selenskyj hat den Chef der "
     "Militärverwaltung von Odessa entlassen. Die Internationale Atomenergiebehörde meldet erneut einen Stromausfall im "
     "AKW Saporischschja.", False),
    ("Russland meldet Abschuss von Storm-Shadow-Raketen",
     "MOSKAU (dpa) - Die russische Luftabwehr hat nach Angaben des Verteidigungsministeriums in Moskau vier britische "
     "Marschflugkörper vom Typ Storm Shadow und zwölf ukrainische Drohnen abgeschossen.", False),
    ("Bundeswehr verlegt Patriot-Staffeln nach Polen",
     "BERLIN (dpa) - Die Bundeswehr verlegt zwei Patriot-Staffeln nach Polen, um den Flughafen Rzeszów zu schützen, "
     "über den ein Großteil der westlichen Hilfe für die Ukraine läuft.", False),
    ("Bundesregierung genehmigt Rüstungsexporte nach Israel",
     "BERLIN (dpa) - Die Bundesregierung hat Rüstungsexporte nach Israel im Wert von 250 Millionen Euro genehmigt. Das "
     "geht aus einer Antwort des Wirtschaftsministeriums auf eine Anfrage der Linken hervor.", False),
    ("USA billigen Verkauf von Nasams an Taiwan",
     "WASHINGTON (dpa) - Die US-Regierung hat den Verkauf von drei Nasams-Flugabwehrsystemen an Taiwan für rund zwei "
     "Milliarden Dollar gebilligt. Das System ist auch in der Ukraine im Einsatz.", False),
    ("EU verlängert Sanktionen gegen Russland um sechs Monate",
     "BRÜSSEL (dpa) - Die EU hat ihre Wirtschaftssanktionen gegen Russland um weitere sechs Monate verlängert. Die "
     "eingefrorenen Vermögen der russischen Zentralbank bleiben damit blockiert, teilte der Rat mit.", False),
    ("Hensoldt steigert Umsatz dank Radar-Nachfrage",
     "TAUFKIRCHEN (dpa) - Der Rüstungselektronikkonzern Hensoldt hat seinen Umsatz im dritten Quartal um 15 Prozent "
     "gesteigert. Gefragt seien vor allem Radare für die Luftverteidigung, die auch in der Ukraine im Einsatz sind.",
     False),
    ("Ukraine will eigenes Flugabwehrsystem gegen ballistische Raketen bauen",
     "KIEW (dpa) - Die Ukraine will bis 2027 ein eigenes Flugabwehrsystem zur Abwehr ballistischer Raketen entwickeln. "
     "Das kündigte Präsident Selenskyj an. Die Produktion solle im Land selbst stattfinden.", False),
    ("Litauen kauft Caesar-Haubitzen für die eigene Armee", "", False),
]


@pytest.mark.parametrize(("headline", "lead", "relevant"), WIRE)
def test_wire_items(defaults: RuleSet, headline: str, lead: str, relevant: bool):
    analysis = read(defaults, headline, lead)
    assert analysis.relevant == relevant, defaults.explain(analysis)


# ---------------------------------------------------------------- held out

# Twenty items written after the round's changes and labelled before their first run, 10 aid and 10 look-alikes.
HELD_OUT = [
    ("First Swedish CV90s reach Ukraine",
     "STOCKHOLM (Reuters) - The first ten CV90 infantry fighting vehicles paid for by Sweden have reached Ukraine's "
     "army, the Swedish defence ministry said on Thursday.", True),
    ("Russia says Western F-16s for Kyiv will be 'legitimate targets'",
     "MOSCOW (TASS) - Any F-16 fighter jets that NATO countries hand over to the Kiev regime will be legitimate "
     "targets for Russian forces wherever they are based, Foreign Ministry spokeswoman Maria Zakharova said.", True),
    ("Norway to fund NASAMS for Ukraine from its 2027 budget", "", True),
    ("", "0915 GMT - The Netherlands says the last of its promised Leopard 1 tanks are now at the front.", True),
    ("Sommet sur l'Ukraine à Londres : la défense aérienne au cœur des discussions",
     "LONDRES (AFP) - Les dirigeants d'une vingtaine de pays réunis jeudi à Londres pour un sommet sur l'Ukraine ont "
     "discuté de l'envoi de nouveaux systèmes de défense aérienne avant l'hiver, selon Downing Street.", True),
    ("Thales va assembler des radars en Ukraine",
     "PARIS (AFP) - Thales va assembler en Ukraine des radars de défense aérienne Ground Master avec un partenaire "
     "local, a annoncé mardi le ministère des Armées, qui financera les vingt premiers exemplaires pour l'armée "
     "ukrainienne.", True),
    ("Le point sur la guerre",
     "Des frappes russes ont visé Kharkiv dans la nuit. La Suède va céder à l'Ukraine deux avions de surveillance "
     "aérienne. Les négociations de Genève sont suspendues.", True),
    ("Ukraine-Gipfel in Berlin: Merz stellt mehr Flugabwehr in Aussicht",
     "BERLIN (dpa) - Beim Ukraine-Gipfel in Berlin hat Bundeskanzler Friedrich Merz weitere Flugabwehrsysteme in "
     "Aussicht gestellt. Details nannte er nicht.", True),
    ("Erste in der Ukraine montierte Skynex-Systeme übergeben",
     "KIEW (dpa) - Rheinmetall hat die ersten in der Ukraine montierten Flugabwehrsysteme vom Typ Skynex an die "
     "ukrainischen Streitkräfte übergeben. Bezahlt hat sie die Bundesregierung.", True),
    ("Moskau: Taurus für Kiew wäre Kriegseintritt Deutschlands",
     "MOSKAU (dpa) - Eine Lieferung deutscher Taurus-Marschflugkörper an die Ukraine käme aus Sicht Moskaus einem "
     "Kriegseintritt Deutschlands gleich, sagte Außenminister Sergej Lawrow.", True),
    # look-alikes
    ("Moldova gets air surveillance radars financed by EU",
     "CHISINAU (Reuters) - Moldova, which borders Ukraine, received two air surveillance radars financed by the "
     "European Union, its defence ministry said on Monday.", False),
    ("EU prepares 21st sanctions package, eyes Russian LNG",
     "BRUSSELS (Reuters) - The European Commission will propose a 21st package of sanctions against Russia next week, "
     "targeting LNG imports and firms supplying drone engines to Russia's military, diplomats said.", False),
    ("Ukrainian F-16 downs Russian cruise missiles near Kyiv, air force says",
     "KYIV (Reuters) - A Ukrainian F-16 pilot shot down four Russian cruise missiles over the Kyiv region overnight, "
     "the air force said, praising the jets Western allies supplied last year.", False),
    ("Polish army receives first K2 tanks assembled at home",
     "WARSAW (Reuters) - The Polish army took delivery of the first K2PL tanks assembled at the Bumar-Labedy plant in "
     "Gliwice, the defence ministry said, part of a build-up since Russia's invasion of Ukraine.", False),
    ("Des Patriot allemands déployés en Pologne près de la frontière ukrainienne",
     "VARSOVIE (AFP) - L'Allemagne a déployé deux batteries Patriot dans l'est de la Pologne, près de la frontière "
     "ukrainienne, pour protéger le ciel de l'Otan, a annoncé mardi Berlin.", False),
    ("Avoirs russes gelés : Euroclear a reversé 1,6 milliard à l'UE",
     "BRUXELLES (AFP) - Euroclear a reversé à l'Union européenne 1,6 milliard d'euros de revenus tirés des avoirs "
     "russes gelés, a indiqué la société belge.", False),
    ("Guerre en Ukraine : ce que l'on sait ce jeudi",
     "Des drones russes ont atteint Lviv dans la nuit. Kiev affirme avoir repris un village près de Koupiansk. "
     "L'Ukraine et la Russie ont échangé 84 prisonniers.", False),
    ("Estland erhält erste Iris-T-Systeme aus Deutschland",
     "TALLINN (dpa) - Estland hat die ersten Flugabwehrsysteme vom Typ Iris-T SLM aus Deutschland erhalten. Das "
     "baltische Land grenzt an Russland.", False),
    ("Ukrainische Armee setzt Leopard-Panzer bei Gegenangriff ein",
     "KIEW (dpa) - Ukrainische Truppen haben bei einem Gegenangriff nahe Pokrowsk nach eigenen Angaben auch "
     "Leopard-2-Panzer eingesetzt. Russland meldete die Zerstörung von zwei Panzern.", False),
    ("Ukraine steigert Produktion von Langstreckendrohnen", "", False),
]


@pytest.mark.parametrize(("headline", "lead", "relevant"), HELD_OUT)
def test_texts_written_after_the_changes(defaults: RuleSet, headline: str, lead: str, relevant: bool):
    analysis = read(defaults, headline, lead)
    assert analysis.relevant == relevant, defaults.explain(analysis)


# ---------------------------------------------------------------- probes of the round's changes

# Written after the held-out batch and labelled before their first run, aimed at the edges of the changes: drones
# reaching Ukraine's capital, Russia's tanks at the front, sanctions beside a giving, Ukraine as a neighbour beside a
# giving and alone, a peace summit, another contact group, assembling for one's own army, "zu geben" asked by another
# country and given to Ukraine.
PROBES = [
    ("Drones reach Kyiv overnight, most shot down",
     "KYIV (Reuters) - Dozens of drones reached Ukraine's capital overnight, the city's military administration said "
     "on Tuesday, adding that air defence units shot most of them down.", False),
    ("Russia says new T-90M tanks already at the front",
     "MOSCOW (Reuters) - Russia's defence ministry said on Monday that the first T-90M tanks of a new batch are "
     "already at the front in Ukraine's Donetsk region.", False),
    ("EU adopts new sanctions, agrees to deliver 2 million more shells to Ukraine",
     "BRUSSELS (Reuters) - EU foreign ministers adopted a 20th package of sanctions against Russia on Monday and agreed "
     "to deliver 2 million more artillery shells to Ukraine this year.", True),
    ("Slovakia, Ukraine's neighbour, to send MiG-29 spare parts to Kyiv",
     "BRATISLAVA (Reuters) - Slovakia, which borders Ukraine, will send spare parts for MiG-29 fighter jets to Kyiv, "
     "the defence ministry said on Wednesday.", True),
    ("Hungary, which borders Ukraine, buys more Leopard 2A7 tanks",
     "BUDAPEST (Reuters) - Hungary, which borders Ukraine, will buy 20 more Leopard 2A7 tanks for its army, the "
     "defence ministry said on Thursday.", False),
    ("Peace summit on Ukraine ends without Russia",
     "BURGENSTOCK (Reuters) - A peace summit on Ukraine ended on Sunday with a call for the return of deported "
     "children and the safety of nuclear plants, after Russian missile strikes on the power grid.", False),
    ("Gaza contact group ministers meet in Cairo",
     "CAIRO (Reuters) - Foreign ministers of the Arab-Islamic contact group on Gaza met in Cairo on Sunday and called "
     "for an arms embargo on Israel.", False),
    ("La Roumanie va assembler des chars Abrams pour son armée",
     "BUCAREST (AFP) - La Roumanie va assembler sur son sol 54 chars Abrams destinés à ses propres forces, a annoncé le "
     "ministère de la Défense, en invoquant la guerre dans l'Ukraine voisine.", False),
    ("Taiwan bittet USA um mehr Patriot-Raketen",
     "TAIPEH (dpa) - Taiwan hat die USA gebeten, der Insel mehr Patriot-Raketen zu geben. Die Lieferungen hätten sich "
     "wegen der Ukraine-Hilfe verzögert.", False),
    ("Niederlande geben Kiew Ersatzteile für F-16",
     "DEN HAAG (dpa) - Die Niederlande haben angekündigt, der Ukraine Ersatzteile für ihre F-16-Kampfjets im Wert von "
     "50 Millionen Euro zu geben.", True),
]


@pytest.mark.parametrize(("headline", "lead", "relevant"), PROBES)
def test_probes_of_the_rounds_changes(defaults: RuleSet, headline: str, lead: str, relevant: bool):
    analysis = read(defaults, headline, lead)
    assert analysis.relevant == relevant, defaults.explain(analysis)


# ---------------------------------------------------------------- the readings of the round's changes

ENGLISH_WEAPON_RULE = "aid (en): a weapon close to a support word"
GERMAN_WEAPON_RULE = "aid (de): a weapon close to a support word"
PRODUCTION_FOR_UKRAINE = "Weapons produced in or for Ukraine or its army"
A_DONORS_WEAPONS_AT_THE_FRONT = "Weapons told arrived at the front"
A_SYSTEM_AT_THE_FRONT = "The second of the rules above: a named system at the front"
SUMMIT_ON_UKRAINE = "A summit or a conference held on Ukraine"
CONTACT_GROUPS_MINISTERS = "The contact group named by its defence ministers"
SANCTIONS_TRAP = "News of sanctions on Russia"
NEIGHBOUR_TRAP = "Ukraine named only as a neighbour or by its border"


@pytest.mark.parametrize(("lead", "arrival"), [
    ("LONDON (Reuters) - The first Abrams tanks have reached Ukraine.", True),
    ("LONDON (Reuters) - The shells are now reaching Ukrainian troops within weeks.", True),
    # a place in Ukraine reached is an attack's path
    ("KYIV (Reuters) - Dozens of drones reached Ukraine's capital overnight.", False),
    ("KYIV (Reuters) - Glide bombs and missiles reached Ukrainian positions near Pokrovsk.", False),
])
def test_reaching_ukraine_or_its_forces_is_an_arrival(defaults: RuleSet, lead: str, arrival: bool):
    analysis = defaults.analyze(lead)
    assert fired(analysis, ENGLISH_WEAPON_RULE) == arrival, defaults.explain(analysis)


@pytest.mark.parametrize(("lead", "giving"), [
    ("BERLIN (dpa) - Die Niederlande kündigten an, der Ukraine weitere Panzer zu geben.", True),
    ("BERLIN (dpa) - In der Ukraine gibt es nicht genug Panzer, sagte ein Offizier.", False),
])
def test_german_zu_geben_is_a_giving(defaults: RuleSet, lead: str, giving: bool):
    analysis = defaults.analyze(lead)
    assert fired(analysis, GERMAN_WEAPON_RULE) == giving, defaults.explain(analysis)


@pytest.mark.parametrize(("lead", "production"), [
    ("KIEW (dpa) - Der erste in der Ukraine montierte Schützenpanzer ist vom Band gelaufen.", True),
    ("PARIS (AFP) - Thales va assembler des radars en Ukraine.", True),
    # a parliament's assembly makes nothing
    ("NEW YORK (Reuters) - The UN General Assembly debated weapons for Ukraine.", False),
    ("PARIS (AFP) - L'Assemblée nationale a débattu des armes pour l'Ukraine.", False),
])
def test_assembling_weapons_is_production(defaults: RuleSet, lead: str, production: bool):
    analysis = defaults.analyze(lead)
    assert fired(analysis, PRODUCTION_FOR_UKRAINE) == production, defaults.explain(analysis)


@pytest.mark.parametrize(("lead", "donors", "system"), [
    ("0915 GMT - The Netherlands says its promised Leopard 1 tanks are now at the front.", True, True),
    ("+++ 14:02 Uhr: Die Archer-Haubitzen aus Schweden sind bereits an der Front +++", True, True),
    # Russia's weapons, and a front line of rhetoric
    ("MOSCOW (Reuters) - Russia says its new T-90M tanks are already at the front.", False, False),
    ("WARSAW (Reuters) - Poland is now at the front line of NATO's defence, Tusk said.", False, False),
])
def test_weapons_told_arrived_at_the_front(defaults: RuleSet, lead: str, donors: bool, system: bool):
    analysis = defaults.analyze(lead)
    assert fired(analysis, A_DONORS_WEAPONS_AT_THE_FRONT) == donors, defaults.explain(analysis)
    assert fired(analysis, A_SYSTEM_AT_THE_FRONT) == system, defaults.explain(analysis)


@pytest.mark.parametrize(("lead", "summit"), [
    ("The Paris summit on Ukraine is over.", True),
    ("BERLIN (dpa) - Der Ukraine-Gipfel in Berlin hat begonnen.", True),
    ("LONDRES (AFP) - Les dirigeants sont réunis pour un sommet sur l'Ukraine.", True),
    # peace and reconstruction
    ("BURGENSTOCK (Reuters) - A peace summit on Ukraine opened in Switzerland.", False),
    ("ROME (Reuters) - A conference on Ukraine's reconstruction opened in Rome.", False),
])
def test_a_summit_held_on_ukraine(defaults: RuleSet, lead: str, summit: bool):
    analysis = defaults.analyze(lead)
    assert fired(analysis, SUMMIT_ON_UKRAINE) == summit, defaults.explain(analysis)


@pytest.mark.parametrize(("lead", "group"), [
    ("Contact group defence ministers met by video link.", True),
    ("Les ministres de la Défense du groupe de contact se sont réunis mardi.", True),
    ("CAIRO (Reuters) - Foreign ministers of the contact group on Gaza met in Cairo.", False),
])
def test_the_contact_group_named_by_its_defence_ministers(defaults: RuleSet, lead: str, group: bool):
    analysis = defaults.analyze(lead)
    assert fired(analysis, CONTACT_GROUPS_MINISTERS) == group, defaults.explain(analysis)


@pytest.mark.parametrize(("lead", "trapped"), [
    ("BRUSSELS (Reuters) - The EU adopted its 20th package of sanctions against Russia, listing drone parts makers.",
     True),
    ("BRÜSSEL (dpa) - Die EU hat ihre Sanktionen gegen Russland verlängert.", True),
    # a giving told beside the sanctions
    ("BRUSSELS (Reuters) - The EU adopted new sanctions against Russia and will deliver more shells to Ukraine.", False),
])
def test_news_of_sanctions_on_russia(defaults: RuleSet, lead: str, trapped: bool):
    analysis = defaults.analyze(lead)
    assert fired(analysis, SANCTIONS_TRAP) == trapped, defaults.explain(analysis)


@pytest.mark.parametrize(("lead", "trapped"), [
    ("BUCAREST (AFP) - Des chars Leclerc sont arrivés en Roumanie, qui partage une frontière de 600 km avec l'Ukraine.",
     True),
    ("CHISINAU (Reuters) - Moldova, which borders Ukraine, received two radars.", True),
    ("BUCAREST (AFP) - La Roumanie assemblera des chars pour son armée, face à la guerre dans l'Ukraine voisine.", True),
    # Ukraine named otherwise too, and a border crossed
    ("BRATISLAVA (Reuters) - Slovakia, which borders Ukraine, will send MiG-29 spare parts to Kyiv.", False),
    ("WARSAW (Reuters) - Poland will send more tanks across the border into Ukraine.", False),
])
def test_ukraine_named_only_as_a_neighbour(defaults: RuleSet, lead: str, trapped: bool):
    analysis = defaults.analyze(lead)
    assert fired(analysis, NEIGHBOUR_TRAP) == trapped, defaults.explain(analysis)
