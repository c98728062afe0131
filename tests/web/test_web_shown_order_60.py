"""Stop 60: the list sorted by donor, category or status follows the names the page shows in
its language, not the codes the store keeps. Sorted by donor, the French page listed "Alliés,
Allemagne, France, OTAN, Norvège, États-Unis" (ALLIES, DE, FR, NATO, NO, US), the German one
"Deutschland" before "Frankreich" but "Österreich" (AT) first of all.

Through the real tracker on loopback over a real SQLite store; the order within a name (newest
first) and the pages' seams are checked over HTTP too.
"""

from __future__ import annotations

import re

import pytest

from bot.core.models import Feed, Pledge
from bot.core.pledges.listing.filters import PledgeFilter
from bot.web.data import PAGE_SIZE, WebData
from bot.web.params import View
from bot.web.shown_order import Slice, page_slices, reading_key, shown_sequence
from tests.support.web_tracker import add_story, get, serving, tracker_over

# donor, category, status, days ago: one pledge of each donor, each in a category and status of its own.
_PLEDGES = (("AT", "artillery", "delivered", 1), ("DE", "air_defence", "pledged", 2), ("ES", "tanks", "discussed", 3),
            ("US", "funding", "refused", 4), ("FR", "ammunition", "pledged", 5))


def _five_donors(store, clock) -> dict[int, dict]:
    feed_id = store.add_feed(Feed(url="https://wire.example/feed.xml", name="Wire"), clock.now())[0]
    for n, (donor, category, status, days) in enumerate(_PLEDGES, 1):
        add_story(store, clock, feed_id, n, f"Story {n}", "Wire", f"https://wire.example/{n}",
                  [Pledge(donor, category, status, "an item", None, 3, evidence="An invented sentence.")], days)
    return {row["id"]: row for row in store.pledge_rows(None, with_sources=False)}


def _listed(page: str, by_id: dict[int, dict], field: str) -> list[str]:
    return [by_id[int(n)][field] for n in re.findall(r'href="/pledges/(\d+)[?"]', page)]


def test_sorted_by_donor_the_list_follows_the_donors_names_in_the_pages_language(store, clock):
    by_id = _five_donors(store, clock)
    for url in serving(tracker_over(store, clock)):
        pages = {lang: get(f"{url}/pledges?sort=donor&lang={lang}")[2] for lang in ("en", "fr", "de")}
        # The language the browser asks for, with none in the address, sorts as its page shows.
        by_browser = get(f"{url}/pledges?sort=donor", **{"Accept-Language": "de-DE,de;q=0.9"})[2]
    # Austria, France, Germany, Spain, United States
    assert _listed(pages["en"], by_id, "donor") == ["AT", "FR", "DE", "ES", "US"]
    # Allemagne, Autriche, Espagne, États-Unis (under E, its accent aside), France
    assert _listed(pages["fr"], by_id, "donor") == ["DE", "AT", "ES", "US", "FR"]
    # Deutschland, Frankreich, Österreich (under O), Spanien, Vereinigte Staaten
    assert _listed(pages["de"], by_id, "donor") == ["DE", "FR", "AT", "ES", "US"]
    assert _listed(by_browser, by_id, "donor") == _listed(pages["de"], by_id, "donor")


def test_sorted_by_category_or_status_the_list_follows_their_words(store, clock):
    by_id = _five_donors(store, clock)
    for url in serving(tracker_over(store, clock)):
        category_de = get(f"{url}/pledges?sort=category&lang=de")[2]
        status_fr = get(f"{url}/pledges?sort=status&lang=fr")[2]
        status_en = get(f"{url}/pledges?sort=status")[2]
    # Artillerie, Finanzierung, Luftverteidigung, Munition, Panzer
    assert _listed(category_de, by_id, "category") == ["artillery", "funding", "air_defence", "ammunition", "tanks"]
    # en discussion, livré, promis (two, newest first), refusé
    assert _listed(status_fr, by_id, "status") == ["discussed", "delivered", "pledged", "pledged", "refused"]
    assert _listed(status_fr, by_id, "donor")[2:4] == ["DE", "FR"]
    # delivered, pledged, refused, under discussion
    assert _listed(status_en, by_id, "status") == ["delivered", "pledged", "pledged", "refused", "discussed"]


def test_the_pages_of_a_list_sorted_by_donor_hold_every_pledge_once_in_order(store, clock):
    """More pledges than a page, of three donors: the seam between two pages falls within one
    donor's pledges, each donor's newest first, across the seam too."""
    feed_id = store.add_feed(Feed(url="https://wire.example/feed.xml", name="Wire"), clock.now())[0]
    counts = {"US": 25, "DE": 20, "FR": 12}
    n = 0
    for donor, many in counts.items():
        for index in range(many):
            n += 1
            add_story(store, clock, feed_id, n, f"Story {n}", "Wire", f"https://wire.example/{n}",
                      [Pledge(donor, "artillery", "pledged", "shells", None, index + 1, evidence="Invented.")],
                      index + 1)
    by_id = {row["id"]: row for row in store.pledge_rows(None, with_sources=False)}
    assert len(by_id) == sum(counts.values()) > PAGE_SIZE
    for url in serving(tracker_over(store, clock)):
        pages = [get(f"{url}/pledges?sort=donor&lang=fr&page={page}")[2] for page in (1, 2)]
    ids = [int(m) for page in pages for m in re.findall(r'href="/pledges/(\d+)[?"]', page)]
    assert sorted(ids) == sorted(by_id)  # each once
    donors = [by_id[i]["donor"] for i in ids]
    assert donors == ["DE"] * 20 + ["US"] * 25 + ["FR"] * 12  # Allemagne, États-Unis, France
    for a, b in zip(ids, ids[1:]):
        if by_id[a]["donor"] == by_id[b]["donor"]:
            assert by_id[a]["reported_at"] > by_id[b]["reported_at"]


