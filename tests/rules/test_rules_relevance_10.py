"""Relevance on wire copy, a tenth round (session of 2026-12-04, evening).

Every text here was written for this file in the style of Reuters, AFP and dpa copy, labelled by
hand before the rules were run on it, and never taken from the real-article set. Aid news that names
no weapon plainly: money through the European Peace Facility, "security assistance" and "aide
sécuritaire", Germany's Ertüchtigungsinitiative, money for "Ukraine's defence", training missions,
the ammunition initiative, Ramstein meetings; German and French forms (Panzerhaubitzen, Flakpanzer,
Kampfpiloten, Soldatinnen, "cèderont", "livrera"). Look-alikes: Western weapons captured by Russia,
shown as trophies or destroyed (the leftover of earlier rounds: "Western-supplied tanks fell into
Russian hands"), arms bought by Poland, Israel, India and Taiwan, Ukraine's own arms industry with no
donor, frozen Russian assets and sanctions with no weapons bought, energy and humanitarian aid, NATO
exercises and defence budgets, North Korean and Iranian arms for Russia.

Main's rules missed 6 of the 30 aid texts (the Peace Facility in English and French, "aide
sécuritaire", the Ertüchtigungsinitiative, money "to strengthen Ukraine's defence capabilities", a
"Ramstein-Treffen") and raised 9 of the 30 look-alikes (five captured or destroyed Western weapons,
North Korea's shells "for Moscow's war against Ukraine", Ukraine's own drones and cruise missiles, an
Iranian-built drone plant in Russia): precision 0.73, recall 0.80. After this round's changes none is
missed or raised. Aid named: "security aid", "aide sécuritaire", "aide à la sécurité" and
"Ertüchtigung*" are explicit military aid; the Peace Facility and its Ukraine Assistance Fund paying
for Ukraine (not for a neighbour) weigh 2; an amount for "Ukraine's defence" (not its defence
industry or minister) is military money; a Ramstein meeting in an article about Ukraine is the
contact group. Traps: Western weapons captured or shown as trophies, the capture told next to them (-5,
not captured Russian ones, nor when a giving to come is told); a given weapon lost, destroyed or
crashed ("ein von Deutschland gelieferter Leopard ... zerstört", "fourni par les Pays-Bas ... s'est
écrasé", "delivered to Ukraine were destroyed", -2, not beside a giving to come); Ukraine's own
industry with no donor, joint venture or licence named (-1); weapons made in Russia (-1); North Korean
or Iranian arms "for Moscow's war" trip the traps of arms supplied to Russia and of the war named
only as a reason.

Written after those changes, 20 more texts (AFTER): on their first run none missed and 1 raised (an
F-16 given by the Netherlands that crashed, P 0.91 R 1.00; main's rules: 3 missed, 2 raised, P 0.78
R 0.70). The givers' participles ("supplied by", "fourni par") had first been added to the trap of
weapons used in combat, whose "hit" they then shared with a real aid package ("missiles provided by"
the US "hitting" targets: its score fell from 4 to 2); they now form a trap of their own, of words
of a loss only, crashes among them: none is missed or raised. Six probes of the new readings
(BOUNDARIES), written with them: 1 missed and 1 raised on their first run, both so on main too, left
as strict xfails. A second probe of 8 (PROBES), written after the first commit to look for what the
capture trap hides: 2 missed and 2 raised on its first run (main: 0 and 3); after narrowing the
capture trap and widening the loss trap, none. Three German texts of compounds of military support
(COMPOUNDS), written last: 2 missed on their first run (main the same), now none.

Of the 1,088 texts of tests/data, 18 labelled relevant gain 2 (the Peace Facility, the "Ertüchtigung
der Ukraine", Ramstein talks), and one of them changes its verdict, rightly: "ahead of Ramstein
talks", at 1 on main, now 3 (busy day 22's preview quote: stored now, it stays a story of its own
as day 21's does, and that day's pair-recall floors in tests/stories/test_story_busy_day.py go from 1.0 to
0.83 today and from 0.84 to 0.70 dated as published); no other score moves. On
the real-article set no item's score moves: relevance P/R 0.99/0.99, pledges 196/193/179, stories
pairP 1.00 pairR 0.86, hidden 0/72 in both date modes. 91 rules (85 before); the costliest is still
the deliberation rule at 14.5, the weapon rules unchanged; of the new ones the capture trap costs most
(12.3 of 15), then the loss trap (6.6) and the trap of Ukraine's own industry (6.1).
"""

from __future__ import annotations

import pytest

from bot.core.rules.language import RuleSet
from tests.support.wire_reading import analyze, assert_relevance, fired

