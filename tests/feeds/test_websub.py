"""WebSub push, end to end on loopback: a feed advertises the hub stand-in
(tests/support/websub_hub.py), `run_until_stopped` subscribes when it polls the feed, the hub
verifies against our callback server, and a push becomes an alert without a
poll. Plus everything a stranger or a broken hub can do to the callback."""

from __future__ import annotations

import asyncio
import gzip
import socket
from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from bot.adapters.sqlite_store import SqliteStore
from bot.adapters.websub import WebSubService
from bot.app import App
from bot.config import Settings
from bot.core.feeds.websub import ACTIVE, FAILED, RETRY_AFTER, UNSUBSCRIBING, WebSubSubscription
from bot.core.models import Feed
from bot.errors import ListenError
from bot.run_loop import run_until_stopped
from tests.support.fakes import FakeChat, FakeClock
from tests.support.servers import FeedServer, free_port, rss
from tests.support.websub_hub import WebSubHub
from tests.support.websub_subscriber import PLEDGE_ITEM, SHIPPED_RULES, eventually, websub_settings

NOISE = {"title": "Local football results", "description": "The home team won 2-1.",
         "link": "https://news.example/football", "guid": "football"}


# -- end to end through run_until_stopped -------------------------------------------------


def test_a_feed_naming_a_hub_is_subscribed_and_a_push_alerts_without_a_poll(tmp_path: Path) -> None:
    async def scenario() -> None:
        async with WebSubHub() as hub:
            with FeedServer() as server:
                feed_url = server.url("/wire.xml")
                server.set_feed("/wire.xml", rss([NOISE], hub=hub.url, self_url=feed_url))
                port = free_port()
                settings = Settings(database=tmp_path / "push.db", feeds=(Feed(url=feed_url, name="Wire"),),
                                    rules_file=SHIPPED_RULES, poll_interval=3600, websub=websub_settings(port))
                app = App(settings)
                app.prepare()
                chat = FakeChat("console")
                app.use_chats([chat])
                stop = asyncio.Event()
                running = asyncio.create_task(run_until_stopped(app, stop))
                try:
                    await eventually(lambda: hub.subscribers, "the hub verified our subscription")
                    (request,) = hub.requests
                    assert (request.mode, request.topic) == ("subscribe", feed_url)
                    assert request.callback == f"http://127.0.0.1:{port}/websub/1"
                    assert len(request.secret) == 64 and request.lease_seconds == str(10 * 86400)
                    subscription = app.store.websub_subscription(1)
                    assert subscription is not None and subscription.state == ACTIVE
                    assert subscription.lease_expires - subscription.requested_at == timedelta(seconds=3600)

                    polls = len(server.requests_to("/wire.xml"))
                    pushed = rss([PLEDGE_ITEM, NOISE], hub=hub.url, self_url=feed_url)
                    assert await hub.publish(feed_url, pushed, "application/rss+xml") == [204]
                    await eventually(lambda: chat.sent, "the pushed pledge alerted")
                    assert [alert.title for _, alert in chat.sent] == [PLEDGE_ITEM["title"]]
                    assert len(server.requests_to("/wire.xml")) == polls, "a push needs no fetch"
                    assert any(p.system == "Leopard 2" for p in chat.sent[0][1].pledges)

                    # The same content pushed again (hubs retry) changes nothing.
                    assert await hub.publish(feed_url, pushed, "application/rss+xml") == [204]
                    assert app.store.stats()["entries"] == 2 and len(chat.sent) == 1
                finally:
                    stop.set()
                    await running
                    app.close()

    asyncio.run(scenario())


# -- the callback server against strangers and broken hubs ------------------------------------


class Harness:
    """A WebSubService on a real store, with the pushes it accepts recorded."""

    def __init__(self, tmp_path: Path, hub: WebSubHub, max_bytes: int = 4096) -> None:
        self.clock = FakeClock()
        self.store = SqliteStore(tmp_path / "websub.db")
        self.store.migrate()
        # On the hub's host: a feed may only send us to a hub on its own host or to public https.
        self.store.import_feeds((Feed(url="http://127.0.0.1/feed", name="Site"),), self.clock.now())
        self.feed = self.store.list_feeds()[0]
        self.pushes: list[tuple[int, bytes, str | None]] = []
        self.fail_pushes = False
        port = free_port()
        self.service = WebSubService(websub_settings(port), self.store, self._on_push, self.clock,
                                     max_bytes=max_bytes, timeout=5)
        self.callback = f"http://127.0.0.1:{port}/websub/{self.feed.id}"
        self.hub = hub

    async def _on_push(self, feed_id: int, body: bytes, content_type: str | None) -> None:
        if self.fail_pushes:
            raise RuntimeError("database is locked")
        self.pushes.append((feed_id, body, content_type))

    async def subscribe(self) -> None:
        self.hub.verified.clear()
        await self.service.ensure(self.feed, self.hub.url, self.feed.url)
        if self.hub.refuse_status is None:
            await asyncio.wait_for(self.hub.verified.wait(), 10)

    def state(self) -> str | None:
        subscription = self.store.websub_subscription(self.feed.id)
        return subscription.state if subscription else None


def with_service(tmp_path: Path, body: Callable[[Harness], Awaitable[None]], max_bytes: int = 4096,
                 **hub_options: object) -> Harness:
    async def go() -> Harness:
        async with WebSubHub(**hub_options) as hub:  # type: ignore[arg-type]
            harness = Harness(tmp_path, hub, max_bytes)
            await harness.service.start()
            try:
                await body(harness)
            finally:
                await harness.service.stop()
                harness.store.close()
            return harness

    return asyncio.run(go())


def test_forged_pushes_and_verifications_are_ignored(tmp_path: Path) -> None:
    async def body(h: Harness) -> None:
        await h.subscribe()
        assert h.state() == ACTIVE
        # A push signed with another secret is acknowledged (no hint to the forger) and dropped.
        assert await h.hub.publish(h.feed.url, b"<rss/>", secret="guessed") == [202]
        assert h.pushes == []
        # Nobody can unsubscribe us, or subscribe us to another topic, by forging a verification.
        assert await h.hub.verify_as(h.callback, "unsubscribe", h.feed.url) == (404, "")
        assert await h.hub.verify_as(h.callback, "subscribe", "https://evil.example/feed") == (404, "")
        assert await h.hub.verify_as(h.callback.rsplit("/", 1)[0] + "/999", "subscribe", h.feed.url) == (404, "")
        assert h.state() == ACTIVE
        # A push for a feed we never subscribed is Gone; a genuine one arrives.
        assert await h.hub.publish(h.feed.url, b"<rss>ok</rss>") == [204]
        assert h.pushes == [(h.feed.id, b"<rss>ok</rss>", "application/atom+xml")]

    with_service(tmp_path, body)


def test_oversized_and_unstorable_pushes_get_errors_the_hub_retries_on(tmp_path: Path) -> None:
    async def body(h: Harness) -> None:
        await h.subscribe()
        assert await h.hub.publish(h.feed.url, b"x" * 5000) == [413]
        h.fail_pushes = True
        assert await h.hub.publish(h.feed.url, b"<rss/>") == [503]  # the hub will push again
        h.fail_pushes = False
        assert await h.hub.publish(h.feed.url, b"<rss/>") == [204]
        assert h.pushes == [(h.feed.id, b"<rss/>", "application/atom+xml")]

    with_service(tmp_path, body)


def test_a_large_push_arrives_whole_and_a_compressed_one_is_refused(tmp_path: Path) -> None:
    big = b"<rss>" + bytes(range(256)) * 4000 + b"</rss>"  # ~1 MB: many network chunks

    async def body(h: Harness) -> None:
        await h.subscribe()
        assert await h.hub.publish(h.feed.url, big) == [204]
        assert h.pushes == [(h.feed.id, big, "application/atom+xml")]
        assert await h.hub.publish(h.feed.url, gzip.compress(b"<rss/>"), encoding="gzip") == [415]
        assert len(h.pushes) == 1

    with_service(tmp_path, body, max_bytes=2 * 1024 * 1024)


def test_a_denied_or_refused_subscription_is_recorded_and_retried_later(tmp_path: Path) -> None:
    async def denied(h: Harness) -> None:
        await h.subscribe()
        subscription = h.store.websub_subscription(h.feed.id)
        assert subscription.state == FAILED and "hub denied: not allowed here" in subscription.last_error

    with_service(tmp_path / "denied", denied, deny=True)

    async def refused(h: Harness) -> None:
        await h.subscribe()
        subscription = h.store.websub_subscription(h.feed.id)
        assert subscription.state == FAILED and subscription.last_error == "hub answered HTTP 500 Internal Server Error"
        await h.service.maintain([h.feed])
        assert len(h.hub.requests) == 1, "a failed hub is not asked again at once"
        h.clock.advance(seconds=RETRY_AFTER.total_seconds())
        h.hub.refuse_status = None
        await h.subscribe()  # as the hourly maintenance would
        assert len(h.hub.requests) == 2 and h.state() == ACTIVE

    with_service(tmp_path / "refused", refused, refuse_status=500)


