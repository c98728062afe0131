"""What a malicious feed item meets beyond markup: a link too long for any chat, and
invisible characters that hid a word from the rules. Polled over loopback HTTP into a
real SQLite file; the alerts queued for chats are read back from its outbox."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime

import pytest

from bot.adapters.feed_parse import MAX_LINK_CHARS, parse_feed
from bot.adapters.sqlite_store import SqliteStore
from bot.cli import main
from bot.core.analysis import Analyzer
from bot.core.chat.alerts import MAX_PLEDGES_CARRIED
from bot.core.chat.render_console import render_plain
from bot.core.chat.render_discord import render_embed
from bot.core.chat.render_telegram import render_alert
from bot.core.text.safe_text import clean_text
from tests.conftest import CLI_DB
from tests.support.poll_harness import OnePoller
from tests.support.servers import rss

HUGE_LINK = "https://evil.example/" + "a" * 3_000_000
AID = {"title": "Norway sends NASAMS air defence systems to Ukraine",
       "description": "Oslo will deliver two more NASAMS launchers to Kyiv, the ministry said."}


def _add_with_twenty_chats(env, url: str) -> None:
    """The feed added, and 20 Telegram chats subscribed to every topic."""
    assert main(["feeds", "add", url]) == 0
    store = SqliteStore(env / CLI_DB)
    for chat in range(20):
        store.subscribe("telegram", str(chat), [], datetime.now(UTC))
    store.close()


def test_an_item_link_no_chat_could_show_is_dropped_and_never_copied_to_every_chat(env, capsys, feed_server):
    feed_server.set_feed("/long.xml", rss([{**AID, "link": HUGE_LINK}]))
    url = feed_server.url("/long.xml")
    _add_with_twenty_chats(env, url)

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


DONORS = ["Germany", "France", "Norway", "Poland", "Canada", "Sweden", "Denmark", "Italy", "Spain", "Finland",
          "Estonia", "Latvia", "Lithuania", "Netherlands", "Belgium", "Portugal", "Greece", "Romania", "Czechia",
          "Slovakia"]
ARMS = ["tanks", "howitzers", "drones", "missiles", "armoured vehicles", "rifles", "shells", "helicopters", "jets",
        "radars", "mortars", "trucks", "boats", "rockets", "mines", "grenades", "launchers", "air defence systems",
        "ambulances", "generators"]


def test_a_summary_listing_hundreds_of_pledges_queues_only_what_a_chat_shows(env, capsys, feed_server):
    # One made-up summary of some 22 KB naming 400 distinct pledges (20 donors × 20 kinds,
    # each pledged and delivered), sent to 20 chats.
    lines = [f"{donor} pledged {n + 2} {arms} and delivered {n + 3} {arms}."
             for n, (donor, arms) in enumerate((d, a) for d in DONORS for a in ARMS)]
    item = {"title": "Allies pledge weapons to Ukraine", "link": "https://n.example/many",
            "description": " ".join(lines)}
    feed_server.set_feed("/many.xml", rss([item]))
    url = feed_server.url("/many.xml")
    _add_with_twenty_chats(env, url)

    assert main(["poll", "--feed", url]) == 0
    capsys.readouterr()

    store = SqliteStore(env / CLI_DB)
    stored = store._rows("SELECT count(*) AS n FROM pledges")[0]["n"]
    sizes = [row["size"] for row in store._rows("SELECT length(payload) AS size FROM outbox")]
    (story,) = store._rows("SELECT story_id FROM story_alerts")
    kept = store.story_alert(story["story_id"])
    queued = store.due_outbox("telegram", datetime.now(UTC), 100)
    store.close()
    assert stored > 300 and len(sizes) == 21  # the 20 chats and the console
    # Before, each copy carried every pledge: 90,751 bytes a chat, 1.9 MB in all.
    assert max(sizes) < 6_000
    # The story's own alert keeps them all (a later report's pledges are new or not by it).
    assert len(kept.pledges) == stored and kept.more_pledges == 0
    alert = queued[0].alert
    assert len(alert.pledges) == MAX_PLEDGES_CARRIED and alert.more_pledges == stored - MAX_PLEDGES_CARRIED
    # Each renderer still says how many it leaves out.
    telegram = render_alert(alert)
    assert f"… and {stored - 10} more" in telegram
    discord = render_embed(alert)["description"]
    assert discord.count("\n• ") == MAX_PLEDGES_CARRIED and discord.endswith(f"… +{stored - MAX_PLEDGES_CARRIED}")
    assert render_plain(alert).count("  pledge: ") == MAX_PLEDGES_CARRIED + 1
    assert f"… and {stored - MAX_PLEDGES_CARRIED} more" in render_plain(alert)


def test_a_feed_declaring_an_encoding_that_decodes_nothing_is_read_with_a_warning(env, capsys, feed_server):
    # "undefined" is a codec Python knows and that refuses every byte: feedparser, which
    # skips an unknown name, stopped at it and the feed failed with a bare "UnicodeError".
    def body(name: str) -> bytes:
        feed = rss([{**AID, "title": AID["title"] + " — «Київ»", "link": f"https://n.example/{name}"}])
        assert b'encoding="utf-8"' in feed
        return feed

    feed_server.set_feed("/header.xml", body("header"), content_type="application/rss+xml; charset=undefined")
    feed_server.set_feed("/declared.xml", body("declared").replace(b'encoding="utf-8"', b'encoding="undefined"'),
                         content_type="application/rss+xml")
    feed_server.set_feed("/unknown.xml", body("unknown").replace(b'encoding="utf-8"', b'encoding="x-no-such"'),
                         content_type="application/rss+xml")
    warnings = []
    for path in ("/header.xml", "/declared.xml", "/unknown.xml"):
        assert main(["feeds", "add", feed_server.url(path)]) == 0
        assert main(["poll", "--feed", feed_server.url(path)]) == 0
        out, err = capsys.readouterr()
        assert "1 items, 1 new" in out and "UnicodeError" not in out + err, out + err
        warnings += [line for line in err.splitlines() if "decodes no text" in line]

    store = SqliteStore(env / CLI_DB)
    titles = [row["title"] for row in store._rows("SELECT title FROM entries")]
    errors = [row["last_error"] for row in store._rows("SELECT last_error FROM feeds WHERE url LIKE ?",
                                                         [feed_server.url("/%")])]
    store.close()
    # Every item read, in UTF-8 (the non-ASCII letters intact), and no feed failed.
    assert titles == [AID["title"] + " — «Київ»"] * 3 and errors == [None] * 3
    assert len(warnings) == 2, warnings  # an unknown name was, and is, simply skipped by feedparser
    assert all("'undefined'" in w and "read as utf-8" in w for w in warnings), warnings


def test_a_feed_declaring_an_encoding_that_decodes_nothing_is_warned_about_once_per_process(harness, feed_server,
                                                                                            caplog):
    # `run` keeps one poller for weeks; the feed's every new item brought the same
    # warning again, one line per poll interval for as long as the bot ran.
    feed = harness.feed("/undefined.xml", "Undefined")
    poller = OnePoller(harness)

    def serve(items: int, declared: str | None) -> None:
        # Each item its own words: since stop 47b one text under another id and link is one item.
        body = rss([{**AID, "title": f"{AID['title']} ({n})", "link": f"https://n.example/{n}", "guid": f"g{n}"}
                    for n in range(items)])
        if declared:
            body = body.replace(b'encoding="utf-8"', f'encoding="{declared}"'.encode())
        feed_server.set_feed("/undefined.xml", body, content_type="application/rss+xml")

    def warnings_after_poll(items: int, declared: str | None) -> list[str]:
        serve(items, declared)
        caplog.clear()
        with caplog.at_level(logging.DEBUG, logger="bot"):
            result = poller.poll(feed)
        assert result.error is None and result.new_entries == 1, result
        return [r.levelname for r in caplog.records if "decodes no text" in r.getMessage()]

    assert warnings_after_poll(1, "undefined") == ["WARNING"]
    # Each later poll reads a new item, parsed again under the same useless encoding.
    assert warnings_after_poll(2, "undefined") == ["DEBUG"]
    assert warnings_after_poll(3, "undefined") == ["DEBUG"]
    # Once fixed and broken again, it is news again.
    assert warnings_after_poll(4, None) == []
    assert warnings_after_poll(5, "undefined") == ["WARNING"]
    assert warnings_after_poll(6, "UNDEFINED") == ["WARNING"]  # another declaration, said again


def test_an_item_counting_more_than_sqlite_can_store_does_not_fail_its_feed(env, capsys, feed_server):
    # "99999999999999999999 tanks" is read as a count of 10^20, beyond SQLite's 64-bit
    # integers: storing it raised OverflowError, the poll's transaction rolled back, and
    # the feed failed on every poll for as long as the item stayed in it, its other items
    # never stored.
    absurd = {"title": "US pledges 99999999999999999999 tanks to Ukraine",
              "description": "The United States will send 99999999999999999999 tanks and "
                             "$99999999999999999999999999 billion in military aid to Ukraine, the Pentagon said.",
              "link": "https://n.example/absurd"}
    feed_server.set_feed("/absurd.xml", rss([absurd, {**AID, "link": "https://n.example/aid"}]))
    url = feed_server.url("/absurd.xml")
    assert main(["feeds", "add", url]) == 0
    assert main(["poll", "--feed", url]) == 0
    out = capsys.readouterr().out
    assert "2 items, 2 new" in out, out

    store = SqliteStore(env / CLI_DB)
    titles = {row["title"] for row in store._rows("SELECT title FROM entries")}
    (error,) = [row["last_error"] for row in store._rows("SELECT last_error FROM feeds WHERE url = ?", [url])]
    quantities = [row["quantity"] for row in store._rows("SELECT quantity FROM pledges")]
    store.close()
    assert titles == {absurd["title"], AID["title"]} and error is None
    # No such count is stored as if it were one; the pledge is kept without it.
    assert all(q is None or q < 10**12 for q in quantities), quantities


def test_an_item_whose_processing_fails_is_left_out_and_its_feed_still_stored(env, capsys, feed_server, monkeypatch):
    # A bug the analysis hits on one item (a 310-digit number once made the number reader
    # raise) rolled the poll back, and the feed failed on every poll, its other items never
    # stored. The fault is injected, so the test holds whatever bug the next one is.
    real_analyze = Analyzer.analyze

    def analyze_failing_on_poison(self, title, body, lang=None, published=None):
        if "poison" in title:
            raise RuntimeError("injected fault")
        return real_analyze(self, title, body, lang, published)

    monkeypatch.setattr(Analyzer, "analyze", analyze_failing_on_poison)
    poison = {"title": "US pledges poison aid to Ukraine",
              "description": "The United States will send tanks to Ukraine, the Pentagon said.",
              "link": "https://n.example/poison"}
    feed_server.set_feed("/poison.xml", rss([poison, {**AID, "link": "https://n.example/aid"}]))
    url = feed_server.url("/poison.xml")
    assert main(["feeds", "add", url]) == 0
    assert main(["poll", "--feed", url]) == 0
    out, err = capsys.readouterr()
    assert "2 items, 1 new, 1 relevant" in out, out

    store = SqliteStore(env / CLI_DB)
    titles = [row["title"] for row in store._rows("SELECT title FROM entries")]
    (error,) = [row["last_error"] for row in store._rows("SELECT last_error FROM feeds WHERE url = ?", [url])]
    stories = store._rows("SELECT title FROM stories")
    store.close()
    assert titles == [AID["title"]] and error is None and [s["title"] for s in stories] == [AID["title"]]
    # Said once, naming the item, with the traceback for a bug report.
    (said,) = [line for line in err.splitlines() if "could not be processed" in line]
    assert poison["title"][:30] in said and "Traceback" in err and "injected fault" in err

    # The next poll of the same bytes reads nothing again, and fails nothing.
    assert main(["poll", "--feed", url]) == 0
    out, err = capsys.readouterr()
    assert "ERROR" not in err and "1 feeds polled, 0 failed" in out, out + err


def test_a_number_too_long_for_a_float_is_no_count_and_its_item_is_stored(env, capsys, feed_server):
    # 310 digits read as float infinity, and int() of it raised OverflowError in pledge
    # extraction and story matching alike. Such a number is now no number at all.
    huge = "9" * 310
    item = {"title": "US to send tanks to Ukraine",
            "description": f"The United States will send {huge} tanks to Ukraine, the Pentagon said.",
            "link": "https://n.example/long-number"}
    feed_server.set_feed("/long.xml", rss([item]))
    url = feed_server.url("/long.xml")
    assert main(["feeds", "add", url]) == 0
    assert main(["poll", "--feed", url]) == 0
    out, err = capsys.readouterr()
    assert "1 items, 1 new, 1 relevant" in out and "could not be processed" not in err, out + err
    store = SqliteStore(env / CLI_DB)
    pledges = store._rows("SELECT donor, category, quantity FROM pledges")
    store.close()
    assert [(p["donor"], p["category"], p["quantity"]) for p in pledges] == [("US", "tanks", None)]


def test_an_amount_too_large_for_a_float_is_stored_without_it_and_exports_stay_json(env, capsys, feed_server):
    # "$999…9 billion" (301 digits) is read as an amount of float infinity: stored as such,
    # it came out of `pledges export --format json` (and the web's /pledges.json) as the
    # bare word Infinity, which is no JSON, and summed every money total to inf.
    huge = "9" * 301
    item = {"title": f"US pledges ${huge} billion in military aid to Ukraine",
            "description": f"The United States will send ${huge} billion in military aid to Ukraine, "
                           "the Pentagon said.",
            "link": "https://n.example/inf"}
    feed_server.set_feed("/inf.xml", rss([item]))
    url = feed_server.url("/inf.xml")
    assert main(["feeds", "add", url]) == 0
    assert main(["poll", "--feed", url]) == 0
    capsys.readouterr()
    assert main(["pledges", "export", "--format", "json"]) == 0
    exported = json.loads(capsys.readouterr().out, parse_constant=lambda word: pytest.fail(f"{word} in JSON"))
    assert exported and all(row["Reported Value"] is None for row in exported), exported
    assert main(["pledges", "summary"]) == 0
    assert "inf" not in capsys.readouterr().out
