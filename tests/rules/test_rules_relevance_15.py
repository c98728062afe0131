"""Relevance on wire copy, a fifteenth round (stop 40, session of 2026-12-05, morning).

Every text here was written for this file in the style of Reuters, AFP and dpa copy, labelled by hand before the
rules were run on it, and never taken from the real-article set. WIRE, 60 items of a headline and two to four
sentences (20 per language, 30 aid and 30 look-alikes), aimed at what earlier rounds did not hold. Aid told in unusual
ways: EU instruments (the Peace Facility, windfall profits of frozen Russian assets, the defence industry programme,
SAFE loans), training missions (Interflex, EUMAM, a brigade trained in Poland), repair hubs abroad, joint production in
Ukraine, the G7 loan spent on home-made howitzers, the Danish model, an export approval told with "vers l'Ukraine",
Ukraine acquiring air defence from France, Germany's Ertüchtigungsinitiative. Look-alikes near the war: sanctions on
Russia's suppliers, peace talks and Russia's terms, prisoner swaps, reconstruction conferences, gas turbines and
transformers, humanitarian convoys, arms for Israel and Taiwan, Europe's own arms purchases.
First run on main's rules: 53 of 60, 6 of 30 aid missed and 1 of 30 look-alikes raised (P 0.96, R 0.80). Missed: the
G7 loan (the investor trap read "their shares of the 50 billion dollar loan", -2), the Dana howitzers exported "vers
l'Ukraine" (1), the Danish model paid by Sweden and Norway (1), the SAMP/T and Mistral "acquisition par Kiev" (0), the
Ertüchtigungsinitiative told in one sentence and Ukraine in the next (0), a ticker of a minister announcing sea drones
(0); raised: Moscow demanding that Ukraine "keine westlichen Waffen mehr erhält" (3, German receiving reaches ten
words). Now "vers l'Ukraine" counts as a destination again, only after an export, a transit or a shipment within eight
words (the French weapon rule's cost made room for it: its livre/offre exception written as phrases, and French buying
and receiving in one NEAR/4, 11.92 -> 11.29 with the new words); "acquisition" near Ukraine is buying and "pour l'armée
de Kiev" a beneficiary; the investor trap leaves "their shares of" a sum; Ertüchtigung counts only as the budget line
(@budget_line: a bare "Ertüchtigung" is an upgrade, and "die Ertüchtigung des ukrainischen Stromnetzes" had weighed 2),
with Ukraine as the one it pays for in any sentence (+2); a trap (-2) reads Russia's terms. 59 of 60: the ticker stays
a strict xfail.

HELD_OUT, 20 items written after those changes: first run 18 of 20, 1 of 10 aid missed and 1 of 10 look-alikes raised
(P 0.90, R 0.90): Ukraine's letter of intent for 100 Rafale (0) and a Dutch purchase of Leopard 2A8 for its own tank
battalion, which recalls the armour it gave Ukraine (3). Now a letter of intent Ukraine signs for weapons weighs 2, and
a trap (-2) reads weapons bought for a country's own forces: 20 of 20. PROBES, 10 items written next, aimed at the
changes: 7 of 10 on their first run: the Ertüchtigungsinitiative paying radars for Moldova, "a neighbour of Ukraine"
(2: Ukraine anywhere was enough), an IRIS-T delivery told beside Moscow's demand (1: the trap outweighed three signals)
and the IMF on Ukraine struggling to "payer" its soldiers and shells (2: French "payer" had been made a giving word in
this round). Now the budget line wants Ukraine as the one paid for ("für die Ukraine"), the two traps step aside when
the article tells a giving to Ukraine now or to come (@giving_now, a shared list of quoted present and future verbs),
and "payer" is no giving word again: 10 of 10. Round 14's Leopard export "vers l'Ukraine" is no xfail any more.

Of the 1,601 distinct texts of tests/data (1,416), its two seeds and the real set (183), three scores move,
all look-alikes of tests/data/eval_items.jsonl that stay not relevant: en-006, en-051 and de-006 (Patriots, Abrams and
Leopard 2A8 ordered for the buyer's own army) 0 -> -2 by the own-forces trap. On the way the Ertüchtigung rule took a
German IRIS-T delivery paid "für die Ertüchtigung der Ukraine" (tests/data/wire_clusters_6.jsonl) from 4 to 6 until
it asked for Ukraine as the one paid for. The real-article set's figures do not move: relevance P/R 0.99/0.99, pledges
197/193/183, stories pairP 1.00 pairR 0.86 (24/0/4) today and 0.96 (27/0/1) as published, hidden 0/72. 101 rules (97
before); the costliest is still the deliberation rule at 14.55 of 15; the costliest naming @support the German weapon
rule at 11.81 of 12, the French one at 11.29 (11.92), every French weapon rule 0.6 lower; the new rules cost 0.07
(the budget line), 8.13 (Russia's terms), 8.32 (letters of intent) and 2.38 (own forces).
"""

from __future__ import annotations

import pytest

from bot.core.rules.language import RuleSet
from tests.support.wire_reading import fired, read

