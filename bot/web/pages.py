"""The HTML of each page, from rows the store gave. Pure: no I/O, no clock.

Every string that came from a feed (titles, outlet names, evidence sentences, URLs) goes
through bot/web/markup.py before it is part of the page (escaped, cut to a length, without
direction overrides), and a URL becomes a link only when it is http(s): a `javascript:`
link in a feed stays text. A status or category becomes a filter link only when a filter
word names it (an older pledgewatch's "requested" does not). The pages work without JavaScript
(there is none: the Content-Security-Policy forbids scripts); filters are links and one
GET form, nothing writes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta
from functools import lru_cache

from bot.core.iso_times import UTC_MINUTE
from bot.core.pledges.listing.filters import FILTER_CATEGORIES, PledgeFilter
from bot.core.pledges.listing.totals import PledgeTotals, commitments_and_others, ranked
from bot.web.shown_order import counted_most_first, most_first
from bot.core.pledges.listing.words import STATUS_WORDS, category_words, donor_name, money_words, status_words
from bot.web.chart import CATEGORY_COLOURS, legend, stacked_bars
from bot.web.deliveries import DonorDeliveries, Split, percent
from bot.web.markup import clip, e, safe_href
from bot.web.params import DAY_PATTERNS, LANGS, View, filter_words, filterable, link
from bot.web.texts import LANGUAGE_NAMES, counted, figure, w

PERIODS = ("7d", "30d", "6m", "1y")
PERIOD_DAYS = {"7d": 7, "30d": 30, "6m": 180, "1y": 365}
MAX_CHART_BARS = 20
MAX_EVIDENCE_CHARS = 400
# Feed text beyond these is cut with "…" (the downloads keep it whole).
MAX_TITLE_CHARS = 300
MAX_ITEM_CHARS = 120
MAX_NAME_CHARS = 80  # an outlet's name, a system's
# A pledge or a story lists this many of its articles, and counts the rest (the downloads
# keep them all). A feed that gives its items new links on every poll adds an article per
# item and poll to one story: 1,000 made one row of /pledges 95 KB, and they kept coming.
MAX_SOURCES_SHOWN = 10


def flag(code: str) -> str:
    """The flag emoji of a two-letter country code (and the EU's); none for NATO, G7..."""
    if len(code) == 2 and code.isascii() and code.isalpha():
        return "".join(chr(0x1F1E6 + ord(c) - ord("A")) for c in code.upper())
    return ""


def _a(href: str, text: str, *, cls: str = "", rel_external: bool = False, title: str = "",
       current: bool = False) -> str:
    """A link; `current`: it leads to the page or choice shown (aria-current), which the
    "here" class marks by weight or underline, never by colour alone."""
    attrs = f' class="{cls}"' if cls else ""
    if current:
        attrs += ' aria-current="page"' 
    if title:
        attrs += f' title="{e(title)}"'
    if rel_external:
        attrs += ' rel="noopener noreferrer nofollow"'
    return f'<a href="{e(href)}"{attrs}>{text}</a>'


a = _a  # for the pages of one record (pledge_page.py, story_page.py)

# A language tag as HTML's lang attribute takes it ("de", "pt-BR"); anything else a feed
# stored ("German", "??") is not one.
_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}")


def language_attribute(code: object) -> str:
    """` lang="de"` for text in the language an article gave, so a screen reader speaks a
    German title as German on an English page; "" when it gave none that is a tag."""
    text = str(code or "")
    return f' lang="{e(text)}"' if _LANGUAGE_TAG.fullmatch(text) else ""


def title_language(title: object, url: object, articles: Sequence[dict], every_language: Sequence[str] = ()) -> str:
    """The language of a story's title, which is its first article's: that article's among
    `articles` (by its address, else its title), else the story's one language when all its
    articles are in one (`every_language`); "" when neither tells it. A French title on the
    German pages was read out as German."""
    for article in articles:
        if (url and article.get("url") == url) or (title and article.get("title") == title):
            return str(article.get("lang") or "")
    return every_language[0] if len(every_language) == 1 else ""


def swatch(category: str) -> str:
    """A category's colour square: decoration only (the category's words are beside it), so
    hidden from screen readers."""
    return f'<span class="swatch cat-{e(category)}" aria-hidden="true"></span>'


def category_chip(category: str, lang: str, view: View) -> str:
    """The category's colour and words, linked to its pledges when a filter word names it."""
    return _filter_link(view, "category", category, f"{swatch(category)}{e(category_words(category, lang))}",
                        cls="chip")


def status_chip(status: str, lang: str) -> str:
    """The status in words, in its colour (never the colour alone)."""
    return f'<span class="st-{e(status)}">{e(status_words(status, lang))}</span>'


# Each table of a page, whichever part of it wrote it, goes in a box that scrolls sideways on a
# narrow screen (style.py's .wide): a table wider than a phone made the whole page scroll, the
# menu and the filters with it. Feed text cannot open a table: it is escaped (markup.py).
_TABLE = re.compile(r"(<table\b.*?</table>)", re.DOTALL)


