"""A WebSub hub stand-in on 127.0.0.1, for tests and the latency benchmark.

It behaves like a real hub from the subscriber's side: a subscription request is
answered 202 and then verified with a GET carrying a random challenge (or
denied); `publish` pushes a body to every verified subscriber of a topic, signed
with X-Hub-Signature (HMAC-SHA256 of the body under the subscriber's secret).
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import secrets
from dataclasses import dataclass, field

import aiohttp
from aiohttp import web


@dataclass
class HubSubscriber:
    callback: str
    topic: str
    secret: str
    lease_seconds: int


@dataclass
class HubRequest:
    mode: str
    topic: str
    callback: str
    secret: str
    lease_seconds: str


@dataclass
class WebSubHub:
    deny: bool = False  # answer every subscription with hub.mode=denied
    refuse_status: int | None = None  # answer requests with this status instead of 202
    lease_seconds: int = 3600
    requests: list[HubRequest] = field(default_factory=list)
    verifications: list[tuple[str, int, str]] = field(default_factory=list)  # (mode, status, body)
    subscribers: dict[tuple[str, str], HubSubscriber] = field(default_factory=dict)  # (topic, callback)
    verified: asyncio.Event = field(default_factory=asyncio.Event)
    _runner: web.AppRunner | None = None
    _session: aiohttp.ClientSession | None = None
    _tasks: set[asyncio.Task] = field(default_factory=set)
    port: int = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/hub"

    async def __aenter__(self) -> WebSubHub:
        app = web.Application()
        app.router.add_post("/hub", self._request)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self._session = aiohttp.ClientSession()
        return self

    async def __aexit__(self, *exc: object) -> None:
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        if self._session is not None:
            await self._session.close()
        if self._runner is not None:
            await self._runner.cleanup()

    async def _request(self, request: web.Request) -> web.Response:
        form = await request.post()
        hub_request = HubRequest(
            mode=str(form.get("hub.mode", "")),
            topic=str(form.get("hub.topic", "")),
            callback=str(form.get("hub.callback", "")),
            secret=str(form.get("hub.secret", "")),
            lease_seconds=str(form.get("hub.lease_seconds", "")),
        )
        self.requests.append(hub_request)
        if self.refuse_status is not None:
            return web.Response(status=self.refuse_status)
        if hub_request.mode not in ("subscribe", "unsubscribe") or not hub_request.topic or not hub_request.callback:
            return web.Response(status=400)
        task = asyncio.create_task(self._verify(hub_request))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return web.Response(status=202)

    async def _verify(self, hub_request: HubRequest) -> None:
        assert self._session is not None
        if self.deny:
            params = {"hub.mode": "denied", "hub.topic": hub_request.topic, "hub.reason": "not allowed here"}
            async with self._session.get(hub_request.callback, params=params) as response:
                self.verifications.append(("denied", response.status, await response.text()))
            self.verified.set()
            return
        challenge = secrets.token_urlsafe(16)
        params = {"hub.mode": hub_request.mode, "hub.topic": hub_request.topic, "hub.challenge": challenge}
        if hub_request.mode == "subscribe":
            params["hub.lease_seconds"] = str(self.lease_seconds)
        async with self._session.get(hub_request.callback, params=params) as response:
            body = await response.text()
            self.verifications.append((hub_request.mode, response.status, body))
        key = (hub_request.topic, hub_request.callback)
        if 200 <= response.status < 300 and body == challenge:
            if hub_request.mode == "subscribe":
                self.subscribers[key] = HubSubscriber(hub_request.callback, hub_request.topic, hub_request.secret,
                                                      self.lease_seconds)
            else:
                self.subscribers.pop(key, None)
        self.verified.set()

    async def verify_as(self, callback: str, mode: str, topic: str, challenge: str = "abc") -> tuple[int, str]:
        """A verification request as anyone could forge it: (status, body)."""
        assert self._session is not None
        params = {"hub.mode": mode, "hub.topic": topic, "hub.challenge": challenge, "hub.lease_seconds": "60"}
        async with self._session.get(callback, params=params) as response:
            return response.status, await response.text()

    async def publish(self, topic: str, body: bytes, content_type: str = "application/atom+xml",
                      secret: str | None = None, encoding: str | None = None) -> list[int]:
        """Push `body` to every subscriber of `topic`; their HTTP statuses. `secret`
        overrides the subscriber's (to forge a signature)."""
        assert self._session is not None
        statuses = []
        for subscriber in [s for s in self.subscribers.values() if s.topic == topic]:
            key = (secret if secret is not None else subscriber.secret).encode()
            signature = "sha256=" + hmac.new(key, body, hashlib.sha256).hexdigest()
            headers = {"Content-Type": content_type, "X-Hub-Signature": signature,
                       "Link": f'<{self.url}>; rel="hub", <{topic}>; rel="self"'}
            if encoding:
                headers["Content-Encoding"] = encoding
            async with self._session.post(subscriber.callback, data=body, headers=headers) as response:
                statuses.append(response.status)
        return statuses
