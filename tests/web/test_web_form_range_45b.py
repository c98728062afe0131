"""Review 45a, finding 3: the tracker's own filter form on a period's view. The form keeps the
period word in its q field (/pledges?q=germany+30d shows "DE 30d"), so a reader who picked a
day there and pressed Apply sent a period and a range together, and got a 400 page. The range
now wins, as the page's links already had it ("choosing a range ends the period"). The form is
read from the page and submitted as a browser does (every field, the blank ones too), to a
real tracker on loopback HTTP over a real SQLite file; the reports are written for this test."""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime, timedelta
from urllib.parse import urlencode

from bot.core.models import Feed, Pledge
from tests.support.web_tracker import add_story, get, serving, tracker_over

NOW = datetime(2023, 2, 14, 12, 0, tzinfo=UTC)  # the test clock's now


def _day(days_ago: int) -> str:
    return (NOW - timedelta(days=days_ago)).date().isoformat()


def _form_fields(page: str) -> tuple[str, dict[str, str]]:
    """The filter form's action and the fields a browser submits, with their values."""
    form = re.search(r'<form method="get" action="([^"]*)" class="words">(.*?)</form>', page, re.S)
    assert form, "no filter form on the page"
    fields = {name: html.unescape(value) for name, value in
              re.findall(r'<input [^>]*name="([^"]+)"[^>]*value="([^"]*)"', form.group(2))}
    return html.unescape(form.group(1)), fields


def _record_ids(page: str) -> list[int]:
    return sorted(int(n) for n in re.findall(r'href="/pledges/(\d+)"', page))


def test_picking_a_day_in_the_form_of_a_periods_view_shows_the_range(store, clock):
    feed_id = store.add_feed(Feed(url="https://wire.example/feed.xml", name="Wire"), clock.now())[0]
    # Germany 50, 20 and 2 days ago; Norway 20 days ago.
    for n, (donor, days_ago) in enumerate((("DE", 50), ("DE", 20), ("NO", 20), ("DE", 2))):
        add_story(store, clock, feed_id, n + 1, f"Report {n}", "Wire", f"https://wire.example/{n}",
                  [Pledge(donor, "air_defence", "pledged", "x", None, 2, evidence=f"Sentence {n}.")], days_ago)
    answers = {}
    for url in serving(tracker_over(store, clock)):
        for path in ("/pledges", "/totals"):
            status, _, page = get(f"{url}{path}?q=germany+30d")
            assert status == 200
            action, fields = _form_fields(page)
            assert fields["q"] == "DE 30d"  # the period word is in the form, as before
            fields["from"] = _day(60)  # the reader picks a first day and presses Apply
            answers[path] = get(f"{url}{action}?{urlencode(fields)}")
    status, _, listed = answers["/pledges"]
    assert status == 200, listed[:300]
    assert _record_ids(listed) == [1, 2, 4]  # Germany's from that day, not only the last 30 days'
    _, after = _form_fields(listed)
    assert after["q"] == "DE" and after["from"] == _day(60)  # the range replaced the period
    assert answers["/totals"][0] == 200, answers["/totals"][2][:300]
