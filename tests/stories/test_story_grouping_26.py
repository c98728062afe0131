"""Story grouping round 26: review 47's grouping causes (tests/stories/test_review_47.py), fixed in
bot/core/stories, checked on two busy days and pairs written for this file. Every text and figure is
invented here; none is taken from the real-article set or the probe. Each report was labelled by hand with
its event before the first run.

The fixes:
- 36: two reports that name one kind of thing only, the same, and count it exactly with no count shared or
  close conflict ("count", same_event._exact_counts_differ): a non-state campaign's report (no pledge, so
  no phase or pledge key to differ on) no longer opens a story a government's reports of another handover
  join on the country and the weekday alone;
- 34: a chronology's dated steps ("October 2022: ...", "Mai 2024 : ...", "- janvier : ...") are background,
  like other recalls dated before the news (bot/core/stories/evidence/chronology_lines.py, pledge_news.
  without_recalls): a cut of those lines, not a genre, because the form of the line marks them whatever the
  headline says, and the news sentence of the same piece keeps its pledges;
- 33: "dürfte(n) ... zusagen/vorstellen", "pourrait/devrait ... annoncer/présenter", "could announce" are
  previews (gatherings._ANNOUNCEMENT_AHEAD);
- 32: two thanks headlines to the same governments, two at least, on the same day named, are one statement
  (thanks.py, same_event._thanks_shared); a speaker key was not used: the French report names no
  speaker ("le président ukrainien"), and one government thanked is thanked twice a day as often as not.

Day F (a Tuesday and the Wednesday after): a Danish foundation's drones handed to a brigade beside
Denmark's own delivery of drones that day (two events; the counter-case of two givers of one thing on one
day: the Netherlands' drones, the same day); Sweden's Archer pledge with a French chronology-led explainer
and a German preview the day before; the same donor's second announcement that week (Friday: more Archer,
another count: its own event). Day G: a thanks speech to Finland and Estonia (English and German), the
same speaker's thanks to Finland alone on another day (its own event), Finland's own delivery of the day
(its own event), and a preview of a meeting with its outcome.

Day H (a Wednesday): volunteers' drones beside the state's drones from an order placed with its makers
(the form of review 47's day C, where a state report read no pledge), and another donor's shells; written
after days F and G had run.

First runs (2026-12-05, labels unchanged; load average 15-22), 7 orders, both date modes: on this branch
days F, G and H hold every check (nothing hidden, no two events joined, every report in its event's
story); main's code (1555ad2) run on the same days holds them too: these days guard the fixes against
regressions but do not tell them from main (the probe's day C went wrong in one order of seven, on an
arrival order these days do not reproduce). What fails on main: the pairs "a German preview and the
decision" and "one thanks speech in two languages" (both apart there), the count conflict's cases
(test_exact_counts_far_apart_conflict: no such conflict) and the timeline steps; and review 47's days A,
B and C (tests/stories/test_review_47.py). The pair "the state's drones in two languages" is apart on
both (a pledge-extraction reading, left as a strict xfail).
"""

from __future__ import annotations

import pytest

from bot.core.stories.evidence.chronology_lines import is_timeline_step
from bot.core.stories.evidence.events import EventEvidence
from bot.core.stories.scoring.same_event import compare
from tests.support.busy_days import BusyDays, assert_days_as_briefed, busy_day_checks, report
from tests.support.story_pairs import matcher_joins, pair_case

WIRE, PAPER, AGENCE, AGENTUR = "Wire EN", "Paper EN", "Agence FR", "Agentur DE"

