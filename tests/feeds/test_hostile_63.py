"""Stop 63, hostile feeds, on a real loopback HTTP server and a real SQLite store. The items are
the generated pledge reports of tests/support/story_scale.py.

- A body labelled with a coding pledgewatch never asks for (Content-Encoding: br, zstd) was
  refused before a byte of it was read ("unsupported Content-Encoding 'br'"), though a proxy or
  CDN that unpacked it and kept the header had sent the feed as it is. feedparser and reader
  read such a body as sent (neither decodes br without the brotli module, and urllib3 then
  leaves it as it came); a browser refuses it. Now a body whose first bytes are a feed's markup
  is read as sent, with the warning a plain body labelled gzip gets, and the byte cap holds; a
  body compressed in such a coding (binary, or "<" and then no text, since Brotli has no magic
  number) is refused naming the cause: a coding not asked for, the Accept-Encoding sent.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

import pytest

from bot.errors import FetchError
from tests.support.labelled_bodies import fetched, serve_as
from tests.support.poll_harness import OnePoller
from tests.support.servers import rss
from tests.support.story_scale import alike_items


WHEN = datetime(2023, 2, 14, 11, 0, tzinfo=UTC)


@pytest.mark.parametrize("encoding", ["br", "zstd", "gzip, br"])
def test_a_feed_labelled_with_a_coding_never_asked_for_but_sent_plain_is_read_with_a_warning(
        harness, clock, feed_server, encoding, caplog):
    items = alike_items(3, clock.now() - timedelta(hours=1))
    serve_as(feed_server, "/wire.xml", b"\n" + rss(items), encoding)
    with caplog.at_level(logging.WARNING, logger="bot.pipeline"):
        result = OnePoller(harness).poll(harness.feed("/wire.xml", "Wire"))
    assert result.ok and result.new_entries == 3, result.error
    said = [r.getMessage() for r in caplog.records if "sent it uncompressed" in r.getMessage()]
    assert len(said) == 1 and f"(Content-Encoding: {encoding})" in said[0], said


def test_the_byte_cap_holds_for_a_body_read_as_sent(feed_server):
    body = rss(alike_items(40, WHEN))
    serve_as(feed_server, "/big.xml", body, "br")
    with pytest.raises(FetchError, match="body larger than"):
        fetched(feed_server, "/big.xml", max_bytes=len(body) // 2)


@pytest.mark.parametrize("body", [b"\x1b\x00\x80\x93binary", b"<\x1b\x00\x80\x93 a br stream may begin with <",
                                  b"plain words, no markup"])
def test_a_body_really_in_a_coding_never_asked_for_is_refused_naming_the_cause(feed_server, body):
    serve_as(feed_server, "/packed.xml", body, "br")
    with pytest.raises(FetchError) as raised:
        fetched(feed_server, "/packed.xml")
    said = str(raised.value)
    assert "unsupported Content-Encoding 'br'" in said and "does not ask for" in said, said
    assert "Accept-Encoding: gzip, deflate" in said


