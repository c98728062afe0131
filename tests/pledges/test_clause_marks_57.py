"""A clause's end as battle_claims reads it (";", a dash between spaces, a stop before a blank or
the end), written so that `re` can skip ahead to the characters a match opens with: the same
matches as the plain alternation it replaced, on every range."""

from __future__ import annotations

import re
import re._compiler
import re._parser

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core.pledges.special_pieces import battle_claims

# The spelling before stop 57: an alternation whose second branch opens with a class, which
# gives `re` no first character to look for.
_PLAIN = re.compile(r";|\s[-\u2013\u2014]\s|[.!?](?:\s|$)")
_PIECES = ["a", "word", " ", "  ", "\n", ";", ".", "!", "?", "-", "\u2013", "\u2014", ",", "é", "1", " - ", ". ", "?\n"]


def test_the_clause_end_opens_with_a_character_class() -> None:
    pattern = battle_claims._CLAUSE_END.compiled
    assert re._compiler._get_charset_prefix(re._parser.parse(pattern.pattern), pattern.flags) is not None


@settings(max_examples=400, deadline=None)
@given(data=st.data())
def test_the_clause_end_matches_what_the_plain_alternation_matches(data) -> None:
    text = "".join(data.draw(st.lists(st.sampled_from(_PIECES), max_size=30), label="pieces"))
    pos = data.draw(st.integers(0, len(text)), label="pos")
    endpos = data.draw(st.integers(pos, len(text)), label="endpos")
    pattern = battle_claims._CLAUSE_END
    assert [m.span() for m in pattern.finditer(text, pos, endpos)] == [m.span() for m in _PLAIN.finditer(text, pos, endpos)]
    found, plain = pattern.search(text, pos, endpos), _PLAIN.search(text, pos, endpos)
    assert (found and found.span()) == (plain and plain.span())
    found, plain = pattern.match(text, pos, endpos), _PLAIN.match(text, pos, endpos)
    assert (found and found.span()) == (plain and plain.span())
