"""Stories, review 47: the seventh held-out probe of story grouping, on three small busy days of wire copy
written by someone who did not write the grouping rules. Every text and figure is invented for this file;
none is taken from the real-article set. Each report was labelled by hand with its event before the first
run, following ../shared/eval/README.md (reports of one announcement, meeting or delivery share an event).
The traps: a preview of a ministers' meeting and the meeting's outcome the next day; a thanks speech naming
three donors' earlier deliveries on a day one of them announces more of the same thing; a chronology-led
explainer of the day's pledge; two re-export approvals by different governments on one day (one of them by
the government whose own pledge is also the day's news); a crowdfunding campaign's delivery of drones beside
the same country's government delivering drones. Where the conventions leave a case open:
- a meeting's preview and the reports of its outcome the next day are one event: the event is the meeting
  (the eval README groups reports of one meeting), and a reader wants one alert that its outcome updates;
- the thanks speech is an event of its own (a statement made that day), not the event of any earlier
  delivery it names, nor of the new Czech delivery announced the same day;
- the explainer is its outlet's own analysis of the day's German pledge and opens with that pledge's
  earlier steps (a timeline) before the news: it belongs to the pledge's event, as the lead settled;
- the two re-export approvals are two events (two governments, two decisions), and neither is the event of
  Germany's own air defence pledge;
- the crowdfunding campaign's drones and the government's drones are two events (two givers, two
  handovers), though both are Lithuanian FPV drones delivered the same day.

First run (2026-12-05, this branch = main at 416c538, labels unchanged; load average about 8-11), in 7 orders
(the file's, 5 shuffles, newest first), dated now and as published, the same in both date modes:
- Day A: 9 of 9 relevant stored; 8 pairs; precision 1.00 in every order; recall 0.88 in 4 orders (the file's,
  shuffles 1 and 4, newest first) and 0.50 in 3 (shuffles 2, 3 and 5); no event hidden. The English and
  French thanks speeches stay apart in every order; in shuffles 2, 3 and 5 the German preview of the NATO
  meeting also stays apart from the English preview and both outcome reports (in the other orders it joins).
- Day B: 9 of 9 relevant stored; 10 pairs; precision 1.00, recall 0.70 in every order, no event hidden: the
  chronology-led explainer stays apart from the three reports of the German IRIS-T pledge it explains; the
  two re-export approvals are each one story and stay apart from each other and from the pledge.
- Day C: 8 of 8 relevant stored; 7 pairs; recall 0.71 in every order (one of the three reports of the
  crowdfunding campaign's drones apart from the other two); precision 1.00 and nothing hidden in 6 orders,
  but in shuffle 2 the English and German reports of the campaign and the government's reports are one story
  (precision 0.45, 6 wrong pairs) and the government's delivery is hidden (it opened no story of its own).
What is left is a strict xfail (LEFT) per check, day and date mode.

Fixed on branch stories26 (2026-12-05), now plain tests: day A's thanks speeches are one story (both
headlines thank the same three governments on the same day: same_event._thanks_shared) and the German
preview joins the meeting in every order ("dürften ... zusagen" is a preview: gatherings._ANNOUNCEMENT_AHEAD);
day B's explainer joins its news (its timeline's dated steps are background: stories/chronology_lines.py); day C no
longer joins the campaign's reports to the government's nor hides the government's delivery (250 and 5,000
drones, both exact, conflict: same_event._exact_counts_differ). Day C's French campaign report, read
pledged against the German one's delivered, was left; fixed on branch pledges47 (2026-12-06), now a plain
test: "a permis de remettre" is a handing over that happened (delivered), so the campaign's reports are one.
"""

from __future__ import annotations

from tests.support.busy_days import BusyDays, busy_day_probe_tests, report

EN, EN2, FR, DE, DE2 = "Wire EN", "Paper EN", "Agence FR", "Agentur DE", "Zeitung DE"


DAY_A = [
    # The preview, then the outcome the next day (one event: the meeting).
    report("RA-EN-01", "en", EN, "2027-10-13", "nato-brussels",
           "NATO ministers to discuss air defence for Ukraine; Dutch Patriot pledge expected",
           "BRUSSELS (Wire) - NATO defence ministers meeting in Brussels on Thursday are expected to discuss how "
           "to shield Ukraine's power grid from winter missile strikes, diplomats said on Wednesday. The "
           "Netherlands is expected to announce that it will give Ukraine one more Patriot system, two "
           "diplomats said."),
    report("RA-DE-01", "de", DE, "2027-10-13", "nato-brussels",
           "Nato-Minister beraten über Flugabwehr für die Ukraine",
           "BRÜSSEL (Agentur) - Die Verteidigungsminister der Nato wollen bei ihrem Treffen am Donnerstag in "
           "Brüssel über mehr Flugabwehr für die Ukraine beraten. Nach Angaben von Diplomaten dürften die "
           "Niederlande dort ein weiteres Patriot-System zusagen."),
    report("RA-EN-02", "en", EN, "2027-10-14", "nato-brussels",
           "Allies pledge air defence for Ukraine at NATO meeting; Netherlands gives Patriot system",
           "BRUSSELS (Wire) - NATO allies pledged more air defence for Ukraine at a meeting of defence ministers "
           "in Brussels on Thursday. The Netherlands said it would send one more Patriot system, and Belgium "
           "and Luxembourg promised 300 million euros for interceptor missiles, NATO's secretary-general said."),
    report("RA-FR-01", "fr", FR, "2027-10-14", "nato-brussels",
           "Otan : les Alliés promettent de nouveaux moyens antiaériens à l'Ukraine",
           "BRUXELLES (Agence) - Réunis jeudi à Bruxelles, les ministres de la Défense de l'Otan ont promis de "
           "renforcer la défense antiaérienne ukrainienne avant l'hiver. Les Pays-Bas enverront un système "
           "Patriot supplémentaire, tandis que la Belgique et le Luxembourg financeront des missiles "
           "intercepteurs à hauteur de 300 millions d'euros."),
    # The thanks speech: its own event.
    report("RA-EN-03", "en", EN2, "2027-10-14", "ua-thanks",
           "Zelensky thanks Norway, Czech Republic and Portugal for arms deliveries",
           "KYIV (Paper) - President Volodymyr Zelensky thanked Norway for the NASAMS launchers, the Czech "
           "Republic for the artillery shells and Portugal for the maritime drones that reached Ukraine in "
           "recent months, in his evening address on Thursday. \"They are saving lives every day,\" he said."),
    report("RA-FR-02", "fr", FR, "2027-10-14", "ua-thanks",
           "Zelensky remercie la Norvège, la Tchéquie et le Portugal pour leurs livraisons d'armes",
           "KIEV (Agence) - Le président ukrainien a remercié jeudi soir la Norvège pour ses lanceurs NASAMS, la "
           "République tchèque pour ses obus et le Portugal pour ses drones maritimes, livrés ces derniers mois."),
    # A thanked donor's new delivery of the same kind of thing, the same day: another event.
    report("RA-DE-02", "de", DE2, "2027-10-14", "cz-shells",
           "Tschechische Munitionsinitiative liefert weitere 120.000 Granaten",
           "PRAG (Zeitung) - Über die tschechische Munitionsinitiative sind im Oktober weitere 120.000 "
           "Artilleriegranaten in der Ukraine eingetroffen, teilte die Regierung in Prag am Donnerstag mit. "
           "Bis Jahresende sollen es 500.000 werden."),
    report("RA-EN-04", "en", EN, "2027-10-14", "cz-shells",
           "Czech-led scheme delivers another 120,000 shells to Ukraine",
           "PRAGUE (Wire) - A Czech-led initiative that buys ammunition outside Europe has delivered another "
           "120,000 artillery shells to Ukraine this month, the Czech government said on Thursday."),
    report("RA-DE-03", "de", DE, "2027-10-14", "no-boats",
           "Norwegen sagt der Ukraine 20 Patrouillenboote zu",
           "OSLO (Agentur) - Norwegen wird der Ukraine 20 Patrouillenboote für den Einsatz auf dem Dnipro "
           "überlassen, teilte das Verteidigungsministerium am Donnerstag mit. Die ersten sollen im Frühjahr "
           "übergeben werden."),
    # A look-alike: humanitarian.
    report("RA-FR-03", "fr", FR, "2027-10-14", "x-unhcr",
           "Ukraine : le HCR distribue des kits d'hiver dans la région de Kharkiv",
           "KHARKIV (Agence) - Le Haut-Commissariat de l'ONU pour les réfugiés a commencé à distribuer "
           "couvertures, poêles et matériaux d'isolation à 30 000 familles déplacées.", relevant=False),
]

