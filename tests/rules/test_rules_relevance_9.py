"""Relevance on wire copy, a ninth round (session of 2026-12-04, late afternoon).

Every text here was written for this file in the style of Reuters, AFP and dpa copy, labelled by
hand before the rules were run on it, and never taken from the real-article set. Aid news in forms
earlier rounds did not cover: air-defence interceptors named only by their system (IRIS-T SLM,
PAC-3 MSE, Aster 30), demining and engineering kit (mine-clearing vehicles, bridge layers,
"véhicules du génie", "Minenräumpanzer"), training missions (EUMAM, Operation Unifier, Patriot
crews in Germany), ammunition co-production deals, frozen Russian assets spent on arms, sanctions
stories where the aid comes second, and headlines without a lead. Look-alikes: energy and
humanitarian aid to Ukraine, reconstruction conferences, arms for Taiwan, India, Israel, Estonia,
Lithuania and Poland without Ukraine, NATO exercises, North Korean and Iranian arms for Russia,
defence makers' results, sports.

Before this round the weapon rules were given room under the cost bound, which the German one was
just over (15.02 of 15, shown rounded as 15.0; now 11.8, the French 11.9 from 14.9, the English 11.6
from 14.7), with the same answers: see tests/rules/test_rule_cost.py, which now compares the unrounded cost.

Main's rules missed 4 of the 40 aid texts (a sanctions story whose "oil tankers" tripped the -5
trap of fuel and oil tanks; "véhicules du génie"; a "Militärpaket" headline; Norway contributing
"mit 50 Millionen Euro" to ammunition) and raised 2 of the 40 look-alikes (North Korea and Iran
that "liefert Russland" or "hat Russland ... geliefert": Russia as the first object, with no
preposition). After this round's changes none is missed or raised: the tank trap names the tanks
("oil tank", "oil tanks"), not tankers; French and English engineering kit ("véhicule* du génie",
"poseur* de pont*", "bridge layer*") and German "Brückenleger*" are weapons; "Militärpaket*" is
explicit military aid; German "beteiligen" next to an amount is paying; the trap of weapons supplied
to Russia reads Russia as the first object ("liefert Russland", "supplied Russia").

Written after those changes, 20 more texts (AFTER): none missed or raised on their first run (nor on
main). Four probes of the new readings (BOUNDARIES): one missed on its first run, now read. A
second probe of 20 (PROBES), written then: none missed, 2 raised on the first run (main the same);
1 is left, a strict xfail.

On the real-article set nothing moves: relevance P/R 0.99/0.99, pledges 196/193/179, stories
unchanged.
"""

from __future__ import annotations

import pytest

from bot.core.rules.language import RuleSet
from tests.support.wire_reading import analyze, assert_relevance

