"""Relevance on wire copy, a twelfth round (session of 2026-12-04, night).

Every text here was written for this file in the style of Reuters, AFP and dpa copy, labelled by hand before the
rules were run on it, and never taken from the real-article set. The round aims at what earlier rounds covered least.
WIRE, 60 short items (20 per language, 30 aid and 30 look-alikes). Aid: air defence and drone coalitions, loans and
profits of frozen Russian assets spent on weapons, training missions, repair and maintenance hubs, demining machines
for the army, Nordic, Baltic and Asian-Pacific donors (Iceland, Norway, Sweden, Estonia, Japan, South Korea,
Australia), shells bought outside Europe by the Czech initiative, Patriots bought in the United States for Kyiv,
parliamentary votes, deliveries paused, blocked and resumed. Look-alikes: sanctions with no aid, energy money and relief
goods, farmland demining, aid to Israel and arms sales to Taiwan naming Ukraine in passing, North Korean and Iranian
arms for Russia, NATO members' own budgets and purchases, arms fairs, sport and a film in war words, defence stocks,
frozen assets for reconstruction. On main's rules its first run missed none and raised 1 of 30 (P 0.97, R 1.00): "Senate
approves Israel arms package, Ukraine vote put off", whose recipient stands before the package where the trap of aid
"for Israel" does not look. Now an arms package or aid bill named after Israel or Taiwan ("Israel arms package",
"Taiwan aid bill", "Israel-Paket") is a trap of its own (-1), unless Ukraine is named with them (a joint package).

Written after that change, 21 more texts (HELD_OUT): on their first run none raised and 1 of 11 aid missed (P 1.00,
R 0.91): a German loan for Ukraine backed by frozen Russian assets, "Zwei Drittel sollen in Waffen und Munition
fließen": the loan and the weapons stand in two sentences and no money word is near the weapons. A loan for Ukraine
now counts like an amount of aid for it, and the money's flow told with the weapons ("fließen", "will go to", "servira
à") like a money word, in that rule and in the rule of frozen Russian assets (two signals). It also showed that English
"reparations" folds to French "réparations" (repairs): the repair rule gave its 2 to "the EU reparations loan on
drones" (round's item at 4, now 2 from the loan and the assets); the English phrases of reparations are no repair.
PROBES of the loan's flow, written next: 4 of 4 on their first run. SECOND_PROBES, 16 items written after them (demining
and air defence coalitions, servicing abroad, Gripen training, a budget vote, a halt of deliveries; Japan's licensed
Patriots, a Korean howitzer sale, sanctions, energy money, replacements, suppliers of Russia, a share price, a fencer's
"weapon"): 1 of 8 look-alikes raised on the first run (P 0.89, R 1.00), Japan's Patriots "helping Washington refill
stocks depleted by its aid to Ukraine"; the replacement trap now reads refilling and backfilling too.

After the changes none here is missed or raised. Of the 1,435 texts of tests/data and the real set no score moves. The
real-article set's figures do not move: relevance P/R 0.99/0.99, pledges 196/193/179, stories pairP 1.00 pairR 0.86
(24/0/4), hidden 0/72 in both date modes. 94 rules (93 before); the costliest is still the deliberation rule at 14.5
of 15; the repair rule went from 11.5 to 12.2, the rule of an amount or a loan whose money goes into weapons from 7.5
to 8.9, that of frozen assets from 6.9 to 7.6; the new trap costs 2.2.
"""

from __future__ import annotations

import pytest

from bot.core.rules.language import RuleSet
from tests.support.wire_reading import analyze, assert_relevance, fired, read

