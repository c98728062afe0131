"""Relevance on wire copy, a thirteenth round (stop 38, session of 2026-12-04, night).

Every text here was written for this file in the style of Reuters, AFP and dpa copy, labelled by hand before the
rules were run on it, and never taken from the real-article set. WIRE, 60 items of a headline and three to five
sentences (20 per language, 30 aid and 30 look-alikes). Aid: live-blog entries without a headline, headlines with
little body, items naming only the system and Kyiv, German compounds (Panzerhaubitzen, Munitionsnachschub,
Militärhilfepaket), French passives ("ont été livrés", "seront remis"), PURL, NSATU and the Ramstein format, aid
refused, paused and resumed (aid news by the set's convention: refusals and halts are its status), Ukraine asking.
Look-alikes: Ukraine's own drone exports and shell output, North Korean and Iranian arms for Russia, Caesar guns for
Armenia, sales to Israel and Taiwan, NATO members' budgets, arms fairs, defence stocks, generators and transformers,
sanctions, security guarantees in peace talks, court cases on arms exports, Lend-Lease in 1941, a javelin thrower,
a documentary called "Leopard", leopards of a zoo, another country's request for weapons, loans that buy no weapons.
On main's rules its first run missed none and raised 6 of 30 (P 0.83, R 1.00): "Taiwan asks U.S. for more Patriots,
citing Ukraine's war" (3) and "Polen bittet USA um weitere Patriot-Systeme" (2), the asking words of @support read as
a request for Ukraine; the documentary "Leopard" about a Ukrainian tank crew that "a reçu le prix" (2); "Le prêt de la
BEI à l'Ukraine ne servira pas à acheter des armes" and "IWF-Kredit ... darf nicht für Waffen ausgegeben werden" (2
each), weapon rules reading the loan and the arms whatever denies them; Tehran denying "toute livraison d'armes
destinées à la guerre en Ukraine" (2), the explicit-aid rule taking the war for the recipient. Now: another country
asking for weapons for itself is a trap (right before a verb of asking, as written, or its German auxiliary; not a
country weighing a request or asked, nor a request for Ukraine, its army or for leave, nor one told with "also"); a
documentary, a director or a festival beside "Leopard" is the film trap; a loan or budget support for Ukraine said
to buy no weapons (@not_so or "non" before them) is a mild trap (-1); explicit military aid counts near Ukraine, not
near the war in Ukraine (@war_in_ukraine).

HELD_OUT, 20 items written after those changes: first run 2 of 10 look-alikes raised and 1 of 10 aid missed (P 0.82,
R 0.90): "Lithuania will hand Ukraine a further batch of 155mm shells" (0: "hands Ukraine" was giving, "will hand
Ukraine" not), "The Philippines has asked Japan for coastal radars" (2: the request trap did not read radars, which
the aid rules count) and a Ukrainian missile maker seeking foreign buyers (5). Now "will/would/to hand Ukraine" is
giving, and the request trap reads radars and patrol boats: P 0.91, R 1.00, the missile maker a strict xfail.
PROBES of the request trap, 8 items written next: 6 of 8 on their first run (P 0.67, R 1.00): Moldova's request beside
drones "aimed at Ukraine" (3) and Poland asking NATO for air defence "an der Grenze zur Ukraine" (2) raised, and the
trap hit an Estonian request for shells "für die ukrainische Armee" (kept at 3). The trap now reads the destination
near the request and its weapons (the asker alone missed "... that it would then pass on to Kyiv"), Ukraine's army
as the one served, and weighs 3: 7 of 8, Moldova a strict xfail. Six strict xfails of tests/rules/test_rules_traps_37.py
(three requests of Israel and Taiwan, three loans buying no weapons) are read as labelled.

Of the 1,486 texts of tests/data, its seeds and the real set no score moves after any change (one did on the way,
"Die Ukraine hat Deutschland offiziell um ... gebeten", 5 -> 3 while German asking read any country before a
participle). The real-article set's figures do not move: relevance P/R 0.99/0.99, pledges 196/193/179, stories pairP
1.00 pairR 0.86 (24/0/4) today and 0.89 (25/0/3) as published, hidden 0/72. 96 rules (94 before); the costliest is
still the deliberation rule at 14.55 of 15; the request trap costs 12.96, the loan trap 2.19, the explicit-aid rule
went from 3.55 to 4.30, the film trap from 0.77 to 0.80; the rules that name @support are unchanged (at most 11.92).
"""

from __future__ import annotations

import pytest

from bot.core.rules.language import RuleSet
from tests.support.wire_reading import (
    DENIED_LOAN_TRAP,
    REQUEST_TRAP,
    analyze,
    assert_relevance,
    fired,
    read,
    shipped_rules,
)

