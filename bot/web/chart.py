"""Inline SVG bar charts for the Totals page. Pure.

One colour per category, the same on every page (the category chips of the Pledges
table use CATEGORY_COLOURS too), so a reader learns them once. SVG markup inside the
page needs no script and no image request, and passes the strict Content-Security-Policy.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.pledges.words import CATEGORY_COLOURS, UNKNOWN_COLOUR, category_words
from bot.web.markup import e as escape

BAR_HEIGHT = 20
GAP = 6
LABEL_WIDTH = 170
BAR_WIDTH = 420
COUNT_WIDTH = 60


def colour(category: str) -> str:
    return CATEGORY_COLOURS.get(category, UNKNOWN_COLOUR)


def stacked_bars(bars: Sequence[tuple[str, Sequence[tuple[str, int]]]], lang: str, title: str) -> str:
    """Horizontal bars, one per (label, [(category, count), ...]), each stacked by category.
    Labels are escaped: donor names come from our table, but a label is text all the same."""
    if not bars:
        return ""
    largest = max(sum(n for _, n in parts) for _, parts in bars) or 1
    height = len(bars) * (BAR_HEIGHT + GAP) + GAP
    width = LABEL_WIDTH + BAR_WIDTH + COUNT_WIDTH
    out = [f'<svg class="chart" role="img" aria-label="{escape(title)}" viewBox="0 0 {width} {height}" '
           f'width="{width}" height="{height}" xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>'
           f'<desc>{escape(_in_words(bars, lang))}</desc>']
    for index, (label, parts) in enumerate(bars):
        y = GAP + index * (BAR_HEIGHT + GAP)
        out.append(f'<text x="{LABEL_WIDTH - 8}" y="{y + BAR_HEIGHT - 5}" text-anchor="end">{escape(label)}</text>')
        x = float(LABEL_WIDTH)
        for category, count in parts:
            span = BAR_WIDTH * count / largest
            out.append(f'<rect x="{x:.1f}" y="{y}" width="{span:.1f}" height="{BAR_HEIGHT}" fill="{colour(category)}">'
                       f'<title>{escape(category_words(category, lang))}: {count}</title></rect>')
            x += span
        total = sum(n for _, n in parts)
        out.append(f'<text x="{x + 6:.1f}" y="{y + BAR_HEIGHT - 5}">{total}</text>')
    out.append("</svg>")
    return "".join(out)


def _in_words(bars: Sequence[tuple[str, Sequence[tuple[str, int]]]], lang: str) -> str:
    """What the bars show, in words ("Germany: air defence 5, tanks 2; ..."): the colours
    of a stacked bar were the only way to tell its parts, which a screen reader cannot see
    and a reader with colour-blindness may not."""
    return "; ".join(f"{label}: " + ", ".join(f"{category_words(c, lang)} {n}" for c, n in parts)
                     for label, parts in bars)


def legend(categories: Sequence[str], lang: str) -> str:
    # The swatch is decoration: the category's words are beside it (hidden from screen readers).
    items = "".join(f'<li><span class="swatch cat-{escape(c)}" aria-hidden="true"></span>'
                    f'{escape(category_words(c, lang))}</li>'
                    for c in categories)
    return f'<ul class="legend">{items}</ul>' if items else ""


def category_css() -> str:
    """CSS classes giving each category its colour (chips and legend swatches)."""
    return "".join(f".cat-{name}{{background:{value}}}\n" for name, value in CATEGORY_COLOURS.items())
