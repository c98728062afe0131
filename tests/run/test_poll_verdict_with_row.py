"""An entry found not relevant is stored with its verdict in its row (issue 15, stop 41):
its score went in by an UPDATE after the insert, a statement more for 9 of 10 entries of
the bench's first poll (most items touch some rule below the threshold). The rows are
what they were: the same score, relevant 0, no story; relevant entries as before."""

from __future__ import annotations

import asyncio
from datetime import datetime, timezone

from tests.support.servers import rss

DAY = datetime(2026, 3, 2, 8, 0, tzinfo=timezone.utc)
BELOW = "Germany discussed tanks and artillery in parliament."  # one rule below the threshold
NOTHING = "The harbour opened a new quay for grain ships."
RELEVANT = "Talks on air defence for Ukraine continued in Brussels."


def test_a_poll_stores_the_verdict_of_an_unrelated_entry_with_its_row(harness, feed_server, store):
    feed_server.set_feed("/a.xml", rss([
        {"title": text, "guid": f"g{n}", "link": f"https://a.example/{n}", "pubDate": DAY, "description": text}
        for n, text in enumerate([BELOW, NOTHING, RELEVANT])]))
    analyzer = harness.current_analyzer()
    expected = {f"g{n}": analyzer.analyze(text, text, None) for n, text in enumerate([BELOW, NOTHING, RELEVANT])}
    assert [(a.relevant, a.score > 0) for a in expected.values()] == [(False, True), (False, False), (True, True)]
    updates: list[str] = []
    store.db.conn.set_trace_callback(lambda sql: updates.append(sql) if sql.startswith("UPDATE entries") else None)
    [result] = asyncio.run(harness.poll(harness.feed("/a.xml", "A")))
    store.db.conn.set_trace_callback(None)
    assert result.new_entries == 3 and result.matches == 1
    assert len(updates) == 1  # the relevant entry's verdict and story, written once it has one
    rows = {row["guid"]: row for row in store.db.query("SELECT guid, relevant, score, story_id FROM entries")}
    for guid, analysis in expected.items():
        assert (rows[guid]["relevant"], rows[guid]["score"]) == (int(analysis.relevant), analysis.score)
    assert rows["g0"]["story_id"] is None and rows["g2"]["story_id"] is not None
