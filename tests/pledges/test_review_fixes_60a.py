"""Fixes of review 60's causes (tests/pledges/test_review_60.py, fix60a's share), each read as a form of wire
copy in the three languages, and the same cue words in other senses. Every sentence is invented for this file.

- a claim that givings make their givers party to the war ("say weapons deliveries make NATO countries party
  to the conflict", "font des pays de l'Otan des parties au conflit", "machten die Nato zur Kriegspartei") is
  no giving of anyone's;
- French "avions" after "nous" is the verb avoir ("Nous avions promis"), no planes;
- a German perfect's middle field holds a list with its commas ("hat der Ukraine Hubschrauber, Haubitzen und
  Munition überlassen"): every thing of the list is delivered;
- things sold to a third country ("sold tanks, howitzers and jets to Poland", "an Polen verkauft") are no aid,
  and the buyer gives nothing by them;
- a headline's second half with its thing to come ("more drones to come", "d'autres drones à venir", "weitere
  Drohnen sollen folgen") promises that thing;
- the new ones ordered to replace what a donor gave ("replaced by new ones ordered from the manufacturer",
  "remplacés par de nouveaux exemplaires commandés", "durch neue ersetzen, die ... bestellt wurden") are its
  own forces' order, no making for Ukraine.
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, AMMO, ARMOUR, D, M, P, R
from tests.support.wire_reading import figures

FIXED = [
    # a claim of co-belligerence
    ("en", "The Kremlin has said that Western arms deliveries make NATO states party to the war.", set()),
    ("fr", "Moscou affirme que les livraisons d'armes occidentales font des pays de l'Otan des parties au conflit.",
     set()),
    ("de", "Moskau behauptet, die westlichen Waffenlieferungen machten die Nato zur Kriegspartei.", set()),
    # "avions", the verb
    ("fr", "« Nous avions promis, nous tenons parole », a déclaré le ministre norvégien.", set()),
    ("fr", "« Nous n'avions pas le choix », a dit le ministre danois.", set()),
    # a listed middle field
    ("de", "Kroatien hat der Ukraine seit 2022 bereits Hubschrauber, Haubitzen und Munition überlassen.",
     {("HR", "aircraft", D, None), ("HR", "artillery", D, None), ("HR", AMMO, D, None)}),
    ("de", "Rumänien hat der Ukraine Schutzwesten, Helme und Granaten geliefert.",
     {("RO", "other", D, None), ("RO", AMMO, D, None)}),
    # a sale to a third country
    ("de", "Südkoreanische Hersteller haben Kampfpanzer, Haubitzen und Kampfflugzeuge an Polen verkauft, das "
     "eigene Bestände an die Ukraine abgegeben hat.", set()),
    ("en", "South Korean makers have sold tanks, howitzers and fighter jets to Poland, which has given its own "
     "stocks to Ukraine.", set()),
    ("fr", "Les industriels sud-coréens ont vendu des chars, des obusiers et des avions de combat à la Pologne, qui "
     "a cédé ses propres stocks à l'Ukraine.", set()),
    # the thing to come
    ("en", "Latvia has given Ukraine all its mortars, more drones to come.",
     {("LV", "artillery", D, None), ("LV", "drones", P, None)}),
    ("fr", "La Lettonie a livré 12 mortiers à l'Ukraine, d'autres drones à venir.",
     {("LV", "artillery", D, 12), ("LV", "drones", P, None)}),
    ("de", "Lettland hat der Ukraine alle Mörser geliefert, weitere Drohnen sollen folgen.",
     {("LV", "artillery", D, None), ("LV", "drones", P, None)}),
    # the new ones replacing a gift
    ("en", "Norway said the guns would be replaced by new ones ordered from the manufacturer.", set()),
    ("en", "Norway sent Ukraine eight howitzers and will replace them with new ones ordered from the maker.",
     {("NO", "artillery", D, 8)}),
    ("fr", "Les canons cédés seront remplacés par de nouveaux exemplaires commandés au fabricant, a indiqué Oslo.",
     set()),
    ("de", "Norwegen will die Haubitzen durch neue ersetzen, die beim Hersteller bestellt wurden.", set()),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FIXED)
def test_review_60_causes_read_in_general(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


# Headlines with the body they stand over: (lang, headline, body, expected).
HEADLINES = [
    ("en", "Latvia has given all its mortars, more drones to come, army chief says",
     "The army chief spoke to reporters in Riga on Monday.",
     {("LV", "artillery", D, None), ("LV", "drones", P, None)}),
    ("de", "Lettland hat alle Mörser abgegeben, weitere Drohnen sollen folgen",
     "Der Armeechef sprach am Montag in Riga mit Journalisten.",
     {("LV", "artillery", D, None), ("LV", "drones", P, None)}),
]


@pytest.mark.parametrize(("lang", "title", "text", "expected"), HEADLINES)
def test_review_60_headlines_read_in_general(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected


# The same words in other senses, or beside what they do not govern, keep their reading.
UNCHANGED = [
    ("en", "Norway delivered 20 howitzers to Ukraine on Monday. Moscow says such deliveries make Oslo a party to "
     "the conflict.", {("NO", "artillery", D, 20)}),
    ("de", "Deutschland hat der Ukraine 20 Panzer geliefert; Moskau sieht Berlin deshalb als Kriegspartei.",
     {("DE", "tanks", D, 20)}),
    ("fr", "La Norvège a livré deux avions à l'Ukraine.", {("NO", "aircraft", D, 2)}),
    ("fr", "Les avions promis par la Norvège sont arrivés en Ukraine.", {("NO", "aircraft", D, None)}),
    ("en", "Norway sold four frigates to Egypt and sent Ukraine 10 howitzers.", {("NO", "artillery", D, 10)}),
    ("de", "Polen hat der Ukraine 20 Panzer geliefert.", {("PL", "tanks", D, 20)}),
    ("en", "Sweden ordered 20 new howitzers for Ukraine.", {("SE", "artillery", M, 20)}),
    ("de", "Lettland hat der Ukraine alle Mörser geliefert; weitere Gespräche sollen folgen.",
     {("LV", "artillery", D, None)}),
    ("en", "Estonia delivered four howitzers to Ukraine, with four more to come.",
     {("EE", "artillery", D, 4), ("EE", "artillery", P, 4)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), UNCHANGED)
def test_other_senses_keep_their_reading(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected
