"""Review 63's feed items (the third feed-item probe of the pledge reader, tests/pledges/test_review_63.py, whose
docstring holds the brief, the labelling choices and the figures): 48 FEED ITEMS invented for the probe, 16 a
language, each a headline and an RSS summary as outlets and aggregators publish them, each as (outlet kind,
headline, summary, records); three carry a headline alone (summary ""), as an aggregator's item often does. Where
reviews 62 and 62b stressed the feed's wrapping, number notations and financing jargon, this file stresses: defence
trade press (dense designations, makers beside governments, contract numbers, "under a contract", an FMS case);
aggregator items (a headline ending " - Outlet", a summary repeating the headline or listing related headlines);
live blogs and digests (several unrelated short news in one summary, one of them aid news); comment, fact checks,
questions and answers, and timelines of older pledges with their years; quantities in words and approximations ("a
dozen", "une vingtaine", "ein Dutzend", "several hundred", "rund", "près de", "up to", "at least", "une poignée"),
fractions; groups as donors (the Baltic and Nordic states, Benelux, les Vingt-Sept, die EU-Staaten) and one donor
paying for another's kit; headlines the summary corrects or softens; Swiss, Austrian, Belgian, Canadian and African
francophone outlets; agency prefixes. Two test modules read them: the pledge probe (the records) and the relevance
probe, tests/rules/test_review_63.py (every one is aid news). No text, name or figure is taken from the real-article
set; every person is left unnamed, and the outlets named after " - " are invented."""

from __future__ import annotations

from tests.support.wire_labels import AIR, AMMO, ARMOUR, ARMS, MONEY, D, M, P, R, X  # noqa: F401

# (outlet kind, headline, summary, records), labelled by hand before the first run. The outlet kind names the
# shape the summary imitates, not a real outlet's text.

