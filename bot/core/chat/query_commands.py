"""The chat commands that ask what the bot has found: /latest (the newest stories),
/search (the articles seen) and /pledges (the pledges found, as a list, a summary or a
chart). The texts of a pledge line and a summary are in pledge_replies.py; the filter
words of /pledges are read by bot/core/pledges/listing/filters.py."""

from __future__ import annotations

from datetime import timedelta

from bot.core.chat.chart_spec import describe_filter, filter_line
from bot.core.chat.command_group import CommandGroup
from bot.core.chat.command_list import MAX_LATEST
from bot.core.chat.i18n import filter_kind, t
from bot.core.chat.period_words import period_words
from bot.core.chat.pledge_replies import pledge_list_title, pledge_segments, pledge_summary
from bot.core.chat.replies import Reply, linked_reply
from bot.core.chat.services import ChatContext
from bot.core.feeds.host_scripts import mixed_script_label
from bot.core.feeds.urls import shown_link
from bot.core.pledges.listing.filters import (
    FILTER_CATEGORIES,
    MAX_PERIOD_DAYS,
    LeftOutError,
    PeriodOutOfRangeError,
    PledgeFilter,
    PledgeFilterError,
    SummaryAndChartError,
    parse_pledge_filters,
)
from bot.core.pledges.listing.filter_guess import guessed_filter_word, words_put_right
from bot.core.pledges.listing.totals import is_commitment
from bot.core.pledges.listing.words import category_words, status_words
from bot.core.text import one_line
from bot.core.text.search_query import MAX_QUERY_CHARS, MAX_WORDS, bounded_query, search_parts, shown, wanted

DEFAULT_LATEST = 5
MAX_PLEDGE_LINES = 15
MAX_SEARCH_RESULTS = 10


