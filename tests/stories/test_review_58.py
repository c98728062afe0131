"""Stories, review 58: the eighteenth held-out probe of story grouping, three small busy days of reports written
by someone who did not write the grouping rules. Every text and figure is invented for this file; none is
taken from the real-article set. Each report was labelled by hand with its event before the first run,
following ../shared/eval/README.md (reports of one announcement, meeting or delivery share an event).
The traps: a fact check debunking a claim of Greek F-16s told in three languages (each recalling the shells
Greece truly delivered) beside Greece's own new promise of howitzers the same day, and a fact check of a war
video as a look-alike; the Dutch cabinet's drone money told in two languages beside an opposition candidate's
defence promise (look-alike); a maker's shares rising on Sweden's order of air defence for Ukraine, told as a
markets story in one language and as the government's order in two others, beside Sweden's delivery of
armoured vehicles the same day and a British maker's order for its own army (look-alike); Norway's NASAMS
promise subject to parliament's vote in three languages beside Norway's delivery of NASAMS promised earlier
(same donor, same system, another stage) and Norway replenishing its own NASAMS (look-alike); two donors
handing Ukraine weapons seized by customs on one day (Estonia and Lithuania), each told twice, with customs
seizing drones bound for Russia and a police seizure at home as look-alikes; and a joint Danish-Swedish pledge
in three languages (in compact notation in one) beside Denmark's minister's quote with editorial brackets on
her F-16s, told twice. Where the conventions leave a case open:
- the three fact checks of one viral claim are one event (one ministry's denial); Greece's howitzer promise
  the same day is another, though the fact checks recall Greece's aid;
- the markets story and the reports of Sweden's order are one event (one order);
- Norway's promise subject to a vote and Norway's delivery of earlier NASAMS are two events;
- Estonia's and Lithuania's handovers of seized goods are two events (two donors);
- the joint Danish-Swedish pledge is one event whichever partner an outlet names first; Denmark's F-16 quote
  is another.

First run (2026-12-07 05:35 UTC, this branch = main at 7d5fb0a6, labels as committed in a9f39054 before any run), in 7
orders (the file's, 5 shuffles, newest first), dated now and as published, the same figures in every order and
both modes; no pair wrong, no look-alike stored, every stored report joins its event's story:
- Day A: 2 of 5 labelled pairs joined (precision 1.00, recall 0.40): none of the three fact checks is stored (the
  fact-check traps), so the Greek F-16 fact check gets no story at all; Greece's howitzers and the Dutch drone money
  are one story each.
- Day B: 6 of 8 (1.00 / 0.75): the markets report of Sweden's order is not stored; the order's two other reports,
  Sweden's vehicles, Norway's vote in three languages and Norway's delivered NASAMS are each one story, apart.
- Day C: 5 of 6 (1.00 / 0.83): the French report of Denmark's F-16 quote is not stored; Estonia's and Lithuania's
  seizures stay two stories, the joint Danish-Swedish pledge is one story in three languages.
What is left is a strict xfail (LEFT) per check, day and date mode.
Stop 59 (stories59): day C stored and joined in both date modes, every order (6 of 6 pairs, none wrong): the French
quote's sentence gives its jets to Ukraine only as "[derniers appareils]" and its headline names the F-16 and leaves
Ukraine out, so only the aircraft rule fired (NEAR never crosses a sentence); a rule for aircraft told by a generic
word ("appareils", "jets", "Maschinen") in the sentence giving them to Ukraine, in an article naming an aircraft
system, is the second signal. The French report reads (DK, aircraft, pledged, 10) and joins the English one.
"""

from __future__ import annotations

from tests.support.busy_days import BusyDays, busy_day_probe_tests, report

EN, EN2, FR, FR2, DE, DE2 = "Wire EN", "Paper EN", "Agence FR", "Journal FR", "Agentur DE", "Zeitung DE"

