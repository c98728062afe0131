"""Relevance on wire copy, a sixth round (session of 2026-12-04, morning).

Every text here was written for this file, labelled by hand before the rules were run on it,
and never taken from the real-article set. It covers what rounds 1 to 5 covered least. Aid
news: aid told in budget, procurement or swap language (a ring swap, a parliament releasing
money, a Pentagon contract for Ukraine), coalition pledges in short briefs, front-line reports
naming donated weapons, court and parliament decisions on exports to Ukraine. Look-alikes: arms
for Israel and Taiwan, Russia's arms output and North Korea's and Iran's transfers to Russia,
domestic procurement and stocks rebuilt after giving to Ukraine, humanitarian and energy aid,
sport and culture with military words, history (Lend-Lease, the Cold War), markets.

Main's rules missed 4 of the 40 aid texts and raised 11 of the 40 look-alikes; after this round's
changes they miss 1 and raise 7 (each marked with its reason). Written after the changes, 20 more
texts (at the end): main missed 1 of 10 and raised 2 of 10; this round's rules on their first run
missed none and raised 1, and 2 once a trap they were run with was dropped (both marked).
"""

from __future__ import annotations

import pytest

from bot.core.rules.language import RuleSet
from tests.support.wire_reading import analyze, assert_relevance

AID_NEWS = [
    # ---- English
    ("Slovakia to get German Leopards in swap for BVP-1s sent to Kyiv",
     "BRATISLAVA (Reuters) - Germany will supply Slovakia with 15 Leopard 2A4 tanks in exchange for 30 BVP-1 infantry "
     "fighting vehicles that Bratislava handed to Ukraine, the Slovak defence ministry said."),
    ("Pentagon awards $1.2 billion interceptor contract for Ukraine",
     "WASHINGTON (Reuters) - The Pentagon awarded Lockheed Martin a 1.2 billion dollar contract for PAC-3 interceptors "
     "to be delivered to Ukraine under the Ukraine Security Assistance Initiative, it said on Friday."),
    ("Dutch air force to hand F-16 spare engines to Ukraine",
     "THE HAGUE (Reuters) - The Dutch air force will hand spare engines and parts from its retired F-16 fleet to "
     "Ukraine's air force, the defence ministry said on Tuesday."),
    ("Nordic and Baltic states pledge 400 million euros for drones",
     "RIGA (Reuters) - Eight Nordic and Baltic countries pledged a combined 400 million euros for long-range drones "
     "for Ukraine at a meeting in Riga on Thursday."),
    ("Swedish-donated CV90s in action near Pokrovsk, crews say",
     "DONETSK REGION, Ukraine (Reuters) - Soldiers of a Ukrainian mechanised brigade said CV90 infantry fighting "
     "vehicles donated by Sweden arrived last month and are already in use near Pokrovsk."),
    ("Swiss lawmakers vote down re-export of ammunition to Ukraine",
     "BERN (Reuters) - Switzerland's lower house voted against allowing Germany and Denmark to re-export Swiss-made "
     "ammunition to Ukraine, keeping the ban in place."),
    ("House passes defence bill with $300 million for Ukraine weapons",
     "WASHINGTON (Reuters) - The House of Representatives passed the annual defence policy bill, which includes 300 "
     "million dollars for the Ukraine Security Assistance Initiative to buy weapons for Kyiv."),
    ("Ukrainian sailors start minehunter training in Scotland",
     "ROSYTH, Scotland (Reuters) - Ukrainian navy sailors began training on two minehunters that Britain is "
     "donating to Ukraine, the Royal Navy said."),
    ("Australia ships retired Abrams tanks to Ukraine",
     "CANBERRA (Reuters) - Australia has begun shipping 49 retired M1A1 Abrams tanks to Ukraine as part of a "
     "military aid package, the defence minister said."),
    ("Japan to fund counter-drone gear for Ukraine via NATO",
     "TOKYO (Reuters) - Japan will contribute 30 million dollars to a NATO trust fund that buys counter-drone "
     "equipment for Ukraine, the foreign ministry said."),
    ("Czech-led initiative delivers millionth shell of the year",
     "PRAGUE (Reuters) - The Czech-led ammunition initiative has delivered its one millionth large-calibre shell to "
     "Ukraine this year, the government said."),
    ("German budget committee clears funds for more IRIS-T for Ukraine",
     "BERLIN (Reuters) - The German parliament's budget committee approved 1.9 billion euros for additional IRIS-T "
     "air defence systems for Ukraine on Wednesday."),
    ("Canada to donate 50 more Ontario-built armoured vehicles",
     "LONDON, Ontario (Reuters) - Canada will donate 50 more armoured vehicles built by GDLS-Canada to Ukraine, the "
     "defence minister said during a visit to the plant."),
    ("Finland unveils 30th package, keeps contents secret",
     "HELSINKI (Reuters) - Finland announced its 30th package of defence materiel for Ukraine, worth 90 million "
     "euros, saying its contents would not be disclosed for security reasons."),
    # ---- French
    ("Des Caesar financés par le Danemark remis à une brigade ukrainienne",
     "KIEV (AFP) - Les premiers canons Caesar fabriqués en Ukraine grâce à un financement danois ont été remis à une "
     "brigade d'artillerie, a annoncé le ministère ukrainien des Industries stratégiques."),
    ("Les députés néerlandais approuvent l'envoi de F-16 supplémentaires",
     "LA HAYE (AFP) - Les députés néerlandais ont approuvé mardi l'envoi de six F-16 supplémentaires à l'Ukraine, "
     "ainsi que de pièces de rechange."),
    ("Coalition des drones : Riga commande 5 000 drones pour Kiev",
     "RIGA (AFP) - La Lettonie, qui pilote la coalition des drones, a passé commande de 5 000 drones FPV destinés aux "
     "forces ukrainiennes, a indiqué son ministère de la Défense."),
    ("La Belgique cède un chasseur de mines à la marine ukrainienne",
     "BRUXELLES (AFP) - La Belgique va céder à la marine ukrainienne un chasseur de mines retiré du service, a "
     "annoncé le ministre de la Défense."),
    ("Le Conseil d'État valide les livraisons d'obus à l'Ukraine",
     "PARIS (AFP) - Le Conseil d'État a rejeté le recours d'une ONG contre les livraisons d'obus français à "
     "l'Ukraine, jugeant ces exportations conformes au traité sur le commerce des armes."),
    ("Sur le front sud, les AMX-10 RC français manquent de pièces",
     "ZAPORIJJIA (AFP) - Les équipages ukrainiens des AMX-10 RC livrés par la France l'an dernier disent manquer de "
     "pièces détachées pour ces blindés légers, engagés sur le front sud."),
    ("Berlin finance 100 000 obus tchèques pour Kiev",
     "PRAGUE (AFP) - Berlin va financer l'achat de 100 000 obus de gros calibre auprès d'industriels tchèques, "
     "destinés à l'armée ukrainienne."),
    ("Groupe de contact : Paris promet des missiles Aster",
     "BRUXELLES (AFP) - En marge de la réunion du groupe de contact, la France a promis de nouveaux missiles Aster "
     "pour les systèmes SAMP/T ukrainiens."),
    ("L'armée ukrainienne réceptionne des obusiers Zuzana",
     "KIEV (AFP) - L'armée ukrainienne a réceptionné huit obusiers automoteurs Zuzana 2 produits en Slovaquie et "
     "financés par plusieurs alliés, selon Kiev."),
    ("Le Sénat adopte un fonds pour équiper l'armée ukrainienne",
     "PARIS (AFP) - Le Sénat a adopté le projet de loi créant un fonds de 300 millions d'euros pour l'achat "
     "d'équipements militaires français au profit de l'Ukraine."),
    ("Oslo et Berlin financent deux Iris-T pour l'Ukraine",
     "OSLO (AFP) - La Norvège et l'Allemagne vont financer conjointement deux systèmes de défense antiaérienne Iris-T "
     "pour l'Ukraine, ont annoncé les deux gouvernements."),
    ("Nouvelle promotion de pilotes ukrainiens de F-16 en Roumanie",
     "BUCAREST (AFP) - Le centre européen de formation installé en Roumanie a formé une nouvelle promotion de pilotes "
     "ukrainiens sur F-16, selon le ministère roumain de la Défense."),
    ("Athènes envoie des BMP-1 à Kiev et reçoit des Marder",
     "ATHÈNES (AFP) - La Grèce va transférer des véhicules BMP-1 à l'Ukraine et recevra en échange des véhicules de "
     "combat Marder allemands, selon un accord signé vendredi."),
    # ---- German
    ("Ringtausch: Tschechien erhält weiteren Leopard-Panzer",
     "PRAG (dpa) - Tschechien hat im Rahmen des Ringtauschs einen weiteren Leopard-2A4-Panzer aus Deutschland "
     "erhalten, nachdem es T-72-Panzer an die Ukraine abgegeben hatte."),
    ("Haushaltsausschuss gibt drei Milliarden für Kiew frei",
     "BERLIN (dpa) - Der Haushaltsausschuss des Bundestags hat weitere drei Milliarden Euro für die militärische "
     "Unterstützung der Ukraine freigegeben, unter anderem für Flugabwehr und Munition."),
    ("Gericht weist Klage gegen Waffenlieferungen ab",
     "BERLIN (dpa) - Das Verwaltungsgericht Berlin hat eine Klage gegen die deutschen Waffenlieferungen an die "
     "Ukraine abgewiesen; die Exportgenehmigungen seien rechtmäßig."),
    ("Leopard 1 an der Südfront im Einsatz",
     "SAPORISCHSCHJA (dpa) - Ukrainische Panzerbesatzungen setzen die von Deutschland gelieferten Leopard-1-Panzer "
     "inzwischen an der Südfront ein, berichtete ein Brigadesprecher."),
    ("Koalition der Willigen sagt Luftverteidigung zu",
     "LONDON (dpa) - Die Koalition der Willigen hat der Ukraine bei einem Treffen in London weitere "
     "Luftverteidigungssysteme zugesagt, teilte die britische Regierung mit."),
    ("Rheinmetall übergibt erste Skyranger an Kiew",
     "DÜSSELDORF (dpa) - Rheinmetall hat die ersten Flugabwehrsysteme Skyranger an die Ukraine übergeben, "
     "finanziert von einem EU-Mitgliedsstaat, teilte der Konzern mit."),
    pytest.param("Kiew erhält ausgemustertes Patriot-System aus Israel",
                 "KIEW (dpa) - Die Ukraine hat ein Patriot-Flugabwehrsystem erhalten, das Israel ausgemustert und den USA "
                 "übergeben hatte, berichtete eine Zeitung.",
                 marks=pytest.mark.xfail(strict=True, reason='Israel named as the former owner pulls the trap of weapons for another country (-1); no rule tells a former owner from a buyer')),

    ("Litauen schickt Mörser und Störsender",
     "VILNIUS (dpa) - Litauen schickt der Ukraine ein neues Paket mit Mörsern, Munition und Störsendern, kündigte "
     "das Verteidigungsministerium an."),
    ("Bundestag lehnt Taurus-Antrag ab",
     "BERLIN (dpa) - Der Bundestag hat einen Antrag der Union zur Lieferung von Taurus-Marschflugkörpern an die "
     "Ukraine mit großer Mehrheit abgelehnt."),
    ("Litauische Ausbilder schulen Ukrainer an Drohnenabwehr",
     "VILNIUS (dpa) - Litauische Ausbilder haben ukrainische Soldaten an neuen Systemen zur Drohnenabwehr geschult, "
     "teilte die Armee mit."),
    ("Polen liefert Kiew MiG-Ersatzteile",
     "WARSCHAU (dpa) - Polen hat der Ukraine Ersatzteile für MiG-29-Kampfjets und Munition für Flugabwehrsysteme "
     "geliefert, wie der Präsident in Warschau sagte."),
    ("Schweden bestellt Archer-Haubitzen für Kiew",
     "STOCKHOLM (dpa) - Schweden bestellt beim Hersteller BAE Bofors 18 Archer-Haubitzen für die ukrainischen "
     "Streitkräfte, bezahlt aus seinem Unterstützungsfonds."),
    ("Ungarn blockiert Gelder der Friedensfazilität",
     "BRÜSSEL (dpa) - Ungarn blockiert weiterhin die Auszahlung von 6,6 Milliarden Euro aus der Europäischen "
     "Friedensfazilität, mit denen EU-Staaten für Waffenlieferungen an die Ukraine entschädigt werden sollen."),
]