# Sixty short wire items, half aid and half look-alikes, labelled before their first run.
WIRE = [
    # ---- aid, English
    ("Air defence coalition to rush interceptors to Ukraine before winter",
     "BRUSSELS (Reuters) - The air defence capability coalition led by Germany and France agreed on Thursday to "
     "deliver several hundred more interceptor missiles to Ukraine before the winter, officials said.", True),
    ("Ukraine to spend first tranche of EU reparations loan on drones",
     "KYIV (Reuters) - Ukraine will spend most of the first 10 billion euro tranche of the EU loan backed by "
     "immobilised Russian assets on drones and air defence missiles, the prime minister said on Monday.", True),
    ("Britain extends training of Ukrainian recruits into 2027",
     "LONDON (Reuters) - Britain will keep training Ukrainian recruits on British soil until the end of 2027, "
     "the Ministry of Defence said, after more than 50,000 passed through the programme.", True),
    ("Slovakia opens repair hub for Ukraine's Western howitzers",
     "BRATISLAVA (Reuters) - A Slovak state-owned firm has opened a workshop to repair self-propelled howitzers "
     "returned from the Ukrainian front, the Slovak defence ministry said on Wednesday.", True),
    ("Latvia-led coalition to send demining machines to Ukrainian army",
     "RIGA (Reuters) - The demining coalition led by Latvia and Lithuania will deliver 50 remote-controlled "
     "mine-clearing machines to the Ukrainian armed forces this year, Latvia's defence ministry said.", True),
    ("Iceland to pay for shells for Ukraine through Czech initiative",
     "REYKJAVIK (Reuters) - Iceland will contribute 3 million euros to the Czech-led initiative that buys "
     "artillery ammunition outside Europe for Ukraine, the foreign ministry said.", True),
    ("Japan pays into NATO fund for Ukraine's counter-drone systems",
     "TOKYO (Reuters) - Japan will pay 30 million dollars into a NATO trust fund that buys counter-drone "
     "equipment for the Ukrainian army, the Japanese foreign ministry said on Tuesday.", True),
    ("Australia's Abrams tanks arrive in Ukraine",
     "CANBERRA (Reuters) - The first of the 49 Abrams tanks Australia pledged to Kyiv last year have arrived in "
     "Ukraine, Australia's defence minister said on Friday.", True),
    ("U.S. House passes bill with $20 billion for Ukraine weapons",
     "WASHINGTON (Reuters) - The U.S. House of Representatives on Saturday passed a bill providing 20 billion "
     "dollars for weapons for Ukraine, sending it to the Senate.", True),
    ("Pentagon pauses some arms shipments to Ukraine over stockpiles",
     "WASHINGTON (Reuters) - The Pentagon has paused shipments of some air defence interceptors and precision "
     "munitions to Ukraine after a review of U.S. stockpiles, officials said on Tuesday.", True),
    # ---- aid, French
    ("La coalition des drones livrera 20 000 appareils à Kiev",
     "RIGA (AFP) - La coalition des drones, menée par la Lettonie et le Royaume-Uni, livrera 20 000 drones "
     "supplémentaires à l'Ukraine d'ici à la fin de l'année, a annoncé mercredi Riga.", True),
    ("Le prêt adossé aux avoirs russes gelés financera des munitions",
     "BRUXELLES (AFP) - Une grande partie du prêt européen adossé aux avoirs russes gelés servira à acheter des "
     "munitions et des systèmes de défense aérienne pour Kiev, selon la Commission.", True),
    ("Des instructeurs français formeront des soldats ukrainiens en Pologne",
     "PARIS (AFP) - Des instructeurs de l'armée française formeront à partir de janvier une brigade ukrainienne "
     "sur un terrain militaire en Pologne, a indiqué l'état-major.", True),
    ("Un centre de maintenance des chars Leopard pour l'Ukraine ouvre en Lituanie",
     "VILNIUS (AFP) - Un centre de réparation des chars Leopard endommagés sur le front ukrainien a ouvert "
     "mardi en Lituanie, financé par l'Allemagne, a annoncé le ministère lituanien de la Défense.", True),
    ("L'Estonie consacrera 0,25 % de son PIB à l'aide militaire à Kiev",
     "TALLINN (AFP) - L'Estonie continuera de consacrer 0,25 % de son PIB à l'aide militaire à l'Ukraine "
     "jusqu'en 2028, a annoncé le gouvernement estonien.", True),
    ("Séoul envisage de livrer des armes à l'Ukraine",
     "SÉOUL (AFP) - La Corée du Sud envisage désormais de livrer des armes à l'Ukraine, a indiqué mardi la "
     "présidence, après l'envoi de soldats nord-coréens en Russie.", True),
    ("L'initiative tchèque a acheté 500 000 obus hors d'Europe",
     "PRAGUE (AFP) - L'initiative tchèque a acheté depuis janvier 500 000 obus d'artillerie auprès de pays tiers "
     "pour les forces ukrainiennes, a déclaré le Premier ministre tchèque.", True),
    ("L'Assemblée approuve l'accord de sécurité avec l'Ukraine",
     "PARIS (AFP) - L'Assemblée nationale a approuvé mardi l'accord de sécurité franco-ukrainien, qui prévoit "
     "jusqu'à 3 milliards d'euros d'aide militaire à Kiev cette année.", True),
    ("Washington reprend ses livraisons d'armes à Kiev",
     "WASHINGTON (AFP) - Les États-Unis ont repris les livraisons d'armes à l'Ukraine, suspendues depuis une "
     "semaine, a annoncé jeudi la Maison Blanche.", True),
    ("La Suède cède deux avions de surveillance à Kiev",
     "STOCKHOLM (AFP) - La Suède cédera à l'Ukraine deux avions de surveillance ASC 890, a annoncé mercredi "
     "le ministre suédois de la Défense.", True),
    # ---- aid, German
    ("Drohnenkoalition liefert der Ukraine 30.000 Drohnen",
     "RIGA (dpa) - Die von Lettland geführte Drohnenkoalition hat der Ukraine in diesem Jahr 30.000 Drohnen "
     "geliefert, teilte das lettische Verteidigungsministerium mit.", True),
    ("Zinsen aus russischem Vermögen finanzieren Waffen für Kiew",
     "BRÜSSEL (dpa) - Die EU hat eine weitere Tranche aus den Zinserträgen eingefrorener russischer "
     "Vermögenswerte freigegeben. Der Großteil fließt in Waffen und Munition für die Ukraine.", True),
    ("Bundeswehr hat 20.000 ukrainische Soldaten ausgebildet",
     "BERLIN (dpa) - Die Bundeswehr hat seit Beginn des Krieges mehr als 20.000 ukrainische Soldaten in "
     "Deutschland ausgebildet, teilte das Verteidigungsministerium mit.", True),
    ("Rheinmetall setzt ukrainische Schützenpanzer in Rumänien instand",
     "DÜSSELDORF (dpa) - In einem Wartungszentrum in Rumänien setzt Rheinmetall künftig Schützenpanzer der "
     "ukrainischen Armee instand, teilte der Konzern mit.", True),
    ("Deutschland liefert Minenräumpanzer an die Ukraine",
     "BERLIN (dpa) - Deutschland hat der Ukraine zehn weitere Minenräumpanzer vom Typ Wisent übergeben, teilte "
     "das Verteidigungsministerium mit.", True),
    ("Australien schickt der Ukraine weitere Bushmaster",
     "CANBERRA (dpa) - Australien schickt der Ukraine 30 weitere gepanzerte Fahrzeuge vom Typ Bushmaster, "
     "kündigte Premierminister Anthony Albanese an.", True),
    ("Deutschland kauft Patriot-Systeme in den USA für die Ukraine",
     "BERLIN (dpa) - Die Bundesregierung will zwei Patriot-Systeme in den USA kaufen und an die Ukraine "
     "weitergeben, teilte Verteidigungsminister Boris Pistorius mit.", True),
    ("Haushaltsausschuss gibt drei Milliarden für Ukraine-Waffen frei",
     "BERLIN (dpa) - Der Haushaltsausschuss des Bundestags hat zusätzliche drei Milliarden Euro für "
     "Militärhilfe an die Ukraine freigegeben.", True),
    ("Ungarn blockiert EU-Gelder für Waffen an die Ukraine",
     "BRÜSSEL (dpa) - Ungarn blockiert weiter die Auszahlung von 6,6 Milliarden Euro aus der Europäischen "
     "Friedensfazilität, mit denen Waffenlieferungen an die Ukraine erstattet werden sollen.", True),
    ("Norwegen finanziert Flugabwehr für die Ukraine",
     "OSLO (dpa) - Norwegen stellt der Ukraine weitere 500 Millionen Euro für Luftverteidigung bereit, teilte "
     "die Regierung in Oslo mit.", True),
    # ---- look-alikes, English
    ("EU adopts 21st sanctions package aimed at Russian drones",
     "BRUSSELS (Reuters) - The European Union adopted its 21st package of sanctions on Friday, adding Chinese "
     "suppliers of drone engines to Russia and 100 more tankers to its blacklist.", False),
    ("Japan gives Ukraine $100 million to repair power grid",
     "TOKYO (Reuters) - Japan will give Ukraine 100 million dollars to repair power plants and substations "
     "damaged by Russian missile and drone strikes, the foreign ministry said.", False),
    ("South Korea to fund clearing of Ukrainian farmland",
     "SEOUL (Reuters) - South Korea will donate 20 demining machines to clear farmland in Ukraine's Kharkiv "
     "region so that farmers can sow again, the foreign ministry said.", False),
    ("Senate approves Israel arms package, Ukraine vote put off",
     "WASHINGTON (Reuters) - The U.S. Senate approved a 14 billion dollar military aid package for Israel on "
     "Tuesday, including interceptors for its Iron Dome, while a vote on Ukraine was put off.", False),
    ("North Korea shipped more artillery shells to Russia, Seoul says",
     "SEOUL (Reuters) - North Korea has sent several million more artillery shells and short-range missiles to "
     "Russia since the summer, South Korea's spy agency said on Thursday.", False),
    ("Norway raises defence budget to record, buys more air defence",
     "OSLO (Reuters) - Norway will raise its defence budget to a record next year and buy more NASAMS air "
     "defence systems for its own armed forces, citing the war in Ukraine.", False),
    ("Drone makers crowd Paris arms fair as war reshapes market",
     "PARIS (Reuters) - Hundreds of drone makers are exhibiting at the Eurosatory arms fair outside Paris this "
     "week, many pitching systems tested on the battlefields of Ukraine.", False),
    ("Shakhtar's striker fires missile to sink rivals",
     "KYIV (Reuters) - Shakhtar Donetsk's striker fired a late missile into the top corner to beat Dynamo Kyiv "
     "1-0 in the Ukrainian Premier League on Sunday.", False),
    ("European defence stocks slide as Ukraine peace talks advance",
     "LONDON (Reuters) - Shares in Rheinmetall, Leonardo and Saab fell sharply on Monday as investors bet that "
     "peace talks on Ukraine would cut demand for weapons and ammunition.", False),
    ("NATO starts largest air defence drill in Baltic region",
     "VILNIUS (Reuters) - NATO began its largest air defence exercise in the Baltic region on Monday, with "
     "Patriot and NASAMS units from ten allies, amid tensions over Russia's war in Ukraine.", False),
    # ---- look-alikes, French
    ("Londres sanctionne des fournisseurs de composants de missiles russes",
     "LONDRES (AFP) - Le Royaume-Uni a sanctionné jeudi une trentaine d'entreprises accusées de fournir à la "
     "Russie des composants pour ses missiles et ses drones utilisés contre l'Ukraine.", False),
    ("La Norvège finance des transformateurs pour le réseau ukrainien",
     "OSLO (AFP) - La Norvège versera 150 millions d'euros pour livrer des transformateurs et des générateurs "
     "au réseau électrique ukrainien, frappé par les drones russes.", False),
    ("Washington approuve une vente de missiles à Taïwan",
     "WASHINGTON (AFP) - Les États-Unis ont approuvé la vente de missiles antiaériens à Taïwan, pour 2 "
     "milliards de dollars, alors que la guerre en Ukraine a vidé une partie des stocks américains.", False),
    ("L'Iran a livré des missiles balistiques à la Russie, selon Washington",
     "WASHINGTON (AFP) - L'Iran a livré des missiles balistiques de courte portée à la Russie, qui pourrait les "
     "utiliser en Ukraine d'ici quelques semaines, a affirmé le département d'État.", False),
    ("La Pologne porte ses dépenses militaires à 4,7 % du PIB",
     "VARSOVIE (AFP) - La Pologne consacrera l'an prochain 4,7 % de son PIB à la défense, achetant chars et "
     "obusiers sud-coréens pour son armée, face à la menace russe.", False),
    ("Au salon Eurosatory, les drones volent la vedette",
     "VILLEPINTE (AFP) - Drones de toutes tailles, robots terrestres et munitions rôdeuses dominent les allées "
     "du salon Eurosatory, où les industriels vantent des systèmes inspirés de la guerre en Ukraine.", False),
    ("« Le dernier obus », film ukrainien, primé à Berlin",
     "BERLIN (AFP) - « Le dernier obus », film d'une réalisatrice ukrainienne sur des artilleurs dans le "
     "Donbass, a reçu samedi le prix du jury à la Berlinale.", False),
    ("Thales et Dassault reculent en Bourse après l'annonce d'un cessez-le-feu",
     "PARIS (AFP) - Les valeurs de la défense ont reculé mardi à la Bourse de Paris, Thales perdant 6 % et "
     "Dassault Aviation 4 %, après l'annonce d'un cessez-le-feu en Ukraine.", False),
    ("Le Japon étend ses sanctions contre Moscou",
     "TOKYO (AFP) - Le Japon a ajouté vendredi 40 entités à sa liste de sanctions contre la Russie, dont des "
     "fournisseurs de pièces de drones, a annoncé le gouvernement japonais.", False),
    ("Les avoirs russes gelés financeront la reconstruction de Kharkiv",
     "BRUXELLES (AFP) - Une partie des revenus des avoirs russes gelés financera la reconstruction d'écoles et "
     "d'hôpitaux à Kharkiv, a annoncé la Commission européenne.", False),
    # ---- look-alikes, German
    ("USA verhängen Sanktionen gegen russische Raketenbauer",
     "WASHINGTON (dpa) - Die USA haben neue Sanktionen gegen russische Rüstungsfirmen verhängt, die Raketen "
     "für den Krieg gegen die Ukraine bauen, teilte das Finanzministerium mit.", False),
    ("Deutschland schickt Generatoren und Medikamente in die Ukraine",
     "BERLIN (dpa) - Deutschland schickt weitere 200 Generatoren, Decken und Medikamente in die Ukraine, teilte "
     "das Technische Hilfswerk mit. Die Lieferung soll vor dem Winter eintreffen.", False),
    ("USA liefern Taiwan HIMARS früher als geplant",
     "TAIPEH (dpa) - Die USA werden Taiwan die bestellten HIMARS-Raketenwerfer früher liefern als geplant. "
     "Die Lieferung hatte sich wegen der Ukraine-Hilfe verzögert.", False),
    ("Nordkorea schickt weitere Raketen nach Russland",
     "SEOUL (dpa) - Nordkorea hat nach Erkenntnissen Südkoreas weitere ballistische Raketen und Granaten nach "
     "Russland geschickt, die gegen die Ukraine eingesetzt werden.", False),
    ("Litauen kauft Leopard-Panzer für eigene Brigade",
     "VILNIUS (dpa) - Litauen kauft 44 Leopard-2-Kampfpanzer für die eigene Armee, teilte das "
     "Verteidigungsministerium mit. Hintergrund sei der Krieg in der Ukraine.", False),
    ("Rüstungsmesse in Kielce: Polnische Firmen zeigen Drohnen",
     "KIELCE (dpa) - Auf der Rüstungsmesse in Kielce zeigen polnische Hersteller neue Drohnen und "
     "Panzerhaubitzen. Viele Aussteller verweisen auf Erfahrungen aus dem Krieg in der Ukraine.", False),
    ("Ukraine gewinnt mit Abwehr wie ein Panzer",
     "KIEW (dpa) - Mit einer Abwehr wie ein Panzer hat die ukrainische Fußball-Nationalmannschaft Schweden 1:0 "
     "geschlagen. Der Stürmer feuerte eine Rakete ins Netz.", False),
    ("Renk-Aktie springt nach Großauftrag",
     "AUGSBURG (dpa) - Die Aktie des Getriebeherstellers Renk ist nach einem Großauftrag für Panzergetriebe um "
     "acht Prozent gestiegen. Anleger setzen auf steigende Rüstungsausgaben.", False),
    ("Schweden erhöht Verteidigungsetat und kauft Flugabwehr",
     "STOCKHOLM (dpa) - Schweden erhöht seinen Verteidigungsetat um 15 Prozent und kauft weitere "
     "Flugabwehrsysteme für die eigenen Streitkräfte, teilte die Regierung mit.", False),
    ("EU friert weitere russische Vermögen ein",
     "BRÜSSEL (dpa) - Die EU hat weitere russische Vermögenswerte eingefroren und Sanktionen gegen 20 "
     "Personen aus dem Umfeld des Kremls verhängt, teilte der Rat mit.", False),
]


