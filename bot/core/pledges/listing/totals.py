"""Totals of a set of pledge rows that do not mix what should stay apart.

- Statuses: "refused" and "discussed" are reported about aid, but they are not
  commitments: counting "aircraft refused" among a donor's pledges overstated it.
  Totals by donor and category count commitments only (pledged, delivered, in
  production); the other statuses are counted on their own.
- Money: a reported value is summed per currency (never converted: no exchange rate
  is a fact of the article), and kept apart from counts of pledges and units, so a
  $2 billion package shows as money, not as "1 pledge".
- Shared figures: "Norway and Germany will jointly buy Patriot missiles worth NOK 2
  billion" is a pledge of each partner, each carrying the whole NOK 2 billion. A donor's
  totals count it whole; totals across donors (units per category, money per currency)
  count it once, not once per partner (the store's pledge_groups tells how much of a
  group repeats a partner's figure: quantity_repeated, value_repeated).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

COMMITMENT_STATUSES = ("pledged", "delivered", "production")


@dataclass
class PledgeTotals:
    by_status: Counter[str] = field(default_factory=Counter)
    # Commitments only: (pledges, units counted) per donor and per category.
    donors: Counter[str] = field(default_factory=Counter)
    donor_units: Counter[str] = field(default_factory=Counter)
    categories: Counter[str] = field(default_factory=Counter)
    category_units: Counter[str] = field(default_factory=Counter)
    # Commitments with a reported value: sum and number of pledges, per currency.
    money: Counter[str] = field(default_factory=Counter)
    money_pledges: Counter[str] = field(default_factory=Counter)
    # Commitments per (donor, category): the colours of a donor's bar in a chart.
    donor_categories: Counter[tuple[str, str]] = field(default_factory=Counter)

    @property
    def commitments(self) -> int:
        return sum(self.by_status[s] for s in COMMITMENT_STATUSES)

    @property
    def others(self) -> int:
        return sum(n for s, n in self.by_status.items() if s not in COMMITMENT_STATUSES)


def commitments_and_others(status_counts: dict[str, int]) -> tuple[int, int]:
    """(commitments, discussed and refused) among records counted by status: the split
    every list header and count uses, so that it agrees with the totals."""
    committed = sum(status_counts.get(status, 0) for status in COMMITMENT_STATUSES)
    return committed, sum(status_counts.values()) - committed


def is_commitment(row: dict) -> bool:
    return (row.get("status") or "pledged") in COMMITMENT_STATUSES


def pledge_totals(rows: Iterable[dict]) -> PledgeTotals:
    """Totals of rows grouped by the store (SqliteStore.pledge_groups: `n` pledges,
    `quantity` and `value` summed, `n_valued` with a value, and the *_repeated parts of
    those sums that repeat a partner's shared figure), or of single pledge rows marked by
    with_repeats_marked (unmarked, each partner's row counts a shared figure)."""
    totals = PledgeTotals()
    for row in rows:
        status = row.get("status") or "pledged"
        count = row.get("n", 1)
        totals.by_status[status] += count
        if status not in COMMITMENT_STATUSES:
            continue
        donor, category = row.get("donor") or "?", row.get("category") or "?"
        units = row.get("quantity") or 0
        totals.donors[donor] += count
        totals.donor_units[donor] += units
        totals.categories[category] += count
        totals.category_units[category] += units - (row.get("quantity_repeated") or 0)
        totals.donor_categories[(donor, category)] += count
        value, currency = row.get("value"), row.get("currency")
        # A group made only of partners' repeats adds no money (and no empty currency line).
        value_counted = (value or 0) - (row.get("value_repeated") or 0)
        if value_counted and currency:
            totals.money[currency] += value_counted
            totals.money_pledges[currency] += row.get("n_valued", 1) - (row.get("n_valued_repeated") or 0)
    return totals


def _shared_figure(row: dict) -> tuple | None:
    """The figure a shared row carries, keyed as the store partitions it (pledge_groups):
    the same story, category, status, system, partners and currency (a story holds one
    pledge per donor, category, status and system). None if the row is not shared."""
    partners = row.get("shared_with")
    if not partners:
        return None
    if not isinstance(partners, str):  # a Pledge's tuple; the store keeps "DE,NO"
        partners = ",".join(partners)
    return (row.get("story_id"), row.get("category"), row.get("status"), row.get("system"), partners,
            row.get("currency"))


def with_repeats_marked(rows: Iterable[dict]) -> list[dict]:
    """Single pledge rows (the store's pledge_rows) with the *_repeated parts that
    pledge_groups would give them: of the rows of one shared figure, the first donor's
    counts and the others repeat it. Rows are copied only where marked."""
    rows = list(rows)
    firsts: dict[tuple, int] = {}
    for index, row in enumerate(rows):
        key = _shared_figure(row)
        if key is not None:
            first = firsts.setdefault(key, index)
            if (row.get("donor") or "") < (rows[first].get("donor") or ""):
                firsts[key] = index
    marked = []
    for index, row in enumerate(rows):
        key = _shared_figure(row)
        if key is not None and firsts[key] != index:
            row = {**row, "quantity_repeated": row.get("quantity") or 0, "value_repeated": row.get("value") or 0,
                   "n_valued_repeated": 1 if row.get("value") is not None else 0}
        marked.append(row)
    return marked


def ranked(counter: Counter[str]) -> Sequence[tuple[str, int]]:
    """Largest first, then by name (a stable order for equal counts)."""
    return sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))


def format_money(value: float, lang: str = "en") -> str:
    """2000000000 -> "2,000,000,000": digits, readable in English and French replies; in
    German "2.000.000.000", since a German reader takes the comma for the decimal one
    ("2,000" is two)."""
    text = f"{value:,.0f}"
    return text.replace(",", ".") if lang == "de" else text
