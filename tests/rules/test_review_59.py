"""Relevance, review 59: the nineteenth held-out probe of the shipped rules (config/rules.toml) on feed items
(headline and lead, as feeds carry them) written by someone who did not write the rules, this time of ORDINARY
wire copy. 30 items, 10 a language, half about military aid to Ukraine and half the near-misses a Ukraine feed
carries every day. The aid items are the bread and butter of aid news, worded as agencies word them: a pledge,
a delivery, a giving under discussion, a refusal, an order placed with industry for Ukraine, the EU's military
money, NATO's PURL, a donors' meeting with no concrete pledge. The look-alikes: battlefield reports, strikes on
the energy grid, peace talks, sanctions, a NATO member's own defence budget, arms exported to another country,
refugee aid, a reconstruction conference and grain exports. Every text is invented for this file; none is
taken from the real-article set. Each was labelled by hand before its first run, following
../shared/eval/README.md. Choices of mine: a contact-group meeting about arms for Ukraine is aid news with no
pledge; a NATO member's own defence budget, even when its lead names the war in Ukraine, is not; Western money
for Ukraine's power grid or reconstruction is not military aid; a refusal ("rules out", "refuse", "lehnt ab")
is aid news.

First run (2026-12-07 08:34 UTC, this branch = main at e3d6c4fb, labels as committed in 261657a8 before any run): 30
of 30 read as labelled: precision 1.00 (15 of 15 kept are aid news), recall 1.00 (15 of 15), in every language.
Nothing is left (LEFT is empty): the ordinary headline-and-lead forms of aid news and the everyday near-misses
are all read right.
"""

from __future__ import annotations

from tests.support.wire_reading import assert_relevance_probe_as_briefed, relevance_probe_test