ENGLISH = [
    ("trade_contracts_daily", "Army awards $318M contract to restart Hawk interceptor production for Ukraine",
     "WASHINGTON — The U.S. Army awarded RTX a $318 million contract to restart production of Hawk interceptors "
     "destined for Ukraine, the Pentagon said in its daily contract announcements Tuesday. The work, funded "
     "through the Ukraine Security Assistance Initiative, is to be completed by March 2028 under contract "
     "W31P4Q-26-C-0042.",
     {("US", AIR, M, 318000000)}),
    ("trade_land_systems", "Belgian Army delivers a second batch of M113 armored personnel carriers to Ukraine",
     "According to information published by the Belgian Ministry of Defence on December 2, 2025, a second batch "
     "of about 20 M113A2 armored personnel carriers, taken from Belgian reserve stocks and overhauled by a "
     "private firm in Liège, has been delivered to Ukrainian forces. The vehicles join several hundred M113s "
     "supplied by partners since 2022.",
     {("BE", ARMOUR, D, 20)}),
    ("trade_procurement", "Sweden orders 14 CV90 Mk IV for Ukraine, with Denmark and Norway sharing the bill",
     "Sweden's Defence Materiel Administration (FMV) has signed a contract with BAE Systems Hägglunds for 14 CV90 "
     "Mk IV infantry fighting vehicles for Ukraine, with Denmark and Norway each paying a third of the cost, FMV "
     "said today. Deliveries are set to begin in 2027 from the plant in Örnsköldsvik.",
     {("SE", ARMOUR, M, 14), ("DK", ARMOUR, M, None), ("NO", ARMOUR, M, None)}),
    ("aggregator_title_only", "Norway to donate two NASAMS fire units to Ukraine, minister says - The Baltic Courier",
     "",
     {("NO", AIR, P, 2)}),
    ("aggregator_repeat", "Portugal to send €100 million in drones to Ukraine - Atlantic Post",
     "Portugal to send €100 million in drones to Ukraine  Atlantic Post and more coverage on the story from "
     "4 sources",
     {("PT", "drones", P, 100000000)}),
    ("aggregator_related", "Czech initiative hands Ukraine its 500,000th large-calibre shell - Prague Monitor",
     "Czech initiative hands Ukraine its 500,000th large-calibre shell  Prague Monitor\n"
     "Czech ammunition scheme short of money for next year  Central Europe Wire\n"
     "Who pays for the Czech shells? An explainer  The Ledger",
     {("CZ", AMMO, D, None)}),
    ("live_blog", "Live: Russia-Ukraine war latest – Kyiv hit by drones; Finland unveils 29th aid package",
     "Overnight strikes cut power to parts of Kyiv, the city's mayor said. Finland has announced its 29th military "
     "aid package for Ukraine, worth €95 million, including artillery ammunition and spare parts. Meanwhile, talks "
     "in Geneva on a prisoner exchange ended without agreement. Ukraine's grain exports rose 8% in November.",
     {("FI", MONEY, P, 95000000), ("FI", AMMO, P, None), ("FI", "other", P, None)}),
    ("evening_digest", "The day in brief: Wednesday, 3 December",
     "Eurozone inflation fell to 2.1%, the lowest in four years. A storm closed schools across northern Scotland. "
     "Canada will deliver 25 more Senator armoured vehicles to Ukraine by spring, its defence minister said in "
     "Ottawa. And the Bank of Japan held interest rates, as expected.",
     {("CA", ARMOUR, P, 25)}),
    ("op_ed", "Why Berlin should send Taurus now",
     "Germany has refused for almost three years to give Ukraine its Taurus cruise missiles, fearing escalation. "
     "That fear has been overtaken by events, argues a retired air force general: the chancellor should drop his "
     "veto before the spring.",
     {("DE", "missiles", R, None)}),
    ("fact_check", "Fact check: No, Spain has not sent Leopard 2A6 tanks to Ukraine this month",
     "A video shared thousands of times claims to show Spanish Leopard 2A6 tanks being unloaded in Lviv. The "
     "footage comes from a 2023 exercise near Zaragoza. Spain's defence ministry told us it had delivered no new "
     "tanks this year; its last Leopard 2A4 were handed over in 2024.",
     {("ES", "tanks", D, None)}),
    ("explainer_q_and_a", "What is the coalition of the willing, and what has it promised Ukraine?",
     "The coalition of the willing, a group of about 30 countries led by Britain and France, has pledged to deploy "
     "a reassurance force to Ukraine after a ceasefire and to keep arming its army. It has not said how many "
     "troops it would send, or when. Here is what we know.",
     set()),
    ("timeline_recap", "Ukraine's air defence: how the West built a shield, 2022-2025",
     "In 2022 Germany sent the first IRIS-T SLM system and the U.S. pledged NASAMS. In 2023 Patriot batteries "
     "arrived from the U.S. and Germany, and France and Italy supplied a SAMP/T. By 2025 Kyiv was still asking "
     "for more.",
     {("DE", AIR, D, None), ("US", AIR, P, None), ("US", AIR, D, None), ("FR", AIR, D, None),
      ("IT", AIR, D, None)}),
    ("wire_dateline", "Baltic states to buy a dozen IRIS-T SLS launchers for Ukraine",
     "TALLINN, Dec 3 (Reuters) - Estonia, Latvia and Lithuania will jointly buy a dozen IRIS-T SLS short-range "
     "launchers from Diehl Defence for Ukraine, paid for from their 2026 budgets, Estonia's defence minister said "
     "on Wednesday. The first are due in the autumn.",
     {("EE", AIR, M, None), ("LV", AIR, M, None), ("LT", AIR, M, None)}),
    ("canadian_paper", "Canada to train up to 1,200 Ukrainian soldiers in Latvia next year",
     "OTTAWA — Canadian Armed Forces instructors will train up to 1,200 Ukrainian recruits in Latvia next year "
     "under Operation UNIFIER, National Defence said Thursday, a second batch after the 800 trained there this "
     "year. The instructors will come from bases in Petawawa and Valcartier.",
     {("CA", "training", P, 1200), ("CA", "training", D, 800)}),
    ("agency_afp_en", "Italy to send second SAMP/T system to Kyiv",
     "ROME (AFP) - Italy is considering sending a second SAMP/T air defence system to Ukraine, but no decision has "
     "been taken, the defence minister told parliament on Tuesday, adding that the newer SAMP/T NG would first "
     "go to Italy's own forces.",
     {("IT", AIR, X, None)}),
    ("nordic_wire", "Norway funds 18 Archer howitzers from Sweden for Kyiv",
     "OSLO (NTB) - Norway will pay 2.1 billion kroner for 18 Archer self-propelled howitzers that Sweden will "
     "deliver to Ukraine from its own stocks next year, the two governments said on Friday. Sweden will replace "
     "its guns with new ones from BAE Systems Bofors.",
     {("NO", "artillery", P, 18), ("SE", "artillery", P, 18)}),
]