# Sixty wire items, half aid and half look-alikes, labelled before their first run.
WIRE = [
    # ---- aid, English: EU instruments, training, repair, joint production, asset-backed loans
    ("EU sends Ukraine second windfall tranche from frozen Russian assets",
     "BRUSSELS (Reuters) - The European Union transferred 1.4 billion euros of windfall profits from immobilised "
     "Russian central bank assets to Ukraine on Monday, most of it earmarked for air defence and artillery "
     "ammunition, the European Commission said. Part of the money will pay for weapons built by Ukrainian "
     "manufacturers.", True),
    ("EU ministers unlock 5 billion euros in Peace Facility money for Kyiv",
     "BRUSSELS (Reuters) - European Union foreign ministers agreed on Monday to top up the European Peace Facility "
     "by 5 billion euros for Ukraine's armed forces, ending months of deadlock over a Hungarian veto. The fund "
     "reimburses member states for ammunition, drones and air defence they hand to Kyiv.", True),
    ("Britain extends Interflex training for Ukrainian recruits into next year",
     "LONDON (Reuters) - Britain will keep training Ukrainian recruits under Operation Interflex through next year, "
     "the Ministry of Defence said on Wednesday, taking the number of soldiers trained in the UK since 2022 past "
     "60,000. Instructors from nine partner nations, including Canada and New Zealand, teach the five-week "
     "infantry course.", True),
    ("Leopard tanks damaged in Ukraine to be repaired at new Polish hub",
     "WARSAW (Reuters) - German and Polish companies have opened a repair hub in southern Poland for Leopard 2 tanks "
     "damaged on the front line in Ukraine, the Polish defence ministry said on Tuesday. The first dozen tanks should "
     "return to Ukrainian units within weeks. Berlin pays for the work.", True),
    ("BAE Systems to make gun barrels in Ukraine with state arms group",
     "LONDON (Reuters) - BAE Systems has signed a deal with Ukraine's state arms group to produce barrels for L119 "
     "light guns inside Ukraine, the British company said on Thursday. The guns equip Ukrainian artillery units, "
     "and London will fund the first production run from its military budget for Ukraine.", True),
    ("Ukraine to spend G7 loan cash on home-made howitzers and drones",
     "KYIV (Reuters) - Ukraine will spend 2 billion dollars of the G7 loan backed by frozen Russian assets on "
     "Bohdana howitzers and long-range drones made at home, the prime minister said on Friday. The United States, "
     "Britain and Canada have already paid out their shares of the 50 billion dollar loan.", True),
    ("EU to buy drones for Ukraine from defence industry programme",
     "BRUSSELS (Reuters) - The European Commission will spend 300 million euros from its defence industry "
     "programme on drones and counter-drone systems for Ukraine's army, defence commissioner Andrius Kubilius said "
     "on Wednesday. The money comes from a Ukraine support instrument inside the programme.", True),
    ("U.S. clears $150 million Patriot sustainment sale to Ukraine",
     "WASHINGTON (Reuters) - The U.S. State Department approved the possible sale of Patriot sustainment services "
     "and spare parts to Ukraine worth about 150 million dollars, the Defense Security Cooperation Agency said on "
     "Tuesday. European allies will pay for the package.", True),
    ("Germany raises budget for arming Ukraine to 11.5 billion euros",
     "BERLIN (Reuters) - Germany will set aside 11.5 billion euros next year to equip Ukraine's armed forces, up "
     "from 8 billion, the finance ministry said on Friday as it presented the draft budget. The money pays for air "
     "defence, drones and long-range weapons, some of them built in Ukraine.", True),
    ("Latvia-led drone coalition orders 30,000 FPV drones for Kyiv",
     "RIGA (Reuters) - The drone coalition led by Latvia and Britain has ordered 30,000 first-person-view drones "
     "from European and Ukrainian makers for Ukraine's army, the Latvian defence ministry said on Thursday. "
     "Deliveries are due to start in the spring.", True),
    # ---- aid, French
    ("Facilité européenne pour la paix : 5 milliards d'euros débloqués pour Kiev",
     "BRUXELLES (AFP) - Les Vingt-Sept ont approuvé lundi une nouvelle tranche de 5 milliards d'euros de la Facilité "
     "européenne pour la paix, qui rembourse aux États membres les armes et les munitions cédées à l'Ukraine. La "
     "Hongrie a levé son veto après des mois de blocage.", True),
    ("La France formera une nouvelle brigade ukrainienne en Pologne",
     "VARSOVIE (AFP) - La France va former une nouvelle brigade ukrainienne de 4 500 hommes dans un camp en Pologne, "
     "a annoncé mardi le ministère des Armées. Les soldats seront équipés de canons Caesar et de véhicules blindés "
     "français avant de rejoindre le front.", True),
    ("Caesar : un atelier de réparation ouvre en Roumanie pour les canons ukrainiens",
     "BUCAREST (AFP) - KNDS France a ouvert en Roumanie un atelier chargé de remettre en état les canons Caesar "
     "endommagés sur le front ukrainien, a annoncé jeudi l'industriel. Une vingtaine de pièces doivent y être "
     "réparées d'ici la fin de l'année avant de repartir pour l'Ukraine.", True),
    ("Le français Delair va produire des drones en Ukraine",
     "PARIS (AFP) - Le fabricant français Delair va produire ses drones de reconnaissance en Ukraine avec un "
     "partenaire local, pour équiper directement l'armée ukrainienne, a annoncé mercredi le ministère des Armées. "
     "Paris paiera les premiers exemplaires.", True),
    ("Les revenus des avoirs russes gelés paieront des obus pour Kiev",
     "BRUXELLES (AFP) - Les revenus tirés des avoirs russes gelés en Europe serviront à acheter des munitions et des "
     "systèmes de défense aérienne pour l'Ukraine, ont décidé mardi les ministres européens des Finances. Une "
     "première tranche de 1,5 milliard d'euros sera versée en juillet.", True),
    ("Prague autorise l'exportation de 40 obusiers Dana vers l'Ukraine",
     "PRAGUE (AFP) - Le gouvernement tchèque a autorisé jeudi l'exportation de 40 obusiers automoteurs Dana vers "
     "l'Ukraine, a indiqué le ministère de la Défense. Les pièces d'artillerie quitteront l'usine au printemps.",
     True),
    ("L'UE ouvre son programme SAFE à l'achat d'armes pour l'Ukraine",
     "BRUXELLES (AFP) - Les États membres pourront utiliser les prêts du programme européen SAFE, doté de 150 "
     "milliards d'euros, pour acheter des équipements militaires destinés à l'Ukraine, a confirmé mardi la "
     "Commission. La Pologne compte y consacrer une partie de ses 43 milliards.", True),
    ("Modèle danois : la Suède et la Norvège paient des canons ukrainiens",
     "STOCKHOLM (AFP) - La Suède et la Norvège vont payer la fabrication de 36 obusiers Bohdana par l'industrie "
     "ukrainienne pour l'armée de Kiev, selon le modèle lancé par le Danemark, ont annoncé vendredi les deux pays.",
     True),
    ("Défense aérienne : Paris et Kiev signent pour des SAMP/T et des Mistral",
     "PARIS (AFP) - La France et l'Ukraine ont signé lundi une lettre d'intention portant sur l'acquisition par Kiev "
     "de systèmes de défense aérienne SAMP/T NG et de missiles Mistral, en partie payés par des fonds européens, a "
     "annoncé l'Élysée.", True),
    ("", "09h12 : Les premiers pilotes ukrainiens formés sur Mirage 2000 en France ont rejoint leur escadrille, "
     "indique l'état-major ukrainien. Ils ont suivi plusieurs mois d'entraînement sur la base de Nancy.", True),
    # ---- aid, German
    ("Ertüchtigungsinitiative: Bund stockt Mittel auf neun Milliarden auf",
     "BERLIN (dpa) - Die Bundesregierung will die Mittel der Ertüchtigungsinitiative im kommenden Jahr auf rund neun "
     "Milliarden Euro aufstocken. Der größte Teil ist für die Ukraine vorgesehen, wie aus dem Haushaltsentwurf "
     "hervorgeht.", True),
    ("Haushaltsausschuss gibt 500 Millionen für Luftverteidigung frei",
     "BERLIN (dpa) - Der Haushaltsausschuss des Bundestags hat 500 Millionen Euro für zusätzliche Luftverteidigung "
     "freigegeben. Das Geld stammt aus dem Ertüchtigungstitel des Verteidigungsetats, aus dem die Bundesregierung "
     "die Unterstützung der ukrainischen Streitkräfte bezahlt.", True),
    ("Bundeswehr bildet ukrainische Soldaten am Patriot-System aus",
     "GRAFENWÖHR (dpa) - Rund 200 ukrainische Soldaten werden derzeit in Deutschland am Flugabwehrsystem Patriot "
     "ausgebildet. Die Lehrgänge laufen im Rahmen der EU-Ausbildungsmission EUMAM, teilte die Bundeswehr am Montag "
     "mit.", True),
    ("Leopard-Panzer der Ukraine werden künftig in Litauen repariert",
     "VILNIUS (dpa) - In einem neuen Instandsetzungszentrum in Litauen werden künftig beschädigte Leopard-Kampfpanzer "
     "der ukrainischen Armee repariert. Deutschland finanziert das Zentrum, teilte das Verteidigungsministerium mit. "
     "Die ersten Panzer sollen im Frühjahr an die Front zurückkehren.", True),
    ("Quantum Systems fertigt Aufklärungsdrohnen künftig in der Ukraine",
     "MÜNCHEN (dpa) - Der Münchner Drohnenhersteller Quantum Systems fertigt seine Aufklärungsdrohnen künftig auch "
     "in der Ukraine. Ein Gemeinschaftsunternehmen mit einem ukrainischen Partner soll jährlich mehrere tausend "
     "Drohnen für die ukrainischen Streitkräfte bauen.", True),
    ("Reparationsdarlehen: Kiew will mit dem Geld vor allem Waffen kaufen",
     "BRÜSSEL (dpa) - Die Ukraine will den Großteil eines EU-Kredits, der durch eingefrorenes russisches "
     "Zentralbankvermögen abgesichert ist, in Waffen und Munition stecken. Das sagte Regierungschefin Julija "
     "Swyrydenko in Brüssel.", True),
    ("Friedensfazilität erstattet Berlin Milliarden für Waffen an Kiew",
     "BRÜSSEL (dpa) - Deutschland erhält aus der Europäischen Friedensfazilität rund 1,2 Milliarden Euro zurück für "
     "Waffen, die es der Ukraine überlassen hat. Das beschlossen die EU-Außenminister am Montag nach monatelangem "
     "Streit mit Ungarn.", True),
    ("Deutschland stellt Kiew weitere Gepard-Munition in Aussicht",
     "BERLIN (dpa) - Die Bundesregierung stellt der Ukraine weitere Munition für den Flugabwehrpanzer Gepard in "
     "Aussicht. Man sei mit mehreren Herstellern im Gespräch, sagte ein Ministeriumssprecher.", True),
    ("Drohnenkoalition bestellt 30.000 FPV-Drohnen für Kiew",
     "RIGA (dpa) - Die von Lettland und Großbritannien geführte Drohnenkoalition hat 30.000 FPV-Drohnen für die "
     "ukrainische Armee bestellt. Die Lieferungen sollen im Frühjahr beginnen, teilte das lettische "
     "Verteidigungsministerium mit.", True),
    pytest.param("", "+++ 11:20 Uhr: Pistorius kündigt in Odessa Seedrohnen und Küstenschutzboote an +++ "
                 "Verteidigungsminister Boris Pistorius hat der ukrainischen Marine bei einem Besuch in Odessa weitere "
                 "Seedrohnen und zwei Küstenschutzboote angekündigt.", True,
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "scores 0: announcing ('kündigt ... an', 'angekündigt') is no giving word (a defence minister "
                     "announces his own army's drones as often), and 'der ukrainischen Marine' as a dative recipient "
                     "reads as the genitive it more often is ('Angaben der ukrainischen Marine')"))),
    # ---- look-alikes, English: sanctions, peace talks, reconstruction, energy aid, convoys, swaps, others' arms
    ("EU targets Chinese suppliers of Russian drone parts in new sanctions",
     "BRUSSELS (Reuters) - The European Union adopted its 20th package of sanctions against Russia on Friday, adding "
     "Chinese and Turkish firms that supply drone parts and machine tools to Russia's arms industry. The package also "
     "lowers the price cap on Russian crude. Ukraine's foreign minister welcomed the measures.", False),
    ("Ukraine, Russia agree prisoner exchange at Istanbul talks, no ceasefire",
     "ISTANBUL (Reuters) - Ukrainian and Russian negotiators agreed on Monday to exchange 1,000 prisoners of war each "
     "but made no progress toward a ceasefire, Turkey's foreign minister said. Kyiv asked for security guarantees "
     "backed by Western partners; Moscow demanded that Ukraine withdraw from four regions.", False),
    ("Ukraine's reconstruction bill rises to $524 billion, World Bank says",
     "KYIV (Reuters) - The cost of rebuilding Ukraine after three years of war has risen to 524 billion dollars, the "
     "World Bank, the European Union and the United Nations said on Tuesday. Housing, transport and energy account for "
     "the largest shares, and clearing mines will cost about 30 billion dollars.", False),
    ("Japan, U.S. to send gas turbines and transformers to Ukraine",
     "KYIV (Reuters) - Japan and the United States will deliver gas turbines, transformers and mobile boilers to "
     "Ukraine to help restore its power grid after Russian missile and drone strikes, Ukraine's energy minister said "
     "on Wednesday. The equipment is worth 300 million dollars.", False),
    ("UN convoy brings food and medicine to frontline town",
     "KYIV (Reuters) - A United Nations convoy of eight trucks delivered food, water and medical supplies to "
     "Kostiantynivka on Tuesday, the UN humanitarian coordinator for Ukraine said. Ukrainian police escorted the "
     "trucks through an area under daily Russian artillery fire.", False),
    ("Ukraine and Russia swap 390 prisoners in UAE-brokered deal",
     "ABU DHABI (Reuters) - Ukraine and Russia exchanged 390 prisoners of war each on Friday in a swap brokered by "
     "the United Arab Emirates, Ukraine's coordination headquarters said. Those freed included soldiers captured in "
     "Mariupol and drone operators.", False),
    ("U.S. approves $2 billion NASAMS sale to Taiwan",
     "WASHINGTON (Reuters) - The State Department approved the possible sale of three NASAMS air defence systems "
     "and radars to Taiwan worth nearly 2 billion dollars, the Pentagon said on Friday. The system has been used in "
     "combat in Ukraine and protects Washington.", False),
    ("German parliament approves record order of tanks for Bundeswehr",
     "BERLIN (Reuters) - Germany's parliament approved orders worth 20 billion euros for Boxer armoured vehicles and "
     "Leopard 2A8 tanks for the Bundeswehr on Wednesday, the largest procurement package in its history. Berlin "
     "wants the strongest conventional army in Europe after Russia's invasion of Ukraine.", False),
    ("British court lets F-35 parts flow to Israel",
     "LONDON (Reuters) - Britain can go on supplying parts for F-35 fighter jets to Israel through a global "
     "spare-parts pool, the High Court ruled on Monday, rejecting a challenge by a Palestinian rights group. "
     "Ministers suspended 30 other export licences last year.", False),
    ("Russia demands limits on Ukraine's army as Geneva talks resume",
     "GENEVA (Reuters) - Russian and Ukrainian delegations met in Geneva on Thursday for a new round of peace "
     "talks. Moscow wants Ukraine to cap its army at 85,000 troops and to receive no Western weapons after a "
     "ceasefire, a Russian negotiator said. Kyiv rejected the demands.", False),
    # ---- look-alikes, French
    ("Sanctions : l'UE vise les fournisseurs d'armes de Moscou en Iran",
     "BRUXELLES (AFP) - L'Union européenne a inscrit mardi sur sa liste de sanctions huit entreprises iraniennes "
     "accusées de livrer des missiles et des drones à la Russie pour sa guerre contre l'Ukraine, a annoncé le "
     "Conseil. Leurs avoirs dans l'UE sont gelés.", False),
    ("Négociations à Genève : Moscou exige que Kiev renonce aux armes occidentales",
     "GENÈVE (AFP) - La Russie réclame que l'Ukraine réduise son armée et ne reçoive plus d'armes occidentales après "
     "un cessez-le-feu, a déclaré jeudi le négociateur russe à l'issue d'une nouvelle séance de pourparlers. Kiev "
     "a rejeté ces exigences.", False),
    ("Conférence de Londres : 8 milliards d'euros pour reconstruire l'Ukraine",
     "LONDRES (AFP) - Les participants à la conférence sur le redressement de l'Ukraine ont promis 8 milliards "
     "d'euros pour les logements, les écoles et le réseau électrique, a annoncé jeudi le gouvernement britannique. "
     "Le déminage des terres agricoles recevra une partie des fonds.", False),
    ("La France livre des transformateurs à l'Ukraine avant l'hiver",
     "PARIS (AFP) - La France a livré à l'Ukraine une cinquantaine de transformateurs et de groupes électrogènes "
     "pour réparer le réseau endommagé par les frappes russes de missiles et de drones, a annoncé mercredi le "
     "ministère de l'Europe et des Affaires étrangères.", False),
    ("Un convoi humanitaire français arrive à Kharkiv",
     "KHARKIV (AFP) - Un convoi humanitaire parti de Lyon est arrivé lundi à Kharkiv avec 40 tonnes de matériel "
     "médical, des ambulances et des générateurs, a indiqué l'association organisatrice. Les camions ont été escortés "
     "par l'armée ukrainienne sur les derniers kilomètres.", False),
    ("Paris suspend ses livraisons d'armes à Israël utilisables à Gaza",
     "PARIS (AFP) - La France a suspendu les livraisons à Israël d'armes et de composants susceptibles d'être "
     "utilisés à Gaza, a annoncé mardi le ministre des Affaires étrangères. Les exportations de matériel défensif "
     "se poursuivent.", False),
    ("Taïwan va acheter des drones d'attaque américains",
     "TAIPEI (AFP) - Taïwan va acheter pour un milliard de dollars de drones d'attaque américains, a annoncé vendredi "
     "le ministère taïwanais de la Défense, qui dit tirer les leçons de la guerre en Ukraine. Les livraisons doivent "
     "commencer en 2027.", False),
    ("L'armée de Terre commande 100 canons Caesar supplémentaires",
     "PARIS (AFP) - La Direction générale de l'armement a commandé 100 canons Caesar de nouvelle génération pour "
     "l'armée de Terre, a annoncé jeudi le ministère des Armées. Ils remplaceront notamment les pièces cédées à "
     "l'Ukraine depuis 2022.", False),
    ("Échange de prisonniers : 300 soldats ukrainiens rentrent chez eux",
     "KIEV (AFP) - L'Ukraine et la Russie ont échangé samedi 300 prisonniers de guerre chacune, a annoncé le "
     "président Volodymyr Zelensky. Parmi les soldats libérés figurent des défenseurs de Marioupol et des pilotes "
     "de drones.", False),
    ("Pologne : Varsovie commande 180 chars sud-coréens K2",
     "VARSOVIE (AFP) - La Pologne a signé vendredi un contrat de 6,5 milliards de dollars pour l'achat de 180 chars "
     "K2 sud-coréens, dont une partie sera assemblée en Pologne. Varsovie réarme à grande vitesse depuis "
     "l'invasion de l'Ukraine.", False),
    # ---- look-alikes, German
    ("EU beschließt Sanktionen gegen Drohnenlieferanten Russlands",
     "BRÜSSEL (dpa) - Die EU hat ihr 20. Sanktionspaket gegen Russland beschlossen. Gelistet werden unter anderem "
     "Firmen aus China und dem Iran, die Drohnenteile an die russische Rüstungsindustrie liefern. Die Ukraine "
     "begrüßte die Entscheidung.", False),
    ("Friedensgespräche in Genf ohne Durchbruch",
     "GENF (dpa) - Die Friedensgespräche zwischen Russland und der Ukraine in Genf sind ohne Ergebnis zu Ende "
     "gegangen. Moskau fordert, dass die Ukraine nach einer Waffenruhe keine westlichen Waffen mehr erhält und auf "
     "einen Nato-Beitritt verzichtet.", False),
    ("Wiederaufbaukonferenz: Deutschland sagt Kiew Geld für Stromnetz zu",
     "BERLIN (dpa) - Deutschland sagt der Ukraine weitere 300 Millionen Euro für den Wiederaufbau der "
     "Energieversorgung zu. Das Geld soll vor allem in Kraftwerke und Umspannwerke fließen, die bei russischen "
     "Raketenangriffen zerstört wurden, sagte Entwicklungsministerin Reem Alabali-Radovan.", False),
    ("Deutschland liefert Transformatoren und Generatoren an die Ukraine",
     "BERLIN (dpa) - Deutschland hat der Ukraine weitere Transformatoren und 200 Generatoren geliefert. Damit soll "
     "die Stromversorgung von Krankenhäusern und Schulen im Winter gesichert werden, teilte das Auswärtige Amt mit.",
     False),
    ("THW schickt Hilfskonvoi in die Ukraine",
     "BONN (dpa) - Das Technische Hilfswerk hat einen Konvoi mit Notstromaggregaten, Zelten und Feldbetten in die "
     "Ukraine geschickt. Die Hilfsgüter sind für Menschen in frontnahen Gebieten bestimmt.", False),
    ("Gefangenenaustausch: 270 ukrainische Soldaten kehren heim",
     "KIEW (dpa) - Russland und die Ukraine haben erneut Kriegsgefangene ausgetauscht. 270 ukrainische Soldaten "
     "kehrten nach Hause zurück, teilte Präsident Wolodymyr Selenskyj mit. Vermittelt hatten die Vereinigten "
     "Arabischen Emirate.", False),
    ("USA genehmigen Waffenverkauf an Taiwan für 1,1 Milliarden Dollar",
     "WASHINGTON (dpa) - Die US-Regierung hat den Verkauf von Harpoon-Raketen und Sidewinder-Luft-Luft-Raketen an "
     "Taiwan genehmigt. Das Geschäft hat einen Wert von 1,1 Milliarden Dollar. China drohte mit Gegenmaßnahmen.",
     False),
    ("Bundeswehr bestellt 600 Skyranger-Flugabwehrpanzer",
     "KOBLENZ (dpa) - Die Bundeswehr bestellt bei Rheinmetall rund 600 Flugabwehrpanzer vom Typ Skyranger. Der "
     "Krieg in der Ukraine habe gezeigt, wie wichtig die Abwehr von Drohnen sei, sagte ein Sprecher des "
     "Beschaffungsamts.", False),
    ("Dänemark kauft SAMP/T-Systeme für die eigene Luftverteidigung",
     "KOPENHAGEN (dpa) - Dänemark kauft acht Flugabwehrsysteme vom Typ SAMP/T NG für die eigenen Streitkräfte. Die "
     "Regierung begründete den Kauf mit den Erfahrungen aus dem Krieg in der Ukraine.", False),
    ("Rüstungsexporte nach Israel wieder genehmigt",
     "BERLIN (dpa) - Die Bundesregierung genehmigt wieder Rüstungsexporte nach Israel, die im Gazastreifen "
     "eingesetzt werden könnten. Der Stopp war im August verhängt worden, teilte Regierungssprecher Stefan "
     "Kornelius mit.", False),
]


@pytest.mark.parametrize(("headline", "lead", "relevant"), WIRE)
def test_wire_items(defaults: RuleSet, headline: str, lead: str, relevant: bool):
    analysis = read(defaults, headline, lead)
    assert analysis.relevant == relevant, defaults.explain(analysis)


# ---------------------------------------------------------------- written after the round's changes

# Twenty items written after the changes above and labelled before their first run.
HELD_OUT = [
    # aid
    ("Norway to fund Ukrainian-built Bohdana howitzers",
     "OSLO (Reuters) - Norway will pay Ukrainian manufacturers to build 18 Bohdana self-propelled howitzers for "
     "Ukraine's army, the Norwegian government said on Tuesday, joining Denmark and Sweden in buying weapons directly "
     "from Ukraine's defence industry.", True),
    ("Canada extends mission to train Ukrainian soldiers to 2029",
     "OTTAWA (Reuters) - Canada will extend Operation Unifier, its mission to train Ukrainian soldiers, until 2029, "
     "the defence minister said on Monday. About 300 Canadian personnel train Ukrainian recruits in Britain and "
     "Poland.", True),
    ("Britain to spend its G7 loan share on air defence for Ukraine",
     "LONDON (Reuters) - Britain will use its 2.26 billion pound share of the G7 loan, repaid from the profits of "
     "frozen Russian assets, to buy air defence systems and artillery ammunition for Ukraine, the Treasury said on "
     "Wednesday.", True),
    ("U.S. firm and Ukrainian state company to make air defence missiles in Ukraine",
     "KYIV (Reuters) - A Ukrainian state company and a U.S. defence contractor will jointly produce air defence "
     "missiles in Ukraine under a licence agreement signed on Thursday, Ukraine's strategic industries ministry said. "
     "Production is due to start next year.", True),
    ("Rafale : l'Ukraine signe une lettre d'intention pour 100 avions",
     "PARIS (AFP) - L'Ukraine a signé lundi avec la France une lettre d'intention en vue de l'acquisition de jusqu'à "
     "100 avions de combat Rafale d'ici dix ans, a annoncé l'Élysée. Le financement pourrait reposer en partie sur "
     "des fonds européens.", True),
    ("Les Pays-Bas et le Danemark paieront l'entretien des F-16 ukrainiens",
     "LA HAYE (AFP) - Les Pays-Bas et le Danemark vont financer pendant trois ans l'entretien des avions de combat "
     "F-16 livrés à l'Ukraine, a annoncé mercredi le ministère néerlandais de la Défense. Les pièces détachées "
     "seront achetées aux États-Unis.", True),
    ("Avoirs russes : Bruxelles verse 2 milliards à Kiev pour ses achats d'armes",
     "BRUXELLES (AFP) - La Commission européenne a versé mardi à l'Ukraine une nouvelle tranche de 2 milliards "
     "d'euros du prêt adossé aux avoirs russes immobilisés, qui doit financer en priorité l'achat de drones et de "
     "munitions.", True),
    ("Bund übernimmt Wartung der Iris-T-Systeme in der Ukraine",
     "BERLIN (dpa) - Die Bundesregierung übernimmt die Kosten für Wartung und Ersatzteile der an die Ukraine "
     "gelieferten Iris-T-Flugabwehrsysteme. Ein Wartungsteam des Herstellers Diehl arbeitet dafür in Polen, teilte "
     "das Verteidigungsministerium mit.", True),
    ("Ertüchtigungsinitiative finanziert Drohnen aus ukrainischer Fertigung",
     "BERLIN (dpa) - Aus Mitteln der Ertüchtigungsinitiative bezahlt der Bund in diesem Jahr 1,5 Milliarden Euro für "
     "Drohnen, die in der Ukraine hergestellt werden. Die Geräte gehen direkt an die Front, hieß es aus dem "
     "Verteidigungsministerium.", True),
    ("Ukrainische Piloten lernen in Schweden den Gripen",
     "STOCKHOLM (dpa) - Schweden bildet erste ukrainische Piloten am Kampfjet Gripen aus. Die Ausbildung an der "
     "Basis Linköping dauert mehrere Monate, teilte die schwedische Luftwaffe mit.", True),
    # look-alikes
    ("EU pays Ukraine 2.5 billion euros under Ukraine Facility",
     "BRUSSELS (Reuters) - The European Union paid Ukraine 2.5 billion euros under its Ukraine Facility on Friday, "
     "money that supports the state budget and reforms of the energy sector and public finances, the Commission "
     "said.", False),
    ("Ukraine and Russia exchange bodies of fallen soldiers",
     "KYIV (Reuters) - Ukraine received the bodies of 1,000 soldiers from Russia on Thursday and returned 24 bodies "
     "of Russian soldiers, Ukraine's coordination headquarters for prisoners of war said.", False),
    ("Netherlands to buy 46 Leopard 2A8 tanks to rebuild tank battalion",
     "THE HAGUE (Reuters) - The Netherlands will buy 46 Leopard 2A8 tanks for about 1 billion euros to re-establish "
     "its own tank battalion, disbanded in 2011, the defence ministry said on Wednesday. The Dutch have given many of "
     "their older armoured vehicles to Ukraine.", False),
    ("Taiwan receives first HIMARS launchers ahead of schedule",
     "TAIPEI (Reuters) - Taiwan has taken delivery of its first 11 HIMARS rocket launchers, a year ahead of "
     "schedule, the defence ministry said on Monday. The U.S. system has been used widely by Ukraine against "
     "Russian forces.", False),
    ("Trêve énergétique : Kiev et Moscou s'accusent de violations",
     "KIEV (AFP) - Kiev a accusé mardi Moscou d'avoir lancé une trentaine de drones vers l'Ukraine malgré la trêve "
     "sur les frappes contre les infrastructures énergétiques négociée par Washington. Moscou affirme que l'armée "
     "ukrainienne a visé un dépôt pétrolier.", False),
    ("L'UE envoie 500 générateurs à l'Ukraine",
     "BRUXELLES (AFP) - L'Union européenne a envoyé 500 générateurs et 40 transformateurs à l'Ukraine par son "
     "mécanisme de protection civile, a annoncé jeudi la Commission. Le réseau électrique ukrainien a perdu la moitié "
     "de sa capacité sous les frappes russes.", False),
    ("Washington approuve la vente de 3 000 bombes guidées à Israël",
     "WASHINGTON (AFP) - Le département d'État a approuvé la vente à Israël de 3 000 bombes guidées et de kits de "
     "guidage pour environ 2 milliards de dollars, a annoncé vendredi le Pentagone.", False),
    ("Rheinmetall eröffnet Munitionswerk für die Bundeswehr",
     "UNTERLÜSS (dpa) - Rheinmetall hat in Unterlüss ein neues Munitionswerk eröffnet, das vor allem die Bundeswehr "
     "beliefern soll. Das Werk soll jährlich 350.000 Artilleriegranaten herstellen. Der Bedarf sei seit dem "
     "russischen Angriff auf die Ukraine stark gestiegen, sagte Konzernchef Armin Papperger.", False),
    ("Hilfskonvoi der Caritas erreicht Charkiw",
     "CHARKIW (dpa) - Ein Hilfskonvoi der Caritas mit Lebensmitteln, Medikamenten und Stromgeneratoren hat die "
     "ostukrainische Stadt Charkiw erreicht. Die Lastwagen waren vor einer Woche in Freiburg gestartet.", False),
    ("Friedensplan: Ukraine soll Armee auf 600.000 Soldaten begrenzen",
     "WASHINGTON (dpa) - Der US-Friedensplan sieht vor, dass die Ukraine ihre Armee auf 600.000 Soldaten begrenzt und "
     "auf Langstreckenwaffen verzichtet. Im Gegenzug erhält Kiew Sicherheitsgarantien der USA und Europas.", False),
]


