"""Settings: one TOML file plus environment overrides, validated once at start.

With no file given (`--config` or PLEDGEWATCH_CONFIG), the defaults shipped in
config/ (installed as the package `bot.defaults`) are used. Any problem stops
the program with one ConfigError line naming the key and what is wrong.
Tokens are kept out of every repr so they cannot leak into a log line.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from bot.core.feeds.addresses import (
    DEFAULT_CHAT_POLICY,
    DEFAULT_POLICY,
    POLICIES,
    allows,
    host_class,
    host_name_problem,
    literal_refusal,
    narrower,
)
from bot.core.feeds.host_scripts import mixed_script_label
from bot.core.feeds.urls import shown_feed_url
from bot.core.models import Feed
from bot.core.pledges.entities import Entities
from bot.core.text.safe_text import clean_line
from bot.entity_files import parse_entity_files
from bot.errors import ChatFeedAddressError, ConfigError, EnvironmentSettingError

DEFAULT_SETTINGS_NAME = "pledgewatch.toml"
DEFAULT_RULES_NAME = "rules.toml"
DEFAULT_FEEDS_NAME = "feeds.toml"
DEFAULT_ENTITIES_NAME = "entities.toml"
DEFAULT_WORD_LISTS_NAME = "words.toml"

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
    "story_window_hours",
    "retention_days",
    "feed_addresses",
    "chat_feed_addresses",
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
DEFAULT_WEB_LISTEN = ("127.0.0.1", 8000)


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
    story_window_hours: int = 48
    retention_days: int = 30
    feed_addresses: str = DEFAULT_POLICY  # which addresses feeds may be fetched from (bot.core.feeds.addresses)
    chat_feed_addresses: str = DEFAULT_CHAT_POLICY  # the same for feeds added from chat; never wider
    telegram: TelegramSettings = TelegramSettings()
    discord: DiscordSettings = DiscordSettings()
    websub: WebSubSettings = WebSubSettings()
    web: WebSettings = WebSettings()
    source: str = "(built-in defaults)"


def packaged_file(name: str) -> Path:
    """A file shipped in the package bot.defaults (config/), wherever it is installed.
    Found from the package's own folder: importlib.resources gave the same path (a
    folder in any install pip makes) but brought tempfile, shutil, bz2, lzma, random
    and zipfile with it, ~4 ms of every start."""
    import bot.defaults

    return Path(bot.defaults.__file__).parent / name


def default_settings_path() -> Path:
    """The shipped settings file, wherever the package is installed."""
    return packaged_file(DEFAULT_SETTINGS_NAME)


def default_rules_path() -> Path:
    """The shipped seed rules (config/rules.toml), wherever the package is installed."""
    return packaged_file(DEFAULT_RULES_NAME)


def seed_rules_file(settings: Settings) -> Path:
    """The rules imported into a database that has none: the file the settings name,
    else the shipped rules. A database never starts with zero rules by omission: it
    would store (and never again analyse) everything it polled meanwhile."""
    return settings.rules_file or default_rules_path()


def read_seed_rules(settings: Settings) -> str:
    """The text of seed_rules_file; ConfigError naming the file when it cannot be read."""
    path = seed_rules_file(settings)
    try:
        return path.read_text(encoding="utf-8-sig")  # a byte order mark skipped, as in _read_toml
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"rules: cannot read {path}: {exc}") from None


@lru_cache(maxsize=1)
def load_entities() -> Entities:
    """The entity lists shipped with pledgewatch (config/entities.toml: donors, weapon
    systems, Ukraine) with the rules' word lists (config/words.toml), read and parsed
    once per process. The core never reads files:
    the composition root (bot/app.py via RuleAdmin) hands these to it."""
    entities_text = packaged_file(DEFAULT_ENTITIES_NAME).read_text(encoding="utf-8")
    words_text = packaged_file(DEFAULT_WORD_LISTS_NAME).read_text(encoding="utf-8")
    # Parsed once and kept beside the rules' cache (~0.017 s a process otherwise).
    from bot.adapters.lexicon_cache import DiskLexicon
    from bot.adapters.ruleset_cache import parse_entity_lists

    return parse_entity_lists(entities_text, words_text, _parse_entity_lists, DiskLexicon.from_environment())


def _parse_entity_lists(entities_text: str, words_text: str) -> Entities:
    return parse_entity_files(entities_text, words_text, packaged_file(DEFAULT_ENTITIES_NAME),
                              packaged_file(DEFAULT_WORD_LISTS_NAME))


def load_settings(path: str | Path | None = None, environ: Mapping[str, str] | None = None) -> Settings:
    """Read settings from `path` (or PLEDGEWATCH_CONFIG, or the shipped defaults)."""
    env = os.environ if environ is None else environ
    settings_path = chosen_settings_path(path, env)
    if (path or env.get("PLEDGEWATCH_CONFIG", "").strip()) and not settings_path.exists():
        raise ConfigError(_missing_settings_file(settings_path, "--config" if path else "PLEDGEWATCH_CONFIG"))
    raw = _read_toml(settings_path, f"settings file {settings_path}")
    return settings_from_dict(raw, base_dir=settings_path.parent, environ=env, source=str(settings_path))


def _missing_settings_file(settings_path: Path, named_by: str) -> str:
    """What to do about a settings file that is not there ("not found" alone left a
    newcomer who mistyped the name, or never made the file, without a next step)."""
    return (f"settings file {settings_path}: not found (named by {named_by}); name an existing file, or copy "
            f"the shipped one, {default_settings_path()}, to start your own")


def chosen_settings_path(path: str | Path | None, environ: Mapping[str, str]) -> Path:
    """The settings file a command reads: --config, else PLEDGEWATCH_CONFIG, else the shipped one."""
    return Path(path or environ.get("PLEDGEWATCH_CONFIG", "").strip() or default_settings_path())


def _database(raw: Mapping[str, Any], from_environment: str) -> str:
    """The database file: PLEDGEWATCH_DB (`from_environment`, its blanks already removed)
    when set, else the settings file's `database`. An empty value or a folder failed
    later as "unable to open database file", exit 1, instead of the one line naming the
    setting that an invalid setting gets (exit 2)."""
    database = from_environment or _str(raw, "database", "pledgewatch.db")
    database_key = "database (PLEDGEWATCH_DB)" if from_environment else "database"
    if not database:
        raise ConfigError(f"{database_key}: must name a file, got an empty string")
    if Path(database).expanduser().is_dir():
        error = EnvironmentSettingError if from_environment else ConfigError
        raise error(f"{database_key}: {database[:200]!r} is a folder; name a file in it, e.g. pledgewatch.db")
    return database


def settings_from_dict(
    raw: Mapping[str, Any], *, base_dir: Path, environ: Mapping[str, str], source: str = "(dict)"
) -> Settings:
    _reject_unknown(raw, TOP_LEVEL_KEYS, "")
    # Environment values lose the blanks around them, as the settings file's strings do
    # (_str): an env file written on Windows left "x.db\r", and every command used a
    # database named with a carriage return, which no later command without it found.
    database = _database(raw, environ.get("PLEDGEWATCH_DB", "").strip())
    poll_interval = _int(raw, "poll_interval", 600, minimum=MIN_POLL_INTERVAL, maximum=MAX_POLL_INTERVAL)
    feed_addresses = _choice(raw, "feed_addresses", DEFAULT_POLICY, POLICIES)
    chat_feed_addresses = _choice(raw, "chat_feed_addresses", DEFAULT_CHAT_POLICY, POLICIES)
    if POLICIES.index(chat_feed_addresses) > POLICIES.index(feed_addresses):
        # Said rather than quietly narrowed: the operator meant chat feeds to reach more
        # than any feed may, and would otherwise wonder why /feed_add still refuses.
        raise ConfigError(f"chat_feed_addresses: {chat_feed_addresses!r} is wider than feed_addresses "
                          f"({feed_addresses!r}); widen feed_addresses too, or narrow this")
    feeds = _feeds(raw, base_dir, poll_interval, feed_addresses)
    rules_value = _str(raw, "rules", "")
    rules_file = (base_dir / rules_value) if rules_value else default_rules_path()
    if not rules_file.is_file():
        raise ConfigError(f"rules: file {rules_file} not found{_shipped_hint(rules_value)}")
    return Settings(
        # The database is relative to where pledgewatch runs, never to the
        # (possibly read-only, installed) settings folder.
        database=Path(database).expanduser(),
        poll_interval=poll_interval,
        feeds=feeds,
        rules_file=rules_file,
        feeds_file=_feeds_file(raw, base_dir),
        max_concurrent_fetches=_int(raw, "max_concurrent_fetches", 10, minimum=1, maximum=200),
        fetch_timeout=float(_int(raw, "fetch_timeout", 30, minimum=1, maximum=600)),
        max_feed_bytes=_int(raw, "max_feed_bytes", 10 * 1024 * 1024, minimum=1024),
        max_alerts_per_poll=_int(raw, "max_alerts_per_poll", 20, minimum=1),
        story_window_hours=_int(raw, "story_window_hours", 48, minimum=1, maximum=24 * 14),
        retention_days=_int(raw, "retention_days", 30, minimum=1),
        feed_addresses=feed_addresses,
        chat_feed_addresses=chat_feed_addresses,
        telegram=_telegram(raw.get("telegram", {}), environ),
        discord=_discord(raw.get("discord", {}), environ),
        websub=_websub(raw.get("websub", {}), environ),
        web=_web(raw.get("web", {})),
        source=source,
    )


# -- sections ----------------------------------------------------------------


def _feeds(raw: Mapping[str, Any], base_dir: Path, poll_interval: int, addresses: str) -> tuple[Feed, ...]:
    tables: list[tuple[str, Any]] = []
    feeds_value = raw.get("feeds", "")
    if not isinstance(feeds_value, str):
        raise ConfigError("feeds: must be a file name (inline feeds go in [[feed]] tables)")
    if feeds_value:
        feeds_path = base_dir / feeds_value
        if not feeds_path.exists():
            raise ConfigError(f"feeds: file {feeds_path} not found{_shipped_hint(feeds_value)}")
        data = _read_toml(feeds_path, f"feeds: file {feeds_path}")
        _reject_unknown(data, {"feed"}, f"{feeds_value}: ")
        tables += [(f"{feeds_value}: feed[{i}]", t) for i, t in enumerate(_table_list(data, "feed", feeds_value))]
    tables += [(f"feed[{i}]", t) for i, t in enumerate(_table_list(raw, "feed", "settings"))]

    feeds: list[Feed] = []
    seen: set[str] = set()
    for where, table in tables:
        _reject_unknown(table, FEED_KEYS, f"{where}.")
        if "url" not in table:  # said as such: "'' is not an http:// URL" pointed at a value nobody wrote
            raise ConfigError(f"{where}.url: missing: each [[feed]] table needs the feed's url")
        url = _str(table, "url", "", where=where)
        check_feed_url(url, f"{where}.url", addresses)
        if url in seen:
            raise ConfigError(f"{where}.url: {shown_feed_url(url)} is listed twice")
        seen.add(url)
        lang = _str(table, "lang", "", where=where) or None
        check_lang(lang, f"{where}.lang")
        interval = table.get("interval")
        if interval is not None:
            interval = _int(table, "interval", poll_interval, minimum=MIN_POLL_INTERVAL, maximum=MAX_POLL_INTERVAL,
                            where=where)
        # Every alert's source line: one line without control or invisible characters, at
        # most MAX_FEED_NAME_CHARS, as `feeds add` and /feed_add make it.
        name = clean_line(_str(table, "name", "", where=where))[:MAX_FEED_NAME_CHARS]
        name = name or shown_feed_url(url)  # no credentials in alerts
        feeds.append(Feed(url=url, name=name, lang=lang, interval=interval))
    return tuple(feeds)


def _shipped_hint(name: str) -> str:
    """For a copy of the shipped settings, whose `feeds` and `rules` name files beside it:
    the copy alone failed with "feeds.toml not found" and no word of where that file is."""
    shipped = packaged_file(Path(name).name)
    if Path(name).name not in (DEFAULT_FEEDS_NAME, DEFAULT_RULES_NAME) or not shipped.is_file():
        return ""
    return f" (names are relative to the settings file; the shipped one is {shipped}: copy it there or name it)"


def _feeds_file(raw: Mapping[str, Any], base_dir: Path) -> Path | None:
    value = raw.get("feeds", "")
    return base_dir / value if isinstance(value, str) and value.strip() else None


MAX_FEED_URL_CHARS = 2048
MAX_FEED_NAME_CHARS = 200
# A week. Without a bound, poll_interval = 9223372036854775807 passed and the next poll's
# time overflowed in every poll: each feed failed to store, for good.
MAX_POLL_INTERVAL = 7 * 24 * 3600
# Polling a feed more often than this is impolite to its server and finds nothing sooner.
MIN_POLL_INTERVAL = 30


def check_feed_url(url: str, key: str = "url", addresses: str = DEFAULT_POLICY) -> None:
    """A feed URL must be absolute http(s) with a valid host (the fetcher never opens
    local files), at most 2,048 characters, and not an IP address the address policy
    would refuse anyway (names are checked when they are resolved)."""
    if len(url) > MAX_FEED_URL_CHARS:
        raise ConfigError(f"{key}: longer than {MAX_FEED_URL_CHARS} characters")
    _check_http(url, key)
    host = urlsplit(url).hostname or ""
    reason = literal_refusal(host, addresses)
    if reason:
        raise ConfigError(f"{key}: {reason}")
    if not host.isascii() or "xn--" in host:
        try:
            unicode_host, ascii_form = _host_forms(url)
        except (ValueError, UnicodeError) as exc:  # what IDNA 2008 forbids ("☃.example") cannot be fetched
            raise ConfigError(f"{key}: the host {host!r} is not a valid international name ({exc})") from None
        mixed = mixed_script_label(unicode_host)
        if mixed is not None:
            # "nеws.example.com" (a Cyrillic "е") looks like news.example.com and is another site.
            raise ConfigError(f"{key}: the host {unicode_host!r} mixes {mixed.describe()}; in ASCII it is "
                              f"{ascii_form}, not the site it looks like. Type the address in one script")


def check_chat_feed_url(url: str, addresses: str, chat_addresses: str) -> None:
    """check_feed_url for a feed added from chat, which must pass `chat_addresses` as well
    as `addresses`: a URL naming this host (localhost, 127.0.0.1, [::1]) or a private address
    that the narrower of the two refuses raises ChatFeedAddressError.

    The host is judged as written and as the fetcher reads it: yarl maps "ｌｏｃａｌｈｏｓｔ"
    (full-width letters) to localhost and "127。0。0。1" to 127.0.0.1, which the written form
    does not show. A name that only resolves to such an address is refused when fetched
    (bot.adapters.feed_http applies the chat policy to feeds added from chat)."""
    # The form first (any address passes here), then the address under the narrower policy,
    # so that a refused host gets the one reply that names chat_feed_addresses.
    check_feed_url(url, key="feed", addresses="private")
    chat_addresses = narrower(chat_addresses, addresses)
    written = urlsplit(url).hostname or ""
    hosts = [written]
    try:
        hosts.append(_host_forms(url)[1])
    except (ValueError, UnicodeError):
        pass  # check_feed_url passed it: nothing else to read
    for host in hosts:
        kind = host_class(host)
        if kind is not None and not allows(chat_addresses, kind):
            raise ChatFeedAddressError(written, kind, chat_addresses)


def ascii_host(url: str) -> str | None:
    """The host of `url` as it is fetched (IDNA, "xn--..."), when that is not how it is written:
    shown beside it when a feed is added, so a whole-script look-alike ("аррӏе.com" in Cyrillic)
    shows what it is."""
    host = urlsplit(url).hostname or ""
    if host.isascii() and "xn--" not in host:
        return None
    try:
        ascii_form = _host_forms(url)[1]
    except (ValueError, UnicodeError):
        return None
    return ascii_form if ascii_form != host else None


def _host_forms(url: str) -> tuple[str, str]:
    """The host of a checked URL in Unicode (an "xn--" label decoded, "ｅ" read as "e") and in
    ASCII, as the fetcher (aiohttp's yarl, IDNA 2008 with UTS 46) reads it."""
    from yarl import URL  # only for the rare host that is not plain ASCII: start-up does without it

    parsed = URL(url)
    return parsed.host or "", parsed.raw_host or ""


def check_lang(lang: str | None, key: str = "lang") -> None:
    """A language code such as en, fr, de-CH (or none). Two letters first, as the feed
    reader takes them (bot/adapters/feed_parse.py): "english" or "deu" passed this check
    and were then dropped without a word, so the hint a user gave did nothing."""
    if lang is not None and not _LANGUAGE_CODE.fullmatch(lang):
        raise ConfigError(f"{key}: {lang!r} is not a language code such as 'en', 'fr' or 'de-CH' "
                          "(two letters, then optional -subtags)")


_LANGUAGE_CODE = re.compile(r"[A-Za-z]{2}(?:[-_][A-Za-z0-9]{1,8})*")


def _url_setting(raw: Mapping[str, Any], environment_value: str, variable: str, key: str, default: str,
                 check: Callable[[str, str], None] | None = None) -> str:
    """A URL setting (or ""), the environment's value first, checked by `check` (an
    http(s) URL unless told). An error names the variable when the value came from it:
    "settings file X: telegram.api_url: ..." sent a newcomer to a file that did not hold
    the value at fault."""
    from_environment = environment_value.strip()
    url = from_environment or _str(raw, key.split(".")[1], default, where=key.split(".")[0])
    if url:
        try:
            (check or _check_http)(url, variable if from_environment else key)
        except ConfigError as exc:
            raise (EnvironmentSettingError(str(exc)) if from_environment else exc) from None
    return url


def _check_section(raw: Any, name: str, allowed: set[str]) -> None:
    """A [name] table holding only the keys it knows."""
    if not isinstance(raw, Mapping):
        raise ConfigError(f"{name}: must be a table")
    _reject_unknown(raw, allowed, f"{name}.")


def _telegram(raw: Any, environ: Mapping[str, str]) -> TelegramSettings:
    _check_section(raw, "telegram", TELEGRAM_KEYS)
    api_url = _url_setting(raw, environ.get("TELEGRAM_API_URL", ""), "TELEGRAM_API_URL", "telegram.api_url",
                           TelegramSettings.api_url)
    token, token_source = _token(raw, environ.get("TELEGRAM_BOT_TOKEN", ""), "TELEGRAM_BOT_TOKEN", "telegram")
    return TelegramSettings(
        token=token,
        token_source=token_source,
        api_url=api_url.rstrip("/"),
        admins=_ids(raw, "admins", "telegram"),
    )


def _discord(raw: Any, environ: Mapping[str, str]) -> DiscordSettings:
    _check_section(raw, "discord", DISCORD_KEYS)
    api_url = _url_setting(raw, environ.get("DISCORD_API_URL", ""), "DISCORD_API_URL", "discord.api_url",
                           DiscordSettings.api_url)
    gateway_url = _url_setting(raw, environ.get("DISCORD_GATEWAY_URL", ""), "DISCORD_GATEWAY_URL",
                               "discord.gateway_url", "", check=_check_websocket)
    token, token_source = _token(raw, environ.get("DISCORD_BOT_TOKEN", ""), "DISCORD_BOT_TOKEN", "discord")
    return DiscordSettings(
        token=token,
        token_source=token_source,
        api_url=api_url.rstrip("/"),
        gateway_url=gateway_url,
        admins=_ids(raw, "admins", "discord"),
        guild_ids=_ids(raw, "guild_ids", "discord"),
        manage_server_admins=_bool(raw, "manage_server_admins", False, "discord"),
    )


def _token(raw: Mapping[str, Any], environment_value: str, variable: str, platform: str) -> tuple[str, str]:
    """A platform's bot token (the environment's first, else the settings file's) and
    where it was read, checked for the mistakes of copying one by hand. Blanks around it
    are dropped: `export TOKEN="$(cat file)"` keeps none, but an env file written on
    Windows or by `echo` keeps its line end, which httpx refused with a bare InvalidURL."""
    from_environment = environment_value.strip()
    token, source = (from_environment, variable) if from_environment else \
        (_str(raw, "token", "", where=platform), f"{platform}.token")
    if token:
        try:
            _check_token(token, source, platform)
        except ConfigError as exc:
            raise (EnvironmentSettingError(str(exc)) if from_environment else exc) from None
    return token, source


# Telegram's tokens are the bot's numeric id, a colon and a secret (as @BotFather gives
# them); Discord's are three base64 parts joined by dots.
_TELEGRAM_TOKEN = re.compile(r"[0-9]+:[A-Za-z0-9_-]+")
_DISCORD_TOKEN = re.compile(r"[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")
_WHERE_TOKENS_ARE = {
    "telegram": "the token @BotFather gave your bot (digits, a colon, then letters: 123456789:AA...)",
    "discord": "the token of your application's Bot page in the Discord Developer Portal",
}


def _check_token(token: str, source: str, platform: str) -> None:
    """ConfigError saying what is wrong with a token pasted by hand and what to give
    instead; checked before any request, since the platform's own answer (401, or
    httpx's InvalidURL for a quote or a line break) says nothing of the cause."""
    wanted = _WHERE_TOKENS_ARE[platform]
    if token[0] in "\"'" or token[-1] in "\"'":
        raise ConfigError(f"{source}: the token is wrapped in quotes, which are then part of it "
                          f"(an env file keeps them); give {wanted} without quotes")
    if any(char.isspace() or not char.isprintable() for char in token):
        raise ConfigError(f"{source}: the token holds a blank, a line break or a control character; "
                          f"give {wanted} as one word")
    if platform == "telegram" and not _TELEGRAM_TOKEN.fullmatch(token):
        if _DISCORD_TOKEN.fullmatch(token):
            raise ConfigError(f"{source}: this is a Discord bot token (three parts joined by dots); set it as "
                              f"DISCORD_BOT_TOKEN, and give here {wanted}")
        raise ConfigError(f"{source}: this is not a Telegram bot token; give {wanted}")
    if platform == "discord" and _TELEGRAM_TOKEN.fullmatch(token):
        raise ConfigError(f"{source}: this is a Telegram bot token (digits, a colon, then letters); set it as "
                          f"TELEGRAM_BOT_TOKEN, and give here {wanted}")


def _websub(raw: Any, environ: Mapping[str, str]) -> WebSubSettings:
    _check_section(raw, "websub", WEBSUB_KEYS)
    callback_url = _url_setting(raw, environ.get("PLEDGEWATCH_WEBSUB_CALLBACK", ""), "PLEDGEWATCH_WEBSUB_CALLBACK",
                                "websub.callback_url", "")
    host, port = parse_listen(_str(raw, "listen", "127.0.0.1:8080", where="websub"), "websub.listen",
                              example="0.0.0.0:8080")
    return WebSubSettings(
        callback_url=callback_url.rstrip("/"),
        listen_host=host,
        listen_port=port,
        lease_days=_int(raw, "lease_days", 10, minimum=1, maximum=365, where="websub"),
    )


def parse_listen(value: str, key: str, example: str = "127.0.0.1:8000") -> tuple[str, int]:
    """ "host:port" (IPv6 in brackets) -> (host, port), or one ConfigError line naming `key`.
    The one reading of every listen address: [web] listen, [websub] listen, `web --listen`."""
    host, _, port = value.strip().rpartition(":")
    # "[::1:80" lost its bracket and listened on ::1 as if it were right.
    unbalanced = host.startswith("[") != host.endswith("]")
    # (isdigit() alone also takes "²" and "٣", which int() refuses or reads as another port)
    if not host or unbalanced or not (port.isascii() and port.isdigit()) or not 0 <= int(port) <= 65535:
        raise ConfigError(f"{key}: {value!r} is not host:port (e.g. {example})")
    return host.strip("[]"), int(port)


def _web(raw: Any) -> WebSettings:
    _check_section(raw, "web", WEB_KEYS)
    public_url = _str(raw, "public_url", "", where="web")
    if public_url:
        _check_http(public_url, "web.public_url")
        parts = urlsplit(public_url)
        if parts.query or parts.fragment:
            raise ConfigError(f"web.public_url: {shown_feed_url(public_url)[:200]!r} has a query or fragment; "
                              "give the tracker's base address (e.g. https://pledges.example.org)")
    public_url = public_url.rstrip("/")
    listen = _str(raw, "listen", "", where="web")
    if not listen:
        return WebSettings(public_url=public_url)
    host, port = parse_listen(listen, "web.listen")
    return WebSettings(listen_host=host, listen_port=port, public_url=public_url)


# Far above any real settings or feeds file (a thousand feeds are ~100 KB).
MAX_SETTINGS_FILE_BYTES = 16 * 1024 * 1024


def _read_toml(path: Path, label: str) -> dict[str, Any]:
    """A TOML file's tables, or one ConfigError line starting with `label`.
    Bounded: `--config /dev/zero` read (and grew) without end. A UTF-8 byte order mark,
    which Windows editors write, is skipped: it was "invalid TOML at line 1, column 1"."""
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_SETTINGS_FILE_BYTES + 1)
        if len(data) > MAX_SETTINGS_FILE_BYTES:
            raise ConfigError(f"{label}: larger than {MAX_SETTINGS_FILE_BYTES} bytes; not a settings file")
        return tomllib.loads(data.decode("utf-8-sig"))
    except FileNotFoundError:
        raise ConfigError(f"{label}: not found") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{label}: invalid TOML: {exc}") from None
    except RecursionError:  # tomllib recurses once per nested array or table: "a = [[[[..." ended with a traceback
        raise ConfigError(f"{label}: invalid TOML: arrays or tables nested too deeply") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{label}: cannot read: {exc}") from None


