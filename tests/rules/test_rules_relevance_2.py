"""Relevance on wire copy the first set of phrase tests did not cover (session of 2026-12-03).

Every text here was written for this file, labelled by hand before the rules were run on it,
and never taken from the real-article set. The first part was written before the rules were
changed (it measured them: 9 of 30 aid items missed, 6 of 32 look-alikes raised); two more
were written after the changes, to check they were not fitted to the first. Aid news the keyword rules used
to miss: money from frozen Russian assets earmarked for weapons, the Czech ammunition
initiative, PURL, capability coalitions, training, repair hubs, co-production in Ukraine,
headlines alone, Ukraine asking for weapons from no donor in particular. Look-alikes: arms
sales to Taiwan or Israel, a NATO country's own purchases, defence budgets and spending
targets, Russian attacks, ceasefire talks, sanctions, arms makers' results, arms fairs, and
words of one language that are another word in another (French "la presse", German "Müll").
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.core.rules.language import RuleSet
from tests.support.wire_reading import RULES_TOML, analyze, assert_relevance, fired

# ---------------------------------------------------------------- written before the changes

AID_NEWS = [
    ("EU approves first tranche of loan backed by frozen Russian assets for Kyiv's weapons",
     "BRUSSELS (Reuters) - European Union finance ministers approved on Tuesday a first 4 billion euro tranche of "
     "a loan repaid from the proceeds of immobilised Russian central bank assets, to be spent on air defence and "
     "artillery ammunition for Ukraine."),
    ("Czech initiative delivers another 100,000 artillery rounds",
     "PRAGUE (Reuters) - The Czech-led ammunition initiative has shipped a further 100,000 large-calibre rounds "
     "this month, bringing this year's total to 1.2 million, the government in Prague said on Monday."),
    ("Netherlands, Sweden fund $500 million PURL package of US weapons for Ukraine",
     "THE HAGUE (Reuters) - The Netherlands and Sweden will pay for a package of US-made Patriot interceptors and "
     "HIMARS rockets under NATO's Prioritised Ukraine Requirements List, the two governments said."),
    ("Latvia-led drone coalition to send 30,000 more drones",
     "RIGA (AP) - The drone coalition led by Latvia and Britain will send 30,000 more first-person-view drones to "
     "Ukrainian forces by spring, Latvia's defence ministry said on Thursday."),
    ("British instructors begin training Ukrainian F-16 mechanics in Romania",
     "BUCHAREST (Reuters) - Royal Air Force technicians have begun training Ukrainian ground crews at the "
     "European F-16 training centre in Romania, the UK defence ministry said."),
    ("Rheinmetall opens armoured vehicle repair hub in Ukraine",
     "KYIV (Reuters) - Germany's Rheinmetall has opened a workshop in western Ukraine to repair Lynx and Marder "
     "infantry fighting vehicles damaged at the front, the company and Ukraine's strategic industries ministry "
     "said."),
    ("Danish-funded howitzers roll off Ukrainian production line",
     "KYIV (AFP) - The first Bohdana self-propelled howitzers paid for by Denmark under its model of financing "
     "Ukraine's own arms industry have been handed to Ukrainian brigades, the defence ministry in Kyiv said."),
    ("Zelensky calls for more Patriot systems after night of strikes",
     "KYIV (Reuters) - President Volodymyr Zelensky called for more Patriot air defence systems on Sunday after "
     "Russia fired 40 missiles at Ukrainian cities overnight."),
    ("Norway to fund Ukrainian long-range drones",
     ""),
    ("Air defence coalition pledges 12 more launchers",
     "BRUSSELS (Reuters) - Countries in the air defence coalition led by Germany and France pledged a dozen more "
     "short-range launchers on Wednesday, ministers said after a video call with Kyiv."),
    ("L'UE débloque 2 milliards d'euros tirés des avoirs russes gelés pour armer Kiev",
     "BRUXELLES (AFP) - L'Union européenne a débloqué mardi une nouvelle tranche de 2 milliards d'euros issue des "
     "revenus des avoirs russes gelés, destinée à l'achat de munitions et de systèmes de défense aérienne pour "
     "l'Ukraine."),
    ("L'initiative tchèque a livré 1,5 million d'obus cette année",
     "PRAGUE (AFP) - L'initiative tchèque sur les munitions a permis de livrer 1,5 million d'obus de gros calibre "
     "depuis janvier, a indiqué le gouvernement tchèque."),
    ("Paris et Kiev vont coproduire des drones en Ukraine",
     "PARIS (AFP) - Un industriel français va produire des drones d'attaque avec un partenaire ukrainien sur le "
     "sol ukrainien, a annoncé le ministère des Armées jeudi."),
    ("Des pilotes ukrainiens formés sur Mirage 2000 en France",
     "PARIS (AFP) - Une nouvelle promotion de pilotes ukrainiens a achevé sa formation sur Mirage 2000-5 sur la "
     "base aérienne de Cazaux, a indiqué l'armée de l'Air."),
    ("Kiev réclame davantage de missiles antiaériens",
     "KIEV (AFP) - Le président Volodymyr Zelensky a réclamé dimanche davantage de missiles pour la défense "
     "antiaérienne, après une nuit de frappes russes sur le réseau électrique."),
    ("La coalition blindée promet 50 chars supplémentaires",
     "BRUXELLES (AFP) - Les pays de la coalition pour les blindés, menée par la Pologne et l'Allemagne, se sont "
     "engagés à fournir 50 chars Leopard 1 remis en état d'ici l'été."),
    ("Le Danemark finance des canons Caesar fabriqués pour Kiev",
     "COPENHAGUE (AFP) - Le Danemark va financer l'achat de 18 canons Caesar auprès de KNDS France, destinés aux "
     "forces ukrainiennes, a annoncé le ministère danois de la Défense."),
    ("Berlin envisage de livrer d'autres Patriot à Kiev",
     ""),
    ("Un centre de maintenance pour les chars Leopard ouvre en Pologne",
     "VARSOVIE (AFP) - Un centre de réparation des chars Leopard 2 endommagés en Ukraine a ouvert ses portes en "
     "Pologne, financé par l'Allemagne, a indiqué Berlin."),
    ("PURL : le Canada paie des armes américaines pour l'Ukraine",
     "OTTAWA (AFP) - Le Canada versera 200 millions de dollars au mécanisme PURL de l'Otan, qui achète des armes "
     "américaines pour les forces ukrainiennes."),
    ("EU gibt erste Milliarden aus eingefrorenem russischem Vermögen für Waffen frei",
     "BRÜSSEL (dpa) - Die EU hat eine erste Tranche aus den Zinserträgen eingefrorener russischer Vermögen "
     "freigegeben. Das Geld soll in Munition und Flugabwehr für die Ukraine fließen."),
    pytest.param("Tschechische Munitionsinitiative sichert weitere 800.000 Granaten",
                 "PRAG (dpa) - Die tschechische Munitionsinitiative hat weitere 800.000 Artilleriegranaten auf dem "
                 "Weltmarkt gesichert, teilte die Regierung in Prag mit.",
                 marks=pytest.mark.xfail(strict=True, reason="'sichert' (secures, buys on the world market) is "
                                                             "no giving verb, and Ukraine is not named: one "
                                                             "signal (the initiative); taking 'sichern' as "
                                                             "giving would take every 'sichert zu' and security "
                                                             "guarantee with it")),
    ("Deutschland beteiligt sich mit 500 Millionen Dollar an PURL",
     "BERLIN (Reuters) - Deutschland zahlt 500 Millionen Dollar in den Nato-Mechanismus PURL ein, über den "
     "US-Waffen für die Ukraine gekauft werden, sagte Verteidigungsminister Pistorius."),
    ("Rheinmetall baut Munitionsfabrik in der Ukraine",
     "KIEW (dpa) - Der Düsseldorfer Rüstungskonzern Rheinmetall hat mit dem Bau eines Werks für "
     "Artilleriemunition in der Ukraine begonnen."),
    ("Selenskyj fordert mehr Flugabwehr",
     "KIEW (dpa) - Nach massiven russischen Angriffen in der Nacht hat Präsident Selenskyj mehr Flugabwehrsysteme "
     "gefordert."),
    ("Bundeswehr bildet ukrainische Drohnenpiloten aus",
     "BERLIN (dpa) - Die Bundeswehr bildet an einem Standort in Bayern ukrainische Soldaten an Aufklärungsdrohnen "
     "aus, bestätigte das Verteidigungsministerium."),
    ("Drohnenkoalition liefert 10.000 Abfangdrohnen",
     "BERLIN (dpa) - Die internationale Drohnenkoalition will bis Jahresende 10.000 Abfangdrohnen an die "
     "ukrainischen Streitkräfte liefern."),
    ("Niederlande finanzieren Langstreckendrohnen für Kiew",
     ""),
    ("Reparaturzentrum für Iris-T in Litauen eröffnet",
     "VILNIUS (dpa) - In Litauen hat ein Zentrum zur Instandsetzung von in der Ukraine eingesetzten "
     "Waffensystemen den Betrieb aufgenommen; Deutschland finanziert es, um Iris-T und Gepard schneller an die "
     "Front zurückzubringen."),
    ("Koalition der Willigen berät über Luftverteidigung für Kiew",
     "PARIS (dpa) - Die Staaten der Koalition der Willigen haben über weitere Luftverteidigungssysteme für die "
     "Ukraine beraten; eine Entscheidung steht noch aus."),
]

LOOK_ALIKES = [
    ("US approves $1.1 billion HIMARS sale to Taiwan",
     "WASHINGTON (Reuters) - The State Department approved the possible sale of 18 HIMARS launchers and ATACMS "
     "missiles to Taiwan, the Pentagon's Defense Security Cooperation Agency said. Demand for the systems has "
     "surged since they proved themselves in Ukraine."),
    ("Japan to send Patriot missiles to the United States",
     "TOKYO (Reuters) - Japan will ship Patriot interceptor missiles made under licence to the United States, "
     "helping Washington refill stocks drawn down by its support for Ukraine, the government said."),
    ("F-35 deliveries delayed again by software problems",
     "WASHINGTON (AP) - Lockheed Martin will deliver fewer F-35 jets this year after new software delays, the "
     "Pentagon said. Lawmakers meanwhile are debating how much of next year's budget to give Ukraine."),
    ("Poland signs deal for 48 more Patriot launchers",
     "WARSAW (Reuters) - Poland signed a contract to buy 48 Patriot launchers for its own air defence, the "
     "defence ministry said, citing the threat from Russia's war in Ukraine."),
    ("NATO allies agree to 5% defence spending target",
     "THE HAGUE (Reuters) - NATO leaders agreed to raise core defence spending to 3.5% of GDP by 2035, as the war "
     "in Ukraine and Russian threats weigh on Europe."),
    ("Russia fires hypersonic missiles at Kyiv",
     "KYIV (Reuters) - Russia launched Kinzhal hypersonic missiles and 300 drones at Ukraine overnight, the air "
     "force said, and urged residents to stay in shelters."),
    ("US envoy in talks with Moscow on Ukraine ceasefire",
     "MOSCOW (AP) - A US envoy held talks with Russian officials in Moscow on a possible ceasefire in Ukraine. "
     "The talks covered a halt to strikes on energy sites and an exchange of prisoners, the Kremlin said."),
    ("EU sanctions Chinese firms over drone parts for Russia",
     "BRUSSELS (Reuters) - The EU imposed sanctions on six Chinese companies accused of supplying engines and "
     "components for Russian attack drones used against Ukraine."),
    ("Rheinmetall profit jumps on ammunition demand",
     "DUSSELDORF (Reuters) - Rheinmetall reported a 40% rise in quarterly operating profit as European "
     "governments ordered more artillery shells, and said demand linked to the war in Ukraine would remain strong."),
    ("Drone makers show off wares at Paris arms fair",
     "PARIS (AFP) - Dozens of companies displayed attack drones and loitering munitions at the Eurosatory arms "
     "show, many citing lessons from the battlefield in Ukraine."),
    ("German study finds Russia out-producing the West in shells",
     "BERLIN (Reuters) - Russia is producing artillery shells four times faster than European NATO members, a "
     "study by a German think tank found, warning that Europe must rearm regardless of the outcome in Ukraine."),
    ("US man pleads guilty to smuggling rifle scopes to Russia",
     "NEW YORK (Reuters) - A Brooklyn businessman pleaded guilty to exporting rifle scopes and drone parts to "
     "Russia for use in its war in Ukraine, US prosecutors said."),
    ("Selon la presse allemande, Rheinmetall veut doubler sa production de chars Leopard",
     "BERLIN (AFP) - D'après la presse allemande, le groupe Rheinmetall envisage de doubler la cadence de "
     "fabrication de ses chars, portée par les commandes de la Bundeswehr et de la Hongrie depuis le début de la "
     "guerre en Ukraine."),
    ("Washington approuve la vente de missiles Patriot à Taïwan",
     "WASHINGTON (AFP) - Le département d'Etat a approuvé une vente de systèmes de défense antiaérienne à Taïwan "
     "d'un montant de 2 milliards de dollars, a annoncé le Pentagone."),
    ("Les Etats-Unis vont livrer des bombes à Israël",
     "WASHINGTON (AFP) - L'administration américaine a autorisé la livraison de 1.800 bombes à Israël, une "
     "décision qui intervient alors que Washington réduit son aide à l'Ukraine."),
    pytest.param("La France porte son budget des armées à 64 milliards d'euros",
                 "PARIS (AFP) - Le gouvernement a présenté une hausse du budget des armées, qui financera des "
                 "drones, des munitions et des canons Caesar pour remplacer ceux cédés à l'Ukraine.",
                 marks=pytest.mark.xfail(strict=True, reason="one sentence names three kinds of weapons, a "
                                                             "paying word ('financera') and Ukraine as the "
                                                             "recipient of the past giving ('cédés à "
                                                             "l'Ukraine'): four topic rules score it (+5) "
                                                             "against the budget and replacement traps (-2); "
                                                             "weighting the traps to beat it would hide aid news "
                                                             "that names a budget")),
    ("L'Ukraine visée par 500 drones russes en une nuit",
     "KIEV (AFP) - La Russie a lancé dans la nuit près de 500 drones et une quarantaine de missiles contre "
     "l'Ukraine, a indiqué l'armée de l'air ukrainienne, qui demande aux habitants de rester aux abris."),
    ("Cessez-le-feu : Kiev et Moscou négocient à Istanbul",
     "ISTANBUL (AFP) - Des délégations russe et ukrainienne ont négocié vendredi un échange de prisonniers et une "
     "trêve des frappes sur les infrastructures énergétiques."),
    ("L'UE adopte un nouveau paquet de sanctions visant l'industrie d'armement russe",
     "BRUXELLES (AFP) - Les Vingt-Sept ont adopté un 20e paquet de sanctions qui vise des fournisseurs de "
     "composants de missiles et de drones de la Russie."),
    ("Thales relève ses prévisions grâce à la défense",
     "PARIS (AFP) - Le groupe Thales a relevé son objectif de chiffre d'affaires, porté par une forte demande de "
     "radars et de missiles en Europe depuis la guerre en Ukraine."),
    ("Salon du Bourget : les drones vedettes",
     "PARIS (AFP) - Les industriels ont présenté au salon du Bourget des drones armés et des missiles de "
     "croisière, en tirant les leçons de la guerre en Ukraine."),
    ("La Belgique commande des canons Caesar pour son armée",
     "BRUXELLES (AFP) - La Belgique a commandé neuf canons Caesar supplémentaires pour son armée de terre, afin "
     "de remplacer ceux qu'elle a envoyés à l'Ukraine."),
    ("USA genehmigen Verkauf von Himars an Taiwan",
     "WASHINGTON (dpa) - Die US-Regierung hat den Verkauf von Raketenwerfern vom Typ Himars an Taiwan im Wert von "
     "rund einer Milliarde Dollar genehmigt. Die Systeme hatten sich in der Ukraine bewährt."),
    ("Nato berät über atomare Abschreckung",
     "BRÜSSEL (dpa) - Die Verteidigungsminister der Nato haben über die Rolle der Atomwaffen in Europa beraten. "
     "Anlass sind die Drohungen Moskaus im Krieg gegen die Ukraine."),
    ("Müll und zerstörte Panzer: Aufräumen in der Ukraine",
     "CHARKIW (dpa) - In befreiten Dörfern der Ukraine räumen deutsche Helfer Müll und ausgebrannte russische "
     "Panzer von den Straßen."),
    ("Bundestag beschließt höheren Wehretat",
     "BERLIN (dpa) - Der Bundestag hat den Verteidigungshaushalt für das kommende Jahr auf 82 Milliarden Euro "
     "erhöht; das Geld fließt in neue Panzer, Munition und Flugabwehr für die Bundeswehr, wegen des Kriegs in der "
     "Ukraine."),
    ("Russland greift Kiew mit Raketen und Drohnen an",
     "KIEW (dpa) - Russland hat die Ukraine in der Nacht mit mehr als 400 Drohnen und 20 Raketen angegriffen; die "
     "Flugabwehr habe die meisten abgefangen, teilte die Luftwaffe mit."),
    ("EU verhängt Sanktionen gegen Lieferanten russischer Rüstungsindustrie",
     "BRÜSSEL (dpa) - Die EU hat Strafmaßnahmen gegen Firmen in China und der Türkei verhängt, die Bauteile für "
     "Raketen und Drohnen an Russland geliefert haben sollen."),
    ("Hensoldt steigert Umsatz dank Radar-Nachfrage",
     "MÜNCHEN (dpa) - Der Rüstungselektronik-Konzern Hensoldt hat den Umsatz im dritten Quartal deutlich "
     "gesteigert; die Nachfrage nach Radaren für die Luftverteidigung sei seit dem Krieg in der Ukraine hoch."),
    ("Selenskyj und Trump beraten über Friedensplan",
     "WASHINGTON (dpa) - Der ukrainische Präsident Selenskyj und US-Präsident Trump haben im Weißen Haus über "
     "einen Plan für einen Waffenstillstand beraten; über Sicherheitsgarantien soll weiter verhandelt werden."),
    ("Rüstungsmesse in Paris: Drohnen im Mittelpunkt",
     "PARIS (dpa) - Auf der Rüstungsmesse Eurosatory zeigen Hersteller aus aller Welt Kampfdrohnen und "
     "Flugabwehrsysteme; viele werben mit Erfahrungen aus dem Krieg in der Ukraine."),
    ("Litauen kauft weitere Iris-T für die eigene Armee",
     "VILNIUS (dpa) - Litauen hat bei Diehl Defence zwei weitere Flugabwehrsysteme vom Typ Iris-T SLM bestellt, "
     "um den eigenen Luftraum zu schützen; das Land unterstützt zugleich die Ukraine."),
]


@pytest.mark.parametrize(("headline", "lead"), AID_NEWS)
def test_aid_news_is_relevant(defaults: RuleSet, headline: str, lead: str):
    assert_relevance(defaults, analyze(defaults, headline, lead), True)


@pytest.mark.parametrize(("headline", "lead"), LOOK_ALIKES)
def test_look_alikes_are_not_relevant(defaults: RuleSet, headline: str, lead: str):
    assert_relevance(defaults, analyze(defaults, headline, lead), False)


# ---------------------------------------------------------------- written after the changes

# Written after the rules were changed, to check they were not fitted to the texts above: 16
# new texts, labelled before the run. The rules then missed one aid item (production "sur le sol
# ukrainien", since named by the production rule) and raised one look-alike (below, xfail).
AID_NEWS_AFTER = [
    ("Sweden to pay for Ukrainian-made long-range drones with $300 million",
     "STOCKHOLM (Reuters) - Sweden will finance the production of long-range strike drones by Ukrainian "
     "manufacturers, the defence minister said on Friday."),
    ("Kyiv urges allies to speed up deliveries of promised air defence",
     "KYIV (AP) - Ukraine's foreign minister urged partners on Tuesday to speed up deliveries of air defence "
     "systems they had already promised."),
    ("Belgium to send first F-16s to Ukraine before year-end",
     ""),
    ("Kiev et Berlin signent un accord de production conjointe de missiles",
     "KIEV (AFP) - L'Ukraine et l'Allemagne ont signé un accord pour produire ensemble des missiles de défense "
     "aérienne sur le sol ukrainien, a annoncé le ministère ukrainien des Industries stratégiques."),
    ("L'Otan achète pour 500 millions de dollars d'armes américaines destinées à Kiev",
     "BRUXELLES (AFP) - La Norvège, le Danemark et la Suède financent un nouveau lot d'armes américaines pour "
     "l'Ukraine dans le cadre du mécanisme PURL, a annoncé l'Alliance."),
    ("Selenskyj bittet um Patriot-Raketen",
     "KIEW (dpa) - Nach der schwersten Angriffswelle seit Wochen hat der ukrainische Präsident um zusätzliche "
     "Patriot-Abfangraketen gebeten."),
    ("Dänemark finanziert Haubitzen aus ukrainischer Fertigung",
     "KOPENHAGEN (dpa) - Dänemark stellt weitere 150 Millionen Euro bereit, mit denen die Ukraine bei heimischen "
     "Herstellern Haubitzen bestellen kann."),
    ("Ausbildung ukrainischer Soldaten an Leopard in Polen abgeschlossen",
     "WARSCHAU (dpa) - In Polen haben weitere ukrainische Panzerbesatzungen ihre Ausbildung am Kampfpanzer "
     "Leopard 1 abgeschlossen, teilte das polnische Verteidigungsministerium mit."),
]

LOOK_ALIKES_AFTER = [
    ("Saudi Arabia signs $3 billion deal for South Korean air defence",
     "RIYADH (Reuters) - Saudi Arabia agreed to buy Cheongung air defence systems from South Korea, a deal that "
     "follows a surge in demand for interceptors since the war in Ukraine."),
    ("Germany orders 20 more Eurofighters for its air force",
     "BERLIN (Reuters) - Germany's parliament approved the purchase of 20 Eurofighter jets for the Luftwaffe, "
     "part of a buildup prompted by Russia's invasion of Ukraine."),
    ("Russian drones strike Odesa port as Ukraine calls for Black Sea truce",
     "ODESA (Reuters) - Russian drones hit grain terminals in Odesa overnight as Ukrainian negotiators called for "
     "a maritime truce at talks in Istanbul."),
    ("Dassault Aviation : carnet de commandes record pour le Rafale",
     "PARIS (AFP) - Dassault Aviation a annoncé un carnet de commandes record, porté par des ventes de Rafale à "
     "l'Inde et à l'Indonésie, dans un contexte de réarmement lié à la guerre en Ukraine."),
    ("La Russie présente un nouveau missile hypersonique",
     "MOSCOU (AFP) - L'armée russe a présenté un nouveau missile hypersonique qu'elle affirme pouvoir utiliser en "
     "Ukraine, a indiqué le ministère russe de la Défense."),
    ("Polen erhöht Verteidigungsausgaben auf fünf Prozent",
     "WARSCHAU (dpa) - Polen will im kommenden Jahr fünf Prozent seiner Wirtschaftsleistung für Verteidigung "
     "ausgeben und neue Panzer und Haubitzen für die eigene Armee kaufen; die Regierung verweist auf den Krieg in "
     "der Ukraine."),
    ("Waffenstillstandsgespräche in Genf ohne Ergebnis",
     "GENF (dpa) - Die Gespräche zwischen Vertretern Russlands, der Ukraine und der USA über eine Waffenruhe sind "
     "ohne Ergebnis zu Ende gegangen; Moskau forderte erneut den Verzicht Kiews auf einen Nato-Beitritt."),
    pytest.param("Man arrested in Germany over spying on arms plant",
                 "BERLIN (Reuters) - German police arrested a man suspected of spying on a Rheinmetall plant that "
                 "produces ammunition for Ukraine, on behalf of Russian intelligence.",
                 marks=pytest.mark.xfail(strict=True, reason="a plant that 'produces ammunition for Ukraine' is "
                                                             "production for Ukraine in any article; that the "
                                                             "news is an arrest for spying is said by no word "
                                                             "the rules weigh (a crime trap would also hide aid "
                                                             "news that names a court or a police inquiry)")),
]


@pytest.mark.parametrize(("headline", "lead"), AID_NEWS_AFTER)
def test_aid_news_written_after_the_changes_is_relevant(defaults: RuleSet, headline: str, lead: str):
    assert_relevance(defaults, analyze(defaults, headline, lead), True)


@pytest.mark.parametrize(("headline", "lead"), LOOK_ALIKES_AFTER)
def test_look_alikes_written_after_the_changes_are_not_relevant(defaults: RuleSet, headline: str, lead: str):
    assert_relevance(defaults, analyze(defaults, headline, lead), False)


# A third set, written after the changes and labelled before the run: look-alikes from general
# news feeds (a NATO country's own forces, drone incursions, Russia's and Ukraine's own weapons,
# summits). Main's rules raised three of these; two were fixed in the next round
# (tests/rules/test_rules_relevance_3.py), one is left (below, xfail).
LOOK_ALIKES_GENERAL_NEWS = [
    ("Poland calls for more air defence on NATO's eastern flank",
     "WARSAW (Reuters) - Poland called on allies to deploy more air defence systems on NATO's eastern flank after "
     "Russian drones flew into its airspace during an attack on western Ukraine."),
    ("La Pologne réclame un mur anti-drones européen",
     "VARSOVIE (AFP) - La Pologne a réclamé la construction d'un mur anti-drones le long de la frontière orientale "
     "de l'UE, après l'incursion de drones lors d'une attaque russe contre l'Ukraine."),
    ("Dänemark prüft neue Drohnenabwehr für Flughäfen",
     "KOPENHAGEN (dpa) - Nach Drohnensichtungen über mehreren Flughäfen prüft die dänische Regierung die "
     "Anschaffung neuer Abwehrsysteme; der Krieg in der Ukraine habe die Bedrohung verändert."),
    ("Russia says it downed 40 Ukrainian drones over Belgorod",
     "MOSCOW (Reuters) - Russian air defences destroyed 40 Ukrainian drones over the Belgorod and Kursk regions "
     "overnight, the defence ministry said."),
    ("Ukraine hits Russian refinery with home-made long-range drones",
     "KYIV (Reuters) - Ukrainian long-range drones struck an oil refinery in Russia's Samara region, a Ukrainian "
     "security source said, the latest in a campaign against Russia's fuel industry."),
    # 'receive' anywhere and a plant making tanks, Ukraine named only as the war's place
    # (the trap on Ukraine named only as the place of the war)
    ("Poland receives first K2 tanks built at home",
     "WARSAW (AP) - Poland's army received the first K2 tanks assembled in a Polish plant, part of a large deal "
     "with South Korea signed after Russia invaded Ukraine."),
    ("Trump hosts Zelensky for talks on minerals and peace plan",
     "WASHINGTON (AP) - President Donald Trump hosted Volodymyr Zelensky at the White House; the talks covered a "
     "minerals deal and a US plan to end the war in Ukraine."),
    ("Romania finds drone fragments after Russian attack on Ukrainian port",
     "BUCHAREST (Reuters) - Romania's defence ministry said fragments of a drone were found on its territory after "
     "Russia attacked the Ukrainian port of Izmail across the Danube."),
    ("Bundeswehr bestellt weitere Patriot-Systeme",
     "BERLIN (dpa) - Die Bundeswehr bestellt vier weitere Patriot-Flugabwehrsysteme für die eigene Truppe; der "
     "Haushaltsausschuss muss noch zustimmen. Deutschland hatte mehrere Systeme an die Ukraine abgegeben."),
    ("Lituanie : Vilnius envisage de miner sa frontière avec la Russie",
     "VILNIUS (AFP) - La Lituanie envisage de poser des mines antichar le long de sa frontière avec la Russie et "
     "le Bélarus, en tirant les leçons de la guerre en Ukraine."),
    pytest.param("NATO summit: leaders discuss drones and Arctic security",
                 "THE HAGUE (Reuters) - NATO leaders discussed drone defence, the Arctic and China's role at their "
                 "summit, while Ukraine's president attended a separate dinner.",
                 marks=pytest.mark.xfail(strict=True, reason="NATO discussing drones with Ukraine's president in "
                                                             "the same sentence reads as a donor weighing weapons "
                                                             "for Ukraine; no word says whose drone defence is "
                                                             "discussed")),
    ("L'armée française teste un nouveau drone kamikaze",
     "PARIS (AFP) - L'armée de Terre a testé un drone kamikaze développé par une start-up française, inspiré des "
     "usages observés en Ukraine, a indiqué le ministère des Armées."),
    ("Russland testet neue Interkontinentalrakete",
     "MOSKAU (dpa) - Russland hat nach eigenen Angaben eine neue atomwaffenfähige Interkontinentalrakete getestet; "
     "Präsident Putin drohte erneut den Unterstützern der Ukraine."),
    # the Ottawa treaty is no Canadian donor weighing howitzers, and Ukraine is named only as the
    # war's place
    ("Finland plans to buy more artillery as Russia rearms",
     "HELSINKI (Reuters) - Finland will buy more K9 howitzers for its army and is considering leaving the "
     "Ottawa treaty banning landmines, citing Russia's war in Ukraine."),
]


@pytest.mark.parametrize(("headline", "lead"), LOOK_ALIKES_GENERAL_NEWS)
def test_look_alikes_from_general_news_are_not_relevant(defaults: RuleSet, headline: str, lead: str):
    assert_relevance(defaults, analyze(defaults, headline, lead), False)


# ---------------------------------------------------------------- words that are other words in another language

# Rule words match by their lemma in English, French and German and by their accent-free
# spelling, so a word of weighing or asking, or a weapon, can be another word in another
# language: the words of config/words.toml that are, are named by their own forms only.
@pytest.mark.parametrize(
    ("headline", "lead"),
    [
        # French "la presse" (the newspapers) is a form of German "pressen", English "press"'s lemma
        ("La presse allemande juge sévèrement le Leopard 2A8",
         "BERLIN (AFP) - La presse allemande critique les retards du char Leopard 2A8 commandé par la Bundeswehr, "
         "alors que la guerre en Ukraine a vidé les stocks."),
        # the press as a noun, in English
        ("Pentagon to order new missiles, AP learns",
         "WASHINGTON (AP) - The Pentagon plans to order 500 missiles for the Army, The Associated Press has "
         "learned, after stocks ran low during the war in Ukraine."),
        # German "Müll" (rubbish) folds to English "mull"
        ("Müll statt Munition",
         "KIEW (dpa) - Deutsche Freiwillige sammeln in der Ukraine Müll und Munitionsreste von den Feldern."),
        # English "armed" and German "ärmsten" (poorest) have the lemmas of "arms" and "arme"
        ("Zelensky calls on armed forces to hold Pokrovsk",
         "KYIV (Reuters) - President Volodymyr Zelensky called on the armed forces to hold the eastern city of "
         "Pokrovsk at all costs, as Russian troops advanced."),
        ("Selenskyj fordert Schutz für die ärmsten Regionen",
         "KIEW (dpa) - Präsident Selenskyj hat die Regierung aufgefordert, die ärmsten Regionen der Ukraine im "
         "Winter zu schützen."),
        # nuclear weapons are weighed and discussed, never given
        ("NATO discusses nuclear weapons as Russia threatens Ukraine",
         "BRUSSELS (Reuters) - NATO defence ministers discussed the alliance's nuclear weapons on Thursday after "
         "Russia threatened to use them in Ukraine."),
        ("Die Nato berät über Atomwaffen",
         "BRÜSSEL (dpa) - Die Nato-Staaten haben über ihre Atomwaffen in Europa beraten; Russland droht der "
         "Ukraine erneut."),
        # the arms lobby is no lobbying for weapons
        ("US arms lobby spends record sums",
         "WASHINGTON (Reuters) - The US arms lobby spent a record 150 million dollars this year as weapons makers "
         "courted lawmakers over contracts tied to the wars in Ukraine and the Middle East."),
    ],
)
def test_words_of_another_language_are_not_weighing_or_weapons(defaults: RuleSet, headline: str, lead: str):
    analysis = analyze(defaults, headline, lead)
    assert not analysis.relevant and not fired(analysis, "Deliberation and requests"), defaults.explain(analysis)


@pytest.mark.parametrize(
    ("headline", "lead"),
    [
        # the verbs still weigh and ask
        ("Zelensky presses allies for more air defence",
         "KYIV (Reuters) - President Volodymyr Zelensky pressed allies for more air defence systems on Monday."),
        ("Kiev demande des avions de combat à ses alliés",
         "KIEV (AFP) - L'Ukraine demande à ses alliés des avions de combat supplémentaires, a déclaré le ministre "
         "de la Défense."),
        ("Kiew bittet Berlin um weitere Patriot",
         "KIEW (dpa) - Die Ukraine bittet Deutschland um weitere Patriot-Systeme, sagte Außenminister Sybiha."),
        ("Washington mulls sending more Patriot interceptors to Kyiv", ""),
    ],
)
def test_weighing_and_asking_verbs_still_count(defaults: RuleSet, headline: str, lead: str):
    analysis = analyze(defaults, headline, lead)
    assert analysis.relevant and fired(analysis, "Deliberation and requests"), defaults.explain(analysis)


def test_a_market_demand_is_no_request(defaults: RuleSet):
    # "la demande" of a market, in an arms maker's results, is not Ukraine asking
    analysis = analyze(defaults, "Thales relève ses prévisions grâce à la défense",
                       "PARIS (AFP) - Le groupe Thales a relevé son objectif de chiffre d'affaires, porté par une "
                       "forte demande de radars et de missiles en Europe depuis la guerre en Ukraine.")
    assert not analysis.relevant, defaults.explain(analysis)


# ---------------------------------------------------------------- the signals added

def test_ukraine_asking_for_weapons_from_no_donor_is_aid(defaults: RuleSet):
    analysis = analyze(defaults, "Zelensky calls for more Patriot systems", "")
    assert analysis.relevant and fired(analysis, "Ukraine asking for weapons"), defaults.explain(analysis)


def test_a_coalition_giving_weapons_is_aid_without_naming_ukraine(defaults: RuleSet):
    analysis = analyze(defaults, "Drone coalition to send 20,000 interceptor drones",
                       "RIGA (AP) - The coalition led by Latvia will send the drones by March, the ministry said.")
    assert analysis.relevant and fired(analysis, "Giving by a capability coalition"), defaults.explain(analysis)


def test_europes_own_air_defence_initiative_is_no_coalition_giving(defaults: RuleSet):
    analysis = analyze(defaults, "Sky Shield initiative: Germany to deliver IRIS-T to Estonia",
                       "BERLIN (Reuters) - Under the European Sky Shield initiative, Germany will deliver IRIS-T air "
                       "defence systems to Estonia for its own airspace.")
    assert not fired(analysis, "Giving by a capability coalition"), defaults.explain(analysis)


@pytest.mark.parametrize(
    ("headline", "lead", "relevant"),
    [
        ("Slovakia opens repair hub for Ukraine's howitzers",
         "BRATISLAVA (Reuters) - Slovakia has opened a workshop to repair howitzers damaged in Ukraine, the defence "
         "ministry said.", True),
        # no donor repairs: Russia's factories, and power lines after missile strikes
        ("Russian plant repairs old tanks for the front",
         "MOSCOW (Reuters) - A Russian factory is repairing hundreds of T-72 tanks taken from storage for the war "
         "in Ukraine, state media said.", False),
        ("Engineers repair power lines after missile strikes",
         "KYIV (Reuters) - German-funded crews repaired power lines in Ukraine damaged by Russian missile strikes "
         "overnight, the energy ministry said.", False),
    ],
)
def test_repairing_ukraines_weapons_by_a_donor_is_aid(defaults: RuleSet, headline: str, lead: str, relevant: bool):
    analysis = analyze(defaults, headline, lead)
    assert analysis.relevant == relevant == fired(analysis, "Repairing Ukraine's weapons"), defaults.explain(analysis)


def test_the_readme_names_the_number_of_shipped_rules():
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    stated = re.search(r"`config/rules.toml` \((\d+) rules", readme)
    shipped = RULES_TOML.read_text(encoding="utf-8").count("\n[[rule]]\n")
    assert stated and int(stated.group(1)) == shipped


# ---------------------------------------------------------------- a busy news day's misses

# Three reports of a busy news day were missed in German while their English twins were found:
# a commentary on money the EU released for Ukraine's ammunition ("freigegeben"), a German-
# Ukrainian joint venture building drones "für die ukrainische Armee" (a "Gemeinschafts-
# unternehmen"), and a British loan to Ukraine for weapons ("gewährt ... einen Kredit").
# Written for this file in the three shapes and three languages, labelled before the run.
AID_IN_THREE_SHAPES = [
    # commentary and opinion on a decision of aid
    ("Kommentar: Die Freigabe der Munitionsmilliarden kommt spät",
     "Dass Brüssel nun fünf Milliarden Euro für Granaten für die Ukraine freigibt, ist richtig. Doch die Front "
     "wartet seit Monaten auf diese Geschosse."),
    ("Meinung: Berlin hätte die Flugabwehr früher freigeben sollen",
     "Die Bundesregierung hat am Mittwoch zwei weitere Iris-T-Systeme für Kiew freigegeben. Ein überfälliger "
     "Schritt, der Leben retten wird."),
    ("Leitartikel: Ein Kredit für Waffen ist besser als gar keine Hilfe",
     "Die EU gewährt der Ukraine ein Darlehen für den Kauf von Luftabwehrraketen. Zurückzahlen soll es am Ende "
     "Russland."),
    ("Opinion: Europe's ammunition money is welcome, but late",
     "The 3 billion euros the EU released on Monday for artillery shells for Ukraine will not buy time already "
     "lost at the front."),
    ("Analysis: Berlin's approval of more Taurus-free aid leaves Kyiv wanting",
     "Germany's decision to approve another 500 million euros of air defence missiles for Ukraine is welcome, "
     "but it still withholds the long-range weapons Kyiv has asked for."),
    ("Éditorial : les munitions débloquées par l'UE arrivent bien tard",
     "Les deux milliards d'euros que l'Union européenne a débloqués jeudi pour des obus destinés à l'Ukraine sont "
     "une bonne nouvelle, mais les usines européennes ne suivent pas."),
    ("Tribune : le feu vert de Paris aux Mirage pour Kiev ne suffira pas",
     "En autorisant la cession de six Mirage 2000 à l'Ukraine, le gouvernement fait un geste. Il en faudrait "
     "bien davantage."),
    # joint ventures and co-production with Ukraine's industry
    ("Rüstungskonzern gründet Joint Venture mit ukrainischem Hersteller",
     "Ein Münchner Rüstungskonzern und ein Kiewer Drohnenhersteller gründen ein Joint Venture, das Abfangdrohnen "
     "für die ukrainischen Streitkräfte bauen soll."),
    ("Gemeinschaftsunternehmen soll Munition für die ukrainische Armee herstellen",
     "Ein deutsch-ukrainisches Gemeinschaftsunternehmen will ab dem Frühjahr in der Westukraine "
     "Artilleriegranaten fertigen, teilten beide Partner mit."),
    ("Deutsche und ukrainische Firma bauen gemeinsam Haubitzen",
     "Ein deutscher Hersteller und ein ukrainischer Staatskonzern wollen gemeinsam Radhaubitzen für die "
     "ukrainische Armee bauen. Die ersten Geschütze sollen im Herbst ausgeliefert werden."),
    ("Danish and Ukrainian firms form joint venture to build drones",
     "COPENHAGEN (Reuters) - A Danish defence company and a Ukrainian drone maker will set up a joint venture to "
     "build long-range drones for Ukraine's armed forces in Denmark."),
    ("Czech and Ukrainian firms to co-produce artillery shells",
     "PRAGUE (Reuters) - A Czech arms group and a Ukrainian state manufacturer signed an agreement to co-produce "
     "155mm shells for the Ukrainian army."),
    ("Coentreprise franco-ukrainienne pour fabriquer des drones",
     "PARIS (AFP) - Un industriel français et un fabricant ukrainien créent une coentreprise qui fabriquera des "
     "drones pour l'armée ukrainienne, a annoncé le ministère des Armées."),
    ("Un groupe français va coproduire des obus avec un industriel ukrainien",
     "PARIS (AFP) - Le groupe a signé un accord pour produire des obus de 155 mm destinés aux forces ukrainiennes "
     "dans une usine commune."),
    # loans and credits earmarked for weapons
    ("Kanada gewährt Kiew Kredit für Waffenkäufe",
     "Kanada leiht der Ukraine 1,5 Milliarden Dollar, mit denen Kiew Munition und Flugabwehr kaufen soll. "
     "Zurückgezahlt wird aus den Erträgen eingefrorener russischer Vermögen."),
    ("EU-Darlehen für Waffen: erste Tranche an die Ukraine",
     "Die EU hat der Ukraine die erste Tranche eines Darlehens über 45 Milliarden Euro überwiesen, das für "
     "Drohnen und Artillerie bestimmt ist."),
    ("Japan leiht der Ukraine Geld für Rüstungsgüter",
     "Japan gewährt der Ukraine ein Darlehen über drei Milliarden Dollar, besichert mit den Zinsen aus "
     "eingefrorenen russischen Guthaben, für Luftverteidigung."),
    ("Norway lends Ukraine $1 billion for air defence",
     "OSLO (Reuters) - Norway will lend Ukraine 1 billion dollars to buy air defence systems, to be repaid "
     "from windfall profits on immobilised Russian assets."),
    ("Canada grants Kyiv a loan for ammunition",
     "OTTAWA (AP) - Canada is granting Ukraine a 2 billion Canadian dollar loan earmarked for artillery "
     "ammunition and drones, the finance minister said."),
    ("Le Royaume-Uni prête 2 milliards de livres à l'Ukraine pour des armes",
     "LONDRES (AFP) - Londres accorde à Kiev un prêt de deux milliards de livres pour acheter des armes, "
     "remboursé par les revenus des avoirs russes gelés."),
    ("Prêt de l'UE à l'Ukraine : une première tranche pour des drones",
     "BRUXELLES (AFP) - L'UE a versé à l'Ukraine une première tranche de quatre milliards d'euros d'un prêt "
     "destiné à l'achat de drones et de munitions."),
    ("Die Ukraine erhält Kredit aus russischem Vermögen für Artillerie",
     "Großbritannien stellt der Ukraine einen Kredit über eine Milliarde Pfund für Artilleriegeschosse zur "
     "Verfügung."),
]

LOOK_ALIKES_OF_THE_THREE_SHAPES = [
    # a commentary on defence budgets
    ("Kommentar: Der Wehretat ist zu klein für die Bundeswehr",
     "Die Bundesregierung hat mehr Geld für Munition und Panzer der Bundeswehr freigegeben. Doch die Lücken der "
     "Truppe sind zwei Jahre nach Beginn des Kriegs in der Ukraine größer als gedacht."),
    ("Opinion: NATO's spending target is the wrong debate",
     "Allies approved a goal of 3.5 percent of GDP for defence spending. The money will buy tanks for their own "
     "armies, not for Ukraine's war."),
    ("Éditorial : la loi de programmation militaire arrive trop tard",
     "Le Parlement a débloqué des crédits pour des obus et des drones destinés à l'armée française. La guerre en "
     "Ukraine a montré l'ampleur des besoins."),
    # a joint venture between NATO firms for their own armies
    ("Rheinmetall und Leonardo gründen Joint Venture für Panzer",
     "Der deutsche und der italienische Rüstungskonzern gründen ein Gemeinschaftsunternehmen, das Kampfpanzer "
     "für die italienische Armee bauen soll."),
    ("KNDS and a Polish group to co-produce howitzers for Poland",
     "WARSAW (Reuters) - KNDS and a Polish state group will set up a joint venture to build howitzers for the "
     "Polish army, lessons drawn from the war in Ukraine."),
    ("Coentreprise franco-allemande pour le char du futur",
     "PARIS (AFP) - Les industriels français et allemands créent une coentreprise pour fabriquer le char du "
     "futur destiné aux armées des deux pays."),
    ("Schwedisch-norwegisches Joint Venture baut Raketen für die Nato",
     "Ein schwedischer und ein norwegischer Hersteller wollen gemeinsam Raketen für die Streitkräfte beider "
     "Länder produzieren."),
    # a loan to another country
    ("Deutschland gewährt Polen Kredit für Panzerkauf",
     "Die Bundesregierung gewährt Polen einen Kredit über zwei Milliarden Euro für den Kauf von Kampfpanzern. "
     "Warschau rüstet mit Blick auf den Krieg in der Ukraine auf."),
    ("US lends Philippines $500 million for patrol boats",
     "MANILA (Reuters) - The United States will lend the Philippines 500 million dollars to buy patrol boats "
     "and radars for its navy."),
    ("La France accorde un prêt à l'Arménie pour des radars",
     "EREVAN (AFP) - Paris accorde un prêt de 200 millions d'euros à l'Arménie pour l'achat de radars et de "
     "véhicules blindés, une première."),
    ("IWF gewährt der Ukraine neuen Kredit für den Haushalt",
     "Der Internationale Währungsfonds gewährt der Ukraine einen Kredit über acht Milliarden Dollar, mit dem "
     "Kiew Renten und Gehälter bezahlen soll."),
]


@pytest.mark.parametrize(("headline", "lead"), AID_IN_THREE_SHAPES)
def test_commentary_joint_ventures_and_loans_for_weapons_are_aid(defaults: RuleSet, headline: str, lead: str):
    assert_relevance(defaults, analyze(defaults, headline, lead), True)


@pytest.mark.parametrize(("headline", "lead"), LOOK_ALIKES_OF_THE_THREE_SHAPES)
def test_look_alikes_of_the_three_shapes_are_not_relevant(defaults: RuleSet, headline: str, lead: str):
    assert_relevance(defaults, analyze(defaults, headline, lead), False)


# Written after the change above, labelled before the run: 4 aid texts and 4 look-alikes.
# A loan counts in French and German only next to Ukraine (in English too since the round of
# tests/rules/test_rules_relevance_3.py).
@pytest.mark.parametrize(
    ("headline", "lead", "relevant"),
    [
        ("Schweden leiht Kiew Geld für Artillerie",
         "Schweden gewährt der Ukraine ein Darlehen über 800 Millionen Euro für Haubitzen und Munition, teilte die "
         "Regierung in Stockholm mit.", True),
        ("La Belgique prête 1 milliard d'euros à Kiev pour des F-16",
         "BRUXELLES (AFP) - La Belgique accorde à l'Ukraine un prêt d'un milliard d'euros pour l'entretien de ses "
         "avions de combat F-16 et l'achat de missiles.", True),
        ("Comment: Berlin's new air defence pledge is too little",
         "Germany's promise of two more IRIS-T systems for Ukraine is welcome, but Kyiv needs ten.", True),
        ("Litauisch-ukrainisches Gemeinschaftsunternehmen fertigt Drohnen",
         "In Vilnius soll ein Gemeinschaftsunternehmen jährlich 5.000 Drohnen für die ukrainischen Streitkräfte "
         "herstellen.", True),
        ("KfW gewährt Rüstungsfirma Kredit für neues Werk",
         "Die staatliche Förderbank gewährt einem Panzerbauer einen Kredit über 300 Millionen Euro für ein Werk in "
         "Niedersachsen; der Krieg in der Ukraine hat die Nachfrage erhöht.", False),
        ("Un prêt de la BEI pour une usine d'obus en Pologne",
         "VARSOVIE (AFP) - La Banque européenne d'investissement accorde un prêt de 400 millions d'euros à un "
         "fabricant polonais d'obus, qui fournira l'armée polonaise.", False),
        ("Finnland leiht Estland Geld für Flugabwehr",
         "Finnland gewährt Estland einen Kredit über 200 Millionen Euro für Flugabwehrradare und verweist auf den "
         "Krieg in der Ukraine.", False),
        # English "lend" and "loan" now count only next to Ukraine, like the French and German ones
        ("Finland lends Estonia $200 million for air defence",
         "HELSINKI (Reuters) - Finland will lend Estonia 200 million dollars to buy air defence radars, citing "
         "Russia's war in Ukraine.", False),
    ],
)
def test_loans_and_joint_ventures_written_after_the_change(defaults: RuleSet, headline: str, lead: str,
                                                           relevant: bool):
    analysis = analyze(defaults, headline, lead)
    assert analysis.relevant == relevant, defaults.explain(analysis)
