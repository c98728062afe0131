"""Figures as each page's language writes them, and the Totals' charts readable, stop 57.

Found and fixed here, each test failing before: counts of thousands were bare digits in every
language ("12345 pledges", "page 1 of 1200"), and the French pages wrote sums with English
commas ("2,000,000,000", which a French reader takes for two, the comma being the decimal
mark); German grouped the sums with points but not the counts. And the charts' bars were
filled with colours of which several have under 3:1 contrast with the white page (funding's
yellow 1.2:1, ammunition's orange 2.1:1), with nothing else to draw their edges.
"""

from __future__ import annotations

import re
from collections import Counter

from bot.core.pledges.listing.totals import PledgeTotals
from bot.web.chart import stacked_bars
from bot.web.pages import pager, pledge_count_text, totals_page
from bot.web.params import View
from bot.web.texts import figure
from tests.support.page_markup import contrast

NNBSP = "\u202f"


def _totals() -> PledgeTotals:
    return PledgeTotals(by_status=Counter({"pledged": 12345, "discussed": 1200}),
                        donors=Counter({"DE": 12345}), donor_units=Counter({"DE": 4000}),
                        categories=Counter({"air_defence": 12345}), category_units=Counter({"air_defence": 4000}),
                        money=Counter({"EUR": 2e9}), money_pledges=Counter({"EUR": 1500}),
                        donor_categories=Counter({("DE", "air_defence"): 12345}))


def test_a_figure_is_grouped_as_its_language_groups_thousands():
    assert [figure(12345, lang) for lang in ("en", "fr", "de")] == ["12,345", f"12{NNBSP}345", "12.345"]
    assert figure(999, "fr") == "999" and figure(2e9, "fr") == f"2{NNBSP}000{NNBSP}000{NNBSP}000"


def test_the_totals_write_counts_and_sums_in_the_page_language():
    for lang, mark in (("en", ","), ("fr", NNBSP), ("de", ".")):
        page = totals_page(_totals(), View(lang=lang), lang)
        cells = re.findall(r'<td class="num">([^<]*)</td>', page)
        assert f"12{mark}345" in cells and f"4{mark}000" in cells and f"1{mark}500" in cells, (lang, cells)
        assert f"2{mark}000{mark}000{mark}000" in cells, (lang, cells)
        assert "12345" not in cells and "2000000000" not in cells
        assert lang == "en" or "2,000,000,000" not in page
        # The chart's total beside its bar, and the words it is given in.
        assert f">12{mark}345</text>" in page, lang


def test_the_list_counts_and_pages_in_the_page_language():
    counts = {"pledged": 60000, "refused": 1234}
    assert pledge_count_text(counts, "en") == "60,000 pledges, and 1,234 discussed or refused"
    assert pledge_count_text(counts, "fr") == f"60{NNBSP}000 promesses, et 1{NNBSP}234 discutées ou refusées"
    assert pledge_count_text(counts, "de") == "60.000 Zusagen, dazu 1.234 erörtert oder abgelehnt"
    assert "1.200" in pager("/pledges", View(lang="de"), "de", 60000, 50)
    assert f"1{NNBSP}200" in pager("/pledges", View(lang="fr"), "fr", 60000, 50)


def test_every_part_of_a_bar_is_outlined_with_3_to_1_against_the_page():
    chart = stacked_bars([("Germany", [("funding", 3), ("ammunition", 2), ("armoured_vehicles", 1)])], "en", "By donor")
    rects = re.findall(r"<rect ([^>]*)>", chart)
    assert len(rects) == 3
    for rect in rects:
        stroke = re.search(r'stroke="(#[0-9a-fA-F]{6})"', rect)
        assert stroke and contrast(stroke[1], "#fff") >= 3 and contrast(stroke[1], "#fafafa") >= 3, rect


def test_a_chart_is_narrow_enough_for_a_phone():
    # Its words are 14 units: drawn at 11 px or more in the 320 px a phone leaves it.
    chart = stacked_bars([("Vereinigtes Königreich", [("tanks", 5)])], "de", "Zusagen nach Geber")
    width = int(re.search(r'viewBox="0 0 (\d+) ', chart)[1])
    assert 14 * 320 / width >= 11, width
