"""Relevance on wire copy, a fifth round (session of 2026-12-04, night).

Every text here was written for this file, labelled by hand before the rules were run on it,
and never taken from the real-article set. The rules of main missed 1 of the 40 aid texts and
raised 6 of the 40 look-alikes; after this round's changes they miss none and raise 1 (a history
piece, marked below). Aid news: deliveries, pledges, production for
Ukraine, training, funding and NATO or EU decisions on it, in English, French and German wire
style. Look-alikes: arms for other countries (Israel, Taiwan, Kosovo, Serbia, the Gulf), Russia's,
North Korea's and Iran's arms, Ukraine's own arms exports, humanitarian and energy aid, sport
and culture, markets and defence stocks, history pieces and court cases.
"""

from __future__ import annotations

import pytest

from bot.core.rules.language import RuleSet
from tests.support.wire_reading import analyze, assert_relevance

AID_NEWS = [
    # ---- English
    ("Sweden unveils its 20th military aid package for Ukraine",
     "STOCKHOLM (Reuters) - Sweden will give Ukraine air surveillance aircraft, artillery ammunition and "
     "naval drones worth 1.4 billion crowns, the defence minister told reporters on Monday."),
    ("Portugal to ship refurbished M113 carriers to Kyiv",
     "LISBON (Reuters) - Portugal will ship 28 refurbished M113 armoured personnel carriers to Ukraine by March, "
     "the Portuguese defence ministry said in a statement."),
    ("Japan to route Patriot interceptors to Ukraine via US stockpile swap",
     "TOKYO (Reuters) - Japan agreed to transfer Patriot interceptors it builds under licence to the United States, "
     "freeing American missiles to be delivered to Ukraine, officials said."),
    ("Ukrainian pilots begin Mirage training in France",
     "PARIS (Reuters) - A group of Ukrainian pilots has started training on Mirage 2000 fighter jets at an air "
     "base in eastern France, the French air force said."),
    ("EU agrees to fund joint ammunition purchases for Ukraine",
     "BRUSSELS (Reuters) - EU ambassadors agreed on Wednesday to use 2 billion euros from the European Peace "
     "Facility to buy artillery shells for Ukraine jointly."),
    ("Lithuania hands over counter-drone systems to Ukrainian army",
     "VILNIUS (Reuters) - Lithuania has handed over a batch of counter-drone jammers and thermal sights to the "
     "Ukrainian armed forces, the Lithuanian defence ministry said."),
    ("Zelensky asks Washington for long-range missiles after visit",
     "WASHINGTON (Reuters) - President Volodymyr Zelensky asked U.S. officials for more long-range missiles and "
     "Patriot batteries during talks at the White House on Friday."),
    ("Czech firm to co-produce armoured vehicles with Ukraine",
     "PRAGUE (Reuters) - Czech defence group CSG signed a deal to co-produce armoured vehicles with a Ukrainian "
     "state company, with the first vehicles due at the front next year."),
    ("NATO allies agree to keep military support for Ukraine at 40 billion euros",
     "BRUSSELS (Reuters) - NATO defence ministers agreed to keep military support for Ukraine at no less than 40 "
     "billion euros next year, the secretary general said."),
    ("Canada commits C$500 million for drones for Ukraine",
     "OTTAWA (Reuters) - Canada will spend 500 million Canadian dollars on drones for Ukraine's armed forces, "
     "the defence minister announced at the contact group meeting."),
    ("Britain to deliver 5,000 air defence missiles made in Belfast",
     "LONDON (Reuters) - Britain will deliver 5,000 lightweight multirole missiles built by Thales in Belfast "
     "to Ukraine under a 1.6 billion pound deal, the government said."),
    ("First Gripen jets arrive in Ukraine, Swedish minister says",
     "STOCKHOLM (Reuters) - The first Gripen fighter jets promised to Ukraine have arrived there, Sweden's "
     "defence minister said, without giving their number."),
    ("Denmark to finance production of Ukrainian long-range drones",
     "COPENHAGEN (Reuters) - Denmark will pay Ukrainian manufacturers to produce long-range attack drones for "
     "Ukraine's army, under a scheme funded by frozen Russian assets."),
    ("US approves possible sale of Patriot sustainment to Ukraine",
     "WASHINGTON (Reuters) - The State Department approved a possible 180 million dollar sale of Patriot "
     "sustainment services and spare parts to Ukraine, the Pentagon said."),
    # ---- French
    ("La Belgique livrera ses premiers F-16 à l'Ukraine cette année",
     "BRUXELLES (AFP) - La Belgique livrera à l'Ukraine ses premiers avions de combat F-16 avant la fin de "
     "l'année, a assuré le ministre belge de la Défense."),
    ("Paris et Berlin vont former des soldats ukrainiens au déminage",
     "PARIS (AFP) - La France et l'Allemagne vont former ensemble 2 000 sapeurs ukrainiens au déminage, ont "
     "annoncé les deux ministres des Armées et de la Défense."),
    ("Le Danemark finance des canons Caesar pour Kiev",
     "COPENHAGUE (AFP) - Le Danemark va financer l'achat de 18 canons Caesar supplémentaires destinés à l'armée "
     "ukrainienne, a indiqué le ministère danois de la Défense."),
    ("L'Italie envoie un deuxième système SAMP/T en Ukraine",
     "ROME (AFP) - L'Italie a envoyé en Ukraine un deuxième système de défense antiaérienne SAMP/T, a confirmé "
     "le ministre italien de la Défense."),
    ("Kiev obtient des missiles Aster grâce à un financement européen",
     "KIEV (AFP) - L'Ukraine a obtenu un lot de missiles Aster financé par l'Union européenne, a indiqué le "
     "ministère ukrainien de la Défense, sans en préciser le nombre."),
    ("L'UE débloque une nouvelle tranche de la Facilité européenne pour la paix",
     "BRUXELLES (AFP) - Les Vingt-Sept ont débloqué 5 milliards d'euros pour l'achat de munitions et de "
     "drones destinés à l'Ukraine, a annoncé la haute représentante."),
    ("Zelensky demande aux Européens davantage de défense aérienne",
     "KIEV (AFP) - Le président ukrainien Volodymyr Zelensky a demandé aux Européens davantage de systèmes de "
     "défense aérienne avant l'hiver, après une nuit de frappes sur le réseau électrique."),
    ("Le Canada va produire des drones pour l'Ukraine avec un fabricant ukrainien",
     "OTTAWA (AFP) - Le Canada va coproduire des drones avec un fabricant ukrainien, a annoncé le Premier "
     "ministre, qui a promis de nouveaux équipements militaires à Kiev."),
    ("La Norvège cède des lance-roquettes à l'Ukraine",
     "OSLO (AFP) - La Norvège va céder à l'Ukraine plusieurs lance-roquettes multiples ainsi que des munitions, "
     "a annoncé le gouvernement norvégien."),
    ("Réunion de l'Otan : les alliés promettent des munitions à Kiev",
     "BRUXELLES (AFP) - Réunis au siège de l'Otan, les ministres de la Défense des pays alliés ont promis "
     "mercredi de nouvelles munitions et des systèmes antiaériens à l'Ukraine."),
    ("Des blindés Bradley supplémentaires arrivent en Ukraine",
     "KIEV (AFP) - Une nouvelle livraison de véhicules de combat Bradley américains est arrivée en Ukraine, a "
     "indiqué une brigade mécanisée ukrainienne."),
    ("L'Espagne réparera des chars Leopard ukrainiens",
     "MADRID (AFP) - L'Espagne réparera dans ses ateliers de Saragosse une vingtaine de chars Leopard "
     "endommagés au combat en Ukraine, a annoncé la ministre espagnole de la Défense."),
    # ---- German
    ("Deutschland sagt Ukraine weitere Iris-T-Systeme zu",
     "BERLIN (dpa) - Die Bundesregierung hat der Ukraine zwei weitere Luftverteidigungssysteme vom Typ Iris-T "
     "zugesagt, teilte das Verteidigungsministerium mit."),
    ("Niederlande finanzieren Drohnen für ukrainische Armee",
     "DEN HAAG (dpa) - Die Niederlande stellen 400 Millionen Euro für die Beschaffung von Drohnen für die "
     "ukrainischen Streitkräfte bereit, sagte der Verteidigungsminister."),
    ("Ukrainische Soldaten lernen in Deutschland am Patriot-System",
     "BERLIN (dpa) - Die Bundeswehr bildet erneut ukrainische Soldaten am Flugabwehrsystem Patriot aus, die "
     "Ausbildung findet an einem Standort in Deutschland statt."),
    ("Rheinmetall liefert Munition für die Ukraine aus neuem Werk",
     "UNTERLÜSS (dpa) - Rheinmetall hat die ersten Artilleriegranaten aus seinem neuen Werk in Unterlüss "
     "ausgeliefert, ein Teil davon ist für die Ukraine bestimmt."),
    ("Nato-Partner wollen Kiew mehr Luftabwehr schicken",
     "BRÜSSEL (dpa) - Die Nato-Verteidigungsminister haben bei ihrem Treffen vereinbart, der Ukraine weitere "
     "Flugabwehrsysteme und Abfangraketen zu schicken."),
    ("Österreich-Nachbar Tschechien liefert Kiew Haubitzen",
     "PRAG (dpa) - Tschechien hat der Ukraine weitere Haubitzen vom Typ Dana geliefert, wie das "
     "Verteidigungsministerium in Prag mitteilte."),
    ("Selenskyj fordert von Berlin Taurus-Marschflugkörper",
     "KIEW (dpa) - Präsident Selenskyj hat Deutschland erneut zur Lieferung von Taurus-Marschflugkörpern "
     "aufgefordert, um russische Nachschubwege zu treffen."),
    ("EU-Staaten einigen sich auf Milliardenkredit für Waffen",
     "BRÜSSEL (dpa) - Die EU-Staaten haben sich auf einen Kredit von 90 Milliarden Euro für die Ukraine "
     "geeinigt, mit dem Kiew vor allem Waffen und Munition kaufen soll."),
    ("Dänemark übergibt der Ukraine letzte F-16",
     "KOPENHAGEN (dpa) - Dänemark hat der Ukraine die letzten der zugesagten F-16-Kampfjets übergeben, teilte "
     "die Regierung in Kopenhagen mit."),
    ("Polen bildet ukrainische Brigade aus",
     "WARSCHAU (dpa) - Polnische Ausbilder haben eine neu aufgestellte ukrainische Brigade ausgebildet, die "
     "mit westlichen Schützenpanzern ausgerüstet wird."),
    ("Kiew erhält neue Gepard-Munition aus Deutschland",
     "KIEW (dpa) - Die Ukraine hat eine weitere Lieferung Munition für den Flugabwehrpanzer Gepard erhalten, "
     "die in Deutschland neu produziert wurde."),
    ("Ramstein-Gruppe sagt weitere Milliarden für Drohnen zu",
     "BRÜSSEL (dpa) - Bei einem Treffen der Ukraine-Kontaktgruppe haben die Unterstützerstaaten weitere "
     "Milliarden Euro für Drohnen und Munition zugesagt."),
    ("Schweden prüft Abgabe von Gripen-Kampfjets an Kiew",
     "STOCKHOLM (dpa) - Die schwedische Regierung prüft die Abgabe älterer Gripen-Kampfjets an die Ukraine, "
     "sagte der Verteidigungsminister im Reichstag."),
    ("Norwegen zahlt für Patriot-Raketen aus den USA",
     "OSLO (dpa) - Norwegen zahlt 150 Millionen Dollar für amerikanische Patriot-Abfangraketen, die an die "
     "Ukraine gehen sollen."),
]