# (lang, headline, lead, relevant), labelled by hand before the first run.
ITEMS = [
    # English: aid news
    ("en", "Spain to send Ukraine 10 more Leopard tanks, defence minister says",
     "The tanks, taken from storage near Zaragoza, will be shipped in two batches before the end of the year, "
     "the ministry said.",
     True),
    ("en", "Australia says last of its Abrams tanks have arrived in Ukraine",
     "The 49 tanks were retired from the Australian Army and shipped through a European port over four months.",
     True),
    ("en", "Portugal rules out sending F-16 jets to Ukraine for now",
     "Defence Minister Rui Carvalho said the country's small fleet was needed to police NATO airspace.",
     True),
    ("en", "Finland and Portugal join NATO scheme to buy U.S. weapons for Ukraine",
     "Helsinki will contribute 100 million euros and Lisbon 20 million euros to the PURL scheme, ministers said "
     "in Brussels.",
     True),
    ("en", "Allies meet in Ramstein format to discuss air defence for Ukraine",
     "Defence ministers from about 50 countries gathered by video link to coordinate arms deliveries to Kyiv "
     "ahead of the winter.",
     True),
    # English: look-alikes
    ("en", "Russian forces claim capture of village near Pokrovsk",
     "Ukraine's general staff said its troops had repelled 40 attacks along the front in the past day.",
     False),
    ("en", "Massive Russian strike knocks out power in Kharkiv and Odesa",
     "Grid operator Ukrenergo said it had introduced emergency blackouts in six regions after the overnight "
     "attack on power plants.",
     False),
    ("en", "Italy raises defence budget to meet NATO target",
     "The government said the war in Ukraine showed Europe must invest more in its own security.",
     False),
    ("en", "EU adopts 19th package of sanctions against Russia",
     "The measures target Russian liquefied natural gas and dozens more tankers of the shadow fleet.",
     False),
    ("en", "Ukraine's grain exports rise 12% as Black Sea corridor holds",
     "Shipments from ports around Odesa reached 4 million tonnes last month, the agriculture ministry said.",
     False),
    # French: aid news
    ("fr", "La Belgique livrera 30 F-16 à l'Ukraine d'ici 2028",
     "Les appareils seront cédés au fur et à mesure de l'arrivée des F-35 commandés par l'armée belge, a "
     "annoncé le Premier ministre.",
     True),
    ("fr", "Les trois premiers Mirage 2000 français sont arrivés en Ukraine",
     "Le ministre des Armées l'a annoncé jeudi sur X, sans préciser combien d'appareils suivraient.",
     True),
    ("fr", "Le Japon étudie l'envoi d'obus à l'Ukraine, selon des sources",
     "Une telle livraison constituerait une rupture avec la politique de Tokyo, qui s'interdit d'envoyer des "
     "armes létales.",
     True),
    ("fr", "La Suisse refuse de livrer des blindés Piranha à l'Ukraine",
     "Le Conseil fédéral invoque la neutralité du pays et la loi sur le matériel de guerre.",
     True),
    ("fr", "L'UE verse 1,5 milliard d'euros issus des avoirs russes pour armer l'Ukraine",
     "Cette première tranche servira à l'achat d'armes et de munitions, a indiqué la Commission.",
     True),
    # French: look-alikes
    ("fr", "Négociations : Kiev et Moscou échangent des prisonniers à Istanbul",
     "Les délégations n'ont pas progressé sur un cessez-le-feu, a reconnu la diplomatie turque.",
     False),
    ("fr", "La France vend 12 Rafale supplémentaires à l'Indonésie",
     "Le contrat porte à 54 le nombre d'avions commandés par Jakarta, a annoncé Dassault Aviation.",
     False),
    ("fr", "Conférence de Rome sur la reconstruction de l'Ukraine : 10 milliards d'euros promis",
     "Les engagements portent sur l'énergie, les logements et les transports, selon les organisateurs.",
     False),
    ("fr", "Réfugiés ukrainiens : la protection temporaire prolongée jusqu'en 2027",
     "Plus de 4 millions de personnes en bénéficient dans l'Union européenne.",
     False),
    ("fr", "Frappes russes : Kiev plongée dans le noir après une attaque de drones",
     "Les défenses antiaériennes ont abattu la plupart des engins, mais une centrale thermique a été touchée.",
     False),
    # German: aid news
    ("de", "Deutschland sagt der Ukraine vier weitere IRIS-T-Systeme zu",
     "Die Systeme sollen bis Ende nächsten Jahres übergeben werden, kündigte der Verteidigungsminister an.",
     True),
    ("de", "Tschechien übergibt der Ukraine 40 Schützenpanzer",
     "Die Fahrzeuge vom Typ BVP-1 wurden in einem tschechischen Werk instand gesetzt.",
     True),
    ("de", "Bundesregierung prüft Lieferung weiterer Patriot-Systeme an Kiew",
     "Eine Entscheidung sei noch nicht gefallen, sagte ein Regierungssprecher am Freitag.",
     True),
    ("de", "Österreich lehnt Beteiligung an Munitionsinitiative für die Ukraine ab",
     "Als neutrales Land liefere man keine Munition und finanziere auch keine, sagte die Ministerin.",
     True),
    ("de", "Bund bestellt bei Rheinmetall 100.000 Schuss für die Ukraine",
     "Die Artilleriemunition soll im kommenden Jahr in Unterlüß gefertigt werden.",
     True),
    # German: look-alikes
    ("de", "Russische Truppen rücken im Gebiet Donezk weiter vor",
     "Das ukrainische Militär meldet schwere Kämpfe um die Stadt Kostjantyniwka.",
     False),
    ("de", "Rheinmetall liefert Munition an Litauen",
     "Der Rahmenvertrag über 155-Millimeter-Geschosse hat einen Wert von 300 Millionen Euro.",
     False),
    ("de", "Bundestag beschließt Rekordetat für die Bundeswehr",
     "Angesichts des russischen Angriffskriegs gegen die Ukraine steigen die Verteidigungsausgaben auf 108 "
     "Milliarden Euro.",
     False),
    ("de", "Deutschland hilft beim Wiederaufbau der ukrainischen Stromnetze",
     "Die KfW stellt 200 Millionen Euro für Transformatoren und Leitungen bereit.",
     False),
    ("de", "Friedensgespräche in Genf ohne Durchbruch",
     "Die Delegationen aus Kiew und Moskau wollen sich in zwei Wochen erneut treffen.",
     False),
]

LEFT: dict[str, str] = {}

test_review_items_are_read_as_labelled = relevance_probe_test(ITEMS, LEFT)


def test_the_probe_is_as_briefed() -> None:
    """30 items, 10 a language, half of each language about aid, no item named twice."""
    assert_relevance_probe_as_briefed(ITEMS)
