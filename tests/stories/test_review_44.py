"""Stories, review 44: the fourth held-out probe of story grouping, on three small busy days of wire copy
written by someone who did not write the grouping rules. Every text and figure is invented for this file;
none is taken from the real-article set. Each report was labelled by hand with its event before the first
run, following ../shared/eval/README.md (reports of one announcement, meeting or delivery share an event).
Where the conventions leave a case open: an interview in which a minister repeats a pledge announced the
day before, with nothing new, reports that pledge's event (a reader wants no second alert for it); a story
its outlet later retitles (a second item of the same feed, new headline, same news) reports the event of
the first; a headline-only item reports the event its headline tells.

- Day A (Tuesday 8 June 2027, 10 reports): Norway's two pieces of news of one day, the last of its F-16s
  handed over (EN, DE) and a new NOK 3 billion pledge for NASAMS (EN, FR, DE): a donor's delivery and its
  new pledge on one day; Denmark's and the Netherlands' packages of 400 million euros each, announced the
  same day (EN and FR; EN and DE); Poland buying Apache helicopters for its own army (FR, not relevant).
- Day B (Wednesday 9 and Thursday 10 June 2027, 11 reports): Italy's delivery of a SAMP/T battery told in
  full by the English wire on Wednesday, then as headlines only in French (Wednesday), German and English
  (Thursday); Sweden pledging 12 Archer howitzers (EN, DE, Wednesday) and a French interview on Thursday in
  which the Swedish minister repeats that pledge; Belgium's shell delivery (EN, FR, Thursday), the English
  wire's item later retitled by the wire; Switzerland keeping its re-export ban (DE, not relevant).
- Day C (Friday 11 June 2027, 9 reports): Canada's LAV armoured vehicles delivered (EN, FR); Spain
  pledging Patriot missiles (EN, FR, DE), the German item later retitled by its agency; a contact-group
  meeting ending with no decision on Taurus (EN, DE); U.S. munitions for Israel (EN, not relevant).

Each day is replayed through the real poller (tests/support/busy_days.py) in 7 feed orders (the file's, 5
shuffles, newest first), all dated now and dated as published, and counted as
../shared/eval/score_stories.py counts: pair precision and recall over the reports labelled relevant and
stored as relevant, and hidden events.

First run (2026-12-05, this branch = main at 0f75c5e, labels unchanged; the two date modes gave the same
figures in every order): precision 1.00 and no event hidden in every day, order and date mode; the three
reports labelled not relevant (Poland's Apaches, the Swiss re-export ban, U.S. munitions for Israel) not
stored as relevant.
- Day A: 9 of 9 relevant stored; 6 pairs; pair precision 1.00, recall 1.00 in all 7 orders: Norway's
  delivery and its new pledge of the same day stay apart, and so do the two 400 million euro packages.
- Day B: 9 of 10 relevant stored in all 7 orders: the English headline-only "Italian SAMP/T battery now in
  Ukraine" is not stored as relevant. 9 pairs; precision 1.00, recall 0.78 (7 of 9) in all 7 orders: the
  French and German headline-only items on Italy's SAMP/T share a story with each other, never with the
  English wire's full report (a phase conflict: the present-tense headlines are read as a pledge, the
  report as a delivery). The French interview repeating Sweden's Archer pledge joins that pledge's story,
  the retitled Belgian item joins its first title's.
- Day C: 8 of 8 relevant stored; 8 pairs; precision 1.00, recall 1.00 in all 7 orders (the retitled German
  item on Spain's Patriot missiles joins its story).
What is left is a strict xfail (LEFT) per check, day and date mode.
Since grouping round 22 (tests/stories/test_story_grouping_22.py) a headline-only report telling a
handing-over in the present is told in either phase (events._told_in_either_phase): day B's French and
German headline-only items join the English full report, recall 1.00 in every order and date mode;
since relevance round 19 (tests/rules/test_rules_relevance_19.py) the verbless "... now in Ukraine" is
stored as relevant: 10 of 10.
"""

