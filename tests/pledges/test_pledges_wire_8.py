"""An eighth round of wire-copy phenomena, on short articles written for these tests (none
is taken from the real-article set), a third each in English, French and German, each with
a dateline, an attribution or a quote as agency copy carries them: package listings
("includes", "dont", "darunter"), amounts ("worth", "d'une valeur de", "im Wert von", "up
to"), a new pledge told beside a cumulative total, deliveries told by the recipient,
attributions ("according to", "selon", "nach Angaben"), dated future deliveries, delays and
cancellations, co-financed purchases, industry contracts paid by a government, training
missions, several donors in one sentence, numbers in words, denials. Each was labelled by
hand, following the conventions of the real-article set, before it was run. The earlier
rounds are tests/pledges/test_pledges_wire.py to _7."""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, ARMOUR, D, M, P, R, X
from tests.support.wire_reading import in_three_languages, reading_of, records, text_of

ENGLISH = [
    # a package listing: the money and each thing listed
    ("WASHINGTON (Reuters) - The United States announced a $400 million military aid package for Ukraine on "
     "Tuesday. The package includes Stinger missiles, 155mm artillery rounds and Bradley fighting vehicles, the "
     "Pentagon said. \"We will keep standing with Ukraine,\" Defense Secretary Lloyd Austin said.",
     {("US", "funding", P), ("US", AIR, P), ("US", "ammunition", P), ("US", ARMOUR, P)}),
    # money for one kind of thing, "up to"
    ("OSLO (AFP) - Norway will provide up to 2 billion crowns for air defence for Ukraine, the government said on "
     "Friday. \"Air defence is Ukraine's most urgent need,\" Prime Minister Jonas Gahr Store told reporters.",
     {("NO", AIR, P)}),
    # a new pledge told beside the donor's running total
    ("BERLIN (dpa) - Germany pledged a further 500 million euros in military aid to Ukraine on Monday, bringing "
     "its total support since 2022 to 28 billion euros, the defence ministry said.",
     {("DE", "funding", P)}),
    # a delivery told by the recipient
    ("KYIV (AFP) - Ukraine has received the first F-16 fighter jets from the Netherlands, Defence Minister Rustem "
     "Umerov said on Sunday. \"They are already in our skies,\" he wrote on Telegram.",
     {("NL", "aircraft", D)}),
    # the giver named only by the source
    ("More HIMARS launchers are on their way to Ukraine, according to the Pentagon. The systems are expected to "
     "arrive within weeks.",
     {("US", "artillery", P)}),
    # a future delivery with a date
    ("STOCKHOLM (Reuters) - Sweden will deliver the first Archer howitzers to Ukraine by the end of March, the "
     "Swedish defence ministry said on Wednesday.",
     {("SE", "artillery", P)}),
    # a delay keeps the promise
    ("LONDON (Reuters) - The delivery of British Challenger 2 tanks to Ukraine has been delayed until the summer, "
     "officials said on Thursday, citing problems with spare parts.",
     {("GB", "tanks", P)}),
    # a cancellation refuses
    ("MADRID (AFP) - Spain has cancelled a planned shipment of Leopard 2A4 tanks to Ukraine, citing their poor "
     "condition, the defence ministry said.",
     {("ES", "tanks", R)}),
    # money to the Czech-led initiative: money paid into a scheme is the payer's funding, and
    # what the scheme buys no record of its own (the lead's convention since review 44;
    # relabelled by pledges round 34, was the shells and the funding both)
    ("OTTAWA (Reuters) - Canada will contribute 40 million Canadian dollars to the Czech-led initiative to buy "
     "artillery shells for Ukraine, the defence minister said on Thursday.",
     {("CA", "funding", P)}),
    # several payers of a NATO purchase of American equipment
    ("BRUSSELS (AFP) - Sweden, Denmark and Norway will jointly fund a $500 million package of US air defence "
     "equipment for Ukraine under NATO's PURL scheme, the alliance said.",
     {("SE", AIR, P), ("DK", AIR, P), ("NO", AIR, P)}),
    # an industry contract paid by a government
    ("LONDON (Reuters) - Britain will pay Thales 1.6 billion pounds to make more than 5,000 lightweight air "
     "defence missiles for Ukraine, the government said on Sunday.",
     {("GB", AIR, M)}),
    # a training mission told as done
    ("LONDON (AFP) - Britain has trained more than 50,000 Ukrainian recruits since 2022, the Ministry of Defence "
     "said on Monday.",
     {("GB", "training", D)}),
    # several donors in one sentence, each with its own thing
    ("RAMSTEIN (dpa) - Denmark and the Netherlands pledged F-16 jets while Norway promised NASAMS launchers, "
     "officials said after the meeting.",
     {("DK", "aircraft", P), ("NL", "aircraft", P), ("NO", AIR, P)}),
    # a number in words
    ("SYDNEY (Reuters) - Australia will send forty-nine Abrams tanks to Ukraine, Canberra said on Saturday.",
     {("AU", "tanks", P)}),
    # a denial of a plan to give
    ("BERLIN (Reuters) - The German government denied a report on Friday that it was preparing to send Taurus "
     "cruise missiles to Ukraine. \"Our position has not changed,\" a spokesman said.",
     {("DE", "missiles", R)}),
    # a completed delivery
    ("THE HAGUE (Reuters) - The Netherlands has completed the delivery of all 24 F-16 jets it promised to Ukraine, "
     "Defence Minister Ruben Brekelmans said.",
     {("NL", "aircraft", D)}),
    # in use, told by the recipient
    ("KYIV (Reuters) - Ukraine's air force said it had begun flying the Swedish ASC 890 surveillance aircraft "
     "handed over by Stockholm.",
     {("SE", "aircraft", D)}),
    # the recipient's expectation of a dated delivery
    ("KYIV (AFP) - Ukraine is set to receive a second Patriot battery from Germany before the winter, a Ukrainian "
     "official said.",
     {("DE", AIR, P)}),
    # the recipient receiving from an organisation
    ("BRUSSELS (Reuters) - Ukraine has received one million rounds of artillery ammunition from the European "
     "Union, the bloc's foreign policy chief said on Tuesday.",
     {("EU", "ammunition", D)}),
    # a worth after the count
    pytest.param(
        "OTTAWA (AFP) - Canada will donate 800 SkyRanger drones to Ukraine, worth 95 million Canadian dollars, "
        "Defence Minister Bill Blair said.",
        {("CA", "drones", P)},
        marks=pytest.mark.xfail(strict=True, reason=(
            "a system name shared by two things (the SkyRanger drone, the Skyranger air defence gun): the "
            "entity list reads the name as air defence, and letting the head noun after a name outrank it "
            "would also turn 'Patriot missiles' into missiles"))),
    # delivered items co-financed by three donors
    ("COPENHAGEN (Reuters) - The first Leopard 1 tanks financed by Germany, Denmark and the Netherlands have "
     "arrived in Ukraine, according to the Danish defence ministry.",
     {("DE", "tanks", D), ("DK", "tanks", D), ("NL", "tanks", D)}),
    # a delay told as a date not before which
    ("BRUSSELS (AFP) - Belgium said on Tuesday that its F-16 jets would not reach Ukraine before 2026, blaming "
     "delays in the delivery of replacement aircraft.",
     {("BE", "aircraft", P)}),
]

FRENCH = [
    ("PARIS (AFP) - La France va livrer à l'Ukraine un nouveau lot d'équipements militaires, dont des canons "
     "Caesar, des missiles Aster et des véhicules blindés VAB, a annoncé jeudi le ministère des Armées.",
     {("FR", "artillery", P), ("FR", AIR, P), ("FR", ARMOUR, P)}),
    ("BERLIN (AFP) - L'Allemagne a annoncé mardi une nouvelle aide militaire d'une valeur de 1,4 milliard "
     "d'euros pour l'Ukraine, comprenant des systèmes de défense aérienne IRIS-T.",
     {("DE", "funding", P), ("DE", AIR, P)}),
    ("STOCKHOLM (AFP) - La Suède a annoncé un nouveau paquet d'aide militaire de 3 milliards de couronnes, "
     "portant à 45 milliards le total de son soutien militaire à Kiev depuis 2022.",
     {("SE", "funding", P)}),
    ("KIEV (AFP) - L'Ukraine a reçu les premiers chars Leopard 1 fournis par le Danemark, a annoncé dimanche le "
     "ministère ukrainien de la Défense.",
     {("DK", "tanks", D)}),
    ("BRUXELLES (Belga) - Des obus de 155 mm supplémentaires seront livrés à l'Ukraine d'ici la fin de l'année, "
     "selon le ministère belge de la Défense.",
     {("BE", "ammunition", P)}),
    ("PARIS (AFP) - Les premiers Mirage 2000-5 promis par Paris doivent arriver en Ukraine au premier trimestre "
     "2025, a indiqué le ministre des Armées.",
     {("FR", "aircraft", P)}),
    ("COPENHAGUE (AFP) - La livraison des chars Leopard 1 promis par le Danemark a pris du retard, a reconnu "
     "Copenhague, évoquant un manque de pièces détachées.",
     {("DK", "tanks", P)}),
    ("MADRID (AFP) - Le gouvernement espagnol a annulé l'envoi prévu de chars Leopard 2A4 à l'Ukraine, a "
     "indiqué mercredi une source au ministère de la Défense.",
     {("ES", "tanks", R)}),
    ("LA HAYE (AFP) - Les Pays-Bas vont financer l'achat de drones pour l'Ukraine à hauteur de 400 millions "
     "d'euros, a annoncé le ministre de la Défense.",
     {("NL", "drones", P)}),
    ("BERLIN (AFP) - L'Allemagne va financer l'achat de deux systèmes Patriot américains pour l'Ukraine dans le "
     "cadre du mécanisme PURL de l'Otan, a annoncé Berlin.",
     {("DE", AIR, P)}),
    ("PARIS (AFP) - Le groupe KNDS va produire des canons Caesar pour l'Ukraine dans le cadre d'un contrat "
     "financé par la France, a annoncé le ministère des Armées.",
     {("FR", "artillery", M)}),
    ("BRUXELLES (AFP) - La mission européenne d'assistance militaire a déjà formé plus de 60 000 soldats "
     "ukrainiens, a indiqué mardi l'Union européenne.",
     {("EU", "training", D)}),
    ("OSLO (AFP) - La Norvège, le Danemark et la Suède financeront ensemble l'achat de 18 obusiers pour "
     "l'Ukraine, ont annoncé les trois pays.",
     {("NO", "artillery", P), ("DK", "artillery", P), ("SE", "artillery", P)}),
    ("OTTAWA (AFP) - Le Canada enverra deux cents véhicules blindés à l'Ukraine, a annoncé le Premier ministre.",
     {("CA", ARMOUR, P)}),
    ("PARIS (AFP) - Le ministère des Armées a démenti vendredi avoir livré des missiles SCALP supplémentaires à "
     "l'Ukraine. \"Ces informations sont fausses\", a déclaré un porte-parole.",
     set()),
    ("PARIS (AFP) - La France a achevé la livraison des douze canons Caesar promis à Kiev, a annoncé l'état-major.",
     {("FR", "artillery", D)}),
    ("OSLO (AFP) - Les avions de chasse F-16 promis par la Norvège ne sont pas encore arrivés en Ukraine, a "
     "reconnu le ministère norvégien de la Défense.",
     {("NO", "aircraft", P)}),
    ("LONDRES (AFP) - Le Royaume-Uni fournira jusqu'à 100 000 drones à l'Ukraine cette année, a annoncé "
     "Londres. \"C'est notre plus grande livraison de drones\", a déclaré le ministre de la Défense.",
     {("GB", "drones", P)}),
    ("KIEV (AFP) - Selon l'état-major ukrainien, les premiers chasseurs Mirage 2000 français sont déjà engagés "
     "au combat.",
     {("FR", "aircraft", D)}),
    ("TOKYO (AFP) - Le Japon a de nouveau refusé de fournir des armes létales à l'Ukraine, invoquant sa "
     "Constitution pacifiste.",
     {("JP", "other", R)}),
    ("ROME (AFP) - L'Italie enverra à l'Ukraine un deuxième système de défense antiaérienne SAMP/T, a confirmé "
     "le ministre des Affaires étrangères Antonio Tajani.",
     {("IT", AIR, P)}),
    ("VILNIUS (AFP) - La Lituanie et la Lettonie ont livré à l'Ukraine des drones et des munitions, tandis que "
     "l'Estonie a envoyé des obusiers, ont indiqué les trois pays baltes.",
     {("LT", "drones", D), ("LT", "ammunition", D), ("LV", "drones", D), ("LV", "ammunition", D),
      ("EE", "artillery", D)}),
]

