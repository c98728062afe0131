"""Story grouping, round 55 (stop 55's leftovers). Every text is invented for this file.

- A German report of what a vote allowed, naming the vote in a clause that sets it before the news ("Nachdem der
  Bundestag am Dienstag zugestimmt hat, liefert ...", "..., was der Bundestag am Dienstag beschlossen hatte"), was
  read as the vote's own report: it joined the vote's story on the sum and the vote's day, and its alert was lost
  (approvals.APPROVAL_EARLIER, same_event._vote_beside_earlier_vote). Its other outlets' reports still join it.
- "ont enfin validé", "a finalement voté" (an adverb between auxiliary and participle) were no vote told as done: the
  French report of the vote joined the government's announcement still waiting for it. "once parliament has finally
  approved" is a condition still ahead.
- One government's aid raised to a new total, told in two languages in each outlet's own words ("lifts ... to EUR 8
  billion", "porte son aide à 8 milliards d'euros", 0.10 alike), stayed apart: under 0.15 only a fact naming one
  event joins. The same donor, total and day named now do (headline_givers.donor_totals).
- Two decisions of one group on one day within 1.25 times of each other's sums (the EU's 520 million euros for shells
  and 600 million for training) joined when one report named no kind of thing: plain sums are one only when the
  rounder is the other rounded (group_decisions._rounded_from), and such a rounding ("500 millions" for the 520
  million) is a shared group sum, 0.06 alike.
- Two outlets' live entries in two languages on one donor's demining money (review 54's day A: 0.11 alike, no day
  named) stayed apart: the same sum told plainly with two figures or more under that one donor's headline, within 36
  hours, now joins (headline_givers.donor_sums), unless the kinds of thing named differ.
"""

from __future__ import annotations

import pytest

from bot.core.stories.evidence.approvals import (
    APPROVAL_EARLIER,
    APPROVAL_GIVEN,
    APPROVAL_PENDING,
    approval_told,
)
from bot.core.text import fold
from tests.support.story_pairs import matcher_joins, pair_case

# Germany's Bundestag approving 2 billion euros on a Tuesday, in three languages; the government's word waiting for
# it; and what the vote allowed, told with the vote as an earlier clause, beside other outlets' reports of it.
_VOTE_DE = ("de", "Bundestag billigt zwei Milliarden Euro mehr für Waffen für die Ukraine",
            "BERLIN (Agentur) - Der Bundestag hat am Dienstag zusätzliche Militärhilfe für die Ukraine im Umfang "
            "von zwei Milliarden Euro gebilligt.")
_VOTE_EN = ("en", "German lawmakers approve 2 billion euros more in arms aid for Ukraine",
            "BERLIN (Wire) - Germany's Bundestag on Tuesday approved 2 billion euros of additional military aid for "
            "Ukraine.")
_VOTE_FR = ("fr", "Les députés allemands ont enfin validé 2 milliards d'euros pour Kiev",
            "BERLIN (Agence) - Les députés du Bundestag ont enfin validé mardi une rallonge de 2 milliards d'euros "
            "pour l'aide militaire à l'Ukraine, après des semaines de blocage.")
_WAITING_DE = ("de", "Bundesregierung will Ukraine-Hilfe um zwei Milliarden Euro aufstocken",
               "BERLIN (Zeitung) - Die Bundesregierung will die Militärhilfe für die Ukraine um zwei Milliarden Euro "
               "aufstocken; der Bundestag muss noch zustimmen, sagte ein Regierungssprecher am Dienstag.")
_WAS_CLAUSE_DE = ("de", "Deutschland stockt Ukraine-Hilfe um zwei Milliarden Euro auf",
                  "BERLIN (Zeitung) - Die Bundesregierung stellt der Ukraine weitere zwei Milliarden Euro für Waffen "
                  "und Munition bereit, was der Bundestag am Dienstag beschlossen hatte, sagte ein Sprecher am "
                  "Donnerstag.")
_RELEASE_EN = ("en", "Germany releases 2 billion euros more for Ukraine's arms",
               "BERLIN (Wire) - The German government is making 2 billion euros more available for weapons and "
               "ammunition for Ukraine, a spokesman said on Thursday.")
_NACHDEM_DE = ("de", "Deutschland liefert der Ukraine zwei weitere IRIS-T",
               "BERLIN (Agentur) - Nachdem der Bundestag am Dienstag zugestimmt hat, liefert Deutschland der Ukraine "
               "zwei weitere IRIS-T-Systeme aus dem neuen Hilfspaket über zwei Milliarden Euro, sagte ein "
               "Ministeriumssprecher.")
_DELIVERY_EN = ("en", "Germany to deliver two more IRIS-T systems to Ukraine",
                "BERLIN (Wire) - Germany will deliver two more IRIS-T systems to Ukraine from its new 2 billion euro "
                "aid package, a defence ministry spokesman said on Tuesday.")

VOTE_PAIRS = [
    pair_case("vote-de-and-en", _VOTE_DE, _VOTE_EN, 2, True),
    pair_case("vote-de-and-fr-enfin-valide", _VOTE_DE, _VOTE_FR, 2, True),
    pair_case("vote-en-and-fr-enfin-valide", _VOTE_EN, _VOTE_FR, 2, True),
    pair_case("waiting-word-and-fr-vote-enfin-valide", _WAITING_DE, _VOTE_FR, 4, False),
    pair_case("waiting-word-and-de-vote", _WAITING_DE, _VOTE_DE, 4, False),
    pair_case("vote-de-and-was-clause", _VOTE_DE, _WAS_CLAUSE_DE, 48, False),
    pair_case("vote-en-and-was-clause", _VOTE_EN, _WAS_CLAUSE_DE, 48, False),
    pair_case("vote-fr-and-was-clause", _VOTE_FR, _WAS_CLAUSE_DE, 48, False),
    pair_case("was-clause-and-its-english-report", _WAS_CLAUSE_DE, _RELEASE_EN, 2, True),
    pair_case("vote-de-and-nachdem", _VOTE_DE, _NACHDEM_DE, 3, False),
    pair_case("vote-en-and-nachdem", _VOTE_EN, _NACHDEM_DE, 3, False),
    pair_case("vote-fr-and-nachdem", _VOTE_FR, _NACHDEM_DE, 3, False),
    pair_case("nachdem-and-its-english-report", _NACHDEM_DE, _DELIVERY_EN, 2, True),
]


@pytest.mark.parametrize(("name", "first", "second", "hours", "one_event"), VOTE_PAIRS)
def test_a_vote_recalled_before_the_news_is_no_report_of_the_vote(name, first, second, hours, one_event, analyzer):
    assert matcher_joins(analyzer, first, second, hours) is one_event


