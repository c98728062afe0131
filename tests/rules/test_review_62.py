"""Relevance, review 62: the twenty-second held-out probe of the shipped rules (config/rules.toml), on FEED ITEMS (a
headline and an RSS summary, as the real set and the held-back set are made of) written by someone who did not
write (or read) the rules: the 48 items of the pledge probe (tests/support/review_62_articles.py; every one is aid
news: new pledges, deliveries, refusals, undecided cases, military financing, production contracts, training and
meetings with no pledge) and 24 look-alikes of the same shape, 8 a language, from the same spread of outlets (a
paper's RSS, broadcasters, a finance site's wire, Ukrainian outlets, pro-Kremlin and Turkish sites, blog
aggregators): sanctions, humanitarian and energy aid to Ukraine, Russia's own arms deals, NATO members' own
budgets, arms for Israel or Taiwan, battlefield news naming Western weapons in use, arms-industry business with no
Ukraine order, and pro-Kremlin items about "Western weapons" with no giving. Every text is invented for this file;
none is taken from the real-article set. Each was labelled by hand before its first run, following
../shared/eval/README.md. Choices of mine: battlefield news naming a Western weapon in use with no donor and no
giving ("Ukrainian F-16 pilots shot down", "des missiles de fabrication occidentale") is not aid news; a
pro-Kremlin claim of Western weapons destroyed or sold on is not; a maker's results that name Ukraine's war only
as the reason for Europe's demand are not.

First run (2026-12-07 17:20 UTC, this branch = main at 67076c29, labels as committed in d8d1e778 before any run): 68
of 72 read as labelled: precision 0.96 (46 of 48 kept are aid news; 22 of the 24 look-alikes left out), recall 0.96
(46 of 48; EN 15 of 16, FR 16 of 16, DE 15 of 16). Left (strict xfails): Japan's trucks and minivans handed over
(no weapon word, one aid rule), the finance site's Skynex order (the "Aktie" trap outweighs two aid rules), and
two pro-Kremlin items about Western weapons with no giving ("Les livraisons d'armes occidentales au régime de
Kiev n'ont rien changé", "Westliche Waffen, die die Nato an Kiew geschickt hat, tauchen ... auf dem Schwarzmarkt
auf"), read as aid news. (fix62a mended all four: no LEFT.)
"""

from __future__ import annotations

from tests.support.review_62_articles import ENGLISH, FRENCH, GERMAN
from tests.support.wire_reading import probe_key, relevance_probe_test

# The 48 items of the pledge probe, all aid news.
ARTICLES = [(lang, title, text, True)
            for lang, articles in (("en", ENGLISH), ("fr", FRENCH), ("de", GERMAN))
            for _, title, text, _ in articles]

# Look-alike feed items, labelled by hand before the first run.
LOOK_ALIKES = [
    ("en", "UK sanctions 30 more shadow fleet tankers carrying Russian oil",
     "Britain on Monday imposed sanctions on 30 more tankers it says belong to Russia&#8217;s &#8220;shadow "
     "fleet&#8221;, used to ship oil above the Western price cap, as well as two traders based in Dubai. The "
     "Foreign Office said the measures would cut the Kremlin&#8217;s revenue for its war in Ukraine. Read more...",
     False),
    ("en", "Japan gives $50 million for winter shelters and heating in Ukraine",
     "TOKYO -- Japan will provide $50 million in emergency aid to help Ukrainians through the winter, including "
     "heating equipment, generators and shelters for displaced families, the Foreign Ministry said Friday. The aid "
     "will be delivered through United Nations agencies and the Red Cross.",
     False),
    ("en", "Russia and India agree on delivery schedule for remaining S-400 systems",
     "NEW DELHI (Reuters) - Russia will deliver the last two S-400 air defence squadrons ordered by India by the "
     "end of next year, officials from both countries said after talks in New Delhi, ending months of uncertainty "
     "caused by the war in Ukraine and Western sanctions on Moscow's arms industry.",
     False),
    ("en", "Poland to spend 4.7% of GDP on defense next year, buys more K2 tanks",
     "WARSAW — Poland will raise defense spending to 4.7% of economic output next year, the highest ratio in NATO, "
     "and sign a second contract for K2 tanks from South Korea, the defense minister said. Warsaw cites the "
     "threat from Russia and the war across its eastern border. The post Poland to spend 4.7% of GDP on defense "
     "appeared first on Eastern Flank Monitor.",
     False),
    ("en", "US approves sale of 2,000 guided bomb kits to Israel",
     "The State Department has approved the possible sale to Israel of 2,000 guided bomb kits and related "
     "equipment worth about $680 million, the Pentagon said on Tuesday. Deliveries are expected to begin next "
     "year. Some lawmakers called for conditions on the sale over the situation in Gaza ...",
     False),
    ("en", "Ukrainian F-16 pilots shot down six cruise missiles overnight, air force says",
     "KYIV (Kyiv Independent) -- Ukrainian pilots flying F-16 fighter jets shot down six Russian cruise missiles "
     "during an overnight attack on the western regions, Ukraine's Air Force said on Oct. 3. Russia launched 40 "
     "missiles and more than 100 drones, mostly at energy facilities, it said.",
     False),
    ("en", "Western weapons 'burn like any other', Russian army says after Leopard strike",
     "The Russian Defense Ministry has released footage it says shows the destruction of a German-made Leopard "
     "tank near Pokrovsk, claiming that Western weapons are \"burning like any other\" on the battlefield. The "
     "ministry also said its forces had hit a HIMARS launcher in the Kharkiv region. The claims could not be "
     "verified.",
     False),
    ("en", "BAE Systems lifts profit forecast as European armies restock",
     "LONDON (Reuters) - BAE Systems raised its full-year profit forecast on Wednesday, citing record orders for "
     "artillery shells, combat vehicles and submarines as European governments rebuild stocks depleted since "
     "Russia's invasion of Ukraine. Shares rose 3.5% in early trade, leading ...",
     False),
    ("fr", "L'UE adopte son 18e paquet de sanctions contre Moscou",
     "Les Vingt-Sept ont adopté vendredi un 18e paquet de sanctions contre la Russie, qui abaisse le plafond du "
     "prix du pétrole russe et vise une vingtaine de banques, a annoncé la présidence de l'UE. La Slovaquie a levé "
     "son veto après avoir obtenu des garanties sur le gaz. Lire la suite",
     False),
    ("fr", "La France envoie 200 générateurs pour aider l'Ukraine à passer l'hiver",
     "La France a fait parvenir à l'Ukraine 200 générateurs électriques de forte puissance et des équipements "
     "pour réparer le réseau, a annoncé le ministère de l'Europe et des Affaires étrangères. Ce matériel doit "
     "permettre d'alimenter hôpitaux et écoles après les frappes russes sur les centrales. [&#8230;]",
     False),
    ("fr", "Moscou et Pyongyang signent un accord de coopération militaire",
     "La Russie et la Corée du Nord ont signé mardi à Pyongyang un accord de coopération militaire prévoyant des "
     "livraisons d'armes et des échanges de technologies, selon l'agence officielle nord-coréenne. Washington a "
     "dénoncé une « violation flagrante » des résolutions de l'ONU.",
     False),
    ("fr", "Loi de programmation militaire : la France commande 42 Rafale supplémentaires",
     "Le ministère des Armées a notifié à Dassault Aviation une commande de 42 Rafale supplémentaires pour "
     "l'armée de l'Air et de l'Espace, dans le cadre de la loi de programmation militaire. Les livraisons "
     "s'étaleront jusqu'en 2032, a précisé l'hôtel de Brienne. Copyright (c) 2024 Boursier.com",
     False),
    ("fr", "Taïwan reçoit ses premiers chars Abrams américains",
     "Taïwan a réceptionné les 38 premiers chars M1A2T Abrams commandés aux États-Unis, a annoncé lundi le "
     "ministère taïwanais de la Défense. Pékin a dénoncé une « provocation » et appelé Washington à cesser ses "
     "ventes d'armes à l'île.",
     False),
    ("fr", "L'armée ukrainienne frappe un aérodrome en Crimée avec des missiles de fabrication occidentale",
     "Les forces ukrainiennes ont frappé dans la nuit un aérodrome militaire russe en Crimée, affirmant avoir "
     "détruit deux avions, a indiqué l'état-major. Selon des blogueurs militaires russes, des missiles de "
     "fabrication occidentale auraient été utilisés. Moscou affirme avoir abattu la plupart des projectiles.",
     False),
    ("fr", "Les armes occidentales n'ont rien changé sur le front, affirme Moscou",
     "Les livraisons d'armes occidentales au régime de Kiev n'ont « rien changé » à la situation sur le front, a "
     "affirmé le porte-parole du Kremlin, estimant que les chars et les missiles de l'Otan finissent « détruits "
     "ou revendus au marché noir ». Des propos relayés par les médias russes ...",
     False),
    ("fr", "KNDS inaugure une nouvelle ligne d'assemblage de canons Caesar à Bourges",
     "Le groupe franco-allemand KNDS a inauguré jeudi à Bourges une nouvelle ligne d'assemblage qui doit lui "
     "permettre de produire douze canons Caesar par mois à partir de l'an prochain, contre six aujourd'hui. Les "
     "commandes viennent surtout de l'armée française et de clients européens.",
     False),
    ("de", "EU verhängt neue Sanktionen gegen russische Schattenflotte",
     "Brüssel (dpa) - Die EU hat weitere Sanktionen gegen Russland beschlossen. Sie richten sich vor allem gegen "
     "Schiffe der sogenannten Schattenflotte, mit denen Moskau Öl an westlichen Preisdeckeln vorbei exportiert. "
     "Zudem wurden Konten mehrerer Banken eingefroren. Weiterlesen",
     False),
    ("de", "Deutschland schickt Transformatoren für ukrainisches Stromnetz",
     "Berlin (dts Nachrichtenagentur) - Die Bundesregierung stellt der Ukraine weitere Transformatoren und "
     "Generatoren im Wert von 40 Millionen Euro zur Verfügung. Damit sollen nach russischen Angriffen beschädigte "
     "Umspannwerke vor dem Winter repariert werden, teilte das Wirtschaftsministerium mit.",
     False),
    ("de", "Deutschland genehmigt Rüstungsexporte nach Israel für 130 Millionen Euro",
     "Die Bundesregierung hat seit Jahresbeginn Rüstungsexporte nach Israel im Wert von rund 130 Millionen Euro "
     "genehmigt. Das geht aus einer Antwort des Wirtschaftsministeriums auf eine Anfrage der Linken hervor. "
     "Darunter sind vor allem Bauteile für Luftabwehrsysteme und Fahrzeuge.",
     False),
    ("de", "Bundeswehr bestellt weitere 105 Leopard-2-Panzer aus Sondervermögen",
     "Die Bundeswehr hat weitere 105 Kampfpanzer vom Typ Leopard 2A8 bestellt. Das Geld stammt aus dem "
     "Sondervermögen, teilte das Verteidigungsministerium mit. Die Panzer sollen ab 2027 an die neue Brigade in "
     "Litauen geliefert werden. Die Aktie des Herstellers ...",
     False),
    ("de", "Rheinmetall mit Rekordumsatz – Munitionswerk in Unterlüß läuft an",
     "Unterlüß (dts Nachrichtenagentur) - Der Rüstungskonzern Rheinmetall hat im dritten Quartal einen "
     "Rekordumsatz erzielt. Das neue Munitionswerk in Unterlüß soll ab nächstem Jahr bis zu 350.000 Granaten "
     "jährlich herstellen, vor allem für die Bundeswehr und europäische Kunden. Die Aktie stieg um 1,8 Prozent.",
     False),
    ("de", "Russland: Westliche Waffen tauchen auf dem Schwarzmarkt auf",
     "Moskau. Westliche Waffen, die die Nato an Kiew geschickt hat, tauchen nach Angaben russischer Behörden "
     "zunehmend auf dem Schwarzmarkt im Nahen Osten und in Afrika auf. Belege legte der Geheimdienst FSB nicht "
     "vor. Der Westen weist die Vorwürfe seit Langem zurück.",
     False),
    ("de", "Leopard-Panzer im Einsatz: Ukrainische Truppen halten Stellungen bei Pokrowsk",
     "Ukrainische Truppen haben nach eigenen Angaben mehrere russische Angriffe bei Pokrowsk abgewehrt. Dabei "
     "seien auch Kampfpanzer vom Typ Leopard im Einsatz gewesen, teilte eine Brigade auf Telegram mit. Die "
     "Angaben ließen sich nicht unabhängig überprüfen.",
     False),
    ("de", "Taiwan erhält US-Militärhilfe von 570 Millionen Dollar",
     "Washington/Taipeh (AFP) - Die USA stellen Taiwan Militärhilfe im Wert von 570 Millionen Dollar zur "
     "Verfügung. Das Paket umfasst Ausbildung, Munition und Ausrüstung aus Beständen des Pentagon, teilte das "
     "Weiße Haus mit. China reagierte mit scharfer Kritik.",
     False),
]

ITEMS = ARTICLES + LOOK_ALIKES

# What the probe leaves, by headline: what is read instead (strict xfails), from the first run.
LEFT: dict[str, str] = {
    # (all four left by the first run were mended by fix62a: tests/rules/test_review_fixes_62a.py)
}

test_review_items_are_read_as_labelled = relevance_probe_test(ITEMS, LEFT)


def test_the_probe_is_as_briefed() -> None:
    """72 feed items, 24 a language: the 16 aid items of the pledge probe and 8 look-alikes, each a headline and
    a summary of 120-900 characters, no item named twice."""
    for lang in ("en", "fr", "de"):
        labels = [relevant for item_lang, _, _, relevant in ITEMS if item_lang == lang]
        assert (len(labels), sum(labels)) == (24, 16), lang
    assert all(120 <= len(text) <= 900 for _, _, text, _ in ITEMS)
    assert len({probe_key(headline, lead) for _, headline, lead, _ in ITEMS}) == len(ITEMS) == 72