DAY_F = [
    # A foundation's drones (no state giver) and the state's drones, one country, one day: two events.
    report("F-EN-01", "en", PAPER, "2028-03-07", "dk-foundation",
           "Danish foundation hands 400 reconnaissance drones to Ukrainian brigade",
           "COPENHAGEN (Paper) - A Danish foundation funded by private donors has handed 400 reconnaissance "
           "drones to a Ukrainian artillery brigade, its director said on Tuesday."),
    report("F-DE-01", "de", AGENTUR, "2028-03-07", "dk-foundation",
           "Dänische Stiftung übergibt 400 Aufklärungsdrohnen an ukrainische Brigade",
           "KOPENHAGEN (Agentur) - Eine dänische Stiftung hat 400 Aufklärungsdrohnen an eine ukrainische "
           "Artilleriebrigade übergeben, sagte ihr Direktor am Dienstag. Das Geld kam von privaten Spendern."),
    report("F-EN-02", "en", WIRE, "2028-03-07", "dk-state",
           "Denmark delivers 3,000 drones to Ukraine",
           "COPENHAGEN (Wire) - Denmark has delivered 3,000 reconnaissance drones to Ukraine's armed forces, "
           "the Danish defence ministry said on Tuesday."),
    report("F-FR-01", "fr", AGENCE, "2028-03-07", "dk-state",
           "Le Danemark livre 3 000 drones à l'Ukraine",
           "COPENHAGUE (Agence) - Le Danemark a livré 3 000 drones de reconnaissance aux forces ukrainiennes, "
           "a annoncé mardi le ministère danois de la Défense."),
    # Another donor's drones the same day: another event.
    report("F-EN-03", "en", WIRE, "2028-03-07", "nl-drones",
           "Netherlands delivers 1,500 drones to Ukraine",
           "THE HAGUE (Wire) - The Netherlands has delivered 1,500 drones to Ukraine, the Dutch defence "
           "ministry said on Tuesday."),
    report("F-DE-02", "de", AGENTUR, "2028-03-07", "nl-drones",
           "Niederlande liefern 1500 Drohnen an die Ukraine",
           "DEN HAAG (Agentur) - Die Niederlande haben der Ukraine 1500 Drohnen geliefert, teilte das "
           "Verteidigungsministerium am Dienstag mit."),
    # Sweden's pledge: a German preview the day before, the reports, a French chronology-led explainer.
    report("F-DE-03", "de", AGENTUR, "2028-03-06", "se-archer",
           "Schweden will weitere Archer-Haubitzen für die Ukraine ankündigen",
           "STOCKHOLM (Agentur) - Schweden dürfte der Ukraine am Dienstag weitere Radhaubitzen vom Typ Archer "
           "zusagen, hieß es aus Regierungskreisen in Stockholm."),
    report("F-EN-04", "en", WIRE, "2028-03-07", "se-archer",
           "Sweden pledges eight more Archer howitzers to Ukraine",
           "STOCKHOLM (Wire) - Sweden will give Ukraine eight more Archer self-propelled howitzers, Defence "
           "Minister Pal Jonson said on Tuesday."),
    report("F-FR-02", "fr", AGENCE, "2028-03-07", "se-archer",
           "Obusiers Archer : trois ans d'aide suédoise à l'Ukraine",
           "STOCKHOLM (Agence) - Janvier 2025 : la Suède livre ses huit premiers obusiers Archer à l'Ukraine. "
           "Mai 2026 : douze autres suivent. Mardi, le ministre suédois de la Défense a promis huit obusiers "
           "Archer supplémentaires."),
    # The same donor's second announcement of the week, of the same system: its own event.
    report("F-EN-05", "en", WIRE, "2028-03-10", "se-archer-2",
           "Sweden adds 18 Archer howitzers in second pledge this week",
           "STOCKHOLM (Wire) - Sweden will send Ukraine 18 more Archer howitzers, the government said on "
           "Friday, three days after it pledged eight of the guns."),
    report("F-FR-03", "fr", AGENCE, "2028-03-10", "x-ferry",
           "Danemark : un ferry immobilisé par une tempête à Aarhus",
           "AARHUS (Agence) - Un ferry transportant 300 passagers est resté bloqué vendredi dans le port "
           "d'Aarhus en raison d'une tempête.", relevant=False),
]

