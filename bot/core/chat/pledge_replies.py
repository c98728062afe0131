"""The texts of the /pledges command: one pledge as a line (with its first outlet
linked where the platform can), the list's header and the summary. The filters the
command reads are bot/core/pledges/listing/filters.py (shared with the CLI and exports); the
command itself is in bot.core.chat.query_commands.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.chat.alerts import describe_pledge
from bot.core.chat.chart_spec import filter_line
from bot.core.chat.i18n import t
from bot.core.chat.period_words import period_words
from bot.core.models import Pledge
from bot.core.pledges.listing.filters import PledgeFilter
from bot.core.pledges.listing.totals import commitments_and_others, format_money, pledge_totals, ranked
from bot.core.pledges.listing.words import category_words, donor_name, status_words
from bot.core.text import one_line


def pledge_segments(row: dict, lang: str = "en") -> list[tuple[str, str]]:
    """One pledge as pieces of a line: "2023-02-13 · Germany — Gepard air defence ×300 —
    pledged · " then the first outlet's name, linked to its article."""
    pledge = Pledge(donor=row.get("donor") or "", category=row.get("category") or "", status=row.get("status") or "",
                    item=row.get("item") or "", system=row.get("system") or None, quantity=row.get("quantity"),
                    value=row.get("value"), currency=row.get("currency"))
    date = str(row.get("reported_at") or "")[:10]
    head = " · ".join(p for p in (date, describe_pledge(pledge, lang)) if p)
    source = next((s for s in row.get("sources") or [] if (s.get("source") or "").strip()), None)
    if source is None:
        return [(head, "")]
    return [(head + " · ", ""), (one_line(source["source"]), source.get("url") or "")]


def pledge_list_title(status_counts: dict[str, int], lang: str) -> str:
    """The list's header, counting what the summary counts: commitments as pledges, the
    discussed and refused records beside them. "Pledges (17)" above a list holding one
    discussed record disagreed with the summary's "16 in total" of the same filter."""
    committed, others = commitments_and_others(status_counts)
    if not others:
        return t(lang, "pledges_title", count=committed)
    if not committed:
        return t(lang, "pledges_title_not_committed", count=others)
    return t(lang, "pledges_title_others", count=committed, others=others)


def pledge_summary(rows: Sequence[dict], flt: PledgeFilter, lang: str) -> str:
    """Commitments by donor and category, other statuses apart, money per currency
    (see bot.core.pledges.listing.totals for why they are kept apart), from the store's grouped
    rows (pledge_groups)."""
    totals = pledge_totals(rows)
    period = period_words(flt.period, lang, "title") if flt.period else t(lang, "summary_period_all")
    lines = [t(lang, "summary_title", period=period, count=totals.commitments)]
    if filter_line(flt, lang):
        lines.append(filter_line(flt, lang))
    # By name in the reply's language: the codes ("production 2") read as English in a French
    # or German sentence, and "production" is a category's name too.
    statuses = ", ".join(f"{status_words(status, lang)} {count}" for status, count in ranked(totals.by_status))
    if statuses:
        lines.append(t(lang, "summary_statuses", statuses=statuses))
    for title, counts, units, shown in (("summary_donors", totals.donors, totals.donor_units, donor_name),
                                        ("summary_categories", totals.categories, totals.category_units,
                                         category_words)):
        if counts:
            lines.append(t(lang, title))
        for name, count in ranked(counts):
            extra = t(lang, "summary_units", units=units[name]) if units[name] else ""
            lines.append("  " + t(lang, "summary_line", name=shown(name, lang), count=count, units=extra))
    if totals.money:
        lines.append(t(lang, "summary_money"))
        for currency, _ in ranked(totals.money_pledges):
            lines.append("  " + t(lang, "summary_money_line", currency=currency,
                                  value=format_money(totals.money[currency], lang),
                                  count=totals.money_pledges[currency]))
    return "\n".join(lines)
