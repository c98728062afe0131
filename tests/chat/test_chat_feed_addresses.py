"""Feeds added from chat may not reach this host unless the operator says so.

`feed_addresses = "loopback"` (the default) lets a feed whose URL names this machine be
fetched: the operator's demo, tests and local tools. From chat that allowance let a bot
admin (or any Discord member with Manage Server, with manage_server_admins) make the bot
probe services on its own host. /feed_add now also answers to `chat_feed_addresses`
("public" by default), when the URL is added and on every fetch of a feed added that way,
while the settings' [[feed]] tables and `feeds add` keep the operator's policy."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import pytest

from bot.adapters.feed_http import HttpFeedSource
from bot.adapters.migrations import MIGRATIONS, migrate
from bot.adapters.sqlite_store import SqliteStore
from bot.app import App
from bot.cli import main
from bot.config import settings_from_dict
from bot.core.chat.services import ChatContext
from bot.core.models import Feed
from bot.errors import ConfigError, FetchError
from tests.conftest import CLI_DB
from tests.support.servers import rss
from tests.support.scratch_apps import prepared_app

FEED = rss([{"title": "Hello", "link": "https://example.org/1"}])
ADMIN = ChatContext("telegram", "1", "7", is_admin=True, can_manage_chat=True)
ADMIN_FR = ChatContext("telegram", "2", "7", is_admin=True, can_manage_chat=True, lang="fr")

THIS_HOST = ["http://127.0.0.1:8080/feed.xml", "http://localhost:8080/feed.xml", "http://[::1]:8080/feed.xml",
             # The fetcher reads these as localhost and 127.0.0.1 (IDNA mapping), as written they are not.
             "http://\uff4c\uff4f\uff43\uff41\uff4c\uff48\uff4f\uff53\uff54:8080/feed.xml",
             "http://127\u30020\u30020\u30021:8080/feed.xml",
             "http://LOCALHOST.:8080/feed.xml", "http://127.0.0.2/feed.xml"]


@pytest.mark.parametrize("url", THIS_HOST)
def test_chat_feed_add_naming_this_host_is_refused_by_default(tmp_path, url):
    app = prepared_app(tmp_path)
    try:
        reply = app.command_table().handle(ADMIN, "feed_add", f"{url} Local").text
        assert app.store.list_feeds(include_disabled=True) == []
    finally:
        app.close()
    assert reply.startswith("Not added:") and "own machine" in reply, reply
    assert 'chat_feed_addresses is "public"' in reply and "pledgewatch feeds add" in reply


def test_the_refusal_is_said_in_the_chats_language(tmp_path):
    app = prepared_app(tmp_path)
    try:
        reply = app.command_table().handle(ADMIN_FR, "feed_add", "http://127.0.0.1:8080/feed.xml").text
    finally:
        app.close()
    assert reply.startswith("Non ajouté :") and "machine du bot" in reply, reply
    assert "chat_feed_addresses vaut « public »" in reply


@pytest.mark.parametrize("url", THIS_HOST[:3])
def test_chat_feed_add_naming_this_host_is_accepted_with_the_opt_in(tmp_path, url):
    app = prepared_app(tmp_path, chat_feed_addresses="loopback")
    try:
        reply = app.command_table().handle(ADMIN, "feed_add", f"{url} Local").text
        [feed] = app.store.list_feeds()
    finally:
        app.close()
    assert reply.startswith("Feed 1 added"), reply
    assert feed.url == url and feed.from_chat


def test_a_private_address_from_chat_needs_chat_feed_addresses_private_too(tmp_path):
    app = prepared_app(tmp_path, feed_addresses="private", chat_feed_addresses="loopback")
    try:
        reply = app.command_table().handle(ADMIN, "feed_add", "http://10.0.0.7/feed.xml").text
        assert app.store.list_feeds() == []
    finally:
        app.close()
    assert "private-network address" in reply and 'chat_feed_addresses = "private"' in reply, reply


def test_a_public_feed_from_chat_is_still_added(tmp_path):
    app = prepared_app(tmp_path)
    try:
        reply = app.command_table().handle(ADMIN, "feed_add", "https://news.example/rss Wire").text
    finally:
        app.close()
    assert reply.startswith("Feed 1 added"), reply


def test_the_cli_and_the_settings_still_accept_this_host_by_default(env, capsys):
    for url in THIS_HOST[:3]:
        assert main(["feeds", "add", url]) == 0, capsys.readouterr().err
    store = SqliteStore(env / CLI_DB)
    try:
        feeds = {f.url: f for f in store.list_feeds()}
    finally:
        store.close()
    assert all(url in feeds and not feeds[url].from_chat for url in THIS_HOST[:3])
    settings = settings_from_dict({"database": "x.db", "feed": [{"url": url} for url in THIS_HOST[:3]]},
                                  base_dir=Path("."), environ={})
    assert settings.chat_feed_addresses == "public" and settings.feed_addresses == "loopback"
    assert [f.url for f in settings.feeds] == THIS_HOST[:3]


def test_chat_feed_addresses_is_checked_and_never_wider_than_feed_addresses():
    def load(**raw):
        return settings_from_dict({"database": "x.db", **raw}, base_dir=Path("."), environ={})

    assert load(chat_feed_addresses="loopback").chat_feed_addresses == "loopback"
    assert load(feed_addresses="private", chat_feed_addresses="private").chat_feed_addresses == "private"
    with pytest.raises(ConfigError, match="chat_feed_addresses: must be one of"):
        load(chat_feed_addresses="any")
    with pytest.raises(ConfigError, match="chat_feed_addresses: 'loopback' is wider than feed_addresses"):
        load(feed_addresses="public", chat_feed_addresses="loopback")
    with pytest.raises(ConfigError, match="chat_feed_addresses: 'private' is wider"):
        load(chat_feed_addresses="private")


def fetch(url: str, from_chat: bool, **kwargs):
    async def go():
        async with HttpFeedSource(timeout=5, **kwargs) as source:
            return await source.fetch(url, from_chat=from_chat)

    return asyncio.run(go())


def test_every_fetch_of_a_chat_feed_is_held_to_the_chat_policy(feed_server):
    feed_server.set_feed("/f.xml", FEED)
    url = feed_server.url("/f.xml")
    assert fetch(url, from_chat=False).body == FEED  # the operator's loopback feed
    with pytest.raises(FetchError, match=r"127\.0\.0\.1 is a loopback address: refused \(see the chat_feed_addresses"):
        fetch(url, from_chat=True)
    # A name, checked once resolved: a chat feed cannot reach this host through it either.
    with pytest.raises(FetchError, match="chat_feed_addresses"):
        fetch(url.replace("127.0.0.1", "localhost"), from_chat=True)
    assert len(feed_server.requests_to("/f.xml")) == 1
    assert fetch(url, from_chat=True, chat_addresses="loopback").body == FEED
    # Never wider than feed_addresses, whatever it is given.
    with pytest.raises(FetchError, match="refused"):
        fetch(url, from_chat=True, addresses="public", chat_addresses="private")


def test_a_chat_feed_added_under_the_opt_in_stops_when_it_is_withdrawn(tmp_path, feed_server):
    feed_server.set_feed("/chat.xml", FEED)
    feed_server.set_feed("/operator.xml", FEED)
    app = prepared_app(tmp_path, chat_feed_addresses="loopback")
    try:
        assert app.command_table().handle(ADMIN, "feed_add", feed_server.url("/chat.xml")).text.startswith("Feed")
        app.store.add_feed(Feed(url=feed_server.url("/operator.xml")), app.clock.now(), actor="cli")
        assert all(r.fetched for r in asyncio.run(app.poll_once()))
    finally:
        app.close()
    app = prepared_app(tmp_path)  # the operator sets chat_feed_addresses back to its default
    try:
        results = {r.feed_url: r for r in asyncio.run(app.poll_once())}
    finally:
        app.close()
    assert results[feed_server.url("/operator.xml")].fetched
    refused = results[feed_server.url("/chat.xml")]
    assert not refused.fetched and "chat_feed_addresses" in str(refused.error)
    assert len(feed_server.requests_to("/chat.xml")) == 1


def test_the_operator_adding_a_chat_feed_takes_it_over(store, clock):
    url = "http://news.example/rss"
    store.add_feed(Feed(url=url, from_chat=True), clock.now(), actor="telegram:7")
    store.add_feed(Feed(url=url, from_chat=True), clock.now(), actor="telegram:8")
    assert store.feed_by_url(url).from_chat
    store.add_or_rename_feed(Feed(url=url), clock.now(), "cli", rename=False)
    assert not store.feed_by_url(url).from_chat
    store.add_feed(Feed(url=url, from_chat=True), clock.now(), actor="telegram:7")  # chat cannot take it back
    assert not store.feed_by_url(url).from_chat
    store.remove_feed(url, actor="cli")
    store.add_feed(Feed(url=url, from_chat=True), clock.now(), actor="telegram:7")  # back as a chat feed
    assert store.feed_by_url(url).from_chat
    store.import_feeds([Feed(url=url)], clock.now())  # listed in the settings: the operator's again
    assert not store.feed_by_url(url).from_chat


def test_feeds_stored_before_are_marked_from_the_audit_log(tmp_path, clock):
    path = tmp_path / "old.sqlite"
    old = SqliteStore(path)
    migrate(old.db, [m for m in MIGRATIONS if m[0] < 24])
    now = clock.now().isoformat()
    for feed_id, url, actors in [(1, "http://127.0.0.1:9/chat.xml", ["telegram:7"]),
                                 (2, "http://127.0.0.1:9/cli.xml", ["cli"]),
                                 (3, "http://127.0.0.1:9/settings.xml", []),
                                 (4, "http://127.0.0.1:9/readded.xml", ["discord:5", "cli"]),
                                 (5, "http://127.0.0.1:9/taken.xml", ["cli", "discord:5"])]:
        old.db.execute("INSERT INTO feeds (id, url, name, added_at) VALUES (?, ?, '', ?)", [feed_id, url, now])
        for actor in actors:
            old.db.execute("INSERT INTO audit (at, actor, action, target) VALUES (?, ?, 'feed.add', ?)",
                           [now, actor, str(feed_id)])
    old.close()
    upgraded = SqliteStore(path)
    try:
        assert 24 in upgraded.migrate()
        marked = {f.id: f.from_chat for f in upgraded.list_feeds()}
    finally:
        upgraded.close()
    assert marked == {1: True, 2: False, 3: False, 4: False, 5: True}
    columns = [row[1] for row in sqlite3.connect(path).execute("PRAGMA table_info(feeds)")]
    assert "from_chat" in columns


def test_a_chat_feed_never_reuses_a_connection_the_operators_feeds_opened(feed_server, monkeypatch):
    # A keep-alive connection is reused without a new address check: a chat feed that
    # redirects to the host and port of an operator's loopback feed would have been given
    # the connection that feed left open. Each fetch here must open (and check) its own.
    feed_server.set_feed("/f.xml", FEED)
    checked: list[bool] = []
    original = HttpFeedSource._checked_socket

    def counting(self, addr_info):
        checked.append(True)
        return original(self, addr_info)

    monkeypatch.setattr(HttpFeedSource, "_checked_socket", counting)

    async def go():
        async with HttpFeedSource(timeout=5, chat_addresses="loopback") as source:
            await source.fetch(feed_server.url("/f.xml"))
            await source.fetch(feed_server.url("/f.xml"))  # the operator's pool: reused
            await source.fetch(feed_server.url("/f.xml"), from_chat=True)

    asyncio.run(go())
    assert len(checked) == 2


def test_feeds_list_says_which_feeds_came_from_chat(env, capsys):
    # they are fetched under chat_feed_addresses, not feed_addresses: the operator should see which
    assert main(["feeds", "add", "https://operator.example/rss", "--name", "Operator"]) == 0
    app = App(settings_from_dict({"database": str(env / CLI_DB)}, base_dir=env, environ={}))
    app.prepare()
    try:
        assert app.command_table().handle(ADMIN, "feed_add", "https://chat.example/rss Chat").text.startswith("Feed")
    finally:
        app.close()
    capsys.readouterr()
    assert main(["feeds", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line for line in lines if "(from chat)" in line] == [
        next(line for line in lines if "chat.example" in line)], lines