DAY_G = [
    # A thanks speech to two governments, told by two outlets: one event.
    report("G-EN-01", "en", PAPER, "2028-04-12", "ua-thanks-fi-ee",
           "Zelensky thanks Finland and Estonia for artillery and mine-clearing vehicles",
           "KYIV (Paper) - Ukraine's president thanked Finland for its artillery guns and Estonia for the "
           "mine-clearing vehicles delivered this winter, in his nightly address on Wednesday."),
    report("G-DE-01", "de", AGENTUR, "2028-04-12", "ua-thanks-fi-ee",
           "Selenskyj dankt Finnland und Estland für Waffenhilfe",
           "KIEW (Agentur) - Der ukrainische Präsident hat sich am Mittwochabend bei Finnland für Geschütze und "
           "bei Estland für Minenräumfahrzeuge bedankt, die im Winter geliefert worden seien."),
    # The same speaker thanking one of them on another day: another event.
    report("G-EN-02", "en", WIRE, "2028-04-10", "ua-thanks-fi",
           "Zelensky thanks Finland for new air defence package",
           "KYIV (Wire) - President Volodymyr Zelensky thanked Finland on Monday for its latest air defence "
           "package, announced last week."),
    # Finland's own delivery, the day of the speech: another event.
    report("G-FR-01", "fr", AGENCE, "2028-04-12", "fi-guns",
           "La Finlande livre 10 canons à l'Ukraine",
           "HELSINKI (Agence) - La Finlande a livré dix canons d'artillerie de 155 mm à l'Ukraine, a indiqué "
           "mercredi le ministère finlandais de la Défense."),
    report("G-EN-03", "en", WIRE, "2028-04-12", "fi-guns",
           "Finland delivers 10 artillery guns to Ukraine",
           "HELSINKI (Wire) - Finland has delivered ten 155 mm artillery guns to Ukraine, the Finnish defence "
           "ministry said on Wednesday."),
    # A French preview of a donor's announcement at a meeting, then the outcome: one event.
    report("G-FR-02", "fr", AGENCE, "2028-04-11", "ca-ramstein",
           "Ramstein : le Canada pourrait annoncer de nouveaux blindés pour Kiev",
           "BRUXELLES (Agence) - Le Canada pourrait à cette occasion annoncer la livraison de nouveaux "
           "véhicules blindés à l'Ukraine lors de la réunion du groupe de contact de mercredi, selon des "
           "diplomates."),
    report("G-EN-04", "en", WIRE, "2028-04-12", "ca-ramstein",
           "Canada pledges 50 armoured vehicles to Ukraine at Ramstein meeting",
           "BRUSSELS (Wire) - Canada will send Ukraine 50 more armoured vehicles, Defence Minister David "
           "McGuinty told the Ukraine Defense Contact Group meeting on Wednesday."),
    report("G-DE-02", "de", AGENTUR, "2028-04-12", "ca-ramstein",
           "Kanada sagt der Ukraine 50 gepanzerte Fahrzeuge zu",
           "BRÜSSEL (Agentur) - Kanada wird der Ukraine 50 weitere gepanzerte Fahrzeuge liefern, sagte "
           "Verteidigungsminister David McGuinty beim Treffen der Ukraine-Kontaktgruppe am Mittwoch."),
    report("G-EN-05", "en", PAPER, "2028-04-12", "x-tallinn",
           "Tallinn opens new tram line to the airport",
           "TALLINN (Paper) - The Estonian capital opened a new tram line linking the old town with the airport "
           "on Wednesday.", relevant=False),
]

DAY_H = [
    # Volunteers' drones (no state giver) and the state's drones from an order placed with its makers (a
    # report of the state's handover may read no pledge then): one country, one day, two events.
    report("H-EN-01", "en", PAPER, "2028-05-17", "ee-volunteers",
           "Estonian volunteers hand 150 FPV drones to Ukrainian brigade",
           "TALLINN (Paper) - Volunteers collecting money through an Estonian radio station have delivered 150 "
           "FPV drones to a Ukrainian brigade, the organisers said on Wednesday."),
    report("H-DE-01", "de", AGENTUR, "2028-05-17", "ee-volunteers",
           "Estnische Freiwillige übergeben 150 Drohnen an ukrainische Brigade",
           "TALLINN (Agentur) - Freiwillige eines estnischen Radiosenders haben am Mittwoch 150 FPV-Drohnen an "
           "eine ukrainische Brigade übergeben."),
    report("H-FR-01", "fr", AGENCE, "2028-05-17", "ee-state",
           "L'Estonie achemine 4 000 drones FPV vers l'Ukraine",
           "TALLINN (Agence) - Le ministère estonien de la Défense a annoncé mercredi l'envoi de 4 000 drones "
           "FPV aux forces ukrainiennes, première tranche d'une commande de 15 millions d'euros passée auprès "
           "d'entreprises estoniennes."),
    report("H-EN-02", "en", WIRE, "2028-05-17", "ee-state",
           "Estonia sends 4,000 FPV drones to Ukraine",
           "TALLINN (Wire) - Estonia has sent 4,000 FPV drones to Ukraine, the first part of a 15 million euro "
           "order with Estonian companies, the defence ministry said on Wednesday."),
    report("H-DE-02", "de", AGENTUR, "2028-05-17", "ee-state",
           "Estland schickt 4000 Drohnen in die Ukraine",
           "TALLINN (Agentur) - Estland hat 4000 FPV-Drohnen an die Ukraine geschickt, teilte das "
           "Verteidigungsministerium am Mittwoch mit. Sie stammen aus einer Bestellung über 15 Millionen Euro "
           "bei estnischen Firmen."),
    report("H-EN-03", "en", WIRE, "2028-05-17", "lv-ammo",
           "Latvia to fund artillery shells for Ukraine with 50 million euros",
           "RIGA (Wire) - Latvia will spend 50 million euros on artillery ammunition for Ukraine, the defence "
           "ministry said on Wednesday."),
    report("H-FR-02", "fr", AGENCE, "2028-05-17", "lv-ammo",
           "La Lettonie finance des obus pour l'Ukraine à hauteur de 50 millions d'euros",
           "RIGA (Agence) - La Lettonie va consacrer 50 millions d'euros à l'achat d'obus d'artillerie pour "
           "l'Ukraine, a annoncé mercredi le ministère letton de la Défense."),
    report("H-DE-03", "de", PAPER, "2028-05-17", "x-market",
           "Tallinner Weihnachtsmarkt zieht Rekordzahl an Besuchern an",
           "TALLINN (Zeitung) - Der Weihnachtsmarkt in der Altstadt von Tallinn hat am ersten Wochenende so viele "
           "Besucher angezogen wie nie zuvor.", relevant=False),
]

