"""Where and in which language the bot greets a Discord server that adds it: a server that
added the bot heard nothing from it until someone found the slash commands.

The channel is the server's system channel (where Discord itself posts "X joined"), else
the first text channel in the server's order, whichever the bot may see and write in first;
none such, no greeting (nothing is forced, nothing fails). The language is the server's
preferred locale (Community servers set it; others have Discord's default, English (US))."""

from __future__ import annotations

import discord

from bot.adapters.discord_pages import locale_lang


def greeting_channel(guild: discord.Guild) -> discord.TextChannel | None:
    """The channel to greet `guild` in, or None where the bot may write in none."""
    me = guild.me
    if me is None:  # the server's member list holds no bot member yet: nothing to check rights against
        return None
    for channel in (guild.system_channel, *sorted(guild.text_channels, key=lambda c: (c.position, c.id))):
        if channel is None:
            continue
        rights = channel.permissions_for(me)
        if rights.view_channel and rights.send_messages:
            return channel
    return None


def greeting_lang(guild: discord.Guild) -> str:
    """The greeting's language: the server's preferred locale's, English for any other."""
    return locale_lang(guild.preferred_locale)
