"""Relevance, review 42: a held-out probe of the shipped rules (config/rules.toml) on wire copy written by
someone who did not write them. 30 items, 10 per language (EN, FR, DE), each a headline and its lead as a
feed gives them (a live blog's entry untitled), 5 about military aid to Ukraine and 5 look-alikes in each:
Ukraine news without aid (an energy loan, a night of drone attacks, a sanctions package), aid to others
and arms sales (Taiwan's HIMARS, India's jets, an export to Israel), armies buying for themselves (Polish
tanks bought to replace those given to Kyiv, a German jet order), domestic defence budgets,
humanitarian aid, and words in other senses (parcel drones, a zoo's cheetahs). Every text is invented for
this file; none is taken from the real-article set. Each was labelled by hand before its first run,
following ../shared/eval/README.md and tests/data/README.md: relevant are pledges, deliveries, refusals,
undecided questions, military money, production and training for Ukraine, contact-group meetings and
Kyiv's own requests.

First run (2026-12-05, this branch = main at d02602e, labels unchanged): 29 of 30; precision 14/14 = 1.00,
recall 14/15 = 0.93 (EN 5/5 and 5/5, FR 5/5 and 5/5, DE 4/4 and 4/5). The one miss, a strict xfail (LEFT):
a live entry on a joint venture of Rheinmetall and Ukraine's state arms maker to repair infantry fighting
vehicles in Ukraine is read as not relevant (no rule fires). Every look-alike is read as not relevant,
Poland's tanks bought to replace those given to Ukraine and Taiwan's HIMARS too.
After relevance round 17 (tests/rules/test_rules_relevance_17.py): 30 of 30; the entry's cause was the weapon word
("von Schützenpanzern", a dative plural "*panzer" did not match), not the distance to a donor.
"""

from __future__ import annotations

from tests.support.wire_reading import assert_relevance_probe_as_briefed, relevance_probe_test