AID_NEWS = [
    # ---- English
    ("EU ambassadors unlock Peace Facility money for Ukraine",
     "BRUSSELS (Reuters) - EU ambassadors agreed on Wednesday to release 6.6 billion euros from the European "
     "Peace Facility for Ukraine, ending months of deadlock with Hungary. The money reimburses member states for "
     "equipment they send to Kyiv's forces."),
    ("Pentagon unveils new security assistance for Kyiv",
     "WASHINGTON (Reuters) - The United States will provide Ukraine with another 425 million dollars in security "
     "assistance, drawn from Pentagon stocks, officials said on Friday. The package focuses on interceptors and "
     "artillery rounds."),
    ("British-led programme has trained 60,000 Ukrainian recruits",
     "LONDON (Reuters) - More than 60,000 Ukrainian recruits have completed basic combat training in Britain "
     "under Operation Interflex, the defence ministry said on Monday. Nine partner nations send instructors to "
     "the programme."),
    ("Netherlands adds 250 mln euros to Czech ammunition drive",
     "AMSTERDAM (Reuters) - The Netherlands will contribute another 250 million euros to the Czech-led initiative "
     "that buys artillery rounds on the world market for Ukraine, the Dutch defence minister said."),
    ("Allies meet at Ramstein as Kyiv seeks more air defence",
     "RAMSTEIN, Germany (Reuters) - Defence ministers from some 50 countries met at Ramstein air base on Thursday "
     "to coordinate support for Ukraine ahead of winter. No new commitments were announced at the start of the "
     "meeting."),
    ("Austin to chair last Ukraine Defense Contact Group meeting", ""),
    ("NATO takes over coordination of Western arms deliveries to Kyiv",
     "WIESBADEN, Germany (Reuters) - NATO formally took over the coordination of Western military equipment and "
     "training for Ukraine from the United States, running it from a command in Wiesbaden, the alliance said."),
    ("Lithuania to train Ukrainian drone operators",
     "VILNIUS (Reuters) - Lithuania will host training for 500 Ukrainian drone operators next year as part of its "
     "commitments to Kyiv, the defence ministry said."),
    ("Germany sets aside further 3 bln euros for Kyiv's defence",
     "BERLIN (Reuters) - Germany will set aside an additional 3 billion euros next year to strengthen Ukraine's "
     "defence capabilities, the finance ministry said, bringing its budgeted support to 11.5 billion euros."),
    ("Canada contributes $200 mln to NATO's PURL scheme",
     "OTTAWA (Reuters) - Canada will contribute 200 million dollars to NATO's Prioritized Ukraine Requirements "
     "List, which buys American weapons for Kyiv, the prime minister said."),
    # ---- French
    ("Facilité européenne pour la paix : feu vert à 5 milliards d'euros pour Kiev",
     "BRUXELLES (AFP) - Les ambassadeurs des Vingt-Sept ont validé mercredi une enveloppe de 5 milliards d'euros "
     "au titre de la Facilité européenne pour la paix, destinée à soutenir l'effort de défense ukrainien. La "
     "Hongrie s'est abstenue."),
    ("Format Ramstein : les alliés au chevet de la défense ukrainienne",
     "BRUXELLES (AFP) - Les ministres de la Défense d'une cinquantaine de pays se réunissent jeudi au siège de "
     "l'Otan dans le format Ramstein, pour coordonner leur soutien à l'Ukraine avant l'hiver."),
    ("La mission européenne de formation des soldats ukrainiens prolongée",
     "BRUXELLES (AFP) - Les Vingt-Sept ont prolongé de deux ans le mandat de la mission d'assistance militaire de "
     "l'UE, qui a formé plus de 75.000 militaires ukrainiens depuis 2022, a annoncé le Conseil."),
    ("Initiative tchèque : la France apporte 100 millions d'euros",
     "PARIS (AFP) - La France contribuera à hauteur de 100 millions d'euros à l'initiative tchèque qui achète des "
     "obus de gros calibre hors d'Europe pour le compte de l'Ukraine, a annoncé l'Elysée."),
    ("Paris livrera six Caesar supplémentaires à Kiev d'ici mars",
     "PARIS (AFP) - La France livrera six canons automoteurs Caesar supplémentaires à l'Ukraine d'ici mars, "
     "financés en partie par les intérêts des avoirs russes gelés, a indiqué le ministère des Armées."),
    ("Washington débloque une nouvelle aide sécuritaire pour Kiev",
     "WASHINGTON (AFP) - Les Etats-Unis ont annoncé vendredi une nouvelle tranche d'aide sécuritaire à l'Ukraine "
     "d'un montant de 300 millions de dollars, prélevée sur les stocks du Pentagone."),
    ("Des sapeurs ukrainiens formés au déminage par l'armée française",
     "PARIS (AFP) - Quelque 300 sapeurs ukrainiens ont été formés au déminage par le génie français depuis le "
     "début de l'année, a indiqué l'état-major des armées."),
    ("L'Otan prend le relais des Etats-Unis pour coordonner l'aide à Kiev",
     "BRUXELLES (AFP) - L'Otan a pris officiellement en main la coordination des livraisons d'armes et de la "
     "formation des soldats ukrainiens, jusqu'ici assurée par Washington, depuis un commandement installé à "
     "Wiesbaden."),
    ("La Belgique débloque un milliard pour l'effort de guerre ukrainien",
     "BRUXELLES (AFP) - La Belgique consacrera un milliard d'euros l'an prochain au soutien militaire de "
     "l'Ukraine, dont une partie servira à l'achat de munitions et à l'entretien des F-16 promis à Kiev, a "
     "annoncé le gouvernement."),
    ("Les Pays-Bas cèderont leurs derniers chasseurs à Kiev",
     "LA HAYE (AFP) - Les Pays-Bas cèderont à l'Ukraine les derniers de leurs 24 F-16 promis avant la fin de "
     "l'année, a annoncé le ministre néerlandais de la Défense."),
    # ---- German
    ("EU-Friedensfazilität: Weitere Milliarden für Kiews Verteidigung",
     "BRÜSSEL (dpa) - Die EU-Staaten haben weitere fünf Milliarden Euro aus der Europäischen Friedensfazilität "
     "für die Ukraine freigegeben. Mit dem Geld werden Mitgliedstaaten für Rüstungsgüter entschädigt, die sie an "
     "Kiew abgeben."),
    ("Ramstein-Treffen in Brüssel: Pistorius sichert weitere Unterstützung zu",
     "BRÜSSEL (dpa) - Beim Ramstein-Treffen der Unterstützerstaaten hat Verteidigungsminister Boris Pistorius der "
     "Ukraine weitere Unterstützung im Winter zugesichert. Details nannte er zunächst nicht."),
    ("Munitionsinitiative: Deutschland beteiligt sich mit 300 Millionen",
     "BERLIN (dpa) - Deutschland beteiligt sich mit weiteren 300 Millionen Euro an der tschechischen "
     "Munitionsinitiative für die Ukraine, teilte das Verteidigungsministerium mit."),
    ("Bundeswehr hat 20.000 ukrainische Soldaten ausgebildet",
     "BERLIN (dpa) - Die Bundeswehr hat im Rahmen der EU-Ausbildungsmission seit 2022 mehr als 20.000 ukrainische "
     "Soldatinnen und Soldaten ausgebildet, teilte das Einsatzführungskommando mit."),
    ("Ertüchtigungsinitiative: Berlin stockt Mittel für Kiew auf",
     "BERLIN (dpa) - Der Bund stockt die Mittel der Ertüchtigungsinitiative für die Ukraine im kommenden Jahr auf "
     "11,5 Milliarden Euro auf, wie aus dem Haushaltsentwurf hervorgeht. Das Geld dient der militärischen "
     "Unterstützung des Landes."),
    ("Panzerhaubitzen aus Deutschland an der Front eingetroffen",
     "KIEW (dpa) - Die von Deutschland zugesagten Panzerhaubitzen 2000 sind an der Front eingetroffen, teilte die "
     "ukrainische Armee mit."),
    ("Weitere Gepard-Flakpanzer für die Ukraine",
     "BERLIN (dpa) - Die Ukraine erhält weitere 15 Flakpanzer vom Typ Gepard aus früheren Bundeswehrbeständen, "
     "teilte das Verteidigungsministerium mit."),
    ("Niederlande finanzieren Drohnenabwehr für Kiew",
     "DEN HAAG (dpa) - Die Niederlande finanzieren Abfangdrohnen für die ukrainischen Streitkräfte im Wert von "
     "200 Millionen Euro, teilte das Verteidigungsministerium in Den Haag mit."),
    ("Ukrainische Kampfpiloten trainieren in Rumänien auf F-16",
     "BUKAREST (dpa) - In Rumänien werden derzeit ukrainische Kampfpiloten auf F-16-Jets geschult; das "
     "Trainingszentrum betreiben die Niederlande und der Hersteller Lockheed Martin."),
    ("Norwegen verdoppelt Militärunterstützung für Kiew",
     "OSLO (dpa) - Norwegen verdoppelt seine Militärunterstützung für die Ukraine im kommenden Jahr auf 85 "
     "Milliarden Kronen, teilte die Regierung in Oslo mit."),
]

