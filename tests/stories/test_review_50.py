"""Stories, review 50: the tenth held-out probe of story grouping, three small busy days of reports written
by someone who did not write the grouping rules. Every text and figure is invented for this file; none is
taken from the real-article set. Each report was labelled by hand with its event before the first run,
following ../shared/eval/README.md (reports of one announcement, meeting or delivery share an event).
The traps: a pledge and its cut the next day; two donors named only by their capitals on one day (Oslo's
drones, Copenhagen's jets); a delivery milestone whose reports retell the original promise, beside a report
of that promise months before; an explainer retelling three Nordic donors' earlier gifts the same day as a
new gift by one of them; a fact-check denying a claimed delivery of tanks beside the real delivery of tanks
by another donor. Where the conventions leave a case open:
- the pledge (Monday) and its cut (Tuesday) are two events: the cut is a new decision, announced on its own
  day (as the lead's stop-47 ruling made a complaint and the donor's answer on another day two events);
- the milestone (the last vehicles arrived) and the promise months before are two events: one announcement
  and one delivery, though the milestone's reports retell the promise;
- the explainer is the new gift's event: it is written because of the gift and leads with it, and "an
  outlet's own analysis of its news belongs to that news's event" (the lead's convention); the older gifts
  it retells have no reports of their own that day;
- the fact-checks are not aid news (no aid given, refused or discussed: a false post is denied; my call in
  tests/rules/test_review_50.py too), labelled not relevant, their own event.

First run (2026-12-06 04:44 UTC, this branch = main at 285c98b, labels as committed in 6687ae2 before any run;
load average about 3), in 7 orders (the file's, 5 shuffles, newest first), dated now and as published, the
same in both date modes and every order:
- Day A: 8 of 8 relevant stored; 4 pairs; precision 1.00, recall 1.00, no event hidden. The pledge and its cut
  stay apart, as do Oslo's drones and Copenhagen's jets; the NATO look-alike is not stored.
- Day B: 8 of 8 relevant stored; 6 pairs; precision 1.00, recall 0.33, no event hidden. The promise of
  November never joins the milestone, but the milestone's English report stays apart from its French and
  German ones, and the explainer from the Finnish package's reports (LEFT says why).
- Day C: 8 of 8 relevant stored; 5 pairs; precision 1.00, recall 1.00, no event hidden; but both fact-checks
  (labelled not relevant) are stored as relevant in every order, in a story of their own, never in Spain's
  (two checks of this file's own, beside the four of tests/support/busy_days.py, which count only the
  reports labelled relevant).
What is left is a strict xfail (LEFT) per check, day and date mode.
Relevance round 48 (config/rules.toml's fact-check traps): day C's fact-checks are no longer stored; their check is
a plain test.

Stories round 30 (tests/stories/test_story_grouping_30.py), the two general causes of day B's split: a package's
number in a report naming several donors is keyed by the donor its sentence names before it (the explainer's
"La Finlande a annoncé mercredi son 31e paquet"), and, as an analysis of that numbered package, the explainer's
retold gifts are no pledges of its news (no 'lead' conflict); a delivery told as the last part of a promise ("the
last four of the 20 CV90") is read as the delivery of the whole, as the other outlets count it. Day B: recall
1.00, precision 1.00, no event hidden, in every order and both date modes: its strict xfail is a plain test.
"""

from __future__ import annotations

from tests.support.busy_days import BusyDays, busy_day_probe_tests, report

EN, EN2, FR, DE, DE2 = "Wire EN", "Paper EN", "Agence FR", "Agentur DE", "Zeitung DE"

