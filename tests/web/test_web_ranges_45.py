"""A range of days on the web tracker's list, totals and downloads, and the day its figures are
"as of", stop 45. A journalist citing "Germany pledged N air defence records" from a `30d` view
cited a figure that changed the next day; `from=2026-...&to=...` names days (UTC, both
included) that a link gives back the same, and the page says when its latest report was read.
Real SQLite file, real tracker on loopback HTTP; the stories and sentences are written for
these tests. Before stop 45 every `from`/`to` below answered 400 (unknown parameter).
"""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import UTC, datetime, timedelta

from bot.core.models import Feed, Pledge
from tests.support.page_markup import page_markup
from tests.support.web_tracker import add_story, ask, get, serving, tracker_over

# The test clock's now is 2023-02-14 12:00 UTC; add_story dates a story `days_ago` before it.
NOW = datetime(2023, 2, 14, 12, 0, tzinfo=UTC)


def _three_weeks(store, clock):
    """Germany's pledges 20, 10 and 2 days ago (air defence, tanks, air defence delivered), and
    Norway's air defence 10 days ago."""
    feed_id = store.add_feed(Feed(url="https://wire.example/feed.xml", name="Wire"), clock.now())[0]
    for n, (donor, category, status, days_ago) in enumerate((
            ("DE", "air_defence", "pledged", 20), ("DE", "tanks", "pledged", 10), ("NO", "air_defence", "pledged", 10),
            ("DE", "air_defence", "delivered", 2))):
        add_story(store, clock, feed_id, n + 1, f"Report {n}", "Wire", f"https://wire.example/{n}",
                  [Pledge(donor, category, status, "x", None, 2, evidence=f"Sentence {n}.")], days_ago)


def _day(days_ago: int) -> str:
    return (NOW - timedelta(days=days_ago)).date().isoformat()


def _record_ids(page: str) -> list[int]:
    return [int(n) for n in re.findall(r'href="/pledges/(\d+)"', page)]


def test_a_range_of_days_keeps_the_pledges_first_reported_on_those_days_both_included(store, clock):
    _three_weeks(store, clock)
    for url in serving(tracker_over(store, clock)):
        status, _, page = get(f"{url}/pledges?from={_day(10)}&to={_day(2)}")
        _, _, germany = get(f"{url}/pledges?q=germany&from={_day(10)}&to={_day(10)}")
        _, _, open_end = get(f"{url}/pledges?from={_day(15)}")
        _, _, open_start = get(f"{url}/pledges?to={_day(15)}")
    assert status == 200
    assert sorted(_record_ids(page)) == [2, 3, 4] and "3 pledges" in page
    assert _record_ids(germany) == [2]
    assert sorted(_record_ids(open_end)) == [2, 3, 4] and _record_ids(open_start) == [1]
    assert f"{_day(10)} to {_day(2)}" in page  # the range is said, as a filter that can be removed


def test_the_last_day_is_included_to_its_last_minute_and_the_next_day_is_not(store, clock):
    feed_id = store.add_feed(Feed(url="https://wire.example/feed.xml", name="Wire"), clock.now())[0]
    # 12:00 now: 0.49 days ago is 00:14 today, 0.51 days ago is 23:45 yesterday.
    for n, days_ago in enumerate((0.49, 0.51, 1.49)):
        add_story(store, clock, feed_id, n + 1, f"Report {n}", "Wire", f"https://wire.example/{n}",
                  [Pledge("DE", "tanks", "pledged", "x", None, 1, evidence="x.")], days_ago)
    yesterday = _day(1)
    rows = store.pledge_rows(datetime(2023, 2, 13, tzinfo=UTC), until=datetime(2023, 2, 14, tzinfo=UTC),
                             with_sources=False)
    assert [r["id"] for r in rows] == [2, 3]
    for url in serving(tracker_over(store, clock)):
        _, _, page = get(f"{url}/pledges?from={yesterday}&to={yesterday}")
    assert sorted(_record_ids(page)) == [2, 3]