FRENCH = [
    ("blog_defense", "L'armée de Terre va céder une vingtaine de VAB supplémentaires à l'Ukraine",
     "Selon nos informations, l'armée de Terre s'apprête à céder une vingtaine de véhicules de l'avant blindé "
     "[VAB] supplémentaires aux forces ukrainiennes, prélevés sur les stocks de la maintenance industrielle "
     "terrestre. Depuis 2022, près de 300 VAB ont déjà été livrés à Kiev.",
     {("FR", ARMOUR, P, 20), ("FR", ARMOUR, D, 300)}),
    ("blog_industrie", "Un contrat pour 12 CAESAR Mk II destinés à l'Ukraine notifié à KNDS France",
     "La Direction générale de l'armement (DGA) a notifié à KNDS France une commande de 12 CAESAR Mk II au profit "
     "de l'Ukraine, financée par les revenus des avoirs russes gelés versés par l'Union européenne, indique le "
     "ministère des Armées. Les premières livraisons sont attendues en 2026.",
     # (relabelled by fix63b: the orderer and the payer are both on the production record, but the 12 told of
     # the two together is on neither, as the README's "totals spread over several donors are not split" and the
     # reader's joint figures are; copied to both, the tracker would count 24 guns)
     {("FR", "artillery", M, None), ("EU", "artillery", M, None)}),
    ("agregateur_titre_seul", "La Belgique livrera ses premiers F-16 à l'Ukraine avant la fin de l'année - La Gazette de Liège",
     "",
     {("BE", "aircraft", P, None)}),
    ("agregateur_liste", "Aide militaire : les Vingt-Sept s'accordent sur 2 milliards d'euros pour des obus - Europe Hebdo",
     "Aide militaire : les Vingt-Sept s'accordent sur 2 milliards d'euros pour des obus  Europe Hebdo\n"
     "La Hongrie lève son veto à Bruxelles  Journal de Bruxelles\n"
     "Obus pour Kiev : où en est la production européenne ?  L'Industriel",
     {("EU", AMMO, P, 2000000000)}),
    ("ce_qu_il_faut_retenir", "Guerre en Ukraine : ce qu'il faut retenir de la journée du jeudi 4 décembre",
     "Des frappes russes ont privé d'électricité une partie de Kharkiv ; en Belgique, des instructeurs de l'armée "
     "ont achevé la formation de 150 mécaniciens ukrainiens sur F-16 ; à Genève, les discussions sur un échange "
     "de prisonniers ont été suspendues ; le prix du gaz a reculé en Europe.",
     {("BE", "training", D, 150)}),
    ("en_direct", "EN DIRECT - Ukraine : la Suède annonce son 20e paquet d'aide, alerte aérienne à Kiev",
     "10h42 – La Suède a annoncé un 20e paquet d'aide militaire d'une valeur de 4 milliards de couronnes, "
     "comprenant des obusiers Archer et des munitions. 10h15 – Le président ukrainien est arrivé à Berlin pour "
     "une visite d'une journée. 9h30 – Une alerte aérienne a été déclenchée sur tout le territoire ukrainien.",
     {("SE", MONEY, P, 4000000000), ("SE", "artillery", P, None), ("SE", AMMO, P, None)}),
    ("tribune", "Tribune : « La France doit livrer des Mirage 2000 supplémentaires, et vite »",
     "Paris a déjà cédé une poignée de Mirage 2000-5 à Kiev en 2025. Pour l'auteur de cette tribune, ancien pilote "
     "de chasse, il faut aller plus loin et puiser dans la flotte de l'armée de l'Air avant son retrait du "
     "service.",
     {("FR", "aircraft", D, None)}),
    ("vrai_ou_faux", "Vrai ou faux : la Pologne a-t-elle livré 40 chars PT-91 la semaine dernière ?",
     "Une publication virale affirme que Varsovie a livré 40 chars PT-91 à l'Ukraine la semaine dernière. C'est "
     "faux : le ministère polonais de la Défense indique qu'aucune livraison de chars n'a eu lieu depuis l'été. "
     "Il confirme en revanche l'envoi récent de munitions de 155 mm.",
     {("PL", AMMO, D, None)}),
    ("questions_reponses", "Qu'est-ce que le mécanisme PURL, auquel Paris refuse de contribuer ?",
     "Le dispositif PURL permet aux alliés de l'Otan de financer l'achat d'armes américaines pour l'Ukraine. "
     "Paris, qui privilégie l'industrie européenne, a fait savoir qu'il n'y contribuerait pas. L'Allemagne et les "
     "Pays-Bas y ont déjà versé plusieurs centaines de millions de dollars. Explications.",
     {("FR", MONEY, R, None), ("DE", MONEY, D, None), ("NL", MONEY, D, None)}),
    ("chronologie", "Chronologie : trois ans de chars occidentaux pour l'Ukraine",
     "Janvier 2023 : Londres annonce l'envoi de 12 Challenger 2. Mars 2023 : les premiers Leopard 2 allemands "
     "arrivent en Ukraine. 2024 : l'Australie promet 38 chars Abrams M1A1. 2025 : le Danemark et l'Allemagne "
     "livrent ensemble une centaine de Leopard 1A5 remis à neuf.",
     {("GB", "tanks", P, 12), ("DE", "tanks", D, None), ("AU", "tanks", P, 38), ("DK", "tanks", D, None)}),
    ("radio_suisse", "La Suisse refuse la réexportation d'une trentaine de Piranha vers l'Ukraine",
     "Le Conseil fédéral a rejeté mercredi une demande du Danemark, qui souhaitait céder à Kiev une trentaine de "
     "blindés Piranha III de fabrication suisse. Berne invoque la neutralité et la loi fédérale sur le matériel "
     "de guerre.",
     {("CH", ARMOUR, R, 30)}),
    ("quotidien_belge", "Belges, Néerlandais et Luxembourgeois achètent ensemble des obus pour Kiev",
     "Les trois pays du Benelux vont acheter conjointement près de 100 000 obus de 155 mm pour l'Ukraine auprès de "
     "fabricants européens, pour un montant total de 400 millions d'euros, a annoncé mardi le ministre belge de "
     "la Défense à Bruxelles.",
     {("BE", AMMO, M, None), ("NL", AMMO, M, None), ("LU", AMMO, M, None)}),
    ("radio_canadienne", "Ottawa enverra au moins 10 véhicules blindés de plus à l'Ukraine",
     "Le gouvernement fédéral enverra au moins 10 véhicules blindés de transport de troupes supplémentaires à "
     "l'Ukraine d'ici le printemps, a indiqué jeudi le ministre de la Défense nationale, en marge d'une rencontre "
     "du Groupe de contact à Bruxelles.",
     {("CA", ARMOUR, P, 10)}),
    ("site_africain", "Ukraine : la France livre une deuxième série de canons Caesar",
     "(AFP) - La France a livré une deuxième série de canons automoteurs Caesar à l'Ukraine, a annoncé lundi le "
     "ministère des Armées à Paris, sans en préciser le nombre. À Abidjan comme à Dakar, le sujet est suivi de "
     "près par les états-majors, qui utilisent eux aussi du matériel français.",
     {("FR", "artillery", D, None)}),
    ("radio_publique", "Le Danemark va livrer 19 F-16 à l'Ukraine",
     "Copenhague livrera finalement 12 chasseurs F-16 à l'Ukraine, et non 19 comme annoncé dans un premier temps, "
     "a précisé mardi le ministère danois de la Défense, les sept autres appareils devant servir de réserve de "
     "pièces détachées.",
     {("DK", "aircraft", P, 12)}),
    ("analyse", "Analyse : le SAMP/T NG, l'arme que Paris et Rome gardent pour eux",
     "Le SAMP/T NG, nouvelle version du système sol-air franco-italien, n'est pas près d'arriver en Ukraine : Paris "
     "et Rome ont exclu d'en céder avant d'avoir équipé leurs propres armées, soit pas avant 2027. Kiev devra se "
     "contenter des anciennes versions.",
     {("FR", AIR, R, None), ("IT", AIR, R, None)}),
]

