"""bot/core/pledges/things/own_forces.py, the one module that tells what a donor gets for its own forces, asked
directly at each of the three points the pledge reader asks it (an order's span, a thing, a debate). The
whole reader's answers stay those of the wire rounds (test_pledges_wire.py, _2, _14, _48c, _49f, _51g);
these pin the module's own questions. Every sentence is invented for this file."""

from __future__ import annotations

import pytest

from bot.core.pledges.passes.records import Cue, Item
from bot.core.pledges.passes.sentence import Sentence
from bot.core.pledges.things.own_forces import (
    a_debate_on_its_own_forces,
    for_the_givers_own_forces,
    outside_own_orders,
    own_forces_orders,
)
from bot.core.text import fold


def _sentence(text: str) -> Sentence:
    return Sentence(text, fold(text), 0, len(text))


def _item(sentence: Sentence, words: str, category: str = "equipment") -> Item:
    start = sentence.folded.index(fold(words))
    return Item(start, start + len(words), category, None)


def _cue(sentence: Sentence, words: str, status: str, kind: str = "") -> Cue:
    start = sentence.folded.index(fold(words))
    return Cue(start, start + len(words), status, kind)


@pytest.mark.parametrize(("text", "thing", "for_own"), [
    ("Denmark will buy spare parts for its own Leopard tanks.", "spare parts", True),
    ("Berlin pays Rheinmetall to build 100 Boxers for the Bundeswehr.", "100 Boxers", True),
    ("La Belgique achète des pièces pour ses propres Caesar.", "pièces", True),
    # "its own" after Ukraine is Ukraine's: the thing is given
    ("Norway will help Ukraine build drones for its own army.", "drones", False),
    ("Norway will send 20 drones to Ukraine.", "20 drones", False),
])
def test_a_thing_named_for_the_givers_own_forces(text: str, thing: str, for_own: bool) -> None:
    sentence = _sentence(text)
    assert for_the_givers_own_forces(sentence, _item(sentence, thing)) == for_own


@pytest.mark.parametrize(("text", "debate"), [
    ("Dutch lawmakers debated a higher defence budget on Tuesday.", True),
    ("Der Bundestag debattiert über den Verteidigungshaushalt.", True),
    ("Dutch lawmakers debated more howitzers for Ukraine on Tuesday.", False),
])
def test_a_debate_on_its_own_forces_names_no_ukraine(text: str, debate: bool) -> None:
    sentence = _sentence(text)
    names_ukraine = "ukrain" in sentence.folded
    assert a_debate_on_its_own_forces(sentence, [_cue(sentence, "debat", "discussed")], names_ukraine) == debate


def test_a_debate_beside_a_pledge_is_no_debate_only() -> None:
    sentence = _sentence("Lawmakers debated the defence budget and pledged 20 drones.")
    cues = [_cue(sentence, "debated", "discussed"), _cue(sentence, "pledged", "pledged")]
    assert not a_debate_on_its_own_forces(sentence, cues, names_ukraine=False)


def test_an_order_for_its_own_forces_holds_its_things_and_not_the_gift_before_it() -> None:
    sentence = _sentence("Germany delivered 30 howitzers and will order 16 Skyranger vehicles for the Bundeswehr.")
    order = _cue(sentence, "will order", "production", "purchase")
    spans = own_forces_orders(sentence, [_cue(sentence, "delivered", "delivered"), order])
    gift, reorder = _item(sentence, "30 howitzers"), _item(sentence, "16 Skyranger vehicles")
    assert outside_own_orders([gift, reorder], spans) == [gift]
