"""Stop 46 review (reread46c F1): the "To cite these figures" link of a period view ("30d")
takes the whole of the period's first day, while the period starts at now's time of day, so
the link showed a report the page did not (one of that first day's earlier hours) without a
word why. No range of days equals a sliding period; the page now says what the link counts
and from what time the period itself counts, so a reader citing the link's figures knows why
they may be more. Real SQLite file, real tracker on loopback HTTP; reports written here."""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime

from bot.core.models import Feed, Pledge
from tests.support.web_tracker import add_story, get, serving, tracker_over

NOW = datetime(2023, 2, 14, 12, 0, tzinfo=UTC)  # the test clock's now: the period starts at 12:00


def _cite(page: str) -> str:
    return html.unescape(re.search(r'<p class="note cite">[^<]*<a href="([^"]+)">', page)[1])


def _differs(page: str) -> str | None:
    found = re.search(r'<p class="note cite-differs">([^<]*)</p>', page)
    return html.unescape(found[1]) if found else None


def _ids(page: str) -> list[int]:
    return sorted(int(n) for n in re.findall(r'href="/pledges/(\d+)"', page))


def _reports(store, clock) -> None:
    feed_id = store.add_feed(Feed(url="https://wire.example/feed.xml", name="Wire"), clock.now())[0]
    # 30 days and 6 hours ago is 06:00 of the period's first day: before the period, in the link.
    for n, days_ago in enumerate((30.25, 20)):
        add_story(store, clock, feed_id, n + 1, f"Report {n}", "Wire", f"https://wire.example/{n}",
                  [Pledge("DE", "air_defence", "pledged", "x", None, 2, evidence=f"Sentence {n}.")], days_ago)


def test_a_period_says_its_cite_link_counts_the_whole_first_day(store, clock):
    assert clock.now() == NOW
    _reports(store, clock)
    for url in serving(tracker_over(store, clock)):
        period = get(f"{url}/pledges?q=germany+30d")[2]
        cited = get(url + _cite(period))[2]
        totals_fr = get(f"{url}/totals?q=germany+30d&lang=fr")[2]
        totals_de = get(f"{url}/totals?q=30d&lang=de")[2]
    # The link and the page differ by the first day's early report, and the page says so.
    assert _ids(period) == [2] and _ids(cited) == [1, 2]
    assert _differs(period) == ("The link counts the whole of 2023-01-15 (UTC); this period starts at 12:00 UTC "
                                "that day, so the link's figures also count any report of that day before 12:00.")
    assert "2023-01-15" in _differs(totals_fr) and "12:00" in _differs(totals_fr)
    assert _differs(totals_de).startswith("Der Link zählt den ganzen 2023-01-15")
    # The cited page names days, not a period: nothing to explain there.
    assert _differs(cited) is None


def test_views_that_are_not_periods_have_an_exact_link_and_no_such_line(store, clock):
    _reports(store, clock)
    for url in serving(tracker_over(store, clock)):
        pages = [get(url + path)[2] for path in (
            "/pledges?q=germany", "/totals?from=2023-01-01", "/donors/DE", "/donors/compare?a=DE&b=FR")]
    assert all(_differs(page) is None for page in pages)
