"""DiscordChat: alerts as embeds and the command table as slash commands, on discord.py 2.7.

The client runs on the caller's event loop (the one bot.run_loop runs on): `start()` logs in,
runs `client.connect()` as a task, waits for READY and syncs the slash commands;
`stop()` closes the client. discord.py reconnects and RESUMEs by itself after a
gateway drop; alerts are never doubled by that because every send goes through the
outbox (bot/delivery.py), one claimed item at a time.

Pointing the client somewhere else than discord.com (a self-hosted proxy, or the
loopback stand-in in tests): discord.py 2.7 reads the REST base from the class
attribute `discord.http.Route.BASE` and, for `Client.connect()`, the gateway from
`discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY` (it never asks /gateway/bot unless
sharded). Both are process-wide class attributes, so they are set in `start()` (only
when the settings differ from discord.com) and restored in `stop()`. With a custom
api_url and no gateway_url, the gateway is asked from that API's /gateway/bot.
There is no per-client way in discord.py 2.7: `discord.Client` takes a connector, a
proxy and an HTTP trace config but no base URL, and every request builds its URL from
`Route.BASE` when the Route is made, inside the library. (A proxy would not help: an
https URL is tunnelled with CONNECT, so the stand-in would have to speak TLS as
discord.com.) Hence one Discord API per process, which is all pledgewatch runs.

Long replies (/rules, /feeds, /pledges...) are one message showing page 1 of N with
Previous/Next buttons; the pages stay in memory for PAGE_TIMEOUT after the last press
and only the person who ran the command may turn them (see Pager, in discord_pages.py).

Secrets: the token is passed only to discord.py; errors and logs built here carry the
HTTP status, Discord's error code and message, never a request header or the token.
"""

from __future__ import annotations

import asyncio
import functools
import io
import logging
import secrets
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, Any

from bot.adapters.background_tasks import BackgroundTasks
from bot.adapters.chat_turns import ChatTurns
from bot.adapters.command_readers import CommandReaders
from bot.adapters.aiohttp_import import aiohttp_without_eager_certificates

aiohttp_without_eager_certificates()  # before aiohttp is imported: see that module

import aiohttp
import discord
import yarl
from discord import app_commands

from bot.adapters import discord_gateway, discord_rate_limits
from bot.adapters.discord_admins import AdminSightings, tell_admin
from bot.adapters.discord_failures import delivery_error, http_error_text
from bot.adapters.discord_greeting import GreetingRecord, greeting_channel, greeting_lang, joined_at, just_joined
from bot.adapters.discord_pages import PAGE_FOOTER_ROOM as PAGE_FOOTER_ROOM  # importable here as before
from bot.adapters.discord_pages import PAGE_ID_PREFIX, PAGE_TIMEOUT, PAGER_TEXTS, Pager, locale_lang, paginate
from bot.adapters.discord_translation import CommandTranslator, command_description, option_description
from bot.adapters.sqlite_store import SqliteStore
from bot.config import DiscordSettings
from bot.core.chat.command_list import COMMANDS, COMMANDS_BY_NAME, Command, ends_alerts, needs_manager
from bot.core.chat.commands import CommandTable
from bot.core.chat.feed_check import feed_check_text
from bot.core.chat.i18n import t
from bot.core.chat.render_discord import (
    digest_embed_room,
    neutralise,
    render_digest_embed,
    render_embed,
    render_linked_text,
)
from bot.core.chat.replies import Reply
from bot.core.chat.services import ChatContext, chosen_lang
from bot.core.chat.throttle import CommandThrottle
from bot.core.feeds.urls import shown_feed_url
from bot.core.models import Alert, DeliveryResult, Digest
from bot.core.pledges.listing.filters import filter_suggestions
from bot.core.ports import Clock
from bot.errors import ChatUnreachable, ConfigError, PledgewatchError

if TYPE_CHECKING:  # imported by the app that passes one: feedparser stays unloaded here
    from bot.adapters.feed_check import FeedChecker

log = logging.getLogger(__name__)

DISCORD_API = "https://discord.com/api/v10"
# discord.py waits this long for a 429 itself; a longer Retry-After raises RateLimited
# and goes back to the outbox (which retries later without holding up other chats).
MAX_RATELIMIT_WAIT = 30.0  # discord.py's minimum
MAX_CHOICES = 25  # Discord's autocomplete limit
UNKNOWN_MESSAGE = 10008  # Discord's error code for a message that does not exist (deleted)
# Commands whose answer may take a moment (database searches): acknowledged at once
# with "thinking...", then answered by a follow-up, so Discord's 3 s limit never bites.
DEFERRED = frozenset({"latest", "search", "pledges", "status", "rule_test", "feed_add", "rules", "feeds", "audit"})
# Commands that write to the database, deferred alike: while another process holds its write
# lock (a `rules import`, a `reanalyze`, a second bot) a write waits up to the store's busy
# timeout (10 s), and an answer after Discord's 3 s was refused (404 Unknown interaction)
# though the change was saved: the member saw "The application did not respond". /rule_add
# and /rule_edit also validate the rule, seconds on a machine's first compile.
WRITERS = frozenset({"lang", "subscribe", "unsubscribe", "mode", "rule_add", "rule_edit", "rule_del", "rule_undo",
                     "feed_del"})

