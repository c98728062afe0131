"""Stories round 59 (fix59b): a giving recalled as what the donor has given so far is background, as pairs of
invented reports (none from the real-article set).

Review 59's day B (tests/stories/test_review_59.py) kept two reports of Germany examining more Patriots apart: the
German one recalls "Deutschland hat bislang drei Patriot-Systeme übergeben", read as a delivery of 3 the English
report lacks. A sentence holding an adverb of "up to now" (so far, to date, jusqu'ici, à ce jour, bislang, bisher)
and a perfect of giving tells the donor's record, one outlet keeps it and the next drops it: its delivery and its
count are none of the event's (bot/core/stories/evidence/told_so_far.py). The guards: a delivery of the day (no "so
far") stays news, and a pledge report recalling a delivery so far stays apart from a report of that delivery. All five
cases failed on main before fix59b (measured on its tree at 5bbbe601).
"""

from __future__ import annotations

import pytest

from tests.support.story_pairs import matcher_joins, pair_case

# Discussed, in three languages, with and without the recall.
DE_PATRIOT_RECALL = ("de", "Regierung prüft Abgabe weiterer Patriot-Systeme an Kiew",
                     "BERLIN (Zeitung) - Die Bundesregierung prüft die Abgabe weiterer Patriot-Systeme an die "
                     "Ukraine. Eine Entscheidung gebe es noch nicht, sagte eine Sprecherin am Mittwoch. Deutschland "
                     "hat bislang vier Patriot-Systeme übergeben.")
EN_PATRIOT = ("en", "Germany considers sending more Patriot systems to Ukraine",
              "BERLIN (Wire) - Germany is considering whether to give Ukraine more Patriot air defence systems, a "
              "government spokeswoman said on Wednesday, adding that no decision had been made.")
EN_IRIST_RECALL = ("en", "Austria weighs sending more Skyguard guns to Ukraine",
                   "VIENNA (Wire) - Austria is examining whether to send Ukraine more Skyguard anti-aircraft guns, "
                   "the defence ministry said on Friday. No decision has been taken. Austria has so far delivered "
                   "five Skyguard guns to Ukraine, according to the ministry.")
FR_IRIST = ("fr", "L'Autriche étudie l'envoi de canons Skyguard supplémentaires à l'Ukraine",
            "VIENNE (Agence) - L'Autriche étudie la possibilité de céder d'autres canons antiaériens Skyguard à "
            "l'Ukraine, a indiqué vendredi le ministère de la Défense, sans qu'aucune décision ait été prise.")
FR_CAESAR_RECALL = ("fr", "La Belgique étudie l'envoi de canons Caesar supplémentaires à Kiev",
                    "BRUXELLES (Agence) - La Belgique étudie l'envoi de nouveaux canons Caesar à l'Ukraine, a "
                    "indiqué lundi le ministère de la Défense. Aucune décision n'a été prise. La Belgique a "
                    "jusqu'ici livré douze canons Caesar à Kiev.")
DE_CAESAR = ("de", "Belgien erwägt Lieferung weiterer Caesar-Haubitzen an die Ukraine",
             "BRÜSSEL (Agentur) - Belgien erwägt, der Ukraine weitere Haubitzen vom Typ Caesar zu liefern. Eine "
             "Entscheidung sei noch nicht gefallen, teilte das Verteidigungsministerium am Montag mit.")

# Guards: a delivery of the day, and a pledge beside a delivery recalled so far.
EN_PATRIOT_DELIVERED = ("en", "Germany hands Ukraine four more Patriot systems",
                        "BERLIN (Wire) - Germany has handed over four more Patriot air defence systems to Ukraine, "
                        "a government spokeswoman said on Wednesday.")
EN_TANKS_PLEDGED = ("en", "Norway to send Ukraine ten more Leopard tanks",
                    "OSLO (Wire) - Norway will send Ukraine ten more Leopard 2 tanks, the defence ministry said on "
                    "Tuesday. Norway has so far delivered eight Leopard 2 tanks to Ukraine.")
DE_TANKS_DELIVERED = ("de", "Norwegen übergibt der Ukraine acht Leopard-Panzer",
                      "OSLO (Agentur) - Norwegen hat der Ukraine acht Kampfpanzer vom Typ Leopard 2 übergeben, "
                      "teilte das Verteidigungsministerium am Dienstag mit.")

PAIRS = [
    # Fail on main before fix59b: the recall's delivery and count kept the pair apart.
    pair_case("german-recall-bislang-joins-the-english-report", DE_PATRIOT_RECALL, EN_PATRIOT, 2, True),
    pair_case("english-recall-so-far-joins-the-french-report", EN_IRIST_RECALL, FR_IRIST, 2, True),
    pair_case("french-recall-jusqu-ici-joins-the-german-report", FR_CAESAR_RECALL, DE_CAESAR, 2, True),
    # Guards, both joined wrongly on main before fix59b on the recalled count they share: a delivery of the day is
    # news of its own, apart from the weighing of more; a pledge recalling a delivery is apart from that delivery.
    pair_case("a-delivery-of-the-day-stays-apart-from-the-weighing", EN_PATRIOT_DELIVERED, DE_PATRIOT_RECALL, 2, False),
    pair_case("a-pledge-recalling-a-delivery-stays-apart-from-that-delivery", EN_TANKS_PLEDGED, DE_TANKS_DELIVERED, 2,
              False),
]


@pytest.mark.parametrize(("name", "first", "second", "hours", "one_event"), PAIRS)
def test_givings_told_so_far_are_background(name, first, second, hours, one_event, analyzer):
    assert matcher_joins(analyzer, first, second, hours) is one_event
    assert matcher_joins(analyzer, second, first, hours) is one_event