@pytest.mark.parametrize(("text", "told"), [
    # A consent set before the news: what the report tells followed it.
    ("Nachdem das Parlament zugestimmt hat, liefert Deutschland der Ukraine zwei IRIS-T.", {APPROVAL_EARLIER}),
    ("Deutschland liefert zwei IRIS-T, nachdem der Bundestag am Dienstag zugestimmt hatte.", {APPROVAL_EARLIER}),
    ("Die Regierung stellt zwei Milliarden Euro bereit, was der Bundestag am Dienstag beschlossen hatte.",
     {APPROVAL_EARLIER}),
    ("Berlin bestellt IRIS-T mit dem Geld, das der Haushaltsausschuss im Juni freigegeben hatte.", {APPROVAL_EARLIER}),
    ("Norway orders NASAMS with the money, which parliament had approved on Tuesday.", {APPROVAL_EARLIER}),
    # The vote told in the main clause stays the vote's report, whatever the clause after it recalls.
    ("Der Bundestag hat am Dienstag zwei Milliarden Euro gebilligt, nachdem der Haushaltsausschuss zugestimmt hatte.",
     {APPROVAL_GIVEN}),
    ("Bundestag billigt Ukraine-Hilfe\n\nNachdem der Bundestag zugestimmt hat, stehen zwei Milliarden bereit.",
     {APPROVAL_GIVEN}),
    # Reported speech in the pluperfect is the news told by someone else, no earlier vote.
    ("The government said on Friday that parliament had approved the package.", {APPROVAL_GIVEN}),
    # An adverb between auxiliary and participle: the vote taken all the same; in a condition, still ahead.
    ("Les sénateurs ont enfin voté mardi le paquet d'aide.", {APPROVAL_GIVEN}),
    ("Le Sénat a finalement validé mardi le paquet.", {APPROVAL_GIVEN}),
    ("US lawmakers have finally approved the aid bill.", {APPROVAL_GIVEN}),
    ("The money will flow once parliament has finally approved the package.", {APPROVAL_PENDING}),
    ("Kyiv will receive the money after lawmakers have finally approved it.", {APPROVAL_PENDING}),
])
def test_which_approval_a_lead_tells(text, told):
    assert set(approval_told(fold(text))) == told


# Germany's aid raised to a new total on a Wednesday, told in three languages in each outlet's own words (the English
# and French reports 0.10 alike); another total, another day, no day, another donor, another German news of the day.
_TOTAL_EN = ("en", "Merz cabinet lifts 2027 Ukraine support to EUR 8 billion",
             "BERLIN (Wire) - Chancellor Friedrich Merz's cabinet on Wednesday agreed to lift military support for "
             "Kyiv to EUR 8 billion next year, from EUR 7 billion, to pay for air defence and long-range drones.")
_TOTAL_FR = ("fr", "Berlin porte son aide à Kiev à 8 milliards d'euros",
             "BERLIN (Agence) - L'Allemagne porte à 8 milliards d'euros l'an prochain son soutien militaire à "
             "l'Ukraine, a décidé mercredi le Conseil des ministres.")
_TOTAL_DE = ("de", "Deutschland erhöht Ukraine-Hilfe auf acht Milliarden Euro",
             "BERLIN (Agentur) - Die Bundesregierung stockt die Militärhilfe für Kiew im nächsten Jahr auf acht "
             "Milliarden Euro auf. Das Kabinett beschloss den Haushaltsentwurf am Mittwoch.")
_OTHER_TOTAL_FR = ("fr", "Berlin porte son aide à Kiev à 9 milliards d'euros",
                   "BERLIN (Agence) - L'Allemagne porte à 9 milliards d'euros l'an prochain son soutien militaire à "
                   "l'Ukraine, a décidé mercredi le Conseil des ministres.")
_TOTAL_THURSDAY_FR = ("fr", "Berlin porte son aide à Kiev à 8 milliards d'euros",
                      "BERLIN (Agence) - L'Allemagne porte à 8 milliards d'euros l'an prochain son soutien "
                      "militaire à l'Ukraine, a décidé jeudi le Conseil des ministres.")
_TOTAL_NO_DAY_FR = ("fr", "Berlin porte son aide à Kiev à 8 milliards d'euros",
                    "BERLIN (Agence) - L'Allemagne porte à 8 milliards d'euros l'an prochain son soutien militaire à "
                    "l'Ukraine, selon le projet de budget du Conseil des ministres.")
_DUTCH_TOTAL_FR = ("fr", "Les Pays-Bas portent leur aide à Kiev à 8 milliards d'euros",
                   "LA HAYE (Agence) - Les Pays-Bas portent à 8 milliards d'euros l'an prochain leur soutien "
                   "militaire à l'Ukraine, a décidé mercredi le gouvernement.")