# Sixty wire items, half aid and half look-alikes, labelled before their first run.
WIRE = [
    # ---- aid, English
    ("", "10:42 GMT - The Netherlands will send Ukraine another batch of munitions for its F-16 fighter jets, Dutch "
     "Defence Minister Ruben Brekelmans said on X. He did not say how many. The first Dutch F-16s reached Ukraine "
     "last year.", True),
    ("Canada pledges NASAMS missiles for Ukraine",
     "OTTAWA (Reuters) - Canada will buy more missiles for Ukraine's NASAMS air defence systems, the defence "
     "minister said on Tuesday. More details were not immediately available. This story is developing.", True),
    ("Two more HIMARS on their way to Kyiv",
     "WASHINGTON (Reuters) - Two more HIMARS launchers are on their way to Kyiv, a U.S. official said on Thursday. "
     "The launchers will be handed over before the end of the month, the official said, speaking on condition of "
     "anonymity. Rockets for them are included.", True),
    ("Nordic countries fund $500 million PURL package for Ukraine",
     "COPENHAGEN (Reuters) - Denmark, Norway and Sweden will jointly fund a 500 million dollar package under the "
     "Prioritised Ukraine Requirements List (PURL), NATO said on Monday. The mechanism lets European allies pay for "
     "American weapons from U.S. stocks, including Patriot interceptors, which are then shipped to Kyiv. It is the "
     "third Nordic PURL package this year.", True),
    ("NATO's Wiesbaden command has steered 90% of Ukraine's arms deliveries",
     "WIESBADEN, Germany (Reuters) - NATO Security Assistance and Training for Ukraine (NSATU), the alliance's "
     "command in Wiesbaden, now coordinates about 90 percent of the weapons deliveries to Ukraine, its commander "
     "said on Wednesday. The command also organises the training of Ukrainian troops in allied countries. It was "
     "set up last year to shield the aid from changes in Washington.", True),
    ("Allies pledge interceptors as Ramstein group meets in Brussels",
     "BRUSSELS (Reuters) - Members of the Ramstein format pledged more air defence interceptors and artillery "
     "ammunition for Ukraine on Thursday, co-chair John Healey said. Germany and Britain chaired the meeting of "
     "around 50 countries at NATO headquarters. Ukraine's defence minister asked for faster deliveries before the "
     "winter.", True),
    ("Trump says no Tomahawks for Ukraine for now",
     "WASHINGTON (Reuters) - President Donald Trump said on Friday he would not give Ukraine Tomahawk cruise missiles "
     "for now, dashing Kyiv's hopes of striking deeper into Russia. Zelensky had asked for the missiles during a "
     "visit to the White House. Trump said the United States needed them for its own defence.", True),
    ("Slovakia stops military aid from army stocks to Ukraine",
     "BRATISLAVA (Reuters) - Slovakia's new government will stop sending weapons and ammunition from army stocks "
     "to Ukraine, Prime Minister Robert Fico said on Saturday. Commercial contracts by Slovak arms makers would "
     "continue, he said. Slovakia has given Ukraine fighter jets and an S-300 air defence system.", True),
    ("U.S. resumes weapons shipments to Ukraine after pause",
     "WASHINGTON (Reuters) - The United States has resumed shipments of weapons to Ukraine after a pause of more "
     "than a week, the Pentagon said on Tuesday. Deliveries of artillery shells and air defence missiles restarted "
     "through Poland on Monday. The halt had followed a review of U.S. stockpiles.", True),
    ("Zelensky asks allies for ten more Patriot systems",
     "KYIV (Reuters) - President Volodymyr Zelensky asked Ukraine's allies on Sunday for ten more Patriot air "
     "defence systems, after a night of Russian missile strikes on the power grid. Kyiv needs the systems to "
     "protect its cities this winter, he said in his nightly address. He named no country.", True),
    # ---- aid, French
    ("Des Mirage 2000 supplémentaires livrés à l'Ukraine",
     "PARIS (AFP) - Plusieurs Mirage 2000-5 supplémentaires ont été livrés à l'Ukraine, a-t-on appris lundi de "
     "source proche du ministère des Armées. Leur nombre n'a pas été précisé. Les premiers appareils avaient été "
     "remis à Kiev au printemps.", True),
    ("", "11h05 : La Belgique annonce l'envoi de munitions pour les F-16 ukrainiens. Le ministre belge de la "
     "Défense a précisé que la livraison aurait lieu avant la fin de l'année. Bruxelles a promis 30 F-16 à "
     "Kiev d'ici 2028.", True),
    ("Six canons Caesar supplémentaires pour Kiev",
     "PARIS (AFP) - Six canons Caesar supplémentaires seront remis à Kiev d'ici mars, a indiqué jeudi le "
     "constructeur KNDS France. Ils sont financés par le Danemark. Plus de 100 Caesar ont déjà été cédés à "
     "l'armée ukrainienne.", True),
    ("Les Pays-Bas financent un paquet PURL de 250 millions de dollars",
     "LA HAYE (AFP) - Les Pays-Bas financeront un nouveau paquet de 250 millions de dollars dans le cadre du "
     "mécanisme PURL de l'Otan, a annoncé mardi le gouvernement néerlandais. Ce dispositif permet d'acheter des "
     "armes américaines destinées à l'Ukraine. La Haye avait déjà financé le premier paquet en août.", True),
    ("Réunion du format Ramstein : les alliés promettent des intercepteurs à Kiev",
     "BRUXELLES (AFP) - Les pays du format Ramstein ont promis jeudi à l'Ukraine de nouveaux missiles "
     "intercepteurs et des drones, lors d'une réunion au siège de l'Otan. Une cinquantaine de pays participaient "
     "à cette réunion coprésidée par l'Allemagne et le Royaume-Uni. Kiev réclame en priorité des systèmes de "
     "défense aérienne avant l'hiver.", True),
    ("Paris écarte l'envoi de Rafale à l'Ukraine",
     "PARIS (AFP) - La France n'enverra pas d'avions Rafale à l'Ukraine, a déclaré mercredi le ministre des "
     "Armées, jugeant la question « prématurée ». Kiev avait réclamé des avions de combat supplémentaires. Paris "
     "privilégie la livraison de Mirage 2000, a-t-il ajouté.", True),
    ("Les livraisons de missiles Patriot à l'Ukraine suspendues",
     "WASHINGTON (AFP) - Les livraisons de missiles Patriot à l'Ukraine ont été suspendues par le Pentagone, a "
     "confirmé mardi un responsable américain. Cette décision fait suite à un examen des stocks de munitions des "
     "États-Unis. Kiev a demandé des explications à Washington.", True),
    ("L'Italie adopte un nouveau décret d'aide militaire à Kiev",
     "ROME (AFP) - Le gouvernement italien a adopté mardi son douzième décret d'aide militaire à l'Ukraine, dont le "
     "contenu reste classifié. Selon la presse italienne, il comprend des munitions d'artillerie et des missiles "
     "pour le système SAMP/T. Le Parlement doit encore en être informé.", True),
    ("Le Portugal financera des drones pour l'armée ukrainienne",
     "LISBONNE (AFP) - Le Portugal financera l'achat de drones pour l'armée ukrainienne à hauteur de 100 millions "
     "d'euros, a annoncé lundi le ministre portugais de la Défense. Les appareils seront produits en Ukraine. Lisbonne "
     "participe à la coalition des drones menée par la Lettonie.", True),
    ("Kiev recevra des véhicules blindés suédois",
     "STOCKHOLM (AFP) - Des véhicules blindés CV90 supplémentaires seront fournis à l'Ukraine par la Suède et le "
     "Danemark, a annoncé vendredi le gouvernement suédois. Les premiers exemplaires doivent être livrés au "
     "printemps. Le contrat est financé conjointement par les deux pays.", True),
    # ---- aid, German
    ("Ukraine erhält weitere Panzerhaubitzen aus Deutschland",
     "BERLIN (dpa) - Die Ukraine erhält weitere Panzerhaubitzen 2000 aus Deutschland. Das teilte das "
     "Verteidigungsministerium am Montag mit. Die Geschütze sollen bis zum Sommer übergeben werden. Zur Zahl "
     "machte das Ministerium keine Angaben.", True),
    ("Rüstungshilfe: Niederlande liefern Luftabwehrraketen an Kiew",
     "DEN HAAG (dpa) - Die Niederlande liefern der Ukraine weitere Luftabwehrraketen für das Patriot-System. Das "
     "kündigte Verteidigungsminister Ruben Brekelmans am Dienstag an. Die Raketen stammen aus Beständen der "
     "niederländischen Armee.", True),
    ("", "+++ 09:12 Uhr: Schweden kündigt neues Militärhilfepaket an +++ Schweden stellt der Ukraine ein weiteres "
     "Militärhilfepaket im Wert von 1,5 Milliarden Euro bereit. Es enthält Artilleriemunition und Radarsysteme, "
     "teilte die Regierung in Stockholm mit. Es ist das 20. Paket seit Kriegsbeginn.", True),
    ("Deutschland beteiligt sich an PURL-Initiative",
     "BERLIN (dpa) - Deutschland beteiligt sich mit 500 Millionen Dollar an der Nato-Initiative PURL. Damit werden "
     "in den USA Waffen für die Ukraine gekauft, vor allem Patriot-Abfangraketen. Verteidigungsminister Boris "
     "Pistorius sprach von einem wichtigen Signal an Kiew.", True),
    ("Ukraine-Kontaktgruppe: Verbündete sagen Munitionsnachschub zu",
     "BRÜSSEL (dpa) - Die Ukraine-Kontaktgruppe hat Kiew bei ihrem Treffen in Brüssel weiteren Munitionsnachschub "
     "zugesagt. Mehrere Staaten kündigten zudem Flugabwehrsysteme an, sagte Verteidigungsminister Boris Pistorius "
     "nach den Beratungen. Die Gruppe trifft sich im sogenannten Ramstein-Format.", True),
    ("Nato-Kommando in Wiesbaden koordiniert Waffenlieferungen",
     "WIESBADEN (dpa) - Das Nato-Kommando NSATU in Wiesbaden koordiniert inzwischen den Großteil der "
     "Waffenlieferungen an die Ukraine. Auch die Ausbildung ukrainischer Soldaten wird von dort gesteuert, sagte "
     "ein Sprecher. Rund 700 Soldaten aus 30 Staaten arbeiten in dem Stab.", True),
    ("Merz schließt Taurus-Lieferung vorerst aus",
     "BERLIN (dpa) - Bundeskanzler Friedrich Merz schließt eine Lieferung von Taurus-Marschflugkörpern an die "
     "Ukraine vorerst aus. Die Lage habe sich nicht verändert, sagte Merz am Mittwoch. Kiew bittet seit mehr als "
     "zwei Jahren um die Waffe.", True),
    ("Prag stellt Munitionsinitiative für Kiew auf den Prüfstand",
     "PRAG (dpa) - Die neue tschechische Regierung will die Munitionsinitiative für die Ukraine überprüfen. Über "
     "die Initiative wurden bislang mehr als drei Millionen Artilleriegranaten an Kiew geliefert. Ob sie "
     "fortgeführt wird, ist offen.", True),
    ("Lieferungen von Flugabwehrraketen an die Ukraine wieder aufgenommen",
     "WASHINGTON (dpa) - Die USA haben die Lieferungen von Flugabwehrraketen an die Ukraine wieder aufgenommen. "
     "Das bestätigte ein Sprecher des Pentagons am Dienstag. Die Lieferungen waren eine Woche lang ausgesetzt "
     "gewesen.", True),
    ("Gepard-Flakpanzer an die Ukraine übergeben",
     "BERLIN (dpa) - Der Ukraine wurden weitere Gepard-Flakpanzer übergeben. Die Fahrzeuge stammen aus Beständen "
     "der Industrie und wurden von der Bundesregierung bezahlt. Insgesamt hat Kiew damit mehr als 60 Gepard "
     "erhalten.", True),
    # ---- look-alikes, English
    ("Ukraine lets drone makers export surplus production",
     "KYIV (Reuters) - Ukraine will allow its drone makers to export part of their output for the first time since "
     "the start of the war, President Volodymyr Zelensky said on Monday. Ukrainian firms can now produce far more "
     "drones than the army buys, he said. Exports will be licensed case by case, and buyers in Europe and the Gulf "
     "have shown interest.", False),
    ("North Korea sent Russia 12 million shells, Seoul says",
     "SEOUL (Reuters) - North Korea has shipped more than 12 million artillery shells to Russia since 2023, South "
     "Korea's military said on Tuesday. Pyongyang has also sent ballistic missiles and multiple rocket launchers "
     "for use against Ukraine, it said. In return, Russia is providing oil and military technology.", False),
    ("France delivers Caesar howitzers to Armenia",
     "YEREVAN (Reuters) - France has delivered the first Caesar self-propelled howitzers ordered by Armenia, the "
     "Armenian defence ministry said on Wednesday. Yerevan signed the contract last year as it seeks to reduce its "
     "dependence on Russian arms. The same guns have been used by Ukraine.", False),
    ("Drones steal the show at Farnborough air show",
     "FARNBOROUGH, England (Reuters) - Drone makers drew the biggest crowds at the Farnborough air show on Monday, "
     "with many citing lessons from the war in Ukraine. Exhibitors showed interceptor drones and loitering "
     "munitions to buyers from more than 60 countries. Orders announced on the first day topped 20 billion "
     "dollars.", False),
    ("Defence stocks fall as Ukraine peace talks gain pace",
     "LONDON (Reuters) - Shares of European defence companies fell on Tuesday as investors bet that peace talks "
     "on Ukraine were gaining pace. Rheinmetall lost 6 percent, while Saab and Leonardo fell 4 percent. Analysts "
     "said order books would stay full as European governments rearm.", False),
    ("Britain sends generators to Ukraine ahead of winter",
     "LONDON (Reuters) - Britain will send 300 generators and transformer parts to Ukraine to help keep the "
     "lights on this winter, the Foreign Office said on Friday. The equipment is worth 40 million pounds. Russian "
     "missile and drone strikes have destroyed much of Ukraine's power generation.", False),
    ("U.S. sanctions Chinese suppliers of Russian drone makers",
     "WASHINGTON (Reuters) - The U.S. Treasury on Thursday imposed sanctions on 15 Chinese companies accused of "
     "supplying engines and electronics to Russian drone makers. The drones are used in attacks on Ukrainian "
     "cities, the Treasury said. Beijing said it opposed unilateral sanctions.", False),
    ("Security guarantees for Ukraine 'nearly agreed', U.S. envoy says",
     "GENEVA (Reuters) - Security guarantees for Ukraine after a ceasefire are nearly agreed, U.S. envoy Steve "
     "Witkoff said on Sunday after talks with Ukrainian and European officials. The guarantees would be modelled "
     "on NATO's Article 5, he said. Russia has not said whether it would accept them.", False),
    ("Taiwan asks U.S. for more Patriots, citing Ukraine's war",
     "TAIPEI (Reuters) - Taiwan has asked the United States to speed up deliveries of Patriot air defence systems, "
     "its defence minister said on Wednesday, citing the lessons of Russia's war in Ukraine. Taipei ordered the "
     "systems in 2022. Washington has said its own stocks are stretched.", False),
    ("Ukraine's javelin thrower wins European gold",
     "ROME (Reuters) - Ukraine's javelin thrower Oleksandr Nychyporchuk won gold at the European Athletics "
     "Championships on Saturday with a throw of 86.10 metres. He dedicated the medal to Ukrainian soldiers at "
     "the front. Germany's Julian Weber took silver.", False),
    # ---- look-alikes, French
    ("Il y a 84 ans, le prêt-bail américain armait l'URSS",
     "PARIS (AFP) - En octobre 1941, les États-Unis étendaient à l'Union soviétique le programme de prêt-bail. "
     "Des milliers de chars, d'avions et de camions américains furent livrés à Moscou par l'Arctique et l'Iran. "
     "L'Ukraine, alors occupée par l'Allemagne, fut libérée en partie grâce à ce matériel.", False),
    ("Cinéma : « Leopard », documentaire sur un équipage ukrainien, primé à Venise",
     "VENISE (AFP) - Le documentaire « Leopard », qui suit un équipage de char ukrainien pendant un an, a reçu "
     "samedi le prix du meilleur documentaire à la Mostra de Venise. Le réalisateur a dédié son prix aux "
     "soldats ukrainiens. Le film sortira en France en janvier.", False),
    ("Le Conseil d'État rejette un recours contre les exportations d'armes vers Israël",
     "PARIS (AFP) - Le Conseil d'État a rejeté mercredi un recours d'ONG qui demandaient la suspension des "
     "exportations de composants militaires vers Israël. Les associations invoquaient le droit international "
     "humanitaire. Le gouvernement affirme que ces composants sont destinés à la réexportation.", False),
    ("Washington approuve la vente de bombes guidées à Israël",
     "WASHINGTON (AFP) - Le département d'État a approuvé la vente à Israël de bombes guidées pour un montant "
     "de 2 milliards de dollars, a annoncé vendredi le Pentagone. Le Congrès a été notifié. Une vente de "
     "missiles à l'Ukraine avait été approuvée la semaine précédente.", False),
    ("La France livre des transformateurs électriques à l'Ukraine",
     "PARIS (AFP) - La France a livré à l'Ukraine 40 transformateurs et des groupes électrogènes pour réparer "
     "son réseau électrique, a annoncé lundi le ministère des Affaires étrangères. Ce matériel est destiné aux "
     "villes frappées par les bombardements russes. Le montant s'élève à 25 millions d'euros.", False),
    ("Le prêt de la BEI à l'Ukraine ne servira pas à acheter des armes",
     "LUXEMBOURG (AFP) - Le prêt de 600 millions d'euros accordé par la Banque européenne d'investissement à "
     "l'Ukraine ne servira pas à acheter des armes, a précisé mardi son président. Il financera la "
     "reconstruction d'écoles et d'hôpitaux. La BEI ne finance pas la défense de pays tiers.", False),
    ("Garanties de sécurité : Kiev et Washington proches d'un accord",
     "GENÈVE (AFP) - L'Ukraine et les États-Unis sont proches d'un accord sur les garanties de sécurité qui "
     "accompagneraient un cessez-le-feu, a indiqué dimanche un diplomate. Le texte s'inspirerait de l'article 5 "
     "du traité de l'Otan. Moscou rejette toute présence de troupes occidentales en Ukraine.", False),
    ("L'Iran a livré des drones Shahed à la Russie, selon Kiev",
     "KIEV (AFP) - L'Iran a livré à la Russie plusieurs centaines de drones Shahed supplémentaires depuis "
     "septembre, a affirmé mardi le renseignement militaire ukrainien. Téhéran dément toute livraison d'armes "
     "destinées à la guerre en Ukraine. Moscou produit désormais lui-même la plupart de ces drones.", False),
    ("L'Ukraine produira 3 millions d'obus en 2026",
     "KIEV (AFP) - L'industrie ukrainienne produira trois millions d'obus d'artillerie en 2026, a affirmé lundi "
     "le ministre ukrainien des Industries stratégiques. La production de canons automoteurs Bogdana a "
     "également doublé. Kiev veut couvrir l'essentiel de ses besoins par sa propre production.", False),
    ("Thales recule en Bourse malgré un carnet de commandes record",
     "PARIS (AFP) - L'action Thales a cédé 3 % mardi à la Bourse de Paris, malgré un carnet de commandes record. "
     "Les investisseurs s'inquiètent d'un possible cessez-le-feu en Ukraine, qui pèserait sur la demande de "
     "munitions et de radars. Dassault Aviation a reculé de 2 %.", False),
    # ---- look-alikes, German
    ("USA genehmigen Waffenverkauf an Taiwan",
     "WASHINGTON (dpa) - Die US-Regierung hat einen Waffenverkauf an Taiwan im Wert von elf Milliarden Dollar "
     "genehmigt. Das Paket umfasst HIMARS-Raketenwerfer und Panzerabwehrwaffen, teilte das Außenministerium mit. "
     "China protestierte scharf.", False),
    ("Drohnen dominieren die Rüstungsmesse ILA in Berlin",
     "BERLIN (dpa) - Auf der Luftfahrtmesse ILA in Berlin dominieren in diesem Jahr Drohnen und Abwehrsysteme "
     "gegen Drohnen. Viele Hersteller werben mit Erfahrungen aus dem Krieg in der Ukraine. Mehr als 600 "
     "Aussteller aus 30 Ländern sind vertreten.", False),
    ("Hensoldt-Aktie springt nach Großauftrag",
     "FRANKFURT (dpa) - Die Aktie des Rüstungselektronikkonzerns Hensoldt ist am Donnerstag um acht Prozent "
     "gestiegen. Das Unternehmen hatte einen Großauftrag der Bundeswehr für Radargeräte gemeldet. Hensoldt "
     "liefert auch Radare für die in der Ukraine eingesetzten IRIS-T-Systeme.", False),
    ("Nato-Staaten erhöhen Verteidigungsausgaben deutlich",
     "BRÜSSEL (dpa) - Die europäischen Nato-Staaten und Kanada erhöhen ihre Verteidigungsausgaben in diesem Jahr "
     "um knapp 20 Prozent. Das geht aus neuen Zahlen des Bündnisses hervor. Generalsekretär Mark Rutte verwies "
     "auf die Bedrohung durch Russland seit dem Angriff auf die Ukraine.", False),
    ("BGH bestätigt Urteil wegen illegaler Waffenexporte nach Mexiko",
     "KARLSRUHE (dpa) - Der Bundesgerichtshof hat die Verurteilung früherer Mitarbeiter von Heckler & Koch wegen "
     "illegaler Waffenexporte nach Mexiko bestätigt. Die Gewehre waren in Unruheprovinzen gelangt. Das Urteil ist "
     "damit rechtskräftig.", False),
    ("THW schickt Stromgeneratoren in die Ukraine",
     "BONN (dpa) - Das Technische Hilfswerk schickt weitere 150 Stromgeneratoren in die Ukraine. Die Geräte sollen "
     "Krankenhäuser und Wasserwerke im Winter mit Strom versorgen, teilte das THW mit. Die Lieferung wird vom "
     "Auswärtigen Amt bezahlt.", False),
    ("Leoparden aus Charkiwer Zoo nach Polen gebracht",
     "POSEN (dpa) - Zwei Leoparden aus dem Zoo von Charkiw sind in Sicherheit gebracht worden. Die Tiere wurden in "
     "einem Transporter nach Polen geliefert und leben nun im Zoo von Posen, teilte der Zoo mit. Ihr Gehege in der "
     "Ukraine war bei einem russischen Angriff beschädigt worden.", False),
    ("Polen bittet USA um weitere Patriot-Systeme",
     "WARSCHAU (dpa) - Polen bittet die USA um die Lieferung weiterer Patriot-Flugabwehrsysteme. Das sagte "
     "Verteidigungsminister Władysław Kosiniak-Kamysz am Montag. Er verwies auf den Krieg im Nachbarland Ukraine "
     "und auf Drohnen, die in den polnischen Luftraum eingedrungen waren.", False),
    ("IWF-Kredit für die Ukraine: Kein Geld für Waffen",
     "WASHINGTON (dpa) - Der neue Kredit des Internationalen Währungsfonds für die Ukraine über acht Milliarden "
     "Dollar darf nicht für Waffen ausgegeben werden. Das Geld soll den Haushalt stabilisieren und Renten "
     "sichern, teilte der IWF mit. Die Militärausgaben finanziert Kiew aus eigenen Steuern.", False),
    ("Nordkorea liefert Russland weitere Raketenwerfer",
     "SEOUL (dpa) - Nordkorea hat Russland nach Angaben des südkoreanischen Geheimdienstes weitere "
     "Mehrfachraketenwerfer und Haubitzen geliefert. Die Waffen würden gegen die Ukraine eingesetzt. Pjöngjang "
     "erhalte dafür Lebensmittel und Technologie.", False),
]


@pytest.mark.parametrize(("headline", "lead", "relevant"), WIRE)
def test_wire_items_of_the_thirteenth_round(defaults: RuleSet, headline: str, lead: str, relevant: bool):
    assert_relevance(defaults, read(defaults, headline, lead), relevant)


# ---------------------------------------------------------------- held out

# Written after this round's changes and labelled before their first run: requests by a country for Ukraine or for
# leave to pass weapons on, passives, a live-blog entry, compounds, an export approval; requests of other countries
# for themselves, loans and grants that buy no weapons, Ukraine's own arms exports, an arms fair, Russia's suppliers,
# peace talks, a defence stock and a history piece.
# What is read instead, for the item that stays a strict xfail.
UKRAINES_OWN_EXPORTS = ("a Ukrainian maker's drones and missiles 'for the Ukrainian army' are read as a giving by three "
                        "weapon rules and its talks with foreign buyers as deliberation (5 points); the export trap of "
                        "round 14 reads Ukraine right before the exports, not 'its first exports' of a maker named 14 "
                        "words earlier, and a trap that outweighs five signals would hide aid")
HELD_OUT = [
    # ---- aid
    ("Poland asks Germany for permission to send more Leopards to Ukraine",
     "WARSAW (Reuters) - Poland has asked Germany for permission to send 14 more Leopard 2 tanks to Ukraine, the "
     "Polish defence ministry said on Monday. Berlin must approve any re-export of the German-made tanks. A "
     "government spokesman in Berlin said the request would be examined quickly.", True),
    ("Germany asks allies to fund more Patriots for Kyiv",
     "BERLIN (Reuters) - Germany asked its European allies on Wednesday to pay for more Patriot air defence systems "
     "for Kyiv, saying it could not carry the cost alone. Berlin has already given Ukraine three Patriot batteries. "
     "Defence Minister Boris Pistorius made the appeal in a letter to his counterparts.", True),
    ("", "14:20 GMT - Lithuania will hand Ukraine a further batch of 155mm shells and Carl Gustaf grenade launchers, "
     "its defence ministry said. The package is worth 20 million euros. It was announced during a visit to Vilnius "
     "by Ukraine's foreign minister.", True),
    ("Finland unveils 30th defence package for Ukraine",
     "HELSINKI (Reuters) - Finland will send Ukraine its 30th package of defence materiel, worth 90 million euros, "
     "the defence ministry said on Friday. It includes air defence equipment and heavy artillery ammunition. "
     "Finland does not publish the full contents for security reasons.", True),
    ("Des missiles antichars remis aux forces ukrainiennes par la Belgique",
     "BRUXELLES (AFP) - Des missiles antichars et des mitrailleuses lourdes ont été remis aux forces ukrainiennes "
     "par la Belgique, a indiqué jeudi le ministère belge de la Défense. Le montant de cette livraison n'a pas été "
     "communiqué. Bruxelles s'est engagée à consacrer un milliard d'euros par an à l'aide militaire à Kiev.", True),
    ("La Norvège demande aux alliés de livrer plus de défense aérienne à l'Ukraine",
     "OSLO (AFP) - La Norvège a demandé mercredi à ses alliés de l'Otan de livrer davantage de systèmes de défense "
     "aérienne à l'Ukraine avant l'hiver. Oslo va lui-même financer deux nouveaux systèmes NASAMS, a précisé le "
     "ministre norvégien de la Défense. Les frappes russes sur le réseau électrique se sont intensifiées.", True),
    ("Le Danemark reprend ses livraisons de F-16 à Kiev",
     "COPENHAGUE (AFP) - Le Danemark a repris ses livraisons d'avions de combat F-16 à l'Ukraine, interrompues "
     "depuis l'été, a annoncé lundi le ministre danois de la Défense. Six appareils doivent être remis d'ici la fin "
     "de l'année. La pause était due à des problèmes de maintenance.", True),
    ("Bundesregierung genehmigt Ausfuhr von Flugabwehrpanzern an die Ukraine",
     "BERLIN (dpa) - Die Bundesregierung hat die Ausfuhr weiterer Flugabwehrpanzer an die Ukraine genehmigt. Das "
     "geht aus einem Schreiben des Wirtschaftsministeriums an den Bundestag hervor. Die Fahrzeuge stammen aus "
     "Industriebeständen und werden aus dem Ertüchtigungsetat bezahlt.", True),
    ("Litauen bittet um Genehmigung für Munitionslieferung an Kiew",
     "VILNIUS (dpa) - Litauen hat Deutschland um die Genehmigung gebeten, in Deutschland gekaufte "
     "Artilleriemunition an die Ukraine weiterzugeben. Das bestätigte das litauische Verteidigungsministerium. Es "
     "handelt sich um mehrere tausend Granaten.", True),
    ("Kanada sagt der Ukraine Aufklärungsdrohnen und Artilleriemunition zu",
     "OTTAWA (dpa) - Kanada hat der Ukraine weitere Aufklärungsdrohnen und Artilleriemunition zugesagt. Der "
     "Wert des Pakets liegt bei umgerechnet 150 Millionen Euro, teilte die Regierung mit. Die Lieferung soll im "
     "Frühjahr beginnen.", True),
    # ---- look-alikes
    ("Philippines asks Japan for coastal radars, citing lessons of Ukraine war",
     "MANILA (Reuters) - The Philippines has asked Japan for more coastal surveillance radars and patrol boats, its "
     "defence secretary said on Tuesday, citing lessons from the war in Ukraine. Tokyo has already supplied one "
     "radar system under its Official Security Assistance programme.", False),
    ("World Bank grant to Ukraine cannot be used for military spending",
     "WASHINGTON (Reuters) - The World Bank approved a 500 million dollar grant for Ukraine on Thursday to pay "
     "teachers and doctors. The money cannot be used for weapons or any other military spending, the bank said. "
     "Donors including Japan and Britain contributed to the fund.", False),
    pytest.param("Ukrainian missile maker seeks first foreign buyers",
     "KYIV (Reuters) - Ukrainian missile maker Fire Point is in talks with buyers in Europe and the Middle East "
     "about its first exports, its chief executive said on Wednesday. The company makes long-range drones and "
     "cruise missiles for the Ukrainian army. Exports need a government licence.", False,
                 marks=pytest.mark.xfail(strict=True, reason=UKRAINES_OWN_EXPORTS)),
    ("La Géorgie demande des systèmes de défense aérienne à la France",
     "TBILISSI (AFP) - La Géorgie a demandé à la France de lui vendre des systèmes de défense aérienne, a indiqué "
     "mardi le ministre géorgien de la Défense. Tbilissi invoque la guerre en Ukraine et la présence de troupes "
     "russes sur son territoire. Paris n'a pas encore répondu.", False),
    ("Salon du Bourget : les drones ukrainiens exposés pour la première fois",
     "LE BOURGET (AFP) - Des fabricants ukrainiens de drones exposent pour la première fois au salon du Bourget, "
     "qui ouvre lundi. Ils espèrent trouver des partenaires européens pour produire hors d'Ukraine. Plus de 2 400 "
     "exposants venus de 48 pays sont attendus.", False),
    ("La Russie a reçu des millions d'obus nord-coréens, selon Séoul",
     "SÉOUL (AFP) - La Corée du Nord a fourni à la Russie plusieurs millions d'obus d'artillerie depuis 2023, a "
     "affirmé lundi le renseignement sud-coréen. Ces munitions sont utilisées sur le front ukrainien. Pyongyang "
     "reçoit en échange du pétrole et des technologies militaires.", False),
    ("Les garanties de sécurité au cœur des discussions de paix à Genève",
     "GENÈVE (AFP) - Les garanties de sécurité offertes à l'Ukraine après un cessez-le-feu étaient au cœur des "
     "discussions de paix dimanche à Genève. Washington propose un mécanisme inspiré de l'article 5 de l'Otan. "
     "Moscou exige que l'Ukraine renonce à rejoindre l'Alliance.", False),
    ("Armenien erhält Haubitzen aus Frankreich",
     "ERIWAN (dpa) - Armenien hat die ersten Caesar-Haubitzen aus Frankreich erhalten. Das teilte das "
     "Verteidigungsministerium in Eriwan mit. Das Land will unabhängiger von russischen Waffen werden, die wegen "
     "des Kriegs in der Ukraine knapp geworden sind.", False),
    ("Rheinmetall-Aktie legt nach Munitionsauftrag zu",
     "FRANKFURT (dpa) - Die Aktie von Rheinmetall hat am Dienstag mehr als fünf Prozent zugelegt. Der Konzern hatte "
     "einen Munitionsauftrag eines EU-Landes über 1,2 Milliarden Euro gemeldet. Analysten verwiesen auf die hohe "
     "Nachfrage seit dem Angriff auf die Ukraine.", False),
    ("Vor 84 Jahren: Wie die USA Stalin Panzer lieferten",
     "BERLIN (dpa) - Im Herbst 1941 weiteten die USA ihr Leih- und Pachtgesetz auf die Sowjetunion aus. Bis 1945 "
     "lieferten sie Tausende Panzer, Flugzeuge und Lastwagen. Historiker streiten bis heute, wie wichtig die Hilfe "
     "für die Befreiung der Ukraine war.", False),
]


