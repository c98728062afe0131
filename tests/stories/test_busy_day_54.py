"""A busy week of round 54 (tests/stories/test_story_grouping_54.py), replayed through the real poller in 7 orders and
both date modes (and days B). Every text is invented for this file; each report was labelled with its event before the first
run. The traps: two decisions of the EU Council on one Monday (a fund top-up, a training mission's extension), each
told by two outlets; Germany's aid pledge and, later in the week, its cut of that aid, each told in two languages in
the pledge's own words; Germany's word on more IRIS-T whose money flows "sobald der Bundestag zustimmt", and the
Bundestag's vote on that money the same day.

Main's code (1d4d7578), in all 7 orders and both date modes: day 54, 9 wrong pairs and 3 of 6 events hidden (the two
EU decisions, the pledge and its cut, the word and the vote each one story); days 54B, 3 of 6 pairs missed (the German
thanks "für die am Vortag zugesagten" read as an arrival, the handover told "paid for with money parliament approved
in June" read as the vote's report), nothing hidden. This branch's first run of day 54 (2026-12-06 17:10 UTC): 1.00 /
1.00 in every order. Days 54B's first run: every pair joined, no wrong pair, but the thanks for both German promises
opened the story the later promise joined in 2 of 7 orders (an event hidden); a thanks naming a system the news does
not now follows it up no more. Now both 1.00 / 1.00, nothing hidden, in every order and both date modes.
"""

from __future__ import annotations

from tests.support.busy_days import BusyDays, busy_day_checks, report

EN, EN2, FR, DE, DE2 = "Wire EN", "Paper EN", "Agence FR", "Agentur DE", "Zeitung DE"

BUSY_WEEK = [
    report("W54-EN-01", "en", EN, "2028-09-04", "eu-top-up",
           "EU Council approves 5 billion euros more for Ukraine military aid fund",
           "BRUSSELS (Wire) - The Council of the European Union on Monday approved a 5 billion euro top-up of the "
           "Ukraine Assistance Fund to pay for weapons and ammunition for Kyiv, the Council said in a statement."),
    report("W54-FR-01", "fr", FR, "2028-09-04", "eu-top-up",
           "L'UE approuve 5 milliards d'euros de plus pour son fonds d'aide militaire à l'Ukraine",
           "BRUXELLES (Agence) - Le Conseil de l'Union européenne a approuvé lundi une rallonge de 5 milliards "
           "d'euros du fonds d'assistance à l'Ukraine, qui finance des armes et des munitions pour Kiev."),
    report("W54-EN-02", "en", EN2, "2028-09-04", "eu-mission",
           "EU Council extends training mission for Ukrainian troops by two years",
           "BRUSSELS (Paper) - The Council of the European Union on Monday extended its military assistance mission "
           "training Ukrainian soldiers until November 2030 and gave it a budget of 400 million euros, the Council "
           "said."),
    report("W54-DE-01", "de", DE2, "2028-09-04", "eu-mission",
           "EU verlängert Ausbildungsmission für ukrainische Soldaten",
           "BRÜSSEL (Zeitung) - Der Rat der EU hat am Montag die Mission zur Ausbildung ukrainischer Soldaten bis "
           "November 2030 verlängert und ihr 400 Millionen Euro bereitgestellt."),
    report("W54-DE-02", "de", DE, "2028-09-05", "de-aid",
           "Deutschland sagt der Ukraine weitere Militärhilfe zu",
           "BERLIN (Agentur) - Deutschland sagt der Ukraine für dieses Jahr weitere Militärhilfe im Umfang von 500 "
           "Millionen Euro zu, teilte das Verteidigungsministerium in Berlin mit."),
    report("W54-EN-03", "en", EN, "2028-09-05", "de-aid",
           "Germany pledges more military aid to Ukraine",
           "BERLIN (Wire) - Germany pledged Ukraine more military aid worth 500 million euros for this year, the "
           "defence ministry in Berlin said."),
    report("W54-DE-03", "de", DE, "2028-09-06", "de-cut",
           "Deutschland kürzt zugesagte Militärhilfe für die Ukraine",
           "BERLIN (Agentur) - Deutschland kürzt die der Ukraine für dieses Jahr zugesagte Militärhilfe im Umfang "
           "von 500 Millionen Euro um die Hälfte, teilte das Verteidigungsministerium in Berlin mit."),
    report("W54-EN-04", "en", EN, "2028-09-06", "de-cut",
           "Germany cuts promised military aid to Ukraine",
           "BERLIN (Wire) - Germany is cutting the military aid worth 500 million euros it promised Ukraine for "
           "this year by half, the defence ministry in Berlin said."),
    report("W54-DE-04", "de", DE, "2028-09-07", "de-iris-word",
           "Deutschland will der Ukraine weitere IRIS-T für 900 Millionen Euro liefern",
           "BERLIN (Agentur) - Deutschland will der Ukraine weitere IRIS-T-Systeme im Wert von 900 Millionen Euro "
           "liefern; das Geld fließt, sobald der Bundestag zustimmt, sagte ein Ministeriumssprecher am Donnerstag."),
    report("W54-DE-05", "de", DE2, "2028-09-07", "de-iris-vote",
           "Bundestag billigt 900 Millionen Euro für IRIS-T für die Ukraine",
           "BERLIN (Zeitung) - Der Bundestag hat am Donnerstag 900 Millionen Euro für weitere IRIS-T-Systeme für "
           "die Ukraine gebilligt."),
]