def test_the_totals_and_the_downloads_of_a_range_count_what_its_list_shows(store, clock):
    _three_weeks(store, clock)
    view = f"q=air_defence&from={_day(12)}&to={_day(1)}"
    for url in serving(tracker_over(store, clock)):
        _, _, page = get(f"{url}/pledges?{view}")
        _, _, totals = get(f"{url}/totals?{view}")
        _, _, comma = get(f"{url}/pledges.csv?{view}")
        _, _, whole = get(f"{url}/pledges.json?{view}")
    listed = sorted(_record_ids(page))
    assert listed == [3, 4]
    assert sorted(r["ID"] for r in json.loads(whole)) == listed
    assert len(list(csv.DictReader(io.StringIO(comma.lstrip("\ufeff"))))) == 2
    # The totals: Germany and Norway one record each (Germany's delivery; Norway's pledge).
    assert re.search(r"<desc>Germany: air defence 1; Norway: air defence 1</desc>", totals)
    # The page's downloads are of the same range.
    assert f"/pledges.csv?q=air_defence&amp;from={_day(12)}&amp;to={_day(1)}" in page


def test_every_link_of_a_ranged_page_keeps_the_range_but_a_period_ends_it(store, clock):
    _three_weeks(store, clock)
    for url in serving(tracker_over(store, clock)):
        _, _, page = get(f"{url}/pledges?from={_day(20)}&to={_day(2)}&lang=fr")
    links = [link.href for link in page_markup(page).links]
    ranged = f"from={_day(20)}&to={_day(2)}"
    by_words = {" ".join(link.text.split()): link.href for link in page_markup(page).links}
    # A category, a status, a sort header, the other languages and the totals keep the range.
    assert ranged in by_words["défense aérienne"]
    assert any("q=delivered" in href and ranged in href for href in links)
    assert ranged in by_words["Deutsch"] and ranged in by_words["Totaux"]
    assert any("sort=donor" in href and ranged in href for href in links)
    # A period or "all time" ends it (the two are one or the other), as does its × link.
    assert "from=" not in by_words["30 jours"] and "from=" not in by_words["tout"]
    remove = next(href for words, href in by_words.items() if f"{_day(20)} au {_day(2)}" in words)
    assert "from=" not in remove
    # The stories take the range too since stop 46 (it was their one link dropping it).
    assert ranged in by_words["Articles"] and "q=" not in by_words["Articles"]
    # The form gives the range as two date fields holding it.
    assert f'name="from" value="{_day(20)}"' in page and f'name="to" value="{_day(2)}"' in page


def test_a_range_is_refused_with_what_it_accepts(store, clock):
    _three_weeks(store, clock)
    asked = {}
    for url in serving(tracker_over(store, clock)):
        for query in ("from=2023-02-30", "from=14.02.2023", "to=1999-12-31", "from=2023-02-10&to=2023-02-01",
                      "from=2023-02-01&from=2023-02-02", "from=2023-2-1"):
            asked[query] = get(f"{url}/pledges?{query}")
        french = get(f"{url}/totals?from=2023-02-10&to=2023-02-01&lang=fr")
        download = get(f"{url}/pledges.csv?to=2100-01-01")
        atom = get(f"{url}/pledges.atom?from=2023-02-31")
        empty = get(f"{url}/pledges?from=&to=&q=germany")  # the form's date fields left blank
    for query, (status, _, body) in asked.items():
        assert status == 400, query
        assert "YYYY-MM-DD from 2000-01-01 to 2099-12-31" in body or "given 2 times" in body, query
    assert "comes after to" in asked["from=2023-02-10&to=2023-02-01"][2]
    assert french[0] == 400 and "vient après" in french[2] and "AAAA-MM-JJ" in french[2]
    assert download[0] == 400 and download[2].startswith("to: '2100-01-01' not accepted")
    # The feed takes a range since stop 46, refused as the downloads refuse it.
    assert atom[0] == 400 and atom[2].startswith("from: '2023-02-31' not accepted")
    assert empty[0] == 200 and sorted(_record_ids(empty[2])) == [1, 2, 4]


def test_the_pages_say_when_their_latest_report_was_read_and_keep_their_tag(store, clock):
    _three_weeks(store, clock)
    for url in serving(tracker_over(store, clock)):
        port = int(url.rsplit(":", 1)[1])
        _, headers, page = get(f"{url}/pledges?q=norway")
        tag = next(value for name, value in headers.items() if name.lower() == "etag")
        _, _, totals = get(f"{url}/totals?to={_day(5)}")
        again = ask(port, "/pledges?q=norway", If_None_Match=tag)
    ten_days_ago = (NOW - timedelta(days=10)).strftime("%Y-%m-%d %H:%M")
    assert f"Latest report in this view: {ten_days_ago} UTC." in page  # Norway's one pledge
    assert f"Latest report in this view: {ten_days_ago} UTC." in totals  # the latest up to 5 days ago
    assert again[0] == 304  # the line changes as pledges are stored, not as the clock moves


def test_the_range_needs_no_date_of_the_clock(store, clock):
    """A range names days, not a period counted back from now: a later day shows the same."""
    _three_weeks(store, clock)
    path = f"/pledges?from={_day(20)}&to={_day(9)}"
    for url in serving(tracker_over(store, clock)):
        _, first_tag, first = get(url + path)
    clock.advance(days=40)
    for url in serving(tracker_over(store, clock)):
        _, later_tag, later = get(url + path)
    assert sorted(_record_ids(first)) == [1, 2, 3] and first == later
    assert first_tag["Etag"] == later_tag["Etag"]



def test_odd_days_are_refused_not_misread(store, clock):
    """Digits of another script, a time or a zone after the day, markup: refused with what is
    accepted, never read as some other day. (A control or invisible character is read as
    nothing, as in every parameter: `2023-02-01` with a NUL is that day.)"""
    _three_weeks(store, clock)
    for url in serving(tracker_over(store, clock)):
        answers = {query: get(f"{url}/pledges?{query}") for query in (
            "from=%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%93-02-01", "from=2023-02-01T00:00", "to=2023-02-01%2B01",
            "to=20230201", "from=%3Cb%3E2023-02-01")}
    for query, (status, _, body) in answers.items():
        assert status == 400 and "not accepted" in body and "<b>" not in body, query


def test_a_ranged_page_is_accessible_as_the_others(store, clock):
    _three_weeks(store, clock)
    for url in serving(tracker_over(store, clock)):
        pages = {f"{path}&lang={lang}": get(f"{url}{path}&lang={lang}")[2] for lang in ("en", "fr", "de")
                 for path in (f"/pledges?q=germany&from={_day(20)}&to={_day(2)}", f"/totals?from={_day(20)}")}
    for path, page in pages.items():
        markup = page_markup(page)
        assert markup.html_lang == path.rsplit("lang=", 1)[1]
        for table in markup.tables:
            assert table.caption.strip() and all(th.get("scope") in ("col", "row", "rowgroup")
                                                 for th in table.headers), path
        internal: dict[str, set[str]] = {}
        for link in markup.links:
            words = " ".join(link.text.split())
            assert words.strip("×→←▾ "), (path, link.href)
            if "noopener" not in link.attrs.get("rel", ""):
                internal.setdefault(words, set()).add(link.href)
            if "here" in link.attrs.get("class", "").split():
                assert link.attrs.get("aria-current") == "page", (path, link.href)
        assert not {words: hrefs for words, hrefs in internal.items() if len(hrefs) > 1}, path
        # The date fields are labelled, inside a group that names the range.
        assert re.search(r'<fieldset class="days"><legend>[^<]+</legend><label>[^<]+<input type="text" name="from"',
                         page), path
