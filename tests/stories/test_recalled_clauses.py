"""A clause recalling the government's earlier act of the day ("hours after pledging EUR 500 million for
drones") is background to a report's news: its sum and its pledge are no detail the report shares with the
earlier announcement's reports (bot/core/stories/evidence/recalled_clauses.py). Found by the fifteenth probe
(tests/stories/test_review_55.py, day A), where such a recall joined one donor's afternoon news to its morning
story in every arrival order. Every text below is invented for this file.
"""

from __future__ import annotations

import pytest

from bot.config import load_entities
from bot.core.pledges.extract import extract_pledges
from bot.core.stories.evidence.events import event_evidence
from bot.core.stories.evidence.recalled_clauses import recall_spans, recalled_pledges
from bot.core.text import fold
from tests.support.busy_days import BusyDays, busy_day_checks, report

ENTITIES = load_entities()


@pytest.mark.parametrize("text, recalled", [
    ("Belgium will send four F-16 jets, hours after pledging EUR 300 million for shells.", "pledging eur 300"),
    ("Belgium will send four F-16 jets, a day after announcing a EUR 300 million fund.", "a day after announcing"),
    ("Belgium will send four F-16 jets, shortly after setting aside EUR 300 million.", "after setting aside"),
    ("La Belgique enverra quatre F-16, quelques heures après avoir promis 300 millions d'euros.",
     "quelques heures apres avoir promis"),
    ("La Belgique enverra quatre F-16, après avoir déjà débloqué 300 millions d'euros.", "apres avoir deja debloque"),
    ("Belgien schickt vier F-16, nachdem es am Morgen 300 Millionen Euro zugesagt hatte.",
     "nachdem es am morgen 300 millionen euro zugesagt hatte"),
    ("Belgien schickt vier F-16, wenige Stunden nachdem die Regierung 300 Millionen Euro bereitgestellt hat.",
     "wenige stunden nachdem"),
])
def test_a_clause_recalling_an_earlier_act_of_giving_is_found(text: str, recalled: str) -> None:
    folded = fold(text)
    spans = recall_spans(folded)
    assert len(spans) == 1
    start, end = spans[0]
    assert recalled in folded[start:end]
    assert "f-16" not in folded[start:end]  # the news before the clause stays outside it


@pytest.mark.parametrize("text", [
    "Belgium will send four F-16 jets after talks with Kyiv, the minister said.",
    "Belgium will decide after consulting its allies whether to send F-16 jets.",
    "Belgium sent four F-16 jets after the pilots finished their training.",
    "La Belgique enverra quatre F-16 après la réunion de Ramstein.",
    "Belgien schickt vier F-16, wie das Ministerium nach Angaben der Agentur mitteilte.",
    "Belgien schickt vier F-16, nachdem die Piloten ihre Ausbildung beendet haben.",
])
def test_a_clause_after_something_other_than_giving_is_no_recall(text: str) -> None:
    assert recall_spans(fold(text)) == []


def _pledges(text: str, lang: str):
    return tuple(extract_pledges(text, title="", lang=lang, entities=ENTITIES))


def test_the_pledge_named_only_in_the_recall_is_the_recalled_one() -> None:
    pledges = _pledges("Belgium will send Ukraine four more F-16 jets, the government said on Friday, hours after "
                       "pledging EUR 300 million for drones.", "en")
    recalled = recalled_pledges(pledges)
    assert {p.category for p in pledges} >= {"aircraft", "drones"}
    assert {p.category for p in recalled} == {"drones"}


def test_a_report_whose_news_is_the_sum_keeps_it() -> None:
    # The sum is the news here: the clause after it recalls the jets, not the money.
    evidence = event_evidence("Belgium pledges EUR 300 million for drones for Ukraine",
                              "Belgium pledged EUR 300 million for drones for Ukraine on Friday, a day after "
                              "announcing four more F-16 jets.", _pledges(
                                  "Belgium pledged EUR 300 million for drones for Ukraine on Friday, a day after "
                                  "announcing four more F-16 jets.", "en"), ENTITIES, "en")
    assert "3e+08 EUR" in evidence.amounts
    assert "BE|drones|pledged" in evidence.pledges


@pytest.mark.parametrize("lang, title, body", [
    ("en", "Belgium to send Ukraine four more F-16 jets",
     "Belgium will send Ukraine four more F-16 jets, the government said on Friday afternoon, hours after pledging "
     "EUR 300 million for drones."),
    ("fr", "La Belgique enverra quatre F-16 de plus à l'Ukraine",
     "La Belgique enverra quatre F-16 supplémentaires à l'Ukraine, a annoncé vendredi le gouvernement, quelques "
     "heures après avoir promis 300 millions d'euros pour des drones."),
    ("de", "Belgien schickt der Ukraine vier weitere F-16",
     "Belgien wird der Ukraine vier weitere F-16 schicken, teilte die Regierung am Freitag mit, nachdem sie am "
     "Morgen 300 Millionen Euro für Drohnen zugesagt hatte."),
])
def test_the_recalled_sum_and_pledge_are_no_evidence_of_the_report(lang: str, title: str, body: str) -> None:
    evidence = event_evidence(title, body, _pledges(body, lang), ENTITIES, lang)
    assert "3e+08 EUR" not in evidence.amounts
    assert not any("|drones|" in key for key in evidence.pledges)
    assert "BE|aircraft|pledged" in evidence.pledges


# One donor's two announcements of one Friday, each told in English and French, the afternoon's English
# report recalling the morning's money; a look-alike beside them.
FRI = "2028-05-12"
EN, EN2, FR, FR2 = "Wire EN", "Paper EN", "Agence FR", "Journal FR"
BUSY_DAY = [
    report("RC-EN-1", "en", EN, FRI, "be-money", "Belgium pledges EUR 300 million for Ukrainian drones",
           "BRUSSELS (Wire) - Belgium will give Ukraine EUR 300 million to buy drones made by Ukrainian firms, the "
           "defence minister said on Friday morning."),
    report("RC-FR-1", "fr", FR, FRI, "be-money", "La Belgique promet 300 millions d'euros pour des drones ukrainiens",
           "BRUXELLES (Agence) - La Belgique versera 300 millions d'euros à l'Ukraine pour acheter des drones "
           "fabriqués par des entreprises ukrainiennes, a annoncé vendredi matin le ministre de la Défense."),
    report("RC-EN-2", "en", EN2, FRI, "be-jets", "Belgium to send Ukraine four more F-16 jets",
           "BRUSSELS (Paper) - Belgium will send Ukraine four more F-16 fighter jets, the government said on Friday "
           "afternoon, hours after pledging EUR 300 million for drones."),
    report("RC-FR-2", "fr", FR2, FRI, "be-jets", "La Belgique enverra quatre F-16 de plus à l'Ukraine",
           "BRUXELLES (Journal) - La Belgique enverra quatre avions de combat F-16 supplémentaires à l'Ukraine, a "
           "annoncé vendredi après-midi le gouvernement belge."),
    report("RC-EN-3", "en", EN, FRI, "x-flood", "Belgium sends flood pumps to Ukraine's south",
           "BRUSSELS (Wire) - Belgium sent 20 water pumps to help towns in southern Ukraine after floods, the "
           "interior ministry said.", relevant=False),
]

BUSY_DAYS = BusyDays({"recall": BUSY_DAY}, 6, {})

(test_recall_day_every_relevant_report_is_stored, test_recall_day_no_story_joins_two_events,
 test_recall_day_no_event_is_hidden, test_recall_day_every_report_joins_its_events_story) = busy_day_checks(BUSY_DAYS)
