"""The page of one pledge (/pledges/<id>), from what the store keeps of it. Pure.

A journalist checking "who promised what, and was it delivered?" needs the record whole in
one place, under an address that can be cited: what was pledged, every article that reported
it (outlet, dates, the sentence each one gave), the statuses the news gave the same thing over
time (pledged, then delivered), and the story it belongs to. Every string from a feed goes
through bot/web/markup.py, as on the other pages.
"""

from __future__ import annotations

from bot.core.iso_times import UTC_MINUTE
from bot.core.models import Pledge
from bot.core.pledges.donors.donor_grammar import donor_words
from bot.core.pledges.listing.words import category_words, describe, donor_name, money_words
from bot.web.markup import clip, e, safe_href
from bot.web.pages import (
    MAX_EVIDENCE_CHARS,
    MAX_ITEM_CHARS,
    MAX_NAME_CHARS,
    MAX_TITLE_CHARS,
    a,
    category_chip,
    flag,
    language_attribute,
    layout,
    status_chip,
    title_language,
    whole,
)
from bot.web.params import View, filterable, link
from bot.web.texts import counted, figure, w


def pledge_path(pledge_id: int, view: View) -> str:
    """The address of a pledge's page, in the view's language and under its root."""
    return link(f"/pledges/{int(pledge_id)}", View(lang=view.lang, root=view.root))


def story_path(story_id: int, view: View) -> str:
    return link(f"/stories/{int(story_id)}", View(lang=view.lang, root=view.root))


def _day(value: object) -> str:
    """The date of stored ISO text or of a datetime ("2026-03-01"); "" when none."""
    if value is None:
        return ""
    return value.strftime("%Y-%m-%d") if hasattr(value, "strftime") else str(value)[:10]


def _facts(pledge: dict, view: View, lang: str, reports: list[dict] | None = None) -> str:
    """The record's fields as a description list: one term and its value per line."""
    donor, category = pledge.get("donor") or "", pledge.get("category") or ""
    system, status = pledge.get("system") or "", pledge.get("status") or ""
    facts = [
        (w(lang, "donor"), a(link("/pledges", View(lang=view.lang, root=view.root), donor=donor),
                             f'<span aria-hidden="true">{flag(donor)}</span> {e(donor_name(donor, lang))}')),
        (w(lang, "category"), category_chip(category, lang, View(lang=view.lang, root=view.root))),
    ]
    if system:
        facts.append((w(lang, "system"), a(link("/pledges", View(lang=view.lang, root=view.root), system=system),
                                           e(clip(system, MAX_NAME_CHARS)))))
    if pledge.get("item"):
        facts.append((w(lang, "item_written"), e(clip(pledge["item"], MAX_ITEM_CHARS))))
    if pledge.get("quantity"):
        facts.append((w(lang, "quantity"), whole(pledge["quantity"], lang)))
    if pledge.get("value"):
        facts.append((w(lang, "value"), e(money_words(pledge["value"], pledge.get("currency"), lang))))
    facts.append((w(lang, "status_col"), status_chip(status, lang)))
    partners = [code for code in (pledge.get("shared_with") or "").split(",") if code]
    if partners:
        facts.append((w(lang, "shared_with"), e(", ".join(donor_name(code, lang) for code in partners))))
    facts.append((w(lang, "first_reported"), e(_day(pledge.get("reported_at")))))
    # The sentence and the story's title in their articles' languages, when a report gives them:
    # the sentence is its first report's, the title its story's first article's.
    reports = reports or []
    spoken = {"evidence_of_record": next((str(r.get("lang") or "") for r in reports
                                          if r.get("evidence") == pledge.get("evidence")), ""),
              "story": title_language(pledge.get("story_title"), None, reports) if pledge.get("story_title") else ""}
    facts.append((w(lang, "evidence_of_record"), e(clip(pledge.get("evidence"), MAX_EVIDENCE_CHARS))))
    story_title = e(clip(pledge.get("story_title"), MAX_TITLE_CHARS)) or e(w(lang, "story"))
    facts.append((w(lang, "story"), a(story_path(pledge["story_id"], view), story_title)))
    said = {w(lang, key): code for key, code in spoken.items()}
    return '<dl class="facts">' + "".join(f"<dt>{e(term)}</dt><dd{language_attribute(said.get(term))}>{value}</dd>"
                                          for term, value in facts) + "</dl>"


# A table's caption here repeats its section's heading: kept for screen readers, which
# name a table by it, and hidden from sight (class vh) so it is not read twice on screen.


