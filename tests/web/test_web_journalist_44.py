"""A journalist checks "who promised what, and was it delivered?" in a real headless Chromium
(Debian's chromium and chromedriver) against the tracker served on loopback over a real SQLite
file, stop 44: from the list to a pledge's own page, its reports and its delivery, the story,
then the delivered share on Totals. Screenshots of each page go to tests/output/web/ for a
person to look at. The stories and sentences are written for this test.

Locally it skips when Chromium is not installed; under CI=true it must run.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.models import Feed, Pledge
from tests.support.web_tracker import add_report, add_story, serving, tracker_over
from tests.support.webdriver import Browser

OUTPUT = Path(__file__).parents[1] / "output" / "web"


@pytest.mark.timeout(240)
def test_a_journalist_follows_a_pledge_to_its_reports_its_delivery_and_its_story(chromium, store, clock, tmp_path):
    feed_id = store.add_feed(Feed(url="https://wire.example/feed.xml", name="Wire"), clock.now())[0]
    pledged = add_story(store, clock, feed_id, 1, "Berlin pledges four air defence units", "Wire",
                        "https://wire.example/1", [Pledge("DE", "air_defence", "pledged", "IRIS-T", "IRIS-T SLM", 4,
                                                          evidence="Berlin promised four units.")], 40, lang="en")
    add_report(store, clock, feed_id, pledged, 2, "Berlin sagt vier Einheiten zu", "Zeitung", "https://zeitung.example/2",
               [Pledge("DE", "air_defence", "pledged", "IRIS-T", "IRIS-T SLM", 4,
                       evidence="Vier Einheiten wurden zugesagt.")], 39, lang="de")
    add_story(store, clock, feed_id, 3, "First of the four units arrives", "Wire", "https://wire.example/3",
              [Pledge("DE", "air_defence", "delivered", "IRIS-T", "IRIS-T SLM", 1, evidence="The first unit arrived.")],
              2, lang="en")
    browser = Browser(*chromium, profile=tmp_path / "profile", downloads=tmp_path / "downloads")
    try:
        for url in serving(tracker_over(store, clock)):
            browser.open(url + "/pledges?q=germany+pledged")
            browser.click_link("table.pledges a", "Pledge 1")
            assert browser.url.endswith("/pledges/1") and browser.title.startswith("Pledge 1: Germany")
            reports = browser.texts("table.reports tbody tr")
            assert len(reports) == 2 and "Zeitung" in reports[1] and "Vier Einheiten wurden zugesagt." in reports[1]
            steps = browser.texts("table.steps tbody tr")
            assert [s.split()[0] for s in steps] == ["pledged", "delivered"], steps
            browser.screenshot(OUTPUT / "44-1-pledge.png")

            browser.click_link("table.steps a", "Pledge 2")  # the delivery's own record
            assert browser.url.endswith("/pledges/2") and "delivered" in browser.title
            browser.click_link("dl.facts a", "First of the four units arrives")
            assert "/stories/" in browser.url and browser.title.startswith("First of the four units arrives")
            assert browser.texts("table.articles tbody tr")
            browser.screenshot(OUTPUT / "44-2-story.png")

            browser.click_link("nav a", "Totals")
            rows = browser.texts("table.deliveries tbody tr")
            assert any("all categories" in row and "50%" in row for row in rows), rows
            browser.screenshot(OUTPUT / "44-3-totals-delivered.png")
    finally:
        browser.close()
