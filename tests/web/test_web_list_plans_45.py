"""The list of pledges under load, stop 45: every order of /pledges and the count above it are
read off an index, without SQLite sorting rows in a temporary B-tree. At the footprint
benchmark's full size (64k pledges) the count grouped by an expression sorted every pledge on
each page (67 ms), and the orders by donor, category or status sorted the rows of each moment
(page 1,201 by donor: 118 ms; bench/bench_web.py prints the pages' times). The query plans are
asked of a real SQLite store for the statements the store really ran (caught by the
connection's trace), so a change to the SQL or to the indexes is what is checked.
"""

from __future__ import annotations

import re

import pytest

from bot.core.models import Feed, Pledge
from bot.web.params import SORTS
from tests.support.web_tracker import add_story, get, serving, tracker_over


def _statements(store, read) -> list[str]:
    """The SELECT statements `read()` ran on the store's connection, with their values bound."""
    ran: list[str] = []
    store.db.conn.set_trace_callback(ran.append)
    try:
        read()
    finally:
        store.db.conn.set_trace_callback(None)
    return [sql for sql in ran if sql.lstrip().upper().startswith("SELECT")]


def _plan(store, sql: str) -> list[str]:
    return [row[3] for row in store.db.conn.execute("EXPLAIN QUERY PLAN " + sql)]


def _some_pledges(store, clock):
    """Pledges of three donors, several reported at the same moment (one article giving two),
    so the order of equal moments is exercised."""
    feed_id = store.add_feed(Feed(url="https://wire.example/feed.xml", name="Wire"), clock.now())[0]
    for n, (donor, status, value) in enumerate((("DE", "pledged", 5e8), ("FR", "delivered", None),
                                                ("NO", "pledged", 2e7), ("DE", "delivered", None))):
        add_story(store, clock, feed_id, n + 1, f"Story {n}", "Wire", f"https://wire.example/{n}",
                  [Pledge(donor, "air_defence", status, "IRIS-T", "IRIS-T SLM", 2, value, "EUR" if value else None,
                          evidence="A sentence."),
                   Pledge(donor, "tanks", status, "Leopard 2", "Leopard 2", 4, evidence="Another.")], n + 1)


@pytest.mark.parametrize("sort", SORTS)
@pytest.mark.parametrize("page_offset", [0, 60_000])
def test_a_page_of_the_whole_list_is_read_off_an_index_in_every_order(store, clock, sort, page_offset):
    _some_pledges(store, clock)
    ran = _statements(store, lambda: store.pledge_rows(None, 50, offset=page_offset, order=sort, sources_shown=10))
    # The page's ids are chosen by a sub-select of the pledges table alone (its 50 rows are
    # then joined and ordered again, which costs nothing): that sub-select is what must not sort.
    page_ids = [m[0] for sql in ran for m in re.finditer(r"SELECT p\.id FROM pledges p .*? LIMIT \d+ OFFSET \d+", sql)]
    assert len(page_ids) == 1, ran
    plan = _plan(store, page_ids[0])
    assert not any("TEMP B-TREE" in step for step in plan), (sort, plan)


def test_the_count_above_the_list_is_read_off_the_status_index(store, clock):
    _some_pledges(store, clock)
    ran = _statements(store, lambda: store.pledge_status_counts())
    assert len(ran) == 1
    plan = _plan(store, ran[0])
    assert not any("TEMP B-TREE" in step for step in plan), plan
    assert store.pledge_status_counts() == {"pledged": 4, "delivered": 4}


def test_a_pledge_of_no_status_is_counted_as_pledged(store, clock):
    """An older pledgewatch stored some pledges with no status: the count (now grouped by the
    column, folded after) still counts them as pledged, as the totals read them."""
    _some_pledges(store, clock)
    store.db.execute("UPDATE pledges SET status = '' WHERE id = 1")
    assert store.pledge_status_counts() == {"pledged": 4, "delivered": 4}
    assert store.pledge_status_counts(donor="DE") == {"pledged": 2, "delivered": 2}


def test_each_order_still_sorts_as_its_header_says(store, clock):
    """Over HTTP: by donor A-Z (by the names the English page shows, since stop 60: France,
    Germany, Norway), then newest first; by value highest first, pledges without a value last;
    by status, then newest first. Pledges of one moment keep one order (by id) on every page, so
    no pledge shows on two pages or on none."""
    _some_pledges(store, clock)
    for url in serving(tracker_over(store, clock)):
        pages = {sort: get(f"{url}/pledges?sort={sort}")[2] for sort in ("donor", "value", "status")}
    by_id = {row["id"]: row for row in store.pledge_rows(None, with_sources=False)}

    def order(page: str) -> list[dict]:
        return [by_id[int(n)] for n in re.findall(r'href="/pledges/(\d+)"', page)]

    donors = order(pages["donor"])
    assert [r["donor"] for r in donors] == ["FR"] * 2 + ["DE"] * 4 + ["NO"] * 2
    for a, b in zip(donors, donors[1:]):
        if a["donor"] == b["donor"]:
            assert (a["reported_at"], -a["id"]) >= (b["reported_at"], -b["id"])
    values = [r["value"] for r in order(pages["value"])]
    assert values[:2] == [5e8, 2e7] and set(values[2:]) == {None}
    assert [r["status"] for r in order(pages["status"])] == ["delivered"] * 4 + ["pledged"] * 4
    assert len(donors) == 8


def test_the_orders_cover_every_pledge_once_across_pages(store, clock):
    _some_pledges(store, clock)
    for sort in SORTS:
        seen = [row["id"] for page in range(3)
                for row in store.pledge_rows(None, 3, offset=page * 3, order=sort, with_sources=False)]
        assert sorted(seen) == list(range(1, 9)), sort