def layout(path: str, view: View, lang: str, title: str, body: str, pinned: str = "", title_lang: str = "",
           menu_donor: str | None = None) -> str:
    """The page around `body`. `pinned`: query parameters the view does not hold but the page's
    own address needs ("a=DE&b=FR" of the comparison), kept by the links to its other languages.
    `title_lang`: the language of a title that is an article's (a story's page), said on its
    heading as the articles' titles say theirs. `menu_donor`: the donor of a donor's page, whose
    address holds it: the menu's links to the list, Totals and Stories filter by it, as they
    would from its list."""
    # Every list keeps the filter from one to the other: the stories and the donors take the
    # filter words too (the stories holding such a pledge, the donors counting such records).
    # Until stop 61 the link to the stories kept the period alone and the donors' the range
    # alone: a donor chosen on the list was dropped on the way, without a word.
    def nav_link(p: str, key: str) -> str:
        # (The list of donors is every donor's: not narrowed to the page's own.)
        flt = replace(view.flt, donor=menu_donor) if menu_donor and p != "/donors" else view.flt
        target = link(p, View(flt=flt, lang=view.lang, root=view.root, first_day=view.first_day,
                              last_day=view.last_day))
        return _a(target, e(w(lang, key)), cls="here" if p == path else "", current=p == path)

    nav = "".join(f"<li>{nav_link(p, key)}</li>" for p, key in (
        ("/pledges", "nav_pledges"), ("/totals", "nav_totals"), ("/donors", "nav_donors"), ("/stories", "nav_stories")))
    # The site's name leads home in the language the URL chose (it dropped it: a reader of
    # the German pages on an English browser was taken back to English).
    home = link("/pledges", View(lang=view.lang, root=view.root))
    # The same page in each other language, each named in its own (a German reader looks
    # for "Deutsch", not for "German" or "Allemand").
    def same_page(other: str) -> str:
        target = link(path, view, lang=other)
        return f'{target}{"&" if "?" in target else "?"}{pinned}' if pinned else target

    body = _TABLE.sub(r'<div class="wide">\1</div>', body)
    switch = "".join(f'<a href="{e(same_page(other))}" class="lang" lang="{other}" hreflang="{other}">'
                     f'{e(LANGUAGE_NAMES[other])}</a>' for other in LANGS if other != lang)
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<title>{e(title)} · pledgewatch</title><link rel="stylesheet" href="{e(view.root)}/style.css">'
        f'<link rel="alternate" type="application/atom+xml" title="{e(w(lang, "feed"))}" '
        f'href="{e(link("/pledges.atom", View(lang=view.lang, root=view.root)))}">'
        f'</head><body><a class="skip" href="#content">{e(w(lang, "skip_to_content"))}</a>'
        f'<header><p class="site">{_a(home, "pledgewatch")} '
        f'<span>{e(w(lang, "tagline"))}</span></p><nav><ul>{nav}</ul>{switch}</nav></header>'
        f'<main id="content"><h1{language_attribute(title_lang)}>{e(title)}</h1>{body}</main></body></html>\n'
    )


# -- filters --------------------------------------------------------------------------


def _active_filters(path: str, view: View, lang: str) -> str:
    return active_filters(lambda **changes: link(path, view, **changes), view, lang)


def active_filters(without: Callable[..., str], view: View, lang: str) -> str:
    """The filters set, each with a link removing it: `without(**changes)` is the page's address
    with those changes as link() takes them (the comparison's address also carries its donors)."""
    flt = view.flt
    shown = []
    for field, text in (("donor", flt.donor and f"{flag(flt.donor)} {donor_name(flt.donor, lang)}"),
                        ("category", flt.category and category_words(flt.category, lang)),
                        ("system", flt.system), ("status", flt.status and status_words(flt.status, lang)),
                        ("days", flt.period and _period_name(flt.period, lang))):
        if text:
            # "×" alone told a screen reader nothing: the words say which filter goes.
            remove = (f'<span aria-hidden="true">×</span>'
                      f'<span class="vh">{e(w(lang, "remove_what", what=text.strip()))}</span>')
            removing = _a(without(**{field: None}), remove, cls="remove", title=w(lang, "remove"))
            shown.append(f"<li>{e(text.strip())} {removing}</li>")
    if view.has_range:
        text = range_words(view, lang)
        remove = (f'<span aria-hidden="true">×</span>'
                  f'<span class="vh">{e(w(lang, "remove_what", what=text))}</span>')
        removing = _a(without(first_day=None, last_day=None), remove, cls="remove", title=w(lang, "remove"))
        shown.append(f"<li>{e(text)} {removing}</li>")
    return f'<ul class="active">{"".join(shown)}</ul>' if shown else ""


def _period_name(period: str, lang: str) -> str:
    """A period as its link names it ("30 Tage"); other periods (12w) as their filter word."""
    return w(lang, f"period_{period}") if period in PERIODS else period


def period_since(view: View, lang: str, now: datetime | None) -> str:
    """What the view's period counts, said under the periods: back from `now` by whole 24 hours,
    over the time each record was first reported, from the moment given in UTC ("7 days: first
    reported since 2026-11-30 11:31 UTC, 7 × 24 hours before now"). The same on every page:
    "7 days" counted pledges by their first report and stories by when the bot first saw them,
    so the stories of a week held pledges that the week's list did not. A reader cannot tell a
    rolling week from calendar days, nor whose time zone, unless the page says it; "" without
    a period or `now`."""
    if not view.flt.days or now is None:
        return ""
    since = (now - timedelta(days=view.flt.days)).strftime(UTC_MINUTE)
    words = w(lang, "period_since", period=_period_name(view.flt.period or "", lang), since=since, days=view.flt.days)
    return f'<p class="note period-since">{e(words)}</p>'


def range_words(view: View, lang: str) -> str:
    """The view's range of days in words ("2026-03-01 to 2026-05-31"); "" without one."""
    first, last = view.first_day and view.first_day.isoformat(), view.last_day and view.last_day.isoformat()
    if first and last:
        return w(lang, "range_both", first=first, last=last)
    if first or last:
        return w(lang, "range_from", first=first) if first else w(lang, "range_to", last=last)
    return ""


def _label(lang: str, key: str) -> str:
    """A row's label with its colon as the language writes it ("Période :", with the space
    French puts before a colon, as chat's French replies do)."""
    return e(w(lang, key) + w(lang, "colon").rstrip())


