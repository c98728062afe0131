"""What a malicious feed item meets beyond markup: a link too long for any chat, and
invisible characters that hid a word from the rules. Polled over loopback HTTP into a
real SQLite file; the alerts queued for chats are read back from its outbox."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.adapters.feed_parse import MAX_LINK_CHARS, parse_feed
from bot.adapters.sqlite_store import SqliteStore
from bot.cli import main
from tests.conftest import CLI_DB
from tests.servers import rss

HUGE_LINK = "https://evil.example/" + "a" * 3_000_000
AID = {"title": "Norway sends NASAMS air defence systems to Ukraine",
       "description": "Oslo will deliver two more NASAMS launchers to Kyiv, the ministry said."}


def test_an_item_link_no_chat_could_show_is_dropped_and_never_copied_to_every_chat(env, capsys, feed_server):
    feed_server.set_feed("/long.xml", rss([{**AID, "link": HUGE_LINK}]))
    url = feed_server.url("/long.xml")
    assert main(["feeds", "add", url]) == 0
    store = SqliteStore(env / CLI_DB)
    for chat in range(20):
        store.subscribe("telegram", str(chat), [], datetime.now(UTC))
    store.close()

    assert main(["poll", "--feed", url]) == 0
    assert "1 items, 1 new" in capsys.readouterr().out

    store = SqliteStore(env / CLI_DB)
    (entry,) = store._rows("SELECT url, title FROM entries")
    payloads = [row["size"] for row in
                store._rows("SELECT length(payload) AS size FROM outbox WHERE platform = 'telegram'")]
    store.close()
    # The item is kept (its text was read and alerted) without the link; before, each of
    # the 20 chats' queued alerts held the 3 MB link twice (story and source): 120 MB.
    assert entry["title"] == AID["title"] and entry["url"] == ""
    assert len(payloads) == 20 and max(payloads) < 10_000


def test_a_too_long_link_still_identifies_its_item_from_poll_to_poll():
    body = rss([{**AID, "link": HUGE_LINK}, {**AID, "link": HUGE_LINK + "b"}])
    first, second = parse_feed(body, "https://evil.example/feed.xml")
    assert first.url == second.url == ""
    assert first.guid.startswith("sha256:") and first.guid != second.guid
    assert [e.guid for e in parse_feed(body, "https://evil.example/feed.xml")] == [first.guid, second.guid]
    link = "https://ok.example/" + "a" * (MAX_LINK_CHARS - len("https://ok.example/"))
    (kept,) = parse_feed(rss([{**AID, "link": link}]), "https://ok.example/feed.xml")
    assert kept.url == link
