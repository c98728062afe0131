"""Newcomer 64: `pledgewatch status` and chat's /status name each feed readably, by its name
and a short address (host without "www.", the path's middle folders left out when long), the
whole addresses on request (`status --full`; `/feeds` in chat). The shipped feeds had been
listed as whole URLs, scheme and "www." and all."""

from __future__ import annotations

from bot.cli import main
from bot.core.feeds.urls import SHORT_ADDRESS_CHARS, short_feed_address


def test_a_short_address_is_host_and_path_and_keeps_both_ends_when_long():
    assert short_feed_address("https://www.spiegel.de/ausland/index.rss") == "spiegel.de/ausland/index.rss"
    long = "https://www.nato.int/cps/rss/en/natohq/rssFeed.xsl/rssFeed.xml"
    assert short_feed_address(long) == "nato.int/cps/…/rssFeed.xml"
    assert short_feed_address("https://user:pw@news.example/feed?key=secret") == "news.example/feed"
    assert len(short_feed_address("https://news.example/" + "x" * 200)) <= SHORT_ADDRESS_CHARS


def test_status_names_the_feeds_with_short_addresses_and_full_on_request(new_db, capsys):
    assert main(["feeds", "add", "https://www.news.example/world/europe/ukraine/military/aid/rss.xml",
                 "--name", "Example News"]) == 0
    assert main(["feeds", "add", "https://feeds.example.org/rss"]) == 0
    capsys.readouterr()
    main(["status"])
    out = capsys.readouterr().out
    assert "waiting Example News (news.example/world/…/rss.xml): not polled yet" in out, out
    assert "waiting feeds.example.org/rss: not polled yet" in out, out
    assert "https://" not in out
    main(["status", "--full"])
    out = capsys.readouterr().out
    assert "waiting https://www.news.example/world/europe/ukraine/military/aid/rss.xml: not polled yet" in out


def test_chat_status_names_a_feed_without_a_name_by_its_short_address(new_db, capsys):
    assert main(["feeds", "add", "https://www.news.example/world/europe/ukraine/military/aid/rss.xml"]) == 0
    capsys.readouterr()
    assert main(["chat", "/status"]) == 0
    out = capsys.readouterr().out
    assert "waiting news.example/world/…/rss.xml: not polled yet" in out, out
