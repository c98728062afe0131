"""Relevance fixes of review 63's causes (tests/rules/test_review_63.py, fix63a's share): fact checks that tell,
beside the claim they deny, what was truly given. Every text is invented for this file.

- the fact-check trap's exception (a contrast word, then a giving told as done, config/rules.toml) reads a sending
  told as recent, the noun for the verb, as such a giving: "confirme en revanche l'envoi récent de munitions",
  "but confirmed the recent delivery of 155 mm shells" (the fact check's finding: aid news);
- a fact check that only recalls a refusal or an older delivery as background to the claim it denies stays out
  (stop 58's ruling; the two items of review 63 relabelled so), and so do look-alike fact checks (troops, a claim
  denied and no giving confirmed).
"""

from __future__ import annotations

import pytest

from tests.support.wire_reading import assert_relevance, read

ITEMS = [
    # the finding a recent sending, after the contrast word
    ("fr", "Vrai ou faux : la Roumanie a-t-elle livré 30 chars à l'Ukraine ?",
     "Une vidéo virale affirme que Bucarest a livré 30 chars à Kiev le mois dernier. C'est faux : le ministère "
     "roumain indique qu'aucune livraison de chars n'a eu lieu cette année. Il confirme en revanche l'envoi récent "
     "d'obus de 155 mm.", True),
    ("en", "Fact check: Did Romania send 30 tanks to Ukraine last month?",
     "A viral video claims Bucharest sent 30 tanks to Kyiv last month. This is false: the Romanian ministry says no "
     "delivery of tanks has taken place this year. It did, however, confirm the recent delivery of 155 mm shells.",
     True),
    # ... a recent sending the claim itself tells, no contrast word before it
    ("fr", "Vrai ou faux : la Roumanie a-t-elle envoyé des soldats en Ukraine ?",
     "Une publication affirme que l'envoi récent de soldats roumains en Ukraine a été filmé. C'est faux : les "
     "images datent d'un exercice de 2021, selon l'état-major.", False),
    # a refusal recalled as background
    ("de", "Faktencheck: Nein, Rumänien hat keine Kampfjets an die Ukraine geliefert",
     "In sozialen Netzwerken kursiert ein Foto, das rumänische Kampfjets in Lwiw zeigen soll. Das Bild stammt von "
     "einer Flugschau im Jahr 2018. Die Regierung in Bukarest lehnt eine Abgabe ihrer Kampfjets weiterhin ab.",
     False),
]


@pytest.mark.parametrize(("lang", "headline", "lead", "relevant"), ITEMS)
def test_review_63_relevance_fixes_read_in_general(defaults, lang: str, headline: str, lead: str,
                                                   relevant: bool) -> None:
    assert_relevance(defaults, read(defaults, headline, lead), relevant)
