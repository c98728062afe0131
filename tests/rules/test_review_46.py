"""Relevance, review 46: the sixth held-out probe of the shipped rules (config/rules.toml) on feed items
(headline and lead) written by someone who did not write the rules. 30 items, 10 a language, half about
military aid to Ukraine and half look-alikes: Ukraine news without aid, arms sales to other countries, a
NATO member's own forces, domestic defence budgets and orders, humanitarian aid, sanctions, a defence
company's results, and culture or sports items naming an aid system. The aid items come in forms the
earlier probes did not stress: a newspaper's report of a planned delivery the ministry does not confirm, a
government denying a report about its aid, a minister's social-media post quoted, a correction of a figure,
and negations (a donor that will not send one thing but pledges another). Every text is invented for this
file; none is taken from the real-article set. Each was labelled by hand before its first run, following
../shared/eval/README.md: a denial that a donor stopped its aid, or a rumoured delivery, is aid news
(relevant), as "no decision on Leopard" and refusals are.

First run (2026-12-05, this branch = main at 114662f, labels unchanged; load average about 25): 30 of 30
read as labelled (precision and recall 1.00 in each language): the rumours, denials, quoted posts,
corrections and negations are all kept as aid news, and none of the look-alikes (the Patriot sale to
Switzerland, Poland's own K2 tanks, the Bundeswehr's Leopard 2A8 and IRIS-T, the javelin thrower, the
cheetah photographs, the AWACS in Romania, ...) is taken for it. Nothing is left.
"""

from __future__ import annotations

from tests.support.wire_reading import assert_relevance_probe_as_briefed, relevance_probe_test

# (lang, headline, lead, relevant), labelled by hand before the first run.
ITEMS = [
    # English: aid news
    ("en", "Denmark preparing to send last F-16s to Ukraine, paper says; ministry silent",
     "Denmark is preparing to hand its last six F-16 fighter jets to Ukraine before the summer, a Copenhagen "
     "newspaper reported on Friday, citing two officials. The defence ministry declined to comment.", True),
    ("en", "Finnish minister on X: 'Our 29th package for Ukraine is on its way'",
     "Finland's defence minister wrote on X that the country's 29th military aid package for Ukraine, worth "
     "170 million euros, would bring artillery ammunition and spare parts. \"Finland stands with Ukraine\", "
     "he added.", True),
    ("en", "Belgium delivers four F-16s to Ukraine (corrected)",
     "Belgium has delivered four F-16 fighter jets to Ukraine, the defence ministry said on Tuesday. An "
     "earlier version of this story misstated the number of jets as 14.", True),
    ("en", "Prague denies report that Czech shell deliveries to Kyiv have stopped",
     "The Czech defence ministry on Thursday denied a report that deliveries of artillery shells to Ukraine "
     "under the Czech-led initiative had stopped, saying 80,000 rounds had been shipped in May alone.", True),
    ("en", "Portugal rules out more Leopards for Kyiv but pledges drone money",
     "Portugal will not send more Leopard 2 tanks to Ukraine, its defence minister said, but it will pay 30 "
     "million euros for Ukrainian-made drones.", True),
    # English: look-alikes
    ("en", "Ukraine's grain exports hit record despite Black Sea attacks",
     "Ukraine shipped a record 6.2 million tonnes of grain in October through its Black Sea ports, the "
     "agriculture ministry said, despite Russian drone attacks on Odesa.", False),
    ("en", "Germany approves sale of five Patriot fire units to Switzerland",
     "The German government approved the sale of five Patriot air defence fire units to Switzerland, to be "
     "delivered by 2030, a government spokesman said.", False),
    ("en", "Poland to lift defence spending to 5% of GDP, buy more K2 tanks",
     "Poland's parliament approved a budget raising defence spending to 5% of economic output next year, "
     "including a second batch of K2 tanks from South Korea for its own army.", False),
    ("en", "Leonardo beats profit forecasts on helicopter demand",
     "Italy's Leonardo reported a 14% rise in third-quarter operating profit, helped by demand for "
     "helicopters and defence electronics from European armies.", False),
    ("en", "Javelin: Czech thrower wins in Oslo with season's best",
     "Czech javelin thrower took the Diamond League meeting in Oslo with a season's best of 89.12 metres on "
     "Thursday evening.", False),
    # French: aid news
    ("fr", "Selon la presse, Rome préparerait l'envoi d'un nouveau SAMP/T à Kiev",
     "L'Italie s'apprêterait à fournir à l'Ukraine un troisième système de défense antiaérienne SAMP/T, selon "
     "un quotidien citant des sources gouvernementales. Le ministère de la Défense n'a pas souhaité "
     "commenter.", True),
    ("fr", "« Promesse tenue » : le ministre tchèque salue la livraison d'obusiers à l'Ukraine",
     "Sur X, le ministre tchèque de la Défense a salué la livraison de 30 obusiers Dana à l'Ukraine : "
     "« Promesse tenue \U0001F1E8\U0001F1FF\U0001F1FA\U0001F1E6 #StandWithUkraine ».", True),
    ("fr", "Rectificatif : l'Espagne livre 10 chars Leopard à l'Ukraine, et non 100",
     "L'Espagne a livré dix chars Leopard 2A4 à l'Ukraine, a annoncé mardi le ministère espagnol de la "
     "Défense. Une version précédente de cette dépêche indiquait par erreur 100 chars.", True),
    ("fr", "Paris dément avoir suspendu ses livraisons d'obus à l'Ukraine",
     "Le ministère des Armées a démenti jeudi des informations de presse selon lesquelles la France aurait "
     "suspendu ses livraisons d'obus de 155 mm à l'Ukraine.", True),
    ("fr", "La Norvège n'enverra pas de F-16 mais finance des drones ukrainiens",
     "La Norvège ne cédera pas ses derniers F-16 à l'Ukraine, a indiqué son ministre de la Défense, mais "
     "financera à hauteur de 500 millions de couronnes des drones fabriqués en Ukraine.", True),
    # French: look-alikes
    ("fr", "Ukraine : une panne d'électricité géante frappe Odessa",
     "Des centaines de milliers de foyers étaient privés d'électricité mardi à Odessa après une frappe russe "
     "sur une centrale thermique, selon les autorités locales.", False),
    ("fr", "L'UE adopte de nouvelles sanctions visant la flotte fantôme russe",
     "Les Vingt-Sept ont ajouté 120 pétroliers de la flotte fantôme russe à leur liste noire, privés d'accès "
     "aux ports européens.", False),
    ("fr", "Airbus Defence and Space : bénéfice en hausse grâce aux satellites",
     "La branche défense et espace d'Airbus a vu son bénéfice progresser de 18 % au troisième trimestre, "
     "portée par les commandes de satellites militaires.", False),
    ("fr", "L'Otan déploie des avions AWACS en Roumanie pour surveiller son flanc est",
     "L'Alliance atlantique va déployer deux avions de surveillance AWACS en Roumanie pour renforcer la "
     "surveillance de son espace aérien, a annoncé mercredi son commandement.", False),
    ("fr", "L'Unicef envoie des générateurs et des kits scolaires en Ukraine",
     "L'Unicef a acheminé 200 générateurs et 50 000 kits scolaires vers des écoles de l'est de l'Ukraine "
     "avant l'hiver.", False),
    # German: aid news
    ("de", "Bericht: Bundesregierung plant Lieferung weiterer Leopard-Panzer – Ministerium schweigt",
     "Die Bundesregierung will der Ukraine einem Zeitungsbericht zufolge weitere 20 Leopard-1-Kampfpanzer "
     "liefern. Das Verteidigungsministerium wollte den Bericht nicht kommentieren.", True),
    ("de", "Litauens Minister auf X: „50 gepanzerte Fahrzeuge an die Ukraine übergeben“",
     "„Heute haben wir der Ukraine 50 gepanzerte Fahrzeuge übergeben \U0001F1F1\U0001F1F9\U0001F1FA\U0001F1E6“, "
     "schrieb der litauische Verteidigungsminister am Montag auf X.", True),
    ("de", "Korrektur: Niederlande liefern 18 Panzerhaubitzen an Kiew, nicht 80",
     "Die Niederlande haben der Ukraine 18 Panzerhaubitzen 2000 geliefert. In einer früheren Version dieser "
     "Meldung war von 80 Haubitzen die Rede.", True),
    ("de", "Oslo weist Bericht über Ende der Militärhilfe für Kiew zurück",
     "Norwegens Regierung hat einen Bericht zurückgewiesen, wonach die Militärhilfe für die Ukraine auslaufen "
     "soll. Auch im kommenden Jahr würden Luftverteidigung und Munition für Kiew finanziert.", True),
    ("de", "Ohne Kampfjets: Schweden schnürt neues Militärpaket für Kiew",
     "Schweden hat der Ukraine ein neues Militärhilfepaket im Wert von 1,5 Milliarden Kronen zugesagt. "
     "Kampfjets vom Typ Gripen sind nicht darin enthalten.", True),
    # German: look-alikes
    ("de", "Rheinmetall-Aktie fällt nach Quartalszahlen",
     "Die Aktie des Rüstungskonzerns Rheinmetall hat am Donnerstag nach schwächeren Quartalszahlen mehr als "
     "fünf Prozent verloren. Der Umsatz blieb hinter den Erwartungen zurück.", False),
    ("de", "Bundeswehr bestellt 120 Leopard 2A8 für neue Brigaden",
     "Der Haushaltsausschuss hat den Kauf von 120 Kampfpanzern Leopard 2A8 für die Bundeswehr gebilligt. Die "
     "Panzer sollen an neue Brigaden in Litauen gehen.", False),
    ("de", "Bundesregierung genehmigt Eurofighter-Export nach Saudi-Arabien",
     "Die Bundesregierung hat die Lieferung von 20 Eurofighter-Kampfjets an Saudi-Arabien genehmigt, wie ein "
     "Regierungssprecher bestätigte.", False),
    ("de", "Ausstellung: Gepard-Fotografien aus Namibia in Hamburg",
     "Ein Hamburger Fotograf zeigt ab Samstag großformatige Bilder von Geparden in der namibischen Savanne.",
     False),
    ("de", "Russischer Drohnenangriff auf Charkiw – mehrere Tote",
     "Bei einem russischen Drohnenangriff auf die ostukrainische Stadt Charkiw sind in der Nacht mindestens "
     "vier Menschen getötet worden, teilten die Behörden mit.", False),
]

# What the probe leaves, by headline: what is read instead (strict xfails), from the first run.
LEFT: dict[str, str] = {
}


test_review_items_are_read_as_labelled = relevance_probe_test(ITEMS, LEFT)


def test_the_probe_is_as_briefed() -> None:
    """30 items, 10 a language, half of each language about aid, no headline twice."""
    assert_relevance_probe_as_briefed(ITEMS)
