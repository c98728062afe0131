"""Relevance on wire copy, an eighth round (session of 2026-12-04, afternoon).

Every text here was written for this file in the style of Reuters, AFP and dpa copy, labelled by
hand before the rules were run on it, and never taken from the real-article set. Aid news in forms
the rules may miss: short snaps, German compounds ("Ukraine-Hilfe", "Reparationsdarlehen"), French
passives ("seront livrés", "ont été remis"), money through EU instruments (the European Peace
Facility), capability coalitions, loans spent on weapons. Look-alikes: arms for others (Taiwan,
Israel, India), Ukraine's own industry and exports, sanctions, peace talks, energy and humanitarian
aid, NATO and national exercises, defence budgets and spending targets at home.

Main's rules missed 4 of the 40 aid texts (a loan Kyiv spends on military equipment, a brigade
"formée" in France, radars made in Ukraine, Ukraine aid whose money goes into air defence) and
raised 1 of the 40 look-alikes (a shell plant in Lithuania that will "supply the Lithuanian army",
Ukraine named only as the war); after this round's changes none is missed or raised.

Round 7's leftovers (LEFTOVERS), in new words: main read 9 of 14 wrongly (an aid bill for Israel
naming Ukraine's in passing, twice; a Ukrainian maker's plant in Denmark, twice; Ukraine's debt,
twice; Russia refusing Western troops, three times); now none. Two decisions by the set's
labelling conventions (its README: defence production for Ukraine is relevant, peace talks without
weapons are not): a Ukrainian arms maker producing in a donor country is production for Ukraine's
army, so relevant; a donor offering troops for a reassurance force stays relevant (a pledge of
forces, as training missions are), but Russia rejecting them is its position in the talks, no
donor's refusal, so not relevant. Round 7's three strict xfails (the Israel package, the plant in
Denmark, the debt probe) now pass. A pledge made at the summit that set a spending target scored
the threshold exactly (2 of 3 texts here on main); a named system pledged to Ukraine now keeps the
target's trap off.

Written after those changes, 20 more texts (AFTER): main missed 2 of 10 and raised none; this
round's rules on their first run missed 3 and raised none: a German loan spent with the verb at the
clause's end, F-16 mechanics trained by Dutch instructors, and a delivery of Storm Shadows whose
story quoted Kremlin warnings that the troops operating them "would be legitimate targets", which
the first version of the Russia reading (a trap, -2) hid. That reading now only stops the
guarantees rule; with the other two changes none is missed.

A probe of 10 more (PROBES), written then to look for the new readings' look-alikes: main read 2
wrongly, this round's rules on their first run 5; after three more changes 1 is left (raised on main
too, marked).

On the real-article set no relevant item's score moves (one look-alike goes from -1 to -2):
relevance P/R 0.99/0.99, pledges 196/193/179, stories unchanged. 85 rules, the costliest still 15.0.
"""

from __future__ import annotations

import pytest

from bot.core.rules.language import RuleSet
from tests.support.wire_reading import analyze, assert_relevance

