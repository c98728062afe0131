"""Inline SVG bar charts for the Totals page. Pure.

One colour per category, the same on every page (the category chips of the Pledges
table use CATEGORY_COLOURS too), so a reader learns them once. SVG markup inside the
page needs no script and no image request, and passes the strict Content-Security-Policy.

Each bar's label is written above it, so the chart is narrow (BAR_WIDTH + COUNT_WIDTH):
scaled to a phone's 375 px, its words stay near their size. With the labels beside the
bars it was 650 units wide and its 12 px words were drawn at 6 px. Each part of a bar is
outlined in the text's colour: several categories' colours (funding's yellow, ammunition's
orange, armoured vehicles' light blue) have under 3:1 contrast with the white page, which
WCAG 1.4.11 asks of a chart's shapes; the outline has 16:1, and parts of a bar stay apart
where their colours are close.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.pledges.listing.words import CATEGORY_COLOURS, UNKNOWN_COLOUR, category_words
from bot.web.markup import e as escape
from bot.web.texts import figure, w

BAR_HEIGHT = 18
LABEL_HEIGHT = 20  # the label's line above its bar
GAP = 8
BAR_WIDTH = 300
COUNT_WIDTH = 60
OUTLINE = "#1d1d1f"  # the text's colour (style.py)


def colour(category: str) -> str:
    return CATEGORY_COLOURS.get(category, UNKNOWN_COLOUR)


def stacked_bars(bars: Sequence[tuple[str, Sequence[tuple[str, int]]]], lang: str, title: str) -> str:
    """Horizontal bars, one per (label, [(category, count), ...]), each stacked by category.
    Labels are escaped: donor names come from our table, but a label is text all the same."""
    if not bars:
        return ""
    largest = max(sum(n for _, n in parts) for _, parts in bars) or 1
    row = LABEL_HEIGHT + BAR_HEIGHT + GAP
    height = len(bars) * row + GAP
    width = BAR_WIDTH + COUNT_WIDTH
    out = [f'<svg class="chart" role="img" aria-label="{escape(title)}" viewBox="0 0 {width} {height}" '
           f'width="{width}" height="{height}" xmlns="http://www.w3.org/2000/svg">'
           f'<title>{escape(title)}</title><desc>{escape(_in_words(bars, lang))}</desc>']
    for index, (label, parts) in enumerate(bars):
        y = GAP + index * row
        out.append(f'<text x="1" y="{y + LABEL_HEIGHT - 6}">{escape(label)}</text>')
        top = y + LABEL_HEIGHT
        x = 1.0  # the outline's half width: the first part's left edge is drawn whole
        for category, count in parts:
            span = (BAR_WIDTH - 2) * count / largest
            out.append(f'<rect x="{x:.1f}" y="{top}" width="{span:.1f}" height="{BAR_HEIGHT}" '
                       f'fill="{colour(category)}" stroke="{OUTLINE}" stroke-width="1">'
                       f'<title>{escape(category_words(category, lang))}{w(lang, "colon")}{figure(count, lang)}'
                       '</title></rect>')
            x += span
        total = sum(n for _, n in parts)
        out.append(f'<text x="{x + 6:.1f}" y="{top + BAR_HEIGHT - 4}">{figure(total, lang)}</text>')
    out.append("</svg>")
    return "".join(out)


def _in_words(bars: Sequence[tuple[str, Sequence[tuple[str, int]]]], lang: str) -> str:
    """What the bars show, in words ("Germany: air defence 5, tanks 2; ..."): the colours
    of a stacked bar were the only way to tell its parts, which a screen reader cannot see
    and a reader with colour-blindness may not."""
    return w(lang, "semicolon").join(f"{label}{w(lang, 'colon')}"
                     + ", ".join(f"{category_words(c, lang)} {figure(n, lang)}" for c, n in parts)
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