LOOK_ALIKES = [
    # ---- English
    ("Russia displays captured Western tanks in Moscow",
     "MOSCOW (Reuters) - Russia put captured Western armoured vehicles on show in a Moscow park on Wednesday, "
     "including a German-made Leopard tank and a U.S.-supplied Bradley fighting vehicle taken on the Zaporizhzhia "
     "front. The defence ministry said the display showed the failure of NATO's weapons deliveries to Ukraine."),
    ("Western-supplied Abrams tanks fell into Russian hands, Kyiv admits",
     "KYIV (Reuters) - Several U.S.-supplied Abrams tanks fell into Russian hands after Ukrainian forces withdrew "
     "from the town, a Ukrainian brigade spokesman said on Tuesday. Russian channels published video of the tanks "
     "being towed away."),
    ("Poland signs $6.5 bln deal for more K2 tanks from South Korea",
     "WARSAW (Reuters) - Poland signed a 6.5 billion dollar contract with Hyundai Rotem for 180 more K2 tanks, "
     "part of a build-up driven by Russia's war in Ukraine, the defence ministry said. Some of the tanks will be "
     "made in Poland."),
    ("Ukraine's arms makers to produce 4 mln drones this year, minister says",
     "KYIV (Reuters) - Ukrainian manufacturers will produce more than 4 million drones this year, up from 2 "
     "million last year, Ukraine's minister for strategic industries said. The state budget will pay for most of "
     "them."),
    ("EU extends freeze on Russian central bank assets",
     "BRUSSELS (Reuters) - EU governments agreed to keep about 210 billion euros of Russian central bank assets "
     "immobilised indefinitely, removing the need to renew the freeze every six months. Kyiv welcomed the "
     "decision."),
    ("US grants Ukraine $1 bln for power grid repairs",
     "WASHINGTON (Reuters) - The United States will give Ukraine 1 billion dollars to repair its power grid and "
     "protect substations from Russian missile and drone attacks, the State Department said."),
    ("NATO ministers set new capability targets as exercise begins",
     "BRUSSELS (Reuters) - NATO defence ministers agreed on new capability targets on Thursday, as 30,000 troops "
     "began the alliance's Steadfast exercise in Norway. Ministers said air defence and long-range missiles were "
     "the top priorities, citing lessons from the war in Ukraine."),
    ("North Korea, Russia sign arms cooperation pact",
     "SEOUL (Reuters) - North Korea and Russia signed an agreement to deepen military cooperation, under which "
     "Pyongyang will supply more artillery shells and missiles for Moscow's war against Ukraine, South Korean "
     "officials said."),
    ("Israel agrees to buy third F-35 squadron",
     "JERUSALEM (Reuters) - Israel signed a 3 billion dollar deal to buy a third squadron of F-35 fighter jets "
     "from the United States, the defence ministry said. The deal comes as U.S. production lines are stretched by "
     "deliveries to Ukraine and Israel's war in Gaza."),
    ("Taiwan to receive remaining Abrams tanks this year",
     "TAIPEI (Reuters) - Taiwan will receive the last 38 of 108 M1A2T Abrams tanks ordered from the United States "
     "this year, the defence ministry said. Deliveries of other U.S. weapons have been slowed by the war in "
     "Ukraine."),
    # ---- French
    ("Des blindés occidentaux capturés exposés à Moscou",
     "MOSCOU (AFP) - Le ministère russe de la Défense expose depuis mercredi dans un parc de Moscou des blindés "
     "occidentaux capturés sur le front ukrainien, dont un char Leopard allemand et un véhicule Bradley américain "
     "livrés à Kiev."),
    ("La Pologne commande des chars K2 supplémentaires à la Corée du Sud",
     "VARSOVIE (AFP) - La Pologne a signé un contrat de 6,5 milliards de dollars pour 180 chars K2 "
     "supplémentaires fabriqués par le sud-coréen Hyundai Rotem, dans le cadre du réarmement accéléré décidé "
     "après l'invasion de l'Ukraine."),
    ("Rafale : l'Inde signe pour 26 avions de combat",
     "NEW DELHI (AFP) - L'Inde a signé avec la France un contrat pour l'achat de 26 Rafale Marine destinés à sa "
     "marine, a annoncé le ministère indien de la Défense."),
    ("L'industrie ukrainienne a produit un million de drones",
     "KIEV (AFP) - L'industrie de défense ukrainienne a produit plus d'un million de drones l'an dernier et "
     "pourra en fabriquer quatre millions cette année, a affirmé le ministre ukrainien des Industries "
     "stratégiques. Kiev veut aussi exporter une partie de sa production."),
    ("Avoirs russes : la Belgique s'oppose à leur confiscation",
     "BRUXELLES (AFP) - La Belgique refuse de confisquer les avoirs russes gelés déposés chez Euroclear, "
     "invoquant des risques juridiques et financiers, a déclaré le Premier ministre belge lors d'un sommet "
     "européen."),
    ("Sanctions : l'UE vise la flotte fantôme et des fournisseurs de drones",
     "BRUXELLES (AFP) - L'UE a adopté un 19e paquet de sanctions contre la Russie, visant 120 pétroliers de la "
     "flotte fantôme et des entreprises chinoises accusées de fournir des composants de drones à Moscou."),
    ("Energie : la France envoie 50 transformateurs à l'Ukraine",
     "PARIS (AFP) - La France a envoyé à l'Ukraine une cinquantaine de transformateurs électriques et 200 groupes "
     "électrogènes pour réparer le réseau endommagé par les frappes russes, a indiqué le Quai d'Orsay."),
    ("Exercice de l'Otan en Roumanie : 10.000 soldats mobilisés",
     "BUCAREST (AFP) - Quelque 10.000 soldats de l'Otan participent depuis lundi en Roumanie à l'exercice Dacian "
     "Fall, qui simule la défense du flanc est avec des chars, de l'artillerie et des systèmes de défense "
     "aérienne, près de la frontière ukrainienne."),
    ("L'Iran aurait livré des missiles balistiques à la Russie",
     "WASHINGTON (AFP) - L'Iran a livré des missiles balistiques de courte portée à la Russie, qui pourraient "
     "être utilisés contre l'Ukraine d'ici quelques semaines, a affirmé le secrétaire d'Etat américain."),
    ("Budget des armées : hausse de 6,7 milliards en 2026",
     "PARIS (AFP) - Le budget des armées augmentera de 6,7 milliards d'euros l'an prochain, a annoncé le "
     "gouvernement, qui veut reconstituer les stocks de munitions et acquérir davantage de drones et de défense "
     "antiaérienne, leçons de la guerre en Ukraine."),
    # ---- German
    ("Russland zeigt erbeutete westliche Panzer in Moskau",
     "MOSKAU (dpa) - Russland stellt in einem Moskauer Park erbeutete westliche Militärfahrzeuge aus, darunter "
     "einen Leopard-Kampfpanzer und einen Schützenpanzer vom Typ Marder, die Deutschland an die Ukraine geliefert "
     "hatte."),
    ("Ukrainischer Leopard von russischen Drohnen zerstört",
     "KIEW (dpa) - Ein von Deutschland gelieferter Leopard-2-Panzer ist nach ukrainischen Angaben im Gebiet "
     "Saporischschja von russischen Drohnen zerstört worden. Die Besatzung konnte sich retten."),
    ("Polen kauft weitere K2-Panzer in Südkorea",
     "WARSCHAU (dpa) - Polen hat in Südkorea weitere 180 Kampfpanzer vom Typ K2 bestellt; ein Teil soll in Polen "
     "gefertigt werden. Warschau rüstet seit Beginn des russischen Angriffskriegs gegen die Ukraine massiv auf."),
    ("Ukrainische Rüstungsindustrie steigert Produktion von Marschflugkörpern",
     "KIEW (dpa) - Die ukrainische Rüstungsindustrie hat ihre Produktion von Marschflugkörpern vom Typ Flamingo "
     "deutlich gesteigert, sagte Präsident Selenskyj. Die Waffen werden vollständig in der Ukraine hergestellt."),
    ("EU verlängert Sperre für russisches Zentralbankvermögen",
     "BRÜSSEL (dpa) - Die EU hat die Sperre für rund 210 Milliarden Euro an russischem Zentralbankvermögen "
     "unbefristet verlängert. Die Ukraine begrüßte die Entscheidung."),
    ("Deutschland liefert Transformatoren und Generatoren in die Ukraine",
     "BERLIN (dpa) - Deutschland hat der Ukraine weitere Transformatoren und Stromgeneratoren für die "
     "Energieversorgung im Winter geliefert, teilte das Auswärtige Amt mit."),
    ("Bundestag beschließt Rekord-Wehretat",
     "BERLIN (dpa) - Der Bundestag hat den Wehretat für 2026 mit 82,7 Milliarden Euro beschlossen, so viel wie "
     "nie. Mit dem Geld sollen vor allem Munition, Flugabwehrsysteme und Kampfpanzer für die Bundeswehr beschafft "
     "werden, eine Lehre aus dem Krieg in der Ukraine."),
    ("Iranische Drohnenfabrik in Russland produziert Tausende Shahed",
     "MOSKAU (dpa) - Eine mit iranischer Hilfe gebaute Fabrik in Tatarstan stellt nach Geheimdienstangaben "
     "monatlich Tausende Kampfdrohnen vom Typ Shahed her, die gegen die Ukraine eingesetzt werden."),
    ("Rheinmetall liefert Skyranger an Dänemark",
     "DÜSSELDORF (dpa) - Rheinmetall hat einen Auftrag über Flugabwehrpanzer vom Typ Skyranger für das dänische "
     "Heer erhalten; die Systeme sollen ab 2027 geliefert werden. Der Konzern verwies auf die Erfahrungen mit "
     "Drohnen im Krieg in der Ukraine."),
    ("Humanitäre Hilfe: Deutschland gibt weitere 50 Millionen für die Ukraine",
     "BERLIN (dpa) - Die Bundesregierung stellt der Ukraine weitere 50 Millionen Euro für humanitäre Hilfe "
     "bereit, etwa für Unterkünfte, Lebensmittel und medizinische Versorgung im Winter."),
]


