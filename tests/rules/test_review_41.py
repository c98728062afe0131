"""Relevance, review 41: a held-out probe of the shipped rules (config/rules.toml) on wire copy written by
someone who did not write them. 30 items, 10 per language (EN, FR, DE), 5 about military aid to Ukraine and
5 look-alikes in each, in the style of Reuters, AFP and dpa copy and a live blog's untitled entry. Every text
is invented for this file; none is taken from the real-article set. Each was labelled by hand before its
first run, following ../shared/eval/README.md: relevant are pledges, deliveries, refusals, undecided
questions, military money, production for Ukraine, training and contact-group meetings; not relevant are
humanitarian and energy aid, arms sales to other countries, defence shares, weapon names in other senses,
Russia's own supplies, and NATO or armies' news without aid to Ukraine.

First run (2026-12-05, this branch = main at c21dc39, labels unchanged): 29 of 30; precision 15/16 = 0.94,
recall 15/15 = 1.00 (EN 5/6 and 5/5; FR and DE 5/5 and 5/5). The one miss, a strict xfail until stories
round 18: a US sale of Patriot missiles to Switzerland whose deliveries "were pushed back ... so that Ukraine
could be served first" was read as aid. An arms sale to another country is a trap since (config/rules.toml;
tests/rules/test_rules_leftovers_18.py): 30 of 30.
"""

from __future__ import annotations

from tests.support.wire_reading import assert_relevance_probe_as_briefed, relevance_probe_test