@pytest.mark.parametrize(("headline", "lead", "relevant"), WIRE)
def test_wire_items_of_the_twelfth_round(defaults: RuleSet, headline: str, lead: str, relevant: bool):
    assert_relevance(defaults, read(defaults, headline, lead), relevant)


# ---------------------------------------------------------------- held out

# Written after this round's change and labelled before their first run.
HELD_OUT = [
    ("Sweden, Finland join Baltic air defence purchase for Ukraine",
     "STOCKHOLM (Reuters) - Sweden and Finland will jointly buy IRIS-T air defence systems for Ukraine together "
     "with Estonia, Latvia and Lithuania, the Swedish government said on Monday.", True),
    ("South Korea lets U.S. send on its shells to Ukraine",
     "SEOUL (Reuters) - South Korea said on Wednesday it would allow 155mm artillery shells it sold to the "
     "United States to be sent on to Ukraine, a shift in its policy of not arming Kyiv.", True),
    ("Dutch lawmakers back 3.5 billion euros for Ukraine's military",
     "THE HAGUE (Reuters) - The Dutch lower house voted on Thursday to set aside 3.5 billion euros next year "
     "for military support to Ukraine, much of it for drones and ammunition.", True),
    ("Lithuania hands Ukraine armoured mine-clearing vehicles",
     "VILNIUS (Reuters) - Lithuania has handed over a batch of armoured mine-clearing vehicles to Ukraine's "
     "engineering troops, the Lithuanian army said on Friday.", True),
    ("Le Japon livrera des camions militaires à l'armée ukrainienne",
     "TOKYO (AFP) - Le Japon va livrer une centaine de camions militaires et de véhicules tout-terrain aux "
     "forces ukrainiennes, a annoncé vendredi le gouvernement japonais.", True),
    ("Le Parlement slovaque refuse l'envoi de munitions à Kiev",
     "BRATISLAVA (AFP) - Les députés slovaques ont rejeté mardi une motion autorisant l'envoi de munitions "
     "d'artillerie à l'Ukraine, un revers pour le gouvernement.", True),
    ("Des instructeurs australiens forment des recrues ukrainiennes",
     "LONDRES (AFP) - Une centaine d'instructeurs australiens participent à la formation de recrues ukrainiennes "
     "au Royaume-Uni, a indiqué mardi le ministère australien de la Défense.", True),
    ("Kanada beteiligt sich an tschechischer Munitionsinitiative",
     "OTTAWA (dpa) - Kanada zahlt 50 Millionen Euro in die tschechische Initiative ein, die Artilleriegranaten "
     "außerhalb Europas für die Ukraine kauft, teilte die Regierung mit.", True),
    ("Wartungszentrum für ukrainische F-16 in Rumänien",
     "BUKAREST (dpa) - In Rumänien entsteht ein Wartungszentrum für die F-16-Kampfjets der ukrainischen "
     "Luftwaffe. Die Niederlande finanzieren den Bau, teilte das Verteidigungsministerium in Den Haag mit.", True),
    ("Südkorea prüft Waffenlieferungen an die Ukraine",
     "SEOUL (dpa) - Südkorea prüft erstmals direkte Waffenlieferungen an die Ukraine, sagte ein Sprecher des "
     "Präsidialamts am Dienstag.", True),
    ("Europaparlament stimmt Kredit aus russischem Vermögen zu",
     "STRASSBURG (dpa) - Das Europaparlament hat dem Kredit für die Ukraine zugestimmt, der mit eingefrorenem "
     "russischem Vermögen abgesichert ist. Zwei Drittel sollen in Waffen und Munition fließen.", True),
    ("G7 to use frozen Russian assets for Ukraine's budget",
     "OTTAWA (Reuters) - G7 finance ministers agreed to use profits from frozen Russian assets to pay for "
     "Ukraine's pensions and the rebuilding of its power plants, a communique said.", False),
    ("Iran sent more Shahed drones to Russia, Kyiv says",
     "KYIV (Reuters) - Iran has delivered another batch of Shahed attack drones and spare parts to Russia, "
     "Ukraine's military intelligence said on Sunday.", False),
    ("Australia orders more HIMARS for its own army",
     "CANBERRA (Reuters) - Australia will buy 42 more HIMARS launchers for its army, the defence minister said, "
     "citing lessons from the war in Ukraine.", False),
    ("Saab shares jump after Swedish army air defence order",
     "STOCKHOLM (Reuters) - Shares in Saab rose 7 percent on Tuesday after the Swedish army ordered more "
     "air defence missiles, as investors bet on higher European spending since the invasion of Ukraine.", False),
    ("La Corée du Nord a envoyé des obusiers à Moscou",
     "SÉOUL (AFP) - La Corée du Nord a envoyé à la Russie des obusiers automoteurs et des lance-roquettes "
     "multiples, utilisés sur le front ukrainien, selon le renseignement sud-coréen.", False),
    ("L'UE adopte son 20e paquet de sanctions contre Moscou",
     "BRUXELLES (AFP) - L'UE a adopté vendredi son 20e paquet de sanctions contre la Russie, visant des "
     "fournisseurs de composants de drones et de missiles.", False),
    ("Le Japon débloque 500 millions pour l'énergie ukrainienne",
     "TOKYO (AFP) - Le Japon débloque 500 millions de dollars pour réparer les centrales ukrainiennes visées "
     "par les frappes de missiles russes, a annoncé le Premier ministre.", False),
    ("Bundestag beschließt mehr Geld für die Bundeswehr",
     "BERLIN (dpa) - Der Bundestag hat einen höheren Wehretat beschlossen. Die Bundeswehr soll mehr Panzer, "
     "Munition und Flugabwehr bekommen, auch mit Blick auf den Krieg in der Ukraine.", False),
    ("Theaterstück über Drohnenpiloten feiert Premiere in Kiew",
     "KIEW (dpa) - Ein Theaterstück über ukrainische Drohnenpiloten an der Front hat in Kiew Premiere gefeiert. "
     "Das Publikum applaudierte minutenlang.", False),
    ("Poland's arms fair draws record crowds as allies spend more",
     "KIELCE (Reuters) - Poland's biggest arms fair opened on Tuesday with a record number of exhibitors, as NATO "
     "members raise defence spending after Russia's invasion of Ukraine.", False),
]


