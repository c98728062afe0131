"""What a broken or hostile feed meets, stop 38's round: the leftovers stop 37 noted in
the project's own reading of a body before feedparser (bot/adapters/feed_items.py's
ItemChunks: the items' hashes, their bounds, a body cut short), tried on the real
`pledgewatch` commands over loopback HTTP into a real SQLite file. The item texts are
the two written for stop 37's round (tests/support/hostile_feed_items.py).

Found and fixed here, each test failing before its fix:
- a feed in UTF-16 or UTF-32 (with a byte order mark, or without one: declared in its
  XML declaration, or by the Content-Type's charset alone) was read by feedparser
  whole, but the project's byte search for <item> and <entry> found none in it: none of
  the bounds on items held (a costly item, items past the first 1,000), and a body cut
  short inside an item was read as if whole, that item stored unfinished (no text, so no
  pledge) and never read again. Such a body is now decoded to UTF-8 first (the byte
  order mark, else the zero bytes around its first "<", tell its encoding, as the XML
  specification's appendix F and feedparser's own sniffing read it), its declaration and
  charset saying UTF-8, and read as a UTF-8 feed is.
- a feed whose last item is an empty element (`<item/>`, `<entry/>`, with or without
  attributes) was taken for a body cut short: a warning on every poll, and its
  validators were dropped each time, so the server was never asked conditionally. Such
  an item ends where its tag does; a body cut inside that tag is still found unfinished.
- a tag written as text, inside a CDATA section or a comment (a channel description
  "<![CDATA[... each <item> we publish]]>", an article quoting "</entry>"), was taken for
  an item's start or end. Once the items after such a "start" were stored, the next poll
  cut the body there, inside the CDATA: the feed failed ("unclosed CDATA section") on
  every poll that brought a new item, and those items were never read. A body cut inside
  its last item's CDATA after a quoted "</item>" was read as whole. Tags inside CDATA and
  comments are now text to the item search, as to the XML parser.
"""

from __future__ import annotations

import asyncio

import pytest

from bot.adapters.feed_items import ItemChunks
from bot.cli import main
from bot.pipeline import FeedPoller
from tests.conftest import CLI_DB
from tests.support.hostile_feed_items import AID_ITEMS, COSTLY_MARKUP
from tests.support.servers import Response, rss
from tests.support.store_checks import stored_summaries

# How each wide encoding is written: its Python codec, with or without a byte order mark.
WIDE = {
    "utf-16 with BOM": ("utf-16", "application/rss+xml"),
    "utf-16-be with BOM": ("utf-16-be", "application/rss+xml"),
    "utf-32 with BOM": ("utf-32", "application/rss+xml"),
    "utf-16-le declared": ("utf-16-le", "application/rss+xml"),
    "utf-32-be declared": ("utf-32-be", "application/rss+xml"),
    "utf-16-le by charset only": ("utf-16-le", "application/rss+xml; charset=utf-16le"),
}


def _wide(body: bytes, codec: str, content_type: str) -> bytes:
    """The UTF-8 `body` written in `codec` (a BOM first for "utf-16"/"utf-32" alone, as
    Python writes them, and for utf-16-be as some servers write it); the declaration
    names the encoding, or is dropped when only the charset is to tell it."""
    text = body.decode("utf-8")
    if "charset" in content_type:
        text = text.split("?>", 1)[1].lstrip()
    else:
        text = text.replace('encoding="utf-8"', f'encoding="{codec.removesuffix("-le").removesuffix("-be")}"', 1)
    wide = text.encode(codec)
    return ("\ufeff".encode(codec) + wide) if codec == "utf-16-be" else wide


def _serve_cut_then_whole(feed_server, path: str, cut: bytes, whole: bytes, content_type: str) -> str:
    answers = iter([cut, whole])
    feed_server.set_route(path, lambda request: Response(200, next(answers), {"Content-Type": content_type},
                                                         until_close=True))
    return feed_server.url(path)


