"""Story grouping, round 54x: two ways the reading of a parliament's approval (approvals.py) hid a vote's news
behind the government's announcement that waited for it. Every text is invented for this file.

- A vote told today was read as not given when an earlier date sat in a relative clause about the chamber or in a
  comparison ("The Storting, which rejected a similar request in June, on Tuesday approved ...", "approved more
  money than in June", "a approuvé mardi davantage que l'an dernier"): only a date of the vote itself makes it
  background.
- A vote told as done after "après que" with an adverb between auxiliary and participle ("après que le Bundestag a
  finalement approuvé lundi") or after "after" in a headline's present ("Ukraine aid heads to Biden after Senate
  passes bill") was read as a condition still ahead: "after" is one only with a future or modal main clause.
"""

from __future__ import annotations

import pytest

from bot.core.stories.evidence.approvals import APPROVAL_GIVEN, APPROVAL_PENDING, approval_told
from bot.core.text import fold
from tests.support.busy_days import BusyDays, busy_day_checks, report
from tests.support.story_pairs import matcher_joins, pair_case


@pytest.mark.parametrize("text", [
    # An earlier date in a relative clause about the chamber, or in a comparison: the vote is today's.
    "The Storting, which rejected a similar request in June, on Tuesday approved 3 billion crowns for NASAMS.",
    "The Bundestag, which had delayed the money in May, on Wednesday approved 900 million euros for IRIS-T.",
    "Norway's parliament on Tuesday approved more money than in June for NASAMS launchers.",
    "Le Parlement norvégien a approuvé mardi davantage que l'an dernier pour l'Ukraine.",
    "Le Parlement, qui avait refusé une demande en juin, a approuvé mardi 3 milliards de couronnes.",
    "Der Bundestag hat am Mittwoch mehr als im Juni gebilligt: 900 Millionen Euro für IRIS-T.",
    # A vote told as done after "après que", "after", an adverb between auxiliary and participle.
    "L'Allemagne livrera des IRIS-T après que le Bundestag a finalement approuvé lundi les crédits.",
    "Le texte part à la Maison Blanche après que le Sénat américain a définitivement adopté mardi le projet de loi.",
    "La Norvège achètera des NASAMS après que les députés ont enfin approuvé les fonds.",
    "Ukraine aid heads to Biden after Senate passes bill\n\nThe bill heads to President Biden's desk after the "
    "Senate approves it in a 79-18 vote on Tuesday.",
    "The aid bill goes to the president after the Senate passes it 79-18.",
    "The bill heads to the president after the Senate passes it on May 4 in a 79-18 vote.",
    "A camera crew filmed the bill heading to the president after the Senate passes it 79-18.",
])
def test_a_vote_told_today_is_given(text):
    assert APPROVAL_GIVEN in approval_told(fold(text))


@pytest.mark.parametrize("text", [
    # The vote's own date before the news still makes it background, and a condition still ahead stays ahead.
    "Das Geld hatte der Bundestag im Juni gebilligt.",
    "Le Parlement a approuvé l'an dernier ces fonds.",
    "The parliament, which approved the money in June, now wants a report on its use.",
    "Le Parlement, qui a approuvé ces fonds en juin, demande un rapport.",
    "Norway delivered two NASAMS launchers, paid for with money parliament approved in June.",
    "The weapons will ship after Congress approves the funding.",
    "Norway will buy more NASAMS after its parliament approves 3 billion crowns in a vote on Tuesday.",
    "Les fonds seront versés une fois que le Parlement aura finalement approuvé le paquet.",
    "Die Mittel fließen, sobald der Bundestag zustimmt.",
    "The Pentagon can send the missiles only after the Senate passes the bill.",
    "The weapons may ship after Congress approves the funding.",
    "Les fonds pourront être versés après que le Parlement approuve le paquet.",
])
def test_a_vote_dated_earlier_or_ahead_is_not_given(text):
    assert APPROVAL_GIVEN not in approval_told(fold(text))


_GOV_NO = ("en", "Norway plans 3 billion crowns for more NASAMS for Ukraine",
           "OSLO (Wire) - Norway's government on Tuesday proposed 3 billion crowns for more NASAMS launchers for "
           "Ukraine, subject to parliamentary approval, the defence minister said.")
_VOTE_NO_WHICH = ("en", "Norwegian lawmakers back 3 billion crowns for NASAMS for Ukraine",
                  "OSLO (Wire) - The Storting, which rejected a similar request in June, on Tuesday approved 3 "
                  "billion crowns for more NASAMS launchers for Ukraine, the parliament said.")
_VOTE_NO_THAN = ("en", "Norwegian lawmakers back 3 billion crowns for NASAMS for Ukraine",
                 "OSLO (Paper) - Norway's parliament on Tuesday approved more money than in June for NASAMS "
                 "launchers for Ukraine, 3 billion crowns, the parliament said.")
_VOTE_NO_FR = ("fr", "NASAMS : feu vert du Storting à 3 milliards de couronnes pour l'Ukraine",
               "OSLO (Agence) - Le Parlement norvégien a approuvé mardi davantage que l'an dernier pour l'Ukraine : "
               "3 milliards de couronnes pour des lanceurs NASAMS.")
_VOTE_NO_APRES = ("fr", "NASAMS pour l'Ukraine : feu vert du Parlement norvégien",
                  "OSLO (Agence) - La Norvège achètera de nouveaux lanceurs NASAMS pour l'Ukraine après que le "
                  "Parlement a finalement approuvé mardi 3 milliards de couronnes.")
