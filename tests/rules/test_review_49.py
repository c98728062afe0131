"""Relevance, review 49: the ninth held-out probe of the shipped rules (config/rules.toml) on feed items
(headline and lead) written by someone who did not write the rules. 30 items, 10 a language, half about
military aid to Ukraine and half look-alikes: North Korea's and Iran's arms for Russia, Russia's own forces,
war news with no aid, sanctions, a reconstruction conference with no arms, aid to Israel, Moldova and Taiwan,
a NATO summit's spending target, defence share prices, sports teams named after weapons and a film review.
The aid items come in forms the earlier probes did not stress: flash alerts with no detail, NATO PURL
payments for US weapons, coalitions of capabilities (drones, demining, air defence), backfills (a donor's
stock replaced after it gave Ukraine its arms), packages told as a bulleted or semicolon list, a complaint
that promised aid has not arrived and a loan of equipment. Every text is invented for this file; none is taken
from the real-article set. Each was labelled by hand before its first run, following
../shared/eval/README.md. Choices of mine: a backfill deal told with the gift to Ukraine it replaces is aid
news (the gift is in the item); a film about smuggling shells to Ukraine is a film review, not aid news;
a loan of equipment to Ukraine is aid.

First run (2026-12-06 01:50 UTC, this branch = main at b89c46b, labels as committed in 54ff812 before any run;
load average about 11-14): 27 of 30 read as labelled: precision 0.93 (13 of 14 kept are aid news), recall 0.87
(13 of 15); by language EN 0.80 / 0.80, FR 1.00 / 1.00, DE 1.00 / 0.80. The flash alerts, PURL payments,
coalitions, listed packages, the complaint and the loan are kept; none of the look-alikes but the film review
is taken for aid. Left (strict xfails) at the first run: the two backfill items (the rules' deliberate trap for weapons bought
to replace those given to Ukraine outweighs the gift they tell: my label differs from the rules' design, the
lead decides) and the film review ("arms run to Ukraine", no weapon's name for the film trap).
The lead's stop-47 ruling: a backfill whose news is a donor replenishing its own stock, the gift to Ukraine
only its reason, is not aid news (real set N-FR-020): the two backfill items are relabelled not relevant,
which the rules read already; the film review is left.
Relevance round 49 (tests/rules/test_rules_relevance_49.py): 30 of 30. A headline labelled as a review of a film, a
book or a series ("Film review:", "Critique :", "Filmkritik:") trips the film trap; the strict xfail is a plain test.
"""

from __future__ import annotations

from tests.support.wire_reading import assert_relevance_probe_as_briefed, relevance_probe_test

# (lang, headline, lead, relevant), labelled by hand before the first run.
ITEMS = [
    # English: aid news
    ("en", "FLASH: Lithuania to send Ukraine 2,000 more anti-tank mines",
     "Further details to follow.",
     True),
    ("en", "Sweden pays $250 million into NATO's PURL for US Patriot missiles for Kyiv",
     "The money buys American interceptors through the alliance's Prioritised Ukraine Requirements List.",
     True),
    ("en", "Drone coalition members pledge 40,000 interceptors at Riga meeting",
     "Latvia, which leads the coalition, said the Netherlands and Canada would pay for most of the drones "
     "bound for Ukraine's front line.",
     True),
    # relabelled by the lead's stop-47 ruling: a donor's stock replenished, the gift to Ukraine
    # only its reason, is not aid news (real set N-FR-020; the rules' replacement trap is right)
    ("en", "US to restock Danish artillery after Copenhagen gave its Caesar guns to Ukraine",
     "The State Department cleared the sale of 24 replacement howitzers worth $620 million.",
     False),
    ("en", "Australia's Ukraine package: 30 Bushmasters; 2 million rounds; 500 drones",
     "Canberra's latest military aid for Kyiv is worth A$120 million, the defence minister said.",
     True),
    # English: look-alikes
    ("en", "North Korea ships more artillery shells to Russia, Seoul says",
     "South Korean intelligence estimates Pyongyang has sent 20,000 containers of munitions by rail since "
     "the summer.",
     False),
    ("en", "FLASH: US approves $2 billion air defence package for Israel",
     "Washington will supply interceptors for Iron Dome batteries, the State Department said.",
     False),
    ("en", "Leopards clinch rugby league title with late try",
     "The Leopards beat the Patriots 24-18 in Sunday's final in front of a sell-out crowd.",
     False),
    ("en", "Film review: 'The Last Convoy' turns an arms run to Ukraine into a limp thriller",
     "The drama about a lorry driver smuggling shells across the Polish border wastes a strong cast.",
     False),
    ("en", "NATO leaders back 3.5% defence spending target at summit",
     "Allies agreed to raise core military spending by 2035; leaders left other topics for later meetings.",
     False),
    # French: aid news
    ("fr", "URGENT - Le Canada promet 20 véhicules blindés supplémentaires à l'Ukraine",
     "Annonce faite par la ministre de la Défense. Plus de détails à suivre.",
     True),
    ("fr", "Coalition de déminage : l'Islande et la Lituanie annoncent 30 millions d'euros pour Kiev",
     "Les fonds financeront des équipements de déminage pour les sapeurs de l'armée ukrainienne.",
     True),
    ("fr", "PURL : la Norvège finance un nouveau paquet d'armes américaines pour l'Ukraine",
     "Oslo versera 180 millions de dollars pour des munitions de HIMARS et des intercepteurs.",
     True),
    ("fr", "Kiev se plaint du retard des obus promis par le Portugal",
     "Sur les 10 000 obus annoncés en mai, aucun n'est encore arrivé, affirme le ministère ukrainien de la "
     "Défense.",
     True),
    ("fr", "Le paquet belge en détail : 4 F-16 ; 200 drones ; formation de 60 pilotes",
     "Bruxelles a présenté sa contribution militaire à l'Ukraine pour 2027.",
     True),
    # French: look-alikes
    ("fr", "L'Iran livre de nouveaux drones Shahed à la Russie, selon Washington",
     "Les services de renseignement américains évoquent plusieurs centaines d'appareils livrés par la mer "
     "Caspienne.",
     False),
    ("fr", "Conférence de Rome sur la reconstruction de l'Ukraine : 12 milliards pour l'énergie et les routes",
     "Les donateurs se sont engagés à financer la remise en état des réseaux électriques et des ponts.",
     False),
    ("fr", "Sanctions : l'UE adopte un 21e paquet contre la Russie",
     "Les mesures visent la flotte fantôme, des banques régionales et des exportateurs de métaux.",
     False),
    ("fr", "Moldavie : la France livre des radars de surveillance aérienne à Chisinau",
     "Ces équipements renforceront la protection de l'espace aérien moldave.",
     False),
    ("fr", "Bourse : Thales et Rheinmetall reculent après l'annonce de pourparlers de paix",
     "Les valeurs de la défense ont perdu jusqu'à 6 % à Paris et à Francfort.",
     False),
    # German: aid news
    ("de", "EILMELDUNG: Schweden sagt Ukraine weitere Archer-Haubitzen zu",
     "Stockholm kündigt ein neues Militärhilfepaket an. Weitere Einzelheiten in Kürze.",
     True),
    ("de", "Koalition für Luftverteidigung: Deutschland führt, Dänemark und Kanada zahlen mit",
     "Die Mitglieder sagten bei ihrem Treffen in Berlin zusätzliche Abfangraketen für die ukrainische "
     "Flugabwehr zu.",
     True),
    ("de", "PURL-Paket: Dänemark und Schweden zahlen für US-Waffen an die Ukraine",
     "Die beiden Länder übernehmen jeweils 250 Millionen Dollar für Munition und Flugabwehrraketen aus "
     "amerikanischen Beständen.",
     True),
    # relabelled by the lead's stop-47 ruling (as the English backfill above)
    ("de", "USA ersetzen der Slowakei die an Kiew abgegebenen MiG-29",
     "Bratislava erhält vergünstigt F-16-Kampfjets, nachdem es seine sowjetischen Jets der Ukraine überlassen "
     "hatte.",
     False),
    ("de", "Leihgabe: Tschechien überlässt Ukraine für ein Jahr zwei Flugabwehrbatterien",
     "Die Systeme bleiben Eigentum der tschechischen Armee und kehren danach zurück.",
     True),
    # German: look-alikes
    ("de", "Russland stellt neue Iskander-Brigade an der Grenze zu Finnland auf",
     "Die Einheit soll bis Jahresende einsatzbereit sein, meldete das Moskauer Verteidigungsministerium.",
     False),
    ("de", "Taiwan erhält erste Harpoon-Küstenbatterien aus den USA",
     "Die Anlagen sollen die Westküste der Insel gegen Landungsschiffe schützen.",
     False),
    ("de", "Nato-Gipfel: Bündnis einigt sich auf fünf Prozent für Verteidigung",
     "Die Mitglieder wollen bis 2035 einen Großteil davon in Truppen und Waffen stecken.",
     False),
    ("de", "Handball: Die „Gepards“ aus Nordhorn gewinnen das Derby",
     "Die Mannschaft siegte vor 4.000 Zuschauern mit 31:27 gegen den Tabellenführer.",
     False),
    ("de", "Ukraine-Krieg: Russische Drohnen treffen Hafen von Odessa",
     "Bei den nächtlichen Angriffen wurden zwei Frachtschiffe beschädigt, die Flugabwehr meldete 60 "
     "Abschüsse.",
     False),
]

# What the probe leaves, by headline: what is read instead (strict xfails), from the first run.
LEFT: dict[str, str] = {}


test_review_items_are_read_as_labelled = relevance_probe_test(ITEMS, LEFT)


# The backfill items relabelled by the lead's stop-47 ruling (above), by headline: the probe was briefed
# with them as aid news, so the brief's count reads them with their first labels.
RELABELLED = {
    "US to restock Danish artillery after Copenhagen gave its Caesar guns to Ukraine",
    "USA ersetzen der Slowakei die an Kiew abgegebenen MiG-29",
}


def test_the_probe_is_as_briefed() -> None:
    """30 items, 10 a language, half of each language about aid (as first labelled), no headline twice."""
    assert RELABELLED <= {headline for _, headline, _, _ in ITEMS}
    assert_relevance_probe_as_briefed(
        [(lang, headline, lead, relevant != (headline in RELABELLED)) for lang, headline, lead, relevant in ITEMS])