DAY_B = [
    # Germany's pledge, and the same outlet's chronology-led explainer of it (one event).
    report("RB-EN-01", "en", EN, "2027-11-09", "de-iris",
           "Germany pledges fifth IRIS-T system to Ukraine",
           "BERLIN (Wire) - Germany will give Ukraine a fifth IRIS-T SLM air defence system before the end of "
           "the year, Defence Minister Boris Pistorius said on Tuesday, along with 200 missiles for the "
           "systems already in service."),
    report("RB-EN-02", "en", EN, "2027-11-09", "de-iris",
           "TIMELINE-From one launcher to five: Germany's IRIS-T for Ukraine",
           "BERLIN (Wire) - October 2022: the first IRIS-T SLM system reaches Ukraine and shoots down cruise "
           "missiles over Kyiv within days. 2024: Berlin delivers a second and a third system. 2026: a fourth "
           "follows. On Tuesday, Defence Minister Boris Pistorius pledged a fifth system and 200 more missiles, "
           "making Germany the main supplier of medium-range air defence to Ukraine."),
    report("RB-DE-01", "de", DE, "2027-11-09", "de-iris",
           "Pistorius sagt der Ukraine fünftes IRIS-T-System zu",
           "BERLIN (Agentur) - Deutschland liefert der Ukraine bis Jahresende ein fünftes "
           "Luftverteidigungssystem vom Typ IRIS-T SLM. Dazu kommen 200 Lenkflugkörper, sagte "
           "Verteidigungsminister Boris Pistorius am Dienstag."),
    report("RB-FR-01", "fr", FR, "2027-11-09", "de-iris",
           "L'Allemagne promet un cinquième système IRIS-T à l'Ukraine",
           "BERLIN (Agence) - L'Allemagne fournira d'ici la fin de l'année un cinquième système de défense "
           "antiaérienne IRIS-T SLM à l'Ukraine, ainsi que 200 missiles, a annoncé mardi le ministre de la "
           "Défense Boris Pistorius."),
    # Two re-export approvals by two governments on one day: two events.
    report("RB-EN-03", "en", EN2, "2027-11-09", "de-es-leopard",
           "Berlin clears Spain to send 10 Leopard 2 tanks to Ukraine",
           "MADRID (Paper) - Germany has approved Spain's request to re-export 10 Leopard 2A4 tanks to Ukraine, "
           "the Spanish defence ministry said on Tuesday. Spain plans to ship them in January."),
    report("RB-DE-02", "de", DE2, "2027-11-09", "de-es-leopard",
           "Bundesregierung genehmigt Spanien Weitergabe von Leopard-Panzern",
           "BERLIN (Zeitung) - Die Bundesregierung hat Spanien erlaubt, zehn Kampfpanzer vom Typ Leopard 2A4 an "
           "die Ukraine weiterzugeben. Madrid will die Panzer im Januar verschiffen."),
    report("RB-FR-02", "fr", FR, "2027-11-09", "de-es-leopard",
           "Berlin autorise Madrid à réexporter dix chars Leopard vers l'Ukraine",
           "MADRID (Agence) - L'Allemagne a autorisé l'Espagne à réexporter dix chars Leopard 2A4 vers "
           "l'Ukraine, a indiqué mardi le ministère espagnol de la Défense."),
    report("RB-DE-03", "de", DE, "2027-11-09", "ch-dk-piranha",
           "Schweiz erlaubt Dänemark Weitergabe von Piranha-Radpanzern an Kiew",
           "BERN (Agentur) - Der Bundesrat hat Dänemark erlaubt, 20 Radschützenpanzer vom Typ Piranha aus "
           "Schweizer Produktion an die Ukraine weiterzugeben. Es ist das erste Mal, dass Bern einer solchen "
           "Weitergabe zustimmt."),
    report("RB-FR-03", "fr", FR, "2027-11-09", "ch-dk-piranha",
           "La Suisse autorise pour la première fois une réexportation de blindés vers l'Ukraine",
           "BERNE (Agence) - Le Conseil fédéral a autorisé mardi le Danemark à céder à l'Ukraine 20 véhicules "
           "blindés Piranha fabriqués en Suisse, une première depuis le début de la guerre."),
    # A look-alike: a defence company's results.
    report("RB-DE-04", "de", DE2, "2027-11-09", "x-diehl",
           "Diehl Defence steigert Umsatz dank IRIS-T-Nachfrage",
           "ÜBERLINGEN (Zeitung) - Der Rüstungskonzern Diehl hat seinen Umsatz im Geschäftsjahr um ein Viertel "
           "gesteigert; Treiber war die Nachfrage europäischer Armeen nach dem Flugabwehrsystem IRIS-T.",
           relevant=False),
]

