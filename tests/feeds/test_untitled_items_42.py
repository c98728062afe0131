"""Items without a title (stop 42), on a real loopback HTTP server and a real SQLite store.
RSS asks an item for a title or a description, not both, and title-less items are common in
feeds made from social posts or photo captions. The texts are written for this test.

Such an item was stored with an empty title: its story was an empty, unclickable heading
on the web tracker's Stories page, an empty line in /latest, /search and `stories`, and an
alert titled "(untitled)". It is now named by its text's first sentence, cut at a word when
long; its id is made as before, so an item stored earlier is not read as new.
"""

from __future__ import annotations

import asyncio
import hashlib
from datetime import timedelta

from tests.support.servers import rss

TANKS = ("Germany will send 14 Leopard 2 tanks to Ukraine, the defence ministry in Berlin said on Tuesday. "
         "The tanks are to arrive by March.")


def test_an_item_without_a_title_is_named_by_its_first_sentence(harness, clock, feed_server):
    long_text = "Norway will send " + "more and more air defence systems, " * 10 + "Oslo said on Monday."
    feed_server.set_feed("/posts.xml", rss([
        {"link": "https://posts.example/1", "guid": "post-1", "description": TANKS, "pubDate": clock.now()},
        {"description": long_text, "pubDate": clock.now() - timedelta(hours=1)},  # no id, no link
    ]))
    feed = harness.feed("/posts.xml", "Posts")
    (result,) = asyncio.run(harness.poll(feed))
    assert result.ok, result.error
    rows = list(harness.store.db.query("SELECT title, guid FROM entries ORDER BY id"))
    assert rows[0]["title"] == ("Germany will send 14 Leopard 2 tanks to Ukraine, the defence ministry in Berlin "
                                "said on Tuesday")
    assert rows[1]["title"].startswith("Norway will send more and more") and rows[1]["title"].endswith("systems…")
    assert len(rows[1]["title"]) <= 161
    # The id of the item that has none is made from its text as before, the empty title included.
    assert rows[1]["guid"] == "sha256:" + hashlib.sha256(f"\n{long_text}".encode()).hexdigest()
    stories = [row["title"] for row in harness.store.db.query("SELECT title FROM stories")]
    assert rows[0]["title"] in stories
    assert [alert.title for _, alert in harness.chat.sent][:1] == [rows[0]["title"]]


def test_an_untitled_item_polled_again_is_not_new(harness, clock, feed_server):
    feed_server.set_feed("/posts.xml", rss([{"description": TANKS, "pubDate": clock.now()}]))
    feed = harness.feed("/posts.xml", "Posts")
    assert asyncio.run(harness.poll(feed))[0].new_entries == 1
    clock.advance(minutes=10)
    feed_server.set_feed("/posts.xml", rss([{"description": TANKS, "pubDate": clock.now() - timedelta(minutes=10)},
                                            {"title": "Weather", "description": "Rain.", "guid": "w"}]))
    second = asyncio.run(harness.poll(feed))[0]
    assert second.ok and second.new_entries == 1
    assert next(harness.store.db.query("SELECT COUNT(*) AS n FROM entries"))["n"] == 2
