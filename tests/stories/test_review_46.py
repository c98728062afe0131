"""Stories, review 46: the sixth held-out probe of story grouping, on three small busy days of wire copy
written by someone who did not write the grouping rules. Every text and figure is invented for this file;
none is taken from the real-article set. Each report was labelled by hand with its event before the first
run, following ../shared/eval/README.md (reports of one announcement, meeting or delivery share an event).
The traps: a newspaper's report of a planned delivery and the government's confirmation later that day; a
report of a halt in aid and the government's denial of it; outlets giving different figures for one
delivery; a correction re-sent by its agency as a new item; two donors each pledging the same system on one
day. Where the conventions leave a case open:
- a rumour of a decision and the government's confirmation of that decision are one event (one real-world
  decision, first leaked and then announced: a reader wants one alert, updated), as an agency's update of
  its own report would be;
- a report that a donor halted its aid and the donor's denial of it are one event (the denial answers that
  report and is read as its follow-up); no other report that day is about that donor;
- outlets giving different figures for one delivery (an agency's "400,000" against another's "500,000")
  report one event, as do an agency's report and its corrected re-send (another count in the headline);
- two donors pledging the same system on one day are two events (two announcements).

First run (2026-12-05, this branch = main at 114662f, labels unchanged; load average about 25), in 7 orders
(the file's, 5 shuffles, newest first), dated now and as published, the same in every order and both date
modes:
- Day A: 8 of 8 relevant stored; 5 pairs; precision and recall 1.00, no event hidden: the newspaper's leak
  of the Swedish Gripen jets joins the ministry's confirmation in German and French; Norway's and Canada's
  NASAMS pledges of the same day stay apart.
- Day B: 8 of 8 relevant stored; 7 pairs; precision 1.00, recall 0.29 (2 of 7), no event hidden: the
  French "500 000 obus" stays apart from the English and German "400,000" of the same delivery, and the
  report of an Italian halt and the two denials of it are three stories (LEFT).
- Day C: 9 of 9 relevant stored; 6 pairs; precision and recall 1.00, no event hidden: both corrected
  re-sends (EN "CORRECTED-" with another count, FR "RECTIFICATIF") join their first reports; Germany's and
  Estonia's IRIS-T pledges of the same day stay apart.
What is left is a strict xfail (LEFT) per check, day and date mode.
Branch stories24 (2026-12-05): day B now P/R 1.00 in all 7 orders and both date modes, nothing hidden
(the French "500 000" joins the "about 400,000" reports: counts close, one told rough, the same day
named; the halt report and both denials are one story); its two strict xfails are plain tests.
"""

from __future__ import annotations

from tests.support.busy_days import BusyDays, assert_days_as_briefed, busy_day_checks, report

EN, EN2, FR, DE, DE2 = "Wire EN", "Paper EN", "Agence FR", "Agentur DE", "Zeitung DE"


DAY_A = [
    # The leak, then the confirmation (one event, see above).
    report("SA-EN-01", "en", EN2, "2027-06-15", "se-gripen",
           "Sweden to give Ukraine up to 14 Gripen jets, newspaper reports",
           "STOCKHOLM (Paper) - Sweden plans to give Ukraine up to 14 Gripen C fighter jets, a Stockholm "
           "newspaper reported on Tuesday, citing sources in the defence ministry. The ministry declined to "
           "comment."),
    report("SA-DE-01", "de", DE, "2027-06-15", "se-gripen",
           "Schweden bestätigt Lieferung von Gripen-Kampfjets an die Ukraine",
           "STOCKHOLM (Agentur) - Schweden wird der Ukraine bis zu 14 Kampfjets vom Typ Gripen C überlassen. "
           "Das bestätigte der Verteidigungsminister am Dienstagnachmittag, nachdem eine Zeitung darüber "
           "berichtet hatte. Die ersten Maschinen sollen im kommenden Jahr übergeben werden."),
    report("SA-FR-01", "fr", FR, "2027-06-15", "se-gripen",
           "La Suède confirme l'envoi de chasseurs Gripen à l'Ukraine",
           "STOCKHOLM (Agence) - La Suède va céder jusqu'à 14 avions de combat Gripen C à l'Ukraine, a confirmé "
           "mardi le ministre suédois de la Défense, confirmant une information de presse."),
    # The same system, two donors, one day: two events.
    report("SA-EN-02", "en", EN, "2027-06-15", "no-nasams",
           "Norway pledges four more NASAMS launchers to Ukraine",
           "OSLO (Wire) - Norway will send four more NASAMS air defence launchers to Ukraine, the defence "
           "ministry said on Tuesday, part of a 2 billion crown package."),
    report("SA-FR-02", "fr", FR, "2027-06-15", "no-nasams",
           "La Norvège promet quatre lanceurs NASAMS supplémentaires à Kiev",
           "OSLO (Agence) - La Norvège va fournir quatre lanceurs de défense antiaérienne NASAMS "
           "supplémentaires à l'Ukraine, dans le cadre d'un paquet de 2 milliards de couronnes."),
    report("SA-EN-03", "en", EN2, "2027-06-15", "ca-nasams",
           "Canada to buy a NASAMS battery for Ukraine",
           "OTTAWA (Paper) - Canada will buy a NASAMS air defence battery for Ukraine from Kongsberg for 400 "
           "million Canadian dollars, the defence minister said on Tuesday."),
    report("SA-DE-02", "de", DE2, "2027-06-15", "ca-nasams",
           "Kanada kauft NASAMS-Batterie für die Ukraine",
           "OTTAWA (Zeitung) - Kanada wird für die Ukraine eine NASAMS-Flugabwehrbatterie im Wert von 400 "
           "Millionen kanadischen Dollar beim Hersteller Kongsberg kaufen."),
    report("SA-DE-03", "de", DE, "2027-06-15", "dk-caesar",
           "Dänemark hat der Ukraine 19 Caesar-Haubitzen geliefert",
           "KOPENHAGEN (Agentur) - Dänemark hat der Ukraine alle 19 zugesagten Radhaubitzen vom Typ Caesar "
           "geliefert, teilte das Verteidigungsministerium am Dienstag mit."),
    report("SA-EN-04", "en", EN, "2027-06-15", "wfp-grain",
           "WFP ships Ukrainian wheat to Sudan",
           "ODESA (Wire) - The World Food Programme shipped 30,000 tonnes of Ukrainian wheat to Sudan from "
           "Odesa on Tuesday.", relevant=False),
]