@pytest.mark.parametrize(("headline", "lead", "relevant"), HELD_OUT)
def test_texts_written_after_the_changes(defaults: RuleSet, headline: str, lead: str, relevant: bool):
    analysis = read(defaults, headline, lead)
    assert analysis.relevant == relevant, defaults.explain(analysis)



# ---------------------------------------------------------------- probes of the round's changes

# Written after the held-out batch and labelled before their first run, aimed at the edges of the changes: "vers
# l'Ukraine" after launches, refugees and a shipment; shares of a sum; the Ertüchtigung for another country; Russia's
# demands beside a giving; buying for one's own forces beside a giving; letters of intent of Ukraine and of a neighbour;
# French "payer" of wages.
PROBES = [
    ("La Russie a tiré 40 missiles de croisière vers Kiev dans la nuit",
     "KIEV (AFP) - La Russie a tiré dans la nuit 40 missiles de croisière et une centaine de drones vers Kiev et "
     "l'ouest de l'Ukraine, a indiqué l'armée de l'air ukrainienne, qui dit en avoir abattu la plupart.", False),
    ("Des réfugiés repartent vers l'Ukraine malgré les frappes",
     "VARSOVIE (AFP) - Des milliers de réfugiés ukrainiens repartent chaque semaine vers l'Ukraine depuis la Pologne, "
     "malgré les frappes de missiles et de drones russes sur les villes, selon les gardes-frontières polonais.",
     False),
    ("Acheminement de 30 chars Leopard 1 remis en état vers l'Ukraine",
     "BRUXELLES (AFP) - L'acheminement de 30 chars Leopard 1 remis en état en Belgique vers l'Ukraine a commencé, a "
     "annoncé mardi le ministère belge de la Défense. Les blindés sont payés par l'Allemagne et le Danemark.", True),
    ("EU states pay their shares of Czech shell initiative",
     "PRAGUE (Reuters) - Eight EU countries have paid their shares of the Czech-led initiative that buys artillery "
     "shells for Ukraine outside Europe, the Czech government said on Monday, allowing another 400,000 rounds to be "
     "delivered by spring.", True),
    ("Ertüchtigungsinitiative: Bund finanziert Radare für Moldau",
     "CHISINAU (dpa) - Die Bundesregierung finanziert aus der Ertüchtigungsinitiative Luftraumüberwachungsradare für "
     "die Republik Moldau. Das Land grenzt an die Ukraine und meldet immer wieder russische Drohnen in seinem "
     "Luftraum.", False),
    ("Germany sends more IRIS-T as Moscow demands end to Western arms",
     "BERLIN (Reuters) - Germany will deliver two more IRIS-T air defence systems to Ukraine this month, the defence "
     "ministry said on Friday, a day after Moscow demanded an end to Western weapons deliveries as a condition for a "
     "ceasefire.", True),
    ("Germany to send Ukraine two Patriots, buy replacements for its own forces",
     "BERLIN (Reuters) - Germany will send Ukraine two more Patriot systems and order new ones for its own forces, "
     "Defence Minister Boris Pistorius said on Tuesday.", True),
    ("Poland signs letter of intent for Korean K2 tanks",
     "WARSAW (Reuters) - Poland signed a letter of intent on Tuesday to buy 180 more K2 tanks from South Korea, "
     "citing lessons from the war in Ukraine, the defence ministry said.", False),
    ("Ukraine and Sweden sign letter of intent on up to 150 Gripen jets",
     "LINKOPING (Reuters) - Ukraine and Sweden signed a letter of intent on Wednesday for the sale of up to 150 Gripen "
     "fighter jets over the next decade, President Volodymyr Zelenskiy said during a visit to the Saab plant.", True),
    ("L'Ukraine aura du mal à payer ses soldats l'an prochain, prévient le FMI",
     "WASHINGTON (AFP) - L'Ukraine aura du mal à payer la solde de ses militaires et ses achats de munitions l'an "
     "prochain sans nouveaux prêts, a prévenu jeudi le Fonds monétaire international.", False),
]


@pytest.mark.parametrize(("headline", "lead", "relevant"), PROBES)
def test_probes_of_the_rounds_changes(defaults: RuleSet, headline: str, lead: str, relevant: bool):
    analysis = read(defaults, headline, lead)
    assert analysis.relevant == relevant, defaults.explain(analysis)


# ---------------------------------------------------------------- the readings of the round's changes

FRENCH_WEAPON_RULE = "aid (fr): a weapon close to a support word"
OWN_FORCES_TRAP = "Weapons a country buys for its own forces"
RUSSIAN_TERMS_TRAP = "Russia's terms in peace talks"
LETTER_OF_INTENT = "Ukraine signing a letter of intent"
BUDGET_LINE = "Germany's budget line for arming partners"
EXPLICIT_AID = "Explicit military aid close to Ukraine"


@pytest.mark.parametrize(("lead", "giving"), [
    ("PARIS (AFP) - Berlin a autorisé l'exportation de 25 chars Leopard 1 vers l'Ukraine.", True),
    ("PARIS (AFP) - L'acheminement de 30 blindés vers Kiev a commencé.", True),
    ("KIEV (AFP) - La Russie a lancé 60 drones et missiles vers l'Ukraine dans la nuit.", False),
    ("KIEV (AFP) - Des réfugiés repartent avec leurs blindés vers l'Ukraine.", False),
])
def test_towards_ukraine_is_a_destination_only_after_an_export_or_a_shipment(defaults: RuleSet, lead: str,
                                                                              giving: bool):
    analysis = defaults.analyze(lead)
    assert fired(analysis, FRENCH_WEAPON_RULE) == giving, defaults.explain(analysis)