DAY_C = [
    # A crowdfunding campaign's drones and the government's drones, one country, one day: two events.
    report("RC-EN-01", "en", EN2, "2027-12-02", "lt-crowd-drones",
           "Lithuanian crowdfunding campaign hands 250 FPV drones to Ukraine",
           "VILNIUS (Paper) - A crowdfunding campaign run by a Lithuanian broadcaster has delivered 250 FPV "
           "drones to a Ukrainian brigade, its organisers said on Thursday, after raising 400,000 euros from "
           "listeners in a week."),
    report("RC-DE-01", "de", DE2, "2027-12-02", "lt-crowd-drones",
           "Litauische Spendenaktion übergibt 250 Drohnen an die Ukraine",
           "VILNIUS (Zeitung) - Eine Spendenaktion eines litauischen Radiosenders hat 250 FPV-Drohnen an eine "
           "ukrainische Brigade übergeben. Hörer hatten binnen einer Woche 400.000 Euro gespendet."),
    report("RC-FR-01", "fr", FR, "2027-12-02", "lt-crowd-drones",
           "Des auditeurs lituaniens offrent 250 drones à l'armée ukrainienne",
           "VILNIUS (Agence) - Une collecte organisée par une radio lituanienne a permis de remettre jeudi 250 "
           "drones FPV à une brigade ukrainienne."),
    report("RC-EN-02", "en", EN, "2027-12-02", "lt-gov-drones",
           "Lithuania delivers 5,000 FPV drones to Ukraine",
           "VILNIUS (Wire) - Lithuania has delivered 5,000 FPV drones to Ukraine's armed forces, the defence "
           "ministry said on Thursday, the first batch of a 20 million euro order placed with Lithuanian "
           "makers in the summer."),
    report("RC-FR-02", "fr", FR, "2027-12-02", "lt-gov-drones",
           "La Lituanie livre 5 000 drones FPV à l'Ukraine",
           "VILNIUS (Agence) - Le ministère lituanien de la Défense a annoncé jeudi la livraison de 5 000 drones "
           "FPV aux forces ukrainiennes, premier lot d'une commande de 20 millions d'euros."),
    report("RC-DE-02", "de", DE, "2027-12-02", "lt-gov-drones",
           "Litauen liefert 5000 Drohnen an die Ukraine",
           "VILNIUS (Agentur) - Litauen hat der Ukraine 5000 FPV-Drohnen geliefert. Es sei die erste Tranche "
           "einer Bestellung über 20 Millionen Euro bei litauischen Herstellern, teilte das "
           "Verteidigungsministerium am Donnerstag mit."),
    report("RC-FR-03", "fr", FR, "2027-12-02", "be-ammo",
           "La Belgique débloque 200 millions d'euros pour des munitions destinées à Kiev",
           "BRUXELLES (Agence) - La Belgique va consacrer 200 millions d'euros à l'achat de munitions "
           "d'artillerie pour l'Ukraine, a annoncé jeudi la ministre de la Défense."),
    report("RC-DE-03", "de", DE2, "2027-12-02", "be-ammo",
           "Belgien stellt 200 Millionen Euro für Munition für die Ukraine bereit",
           "BRÜSSEL (Zeitung) - Belgien finanziert Artilleriemunition für die Ukraine im Wert von 200 Millionen "
           "Euro, teilte die Verteidigungsministerin am Donnerstag mit."),
    # A look-alike: drones in another sense.
    report("RC-EN-03", "en", EN, "2027-12-02", "x-droneshow",
           "Vilnius Christmas drone show draws record crowds",
           "VILNIUS (Wire) - More than 1,000 light drones formed a Christmas tree over the Lithuanian capital on "
           "Thursday evening, drawing a record crowd of 80,000 to the cathedral square.", relevant=False),
]

DAYS = {"A": DAY_A, "B": DAY_B, "C": DAY_C}
SHUFFLES = 6  # the file's order and 5 shuffles, then newest first: 7 orders

# What the probe leaves: (check, day, dates) -> what is read instead (strict xfails), from the first run
# (main at 416c538).
# Fixed by tests/pledges/test_pledges_wire_47.py's round (now a plain test): the crowdfunding campaign's
# French report (RC-FR-01, "a permis de remettre ... 250 drones") reads delivered, as the German one does,
# so the three reports of the campaign's drones are one story in both date modes.
LEFT: dict[tuple[str, str, str], str] = {}


BUSY_DAYS = BusyDays(DAYS, SHUFFLES, LEFT)


# The six checks every held-out probe runs (tests/support/busy_days.py).
TestBusyDays = busy_day_probe_tests(BUSY_DAYS)
