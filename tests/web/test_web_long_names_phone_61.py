"""Stop 61: very long names on a phone. A feed's outlet name, a system's or an item's, a story's
title and a link's address can be one long word (a wire's name run together, a URL as a title):
the page must not scroll sideways on a phone, 375 px wide, in a real headless Chromium. Before,
a story's title on its own page (its heading), an outlet's name in the list of stories and a
system in a story's pledges ran off the screen. Real SQLite file, real tracker on loopback."""

from __future__ import annotations

import pytest

from bot.core.models import Feed, Pledge
from tests.support.web_tracker import add_story, serving, tracker_over
from tests.support.phone_layout import OFF_SCREEN, PHONE
from tests.support.webdriver import Browser

LONG_OUTLET = "Wire" + "x" * 76
LONG_SYSTEM = "Launcher" + "Z" * 72
LONG_TITLE = "https://news.example/" + "a" * 279
LONG_ITEM = "longitem" * 15


def _long_names(store, clock) -> None:
    feed_id = store.add_feed(Feed(url="https://wire.example/feed.xml", name="Wire"), clock.now())[0]
    add_story(store, clock, feed_id, 1, LONG_TITLE, LONG_OUTLET, "https://wire.example/1",
              [Pledge("DE", "air_defence", "pledged", LONG_ITEM, LONG_SYSTEM, 2, evidence="Two of them, it said.")], 2)


@pytest.mark.timeout(300)
def test_long_names_do_not_make_a_phone_scroll_sideways(chromium, store, clock, tmp_path):
    _long_names(store, clock)
    browser = Browser(*chromium, profile=tmp_path / "profile", downloads=tmp_path)
    try:
        browser.resize(PHONE, 800)
        for url in serving(tracker_over(store, clock)):
            for path in ("/pledges", "/stories", "/stories/1", "/pledges/1", "/donors/DE", "/totals", "/donors"):
                browser.open(url + path)
                laid_out = browser.measure(OFF_SCREEN)
                assert laid_out["scroll"] <= laid_out["width"], (path, laid_out)
                assert not laid_out["off"], (path, laid_out["off"])
    finally:
        browser.close()
