"""Latin words with a Cyrillic or Greek letter that looks like a Latin one ("Lеopard" with a
Cyrillic е, "Ukrаine" with a Cyrillic а), written in Latin letters alone.

Such a word shows as the word it imitates and matched no rule: an article could hide from
every rule behind one letter (a hostile feed, or text retyped on a Cyrillic keyboard layout),
and `/search Leopard` did not find it. Only a word whose other letters are Latin and whose
every Cyrillic or Greek letter has a Latin twin is rewritten: Cyrillic and Greek words, and
words mixing in letters without a twin, are left as written.
"""

from __future__ import annotations

import re

from bot.core.text.safe_text import clean_text

# Letters drawn like a Latin one in common fonts (Unicode's confusables, the unambiguous ones).
_TWINS = str.maketrans(
    "аеорсухіјѕԁԛԝӏ" "АВЕКМНОРСТХІЈЅУ" "οαρνΑΒΕΖΗΙΚΜΝΟΡΤΥΧ",
    "aeopcyxijsdqwl" "ABEKMHOPCTXIJSY" "oapvABEZHIKMNOPTYX",
)
_TWINNED = "аеорсухіјѕԁԛԝӏАВЕКМНОРСТХІЈЅУοαρνΑΒΕΖΗΙΚΜΝΟΡΤΥΧ"
# A cheap first look: most text has no Cyrillic or Greek letter at all.
_CYRILLIC_OR_GREEK = re.compile(r"[\u0370-\u03ff\u0400-\u052f]")
# A word with at least one Latin letter and one twinned letter, of Latin and twinned letters only.
_MIXED_WORD = re.compile(
    rf"(?<![^\W\d_])(?=[A-Za-z\u00c0-\u024f{_TWINNED}]*[A-Za-z\u00c0-\u024f])(?=[A-Za-z\u00c0-\u024f{_TWINNED}]*[{_TWINNED}])"
    rf"[A-Za-z\u00c0-\u024f{_TWINNED}]+(?![^\W\d_])"
)


def latin_lookalikes_folded(text: str) -> str:
    """`text` with each mixed word's twinned letters written in Latin (see the module docstring)."""
    if text.isascii() or not _CYRILLIC_OR_GREEK.search(text):
        return text
    return _MIXED_WORD.sub(lambda word: word.group().translate(_TWINS), text)


def article_text(text: str) -> str:
    """An article's text (a feed item's title, summary or content; `analyze`'s input) cleaned
    as bot.core.text.safe_text.clean_text cleans it, then its mixed words folded. Not for what
    is shown of addresses or names elsewhere: there a lookalike letter is the tell of a spoof."""
    return latin_lookalikes_folded(clean_text(text))
