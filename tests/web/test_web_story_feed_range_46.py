"""Stop 46: a range of days (`from`, `to`) on /stories and on the Atom feed (/pledges.atom), as
the list, Totals and the downloads have had since stop 45. Before it, both refused `from` (400),
the Stories link of a ranged page dropped the range, and a figure cited from the stories could
only be of a period counting back from now. Real SQLite file, real tracker on loopback HTTP; the
reports are written for this test."""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime, timedelta

from bot.core.models import Feed, Pledge
from tests.support.page_markup import page_markup
from tests.support.web_tracker import add_report, add_story, ask, get, serving, tracker_over

NOW = datetime(2023, 2, 14, 12, 0, tzinfo=UTC)  # the test clock's now


def _day(days_ago: int) -> str:
    return (NOW - timedelta(days=days_ago)).date().isoformat()


def _stories(store, clock) -> int:
    """Stories 1-4 first reported 20, 12, 6 and 1 days ago, each with one pledge; story 5 was
    read today from an article dated 9 days ago (its pledge is dated so too). The feed's id."""
    feed_id = store.add_feed(Feed(url="https://wire.example/feed.xml", name="Wire"), clock.now())[0]
    for n, (donor, days_ago) in enumerate((("DE", 20), ("NO", 12), ("FR", 6), ("PL", 1))):
        add_story(store, clock, feed_id, n + 1, f"Report {n}", "Wire", f"https://wire.example/{n}",
                  [Pledge(donor, "air_defence", "pledged", "x", None, 2, evidence=f"Sentence {n}.")], days_ago)
    _read_late(store, clock, feed_id, 5, days_ago=9)
    return feed_id


def _read_late(store, clock, feed_id: int, n: int, days_ago: int) -> int:
    """Story `n`, first seen now from an article dated `days_ago` days ago (a backlog read late),
    with one pledge, dated as its article is (StoryAttachment dates both by the entry)."""
    dated = clock.now() - timedelta(days=days_ago)
    story_id = store.create_story(f"Late report {n}", f"https://late.example/{n}", clock.now(), dated, "{}",
                                  ["aid"], 2.0)
    add_report(store, clock, feed_id, story_id, n, f"Late report {n}", "Late", f"https://late.example/{n}",
               [Pledge("GB", "tanks", "pledged", "x", None, 14, evidence="Late sentence.")], days_ago)
    return story_id


def _titles(page: str) -> list[str]:
    return re.findall(r'<article class="story"><h2><a [^>]*>([^<]+)</a>', page)


def test_the_stories_of_a_range_are_those_first_reported_on_its_days(store, clock):
    _stories(store, clock)
    ranged = f"from={_day(13)}&to={_day(5)}"
    for url in serving(tracker_over(store, clock)):
        status, _, page = get(f"{url}/stories?{ranged}")
        _, _, pledges = get(f"{url}/pledges?{ranged}")
        _, _, opened = get(f"{url}/stories?from={_day(7)}")
        _, _, ended = get(f"{url}/stories?to={_day(10)}")
    assert status == 200
    # 12 and 6 days ago, and the story read today from an article of 9 days ago: by the days
    # its first article gives, as its pledge is dated; newest report first (since stop 48:
    # by first sight, the late one led).
    assert _titles(page) == ["Report 2", "Late report 5", "Report 1"]
    assert "3 stories" in page
    # The stories of those days hold the pledges the list shows for the same days.
    assert sorted(re.findall(r"🇬🇧|🇫🇷|🇳🇴|🇩🇪|🇵🇱", page)) == sorted(re.findall(r"🇬🇧|🇫🇷|🇳🇴|🇩🇪|🇵🇱", pledges))
    # The late one says the day of its article beside the day it was seen.
    late = page.split("Late report 5")[1].split("</p>")[0]
    assert f"first seen {NOW:%Y-%m-%d %H:%M} UTC · article dated {_day(9)}" in html.unescape(late)
    assert f"Latest report in this view: {(NOW - timedelta(days=6)):%Y-%m-%d %H:%M} UTC." in page
    # Either end may be left open.
    assert _titles(opened) == ["Report 3", "Report 2"] and _titles(ended) == ["Report 1", "Report 0"]


def test_a_cited_range_of_stories_stays_the_same_as_stories_come(store, clock):
    feed_id = _stories(store, clock)
    path = f"/stories?from={_day(13)}&to={_day(5)}"
    for url in serving(tracker_over(store, clock)):
        port = int(url.rsplit(":", 1)[1])
        status, headers, _ = ask(port, path)
        # Today's news: out of the range, the cited page is unchanged (304).
        add_story(store, clock, feed_id, 10, "Today", "Wire", "https://wire.example/today",
                  [Pledge("DE", "tanks", "pledged", "x", None, 1, evidence="Today.")], 0)
        unchanged = ask(port, path, If_None_Match=headers["ETag"])
        # An article of those days read late joins them, and the page says it changed.
        _read_late(store, clock, feed_id, 11, days_ago=8)
        changed = ask(port, path, If_None_Match=headers["ETag"])
    assert status == 200 and unchanged[0] == 304
    assert changed[0] == 200 and b"Late report 11" in changed[2]


