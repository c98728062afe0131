"""Relevance, review 62b: the second held-out probe of the shipped rules (config/rules.toml) on FEED ITEMS (a headline
and an RSS summary, the shape of the real set and of the held-back set), written by someone who did not write (or
read) the rules: the 48 items of the pledge probe (tests/support/review_62b_articles.py; every one is aid news:
pledges told only in the headline or half told below it, questions and denials, round-ups of several donors,
financing jargon, regional outlets) and 24 look-alikes of the same shape, 8 a language, on ground review 62's did
not cover: arms for other wars (India's, Armenia's, the Gulf's, Czechia's own tanks), sanctions, refugees,
reconstruction money, NATO exercises, Russia's arms industry, a Ukrainian maker's exports, battlefield news naming
Western weapons in use, and elections where aid to Ukraine is one campaign topic among others. Every text is
invented for this file; none is taken from the real-article set. Each was labelled by hand before its first run,
following ../shared/eval/README.md. Choices of mine: an election item that names weapons for Ukraine only as one
topic of a campaign, or a candidate's promise to end them, is not aid news; a Ukrainian maker selling abroad is
not; battlefield news naming a Western weapon in use with no giving is not (review 62's call); reconstruction and
refugee money is humanitarian.

First run (2026-12-07 17:32 UTC, this branch = main at 4aad9258, labels as committed in f8489707 before any run): 66
of 72 read as labelled: precision 0.94 (45 of 48 kept are aid news; 21 of the 24 look-alikes left out), recall
0.94 (45 of 48; EN 16 of 16, FR 14 of 16, DE 15 of 16). Left (6 strict xfails): three aid items on which no rule
fires (patrol boats "remises à la marine ukrainienne" and paid by France; "400 soldats ukrainiens formés" by
"l'armée de Terre"; "Die Ukraine soll ... 25 Kampfpanzer ... erhalten" with Berlin paying the repair), two election
items naming arms for Ukraine as a campaign topic ("promet de « ne plus envoyer une seule arme » à Kiev",
"Waffenlieferungen an die Ukraine den Wahlkampf"), and Czechia's own Leopard 2A8 with its earlier T-72 gift told
as background ("von denen Prag viele an die Ukraine abgegeben hatte").

Fix62c read all six as labelled (tests/rules/test_review_fixes_62c.py, the forms in three languages): patrol boats and
French "remis"; a donor's army named alone as the trainer; German's "Die Ukraine soll ... erhalten"; an election
campaign's sentence naming Ukraine (trap -3); a purchase replacing weapons the buyer "had given" Ukraine, told in the
French or German pluperfect (trap -2). 72 of 72.
"""

from __future__ import annotations

from tests.support.review_62b_articles import ENGLISH, FRENCH, GERMAN
from tests.support.wire_reading import probe_key, relevance_probe_test

# The 48 items of the pledge probe, all aid news.
ARTICLES = [(lang, title, text, True)
            for lang, articles in (("en", ENGLISH), ("fr", FRENCH), ("de", GERMAN))
            for _, title, text, _ in articles]

# Look-alike feed items, labelled by hand before the first run.
LOOK_ALIKES = [
    ("en", "India to supply more Pinaka rocket launchers to Armenia",
     "NEW DELHI: India will supply a second batch of Pinaka multi-barrel rocket launchers and artillery shells to "
     "Armenia under a contract signed last year, defence ministry sources said on Monday. The deal has drawn "
     "protests from Azerbaijan. (With inputs from agencies)",
     False),
    ("en", "Canada sanctions 50 firms supplying drone parts to Russia",
     "Canada on Thursday imposed sanctions on 50 companies and 12 individuals in China, Türkiye and the UAE that it "
     "says supply electronic components used in Russian drones, the foreign minister said. The measures freeze "
     "any assets in Canada and",
     False),
    ("en", "Australia extends visas for 10,000 Ukrainians who fled the war",
     "The federal government will extend the temporary humanitarian visas of about 10,000 Ukrainians living in "
     "Australia for another two years, the immigration minister said on Friday, giving families certainty while "
     "the war continues.",
     False),
    ("en", "Japan, World Bank pledge $1.5bn to rebuild Ukraine's power grid",
     "TOKYO - Japan and the World Bank will provide $1.5bn in loans and grants to rebuild Ukraine's power grid and "
     "water systems damaged by Russian strikes, officials said at a reconstruction conference on Tuesday. Japanese "
     "companies are expected to",
     False),
    ("en", "NATO's biggest exercise in years: 10,000 troops drill in the Baltics",
     "About 10,000 troops from 14 NATO countries began a two-week exercise in Lithuania, Latvia and Estonia on "
     "Monday, practising the rapid reinforcement of the alliance's eastern flank with tanks, HIMARS launchers and "
     "Patriot batteries. Russia called the drills a provocation.",
     False),
    ("en", "Russia's tank plant triples T-90 output, Gulf daily reports",
     "DUBAI: Russia's main tank factory has tripled its output of T-90M tanks since 2022 and now runs three shifts "
     "a day, according to satellite images analysed by a London think tank. Much of the rise comes from "
     "refurbishing old Soviet hulls, the analysts said.",
     False),
    ("en", "Ukrainian drone maker signs first export deal with Gulf buyer",
     "KYIV - A Ukrainian maker of long-range drones has signed its first export contract, with a buyer in the Gulf, "
     "after Kyiv loosened its ban on arms exports this autumn, the company said on Wednesday. It did not disclose "
     "the value of the deal.",
     False),
    ("en", "HIMARS strike destroys Russian command post near Zaporizhzhia, Kyiv says",
     "KYIV (Kyiv Independent) -- Ukrainian forces used a HIMARS launcher to destroy a Russian command post near "
     "Zaporizhzhia overnight, the General Staff said on Nov. 4, adding that several officers were killed. The "
     "claim could not be independently verified.",
     False),
    ("fr", "Réfugiés ukrainiens : la protection temporaire prolongée d'un an",
     "Les quelque 60 000 Ukrainiens accueillis en France au titre de la protection temporaire pourront rester un "
     "an de plus, a annoncé le ministère de l'Intérieur, après la décision des Vingt-Sept de prolonger le "
     "dispositif jusqu'en 2027. Lire la suite",
     False),
    ("fr", "Reconstruction : la BEI prête 400 millions d'euros pour le réseau électrique ukrainien",
     "La Banque européenne d'investissement (BEI) va prêter 400 millions d'euros à l'opérateur ukrainien du réseau "
     "électrique pour remplacer des transformateurs détruits par les frappes russes, a annoncé mardi "
     "l'institution depuis Luxembourg.",
     False),
    ("fr", "Exercice de l'Otan en Roumanie : 5 000 soldats et des chars Leclerc",
     "Quelque 5 000 soldats de huit pays de l'Otan, dont 1 500 Français, participent depuis lundi à un exercice en "
     "Roumanie, près de la frontière moldave. Des chars Leclerc et des obusiers Caesar y sont engagés pour la "
     "première fois, selon l'état-major.",
     False),
    ("fr", "L'Inde commande 26 Rafale Marine pour son porte-avions",
     "New Delhi a signé avec Paris un contrat pour l'achat de 26 avions Rafale Marine destinés à son porte-avions, "
     "un montant estimé à plus de 6 milliards d'euros, a annoncé le ministère indien de la Défense. Le titre "
     "Dassault Aviation gagnait 2 % à la Bourse de Paris.",
     False),
    ("fr", "La Russie produit trois fois plus d'obus que l'Europe, selon un rapport",
     "L'industrie russe de défense produirait près de 4 millions d'obus d'artillerie par an, trois fois plus que "
     "l'ensemble des pays européens, selon un rapport d'un institut estonien publié lundi. Moscou s'appuie aussi "
     "sur des livraisons nord-coréennes.",
     False),
    ("fr", "Présidentielle en Roumanie : inflation, corruption et guerre voisine au cœur de la campagne",
     "À dix jours du premier tour, les candidats s'affrontent sur l'inflation, la corruption et la guerre en "
     "Ukraine voisine. Le candidat nationaliste promet de « ne plus envoyer une seule arme » à Kiev, quand son "
     "rival libéral défend le soutien du pays à l'Otan. Lire la suite",
     False),
    ("fr", "Des obusiers Caesar ont repoussé un assaut russe près de Koupiansk, selon l'armée ukrainienne",
     "Une brigade ukrainienne affirme avoir repoussé dans la nuit un assaut mécanisé russe près de Koupiansk, grâce "
     "notamment à ses obusiers Caesar de fabrication française. Ces informations n'ont pu être vérifiées de "
     "source indépendante.",
     False),
    ("fr", "Kiev autorise les premières exportations d'armes ukrainiennes depuis 2022",
     "Le gouvernement ukrainien a autorisé mercredi les premières exportations de drones et de systèmes de guerre "
     "électronique fabriqués en Ukraine depuis le début de l'invasion russe, a indiqué le ministère des "
     "Industries stratégiques. Les clients n'ont pas été nommés.",
     False),
    ("de", "Nato-Manöver „Eiserner Wolf“: Bundeswehr übt in Litauen",
     "Rund 3.000 Soldatinnen und Soldaten der Bundeswehr üben seit Montag gemeinsam mit litauischen und "
     "niederländischen Truppen in Litauen die Verteidigung der Nato-Ostflanke. Eingesetzt werden auch "
     "Kampfpanzer Leopard 2 und Panzerhaubitzen 2000. Weiterlesen",
     False),
    ("de", "Schweiz übernimmt neues EU-Sanktionspaket gegen Russland",
     "Bern. Der Bundesrat hat beschlossen, das jüngste Sanktionspaket der Europäischen Union gegen Russland zu "
     "übernehmen. Betroffen sind weitere Schiffe der Schattenflotte sowie mehrere Banken, teilte das "
     "Wirtschaftsdepartement mit.",
     False),
    ("de", "Bayern: Zahl der ukrainischen Flüchtlinge steigt wieder",
     "München. In Bayern sind seit dem Sommer wieder deutlich mehr Geflüchtete aus der Ukraine angekommen. Die "
     "Kommunen bitten den Freistaat um mehr Geld für Unterkünfte und Sprachkurse, berichtet der Bayerische "
     "Rundfunk.",
     False),
    ("de", "KfW gibt 300 Mio. Euro für Wiederaufbau von Schulen in der Ukraine",
     "Frankfurt (dts Nachrichtenagentur) - Die staatliche Förderbank KfW stellt im Auftrag der Bundesregierung "
     "300 Mio. Euro für den Wiederaufbau zerstörter Schulen und Krankenhäuser in der Ukraine bereit. Das Geld "
     "fließt über ukrainische Kommunen.",
     False),
    ("de", "Tschechien erhält erste Leopard 2A8 für die eigene Armee",
     "Prag. Die tschechische Armee hat ihre ersten Kampfpanzer vom Typ Leopard 2A8 aus deutscher Produktion "
     "erhalten. Sie ersetzen alte T-72, von denen Prag viele an die Ukraine abgegeben hatte. Insgesamt sind 44 "
     "Panzer bestellt.",
     False),
    ("de", "Russische Rüstungsindustrie: Rekordproduktion von Gleitbomben",
     "Die russische Rüstungsindustrie hat die Produktion von Gleitbomben nach Angaben westlicher Geheimdienste im "
     "laufenden Jahr mehr als verdoppelt. Die Bomben werden vor allem gegen ukrainische Städte an der Front "
     "eingesetzt, heißt es in dem Bericht.",
     False),
    ("de", "Landtagswahl in Sachsen: Wirtschaft, Migration und Waffenlieferungen an die Ukraine",
     "Zwei Wochen vor der Landtagswahl in Sachsen bestimmen Wirtschaft, Migration und die Waffenlieferungen an "
     "die Ukraine den Wahlkampf. Laut einer neuen Umfrage lehnt eine Mehrheit der Befragten weitere "
     "Lieferungen ab, obwohl darüber in Berlin entschieden wird.",
     False),
    ("de", "Gepard-Besatzung meldet Abschuss von zwölf Drohnen bei Odessa",
     "Eine ukrainische Flugabwehreinheit hat nach eigenen Angaben in der Nacht zwölf russische Kampfdrohnen über "
     "dem Gebiet Odessa abgeschossen, dabei sei auch ein Flakpanzer Gepard im Einsatz gewesen. Die Angaben "
     "ließen sich nicht unabhängig prüfen.",
     False),
]

ITEMS = ARTICLES + LOOK_ALIKES

# What the probe leaves, by headline: what is read instead (strict xfails); none since fix62c.
LEFT: dict[str, str] = {}

test_review_items_are_read_as_labelled = relevance_probe_test(ITEMS, LEFT)


def test_the_probe_is_as_briefed() -> None:
    """72 feed items, 24 a language: the 16 aid items of the pledge probe and 8 look-alikes, each a headline and
    a summary of 80-1,000 characters, no item named twice."""
    for lang in ("en", "fr", "de"):
        labels = [relevant for item_lang, _, _, relevant in ITEMS if item_lang == lang]
        assert (len(labels), sum(labels)) == (24, 16), lang
    assert all(80 <= len(text) <= 1000 for _, _, text, _ in ITEMS)
    assert len({probe_key(headline, lead) for _, headline, lead, _ in ITEMS}) == len(ITEMS) == 72
