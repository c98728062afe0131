"""Stories round 60: a meeting's round-up headed by one government, as pairs of invented reports (none from the
real-article set).

A round-up of a ministers' meeting may put one government in its headline, the one whose pledge it tells first
("Italy pledges more air defence as EU ministers meet"), while its opening names the others who announced there
("where Spain, Portugal and Greece also announced new aid"; in German often the second sentence: "..., bei dem auch
Spanien, Portugal und Griechenland ... zusagten"). It shares the government, the system, the phase and the day with
that government's own report of its announcement, and with one figure or none joined it (round 59 left it). The
lead's ruling of stop 58 makes the round-up its own story (evidence.meeting_round_ups, same_event's "subject"). Guards:
two round-ups of the meeting join, whichever government or group heads each; two reports of the one announcement
join, one closing on what the others announced; a report of one announcement naming another country in another role
("after talks with his Spanish counterpart"), or its partners in a joint act ("paid for jointly with Spain and
Portugal"), is no round-up. A later sentence telling the same government's earlier news of the day ("Earlier on
Wednesday Berlin announced a new 500 million euro package", "Plus tôt dans la journée", "Bereits am Morgen hatte")
recalls it (recalled_clauses): its figure is no detail of the report's news. And a thanks for a government's new
package is thanks for its decision (pledge_news.thanked_for_deciding), one more report of it.
"""

from __future__ import annotations

import pytest

from tests.support.story_pairs import matcher_joins, pair_case

ROUND_UP_EN = ("en", "Italy pledges more air defence for Ukraine as EU ministers meet",
               "LUXEMBOURG, April 4 (Wire) - Italy will send Ukraine another SAMP/T air defence system, Defence "
               "Minister Marco Ferri said on Monday at a meeting of EU defence ministers in Luxembourg, where Spain, "
               "Portugal and Greece also announced new military aid. Spain promised more Hawk missiles, Portugal said "
               "it would send armoured ambulances and Greece pledged artillery shells.")
ROUND_UP_EN_NO_FIGURE = ("en", "Italy leads fresh pledges to Ukraine at EU ministers' meeting",
                         "LUXEMBOURG (Daily) - Italy promised Ukraine more SAMP/T air defence on Monday as EU defence "
                         "ministers meeting in Luxembourg announced a new round of aid, with Spain, Portugal and "
                         "Greece also making pledges. Spain promised Hawk missiles and Greece artillery shells.")
ROUND_UP_FR = ("fr", "L'Italie promet un nouveau SAMP/T à l'Ukraine lors de la réunion des ministres de l'UE",
               "LUXEMBOURG (Agence) - L'Italie va livrer un nouveau système de défense aérienne SAMP/T à l'Ukraine, a "
               "annoncé lundi le ministre de la Défense Marco Ferri lors d'une réunion des ministres de la Défense de "
               "l'UE, où l'Espagne, le Portugal et la Grèce ont eux aussi annoncé de nouvelles aides. L'Espagne a "
               "promis des missiles Hawk et la Grèce des obus d'artillerie.")
ROUND_UP_DE = ("de", "Italien sagt beim EU-Treffen ein weiteres SAMP/T zu",
               "LUXEMBURG (Agentur) - Italien wird der Ukraine ein weiteres Flugabwehrsystem vom Typ SAMP/T liefern. "
               "Das kündigte Verteidigungsminister Marco Ferri am Montag beim Treffen der EU-Verteidigungsminister "
               "an, bei dem auch Spanien, Portugal und Griechenland neue Hilfe zusagten. Spanien sagte Hawk-Raketen "
               "zu, Griechenland Artilleriegranaten.")
ROUND_UP_COUNTERPARTS = ("en", "Italy pledges another SAMP/T as EU defence ministers meet",
                         "LUXEMBOURG (Agency) - Italy will send Ukraine another SAMP/T air defence system, Defence "
                         "Minister Marco Ferri said on Monday at an EU ministers' meeting where his Spanish and Greek "
                         "counterparts also announced new aid. The Spanish promised Hawk missiles and the Greeks "
                         "shells.")
ROUND_UP_GROUP = ("en", "EU ministers pledge air defence, missiles and shells for Ukraine",
                  "LUXEMBOURG (Paper) - EU defence ministers meeting in Luxembourg on Monday promised Ukraine a new "
                  "round of weapons, led by another Italian SAMP/T air defence system. Spain will send more Hawk "
                  "missiles and Greece will supply artillery shells, ministers said.")
OWN_EN = ("en", "Italy to send Ukraine another SAMP/T air defence system",
          "ROME (Paper) - Italy will send Ukraine another SAMP/T air defence system, Defence Minister Marco Ferri said "
          "on Monday. The system will come from the army's stocks and be delivered before the summer.")
OWN_EN_CLOSING = ("en", "Italy to give Ukraine a further SAMP/T system",
                  "ROME (Herald) - Italy will give Ukraine a further SAMP/T air defence system from its army's stocks, "
                  "Defence Minister Marco Ferri said on Monday. It will arrive before the summer. Spain and Greece "
                  "also announced aid at the EU ministers' meeting in Luxembourg.")
