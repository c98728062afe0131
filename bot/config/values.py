"""The checks of one value of a settings file, each a ConfigError of one line naming the
key, what is wrong and what to give instead: strings, whole numbers in bounds, choices,
true/false, lists of ids, http(s) and ws(s) URLs, and tables holding only known keys.
A URL is quoted without its user name, password or query (shown_feed_url): these lines
reach the console, logs and chat replies."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

from bot.config.model import SECTION_KEYS, TOP_LEVEL_KEYS
from bot.core.feeds.addresses import host_name_problem
from bot.core.feeds.urls import shown_feed_url, with_scheme
from bot.core.text.near_spelling import did_you_mean
from bot.errors import ConfigError


def reject_unknown(table: Mapping[str, Any], allowed: set[str], prefix: str) -> None:
    for key in table:
        if key not in allowed:
            raise ConfigError(f"{prefix}{key}: unknown setting{did_you_mean(key, allowed)} "
                              f"(allowed: {', '.join(sorted(allowed))})"
                              f"{_where_it_belongs(key, in_table=prefix.endswith('.'))}")


def _where_it_belongs(key: str, *, in_table: bool) -> str:
    """A known key in the wrong place, said so: `poll_interval = 60` appended to the end of
    the settings lands in the last table ([web]) and was "web.poll_interval: unknown
    setting", of a key the README lists; `token` written at the top belongs in a table."""
    if in_table and key in TOP_LEVEL_KEYS:
        return (f"; {key} is a top-level setting: in TOML a key below a [table] header belongs to that table, "
                "so write it above the file's first [table]")
    sections = [name for name, keys in SECTION_KEYS.items() if key in keys]
    if not in_table and sections:
        return f"; {key} belongs in {' or '.join(sections)}"
    return ""


def table_list(raw: Mapping[str, Any], key: str, where: str) -> list[Mapping[str, Any]]:
    value = raw.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, Mapping) for v in value):
        raise ConfigError(f"{where}: '{key}' must be written as [[{key}]] tables")
    return value


def as_written(value: object) -> str:
    """A value as a settings file spells it (TOML), for an error quoting it: `true`, not
    Python's True; a number that needs quotes named as one, not as Python's "int"."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return json.dumps(value[:200], ensure_ascii=False)
    if isinstance(value, (int, float)):
        return f"{value!r} (a number)"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, Mapping):
        return "a table"
    return f"{value} (a date or time)"  # TOML's other values


def str_setting(raw: Mapping[str, Any], key: str, default: str, where: str = "") -> str:
    value = raw.get(key, default)
    if not isinstance(value, str):
        raise ConfigError(f"{_name(where, key)}: must be a string in quotes, got {as_written(value)}")
    return value.strip()


def int_setting(
    raw: Mapping[str, Any], key: str, default: int, *, minimum: int, maximum: int | None = None, where: str = ""
) -> int:
    value = raw.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int):
        shown = as_written(value).removesuffix(" (a number)")  # a float: 2.5 is no whole number
        raise ConfigError(f"{_name(where, key)}: must be a whole number, got {shown}")
    if value < minimum or (maximum is not None and value > maximum):
        bound = f"between {minimum} and {maximum}" if maximum is not None else f"at least {minimum}"
        raise ConfigError(f"{_name(where, key)}: must be {bound}, got {value}")
    return value


def choice_setting(raw: Mapping[str, Any], key: str, default: str, allowed: tuple[str, ...]) -> str:
    value = str_setting(raw, key, default)
    if value not in allowed:
        raise ConfigError(f"{key}: must be one of {', '.join(repr(a) for a in allowed)}, got {value!r}")
    return value


def bool_setting(raw: Mapping[str, Any], key: str, default: bool, where: str) -> bool:
    value = raw.get(key, default)
    if not isinstance(value, bool):
        raise ConfigError(f"{where}.{key}: must be true or false (no quotes), got {as_written(value)}")
    return value


def ids_setting(raw: Mapping[str, Any], key: str, where: str) -> tuple[int, ...]:
    value = raw.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, int) and not isinstance(v, bool) for v in value):
        raise ConfigError(f"{where}.{key}: must be a list of numeric ids, e.g. [123456789]")
    return tuple(value)


def check_websocket(url: str, key: str) -> None:
    """A ws:// or wss:// URL (Discord's gateway). urlsplit raises ValueError for an
    unclosed IPv6 bracket ("ws://[::1"), which escaped as a traceback."""
    shown = shown_feed_url(url)[:200]
    try:
        scheme = urlsplit(url).scheme
    except ValueError as exc:
        raise ConfigError(f"{key}: {shown!r} is not a valid URL ({exc})") from None
    if scheme not in ("ws", "wss"):
        raise ConfigError(f"{key}: {shown!r} is not a ws:// or wss:// URL")


def _scheme_hint(url: str) -> str:
    """" (did you mean https://news.example/rss.xml?)" for an address written without its
    scheme: a newcomer copies it from the address bar that way."""
    suggested = with_scheme(url)
    return f" (did you mean {suggested}?)" if suggested else ""


def check_http(url: str, key: str) -> None:
    # The URL is quoted without user name, password or query (shown_feed_url): these
    # messages reach the console, logs and chat replies, and a private feed's key is in there.
    shown = shown_feed_url(url)[:200]
    try:
        parts = urlsplit(url)
        host = parts.hostname
        port = parts.port  # raises ValueError for a port that is not a number
    except ValueError as exc:  # e.g. "http://[::1" (an unclosed IPv6 bracket)
        raise ConfigError(f"{key}: {shown!r} is not a valid URL ({exc})") from None
    if port == 0:
        # Nothing listens on port 0: the feed was stored, then failed every poll.
        raise ConfigError(f"{key}: {shown!r} is not a valid URL (port 0: no server can be reached there)")
    # No blank and nothing unprintable: every blank but the space is unprintable, so two
    # C-level checks (a loop over the characters cost ~2 ms of a start with 200 feeds).
    if not url.isprintable() or " " in url:
        raise ConfigError(f"{key}: {shown!r} is not an http:// or https:// URL (it holds a blank or a control "
                          "character)")
    if parts.scheme not in ("http", "https") or not host:
        raise ConfigError(f"{key}: {shown!r} is not an http:// or https:// URL{_scheme_hint(url)}")
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


def check_section(raw: Any, name: str, allowed: set[str]) -> None:
    """A [name] table holding only the keys it knows."""
    if not isinstance(raw, Mapping):
        raise ConfigError(f"{name}: must be a table")
    reject_unknown(raw, allowed, f"{name}.")
