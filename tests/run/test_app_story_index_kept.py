"""The window's stories stay parsed from one App.poll_once to the next (issue 15, stop 42).

Each poll_once made a new FeedPoller, and with it a new StoryAttacher, whose first relevant
entry read and parsed every story of the window again (~10 ms for 30 stories, each steady
cycle of bench/bench_poll_cycle.py). `run` keeps one poller, so one index, for its life; now
the App keeps the attacher and gives it to every poller it makes, so a process's later
polls read only the stories stored since (the index's own rule: story ids only grow).

Real parts: the loopback feed server, SQLite, the shipped rules; made-up items
(tests/support/poll_rows.py). The store's reads of stored stories are counted by wrapping the
real method. Checked to fail: with a new attacher per poller (the code before), the second
poll_once reads the first's stories again, and the pollers' attachers differ.
"""

from __future__ import annotations

import asyncio

import pytest

from bot.app import App
from bot.config import settings_from_dict
from bot.core.models import Feed
from tests.support.poll_rows import aid_and_other_items
from tests.support.servers import rss

pytestmark = pytest.mark.timeout(60)


def test_a_second_poll_once_reads_no_story_it_has_parsed_already(tmp_path, feed_server):
    items = aid_and_other_items(8)
    feed_server.set_feed("/wire.xml", rss(items[:4]))
    app = App(settings_from_dict({"database": str(tmp_path / "bot.db"), "analysis_workers": 0},
                                 base_dir=tmp_path, environ={}))
    stories_read: list[int] = []
    real_read = app.store.stories_between

    def counted(*args, **kwargs):
        rows = real_read(*args, **kwargs)
        stories_read.append(len(rows))
        return rows

    try:
        app.prepare()
        app.store.add_feed(Feed(url=feed_server.url("/wire.xml"), name="Wire"), app.clock.now(), actor="cli")
        app.store.stories_between = counted
        first = asyncio.run(app.poll_once())
        made = app.store.newest_story_id()
        assert first[0].error is None and first[0].matches == 2 and made >= 1
        feed_server.set_feed("/wire.xml", rss(items))
        stories_read.clear()
        second = asyncio.run(app.poll_once())
        assert second[0].error is None and second[0].matches == 2
        assert sum(stories_read) == app.store.newest_story_id() - made, \
            "only the stories stored since the first poll_once are read"
        assert app.poller(None).story_attacher is app.poller(None).story_attacher
    finally:
        app.close()
