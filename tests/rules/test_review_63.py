"""Relevance, review 63: the third held-out probe of the shipped rules (config/rules.toml) on FEED ITEMS (a headline
and an RSS summary, or a headline alone), written by someone who did not write (or read) the rules: the 48 items of
the pledge probe (tests/support/review_63_articles.py; every one is aid news: defence trade press, aggregator items,
live blogs and digests, comment, fact checks, explainers and timelines, approximate quantities, groups as donors) and
24 look-alikes of the same shapes, 8 a language: trade press on a NATO member's own buy of the systems Ukraine gets;
digests and live pages of war news with no aid item; fact checks denying that troops were sent (troops are no aid)
and one on EU budget money; arms for Taiwan and Israel; sanctions; Russia's own arms imports (a timeline, a
neighbour's report); a maker's earnings naming Ukraine only as a market; Russian armour for an African army; winter
relief. Every text is invented for this file; none is taken from the real-article set. Each was labelled by hand
before its first run, following ../shared/eval/README.md. Choices of mine: a fact check denying that a Western
country sent or promised soldiers to fight is not aid news (soldiers are no weapons, training or money for
Ukraine's army), nor is one about EU budget support; a country's own buy that names guns given to Ukraine earlier
only as what it replaces is not (review 62b's call on Czechia's Leopard 2A8); a maker's outlook naming Ukraine among
its markets is not; a war digest with no aid entry is not, even when it names Kyiv and the front.

First run (2026-12-07 20:20 UTC, this branch = main at 2123194f, labels as committed in 834e3260 before any run): 68
of 72 read as labelled: precision 0.98 (45 of 46 kept are aid news; 23 of the 24 look-alikes left out), recall 0.94
(45 of 48; EN 15 of 16, FR 15 of 16, DE 15 of 16). Left (4 strict xfails): three fact checks that tell a true
giving or refusal beside the claim they deny ("its last Leopard 2A4 were handed over in 2024"; "Il confirme en
revanche l'envoi récent de munitions"; "Die Bundesregierung lehnt eine Lieferung des Taurus weiterhin ab"), which the
fact-check trap leaves out (its exception wants a contrast word before a past giving verb; two labels unsure, see
LEFT), and a timeline of Russia's own arms imports ("Pyongyang sends long-range artillery and rocket launchers",
Kyiv named in an earlier step) kept as aid news. What passes: the headline-only and repeated aggregator items, the
live blogs and digests (with and without an aid entry), the trade press on a NATO member's own buy (the Dutch CV90,
the DGA's 42 CAESAR replacing guns given to Ukraine, the Bundeswehr's IRIS-T SLM), fact checks on troops and on EU
budget money, Taiwan, Israel, sanctions, North Korea's arms for Russia told by Seoul, makers' earnings naming
Ukraine as a market, Russian armour for Mali, and Austrian winter relief.

After fix63a: 71 of 72 read as labelled. The Polish fact check's "confirme en revanche l'envoi récent" lifts the
trap (the contrast exception reads a recent sending's noun); the Spanish and German fact checks, which recall a 2024
delivery and a refusal as background to the claim they deny, are relabelled not aid news (RELABELLED_NOT_AID_NEWS,
stop 58's ruling). Left: Russia's import timeline.
"""

from __future__ import annotations

from tests.support.review_63_articles import ENGLISH, FRENCH, GERMAN
from tests.support.wire_reading import probe_key, relevance_probe_test

# Relabelled by fix63a (review 63's fixes), by the README's relevance rules and stop 58's ruling on fact checks: a
# fact check that recalls a refusal, or a past delivery, as background to the claim it denies is about the false
# post, no aid news ("the delivery it retells to deny, or the refusal it recalls, is no aid news", the trap's comment
# in config/rules.toml; the README: aid news when it tells a giving in a sentence that holds no claim, no verdict and
# no denial). The pledge probe still reads their records (what they tell as fact); the Polish fact check, whose
# finding is a recent delivery ("confirme en revanche l'envoi récent"), stays aid news.
RELABELLED_NOT_AID_NEWS = {
    # ("its last Leopard 2A4 were handed over in 2024": a delivery of 2024 told in the sentence that denies the
    # claim, "had delivered no new tanks this year", as its background)
    "Fact check: No, Spain has not sent Leopard 2A6 tanks to Ukraine this month",
    # ("Die Bundesregierung lehnt eine Lieferung des Taurus weiterhin ab": the refusal recalled, stop 58's case)
    "Faktencheck: Nein, Deutschland hat keine Taurus an die Ukraine geliefert",
}

# The 48 items of the pledge probe, aid news but the two fact checks above.
ARTICLES = [(lang, title, text, title not in RELABELLED_NOT_AID_NEWS)
            for lang, articles in (("en", ENGLISH), ("fr", FRENCH), ("de", GERMAN))
            for _, title, text, _ in articles]

# Look-alike feed items, labelled by hand before the first run.
LOOK_ALIKES = [
    ("en", "Netherlands orders 22 more CV90 Mk IV for its own army",
     "The Dutch Defence Materiel Organisation has signed a contract amendment with BAE Systems Hägglunds for 22 "
     "additional CV90 Mk IV infantry fighting vehicles for the Royal Netherlands Army, the ministry said on "
     "Monday. The vehicles will equip a new mechanised battalion from 2028.",
     False),
    ("en", "The day in brief: Tuesday, 9 December",
     "Kyiv and Moscow swapped 150 prisoners each in a deal brokered by the Gulf. Britain's inflation rose to 3.4%. "
     "Russian shelling killed four people in Kherson, regional officials said. And a new bridge opened over the "
     "Danube at Budapest.",
     False),
    ("en", "Fact check: No, Norway has not promised to send troops to Ukraine",
     "A post shared widely on social media claims that Oslo has pledged 5,000 soldiers to fight in Ukraine. This "
     "is false: Norway's government has made no such promise, and its defence ministry said it had no plans to "
     "deploy troops.",
     False),
    ("en", "US approves $330 million sale of fighter jet spares to Taiwan - Pacific Ledger",
     "",
     False),
    ("en", "Senate clears $14 billion in military aid for Israel",
     "WASHINGTON (AFP) - The U.S. Senate on Thursday passed a $14 billion package of military aid for Israel, "
     "including money for Iron Dome interceptors and artillery shells, sending the bill to the president's desk.",
     False),
    ("en", "UK sanctions 20 tankers of Russia's shadow fleet",
     "LONDON, Dec 4 (Reuters) - Britain imposed sanctions on 20 more tankers that it says carry Russian oil in "
     "breach of the price cap, the foreign office said on Thursday, bringing the number of listed vessels to "
     "more than 500.",
     False),
    ("en", "Timeline: how Russia bought drones from Iran and shells from North Korea, 2022-2025",
     "2022: the first Iranian Shahed drones strike Kyiv. 2023: North Korean shells reach Russian depots by rail. "
     "2024: Russia opens its own Shahed factory in Tatarstan. 2025: Pyongyang sends long-range artillery and "
     "rocket launchers.",
     False),
    ("en", "Saab lifts outlook on record orders; Ukraine among growth markets",
     "Saab raised its full-year sales growth forecast after a record third quarter, citing demand from European "
     "customers for its anti-tank weapons and radars. The company named Ukraine, Poland and India among its "
     "fastest-growing markets. Shares rose 5%.",
     False),
    ("fr", "La DGA commande 42 CAESAR Mk II supplémentaires pour l'armée de Terre",
     "La Direction générale de l'armement a notifié à KNDS France une commande de 42 CAESAR Mk II destinés à "
     "l'armée de Terre, qui remplaceront notamment les canons cédés à l'Ukraine en 2022, indique le ministère des "
     "Armées. Les livraisons s'étaleront jusqu'en 2030.",
     False),
    ("fr", "Guerre en Ukraine : ce qu'il faut retenir du mardi 9 décembre",
     "Des frappes de drones russes ont visé Odessa dans la nuit ; à Genève, les négociateurs ukrainiens et russes "
     "ont repris leurs discussions sur un échange de prisonniers ; sur le front, l'armée russe revendique la "
     "prise d'un village près de Pokrovsk.",
     False),
    ("fr", "Non, la France n'a pas envoyé de soldats combattre en Ukraine",
     "Une vidéo partagée des milliers de fois prétend montrer des légionnaires français dans les tranchées du "
     "Donbass. C'est faux : les images ont été tournées lors d'un exercice en Guyane en 2021, et l'état-major "
     "dément tout déploiement.",
     False),
    ("fr", "Taïwan : Washington approuve la vente de missiles Patriot pour 1 milliard de dollars",
     "Le département d'État américain a approuvé la vente à Taïwan de missiles Patriot et d'équipements associés "
     "pour environ 1 milliard de dollars, a-t-il annoncé mardi. Pékin a dénoncé une « provocation ».",
     False),
    ("fr", "Russie : les Vingt-Sept adoptent un vingtième paquet de sanctions",
     "Les ambassadeurs des Vingt-Sept ont approuvé mercredi un vingtième paquet de sanctions contre la Russie, "
     "visant une centaine de navires de la flotte fantôme et plusieurs banques régionales, a annoncé la "
     "présidence danoise du Conseil.",
     False),
    ("fr", "Résultats : Thales relève ses objectifs, porté par la défense aérienne",
     "Thales a relevé jeudi ses objectifs annuels après un troisième trimestre record, porté par les radars et les "
     "systèmes de défense aérienne. Le groupe cite l'Ukraine, la Pologne et les pays du Golfe parmi ses marchés "
     "les plus dynamiques. Le titre gagnait 4 % à Paris.",
     False),
    ("fr", "Israël : Paris suspend certaines licences d'exportation de matériel militaire",
     "Le gouvernement a suspendu plusieurs licences d'exportation de composants militaires vers Israël, a indiqué "
     "le Quai d'Orsay, qui dit vouloir s'assurer qu'ils ne sont pas utilisés à Gaza.",
     False),
    ("fr", "Mali : de nouveaux blindés russes livrés à Bamako",
     "BAMAKO (AFP) - Une nouvelle livraison de véhicules blindés et d'hélicoptères de fabrication russe est arrivée "
     "à l'aéroport de Bamako, a annoncé la télévision d'État malienne. Moscou est devenu le premier fournisseur "
     "d'armes de la junte.",
     False),
    ("de", "Bundeswehr bestellt sechs weitere IRIS-T SLM für die eigene Flugabwehr",
     "Das BAAINBw hat bei Diehl Defence sechs weitere Feuereinheiten IRIS-T SLM für die Bundeswehr bestellt. Die "
     "Systeme sollen ab 2027 an die Flugabwehrraketengruppe 61 ausgeliefert werden, teilte das Amt in Koblenz "
     "mit.",
     False),
    ("de", "Das Wichtigste am Morgen: Koalitionsstreit, Glatteis, Nahost",
     "Guten Morgen! Die Koalition streitet weiter über die Rente. Im Süden warnt der Wetterdienst vor Glatteis. In "
     "Kairo beginnen neue Gespräche über eine Waffenruhe im Gazastreifen. Und in Kiew gab es in der Nacht "
     "erneut Luftalarm.",
     False),
    ("de", "Faktencheck: Kauft die Ukraine mit EU-Geld Luxusautos?",
     "Ein Beitrag in sozialen Netzwerken behauptet, die Ukraine habe mit Hilfsgeldern der EU Luxusautos gekauft. "
     "Die Behauptung ist falsch: Die Budgethilfe der EU fließt in Renten und Gehälter im öffentlichen Dienst, "
     "wie die EU-Kommission belegt.",
     False),
    ("de", "USA genehmigen Verkauf von HIMARS an Taiwan",
     "Washington (dpa) - Die US-Regierung hat den Verkauf weiterer Mehrfachraketenwerfer vom Typ HIMARS an Taiwan "
     "genehmigt. Das Geschäft hat einen Wert von rund 800 Millionen Dollar. China kündigte Gegenmaßnahmen an.",
     False),
    ("de", "EU verlängert Wirtschaftssanktionen gegen Russland um sechs Monate",
     "Brüssel (AFP) - Die EU-Staaten haben die Wirtschaftssanktionen gegen Russland um weitere sechs Monate "
     "verlängert. Ungarn gab seinen Widerstand in letzter Minute auf, hieß es aus Diplomatenkreisen.",
     False),
    ("de", "Südkorea: Nordkorea liefert Russland weitere Raketenwerfer",
     "Seoul (dpa) - Nordkorea hat Russland nach Angaben des südkoreanischen Geheimdienstes weitere "
     "Mehrfachraketenwerfer und mehrere Millionen Artilleriegranaten geliefert. Im Gegenzug erhalte Pjöngjang "
     "Technik für seine Raumfahrt.",
     False),
    ("de", "Rheinmetall hebt Prognose an – Ukraine bleibt wichtiger Markt",
     "Der Düsseldorfer Rüstungskonzern Rheinmetall hat nach einem starken dritten Quartal seine Umsatzprognose "
     "angehoben. Als Wachstumsmärkte nannte der Vorstand Osteuropa, darunter die Ukraine, sowie Asien. Die Aktie "
     "stieg um 4 Prozent.",
     False),
    ("de", "Österreich spendet 20 Millionen Euro für Winterhilfe in der Ukraine",
     "Wien (APA) - Österreich stellt der Ukraine weitere 20 Millionen Euro für Generatoren, Heizungen und "
     "Notunterkünfte zur Verfügung. Das Geld fließt über das Rote Kreuz und das UN-Flüchtlingshilfswerk, teilte "
     "das Außenministerium mit.",
     False),
]

ITEMS = ARTICLES + LOOK_ALIKES

# What the probe leaves, by headline: what is read instead (strict xfails), from the first run.
LEFT: dict[str, str] = {
    # (1) and (2): the three fact checks, fixed (the Polish one, fix63a: a recent sending after the contrast word
    # lifts the trap) or relabelled (above); the Russian import timeline, fixed (fix63b: a timeline step in the
    # present, "Pyongyang sends", sets off the trap for weapons supplied to Russia). Nothing is left.
}

test_review_items_are_read_as_labelled = relevance_probe_test(ITEMS, LEFT)


def test_the_probe_is_as_briefed() -> None:
    """72 feed items, 24 a language: the 16 items of the pledge probe (two relabelled look-alikes) and 8 look-alikes, each a headline and
    a summary of 80-1,000 characters or a headline alone (an aggregator's), no item named twice."""
    for lang in ("en", "fr", "de"):
        labels = [relevant for item_lang, _, _, relevant in ITEMS if item_lang == lang]
        assert (len(labels), sum(labels)) == (24, 16 - {"en": 1, "fr": 0, "de": 1}[lang]), lang
    assert all(80 <= len(text) <= 1000 for _, _, text, _ in ITEMS if text)
    assert sum(not text for _, _, text, _ in ITEMS) == 4
    assert len({probe_key(headline, lead) for _, headline, lead, _ in ITEMS}) == len(ITEMS) == 72
