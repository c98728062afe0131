"""Stop 48: /latest lists stories by their newest report, as the tracker's /stories does:
the date of a story's newest article (never later than the bot read it), else when the bot
first saw it; `/help latest` (and `/help stories`, the tracker's word) says so. Real command
table over a real SQLite store."""

from __future__ import annotations

from tests.support.command_harness import USER, run
from bot.core.chat.i18n import t
from tests.support.story_archive import ARCHIVE, EXPECTED, MIXED_EXPECTED, add_archive, add_mixed_stories


def test_latest_lists_the_newest_report_first(table, store, clock):
    add_archive(store, clock)
    lines = run(table, USER, f"/latest {len(ARCHIVE)}").splitlines()[1:]
    assert [line.split(" · ")[1] for line in lines] == EXPECTED
    dates = [line.split(" · ")[0] for line in lines]
    assert dates == sorted(dates, reverse=True)


def test_help_says_the_order_and_knows_stories_for_latest(table):
    for asked in ("latest", "stories"):
        answer = run(table, USER, f"/help {asked}").splitlines()
        assert answer[0].startswith("/latest ")
        assert answer[1].startswith("Newest first, each story by the date of its newest article")


def test_an_undated_article_counts_from_when_it_was_read_and_help_says_so(table, store, clock):
    # Review reread48s (finding 3) found the help promising what migration 41's triggers did not do; stop 49
    # (migration 42) made the order do it: an undated article counts from when the bot read it, and the help
    # says so in each language.
    add_mixed_stories(store, clock)
    lines = run(table, USER, "/latest 2").splitlines()[1:]
    assert [line.split(" · ")[1] for line in lines] == MIXED_EXPECTED
    for lang in ("en", "fr", "de"):
        assert "does not count" not in t(lang, "help_latest_order") and "ne compte pas" not in t(
            lang, "help_latest_order") and "zählt nicht" not in t(lang, "help_latest_order")
    assert "an article without a date counts from when the bot read it" in run(table, USER, "/help latest")