DAYS = {"F": DAY_F, "G": DAY_G, "H": DAY_H}
SHUFFLES = 6  # the file's order and 5 shuffles, then newest first: 7 orders

LEFT: dict[tuple[str, str, str], str] = {}

BUSY_DAYS = BusyDays(DAYS, SHUFFLES, LEFT)

(test_every_report_labelled_relevant_is_stored_as_relevant, test_no_story_joins_two_events, test_no_event_is_hidden,
 test_every_report_joins_the_story_of_its_event) = busy_day_checks(BUSY_DAYS)


def test_the_round_is_as_briefed() -> None:
    """Days of 8-12 reports in the three languages, no report id twice."""
    assert_days_as_briefed(DAYS)


# Pairs, each of one fix, labelled before their first run: (name, first, second, hours apart, one event?).
_CAMPAIGN = ("en", "Polish crowdfunding drive hands 600 FPV drones to Ukrainian brigade",
             "WARSAW (Paper) - A crowdfunding drive run by a Polish news site has delivered 600 FPV drones to a "
             "Ukrainian brigade, its organisers said on Monday.")
_STATE = ("fr", "La Pologne livre 8 000 drones FPV à l'Ukraine",
          "VARSOVIE (Agence) - Le ministère polonais de la Défense a annoncé lundi la livraison de 8 000 drones "
          "FPV aux forces ukrainiennes.")
_STATE_EN = ("en", "Poland delivers 8,000 FPV drones to Ukraine",
             "WARSAW (Wire) - Poland has delivered 8,000 FPV drones to Ukraine, the defence ministry said on Monday.")
_NEWS = ("en", "Norway pledges sixth NASAMS system to Ukraine",
         "OSLO (Wire) - Norway will give Ukraine a sixth NASAMS air defence system, Defence Minister Tore O. "
         "Sandvik said on Thursday.")
_CHRONOLOGY = ("en", "TIMELINE-Norway's NASAMS for Ukraine",
               "OSLO (Wire) - November 2022: the first NASAMS system reaches Ukraine. 2024: Oslo delivers a "
               "third and a fourth. On Thursday, Defence Minister Tore O. Sandvik pledged a sixth NASAMS system "
               "for Ukraine.")
_PREVIEW_DE = ("de", "Italien dürfte neues Waffenpaket für die Ukraine vorstellen",
               "ROM (Agentur) - Die italienische Regierung dürfte am Donnerstag ein neues Paket mit "
               "Flugabwehrsystemen für die Ukraine vorstellen, hieß es in Rom.")
_DECISION_EN = ("en", "Italy pledges air defence systems to Ukraine",
                "ROME (Wire) - Italy will send Ukraine more air defence systems, the government said on Thursday.")
_THANKS_EN = ("en", "Zelensky thanks Belgium and Luxembourg for F-16 support",
              "KYIV (Paper) - Ukraine's president thanked Belgium and Luxembourg for their help with F-16 jets in "
              "his nightly address on Friday.")
_THANKS_FR = ("fr", "Zelensky remercie la Belgique et le Luxembourg pour leur aide",
              "KIEV (Agence) - Le président ukrainien a remercié vendredi la Belgique et le Luxembourg pour leur "
              "soutien aux avions F-16.")
