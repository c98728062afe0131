"""Relevance, review 60: the twentieth held-out probe of the shipped rules (config/rules.toml), on ORDINARY
full-length wire copy written by someone who did not write (or read) the rules: the 24 articles of
the pledge probe (tests/support/review_60_articles.py; headline and whole text; every one is aid news: a summit's
or ministers' pledges, a parliament's vote, a delivery told by the receiver, a joint venture paid for by a government, a
corrected story, an aid tracker's ranking, a delay, a minister's interview) and 12 full-length look-alikes of my
own, 4 a language: arms sales to Taiwan, Israel and the Gulf, defence stocks and earnings that name the war,
humanitarian aid to Ukraine, NATO exercises with no aid, "Patriot" and "Gepard" in other senses, and Ukraine's
own arms industry with no donor. Every text is invented for this file; none is taken from the real-article set.
Each was labelled by hand before its first run, following ../shared/eval/README.md. Choices of mine: an aid
tracker's ranking of donors is aid news even with no new pledge (its subject is military aid to Ukraine); a
ministers' meeting where one member vetoes the EU's military money is aid news; a defence firm's results that
credit Ukraine's war for demand, with no order for Ukraine, are not; Ukraine's own industry building drones with
no donor paying is not; humanitarian money for Ukraine is not.

First run (2026-12-07 11:37 UTC, this branch = main at b72a337b, labels as committed in 1fe4ba9e before any run): 35
of 36 read as labelled: precision 1.00 (23 of 23 kept are aid news; all 12 look-alikes, 4 a language, left out),
recall 0.96 (23 of 24; EN 7 of 8, FR 8 of 8, DE 8 of 8). Left (a strict xfail): Britain's joint venture, whose
maker's share price and the analysts' "investors remain wary" fire the stock traps over five aid rules.
"""

from __future__ import annotations

from tests.support.review_60_articles import ENGLISH, FRENCH, GERMAN
from tests.support.wire_reading import probe_key, relevance_probe_test

# The 24 articles of the pledge probe, all aid news.
ARTICLES = [(lang, title, text, True)
            for lang, articles in (("en", ENGLISH), ("fr", FRENCH), ("de", GERMAN))
            for _, title, text, _ in articles]

# Full-length look-alikes, labelled by hand before the first run.
LOOK_ALIKES = [
    ("en", "U.S. approves $1.1 billion sale of missiles and radars to Taiwan",
     "WASHINGTON, Aug 14 (Reuters) - The U.S. State Department has approved the possible sale to Taiwan of "
     "surface-to-air missiles, radars and related equipment worth an estimated $1.1 billion, the Pentagon's "
     "Defense Security Cooperation Agency said on Thursday.\n"
     "The package includes 60 air defence missiles and three surveillance radars, the agency said, adding that "
     "the sale would help the island \"meet current and future threats\". Congress has 30 days to object.\n"
     "China's foreign ministry condemned the decision, saying it sent \"a wrong signal to separatist forces\", "
     "and urged Washington to stop arming Taiwan. Beijing regards the democratically governed island as its "
     "own territory.\n"
     "Taiwan's defence ministry thanked the United States and said the missiles would be delivered from 2027. "
     "Taipei has complained of a backlog of more than $20 billion in weapons it has ordered but not yet "
     "received, partly because U.S. factories are also supplying allies in Europe and the Middle East.\n"
     "(Reporting by David Shore; Editing by Kate Morrow)",
     False),
    ("en", "Defence group Hallmark Systems lifts outlook as European orders surge",
     "LONDON, March 6 (Reuters) - British defence group Hallmark Systems raised its full-year profit forecast on "
     "Thursday after a 22% rise in orders, as European governments rebuild stocks of munitions and armoured "
     "vehicles depleted since Russia's invasion of Ukraine.\n"
     "Operating profit rose to 412 million pounds in 2025 from 338 million a year earlier, the company said, "
     "and its order backlog reached a record 14 billion pounds. Its shares jumped 7% in early trading, "
     "extending a rally that has tripled their value in three years.\n"
     "\"Governments have understood that deterrence needs factories, not just budgets,\" chief executive "
     "Fiona Garrett told analysts on a call. She said the group would hire 2,000 more engineers this year.\n"
     "Analysts at one brokerage said a ceasefire in Ukraine would not end the cycle, since NATO members have "
     "pledged to raise defence spending for a decade. Hallmark makes shells, bridging equipment and "
     "vehicle armour for the British army and several other NATO forces.\n"
     "(Reporting by Priya Nair; Editing by William Crane)",
     False),
    ("en", "Ireland gives 15 million euros for Ukraine's winter shelters and hospitals",
     "DUBLIN, Nov 12 (Reuters) - Ireland will give 15 million euros in humanitarian aid to help Ukrainians "
     "through the winter, paying for generators, shelters and repairs to hospitals damaged by Russian strikes, "
     "the foreign ministry said on Wednesday.\n"
     "The money will be channelled through United Nations agencies and the Red Cross, which work in the "
     "regions closest to the front, the ministry said.\n"
     "\"Millions of Ukrainians face another winter without reliable heat or power,\" Foreign Minister Ciarán "
     "Doyle said in a statement. \"Ireland will not look away.\"\n"
     "Ireland has taken in more than 100,000 Ukrainians since 2022, one of the highest numbers per head of "
     "population in the European Union. The government has cut some of the benefits offered to new arrivals "
     "this year, citing a shortage of housing.\n"
     "Russian drone and missile attacks on Ukraine's energy system have caused rolling blackouts in many "
     "cities this autumn, and aid agencies have warned of a rise in respiratory illness among children and "
     "the elderly.\n"
     "(Reporting by Niamh Kelly; Editing by Mark Hollis)",
     False),
    ("en", "Patriots rally late to beat Jets as rookie quarterback shines",
     "FOXBOROUGH, Massachusetts, Oct 19 (Reuters) - The New England Patriots scored 14 points in the final five "
     "minutes to beat the New York Jets 27-23 on Sunday, as their rookie quarterback threw for 310 yards and "
     "two touchdowns in his fourth start.\n"
     "The Patriots trailed 23-13 early in the fourth quarter before a 62-yard touchdown pass and a "
     "fumble recovery deep in Jets territory turned the game. \"We never stopped believing,\" the head coach "
     "told reporters. \"This group has something.\"\n"
     "The win lifted New England to 4-3 in the AFC East, one game behind Buffalo. The Jets, who have lost "
     "three straight, face questions over their offensive line after conceding five sacks.\n"
     "The Patriots' defence, ranked near the bottom of the league last season, has now forced 11 turnovers "
     "in seven games. They travel to Miami next week.\n"
     "(Reporting by Chris Dalton; Editing by Ed Mason)",
     False),
    ("fr", "Les Émirats arabes unis commandent 12 Rafale supplémentaires",
     "ABOU DHABI, 4 février (AFP) - Les Émirats arabes unis ont signé mardi une commande de 12 avions de combat "
     "Rafale supplémentaires, portant à 92 le nombre d'appareils commandés par le pays du Golfe, a annoncé "
     "l'avionneur français Dassault Aviation.\n"
     "Le contrat, dont le montant n'a pas été précisé, a été signé en présence du ministre français des "
     "Armées lors d'une visite à Abou Dhabi. Les premiers appareils doivent être livrés à partir de 2028.\n"
     "« Ce contrat confirme la confiance de nos partenaires émiriens dans l'excellence de l'industrie "
     "française », a déclaré le ministre devant la presse. Le carnet de commandes du Rafale à l'exportation "
     "atteint désormais plus de 260 appareils.\n"
     "Des ONG de défense des droits humains ont dénoncé une vente d'armes à un pays impliqué dans plusieurs "
     "conflits régionaux, notamment au Yémen et au Soudan, et réclamé un contrôle parlementaire des "
     "exportations d'armement.\n"
     "Le titre Dassault Aviation a gagné 3 % à la Bourse de Paris.\n"
     "afp/ml",
     False),
    ("fr", "L'Otan lance ses grandes manœuvres en Norvège et en Finlande",
     "OSLO, 3 mars (AFP) - Plus de 20 000 soldats de quatorze pays de l'Otan ont entamé lundi des manœuvres "
     "dans le nord de la Norvège et de la Finlande, destinées à tester la capacité de l'Alliance à défendre "
     "son flanc nord dans des conditions arctiques.\n"
     "L'exercice, baptisé Northern Shield, mobilise des chars, de l'artillerie, une cinquantaine d'avions de "
     "combat et des navires en mer de Norvège. Il doit durer trois semaines.\n"
     "« Nous nous entraînons à défendre chaque centimètre du territoire allié », a déclaré le général "
     "norvégien qui commande les opérations, lors d'une conférence de presse à Bardufoss.\n"
     "Moscou a dénoncé des « provocations » près de ses frontières et annoncé ses propres exercices dans la "
     "péninsule de Kola. La Finlande et la Suède, devenues membres de l'Otan après l'invasion de l'Ukraine par "
     "la Russie, participent pour la deuxième fois à ces manœuvres en tant qu'alliées.\n"
     "Des habitants de la région ont été invités à signaler les dégâts causés aux routes par les convois "
     "militaires.\n"
     "bur/ml",
     False),
    ("fr", "Drones : l'industrie ukrainienne dit avoir triplé sa production en un an",
     "KIEV, 8 septembre (AFP) - Les fabricants ukrainiens de drones ont produit plus de trois fois plus "
     "d'appareils cette année que l'an dernier, a affirmé lundi le ministère ukrainien des Industries "
     "stratégiques, qui recense désormais plus de 500 entreprises dans ce secteur.\n"
     "« Nos ingénieurs conçoivent un nouveau modèle chaque semaine, au rythme du front », a déclaré la "
     "ministre lors d'un salon de l'industrie de défense organisé dans un lieu tenu secret à Kiev.\n"
     "La plupart de ces entreprises, souvent de petites start-up installées dans des ateliers dispersés pour "
     "échapper aux frappes russes, travaillent directement avec les brigades, qui testent les prototypes sur "
     "le front et renvoient leurs remarques aux ingénieurs.\n"
     "Le secteur manque cependant de composants électroniques, dont une grande partie est encore importée "
     "d'Asie, et de main-d'œuvre qualifiée, de nombreux ouvriers ayant été mobilisés.\n"
     "Le gouvernement ukrainien réclame l'autorisation d'exporter une partie de la production, ce que "
     "l'armée refuse tant que le front manque d'appareils.\n"
     "pop/ml",
     False),
    ("fr", "Le Luxembourg débloque 5 millions d'euros d'aide humanitaire pour l'Ukraine",
     "LUXEMBOURG, 2 décembre (AFP) - Le Luxembourg va débloquer 5 millions d'euros d'aide humanitaire pour "
     "l'Ukraine afin de financer l'hébergement de personnes déplacées et la réparation de réseaux de "
     "chauffage, a annoncé mardi le ministère luxembourgeois de la Coopération.\n"
     "L'aide sera versée au Programme alimentaire mondial, au Haut-Commissariat des Nations unies pour les "
     "réfugiés et à plusieurs ONG présentes dans les régions de Kharkiv et de Zaporijjia.\n"
     "« L'hiver sera très dur pour les civils ukrainiens, qui vivent sous les bombardements », a déclaré la "
     "ministre lors d'une conférence de presse. Elle a rappelé que le grand-duché accueillait environ 5 000 "
     "réfugiés ukrainiens.\n"
     "Les frappes russes sur les infrastructures énergétiques ont privé des millions d'Ukrainiens "
     "d'électricité et de chauffage ces dernières semaines, selon les autorités ukrainiennes. L'ONU estime "
     "que près de 13 millions de personnes ont besoin d'une aide humanitaire dans le pays.\n"
     "afp/ml",
     False),
    ("de", "Bundesregierung genehmigt Rüstungsexporte nach Israel und Saudi-Arabien",
     "BERLIN (dpa) - Die Bundesregierung hat im vergangenen Quartal Rüstungsexporte im Wert von 1,2 Milliarden "
     "Euro genehmigt, darunter Lieferungen nach Israel und Saudi-Arabien. Das geht aus einer Antwort des "
     "Wirtschaftsministeriums auf eine Anfrage der Linken hervor.\n"
     "Für Israel wurden demnach Exporte im Wert von 160 Millionen Euro erlaubt, vor allem Bauteile für "
     "Schiffe und Panzerfahrzeuge. Nach Saudi-Arabien dürfen Ersatzteile für Eurofighter-Kampfflugzeuge "
     "geliefert werden.\n"
     "Die Linke kritisierte die Genehmigungen scharf. „Deutsche Waffen dürfen nicht in Kriegs- und "
     "Krisengebiete geliefert werden“, sagte ein Abgeordneter der Partei. Die Regierung verwies auf "
     "Einzelfallprüfungen und die Sicherheitsinteressen der Partnerländer.\n"
     "Der größte Teil der Genehmigungen entfiel wie in den Vorjahren auf EU- und Nato-Staaten sowie "
     "gleichgestellte Länder wie Australien und Japan. Die Ausfuhren in sogenannte Drittländer gingen "
     "leicht zurück.\n"
     "dpa xx/yy",
     False),
    ("de", "Nachwuchs im Zoo: Gepard-Weibchen bringt vier Junge zur Welt",
     "LEIPZIG (dpa) - Im Leipziger Zoo sind vier Geparde zur Welt gekommen. Die Jungtiere seien wohlauf und "
     "würden von ihrer Mutter versorgt, teilte der Zoo am Mittwoch mit. Besucher müssen sich allerdings noch "
     "gedulden: Die Familie bleibt zunächst in einem abgeschirmten Gehege.\n"
     "„Wir sind sehr glücklich, denn Geparde in Menschenobhut zu züchten, ist schwierig“, sagte der "
     "zuständige Kurator. Die Mutter, die fünfjährige Nala, war im vergangenen Jahr aus einem Zoo in den "
     "Niederlanden nach Leipzig gekommen.\n"
     "Geparde gelten als die schnellsten Landtiere der Welt und erreichen im Sprint bis zu 110 Kilometer pro "
     "Stunde. In freier Wildbahn leben nach Schätzungen von Naturschützern nur noch etwa 7.000 Tiere, vor "
     "allem im südlichen und östlichen Afrika.\n"
     "Der Zoo beteiligt sich an einem europäischen Erhaltungszuchtprogramm. Die Namen der Jungtiere sollen "
     "bei einer Abstimmung im Internet gefunden werden.\n"
     "dpa sn/xx",
     False),
    ("de", "Rüstungsaktien gefragt: Nordwerk erhöht Prognose nach Rekordaufträgen",
     "DÜSSELDORF (dpa-AFX) - Der Rüstungskonzern Nordwerk hat nach einem Rekord beim Auftragseingang seine "
     "Jahresprognose angehoben. Der Umsatz soll nun um 30 bis 35 Prozent steigen, teilte das Unternehmen am "
     "Donnerstag mit. Die Aktie legte im frühen Handel um mehr als sechs Prozent zu.\n"
     "Im dritten Quartal stieg der Auftragsbestand auf 58 Milliarden Euro. Vor allem Bestellungen von "
     "Artilleriemunition und Militärlastwagen durch die Bundeswehr und andere europäische Armeen trieben das "
     "Geschäft, hieß es.\n"
     "Vorstandschef Karl-Heinz Dornbusch sagte, seit dem russischen Angriff auf die Ukraine habe sich die "
     "Nachfrage grundlegend verändert. „Europa rüstet auf, und das ist keine Konjunktur von ein paar "
     "Monaten.“ Nordwerk baut derzeit zwei neue Munitionswerke in Niedersachsen und in Litauen.\n"
     "Analysten lobten die Zahlen, verwiesen aber auf die hohe Bewertung der Aktie. Ein Waffenstillstand in "
     "der Ukraine könne kurzfristig zu Kursverlusten führen, schrieb ein Analyst.\n"
     "dpa-AFX abc/xx",
     False),
    ("de", "Nato-Manöver im Baltikum: 15.000 Soldaten üben Verteidigung der Ostflanke",
     "VILNIUS (dpa) - Rund 15.000 Soldaten aus zwölf Nato-Staaten haben im Baltikum ein großes Manöver "
     "begonnen. Bei der Übung „Baltic Guard“ soll die Verlegung von Truppen an die Ostflanke des Bündnisses "
     "geprobt werden, teilte das litauische Verteidigungsministerium am Montag mit.\n"
     "Beteiligt sind auch rund 3.000 Soldaten der Bundeswehr, darunter Teile der in Litauen stationierten "
     "Panzerbrigade. Geübt wird unter anderem das Überqueren von Flüssen und die Abwehr von Drohnen.\n"
     "„Wir zeigen, dass wir jeden Zentimeter des Bündnisgebiets verteidigen können“, sagte ein Sprecher des "
     "Nato-Kommandos. Russland und Belarus kritisierten das Manöver als Provokation und kündigten eigene "
     "Übungen an.\n"
     "Die baltischen Staaten fordern seit Beginn des russischen Angriffskriegs gegen die Ukraine eine "
     "stärkere Präsenz der Verbündeten auf ihrem Gebiet. Das Manöver dauert bis Ende des Monats.\n"
     "dpa lt/xx",
     False),
]

ITEMS = ARTICLES + LOOK_ALIKES

# What the probe leaves, by headline: what is read instead (strict xfails), from the first run.
LEFT: dict[str, str] = {
    # fix60a: Britain's joint venture (a government paying for weapons made for Ukraine outweighs its maker's shares).
}

test_review_items_are_read_as_labelled = relevance_probe_test(ITEMS, LEFT)


def test_the_probe_is_as_briefed() -> None:
    """36 items, 12 a language: the 8 aid articles of the pledge probe and 4 full-length look-alikes (of 800
    characters or more), no item named twice."""
    for lang in ("en", "fr", "de"):
        labels = [relevant for item_lang, _, _, relevant in ITEMS if item_lang == lang]
        assert (len(labels), sum(labels)) == (12, 8), lang
    assert all(len(title) + 1 + len(text) >= 800 for _, title, text, _ in LOOK_ALIKES)
    assert len({probe_key(headline, lead) for _, headline, lead, _ in ITEMS}) == len(ITEMS) == 36
