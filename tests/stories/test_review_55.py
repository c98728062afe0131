"""Stories, review 55: the fifteenth held-out probe of story grouping, three small busy days of reports written
by someone who did not write the grouping rules. Every text and figure is invented for this file; none is
taken from the real-article set. Each report was labelled by hand with its event before the first run,
following ../shared/eval/README.md (reports of one announcement, meeting or delivery share an event).
The traps: one donor (the Netherlands) announcing two distinct packages hours apart on one day, one money
(€500 million for drones made in Ukraine, the morning) and one systems (two Patriot launchers, the
afternoon), each told in three languages, beside transformers for the grid and a reconstruction conference
(look-alikes); one ring exchange told by the giver of the tanks (Prague), by the country replacing them
(Berlin) and by the receiver (Kyiv), and Sweden's promise of six Archers repeated on a Monday then reported
delayed on the Tuesday, beside a NATO exercise and a football match against the "Leopards" (look-alikes);
three outlets in three languages on one Ukraine Defence Contact Group meeting with several donors' pledges,
beside national reports of two pledges made there, a refugees' story and a history piece on a WWII tank
(look-alikes). Where the conventions leave a case open:
- the Dutch money and the Dutch Patriots of one day are two events (two announcements, two kinds of aid),
  even where the afternoon's report recalls the morning's money ("hours after pledging €500 million");
- the ring exchange is one event whichever of the three countries tells it (one agreement, one transfer);
- Sweden's repeated promise (Monday) and its delay (Tuesday) are two events: the delay is news a reader
  needs alerted (my call; the repeat restates the old promise, the delay changes it);
- the three round-ups of the Contact Group meeting share one event; a national report of one government's
  pledge made at the meeting is that pledge's event, apart from the round-up (docs/story-grouping.md: a
  headline naming only the group against one naming a country first).

First run (2026-12-06 20:12 UTC, this branch = main at 55333b46, labels as committed in 05ce0881 before any run;
load average about 7), in 7 orders (the file's, 5 shuffles, newest first), dated now and as published; every
relevant report stored and no look-alike stored on any day, no event hidden:
- Day A: 4 of 6 pairs joined, 6 pairs wrong, in every order and both date modes (precision 0.40, recall
  0.67): the English and French reports of the Dutch Patriots join the morning's money story, the German one
  stays apart (below LEFT says why; joined since stop 57).
- Day B: 5 of 5 pairs joined, none wrong (precision 1.00, recall 1.00) in both date modes: the ring exchange
  told by Prague, Berlin and Kyiv is one story, and Sweden's repeated Archer promise and its delay a day later
  stay two.
- Day C: 4 of 4 pairs joined, none wrong (1.00 / 1.00) in both date modes: the three round-ups of the Contact
  Group meeting are one story, Belgium's and Lithuania's national reports each their own.
What is left is a strict xfail (LEFT) per check, day and date mode.
"""

from __future__ import annotations

from tests.support.busy_days import BusyDays, busy_day_probe_tests, report

EN, EN2, FR, FR2, DE, DE2 = "Wire EN", "Paper EN", "Agence FR", "Journal FR", "Agentur DE", "Zeitung DE"

# Day A, Tuesday 7 March 2028: the Netherlands' money in the morning and its Patriots in the afternoon, each told
# in three languages; transformers and a reconstruction conference (look-alikes).
DAY_A = [
    report("MA-EN-01", "en", EN, "2028-03-07", "nl-drone-money",
           "Netherlands to give Ukraine EUR 500 million for drones made in Ukraine",
           "THE HAGUE, March 7 (Wire) - The Netherlands will give Ukraine €500 million to buy drones from Ukrainian "
           "manufacturers, Defence Minister Pieter de Groot said on Tuesday morning."),
    report("MA-FR-01", "fr", FR, "2028-03-07", "nl-drone-money",
           "Les Pays-Bas débloquent 500 millions d'euros pour des drones ukrainiens",
           "LA HAYE (Agence) - Les Pays-Bas verseront 500 millions d'euros à l'Ukraine pour l'achat de drones "
           "fabriqués par l'industrie ukrainienne, a annoncé mardi matin le ministre néerlandais de la Défense."),
    report("MA-DE-01", "de", DE, "2028-03-07", "nl-drone-money",
           "Niederlande zahlen 500 Millionen Euro für ukrainische Drohnen",
           "DEN HAAG (Agentur) - Die Niederlande stellen der Ukraine 500 Millionen Euro für den Kauf von Drohnen "
           "aus ukrainischer Produktion bereit, teilte das Verteidigungsministerium am Dienstagvormittag mit."),
    report("MA-EN-02", "en", EN2, "2028-03-07", "nl-patriot",
           "Dutch to send Ukraine two more Patriot launchers",
           "THE HAGUE (Paper) - The Netherlands will send Ukraine two more Patriot air defence launchers, the "
           "government said on Tuesday afternoon, hours after pledging €500 million for drones."),
    report("MA-FR-02", "fr", FR2, "2028-03-07", "nl-patriot",
           "Défense aérienne : La Haye livrera deux lanceurs Patriot à Kiev",
           "LA HAYE (Journal) - Les Pays-Bas livreront deux lanceurs Patriot supplémentaires à l'Ukraine, a annoncé "
           "mardi après-midi le gouvernement néerlandais."),
    report("MA-DE-02", "de", DE2, "2028-03-07", "nl-patriot",
           "Niederlande schicken zwei weitere Patriot-Startgeräte in die Ukraine",
           "DEN HAAG (Zeitung) - Die Niederlande liefern der Ukraine zwei weitere Startgeräte für das "
           "Flugabwehrsystem Patriot, teilte die Regierung am Dienstagnachmittag mit."),
    report("MA-DE-03", "de", DE, "2028-03-07", "x-transformers",
           "Stromnetz: Deutschland schickt Transformatoren in die Ukraine",
           "BERLIN (Agentur) - Deutschland schickt 40 Transformatoren in die Ukraine, die nach russischen "
           "Angriffen die Stromversorgung in Odessa sichern sollen.",
           relevant=False),
    report("MA-EN-03", "en", EN, "2028-03-07", "x-reconstruction",
           "Ukraine reconstruction conference pledges EUR 16 billion for housing",
           "ROME, March 7 (Wire) - Donors meeting in Rome promised loans and grants worth €16 billion to rebuild "
           "homes, bridges and the power grid in Ukraine.",
           relevant=False),
]

