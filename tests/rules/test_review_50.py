"""Relevance, review 50: the tenth held-out probe of the shipped rules (config/rules.toml) on feed items
(headline and lead) written by someone who did not write the rules. 30 items, 10 a language, half about
military aid to Ukraine and half look-alikes: North Korea's and Iran's arms for Russia, war news with no aid,
sanctions, a reconstruction conference with no arms, aid to Israel, Taiwan and Moldova, a NATO summit's
spending target, defence share prices, a sports team named after a weapon, a film review, and a frozen-asset
loan that only pays Ukraine's budget. The aid items come in forms the earlier probes did not stress:
explainers, donors named only by capital or leader, pledges cut, postponed or withdrawn, frozen-asset money
spent on arms, maintenance and training, an op-ed urging a donor to send a weapon, and a newsletter digest
mixing unrelated news with one aid item; a fact-check of a false claim that a country sent weapons is a
look-alike. Every text is invented for this file; none is taken from the real-article set. Each was
labelled by hand before its first run, following ../shared/eval/README.md. Choices of mine: a fact-check
that a claimed delivery never happened is not aid news (no aid is given, refused or discussed: the item is
about a false post); an op-ed urging a donor to send a weapon is aid news (a weapon for Ukraine under
public discussion, as "under discussion" is relevant in the eval README); a digest with one aid item among
unrelated news is aid news (its reader would want the alert); a withdrawn offer is aid news (a refusal).

First run (2026-12-06 04:43 UTC, this branch = main at 285c98b, labels as committed in 6687ae2 before any run;
load average about 3): 26 of 30 read as labelled: precision 0.87 (13 of 15 kept are aid news), recall 0.87
(13 of 15); by language EN 0.80 / 0.80, FR 0.83 / 1.00, DE 1.00 / 0.80. Left (strict xfails, LEFT): both
fact-checks denying a delivery are kept (the French and English; no trap for the genre or the denial), the
withdrawn Canadian offer is dropped ("armoured carriers" is no weapon word) and the German digest is dropped
(its football item's trap outweighs its aid item). The explainers, capitals and leaders, frozen-asset money for
arms, maintenance, training, the op-ed and the English digest are kept; the G7 budget loan, the Swiss
humanitarian money for Moldova and the other look-alikes are not.

Relevance round 48 (tests/rules/test_rules_relevance_48b.py): 30 of 30. A fact-check named by its headline and
denying a claim trips a trap (-5), as does one told in the body by its desk or fact-checkers beside their verdict
(-3, unless a giving to Ukraine is told); the football trap steps aside when weapons go to Ukraine in a sentence with
no sport word (a digest's own aid item); "armoured carriers", "troop carriers", "transports de troupes blindés",
"engins blindés", "Truppentransporter" and "Panzerfahrzeuge" are vehicle words. The four strict xfails are plain
tests.
"""

from __future__ import annotations

from tests.support.wire_reading import assert_relevance_probe_as_briefed, relevance_probe_test

# (lang, headline, lead, relevant), labelled by hand before the first run.
ITEMS = [
    # English: aid news
    ("en", "Explainer: What has Norway sent Ukraine, and what comes next?",
     "Norway has given Ukraine NASAMS launchers, F-16 jets and artillery shells since 2022. Here is a guide to "
     "its military support and the 85 billion crown fund behind it.",
     True),
    ("en", "Starmer pledges 2,000 more air defence missiles for Kyiv after night of strikes",
     "The prime minister said London would speed up deliveries from the Belfast plant so the first missiles "
     "reach Ukrainian units before the end of January.",
     True),
    ("en", "Ottawa withdraws offer of armoured carriers to Ukraine, citing worn-out fleet",
     "Canada's defence department said the 12 vehicles it had offered Kyiv in the spring were in worse "
     "condition than expected and would not be shipped.",
     True),
    ("en", "Ukrainian F-16s to be serviced at new Romanian maintenance hub, Dutch ministry says",
     "The Netherlands will pay for spare parts and 40 technicians at the site, which opens in February and will "
     "also train Ukrainian ground crews.",
     True),
    ("en", "Morning briefing: rate decision, storm warning, Danish drones for Ukraine",
     "Good morning. The central bank is expected to hold rates today; a storm will hit the north coast tonight; "
     "and Denmark announced 300 reconnaissance drones for Ukraine's army. In sport, the derby ended 2-2.",
     True),
    # English: look-alikes
    ("en", "Fact check: Video does not show Swiss tanks arriving in Ukraine",
     "A clip shared widely online claims to show Swiss Leopard tanks being unloaded in Lviv. The footage was "
     "filmed at a 2019 exercise in Poland; Switzerland has sent no weapons to Ukraine.",
     False),
    ("en", "North Korean shells keep flowing to Russian guns, South Korea says",
     "Seoul's intelligence agency estimated that Pyongyang has shipped Moscow more than 10,000 containers of "
     "munitions since 2023.",
     False),
    ("en", "US approves $2 billion missile sale to Taiwan",
     "The State Department cleared the sale of three NASAMS batteries to Taipei, drawing a sharp protest from "
     "Beijing.",
     False),
    ("en", "Rheinmetall shares slip as investors weigh ceasefire talk",
     "Shares in European defence groups fell for a third day on Tuesday, with Rheinmetall down 4% and Saab 3%.",
     False),
    ("en", "Panthers edge Leopards 3-2 in overtime thriller",
     "A late goal from the Panthers' captain sealed the win and lifted them to the top of the league table.",
     False),
    # French: aid news
    ("fr", "Avoirs russes gelés : Kiev achètera des canons Caesar avec le prêt européen",
     "L'Ukraine consacrera 900 millions d'euros du prêt de l'UE adossé aux avoirs russes immobilisés à "
     "l'achat de 36 canons Caesar, a indiqué la Commission.",
     True),
    ("fr", "Des instructeurs français formeront 2 000 soldats ukrainiens en Pologne",
     "Le ministère des Armées a annoncé mardi une nouvelle mission de formation, centrée sur le déminage et "
     "l'artillerie, qui débutera en janvier.",
     True),
    ("fr", "Tribune : « Berlin doit enfin livrer le Taurus à l'Ukraine »",
     "Trois anciens ministres européens appellent le chancelier allemand à autoriser l'envoi de ses missiles "
     "de croisière, estimant que chaque mois de retard coûte des vies.",
     True),
    ("fr", "L'Élysée reporte la livraison des Mirage promis à Kiev",
     "Les six avions attendus en décembre n'arriveront qu'au printemps, faute de pilotes ukrainiens formés, "
     "a-t-on appris de source proche du dossier.",
     True),
    ("fr", "Rome réduit de moitié son prochain paquet d'armes pour l'Ukraine",
     "Le gouvernement italien enverra finalement 20 blindés au lieu des 40 annoncés, invoquant l'état de ses "
     "propres stocks.",
     True),
    # French: look-alikes
    ("fr", "Des drones iraniens assemblés en Russie frappent Odessa",
     "Les appareils, produits sous licence dans une usine du Tatarstan, ont visé le port dans la nuit.",
     False),
    ("fr", "Conférence de Rome sur la reconstruction : 12 milliards pour les routes et l'énergie",
     "Les participants ont promis de financer la remise en état du réseau électrique et de 300 ponts.",
     False),
    ("fr", "Sommet de l'Otan : les alliés visent 3,5 % du PIB pour la défense",
     "Les dirigeants se sont entendus sur une trajectoire de dépenses d'ici 2035, sans évoquer de nouvelle "
     "aide à un pays tiers.",
     False),
    ("fr", "Vrai ou faux : la Hongrie a-t-elle envoyé des chars à Kiev ?",
     "Une publication virale affirme que Budapest a livré des T-72 à l'Ukraine. C'est faux : les images "
     "datent d'un défilé de 2018 et la Hongrie refuse toute livraison d'armes.",
     False),
    ("fr", "La Suisse débloque 25 millions de francs pour l'aide humanitaire en Moldavie",
     "L'enveloppe financera des abris et du chauffage pour les réfugiés cet hiver.",
     False),
    # German: aid news
    ("de", "Fragen und Antworten: Welche Waffen hat Schweden der Ukraine geliefert?",
     "Vom Kampfpanzer Leopard bis zum Archer-Geschütz: ein Überblick über die schwedische Militärhilfe und "
     "das neue Paket im Wert von 13 Milliarden Kronen.",
     True),
    ("de", "Merz: Kiew bekommt weitere Patriot-Abfangraketen",
     "Der Kanzler sagte nach einem Telefonat mit Selenskyj, Berlin werde die Lieferungen in den kommenden "
     "Wochen beschleunigen.",
     True),
    ("de", "Instandsetzung in Litauen: Beschädigte Leopard aus der Ukraine kehren zurück an die Front",
     "Im neuen Reparaturzentrum haben deutsche und litauische Techniker seit dem Sommer 40 Panzer wieder "
     "einsatzfähig gemacht.",
     True),
    ("de", "Zinsen aus russischem Vermögen: EU bezahlt Munition für die Ukraine",
     "Aus den Erträgen der eingefrorenen Gelder fließen weitere 1,4 Milliarden Euro in den Kauf von "
     "Artilleriemunition für die ukrainischen Streitkräfte.",
     True),
    ("de", "Der Morgen kompakt: Bahnstreik, Bundesliga, Drohnen für Kiew",
     "Die Lokführer streiken ab Mittwoch; Bayern gewinnt in Dortmund; und die Niederlande schicken der "
     "Ukraine 500 Aufklärungsdrohnen.",
     True),
    # German: look-alikes
    ("de", "Nordkorea liefert Russland weitere Raketenwerfer",
     "Satellitenbilder zeigen nach Angaben eines Thinktanks Dutzende Mehrfachraketenwerfer auf einem Bahnhof "
     "nahe Wladiwostok.",
     False),
    ("de", "USA sagen Israel weitere Flugabwehrraketen zu",
     "Washington will die Bestände des Iron-Dome-Systems nach den jüngsten Angriffen auffüllen.",
     False),
    ("de", "G7-Kredit aus Russlands Vermögen: 5 Milliarden für Kiews Staatshaushalt",
     "Das Geld soll Renten und Gehälter im öffentlichen Dienst sichern; Waffen dürfen damit nicht gekauft "
     "werden.",
     False),
    ("de", "Neue Sanktionen: EU nimmt Russlands Schattenflotte ins Visier",
     "Das 21. Sanktionspaket listet 120 weitere Tanker und mehrere Reedereien in Dubai.",
     False),
    ("de", "Filmkritik: „Leopard“ erzählt von einer Familie im Schwarzwald",
     "Das ruhige Drama über einen verschwundenen Hund überzeugt vor allem durch seine Hauptdarstellerin.",
     False),
]

# What the probe leaves, by headline: what is read instead (strict xfails). The first run left four (the
# withdrawn Canadian offer, the two fact-checks, the German digest); relevance round 48 read them as labelled.
LEFT: dict[str, str] = {}


test_review_items_are_read_as_labelled = relevance_probe_test(ITEMS, LEFT)


def test_the_probe_is_as_briefed() -> None:
    """30 items, 10 a language, half of each language about aid, no headline twice."""
    assert_relevance_probe_as_briefed(ITEMS)
