"""Stop 49, the review of hostile49: yesterday's daily briefing, unchanged and so left unparsed,
still listed beside today's (same headline and teaser) keeps today's stored, whatever form the
feed writes its id and link in; asking it costs one parse of the unchanged items a poll, not a
scan of their bytes per question; and the stored twin a newcomer is told against is the newest
by date, not by insert order. On a loopback HTTP server and a real SQLite store; the texts are
written for this test.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot import pipeline
from bot.adapters.feed_items import ItemChunks, UnchangedItems
from tests.support.poll_harness import OnePoller

HEADLINE = "Frontline briefing"
TEASER = "Our daily round-up of the front's news, written for this test."


def _item(guid: str | None, link: str, when=None) -> str:
    parts = [f"<title>{HEADLINE}</title>", f"<link>{link}</link>", f"<description>{TEASER}</description>"]
    if guid is not None:
        parts.append(f'<guid isPermaLink="false">{guid}</guid>')
    if when is not None:
        parts.append(f"<pubDate>{when.strftime('%a, %d %b %Y %H:%M:%S +0000')}</pubDate>")
    return "<item>" + "".join(parts) + "</item>"


def _doc(items: list[str]) -> bytes:
    return ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Desk</title>'
            '<link>https://desk.example/</link><description>d</description>\n' + "\n".join(items)
            + "\n</channel></rss>").encode()


def _stored(store) -> list[str]:
    return sorted(row["guid"] for row in store.db.query("SELECT guid FROM entries"))


# How feeds write an id and link that the store keeps in another form: the parser reads CDATA
# and character references, resolves a relative link, hashes a long id; the canonical link
# drops tracking parameters and the fragment and lowercases the host.
_FORMS = {
    "cdata-guid-tracking-link": lambda n: (f"<![CDATA[b-{n}]]>", f"https://desk.example/?p=10{n}&amp;utm_source=rss"),
    "charref-guid-fragment-link": lambda n: (f"b&#45;{n}", f"https://desk.example/?p=10{n}#top"),
    "no-guid-relative-link": lambda n: (None, f"/?p=10{n}"),
    "no-guid-host-case": lambda n: (None, f"https://Desk.Example/?p=10{n}"),
    "long-guid-fragment-link": lambda n: ("x" * 600 + str(n), f"https://desk.example/?p=10{n}#c"),
}


@pytest.mark.parametrize("form", list(_FORMS))
def test_yesterdays_unchanged_briefing_is_found_listed_whatever_form_its_id_and_link_take(
        harness, clock, feed_server, form):
    feed = harness.feed("/desk.xml", "Desk")
    poller = OnePoller(harness)
    yesterday = _item(*_FORMS[form](1), clock.now() - timedelta(hours=1))
    feed_server.set_feed("/desk.xml", _doc([yesterday]))
    assert poller.poll(feed).new_entries == 1
    clock.advance(hours=3)  # under 12 hours, the same path: only "still listed" tells them apart
    feed_server.set_feed("/desk.xml", _doc([_item(*_FORMS[form](2), clock.now()), yesterday]))
    result = poller.poll(feed)
    assert result.ok and result.new_entries == 1, result
    assert len(_stored(harness.store)) == 2


def test_rotated_items_beside_a_large_unchanged_item_cost_one_parse_of_it_a_poll(harness, clock, feed_server,
                                                                                 monkeypatch):
    """Every rotated item (new id and link, same words) asks whether its stored twin is still
    listed; searching the unchanged 1 MB item's bytes at each question cost 4.2-4.7 s of CPU a
    poll of 100 such items (main: 0.05 s)."""
    big = "word " * 200_000

    def document(token: int) -> bytes:
        items = ["<item><title>Big</title><guid>big</guid><link>https://desk.example/big</link>"
                 f"<description>{big}</description></item>"]
        items += [f"<item><title>Note {i}</title><guid>r{token}-{i}</guid>"
                  f"<link>https://desk.example/a/{i}?t={token}</link>"
                  f"<description>Harbour note number {i} about ferries.</description></item>" for i in range(100)]
        return _doc(items)

    feed = harness.feed("/desk.xml", "Desk")
    poller = OnePoller(harness)
    feed_server.set_feed("/desk.xml", document(1))
    assert poller.poll(feed).new_entries == 101
    # The unchanged items' document parsed, counted by its length (where a poll's CPU time under
    # 1 s was asked before, which a loaded machine could break): once a poll, whatever the questions.
    parsed = []
    parse = pipeline._listed_names
    monkeypatch.setattr(pipeline, "_listed_names", lambda document, *where: parsed.append(len(document)) or parse(document, *where))
    for token in (2, 3):
        clock.advance(minutes=10)
        feed_server.set_feed("/desk.xml", document(token))
        del parsed[:]
        result = poller.poll(feed)
        assert result.ok and result.new_entries == 0, result  # the rotation is still stored once
        assert len(parsed) == 1 and parsed[0] > len(big), parsed


@pytest.mark.parametrize("links", ["query", "undated-path"])
def test_the_twin_told_against_is_the_newest_by_date_not_the_last_stored(harness, clock, feed_server, links):
    """A newest-first feed's first poll stores the older briefing last. The next day the feed
    lists [b-3, b-2]: b-3 is told against b-2 (still listed: another article), not against b-1
    (gone, the same path or undated: b-3 was dropped)."""
    start = clock.now()

    def briefing(n: int, when) -> str:
        if links == "query":
            return _item(f"b-{n}", f"https://desk.example/?p=10{n}", when)
        return _item(f"b-{n}", f"https://desk.example/2026/12/0{n}/briefing")

    feed = harness.feed("/desk.xml", "Desk")
    poller = OnePoller(harness)
    b1, b2 = briefing(1, start - timedelta(hours=25)), briefing(2, start - timedelta(hours=1))
    feed_server.set_feed("/desk.xml", _doc([b2, b1]))
    assert poller.poll(feed).new_entries == 2
    clock.advance(hours=24)
    feed_server.set_feed("/desk.xml", _doc([briefing(3, clock.now() - timedelta(hours=1)), b2]))
    assert poller.poll(feed).new_entries == 1
    assert _stored(harness.store) == ["b-1", "b-2", "b-3"]


def test_unchanged_items_are_a_document_of_their_own_without_the_costly_ones():
    body = (b"<rss><channel><title>t</title><item><guid>note-1</guid></item>"
            b"<item><guid>note-2</guid></item>" + b"<item>" + b"<a/>" * 2_500 + b"</item></channel></rss>")
    chunks = ItemChunks(body)
    assert set(chunks.too_costly) == {2}
    unchanged = UnchangedItems(chunks, {1, 2})
    document = unchanged.document()
    assert document == b"<rss><channel><title>t</title><item><guid>note-2</guid></item></channel></rss>"
    unchanged = UnchangedItems(chunks, {0})
    unchanged.compress()
    assert unchanged.document() == b"<rss><channel><title>t</title><item><guid>note-1</guid></item></channel></rss>"
    assert UnchangedItems(chunks, set()).document() == b""
    assert UnchangedItems(chunks, {2}).document() == b"" and not UnchangedItems(chunks, {2}).held
    assert UnchangedItems(chunks, {0}).held


def test_the_unchanged_items_are_parsed_off_the_event_loop_once_a_poll(harness, clock, feed_server, monkeypatch):
    """Their parse is as costly as the changed items' (0.05 s a MB), which runs in a thread."""
    import asyncio

    import bot.pipeline as pipeline_module

    calls: list[bool] = []
    real = pipeline_module._listed_names

    def recording(*args):
        try:
            asyncio.get_running_loop()
            calls.append(True)
        except RuntimeError:
            calls.append(False)
        return real(*args)

    monkeypatch.setattr(pipeline_module, "_listed_names", recording)
    feed = harness.feed("/desk.xml", "Desk")
    poller = OnePoller(harness)
    yesterday = _item("b-1", "https://desk.example/?p=101", clock.now() - timedelta(hours=1))
    feed_server.set_feed("/desk.xml", _doc([yesterday]))
    assert poller.poll(feed).new_entries == 1
    assert calls == []  # nothing asked: nothing parsed again
    clock.advance(hours=3)
    feed_server.set_feed("/desk.xml", _doc([_item("b-2", "https://desk.example/?p=102", clock.now()), yesterday]))
    assert poller.poll(feed).new_entries == 1
    assert calls == [False]
