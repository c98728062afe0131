"""Settings: one TOML file plus environment overrides, validated once at start.

With no file given (`--config` or PLEDGEWATCH_CONFIG), the defaults shipped in
config/ (installed as the package `bot.defaults`) are used. Any problem stops
the program with one ConfigError line naming the key and what is wrong.
Tokens are kept out of every repr so they cannot leak into a log line.

This package's __init__ reads the settings file and its top-level keys, and the shipped
entity lists (load_entities); each other job is a module of its own in bot/config/, and
their public names are importable from bot.config as before:
  model.py        Settings and the platform dataclasses, their defaults, the keys allowed
  values.py       the checks of one value, each one ConfigError line naming its key
  toml_files.py   reading a settings or feeds file
  shipped.py      the files shipped in config/ (bot.defaults) and the seed rules
  environment.py  what the environment may give instead (PLEDGEWATCH_DB, URLs, tokens)
  feeds.py        the feeds listed, and the checks of a feed's address and language
  sections.py     the [telegram], [discord], [websub] and [web] tables
Each imports only those listed above it (tests/project/test_architecture.py).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

from bot.config.environment import database_setting
from bot.config.feeds import (
    MAX_FEED_NAME_CHARS,
    MAX_FEED_URL_CHARS,
    ascii_host,
    check_chat_feed_url,
    check_feed_url,
    check_lang,
    feed_address,
    feeds_file_setting,
    listed_feeds,
    watched_address,
)
from bot.config.model import (
    AUTO_WORKERS,
    DEFAULT_MAX_FEEDS_PER_CHAT,
    DEFAULT_WEB_LISTEN,
    DISCORD_KEYS,
    FEED_KEYS,
    MAX_FEEDS_PER_CHAT_BOUND,
    MAX_POLL_INTERVAL,
    MIN_POLL_INTERVAL,
    TELEGRAM_KEYS,
    TOP_LEVEL_KEYS,
    WEB_KEYS,
    WEBSUB_KEYS,
    DiscordSettings,
    Settings,
    TelegramSettings,
    WebSettings,
    WebSubSettings,
)
from bot.config.sections import discord_section, parse_listen, telegram_section, web_section, websub_section
from bot.config.shipped import (
    DEFAULT_ENTITIES_NAME,
    DEFAULT_FEEDS_NAME,
    DEFAULT_RULES_NAME,
    DEFAULT_SETTINGS_NAME,
    DEFAULT_WORD_LISTS_NAME,
    default_rules_path,
    default_settings_path,
    named_file,
    packaged_file,
    read_seed_rules,
    seed_rules_file,
    shipped_hint,
)
from bot.config.toml_files import MAX_SETTINGS_FILE_BYTES, read_toml
from bot.config.values import (
    choice_setting,
    int_setting,
    reject_unknown,
    str_setting,
)
from bot.core.feeds.addresses import (
    DEFAULT_CHAT_POLICY,
    DEFAULT_POLICY,
    POLICIES,
)
from bot.core.pledges.passes.entities import Entities
from bot.entity_files import parse_entity_files
from bot.errors import ConfigError


# The entity lists are read here, through this module's packaged_file: replacing
# bot.config.packaged_file (as tests of hand-edited lists do) changes the files read.
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
    raw = read_toml(settings_path, f"settings file {settings_path}")
    return settings_from_dict(raw, base_dir=settings_path.parent, environ=env, source=str(settings_path))


def _missing_settings_file(settings_path: Path, named_by: str) -> str:
    """What to do about a settings file that is not there ("not found" alone left a
    newcomer who mistyped the name, or never made the file, without a next step)."""
    return (f"settings file {settings_path}: not found (named by {named_by}); name an existing file, or copy "
            f"the shipped one, {default_settings_path()}, to start your own")


def chosen_settings_path(path: str | Path | None, environ: Mapping[str, str]) -> Path:
    """The settings file a command reads: --config, else PLEDGEWATCH_CONFIG, else the shipped one."""
    return Path(path or environ.get("PLEDGEWATCH_CONFIG", "").strip() or default_settings_path())


# The other files of config/, by their top-level keys, and how they are given instead.
_OTHER_FILES = (
    ({"threshold", "rule"}, "a rules file (threshold and [[rule]] tables)",
     "name it in the settings (rules = \"FILE\") or load it with `pledgewatch rules import FILE`"),
    ({"donors", "systems", "ukraine", "others", "places", "countries"}, "an entity lists file (like entities.toml)",
     "pledgewatch reads its own config/entities.toml (edit that one); --config takes a settings file"),
    ({"words"}, "a word lists file (like words.toml)",
     "pledgewatch reads its own config/words.toml (edit that one); --config takes a settings file"),
)


def _other_kind_of_file(raw: Mapping[str, Any]) -> str | None:
    """What to say of a file given as the settings that is one of config/'s other files: its
    first key was refused as an "unknown setting", leaving the newcomer who gave the rules
    file to --config to guess why."""
    keys = set(raw)
    if not keys or keys <= TOP_LEVEL_KEYS:
        return None
    for known, kind, instead in _OTHER_FILES:
        if keys <= known:
            return f"this is {kind}, not a settings file: {instead}"
    return None


def settings_from_dict(
    raw: Mapping[str, Any], *, base_dir: Path, environ: Mapping[str, str], source: str = "(dict)"
) -> Settings:
    if other := _other_kind_of_file(raw):
        raise ConfigError(other)
    reject_unknown(raw, TOP_LEVEL_KEYS, "")
    # Environment values lose the blanks around them, as the settings file's strings do
    # (str_setting): an env file written on Windows left "x.db\r", and every command used a
    # database named with a carriage return, which no later command without it found.
    database = database_setting(raw, environ.get("PLEDGEWATCH_DB", "").strip())
    poll_interval = int_setting(raw, "poll_interval", 600, minimum=MIN_POLL_INTERVAL, maximum=MAX_POLL_INTERVAL)
    feed_addresses = choice_setting(raw, "feed_addresses", DEFAULT_POLICY, POLICIES)
    chat_feed_addresses = choice_setting(raw, "chat_feed_addresses", DEFAULT_CHAT_POLICY, POLICIES)
    if POLICIES.index(chat_feed_addresses) > POLICIES.index(feed_addresses):
        # Said rather than quietly narrowed: the operator meant chat feeds to reach more
        # than any feed may, and would otherwise wonder why /feed_add still refuses.
        raise ConfigError(f"chat_feed_addresses: {chat_feed_addresses!r} is wider than feed_addresses "
                          f"({feed_addresses!r}); widen feed_addresses too, or narrow this")
    feeds = listed_feeds(raw, base_dir, poll_interval, feed_addresses)
    rules_value = str_setting(raw, "rules", "")
    rules_file = named_file(base_dir, rules_value) if rules_value else default_rules_path()
    if not rules_file.is_file():
        # A folder or /dev/zero named here had been "not found", which sent the person looking for a typo.
        if rules_file.exists():
            raise ConfigError(f"rules: {rules_file} is a folder or a device, not a rules file")
        raise ConfigError(f"rules: file {rules_file} not found{shipped_hint(rules_value)}")
    return Settings(
        # The database is relative to where pledgewatch runs, never to the
        # (possibly read-only, installed) settings folder.
        database=Path(database).expanduser(),
        poll_interval=poll_interval,
        feeds=feeds,
        rules_file=rules_file,
        feeds_file=feeds_file_setting(raw, base_dir),
        max_concurrent_fetches=int_setting(raw, "max_concurrent_fetches", 10, minimum=1, maximum=200),
        fetch_timeout=float(int_setting(raw, "fetch_timeout", 30, minimum=1, maximum=600)),
        max_feed_bytes=int_setting(raw, "max_feed_bytes", 10 * 1024 * 1024, minimum=1024),
        max_alerts_per_poll=int_setting(raw, "max_alerts_per_poll", 20, minimum=1),
        analysis_workers=analysis_workers_setting(raw),
        story_window_hours=int_setting(raw, "story_window_hours", 48, minimum=1, maximum=24 * 14),
        retention_days=int_setting(raw, "retention_days", 30, minimum=1),
        feed_addresses=feed_addresses,
        chat_feed_addresses=chat_feed_addresses,
        max_feeds_per_chat=int_setting(raw, "max_feeds_per_chat", DEFAULT_MAX_FEEDS_PER_CHAT, minimum=0,
                                       maximum=MAX_FEEDS_PER_CHAT_BOUND),
        telegram=telegram_section(raw.get("telegram", {}), environ),
        discord=discord_section(raw.get("discord", {}), environ),
        websub=websub_section(raw.get("websub", {}), environ),
        web=web_section(raw.get("web", {})),
        source=source,
    )


def analysis_workers_setting(raw: Mapping[str, Any]) -> int | str:
    """A number of worker processes (0 to 8), or "auto" (the default): one when the machine
    gives the bot a second CPU, decided when the poller is made (bot.cpu_share)."""
    if raw.get("analysis_workers", AUTO_WORKERS) == AUTO_WORKERS:
        return AUTO_WORKERS
    try:
        return int_setting(raw, "analysis_workers", 0, minimum=0, maximum=8)
    except ConfigError as exc:
        raise ConfigError(f'{exc}; or "auto": one when the bot may use 2 CPUs or more, else 0') from None


# Every public name bot/config.py had before it became this package, importable from here as before.
__all__ = [
    # shipped.py
    "DEFAULT_SETTINGS_NAME",
    "DEFAULT_RULES_NAME",
    "DEFAULT_FEEDS_NAME",
    "DEFAULT_ENTITIES_NAME",
    "DEFAULT_WORD_LISTS_NAME",
    "packaged_file",
    "default_settings_path",
    "default_rules_path",
    "seed_rules_file",
    "read_seed_rules",
    # model.py
    "TOP_LEVEL_KEYS",
    "FEED_KEYS",
    "TELEGRAM_KEYS",
    "DISCORD_KEYS",
    "WEBSUB_KEYS",
    "WEB_KEYS",
    "DEFAULT_WEB_LISTEN",
    "TelegramSettings",
    "DiscordSettings",
    "WebSubSettings",
    "WebSettings",
    "Settings",
    "MAX_POLL_INTERVAL",
    "MIN_POLL_INTERVAL",
    # this module
    "load_entities",
    "load_settings",
    "chosen_settings_path",
    "settings_from_dict",
    # feeds.py
    "MAX_FEED_URL_CHARS",
    "MAX_FEED_NAME_CHARS",
    "check_feed_url",
    "feed_address",
    "watched_address",
    "check_chat_feed_url",
    "ascii_host",
    "check_lang",
    # sections.py
    "parse_listen",
    # toml_files.py
    "MAX_SETTINGS_FILE_BYTES",
]