# (lang, headline, lead, relevant), labelled by hand before the first run.
ITEMS = [
    # ---- English, aid
    ("en", "Finland announces 30th defence package for Ukraine",
     "HELSINKI (Reuters) - Finland will send Ukraine a 30th package of defence materiel worth 95 million euros, "
     "the defence ministry said on Friday, without disclosing its contents for security reasons.", True),
    ("en", "Denmark to train 400 Ukrainian drone operators",
     "COPENHAGEN (Reuters) - Denmark will train 400 Ukrainian drone operators at a base in Jutland from "
     "January, the Danish armed forces said on Wednesday, in a course run with British and Latvian "
     "instructors.", True),
    ("en", "Spain ships more Hawk launchers to Ukraine",
     "MADRID (Reuters) - Spain has shipped four more Hawk air defence launchers and a batch of missiles to "
     "Ukraine, the defence ministry said on Tuesday, bringing the number it has sent to twelve.", True),
    ("en", "Belgium still undecided on more F-16s for Kyiv",
     "BRUSSELS (Reuters) - Belgium has not decided whether to send Ukraine more F-16 fighter jets than the "
     "ones already promised, Defence Minister Theo Francken said on Thursday, adding that the air force "
     "needed its planes until new F-35s arrive.", True),
    # Kyiv's own request: relevant with no pledge (tests/data/README.md).
    ("en", "",
     "Zelenskiy says he asked the Dutch prime minister for more Patriot interceptors in a phone call this "
     "morning. The Netherlands has not replied yet, his office adds.", True),
    # ---- English, look-alikes
    ("en", "EU agrees 4 billion euro loan to rebuild Ukraine's power grid",
     "BRUSSELS (Reuters) - The European Union agreed on Monday to lend Ukraine 4 billion euros to repair power "
     "plants and transmission lines damaged by Russian missile and drone strikes, the European Commission "
     "said.", False),
    ("en", "Poland signs deal for 96 more K2 tanks to replace those sent to Ukraine",
     "WARSAW (Reuters) - Poland signed a $6 billion deal on Friday for 96 more K2 tanks from South Korea's "
     "Hyundai Rotem, part of a drive to rebuild its armoured forces after it gave hundreds of Soviet-era tanks "
     "to Ukraine in 2022.", False),
    ("en", "Canada's defence spending to reach 2% of GDP this year",
     "OTTAWA (Reuters) - Canada will spend 2% of its economic output on defence this fiscal year for the first "
     "time in decades, the finance minister said on Tuesday, citing the war in Ukraine and pressure from NATO "
     "allies.", False),
    ("en", "Taiwan receives first HIMARS launchers from U.S.",
     "TAIPEI (Reuters) - Taiwan has received its first 11 HIMARS rocket launchers from the United States, the "
     "island's defence ministry said on Wednesday. The system has been widely used by Ukraine against "
     "Russian forces.", False),
    ("en", "Ukraine downs 40 of 55 drones launched overnight, air force says",
     "KYIV (Reuters) - Ukrainian air defence units shot down 40 of the 55 drones Russia launched overnight, the "
     "air force said on Sunday. Debris damaged houses in the Kyiv region, officials said.", False),
    # ---- French, aid
    ("fr", "La Norvège finance 24 obusiers pour l'armée ukrainienne",
     "OSLO (AFP) - La Norvège va financer l'achat de 24 obusiers automoteurs destinés à l'Ukraine, a annoncé "
     "jeudi le ministère norvégien de la Défense, pour un montant de 2 milliards de couronnes.", True),
    ("fr", "Le Luxembourg débloque 30 millions d'euros pour des munitions destinées à Kiev",
     "LUXEMBOURG (AFP) - Le Luxembourg consacrera 30 millions d'euros à l'achat d'obus pour l'Ukraine dans le "
     "cadre de l'initiative tchèque, a indiqué lundi le ministère de la Défense.", True),
    # Kyiv's own request, in a live entry.
    ("fr", "",
     "Volodymyr Zelensky dit avoir demandé à Rome et à Paris des missiles Aster supplémentaires pour les "
     "systèmes SAMP/T déjà livrés à l'Ukraine. Il n'a pas obtenu de réponse immédiate.", True),
    ("fr", "Pas de chars Leclerc pour l'Ukraine, tranche l'Élysée",
     "PARIS (AFP) - La France n'enverra pas de chars Leclerc à l'Ukraine, a fait savoir mardi l'Élysée, "
     "soulignant que l'armée de Terre n'en possède qu'un nombre limité.", True),
    ("fr", "Un nouveau lot de blindés belges est arrivé en Ukraine",
     "BRUXELLES (AFP) - Un nouveau lot de véhicules blindés de transport de troupes fournis par la Belgique est "
     "arrivé en Ukraine, a annoncé vendredi le ministère belge de la Défense, sans en préciser le nombre.",
     True),
    # ---- French, look-alikes
    ("fr", "L'Inde commande 26 Rafale Marine à Dassault",
     "NEW DELHI (AFP) - L'Inde a signé lundi une commande de 26 avions de combat Rafale Marine pour sa marine, "
     "un contrat estimé à 6 milliards d'euros, au moment où les industriels européens profitent de la hausse "
     "des dépenses militaires liée à la guerre en Ukraine.", False),
    ("fr", "Loi de programmation militaire : le budget des armées relevé de 6 milliards",
     "PARIS (AFP) - Le gouvernement va relever de 6 milliards d'euros le budget des armées d'ici 2030 pour "
     "renforcer la défense antiaérienne et les stocks de munitions, a annoncé mercredi le ministre, tirant "
     "les leçons de la guerre en Ukraine.", False),
    ("fr", "La France envoie 40 tonnes de matériel médical à Kharkiv",
     "PARIS (AFP) - Un avion affrété par le Centre de crise du Quai d'Orsay a livré mardi 40 tonnes de "
     "matériel médical et de groupes électrogènes destinés aux hôpitaux de Kharkiv, en Ukraine.", False),
    ("fr", "Des drones de livraison de colis testés en Bretagne",
     "RENNES (AFP) - La Poste teste depuis lundi des drones de livraison de colis entre les îles bretonnes et "
     "le continent. Chaque appareil peut transporter cinq kilos sur 30 kilomètres.", False),
    ("fr", "Sanctions : l'UE adopte un 20e paquet contre la Russie",
     "BRUXELLES (AFP) - Les Vingt-Sept ont adopté mercredi un 20e paquet de sanctions contre la Russie pour son "
     "invasion de l'Ukraine, visant notamment les pétroliers de sa flotte fantôme.", False),
    # ---- German, aid
    ("de", "Lettland liefert Kiew weitere Drohnen",
     "RIGA (dpa) - Lettland hat der Ukraine weitere 800 Aufklärungsdrohnen aus heimischer Produktion "
     "übergeben. Das teilte das Verteidigungsministerium in Riga am Dienstag mit.", True),
    ("de", "Ukraine-Kontaktgruppe berät in Brüssel über Flugabwehr",
     "BRÜSSEL (dpa) - Die Verteidigungsminister der Ukraine-Kontaktgruppe beraten am Donnerstag in Brüssel "
     "über weitere Flugabwehr für die Ukraine. Konkrete Zusagen werden nach Angaben von Diplomaten nicht "
     "erwartet.", True),
    ("de", "Erste Granaten aus neuer Tranche der Munitionsinitiative in Kiew",
     "PRAG (dpa) - Die ersten Artilleriegranaten aus der neuen Tranche der tschechischen Munitionsinitiative "
     "sind in der Ukraine eingetroffen. Das sagte ein Regierungssprecher in Prag am Mittwoch.", True),
    ("de", "Bundesregierung lehnt Eurofighter für Kiew ab",
     "BERLIN (dpa) - Die Bundesregierung wird der Ukraine keine Eurofighter-Kampfjets liefern. Ein "
     "Regierungssprecher sagte am Freitag, die Maschinen würden für die Luftraumüberwachung der Nato "
     "gebraucht.", True),
    # Production for Ukraine, in a live entry.
    ("de", "",
     "+++ 09:40 Uhr +++ Rheinmetall und der ukrainische Staatskonzern Ukroboronprom gründen ein "
     "Gemeinschaftsunternehmen zur Reparatur von Schützenpanzern in der Ukraine. Die ersten Fahrzeuge sollen "
     "im Frühjahr instand gesetzt werden.", True),
    # ---- German, look-alikes
    ("de", "Bundeswehr bestellt 20 weitere Eurofighter",
     "BERLIN (dpa) - Die Bundeswehr bestellt 20 weitere Eurofighter-Kampfjets bei Airbus. Der "
     "Haushaltsausschuss des Bundestags gab am Mittwoch grünes Licht für den Kauf im Wert von 3,7 Milliarden "
     "Euro.", False),
    ("de", "Zoo Leipzig: Gepard-Nachwuchs erstmals im Freigehege",
     "LEIPZIG (dpa) - Die drei im Sommer geborenen Geparden im Zoo Leipzig sind am Sonntag erstmals im "
     "Freigehege zu sehen gewesen. Die Jungtiere wiegen inzwischen rund 15 Kilogramm.", False),
    ("de", "THW schickt Wasseraufbereitungsanlagen nach Cherson",
     "BONN (dpa) - Das Technische Hilfswerk hat zwölf Wasseraufbereitungsanlagen in die ukrainische Stadt "
     "Cherson geliefert. Sie sollen die Trinkwasserversorgung nach russischen Angriffen sichern.", False),
    ("de", "Regierung genehmigt Panzerteile für Israel",
     "BERLIN (dpa) - Die Bundesregierung hat die Ausfuhr von Getrieben für Merkava-Panzer nach Israel "
     "genehmigt. Das geht aus einer Antwort auf eine Anfrage der Linken hervor.", False),
    ("de", "Nato verlegt weitere Soldaten nach Litauen",
     "VILNIUS (dpa) - Die Nato verstärkt ihre Präsenz in Litauen um weitere 1.500 Soldaten. Hintergrund sei die "
     "Bedrohung durch Russland, das seit fast vier Jahren Krieg gegen die Ukraine führt, sagte ein Sprecher.",
     False),
]

# What the probe leaves, by headline (the lead's start for an untitled entry): what is read instead
# (strict xfails), from the first run.
# Fixed by tests/rules/test_rules_relevance_17.py (now a plain test): the joint venture's live entry "zur Reparatur
# von Schützenpanzern in der Ukraine" is read as relevant (the dative plural "*panzern" is a weapon word).
LEFT: dict[str, str] = {}


test_review_items_are_read_as_labelled = relevance_probe_test(ITEMS, LEFT)


def test_the_probe_is_as_briefed() -> None:
    """30 items, 10 a language, half of each language about aid, no headline twice."""
    assert_relevance_probe_as_briefed(ITEMS)