AID_NEWS = [
    # ---- English: snaps, EU instruments, coalitions, loans for weapons
    ("Norway to give Ukraine $470 mln for air defence -minister",
     "OSLO, March 3 (Reuters) - Norway will give Ukraine 5 billion crowns ($470 million) to buy air defence "
     "systems, the defence minister said on Tuesday."),
    ("Sweden unveils 20th military support package for Ukraine",
     "STOCKHOLM (Reuters) - Sweden unveiled its 20th military support package for Ukraine worth 1.6 billion "
     "dollars, including Archer artillery systems and ammunition, the government said."),
    ("EU tops up Ukraine fund in European Peace Facility by 5 bln euros",
     "BRUSSELS (Reuters) - EU governments agreed to add 5 billion euros to the Ukraine Assistance Fund of the "
     "European Peace Facility, which reimburses member states for weapons sent to Kyiv."),
    ("Drone coalition to deliver 10,000 FPV drones by spring",
     "RIGA (Reuters) - The drone coalition led by Latvia and Britain will deliver 10,000 first-person-view "
     "drones to Ukrainian units by spring, Latvia's defence ministry said."),
    ("Britain lends Ukraine 2.26 bln pounds for military purchases",
     "LONDON (Reuters) - Britain signed a 2.26 billion pound loan to Ukraine, to be repaid from profits on frozen "
     "Russian assets, which Kyiv will spend on military equipment, the finance ministry said."),
    ("US approves $825 mln sale of extended-range munitions to Ukraine",
     "WASHINGTON (Reuters) - The U.S. State Department approved the possible sale of 3,350 extended-range attack "
     "munitions to Ukraine for 825 million dollars, the Pentagon said."),
    ("Canada to donate 50 armoured personnel carriers to Ukraine",
     "OTTAWA (Reuters) - Canada will donate 50 armoured personnel carriers to Ukraine, the defence minister said "
     "at a meeting in Brussels."),
    ("Ukrainian pilots start Gripen training in Sweden",
     "STOCKHOLM (Reuters) - A first group of Ukrainian pilots has started training on Gripen fighter jets in "
     "Sweden, the Swedish air force said on Monday."),
    ("Germany to fund long-range weapons made in Ukraine",
     "BERLIN (Reuters) - Germany will finance the production of long-range weapons in Ukraine, with the first "
     "systems due within weeks, the defence minister said."),
    ("Czech-led initiative to deliver 1.8 mln shells this year",
     "PRAGUE (Reuters) - The Czech-led ammunition initiative expects to deliver up to 1.8 million large-calibre "
     "shells to Ukraine this year, the Czech government said."),
    ("Pentagon announces $400 mln weapons package for Ukraine",
     "WASHINGTON (Reuters) - The Pentagon announced a 400 million dollar package of weapons for Ukraine on Friday, "
     "drawn from U.S. stocks."),
    ("Belgium to hand over first F-16s to Ukraine this year",
     "BRUSSELS (Reuters) - Belgium will hand over the first of 30 F-16 fighter jets promised to Ukraine before the "
     "end of the year, the prime minister said."),
    ("Netherlands to buy Ukrainian-made drones for Kyiv's army",
     "THE HAGUE (Reuters) - The Netherlands will spend 400 million euros on drones made by Ukrainian manufacturers "
     "for Ukraine's armed forces, the defence ministry said."),
    ("Italy approves 11th arms decree for Ukraine",
     "ROME (Reuters) - Italy's government approved its 11th decree on military supplies to Ukraine, whose contents "
     "are classified, officials said."),
    # ---- French: passive forms, Facilité européenne pour la paix, coalitions, a loan
    ("Des canons Caesar supplémentaires seront livrés à l'Ukraine",
     "PARIS (AFP) - Une trentaine de canons Caesar supplémentaires seront livrés à l'Ukraine d'ici l'été, a "
     "annoncé jeudi le ministre des Armées."),
    ("De nouveaux missiles Aster remis aux forces ukrainiennes",
     "ROME (AFP) - De nouveaux missiles Aster ont été remis aux forces ukrainiennes pour le système SAMP/T, a "
     "indiqué le ministère italien de la Défense."),
    ("Facilité européenne pour la paix : 500 millions pour les munitions",
     "BRUXELLES (AFP) - Les Vingt-Sept ont débloqué 500 millions d'euros au titre de la Facilité européenne pour la "
     "paix afin de financer des munitions pour l'armée ukrainienne."),
    ("La coalition des blindés fournira une centaine de Leopard 1",
     "VARSOVIE (AFP) - La coalition pour les blindés, coprésidée par la Pologne et l'Allemagne, fournira une "
     "centaine de chars Leopard 1 rénovés à l'Ukraine d'ici la fin de l'année."),
    ("Un prêt garanti pour acheter des armes françaises",
     "PARIS (AFP) - L'Ukraine pourra financer l'achat d'armements français grâce à un prêt de 3 milliards d'euros "
     "garanti par l'Etat, a annoncé Bercy."),
    ("Les premiers Mirage 2000 sont arrivés en Ukraine",
     "KIEV (AFP) - Les premiers avions de combat Mirage 2000 promis par la France sont arrivés en Ukraine, a "
     "annoncé jeudi le ministre ukrainien de la Défense."),
    ("Paris va céder de nouveaux missiles SCALP à Kiev",
     "PARIS (AFP) - La France va céder de nouveaux missiles de croisière SCALP à l'Ukraine, a indiqué l'Elysée "
     "mardi."),
    ("Une centaine de VAB acheminés vers l'Ukraine",
     "PARIS (AFP) - Une centaine de véhicules blindés VAB financés par la France ont été acheminés vers l'Ukraine "
     "ces dernières semaines, selon l'état-major."),
    ("La brigade Anne de Kiev, formée en France, engagée au front",
     "PARIS (AFP) - La brigade Anne de Kiev, formée et équipée en France, a été engagée sur le front, a indiqué "
     "l'état-major ukrainien."),
    ("Le Canada achète un système NASAMS destiné à l'Ukraine",
     "OTTAWA (AFP) - Le Canada a conclu l'achat d'un système de défense antiaérienne NASAMS destiné à l'Ukraine, a "
     "annoncé Ottawa."),
    ("L'Espagne enverra de nouveaux missiles Hawk",
     "MADRID (AFP) - L'Espagne enverra un nouveau lot de missiles sol-air Hawk en Ukraine, a annoncé la ministre de "
     "la Défense."),
    ("Coalition des drones : 20 000 appareils promis à Kiev",
     "PARIS (AFP) - Les pays de la coalition des drones se sont engagés à fournir 20 000 drones supplémentaires à "
     "Kiev cette année, ont annoncé ses coprésidents."),
    ("Thales va produire des radars en Ukraine",
     "PARIS (AFP) - Le groupe Thales va produire des radars de défense aérienne en Ukraine avec un partenaire local, "
     "a annoncé son PDG."),
    # ---- German: compounds, EU instruments, coalitions, a loan
    ("Bundesregierung genehmigt Lieferung weiterer Iris-T-Systeme",
     "BERLIN (dpa) - Die Bundesregierung hat die Lieferung von zwei weiteren Iris-T-Luftverteidigungssystemen an "
     "die Ukraine genehmigt, erfuhr die dpa aus Regierungskreisen."),
    ("Berlin stockt Ukraine-Hilfe um 1,5 Milliarden auf",
     "BERLIN (dpa) - Deutschland stockt seine Ukraine-Hilfe um weitere 1,5 Milliarden Euro auf; das Geld fließt vor "
     "allem in Flugabwehrsysteme und Artilleriemunition."),
    ("Gepard-Flugabwehrpanzer in der Ukraine eingetroffen",
     "KIEW (dpa) - Die zugesagten Gepard-Flugabwehrpanzer aus Bundeswehrbeständen sind in der Ukraine eingetroffen, "
     "teilte das ukrainische Verteidigungsministerium mit."),
    ("Friedensfazilität: weitere Milliarden für Kiews Waffen",
     "BRÜSSEL (dpa) - Aus der Europäischen Friedensfazilität sollen weitere fünf Milliarden Euro für Waffen und "
     "Munition an die Ukraine fließen, beschlossen die EU-Außenminister."),
    ("Lieferung von zwölf Panzerhaubitzen abgeschlossen",
     "BERLIN (dpa) - Die Niederlande und Deutschland haben die Lieferung von zwölf Panzerhaubitzen 2000 an die "
     "ukrainischen Streitkräfte abgeschlossen."),
    ("Luftverteidigungskoalition berät in Berlin",
     "BERLIN (dpa) - Die von Deutschland und Frankreich geführte Fähigkeitskoalition für integrierte "
     "Luftverteidigung hat in Berlin über weitere Systeme für die Ukraine beraten."),
    ("Kiew kauft mit EU-Kredit Abfangdrohnen",
     "KIEW (dpa) - Die Ukraine will mit einem Kredit der EU über 2 Milliarden Euro Abfangdrohnen und Munition "
     "kaufen, sagte der Regierungschef."),
    ("Ukrainische Piloten werden in Rumänien ausgebildet",
     "BUKAREST (dpa) - Ukrainische Piloten werden künftig in einem Zentrum in Rumänien an F-16-Kampfjets "
     "ausgebildet, die die Niederlande bereitgestellt haben."),
    ("Schweden schickt 30 Schützenpanzer CV90",
     "STOCKHOLM (dpa) - Schweden schickt der Ukraine weitere 30 Schützenpanzer vom Typ CV90."),
    ("Rheinmetall liefert 100.000 Artilleriegranaten aus",
     "DÜSSELDORF (dpa) - Rheinmetall hat im Auftrag der Bundesregierung weitere 100.000 Artilleriegranaten an die "
     "Ukraine ausgeliefert."),
    ("Norwegen bezahlt ukrainische Langstreckenwaffen",
     "OSLO (dpa) - Norwegen bezahlt die Herstellung ukrainischer Langstreckenwaffen mit 600 Millionen Euro, teilte "
     "die Regierung in Oslo mit."),
    ("Kanzler sagt in Kiew weitere Patriot-Systeme zu",
     "KIEW (dpa) - Bei seinem Besuch in Kiew hat der Bundeskanzler der Ukraine weitere Patriot-Systeme zugesagt, "
     "sofern die USA sie rasch ersetzen."),
    ("Litauen stellt Mörsergranaten bereit",
     "VILNIUS (dpa) - Litauen stellt der Ukraine Mörsergranaten und Panzerabwehrwaffen im Wert von 30 Millionen "
     "Euro bereit."),
]