# (lang, headline, lead, relevant), labelled by hand before the first run.
ITEMS = [
    # ---- English, aid
    ("en", "Finland announces 23rd defence package for Ukraine",
     "HELSINKI (Reuters) - Finland will send Ukraine a 23rd package of military equipment worth 90 million euros, "
     "including heavy weapons and ammunition, the defence ministry said on Friday.", True),
    ("en", "Pentagon awards contract for Ukraine's air defence interceptors",
     "WASHINGTON (Reuters) - The U.S. Army has awarded Raytheon a $1.1 billion contract for NASAMS interceptor "
     "missiles for Ukraine, funded through the Ukraine Security Assistance Initiative, the Pentagon said on "
     "Tuesday.", True),
    ("en", "Ukrainian pilots finish F-16 training in Romania",
     "BUCHAREST (Reuters) - A second group of Ukrainian pilots has completed F-16 training at a European centre "
     "in Romania run with Lockheed Martin and the Netherlands, Romania's defence ministry said on Thursday.", True),
    ("en", "Italy still weighing second SAMP/T battery for Kyiv",
     "ROME (Reuters) - Italy has not yet decided whether to send a second SAMP/T air defence battery to Ukraine, "
     "Defence Minister Guido Crosetto said on Tuesday, citing the needs of its own forces.", True),
    ("en", "", "Zelenskiy says the first Gripen jets from Sweden have arrived and will fly combat missions within "
     "weeks.", True),
    # ---- English, look-alikes
    ("en", "U.S. approves $2 billion Patriot sale to Switzerland",
     "WASHINGTON (Reuters) - The State Department approved a possible $2 billion sale of Patriot missiles to "
     "Switzerland, whose own deliveries were pushed back last year so that Ukraine could be served first, the "
     "Defense Security Cooperation Agency said on Friday.", False),
    ("en", "Britain pledges 100 million pounds for Ukraine's winter energy repairs",
     "LONDON (Reuters) - Britain will give Ukraine 100 million pounds to repair power stations and heating "
     "networks damaged by Russian missile and drone attacks, the Foreign Office said on Wednesday.", False),
    ("en", "Rheinmetall shares hit record on Ukraine ceasefire doubts",
     "FRANKFURT (Reuters) - Shares in Rheinmetall rose 6% to a record high on Monday as investors bet that "
     "European governments will keep spending on ammunition and air defence while talks on a ceasefire in "
     "Ukraine stall.", False),
    ("en", "Patriots rally past Bills as Maye throws three touchdowns",
     "FOXBOROUGH, Mass. (Reuters) - Drake Maye threw three touchdown passes and the New England Patriots' defence "
     "held off a late charge to beat Buffalo 27-24 on Sunday.", False),
    ("en", "North Korea sent Russia more artillery shells, Seoul says",
     "SEOUL (Reuters) - North Korea has shipped millions of artillery shells and dozens of ballistic missiles to "
     "Russia for its war in Ukraine, South Korea's intelligence agency told lawmakers on Thursday.", False),
    # ---- French, aid
    ("fr", "L'Espagne livrera des missiles Aspide supplémentaires à Kiev",
     "MADRID (AFP) - L'Espagne enverra d'ici l'été de nouveaux missiles sol-air Aspide à l'Ukraine ainsi que des "
     "blindés de transport M113, a annoncé lundi la ministre de la Défense Margarita Robles.", True),
    ("fr", "La Suède forme des pilotes ukrainiens sur Gripen",
     "STOCKHOLM (AFP) - Une douzaine de pilotes ukrainiens ont commencé leur formation sur l'avion de combat "
     "Gripen en Suède, a indiqué mercredi le ministère suédois de la Défense, sans préciser si des appareils "
     "seraient ensuite livrés à Kiev.", True),
    ("fr", "Ramstein : les alliés promettent des munitions à Kiev",
     "RAMSTEIN (AFP) - Les alliés de l'Ukraine réunis jeudi en Allemagne au sein du groupe de contact sur la "
     "défense ont promis de nouvelles livraisons d'obus et de systèmes de défense antiaérienne, sans chiffrer "
     "leurs engagements.", True),
    ("fr", "La Hongrie refuse de laisser transiter des armes vers l'Ukraine",
     "BUDAPEST (AFP) - La Hongrie n'autorisera pas le transit par son territoire des livraisons d'armes "
     "occidentales destinées à l'Ukraine, a répété vendredi le ministre hongrois des Affaires étrangères.", True),
    ("fr", "Des obus de 155 mm bientôt fabriqués en Ukraine avec KNDS",
     "PARIS (AFP) - Le groupe KNDS France a signé un accord avec un industriel ukrainien pour fabriquer en "
     "Ukraine des obus de 155 mm, financé en partie par la Commission européenne, a annoncé mardi le ministère "
     "des Armées.", True),
    # ---- French, look-alikes
    ("fr", "L'armée de Terre reçoit ses premiers Leclerc rénovés",
     "PARIS (AFP) - L'armée de Terre a reçu mardi les premiers chars Leclerc rénovés, qui intègrent des leçons "
     "tirées de la guerre en Ukraine, a indiqué la Direction générale de l'armement.", False),
    ("fr", "L'UE envoie des générateurs électriques à l'Ukraine",
     "BRUXELLES (AFP) - L'Union européenne a livré 300 générateurs électriques et 50 transformateurs à l'Ukraine "
     "pour aider la population à passer l'hiver, a annoncé lundi la Commission européenne.", False),
    ("fr", "Le Maroc commande des canons Caesar",
     "RABAT (AFP) - Le Maroc a commandé 36 canons Caesar à KNDS France, dont l'efficacité en Ukraine a convaincu "
     "plusieurs armées, selon la presse spécialisée.", False),
    ("fr", "Moscou affirme avoir détruit un lanceur Patriot près de Kiev",
     "MOSCOU (AFP) - Le ministère russe de la Défense a affirmé lundi avoir détruit un lanceur Patriot fourni par "
     "les Occidentaux dans la région de Kiev, une affirmation invérifiable de source indépendante.", False),
    ("fr", "L'Otan lance un exercice naval en Baltique",
     "BRUXELLES (AFP) - L'Otan a lancé lundi un exercice naval en mer Baltique réunissant 30 navires, destiné à "
     "protéger les câbles sous-marins après une série d'incidents attribués à la Russie.", False),
    # ---- German, aid
    ("de", "Pistorius kündigt neues Paket für Kiew an",
     "KIEW (dpa) - Verteidigungsminister Boris Pistorius hat bei einem Besuch in Kiew weitere Militärhilfe im Wert "
     "von 500 Millionen Euro angekündigt, darunter Munition für Flugabwehrsysteme.", True),
    ("de", "Ukrainische Soldaten trainieren am Leopard in Munster",
     "MUNSTER (dpa) - Auf dem Truppenübungsplatz Munster werden derzeit ukrainische Panzerbesatzungen am "
     "Leopard 2 ausgebildet. Die Bundeswehr rechnet mit dem Abschluss der Ausbildung im März.", True),
    ("de", "Dänemark finanziert Haubitzen aus ukrainischer Produktion",
     "KOPENHAGEN (dpa) - Dänemark bezahlt die Produktion von 18 Bohdana-Haubitzen in der Ukraine. Das Geld stammt "
     "aus Zinserträgen eingefrorener russischer Vermögen, teilte das Verteidigungsministerium mit.", True),
    ("de", "Scholz: Keine Kampfjets für die Ukraine",
     "BERLIN (dpa) - Bundeskanzler Olaf Scholz hat der Lieferung von Kampfflugzeugen an die Ukraine eine Absage "
     "erteilt. Darum gehe es jetzt nicht, sagte er am Mittwoch im Bundestag.", True),
    ("de", "Schweden prüft Abgabe von Gripen-Jets",
     "STOCKHOLM (dpa) - Die schwedische Regierung prüft, der Ukraine Kampfjets vom Typ Gripen zu überlassen. Eine "
     "Entscheidung werde es frühestens im Herbst geben, sagte Verteidigungsminister Pål Jonson.", True),
    # ---- German, look-alikes
    ("de", "Leopard-Nachfolger: Berlin und Paris einigen sich",
     "BERLIN (dpa) - Deutschland und Frankreich haben sich auf die Aufteilung der Arbeit am gemeinsamen "
     "Kampfpanzer der Zukunft geeinigt, der ab 2040 den Leopard 2 und den Leclerc ersetzen soll. Erfahrungen aus "
     "dem Krieg in der Ukraine sollen einfließen.", False),
    ("de", "Deutschland schickt Krankenwagen und Generatoren in die Ukraine",
     "BERLIN (dpa) - Die Bundesregierung schickt 50 Krankenwagen und 200 Stromgeneratoren in die Ukraine. Die "
     "Hilfsgüter sollen Krankenhäusern in frontnahen Gebieten zugutekommen, teilte das Entwicklungsministerium "
     "mit.", False),
    ("de", "Rüstungsaktien brechen ein",
     "FRANKFURT (dpa) - Die Aktien von Rüstungskonzernen wie Hensoldt und Renk sind am Dienstag deutlich gefallen. "
     "Anleger reagierten auf Berichte über Fortschritte bei Gesprächen über eine Waffenruhe in der Ukraine.", False),
    ("de", "Marder legen Autos lahm: Versicherer melden Rekordschäden",
     "BERLIN (dpa) - Marder haben im vergangenen Jahr so viele Kabel in Autos zerbissen wie nie zuvor. Die "
     "Versicherer zählten mehr als 250.000 Schäden, teilte der Gesamtverband der Versicherer am Montag mit.", False),
    ("de", "Bundesregierung genehmigt Eurofighter für die Türkei",
     "BERLIN (dpa) - Die Bundesregierung hat den Weg für den Verkauf von 40 Eurofighter-Kampfjets an die Türkei "
     "freigemacht. Ankara hatte sich im Ukraine-Krieg als Vermittler angeboten.", False),
]

# What the probe leaves, by headline (the lead's start for an untitled entry): what is read instead
# (strict xfails). None since stories round 18 (the sale to Switzerland, above).
LEFT: dict[str, str] = {}


test_review_items_are_read_as_labelled = relevance_probe_test(ITEMS, LEFT)


def test_the_probe_is_as_briefed() -> None:
    """30 items, 10 a language, half of each language about aid, no headline twice."""
    assert_relevance_probe_as_briefed(ITEMS)