def test_the_csv_sorted_by_donor_follows_the_names_its_own_columns_give(store, clock):
    """The export names donors in English (its Countries and Organisation columns), whatever
    page it was asked from: sorted by donor, it follows those names."""
    _five_donors(store, clock)
    for url in serving(tracker_over(store, clock)):
        text = get(f"{url}/pledges.csv?sort=donor")[2]
    assert re.findall(r"^\d+,(\w[\w ]*),", text, re.M) == ["Austria", "France", "Germany", "Spain", "United States"]


@pytest.mark.parametrize(("names", "expected"), [
    (["France", "États-Unis", "Estonie", "Espagne"], ["Espagne", "Estonie", "États-Unis", "France"]),
    (["Polen", "Österreich", "Norwegen"], ["Norwegen", "Österreich", "Polen"]),
    (["oeuvre b", "Œuvre a", "offre"], ["Œuvre a", "oeuvre b", "offre"]),
    (["Straße", "Strasse"], ["Strasse", "Straße"]),  # one name folded: the written one decides, never a tie
])
def test_a_reader_s_alphabetical_order(names, expected):
    assert sorted(names, key=reading_key) == expected


def test_a_page_of_the_sorted_list_is_cut_into_slices_of_one_code_each():
    counts = {"US": 3, "DE": 2, "FR": 4, "XX": 0}
    # fr: Allemagne (DE), États-Unis (US), France (FR); XX, with no row, is never read.
    assert shown_sequence(["US", "DE", "FR"], "donor", "fr") == ["DE", "US", "FR"]
    assert page_slices(counts, "donor", "fr", 0, 4) == [Slice("DE", 0, 2), Slice("US", 0, 2)]
    assert page_slices(counts, "donor", "fr", 4, 4) == [Slice("US", 2, 1), Slice("FR", 0, 3)]
    assert page_slices(counts, "donor", "fr", 8, 4) == [Slice("FR", 3, 1)]
    assert page_slices(counts, "donor", "fr", 9, 4) == []
    assert page_slices(counts, "donor", "fr", 1, None) == [Slice("DE", 1, 1), Slice("US", 0, 3), Slice("FR", 0, 4)]


@pytest.mark.parametrize("sort", ["donor", "category", "status"])
def test_the_order_by_names_is_read_off_the_indexes_without_sorting_the_rows(store, clock, sort):
    """Each code's slice of a page is read off the store's index for that code, and the counts
    per code off the same: no statement choosing the rows sorts them in a temporary B-tree (64k
    pledges at full size, where a sort by name of every matching row would cost what the
    orders by code were made index-only to avoid, stop 45)."""
    _five_donors(store, clock)
    ran: list[str] = []
    store.db.conn.set_trace_callback(ran.append)
    try:
        rows, _ = WebData(store).pledge_page(View(sort=sort), clock.now(), "fr")
        WebData(store).pledge_page(View(flt=PledgeFilter(donor="DE"), sort=sort, page=1), clock.now(), "de")
    finally:
        store.db.conn.set_trace_callback(None)
    assert len(rows) == len(_PLEDGES)
    chosen = [m[0] for sql in ran for m in re.finditer(r"SELECT p\.id FROM pledges p .*? LIMIT \d+ OFFSET \d+", sql)]
    counted = [sql for sql in ran if "AS code, count(*)" in sql]
    codes = {pledge[("donor", "category", "status").index(sort)] for pledge in _PLEDGES}
    # One slice a code, then Germany's alone; each page counts its statuses and the sort's codes.
    assert len(chosen) == len(codes) + 1 and len(counted) == 4
    # Counted over every pledge, the groups come off an index in order; within one donor's
    # pledges SQLite may group a few rows in a B-tree, as the count of statuses did before.
    for sql in chosen + [sql for sql in counted if "WHERE" not in sql]:
        plan = [row[3] for row in store.db.conn.execute("EXPLAIN QUERY PLAN " + sql)]
        assert not any("TEMP B-TREE" in step for step in plan), (sql, plan)


def test_the_csv_sorted_by_category_or_status_follows_the_codes_its_columns_hold(store, clock):
    """Its Type of Aid Specific and Status columns hold the codes: sorted by them, it follows
    the codes as written there ("funding" before "tanks"), not words it does not show."""
    _five_donors(store, clock)
    for url in serving(tracker_over(store, clock)):
        by_category = get(f"{url}/pledges.csv?sort=category")[2]
        by_status = get(f"{url}/pledges.csv?sort=status")[2]
    categories = [line.split(",")[5] for line in by_category.splitlines()[1:]]
    statuses = [line.split(",")[11] for line in by_status.splitlines()[1:]]
    assert categories == sorted(categories) == ["air_defence", "ammunition", "artillery", "funding", "tanks"]
    assert statuses == sorted(statuses) == ["delivered", "discussed", "pledged", "pledged", "refused"]
