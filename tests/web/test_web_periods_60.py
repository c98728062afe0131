"""Stop 60: "7 days" is one thing on every page, and the page says what.

The list of pledges counted a period back from now over the time each pledge was first
reported (its first article's date); the list of stories over the time the bot first saw each
story. An archive read today, of articles three weeks old, was among the stories of the last
7 days while none of its pledges was among the pledges of the last 7 days. Both now count the
last 7 x 24 hours before now over the time of the first report, and each page says so, with
the moment the period starts in UTC: a reader cannot tell a rolling week from calendar days,
nor in whose time zone, unless the page says it.

Also from the walk of stop 60: each story in the list links its own page (the heading leads to
the first article's site, and no link led to the story's page), and a story's donors lead to
their pledges of the same period (the period was dropped, the link showing all time).
"""

from __future__ import annotations

import re
from datetime import timedelta

from bot.core.models import Entry, Feed, Pledge
from tests.support.web_tracker import add_story, get, serving, tracker_over


def _recent_and_read_late(store, clock) -> tuple[int, int]:
    """A story of 3 days ago (Germany), and one read just now from an article of 20 days ago
    (Norway): its first report is 20 days old."""
    feed_id = store.add_feed(Feed(url="https://wire.example/feed.xml", name="Wire"), clock.now())[0]
    recent = add_story(store, clock, feed_id, 1, "Invented: Berlin sends shells", "Wire", "https://wire.example/1",
                       [Pledge("DE", "ammunition", "pledged", "shells", None, 500, evidence="An invented line.")], 3)
    old = clock.now() - timedelta(days=20)
    late = store.create_story("Invented: Oslo sends NASAMS", "https://wire.example/2", clock.now(), old, "{}",
                              ["aid"], 2.0)
    entry_id = store.insert_entry(feed_id, Entry(feed_url="", guid="g2", url="https://wire.example/2",
                                                 title="Invented: Oslo sends NASAMS", published=old),
                                  "https://wire.example/2", clock.now())
    store.add_story_source(late, entry_id, feed_id, "Wire", "https://wire.example/2", clock.now())
    store.add_pledges(late, entry_id, [Pledge("NO", "air_defence", "pledged", "NASAMS", "NASAMS", 2,
                                              evidence="Another invented line.")], old)
    return recent, late


def test_seven_days_of_stories_hold_the_stories_of_seven_days_of_pledges(store, clock):
    recent, late = _recent_and_read_late(store, clock)
    for url in serving(tracker_over(store, clock)):
        stories = get(url + "/stories?q=7d")[2]
        pledges = get(url + "/pledges?q=7d")[2]
        every_story = get(url + "/stories")[2]
        month = get(url + "/stories?q=30d")[2]
    assert f'href="/stories/{recent}"' in stories and f'href="/stories/{late}"' not in stories
    assert "1 story" in stories and "Germany" in pledges and "Norway" not in pledges
    assert f'href="/stories/{late}"' in every_story and f'href="/stories/{late}"' in month


def test_each_page_says_from_what_moment_its_period_counts(store, clock):
    _recent_and_read_late(store, clock)
    since = (clock.now() - timedelta(days=7)).strftime("%Y-%m-%d %H:%M UTC")
    for url in serving(tracker_over(store, clock)):
        pages = {path: get(url + path)[2] for path in ("/pledges?q=7d", "/stories?q=7d", "/totals?q=7d",
                                                       "/stories?q=7d&lang=fr", "/pledges?q=30d&lang=de",
                                                       "/pledges", "/stories?from=2023-02-01")}
    said = {path: re.findall(r'<p class="note period-since">([^<]+)</p>', page) for path, page in pages.items()}
    expected = (f"7 days: first reported since {since}, 7 × 24 hours before now (not whole calendar days: the day "
                "fields give those).")
    assert said["/pledges?q=7d"] == said["/stories?q=7d"] == said["/totals?q=7d"] == [expected]
    assert said["/stories?q=7d&lang=fr"] == [f"7 jours : premier signalement depuis le {since}, 7 × 24 heures avant "
                                              "maintenant (pas des jours civils entiers : les champs de jours les "
                                              "donnent)."]
    month = (clock.now() - timedelta(days=30)).strftime("%Y-%m-%d %H:%M UTC")
    assert said["/pledges?q=30d&lang=de"] == [f"30 Tage: zuerst gemeldet seit {month}, 30 × 24 Stunden vor jetzt "
                                               "(keine ganzen Kalendertage: die Tagesfelder geben diese)."]
    assert said["/pledges"] == said["/stories?from=2023-02-01"] == []  # all time, a range: whole days already


def test_a_story_in_the_list_links_its_page_and_its_donors_keep_the_period(store, clock):
    recent, _ = _recent_and_read_late(store, clock)
    for url in serving(tracker_over(store, clock)):
        week = get(url + "/stories?q=7d&lang=de")[2]
        story_page = get(f"{url}/stories/{recent}?lang=de")[0]
        ranged = get(url + "/stories?from=2023-02-01&to=2023-02-14")[2]
    assert f'<a href="/stories/{recent}?lang=de">Meldung {recent}</a>' in week and story_page == 200
    assert 'href="/pledges?q=DE+7d&amp;lang=de"' in week
    assert 'href="/pledges?q=DE&amp;from=2023-02-01&amp;to=2023-02-14"' in ranged
