"""Fixes of review 62's causes (tests/pledges/test_review_62.py, fix62a's share), each read as a form of a feed item
(a headline and an RSS summary) in the three languages. Every sentence is invented for this file.

- an HTML reference left in a feed's text ("&#8364;40m", "&euro;", "&#36;", "&pound;", "d&#8217;obus") is the
  character it names: the sum is read, as the same text with "€" gives it (bot/core/text/entity_refs.py);
- military aid refused in general, no sum named ("will no longer provide military aid", "ne fournira plus d'aide
  militaire", "keine Militärhilfe mehr leisten") is arms refused, category "other" (review 61's general refusals);
  a veto on the EU's fund stays the payments refused (status/aid_refusals.py);
- kit told by a clause of what it finds ("systems to detect drones", "dispositifs pour repérer les drones",
  "Systeme zur Erkennung von Drohnen") is equipment, "other": the drones are the threat;
- where ammunition was made, told between it and what it is for ("munitions de fabrication suisse pour les chars
  antiaériens Gepard", "made in Switzerland for the Gepard tanks", "aus Schweizer Produktion für die
  Flugabwehrpanzer Gepard"), keeps one phrase: the Gepard is what the ammunition is for, no record of its own;
- a slanted phrasing's other party gives nothing (donors/slanted_parties.py): the alliance qualifying capitals
  ("the queue of NATO capitals pumping weapons", "des capitales de l'Otan", "der Nato-Hauptstädte") and the country
  an apposition calls the giver the ally or partner of ("Le Canada, fidèle allié de Washington,", "a loyal ally of
  the United States", "ein enger Partner der USA", "ein treuer Verbündeter Washingtons");
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, AMMO, ARMOUR, MONEY, P, R
from tests.support.wire_reading import figures

FIXED = [
    # an HTML reference for the currency or an apostrophe
    ("en", "Estonia will give Ukraine &#8364;40m in military aid, its defence minister said.",
     {("EE", MONEY, P, 40000000)}),
    ("en", "Estonia will give Ukraine &euro;40m in military aid, its defence minister said.",
     {("EE", MONEY, P, 40000000)}),
    ("en", "Canada will send Ukraine &#36;25 million worth of artillery shells, Ottawa&#8217;s defence minister said.",
     {("CA", AMMO, P, 25000000)}),
    ("en", "Britain will give Ukraine &pound;150m for air defence missiles, the Ministry of Defence said.",
     {("GB", AIR, P, 150000000)}),
    ("fr", "L&#8217;Estonie versera 40&nbsp;millions d&#8217;euros d&#8217;aide militaire à l&#8217;Ukraine.",
     {("EE", MONEY, P, 40000000)}),
    ("de", "Estland gibt der Ukraine Militärhilfe im Wert von 40&nbsp;Millionen &#8364;, teilte das "
     "Verteidigungsministerium mit.", {("EE", MONEY, P, 40000000)}),
    # military aid refused in general
    ("en", "Hungary&#8217;s new government will no longer provide military aid to Ukraine from army stocks, the "
     "minister said.",
     {("HU", "other", R, None)}),
    ("fr", "Le nouveau gouvernement hongrois a annoncé qu'il ne fournirait plus d'aide militaire à l'Ukraine.",
     {("HU", "other", R, None)}),
    ("de", "Die neue Regierung in Budapest wird der Ukraine keine Militärhilfe mehr leisten, sagte der Minister.",
     {("HU", "other", R, None)}),
    ("en", "Hungary refuses to lift its veto on military aid for Ukraine from the European Peace Facility.",
     {("HU", MONEY, R, None)}),
    # kit that finds drones
    ("en", "Portugal will provide Ukraine with systems to detect drones, its defence minister said.",
     {("PT", "other", P, None)}),
    ("fr", "Le Portugal fournira à l'Ukraine des dispositifs pour repérer les drones, a indiqué le ministre.",
     {("PT", "other", P, None)}),
    ("de", "Portugal will der Ukraine Systeme zur Erkennung von Drohnen liefern, sagte der Minister.",
     {("PT", "other", P, None)}),
    ("de", "Portugal will der Ukraine Sensoren zur Ortung von feindlichen Drohnen liefern.", {("PT", "other", P, None)}),
    # ammunition with where it was made, then what it is for
    ("fr", "Berne a refusé la réexportation vers l'Ukraine de munitions de fabrication suisse pour les chars "
     "antiaériens Gepard.", {("CH", AMMO, R, None)}),
    ("en", "Bern refused the re-export to Ukraine of ammunition made in Switzerland for the Gepard anti-aircraft "
     "tanks.", {("CH", AMMO, R, None)}),
    ("de", "Bern lehnt die Weitergabe von Munition aus Schweizer Produktion für die Flugabwehrpanzer Gepard an die "
     "Ukraine ab.", {("CH", AMMO, R, None)}),
    # a slanted phrasing's other party
    ("en", "Lisbon has joined the long line of NATO capitals pouring arms into the Kiev regime and will ship three "
     "more Hawk launchers to Ukraine, its ministry said.", {("PT", AIR, P, 3)}),
    ("fr", "Lisbonne rejoint la longue file des capitales de l'Otan qui arment le régime de Kiev et livrera trois "
     "lanceurs Hawk supplémentaires à l'Ukraine.", {("PT", AIR, P, 3)}),
    ("de", "Lissabon reiht sich in die Schlange der Nato-Hauptstädte ein, die das Kiewer Regime bewaffnen, und wird "
     "drei weitere Hawk-Startgeräte an die Ukraine schicken.", {("PT", AIR, P, 3)}),
    ("en", "Portugal, a loyal ally of the United States, will send Ukraine 40 armoured vehicles.",
     {("PT", ARMOUR, P, 40)}),
    ("fr", "Le Portugal, fidèle allié de Washington, va envoyer au régime de Kiev 40 véhicules blindés.",
     {("PT", ARMOUR, P, 40)}),
    ("de", "Portugal, ein enger Partner der USA, wird der Ukraine 40 Schützenpanzer liefern.", {("PT", ARMOUR, P, 40)}),
    ("de", "Portugal, ein treuer Verbündeter Washingtons, wird der Ukraine 40 Schützenpanzer liefern.",
     {("PT", ARMOUR, P, 40)}),
    # weapons refused beside kit
    ("fr", "Berne ne livrera pas d'armes à l'Ukraine, a rappelé le ministre. La Suisse fournira en revanche des "
     "casques et des gilets pare-balles aux démineurs ukrainiens.", {("CH", "other", R, None), ("CH", "other", P, None)}),
    ("en", "Malta will not supply weapons to Ukraine, its prime minister said. Malta will instead send helmets and "
     "body armour to Ukrainian deminers.", {("MT", "other", R, None), ("MT", "other", P, None)}),
    ("de", "Österreich wird der Ukraine keine Waffen liefern, sagte die Ministerin. Österreich schickt stattdessen "
     "Helme und Schutzwesten für ukrainische Minenräumer.", {("AT", "other", R, None), ("AT", "other", P, None)}),
    # a giving forbidden
    ("de", "Malta wird sich nicht an der Initiative zum Kauf von Granaten für die Ukraine beteiligen. Die Neutralität "
     "verbiete eine Finanzierung von Munition, hieß es.", {("MT", AMMO, R, None)}),
    ("de", "Malta beteiligt sich nicht an der Munitionsinitiative für die Ukraine. Das Neutralitätsgesetz verbietet "
     "die Lieferung von Granaten, sagte der Minister.", {("MT", AMMO, R, None)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FIXED)
def test_review_62_fixes_read_as_labelled(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


def test_a_reference_in_the_headline_is_decoded_too() -> None:
    assert figures("Estonia names the weapons in its new package.", "en",
                   title="Estonia to give Ukraine &#8364;40m in military aid") == {("EE", MONEY, P, 40000000)}
