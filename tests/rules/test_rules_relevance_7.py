"""Relevance on wire copy, a seventh round (session of 2026-12-04, morning).

Every text here was written for this file, labelled by hand before the rules were run on it,
and never taken from the real-article set. It aims at the edges. Aid news in unusual shapes:
co-production and joint ventures with Ukrainian firms, training missions, weapons paid for with
frozen Russian assets, PURL purchases of US weapons, security guarantees with troops or air
policing from the coalition of the willing, maintenance hubs, demining equipment. Look-alikes:
Ukraine's other news (energy and humanitarian aid, reconstruction loans, refugees, sanctions,
peace talks, its domestic politics, grain exports), arms for others (Israel, Taiwan, the Baltic
states' own purchases) and NATO news without Ukraine (spending targets, exercises, enlargement).

Main's rules missed 11 of the 40 aid texts and raised 2 of the 40 look-alikes; after this round's
changes they miss none and raise 1 (marked with its reason). Three of round 6's strict xfails now
pass (tests/rules/test_rules_relevance_6.py). Written after the changes, 20 more texts (AFTER): main
missed 5 of 10 and raised 1 of 10; this round's rules on their first run missed 4 and raised none;
three further changes (frozen assets paying for weapons, a reassurance force being a force by its
name, shells and Ukraine's regions in the production rule) leave 1 miss (marked). A probe of 10
more (PROBES), written then to look for the new readings' look-alikes: main raised 1 of 9 and missed
the 1 aid text; this round's rules on their first run raised 2 and missed none, and 1 stays raised
(marked). On the real-article set no item's score moves: relevance stays at P/R 0.99/0.99, pledges
and stories unchanged. The three marked texts are read correctly since round 8
(tests/rules/test_rules_relevance_8.py) and are no longer marked.
"""

from __future__ import annotations

import pytest

from bot.core.rules.language import RuleSet
from tests.support.wire_reading import analyze, assert_relevance

