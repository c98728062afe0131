"""What a broken or hostile feed server meets, stop 39's round, over loopback HTTP into a
real SQLite file (the shipped rules, the project's seed items). An audit round: no article
text is added.

Tried and already right (not redone): a feed that turns into an HTML error page and back
(the error recorded, the validators kept: the return is a 304, nothing alerted twice); an
empty 200 or a 204 ("not a feed"); an unrequested Content-Encoding (br); an unknown charset
(read as UTF-8); a Content-Length over max_feed_bytes; a redirect with an empty Location;
a body led by one or two byte order marks, blank lines, spaces or a comment (read); a NUL
before the XML declaration ("not well-formed").

Found and fixed here (the test failed before): a server or cache answering "304 Not
Modified" to a request that named no version (no If-None-Match, no If-Modified-Since: the
first poll, or a feed that never gave validators) was taken at its word: the feed showed
as polled without error on every round, and none of its items was ever read. Such a 304 is
now a fetch error saying what happened; the next poll asks again.
"""

from __future__ import annotations

import asyncio

from tests.support.seed_feed import FEB_13, seed_item
from tests.support.servers import Response, rss


def test_a_304_to_a_request_naming_no_version_is_an_error_not_an_empty_feed(harness, feed_server, store):
    answers = iter([Response(304, b"", {}), Response(200, rss([seed_item(0, FEB_13)]),
                                                     {"Content-Type": "application/rss+xml"})])
    feed_server.set_route("/broken-cache.xml", lambda request: next(answers))
    feed = harness.feed("/broken-cache.xml", "Wire")

    (first,) = asyncio.run(harness.poll(feed))
    assert not first.not_modified and first.new_entries == 0
    assert first.error.startswith("HTTP 304 Not Modified to a request that named no version to compare")
    assert store.feed_state(feed.id).failures == 1

    (second,) = asyncio.run(harness.poll(store.feed_by_url(feed.url)))  # the server mended: nothing lost
    assert second.error is None and second.new_entries == 1
