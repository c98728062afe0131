"""PledgeStore: one part of SqliteStore (bot/adapters/sqlite_store.py), which combines
the parts over one connection."""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any, NamedTuple

from bot.adapters.store.base import StoreBase
from bot.core.iso_times import from_iso, utc_iso
from bot.core.models import Pledge


class StoryPledgeFilter(NamedTuple):
    """The filter words a list of stories keeps by the pledges they hold (a story holding one
    pledge of the donor, category, systems and status given); None: any."""
    donor: str | None = None
    category: str | None = None
    systems: tuple[str, ...] | None = None
    status: str | None = None

# The settings row counting pledge rows edited in place (a count filled in later): part of the
# pledges' version, as an edit changes neither the highest id nor the number of rows.
PLEDGE_EDITS_SETTING = "pledge_edits"

def _sources_column(shown: int | None) -> str:
    """A pledge's sources as a JSON array: all of them, or the first `shown` and their number
    (a pledge whose story a feed gave 1,000 links decoded them all for a page showing ten) and
    the language of its sentence's article (the pages' rows; an export has no column for it)."""
    joined = ("FROM pledge_sources ps JOIN story_sources ss ON ss.entry_id = ps.entry_id "
              "AND ss.story_id = p.story_id WHERE ps.pledge_id = p.id")
    if shown is None:
        return f", (SELECT json_group_array(json_object('source', ss.source, 'url', ss.url)) {joined}) AS sources"
    return (f", (SELECT json_group_array(json_object('source', x.source, 'url', x.url)) FROM "
            f"(SELECT ss.source, ss.url {joined} ORDER BY ps.entry_id LIMIT {int(shown)}) AS x) AS sources"
            f", (SELECT count(*) {joined}) AS source_count"
            # The language of the article that gave the row's sentence (its first report with
            # that sentence, as the pledge's page finds it), for the list's lang attribute.
            ", (SELECT coalesce(e.lang, f.lang) FROM pledge_sources ps JOIN entries e ON e.id = ps.entry_id "
            "JOIN feeds f ON f.id = e.feed_id WHERE ps.pledge_id = p.id AND ps.evidence = p.evidence "
            "ORDER BY e.fetched_at, ps.entry_id LIMIT 1) AS evidence_lang")


class PledgeStore(StoreBase):
    """Pledges: where they are written (add_pledges) and read back, filtered, for /pledges,
    exports and totals.
    """

    def add_pledges(self, story_id: int, entry_id: int, pledges: Iterable[Pledge], reported_at: datetime) -> int:
        """Record pledges for a story; the same pledge from another outlet only adds a source."""
        added = 0
        for p in pledges:
            rows = self._rows(
                "INSERT INTO pledges (story_id, donor, category, status, system, item, quantity, value, currency, "
                "evidence, reported_at, shared_with) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT DO NOTHING RETURNING id",
                [
                    story_id,
                    p.donor,
                    p.category,
                    p.status,
                    p.system or "",
                    p.item,
                    _storable_count(p.quantity),
                    p.value if p.value is None or math.isfinite(p.value) else None,  # inf is no JSON
                    p.currency,
                    p.evidence,
                    utc_iso(reported_at),
                    ",".join(p.shared_with),
                ],
            )
            if rows:
                pledge_id = rows[0]["id"]
                added += 1
            else:
                row = self._rows(
                    "SELECT id, quantity FROM pledges WHERE story_id = ? AND donor = ? AND category = ? "
                    "AND status = ? AND system = ?",
                    [story_id, p.donor, p.category, p.status, p.system or ""],
                )[0]
                pledge_id = row["id"]
                count = _storable_count(p.quantity)
                if row["quantity"] is None and count is not None:
                    pledge_id = self._count_told_later(pledge_id, count)
            self._exec(
                "INSERT INTO pledge_sources (pledge_id, entry_id, evidence) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                [pledge_id, entry_id, p.evidence or ""],
            )
        return added

    def _count_told_later(self, pledge_id: int, quantity: int) -> int:
        """A story's pledge row was made by a report naming no count ("sends more M109 howitzers") and a
        later report of it names one ("nine more"): the row takes that count, or the tracker shows the
        pledge with none whatever its reports say. The row keeps its id: /pledges/<id> links are cited,
        and a new id would break every one. The tracker's caches (pledges_version, export_version) see the
        edit through a counter of such edits, raised in the same transaction. Returns the row's id."""
        self._exec("UPDATE pledges SET quantity = ? WHERE id = ?", [quantity, pledge_id])
        self._exec(
            "INSERT INTO settings (name, value) VALUES (?, '1') "
            "ON CONFLICT(name) DO UPDATE SET value = CAST(value AS INTEGER) + 1",
            [PLEDGE_EDITS_SETTING],
        )
        return pledge_id

    def _pledge_edits(self) -> int:
        """How many times a stored pledge row was edited in place (a count filled in)."""
        rows = self._rows("SELECT value FROM settings WHERE name = ?", [PLEDGE_EDITS_SETTING])
        return int(rows[0]["value"]) if rows else 0

    def story_pledges(self, story_id: int) -> list[Pledge]:
        """A story's pledges, in the order they were first reported."""
        return [_story_pledge(r) for r in self._story_pledge_rows(story_id)]

    def story_pledges_told_by(self, story_id: int, urls: Iterable[str]) -> list[Pledge]:
        """Those of a story's pledges (as story_pledges) whose every report is one at `urls`: an alert
        listing those reports may show the row's count, which one of them told."""
        listed = set(urls)
        unlisted = {
            r["pledge_id"]
            for r in self._rows(
                "SELECT ps.pledge_id, ss.url FROM pledge_sources ps JOIN pledges p ON p.id = ps.pledge_id "
                "LEFT JOIN story_sources ss ON ss.story_id = p.story_id AND ss.entry_id = ps.entry_id "
                "WHERE p.story_id = ?",
                [story_id],
            )
            if r["url"] is None or r["url"] not in listed
        }
        return [_story_pledge(r) for r in self._story_pledge_rows(story_id) if r["id"] not in unlisted]

    def _story_pledge_rows(self, story_id: int) -> list:
        return self._rows("SELECT * FROM pledges WHERE story_id = ? ORDER BY reported_at, id", [story_id])

    # ORDER BY clauses the pledge table may be sorted by (chosen by key, never built from input).
    # Each is an index's order whole, so a page reads its rows off the index and stops: the
    # indexes (donor, reported_at DESC) and the like end with the rowid ascending, so pledges
    # reported at the same moment come by id ascending. With "p.id DESC" there, SQLite sorted
    # the rows of each moment in a temporary B-tree, and a deep page sorted its way through
    # every row before it (page 1,201 by donor at 64k pledges: 118 ms, 1.2 ms without).
    PLEDGE_ORDERS = {
        "newest": "ORDER BY p.reported_at DESC, p.id DESC",
        "oldest": "ORDER BY p.reported_at, p.id",
        "donor": "ORDER BY p.donor, p.reported_at DESC, p.id",
        "category": "ORDER BY p.category, p.reported_at DESC, p.id",
        "status": "ORDER BY p.status, p.reported_at DESC, p.id",
        # NULL sorts lowest in SQLite, so pledges without a value come last; an index on
        # (value, reported_at) read backwards gives this order.
        "value": "ORDER BY p.value DESC, p.reported_at DESC, p.id DESC",
        "added": "ORDER BY p.id DESC",  # newest stored first: the Atom feed of new pledges
    }

    def pledge_rows(
        self,
        since: datetime | None = None,
        limit: int | None = None,
        *,
        donor: str | None = None,
        category: str | None = None,
        system: str | None = None,
        systems: Sequence[str] | None = None,
        status: str | None = None,
        with_sources: bool = True,
        sources_shown: int | None = None,
        offset: int = 0,
        order: str = "newest",
        until: datetime | None = None,
    ) -> list[dict]:
        """Pledges newest first (or in another of PLEDGE_ORDERS), filtered in SQL
        (`systems`: any of these, a family such as Leopard 1 and Leopard 2);
        `with_sources` adds each one's sources (names and URLs), which totals and
        charts do not need; with `sources_shown`, only the first ones (in the order of their
        entries) and their number, `source_count` (a web page shows ten). `until`: reported
        before that moment (the web tracker's range of days ends there)."""
        where, params = self._pledge_filter(since, donor, category, system, systems, status, until)
        sources = _sources_column(sources_shown) if with_sources else ""
        order_by = self.PLEDGE_ORDERS[order]
        if limit:
            # The page's ids first, from the pledges table alone (its indexes give the order),
            # then the columns and sources of those rows only: a sort that cannot use an index
            # would otherwise compute every matching row's sources before keeping 50 of them.
            sql = (
                f"SELECT p.*, s.title AS story_title{sources} FROM (SELECT p.id FROM pledges p {where} {order_by} "
                f"LIMIT ? OFFSET ?) AS page JOIN pledges p ON p.id = page.id JOIN stories s ON s.id = p.story_id "
                f"{order_by}"
            )
            params += [limit, max(0, offset)]
        else:
            sql = (
                f"SELECT p.*, s.title AS story_title{sources} FROM pledges p JOIN stories s ON s.id = p.story_id "
                f"{where} {order_by}"
            )
        rows = self._rows(sql, params)
        for row in rows:
            row["sources"] = json.loads(row["sources"] or "[]") if with_sources else []
        return rows

    def pledge_status_counts(
        self, since: datetime | None = None, *, donor: str | None = None, category: str | None = None,
        systems: Sequence[str] | None = None, status: str | None = None, until: datetime | None = None,
    ) -> dict[str, int]:
        """How many of the filtered pledges have each status (no status is "pledged", as
        the totals read it): a list's count and the summary's then tell the same records."""
        # Grouped by the stored column, so the status index gives the groups in order; grouped
        # by coalesce(nullif(status, ''), 'pledged'), SQLite sorted every matching row in a
        # temporary B-tree first (each list page counts its view).
        counts: dict[str, int] = {}
        for stored, n in self.pledge_counts_by("status", since, donor=donor, category=category, systems=systems,
                                               status=status, until=until).items():
            counts[stored or "pledged"] = counts.get(stored or "pledged", 0) + n
        return counts

    # The columns pledge_counts_by groups by (chosen by key, never built from input).
    _COUNTED_COLUMNS = {"donor": "p.donor", "category": "p.category", "status": "p.status"}

    def pledge_counts_by(
        self, column: str, since: datetime | None = None, *, donor: str | None = None, category: str | None = None,
        systems: Sequence[str] | None = None, status: str | None = None, until: datetime | None = None,
    ) -> dict[str, int]:
        """How many of the filtered pledges hold each stored value of `column` (donor, category
        or status), as stored: the web list sorts by the names these codes show
        (bot/web/shown_order.py) and reads each code's rows off its index."""
        where, params = self._pledge_filter(since, donor, category, None, systems, status, until)
        grouped = self._COUNTED_COLUMNS[column]
        sql = f"SELECT {grouped} AS code, count(*) AS n FROM pledges p {where} GROUP BY {grouped}"
        return {row["code"]: row["n"] for row in self._rows(sql, params)}

    def latest_report_time(
        self, since: datetime | None = None, *, donor: str | None = None, category: str | None = None,
        systems: Sequence[str] | None = None, status: str | None = None, until: datetime | None = None,
        first: bool = False,
    ) -> datetime | None:
        """When the latest (`first`: the earliest) of the filtered pledges was first reported;
        None when none is. What a figure read from the web tracker is "as of" (it changes only
        as pledges are stored). One aggregate alone, so SQLite reads it off an index's end."""
        where, params = self._pledge_filter(since, donor, category, None, systems, status, until)
        aggregate = "min" if first else "max"
        row = self._rows(f"SELECT {aggregate}(p.reported_at) AS moment FROM pledges p {where}", params)[0]
        return from_iso(row["moment"])

    def donor_months(self, donor: str, since: datetime | None = None, until: datetime | None = None,
                     months: int = 120, *, category: str | None = None, systems: Sequence[str] | None = None,
                     status: str | None = None) -> list[dict]:
        """One donor's pledges per month they were first reported (UTC), the latest `months`
        months that have any, newest first: month ("2026-03"), status, n records and units
        (quantities summed), within the filters given as for pledge_groups. The donor's page
        (bot/web/donor_page.py) follows it over time."""
        where, params = self._pledge_filter(since, donor, category, None, systems, status, until)
        # A few rows per month (one per status): cut to the latest months here, not in SQL.
        rows = self._rows(
            "SELECT substr(p.reported_at, 1, 7) AS month, p.status, count(*) AS n, "
            f"coalesce(sum(p.quantity), 0) AS units FROM pledges p {where} GROUP BY 1, 2 ORDER BY 1 DESC, 2",
            params,
        )
        kept = sorted({row["month"] for row in rows}, reverse=True)[:months]
        return [row for row in rows if row["month"] >= kept[-1]] if kept else []

    def pledges_version(self) -> tuple[int, int, int]:
        """(highest pledge id, number of pledges, in-place edits): changes whenever the pledges do.
        Adding raises the id; a story merge that makes two pledges one lowers the count
        with the id unchanged, so no pair comes back; a count filled into a stored row
        (_count_told_later) raises the edits."""
        row = self._rows("SELECT coalesce(max(id), 0) AS id, count(*) AS n FROM pledges")[0]
        return row["id"], row["n"], self._pledge_edits()

    def export_version(self) -> tuple[int, ...]:
        """What an export's rows are made of, counted cheaply: the pledges, their sources and
        the stories' sources (a merge moves sources; a new outlet adds one), each as (highest
        rowid, number of rows), and the pledges' in-place edits. An export of the same view with
        the same version has the same rows (the web tracker answers a conditional download from
        it without writing it)."""
        row = self._rows(
            "SELECT (SELECT coalesce(max(rowid), 0) FROM pledges) AS p_id, (SELECT count(*) FROM pledges) AS p_n, "
            "(SELECT coalesce(max(rowid), 0) FROM pledge_sources) AS ps_id, "
            "(SELECT count(*) FROM pledge_sources) AS ps_n, "
            "(SELECT coalesce(max(rowid), 0) FROM story_sources) AS ss_id, (SELECT count(*) FROM story_sources) AS ss_n"
        )[0]
        return (*row.values(), self._pledge_edits())

    def pledge_groups(
        self, since: datetime | None = None, *, donor: str | None = None, category: str | None = None,
        system: str | None = None, systems: Sequence[str] | None = None, status: str | None = None,
        until: datetime | None = None,
    ) -> list[dict]:
        """The filtered pledges counted per (donor, category, status, currency): n pledges,
        quantity (units summed), value (money summed) and n_valued (pledges with a value).
        What totals need, without fetching every row.

        A figure several givers share is on each partner's row; the partners' rows after the
        first (within the filter) are summed again as quantity_repeated, value_repeated and
        n_valued_repeated, which totals across donors take off (bot.core.pledges.listing.totals)."""
        where, params = self._pledge_filter(since, donor, category, system, systems, status, until)
        groups = self._rows(
            "SELECT p.donor, p.category, p.status, p.currency, count(*) AS n, "
            "coalesce(sum(p.quantity), 0) AS quantity, coalesce(sum(p.value), 0) AS value, "
            f"count(p.value) AS n_valued FROM pledges p {where} "
            "GROUP BY p.donor, p.category, p.status, p.currency",
            params,
        )
        # Shared rows are few: the partial index pledges_shared holds them in partition
        # order, so this reads neither the other rows nor the table.
        shared_where = f"{where} AND p.shared_with != ''" if where else "WHERE p.shared_with != ''"
        repeated = {
            (r["donor"], r["category"], r["status"], r["currency"]): r
            for r in self._rows(
                "SELECT donor, category, status, currency, coalesce(sum(quantity), 0) AS quantity_repeated, "
                "coalesce(sum(value), 0) AS value_repeated, count(value) AS n_valued_repeated FROM ("
                "SELECT p.donor, p.category, p.status, p.currency, p.quantity, p.value, "
                "row_number() OVER (PARTITION BY p.story_id, p.category, p.status, p.system, "
                f"p.shared_with, p.currency ORDER BY p.donor) AS nth FROM pledges p {shared_where}) WHERE nth > 1 "
                "GROUP BY donor, category, status, currency",
                params,
            )
        }
        for group in groups:
            extra = repeated.get((group["donor"], group["category"], group["status"], group["currency"]), {})
            for key in ("quantity_repeated", "value_repeated", "n_valued_repeated"):
                group[key] = extra.get(key, 0)
        return groups

    # -- one pledge, for its page on the web tracker (bot/web/pledge_page.py) -------------

    def pledge_record(self, pledge_id: int) -> dict | None:
        """The pledge `pledge_id` with its story's title, URL and first-seen time; None when no
        pledge has that id (never stored, or made one with its twin by a story merge)."""
        rows = self._rows(
            "SELECT p.*, s.title AS story_title, s.url AS story_url, s.first_seen AS story_first_seen "
            "FROM pledges p JOIN stories s ON s.id = p.story_id WHERE p.id = ?",
            [pledge_id],
        )
        return rows[0] if rows else None

    def pledge_reports(self, pledge_id: int, limit: int) -> list[dict]:
        """The articles that reported the pledge, in the order they were read (the first
        `limit`): outlet (the story source's name, else the feed's), url, title, lang,
        published (the article's date, None when it gave none), read_at (when the bot stored
        it) and evidence (the sentence read in that article; '' for reports stored before
        the store kept one per report)."""
        rows = self._rows(
            "SELECT coalesce(ss.source, f.name) AS outlet, coalesce(nullif(ss.url, ''), e.url) AS url, e.title, "
            "coalesce(e.lang, f.lang) AS lang, e.published, e.fetched_at AS read_at, ps.evidence "
            "FROM pledge_sources ps JOIN pledges p ON p.id = ps.pledge_id JOIN entries e ON e.id = ps.entry_id "
            "JOIN feeds f ON f.id = e.feed_id "
            "LEFT JOIN story_sources ss ON ss.entry_id = ps.entry_id AND ss.story_id = p.story_id "
            "WHERE ps.pledge_id = ? ORDER BY e.fetched_at, ps.entry_id LIMIT ?",
            [pledge_id, limit],
        )
        for row in rows:
            row["published"], row["read_at"] = from_iso(row["published"]), from_iso(row["read_at"])
        return rows

    def pledge_report_count(self, pledge_id: int) -> int:
        return self._rows("SELECT count(*) AS n FROM pledge_sources WHERE pledge_id = ?", [pledge_id])[0]["n"]

    def pledge_steps(self, pledge: dict) -> list[dict]:
        """The statuses the store holds for the same donor's same thing, in the order they
        were first reported: with a system named, every record of that donor, category and
        system, whatever the story (IRIS-T-SLM pledged in March, delivered in October);
        without one, the records of that donor and category in the pledge's own story only
        ("air defence" alone names no one thing across stories). Each step: status,
        first_reported, records (how many), and the first record's id, story_id and story_title.
        One row per status however many records there are (a system reported daily)."""
        # With min() the only min/max aggregate, SQLite takes the bare columns (id, story_id)
        # from the row holding the minimum: the first record of each status.
        rows = self._rows(
            "SELECT p.status, min(p.reported_at) AS first_reported, p.id AS first_id, p.story_id, "
            "count(*) AS records FROM pledges p WHERE p.donor = :donor AND p.category = :category "
            "AND p.system = :system AND (:system != '' OR p.story_id = :story) GROUP BY p.status",
            {"donor": pledge["donor"], "category": pledge["category"], "system": pledge["system"] or "",
             "story": pledge["story_id"]},
        )
        titles = {row["id"]: row["title"] for row in self._rows(
            "SELECT id, title FROM stories WHERE id IN (SELECT value FROM json_each(?))",
            [json.dumps([row["story_id"] for row in rows])])}
        for row in rows:
            row["story_title"] = titles.get(row["story_id"], "")
        return sorted(rows, key=lambda row: (row["first_reported"], row["first_id"]))

    @staticmethod
    def _pledge_filter(
        since: datetime | None, donor: str | None, category: str | None, system: str | None,
        systems: Sequence[str] | None = None,
        status: str | None = None,
        until: datetime | None = None,
    ) -> tuple[str, list[Any]]:
        """A WHERE clause of fixed fragments; every value is a bound parameter (a list
        of systems as one JSON array, read back by json_each)."""
        clauses: list[str] = []
        params: list[Any] = []
        for fragment, value in (("p.reported_at >= ?", utc_iso(since) if since else None),
                                ("p.reported_at < ?", utc_iso(until) if until else None), ("p.donor = ?", donor),
                                ("p.category = ?", category), ("p.system = ?", system),
                                ("p.system IN (SELECT value FROM json_each(?))",
                                 json.dumps(list(systems)) if systems else None),
                                ("p.status = ?", status)):
            if value is not None:
                clauses.append(fragment)
                params.append(value)
        return ("WHERE " + " AND ".join(clauses)) if clauses else "", params


# SQLite's integers are 64-bit. A count beyond (text reading "99999999999999999999 tanks"
# as 10^20) raised OverflowError, which rolled the whole poll back: the feed failed on
# every poll while the item stayed in it. No count that size is one; the pledge is kept
# without it.
_MAX_SQLITE_INTEGER = 2**63 - 1


def _storable_count(quantity: int | None) -> int | None:
    return quantity if quantity is None or -_MAX_SQLITE_INTEGER <= quantity <= _MAX_SQLITE_INTEGER else None


def _story_pledge(r) -> Pledge:
    """A pledges row as the Pledge a story's alert shows."""
    return Pledge(donor=r["donor"], category=r["category"], status=r["status"], item=r["item"],
                  system=r["system"] or None, quantity=r["quantity"], value=r["value"], currency=r["currency"],
                  evidence=r["evidence"], shared_with=tuple(filter(None, r["shared_with"].split(","))))