OWN_DE = ("de", "Italien liefert der Ukraine ein weiteres SAMP/T-System",
          "ROM (Zeitung) - Italien gibt der Ukraine ein weiteres Flugabwehrsystem vom Typ SAMP/T aus Beständen der "
          "Armee. Das sagte Verteidigungsminister Marco Ferri am Montag.")
OWN_SURNAME = ("de", "Ferri: Weiteres SAMP/T-System für die Ukraine",
               "ROM (Nachrichten) - Die italienische Regierung schickt der Ukraine ein weiteres Flugabwehrsystem vom Typ "
               "SAMP/T. Verteidigungsminister Marco Ferri sagte am Montag, es komme aus Beständen der Armee. Auch "
               "Spanien und Griechenland kündigten am Rande des EU-Treffens neue Hilfe an.")
OWN_WITH_COUNTERPART = ("en", "Italy to send Ukraine another SAMP/T after EU ministers' talks",
                        "LUXEMBOURG (Agency) - Italy will send Ukraine another SAMP/T air defence system, Defence "
                        "Minister Marco Ferri said on Monday after talks with his Spanish counterpart at a meeting of "
                        "EU defence ministers.")
JOINT_AT_MEETING = ("en", "Italy to send Ukraine another SAMP/T system paid for with allies",
                    "LUXEMBOURG (Wire) - Italy will send Ukraine another SAMP/T air defence system, paid for jointly "
                    "with Spain and Portugal, Defence Minister Marco Ferri said on Monday at a meeting of EU defence "
                    "ministers. The three countries will share its cost of 400 million euros.")
JOINT_OWN = ("en", "Italy to give Ukraine a SAMP/T system worth 400 million euros",
             "ROME (Paper) - Italy will give Ukraine another SAMP/T air defence system worth 400 million euros, "
             "Defence Minister Marco Ferri said on Monday. Two allies will share the cost.")
TRAINING = ("en", "Italy to train 2,000 Ukrainian soldiers in new mission",
            "ROME (Paper) - Italy will train 2,000 Ukrainian soldiers this year in a new mission, Defence Minister "
            "Marco Ferri said on Monday.")

PACKAGE = ("en", "Canada announces 300 million Canadian dollar arms package for Ukraine",
           "OTTAWA (Wire) - Canada will send Ukraine a 300 million Canadian dollar package of weapons, including 25 "
           "armoured vehicles and drones, Defence Minister Anne Roy said on Friday.")
THANKS_PACKAGE = ("en", "Zelensky thanks Canada for new arms package with armoured vehicles",
                  "KYIV (Live) - President Volodymyr Zelensky thanked Canada on Friday for its new 300 million "
                  "Canadian dollar package, saying the armoured vehicles would help his troops.")

# A report of one news closing on the same government's earlier news of the day, beside that news's report.
PACKAGE_DE = ("en", "Germany unveils 500 million euro arms package for Ukraine",
              "BERLIN (Wire) - Germany will send Ukraine a 500 million euro package of weapons including Gepard "
              "anti-aircraft guns and artillery shells, Defence Minister Jonas Feldmann said on Wednesday.")
GEPARDS_CLOSING = ("en", "Germany hands over 10 more Gepard guns to Ukraine",
                   "BERLIN (Paper) - Germany has handed over 10 more Gepard anti-aircraft guns to Ukraine, the defence "
                   "ministry said on Wednesday. Earlier on Wednesday Berlin announced a new 500 million euro package.")
GEPARDS_CLOSING_DE = ("de", "Zehn weitere Gepard-Panzer an die Ukraine übergeben",
                      "BERLIN (Zeitung) - Deutschland hat der Ukraine zehn weitere Flugabwehrpanzer vom Typ Gepard "
                      "übergeben, teilte das Verteidigungsministerium am Mittwoch mit. Bereits am Morgen hatte Berlin "
                      "ein Paket über 500 Millionen Euro angekündigt.")
GEPARDS_BESIDE_EN = ("en", "Germany delivers 10 more Gepard guns to Ukraine",
                     "BERLIN (Herald) - Germany has delivered 10 more Gepard anti-aircraft guns to Ukraine, the defence "
                     "ministry said on Wednesday. The handover came hours before Berlin announced a new 500 million "
                     "euro package.")
GEPARDS_BESIDE_FR = ("fr", "Berlin livre dix Gepard de plus à Kiev",
                     "BERLIN (Journal) - L'Allemagne a livré dix chars antiaériens Gepard supplémentaires à l'Ukraine, a "
                     "indiqué mercredi le ministère de la Défense. Cette livraison intervient le jour où Berlin a "
                     "annoncé un nouveau paquet de 500 millions d'euros.")
GEPARDS_BESIDE_DE = ("de", "Deutschland übergibt zehn weitere Gepard",
                     "BERLIN (Nachrichten) - Deutschland hat der Ukraine zehn weitere Gepard-Flugabwehrpanzer übergeben, "
                     "teilte das Ministerium am Mittwoch mit. Die Übergabe erfolgt kurz nach der Ankündigung eines "
                     "Pakets über 500 Millionen Euro.")
