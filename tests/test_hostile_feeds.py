"""What a malicious feed item meets beyond markup: a link too long for any chat, and
invisible characters that hid a word from the rules. Polled over loopback HTTP into a
real SQLite file; the alerts queued for chats are read back from its outbox."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.adapters.feed_parse import MAX_LINK_CHARS, parse_feed
from bot.adapters.sqlite_store import SqliteStore
from bot.cli import main
from bot.core.text.safe_text import clean_text
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


# Default-ignorable characters beyond the soft hyphen and the zero-width ones: Unicode tag
# characters (the "ASCII smuggling" block), the combining grapheme joiner, the Hangul
# fillers, variation selectors, interlinear annotation marks and musical format controls.
HIDING = ["\U000e0041", "\U000e0020", "\u034f", "\u3164", "\uffa0", "\u115f", "\u180b", "\ufe0f", "\ufff9",
          "\U0001d173", "\U000e0100"]


def test_clean_text_removes_every_invisible_character_that_splits_a_word():
    for char in HIDING:
        assert clean_text(f"Ukr{char}aine") == "Ukraine", repr(char)
        assert clean_text(f"Київ{char} Ukr{char}aine\n") == "Київ Ukraine\n", repr(char)
    assert clean_text("Zürich — Київ ❤ 한국어") == "Zürich — Київ ❤ 한국어"


def test_an_item_whose_words_are_split_by_tag_characters_is_still_found(env, capsys, feed_server):
    smuggled = {**AID, "link": "https://n.example/1",
                "title": AID["title"].replace("Ukraine", "Ukr\U000e0041aine").replace("NASAMS", "NAS\u034fAMS"),
                "description": AID["description"].replace("Kyiv", "Ky\u3164iv")}
    feed_server.set_feed("/tags.xml", rss([smuggled]))
    url = feed_server.url("/tags.xml")
    assert main(["feeds", "add", url]) == 0
    assert main(["poll", "--feed", url]) == 0
    out = capsys.readouterr().out
    assert "1 new, 1 relevant" in out, out
    store = SqliteStore(env / CLI_DB)
    (entry,) = store._rows("SELECT title, relevant FROM entries")
    store.close()
    assert entry["title"] == AID["title"] and entry["relevant"] == 1