LOOK_ALIKES = [
    # ---- English: arms for others, Ukraine's own industry, sanctions, talks, relief, drills, budgets
    ("US clears $1.1 bln Harpoon, Sidewinder sale to Taiwan",
     "WASHINGTON (Reuters) - The State Department approved the possible sale of Harpoon anti-ship missiles and "
     "Sidewinder air-to-air missiles to Taiwan worth 1.1 billion dollars, the Pentagon said."),
    ("Germany approved 130 mln euros of arms exports to Israel",
     "BERLIN (Reuters) - Germany approved arms exports to Israel worth 130 million euros in the past two months, "
     "including ammunition and spare parts for tanks, the economy ministry said."),
    ("Ukraine opens arms export office in Berlin",
     "KYIV (Reuters) - Ukraine opened an office in Berlin to sell Ukrainian-made drones and naval drones to "
     "European buyers, as Kyiv eases its ban on weapons exports, the defence minister said."),
    ("US sanctions Rosneft and Lukoil",
     "WASHINGTON (Reuters) - The United States imposed sanctions on Russia's two biggest oil companies, Rosneft and "
     "Lukoil, to push Moscow toward a ceasefire in Ukraine, the Treasury said."),
    ("US envoys meet Putin on Ukraine peace plan",
     "MOSCOW (Reuters) - U.S. envoys met President Vladimir Putin in the Kremlin for five hours to discuss a 28-point "
     "plan to end the war in Ukraine, with territory and security guarantees unresolved."),
    ("Canada gives C$50 mln for Ukraine's winter gas",
     "OTTAWA (Reuters) - Canada will provide 50 million Canadian dollars to help Ukraine buy natural gas for the "
     "winter through a programme of the European Bank for Reconstruction and Development, the foreign minister said."),
    ("NATO's Cold Response drills begin in Norway",
     "OSLO (Reuters) - More than 20,000 troops from 14 NATO countries began the Cold Response exercise in northern "
     "Norway, practising the defence of the alliance's northern flank with tanks, jets and warships."),
    ("Britain to raise defence spending to 2.5% of GDP",
     "LONDON (Reuters) - Britain will raise defence spending to 2.5% of GDP by 2027, the prime minister said, paying "
     "for new drones, air defence and munitions for the British army after Russia's invasion of Ukraine."),
    ("USAID delivers 200 generators to Ukrainian hospitals",
     "WASHINGTON (Reuters) - USAID delivered 200 generators to Ukrainian hospitals and water utilities ahead of "
     "winter, the agency said."),
    ("Poland signs $10 bln deal for 96 Apache helicopters",
     "WARSAW (Reuters) - Poland signed a 10 billion dollar deal for 96 AH-64 Apache attack helicopters for its army, "
     "the defence minister said, calling it a response to Russia's war in Ukraine."),
    ("Russia makes 2,700 attack drones a month, Kyiv says",
     "LONDON (Reuters) - Russia is producing about 2,700 Shahed-type attack drones a month for its war in Ukraine, "
     "Ukrainian military intelligence said."),
    ("Ukraine tests home-built ballistic missile",
     "KYIV (Reuters) - Ukraine successfully tested its domestically built Sapsan ballistic missile, the president "
     "said, calling it a step toward a home-grown deterrent."),
    ("Rheinmetall opens shell plant in Lithuania",
     "VILNIUS (Reuters) - Rheinmetall opened an artillery shell plant in Lithuania that will supply the Lithuanian "
     "army and NATO allies, citing demand after Russia's invasion of Ukraine."),
    ("Zelenskiy says ready for elections after ceasefire",
     "KYIV (Reuters) - President Volodymyr Zelenskiy said Ukraine would be ready to hold elections within 90 days of "
     "a ceasefire if partners can guarantee security during the vote."),
    # ---- French
    ("Dassault livre ses premiers Rafale Marine à l'Inde",
     "NEW DELHI (AFP) - La France a livré à l'Inde les dix premiers avions de combat Rafale Marine, destinés à son "
     "porte-avions, a annoncé Dassault Aviation."),
    ("Taïwan réceptionne ses premiers F-16 Block 70",
     "TAIPEI (AFP) - Taïwan a réceptionné ses premiers avions de combat F-16 Block 70 commandés aux Etats-Unis, dont "
     "la livraison avait pris deux ans de retard."),
    ("L'UE adopte un 19e paquet de sanctions contre Moscou",
     "BRUXELLES (AFP) - L'Union européenne a adopté un 19e paquet de sanctions contre la Russie, qui vise le gaz "
     "naturel liquéfié russe et des banques de pays tiers, en soutien à l'Ukraine."),
    ("Plan de paix : nouvelle réunion à Genève",
     "GENÈVE (AFP) - Les délégations américaine et ukrainienne se sont retrouvées à Genève pour amender le plan de "
     "paix, notamment sur la taille de l'armée ukrainienne et les garanties de sécurité."),
    ("La France envoie des transformateurs en Ukraine",
     "PARIS (AFP) - La France a envoyé une cinquantaine de transformateurs électriques et des groupes électrogènes "
     "en Ukraine pour aider le pays à passer l'hiver, a annoncé le Quai d'Orsay."),
    ("Un convoi humanitaire part de Lyon vers l'Ukraine",
     "LYON (AFP) - Un convoi de 100 camions chargés de médicaments, de nourriture et de vêtements chauds a quitté "
     "Lyon pour l'Ukraine, à l'initiative d'une association."),
    ("L'armée française lance l'exercice Orion",
     "PARIS (AFP) - L'armée française a lancé l'exercice Orion, le plus important depuis des décennies, avec 12 000 "
     "soldats, des chars Leclerc et des avions de combat, pour se préparer à un conflit de haute intensité."),
    ("6 milliards de plus pour les armées",
     "PARIS (AFP) - Le gouvernement va ajouter 6 milliards d'euros aux crédits des armées en deux ans pour acheter "
     "des drones, des munitions et des systèmes de défense aérienne, tirant les leçons de la guerre en Ukraine."),
    ("Kiev autorise l'exportation de ses drones",
     "KIEV (AFP) - L'Ukraine va autoriser l'exportation de drones et de missiles produits par son industrie de "
     "défense vers des pays partenaires, a annoncé le président Zelensky."),
    ("La Belgique va acheter des NASAMS",
     "BRUXELLES (AFP) - La Belgique va acheter des systèmes de défense aérienne NASAMS pour protéger son territoire, "
     "a annoncé le ministre de la Défense, évoquant les drones russes qui ont survolé ses bases."),
    ("Paris suspend des licences d'exportation vers Israël",
     "PARIS (AFP) - La France a suspendu certaines licences d'exportation d'équipements militaires vers Israël, a "
     "indiqué le ministère des Armées, tout en maintenant ses livraisons de composants."),
    ("La BEI prête 400 millions pour le réseau électrique ukrainien",
     "LUXEMBOURG (AFP) - La Banque européenne d'investissement va prêter 400 millions d'euros à l'Ukraine pour "
     "reconstruire ses réseaux électriques et de chauffage, a annoncé sa présidente."),
    ("Moscou dit avoir testé le missile Bourevestnik",
     "MOSCOU (AFP) - La Russie a testé un missile de croisière à propulsion nucléaire Bourevestnik, a annoncé "
     "Vladimir Poutine, sur fond de négociations sur l'Ukraine."),
    # ---- German
    ("Taiwan erhält letzte Abrams-Panzer",
     "TAIPEH (dpa) - Taiwan hat die letzten 28 von insgesamt 108 bestellten Abrams-Kampfpanzern aus den USA "
     "erhalten, teilte das Verteidigungsministerium in Taipeh mit."),
    ("Wieder Rüstungsexporte nach Israel genehmigt",
     "BERLIN (dpa) - Die Bundesregierung hat wieder Rüstungsexporte nach Israel genehmigt, darunter Munition und "
     "Ersatzteile für Panzer, wie ein Regierungssprecher bestätigte."),
    ("EU verlängert Wirtschaftssanktionen gegen Russland",
     "BRÜSSEL (dpa) - Die EU hat ihre Wirtschaftssanktionen gegen Russland um weitere sechs Monate verlängert; "
     "Ungarn hatte zuvor mit einem Veto gedroht."),
    ("Selenskyj zu Friedensgesprächen in Berlin",
     "BERLIN (dpa) - Der ukrainische Präsident Selenskyj ist in Berlin mit europäischen Regierungschefs und "
     "US-Unterhändlern zu Gesprächen über territoriale Fragen und Sicherheitsgarantien zusammengekommen."),
    ("KfW finanziert Gasturbinen für die Ukraine",
     "FRANKFURT (dpa) - Die KfW stellt der Ukraine 200 Millionen Euro für mobile Gasturbinen und "
     "Blockheizkraftwerke bereit, die nach russischen Angriffen die Stromversorgung sichern sollen."),
    ("Bundeswehr übt in Litauen",
     "PABRADE (dpa) - Rund 3.000 Soldaten der Bundeswehr üben mit Leopard-Kampfpanzern und Panzerhaubitzen in "
     "Litauen die Verteidigung der Nato-Ostflanke."),
    ("Bundestag beschließt Rekord-Wehretat",
     "BERLIN (dpa) - Der Bundestag hat den Verteidigungshaushalt für 2026 mit 82,7 Milliarden Euro beschlossen; mehr "
     "Geld gibt es vor allem für Munition, Drohnen und Flugabwehr der Bundeswehr."),
    ("Ukraine will Drohnen nach Europa verkaufen",
     "KIEW (dpa) - Die Ukraine will künftig Drohnen und Raketen aus eigener Produktion an europäische Partner "
     "verkaufen; die Erlöse sollen in die heimische Rüstungsindustrie fließen."),
    ("Hilfskonvoi aus Sachsen erreicht Charkiw",
     "CHARKIW (dpa) - Ein Hilfskonvoi mit Medikamenten, Decken und Stromgeneratoren aus Sachsen hat Charkiw erreicht, "
     "teilte die Hilfsorganisation mit."),
    ("Dänemark bestellt SAMP/T für eigene Streitkräfte",
     "KOPENHAGEN (dpa) - Dänemark hat das französisch-italienische Flugabwehrsystem SAMP/T für die eigenen "
     "Streitkräfte bestellt, die größte Rüstungsinvestition des Landes seit dem Angriff Russlands auf die Ukraine."),
    ("Wiederaufbaukonferenz: Berlin sagt 500 Millionen zu",
     "BERLIN (dpa) - Auf der Wiederaufbaukonferenz für die Ukraine hat Deutschland 500 Millionen Euro für Wohnungen, "
     "Schulen und die Energieversorgung zugesagt."),
    ("Debatte über wehrfähige Ukrainer in Deutschland",
     "BERLIN (dpa) - Unionspolitiker fordern, ukrainische Männer im wehrfähigen Alter zur Rückkehr zu bewegen, damit "
     "sie in der Armee ihres Landes dienen."),
    ("Russische Drohnen treffen Kraftwerk in Charkiw",
     "CHARKIW (dpa) - Russische Drohnen und Raketen haben in der Nacht ein Wärmekraftwerk in Charkiw getroffen; "
     "Hunderttausende Haushalte sind ohne Strom."),
]


@pytest.mark.parametrize(("headline", "lead"), AID_NEWS)
def test_aid_news_of_the_eighth_round_is_relevant(defaults: RuleSet, headline: str, lead: str):
    assert_relevance(defaults, analyze(defaults, headline, lead), True)


@pytest.mark.parametrize(("headline", "lead"), LOOK_ALIKES)
def test_look_alikes_of_the_eighth_round_are_not_relevant(defaults: RuleSet, headline: str, lead: str):
    assert_relevance(defaults, analyze(defaults, headline, lead), False)


# ---------------------------------------------------------------- round 7's leftovers

# Each leftover of round 7 in new words, labelled before the run, with the text that must stay as
# it is beside it.
LEFTOVERS = [
    # An aid bill for Israel that names Ukraine's bill only in passing; a package for both is aid.
    ("House passes $26 bln aid bill for Israel",
     "WASHINGTON (Reuters) - The House of Representatives passed a 26 billion dollar aid bill for Israel on "
     "Saturday, including 4 billion dollars for Iron Dome and David's Sling interceptors, while a separate bill for "
     "Ukraine awaits a vote.", False),
    ("Le Sénat adopte une aide militaire pour Israël",
     "WASHINGTON (AFP) - Le Sénat américain a adopté une aide militaire de 14 milliards de dollars pour Israël, "
     "comprenant des intercepteurs pour le Dôme de fer, tandis que le texte pour l'Ukraine reste bloqué.", False),
    ("US Senate passes $95 bln aid for Ukraine, Israel, Taiwan",
     "WASHINGTON (Reuters) - The U.S. Senate passed a 95 billion dollar package of military aid for Ukraine, Israel "
     "and Taiwan, including 61 billion dollars for weapons for Kyiv.", True),
    # A Ukrainian arms maker building a plant in a donor country: production for Ukraine's army.
    ("Ukrainian drone maker to open factory in Britain",
     "LONDON (Reuters) - Ukrainian drone manufacturer Ukrspecsystems will build a factory in Britain to produce "
     "long-range drones for Ukraine's armed forces, the British defence ministry said.", True),
    ("Un fabricant ukrainien de missiles s'installe au Danemark",
     "COPENHAGUE (AFP) - Le fabricant ukrainien de missiles Fire Point va construire au Danemark une usine de "
     "carburant solide pour ses missiles de longue portée, a annoncé le gouvernement danois.", True),
    ("Ukrainischer Raketenbauer fertigt in Dänemark",
     "KOPENHAGEN (dpa) - Der ukrainische Raketenhersteller Fire Point will in Dänemark Festtreibstoff für seine "
     "Langstreckenraketen herstellen; es ist das erste Werk eines ukrainischen Rüstungsunternehmens im Ausland.",
     True),
    # Ukraine's debt: what it borrows and repays is no aid, even when weapons are what it pays for.
    ("Ukraine agrees Eurobond restructuring with creditors",
     "KYIV (Reuters) - Ukraine agreed with bondholders to restructure 20 billion dollars of Eurobonds, freeing money "
     "to pay for weapons and soldiers' salaries, the finance ministry said.", False),
    ("L'Ukraine suspend le service de sa dette",
     "KIEV (AFP) - L'Ukraine a suspendu le service de sa dette extérieure afin de financer l'achat d'armes et de "
     "munitions, a annoncé le ministère des Finances.", False),
    ("Ukraine einigt sich mit Gläubigern",
     "KIEW (dpa) - Die Ukraine hat sich mit ihren privaten Gläubigern auf eine Umschuldung geeinigt; das gesparte "
     "Geld soll in Waffen und Munition für die Armee fließen.", False),
    ("EU loan for Ukraine's weapons will not add to its debt",
     "BRUSSELS (Reuters) - The EU's 90 billion euro loan, which Ukraine will spend mostly on weapons, will be repaid "
     "only if Russia pays reparations and will not add to Ukraine's debt, the Commission said.", True),
    # Security guarantees: a donor's troops are a pledge of forces; Russia refusing them is talks.
    ("Russia rejects any Western troops in Ukraine",
     "MOSCOW (Reuters) - Russia will not accept the deployment of troops from NATO countries in Ukraine under any "
     "security guarantees, Foreign Minister Sergei Lavrov said on Thursday.", False),
    ("Moscou rejette toute force de réassurance",
     "MOSCOU (AFP) - Le Kremlin a rejeté jeudi le projet de force de réassurance européenne en Ukraine, estimant "
     "que des soldats occidentaux sur le sol ukrainien seraient des cibles légitimes.", False),
    ("Kreml lehnt westliche Soldaten in der Ukraine ab",
     "MOSKAU (dpa) - Der Kreml lehnt die Stationierung westlicher Soldaten in der Ukraine im Rahmen von "
     "Sicherheitsgarantien ab, sagte Kremlsprecher Peskow.", False),
    ("Belgium offers troops for Ukraine reassurance force",
     "BRUSSELS (Reuters) - Belgium is ready to send troops to a reassurance force in Ukraine after a ceasefire, "
     "despite Russia's warnings, the defence minister said.", True),
]


@pytest.mark.parametrize(("headline", "lead", "relevant"), LEFTOVERS)
def test_round_sevens_leftovers(defaults: RuleSet, headline: str, lead: str, relevant: bool):
    assert_relevance(defaults, analyze(defaults, headline, lead), relevant)


# A pledge made at the NATO summit that set the spending target: round 7 kept it relevant with its
# four signals against the target's trap (-2), at exactly the threshold. A named system pledged or
# sent to Ukraine now keeps the trap from firing, so one signal more or less does not flip it.
@pytest.mark.parametrize(
    ("headline", "lead"),
    [
        ("NATO summit: Germany pledges two more Patriots for Ukraine",
         "THE HAGUE (Reuters) - Germany pledged two more Patriot air defence systems for Ukraine at the NATO summit "
         "on Wednesday, where allies agreed to spend 5% of GDP on defence by 2035."),
        ("Sommet de l'Otan : Paris promet trois Mirage de plus à Kiev",
         "LA HAYE (AFP) - La France a promis trois avions de combat Mirage 2000 supplémentaires à l'Ukraine lors du "
         "sommet de l'Otan, où les alliés ont convenu de consacrer 5 % du PIB à la défense d'ici 2035."),
        ("Nato-Gipfel: Berlin sagt zwei weitere Patriot zu",
         "DEN HAAG (dpa) - Deutschland hat der Ukraine beim Nato-Gipfel zwei weitere Patriot-Systeme zugesagt; die "
         "Verbündeten einigten sich zugleich darauf, 5 Prozent der Wirtschaftsleistung für Verteidigung auszugeben."),
    ],
)
def test_a_pledge_at_the_summit_of_the_spending_target_clears_the_threshold_by_a_signal(
    defaults: RuleSet, headline: str, lead: str
):
    analysis = analyze(defaults, headline, lead)
    assert analysis.score >= defaults.threshold + 1, defaults.explain(analysis)


# ---------------------------------------------------------------- written after the changes

# Written after the changes above and labelled before their first run: 10 aid texts and 10
# look-alikes, some aimed at the new readings (Russia's warnings beside a delivery, a foreign aid bill
# for Ukraine and Israel, an IMF loan, a Ukrainian maker exporting). Main missed 2 and raised none;
# this round's rules on their first run missed 3 (the Storm Shadows beside Kremlin warnings, the German
# loan, the F-16 mechanics) and raised none; after three changes, none.
AFTER = [
    ("Sweden to finance Ukrainian-made long-range drones",
     "STOCKHOLM (Reuters) - Sweden will finance the production of long-range drones by Ukrainian manufacturers "
     "for 150 million dollars, the defence minister said.", True),
    ("Britain sends more Storm Shadows despite Kremlin warnings",
     "LONDON (Reuters) - Britain has sent more Storm Shadow cruise missiles to Ukraine, the defence secretary said, "
     "dismissing Kremlin warnings that British troops operating them would be legitimate targets.", True),
    ("President signs $95 bln foreign aid bill",
     "WASHINGTON (Reuters) - The president signed a 95 billion dollar foreign aid bill that includes 61 billion "
     "dollars for Ukraine's military and 26 billion for Israel, ending months of delay.", True),
    ("Des systèmes Crotale livrés à l'Ukraine",
     "PARIS (AFP) - Des systèmes de défense antiaérienne Crotale ont été livrés à l'Ukraine ces dernières "
     "semaines, a-t-on appris de source militaire.", True),
    ("Facilité européenne pour la paix : Budapest bloque toujours",
     "BRUXELLES (AFP) - La Hongrie continue de bloquer le remboursement de 6,6 milliards d'euros d'aide militaire à "
     "l'Ukraine au titre de la Facilité européenne pour la paix, selon des diplomates.", True),
    ("Un fabricant ukrainien de drones ouvre une usine en Pologne",
     "VARSOVIE (AFP) - Le fabricant ukrainien de drones Skyeton a ouvert une usine en Pologne pour produire des "
     "drones de reconnaissance destinés à l'armée ukrainienne.", True),
    ("Bundeswehr gibt weitere Patriot-Lenkflugkörper ab",
     "BERLIN (dpa) - Die Bundeswehr gibt weitere Patriot-Lenkflugkörper aus ihren Beständen an die Ukraine ab, "
     "teilte das Verteidigungsministerium mit.", True),
    ("Kiew will Reparationsdarlehen für Munition nutzen",
     "KIEW (dpa) - Die Ukraine will die erste Tranche des EU-Reparationsdarlehens über 10 Milliarden Euro für "
     "Artilleriemunition und Langstreckendrohnen verwenden, sagte die Regierungschefin.", True),
    ("Panzerkoalition übergibt 25 Leopard 1",
     "BERLIN (dpa) - Die Panzerkoalition aus Deutschland, Dänemark und den Niederlanden hat der Ukraine weitere 25 "
     "Leopard-1-Kampfpanzer übergeben.", True),
    ("Dutch instructors to train Ukrainian F-16 mechanics",
     "THE HAGUE (Reuters) - Dutch air force instructors will train Ukrainian F-16 mechanics at a base in Romania, "
     "the Dutch defence ministry said.", True),
    ("Kremlin rejects European ceasefire proposals",
     "MOSCOW (Reuters) - The Kremlin rejected European proposals for a ceasefire in Ukraine, saying they were "
     "designed to let Kyiv rearm.", False),
    ("IMF approves $8.1 bln loan programme for Ukraine",
     "WASHINGTON (Reuters) - The IMF approved a new 8.1 billion dollar loan programme for Ukraine, saying Kyiv's "
     "financing needs remain large as the war drives up defence spending.", False),
    ("US to send THAAD battery to Israel",
     "WASHINGTON (Reuters) - The United States will send a THAAD missile defence battery and about 100 troops to "
     "Israel, the Pentagon said, as some in Congress complained of shortages in Ukraine.", False),
    ("Ukrainian drone maker signs first export deal with Denmark",
     "KYIV (Reuters) - Ukrainian drone maker Skyfall signed a deal to supply interceptor drones to the Danish armed "
     "forces, the first export contract since Kyiv eased its ban, the company said.", False),
    ("L'Otan s'entraîne à abattre des drones en Pologne",
     "VARSOVIE (AFP) - Des soldats de dix pays de l'Otan s'entraînent en Pologne à abattre des drones, en "
     "s'inspirant de l'expérience ukrainienne, a indiqué l'Alliance.", False),
    ("Londres sanctionne des fournisseurs de drones de Moscou",
     "LONDRES (AFP) - Le Royaume-Uni a sanctionné une vingtaine d'entreprises chinoises et turques accusées de "
     "fournir à la Russie des composants de drones et de missiles utilisés en Ukraine.", False),
    ("La Pologne consacrera 4,8 % du PIB à la défense",
     "VARSOVIE (AFP) - La Pologne consacrera 4,8 % de son PIB à la défense l'an prochain, un record dans l'Otan, "
     "pour acheter des chars, des obusiers et des drones, face à la menace russe.", False),
    ("Deutschland liefert Transformatoren an Kiew",
     "BERLIN (dpa) - Deutschland hat der Ukraine 40 Hochspannungstransformatoren geliefert, um das von russischen "
     "Angriffen beschädigte Stromnetz zu reparieren, teilte das Wirtschaftsministerium mit.", False),
    ("Russland und USA beraten in Genf",
     "GENF (dpa) - Unterhändler Russlands und der USA haben in Genf über einen Gefangenenaustausch und eine "
     "Waffenruhe im Schwarzen Meer beraten; die Ukraine war per Video zugeschaltet.", False),
    ("Taiwan bestellt 3.000 Kampfdrohnen",
     "TAIPEH (dpa) - Taiwan hat 3.000 Kampfdrohnen bei heimischen Herstellern bestellt und will dabei von den "
     "Erfahrungen der Ukraine lernen, teilte das Verteidigungsministerium mit.", False),
]


