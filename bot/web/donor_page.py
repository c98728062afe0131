"""The page of one donor (/donors/<code>), from what WebData.donor_record read. Pure.

A researcher following one donor over months needs its record in one place: how many
commitments were reported each month and how many deliveries, what was committed against what
was reported delivered per category and currency, when it was first and last reported, and its
latest pledges, each month linking to that month's list (a range of days, so the link cites the
same records tomorrow). The filter words (a category, a system, a status, a period) and a range
of days (`from`, `to`) narrow the whole page, as they narrow the list; its links keep them.
Until stop 62 the page took a range of days alone ("Germany's tanks over time" could not be
asked), and every other page's link to it dropped the other filters, saying so.
"""

from __future__ import annotations

import calendar
from dataclasses import replace
from datetime import date, datetime, timedelta

from bot.core.iso_times import UTC_MINUTE
from bot.core.pledges.donors.donor_grammar import donor_words
from bot.core.pledges.listing.totals import COMMITMENT_STATUSES
from bot.core.pledges.listing.words import category_words, donor_name, status_words
from bot.web.deliveries import Split, percent
from bot.web.markup import clip, e
from bot.web.pages import (
    MAX_ITEM_CHARS,
    MAX_NAME_CHARS,
    a,
    cite_block,
    deliveries_section,
    filters_block,
    layout,
    swatch,
    whole,
)
from bot.web.params import COMPARE_PATH, View, filter_words, link
from bot.web.texts import figure, w


def donor_path(donor: str, view: View) -> str:
    """The address of a donor's page in the view's language, filter words and period or range of
    days, under its root (the words' own donor left out: the page's donor is in its path)."""
    return link(f"/donors/{donor}", View(flt=replace(view.flt, donor=None), lang=view.lang, root=view.root,
                                         first_day=view.first_day, last_day=view.last_day))


def _words_only(view: View) -> View:
    """The view's filter words without its period or range, in its language: what a link giving
    days of its own (a month's) keeps."""
    return View(flt=replace(view.flt, days=None, period=None), lang=view.lang, root=view.root)


def period_start(view: View, now: datetime | None) -> date | None:
    """The first day the view counts: its range's, or its period's (the whole of that day; the
    period starts at `now`'s time of it, and a month's link names whole days)."""
    if view.flt.days and now is not None:
        return (now - timedelta(days=view.flt.days)).date()
    return view.first_day


def month_days(month: str) -> tuple[date, date]:
    """The first and last day of "2026-03"."""
    year, number = int(month[:4]), int(month[5:7])
    return date(year, number, 1), date(year, number, calendar.monthrange(year, number)[1])


def month_rows(months: list[dict]) -> list[tuple[str, dict[str, int]]]:
    """(month, {committed, delivered, others, units_committed, units_delivered}) newest first."""
    table: dict[str, dict[str, int]] = {}
    for row in months:
        cells = table.setdefault(row["month"], dict.fromkeys(
            ("committed", "delivered", "others", "units_committed", "units_delivered"), 0))
        status = row["status"] or "pledged"
        if status in COMMITMENT_STATUSES:
            cells["committed"] += row["n"]
            cells["units_committed"] += int(row["units"] or 0)
            if status == "delivered":
                cells["delivered"] += row["n"]
                cells["units_delivered"] += int(row["units"] or 0)
        else:
            cells["others"] += row["n"]
    return sorted(table.items(), reverse=True)


def _months_table(donor: str, months: list[dict], view: View, lang: str, shown_months: int,
                  now: datetime | None) -> str:
    rows = month_rows(months)
    if not rows:
        return f'<p class="empty">{e(w(lang, "none"))}</p>'
    lines = []
    for month, cells in rows:
        first, last = month_days(month)
        # Clipped to the view's own range or period, and with its filter words: the month's link
        # lists what its row counts.
        start = period_start(view, now)
        first = max(first, start) if start else first
        last = min(last, view.last_day) if view.last_day else last
        to_list = link("/pledges", _words_only(view), donor=donor, first_day=first, last_day=last)
        label = f'{e(month)}<span class="vh"> ({e(w(lang, "month_list", month=month))})</span>'
        lines.append(f'<tr><th scope="row">{a(to_list, label)}</th>'
                     f'<td class="num">{figure(cells["committed"], lang)}</td>'
                     f'<td class="num">{figure(cells["delivered"], lang)}</td>'
                     f'<td class="num">{e(percent(Split(cells["committed"], cells["delivered"]).share(), lang))}</td>'
                     f'<td class="num">{figure(cells["others"], lang)}</td>'
                     f'<td class="num">{whole(cells["units_committed"], lang)}</td>'
                     f'<td class="num">{whole(cells["units_delivered"], lang)}</td></tr>')
    head = "".join(f'<th scope="col">{e(w(lang, key))}</th>' for key in (
        "month_col", "committed_col", "delivered_col", "share_col", "others_col", "units_committed_col",
        "units_delivered_col"))
    more = (f'<p class="note">{e(w(lang, "months_more", shown=shown_months))}</p>'
            if len(rows) >= shown_months else "")
    return (f'<table class="totals months"><caption>{e(w(lang, "months_caption", **donor_words(donor, lang)))}</caption>'
            f'<thead><tr>{head}</tr></thead><tbody>{"".join(lines)}</tbody></table>{more}')


