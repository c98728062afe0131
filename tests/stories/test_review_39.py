"""Stories, a review of round 15 (stop 39): pairs of over-reach, written for this file in the style of
wire copy (EN, FR, DE), labelled by hand (one event or not) before their first run, like
tests/stories/test_story_grouping_15.py's pairs.

Round 15 joined a headline telling a government's refusal by a noun to the refusal's reports (a
comment on it), and two reports denying a report, of one government and one system or day.
Pairs aimed at them: a comment naming a second refusal by the same government of the same kind of
thing to another country; two denials by one government of two different reports on the same day;
and their controls.
First run 3 of 5: the comment on Switzerland's veto of Spain's re-export joined its veto of
Germany's the day before (both read as Switzerland refusing ammunition; the would-be re-exporter is
in neither's evidence), and two US denials the same day about Patriots (a pause of deliveries to
Ukraine, a withdrawal from Poland) joined. Neither has a small general fix (the denied matter and
the forbidden giver are not in the evidence): strict xfails. HELD_OUT, 2 written after: 2 of 2 on
their first run. No code of bot/core/stories changed; the real-article set stays 1.00 / 0.96 (27 of
28) dated as published and 1.00 / 0.86 (24 of 28) all dated now, hidden 0/72.

Stories round 16 (tests/stories/test_story_grouping_16.py) reads both into the evidence: the
governments a refusal's opening names, Ukraine aside (EventEvidence.refusal_parties: Switzerland
and Germany, Switzerland and Spain), and what a denial denies (EventEvidence.denied_matters: a
pause, a withdrawal); two refusals each naming a government the other does not, or two denials
of different kinds of claim, conflict (same_event.compare). 5 of 5.
"""

from __future__ import annotations

import pytest

from tests.support.story_pairs import matcher_joins, pair_case

_VETO = ("en", "Switzerland blocks re-export of anti-aircraft rounds to Ukraine",
         "Switzerland will not allow Germany to pass Swiss-made 35 mm rounds for its Gepard guns on to Ukraine, the "
         "economy ministry in Bern said on Monday.")
_PATRIOT_DENIAL = ("en", "Pentagon denies pausing Patriot deliveries to Kyiv",
                   "The Pentagon on Wednesday denied a report that it had paused deliveries of Patriot "
                   "interceptors to Ukraine, calling it inaccurate.")

# (name, (lang, title, text), (lang, title, text), hours apart, one event?)
PAIRS = [
    pair_case("a refusal and a comment on another country's re-export refused by the same government",
     _VETO,
     ("en", "Swiss veto on Spanish anti-aircraft shells for Kyiv angers Madrid",
      "Spain's defence minister criticised on Tuesday the Swiss refusal to let Madrid send Swiss-made "
      "anti-aircraft ammunition to Ukraine, a separate request filed in the summer."),
     22, False),
    pair_case("a refusal and a German comment on it the next day",
     _VETO,
     ("de", "Das Schweizer Veto trifft Kiews Flugabwehr",
      "Ohne die Munition aus der Schweiz können die Gepard-Panzer der Ukraine bald nicht mehr schießen, warnten "
      "Experten am Dienstag."),
     22, True),
    pair_case("two denials by one government of two different reports the same day",
     _PATRIOT_DENIAL,
     ("en", "Washington denies it barred Kyiv from firing ATACMS into Russia",
      "The United States on Wednesday denied a newspaper report that it had forbidden Ukraine to fire ATACMS "
      "missiles at targets inside Russia."),
     4, False),
    pair_case("a denial and its German copy",
     _PATRIOT_DENIAL,
     ("de", "Pentagon dementiert Stopp der Patriot-Lieferungen an Kiew",
      "Das US-Verteidigungsministerium hat am Mittwoch einen Bericht dementiert, wonach es die Lieferung von "
      "Patriot-Abfangraketen an die Ukraine ausgesetzt habe."),
     2, True),
    pair_case("two denials by one government about the same system on two matters",
     _PATRIOT_DENIAL,
     ("fr", "Washington dément vouloir retirer ses Patriot de Pologne",
      "Les États-Unis ont démenti mercredi une information de presse selon laquelle ils retireraient leurs "
      "batteries Patriot déployées en Pologne."),
     5, False),
]


@pytest.mark.parametrize(("name", "first", "second", "hours", "one_event"), PAIRS)
def test_review_pairs(name, first, second, hours, one_event, analyzer):
    assert matcher_joins(analyzer, first, second, hours) == one_event


# Written after the review's fixes elsewhere, labelled before their first run.
HELD_OUT = [
    pair_case("a refusal and a German comment on it by 'Absage' the next day",
     ("en", "Germany rules out Taurus missiles for Kyiv again",
      "Germany will not send Taurus cruise missiles to Ukraine, the chancellor told reporters in Berlin on Monday."),
     ("de", "Die deutsche Absage an Taurus enttäuscht Kiew",
      "Die Ukraine hat enttäuscht auf das erneute Nein aus Berlin zu Taurus-Marschflugkörpern reagiert, sagte der "
      "Außenminister am Dienstag."),
     20, True),
    pair_case("two denials by two governments of pauses of two systems",
     ("en", "Norway denies halting NASAMS deliveries to Ukraine",
      "Norway on Thursday denied a report that it had stopped sending NASAMS air defence systems to Ukraine."),
     _PATRIOT_DENIAL, 3, False),
]


@pytest.mark.parametrize(("name", "first", "second", "hours", "one_event"), HELD_OUT)
def test_held_out(name, first, second, hours, one_event, analyzer):
    assert matcher_joins(analyzer, first, second, hours) == one_event
