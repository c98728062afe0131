"""A loopback stand-in for Discord (REST + gateway) that the real discord.py client talks to.

An aiohttp server on 127.0.0.1 (port 0) in a background thread with its own event
loop, so it serves an in-process client (whose loop is the test's) as well as a
`python -m bot run` subprocess. It answers just enough of the REST API and the
gateway protocol for login, READY/GUILD_CREATE, command sync, messages and slash
command interactions, and records what the client sent.

    with DiscordStub(token="T", guilds={GUILD: [CHANNEL]}) as stub:
        settings = DiscordSettings(token="T", api_url=stub.api_url, gateway_url=stub.gateway_url)
        ...
        stub.wait_for(lambda: stub.messages(CHANNEL))

Facts discord.py relies on (verified on 2.7): JSON answers must carry
`Content-Type: application/json` exactly (anything else is read as text), and a
429 is only honoured when it has a `Via` header (without one discord.py assumes a
Cloudflare ban).
"""

from __future__ import annotations

import asyncio
import itertools
import json
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from aiohttp import WSMsgType, web

APPLICATION_ID = 900000000000000001
BOT_USER_ID = 900000000000000001
API_PREFIX = "/api/v10"
WS_PATH = "/gateway-ws"
MANAGE_CHANNELS = 1 << 4
VIEW_CHANNEL = 1 << 10
SEND_MESSAGES = 1 << 11
HEARTBEAT_INTERVAL_MS = 41250


@dataclass(frozen=True)
class Call:
    """One REST request as the stub saw it (`path` without the /api/v10 prefix)."""

    method: str
    path: str
    body: Any  # the JSON body (payload_json for multipart), or None
    authorization: str | None
    files: tuple[tuple[str, bytes], ...] = ()  # (filename, content) of multipart uploads


@dataclass
class Failure:
    """What to answer instead of success for one channel, `times` times (None: always)."""

    status: int
    code: int
    retry_after: Any = 0.0  # any JSON value: a broken proxy may send NaN or a string
    times: int | None = None
    via: bool = True  # a 429 without Via looks like a Cloudflare ban to discord.py
    after: int = 0  # messages let through first (a 429 in the middle of a digest)
    page: str | None = None  # a proxy's or firewall's own page answered instead of Discord's JSON
    everything: bool = False  # a 429 of Discord's global limit ("global": true): every route waits


@dataclass
class _Session:
    session_id: str
    sequence: int = 0


@dataclass
class GatewayLog:
    identifies: list[dict] = field(default_factory=list)
    resumes: list[dict] = field(default_factory=list)
    heartbeats: int = 0
    connections: list[float] = field(default_factory=list)  # when each gateway connection opened (monotonic)


class DiscordStub:
    def __init__(self, token: str = "stub-token", guilds: dict[int, Iterable[int]] | None = None):
        self.token = token
        self.guilds = {g: list(channels) for g, channels in (guilds or {}).items()}
        self.calls: list[Call] = []
        self.gateway = GatewayLog()
        self.commands: dict[str, list[dict]] = {}  # "global" or guild id -> commands
        # Messages made by interaction answers (callbacks and follow-ups), by id, as they
        # stand after edits; and per interaction token: its channel and original message.
        self.sent: dict[int, dict] = {}
        self._token_channel: dict[str, tuple[int, int | None]] = {}
        # Discord takes an interaction's first answer within 3 s of it, else answers 404 Unknown
        # interaction (10062). Off unless a test sets it (None): a loaded machine must not fail the rest.
        self.interaction_deadline: float | None = None
        # The bot's own permissions in the channel of each interaction (its app_permissions):
        # every one unless a test takes some away (a channel where the bot may not post).
        self.app_permissions: int = (1 << 53) - 1
        self._interaction_created: dict[str, float] = {}
        self._original: dict[str, int] = {}
        self._message_place: dict[int, tuple[int, int | None]] = {}  # message id -> (channel, guild)
        self._failures: dict[int, Failure] = {}
        self._route_failures: dict[tuple[str, str], Failure] = {}  # (method, path) -> its failure
        # Headers sent with every message the bot posts in a channel (a rate-limit bucket's state).
        self.message_headers: dict[str, str] = {}
        self._held: dict[int, threading.Event] = {}  # channel id -> let its posts through
        # A broken or hostile gateway: close every new connection with this code right after HELLO
        # (`closes_at_once`), or answer every IDENTIFY by closing with it (`identify_closes_with`:
        # 4004 a refused token, 4013 invalid intents, 4014 disallowed intents).
        self.closes_at_once: int | None = None
        self.identify_closes_with: int | None = None
        # Messages the bot posted in channels (not interaction answers), by id, as they
        # stand after PATCH edits; a deleted one answers 404 Unknown Message.
        self.channel_messages: dict[int, dict] = {}
        # Direct messages: the DM channel opened with each user (POST /users/@me/channels), and
        # the users whose privacy settings refuse DMs from the bot (403, code 50007).
        self.dm_channels: dict[int, int] = {}
        self._dms_closed: set[int] = set()
        self._ids = itertools.count(1_000_000_000_000_000_000)
        self._changed = threading.Condition()
        self._sockets: list[tuple[web.WebSocketResponse, _Session]] = []
        self._sessions: dict[str, _Session] = {}
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None
        self._thread: threading.Thread | None = None
        self.port = 0

    # -- lifecycle --------------------------------------------------------------------

    def start(self) -> DiscordStub:
        started = threading.Event()
        errors: list[BaseException] = []

        def serve() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            try:
                loop.run_until_complete(self._open())
            except BaseException as exc:  # noqa: BLE001 - reported to start()
                errors.append(exc)
                started.set()
                return
            started.set()
            loop.run_forever()
            loop.run_until_complete(self._close())
            loop.close()

        self._thread = threading.Thread(target=serve, name="DiscordStub", daemon=True)
        self._thread.start()
        started.wait(10)
        if errors:
            raise errors[0]
        return self

    def stop(self) -> None:
        if self._loop is None:
            return
        self._loop.call_soon_threadsafe(self._loop.stop)
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._loop = None

    def __enter__(self) -> DiscordStub:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    async def _open(self) -> None:
        app = web.Application()
        app.router.add_get(WS_PATH, self._gateway_socket)
        app.router.add_route("*", API_PREFIX + "/{tail:.*}", self._rest)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def _close(self) -> None:
        for ws, _ in list(self._sockets):
            await ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}{API_PREFIX}"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}{WS_PATH}"

    # -- what tests read and control ---------------------------------------------------------

    def fail_channel(self, channel_id: int, status: int, code: int = 0, *, retry_after: float = 0.0,
                     times: int | None = None, via: bool = True, after: int = 0, page: str | None = None) -> None:
        """Answer `status` (403, 404, 429, 5xx) to messages posted (or edited) in this channel,
        once `after` more went through; with `page`, that HTML page instead of Discord's JSON
        (a proxy or firewall in front of Discord answering itself)."""
        self._failures[channel_id] = Failure(status, code, retry_after, times, via, after, page)

    def fail_route(self, method: str, path: str, status: int, *, retry_after: Any = 0.0, times: int | None = None,
                   everything: bool = False) -> None:
        """Answer `status` to `method path` (a path under /api/v10, "/users/@me"; an interaction's
        answer is "/interactions/*/callback"), `times` times (None: always); with `everything`, a
        429 says it is the global limit."""
        self._route_failures[(method, path)] = Failure(status, 0, retry_after, times, everything=everything)

    def stop_failing(self, channel_id: int) -> None:
        """Messages to this channel are taken again (what `fail_channel` set is undone)."""
        self._failures.pop(channel_id, None)

    def close_dms(self, user_id: int) -> None:
        """The user turned off direct messages from server members: the bot may open the DM
        channel, but a message posted in it is refused (403 Cannot send messages to this user)."""
        self._dms_closed.add(user_id)

    def dm_messages(self, user_id: int) -> list[dict]:
        """Message bodies the bot sent to the user by direct message and Discord accepted."""
        channel = self.dm_channels.get(user_id)
        return [] if channel is None else self.messages(channel)

    def remove_bot_from(self, guild_id: int) -> None:
        """The server removes the bot (GUILD_DELETE): messages to its channels are refused."""
        channels = self.guilds.pop(guild_id, [])
        for channel in channels:
            self.fail_channel(channel, 403, 50001)
        self._run(self._dispatch_all("GUILD_DELETE", {"id": str(guild_id)}))

    def delete_channel(self, guild_id: int, channel_id: int) -> None:
        """A server's administrator deletes a text channel (CHANNEL_DELETE): messages to it are
        refused as Discord refuses them (404 Unknown Channel)."""
        self.guilds[guild_id] = [c for c in self.guilds.get(guild_id, []) if c != channel_id]
        self.fail_channel(channel_id, 404, 10003)
        self._run(self._dispatch_all("CHANNEL_DELETE", {
            "id": str(channel_id), "type": 0, "guild_id": str(guild_id), "name": f"channel-{channel_id}",
            "position": 0, "permission_overwrites": []}))

    def delete_thread(self, guild_id: int, thread_id: int, parent_id: int) -> None:
        """A thread is deleted (THREAD_DELETE)."""
        self.fail_channel(thread_id, 404, 10003)
        self._run(self._dispatch_all("THREAD_DELETE", {
            "id": str(thread_id), "type": 11, "guild_id": str(guild_id), "parent_id": str(parent_id)}))

    def open_thread(self, guild_id: int, thread_id: int, parent_id: int) -> None:
        """A member opens a public thread in `parent_id` (THREAD_CREATE): it is in the bot's
        cache of the server's threads, not among its channels."""
        self._run(self._dispatch_all("THREAD_CREATE", {
            "id": str(thread_id), "type": 11, "guild_id": str(guild_id), "parent_id": str(parent_id),
            "owner_id": "1", "name": f"thread-{thread_id}", "last_message_id": None, "rate_limit_per_user": 0,
            "message_count": 0, "member_count": 1, "flags": 0, "newly_created": True,
            "thread_metadata": {"archived": False, "auto_archive_duration": 1440, "locked": False,
                                "archive_timestamp": "2023-01-01T00:00:00+00:00"}}))

    def archive_thread(self, guild_id: int, thread_id: int, parent_id: int) -> None:
        """The thread is archived (THREAD_UPDATE): discord.py drops it from its cache of the
        server's threads."""
        self._run(self._dispatch_all("THREAD_UPDATE", {
            "id": str(thread_id), "type": 11, "guild_id": str(guild_id), "parent_id": str(parent_id),
            "owner_id": "1", "name": f"thread-{thread_id}", "last_message_id": None, "rate_limit_per_user": 0,
            "message_count": 0, "member_count": 1, "flags": 0,
            "thread_metadata": {"archived": True, "auto_archive_duration": 1440, "locked": False,
                                "archive_timestamp": "2023-01-02T00:00:00+00:00"}}))

    def add_bot_to(self, guild_id: int, channels: list[int], *, system_channel: int | None = None,
                   locale: str = "en-US", mute: Iterable[int] = (), joined_at: str | None = None) -> None:
        """The server adds the bot (again): GUILD_CREATE, and its channels take messages. The
        server's system channel and preferred locale as given; in the channels of `mute` the
        bot may not send messages (a permission overwrite denies it). The bot joined now,
        unless `joined_at` (ISO 8601) says when (a server's late GUILD_CREATE at start)."""
        joined_at = joined_at or datetime.now(timezone.utc).isoformat()
        self.guilds[guild_id] = list(channels)
        for channel in channels:
            self.stop_failing(channel)
        joined = self._guild(guild_id, list(channels))
        del joined["unavailable"]  # (only a guild coming back from an outage says unavailable: false)
        joined["system_channel_id"] = str(system_channel) if system_channel is not None else None
        joined["preferred_locale"] = locale
        joined["joined_at"] = joined_at
        joined["members"] = [{"user": self._bot_user(), "roles": [], "joined_at": joined_at,
                              "deaf": False, "mute": False, "flags": 0}]
        denied = {str(channel) for channel in mute}
        for channel in joined["channels"]:
            if channel["id"] in denied:
                channel["permission_overwrites"] = [{"id": str(BOT_USER_ID), "type": 1, "allow": "0",
                                                     "deny": str(SEND_MESSAGES)}]
        self._run(self._dispatch_all("GUILD_CREATE", joined))

    def hold(self, channel_id: int) -> None:
        """Keep the messages posted to this channel from now on in flight (no answer) until
        `let_through`: a slow network, for what happens while an alert is on its way."""
        with self._changed:
            self._held[channel_id] = threading.Event()

    def let_through(self, channel_id: int) -> None:
        with self._changed:
            held = self._held.pop(channel_id, None)
        if held is not None:
            held.set()

    def messages(self, channel_id: int) -> list[dict]:
        """Message bodies posted to a channel and accepted."""
        path = f"/channels/{channel_id}/messages"
        return [c.body for c in self.calls_to("POST", path) if getattr(c, "accepted", True)]

    def edits(self, channel_id: int) -> list[dict]:
        """Bodies of the accepted edits (PATCH) of messages in a channel."""
        return [c.body for c in self.calls_to("PATCH", f"/channels/{channel_id}/messages/")
                if getattr(c, "accepted", True)]

    def delete_message(self, message_id: int) -> None:
        """Someone deleted this message: an edit now gets 404 Unknown Message (10008)."""
        self.channel_messages.pop(message_id, None)

    def calls_to(self, method: str, path_prefix: str) -> list[Call]:
        return [c for c in list(self.calls) if c.method == method and c.path.startswith(path_prefix)]

    def interaction_replies(self, interaction_token: str) -> list[Call]:
        """Callbacks and follow-ups (webhook posts/edits) of one interaction, in order."""
        return [c for c in list(self.calls)
                if (c.path.startswith("/interactions/") or c.path.startswith("/webhooks/"))
                and f"/{interaction_token}" in c.path]

    def wait_for(self, predicate: Callable[[], Any], timeout: float = 10.0) -> Any:
        """Block until `predicate()` is truthy (re-checked on every request and gateway
        message), or raise AssertionError after `timeout` seconds."""
        with self._changed:
            result = self._changed.wait_for(predicate, timeout)
        if not result:
            raise AssertionError("timed out waiting for the Discord stub")
        return result

    async def wait_async(self, predicate: Callable[[], Any], timeout: float | None = 10.0) -> Any:
        """wait_for without blocking the caller's event loop (where the client runs). `timeout`
        None: no deadline of its own, for what takes long under load (a chart drawn): the
        test's pytest-timeout ends a wait that never ends. Waited for half a second at a
        time, so that no thread is left blocked when it does."""
        if timeout is not None:
            return await asyncio.to_thread(self.wait_for, predicate, timeout)
        while True:
            result = await asyncio.to_thread(self._wait_a_little, predicate)
            if result:
                return result

    def _wait_a_little(self, predicate: Callable[[], Any]) -> Any:
        with self._changed:
            return self._changed.wait_for(predicate, 0.5)

    def connected(self) -> int:
        return len(self._sockets)

    def slash_command(
        self,
        name: str,
        options: dict[str, str] | None = None,
        *,
        channel_id: int,
        guild_id: int | None = None,
        user_id: int = 123,
        permissions: int = 0,
        locale: str = "en-US",
        autocomplete: str | None = None,
    ) -> str:
        """Dispatch INTERACTION_CREATE for `/name options` to every connected client;
        returns the interaction token. `autocomplete` names the option being typed
        (an APPLICATION_COMMAND_AUTOCOMPLETE interaction instead of a command)."""
        opts = [{"name": k, "type": 3, "value": v, **({"focused": True} if k == autocomplete else {})}
                for k, v in (options or {}).items()]
        data = {"id": str(self._command_id(name, guild_id)), "name": name, "type": 1, "options": opts}
        token, payload = self._interaction(4 if autocomplete else 2, data, channel_id=channel_id, guild_id=guild_id,
                                           user_id=user_id, permissions=permissions, locale=locale)
        self._run(self._dispatch_all("INTERACTION_CREATE", payload))
        return token

    def press_button(
        self,
        message_id: int,
        custom_id: str,
        *,
        user_id: int = 123,
        permissions: int = 0,
        locale: str = "en-US",
    ) -> str:
        """Dispatch INTERACTION_CREATE for a press on the button `custom_id` of a message
        an interaction answer made (a MESSAGE_COMPONENT interaction, component type 2);
        returns the press's interaction token. The callback (UPDATE_MESSAGE, type 7, or a
        new message) is recorded under that token and applied to `self.sent`."""
        message = self.sent[message_id]
        buttons = [c for row in message.get("components") or [] for c in row.get("components") or []]
        assert any(b.get("custom_id") == custom_id for b in buttons), f"no button {custom_id!r} on the message"
        data = {"custom_id": custom_id, "component_type": 2}
        channel_id, guild_id = self._message_place[message_id]
        token, payload = self._interaction(3, data, channel_id=channel_id, guild_id=guild_id,
                                           user_id=user_id, permissions=permissions, locale=locale,
                                           message=message)
        self._original[token] = message_id
        self._run(self._dispatch_all("INTERACTION_CREATE", payload))
        return token

    def type_message(self, content: str, *, channel_id: int, guild_id: int | None = None, user_id: int = 123,
                     mentions_bot: bool = False) -> None:
        """Dispatch MESSAGE_CREATE for a message a person typed in a channel (or a DM when
        `guild_id` is None); `mentions_bot` lists the bot among its mentions, as Discord does
        for "<@bot> ..." (the only guild messages whose content a bot without the
        message-content intent is sent)."""
        user = {"id": str(user_id), "username": f"user{user_id}", "discriminator": "0", "avatar": None,
                "global_name": None}
        message = {**self._message(str(channel_id), {"content": content}), "author": user,
                   "mentions": [self._bot_user()] if mentions_bot else []}
        if guild_id is not None:
            message["guild_id"] = str(guild_id)
            message["member"] = {"roles": [], "joined_at": "2023-01-01T00:00:00+00:00", "deaf": False,
                                 "mute": False, "flags": 0}
        self._run(self._dispatch_all("MESSAGE_CREATE", message))

    def message_of(self, interaction_token: str) -> dict:
        """The message an interaction's answer made or edited (its original response), as it
        stands now (a copy: the stub's thread keeps editing its own)."""
        return json.loads(json.dumps(self.sent[self._original[interaction_token]]))

    def disconnect(self, code: int = 4000) -> None:
        """Close every gateway socket (a network drop): the client should RESUME."""
        self._run(self._close_sockets(code))

    # -- internals ---------------------------------------------------------------------------------

    def _interaction(self, kind: int, data: dict, *, channel_id: int, guild_id: int | None, user_id: int,
                     permissions: int, locale: str, message: dict | None = None) -> tuple[str, dict]:
        """An INTERACTION_CREATE payload of type `kind` from a user in a guild channel
        (with member permissions) or in a DM; returns (token, payload)."""
        interaction_id = next(self._ids)
        token = f"itoken{interaction_id}"
        self._token_channel[token] = (channel_id, guild_id)
        self._interaction_created[token] = time.monotonic()
        user = {"id": str(user_id), "username": f"user{user_id}", "discriminator": "0", "avatar": None,
                "global_name": None}
        payload: dict[str, Any] = {
            "id": str(interaction_id),
            "application_id": str(APPLICATION_ID),
            "type": kind,
            "token": token,
            "version": 1,
            "locale": locale,
            "channel_id": str(channel_id),
            "app_permissions": str(self.app_permissions),
            "entitlements": [],
            "attachment_size_limit": 10 * 1024 * 1024,
            "authorizing_integration_owners": {},
            "data": data,
        }
        if message is not None:
            payload["message"] = message
        if guild_id is not None:
            payload["guild_id"] = str(guild_id)
            payload["guild_locale"] = "en-US"
            payload["channel"] = {"id": str(channel_id), "type": 0, "guild_id": str(guild_id), "name": "news",
                                  "position": 0, "permission_overwrites": []}
            payload["member"] = {"user": user, "roles": [], "joined_at": "2023-01-01T00:00:00+00:00",
                                 "deaf": False, "mute": False, "flags": 0, "permissions": str(permissions)}
            payload["context"] = 0
        else:
            payload["user"] = user
            payload["channel"] = {"id": str(channel_id), "type": 1, "recipients": [user]}
            payload["context"] = 1
        return token, payload

    def _new_message(self, token: str, body: dict, files: tuple[tuple[str, bytes], ...]) -> dict:
        """Record a message an interaction answer created; the first is its original."""
        channel_id, guild_id = self._token_channel.get(token, (0, None))
        message = self._message(str(channel_id), body)
        self._message_place[int(message["id"])] = (channel_id, guild_id)
        message["components"] = body.get("components") or []
        message["attachments"] = self._attachments(files)
        self.sent[int(message["id"])] = message
        self._original.setdefault(token, int(message["id"]))
        return message

    def _edit_message(self, message_id: int, body: dict, files: tuple[tuple[str, bytes], ...]) -> dict:
        """Apply an edit: fields present in the body replace the message's."""
        message = self.sent[message_id]
        for key in ("content", "embeds", "components", "flags"):
            if key in body:
                message[key] = body[key] if body[key] is not None else ([] if key != "content" else "")
        if files:
            message["attachments"] = message["attachments"] + self._attachments(files)
        message["edited_timestamp"] = "2023-02-14T08:01:00+00:00"
        return message

    def _attachments(self, files: tuple[tuple[str, bytes], ...]) -> list[dict]:
        return [{"id": str(next(self._ids)), "filename": name, "size": len(content),
                 "url": f"https://cdn.example/{name}", "proxy_url": f"https://cdn.example/{name}"}
                for name, content in files]

    def _callback(self, interaction_id: str, token: str, body: dict | None,
                  files: tuple[tuple[str, bytes], ...]) -> web.Response:
        """An interaction callback: type 4 makes a message, type 7 edits the pressed one."""
        kind = (body or {}).get("type")
        data = (body or {}).get("data") or {}
        answer: dict[str, Any] = {"interaction": {"id": interaction_id, "type": 2}}
        if kind == 4:
            message = self._new_message(token, data, files)
            answer["interaction"]["response_message_id"] = message["id"]
            answer["resource"] = {"type": kind, "message": message}
        elif kind == 7 and token in self._original:
            message = self._edit_message(self._original[token], data, files)
            answer["interaction"]["response_message_id"] = message["id"]
            answer["resource"] = {"type": kind, "message": message}
        return self._json(answer)

    def _webhook(self, method: str, parts: list[str], body: dict | None,
                 files: tuple[tuple[str, bytes], ...]) -> web.Response:
        """Follow-ups: POST /webhooks/{app}/{token} makes a message, PATCH
        /webhooks/{app}/{token}/messages/{id or @original} edits one."""
        token = parts[2] if len(parts) > 2 else ""
        if method == "POST":
            return self._json(self._new_message(token, body or {}, files))
        target = parts[4] if len(parts) > 4 else "@original"
        message_id = self._original.get(token) if target == "@original" else int(target)
        if message_id is None or message_id not in self.sent:
            # An edit of a deferred answer nobody has posted yet: it becomes the message.
            return self._json(self._new_message(token, body or {}, files))
        return self._json(self._edit_message(message_id, body or {}, files))

    def _run(self, coro: Any) -> Any:
        assert self._loop is not None, "DiscordStub is not started"
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result(10)

    def _record(self, call: Call) -> None:
        with self._changed:
            self.calls.append(call)
            self._changed.notify_all()

    def _touch(self) -> None:
        with self._changed:
            self._changed.notify_all()

    def _command_id(self, name: str, guild_id: int | None) -> int:
        for scope in ([str(guild_id)] if guild_id else []) + ["global"]:
            for command in self.commands.get(scope, []):
                if command["name"] == name:
                    return int(command["id"])
        return 1

    @staticmethod
    def _json(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
        # web.json_response adds "; charset=utf-8", which discord.py would read as text.
        return web.Response(status=status, body=json.dumps(data).encode(),
                            headers={"Content-Type": "application/json", **(headers or {})})

    def _bot_user(self) -> dict:
        return {"id": str(BOT_USER_ID), "username": "pledgewatch", "discriminator": "0", "avatar": None,
                "bot": True, "global_name": None, "flags": 0, "verified": True, "mfa_enabled": False}

    def _message(self, channel_id: str, body: dict) -> dict:
        return {
            "id": str(next(self._ids)), "channel_id": channel_id, "author": self._bot_user(),
            "content": body.get("content") or "", "timestamp": "2023-02-14T08:00:00+00:00",
            "edited_timestamp": None, "tts": False, "mention_everyone": False, "mentions": [],
            "mention_roles": [], "attachments": [], "embeds": body.get("embeds") or [], "pinned": False,
            "type": 0, "flags": body.get("flags") or 0, "components": [],
        }

    async def _read_body(self, request: web.Request) -> tuple[Any, tuple[tuple[str, bytes], ...]]:
        if not request.can_read_body:
            return None, ()
        if request.content_type.startswith("multipart/"):
            form = await request.post()
            files = tuple((f.filename, f.file.read()) for k, f in form.items() if hasattr(f, "file"))
            payload = form.get("payload_json")
            return (json.loads(payload) if isinstance(payload, str) else None), files
        raw = await request.read()
        return (json.loads(raw) if raw else None), ()

    # -- REST ------------------------------------------------------------------------------------------

    async def _rest(self, request: web.Request) -> web.StreamResponse:
        path = "/" + request.match_info["tail"]
        body, files = await self._read_body(request)
        call = Call(request.method, path, body, request.headers.get("Authorization"), files)
        public = path.startswith("/interactions/") or path.startswith("/webhooks/")
        if not public and call.authorization != f"Bot {self.token}":
            self._record(call)
            return self._json({"message": "401: Unauthorized", "code": 0}, 401)
        parts = path.strip("/").split("/")
        pattern = "/interactions/*/callback" if parts[0] == "interactions" and parts[-1] == "callback" else path
        failure = self._take_route_failure(request.method, pattern)
        if failure is not None:
            return self._fail(call, failure)
        if request.method == "POST" and len(parts) == 3 and parts[0] == "channels" and parts[2] == "messages":
            with self._changed:
                held = self._held.get(int(parts[1]))
            if held is not None:
                # Bounded: a test that forgets to let it through fails rather than hangs.
                await asyncio.get_running_loop().run_in_executor(None, held.wait, 120)
            return self._post_message(call, int(parts[1]), body)
        if request.method == "PATCH" and len(parts) == 4 and parts[0] == "channels" and parts[2] == "messages":
            return self._patch_message(call, int(parts[1]), int(parts[3]), body)
        method = request.method
        # Interaction answers change `sent` before they are recorded, so a test that
        # waits for the record also sees the message.
        if parts[0] == "interactions" and parts[-1] == "callback":
            created = self._interaction_created.get(parts[2], time.monotonic())
            if self.interaction_deadline is not None and time.monotonic() - created > self.interaction_deadline:
                self._record(_Rejected(call.method, call.path, call.body, call.authorization, call.files))
                return self._json({"message": "Unknown interaction", "code": 10062}, 404)
            response = self._callback(parts[1], parts[2], body, files)
            self._record(call)
            return response
        if parts[0] == "webhooks" and method in ("POST", "PATCH"):
            response = self._webhook(method, parts, body, files)
            self._record(call)
            return response
        self._record(call)
        if method == "GET" and path in ("/gateway", "/gateway/bot"):
            return self._json({"url": self.gateway_url, "shards": 1,
                               "session_start_limit": {"total": 1000, "remaining": 999, "reset_after": 0,
                                                       "max_concurrency": 1}})
        if method == "GET" and path == "/users/@me":
            return self._json(self._bot_user())
        if method == "POST" and path == "/users/@me/channels":
            return self._open_dm(int((body or {}).get("recipient_id") or 0))
        if method == "GET" and path == "/oauth2/applications/@me":
            return self._json({"id": str(APPLICATION_ID), "name": "pledgewatch", "icon": None, "description": "",
                               "bot_public": False, "bot_require_code_grant": False, "verify_key": "0" * 64,
                               "owner": self._bot_user(), "flags": 0, "team": None,
                               "interactions_endpoint_url": None})
        if parts[:2] == ["applications", str(APPLICATION_ID)] and parts[-1] == "commands":
            scope = parts[3] if len(parts) == 5 else "global"
            if method == "PUT":
                stored = []
                for command in body or []:
                    stored.append({**command, "id": str(next(self._ids)), "application_id": str(APPLICATION_ID),
                                   "version": "1", **({"guild_id": scope} if scope != "global" else {})})
                self.commands[scope] = stored
                self._touch()
            return self._json(self.commands.get(scope, []))
        if method == "GET" and len(parts) == 2 and parts[0] == "channels":
            return self._json({"id": parts[1], "type": 0, "name": "news", "position": 0,
                               "permission_overwrites": [], "guild_id": str(next(iter(self.guilds), 0))})
        if parts[0] == "webhooks" and method == "DELETE":
            return web.Response(status=204)
        return self._json({"message": "404: Not Found", "code": 0}, 404)

    def _patch_message(self, call: Call, channel_id: int, message_id: int, body: Any) -> web.Response:
        """Edit Message: the fields sent replace the message's (the channel's failure, if
        set, answers first, like for a post)."""
        failure = self._take_failure(channel_id)
        if failure is not None:
            return self._fail(call, failure)
        message = self.channel_messages.get(message_id)
        if message is None or message["channel_id"] != str(channel_id):
            self._record(_Rejected(call.method, call.path, call.body, call.authorization, call.files))
            return self._json({"message": "Unknown Message", "code": 10008}, 404)
        for key in ("content", "embeds", "components", "flags", "allowed_mentions"):
            if key in (body or {}):
                message[key] = body[key]
        message["edited_timestamp"] = "2023-02-14T08:02:00+00:00"
        self._record(call)
        return self._json(message)

    def _take_failure(self, channel_id: int) -> Failure | None:
        failure = self._failures.get(channel_id)
        if failure is not None and failure.after > 0:
            failure.after -= 1
            return None
        if failure is not None and failure.times is not None:
            failure.times -= 1
            if failure.times < 0:
                failure = None
                self._failures.pop(channel_id, None)
        return failure

    def _take_route_failure(self, method: str, path: str) -> Failure | None:
        failure = self._route_failures.get((method, path))
        if failure is not None and failure.times is not None:
            failure.times -= 1
            if failure.times < 0:
                self._route_failures.pop((method, path), None)
                return None
        return failure

    def _open_dm(self, user_id: int) -> web.Response:
        """Create DM: one channel per user, the same one when asked again."""
        with self._changed:
            channel = self.dm_channels.setdefault(user_id, next(self._ids))
        user = {"id": str(user_id), "username": f"user{user_id}", "discriminator": "0", "avatar": None,
                "global_name": None}
        return self._json({"id": str(channel), "type": 1, "last_message_id": None, "recipients": [user]})

    def _post_message(self, call: Call, channel_id: int, body: Any) -> web.Response:
        if any(self.dm_channels.get(user) == channel_id for user in self._dms_closed):
            self._record(_Rejected(call.method, call.path, call.body, call.authorization, call.files))
            return self._json({"message": "Cannot send messages to this user", "code": 50007}, 403)
        failure = self._take_failure(channel_id)
        if failure is None:
            message = self._message(str(channel_id), body or {})
            self.channel_messages[int(message["id"])] = message
            self._record(call)
            return self._json(message, headers=self.message_headers)
        return self._fail(call, failure)

    def _fail(self, call: Call, failure: Failure) -> web.Response:
        self._record(_Rejected(call.method, call.path, call.body, call.authorization, call.files))
        if failure.status == 429:
            said = f"{failure.retry_after:g}" if isinstance(failure.retry_after, float) else str(failure.retry_after)
            headers = {"Retry-After": said, "X-RateLimit-Limit": "5", "X-RateLimit-Remaining": "0",
                       "X-RateLimit-Reset-After": said, "X-RateLimit-Bucket": "stubbucket",
                       "X-RateLimit-Scope": "global" if failure.everything else "user"}
            if failure.via:
                headers["Via"] = "1.1 google"
            return self._json({"message": "You are being rate limited.", "retry_after": failure.retry_after,
                               "global": failure.everything}, 429, headers)
        if failure.page is not None:
            return web.Response(status=failure.status, text=failure.page, content_type="text/html")
        messages = {403: "Missing Access", 404: "Unknown Channel"}
        return self._json({"message": messages.get(failure.status, "Server error"), "code": failure.code},
                          failure.status)

    # -- gateway ------------------------------------------------------------------------------------------

    async def _gateway_socket(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(autoping=True)
        await ws.prepare(request)
        session = _Session(session_id="")
        self.gateway.connections.append(time.monotonic())
        await ws.send_str(json.dumps({"op": 10, "d": {"heartbeat_interval": HEARTBEAT_INTERVAL_MS}, "s": None,
                                      "t": None}))
        if self.closes_at_once is not None:
            await ws.close(code=self.closes_at_once, message=b"stub closes at once")
            self._touch()
            return ws
        try:
            async for msg in ws:
                if msg.type != WSMsgType.TEXT:
                    continue
                frame = json.loads(msg.data)
                op, data = frame.get("op"), frame.get("d")
                if op == 1:
                    self.gateway.heartbeats += 1
                    await ws.send_str(json.dumps({"op": 11, "d": None, "s": None, "t": None}))
                elif op == 2:
                    await self._identify(ws, session, data)
                elif op == 6:
                    await self._resume(ws, session, data)
        finally:
            self._sockets = [(s, sess) for s, sess in self._sockets if s is not ws]
            self._touch()
        return ws

    async def _identify(self, ws: web.WebSocketResponse, session: _Session, data: dict) -> None:
        self.gateway.identifies.append(data)
        if self.identify_closes_with is not None or data.get("token") != self.token:
            await ws.close(code=self.identify_closes_with or 4004, message=b"stub refuses the IDENTIFY")
            self._touch()
            return
        session.session_id = f"session{next(self._ids)}"
        self._sessions[session.session_id] = session
        self._sockets.append((ws, session))
        ready = {
            "v": 10, "user": self._bot_user(), "session_id": session.session_id,
            "resume_gateway_url": self.gateway_url, "shard": [0, 1],
            "guilds": [{"id": str(g), "unavailable": True} for g in self.guilds],
            "application": {"id": str(APPLICATION_ID), "flags": 0},
            "private_channels": [], "relationships": [], "user_settings": {},
        }
        await self._send_dispatch(ws, session, "READY", ready)
        for guild_id, channels in self.guilds.items():
            await self._send_dispatch(ws, session, "GUILD_CREATE", self._guild(guild_id, channels))
        self._touch()

    async def _resume(self, ws: web.WebSocketResponse, session: _Session, data: dict) -> None:
        self.gateway.resumes.append(data)
        known = self._sessions.get(data.get("session_id", ""))
        if data.get("token") != self.token or known is None:
            await ws.send_str(json.dumps({"op": 9, "d": False, "s": None, "t": None}))  # invalid session
            self._touch()
            return
        self._sockets.append((ws, known))
        await self._send_dispatch(ws, known, "RESUMED", {})
        self._touch()

    def _guild(self, guild_id: int, channels: list[int]) -> dict:
        return {
            "id": str(guild_id), "name": f"guild {guild_id}", "icon": None, "owner_id": "1",
            # Everyone may see the channels and write in them, as in a new server.
            "roles": [{"id": str(guild_id), "name": "@everyone", "permissions": str(VIEW_CHANNEL | SEND_MESSAGES),
                       "position": 0, "color": 0,
                       "hoist": False, "managed": False, "mentionable": False, "flags": 0}],
            "channels": [{"id": str(c), "type": 0, "name": f"news-{c}", "position": i,
                          "permission_overwrites": [], "guild_id": str(guild_id)} for i, c in enumerate(channels)],
            "members": [], "member_count": 2, "features": [], "emojis": [], "stickers": [], "threads": [],
            "unavailable": False, "large": False, "joined_at": "2023-01-01T00:00:00+00:00",
            "verification_level": 0, "default_message_notifications": 0, "explicit_content_filter": 0,
            "mfa_level": 0, "premium_tier": 0, "preferred_locale": "en-US", "nsfw_level": 0,
        }

    async def _send_dispatch(self, ws: web.WebSocketResponse, session: _Session, event: str, data: dict) -> None:
        session.sequence += 1
        await ws.send_str(json.dumps({"op": 0, "t": event, "s": session.sequence, "d": data}))

    async def _dispatch_all(self, event: str, data: dict) -> None:
        for ws, session in list(self._sockets):
            await self._send_dispatch(ws, session, event, data)

    async def _close_sockets(self, code: int) -> None:
        for ws, _ in list(self._sockets):
            await ws.close(code=code, message=b"stub disconnect")


class _Rejected(Call):
    """A message post the stub refused (403/404/429/5xx): recorded, not accepted."""

    accepted = False