def _latest_pledges(rows: list[dict], view: View, lang: str) -> str:
    if not rows:
        return ""
    items = []
    for row in rows:
        category = row.get("category") or ""
        what = e(category_words(category, lang))
        if row.get("system"):
            what += " " + e(clip(row["system"], MAX_NAME_CHARS))
        elif row.get("item"):
            what += " " + e(clip(row["item"], MAX_ITEM_CHARS))
        if row.get("quantity"):
            what += f" ×{whole(row['quantity'], lang)}"
        record = a(link(f"/pledges/{int(row['id'])}", View(lang=view.lang, root=view.root)),
                   e(w(lang, "pledge_link", id=int(row["id"]))))
        items.append(f'<li>{e(str(row.get("reported_at") or "")[:10])} — {swatch(category)}{what} — '
                     f'<span class="st-{e(row.get("status") or "")}">{e(status_words(row.get("status") or "", lang))}'
                     f'</span> — {record}</li>')
    return (f'<section><h2>{e(w(lang, "donor_latest_title"))}</h2><ul class="latest">{"".join(items)}</ul>'
            "</section>")


def _feed(donor: str, view: View) -> str:
    """The Atom feed of the donor's new pledges the page's filter words keep, in the page's
    language: to follow it from a feed reader. Without the page's period or range: a feed follows
    what comes next."""
    return link("/pledges.atom", _words_only(view), donor=donor)


def _compare_form(donor: str, view: View, lang: str) -> str:
    """A second donor to set beside this one (/donors/compare), under the page's filter words and
    period or range of days."""
    kept = {"a": donor, "q": filter_words(view.flt), "from": view.first_day and view.first_day.isoformat(),
            "to": view.last_day and view.last_day.isoformat(), "lang": view.lang}
    hidden = "".join(f'<input type="hidden" name="{name}" value="{e(value)}">' for name, value in kept.items() if value)
    # Never the page's own donor: France's page offered to compare France with "france".
    example = "donor_example_a" if donor == "FR" else "donor_example_b"
    return (f'<form method="get" action="{e(view.root + COMPARE_PATH)}" class="words compare">{hidden}'
            f'<label>{e(w(lang, "compare_link", **donor_words(donor, lang)))} <input type="text" name="b" '
            f'maxlength="40" required placeholder="{e(w(lang, example))}"></label> '
            f'<button type="submit">{e(w(lang, "compare_go"))}</button></form>')


def _moment(value: datetime | None) -> str:
    return value.strftime(UTC_MINUTE) if value else ""


def donor_page(found: dict, view: View, lang: str, shown_months: int, now: datetime | None = None) -> str:
    """The page; `view` holds the filter words without a donor (params.without_page_donors), and
    `now` is the moment a period counts back from."""
    donor = found["donor"]
    name = donor_name(donor, lang)
    table = found["deliveries"]
    split = table.get(donor)
    committed = sum(r.committed for r in split.records.values()) if split else 0
    delivered = sum(r.delivered for r in split.records.values()) if split else 0
    path = f"/donors/{donor}"
    body = [filters_block(path, view, lang, now=now, example="donor_words_example")]
    if found["latest"] is not None:
        summary = w(lang, "donor_summary", committed=int(committed), delivered=int(delivered),
                    share=percent(Split(committed, delivered).share(), lang), first=_moment(found["first"])[:10],
                    last=_moment(found["latest"])[:10])
        body.append(f'<p class="count">{e(summary)}</p>')
        body.append(f'<p class="note asof">{e(w(lang, "latest_report", when=_moment(found["latest"])))}</p>')
        body.append(cite_block(path, view, lang, now and now.date(), now=now))
    records = sum(found["status_counts"].values())
    # The page's links to the list and Totals keep its filters (and language).
    in_list = link("/pledges", view, donor=donor)
    on_totals = link("/totals", view, donor=donor)
    body.append(f'<p class="downloads">{a(in_list, e(w(lang, "donor_all_pledges", count=figure(records, lang), **donor_words(donor, lang))))} · '
                f'{a(on_totals, e(w(lang, "donor_totals", donor=name)))} · '
                f'{a(_feed(donor, view), e(w(lang, "donor_feed", **donor_words(donor, lang))), cls="dl-atom")}</p>')
    body.append(_compare_form(donor, view, lang))
    body.append(f'<section><h2>{e(w(lang, "months_title"))}</h2>'
                f'{_months_table(donor, found["months"], view, lang, shown_months, now)}</section>')
    if split:
        # The filters narrow these counts, so their link to the list keeps them too.
        body.append(deliveries_section({donor: split}, view, lang, title_key="donor_categories_title"))
    body.append(_latest_pledges(found["pledges"], view, lang))
    return layout(path, view, lang, w(lang, "donor_title", donor=name), "".join(body), menu_donor=donor)
