"""Which validators (ETag, Last-Modified) a fetch sends back (bot.adapters.feed_http._sendable).

Stop 42 reads a validator with string methods instead of a loop over its characters (~20 us
a fetch, both validators of every fetch); the answer must stay the one the loop gave:
printable ASCII or a tab, at most 1,024 characters. The loop is written out here as the
reference, and compared on every character of the first planes' start and on any text.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bot.adapters.feed_http import _MAX_VALIDATOR_CHARS, _sendable


def sendable_by_the_loop(value: str) -> bool:
    return len(value) <= _MAX_VALIDATOR_CHARS and all(" " <= c <= "~" or c == "\t" for c in value)


def test_every_single_character_is_read_as_the_loop_read_it():
    for code in range(0x3100):
        text = chr(code)
        assert _sendable(text) == sendable_by_the_loop(text), hex(code)
        assert _sendable(f'"{text}-etag"') == sendable_by_the_loop(f'"{text}-etag"'), hex(code)


@given(st.text(max_size=40) | st.text(alphabet=st.characters(max_codepoint=0x80), max_size=1100))
def test_any_text_is_read_as_the_loop_read_it(value):
    assert _sendable(value) == sendable_by_the_loop(value)


def test_the_length_bound_and_the_common_validators():
    assert _sendable('"a1b2c3d4e5f6a7b8"') and _sendable("Sat, 05 Dec 2026 11:05:20 GMT") and _sendable('W/"x"\t')
    assert not _sendable("é") and not _sendable("a\x7f") and not _sendable("a\nb")
    assert _sendable("a" * _MAX_VALIDATOR_CHARS) and not _sendable("a" * (_MAX_VALIDATOR_CHARS + 1))
