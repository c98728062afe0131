"""Relevance, review 43: the third held-out probe of the shipped rules (config/rules.toml) on feed items
written by someone who did not write them. 30 items, 10 per language (EN, FR, DE), each a headline and its
lead as a feed gives them, 5 about military aid to Ukraine and 5 look-alikes in each: Ukraine news without
aid (a grid repair, a prisoner exchange, a sanctions package), aid to others (Israel, Taiwan, Moldova), arms
exports, a domestic defence budget, humanitarian aid, and a sports or culture story naming Leopard or
Patriot. The aid items lean on forms the earlier probes did not stress: a ministry's press release, a
factbox, a parliament's vote, a conditional offer, a cancelled transfer, a contract for Ukraine. Every text
is invented for this file; none is taken from the real-article set. Each was labelled by hand before its
first run, following ../shared/eval/README.md and tests/data/README.md: relevant are pledges,
deliveries, refusals, undecided questions, military money, production and training for Ukraine,
contact-group meetings and Kyiv's own requests.

First run (2026-12-05, this branch = main at 96af266, labels unchanged): 30 of 30; precision 15/15 = 1.00,
recall 15/15 = 1.00 (5 of 5 aid and 5 of 5 look-alikes in each language). The cancelled Leopard transfer, the
conditional offers (Ireland, Luxembourg), the parliament's vote and the Austrian refusal are read as
relevant; Moldova's EU-funded radar, Taiwan's Abrams, the Patriots' football game, Lemgo's "Leoparden" and
the film "Le Guépard" as not. Nothing is left as a strict xfail.
"""

from __future__ import annotations

from tests.support.wire_reading import assert_relevance_probe_as_briefed, relevance_probe_test