@pytest.mark.parametrize(("headline", "lead", "relevant"), HELD_OUT)
def test_texts_written_after_the_changes(defaults: RuleSet, headline: str, lead: str, relevant: bool):
    assert_relevance(defaults, read(defaults, headline, lead), relevant)


# ---------------------------------------------------------------- the readings of the round's changes

EXPLICIT_AID_RULE = "Explicit military aid close to Ukraine"


@pytest.mark.parametrize(("headline", "lead", "trapped"), [
    ("Taiwan asks U.S. for more Patriots", "TAIPEI (Reuters) - Taiwan asked the United States for more Patriot "
     "systems, citing Russia's war in Ukraine.", True),
    ("Israel hat Deutschland um Flugabwehr gebeten", "BERLIN (dpa) - Israel hat Deutschland um weitere "
     "Flugabwehrraketen gebeten.", True),
    ("La Pologne demande des Patriot", "VARSOVIE (AFP) - La Pologne demande aux États-Unis des batteries Patriot "
     "supplémentaires.", True),
    # the country asked, a request weighed, a request for Ukraine or for leave, a request told in passing
    ("Kiew bittet um Taurus", "BERLIN (dpa) - Die Ukraine hat Deutschland offiziell um die Lieferung von "
     "Taurus-Marschflugkörpern gebeten.", False),
    ("Germany weighs request for Taurus", "BERLIN (Reuters) - Germany weighs request for Taurus missiles from "
     "Kyiv, a spokesman said.", False),
    ("Germany asks allies to send air defence to Ukraine", "BERLIN (Reuters) - Germany asked its allies on Monday "
     "to send more air defence systems to Ukraine.", False),
    ("Poland asks Germany for permission to send Leopards", "WARSAW (Reuters) - Poland asked Germany for "
     "permission to send Leopard tanks to Ukraine.", False),
    ("Norwegen schickt NASAMS", "OSLO (dpa) - Norwegen schickt der Ukraine Raketen für NASAMS. Auch Taiwan hatte "
     "um Flugabwehrraketen gebeten.", False),
])
def test_the_trap_of_another_countrys_request(defaults: RuleSet, headline: str, lead: str, trapped: bool):
    analysis = read(defaults, headline, lead)
    assert fired(analysis, REQUEST_TRAP) == trapped, defaults.explain(analysis)