@pytest.mark.parametrize(("lead", "trapped"), [
    ("THE HAGUE (Reuters) - The Netherlands will buy 46 tanks to re-establish its own tank battalion. The Dutch have "
     "given their older armoured vehicles to Ukraine.", True),
    ("PRAG (dpa) - Tschechien bestellt 44 Kampfpanzer für die eigene Armee.", True),
    # a giving to Ukraine now or to come beside the purchase
    ("BERLIN (Reuters) - Germany will send Ukraine two more Patriot systems and order new ones for its own forces.",
     False),
])
def test_weapons_bought_for_ones_own_forces(defaults: RuleSet, lead: str, trapped: bool):
    analysis = defaults.analyze(lead)
    assert fired(analysis, OWN_FORCES_TRAP) == trapped, defaults.explain(analysis)


@pytest.mark.parametrize(("lead", "trapped"), [
    ("GENF (dpa) - Moskau fordert, dass die Ukraine keine westlichen Waffen mehr erhält.", True),
    ("GENEVA (Reuters) - Moscow demanded an end to Western weapons deliveries to Ukraine.", True),
    # a giving told beside the demand
    ("BERLIN (Reuters) - Germany will deliver two more IRIS-T systems to Ukraine after Moscow demanded an end to "
     "Western weapons deliveries.", False),
    # Ukraine's own request is no Russian term
    ("KYIV (Reuters) - Zelensky demanded more weapons for Ukraine.", False),
])
def test_russias_terms_in_peace_talks(defaults: RuleSet, lead: str, trapped: bool):
    analysis = defaults.analyze(lead)
    assert fired(analysis, RUSSIAN_TERMS_TRAP) == trapped, defaults.explain(analysis)