GERMAN = [
    ("fachportal_heer", "KNDS erhält Auftrag über 54 RCH 155 für die Ukraine",
     "Das Bundesamt für Ausrüstung, Informationstechnik und Nutzung der Bundeswehr (BAAINBw) hat KNDS Deutschland "
     "mit der Fertigung von 54 Radhaubitzen RCH 155 für die Ukraine beauftragt. Der Vertrag hat einen Wert von "
     "rund 1,1 Mrd. Euro und wird aus der Ertüchtigungsinitiative bezahlt. Die Auslieferung soll 2027 beginnen.",
     {("DE", "artillery", M, 54)}),
    ("fachmagazin_wehrtechnik", "Spanien und Portugal überlassen der Ukraine ein Dutzend Leopard 2A4",
     "Spanien und Portugal wollen der Ukraine gemeinsam ein Dutzend Kampfpanzer Leopard 2A4 aus Beständen ihrer "
     "Heere überlassen. Die Instandsetzung übernimmt ein Werk in Sevilla, die Kosten trägt zu einem Drittel "
     "Portugal. Das teilten beide Verteidigungsministerien mit.",
     {("ES", "tanks", P, None), ("PT", "tanks", P, None)}),
    ("aggregator_nur_titel", "Niederlande sagen der Ukraine weitere 200 Millionen Euro für Drohnen zu - Rheinische Rundschau",
     "",
     {("NL", "drones", P, 200000000)}),
    ("aggregator_wiederholung", "Nordische Länder kaufen Patriot-Raketen für Kiew über PURL - Ostsee-Anzeiger",
     "Nordische Länder kaufen Patriot-Raketen für Kiew über PURL  Ostsee-Anzeiger und weitere Berichte zu diesem "
     "Thema aus 3 Quellen",
     {("ALLIES", AIR, P, None)}),
    ("liveticker", "Ukraine-Liveticker: Luftalarm in Kiew, Frankreich kündigt Mistral-3-Raketen an",
     "+++ 11.20 Uhr: Frankreich will der Ukraine weitere Flugabwehrraketen vom Typ Mistral 3 liefern, teilte das "
     "Verteidigungsministerium in Paris mit. Eine Stückzahl wurde nicht genannt. +++ 10.05 Uhr: In Kiew herrscht "
     "seit dem Morgen Luftalarm. +++ 9.30 Uhr: Der Ölpreis steigt leicht. +++",
     {("FR", AIR, P, None)}),
    ("morgen_newsletter", "Das Wichtigste am Morgen: Haushalt, Bahnstreik, Ukraine",
     "Guten Morgen! Der Bundestag berät heute über den Haushalt 2026. Die Lokführergewerkschaft droht mit neuen "
     "Streiks. Und: Kanada und Norwegen haben der Ukraine zusammen rund 40 gepanzerte Fahrzeuge übergeben, wie "
     "die beiden Regierungen am Abend mitteilten. Das Wetter: neblig, bis 6 Grad.",
     {("CA", ARMOUR, D, None), ("NO", ARMOUR, D, None)}),
    ("kommentar", "Kommentar: Drei Jahre nach der Zusage fehlen noch immer Leopard 1",
     "Im Februar 2023 versprach die Bundesregierung der Ukraine mehr als 100 Kampfpanzer Leopard 1A5. Geliefert "
     "ist bis heute nur gut die Hälfte, weil Ersatzteile fehlen. Ein Kommentar über eine Zusage, die ihr Tempo "
     "verloren hat.",
     {("DE", "tanks", P, 100), ("DE", "tanks", D, None)}),
    ("faktencheck", "Faktencheck: Nein, Deutschland hat keine Taurus an die Ukraine geliefert",
     "In sozialen Netzwerken kursiert ein Video, das die Verladung von Taurus-Marschflugkörpern für die Ukraine "
     "zeigen soll. Die Aufnahmen stammen von einer Übung im Jahr 2019. Die Bundesregierung lehnt eine Lieferung "
     "des Taurus weiterhin ab, bestätigte ein Sprecher.",
     {("DE", "missiles", R, None)}),
    ("erklaerstueck", "Was ist ein FMS-Fall? Wie Europa US-Waffen für Kiew bezahlt",
     "Beim Verfahren Foreign Military Sales kauft ein Staat Waffen über die US-Regierung. Die Niederlande haben "
     "auf diesem Weg in diesem Jahr Patriot-Raketen für 300 Mio. Dollar für die Ukraine bestellt. Wir erklären, "
     "wie ein FMS-Fall funktioniert.",
     {("NL", AIR, M, 300000000)}),
    ("chronik", "Chronik: Die deutschen Flugabwehr-Lieferungen seit 2022",
     "Oktober 2022: Das erste IRIS-T SLM trifft in der Ukraine ein. April 2023: Deutschland liefert ein "
     "Patriot-System. 2024: Zusage von drei weiteren IRIS-T SLM und 10 IRIS-T SLS-Startgeräten. 2025: Berlin "
     "finanziert erstmals Flugabwehr aus ukrainischer Produktion.",
     {("DE", AIR, D, None), ("DE", AIR, P, 3), ("DE", AIR, P, 10), ("DE", AIR, M, None)}),
    ("schweizer_rundfunk", "Bundesrat verbietet Weitergabe von Schweizer Flugabwehrkanonen an Kiew",
     "Der Bundesrat hat am Mittwoch ein Gesuch Spaniens abgelehnt, rund zwei Dutzend Flugabwehrkanonen aus "
     "Schweizer Produktion an die Ukraine weiterzugeben. Das Kriegsmaterialgesetz lasse dies nicht zu, teilte "
     "das Staatssekretariat für Wirtschaft mit.",
     {("CH", AIR, R, 24)}),
    ("oesterreichische_agentur", "Kontaktgruppe: Keine neuen Zusagen für Kampfpanzer",
     "Brüssel (APA/dpa) - Beim Treffen der Ukraine-Kontaktgruppe in Brüssel haben die rund 50 Teilnehmerstaaten am "
     "Dienstag keine neuen Zusagen für Kampfpanzer gemacht. Im Mittelpunkt standen Flugabwehr und Munition, "
     "konkrete Zahlen nannte der Vorsitzende nicht.",
     set()),
    ("finanznachrichten", "Hensoldt erhält Auftrag für sechs TRML-4D-Radare für die Ukraine",
     "BERLIN (dpa-AFX) - Der Rüstungselektronikkonzern Hensoldt hat von der Bundesregierung einen Auftrag über "
     "sechs weitere TRML-4D-Radargeräte für die Ukraine erhalten. Der Auftragswert liege im niedrigen "
     "dreistelligen Millionenbereich, teilte das Unternehmen am Donnerstag mit. Die Aktie legte im Xetra-Handel "
     "um 3,1 Prozent zu.",
     {("DE", AIR, M, 6)}),
    ("agentur_dpa", "Litauen übergibt Ukraine mehrere hundert Panzerabwehrwaffen",
     "Vilnius (dpa) - Litauen hat der Ukraine mehrere hundert tragbare Panzerabwehrwaffen vom Typ Carl Gustaf "
     "sowie Munition dafür übergeben. Das teilte das Verteidigungsministerium am Montag mit. Es ist bereits die "
     "zweite Lieferung dieser Art in diesem Jahr.",
     {("LT", ARMS, D, None)}),
    ("regionalzeitung", "Tschechien liefert der Ukraine 20 Kampfhubschrauber",
     "Prag erwägt, der Ukraine ausgemusterte Kampfhubschrauber vom Typ Mi-24 zu überlassen. Über Zahl und "
     "Zeitpunkt sei noch nicht entschieden, sagte ein Sprecher des Verteidigungsministeriums am Freitag.",
     {("CZ", "aircraft", X, None)}),
    ("agentur_afp_de", "EU-Staaten bringen 6 Mrd. Euro für Flugabwehr der Ukraine auf den Weg",
     "Luxemburg (AFP) - Die EU-Staaten haben sich am Montag auf einen neuen Fonds über 6 Mrd. Euro geeinigt, aus "
     "dem vor allem Flugabwehrsysteme und Artilleriemunition für die Ukraine bezahlt werden sollen. Ungarn "
     "enthielt sich. Ein Drittel der Summe soll noch in diesem Jahr fließen.",
     {("EU", MONEY, P, 6000000000), ("EU", AIR, P, None), ("EU", AMMO, P, None)}),
]
