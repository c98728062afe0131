"""Fixes of half of review 63's causes (tests/pledges/test_review_63.py), each read as a form of feed copy in the
three languages. Every sentence is invented for this file.

- (3) Givers: the one who turns down a request refuses; the one whose request it was gives nothing ("rejected a
  request from Spain to pass on", "a rejeté une demande de l'Espagne de céder", "hat ein Gesuch Spaniens
  abgelehnt, ... weiterzugeben": donors/refused_requests.py). Switzerland's government told as "der Bundesrat"
  or "the Federal Council" in an article naming Switzerland and neither Germany nor Austria (whose chamber has
  that name) is Switzerland (donors/federal_councils.py).
- (4) Radars: a radar that is part of an air-defence system is air defence, the lead's ruling of stop 63 (a
  named one, "TRML-4D-Radargeräte", "radars TRML-4D", or a fire-control radar, "Feuerleitradare", "radars de
  conduite de tir"); counter-battery radars stay other (things/air_defence_radars.py).
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, ARMOUR, M, P, R
from tests.support.wire_reading import figures

REFUSED_REQUESTS = [
    ("en", "", "Austria has rejected a request from Portugal to pass on 16 armoured personnel carriers to Ukraine.",
     {("AT", ARMOUR, R, 16)}),
    ("en", "", "The Swedish government turned down Finland's request to re-export 30 anti-aircraft guns to Kyiv.",
     {("SE", AIR, R, 30)}),
    ("fr", "", "La Suisse a rejeté une demande de la Belgique de céder à l'Ukraine 40 blindés de transport de troupes.",
     {("CH", ARMOUR, R, 40)}),
    ("de", "", "Österreich hat ein Gesuch Tschechiens abgelehnt, rund zwei Dutzend Schützenpanzer an die Ukraine "
               "weiterzugeben.", {("AT", ARMOUR, R, 24)}),
    ("de", "", "Die Schweiz lehnte einen Antrag Dänemarks ab, 18 Flugabwehrpanzer an Kiew weiterzugeben.",
     {("CH", AIR, R, 18)}),
    # (Switzerland's government by its own name, the country named in the headline)
    ("de", "Schweiz verbietet Weitergabe von Schützenpanzern",
     "Der Bundesrat hat am Freitag ein Gesuch Polens abgelehnt, 12 Schützenpanzer aus Schweizer Produktion an die "
     "Ukraine weiterzugeben.", {("CH", ARMOUR, R, 12)}),
    # (a request granted or still open is the re-export's own business: the asker is not dropped)
    ("en", "", "Poland will send 14 tanks to Ukraine, after Berlin approved its request.", {("PL", "tanks", P, 14)}),
]

# A "Bundesrat" of an article about Germany is Germany's chamber, no Swiss government.
GERMAN_CHAMBERS = [
    ("de", "", "Deutschland liefert der Ukraine vier weitere Haubitzen. Der Bundesrat muss dem Haushalt noch "
               "zustimmen.", {("DE", "artillery", P, 4)}),
]

RADARS = [
    ("de", "", "Die Bundesregierung hat bei einem Rüstungskonzern acht weitere TRML-4D-Radargeräte für die Ukraine "
               "bestellt.", {("DE", AIR, M, 8)}),
    ("en", "", "Germany will send Ukraine three more TRML-4D radars by the summer.", {("DE", AIR, P, 3)}),
    ("fr", "", "L'Allemagne va livrer à l'Ukraine cinq radars TRML-4D supplémentaires.", {("DE", AIR, P, 5)}),
    ("en", "", "Norway will send Ukraine two fire-control radars, the ministry said.", {("NO", AIR, P, 2)}),
    ("fr", "", "La France va livrer deux radars de conduite de tir à l'Ukraine.", {("FR", AIR, P, 2)}),
    ("de", "", "Dänemark liefert der Ukraine vier Feuerleitradare.", {("DK", AIR, P, 4)}),
    # (a radar that finds guns is tied to no air-defence system: other, as the real set labels it)
    ("en", "", "The United States will send Ukraine ten counter-battery radars.", {("US", "other", P, 10)}),
    ("de", "", "Deutschland liefert der Ukraine vier Artillerieradare.", {("DE", "other", P, 4)}),
]


@pytest.mark.parametrize(("lang", "title", "text", "expected"), REFUSED_REQUESTS + GERMAN_CHAMBERS + RADARS)
def test_feed_items_give_their_records(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected
