"""A sixteenth round of wire copy, on short articles written for these tests (none is taken
from the real-article set), in English, French and German, each a headline and two to
four sentences, aimed at what agency copy does that the earlier rounds did not cover: Pentagon
drawdowns and USAI buys listed item by item, European Peace Facility tranches, the
Czech-led shell initiative named again without its nationality ("the initiative", "ce
mécanisme"), Nordic and Baltic joint purchases, Germany's Ertüchtigungsinitiative, French
"cession" and "livraison" with quantities in words ("une douzaine", "une soixantaine",
"plusieurs dizaines", "zwei Dutzend"), bounds ("up to", "more than", "au moins", "bis
zu"), amounts in SEK, NOK, DKK, CAD, AUD and PLN, several givers in one sentence (counts
"respectively"), conditions and refusals, past deliveries recalled beside a new pledge,
officials quoted, and a figure repeated in the headline and the body (one record). Each
article was labelled by hand before it was run, following the real-article set's
conventions (../shared/eval/README.md) and the earlier rounds', with its figure: the count
of things stated, else the sum of money, else none.
Run first (on this branch before any fix; main alike), 29 of the 50 were fully right
(records (donor, category, status) matched 141 / labelled 158 / predicted 163; with their
figures 128 of 158). One label was corrected after the first run: a sum told of several
givers ("a combined 1.2 billion euros") stays on each, not split, as the extractor's
records keep it (main reads 29 of 50 with it, figures 131). After the fixes below, 42
(154 / 158 / 164; figures 150 of 158); the eight left are strict xfails saying what is read
instead. A fresh check of 15, written after the fixes, read 11 right on its first run (44
/ 45 / 49, figures 43 of 45; main 11, 43 / 45 / 48, figures 40), 13 after the fixes at the
end of this file (44 / 45 / 45). Three of stop 34's four leftovers are mended here ("und
keine Kampfjets", a contact group its giver co-chairs, "finanziert die Entwicklung
ukrainischer Drohnen mit 300 Millionen Euro"; money paid "for its purchases of" shells is
left), and round 14's "training for 1,200 soldiers"; round 15's "training of 10,000
recruits" is now labelled with its count. The
real-article set reads as before (pledges predicted 196 / labelled 193 / matched 179;
stories pairP 1.00 pairR 0.86, hidden 0/72). Round 17 mended two leftovers (the Baltic drones'
and the Dutch shell money "dafür"): 43 of 50, the fresh check 14 of 15. Round 18 mended two
more (the Swedish package's worth told on its own, "à en livrer au moins 1,8 million"): 45 of
50. Round 30 mended the EU's tranche for "155mm shells" (the fresh check 15 of 15). The earlier
rounds are tests/pledges/test_pledges_wire.py to _15."""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, AMMO, ARMOUR, ARMS, MONEY, D, M, P, R, X
from tests.support.wire_reading import figures, in_three_languages

# ------------------------------------------------------------ the round's articles
# Each is (headline, body, records): the records labelled by hand before the first run,
# as (donor, category, status, figure), the figure the count of things stated, else the
# sum of money, else None. A figure told in the headline and again in the body is one
# record.