@pytest.mark.parametrize(("headline", "lead", "relevant"), HELD_OUT)
def test_texts_written_after_the_change(defaults: RuleSet, headline: str, lead: str, relevant: bool):
    assert_relevance(defaults, read(defaults, headline, lead), relevant)


# Probes of the loan's money flowing into weapons, written after the held-out batch and labelled before their
# first run: a neighbour's loan whose money goes to its own air defence, a loan for Ukraine paying salaries, a
# German loan whose money flows into schools, profits of frozen assets going to Ukraine's air defence.
PROBES = [
    ("Estonia takes EU loan for air defence",
     "TALLINN (Reuters) - Estonia will borrow 1 billion euros from the EU's defence loan scheme. The money will go "
     "to air defence and ammunition for its own army, citing the war in Ukraine.", False),
    ("Le prêt à l'Ukraine servira à payer les fonctionnaires",
     "BRUXELLES (AFP) - Le prêt de l'UE à l'Ukraine servira à payer les salaires des fonctionnaires et les "
     "retraites, a précisé la Commission, qui exclut tout achat d'armes.", False),
    ("Kredit für die Ukraine: Geld fließt in Schulen",
     "BRÜSSEL (dpa) - Die EU hat einen Kredit für die Ukraine über fünf Milliarden Euro gewährt. Das Geld fließt "
     "in Schulen, Krankenhäuser und Stromnetze.", False),
    ("Frozen-asset profits to go to Ukraine's air defence",
     "BRUSSELS (Reuters) - The first 1.5 billion euros of profits from immobilised Russian assets will be paid "
     "to Ukraine this month, the EU said. Most of it will go to air defence and artillery ammunition.", True),
]


