"""A thirty-first round of wire copy: the general causes the third held-out probe of review 43
(tests/pledges/test_review_43.py, causes in the review's notes) traced its misses to, each told
again here in other words and, where the phenomenon exists there, other languages, in articles
written for these tests (none is taken from the real-article set or from the probe). Each was
labelled by hand before it was run, following the real-article set's conventions
(../shared/eval/README.md) and tests/data/README.md, as (donor, category, status, figure): the
count of things stated, else the sum of money, else none.

The causes, in the order they were worked on (the review's numbers):
- 18: jammers and electronic-warfare kit are a kind of thing (equipment, recorded as "other"),
  not the drones they counter ("drone jammers", "Störsender zur Abwehr von Drohnen",
  "brouilleurs ... pour contrer les drones");
- 1: a year and a spaced dash before a count in a dated list line ("January 2025 - 20 M113")
  read as a model number and its variant, the count dropped;
- 2: a German month name before a count ("im November 20 Schützenpanzer") read as a date;
- 3: "anderthalb" / "eineinhalb" (one and a half) before a scale word;
- 6: the month "May" opening a dated line ("May 2024 - ...") read as the modal "may";
- 16: a German or French correction "16 und nicht 20" / "quatre et non six" read as a refusal
  of the corrected figure.

First run (2026-12-05, main at 96af266 with review 43's probe, labels unchanged): 1 of the 12 articles
right (the French correction "12 ..., et non 20"): the jammers were read as drones given, as air
defence or as nothing, the dated lines lost their counts or read "May" as a modal, the German months
and "eineinhalb"/"anderthalb" lost their figures, "30 und nicht 40" was a refusal of 40.
After cause 18 (jammers as equipment, what they counter no item): 5 of 12.
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AMMO, ARMOUR, MONEY, D, P, R, X
from tests.support.wire_reading import figures, left_as_xfails

EQUIPMENT = "other"  # jammers, radars and the like are recorded as "other"

# Each is (lang, headline, body, records), the records labelled by hand before the first run.
ARTICLES = [
    # 18: jammers are what is given; the drones they counter are not
    ("en", "Latvia hands Kyiv counter-drone jammers",
     "RIGA (Reuters) - Latvia has handed over 250 drone jammers to Ukraine to protect its infantry against "
     "Russian drones, the defence ministry said on Friday.",
     {("LV", EQUIPMENT, D, 250)}),
    ("en", "Denmark to fund electronic warfare kit for Ukraine",
     "COPENHAGEN (Reuters) - Denmark will send Ukraine 30 electronic warfare systems built to counter Russian "
     "glide bombs and drones, the government said.",
     {("DK", EQUIPMENT, P, 30)}),
    ("de", "Estland liefert Störsender an die Ukraine",
     "TALLINN (dpa) - Estland hat der Ukraine 150 tragbare Störsender zur Abwehr russischer Drohnen geliefert, "
     "teilte das Verteidigungsministerium mit.",
     {("EE", EQUIPMENT, D, 150)}),
    ("fr", "La Pologne va envoyer des brouilleurs à Kiev",
     "VARSOVIE (AFP) - La Pologne enverra 80 brouilleurs à l'Ukraine pour contrer les drones russes, a "
     "annoncé jeudi le ministre de la Défense.",
     {("PL", EQUIPMENT, P, 80)}),
    # 1 and 6: dated list lines, a count after "<month> <year> - ", the month May opening a line
    ("en", "TIMELINE-Portugal's military aid to Ukraine",
     "LISBON (Reuters) - Portugal's government listed its main aid to Ukraine on Tuesday:\n"
     "* June 2023 - 28 M113 armoured personnel carriers handed over.\n"
     "* May 2024 - 100 million euros pledged for ammunition.\n"
     "* February 2025 - 12 more M113 carriers delivered.",
     {("PT", ARMOUR, D, 28), ("PT", AMMO, P, 100000000), ("PT", ARMOUR, D, 12)}),
    ("en", "FACTBOX-Belgium's aid to Ukraine",
     "BRUSSELS (Reuters) - Main steps of Belgium's military support for Ukraine:\n"
     "- May 2023 - Belgium pledged 300 million euros in military aid.\n"
     "- October 2024 - 2 F-16 fighter jets delivered.",
     {("BE", MONEY, P, 300000000), ("BE", "aircraft", D, 2)}),
    # 2: a German month before a count
    ("de", "Tschechien liefert Haubitzen",
     "PRAG (dpa) - Tschechien hat der Ukraine im Oktober 24 Haubitzen vom Typ Dana übergeben, wie das "
     "Verteidigungsministerium mitteilte.",
     {("CZ", "artillery", D, 24)}),
    ("de", "Norwegen schickt weitere Panzer",
     "OSLO (dpa) - Norwegen will der Ukraine im März 30 Schützenpanzer CV90 liefern, sagte der Minister.",
     {("NO", ARMOUR, P, 30)}),
    # 3: one and a half before a scale word
    ("de", "Schweden sagt Kiew weitere Milliarden zu",
     "STOCKHOLM (dpa) - Schweden stellt der Ukraine im kommenden Jahr eineinhalb Milliarden Euro an "
     "Militärhilfe bereit, kündigte die Regierung an.",
     {("SE", MONEY, P, 1500000000)}),
    ("de", "Belgien zahlt anderthalb Milliarden",
     "BRÜSSEL (dpa) - Belgien hat der Ukraine Militärhilfe in Höhe von anderthalb Milliarden Euro zugesagt.",
     {("BE", MONEY, P, 1500000000)}),
    # 16: a corrected figure, "X und nicht Y" / "X et non Y"
    ("de", "Polen korrigiert Zahl gelieferter Panzer",
     "WARSCHAU (dpa) - Polen hat der Ukraine nach Angaben des Ministeriums 30 und nicht 40 Kampfpanzer "
     "übergeben.",
     {("PL", "tanks", D, 30)}),
    ("fr", "La Norvège rectifie le nombre de véhicules livrés",
     "OSLO (AFP) - La Norvège a livré 12 véhicules blindés à l'Ukraine, et non 20 comme annoncé lundi, a "
     "précisé le ministère.",
     {("NO", ARMOUR, D, 12)}),
]

# What the round leaves, by headline: what is read instead (strict xfails).
LEFT: dict[str, str] = {
    "TIMELINE-Portugal's military aid to Ukraine": (
        "'June 2023 - 28 M113' and 'February 2025 - 12 more M113' lose their counts (a year and a spaced dash "
        "read as a model number and its variant); '100 million euros pledged for ammunition' gives a funding "
        "record with the sum beside the ammunition without one"),
    "FACTBOX-Belgium's aid to Ukraine": (
        "'May 2023 - Belgium pledged' is discussed (the month read as the modal 'may'); '2 F-16' loses its count"),
    "Tschechien liefert Haubitzen": "'im Oktober 24 Haubitzen' loses its count (the month read as a date)",
    "Norwegen schickt weitere Panzer": "'im März 30 Schützenpanzer' loses its count (the month read as a date)",
    "Schweden sagt Kiew weitere Milliarden zu": "'eineinhalb Milliarden Euro' gives no sum",
    "Belgien zahlt anderthalb Milliarden": "'anderthalb Milliarden Euro' gives no sum",
    "Polen korrigiert Zahl gelieferter Panzer": (
        "'30 und nicht 40 Kampfpanzer übergeben' gives (PL, tanks, refused, 40) and the delivery without a count"),
}


@pytest.mark.parametrize(("lang", "title", "text", "expected"), left_as_xfails(ARTICLES, LEFT))
def test_round_31_articles_give_their_labelled_records(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected
