"""Two decisions of one group on one day: the EU Council topping up a fund and, in another
statement that Monday, extending its training mission; NATO allies agreeing two things.

Reports headed by a group and no country are read as a meeting's or a statement's reports
(no government's pledge: `EventEvidence.is_about_an_item`), which the day they name joins. A
group seldom decides one thing a day, so the day alone joined two decisions told in the same
house vocabulary ("The Council of the European Union on Monday ...": 0.23 alike) and one of
them lost its alert. What tells the decisions apart is what each decided: its sum (the group's
sum its title or first sentence names, `EventEvidence.group_amounts`) or the kinds of thing it
is for (`EventEvidence.things`). Two reports of one decision name the same sum (rounded, or as its
parts; a fund's new total or a rate per year is no sum decided: figures_told.told_as_total_or_rate),
or one of them none, and the same kinds, or one of them none.

Round-ups of one standing meeting (the contact group, NATO's ministers) are left to the
meeting's rules: each outlet leads with another of the sitting's outcomes, and the sitting is
their event.
"""

from __future__ import annotations

from bot.core.stories.events import EventEvidence
from bot.core.stories.pledge_news import category_family

# How far apart two sums of one decision may be in one currency (an outlet rounding 5.2 billion to
# "5 billion" in its headline, with no "about": two decisions of one group on one day that close in
# size are rarer than outlets' rounding), and across currencies at rough rates (an outlet converting
# the euros into dollars in its own words).
_ROUNDING_SLACK = 1.25
_CONVERSION_SLACK = 1.5
_EUROS_PER_UNIT = {"EUR": 1.0, "USD": 0.92, "GBP": 1.16, "CAD": 0.67, "CHF": 1.0}


def group_decisions_differ(a: EventEvidence, b: EventEvidence) -> bool:
    """Both reports tell a decision of the same group (its headline names that group and no
    country), not at one standing meeting both name, and they decided other things: each names
    a sum of the group and none of them may be one of the other's, or each names kinds of thing
    and none of one family."""
    if not _one_groups_decisions(a, b):
        return False
    return _sums_differ(a, b) or _kinds_differ(a, b)


def _one_groups_decisions(a: EventEvidence, b: EventEvidence) -> bool:
    return (bool(a.headline_groups & b.headline_groups) and not a.headline_donors and not b.headline_donors
            and not a.meetings & b.meetings)


def _sums_differ(a: EventEvidence, b: EventEvidence) -> bool:
    sums_a, sums_b = _group_sums(a), _group_sums(b)
    if not sums_a or not sums_b:
        return False
    return not any(_may_be_one_sum(x, y) for x in _with_totals(sums_a) for y in _with_totals(sums_b))


def _with_totals(sums: list[tuple[float, str, bool]]) -> list[tuple[float, str, bool]]:
    """The sums and, for two or more in one currency, their total: "2 billion euros for ammunition and 3 billion
    for air defence" is the 5 billion another outlet names whole."""
    totals = []
    for currency in {c for _, c, _ in sums}:
        parts = [(value, rough) for value, c, rough in sums if c == currency]
        if len(parts) > 1:
            totals.append((sum(v for v, _ in parts), currency, any(r for _, r in parts)))
    return sums + totals


def _group_sums(side: EventEvidence) -> list[tuple[float, str, bool]]:
    """(value, currency, told rough) of each group sum; "EU|5e+09 EUR" -> (5e9, "EUR", False)."""
    sums = []
    for key in side.group_amounts:
        amount = key.partition("|")[2]
        number, _, currency = amount.partition(" ")
        try:
            sums.append((float(number), currency, amount in side.rough_amounts))
        except ValueError:
            continue
    return sums


def _may_be_one_sum(x: tuple[float, str, bool], y: tuple[float, str, bool]) -> bool:
    (value_x, currency_x, rough_x), (value_y, currency_y, rough_y) = x, y
    if value_x <= 0 or value_y <= 0:
        return True
    if currency_x == currency_y:
        return _within(value_x, value_y, _ROUNDING_SLACK)
    rate_x, rate_y = _EUROS_PER_UNIT.get(currency_x), _EUROS_PER_UNIT.get(currency_y)
    if rate_x is None or rate_y is None:
        return True  # no rate for it: nothing says the sums differ
    return _within(value_x * rate_x, value_y * rate_y, _CONVERSION_SLACK)


def _within(x: float, y: float, slack: float) -> bool:
    return max(x, y) <= slack * min(x, y)


def _kinds_differ(a: EventEvidence, b: EventEvidence) -> bool:
    kinds_a = {category_family(thing) for thing in a.things}
    kinds_b = {category_family(thing) for thing in b.things}
    return bool(kinds_a) and bool(kinds_b) and not kinds_a & kinds_b