AID_NEWS = [
    # ---- English
    ("Rheinmetall and Ukrainian state group open shell plant",
     "KYIV (Reuters) - Germany's Rheinmetall and Ukraine's state defence group Ukroboronprom opened a joint "
     "venture plant in western Ukraine that will produce 155mm artillery shells for the Ukrainian armed "
     "forces, the companies said."),
    ("Denmark to co-produce long-range drones with Ukrainian maker",
     "COPENHAGEN (Reuters) - A Ukrainian drone maker will build a factory in Denmark to co-produce long-range "
     "drones for Ukraine's army, the Danish defence ministry said on Monday, with production due to start next "
     "year."),
    ("Netherlands buys US Patriot missiles for Kyiv under NATO scheme",
     "THE HAGUE (Reuters) - The Netherlands will spend 250 million euros on US-made Patriot missiles and other "
     "equipment for Ukraine through NATO's Prioritised Ukraine Requirements List (PURL), the government said."),
    ("EU to channel windfall from frozen Russian assets into arms",
     "BRUSSELS (Reuters) - EU governments agreed to use 1.4 billion euros of profits from immobilised Russian "
     "central bank assets to buy air defence and artillery ammunition for Ukraine, diplomats said."),
    ("Britain and France ready to put troops in Ukraine after ceasefire",
     "PARIS (Reuters) - Britain and France said they were prepared to deploy a reassurance force in Ukraine "
     "once a ceasefire is agreed, as part of security guarantees drawn up by the coalition of the willing."),
    ("Coalition weighs air policing mission over western Ukraine",
     "LONDON (Reuters) - European air forces would patrol the skies over western Ukraine with fighter jets "
     "under a plan discussed by defence chiefs of the coalition of the willing, officials said."),
    ("Poland opens maintenance hub for Ukraine's Western tanks",
     "WARSAW (Reuters) - A maintenance hub in southern Poland has begun servicing Leopard tanks and armoured "
     "vehicles damaged on the Ukrainian front, the Polish defence ministry said."),
    ("Canada extends mission training Ukrainian recruits in Britain",
     "OTTAWA (Reuters) - Canada will extend Operation Unifier, under which Canadian instructors train "
     "Ukrainian recruits in Britain, until 2027, the defence minister said."),
    ("Norway funds mine-clearing equipment for Ukrainian sappers",
     "OSLO (Reuters) - Norway will pay for mine-clearing machines and detectors for Ukrainian army engineers "
     "working near the front line, the foreign ministry said."),
    ("BAE to build CV90 fighting vehicles in Ukraine",
     "STOCKHOLM (Reuters) - BAE Systems Hagglunds signed an agreement to produce CV90 infantry fighting "
     "vehicles in Ukraine together with a Ukrainian partner, financed by Sweden and Denmark."),
    ("Ukraine to spend first tranche of reparations loan on drones",
     "KYIV (Reuters) - Ukraine will use the first 5 billion euros of the EU reparations loan, backed by frozen "
     "Russian assets, to buy interceptor drones and air defence, the prime minister said."),
    ("US approves Patriot sustainment sale to Ukraine",
     "WASHINGTON (Reuters) - The State Department approved a possible 150 million dollar sale of Patriot "
     "sustainment services and spare parts to Ukraine, paid for with European funds."),
    ("Finland signs 10-year security agreement with Ukraine",
     "HELSINKI (Reuters) - Finland signed a 10-year security agreement with Ukraine, pledging to keep "
     "supplying defence equipment and to help Kyiv build up its defence industry, the president's office said."),
    ("Zelenskiy says first Gripen jets could arrive next year",
     "KYIV (Reuters) - President Volodymyr Zelenskiy said on Wednesday that the first Swedish Gripen fighter "
     "jets could arrive in Ukraine next year, after Kyiv signed a letter of intent for up to 150 of the "
     "aircraft."),
    # ---- French
    ("Coentreprise franco-ukrainienne pour produire des drones",
     "PARIS (AFP) - Le groupe français Delair et un fabricant ukrainien vont créer une coentreprise pour "
     "produire en Ukraine des drones de reconnaissance destinés à l'armée ukrainienne, ont annoncé les deux "
     "sociétés."),
    ("Les avoirs russes gelés financeront des obus pour Kiev",
     "BRUXELLES (AFP) - Les revenus tirés des avoirs russes gelés serviront à acheter des munitions "
     "d'artillerie pour l'Ukraine, ont décidé lundi les ministres européens des Affaires étrangères."),
    ("La Suède achète des armes américaines pour l'Ukraine",
     "STOCKHOLM (AFP) - La Suède va acquérir pour 275 millions de dollars d'armement américain destiné à "
     "l'Ukraine dans le cadre du mécanisme PURL de l'Otan, a annoncé son gouvernement."),
    ("Coalition des volontaires : Paris prêt à déployer des soldats",
     "PARIS (AFP) - La France est prête à déployer plusieurs milliers de soldats en Ukraine dans le cadre des "
     "garanties de sécurité préparées par la coalition des volontaires, a déclaré le président vendredi."),
    ("Des Rafale pourraient patrouiller dans le ciel ukrainien",
     "PARIS (AFP) - Des avions de combat Rafale pourraient assurer une mission de police du ciel au-dessus de "
     "l'ouest de l'Ukraine après un cessez-le-feu, selon un document de travail de la coalition des "
     "volontaires."),
    ("Des sapeurs ukrainiens formés au déminage à Angers",
     "ANGERS (AFP) - Une centaine de sapeurs ukrainiens ont été formés au déminage par l'armée de Terre à "
     "Angers, avant de rejoindre le front, a indiqué le ministère des Armées."),
    ("Un centre de maintenance pour les Caesar ukrainiens en Pologne",
     "VARSOVIE (AFP) - KNDS a ouvert en Pologne un centre de maintenance pour les canons Caesar utilisés par "
     "l'armée ukrainienne, afin de réduire le temps d'immobilisation des pièces, a indiqué l'industriel."),
    ("Paris finance des robots de déminage pour les sapeurs ukrainiens",
     "PARIS (AFP) - La France va financer l'achat d'une vingtaine de robots de déminage pour les unités du "
     "génie ukrainiennes, a annoncé le ministre des Armées lors d'un déplacement à Kiev."),
    ("Kiev signe une lettre d'intention pour des Gripen",
     "KIEV (AFP) - L'Ukraine a signé une lettre d'intention en vue de l'acquisition de 100 à 150 avions de "
     "combat suédois Gripen, financés en partie par des fonds européens, a annoncé la présidence ukrainienne."),
    ("Berlin et Kiev vont produire ensemble des missiles antiaériens",
     "BERLIN (AFP) - L'Allemagne et l'Ukraine ont signé un accord pour produire conjointement des missiles de "
     "défense aérienne sur le sol ukrainien, financé par Berlin à hauteur de 300 millions d'euros."),
    ("Le Danemark paie des canons fabriqués en Ukraine",
     "COPENHAGUE (AFP) - Le Danemark consacrera 500 millions d'euros à l'achat d'obusiers Bohdana fabriqués "
     "par l'industrie ukrainienne, selon le modèle danois déjà repris par la Suède et le Canada."),
    ("L'Otan coordonne désormais l'aide à Kiev depuis Wiesbaden",
     "WIESBADEN (AFP) - Le commandement de l'Otan chargé de coordonner l'assistance de sécurité et la "
     "formation pour l'Ukraine (NSATU) est désormais pleinement opérationnel à Wiesbaden, a annoncé "
     "l'Alliance."),
    ("Des techniciens belges entretiendront les F-16 ukrainiens",
     "BRUXELLES (AFP) - Des techniciens belges assureront l'entretien des avions de combat F-16 de l'armée de "
     "l'air ukrainienne dans une base en Roumanie, a annoncé le ministère belge de la Défense."),
    # ---- German
    ("Rheinmetall gründet Gemeinschaftsunternehmen mit Ukroboronprom",
     "DÜSSELDORF (dpa) - Rheinmetall und der ukrainische Rüstungskonzern Ukroboronprom gründen ein "
     "Gemeinschaftsunternehmen, das in der Ukraine Munition für die ukrainischen Streitkräfte herstellen soll."),
    ("Drohnenhersteller Quantum eröffnet Werk in der Ukraine",
     "MÜNCHEN (dpa) - Der Drohnenhersteller Quantum Systems hat gemeinsam mit einem ukrainischen Partner ein "
     "Werk in der Ukraine eröffnet, das Aufklärungsdrohnen für die Front fertigt."),
    ("Zinserträge aus russischem Vermögen fließen in Flugabwehr",
     "BRÜSSEL (dpa) - Die EU hat eine weitere Tranche von 1,5 Milliarden Euro aus den Zinserträgen "
     "eingefrorener russischer Vermögenswerte freigegeben; das Geld fließt vor allem in Flugabwehr und "
     "Munition für die Ukraine."),
    ("Deutschland zahlt für US-Abfangraketen über PURL",
     "BERLIN (dpa) - Deutschland finanziert über die Nato-Initiative PURL amerikanische Patriot-Abfangraketen "
     "für die Ukraine im Wert von 500 Millionen Dollar, teilte das Verteidigungsministerium mit."),
    ("Koalition der Willigen plant Schutztruppe für die Ukraine",
     "PARIS (dpa) - Die Koalition der Willigen will nach einem Waffenstillstand eine multinationale Truppe in "
     "der Ukraine stationieren; Frankreich und Großbritannien sollen sie führen."),
    ("Eurofighter könnten Luftraum über der Westukraine sichern",
     "BERLIN (dpa) - Eurofighter der Luftwaffe könnten sich nach einem Waffenstillstand an einer Mission zur "
     "Luftraumüberwachung über der Westukraine beteiligen, sagte der Verteidigungsminister."),
    ("EU verlängert Ausbildungsmission für ukrainische Soldaten",
     "BRÜSSEL (dpa) - Die EU hat ihre Ausbildungsmission für ukrainische Soldaten um zwei Jahre verlängert; "
     "bislang wurden mehr als 75.000 Soldaten in Mitgliedsstaaten geschult."),
    ("Wartungszentrum für ukrainische Patriot-Systeme in Rumänien",
     "BUKAREST (dpa) - Für die an die Ukraine gelieferten Patriot-Systeme entsteht in Rumänien ein "
     "Wartungszentrum, in dem deutsche und amerikanische Techniker die Startgeräte instand halten."),
    ("Niederlande schicken Minenräumpanzer",
     "DEN HAAG (dpa) - Die Niederlande schicken der Ukraine sechs Minenräumpanzer vom Typ Kodiak, mit denen "
     "Pioniere Gassen durch russische Minenfelder schlagen können."),
    ("London bietet Soldaten und Jets für Sicherheitsgarantien an",
     "LONDON (dpa) - Großbritannien ist bereit, Soldaten und Kampfflugzeuge für Sicherheitsgarantien zugunsten "
     "der Ukraine bereitzustellen, sagte der Premierminister nach einem Treffen der Koalition der Willigen."),
    ("Ukrainische Firma fertigt Langstreckendrohnen in Bayern",
     "BERLIN (dpa) - Ein ukrainischer Drohnenhersteller produziert künftig in Bayern Langstreckendrohnen für "
     "die ukrainische Armee; die Bundesregierung übernimmt die Kosten."),
    ("Litauen kauft Abfangdrohnen für Kiew",
     "VILNIUS (dpa) - Litauen kauft für 20 Millionen Euro Abfangdrohnen bei einem heimischen Hersteller und "
     "gibt sie an die ukrainischen Streitkräfte weiter."),
    ("Nato-Kommando in Wiesbaden übernimmt Koordinierung",
     "WIESBADEN (dpa) - Das Nato-Kommando in Wiesbaden hat die Koordinierung der Ausrüstung und Ausbildung der "
     "ukrainischen Streitkräfte vollständig von den USA übernommen."),
]