@pytest.mark.parametrize(("headline", "lead", "trapped"), [
    ("EU loan for Ukraine buys no arms", "BRUSSELS (Reuters) - The EU loan for Ukraine will not be spent on "
     "weapons, the Commission said.", True),
    ("Le prêt ne servira pas à acheter des armes", "PARIS (AFP) - Le prêt de la France à l'Ukraine ne servira pas "
     "à acheter des armes.", True),
    # a refusal told with "prêt" the adjective, and a loan that does buy weapons
    ("Paris n'est pas prêt à livrer des armes", "PARIS (AFP) - Le gouvernement n'est pas prêt à livrer des armes "
     "offensives à l'Ukraine, a dit le ministre.", False),
    ("Kredit für die Ukraine fließt nicht nur in Waffen", "BRÜSSEL (dpa) - Der Kredit für die Ukraine fließt nicht "
     "nur in Waffen, sondern auch in Munition.", False),
])
def test_the_trap_of_a_loan_that_buys_no_weapons(defaults: RuleSet, headline: str, lead: str, trapped: bool):
    analysis = read(defaults, headline, lead)
    assert fired(analysis, DENIED_LOAN_TRAP) == trapped, defaults.explain(analysis)


def test_explicit_aid_near_the_war_in_ukraine_is_not_ukraines():
    # Tehran denying arms deliveries "for the war in Ukraine" named Ukraine only as the war (rule of explicit aid).
    rules = shipped_rules()
    denial = analyze(rules, "L'Iran dément", "TÉHÉRAN (AFP) - Téhéran dément toute livraison d'armes à la Russie "
                     "destinées à la guerre en Ukraine.")
    aid = analyze(rules, "Livraisons d'armes à l'Ukraine", "PARIS (AFP) - Les livraisons d'armes à l'Ukraine "
                  "reprendront lundi.")
    assert not fired(denial, EXPLICIT_AID_RULE), rules.explain(denial)
    assert fired(aid, EXPLICIT_AID_RULE), rules.explain(aid)