LOOK_ALIKES = [
    # ---- English
    ("US approves $8 billion munitions sale to Israel",
     "WASHINGTON (Reuters) - The State Department approved the sale of fighter jet munitions and Hellfire missiles "
     "to Israel worth 8 billion dollars, weeks after a new aid package for Ukraine."),
    # A strict xfail until round 7 (tests/rules/test_rules_relevance_7.py): aid told as the cause of a delay.
    ("Taiwan takes delivery of first HIMARS launchers",
     "TAIPEI (Reuters) - Taiwan took delivery of its first 11 HIMARS rocket launchers from the United States, after "
     "deliveries to Ukraine had delayed the order."),

    ("Russian tank plant triples output",
     "MOSCOW (Reuters) - Uralvagonzavod has tripled its output of T-90 tanks since the invasion of Ukraine, the "
     "Russian defence ministry said, as factories work around the clock."),
    ("North Korea sends self-propelled guns to Russia, Seoul says",
     "SEOUL (Reuters) - North Korea has delivered more than 100 self-propelled guns and multiple rocket launchers to "
     "Russia, South Korean intelligence said, as its troops fight in Kursk against Ukrainian forces."),
    pytest.param("France orders 42 more Caesar guns for its army",
                 "PARIS (Reuters) - France's defence procurement agency ordered 42 Caesar Mk2 howitzers from KNDS for the French "
                 "army, which has given many of its guns to Ukraine.",
                 marks=pytest.mark.xfail(strict=True, reason="an order for the buyer's own army, with its past giving to Ukraine in a relative clause: a trap for ordering 'for the French army' also hid 'send Patriots now and buy replacements for the Bundeswehr later' (tests/rules/test_rules_relevance.py)")),

    ("Germany signs deal for 105 Leopard 2A8 tanks",
     "BERLIN (Reuters) - Germany signed a contract for 105 Leopard 2A8 tanks for the Bundeswehr's new brigade in "
     "Lithuania, as Berlin rebuilds stocks depleted by aid to Ukraine."),
    ("EU pledges 1.5 billion euros for Ukraine's power grid",
     "BRUSSELS (Reuters) - The European Union pledged 1.5 billion euros to help Ukraine repair power plants and buy "
     "transformers ahead of winter, after Russian missile strikes."),
    ("Ukrainian champion dedicates title win to air defence crews",
     "LONDON (Reuters) - Ukraine's heavyweight boxing champion retained his title on Saturday and dedicated the win "
     "to the country's air defence crews, who he said deliver hope every night."),
    pytest.param("Lend-Lease remembered 80 years on",
                 "MOSCOW (Reuters) - Historians marked 80 years since the end of Lend-Lease, under which the United States "
                 "shipped thousands of Sherman tanks and aircraft to the Soviet Union, including Soviet Ukraine.",
                 marks=pytest.mark.xfail(strict=True, reason="as in round 5: 'Lend-Lease' and tanks shipped, a sentence naming Ukraine; only the years tell history from news")),

    ("Rheinmetall shares hit record on ammunition orders",
     "FRANKFURT (Reuters) - Shares in Rheinmetall rose 6% to a record high after the company said it expected more "
     "ammunition orders from European governments supplying Ukraine."),
    ("Kyiv museum shows missiles Ukraine gave up in 1990s",
     "KYIV (Reuters) - A Kyiv museum opened an exhibition of Soviet-era missiles that Ukraine gave up in the 1990s in "
     "exchange for security assurances from Washington, London and Moscow."),
    ("Germany buys more Arrow 3 from Israel",
     "BERLIN (Reuters) - Germany signed a deal to buy more Arrow 3 missile defence systems from Israel, citing the "
     "threat shown by Russia's war in Ukraine."),
    ("Ukraine receives 500 ambulances from EU",
     "KYIV (Reuters) - Ukraine has received 500 ambulances and mobile clinics from the European Union for hospitals "
     "near the front line, the health ministry said."),
    ("Iran parades drones it supplies to Russia",
     "TEHRAN (Reuters) - Iran displayed Shahed drones and ballistic missiles at a military parade, weeks after Western "
     "officials said Tehran had supplied hundreds of the drones to Russia for use against Ukraine."),
    # ---- French
    pytest.param("Paris autorise l'exportation de composants vers Israël",
                 "PARIS (AFP) - Le gouvernement a autorisé l'exportation vers Israël de composants de munitions, une décision "
                 "critiquée par des ONG qui rappellent les livraisons d'armes à l'Ukraine.",
                 marks=pytest.mark.xfail(strict=True, reason="'livraisons d'armes à l'Ukraine' (weight 2) recalled by critics as a comparison reads as aid news")),

    ("La Russie produit trois fois plus d'obus, selon l'Otan",
     "BRUXELLES (AFP) - La Russie produit désormais trois fois plus d'obus d'artillerie qu'avant l'invasion de "
     "l'Ukraine, a déclaré le secrétaire général de l'Otan, appelant les Européens à accélérer leur propre production."),
    ("La DGA commande 20 Rafale supplémentaires",
     "PARIS (AFP) - La Direction générale de l'armement a commandé 20 Rafale supplémentaires pour l'armée de l'Air, "
     "dans le cadre de la loi de programmation militaire, a annoncé le ministère des Armées."),
    ("L'armée de Terre attend ses nouveaux Caesar",
     "PARIS (AFP) - L'armée de Terre attend la livraison de nouveaux canons Caesar pour remplacer les 30 pièces cédées "
     "à l'Ukraine, a indiqué son chef d'état-major devant les députés."),
    ("L'UE livre des transformateurs à l'Ukraine",
     "BRUXELLES (AFP) - L'Union européenne a livré à l'Ukraine 40 transformateurs et des équipements pour réparer le "
     "réseau électrique, visé par des frappes de missiles russes."),
    ("Des chars Leclerc sur les Champs-Élysées",
     "PARIS (AFP) - Des chars Leclerc et des canons Caesar ont défilé sur les Champs-Élysées pour le 14-Juillet, en "
     "présence de soldats ukrainiens invités d'honneur."),
    ("Biathlon : les Ukrainiens signent un sans-faute",
     "OBERHOF (AFP) - Les biathlètes ukrainiens ont livré une course remarquable en relais, sans une faute au tir, "
     "fusil en main, et l'ont dédiée aux soldats sur le front."),
    ("Dassault : commandes record de Rafale",
     "PARIS (AFP) - Dassault Aviation a enregistré des commandes record de Rafale, portées par la guerre en Ukraine "
     "qui pousse les Européens à s'armer ; l'action gagne 3 %."),
    pytest.param("Archives : quand Paris livrait des Mirage à l'Irak",
                 "PARIS (AFP) - Des archives déclassifiées montrent comment la France a livré des avions Mirage F1 et des missiles "
                 "Exocet à l'Irak dans les années 1980, une page que l'historien compare aux livraisons actuelles à l'Ukraine.",
                 marks=pytest.mark.xfail(strict=True, reason="the giving and its recipient ('à l'Irak') are nine words apart, past @given_elsewhere's BEFORE/8; history told by its years")),

    ("Pyongyang a livré des lance-roquettes à Moscou",
     "SÉOUL (AFP) - La Corée du Nord a livré à la Russie plus de 200 lance-roquettes multiples, selon le "
     "renseignement sud-coréen, qui redoute leur utilisation contre l'Ukraine."),
    ("Taïwan reçoit ses premiers chars Abrams",
     "TAIPEI (AFP) - Taïwan a reçu ses 38 premiers chars M1A2T Abrams commandés aux États-Unis, dont les livraisons "
     "avaient pris du retard en raison de la guerre en Ukraine."),
    ("La Belgique achète des Caesar pour son armée",
     "BRUXELLES (AFP) - La Belgique va acheter 24 canons Caesar supplémentaires pour sa propre armée, a annoncé le "
     "ministre de la Défense, qui a salué le courage des artilleurs ukrainiens."),
    ("La France envoie des médicaments à Kharkiv",
     "PARIS (AFP) - La France a envoyé 30 tonnes de médicaments, de matériel médical et de groupes électrogènes à "
     "Kharkiv, a annoncé le Centre de crise du Quai d'Orsay."),
    # ---- German
    ("Bundesregierung genehmigt U-Boot-Export nach Israel",
     "BERLIN (dpa) - Die Bundesregierung hat den Export eines weiteren U-Boots nach Israel genehmigt, teilte ein "
     "Regierungssprecher mit; die Ukraine-Hilfe bleibe davon unberührt."),
    ("Russland steigert Drohnenproduktion in Tatarstan",
     "MOSKAU (dpa) - In der russischen Sonderwirtschaftszone Alabuga werden inzwischen täglich Hunderte Kampfdrohnen "
     "produziert, die gegen die Ukraine eingesetzt werden, berichten Ermittler."),
    ("Bundeswehr erhält erste neue Panzerhaubitzen",
     "BERLIN (dpa) - Die Bundeswehr hat die ersten von 28 neuen Panzerhaubitzen 2000 erhalten, die als Ersatz für an "
     "die Ukraine abgegebene Geschütze bestellt worden waren."),
    pytest.param("Luftfahrtmesse ILA: Hersteller zeigen Drohnen",
                 "BERLIN (dpa) - Auf der Luftfahrtmesse ILA zeigen Hersteller, die auch die Ukraine beliefern, neue Drohnen und "
                 "Flugabwehrsysteme; das Publikumsinteresse ist groß.",
                 marks=pytest.mark.xfail(strict=True, reason="makers 'die auch die Ukraine beliefern' (a relative clause describing firms) read as supplying Ukraine")),

    ("Deutschland schickt Transformatoren nach Kiew",
     "BERLIN (dpa) - Deutschland schickt der Ukraine weitere Transformatoren und Generatoren, um das von russischen "
     "Raketen beschädigte Stromnetz zu stabilisieren, teilte das Entwicklungsministerium mit."),
    ("Ausstellung über Pershing-Raketen",
     "BONN (dpa) - Das Haus der Geschichte zeigt eine Ausstellung über die Stationierung der Pershing-II-Raketen in den "
     "1980er Jahren; viele Besucher ziehen Parallelen zur Ukraine."),
    ("Analysten erhöhen Kursziel für Rheinmetall",
     "FRANKFURT (dpa) - Mehrere Analysten haben ihr Kursziel für die Rheinmetall-Aktie angehoben, nachdem der Konzern "
     "neue Munitionsaufträge für die Ukraine gemeldet hatte."),
    pytest.param("Ukrainischer Biathlet schenkt Medaille den Soldaten",
                 "ANTHOLZ (dpa) - Ein ukrainischer Biathlet hat Gold gewonnen und die Medaille den Soldaten geschenkt, die an der "
                 "Front Munition und Waffen bräuchten.",
                 marks=pytest.mark.xfail(strict=True, reason="a medal given to soldiers who need weapons: 'geschenkt' and the weapons of a relative clause of need")),

    ("Taiwan erhält Harpoon-Küstenbatterien",
     "TAIPEH (dpa) - Taiwan erhält von den USA Harpoon-Küstenverteidigungssysteme, deren Auslieferung sich wegen der "
     "Ukraine-Hilfe verzögert hatte."),
    ("Bundestag beschließt neuen Wehrdienst",
     "BERLIN (dpa) - Der Bundestag hat das neue Wehrdienstgesetz beschlossen; die Bundeswehr soll mehr Soldaten, "
     "Panzer und Munition bekommen, hieß es mit Blick auf den Krieg in der Ukraine."),
    ("Polen kauft Patriot-Batterien mit US-Kredit",
     "WARSCHAU (dpa) - Polen erhält von den USA einen Kredit über 2 Milliarden Dollar für den Kauf weiterer "
     "Patriot-Batterien für die eigene Armee, als Lehre aus dem Krieg in der Ukraine."),
    ("Festnahmen wegen Waffenschmuggels",
     "MÜNCHEN (dpa) - Die Polizei hat drei Männer festgenommen, die Sturmgewehre aus der Ukraine nach Deutschland "
     "geschmuggelt haben sollen."),
    ("Hilfskonvoi erreicht Cherson",
     "CHERSON (dpa) - Ein Konvoi mit Lebensmitteln, Medikamenten und Schutzausrüstung für Feuerwehrleute hat die Stadt "
     "Cherson erreicht; die Caritas übergab die Hilfe."),
]