def test_every_link_of_ranged_stories_keeps_the_range_and_a_period_ends_it(store, clock):
    _stories(store, clock)
    ranged = f"from={_day(20)}&to={_day(1)}"
    for url in serving(tracker_over(store, clock)):
        _, _, listed = get(f"{url}/pledges?q=germany&{ranged}&lang=fr")
        stories_link = next(link.href for link in page_markup(listed).links if link.text.strip() == "Articles")
        _, _, page = get(url + html.unescape(stories_link))
        _, _, second = get(f"{url}/stories?{ranged}&page=1")
    links = {" ".join(link.text.split()): html.unescape(link.href) for link in page_markup(page).links}
    # From the list of Germany's pledges: Germany's stories of the same days (the link dropped the
    # donor until stop 61, the stories taking none).
    assert html.unescape(stories_link) == f"/stories?q=DE&{ranged}&lang=fr"
    assert _titles(page) == ["Report 0"]
    assert ranged in links["Promesses"] and ranged in links["Totaux"] and ranged in links["Deutsch"]
    assert "from=" not in links["30 jours"] and "from=" not in links["tout"]
    removes = {words: href for words, href in links.items() if "Retirer" in words or "retirer" in words}
    remove_days = next(href for words, href in removes.items() if _day(20) in words)
    remove_donor = next(href for words, href in removes.items() if "Allemagne" in words)
    assert "from=" not in remove_days and "q=DE" in remove_days
    assert ranged in remove_donor and "q=" not in remove_donor
    # The days are two date fields holding the range; the feed links keep it too.
    assert f'name="from" value="{_day(20)}"' in page and f'name="to" value="{_day(1)}"' in page
    assert "Report 0" in second
    # A story's donors lead to their pledges of the same days.
    donors = [href for words, href in links.items() if words.endswith("Allemagne") and href.startswith("/pledges")]
    assert donors == [f"/pledges?q=DE&{ranged}&lang=fr"], links


def test_a_range_of_stories_is_refused_as_the_lists_refuse_it(store, clock):
    _stories(store, clock)
    asked = {}
    for url in serving(tracker_over(store, clock)):
        for query in ("from=2023-02-30", "to=1999-12-31", f"from={_day(1)}&to={_day(5)}", "from=2023-2-1",
                      "from=2023-02-01&from=2023-02-02"):
            asked[query] = get(f"{url}/stories?{query}")
        french = get(f"{url}/stories?from={_day(1)}&to={_day(5)}&lang=fr")
        both = get(f"{url}/stories?q=30d&from={_day(13)}&to={_day(5)}")  # the range wins
    for query, (status, _, body) in asked.items():
        assert status == 400, query
    assert "YYYY-MM-DD from 2000-01-01 to 2099-12-31" in asked["from=2023-02-30"][2]
    assert "comes after to" in asked[f"from={_day(1)}&to={_day(5)}"][2]
    assert french[0] == 400 and "vient après" in french[2]
    assert both[0] == 200 and _titles(both[2]) == ["Report 2", "Late report 5", "Report 1"]


def test_the_feed_of_a_range_holds_the_pledges_of_its_days_under_an_id_of_its_own(store, clock):
    _stories(store, clock)
    ranged = f"from={_day(13)}&to={_day(5)}"
    for url in serving(tracker_over(store, clock)):
        port = int(url.rsplit(":", 1)[1])
        status, headers, feed = ask(port, f"/pledges.atom?{ranged}")
        _, _, everything = ask(port, "/pledges.atom")
        again = ask(port, f"/pledges.atom?{ranged}", If_None_Match=headers["ETag"])
        refused = ask(port, f"/pledges.atom?from={_day(1)}&to={_day(5)}")
        _, _, listed = get(f"{url}/pledges?q=air_defence&{ranged}&lang=de")
    text = feed.decode()
    assert status == 200 and again[0] == 304
    # Norway's (12 days ago), France's (6) and the late-read British one dated 9 days ago.
    assert sorted(re.findall(r"<entry><id>urn:pledgewatch:pledges#pledge-(\d+)</id>", text)) == ["2", "3", "5"]
    assert len(re.findall("<entry>", everything.decode())) == 5
    # A feed of its own: not the id of the feed of every day.
    feed_id = re.search(r"<feed[^>]*><id>([^<]+)</id>", text)[1]
    assert html.unescape(feed_id) == f"urn:pledgewatch:pledges.atom?{ranged}"
    assert feed_id != re.search(r"<feed[^>]*><id>([^<]+)</id>", everything.decode())[1]
    assert refused[0] == 400 and refused[2].startswith(b"from ") and b"comes after to" in refused[2]
    # The list's feed link gives the feed of the same view, range included.
    atom = re.search(r'<a href="([^"]+)" class="dl-atom">', listed)
    assert atom and html.unescape(atom[1]) == f"/pledges.atom?q=air_defence&{ranged}&lang=de"