# Day A, Monday 6 and Tuesday 7 March 2028: Sweden's pledge and its cut; Oslo and Copenhagen.
DAY_A = [
    report("RA-EN-01", "en", EN, "2028-03-06", "se-pledge",
           "Sweden to send Ukraine 12 more Archer howitzers",
           "STOCKHOLM (Wire) - Sweden will send Ukraine 12 more Archer self-propelled howitzers from army stocks, "
           "Defence Minister Anna Berglund said on Monday, as part of a package worth 6 billion Swedish crowns. "
           "The guns should reach Ukraine by the autumn."),
    report("RA-DE-01", "de", DE, "2028-03-06", "se-pledge",
           "Schweden sagt Kiew zwölf weitere Archer-Haubitzen zu",
           "STOCKHOLM (Agentur) - Schweden wird der Ukraine zwölf weitere Radhaubitzen vom Typ Archer aus "
           "Beständen des Heeres überlassen. Das teilte Verteidigungsministerin Anna Berglund am Montag mit. Das "
           "Paket hat einen Wert von sechs Milliarden Kronen."),
    report("RA-EN-02", "en", EN2, "2028-03-07", "se-cut",
           "Sweden scales back Archer pledge a day after announcing it",
           "STOCKHOLM (Paper) - Sweden will send Ukraine eight Archer howitzers rather than the 12 announced on "
           "Monday, the defence ministry said on Tuesday, after the army objected that its own gun numbers would "
           "fall below the NATO minimum. The rest of the package is unchanged."),
    report("RA-FR-01", "fr", FR, "2028-03-07", "se-cut",
           "La Suède réduit de 12 à 8 le nombre de canons Archer promis à Kiev",
           "STOCKHOLM (Agence) - La Suède ne livrera finalement que huit obusiers Archer à l'Ukraine, contre douze "
           "annoncés la veille, a indiqué mardi le ministère suédois de la Défense, invoquant les besoins de sa "
           "propre armée."),
    report("RA-EN-03", "en", EN, "2028-03-06", "oslo-drones",
           "Oslo pledges 2 billion crowns for Ukrainian long-range drones",
           "OSLO (Wire) - Oslo will pay 2 billion Norwegian crowns for long-range drones built by Ukrainian firms, "
           "the defence ministry said on Monday, its largest single order from Ukraine's own industry."),
    report("RA-FR-02", "fr", FR, "2028-03-06", "oslo-drones",
           "Oslo finance des drones à longue portée fabriqués en Ukraine",
           "OSLO (Agence) - Oslo va consacrer 2 milliards de couronnes norvégiennes à l'achat de drones à longue "
           "portée auprès de fabricants ukrainiens, a annoncé lundi le ministère de la Défense."),
    report("RA-FR-03", "fr", FR, "2028-03-06", "cph-jets",
           "Copenhague livrera six F-16 supplémentaires à Kiev",
           "COPENHAGUE (Agence) - Copenhague va livrer six F-16 de plus à l'Ukraine d'ici à juin, a annoncé lundi "
           "le ministère de la Défense, portant à 25 le nombre de chasseurs promis."),
    report("RA-DE-02", "de", DE2, "2028-03-06", "cph-jets",
           "Kopenhagen schickt sechs weitere F-16 in die Ukraine",
           "KOPENHAGEN (Zeitung) - Kopenhagen überlässt der Ukraine bis Juni sechs weitere Kampfjets vom Typ F-16. "
           "Damit steigt die Zahl der zugesagten Maschinen auf 25, teilte das Verteidigungsministerium mit."),
    report("RA-EN-04", "en", EN2, "2028-03-06", "x-nato-target",
           "NATO defence ministers agree timetable for 3.5% spending goal",
           "BRUSSELS (Paper) - NATO defence ministers agreed on Monday on yearly steps towards the alliance's "
           "target of spending 3.5% of economic output on defence by 2035.",
           relevant=False),
]

# Day B, Wednesday 15 March 2028: the Dutch CV90 milestone (and the promise of November 2027); Finland's
# new package and an explainer written because of it.
DAY_B = [
    report("RB-EN-01", "en", EN, "2027-11-09", "nl-promise",
           "Netherlands to give Ukraine 20 CV90 infantry fighting vehicles",
           "THE HAGUE (Wire) - The Netherlands will give Ukraine 20 CV90 infantry fighting vehicles from its army, "
           "Defence Minister Ruben de Graaf said on Tuesday, with deliveries to start in the new year."),
    report("RB-EN-02", "en", EN2, "2028-03-15", "nl-delivered",
           "Last of 20 Dutch CV90s arrive in Ukraine",
           "THE HAGUE (Paper) - The last four of the 20 CV90 infantry fighting vehicles the Netherlands promised "
           "Ukraine in November have arrived, the Dutch defence ministry said on Wednesday, completing the "
           "delivery two months ahead of schedule."),
    report("RB-FR-01", "fr", FR, "2028-03-15", "nl-delivered",
           "Les Pays-Bas achèvent la livraison de 20 blindés CV90 à l'Ukraine",
           "LA HAYE (Agence) - Les quatre derniers des 20 véhicules de combat CV90 promis en novembre par les "
           "Pays-Bas sont arrivés en Ukraine, a annoncé mercredi le ministère néerlandais de la Défense."),
    report("RB-DE-01", "de", DE, "2028-03-15", "nl-delivered",
           "Niederlande haben alle 20 CV90 an die Ukraine geliefert",
           "DEN HAAG (Agentur) - Die Niederlande haben die Lieferung von 20 Schützenpanzern vom Typ CV90 an die "
           "Ukraine abgeschlossen. Die letzten vier Fahrzeuge seien eingetroffen, teilte das "
           "Verteidigungsministerium am Mittwoch mit. Zugesagt hatte Den Haag die Panzer im November."),
    report("RB-EN-03", "en", EN, "2028-03-15", "fi-gift",
           "Finland unveils 31st Ukraine package with air defence and artillery ammunition",
           "HELSINKI (Wire) - Finland will send Ukraine air defence equipment and artillery ammunition worth 210 "
           "million euros in its 31st military aid package, the defence ministry said on Wednesday. Details of the "
           "systems were not disclosed."),
    report("RB-DE-02", "de", DE2, "2028-03-15", "fi-gift",
           "Finnland schnürt 31. Hilfspaket für Kiew",
           "HELSINKI (Zeitung) - Finnland liefert der Ukraine Flugabwehrausrüstung und Artilleriemunition im Wert "
           "von 210 Millionen Euro. Es ist das 31. Paket seit Kriegsbeginn, teilte das Verteidigungsministerium "
           "am Mittwoch mit."),
    # The explainer: written on the day of the Finnish package, leading with it, retelling three earlier gifts.
    report("RB-FR-02", "fr", FR, "2028-03-15", "fi-gift",
           "Décryptage : ce que les pays nordiques ont donné à l'Ukraine",
           "PARIS (Agence) - La Finlande a annoncé mercredi son 31e paquet d'aide militaire, d'une valeur de 210 "
           "millions d'euros. Avant elle, la Norvège avait livré des lanceurs NASAMS, le Danemark ses 19 "
           "premiers F-16 et la Finlande elle-même des canons de 155 mm. Retour sur trois ans de soutien "
           "nordique."),
    report("RB-DE-03", "de", DE, "2028-03-15", "it-samp",
           "Rom prüft zweites SAMP/T-System für die Ukraine",
           "ROM (Agentur) - Italien prüft die Lieferung eines weiteren SAMP/T-Flugabwehrsystems an die Ukraine. "
           "Eine Entscheidung werde bis April fallen, sagte Verteidigungsminister Paolo Ferri am Mittwoch."),
]

