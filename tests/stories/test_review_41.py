"""Stories, review 41: a held-out probe of story grouping on three small busy days of wire copy written by
someone who did not write the grouping rules. Every text and figure is invented for this file; none is
taken from the real-article set. Each report was labelled by hand with its event before the first run,
following ../shared/eval/README.md (reports of one announcement, meeting or delivery share an event; an
analysis reports the event it explains; a round-up of a meeting is the meeting).

- Day A (Tuesday 2 March 2027, 11 reports, EN/FR/DE and a live entry): Germany's two announcements of one
  press conference, three IRIS-T SLM pledged (three agencies, Kyiv's thanks in a live entry, the French copy
  closing on the Taurus refusal) and Taurus ruled out again (two agencies); the Netherlands' last F-16 handed
  over; Finland's 28th package; a US sale of Patriot missiles to Denmark (not aid: labelled not relevant).
- Day B (Monday 8 and Tuesday 9 March 2027, 10 reports): Sweden's two announcements of one Monday, twelve
  Archer handed over (two agencies on Monday, Kyiv telling them received on Tuesday in French) and its 20th
  package in crowns (two agencies); the Pentagon denying a halt of HIMARS rockets on Tuesday; the contact
  group meeting by video on Tuesday (round-ups in three languages, the German one recalling Sweden's package
  of the day before).
- Day C (Thursday 11 and Friday 12 March 2027, 12 reports): France's two news of one Thursday, twelve Caesar
  pledged (two agencies and an untitled live entry) and its first Mirage 2000-5 arrived (three agencies);
  Denmark's crowns for Ukrainian-made howitzers the same day; EU foreign ministers approving 5 billion euros
  (three agencies) and an English analysis of it on Friday.

Each day is replayed through the real poller (tests/support/story_replay.py, as tests/stories/
test_story_busy_day.py does) in 7 feed orders (the file's, 5 shuffles, newest first), all dated now and
dated as published, and counted as ../shared/eval/score_stories.py counts: pair precision and recall over
the reports labelled relevant and stored as relevant, and hidden events.

First run (2026-12-05, this branch = main at c21dc39, labels unchanged; the two date modes gave the same
figures in every order): every report labelled relevant stored as relevant (10, 10, 12; the Danish sale
not stored as relevant).
- Day A: 9 pairs of one event; pair precision 1.00 and recall 0.67 (6 of 9) in 5 of 7 orders, and in 2
  (shuffles 1 and 5) precision 0.67, recall 0.44 and Germany's Taurus refusal hidden: the French IRIS-T
  copy that closes on the refusal opened the story the refusal's two copies joined. The live entry of
  Kyiv's thanks apart in every order (read as a delivery against the copies' pledge).
  On stop 41's final code (thanks for what was only announced read as a pledge): the live entry joins in 6 of
  7 orders, and the refusal is hidden in 1 of 7 orders (shuffle 5).
- Day B: 8 pairs; 1.00 / 1.00, nothing hidden, in every order.
- Day C: 13 pairs; 1.00 / 0.77 (10 of 13), nothing hidden, in every order: the English wire's analysis
  and its own report of the EU's money never share a story (the second of the two to arrive stays alone).
On stories round 18's code (2026-12-05, tests/stories/test_story_grouping_18.py), both date modes, every
order: day A 1.00 / 1.00 (9 of 9), the refusal its own story (a headline system told by one donor in no
phase the other headline's system is told in conflicts); day C 1.00 / 1.00 (13 of 13), the analysis with
its outlet's report (an outlet's analysis beside its own news report is judged as another outlet's would
be). What is left would be a strict xfail (LEFT) per check, day and date mode: none.
"""

from __future__ import annotations

from tests.support.busy_days import BusyDays, assert_days_as_briefed, busy_day_checks, report

EN, FR, DE, LIVE = "Wire EN", "Agence FR", "Agentur DE", "Live blog"


DAY_A = [
    report("RA-EN-01", "en", EN, "2027-03-02", "de-iris",
            "Germany to send Ukraine three more IRIS-T air defence systems",
            "Germany will send Ukraine three more IRIS-T SLM air defence systems this year, Defence Minister Boris "
            "Pistorius told a news conference in Berlin on Tuesday."),
    report("RA-DE-01", "de", DE, "2027-03-02", "de-iris",
            "Pistorius sagt Kiew drei weitere IRIS-T zu",
            "Deutschland liefert der Ukraine in diesem Jahr drei weitere Luftverteidigungssysteme vom Typ IRIS-T SLM. "
            "Das kündigte Verteidigungsminister Boris Pistorius am Dienstag in Berlin an."),
    report("RA-FR-01", "fr", FR, "2027-03-02", "de-iris",
            "Berlin va fournir trois systèmes IRIS-T de plus à l'Ukraine",
            "L'Allemagne fournira cette année trois systèmes de défense antiaérienne IRIS-T SLM supplémentaires à "
            "l'Ukraine, a annoncé mardi à Berlin le ministre de la Défense Boris Pistorius, qui a en revanche exclu "
            "toute livraison de missiles Taurus."),
    report("RA-LV-01", "en", LIVE, "2027-03-02", "de-iris", "",
            "Zelenskiy thanks Germany for the three IRIS-T systems announced today. \"Every system saves lives,\" he "
            "writes on X."),
    report("RA-EN-02", "en", EN, "2027-03-02", "de-taurus",
            "Germany again rules out Taurus missiles for Kyiv",
            "Germany will not supply Taurus cruise missiles to Ukraine, Defence Minister Boris Pistorius said on "
            "Tuesday, repeating the government's position at the same news conference where he announced new air "
            "defence aid."),
    report("RA-DE-02", "de", DE, "2027-03-02", "de-taurus",
            "Pistorius: Weiterhin keine Taurus für die Ukraine",
            "Die Bundesregierung bleibt bei ihrem Nein zur Lieferung von Taurus-Marschflugkörpern an die Ukraine. Das "
            "bekräftigte Verteidigungsminister Boris Pistorius am Dienstag in Berlin."),
    report("RA-EN-03", "en", EN, "2027-03-02", "nl-f16",
            "Netherlands hands over last F-16 jets to Ukraine",
            "The Netherlands has handed over the last of the 24 F-16 fighter jets it promised Ukraine, Defence "
            "Minister Ruben Brekelmans said on Tuesday."),
    report("RA-FR-03", "fr", FR, "2027-03-02", "nl-f16",
            "Les Pays-Bas ont livré leurs derniers F-16 à l'Ukraine",
            "Les Pays-Bas ont remis à l'Ukraine les derniers des 24 avions de combat F-16 promis, a annoncé mardi le "
            "ministre néerlandais de la Défense Ruben Brekelmans."),
    report("RA-DE-04", "de", DE, "2027-03-02", "fi-package",
            "Finnland schnürt 28. Hilfspaket für Kiew",
            "Finnland stellt der Ukraine ein 28. Paket mit Militärhilfe im Wert von 150 Millionen Euro bereit. Es "
            "enthalte vor allem Artilleriemunition, teilte das Verteidigungsministerium in Helsinki am Dienstag mit."),
    report("RA-EN-04", "en", EN, "2027-03-02", "fi-package",
            "Finland unveils 28th military aid package for Ukraine",
            "Finland will send Ukraine a 28th military aid package worth 150 million euros, mostly artillery "
            "ammunition, the defence ministry in Helsinki said on Tuesday."),
    report("RA-EN-05", "en", EN, "2027-03-02", "dk-sale",
            "U.S. approves Patriot missile sale to Denmark",
            "The State Department has approved the possible sale of Patriot air defence missiles to Denmark worth "
            "about $1.2 billion, the Defense Security Cooperation Agency said on Tuesday.", relevant=False),
]

