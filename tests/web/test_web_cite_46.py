"""Stop 46, a journalist's walk from the README: a figure read off a period ("30d") or off "all
time" is cited by the page's address, and that address shows other figures the next day (a
period counts back from now; all time grows). The pages said when their latest report was, but
gave no address that keeps the figures: a reader had to work out the range of days and type it
into the form. Now the list, Totals, a donor's page and the comparison link their figures by
their days (from the period's first day, or the range's own, to today). Real SQLite file, real
tracker on loopback HTTP; the reports are written for this test."""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime, timedelta

from bot.core.models import Feed, Pledge
from tests.support.web_tracker import add_story, get, serving, tracker_over

NOW = datetime(2023, 2, 14, 12, 0, tzinfo=UTC)  # the test clock's now


def _day(days_ago: int) -> str:
    return (NOW - timedelta(days=days_ago)).date().isoformat()


def _reports(store, clock) -> int:
    feed_id = store.add_feed(Feed(url="https://wire.example/feed.xml", name="Wire"), clock.now())[0]
    for n, (donor, days_ago) in enumerate((("DE", 40), ("DE", 20), ("FR", 10), ("DE", 3))):
        add_story(store, clock, feed_id, n + 1, f"Report {n}", "Wire", f"https://wire.example/{n}",
                  [Pledge(donor, "air_defence", "pledged", "x", None, 2, evidence=f"Sentence {n}.")], days_ago)
    return feed_id


def _cite(page: str) -> tuple[str, str] | None:
    found = re.search(r'<p class="note cite">[^<]*<a href="([^"]+)">([^<]+)</a></p>', page)
    return (html.unescape(found[1]), html.unescape(found[2])) if found else None


def _ids(page: str) -> list[int]:
    return sorted(int(n) for n in re.findall(r'href="/pledges/(\d+)"', page))


def test_a_period_is_cited_by_its_days_and_the_link_keeps_its_figures_when_news_come(store, clock):
    feed_id = _reports(store, clock)
    for url in serving(tracker_over(store, clock)):
        _, _, period = get(f"{url}/pledges?q=germany+30d&sort=oldest")
        href, words = _cite(period)
        _, _, cited = get(url + href)
        # The next day's news: the period's page changes, the cited days' page does not.
        clock.advance(days=1)
        add_story(store, clock, feed_id, 9, "Report 9", "Wire", "https://wire.example/9",
                  [Pledge("DE", "tanks", "pledged", "x", None, 1, evidence="Sentence 9.")], 0)
        _, _, period_later = get(f"{url}/pledges?q=germany+30d&sort=oldest")
        _, _, cited_later = get(url + href)
    assert href == f"/pledges?q=DE&from={_day(30)}&to={_day(0)}&sort=oldest"
    assert words == f"{_day(30)} to {_day(0)}"
    assert _ids(cited) == _ids(period) == [2, 4]
    assert _ids(period_later) == [2, 4, 5] and _ids(cited_later) == [2, 4]


def test_all_time_totals_a_donor_and_a_comparison_are_cited_up_to_today(store, clock):
    _reports(store, clock)
    for url in serving(tracker_over(store, clock)):
        pages = {path: get(url + path)[2] for path in (
            "/totals?lang=de", "/donors/DE", "/donors/compare?a=DE&b=FR&from=2023-01-01", "/pledges?q=france")}
        ended = get(f"{url}/pledges?to={_day(1)}")[2]
        empty = get(f"{url}/pledges?q=poland")[2]
    assert _cite(pages["/totals?lang=de"]) == (f"/totals?to={_day(0)}&lang=de", f"bis {_day(0)}")
    assert _cite(pages["/donors/DE"]) == (f"/donors/DE?to={_day(0)}", f"up to {_day(0)}")
    assert _cite(pages["/donors/compare?a=DE&b=FR&from=2023-01-01"]) == (
        f"/donors/compare?from=2023-01-01&to={_day(0)}&a=DE&b=FR", f"2023-01-01 to {_day(0)}")
    assert _cite(pages["/pledges?q=france"]) == (f"/pledges?q=FR&to={_day(0)}", f"up to {_day(0)}")
    # A view that ends on a day is cited by its own address; an empty one has nothing to cite.
    assert _cite(ended) is None and _cite(empty) is None