@pytest.mark.parametrize(("headline", "lead", "relevant"), PROBES)
def test_probes_of_the_loans_money_going_into_weapons(defaults: RuleSet, headline: str, lead: str, relevant: bool):
    assert_relevance(defaults, read(defaults, headline, lead), relevant)


def test_the_eu_reparations_loan_is_no_repair(defaults: RuleSet):
    # English "reparations" folds to French "réparations" (repairs): the repair rule gave its 2 to a loan.
    analysis = analyze(defaults, "EU reparations loan to pay for drones",
                       "BRUSSELS (Reuters) - The EU reparations loan will pay for drones and shells for Ukraine, "
                       "the Commission said.")
    assert not fired(analysis, "Repairing Ukraine's weapons"), defaults.explain(analysis)


def test_a_french_repair_hub_is_still_repair(defaults: RuleSet):
    analysis = analyze(defaults, "La Pologne ouvre un centre de réparation pour les chars ukrainiens",
                       "VARSOVIE (AFP) - La Pologne a ouvert un centre de réparation des chars Leopard ukrainiens "
                       "endommagés au front.")
    assert fired(analysis, "Repairing Ukraine's weapons"), defaults.explain(analysis)


# A second probe of the round's areas, written after the probes above and labelled before its first run: demining
# and air defence coalitions, servicing abroad, Gripen training, a budget vote, a halt of deliveries; Japan's licensed
# Patriots exported to the United States, a Korean howitzer sale, sanctions, energy money, replacements, suppliers of
# Russia, a share price, an Olympic fencer's "weapon". On its first run 1 of 8 look-alikes was raised: Japan's
# Patriots "helping Washington refill stocks depleted by its aid to Ukraine" (the aid read as their destination); the
# trap of weapons bought to replace those given now reads refilling and backfilling too.
SECOND_PROBES = [
    ("Demining coalition delivers equipment to Ukraine's sappers",
     "RIGA (Reuters) - The international demining coalition has delivered a further 40 million euros' worth of "
     "mine-clearing equipment to Ukrainian army sappers, Latvia said.", True),
    ("La coalition de déminage livre du matériel aux sapeurs ukrainiens",
     "VILNIUS (AFP) - La coalition de déminage, menée par la Lituanie et l'Islande, a livré des détecteurs et des "
     "robots de déminage aux sapeurs de l'armée ukrainienne.", True),
    ("Entminungskoalition übergibt Minenräumgeräte an Kiew",
     "VILNIUS (dpa) - Die von Litauen geführte Entminungskoalition hat den ukrainischen Pionieren weitere "
     "Minenräumgeräte übergeben.", True),
    ("Luftverteidigungskoalition sagt Kiew weitere Abfangraketen zu",
     "BERLIN (dpa) - Die von Deutschland und Frankreich geführte Luftverteidigungskoalition hat der Ukraine "
     "weitere Abfangraketen zugesagt.", True),
    ("Ukraine's F-16s to be serviced in Belgium",
     "BRUSSELS (Reuters) - Belgian technicians will service Ukraine's F-16 fighter jets at an air base in Belgium "
     "under a deal signed on Tuesday.", True),
    ("La Suède forme des pilotes ukrainiens sur Gripen",
     "STOCKHOLM (AFP) - La Suède a commencé à former des pilotes ukrainiens sur l'avion de combat Gripen, a "
     "annoncé le ministère suédois de la Défense.", True),
    ("Bundestag billigt Milliarden für Waffen an Kiew",
     "BERLIN (dpa) - Der Bundestag hat den Haushalt 2026 beschlossen. Für die militärische Unterstützung der "
     "Ukraine sind 11,5 Milliarden Euro vorgesehen.", True),
    ("Trump freezes weapons deliveries to Kyiv",
     "WASHINGTON (Reuters) - President Donald Trump has ordered a halt to all U.S. weapons deliveries to Ukraine, "
     "a White House official said on Monday.", True),
    ("Japan to export Patriot missiles to U.S. to fill gap left by Ukraine aid",
     "TOKYO (Reuters) - Japan will export Patriot interceptors made under licence to the United States, helping "
     "Washington refill stocks depleted by its aid to Ukraine.", False),
    ("South Korea's Hanwha wins howitzer order from Romania",
     "SEOUL (Reuters) - Hanwha Aerospace signed a deal to supply 54 K9 howitzers to Romania, which cited Russia's "
     "war in Ukraine.", False),
    ("Australia sanctions Russian drone makers",
     "CANBERRA (Reuters) - Australia imposed sanctions on 20 Russian firms that make drones and missiles used "
     "against Ukraine, the foreign minister said.", False),
    ("Norwegen gibt Ukraine 200 Millionen für Energie",
     "OSLO (dpa) - Norwegen stellt der Ukraine weitere 200 Millionen Euro für Gas und Stromnetze bereit, teilte "
     "die Regierung mit.", False),
    ("Le Danemark achète des canons Caesar pour sa propre armée",
     "COPENHAGUE (AFP) - Le Danemark a commandé 19 canons Caesar pour remplacer ceux livrés à l'Ukraine, a "
     "annoncé le ministère de la Défense.", False),
    ("Iran, North Korea step up arms supplies to Moscow",
     "WASHINGTON (Reuters) - Iran and North Korea have stepped up deliveries of drones, shells and missiles to "
     "Russia, a U.S. official said.", False),
    ("Rheinmetall-Aktie fällt nach Waffenruhe-Signal",
     "FRANKFURT (dpa) - Die Aktie von Rheinmetall ist um neun Prozent gefallen, nachdem Russland und die Ukraine "
     "Gespräche über eine Waffenruhe angekündigt hatten.", False),
    ("Olympic fencer: 'My sabre is my weapon for Ukraine'",
     "PARIS (Reuters) - A Ukrainian fencer said her sabre was her weapon for Ukraine after winning "
     "bronze at the Olympics.", False),
]


@pytest.mark.parametrize(("headline", "lead", "relevant"), SECOND_PROBES)
def test_a_second_probe_of_the_rounds_areas(defaults: RuleSet, headline: str, lead: str, relevant: bool):
    analysis = read(defaults, headline, lead)
    assert analysis.relevant == relevant, defaults.explain(analysis)
