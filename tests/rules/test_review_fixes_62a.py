"""Relevance fixes of review 62's causes (tests/rules/test_review_62.py, fix62a's share), each read as a form of a
feed item (a headline and an RSS summary) in the three languages. Every text is invented for this file.

- military things that are no weapons (trucks, vans, ambulances told as an army's) handed over by a named donor to
  Ukraine are aid news; relief trucks with no army's mark are not;
- a maker telling an order from a named government for Ukraine, on a finance site beside its share price, is aid
  news: the markets trap steps aside, as it does for a government ordering; a maker's shares with an order from
  an unnamed buyer, or for its own country's army, stay market news;
- weapons given to Ukraine told only by what they did not change or by the black market they are said to reach (a
  Kremlin claim) are no aid news, unless the item tells a giving now or a new pledge.
- an HTML reference left in a feed's text ("Russia&#8217;s") is read as its character.
"""

from __future__ import annotations

import pytest

from tests.support.wire_reading import assert_relevance, read

ITEMS = [
    # military vehicles that are no weapons
    ("en", "Portugal hands over 60 army trucks to Ukraine",
     "Portugal has handed over 60 trucks and ten ambulances from its army to Ukraine, the defence ministry said on "
     "Thursday. The vehicles left Lisbon by train last week.", True),
    ("fr", "Le Portugal cède 60 camions militaires à l'Ukraine",
     "Le Portugal a cédé à l'Ukraine 60 camions militaires et dix ambulances de son armée, a indiqué jeudi le "
     "ministère de la Défense à Lisbonne.", True),
    ("de", "Portugal übergibt der Ukraine 60 Militärfahrzeuge",
     "Portugal hat der Ukraine 60 Lastwagen und zehn Krankenwagen der Armee übergeben, teilte das "
     "Verteidigungsministerium in Lissabon am Donnerstag mit.", True),
    ("en", "Portugal sends 60 trucks of winter supplies to Ukraine",
     "Portugal has sent 60 trucks of blankets, generators and food to Ukraine, the foreign ministry said, as the "
     "country braces for a hard winter.", False),
    # a maker's order from a named government, on a finance site
    ("de", "Hensoldt-Aktie steigt: Auftrag für Radare für die Ukraine",
     "München (dts) - Hensoldt hat von der Bundesregierung einen Auftrag über weitere Luftverteidigungsradare für die "
     "Ukraine erhalten. Die Aktie legte im frühen Handel um 3 Prozent zu.", True),
    ("en", "Kongsberg shares rise on Norwegian order of NASAMS for Ukraine",
     "OSLO (Reuters) - Kongsberg shares rose 2% on Monday after the arms maker won an order from the Norwegian "
     "government for NASAMS air defence launchers for Ukraine, worth an undisclosed sum.", True),
    ("de", "Hensoldt-Aktie steigt nach Großauftrag",
     "München (dts) - Hensoldt hat einen Großauftrag über Radare von einem nicht genannten Nato-Land erhalten. Die "
     "Aktie legte um 3 Prozent zu. Der Konzern liefert seit Kriegsbeginn auch Radare an die Ukraine.", False),
    # weapons given, told by what they did not change
    ("en", "Kremlin: Western weapons changed nothing at the front",
     "Western weapons delivered to the Kiev regime have changed nothing at the front, the Kremlin spokesman told "
     "reporters, adding that many of them end up on the black market.", False),
    ("fr", "Le Kremlin affirme que les armes de l'Otan finissent au marché noir",
     "Les armes livrées par l'Otan au régime de Kiev finissent au marché noir, a affirmé la porte-parole de la "
     "diplomatie russe, sans apporter de preuve.", False),
    ("de", "Moskau: Westliche Waffen haben nichts geändert",
     "Die Waffenlieferungen des Westens an Kiew hätten an der Lage an der Front nichts geändert, sagte der "
     "Kremlsprecher. Viele der Waffen landeten auf dem Schwarzmarkt.", False),
    ("fr", "Ottawa va livrer 30 blindés au régime de Kiev",
     "Le Canada va livrer au régime de Kiev 30 véhicules blindés supplémentaires, a annoncé Ottawa. Ces armes ne "
     "changeront rien sur le terrain, estiment les experts russes.", True),
]


@pytest.mark.parametrize(("lang", "headline", "lead", "relevant"), ITEMS)
def test_review_62_relevance_fixes(defaults, lang: str, headline: str, lead: str, relevant: bool) -> None:
    assert_relevance(defaults, read(defaults, headline, lead), relevant)


def test_an_html_reference_is_read_as_its_character(defaults) -> None:
    escaped = read(defaults, "Britain&#8217;s new package for Kyiv",
                   "Britain&#8217;s defence secretary said the UK will send Ukraine&nbsp;20 more Challenger tanks.")
    plain = read(defaults, "Britain’s new package for Kyiv",
                 "Britain’s defence secretary said the UK will send Ukraine 20 more Challenger tanks.")
    assert (escaped.relevant, escaped.score) == (plain.relevant, plain.score)
