"""Story grouping, round 54 (stop 54's leftovers). Every text is invented for this file.

- Two decisions of one group on one day (the EU Council topping up its Ukraine fund and extending its training
  mission in another statement of the same Monday) were round-ups of a statement to the matcher, joined by the
  day they name at 0.23-0.38 likeness: one decision's alert was lost. Each names its own sum or kinds of thing
  (group_decisions.py); one decision's two reports, one of them naming no sum or its sum in dollars, still join.
- A government cutting the aid it promised ("kürzt die zugesagte Militärhilfe") was read as the pledge (same
  donor, kind, sum, 0.92 alike in one agency's words) and joined its story: a cut is news of its own
  (pledge_cuts.py); two outlets' reports of the cut join each other.
- A German thanks "für die am Vortag zugesagten" tanks was read as thanks for an arrival (the headline's pledge
  read as delivered), apart from the promise; a thanks for two promises of one donor joined whichever came first and
  took in the other's report; a vote named as what paid for a handover ("money parliament approved in June") made
  the handover's report look like the vote's.
- "once Congress approves", "sobald der Bundestag zustimmt", "une fois que le Parlement aura approuvé" were read
  as an approval given (or nothing): an approval still ahead made a government's announcement look like the
  vote's report, which it then joined.
"""

from __future__ import annotations

import pytest

from bot.core.stories.evidence.approvals import (
    APPROVAL_GIVEN,
    APPROVAL_PENDING,
    APPROVAL_RECALLED,
    approval_recalled,
    approval_told,
)
from bot.core.stories.evidence.pledge_cuts import PLEDGE_CUT, cut_told
from bot.core.text import fold
from tests.support.story_pairs import matcher_joins, pair_case

# Two EU decisions of one Monday, and other outlets' reports of the first.
_TOP_UP = ("en", "EU Council approves 5 billion euros more for Ukraine military aid fund",
           "BRUSSELS (Wire) - The Council of the European Union on Monday approved a 5 billion euro top-up of the "
           "Ukraine Assistance Fund to pay for weapons and ammunition for Kyiv, the Council said in a statement.")
_MISSION = ("en", "EU Council extends training mission for Ukrainian troops by two years",
            "BRUSSELS (Paper) - The Council of the European Union on Monday extended its military assistance "
            "mission training Ukrainian soldiers until November 2030 and gave it a budget of 400 million euros, "
            "the Council said.")
_DRONES = ("en", "EU agrees to buy Ukrainian-made drones for Kyiv's army",
           "BRUSSELS (Wire) - European Union governments on Monday agreed to spend 2 billion euros on drones made "
           "in Ukraine for its armed forces, diplomats said after a meeting of the Council.")
_TOP_UP_COPY = ("en", "EU governments approve 5 billion euro top-up of Ukraine arms fund",
                "BRUSSELS (Paper) - European Union governments on Monday approved a top-up of 5 billion euros for "
                "the fund that pays for weapons and ammunition sent to Ukraine, the Council said.")
_TOP_UP_NO_SUM = ("en", "EU Council backs more money for Ukraine arms fund",
                  "BRUSSELS (Paper) - The Council of the European Union on Monday approved more money for the "
                  "Ukraine Assistance Fund, which repays member states for weapons and ammunition they give Kyiv, "
                  "the Council said.")
_TOP_UP_DOLLARS = ("en", "EU approves about $5.4 billion more for Ukraine weapons fund",
                   "BRUSSELS (Paper) - The Council of the European Union on Monday approved a top-up of the Ukraine "
                   "Assistance Fund worth about $5.4 billion to pay for weapons and ammunition for Kyiv, the Council "
                   "said.")
_MISSION_COPY = ("en", "EU extends Ukraine training mission until 2030",
                 "BRUSSELS (Wire) - European Union governments on Monday extended the bloc's training mission for "
                 "Ukrainian soldiers by two years, until November 2030, the Council said in a statement.")
