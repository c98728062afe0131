"""A feed's archive read at once (stop 48): stories whose arrival order differs from their
articles' publication order, and the order the lists of stories give them, newest report first.
Read by tests/web/test_web_story_order_48.py and tests/chat/test_latest_newest_report_48.py."""

from __future__ import annotations

from datetime import timedelta

from bot.core.models import Entry, Feed

# An archive read at once, in this order of arrival: (title, days before now each article was
# published; None: the feed gives no date). "Ramstein" was opened by an old article and joined
# by a new one: its newest report is the new one's.
ARCHIVE = [
    ("Oslo sends NASAMS", [5]),
    ("Paris pledges Caesar", [1]),
    ("Ramstein meeting pledges", [9, 2]),
    ("Bulletin without a date", [None]),
    ("Berlin sends IRIS-T", [3]),
    ("Far future dated item", [-30]),  # a feed's date after the bot read it counts as the reading time
]
# Newest report first: the future-dated item counts as read (the last to arrive), the undated one
# as first seen; then the others by their newest article's date.
EXPECTED = ["Far future dated item", "Bulletin without a date", "Paris pledges Caesar", "Ramstein meeting pledges",
            "Berlin sends IRIS-T", "Oslo sends NASAMS"]


def add_archive(store, clock) -> None:
    feed_id = store.add_feed(Feed(url="https://wire.example/archive.xml", name="Wire"), clock.now())[0]
    number = 0
    for title, ages in ARCHIVE:
        clock.advance(seconds=10)  # arrival order: each story seen a little after the one before
        seen = clock.now()
        dates = [seen - timedelta(days=age) if age is not None else None for age in ages]
        story_id = store.create_story(title, f"https://wire.example/{number}", seen, dates[0], "{}", ["aid"], 2.0)
        for published in dates:
            number += 1
            url = f"https://wire.example/{number}"
            entry_id = store.insert_entry(feed_id, Entry(feed_url="", guid=f"g{number}", url=url, title=title,
                                                         published=published), url, seen)
            store.add_story_source(story_id, entry_id, feed_id, "Wire", url, seen)
    # The earliest arrival has the oldest date: by first sight the list was exactly reversed for it.
    clock.advance(minutes=1)


# A story mixing a dated article with an undated one read later, and a story dated between them (review
# reread48s, finding 3): an undated article counts toward its story's newest report from when the bot read it
# (migration 42; migration 41's triggers took no date from it), so the mixed story, just given a report, comes
# first.
MIXED_EXPECTED = ["Dated five days ago, undated report today", "Dated two days ago"]


def add_mixed_stories(store, clock) -> None:
    feed_id = store.add_feed(Feed(url="https://wire.example/mixed.xml", name="Wire"), clock.now())[0]
    now = clock.now()
    stories = [("Dated five days ago, undated report today", [(5, 5), (None, 0)]), ("Dated two days ago", [(2, 2)])]
    number = 100
    for title, articles in stories:
        first = now - timedelta(days=articles[0][1])
        story_id = store.create_story(title, f"https://wire.example/{number}", first, first, "{}", ["aid"], 2.0)
        for age, read_days_ago in articles:  # (days before now published, None: no date; days before now read)
            number += 1
            url = f"https://wire.example/{number}"
            read = now - timedelta(days=read_days_ago)
            published = now - timedelta(days=age) if age is not None else None
            entry_id = store.insert_entry(feed_id, Entry(feed_url="", guid=f"m{number}", url=url, title=title,
                                                         published=published), url, read)
            store.add_story_source(story_id, entry_id, feed_id, "Wire", url, read)
