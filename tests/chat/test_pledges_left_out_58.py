"""/pledges with a word after a minus, stop 58: the filter words keep what they name and leave
nothing out, and "/pledges germany -tanks" listed Germany's tanks, the opposite of what was
typed, without a word (the web tracker had just learnt to refuse it; chat and the command
line share its parser, bot.core.pledges.listing.filters). Real store, the real command table."""

from __future__ import annotations

import pytest

from bot.core.models import Pledge
from bot.core.pledges.listing.filters import LeftOutError, left_out_word, parse_pledge_filters
from tests.support.command_harness import USER, add_story_with_pledges, run


@pytest.mark.parametrize(("words", "left_out"), [
    ("germany -tanks", "-tanks"),
    ("germany −tanks", "−tanks"),          # a typographic minus
    ('germany -"leopard 2"', '-"leopard 2"'),
    ("germany tanks", ""),
    ("germany - tanks", ""),               # a dash standing alone leaves nothing out
    ('"air-defence" germany', ""),
])
def test_the_word_after_a_minus(words, left_out):
    assert left_out_word(words) == left_out


def test_the_parser_refuses_a_word_after_a_minus(admin):
    with pytest.raises(LeftOutError) as caught:
        parse_pledge_filters("germany -tanks", admin.entities)
    assert caught.value.word == "-tanks"


def test_chat_says_pledges_leaves_nothing_out_in_the_chats_language(table, store, clock):
    add_story_with_pledges(store, clock, [(1, Pledge("DE", "tanks", "pledged", "tanks", "Leopard 2", 10))])
    reply = run(table, USER, "/pledges germany -tanks")
    assert reply.startswith("'-tanks': /pledges keeps what its words name and leaves nothing out"), reply
    assert "Leopard" not in reply
    run(table, USER, "/lang fr")
    assert "n'exclut rien" in run(table, USER, "/pledges allemagne -chars")
    run(table, USER, "/lang de")
    assert "schließt nichts aus" in run(table, USER, "/pledges deutschland -panzer")
    # Without the minus, the same words list Germany's tanks.
    run(table, USER, "/lang en")
    assert "Leopard" in run(table, USER, "/pledges germany tanks")