LOOK_ALIKES = [
    # ---- English: Ukraine's other news, arms for others, NATO without Ukraine
    ("EU gives Ukraine 300 million euros for winter energy",
     "BRUSSELS (Reuters) - The European Commission announced 300 million euros to help Ukraine repair its "
     "power grid and buy gas before winter, after Russian strikes destroyed half of its generating capacity."),
    ("World Bank approves $1 billion loan to rebuild Ukraine's roads",
     "WASHINGTON (Reuters) - The World Bank approved a 1 billion dollar loan to help Ukraine rebuild roads, "
     "bridges and schools damaged in the war, guaranteed by Japan and Britain."),
    ("Germany extends protection for Ukrainian refugees",
     "BERLIN (Reuters) - Germany will extend temporary protection for more than 1 million Ukrainian refugees "
     "until 2027, the interior ministry said, as EU states debate support for those returning home."),
    ("EU adopts 20th sanctions package targeting drone parts",
     "BRUSSELS (Reuters) - The European Union adopted its 20th package of sanctions against Russia, banning "
     "exports of drone components and machine tools used by Russia's arms industry in its war against Ukraine."),
    ("Ukraine and Russia agree prisoner swap in Istanbul",
     "ISTANBUL (Reuters) - Ukrainian and Russian delegations met in Istanbul for a third round of talks and "
     "agreed to exchange 1,000 prisoners of war each, but made no progress on a ceasefire."),
    ("Ukraine's parliament appoints new defence minister",
     "KYIV (Reuters) - Ukraine's parliament appointed a new defence minister on Thursday, tasking him with "
     "fixing the procurement of drones and ammunition for the army after corruption scandals."),
    ("Ukraine grain exports via Black Sea corridor hit record",
     "KYIV (Reuters) - Ukraine exported a record 5 million tonnes of grain through its Black Sea corridor in "
     "October, with ships protected by naval drones and air defence, the agriculture ministry said."),
    # A strict xfail until round 8 (tests/rules/test_rules_relevance_8.py): aid bound for another country.
    ("US Senate passes $14 billion military aid package for Israel",
     "WASHINGTON (Reuters) - The Senate passed a 14 billion dollar military aid package for Israel, "
     "including air defence interceptors, after a separate bill for Ukraine stalled."),
    ("Taiwan signs deal for three more NASAMS",
     "TAIPEI (Reuters) - Taiwan signed a contract for three more NASAMS air defence systems from the United "
     "States, the defence ministry said, having studied how Ukraine uses them against Russian missiles."),
    ("Estonia to buy six more HIMARS launchers",
     "TALLINN (Reuters) - Estonia will buy six more HIMARS rocket launchers from the United States for its own "
     "army, the defence ministry said, citing the lessons of Russia's war in Ukraine."),
    ("NATO allies agree 5% defence spending target",
     "THE HAGUE (Reuters) - NATO leaders agreed to raise defence spending to 5% of GDP by 2035, with 3.5% for "
     "core military needs such as tanks, air defence and ammunition, and said support for Ukraine would count "
     "toward the goal."),
    ("NATO starts largest Baltic exercise with 30,000 troops",
     "VILNIUS (Reuters) - NATO launched its biggest exercise in the Baltic region this year, with 30,000 "
     "troops, tanks and fighter jets from 20 allies practising the defence of Lithuania."),
    ("Swedish Gripens join NATO air policing over Baltics",
     "STOCKHOLM (Reuters) - Swedish Gripen jets joined NATO's air policing mission over the Baltic states for "
     "the first time, a year after Sweden became the alliance's 32nd member following Russia's invasion of "
     "Ukraine."),
    ("Ukraine to allow controlled arms exports",
     "KYIV (Reuters) - Ukraine will allow its defence companies to export surplus drones and naval drones to "
     "allies under state control, President Zelenskiy said, to finance production for its own army."),
    # ---- French
    ("Paris accorde 200 millions d'euros pour l'énergie ukrainienne",
     "PARIS (AFP) - La France va accorder 200 millions d'euros à l'Ukraine pour réparer ses centrales "
     "électriques et ses réseaux de chauffage, endommagés par les frappes russes, a annoncé le ministère des "
     "Affaires étrangères."),
    ("Conférence de Rome : 10 milliards promis pour la reconstruction",
     "ROME (AFP) - Les participants à la conférence sur la reconstruction de l'Ukraine ont promis plus de 10 "
     "milliards d'euros pour rebâtir des logements, des écoles et des ponts, a annoncé la présidente du "
     "Conseil italien."),
    ("Les réfugiés ukrainiens pourront rester un an de plus",
     "PARIS (AFP) - La protection temporaire accordée aux quelque 60 000 réfugiés ukrainiens en France sera "
     "prolongée d'un an, a annoncé le ministère de l'Intérieur."),
    ("L'UE sanctionne des fournisseurs chinois de drones russes",
     "BRUXELLES (AFP) - L'Union européenne a sanctionné douze entreprises chinoises accusées de livrer à la "
     "Russie des composants pour ses drones d'attaque utilisés contre l'Ukraine."),
    ("Pourparlers : Kiev refuse de céder le Donbass",
     "GENÈVE (AFP) - L'Ukraine a refusé de céder le Donbass à la Russie lors de pourparlers à Genève, a "
     "indiqué la délégation ukrainienne, tandis que Moscou exige la limitation de l'armée ukrainienne."),
    ("Zelensky remanie son gouvernement",
     "KIEV (AFP) - Le président Volodymyr Zelensky a remanié son gouvernement et nommé un nouveau ministre des "
     "Industries stratégiques, chargé d'accélérer la production de drones et de missiles."),
    ("Le corridor céréalier ukrainien bat un record",
     "ODESSA (AFP) - Les exportations de céréales ukrainiennes par la mer Noire ont atteint un record en "
     "octobre, malgré les attaques de drones russes contre les ports de la région d'Odessa."),
    ("Washington livre des bombes lourdes à Israël",
     "WASHINGTON (AFP) - Les États-Unis ont livré à Israël une cargaison de bombes de 900 kg, a indiqué un "
     "responsable américain, au moment où le Congrès débat aussi de l'aide à l'Ukraine."),
    ("Taïwan commande des drones Switchblade",
     "TAIPEI (AFP) - Taïwan a commandé plusieurs centaines de drones Switchblade aux États-Unis, s'inspirant "
     "de leur emploi par l'armée ukrainienne face aux forces russes."),
    ("La Lituanie achète 44 chars Leopard 2",
     "VILNIUS (AFP) - La Lituanie a signé un contrat pour l'achat de 44 chars Leopard 2A8 destinés à sa propre "
     "brigade, une première pour ce pays balte voisin de la Russie et du Bélarus."),
    ("Otan : la France consacrera 3,5 % du PIB à la défense",
     "PARIS (AFP) - La France consacrera 3,5 % de son PIB à la défense d'ici 2035 pour respecter l'objectif de "
     "l'Otan, a déclaré le ministre des Armées, évoquant la menace russe après l'invasion de l'Ukraine."),
    ("Exercice Dacian Spring : des chars Leclerc en Roumanie",
     "CINCU (AFP) - Quelque 5 000 soldats de l'Otan, dont des chars Leclerc français, participent en Roumanie "
     "à l'exercice Dacian Spring, à quelques centaines de kilomètres de la frontière ukrainienne."),
    ("Pas d'invitation de l'Ukraine dans l'Otan au sommet",
     "BRUXELLES (AFP) - Les alliés n'inviteront pas l'Ukraine à rejoindre l'Otan lors du prochain sommet, a "
     "indiqué un diplomate, la Hongrie et la Slovaquie s'y opposant."),
    # ---- German
    ("170 Millionen Euro für ukrainische Energieversorgung",
     "BERLIN (dpa) - Die Bundesregierung stellt der Ukraine weitere 170 Millionen Euro für die Reparatur von "
     "Kraftwerken und Heizungsnetzen bereit, teilte das Auswärtige Amt mit."),
    ("KfW vergibt Kredit für Wiederaufbau in Charkiw",
     "FRANKFURT (dpa) - Die Förderbank KfW gewährt der Ukraine einen Kredit über 100 Millionen Euro für den "
     "Wiederaufbau von Schulen und Krankenhäusern in Charkiw."),
    ("Kein Bürgergeld mehr für neue Flüchtlinge aus der Ukraine",
     "BERLIN (dpa) - Neu ankommende Flüchtlinge aus der Ukraine sollen künftig kein Bürgergeld mehr erhalten, "
     "sondern Leistungen nach dem Asylbewerberleistungsgesetz, beschloss das Kabinett."),
    ("EU friert Vermögen russischer Rüstungsfirmen ein",
     "BRÜSSEL (dpa) - Die EU hat die Vermögen von 50 weiteren russischen Unternehmen der Rüstungsindustrie "
     "eingefroren, die Raketen und Drohnen für den Krieg gegen die Ukraine herstellen."),
    ("Gespräche über Waffenstillstand in Riad",
     "RIAD (dpa) - Vertreter der USA und Russlands haben in Riad über einen Waffenstillstand in der Ukraine "
     "beraten; Kiew war nicht eingeladen und warnte vor Absprachen über seinen Kopf hinweg."),
    ("Selenskyj entlässt Oberbefehlshaber",
     "KIEW (dpa) - Präsident Selenskyj hat den Oberbefehlshaber der Streitkräfte entlassen und einen "
     "Nachfolger ernannt, der die Verteidigung gegen russische Angriffe neu ordnen soll."),
    ("Ukrainischer Weizen erreicht Ägypten",
     "ODESSA (dpa) - Ein Frachter mit 60.000 Tonnen ukrainischem Weizen hat Ägypten erreicht; die Ukraine "
     "liefert trotz des Krieges Getreide an mehr als 40 Länder."),
    ("Regierung genehmigt Panzermunition für Israel",
     "BERLIN (dpa) - Die Bundesregierung hat die Lieferung von Panzermunition an Israel genehmigt, teilte ein "
     "Regierungssprecher mit; Fragen nach der Ukraine-Hilfe wies er zurück."),
    ("USA verkaufen Taiwan Flugabwehrsysteme",
     "WASHINGTON (dpa) - Das US-Außenministerium hat den Verkauf von NASAMS-Flugabwehrsystemen an Taiwan im "
     "Wert von 2 Milliarden Dollar gebilligt; Peking protestierte."),
    ("Lettland bestellt weitere Iris-T für die eigene Armee",
     "RIGA (dpa) - Lettland hat bei Diehl Defence weitere Flugabwehrsysteme vom Typ Iris-T SLM für die eigenen "
     "Streitkräfte bestellt, die auch in der Ukraine erfolgreich eingesetzt werden."),
    ("Nato-Gipfel: Kanzler verspricht 3,5 Prozent",
     "DEN HAAG (dpa) - Deutschland will seine Verteidigungsausgaben bis 2029 auf 3,5 Prozent der "
     "Wirtschaftsleistung steigern, sagte der Kanzler beim Nato-Gipfel, bei dem auch die Lage in der Ukraine "
     "beraten wurde."),
    ("Nato-Manöver Steadfast Defender beginnt",
     "BRÜSSEL (dpa) - Mit rund 90.000 Soldaten hat das größte Nato-Manöver seit Jahrzehnten begonnen; geübt "
     "wird die Verlegung von Panzern und Truppen an die Ostflanke."),
    ("Nato-Beitritt der Ukraine bleibt umstritten",
     "WASHINGTON (dpa) - Der Nato-Beitritt der Ukraine bleibt unter den Verbündeten umstritten; der "
     "US-Präsident lehnt eine Einladung ab, Polen und die baltischen Staaten drängen darauf."),
]