@pytest.mark.parametrize(("headline", "lead"), AID_NEWS)
def test_aid_news_of_the_tenth_round_is_relevant(defaults: RuleSet, headline: str, lead: str):
    assert_relevance(defaults, analyze(defaults, headline, lead), True)


@pytest.mark.parametrize(("headline", "lead"), LOOK_ALIKES)
def test_look_alikes_of_the_tenth_round_are_not_relevant(defaults: RuleSet, headline: str, lead: str):
    assert_relevance(defaults, analyze(defaults, headline, lead), False)


def test_a_captured_western_tank_is_read_as_the_trap_that_says_so(defaults: RuleSet):
    # The display scores 6 without the trap: it must be the capture that outweighs it, not luck.
    headline, lead = LOOK_ALIKES[0]
    analysis = analyze(defaults, headline, lead)
    assert fired(analysis, "Western weapons captured by Russia"), defaults.explain(analysis)


# ---------------------------------------------------------------- held out, then boundaries

# Written after this round's changes and labelled before their first run: the Ukraine Assistance
# Fund, a meeting "in the Ramstein format", money "à la défense de l'Ukraine", recruits trained in
# Britain, armoured carriers handed over, howitzers "réceptionnés", pilots' training paid for, the
# Friedensfazilität, Czech shells, "security aid"; look-alikes of a Bradley paraded in Moscow, an
# Abrams "erbeutet", a given F-16 that crashed, Korean howitzers for Poland, Ukraine's drone exports,
# Euroclear's income from frozen assets, heating plants, a NATO exercise, North Korean howitzers for
# Russia, Patriot interceptors for Taiwan. First run: none missed, 1 raised (the crash), now read.
AFTER = [
    ("EU agrees to top up Ukraine Assistance Fund",
     "BRUSSELS (Reuters) - EU foreign ministers agreed to top up the Ukraine Assistance Fund with another "
     "5 billion euros on Monday, after Hungary lifted its veto, diplomats said.", True),
    ("Ukraine's backers meet in London in Ramstein format",
     "LONDON (Reuters) - Defence ministers from about 50 countries gathered in London on Wednesday for a "
     "meeting in the Ramstein format, co-chaired by Britain and Germany, to discuss Ukraine's needs for "
     "the coming year.", True),
    ("La Suède consacre 1,5 milliard d'euros à la défense de l'Ukraine",
     "STOCKHOLM (AFP) - La Suède consacrera l'an prochain 1,5 milliard d'euros à la défense de l'Ukraine, "
     "a annoncé le gouvernement, sans préciser le contenu de son prochain paquet.", True),
    ("Ukrainische Rekruten beenden Grundausbildung in Großbritannien",
     "LONDON (dpa) - Ein weiteres Kontingent ukrainischer Rekruten hat in Großbritannien die "
     "Grundausbildung abgeschlossen; an dem Programm beteiligen sich Ausbilder aus neun Ländern.", True),
    ("Lettland übergibt Kiew gepanzerte Fahrzeuge",
     "RIGA (dpa) - Lettland hat der Ukraine weitere gepanzerte Mannschaftstransportwagen übergeben, "
     "teilte das Verteidigungsministerium in Riga mit.", True),
    ("L'Ukraine a réceptionné les premiers obusiers promis par Madrid",
     "KIEV (AFP) - L'armée ukrainienne a réceptionné les premiers obusiers tractés promis par l'Espagne "
     "au printemps, a indiqué le ministère ukrainien de la Défense.", True),
    ("Denmark to finance training of Ukrainian F-16 pilots",
     "COPENHAGEN (Reuters) - Denmark will pay for the training of another 20 Ukrainian pilots on F-16 "
     "fighter jets in the United States, the defence ministry said.", True),
    ("Friedensfazilität: Ungarn gibt Blockade auf",
     "BRÜSSEL (dpa) - Ungarn hat seine Blockade gegen die Auszahlung von 6,6 Milliarden Euro aus der "
     "Friedensfazilität aufgegeben; das Geld soll Mitgliedstaaten für Waffenlieferungen an Kiew "
     "erstatten.", True),
    ("Initiative tchèque : 500.000 obus livrés depuis janvier",
     "PRAGUE (AFP) - L'initiative tchèque a permis de livrer 500.000 obus de gros calibre à l'Ukraine "
     "depuis janvier, a indiqué le gouvernement tchèque.", True),
    ("US approves $400 mln in security aid for Kyiv",
     "WASHINGTON (Reuters) - The U.S. administration approved another 400 million dollars in security aid "
     "for Ukraine on Friday, the State Department said.", True),
    ("Russia parades captured Bradley in Moscow",
     "MOSCOW (Reuters) - A captured U.S.-made Bradley fighting vehicle was driven across a Moscow square "
     "on Sunday, alongside other Western armour seized from Ukrainian forces in the Kursk region.", False),
    ("Russische Armee erbeutet Abrams-Panzer",
     "MOSKAU (dpa) - Russische Truppen haben nach eigenen Angaben bei Awdijiwka einen amerikanischen "
     "Abrams-Kampfpanzer erbeutet, den die USA der Ukraine überlassen hatten.", False),
    ("Un F-16 ukrainien s'écrase, le pilote tué",
     "KIEV (AFP) - Un avion de combat F-16 fourni par les Pays-Bas à l'Ukraine s'est écrasé lors d'une "
     "mission dans l'est du pays, et son pilote a été tué, a indiqué l'armée de l'air ukrainienne.", False),
    ("Poland to buy Korean howitzers worth $2.6 bln",
     "WARSAW (Reuters) - Poland signed a 2.6 billion dollar deal for 152 K9 self-propelled howitzers from "
     "South Korea's Hanwha Aerospace, the latest in a string of arms purchases since Russia invaded "
     "Ukraine.", False),
    ("Ukraine will Drohnen exportieren",
     "KIEW (dpa) - Die Ukraine will überschüssige Drohnen und Seedrohnen aus eigener Produktion an "
     "befreundete Staaten verkaufen, sagte Präsident Selenskyj. Die ukrainische Rüstungsindustrie könne "
     "inzwischen mehr herstellen, als die Armee brauche.", False),
    ("Avoirs russes gelés : les revenus atteignent 4 milliards",
     "BRUXELLES (AFP) - Les revenus tirés des avoirs russes gelés chez Euroclear ont atteint 4 milliards "
     "d'euros l'an dernier, a indiqué la société belge dans ses comptes annuels.", False),
    ("Japan to fund Ukraine's heating plants before winter",
     "TOKYO (Reuters) - Japan will provide Ukraine with 450 million dollars in grants to repair heating "
     "plants and buy generators and transformers before winter, the foreign ministry said.", False),
    ("Größtes Nato-Manöver seit Jahrzehnten beginnt",
     "BRÜSSEL (dpa) - Mit rund 90.000 Soldaten hat das größte Nato-Manöver seit Jahrzehnten begonnen; "
     "geübt wird die Verlegung von Truppen, Panzern und Artillerie an die Ostflanke. Hintergrund ist der "
     "russische Angriffskrieg gegen die Ukraine.", False),
    ("La Corée du Nord aurait envoyé des obusiers à Moscou",
     "SÉOUL (AFP) - La Corée du Nord a envoyé à la Russie des obusiers automoteurs et des lance-roquettes "
     "multiples pour sa guerre contre l'Ukraine, selon le renseignement sud-coréen.", False),
    ("Taiwan to buy 100 more Patriot interceptors",
     "TAIPEI (Reuters) - Taiwan will buy 100 more PAC-3 MSE interceptors from the United States, the "
     "defence ministry said, after Washington cleared the sale. Deliveries are expected to begin after "
     "those promised to Ukraine.", False),
]


@pytest.mark.parametrize(("headline", "lead", "relevant"), AFTER)
def test_texts_written_after_the_changes(defaults: RuleSet, headline: str, lead: str, relevant: bool):
    assert_relevance(defaults, analyze(defaults, headline, lead), relevant)


# Probes of this round's readings, written with the held-out batch: captured Russian tanks sent on
# to Ukraine, and a capture told beside a giving to come, keep the aid; the EU's Ukraine Facility (its
# budget support) is no Peace Facility; a licence from a Danish firm is help from abroad; a weapon
# "supplied by" a donor in combat is the war; a missile strike "fournis par" London beside a promise
# of more keeps the promise. First run: the licence missed and the Patriot raised, both also on main.
BOUNDARIES = [
    ("Polish workshops repair captured Russian tanks for Ukraine",
     "WARSAW (Reuters) - Polish workshops have repaired 40 captured Russian T-72 tanks that will be "
     "handed back to Ukraine's army, the state arms group PGZ said.", True),
    ("Germany to send 10 more Leopards after Russia seized two",
     "BERLIN (Reuters) - Germany will send Ukraine ten more Leopard 1 tanks, the defence ministry said on "
     "Friday, after Russian forces seized two of the tanks near Pokrovsk.", True),
    ("EU pays Ukraine 4 bln euros under Ukraine Facility",
     "BRUSSELS (Reuters) - The European Commission paid Ukraine 4.1 billion euros under the Ukraine "
     "Facility to support its budget and reforms, it said on Tuesday.", False),
    pytest.param("Ukrainischer Drohnenhersteller produziert mit dänischer Lizenz",
                 "KIEW (dpa) - Ein ukrainischer Drohnenhersteller fertigt künftig Langstreckendrohnen in Lizenz eines "
                 "dänischen Unternehmens; die Geräte gehen an die ukrainische Armee.", True,
                 marks=pytest.mark.xfail(strict=True, reason="missed on main too (1): production by a Ukrainian maker "
                                         "is read, one signal; who gets the drones is told after a semicolon ('die "
                                         "Geräte gehen an die ukrainische Armee'), a clause of its own that no NEAR "
                                         "crosses, and a licence from a Danish firm is no giving")),
    pytest.param("Patriot supplied by Germany shoots down Russian missile",
                 "KYIV (Reuters) - A Patriot system supplied by Germany shot down a Russian hypersonic missile over "
                 "Kyiv overnight, Ukraine's air force said.", False,
                 marks=pytest.mark.xfail(strict=True, reason="raised on main too (3): 'supplied' beside the Patriot "
                                         "and Kyiv is read as a giving by three weapon rules; the trap of weapons used "
                                         "in combat reads the supplier before the weapon ('German-supplied'), not "
                                         "'supplied by Germany' after it, since a real aid package told its missiles "
                                         "'provided by' the US beside their 'hitting' targets")),
    ("Des missiles fournis par Londres ont frappé un dépôt russe",
     "KIEV (AFP) - Des missiles Storm Shadow fournis par le Royaume-Uni ont frappé un dépôt de munitions "
     "en Crimée, a indiqué l'armée ukrainienne. Londres a promis d'en livrer davantage.", True),
]


