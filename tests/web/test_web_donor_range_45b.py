"""Review 45a, finding 5: the donor page over a range of days (/donors/DE?from=...&to=...).
Its table per category counted the range's records, but the donor's link beside those counts
dropped the range and listed all time. Real SQLite file, real tracker on loopback HTTP; the
reports are written for this test."""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime, timedelta

from bot.core.models import Feed, Pledge
from tests.support.web_tracker import add_story, get, serving, tracker_over

NOW = datetime(2023, 2, 14, 12, 0, tzinfo=UTC)  # the test clock's now


def _day(days_ago: int) -> str:
    return (NOW - timedelta(days=days_ago)).date().isoformat()


def test_the_link_beside_the_donor_pages_counts_per_category_keeps_its_range(store, clock):
    feed_id = store.add_feed(Feed(url="https://wire.example/feed.xml", name="Wire"), clock.now())[0]
    # Germany: air defence 40 days ago, air defence and tanks 10 and 5 days ago.
    for n, (category, days_ago) in enumerate((("air_defence", 40), ("air_defence", 10), ("tanks", 5))):
        add_story(store, clock, feed_id, n + 1, f"Report {n}", "Wire", f"https://wire.example/{n}",
                  [Pledge("DE", category, "pledged", "x", None, 2, evidence=f"Sentence {n}.")], days_ago)
    ranged = f"from={_day(20)}&to={_day(1)}"
    for url in serving(tracker_over(store, clock)):
        status, _, page = get(f"{url}/donors/DE?{ranged}")
        section = re.search(r"<h2>Committed and reported delivered, per category</h2>.*?</section>", page, re.S)
        assert status == 200 and section, page[:300]
        links = [html.unescape(href) for href in re.findall(r'<a href="([^"]+)"', section.group(0))]
        listed = [get(url + href)[2] for href in links if href.startswith("/pledges")]
    assert re.search(r'<th scope="row">all categories</th><td class="num">2</td>', section.group(0)), \
        section.group(0)[:600]  # the counts are the range's: two records, not three
    assert listed and all(ranged in href for href in links if href.startswith("/pledges")), links
    for page in listed:  # and the list behind the link shows those two
        assert sorted(int(n) for n in re.findall(r'href="/pledges/(\d+)"', page)) == [2, 3]
