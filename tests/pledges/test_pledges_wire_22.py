"""A twenty-second round of wire copy: 36 articles written for these tests (none is taken from
the real-article set), 12 each in English, French and German, in the style of Reuters, AFP and
dpa: a headline and several paragraphs, with quotes, background paragraphs recalling older
pledges, other countries' aid told in passing, sums in crowns, zlotys, pounds and dollars with
their conversions, ranges ("between 15 and 20", "entre 300 et 400"), "up to", totals told beside
the news, and deliveries, promises, aid discussed and reports denied side by side. Four
leftovers of rounds 20 and 21 are among them: leave asked, then other things of the asker's
own promised ("has asked Germany for permission to send its Leopards and will send Krab
howitzers"), the same things promised anyway ("has sought Germany's approval ... and will send
them anyway"), "four air defence radars" and a Polish package in zlotys "comprenant
principalement des munitions". Each article was labelled by hand before it was run, following
the real-article set's conventions (../shared/eval/README.md) and the earlier rounds', with its
figure: the count of things stated, else the sum of money, else none; one record per giver,
kind and stage (a total told beside the news is no record of its own); "up to" is its
figure, a range its lower bound (its upper until stop 56's ruling: the three ranges' labels
changed then). Radars are other equipment whatever they serve, as the real set labels
counter-artillery radars and as round 20 labelled its held-out radars (the README names
systems, not their radars, as air defence); a package's worth told with the one thing it
mainly holds is that thing's worth, as round 20 labelled the Polish package.
Run first (on this branch as it began, which reads as main), 13 of the 36 articles were fully
right (records (donor, category, status) matched 121 / labelled 141 / predicted 142; with their
figures 116 of 141). Two labels were corrected after the first run, to the README's "no
decision on Leopard at Ramstein" (discussed): Sweden's "no decision on Gripen at this stage"
beside its denial, and the allies' discussion at Ramstein (main then reads 14 of 36, 123 / 143
/ 142, figures 118). The fixes, each in general words: leave asked, then a clause joined with a
giving verb of its own is the asker's promise (an infinitive joined is still asked for); the
one asked "for permission" in English gives nothing; "nod" is leave; a partner "together with"
stops at a clause joined, and one opening a sentence or a clause ("Avec le Danemark, Berlin a
livré", "With Denmark, ...") gives with the subject, the figure each one's; a radar is
equipment; a giving verb opening a clause joined after an item governs what follows it ("has
promised Ukraine 50 armoured vehicles and has sent eight tanks"); a worth told with the one
thing it mainly buys is that thing's; "par ailleurs", "en outre" stand between auxiliary and
participle; "sagte ... zu" may hold a sum in its middle field; contents told as only possible
("could include", "pourrait comprendre", "könnte ... enthalten") are discussed; a comma may
stand before a total told after the first ones. After them, 24 of 36 (133 / 143 / 142;
figures 129 of 143); the twelve left are strict xfails saying what is read instead. Round 20's
two strict xfails (the radars, the Polish package) now pass.
A held-out batch of 12, written after the fixes, read 5 right on its first run (34 / 41 / 49,
figures 32 of 41; main 1, 29 / 41 / 50, figures 25); after three fixes it showed (a pronoun
between the conjunction and the joined verb, "and it has delivered", "et lui livrera"; "worth
... and consisting mainly of"; a partner opening a sentence after its dateline), 8 of 12 (38 /
41 / 48, figures 37 of 41); the four left are strict xfails.
The real-article set reads as before (relevance P/R 0.99/0.99; pledges predicted 196 / labelled
193 / matched 179, its analyze output unchanged; stories pairP 1.00, pairR 0.86 today and 0.89 as
published, hidden 0/72 in both date modes). Of the texts in tests/data, 12 change their records,
each to the round's readings: air defence radars read as other equipment (busy days 3, 7, 28,
29, 30) and Britain, opening "with Britain, France and Canada announcing more weapons", now
among the givers (busy day 14).
Round 23 (tests/pledges/test_pledges_wire_23.py) mended four of the strict xfails left here:
Norway's sum "to strengthen its air defence", the Caesars "einige davon von Dänemark bezahlt"
and "financés en partie par le Danemark", and "Polen will Leopard abgeben" over leave asked.
The earlier rounds are tests/pledges/test_pledges_wire.py to _21.

Relabelled in round 42 (tests/pledges/test_pledges_wire_42.py): paying for the making of things in Ukraine
("the production of ... in Ukraine", "la production de ... en Ukraine", "die Herstellung von ... in der Ukraine")
is category production, as the lead ruled; these labels named the thing made until then.
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, AMMO, ARMOUR, MONEY, D, M, P, R, X
from tests.support.wire_reading import figures, in_three_languages, left_as_xfails

# ------------------------------------------------------------ the round's articles
# Each is (headline, body, records): the records labelled by hand before the first run,
# as (donor, category, status, figure), the figure the count of things stated, else the
# sum of money, else None. One record per giver, kind and stage: a total told beside the
# news ("bringing ... to", "insgesamt", "au total") is no record of its own.

ENGLISH = [
    ("Norway pledges 7 billion crowns for Ukraine's air defence",
     "OSLO, March 4 (Reuters) - Norway will give Ukraine 7 billion Norwegian crowns ($660 million) to strengthen its "
     "air defence, the government said on Tuesday.\n"
     "\"Ukraine needs to protect its cities this winter, and this money will help buy what it needs most,\" Defence "
     "Minister Tore O. Sandvik told reporters in Oslo.\n"
     "Norway has already delivered NASAMS fire units to Ukraine and, together with Germany, has handed over a "
     "Patriot system.",
     {("NO", AIR, P, 7e9), ("NO", AIR, D, None), ("DE", AIR, D, None)}),
    ("Germany hands Ukraine another IRIS-T system, more to follow",
     "BERLIN (Reuters) - Germany has delivered another IRIS-T SLM air defence system to Ukraine, bringing the number "
     "it has handed over since October 2022 to seven, the defence ministry said on Friday.\n"
     "Berlin has promised to send up to four more of the systems by the end of next year, a ministry spokesperson "
     "said.\n"
     "The United States and the Netherlands have also supplied Patriot batteries to Kyiv.",
     {("DE", AIR, D, 7), ("DE", AIR, P, 4), ("US", AIR, D, None), ("NL", AIR, D, None)}),
    ("Sweden denies report it will send Gripen jets to Ukraine",
     "STOCKHOLM (Reuters) - Sweden's government on Wednesday denied a newspaper report that it had decided to send "
     "Gripen fighter jets to Ukraine this year.\n"
     "\"There is no decision on Gripen at this stage,\" Defence Minister Pal Jonson told public broadcaster SVT.\n"
     "Sweden has so far given Ukraine CV90 infantry fighting vehicles and Archer artillery systems, and last month "
     "announced a package worth 13.5 billion crowns.",
     # (corrected after the first run: "no decision ... at this stage" is discussed, as the
     # README's "no decision on Leopard at Ramstein"; the denial beside it stays refused)
     {("SE", "aircraft", R, None), ("SE", "aircraft", X, None), ("SE", ARMOUR, D, None), ("SE", "artillery", D, None),
      ("SE", MONEY, P, 13.5e9)}),
    ("Poland seeks Berlin's nod for Leopards, sends its own howitzers",
     "WARSAW (Reuters) - Poland has asked Germany for permission to send its Leopards and will send Krab howitzers "
     "of its own, Defence Minister Wladyslaw Kosiniak-Kamysz said on Monday.\n"
     "\"Our own howitzers do not need anyone's approval,\" he told a news conference, adding that 18 Krab units "
     "would leave for Ukraine in the coming weeks.\n"
     "Poland has given Ukraine more than 300 tanks since February 2022, most of them Soviet-era T-72s.",
     {("PL", "tanks", X, None), ("PL", "artillery", P, 18), ("PL", "tanks", D, 300)}),
    ("Dutch to send howitzers to Ukraine without waiting for Berlin",
     "THE HAGUE (Reuters) - The Netherlands has sought Germany's approval to send its last eight PzH 2000 "
     "howitzers to Ukraine and will send them anyway, Defence Minister Ruben Brekelmans said on Thursday.\n"
     "\"Ukraine cannot wait for paperwork,\" he said.\n"
     "The Netherlands has already supplied Ukraine with F-16 fighter jets and, together with Denmark, delivered 14 "
     "refurbished Leopard 2A4 tanks.",
     {("NL", "artillery", P, 8), ("NL", "aircraft", D, None), ("NL", "tanks", D, None), ("DK", "tanks", D, None)}),
    ("Britain to send air defence radars and missiles in new package",
     "LONDON (Reuters) - Britain will send Ukraine a 350 million pound ($445 million) package that includes four "
     "air defence radars, 100 Brimstone missiles and up to 20,000 drones, the defence ministry said on Wednesday.\n"
     "The package comes on top of the 3 billion pounds a year London has committed to Ukraine's military for as "
     "long as it takes.\n"
     "\"These radars will help Ukraine see what is coming,\" Defence Secretary John Healey said.",
     {("GB", MONEY, P, 350e6), ("GB", "other", P, 4), ("GB", "missiles", P, 100), ("GB", "drones", P, 20000)}),
    ("Pentagon announces $425 million in arms for Ukraine",
     "WASHINGTON (Reuters) - The United States will send Ukraine a new $425 million weapons package including "
     "ammunition for HIMARS rocket launchers, between 15 and 20 Bradley fighting vehicles and Stinger missiles, the "
     "Pentagon said on Friday.\n"
     "It is the 60th drawdown from U.S. stocks since August 2021, bringing total U.S. military aid to Ukraine to "
     "more than $62 billion.\n"
     "Germany is expected to announce more IRIS-T systems at a meeting in Ramstein next week.",
     {("US", MONEY, P, 425e6), ("US", AMMO, P, None), ("US", ARMOUR, P, 15), ("US", AIR, P, None),
      ("DE", AIR, X, None)}),
    ("Canada's NASAMS for Ukraine still not delivered",
     "OTTAWA (Reuters) - A NASAMS air defence system Canada bought for Ukraine for 406 million Canadian dollars more "
     "than two years ago has still not been delivered, the defence department said on Tuesday, blaming production "
     "delays at the maker.\n"
     "Canada has also promised Ukraine 50 armoured vehicles and has sent eight Leopard 2 tanks, officials said.\n"
     "\"We expect the system to arrive early next year,\" a department spokesperson said.",
     {("CA", AIR, P, 406e6), ("CA", ARMOUR, P, 50), ("CA", "tanks", D, 8)}),
    ("France to deliver more Mirage jets, Macron says",
     "PARIS (Reuters) - France will deliver three more Mirage 2000 fighter jets to Ukraine by the end of the year, "
     "after the first ones arrived in February, President Emmanuel Macron said on Thursday.\n"
     "\"France will also train 2,000 more Ukrainian soldiers on its soil this winter,\" Macron told reporters.\n"
     "Paris has also sent Ukraine a SAMP/T air defence system jointly with Italy, and its CAESAR howitzers are in "
     "use on the front.",
     {("FR", "aircraft", P, 3), ("FR", "aircraft", D, None), ("FR", "training", P, 2000), ("FR", AIR, D, None),
      ("IT", AIR, D, None), ("FR", "artillery", D, None)}),
    ("EU transfers 1.4 billion euros from Russian assets for Ukraine's arms",
     "BRUSSELS (Reuters) - The European Union has transferred 1.4 billion euros ($1.6 billion) from the windfall "
     "profits of frozen Russian assets to buy air defence and artillery ammunition for Ukraine, the European "
     "Commission said on Friday.\n"
     "It is the second such tranche; a third, of up to 2 billion euros, is expected in the summer.\n"
     "Germany alone has given Ukraine military aid worth 28 billion euros since 2022.",
     {("EU", MONEY, D, 1.4e9), ("EU", AIR, D, None), ("EU", AMMO, D, None), ("EU", MONEY, X, 2e9),
      ("DE", MONEY, D, 28e9)}),
    ("Allies to discuss more air defence for Ukraine at Ramstein",
     "RAMSTEIN, Germany (Reuters) - Defence ministers from some 50 countries will discuss sending more air defence "
     "systems to Ukraine at a meeting at Ramstein Air Base on Thursday, U.S. officials said.\n"
     "No decision on supplying Tomahawk cruise missiles is expected, one official said, adding that Washington was "
     "still examining Kyiv's request.\n"
     "At the last meeting in June, Norway, Denmark and the Netherlands pledged a combined 1.2 billion euros for "
     "drones.",
     # (corrected after the first run: the allies' discussion at Ramstein is theirs, discussed,
     # as the real set labels "no decision on Leopard at Ramstein")
     {("ALLIES", AIR, X, None), ("US", "missiles", X, None), ("NO", "drones", P, None), ("DK", "drones", P, None),
      ("NL", "drones", P, None)}),
    ("Italy approves 10th arms package for Ukraine, contents secret",
     "ROME (Reuters) - Italy's government approved its tenth military aid package for Ukraine on Tuesday, a decree "
     "whose contents remain classified, the defence ministry said.\n"
     "Italian media reported that the package could include a second SAMP/T battery, which Rome has neither "
     "confirmed nor denied.\n"
     "Italy has committed around 3 billion euros in military aid since 2022, according to the Kiel Institute.",
     {("IT", "other", P, None), ("IT", AIR, X, None), ("IT", MONEY, P, 3e9)}),
]

FRENCH = [
    ("Varsovie remet à Kiev un 48e paquet d'aide militaire",
     "VARSOVIE (AFP) - La Pologne a remis à l'Ukraine un 48e paquet d'aide militaire d'une valeur de 210 millions "
     "de zlotys (49 millions d'euros), comprenant principalement des munitions, a annoncé jeudi le ministère "
     "polonais de la Défense.\n"
     "« Nous continuerons à aider l'Ukraine aussi longtemps qu'il le faudra », a déclaré le ministre Władysław "
     "Kosiniak-Kamysz.\n"
     "Depuis le début de l'invasion russe, Varsovie a livré à Kiev plus de 300 chars et des dizaines d'avions "
     "MiG-29, selon le gouvernement.",
     # (the package's worth is the worth of what it mainly holds, as round 20 labels it)
     {("PL", AMMO, D, 210e6), ("PL", "tanks", D, 300), ("PL", "aircraft", D, None)}),
    ("Berlin exclut toujours de livrer des Taurus",
     "BERLIN (AFP) - L'Allemagne n'enverra pas de missiles de croisière Taurus à l'Ukraine, a répété mardi le "
     "chancelier Friedrich Merz, malgré les demandes répétées de Kiev.\n"
     "« Notre position n'a pas changé », a-t-il déclaré lors d'une conférence de presse. Berlin fournira en revanche "
     "quatre systèmes de défense aérienne IRIS-T supplémentaires d'ici à la fin de l'année.\n"
     "Le Royaume-Uni et la France ont déjà livré à Kiev leurs missiles Storm Shadow et Scalp.",
     {("DE", "missiles", R, None), ("DE", AIR, P, 4), ("GB", "missiles", D, None), ("FR", "missiles", D, None)}),
    ("La Belgique livre ses premiers F-16 à l'Ukraine",
     "BRUXELLES (AFP) - La Belgique a livré à l'Ukraine ses deux premiers avions de combat F-16, sur un total de 30 "
     "appareils promis d'ici à 2028, a annoncé lundi le ministre de la Défense Theo Francken.\n"
     "Bruxelles consacrera en outre un milliard d'euros par an à l'aide militaire à Kiev, a-t-il précisé.\n"
     "Le Danemark, la Norvège et les Pays-Bas ont eux aussi fourni des F-16 à l'Ukraine.",
     {("BE", "aircraft", D, 2), ("BE", "aircraft", P, 30), ("BE", MONEY, P, 1e9), ("DK", "aircraft", D, None),
      ("NO", "aircraft", D, None), ("NL", "aircraft", D, None)}),
    ("Stockholm annonce un paquet de 18 milliards de couronnes pour Kiev",
     "STOCKHOLM (AFP) - La Suède va fournir à l'Ukraine un nouveau paquet d'aide militaire de 18 milliards de "
     "couronnes (1,6 milliard d'euros), qui comprend des drones, des munitions et jusqu'à 20 véhicules de combat "
     "CV90, a annoncé mercredi le gouvernement.\n"
     "« C'est notre plus grosse contribution à ce jour », a déclaré le ministre de la Défense Pål Jonson.\n"
     "La Suède a déjà livré à Kiev des systèmes d'artillerie Archer et des chars Stridsvagn 122.",
     {("SE", MONEY, P, 18e9), ("SE", "drones", P, None), ("SE", AMMO, P, None), ("SE", ARMOUR, P, 20),
      ("SE", "artillery", D, None), ("SE", "tanks", D, None)}),
    ("Paris dément toute livraison de Mirage supplémentaires",
     "PARIS (AFP) - Le ministère des Armées a démenti jeudi des informations de presse selon lesquelles la France "
     "s'apprêterait à livrer six nouveaux Mirage 2000 à l'Ukraine.\n"
     "« Aucune décision n'a été prise à ce stade », a indiqué le ministère.\n"
     "La France a déjà fourni plusieurs Mirage 2000-5 à Kiev, ainsi que des canons Caesar et des missiles Scalp.",
     # (fix62b: a denial followed by "Aucune décision n'a été prise" leaves the giving discussed, the rulings' reading
     # that review 62b labels; this round had labelled it refused)
     {("FR", "aircraft", X, 6), ("FR", "aircraft", D, None), ("FR", "artillery", D, None),
      ("FR", "missiles", D, None)}),
    ("Varsovie demande le feu vert de Berlin pour ses Leopard",
     "VARSOVIE (AFP) - La Pologne a demandé à l'Allemagne l'autorisation de livrer ses chars Leopard à l'Ukraine et "
     "lui enverra en attendant douze obusiers Krab, a annoncé lundi le ministre polonais de la Défense.\n"
     "« Nous n'avons besoin de la permission de personne pour nos propres canons », a-t-il dit.\n"
     "L'Allemagne a elle-même livré 18 chars Leopard 2 à Kiev au printemps.",
     {("PL", "tanks", X, None), ("PL", "artillery", P, 12), ("DE", "tanks", D, 18)}),
    ("Ottawa finance la production d'obus en Ukraine",
     "OTTAWA (AFP) - Le Canada va financer à hauteur de 100 millions de dollars canadiens la production d'obus "
     "d'artillerie en Ukraine, dans le cadre du modèle danois, a annoncé vendredi le ministre de la Défense.\n"
     "Le Danemark a été le premier pays à payer directement l'industrie ukrainienne, rejoint depuis par la Suède et "
     "la Norvège.\n"
     "Le Canada a par ailleurs livré à Kiev huit chars Leopard 2 au début de 2023.",
     {("CA", "ammunition", M, 100e6), ("CA", "tanks", D, 8)}),
    ("L'UE débloque 5 milliards d'euros pour armer Kiev",
     "BRUXELLES (AFP) - Les États membres de l'UE ont approuvé lundi une enveloppe de 5 milliards d'euros de la "
     "Facilité européenne pour la paix destinée à l'achat d'armes pour l'Ukraine, a annoncé le chef de la "
     "diplomatie européenne.\n"
     "L'UE s'est par ailleurs engagée à fournir un million d'obus d'artillerie à Kiev, dont un peu plus de la "
     "moitié ont été livrés.",
     {("EU", MONEY, P, 5e9), ("EU", AMMO, P, 1e6), ("EU", AMMO, D, None)}),
    ("Oslo verse 1,5 milliard de couronnes au mécanisme PURL",
     "OSLO (AFP) - La Norvège a versé 1,5 milliard de couronnes (130 millions d'euros) au mécanisme PURL de l'Otan, "
     "qui finance l'achat d'armes américaines pour l'Ukraine, a indiqué mardi le gouvernement norvégien.\n"
     "Oslo avait déjà promis en septembre une contribution de 2 milliards de couronnes au même dispositif.\n"
     "« Chaque couronne compte pour protéger le ciel ukrainien », a déclaré le ministre de la Défense Tore O. "
     "Sandvik.",
     {("NO", MONEY, D, 1.5e9), ("NO", MONEY, P, 2e9)}),
    ("Rome étudie l'envoi d'un troisième système SAMP/T",
     "ROME (AFP) - L'Italie envisage d'envoyer à l'Ukraine un troisième système de défense aérienne SAMP/T, a "
     "indiqué mercredi le ministre de la Défense Guido Crosetto, sans donner de calendrier.\n"
     "« Nous examinons la question avec nos partenaires français », a-t-il dit. Rome et Paris avaient livré "
     "ensemble un système SAMP/T commun au printemps 2024.\n"
     "L'Italie a promis environ 3 milliards d'euros d'aide militaire à Kiev depuis 2022.",
     {("IT", AIR, X, None), ("IT", AIR, D, None), ("FR", AIR, D, None), ("IT", MONEY, P, 3e9)}),
    ("La Haye annonce 500 millions d'euros pour des drones",
     "LA HAYE (AFP) - Les Pays-Bas vont consacrer 500 millions d'euros à l'achat de drones pour l'Ukraine, dont "
     "entre 300 et 400 drones d'interception, a annoncé jeudi le ministre néerlandais de la Défense.\n"
     "Le gouvernement néerlandais a déjà livré à Kiev 24 avions F-16 et, avec le Danemark, des chars Leopard 1 "
     "remis en état.\n"
     "« L'Ukraine se bat aussi pour notre sécurité », a déclaré le ministre.",
     {("NL", "drones", P, 300), ("NL", "aircraft", D, 24), ("NL", "tanks", D, None), ("DK", "tanks", D, None)}),
    ("L'Allemagne livrera 25 chars Leopard 1 supplémentaires",
     "BERLIN (AFP) - L'Allemagne va livrer à l'Ukraine 25 chars Leopard 1A5 supplémentaires d'ici au printemps, a "
     "annoncé vendredi le ministère allemand de la Défense. Avec le Danemark, Berlin a déjà livré plus de 80 de "
     "ces chars à Kiev.\n"
     "Berlin a par ailleurs débloqué 500 millions d'euros pour des munitions d'artillerie.\n"
     "Les États-Unis, premier soutien militaire de Kiev, n'ont annoncé aucune nouvelle aide depuis janvier.",
     {("DE", "tanks", P, 25), ("DE", "tanks", D, None), ("DK", "tanks", D, None), ("DE", AMMO, P, 500e6)}),
]

GERMAN = [
    ("Deutschland liefert weitere Patriot-Systeme",
     "BERLIN (dpa) - Deutschland wird der Ukraine zwei weitere Patriot-Flugabwehrsysteme liefern. Das kündigte "
     "Verteidigungsminister Boris Pistorius am Mittwoch in Berlin an. Die Systeme sollen bis zum Jahresende "
     "einsatzbereit sein.\n"
     "»Die Ukraine braucht jetzt Schutz vor den russischen Raketen«, sagte Pistorius.\n"
     "Bislang hat die Bundesrepublik drei Patriot-Systeme an Kiew übergeben. Die Niederlande und die USA haben "
     "ebenfalls Patriot-Batterien geliefert.",
     {("DE", AIR, P, 2), ("DE", AIR, D, 3), ("NL", AIR, D, None), ("US", AIR, D, None)}),
    ("Regierung dementiert Bericht über Taurus-Lieferung",
     "BERLIN (dpa) - Die Bundesregierung hat einen Medienbericht zurückgewiesen, wonach sie die Lieferung von "
     "Taurus-Marschflugkörpern an die Ukraine vorbereite. »Es gibt keine Entscheidung, und es wird auch keine "
     "geben«, sagte Regierungssprecher Stefan Kornelius am Montag.\n"
     "Großbritannien und Frankreich haben der Ukraine Marschflugkörper vom Typ Storm Shadow und Scalp geliefert.",
     {("DE", "missiles", R, None), ("GB", "missiles", D, None), ("FR", "missiles", D, None)}),
    ("Polen will Leopard abgeben und liefert Krab",
     "WARSCHAU (dpa) - Polen hat die Bundesregierung um die Erlaubnis gebeten, Leopard-Panzer an die Ukraine "
     "abzugeben, und wird Kiew außerdem zwölf Krab-Panzerhaubitzen liefern. Das sagte Verteidigungsminister "
     "Władysław Kosiniak-Kamysz am Dienstag.\n"
     "Deutschland selbst hat der Ukraine bislang 18 Leopard-2-Panzer übergeben.\n"
     "»Für unsere eigenen Haubitzen brauchen wir niemandes Zustimmung«, betonte der Minister.",
     {("PL", "tanks", X, None), ("PL", "artillery", P, 12), ("DE", "tanks", D, 18)}),
    ("Norwegen stockt Ukraine-Hilfe um 17 Milliarden Kronen auf",
     "OSLO (dpa) - Norwegen stellt der Ukraine in diesem Jahr weitere 17 Milliarden Kronen (rund 1,5 Milliarden "
     "Euro) für Militärhilfe bereit. Mit dem Geld sollen vor allem Luftverteidigung und Drohnen finanziert werden, "
     "teilte die Regierung in Oslo mit.\n"
     "Damit steigt die norwegische Militärhilfe seit 2022 auf insgesamt mehr als 85 Milliarden Kronen.\n"
     "Norwegen hatte der Ukraine bereits NASAMS-Systeme und F-16-Kampfjets überlassen.",
     {("NO", MONEY, P, 17e9), ("NO", AIR, P, None), ("NO", "drones", P, None), ("NO", AIR, D, None),
      ("NO", "aircraft", D, None)}),
    ("Schweden schickt bis zu 18 Archer-Haubitzen",
     "STOCKHOLM (dpa) - Schweden will der Ukraine bis zu 18 weitere Artilleriesysteme vom Typ Archer liefern. Das "
     "Paket im Wert von 9,5 Milliarden Kronen umfasst zudem Munition und Luftabwehrraketen, wie "
     "Verteidigungsminister Pål Jonson am Donnerstag sagte.\n"
     "»Wir stehen fest an der Seite der Ukraine«, sagte Jonson.\n"
     "Schweden hatte im vergangenen Jahr bereits zwölf Archer-Systeme übergeben.",
     {("SE", "artillery", P, 18), ("SE", MONEY, P, 9.5e9), ("SE", AMMO, P, None), ("SE", AIR, P, None),
      ("SE", "artillery", D, 12)}),
    ("Spanien prüft Lieferung weiterer Leopard-Panzer",
     "MADRID (dpa) - Spanien prüft die Lieferung weiterer Leopard-2A4-Kampfpanzer an die Ukraine. Eine Entscheidung "
     "solle in den kommenden Wochen fallen, sagte Verteidigungsministerin Margarita Robles am Freitag.\n"
     "Spanien hat der Ukraine seit Kriegsbeginn nach eigenen Angaben 20 Leopard-Panzer sowie Flugabwehrsysteme vom "
     "Typ Hawk geliefert.\n"
     "Portugal und Kanada hatten ebenfalls Leopard-Panzer zugesagt.",
     {("ES", "tanks", X, None), ("ES", "tanks", D, 20), ("ES", AIR, D, None), ("PT", "tanks", P, None),
      ("CA", "tanks", P, None)}),
    ("Deutschland finanziert Munitionsproduktion in der Ukraine",
     "BERLIN (dpa) - Deutschland finanziert die Produktion von Artilleriemunition in der Ukraine mit 300 Millionen "
     "Euro. Das Geld fließt an ukrainische Hersteller, wie das Verteidigungsministerium am Dienstag mitteilte.\n"
     "Außerdem hat der Rüstungskonzern Rheinmetall im Auftrag der Bundesregierung weitere 40 Schützenpanzer vom Typ "
     "Marder an die Ukraine geliefert.\n"
     "Dänemark und Schweden finanzieren ähnliche Projekte nach dem sogenannten dänischen Modell.",
     {("DE", AMMO, M, 300e6), ("DE", ARMOUR, D, 40)}),
    ("EU zahlt weitere Tranche aus russischen Zinserträgen aus",
     "BRÜSSEL (dpa) - Die EU hat der Ukraine eine weitere Tranche von 1,5 Milliarden Euro aus den Erträgen "
     "eingefrorener russischer Vermögen ausgezahlt. Das Geld soll für Luftverteidigung und Munition verwendet "
     "werden, teilte die EU-Kommission mit.\n"
     "Insgesamt sollen bis Jahresende bis zu drei Milliarden Euro fließen.",
     {("EU", MONEY, D, 1.5e9), ("EU", AIR, D, None), ("EU", AMMO, D, None), ("EU", MONEY, P, 3e9)}),
    ("Niederlande haben alle F-16 übergeben",
     "DEN HAAG (dpa) - Die Niederlande haben alle 24 zugesagten F-16-Kampfjets an die Ukraine übergeben. Das teilte "
     "Verteidigungsminister Ruben Brekelmans am Montag mit.\n"
     "Die Regierung in Den Haag sagte zudem weitere 300 Millionen Euro für Drohnen zu.\n"
     "Auch Dänemark und Norwegen haben F-16 an Kiew geliefert.",
     {("NL", "aircraft", D, 24), ("NL", "drones", P, 300e6), ("DK", "aircraft", D, None),
      ("NO", "aircraft", D, None)}),
    ("Frankreich sagt weitere Caesar-Haubitzen zu",
     "PARIS (dpa) - Frankreich wird der Ukraine zwölf weitere Caesar-Haubitzen liefern. Die Geschütze im Wert von "
     "rund 50 Millionen Euro sollen aus einem Fonds bezahlt werden, den die Erträge aus russischem Vermögen "
     "speisen, wie Präsident Emmanuel Macron am Samstag ankündigte.\n"
     "Frankreich hat Kiew bislang mehr als 60 Caesar-Haubitzen überlassen, einige davon von Dänemark bezahlt.",
     {("FR", "artillery", P, 12), ("FR", "artillery", D, 60), ("DK", "artillery", D, None)}),
    ("USA kündigen neues Waffenpaket für Kiew an",
     "WASHINGTON (dpa) - Die USA stellen der Ukraine ein weiteres Waffenpaket im Wert von 250 Millionen Dollar (230 "
     "Millionen Euro) zur Verfügung. Es enthält nach Angaben des Pentagons Munition für HIMARS-Raketenwerfer, "
     "Stinger-Flugabwehrraketen sowie zwischen 10 und 15 Bradley-Schützenpanzer.\n"
     "Insgesamt haben die USA der Ukraine seit Kriegsbeginn Militärhilfe im Wert von mehr als 65 Milliarden Dollar "
     "geleistet.",
     {("US", MONEY, P, 250e6), ("US", AMMO, P, None), ("US", AIR, P, None), ("US", ARMOUR, P, 10),
      ("US", MONEY, D, 65e9)}),
    ("Großbritannien liefert Radare und Drohnen",
     "LONDON (dpa) - Großbritannien wird der Ukraine vier Radargeräte zur Luftverteidigung sowie bis zu 10.000 "
     "Drohnen liefern. Das Paket hat einen Wert von 200 Millionen Pfund, wie das Verteidigungsministerium am "
     "Mittwoch mitteilte.\n"
     "London hatte zuvor bereits Storm-Shadow-Marschflugkörper und Challenger-2-Kampfpanzer an Kiew übergeben.",
     {("GB", "other", P, 4), ("GB", "drones", P, 10000), ("GB", MONEY, P, 200e6), ("GB", "missiles", D, None),
      ("GB", "tanks", D, None)}),
]


# What the round leaves, by headline: what is read instead (strict xfails).
LEFT = {
    "Germany hands Ukraine another IRIS-T system, more to follow": (
        "the delivery read without the total it brings ('bringing the number ... to seven'), and no promise for "
        "'up to four more of the systems' ('of the systems' names no thing)"),
    "Poland seeks Berlin's nod for Leopards, sends its own howitzers": (
        "'18 Krab units would leave for Ukraine' is no giving: the howitzers are promised without their count"),
    "Canada's NASAMS for Ukraine still not delivered": (
        "'a NASAMS system Canada bought for Ukraine for 406 million Canadian dollars' reads the sum as money beside "
        "the system, not as its price"),
    "EU transfers 1.4 billion euros from Russian assets for Ukraine's arms": (
        "what the transferred money is 'to buy' reads as promised: the purchase, not the payout, tells its status "
        "(and without the purchase 'frozen Russian assets' would read as a freeze)"),
    "Italy approves 10th arms package for Ukraine, contents secret": (
        "the approved package itself gives no record once its contents are told, even as only possible "
        "('could include')"),
    # ("L'UE débloque 5 milliards d'euros pour armer Kiev": "dont un peu plus de la moitié ont été livrés" is read
    # since fix63a, a share told without "of them", things/references.py)
    "EU zahlt weitere Tranche aus russischen Zinserträgen aus": (
        "the things paid-out money 'soll ... verwendet werden' for read as promised, not with the payout's status"),
}


@pytest.mark.parametrize(
    ("lang", "title", "text", "expected"),
    left_as_xfails(in_three_languages(ENGLISH, FRENCH, GERMAN), LEFT),
)
def test_wire_articles_give_their_labelled_records_and_figures(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected


# ------------------------------------------------------------ the held-out batch
# Written after the fixes, labelled by hand before its first run, as above.
# Each is (lang, headline, body, records).

HELD_OUT = [
    ("en", "Czechs seek Berlin's permission for howitzers, will send own shells",
     "PRAGUE (Reuters) - The Czech Republic has asked Germany for permission to send Ukraine six PzH 2000 howitzers "
     "it bought last year and will supply 50,000 artillery shells of its own, the defence ministry said on "
     "Wednesday.\n"
     "Prague has already delivered dozens of T-72 tanks and BMP-1 fighting vehicles to Kyiv since 2022.",
     {("CZ", "artillery", X, 6), ("CZ", AMMO, P, 50000), ("CZ", "tanks", D, None), ("CZ", ARMOUR, D, None)}),
    ("en", "Denmark to send radars and shells in new package",
     "COPENHAGEN (Reuters) - Denmark will send Ukraine six air defence radars and up to 10,000 artillery shells in a "
     "package worth 1.2 billion Danish crowns, the defence ministry said on Monday.\n"
     "Together with Norway, Denmark has also promised to fund 20 Ukrainian-made Bohdana howitzers, and it has "
     "delivered all of its F-16 jets, officials said.",
     {("DK", "other", P, 6), ("DK", AMMO, P, 10000), ("DK", MONEY, P, 1.2e9), ("DK", "artillery", M, None),
      ("NO", "artillery", M, None), ("DK", "aircraft", D, None)}),
    ("en", "Germany promises two more Patriots, sends Gepard ammunition",
     "BERLIN (Reuters) - Germany has promised Ukraine two more Patriot systems and has sent another 100,000 rounds "
     "of Gepard ammunition, a government spokesperson said on Friday.\n"
     "\"There is no decision on Taurus,\" the spokesperson added, when asked about the cruise missiles Kyiv has long "
     "requested.",
     {("DE", AIR, P, 2), ("DE", AMMO, D, 100000), ("DE", "missiles", X, None)}),
    ("en", "Poland hands Ukraine 49th aid package",
     "WARSAW (Reuters) - Poland has handed Ukraine its 49th military aid package, worth 200 million zlotys ($50 "
     "million) and consisting mainly of artillery ammunition, the defence ministry said on Thursday.\n"
     "Warsaw has also pledged to train 5,000 more Ukrainian soldiers this year.",
     {("PL", AMMO, D, 200e6), ("PL", "training", P, 5000)}),
    ("fr", "Bratislava sollicite Berlin pour ses obusiers et livrera des obus",
     "BRATISLAVA (AFP) - La Slovaquie a demandé à l'Allemagne l'autorisation de céder à l'Ukraine quatre obusiers "
     "PzH 2000 et lui livrera de son côté 20 000 obus de 155 mm, a indiqué jeudi le ministère slovaque de la "
     "Défense.\n"
     "Bratislava a déjà remis à Kiev son unique batterie de S-300 et treize avions MiG-29.",
     {("SK", "artillery", X, 4), ("SK", AMMO, P, 20000), ("SK", AIR, D, None), ("SK", "aircraft", D, 13)}),
    ("fr", "La Suède et la Norvège livrent 40 blindés à Kiev",
     "STOCKHOLM (AFP) - Avec la Norvège, la Suède a livré à l'Ukraine 40 véhicules blindés de transport de troupes, "
     "a annoncé mardi le gouvernement suédois.\n"
     "Stockholm prévoit en outre de consacrer 3 milliards de couronnes à l'achat de drones pour Kiev l'an prochain.",
     {("SE", ARMOUR, D, None), ("NO", ARMOUR, D, None), ("SE", "drones", P, 3e9)}),
    ("fr", "Paris a livré ses premiers Mirage à l'Ukraine",
     "PARIS (AFP) - La France a livré à l'Ukraine ses trois premiers Mirage 2000-5, sur un total de six appareils "
     "promis, a annoncé lundi le ministère des Armées.\n"
     "Paris a par ailleurs cédé à Kiev une trentaine de canons Caesar supplémentaires, financés en partie par le "
     "Danemark.",
     {("FR", "aircraft", D, 3), ("FR", "aircraft", P, 6), ("FR", "artillery", D, 30), ("DK", "artillery", D, None)}),
    ("fr", "Berlin approuve un paquet de 1,5 milliard d'euros pour Kiev",
     "BERLIN (AFP) - L'Allemagne a approuvé un nouveau paquet d'aide militaire d'une valeur de 1,5 milliard d'euros "
     "pour l'Ukraine, a indiqué mercredi le gouvernement.\n"
     "Selon la presse allemande, ce paquet pourrait comprendre un troisième système Patriot.",
     {("DE", MONEY, P, 1.5e9), ("DE", AIR, X, None)}),
    ("de", "Tschechien bittet Berlin um Erlaubnis und liefert Granaten",
     "PRAG (dpa) - Tschechien hat die Bundesregierung um die Erlaubnis gebeten, zehn Leopard-2-Panzer an die Ukraine "
     "weiterzugeben, und wird Kiew zudem 30.000 Artilleriegranaten liefern. Das teilte das Verteidigungsministerium "
     "in Prag am Montag mit.\n"
     "Deutschland hat der Ukraine bislang mehr als 100 Leopard-Panzer überlassen.",
     {("CZ", "tanks", X, 10), ("CZ", AMMO, P, 30000), ("DE", "tanks", D, 100)}),
    ("de", "Norwegen liefert Radare und sagt Geld für Munition zu",
     "OSLO (dpa) - Norwegen liefert der Ukraine acht Luftverteidigungsradare und sagte außerdem weitere 500 Millionen "
     "Kronen für Munition zu. Das teilte die Regierung in Oslo am Mittwoch mit.\n"
     "Norwegen hatte der Ukraine bereits NASAMS-Systeme übergeben.",
     {("NO", "other", P, 8), ("NO", AMMO, P, 500e6), ("NO", AIR, D, None)}),
    ("de", "Niederlande und Dänemark liefern Leopard-Panzer",
     "DEN HAAG (dpa) - Die Niederlande haben gemeinsam mit Dänemark 14 Leopard-2-Panzer an die Ukraine geliefert, und "
     "sie haben zudem 18 F-16-Kampfjets übergeben. Das sagte Verteidigungsminister Ruben Brekelmans am Dienstag.\n"
     "Weitere 200 Millionen Euro sollen in die Produktion von Drohnen in der Ukraine fließen.",
     {("NL", "tanks", D, 14), ("DK", "tanks", D, 14), ("NL", "aircraft", D, 18), ("NL", "drones", M, 200e6)}),
    ("de", "Spanien dementiert Bericht über Patriot-Raketen",
     "MADRID (dpa) - Spanien hat Berichte dementiert, wonach es der Ukraine weitere Patriot-Raketen liefern werde. "
     "»Es gibt keine Entscheidung«, sagte Verteidigungsministerin Margarita Robles.\n"
     "Spanien hat Kiew bislang unter anderem Leopard-Panzer und Hawk-Flugabwehrsysteme überlassen.",
     # (fix62b: "Es gibt keine Entscheidung" after the denial leaves it discussed, as above)
     {("ES", AIR, X, None), ("ES", "tanks", D, None), ("ES", AIR, D, None)}),
]


# What the held-out batch leaves, by headline: what is read instead (strict xfails).
HELD_OUT_LEFT = {
    "Germany promises two more Patriots, sends Gepard ammunition": (
        "'100,000 rounds of Gepard ammunition' reads as the Gepard (air defence) with the count: the phrase's "
        "ammunition gives way to the system; the headline's 'sends Gepard ammunition' reads as a promise"),
    "Bratislava sollicite Berlin pour ses obusiers et livrera des obus": (
        "the headline's 'sollicite Berlin pour ses obusiers' names no leave: Berlin reads as the giver of both"),
    "Niederlande und Dänemark liefern Leopard-Panzer": (
        "the headline's present 'liefern' stays a promise beside the body's delivery, and the last sentence's "
        "money for drones made in Ukraine borrows both givers and reads as money beside the production"),
}


@pytest.mark.parametrize(("lang", "title", "text", "expected"), left_as_xfails(HELD_OUT, HELD_OUT_LEFT))
def test_the_held_out_batch_gives_its_labelled_records_and_figures(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected


# ------------------------------------------------------------ the readings the round mended, and their neighbours


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # leave asked, then a clause joined with a giving verb of its own: the asker's promise;
    # an infinitive joined, or things joined to the leave's own verb, are still asked for
    ("en", "Poland has asked Germany for permission to send its Leopards and will send Krab howitzers.",
     {("PL", "tanks", X, None), ("PL", "artillery", P, None)}),
    ("en", "Poland has asked Germany for permission to send its Leopards and to deliver Krab howitzers.",
     {("PL", "tanks", X, None), ("PL", "artillery", X, None)}),
    ("fr", "La Pologne a demandé à l'Allemagne l'autorisation de livrer ses chars Leopard à l'Ukraine et enverra douze "
     "obusiers Krab.", {("PL", "tanks", X, None), ("PL", "artillery", P, 12)}),
    ("de", "Polen hat die Bundesregierung um die Erlaubnis gebeten, Leopard-Panzer und Haubitzen an die Ukraine zu "
     "liefern.", {("PL", "tanks", X, None), ("PL", "artillery", X, None)}),
    # a radar is equipment whatever it serves
    ("en", "Britain will send four air defence radars to Ukraine.", {("GB", "other", P, 4)}),
    ("en", "Britain will send four air defence systems to Ukraine.", {("GB", AIR, P, 4)}),
    ("de", "Deutschland liefert vier Luftverteidigungsradare an die Ukraine.", {("DE", "other", P, 4)}),
    # a giving verb opening a joined clause governs what follows it
    ("en", "Canada has promised Ukraine 50 armoured vehicles and has sent eight Leopard 2 tanks.",
     {("CA", ARMOUR, P, 50), ("CA", "tanks", D, 8)}),
    ("fr", "Le Canada a promis 50 blindés à l'Ukraine et a livré huit chars.",
     {("CA", ARMOUR, P, 50), ("CA", "tanks", D, 8)}),
    # a partner opening the sentence gives with the subject; a "with" inside a clause joins no one
    ("fr", "Avec le Danemark, Berlin a déjà livré plus de 80 de ces chars à Kiev.",
     {("DE", "tanks", D, None), ("DK", "tanks", D, None)}),
    ("en", "With Denmark, Germany has delivered 80 tanks.", {("DE", "tanks", D, None), ("DK", "tanks", D, None)}),
    ("fr", "Berlin a signé un contrat avec le Danemark, qui livrera des chars.", {("DK", "tanks", P, None)}),
    # a worth told with the one thing it mainly buys is that thing's; with two, money beside them
    ("en", "Poland handed Ukraine a package worth 50 million dollars, consisting mainly of artillery shells.",
     {("PL", AMMO, D, 50e6)}),
    ("de", "Polen übergab der Ukraine ein Paket im Wert von 50 Millionen Euro, bestehend vor allem aus Munition.",
     {("PL", AMMO, D, 50e6)}),
    ("fr", "La Pologne a remis à l'Ukraine un paquet d'une valeur de 210 millions de zlotys, comprenant principalement "
     "des munitions et des drones.", {("PL", AMMO, D, None), ("PL", "drones", D, None), ("PL", MONEY, D, 210e6)}),
    # "sagte ... zu" with a sum in its middle field; French adverbs before the participle
    ("de", "Die Niederlande sagten zudem weitere 300 Millionen Euro für Drohnen zu.", {("NL", "drones", P, 300e6)}),
    ("fr", "Le Canada a par ailleurs livré à Kiev huit chars Leopard 2.", {("CA", "tanks", D, 8)}),
    # contents told as only possible are discussed; told, they take the package's promise
    ("en", "Italy approved a new package for Ukraine. The package could include a second SAMP/T battery.",
     {("IT", AIR, X, None)}),
    ("en", "Italy approved a new package for Ukraine. The package includes a second SAMP/T battery.",
     {("IT", AIR, P, None)}),
    # a comma before the total told after the first ones
    ("fr", "La Belgique a livré à l'Ukraine ses deux premiers F-16, sur un total de 30 promis.",
     {("BE", "aircraft", D, 2), ("BE", "aircraft", P, 30)}),
])
def test_the_readings_the_round_mended(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected
