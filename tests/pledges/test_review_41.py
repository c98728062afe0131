"""Pledges, review 41: a held-out probe of the pledge extractor on wire copy written by someone who
did not write its fixes. 24 short articles (8 EN, 8 FR, 8 DE, bodies of 400-1000 characters) in the
styles of 2022-2026 aid news (drawdown packages, tank coalitions, long-range missiles, the Czech
ammunition initiative, F-16 and Mirage jets, PURL, drones ordered from industry, budget lines,
refusals and re-export vetoes). Every text and figure is invented for this file; none is taken
from the real-article set. Each article was labelled by hand before its first run, following the
conventions of ../shared/eval/README.md and tests/data/README.md, as (donor, category, status,
figure): the figure is the count of things stated, else the sum of money, else None; money for a
named kind of thing is that thing's category (as tests/pledges/test_pledges_wire_25.py reads it);
a quantity shared by several donors is not split (each donor's record has no figure).

First run (2026-12-05, this branch = main at c21dc39, labels unchanged): 7 of 24 articles fully right (EN 3
of 8, FR 1 of 8, DE 3 of 8); records as (donor, category, status) matched 61 / labelled 78 / predicted 79
(P 0.77, R 0.78); with their figures too, 54 of 78. The 17 left are strict xfails (LEFT) saying what is
read instead. Four of them hold a call of mine a reader could make otherwise (each article has another
miss besides, so the count of articles fully right does not hang on them): "the first of the six F-16
... without saying how many" read as one jet; interceptor drones read as air defence; IRIS-T systems
"bereits bestellte" read as ordered (production) rather than promised; a joint sum of three payers given
whole to each (the labels follow the convention for joint counts: not split, no figure; the extractor
follows it since pledges round 29).
After pledges round 27 (tests/pledges/test_pledges_wire_27.py, fixes written on other texts): 12 of 24,
records 66 / 78 / 78 (P 0.85, R 0.85), figures 58 of 78; five strict xfails became plain tests. On
main with rounds 26 and 27 merged: 12 of 24, records 66 / 78 / 77 (P 0.86, R 0.85), figures 58 of 78
(round 26 alone, written without sight of this probe, read it as main did).
After pledges round 28 (tests/pledges/test_pledges_wire_28.py, on main d02602e): 15 of 24, records
73 / 78 / 78 (P 0.94, R 0.94), figures 65 of 78; three strict xfails became plain tests.
After pledges round 30 (tests/pledges/test_pledges_wire_30.py; main at 96af266 read 16 of 24, records
73 / 78 / 78, figures 71 of 78): 19 of 24, records 75 / 78 / 77 (P 0.97, R 0.96), figures 75 of 78; three
strict xfails became plain tests (the Caesar guns "de 155 mm" and Denmark's "les siens", the Gepards
"ceux-ci manquent de munitions", the interceptor drones, whose extra record came from "a visit to a drone
factory", not from "to build").
After pledges round 34 (tests/pledges/test_pledges_wire_34.py: things that "will come" at a time to come are
promised, "Belgium has said its first F-16s will come next year"), 2026-12-05: 20 of 24, records 76 / 78 / 78
(P 0.97, R 0.97), figures 76 of 78; the Norwegian F-16 article's strict xfail became a plain test (two of the
four left hold the convention still open, one record per giver, kind and step, which that round left alone).
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, AMMO, ARMOUR, ARMS, MONEY, D, M, P, R, X
from tests.support.wire_reading import figures, left_as_xfails, with_language

# Each is (headline, body, records), the records labelled by hand before the first run.

ENGLISH = [
    # 2022: a drawdown package with its worth and its contents
    ("U.S. unveils $650 million arms package for Ukraine",
     "WASHINGTON (Reuters) - The United States will send Ukraine $650 million in weapons drawn from Pentagon "
     "stocks, including 600 Stinger anti-aircraft missiles and 1,500 Javelin anti-tank launchers, the White House "
     "said on Thursday.\n"
     "The package also contains 90 Switchblade loitering drones and 40,000 rounds of 155mm artillery ammunition, "
     "a senior defense official told reporters. It is the ninth such package since the invasion began, the "
     "official said.",
     {("US", MONEY, P, 650e6), ("US", AIR, P, 600), ("US", ARMS, P, 1500), ("US", "drones", P, 90),
      ("US", AMMO, P, 40000)}),
    # 2023: a pledge and a refusal of more by one government, another's pledge as background
    ("Portugal to send four Leopard tanks to Ukraine, rules out more",
     "LISBON (Reuters) - Portugal will send four Leopard 2A6 tanks to Ukraine by the end of March, Prime Minister "
     "Antonio Costa said on Friday, but ruled out sending any of its other tanks, which he said were needed for "
     "NATO duties.\n"
     "The tanks will join the first battalion of Leopards for Kyiv, for which Germany has promised 14 Leopard 2A6 "
     "tanks from its own stocks. Portuguese instructors will also train Ukrainian tank crews, the defence ministry "
     "in Lisbon said.",
     {("PT", "tanks", P, 4), ("PT", "tanks", R, None), ("DE", "tanks", P, 14), ("PT", "training", P, None)}),
    # 2023: a secret delivery, more to come, other donors' missiles as background
    ("U.S. secretly shipped long-range ATACMS to Ukraine, official says",
     "WASHINGTON (Reuters) - The United States secretly delivered long-range ATACMS missiles to Ukraine last month "
     "as part of a package approved in February, and Ukrainian forces have already used them twice, a State "
     "Department official said on Wednesday. The official did not say how many missiles were sent.\n"
     "Washington will send more ATACMS in the coming weeks, the official added. Britain and France have supplied "
     "Kyiv with Storm Shadow and SCALP cruise missiles since last year.",
     {("US", "missiles", D, None), ("US", "missiles", P, None), ("GB", "missiles", D, None),
      ("FR", "missiles", D, None)}),
    # 2024: a Czech-led initiative, its first shells arrived, a payer's crowns for the shells
    ("Czech-led initiative to deliver 500,000 shells to Ukraine by year-end",
     "PRAGUE (Reuters) - The Czech-led initiative to buy artillery ammunition outside the European Union will "
     "deliver 500,000 shells to Ukraine by the end of the year, Czech Prime Minister Petr Fiala said on Tuesday "
     "after talks with his Dutch counterpart in Prague.\n"
     "The first 50,000 rounds arrived in Ukraine in June, he said. Denmark, one of the countries paying for the "
     "scheme, said on Tuesday it would add 400 million Danish crowns for the shells.",
     {("CZ", AMMO, P, 500000), ("CZ", AMMO, D, 50000), ("DK", AMMO, P, 400e6)}),
    # 2024: the first jets of a promised batch handed over, no count of those arrived
    ("First Norwegian F-16s arrive in Ukraine",
     "OSLO (Reuters) - Norway has handed over the first of the six F-16 fighter jets it promised Ukraine, the "
     "Norwegian defence ministry said on Monday, without saying how many had arrived.\n"
     "The remaining aircraft will follow by the end of the year, it said. Denmark and the Netherlands delivered "
     "their first jets in the summer, and Belgium has said its first F-16s will come next year. "
     "Ukraine's air force has asked for more jets to defend against Russian glide bombs.",
     {("NO", "aircraft", D, None), ("NO", "aircraft", P, 6), ("DK", "aircraft", D, None),
      ("NL", "aircraft", D, None), ("BE", "aircraft", P, None)}),
    # 2025: three payers of one PURL package, one of them giving its share
    ("Sweden, Norway and Denmark fund $500 million U.S. weapons package for Kyiv",
     "STOCKHOLM (Reuters) - Sweden, Norway and Denmark will jointly pay for a $500 million package of U.S. weapons "
     "for Ukraine under NATO's PURL scheme, the three governments said on Tuesday.\n"
     "Sweden's share is 2.1 billion crowns, Defence Minister Pal Jonson told reporters. It is the fourth package "
     "bought under the scheme, which lets European allies buy American arms for Kyiv from U.S. stocks. The "
     "weapons are expected to reach Ukraine within weeks, a NATO official said.",
     {("SE", MONEY, P, 2.1e9), ("NO", MONEY, P, None), ("DK", MONEY, P, None)}),
    # 2026: an order from industry of one kind of thing, drones already handed over, training to come
    ("Britain orders 20,000 interceptor drones for Ukraine from UK firms",
     "LONDON (Reuters) - Britain has signed contracts worth 150 million pounds with three British companies to "
     "build 20,000 interceptor drones for Ukraine, the Ministry of Defence said on Thursday.\n"
     "Deliveries will begin in March. Britain has already handed over 5,000 drones this year, Defence Secretary "
     "John Healey said, and will train Ukrainian operators at bases in England. "
     "Healey was speaking on a visit to a drone factory in the north of England.",
     {("GB", "drones", M, 20000), ("GB", "drones", D, 5000), ("GB", "training", P, None)}),
    # 2024: a refusal and a pledge in one statement, an ordinal delivery as background
    ("Scholz again rejects Taurus for Ukraine, pledges more air defence",
     "BERLIN (Reuters) - German Chancellor Olaf Scholz again refused on Wednesday to supply Taurus cruise missiles "
     "to Ukraine, saying Germany must not become a party to the war. Instead Berlin will send two more IRIS-T SLM "
     "air defence systems and 30 Gepard anti-aircraft guns before the winter, he told parliament.\n"
     "Germany delivered its fourth IRIS-T system to Kyiv last month. Opposition lawmakers have repeatedly urged "
     "Scholz to change course, arguing the missiles could hit Russian supply lines.",
     {("DE", "missiles", R, None), ("DE", AIR, P, 2), ("DE", AIR, P, 30), ("DE", AIR, D, None)}),
]

FRENCH = [
    # 2022: more guns pledged, the ones delivered, a third country considering
    ("La France va livrer six canons Caesar supplémentaires à l'Ukraine",
     "PARIS (AFP) - La France va livrer six canons automoteurs Caesar supplémentaires à l'Ukraine dans les "
     "prochaines semaines, a annoncé mardi le président Emmanuel Macron lors d'un entretien télévisé.\n"
     "Paris a déjà fourni 18 de ces canons de 155 mm à Kiev depuis le printemps. Le Danemark, qui en possède "
     "aussi, étudie la possibilité de céder les siens, selon une source diplomatique. Le "
     "président ukrainien a salué une « aide précieuse » pour son artillerie.",
     {("FR", "artillery", P, 6), ("FR", "artillery", D, 18), ("DK", "artillery", X, None)}),
    # 2023: Kyiv telling what arrived, the count promised, a system co-developed by the giver's neighbour
    ("Kiev a reçu les premiers AMX-10 RC français",
     "KIEV (AFP) - L'Ukraine a reçu les premiers chars légers AMX-10 RC promis par la France en janvier, a annoncé "
     "samedi le ministre ukrainien de la Défense, sans en préciser le nombre.\n"
     "Paris s'était engagé à en fournir 40. Le ministre a aussi remercié l'Italie, qui prépare l'envoi d'un "
     "système de défense antiaérienne SAMP/T développé avec la France. Ces blindés à roues, armés d'un canon de "
     "105 mm, doivent appuyer la contre-offensive ukrainienne.",
     {("FR", ARMOUR, D, None), ("FR", ARMOUR, P, 40), ("IT", AIR, P, None)}),
    # 2024: the EU's money, a member lifting its veto but not paying, a member's money for shells
    ("L'UE débloque 5 milliards d'euros pour armer l'Ukraine malgré les réticences hongroises",
     "BRUXELLES (AFP) - Les Vingt-Sept se sont mis d'accord lundi pour consacrer 5 milliards d'euros "
     "supplémentaires à l'achat d'armes et de munitions pour l'Ukraine via la Facilité européenne pour la paix, a "
     "annoncé le chef de la diplomatie européenne.\n"
     "La Hongrie, qui bloquait le texte depuis des semaines, a levé son veto mais ne participera pas au "
     "financement. L'Allemagne a de son côté annoncé une nouvelle enveloppe de 500 millions d'euros pour des obus.",
     {("EU", MONEY, P, 5e9), ("HU", MONEY, R, None), ("DE", AMMO, P, 500e6)}),
    # 2024: jets without a count, pilots counted, missiles not ruled out; months are no count
    ("Macron annonce la cession de Mirage 2000-5 à l'Ukraine",
     "PARIS (AFP) - La France va céder à l'Ukraine des avions de combat Mirage 2000-5 et former 40 pilotes "
     "ukrainiens, a annoncé jeudi soir Emmanuel Macron, sans préciser le nombre d'appareils.\n"
     "La formation, qui durera cinq à six mois, doit commencer en France dès cet été. Kiev réclame aussi des "
     "missiles à longue portée supplémentaires, que Paris n'exclut pas de fournir. Le chef de l'Etat s'exprimait "
     "sur deux chaînes de télévision.",
     {("FR", "aircraft", P, None), ("FR", "training", P, 40), ("FR", "missiles", X, None)}),
    # 2025: a delay is no refusal; money for the upkeep of jets other donors delivered
    ("La Belgique reporte la livraison de ses F-16 à Kiev",
     "BRUXELLES (AFP) - La Belgique ne livrera pas ses premiers avions F-16 à l'Ukraine cette année, comme elle "
     "l'avait prévu, mais en 2026, a indiqué mercredi le ministre de la Défense Theo Francken. Bruxelles reste "
     "engagée à fournir 30 appareils d'ici 2028, a-t-il assuré.\n"
     "En attendant, la Belgique versera 100 millions d'euros pour l'entretien des F-16 déjà fournis par les "
     "Pays-Bas et la Norvège. Le ministre a invoqué les retards de livraison des F-35 qui doivent remplacer les "
     "F-16 belges.",
     {("BE", "aircraft", P, 30), ("BE", "aircraft", P, 100e6), ("NL", "aircraft", D, None),
      ("NO", "aircraft", D, None)}),
    # 2025: an order from industry paid with the proceeds of Russian assets, another buyer's order
    ("Paris commande 12 canons Caesar de plus pour l'Ukraine",
     "PARIS (AFP) - Le ministère des Armées a commandé à l'industriel KNDS France 12 canons Caesar supplémentaires "
     "destinés à l'Ukraine, pour un montant de 50 millions d'euros financé par les intérêts des avoirs russes "
     "gelés, a-t-il annoncé vendredi.\n"
     "Les canons seront livrés d'ici la fin de l'année. Ils s'ajoutent aux six pièces commandées en juin par la "
     "Belgique pour Kiev. Le président ukrainien a remercié la France pour ce « geste fort ».",
     {("FR", "artillery", M, 12), ("BE", "artillery", M, 6)}),
    # 2022: a re-export veto with its count, the guns delivered, a seller's refusal
    ("La Suisse refuse à nouveau la réexportation de munitions pour les Gepard",
     "BERNE (AFP) - Le gouvernement suisse a de nouveau refusé jeudi à l'Allemagne l'autorisation de réexporter "
     "vers l'Ukraine 12 000 obus de 35 mm fabriqués en Suisse, invoquant la neutralité du pays.\n"
     "Berlin a livré 30 chars antiaériens Gepard à Kiev, mais ceux-ci manquent de munitions. Le Brésil a lui "
     "aussi refusé de vendre des munitions pour ces blindés. Les autorités allemandes se disent déçues par cette "
     "décision, la troisième du genre en un an.",
     {("CH", AMMO, R, 12000), ("DE", AMMO, X, 12000), ("DE", AIR, D, 30), ("BR", AMMO, R, None)}),
    # 2023: no decision at a meeting, two governments' pledges there
    ("Ramstein : pas de décision sur les avions de combat, promesses de défense aérienne",
     "RAMSTEIN (AFP) - Les alliés de l'Ukraine réunis vendredi sur la base américaine de Ramstein n'ont pris "
     "aucune décision sur la livraison des avions de combat réclamés par Kiev, a indiqué le secrétaire américain "
     "à la Défense.\n"
     "Les Pays-Bas ont en revanche promis deux systèmes Patriot, tandis que le Canada fournira huit blindés "
     "Senator et 25 000 obus. La prochaine réunion du groupe de contact est prévue en mai à Bruxelles.",
     {("ALLIES", "aircraft", X, None), ("NL", AIR, P, 2), ("CA", ARMOUR, P, 8), ("CA", AMMO, P, 25000)}),
]

GERMAN = [
    # 2022: two donors' howitzers in one sentence, a visit abroad, training to start
    ("Deutschland und Niederlande liefern Panzerhaubitzen an die Ukraine",
     "BERLIN (dpa) - Deutschland wird der Ukraine sieben Panzerhaubitzen 2000 aus Beständen der Bundeswehr "
     "überlassen, die Niederlande geben weitere fünf Geschütze dieses Typs ab. Das teilte "
     "Verteidigungsministerin Christine Lambrecht am Freitag bei einem Besuch in der Slowakei mit.\n"
     "Die Ausbildung ukrainischer Soldaten an den Haubitzen soll in der kommenden Woche in Idar-Oberstein "
     "beginnen. Kiew hatte um deutlich mehr Artillerie gebeten.",
     {("DE", "artillery", P, 7), ("NL", "artillery", P, 5), ("DE", "training", P, None)}),
    # 2023: a joint package: the first tanks arrived and the total, neither split between the two
    ("Erste Leopard 1 aus Dänemark und Deutschland in der Ukraine",
     "KOPENHAGEN (dpa) - Die ersten zehn Kampfpanzer vom Typ Leopard 1A5 aus einem gemeinsamen Paket "
     "Deutschlands und Dänemarks sind in der Ukraine eingetroffen. Das bestätigte das dänische "
     "Verteidigungsministerium am Mittwoch.\n"
     "Insgesamt wollen beide Länder zusammen mindestens 100 Panzer liefern. Die Fahrzeuge stammen aus "
     "Industriebeständen und wurden vor der Übergabe in Flensburg überholt. Kiew hatte vor allem um modernere "
     "Kampfpanzer gebeten.",
     {("DE", "tanks", D, None), ("DK", "tanks", D, None), ("DE", "tanks", P, None), ("DK", "tanks", P, None)}),
    # 2024: a budget line halved is still money given; things ordered earlier still come
    ("Bundesregierung plant 2025 vier Milliarden Euro Militärhilfe für Kiew",
     "BERLIN (dpa) - Die Bundesregierung will die Militärhilfe für die Ukraine im kommenden Jahr auf vier "
     "Milliarden Euro fast halbieren. Das geht aus dem Haushaltsentwurf hervor, den das Kabinett am Mittwoch "
     "beschloss. Für dieses Jahr sind rund 7,5 Milliarden Euro eingeplant.\n"
     "Verteidigungsminister Boris Pistorius verwies darauf, dass bereits bestellte Waffen wie weitere "
     "IRIS-T-Systeme trotzdem geliefert würden.",
     {("DE", MONEY, P, 4e9), ("DE", MONEY, P, 7.5e9), ("DE", AIR, P, None)}),
    # 2025: a question left open, money for drones made in Ukraine
    ("Merz lässt Taurus-Frage offen",
     "BERLIN (dpa) - Bundeskanzler Friedrich Merz hat eine Lieferung von Taurus-Marschflugkörpern an die Ukraine "
     "weiter offen gelassen. Man prüfe alle Optionen, sagte Merz am Dienstag nach einem Treffen mit dem "
     "ukrainischen Präsidenten Wolodymyr Selenskyj in Berlin.\n"
     "Zugleich sagte er der Ukraine 500 Millionen Euro für weitreichende Drohnen zu, die dort hergestellt werden. "
     "Die ersten Systeme sollen noch in diesem Jahr einsatzbereit sein.",
     {("DE", "missiles", X, None), ("DE", "drones", P, 500e6)}),
    # 2023: an ordinal arrival, other donors' systems, interceptors promised
    ("Patriot-System aus Deutschland in der Ukraine eingetroffen",
     "KIEW (dpa) - Das zweite Flugabwehrsystem vom Typ Patriot aus Deutschland ist in der Ukraine angekommen. Das "
     "teilte Verteidigungsminister Olexij Resnikow am Sonntag mit und dankte der Bundesregierung.\n"
     "Auch die USA und die Niederlande haben Patriot-Systeme geliefert. Berlin hat zudem zugesagt, bis "
     "Jahresende 64 weitere Lenkflugkörper für das System bereitzustellen. Das System soll vor allem die "
     "Hauptstadt vor russischen Raketen schützen.",
     {("DE", AIR, D, None), ("US", AIR, D, None), ("NL", AIR, D, None), ("DE", AIR, P, 64)}),
    # 2026: an order from industry by one government, the maker's country giving nothing, an earlier handover
    ("Niederlande bestellen 20 Skyranger für die Ukraine",
     "DÜSSELDORF (dpa) - Die Niederlande haben bei Rheinmetall 20 Flugabwehrsysteme vom Typ Skyranger für die "
     "Ukraine bestellt. Der Auftrag hat einen Wert von rund 400 Millionen Euro, teilte der Konzern am Montag mit. "
     "Die Auslieferung soll Ende 2026 beginnen.\n"
     "Bereits im Vorjahr hatte Deutschland der Ukraine zehn Flugabwehrsysteme vom Typ Skynex übergeben. Die "
     "Systeme sollen vor allem Drohnenangriffe auf Städte abwehren.",
     {("NL", AIR, M, 20), ("DE", AIR, D, 10)}),
    # 2023: jets handed over out of those promised, a neighbour's pledge, a swap that is no aid to Ukraine
    ("Slowakei übergibt Ukraine erste MiG-29-Kampfjets",
     "BRATISLAVA (dpa) - Die Slowakei hat der Ukraine die ersten vier von insgesamt 13 zugesagten Kampfjets vom "
     "Typ MiG-29 übergeben. Das teilte Verteidigungsminister Jaroslav Nad am Montag mit. Die übrigen Maschinen "
     "sollen in den kommenden Wochen folgen.\n"
     "Polen hatte zuvor angekündigt, vier MiG-29 zu liefern. Im Gegenzug erhält die Slowakei von Deutschland "
     "Flugabwehrsysteme. Die Jets stammen aus Beständen der slowakischen Luftwaffe, die sie ausgemustert hat.",
     {("SK", "aircraft", D, 4), ("SK", "aircraft", P, 13), ("PL", "aircraft", P, 4)}),
    # 2024: crowns added, part of them for air defence counted, a refusal of one's own jets
    ("Norwegen stockt Militärhilfe für Kiew auf",
     "OSLO (dpa) - Norwegen gibt der Ukraine in diesem Jahr zusätzlich fünf Milliarden Kronen an Militärhilfe. "
     "Das kündigte Ministerpräsident Jonas Gahr Støre am Donnerstag in Oslo an. Mit einem Teil des Geldes sollen "
     "zwei weitere NASAMS-Systeme gekauft werden.\n"
     "Die Regierung schließt dagegen aus, eigene F-35-Kampfjets an die Ukraine abzugeben. Norwegen gehört, "
     "gemessen an seiner Wirtschaftsleistung, zu den größten Unterstützern Kiews.",
     {("NO", MONEY, P, 5e9), ("NO", AIR, P, 2), ("NO", "aircraft", R, None)}),
]

# What the probe leaves, by headline: what is read instead (strict xfails), as of pledges round 27.
LEFT = {
    "Sweden, Norway and Denmark fund $500 million U.S. weapons package for Kyiv": (
        "Sweden's share ('Sweden's share is 2.1 billion crowns') gives no record (since pledges round 29 the "
        "joint $500 million is no longer given whole to each of the three payers); NATO (other, discussed) is "
        "read as a giver ('a NATO official'). "
        "Until pledges round 27 the United States too (other, pledged), from 'American arms ... from U.S. stocks'"),
    "La Belgique reporte la livraison de ses F-16 à Kiev": (
        "the 100 million euros Belgium pays for the upkeep of the jets are no record of their own beside its 30 "
        "jets pledged (one record per giver, kind and step: a convention still open). Until pledges round 28 "
        "they were read as pledged by the Netherlands and Norway, whose deliveries ('déjà fournis par') gave no "
        "record; until round 27 the delay was read as a refusal"),
    "Deutschland und Niederlande liefern Panzerhaubitzen an die Ukraine": (
        "the training to begin in Idar-Oberstein gives no record. Until pledges round 30 'die Niederlande geben "
        "weitere fünf Geschütze dieses Typs ab', a second clause of the sentence, lost its count (NL pledged, no "
        "figure: the plural 'geben ... ab' was no giving verb)"),
    "Bundesregierung plant 2025 vier Milliarden Euro Militärhilfe für Kiew": (
        "the IRIS-T systems 'bereits bestellte ... trotzdem geliefert würden' are read as production, not "
        "pledged; since pledges round 28 'auf vier Milliarden Euro fast halbieren' gives its 4 billion, and this "
        "year's 7.5 billion is then no record of its own (one record per giver, kind and step: a convention "
        "still open; until round 28 the 7.5 billion was the only sum read)"),
}


@pytest.mark.parametrize(
    ("lang", "title", "text", "expected"),
    left_as_xfails(with_language("en", ENGLISH) + with_language("fr", FRENCH) + with_language("de", GERMAN), LEFT),
)
def test_review_articles_give_their_labelled_records(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected


def test_the_probe_is_as_briefed() -> None:
    """24 articles, 8 a language, each body 400-1000 characters."""
    assert [len(ENGLISH), len(FRENCH), len(GERMAN)] == [8, 8, 8]
    lengths = [len(body) for _, body, _ in ENGLISH + FRENCH + GERMAN]
    assert all(400 <= length <= 1000 for length in lengths), lengths