# Days B, Monday 11 and Tuesday 12 September 2028: Germany promises IRIS-T and, in another announcement, a Patriot
# system; Kyiv thanks Berlin the next day for both (it belongs to either promise: labelled here as a look-alike,
# so that the four checks count no pair of it, and `test_a_thanks_for_two_promises_hides_neither` checks it); Spain's Leopard pledge and a German thanks "für die am Vortag zugesagten" ones;
# Norway's NASAMS handover paid with money voted in June, in three languages, and the Storting's vote on new money.
BUSY_DAYS_B = [
    report("W54-EN-11", "en", EN, "2028-09-11", "de-iris",
           "Germany pledges two more IRIS-T systems to Ukraine",
           "BERLIN (Wire) - Germany will send Ukraine two more IRIS-T SLM air defence systems this year, the defence "
           "ministry said on Monday."),
    report("W54-DE-11", "de", DE, "2028-09-11", "de-iris",
           "Deutschland sagt der Ukraine zwei weitere IRIS-T-Systeme zu",
           "BERLIN (Agentur) - Deutschland wird der Ukraine in diesem Jahr zwei weitere Flugabwehrsysteme vom Typ "
           "IRIS-T SLM liefern, teilte das Verteidigungsministerium am Montag mit."),
    report("W54-FR-11", "fr", FR, "2028-09-11", "de-patriot",
           "L'Allemagne promet un système Patriot supplémentaire à l'Ukraine",
           "BERLIN (Agence) - L'Allemagne va fournir à l'Ukraine un système de défense antiaérienne Patriot "
           "supplémentaire, a annoncé lundi après-midi le chancelier."),
    report("W54-EN-12", "en", EN2, "2028-09-11", "de-patriot",
           "Germany to give Ukraine another Patriot system",
           "BERLIN (Paper) - Germany will give Ukraine another Patriot air defence system, the chancellor said on "
           "Monday afternoon."),
    report("W54-DE-12", "de", DE2, "2028-09-12", "x-thanks-both",
           "Selenskyj dankt Deutschland für IRIS-T und Patriot",
           "KIEW (Zeitung) - Präsident Wolodymyr Selenskyj hat Deutschland am Dienstag für die am Vortag zugesagten "
           "IRIS-T- und Patriot-Systeme gedankt.", relevant=False),
    report("W54-EN-13", "en", EN, "2028-09-11", "es-leopard",
           "Spain to send Ukraine 20 more Leopard 2 tanks",
           "MADRID (Wire) - Spain will send Ukraine 20 more Leopard 2 tanks from its reserve stocks, the defence "
           "minister said on Monday."),
    report("W54-DE-13", "de", DE2, "2028-09-12", "es-leopard",
           "Selenskyj dankt Spanien für 20 Leopard-2-Panzer",
           "KIEW (Zeitung) - Präsident Wolodymyr Selenskyj hat Spanien am Dienstag für die am Vortag zugesagten 20 "
           "Kampfpanzer vom Typ Leopard 2 gedankt."),
    report("W54-FR-14", "fr", FR, "2028-09-12", "no-nasams-handover",
           "La Norvège livre deux lanceurs NASAMS à l'Ukraine",
           "OSLO (Agence) - La Norvège a livré mardi deux lanceurs NASAMS à l'Ukraine grâce au financement voté en "
           "juin, a annoncé le ministère norvégien de la Défense."),
    report("W54-EN-14", "en", EN, "2028-09-12", "no-nasams-handover",
           "Norway delivers two NASAMS launchers to Ukraine",
           "OSLO (Wire) - Norway delivered two NASAMS launchers to Ukraine on Tuesday, paid for with money "
           "parliament approved in June, the Norwegian defence ministry said."),
    report("W54-DE-14", "de", DE, "2028-09-12", "no-nasams-handover",
           "Norwegen übergibt der Ukraine zwei NASAMS-Startgeräte",
           "OSLO (Agentur) - Norwegen hat der Ukraine am Dienstag zwei NASAMS-Startgeräte übergeben, teilte das "
           "Verteidigungsministerium in Oslo mit."),
    report("W54-EN-15", "en", EN2, "2028-09-12", "no-nasams-vote",
           "Norway's parliament approves funds for more NASAMS launchers for Ukraine",
           "OSLO (Paper) - Norway's parliament on Tuesday approved 3 billion crowns for more NASAMS launchers for "
           "Ukraine."),
]

LEFT: dict[tuple[str, str, str], str] = {}

BUSY_DAYS = BusyDays({"54": BUSY_WEEK, "54B": BUSY_DAYS_B}, 6, LEFT)

(test_busy_week_54_every_relevant_report_is_stored, test_busy_week_54_no_story_joins_two_events,
 test_busy_week_54_no_event_is_hidden, test_busy_week_54_every_report_joins_its_events_story) = busy_day_checks(
    BUSY_DAYS)


def test_a_thanks_for_two_promises_hides_neither(analyzer):
    """In every order each of Monday's German promises keeps a story of its own, and the thanks for both joins
    neither: joined to the one it met first, it took in the other's report when that came after it."""
    for story_of in BUSY_DAYS.stories_of("54B", analyzer):
        iris, patriot = {story_of["W54-EN-11"], story_of["W54-DE-11"]}, {story_of["W54-FR-11"], story_of["W54-EN-12"]}
        assert len(iris) == 1 and len(patriot) == 1 and iris != patriot
        assert story_of["W54-DE-12"] not in iris | patriot