# ---------------------------------------------------------------- probes of the request trap

# Written after the held-out batch and labelled before their first run: donors asking each other to give or pay for
# Ukraine, told with Ukraine's army or air force rather than "for Ukraine"; other countries asking for themselves.
# What is read instead, for the probe that stays a strict xfail.
UKRAINE_AS_TARGET = ("Ukraine named as the target of the drones ('aimed at Ukraine') is read as the recipient of the air "
                     "defence asked for by four weapon and deliberation rules (5 points); the request trap takes 3")
PROBES = [
    ("Denmark asks Netherlands to help fund munitions for Ukraine's F-16s",
     "COPENHAGEN (Reuters) - Denmark has asked the Netherlands and Norway to help pay for munitions for Ukraine's "
     "F-16 fighter jets, the Danish defence minister said on Tuesday. Copenhagen has already given 19 of the jets.",
     True),
    ("Germany asks U.S. to sell Patriots it can pass on to Kyiv",
     "BERLIN (Reuters) - Germany has asked the United States to sell it two Patriot systems that it would then "
     "pass on to Kyiv, a government spokesman said on Friday.", True),
    ("La France demande à ses partenaires de financer des obus pour les forces ukrainiennes",
     "PARIS (AFP) - La France a demandé mardi à ses partenaires européens de financer davantage d'obus d'artillerie "
     "pour les forces ukrainiennes, a indiqué le ministère des Armées.", True),
    ("Estland bittet Verbündete um Munition für die ukrainische Armee",
     "TALLINN (dpa) - Estland bittet die Verbündeten um mehr Artilleriemunition für die ukrainische Armee. Die "
     "Lage an der Front sei kritisch, sagte der estnische Verteidigungsminister.", True),
    ("Lithuania asks Germany to speed up Leopard deliveries for its brigade",
     "VILNIUS (Reuters) - Lithuania has asked Germany to speed up deliveries of Leopard 2 tanks for the Lithuanian "
     "army, citing Russia's war in Ukraine. The first tanks are due next year.", False),
    ("L'Arménie demande des radars à l'Inde",
     "EREVAN (AFP) - L'Arménie a demandé à l'Inde des radars et des lance-roquettes, a indiqué mardi son ministre de "
     "la Défense. Erevan cite l'exemple de la guerre en Ukraine.", False),
    pytest.param("Moldova asks EU for air defence after drone incursions",
     "CHISINAU (Reuters) - Moldova has asked the European Union for air defence systems after Russian drones "
     "aimed at Ukraine crashed on its territory, President Maia Sandu said.", False,
                 marks=pytest.mark.xfail(strict=True, reason=UKRAINE_AS_TARGET)),
    ("Polen bittet Nato um mehr Flugabwehr an der Grenze zur Ukraine",
     "WARSCHAU (dpa) - Polen bittet die Nato um zusätzliche Flugabwehrsysteme an der Grenze zur Ukraine. "
     "Mehrfach waren russische Drohnen in den polnischen Luftraum eingedrungen.", False),
]


@pytest.mark.parametrize(("headline", "lead", "relevant"), PROBES)
def test_probes_of_the_request_trap(defaults: RuleSet, headline: str, lead: str, relevant: bool):
    analysis = read(defaults, headline, lead)
    assert analysis.relevant == relevant, defaults.explain(analysis)