DAY_B = [
    # Different figures for one delivery (one event).
    report("SB-EN-01", "en", EN, "2027-07-08", "cz-shells",
           "Czech-led initiative has delivered 400,000 shells this year, minister says",
           "PRAGUE (Wire) - The Czech-led ammunition initiative has delivered about 400,000 large-calibre "
           "shells to Ukraine this year, the Czech defence minister said on Thursday."),
    report("SB-FR-01", "fr", FR, "2027-07-08", "cz-shells",
           "L'initiative tchèque a livré 500 000 obus à l'Ukraine depuis janvier",
           "PRAGUE (Agence) - L'initiative tchèque sur les munitions a permis de livrer 500 000 obus de gros "
           "calibre à l'Ukraine depuis janvier, a indiqué jeudi le ministre tchèque de la Défense."),
    report("SB-DE-01", "de", DE2, "2027-07-08", "cz-shells",
           "Tschechische Munitionsinitiative: Rund 400.000 Granaten an Kiew geliefert",
           "PRAG (Zeitung) - Über die tschechische Munitionsinitiative sind in diesem Jahr rund 400.000 "
           "Artilleriegranaten an die Ukraine geliefert worden, sagte der Verteidigungsminister am Donnerstag."),
    # A report of a halt, then the denial (one event).
    report("SB-EN-02", "en", EN2, "2027-07-08", "it-halt",
           "Italy has quietly halted arms shipments to Ukraine, paper says",
           "ROME (Paper) - Italy has suspended deliveries of weapons to Ukraine since May, a Milan newspaper "
           "reported on Thursday, citing military sources."),
    report("SB-FR-02", "fr", FR, "2027-07-08", "it-halt",
           "Rome dément toute suspension de son aide militaire à Kiev",
           "ROME (Agence) - Le ministère italien de la Défense a démenti jeudi avoir suspendu ses livraisons "
           "d'armes à l'Ukraine, après un article de presse. « Notre soutien militaire continue », a-t-il "
           "assuré."),
    report("SB-DE-02", "de", DE, "2027-07-08", "it-halt",
           "Italien weist Bericht über Stopp der Waffenlieferungen an Kiew zurück",
           "ROM (Agentur) - Italien hat einen Bericht über einen Stopp seiner Waffenlieferungen an die Ukraine "
           "zurückgewiesen. Die militärische Unterstützung gehe weiter, erklärte das Verteidigungsministerium."),
    report("SB-EN-03", "en", EN, "2027-07-08", "fi-30",
           "Finland pledges 200 million euro military package for Ukraine",
           "HELSINKI (Wire) - Finland will send Ukraine a 30th military aid package worth 200 million euros, "
           "including artillery ammunition and air defence equipment, the defence ministry said on Thursday."),
    report("SB-DE-03", "de", DE2, "2027-07-08", "fi-30",
           "Finnland sagt Kiew 30. Militärpaket über 200 Millionen Euro zu",
           "HELSINKI (Zeitung) - Finnland schickt der Ukraine ein 30. Militärhilfepaket im Wert von 200 "
           "Millionen Euro mit Artilleriemunition und Flugabwehrausrüstung."),
    report("SB-FR-03", "fr", FR, "2027-07-08", "eu-shadow",
           "L'UE sanctionne 80 pétroliers supplémentaires de la flotte fantôme",
           "BRUXELLES (Agence) - L'Union européenne a ajouté jeudi 80 pétroliers de la flotte fantôme russe à "
           "sa liste de sanctions.", relevant=False),
]