AID_NEWS = [
    # ---- English
    ("Germany to send more IRIS-T missiles to Kyiv",
     "BERLIN (Reuters) - Germany will send Ukraine another batch of IRIS-T SLM guided missiles before winter, the "
     "defence ministry said on Thursday, as Russia steps up its strikes on power plants."),
    ("Netherlands to fund PAC-3 missiles for Kyiv's Patriot batteries",
     "THE HAGUE (Reuters) - The Netherlands will pay for a further batch of PAC-3 MSE missiles for Ukraine's Patriot "
     "batteries, the Dutch defence minister said, without giving a number."),
    ("Britain sends mine-clearing vehicles to Ukraine",
     "LONDON (Reuters) - Britain has sent Ukraine a fleet of armoured mine-clearing vehicles and bridging equipment to "
     "help its troops cross minefields and rivers, the Ministry of Defence said."),
    ("EU mission has trained 75,000 Ukrainian soldiers",
     "BRUSSELS (Reuters) - The European Union's military assistance mission has trained more than 75,000 Ukrainian "
     "soldiers since it began, the bloc's foreign policy chief said, and its mandate will be extended by two years."),
    ("Rheinmetall, Ukraine agree to build shell plant",
     "KYIV (Reuters) - Germany's Rheinmetall and Ukraine's state arms maker signed a deal to jointly produce 155mm "
     "artillery shells in Ukraine, with output to start next year, the two companies said."),
    ("EU sends first windfall tranche for Ukraine's weapons",
     "BRUSSELS (Reuters) - The European Union transferred 1.4 billion euros of windfall profits from immobilised "
     "Russian central bank assets to buy air defence and ammunition for Ukraine, the Commission said."),
    ("EU adopts new Russia sanctions, vows faster ammunition",
     "BRUSSELS (Reuters) - EU foreign ministers adopted a 17th package of sanctions against Russia on Tuesday, "
     "targeting its shadow fleet of oil tankers. They also agreed to speed up deliveries of artillery ammunition to "
     "Ukraine."),
    ("Denmark to send F-16s to Ukraine this summer", ""),
    ("US to provide Ukraine with more HIMARS rockets - Pentagon", ""),
    ("Canada trains Ukrainian combat engineers in Poland",
     "WARSAW (Reuters) - Canadian instructors are training Ukrainian combat engineers in Poland in demining and "
     "bridge-building under Operation Unifier, Canada's defence department said."),
    ("Norway orders NASAMS units for Ukraine from Kongsberg",
     "OSLO (Reuters) - Norway has ordered two NASAMS air defence units from Kongsberg to be handed to Ukraine, the "
     "government said on Friday."),
    ("Czech-led initiative delivers 1.5 million shells to Ukraine",
     "PRAGUE (Reuters) - The Czech-led ammunition initiative has delivered 1.5 million large-calibre rounds to Ukraine "
     "this year, financed by more than a dozen allies, the Czech president said."),
    ("G7 loan backed by Russian assets to pay for Ukraine's weapons",
     "WASHINGTON (Reuters) - A 50 billion dollar G7 loan serviced by the proceeds of frozen Russian assets will help "
     "Ukraine pay for weapons and keep its budget afloat, U.S. officials said."),
    ("Sweden orders demining robots for Ukrainian army",
     "STOCKHOLM (Reuters) - Sweden has ordered remote-controlled demining machines for the Ukrainian armed forces as "
     "part of its latest support package, the defence ministry said."),
    # ---- French
    ("La France va livrer des missiles Aster supplémentaires à l'Ukraine",
     "PARIS (AFP) - La France va livrer à Kiev de nouveaux missiles Aster 30 pour ses batteries SAMP/T, a annoncé "
     "jeudi le ministère des Armées."),
    ("Des formateurs français entraînent une brigade ukrainienne",
     "PARIS (AFP) - Quelque 2.000 soldats ukrainiens sont formés en France par des instructeurs de l'armée de Terre "
     "dans le cadre de la mission européenne EUMAM, a indiqué l'état-major."),
    ("KNDS et Kiev s'accordent sur la production d'obus en Ukraine",
     "PARIS (AFP) - Le groupe franco-allemand KNDS et l'Ukraine ont signé un accord pour coproduire des obus de 155 mm "
     "sur le sol ukrainien, a annoncé le ministre des Armées."),
    ("Avoirs russes gelés : 3 milliards d'euros pour armer l'Ukraine",
     "BRUXELLES (AFP) - L'Union européenne a versé une nouvelle tranche de 3 milliards d'euros tirée des revenus des "
     "avoirs russes gelés, destinée à l'achat de munitions et de systèmes de défense aérienne pour l'Ukraine."),
    ("Nouvelles sanctions contre Moscou, Paris promet des canons Caesar",
     "PARIS (AFP) - L'UE a adopté un nouveau train de sanctions contre la Russie visant ses banques. Emmanuel Macron a "
     "par ailleurs promis douze canons Caesar supplémentaires à Kiev."),
    ("La Belgique livrera ses premiers F-16 à l'Ukraine cette année", ""),
    ("Des véhicules du génie suédois pour l'armée ukrainienne",
     "STOCKHOLM (AFP) - La Suède va fournir à l'armée ukrainienne des véhicules du génie et des poseurs de ponts "
     "blindés, a annoncé le gouvernement suédois."),
    ("Berlin financera des missiles PAC-3 pour Kiev",
     "BERLIN (AFP) - L'Allemagne financera l'achat de missiles PAC-3 pour les batteries Patriot ukrainiennes, a "
     "indiqué mardi le gouvernement allemand."),
    ("Pilotes ukrainiens : la formation sur Mirage débute en France",
     "PARIS (AFP) - Une dizaine de pilotes ukrainiens ont commencé leur formation sur Mirage 2000 sur une base "
     "aérienne française, en vue de la livraison des appareils promise par Paris."),
    ("Munitions : la Pologne et l'Ukraine vont produire ensemble",
     "VARSOVIE (AFP) - La Pologne et l'Ukraine ont signé un accord de coentreprise pour fabriquer des munitions de "
     "155 mm destinées aux forces ukrainiennes, a annoncé le ministère polonais de la Défense."),
    ("Le Danemark finance des obusiers fabriqués en Ukraine",
     "COPENHAGUE (AFP) - Le Danemark va financer la fabrication de 18 obusiers Bohdana par l'industrie ukrainienne, "
     "selon son modèle d'achat directement auprès des producteurs ukrainiens."),
    ("L'Italie va envoyer un deuxième système SAMP/T en Ukraine", ""),
    ("Les alliés promettent des systèmes antiaériens à Kiev avant l'hiver",
     "BRUXELLES (AFP) - Réunis au sein du groupe de contact pour la défense de l'Ukraine, une cinquantaine de pays ont "
     "promis de nouveaux systèmes antiaériens à Kiev avant l'hiver."),
    # ---- German
    ("Deutschland liefert weitere IRIS-T-Lenkflugkörper an die Ukraine",
     "BERLIN (dpa) - Die Bundesregierung hat der Ukraine weitere Lenkflugkörper für das Flugabwehrsystem IRIS-T SLM "
     "übergeben, teilte das Verteidigungsministerium mit."),
    ("Bundeswehr bildet ukrainische Pioniere aus",
     "BERLIN (dpa) - Die Bundeswehr bildet in Norddeutschland ukrainische Pioniere an Minenräumgeräten und "
     "Brückenlegern aus, teilte das Heer mit."),
    ("Rheinmetall baut Munitionswerk in der Ukraine",
     "KIEW (dpa) - Rheinmetall hat mit der Ukraine den Bau eines Werks für Artilleriemunition vereinbart; die "
     "Granaten sollen an die ukrainischen Streitkräfte gehen."),
    ("Zinsgewinne aus russischem Vermögen finanzieren Waffen für Kiew",
     "BRÜSSEL (dpa) - Die EU hat weitere 1,5 Milliarden Euro aus Erträgen eingefrorener russischer "
     "Zentralbankgelder für Flugabwehr und Munition der Ukraine freigegeben."),
    ("Neues Sanktionspaket gegen Russland – Berlin sagt Kiew Patriot zu",
     "BRÜSSEL (dpa) - Die EU hat ihr 18. Sanktionspaket gegen Russland beschlossen, das sich gegen Banken und "
     "Öltanker richtet. Am Rande des Treffens sagte Deutschland der Ukraine ein weiteres Patriot-System zu."),
    ("Niederlande schicken Ukraine weitere F-16", ""),
    ("Minenräumpanzer für die Ukraine",
     "BERLIN (dpa) - Deutschland stellt der Ukraine zehn weitere Minenräumpanzer vom Typ Keiler bereit, wie aus einer "
     "Liste der Bundesregierung hervorgeht."),
    ("Ukrainische Soldaten trainieren am Patriot-System in Deutschland",
     "BERLIN (dpa) - Rund 100 ukrainische Soldaten werden derzeit in Deutschland an Patriot-Flugabwehrsystemen "
     "ausgebildet, bevor die Systeme an Kiew übergeben werden."),
    ("Tschechien und Ukraine vereinbaren gemeinsame Munitionsproduktion",
     "PRAG (dpa) - Tschechien und die Ukraine wollen gemeinsam Artilleriemunition herstellen; ein "
     "Gemeinschaftsunternehmen soll bis Jahresende die Produktion aufnehmen."),
    ("Skyranger-Flugabwehrpanzer für Kiew",
     "DÜSSELDORF (dpa) - Die Ukraine erhält Flugabwehrpanzer vom Typ Skyranger, finanziert aus einem EU-Fonds; die "
     "ersten Systeme sollen bis Jahresende geliefert werden."),
    ("Pistorius kündigt neues Militärpaket für die Ukraine an", ""),
    ("Norwegen zahlt für Gepard-Munition",
     "OSLO (dpa) - Norwegen beteiligt sich mit 50 Millionen Euro an der Beschaffung von Munition für die "
     "Gepard-Flugabwehrpanzer der Ukraine."),
    ("Ausbildungsmission: EU verlängert Mandat",
     "BRÜSSEL (dpa) - Die EU-Ausbildungsmission für ukrainische Soldaten wird um zwei Jahre verlängert; bislang "
     "wurden mehr als 70.000 Soldaten ausgebildet."),
]

