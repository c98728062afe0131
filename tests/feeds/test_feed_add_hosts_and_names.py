"""Adding a feed whose host is a look-alike, or whose URL is already watched, in chat (the real
python-telegram-bot against the loopback Bot API stand-in) and on the command line, over real
SQLite: a label mixing scripts is refused naming the letter and the ASCII form, a host not in
plain ASCII is shown with the form the fetcher uses, and a known URL given a new name takes it
(audited), where the name was dropped without a word."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bot.cli import main
from bot.config import settings_from_dict
from bot.core.feeds.host_scripts import mixed_script_label
from bot.errors import ConfigError
from tests.conftest import CLI_DB
from tests.support.telegram_harness import ADMIN, Bot

LOOK_ALIKE = "https://n\u0435ws.example.com/rss"  # a Cyrillic "е" (U+0435)
LOOK_ALIKE_ASCII = "xn--nws-rdd.example.com"
GERMAN = "https://b\u00fccher.example/rss"
GERMAN_ASCII = "xn--bcher-kva.example"
CYRILLIC_APPLE = "https://\u0430\u0440\u0440\u04cf\u0435.com/feed"  # every letter Cyrillic: one script
CYRILLIC_APPLE_ASCII = "xn--80ak6aa92e.com"


@pytest.mark.parametrize("host, mixed", [
    ("n\u0435ws.example.com", "\u0435"),
    ("\u0435xample.com", "\u0435"),  # the Cyrillic letter first: still the one named
    ("\u03b1pple.com", "\u03b1"),  # Greek alpha
    ("b\u00fccher.example", None),
    ("\u043f\u0440\u0438\u043c\u0435\u0440.\u0440\u0444", None),  # Cyrillic only
    ("\u6771\u4eac\u30bf\u30ef\u30fc.jp", None),  # Han with Katakana: written together
    ("abc\u65e5\u672c.jp", None),  # Latin beside Han, as browsers allow
    ("news.example.com", None),
])
def test_labels_that_mix_scripts_are_found(host, mixed):
    found = mixed_script_label(host)
    assert (found.letter if found else None) == mixed


def test_chat_feed_add_refuses_a_look_alike_and_shows_the_ascii_host(tmp_path, stub):
    async def go():
        async with Bot(tmp_path, stub) as bot:
            refused = (await bot.command(ADMIN, f"/feed_add {LOOK_ALIKE} Wire", user_id=ADMIN))[-1]
            stored_after_refusal = bot.store.list_feeds()
            german = (await bot.command(ADMIN, f"/feed_add {GERMAN}", user_id=ADMIN))[-1]
            apple = (await bot.command(ADMIN, f"/feed_add {CYRILLIC_APPLE} Apple", user_id=ADMIN))[-1]
            plain = (await bot.command(ADMIN, "/feed_add https://news.example.com/rss", user_id=ADMIN))[-1]
            return refused, stored_after_refusal, german, apple, plain, bot.store.list_feeds()

    refused, stored_after_refusal, german, apple, plain, feeds = asyncio.run(go())
    assert "mixes Latin and Cyrillic" in refused and "U+0435" in refused and LOOK_ALIKE_ASCII in refused
    assert stored_after_refusal == []
    assert "added" in german and f"(host in ASCII: {GERMAN_ASCII})" in german
    assert "added" in apple and CYRILLIC_APPLE_ASCII in apple
    assert "added" in plain and "ASCII" not in plain
    assert [feed.url for feed in feeds] == [GERMAN, CYRILLIC_APPLE, "https://news.example.com/rss"]


def test_chat_feed_add_of_a_watched_url_says_its_name_or_renames_it(tmp_path, stub):
    url = "https://news.example.com/rss"

    async def go():
        async with Bot(tmp_path, stub) as bot:
            answers = []
            for line in (f"/feed_add {url} Wire", f"/feed_add {url}", f"/feed_add {url} Reuters World",
                         f"/feed_add {url} Reuters World"):
                answers.append((await bot.command(ADMIN, line, user_id=ADMIN))[-1])
            audit = bot.store.audit_log(limit=10, action_prefix="feed.")
            return answers, bot.store.list_feeds(), audit

    (added, again, renamed, same), feeds, audit = asyncio.run(go())
    assert "Feed 1 added" in added
    assert "already watched, as \u201cWire\u201d" in again and "rename" in again
    assert "renamed \u201cReuters World\u201d" in renamed and "\u201cWire\u201d" in renamed
    assert "already watched, as \u201cReuters World\u201d" in same
    assert [(feed.id, feed.name) for feed in feeds] == [(1, "Reuters World")]
    assert [row["action"] for row in audit] == ["feed.rename", "feed.add"]
    assert audit[0]["before"] == {"name": "Wire"} and audit[0]["after"] == {"name": "Reuters World"}


def test_cli_feeds_add_refuses_a_look_alike_shows_the_ascii_host_and_renames(env, capsys):
    assert main(["feeds", "add", LOOK_ALIKE, "--name", "Wire"]) == 2
    err = capsys.readouterr().err
    assert "mixes Latin and Cyrillic" in err and LOOK_ALIKE_ASCII in err
    assert main(["feeds", "add", GERMAN]) == 0
    assert f"added: {GERMAN} (host in ASCII: {GERMAN_ASCII})" in capsys.readouterr().out
    url = "https://news.example.com/rss"
    assert main(["feeds", "add", url, "--name", "Wire"]) == 0
    capsys.readouterr()
    assert main(["feeds", "add", url]) == 0
    out, err = capsys.readouterr()
    assert "already present, as 'Wire'" in out and "--name" in err
    assert main(["feeds", "add", url, "--name", "Reuters World", "--lang", "fr"]) == 0
    out, err = capsys.readouterr()
    assert "renamed 'Reuters World'" in out and "language and interval stay" in err
    main(["feeds", "list"])
    listed = capsys.readouterr().out
    assert "[Reuters World]" in listed and "n\u0435ws" not in listed and LOOK_ALIKE_ASCII not in listed
    assert (env / CLI_DB).exists()


def test_a_settings_feed_with_a_look_alike_host_is_refused():
    with pytest.raises(ConfigError, match="mixes Latin and Cyrillic"):
        settings_from_dict({"feed": [{"url": LOOK_ALIKE}]}, base_dir=Path("."), environ={})
