"""A parliament's vote told with the government's decision it approves, and the day of that decision (review
54, d1: "... gebilligt, das die Regierung am Montag beschlossen hatte"). The day recalled is the decision's:
read as the vote's own day, it was shared with the announcement's reports, and so was the package's number,
and the vote joined the announcement's story, hiding it when it came first. The vote and the announcement it
approves stay two events (docs/story-grouping.md, round 25); reports of one vote in three languages, each
recalling the decision's day its own way, stay one. Invented reports; the shipped rules and entities."""

from __future__ import annotations

import pytest

from bot.core.stories.evidence.approvals import APPROVAL_GIVEN, approval_told
from bot.core.stories.evidence.decisions_approved import without_recalled_decision_days
from bot.core.stories.evidence.named_days import weekdays_named
from bot.core.text import fold
from tests.support.busy_days import BusyDays, busy_day_checks, report

EN, EN2, FR, DE, DE2 = "Wire EN", "Paper EN", "Agence FR", "Agentur DE", "Zeitung DE"

# Tuesday 3 October 2028: Portugal's government adopts its ninth package, which parliament must vote; Friday
# 6 October: parliament votes it, each report recalling Tuesday's decision.
DAY = [
    report("PT-EN-01", "en", EN, "2028-10-03", "pt-package",
           "Portugal's government approves ninth military aid package for Ukraine",
           "LISBON, Oct 3 (Wire) - Portugal's government approved on Tuesday a ninth military aid package for "
           "Ukraine worth €120 million, including M113 armoured personnel carriers, and sent it to parliament."),
    report("PT-DE-01", "de", DE, "2028-10-03", "pt-package",
           "Portugal beschließt neuntes Militärhilfepaket für die Ukraine",
           "LISSABON (Agentur) - Die portugiesische Regierung hat am Dienstag ein neuntes Militärhilfepaket für "
           "die Ukraine im Wert von 120 Millionen Euro beschlossen, darunter Schützenpanzer vom Typ M113."),
    report("PT-EN-02", "en", EN2, "2028-10-06", "pt-vote",
           "Portugal's parliament approves EUR 120 million arms package for Ukraine",
           "LISBON (Paper) - Portugal's parliament on Friday approved the ninth military aid package for Ukraine, "
           "worth €120 million and including M113 carriers, which the government announced on Tuesday."),
    report("PT-FR-01", "fr", FR, "2028-10-06", "pt-vote",
           "Le Parlement portugais approuve le neuvième paquet d'aide à l'Ukraine",
           "LISBONNE (Agence) - Le Parlement portugais a approuvé vendredi le neuvième paquet d'aide militaire à "
           "l'Ukraine, d'un montant de 120 millions d'euros, annoncé mardi par le gouvernement."),
    report("PT-DE-02", "de", DE2, "2028-10-06", "pt-vote",
           "Portugals Parlament billigt Waffenpaket für Kiew",
           "LISSABON (Zeitung) - Das portugiesische Parlament billigte am Freitag das am Dienstag vom Kabinett "
           "beschlossene neunte Militärhilfepaket für die Ukraine im Wert von 120 Millionen Euro."),
]

BUSY_DAYS = BusyDays({"PT": DAY}, 6, {})
(test_every_report_is_stored, test_the_vote_and_the_announcement_stay_apart, test_neither_event_is_hidden,
 test_the_reports_of_one_vote_join) = busy_day_checks(BUSY_DAYS)


@pytest.mark.parametrize(("lead", "kept"), [
    ("parliament on friday approved the package the government announced on tuesday", {4}),
    ("le parlement a approuve vendredi le paquet annonce mardi par le gouvernement", {4}),
    ("das parlament hat am freitag das paket gebilligt, das die regierung am dienstag beschlossen hatte", {4}),
    ("das parlament billigte am freitag das am dienstag vom kabinett beschlossene paket", {4}),
    ("das parlament stimmte am freitag dem von der regierung am dienstag verabschiedeten paket zu", {4}),
    ("lawmakers on friday backed the package unveiled by the government on tuesday", {4}),
    # A government telling the vote: its day is the vote's report's; the chamber's verb is no decision of its own.
    ("the government said on friday that parliament had approved the package the cabinet adopted on tuesday", {4}),
    ("le gouvernement a indique vendredi que le parlement avait approuve le paquet adopte mardi en conseil des ministres", {4}),
    # German preterites, singular and plural, are votes told as done too (approvals._GIVEN).
    ("das parlament verabschiedete am freitag das am dienstag vom kabinett beschlossene paket", {4}),
    ("die abgeordneten billigten am freitag das paket, das die regierung am dienstag vorgelegt hatte", {4}),
    ("die abgeordneten stimmten am freitag dem am dienstag von der regierung beschlossenen paket zu", {4}),
])
def test_a_votes_report_keeps_its_own_day_not_the_decisions(lead, kept):
    assert weekdays_named(without_recalled_decision_days(lead)) == kept


@pytest.mark.parametrize("lead", [
    # The government's own report of its decision: its day is the news's.
    "italy's government approved on monday a 13th military aid package and sent it to parliament",
    "die regierung hat am montag das paket beschlossen, das parlament muss noch zustimmen",
    # No vote told: a minister's word recalling the cabinet's day.
    "the minister said on friday the package the cabinet approved on tuesday would go to parliament",
])
def test_a_report_telling_no_vote_keeps_every_day(lead):
    assert without_recalled_decision_days(lead) == lead


def test_the_day_is_blanked_in_place():
    # Blanks, not cuts: the other words keep their places for readers of spans.
    lead = fold("Das Parlament hat am Freitag das Paket gebilligt, das die Regierung am Dienstag beschlossen hatte.")
    assert len(without_recalled_decision_days(lead)) == len(lead)


@pytest.mark.parametrize("lead", [
    "das parlament verabschiedete am freitag das paket",
    "die abgeordneten billigten am freitag das paket",
    "die abgeordneten stimmten am freitag dem paket zu",
])
def test_a_german_vote_told_in_the_preterite_is_approval_given(lead):
    assert APPROVAL_GIVEN in approval_told(lead)