ENGLISH = [
    ("U.S. announces $400 million weapons package for Ukraine",
     "WASHINGTON (Reuters) - The United States on Tuesday announced a new $400 million weapons package for Ukraine, "
     "drawn from Pentagon stocks. The package includes four HIMARS launchers, 30 Bradley fighting vehicles, 10,000 "
     "rounds of 155mm artillery ammunition and 250 Javelin anti-tank missiles, the Pentagon said. \"We will keep "
     "standing with Ukraine,\" Defense Secretary Lloyd Austin said. It is the 60th drawdown from U.S. stocks since "
     "August 2021.",
     {("US", MONEY, P, 400e6), ("US", "artillery", P, 4), ("US", ARMOUR, P, 30), ("US", AMMO, P, 10000),
      ("US", ARMS, P, 250)}),
    ("Pentagon to order NASAMS interceptors for Ukraine",
     "WASHINGTON (Reuters) - The Pentagon will spend $1.2 billion under the Ukraine Security Assistance Initiative "
     "to buy NASAMS interceptors for Ukraine, officials said on Friday. Unlike drawdown packages, the equipment will "
     "be ordered from industry and may take years to arrive. The United States has already delivered two NASAMS "
     "batteries to Kyiv.",
     {("US", AIR, M, 1.2e9), ("US", AIR, D, 2)}),
    # (a strict xfail until the bloc and the headline's tranche were read, below)
    ("EU approves new Peace Facility tranche for Ukraine",
     "BRUSSELS (Reuters) - The European Union approved on Monday a new tranche of 500 million euros under the "
     "European Peace Facility to reimburse member states for ammunition sent to Ukraine, EU foreign policy chief "
     "Kaja Kallas said. Hungary, which had blocked the payments for months, abstained. The bloc has already paid out "
     "more than 11 billion euros for Ukraine through the facility.",
     {("EU", MONEY, P, 500e6), ("EU", MONEY, D, 11e9)}),
    pytest.param(
        "Denmark, Norway, Canada join Czech shell drive for Ukraine",
        "PRAGUE (Reuters) - Denmark, Norway and Canada will contribute to the Czech-led initiative to buy artillery "
        "shells for Ukraine outside Europe, Czech President Petr Pavel said on Wednesday. Denmark will give 1.5 billion "
        "Danish crowns and Norway 1 billion Norwegian crowns, he said. The initiative delivered around 1.5 million "
        "shells to Ukraine last year.",
        {("DK", AMMO, P, 1.5e9), ("NO", AMMO, P, 1e9), ("CA", AMMO, P, None), ("CZ", AMMO, D, 1.5e6)},
        marks=pytest.mark.xfail(strict=True, reason=(
            "labelled each giver's sum as the shells it buys; read as money (funding) beside shells without a "
            "figure: the sums are told with the verb gapped ('and Norway 1 billion Norwegian crowns') and the "
            "shells in the sentence before"
        ))),
    ("Nordic countries to jointly buy 50 CV90 vehicles for Ukraine",
     "STOCKHOLM (Reuters) - Sweden, Denmark, Finland and Norway will jointly buy 50 CV90 infantry fighting vehicles "
     "for Ukraine, the four governments said on Thursday. The vehicles, built by BAE Systems Hagglunds in northern "
     "Sweden, are to be delivered next year. \"This is Nordic cooperation at its best,\" Swedish Defence Minister Pal "
     "Jonson said.",
     {("SE", ARMOUR, P, None), ("DK", ARMOUR, P, None), ("FI", ARMOUR, P, None), ("NO", ARMOUR, P, None)}),
    ("Baltic states to fund Ukrainian-made drones",
     "VILNIUS (Reuters) - Lithuania, Latvia and Estonia will jointly finance up to 1,000 drones made in Ukraine, the "
     "three Baltic defence ministers said on Friday. Ukraine's defence minister welcomed the decision. The drones will "
     "be built by Ukrainian firms and paid for directly by the three governments.",
     {("LT", "drones", M, None), ("LV", "drones", M, None), ("EE", "drones", M, None)}),
    ("Canada pledges C$500 million in military aid to Ukraine",
     "OTTAWA (Reuters) - Canada will provide Ukraine with C$500 million ($365 million) in military aid, including "
     "more than 200 armoured vehicles and at least 50,000 rounds of artillery ammunition, Defence Minister Bill Blair "
     "said on Tuesday. The announcement came as Blair met his Ukrainian counterpart in Ottawa. Canada has delivered "
     "eight Leopard 2 tanks to Ukraine since 2023.",
     {("CA", MONEY, P, 500e6), ("CA", ARMOUR, P, 200), ("CA", AMMO, P, 50000), ("CA", "tanks", D, 8)}),
    pytest.param(
        "Australia to send retired Abrams tanks to Ukraine",
        "CANBERRA (Reuters) - Australia will send 49 retired M1A1 Abrams tanks to Ukraine in a package worth A$245 "
        "million ($160 million), Defence Minister Richard Marles said on Thursday. Marles said the decision followed a "
        "request from Kyiv. Australia has previously given Ukraine 120 Bushmaster armoured vehicles.",
        {("AU", "tanks", P, 49), ("AU", ARMOUR, D, 120)},
        marks=pytest.mark.xfail(strict=True, reason=(
            "labelled the tanks with their worth, one record; 'in a package worth A$245 million' after the tanks "
            "is also read as money of its own"
        ))),
    ("Sweden rules out Gripen jets for Ukraine for now",
     "STOCKHOLM (Reuters) - Sweden will not send Gripen fighter jets to Ukraine until deliveries of F-16s are "
     "complete, Prime Minister Ulf Kristersson said on Tuesday, but it will provide a further 5 billion crowns for "
     "air defence. Sweden has delivered 50 CV90 combat vehicles and 10 Leopard 2 tanks to Kyiv since the invasion.",
     {("SE", "aircraft", R, None), ("SE", AIR, P, 5e9), ("SE", ARMOUR, D, 50), ("SE", "tanks", D, 10)}),
    ("Norway gives Ukraine 3 billion crowns for long-range drones",
     "OSLO (Reuters) - Norway will give Ukraine 3 billion Norwegian crowns ($280 million) to buy long-range drones, "
     "and will pay for the training of 500 Ukrainian drone operators, Defence Minister Tore Sandvik said on "
     "Wednesday. Norway has given Ukraine more than 20 billion crowns in military aid this year, he said.",
     {("NO", "drones", P, 3e9), ("NO", "training", P, 500), ("NO", MONEY, D, 20e9)}),
    ("Belgium to send first F-16s in 2026",
     "COPENHAGEN (Reuters) - Denmark and the Netherlands have delivered all the F-16 jets they promised to Ukraine, "
     "while Norway's six jets will follow by the end of the year, the governments said on Friday. Belgium, which has "
     "pledged 30 F-16s, said on Thursday it would send the first ones only in 2026.",
     {("DK", "aircraft", D, None), ("NL", "aircraft", D, None), ("NO", "aircraft", P, 6), ("BE", "aircraft", P, 30)}),
    ("Poland sets condition for more jets to Ukraine",
     "WARSAW (Reuters) - Poland will not send more fighter jets to Ukraine unless its own air force receives "
     "replacements, Defence Minister Wladyslaw Kosiniak-Kamysz said on Monday. Warsaw has already delivered 14 MiG-29 "
     "jets to Kyiv. The government approved a 45th aid package worth 200 million zlotys ($50 million) last week, "
     "mainly ammunition.",
     {("PL", "aircraft", R, None), ("PL", "aircraft", D, 14), ("PL", MONEY, P, 200e6), ("PL", AMMO, P, None)}),
    # (a strict xfail until 'Both countries' took the last pair that gave, below)
    ("Germany, France to send more air defence before winter",
     "BERLIN (Reuters) - Germany and France will send Ukraine four and two air defence systems respectively before "
     "winter, the two defence ministers said at a joint news conference in Berlin on Monday. \"Air defence is the "
     "priority,\" German Defence Minister Boris Pistorius said. Both countries have already delivered several "
     "systems, among them IRIS-T and SAMP/T.",
     {("DE", AIR, P, 4), ("FR", AIR, P, 2), ("DE", AIR, D, None), ("FR", AIR, D, None)}),
    ("Germany to deliver two more Patriot systems, Pistorius says in Kyiv",
     "KYIV (Reuters) - \"Germany will deliver two more Patriot systems to Ukraine by the end of the year,\" German "
     "Defence Minister Boris Pistorius told reporters in Kyiv on Thursday. He said Berlin would also provide up to "
     "300 million euros for long-range drones made in Ukraine. Germany has already given Ukraine three Patriot "
     "systems.",
     {("DE", AIR, P, 2), ("DE", "drones", M, 300e6), ("DE", AIR, D, 3)}),
    ("France to deliver up to 40 Scalp missiles to Ukraine",
     "PARIS (Reuters) - France will deliver up to 40 more Scalp cruise missiles to Ukraine, President Emmanuel Macron "
     "said on Tuesday after a call with Volodymyr Zelensky. France first sent Scalp missiles to Ukraine in 2023. "
     "Macron said sending French troops to Ukraine was not on the table \"for now\".",
     {("FR", "missiles", P, 40), ("FR", "missiles", D, None)}),
    ("Allies pledge 1.2 billion euros for Ukraine air defence",
     "BRUSSELS (Reuters) - Germany, the Netherlands and Denmark pledged on Wednesday a combined 1.2 billion euros for "
     "air defence for Ukraine at a meeting of the Ukraine Defence Contact Group, co-chair John Healey said. Allies "
     "have delivered more than 50 air defence systems to Ukraine since 2022, he added.",
     # (labelled None before the run; corrected: a sum told of several givers is not split
     # and stays on each, the record marking it shared, as item_records._records keeps it)
     {("DE", AIR, P, None), ("NL", AIR, P, None), ("DK", AIR, P, None), ("ALLIES", AIR, D, 50)}),
    ("Spain rules out Leopard 2A6 tanks, sends Hawk missiles",
     "MADRID (Reuters) - Spain has ruled out sending its Leopard 2A6 tanks to Ukraine, saying they are needed at home, "
     "but will deliver another batch of Hawk missiles and 20 M113 armoured personnel carriers, Defence Minister "
     "Margarita Robles said on Wednesday. Spain sent 10 Leopard 2A4 tanks to Ukraine in 2023.",
     {("ES", "tanks", R, None), ("ES", AIR, P, None), ("ES", ARMOUR, P, 20), ("ES", "tanks", D, 10)}),
    ("Italy weighs second SAMP/T for Ukraine",
     "ROME (Reuters) - Italy is considering sending a second SAMP/T air defence system to Ukraine, Foreign Minister "
     "Antonio Tajani said on Monday, adding that no decision would be taken before the summer. Rome delivered its "
     "first SAMP/T battery, jointly with France, in 2023.",
     {("IT", AIR, X, None), ("IT", AIR, D, None), ("FR", AIR, D, None)}),
    ("Dutch to send over 100 armoured vehicles to Ukraine",
     "THE HAGUE (Reuters) - The Netherlands will send Ukraine more than 100 armoured vehicles from its own stocks, "
     "including YPR infantry fighting vehicles, Defence Minister Ruben Brekelmans said on Friday. The Dutch "
     "government has set aside 3.5 billion euros for military aid to Ukraine next year. The Netherlands delivered its "
     "last F-16 fighter jets to Ukraine in May.",
     {("NL", ARMOUR, P, 100), ("NL", MONEY, P, 3.5e9), ("NL", "aircraft", D, None)}),
    ("Britain to hand Ukraine a dozen AS-90 guns",
     "LONDON (Reuters) - Britain will hand Ukraine a dozen AS-90 self-propelled guns and up to 5,000 Starstreak air "
     "defence missiles, Prime Minister Keir Starmer said on Saturday. \"Ukraine will have what it needs,\" Starmer "
     "said. Britain has trained more than 50,000 Ukrainian troops since 2022.",
     {("GB", "artillery", P, 12), ("GB", AIR, P, 5000), ("GB", "training", D, 50000)}),
]

