"""The feeds a settings file lists (its [[feed]] tables, and those of the feeds file it
names) and the checks of a feed's address and language, also used when a feed is added
from the command line or from chat: an http(s) URL with a valid host, within the address
policy, not a look-alike of another site's name."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from bot.config.model import FEED_KEYS, MAX_POLL_INTERVAL, MIN_POLL_INTERVAL
from bot.config.shipped import named_file, shipped_hint
from bot.config.toml_files import read_toml
from bot.config.values import check_http, int_setting, reject_unknown, str_setting, table_list
from bot.core.feeds.addresses import DEFAULT_POLICY, allows, host_class, literal_refusal, narrower
from bot.config.feed_spelling import feed_address
from bot.core.feeds.host_scripts import mixed_script_label
from bot.core.feeds.urls import shown_feed_url
from bot.core.models import Feed
from bot.core.text.safe_text import clean_line
from bot.errors import ChatFeedAddressError, ConfigError, LookAlikeHostError


def listed_feeds(raw: Mapping[str, Any], base_dir: Path, poll_interval: int, addresses: str) -> tuple[Feed, ...]:
    tables: list[tuple[str, Any]] = []
    feeds_value = raw.get("feeds", "")
    if not isinstance(feeds_value, str):
        raise ConfigError("feeds: must be a file name (inline feeds go in [[feed]] tables)")
    if feeds_value:
        feeds_path = named_file(base_dir, feeds_value)
        if not feeds_path.exists():
            raise ConfigError(f"feeds: file {feeds_path} not found{shipped_hint(feeds_value)}")
        data = read_toml(feeds_path, f"feeds: file {feeds_path}", kind="feeds file")
        reject_unknown(data, {"feed"}, f"{feeds_value}: ")
        tables += [(f"{feeds_value}: feed {n}", t) for n, t in enumerate(table_list(data, "feed", feeds_value), 1)]
    tables += [(f"feed {n}", t) for n, t in enumerate(table_list(raw, "feed", "settings"), 1)]

    feeds: list[Feed] = []
    seen: dict[str, str] = {}  # a URL -> the feed that listed it first
    for where, table in tables:
        reject_unknown(table, FEED_KEYS, f"{where}.")
        if "url" not in table:  # said as such: "'' is not an http:// URL" pointed at a value nobody wrote
            raise ConfigError(f"{where}.url: missing: each [[feed]] table needs the feed's url")
        url = str_setting(table, "url", "", where=where)
        check_feed_url(url, f"{where}.url", addresses)
        # Stored in the spelling `feeds add` stores: "HTTP://Host/rss" and "http://host:80/rss#top"
        # listed beside "http://host/rss" were three feeds, the site polled three times a round.
        written, url = url, feed_address(url)
        if url in seen:
            # Case, a default port and a #fragment make no other feed: said, since the two lines differ.
            spelt = (f"; {shown_feed_url(written)} is another spelling of it" if written != url else "")
            raise ConfigError(f"{where}.url: {shown_feed_url(url)} is listed twice (also as {seen[url]}{spelt})")
        seen[url] = where
        # Counted from 1, as a person counts the [[feed]] tables of a file ("feed[0]" sent them
        # to the second), and named by its URL once that is known good: a file of 40 feeds is
        # searched for the address, not counted through.
        where = f"{where} ({shown_feed_url(url)})"
        lang = str_setting(table, "lang", "", where=where) or None
        check_lang(lang, f"{where}.lang")
        interval = table.get("interval")
        if interval is not None:
            interval = int_setting(table, "interval", poll_interval, minimum=MIN_POLL_INTERVAL,
                                   maximum=MAX_POLL_INTERVAL, where=where)
        # Every alert's source line: one line without control or invisible characters, at
        # most MAX_FEED_NAME_CHARS, as `feeds add` and /feed_add make it.
        name = clean_line(str_setting(table, "name", "", where=where))[:MAX_FEED_NAME_CHARS]
        name = name or shown_feed_url(url)  # no credentials in alerts
        feeds.append(Feed(url=url, name=name, lang=lang, interval=interval))
    return tuple(feeds)


def feeds_file_setting(raw: Mapping[str, Any], base_dir: Path) -> Path | None:
    value = raw.get("feeds", "")
    return named_file(base_dir, value) if isinstance(value, str) and value.strip() else None


MAX_FEED_URL_CHARS = 2048
MAX_FEED_NAME_CHARS = 200


def check_feed_url(url: str, key: str = "url", addresses: str = DEFAULT_POLICY) -> None:
    """A feed URL must be absolute http(s) with a valid host (the fetcher never opens
    local files), at most 2,048 characters, and not an IP address the address policy
    would refuse anyway (names are checked when they are resolved)."""
    if len(url) > MAX_FEED_URL_CHARS:
        raise ConfigError(f"{key}: longer than {MAX_FEED_URL_CHARS} characters")
    check_http(url, key)
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
            raise LookAlikeHostError(key, unicode_host, mixed, ascii_form)


def watched_address(url: str, is_watched: Callable[[str], bool]) -> str:
    """`url` as the watched feed it names is stored, when it is one spelt otherwise
    ("HTTPS://News.example/rss.xml#top" for https://news.example/rss.xml, which `feeds add`
    answers "already present"); else `url` as given (an id stays an id)."""
    if url.isdigit() or is_watched(url):
        return url
    try:
        stored = feed_address(url)
    except ValueError:  # not a URL at all: the caller says no such feed
        return url
    return stored if is_watched(stored) else url


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