# Day A, Tuesday 6 June 2028: a fact check of Greek F-16s in three languages and Greece's howitzers; the Dutch
# cabinet's drone money; a war-video fact check and a candidate's defence promise (look-alikes).
DAY_A = [
    report("SA-EN-01", "en", EN, "2028-06-06", "gr-factcheck",
           "Fact check: Greece has not sent F-16 jets to Ukraine",
           "ATHENS, June 6 (Wire) - Posts shared widely on social media claim that Greece has sent 20 F-16 fighter "
           "jets to Ukraine. This is false: the defence ministry said on Tuesday it had transferred no aircraft, "
           "though Greece has delivered 40,000 artillery shells to Ukraine since 2023."),
    report("SA-FR-01", "fr", FR, "2028-06-06", "gr-factcheck",
           "Non, la Grèce n'a pas livré de F-16 à l'Ukraine",
           "ATHÈNES (Agence) - Une vidéo virale affirme que la Grèce a livré 20 avions F-16 à l'Ukraine. C'est "
           "faux, a indiqué mardi le ministère grec de la Défense : Athènes n'a cédé aucun avion, mais a livré "
           "40 000 obus d'artillerie à Kiev depuis 2023."),
    report("SA-DE-01", "de", DE, "2028-06-06", "gr-factcheck",
           "Faktencheck: Griechenland hat keine F-16 an die Ukraine geliefert",
           "ATHEN (Agentur) - Die Behauptung, Griechenland habe der Ukraine 20 F-16-Kampfjets übergeben, ist "
           "falsch, wie das Verteidigungsministerium am Dienstag bestätigte. Geliefert wurden seit 2023 dagegen "
           "40.000 Artilleriegranaten."),
    report("SA-EN-02", "en", EN2, "2028-06-06", "gr-howitzers",
           "Greece to send six more M109 howitzers to Ukraine",
           "ATHENS (Paper) - Greece will send Ukraine 6 more M109 self-propelled howitzers this summer, Defence "
           "Minister Nikos Andreou said on Tuesday after meeting his Ukrainian counterpart."),
    report("SA-DE-02", "de", DE2, "2028-06-06", "gr-howitzers",
           "Athen sagt Kiew sechs weitere Panzerhaubitzen zu",
           "ATHEN (Zeitung) - Griechenland wird der Ukraine im Sommer 6 weitere Panzerhaubitzen vom Typ M109 "
           "liefern, sagte Verteidigungsminister Nikos Andreou am Dienstag nach einem Treffen mit seinem "
           "ukrainischen Amtskollegen."),
    report("SA-EN-03", "en", EN, "2028-06-06", "nl-drones",
           "Dutch cabinet commits 300 million euros for drones for Ukraine",
           "THE HAGUE, June 6 (Wire) - The Dutch cabinet has committed 300 million euros this year for drones for "
           "Ukraine's armed forces, Prime Minister Jeroen Bakker said on Tuesday."),
    report("SA-FR-02", "fr", FR2, "2028-06-06", "nl-drones",
           "Les Pays-Bas débloquent 300 millions d'euros pour des drones ukrainiens",
           "LA HAYE (Journal) - Le gouvernement néerlandais consacrera cette année 300 millions d'euros à des "
           "drones pour l'armée ukrainienne, a annoncé mardi le Premier ministre Jeroen Bakker."),
    report("SA-EN-04", "en", EN2, "2028-06-06", "x-video",
           "Fact check: viral video of burning tanks was filmed in Syria in 2016",
           "The clip, shared as footage from the front in Ukraine, first appeared on a news site eight years ago.",
           relevant=False),
    report("SA-FR-03", "fr", FR, "2028-06-06", "x-campaign",
           "Présidentielle : le candidat de l'opposition promet de porter le budget des armées à 3 % du PIB",
           "PARIS (Agence) - La guerre en Ukraine impose un effort inédit, a déclaré mardi le candidat lors d'un "
           "meeting à Lille.",
           relevant=False),
]

