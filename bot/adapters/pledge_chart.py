"""Pledges as a PNG chart (matplotlib, off-screen): one bar per donor, stacked by
category, so a reader sees at a glance who promised most and of what kind."""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Sequence

import matplotlib

from bot.core.pledge_words import CATEGORY_COLOURS, UNKNOWN_COLOUR

matplotlib.use("Agg")  # no display: render to memory only
import matplotlib.pyplot as plt  # noqa: E402 - must follow the backend choice

MAX_DONORS = 20


def render_pledge_chart(rows: Sequence[dict], title: str) -> bytes:
    """PNG bytes of pledges counted by donor (bars) and category (colours)."""
    by_donor = Counter(r["donor"] for r in rows)
    donors = [d for d, _ in by_donor.most_common(MAX_DONORS)][::-1]  # largest at the top
    categories = sorted({r["category"] for r in rows if r["donor"] in donors})
    counts = Counter((r["donor"], r["category"]) for r in rows)

    height = max(2.5, 0.45 * len(donors) + 1.5)
    fig, ax = plt.subplots(figsize=(10, height), dpi=110)
    try:
        left = [0] * len(donors)
        for category in categories:
            widths = [counts[(d, category)] for d in donors]
            ax.barh(donors, widths, left=left, label=category,
                    color=CATEGORY_COLOURS.get(category, UNKNOWN_COLOUR))  # as on the web pages
            left = [a + b for a, b in zip(left, widths)]
        if not donors:
            ax.text(0.5, 0.5, "no pledges in this period", ha="center", va="center", transform=ax.transAxes)
            ax.set_yticks([])
        ax.set_title(title)
        ax.set_xlabel("pledges reported")
        ax.xaxis.get_major_locator().set_params(integer=True)
        if categories:
            ax.legend(title="category", loc="upper left", bbox_to_anchor=(1.01, 1), fontsize="small")
        fig.tight_layout()
        buffer = io.BytesIO()
        fig.savefig(buffer, format="png")
        return buffer.getvalue()
    finally:
        plt.close(fig)