GERMAN = [
    ("BERLIN (dpa) - Deutschland hat der Ukraine ein weiteres Rüstungspaket zugesagt, darunter vier "
     "Leopard-1-Panzer, zwei IRIS-T-Systeme und 10.000 Schuss Artilleriemunition.",
     {("DE", "tanks", P), ("DE", AIR, P), ("DE", "ammunition", P)}),
    ("DEN HAAG (dpa) - Die Niederlande liefern der Ukraine Drohnen im Wert von bis zu 200 Millionen Euro, wie "
     "das Verteidigungsministerium mitteilte.",
     {("NL", "drones", P)}),
    ("BERLIN (dpa) - Deutschland sagt der Ukraine weitere 500 Millionen Euro Militärhilfe zu. Damit steigt die "
     "Unterstützung seit Kriegsbeginn auf insgesamt 28 Milliarden Euro, wie das Verteidigungsministerium "
     "mitteilte.",
     {("DE", "funding", P)}),
    ("KIEW (dpa) - Die Ukraine hat nach eigenen Angaben 20 Schützenpanzer vom Typ Marder aus Deutschland "
     "erhalten.",
     {("DE", ARMOUR, D)}),
    ("BERLIN (dpa) - Weitere Patriot-Systeme sollen noch in diesem Jahr in die Ukraine geliefert werden, nach "
     "Angaben des Bundesverteidigungsministeriums.",
     {("DE", AIR, P)}),
    ("BERLIN (dpa) - Die ersten Skynex-Systeme sollen bis Jahresende an die Ukraine übergeben werden, sagte "
     "Bundesverteidigungsminister Boris Pistorius am Mittwoch.",
     {("DE", AIR, P)}),
    ("LISSABON (dpa) - Die Lieferung der zugesagten Leopard-2-Panzer aus Portugal an die Ukraine verzögert sich "
     "bis zum Frühjahr, teilte das Verteidigungsministerium mit.",
     {("PT", "tanks", P)}),
    ("BERN (dpa) - Die Schweiz hat die Weitergabe von 96 Leopard-1-Panzern an die Ukraine endgültig abgelehnt.",
     {("CH", "tanks", R)}),
    # (money paid into the initiative is the payer's funding: relabelled by pledges round 34)
    ("KOPENHAGEN (dpa) - Dänemark beteiligt sich mit 50 Millionen Euro an der tschechischen Munitionsinitiative "
     "für die Ukraine, teilte die Regierung mit.",
     {("DK", "funding", P)}),
    ("DEN HAAG (dpa) - Die Niederlande finanzieren über die Nato-Initiative PURL amerikanische Waffen für die "
     "Ukraine im Wert von 500 Millionen Euro.",
     {("NL", "funding", P)}),
    ("BERLIN (Reuters) - Die Bundesregierung hat bei Diehl Defence weitere IRIS-T-Systeme für die Ukraine "
     "bestellt, wie ein Sprecher des Verteidigungsministeriums bestätigte.",
     {("DE", AIR, M)}),
    ("BERLIN (dpa) - Die Bundeswehr bildet derzeit ukrainische Soldaten in Deutschland aus, darunter "
     "Panzerbesatzungen und Pioniere.",
     {("DE", "training", D)}),
    ("KOPENHAGEN (dpa) - Dänemark und Norwegen haben der Ukraine gemeinsam Haubitzen geliefert, Schweden hat "
     "Munition bereitgestellt.",
     {("DK", "artillery", D), ("NO", "artillery", D), ("SE", "ammunition", D)}),
    ("WARSCHAU (dpa) - Polen hat der Ukraine vierzehn Leopard-2-Panzer übergeben, sagte Verteidigungsminister "
     "Mariusz Blaszczak.",
     {("PL", "tanks", D)}),
    ("OTTAWA (dpa) - Kanada schickt der Ukraine zweihundert gepanzerte Fahrzeuge, kündigte Premierminister "
     "Justin Trudeau an.",
     {("CA", ARMOUR, P)}),
    ("BERLIN (dpa) - Das Verteidigungsministerium dementierte Berichte, wonach Deutschland Taurus-Marschflugkörper "
     "an die Ukraine liefern werde.",
     {("DE", "missiles", R)}),
    ("LONDON (dpa) - Großbritannien wird der Ukraine nach Angaben der Regierung in London 5000 Flugabwehrraketen "
     "liefern.",
     {("GB", AIR, P)}),
    ("ROM (dpa) - Italien hat der Ukraine ein zweites SAMP/T-System zugesagt, wie Außenminister Antonio Tajani "
     "bestätigte.",
     {("IT", AIR, P)}),
    ("WIEN (dpa) - Österreich wird der Ukraine wegen seiner Neutralität keine Waffen liefern, bekräftigte die "
     "Regierung in Wien.",
     {("AT", "other", R)}),
    ("PARIS (dpa) - Frankreich will der Ukraine bis zu 100 Caesar-Haubitzen liefern, sagte Präsident Emmanuel "
     "Macron.",
     {("FR", "artillery", P)}),
    ("WASHINGTON (dpa) - Nach Angaben des Pentagons hat die Ukraine bereits alle 31 zugesagten Abrams-Panzer "
     "erhalten.",
     {("US", "tanks", D)}),
    ("DÜSSELDORF (dpa) - Rheinmetall soll im Auftrag der Bundesregierung 180.000 Schuss Artilleriemunition an die "
     "Ukraine liefern.",
     {("DE", "ammunition", M)}),
    ("BRÜSSEL (dpa) - Die EU hat bislang mehr als 60.000 ukrainische Soldaten ausgebildet, sagte der "
     "EU-Außenbeauftragte.",
     {("EU", "training", D)}),
]


# A second round, written and labelled after the first fixes, before running them: the
# same shapes in the other languages, to check the rules carry over (a cancellation, a
# delay, "while"/"tandis que", a payer named as agent, a purchase and its sum, a denied
# delivery, a maker commissioned, things in combat).
SECOND_ROUND = [
    ("en", "KYIV (Reuters) - The Swedish CV90 infantry fighting vehicles have been used in combat near Kharkiv, the "
     "Ukrainian army said.",
     {("SE", ARMOUR, D)}),
    ("en", "BERLIN (AFP) - Germany will pay for two Patriot systems for Ukraine under NATO's PURL scheme, Berlin said "
     "on Friday.",
     {("DE", AIR, P)}),
    ("en", "LONDON (Reuters) - Britain's Ministry of Defence commissioned BAE Systems to build 100 howitzers for "
     "Ukraine, the government said.",
     {("GB", "artillery", M)}),
    ("en", "OSLO (Reuters) - Norway's first NASAMS launchers will not arrive in Ukraine until next spring, the "
     "defence ministry said.",
     {("NO", AIR, P)}),
    ("en", "WASHINGTON (AFP) - The Pentagon denied reports on Tuesday that it had shipped additional ATACMS missiles "
     "to Ukraine.",
     set()),
    ("en", "OTTAWA (Reuters) - Canada will fund the purchase of drones for Ukraine to the tune of 200 million "
     "Canadian dollars, the defence minister said.",
     {("CA", "drones", P)}),
    ("en", "WARSAW (Reuters) - Poland has cancelled the planned transfer of its remaining MiG-29 jets to Ukraine, the "
     "defence minister said.",
     {("PL", "aircraft", R)}),
    ("en", "KYIV (AFP) - Germany delivered IRIS-T launchers while Sweden sent Archer howitzers, Kyiv said.",
     {("DE", AIR, D), ("SE", "artillery", D)}),
    ("en", "KYIV (Reuters) - The first CV90 vehicles paid for by Sweden and Denmark have arrived in Ukraine.",
     {("SE", ARMOUR, D), ("DK", ARMOUR, D)}),
    ("fr", "VARSOVIE (AFP) - La Pologne a annulé le transfert prévu de ses derniers MiG-29 à l'Ukraine, a indiqué le "
     "ministre de la Défense.",
     {("PL", "aircraft", R)}),
    ("fr", "OSLO (AFP) - Les lanceurs NASAMS norvégiens ne seront pas livrés à l'Ukraine avant le printemps, a "
     "indiqué Oslo.",
     {("NO", AIR, P)}),
    ("fr", "KIEV (AFP) - L'Allemagne a livré des systèmes IRIS-T, tandis que la Suède a envoyé des obusiers Archer, "
     "selon Kiev.",
     {("DE", AIR, D), ("SE", "artillery", D)}),
    ("fr", "KIEV (AFP) - Les véhicules CV90 financés par la Suède et le Danemark sont arrivés en Ukraine.",
     {("SE", ARMOUR, D), ("DK", ARMOUR, D)}),
    ("fr", "WASHINGTON (AFP) - Le Pentagone a démenti mardi avoir expédié des missiles ATACMS supplémentaires à "
     "l'Ukraine.",
     set()),
    ("fr", "PARIS (AFP) - Le ministère des Armées a chargé KNDS de produire douze canons Caesar pour l'Ukraine, "
     "financés par la France.",
     {("FR", "artillery", M)}),
    ("fr", "COPENHAGUE (AFP) - Le Danemark va financer un paquet de 200 millions d'euros de munitions pour "
     "l'Ukraine.",
     {("DK", "ammunition", P)}),
    ("de", "WARSCHAU (dpa) - Polen hat die geplante Lieferung seiner letzten MiG-29-Kampfjets an die Ukraine "
     "abgesagt.",
     {("PL", "aircraft", R)}),
    ("de", "OSLO (dpa) - Die norwegischen NASAMS-Startgeräte werden nicht vor dem Frühjahr in der Ukraine "
     "eintreffen, teilte das Verteidigungsministerium mit.",
     {("NO", AIR, P)}),
    ("de", "BERLIN (dpa) - Die Bundesregierung hat Rheinmetall mit der Herstellung von 100.000 Artilleriegranaten "
     "für die Ukraine beauftragt.",
     {("DE", "ammunition", M)}),
    ("de", "BERLIN (dpa) - Deutschland bezahlt zwei Patriot-Systeme aus amerikanischer Produktion für die Ukraine, "
     "wie die Regierung mitteilte.",
     {("DE", AIR, P)}),
    ("de", "KIEW (dpa) - Die von Schweden und Dänemark finanzierten CV90-Schützenpanzer sind in der Ukraine "
     "eingetroffen.",
     {("SE", ARMOUR, D), ("DK", ARMOUR, D)}),
    ("de", "BERLIN (dpa) - Das Verteidigungsministerium dementierte, der Ukraine weitere Taurus-Marschflugkörper "
     "geliefert zu haben.",
     set()),
    ("de", "KIEW (dpa) - Die deutschen Leopard-1-Panzer sind bereits an der Front im Einsatz, sagte ein "
     "ukrainischer Kommandeur.",
     {("DE", "tanks", D)}),
    ("de", "DEN HAAG (dpa) - Die Niederlande finanzieren den Kauf von Drohnen für die Ukraine in Höhe von 400 "
     "Millionen Euro.",
     {("NL", "drones", P)}),
]

# A third round, labelled before running: the passive with its agent after the time,
# receiving told by the recipient, trainers at work, "no plans for now", approximate and
# spelled-out counts ("a dozen", "half a million"), a partner joined by "along with",
# "ainsi que", "gemeinsam mit", a promise still awaited, a range of counts.
THIRD_ROUND = [
    ("en", "LISBON (Reuters) - Twelve Leopard 2 tanks were handed over to Ukraine on Monday by Portugal, the defence "
     "ministry said.",
     {("PT", "tanks", D)}),
    ("en", "KYIV (AFP) - Ukraine took delivery of a dozen Caesar howitzers from France last week, a military source "
     "said.",
     {("FR", "artillery", D)}),
    ("en", "COPENHAGEN (Reuters) - Danish instructors are training Ukrainian F-16 pilots at a base in Skrydstrup, the "
     "Danish air force said.",
     {("DK", "training", D)}),
    ("en", "STOCKHOLM (Reuters) - Sweden has no plans to send Gripen fighter jets to Ukraine for now, Defence "
     "Minister Pal Jonson said.",
     {("SE", "aircraft", R)}),
    ("en", "PRAGUE (Reuters) - The Czech Republic will supply Ukraine with half a million artillery shells by the end "
     "of the year, Prime Minister Petr Fiala said.",
     {("CZ", "ammunition", P)}),
    ("en", "BERLIN (Reuters) - Germany, along with the Netherlands, will send three Patriot systems to Ukraine, the "
     "German government said.",
     {("DE", AIR, P), ("NL", AIR, P)}),
    ("en", "KYIV (Reuters) - The Patriot launchers Norway promised in the spring have yet to arrive in Ukraine, a "
     "Ukrainian official said.",
     {("NO", AIR, P)}),
    ("en", "WASHINGTON (AFP) - The US will send between 10 and 15 additional HIMARS launchers to Ukraine, officials "
     "said.",
     {("US", "artillery", P)}),
    ("fr", "LISBONNE (AFP) - Douze chars Leopard 2 ont été remis lundi à l'Ukraine par le Portugal, a indiqué le "
     "ministère de la Défense.",
     {("PT", "tanks", D)}),
    ("fr", "KIEV (AFP) - L'Ukraine a réceptionné une douzaine de canons Caesar français la semaine dernière, selon une "
     "source militaire.",
     {("FR", "artillery", D)}),
    ("fr", "COPENHAGUE (AFP) - Des instructeurs danois forment actuellement des pilotes ukrainiens sur F-16 au "
     "Danemark.",
     {("DK", "training", D)}),
    ("fr", "STOCKHOLM (AFP) - La Suède n'a pas l'intention d'envoyer des avions de combat Gripen à l'Ukraine pour le "
     "moment, a déclaré le ministre de la Défense.",
     {("SE", "aircraft", R)}),
    ("fr", "PRAGUE (AFP) - La République tchèque livrera un demi-million d'obus d'artillerie à l'Ukraine d'ici la fin "
     "de l'année.",
     {("CZ", "ammunition", P)}),
    ("fr", "BERLIN (AFP) - L'Allemagne, ainsi que les Pays-Bas, enverra trois systèmes Patriot à l'Ukraine, a annoncé "
     "le gouvernement allemand.",
     {("DE", AIR, P), ("NL", AIR, P)}),
    ("fr", "PARIS (AFP) - Paris n'exclut pas d'envoyer des avions Mirage supplémentaires à l'Ukraine, a déclaré le "
     "ministre des Armées.",
     {("FR", "aircraft", X)}),
    ("fr", "ROME (AFP) - L'Italie livrera dans les prochaines semaines un nouveau lot de munitions à l'Ukraine, a "
     "annoncé le ministre de la Défense Guido Crosetto.",
     {("IT", "ammunition", P)}),
    ("de", "LISSABON (dpa) - Zwölf Leopard-2-Panzer wurden am Montag von Portugal an die Ukraine übergeben.",
     {("PT", "tanks", D)}),
    ("de", "KIEW (dpa) - Die Ukraine hat ein Dutzend Caesar-Haubitzen aus Frankreich in Empfang genommen.",
     {("FR", "artillery", D)}),
    ("de", "KOPENHAGEN (dpa) - Dänische Ausbilder trainieren derzeit ukrainische F-16-Piloten in Dänemark.",
     {("DK", "training", D)}),
    ("de", "STOCKHOLM (dpa) - Schweden plant vorerst keine Lieferung von Gripen-Kampfjets an die Ukraine, sagte "
     "Verteidigungsminister Pål Jonson.",
     {("SE", "aircraft", R)}),
    ("de", "PRAG (dpa) - Tschechien wird der Ukraine bis Jahresende eine halbe Million Artilleriegranaten liefern.",
     {("CZ", "ammunition", P)}),
    ("de", "BERLIN (dpa) - Deutschland wird gemeinsam mit den Niederlanden drei Patriot-Systeme an die Ukraine "
     "liefern.",
     {("DE", AIR, P), ("NL", AIR, P)}),
    ("de", "OSLO (dpa) - Die von Norwegen zugesagten Patriot-Startgeräte lassen weiter auf sich warten, sagte ein "
     "ukrainischer Beamter.",
     {("NO", AIR, P)}),
    ("de", "WASHINGTON (dpa) - Die USA wollen der Ukraine zwischen zehn und fünfzehn weitere HIMARS-Raketenwerfer "
     "liefern.",
     {("US", "artillery", P)}),
    # (the remaining forms the README names for these rules)
    ("de", "KIEW (dpa) - Deutschland hat IRIS-T-Startgeräte geliefert, während Schweden Archer-Haubitzen schickte, "
     "teilte Kiew mit.",
     {("DE", AIR, D), ("SE", "artillery", D)}),
    ("de", "KIEW (dpa) - Die Schützenpanzer, bezahlt von Deutschland, sind in der Ukraine eingetroffen.",
     {("DE", ARMOUR, D)}),
    ("en", "COPENHAGEN (Reuters) - Denmark will pay for 16 Caesar howitzers for Ukraine, the defence ministry said.",
     {("DK", "artillery", P)}),
]