SHELLS_PL = ("en", "Poland to supply Ukraine with 100,000 artillery shells",
             "WARSAW (Daily) - Poland will supply Ukraine with 100,000 artillery shells next year, Defence Minister "
             "Adam Nowak said on Thursday.")
TANKS_CLOSING_FR = ("fr", "La Pologne a livré à l'Ukraine ses derniers chars T-72 promis",
                    "VARSOVIE (Agence) - La Pologne a livré à l'Ukraine les 20 derniers chars T-72 qu'elle avait "
                    "promis, a indiqué jeudi le ministère de la Défense. Plus tôt dans la journée, Varsovie a promis "
                    "100 000 obus d'artillerie.")
LIVE_EARLIER = ("en", "Live: Germany's 500 million euro package",
                "Earlier on Wednesday, Germany announced a 500 million euro package of weapons for Ukraine, including "
                "Gepard guns and artillery shells.")

PAIRS = [
    # A meeting's round-up headed by one government stays apart from that government's own report (joined before).
    pair_case("round-up-with-one-figure-apart-from-the-announcement", ROUND_UP_EN, OWN_EN, 2, False),
    pair_case("round-up-with-no-figure-apart-from-the-announcement", ROUND_UP_EN_NO_FIGURE, OWN_EN, 2, False),
    pair_case("french-round-up-apart-from-the-announcement", ROUND_UP_FR, OWN_EN, 2, False),
    pair_case("german-round-up-naming-the-others-second-apart", ROUND_UP_DE, OWN_DE, 2, False),
    pair_case("round-up-naming-the-others-by-their-ministers-apart", ROUND_UP_COUNTERPARTS, OWN_EN, 2, False),
    pair_case("round-up-apart-from-a-report-headed-by-the-minister", ROUND_UP_EN, OWN_SURNAME, 2, False),
    pair_case("round-up-apart-from-a-report-closing-on-the-others", ROUND_UP_EN, OWN_EN_CLOSING, 2, False),
    # Guards: reports of one round-up join, whichever government or group heads them ...
    pair_case("two-round-ups-headed-by-the-one-government-join", ROUND_UP_EN, ROUND_UP_FR, 2, True),
    pair_case("german-and-english-round-ups-join", ROUND_UP_EN, ROUND_UP_DE, 2, True),
    pair_case("round-up-headed-by-the-group-joins", ROUND_UP_EN_NO_FIGURE, ROUND_UP_GROUP, 3, True),
    # ... and reports of one announcement join, one closing on the others or naming a counterpart.
    pair_case("an-announcement-closing-on-the-others-joins-its-copy", OWN_EN, OWN_EN_CLOSING, 2, True),
    pair_case("an-announcement-naming-a-counterpart-joins-its-copy", OWN_EN, OWN_WITH_COUNTERPART, 2, True),
    # ... and a joint act told at the meeting with its partners named joins a report that leaves them out.
    pair_case("a-joint-act-naming-its-partners-at-a-meeting-joins", JOINT_AT_MEETING, JOINT_OWN, 2, True),
    # Guard: the same government's other news of the day stays apart from the round-up.
    pair_case("the-governments-training-mission-apart-from-the-round-up", ROUND_UP_EN, TRAINING, 2, False),
    # A report closing on the same government's earlier news of the day stays apart from that news (joined before on
    # the recalled sum or count) ...
    pair_case("a-delivery-closing-on-the-days-package-apart", PACKAGE_DE, GEPARDS_CLOSING, 3, False),
    pair_case("a-german-delivery-closing-on-the-mornings-package-apart", PACKAGE_DE, GEPARDS_CLOSING_DE, 3, False),
    pair_case("a-delivery-set-beside-the-days-package-apart", PACKAGE_DE, GEPARDS_BESIDE_EN, 3, False),
    pair_case("a-french-delivery-set-beside-the-days-package-apart", PACKAGE_DE, GEPARDS_BESIDE_FR, 3, False),
    pair_case("a-german-delivery-set-beside-the-days-package-apart", PACKAGE_DE, GEPARDS_BESIDE_DE, 3, False),
    pair_case("a-french-handover-closing-on-the-days-shells-apart", SHELLS_PL, TANKS_CLOSING_FR, 3, False),
    # ... while an entry whose first sentence tells it "earlier" is its report.
    pair_case("an-entry-telling-the-package-earlier-joins-it", PACKAGE_DE, LIVE_EARLIER, 3, True),
    # A thanks for a new package is thanks for the decision (read as an arrival before).
    pair_case("thanks-for-a-new-package-joins-the-package", PACKAGE, THANKS_PACKAGE, 5, True),
]


@pytest.mark.parametrize(("name", "first", "second", "hours", "one_event"), PAIRS)
def test_meeting_round_ups_headed_by_one_government(name, first, second, hours, one_event, analyzer):
    assert matcher_joins(analyzer, first, second, hours) is one_event
    assert matcher_joins(analyzer, second, first, hours) is one_event
