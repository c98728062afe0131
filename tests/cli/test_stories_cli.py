"""`pledgewatch stories`: after a real poll of loopback feeds into a real SQLite file,
the stories with their first-seen time, title, sources (outlet, link, language) and
pledges, as text and as the documented JSON Lines."""

from __future__ import annotations

import json
import re
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from bot.cli import main
from bot.story_listing import PLEDGE_KEYS, SOURCE_KEYS, STORY_KEYS
from tests.conftest import CLI_DB, first_run_database
from tests.support.servers import add_outlets
from tests.support.story_articles import LEOPARD_EN_1, LEOPARD_FR, PATRIOT_EN_1


@pytest.fixture
def polled(env, feed_server, capsys):
    """Three outlets: two report Germany's Leopard decision (English and French), one
    the US Patriot package; one real `poll --once` stores them."""
    now = datetime.now(UTC)
    feeds = {
        "/wire.xml": ("Wire", "en", LEOPARD_EN_1, now - timedelta(hours=2)),
        "/journal.xml": ("Journal", "fr", LEOPARD_FR, now - timedelta(hours=1)),
        "/post.xml": ("Post", "en", PATRIOT_EN_1, now - timedelta(hours=1)),
    }
    add_outlets(feed_server, feeds)
    # One feed at a time, so which report opens the Leopard story is known.
    for path in feeds:
        assert main(["poll", "--once", "--feed", feed_server.url(path)]) == 0
    capsys.readouterr()
    return env / CLI_DB


def _json_stories(capsys, *args: str) -> list[dict]:
    assert main(["stories", "--json", *args]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_json_lines_give_each_story_with_its_sources_and_pledges(polled, capsys):
    stories = _json_stories(capsys)
    assert [s["title"] for s in stories] == [LEOPARD_EN_1[0], PATRIOT_EN_1[0]]  # oldest first
    for story in stories:
        assert tuple(story) == STORY_KEYS
        assert all(tuple(source) == SOURCE_KEYS for source in story["sources"])
        assert all(tuple(pledge) == PLEDGE_KEYS for pledge in story["pledges"])
        assert datetime.fromisoformat(story["first_seen"]).tzinfo is not None
    leopard, patriot = stories
    assert leopard["sources"] == [
        {"outlet": "Wire", "url": "https://wire.example/a", "lang": "en"},
        {"outlet": "Journal", "url": "https://journal.example/a", "lang": "fr"},
    ]
    assert leopard["url"] == "https://wire.example/a"
    assert {(p["donor"], p["category"]) for p in leopard["pledges"]} >= {("DE", "tanks")}
    assert [s["outlet"] for s in patriot["sources"]] == ["Post"]
    assert {(p["donor"], p["category"]) for p in patriot["pledges"]} >= {("US", "air_defence")}


def test_text_lists_each_story_with_its_outlets_and_pledges(polled, capsys):
    assert main(["stories"]) == 0
    out = capsys.readouterr().out
    assert out.index(LEOPARD_EN_1[0]) < out.index(PATRIOT_EN_1[0])
    assert "2 outlets:" in out and "1 outlet:" in out
    assert "Journal [fr] https://journal.example/a" in out
    # In words, as `pledges` and the alerts say them: it had been "DE tanks Leopard 2 x14 (pledged)".
    assert re.search(r"pledge: Germany — Leopard 2 tanks( ×\d+)? — pledged", out), out
    assert "pledge: DE " not in out


def test_since_keeps_only_the_stories_first_seen_in_the_period(polled, capsys):
    db = sqlite3.connect(polled)
    with db:
        db.execute("UPDATE stories SET first_seen = ? WHERE title = ?",
                   ((datetime.now(UTC) - timedelta(days=10)).isoformat(), LEOPARD_EN_1[0]))
    db.close()
    assert [s["title"] for s in _json_stories(capsys)] == [PATRIOT_EN_1[0]]  # default: 7 days
    assert [s["title"] for s in _json_stories(capsys, "--since", "2w")] == [LEOPARD_EN_1[0], PATRIOT_EN_1[0]]
    assert [s["title"] for s in _json_stories(capsys, "--since", "1d")] == [PATRIOT_EN_1[0]]
    from bot.adapters.sqlite_store import SqliteStore

    store = SqliteStore(polled)
    try:  # no bound: every story
        assert [row["title"] for row in store.stories_since(None)] == [LEOPARD_EN_1[0], PATRIOT_EN_1[0]]
    finally:
        store.close()


def test_a_period_that_is_not_one_is_refused(polled, capsys):
    for bad in ("7", "0d", "yesterday", "99999d"):
        assert main(["stories", "--since", bad]) == 2
        assert "--since" in capsys.readouterr().err


def test_an_empty_period_says_so(env, capsys):
    first_run_database()  # `stories` creates none
    assert main(["stories"]) == 0
    assert capsys.readouterr().out == "no stories in this period\n"
    assert main(["stories", "--json"]) == 0
    assert capsys.readouterr().out == ""