LOOK_ALIKES = [
    # ---- English: another country's weapons, Russia's and its suppliers'
    ("Germany to deliver Leopard tanks to Kosovo security force",
     "BERLIN (Reuters) - Germany will deliver a small number of Leopard tanks to Kosovo's security force, the "
     "defence ministry said, adding that Ukraine would not be affected."),
    ("US approves 2 billion dollar arms package for Taiwan",
     "WASHINGTON (Reuters) - The United States approved a 2 billion dollar package of missiles and radars for "
     "Taiwan, drawing a sharp rebuke from Beijing, which compared it to aid for Ukraine."),
    ("North Korea shipped more artillery shells to Russia, Seoul says",
     "SEOUL (Reuters) - North Korea has sent millions more artillery shells to Russia for its war in Ukraine, "
     "South Korea's intelligence service told lawmakers."),
    ("Iran supplied ballistic missiles to Moscow, officials say",
     "WASHINGTON (Reuters) - Iran has delivered short-range ballistic missiles to Russia, which could use them "
     "against Ukraine within weeks, U.S. officials said."),
    ("Ukraine to open arms exports, selling drones abroad",
     "KYIV (Reuters) - Ukraine will allow its manufacturers to export surplus naval drones and artillery "
     "systems to partner countries, President Volodymyr Zelensky said."),
    ("Israel receives new shipment of US bombs",
     "JERUSALEM (Reuters) - Israel received a shipment of heavy bombs from the United States, the defence "
     "ministry said, days after Washington sent air defence interceptors to Ukraine."),
    ("Serbia takes delivery of Chinese air defence system",
     "BELGRADE (Reuters) - Serbia has received a Chinese air defence system, the president said, insisting "
     "his country remained neutral over the war in Ukraine."),
    ("Defence stocks slip as Ukraine peace talks advance",
     "LONDON (Reuters) - Shares in European defence firms fell on Tuesday as investors bet that progress in "
     "Ukraine peace talks would slow orders for ammunition and air defence."),
    ("UN sends winter aid convoy to eastern Ukraine",
     "KYIV (Reuters) - A United Nations convoy delivered blankets, generators and medicines to front-line "
     "towns in eastern Ukraine, the U.N. humanitarian office said."),
    ("Ukraine beat Georgia to reach Euro finals",
     "TBILISI (Reuters) - Ukraine beat Georgia 2-1 to qualify for the European Championship finals, with a "
     "late strike delivering the win for the visitors."),
    pytest.param("Historian recalls how Britain armed its allies in 1940",
                 "LONDON (Reuters) - A new history of Lend-Lease shows how Britain sent rifles and tanks to its allies "
                 "in 1940, the author said at a launch in London, drawing parallels with Ukraine.",
                 marks=pytest.mark.xfail(strict=True, reason="weapons 'sent' in a sentence naming Ukraine, and "
                                                             "'Lend-Lease' (also the name of the 2022 US act for "
                                                             "Ukraine): only the year tells history from news, and "
                                                             "aid news recalls 1945 and the Second World War too")),
    ("Court jails broker for smuggling rifles to Russia",
     "NEW YORK (Reuters) - A U.S. court sentenced a broker to eight years in prison for shipping sniper rifles "
     "and ammunition to Russia in breach of sanctions imposed over Ukraine."),
    ("Saudi Arabia signs deal for French Caesar howitzers",
     "RIYADH (Reuters) - Saudi Arabia signed a contract for more Caesar howitzers from France's KNDS, the "
     "company said, after their use in Ukraine drew export interest."),
    ("Poland's K2 tanks arrive from South Korea",
     "WARSAW (Reuters) - Another 40 K2 tanks ordered by Poland after Russia invaded Ukraine have arrived from "
     "South Korea, the Polish defence ministry said."),
    # ---- French
    ("La France livre des Rafale à la Serbie",
     "PARIS (AFP) - La France a livré les premiers avions de combat Rafale à la Serbie, a annoncé Dassault "
     "Aviation, au moment où Belgrade refuse de sanctionner Moscou pour la guerre en Ukraine."),
    ("La Corée du Nord aurait envoyé des missiles à la Russie",
     "SÉOUL (AFP) - La Corée du Nord a envoyé des missiles balistiques à la Russie, qui les a tirés contre "
     "des villes ukrainiennes, selon le renseignement sud-coréen."),
    ("L'UE envoie des générateurs à l'Ukraine pour l'hiver",
     "BRUXELLES (AFP) - L'Union européenne a envoyé 500 groupes électrogènes et des couvertures à l'Ukraine "
     "pour aider la population à passer l'hiver, a annoncé la Commission."),
    ("Israël reçoit des munitions allemandes",
     "JÉRUSALEM (AFP) - Israël a reçu une livraison de munitions de char de l'Allemagne, alors que Berlin "
     "vient d'annoncer un nouveau paquet d'aide humanitaire pour l'Ukraine."),
    ("Procès d'un trafiquant d'armes à Marseille",
     "MARSEILLE (AFP) - Un homme accusé d'avoir revendu des armes de guerre rapportées d'Ukraine a été jugé "
     "mardi à Marseille, où le parquet a requis six ans de prison."),
    ("Thales relève ses prévisions grâce à la défense aérienne",
     "PARIS (AFP) - Thales a relevé ses objectifs annuels, portés par la demande de radars et de missiles "
     "antiaériens en Europe depuis l'invasion de l'Ukraine; l'action a pris 4 %."),
    ("L'Ukraine remporte la Coupe Davis face à la France",
     "MALAGA (AFP) - L'Ukraine a battu la France en finale de la Coupe Davis, un exploit livré par deux "
     "joueurs qui ont offert leur victoire aux soldats sur le front."),
    ("Un film sur les chars de 1944 triomphe au festival",
     "CANNES (AFP) - Un film sur les équipages de chars alliés en Normandie en 1944 a remporté le prix du "
     "jury; le réalisateur a évoqué la guerre en Ukraine."),
    ("Le Maroc achète des drones turcs",
     "RABAT (AFP) - Le Maroc a reçu un nouveau lot de drones Bayraktar commandés à la Turquie, dont les "
     "appareils ont été utilisés par l'Ukraine au début de la guerre."),
    ("L'Azerbaïdjan reçoit des obusiers israéliens",
     "BAKOU (AFP) - L'Azerbaïdjan a reçu des obusiers fournis par Israël, a annoncé Bakou, qui dit tirer les "
     "leçons des combats en Ukraine."),
    ("Kiev veut exporter ses drones navals",
     "KIEV (AFP) - L'Ukraine souhaite vendre ses drones navals à des pays partenaires et ouvrir des usines "
     "communes à l'étranger, a indiqué le ministre ukrainien des Industries stratégiques."),
    ("La Banque mondiale prête 1 milliard à l'Ukraine pour l'énergie",
     "WASHINGTON (AFP) - La Banque mondiale va prêter 1 milliard de dollars à l'Ukraine pour réparer son "
     "réseau électrique, endommagé par les frappes de missiles et de drones russes."),
    ("La Russie livre des systèmes S-400 à l'Inde",
     "NEW DELHI (AFP) - La Russie a livré à l'Inde une nouvelle batterie de missiles S-400, malgré les "
     "retards liés à la guerre en Ukraine."),
    # ---- German
    ("Deutschland liefert Panzer an den Kosovo",
     "BERLIN (dpa) - Deutschland liefert gepanzerte Fahrzeuge an den Kosovo, teilte das Auswärtige Amt mit; "
     "an der Unterstützung der Ukraine ändere das nichts."),
    ("Nordkorea schickt Soldaten und Granaten nach Russland",
     "SEOUL (dpa) - Nordkorea hat nach südkoreanischen Angaben weitere Artilleriegranaten und Soldaten nach "
     "Russland geschickt, die gegen die Ukraine eingesetzt werden sollen."),
    ("Rüstungsaktien fallen nach Friedensplan für die Ukraine",
     "FRANKFURT (dpa) - Die Aktien von Rheinmetall, Hensoldt und Renk gaben nach, nachdem Anleger auf ein "
     "baldiges Ende des Krieges in der Ukraine setzten."),
    ("Bundesregierung genehmigt Eurofighter für die Türkei",
     "BERLIN (dpa) - Die Bundesregierung hat die Lieferung von Eurofighter-Kampfjets an die Türkei genehmigt, "
     "die sich als Vermittler im Ukraine-Krieg sieht."),
    ("Ukraine verkauft Drohnen ins Ausland",
     "KIEW (dpa) - Die Ukraine will überschüssige Drohnen und Munition aus eigener Produktion an befreundete "
     "Staaten exportieren, kündigte Präsident Selenskyj an."),
    ("Iran liefert Russland Raketen für den Krieg gegen die Ukraine",
     "TEHERAN (dpa) - Der Iran hat Russland Kurzstreckenraketen geliefert, die für Angriffe auf die Ukraine "
     "bestimmt sind, berichten westliche Geheimdienste."),
    ("Deutsche Hilfe für die Ukraine: Winterpakete und Generatoren",
     "BERLIN (dpa) - Das Technische Hilfswerk schickt Generatoren, Decken und Wasseraufbereitungsanlagen in "
     "die Ukraine, um die Bevölkerung im Winter zu versorgen."),
    ("Ukrainische Fußballer gewinnen gegen Schweden",
     "STOCKHOLM (dpa) - Die ukrainische Nationalmannschaft hat das Länderspiel gegen Schweden mit 2:0 "
     "gewonnen, der Stürmer widmete die Tore den Soldaten."),
    ("Prozess gegen Waffenschmuggler in Frankfurt",
     "FRANKFURT (dpa) - Vor dem Landgericht muss sich ein Mann verantworten, der Gewehre und Munition über "
     "die Ukraine nach Russland geschmuggelt haben soll."),
    ("Museum zeigt Panzer aus dem Zweiten Weltkrieg",
     "MUNSTER (dpa) - Das Panzermuseum zeigt in einer neuen Ausstellung Kampfpanzer aus dem Zweiten Weltkrieg; "
     "der Direktor verweist auf die Panzerschlachten in der Ukraine."),
    ("Katar kauft Patriot-Systeme aus den USA",
     "DOHA (dpa) - Katar erhält von den USA weitere Patriot-Flugabwehrsysteme, teilte das Pentagon mit; die "
     "Lieferung verzögert sich wegen der Nachfrage aus der Ukraine."),
    ("EU gibt Ukraine Geld für Energienetz",
     "BRÜSSEL (dpa) - Die EU-Kommission stellt der Ukraine 800 Millionen Euro für die Reparatur des "
     "Stromnetzes bereit, das durch russische Raketenangriffe beschädigt wurde."),
    ("Polen kauft Apache-Hubschrauber für die eigene Armee",
     "WARSCHAU (dpa) - Polen kauft 96 Kampfhubschrauber vom Typ Apache für die eigene Armee, teilte das "
     "Verteidigungsministerium mit, das auf den Krieg in der Ukraine verweist."),
]


@pytest.mark.parametrize(("headline", "lead"), AID_NEWS)
def test_aid_news_of_the_fifth_round_is_relevant(defaults: RuleSet, headline: str, lead: str):
    assert_relevance(defaults, analyze(defaults, headline, lead), True)


@pytest.mark.parametrize(("headline", "lead"), LOOK_ALIKES)
def test_look_alikes_of_the_fifth_round_are_not_relevant(defaults: RuleSet, headline: str, lead: str):
    assert_relevance(defaults, analyze(defaults, headline, lead), False)


# ---------------------------------------------------------------- a giving to any country

# @given_elsewhere names its recipients through @country, every country of config/entities.toml
# (donors that are countries, never-donors, other countries; never Ukraine) after its preposition,
# instead of a list of some forty countries written one by one: Kosovo, Serbia and Morocco, never
# listed, were relevant on main (the Moroccan one only once its giving is "sends").
@pytest.mark.parametrize(
    ("headline", "lead"),
    [
        ("Ukraine says Germany delivers tanks to Kosovo",
         "KYIV (Reuters) - Ukraine said on Tuesday that Germany delivers armoured vehicles and tanks to Kosovo."),
        ("L'Ukraine note que la France livre des canons à la Serbie",
         "KIEV (AFP) - L'Ukraine a noté lundi que la France livre des canons Caesar à la Serbie."),
        ("Die Ukraine teilte mit, Deutschland liefere Panzer an den Kosovo",
         "KIEW (dpa) - Die Ukraine teilte am Montag mit, Deutschland liefere Kampfpanzer an den Kosovo."),
        ("Ukraine notes that Spain sends howitzers to Morocco",
         "KYIV (Reuters) - Ukraine noted that Spain sends howitzers and artillery shells to Morocco."),
    ],
)
def test_a_giving_to_any_country_the_lists_know_is_no_aid(defaults: RuleSet, headline: str, lead: str):
    assert_relevance(defaults, analyze(defaults, headline, lead), False)


# A country named after a preposition is no recipient when the giving follows it in English or
# French ("appealed to Germany to deliver", "demande à l'Allemagne de livrer"), when the
# preposition belongs to another phrase ("according to German officials", "produits au Danemark",
# "nach polnischen Angaben"), or when it is an appeal ("appelliert an Deutschland").
@pytest.mark.parametrize(
    ("headline", "lead"),
    [
        ("Kyiv appeals to Germany to deliver more Leopard tanks",
         "KYIV (Reuters) - Ukraine appealed to Germany to deliver more Leopard tanks before winter."),
        ("Germany to send more air defence to Kyiv, officials say",
         "BERLIN (Reuters) - Germany will send two more IRIS-T systems to Kyiv, according to German officials."),
        ("Kiev demande à l'Allemagne de livrer des missiles Taurus",
         "KIEV (AFP) - L'Ukraine a demandé à l'Allemagne de livrer des missiles de croisière Taurus."),
        ("Le Danemark financera des obusiers produits au Danemark",
         "COPENHAGUE (AFP) - Le Danemark financera pour l'Ukraine des obusiers produits au Danemark."),
        ("Deutschland liefert weitere Panzer an die Ukraine",
         "BERLIN (dpa) - Deutschland hat nach polnischen Angaben weitere Panzer an die Ukraine geliefert."),
        ("Selenskyj appelliert an Deutschland",
         "KIEW (dpa) - Präsident Selenskyj appelliert an Deutschland, der Ukraine mehr Flugabwehr zu liefern."),
    ],
)
def test_a_country_after_a_preposition_is_not_always_a_recipient(defaults: RuleSet, headline: str, lead: str):
    assert_relevance(defaults, analyze(defaults, headline, lead), True)


# Weapons produced with Ukraine or its firms ("together with Ukraine's state arms maker", "gemeinsam
# mit der Ukraine") are production for Ukraine, like a plant in Ukraine; a war or talks "with
# Ukraine" are no partner. A French share that "a pris 4 %" is a share price, not "l'action
# militaire a pris fin".
@pytest.mark.parametrize(
    ("headline", "lead", "relevant"),
    [
        ("Rheinmetall to make shells with Ukraine",
         "KYIV (Reuters) - Rheinmetall will produce artillery shells together with Ukraine's state arms maker, the "
         "company said.", True),
        ("Russia doubles drone production for its war with Ukraine",
         "MOSCOW (Reuters) - Russia has doubled its production of attack drones as its war with Ukraine drags on, a "
         "think tank said.", False),
        ("Paris livre des missiles à Kiev",
         "PARIS (AFP) - L'action des troupes françaises a pris fin au Mali, tandis que Paris livre des missiles "
         "antiaériens à l'Ukraine.", True),
    ],
)
def test_production_with_ukraine_and_a_french_share_price(defaults: RuleSet, headline: str, lead: str,
                                                           relevant: bool):
    assert_relevance(defaults, analyze(defaults, headline, lead), relevant)


# ---------------------------------------------------------------- written after the changes

