"""Pledges as a PNG chart (matplotlib, off-screen), drawn from a ChartSpec.

What the chart shows — which pledges are counted, the colour of each category, money
kept apart from counts, the labels — is decided in bot/core/chat/chart_spec.py; this module
only draws it: a count panel (one bar per donor, stacked by category) and, when the
pledges carry amounts, one money panel per currency beside it.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

import matplotlib

matplotlib.use("Agg")  # no display: render to memory only
import matplotlib.pyplot as plt  # noqa: E402 - must follow the backend choice
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.ticker import FuncFormatter, MaxNLocator  # noqa: E402

from bot.core.chat.chart_spec import ChartSpec, chart_spec  # noqa: E402
from bot.core.pledges.listing.filters import PledgeFilter  # noqa: E402

EDGE = "#444444"  # bar outlines: hatching and pale bars stay visible on white
MONEY_COLOUR = "#BBBBBB"  # money is not a category: one neutral grey, whatever it bought
LEGEND_COLUMNS = 5
FONT = 10


def _amount(value: float, _position: object = None) -> str:
    for size, suffix in ((1e9, "bn"), (1e6, "m"), (1e3, "k")):
        if abs(value) >= size:
            return f"{value / size:g}{suffix}"
    return f"{value:g}"


def build_figure(spec: ChartSpec) -> Figure:
    """The chart as a matplotlib figure (closed by the caller)."""
    panels = 1 + len(spec.money)
    rows = max(len(spec.donors), *(len(p.bars) for p in spec.money)) if spec.money else len(spec.donors)
    legend_rows = -(-len(spec.categories) // LEGEND_COLUMNS)
    height = max(3.2, 0.42 * rows + 2.4 + 0.3 * legend_rows)
    widths = [3] + [2] * len(spec.money)
    # Constrained layout keeps the title, the legend under the panels and the labels
    # from overlapping the bars, whatever the number of donors.
    fig, axes = plt.subplots(1, panels, figsize=(6 + 4 * len(spec.money), height), dpi=110, squeeze=False,
                             gridspec_kw={"width_ratios": widths}, layout="constrained")
    counts_ax = axes[0][0]
    left = [0] * len(spec.donors)
    for category in spec.categories:
        colour, hatch = spec.styles[category]
        widths_ = [spec.counts.get((d, category), 0) for d in spec.donors]
        counts_ax.barh(spec.donors, widths_, left=left, label=spec.category_labels[category], color=colour,
                       hatch=hatch or None, edgecolor=EDGE, linewidth=0.6)
        left = [a + b for a, b in zip(left, widths_)]
    for y, total in enumerate(left):
        counts_ax.text(total, y, f" {total}", va="center", fontsize=FONT - 1)
    if not spec.donors:
        counts_ax.text(0.5, 0.5, spec.empty_text, ha="center", va="center", transform=counts_ax.transAxes)
        counts_ax.set_yticks([])
    counts_ax.set_xlabel(spec.count_axis, fontsize=FONT)
    counts_ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    counts_ax.tick_params(labelsize=FONT)
    if left:
        counts_ax.set_xlim(0, max(left) * 1.15 + 0.5)
    if spec.categories:
        fig.legend(title=spec.legend_title, loc="outside lower center", ncol=min(LEGEND_COLUMNS, len(spec.categories)),
                   fontsize=FONT - 1, title_fontsize=FONT - 1, frameon=False)
    for ax, panel in zip(axes[0][1:], spec.money):
        names = [name for name, _, _ in reversed(panel.bars)]
        values = [value for _, value, _ in reversed(panel.bars)]
        ax.barh(names, values, color=MONEY_COLOUR, edgecolor=EDGE, linewidth=0.6)
        for y, (_, _, words) in enumerate(reversed(panel.bars)):
            ax.text(values[y], y, f" {words}", va="center", fontsize=FONT - 1)
        ax.set_title(panel.title, fontsize=FONT)
        ax.xaxis.set_major_formatter(FuncFormatter(_amount))
        ax.set_xlim(0, max(values) * 1.35)
        ax.tick_params(labelsize=FONT - 1)
    fig.suptitle(f"{spec.title}\n{spec.subtitle}", fontsize=FONT + 1, x=0.01, ha="left")
    if spec.footnote:
        fig.supxlabel(spec.footnote, fontsize=FONT - 2, x=0.01, ha="left")
    return fig


def render_chart(spec: ChartSpec) -> bytes:
    """PNG bytes of the chart."""
    fig = build_figure(spec)
    try:
        buffer = io.BytesIO()
        fig.savefig(buffer, format="png")
        return buffer.getvalue()
    finally:
        plt.close(fig)


def render_pledge_chart(rows: Sequence[dict], title: str, flt: PledgeFilter | None = None, lang: str = "en") -> bytes:
    """PNG bytes of the chart of these pledge rows (commitments counted, money apart)."""
    return render_chart(chart_spec(rows, title, flt, lang))
