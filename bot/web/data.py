"""What the pages show, read through SqliteStore. One WebData per database connection;
the server keeps one in its database thread."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, time, timedelta

from bot.adapters.sqlite_store import SqliteStore
from bot.adapters.store.pledges import StoryPledgeFilter
from bot.core.pledges.listing.totals import COMMITMENT_STATUSES, PledgeTotals, pledge_totals
from bot.web.deliveries import DonorDeliveries, deliveries
from bot.web.pages import MAX_SOURCES_SHOWN
from bot.web.params import View
from bot.web.shown_order import SHOWN_NAMES, counted_most_first, page_slices

PAGE_SIZE = 50
STORY_PAGE_SIZE = 20  # a story shows all its outlets and pledges: several lines each
FEED_SIZE = 50
MAX_EXPORT_ROWS = 100_000  # more than the footprint benchmark's 64k pledges
# The page of one pledge lists its first REPORTS_SHOWN reports (and counts them all); the page
# of one story lists its articles ARTICLE_PAGE_SIZE at a time, its outlets and languages
# OUTLETS_SHOWN at most (a feed giving its items new links each poll makes stories of
# thousands of articles), and its first STORY_PLEDGES_SHOWN pledges.
REPORTS_SHOWN = 100
ARTICLE_PAGE_SIZE = 50
OUTLETS_SHOWN = 50
STORY_PLEDGES_SHOWN = 200
# The page of one donor lists its latest months (ten years) and its latest pledges.
DONOR_MONTHS = 120
DONOR_PLEDGES_SHOWN = 10


MAX_CACHED_TOTALS = 256


class WebData:
    """`totals_cache` (kept by the caller between requests, one per connection) holds
    computed totals: they read every matching pledge (64k at full size), while pledges
    change only when a poll adds some (or a story merge makes two one). A cached total is
    used while the pledges are unchanged (`pledges_version`) within the same minute (a
    period counts back from the current minute)."""

    def __init__(self, store: SqliteStore, totals_cache: dict | None = None):
        self.store = store
        self.totals_cache = totals_cache

    @staticmethod
    def _filters(view: View, now: datetime) -> dict:
        """The store's filter arguments for the view: its filter words, and its period (counted
        back from `now`) or its range of days (`from` at 00:00 UTC to the end of `to`)."""
        flt = view.flt
        since = now - timedelta(days=flt.days) if flt.days else _midnight(view.first_day)
        until = _midnight(view.last_day + timedelta(days=1)) if view.last_day else None
        return {"since": since, "until": until, "donor": flt.donor, "category": flt.category,
                "systems": flt.systems, "status": flt.status}

    def pledge_page(self, view: View, now: datetime, lang: str = "en") -> tuple[list[dict], dict[str, int]]:
        """(the rows of the view's page, how many match in all per status). `lang`: the page's
        language, whose names the orders by donor, category and status follow."""
        filters = self._filters(view, now)
        counts = self.store.pledge_status_counts(**filters)
        rows = self._ordered_rows(view, filters, lang, (view.page - 1) * PAGE_SIZE, PAGE_SIZE, MAX_SOURCES_SHOWN)
        return rows, counts

    def export_rows(self, view: View, now: datetime) -> list[dict]:
        """Every row of the view (MAX_EXPORT_ROWS at most), in its order, by what the export's
        own columns show: donors by their English names (Countries, Organisation), categories
        and statuses by their codes (Type of Aid Specific, Status hold the codes)."""
        return self._ordered_rows(view, self._filters(view, now), "en", 0, MAX_EXPORT_ROWS, None,
                                  by_names=("donor",))

    def _ordered_rows(self, view: View, filters: dict, lang: str, offset: int, limit: int,
                      sources_shown: int | None, by_names: tuple[str, ...] = tuple(SHOWN_NAMES)) -> list[dict]:
        """`limit` rows of the view from `offset`, in the view's order. By donor, category or
        status (those of `by_names`) the rows follow the names the page shows, not the stored
        codes ("Allemagne" before "France", where "DE" came after "AT" and before "FR" whatever
        the language): each code's rows are read off its index in turn (bot/web/shown_order.py)."""
        rest = {name: value for name, value in filters.items() if name != "since"}
        if view.sort not in by_names:
            return self.store.pledge_rows(filters["since"], limit, offset=offset, order=view.sort,
                                          sources_shown=sources_shown, **rest)
        counts = self.store.pledge_counts_by(view.sort, **filters)
        rows: list[dict] = []
        for part in page_slices(counts, view.sort, lang, offset, limit):
            rows += self.store.pledge_rows(filters["since"], part.count, offset=part.offset, order=view.sort,
                                           sources_shown=sources_shown, **{**rest, view.sort: part.code})
        return rows

    def export_version(self, view: View, now: datetime) -> tuple:
        """Changes whenever export_rows(view, now) may: the tables' counts (store.export_version)
        and, for a period counting back from now, how many pledges it holds still (the set of
        pledges unchanged, one leaving the period lowers it)."""
        version = self.store.export_version()
        if not view.flt.days:
            return version
        return (*version, sum(self.store.pledge_status_counts(**self._filters(view, now)).values()))

    def new_pledges(self, view: View, now: datetime) -> list[dict]:
        filters = self._filters(view, now)
        since = filters.pop("since")
        return self.store.pledge_rows(since, FEED_SIZE, order="added", sources_shown=MAX_SOURCES_SHOWN, **filters)

    def totals(self, view: View, now: datetime) -> PledgeTotals:
        return self.totals_and_deliveries(view, now)[0]

    def totals_and_deliveries(self, view: View, now: datetime) -> tuple[PledgeTotals, dict[str, DonorDeliveries]]:
        """The totals, and per donor what was committed against what was reported delivered
        (bot/web/deliveries.py), from one read of the pledge groups."""
        filters = self._filters(view, now.replace(second=0, microsecond=0))
        if self.totals_cache is None:
            return _both(self.store.pledge_groups(**filters))
        key = (*self.store.pledges_version(), *filters.values())
        both = self.totals_cache.get(key)
        if both is None:
            both = _both(self.store.pledge_groups(**filters))
            if len(self.totals_cache) >= MAX_CACHED_TOTALS:
                self.totals_cache.clear()
            self.totals_cache[key] = both
        return both

    def latest_report(self, view: View, now: datetime) -> datetime | None:
        """When the latest pledge of the view was first reported: what its figures are "as of"."""
        return self.store.latest_report_time(**self._filters(view, now))

    def first_report(self, view: View, now: datetime) -> datetime | None:
        """When the earliest pledge of the view was first reported: since when its figures count."""
        return self.store.latest_report_time(first=True, **self._filters(view, now))

    def donor_list(self, view: View | None = None, now: datetime | None = None,
                   lang: str = "en") -> list[tuple[str, int]]:
        """Every donor with a record of any status the view keeps (its filter words, and its period
        or range of days), and how many, most first (then by the names shown in `lang`): the list at
        /donors. The range was taken for the comparison's form alone, and the counts beside it were
        of all time; the filter words were refused until stop 61, and the menu's link dropped them."""
        filters = self._filters(view, now) if view is not None and now is not None else {}
        counts: Counter[str] = Counter()
        for group in self.store.pledge_groups(**filters):
            counts[group["donor"]] += group["n"]
        return list(counted_most_first(counts, "donor", lang))

    def donor_record(self, donor: str, view: View, now: datetime) -> dict | None:
        """One donor over time, within the view's range of days: its pledges per month
        (PledgeStore.donor_months), its commitments against its reported deliveries per
        category and currency, its first and latest report, and its latest pledges. None
        when the store holds no pledge of the donor at all."""
        found = self._donor_summary(donor, view, now)
        if found is not None:
            filters = {**self._filters(view, now), "donor": donor}
            since = filters.pop("since")
            found["pledges"] = self.store.pledge_rows(since, DONOR_PLEDGES_SHOWN, sources_shown=MAX_SOURCES_SHOWN,
                                                      **filters)
        return found

    def donor_pair(self, donors: tuple[str, str], view: View, now: datetime) -> tuple[dict | None, dict | None]:
        """Two donors side by side (the comparison page): each as donor_record gives it, without
        its latest pledges; None for a donor the store holds no pledge of."""
        first, second = (self._donor_summary(donor, view, now) for donor in donors)
        return first, second

    def _donor_summary(self, donor: str, view: View, now: datetime) -> dict | None:
        if self.store.latest_report_time(donor=donor) is None:
            return None
        # The view's filter words narrow the donor's records as they narrow the list (a category,
        # a system, a status, a period): the donor is the page's own (params.without_page_donors).
        filters = {**self._filters(view, now.replace(second=0, microsecond=0) if view.flt.days else now),
                   "donor": donor}
        # The groups and months read every record of the donor (13k for Germany at full size,
        # 20 ms): kept with the totals until pledges change, as the totals are (a period counts
        # back from the current minute, as on Totals).
        key = ("donor", *self.store.pledges_version(), *filters.values())
        kept = self.totals_cache.get(key) if self.totals_cache is not None else None
        if kept is None:
            groups = self.store.pledge_groups(**filters)
            counts: dict[str, int] = {}
            # Discussed or refused records per category: the comparison links a category's
            # committed count to the category's list only when the list holds nothing else.
            category_others: dict[str, int] = {}
            for group in groups:
                status = group["status"] or "pledged"
                counts[status] = counts.get(status, 0) + group["n"]
                if status not in COMMITMENT_STATUSES:
                    category = group["category"] or "?"
                    category_others[category] = category_others.get(category, 0) + group["n"]
            kept = (deliveries(groups), counts, self.store.donor_months(months=DONOR_MONTHS, **filters),
                    category_others)
            if self.totals_cache is not None:
                if len(self.totals_cache) >= MAX_CACHED_TOTALS:
                    self.totals_cache.clear()
                self.totals_cache[key] = kept
        donor_deliveries, counts, months, category_others = kept
        return {
            "donor": donor,
            "months": months,
            "deliveries": donor_deliveries,
            "status_counts": counts,
            "category_others": category_others,
            "first": self.store.latest_report_time(first=True, **filters),
            "latest": self.store.latest_report_time(**filters),
        }

    def story_page(self, view: View, now: datetime) -> tuple[list[dict], int]:
        """(one page of the stories first reported in the view's period or range of days, and how
        many there are)."""
        since, until, reported = self._story_window(view, now)
        holding = self._story_pledges(view)
        return (self.store.story_page(since, STORY_PAGE_SIZE, (view.page - 1) * STORY_PAGE_SIZE,
                                      sources_shown=MAX_SOURCES_SHOWN, until=until, reported=reported,
                                      holding=holding),
                self.store.story_count(since, until, reported, holding))

    def latest_story(self, view: View, now: datetime) -> datetime | None:
        """When the latest story of story_page(view, now) was first reported: what the page is "as of"."""
        return self.store.latest_story_time(*self._story_window(view, now), holding=self._story_pledges(view))

    @staticmethod
    def _story_pledges(view: View) -> StoryPledgeFilter:
        """The view's filter words as the stories keep them: those holding a pledge they keep. The
        stories took a period alone, and the menu's link to them dropped a donor chosen on the list."""
        flt = view.flt
        return StoryPledgeFilter(flt.donor, flt.category, tuple(flt.systems) if flt.systems else None, flt.status)

    def _story_window(self, view: View, now: datetime) -> tuple[datetime | None, datetime | None, bool]:
        """(since, until, reported) of the stories' query: a range of days or a period bounds the
        time stories were first reported, as it bounds the pledges' (a story and its pledges share
        their first article's date). A period counted back over when the bot first saw a story
        until stop 60: "7 days" of stories then held an archive read today, whose pledges the
        7 days of pledges left out."""
        filters = self._filters(view, now)
        return filters["since"], filters["until"], True

    def pledge_record(self, pledge_id: int) -> dict | None:
        """The pledge with its reports (the first REPORTS_SHOWN, and their number) and its
        status steps (PledgeStore.pledge_steps); None for an id no pledge has."""
        pledge = self.store.pledge_record(pledge_id)
        if pledge is None:
            return None
        return {"pledge": pledge, "reports": self.store.pledge_reports(pledge_id, REPORTS_SHOWN),
                "report_count": self.store.pledge_report_count(pledge_id), "steps": self.store.pledge_steps(pledge)}

    def story_record(self, story_id: int, page: int) -> dict | None:
        """The story with one page of its articles, how they divide by outlet and language,
        and its pledges; None for an id no story has. A story merged into another is given
        as it is (its `merged_into` says where its articles went)."""
        story = self.store.story_record(story_id)
        if story is None or story["merged_into"]:
            return story and {"story": story}
        return {"story": story,
                "articles": self.store.story_articles(story_id, ARTICLE_PAGE_SIZE, (page - 1) * ARTICLE_PAGE_SIZE),
                "counts": self.store.story_article_counts(story_id, OUTLETS_SHOWN),
                "pledges": self.store.story_pledge_rows(story_id, STORY_PLEDGES_SHOWN)}


def _midnight(day: date | None) -> datetime | None:
    return datetime.combine(day, time(0), tzinfo=UTC) if day else None


def _both(groups: list[dict]) -> tuple[PledgeTotals, dict[str, DonorDeliveries]]:
    return pledge_totals(groups), deliveries(groups)