# NATO allies agreeing two things in two statements of one Thursday (no ministers' meeting named).
_NATO_AIR = ("en", "NATO allies agree to fund 2 billion euros of air defence for Ukraine",
             "BRUSSELS (Wire) - NATO allies agreed on Thursday to pay 2 billion euros for air defence systems for "
             "Ukraine through the alliance's trust fund, the Secretary General said.")
_NATO_PILOTS = ("en", "NATO allies agree to set up new training centre for Ukrainian pilots",
                "BRUSSELS (Paper) - NATO allies agreed on Thursday to set up a training centre for Ukrainian fighter "
                "pilots in Romania, the Secretary General said, with 300 million euros from the alliance's budget.")

GROUP_PAIRS = [
    pair_case("eu-fund-top-up-and-training-mission", _TOP_UP, _MISSION, 3, False),
    pair_case("eu-fund-top-up-and-drone-purchase", _TOP_UP, _DRONES, 3, False),
    pair_case("eu-training-mission-and-drone-purchase", _MISSION, _DRONES, 3, False),
    pair_case("nato-air-defence-fund-and-pilot-centre", _NATO_AIR, _NATO_PILOTS, 3, False),
    pair_case("eu-fund-top-up-two-outlets", _TOP_UP, _TOP_UP_COPY, 3, True),
    pair_case("eu-fund-top-up-one-without-its-sum", _TOP_UP, _TOP_UP_NO_SUM, 3, True),
    pair_case("eu-fund-top-up-in-dollars", _TOP_UP, _TOP_UP_DOLLARS, 3, True),
    pair_case("eu-training-mission-two-outlets", _MISSION, _MISSION_COPY, 3, True),
]


@pytest.mark.parametrize(("name", "first", "second", "hours", "one_event"), GROUP_PAIRS)
def test_two_decisions_of_one_group_on_one_day_stay_apart(name, first, second, hours, one_event, analyzer):
    assert matcher_joins(analyzer, first, second, hours) is one_event


# Germany's pledge, and the cut of it told by three outlets.
_PLEDGE_DE = ("de", "Deutschland sagt der Ukraine weitere Militärhilfe zu",
              "BERLIN (Agentur) - Deutschland sagt der Ukraine für dieses Jahr weitere Militärhilfe im Umfang von "
              "500 Millionen Euro zu, teilte das Verteidigungsministerium in Berlin mit.")
_PLEDGE_EN = ("en", "Germany pledges more military aid to Ukraine",
              "BERLIN (Wire) - Germany pledged Ukraine more military aid worth 500 million euros for this year, the "
              "defence ministry in Berlin said.")
_CUT_DE = ("de", "Deutschland kürzt zugesagte Militärhilfe für die Ukraine",
           "BERLIN (Agentur) - Deutschland kürzt die der Ukraine für dieses Jahr zugesagte Militärhilfe im Umfang "
           "von 500 Millionen Euro um die Hälfte, teilte das Verteidigungsministerium in Berlin mit.")
_CUT_EN = ("en", "Germany cuts promised military aid to Ukraine",
           "BERLIN (Wire) - Germany is cutting the military aid worth 500 million euros it promised Ukraine for this "
           "year by half, the defence ministry in Berlin said.")
_CUT_FR = ("fr", "L'Allemagne réduit l'aide militaire promise à l'Ukraine",
           "BERLIN (Agence) - L'Allemagne réduit de moitié l'aide militaire de 500 millions d'euros promise à "
           "l'Ukraine pour cette année, a indiqué le ministère de la Défense à Berlin.")

CUT_PAIRS = [
    pair_case("cut-kuerzt-zugesagte-hilfe-de", _PLEDGE_DE, _CUT_DE, 20, False),
    pair_case("cut-cuts-promised-aid-en", _PLEDGE_EN, _CUT_EN, 20, False),
    pair_case("cut-reduit-l-aide-promise-fr", _PLEDGE_DE, _CUT_FR, 20, False),
    pair_case("cut-de-and-en-one-cut", _CUT_DE, _CUT_EN, 3, True),
    pair_case("cut-en-and-fr-one-cut", _CUT_EN, _CUT_FR, 3, True),
    pair_case("pledge-de-and-en-one-pledge", _PLEDGE_DE, _PLEDGE_EN, 3, True),
]