FRENCH = [
    ("La France va céder une douzaine de canons Caesar à l'Ukraine",
     "PARIS (AFP) - La France va céder à l'Ukraine une douzaine de canons Caesar supplémentaires, a annoncé mardi le "
     "ministre des Armées Sébastien Lecornu. Ces canons, prélevés sur les stocks de l'armée de Terre, seront livrés "
     "d'ici l'été. Paris a déjà livré une trentaine de Caesar à Kiev depuis 2022.",
     {("FR", "artillery", P, 12), ("FR", "artillery", D, 30)}),
    ("Berlin a livré des dizaines de Marder depuis janvier",
     "BERLIN (AFP) - L'Allemagne a livré à l'Ukraine plusieurs dizaines de véhicules blindés Marder et au moins "
     "20 000 obus depuis le début de l'année, a indiqué jeudi le gouvernement allemand. Berlin prévoit en outre de "
     "financer jusqu'à 500 drones d'attaque, a précisé un porte-parole.",
     {("DE", ARMOUR, D, None), ("DE", AMMO, D, 20000), ("DE", "drones", P, 500)}),
    ("Facilité européenne pour la paix : nouvelle tranche de 5 milliards pour Kiev",
     "BRUXELLES (AFP) - Les Vingt-Sept ont approuvé lundi une nouvelle tranche de 5 milliards d'euros de la Facilité "
     "européenne pour la paix (FEP) destinée à l'aide militaire à l'Ukraine, a annoncé la cheffe de la diplomatie "
     "européenne Kaja Kallas. Cette enveloppe doit notamment financer l'achat de munitions et de missiles de défense "
     "aérienne. La Hongrie s'est abstenue.",
     {("EU", MONEY, P, 5e9), ("EU", AMMO, P, None), ("EU", AIR, P, None)}),
    pytest.param(
        "Obus pour l'Ukraine : Amsterdam et Copenhague renflouent l'initiative tchèque",
        "PRAGUE (AFP) - Les Pays-Bas et le Danemark vont verser respectivement 250 et 200 millions d'euros à "
        "l'initiative tchèque d'achat d'obus pour l'Ukraine, a annoncé mercredi le gouvernement tchèque. Grâce à ce "
        "mécanisme, Kiev a reçu au moins 500 000 obus de gros calibre depuis janvier.",
        {("NL", AMMO, P, 250e6), ("DK", AMMO, P, 200e6), ("CZ", AMMO, D, 500000)},
        marks=pytest.mark.xfail(strict=True, reason=(
            "labelled each giver's sum as the shells it buys; read as money (funding), both at 200 million "
            "('respectivement 250 et 200 millions' is split for counts, not sums), beside shells without a figure"
        ))),
    ("Rome pose ses conditions pour de nouveaux Storm Shadow",
     "ROME (AFP) - L'Italie n'enverra pas de missiles Storm Shadow supplémentaires à l'Ukraine tant que Kiev ne "
     "s'engage pas à ne pas les utiliser sur le territoire russe, a déclaré jeudi le ministre de la Défense Guido "
     "Crosetto. Rome a déjà livré à l'Ukraine plusieurs systèmes d'artillerie et un système de défense aérienne "
     "SAMP/T.",
     {("IT", "missiles", R, None), ("IT", "artillery", D, None), ("IT", AIR, D, None)}),
    ("La Pologne a livré une soixantaine de chars PT-91 à Kiev",
     "VARSOVIE (AFP) - La Pologne a achevé la livraison d'une soixantaine de chars PT-91 à l'Ukraine, a annoncé lundi "
     "le ministère polonais de la Défense. Varsovie s'est aussi engagée à fournir quelques centaines de drones de "
     "reconnaissance d'ici la fin de l'année.",
     {("PL", "tanks", D, 60), ("PL", "drones", P, None)}),
    ("Le Canada consacre 500 millions de dollars aux munitions pour Kiev",
     "OTTAWA (AFP) - Le Canada va consacrer 500 millions de dollars canadiens à l'achat de munitions d'artillerie pour "
     "l'Ukraine, a annoncé mardi le ministre de la Défense Bill Blair. Ottawa a déjà livré à Kiev huit chars Leopard 2 "
     "ainsi que des obusiers M777.",
     {("CA", AMMO, P, 500e6), ("CA", "tanks", D, 8), ("CA", "artillery", D, None)}),
    ("Défense aérienne : nouvelles promesses au groupe de contact",
     "BRUXELLES (AFP) - La Suède, la Finlande et l'Estonie ont promis mercredi de nouveaux systèmes de défense "
     "antiaérienne à l'Ukraine lors de la réunion du groupe de contact, tandis que l'Allemagne a annoncé la livraison "
     "de quatre systèmes Iris-T supplémentaires. Le secrétaire américain à la Défense n'a annoncé aucune nouvelle "
     "aide.",
     {("SE", AIR, P, None), ("FI", AIR, P, None), ("EE", AIR, P, None), ("DE", AIR, P, 4)}),
    ("Washington annonce 725 millions de dollars d'aide militaire à Kiev",
     "WASHINGTON (AFP) - Le Pentagone a annoncé jeudi une nouvelle tranche d'aide militaire de 725 millions de "
     "dollars pour l'Ukraine, puisée dans les stocks américains. Elle comprend des munitions pour les lance-roquettes "
     "Himars, une centaine de véhicules blindés Humvee et plus de 2 000 missiles antichars. C'est la 70e tranche de "
     "ce type depuis août 2021.",
     {("US", MONEY, P, 725e6), ("US", AMMO, P, None), ("US", ARMOUR, P, 100), ("US", ARMS, P, 2000)}),
    ("La Norvège financera au moins 20 000 obus pour l'Ukraine",
     "OSLO (AFP) - La Norvège va financer l'achat d'au moins 20 000 obus d'artillerie pour l'Ukraine auprès du groupe "
     "Nammo, pour un montant de 1,2 milliard de couronnes (environ 100 millions d'euros), a annoncé le gouvernement "
     "norvégien. Oslo a déjà cédé à Kiev des systèmes NASAMS et une partie de ses obusiers M109.",
     {("NO", AMMO, P, 20000), ("NO", AIR, D, None), ("NO", "artillery", D, None)}),
    ("La Belgique livrera ses premiers F-16 sous conditions",
     "BRUXELLES (AFP) - La Belgique livrera ses premiers F-16 à l'Ukraine d'ici la fin de l'année, à condition que "
     "les F-35 qui doivent les remplacer soient arrivés, a indiqué le ministre de la Défense. Au total, Bruxelles a "
     "promis 30 chasseurs F-16 à Kiev d'ici 2028.",
     {("BE", "aircraft", P, 30)}),
    ("L'Espagne enverra au moins six systèmes Hawk à l'Ukraine",
     "MADRID (AFP) - « L'Espagne enverra au moins six systèmes Hawk supplémentaires à l'Ukraine cette année », a "
     "déclaré mercredi la ministre de la Défense Margarita Robles devant le Congrès. Madrid a déjà livré une dizaine "
     "de chars Leopard 2A4 et plusieurs batteries de missiles Aspide.",
     {("ES", AIR, P, 6), ("ES", "tanks", D, 10), ("ES", AIR, D, None)}),
    ("Séoul et Tokyo refusent toujours d'armer Kiev",
     "SÉOUL (AFP) - La Corée du Sud et le Japon refusent toujours de livrer des armes létales à l'Ukraine, malgré les "
     "demandes répétées de Kiev, a rappelé mardi le président Volodymyr Zelensky. Les deux pays ont en revanche "
     "fourni une aide humanitaire importante.",
     {("KR", "other", R, None), ("JP", "other", R, None)}),
    # (a strict xfail until round 18 read a bound between the partitive's verb and its count)
    ("L'initiative tchèque a livré 1,5 million d'obus à l'Ukraine",
     "PRAGUE (AFP) - L'initiative tchèque d'achat de munitions a permis de livrer 1,5 million d'obus à l'Ukraine l'an "
     "dernier, a affirmé dimanche le président Petr Pavel. Prague s'est engagée à en livrer au moins 1,8 million cette "
     "année.",
     {("CZ", AMMO, D, 1.5e6), ("CZ", AMMO, P, 1.8e6)}),
    ("Le Danemark annonce un 25e paquet d'aide militaire",
     "COPENHAGUE (AFP) - Le Danemark a annoncé mardi un 25e paquet d'aide militaire à l'Ukraine de 4,2 milliards de "
     "couronnes danoises, comprenant notamment des munitions et des drones. Copenhague a déjà cédé à Kiev la totalité "
     "de ses canons Caesar, soit 19 pièces, a rappelé le ministre de la Défense.",
     {("DK", MONEY, P, 4.2e9), ("DK", AMMO, P, None), ("DK", "drones", P, None), ("DK", "artillery", D, 19)}),
]