LOOK_ALIKES = [
    # ---- English
    ("EU pledges 100 mln euros for Ukraine's winter energy needs",
     "BRUSSELS (Reuters) - The European Commission will give Ukraine 100 million euros to repair power plants and buy "
     "transformers damaged by Russian strikes ahead of winter, it said."),
    ("Ukraine Recovery Conference opens in Rome",
     "ROME (Reuters) - Governments and companies gathered in Rome for the Ukraine Recovery Conference on Thursday, "
     "pledging investment in housing, energy and transport as Kyiv seeks 500 billion dollars for reconstruction."),
    ("US approves $2 bln sale of air defence systems to Taiwan",
     "WASHINGTON (Reuters) - The State Department approved the possible sale of NASAMS air defence systems to Taiwan "
     "worth 2 billion dollars, the Pentagon said."),
    ("Germany's Lithuania brigade to get Leopard tanks",
     "BERLIN (Reuters) - Germany's brigade in Lithuania will be equipped with Leopard 2 tanks and Puma fighting "
     "vehicles and reach full strength by 2027, the army said."),
    ("NATO launches biggest exercise since Cold War",
     "BRUSSELS (Reuters) - NATO began its largest military exercise in decades on Monday, with 90,000 troops, tanks "
     "and warships rehearsing the defence of Europe's eastern flank."),
    ("North Korea sent millions of shells to Russia, Seoul says",
     "SEOUL (Reuters) - North Korea has shipped millions of artillery shells and dozens of ballistic missiles to "
     "Russia for its war in Ukraine, South Korea's intelligence agency said."),
    ("Rheinmetall profit jumps on ammunition demand",
     "DUSSELDORF (Reuters) - Rheinmetall's third-quarter operating profit rose 30 percent as European governments "
     "ordered more ammunition and air defence systems, the company said."),
    ("Ukraine beat Belgium in Euro qualifier",
     "MUNICH (Reuters) - Ukraine came from behind to beat Belgium 2-1 in a Euro qualifier on Saturday, and the "
     "Ukrainian coach said his strikers delivered when it mattered."),
    ("Japan pledges $4.5 bln for Ukraine's reconstruction", ""),
    ("Estonia buys HIMARS from US",
     "TALLINN (Reuters) - Estonia signed a deal to buy six HIMARS rocket launchers from the United States, citing the "
     "threat from Russia, the defence ministry said."),
    ("Iran supplies Russia with ballistic missiles - US",
     "WASHINGTON (Reuters) - Iran has delivered short-range ballistic missiles to Russia, which could be used against "
     "Ukraine within weeks, the U.S. Secretary of State said."),
    ("World Bank to provide $1 bln for Ukraine's schools and hospitals",
     "WASHINGTON (Reuters) - The World Bank will provide Ukraine with 1 billion dollars to keep schools and hospitals "
     "running, it said, part of its support for the country's budget."),
    ("EU targets Russian shadow fleet in new sanctions",
     "BRUSSELS (Reuters) - EU governments approved new sanctions against Russia targeting 100 tankers of its shadow "
     "fleet, as the bloc seeks to cut the oil revenue that funds Moscow's war in Ukraine."),
    ("Poland takes delivery of K2 tanks from South Korea",
     "WARSAW (Reuters) - Poland received another batch of K2 tanks from South Korea, bolstering its army as it spends "
     "more on defence since Russia's invasion of Ukraine."),
    # ---- French
    ("L'UE fournit des transformateurs au réseau ukrainien",
     "BRUXELLES (AFP) - La Commission européenne va fournir à l'Ukraine des transformateurs et des générateurs pour "
     "réparer son réseau électrique, endommagé par les frappes russes."),
    ("Conférence sur la reconstruction de l'Ukraine à Londres",
     "LONDRES (AFP) - Une conférence internationale sur la reconstruction de l'Ukraine s'est ouverte à Londres, où les "
     "bailleurs promettent des milliards pour les routes, les ponts et les logements."),
    ("Paris livre des Rafale à l'Inde",
     "PARIS (AFP) - La France a livré trois nouveaux avions de combat Rafale à l'Inde, a annoncé Dassault Aviation."),
    ("Exercice de l'Otan en Roumanie",
     "BUCAREST (AFP) - Des milliers de soldats de l'Otan participent à un exercice en Roumanie, avec des chars et de "
     "l'artillerie, près de la frontière ukrainienne."),
    ("La Corée du Nord a livré des obus à la Russie, selon Séoul",
     "SÉOUL (AFP) - La Corée du Nord a fourni à la Russie des millions d'obus d'artillerie utilisés sur le front "
     "ukrainien, selon les services de renseignement sud-coréens."),
    ("Thales relève ses prévisions grâce à la défense",
     "PARIS (AFP) - Thales a relevé ses objectifs annuels après une hausse de 12% de son chiffre d'affaires dans la "
     "défense, portée par les commandes de radars et de missiles."),
    ("Ligue des champions : le Chakhtar Donetsk s'impose",
     "PARIS (AFP) - Le Chakhtar Donetsk, club ukrainien exilé à Hambourg, s'est imposé 2-0 en Ligue des champions, "
     "offrant une rare joie à ses supporters."),
    ("La France envoie 50 tonnes de matériel médical à l'Ukraine", ""),
    ("L'Estonie commande des canons Caesar",
     "TALLINN (AFP) - L'Estonie a commandé douze canons Caesar supplémentaires à KNDS France pour renforcer son "
     "artillerie face à la Russie."),
    ("Aide humanitaire : un convoi français arrive à Kharkiv",
     "KHARKIV (AFP) - Un convoi de camions chargés de vivres, de couvertures et de médicaments envoyé par des "
     "collectivités françaises est arrivé à Kharkiv."),
    ("Missiles iraniens pour la Russie : Paris dénonce",
     "PARIS (AFP) - La France a dénoncé la livraison par l'Iran de missiles balistiques à la Russie, qui pourraient "
     "frapper l'Ukraine."),
    ("Taïwan reçoit ses premiers chars Abrams",
     "TAIPEI (AFP) - Taïwan a reçu ses premiers chars Abrams commandés aux États-Unis, a annoncé le ministère taïwanais "
     "de la Défense."),
    ("Les dépenses militaires mondiales atteignent un record",
     "STOCKHOLM (AFP) - Les dépenses militaires mondiales ont atteint un record l'an dernier, tirées par la guerre en "
     "Ukraine, selon le Sipri."),
    # ---- German
    ("Deutschland schickt Transformatoren in die Ukraine",
     "BERLIN (dpa) - Deutschland liefert der Ukraine weitere Transformatoren und Stromgeneratoren, um das durch "
     "russische Angriffe beschädigte Stromnetz zu stabilisieren."),
    ("Wiederaufbaukonferenz für die Ukraine in Berlin",
     "BERLIN (dpa) - Auf der Wiederaufbaukonferenz in Berlin haben Staaten und Unternehmen Zusagen für den "
     "Wiederaufbau der Ukraine gemacht, etwa für Wohnungen, Schulen und die Energieversorgung."),
    ("Bundeswehr erhält neue Leopard-Panzer für Litauen-Brigade",
     "BERLIN (dpa) - Die Bundeswehr bekommt 105 neue Leopard-2-Kampfpanzer für die Brigade in Litauen; der "
     "Haushaltsausschuss gab das Geld frei."),
    ("Nato-Manöver in der Ostsee beginnt",
     "KIEL (dpa) - Mit Kriegsschiffen aus 14 Ländern hat in der Ostsee das Nato-Manöver Baltops begonnen; geübt wird "
     "unter anderem die Minenabwehr."),
    ("Nordkorea liefert Russland Raketenwerfer",
     "SEOUL (dpa) - Nordkorea hat Russland nach südkoreanischen Angaben Mehrfachraketenwerfer und Haubitzen geliefert, "
     "die im Krieg gegen die Ukraine eingesetzt werden."),
    ("Hensoldt steigert Umsatz dank Radaraufträgen",
     "TAUFKIRCHEN (dpa) - Der Rüstungselektronikkonzern Hensoldt hat seinen Umsatz im ersten Halbjahr deutlich "
     "gesteigert; gefragt waren vor allem Radare für die Luftverteidigung."),
    ("Ukraine gewinnt Biathlon-Staffel",
     "OBERHOF (dpa) - Die ukrainische Biathlon-Staffel hat überraschend das Weltcup-Rennen in Oberhof gewonnen; die "
     "Schützen trafen alle Scheiben."),
    ("Deutschland sagt Ukraine 200 Millionen Euro humanitäre Hilfe zu", ""),
    ("Israel bekommt U-Boot aus Kiel",
     "KIEL (dpa) - Die Werft TKMS hat ein weiteres U-Boot an Israel übergeben."),
    ("Litauen kauft Flugabwehrsysteme IRIS-T",
     "VILNIUS (dpa) - Litauen kauft weitere Flugabwehrsysteme vom Typ IRIS-T bei Diehl Defence, um seinen Luftraum zu "
     "schützen, teilte das Verteidigungsministerium mit."),
    ("Iran liefert Russland Drohnen",
     "TEHERAN/MOSKAU (dpa) - Iran hat Russland nach westlichen Angaben Hunderte Kampfdrohnen geliefert, die gegen "
     "ukrainische Städte eingesetzt werden."),
    ("EU verhängt neues Sanktionspaket gegen Russland",
     "BRÜSSEL (dpa) - Die EU hat ein weiteres Sanktionspaket gegen Russland verabschiedet, das sich gegen die "
     "Schattenflotte und Banken richtet; die Ukraine begrüßte den Schritt."),
    ("Winterhilfe: Deutschland liefert Heizgeräte und Decken",
     "BERLIN (dpa) - Deutschland schickt der Ukraine vor dem Winter Heizgeräte, Decken und Lebensmittel; die "
     "Hilfsgüter sollen in Frontnähe verteilt werden."),
]


