"""Relevance, review 44: the fourth held-out probe of the shipped rules (config/rules.toml) on feed items
written by someone who did not write them. 30 items, 10 per language (EN, FR, DE), each a headline and its
lead as a feed gives them, 5 about military aid to Ukraine and 5 look-alikes in each: Ukraine news without
aid (a front-line report, a grain corridor, a sanctions package), aid to others (Israel, Taiwan, Moldova),
arms exports, a domestic defence budget, humanitarian aid, and a sports or culture story naming Leopard or
Patriot. The aid items lean on forms this probe stresses: a headline with a one-line teaser, a minister's
interview, a story mixing Ukraine with another country's aid, several currencies, indirect speech, vague
quantities. Every text is invented for this file; none is taken from the real-article set. Each was
labelled by hand before its first run, following ../shared/eval/README.md and tests/data/README.md: relevant
are pledges, deliveries, refusals, undecided questions, military money, production and training for
Ukraine, contact-group meetings and Kyiv's own requests. An item mixing aid to Ukraine with aid to another
country is relevant (it reports aid to Ukraine).

First run (2026-12-05, this branch = main at 0f75c5e, labels unchanged): 29 of 30; precision 14/14 = 1.00,
recall 14/15 = 0.93 (EN 5 of 5 aid, FR 5 of 5, DE 4 of 5; all 15 look-alikes read as not relevant). The
interviews, the teaser items, the indirect-speech items, Kyiv's request for "several more Patriot batteries"
and the Austrian transit refusal are read as relevant; Taiwan's NASAMS, the Patriots' linebacker, the
Leopards' football club, "Le Guépard" and Moldova's EU-funded vehicles as not. Left as a strict xfail: the
Swedish package for Ukraine's navy (German), which no rule reads.
"""

from __future__ import annotations

from tests.support.wire_reading import assert_relevance_probe_as_briefed, relevance_probe_test

# (lang, headline, lead, relevant), labelled by hand before the first run.
ITEMS = [
    # ---- English, aid
    ("en", "Iceland to fund winter kit and drones for Ukrainian army",
     "Iceland will pay 1.5 billion kronur ($11 million) into a Nordic fund that buys drones and cold-weather "
     "gear for Ukraine's armed forces, the foreign ministry said.", True),
    ("en", "Interview: Dutch defence minister says more F-16 parts on the way",
     "Q: Has the Netherlands finished its F-16 deliveries to Ukraine? A: The jets are all there. What is left "
     "is spare parts and munitions, and those ship next month.", True),
    ("en", "Ukraine gets dozens of armoured ambulances and mine-clearing vehicles from Japan, Korea",
     "Japan and South Korea have handed Ukraine's army dozens of armoured vehicles for mine clearing and "
     "casualty evacuation, according to Ukraine's defence ministry.", True),
    ("en", "Portugal weighs sending Leopard 2A6 tanks to Kyiv",
     "LISBON (Reuters) - Portugal is considering whether to send some of its Leopard 2A6 tanks to Ukraine, a "
     "defence ministry source said, adding that no decision would be taken before July.", True),
    ("en", "Zelenskiy asks allies for several more Patriot batteries before winter",
     "KYIV (Reuters) - President Volodymyr Zelenskiy urged Western partners on Monday to provide several more "
     "Patriot batteries before the winter, saying Russian missile strikes on power plants were intensifying.",
     True),
    # ---- English, look-alikes
    ("en", "U.S. approves $2 billion arms sale to Taiwan including NASAMS",
     "WASHINGTON (Reuters) - The State Department approved a possible $2 billion sale of NASAMS air defence "
     "systems and radars to Taiwan, the Pentagon said on Friday.", False),
    ("en", "Ukraine, Russia swap 150 prisoners each in UAE-brokered deal",
     "KYIV (Reuters) - Ukraine and Russia exchanged 150 prisoners of war each on Thursday, in a swap brokered "
     "by the United Arab Emirates, officials on both sides said.", False),
    ("en", "New England Patriots sign veteran linebacker",
     "FOXBOROUGH (AP) - The New England Patriots signed a veteran linebacker to a one-year deal on Tuesday "
     "after injuries thinned their defence.", False),
    ("en", "Britain raises its defence budget to 2.7% of GDP",
     "LONDON (Reuters) - Britain will raise defence spending to 2.7% of GDP by 2027, buying more frigates and "
     "air defence for its own forces, the finance minister said.", False),
    ("en", "UN agency sends generators and blankets to Kharkiv",
     "GENEVA (Reuters) - The UN refugee agency sent 300 generators and 20,000 blankets to Kharkiv after "
     "strikes on the city's power grid, a spokesperson said.", False),
    # ---- French, aid
    ("fr", "Le Luxembourg finance des radars pour l'armée ukrainienne",
     "Le Grand-Duché consacre 25 millions d'euros (environ 27 millions de dollars) à des radars de "
     "surveillance destinés à Kiev.", True),
    ("fr", "« Nous formerons 2 000 soldats ukrainiens cette année », affirme le ministre belge",
     "— Combien de soldats ukrainiens la Belgique forme-t-elle ? — Nous en formerons 2 000 cette année, "
     "surtout des pilotes et des mécaniciens.", True),
    ("fr", "La Roumanie aurait livré une batterie Patriot à l'Ukraine, selon la presse",
     "BUCAREST (AFP) - La Roumanie aurait livré à l'Ukraine l'une de ses batteries Patriot, selon plusieurs "
     "médias roumains, ce que le ministère de la Défense n'a ni confirmé ni démenti.", True),
    ("fr", "L'Autriche refuse de laisser transiter des chars vers l'Ukraine",
     "VIENNE (AFP) - L'Autriche, neutre, a refusé mardi le transit par son territoire de chars destinés à "
     "l'Ukraine, a indiqué le ministère de la Défense.", True),
    ("fr", "Plusieurs centaines d'obus tchèques arrivés en Ukraine",
     "PRAGUE (AFP) - Plusieurs centaines de milliers d'obus achetés dans le cadre de l'initiative tchèque sont "
     "arrivés en Ukraine depuis janvier, a indiqué le gouvernement tchèque.", True),
    # ---- French, look-alikes
    ("fr", "Israël : Washington accélère la livraison de munitions",
     "WASHINGTON (AFP) - Les États-Unis vont accélérer la livraison de munitions de précision et d'intercepteurs "
     "à Israël, a indiqué mardi le Pentagone.", False),
    ("fr", "L'UE adopte un 21e paquet de sanctions contre la Russie",
     "BRUXELLES (AFP) - Les Vingt-Sept ont adopté jeudi un 21e paquet de sanctions visant la flotte fantôme "
     "russe et des banques de pays tiers.", False),
    ("fr", "Le Guépard de Visconti ressort en salles restauré",
     "PARIS (AFP) - Le film « Le Guépard », palme d'or 1963, ressort mercredi dans une copie restaurée en 4K.",
     False),
    ("fr", "Dassault vend 24 Rafale supplémentaires à l'Inde",
     "PARIS (AFP) - Dassault Aviation a signé un contrat pour 24 Rafale supplémentaires avec l'Inde, pour un "
     "montant d'environ 7 milliards d'euros.", False),
    ("fr", "La Moldavie reçoit des véhicules blindés de l'UE pour sa police des frontières",
     "CHISINAU (AFP) - La Moldavie a reçu douze véhicules blindés financés par l'Union européenne pour sa "
     "police des frontières, a annoncé le gouvernement.", False),
    # ---- German, aid
    ("de", "Slowenien schickt Ukraine weitere Schützenpanzer",
     "Ljubljana übergibt 20 Schützenpanzer vom Typ M-80.", True),
    ("de", "Interview: Estlands Ministerin will mehr Munition für Kiew",
     "Frage: Was liefert Estland als Nächstes? Antwort: Wir haben gerade Munition für 30 Millionen Euro "
     "zugesagt, vor allem Artilleriegranaten.", True),
    ("de", "Schweden: Paket über 1,2 Mrd. Kronen (rund 105 Mio. Euro) für Kiews Marine",
     "STOCKHOLM (dpa) - Schweden stellt der ukrainischen Marine Patrouillenboote und Seeminenabwehr im Wert "
     "von 1,2 Milliarden Kronen (rund 105 Millionen Euro) bereit.", True),
    ("de", "Bericht: Berlin habe Kiew weitere Patriot-Raketen zugesagt",
     "BERLIN (dpa) - Die Bundesregierung habe der Ukraine weitere Patriot-Lenkflugkörper zugesagt, berichtet "
     "das Magazin unter Berufung auf Regierungskreise.", True),
    ("de", "Ukraine-Kontaktgruppe berät in Ramstein über Luftverteidigung",
     "RAMSTEIN (dpa) - Die Verteidigungsminister der Ukraine-Kontaktgruppe beraten am Donnerstag über mehr "
     "Luftverteidigung für Kiew; Dutzende Systeme werden gebraucht.", True),
    # ---- German, look-alikes
    ("de", "Rheinmetall liefert Skyranger an Dänemark",
     "DÜSSELDORF (dpa) - Rheinmetall hat die ersten Flugabwehrsysteme Skyranger an die dänischen Streitkräfte "
     "übergeben.", False),
    ("de", "Bundestag beschließt Wehretat von 95 Milliarden Euro",
     "BERLIN (dpa) - Der Bundestag hat den Verteidigungshaushalt für 2027 von 95 Milliarden Euro beschlossen, "
     "darunter neue Patriot-Systeme für die Bundeswehr.", False),
    ("de", "Fußball: Leopard-Fans feiern Aufstieg in Tansania",
     "DARESSALAM (dpa) - Der Fußballclub Leopards hat den Aufstieg in die erste Liga geschafft.", False),
    ("de", "Ukraine: Getreideexporte über das Schwarze Meer steigen",
     "KIEW (dpa) - Die Ukraine hat im Oktober mehr Getreide über ihre Schwarzmeerhäfen ausgeführt als in "
     "jedem Monat seit Kriegsbeginn.", False),
    ("de", "Rotes Kreuz bringt Medikamente nach Cherson",
     "GENF (dpa) - Das Internationale Komitee vom Roten Kreuz hat zehn Lastwagen mit Medikamenten und "
     "Verbandsmaterial nach Cherson gebracht.", False),
]

# What the probe leaves, by headline: what is read instead (strict xfails), from the first run.
# The first run's one xfail, Sweden's naval package, is read relevant since relevance round 19
# (tests/rules/test_rules_relevance_19.py: naval items and a reporting clause's comma in the German
# separable-verb rules).
LEFT: dict[str, str] = {
}


test_review_items_are_read_as_labelled = relevance_probe_test(ITEMS, LEFT)


def test_the_probe_is_as_briefed() -> None:
    """30 items, 10 a language, half of each language about aid, no headline twice."""
    assert_relevance_probe_as_briefed(ITEMS)
