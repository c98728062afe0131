"""A clause setting another donor's act against the report's news ("Contrairement à Prague, qui a promis ...",
"Unlike Prague, which pledged ...", "Anders als Prag, das ... zugesagt hat") is recalled background
(bot/core/stories/evidence/recalled_clauses.py; review 56's day C); a contrast with no comma of its own, or with an
expectation ("anders als erwartet"), names no clause. Every sentence is invented for this file."""

from __future__ import annotations

import pytest

from bot.core.stories.evidence.recalled_clauses import recall_spans
from bot.core.text import fold


@pytest.mark.parametrize(("text", "recalled"), [
    ("Contrairement à Prague, qui a promis jeudi 20 chars à Kiev, la Slovaquie ne livrera rien.",
     "contrairement a prague, qui a promis jeudi 20 chars a kiev"),
    ("Unlike Prague, which pledged 20 tanks on Thursday, Slovakia will send nothing.",
     "unlike prague, which pledged 20 tanks on thursday"),
    ("Anders als Polen, das 20 Panzer zugesagt hat, liefert die Slowakei nichts.",
     "anders als polen, das 20 panzer zugesagt hat"),
    ("Im Gegensatz zu Prag, das 20 Panzer liefert, gibt Bratislava nichts ab.",
     "im gegensatz zu prag, das 20 panzer liefert"),
])
def test_a_contrasted_act_is_recalled(text: str, recalled: str) -> None:
    folded = fold(text)
    assert [folded[start:end] for start, end in recall_spans(folded)] == [recalled]


@pytest.mark.parametrize("text", [
    "Anders als erwartet, wird Deutschland der Ukraine 20 Panzer liefern.",
    "Anders als Polen wird Prag der Ukraine 20 Panzer liefern.",
    "Unlike its neighbour Slovakia will send Ukraine 20 tanks and 3,000 shells this spring as promised.",
])
def test_no_clause_of_its_own_recalls_nothing(text: str) -> None:
    assert recall_spans(fold(text)) == []