@pytest.mark.parametrize(("headline", "lead"), AID_NEWS)
def test_aid_news_of_the_ninth_round_is_relevant(defaults: RuleSet, headline: str, lead: str):
    assert_relevance(defaults, analyze(defaults, headline, lead), True)


@pytest.mark.parametrize(("headline", "lead"), LOOK_ALIKES)
def test_look_alikes_of_the_ninth_round_are_not_relevant(defaults: RuleSet, headline: str, lead: str):
    assert_relevance(defaults, analyze(defaults, headline, lead), False)


# ---------------------------------------------------------------- held out, then boundaries

# Written after this round's changes and labelled before their first run: more interceptors and
# air-defence kit named by system, packages without contents, training on Leopards and Gripens,
# contributions to the Czech initiative, frozen-asset money for Ukrainian-made howitzers, mine
# hunters; look-alikes of energy loans and relief appeals, a NATO drill against Russian drones,
# air defence and rocket launchers bought for the Bundeswehr and Latvia, soldiers sent to Russia, a
# maker's results, patrol boats for the Philippines, handball. First run: none missed, none raised
# (main's rules: the same).
AFTER = [
    ("Spain to send Hawk missile launchers to Ukraine",
     "MADRID (Reuters) - Spain will send more launchers and missiles for the Hawk air defence system to Ukraine in "
     "the coming weeks, the defence ministry said.", True),
    ("Lithuania hands Ukraine anti-drone jammers and thermal sights",
     "VILNIUS (Reuters) - Lithuania has handed Ukraine a new package of electronic jammers against drones, thermal "
     "imaging sights and generators for the army, the defence ministry said.", True),
    ("Finland's 28th defence package for Ukraine worth 90 mln euros",
     "HELSINKI (Reuters) - Finland will send Ukraine its 28th defence materiel package, worth 90 million euros, with "
     "heavy weapons and ammunition, the defence ministry said. Its contents were not disclosed.", True),
    ("L'Allemagne forme des équipages ukrainiens au Leopard",
     "BERLIN (AFP) - Des équipages ukrainiens suivent une formation sur chars Leopard 1 en Allemagne avant la "
     "livraison des blindés prévue au printemps, a indiqué la Bundeswehr.", True),
    ("Le Canada achète des munitions tchèques pour Kiev",
     "OTTAWA (AFP) - Le Canada versera 50 millions de dollars à l'initiative tchèque d'achat d'obus destinés à "
     "l'Ukraine, a annoncé la ministre de la Défense.", True),
    ("Kiev recevra des drones intercepteurs britanniques",
     "LONDRES (AFP) - Le Royaume-Uni va livrer des milliers de drones intercepteurs à l'Ukraine pour contrer les "
     "Shahed russes, a annoncé Downing Street.", True),
    ("Dänemark finanziert Haubitzen aus ukrainischer Fertigung",
     "KOPENHAGEN (dpa) - Dänemark bezahlt weitere Haubitzen vom Typ Bohdana, die in der Ukraine hergestellt werden; "
     "das Geld stammt aus Zinserträgen eingefrorener russischer Vermögen.", True),
    ("Schweden: Ukrainische Piloten üben auf Gripen",
     "STOCKHOLM (dpa) - Ukrainische Piloten haben in Schweden mit der Ausbildung an Gripen-Kampfjets begonnen; eine "
     "Lieferung der Flugzeuge ist noch nicht entschieden.", True),
    ("Belgien sagt Kiew Minenjagdboote zu",
     "BRÜSSEL (dpa) - Belgien will der Ukraine nach Kriegsende zwei Minenjagdboote überlassen, um das Schwarze Meer "
     "von Seeminen zu räumen.", True),
    ("Pentagon announces $300 mln in weapons for Kyiv", "", True),
    ("EU gives Ukraine 500 mln euros for energy repairs",
     "BRUSSELS (Reuters) - The EU will give Ukraine 500 million euros to repair power grids and heating plants hit "
     "by Russian missiles and drones, the Commission said.", False),
    ("Germany orders 20 more IRIS-T systems for Bundeswehr",
     "BERLIN (Reuters) - Germany's parliament approved the purchase of 20 IRIS-T air defence systems for the "
     "Bundeswehr, the defence ministry said, citing lessons from the war in Ukraine.", False),
    ("Nordkorea schickt weitere Soldaten nach Russland",
     "SEOUL (dpa) - Nordkorea hat nach Angaben aus Seoul weitere Soldaten und Artilleriegeschütze nach Russland "
     "geschickt, die in der Region Kursk eingesetzt werden.", False),
    ("Reconstruction de l'Ukraine : la BERD prête 300 millions",
     "LONDRES (AFP) - La BERD va prêter 300 millions d'euros à l'Ukraine pour réparer ses centrales et ses réseaux "
     "de chaleur, a annoncé la banque.", False),
    ("Safran : le chiffre d'affaires défense en hausse de 15%",
     "PARIS (AFP) - Safran a publié un chiffre d'affaires en hausse de 15% dans la défense, porté par les ventes de "
     "viseurs et de kits de guidage de bombes aux armées européennes.", False),
    ("Le Japon livre des patrouilleurs aux Philippines",
     "MANILLE (AFP) - Le Japon a livré cinq patrouilleurs aux garde-côtes philippins, dans un contexte de tensions en "
     "mer de Chine méridionale.", False),
    ("Handball-EM: Ukraine verliert gegen Deutschland",
     "MANNHEIM (dpa) - Die ukrainischen Handballer haben bei der EM gegen Deutschland mit 25:31 verloren; der "
     "Torwart der Ukraine lieferte dennoch eine starke Partie.", False),
    ("Nato übt Luftverteidigung über Polen",
     "WARSCHAU (dpa) - Nato-Kampfjets und Patriot-Staffeln haben über Polen die Abwehr von Drohnen geübt; Anlass "
     "waren wiederholte Luftraumverletzungen durch russische Drohnen im Grenzgebiet zur Ukraine.", False),
    ("Ukraine humanitarian appeal seeks $3 bln for 2027",
     "GENEVA (Reuters) - U.N. agencies appealed for 3 billion dollars to deliver food, shelter and medicine to 6 "
     "million people in Ukraine next year.", False),
    ("Lettland erhält HIMARS-Raketenwerfer aus den USA",
     "RIGA (dpa) - Lettland hat die ersten HIMARS-Mehrfachraketenwerfer aus den USA erhalten, um seine Ostgrenze zu "
     "Russland zu sichern.", False),
]


