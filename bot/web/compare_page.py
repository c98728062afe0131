"""The page comparing two donors (/donors/compare?a=DE&b=FR), from what WebData.donor_pair
read. Pure.

A researcher's most common question is one donor against another over a span of time
("Germany against France over 2026"). The page sets the two side by side as each donor's
own page counts them: committed records against those reported delivered, per category and
per month, and money per currency, each currency on a row of its own (never converted, so
never added across currencies). A count of a donor links to that donor's records in the
list, under the page's filter words and within its period or range of days (both since stop 62;
it took a range of days alone), so a figure can be checked record by record, wherever
the list holds just what the count counts: a delivered count links the list of delivered
records; a committed count (pledged, delivered and ordered from industry, which no list filter
gives as one) links the donor's list only where that donor has no discussed or refused record
in the count's scope (the whole range, the category, the month), and is plain text elsewhere,
so no link opens a list longer than its number.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from bot.core.iso_times import UTC_MINUTE
from bot.core.pledges.donors.donor_grammar import donor_words
from bot.core.pledges.listing.filters import PledgeFilter
from bot.core.pledges.listing.totals import COMMITMENT_STATUSES
from bot.core.pledges.listing.words import category_words, donor_name
from bot.web.deliveries import DonorDeliveries, Split, percent
from bot.web.donor_page import donor_path, month_days, month_rows, period_start
from bot.web.markup import e
from bot.web.pages import a, active_filters, cite_block, day_fields, flag, layout, period_since, swatch
from bot.web.params import COMPARE_PATH, View, filter_words, link
from bot.web.shown_order import counted_most_first
from bot.web.texts import figure, w


def compare_path(donors: tuple[str, str], view: View, **changes: object) -> str:
    """The comparison's address, in the view's language, filter words and period or range of days,
    with `changes` as link() takes them (a filter taken off, other days), under its root."""
    target = link(COMPARE_PATH, View(flt=replace(view.flt, donor=None), lang=view.lang, root=view.root,
                                     first_day=view.first_day, last_day=view.last_day), **changes)
    pair = f"a={donors[0]}&b={donors[1]}"
    return f"{target}&{pair}" if "?" in target else f"{target}?{pair}"


def _list_link(donor: str, view: View, text: str, hidden: str, **filters: object) -> str:
    """`text` linked to the donor's records in the list (under the view's filters, or with the
    days given), with `hidden` words telling a screen reader what the number counts."""
    href = link("/pledges", view, donor=donor, **filters)
    return a(href, f'{text}<span class="vh"> ({e(hidden)})</span>')


def _records(split: DonorDeliveries | None) -> Split:
    if split is None:
        return Split()
    return Split(sum(r.committed for r in split.records.values()), sum(r.delivered for r in split.records.values()))


def _two_heads(names: list[str], columns: list[str], first: str, lang: str) -> str:
    """Two header rows: `first` over both, then each donor's name over its `columns`."""
    top = "".join(f'<th scope="colgroup" colspan="{len(columns)}">{e(name)}</th>' for name in names)
    below = "".join(f'<th scope="col">{e(w(lang, key))}</th>' for _ in names for key in columns)
    return (f'<thead><tr><th scope="col" rowspan="2">{e(w(lang, first))}</th>{top}</tr>'
            f'<tr>{below}</tr></thead>')


def _summary(found: list[dict], names: list[str], view: View, lang: str) -> str:
    rows: dict[str, list[str]] = {key: [] for key in (
        "committed_col", "delivered_col", "share_col", "others_col", "first_report", "latest_report_col")}
    for donor_found in found:
        donor = donor_found["donor"]
        records = _records(donor_found["deliveries"].get(donor))
        others = sum(n for status, n in donor_found["status_counts"].items()
                     if status not in COMMITMENT_STATUSES)
        rows["committed_col"].append(_list_link(donor, view, figure(records.committed, lang),
                                                w(lang, "compare_list_of", **donor_words(donor, lang)))
                                     if not others else figure(records.committed, lang))
        # A count of none is not linked: its link led to a list saying nothing matched.
        rows["delivered_col"].append(_list_link(donor, view, figure(records.delivered, lang),
                                                w(lang, "compare_delivered_of", **donor_words(donor, lang)), status="delivered")
                                     if records.delivered else figure(0, lang))
        rows["share_col"].append(e(percent(records.share(), lang)))
        rows["others_col"].append(figure(others, lang))
        rows["first_report"].append(e(_moment(donor_found["first"])[:10]))
        rows["latest_report_col"].append(e(_moment(donor_found["latest"])))
    head = "".join(f'<th scope="col">{e(name)}</th>' for name in names)
    body = "".join(f'<tr><th scope="row">{e(w(lang, key))}</th>'
                   + "".join(f'<td class="num">{cell}</td>' for cell in cells) + "</tr>"
                   for key, cells in rows.items())
    return (f'<table class="totals compare"><caption>{e(w(lang, "compare_summary_caption"))}</caption>'
            f'<thead><tr><th scope="col">{e(w(lang, "records_col"))}</th>{head}</tr></thead>'
            f'<tbody>{body}</tbody></table>')


