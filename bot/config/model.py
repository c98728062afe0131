"""The settings as the program uses them, with their defaults: `Settings` and one
dataclass per platform table, the keys each table of a settings file may hold, and the
bounds of the poll interval. Read and checked by bot/config/; nothing here reads a
file or the environment."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from bot.core.feeds.addresses import DEFAULT_CHAT_POLICY, DEFAULT_POLICY
from bot.core.models import Feed

TOP_LEVEL_KEYS = {
    "database",
    "poll_interval",
    "feeds",
    "feed",
    "rules",
    "max_concurrent_fetches",
    "fetch_timeout",
    "max_feed_bytes",
    "max_alerts_per_poll",
    "analysis_workers",
    "story_window_hours",
    "retention_days",
    "feed_addresses",
    "chat_feed_addresses",
    "max_feeds_per_chat",
    "telegram",
    "discord",
    "websub",
    "web",
}
FEED_KEYS = {"url", "name", "lang", "interval"}
TELEGRAM_KEYS = {"token", "api_url", "admins"}
DISCORD_KEYS = {"token", "api_url", "gateway_url", "admins", "guild_ids", "manage_server_admins"}
WEBSUB_KEYS = {"callback_url", "listen", "lease_days"}
WEB_KEYS = {"listen", "public_url"}
SECTION_KEYS = {"[[feed]]": FEED_KEYS, "[telegram]": TELEGRAM_KEYS, "[discord]": DISCORD_KEYS,
                "[websub]": WEBSUB_KEYS, "[web]": WEB_KEYS}
DEFAULT_WEB_LISTEN = ("127.0.0.1", 8000)
# analysis_workers' default: decided from the CPUs the process may use (bot.cpu_share).
AUTO_WORKERS = "auto"
# Feeds one chat's admins may add with /feed_add (the operator's `feeds add` has no bound):
# every feed is fetched on every round, so a chat admin could otherwise make the bot poll
# thousands of addresses of their choosing.
DEFAULT_MAX_FEEDS_PER_CHAT = 50
MAX_FEEDS_PER_CHAT_BOUND = 10_000


@dataclass(frozen=True)
class TelegramSettings:
    token: str = field(default="", repr=False)
    token_source: str = field(default="telegram.token", repr=False, compare=False)  # named in errors
    api_url: str = "https://api.telegram.org"
    admins: tuple[int, ...] = ()

    @property
    def enabled(self) -> bool:
        return bool(self.token)


@dataclass(frozen=True)
class DiscordSettings:
    token: str = field(default="", repr=False)
    token_source: str = field(default="discord.token", repr=False, compare=False)  # named in errors
    api_url: str = "https://discord.com/api/v10"
    gateway_url: str = ""
    admins: tuple[int, ...] = ()
    guild_ids: tuple[int, ...] = ()
    manage_server_admins: bool = False  # members with Manage Server may also edit rules and feeds

    @property
    def enabled(self) -> bool:
        return bool(self.token)


@dataclass(frozen=True)
class WebSubSettings:
    """Push delivery from feeds that advertise a WebSub hub. Off unless the bot has a
    public callback URL: hubs must be able to reach it."""

    callback_url: str = ""  # public base URL that reaches `listen`, e.g. https://bot.example.org/websub
    listen_host: str = "127.0.0.1"
    listen_port: int = 8080
    lease_days: int = 10

    @property
    def enabled(self) -> bool:
        return bool(self.callback_url)


@dataclass(frozen=True)
class WebSettings:
    """The read-only web tracker (bot/web). `run` serves it only when `listen` is set;
    `pledgewatch web` serves it on `listen`, else on DEFAULT_WEB_LISTEN."""

    listen_host: str = ""
    listen_port: int = 0
    # The tracker's address as readers reach it (e.g. behind a reverse proxy), without a
    # trailing slash: the Atom feed's absolute links start with it. Empty: relative links.
    public_url: str = ""

    @property
    def enabled(self) -> bool:
        return bool(self.listen_host)


@dataclass(frozen=True)
class Settings:
    database: Path
    poll_interval: int = 600
    feeds: tuple[Feed, ...] = ()
    rules_file: Path | None = None  # the seed rules; None means the shipped ones (see seed_rules_file)
    feeds_file: Path | None = None  # where `feeds` came from (for the start-up summary)
    max_concurrent_fetches: int = 10
    fetch_timeout: float = 30.0
    max_feed_bytes: int = 10 * 1024 * 1024
    max_alerts_per_poll: int = 20
    # Processes parsing and analysing large polls (bot.analysis_worker), or AUTO_WORKERS (the default):
    # one when the bot may use 2 CPUs or more, else none (bot.cpu_share); 0 is a thread of the bot's process.
    analysis_workers: int | str = AUTO_WORKERS
    story_window_hours: int = 48
    retention_days: int = 30
    feed_addresses: str = DEFAULT_POLICY  # which addresses feeds may be fetched from (bot.core.feeds.addresses)
    chat_feed_addresses: str = DEFAULT_CHAT_POLICY  # the same for feeds added from chat; never wider
    max_feeds_per_chat: int = DEFAULT_MAX_FEEDS_PER_CHAT
    telegram: TelegramSettings = TelegramSettings()
    discord: DiscordSettings = DiscordSettings()
    websub: WebSubSettings = WebSubSettings()
    web: WebSettings = WebSettings()
    source: str = "(built-in defaults)"


# A week. Without a bound, poll_interval = 9223372036854775807 passed and the next poll's
# time overflowed in every poll: each feed failed to store, for good.
MAX_POLL_INTERVAL = 7 * 24 * 3600
# Polling a feed more often than this is impolite to its server and finds nothing sooner.
MIN_POLL_INTERVAL = 30
