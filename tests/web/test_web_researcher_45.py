"""A researcher follows one donor over months in a real headless Chromium (Debian's chromium and
chromedriver) against the tracker served on loopback over a real SQLite file, stop 45: from the
list filtered by Germany to Germany's page, one month's row to that month's list (a range of
days), the CSV of that view (the same records as the page), then the same range on Totals, and
back to Norway's page to compare. Screenshots go to tests/output/web/ for a person to look at.
The stories and sentences are written for this test.

Locally it skips when Chromium is not installed; under CI=true it must run.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from bot.core.models import Feed, Pledge
from tests.support.web_tracker import add_story, serving, tracker_over
from tests.support.webdriver import Browser, wait_for_file

OUTPUT = Path(__file__).parents[1] / "output" / "web"


@pytest.mark.timeout(240)
def test_a_researcher_follows_germany_month_by_month_and_cites_one_month(chromium, store, clock, tmp_path):
    # The clock's now is 2023-02-14: 40 and 30 days ago are in January, 12 and 3 in February.
    feed_id = store.add_feed(Feed(url="https://wire.example/feed.xml", name="Wire"), clock.now())[0]
    for n, (donor, category, status, system, quantity, days_ago) in enumerate((
            ("DE", "air_defence", "pledged", "IRIS-T SLM", 4, 40), ("DE", "tanks", "pledged", "Leopard 2", 14, 30),
            ("DE", "air_defence", "delivered", "IRIS-T SLM", 1, 12), ("DE", "tanks", "delivered", "Leopard 2", 14, 3),
            ("NO", "air_defence", "pledged", "NASAMS", 2, 12))):
        add_story(store, clock, feed_id, n + 1, f"Report {n}", "Wire", f"https://wire.example/{n}",
                  [Pledge(donor, category, status, system, system, quantity, evidence=f"Sentence {n}.")], days_ago)
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    browser = Browser(*chromium, profile=tmp_path / "profile", downloads=downloads)
    try:
        for url in serving(tracker_over(store, clock)):
            browser.open(url + "/pledges?q=germany")
            browser.click_link("p.donor-page a", "Germany over time")
            assert browser.url.endswith("/donors/DE") and browser.title.startswith("Germany: pledges over time")
            months = browser.texts("table.months tbody tr")
            assert [m.split()[0] for m in months] == ["2023-02", "2023-01"], months
            # February: 2 committed, both reported delivered (100%), none discussed, 15 units each way.
            assert months[0].rsplit(")", 1)[1].split() == ["2", "2", "100%", "0", "15", "15"], months
            browser.screenshot(OUTPUT / "45-1-donor.png")

            browser.click_link("table.months a", "2023-01")
            query = parse_qs(urlsplit(browser.url).query)
            assert query == {"q": ["DE"], "from": ["2023-01-01"], "to": ["2023-01-31"]}, browser.url
            listed = browser.texts("table.pledges tbody tr")
            assert len(listed) == 2 and all("Germany" in row for row in listed), listed
            assert "Latest report in this view: 2023-01-15" in browser.text(browser.find("p.asof"))
            browser.screenshot(OUTPUT / "45-2-one-month.png")

            browser.click(browser.find("a.dl-csv"))  # saved under its view's name since stop 46
            rows = list(csv.DictReader(io.StringIO(wait_for_file(downloads / "pledges_DE_2023-01-01_to_2023-01-31.csv").decode("utf-8-sig"))))
            assert sorted(r["ID"] for r in rows) == ["1", "2"], rows
            assert {r["Announcement Date"][:7] for r in rows} == {"2023-01"}

            browser.click_link("nav a", "Totals")
            assert parse_qs(urlsplit(browser.url).query)["from"] == ["2023-01-01"]
            assert "Germany" in browser.text(browser.find("table.totals"))
            browser.screenshot(OUTPUT / "45-3-totals-one-month.png")

            browser.open(url + "/donors/NO")
            norway = browser.texts("table.months tbody tr")
            assert len(norway) == 1 and norway[0].rsplit(")", 1)[1].split() == ["1", "0", "0%", "0", "2"], norway
    finally:
        browser.close()