def _categories(found: list[dict], names: list[str], view: View, lang: str) -> str:
    splits = [donor_found["deliveries"].get(donor_found["donor"]) for donor_found in found]
    totals = [(split.records if split else {}) for split in splits]
    units = [(split.units if split else {}) for split in splits]
    committed = {c: sum(records[c].committed for records in totals if c in records)
                 for records in totals for c in records}
    categories = [c for c, _ in counted_most_first(committed, "category", lang)]
    if not categories:
        return f'<p class="empty">{e(w(lang, "none"))}</p>'
    lines = []
    for category in categories:
        cells = []
        for donor_found, name, records, unit in zip(found, names, totals, units):
            split, counted = records.get(category, Split()), unit.get(category, Split())
            words = category_words(category, lang)
            exact = not donor_found.get("category_others", {}).get(category)  # the list holds just these
            committed = (_list_link(donor_found["donor"], view, figure(split.committed, lang),
                                    w(lang, "compare_category_of", donor=name, category=words), category=category)
                         if split.committed and category != "?" and exact else figure(split.committed, lang))
            cells.append(f'<td class="num">{committed}</td><td class="num">{figure(split.delivered, lang)}</td>'
                         f'<td class="num">{e(percent(split.share(), lang))}</td>'
                         f'<td class="num">{figure(counted.committed, lang) if counted.committed else ""}</td>')
        lines.append(f'<tr><th scope="row">{swatch(category)}{e(category_words(category, lang))}</th>'
                     f'{"".join(cells)}</tr>')
    head = _two_heads(names, ["committed_col", "delivered_col", "share_col", "units_committed_col"], "category", lang)
    return (f'<table class="totals compare"><caption>{e(w(lang, "compare_category_caption"))}</caption>'
            f'{head}<tbody>{"".join(lines)}</tbody></table>')


def _money(found: list[dict], names: list[str], lang: str) -> str:
    money = [(split.money if (split := donor_found["deliveries"].get(donor_found["donor"])) else {})
             for donor_found in found]
    currencies = sorted({c for sums in money for c in sums})
    if not currencies:
        return ""
    lines = []
    for currency in currencies:
        cells = []
        for sums in money:
            split = sums.get(currency)
            if split is None:  # nothing in this currency: not a zero of it
                cells.append('<td class="num">–</td><td class="num">–</td><td class="num">–</td>')
                continue
            cells.append(f'<td class="num">{e(figure(split.committed, lang))}</td>'
                         f'<td class="num">{e(figure(split.delivered, lang))}</td>'
                         f'<td class="num">{e(percent(split.share(), lang))}</td>')
        lines.append(f'<tr><th scope="row">{e(currency)}</th>{"".join(cells)}</tr>')
    head = _two_heads(names, ["money_committed_col", "money_delivered_col", "share_col"], "currency", lang)
    return (f'<table class="totals compare"><caption>{e(w(lang, "compare_money_caption"))}</caption>'
            f'{head}<tbody>{"".join(lines)}</tbody></table>')


def _months(found: list[dict], names: list[str], view: View, lang: str, shown_months: int,
            now: datetime | None) -> str:
    tables = [dict(month_rows(donor_found["months"])) for donor_found in found]
    months = sorted({m for table in tables for m in table}, reverse=True)[:shown_months]
    if not months:
        return f'<p class="empty">{e(w(lang, "none"))}</p>'
    empty = dict.fromkeys(("committed", "delivered"), 0)
    lines = []
    for month in months:
        first, last = month_days(month)
        # Clipped to the page's own range or period: the link lists what the cell counts.
        start = period_start(view, now)
        first = max(first, start) if start else first
        last = min(last, view.last_day) if view.last_day else last
        cells = []
        for donor_found, name, table in zip(found, names, tables):
            row = table.get(month, empty)
            committed = (_list_link(donor_found["donor"], view, figure(row["committed"], lang),
                                    w(lang, "compare_month_of", donor=name, month=month), first_day=first,
                                    last_day=last) if row["committed"] and not row["others"]
                         else figure(row["committed"], lang))
            cells.append(f'<td class="num">{committed}</td><td class="num">{figure(row["delivered"], lang)}</td>')
        lines.append(f'<tr><th scope="row">{e(month)}</th>{"".join(cells)}</tr>')
    head = _two_heads(names, ["committed_col", "delivered_col"], "month_col", lang)
    more = (f'<p class="note">{e(w(lang, "months_more", shown=shown_months))}</p>'
            if len(months) >= shown_months else "")
    return (f'<table class="totals compare months"><caption>{e(w(lang, "compare_months_caption"))}</caption>'
            f'{head}<tbody>{"".join(lines)}</tbody></table>{more}')


