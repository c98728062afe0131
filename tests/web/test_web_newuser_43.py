"""What a reader of the web tracker met (stop 43), on a real SQLite file and a real loopback
HTTP server. The stories and pledges are short texts written for these tests; each test
failed before its fix.

- An unbalanced quote in the filter words (`/pledges.csv?q=%22`, a phrase left open) was a
  400: the quote was read as a filter word. It is dropped, as /search drops it in chat.
- The Atom feed of new pledges listed its entries by pledge number, so a pledge read late
  from an older article stood above newer ones: newest first by each entry's time now.
- A source link with a user name and password (`https://alice:s3cret@...`) was shown,
  linked and exported as it was stored.
"""

from __future__ import annotations

import csv
import io
import re

from bot.core.models import Feed, Pledge
from tests.support.web_tracker import add_story, ask_tracker


def _two_donors(store, clock, first_url="https://wire.example/1"):
    feed_id = store.add_feed(Feed(url="https://wire.example/feed.xml", name="Wire"), clock.now())[0]
    add_story(store, clock, feed_id, 1, "Berlin sends IRIS-T", "Wire", first_url,
              [Pledge("DE", "air_defence", "delivered", "IRIS-T", "IRIS-T", 2, evidence="Two IRIS-T arrived.")], 3)
    add_story(store, clock, feed_id, 2, "Oslo sends NASAMS", "Wire", "https://wire.example/2",
              [Pledge("NO", "air_defence", "pledged", "NASAMS", "NASAMS", 2, evidence="Two NASAMS to come.")], 20)
    return feed_id


def _csv_donors(body: str) -> list[str]:
    return sorted(row["Donor Code"] for row in csv.DictReader(io.StringIO(body.lstrip("\ufeff"))))


def test_an_unbalanced_quote_in_the_filter_words_is_dropped_not_refused(store, clock):
    _two_donors(store, clock)
    answers = ask_tracker(store, clock, "/pledges.csv", "/pledges.csv?q=%22", "/pledges.csv?q=%22germany",
                          "/pledges.csv?q=%E2%80%9Cgermany%E2%80%9D", "/pledges?q=%C2%AB", "/pledges.json?q=%22%22")
    everything = answers["/pledges.csv"]
    assert everything[0] == 200 and len(_csv_donors(everything[1])) == 2
    assert answers["/pledges.csv?q=%22"] == everything  # a lone quote filters nothing
    assert _csv_donors(answers["/pledges.csv?q=%22germany"][1]) == _csv_donors(
        answers["/pledges.csv?q=%E2%80%9Cgermany%E2%80%9D"][1])
    assert len(_csv_donors(answers["/pledges.csv?q=%22germany"][1])) == 1
    assert answers["/pledges?q=%C2%AB"][0] == 200
    assert answers["/pledges.json?q=%22%22"][0] == 200


def test_the_atom_feed_lists_its_entries_newest_first_by_their_time(store, clock):
    feed_id = _two_donors(store, clock)
    # Read last, from the oldest article of the three: stored last, it came first.
    add_story(store, clock, feed_id, 3, "Paris pledged money", "Journal", "https://journal.example/3",
              [Pledge("FR", "funding", "pledged", "aide", None, None, 2e9, "EUR", evidence="Deux milliards.")], 40)
    status, body = ask_tracker(store, clock, "/pledges.atom")["/pledges.atom"]
    assert status == 200
    entries = re.findall(r"<entry>.*?</entry>", body)
    times = [re.search(r"<updated>(.*?)</updated>", entry)[1] for entry in entries]
    assert len(times) == 3 and times == sorted(times, reverse=True)
    assert "pledge-3" in entries[-1]
    assert re.search(r"<feed[^>]*>.*?<updated>(.*?)</updated>", body)[1] == times[0]


def test_a_source_link_loses_its_user_name_and_password_on_pages_feed_and_downloads(store, clock):
    _two_donors(store, clock, first_url="https://alice:s3cret@wire.example/1")
    answers = ask_tracker(store, clock, "/pledges", "/stories", "/pledges.atom", "/pledges.csv", "/pledges.json")
    for path, (status, body) in answers.items():
        assert status == 200, path
        assert "s3cret" not in body and "alice" not in body, path
        assert "https://wire.example/1" in body, path
