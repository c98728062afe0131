"""Payers of a part: a donor named as paying for some of the things another hands over
("12 Caesar howitzers, some of them paid for by Belgium", "18 canons Caesar, financés en
partie par le Danemark", "12 Caesar-Haubitzen, einige davon von Dänemark bezahlt"). The
one who hands them over gives their count; the payer funds them, with no count of its own,
since the text tells no share. (One who pays for all of them gives them: givers.py.)"""

from __future__ import annotations

from bot.core.pledges.donors.share_payers import PAYING_STEMS, pays_a_share
from bot.core.pledges.passes.records import Cue, Item
from bot.core.text.lazy_pattern import lazy

_PAID = r"(?:paid for|financed|funded|bought|payee?s?|financee?s?|achetee?s?)"
_SHARE = r"(?:partly|partially|in part|en partie|partiellement|pour partie)"
# (folded text, from the item's end to the payer, the recipient or the giving verb may
# stand between: "12 howitzers to Ukraine, some of them", "12 Haubitzen geliefert, einige
# davon"; English and French name the payment before the agent)
# (no other thing joined between: "60,000 rounds and two launchers, some of them paid for
# by" are the launchers')
_AFTER_ITEM = r"(?:(?:(?!\b(?:and|et|und|sowie|as well as|ainsi que)\b)[^,;:.\d]){0,30},)?\s*"
_PART_PAID_WORDS = (
    r"(?P<part>"
    # "some of them paid for by", "dont certains payés par", "dont une partie financée par"
    r"(?:(?:some|many|several|most|half|part|a few|\d+|one|two|three|four|five|six)\s+of\s+(?:them|which|these|those)|"
    r"dont\s+(?:certaine?s|une partie|plusieurs|la moitie|\d+))\s+(?:(?:being|were|was|are|will be|sont|ont ete|seront)\s+)?"
    + _PAID + r"|"
    # "partly paid for by", "financés en partie par", "which are partly funded by"
    r"(?:(?:which|that|qui)\s+(?:(?:are|were|will be|sont|ont ete|seront)\s+)?)?"
    r"(?:" + _SHARE + r"\s+" + _PAID + r"|" + _PAID + r"\s+" + _SHARE + r"))"
    r"\s+(?:by|par)\s+(?:the |la |le |les |l')?"
)
# German names the agent before the payment: "einige davon von Dänemark bezahlt", "die zum
# Teil von Norwegen bezahlt werden", "teils von Norwegen finanziert".
_PART_GERMAN_WORDS = (
    r"(?P<part>(?:einige|manche|mehrere|ein teil|die halfte)(?:\s+davon)?|\d+\s+davon|(?:die|der|das)\s+(?:zum teil|teils|teilweise)|"
    r"teils|teilweise|zum teil)\s+von\s+(?:der |den |dem )?"
)
_PART_PAID_BEFORE_AGENT = lazy(_AFTER_ITEM + _PART_PAID_WORDS)
_PART_AGENT_GERMAN = lazy(_AFTER_ITEM + _PART_GERMAN_WORDS)
# (the same words ending where a donor begins, whatever they follow)
_PART_PAID_ENDING = lazy(r"(?:" + _PART_PAID_WORDS + r")$")
_PART_GERMAN_ENDING = lazy(r"(?:" + _PART_GERMAN_WORDS + r")$")
_PAID_GERMAN_AFTER = lazy(r"\s+(?:mit)?(?:bezahlt|finanziert)\b")


def part_payer(folded: str, item: Item, start: int, end: int) -> bool:
    """Whether the donor at start..end pays for a part of the item told right before it."""
    return _part_payment(folded, item, start, end) is not None


def _part_payment(folded: str, item: Item, start: int, end: int) -> tuple[int, int] | None:
    """Where the words telling the donor at start..end as paying for a part of the item
    begin and end ("some of them paid for by Belgium", "einige davon von Dänemark bezahlt"), else None."""
    if not item.end < start <= item.end + 60:
        return None
    told = _PART_PAID_BEFORE_AGENT.fullmatch(folded, item.end, start)
    if told:
        return told.start("part"), end
    told = _PART_AGENT_GERMAN.fullmatch(folded, item.end, start)
    paid = _PAID_GERMAN_AFTER.match(folded, end) if told else None
    return (told.start("part"), paid.end()) if paid else None


# (a payment's words, looked for as plain substrings first: most sentences name none)
_PAY_STEMS = ("paid", "financ", "funded", "bought", "paye", "achete", "bezahlt", "finanziert", *PAYING_STEMS)


def names_a_payment(folded: str, start: int, end: int) -> bool:
    """Whether folded[start:end] holds a word of paying at all."""
    around = folded[start:end]
    return any(map(around.__contains__, _PAY_STEMS))


def pays_for_a_part(folded: str, start: int, end: int) -> bool:
    """Whether the donor at start..end is told as paying for a part of some things (of
    whichever item): it gives none of them itself."""
    if not names_a_payment(folded, max(0, start - 50), end + 20):
        return False
    before = folded[max(0, start - 50) : start]
    return bool(_PART_PAID_ENDING.search(before)) or bool(
        _PART_GERMAN_ENDING.search(before) and _PAID_GERMAN_AFTER.match(folded, end)
    ) or pays_a_share(folded, end)


def part_payers(folded: str, item: Item, groups: list[tuple[int, int, tuple[str, ...]]]) -> tuple[str, ...]:
    """The donors named as paying for a part of the item, else ()."""
    return next((codes for s, e, codes in groups if part_payer(folded, item, s, e)), ()) or next((
        # ("..., with Denmark and Norway each paying a third of the cost": share_payers.py)
        codes for s, e, codes in groups if item.end < s <= item.end + 160 and pays_a_share(folded, e)
    ), ())


def outside_part_payments(folded: str, item: Item, cues: list[Cue], groups: list[tuple[int, int, tuple[str, ...]]]) -> list[Cue]:
    """The cues less those telling a part's payment after the item: "financés en partie par"
    says who paid, not the stage of the things ("a livré 18 canons, financés en partie par
    le Danemark" were delivered)."""
    for s, e, _ in groups:
        told = _part_payment(folded, item, s, e)
        if told:
            return [c for c in cues if not told[0] <= c.start < told[1]]
    return cues