@pytest.mark.parametrize(("headline", "lead", "relevant"), AFTER)
def test_texts_written_after_the_changes(defaults: RuleSet, headline: str, lead: str, relevant: bool):
    assert_relevance(defaults, analyze(defaults, headline, lead), relevant)


# Probes of this round's readings, written with the held-out batch: fuel and water tanks remain
# no tanks; Russia as the subject ("hat Russland ... angegriffen") beside a delivery to Ukraine,
# and Ukraine as the first object ("send Ukraine") beside Iran supplying Russia, keep the aid; a
# Militärpaket for Israel is Israel's. First run: the last missed ("send Ukraine" was no
# delivery to Ukraine for the trap of weapons to Russia, which now reads it as one).
BOUNDARIES = [
    ("Poland sends fuel tanks and water tanks to Ukrainian towns",
     "WARSAW (Reuters) - Poland will send 40 fuel tanks and 60 water tanks to Ukrainian towns hit by Russian strikes, "
     "the government said.", False),
    ("Berlin liefert Kiew zwei weitere IRIS-T-Systeme",
     "BERLIN (dpa) - In der Nacht hat Russland erneut Kraftwerke angegriffen; Deutschland liefert der Ukraine nun zwei "
     "weitere IRIS-T-Systeme, teilte die Bundesregierung mit.", True),
    ("USA schnüren Militärpaket für Israel",
     "WASHINGTON (dpa) - Die US-Regierung hat ein Militärpaket für Israel im Wert von acht Milliarden Dollar "
     "angekündigt; über weitere Hilfe für die Ukraine wird im Kongress noch gestritten.", False),
    ("Britain sends Ukraine interceptor drones",
     "LONDON (Reuters) - Britain will send Ukraine thousands of interceptor drones to counter Shahed drones, which "
     "Iran supplied Russia with before Moscow began making them itself, the defence ministry said.", True),
]


