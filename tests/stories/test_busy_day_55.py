"""Busy days of round 55 (tests/stories/test_story_grouping_55.py), replayed through the real poller in 7 orders and
both date modes. Every text is invented; each report was labelled with its event before the first run.

- Day V: Germany's government asking for 2 billion euros more (Monday), the Bundestag approving them (Tuesday, told in
  German, English and French, the French "ont enfin validé"), the government releasing the money with the vote told
  in a "was"-clause (Thursday) and a delivery of IRIS-T told after "Nachdem der Bundestag am Dienstag zugestimmt hat"
  (Tuesday), beside a pension debate in the Bundestag (a look-alike).
- Day T: Germany's and the Netherlands' aid raised to new totals on one Wednesday, each told in two or three languages
  in each outlet's own words, beside Germany's IRIS-T pledge of the day and a minimum wage raised "to EUR 14.60" (a
  look-alike).
- Day G: two EU decisions of one Monday within 1.25 times of each other's sums, 520 million euros for artillery shells
  (rounded to 500 million by one outlet) and 600 million euros for training Ukrainian troops, one report of each
  naming no kind of thing; Britain's missiles of the day; an EU fine of 500 million euros and an electricity market
  deal (look-alikes).

First run (2026-12-06 20:25-20:35 UTC, load 7-15), in the 7 orders (the file's, 5 shuffles, newest first) and both date
modes, nothing labelled not relevant stored on any day:
- main's code (55333b46): day V, the release joins the vote's English and French reports in 4 of 7 orders (2 wrong
  pairs, 4 missed), and the IRIS-T delivery's German and English reports never join (the "nachdem" clause read as the
  vote given); day T, Germany's English report stays apart from its French and German ones (2 missed) in every
  order; day G, 1 to 3 wrong pairs in 5 of 7 orders (the 520 or 500 million shells joined with the 600 million
  training) and 2 to 5 missed pairs in every order (the French "500 millions" apart from the 520 million). Nothing
  hidden.
- this branch: 1.00 / 1.00, no wrong pair, none missed, nothing hidden, every order and both date modes, on all three
  days.
"""

from __future__ import annotations

from tests.support.busy_days import BusyDays, busy_day_probe_tests, report

EN, EN2, FR, FR2, DE, DE2 = "Wire EN", "Paper EN", "Agence FR", "Journal FR", "Agentur DE", "Zeitung DE"
MON, TUE, WED, THU = "2028-10-02", "2028-10-03", "2028-10-04", "2028-10-05"

DAY_V = [
    report("V-DE-1", "de", DE2, MON, "de-word", "Bundesregierung will Ukraine-Hilfe um zwei Milliarden Euro aufstocken",
           "BERLIN (Zeitung) - Die Bundesregierung will die Militärhilfe für die Ukraine um zwei Milliarden Euro "
           "aufstocken; der Bundestag muss noch zustimmen, sagte ein Regierungssprecher am Montag."),
    report("V-EN-1", "en", EN, MON, "de-word", "German government seeks 2 billion euros more for Ukraine arms",
           "BERLIN (Wire) - Germany's government wants to add 2 billion euros to its military aid for Ukraine this "
           "year, but the Bundestag must still approve the money, a spokesman said on Monday."),
    report("V-DE-2", "de", DE, TUE, "de-vote", "Bundestag billigt zwei Milliarden Euro mehr für Waffen für die Ukraine",
           "BERLIN (Agentur) - Der Bundestag hat am Dienstag zusätzliche Militärhilfe für die Ukraine im Umfang "
           "von zwei Milliarden Euro gebilligt."),
    report("V-EN-2", "en", EN2, TUE, "de-vote", "German lawmakers approve 2 billion euros more in arms aid for Ukraine",
           "BERLIN (Paper) - Germany's Bundestag on Tuesday approved 2 billion euros of additional military aid for "
           "Ukraine."),
    report("V-FR-1", "fr", FR, TUE, "de-vote", "Les députés allemands ont enfin validé 2 milliards d'euros pour Kiev",
           "BERLIN (Agence) - Les députés du Bundestag ont enfin validé mardi une rallonge de 2 milliards d'euros "
           "pour l'aide militaire à l'Ukraine, après des semaines de blocage."),
    report("V-DE-3", "de", DE2, TUE, "de-iris", "Deutschland liefert der Ukraine zwei weitere IRIS-T",
           "BERLIN (Zeitung) - Nachdem der Bundestag am Dienstag zugestimmt hat, liefert Deutschland der Ukraine "
           "zwei weitere IRIS-T-Systeme aus dem neuen Hilfspaket, sagte ein Ministeriumssprecher."),
    report("V-EN-3", "en", EN, TUE, "de-iris", "Germany to deliver two more IRIS-T systems to Ukraine",
           "BERLIN (Wire) - Germany will deliver two more IRIS-T air defence systems to Ukraine from its new aid "
           "package, a defence ministry spokesman said on Tuesday."),
    report("V-DE-4", "de", DE, THU, "de-release", "Deutschland stockt Ukraine-Hilfe um zwei Milliarden Euro auf",
           "BERLIN (Agentur) - Die Bundesregierung stellt der Ukraine weitere zwei Milliarden Euro für Waffen und "
           "Munition bereit, was der Bundestag am Dienstag beschlossen hatte, sagte ein Sprecher am Donnerstag."),
    report("V-EN-4", "en", EN2, THU, "de-release", "Germany releases 2 billion euros more for Ukraine's arms",
           "BERLIN (Paper) - The German government is making 2 billion euros more available for weapons and "
           "ammunition for Ukraine, a spokesman said on Thursday."),
    report("V-FR-2", "fr", FR2, TUE, "x-pensions", "Retraites : le Bundestag débat d'une réforme contestée",
           "BERLIN (Journal) - Les députés allemands ont débattu mardi d'une réforme des retraites qui relèverait "
           "l'âge légal de départ à 68 ans, sans parvenir à un vote.",
           relevant=False),
]