from __future__ import annotations

from tests.support.busy_days import BusyDays, assert_days_as_briefed, busy_day_checks, report

EN, EN2, FR, DE, LIVE_EN = "Wire EN", "Paper EN", "Agence FR", "Agentur DE", "Live blog EN"


DAY_A = [
    report("SA-EN-01", "en", EN, "2027-06-08", "no-f16",
           "Norway hands over its last F-16 fighters to Ukraine",
           "OSLO (Wire) - Norway has handed over the last of the F-16 fighter jets it pledged to Ukraine, the "
           "defence ministry said on Tuesday, completing a transfer that began in 2025."),
    report("SA-DE-01", "de", DE, "2027-06-08", "no-f16",
           "Norwegen übergibt der Ukraine letzte F-16-Kampfjets",
           "OSLO (Agentur) - Norwegen hat der Ukraine die letzten der zugesagten F-16-Kampfflugzeuge übergeben. "
           "Das teilte das Verteidigungsministerium am Dienstag mit."),
    report("SA-EN-02", "en", EN, "2027-06-08", "no-nasams",
           "Norway pledges NOK 3 billion for NASAMS air defence for Ukraine",
           "OSLO (Wire) - Norway will spend NOK 3 billion ($280 million) on NASAMS air defence systems for "
           "Ukraine, Prime Minister Jonas Gahr Store said on Tuesday, hours after the last Norwegian F-16 was "
           "handed over."),
    report("SA-FR-01", "fr", FR, "2027-06-08", "no-nasams",
           "La Norvège promet 3 milliards de couronnes pour des NASAMS destinés à Kiev",
           "OSLO (Agence) - La Norvège consacrera 3 milliards de couronnes (environ 255 millions d'euros) à "
           "l'achat de systèmes de défense aérienne NASAMS pour l'Ukraine, a annoncé mardi le Premier ministre."),
    report("SA-DE-02", "de", DE, "2027-06-08", "no-nasams",
           "Norwegen sagt Kiew NASAMS für drei Milliarden Kronen zu",
           "OSLO (Agentur) - Norwegen stellt drei Milliarden Kronen für NASAMS-Luftverteidigungssysteme für die "
           "Ukraine bereit. Das kündigte Regierungschef Jonas Gahr Støre am Dienstag an."),
    report("SA-EN-03", "en", EN, "2027-06-08", "dk-pkg",
           "Denmark unveils 400 million euro military aid package for Ukraine",
           "COPENHAGEN (Wire) - Denmark will give Ukraine military aid worth 400 million euros, including "
           "artillery shells and drones, the defence ministry said on Tuesday."),
    report("SA-FR-02", "fr", FR, "2027-06-08", "dk-pkg",
           "Le Danemark annonce 400 millions d'euros d'aide militaire à l'Ukraine",
           "COPENHAGUE (Agence) - Le Danemark fournira à l'Ukraine une aide militaire de 400 millions d'euros "
           "comprenant des obus d'artillerie et des drones, a indiqué mardi le ministère de la Défense."),
    report("SA-EN-04", "en", EN, "2027-06-08", "nl-pkg",
           "Netherlands to send Ukraine 400 million euros of drones and ammunition",
           "THE HAGUE (Wire) - The Netherlands will provide Ukraine with drones and ammunition worth 400 million "
           "euros, Defence Minister Ruben Brekelmans said on Tuesday."),
    report("SA-DE-03", "de", DE, "2027-06-08", "nl-pkg",
           "Niederlande geben Ukraine Drohnen und Munition für 400 Millionen Euro",
           "DEN HAAG (Agentur) - Die Niederlande liefern der Ukraine Drohnen und Munition im Wert von 400 "
           "Millionen Euro. Das kündigte Verteidigungsminister Ruben Brekelmans am Dienstag an."),
    report("SA-FR-03", "fr", FR, "2027-06-08", "pl-own",
           "La Pologne commande 96 hélicoptères Apache pour son armée",
           "VARSOVIE (Agence) - La Pologne a signé mardi un contrat pour l'achat de 96 hélicoptères d'attaque "
           "Apache destinés à ses propres forces armées.", relevant=False),
]

DAY_B = [
    report("SB-EN-01", "en", EN, "2027-06-09", "it-samp",
           "Italy delivers SAMP/T air defence battery to Ukraine",
           "ROME (Wire) - Italy has delivered a SAMP/T air defence battery to Ukraine, Defence Minister Guido "
           "Crosetto said on Wednesday, the system's second since 2023."),
    report("SB-FR-01", "fr", FR, "2027-06-09", "it-samp",
           "L'Italie livre une batterie SAMP/T à l'Ukraine", ""),
    report("SB-DE-01", "de", DE, "2027-06-10", "it-samp",
           "Italien liefert SAMP/T-Flugabwehrsystem an die Ukraine", ""),
    report("SB-EN-02", "en", EN2, "2027-06-10", "it-samp",
           "Italian SAMP/T battery now in Ukraine", ""),
    report("SB-EN-03", "en", EN, "2027-06-09", "se-archer",
           "Sweden pledges 12 Archer howitzers to Ukraine",
           "STOCKHOLM (Wire) - Sweden will send Ukraine 12 more Archer self-propelled howitzers, Defence Minister "
           "Pal Jonson said on Wednesday."),
    report("SB-DE-02", "de", DE, "2027-06-09", "se-archer",
           "Schweden sagt Ukraine zwölf Archer-Haubitzen zu",
           "STOCKHOLM (Agentur) - Schweden liefert der Ukraine zwölf weitere Radhaubitzen vom Typ Archer. Das "
           "kündigte Verteidigungsminister Pål Jonson am Mittwoch an."),
    # An interview repeating Wednesday's pledge, nothing new: that pledge's event.
    report("SB-FR-02", "fr", FR, "2027-06-10", "se-archer",
           "Entretien : « Les douze Archer partiront avant l'automne », dit le ministre suédois",
           "— Quand l'Ukraine recevra-t-elle les canons Archer promis mercredi ? — Les douze pièces partiront "
           "avant l'automne, a répondu jeudi le ministre suédois de la Défense, Pål Jonson."),
    report("SB-EN-04", "en", EN, "2027-06-10", "be-shells",
           "Belgium sends 10,000 artillery shells to Ukraine",
           "BRUSSELS (Wire) - Belgium has delivered 10,000 155mm artillery shells to Ukraine, the defence "
           "ministry said on Thursday."),
    # The same wire's item, retitled later in the day.
    report("SB-EN-05", "en", EN, "2027-06-10", "be-shells",
           "Belgian shell shipment to Ukraine is its largest since 2024",
           "BRUSSELS (Wire) - Belgium has delivered 10,000 155mm artillery shells to Ukraine, its largest single "
           "shipment since 2024, the defence ministry said on Thursday."),
    report("SB-FR-03", "fr", FR, "2027-06-10", "be-shells",
           "La Belgique a livré 10 000 obus à l'Ukraine",
           "BRUXELLES (Agence) - La Belgique a livré 10 000 obus de 155 mm à l'Ukraine, a indiqué jeudi le "
           "ministère de la Défense."),
    report("SB-DE-03", "de", DE, "2027-06-10", "ch-ban",
           "Schweiz hält an Wiederausfuhrverbot für Munition fest",
           "BERN (Agentur) - Der Bundesrat hält am Verbot fest, Schweizer Munition an Drittstaaten "
           "weiterzugeben. Eine Lockerung des Kriegsmaterialgesetzes lehnte er ab.", relevant=False),
]