# A fourth round, labelled before running: negations that give ("not only ... but also",
# "no fewer than", "nicht nur ... sondern auch", "nicht weniger als"), joint supply, a
# package's worth, tens in words, a headline over its body, a condition stated, things
# in use at the front.
FOURTH_ROUND = [
    ("en", "", "BERLIN (Reuters) - Germany will not only send more Leopard tanks to Ukraine but also two IRIS-T systems, "
     "Defence Minister Boris Pistorius said.",
     {("DE", "tanks", P), ("DE", AIR, P)}),
    ("en", "", "WARSAW (AFP) - Poland has delivered no fewer than 300 tanks to Ukraine since the start of the war, "
     "President Andrzej Duda said.",
     {("PL", "tanks", D)}),
    ("en", "", "LONDON (AFP) - Britain and France will jointly supply Storm Shadow and SCALP cruise missiles to "
     "Ukraine, the two governments said.",
     {("GB", "missiles", P), ("FR", "missiles", P)}),
    ("en", "", "WASHINGTON (Reuters) - The Pentagon announced a new security assistance package worth $1.2 billion for "
     "Ukraine on Friday.",
     {("US", "funding", P)}),
    ("en", "", "OSLO (Reuters) - Norway will donate seventy armoured vehicles to Ukraine, the government said.",
     {("NO", ARMOUR, P)}),
    ("en", "Kyiv receives first Swedish Gripen jets",
     "KYIV (AFP) - The first Gripen fighter jets from Sweden have landed in Ukraine, the Ukrainian air force said on "
     "Sunday.",
     {("SE", "aircraft", D)}),
    ("en", "", "HELSINKI (Reuters) - Finland will send 20 more howitzers to Ukraine if parliament approves the funding "
     "next week, the defence minister said.",
     {("FI", "artillery", P)}),  # (pledged since stop 58: the lead's ruling on votes)
    ("en", "", "BRUSSELS (Reuters) - NATO allies have pledged at least 40 billion euros in military aid for Ukraine "
     "next year, Secretary General Mark Rutte said.",
     # (labelled ALLIES at first; config/entities.toml names "NATO allies" NATO, which the
     # scorer takes for a label naming "NATO allies" too)
     {("NATO", "funding", P)}),
    ("en", "", "KYIV (AFP) - Ukrainian forces have started using the Abrams tanks supplied by the United States on the "
     "eastern front, a commander said.",
     {("US", "tanks", D)}),
    ("fr", "", "BERLIN (AFP) - L'Allemagne enverra non seulement des chars Leopard supplémentaires à l'Ukraine, mais "
     "aussi deux systèmes IRIS-T, a annoncé Boris Pistorius.",
     {("DE", "tanks", P), ("DE", AIR, P)}),
    ("fr", "", "VARSOVIE (AFP) - La Pologne a livré pas moins de 300 chars à l'Ukraine depuis le début de la guerre.",
     {("PL", "tanks", D)}),
    ("fr", "", "LONDRES (AFP) - Le Royaume-Uni et la France fourniront conjointement des missiles de croisière Storm "
     "Shadow et SCALP à l'Ukraine.",
     {("GB", "missiles", P), ("FR", "missiles", P)}),
    ("fr", "", "WASHINGTON (AFP) - Le Pentagone a annoncé vendredi une nouvelle aide militaire d'un montant de 1,2 "
     "milliard de dollars pour l'Ukraine.",
     {("US", "funding", P)}),
    ("fr", "", "OSLO (AFP) - La Norvège va donner soixante-dix véhicules blindés à l'Ukraine.",
     {("NO", ARMOUR, P)}),
    ("fr", "Les premiers Gripen suédois arrivent en Ukraine",
     "KIEV (AFP) - Les premiers avions de combat Gripen fournis par la Suède ont atterri en Ukraine, a annoncé "
     "dimanche l'armée de l'air ukrainienne.",
     {("SE", "aircraft", D)}),
    ("fr", "", "HELSINKI (AFP) - La Finlande enverra vingt obusiers supplémentaires à l'Ukraine si le Parlement "
     "approuve leur financement la semaine prochaine.",
     {("FI", "artillery", P)}),  # (pledged since stop 58: the lead's ruling on votes)
    ("fr", "", "KIEV (AFP) - Les forces ukrainiennes ont commencé à utiliser sur le front les chars Abrams fournis par "
     "les États-Unis.",
     {("US", "tanks", D)}),
    ("de", "", "BERLIN (dpa) - Deutschland wird der Ukraine nicht nur weitere Leopard-Panzer, sondern auch zwei "
     "IRIS-T-Systeme liefern, sagte Verteidigungsminister Boris Pistorius.",
     {("DE", "tanks", P), ("DE", AIR, P)}),
    ("de", "", "WARSCHAU (dpa) - Polen hat der Ukraine seit Kriegsbeginn nicht weniger als 300 Panzer geliefert.",
     {("PL", "tanks", D)}),
    ("de", "", "LONDON (dpa) - Großbritannien und Frankreich liefern der Ukraine gemeinsam Marschflugkörper vom Typ "
     "Storm Shadow und SCALP.",
     {("GB", "missiles", P), ("FR", "missiles", P)}),
    ("de", "", "WASHINGTON (dpa) - Das Pentagon kündigte am Freitag ein neues Militärhilfepaket für die Ukraine im "
     "Wert von 1,2 Milliarden Dollar an.",
     {("US", "funding", P)}),
    ("de", "", "OSLO (dpa) - Norwegen schenkt der Ukraine siebzig gepanzerte Fahrzeuge.",
     {("NO", ARMOUR, P)}),
    ("de", "Erste schwedische Gripen-Jets in der Ukraine gelandet",
     "KIEW (dpa) - Die ersten Gripen-Kampfflugzeuge aus Schweden sind in der Ukraine gelandet, teilte die "
     "ukrainische Luftwaffe mit.",
     {("SE", "aircraft", D)}),
    ("de", "", "HELSINKI (dpa) - Finnland will der Ukraine zwanzig weitere Haubitzen liefern, falls das Parlament die "
     "Finanzierung nächste Woche billigt.",
     {("FI", "artillery", P)}),  # (pledged since stop 58: the lead's ruling on votes)
]

