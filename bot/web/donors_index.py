"""The list of donors (/donors), where a reader lands who trims the address of a donor's page
or of a comparison: every donor with a record, linked to its page, and how to compare two
(a form, and example links made of the donors with the most records). Pure.

Before it, /donors answered a bare 404 and /donors/compare without donors a 400: a reader who
cut "/DE" off a donor's address, or the donors off a comparison's, met a dead end.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from itertools import combinations

from bot.core.pledges.listing.filters import PledgeFilter
from bot.core.pledges.listing.words import donor_name
from bot.web.compare_page import compare_path
from bot.web.donor_page import donor_path
from bot.web.markup import e
from bot.web.pages import a, filters_block, flag, layout
from bot.web.params import COMPARE_PATH, View, filter_words
from bot.web.texts import counted, w

DONORS_PATH = "/donors"
# Example comparisons offered: pairs of the donors with the most records.
EXAMPLE_PAIRS = 3


def _compare_section(donors: Sequence[str], view: View, lang: str) -> str:
    """A form asking for two donors, and a few comparisons to open at once."""
    # The language, the filter words (but a donor: the form names two) and the range of days a
    # reader came with (/donors/compare?from=...): the comparison the form asks covers them.
    kept = (("q", filter_words(replace(view.flt, donor=None))), ("from", view.first_day and view.first_day.isoformat()),
            ("to", view.last_day and view.last_day.isoformat()), ("lang", view.lang))
    hidden = "".join(f'<input type="hidden" name="{name}" value="{e(value)}">' for name, value in kept if value)
    fields = "".join(f'<label>{e(w(lang, key))} <input type="text" name="{name}" maxlength="40" required '
                     f'placeholder="{e(w(lang, example))}"></label> '
                     for name, key, example in (("a", "compare_a", "donor_example_a"),
                                                ("b", "compare_b", "donor_example_b")))
    examples = [a(compare_path(pair, view), e(w(lang, "compare_title", a=donor_name(pair[0], lang),
                                                b=donor_name(pair[1], lang))))
                for pair in list(combinations(donors[:3], 2))[:EXAMPLE_PAIRS]]
    # "For example:" only above examples: with no donor yet (a first run) it had ended in nothing.
    listed = (f'<p>{e(w(lang, "compare_examples"))}</p>'
              f'<ul class="examples">{"".join(f"<li>{x}</li>" for x in examples)}</ul>') if examples else ""
    return (f'<section id="compare"><h2>{e(w(lang, "compare_how_title"))}</h2>'
            f'<p>{e(w(lang, "compare_how"))}</p>{listed}'
            f'<form method="get" action="{e(view.root + COMPARE_PATH)}" class="words">{fields}{hidden}'
            f'<button type="submit">{e(w(lang, "compare_go"))}</button></form></section>')


def _donor_link(code: str, view: View, lang: str) -> str:
    return a(donor_path(code, view), f'<span aria-hidden="true">{flag(code)}</span> {e(donor_name(code, lang))}')


def donors_page(donors: Sequence[tuple[str, int]], view: View, lang: str, now: datetime | None = None) -> str:
    """`donors`: (code, records) pairs, most records first, counting the records the view keeps:
    its range of days or period, and its filter words (the menu's link keeps them from the list;
    it dropped all but the range, without a word). The filters are shown, each with a link
    removing it, and kept by the page's links, those to a donor's page and the comparisons too
    (those took a range of days alone until stop 62, which the page said). `now`: the moment a period counts back from (said under the periods)."""
    body = filters_block(DONORS_PATH, view, lang, now=now)
    filtered = view.flt != PledgeFilter()
    if filtered:
        body += f'<p class="note donors-filtered">{e(w(lang, "donors_filtered"))}</p>'
    if not donors:
        empty = "donors_none_match" if filtered else "donors_none_in_range" if view.has_range else "donors_none"
        body += f'<p class="empty">{e(w(lang, empty))}</p>'
    else:
        items = "".join(f'<li>{_donor_link(code, view, lang)} · {e(counted(lang, "donor_records", count))}</li>'
                        for code, count in donors)
        body += f'<p class="note">{e(w(lang, "donors_intro"))}</p><ul class="donors">{items}</ul>'
    body += _compare_section([code for code, _ in donors], view, lang)
    return layout(DONORS_PATH, view, lang, w(lang, "donors_title"), body)