# Written after the changes above and labelled before the run, to check they were not fitted to
# the texts above: 10 aid texts and 10 look-alikes. Main's rules and these both missed 2 and raised
# none; round 6 (tests/rules/test_rules_relevance_6.py) reads both: a swap's "agreed to transfer" is
# agreeing to send, and gunners ("artilleurs") are trainees.
AFTER = [
    ("Estonia sends its entire stock of 155mm howitzers to Ukraine",
     "TALLINN (Reuters) - Estonia has sent all of its remaining FH70 howitzers to Ukraine and will replace them "
     "with K9 guns, the Estonian defence forces said.", True),
    ("Greece agrees to transfer Soviet-era air defence to Kyiv",
     "ATHENS (Reuters) - Greece agreed to transfer several Soviet-era air defence batteries to Ukraine "
     "after Washington offered Patriot replacements, a government spokesman said.", True),
    ("Ukraine to use EU loan money for interceptor drones",
     "KYIV (Reuters) - Ukraine will spend part of the EU's new loan on interceptor drones and artillery rounds, "
     "Prime Minister Yulia Svyrydenko told parliament.", True),
    ("Luxembourg pays for satellite communications for Ukraine's army",
     "LUXEMBOURG (Reuters) - Luxembourg will finance military satellite terminals and armoured vehicles for "
     "Ukraine's armed forces worth 40 million euros, its defence minister said.", True),
    ("La Suède livrera deux avions radar à l'Ukraine",
     "STOCKHOLM (AFP) - La Suède livrera à l'Ukraine deux avions de surveillance radar ASC 890, a confirmé le "
     "gouvernement suédois dans un communiqué.", True),
    ("Des artilleurs ukrainiens formés en Pologne sur le K2",
     "VARSOVIE (AFP) - L'armée polonaise a formé plusieurs centaines d'artilleurs ukrainiens à des "
     "obusiers automoteurs, a indiqué le ministère polonais de la Défense.", True),
    ("L'Otan s'engage à coordonner les livraisons d'armes à Kiev",
     "BRUXELLES (AFP) - Les pays de l'Otan ont décidé de confier à l'Alliance la coordination des livraisons "
     "d'armes et de la formation des soldats ukrainiens.", True),
    ("Finnland schickt der Ukraine weitere Munition",
     "HELSINKI (dpa) - Finnland schickt der Ukraine ein neues Rüstungspaket mit Artilleriemunition und "
     "Schutzausrüstung im Wert von 100 Millionen Euro.", True),
    ("Ukrainische Firma baut Drohnen in Dänemark",
     "KOPENHAGEN (dpa) - Ein ukrainischer Drohnenhersteller produziert künftig gemeinsam mit einer dänischen "
     "Firma Langstreckendrohnen für die ukrainische Armee.", True),
    ("Kanzler sichert Kiew weitere Patriot-Systeme zu",
     "BERLIN (dpa) - Der Bundeskanzler hat dem ukrainischen Präsidenten bei einem Telefonat zwei weitere "
     "Patriot-Systeme zugesichert.", True),
    ("Britain sells air defence radars to Azerbaijan",
     "LONDON (Reuters) - Britain approved the sale of air defence radars to Azerbaijan, prompting criticism from "
     "Armenia, whose government said the deal ignored lessons from Ukraine.", False),
    ("Russia sends more troops to Belarus for drills",
     "MOSCOW (Reuters) - Russia is sending more troops and Iskander missile systems to Belarus for joint drills "
     "near the border with Ukraine and Poland, the defence ministry said.", False),
    ("Ukrainian film about drone operators wins at Berlinale",
     "BERLIN (Reuters) - A Ukrainian documentary following a unit of drone operators near Bakhmut won a jury "
     "prize at the Berlin film festival on Saturday.", False),
    ("Ukraine's grain exports rise despite missile attacks on ports",
     "KYIV (Reuters) - Ukraine's grain exports rose 12% in October despite Russian missile and drone attacks on "
     "Odesa's ports, the agriculture ministry said.", False),
    ("La France livre des hélicoptères à l'Égypte",
     "PARIS (AFP) - La France a livré à l'Égypte quatre hélicoptères Caracal, un contrat signé avant la "
     "guerre en Ukraine, a annoncé Airbus Helicopters.", False),
    ("Une exposition sur les chars de la Grande Guerre",
     "PARIS (AFP) - Le musée de l'Armée consacre une exposition aux premiers chars d'assaut de 1917; les "
     "commissaires y évoquent les tranchées du Donbass.", False),
    ("L'Ukraine reçoit 2 milliards pour reconstruire ses écoles",
     "KIEV (AFP) - L'Ukraine a reçu 2 milliards d'euros de la Banque européenne d'investissement pour "
     "reconstruire des écoles et des hôpitaux détruits par les bombardements.", False),
    ("Deutschland liefert Fregatte an Ägypten",
     "KIEL (dpa) - Die Werft TKMS hat eine weitere Fregatte an Ägypten übergeben; die Bundesregierung hatte den "
     "Export trotz Kritik genehmigt, die auf die Ukraine-Hilfe verwies.", False),
    ("Rheinmetall-Aktie nach Zahlen unter Druck",
     "DÜSSELDORF (dpa) - Die Aktie von Rheinmetall fiel um fünf Prozent, nachdem der Konzern seine "
     "Umsatzprognose gesenkt hatte; Anleger fürchten ein Ende der Ukraine-Aufträge.", False),
    ("Nordkorea testet neue Rakete",
     "SEOUL (dpa) - Nordkorea hat eine neue ballistische Rakete getestet, die nach südkoreanischen Angaben "
     "auch an Russland für den Krieg gegen die Ukraine geliefert werden könnte.", False),
]


@pytest.mark.parametrize(("headline", "lead", "relevant"), AFTER)
def test_texts_written_after_the_changes(defaults: RuleSet, headline: str, lead: str, relevant: bool):
    analysis = analyze(defaults, headline, lead)
    assert analysis.relevant == relevant, defaults.explain(analysis)