# A fifth round, labelled before running: "not ... at this time", title-case headlines, a
# relative clause telling an earlier gift beside the new one, money per year or as a
# share of GDP, "in addition"/"en outre"/"außerdem" openers, a maker delivering what a
# government pays for, training and equipping a brigade.
FIFTH_ROUND = [
    ("en", "", "WASHINGTON (AP) - The United States is not sending F-16 jets to Ukraine at this time, President Joe "
     "Biden said.",
     {("US", "aircraft", R)}),
    ("en", "Germany To Send More Patriot Systems To Ukraine",
     "BERLIN (Reuters) - Germany will deliver two more Patriot air defence systems to Ukraine by the end of the "
     "year, a government spokesman said.",
     {("DE", AIR, P)}),
    ("en", "", "COPENHAGEN (Reuters) - Denmark, which has already donated all its Caesar howitzers, will buy 18 more "
     "for Ukraine, the defence ministry said.",
     {("DK", "artillery", D), ("DK", "artillery", P)}),
    ("en", "", "LONDON (Reuters) - Britain will provide Ukraine with £3 billion a year in military aid for as long as "
     "it takes, Prime Minister Keir Starmer said.",
     {("GB", "funding", P)}),
    ("en", "", "BERLIN (Reuters) - Rheinmetall, Germany's largest arms maker, will deliver 20 more Marder infantry "
     "fighting vehicles to Ukraine, paid for by the German government.",
     {("DE", ARMOUR, P)}),
    ("en", "", "PARIS (Reuters) - France also said it would train and equip a Ukrainian brigade of 4,500 soldiers.",
     {("FR", "training", P)}),
    ("en", "", "THE HAGUE (AFP) - In addition, the Netherlands will send 100 Dutch-made drones to Ukraine, the "
     "defence minister said.",
     {("NL", "drones", P)}),
    ("en", "", "VILNIUS (Reuters) - Lithuania will spend 0.25% of its GDP on military aid to Ukraine next year.",
     {("LT", "funding", P)}),
    ("fr", "", "WASHINGTON (AFP) - Les États-Unis n'envoient pas d'avions F-16 à l'Ukraine pour le moment, a déclaré "
     "le président Joe Biden.",
     {("US", "aircraft", R)}),
    ("fr", "L'Allemagne va livrer deux nouveaux systèmes Patriot à l'Ukraine",
     "BERLIN (AFP) - Berlin livrera deux systèmes de défense antiaérienne Patriot supplémentaires à Kiev d'ici la "
     "fin de l'année, a indiqué un porte-parole du gouvernement.",
     {("DE", AIR, P)}),
    ("fr", "", "COPENHAGUE (AFP) - Le Danemark, qui a déjà cédé tous ses canons Caesar, en achètera 18 autres pour "
     "l'Ukraine.",
     {("DK", "artillery", D), ("DK", "artillery", P)}),
    ("fr", "", "LONDRES (AFP) - Le Royaume-Uni fournira à l'Ukraine 3 milliards de livres par an d'aide militaire "
     "aussi longtemps que nécessaire.",
     {("GB", "funding", P)}),
    ("fr", "", "PARIS (AFP) - La France va par ailleurs former et équiper une brigade ukrainienne de 4 500 soldats.",
     {("FR", "training", P)}),
    ("fr", "", "LA HAYE (AFP) - En outre, les Pays-Bas enverront 100 drones de fabrication néerlandaise à l'Ukraine.",
     {("NL", "drones", P)}),
    ("fr", "", "BERLIN (AFP) - Le groupe Rheinmetall livrera 20 véhicules de combat Marder supplémentaires à "
     "l'Ukraine, payés par le gouvernement allemand.",
     {("DE", ARMOUR, P)}),
    ("fr", "", "VILNIUS (AFP) - La Lituanie consacrera 0,25 % de son PIB à l'aide militaire à l'Ukraine l'an "
     "prochain.",
     {("LT", "funding", P)}),
    ("de", "", "WASHINGTON (dpa) - Die USA schicken derzeit keine F-16-Kampfjets in die Ukraine, sagte Präsident Joe "
     "Biden.",
     {("US", "aircraft", R)}),
    ("de", "Deutschland liefert zwei weitere Patriot-Systeme",
     "BERLIN (dpa) - Deutschland wird der Ukraine bis Jahresende zwei weitere Patriot-Flugabwehrsysteme liefern, "
     "sagte ein Regierungssprecher.",
     {("DE", AIR, P)}),
    ("de", "", "KOPENHAGEN (dpa) - Dänemark, das bereits alle seine Caesar-Haubitzen abgegeben hat, kauft 18 weitere "
     "für die Ukraine.",
     {("DK", "artillery", D), ("DK", "artillery", P)}),
    ("de", "", "LONDON (dpa) - Großbritannien stellt der Ukraine jährlich drei Milliarden Pfund Militärhilfe bereit, "
     "solange es nötig ist.",
     {("GB", "funding", P)}),
    ("de", "", "PARIS (dpa) - Frankreich will zudem eine ukrainische Brigade mit 4500 Soldaten ausbilden und "
     "ausrüsten.",
     {("FR", "training", P)}),
    ("de", "", "DEN HAAG (dpa) - Außerdem schicken die Niederlande 100 in den Niederlanden hergestellte Drohnen in die "
     "Ukraine.",
     {("NL", "drones", P)}),
    ("de", "", "BERLIN (dpa) - Rheinmetall liefert der Ukraine 20 weitere Marder-Schützenpanzer, bezahlt von der "
     "Bundesregierung.",
     {("DE", ARMOUR, P)}),
    ("de", "", "VILNIUS (dpa) - Litauen wird im kommenden Jahr 0,25 Prozent seiner Wirtschaftsleistung für "
     "Militärhilfe an die Ukraine ausgeben.",
     {("LT", "funding", P)}),
]

# A sixth round, labelled before running: deliveries resumed, receiving begun, money
# disbursed from frozen assets, "each"/"chacun"/"jeweils", present-tense headlines over a
# future body, a package whose contents are classified but named by the press.
SIXTH_ROUND = [
    ("en", "", "WASHINGTON (Reuters) - The United States has resumed weapons deliveries to Ukraine after a brief "
     "pause, the Pentagon said.",
     {("US", "other", D)}),
    ("en", "", "KYIV (AFP) - Ukraine has begun receiving F-16 jets from Denmark, the air force said.",
     {("DK", "aircraft", D)}),
    ("en", "", "BRUSSELS (Reuters) - The EU has disbursed the first 1.5 billion euros from the proceeds of frozen "
     "Russian assets to buy weapons for Ukraine.",
     {("EU", "funding", D)}),
    ("en", "", "OSLO (Reuters) - Denmark and Norway will each send 10 howitzers to Ukraine, the two governments said.",
     {("DK", "artillery", P), ("NO", "artillery", P)}),
    ("en", "Spain sends Ukraine six Hawk missile launchers",
     "MADRID (Reuters) - Spain will send six Hawk air defence launchers to Ukraine in the coming weeks, Defence "
     "Minister Margarita Robles said.",
     {("ES", AIR, P)}),
    ("en", "", "ROME (Reuters) - Italy's ninth aid package for Ukraine, whose contents are classified, includes SAMP/T "
     "missiles, according to Italian media.",
     {("IT", AIR, P)}),
    ("fr", "", "WASHINGTON (AFP) - Les États-Unis ont repris leurs livraisons d'armes à l'Ukraine après une brève "
     "pause, a indiqué le Pentagone.",
     {("US", "other", D)}),
    ("fr", "", "KIEV (AFP) - L'Ukraine a commencé à recevoir des avions F-16 du Danemark, a indiqué l'armée de l'air.",
     {("DK", "aircraft", D)}),
    ("fr", "", "BRUXELLES (AFP) - L'UE a versé une première tranche de 1,5 milliard d'euros issue des avoirs russes "
     "gelés pour acheter des armes destinées à l'Ukraine.",
     {("EU", "funding", D)}),
    ("fr", "", "OSLO (AFP) - Le Danemark et la Norvège enverront chacun dix obusiers à l'Ukraine.",
     {("DK", "artillery", P), ("NO", "artillery", P)}),
    ("fr", "L'Espagne envoie six lanceurs Hawk à l'Ukraine",
     "MADRID (AFP) - L'Espagne enverra six lanceurs de missiles sol-air Hawk à l'Ukraine dans les prochaines "
     "semaines, a annoncé la ministre de la Défense Margarita Robles.",
     {("ES", AIR, P)}),
    ("fr", "", "ROME (AFP) - Le neuvième paquet d'aide italien à l'Ukraine, dont le contenu est classifié, comprend des "
     "missiles SAMP/T, selon la presse italienne.",
     {("IT", AIR, P)}),
    ("de", "", "WASHINGTON (dpa) - Die USA haben die Waffenlieferungen an die Ukraine nach einer kurzen Pause wieder "
     "aufgenommen, teilte das Pentagon mit.",
     {("US", "other", D)}),
    ("de", "", "KIEW (dpa) - Die Ukraine hat begonnen, F-16-Kampfjets aus Dänemark zu erhalten, teilte die Luftwaffe "
     "mit.",
     {("DK", "aircraft", D)}),
    ("de", "", "BRÜSSEL (dpa) - Die EU hat die erste Tranche von 1,5 Milliarden Euro aus den Erträgen eingefrorener "
     "russischer Vermögen für Waffen für die Ukraine ausgezahlt.",
     {("EU", "funding", D)}),
    ("de", "", "OSLO (dpa) - Dänemark und Norwegen schicken der Ukraine jeweils zehn Haubitzen.",
     {("DK", "artillery", P), ("NO", "artillery", P)}),
    ("de", "Spanien schickt der Ukraine sechs Hawk-Startgeräte",
     "MADRID (dpa) - Spanien wird der Ukraine in den kommenden Wochen sechs Startgeräte für Hawk-Flugabwehrraketen "
     "liefern, sagte Verteidigungsministerin Margarita Robles.",
     {("ES", AIR, P)}),
    ("de", "", "ROM (dpa) - Das neunte italienische Hilfspaket für die Ukraine, dessen Inhalt geheim ist, umfasst nach "
     "Medienberichten SAMP/T-Raketen.",
     {("IT", AIR, P)}),
]