# Day B, Thursday 8 June 2028: Sweden's order of air defence for Ukraine (a markets story and two reports) and
# Sweden's delivery of armoured vehicles; Norway's NASAMS subject to a vote in three languages and Norway's
# delivery of earlier NASAMS; a British maker's order and Norway's replenishment (look-alikes).
DAY_B = [
    report("SB-EN-01", "en", EN, "2028-06-08", "se-order",
           "Saab shares jump after Sweden orders air defence for Ukraine",
           "STOCKHOLM, June 8 (Wire) - Shares in Saab rose as much as 6% on Thursday after the company said it had "
           "received an order worth 2.1 billion Swedish crowns from the Swedish government to supply Ukraine with "
           "RBS 70 air defence systems."),
    report("SB-FR-01", "fr", FR, "2028-06-08", "se-order",
           "La Suède commande des systèmes antiaériens RBS 70 pour l'Ukraine",
           "STOCKHOLM (Agence) - Le gouvernement suédois a passé commande auprès de Saab de systèmes de défense "
           "antiaérienne RBS 70 destinés à l'Ukraine, pour 2,1 milliards de couronnes, a annoncé jeudi le "
           "ministère de la Défense."),
    report("SB-DE-01", "de", DE, "2028-06-08", "se-order",
           "Schweden bestellt Flugabwehr für die Ukraine bei Saab",
           "STOCKHOLM (Agentur) - Schweden hat bei Saab Flugabwehrsysteme vom Typ RBS 70 für die Ukraine im Wert "
           "von 2,1 Mrd. Kronen bestellt, teilte das Verteidigungsministerium am Donnerstag mit."),
    report("SB-EN-02", "en", EN2, "2028-06-08", "se-vehicles",
           "Sweden hands Ukraine 30 armoured personnel carriers",
           "STOCKHOLM (Paper) - Sweden has delivered 30 Pansarbandvagn 302 armoured personnel carriers to Ukraine, "
           "the armed forces said on Thursday."),
    report("SB-DE-02", "de", DE2, "2028-06-08", "se-vehicles",
           "Schweden übergibt der Ukraine 30 Schützenpanzer",
           "STOCKHOLM (Zeitung) - Schweden hat der Ukraine 30 gepanzerte Mannschaftstransporter vom Typ Pbv 302 "
           "übergeben, teilten die Streitkräfte am Donnerstag mit."),
    report("SB-EN-03", "en", EN, "2028-06-08", "no-vote",
           "Norway to send Ukraine 12 more NASAMS launchers, subject to parliament's approval",
           "OSLO, June 8 (Wire) - Norway will send Ukraine 12 more NASAMS launchers, subject to approval by "
           "parliament, the government said on Thursday. The Storting is expected to vote next week."),
    report("SB-FR-02", "fr", FR2, "2028-06-08", "no-vote",
           "La Norvège promet 12 lanceurs NASAMS à Kiev, sous réserve du vote du Parlement",
           "OSLO (Journal) - La Norvège enverra 12 lanceurs NASAMS supplémentaires à l'Ukraine, sous réserve de "
           "l'approbation du Storting, a annoncé jeudi le gouvernement."),
    report("SB-DE-03", "de", DE, "2028-06-08", "no-vote",
           "Norwegen sagt Kiew zwölf NASAMS-Startgeräte zu – Parlament muss zustimmen",
           "OSLO (Agentur) - Norwegen wird der Ukraine 12 weitere NASAMS-Startgeräte liefern, sofern das "
           "Parlament zustimmt, teilte die Regierung am Donnerstag mit."),
    report("SB-EN-04", "en", EN2, "2028-06-08", "no-delivered",
           "Norway completes delivery of NASAMS launchers promised last year",
           "OSLO (Paper) - The last 4 of the NASAMS launchers Norway promised Ukraine last year have arrived, the "
           "armed forces said on Thursday."),
    report("SB-FR-03", "fr", FR, "2028-06-08", "no-delivered",
           "Les derniers lanceurs NASAMS norvégiens sont arrivés en Ukraine",
           "OSLO (Agence) - Les 4 derniers lanceurs NASAMS promis l'an dernier par la Norvège sont arrivés en "
           "Ukraine, ont indiqué jeudi les forces armées norvégiennes."),
    report("SB-EN-05", "en", EN, "2028-06-08", "x-bae",
           "BAE Systems shares climb on record British Army artillery order",
           "LONDON, June 8 (Wire) - The £2bn contract for self-propelled howitzers replaces guns in service since "
           "the 1990s, analysts said.",
           relevant=False),
    report("SB-DE-04", "de", DE2, "2028-06-08", "x-restock",
           "Norwegen bestellt zwölf NASAMS-Startgeräte als Ersatz für an Kiew abgegebene Systeme",
           "OSLO (Zeitung) - Der Vertrag mit Kongsberg füllt bis 2029 die eigenen Bestände der Luftwaffe auf, "
           "teilte das Verteidigungsministerium am Donnerstag mit.",
           relevant=False),
]