def _period_links(path: str, view: View, lang: str) -> str:
    every_day = not view.flt.days and not view.has_range
    items = [_a(link(path, view, days=None), e(w(lang, "all_time")), cls="here" if every_day else "",
                current=every_day)]
    for period in PERIODS:
        here = view.flt.period == period
        # In words ("30 Tage"), the filter word ("30d") as the link's title: the page named its
        # periods by the filter words in every language.
        items.append(_a(link(path, view, days=PERIOD_DAYS[period], period=period), e(w(lang, f"period_{period}")),
                        cls="here" if here else "", title=period, current=here))
    return f'<p class="choices"><span>{_label(lang, "period")}</span> {" ".join(items)}</p>'


def _status_links(path: str, view: View, lang: str) -> str:
    items = [_a(link(path, view, status=s), e(status_words(s, lang)), cls="here" if view.flt.status == s else "",
                current=view.flt.status == s)
             for s in STATUS_WORDS if s != "requested"]
    return f'<p class="choices"><span>{_label(lang, "status")}</span> {" ".join(items)}</p>'


def _category_links(path: str, view: View, lang: str) -> str:
    items = [_a(link(path, view, category=c), f'{swatch(c)}{e(category_words(c, lang))}',
                cls="here" if view.flt.category == c else "", current=view.flt.category == c)
             for c in FILTER_CATEGORIES]
    return f'<p class="choices"><span>{_label(lang, "category")}</span> {" ".join(items)}</p>'


def _filter_form(path: str, view: View, lang: str, example: str = "words_example") -> str:
    # What the words do not say is kept as the filter links keep it: the list's order (the
    # form dropped it) and the language asked in the URL.
    kept = {"sort": view.sort if path == "/pledges" and view.sort != "newest" else None, "lang": view.lang}
    hidden = "".join(f'<input type="hidden" name="{name}" value="{e(value)}">' for name, value in kept.items() if value)
    return (f'<form method="get" action="{e(view.root + path)}" class="words"><label>{e(w(lang, "filter_words"))} '
            f'<input type="text" name="q" maxlength="200" value="{e(filter_words(view.flt))}" '
            f'placeholder="{e(w(lang, example))}"></label> {day_fields(view, lang)}{hidden}'
            f'<button type="submit">{e(w(lang, "apply"))}</button></form>')


def day_fields(view: View, lang: str) -> str:
    """The range of days as two text fields, the forms of a day they take said beside them in
    the page's language (YYYY-MM-DD, and 31/03/2026 on a French page: params.DAY_FORMS). Not
    date fields: those show a day in the browser's locale's order whatever the page's language.
    No numeric inputmode: a phone's number pad has no "-", "/" or ".". Left empty, they send
    `from=`, read as no bound."""
    days = "".join(
        f'<label>{e(w(lang, key))} <input type="text" name="{name}" value="{e(day.isoformat() if day else "")}" '
        f'size="10" maxlength="10" autocomplete="off" '
        f'placeholder="{e(w(lang, "day_placeholder"))}" pattern="{e(DAY_PATTERNS[lang])}" '
        f'title="{e(w(lang, "day_format"))}" aria-describedby="day-format"></label> '
        for name, key, day in (("from", "from_day", view.first_day), ("to", "to_day", view.last_day)))
    return (f'<fieldset class="days"><legend>{e(w(lang, "days_range"))}</legend>{days}'
            f'<span class="note" id="day-format">{e(w(lang, "day_format"))}</span></fieldset>')


def filters_block(path: str, view: View, lang: str, *, now: datetime | None = None,
                  example: str = "words_example") -> str:
    """The filters of a list: those set, the periods, and the other choices. Given `now`, a
    period chosen says from what moment it counts. The stories and the donors have all of them
    since stop 61 (they had the periods and the days alone), a donor's page since stop 62 (its
    donor in its path: `example` names the words field's example, one without a donor)."""
    parts = [_active_filters(path, view, lang), _period_links(path, view, lang), period_since(view, lang, now)]
    if view.set_aside:
        parts.insert(1, f'<p class="note set-aside">'
                        f'{e(w(lang, "period_set_aside", period=view.set_aside, range=range_words(view, lang)))}</p>')
    parts += [_category_links(path, view, lang), _status_links(path, view, lang),
              _filter_form(path, view, lang, example)]
    return f'<section class="filters" aria-label="{e(w(lang, "filters"))}">{"".join(parts)}</section>'


