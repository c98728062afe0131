"""Which commands a platform's command menu offers to whom: a menu lists what its reader can
run, so the bot admins' commands (rules, feeds, audit) are not offered to everyone, and the
commands that change a chat's alerts are not offered to a group's plain members (the command
table refuses both; a menu that offers them only leads to a refusal). /lang and /mode are
offered to everyone: sent bare they show the chat's setting, which any member may read.

Who is who is the settings' and the platforms' business: a bot admin is a user id listed in
the settings ([telegram] / [discord] admins), a chat manager is whoever may change a chat's
subscription (anyone in their own private chat; a group's administrators in a group).
/help still lists every command, marked with who may use it."""

from __future__ import annotations

from bot.core.chat.command_list import COMMANDS, Command


def menu_commands(*, bot_admin: bool, manages_chat: bool) -> tuple[Command, ...]:
    """The commands, in /help's order, that a reader who is (or is not) a bot admin and who
    may (or may not) change the chat's subscription can run."""
    return tuple(command for command in COMMANDS
                 if (bot_admin or not command.admin) and (manages_chat or not command.manage or command.shows_bare))
