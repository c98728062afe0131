"""What the pages show, read through SqliteStore. One WebData per database connection;
the server keeps one in its database thread."""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.adapters.sqlite_store import SqliteStore
from bot.core.pledges.filters import PledgeFilter
from bot.core.pledges.totals import PledgeTotals, pledge_totals
from bot.web.pages import MAX_SOURCES_SHOWN
from bot.web.params import View

PAGE_SIZE = 50
STORY_PAGE_SIZE = 20  # a story shows all its outlets and pledges: several lines each
FEED_SIZE = 50
MAX_EXPORT_ROWS = 100_000  # more than the footprint benchmark's 64k pledges


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
    def _filters(flt: PledgeFilter, now: datetime) -> dict:
        since = now - timedelta(days=flt.days) if flt.days else None
        return {"since": since, "donor": flt.donor, "category": flt.category, "systems": flt.systems,
                "status": flt.status}

    def pledge_page(self, view: View, now: datetime) -> tuple[list[dict], dict[str, int]]:
        """(the rows of the view's page, how many match in all per status)."""
        filters = self._filters(view.flt, now)
        counts = self.store.pledge_status_counts(**filters)
        since = filters.pop("since")
        rows = self.store.pledge_rows(since, PAGE_SIZE, offset=(view.page - 1) * PAGE_SIZE, order=view.sort,
                                      sources_shown=MAX_SOURCES_SHOWN, **filters)
        return rows, counts

    def export_rows(self, view: View, now: datetime) -> list[dict]:
        filters = self._filters(view.flt, now)
        since = filters.pop("since")
        return self.store.pledge_rows(since, MAX_EXPORT_ROWS, order=view.sort, **filters)

    def export_version(self, view: View, now: datetime) -> tuple:
        """Changes whenever export_rows(view, now) may: the tables' counts (store.export_version)
        and, for a period counting back from now, how many pledges it holds still (the set of
        pledges unchanged, one leaving the period lowers it)."""
        version = self.store.export_version()
        if not view.flt.days:
            return version
        return (*version, sum(self.store.pledge_status_counts(**self._filters(view.flt, now)).values()))

    def new_pledges(self, view: View, now: datetime) -> list[dict]:
        filters = self._filters(view.flt, now)
        since = filters.pop("since")
        return self.store.pledge_rows(since, FEED_SIZE, order="added", sources_shown=MAX_SOURCES_SHOWN, **filters)

    def totals(self, view: View, now: datetime) -> PledgeTotals:
        filters = self._filters(view.flt, now.replace(second=0, microsecond=0))
        if self.totals_cache is None:
            return pledge_totals(self.store.pledge_groups(**filters))
        key = (*self.store.pledges_version(), *filters.values())
        totals = self.totals_cache.get(key)
        if totals is None:
            totals = pledge_totals(self.store.pledge_groups(**filters))
            if len(self.totals_cache) >= MAX_CACHED_TOTALS:
                self.totals_cache.clear()
            self.totals_cache[key] = totals
        return totals

    def story_page(self, view: View, now: datetime) -> tuple[list[dict], int]:
        since = now - timedelta(days=view.flt.days) if view.flt.days else None
        return (self.store.story_page(since, STORY_PAGE_SIZE, (view.page - 1) * STORY_PAGE_SIZE,
                                      sources_shown=MAX_SOURCES_SHOWN),
                self.store.story_count(since))