@pytest.mark.parametrize(("headline", "lead"), AID_NEWS)
def test_aid_news_of_the_sixth_round_is_relevant(defaults: RuleSet, headline: str, lead: str):
    assert_relevance(defaults, analyze(defaults, headline, lead), True)


@pytest.mark.parametrize(("headline", "lead"), LOOK_ALIKES)
def test_look_alikes_of_the_sixth_round_are_not_relevant(defaults: RuleSet, headline: str, lead: str):
    assert_relevance(defaults, analyze(defaults, headline, lead), False)


# ---------------------------------------------------------------- a count's share is no recipient

# "en ont envoyé 6 et 8 pour la Norvège": the French "pour" one word after "et" follows a count told
# without its thing, and the country is the giver of that share, not a recipient (a noun would
# take its article: "et des obus pour la Pologne"). On main, @given_elsewhere took Norway for the
# recipient and the sending was no support word.
@pytest.mark.parametrize(
    ("headline", "lead", "relevant"),
    [
        ("Leopard 2 : les Pays-Bas en ont envoyé 6 et 8 pour la Norvège, selon l'Ukraine", "", True),
        ("Leopard 2 : la Finlande en a livré quatre, et six pour la Norvège, selon l'Ukraine", "", True),
        # A recipient told with its noun and article stays one.
        ("Leopard 2 : la France a livré des obus à l'Ukraine et des chars pour la Norvège", "", True),
        ("Chars Leopard 2 : la Finlande a livré des chars et des obus pour la Norvège, selon l'Ukraine", "",
         False),
    ],
)
def test_a_count_shared_after_et_is_no_recipient(defaults: RuleSet, headline: str, lead: str, relevant: bool):
    assert_relevance(defaults, analyze(defaults, headline, lead), relevant)


