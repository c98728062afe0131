"""Relevance, review 52: the twelfth held-out probe of the shipped rules (config/rules.toml) on feed items
(headline and lead) written by someone who did not write the rules. 30 items, 10 a language, half about
military aid to Ukraine and half look-alikes. Half the items are RSS summaries as feeds carry them: a
headline and one short teaser sentence, some cut mid-sentence ("…", "[…]"), some with a "Read more" / "Lire la
suite" / "Weiterlesen" trailer. The aid items come in the forms of this stop's pledge probe
(tests/pledges/test_review_52.py): the receiving side (Ukraine received, Zelensky thanks a capital for a
system), capitals and ministries as donors ("the Pentagon", "l'Élysée", "das Kanzleramt"), money in its
written forms, interviews on a refusal, timelines, training, and EU windfall money. The look-alikes:
Russia's claims of destroyed or downed donated equipment, defence stocks, reconstruction and energy aid to
Ukraine, Ukraine's grain, arms sales to other countries (India's Rafale, Poland's K2), and weapons words in
other senses (basketball's Leopards and Panthers, a handball "artilleuse", German "Tank" at the petrol
station). Every text is invented for this file; none is taken from the real-article set. Each was labelled by
hand before its first run, following ../shared/eval/README.md. Choices of mine: Russia's claim of destroying
or intercepting donated equipment is not aid news (a battlefield claim: nothing is given, promised or
discussed), also when it names who gave it; a minister's interview explaining a refusal is aid news (a
refusal is); money for Ukraine's reconstruction or power grid with no arms is not aid news; a teaser is read
as far as it goes.

First run (2026-12-06 11:09 UTC, this branch = main at 0445f1d, labels as committed in 413b369 before any run;
load average about 7): 29 of 30 read as labelled: precision 1.00 (14 of 14 kept are aid news), recall 0.93
(14 of 15); by language EN 1.00 / 1.00, FR 1.00 / 1.00, DE 1.00 / 0.80. Left (a strict xfail, LEFT): the
Chancellery approving the handover of two Patriot systems ("Kanzleramt billigt Abgabe") is not kept. The
teasers cut mid-sentence and with trailers, the receiving side, the thanks to Oslo, the interviews on a
refusal, the EU's windfall money and the Milliardenpaket are kept; Russia's claims (also "livrés par le
Danemark"), the defence shares, reconstruction and power-grid money, the grain, India's Rafale and Poland's
K2, the basketball Leopards, the handball "artilleuse" and the "Tank-Frust" are not.
Since fix52rg (approvals of a handover, tests/rules/test_relevance_52.py) the Chancellery's approval is kept:
30 of 30.
"""

from __future__ import annotations

import pytest

from bot.core.rules.language import RuleSet
from tests.support.wire_reading import assert_relevance, assert_relevance_probe_as_briefed, left_as_xfails, read