_THANKS_OTHER_DAY = ("fr", "Zelensky remercie la Belgique et le Luxembourg pour leur aide",
                     "KIEV (Agence) - Le président ukrainien a remercié lundi la Belgique et le Luxembourg pour "
                     "leur soutien aux avions F-16.")
_BELGIUM_OWN = ("en", "Belgium and Luxembourg pledge F-16 support to Ukraine",
                "BRUSSELS (Wire) - Belgium and Luxembourg will fund spare parts for Ukraine's F-16 jets, the two "
                "governments said on Friday.")

PAIRS = [
    pair_case("a campaign's drones and the state's, exact counts far apart", _CAMPAIGN, _STATE, 2, False),
    pair_case("a campaign's drones and the state's in English", _CAMPAIGN, _STATE_EN, 2, False),
    pair_case("the state's drones in two languages", _STATE, _STATE_EN, 2, True, marks=[pytest.mark.xfail(
        strict=True, reason="the French 'a annoncé lundi la livraison de 8 000 drones' is read pledged by the pledge "
        "extraction (the noun 'livraison' after 'annoncer'), the English delivered: they conflict in phase")]),
    pair_case("a chronology-led explainer and its news", _NEWS, _CHRONOLOGY, 2, True),
    pair_case("a German preview and the decision", _PREVIEW_DE, _DECISION_EN, 20, True),
    pair_case("one thanks speech in two languages", _THANKS_EN, _THANKS_FR, 2, True),
    pair_case("thanks to the same governments on another day", _THANKS_EN, _THANKS_OTHER_DAY, 2, False),
    pair_case("a thanks speech and the thanked governments' own pledge", _THANKS_EN, _BELGIUM_OWN, 2, False),
]


@pytest.mark.parametrize(("name", "first", "second", "hours", "one_event"), PAIRS)
def test_pairs(name, first, second, hours, one_event, analyzer):
    assert matcher_joins(analyzer, first, second, hours) == one_event


def test_a_timeline_step_is_read_as_such() -> None:
    assert is_timeline_step("BERLIN (Wire) - October 2022: the first system reaches Ukraine.")
    assert is_timeline_step("- janvier : Paris livre 12 canons Caesar ;")
    assert is_timeline_step("Im März 2024: Berlin liefert ein zweites System.")
    assert is_timeline_step("2026: a fourth follows.")
    assert not is_timeline_step("On Tuesday, the minister pledged a fifth system: it will arrive in May.")
    assert not is_timeline_step("BERLIN (Wire) - Germany will send 20 more tanks, the ministry said.")


def _told(counts, things=("drones",), rough=(), counted=(), pledges=()) -> EventEvidence:
    """A report of a Lithuanian handover on a Thursday, naming no pledge unless told (a campaign's, or
    one read as production): its counts and kinds of thing."""
    return EventEvidence(donors=frozenset({"LT"}), counts=frozenset(counts), rough_counts=frozenset(rough),
                         things=frozenset(things), weekdays=frozenset({3}), occasions=frozenset({"statement"}),
                         counted=frozenset(counted), pledges=frozenset(pledges),
                         phases=frozenset({"decision"}) if pledges else frozenset())


@pytest.mark.parametrize(("a", "b", "conflict"), [
    pytest.param(_told({250}), _told({5000}), "count", id="250 and 5,000 drones"),
    pytest.param(_told({12}), _told({18}), "", id="12 and 18: a wrong figure and its correction"),
    pytest.param(_told({250}), _told({250, 5000}), "", id="a count shared"),
    pytest.param(_told({250}), _told({5000}, rough={5000}), "", id="one told rough"),
    pytest.param(_told({250}), _told({5000}, things=("drones", "ammunition")), "", id="another kind of thing too"),
    pytest.param(_told({800_000_000}), _told({2_000_000_000}), "", id="sums read as counts"),
    pytest.param(_told({250}), _told({5000}, counted={"5000|production"}), "count", id="a state's order read as production"),
    pytest.param(_told({19}, counted={"19|decision"}, pledges={"DK|drones|pledged"}),
                 _told({100}, pledges={"DK|drones|pledged"}), "",
                 id="a lead's other number beside a promise counted nowhere"),
])
def test_exact_counts_far_apart_conflict(a, b, conflict) -> None:
    assert compare(a, b).conflict == conflict