# ---------------------------------------------------------------- written after the changes

# Written after the changes above and labelled before their first run: 10 aid texts and 10
# look-alikes. Main's rules missed 1 and raised 2. This round's rules, on their first run, missed
# none and raised 1; they were then run with a trap for a country buying for its own forces, which
# a test of round 1 showed hiding aid news ("send Patriots now and buy replacements for the
# Bundeswehr later"): without it they raise 2 (both marked).
AFTER = [
    ("Norway to hand over two more NASAMS to Ukraine, order replacements",
     "OSLO (Reuters) - Norway will hand over two more NASAMS air defence systems to Ukraine from its own "
     "stocks and order replacements from Kongsberg for its armed forces, the defence minister said.", True),
    ("Ukrainian gunners train on Archer howitzers in Sweden",
     "STOCKHOLM (Reuters) - Ukrainian gunners are training on Archer self-propelled howitzers at a Swedish "
     "army range ahead of the guns' delivery, the Swedish armed forces said.", True),
    ("Spain to send Hawk missile launchers in spring",
     "MADRID (Reuters) - Spain will send four more Hawk missile launchers to Ukraine in the spring, the "
     "defence ministry said in a brief statement on Monday.", True),
    ("Belgium approves F-16 transfer timetable",
     "BRUSSELS (Reuters) - Belgium's parliament approved a timetable to transfer 30 F-16 fighter jets to "
     "Ukraine by 2028, the defence minister told lawmakers.", True),
    ("Le Canada finance des drones pour Kiev",
     "OTTAWA (AFP) - Le Canada a annoncé un financement de 200 millions de dollars pour l'achat de drones "
     "au profit des forces ukrainiennes, en marge d'une réunion de l'Otan.", True),
    ("La Pologne a livré son 45e paquet d'aide militaire",
     "VARSOVIE (AFP) - La Pologne a livré à l'Ukraine son 45e paquet d'aide militaire, composé surtout de "
     "munitions d'artillerie, a annoncé le ministère polonais de la Défense.", True),
    ("Des marins ukrainiens formés en Belgique",
     "ZEEBRUGGE (AFP) - Une cinquantaine de marins ukrainiens ont achevé leur formation sur un chasseur de "
     "mines belge, que Bruxelles doit céder à Kiev.", True),
    ("Spanien übergibt Leopard-Panzer aus Depot",
     "MADRID (dpa) - Spanien hat der Ukraine weitere zehn Leopard-2A4-Panzer aus einem Depot in Saragossa "
     "übergeben, teilte das Verteidigungsministerium mit.", True),
    ("Berlin finanziert Langstreckendrohnen aus der Ukraine",
     "BERLIN (dpa) - Deutschland finanziert die Produktion von Langstreckendrohnen in der Ukraine mit "
     "mehreren hundert Millionen Euro, sagte der Verteidigungsminister in Kiew.", True),
    ("Dänemark bildet ukrainische Artilleristen aus",
     "KOPENHAGEN (dpa) - Dänische Ausbilder bilden ukrainische Artilleristen an Caesar-Haubitzen aus, die "
     "Dänemark der Ukraine geschenkt hat.", True),
    ("Poland receives first Apache helicopters",
     "WARSAW (Reuters) - Poland received its first AH-64 Apache attack helicopters from the United States "
     "on Tuesday, part of a build-up the government links to the war in Ukraine.", False),
    ("Russia delivers last S-400 batteries to India",
     "NEW DELHI (Reuters) - Russia has delivered the last two S-400 air defence batteries to India, Indian "
     "officials said, after delays blamed on the war in Ukraine.", False),
    ("Ukrainian drone makers showcase interceptors at Paris fair",
     "PARIS (Reuters) - Ukrainian drone makers showed interceptor drones at the Eurosatory defence fair, "
     "hoping to find export customers among European armies.", False),
    ("Ukrainian fencer gives Olympic medal to army hospital",
     "KYIV (Reuters) - A Ukrainian Olympic fencer gave her gold medal to a military hospital in Kyiv, "
     "saying wounded soldiers deserved it more than she did.", False),
    ("La Grèce commande une quatrième frégate française",
     "ATHÈNES (AFP) - La Grèce a commandé une quatrième frégate FDI à Naval Group pour sa marine, a "
     "annoncé le gouvernement grec, en citant la guerre en Ukraine.", False),
    ("L'Ukraine reçoit 300 bus scolaires européens",
     "KIEV (AFP) - L'Ukraine a reçu 300 bus scolaires offerts par l'Union européenne pour les villages "
     "proches du front, a indiqué le ministère de l'Éducation.", False),
    ("Des trains d'obus nord-coréens entrent en Russie",
     "SÉOUL (AFP) - Des trains chargés d'obus nord-coréens ont franchi la frontière russe, selon des "
     "images satellites, alors que Moscou prépare une offensive contre l'Ukraine.", False),
    # Strict xfails until round 7 (tests/rules/test_rules_relevance_7.py): aid told as the cause of a
    # delay, and rockets of an attack told after "russische Drohnen und".
    ("Schweiz kauft Patriot für die eigene Armee",
     "BERN (dpa) - Die Schweiz kauft weitere Patriot-Systeme für die eigene Armee, deren Lieferung sich "
     "wegen der Ukraine-Hilfe der USA verzögert.", False),
    ("Museum zeigt sowjetischen Panzer aus der Ukraine",
     "BERLIN (dpa) - Ein Museum in Berlin zeigt einen sowjetischen Panzer, den die Ukraine in den 1990er "
     "Jahren an Deutschland verkauft hatte.", False),
    ("EU liefert Generatoren an die Ukraine",
     "BRÜSSEL (dpa) - Die EU liefert der Ukraine weitere 200 Generatoren und Transformatoren, nachdem "
     "russische Drohnen und Raketen Kraftwerke zerstört haben.", False),
]