def _steps(record: dict, view: View, lang: str) -> str:
    """The statuses of the same thing over time, first report of each, as a table."""
    pledge, steps = record["pledge"], record["steps"]
    donor = donor_words(pledge.get("donor") or "", lang)
    category = category_words(pledge.get("category") or "", lang)
    if pledge.get("system"):
        note = w(lang, "steps_note_system", **donor, system=clip(pledge["system"], MAX_NAME_CHARS), category=category)
    else:
        note = w(lang, "steps_note_story", **donor, category=category)
    rows = []
    for step in steps:
        first = int(step["first_id"])
        record_link = (e(w(lang, "this_pledge")) if first == int(pledge["id"])
                       else a(pledge_path(first, view), e(w(lang, "pledge_link", id=first))))
        title = e(clip(step.get("story_title"), MAX_TITLE_CHARS)) or e(w(lang, "story"))
        rows.append(f'<tr><th scope="row">{status_chip(step.get("status") or "", lang)}</th>'
                    f'<td class="date">{e(_day(step.get("first_reported")))}</td>'
                    f'<td class="num">{figure(step["records"], lang)}</td><td>{record_link}</td>'
                    f'<td>{a(story_path(step["story_id"], view), title)}</td></tr>')
    return (f'<section><h2>{e(w(lang, "steps_title"))}</h2><p class="note">{e(note)}</p>'
            f'<table class="steps"><caption class="vh">{e(w(lang, "steps_title"))}</caption><thead><tr>'
            f'<th scope="col">{e(w(lang, "status_col"))}</th><th scope="col">{e(w(lang, "first_reported"))}</th>'
            f'<th scope="col">{e(w(lang, "records_col"))}</th><th scope="col">{e(w(lang, "first_record"))}</th>'
            f'<th scope="col">{e(w(lang, "story"))}</th></tr></thead><tbody>{"".join(rows)}</tbody></table>'
            "</section>")


def _reports(record: dict, lang: str) -> str:
    """Every article that reported the pledge (the first ones, when many), with its own
    evidence sentence where the store kept one."""
    count, reports = int(record["report_count"]), record["reports"]
    rows = []
    for report in reports:
        outlet = e(clip(report.get("outlet"), MAX_NAME_CHARS)) or "?"
        title = e(clip(report.get("title"), MAX_TITLE_CHARS))
        href = safe_href(report.get("url"))
        title_cell = a(href, title or outlet, rel_external=True) if href else title
        language = clip(report.get("lang"), 20)
        evidence = report.get("evidence")
        evidence_cell = (e(clip(evidence, MAX_EVIDENCE_CHARS)) if evidence
                         else f'<span class="note">{e(w(lang, "evidence_not_kept"))}</span>')
        read_at = report.get("read_at")
        rows.append(f'<tr><td class="date">{e(_day(report.get("published")))}</td><th scope="row">{outlet}</th>'
                    f'<td{language_attribute(language)}>{title_cell}</td>'
                    f'<td>{e(language) or e(w(lang, "unknown_language"))}</td>'
                    f'<td class="evidence"{language_attribute(language)}>{evidence_cell}</td>'
                    f'<td class="date">{e(read_at.strftime(UTC_MINUTE) if read_at else "")}</td></tr>')
    shown = figure(len(reports), lang)
    more = (f'<p class="note">{e(w(lang, "reports_more", shown=shown, count=figure(count, lang)))}</p>'
            if count > len(reports) else "")
    return (f'<section><h2>{e(w(lang, "reports_title"))}</h2><p class="count">{e(counted(lang, "reports", count))}</p>'
            f'<table class="reports"><caption class="vh">{e(w(lang, "reports_title"))}</caption><thead><tr>'
            f'<th scope="col">{e(w(lang, "published_col"))}</th><th scope="col">{e(w(lang, "outlet_col"))}</th>'
            f'<th scope="col">{e(w(lang, "title_col"))}</th><th scope="col">{e(w(lang, "language_col"))}</th>'
            f'<th scope="col">{e(w(lang, "evidence"))}</th><th scope="col">{e(w(lang, "read_col"))}</th></tr>'
            f'</thead><tbody>{"".join(rows)}</tbody></table>{more}</section>')


def pledge_page(record: dict, view: View, lang: str) -> str:
    """The page of one pledge: `record` as WebData.pledge_record gives it."""
    pledge = record["pledge"]
    pledge_id = int(pledge["id"])
    donor = pledge.get("donor") or ""
    back = ""
    if filterable("donor", donor):
        back = (a(link("/pledges", View(lang=view.lang, root=view.root), donor=donor),
                  e(w(lang, "all_of_donor", **donor_words(donor, lang)))) + " · "
                + a(link(f"/donors/{donor}", View(lang=view.lang, root=view.root)),
                    e(w(lang, "donor_page_link", donor=donor_name(donor, lang)))))
    body = _facts(pledge, view, lang, record["reports"]) + _steps(record, view, lang) + _reports(record, lang) + f"<p>{back}</p>"
    what = describe(Pledge(donor=donor, category=pledge.get("category") or "", status=pledge.get("status") or "",
                           item="", system=clip(pledge.get("system"), MAX_NAME_CHARS) or None,
                           quantity=pledge.get("quantity"), value=pledge.get("value"),
                           currency=pledge.get("currency")), lang)
    title = f'{w(lang, "pledge_title", id=pledge_id)}{w(lang, "colon")}{what}'
    return layout(f"/pledges/{pledge_id}", view, lang, title, body)