# A seventh round, labelled before running: a tank swap ("Ringtausch": the swap partner's
# gift to Ukraine is the record, not what it gets back), Western partners as a whole, a
# share of a promise delivered, lending, a parliament approving money.
SEVENTH_ROUND = [
    # (the leg to Slovakia is told apart since tests/pledges/test_pledges_wire_10.py's swap readings)
    ("en", "", "BERLIN (Reuters) - Germany will supply Slovakia with 15 Leopard 2 tanks in exchange for the 30 "
     "BMP-1 vehicles that Slovakia sent to Ukraine.",
     {("SK", ARMOUR, D)}),
    ("en", "", "KYIV (Reuters) - Kyiv's Western partners have delivered more than 1,000 armoured vehicles so far, "
     "Defence Minister Rustem Umerov said.",
     {("ALLIES", ARMOUR, D)}),
    ("en", "", "BERLIN (Reuters) - Germany has delivered 10 of the 18 IRIS-T systems it promised Ukraine, the "
     "government said.",
     {("DE", AIR, D), ("DE", AIR, P)}),
    ("en", "", "WARSAW (Reuters) - Poland will lend Ukraine 40 of its Krab howitzers until the end of the war, the "
     "defence minister said.",
     {("PL", "artillery", P)}),
    ("en", "", "BERLIN (Reuters) - The Bundestag approved 8 billion euros in military aid for Ukraine for next year.",
     {("DE", "funding", P)}),
    # (a French relative clause's own subject, "que Bratislava a envoyés", gives the
    # BMP-1: read since the eleventh round, tests/pledges/test_pledges_wire_11.py)
    ("fr", "", "BERLIN (AFP) - L'Allemagne fournira 15 chars Leopard 2 à la Slovaquie en échange des 30 BMP-1 "
     "que Bratislava a envoyés à l'Ukraine.",
     {("SK", ARMOUR, D)}),
    ("fr", "", "KIEV (AFP) - Les partenaires occidentaux de Kiev ont livré plus de 1 000 véhicules blindés à ce jour, "
     "a indiqué le ministre de la Défense Roustem Oumerov.",
     {("ALLIES", ARMOUR, D)}),
    ("fr", "", "BERLIN (AFP) - L'Allemagne a livré dix des dix-huit systèmes IRIS-T promis à l'Ukraine, a indiqué le "
     "gouvernement.",
     {("DE", AIR, D), ("DE", AIR, P)}),
    ("fr", "", "VARSOVIE (AFP) - La Pologne va prêter à l'Ukraine 40 de ses obusiers Krab jusqu'à la fin de la "
     "guerre.",
     {("PL", "artillery", P)}),
    ("fr", "", "BERLIN (AFP) - Le Bundestag a approuvé 8 milliards d'euros d'aide militaire à l'Ukraine pour l'an "
     "prochain.",
     {("DE", "funding", P)}),
    ("de", "", "BERLIN (dpa) - Im Ringtausch erhält die Slowakei 15 Leopard-2-Panzer aus Deutschland für die 30 BMP-1, "
     "die Bratislava an die Ukraine geliefert hat.",
     {("SK", ARMOUR, D)}),
    ("de", "", "KIEW (dpa) - Die westlichen Partner Kiews haben bislang mehr als 1.000 gepanzerte Fahrzeuge geliefert, "
     "sagte Verteidigungsminister Rustem Umerow.",
     {("ALLIES", ARMOUR, D)}),
    ("de", "", "BERLIN (dpa) - Deutschland hat der Ukraine zehn der 18 zugesagten IRIS-T-Systeme geliefert, teilte die "
     "Bundesregierung mit.",
     {("DE", AIR, D), ("DE", AIR, P)}),
    ("de", "", "WARSCHAU (dpa) - Polen will der Ukraine 40 seiner Krab-Haubitzen bis zum Kriegsende leihen.",
     {("PL", "artillery", P)}),
    ("de", "", "BERLIN (dpa) - Der Bundestag billigte acht Milliarden Euro Militärhilfe für die Ukraine im kommenden "
     "Jahr.",
     {("DE", "funding", P)}),
]


@pytest.mark.parametrize(("lang", "title", "text", "expected"), FOURTH_ROUND + FIFTH_ROUND + SIXTH_ROUND + SEVENTH_ROUND)
def test_wire_articles_with_their_headlines_give_their_labelled_records(
    lang: str, title: str, text: str, expected: set
) -> None:
    assert records(text, title=title, lang=lang) == expected


CASES = in_three_languages(ENGLISH, FRENCH, GERMAN) + SECOND_ROUND + THIRD_ROUND


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_wire_articles_give_their_labelled_records(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected


_counted = reading_of("donor", "category", "quantity", "value")


# The count or amount each record carries: numbers in words, "up to", a worth told after the
# count, a new amount told beside the donor's running total (the total is no new money).
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", text_of(ENGLISH[13]), {("AU", "tanks", 49, None)}),
        ("en", text_of(ENGLISH[2]), {("DE", "funding", None, 5e8)}),
        ("en", text_of(ENGLISH[1]), {("NO", AIR, None, 2e9)}),
        pytest.param("en", text_of(ENGLISH[19]), {("CA", "drones", 800, 95e6)}, marks=pytest.mark.xfail(
            strict=True, reason="the SkyRanger drone read as the Skyranger air defence gun (see above)")),
        ("fr", text_of(FRENCH[2]), {("SE", "funding", None, 3e9)}),
        ("fr", text_of(FRENCH[13]), {("CA", ARMOUR, 200, None)}),
        ("fr", text_of(FRENCH[15]), {("FR", "artillery", 12, None)}),
        ("fr", text_of(FRENCH[17]), {("GB", "drones", 100000, None)}),
        ("de", text_of(GERMAN[2]), {("DE", "funding", None, 5e8)}),
        ("de", text_of(GERMAN[13]), {("PL", "tanks", 14, None)}),
        ("de", text_of(GERMAN[14]), {("CA", ARMOUR, 200, None)}),
        ("de", text_of(GERMAN[1]), {("NL", "drones", None, 2e8)}),
        ("en", THIRD_ROUND[1][1], {("FR", "artillery", 12, None)}),
        # (half a million read since pledges round 52)
        ("en", THIRD_ROUND[4][1], {("CZ", "ammunition", 500000, None)}),
        ("fr", THIRD_ROUND[9][1], {("FR", "artillery", 12, None)}),
        # (half a million read since pledges round 52)
        ("fr", THIRD_ROUND[12][1], {("CZ", "ammunition", 500000, None)}),
        ("de", THIRD_ROUND[17][1], {("FR", "artillery", 12, None)}),
        # (half a million read since pledges round 52)
        ("de", THIRD_ROUND[20][1], {("CZ", "ammunition", 500000, None)}),
        ("en", FOURTH_ROUND[1][2], {("PL", "tanks", 300, None)}),
        ("en", FOURTH_ROUND[4][2], {("NO", ARMOUR, 70, None)}),
        ("fr", FOURTH_ROUND[10][2], {("PL", "tanks", 300, None)}),
        ("fr", FOURTH_ROUND[13][2], {("NO", ARMOUR, 70, None)}),
        ("de", FOURTH_ROUND[18][2], {("PL", "tanks", 300, None)}),
        ("de", FOURTH_ROUND[21][2], {("NO", ARMOUR, 70, None)}),
    ],
)
def test_wire_articles_give_their_counts_and_amounts(lang: str, text: str, expected: set) -> None:
    assert _counted(text, lang) == expected