# Day C, Thursday 23 March 2028: Spain's Leopards arrive while fact-checkers deny a post about Austrian
# tanks; a Polish repair hub; an EU frozen-asset tranche for shells; Canadian training.
DAY_C = [
    report("RC-EN-01", "en", EN, "2028-03-23", "es-leopards",
           "Spain's ten Leopard 2A4 tanks arrive in Ukraine",
           "MADRID (Wire) - Ten Leopard 2A4 tanks that Spain refurbished for Ukraine have arrived there, the "
           "Spanish defence ministry said on Thursday. Ukrainian crews trained on them in Zaragoza in the winter."),
    report("RC-FR-01", "fr", FR, "2028-03-23", "es-leopards",
           "Les dix chars Leopard espagnols sont arrivés en Ukraine",
           "MADRID (Agence) - Les dix chars Leopard 2A4 remis en état par l'Espagne ont été livrés à l'Ukraine, a "
           "annoncé jeudi le ministère espagnol de la Défense."),
    report("RC-DE-01", "de", DE, "2028-03-23", "es-leopards",
           "Spanien liefert zehn Leopard-Panzer an die Ukraine",
           "MADRID (Agentur) - Spanien hat der Ukraine zehn überholte Kampfpanzer vom Typ Leopard 2A4 übergeben. "
           "Das teilte das Verteidigungsministerium in Madrid am Donnerstag mit."),
    report("RC-EN-02", "en", EN2, "2028-03-23", "fc-austria",
           "Fact check: Austria has not sent Leopard tanks to Ukraine",
           "A video shared on social media this week claims to show Austrian Leopard tanks on a train to Ukraine. "
           "The footage shows a Bundesheer exercise in 2021; Austria, a neutral country, sends no weapons to "
           "Kyiv.",
           relevant=False),
    report("RC-DE-02", "de", DE2, "2028-03-23", "fc-austria",
           "Faktencheck: Keine österreichischen Leopard für Kiew",
           "Ein im Netz verbreitetes Video soll österreichische Kampfpanzer auf dem Weg in die Ukraine zeigen. Die "
           "Aufnahmen stammen von einer Übung des Bundesheeres aus dem Jahr 2021. Österreich liefert als neutrales "
           "Land keine Waffen.",
           relevant=False),
    report("RC-EN-03", "en", EN, "2028-03-23", "pl-repair",
           "Poland opens repair hub for Ukraine's Western-made howitzers",
           "RZESZOW (Wire) - Poland opened a repair centre near the Ukrainian border on Thursday where up to 30 "
           "damaged Krab and Caesar howitzers a month can be fixed for Ukraine's army, the defence ministry said."),
    report("RC-DE-03", "de", DE, "2028-03-23", "pl-repair",
           "Polen eröffnet Reparaturzentrum für ukrainische Haubitzen",
           "RZESZÓW (Agentur) - Polen hat an der Grenze zur Ukraine ein Instandsetzungszentrum eröffnet, in dem "
           "monatlich bis zu 30 beschädigte Haubitzen der ukrainischen Armee repariert werden sollen."),
    report("RC-EN-04", "en", EN2, "2028-03-23", "eu-shells",
           "EU releases 1.4 billion euros from frozen Russian assets for Ukraine's shells",
           "BRUSSELS (Paper) - The European Union on Thursday paid 1.4 billion euros of windfall profits from "
           "frozen Russian assets into the European Peace Facility to buy artillery shells for Ukraine."),
    report("RC-DE-04", "de", DE2, "2028-03-23", "eu-shells",
           "EU zahlt 1,4 Milliarden Euro aus russischen Zinserträgen für Munition",
           "BRÜSSEL (Zeitung) - Die EU hat weitere 1,4 Milliarden Euro aus den Erträgen eingefrorener russischer "
           "Gelder für Artilleriemunition für die Ukraine freigegeben."),
    report("RC-FR-02", "fr", FR, "2028-03-23", "ca-training",
           "Le Canada formera 500 soldats ukrainiens au déminage",
           "OTTAWA (Agence) - Le Canada formera 500 sapeurs ukrainiens au déminage cette année en Lettonie, a "
           "annoncé jeudi le ministère de la Défense nationale."),
]

DAYS = {"A": DAY_A, "B": DAY_B, "C": DAY_C}
SHUFFLES = 6  # the file's order and 5 shuffles, then newest first: 7 orders

# What the probe leaves: (check, day, dates) -> what is read instead (strict xfails). Day B's split (recall 0.33 at
# the first run) is mended (stories round 30, above).
LEFT: dict[tuple[str, str, str], str] = {}


BUSY_DAYS = BusyDays(DAYS, SHUFFLES, LEFT)


# The six checks every held-out probe runs (tests/support/busy_days.py).
TestBusyDays = busy_day_probe_tests(BUSY_DAYS)

# Day C's two fact-checks were stored as relevant on the first run (no trap for the genre or the denial); the
# fact-check trap of relevance round 48 (config/rules.toml) drops them (TestBusyDays' look-alike check).


def test_a_fact_check_never_joins_the_story_of_the_real_delivery(analyzer) -> None:
    """The fact-checks deny Austrian tanks on the day Spain's tanks arrive: were they stored, they would stay
    out of the Spanish story."""
    for story_of in BUSY_DAYS.stories_of("C", analyzer):
        spanish = {story_of[i] for i in ("RC-EN-01", "RC-FR-01", "RC-DE-01") if i in story_of}
        assert not spanish & {story_of.get(i) for i in ("RC-EN-02", "RC-DE-02")}