@pytest.mark.parametrize(("headline", "lead", "relevant"), AFTER)
def test_texts_written_after_the_changes(defaults: RuleSet, headline: str, lead: str, relevant: bool):
    assert_relevance(defaults, analyze(defaults, headline, lead), relevant)


# ---------------------------------------------------------------- a probe of the new readings

# Written after the held-out batch, labelled before their first run, to look for the new readings'
# look-alikes and the aid they could hide: a loan for weapons that names Ukraine's creditors, aid for
# Ukraine beside a package for Taiwan, a reassurance force deployed "même si Moscou rejette" it, a
# Ukrainian maker producing abroad for European armies, delivery figures told "since the start of the
# war in Ukraine". Main read 2 of 10 wrongly; this round's rules on their first run 5 (the loan, the
# Taiwan package, the force deployed despite Moscow, the Kremlin calling a Schutztruppe
# "inakzeptabel" twelve words off, the maker in Poland). Creditors alone no longer trip the debt trap,
# aid bound for Ukraine keeps the Israel and Taiwan bill trap off, a donor acting despite Russia keeps
# the guarantees rule, and Russia's refusal is read fifteen words off: 1 is left (marked, raised on
# main too).
PROBES = [
    ("Ukraine to spend ERA loan money on air defence",
     "KYIV (Reuters) - Ukraine will spend 2 billion dollars from the ERA loan on air defence and artillery, the "
     "finance ministry said, adding that the loan does not count toward its debt to private creditors.", True),
    ("Congress approves military aid to Israel and Ukraine",
     "WASHINGTON (Reuters) - Congress approved 26 billion dollars in military aid to Israel and 61 billion dollars "
     "for Ukraine, including Patriot interceptors and artillery shells for Kyiv.", True),
    pytest.param("Ukrainian drone maker opens plant in Poland to supply European armies",
                 "WARSAW (Reuters) - A Ukrainian drone maker opened a plant in Poland to build interceptor drones for "
                 "European armies, its first production outside Ukraine, the company said.", False,
                 marks=pytest.mark.xfail(strict=True, reason="raised on main too (3): 'supply' beside drones and 'Ukrainian' (two weapon rules) and production in an article about Ukraine; the plant abroad adds one (4). 'European armies' names no country @given_elsewhere knows, and the Danish plant that makes fuel 'for its long-range missiles' names no buyer either, so no word tells Ukraine's production abroad from its exports")),
    ("Germany has delivered 18 Leopards since war began",
     "BERLIN (Reuters) - Germany has delivered 18 Leopard 2 tanks, 40 Marder fighting vehicles and five Patriot "
     "systems since the start of the war in Ukraine, government figures showed.", True),
    ("Paris et Londres déploieront une force de réassurance",
     "PARIS (AFP) - La France et le Royaume-Uni déploieront une force de réassurance en Ukraine après un "
     "cessez-le-feu, même si Moscou rejette toute présence de soldats occidentaux, a déclaré le président "
     "français.", True),
    ("Senate passes Ukraine military aid, Taiwan package to follow",
     "WASHINGTON (Reuters) - The Senate passed 61 billion dollars in military aid for Ukraine, with a separate "
     "package for Taiwan to follow next month.", True),
    ("Ukraine-Hilfe: Geld fließt in Generatoren",
     "BERLIN (dpa) - Deutschland stockt seine Ukraine-Hilfe um 300 Millionen Euro auf; das Geld fließt in "
     "Generatoren, Heizungen und die Reparatur von Kraftwerken nach russischen Drohnenangriffen.", False),
    ("Kreml: Westliche Soldaten wären legitime Ziele",
     "MOSKAU (dpa) - Der Kreml hat die Pläne für eine europäische Schutztruppe in der Ukraine als inakzeptabel "
     "zurückgewiesen; westliche Soldaten wären legitime Ziele, sagte ein Sprecher.", False),
    ("Ukrainian firm to make artillery shells in Czech Republic",
     "PRAGUE (Reuters) - A Ukrainian defence company will make 155mm artillery shells in the Czech Republic for "
     "Ukraine's army under a deal backed by the Czech government.", True),
    ("L'Ukraine négocie avec ses créanciers",
     "KIEV (AFP) - L'Ukraine a entamé des négociations avec ses créanciers privés pour restructurer sa dette, alors "
     "que la guerre absorbe l'essentiel de son budget.", False),
]


@pytest.mark.parametrize(("headline", "lead", "relevant"), PROBES)
def test_a_probe_of_the_eighth_rounds_readings(defaults: RuleSet, headline: str, lead: str, relevant: bool):
    analysis = analyze(defaults, headline, lead)
    assert analysis.relevant == relevant, defaults.explain(analysis)
