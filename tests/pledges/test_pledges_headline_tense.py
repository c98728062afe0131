"""A headline in the present tense and the body that tells what happened.

"Rome envoie un SAMP/T" read alone is a promise; when the article's body tells the same
donor delivering the same kind of thing, and promises nothing of it, the headline told
that delivery. A headline saying the thing is still to come keeps its promise beside the
body's earlier delivery. Sentences written for this test.
"""

from __future__ import annotations

import pytest

from bot.config import load_entities
from bot.core.pledges.extract import extract_pledges


def triples(title: str, body: str) -> set[tuple[str, str, str]]:
    return {(p.donor, p.category, p.status) for p in extract_pledges(body, title=title, entities=load_entities())}


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        ("Rome envoie un SAMP/T", "L'Italie a envoyé un deuxième système SAMP/T en Ukraine, a confirmé le ministre.",
         {("IT", "air_defence", "delivered")}),
        ("US sends Patriot battery to Ukraine", "The United States has delivered a second Patriot battery to "
         "Ukraine, the Pentagon said.", {("US", "air_defence", "delivered")}),
        ("Berlin liefert weitere Gepard", "Deutschland hat der Ukraine weitere Gepard-Flugabwehrpanzer geliefert.",
         {("DE", "air_defence", "delivered")}),
        # the headline names no system, the body a howitzer of its own name: the same thing
        ("Deutschland schickt Haubitzen", "Die Bundesregierung hat der Ukraine sechs Panzerhaubitzen 2000 "
         "geliefert.", {("DE", "artillery", "delivered")}),
    ],
)
def test_a_present_tense_headline_tells_the_delivery_its_body_reports(title: str, body: str, expected: set) -> None:
    assert triples(title, body) == expected


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # still to come: the promise stays beside the earlier delivery
        ("Rome va envoyer un SAMP/T", "L'Italie a déjà envoyé un système SAMP/T en Ukraine l'an dernier.",
         {("IT", "air_defence", "delivered"), ("IT", "air_defence", "pledged")}),
        ("Italy to send another SAMP/T", "Italy delivered a SAMP/T system to Ukraine last year.",
         {("IT", "air_defence", "delivered"), ("IT", "air_defence", "pledged")}),
        # another kind of thing than the body delivers: the headline's own news
        ("Berlin liefert Flugabwehr", "Deutschland hat der Ukraine im Frühjahr Leopard-Panzer geliefert.",
         {("DE", "air_defence", "pledged"), ("DE", "tanks", "delivered")}),
    ],
)
def test_a_headline_promise_stands_where_the_body_tells_no_delivery_of_it(title: str, body: str,
                                                                          expected: set) -> None:
    assert triples(title, body) == expected
