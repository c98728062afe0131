"""Publication dates with a time zone no clock keeps (stop 42), on a real loopback HTTP server
and a real SQLite store. The items are written for this test.

feedparser applies any numeric zone it is given: "+9999" (99 hours and 99 minutes) moved an
item's date four days back, "+2400" one day back. A date more than a day ahead or before 1995
already counts as no date (bot/core/feeds/dates.py), but a date pushed back into the last days
looked right, and put a report of today out of `/pledges 1d` and away from its story's window.
A zone beyond 14 hours (Kiribati's +14:00 is the widest) or of 60 minutes or more is now no
date, as those are: the time of fetching stands in.
"""

from __future__ import annotations

import asyncio

from tests.support.servers import rss

NOW_WRITTEN = "Tue, 14 Feb 2023 12:00:00"  # the harness clock's now


def _item(number: int, date: str) -> dict:
    return {"title": f"Weather note {number}", "guid": f"note-{number}", "link": f"https://wire.example/{number}",
            "description": "Rain in the north.", "pubDate": date}


def test_a_date_in_a_zone_no_clock_keeps_counts_as_no_date(harness, feed_server):
    dates = [f"{NOW_WRITTEN} +9999", f"{NOW_WRITTEN} +2400", f"{NOW_WRITTEN} -0960", "2023-02-14T12:00:00+99:99",
             f"{NOW_WRITTEN} +1400", f"{NOW_WRITTEN} +0545", f"{NOW_WRITTEN} -1200", f"{NOW_WRITTEN} GMT"]
    feed_server.set_feed("/wire.xml", rss([_item(n, d) for n, d in enumerate(dates)]))
    feed = harness.feed("/wire.xml", "Wire")
    (result,) = asyncio.run(harness.poll(feed))
    assert result.ok, result.error
    published = {row["guid"]: row["published"] for row in harness.store.db.query("SELECT guid, published FROM entries")}
    assert [published[f"note-{n}"] for n in range(len(dates))] == [
        None, None, None, None,
        "2023-02-13T22:00:00+00:00", "2023-02-14T06:15:00+00:00", "2023-02-15T00:00:00+00:00",
        "2023-02-14T12:00:00+00:00",
    ]