DAY_T = [
    report("T-EN-1", "en", EN, WED, "de-total", "Merz cabinet lifts 2027 Ukraine support to EUR 8 billion",
           "BERLIN (Wire) - Chancellor Friedrich Merz's cabinet on Wednesday agreed to lift military support for "
           "Kyiv to EUR 8 billion next year, from EUR 7 billion, to pay for air defence and long-range drones."),
    report("T-FR-1", "fr", FR, WED, "de-total", "Berlin porte son aide à Kiev à 8 milliards d'euros",
           "BERLIN (Agence) - L'Allemagne porte à 8 milliards d'euros l'an prochain son soutien militaire à "
           "l'Ukraine, a décidé mercredi le Conseil des ministres."),
    report("T-DE-1", "de", DE, WED, "de-total", "Deutschland erhöht Ukraine-Hilfe auf acht Milliarden Euro",
           "BERLIN (Agentur) - Die Bundesregierung stockt die Militärhilfe für Kiew im nächsten Jahr auf acht "
           "Milliarden Euro auf. Das Kabinett beschloss den Haushaltsentwurf am Mittwoch."),
    report("T-EN-2", "en", EN2, WED, "nl-total", "Dutch raise Ukraine military aid to EUR 3.5 billion for 2027",
           "THE HAGUE (Paper) - The Netherlands will raise its military support for Ukraine to 3.5 billion euros in "
           "2027, Defence Minister Ruben Brekelmans told parliament on Wednesday."),
    report("T-FR-2", "fr", FR2, WED, "nl-total", "Les Pays-Bas portent leur aide militaire à Kiev à 3,5 milliards",
           "LA HAYE (Journal) - Le gouvernement néerlandais porte à 3,5 milliards d'euros son aide militaire à "
           "l'Ukraine pour 2027, a annoncé mercredi le ministre de la Défense."),
    report("T-DE-2", "de", DE2, WED, "de-iris", "Pistorius sagt der Ukraine vier weitere IRIS-T zu",
           "BERLIN (Zeitung) - Deutschland liefert der Ukraine vier weitere Flugabwehrsysteme vom Typ IRIS-T im Wert "
           "von einer Milliarde Euro, sagte Verteidigungsminister Boris Pistorius am Mittwoch."),
    report("T-EN-3", "en", EN, WED, "de-iris", "Germany pledges four more IRIS-T systems for Ukraine",
           "BERLIN (Wire) - Germany will send Ukraine four more IRIS-T air defence systems worth 1 billion euros, "
           "Defence Minister Boris Pistorius said on Wednesday."),
    report("T-DE-3", "de", DE, WED, "nl-total", "Niederlande erhöhen Militärhilfe für Kiew auf 3,5 Milliarden Euro",
           "DEN HAAG (Agentur) - Die Niederlande stocken ihre Militärhilfe für die Ukraine im Jahr 2027 auf 3,5 "
           "Milliarden Euro auf, teilte Verteidigungsminister Ruben Brekelmans am Mittwoch mit."),
    report("T-EN-4", "en", EN2, WED, "x-wage", "Germany raises minimum wage to EUR 14.60",
           "BERLIN (Paper) - Germany's cabinet on Wednesday agreed to lift the statutory minimum wage to EUR 14.60 an "
           "hour from January, the labour ministry said.",
           relevant=False),
]

DAY_G = [
    report("G-EN-1", "en", EN, MON, "eu-shells", "EU approves 520 million euros for artillery shells for Ukraine",
           "BRUSSELS (Wire) - The Council of the European Union on Monday approved 520 million euros from the "
           "European Peace Facility to buy artillery shells for Ukraine's armed forces, the Council said."),
    report("G-FR-1", "fr", FR, MON, "eu-shells", "L'UE débloque 500 millions d'euros d'obus pour l'armée ukrainienne",
           "BRUXELLES (Agence) - Le Conseil de l'Union européenne a approuvé lundi une enveloppe de 500 millions "
           "d'euros de la Facilité européenne pour la paix destinée à l'achat d'obus d'artillerie pour l'Ukraine."),
    report("G-DE-1", "de", DE, MON, "eu-shells", "EU gibt 520 Millionen Euro Militärhilfe für die Ukraine frei",
           "BRÜSSEL (Agentur) - Die Europäische Union hat am Montag weitere 520 Millionen Euro aus der Europäischen "
           "Friedensfazilität für die ukrainischen Streitkräfte freigegeben, teilte der Rat mit."),
    report("G-EN-2", "en", EN2, MON, "eu-training", "EU approves 600 million euros to train Ukrainian troops",
           "BRUSSELS (Paper) - The Council of the European Union on Monday approved 600 million euros from the "
           "European Peace Facility for its mission training Ukrainian soldiers, the Council said."),
    report("G-FR-2", "fr", FR2, MON, "eu-training", "L'UE débloque 600 millions d'euros pour l'armée ukrainienne",
           "BRUXELLES (Journal) - Le Conseil de l'Union européenne a approuvé lundi 600 millions d'euros de la "
           "Facilité européenne pour la paix au profit des forces armées ukrainiennes."),
    report("G-DE-2", "de", DE2, MON, "eu-training",
           "EU gibt 600 Millionen Euro für Ausbildung ukrainischer Soldaten frei",
           "BRÜSSEL (Zeitung) - Die Europäische Union hat am Montag 600 Millionen Euro aus der Europäischen "
           "Friedensfazilität für die Ausbildung ukrainischer Soldaten freigegeben, teilte der Rat mit."),
    report("G-EN-3", "en", EN, MON, "uk-missiles", "Britain to send Ukraine 200 more air defence missiles",
           "LONDON (Wire) - Britain will send Ukraine 200 more air defence missiles in the coming months, Defence "
           "Secretary John Healey said on Monday."),
    report("G-DE-3", "de", DE, MON, "uk-missiles", "Großbritannien schickt der Ukraine 200 weitere Flugabwehrraketen",
           "LONDON (Agentur) - Großbritannien wird der Ukraine in den kommenden Monaten 200 weitere "
           "Flugabwehrraketen liefern, sagte Verteidigungsminister John Healey am Montag."),
    report("G-EN-4", "en", EN2, MON, "x-fine", "EU fines tech firm 500 million euros over app store rules",
           "BRUSSELS (Paper) - The European Commission on Monday fined a US technology company 500 million euros "
           "for breaking the bloc's digital markets rules.",
           relevant=False),
    report("G-FR-3", "fr", FR, MON, "x-power", "Bruxelles : accord des Vingt-Sept sur le marché de l'électricité",
           "BRUXELLES (Agence) - Les ministres de l'Énergie de l'Union européenne sont parvenus lundi à un accord "
           "sur la réforme du marché de l'électricité.",
           relevant=False),
]

DAYS = {"V": DAY_V, "T": DAY_T, "G": DAY_G}
SHUFFLES = 6  # the file's order and 5 shuffles, then newest first: 7 orders

LEFT: dict[tuple[str, str, str], str] = {}

BUSY_DAYS = BusyDays(DAYS, SHUFFLES, LEFT)

TestBusyDays = busy_day_probe_tests(BUSY_DAYS)