# -- value checks -----------------------------------------------------------------


def _reject_unknown(table: Mapping[str, Any], allowed: set[str], prefix: str) -> None:
    for key in table:
        if key not in allowed:
            raise ConfigError(f"{prefix}{key}: unknown setting (allowed: {', '.join(sorted(allowed))})")


def _table_list(raw: Mapping[str, Any], key: str, where: str) -> list[Mapping[str, Any]]:
    value = raw.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, Mapping) for v in value):
        raise ConfigError(f"{where}: '{key}' must be written as [[{key}]] tables")
    return value


def _str(raw: Mapping[str, Any], key: str, default: str, where: str = "") -> str:
    value = raw.get(key, default)
    if not isinstance(value, str):
        raise ConfigError(f"{_name(where, key)}: must be a string, got {type(value).__name__}")
    return value.strip()


def _int(
    raw: Mapping[str, Any], key: str, default: int, *, minimum: int, maximum: int | None = None, where: str = ""
) -> int:
    value = raw.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int):
        raise ConfigError(f"{_name(where, key)}: must be a whole number, got {value!r}")
    if value < minimum or (maximum is not None and value > maximum):
        bound = f"between {minimum} and {maximum}" if maximum is not None else f"at least {minimum}"
        raise ConfigError(f"{_name(where, key)}: must be {bound}, got {value}")
    return value


