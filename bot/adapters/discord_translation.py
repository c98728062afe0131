"""The slash commands' descriptions in the languages the bot's replies speak: Discord shows
a command's description in the user's client language when the command was registered
with one for it (`description_localizations`), and discord.py asks a Translator for each
while syncing the command tree. The texts are the /help lines of
bot/core/chat/command_list.py, one table for every platform; an option's, those of
bot/core/chat/option_help.py. Names stay as typed (/pledges in every language, as the README
and /help write them, and its options too)."""

from __future__ import annotations

import discord
from discord import app_commands

from bot.core.chat.command_list import COMMANDS_BY_NAME, command_help
from bot.core.chat.option_help import MAX_OPTION_HELP, OPTION_HELP, option_help

# Discord's description limit (characters).
MAX_DESCRIPTION = 100
# The Discord locales each offered language covers ("fr" only: Discord has no fr-CA).
_LANGUAGE_OF_LOCALE = {discord.Locale.french: "fr", discord.Locale.german: "de"}


def command_description(name: str) -> app_commands.locale_str:
    """A command's English description, marked with its command so it can be translated."""
    command = COMMANDS_BY_NAME[name]
    return app_commands.locale_str((command.help_en or name)[:MAX_DESCRIPTION], command=name)


def option_description(command: str, option: str) -> app_commands.locale_str:
    """An option's English description, marked with its command and option so it can be
    translated."""
    return app_commands.locale_str(option_help(command, option, "en")[:MAX_OPTION_HELP], command=command,
                                   option=option)


class CommandTranslator(app_commands.Translator):
    """Command and option descriptions in French and German; everything else as written
    (None)."""

    async def translate(self, string: app_commands.locale_str, locale: discord.Locale,
                        context: app_commands.TranslationContextTypes) -> str | None:
        lang = _LANGUAGE_OF_LOCALE.get(locale)
        name = string.extras.get("command")
        if lang is None or name not in COMMANDS_BY_NAME:
            return None
        where = context.location
        if where is app_commands.TranslationContextLocation.command_description:
            return command_help(COMMANDS_BY_NAME[name], lang)[:MAX_DESCRIPTION]
        option = string.extras.get("option")
        if where is app_commands.TranslationContextLocation.parameter_description and (name, option) in OPTION_HELP:
            return option_help(name, option, lang)[:MAX_OPTION_HELP]
        return None