def test_a_hub_that_would_point_the_bot_inward_is_not_contacted(tmp_path: Path) -> None:
    async def body(h: Harness) -> None:
        outside = replace(h.feed, url="https://site.example/feed")
        await h.service.ensure(outside, h.hub.url, outside.url)  # http to another host
        await h.service.ensure(outside, "https://10.0.0.5/hub", outside.url)
        assert h.hub.requests == [] and h.state() is None

    with_service(tmp_path, body)


def test_an_unreachable_hub_is_a_recorded_failure(tmp_path: Path) -> None:
    async def body(h: Harness) -> None:
        await h.service.ensure(h.feed, f"http://127.0.0.1:{free_port()}/hub", h.feed.url)
        subscription = h.store.websub_subscription(h.feed.id)
        assert subscription.state == FAILED and subscription.last_error.startswith("cannot reach the hub")

    with_service(tmp_path, body)


def test_leases_are_renewed_with_the_same_secret_and_removed_feeds_unsubscribed(tmp_path: Path) -> None:
    async def body(h: Harness) -> None:
        await h.subscribe()
        first = h.store.websub_subscription(h.feed.id)
        await h.service.maintain([h.feed])
        assert len(h.hub.requests) == 1, "nothing to renew yet"
        h.clock.advance(seconds=3300)  # the hub's lease is 3600 s: under a tenth of it is left
        h.hub.verified.clear()
        await h.service.maintain([h.feed])
        await asyncio.wait_for(h.hub.verified.wait(), 10)
        assert [r.mode for r in h.hub.requests] == ["subscribe", "subscribe"]
        assert h.hub.requests[1].secret == first.secret
        renewed = h.store.websub_subscription(h.feed.id)
        assert renewed.state == ACTIVE and renewed.lease_expires > first.lease_expires

        h.hub.verified.clear()
        await h.service.maintain([])  # the feed was removed
        await asyncio.wait_for(h.hub.verified.wait(), 10)
        assert h.hub.requests[-1].mode == "unsubscribe" and h.hub.verifications[-1][:2] == ("unsubscribe", 200)
        assert h.state() is None and not h.hub.subscribers
        # After that, pushes for the feed are Gone.
        assert await h.hub.verify_as(h.callback, "subscribe", h.feed.url) == (404, "")

    with_service(tmp_path, body)


def test_a_new_hub_gets_a_new_secret(tmp_path: Path) -> None:
    async def body(h: Harness) -> None:
        await h.subscribe()
        first = h.store.websub_subscription(h.feed.id)
        h.store.save_websub(replace(first, hub="https://old-hub.example/"))
        await h.subscribe()
        second = h.store.websub_subscription(h.feed.id)
        assert second.secret != first.secret and second.hub == h.hub.url and second.state == ACTIVE

    with_service(tmp_path, body)



def test_an_unsubscribe_the_hub_never_confirms_is_forgotten_after_a_day(tmp_path: Path) -> None:
    async def body(h: Harness) -> None:
        h.store.save_websub(WebSubSubscription(h.feed.id, h.hub.url, h.feed.url, "s", UNSUBSCRIBING, h.clock.now()))
        await h.service.maintain([])
        assert h.state() == UNSUBSCRIBING and h.hub.requests == [], "asked once already: not asked again"
        h.clock.advance(days=1)
        await h.service.maintain([])
        assert h.state() is None and h.hub.requests == []

    with_service(tmp_path, body)


def test_a_callback_port_already_taken_is_a_clear_settings_error(tmp_path: Path) -> None:
    async def go() -> str:
        async with WebSubHub() as hub:
            harness = Harness(tmp_path, hub)
            with socket.socket() as taken:
                taken.bind(("127.0.0.1", 0))
                taken.listen()
                port = taken.getsockname()[1]
                service = WebSubService(websub_settings(port), harness.store, harness._on_push, harness.clock,
                                        max_bytes=4096)
                try:
                    await service.start()
                except ListenError as exc:
                    return str(exc)
                finally:
                    harness.store.close()
        return "started"

    assert asyncio.run(go()).startswith("websub.listen: cannot listen on 127.0.0.1:")
