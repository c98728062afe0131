"""The platform tables of a settings file, [telegram], [discord], [websub] and [web],
each read into its dataclass (model.py) with the environment's overrides
(environment.py), and the one reading of a "host:port" listen address."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

from bot.config.environment import token_setting, url_setting
from bot.config.model import (
    DISCORD_KEYS,
    TELEGRAM_KEYS,
    WEB_KEYS,
    WEBSUB_KEYS,
    DiscordSettings,
    TelegramSettings,
    WebSettings,
    WebSubSettings,
)
from bot.config.values import (
    bool_setting,
    check_http,
    check_section,
    check_websocket,
    ids_setting,
    int_setting,
    str_setting,
)
from bot.core.feeds.urls import shown_feed_url
from bot.errors import ConfigError


def telegram_section(raw: Any, environ: Mapping[str, str]) -> TelegramSettings:
    check_section(raw, "telegram", TELEGRAM_KEYS)
    api_url = url_setting(raw, environ.get("TELEGRAM_API_URL", ""), "TELEGRAM_API_URL", "telegram.api_url",
                          TelegramSettings.api_url)
    token, token_source = token_setting(raw, environ.get("TELEGRAM_BOT_TOKEN", ""), "TELEGRAM_BOT_TOKEN", "telegram")
    return TelegramSettings(
        token=token,
        token_source=token_source,
        api_url=api_url.rstrip("/"),
        admins=ids_setting(raw, "admins", "telegram"),
    )


def discord_section(raw: Any, environ: Mapping[str, str]) -> DiscordSettings:
    check_section(raw, "discord", DISCORD_KEYS)
    api_url = url_setting(raw, environ.get("DISCORD_API_URL", ""), "DISCORD_API_URL", "discord.api_url",
                          DiscordSettings.api_url)
    gateway_url = url_setting(raw, environ.get("DISCORD_GATEWAY_URL", ""), "DISCORD_GATEWAY_URL",
                              "discord.gateway_url", "", check=check_websocket)
    token, token_source = token_setting(raw, environ.get("DISCORD_BOT_TOKEN", ""), "DISCORD_BOT_TOKEN", "discord")
    return DiscordSettings(
        token=token,
        token_source=token_source,
        api_url=api_url.rstrip("/"),
        gateway_url=gateway_url,
        admins=ids_setting(raw, "admins", "discord"),
        guild_ids=ids_setting(raw, "guild_ids", "discord"),
        manage_server_admins=bool_setting(raw, "manage_server_admins", False, "discord"),
    )


def websub_section(raw: Any, environ: Mapping[str, str]) -> WebSubSettings:
    check_section(raw, "websub", WEBSUB_KEYS)
    callback_url = url_setting(raw, environ.get("PLEDGEWATCH_WEBSUB_CALLBACK", ""), "PLEDGEWATCH_WEBSUB_CALLBACK",
                               "websub.callback_url", "")
    host, port = parse_listen(str_setting(raw, "listen", "127.0.0.1:8080", where="websub"), "websub.listen",
                              example="0.0.0.0:8080")
    return WebSubSettings(
        callback_url=callback_url.rstrip("/"),
        listen_host=host,
        listen_port=port,
        lease_days=int_setting(raw, "lease_days", 10, minimum=1, maximum=365, where="websub"),
    )


def parse_listen(value: str, key: str, example: str = "127.0.0.1:8000") -> tuple[str, int]:
    """ "host:port" (IPv6 in brackets) -> (host, port), or one ConfigError line naming `key`.
    The one reading of every listen address: [web] listen, [websub] listen, `web --listen`."""
    host, _, port = value.strip().rpartition(":")
    # "[::1:80" lost its bracket and listened on ::1 as if it were right.
    unbalanced = host.startswith("[") != host.endswith("]")
    # (isdigit() alone also takes "²" and "٣", which int() refuses or reads as another port)
    if not host or unbalanced or not (port.isascii() and port.isdigit()) or not 0 <= int(port) <= 65535:
        raise ConfigError(f"{key}: {value!r} is not host:port{_why_not_host_port(value.strip(), port)} "
                          f"(e.g. {example})")
    return host.strip("[]"), int(port)


def _why_not_host_port(value: str, port: str) -> str:
    """What is wrong, where a newcomer could not tell: `localhost` (no port at all), `8000`
    (no host) and `127.0.0.1:99999` (a port beyond 65535) got the bare "is not host:port",
    beside an example that looked like what they had typed."""
    if ":" not in value:
        return ": a port alone, without its host" if value.isascii() and value.isdigit() else ": no port (a host alone)"
    if port.isascii() and port.isdigit() and int(port) > 65535:
        return f": port {int(port)} is over 65535"
    return ""


def web_section(raw: Any) -> WebSettings:
    check_section(raw, "web", WEB_KEYS)
    public_url = str_setting(raw, "public_url", "", where="web")
    if public_url:
        check_http(public_url, "web.public_url")
        parts = urlsplit(public_url)
        if parts.query or parts.fragment:
            raise ConfigError(f"web.public_url: {shown_feed_url(public_url)[:200]!r} has a query or fragment; "
                              "give the tracker's base address (e.g. https://pledges.example.org)")
    public_url = public_url.rstrip("/")
    listen = str_setting(raw, "listen", "", where="web")
    if not listen:
        return WebSettings(public_url=public_url)
    host, port = parse_listen(listen, "web.listen")
    return WebSettings(listen_host=host, listen_port=port, public_url=public_url)
