"""What is still under discussion, told as wire copy tells it (dateline, "X said on
Tuesday", quotes, a paragraph of background), in English, French and German, on short
articles written for these tests (none is taken from the real-article set): hedges and
deliberation ("is weighing", "étudie la possibilité", "erwägt", "noch keine
Entscheidung"), requests addressed to one donor (discussed for that donor; a request to
nobody in particular gives no record; a request granted is a promise), meetings
previewed and announcements expected, and what must stay as it was: a past decision
recalled, another country's budget debate, sanctions talk, a giving recalled from
before, a second donor's pledge of the same day, money paid.

The labelling rules read: discussed is "under discussion, expected, considered,
examined; an export approval alone". Earlier rounds: tests/pledges/test_pledges_status_2.py."""

from __future__ import annotations

import pytest

from tests.support.wire_reading import records

DI, RF, P, D, PR = "discussed", "refused", "pledged", "delivered", "production"

# (lang, title, body, expected (donor, category, status) records). Every case is exact:
# an empty set means the article gives no record.
CASES: list[tuple[str, str, str, set]] = [
    # --- hedges and deliberation, English
    ("en", "Germany weighs sending two more Patriot systems to Ukraine",
     "BERLIN, March 4 (Reuters) - Germany is weighing whether to send two more Patriot air defence systems to "
     "Ukraine, a government spokesperson said on Tuesday. No decision has been taken yet, he added.",
     {("DE", "air_defence", DI)}),
    ("en", "Norway studying Ukrainian request for NASAMS",
     "OSLO (Reuters) - Norway is studying a Ukrainian request for additional NASAMS air defence systems, the defence "
     "minister told reporters on Wednesday.",
     {("NO", "air_defence", DI)}),
    ("en", "Dutch to decide on more F-16s next week",
     "THE HAGUE (AFP) - The Dutch government is expected to decide next week whether to transfer more F-16 fighter "
     "jets to Ukraine, two people familiar with the matter said.",
     {("NL", "aircraft", DI)}),
    ("en", "Sweden could send Archer howitzers within months, minister says",
     "STOCKHOLM (AFP) - Sweden could send Archer artillery systems to Ukraine within months, the defence minister "
     "said on Monday, adding that no final decision had been made.",
     {("SE", "artillery", DI)}),
    ("en", "Biden may approve ATACMS for Kyiv this week",
     "WASHINGTON (Reuters) - President Joe Biden may approve the transfer of long-range ATACMS missiles to Ukraine as "
     "soon as this week, two U.S. officials said on Thursday.",
     {("US", "missiles", DI)}),
    ("en", "Spain mulls sending more Leopard tanks",
     "MADRID (Reuters) - Spain is mulling the delivery of up to ten more Leopard 2 tanks to Ukraine, the defence "
     "ministry said in a statement on Friday.",
     {("ES", "tanks", DI)}),
    ("en", "Belgium open to delivering F-16s earlier, prime minister says",
     "BRUSSELS (Reuters) - Belgium is open to delivering its first F-16 fighter jets to Ukraine earlier than "
     "planned, the prime minister said on Tuesday.",
     {("BE", "aircraft", DI)}),
    ("en", "Canada in talks on supplying more armoured vehicles to Ukraine",
     "OTTAWA (Reuters) - Canada is in talks about supplying more armoured vehicles to Ukraine, the defence minister "
     "said on Wednesday. \"We have not made a final decision,\" he told reporters.",
     {("CA", "armoured_vehicles", DI)}),
    ("en", "Pentagon weighs cluster munitions for Ukraine",
     "WASHINGTON (AFP) - The Pentagon is examining whether to provide cluster munitions to Ukraine, officials said, "
     "a step long resisted by the White House.",
     {("US", "ammunition", DI)}),
    ("en", "Britain has yet to decide on Storm Shadow request",
     "LONDON (Reuters) - Britain has yet to decide whether to supply more Storm Shadow missiles to Ukraine, a "
     "government source said on Monday.",
     {("GB", "missiles", DI)}),
    ("en", "Germany considering Ukraine's request for Taurus, Scholz says",
     "BERLIN (dpa) - Chancellor Olaf Scholz said on Wednesday that Germany was still considering a Ukrainian request "
     "for Taurus cruise missiles. \"We are looking at it carefully,\" he told reporters.",
     {("DE", "missiles", DI)}),
    ("en", "Italy examining new air defence package for Ukraine",
     "ROME (Reuters) - Italy is examining a new military aid package for Ukraine that could include a second SAMP/T "
     "air defence system, the defence minister said on Thursday.",
     {("IT", "air_defence", DI)}),
    ("en", "Berlin can deliver IRIS-T systems within weeks, minister says",
     "BERLIN (Reuters) - Germany can deliver two more IRIS-T air defence systems to Ukraine within weeks if industry "
     "speeds up production, the defence minister said on Friday.",
     {("DE", "air_defence", DI)}),
    # --- hedges, French
    ("fr", "La France étudie la possibilité de livrer des chars Leclerc à l'Ukraine",
     "PARIS (AFP) - La France étudie la possibilité de livrer des chars Leclerc à l'Ukraine, a indiqué mardi le "
     "ministère des Armées, sans donner de calendrier.",
     {("FR", "tanks", DI)}),
    ("fr", "Paris réfléchit à l'envoi de nouveaux canons Caesar",
     "PARIS (AFP) - Le gouvernement français réfléchit à l'envoi de nouveaux canons Caesar à l'Ukraine, a déclaré "
     "mercredi le ministre des Armées.",
     {("FR", "artillery", DI)}),
    ("fr", "F-16 : la Belgique n'a pas encore décidé",
     "BRUXELLES (AFP) - La Belgique n'a pas encore décidé si elle livrerait des avions F-16 à l'Ukraine dès cette "
     "année, a déclaré jeudi la ministre de la Défense.",
     {("BE", "aircraft", DI)}),
    ("fr", "Madrid envisage l'envoi de batteries Patriot supplémentaires",
     "MADRID (AFP) - L'Espagne envisage l'envoi d'une batterie Patriot supplémentaire en Ukraine, selon des sources "
     "gouvernementales citées vendredi par la presse espagnole.",
     {("ES", "air_defence", DI)}),
    ("fr", "Les Pays-Bas examinent une demande ukrainienne de chars",
     "LA HAYE (Reuters) - Les Pays-Bas examinent une demande ukrainienne portant sur des chars Leopard 1, a indiqué "
     "lundi le ministère néerlandais de la Défense.",
     {("NL", "tanks", DI)}),
    ("fr", "Mirage 2000 : aucune décision prise, selon l'Élysée",
     "PARIS (AFP) - Aucune décision n'a été prise sur la livraison de Mirage 2000 à l'Ukraine, a indiqué jeudi "
     "l'Élysée, démentant des informations de presse.",
     {("FR", "aircraft", DI)}),
    ("fr", "Le Danemark se penche sur l'envoi de nouveaux F-16",
     "COPENHAGUE (AFP) - Le gouvernement danois se penche sur l'envoi d'une nouvelle série d'avions F-16 à "
     "l'Ukraine, a annoncé mardi le ministre de la Défense.",
     {("DK", "aircraft", DI)}),
    ("fr", "La Suède se dit ouverte à la livraison d'avions Gripen",
     "STOCKHOLM (AFP) - La Suède est ouverte à la livraison d'avions de combat Gripen à l'Ukraine, a déclaré lundi "
     "le Premier ministre suédois, sans avancer de date.",
     {("SE", "aircraft", DI)}),
    ("fr", "L'Italie pourrait annoncer un nouveau système SAMP/T",
     "ROME (AFP) - L'Italie pourrait annoncer la semaine prochaine l'envoi d'un nouveau système de défense "
     "antiaérienne SAMP/T à l'Ukraine, selon le quotidien Corriere della Sera.",
     {("IT", "air_defence", DI)}),
    ("fr", "Canons Caesar : Paris en discussion avec Kiev",
     "PARIS (Reuters) - La France est en discussion avec l'Ukraine sur la livraison de canons Caesar "
     "supplémentaires, a déclaré samedi le ministre des Armées.",
     {("FR", "artillery", DI)}),
    # --- hedges, German
    ("de", "Berlin prüft Lieferung weiterer Leopard-Panzer",
     "BERLIN (dpa) - Das Verteidigungsministerium prüft derzeit, ob weitere Leopard-1-Panzer an die Ukraine gehen "
     "können. Das sagte ein Sprecher am Montag in Berlin.",
     {("DE", "tanks", DI)}),
    ("de", "Schweden erwägt Abgabe von Gripen-Jets",
     "STOCKHOLM (dpa) - Schweden erwägt, der Ukraine Gripen-Kampfjets zu überlassen. Eine Entscheidung sei aber "
     "noch nicht gefallen, sagte der Verteidigungsminister am Dienstag.",
     {("SE", "aircraft", DI)}),
    ("de", "Dänemark zieht weitere F-16 in Erwägung",
     "KOPENHAGEN (dpa) - Dänemark zieht die Lieferung weiterer F-16-Kampfjets an die Ukraine in Erwägung, wie der "
     "Verteidigungsminister am Mittwoch mitteilte.",
     {("DK", "aircraft", DI)}),
    ("de", "Berlin im Gespräch mit Kiew über weitere Iris-T",
     "BERLIN (dpa) - Die Bundesregierung ist mit Kiew im Gespräch über weitere Iris-T-Systeme zur Luftverteidigung, "
     "sagte ein Regierungssprecher am Freitag.",
     {("DE", "air_defence", DI)}),
    ("de", "Noch keine Entscheidung über Taurus",
     "BERLIN (dpa) - Die Bundesregierung hat über eine Lieferung von Taurus-Marschflugkörpern an die Ukraine noch "
     "nicht entschieden. Das sagte Regierungssprecher Steffen Hebestreit am Mittwoch.",
     {("DE", "missiles", DI)}),
    ("de", "Den Haag will weitere F-16 prüfen",
     "DEN HAAG (dpa) - Die Niederlande wollen prüfen, ob sie der Ukraine weitere F-16-Kampfjets überlassen können, "
     "sagte die Verteidigungsministerin am Donnerstag.",
     {("NL", "aircraft", DI)}),
    ("de", "Ob Frankreich Mirage-Jets liefert, ist noch offen",
     "PARIS (dpa) - Ob Frankreich der Ukraine Mirage-Kampfjets liefert, ist nach Angaben aus dem Élysée-Palast noch "
     "offen.",
     {("FR", "aircraft", DI)}),
    ("de", "Norwegen denkt über weitere NASAMS nach",
     "OSLO (dpa) - Norwegen denkt über die Lieferung weiterer NASAMS-Flugabwehrsysteme an die Ukraine nach, sagte "
     "Ministerpräsident Jonas Gahr Støre am Montag.",
     {("NO", "air_defence", DI)}),
    ("de", "Spanien könnte bald Patriot-Raketen schicken",
     "MADRID (dpa) - Spanien könnte der Ukraine schon bald weitere Patriot-Raketen schicken, berichtete die Zeitung "
     "\"El País\" am Sonntag unter Berufung auf Regierungskreise.",
     {("ES", "air_defence", DI)}),
    ("de", "Entscheidung über Leopard-Panzer steht noch aus",
     "BERLIN (Reuters) - Eine Entscheidung der Bundesregierung über die Lieferung von Leopard-2-Panzern an die "
     "Ukraine steht noch aus, sagte ein Sprecher am Dienstag.",
     {("DE", "tanks", DI)}),
    # --- requests addressed to one donor: discussed for that donor
    ("en", "Zelensky asks Sweden for Gripen jets",
     "KYIV (AFP) - Ukrainian President Volodymyr Zelensky on Monday asked Sweden to supply Gripen fighter jets, "
     "saying his air force needed them before the winter.",
     {("SE", "aircraft", DI)}),
    ("en", "Ukraine urges Germany to deliver Taurus missiles",
     "KYIV (Reuters) - Ukraine's foreign minister on Tuesday urged Germany to deliver Taurus cruise missiles "
     "\"without delay\".",
     {("DE", "missiles", DI)}),
    ("en", "Kyiv requests more HIMARS from Washington",
     "KYIV (Reuters) - Ukraine has requested ten more HIMARS rocket launchers from the United States, a senior "
     "Ukrainian official said on Wednesday.",
     {("US", "artillery", DI)}),
    ("fr", "L'Ukraine réclame des avions de combat à la France",
     "KIEV (AFP) - L'Ukraine réclame des avions de combat à la France, a déclaré mardi le ministre ukrainien des "
     "Affaires étrangères en visite à Paris.",
     {("FR", "aircraft", DI)}),
    ("fr", "Zelensky demande aux Pays-Bas davantage de Patriot",
     "LA HAYE (AFP) - Le président ukrainien a demandé dimanche aux Pays-Bas davantage de systèmes de défense "
     "antiaérienne Patriot, lors d'une visite à La Haye.",
     {("NL", "air_defence", DI)}),
    ("de", "Kiew bittet Berlin um weitere Gepard-Panzer",
     "KIEW (dpa) - Die Ukraine bittet Deutschland um weitere Gepard-Flugabwehrpanzer. Das sagte der ukrainische "
     "Botschafter am Donnerstag in Berlin.",
     {("DE", "air_defence", DI)}),
    ("de", "Selenskyj fordert von den USA mehr Patriot-Systeme",
     "KIEW (Reuters) - Der ukrainische Präsident Wolodymyr Selenskyj hat von den USA weitere Patriot-Systeme "
     "gefordert.",
     {("US", "air_defence", DI)}),
    # ... a request to nobody in particular gives no record
    ("en", "Kyiv pleads for more air defence",
     "KYIV (AFP) - Ukraine's foreign minister on Tuesday called for more Patriot air defence systems after a night "
     "of Russian missile strikes on the capital.",
     set()),
    ("fr", "Kiev réclame davantage d'obus",
     "KIEV (AFP) - L'Ukraine réclame davantage d'obus d'artillerie pour tenir le front, a déclaré jeudi le "
     "commandant en chef ukrainien.",
     set()),
    ("de", "Ukraine fordert mehr Munition",
     "KIEW (dpa) - Die Ukraine fordert mehr Artilleriemunition, sagte der Oberbefehlshaber am Freitag.",
     set()),
    # ... a request granted is the donor's promise
    ("en", "Norway agrees to Kyiv's request for NASAMS",
     "OSLO (Reuters) - Norway has accepted Ukraine's request for two more NASAMS air defence systems, the defence "
     "ministry said on Thursday.",
     {("NO", "air_defence", P)}),
    ("de", "Berlin sagt Kiew weitere Iris-T zu",
     "BERLIN (dpa) - Kiew hatte um weitere Flugabwehrsysteme gebeten. Am Donnerstag sagte die Bundesregierung der "
     "Ukraine zwei weitere Iris-T-Systeme zu.",
     {("DE", "air_defence", P)}),
    ("fr", "Paris accède à la demande de Kiev",
     "PARIS (AFP) - La France a accédé à la demande de l'Ukraine et livrera douze canons Caesar supplémentaires, a "
     "annoncé jeudi le ministère des Armées.",
     {("FR", "artillery", P)}),
    # --- meetings previewed, announcements expected
    ("en", "Ramstein group to discuss air defence on Friday",
     "BRUSSELS (Reuters) - Allied defence ministers will discuss more air defence for Ukraine at a meeting of the "
     "Ukraine Defense Contact Group at Ramstein on Friday, officials said.",
     {("ALLIES", "air_defence", DI)}),
    ("en", "Allies expected to announce new packages at Ramstein",
     "RAMSTEIN, Germany (AFP) - Allies are expected to announce new military aid packages for Ukraine when defence "
     "ministers meet at the U.S. air base on Tuesday.",
     {("ALLIES", "other", DI)}),
    ("fr", "Munitions : les ministres de l'Otan en discuteront jeudi",
     "BRUXELLES (AFP) - Les ministres de la Défense de l'Otan discuteront jeudi à Bruxelles de la livraison de "
     "munitions à l'Ukraine, a annoncé le secrétaire général de l'Alliance.",
     {("NATO", "ammunition", DI)}),
    ("fr", "Les alliés devraient annoncer de nouveaux systèmes antiaériens",
     "BRUXELLES (Reuters) - Les alliés devraient annoncer de nouvelles livraisons de défense antiaérienne à "
     "l'Ukraine lors de la réunion de Ramstein vendredi, selon des diplomates.",
     {("ALLIES", "air_defence", DI)}),
    ("de", "Nato-Minister beraten über Luftverteidigung",
     "BRÜSSEL (dpa) - Die Verteidigungsminister der Nato-Staaten beraten am Donnerstag in Brüssel über weitere "
     "Luftverteidigungssysteme für die Ukraine.",
     {("NATO", "air_defence", DI)}),
    ("de", "Neue Zusagen in Ramstein erwartet",
     "RAMSTEIN (dpa) - Bei dem Treffen in Ramstein werden von den Verbündeten neue Zusagen für Artilleriemunition "
     "erwartet.",
     {("ALLIES", "ammunition", DI)}),
    # --- the known leftovers: a second donor's pledge of the same day
    ("en", "Norway pledges NASAMS to Ukraine",
     "OSLO (Reuters) - Norway will send two more NASAMS air defence systems to Ukraine, the government said on "
     "Tuesday. On the same day, Germany promised four IRIS-T systems.",
     {("NO", "air_defence", P), ("DE", "air_defence", P)}),
    ("fr", "La Norvège promet des NASAMS",
     "OSLO (AFP) - La Norvège va livrer deux systèmes NASAMS supplémentaires à l'Ukraine, a annoncé mardi le "
     "gouvernement. Le même jour, l'Allemagne a promis quatre systèmes IRIS-T.",
     {("NO", "air_defence", P), ("DE", "air_defence", P)}),
    ("de", "Norwegen sagt NASAMS zu",
     "OSLO (dpa) - Norwegen wird der Ukraine zwei weitere NASAMS-Systeme liefern, teilte die Regierung am Dienstag "
     "mit. Am selben Tag sagte Deutschland vier Iris-T-Systeme zu.",
     {("NO", "air_defence", P), ("DE", "air_defence", P)}),
    # ... a giving told as a reference back is not the news
    ("en", "Germany to deliver second IRIS-T system",
     "BERLIN (Reuters) - Germany will deliver a second IRIS-T air defence system to Ukraine next month, after "
     "delivering the first in October, the defence ministry said.",
     {("DE", "air_defence", P), ("DE", "air_defence", D)}),
    ("en", "Spain to send more Leopards",
     "MADRID (Reuters) - Spain will send ten more Leopard 2 tanks to Ukraine after delivering the first six in "
     "April, the defence minister said on Monday.",
     {("ES", "tanks", P), ("ES", "tanks", D)}),
    # ... money paid
    ("de", "Dänemark zahlt 100 Millionen Euro für Munition",
     "KOPENHAGEN (dpa) - Dänemark zahlt weitere 100 Millionen Euro in den Munitionsfonds für die Ukraine ein, teilte "
     "das Verteidigungsministerium am Montag mit.",
     # (money paid into a fund is the payer's funding, the headline's "für Munition" the same
     # sum: relabelled by pledges round 34, the lead's convention; was DK ammunition)
     {("DK", "funding", P)}),
    ("de", "Dänemark überweist der Ukraine 100 Millionen Euro",
     "KOPENHAGEN (dpa) - Dänemark überweist der Ukraine weitere 100 Millionen Euro für Militärhilfe, teilte die "
     "Regierung am Montag mit.",
     {("DK", "funding", P)}),
    ("de", "Dänemark zahlt der Ukraine 100 Millionen Euro",
     "KOPENHAGEN (dpa) - Dänemark zahlt der Ukraine weitere 100 Millionen Euro für Militärhilfe, teilte die "
     "Regierung am Montag mit.",
     {("DK", "funding", P)}),
    ("de", "Dänemark hat 100 Millionen Euro eingezahlt",
     "KOPENHAGEN (dpa) - Dänemark hat 100 Millionen Euro in den Fonds für Militärhilfe an die Ukraine eingezahlt, "
     "teilte die Regierung am Montag mit.",
     {("DK", "funding", D)}),
    # --- look-alikes that must give no discussed record
    ("en", "Germany delivers Taurus, which it had long considered",
     "BERLIN (Reuters) - Germany has delivered the first Taurus cruise missiles to Ukraine, a step it had long "
     "considered, the defence ministry said on Friday.",
     {("DE", "missiles", D)}),
    ("en", "Dutch parliament debates defence budget",
     "THE HAGUE (Reuters) - Dutch lawmakers on Tuesday debated a higher defence budget for the Netherlands' own "
     "armed forces, including new F-35 jets and air defence systems.",
     set()),
    ("en", "EU weighs new sanctions on Russia",
     "BRUSSELS (Reuters) - The European Union is considering a new package of sanctions against Russia over its war "
     "in Ukraine, diplomats said on Wednesday.",
     set()),
    ("fr", "L'UE discute de nouvelles sanctions",
     "BRUXELLES (AFP) - Les Vingt-Sept discutent d'un nouveau paquet de sanctions contre la Russie, a indiqué mardi "
     "un diplomate européen.",
     set()),
    ("de", "Bundestag debattiert über Wehretat",
     "BERLIN (dpa) - Der Bundestag debattiert in dieser Woche über den Verteidigungshaushalt und die Beschaffung "
     "neuer Flugabwehrsysteme für die Bundeswehr.",
     set()),
    ("fr", "Paris a livré les Mirage promis",
     "PARIS (AFP) - La France a livré à l'Ukraine les premiers avions Mirage 2000, une option longtemps envisagée "
     "par Paris, a annoncé jeudi le ministère des Armées.",
     {("FR", "aircraft", D)}),
    ("de", "Berlin liefert Taurus nach langem Zögern",
     "BERLIN (dpa) - Nach monatelangen Beratungen hat Deutschland die ersten Taurus-Marschflugkörper an die "
     "Ukraine geliefert.",
     {("DE", "missiles", D)}),
    ("en", "U.S. announces $500 million package after weeks of debate",
     "WASHINGTON (Reuters) - The United States on Tuesday announced a $500 million military aid package for Ukraine "
     "including HIMARS ammunition, after weeks of debate in Congress.",
     {("US", "funding", P), ("US", "ammunition", P)}),
    # --- more hedges, expectations and capability
    ("en", "Congress still debating Ukraine aid bill",
     "WASHINGTON (Reuters) - The U.S. Congress is still debating a $60 billion military aid bill for Ukraine, with "
     "no vote expected before next month.",
     {("US", "funding", DI)}),
    ("en", "Australia to consider sending more Bushmasters",
     "CANBERRA (Reuters) - Australia will consider sending more Bushmaster armoured vehicles to Ukraine, the prime "
     "minister said on Sunday.",
     {("AU", "armoured_vehicles", DI)}),
    ("en", "Japan exploring ways to supply Patriot interceptors",
     "TOKYO (Reuters) - Japan is exploring ways to supply Patriot interceptor missiles to Ukraine through the United "
     "States, government sources said on Friday.",
     {("JP", "air_defence", DI)}),
    ("en", "Kyiv expects Berlin to deliver Taurus",
     "KYIV (Reuters) - Ukraine expects Germany to deliver Taurus cruise missiles this year, the Ukrainian "
     "ambassador said on Monday.",
     {("DE", "missiles", DI)}),
    ("en", "Dutch F-16 deliveries to begin in autumn",
     "THE HAGUE (Reuters) - The Netherlands said on Friday that deliveries of its F-16 fighter jets to Ukraine are "
     "expected to begin in the autumn.",
     {("NL", "aircraft", P)}),
    ("fr", "MiG-29 : Varsovie n'a pas encore tranché",
     "VARSOVIE (AFP) - La Pologne n'a pas encore tranché sur l'envoi de nouveaux avions MiG-29 à l'Ukraine, a "
     "indiqué lundi le porte-parole du gouvernement.",
     {("PL", "aircraft", DI)}),
    ("fr", "Berlin peut livrer deux IRIS-T en quelques semaines",
     "BERLIN (AFP) - L'Allemagne peut livrer deux systèmes IRIS-T supplémentaires à l'Ukraine en quelques semaines, "
     "a affirmé vendredi le ministre allemand de la Défense.",
     {("DE", "air_defence", DI)}),
    ("de", "USA erwägen Lieferung von ATACMS",
     "WASHINGTON (dpa) - Die USA erwägen die Lieferung weiterer ATACMS-Raketen mit größerer Reichweite an die "
     "Ukraine, berichtete die \"Washington Post\" am Dienstag.",
     {("US", "missiles", DI)}),
    ("de", "Berlin kann weitere Iris-T binnen Wochen liefern",
     "BERLIN (Reuters) - Deutschland kann der Ukraine binnen weniger Wochen zwei weitere Iris-T-Systeme liefern, "
     "sagte der Verteidigungsminister am Freitag.",
     {("DE", "air_defence", DI)}),
    # --- a giving recalled as a reference back, French and German
    ("fr", "L'Allemagne livrera un deuxième IRIS-T",
     "BERLIN (AFP) - L'Allemagne livrera un deuxième système IRIS-T à l'Ukraine le mois prochain, après avoir livré "
     "le premier en octobre, a indiqué le ministère de la Défense.",
     {("DE", "air_defence", P), ("DE", "air_defence", D)}),
    ("de", "Deutschland will zweites Iris-T-System liefern",
     "BERLIN (dpa) - Deutschland wird der Ukraine im nächsten Monat ein zweites Iris-T-System liefern, nachdem das "
     "erste im Oktober übergeben worden war.",
     {("DE", "air_defence", P), ("DE", "air_defence", D)}),
    # --- more look-alikes
    ("en", "Poland delivers MiG-29s it had weighed for months",
     "WARSAW (Reuters) - Poland, which had considered sending MiG-29 fighter jets for months, handed over the first "
     "four to Ukraine on Thursday.",
     {("PL", "aircraft", D)}),
    ("fr", "Les députés débattent du budget des armées",
     "PARIS (AFP) - L'Assemblée nationale débat cette semaine de la loi de programmation militaire, qui prévoit de "
     "nouveaux canons Caesar et des systèmes de défense antiaérienne pour l'armée française.",
     set()),
    ("de", "EU berät über neue Russland-Sanktionen",
     "BRÜSSEL (dpa) - Die EU-Staaten beraten über ein neues Sanktionspaket gegen Russland wegen des Angriffskriegs "
     "gegen die Ukraine.",
     set()),
    # --- the other side of each new rule: what must stay as it was
    # a warning names no one asked; a request told where it is made asks no one there
    ("en", "Moscow warns Berlin over Taurus",
     "MOSCOW (Reuters) - Russia on Monday warned Germany against sending Taurus cruise missiles to Ukraine.",
     set()),
    ("fr", "Moscou met en garde Paris",
     "MOSCOU (AFP) - La Russie a mis en garde la France contre la livraison de missiles SCALP à l'Ukraine.",
     set()),
    ("en", "Zelensky asks for more air defence in Berlin",
     "BERLIN (AFP) - Ukrainian President Volodymyr Zelensky asked in Berlin on Friday for more Patriot air defence "
     "systems.",
     set()),
    # who asks is not asked: the one named after the request verb is
    ("en", "Poland urges Germany to send more Leopards",
     "WARSAW (Reuters) - Poland on Tuesday urged Germany to send more Leopard 2 tanks to Ukraine.",
     {("DE", "tanks", DI)}),
    ("fr", "Zelensky appelle la France à livrer plus de Caesar",
     "KIEV (AFP) - Le président ukrainien a appelé mercredi la France à livrer davantage de canons Caesar.",
     {("FR", "artillery", DI)}),
    # a request already granted asks no one and promises nothing (the thanks, this far from
    # the jets, tells no delivery either: no record rather than a wrong promise)
    ("en", "F-16s arrive in Ukraine",
     "KYIV (Reuters) - The first F-16 fighter jets have arrived in Ukraine, the president said on Sunday. He thanked "
     "Denmark, the Netherlands and the other partners for accepting Kyiv's request for the F-16s.",
     set()),
    # what the request's clause does not name is not asked for; and the allies called on as a whole are
    # no one in particular (the lead's ruling for pledges round 39; until then ALLIES, discussed)
    ("en", "NATO chief urges allies to send more air defence",
     "BRUSSELS (Reuters) - NATO Secretary General Mark Rutte on Wednesday urged allies to send Ukraine more air "
     "defence systems, saying Russia had fired a record number of drones at Ukrainian cities.",
     set()),
    # a deliberation that is not over is the news; one told without a time stays discussed
    ("de", "Berlin erwägt Taurus-Lieferung",
     "BERLIN (dpa) - Nach Angaben des Verteidigungsministeriums erwägt Berlin die Lieferung von "
     "Taurus-Marschflugkörpern an die Ukraine.",
     {("DE", "missiles", DI)}),
    ("fr", "Caesar : Paris promet après des semaines de discussions",
     "PARIS (AFP) - Après des semaines de discussions, la France a promis mardi douze canons Caesar à l'Ukraine.",
     {("FR", "artillery", P)}),
    ("en", "Germany still weighing Taurus after months of debate",
     "BERLIN (Reuters) - After months of debate, Germany is still weighing whether to send Taurus missiles to "
     "Ukraine.",
     {("DE", "missiles", DI)}),
    # replacements for the donor's own forces beside a giving weighed: still weighed
    ("en", "Berlin weighs Patriots for Kyiv",
     "BERLIN (Reuters) - Germany is weighing whether to send two Patriot systems now and buy replacements for the "
     "Bundeswehr later.",
     {("DE", "air_defence", DI)}),
    # a German main verb does not tell what a clause after ", nachdem" did
    ("de", "Polen liefert weitere MiG-29",
     "WARSCHAU (dpa) - Polen hat der Ukraine vier weitere MiG-29-Kampfjets geliefert, nachdem Kiew um "
     "Nachschub gebeten hatte.",
     {("PL", "aircraft", D)}),
    # --- a second round, written after the first fixes
    ("en", "UK reviewing options for more Challengers",
     "LONDON (Reuters) - Britain is reviewing options to send more Challenger 2 tanks to Ukraine, a defence ministry "
     "spokesman said on Thursday.",
     {("GB", "tanks", DI)}),
    ("en", "Ottawa looking at more air defence for Kyiv",
     "OTTAWA (Reuters) - Canada's defence minister said on Tuesday that Ottawa was looking at sending more air defence "
     "systems to Ukraine.",
     {("CA", "air_defence", DI)}),
    ("en", "Zelensky presses Washington for more interceptors",
     "WASHINGTON (AFP) - Ukrainian President Volodymyr Zelensky pressed Washington for more Patriot interceptors at a "
     "White House meeting on Thursday.",
     {("US", "air_defence", DI)}),
    ("en", "Berlin to decide on more Leopards next week",
     "BERLIN (Reuters) - Germany will decide on more Leopard 2 tanks for Ukraine next week, a government spokesman "
     "said on Friday.",
     {("DE", "tanks", DI)}),
    ("fr", "Chars : Ottawa n'a pas encore tranché",
     "OTTAWA (AFP) - Le Canada n'a pas encore pris de décision sur l'envoi de chars Leopard 2 supplémentaires à "
     "l'Ukraine, a indiqué lundi la ministre de la Défense.",
     {("CA", "tanks", DI)}),
    ("fr", "Caesar : Paris décidera la semaine prochaine",
     "PARIS (AFP) - La France décidera la semaine prochaine de l'envoi de nouveaux canons Caesar à l'Ukraine, selon "
     "l'Élysée.",
     {("FR", "artillery", DI)}),
    ("de", "Kiew bittet Berlin um Taurus",
     "KIEW (dpa) - Die Ukraine hat Deutschland um die Lieferung von Taurus-Marschflugkörpern gebeten, sagte der "
     "Außenminister am Montag.",
     {("DE", "missiles", DI)}),
    ("de", "Berlin will nächste Woche über Leopard entscheiden",
     "BERLIN (dpa) - Die Bundesregierung will in der kommenden Woche über weitere Leopard-Panzer für die Ukraine "
     "entscheiden.",
     {("DE", "tanks", DI)}),
]


@pytest.mark.parametrize(("lang", "title", "body", "expected"), CASES, ids=[c[1][:60] for c in CASES])
def test_what_is_under_discussion_and_what_is_not(lang: str, title: str, body: str, expected: set) -> None:
    assert records(body, title, lang) == expected