# (lang, headline, lead, relevant), labelled by hand before the first run.
ITEMS = [
    # ---- English, aid
    ("en", "Ministry of Defence announces new support package for Ukraine",
     "The Minister of Defence today announced a further package of military support for Ukraine, including "
     "air defence radars and 50,000 rounds of artillery ammunition, to be delivered before the spring.", True),
    ("en", "FACTBOX-Which countries have sent fighter jets to Ukraine",
     "Here are the countries that have pledged or delivered F-16 and Mirage fighter jets to Kyiv's air force "
     "since 2023, and how many have arrived.", True),
    ("en", "Portugal calls off transfer of Leopard tanks to Kyiv",
     "LISBON (Reuters) - Portugal has cancelled the planned transfer of three Leopard 2A6 tanks to Ukraine "
     "because the vehicles could not be repaired in time, the defence ministry said on Friday.", True),
    ("en", "Ottawa signs contract for armoured vehicles bound for Ukraine",
     "OTTAWA - The federal government has signed a $210-million contract with a London, Ont., manufacturer for "
     "armoured vehicles that will be donated to Ukraine's armed forces, officials said Tuesday.", True),
    ("en", "Ireland would fund non-lethal military kit for Ukraine if coalition agrees, minister says",
     "DUBLIN (Reuters) - Ireland would pay for demining equipment and body armour for Ukraine's army through "
     "the EU's defence fund if the coalition of donors agreed, the defence minister said on Monday.", True),
    # ---- English, look-alikes
    ("en", "Moldova receives air surveillance radar from EU fund",
     "CHISINAU (Reuters) - Moldova's army received an air surveillance radar financed by the European Peace "
     "Facility on Wednesday, part of a 60 million euro programme to protect its airspace from stray drones.",
     False),
    ("en", "Taiwan takes delivery of first Abrams tanks from U.S.",
     "TAIPEI (Reuters) - Taiwan received the first 38 of 108 M1A2T Abrams tanks ordered from the United States "
     "on Monday, the island's defence ministry said.", False),
    ("en", "Ukraine and Russia swap 150 prisoners each in UAE-brokered deal",
     "KYIV (Reuters) - Ukraine and Russia exchanged 150 prisoners of war each on Saturday in a swap brokered "
     "by the United Arab Emirates, Ukraine's coordination headquarters said.", False),
    ("en", "Patriots rally late to beat Jets in overtime",
     "FOXBOROUGH, Mass. (AP) - The New England Patriots scored 10 points in the final four minutes and won "
     "27-24 in overtime against the New York Jets on Sunday.", False),
    ("en", "Britain's defence budget to rise to 2.6% of GDP by 2027",
     "LONDON (Reuters) - Britain will raise defence spending to 2.6% of economic output by 2027 to pay for "
     "new submarines and air defence for the British Isles, the finance minister said on Wednesday.", False),
    # ---- French, aid
    ("fr", "Le ministère des Armées annonce la livraison de nouveaux Mirage à l'Ukraine",
     "Le ministère des Armées annonce que trois Mirage 2000-5 supplémentaires ont été livrés à l'armée de "
     "l'air ukrainienne cette semaine, portant à neuf le nombre d'appareils cédés par la France.", True),
    ("fr", "L'Assemblée nationale vote l'enveloppe de 3 milliards d'euros pour l'Ukraine",
     "Les députés ont adopté mardi soir la ligne budgétaire de 3 milliards d'euros destinée à l'aide "
     "militaire à l'Ukraine en 2027, par 342 voix contre 128.", True),
    ("fr", "Le Luxembourg pourrait financer des drones pour Kiev",
     "LUXEMBOURG (AFP) - Le Luxembourg pourrait consacrer 20 millions d'euros à l'achat de drones pour "
     "l'armée ukrainienne si ses partenaires de la coalition en font de même, a indiqué le ministre de la "
     "Défense.", True),
    ("fr", "Ottawa écarte l'envoi de ses CF-18 en Ukraine",
     "OTTAWA - Le gouvernement fédéral n'enverra pas ses chasseurs CF-18 à l'Ukraine, a tranché jeudi le "
     "ministre de la Défense, qui préfère financer la formation de pilotes ukrainiens au Québec.", True),
    ("fr", "KNDS France signe un contrat pour 24 canons CAESAR destinés à l'Ukraine",
     "PARIS (AFP) - KNDS France a signé un contrat pour la fabrication de 24 canons CAESAR destinés à "
     "l'Ukraine, financés par le Danemark et la France, a annoncé l'industriel mercredi.", True),
    # ---- French, look-alikes
    ("fr", "Israël reçoit une nouvelle livraison de munitions américaines",
     "JÉRUSALEM (AFP) - Un avion-cargo chargé de munitions américaines a atterri dimanche en Israël, a "
     "annoncé le ministère israélien de la Défense, la 800e livraison depuis le début de la guerre à Gaza.",
     False),
    ("fr", "L'Ukraine reçoit 40 000 couvertures et des groupes électrogènes de l'UE",
     "BRUXELLES (AFP) - L'Union européenne a livré à l'Ukraine 40 000 couvertures et 300 groupes électrogènes "
     "pour aider la population à passer l'hiver, a annoncé la Commission.", False),
    ("fr", "Exportations d'armement : la France a vendu pour 18 milliards d'euros en 2026",
     "PARIS (AFP) - Les exportations françaises d'armement ont atteint 18 milliards d'euros en 2026, portées "
     "par les Rafale vendus à l'Inde et à l'Indonésie, selon le rapport remis au Parlement.", False),
    ("fr", "Festival de Cannes : « Le Guépard » restauré en ouverture",
     "CANNES (AFP) - La version restaurée du « Guépard » de Luchino Visconti ouvrira la section Cannes "
     "Classics, soixante ans après la Palme d'or du film.", False),
    ("fr", "Les Vingt-Sept adoptent un 21e paquet de sanctions contre Moscou",
     "BRUXELLES (AFP) - Les ambassadeurs de l'UE ont adopté mercredi un 21e paquet de sanctions contre la "
     "Russie visant sa flotte fantôme et des banques chinoises, a annoncé la présidence danoise.", False),
    # ---- German, aid
    ("de", "Das Bundesministerium der Verteidigung teilt mit: weitere Gepard-Munition für Kiew",
     "Das Bundesministerium der Verteidigung teilt mit, dass der Ukraine weitere 120.000 Schuss Munition für "
     "den Flugabwehrkanonenpanzer Gepard übergeben wurden.", True),
    ("de", "Bundestag gibt 8 Milliarden Euro für Ertüchtigung der Ukraine frei",
     "BERLIN (dpa) - Der Haushaltsausschuss des Bundestags hat acht Milliarden Euro für die militärische "
     "Unterstützung der Ukraine im kommenden Jahr freigegeben.", True),
    ("de", "Österreich lehnt Beteiligung an Ausbildungsmission für ukrainische Soldaten ab",
     "WIEN (APA) - Österreich wird sich nicht an der EU-Mission zur Ausbildung ukrainischer Soldaten "
     "beteiligen, erklärte Verteidigungsministerin Klaudia Tanner unter Verweis auf die Neutralität.", True),
    ("de", "Kiew bittet Berlin um weitere Taurus-Prüfung",
     "BERLIN (dpa) - Die ukrainische Regierung hat die Bundesregierung erneut um die Lieferung von "
     "Taurus-Marschflugkörpern gebeten. Eine Entscheidung sei nicht gefallen, hieß es in Berlin.", True),
    ("de", "Rheinmetall baut Munitionswerk in der Westukraine",
     "DÜSSELDORF (dpa) - Rheinmetall hat mit dem Bau eines Werks für Artilleriemunition in der Westukraine "
     "begonnen. Dort sollen ab 2028 jährlich bis zu 150.000 Granaten für die ukrainische Armee entstehen.",
     True),
    # ---- German, look-alikes
    ("de", "Bundeswehr bestellt 105 Leopard 2A8 für die Brigade Litauen",
     "KOBLENZ (dpa) - Die Bundeswehr hat bei KNDS 105 Kampfpanzer Leopard 2A8 für die Panzerbrigade 45 in "
     "Litauen bestellt. Die Auslieferung soll 2027 beginnen.", False),
    ("de", "Stromnetz in Charkiw nach Angriffen teilweise wiederhergestellt",
     "CHARKIW (dpa) - Nach den russischen Drohnenangriffen der Nacht ist die Stromversorgung in Charkiw "
     "teilweise wiederhergestellt. Reparaturtrupps arbeiten an zwei Umspannwerken.", False),
    ("de", "Bundesregierung genehmigt Fregatten-Export nach Ägypten",
     "BERLIN (dpa) - Die Bundesregierung hat die Ausfuhr von zwei Fregatten des Typs MEKO A-200 nach Ägypten "
     "genehmigt. Das geht aus einem Schreiben an den Wirtschaftsausschuss hervor.", False),
    ("de", "Handball: Leoparden aus Lemgo siegen im Derby",
     "LEMGO (dpa) - Die Handballer des TBV Lemgo haben das Derby gegen Minden mit 31:27 gewonnen. Die "
     "Fans feierten ihre Leoparden nach dem Abpfiff minutenlang.", False),
    ("de", "Caritas schickt Hilfsgüter für Flüchtlinge nach Moldau",
     "FREIBURG (KNA) - Die Caritas hat zwölf Lastwagen mit Decken, Lebensmitteln und Medikamenten für "
     "ukrainische Flüchtlinge in die Republik Moldau geschickt.", False),
]

# What the probe leaves, by headline: what is read instead (strict xfails), from the first run.
LEFT: dict[str, str] = {}


test_review_items_are_read_as_labelled = relevance_probe_test(ITEMS, LEFT)


def test_the_probe_is_as_briefed() -> None:
    """30 items, 10 a language, half of each language about aid, no headline twice."""
    assert_relevance_probe_as_briefed(ITEMS)
