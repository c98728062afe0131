"""The settings the environment may give instead of the settings file: the database
(PLEDGEWATCH_DB), the platforms' URLs (TELEGRAM_API_URL, DISCORD_API_URL,
DISCORD_GATEWAY_URL, PLEDGEWATCH_WEBSUB_CALLBACK) and the bot tokens
(TELEGRAM_BOT_TOKEN, DISCORD_BOT_TOKEN). The environment's value comes first, without
the blanks around it; an error in it is an EnvironmentSettingError naming the variable,
not the settings file that did not hold it. A token pasted by hand is checked here for
the usual mistakes (quotes, a line break, the other platform's token)."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from bot.config.values import check_http, str_setting
from bot.errors import ConfigError, EnvironmentSettingError


def database_setting(raw: Mapping[str, Any], from_environment: str) -> str:
    """The database file: PLEDGEWATCH_DB (`from_environment`, its blanks already removed)
    when set, else the settings file's `database`. An empty value or a folder failed
    later as "unable to open database file", exit 1, instead of the one line naming the
    setting that an invalid setting gets (exit 2)."""
    database = from_environment or str_setting(raw, "database", "pledgewatch.db")
    database_key = "database (PLEDGEWATCH_DB)" if from_environment else "database"
    if not database:
        raise ConfigError(f"{database_key}: must name a file, got an empty string")
    if Path(database).expanduser().is_dir():
        error = EnvironmentSettingError if from_environment else ConfigError
        raise error(f"{database_key}: {database[:200]!r} is a folder; name a file in it, e.g. pledgewatch.db")
    return database


def url_setting(raw: Mapping[str, Any], environment_value: str, variable: str, key: str, default: str,
                check: Callable[[str, str], None] | None = None) -> str:
    """A URL setting (or ""), the environment's value first, checked by `check` (an
    http(s) URL unless told). An error names the variable when the value came from it:
    "settings file X: telegram.api_url: ..." sent a newcomer to a file that did not hold
    the value at fault."""
    from_environment = environment_value.strip()
    url = from_environment or str_setting(raw, key.split(".")[1], default, where=key.split(".")[0])
    if url:
        try:
            (check or check_http)(url, variable if from_environment else key)
        except ConfigError as exc:
            raise (EnvironmentSettingError(str(exc)) if from_environment else exc) from None
    return url


def token_setting(raw: Mapping[str, Any], environment_value: str, variable: str, platform: str) -> tuple[str, str]:
    """A platform's bot token (the environment's first, else the settings file's) and
    where it was read, checked for the mistakes of copying one by hand. Blanks around it
    are dropped: `export TOKEN="$(cat file)"` keeps none, but an env file written on
    Windows or by `echo` keeps its line end, which httpx refused with a bare InvalidURL."""
    from_environment = environment_value.strip()
    token, source = (from_environment, variable) if from_environment else \
        (str_setting(raw, "token", "", where=platform), f"{platform}.token")
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