@pytest.mark.parametrize(("headline", "lead"), AID_NEWS)
def test_aid_news_of_the_seventh_round_is_relevant(defaults: RuleSet, headline: str, lead: str):
    assert_relevance(defaults, analyze(defaults, headline, lead), True)


@pytest.mark.parametrize(("headline", "lead"), LOOK_ALIKES)
def test_look_alikes_of_the_seventh_round_are_not_relevant(defaults: RuleSet, headline: str, lead: str):
    assert_relevance(defaults, analyze(defaults, headline, lead), False)


# ---------------------------------------------------------------- written after the changes

# Written after the changes above and labelled before their first run: 10 aid texts and 10
# look-alikes. Main's rules missed 5 and raised 1; this round's rules, on their first run, missed 4
# (a Ukrainian maker's plant in Denmark, a tranche backed by frozen assets that Kyiv spends on
# drones, Italy's offer to the reassurance force, a shell factory "in der Zentralukraine") and
# raised none. Three changes followed; the plant in Denmark stays missed (marked).
AFTER = [
    ("Diehl to service Ukraine's IRIS-T launchers in Lithuania",
     "VILNIUS (Reuters) - Diehl Defence will service IRIS-T air defence launchers used by Ukraine at a new "
     "maintenance site in Lithuania, paid for by Germany, the Lithuanian defence ministry said.", True),
    ("Sweden could send Gripens to police Ukraine's skies",
     "STOCKHOLM (Reuters) - Sweden could contribute Gripen fighter jets to an air policing mission over "
     "Ukraine if a ceasefire holds, the prime minister said after talks with the coalition of the willing in "
     "Paris.", True),
    ("Canada buys US weapons for Ukraine through NATO list",
     "OTTAWA (Reuters) - Canada will pay 500 million dollars for American weapons for Ukraine under NATO's "
     "PURL mechanism, including air defence interceptors, the defence minister said.", True),
    # A strict xfail until round 8: a Ukrainian maker's plant in a donor country.
    ("Ukrainian missile maker to build rocket fuel plant in Denmark",
     "COPENHAGEN (Reuters) - Ukraine's Fire Point will build a plant in Denmark to make solid rocket fuel "
     "for its long-range missiles, the first Ukrainian arms factory abroad, Danish officials said.", True),
    ("L'Estonie forme des opérateurs de drones ukrainiens",
     "TALLINN (AFP) - Des instructeurs estoniens forment des opérateurs de drones ukrainiens dans un camp près "
     "de Tallinn, a annoncé l'armée estonienne.", True),
    ("Les avoirs russes gelés paieront des drones intercepteurs",
     "BRUXELLES (AFP) - La Commission européenne a versé à l'Ukraine une nouvelle tranche de 2 milliards "
     "d'euros adossée aux avoirs russes gelés, que Kiev consacrera à l'achat de drones intercepteurs.", True),
    ("L'Italie offre des démineurs à la force de réassurance",
     "ROME (AFP) - L'Italie est prête à fournir des navires démineurs et des formateurs à la force de "
     "réassurance prévue par la coalition des volontaires pour l'Ukraine, a indiqué le ministre de la Défense.", True),
    ("Wartungszentrum für ukrainische Panzerhaubitzen in der Slowakei",
     "BRATISLAVA (dpa) - In der Slowakei entsteht ein Wartungszentrum für die Panzerhaubitzen 2000 der "
     "ukrainischen Armee, finanziert von Deutschland, teilte das slowakische Verteidigungsministerium mit.", True),
    ("Dänemark finanziert Minenräumfahrzeuge für ukrainische Pioniere",
     "KOPENHAGEN (dpa) - Dänemark finanziert gepanzerte Minenräumfahrzeuge für die Pioniereinheiten der "
     "ukrainischen Armee, teilte das Verteidigungsministerium mit.", True),
    ("Rheinmetall und ukrainischer Partner bauen Granatenfabrik",
     "KIEW (dpa) - Ein Gemeinschaftsunternehmen von Rheinmetall und einem ukrainischen Hersteller hat mit dem "
     "Bau einer Fabrik für Artilleriegranaten in der Zentralukraine begonnen.", True),
    ("Japan gives mine-clearing machines for Ukraine's farmland",
     "TOKYO (Reuters) - Japan will give Ukraine 40 mine-clearing machines for humanitarian demining of "
     "farmland in the Kharkiv region, the foreign ministry said.", False),
    ("Finnish jets join NATO air policing in Iceland",
     "HELSINKI (Reuters) - Finnish F/A-18 Hornet fighter jets deployed to Iceland for NATO's air policing "
     "mission, Finland's first since joining the alliance in the wake of Russia's full-scale invasion of "
     "Ukraine.", False),
    ("EU pays 4 billion euros for Ukraine's pensions and salaries",
     "BRUSSELS (Reuters) - The European Union paid out 4 billion euros to Ukraine under its Ukraine Facility "
     "to cover pensions, public sector salaries and the repair of schools, the Commission said.", False),
    ("Zelenskiy sacks head of arms procurement agency",
     "KYIV (Reuters) - President Volodymyr Zelenskiy dismissed the head of the defence ministry's procurement "
     "agency, which buys weapons and ammunition for the army, amid a dispute over delayed contracts.", False),
    ("La Pologne commande 180 chars K2 supplémentaires",
     "VARSOVIE (AFP) - La Pologne a signé un contrat pour 180 chars K2 sud-coréens supplémentaires destinés à "
     "son armée, le plus gros contrat d'armement de son histoire, face à la menace russe.", False),
    ("Sanctions : l'UE vise la flotte fantôme russe",
     "BRUXELLES (AFP) - Les Vingt-Sept ont adopté un nouveau paquet de sanctions visant 100 navires de la "
     "flotte fantôme russe, qui transportent le pétrole finançant la guerre contre l'Ukraine.", False),
    ("L'Allemagne vise 3,5 % du PIB pour la défense d'ici 2029",
     "BERLIN (AFP) - L'Allemagne consacrera 3,5 % de son PIB à la défense d'ici 2029, de quoi acheter des "
     "chars, des avions de combat et des munitions, a annoncé le gouvernement, qui compte aussi le soutien à "
     "l'Ukraine dans ce calcul.", False),
    ("Ukraine liefert wieder Mais nach China",
     "ODESSA (dpa) - Die Ukraine liefert wieder Mais an China; die Frachter verlassen den Hafen von "
     "Tschornomorsk unter dem Schutz von Marinedrohnen und Flugabwehr.", False),
    ("USA billigen Verkauf von F-15 an Israel",
     "WASHINGTON (dpa) - Die US-Regierung hat den Verkauf von 25 Kampfjets F-15 an Israel gebilligt; die "
     "Lieferung soll wegen voller Auftragsbücher erst 2030 beginnen.", False),
    ("Polen kürzt Kindergeld für ukrainische Flüchtlinge",
     "WARSCHAU (dpa) - Polen zahlt ukrainischen Flüchtlingen künftig nur noch dann Kindergeld, wenn sie in "
     "Polen arbeiten, beschloss das Parlament.", False),
]