# Day B, Monday 13 and Tuesday 14 March 2028: one ring exchange told by Prague, Berlin and Kyiv; Sweden's
# Archer promise repeated on Monday and reported delayed on Tuesday; a NATO exercise and a football match
# (look-alikes).
DAY_B = [
    report("MB-DE-01", "de", DE, "2028-03-13", "ring-cz-de",
           "Ringtausch: Tschechien übergibt der Ukraine 40 T-72",
           "PRAG (Agentur) - Tschechien hat der Ukraine im Rahmen eines Ringtauschs mit Deutschland 40 Kampfpanzer "
           "vom Typ T-72 übergeben, teilte das Verteidigungsministerium in Prag am Montag mit."),
    report("MB-FR-01", "fr", FR, "2028-03-13", "ring-cz-de",
           "Échange circulaire : Berlin fournira 14 Leopard 2 à Prague après l'envoi de T-72 à Kiev",
           "BERLIN (Agence) - L'Allemagne fournira 14 chars Leopard 2 à l'armée tchèque pour remplacer les 40 T-72 "
           "que la République tchèque a cédés à l'Ukraine, a annoncé lundi le ministère allemand de la "
           "Défense."),
    report("MB-EN-01", "en", EN, "2028-03-13", "ring-cz-de",
           "Ukraine receives 40 T-72 tanks from Czech Republic in swap deal",
           "KYIV, March 13 (Wire) - Ukraine has received 40 T-72 tanks from the Czech Republic under an exchange in "
           "which Germany replaces them with Leopard 2s, Ukraine's defence ministry said on Monday."),
    report("MB-EN-02", "en", EN2, "2028-03-13", "se-archer-repeat",
           "Sweden says six Archer howitzers will reach Ukraine in April as promised",
           "STOCKHOLM (Paper) - Sweden will deliver the six Archer self-propelled howitzers it promised Ukraine "
           "in April, Defence Minister Karin Holm repeated on Monday."),
    report("MB-DE-02", "de", DE2, "2028-03-13", "se-archer-repeat",
           "Schweden bekräftigt Lieferung von sechs Archer-Haubitzen im April",
           "STOCKHOLM (Zeitung) - Schweden wird der Ukraine die zugesagten sechs Archer-Haubitzen im April liefern, "
           "bekräftigte Verteidigungsministerin Karin Holm am Montag."),
    report("MB-FR-02", "fr", FR2, "2028-03-14", "se-archer-delay",
           "Les canons Archer suédois pour l'Ukraine retardés à l'automne",
           "STOCKHOLM (Journal) - La livraison des six canons Archer promis par la Suède à l'Ukraine est reportée "
           "à l'automne en raison d'un problème de pièces, a indiqué mardi le ministère suédois de la Défense."),
    report("MB-EN-03", "en", EN, "2028-03-14", "se-archer-delay",
           "Sweden delays Archer delivery to Ukraine until autumn",
           "STOCKHOLM, March 14 (Wire) - Sweden's six Archer howitzers for Ukraine will arrive in the autumn rather "
           "than in April because of a shortage of parts, the defence ministry said on Tuesday, a day after the "
           "minister had repeated the April date."),
    report("MB-DE-03", "de", DE, "2028-03-14", "x-exercise",
           "Nato-Manöver in Litauen: 10.000 Soldaten üben die Verteidigung",
           "VILNIUS (Agentur) - Auch Leopard-Panzer und Patriot-Flugabwehr der Bundeswehr sind an der Übung "
           "beteiligt, teilte das Kommando am Dienstag mit.",
           relevant=False),
    report("MB-FR-03", "fr", FR, "2028-03-13", "x-football",
           "Football : les Léopards de la RD Congo s'imposent face à l'Ukraine",
           "PARIS (Agence) - Les Léopards ont battu l'Ukraine 2-1 lundi en match amical au Parc des Princes.",
           relevant=False),
]

