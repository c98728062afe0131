"""Stories, review 45: the fifth held-out probe of story grouping, on three small busy days of wire copy
written by someone who did not write the grouping rules. Every text and figure is invented for this file;
none is taken from the real-article set. Each report was labelled by hand with its event before the first
run, following ../shared/eval/README.md (reports of one announcement, meeting or delivery share an event).
Where the conventions leave a case open:
- a donors' meeting: a round-up of the meeting (who came, what was pledged overall) reports the meeting's
  event; a report of one donor's own pledge made there reports that pledge's event, apart from the meeting's
  and from the other donors' (as tests/data/README.md's hard negatives, "a contact-group round-up against a
  pledge made at it"), even when the round-up names that pledge;
- the receiving side's report of a delivery (Kyiv saying what arrived) and the donor's or the maker's own
  report of it share the delivery's event;
- a parliament approving a package announced days earlier is an event of its own (a new step, a new
  announcement: a reader wants its alert), apart from the announcement's;
- one donor's two packages a week apart with the same value are two events;
- a cumulative-total story that names a new pledge ("bringing its total to ...") reports the new pledge's
  event, with the reports of that pledge that give no total.

- Day A (Thursday 11 March 2027, 9 reports): a contact-group meeting, its round-up (EN, DE) naming the
  Dutch and Lithuanian pledges; the Netherlands' 300 million euros for drones (EN, FR); Lithuania's 60
  mortars (EN, DE); Canada's new C$200 million for NASAMS missiles, told by one wire as taking its total
  past C$5 billion (EN) and by another without the total (FR); the Bundeswehr ordering trucks (DE, not
  relevant).
- Day B (Friday 9 and Wednesday 14 April 2027, 10 reports): Sweden's last CV90s, told by Stockholm (EN) and
  as arrived by Kyiv (FR, DE); Norway's NOK 5 billion air defence package announced on the 9th (EN, DE) and
  approved by its parliament on the 14th (EN, FR); an IRIS-T system delivered, told by its maker (EN) and by
  Berlin (DE); Sweden's own defence budget (DE, not relevant).
- Day C (Monday 3 and Monday 10 May 2027, 10 reports): Denmark's 28th package of DKK 1.7 billion on the
  3rd (EN, DE) and its 29th of the same value on the 10th (EN, FR, DE); Finland's 31st package on the 10th,
  told by one wire with its running total (EN) and by another without (FR); Spain's Hawk launchers
  delivered (FR, DE); a UN agency's winter aid (EN, not relevant).

Each day is replayed through the real poller (tests/support/busy_days.py) in 7 feed orders (the file's, 5
shuffles, newest first), all dated now and dated as published, and counted as
../shared/eval/score_stories.py counts: pair precision and recall over the reports labelled relevant and
stored as relevant, and hidden events.

First run (2026-12-05, this branch = main at 4687792, labels unchanged; the two date modes gave the same
figures in every order): pair precision 1.00, recall 1.00 and no event hidden in every day, order and date
mode; the three reports labelled not relevant (the Bundeswehr's trucks, Sweden's budget, the UN's winter
aid) not stored as relevant.
- Day A: 8 of 8 relevant stored; 4 pairs; precision and recall 1.00 in all 7 orders: the two round-ups
  share a story apart from the Dutch and Lithuanian pledges they name, each of which has its own; the
  Canadian report with the running total joins the one without it.
- Day B: 8 of 9 relevant stored in all 7 orders: the German report of Norway's announcement (RB-DE-02,
  "will die Luftverteidigung der Ukraine mit 5 Milliarden Kronen stärken") is not stored as relevant. 5
  pairs among the stored; precision and recall 1.00: Kyiv's reports of the Swedish CV90s join Stockholm's,
  Berlin's IRIS-T report joins the maker's, and the parliament's approval stays apart from the
  announcement of the 9th, also when all are dated now.
- Day C: 9 of 9 relevant stored; 6 pairs; precision and recall 1.00 in all 7 orders: Denmark's two packages
  of DKK 1.7 billion a week apart stay apart (also dated now), Finland's report with its running total joins
  the one without.
What is left is a strict xfail (LEFT) per check, day and date mode.
"""

from __future__ import annotations

from tests.support.busy_days import BusyDays, assert_days_as_briefed, busy_day_checks, report