GERMAN = [
    ("Deutschland stellt 8 Milliarden Euro für Ukraine-Hilfe bereit",
     "BERLIN (dpa) - Die Bundesregierung stellt der Ukraine über die Ertüchtigungsinitiative in diesem Jahr rund 8 "
     "Milliarden Euro für Militärhilfe bereit. Davon sollen unter anderem Flugabwehrsysteme, Munition und Drohnen "
     "beschafft werden, teilte das Verteidigungsministerium mit. Im vergangenen Jahr hatte Deutschland über das "
     "Programm 7,1 Milliarden Euro ausgezahlt.",
     {("DE", MONEY, P, 8e9), ("DE", AIR, P, None), ("DE", AMMO, P, None), ("DE", "drones", P, None),
      ("DE", MONEY, D, 7.1e9)}),
    pytest.param(
        "Dänemark will zwei Dutzend CV90 an Kiew liefern",
        "KOPENHAGEN (dpa) - Dänemark will der Ukraine zwei Dutzend weitere Schützenpanzer vom Typ CV90 liefern. Die "
        "Fahrzeuge sollen gemeinsam mit Schweden finanziert werden, sagte Verteidigungsminister Troels Lund Poulsen. "
        "Bereits im vergangenen Jahr hatte Dänemark alle seine Caesar-Haubitzen an Kiew abgegeben.",
        {("DK", ARMOUR, P, 24), ("SE", ARMOUR, P, 24), ("DK", "artillery", D, None)},
        marks=pytest.mark.xfail(strict=True, reason=(
            "labelled Sweden's share of the joint purchase; 'Die Fahrzeuge sollen gemeinsam mit Schweden "
            "finanziert werden' is read as money without a sum for both, not as the vehicles named in the "
            "sentence before"
        ))),
    ("Norwegen liefert bis zu 100 Nasams-Raketen",
     "OSLO (dpa) - Norwegen will der Ukraine bis zu 100 Flugabwehrraketen für Nasams-Systeme liefern. Das Paket hat "
     "einen Wert von 2,5 Milliarden Kronen (etwa 215 Millionen Euro), wie die Regierung mitteilte. Norwegen hatte der "
     "Ukraine zuvor bereits Nasams-Startgeräte übergeben.",
     {("NO", AIR, P, 100), ("NO", AIR, D, None)}),
    ("Kontaktgruppe: Weitere Flugabwehr für die Ukraine",
     "BRÜSSEL (dpa) - Deutschland, Frankreich und Italien haben der Ukraine beim Treffen der Kontaktgruppe weitere "
     "Flugabwehrsysteme zugesagt. Großbritannien kündigte mehr als 1.000 Flugabwehrraketen an, wie "
     "Verteidigungsminister John Healey sagte. Die Ukraine bittet seit Monaten um mehr Schutz vor russischen "
     "Raketenangriffen.",
     {("DE", AIR, P, None), ("FR", AIR, P, None), ("IT", AIR, P, None), ("GB", AIR, P, 1000)}),
    ("Berlin gibt 300 Millionen für tschechische Munitionsinitiative",
     "PRAG (dpa) - Deutschland beteiligt sich mit weiteren 300 Millionen Euro an der tschechischen Munitionsinitiative "
     "für die Ukraine. Damit sollen mindestens 180.000 Artilleriegranaten aus Drittstaaten beschafft werden, teilte "
     "das Verteidigungsministerium in Berlin mit. Über die Initiative hat die Ukraine im vergangenen Jahr etwa 1,5 "
     "Millionen Granaten erhalten.",
     {("DE", AMMO, P, 180000), ("CZ", AMMO, D, 1.5e6)}),
    ("Polen sagt Kiew neues Hilfspaket zu",
     "WARSCHAU (dpa) - Polen hat der Ukraine ein weiteres Militärhilfepaket im Wert von 300 Millionen Zloty (rund 70 "
     "Millionen Euro) zugesagt. Es enthält nach Angaben des Verteidigungsministeriums vor allem Artilleriemunition und "
     "Ersatzteile für Panzer. Kampfjets werde Polen vorerst nicht mehr liefern, sagte Minister Władysław "
     "Kosiniak-Kamysz.",
     {("PL", MONEY, P, 300e6), ("PL", AMMO, P, None), ("PL", "other", P, None), ("PL", "aircraft", R, None)}),
    ("Pistorius: Zwei weitere Iris-T noch in diesem Jahr",
     "BERLIN (dpa) - „Wir werden der Ukraine noch in diesem Jahr zwei weitere Iris-T-Systeme liefern“, sagte "
     "Verteidigungsminister Boris Pistorius am Dienstag. Bislang hat Deutschland sechs Iris-T-Systeme übergeben. Eine "
     "Lieferung von Taurus-Marschflugkörpern lehnte Pistorius erneut ab.",
     {("DE", AIR, P, 2), ("DE", AIR, D, 6), ("DE", "missiles", R, None)}),
    # (a strict xfail until round 18 read a package's worth told in a sentence of its own)
    ("Schweden schnürt 19. Hilfspaket für die Ukraine",
     "STOCKHOLM (dpa) - Schweden schickt der Ukraine mehrere Dutzend Schützenpanzer vom Typ CV90 sowie Munition für "
     "die Archer-Haubitzen. Das 19. Hilfspaket hat einen Wert von 13,5 Milliarden Kronen, teilte die Regierung mit. "
     "Schweden hatte bereits 2023 zwölf Archer-Haubitzen übergeben.",
     {("SE", ARMOUR, P, None), ("SE", AMMO, P, None), ("SE", MONEY, P, 13.5e9), ("SE", "artillery", D, 12)}),
    # (a strict xfail until round 20: who asks for leave to pass on is the would-be giver, not the one asked)
    ("Schweiz bleibt bei Nein zu Gepard-Munition",
     "BERN (dpa) - Die Schweiz lehnt die Weitergabe von Munition für Gepard-Panzer an die Ukraine weiterhin ab. "
     "Deutschland hatte um die Erlaubnis gebeten, rund 12.000 Schuss Schweizer Munition an Kiew weiterzugeben. Der "
     "Bundesrat verwies auf die Neutralität des Landes.",
     {("CH", AMMO, R, None), ("DE", AMMO, X, 12000)}),
    # (a strict xfail until round 17 read a sum "dafür" as paying for the last sentence's things)
    ("Baltische Staaten kaufen gemeinsam Drohnen für Kiew",
     "RIGA (dpa) - Lettland, Litauen und Estland wollen gemeinsam bis zu 5.000 Drohnen für die Ukraine kaufen. Die "
     "baltischen Staaten stellen dafür zusammen 30 Millionen Euro bereit, sagten die Verteidigungsminister in Riga. "
     "Lettland führt zusammen mit Großbritannien die internationale Drohnen-Koalition für Kiew.",
     {("LV", "drones", P, None), ("LT", "drones", P, None), ("EE", "drones", P, None)}),
    ("Kanada liefert 50 weitere Fahrzeuge",
     "OTTAWA (dpa) - Kanada liefert der Ukraine weitere 50 gepanzerte Fahrzeuge vom Typ Senator im Wert von 80 "
     "Millionen kanadischen Dollar. Zuvor hatte Ottawa bereits acht Leopard-2-Panzer und M777-Haubitzen übergeben, "
     "wie das Verteidigungsministerium mitteilte.",
     {("CA", ARMOUR, P, 50), ("CA", "tanks", D, 8), ("CA", "artillery", D, None)}),
    ("Australien schickt Abrams-Panzer",
     "CANBERRA (dpa) - Australien schickt der Ukraine 49 ausgemusterte Kampfpanzer vom Typ Abrams. Die Panzer sollen "
     "in den kommenden Monaten eintreffen, teilte Verteidigungsminister Richard Marles mit. Australien hat der Ukraine "
     "bislang 120 Bushmaster-Fahrzeuge überlassen.",
     {("AU", "tanks", P, 49), ("AU", ARMOUR, D, 120)}),
    ("EU gibt weitere 1,5 Milliarden aus russischen Zinserträgen frei",
     "BRÜSSEL (dpa) - Die EU-Staaten haben eine weitere Tranche von 1,5 Milliarden Euro aus Zinserträgen "
     "eingefrorener russischer Vermögen für die Ukraine freigegeben. Das Geld soll vor allem für Flugabwehr und "
     "Artilleriemunition verwendet werden. Bereits im Sommer war eine erste Tranche von 1,4 Milliarden Euro "
     "ausgezahlt worden.",
     {("EU", MONEY, P, 1.5e9), ("EU", AIR, P, None), ("EU", AMMO, P, None), ("EU", MONEY, D, 1.4e9)}),
    ("Regierung prüft Lieferung weiterer Leopard-1-Panzer",
     "BERLIN (dpa) - Die Bundesregierung prüft die Lieferung von bis zu 20 weiteren Leopard-1-Panzern an die Ukraine. "
     "Eine Entscheidung sei noch nicht gefallen, sagte ein Regierungssprecher. Deutschland und Dänemark haben der "
     "Ukraine bislang gemeinsam mehr als 100 Leopard-1-Panzer geliefert.",
     {("DE", "tanks", X, 20), ("DE", "tanks", D, None), ("DK", "tanks", D, None)}),
    ("USA sagen Ukraine Waffen für 250 Millionen Dollar zu",
     "WASHINGTON (dpa) - Die US-Regierung hat der Ukraine ein weiteres Waffenpaket im Wert von 250 Millionen Dollar "
     "aus Beständen des Pentagons zugesagt. Es enthält unter anderem Munition für Himars-Raketenwerfer, "
     "Stinger-Flugabwehrraketen und zwei Dutzend gepanzerte Fahrzeuge vom Typ Bradley, wie das Pentagon mitteilte. "
     "Seit Kriegsbeginn haben die USA der Ukraine Militärhilfe von mehr als 65 Milliarden Dollar geleistet.",
     {("US", MONEY, P, 250e6), ("US", AMMO, P, None), ("US", AIR, P, None), ("US", ARMOUR, P, 24),
      ("US", MONEY, D, 65e9)}),
]