_VOTE_NO = ("en", "Norway's parliament approves funds for more NASAMS launchers for Ukraine",
            "OSLO (Paper) - Norway's parliament on Tuesday approved 3 billion crowns for more NASAMS launchers for "
            "Ukraine.")
_WORD_DE = ("de", "Deutschland will der Ukraine weitere IRIS-T für 900 Millionen Euro liefern",
            "BERLIN (Agentur) - Deutschland will der Ukraine weitere IRIS-T-Systeme im Wert von 900 Millionen Euro "
            "liefern, vorbehaltlich der Zustimmung des Bundestages, sagte ein Ministeriumssprecher am Montag.")
_VOTE_DE_FR = ("fr", "IRIS-T pour l'Ukraine : feu vert à Berlin",
               "BERLIN (Agence) - L'Allemagne livrera de nouveaux systèmes IRIS-T à l'Ukraine pour 900 millions "
               "d'euros après que le Bundestag a finalement approuvé lundi les crédits.")
_VOTE_DE_EN = ("en", "German parliament approves 900 million euros for IRIS-T for Ukraine",
               "BERLIN (Wire) - The Bundestag, which had delayed the money in May, on Monday approved 900 million "
               "euros for more IRIS-T systems for Ukraine.")
_WH = ("en", "White House asks Congress for 95 billion dollars for Ukraine and Israel",
       "WASHINGTON (Wire) - The White House on Tuesday asked Congress for 95 billion dollars in aid for Ukraine, "
       "Israel and Taiwan; the package still needs the approval of Congress.")
_SENATE_AFTER = ("en", "Ukraine aid heads to Biden after Senate passes 95 billion dollar bill",
                 "WASHINGTON (Paper) - A 95 billion dollar aid bill for Ukraine, Israel and Taiwan heads to President "
                 "Biden's desk after the Senate approves it in a 79-18 vote on Tuesday.")
_SENATE_FR = ("fr", "Aide à l'Ukraine : le texte part à la Maison Blanche",
              "WASHINGTON (Agence) - Le texte prévoyant 95 milliards de dollars d'aide pour l'Ukraine, Israël et "
              "Taïwan part à la Maison Blanche après que le Sénat américain a définitivement adopté mardi le projet "
              "de loi.")

VOTE_AND_WORD_PAIRS = [
    pair_case("word-vs-vote-with-a-relative-clause-in-june", _GOV_NO, _VOTE_NO_WHICH, 2, False),
    pair_case("word-vs-vote-more-than-in-june", _GOV_NO, _VOTE_NO_THAN, 2, False),
    pair_case("word-vs-vote-fr-davantage-que-l-an-dernier", _GOV_NO, _VOTE_NO_FR, 2, False),
    pair_case("word-vs-vote-fr-apres-que-a-finalement-approuve", _GOV_NO, _VOTE_NO_APRES, 2, False),
    pair_case("word-de-vs-vote-fr-apres-que", _WORD_DE, _VOTE_DE_FR, 2, False),
    pair_case("word-de-vs-vote-en-which-had-delayed-in-may", _WORD_DE, _VOTE_DE_EN, 2, False),
    pair_case("white-house-vs-senate-headline-after-passes", _WH, _SENATE_AFTER, 2, False),
    pair_case("white-house-vs-senat-definitivement-adopte", _WH, _SENATE_FR, 2, False),
    # One vote's reports still join.
    pair_case("vote-vs-vote-with-a-relative-clause", _VOTE_NO, _VOTE_NO_WHICH, 2, True),
    pair_case("vote-vs-vote-fr-apres-que", _VOTE_NO, _VOTE_NO_APRES, 2, True),
    pair_case("vote-de-fr-vs-en", _VOTE_DE_FR, _VOTE_DE_EN, 2, True),
]


@pytest.mark.parametrize(("name", "first", "second", "hours", "one_event"), VOTE_AND_WORD_PAIRS)
def test_a_vote_told_today_is_not_the_announcement_waiting_for_it(name, first, second, hours, one_event, analyzer):
    assert matcher_joins(analyzer, first, second, hours) is one_event


EN, EN2, FR, DE = "Wire EN", "Paper EN", "Agence FR", "Agentur DE"


def _day_report(id_, source, event, item) -> dict:
    lang, title, summary = item
    return report(id_, lang, source, "2028-09-04", event, title, summary)


# The reviewer's busy day: two governments' words waiting for a vote and, the same Monday, each vote, told with an
# earlier date in a relative clause or after "après que ... a finalement approuvé".
BUSY_DAY = [
    _day_report("X54-EN-01", EN, "no-word", _GOV_NO),
    _day_report("X54-EN-02", EN2, "no-vote", _VOTE_NO_WHICH),
    _day_report("X54-DE-01", DE, "de-word", _WORD_DE),
    _day_report("X54-FR-01", FR, "de-vote", _VOTE_DE_FR),
    _day_report("X54-EN-03", EN, "de-vote", _VOTE_DE_EN),
]

BUSY_DAYS = BusyDays({"54x": BUSY_DAY}, 6, {})

(test_busy_day_54x_every_relevant_report_is_stored, test_busy_day_54x_no_story_joins_two_events,
 test_busy_day_54x_no_event_is_hidden, test_busy_day_54x_every_report_joins_its_events_story) = busy_day_checks(
    BUSY_DAYS)