DAY_C = [
    # An agency's report and its corrected re-send (another count): one event.
    report("SC-EN-01", "en", EN, "2027-09-21", "nl-pzh",
           "Dutch to send 24 more PzH 2000 howitzers to Ukraine",
           "THE HAGUE (Wire) - The Netherlands will send 24 more PzH 2000 self-propelled howitzers to Ukraine, "
           "the defence ministry said on Tuesday."),
    report("SC-EN-02", "en", EN, "2027-09-21", "nl-pzh",
           "CORRECTED-Dutch to send 12 more PzH 2000 howitzers to Ukraine",
           "THE HAGUE (Wire) - The Netherlands will send 12 more PzH 2000 self-propelled howitzers to Ukraine, "
           "the defence ministry said on Tuesday. (Corrects number of howitzers in headline and first "
           "paragraph to 12, not 24.)"),
    report("SC-DE-01", "de", DE, "2027-09-21", "nl-pzh",
           "Niederlande schicken zwölf weitere Panzerhaubitzen in die Ukraine",
           "DEN HAAG (Agentur) - Die Niederlande wollen der Ukraine zwölf weitere Panzerhaubitzen 2000 "
           "überlassen, teilte das Verteidigungsministerium am Dienstag mit."),
    report("SC-FR-01", "fr", FR, "2027-09-21", "be-f16",
           "La Belgique va livrer six F-16 supplémentaires à l'Ukraine",
           "BRUXELLES (Agence) - La Belgique va livrer six avions de combat F-16 supplémentaires à l'Ukraine "
           "d'ici la fin de l'année, a annoncé mardi le ministre belge de la Défense."),
    report("SC-FR-02", "fr", FR, "2027-09-21", "be-f16",
           "RECTIFICATIF - La Belgique va livrer quatre F-16 supplémentaires à l'Ukraine",
           "BRUXELLES (Agence) - La Belgique va livrer quatre avions de combat F-16 supplémentaires à "
           "l'Ukraine d'ici la fin de l'année, a annoncé mardi le ministre belge de la Défense. (Rectificatif : "
           "il s'agit de quatre appareils et non de six comme indiqué par erreur.)"),
    # The same system, two donors, one day: two events.
    report("SC-EN-03", "en", EN2, "2027-09-21", "de-iris",
           "Germany pledges another IRIS-T system to Ukraine",
           "BERLIN (Paper) - Germany will give Ukraine another IRIS-T SLM air defence system before the winter, "
           "the defence ministry said on Tuesday."),
    report("SC-DE-02", "de", DE2, "2027-09-21", "de-iris",
           "Deutschland sagt der Ukraine weiteres IRIS-T-System zu",
           "BERLIN (Zeitung) - Deutschland liefert der Ukraine vor dem Winter ein weiteres "
           "Flugabwehrsystem IRIS-T SLM, teilte das Verteidigungsministerium am Dienstag mit."),
    report("SC-EN-04", "en", EN, "2027-09-21", "ee-iris",
           "Estonia to pay for IRIS-T missiles for Ukraine",
           "TALLINN (Wire) - Estonia will pay 40 million euros for IRIS-T air defence missiles for Ukraine, "
           "the Estonian defence ministry said on Tuesday."),
    report("SC-FR-03", "fr", FR, "2027-09-21", "ee-iris",
           "L'Estonie financera des missiles IRIS-T pour l'Ukraine",
           "TALLINN (Agence) - L'Estonie va financer à hauteur de 40 millions d'euros des missiles de défense "
           "antiaérienne IRIS-T destinés à l'Ukraine, a annoncé mardi son ministère de la Défense."),
    report("SC-DE-03", "de", DE, "2027-09-21", "bw-iris",
           "Bundeswehr erhält zweites eigenes IRIS-T-SLM-System",
           "KOBLENZ (Agentur) - Die Luftwaffe hat ihr zweites Flugabwehrsystem IRIS-T SLM vom Hersteller "
           "Diehl Defence übernommen.", relevant=False),
]

DAYS = {"A": DAY_A, "B": DAY_B, "C": DAY_C}
SHUFFLES = 6  # the file's order and 5 shuffles, then newest first: 7 orders

# What the probe leaves: (check, day, dates) -> what is read instead (strict xfails). Day B's misses
# (joined, both date modes) were fixed on branch stories24: close counts of one delivery with the
# same day named (same_event._counts_close), a denial joining the halt report it answers
# (same_event._denies_report).
LEFT: dict[tuple[str, str, str], str] = {}


BUSY_DAYS = BusyDays(DAYS, SHUFFLES, LEFT)


(test_every_report_labelled_relevant_is_stored_as_relevant, test_no_story_joins_two_events, test_no_event_is_hidden,
 test_every_report_joins_the_story_of_its_event) = busy_day_checks(BUSY_DAYS)


def test_the_probe_is_as_briefed() -> None:
    """Three days of 8-12 reports in the three languages, ids unique."""
    assert_days_as_briefed(DAYS)
