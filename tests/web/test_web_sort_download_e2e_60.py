"""Stop 60 in a real headless Chromium: a French reader sorts the list by donor with the
column's header and gets the donors in the alphabetical order of their French names
("États-Unis" among the E's), then downloads the CSV made for a spreadsheet set to French, whose
cells a semicolon parts and whose accents the byte order mark keeps.

Locally it skips when Chromium is not installed; under CI=true it must run.
"""

from __future__ import annotations

import csv
import io

import pytest

from bot.core.models import Feed, Pledge
from tests.support.web_tracker import add_story, serving, tracker_over
from tests.support.webdriver import Browser, wait_for_file


@pytest.mark.timeout(240)
def test_a_french_reader_sorts_by_donor_and_takes_the_csv_for_excel(chromium, store, clock, tmp_path):
    feed_id = store.add_feed(Feed(url="https://wire.example/feed.xml", name="Wire"), clock.now())[0]
    for n, donor in enumerate(("US", "FR", "DE", "ES"), 1):
        add_story(store, clock, feed_id, n, f"Invented story {n}", "Wire", f"https://wire.example/{n}",
                  [Pledge(donor, "artillery", "pledged", "obusiers", None, n, 1.5e6 * n, "EUR",
                          evidence="Une phrase inventée pour l'essai.")], n)
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    browser = Browser(*chromium, profile=tmp_path / "profile", downloads=downloads)
    try:
        for url in serving(tracker_over(store, clock)):
            browser.open(url + "/pledges?lang=fr")
            browser.click_link("table.pledges th a", "Donateur")
            browser.url_once_it_holds("sort=donor")
            donors = [text.split(maxsplit=1)[-1] for text in browser.texts("table.pledges td.donor")]
            assert donors == ["Allemagne", "Espagne", "États-Unis", "France"], donors

            browser.click(browser.find("a.dl-csv-semicolon"))
            saved = downloads / "pledges_as_of_2023-02-14_semicolons.csv"
            body = wait_for_file(saved)
            assert body.startswith("\ufeff".encode())
            rows = list(csv.DictReader(io.StringIO(body.decode("utf-8-sig")), delimiter=";"))
            # Its own columns name donors in English, and the order follows them there.
            assert [row["Countries"] for row in rows] == ["France", "Germany", "Spain", "United States"]
            assert [row["Reported Value"] for row in rows] == ["3000000", "4500000", "6000000", "1500000"]
            assert rows[0]["Explanation"] == "Une phrase inventée pour l'essai."
    finally:
        browser.close()