@pytest.mark.parametrize(("lead", "signed"), [
    ("PARIS (AFP) - L'Ukraine a signé une lettre d'intention pour l'acquisition de 100 avions de combat Rafale.", True),
    ("KIEW (dpa) - Die Ukraine und Schweden unterzeichnen eine Absichtserklärung über Gripen-Kampfjets.", True),
    ("WARSAW (Reuters) - Poland signed a letter of intent for 180 K2 tanks, citing the war in Ukraine.", False),
])
def test_ukraine_signing_a_letter_of_intent_for_weapons(defaults: RuleSet, lead: str, signed: bool):
    analysis = defaults.analyze(lead)
    assert fired(analysis, LETTER_OF_INTENT) == signed, defaults.explain(analysis)


@pytest.mark.parametrize(("lead", "budget_line", "explicit"), [
    ("BERLIN (dpa) - Die Mittel der Ertüchtigungsinitiative steigen. Der größte Teil ist für die Ukraine vorgesehen.",
     True, False),
    ("BERLIN (dpa) - Die Ertüchtigungsinitiative für die Ukraine wächst auf neun Milliarden Euro.", True, True),
    # a neighbour of Ukraine paid for; an upgrade of Ukraine's grid
    ("CHISINAU (dpa) - Aus der Ertüchtigungsinitiative erhält Moldau Radare. Das Land grenzt an die Ukraine.", False,
     False),
    ("BERLIN (dpa) - Deutschland zahlt für die Ertüchtigung des ukrainischen Stromnetzes.", False, False),
])
def test_the_ertuechtigung_is_military_aid_as_a_budget_line_only(defaults: RuleSet, lead: str, budget_line: bool,
                                                                 explicit: bool):
    analysis = defaults.analyze(lead)
    assert fired(analysis, BUDGET_LINE) == budget_line, defaults.explain(analysis)
    assert fired(analysis, EXPLICIT_AID) == explicit, defaults.explain(analysis)