@pytest.mark.parametrize(("headline", "lead", "relevant"), BOUNDARIES)
def test_boundaries_of_the_tenth_rounds_readings(defaults: RuleSet, headline: str, lead: str, relevant: bool):
    assert_relevance(defaults, analyze(defaults, headline, lead), relevant)


# ---------------------------------------------------------------- a second probe

# Written after the first commit of this round, to look for what its strong capture trap (-5) would
# hide: aid news told beside a town's capture ("a day after Russian forces captured Pokrovsk") and
# money seized from Russia spent on drones; look-alikes of a captured Swedish CV90 at an arms fair,
# a captured Marder in a museum, Leopards delivered and then destroyed, a donated F-16 that crashed.
# Labelled before their first run: 2 missed (the capture trap then read any capture word within ten
# words of a weapon, "seized" among them; main's rules missed none) and 2 raised (the Marder, the
# Leopards; main's rules raised 3; the Marder's capturer, first written 'von der Ukraine', since
# corrected to 'von russischen Truppen', which reads the same). The trap now reads a capture told
# next to the weapons, and the loss trap weapons "delivered to" Ukraine that were destroyed: none is
# missed or raised.
PROBES = [
    ("Zelensky asks for more air defence after fall of Pokrovsk",
     "KYIV (Reuters) - President Volodymyr Zelensky asked allies for more air defence systems on Monday, "
     "a day after Russian forces captured Pokrovsk, saying Patriot missiles were running low.", True),
    ("Canada to fund drones for Ukraine with seized Russian money",
     "OTTAWA (Reuters) - Canada will use 100 million dollars seized from a Russian state company to buy "
     "drones for Ukraine's army, the foreign minister said.", True),
    ("Nach Einnahme von Awdijiwka: Kiew bittet um Munition",
     "KIEW (dpa) - Nachdem russische Truppen Awdijiwka erobert haben, bittet die Ukraine ihre Verbündeten "
     "dringend um Artilleriemunition und Flugabwehr.", True),
    ("Des blindés suédois livrés à l'Ukraine, Moscou revendique une prise",
     "STOCKHOLM (AFP) - La Suède a livré à l'Ukraine ses derniers véhicules de combat CV90 promis, a "
     "indiqué jeudi le ministère suédois de la Défense. Moscou affirme avoir capturé l'un d'eux près de "
     "Koursk.", True),
    ("Russia shows off seized Swedish CV90 at arms fair",
     "MOSCOW (Reuters) - Russia's defence ministry displayed a Swedish-made CV90 infantry fighting "
     "vehicle captured near Kursk at an arms fair outside Moscow on Tuesday.", False),
    ("Erbeuteter Marder in russischem Panzermuseum",
     "MOSKAU (dpa) - Ein von russischen Truppen erbeuteter Schützenpanzer Marder, den Deutschland geliefert "
     "hatte, steht nun in einem Museum bei Moskau.", False),
    ("Ukraine's Leopards: a third lost in first year, report says",
     "BERLIN (Reuters) - About a third of the Leopard 2 tanks delivered to Ukraine were destroyed or "
     "damaged in their first year of combat, a German think tank said in a report.", False),
    ("Denmark's F-16 gift: first jet lost in accident",
     "KYIV (Reuters) - One of the F-16 fighter jets donated by Denmark crashed during a training flight "
     "in western Ukraine, the air force said. The pilot ejected safely.", False),
]