@pytest.mark.parametrize(("name", "first", "second", "hours", "one_event"), CUT_PAIRS)
def test_a_cut_of_promised_aid_is_news_of_its_own(name, first, second, hours, one_event, analyzer):
    assert matcher_joins(analyzer, first, second, hours) is one_event


@pytest.mark.parametrize(("title", "cut"), [
    ("Deutschland kürzt zugesagte Militärhilfe für die Ukraine", True),
    ("Bundesregierung kürzt Ukraine-Hilfe", True),
    ("Finland trims Caesar pledge to Ukraine", True),
    ("La Suède réduit de 12 à 8 le nombre de canons Archer promis à Kiev", True),
    ("La France revoit à la baisse son aide militaire à Kiev", True),
    ("Sweden sends generators to help Ukraine through power cuts", False),
    ("Germany pledges more military aid to Ukraine", False),
    ("EU cuts Russian oil imports as aid to Ukraine grows", False),
])
def test_a_cut_is_read_from_the_headline(title, cut):
    assert (PLEDGE_CUT in cut_told(fold(title), fold(title))) is cut


# A government's announcement whose money waits for a vote, and the vote's report.
_WORD_DE = ("de", "Deutschland will der Ukraine weitere IRIS-T für 900 Millionen Euro liefern",
            "BERLIN (Agentur) - Deutschland will der Ukraine weitere IRIS-T-Systeme im Wert von 900 Millionen Euro "
            "liefern; das Geld fließt, sobald der Bundestag zustimmt, sagte ein Ministeriumssprecher am Mittwoch.")
_VOTE_DE = ("de", "Bundestag billigt 900 Millionen Euro für IRIS-T für die Ukraine",
            "BERLIN (Zeitung) - Der Bundestag hat am Mittwoch 900 Millionen Euro für weitere IRIS-T-Systeme für die "
            "Ukraine gebilligt.")


def test_an_announcement_waiting_for_the_vote_is_not_the_votes_report(analyzer):
    assert matcher_joins(analyzer, _WORD_DE, _VOTE_DE, 6) is False


@pytest.mark.parametrize(("text", "told"), [
    ("The money will flow once Congress approves the package, the Pentagon said.", {APPROVAL_PENDING}),
    ("The weapons will ship after Congress approves the funding.", {APPROVAL_PENDING}),
    ("Die Mittel fließen, sobald der Bundestag zustimmt, sagte ein Sprecher.", {APPROVAL_PENDING}),
    ("Die Lieferung beginnt, wenn der Bundestag zugestimmt hat.", {APPROVAL_PENDING}),
    ("Les fonds seront versés une fois que le Parlement aura approuvé le paquet.", {APPROVAL_PENDING}),
    # A vote taken, recalled: still the approval given.
    ("The Pentagon will send the missiles after Congress approved the funding.", {APPROVAL_GIVEN, APPROVAL_RECALLED}),
    ("Les fonds seront versés quand le Parlement a approuvé le paquet.", {APPROVAL_GIVEN, APPROVAL_RECALLED}),
])
def test_an_approval_told_as_a_condition_is_still_ahead(text, told):
    folded = fold(text)
    assert set(approval_told(folded) | approval_recalled(folded)) == told


@pytest.mark.parametrize(("text", "told"), [
    # A consent dated before the news is what paid for it, no report of the vote.
    ("Norway delivered two NASAMS launchers on Tuesday, paid for with money parliament approved in June.",
     {APPROVAL_RECALLED}),
    ("Das Geld hatte der Bundestag im Juni gebilligt.", {APPROVAL_RECALLED}),
    ("Le Parlement a approuvé l'an dernier ces fonds.", {APPROVAL_RECALLED}),
    ("Norway's parliament on Tuesday approved 3 billion crowns for NASAMS.", {APPROVAL_GIVEN, APPROVAL_RECALLED}),
])
def test_an_approval_dated_before_the_news_is_recalled(text, told):
    folded = fold(text)
    assert set(approval_told(folded) | approval_recalled(folded)) == told


# Spain's Monday pledge and a German thanks on Tuesday "für die am Vortag zugesagten" tanks; Germany's two promises
# of a Monday and a thanks for both; Norway's handover told with the vote that paid for it as background.
_SPAIN = ("en", "Spain to send Ukraine 20 more Leopard 2 tanks",
          "MADRID (Wire) - Spain will send Ukraine 20 more Leopard 2 tanks from its reserve stocks, the defence "
          "minister said on Monday.")
_THANKS_VORTAG = ("de", "Selenskyj dankt Spanien für 20 Leopard-2-Panzer",
                  "KIEW (Zeitung) - Präsident Wolodymyr Selenskyj hat Spanien am Dienstag für die am Vortag "
                  "zugesagten 20 Kampfpanzer vom Typ Leopard 2 gedankt.")
_IRIS = ("en", "Germany pledges two more IRIS-T systems to Ukraine",
         "BERLIN (Wire) - Germany will send Ukraine two more IRIS-T SLM air defence systems this year, the defence "
         "ministry said on Monday.")
_PATRIOT = ("en", "Germany to give Ukraine another Patriot system",
            "BERLIN (Paper) - Germany will give Ukraine another Patriot air defence system, the chancellor said on "
            "Monday afternoon.")
_THANKS_BOTH = ("de", "Selenskyj dankt Deutschland für IRIS-T und Patriot",
                "KIEW (Zeitung) - Präsident Wolodymyr Selenskyj hat Deutschland am Dienstag für die am Vortag "
                "zugesagten IRIS-T- und Patriot-Systeme gedankt.")
_HANDOVER_FR = ("fr", "La Norvège livre deux lanceurs NASAMS à l'Ukraine",
                "OSLO (Agence) - La Norvège a livré mardi deux lanceurs NASAMS à l'Ukraine grâce au financement voté "
                "en juin, a annoncé le ministère norvégien de la Défense.")
_HANDOVER_EN = ("en", "Norway delivers two NASAMS launchers to Ukraine",
                "OSLO (Wire) - Norway delivered two NASAMS launchers to Ukraine on Tuesday, paid for with money "
                "parliament approved in June, the Norwegian defence ministry said.")
_HANDOVER_DE = ("de", "Norwegen übergibt der Ukraine zwei NASAMS-Startgeräte",
                "OSLO (Agentur) - Norwegen hat der Ukraine am Dienstag zwei NASAMS-Startgeräte übergeben, teilte das "
                "Verteidigungsministerium in Oslo mit.")
_STORTING = ("en", "Norway's parliament approves funds for more NASAMS launchers for Ukraine",
             "OSLO (Paper) - Norway's parliament on Tuesday approved 3 billion crowns for more NASAMS launchers for "
             "Ukraine.")

THANKS_AND_BACKGROUND_PAIRS = [
    pair_case("thanks-fuer-die-am-vortag-zugesagten", _SPAIN, _THANKS_VORTAG, 24, True),
    pair_case("thanks-for-two-promises-follows-up-neither-iris", _IRIS, _THANKS_BOTH, 24, False),
    pair_case("thanks-for-two-promises-follows-up-neither-patriot", _PATRIOT, _THANKS_BOTH, 24, False),
    pair_case("handover-with-the-vote-as-background-en-de", _HANDOVER_EN, _HANDOVER_DE, 2, True),
    pair_case("handover-with-the-vote-as-background-en-fr", _HANDOVER_EN, _HANDOVER_FR, 2, True),
    pair_case("handover-and-the-storting-vote", _HANDOVER_EN, _STORTING, 2, False),
    pair_case("handover-grace-au-financement-vote-and-the-storting-vote", _HANDOVER_FR, _STORTING, 2, False),
]


@pytest.mark.parametrize(("name", "first", "second", "hours", "one_event"), THANKS_AND_BACKGROUND_PAIRS)
def test_thanks_and_votes_in_the_background(name, first, second, hours, one_event, analyzer):
    assert matcher_joins(analyzer, first, second, hours) is one_event


# Review 53's D1 form (a headline headed by a minister's surname) with another donor's minister than Germany's, at
# the same Ramstein meeting: the surname stands for the Netherlands, whose pledge the lead reads, also when the lead
# recalls Germany's pledge of the hour; a Dutch purchase of German-made IRIS-T is the Netherlands' news.
_DE_IRIS_EN = ("en", "Germany pledges two more IRIS-T systems for Ukraine at Ramstein",
               "RAMSTEIN, Germany, July 6 (Wire) - Germany will send Ukraine two more IRIS-T SLM air defence systems "
               "before the winter, Defence Minister Jonas Feldmann told the Ukraine Defence Contact Group at Ramstein "
               "Air Base on Thursday morning.")
_DE_IRIS_DE = ("de", "Feldmann sagt in Ramstein zwei weitere IRIS-T-Systeme zu",
               "RAMSTEIN (Agentur) - Deutschland wird der Ukraine vor dem Winter zwei weitere Flugabwehrsysteme vom "
               "Typ IRIS-T SLM liefern. Das kündigte Verteidigungsminister Jonas Feldmann am Donnerstagvormittag beim "
               "Treffen der Ukraine-Kontaktgruppe in Ramstein an.")
_NL_F16_FR = ("fr", "Ramstein : les Pays-Bas promettent six F-16 supplémentaires à l'Ukraine",
              "RAMSTEIN (Agence) - Les Pays-Bas livreront six avions de combat F-16 supplémentaires à l'Ukraine d'ici "
              "à la fin de l'année, a annoncé jeudi matin leur ministre de la Défense lors de la réunion du groupe de "
              "contact à Ramstein.")
_NL_F16_SURNAME = ("de", "Brekelmans sagt in Ramstein sechs weitere F-16 zu",
                   "RAMSTEIN (Zeitung) - Die Niederlande werden der Ukraine bis Jahresende sechs weitere Kampfjets vom "
                   "Typ F-16 liefern, kündigte der niederländische Verteidigungsminister Ruben Brekelmans am "
                   "Donnerstagvormittag in Ramstein an. Kurz zuvor hatte Deutschland dort zwei weitere IRIS-T-Systeme "
                   "zugesagt.")
_NL_IRIS_SURNAME = ("de", "Brekelmans kündigt in Ramstein IRIS-T-Kauf für Kiew an",
                    "RAMSTEIN (Zeitung) - Die Niederlande kaufen für die Ukraine zwei Flugabwehrsysteme vom Typ IRIS-T "
                    "SLM aus deutscher Produktion. Das kündigte der niederländische Verteidigungsminister Ruben "
                    "Brekelmans am Donnerstagvormittag beim Treffen der Ukraine-Kontaktgruppe in Ramstein an.")

SURNAME_PAIRS = [
    pair_case("dutch-surname-joins-the-dutch-pledge", _NL_F16_FR, _NL_F16_SURNAME, 2, True),
    pair_case("dutch-surname-apart-from-germany-en", _DE_IRIS_EN, _NL_F16_SURNAME, 2, False),
    pair_case("dutch-surname-apart-from-germany-de", _DE_IRIS_DE, _NL_F16_SURNAME, 2, False),
    pair_case("dutch-purchase-of-iris-t-apart-from-germany-en", _DE_IRIS_EN, _NL_IRIS_SURNAME, 2, False),
    pair_case("dutch-purchase-of-iris-t-apart-from-germany-de", _DE_IRIS_DE, _NL_IRIS_SURNAME, 2, False),
]


@pytest.mark.parametrize(("name", "first", "second", "hours", "one_event"), SURNAME_PAIRS)
def test_a_surname_of_another_donors_minister(name, first, second, hours, one_event, analyzer):
    # Guards (they pass on main too): the surname neither joins Germany's news nor splits the Netherlands'.
    assert matcher_joins(analyzer, first, second, hours) is one_event