# Day C, Tuesday 13 June 2028: Estonia's and Lithuania's seized goods for Ukraine; a joint Danish-Swedish
# pledge in three languages; Denmark's F-16 quote with brackets; customs and police seizures (look-alikes).
DAY_C = [
    report("SC-EN-01", "en", EN, "2028-06-13", "ee-seized",
           "Estonia hands Ukraine rifles and drones seized by customs",
           "TALLINN, June 13 (Wire) - Estonia has handed over to Ukraine 1,500 rifles and 300 commercial drones "
           "that customs officers confiscated at the Russian border, the interior ministry said on Tuesday."),
    report("SC-DE-01", "de", DE, "2028-06-13", "ee-seized",
           "Estland übergibt Kiew beschlagnahmte Gewehre und Drohnen",
           "TALLINN (Agentur) - Estland hat der Ukraine 1.500 Gewehre und 300 Drohnen übergeben, die der Zoll an "
           "der Grenze zu Russland beschlagnahmt hatte, teilte das Innenministerium am Dienstag mit."),
    report("SC-DE-02", "de", DE2, "2028-06-13", "lt-seized",
           "Litauen übergibt Kiew vom Zoll beschlagnahmte Drohnen",
           "VILNIUS (Zeitung) - Litauen hat der Ukraine 700 Drohnen übergeben, die der Zoll an der Grenze zu "
           "Belarus beschlagnahmt hatte, teilte das Innenministerium am Dienstag mit."),
    report("SC-FR-01", "fr", FR, "2028-06-13", "lt-seized",
           "La Lituanie remet à l'Ukraine 700 drones saisis par ses douanes",
           "VILNIUS (Agence) - La Lituanie a remis à l'Ukraine 700 drones saisis par les douaniers à la frontière "
           "biélorusse, a annoncé mardi le ministère de l'Intérieur."),
    report("SC-EN-02", "en", EN2, "2028-06-13", "dk-se-joint",
           "Denmark and Sweden to jointly finance 18 Archer howitzers for Ukraine",
           "COPENHAGEN (Paper) - Denmark and Sweden will jointly finance 18 Archer howitzers for Ukraine worth DKK "
           "3bn, the two governments said on Tuesday."),
    report("SC-FR-02", "fr", FR2, "2028-06-13", "dk-se-joint",
           "La Suède et le Danemark financeront ensemble 18 canons Archer pour Kiev",
           "STOCKHOLM (Journal) - La Suède et le Danemark financeront conjointement 18 obusiers Archer pour "
           "l'Ukraine, pour 3 milliards de couronnes danoises, ont annoncé mardi les deux gouvernements."),
    report("SC-DE-03", "de", DE, "2028-06-13", "dk-se-joint",
           "Dänemark und Schweden finanzieren gemeinsam Archer-Haubitzen für Kiew",
           "KOPENHAGEN (Agentur) - Dänemark und Schweden werden der Ukraine gemeinsam 18 Archer-Haubitzen im Wert "
           "von 3 Mrd. Kronen finanzieren, teilten beide Regierungen am Dienstag mit."),
    report("SC-FR-03", "fr", FR, "2028-06-13", "dk-f16",
           "Le Danemark remettra le reste de ses F-16 « d'ici l'été », selon sa ministre",
           "COPENHAGUE (Agence) - « Nous remettrons [à l'Ukraine] les 10 [derniers appareils] d'ici l'été », a "
           "déclaré mardi la ministre danoise de la Défense, Mette Holm."),
    report("SC-EN-03", "en", EN, "2028-06-13", "dk-f16",
           "Denmark to hand Ukraine its last 10 F-16s by summer, minister says",
           "COPENHAGEN, June 13 (Wire) - \"We will hand over [to Ukraine] the remaining 10 [jets] by the summer,\" "
           "Danish Defence Minister Mette Holm said on Tuesday."),
    report("SC-DE-04", "de", DE2, "2028-06-13", "x-customs",
           "Zoll beschlagnahmt 200 Drohnen auf dem Weg nach Russland",
           "KÖLN (Zeitung) - Die Geräte sollten über Kasachstan an russische Abnehmer gehen, teilte das "
           "Zollkriminalamt am Dienstag mit.",
           relevant=False),
    report("SC-EN-04", "en", EN2, "2028-06-13", "x-police",
           "Police seize 300 rifles from smuggling gang at Dover",
           "DOVER (Paper) - Officers found the weapons hidden in a lorry arriving from Calais, the National Crime "
           "Agency said on Tuesday.",
           relevant=False),
]

DAYS = {"A": DAY_A, "B": DAY_B, "C": DAY_C}
SHUFFLES = 6  # the file's order and 5 shuffles, then newest first: 7 orders

# What the probe leaves: (check, day, dates) -> what is read instead (strict xfails), from the first run.
# Day C's French report of Denmark's F-16 quote (not stored: only the aircraft rule fired) was mended at stop 59 (see
# the docstring): none left.
LEFT: dict[tuple[str, str, str], str] = {}


BUSY_DAYS = BusyDays(DAYS, SHUFFLES, LEFT)


# The six checks every held-out probe runs (tests/support/busy_days.py).
TestBusyDays = busy_day_probe_tests(BUSY_DAYS)
