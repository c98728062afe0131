"""The filter word a mistyped `/pledges` word was most likely meant as ("tnaks" -> tanks,
"germnay" -> germany, "deliverd" -> delivered), and the filter words with it put right.

A reader whose one word was not understood got the whole list of accepted forms, and was left
to find the letter that differed; chat's commands, the CLI's choices and the settings' keys
already name the one they are near (bot.core.text.near_spelling). Pure."""

from __future__ import annotations

import re

from bot.core.pledges.listing.filters import filter_vocabulary
from bot.core.pledges.passes.entities import Entities
from bot.core.text.near_spelling import near_spelling
from bot.core.text import fold

# A word this short is too often a near spelling of some name by chance ("al" and "uk").
_MIN_GUESSED = 3


def guessed_filter_word(word: str, entities: Entities) -> str | None:
    """The filter word `word` is near in spelling (folded, as the filters read it), or None."""
    typed = fold(word)
    if len(typed) < _MIN_GUESSED or not typed.isalpha():
        return None
    return near_spelling(typed, filter_vocabulary(entities))


def words_put_right(args: str, word: str, guess: str) -> str:
    """`args` with its first `word` (a whole word) replaced by `guess`, in quotes when it has
    several words, so the filters read it back as one."""
    shown = f'"{guess}"' if " " in guess else guess
    return re.sub(rf"(?<!\S){re.escape(word)}(?!\S)", lambda _: shown, args, count=1).strip()
