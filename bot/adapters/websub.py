"""WebSubService: subscribe to the hubs feeds advertise and take their pushes.

The callback server (aiohttp.web) answers at `<callback_url>/<feed id>`:
- GET: the hub verifying a request. We echo its challenge only for a request we
  made (see bot.core.feeds.websub.confirms), anything else gets 404.
- POST: new content. Accepted only with a valid HMAC signature under the secret we
  gave that hub; then handed to `on_push` (the poller's ingest: parse, store,
  alert) before we answer, so a hub whose push we could not store gets a 5xx and
  tries again, and nothing is lost if we crash in between.

Polling goes on at the feed's interval: a push is a shortcut, not a replacement,
so a hub that stops pushing costs latency, never news.

The hub URL comes from feed content, so every connection to a hub is checked after DNS
like a feed fetch (bot.adapters.feed_http.checked_socket): a hub on the feed's own host
follows the policy the feed itself is fetched under, any other hub must be public. A
name passing `hub_acceptable` may still resolve to 127.0.0.1, 10.x or 169.254.169.254.
"""

from __future__ import annotations

import logging
import secrets
import socket
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from dataclasses import replace
from datetime import timedelta
from urllib.parse import urlsplit

from bot.adapters.aiohttp_import import aiohttp_without_eager_certificates

aiohttp_without_eager_certificates()  # before aiohttp is imported: see that module

import aiohttp
from aiohttp import web

from bot.adapters.feed_http import checked_socket, refused_connection
from bot.config import WebSubSettings
from bot.core.feeds.addresses import (
    DEFAULT_CHAT_POLICY,
    DEFAULT_POLICY,
    LOOPBACK,
    PUBLIC,
    address_class,
    fetch_policy,
    is_loopback_host,
    narrower,
    refusal,
)
from bot.core.feeds.urls import shown_feed_url
from bot.core.feeds.websub import (
    ACTIVE,
    FAILED,
    PENDING,
    UNSUBSCRIBE_GIVE_UP,
    UNSUBSCRIBING,
    WebSubSubscription,
    confirms,
    hub_acceptable,
    lease_end,
    needs_request,
    signature_valid,
)
from bot.core.models import Feed
from bot.core.ports import Clock
from bot.errors import ListenError

log = logging.getLogger(__name__)

PushHandler = Callable[[int, bytes, str | None], Awaitable[None]]
_ERROR_CHARS = 200

AddressRule = Callable[[str], str | None]  # why an address may not be connected to; None when it may
# The rule for the hub request being sent (set per request; the connection attempts run in
# this context or a copy of it). Unset means public addresses only.
_HUB_RULE: ContextVar[AddressRule | None] = ContextVar("websub_hub_rule", default=None)


def _host(url: str) -> str:
    """The URL's host as `hub_acceptable` compares it (lower case, no brackets)."""
    try:
        return urlsplit(url).hostname or ""
    except ValueError:
        return ""


def _public_hub(address: str) -> str | None:
    kind = address_class(address)
    if kind == PUBLIC:
        return None
    return f"{address} is a {kind} address: refused (a hub not on the feed's own host must be public)"


class WebSubService:
    def __init__(
        self,
        settings: WebSubSettings,
        store,  # SqliteStore: websub_subscription / save_websub / delete_websub / websub_subscriptions
        on_push: PushHandler,
        clock: Clock,
        *,
        max_bytes: int,
        timeout: float = 30.0,
        addresses: str = DEFAULT_POLICY,
        chat_addresses: str = DEFAULT_CHAT_POLICY,
    ) -> None:
        self.settings = settings
        # The feed fetcher's policies (bot.core.feeds.addresses), for hubs on a feed's own host.
        self.addresses = addresses
        self.chat_addresses = narrower(chat_addresses, addresses)
        self.store = store
        self.on_push = on_push
        self.clock = clock
        self.max_bytes = max_bytes
        self.timeout = timeout
        self.port: int | None = None  # bound port, known once started (listen port 0 picks one)
        self._runner: web.AppRunner | None = None
        self._session: aiohttp.ClientSession | None = None

    @property
    def lease(self) -> timedelta:
        return timedelta(days=self.settings.lease_days)

    def callback_for(self, feed_id: int) -> str:
        return f"{self.settings.callback_url}/{feed_id}"

    def _checked_socket(self, addr_info: tuple) -> socket.socket:
        return checked_socket(addr_info, _HUB_RULE.get() or _public_hub)

    def hub_rule(self, hub: str, feed: Feed | None) -> AddressRule:
        """Which addresses a request to `hub` may connect to. A hub on the feed's own host is
        reached as the feed is fetched (chat_feed_addresses for a feed added from chat):
        the site runs its own hub. Any other hub was named by the feed's content and must be
        public. With no feed row at all (an unsubscribe for a feed whose row is gone), only a
        hub named as a loopback host may be on this host, as far as feed_addresses allows:
        `hub_acceptable` let such a hub through only on its feed's own host."""
        hub_host = _host(hub)
        if feed is None:
            policy = narrower(self.addresses, LOOPBACK)
            on_loopback = is_loopback_host(hub_host)
            return lambda address: refusal(address, policy, on_loopback)
        if hub_host != _host(feed.url):
            return _public_hub
        on_loopback = is_loopback_host(hub_host)
        policy, setting = fetch_policy(feed.from_chat, self.addresses, self.chat_addresses)
        return lambda address: refusal(address, policy, on_loopback, setting)

    # -- lifecycle --------------------------------------------------------------

    async def start(self) -> None:
        app = web.Application(client_max_size=self.max_bytes)
        # Any path ending in /<feed id>: a reverse proxy may keep its own prefix (/websub/3).
        app.router.add_route("*", "/{path:.*}", self._dispatch)
        # auto_decompress off: a compressed push is refused rather than inflated unbounded.
        self._runner = web.AppRunner(app, access_log=None, auto_decompress=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.settings.listen_host, self.settings.listen_port)
        try:
            await site.start()
        except OSError as exc:
            await self._runner.cleanup()
            self._runner = None
            where = f"{self.settings.listen_host}:{self.settings.listen_port}"
            raise ListenError(f"websub.listen: cannot listen on {where}: {exc.strerror or exc}") from None
        server = getattr(site, "_server", None)
        sockets = getattr(server, "sockets", None) or []
        self.port = sockets[0].getsockname()[1] if sockets else self.settings.listen_port
        self._session = aiohttp.ClientSession(
            # force_close: a kept-alive connection is reused without a new address check, and
            # hub requests are rare (one per feed and lease) so nothing is lost.
            connector=aiohttp.TCPConnector(socket_factory=self._checked_socket, force_close=True),
            cookie_jar=aiohttp.DummyCookieJar(), timeout=aiohttp.ClientTimeout(total=self.timeout)
        )
        log.info("WebSub callback listening on %s:%s", self.settings.listen_host, self.port)

    async def stop(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    # -- subscribing ---------------------------------------------------------------

    async def ensure(self, feed: Feed, hub: str, topic: str) -> None:
        """Subscribe `feed` at `hub` unless a live subscription already covers it."""
        assert feed.id is not None
        if not hub_acceptable(hub, feed.url):
            log.warning("WebSub: feed %d names hub %s, which is neither https to a public host nor on the "
                        "feed's own host; not used", feed.id, shown_feed_url(hub)[:200])
            return
        current = self.store.websub_subscription(feed.id)
        if needs_request(current, hub, topic, self.clock.now()):
            await self._request(feed.id, hub, topic, "subscribe", current, feed)

    async def maintain(self, feeds: list[Feed]) -> None:
        """Renew leases that are running out, retry failures, and unsubscribe from the
        hubs of feeds that were removed."""
        live = {feed.id: feed for feed in feeds}
        now = self.clock.now()
        for subscription in self.store.websub_subscriptions():
            if subscription.state == UNSUBSCRIBING and now - subscription.requested_at >= UNSUBSCRIBE_GIVE_UP:
                self.store.delete_websub(subscription.feed_id)  # the hub never confirmed; its lease ends anyway
            elif subscription.feed_id not in live:
                if subscription.state != UNSUBSCRIBING:
                    # The removed feed's row is still there (removal disables it): its hub is
                    # reached under the rule it was subscribed under, so a hub on an intranet
                    # feed's own host (feed_addresses = "private") gets its unsubscribe too.
                    removed = self.store.feed_by_id(subscription.feed_id)
                    await self._request(subscription.feed_id, subscription.hub, subscription.topic, "unsubscribe",
                                        subscription, removed)
            elif needs_request(subscription, subscription.hub, subscription.topic, now):
                await self._request(subscription.feed_id, subscription.hub, subscription.topic, "subscribe",
                                    subscription, live[subscription.feed_id])

    async def _request(
        self, feed_id: int, hub: str, topic: str, mode: str, current: WebSubSubscription | None,
        feed: Feed | None = None,
    ) -> None:
        now = self.clock.now()
        keep_secret = current is not None and current.hub == hub and current.topic == topic
        subscription = WebSubSubscription(
            feed_id=feed_id,
            hub=hub,
            topic=topic,
            # A fresh secret per new subscription; a renewal keeps the one the hub has.
            secret=current.secret if keep_secret and current else secrets.token_hex(32),
            state=PENDING if mode == "subscribe" else UNSUBSCRIBING,
            requested_at=now,
            lease_expires=current.lease_expires if keep_secret and current else None,
        )
        # Saved before asking: a hub may verify before it even answers our request.
        self.store.save_websub(subscription)
        form = {"hub.mode": mode, "hub.topic": topic, "hub.callback": self.callback_for(feed_id)}
        if mode == "subscribe":
            form["hub.secret"] = subscription.secret
            form["hub.lease_seconds"] = str(int(self.lease.total_seconds()))
        # Per request, and reset after: maintain() sends requests for several feeds in one task.
        rule = _HUB_RULE.set(self.hub_rule(hub, feed))
        try:
            error = await self._post_form(hub, form)
        finally:
            _HUB_RULE.reset(rule)
        if error is None:
            # shown_feed_url: a hub named by a relative link took the feed URL's credentials.
            log.info("WebSub: %s request for feed %d sent to %s", mode, feed_id, shown_feed_url(hub))
            return
        log.warning("WebSub: %s request for feed %d to %s failed: %s", mode, feed_id, shown_feed_url(hub)[:200],
                    error)
        if mode == "unsubscribe":
            self.store.delete_websub(feed_id)  # the lease will run out on its own
        else:
            self.store.save_websub(replace(subscription, state=FAILED, last_error=error[:_ERROR_CHARS]))

    async def _post_form(self, hub: str, form: dict[str, str]) -> str | None:
        """Send a request to the hub; None when it accepted it, else why not."""
        if self._session is None:
            return "the WebSub service is not started"
        try:
            async with self._session.post(hub, data=form, allow_redirects=False) as response:
                if response.status in (202, 204):
                    return None
                return f"hub answered HTTP {response.status} {response.reason or ''}".strip()
        except TimeoutError:
            return f"hub did not answer within {self.timeout:g} s"
        except aiohttp.ClientError as exc:
            reason = refused_connection(exc)
            if reason:
                return f"hub address refused: {reason}"
            return f"cannot reach the hub ({type(exc).__name__})"

    # -- the callback server ----------------------------------------------------------

    async def _dispatch(self, request: web.Request) -> web.Response:
        last = request.match_info["path"].rstrip("/").rpartition("/")[2]
        if not last.isdigit() or len(last) > 18:
            return web.Response(status=404)
        if request.method == "GET":
            return await self._verify(request, int(last))
        if request.method == "POST":
            return await self._receive(request, int(last))
        return web.Response(status=405, headers={"Allow": "GET, POST"})

    async def _verify(self, request: web.Request, feed_id: int) -> web.Response:
        mode = request.query.get("hub.mode", "")
        topic = request.query.get("hub.topic", "")
        subscription = self.store.websub_subscription(feed_id)
        if mode == "denied":
            if subscription is not None and subscription.topic == topic:
                reason = request.query.get("hub.reason", "no reason given")[:_ERROR_CHARS]
                self.store.save_websub(replace(subscription, state=FAILED, last_error=f"hub denied: {reason}"))
                log.warning("WebSub: hub denied the subscription of feed %d: %s", feed_id, reason)
            return web.Response(status=200)
        challenge = request.query.get("hub.challenge", "")
        if not challenge or not confirms(subscription, mode, topic):
            return web.Response(status=404)
        assert subscription is not None
        now = self.clock.now()
        if mode == "subscribe":
            expires = lease_end(now, request.query.get("hub.lease_seconds"), self.lease)
            # A renewal's requested_at marks the start of the new lease (used to time the next one).
            self.store.save_websub(replace(subscription, state=ACTIVE, lease_expires=expires, requested_at=now,
                                           last_error=None))
            log.info("WebSub: feed %d subscribed until %s", feed_id, expires.isoformat(timespec="minutes"))
        else:
            self.store.delete_websub(feed_id)
        return web.Response(text=challenge, content_type="text/plain")

    async def _read_capped(self, request: web.Request) -> bytes | None:
        """The whole body, or None once it passes max_bytes (a chunked body has no length)."""
        pieces: list[bytes] = []
        size = 0
        async for piece in request.content.iter_chunked(64 * 1024):
            size += len(piece)
            if size > self.max_bytes:
                return None
            pieces.append(piece)
        return b"".join(pieces)

    async def _receive(self, request: web.Request, feed_id: int) -> web.Response:
        subscription = self.store.websub_subscription(feed_id)
        if subscription is None or subscription.state == UNSUBSCRIBING:
            return web.Response(status=410)  # Gone: tells the hub to stop
        if request.headers.get("Content-Encoding", "identity").strip().lower() != "identity":
            return web.Response(status=415)
        if request.content_length is not None and request.content_length > self.max_bytes:
            return web.Response(status=413)
        body = await self._read_capped(request)
        if body is None:
            return web.Response(status=413)
        if not signature_valid(subscription.secret, body, request.headers.get("X-Hub-Signature")):
            # The recommendation: acknowledge, but ignore (no hint to a forger).
            log.warning("WebSub: push for feed %d ignored: missing or wrong signature", feed_id)
            return web.Response(status=202)
        try:
            await self.on_push(feed_id, body, request.headers.get("Content-Type"))
        except Exception:  # noqa: BLE001 - the hub retries a 5xx: nothing is lost
            log.exception("WebSub: storing the push for feed %d failed", feed_id)
            return web.Response(status=503)
        return web.Response(status=204)