def _choice(raw: Mapping[str, Any], key: str, default: str, allowed: tuple[str, ...]) -> str:
    value = _str(raw, key, default)
    if value not in allowed:
        raise ConfigError(f"{key}: must be one of {', '.join(repr(a) for a in allowed)}, got {value!r}")
    return value


def _bool(raw: Mapping[str, Any], key: str, default: bool, where: str) -> bool:
    value = raw.get(key, default)
    if not isinstance(value, bool):
        raise ConfigError(f"{where}.{key}: must be true or false, got {value!r}")
    return value


def _ids(raw: Mapping[str, Any], key: str, where: str) -> tuple[int, ...]:
    value = raw.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, int) and not isinstance(v, bool) for v in value):
        raise ConfigError(f"{where}.{key}: must be a list of numeric ids, e.g. [123456789]")
    return tuple(value)


def _check_websocket(url: str, key: str) -> None:
    """A ws:// or wss:// URL (Discord's gateway). urlsplit raises ValueError for an
    unclosed IPv6 bracket ("ws://[::1"), which escaped as a traceback."""
    shown = shown_feed_url(url)[:200]
    try:
        scheme = urlsplit(url).scheme
    except ValueError as exc:
        raise ConfigError(f"{key}: {shown!r} is not a valid URL ({exc})") from None
    if scheme not in ("ws", "wss"):
        raise ConfigError(f"{key}: {shown!r} is not a ws:// or wss:// URL")


