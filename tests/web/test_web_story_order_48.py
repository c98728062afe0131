"""Stop 48: the lists of stories sorted by when the bot first saw each one, so the first poll
of a feed's archive (every article arriving in one minute, in the feed's order) looked
shuffled. The tracker's /stories now sorts by the story's newest report: the date of its
newest article (never later than the bot read it), else when the bot first saw it. Served
over real HTTP on loopback, over a real SQLite store; /latest in chat is tested in
tests/chat/test_latest_newest_report_48.py."""

from __future__ import annotations

import re
from datetime import timedelta

from tests.support.story_archive import EXPECTED, MIXED_EXPECTED, add_archive, add_mixed_stories
from tests.support.web_tracker import get, serving, tracker_over


def test_the_stories_page_lists_the_newest_report_first(store, clock):
    add_archive(store, clock)
    for url in serving(tracker_over(store, clock)):
        status, _, page = get(url + "/stories")
    titles = re.findall(r'<article class="story"><h2><a [^>]*>([^<]+)</a>', page)
    assert status == 200 and titles == EXPECTED
    # The day it is sorted by is shown where no other day on the row gives it: Ramstein's
    # first article is 9 days old, its newest 2 days.
    ramstein = page[page.index("Ramstein meeting pledges"):].split("</article>")[0]
    day = (clock.now() - timedelta(days=2)).strftime("%Y-%m-%d")
    assert f"latest report {day}" in ramstein
    assert "Newest report first" in page


def test_an_undated_article_counts_from_when_it_was_read_and_the_page_says_so(store, clock):
    # Review reread48s (finding 3) found the page promising what migration 41's triggers did not do; stop 49
    # (migration 42) made the order do it: an undated article counts from when the bot read it, in each language.
    add_mixed_stories(store, clock)
    for url in serving(tracker_over(store, clock)):
        pages = {lang: get(url + f"/stories?lang={lang}")[2] for lang in ("en", "fr", "de")}
    titles = re.findall(r'<article class="story"><h2><a [^>]*>([^<]+)</a>', pages["en"])
    assert titles == MIXED_EXPECTED
    assert "an article without a date counts from when the bot read it" in pages["en"]
    assert "un article sans date compte à partir du moment où le bot l'a lu" in pages["fr"].replace("&#x27;", "'")
    assert "ein Artikel ohne Datum zählt ab dem Zeitpunkt, zu dem der Bot ihn gelesen hat" in pages["de"]