# Each command's option names (Discord shows them); the Python parameters are `first`
# and `second`, renamed. A "<...>" in the command's args_help makes the option required.
OPTION_NAMES: dict[str, tuple[str, ...]] = {
    "help": ("command",),
    "lang": ("language",),
    "subscribe": ("topics",),
    "unsubscribe": ("topics",),
    "latest": ("count",),
    "search": ("words",),
    "pledges": ("filter",),
    "mode": ("mode",),
    "rules": ("rule",),
    "rule_add": ("topic", "expression"),
    "rule_edit": ("id", "expression"),
    "rule_del": ("id",),
    "rule_test": ("text",),
    "feeds": ("word",),
    "feed_add": ("url", "name"),
    "feed_del": ("id",),
    "audit": ("filter",),
}

# One user may run this many commands per channel in this many seconds (see CommandThrottle).
COMMANDS_PER_USER = 5
COMMAND_WINDOW = 10.0
COMMANDS_PER_CHANNEL = 20  # all users of one channel together (see CommandThrottle)
COMMANDS_PER_USER_EVERYWHERE = 10  # one user in all channels and DMs together (see CommandThrottle)
# Discord allows 50 requests/s per bot overall; alerts keep a margin for commands.
ALERTS_PER_SECOND = 45.0
# How long a login still refused with a 429 after discord.py's own tries waits before the next
# start (Discord said no wait of its own, or discord.py did not pass it on).
LOGIN_429_WAIT = 60.0

Runner = Callable[[discord.Interaction, str, Sequence[str | None]], Awaitable[None]]


class DiscordStartError(PledgewatchError):
    """The client could not log in or connect (bad token, unreachable gateway...)."""


class DiscordTokenRefused(DiscordStartError, ConfigError):
    """Discord refused the bot token: a setting given wrong, so exit 2 as Telegram's
    refused token is (README, "Exit status": 2 when what you gave was wrong)."""


class DiscordGatewayRefused(DiscordStartError, ConfigError):
    """The gateway refused what the settings asked for (intents, shard, API version: close
    4010, 4012-4014): exit 2 as a refused token, and never tried again, since asking again
    the same way is refused the same way."""


class DiscordUnreachable(DiscordStartError, ChatUnreachable):
    """Discord could not be reached at start (the network, a timeout, a 5xx, a 429, a gateway
    dropping every connection without a refusal): `run` goes on without it and tries again
    (bot/adapters/late_chat_start.py); a start that had stopped Telegram and polling with it."""


class SendPacer:
    """Spaces alert sends to stay under Discord's global limit (50 requests/s per bot)
    before it bites: discord.py only reacts to 429s, which Discord counts against us."""

    def __init__(self, per_second: float = ALERTS_PER_SECOND, monotonic: Callable[[], float] = time.monotonic):
        self.interval = 1.0 / per_second
        self.monotonic = monotonic
        self._next = 0.0

    def reserve(self) -> float:
        """Seconds to wait before the next send (the slot is taken now)."""
        now = self.monotonic()
        slot = max(now, self._next)
        self._next = slot + self.interval
        return slot - now


def _what_failed(exc: BaseException) -> str:
    """The failure in a few words: its class, and for an HTTP answer its status ("DiscordServerError
    503"), which says whether Discord or the network is at fault."""
    status = getattr(exc, "status", None)
    return f"{type(exc).__name__} {status}" if isinstance(exc, discord.HTTPException) else type(exc).__name__


def _login_rate_limited(api_url: str, wait: str) -> str:
    return (f"discord: the API at {shown_feed_url(api_url)} refused the login with a 429 (rate limited) asking to "
            f"wait {wait}; start again after that wait (too many logins in a short time, or a proxy in between "
            "limiting them)")


class DiscordChat:
    platform = "discord"

    def __init__(
        self,
        settings: DiscordSettings,
        commands: CommandTable,
        store: SqliteStore | None = None,
        clock: Clock | None = None,
        *,
        ready_timeout: float = 60.0,
        guild_ready_timeout: float = 2.0,
        page_timeout: float = PAGE_TIMEOUT,
        feed_checker: FeedChecker | None = None,
    ):
        self.settings = settings
        # Fetches a feed /feed_add added, once, to say what it holds (None: not said).
        self.feed_checker = feed_checker
        self._checks = BackgroundTasks("discord")
        self.commands = commands
        # The commands that only read, answered off the event loop (command_readers.py), and
        # each channel's answered in the order given (discord.py runs every interaction at once).
        self.readers = CommandReaders()
        self.turns = ChatTurns()
        self.store = store  # kept for symmetry with the other chats; state lives in the command table
        self.clock = clock
        self.ready_timeout = ready_timeout
        self.guild_ready_timeout = guild_ready_timeout
        self.client: discord.Client | None = None
        self.tree: app_commands.CommandTree | None = None
        self._task: asyncio.Task | None = None
        self._ready = asyncio.Event()
        self._stopping = False
        self._synced = False
        self._saved_urls: tuple[str, yarl.URL] | None = None
        self.page_timeout = page_timeout
        self.pacer = SendPacer()
        self.throttle = CommandThrottle(COMMANDS_PER_USER, COMMAND_WINDOW, chat_limit=COMMANDS_PER_CHANNEL,
                                        user_limit=COMMANDS_PER_USER_EVERYWHERE)
        self.pagers: dict[str, Pager] = {}  # live paged replies by the key in their buttons' custom_id
        self.greetings = GreetingRecord(store)  # the servers greeted, kept across restarts
        self._greeting: set[int] = set()  # servers being greeted now
        # Where each [discord] admin last ran a command, for a notice when their DMs are closed.
        self.admin_sightings = AdminSightings(store)

    # -- lifecycle ---------------------------------------------------------------------------

    async def start(self) -> None:
        intents = discord.Intents.none()
        intents.guilds = True  # channels and permissions; no privileged intent is needed
        # Messages, only to point a newcomer who mentions the bot or writes to it at the
        # slash commands: without the (privileged) message-content intent Discord sends
        # the text of those two kinds only.
        intents.guild_messages = intents.dm_messages = True
        # The bot joins no voice channel: discord.py's two warnings that voice's optional
        # libraries are missing (PyNaCl, davey) only alarmed a newcomer at every start.
        discord.VoiceClient.warn_nacl = discord.VoiceClient.warn_dave = False
        discord_rate_limits.install()  # a 429 asking NaN s had held its request, and the outbox, for ever
        client = discord.Client(
            intents=intents,
            guild_ready_timeout=self.guild_ready_timeout,
            max_ratelimit_timeout=MAX_RATELIMIT_WAIT,
            allowed_mentions=discord.AllowedMentions.none(),
        )
        self.client = client
        self.tree = app_commands.CommandTree(client)
        for command in COMMANDS:
            self.tree.add_command(self._slash_command(command))
        self.tree.error(self._on_command_error)
        self._ready = asyncio.Event()
        client.event(self.on_ready)  # type: ignore[arg-type]
        client.event(self.on_interaction)  # type: ignore[arg-type]
        client.event(self.on_message)  # type: ignore[arg-type]
        client.event(self.on_guild_remove)  # type: ignore[arg-type]
        client.event(self.on_guild_join)  # type: ignore[arg-type]
        client.event(self.on_raw_thread_update)  # type: ignore[arg-type]
        client.event(self.on_guild_channel_delete)  # type: ignore[arg-type]
        client.event(self.on_raw_thread_delete)  # type: ignore[arg-type]
        self._point_rest_at(self.settings.api_url)
        try:
            await client.login(self.settings.token)
            try:
                await self._point_gateway()
            except discord.GatewayNotFound as exc:
                # discord.py's answer to any failure of /gateway/bot, the HTTP error as its cause: it
                # had ended `run` with a traceback (a 503 there, at a restart during an outage).
                raise (exc.__cause__ if isinstance(exc.__cause__, discord.HTTPException) else exc) from None
        except discord.LoginFailure:
            await self._close_quietly()
            raise DiscordTokenRefused(f"{self.settings.token_source}: Discord refused this bot token (401 Unauthorized: "
                                    "a typo, or a token reset since); copy it again from the Discord Developer "
                                    "Portal (your application, Bot, Reset Token)") from None
        except discord.RateLimited as exc:  # a wait over MAX_RATELIMIT_WAIT (or none, discord_rate_limits)
            await self._close_quietly()
            raise DiscordUnreachable(_login_rate_limited(self.settings.api_url, f"{exc.retry_after:g} s"),
                                     retry_after=exc.retry_after) from None
        except (discord.HTTPException, discord.GatewayNotFound, aiohttp.ClientError, OSError) as exc:
            await self._close_quietly()
            if isinstance(exc, discord.HTTPException) and exc.status == 429:  # still 429 after discord.py's 5 tries
                raise DiscordUnreachable(_login_rate_limited(self.settings.api_url, "a while"),
                                         retry_after=LOGIN_429_WAIT) from None
            # A 4xx other than 401 and 429 (a 404 from an api_url that is no Discord API) is
            # asked the same way again and answered the same: not tried again.
            refused = isinstance(exc, discord.HTTPException) and exc.status < 500
            failure = DiscordStartError if refused else DiscordUnreachable
            raise failure(f"discord: cannot reach the API at {shown_feed_url(self.settings.api_url)} "
                          f"({_what_failed(exc)}); check this machine's network or proxy, or "
                          "discord.api_url / DISCORD_API_URL") from None
        discord_gateway.pace(client)  # a gateway closing each connection at once had 1,029 of them in 6 s
        self._stopping = False
        self._task = asyncio.create_task(client.connect(reconnect=True), name="discord-gateway")
        self._task.add_done_callback(self._gateway_ended)
        ready = asyncio.ensure_future(self._ready.wait())
        try:
            await asyncio.wait({ready, self._task}, timeout=self.ready_timeout, return_when=asyncio.FIRST_COMPLETED)
        finally:
            ready.cancel()
        if not self._ready.is_set():
            failure = self._task.exception() if self._task.done() and not self._task.cancelled() else None
            closed_with = discord_gateway.last_close_code(client)
            await self.stop()
            if (refusal := discord_gateway.gateway_close_text(failure)) is not None:
                code = discord_gateway.close_code(failure)
                if code == discord_gateway.TOKEN_REFUSED:
                    raise DiscordTokenRefused(f"{self.settings.token_source}: {refusal}") from None
                if code in discord_gateway.SETTING_REFUSED:
                    raise DiscordGatewayRefused(f"discord: {refusal}") from None
                raise DiscordStartError(f"discord: {refusal}") from None
            what = type(failure).__name__ if failure else f"no READY within {self.ready_timeout:g} s"
            if failure is None and closed_with != "none":
                what += f"; the gateway closed each connection, last with code {closed_with}"
            raise DiscordUnreachable(f"discord: gateway connection failed ({what}); check this machine's network "
                                     "or proxy, or discord.gateway_url / DISCORD_GATEWAY_URL")
        await self._sync_commands()

    def _gateway_ended(self, task: asyncio.Task) -> None:
        """discord.py's connection gave up for good while the bot ran (it reconnects by itself
        otherwise): say so once, in one line, since nothing else would (a token reset while the
        bot ran left Discord silent, with no word in the log). Telegram and polling go on; the
        alerts for Discord wait in the outbox."""
        if task.cancelled() or self._stopping or not self._ready.is_set() or task.exception() is None:
            return
        failure = task.exception()
        said = discord_gateway.gateway_close_text(failure) or f"the gateway connection ended ({type(failure).__name__})"
        log.error("discord: %s; Discord's commands stop and its alerts wait in the outbox until pledgewatch is "
                  "restarted", said)

    async def on_ready(self) -> None:
        # READY comes again after a reconnect that could not resume: nothing to redo then.
        self._ready.set()

    async def on_guild_remove(self, guild: discord.Guild) -> None:
        """The bot was removed from a server (or the server deleted): its channels'
        subscriptions end now, as Telegram's blocked chats do (see telegram_chat); before,
        each ended at the first alert refused (403)."""
        self.greetings.forget(guild.id)  # tidy: a later join has a new join time anyway (GreetingRecord)
        try:
            # Threads are not among guild.channels: a subscribed thread ended only at its first
            # refused alert. guild.threads holds those the gateway told of (active ones); an
            # archived thread is known by the server a command there was run in (_note_server).
            places = {str(place.id) for place in [*guild.channels, *guild.threads]}
            places.update(self.store.chats_of_server(self.platform, str(guild.id)))
            ended = [place for place in sorted(places)
                     if self.store.deactivate(self.platform, place, self.clock.now())]
        except PledgewatchError as exc:  # the store's errors are StoreError
            log.warning("discord: removed from server %s; subscriptions not ended yet: %s", guild.id, exc)
            return
        if ended:
            log.info("discord: removed from server %s: the subscriptions of %s ended", guild.id, ", ".join(ended))

    async def on_guild_channel_delete(self, channel: discord.abc.GuildChannel) -> None:
        """A channel was deleted: its subscription ends now, and the alerts waiting for it are
        counted as not sent (chat unsubscribed), as those of a server that removed the bot
        are; before, it ended at its next alert, refused (404 Unknown Channel)."""
        self._end_subscription_of(channel.id, "deleted")

    async def on_raw_thread_delete(self, payload: discord.RawThreadDeleteEvent) -> None:
        """A thread was deleted (told whether or not discord.py had it in its cache): as a channel."""
        self._end_subscription_of(payload.thread_id, "deleted")

    def _end_subscription_of(self, channel_id: int, what: str) -> None:
        if self.store is None or self.clock is None:
            return
        try:
            ended = self.store.deactivate(self.platform, str(channel_id), self.clock.now())
        except PledgewatchError as exc:  # the store's errors are StoreError
            log.warning("discord: channel %s was %s; its subscription not ended yet: %s", channel_id, what, exc)
            return
        if ended:
            log.info("discord: channel %s was %s: its subscription ended", channel_id, what)

    async def on_raw_thread_update(self, payload: discord.RawThreadUpdateEvent) -> None:
        """A thread changed (archived, most often): keep its server if it is subscribed, for a
        thread subscribed before servers were kept (see _note_server), which discord.py
        forgets once archived."""
        if self.store is None:
            return
        try:
            self.store.note_chat_server(self.platform, str(payload.thread_id), str(payload.guild_id))
        except PledgewatchError as exc:
            log.warning("discord: the server of thread %s not kept: %s", payload.thread_id, exc)

    async def on_guild_join(self, guild: discord.Guild) -> None:
        """A server added the bot (again): each of its channels that had alerts before is
        told once, in its language, that they stopped and how to get them again, unless one
        of its channels still gets them. Not resubscribed unasked: its admins removed the bot.
        A server none of whose channels had alerts is greeted once instead (_greet). A server
        outside [discord] guild_ids is told nothing: the commands are registered in those
        servers only, so the /subscribe both texts point to does not exist there.

        Told once per stay: discord.py reports as joined every server whose GUILD_CREATE lacks
        "unavailable" (state.parse_guild_create), which a restart or a new gateway session
        brings again. A server the bot joined long ago is told nothing (just_joined), and one
        told already is recorded with the bot's join time (GreetingRecord, kept in the store); a
        server that removes the bot and adds it later is told again, a new join time being a new
        stay, whether or not the bot saw the removal (on_guild_remove comes only while connected)."""
        if self.settings.guild_ids and guild.id not in self.settings.guild_ids:
            log.info("discord: added to server %s, which is not in [discord] guild_ids: no commands there, "
                     "not greeted", guild.id)
            return
        if not just_joined(guild, discord.utils.utcnow()):
            log.info("discord: server %s reported as joined, but the bot was in it before: not greeted", guild.id)
            return
        if guild.id in self._greeting or self.greetings.greeted(guild.id, joined_at(guild)):
            log.info("discord: server %s reported as joined again; told already", guild.id)
            return
        self._greeting.add(guild.id)  # two reports of one join, a moment apart, tell it once
        try:
            if await self._tell_joined(guild):
                self.greetings.record(guild.id, joined_at(guild), discord.utils.utcnow())
        finally:
            self._greeting.discard(guild.id)

    async def _tell_joined(self, guild: discord.Guild) -> bool:
        """Greet `guild`, or tell its channels that had alerts how to get them again; False
        when nothing was said (a store that cannot answer, no channel to write in...)."""
        try:
            places = [(channel, found) for channel in guild.text_channels
                      if (found := self.store.chat_subscription(self.platform, str(channel.id))) is not None]
            if any(found.active for _, found in places):
                return True  # alerts go on there: nothing to tell
            told = [(channel, found) for channel, found in places
                    if self.store.ever_sent_to(self.platform, str(channel.id))]
        except PledgewatchError as exc:
            log.warning("discord: added to server %s; its channels not told: %s", guild.id, exc)
            return False
        if not told:
            return await self._greet(guild)
        said = False
        for channel, found in told:
            try:
                await channel.send(content=t(found.lang, "welcome_back_channel"),
                                   allowed_mentions=discord.AllowedMentions.none())
            except (discord.HTTPException, aiohttp.ClientError, OSError) as exc:
                log.warning("discord: channel %s of server %s not told how to get alerts again: %s", channel.id,
                            guild.id, type(exc).__name__)
                continue
            said = True
            log.info("discord: server %s added the bot again; channel %s told how to get alerts again",
                     guild.id, channel.id)
        return said

    async def _greet(self, guild: discord.Guild) -> bool:
        """Say what the bot does and how to subscribe, in the server's language, in the first
        channel it may write in (discord_greeting.py); where it may write nowhere, only log it."""
        channel = greeting_channel(guild)
        if channel is None:
            log.info("discord: added to server %s, but may write in none of its channels: not greeted", guild.id)
            return False
        try:
            await channel.send(content=t(greeting_lang(guild), "server_welcome"),
                               allowed_mentions=discord.AllowedMentions.none())
        except (discord.HTTPException, aiohttp.ClientError, OSError) as exc:
            log.warning("discord: greeting server %s in channel %s failed: %s", guild.id, channel.id,
                        type(exc).__name__)
            return False
        log.info("discord: added to server %s; greeted in channel %s", guild.id, channel.id)
        return True

    async def stop(self) -> None:
        self._stopping = True
        await self._checks.cancel_all()
        await self._close_quietly()
        if self._task is not None:
            try:
                await asyncio.wait_for(self._task, timeout=10)
            except Exception:  # noqa: BLE001 - the task's end (closed socket...) does not matter now
                pass
            self._task = None
        self._restore_urls()
        await self.readers.close()

    async def _close_quietly(self) -> None:
        if self.client is not None and not self.client.is_closed():
            await self.client.close()

    def _point_rest_at(self, api_url: str) -> None:
        if self._saved_urls is None:
            self._saved_urls = (discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY)
        if api_url.rstrip("/") != DISCORD_API:
            discord.http.Route.BASE = api_url.rstrip("/")

    async def _point_gateway(self) -> None:
        if self.settings.gateway_url:
            discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(self.settings.gateway_url)
        elif self.settings.api_url.rstrip("/") != DISCORD_API:
            assert self.client is not None
            _, url, _ = await self.client.http.get_bot_gateway()
            discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(url)

    def _restore_urls(self) -> None:
        if self._saved_urls is not None:
            discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = self._saved_urls
            self._saved_urls = None

    async def _sync_commands(self) -> None:
        """Register the slash commands: per guild when guild_ids are set (they appear
        at once there), globally otherwise (Discord may take a while to show them)."""
        if self._synced or self.tree is None:
            return
        if self.tree.translator is None:
            await self.tree.set_translator(CommandTranslator())
        if self.settings.guild_ids and self.settings.admins:
            # The admin commands are shown only to members with Manage Server (default_permissions
            # below), and with guild_ids no command exists in direct messages: an id listed in
            # admins without that right finds no admin command anywhere, and no refusal names it.
            log.warning("discord: the admin commands are shown in servers to members with Manage Server only; "
                        "a user listed in [discord] admins without it sees none (and with guild_ids set, direct "
                        "messages have no commands): give them that right, or let a server admin show the "
                        "commands to them in Server Settings > Integrations")
        try:
            if self.settings.guild_ids:
                for guild_id in self.settings.guild_ids:
                    guild = discord.Object(id=guild_id)
                    self.tree.copy_global_to(guild=guild)
                    await self.tree.sync(guild=guild)
            else:
                await self.tree.sync()
            self._synced = True
        except discord.HTTPException as exc:
            # The bot still sends alerts; commands answer once a later start syncs them.
            log.error("discord: syncing slash commands failed: %s", http_error_text(exc))

    # -- alerts -----------------------------------------------------------------------------------

    def tell_admins(self, text_in: Callable[[str], str]) -> None:
        """A notice for the bot admins ([discord] admins), each by direct message in their
        language (`text_in(lang)`), or where their DMs are closed, in the server channel they
        last ran a command in (discord_admins.py); in the background, as the feed check after
        /feed_add is. Not connected: nobody can be told, the log says so."""
        client = self.client
        if client is None or client.is_closed():
            if self.settings.admins:
                log.warning("discord: not connected: the admins are not told")
            return
        for admin in self.settings.admins:
            self._checks.start(tell_admin(client, admin, text_in, self.admin_sightings,
                                          lambda chat_id, default: chosen_lang(self.commands.services, self.platform,
                                                                              chat_id, default)))

    async def send(self, chat_id: str, alert: Alert) -> DeliveryResult:
        return await self._send_embed(chat_id, render_embed(alert, self._chat_lang(chat_id)),
                                      f"story {alert.story_id}")

    def _chat_lang(self, chat_id: str) -> str:
        return chosen_lang(self.commands.services, self.platform, str(chat_id))

    def digest_room(self, chat_id: str, alerts: Sequence[Alert]) -> int:
        """How many of `alerts` one digest embed to this channel shows."""
        return digest_embed_room(alerts, self._chat_lang(chat_id))

    async def send_digest(self, chat_id: str, digest: Digest) -> DeliveryResult:
        """A digest-mode channel's collected alerts as one embed."""
        embed = render_digest_embed(digest.alerts, self._chat_lang(chat_id), part=digest.part, parts=digest.parts,
                                    total=digest.total)
        return await self._send_embed(chat_id, embed, "digest")

    async def edit(self, chat_id: str, message_id: str, alert: Alert) -> DeliveryResult:
        """Replace a sent alert's embed with its story's newer alert (PATCH
        /channels/{channel}/messages/{message}). Mentions stay off: an edit that omits
        allowed_mentions would fall back to the defaults."""
        if self.client is None or self.client.is_closed():
            return DeliveryResult(ok=False, error="discord: not connected")
        try:
            channel_id, message = int(chat_id), int(message_id)
        except (TypeError, ValueError):
            return DeliveryResult(ok=False, error=f"discord: bad ids {chat_id!r}/{message_id!r}", permanent=True)
        target = self.client.get_partial_messageable(channel_id).get_partial_message(message)
        await self._take_turn()
        try:
            await target.edit(embed=discord.Embed.from_dict(render_embed(alert, self._chat_lang(chat_id), updated=True)),
                              allowed_mentions=discord.AllowedMentions.none())
        except Exception as exc:  # noqa: BLE001 - every error becomes a DeliveryResult
            if isinstance(exc, discord.NotFound) and exc.code == UNKNOWN_MESSAGE:
                # deleted: the channel stays
                result = DeliveryResult(ok=False, error=http_error_text(exc), permanent=True)
            else:
                result = delivery_error(exc)
                if result.uncertain:  # an edit made twice is harmless: retry it
                    result = DeliveryResult(ok=False, error=result.error)
            log.warning("discord: editing story %s in %s failed: %s", alert.story_id, chat_id, result.error)
            return result
        return DeliveryResult(ok=True)

    async def _take_turn(self) -> None:
        """Wait until the pacer lets one more request go (sends and edits count alike)."""
        wait = self.pacer.reserve()
        if wait > 0:
            await asyncio.sleep(wait)

    async def _send_embed(self, chat_id: str, embed: dict, what: str) -> DeliveryResult:
        if self.client is None or self.client.is_closed():
            return DeliveryResult(ok=False, error="discord: not connected")
        try:
            channel_id = int(chat_id)
        except (TypeError, ValueError):
            return DeliveryResult(ok=False, error=f"discord: {chat_id!r} is not a channel id", permanent=True)
        channel = self.client.get_partial_messageable(channel_id)
        await self._take_turn()
        try:
            sent = await channel.send(embed=discord.Embed.from_dict(embed),
                                      allowed_mentions=discord.AllowedMentions.none())
        except Exception as exc:  # noqa: BLE001 - every error becomes a DeliveryResult
            result = delivery_error(exc)
            log.warning("discord: sending %s to %s failed: %s", what, chat_id, result.error)
            return result
        return DeliveryResult(ok=True, message_id=str(sent.id))

    # -- slash commands ---------------------------------------------------------------------------

    def context(self, interaction: discord.Interaction) -> ChatContext:
        """Who asks, from where, with which rights. Rights come from the interaction
        Discord signed for us (member permissions), never from the command's text."""
        in_guild = interaction.guild_id is not None
        manages_server = in_guild and bool(interaction.permissions.manage_guild)
        listed = interaction.user.id in self.settings.admins
        return ChatContext(
            platform=self.platform,
            chat_id=str(interaction.channel_id),
            user_id=str(interaction.user.id),
            is_admin=listed or (self.settings.manage_server_admins and manages_server),
            can_manage_chat=bool(interaction.permissions.manage_channels) if in_guild else True,
            lang=locale_lang(interaction.locale),
            private_chat_open=not self.settings.guild_ids,
            # The admin commands carry default_permissions(manage_guild) (see _slash_command):
            # Discord lists them for those members whether or not they are the bot's admins.
            # A bot cannot narrow that per user: command permission overrides need an OAuth2
            # bearer token (applications.commands.permissions.update), not the bot's token.
            admin_menu_beyond_admins=not self.settings.manage_server_admins,
            shown_admin_menu=not self.settings.manage_server_admins and manages_server and not listed,
            # No server, no permissions to hide a command behind (see _slash_command).
            every_command_listed=not in_guild,
            bot_cannot_post=_bot_cannot_post(interaction) if in_guild else (),
        )

    def _slash_command(self, command: Command) -> app_commands.Command:
        names = OPTION_NAMES.get(command.name, ())
        required = [f"<{n}" in command.args_help for n in names]
        callback = _make_callback(self._run, command.name, required)
        if names:
            renames = dict(zip(("first", "second"), names))
            callback = app_commands.rename(**renames)(callback)
            # What each option is, in French and German too (CommandTranslator); each had
            # been described by the command's English usage line.
            callback = app_commands.describe(**{param: option_description(command.name, option)
                                                for param, option in renames.items()})(callback)
        # In a server, offered only to the members who may run it (Discord hides it from the
        # others; a server's admins may let more members see it in Server Settings, Integrations).
        # Direct messages with the bot offer every command: the table still says who may run it.
        if command.admin:  # the members who are bot admins with manage_server_admins
            callback = app_commands.default_permissions(manage_guild=True)(callback)
        elif command.manage and not command.shows_bare:  # the right `context` reads to change a channel's alerts
            # (/lang and /mode are offered to everyone: sent bare they show the channel's setting)
            callback = app_commands.default_permissions(manage_channels=True)(callback)
        # In French and German too (CommandTranslator, set on the tree before it syncs).
        slash = app_commands.Command(name=command.name, description=command_description(command.name),
                                     callback=callback)
        if command.name == "pledges":
            slash.autocomplete("first")(self._pledge_choices)
        return slash

    async def _run(self, interaction: discord.Interaction, name: str, values: Sequence[str | None]) -> None:
        ctx = self.context(interaction)
        if self.throttle.check(ctx.chat_id, ctx.user_id, across_chats=not ends_alerts(name)) != "ok":
            # Every interaction must be answered; a private answer disturbs nobody else.
            await self._answer(interaction, Reply(text=t(ctx.lang, "slow_down")), ephemeral=True)
            return
        args = " ".join(v.strip() for v in values if v and v.strip())
        command = COMMANDS_BY_NAME[name]
        refused = _refused(command, ctx, args)
        writes = name in WRITERS and (bool(args) or not command.shows_bare)  # a bare /lang only reads
        if refused:  # the table's refusal, for the asker alone: at once, waiting for no other command
            reply = self.commands.handle(ctx, name, args)
            await self._answer(interaction, reply, ephemeral=True)
        else:
            # One waiting for its channel's command before it is deferred too: that may take longer than 3 s.
            if name in DEFERRED or writes or self.turns.busy(ctx.chat_id):
                # A follow-up is as private as the "thinking..." it replaces: /audit's must be
                # deferred ephemeral, or its answer showed in the channel.
                await interaction.response.defer(thinking=True, ephemeral=command.private)
            async with self.turns.turn(ctx.chat_id):
                reply = await self.readers.answer(self.commands, ctx, name, args)
                await self._answer(interaction, reply, ephemeral=reply.ephemeral)
        self._note_server(interaction)
        if interaction.user.id in self.settings.admins:  # where a notice reaches them if their DMs are closed
            self.admin_sightings.note(interaction.user.id, interaction.channel_id if interaction.guild_id else None,
                                      ctx.lang)
        if reply.feed_to_check and self.feed_checker is not None:
            # In the background: the interaction is answered; a follow-up says what the feed holds.
            self._checks.start(self._check_feed(interaction, *reply.feed_to_check, ctx.lang))

    def _note_server(self, interaction: discord.Interaction) -> None:
        """Keep the server of a chat that subscribed (see on_guild_remove). After the answer:
        the store's refusal (a full disk) costs no command its reply."""
        if interaction.guild_id is None or self.store is None:
            return
        try:
            self.store.note_chat_server(self.platform, str(interaction.channel_id), str(interaction.guild_id))
        except PledgewatchError as exc:
            log.warning("discord: the server of channel %s not kept: %s", interaction.channel_id, exc)

    async def _check_feed(self, interaction: discord.Interaction, feed_id: int, url: str, lang: str) -> None:
        """Fetch the feed /feed_add just added, once, and say what it holds or what is wrong."""
        assert self.feed_checker is not None
        check = await self.feed_checker.check(url)
        lang = chosen_lang(self.commands.services, self.platform, str(interaction.channel_id), lang)
        try:
            await interaction.followup.send(neutralise(feed_check_text(check, feed_id, lang)),
                                            allowed_mentions=discord.AllowedMentions.none())
        except discord.HTTPException as exc:  # the interaction expired (15 minutes) or the channel is gone
            log.info("discord: the feed check's follow-up failed: %s", http_error_text(exc))

    async def _on_command_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        """A slash command discord.py would not call: without this, a traceback in the log
        ("Ignoring exception in command") and no answer ("The application did not respond").
        An interaction without an option the command requires is Discord's copy of the command
        differing from this bot's (a global sync takes up to an hour to reach every client):
        answered with the command's usage, privately, running nothing."""
        command = interaction.command
        name = command.name if command is not None else ""
        limited = getattr(error, "original", None)
        if isinstance(limited, discord.RateLimited):  # answering again would meet the same 429
            log.warning("discord: the answer to /%s was refused with a 429 asking to wait %g s: not answered",
                        name or "?", limited.retry_after)
            return
        lang = chosen_lang(self.commands.services, self.platform, str(interaction.channel_id),
                           locale_lang(interaction.locale))
        if isinstance(error, (app_commands.CommandSignatureMismatch, app_commands.TransformerError)) \
                and name in COMMANDS_BY_NAME:
            log.warning("discord: /%s came without the options this bot registers for it (Discord's copy of the "
                        "commands is older than this bot's; it is synced again at each start): answered with "
                        "its usage", name)
            text = self.commands.usage_reply(name, lang)
        else:
            log.error("discord: /%s could not be run: %s", name or "?", error, exc_info=error)
            text = t(lang, "error_internal", name=name or "?")
        try:
            await self._answer(interaction, Reply(text=text), ephemeral=True)
        except discord.HTTPException as exc:  # the interaction expired meanwhile
            log.info("discord: answering /%s failed: %s", name or "?", http_error_text(exc))
        except (aiohttp.ClientError, RuntimeError) as exc:  # the error was the connection's; or the client closed
            log.info("discord: answering /%s failed: %s", name or "?", exc)

    async def _answer(self, interaction: discord.Interaction, reply: Reply, *, ephemeral: bool) -> None:
        """Answer in one message: a reply longer than Discord's 2000 characters shows its
        first page with Previous/Next buttons (see Pager); a photo goes as a file."""
        # User text is echoed: disarm mentions too. Pieces with a URL become masked links.
        # The footer in the reply's language: the channel's, else the asker's (as the command table chose).
        lang = chosen_lang(self.commands.services, self.platform, str(interaction.channel_id),
                           locale_lang(interaction.locale))
        pages = paginate(render_linked_text(reply.segments) if reply.segments else neutralise(reply.text), lang=lang)
        none = discord.AllowedMentions.none()
        extra: dict[str, Any] = {}
        if reply.photo:
            extra["file"] = discord.File(io.BytesIO(reply.photo), filename="chart.png")
        pager: Pager | None = None
        if len(pages) > 1:
            pager = self._new_pager(pages, interaction.user.id, locale_lang(interaction.locale))
            extra["view"] = pager
        if not interaction.response.is_done():
            await interaction.response.send_message(pages[0], ephemeral=ephemeral, allowed_mentions=none, **extra)
            if pager is not None:
                pager.closer = functools.partial(interaction.edit_original_response, view=None)
        else:
            message = await interaction.followup.send(pages[0], ephemeral=ephemeral, allowed_mentions=none,
                                                      wait=True, **extra)
            if pager is not None:
                pager.closer = functools.partial(message.edit, view=None)

    def _new_pager(self, pages: list[str], owner_id: int, lang: str) -> Pager:
        key = secrets.token_hex(8)
        pager = Pager(pages, owner_id, lang, key, on_close=lambda: self.pagers.pop(key, None),
                      timeout=self.page_timeout)
        self.pagers[key] = pager
        return pager

    async def on_message(self, message: discord.Message) -> None:
        """A newcomer who has not found the slash commands mentions the bot ("@pledgewatch
        pledges") or writes "!subscribe" to it in a direct message: told where the commands
        are instead of silence. Other guild messages (another bot's "!pledges") are not ours."""
        me = self.client.user if self.client else None
        if me is None or message.author.bot or message.author.id == me.id:
            return
        if message.guild is not None and not any(m.id == me.id for m in message.mentions):
            return
        chat_id = str(message.channel.id)
        if self.throttle.check(chat_id, str(message.author.id)) != "ok":
            return
        try:
            await message.channel.send(t(self._chat_lang(chat_id), "use_slash_commands"),
                                       allowed_mentions=discord.AllowedMentions.none())
        except discord.HTTPException as exc:
            log.info("discord: pointing %s at the slash commands failed: %s", chat_id, exc)

    async def on_interaction(self, interaction: discord.Interaction) -> None:
        """A page button whose pager is gone (timed out, or the bot restarted) gets a
        private "run the command again" instead of Discord's bare "interaction failed".
        Live pagers answer through discord.py's view store, not here."""
        if interaction.type is not discord.InteractionType.component:
            return
        custom_id = str((interaction.data or {}).get("custom_id", ""))
        if not custom_id.startswith(PAGE_ID_PREFIX):
            return
        key = custom_id[len(PAGE_ID_PREFIX):].partition(":")[0]
        pager = self.pagers.get(key)
        if pager is not None and not pager.is_finished():
            return
        try:
            await interaction.response.send_message(PAGER_TEXTS[locale_lang(interaction.locale)]["expired"],
                                                    ephemeral=True)
        except discord.HTTPException as exc:
            log.debug("discord: answering an expired page button failed: %s", http_error_text(exc))

    async def _pledge_choices(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        """Donors (by any of their names: "ger" offers Germany), categories and systems
        that complete the last word being typed, labelled in the asker's language; the
        choice keeps the words already typed so the whole filter is sent back."""
        suggestions = filter_suggestions(current, self.commands.entities, locale_lang(interaction.locale),
                                         MAX_CHOICES)
        return [app_commands.Choice(name=shown, value=value) for shown, value in suggestions]


def _refused(command: Command, ctx: ChatContext, args: str) -> bool:
    """The command table refuses these (its text says why); Discord shows the refusal
    to the asker only."""
    return (command.admin and not ctx.is_admin) or (needs_manager(command, args) and not ctx.can_manage_chat)


def _make_callback(run: Runner, name: str, required: list[bool]) -> Callable[..., Awaitable[None]]:
    """A slash-command callback with 0, 1 or 2 string options. discord.py reads the
    options from the callback's signature, so each shape is written out."""
    if not required:
        async def no_option(interaction: discord.Interaction) -> None:
            await run(interaction, name, ())
        return no_option
    if len(required) == 1:
        if required[0]:
            async def one_required(interaction: discord.Interaction, first: str) -> None:
                await run(interaction, name, (first,))
            return one_required

        async def one_optional(interaction: discord.Interaction, first: str | None = None) -> None:
            await run(interaction, name, (first,))
        return one_optional
    if required[1]:
        async def two_required(interaction: discord.Interaction, first: str, second: str) -> None:
            await run(interaction, name, (first, second))
        return two_required

    async def first_required(interaction: discord.Interaction, first: str, second: str | None = None) -> None:
        await run(interaction, name, (first, second))
    return first_required


# What the bot needs in a channel to post an alert (an embed), as Discord's settings name each.
_POSTING_PERMISSIONS = (("view_channel", "View Channel"), ("send_messages", "Send Messages"),
                        ("embed_links", "Embed Links"))


def _bot_cannot_post(interaction: discord.Interaction) -> tuple[str, ...]:
    """The permissions the bot lacks to post alerts where the command was run, read from the
    interaction (app_permissions: the bot's own in that channel, which Discord sends with it).
    A thread needs Send Messages in Threads instead of Send Messages."""
    granted = interaction.app_permissions
    in_thread = isinstance(interaction.channel, discord.Thread)
    needed = [("send_messages_in_threads", "Send Messages in Threads") if attr == "send_messages" and in_thread
              else (attr, label) for attr, label in _POSTING_PERMISSIONS]
    return tuple(label for attr, label in needed if not getattr(granted, attr, True))