ARTICLES = in_three_languages(ENGLISH, FRENCH, GERMAN)


@pytest.mark.parametrize(("lang", "title", "text", "expected"), ARTICLES)
def test_wire_articles_give_their_labelled_records_and_figures(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected


# ------------------------------------------------------------ readings the round showed


# Training is counted in the people trained: the count inside the training words
# ("has trained more than 50,000 Ukrainian troops") or right after them, before the
# trainees ("training for 1,200 soldiers", "former 2 000 soldats", "die Ausbildung von
# 5.000 Soldaten"). A count of things trained on is the things'.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Britain has trained more than 50,000 Ukrainian troops since 2022.", {("GB", "training", D, 50000)}),
        ("en", "Norway will pay for the training of 500 Ukrainian drone operators.", {("NO", "training", P, 500)}),
        ("en", "Norway will give Ukraine training for 1,200 Ukrainian soldiers.", {("NO", "training", P, 1200)}),
        ("fr", "La France va former 2 000 soldats ukrainiens.", {("FR", "training", P, 2000)}),
        ("de", "Deutschland hat bislang 10.000 ukrainische Soldaten ausgebildet.", {("DE", "training", D, 10000)}),
        # the things trained on are counted, not the training
        ("en", "Germany will train pilots on 20 F-16 jets.", {("DE", "training", P, None)}),
    ],
)
def test_training_is_counted_in_the_people_trained(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


# Counts told "respectively" of as many givers go one to each, in their order; without
# the word, a count told of several givers stays nobody's share.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Germany and France will send Ukraine four and two air defence systems respectively.",
         {("DE", AIR, P, 4), ("FR", AIR, P, 2)}),
        ("en", "Germany, France and Italy will send Ukraine 4, 2 and 1 air defence systems respectively.",
         {("DE", AIR, P, 4), ("FR", AIR, P, 2), ("IT", AIR, P, 1)}),
        ("fr", "L'Allemagne et la France vont livrer respectivement 20 et 12 canons à l'Ukraine.",
         {("DE", "artillery", P, 20), ("FR", "artillery", P, 12)}),
        ("en", "Germany and France will send Ukraine four air defence systems.", {("DE", AIR, P, None), ("FR", AIR, P, None)}),
    ],
)
def test_counts_told_respectively(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


# A scheme named with its nationality and then again without it ("the initiative", "die
# Initiative", "ce mécanisme") names the same donor.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Denmark will contribute to the Czech-led initiative to buy shells for Ukraine. The initiative "
         "delivered 1.5 million shells to Ukraine last year.", {("DK", AMMO, P, None), ("CZ", AMMO, D, 1500000)}),
        ("de", "Deutschland beteiligt sich mit 300 Millionen Euro an der tschechischen Munitionsinitiative für die "
         "Ukraine. Über die Initiative hat die Ukraine 1,5 Millionen Granaten erhalten.",
         # (money paid into the initiative is the payer's funding: relabelled by pledges round 34)
         {("DE", "funding", P, 300e6), ("CZ", AMMO, D, 1500000)}),
        ("fr", "Les Pays-Bas financent l'initiative tchèque d'achat d'obus. Grâce à ce mécanisme, Kiev a reçu 500 000 "
         "obus.", {("NL", AMMO, P, None), ("CZ", AMMO, D, 500000)}),
    ],
)
def test_a_scheme_named_again_names_its_donor(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


# A meeting of the allies' formats where countries promised is where, not who ("beim
# Treffen der Kontaktgruppe", "lors de la réunion du groupe de contact", "at a meeting of
# the Ukraine Defence Contact Group"); a headline's allies summing up the countries the
# body names are no giver of their own. The allies named as givers still give.
@pytest.mark.parametrize(
    ("lang", "title", "text", "expected"),
    [
        ("de", "", "Deutschland, Frankreich und Italien haben der Ukraine beim Treffen der Kontaktgruppe weitere "
         "Flugabwehrsysteme zugesagt.", {("DE", AIR, P, None), ("FR", AIR, P, None), ("IT", AIR, P, None)}),
        ("en", "", "Germany pledged more air defence for Ukraine at a meeting of the Ukraine Defence Contact Group.",
         {("DE", AIR, P, None)}),
        ("de", "Kontaktgruppe: Mehr Flugabwehr für die Ukraine", "Deutschland und Italien haben der Ukraine weitere "
         "Flugabwehrsysteme zugesagt.", {("DE", AIR, P, None), ("IT", AIR, P, None)}),
        # the allies giving
        ("de", "", "Beim Treffen der Kontaktgruppe sagten die Verbündeten weitere Flugabwehr zu.", {("ALLIES", AIR, P, None)}),
        ("en", "Allies pledge more air defence for Ukraine", "The allies pledged more air defence on Wednesday.",
         {("ALLIES", AIR, P, None)}),
    ],
)
def test_a_meeting_format_is_where_not_who(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected


# Small forms of wire copy: "set aside" promises money; an adverb between intending and
# giving ("prévoit en outre de financer"); "ainsi que" joins two things; a count in
# apposition ("soit 19 pièces", "insgesamt 19 Stück"); money told what it is for ("the
# money will be used for", "das Geld soll ... verwendet werden"; not things used); money
# paid under a programme still buys what follows, a contract under USAI; "to order" in a
# headline; what money is to reimburse was given before.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The Dutch government has set aside 3.5 billion euros for military aid to Ukraine next year.",
         {("NL", MONEY, P, 3.5e9)}),
        ("fr", "Berlin prévoit en outre de financer jusqu'à 500 drones d'attaque pour l'Ukraine.", {("DE", "drones", P, 500)}),
        ("fr", "Le Canada a livré à Kiev huit chars ainsi que des obusiers.",
         {("CA", "tanks", D, 8), ("CA", "artillery", D, None)}),
        ("fr", "Copenhague a cédé à Kiev la totalité de ses canons Caesar, soit 19 pièces.", {("DK", "artillery", D, 19)}),
        ("de", "Dänemark hat alle seine Caesar-Haubitzen an Kiew abgegeben, insgesamt 19 Stück.",
         {("DK", "artillery", D, 19)}),
        ("en", "The EU approved 1.5 billion euros for Ukraine. The money will be used mainly for air defence.",
         {("EU", MONEY, P, 1.5e9), ("EU", AIR, P, None)}),
        ("de", "Die EU hat 1,5 Milliarden Euro für die Ukraine freigegeben. Das Geld soll vor allem für Flugabwehr "
         "verwendet werden.", {("EU", MONEY, P, 1.5e9), ("EU", AIR, P, None)}),
        ("en", "Germany sent 20 tanks to Ukraine last year. The tanks will be used in the east.", {("DE", "tanks", D, 20)}),
        ("en", "The Pentagon will spend $1.2 billion under the Ukraine Security Assistance Initiative to buy NASAMS "
         "interceptors for Ukraine.", {("US", AIR, M, 1.2e9)}),
        ("en", "Norway will give 500 million crowns through the Ukraine fund to buy drones.", {("NO", "drones", P, 500e6)}),
        ("en", "The EU approved 500 million euros to reimburse member states for ammunition sent to Ukraine.",
         {("EU", MONEY, P, 500e6)}),
        ("fr", "L'UE va verser 500 millions d'euros pour rembourser les États membres des armes livrées à l'Ukraine.",
         {("EU", MONEY, P, 500e6)}),
    ],
)
def test_small_forms_of_wire_copy(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


def test_a_headline_to_order_is_an_order() -> None:
    assert figures("Pentagon to order NASAMS interceptors for Ukraine", "en") == {("US", AIR, M, None)}
    assert figures("Germany will send tanks in order to help Ukraine.", "en") == {("DE", "tanks", P, None)}


# ------------------------------------------------------------ stop 34's leftovers


# "und keine", "and no", "et aucun" set the thing apart as "but not" does: refused beside
# what is given; a decision withheld ("and no decision on jets") is still a decision to
# come.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "Deutschland liefert der Ukraine 20 Panzer und keine Kampfjets.",
         {("DE", "tanks", P, 20), ("DE", "aircraft", R, None)}),
        ("en", "Germany will send Ukraine 20 tanks and no fighter jets.", {("DE", "tanks", P, 20), ("DE", "aircraft", R, None)}),
        ("fr", "L'Allemagne va livrer 20 chars et aucun avion de combat à l'Ukraine.",
         {("DE", "tanks", P, 20), ("DE", "aircraft", R, None)}),
        ("en", "Germany will send Ukraine 20 tanks, and no decision on jets has been taken.",
         {("DE", "tanks", X, 20), ("DE", "aircraft", X, None)}),
    ],
)
def test_and_none_sets_a_thing_apart(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


# A contact group told as what the giver leads, in a clause between commas, is no giver.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "Großbritannien, das die Kontaktgruppe gemeinsam mit Deutschland als Ko-Vorsitzender leitet, wird der "
         "Ukraine 100 Drohnen liefern.", {("GB", "drones", P, 100)}),
        ("en", "Britain, which co-chairs the contact group, will send 100 drones to Ukraine.", {("GB", "drones", P, 100)}),
        ("fr", "Le Royaume-Uni, qui copréside le groupe de contact, va livrer 100 drones à l'Ukraine.",
         {("GB", "drones", P, 100)}),
    ],
)
def test_a_contact_group_led_is_no_giver(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


# ------------------------------------------------------------ a fresh check


# Written and labelled after the fixes above and before running them: more of the same
# kinds of copy in other words (a drawdown listed, a Nordic and a Baltic joint purchase, a
# Peace Facility tranche, the Czech initiative, refusals beside what is given, quantities
# in words and bounds, amounts in CAD, SEK, PLN, a headline repeating the body's figure).
FRESH = [
    ("en", "Pentagon unveils $150 million drawdown package for Ukraine",
     "WASHINGTON (Reuters) - The Pentagon on Thursday announced a $150 million drawdown package for Ukraine that "
     "includes Stinger missiles, 155mm artillery rounds and more than 30 Humvee vehicles. The United States has sent "
     "Ukraine 31 Abrams tanks since 2023.",
     {("US", MONEY, P, 150e6), ("US", AIR, P, None), ("US", AMMO, P, None), ("US", ARMOUR, P, 30),
      ("US", "tanks", D, 31)}),
    ("en", "Nordic trio to fund 12 Archer howitzers for Kyiv",
     "OSLO (Reuters) - Norway, Sweden and Denmark will jointly fund 12 Archer howitzers for Ukraine worth about 1.2 "
     "billion Swedish crowns, the three governments said on Tuesday. Sweden alone has given Ukraine 26 Archer systems "
     "since 2023, Swedish Defence Minister Pal Jonson said.",
     {("NO", "artillery", P, None), ("SE", "artillery", P, None), ("DK", "artillery", P, None),
      ("SE", "artillery", D, 26)}),
    ("en", "Canada rules out CF-18 jets for Ukraine, offers drone money",
     "OTTAWA (Reuters) - Canada will not send its CF-18 fighter jets to Ukraine, Defence Minister David McGuinty said "
     "on Wednesday, but will donate up to 80 million Canadian dollars for drones. \"Our jets are needed for NORAD,\" "
     "McGuinty told reporters. Canada delivered 39 armoured vehicles to Ukraine last year.",
     {("CA", "aircraft", R, None), ("CA", "drones", P, 80e6), ("CA", ARMOUR, D, 39)}),
    # (a strict xfail until pledges round 30: "155mm shells" named after the tranche's sum
    # for ammunition now carries that sum, restatements.dedupe)
    ("en", "EU frees 2 billion euros for Ukraine ammunition",
     "BRUSSELS (Reuters) - EU ambassadors agreed on Wednesday to release a 2 billion euro tranche of the European "
     "Peace Facility for ammunition for Ukraine, after Hungary lifted its veto, diplomats said. The money will be "
     "used for 155mm shells and air defence missiles.",
     {("EU", AMMO, P, 2e9), ("EU", AIR, P, None)}),
    ("en", "Poland says it has sent Ukraine over 40 Krab howitzers",
     "WARSAW (Reuters) - Poland has handed over to Ukraine more than 40 Krab self-propelled howitzers and some "
     "100,000 artillery shells since 2022, its defence ministry said on Monday, as Warsaw approved a 47th package "
     "worth 250 million zlotys.",
     {("PL", "artillery", D, 40), ("PL", AMMO, D, 100000), ("PL", MONEY, P, 250e6)}),
    ("fr", "Paris va livrer une vingtaine de VAB à Kiev",
     "PARIS (AFP) - La France va livrer à l'Ukraine une vingtaine de véhicules blindés VAB et plusieurs centaines de "
     "missiles antichars, a annoncé vendredi le ministère des Armées. Paris avait déjà cédé une soixantaine de VAB à "
     "Kiev en 2023.",
     {("FR", ARMOUR, P, 20), ("FR", ARMS, P, None), ("FR", ARMOUR, D, 60)}),
    ("fr", "L'UE débloque 1,5 milliard d'euros pour des munitions",
     "BRUXELLES (AFP) - Les ministres de la Défense de l'UE ont approuvé lundi une tranche de 1,5 milliard d'euros au "
     "titre de la Facilité européenne pour la paix, destinée à l'achat de munitions pour l'Ukraine. La Hongrie "
     "s'était longtemps opposée à cette décision.",
     {("EU", AMMO, P, 1.5e9)}),
    ("fr", "Trois pays d'Europe orientale achèteront des obus pour Kiev",
     "VARSOVIE (AFP) - La Pologne, la Lituanie et la Lettonie vont acheter conjointement au moins 300 000 obus pour "
     "l'Ukraine, ont annoncé mercredi leurs ministres de la Défense. Varsovie a déjà livré à Kiev plus de 300 chars.",
     {("PL", AMMO, P, None), ("LT", AMMO, P, None), ("LV", AMMO, P, None), ("PL", "tanks", D, 300)}),
    ("fr", "La Suède refuse les Gripen à Kiev mais cède deux avions radar",
     "STOCKHOLM (AFP) - La Suède refuse pour l'instant de livrer ses avions Gripen à l'Ukraine mais va lui céder deux "
     "avions de surveillance ASC 890 et plusieurs dizaines de véhicules de combat CV90, a indiqué le gouvernement. "
     "Stockholm a déjà fourni à Kiev une cinquantaine de CV90.",
     {("SE", "aircraft", R, None), ("SE", "aircraft", P, 2), ("SE", ARMOUR, P, None), ("SE", ARMOUR, D, 50)}),
    ("fr", "Le Canada financera la formation de 3 000 soldats ukrainiens",
     "OTTAWA (AFP) - Le Canada financera à hauteur de 200 millions de dollars canadiens la formation de 3 000 soldats "
     "ukrainiens, a indiqué jeudi le ministre de la Défense. Ottawa a déjà formé plus de 40 000 militaires ukrainiens "
     "depuis 2015.",
     {("CA", "training", P, 3000), ("CA", "training", D, 40000)}),
    ("de", "Deutschland liefert zwei Dutzend weitere Gepard",
     "BERLIN (dpa) - Die Bundesregierung liefert der Ukraine über die Ertüchtigungsinitiative zwei Dutzend weitere "
     "Gepard-Flugabwehrpanzer sowie rund 50.000 Schuss Munition dafür. Das teilte das Verteidigungsministerium mit. "
     "Seit Kriegsbeginn hat Deutschland der Ukraine bereits 52 Gepard übergeben.",
     {("DE", AIR, P, 24), ("DE", AMMO, P, 50000), ("DE", AIR, D, 52)}),
    ("de", "Norwegen und Dänemark wollen 20 weitere F-16 abgeben",
     "OSLO (dpa) - Norwegen und Dänemark wollen der Ukraine gemeinsam bis zu 20 weitere F-16-Kampfjets überlassen. "
     "Norwegen hat bereits sechs Maschinen übergeben, Dänemark 19.",
     {("NO", "aircraft", P, None), ("DK", "aircraft", P, None), ("NO", "aircraft", D, 6), ("DK", "aircraft", D, 19)}),
    # (a strict xfail until round 17 read "dafür" as reaching back to the shells told before)
    ("de", "Tschechische Initiative will 1,8 Millionen Granaten liefern",
     "PRAG (dpa) - Die tschechische Munitionsinitiative soll in diesem Jahr mindestens 1,8 Millionen Granaten an die "
     "Ukraine liefern. Das kündigte Regierungschef Petr Fiala an. Die Niederlande sagten dafür weitere 200 Millionen "
     "Euro zu.",
     {("CZ", AMMO, P, 1.8e6), ("NL", AMMO, P, 200e6)}),
    ("de", "Spanien: Keine weiteren Leopard-Panzer für Kiew",
     "MADRID (dpa) - Spanien wird der Ukraine keine weiteren Leopard-Panzer liefern, wie Verteidigungsministerin "
     "Margarita Robles sagte. Madrid hat bislang 20 Leopard 2A4 übergeben und bis zu sechs Hawk-Startgeräte "
     "zugesagt.",
     {("ES", "tanks", R, None), ("ES", "tanks", D, 20), ("ES", AIR, P, 6)}),
    ("de", "London gibt Kiew 1,6 Milliarden Pfund für Flugabwehr",
     "LONDON (dpa) - Großbritannien stellt der Ukraine weitere 1,6 Milliarden Pfund für mehr als 5.000 "
     "Flugabwehrraketen bereit. Premierminister Keir Starmer sprach von einem Meilenstein. Bereits im vergangenen "
     "Jahr hatte London 650 Flugabwehrraketen geliefert.",
     {("GB", AIR, P, 5000), ("GB", AIR, D, 650)}),
]


@pytest.mark.parametrize(("lang", "title", "text", "expected"), FRESH)
def test_the_fresh_check_gives_its_labelled_records_and_figures(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected


# Mended after the fresh check's first run: a veto lifted refuses nothing ("after Hungary
# lifted its veto", "nachdem Ungarn sein Veto aufgehoben hatte"); a tranche of a
# programme and a French programme's name running on after its noun still lead to what the
# sum buys ("a 2 billion euro tranche of the European Peace Facility for ammunition", "au
# titre de la Facilité européenne pour la paix, destinée à l'achat de munitions"); the
# training a sum pays for takes it ("à hauteur de 200 millions ... la formation de 3 000
# soldats").
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "EU ambassadors agreed to release a 2 billion euro tranche of the European Peace Facility for ammunition "
         "for Ukraine, after Hungary lifted its veto.", {("EU", AMMO, P, 2e9)}),
        ("de", "Die EU hat 5 Milliarden Euro Militärhilfe für die Ukraine freigegeben, nachdem Ungarn sein Veto "
         "aufgehoben hatte.", {("EU", MONEY, P, 5e9)}),
        ("en", "Hungary vetoed 500 million euros of EU aid for Ukraine.", {("EU", MONEY, X, 500e6)}),
        ("fr", "Les ministres de l'UE ont approuvé une tranche de 1,5 milliard d'euros au titre de la Facilité "
         "européenne pour la paix, destinée à l'achat de munitions pour l'Ukraine.", {("EU", AMMO, P, 1.5e9)}),
        ("fr", "Le Canada financera à hauteur de 200 millions de dollars canadiens la formation de 3 000 soldats "
         "ukrainiens.", {("CA", "training", P, 3000)}),
        ("fr", "Le Canada financera à hauteur de 200 millions de dollars canadiens l'achat de drones.",
         {("CA", "drones", P, 200e6)}),
    ],
)
def test_what_the_fresh_check_showed(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


# Mended at the end of the round: "the bloc", "die Staatengemeinschaft" after the EU was
# named is the EU (it was read as the last sentence's subject, Hungary); a headline's
# package or tranche over a body telling its sum is one package, the sum's record.
@pytest.mark.parametrize(
    ("lang", "title", "text", "expected"),
    [
        ("en", "", "The EU approved 500 million euros for Ukraine. Hungary, which had blocked the payments, abstained. "
         "The bloc has already paid out more than 11 billion euros for Ukraine.", {("EU", MONEY, P, 500e6),
                                                                                   ("EU", MONEY, D, 11e9)}),
        ("en", "", "The EU approved new sanctions. The 27-nation bloc will also send 2 billion euros in military aid to "
         "Ukraine.", {("EU", MONEY, P, 2e9)}),
        ("de", "", "Die EU hat neue Sanktionen beschlossen. Die Staatengemeinschaft stellt der Ukraine zudem 2 Milliarden "
         "Euro Militärhilfe bereit.", {("EU", MONEY, P, 2e9)}),
        ("en", "EU approves new tranche for Ukraine", "The EU approved a new tranche of 500 million euros for Ukraine's "
         "military on Monday.", {("EU", MONEY, P, 500e6)}),
        # no EU named: a bloc is nobody
        ("en", "", "The bloc will send 2 billion euros in military aid to Ukraine.", set()),
    ],
)
def test_the_bloc_and_its_tranche(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected


# Stop 34's third leftover: paying for Ukrainian things to be made or developed is an
# order from Ukraine's industry ("finanziert die Entwicklung ukrainischer
# Langstreckendrohnen", "Ukrainian-made drones", "des drones de fabrication ukrainienne"),
# and "mit" a sum after that making is its worth. A sum "mit" which a country supports
# Ukraine, or after things given, is money of its own.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "Deutschland finanziert die Entwicklung ukrainischer Langstreckendrohnen mit 300 Millionen Euro.",
         {("DE", "drones", M, 300e6)}),
        ("en", "Germany will fund Ukrainian-made drones.", {("DE", "drones", M, None)}),
        ("en", "Germany will fund the development of Ukrainian long-range drones.", {("DE", "drones", M, None)}),
        ("fr", "L'Allemagne financera des drones de fabrication ukrainienne.", {("DE", "drones", M, None)}),
        ("de", "Deutschland liefert der Ukraine Drohnen mit 300 Millionen Euro.",
         {("DE", "drones", P, None), ("DE", MONEY, P, 300e6)}),
    ],
)
def test_paying_for_ukrainian_making(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


# "Both countries", "les deux pays", "die beiden Länder" are the last pair that gave, though
# a sentence about one of them came between.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Germany and France will send Ukraine four and two air defence systems respectively. \"Air defence is "
         "the priority,\" German Defence Minister Boris Pistorius said. Both countries have already delivered tanks.",
         {("DE", AIR, P, 4), ("FR", AIR, P, 2), ("DE", "tanks", D, None), ("FR", "tanks", D, None)}),
        ("fr", "L'Allemagne et la France vont livrer quatre systèmes de défense aérienne à l'Ukraine. Les deux pays ont "
         "déjà livré des chars.", {("DE", AIR, P, None), ("FR", AIR, P, None), ("DE", "tanks", D, None),
                                   ("FR", "tanks", D, None)}),
        ("de", "Deutschland und Frankreich liefern der Ukraine weitere Flugabwehr. Die beiden Länder haben bereits "
         "Panzer übergeben.", {("DE", AIR, P, None), ("FR", AIR, P, None), ("DE", "tanks", D, None),
                               ("FR", "tanks", D, None)}),
    ],
)
def test_both_countries_are_the_last_pair(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected
