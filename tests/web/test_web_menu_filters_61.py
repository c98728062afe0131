"""Stop 61: the menu keeps the list's filter on every page. A donor chosen on the list was
dropped on the way to the stories (they took a period alone) and everything but the range on
the way to the donors, without a word: the stories now keep those holding a pledge the filter
keeps, the donors count the records it keeps, and a page that cannot take a filter (a donor's
own page) says so. On a real SQLite file and a real loopback HTTP server."""

from __future__ import annotations

import html
import re
import sqlite3

from bot.adapters.store.entries import _STORY_NEWEST, _story_window
from bot.adapters.store.pledges import StoryPledgeFilter
from bot.core.models import Feed, Pledge
from tests.support.page_markup import page_markup
from tests.support.web_tracker import add_story, get, serving, tracker_over


def _menu(page: str) -> dict[str, str]:
    nav = re.search(r"<nav><ul>(.*?)</ul>", page, re.S)[1]
    return {words: html.unescape(href) for href, words in re.findall(r'<a href="([^"]*)"[^>]*>([^<]*)</a>', nav)}


def _titles(page: str) -> list[str]:
    return re.findall(r'<article class="story"><h2><a [^>]*>([^<]+)</a>', page)


def _two_donors_and_a_shared_story(store, clock) -> None:
    """Story 1: Germany's tanks (2 days ago); story 2: Norway's air defence (3 days ago); story 3:
    Germany's and Norway's air defence together (40 days ago)."""
    feed_id = store.add_feed(Feed(url="https://wire.example/feed.xml", name="Wire"), clock.now())[0]
    add_story(store, clock, feed_id, 1, "Berlin adds tanks", "Wire", "https://wire.example/1",
              [Pledge("DE", "tanks", "pledged", "tanks", None, 4, evidence="Berlin adds four tanks.")], 2)
    add_story(store, clock, feed_id, 2, "Oslo adds launchers", "Wire", "https://wire.example/2",
              [Pledge("NO", "air_defence", "pledged", "launchers", None, 2, evidence="Oslo adds two.")], 3)
    add_story(store, clock, feed_id, 3, "Joint air defence", "Wire", "https://wire.example/3",
              [Pledge("DE", "air_defence", "delivered", "radars", None, 1, evidence="Berlin sent a radar."),
               Pledge("NO", "air_defence", "delivered", "radars", None, 1, evidence="Oslo sent a radar.")], 40)


def test_the_stories_link_keeps_the_donor_and_lists_the_stories_holding_its_pledges(store, clock):
    _two_donors_and_a_shared_story(store, clock)
    for url in serving(tracker_over(store, clock)):
        _, _, listed = get(f"{url}/pledges?q=germany")
        stories_link = _menu(listed)["Stories"]
        _, _, stories = get(url + stories_link)
        back = _menu(stories)["Pledges"]
        _, _, week = get(f"{url}/stories?q=DE+air_defence+30d")
        _, _, french = get(f"{url}/stories?q=DE+air_defence+30d&lang=fr")
        _, _, all_time = get(f"{url}/stories")
    assert stories_link == "/stories?q=DE"
    # Germany's two stories, the shared one with Norway's pledge too; not Norway's own.
    assert _titles(stories) == ["Berlin adds tanks", "Joint air defence"]
    assert "Oslo sent a radar" not in stories and "Norvège" not in stories and "🇳🇴 Norway" in stories
    assert "The stories holding a pledge these filters keep" in stories
    links = {" ".join(link.text.split()): link.href for link in page_markup(stories).links}
    assert [href for words, href in links.items() if "remove filter" in words] == ["/stories"], links
    assert back == "/pledges?q=DE"  # and back to the list, the donor still chosen
    # Nothing of the filter held in these 30 days: said as such, not as "no stories in this period".
    assert _titles(week) == [] and "No story holds a pledge these filters keep." in week
    assert "Aucun sujet ne contient de promesse que ces filtres gardent." in french
    assert _titles(all_time) == ["Berlin adds tanks", "Oslo adds launchers", "Joint air defence"]
    assert "these filters keep" not in all_time


def test_the_donors_link_keeps_the_filter_and_counts_what_it_keeps(store, clock):
    _two_donors_and_a_shared_story(store, clock)
    for url in serving(tracker_over(store, clock)):
        _, _, totals = get(f"{url}/totals?q=air_defence+30d")
        donors_link = _menu(totals)["Donors"]
        _, _, donors = get(url + donors_link)
        _, _, every = get(f"{url}/donors")
    assert donors_link == "/donors?q=air_defence+30d"
    # Within 30 days only Norway has an air defence record; all time, Germany has two records.
    assert re.findall(r'<li><a href="/donors/(\w+)\?q=air_defence\+30d">[^·]*· ([^<]*)</li>', donors) == [
        ("NO", "1 record")]
    assert re.findall(r'<li><a href="/donors/(\w+)">[^·]*· ([^<]*)</li>', every) == [("DE", "2 records"),
                                                                                   ("NO", "2 records")]
    # A donor's page takes the filter words since stop 62 (it took days only): its links keep them.
    assert "each donor&#x27;s page and the comparisons keep them too" in donors
    assert "keep them too" not in every
    assert _menu(donors)["Stories"] == "/stories?q=air_defence+30d"


def test_the_link_to_a_donors_page_keeps_the_filters(store, clock):
    _two_donors_and_a_shared_story(store, clock)
    for url in serving(tracker_over(store, clock)):
        _, _, plain = get(f"{url}/pledges?q=germany")
        _, _, week = get(f"{url}/pledges?q=germany+tanks+30d")
        _, _, days = get(f"{url}/totals?q=germany&from=2020-01-01")
    assert '<a href="/donors/DE">Germany over time</a></p>' in plain
    # Since stop 62 the donor's page takes the other filters too (it said it took days only).
    assert '<a href="/donors/DE?q=tanks+30d">Germany over time</a></p>' in week
    assert '<a href="/donors/DE?from=2020-01-01">Germany over time</a></p>' in days  # the days are kept


def test_the_stories_of_a_filter_are_found_through_the_pledges_indexes(store, clock):
    """The stories holding a donor's (a category's, a status's) pledges: the pledges' index gives
    their ids, each story is read by its key, and only those are sorted; no scan of every story."""
    _two_donors_and_a_shared_story(store, clock)
    connection = sqlite3.connect(store.path)
    try:
        for holding, index in ((StoryPledgeFilter("DE"), "pledges_donor"),
                               (StoryPledgeFilter(category="tanks"), "pledges_category_time"),
                               (StoryPledgeFilter(status="delivered"), "pledges_status_time")):
            where, params = _story_window(None, None, True, holding)
            plan = " / ".join(row[3] for row in connection.execute(
                f"EXPLAIN QUERY PLAN SELECT s.id FROM stories s WHERE {where} "
                f"ORDER BY +{_STORY_NEWEST} DESC, s.id DESC LIMIT 20", params))
            assert "SEARCH s USING INTEGER PRIMARY KEY" in plan and f"USING INDEX {index}" in plan, plan
            assert "SCAN s" not in plan, plan
    finally:
        connection.close()
