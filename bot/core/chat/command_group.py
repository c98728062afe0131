"""What every group of chat commands builds on. The commands are grouped by what they
serve, one module each (subscription_commands.py, query_commands.py, rule_commands.py,
feed_commands.py, status_commands.py); `CommandTable` (commands.py) inherits every group
and sets the attributes declared here, so a group's methods read alone."""

from __future__ import annotations

from bot.core.chat.command_list import COMMANDS_BY_NAME, args_help
from bot.core.chat.i18n import t
from bot.core.chat.services import ChatContext, ChatServices
from bot.core.pledges.passes.entities import Entities
from bot.core.ports import Clock
from bot.core.text import one_line

# How much of an argument a command does not read is said back ("“verbose” was not read").
SHOWN_WORD = 40
# The console chat (bot/adapters/console_chat.py) and its one user, the person at the terminal
# of `pledgewatch chat`, who is the operator the command line's changes are recorded as ("cli").
CONSOLE_PLATFORM = "console"
CONSOLE_OPERATOR = "cli"


class CommandGroup:
    """Commands' shared state, set by CommandTable.__init__."""

    services: ChatServices
    clock: Clock
    entities: Entities  # donors and systems named in /pledges filters

    def usage_reply(self, name: str, lang: str) -> str:
        return t(lang, "usage", name=name, args=args_help(COMMANDS_BY_NAME[name], lang)).rstrip()


def no_argument_note(name: str, args: str, lang: str) -> str:
    """The line that tells a user /`name` read nothing of `args` ("" when none was given):
    "/status verbose" answered the plain status, and the user took "verbose" as obeyed."""
    word = one_line(args)[:SHOWN_WORD]
    return t(lang, "no_argument", name=name, word=word) if word else ""


def shown_word(args: str) -> str:
    """An argument as a reply names it: on one line, cut to SHOWN_WORD characters."""
    return one_line(args)[:SHOWN_WORD]


def listed_id(word: str) -> int | None:
    """The number of "7" or "#7" (as /rules and /feeds show ids, and people copy them);
    None for anything else."""
    digits = word[1:] if word.startswith("#") else word
    return int(digits) if digits.isascii() and digits.isdigit() and len(digits) <= 9 else None


def audit_actor(ctx: ChatContext) -> str:
    """Who made a change, for the audit log: a platform's user by id ("telegram:123456789").
    The console chat's operator (`pledgewatch chat`) is named "console" alone: "console:cli"
    read as neither the chat nor the command line."""
    if ctx.platform == CONSOLE_PLATFORM and ctx.user_id == CONSOLE_OPERATOR:
        return CONSOLE_PLATFORM
    return f"{ctx.platform}:{ctx.user_id}"
