"""/latest lists stories by the date it shows (hostile-input round, stop 34).

It sorted by when the bot first saw a story and showed when it was published: a feed read
for the first time (the demo's, a newly added outlet's archive) gave a list whose dates
went 2023-02-14, 2023-01-31, 2023-02-15. Now it sorts by the date it shows (published,
else first seen). The test failed before the change. Real command table over a real
SQLite store.
"""

from __future__ import annotations

from datetime import timedelta

from tests.support.command_harness import USER, run


def _story(store, clock, title: str, published_days_ago: int | None) -> None:
    published = clock.now() - timedelta(days=published_days_ago) if published_days_ago is not None else None
    store.create_story(title, f"https://news.example/{len(title)}", clock.now(), published, "{}", ["tanks"], 3.0)
    clock.advance(minutes=5)  # each seen a little later than the one before


def test_latest_sorts_by_the_date_it_shows(table, store, clock):
    _story(store, clock, "Norway sends howitzers", 3)
    _story(store, clock, "Germany pledges IRIS-T", 10)
    _story(store, clock, "Denmark ships F-16s", 1)
    _story(store, clock, "Undated bulletin on Leopard deliveries", None)  # dated by when it was seen
    lines = run(table, USER, "/latest").splitlines()[1:]
    titles = [line.split(" · ")[1] for line in lines]
    assert titles == ["Undated bulletin on Leopard deliveries", "Denmark ships F-16s", "Norway sends howitzers",
                      "Germany pledges IRIS-T"], lines
    dates = [line.split(" · ")[0] for line in lines]
    assert dates == sorted(dates, reverse=True)
