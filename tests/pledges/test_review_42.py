"""Pledges, review 42: a held-out probe of the pledge extractor on wire copy written by someone who did
not write the extractor. 24 articles (8 EN, 8 FR, 8 DE) in the forms a feed carries beside clean news
stories: per language two short RSS summaries (a headline-like lede only, 200-400 characters), one long
story (1,200-2,000 characters, several donors, background paragraphs recalling older pledges), one
live-blog or news-in-brief entry, one quote-led story (a minister speaking in the first person) and
three ordinary wire stories (Reuters, AFP, dpa). Donors beyond the big ones (Nordic, Baltic, Benelux,
Canada, Japan, Australia, Korea, Czechia, Slovakia, Austria, Switzerland, Greece, Iceland), every
status, money and counts, figures in words. Every text and figure is invented for this file; none is
taken from the real-article set.

Each article was labelled by hand before its first run, following ../shared/eval/README.md and
tests/data/README.md, as (donor, category, status, figure): the figure is the count of things stated,
else the sum of money, else None; money for a named kind of thing is that thing's category; a package
with a stated value is a funding record and the things named inside it records of their own; Kyiv's
own requests give no record. Where the conventions leave a case open, the comment above the article
says what was chosen.

First run (2026-12-05, this branch = main at d02602e, labels unchanged): 7 of 24 articles fully right (EN 1
of 8, FR 4 of 8, DE 2 of 8); records as (donor, category, status) matched 54 / labelled 66 / predicted 70
(P 0.77, R 0.82); with their figures too, 52 of 66. By form, fully right: RSS summaries 4 of 6, long
stories 0 of 3, live entries 0 of 3, quote-led 1 of 3, wire stories 2 of 9. The 17 left are strict xfails
(LEFT) saying what is read instead. Two hold a call of mine a reader could make otherwise: Japan's money
to NATO's fund, whose purchases ("body armour") the extractor records as Japan's (other, pledged), and
Rheinmetall's plant in Ukraine labelled production (category production); each such article has another
miss besides except Japan's.
After pledges round 29 (tests/pledges/test_pledges_wire_29.py): 18 of 24 fully right, records 63 / 66 / 70
(P 0.90, R 0.95), figures 63 of 66; the six left are strict xfails below.
After pledges round 30 (tests/pledges/test_pledges_wire_30.py): 21 of 24, records 63 / 66 / 65 (P 0.97,
R 0.95), figures 63 of 66; Korea's answered request, Japan's fund and the Bundestag's "für Aufträge
verplant" became plain tests.
After pledges round 34 (tests/pledges/test_pledges_wire_34.py), 2026-12-05: unchanged, 21 of 24, records
63 / 66 / 65, figures 63 of 66 (the three left are no cause that round worked on).
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, AMMO, ARMOUR, ARMS, MONEY, D, M, P, R, X
from tests.support.wire_reading import figures, formed_in_three_languages, left_as_xfails, probe_key

# The form of each article, as the brief asks for them.
RSS, LONG, LIVE, QUOTE, WIRE = "rss summary", "long story", "live or brief", "quote-led", "wire story"

# Each is (form, headline, body, records), the records labelled by hand before the first run. A
# live-blog entry has no headline ("").

ENGLISH = [
    (RSS, "Canada to give Ukraine 50 more armoured personnel carriers",
     "OTTAWA (Reuters) - Canada will give Ukraine 50 more armoured personnel carriers taken from its army's "
     "reserve fleet, the defence minister said on Wednesday, adding that the first vehicles would be shipped "
     "from Montreal before the end of January.",
     {("CA", ARMOUR, P, 50)}),
    # Kyiv's request gives no record (tests/data/README.md).
    (RSS, "South Korea says no to Ukrainian plea for air defence",
     "SEOUL (Reuters) - South Korea has no plans to supply air defence systems to Ukraine, a presidential "
     "spokesman said on Monday, a week after Kyiv asked Seoul for its Cheongung missile batteries, citing a law that bars arms exports "
     "to countries at war.",
     {("KR", AIR, R, None)}),
    # Long: a Nordic-Baltic meeting. Choices: Sweden's airborne early-warning planes are aircraft; a
    # delivery of what a donor "pledged in the summer" gives the delivery only (the pledge is fulfilled,
    # not a second record); Iceland "looking at paying for" training is discussed.
    (LONG, "Nordic and Baltic states add planes, drones and cash for Ukraine",
     "RIGA (Reuters) - Sweden will give Ukraine two more airborne early-warning aircraft and Finland will "
     "send its 29th military aid package, worth 180 million euros, ministers from the eight Nordic and "
     "Baltic countries said after meeting in Riga on Thursday.\n"
     "Latvia said it would hand over 1,500 attack drones built by Latvian companies before the end of "
     "February, while Estonia promised 100 million euros for Ukraine's armed forces next year, in line with "
     "its pledge to spend a quarter of one percent of its economic output on Kyiv's military.\n"
     "Lithuania has already delivered the ten M577 command vehicles it pledged in the summer, its defence "
     "ministry said in a statement. Iceland, which has no army of its own, said it was looking at paying for "
     "the training of Ukrainian combat medics in Britain.\n"
     "The ministers met a day after a Russian missile and drone attack cut power to much of western "
     "Ukraine. Ukraine's defence minister, who joined by video link, thanked the group and asked it to help "
     "fill what he called a critical shortage of interceptor missiles.\n"
     "The region has been among Ukraine's most generous backers relative to the size of its economies. "
     "Norway said in October that it would give 3 billion Norwegian crowns for air defence, and Denmark "
     "completed the delivery of its 19 F-16 fighter jets in September, more than two years after first "
     "promising them.\n"
     "Officials at the meeting said the group would meet again in Oslo in the spring.",
     {("SE", "aircraft", P, 2), ("FI", MONEY, P, 180e6), ("LV", "drones", P, 1500), ("EE", MONEY, P, 100e6),
      ("LT", ARMOUR, D, 10), ("IS", "training", X, None), ("NO", AIR, P, 3e9), ("DK", "aircraft", D, 19)}),
    # A live blog's entry: numbers in words, the rest "will follow" without a count.
    (LIVE, "",
     "14:32 GMT - Belgium has handed over the first two of its F-16 fighter jets to Ukraine, Defence Minister "
     "Theo Francken says in a post on X. The remaining aircraft will follow next year, he adds, without saying "
     "how many.",
     {("BE", "aircraft", D, 2), ("BE", "aircraft", P, None)}),
    # Quote-led: the minister in the first person; "our initiative" is Czechia's.
    (QUOTE, "Czechs to keep shells flowing to Ukraine next year, minister says",
     "PRAGUE (Reuters) - \"We have delivered more than 1.5 million large-calibre shells to Ukraine this year through our "
     "initiative, and we will keep it going in 2027,\" Czech Defence Minister Jana Novakova told Reuters in an "
     "interview on Tuesday.\n"
     "\"But we cannot give away any more of our tanks. Our own brigades need them,\" she said.\n"
     "The ammunition scheme, which buys shells on world markets with money from a "
     "dozen countries, was nearly stopped after last year's election. Novakova said donors had already "
     "promised enough to run it until the summer.",
     {("CZ", AMMO, D, 1500000), ("CZ", AMMO, P, None), ("CZ", "tanks", R, None)}),
    # A cancelled delivery is labelled refused (the conventions have no "cancelled"; a call that is
    # taken back is a "will not"); money for a named kind of thing is that thing's category. The July
    # package is a funding record with its sum, its contents records of their own (rockets for HIMARS
    # are ammunition).
    (WIRE, "Pentagon cancels $300 million Patriot shipment for Ukraine",
     "WASHINGTON (Reuters) - The Pentagon has cancelled a planned $300 million shipment of Patriot "
     "interceptor missiles to Ukraine so that it can rebuild U.S. stocks, two U.S. officials said on "
     "Friday, speaking on condition of anonymity.\n"
     "A separate $125 million package of 155mm shells and HIMARS rockets approved in July is not affected "
     "and will reach Ukraine by the end of the year, one of the officials said.\n"
     "President Volodymyr Zelenskiy urged Washington to reverse the decision, saying Patriot missiles were "
     "the only defence his cities had against Russian ballistic missiles.",
     {("US", AIR, R, 300e6), ("US", MONEY, P, 125e6), ("US", AMMO, P, None)}),
    # Japan's money goes to NATO's trust fund for non-lethal military equipment: military financing,
    # Japan the giver; the law barring lethal arms is background, no refusal record.
    (WIRE, "Japan gives $400 million to NATO fund for Ukraine's army",
     "TOKYO (Reuters) - Japan will contribute $400 million to NATO's trust fund for Ukraine, which buys fuel, "
     "body armour, demining gear and field hospitals for the Ukrainian army, the foreign ministry said on "
     "Thursday. Japan's law bars it from sending lethal weapons abroad.\n"
     "Australia said on the same day that all 49 M1A1 Abrams tanks it promised in 2024 had now reached "
     "Ukraine, after delays in shipping them from Brisbane.",
     {("JP", MONEY, P, 400e6), ("AU", "tanks", D, 49)}),
    # An order from industry for Ukraine (production, the item's category, the count over the sum); the
    # guns "handed to Ukraine as they leave the factory" are the ones ordered, no second record; the
    # earlier gift in words.
    (WIRE, "Sweden orders 18 Archer howitzers from BAE Bofors for Ukraine",
     "STOCKHOLM (Reuters) - Sweden has ordered 18 Archer self-propelled howitzers from BAE Systems Bofors for "
     "Ukraine at a cost of 3.2 billion crowns, the Swedish defence materiel agency FMV said on Monday.\n"
     "The guns will be built in Karlskoga and handed to Ukraine as they leave the factory, the agency said, "
     "without giving a timetable. Sweden gave Ukraine eight Archers from its own army in 2023.",
     {("SE", "artillery", M, 18), ("SE", "artillery", D, 8)}),
]

FRENCH = [
    # "une vingtaine" is recorded as the stated number, 20 (as "près de 10 000" is).
    (RSS, "La Belgique va fournir une vingtaine de drones de reconnaissance à Kiev",
     "BRUXELLES (AFP) - La Belgique fournira une vingtaine de drones de reconnaissance à l'Ukraine d'ici la "
     "fin de l'année, a annoncé jeudi le ministre belge de la Défense, à l'issue d'un conseil des ministres.",
     {("BE", "drones", P, 20)}),
    # A cancelled delivery: refused (as above); the predecessor's promise, recalled only as what is
    # cancelled, gives no pledged record. Helicopters are aircraft.
    (RSS, "La Slovaquie annule la livraison de quatre hélicoptères à l'Ukraine",
     "BRATISLAVA (AFP) - Le gouvernement slovaque a annulé la livraison à l'Ukraine de quatre hélicoptères "
     "Mi-17 promise par le gouvernement précédent, a indiqué mardi le ministère de la Défense, invoquant les "
     "besoins de l'armée slovaque.",
     {("SK", "aircraft", R, 4)}),
    # Long: a Paris meeting of the coalition. Korea "examine" is discussed, demining equipment category
    # other; Portugal's training "a commencé" is delivered; background pledges and deliveries are records,
    # an ordinal ("son premier système", "un second système") no count.
    (LONG, "Réunis à Paris, les soutiens de Kiev promettent blindés et défense antiaérienne",
     "PARIS (AFP) - La France livrera à l'Ukraine vingt véhicules blindés VAB supplémentaires d'ici mars et "
     "l'Italie enverra un second système de défense antiaérienne SAMP/T, ont annoncé mercredi les deux pays "
     "à l'issue d'une réunion à Paris d'une trentaine de pays soutenant Kiev.\n"
     "Les Pays-Bas ont promis 200 millions d'euros pour l'achat de munitions, tandis que le Portugal a "
     "indiqué que la formation de 60 pilotes d'hélicoptère ukrainiens avait commencé près de Lisbonne. La "
     "Corée du Sud, invitée pour la première fois, examine la possibilité de fournir des équipements de "
     "déminage, a déclaré son ambassadeur.\n"
     "Le président ukrainien, qui s'exprimait par visioconférence, a réclamé davantage de systèmes Patriot "
     "et de missiles à longue portée, estimant que l'hiver serait « le plus dur depuis le début de la "
     "guerre ».\n"
     "Depuis 2022, la France a déjà cédé à Kiev 30 canons Caesar et des missiles de croisière SCALP, dont "
     "elle n'a jamais révélé le nombre. L'Italie avait livré son premier système SAMP/T au printemps 2024, "
     "après des mois de discussions avec Paris sur le partage des coûts.\n"
     "La réunion intervient alors que le débat sur le financement de l'aide se durcit en Europe. Plusieurs "
     "capitales plaident pour un emprunt commun, auquel s'opposent toujours l'Allemagne et les Pays-Bas.",
     {("FR", ARMOUR, P, 20), ("IT", AIR, P, None), ("NL", AMMO, P, 200e6), ("PT", "training", D, 60),
      ("KR", "other", X, None), ("FR", "artillery", D, 30), ("FR", "missiles", D, None),
      ("IT", AIR, D, None)}),
    # A live blog's entry; portable anti-tank launchers are small arms.
    (LIVE, "",
     "10h05 - La Lituanie a remis à l'armée ukrainienne un nouveau lot d'obus de mortier de 120 mm et des "
     "lance-roquettes antichars, annonce le ministère lituanien de la Défense, sans préciser les quantités.",
     {("LT", AMMO, D, None), ("LT", ARMS, D, None)}),
    # Quote-led: the minister in the first person, "nos" being France's.
    (QUOTE, "« Six Mirage de plus pour l'Ukraine d'ici l'été », promet la ministre des Armées",
     "« Nous livrerons six Mirage 2000 supplémentaires à l'Ukraine d'ici l'été, avec leurs pièces de "
     "rechange », a déclaré dimanche la ministre des Armées dans un entretien au Journal du dimanche.\n"
     "« En revanche, nous n'enverrons pas de nouveaux missiles SCALP tant que nos propres stocks ne seront "
     "pas reconstitués », a-t-elle ajouté, précisant que les pilotes ukrainiens formés en France depuis un "
     "an étaient désormais opérationnels.",
     {("FR", "aircraft", P, 6), ("FR", "missiles", R, None), ("FR", "training", D, None)}),
    (WIRE, "La Grèce refuse toujours de céder ses S-300 à Kiev",
     "ATHÈNES (AFP) - La Grèce ne cédera pas ses systèmes de défense antiaérienne S-300 à l'Ukraine, a "
     "répété lundi le Premier ministre grec, malgré les demandes insistantes de Washington.\n"
     "Athènes a en revanche déjà fourni des obus de 155 mm à Kiev et n'exclut pas d'en envoyer davantage, "
     "a-t-il ajouté devant la presse, aux côtés du président chypriote. La Grèce redoute de "
     "dégarnir ses défenses face à la Turquie.",
     {("GR", AIR, R, None), ("GR", AMMO, D, None), ("GR", AMMO, X, None)}),
    # A re-export veto is a refusal by the one who vetoes; a maker starting a line is production (category
    # production, tests/data/README.md).
    (WIRE, "La Suisse bloque à nouveau des munitions pour les Gepard ukrainiens",
     "BERNE (AFP) - Le Conseil fédéral suisse a de nouveau refusé mercredi que l'Allemagne réexporte vers "
     "l'Ukraine des munitions de fabrication suisse destinées aux chars antiaériens Gepard, invoquant la "
     "neutralité du pays.\n"
     "Berlin, qui a livré 52 Gepard à Kiev depuis 2022, cherche depuis des mois d'autres fournisseurs pour "
     "ces obus de 35 mm. Le fabricant allemand Rheinmetall a lancé leur production en Allemagne.",
     {("CH", AMMO, R, None), ("DE", AIR, D, 52), ("DE", "production", M, None)}),
    # EU money from Russian assets that "financera" shells and air defence: funding, and its contents.
    (WIRE, "L'UE va verser 1,4 milliard d'euros issus des avoirs russes pour armer Kiev",
     "BRUXELLES (AFP) - L'Union européenne va verser en janvier à l'Ukraine une nouvelle tranche de 1,4 "
     "milliard d'euros tirée des revenus des avoirs russes gelés, destinée à l'achat d'armes, a annoncé "
     "vendredi la Commission.\n"
     "Cette tranche financera surtout des obus d'artillerie et des systèmes de défense antiaérienne, a "
     "précisé un porte-parole. La Hongrie, qui bloque d'autres aides militaires européennes, ne peut pas "
     "s'opposer à ce versement, décidé à la majorité.",
     {("EU", MONEY, P, 1.4e9), ("EU", AMMO, P, None), ("EU", AIR, P, None)}),
]

GERMAN = [
    (RSS, "Österreich lehnt Beteiligung an Munitionsinitiative für Kiew ab",
     "WIEN (dpa) - Österreich wird sich nicht an der tschechischen Initiative zum Kauf von Artilleriemunition "
     "für die Ukraine beteiligen. Das sagte Verteidigungsministerin Klaudia Tanner am Donnerstag in Wien und "
     "verwies auf die Neutralität des Landes.",
     {("AT", AMMO, R, None)}),
    # Money for a named kind of thing: that thing's category.
    (RSS, "Niederlande geben 300 Millionen Euro für Drohnen an Kiew",
     "DEN HAAG (dpa) - Die Niederlande stellen der Ukraine weitere 300 Millionen Euro für Drohnen zur "
     "Verfügung. Das Geld solle noch in diesem Winter an die Front gelangen, teilte das "
     "Verteidigungsministerium am Montag mit.",
     {("NL", "drones", P, 300e6)}),
    # Long: the German budget with background. Choices: "keine weiteren Waffen" without a kind is
    # category other; Norway's "bereits übergeben" NASAMS are delivered with their count.
    (LONG, "Bundestag billigt 11,5 Milliarden Euro Militärhilfe für die Ukraine",
     "BERLIN (dpa) - Der Bundestag hat für das kommende Jahr 11,5 Milliarden Euro an Militärhilfe für die "
     "Ukraine gebilligt. Davon sollen unter anderem vier weitere Luftverteidigungssysteme vom Typ IRIS-T SLM "
     "bezahlt werden, wie der Haushaltsausschuss am Freitag in Berlin mitteilte.\n"
     "Verteidigungsminister Boris Pistorius sprach von einem klaren Signal an Moskau. Die Opposition "
     "kritisierte, dass das Geld zu einem großen Teil bereits für Aufträge verplant sei, die in früheren "
     "Jahren vergeben wurden.\n"
     "Deutschland ist nach den USA der zweitgrößte Unterstützer der Ukraine. Im Sommer hatte die "
     "Bundesregierung zwei Patriot-Systeme an Kiew übergeben, im Frühjahr zudem 20 Schützenpanzer vom Typ "
     "Marder. Die Lieferung von Taurus-Marschflugkörpern lehnt Berlin weiterhin ab.\n"
     "Auch andere Partner stocken ihre Hilfe auf. Norwegen hat der Ukraine nach eigenen Angaben bereits zwei "
     "NASAMS-Systeme übergeben und will im kommenden Jahr 85 Milliarden Kronen bereitstellen. Die Slowakei "
     "erklärte dagegen, aus Armeebeständen keine weiteren Waffen mehr an Kiew abzugeben.\n"
     "Der ukrainische Präsident Wolodymyr Selenskyj dankte dem Bundestag und bat erneut um mehr "
     "Flugabwehr vor dem Winter. Die abschließende Abstimmung über den gesamten Haushalt ist für Ende Januar "
     "geplant.",
     {("DE", MONEY, P, 11.5e9), ("DE", AIR, P, 4), ("DE", AIR, D, 2), ("DE", ARMOUR, D, 20),
      ("DE", "missiles", R, None), ("NO", AIR, D, 2), ("NO", MONEY, P, 85e9), ("SK", "other", R, None)}),
    # A live blog's entry, the count in words.
    (LIVE, "",
     "+++ 11:20 Uhr +++ Tschechien hat der Ukraine zwölf weitere Raketenwerfer vom Typ RM-70 übergeben. Das "
     "teilte das Verteidigungsministerium in Prag mit. Die Systeme stammen aus Beständen der tschechischen "
     "Armee und wurden vor der Übergabe in einem Werk in Mähren instandgesetzt.",
     {("CZ", "artillery", D, 12)}),
    # Quote-led: a Swedish minister in German, in the first person; pilots' training "läuft" is delivered;
    # a count of past packages with neither contents nor value gives no record.
    (QUOTE, "Schweden: Zwei weitere Flugabwehrsysteme für Kiew noch vor Weihnachten",
     "„Wir schicken der Ukraine noch vor Weihnachten zwei weitere Flugabwehrsysteme vom Typ RBS 70“, sagte "
     "der schwedische Verteidigungsminister am Mittwoch in Stockholm. „Gripen-Kampfjets geben wir derzeit "
     "aber nicht ab, die brauchen wir selbst.“\n"
     "Die Ausbildung ukrainischer Piloten am Gripen laufe dennoch weiter, fügte er hinzu. Schweden hat seit "
     "Kriegsbeginn 20 Hilfspakete geschnürt.",
     {("SE", AIR, P, 2), ("SE", "aircraft", R, None), ("SE", "training", D, None)}),
    # An order from industry for Ukraine: production with the item's category, the count over the sum; the
    # maker's own plant in Ukraine is production (category production).
    (WIRE, "Rheinmetall fertigt 180.000 Artilleriegranaten für die Ukraine",
     "UNTERLÜSS (dpa) - Rheinmetall hat von der Bundesregierung den Auftrag erhalten, 180.000 Schuss "
     "Artilleriemunition im Kaliber 155 Millimeter für die Ukraine zu fertigen. Der Auftrag habe einen Wert "
     "von rund 800 Millionen Euro, teilte der Konzern am Dienstag in Unterlüß mit.\n"
     "Die ersten Granaten sollen im Frühjahr ausgeliefert werden. Rheinmetall baut derzeit auch in der "
     "Ukraine ein eigenes Munitionswerk.",
     {("DE", AMMO, M, 180000), ("DE", "production", M, None)}),
    # Poland's last MiG-29 (count stated: "die letzten acht"); helicopters "prüft" are discussed aircraft.
    (WIRE, "Polen übergibt der Ukraine seine letzten MiG-29",
     "WARSCHAU (dpa) - Polen hat der Ukraine seine letzten acht Kampfjets vom Typ MiG-29 übergeben. Das gab "
     "Verteidigungsminister Wladyslaw Kosiniak-Kamysz am Montag in Warschau bekannt. Die Maschinen werden "
     "in der polnischen Luftwaffe durch amerikanische F-35 ersetzt.\n"
     "Warschau prüft zudem die Abgabe von Mi-24-Kampfhubschraubern an Kiew, sagte der Minister. Eine "
     "Entscheidung werde bis Ende Januar fallen.",
     {("PL", "aircraft", D, 8), ("PL", "aircraft", X, None)}),
    # Training with a count: announced is pledged, finished is delivered.
    (WIRE, "Kanada bildet 2.000 weitere ukrainische Soldaten aus",
     "OTTAWA (dpa) - Kanada will in den kommenden zwei Jahren weitere 2.000 ukrainische Soldaten in Lettland "
     "und Polen ausbilden. Dafür stelle die Regierung 60 Millionen kanadische Dollar bereit, teilte das "
     "Verteidigungsministerium in Ottawa am Donnerstag mit.\n"
     "Seit 2022 hat Kanada nach eigenen Angaben rund 45.000 Ukrainer ausgebildet, die meisten davon in "
     "Großbritannien.",
     {("CA", "training", P, 2000), ("CA", "training", D, 45000)}),
]

# What the probe leaves, by headline (a live entry's by its body's start): what is read instead (strict
# xfails), from the first run. (The Paris meeting "Réunis à Paris, les soutiens de Kiev promettent blindés et défense
# antiaérienne" is read right since fix59b, stop 59: "alors que le débat sur le financement de l'aide se durcit" is a
# debate told as the backdrop, bot/core/pledges/status/other_deeds.py; the Korean record was already right.)
LEFT: dict[str, str] = {
    "Czechs to keep shells flowing to Ukraine next year, minister says": (
        "'and we will keep it going in 2027' gives no pledged record: 'keep ... going' is no promise, and 'it' "
        "(the initiative) names no thing ('We will keep our ammunition initiative going' gives none either); "
        "since pledges56 'buys shells ... with money from a dozen countries' (no payer named) is no Czech "
        "production any more"),
    "La Suisse bloque à nouveau des munitions pour les Gepard ukrainiens": (
        "the veto gives Germany, the one stopped from re-exporting, discussing the ammunition (DE, ammunition, "
        "discussed: the extractor's convention for a ban, which review 41's Swiss article labels too) where the "
        "labels give only Switzerland's refusal; 'Rheinmetall a lancé leur production en Allemagne' gives no "
        "production record once the sentence before names the Gepards delivered. Until pledges round 30 the "
        "Gepards after 'destinées aux' were read as a thing of their own (refused by Switzerland, discussed by "
        "Germany), not what the ammunition is for"),
}


@pytest.mark.parametrize(("lang", "title", "text", "expected"),
                         left_as_xfails(formed_in_three_languages(ENGLISH, FRENCH, GERMAN), LEFT))
def test_review_articles_give_their_labelled_records(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected


def test_the_probe_is_as_briefed() -> None:
    """8 articles a language, each language with its forms: 2 RSS summaries of 200-400 characters, a
    long story of 1,200-2,000, a live entry, a quote-led story, 3 wire stories."""
    for articles in (ENGLISH, FRENCH, GERMAN):
        forms = [form for form, _, _, _ in articles]
        assert sorted(forms) == sorted([RSS, RSS, LONG, LIVE, QUOTE, WIRE, WIRE, WIRE])
        for form, _, body, _ in articles:
            if form == RSS:
                assert 200 <= len(body) <= 400, body[:40]
            if form == LONG:
                assert 1200 <= len(body) <= 2000, body[:40]
    assert len({probe_key(title, body) for articles in (ENGLISH, FRENCH, GERMAN) for _, title, body, _ in articles}) == 24