def _form(donors: tuple[str, str], view: View, lang: str, now: datetime | None) -> str:
    """The two donors, the filter words and the range of days, changeable; the filters chosen,
    each with a link removing it."""
    chosen = active_filters(lambda **changes: compare_path(donors, view, **changes), view, lang)
    fields = "".join(f'<label>{e(w(lang, key))} <input type="text" name="{name}" value="{e(donor)}" maxlength="40" '
                     f'required></label> ' for name, key, donor in (("a", "compare_a", donors[0]),
                                                                     ("b", "compare_b", donors[1])))
    fields += (f'<label>{e(w(lang, "filter_words"))} <input type="text" name="q" maxlength="200" '
               f'value="{e(filter_words(view.flt))}" placeholder="{e(w(lang, "donor_words_example"))}"></label> ')
    hidden = f'<input type="hidden" name="lang" value="{e(view.lang)}">' if view.lang else ""
    return (f'<section class="filters" aria-label="{e(w(lang, "filters"))}">{chosen}{period_since(view, lang, now)}'
            f'<form method="get" action="{e(view.root + COMPARE_PATH)}" class="words">{fields}'
            f'{day_fields(view, lang)}{hidden}<button type="submit">{e(w(lang, "apply"))}</button></form></section>')


def _moment(value: datetime | None) -> str:
    return value.strftime(UTC_MINUTE) if value else ""


def compare_page(found: list[dict], view: View, lang: str, shown_months: int, now: datetime | None = None) -> str:
    """The page; `view` holds the filter words without a donor (params.without_page_donors), and
    `now` is the moment a period counts back from."""
    donors = (found[0]["donor"], found[1]["donor"])
    names = [donor_name(donor, lang) for donor in donors]
    title = w(lang, "compare_title", a=names[0], b=names[1])
    body = [_form(donors, view, lang, now)]
    latest = max((f["latest"] for f in found if f["latest"] is not None), default=None)
    if latest is not None:
        body.append(f'<p class="note asof">{e(w(lang, "latest_report", when=_moment(latest)))}</p>')
        body.append(cite_block(COMPARE_PATH, view, lang, now and now.date(), pinned=f"a={donors[0]}&b={donors[1]}",
                               now=now))
    else:
        # A range holding neither donor's records: said, above tables of noughts and blank days.
        the = [donor_words(donor, lang)["the_donor"] for donor in donors]  # "ni l'Allemagne ni la France"
        empty = "compare_none_match" if view.flt != PledgeFilter() else "compare_none_in_range"
        body.append(f'<p class="empty">{e(w(lang, empty, a=the[0], b=the[1]))}</p>')
    pages = " · ".join(a(donor_path(donor, view), f'<span aria-hidden="true">{flag(donor)}</span> '
                                                           f'{e(w(lang, "donor_page_link", donor=name))}')
                       for donor, name in zip(donors, names))
    body.append(f'<p class="downloads">{pages}</p>')
    body.append(f'<section><h2>{e(w(lang, "compare_summary_title"))}</h2><p class="note">'
                f'{e(w(lang, "delivery_note"))}</p>{_summary(found, names, view, lang)}</section>')
    body.append(f'<section><h2>{e(w(lang, "donor_categories_title"))}</h2>'
                f'{_categories(found, names, view, lang)}{_money(found, names, lang)}</section>')
    body.append(f'<section><h2>{e(w(lang, "months_title"))}</h2>'
                f'{_months(found, names, view, lang, shown_months, now)}</section>')
    # The language links keep the two donors, which the view does not hold.
    return layout(COMPARE_PATH, view, lang, title, "".join(body), pinned=f"a={donors[0]}&b={donors[1]}")