@pytest.mark.parametrize(("headline", "lead", "relevant"), AFTER)
def test_texts_written_after_the_changes(defaults: RuleSet, headline: str, lead: str, relevant: bool):
    assert_relevance(defaults, analyze(defaults, headline, lead), relevant)


# ---------------------------------------------------------------- a probe of the new readings

# Written after the held-out batch, labelled before their first run, to look for the new readings'
# look-alikes: frozen assets rebuilding the grid or paying pensions, the coalition of the willing on
# sanctions, NATO troops for the Baltic states, guarantees that name Ukraine's own army, minehunters
# exercising, humanitarian demining. On their first run 2 of 9 look-alikes were raised and the one
# aid text was found; "une armée ukrainienne forte de 800 000 soldats" was then read as Ukraine's own
# troops, and the other stays (marked, as on main).
PROBES = [
    ("EU to use frozen Russian assets to rebuild Ukraine's grid",
     "BRUSSELS (Reuters) - EU leaders agreed to use frozen Russian assets to rebuild Ukrainian power plants "
     "destroyed by Russian missiles and drones, the Commission said.", False),
    ("Reparations loan to cover Ukraine's budget gap",
     "BRUSSELS (Reuters) - The reparations loan backed by frozen Russian assets will cover Ukraine's budget "
     "needs for two years, including pensions and soldiers' salaries, officials said.", False),
    ("Coalition of the willing discusses oil sanctions",
     "LONDON (Reuters) - Leaders of the coalition of the willing met in London to discuss new sanctions on "
     "Russian oil exports and support for Ukraine's economy.", False),
    ("NATO to send more troops to Baltic states",
     "BRUSSELS (Reuters) - NATO will deploy more troops and fighter jets to the Baltic states to reassure "
     "allies worried by Russia's war in Ukraine.", False),
    # A strict xfail until round 8: the trap of Ukraine's debt.
    ("Ukraine's debt servicing costs to rise",
     "KYIV (Reuters) - Ukraine's debt servicing costs will rise next year as it borrows to pay for "
     "weapons, the finance ministry said.", False),
    ("Garanties de sécurité : Kiev veut une armée forte",
     "KIEV (AFP) - La meilleure garantie de sécurité reste une armée ukrainienne forte de 800 000 soldats, a "
     "déclaré le président ukrainien.", False),
    ("Sicherheitsgarantien: Merz schließt Bundeswehr-Einsatz nicht aus",
     "BERLIN (dpa) - Bundeskanzler Merz schließt eine Beteiligung deutscher Soldaten an Sicherheitsgarantien "
     "für die Ukraine nach einem Waffenstillstand nicht aus.", True),
    ("Minenjagdboote üben in der Ostsee",
     "KIEL (dpa) - Minenjagdboote aus zehn Nato-Staaten üben in der Ostsee das Räumen von Seeminen; auch "
     "ukrainische Beobachter sind dabei.", False),
    ("Déminage : la France forme des démineurs ukrainiens",
     "PARIS (AFP) - Des démineurs de la Sécurité civile française forment leurs homologues ukrainiens au "
     "déminage humanitaire des terres agricoles.", False),
    ("EU-Gelder aus russischem Vermögen für Wiederaufbau",
     "BRÜSSEL (dpa) - Zinserträge aus eingefrorenen russischen Vermögenswerten sollen in den Wiederaufbau von "
     "Schulen und Kraftwerken in der Ukraine fließen.", False),
]


@pytest.mark.parametrize(("headline", "lead", "relevant"), PROBES)
def test_a_probe_of_the_seventh_rounds_readings(defaults: RuleSet, headline: str, lead: str, relevant: bool):
    assert_relevance(defaults, analyze(defaults, headline, lead), relevant)


# ---------------------------------------------------------------- the limits of this round's readings

# Each new reading stops where its look-alike begins: maintenance counts, an interview
# ("entretien accordé") does not; a share of GDP for military aid to Ukraine is aid, one for
# defence is a target (a pledge made at the summit that set it is still aid); demining machines for
# Ukraine's army are aid, for its farmland or its emergency service relief;
# guarantees count with foreign forces, not with Ukraine's own soldiers, and air policing over
# Ukraine, not over Poland near its border (raised by this round's first version of the rule); aid
# delayed by its own cause is still aid news. The first and the fourth fail on main.
@pytest.mark.parametrize(
    ("headline", "lead", "relevant"),
    [
        ("Belgian technicians to maintain Ukraine's F-16s",
         "BRUSSELS (Reuters) - Belgian technicians will carry out maintenance of the F-16 fighter jets of Ukraine's "
         "air force at a base in Romania, the Belgian defence ministry said.", True),
        ("Le ministre belge évoque les F-16 ukrainiens",
         "BRUXELLES (AFP) - Dans un entretien accordé à un quotidien, le ministre belge de la Défense a évoqué les "
         "F-16 de l'armée de l'air ukrainienne.", False),
        ("Estonia to spend 0.25% of GDP on military aid to Ukraine",
         "TALLINN (Reuters) - Estonia will spend 0.25% of GDP on military aid to Ukraine again next year, the "
         "government said.", True),
        ("Germany sends demining machines to Ukraine's army",
         "BERLIN (Reuters) - Germany will send armoured demining machines to Ukraine's army engineers, the defence "
         "ministry said.", True),
        ("Germany sends demining machines for Ukrainian farmland",
         "BERLIN (Reuters) - Germany will send armoured demining machines to Ukraine to clear farmland for farmers "
         "in the Kharkiv region, the development ministry said.", False),
        ("Japan hands Ukraine demining machines for emergency service",
         "TOKYO (Reuters) - Japan handed Ukraine 20 demining machines for the State Emergency Service, the foreign "
         "ministry said.", False),
        ("Zelensky: a strong army is the best security guarantee",
         "KYIV (Reuters) - The best security guarantee is a Ukrainian army of 800,000 troops, funded by partners, "
         "President Zelensky said.", False),
        ("Britain would deploy troops to back the Ukrainian army",
         "LONDON (Reuters) - Britain would deploy troops in Ukraine to support the Ukrainian army as part of security "
         "guarantees, the prime minister said.", True),
        ("Zelensky wants security guarantees before any ceasefire",
         "KYIV (Reuters) - President Volodymyr Zelensky said Ukraine needed security guarantees to protect "
         "Ukrainian soldiers and civilians before agreeing to any ceasefire.", False),
        ("Dutch F-35s scrambled on NATO air policing near Ukrainian border",
         "RZESZOW, Poland (Reuters) - Dutch F-35 fighter jets on NATO air policing duty in Poland were scrambled near "
         "the Ukrainian border on Sunday as Russia attacked western regions, the Polish military said.", False),
        # A pledge made at the summit that set the target keeps its signals (4) over the target's trap (-2).
        ("NATO summit: Germany pledges two more Patriots for Ukraine",
         "THE HAGUE (Reuters) - Germany pledged two more Patriot air defence systems for Ukraine at the NATO summit "
         "on Wednesday, where allies agreed to spend 5% of GDP on defence by 2035.", True),
        ("Patriot deliveries to Ukraine delayed by production problems",
         "BERLIN (Reuters) - Germany's deliveries of two Patriot systems to Ukraine have been delayed due to "
         "production problems at the manufacturer, the defence ministry said.", True),
    ],
)
def test_the_limits_of_the_seventh_rounds_readings(defaults: RuleSet, headline: str, lead: str, relevant: bool):
    analysis = analyze(defaults, headline, lead)
    assert analysis.relevant == relevant, defaults.explain(analysis)
