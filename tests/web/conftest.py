"""Fixtures of the web tracker's tests (tests/web); their helpers are in
tests/support/web_tracker.py."""

from __future__ import annotations

import os

import pytest

from bot.core.models import Feed, Pledge
from tests.support.web_tracker import add_story
from tests.support.webdriver import find_chromium


@pytest.fixture
def chromium():
    """Debian's chromium and chromedriver for the browser tests: skipped locally when they are
    missing, a failure under CI=true (.ci/run installs them)."""
    browser, driver = find_chromium()
    if browser and driver:
        return browser, driver
    missing = " and ".join(name for name, path in (("chromium", browser), ("chromedriver", driver)) if not path)
    if os.environ.get("CI") == "true":
        pytest.fail(f"{missing} not installed: CI must run the browser test (.ci/run installs them)")
    pytest.skip(f"{missing} not installed (apt-get install chromium chromium-driver); CI runs this test")


@pytest.fixture
def three_donors(store, clock):
    """The store holding three plain pledges of three donors, each a story of its own:
    Germany's IRIS-T delivered (3 days ago), Norway's NASAMS pledged (4 days ago) and
    France's two billion euros pledged (6 days ago, from a second outlet)."""
    feed_id = store.add_feed(Feed(url="https://wire.example/feed.xml", name="Wire"), clock.now())[0]
    add_story(store, clock, feed_id, 1, "Germany sends IRIS-T", "Wire", "https://wire.example/1",
              [Pledge("DE", "air_defence", "delivered", "IRIS-T", "IRIS-T", 2,
                      evidence="Germany delivered two IRIS-T.")], 3)
    add_story(store, clock, feed_id, 2, "Oslo sends NASAMS", "Wire", "https://wire.example/2",
              [Pledge("NO", "air_defence", "pledged", "NASAMS", "NASAMS", 2, evidence="Oslo will send two NASAMS.")], 4)
    add_story(store, clock, feed_id, 3, "Paris pledges money", "Journal", "https://journal.example/3",
              [Pledge("FR", "funding", "pledged", "aide", None, None, 2e9, "EUR", evidence="Deux milliards.")], 6)
    return store