@pytest.mark.parametrize(("headline", "lead", "relevant"), BOUNDARIES)
def test_boundaries_of_the_ninth_rounds_readings(defaults: RuleSet, headline: str, lead: str, relevant: bool):
    assert_relevance(defaults, analyze(defaults, headline, lead), relevant)


# ---------------------------------------------------------------- a second probe

# Written after the held-out batch passed whole, to look harder at the round's forms: headlines
# alone ("Kyiv gets more Patriot missiles from Berlin"), bridge-laying tanks, Russian-asset money for
# Czech shells, a sanctions summit whose second sentence is the aid; look-alikes of humanitarian
# demining, air defence for Estonia and Moldova, an exercise moving tanks to Lithuania, EU money
# that leaves military aid out, Taiwan's HIMARS delayed "by demand from Ukraine", a maker's order to
# restock. Labelled before their first run: none missed, 2 raised (main's rules: the same). The
# delay trap now reads its passive ("delayed by ... Ukraine"); the order to restock stays (marked).
PROBES = [
    ("Kyiv gets more Patriot missiles from Berlin", "", True),
    ("Spanien schickt Aspide-Raketen nach Kiew", "", True),
    ("L'armée ukrainienne réceptionne ses premiers Gripen", "", True),
    ("Ukraine's engineers get Swedish bridge-laying tanks",
     "STOCKHOLM (Reuters) - Sweden will hand over bridge-laying tanks and armoured recovery vehicles to Ukraine's "
     "engineering troops, the government said.", True),
    ("Italien bildet ukrainische Soldaten an SAMP/T aus",
     "ROM (dpa) - Italienische Ausbilder schulen ukrainische Soldaten am Flugabwehrsystem SAMP/T, das Rom und Paris "
     "gemeinsam an Kiew geliefert haben.", True),
    ("Russian asset profits to pay for Czech-sourced shells",
     "BRUSSELS (Reuters) - Profits from immobilised Russian assets will pay for 800,000 artillery shells bought by the "
     "Czech initiative for Ukraine, EU officials said.", True),
    ("Drones made in Ukraine, paid for by Denmark",
     "KYIV (Reuters) - Denmark will pay Ukrainian manufacturers to build long-range drones for Ukraine's army under "
     "its model of funding production directly, the defence minister said.", True),
    ("Sanktionen und Munition: EU-Gipfel in Brüssel",
     "BRÜSSEL (dpa) - Die Staats- und Regierungschefs der EU haben sich auf neue Sanktionen gegen Russlands "
     "Energiesektor geeinigt. Zudem soll die Ukraine bis Jahresende zwei Millionen Artilleriegranaten erhalten.", True),
    ("La Norvège et l'Allemagne cofinancent des IRIS-T pour Kiev",
     "OSLO (AFP) - La Norvège et l'Allemagne vont financer ensemble deux systèmes IRIS-T destinés à l'Ukraine, ont "
     "annoncé les deux gouvernements.", True),
    ("Greek Sea Sparrow missiles bound for Ukraine", "", True),
    ("Japan to give Ukraine demining machines for farmland",
     "TOKYO (Reuters) - Japan will give Ukraine 30 demining machines to clear farmland in the Kharkiv region, working "
     "with the State Emergency Service, the foreign ministry said.", False),
    ("IRIS-T für Estland: Diehl liefert erstes System",
     "TALLINN (dpa) - Diehl Defence hat das erste Flugabwehrsystem IRIS-T SLM an Estland ausgeliefert.", False),
    ("Russia gets North Korean howitzers", "", False),
    ("Patriots edge Jets in overtime", "", False),
    ("La France forme des soldats moldaves",
     "CHISINAU (AFP) - Des instructeurs français forment des soldats moldaves au maniement de systèmes antiaériens "
     "livrés par Paris à la Moldavie.", False),
    pytest.param("Rheinmetall wins Dutch order for ammunition",
                 "DUSSELDORF (Reuters) - Rheinmetall won a 500 million euro order from the Netherlands for 155mm "
                 "artillery ammunition to restock supplies sent to Ukraine, the company said.", False,
                 marks=pytest.mark.xfail(strict=True, reason="raised on main too (4): one sentence names artillery "
                                         "ammunition, 'supplies sent to Ukraine' (a giving and its recipient) and a sum, "
                                         "four rules; the replacement trap now reads 'restock' (-1), 3 is left; round 48's "
                                         "backfill trap reads the order to restock supplies sent (-2) and the old "
                                         "trap steps aside for 'supplies' told now (@giving_now): 2 is left. The past "
                                         "giving is told as a participle, as a delivery to Ukraine often is")),
    ("Le G7 promet 10 milliards pour le réseau électrique ukrainien", "", False),
    ("Übung Quadriga: Bundeswehr verlegt Panzer nach Litauen",
     "BERLIN (dpa) - Im Rahmen der Übung Quadriga verlegt die Bundeswehr Leopard-Panzer und Haubitzen nach Litauen; "
     "geprobt wird die Verteidigung der Nato-Ostflanke.", False),
    ("EU-Gipfel: Milliarden für Wiederaufbau der Ukraine",
     "BRÜSSEL (dpa) - Die EU stellt der Ukraine bis 2027 weitere 50 Milliarden Euro für den Wiederaufbau und den "
     "Staatshaushalt zur Verfügung; Militärhilfe ist davon ausgenommen.", False),
    ("Taiwan receives first HIMARS after delay",
     "TAIPEI (Reuters) - Taiwan received its first 11 HIMARS rocket launchers from the United States, after "
     "deliveries had been delayed by demand from Ukraine, the defence ministry said.", False),
]



@pytest.mark.parametrize(("headline", "lead", "relevant"), PROBES)
def test_a_probe_of_the_ninth_rounds_forms(defaults: RuleSet, headline: str, lead: str, relevant: bool):
    analysis = analyze(defaults, headline, lead)
    assert analysis.relevant == relevant, defaults.explain(analysis)