# Day C, Wednesday 22 March 2028: one Contact Group meeting in three languages, each round-up naming several
# donors' pledges; national reports of Belgium's and Lithuania's pledges made there; refugees and a WWII tank
# (look-alikes).
DAY_C = [
    report("MC-EN-01", "en", EN, "2028-03-22", "udcg-meeting",
           "Allies pledge jets, shells and air defence at Ukraine Defence Contact Group",
           "RAMSTEIN, Germany, March 22 (Wire) - Belgium pledged two more F-16 jets, Lithuania 10,000 artillery "
           "shells and Germany a further IRIS-T system at Wednesday's meeting of the Ukraine Defence Contact Group."),
    report("MC-FR-01", "fr", FR, "2028-03-22", "udcg-meeting",
           "Groupe de contact pour l'Ukraine : avions, obus et défense aérienne promis à Ramstein",
           "RAMSTEIN (Agence) - La Belgique a promis mercredi deux F-16 supplémentaires, la Lituanie 10 000 obus et "
           "l'Allemagne un nouveau système IRIS-T, lors de la réunion du groupe de contact pour la défense de "
           "l'Ukraine."),
    report("MC-DE-01", "de", DE, "2028-03-22", "udcg-meeting",
           "Ukraine-Kontaktgruppe in Ramstein: Neue Zusagen für Kampfjets und Munition",
           "RAMSTEIN (Agentur) - Bei dem Treffen der Ukraine-Kontaktgruppe sagten Belgien am Mittwoch zwei weitere "
           "F-16, Litauen 10.000 Artilleriegranaten und Deutschland ein weiteres IRIS-T-System zu."),
    report("MC-EN-02", "en", EN2, "2028-03-22", "be-f16",
           "Belgium pledges two more F-16s to Ukraine at Ramstein",
           "BRUSSELS (Paper) - Belgium will send Ukraine two more F-16 fighter jets this summer, Defence Minister "
           "Luc Van den Broeck told the Contact Group meeting on Wednesday."),
    report("MC-FR-02", "fr", FR2, "2028-03-22", "be-f16",
           "La Belgique promet deux F-16 de plus à l'Ukraine",
           "BRUXELLES (Journal) - La Belgique enverra cet été deux chasseurs F-16 supplémentaires à l'Ukraine, a "
           "annoncé mercredi le ministre de la Défense à Ramstein."),
    report("MC-DE-02", "de", DE2, "2028-03-22", "lt-shells",
           "Litauen sagt der Ukraine 10.000 Artilleriegranaten zu",
           "VILNIUS (Zeitung) - Litauen wird der Ukraine 10.000 Artilleriegranaten liefern, kündigte der "
           "Verteidigungsminister am Mittwoch beim Treffen in Ramstein an."),
    report("MC-EN-03", "en", EN, "2028-03-22", "x-refugees",
           "Ukrainian refugees' protection in EU extended to 2029",
           "BRUSSELS, March 22 (Wire) - EU interior ministers agreed on Wednesday to extend temporary protection for "
           "about 4 million people who fled the war in Ukraine.",
           relevant=False),
    report("MC-DE-03", "de", DE, "2028-03-22", "x-history",
           "Ausstellung: Der Panzer, der 1945 Berlin erreichte",
           "DRESDEN (Agentur) - Das Militärhistorische Museum zeigt einen sowjetischen T-34 und erzählt von der "
           "Schlacht um Berlin im April 1945.",
           relevant=False),
]

DAYS = {"A": DAY_A, "B": DAY_B, "C": DAY_C}
SHUFFLES = 6  # the file's order and 5 shuffles, then newest first: 7 orders

# What the probe leaves: (check, day, dates) -> what is read instead (strict xfails), from the first run. Until
# stop 57 MA-DE-02 ('Niederlande schicken zwei weitere Patriot-Startgeräte in die Ukraine', a one-sentence body in
# the present) stayed apart from MA-EN-02 and MA-FR-02 (the same Patriots): its present headline is read in either
# phase, and beside a report of the decision sharing no count of five or more it conflicted in phase; the same
# government's system counted alike in both headlines (two) now lifts that conflict
# (EventEvidence.headline_system_counts).
LEFT: dict[tuple[str, str, str], str] = {}


BUSY_DAYS = BusyDays(DAYS, SHUFFLES, LEFT)


# The six checks every held-out probe runs (tests/support/busy_days.py).
TestBusyDays = busy_day_probe_tests(BUSY_DAYS)