def _check_http(url: str, key: str) -> None:
    # The URL is quoted without user name, password or query (shown_feed_url): these
    # messages reach the console, logs and chat replies, and a private feed's key is in there.
    shown = shown_feed_url(url)[:200]
    try:
        parts = urlsplit(url)
        host = parts.hostname
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError as exc:  # e.g. "http://[::1" (an unclosed IPv6 bracket)
        raise ConfigError(f"{key}: {shown!r} is not a valid URL ({exc})") from None
    # No blank and nothing unprintable: every blank but the space is unprintable, so two
    # C-level checks (a loop over the characters cost ~2 ms of a start with 200 feeds).
    if not url.isprintable() or " " in url:
        raise ConfigError(f"{key}: {shown!r} is not an http:// or https:// URL (it holds a blank or a control "
                          "character)")
    if parts.scheme not in ("http", "https") or not host:
        raise ConfigError(f"{key}: {shown!r} is not an http:// or https:// URL")
    if "\\" in parts.netloc:
        # Read here as a user name before "@" and by the fetcher as no URL at all: stored,
        # then failed every poll as "invalid URL" (a browser reads it as a "/").
        raise ConfigError(f"{key}: {shown!r} is not a valid URL (a backslash before its path)")
    problem = host_name_problem(host)
    if problem:
        # "http://a..b/" was accepted, and then no fetch of it could even be attempted.
        raise ConfigError(f"{key}: {shown!r} has no valid host name ({problem})")


def _name(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key