DAY_C = [
    report("SC-EN-01", "en", EN, "2027-06-11", "ca-lav",
           "Canada delivers 40 LAV armoured vehicles to Ukraine",
           "OTTAWA (Wire) - Canada has delivered 40 LAV 6 armoured vehicles to Ukraine, the defence department "
           "said on Friday."),
    report("SC-FR-01", "fr", FR, "2027-06-11", "ca-lav",
           "Le Canada livre 40 blindés LAV à l'Ukraine",
           "OTTAWA (Agence) - Le Canada a livré 40 véhicules blindés LAV 6 à l'Ukraine, a annoncé vendredi le "
           "ministère canadien de la Défense."),
    report("SC-EN-02", "en", EN, "2027-06-11", "es-patriot",
           "Spain to send Patriot missiles to Ukraine",
           "MADRID (Wire) - Spain will send Ukraine a batch of Patriot interceptor missiles from its own stocks, "
           "Defence Minister Margarita Robles said on Friday."),
    report("SC-FR-02", "fr", FR, "2027-06-11", "es-patriot",
           "L'Espagne va envoyer des missiles Patriot à l'Ukraine",
           "MADRID (Agence) - L'Espagne enverra à l'Ukraine des missiles intercepteurs Patriot prélevés sur ses "
           "stocks, a annoncé vendredi la ministre de la Défense Margarita Robles."),
    report("SC-DE-01", "de", DE, "2027-06-11", "es-patriot",
           "Spanien sagt Kiew Patriot-Raketen zu",
           "MADRID (Agentur) - Spanien gibt der Ukraine Patriot-Abfangraketen aus eigenen Beständen. Das "
           "kündigte Verteidigungsministerin Margarita Robles am Freitag an."),
    # The same agency's item, retitled later in the day.
    report("SC-DE-02", "de", DE, "2027-06-11", "es-patriot",
           "Spanien: Patriot-Raketen für die Ukraine noch vor dem Winter",
           "MADRID (Agentur) - Spanien gibt der Ukraine Patriot-Abfangraketen aus eigenen Beständen; sie sollen "
           "noch vor dem Winter eintreffen. Das kündigte Verteidigungsministerin Margarita Robles am Freitag an."),
    report("SC-EN-03", "en", EN, "2027-06-11", "udcg",
           "Ukraine contact group ends without decision on Taurus",
           "BRUSSELS (Wire) - Defence ministers of the Ukraine Defense Contact Group ended their meeting on "
           "Friday without a decision on German Taurus cruise missiles, officials said."),
    report("SC-DE-03", "de", DE, "2027-06-11", "udcg",
           "Ukraine-Kontaktgruppe: Keine Entscheidung über Taurus",
           "BRÜSSEL (Agentur) - Die Ukraine-Kontaktgruppe hat bei ihrem Treffen am Freitag keine Entscheidung über "
           "die Lieferung von Taurus-Marschflugkörpern getroffen."),
    report("SC-EN-04", "en", EN, "2027-06-11", "us-israel",
           "U.S. speeds up munitions deliveries to Israel",
           "WASHINGTON (Wire) - The United States will speed up deliveries of precision-guided munitions to "
           "Israel, the Pentagon said on Friday.", relevant=False),
]

DAYS = {"A": DAY_A, "B": DAY_B, "C": DAY_C}
SHUFFLES = 6  # the file's order and 5 shuffles, then newest first: 7 orders

# What the probe leaves: (check, day, dates) -> what is read instead (strict xfails), from the first run.
LEFT: dict[tuple[str, str, str], str] = {
}


BUSY_DAYS = BusyDays(DAYS, SHUFFLES, LEFT)


(test_every_report_labelled_relevant_is_stored_as_relevant, test_no_story_joins_two_events, test_no_event_is_hidden,
 test_every_report_joins_the_story_of_its_event) = busy_day_checks(BUSY_DAYS)


def test_the_probe_is_as_briefed() -> None:
    """Three days of 8-12 reports in the three languages, ids unique."""
    assert_days_as_briefed(DAYS)
