"""WebSub hubs are reached only at addresses a feed fetch could reach: the hub URL comes
from feed content, and a name passing `hub_acceptable` (https, a public-looking host) may
resolve to this host, the intranet or the metadata service. The check is made on the
address connected to, after DNS, as for feeds: a hub on the feed's own host follows the
feed's policy, any other hub must be public.

Names are made to resolve to chosen addresses by wrapping socket.getaddrinfo (the call
aiohttp's default resolver makes): no DNS, no /etc/hosts, no network."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import replace
from pathlib import Path

import pytest

from bot.adapters.sqlite_store import SqliteStore
from bot.adapters.websub import WebSubService
from bot.app import App
from bot.config import Settings
from bot.core.feeds.websub import ACTIVE, FAILED
from bot.core.models import Feed
from bot.run_loop import run_until_stopped
from tests.support.fakes import FakeChat, FakeClock
from tests.support.servers import FeedServer, free_port, rss
from tests.support.websub_hub import WebSubHub
from tests.support.websub_subscriber import PLEDGE_ITEM, SHIPPED_RULES, eventually, websub_settings
from tests.support.name_resolution import resolve_names


@pytest.fixture
def resolve(monkeypatch):
    """resolve(name, address): from now on `name` resolves to `address` only."""
    return resolve_names(monkeypatch)


class Listener:
    """A TCP port on 127.0.0.1 that counts the connections it accepts: the stand-in for a
    service on the bot's own host that a hostile hub name points at."""

    def __init__(self) -> None:
        self.connections = 0
        self.port = 0
        self._server: asyncio.Server | None = None

    async def __aenter__(self) -> Listener:
        async def accept(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            self.connections += 1
            writer.close()

        self._server = await asyncio.start_server(accept, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self._server is not None
        self._server.close()
        await self._server.wait_closed()


def run(tmp_path: Path, feed_url: str, body, **policies: str) -> None:
    async def go() -> None:
        clock = FakeClock()
        store = SqliteStore(tmp_path / "hubs.db")
        store.migrate()
        store.import_feeds((Feed(url=feed_url, name="Site"),), clock.now())
        feed = store.list_feeds()[0]
        service = WebSubService(websub_settings(free_port()), store, _ignore_push, clock, max_bytes=4096,
                                timeout=3, **policies)
        await service.start()
        try:
            await body(service, store, feed)
        finally:
            await service.stop()
            store.close()

    asyncio.run(go())


async def _ignore_push(feed_id: int, body: bytes, content_type: str | None) -> None:
    pass


def failure(store: SqliteStore, feed: Feed) -> str:
    subscription = store.websub_subscription(feed.id)
    assert subscription is not None and subscription.state == FAILED
    return subscription.last_error


@pytest.mark.parametrize("address, kind", [("127.0.0.1", "loopback"), ("10.0.0.5", "private"),
                                           ("169.254.169.254", "private")])
def test_a_hub_name_resolving_inward_is_refused_before_connecting(tmp_path, resolve, caplog, address, kind):
    async def body(service: WebSubService, store: SqliteStore, feed: Feed) -> None:
        async with Listener() as inside:
            resolve("hub.attacker.example", address)
            hub = f"https://user:token@hub.attacker.example:{inside.port}/hub"
            with caplog.at_level(logging.WARNING, logger="bot.adapters.websub"):
                await service.ensure(feed, hub, feed.url)  # nothing raised: the poll goes on
            assert inside.connections == 0, "no connection reached the service on this host"
            expected = f"{address} is a {kind} address: refused"
            assert expected in failure(store, feed)
            (record,) = [r for r in caplog.records if r.levelno == logging.WARNING]
            message = record.getMessage()
            # Named as shown_feed_url shows it: the credentials a hub URL may carry are not logged.
            assert "hub.attacker.example" in message and expected in message and "token" not in message

    run(tmp_path, "https://site.example/feed", body)


def test_a_hub_on_the_feeds_own_loopback_host_is_still_used(tmp_path):
    async def body(service: WebSubService, store: SqliteStore, feed: Feed) -> None:
        async with WebSubHub() as hub:
            await service.ensure(feed, hub.url, feed.url)
            await eventually(lambda: hub.subscribers, "the hub verified our subscription")
            assert len(hub.requests) == 1
            assert store.websub_subscription(feed.id).state == ACTIVE

    run(tmp_path, "http://127.0.0.1/feed", body)  # the default policy: "loopback"


def test_a_hub_on_the_feeds_own_host_follows_the_feeds_policy(tmp_path, resolve):
    async def body(service: WebSubService, store: SqliteStore, feed: Feed) -> None:
        async with WebSubHub() as hub:
            # Added from chat: chat_feed_addresses ("public" by default) holds for its hub too.
            await service.ensure(replace(feed, from_chat=True), hub.url, feed.url)
            assert hub.requests == []
            assert "127.0.0.1 is a loopback address: refused (see the chat_feed_addresses" in failure(store, feed)

    run(tmp_path / "chat", "http://127.0.0.1/feed", body)

    async def public_only(service: WebSubService, store: SqliteStore, feed: Feed) -> None:
        async with WebSubHub() as hub:
            await service.ensure(feed, hub.url, feed.url)
            assert hub.requests == []
            assert "refused (see the feed_addresses setting)" in failure(store, feed)

    run(tmp_path / "public", "http://127.0.0.1/feed", public_only, addresses="public")

    async def named_public(service: WebSubService, store: SqliteStore, feed: Feed) -> None:
        # A feed whose public-looking name resolves to this host: its own-host hub is held to
        # what the feed's fetch is (loopback only for a feed named as a loopback host).
        async with Listener() as inside:
            resolve("site.example", "127.0.0.1")
            await service.ensure(feed, f"https://site.example:{inside.port}/hub", feed.url)
            assert inside.connections == 0
            assert "loopback, reached from a feed not on this host" in failure(store, feed)

    run(tmp_path / "named", "https://site.example/feed", named_public)


def test_a_removed_feeds_hub_resolving_inward_gets_no_unsubscribe(tmp_path, resolve):
    async def body(service: WebSubService, store: SqliteStore, feed: Feed) -> None:
        async with Listener() as inside, WebSubHub() as hub:
            resolve("hub.attacker.example", "127.0.0.1")
            await service.ensure(feed, f"https://hub.attacker.example:{inside.port}/hub", feed.url)
            subscription = store.websub_subscription(feed.id)
            # As if the hub had been reachable once: its unsubscribe must still be checked.
            store.save_websub(replace(subscription, state=ACTIVE, last_error=None))
            store.remove_feed(feed.id)
            await service.maintain([])
            assert inside.connections == 0 and store.websub_subscription(feed.id) is None

            # Were the feed's row gone (the schema deletes its subscription with it), a hub named
            # as this host, accepted only on its feed's own host, could still be reached.
            assert service.hub_rule(hub.url, None)("127.0.0.1") is None
            assert service.hub_rule("https://hub.attacker.example/hub", None)("127.0.0.1") is not None

    run(tmp_path, "https://site.example/feed", body)


def test_a_removed_intranet_feeds_own_hub_gets_its_unsubscribe(tmp_path, resolve):
    # feed_addresses = "private": an intranet site running its own hub. The removed feed's
    # row tells which rule its hub was subscribed under; without it the hub's name (not a
    # loopback name) had been held to "loopback" and the unsubscribe refused.
    async def body(service: WebSubService, store: SqliteStore, feed: Feed) -> None:
        async with WebSubHub() as hub:
            resolve("news.intranet.example", "127.0.0.1")  # stands for an intranet address
            own_hub = f"http://news.intranet.example:{hub.port}/hub"
            await service.ensure(feed, own_hub, feed.url)
            await eventually(lambda: hub.subscribers, "the hub verified our subscription")
            assert store.remove_feed(feed.id)
            await service.maintain(store.list_feeds())
            assert [request.mode for request in hub.requests] == ["subscribe", "unsubscribe"]
            await eventually(lambda: store.websub_subscription(feed.id) is None, "the hub confirmed the unsubscribe")

    run(tmp_path, "http://news.intranet.example/feed", body, addresses="private")


def test_run_polls_on_and_alerts_when_a_feed_names_a_hub_resolving_inward(tmp_path, resolve, caplog):
    # End to end through run_until_stopped: the hostile hub is refused, recorded and logged once, and the
    # feed's pledge is alerted all the same (a refused hub costs nothing but the push).
    async def scenario() -> None:
        async with Listener() as inside:
            resolve("hub.attacker.example", "127.0.0.1")
            hub = f"https://hub.attacker.example:{inside.port}/hub"
            with FeedServer() as server:
                feed_url = server.url("/wire.xml")
                server.set_feed("/wire.xml", rss([PLEDGE_ITEM], hub=hub, self_url=feed_url))
                settings = Settings(database=tmp_path / "run.db", feeds=(Feed(url=feed_url, name="Wire"),),
                                    rules_file=SHIPPED_RULES, poll_interval=3600, websub=websub_settings(free_port()))
                app = App(settings)
                app.prepare()
                chat = FakeChat("console")
                app.use_chats([chat])
                stop = asyncio.Event()
                with caplog.at_level(logging.WARNING, logger="bot.adapters.websub"):
                    running = asyncio.create_task(run_until_stopped(app, stop))
                    try:
                        await eventually(lambda: chat.sent, "the feed's pledge alerted")
                        await eventually(lambda: app.store.websub_subscription(1) is not None,
                                         "the hub's refusal recorded")
                        assert [alert.title for _, alert in chat.sent] == [PLEDGE_ITEM["title"]]
                        assert inside.connections == 0
                        refused = failure(app.store, Feed(id=1, url=feed_url))
                        assert "127.0.0.1 is a loopback address: refused" in refused
                    finally:
                        stop.set()
                        await running
                        app.close()
                hub_warnings = [r.getMessage() for r in caplog.records if r.name == "bot.adapters.websub"
                                and r.levelno == logging.WARNING]
                assert len(hub_warnings) == 1 and "hub.attacker.example" in hub_warnings[0]

    asyncio.run(scenario())
