"""The words key of a body the analysis worker parsed is made in the worker (speed49).

The store step asks whether each entry new by its id and link is an item the feed stored
before under other ids (bot/core/feeds/republished.py, its words key). For a body the bot
parsed itself the key is made on the loop with that question; for a body the worker parsed,
the bot made it too, on the event loop, before the poll's inserts: ~30 us an entry on the
side of a first poll cycle that bounds its wall time. The worker now sends it back with the
entry's analysis and canonical URL. What must not change: the rows (the words key column
included), the same as a body parsed and analysed in the bot.

Real processes: a spawned worker, a feed served on loopback, SQLite in a temporary folder.
"""

from __future__ import annotations

import pytest

import bot.pipeline
from bot.pipeline import FeedPoller
from tests.support.fakes import FakeClock
from tests.support.poll_rows import many_items, poll_into
from tests.support.servers import rss

pytestmark = pytest.mark.timeout(120)


def test_a_body_the_worker_parsed_has_its_words_keys_made_there(tmp_path, feed_server, workers, monkeypatch):
    feed_server.set_feed("/many.xml", rss(many_items(FakeClock())))
    in_bot = poll_into(tmp_path / "bot.db", feed_server, FeedPoller)
    made_here: list[str] = []
    plain = bot.pipeline.entry_content_key

    def counted(entry):
        made_here.append(entry.guid)
        return plain(entry)

    monkeypatch.setattr(bot.pipeline, "entry_content_key", counted)
    in_worker = poll_into(tmp_path / "worker.db", feed_server,
                          lambda *parts: FeedPoller(*parts, analysis_workers=workers))
    assert workers.parsed == 1 and workers.deaths == 0
    assert made_here == []  # every one of the 70 came with its key
    assert any(row[-1] is not None for row in in_bot["entries"])  # keys were made, and stored
    assert in_worker == in_bot
