"""The pledge chart (issue 13 item 14): one colour per category in every chart, from a
colour-blind-safe scheme; counts and money in separate panels; labels in words with the
filters and the period. The spec is pure; the drawing is checked on real matplotlib."""

from __future__ import annotations

import matplotlib.colors as mcolors
import pytest

from bot.adapters.pledge_chart import build_figure, render_chart
from bot.core.chat.chart_spec import CATEGORY_STYLE, chart_spec, filter_line
from bot.core.pledges.listing.filters import FILTER_CATEGORIES, PledgeFilter
from bot.core.pledges.listing.words import CATEGORY_COLOURS
from bot.core.pledges.passes.entities import CATEGORIES


def row(donor: str, category: str, status: str = "pledged", value: float | None = None,
        currency: str | None = None) -> dict:
    return {"donor": donor, "category": category, "status": status, "value": value, "currency": currency}


ROWS = [
    row("DE", "air_defence"), row("DE", "tanks"), row("DE", "funding", value=2.7e9, currency="EUR"),
    row("US", "funding", value=2e9, currency="USD"), row("US", "air_defence", "delivered"),
    row("GB", "funding", value=3e8, currency="GBP"), row("NL", "aircraft", "refused"),
    row("FR", "artillery", "discussed"),
]


def test_every_category_has_its_own_style_and_weapons_take_the_colour_blind_safe_scheme():
    assert set(CATEGORY_STYLE) == set(FILTER_CATEGORIES)
    assert len(set(CATEGORY_STYLE.values())) == len(CATEGORY_STYLE)  # colour or hatching tells each apart
    weapons = [CATEGORY_STYLE[c][0] for c in CATEGORIES]
    assert len(set(weapons)) == len(weapons)  # nine categories, nine colours, none reused
    # the PNG and the web pages (bot/web/chart.py) paint each category alike
    assert all(CATEGORY_STYLE[c][0] == colour for c, colour in CATEGORY_COLOURS.items())


def test_the_spec_counts_commitments_and_keeps_money_apart_per_currency():
    spec = chart_spec(ROWS, "Pledges on record: 6 in total.")
    assert spec.total == 6  # the refusal and the talks are not pledges
    assert sum(spec.counts.values()) == 6
    assert spec.counts[("Germany", "funding")] == 1  # a package is one pledge on the count axis...
    money = {panel.currency: panel.bars for panel in spec.money}
    assert set(money) == {"EUR", "USD", "GBP"}  # ...its amount is on a money axis, one per currency
    assert money["EUR"] == (("Germany", 2.7e9, "€2.7bn"),) and money["USD"] == (("United States", 2e9, "$2bn"),)
    assert "Netherlands" not in spec.donors and "France" not in spec.donors


def test_labels_are_words_in_the_readers_language_and_the_title_says_the_filters():
    flt = PledgeFilter(donor="DE", category="air_defence", days=180, period="6m")
    spec = chart_spec(ROWS, "Promesses sur les derniers 6m : 1 au total.", flt, "fr")
    assert "Allemagne" in spec.donors and spec.category_labels["air_defence"] == "défense aérienne"
    assert spec.subtitle.splitlines()[0] == "Filtres : Allemagne · défense aérienne"
    assert "refus" in spec.subtitle  # what was counted, and what not
    assert filter_line(PledgeFilter()) == ""


def _facecolours(figure) -> dict[str, tuple]:
    """Legend label -> face colour of the bars drawn for it, from the figure itself."""
    counts_ax = figure.axes[0]
    return {container.get_label(): tuple(container.patches[0].get_facecolor())
            for container in counts_ax.containers}


def test_a_category_keeps_its_colour_whatever_else_the_chart_holds():
    import matplotlib.pyplot as plt

    alone = build_figure(chart_spec([row("DE", "air_defence")], "one"))
    mixed = build_figure(chart_spec([row("DE", "tanks"), row("DE", "ammunition"), row("PL", "air_defence")], "three"))
    try:
        first, second = _facecolours(alone), _facecolours(mixed)
        assert first["air defence"] == second["air defence"] == mcolors.to_rgba(CATEGORY_STYLE["air_defence"][0])
        assert len(set(second.values())) == 3
    finally:
        plt.close(alone)
        plt.close(mixed)


def test_the_drawing_has_a_count_panel_and_one_money_panel_per_currency():
    import matplotlib.pyplot as plt

    figure = build_figure(chart_spec(ROWS, "Pledges on record: 6 in total.",
                                     PledgeFilter(category="funding"), "en"))
    try:
        counts_ax, *money_axes = [ax for ax in figure.axes if ax.get_label() != "<colorbar>"]
        assert counts_ax.get_xlabel() == "pledges reported (count)"
        assert [t.get_text() for t in counts_ax.get_yticklabels()][-1] == "Germany"  # names, largest at the top
        assert [ax.get_title() for ax in money_axes] == [f"Money committed, {c} (not converted)"
                                                         for c in ("EUR", "USD", "GBP")]
        title = figure.get_suptitle()
        assert "6 in total" in title and "Filters: funding" in title
    finally:
        plt.close(figure)


@pytest.mark.parametrize("rows", [[], ROWS, [row(f"X{n}", "tanks") for n in range(30)]])
def test_any_chart_renders_as_a_png(rows):
    data = render_chart(chart_spec(rows, "t"))
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
