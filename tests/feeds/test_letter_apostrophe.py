"""The modifier letter apostrophe (U+02BC), which some outlets type for the apostrophe
("Norwayʼs"): a letter to Unicode, so the word it sat in was one word for the rules and
the pledge reader, and the name before it went unseen. Polled over loopback HTTP into a
real SQLite file, as a feed serves it."""

from __future__ import annotations

from bot.adapters.sqlite_store import SqliteStore
from bot.cli import main
from bot.core.text.safe_text import clean_text
from tests.conftest import CLI_DB
from tests.support.servers import rss

LETTER, TYPOGRAPHIC = "\u02bc", "\u2019"


def test_clean_text_writes_the_letter_as_the_typographic_apostrophe() -> None:
    assert clean_text(f"Norway{LETTER}s decision, it{LETTER}s time") == f"Norway{TYPOGRAPHIC}s decision, it{TYPOGRAPHIC}s time"
    assert clean_text(f"Kyiv{TYPOGRAPHIC}s") == f"Kyiv{TYPOGRAPHIC}s"  # the usual one untouched


def test_a_name_before_the_letter_is_read_as_a_name(env, capsys, feed_server) -> None:
    item = {"title": f"Norway{LETTER}s NASAMS for Ukraine", "link": "https://n.example/letter",
            "description": f"Norway{LETTER}s government will send two NASAMS launchers to Ukraine, "
                           f"the defence ministry said on Monday. It{LETTER}s the third such package."}
    feed_server.set_feed("/letter.xml", rss([item]))
    url = feed_server.url("/letter.xml")
    assert main(["feeds", "add", url]) == 0
    assert main(["poll", "--feed", url]) == 0
    out = capsys.readouterr().out
    assert "1 new, 1 relevant" in out, out
    store = SqliteStore(env / CLI_DB)
    try:
        (entry,) = store._rows("SELECT title, relevant FROM entries")
        pledges = store._rows("SELECT donor, category, status, quantity FROM pledges")
    finally:
        store.close()
    assert entry["title"] == f"Norway{TYPOGRAPHIC}s NASAMS for Ukraine" and entry["relevant"] == 1
    assert [(p["donor"], p["quantity"]) for p in pledges] == [("NO", 2)], pledges