@pytest.mark.parametrize("codec, content_type", WIDE.values(), ids=WIDE.keys())
def test_a_wide_feed_cut_short_inside_an_item_is_read_whole_at_the_next_poll(env, capsys, feed_server, codec,
                                                                              content_type):
    whole = rss(AID_ITEMS)
    cut = whole[: whole.index(b"14 Leopard")]
    url = _serve_cut_then_whole(feed_server, "/wide.xml", _wide(cut, codec, content_type),
                                _wide(whole, codec, content_type), content_type)
    assert main(["feeds", "add", url]) == 0
    assert main(["poll", "--feed", url]) == 0
    out, err = capsys.readouterr()
    assert "1 feeds polled, 0 failed" in out and "the body ends inside an item (cut short?)" in err, out + err
    assert stored_summaries(env / CLI_DB) == {"https://n.example/nasams": AID_ITEMS[0]["description"]}

    assert main(["poll", "--feed", url]) == 0
    capsys.readouterr()
    assert stored_summaries(env / CLI_DB) == {"https://n.example/nasams": AID_ITEMS[0]["description"],
                                              "https://n.example/berlin": AID_ITEMS[1]["description"]}


@pytest.mark.timeout(60)
@pytest.mark.parametrize("codec, content_type", [WIDE["utf-16 with BOM"], WIDE["utf-32-be declared"]])
def test_a_costly_item_of_a_wide_feed_is_left_out_like_a_utf8_ones(env, capsys, feed_server, codec, content_type):
    body = rss(AID_ITEMS).replace(b"<title>Berlin outlines", COSTLY_MARKUP["categories"] + b"<title>Berlin outlines", 1)
    feed_server.set_feed("/costly.xml", _wide(body, codec, content_type), content_type=content_type)
    url = feed_server.url("/costly.xml")
    assert main(["feeds", "add", url]) == 0
    assert main(["poll", "--feed", url]) == 0
    out, err = capsys.readouterr()
    assert "1 feeds polled, 0 failed" in out and "1 item left out" in err, out + err
    assert list(stored_summaries(env / CLI_DB)) == ["https://n.example/nasams"]


def test_a_wide_feed_polled_again_unchanged_is_not_parsed_again(env, capsys, feed_server):
    body = _wide(rss(AID_ITEMS), "utf-16", "application/rss+xml")
    feed_server.set_route("/same.xml", lambda request: Response(200, body, {"Content-Type": "application/rss+xml"}))
    url = feed_server.url("/same.xml")
    assert main(["feeds", "add", url]) == 0
    assert main(["poll", "--feed", url]) == 0
    assert main(["poll", "--feed", url]) == 0
    out = capsys.readouterr().out
    assert "unchanged" in out.splitlines()[-2] or "unchanged" in out, out
    assert len(stored_summaries(env / CLI_DB)) == 2


EMPTY_LAST = {
    "rss <item/>": b"<item/>",
    "rss <item />": b"<item />",
    "rss with attributes": b'<item rdf:about="https://n.example/x"/>',
    "prefixed": b"<rss:item/>",
}


@pytest.mark.parametrize("empty", EMPTY_LAST.values(), ids=EMPTY_LAST.keys())
def test_a_feed_ending_with_an_empty_item_is_whole(empty):
    body = rss(AID_ITEMS).replace(b"</channel>", empty + b"</channel>", 1)
    chunks = ItemChunks(body)
    assert not chunks.unfinished
    assert len(chunks.hashes()) == 3 and chunks.without(set()) == body


def test_an_atom_feed_ending_with_an_empty_entry_is_whole():
    body = (b'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>'
            b"<entry><id>urn:a</id><title>One</title></entry><entry/></feed>")
    assert not ItemChunks(body).unfinished


def test_a_body_cut_inside_the_tag_of_an_empty_last_item_is_still_unfinished():
    body = rss(AID_ITEMS).replace(b"</channel>", b'<item rdf:about="https://n.example/x"/></channel>', 1)
    cut = body[: body.index(b"/></channel>")]
    assert ItemChunks(cut).unfinished


