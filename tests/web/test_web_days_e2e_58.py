"""The range of days typed into the list's form by a person, in a real headless Chromium, stop 58.

Before, the fields were date fields: Chromium showed them in its own locale's order
(mm/dd/yyyy here) on a French page as on an English one, and took no day as a French or
German reader writes it. Now they are text fields that say the forms they take in the page's
language, and a day typed so is read and the address given with YYYY-MM-DD.

Locally it skips when Chromium is not installed; under CI=true it must run.
"""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from bot.core.models import Feed, Pledge
from tests.support.web_tracker import add_story, serving, tracker_over
from tests.support.webdriver import Browser


@pytest.mark.timeout(240)
def test_a_french_reader_types_a_day_as_french_writes_it(chromium, store, clock, tmp_path):
    feed_id = store.add_feed(Feed(url="https://wire.example/feed.xml", name="Wire"), clock.now())[0]
    add_story(store, clock, feed_id, 1, "Berlin pledges air defence", "Wire", "https://wire.example/1",
              [Pledge("DE", "air_defence", "pledged", "IRIS-T", "IRIS-T SLM", 4, evidence="Four units.")], 3)
    browser = Browser(*chromium, profile=tmp_path / "profile", downloads=tmp_path)
    try:
        for url in serving(tracker_over(store, clock)):
            browser.open(url + "/pledges?lang=fr")
            field = browser.find("fieldset.days input[name=from]")
            assert browser.attribute(field, "type") == "text"
            hint = browser.text(browser.find("#day-format"))
            assert hint == "jours au format AAAA-MM-JJ ou JJ/MM/AAAA"
            browser.type_text(field, "1/11/2026")
            browser.click(browser.find("form.words button[type=submit]"))
            query = parse_qs(urlsplit(browser.url_once_it_holds("from=")).query)
            assert query["from"] == ["2026-11-01"] and query["lang"] == ["fr"], browser.url
            assert browser.attribute(browser.find("fieldset.days input[name=from]"), "value") == "2026-11-01"
            # On an English page, where 1/11/2026 is January or November, the browser holds
            # the form back, its field naming the form it takes.
            browser.open(url + "/pledges")
            field = browser.find("fieldset.days input[name=from]")
            browser.type_text(field, "1/11/2026")
            browser.click(browser.find("form.words button[type=submit]"))
            assert "from=" not in browser.url, browser.url
            assert browser.attribute(field, "title") == "days as YYYY-MM-DD"
    finally:
        browser.close()