# (lang, headline, lead, relevant), labelled by hand before the first run.
ITEMS = [
    # English: aid news
    ("en", "Ukraine receives first batch of Swedish CV90 fighting vehicles",
     "The vehicles arrived ahead of schedule and will go to a mechanised brigade in the east, the defence "
     "ministry in Kyiv said on …\nRead more",
     True),
    ("en", "Pentagon unveils a fresh $425 million for Kyiv's air defences",
     "The package, drawn from U.S. stocks, includes interceptors for NASAMS launchers and counter-drone guns.",
     True),
    ("en", "Zelensky thanks Oslo for second NASAMS battery",
     "\"Norway's launchers are already shielding Kharkiv,\" the Ukrainian president wrote on Sunday. Read more",
     True),
    ("en", "Q&A: Why Berlin still says no to Taurus",
     "Germany's defence minister explains in an interview why the cruise missiles will not go to Kyiv and what "
     "Ukraine gets instead.",
     True),
    ("en", "Portugal's second batch of Leopards due in autumn after June delivery",
     "Lisbon pledged eight tanks to Ukraine in March and handed over the first four in June, the ministry said "
     "[…]",
     True),
    # English: look-alikes
    ("en", "Russia says it downed 12 British-supplied Storm Shadow missiles over Crimea",
     "The claim by the defence ministry in Moscow could not be independently verified. Read more",
     False),
    ("en", "Defence stocks slide as Ukraine ceasefire hopes rise",
     "Shares in European arms makers fell as much as 6% after Moscow signalled openness to talks on a truce …",
     False),
    ("en", "Japan pledges $4.5bn for Ukraine's reconstruction at Rome conference",
     "The money will rebuild power lines, bridges and hospitals damaged by Russian strikes, Tokyo said.",
     False),
    ("en", "EU pledges EUR 500 million to keep Ukraine's lights on this winter",
     "The money will buy transformers, gas turbines and mobile generators for the country's battered power "
     "grid.",
     False),
    ("en", "Leopards sink Panthers 88-79 as Ukrainian guard scores 31",
     "Kyiv-born point guard Oleksandr Marchenko hit five three-pointers to lift the Leopards into the "
     "play-offs. Read more",
     False),
    # French: aid news
    ("fr", "Les forces ukrainiennes ont reçu les premiers blindés financés par Bruxelles",
     "Le ministère ukrainien de la Défense a diffusé des images des véhicules, livrés à une brigade du front "
     "de […]\nLire la suite",
     True),
    ("fr", "L'Élysée annonce une nouvelle livraison de missiles Aster à Kiev",
     "Quarante missiles supplémentaires seront acheminés d'ici à janvier, selon la présidence. Lire la suite",
     True),
    ("fr", "Aide militaire : l'UE verse 1,5 milliard d'euros tirés des avoirs russes gelés",
     "La somme financera des munitions et des systèmes de défense aérienne pour l'armée ukrainienne, a indiqué "
     "la Commission européenne mardi.",
     True),
    ("fr", "Entretien. « Nous ne livrerons pas nos Rafale à l'Ukraine », tranche la ministre des Armées",
     "Dans un long entretien, la ministre explique pourquoi Paris privilégie la formation de pilotes ukrainiens "
     "sur Mirage et la livraison de missiles.",
     True),
    ("fr", "La Norvège débloque 3 milliards de couronnes pour des drones ukrainiens",
     "L'argent ira à des fabricants ukrainiens de drones d'interception pour les forces armées de Kiev, a "
     "indiqué Oslo.",
     True),
    # French: look-alikes
    ("fr", "Moscou affirme avoir détruit deux chars Leopard livrés par le Danemark",
     "Ces affirmations du ministère russe de la Défense n'ont pas pu être vérifiées […]",
     False),
    ("fr", "Conférence de Rome : 10 milliards d'euros promis pour la reconstruction de l'Ukraine",
     "Ponts, réseaux électriques et écoles seront reconstruits en priorité, ont indiqué les organisateurs.",
     False),
    ("fr", "Blé ukrainien : les exportations repartent à la hausse via Odessa",
     "Les expéditions de céréales ont progressé de 12 % en novembre malgré les frappes sur les ports … Lire la "
     "suite",
     False),
    ("fr", "Rafale : l'Inde commande 26 appareils supplémentaires à Dassault",
     "Le contrat, d'un montant de 7 milliards d'euros, porte sur des appareils destinés à la marine indienne.",
     False),
    ("fr", "Euro de handball : l'Ukraine fait tomber la France, les Bleues désarmées",
     "Privées de leur artilleuse blessée, les Françaises ont cédé face à une défense ukrainienne de fer (27-24).",
     False),
    # German: aid news
    ("de", "Die Ukraine hat zwölf weitere Gepard-Flakpanzer erhalten",
     "Die Fahrzeuge aus Deutschland seien bereits an der Front, teilte das Verteidigungsministerium in Kiew am "
     "…\nWeiterlesen",
     True),
    ("de", "Kanzleramt billigt Abgabe zweier weiterer Patriot-Systeme",
     "Die Systeme sollen bis Jahresende aus Beständen der Bundeswehr an die Ukraine gehen.",
     True),
    ("de", "Schwedische Ausbilder schulen ukrainische Gripen-Piloten",
     "In Västerås lernen derzeit 50 Piloten aus der Ukraine das Fliegen des Kampfjets. Weiterlesen",
     True),
    ("de", "Milliardenpaket: Norwegen stockt Militärhilfe für Kiew auf",
     "Insgesamt 8,5 Mrd. Kronen fließen vor allem in Luftverteidigung und […]",
     True),
    ("de", "Interview: „Wir liefern keine Taurus“ – Verteidigungsminister verteidigt Nein",
     "Im Gespräch erläutert der Minister, warum Berlin stattdessen auf Flugabwehr und Munition für die Ukraine "
     "setzt.",
     True),
    # German: look-alikes
    ("de", "Moskau: Schwedische CV90-Schützenpanzer bei Kursk zerstört",
     "Unabhängig überprüfen ließen sich die Angaben des russischen Verteidigungsministeriums nicht. Weiterlesen",
     False),
    ("de", "Rüstungsaktien fallen nach Waffenruhe-Signalen aus Moskau",
     "Die Papiere von Rheinmetall, Hensoldt und Renk verloren bis zu sechs Prozent, da Anleger auf ein Ende des "
     "Ukraine-Kriegs […]",
     False),
    ("de", "Wiederaufbaukonferenz: Berlin sagt 1,5 Mrd. Euro für ukrainische Stromnetze zu",
     "Mit dem Geld sollen Umspannwerke und Leitungen repariert werden, die bei russischen Angriffen zerstört "
     "wurden.",
     False),
    ("de", "Panzer-Deal: Polen bestellt 180 weitere K2-Kampfpanzer in Südkorea",
     "Der Vertrag im Wert von 6 Milliarden Dollar soll die polnische Armee bis 2030 modernisieren.",
     False),
    ("de", "Tank-Frust: Spritpreise steigen wegen Ukraine-Krieg erneut",
     "An den Tankstellen kostete Diesel am Montag im Schnitt 1,89 Euro, teilte der ADAC mit … Weiterlesen",
     False),
]

# What the probe leaves, by headline (or an untitled entry's first 40 characters): what is read instead
# (strict xfails), from the first run.
LEFT: dict[str, str] = {}


@pytest.mark.parametrize(("lang", "headline", "lead", "relevant"), left_as_xfails(ITEMS, LEFT))
def test_review_items_are_read_as_labelled(defaults: RuleSet, lang: str, headline: str, lead: str, relevant: bool):
    assert_relevance(defaults, read(defaults, headline, lead), relevant)


def test_the_probe_is_as_briefed() -> None:
    """30 items, 10 a language, half of each language about aid, no item named twice."""
    assert_relevance_probe_as_briefed(ITEMS)