def last_page(total: int, page_size: int) -> int:
    """The number of the last page of `total` rows (1 when there are none: an empty view
    still has its page, saying so)."""
    return max(1, -(-total // page_size))


def pager(path: str, view: View, lang: str, total: int, page_size: int) -> str:
    """The page's place among the view's pages, with the previous and next ones and, further off,
    the first and the last: 64k pledges are 1,280 pages, and the oldest were a thousand "next"s
    away (or an address typed by hand). Nothing at all to page through: no pager ("page 1 of 1"
    under "No stories recorded yet" on a first run's pages was one more figure saying nothing)."""
    if total == 0:
        return ""
    pages = last_page(total, page_size)
    first = (_a(link(path, view, page=1), "« " + e(w(lang, "first_page")), cls="first")
             if view.page > 2 else "")
    prev = _a(link(path, view, page=view.page - 1), "← " + e(w(lang, "previous")), cls="prev") if view.page > 1 else ""
    nxt = _a(link(path, view, page=view.page + 1), e(w(lang, "next")) + " →", cls="next") if view.page < pages else ""
    last = (_a(link(path, view, page=pages), e(w(lang, "last_page", page=figure(pages, lang))) + " »", cls="last")
            if view.page < pages - 1 else "")
    words = w(lang, "page", page=figure(view.page, lang), pages=figure(pages, lang))
    return f'<p class="pager">{first} {prev} <span>{e(words)}</span> {nxt} {last}</p>'


# -- pledges -----------------------------------------------------------------------------


def _nothing_yet(view: View, total: int) -> bool:
    """An empty view with no filter set: nothing recorded yet. A new database's pages said
    "No pledges match these filters", as if the tracker had looked and found nothing. A range
    of days is a filter: a range holding nothing said nothing was recorded yet, over a
    database of thousands of pledges."""
    return not total and view.flt == PledgeFilter() and not view.has_range


def holds_words(view: View) -> bool:
    """Whether the view has filter words other than its period (a donor, category, system, status)."""
    return PledgeFilter(days=view.flt.days, period=view.flt.period) != view.flt


def _with_commands(text: str) -> str:
    """`text` escaped, its parts between backticks (the commands to type) set as code."""
    return "".join(f"<code>{e(part)}</code>" if index % 2 else e(part) for index, part in enumerate(text.split("`")))


def _nothing_key(view: View, total: int) -> str:
    return "none_yet" if _nothing_yet(view, total) else "none"


def _sort_header(view: View, lang: str, column: str, text_key: str, sort: str) -> str:
    title = w(lang, "sort_by", column=w(lang, text_key))
    if sort == "newest" and view.sort == "newest":
        sort = "oldest"  # the date header turns the order around
    mark = " ▾" if view.sort == sort or (column == "date" and view.sort in ("newest", "oldest")) else ""
    return f'<th scope="col">{_a(link("/pledges", view, sort=sort), e(w(lang, text_key)) + mark, title=title)}</th>'


def _filter_link(view: View, field: str, value: str, text: str, cls: str = "") -> str:
    """`text` linked to the pledges filtered by `value`; plain when no filter word names it."""
    if not filterable(field, value):
        return f'<span class="{cls}">{text}</span>' if cls else text
    return _a(link("/pledges", view, **{field: value}), text, cls=cls)


def _more_sources(count: int, lang: str) -> list[str]:
    """["and N more"] for the articles past MAX_SOURCES_SHOWN, else []."""
    beyond = count - MAX_SOURCES_SHOWN
    return [e(counted(lang, "more_sources", beyond))] if beyond > 0 else []


def pledge_row_html(row: dict, view: View, lang: str) -> str:
    donor, category, status = row.get("donor") or "", row.get("category") or "", row.get("status") or ""
    system = row.get("system") or ""
    donor_cell = _a(link("/pledges", view, donor=donor), f'<span class="flag" aria-hidden="true">{flag(donor)}</span> '
                    f'{e(donor_name(donor, lang))}')
    what = _filter_link(view, "category", category,
                        f'{swatch(category)}{e(category_words(category, lang))}', cls="chip")
    if system:
        what += " " + _a(link("/pledges", view, system=system), e(clip(system, MAX_NAME_CHARS)), cls="system")
    item = row.get("item") or ""
    if item and item.casefold() not in (system.casefold(), category_words(category, lang).casefold()):
        what += f' <span class="item">{e(clip(item, MAX_ITEM_CHARS))}</span>'
    value = money_words(row["value"], row.get("currency"), lang) if row.get("value") else ""
    evidence = clip(row.get("evidence"), MAX_EVIDENCE_CHARS)
    # In its article's language, as a story's title is: a screen reader spoke a German
    # sentence with the page's English voice.
    spoken = language_attribute(row.get("evidence_lang")) if evidence else ""
    sources = []
    every_source = row.get("sources") or []
    for source in every_source[:MAX_SOURCES_SHOWN]:
        name = clip(source.get("source"), MAX_NAME_CHARS) or "?"
        href = safe_href(source.get("url"))
        sources.append(_a(href, e(name), rel_external=True) if href else e(name))
    sources += _more_sources(row.get("source_count", len(every_source)), lang)
    status_cell = _filter_link(view, "status", status, e(status_words(status, lang)), cls="st-" + e(status))
    return (f'<tr><td class="date">{e(str(row.get("reported_at") or "")[:10])}</td><td class="donor">{donor_cell}</td>'
            f'<td class="what">{what}</td><td class="num">{whole(row.get("quantity"), lang)}</td>'
            f'<td class="num">{e(value)}</td>'
            f'<td class="status">{status_cell}</td>'
            f'<td class="evidence"{spoken}>{e(evidence)}</td><td class="sources">{", ".join(sources)}</td>'
            f'<td>{_record_link(row, view, lang)}</td></tr>')


def _record_link(row: dict, view: View, lang: str) -> str:
    """A link to the pledge's own page, saying which pledge it leads to ("Pledge 123")."""
    if row.get("id") is None:
        return ""
    pledge_id = int(row["id"])
    return _a(link(f"/pledges/{pledge_id}", View(lang=view.lang, root=view.root)),
              e(w(lang, "pledge_link", id=pledge_id)))


def downloads_block(path_base: str, view: View, lang: str) -> str:
    plain = View(flt=view.flt, sort=view.sort, root=view.root, first_day=view.first_day, last_day=view.last_day)
    csv = link(f"{path_base}.csv", plain)
    # The CSV a spreadsheet set to French or German opens in columns (params.CSV_SEPARATORS),
    # beside the one for programs: the comma-separated file opened there as one column.
    semicolons = f'{csv}{"&" if "?" in csv else "?"}sep=semicolon'
    links = " · ".join((_a(csv, "CSV", cls="dl-csv"),
                        _a(semicolons, e(w(lang, "csv_semicolon")), cls="dl-csv-semicolon"),
                        _a(link(f"{path_base}.json", plain), "JSON", cls="dl-json")))
    # The feed in the page's language when the URL chose it (the feed never reads the
    # reader's Accept-Language: one URL, one body).
    atom = _a(link(f"{path_base}.atom", View(flt=view.flt, lang=view.lang, root=view.root, first_day=view.first_day,
                                             last_day=view.last_day)), e(w(lang, "feed")), cls="dl-atom")
    return (f'<p class="downloads">{e(w(lang, "downloads"))} {links} · {atom}</p>'
            f'<p class="note csv-forms">{e(w(lang, "csv_note"))}</p>')


def pledge_count_text(status_counts: dict[str, int], lang: str) -> str:
    """How many records the list holds, counted as the totals count them: "17 pledges"
    over a list with one discussed record disagreed with the totals' 16."""
    committed, others = commitments_and_others(status_counts)
    if not committed and others:
        return counted(lang, "count_not_committed", others)
    text = counted(lang, "count", committed)
    return text + counted(lang, "count_others", others) if others else text


def as_of_block(view: View, lang: str, latest: datetime | None, first: datetime | None = None) -> str:
    """When the view's earliest pledge was first reported (`first`: since when its figures count;
    a newcomer on "all time" read figures with no start), when its latest was (what its figures
    are "as of", to cite them with), and a link to the page of the donor it filters by."""
    parts = []
    if first is not None and latest is not None and first != latest:
        parts.append(f'<p class="note since">{e(w(lang, "first_report_in_view", when=first.strftime(UTC_MINUTE)))}</p>')
    if latest is not None:
        parts.append(f'<p class="note asof">{e(w(lang, "latest_report", when=latest.strftime(UTC_MINUTE)))}</p>')
    if view.flt.donor and filterable("donor", view.flt.donor):
        # The donor's page under the same filters (since stop 62; it took a range of days alone,
        # and this link said the other filters were not applied there).
        page = link(f"/donors/{view.flt.donor}", View(flt=replace(view.flt, donor=None), lang=view.lang,
                                                      root=view.root, first_day=view.first_day,
                                                      last_day=view.last_day))
        words = w(lang, "donor_page_link", donor=donor_name(view.flt.donor, lang))
        parts.append(f'<p class="donor-page">{_a(page, e(words))}</p>')
    return "".join(parts)


def cite_block(path: str, view: View, lang: str, today: date | None, pinned: str = "",
               now: datetime | None = None) -> str:
    """A link to the view's figures by their days, to cite them with: a period ("30d") counts
    back from now and "all time" grows, so a link to either shows other figures tomorrow, while
    a range of days stays (bar an article of its days read late). The period's first day to
    `today` (UTC), or the range's own start to `today`; "" when the view already ends on a day
    (its own address is the link to cite) or `today` is not known. `pinned`: parameters the
    view does not hold but the address needs (the comparison's donors).
    A range names whole days and a period starts at `now`'s time of day, so no link gives a
    period's figures exactly: the link takes the whole of the period's first day, and, given
    `now`, a second line says so and from what time the period itself counts (a reader citing
    the link's figures then knows why they may exceed the page's)."""
    if today is None or view.last_day is not None:
        return ""
    first = today - timedelta(days=view.flt.days) if view.flt.days else view.first_day
    if first is not None and first > today:
        return ""
    href = link(path, view, first_day=first, last_day=today)
    if pinned:
        href += f'{"&" if "?" in href else "?"}{pinned}'
    words = range_words(View(first_day=first, last_day=today), lang)
    block = f'<p class="note cite">{e(w(lang, "cite_view"))} {_a(href, e(words))}</p>'
    if view.flt.days and now is not None:
        start = now - timedelta(days=view.flt.days)
        block += (f'<p class="note cite-differs">'
                  f'{e(w(lang, "cite_period_start", day=start.date().isoformat(), time=start.strftime("%H:%M")))}</p>')
    return block


def pledges_page(rows: Sequence[dict], status_counts: dict[str, int], view: View, lang: str, page_size: int,
                 latest: datetime | None = None, now: datetime | None = None, *, first: datetime | None = None) -> str:
    total = sum(status_counts.values())
    head = "".join((
        _sort_header(view, lang, "date", "date", "newest"),
        _sort_header(view, lang, "donor", "donor", "donor"),
        _sort_header(view, lang, "category", "item", "category"),
        f'<th scope="col">{e(w(lang, "quantity"))}</th>',
        _sort_header(view, lang, "value", "value", "value"),
        _sort_header(view, lang, "status", "status", "status"),
        f'<th scope="col">{e(w(lang, "evidence"))}</th><th scope="col">{e(w(lang, "sources"))}</th>',
        f'<th scope="col">{e(w(lang, "record_col"))}</th>',
    ))
    if rows:
        caption = w(lang, "pledges_caption", count=pledge_count_text(status_counts, lang),
                    page=w(lang, "page", page=figure(view.page, lang),
                           pages=figure(last_page(total, page_size), lang)))
        table = (f'<table class="pledges"><caption>{e(caption)}</caption><thead><tr>{head}</tr></thead><tbody>'
                 + "".join(pledge_row_html(row, view, lang) for row in rows) + "</tbody></table>")
    elif _nothing_yet(view, total):
        # The first page of a new tracker: said first, with how it fills, for whoever set it up (on
        # a phone the filters above it took the whole screen), and none of an empty list's parts.
        empty = (f'<p class="empty">{e(w(lang, "none_yet"))}</p>'
                 f'<p class="note first-steps">{_with_commands(w(lang, "first_steps"))}</p>')
        return layout("/pledges", view, lang, w(lang, "pledges_title"), empty + filters_block("/pledges", view, lang))
    else:
        table = f'<p class="empty">{e(w(lang, _nothing_key(view, total)))}</p>'
    body = (filters_block("/pledges", view, lang, now=now)
            + f'<p class="count">{e(pledge_count_text(status_counts, lang))}</p>'
            + as_of_block(view, lang, latest, first) + (cite_block("/pledges", view, lang, now and now.date(), now=now) if latest else "")
            + table + pager("/pledges", view, lang, total, page_size) + downloads_block("/pledges", view, lang))
    return layout("/pledges", view, lang, w(lang, "pledges_title"), body)


# -- totals ------------------------------------------------------------------------------


def whole(value: object, lang: str) -> str:
    """A count or a quantity in a table's cell, as the page's language writes it; "" for none."""
    if not value:
        return ""
    return figure(value, lang) if isinstance(value, (int, float)) else e(str(value))


def _count_table(rows: Sequence[tuple[str, int, int]], first: str, lang: str, caption: str) -> str:
    body = "".join(f'<tr><th scope="row">{name}</th><td class="num">{figure(count, lang)}</td>'
                   f'<td class="num">{whole(units, lang)}</td></tr>'
                   for name, count, units in rows)
    return (f'<table class="totals"><caption>{e(caption)}</caption><thead><tr><th scope="col">{e(first)}</th>'
            f'<th scope="col">'
            f'{e(w(lang, "pledges_col"))}</th><th scope="col">{e(w(lang, "units_col"))}</th></tr></thead>'
            f'<tbody>{body}</tbody></table>')


def _split_cells(split: Split, lang: str, money: bool = False) -> str:
    if money:
        return (f'<td class="num">{e(figure(split.committed, lang))}</td>'
                f'<td class="num">{e(figure(split.delivered, lang))}</td>'
                f'<td class="num">{e(percent(split.share(), lang))}</td>')
    return (f'<td class="num">{figure(split.committed, lang)}</td><td class="num">{figure(split.delivered, lang)}</td>'
            f'<td class="num">{e(percent(split.share(), lang))}</td>')


def deliveries_section(table: dict[str, DonorDeliveries], view: View, lang: str,
                       title_key: str = "delivery_title") -> str:
    """Per donor, what was committed against what the news reported delivered: records and
    units per category (a row for all its categories first), money per currency in a table
    of its own. Not shown under a status filter, where one of the two sides is empty by
    choice."""
    if view.flt.status or not table:
        return ""
    count_groups, money_rows = [], []
    for donor, split in most_first(table.items(), lambda split: split.committed, "donor", lang):
        name = _a(link("/pledges", view, donor=donor), f'<span aria-hidden="true">{flag(donor)}</span> '
                                                       f'{e(donor_name(donor, lang))}')
        categories = [c for c, _ in most_first(split.records.items(), lambda records: records.committed, "category",
                                               lang)]
        every = Split(sum(r.committed for r in split.records.values()), sum(r.delivered for r in split.records.values()))
        units = Split(sum(u.committed for u in split.units.values()), sum(u.delivered for u in split.units.values()))
        rows = [(f'<th scope="row">{e(w(lang, "all_categories"))}</th>', every, units)]
        rows += [(f'<th scope="row">{swatch(c)}{e(category_words(c, lang))}</th>', split.records[c], split.units[c])
                 for c in categories]
        lines = []
        for index, (label, records, unit_split) in enumerate(rows):
            head = f'<th scope="rowgroup" rowspan="{len(rows)}">{name}</th>' if index == 0 else ""
            unit_cells = (f'<td class="num">{whole(unit_split.committed, lang)}</td>'
                          f'<td class="num">{whole(unit_split.delivered, lang)}</td>')
            lines.append(f'<tr>{head}{label}{_split_cells(records, lang)}{unit_cells}</tr>')
        count_groups.append(f'<tbody class="donor">{"".join(lines)}</tbody>')
        for currency in sorted(split.money, key=lambda c: (-split.money[c].committed, c)):
            money_rows.append(f'<tr><th scope="row">{name}</th><td>{e(currency)}</td>'
                              f'{_split_cells(split.money[currency], lang, money=True)}</tr>')
    head = "".join(f'<th scope="col">{e(w(lang, key))}</th>' for key in (
        "donor", "category", "committed_col", "delivered_col", "share_col", "units_committed_col",
        "units_delivered_col"))
    counts = (f'<table class="totals deliveries"><caption>{e(w(lang, "delivery_caption"))}</caption>'
              f'<thead><tr>{head}</tr></thead>{"".join(count_groups)}</table>')
    money = ""
    if money_rows:
        money_head = "".join(f'<th scope="col">{e(w(lang, key))}</th>' for key in (
            "donor", "currency", "money_committed_col", "money_delivered_col", "share_col"))
        money = (f'<table class="totals deliveries"><caption>{e(w(lang, "delivery_money_caption"))}</caption>'
                 f'<thead><tr>{money_head}</tr></thead><tbody>{"".join(money_rows)}</tbody></table>')
    return (f'<section><h2>{e(w(lang, title_key))}</h2><p class="note">{e(w(lang, "delivery_note"))}</p>'
            f'{counts}{money}</section>')


def totals_page(totals: PledgeTotals, view: View, lang: str,
                donor_deliveries: dict[str, DonorDeliveries] | None = None, latest: datetime | None = None,
                now: datetime | None = None, *, first: datetime | None = None) -> str:
    donor_deliveries = donor_deliveries or {}
    donors = counted_most_first(totals.donors, "donor", lang)
    categories = counted_most_first(totals.categories, "category", lang)
    bars = [(donor_name(d, lang), [(c, totals.donor_categories[(d, c)]) for c in CATEGORY_COLOURS
                                   if totals.donor_categories[(d, c)]]) for d, _ in donors[:MAX_CHART_BARS]]
    donor_rows = [(_a(link("/pledges", view, donor=d), f'{flag(d)} {e(donor_name(d, lang))}'), n, totals.donor_units[d])
                  for d, n in donors]
    # The tables' links lead to the list of pledges, where the filter choices above them
    # filter this page under the same words: the hidden words tell the two apart.
    def to_list(field: str, value: str) -> str:
        return f'<span class="vh">{e(w(lang, "to_list"))}</span>' if filterable(field, value) else ""

    category_rows = [(_filter_link(view, "category", c, f'{swatch(c)}'
                                   f'{e(category_words(c, lang))}{to_list("category", c)}'), n,
                      totals.category_units[c]) for c, n in categories]
    status_rows = "".join(
        f'<tr><th scope="row">{_filter_link(view, "status", s, e(status_words(s, lang)) + to_list("status", s))}</th>'
        f'<td class="num">{figure(n, lang)}</td></tr>' for s, n in counted_most_first(totals.by_status, "status", lang))
    money_rows = "".join(
        f'<tr><th scope="row">{e(currency)}</th><td class="num">{e(figure(totals.money[currency], lang))}</td>'
        f'<td class="num">{figure(totals.money_pledges[currency], lang)}</td></tr>' for currency, _ in ranked(totals.money_pledges))
    used = [c for c, _ in categories]
    body = [filters_block("/totals", view, lang, now=now)]
    if not totals.by_status:  # nothing recorded, or nothing matches: said, not empty tables
        body.append(f'<p class="empty">{e(w(lang, _nothing_key(view, 0)))}</p>')
        return layout("/totals", view, lang, w(lang, "totals_title"), "".join(body))
    body.append(f'<p class="note">{e(w(lang, "commitments_note"))}</p>' + as_of_block(view, lang, latest, first)
                + (cite_block("/totals", view, lang, now and now.date(), now=now) if latest else ""))
    body.append(f'<section><h2>{e(w(lang, "by_donor"))}</h2>'
                + stacked_bars(bars, lang, w(lang, "by_donor")) + legend(used, lang)
                + _count_table(donor_rows, w(lang, "donor"), lang, w(lang, "totals_donor_caption")) + "</section>")
    body.append(deliveries_section(donor_deliveries, view, lang))
    body.append(f'<section><h2>{e(w(lang, "by_category"))}</h2>'
                + stacked_bars([(category_words(c, lang), [(c, n)]) for c, n in categories], lang, w(lang, "by_category"))
                + _count_table(category_rows, w(lang, "category"), lang, w(lang, "totals_category_caption"))
                + "</section>")
    body.append(f'<section><h2>{e(w(lang, "by_status"))}</h2><table class="totals">'
                f'<caption>{e(w(lang, "totals_status_caption"))}</caption><thead><tr><th scope="col">'
                f'{e(w(lang, "status_col"))}</th><th scope="col">{e(w(lang, "records_col"))}</th></tr></thead>'
                f'<tbody>{status_rows}</tbody></table>'
                "</section>")
    body.append(f'<section><h2>{e(w(lang, "money"))}</h2><table class="totals">'
                f'<caption>{e(w(lang, "totals_money_caption"))}</caption><thead><tr><th scope="col">'
                f'{e(w(lang, "currency"))}</th><th scope="col">{e(w(lang, "sum"))}</th><th scope="col">'
                f'{e(w(lang, "pledges_col"))}</th></tr></thead><tbody>{money_rows}</tbody></table></section>')
    return layout("/totals", view, lang, w(lang, "totals_title"), "".join(body))


# -- stories -----------------------------------------------------------------------------


@lru_cache(maxsize=512)
def _donor_link(donor: str, lang: str, view_lang: str | None, root: str, first_day: date | None = None,
                last_day: date | None = None, period: PledgeFilter = PledgeFilter()) -> str:
    """A donor's name linked to its pledges, over the page's range of days or period (the same
    few donors recur on every page). The period was dropped: from the stories of 7 days, a
    donor led to all its pledges of all time."""
    return _a(link("/pledges", View(flt=period, lang=view_lang, root=root, first_day=first_day, last_day=last_day),
                   donor=donor),
              f"{flag(donor)} {e(donor_name(donor, lang))}")


def _story_html(row: dict, view: View, lang: str) -> str:
    title = e(clip(row.get("title"), MAX_TITLE_CHARS))
    href = safe_href(row.get("url"))
    heading = _a(href, title, rel_external=True) if href else title
    first_sources = row.get("sources") or []
    languages = {s.get("lang") or "" for s in first_sources}
    every_language = list(languages) if row.get("source_count", len(first_sources)) == len(first_sources) else []
    heading_lang = language_attribute(title_language(None, row.get("url"), first_sources, every_language))
    # The store gives the first few sources and counts them all (SqliteStore.story_page).
    outlets = row.get("outlet_count", len({s.get("outlet") for s in first_sources}))
    count = counted(lang, "outlets", outlets)
    sources = []
    for source in first_sources[:MAX_SOURCES_SHOWN]:
        name = e(clip(source.get("outlet"), MAX_NAME_CHARS) or "?")
        link_href = safe_href(source.get("url"))
        lang_tag = f' <span class="lang-tag">{e(clip(source["lang"], 20))}</span>' if source.get("lang") else ""
        sources.append(f'<li>{_a(link_href, name, rel_external=True) if link_href else name}{lang_tag}</li>')
    sources += [f"<li>{more}</li>" for more in _more_sources(row.get("source_count", len(first_sources)), lang)]
    pledges = []
    period = PledgeFilter(days=view.flt.days, period=view.flt.period)
    for pledge in row.get("pledges") or []:
        donor = pledge.get("donor") or ""
        what = category_words(pledge.get("category") or "", lang)
        if pledge.get("system"):
            what += f' {clip(pledge["system"], MAX_NAME_CHARS)}'
        if pledge.get("quantity"):
            what += f' ×{figure(pledge["quantity"], lang)}'
        if pledge.get("value"):
            what += f' ({money_words(pledge["value"], pledge.get("currency"), lang)})'
        pledges.append(f'<li>{swatch(pledge.get("category") or "")}'
                       f'{_donor_link(donor, lang, view.lang, view.root, view.first_day, view.last_day, period)}'
                       f' — {e(what)} — {e(status_words(pledge.get("status") or "", lang))}</li>')
    seen = row["first_seen"].strftime(UTC_MINUTE) if row.get("first_seen") else ""
    # The day its first article gives, when not the day the bot saw it (an article read late):
    # a range of days lists the stories by that day, which the row otherwise never showed.
    published = row.get("published")
    dated = (f' · {e(w(lang, "story_dated", day=published.strftime("%Y-%m-%d")))}'
             if published and row.get("first_seen") and published.date() != row["first_seen"].date() else "")
    # The day of its newest article, which the list is sorted by, when no day above says it.
    newest = row.get("newest")
    shown_days = {day.date() for day in (row.get("first_seen"), published) if day}
    if newest and newest.date() not in shown_days:
        dated += f' · {e(w(lang, "story_newest", day=newest.strftime("%Y-%m-%d")))}'
    # Its own page (every article, its languages and outlets): the heading leads to the first
    # article's site, and nothing in the list led there.
    own = ""
    if row.get("id") is not None:
        story_id = int(row["id"])
        page = link(f"/stories/{story_id}", View(lang=view.lang, root=view.root))
        own = f' · {_a(page, e(w(lang, "story_link", id=story_id)))}'
    return (f'<article class="story"><h2{heading_lang}>{heading}</h2><p class="meta">{e(w(lang, "first_seen"))} {e(seen)}{dated} · '
            f'{e(count)}{own}</p><ul class="sources">{"".join(sources)}</ul>'
            + (f'<ul class="story-pledges">{"".join(pledges)}</ul>' if pledges else "") + "</article>")


def stories_page(rows: Sequence[dict], total: int, view: View, lang: str, page_size: int,
                 latest: datetime | None = None, now: datetime | None = None) -> str:
    """`latest`: when the view's latest story was first reported (what its count is "as of");
    `now`: the moment a period counts back from (said under the periods)."""
    body = filters_block("/stories", view, lang, now=now)
    if holds_words(view):  # which stories the filter words keep: a story holds pledges of several donors
        body += f'<p class="note stories-holding">{e(w(lang, "stories_holding"))}</p>'
    if not _nothing_yet(view, total):  # a first run's page says "no stories yet", not "0 stories" as well
        body += f'<p class="count">{e(counted(lang, "count_stories", total))}</p>' + as_of_block(view, lang, latest)
    body += f'<p class="note">{e(w(lang, "stories_order"))}</p>' if total else ""
    nothing = ("no_stories_yet" if _nothing_yet(view, total) else
               "no_stories_match" if holds_words(view) else "no_stories")
    body += "".join(_story_html(row, view, lang) for row in rows) or f'<p class="empty">{e(w(lang, nothing))}</p>'
    body += pager("/stories", view, lang, total, page_size)
    return layout("/stories", view, lang, w(lang, "stories_title"), body)


ERROR_TITLES = {400: "bad_request", 404: "not_found", 503: "unavailable_title"}


# The lists a refused or unknown address leads back to, each by its name in the menu.
LIST_NAMES = {"/pledges": "nav_pledges", "/totals": "nav_totals", "/donors": "nav_donors", "/stories": "nav_stories"}


def error_page(lang: str, status: int, message: str, root: str = "", *, asked_lang: str | None = None,
               page: str = "") -> str:
    """`root`: the path the tracker is served under (View.root). The page links the list of
    pledges and, refused on another list (`page`: /totals, /stories, /donors), that list without
    its query: a refused filter on Totals led to the pledges alone. The links keep the language
    the address asked (`asked_lang`; they dropped it, and a reader of the French pages on an English
    browser was taken to English)."""
    lists = ["/pledges"] + ([page] if page in LIST_NAMES and page != "/pledges" else [])
    links = [_a(link(path, View(lang=asked_lang, root=root)), e(w(lang, LIST_NAMES[path]))) for path in lists]
    return layout("", View(root=root, lang=asked_lang), lang, w(lang, ERROR_TITLES[status]),
                  f'<p class="error">{e(message)}</p><p>{" · ".join(links)}</p>')


def past_the_end_page(path: str, view: View, lang: str, last: int) -> str:
    """The 404 page for a page number after the last, linking to the last."""
    body = (f'<p class="error">{e(w(lang, "past_end", page=figure(view.page, lang), pages=figure(last, lang)))}</p>'
            f'<p>{_a(link(path, view, page=last), e(w(lang, "go_to_page", page=figure(last, lang))))}</p>')
    return layout(path, view, lang, w(lang, "not_found"), body)



def unknown_record_page(lang: str, list_path: str, message: str, view: View, also: str = "") -> str:
    """The 404 page for a record number no record has, linking back to the list (and to the
    list `also`: the donors', beside the pledges', for a donor no pledge has)."""
    links = " · ".join(_a(link(path, View(lang=view.lang, root=view.root)), e(w(lang, LIST_NAMES[path])))
                       for path in (list_path, also) if path)
    body = f'<p class="error">{e(message)}</p><p>{links}</p>'
    return layout("", View(lang=view.lang, root=view.root), lang, w(lang, "not_found"), body)