def test_a_feed_ending_with_an_empty_item_keeps_its_validators_and_says_nothing(env, capsys, feed_server):
    feed_server.set_feed("/empty-last.xml", rss(AID_ITEMS).replace(b"</channel>", b"<item/></channel>", 1))
    url = feed_server.url("/empty-last.xml")
    assert main(["feeds", "add", url]) == 0
    assert main(["poll", "--feed", url]) == 0
    assert "cut short" not in capsys.readouterr().err
    assert main(["poll", "--feed", url]) == 0
    assert "cut short" not in capsys.readouterr().err
    # The second poll was conditional, and answered "not modified".
    conditional = [r for r in feed_server.requests_to("/empty-last.xml") if "if-none-match" in r.headers]
    assert len(conditional) == 1
    assert {"https://n.example/nasams", "https://n.example/berlin"} <= set(stored_summaries(env / CLI_DB))


TEXT_HEADS = {
    "cdata in the channel": b"<description><![CDATA[Our wire lists each <item> we publish]]></description>",
    "comment in the channel": b"<!-- one <item> per report --><description>Feed for tests</description>",
}
NEW_ITEM = {"title": "Warsaw orders more K2 tanks", "link": "https://n.example/k2", "guid": "g3",
            "description": "Poland will buy 180 more K2 tanks for its army, the ministry in Warsaw said."}


@pytest.mark.parametrize("head", TEXT_HEADS.values(), ids=TEXT_HEADS.keys())
def test_an_item_tag_written_as_text_in_the_channel_cuts_nothing_at_the_next_poll(env, capsys, feed_server, head):
    def body(items):
        return rss(items).replace(b"<description>Feed for tests</description>", head, 1)

    answers = iter([body(AID_ITEMS), body([NEW_ITEM, *AID_ITEMS])])
    feed_server.set_route("/text.xml", lambda request: Response(200, next(answers),
                                                                {"Content-Type": "application/rss+xml"}))
    url = feed_server.url("/text.xml")
    assert main(["feeds", "add", url]) == 0
    assert main(["poll", "--feed", url]) == 0
    assert main(["poll", "--feed", url]) == 0
    out, err = capsys.readouterr()
    assert "FAIL" not in out and "0 failed" in out.splitlines()[-1], out + err
    assert set(stored_summaries(env / CLI_DB)) == {"https://n.example/nasams", "https://n.example/berlin",
                                                   "https://n.example/k2"}


def test_a_body_cut_inside_cdata_after_a_quoted_end_tag_is_unfinished():
    quoted = "<![CDATA[Feeds close each report with </item>, the wire explained.]]>"
    body = rss(AID_ITEMS).replace(b"<description>Germany will send", quoted.encode() + b" Germany will send", 1)
    assert not ItemChunks(body).unfinished  # whole, the CDATA closes
    cut = body[: body.index(b"the wire explained")]
    assert ItemChunks(cut).unfinished


@pytest.mark.timeout(60)
def test_a_pushed_wide_body_is_bounded_as_a_polled_one(harness, store, clock):
    # WebSub: the hub a feed names may push whatever it likes; a UTF-16 push went round
    # the item bounds as a polled UTF-16 body did.
    body = rss(AID_ITEMS).replace(b"<title>Berlin outlines", COSTLY_MARKUP["categories"] + b"<title>Berlin outlines", 1)
    feed = harness.feed("/pushed.xml", "Pushed")
    poller = FeedPoller(store, None, harness.current_analyzer, clock)
    result = asyncio.run(poller.ingest(feed.id, _wide(body, "utf-16", "application/rss+xml"), "application/rss+xml"))
    assert result.error is None and result.new_entries == 1
    assert [row["url"] for row in store._rows("SELECT url FROM entries")] == ["https://n.example/nasams"]
