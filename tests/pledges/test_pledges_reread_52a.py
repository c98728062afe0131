"""Pledges, reread 52a: regressions a reader found in this stop's new rules (battle claims, outside
voices, repaired things), each a giving the old code read and the new rule dropped. Texts are invented
(the reviewer's sentences and variants of them).

- a belligerent's act told beside a giving (bot/core/pledges/special_pieces/battle_claims.py): Russia named as
  background, or Ukraine claiming, does not make the giver's things a loss; giving verbs include past
  participles ("supplied", "handed over", "livré", "geliefert");
- an outside voice's call holds only within its clause (bot/core/pledges/special_pieces/outside_voices.py): a
  government's pledge after "and"/"but"/"et"/"während ..., " keeps its record; "la presse" is no verb;
- a repair of Ukrainian things does not reach across "and" plus a giving verb
  (bot/core/pledges/things/repaired_things.py).
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, ARMOUR, D, P
from tests.support.wire_reading import figures

ART = "artillery"

# (lang, title, text, records as (donor, category, status, figure))
BATTLE_BACKGROUND = [
    ("en", "", "After Russia struck the grid, Germany has handed over two more IRIS-T systems to Ukraine.",
     {("DE", AIR, D, 2)}),
    ("fr", "", "Alors que Moscou intensifie ses frappes, la France a livré 12 canons Caesar à l'Ukraine.",
     {("FR", ART, D, 12)}),
    ("fr", "", "Après que la Russie a frappé Kharkiv, l'Allemagne a envoyé deux systèmes IRIS-T à l'Ukraine.",
     {("DE", AIR, D, 2)}),
    ("de", "", "Nachdem Russland das Stromnetz getroffen hatte, hat Deutschland der Ukraine zwei IRIS-T-Systeme "
     "geliefert.", {("DE", AIR, D, 2)}),
    ("en", "", "Since Russia's full-scale invasion, Germany has supplied Ukraine with 52 Gepard anti-aircraft guns, "
     "which have shot down hundreds of drones.", {("DE", AIR, D, 52)}),
    ("en", "", "To defend against Russia, Germany has supplied Ukraine with three Patriot systems, which have "
     "intercepted dozens of missiles.", {("DE", AIR, D, 3)}),
    ("fr", "", "Face à la Russie, l'Allemagne a fourni à l'Ukraine 52 canons Gepard, qui ont abattu des centaines "
     "de drones.", {("DE", AIR, D, 52)}),
    ("de", "", "Zum Schutz vor Russland hat Berlin der Ukraine drei Patriot-Systeme geliefert, die bereits "
     "Dutzende Raketen abgefangen haben.", {("DE", AIR, D, 3), ("DE", "missiles", D, None)}),
    ("en", "", "Ukraine's air force claimed it shot down 30 drones overnight, a day after Sweden shipped two "
     "ASC 890 aircraft to Kyiv.", {("SE", "aircraft", D, 2)}),
]

OUTSIDE_VOICE_THEN_PLEDGE = [
    ("en", "", "Analysts said Germany should do more, and on Tuesday Defence Minister Boris Pistorius pledged "
     "20 Leopard tanks to Ukraine.", {("DE", "tanks", P, 20)}),
    ("en", "", "Military experts say Ukraine needs to hold the line, and Germany on Monday pledged two more "
     "IRIS-T systems.", {("DE", AIR, P, 2)}),
    ("fr", "", "Les experts réclament davantage d'aide, et Paris a promis 12 canons Caesar à l'Ukraine.",
     {("FR", ART, P, 12)}),
    ("de", "", "Während Experten mehr Hilfe fordern, hat Deutschland der Ukraine 20 Leopard-Panzer zugesagt.",
     {("DE", "tanks", P, 20)}),
    ("fr", "", "Selon des experts cités par la presse, Berlin a livré trois systèmes Patriot à l'Ukraine.",
     {("DE", AIR, D, 3)}),
]

REPAIRED_THEN_GIVEN = [
    ("en", "", "Germany has repaired 30 Ukrainian howitzers and donated 20 more to Ukraine.",
     {("DE", ART, D, 20)}),
]


@pytest.mark.parametrize(("lang", "title", "text", "expected"), BATTLE_BACKGROUND)
def test_russia_in_the_background_leaves_a_giving_standing(lang: str, title: str, text: str,
                                                           expected: set) -> None:
    assert figures(text, lang, title=title) == expected


@pytest.mark.parametrize(("lang", "title", "text", "expected"), OUTSIDE_VOICE_THEN_PLEDGE)
def test_a_call_holds_only_within_its_clause(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected


@pytest.mark.parametrize(("lang", "title", "text", "expected"), REPAIRED_THEN_GIVEN)
def test_a_repair_does_not_reach_across_a_new_giving(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected
