"""What a pledge chart shows, decided without drawing it. Pure.

bot/adapters/pledge_chart.py draws a ChartSpec with matplotlib; everything a reader
relies on is decided here, where it can be tested without pixels:

- **One colour per category, the same in every chart.** A category keeps its colour
  whatever else is in the chart (it used to take the next colour of a cycle, so "air
  defence" was blue in one chart and orange in the next), and the same as on the web
  pages: colours from the Okabe-Ito and Tol schemes, chosen to stay distinct for
  readers with colour-vision deficiencies; funding, production, training and other
  are hatched as well.
- **Counts and money apart.** The left panel counts pledges (commitments: pledged,
  delivered, ordered from industry; refusals and talks are not pledges) by donor and
  category; money committed is summed per currency, never converted, in a panel of
  its own per currency. A $2 billion package is one pledge on the left and $2bn on
  the right, never a bar mixing the two scales.
- **Readable labels.** Donors and categories by name in the reader's language
  ("Germany", "air defence"), not codes; the title says the period, the filters and
  what was counted.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from bot.core.pledges.listing.filters import FILTER_CATEGORIES, PledgeFilter
from bot.core.pledges.listing.totals import is_commitment, with_repeats_marked
from bot.core.pledges.listing.words import CATEGORY_COLOURS, category_words, donor_name, money_words

# One colour per category in every chart: the web pages' colours (bot/core/pledges/listing/words.py,
# colour-blind-aware), so a reader learns them once. The PNG adds hatching to the
# categories that are not weapons (money, production, training, other), a second cue
# where colours are hard to tell apart in print.
_HATCHES = {"funding": "///", "production": "xxx", "training": "...", "other": "\\\\"}
CATEGORY_STYLE: dict[str, tuple[str, str]] = {
    category: (colour, _HATCHES.get(category, "")) for category, colour in CATEGORY_COLOURS.items()
}
UNKNOWN_STYLE = ("#FFFFFF", "++")  # a category this version does not know (an older database)

MAX_DONORS = 20  # bars in the count panel; the rest are summed into one "others" bar
MAX_CURRENCIES = 3  # money panels; other currencies are named under the chart

_LABELS = {
    "en": {
        "counted": "Counted: pledged, delivered, ordered from industry (refused and discussed are not pledges)",
        "count_axis": "pledges reported (count)",
        "money_title": "Money committed, {currency} (not converted)",
        "category": "category",
        "none": "no pledges match",
        "others": "{count} other donors",
        "more_currencies": "Also committed: {amounts}",
        "filters": "Filters: {filters}",
    },
    "fr": {
        "counted": "Comptées : promises, livrées, commandées à l'industrie (refus et discussions ne sont pas des "
                   "promesses)",
        "count_axis": "promesses relevées (nombre)",
        "money_title": "Montants engagés, {currency} (non convertis)",
        "category": "catégorie",
        "none": "aucune promesse ne correspond",
        "others": "{count} autres donateurs",
        "more_currencies": "Engagé aussi : {amounts}",
        "filters": "Filtres : {filters}",
    },
    "de": {
        "counted": "Gezählt: zugesagt, geliefert, bei der Industrie bestellt (Ablehnungen und Gespräche sind "
                   "keine Zusagen)",
        "count_axis": "gemeldete Zusagen (Anzahl)",
        "money_title": "Zugesagte Beträge, {currency} (nicht umgerechnet)",
        "category": "Kategorie",
        "none": "keine passenden Zusagen",
        "others": "{count} weitere Geber",
        "more_currencies": "Außerdem zugesagt: {amounts}",
        "filters": "Filter: {filters}",
    },
}


def chart_label(lang: str, key: str, **values: object) -> str:
    return _LABELS[lang if lang in _LABELS else "en"][key].format(**values)


def category_style(category: str) -> tuple[str, str]:
    """(face colour, hatch) of a category, the same in every chart."""
    return CATEGORY_STYLE.get(category, UNKNOWN_STYLE)


@dataclass(frozen=True)
class MoneyPanel:
    currency: str
    title: str
    bars: tuple[tuple[str, float, str], ...]  # (donor label, amount, amount in words), largest first


@dataclass(frozen=True)
class ChartSpec:
    title: str
    subtitle: str  # filters and what was counted
    donors: tuple[str, ...]  # count panel rows, largest last (matplotlib draws bottom-up)
    categories: tuple[str, ...]  # codes, in the fixed order of FILTER_CATEGORIES
    category_labels: dict[str, str]
    counts: dict[tuple[str, str], int]  # (donor label, category) -> pledges
    count_axis: str
    legend_title: str
    empty_text: str
    money: tuple[MoneyPanel, ...] = ()
    footnote: str = ""
    total: int = 0
    styles: dict[str, tuple[str, str]] = field(default_factory=dict)


def describe_filter(flt: PledgeFilter, lang: str = "en") -> str:
    """The filters in words: "Germany · air defence · Leopard", "" for none (the period
    is said by the title)."""
    parts = []
    if flt.donor:
        parts.append(donor_name(flt.donor, lang))
    if flt.category:
        parts.append(category_words(flt.category, lang))
    if flt.system:
        parts.append(flt.system)
    return " · ".join(parts)


def filter_line(flt: PledgeFilter, lang: str = "en") -> str:
    """"Filters: Germany · air defence", or "" when nothing is filtered."""
    described = describe_filter(flt, lang)
    return chart_label(lang, "filters", filters=described) if described else ""


def chart_spec(rows: Sequence[dict], title: str, flt: PledgeFilter | None = None, lang: str = "en") -> ChartSpec:
    """The chart of these pledge rows: commitments only, counts and money apart."""
    commitments = [r for r in rows if is_commitment(r)]
    by_donor: Counter[str] = Counter()
    counts: Counter[tuple[str, str]] = Counter()
    for row in commitments:
        donor, category = row.get("donor") or "?", row.get("category") or "?"
        by_donor[donor] += 1
        counts[(donor, category)] += 1
    ranked = sorted(by_donor, key=lambda d: (-by_donor[d], donor_name(d, lang)))
    shown, rest = ranked[:MAX_DONORS], ranked[MAX_DONORS:]
    labels = {d: donor_name(d, lang) for d in shown}
    others = chart_label(lang, "others", count=len(rest)) if rest else ""
    for d in rest:
        labels[d] = others
    merged: Counter[tuple[str, str]] = Counter()
    for (donor, category), n in counts.items():
        merged[(labels[donor], category)] += n
    donors = [labels[d] for d in shown] + ([others] if rest else [])
    present = {c for _, c in counts}
    categories = tuple(c for c in FILTER_CATEGORIES if c in present) + tuple(sorted(present - set(FILTER_CATEGORIES)))

    # A donor's bar shows its whole share of a figure it shares with partners; a currency's
    # total (the panels' order, the footnote) counts that figure once (bot.core.pledges.listing.totals).
    money: dict[str, Counter[str]] = {}
    currency_totals: Counter[str] = Counter()
    for row in with_repeats_marked(commitments):
        value, currency = row.get("value"), row.get("currency")
        if value and currency:
            money.setdefault(currency, Counter())[row.get("donor") or "?"] += value
            currency_totals[currency] += value - (row.get("value_repeated") or 0)
    by_size = sorted(money, key=lambda c: (-currency_totals[c], c))
    panels = tuple(
        MoneyPanel(currency, chart_label(lang, "money_title", currency=currency),
                   tuple((donor_name(d, lang), v, money_words(v, currency, lang))
                         for d, v in sorted(money[currency].items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_DONORS]))
        for currency in by_size[:MAX_CURRENCIES]
    )
    extra = [money_words(currency_totals[c], c, lang) for c in by_size[MAX_CURRENCIES:]]
    filters = filter_line(flt, lang) if flt else ""
    return ChartSpec(
        title=title,
        subtitle="\n".join(p for p in (filters, chart_label(lang, "counted")) if p),
        donors=tuple(reversed(donors)),
        categories=categories,
        category_labels={c: category_words(c, lang) for c in categories},
        counts=dict(merged),
        count_axis=chart_label(lang, "count_axis"),
        legend_title=chart_label(lang, "category"),
        empty_text=chart_label(lang, "none"),
        money=panels,
        footnote=chart_label(lang, "more_currencies", amounts=", ".join(extra)) if extra else "",
        total=len(commitments),
        styles={c: category_style(c) for c in categories},
    )


__all__ = ["CATEGORY_STYLE", "ChartSpec", "MoneyPanel", "category_style", "chart_spec",
           "describe_filter", "filter_line"]