@pytest.mark.parametrize(("headline", "lead", "relevant"), PROBES)
def test_a_probe_of_the_tenth_rounds_traps(defaults: RuleSet, headline: str, lead: str, relevant: bool):
    assert_relevance(defaults, analyze(defaults, headline, lead), relevant)


# Written last, after reading which aid texts of this round scored the threshold exactly: Norway's
# "Militärunterstützung" was read by two rules, neither of them as explicit aid, so its headline alone
# was one signal. German compounds of military support, and one bound for Israel beside a stalled
# package for Ukraine. Labelled before their first run: both aid headlines missed, the Israel text not
# raised; "Militärunterstützung*" and "Rüstungsunterstützung*" are now explicit aid (not before
# "für Israel"): none is missed or raised.
COMPOUNDS = [
    ("Norwegen verdoppelt Militärunterstützung für Kiew", "", True),
    ("Schweden kündigt neue Rüstungsunterstützung für die Ukraine an", "", True),
    ("Militärunterstützung für Israel: Washington gibt Bomben frei",
     "WASHINGTON (dpa) - Die US-Regierung hat Militärunterstützung für Israel im Wert von drei Milliarden "
     "Dollar freigegeben, während ein Paket für die Ukraine im Kongress weiter feststeckt.", False),
]


@pytest.mark.parametrize(("headline", "lead", "relevant"), COMPOUNDS)
def test_german_compounds_of_military_support(defaults: RuleSet, headline: str, lead: str, relevant: bool):
    analysis = analyze(defaults, headline, lead)
    assert analysis.relevant == relevant, defaults.explain(analysis)
