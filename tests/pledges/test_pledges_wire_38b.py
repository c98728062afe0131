"""Round 38's readings an independent review (reread45c) found wrong, each told again in other words in
articles written for these tests (none taken from the real-article set or from the probe), labelled by hand
before the first run as (donor, category, status, figure): the count of things stated, else the sum of
money, else none.

The defects, by the review's numbers:
- 1: the French gerund after a future verb ("compensera en versant") also took "front" as a future
  ("au front en livrant des obus"): a support told of the front is no promise;
- 2: "continues to train / poursuit la formation" gave a delivered training (and the things trained on)
  to whichever country the sentence named, even when the trainees were that country's own troops or Kyiv
  was the one training: the trainees must be Ukrainian;
- 3: "replace them with" dropped what followed even when Kyiv replaces its own worn-out jets with a gift,
  or a giver replaces Ukraine's losses: only a swap of the giver's own things given before is left out;
- 4: a running total in the package's own sentence ("worth 400 million euros, bringing its total to 5
  billion") made the package's sum count as unsummed, so its headline came back as a second record;
- 5: a headline's general refusal was dropped when the body refused any one precise thing; only a body
  that refuses several things (the enumeration the rule was for) stands for the headline;
- 6: German training told after its thing ("Piloten an den Jets ausgebildet") escaped the prerequisite
  rule ("zuerst müssten ..."): a prerequisite is no training pledge;
- 7: a slogan's attribution tail took any eleven words, so a pledge told after the slogan in the same
  sentence was lost: the tail is a speech verb and no figure.

First run (2026-12-05, main's code at 50c83bd, labels unchanged): 4 of the 18 articles right (the future
gerund "compensera en versant", the two trainings of Ukrainian trainees and the slogan alone after a
delivery), the two "front" gerunds read pledged. After the seven fixes (branch fix45p, one commit each): 17
of 18, 2 of 2; left (LEFT) Kyiv's own MiG-29s read as a Dutch record beside the 12 F-16s, as before round 38.
The noticed trainees ("troupes", nurses), written and run after the seven fixes: 0 of 2 before their fix, 2
of 2 after.
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import MONEY, D, P, R
from tests.support.wire_reading import figures, left_as_xfails

# Each is (lang, headline, body, records), the records labelled by hand before the first run.
ARTICLES = [
    # 1: a future verb's gerund, not "front" before one
    ("fr", "L'Italie compensera le retard de ses livraisons",
     "ROME (AFP) - L'Italie compensera en versant 30 millions d'euros à l'Ukraine, a indiqué mardi le "
     "ministère de la Défense.",
     {("IT", MONEY, P, 30_000_000)}),
    # 2: training someone's own troops, or Kyiv training its own, is no training given
    ("en", "Kyiv keeps raising new brigades",
     "KYIV (Reuters) - Ukraine continues to train fresh brigades with Western equipment, the Dutch defence "
     "minister said on Monday.",
     set()),
    ("fr", "L'Ukraine forme de nouvelles brigades",
     "KIEV (AFP) - L'Ukraine poursuit la formation de ses nouvelles brigades avec des chars occidentaux, a "
     "dit lundi le ministre allemand de la Défense.",
     set()),
    ("en", "Poland drills its army on K2 tanks",
     "WARSAW (Reuters) - Poland continues to train its own soldiers on the K2 tanks, the defence ministry "
     "said on Tuesday.",
     set()),
    ("en", "British reservists train on new tank",
     "LONDON (Reuters) - The British army continues training its own reserve troops on the Challenger 3 "
     "tank, the Ministry of Defence said.",
     set()),
    ("fr", "L'Italie entraîne ses soldats sur l'obusier",
     "ROME (AFP) - L'Italie poursuit l'entraînement de ses propres soldats sur l'obusier PzH 2000, a "
     "indiqué l'état-major.",
     set()),
    # ... while Ukrainian trainees keep it a training given
    ("en", "Britain keeps training Ukrainian recruits",
     "LONDON (Reuters) - Britain continues to train Ukrainian recruits under Operation Interflex, a "
     "government spokesman said on Wednesday.",
     {("GB", "training", D, None)}),
    ("fr", "La Belgique forme toujours des pilotes ukrainiens",
     "BRUXELLES (AFP) - La Belgique poursuit la formation de pilotes ukrainiens, a indiqué mercredi le "
     "ministère de la Défense.",
     {("BE", "training", D, None)}),
    # 3: Kyiv replacing its own jets with a gift, a giver replacing Ukraine's losses: the gift stands
    ("en", "Ukraine to retire its Su-24s",
     "KYIV (Reuters) - Ukraine's Su-24 bombers are wearing out. Kyiv plans to replace them with F-16s given "
     "by Norway, the air force said.",
     {("NO", "aircraft", D, None)}),
    ("en", "Kyiv to swap MiG-29s for Dutch F-16s",
     "KYIV (Reuters) - Kyiv will retire its old MiG-29s and replace them with 12 F-16s donated by the "
     "Netherlands, the air force said on Thursday.",
     {("NL", "aircraft", D, 12)}),
    ("en", "Berlin to make good Ukraine's tank losses",
     "BERLIN (Reuters) - Ukraine lost several Leopard tanks near Avdiivka, and Germany has agreed to replace "
     "them with 8 new Leopard 1 tanks, a government spokesman said.",
     {("DE", "tanks", P, 8)}),
    # 4: a running total after the package's own sum: the package is summed, no second record
    ("en", "Netherlands approve new military aid package for Ukraine",
     "THE HAGUE (Reuters) - The Netherlands approved a new military aid package worth 400 million euros, "
     "bringing its total military aid to 5 billion euros, the government said on Friday.",
     {("NL", MONEY, P, 400_000_000)}),
    # 5: a headline's general refusal stands beside one precise refusal in the body
    ("en", "Slovakia will not send weapons to Ukraine",
     "BRATISLAVA (Reuters) - Slovakia will send no weapons to Ukraine, the prime minister said on Monday. "
     "Bratislava also refused to let Leopard tanks cross its territory.",
     {("SK", "other", R, None), ("SK", "tanks", R, None)}),
    ("en", "Italy will not deliver weapons to Ukraine directly",
     "ROME (Reuters) - Italy refused to send Storm Shadow missiles, the prime minister said on Tuesday.",
     {("IT", "other", R, None), ("IT", "missiles", R, None)}),
    # 6: training as a prerequisite, told after its thing, is no pledge
    ("de", "Belgien will F-16 liefern",
     "BRÜSSEL (dpa) - Belgien will F-16 liefern, doch zuerst müssten ukrainische Piloten an den Jets "
     "ausgebildet werden, sagte der Verteidigungsminister am Montag.",
     {("BE", "aircraft", P, None)}),
    ("de", "Norwegen stellt Kampfjets in Aussicht",
     "OSLO (dpa) - Norwegen will Kampfjets liefern, zuerst müssten aber ukrainische Piloten an den "
     "Kampfjets ausgebildet werden, hieß es am Dienstag aus der Regierung.",
     {("NO", "aircraft", P, None)}),
    # 7: a slogan's attribution does not swallow a pledge told after it
    ("en", "Poland delivers Krab howitzers",
     "WARSAW (Reuters) - Poland delivered 12 Krab howitzers to Ukraine. \"More to follow!\", wrote the "
     "defence minister who promised 24 more howitzers by summer.",
     {("PL", "artillery", D, 12), ("PL", "artillery", P, 24)}),
    ("en", "Poland hands over Krab howitzers",
     "WARSAW (Reuters) - Poland delivered 12 Krab howitzers to Ukraine. \"More to follow!\", wrote the "
     "defence minister on X.",
     {("PL", "artillery", D, 12)}),
]

# What the fixes leave, by headline (strict xfails).
LEFT: dict[str, str] = {
    "Kyiv to swap MiG-29s for Dutch F-16s": (
        "adds (NL, aircraft, delivered, None) for Kyiv's own 'its old MiG-29s' beside the labelled 12 F-16s (as "
        "before round 38: what a country retires is not told apart from what it gives away)"),
}


@pytest.mark.parametrize(("lang", "title", "text", "expected"), left_as_xfails(ARTICLES, LEFT))
def test_round_38b_articles_give_their_labelled_records(lang: str, title: str, text: str, expected: set):
    assert figures(text, lang, title=title) == expected


# 1: support told of "the front" with a gerund is no promise (what is sent every week is under way).
FRONT_GERUNDS = [
    "PARIS (AFP) - La Belgique épaule les unités ukrainiennes au front en livrant des obus chaque mois.",
    "PARIS (AFP) - La Suède aide l'armée ukrainienne sur le front en fournissant des obus depuis 2023.",
]


@pytest.mark.parametrize("text", FRONT_GERUNDS)
def test_a_gerund_after_the_front_is_no_promise(text: str):
    assert not {record for record in figures(text, "fr") if record[2] == P}


# (noticed) the French "troupes" and nurses are trainees too: what they train on is not given, as for
# "soldats" and "medics".
TRAINEES = [
    ("fr", "La France forme des troupes ukrainiennes sur les chars AMX-10 RC depuis janvier, a indiqué l'armée.",
     {("FR", "training", D, None)}),
    ("fr", "Les Pays-Bas forment 40 infirmiers ukrainiens sur les véhicules Boxer, a indiqué le ministère.",
     {("NL", "training", D, 40)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), TRAINEES)
def test_trainees_are_not_given_what_they_train_on(lang: str, text: str, expected: set):
    assert figures(text, lang) == expected