DAY_B = [
    report("RB-EN-01", "en", EN, "2027-03-08", "se-archer",
            "Sweden hands over 12 Archer howitzers to Ukraine",
            "Sweden has handed over 12 Archer self-propelled howitzers to Ukraine, Defence Minister Pal Jonson said "
            "in Stockholm on Monday."),
    report("RB-DE-01", "de", DE, "2027-03-08", "se-archer",
            "Schweden übergibt Kiew zwölf Archer-Haubitzen",
            "Schweden hat der Ukraine zwölf Radhaubitzen vom Typ Archer übergeben. Das sagte Verteidigungsminister "
            "Pål Jonson am Montag in Stockholm."),
    report("RB-FR-01", "fr", FR, "2027-03-09", "se-archer",
            "L'Ukraine a reçu les douze canons Archer suédois",
            "L'armée ukrainienne a reçu les douze canons automoteurs Archer remis lundi par la Suède, a indiqué mardi "
            "l'état-major ukrainien, qui a remercié Stockholm."),
    report("RB-EN-02", "en", EN, "2027-03-08", "se-package",
            "Sweden unveils 20th aid package for Ukraine worth 1.5 billion crowns",
            "Sweden will give Ukraine a 20th military aid package worth 1.5 billion crowns, including air defence "
            "missiles and mine-clearing vehicles, the government said on Monday."),
    report("RB-FR-02", "fr", FR, "2027-03-08", "se-package",
            "La Suède annonce un 20e paquet d'aide militaire à Kiev",
            "La Suède va fournir à l'Ukraine un 20e paquet d'aide militaire d'une valeur de 1,5 milliard de "
            "couronnes, comprenant des missiles antiaériens et des véhicules de déminage, a annoncé lundi le "
            "gouvernement suédois."),
    report("RB-EN-03", "en", EN, "2027-03-09", "us-denial",
            "Pentagon denies halting HIMARS rocket shipments to Ukraine",
            "The Pentagon on Tuesday denied a report that it had halted shipments of HIMARS rockets to Ukraine, "
            "saying deliveries continue as planned."),
    report("RB-DE-03", "de", DE, "2027-03-09", "us-denial",
            "Pentagon dementiert Stopp von HIMARS-Raketen für Kiew",
            "Das Pentagon hat am Dienstag einen Bericht zurückgewiesen, wonach die Lieferung von HIMARS-Raketen an "
            "die Ukraine gestoppt worden sei. Die Lieferungen liefen wie geplant weiter."),
    report("RB-EN-04", "en", EN, "2027-03-09", "contact-group",
            "Ukraine's backers meet online, promise more air defence",
            "Defence ministers of about 50 countries in the Ukraine Defense Contact Group met by video link on "
            "Tuesday and promised more air defence and ammunition for Ukraine, the group's co-chairs said."),
    report("RB-FR-04", "fr", FR, "2027-03-09", "contact-group",
            "Groupe de contact : les alliés promettent davantage de défense antiaérienne à Kiev",
            "Les ministres de la Défense d'une cinquantaine de pays du groupe de contact pour la défense de "
            "l'Ukraine, réunis mardi par visioconférence, ont promis davantage de défense antiaérienne et de "
            "munitions à Kiev."),
    report("RB-DE-04", "de", DE, "2027-03-09", "contact-group",
            "Ukraine-Kontaktgruppe sagt mehr Flugabwehr zu",
            "Die Verteidigungsminister der Ukraine-Kontaktgruppe haben Kiew bei einer Videokonferenz am Dienstag "
            "mehr Flugabwehr und Munition zugesagt. Rund 50 Staaten nahmen teil. Schweden verwies auf sein am "
            "Vortag angekündigtes 20. Hilfspaket."),
]

DAY_C = [
    report("RC-FR-01", "fr", FR, "2027-03-11", "fr-caesar",
            "Macron promet douze canons Caesar de plus à l'Ukraine",
            "La France livrera douze canons Caesar supplémentaires à l'Ukraine d'ici l'été, a annoncé jeudi "
            "Emmanuel Macron lors d'un déplacement à Bourges."),
    report("RC-EN-01", "en", EN, "2027-03-11", "fr-caesar",
            "France to send Ukraine 12 more Caesar howitzers",
            "France will send 12 more Caesar self-propelled howitzers to Ukraine by the summer, President Emmanuel "
            "Macron said on Thursday during a visit to an arms plant in Bourges."),
    report("RC-LV-01", "en", LIVE, "2027-03-11", "fr-caesar", "",
            "Macron says France will send Ukraine twelve more Caesar guns by the summer. He is speaking at an arms "
            "plant in central France."),
    report("RC-FR-02", "fr", FR, "2027-03-11", "fr-mirage",
            "Les premiers Mirage 2000-5 français sont arrivés en Ukraine",
            "Les premiers avions de combat Mirage 2000-5 cédés par la France sont arrivés en Ukraine, a indiqué "
            "jeudi le ministère des Armées, sans préciser leur nombre."),
    report("RC-DE-02", "de", DE, "2027-03-11", "fr-mirage",
            "Erste französische Mirage-Jets in der Ukraine",
            "Die ersten Kampfjets vom Typ Mirage 2000-5 aus Frankreich sind in der Ukraine eingetroffen. Das teilte "
            "das französische Verteidigungsministerium am Donnerstag in Paris mit."),
    report("RC-EN-02", "en", EN, "2027-03-11", "fr-mirage",
            "First French Mirage jets arrive in Ukraine",
            "The first Mirage 2000-5 fighter jets handed over by France have arrived in Ukraine, the French armed "
            "forces ministry said on Thursday, without saying how many."),
    report("RC-DE-03", "de", DE, "2027-03-11", "dk-bohdana",
            "Dänemark bezahlt Haubitzen aus ukrainischer Fertigung",
            "Dänemark stellt 600 Millionen Kronen für in der Ukraine gebaute Haubitzen vom Typ Bohdana bereit. Das "
            "teilte das Verteidigungsministerium in Kopenhagen am Donnerstag mit."),
    report("RC-EN-03", "en", EN, "2027-03-11", "dk-bohdana",
            "Denmark to fund Ukrainian-made Bohdana howitzers",
            "Denmark will pay 600 million Danish crowns for Bohdana howitzers built in Ukraine, the Danish defence "
            "ministry said on Thursday."),
    report("RC-FR-04", "fr", FR, "2027-03-11", "eu-fund",
            "L'UE débloque 5 milliards d'euros pour les armes de Kiev",
            "Les ministres des Affaires étrangères de l'UE ont approuvé jeudi à Bruxelles une enveloppe de 5 "
            "milliards d'euros pour financer des livraisons d'armes et de munitions à l'Ukraine."),
    report("RC-EN-04", "en", EN, "2027-03-11", "eu-fund",
            "EU ministers approve 5 billion euros for Ukraine arms",
            "European Union foreign ministers approved 5 billion euros on Thursday to pay for weapons and ammunition "
            "for Ukraine, the bloc's foreign policy chief said in Brussels."),
    report("RC-DE-04", "de", DE, "2027-03-11", "eu-fund",
            "EU gibt fünf Milliarden Euro für Waffen an Kiew frei",
            "Die Außenminister der EU haben am Donnerstag in Brüssel fünf Milliarden Euro für Waffen- und "
            "Munitionslieferungen an die Ukraine freigegeben."),
    report("RC-EN-05", "en", EN, "2027-03-12", "eu-fund",
            "Analysis: What the EU's 5 billion euro arms fund will buy for Kyiv",
            "The 5 billion euros EU foreign ministers approved on Thursday will mostly buy artillery shells and air "
            "defence missiles for Ukraine, diplomats say, though Hungary's objections delayed the deal for months."),
]

DAYS = {"A": DAY_A, "B": DAY_B, "C": DAY_C}
SHUFFLES = 6  # the file's order and 5 shuffles, then newest first: 7 orders

# What the probe leaves: (check, day, dates) -> what is read instead (strict xfails). Stories round 18
# (tests/stories/test_story_grouping_18.py) took the last three: Germany's Taurus refusal hidden behind the
# French IRIS-T copy in one order (the two headlines' systems told in other phases by one donor now
# conflict), Kyiv's live entry apart with it, and the English wire's analysis of the EU's money apart from
# its own report (an outlet's analysis beside its news report is no longer held to the same-feed rule).
LEFT: dict[tuple[str, str, str], str] = {}


BUSY_DAYS = BusyDays(DAYS, SHUFFLES, LEFT)


(test_every_report_labelled_relevant_is_stored_as_relevant, test_no_story_joins_two_events, test_no_event_is_hidden,
 test_every_report_joins_the_story_of_its_event) = busy_day_checks(BUSY_DAYS)


def test_the_probe_is_as_briefed() -> None:
    """Three days of 8-12 reports in the three languages, ids unique."""
    assert len(DAYS) == 3
    assert_days_as_briefed(DAYS)