@pytest.mark.parametrize(("headline", "lead", "relevant"), AFTER)
def test_texts_written_after_the_changes(defaults: RuleSet, headline: str, lead: str, relevant: bool):
    assert_relevance(defaults, analyze(defaults, headline, lead), relevant)


# ---------------------------------------------------------------- single readings of this round

# Each fails on main. Ukraine named as the beneficiary in other words ("for the benefit of
# Ukraine", "zugunsten der Ukraine") is a support word like "for Ukraine"; minehunters are
# weapons like patrol boats; Iraq is among the countries a giving may go to instead of Ukraine.
@pytest.mark.parametrize(
    ("headline", "lead", "relevant"),
    [
        ("Norway buys interceptors for the benefit of Ukraine",
         "OSLO (Reuters) - Norway will buy air defence interceptors for the benefit of Ukraine, the defence "
         "minister said.", True),
        ("Dänemark kauft Abfangdrohnen zugunsten der Ukraine",
         "KOPENHAGEN (dpa) - Dänemark kauft in Polen Abfangdrohnen zugunsten der Ukraine, sagte der "
         "Verteidigungsminister.", True),
        ("Britain to hand two minehunters to Ukraine",
         "LONDON (Reuters) - Britain will hand over two Sandown-class minehunters to the Ukrainian navy, the defence "
         "ministry said.", True),
        ("Deutschland übergibt der Ukraine Minenjagdboote",
         "BERLIN (dpa) - Deutschland übergibt der Ukraine zwei ausgemusterte Minenjagdboote, teilte die Marine mit.",
         True),
        ("Ukraine says Britain delivers howitzers to Iraq",
         "KYIV (Reuters) - Ukraine said on Tuesday that Britain delivers howitzers and artillery shells to Iraq.",
         False),
        ("Laut Ukraine liefert Deutschland Haubitzen an den Irak",
         "KIEW (dpa) - Die Ukraine teilte mit, Deutschland liefere Haubitzen und Munition an den Irak.", False),
    ],
)
def test_single_readings_of_the_sixth_round(defaults: RuleSet, headline: str, lead: str, relevant: bool):
    assert_relevance(defaults, analyze(defaults, headline, lead), relevant)


# The review of round 5's rule language: a maker's nationality or a seller is no recipient, and a
# giving verb counts after a donor named by its capital or as an organisation.
@pytest.mark.parametrize("title, text", [
    ("Canada to send ammunition for German-made Leopard tanks in Ukraine",
     "Canada will send shells for the German-made Leopard tanks that Ukrainian crews use, its defence minister said."),
    ("Norway to fund spare parts for US-built F-16s flown by Kyiv",
     "Norway will pay for spare parts for the US-built F-16 jets that Ukrainian pilots fly."),
    ("La Norvège financera des missiles achetés aux États-Unis pour l'Ukraine",
     "Oslo paiera des missiles achetés aux États-Unis et destinés à l'armée ukrainienne."),
    ("Washington hands Ukraine 30 more Bradley fighting vehicles", ""),
    ("The EU hands Ukraine 1.5 billion euros for weapons", ""),
])
def test_a_makers_nationality_or_a_seller_is_no_recipient(defaults, title: str, text: str) -> None:
    assert analyze(defaults, title, text).relevant