class QueryCommands(CommandGroup):
    """/latest, /search, /pledges; pledge_list also serves the command line's `pledges`."""

    def _cmd_latest(self, ctx: ChatContext, args: str, lang: str) -> str:
        if not args:
            count = DEFAULT_LATEST
        elif args.isascii() and args.isdigit() and 1 <= int(args) <= MAX_LATEST:
            count = int(args)
        else:
            # A word that is no number named first ("/latest abc" was told the usage alone); a number
            # out of range is told the range.
            named = [] if args.isascii() and args.isdigit() else [t(lang, "latest_bad_word", word=args[:30])]
            return "\n".join([*named, t(lang, "latest_bad", max=MAX_LATEST)])
        rows = self.services.latest(count)
        if not rows:
            return t(lang, "latest_none")
        # Each story: its date, its title linked to the first article, and how many
        # outlets reported it (a story told by many is more likely to matter).
        pieces: list[tuple[str, str]] = [(t(lang, "latest_title"), "")]
        for row in rows:
            # The date it is sorted by: its newest article's (SqliteStore.latest_stories).
            when = str(row.get("newest") or row.get("published") or row.get("first_seen") or "")[:10]
            title = one_line(row.get("title")) or "-"
            outlets = int(row.get("outlets") or 0)
            names = row.get("sources") or ""
            reported = t(lang, "latest_outlets_one" if outlets == 1 else "latest_outlets", count=outlets, names=names)
            pieces += [("\n", ""), (f"{when} · " if when else "", ""), (title, row.get("url") or ""),
                       (f" · {reported}" if outlets else "", "")]
        return linked_reply(pieces)

    def _cmd_search(self, ctx: ChatContext, args: str, lang: str) -> str:
        query, cut = bounded_query(one_line(args))
        parts = search_parts(query)
        if not parts:
            return t(lang, "search_empty")
        if not wanted(parts):
            # "/search -NASAMS" searched for the word it meant to leave out.
            return t(lang, "search_only_excluded", query=shown(parts, lang))
        rows = self.services.search(query, MAX_SEARCH_RESULTS)
        # Repeated as searched: phrases in quotes, stray quotes and punctuation left out
        # (repr() showed '"Leopard 2"').
        # A query cut to its first words says so: "Nothing found" for what was never searched misled.
        cut_note = "\n" + t(lang, "search_cut", words=MAX_WORDS, chars=MAX_QUERY_CHARS) if cut else ""
        if not rows:
            return t(lang, "search_none", query=shown(parts, lang)) + cut_note
        lines = [t(lang, "search_title", query=shown(parts, lang)) + cut_note]
        for row in rows:
            when = str(row.get("published") or "")[:10]
            head = " · ".join(p for p in (when, row.get("title") or "") if p)
            lines.append(f"{head}\n{shown_link(row.get('url') or '')}".rstrip())
        return "\n".join(lines)

    def _cmd_pledges(self, ctx: ChatContext, args: str, lang: str) -> str | Reply:
        try:
            flt = parse_pledge_filters(args, self.entities)
        except SummaryAndChartError:
            return t(lang, "pledges_summary_and_chart")
        except LeftOutError as exc:
            return t(lang, "pledges_left_out", word=exc.word[:60])
        except PeriodOutOfRangeError as exc:
            return t(lang, "pledges_period_range", word=exc.word[:60], years=MAX_PERIOD_DAYS // 365,
                     days=MAX_PERIOD_DAYS)
        except PledgeFilterError as exc:
            if exc.kind:
                return t(lang, "pledges_twice", kind=filter_kind(exc.kind, lang), word=exc.word[:60])
            # By name in the chat's language: each name is also a filter /pledges takes.
            categories = ", ".join(category_words(category, lang) for category in FILTER_CATEGORIES)
            reply = t(lang, "pledges_bad", word=exc.word[:60], categories=categories)
            if look_alike := mixed_script_label(exc.word[:60]):
                # "Gеrmany" with a Cyrillic "е" reads as a name the reply lists as accepted.
                reply = t(lang, "look_alike", detail=look_alike.describe(lang)) + "\n" + reply
            elif close := guessed_filter_word(exc.word, self.entities):
                # "tnaks": the word meant, and the command to send, above the list of every form.
                command = f"/pledges {words_put_right(args, exc.word, close)}"
                reply = t(lang, "pledges_close", word=exc.word[:60], close=close, command=command) + "\n\n" + reply
            return reply
        since = self.clock.now() - timedelta(days=flt.days) if flt.days else None
        if flt.summary:
            # Counted by the store, which also knows which figures several donors share.
            return pledge_summary(self.services.pledge_groups(since, flt), flt, lang)
        if flt.chart:
            # The chart needs every matching pledge, but not their sources.
            rows = self.services.pledges(since, flt, with_sources=False)
            period = period_words(flt.period, lang, "title") if flt.period else t(lang, "summary_period_all")
            # The chart counts commitments, like the summary: a refusal is not a pledge.
            rows = [r for r in rows if is_commitment(r)]
            title = t(lang, "summary_title", period=period, count=len(rows))
            filters = filter_line(flt, lang)
            caption = f"{title}\n{filters}" if filters else title
            return Reply(text=caption, photo=self.services.pledge_chart(rows, title, flt, lang))
        return self.pledge_list(flt, lang)

    def pledge_list(self, flt: PledgeFilter, lang: str, limit: int | None = MAX_PLEDGE_LINES,
                    more_hint: str = "") -> Reply:
        """The newest `limit` pledges the filter keeps (all of them when None), one line
        each, and how many more there are (followed by `more_hint`). Only those shown
        are fetched; the rest are counted in SQL. The CLI calls this with its --limit /
        --all and its own hint. When none is kept, no_pledges_text says why."""
        since = self.clock.now() - timedelta(days=flt.days) if flt.days else None
        counts = self.services.pledge_status_counts(since, flt)
        total = sum(counts.values())
        if not total:
            # Asked only when nothing is kept: a count over every pledge, once.
            stored_any = bool(sum(self.services.pledge_status_counts(None, PledgeFilter()).values()))
            return Reply(text=no_pledges_text(flt, lang, stored_any=stored_any))
        pieces: list[tuple[str, str]] = [(pledge_list_title(counts, lang), "")]
        for row in self.services.pledges(since, flt, limit=limit):
            pieces += [("\n", ""), *pledge_segments(row, lang)]
        if limit is not None and total > limit:
            pieces.append(("\n" + t(lang, "pledges_more", count=total - limit) + more_hint, ""))
        return linked_reply(pieces)


def no_pledges_text(flt: PledgeFilter, lang: str, stored_any: bool = True) -> str:
    """What to say when no pledge is kept: that none was found yet, when nothing was
    filtered or nothing is stored at all, and the filters as they were read ("Deutschland"
    as Germany), so a person sees whether a word was understood before blaming the data.
    On a new database "/pledges germany 30d", the Quick start's first command, had said
    "No pledges match: Germany · last 30d.", blaming filters that no pledge could pass."""
    parts = [describe_filter(flt, lang)] if describe_filter(flt, lang) else []
    if flt.status:
        parts.append(status_words(flt.status, lang))
    if flt.period:
        parts.append(period_words(flt.period, lang))
    if not parts:
        return t(lang, "pledges_none_yet")
    if not stored_any:
        return t(lang, "pledges_none_yet_filtered", filters=" · ".join(parts))
    return t(lang, "pledges_none_filtered", filters=" · ".join(parts))