EN, EN2, FR, DE, DE2 = "Wire EN", "Paper EN", "Agence FR", "Agentur DE", "Zeitung DE"


DAY_A = [
    report("RA-EN-01", "en", EN, "2027-03-11", "udcg-march",
           "Allies pledge drones, mortars and air defence at Ukraine contact group",
           "BRUSSELS (Wire) - Defence ministers of the Ukraine Defense Contact Group pledged more drones, mortars "
           "and air defence for Kyiv on Thursday at a meeting at NATO headquarters. Among them, the Netherlands "
           "promised 300 million euros for drones and Lithuania 60 mortars. The group's chair said members would "
           "meet again in May."),
    report("RA-DE-01", "de", DE, "2027-03-11", "udcg-march",
           "Ukraine-Kontaktgruppe: Verbündete sagen Drohnen und Flugabwehr zu",
           "BRÜSSEL (Agentur) - Die Mitglieder der Ukraine-Kontaktgruppe haben Kiew bei ihrem Treffen im "
           "Nato-Hauptquartier am Donnerstag weitere Drohnen, Mörser und Flugabwehr zugesagt. Die Niederlande "
           "stellen 300 Millionen Euro für Drohnen bereit, Litauen liefert 60 Mörser."),
    report("RA-EN-02", "en", EN2, "2027-03-11", "nl-drones",
           "Netherlands commits 300 million euros for Ukrainian drones",
           "THE HAGUE (Paper) - The Netherlands will spend 300 million euros on drones for Ukraine's army, the "
           "Dutch defence minister announced in Brussels on Thursday. Most of the money will go to Ukrainian "
           "makers of interceptor drones."),
    report("RA-FR-01", "fr", FR, "2027-03-11", "nl-drones",
           "Les Pays-Bas débloquent 300 millions d'euros pour des drones ukrainiens",
           "LA HAYE (Agence) - Les Pays-Bas consacreront 300 millions d'euros à l'achat de drones pour l'armée "
           "ukrainienne, a annoncé jeudi le ministre néerlandais de la Défense."),
    report("RA-EN-03", "en", EN, "2027-03-11", "lt-mortars",
           "Lithuania to send 60 mortars to Ukraine",
           "VILNIUS (Wire) - Lithuania will send Ukraine 60 mortars and their ammunition by the summer, its defence "
           "minister said on Thursday, speaking on the sidelines of the contact group meeting."),
    report("RA-DE-02", "de", DE2, "2027-03-11", "lt-mortars",
           "Litauen gibt der Ukraine 60 Mörser",
           "VILNIUS (Zeitung) - Litauen wird der Ukraine bis zum Sommer 60 Mörser samt Munition überlassen. Das "
           "kündigte der litauische Verteidigungsminister am Donnerstag an."),
    report("RA-EN-04", "en", EN2, "2027-03-11", "ca-nasams",
           "Canada's Ukraine military aid passes C$5 billion with NASAMS missile pledge",
           "OTTAWA (Paper) - Canada will buy NASAMS air defence missiles for Ukraine worth 200 million Canadian "
           "dollars, bringing its military aid since 2022 to more than C$5 billion, the defence minister said on "
           "Thursday."),
    report("RA-FR-02", "fr", FR, "2027-03-11", "ca-nasams",
           "Le Canada finance des missiles NASAMS pour l'Ukraine",
           "OTTAWA (Agence) - Le Canada va acheter pour 200 millions de dollars canadiens de missiles de défense "
           "aérienne NASAMS destinés à l'Ukraine, a annoncé jeudi le ministre canadien de la Défense."),
    report("RA-DE-03", "de", DE, "2027-03-11", "bw-trucks",
           "Bundeswehr bestellt 2.000 neue Lastwagen",
           "KOBLENZ (Agentur) - Die Bundeswehr hat bei Rheinmetall MAN 2.000 geschützte Lastwagen für die eigene "
           "Truppe bestellt. Der Auftrag hat einen Wert von rund 1,5 Milliarden Euro.", relevant=False),
]

DAY_B = [
    report("RB-EN-01", "en", EN, "2027-04-14", "se-cv90",
           "Sweden hands over last CV90 fighting vehicles to Ukraine",
           "STOCKHOLM (Wire) - Sweden has handed over the last 10 CV90 infantry fighting vehicles of the package "
           "it promised Ukraine last year, the Swedish defence ministry said on Wednesday."),
    report("RB-FR-01", "fr", FR, "2027-04-14", "se-cv90",
           "Kiev a reçu les derniers blindés CV90 suédois",
           "KIEV (Agence) - L'Ukraine a reçu les dix derniers véhicules de combat d'infanterie CV90 promis par la "
           "Suède, a indiqué mercredi le ministère ukrainien de la Défense, qui remercie Stockholm."),
    report("RB-DE-01", "de", DE, "2027-04-14", "se-cv90",
           "Letzte CV90-Schützenpanzer aus Schweden in der Ukraine eingetroffen",
           "KIEW (Agentur) - In der Ukraine sind die letzten zehn Schützenpanzer vom Typ CV90 aus Schweden "
           "eingetroffen, wie das ukrainische Verteidigungsministerium am Mittwoch mitteilte."),
    report("RB-EN-02", "en", EN2, "2027-04-09", "no-announce",
           "Norway announces NOK 5 billion air defence package for Ukraine",
           "OSLO (Paper) - Norway's government on Friday announced a 5 billion crown package to strengthen "
           "Ukraine's air defence, including NASAMS missiles, subject to approval by parliament."),
    report("RB-DE-02", "de", DE2, "2027-04-09", "no-announce",
           "Norwegen kündigt Flugabwehr-Paket über 5 Milliarden Kronen an",
           "OSLO (Zeitung) - Die norwegische Regierung will die Luftverteidigung der Ukraine mit 5 Milliarden "
           "Kronen stärken, darunter NASAMS-Raketen. Das Parlament muss noch zustimmen."),
    report("RB-EN-03", "en", EN, "2027-04-14", "no-vote",
           "Norway's parliament approves NOK 5 billion Ukraine air defence package",
           "OSLO (Wire) - Norway's parliament on Wednesday approved the government's 5 billion crown package for "
           "Ukraine's air defence by a large majority, clearing the way for NASAMS missile purchases."),
    report("RB-FR-02", "fr", FR, "2027-04-14", "no-vote",
           "Le Parlement norvégien approuve 5 milliards de couronnes pour la défense aérienne ukrainienne",
           "OSLO (Agence) - Le Parlement norvégien a approuvé mercredi à une large majorité l'enveloppe de 5 "
           "milliards de couronnes destinée à la défense aérienne de l'Ukraine."),
    report("RB-EN-04", "en", EN2, "2027-04-14", "de-irist",
           "Diehl delivers another IRIS-T system to Ukraine on Berlin's order",
           "UEBERLINGEN (Paper) - Diehl Defence has delivered another IRIS-T SLM air defence system to Ukraine, "
           "ordered and paid for by the German government, the company said on Wednesday."),
    report("RB-DE-03", "de", DE, "2027-04-14", "de-irist",
           "Bundesregierung: Weiteres IRIS-T-System an die Ukraine übergeben",
           "BERLIN (Agentur) - Deutschland hat der Ukraine ein weiteres Luftverteidigungssystem vom Typ IRIS-T SLM "
           "übergeben. Das teilte ein Regierungssprecher am Mittwoch mit."),
    report("RB-DE-04", "de", DE2, "2027-04-14", "se-budget",
           "Schweden erhöht Verteidigungsetat auf 2,6 Prozent",
           "STOCKHOLM (Zeitung) - Schweden will seine Verteidigungsausgaben im kommenden Jahr auf 2,6 Prozent der "
           "Wirtschaftsleistung erhöhen, vor allem für neue Flugabwehr der eigenen Streitkräfte.", relevant=False),
]

DAY_C = [
    report("RC-EN-01", "en", EN, "2027-05-03", "dk-28",
           "Denmark announces 28th Ukraine aid package worth DKK 1.7 billion",
           "COPENHAGEN (Wire) - Denmark will give Ukraine a 28th military aid package worth 1.7 billion Danish "
           "crowns, mostly artillery ammunition and spare parts for howitzers, the defence ministry said on "
           "Monday."),
    report("RC-DE-01", "de", DE, "2027-05-03", "dk-28",
           "Dänemark schnürt 28. Hilfspaket für die Ukraine",
           "KOPENHAGEN (Agentur) - Dänemark stellt der Ukraine ein 28. Militärhilfepaket im Wert von 1,7 "
           "Milliarden Kronen bereit. Es umfasst vor allem Artilleriemunition, teilte das Ministerium am Montag "
           "mit."),
    report("RC-EN-02", "en", EN2, "2027-05-10", "dk-29",
           "Denmark unveils 29th package for Ukraine, again worth DKK 1.7 billion",
           "COPENHAGEN (Paper) - Denmark on Monday unveiled its 29th military aid package for Ukraine, worth 1.7 "
           "billion Danish crowns, this time for air defence and drones."),
    report("RC-FR-01", "fr", FR, "2027-05-10", "dk-29",
           "Le Danemark annonce un 29e paquet d'aide militaire pour l'Ukraine",
           "COPENHAGUE (Agence) - Le Danemark a annoncé lundi un 29e paquet d'aide militaire à l'Ukraine, d'un "
           "montant de 1,7 milliard de couronnes, consacré à la défense aérienne et aux drones."),
    report("RC-EN-03", "en", EN, "2027-05-10", "fi-31",
           "Finland's military aid to Ukraine tops 3 billion euros with 31st package",
           "HELSINKI (Wire) - Finland will send Ukraine a 31st defence package worth 180 million euros, bringing "
           "its military aid since 2022 to more than 3 billion euros, the defence ministry said on Monday."),
    report("RC-FR-02", "fr", FR, "2027-05-10", "fi-31",
           "La Finlande annonce un 31e paquet d'aide militaire à Kiev",
           "HELSINKI (Agence) - La Finlande va fournir à l'Ukraine un 31e paquet d'aide militaire d'une valeur de "
           "180 millions d'euros, a annoncé lundi le ministère finlandais de la Défense."),
    report("RC-FR-03", "fr", FR, "2027-05-10", "es-hawk",
           "L'Espagne a livré de nouveaux lanceurs Hawk à l'Ukraine",
           "MADRID (Agence) - L'Espagne a livré à l'Ukraine six lanceurs de missiles antiaériens Hawk "
           "supplémentaires, a indiqué lundi le ministère espagnol de la Défense."),
    report("RC-DE-02", "de", DE2, "2027-05-10", "es-hawk",
           "Spanien liefert weitere Hawk-Startgeräte an die Ukraine",
           "MADRID (Zeitung) - Spanien hat der Ukraine sechs weitere Startgeräte für Hawk-Flugabwehrraketen "
           "geliefert, wie das Verteidigungsministerium in Madrid am Montag mitteilte."),
    report("RC-DE-03", "de", DE, "2027-05-10", "dk-29",
           "Dänemark: 29. Ukraine-Paket für Flugabwehr und Drohnen",
           "KOPENHAGEN (Agentur) - Dänemark hat ein 29. Militärhilfepaket für die Ukraine über 1,7 Milliarden "
           "Kronen angekündigt. Das Geld fließt diesmal in Flugabwehr und Drohnen."),
    report("RC-EN-04", "en", EN2, "2027-05-10", "un-winter",
           "UN agency delivers winter aid to eastern Ukraine",
           "GENEVA (Paper) - The UN refugee agency has delivered blankets, heaters and building materials to "
           "30,000 people in eastern Ukraine ahead of the winter.", relevant=False),
]

DAYS = {"A": DAY_A, "B": DAY_B, "C": DAY_C}
SHUFFLES = 6  # the file's order and 5 shuffles, then newest first: 7 orders

# What the probe leaves: (check, day, dates) -> what is read instead (strict xfails). The first run's
# (RB-DE-02 not stored, score 1) was fixed by relevance round 20 (tests/rules/test_rules_relevance_20.py: a
# donor strengthening Ukraine's forces told verb-last); stored, it then joined the parliament's vote in 4 of
# 7 orders when all are dated now, fixed by stories round 23 (bot/core/stories/evidence/approvals.py: an approval still
# to come against one given). Nothing left.
LEFT: dict[tuple[str, str, str], str] = {}


BUSY_DAYS = BusyDays(DAYS, SHUFFLES, LEFT)


(test_every_report_labelled_relevant_is_stored_as_relevant, test_no_story_joins_two_events, test_no_event_is_hidden,
 test_every_report_joins_the_story_of_its_event) = busy_day_checks(BUSY_DAYS)


def test_the_probe_is_as_briefed() -> None:
    """Three days of 8-12 reports in the three languages, ids unique."""
    assert_days_as_briefed(DAYS)
