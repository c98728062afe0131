"""Figures told as a range ("between 40 and 50 tanks", "entre 10 et 12 systèmes", "40 bis 50
Panzer", "40-50 T-72s", "between 1.1 billion and 1.3 billion zlotys", "€1-2 billion", "$1–1.5bn",
"1 bis 2 Milliarden Euro", "1 à 2 milliards d'euros") are read at their lower
bound: what the giver has firmly promised. Two independent probes (reviews 50 and 55) labelled
ranges so, and a tracker that adds pledges up should not count the hoped-for top. "Up to 40"
is no range: its one figure is the most promised, and it stays as told.

Pure functions on folded text (numbers.fold_aligned), called by the pledge reading only: the
story matcher compares the figures each outlet prints as it reads them.
"""

from __future__ import annotations

from dataclasses import replace

from bot.core.pledges.quantities.numbers import NUMERAL, SCALE_WORD, Count, Money, parse_numeral, scaled_amount
from bot.core.text.lazy_pattern import lazy

# The opening of a range told with words, right before its lower figure (folded text) ...
_OPENING = r"\b(?:between|entre|zwischen)\s+"
# ... and the conjunction between its two figures.
_JOIN = r"\s+(?:and|et|und)\s+"
_COUNT_JOIN = lazy(_JOIN)
_COUNT_OPENING = lazy(_OPENING + r"$")
# Counts also make a range with "to"/"à" between them ("10 to 15 vehicles", "de 20 à 30
# obusiers") unless the sentence tells a change from one to the other: "raised from 40 to
# 50", "passer de 20 à 30", "increase ... from 10 to 15" (the new figure is the top, read as
# told). German writes a change "von 20 auf 30", a range "20 bis 30" (dashed_range_end).
_COUNT_TO = lazy(r"\s+(?:to|a)\s+|\s?\u2013\s?")  # (an en dash too: "30–35 BMP-1", both counts)
_CHANGE_BEFORE = lazy(
    r"\b(?:rais|increas|boost|lift|grow|grew|rise|rose|climb|doubl|expand|extend|cut|reduc|lower|"
    r"pass|port|augment|relev|hauss|reduit|reduis|baiss|ramen|"
    r"erhoh|stock|steig|senk|verdoppel|kurz)\w*\b[^.;:!?]{0,40}$"
)
_CHANGE_REACH = 60
# A range's top after a dash or "bis" right after the lower count: "40-50 tanks", "40 bis 50
# Panzer" (numbers.find_counts takes no count from such a top: it may be a model's number).
_DASHED_TOP = lazy(r"(?:\s?[-\u2013]\s?|\s+bis\s+)(?P<top>\d{1,3})(?![\w.,])")
# The lower figure of a sum's range, before its top: the number with a currency before or
# after it or none, its own scale word or none (it then shares the top's: "between 200 and
# 300 million euros"), then the join.
_CURRENCY = r"(?:[$€£]|eur|euros?|usd|dollars?)"
_MONEY_LOWER = lazy(
    _OPENING + rf"(?:{_CURRENCY}\s?)?(?P<num>{NUMERAL})\s?(?P<scale>{SCALE_WORD})?(?:\s?{_CURRENCY})?" + _JOIN + r"$"
)
_TOP_SCALE = lazy(rf"(?:[$€£]\s?)?(?:{NUMERAL})\s?(?P<scale>{SCALE_WORD})")
# A sum's range told with a dash, "to", "à" or "bis" between its figures and the scale word
# after the top: "€1-2 billion", "$1–1.5bn", "1 bis 2 Milliarden Euro", "de 1 à 2 milliards
# d'euros", "£1 to 2 billion". The money reader takes the lower figure for a sum of its own
# (the currency before it, "€1") or none at all, and the top alone, when the currency was
# told, for the whole: the range is found here in one piece instead. (A sum changed from one
# figure to another, "raised from €1 to €2 billion", is no range: _CHANGE_BEFORE.)
_MONEY_JOINED = lazy(
    rf"(?<![\w.,])(?:{_CURRENCY}\s?)?(?P<num>{NUMERAL})(?:\s?(?P<scale>{SCALE_WORD}))?(?:\s?{_CURRENCY})?"
    rf"(?:\s?[-\u2013]\s?|\s+(?:to|a|bis)\s+)(?:{_CURRENCY}\s?)?(?P<top>{NUMERAL})\s?(?P<topscale>{SCALE_WORD})(?![\w])"
)
_REACH = 60  # characters before a sum that the opening and the lower figure may take


def count_range_lower(folded: str, counts: list[Count], index: int) -> int | None:
    """The lower count of a range told with words whose top is `counts[index]` ("between 40
    and 50", "entre 10 et 12", "zwischen 40 und 50", "10 to 15", "de 20 à 30", "30–35"), or None when
    that count tops none."""
    if index == 0:
        return None
    top, lower = counts[index], counts[index - 1]
    if lower.value >= top.value:
        return None
    if _COUNT_JOIN.fullmatch(folded, lower.end, top.start):
        told_as_range = _COUNT_OPENING.search(folded, max(0, lower.start - 12), lower.start) is not None
    else:
        told_as_range = (
            _COUNT_TO.fullmatch(folded, lower.end, top.start) is not None
            and not _CHANGE_BEFORE.search(folded, max(0, lower.start - _CHANGE_REACH), lower.start)
        )
    return lower.value if told_as_range else None


def dashed_range_end(folded: str, count: Count) -> int | None:
    """Where the top of a range told with a dash or "bis" after `count` ("40-50", "40 bis 50")
    ends, or None when no larger number follows so: `count` is then no range's lower bound."""
    top = _DASHED_TOP.match(folded, count.end)
    return top.end() if top and int(top.group("top")) > count.value else None


def money_at_lower_bounds(folded: str, found: list[Money], lang: str | None) -> list[Money]:
    """`found` (in reading order) with every sum that tops a range replaced by the range's
    lower bound, spanning both figures. A lower figure read as a sum of its own ("between
    $1.1 billion and $1.3 billion") is then part of the range, not a second sum."""
    found = _joined_ranges(folded, found, lang)
    out: list[Money] = []
    for money in found:
        lower = _MONEY_LOWER.search(folded, max(0, money.start - _REACH), money.start)
        number = parse_numeral(lower.group("num"), lang) if lower else None
        if lower is None or number is None:
            out.append(money)
            continue
        scale_word = lower.group("scale") or _top_scale_word(folded, money)
        value = scaled_amount(number, scale_word, lang)
        if not 0 < value < money.value:
            out.append(money)
            continue
        start = lower.start("num")
        while out and out[-1].start >= start:
            out.pop()  # (the lower figure, read as a sum of its own)
        out.append(replace(money, value=value, start=start))
    return out


def _top_scale_word(folded: str, money: Money) -> str | None:
    """The scale word of the range's top, which a bare lower figure shares."""
    scaled = _TOP_SCALE.match(folded, money.start)
    return scaled.group("scale") if scaled else None


def _joined_ranges(folded: str, found: list[Money], lang: str | None) -> list[Money]:
    """`found` with the sums of each range told with a dash, "to", "à" or "bis"
    (`_MONEY_JOINED`) made one sum, its lower bound, in the currency of the first sum read
    inside it (no sum read there: no money told, and no range). Linear in the sums: a
    sentence may list thousands (tests/pledges/test_long_sentence_53.py)."""
    out: list[Money] = []
    index = 0
    while index < len(found):
        money = found[index]
        match = next(
            (m for m in _MONEY_JOINED.finditer(folded, max(0, money.start - _REACH), money.end + _REACH)
             if m.start() < money.end and money.start < m.end()),
            None,
        )
        value = _joined_lower_bound(folded, match, lang) if match else None
        if value is None:
            out.append(money)
            index += 1
            continue
        while out and out[-1].end > match.start():
            out.pop()  # (a sum read before, inside the range)
        inside = index
        while inside + 1 < len(found) and found[inside + 1].start < match.end():
            inside += 1  # (and the sums after it inside the range)
        out.append(replace(money, value=value, start=min(match.start(), money.start), end=max(match.end(), found[inside].end)))
        index = inside + 1
    return out


def _joined_lower_bound(folded: str, match, lang: str | None) -> float | None:
    """The lower bound of the range `match` found, or None when it tells a change or no range."""
    if _CHANGE_BEFORE.search(folded, max(0, match.start() - _CHANGE_REACH), match.start()):
        return None
    lower, top = parse_numeral(match.group("num"), lang), parse_numeral(match.group("top"), lang)
    if lower is None or top is None:
        return None
    top_value = scaled_amount(top, match.group("topscale"), lang)
    value = scaled_amount(lower, match.group("scale") or match.group("topscale"), lang)
    return value if 0 < value < top_value else None
