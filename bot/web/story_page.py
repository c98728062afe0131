"""The page of one story (/stories/<id>): every article of it, a page at a time, the
languages and outlets they came in, and the pledges read in it. Pure.

The Stories list shows each story's first few articles; a reader checking how widely a
pledge was reported, or in which languages, needs them all. Every string from a feed goes
through bot/web/markup.py, as on the other pages.
"""

from __future__ import annotations

from bot.core.iso_times import UTC_MINUTE
from bot.core.pledges.listing.words import donor_name, money_words
from bot.web.markup import clip, e, safe_href
from bot.web.pages import (
    MAX_NAME_CHARS,
    MAX_TITLE_CHARS,
    a,
    category_chip,
    flag,
    language_attribute,
    layout,
    pager,
    status_chip,
    title_language,
    whole,
)
from bot.web.params import View, link
from bot.web.pledge_page import pledge_path
from bot.web.texts import counted, figure, w


def _summary(counts: dict, lang: str) -> str:
    return ", ".join((counted(lang, "articles_count", counts["articles"]),
                      counted(lang, "outlets", counts["outlet_count"]),
                      counted(lang, "languages_count", counts["language_count"])))


def _languages(counts: dict, lang: str) -> str:
    items = "".join(f'<li><span class="lang-tag">{e(clip(code, 20)) or e(w(lang, "unknown_language"))}</span> '
                    f'{e(counted(lang, "articles_count", n))}</li>' for code, n in counts["languages"])
    return f'<section><h2>{e(w(lang, "languages_title"))}</h2><ul class="counts">{items}</ul></section>'


def _outlets(counts: dict, lang: str) -> str:
    items = "".join(f'<li>{e(clip(outlet, MAX_NAME_CHARS)) or "?"}{e(w(lang, "colon"))}'
                    f'{e(counted(lang, "articles_count", n))}</li>'
                    for outlet, n in counts["outlets"])
    beyond = counts["outlet_count"] - len(counts["outlets"])
    if beyond > 0:
        items += f"<li>{e(counted(lang, 'outlets_more', beyond))}</li>"
    return f'<section><h2>{e(w(lang, "outlets_title"))}</h2><ul class="counts">{items}</ul></section>'


# A table's caption here repeats its section's heading: kept for screen readers, which
# name a table by it, and hidden from sight (class vh) so it is not read twice on screen.


def _pledges(rows: list[dict], view: View, lang: str) -> str:
    if not rows:
        return (f'<section><h2>{e(w(lang, "story_pledges_title"))}</h2>'
                f'<p class="empty">{e(w(lang, "no_story_pledges"))}</p></section>')
    body = []
    plain = View(lang=view.lang, root=view.root)
    for row in rows:
        donor = row.get("donor") or ""
        what = category_chip(row.get("category") or "", lang, plain)
        if row.get("system"):
            what += f' <span class="system">{e(clip(row["system"], MAX_NAME_CHARS))}</span>'
        if row.get("quantity"):
            what += f" ×{whole(row['quantity'], lang)}"
        value = money_words(row["value"], row.get("currency"), lang) if row.get("value") else ""
        body.append(f'<tr><th scope="row"><span aria-hidden="true">{flag(donor)}</span> '
                    f'{e(donor_name(donor, lang))}</th><td class="what">{what}</td><td class="num">{e(value)}</td>'
                    f'<td>{status_chip(row.get("status") or "", lang)}</td>'
                    f'<td class="num">{figure(row.get("reports") or 0, lang)}</td>'
                    f'<td>{a(pledge_path(row["id"], view), e(w(lang, "pledge_link", id=int(row["id"]))))}</td></tr>')
    title = w(lang, "story_pledges_title")
    return (f'<section><h2>{e(title)}</h2><table class="story-pledges"><caption class="vh">{e(title)}</caption><thead><tr>'
            f'<th scope="col">{e(w(lang, "donor"))}</th><th scope="col">{e(w(lang, "item"))}</th>'
            f'<th scope="col">{e(w(lang, "value"))}</th><th scope="col">{e(w(lang, "status_col"))}</th>'
            f'<th scope="col">{e(w(lang, "reports_title"))}</th><th scope="col">{e(w(lang, "record_col"))}</th>'
            f'</tr></thead><tbody>{"".join(body)}</tbody></table></section>')


def _articles(record: dict, path: str, view: View, lang: str, page_size: int) -> str:
    rows = []
    for article in record["articles"]:
        outlet = e(clip(article.get("outlet"), MAX_NAME_CHARS)) or "?"
        title = e(clip(article.get("title"), MAX_TITLE_CHARS))
        href = safe_href(article.get("url"))
        language = clip(article.get("lang"), 20)
        published = article.get("published")
        rows.append(f'<tr><td class="date">{e(published.strftime("%Y-%m-%d") if published else "")}</td>'
                    f'<th scope="row">{outlet}</th>'
                    f'<td{language_attribute(language)}>{a(href, title or outlet, rel_external=True) if href else title}'
                    f'</td><td>{e(language) or e(w(lang, "unknown_language"))}</td></tr>')
    title = w(lang, "articles_title")
    return (f'<section><h2>{e(title)}</h2><table class="articles"><caption class="vh">{e(title)}</caption><thead><tr>'
            f'<th scope="col">{e(w(lang, "published_col"))}</th><th scope="col">{e(w(lang, "outlet_col"))}</th>'
            f'<th scope="col">{e(w(lang, "title_col"))}</th><th scope="col">{e(w(lang, "language_col"))}</th>'
            f'</tr></thead><tbody>{"".join(rows)}</tbody></table>'
            f'{pager(path, view, lang, record["counts"]["articles"], page_size)}</section>')


def story_page(record: dict, view: View, lang: str, page_size: int) -> str:
    """The page of one story: `record` as WebData.story_record gives it (not merged)."""
    story = record["story"]
    path = f"/stories/{int(story['id'])}"
    seen = story["first_seen"].strftime(UTC_MINUTE) if story.get("first_seen") else ""
    published = story.get("published")
    dates = (w(lang, "story_dates", seen=seen, published=published.strftime("%Y-%m-%d")) if published
             else w(lang, "story_seen", seen=seen))
    back = a(link("/stories", View(lang=view.lang, root=view.root)), e(w(lang, "all_stories")))
    body = (f'<p class="meta">{e(dates)} {e(_summary(record["counts"], lang))}</p>'
            + _pledges(record["pledges"], view, lang) + _languages(record["counts"], lang)
            + _outlets(record["counts"], lang) + _articles(record, path, view, lang, page_size) + f"<p>{back}</p>")
    title = clip(story.get("title"), MAX_TITLE_CHARS) or w(lang, "story")
    every_language = [code for code, _ in record["counts"]["languages"]] if record["counts"]["language_count"] == 1 else []
    title_lang = title_language(story.get("title"), story.get("url"), record["articles"], every_language)
    return layout(path, view, lang, title, body, title_lang=title_lang)
