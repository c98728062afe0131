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

import math

from bot.core.stories.evidence.events import EventEvidence
from bot.core.stories.evidence.pledge_news import category_family

# How far apart two sums of one decision may be in one currency when one is told as rough ("more than 5
# billion", "about"), and across currencies at rough rates (an outlet converting the euros into dollars in
# its own words). Two sums both stated plainly are one only when the rounder is the other rounded to its own
# figures (`_rounded_from`): an outlet writes 5.2 billion as "5 billion" in its headline with no "about", but
# 500 and 600 million are two decisions however close in size (round 55, busy day G: the EU's 520 million for
# shells and 600 million for training of one Monday joined in 5 of 7 orders when one report named no kind).
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
    return _sums_differ(a, b) or kinds_differ(a, b)


def group_sums_shared(a: EventEvidence, b: EventEvidence) -> int:
    """How many sums of one group both name (`EventEvidence.group_amounts`), the same or, both stated plainly, one
    the other rounded (`_rounded_from`: "500 millions d'euros" in a French headline for the Council's 520 million).
    An event key (story_score): a group deciding two sums that close on one day is rarer than an outlet rounding."""
    shared = len(a.group_amounts & b.group_amounts)
    if shared:
        return shared
    return sum(1 for key_x in a.group_amounts for key_y in b.group_amounts
               if key_x.partition("|")[0] == key_y.partition("|")[0]
               and _plain_sums_rounded(_group_sum(a, key_x), _group_sum(b, key_y)))


def _plain_sums_rounded(x: tuple[float, str, bool] | None, y: tuple[float, str, bool] | None) -> bool:
    if x is None or y is None or x[1] != y[1] or x[2] or y[2] or x[0] <= 0 or y[0] <= 0:
        return False
    return _rounded_from(x[0], y[0], half_is_rounding=False) or _rounded_from(y[0], x[0], half_is_rounding=False)


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
    return [found for key in side.group_amounts if (found := _group_sum(side, key)) is not None]


def _group_sum(side: EventEvidence, key: str) -> tuple[float, str, bool] | None:
    amount = key.partition("|")[2]
    number, _, currency = amount.partition(" ")
    try:
        return float(number), currency, amount in side.rough_amounts
    except ValueError:
        return None


def _may_be_one_sum(x: tuple[float, str, bool], y: tuple[float, str, bool]) -> bool:
    (value_x, currency_x, rough_x), (value_y, currency_y, rough_y) = x, y
    if value_x <= 0 or value_y <= 0:
        return True
    if currency_x == currency_y:
        if rough_x or rough_y:
            return _within(value_x, value_y, _ROUNDING_SLACK)
        return _rounded_from(value_x, value_y) or _rounded_from(value_y, value_x)
    rate_x, rate_y = _EUROS_PER_UNIT.get(currency_x), _EUROS_PER_UNIT.get(currency_y)
    if rate_x is None or rate_y is None:
        return True  # no rate for it: nothing says the sums differ
    return _within(value_x * rate_x, value_y * rate_y, _CONVERSION_SLACK)


def _rounded_from(rounded: float, exact: float, half_is_rounding: bool = True) -> bool:
    """`rounded` is `exact` rounded to as many significant figures as `rounded` is written with (at most
    three, as the evidence keeps sums: figures_told.sum_key): 5e9 from 5.2e9 or 5.4e9, 5.2e8 from 5.18e8; not
    6e8 from 5.2e8, nor 5e8 from 6e8. A half ("2.25" beside "2.3") is rounded either way: one sum for keeping two
    reports together, not for joining them (`half_is_rounding` False: round 53x)."""
    digits = next(n for n in (1, 2, 3) if math.isclose(float(f"{rounded:.{n}g}"), rounded, rel_tol=1e-9) or n == 3)
    half_step = 0.5 * 10.0 ** (math.floor(math.log10(rounded)) - digits + 1)
    if half_is_rounding:
        return abs(exact - rounded) <= half_step * (1 + 1e-9)
    return abs(exact - rounded) < half_step * (1 - 1e-9)


def _within(x: float, y: float, slack: float) -> bool:
    return max(x, y) <= slack * min(x, y)


def kinds_differ(a: EventEvidence, b: EventEvidence) -> bool:
    """Each names kinds of thing (EventEvidence.things) and none of one family."""
    kinds_a = {category_family(thing) for thing in a.things}
    kinds_b = {category_family(thing) for thing in b.things}
    return bool(kinds_a) and bool(kinds_b) and not kinds_a & kinds_b