_IRIS_EN = ("en", "Germany pledges more IRIS-T for Ukraine",
            "BERLIN (Wire) - Germany will send Ukraine four more IRIS-T air defence systems worth 1 billion euros, "
            "Defence Minister Boris Pistorius said on Wednesday.")

TOTAL_PAIRS = [
    pair_case("total-en-and-fr", _TOTAL_EN, _TOTAL_FR, 2, True),
    pair_case("total-en-and-de", _TOTAL_EN, _TOTAL_DE, 2, True),
    pair_case("total-fr-and-de", _TOTAL_FR, _TOTAL_DE, 2, True),
    pair_case("total-another-total", _TOTAL_EN, _OTHER_TOTAL_FR, 2, False),
    pair_case("total-another-day", _TOTAL_EN, _TOTAL_THURSDAY_FR, 2, False),
    pair_case("total-no-day-named", _TOTAL_EN, _TOTAL_NO_DAY_FR, 2, False),
    pair_case("total-another-donor", _TOTAL_EN, _DUTCH_TOTAL_FR, 2, False),
    pair_case("total-and-another-german-pledge", _TOTAL_FR, _IRIS_EN, 2, False),
]


@pytest.mark.parametrize(("name", "first", "second", "hours", "one_event"), TOTAL_PAIRS)
def test_one_donors_new_total_told_in_two_languages(name, first, second, hours, one_event, analyzer):
    assert matcher_joins(analyzer, first, second, hours) is one_event


# Two EU decisions of one Monday within 1.25 times of each other's sums, one report of each naming no kind of thing
# (tests/stories/test_busy_day_55.py, day G): 520 million euros for shells (500 million in one French headline) and
# 600 million euros for training. Two sums both stated plainly are one only when the rounder is the other rounded.
_SHELLS_EN = ("en", "EU approves 520 million euros for artillery shells for Ukraine",
              "BRUSSELS (Wire) - The Council of the European Union on Monday approved 520 million euros from the "
              "European Peace Facility to buy artillery shells for Ukraine's armed forces, the Council said.")
_SHELLS_FR = ("fr", "L'UE débloque 500 millions d'euros d'obus pour l'armée ukrainienne",
              "BRUXELLES (Agence) - Le Conseil de l'Union européenne a approuvé lundi une enveloppe de 500 "
              "millions d'euros de la Facilité européenne pour la paix destinée à l'achat d'obus d'artillerie pour "
              "l'Ukraine.")
_SHELLS_NO_KIND_DE = ("de", "EU gibt 520 Millionen Euro Militärhilfe für die Ukraine frei",
                      "BRÜSSEL (Agentur) - Die Europäische Union hat am Montag weitere 520 Millionen Euro aus "
                      "der Europäischen Friedensfazilität für die ukrainischen Streitkräfte freigegeben, teilte der "
                      "Rat mit.")
_TRAINING_EN = ("en", "EU approves 600 million euros to train Ukrainian troops",
                "BRUSSELS (Paper) - The Council of the European Union on Monday approved 600 million euros from the "
                "European Peace Facility for its mission training Ukrainian soldiers, the Council said.")
_TRAINING_NO_KIND_FR = ("fr", "L'UE débloque 600 millions d'euros pour l'armée ukrainienne",
                        "BRUXELLES (Journal) - Le Conseil de l'Union européenne a approuvé lundi 600 millions "
                        "d'euros de la Facilité européenne pour la paix au profit des forces armées ukrainiennes.")

CLOSE_SUM_PAIRS = [
    pair_case("shells-500-and-training-600-no-kind", _SHELLS_FR, _TRAINING_NO_KIND_FR, 2, False),
    pair_case("shells-520-and-training-600-no-kind", _SHELLS_EN, _TRAINING_NO_KIND_FR, 2, False),
    pair_case("shells-520-no-kind-and-training-600", _SHELLS_NO_KIND_DE, _TRAINING_EN, 2, False),
    pair_case("shells-520-and-500-rounded", _SHELLS_EN, _SHELLS_FR, 2, True),
    pair_case("shells-520-no-kind-and-500-rounded", _SHELLS_NO_KIND_DE, _SHELLS_FR, 2, True),
    pair_case("shells-520-two-outlets", _SHELLS_EN, _SHELLS_NO_KIND_DE, 2, True),
    pair_case("training-600-two-outlets", _TRAINING_EN, _TRAINING_NO_KIND_FR, 2, True),
]


@pytest.mark.parametrize(("name", "first", "second", "hours", "one_event"), CLOSE_SUM_PAIRS)
def test_two_group_decisions_of_close_sums(name, first, second, hours, one_event, analyzer):
    assert matcher_joins(analyzer, first, second, hours) is one_event


# Review 54's day A form (two outlets' live entries in two languages on one donor's demining money, naming no day, 0.08
# alike): the same sum told plainly with two figures under the one donor's headline, hours apart, joins; another sum,
# another kind of thing, a round sum or a day and a half apart do not.
_LIVE_EN = ("en", "LIVE 10:10 GMT - Luxembourg to pay EUR 15 million for Ukraine's demining",
            "10:10 GMT - Luxembourg's defence minister confirms the €15 million for demining equipment for the "
            "Ukrainian army, calling it part of the Grand Duchy's non-lethal help.")
_LIVE_FR = ("fr", "EN DIRECT, 11h25 - Le Luxembourg finance du matériel de déminage pour Kiev",
            "11h25 : le Luxembourg débloque 15 millions d'euros pour des équipements de déminage destinés aux forces "
            "ukrainiennes, annonce le ministère.")
_LIVE_FR_OTHER_SUM = ("fr", "EN DIRECT, 11h25 - Le Luxembourg finance du matériel de déminage pour Kiev",
                      "11h25 : le Luxembourg débloque 18 millions d'euros pour des équipements de déminage destinés "
                      "aux forces ukrainiennes, annonce le ministère.")
_LIVE_FR_DRONES = ("fr", "EN DIRECT, 11h25 - Le Luxembourg achète des drones pour Kiev",
                   "11h25 : le Luxembourg débloque 15 millions d'euros pour des drones de reconnaissance destinés aux "
                   "forces ukrainiennes, annonce le ministère.")
_LIVE_EN_ROUND = ("en", "LIVE 10:10 GMT - Luxembourg to pay EUR 20 million for Ukraine's demining",
                  "10:10 GMT - Luxembourg's defence minister confirms the €20 million for demining equipment for the "
                  "Ukrainian army, calling it part of the Grand Duchy's non-lethal help.")
_LIVE_FR_ROUND = ("fr", "EN DIRECT, 11h25 - Le Luxembourg finance du matériel de déminage pour Kiev",
                  "11h25 : le Luxembourg débloque 20 millions d'euros pour des équipements de déminage destinés aux "
                  "forces ukrainiennes, annonce le ministère.")

DONOR_SUM_PAIRS = [
    pair_case("live-entries-one-sum", _LIVE_EN, _LIVE_FR, 1.2, True),
    pair_case("live-entries-another-sum", _LIVE_EN, _LIVE_FR_OTHER_SUM, 1.2, False),
    pair_case("live-entries-another-kind", _LIVE_EN, _LIVE_FR_DRONES, 1.2, False),
    pair_case("live-entries-a-round-sum", _LIVE_EN_ROUND, _LIVE_FR_ROUND, 1.2, False),
    pair_case("live-entries-a-day-and-a-half-apart", _LIVE_EN, _LIVE_FR, 40, False),
]


@pytest.mark.parametrize(("name", "first", "second", "hours", "one_event"), DONOR_SUM_PAIRS)
def test_one_donors_sum_in_two_languages_hours_apart(name, first, second, hours, one_event, analyzer):
    assert matcher_joins(analyzer, first, second, hours) is one_event
