"""Round 57b: review 57's court, sub-national and dateline causes (tests/pledges/test_review_57.py), each read
as a phenomenon of wire copy in the three languages. Every sentence is invented for this file.

- courts: a court rejecting a suit, a challenge or a recourse against a delivery ("dismissed a lawsuit",
  "a rejeté le recours", "hat die Klage ... abgewiesen", "a débouté une association") refuses nothing a donor
  gives, and what the suit is against ("a lawsuit against the delivery of", "le recours ... contre l'envoi de",
  "die Klage ... gegen die Lieferung von") is still given, at the status the article tells ("that Norway
  promised", "que la France a promis", "die Norwegen ... zugesagt hatte"); a delivery told done by "effectuer"
  or "erfolgen" ("la livraison, déjà effectuée, de", "die bereits erfolgte Lieferung") is delivered
  (court_rulings.py, cue_patterns.py); a government's rejection of a request for arms stays a refusal;
- sub-national givers: a Belgian region's government ("the Walloon government", "le gouvernement flamand") and
  any German Land ("die Landesregierung von Nordrhein-Westfalen", "Niedersachsen") give as their country, as
  round 55g read "der Freistaat Bayern"; "der Bund" is the German federal state (config/entities.toml); a
  city's own gift ("La ville de Nantes a ... envoyé") gives nothing, neither to the country named before nor
  to the last giver (city_gifts.py);
- "the government" told bare in an article whose donor names are all of one country is that country's, under
  another country's dateline and beside an organisation's meeting ("at a NATO meeting", "en marge d'un sommet
  de l'Otan", "am Rande eines Nato-Treffens"), and after a sentence that names no giver
  (bare_governments.py);
- a decree or package that "covers" things lists them, as "includes" does.
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, AMMO, ARMOUR, D, P, R
from tests.support.wire_reading import figures

COURTS = [
    ("en", "", "A district court in Bergen on Monday dismissed a lawsuit by an anti-war group against the delivery "
     "of 14 CV90 vehicles that Norway promised Ukraine.\nThe judges said the decision lay with the government.\n"
     "The government said the first four CV90s had already reached Ukraine.",
     {("NO", ARMOUR, P, 14), ("NO", ARMOUR, D, 4)}),
    ("fr", "", "Le tribunal administratif a rejeté mardi le recours d'un collectif contre l'envoi de 16 canons "
     "Caesar que la France a promis à l'Ukraine.", {("FR", "artillery", P, 16)}),
    ("fr", "", "À Namur, un juge a débouté une association qui contestait la livraison, déjà effectuée, de 9 "
     "blindés Piranha par la Belgique.", {("BE", ARMOUR, D, 9)}),
    ("de", "", "Ein Gericht in Oslo hat die Klage eines Vereins gegen die Lieferung von 9 Haubitzen an die Ukraine "
     "abgewiesen, die Norwegen im Juni zugesagt hatte.", {("NO", "artillery", P, 9)}),
    ("de", "", "Die bereits erfolgte Lieferung von 12 Schützenpanzern durch Schweden war Thema im Parlament.",
     {("SE", ARMOUR, D, 12)}),
]

REGIONS = [
    ("en", "", "The Walloon government will pay 10 million euros for demining equipment for Ukraine's armed "
     "forces, the regional premier said.", {("BE", "other", P, 10000000)}),
    ("fr", "", "Le gouvernement flamand financera 25 drones de reconnaissance pour l'armée ukrainienne.",
     {("BE", "drones", P, 25)}),
    ("de", "", "Die Landesregierung von Nordrhein-Westfalen stellt der Ukraine 12 Millionen Euro für Drohnen bereit.",
     {("DE", "drones", P, 12000000)}),
    ("de", "", "Der Bund hat der Ukraine sechs weitere IRIS-T-Systeme zugesagt.", {("DE", AIR, P, 6)}),
    ("de", "", "Niedersachsen liefert der Ukraine 20 gepanzerte Sanitätsfahrzeuge.", {("DE", ARMOUR, P, 20)}),
    ("fr", "", "La France livrera 12 canons Caesar à l'Ukraine.\nLa ville de Nantes a de son côté envoyé 4 camions "
     "de pompiers et des groupes électrogènes à Odessa.", {("FR", "artillery", P, 12)}),
]

GOVERNMENTS = [
    ("en", "Spain approves arms package for Ukraine", "BRUSSELS - The government has approved a package with 10 "
     "Leopard tanks, a spokesman said at a NATO meeting in Brussels.", {("ES", "tanks", P, 10)}),
    ("fr", "La Grèce enverra des obus à l'Ukraine", "BRUXELLES - Le gouvernement enverra 20 000 obus à "
     "l'Ukraine, a-t-on appris en marge d'un sommet de l'Otan.", {("GR", AMMO, P, 20000)}),
    ("de", "Griechenland schickt Granaten in die Ukraine", "BRÜSSEL - Die Regierung schickt der Ukraine 20.000 "
     "Artilleriegranaten, hieß es am Rande eines Nato-Treffens.", {("GR", AMMO, P, 20000)}),
    ("en", "", "Hungary blocked the EU package.\nThe government said it would not send weapons to Ukraine.",
     {("EU", "other", "discussed", None), ("HU", "other", R, None)}),
    ("en", "", "Italy approved its tenth aid decree for Ukraine. The minister said it covers 30 Lince armoured "
     "vehicles.", {("IT", ARMOUR, P, 30)}),
]


@pytest.mark.parametrize(("lang", "title", "text", "expected"), COURTS + REGIONS + GOVERNMENTS)
def test_courts_regions_and_governments_of_wire_copy(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected


# The same words where they still refuse, or give as before: a government rejecting a request or an appeal for
# arms refuses them; a city's gift with its country named after it keeps the country (a speaker, read as before).
UNCHANGED = [
    ("en", "Norway rejected a request from Kyiv for 20 more NASAMS launchers.", {("NO", AIR, R, 20)}),
    ("de", "Die Bundesregierung hat die Bitte um 20 Taurus-Marschflugkörper abgelehnt.", {("DE", "missiles", R, 20)}),
    ("en", "The city of Krakow has donated 5 armoured ambulances to Ukraine, Poland said.",
     {("PL", ARMOUR, D, 5)}),
    ("fr", "La France livrera 12 canons Caesar à l'Ukraine.", {("FR", "artillery", P, 12)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), UNCHANGED)
def test_the_same_words_where_they_still_refuse_or_give(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected
