"""The chat command table shared by every chat platform (console, Telegram, Discord).

Adapters translate a platform message into a neutral `ChatContext` plus a command
name and argument string, call `CommandTable.handle`, and render the plain-text
`Reply` their own way. Everything platform-specific (escaping, buttons, slash
command registration) stays in the adapters; everything about what a command means
(arguments, permissions, reply texts) lives in this package, once.

The table never touches the database itself: it talks to a `ChatServices` object
(bot/store_chat_services.py implements it on SqliteStore and RuleAdmin), so the commands
stay pure and testable.

This module only runs a command: it checks who may, turns every error into a reply and
cuts what is too long. The rest is in one module per job, all in bot/core/chat/:
  command_list.py          the commands there are (COMMANDS, /help, "/name@bot args")
  command_guess.py         the command an unknown one most likely meant (/pledge: /pledges)
  services.py              what a command is given (ChatContext, the ChatServices role)
  replies.py               what it answers (Reply, linked pieces, the cut of long replies)
  command_group.py         what each group of commands below builds on
  subscription_commands.py /lang /subscribe /unsubscribe /topics /mode
  query_commands.py        /latest /search /pledges
  rule_commands.py         /rules and the admins' /rule_add /rule_edit /rule_del /rule_undo /rule_test
  feed_commands.py         /feeds and the admins' /feed_add /feed_del
  status_commands.py       /status and the admins' /audit
Each name is imported from the module it lives in; this one exports only CommandTable.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace

from bot.core.chat.command_group import CONSOLE_OPERATOR, CONSOLE_PLATFORM, shown_word
from bot.core.chat.command_guess import guessed_command
from bot.core.chat.command_list import (
    COMMANDS,
    Command,
    COMMANDS_BY_NAME,
    MAX_INPUT,
    help_line,
    help_text,
    needs_manager,
    resolve_subcommand,
)
from bot.core.chat.feed_commands import FeedCommands
from bot.core.chat.i18n import normalize_lang, t
from bot.core.chat.query_commands import QueryCommands
from bot.core.chat.replies import Reply, cut_segments, truncate
from bot.core.chat.rule_commands import RuleCommands, describe_rule_error, rule_error_next_step, without_flags
from bot.core.chat.services import ChatContext, ChatServices
from bot.core.chat.status_commands import StatusCommands
from bot.core.chat.subscription_commands import SubscriptionCommands
from bot.core.pledges.passes.entities import Entities
from bot.core.ports import Clock
from bot.core.text.lookalike_letters import latin_lookalikes_folded
from bot.core.text.safe_text import clean_typed
from bot.errors import (
    CommandError,
    ConfigError,
    NoSuchRuleError,
    NothingToUndoError,
    RuleError,
    RuleNotSavedError,
    StoreError,
)

log = logging.getLogger(__name__)


# A Latin word typed with a Cyrillic or Greek letter that looks Latin ("tаnks" with a Cyrillic
# "а": a keyboard layout left on Cyrillic) is read in Latin letters, as articles are
# (bot.core.text.lookalike_letters): `/subscribe tаnks` answered "Unknown topic tаnks ... Did you
# mean: tanks?", two words that look the same. Not an address (a lookalike host is the tell of a
# spoof, refused naming the letter). /pledges is folded too, by its filters' parser, which the
# CLI and the web tracker share (stop 63; refused naming the letter from stop 38 to 62).
_ARGUMENTS_KEPT_AS_TYPED = frozenset({"feed_add", "feed_del"})


# -- the handler -------------------------------------------------------------------


class CommandTable(SubscriptionCommands, QueryCommands, RuleCommands, FeedCommands, StatusCommands):
    """Runs commands for every platform. `handle` never raises: any error becomes a Reply."""

    def __init__(self, services: ChatServices, clock: Clock, entities: Entities):
        self.services = services
        self.clock = clock
        self.entities = entities  # donors and systems named in /pledges filters
        self._handlers: dict[str, Callable[[ChatContext, str, str], str | Reply]] = {
            c.name: getattr(self, f"_cmd_{c.name}") for c in COMMANDS
        }

    def handle(self, ctx: ChatContext, name: str, args: str) -> Reply:
        name = (name or "").lower()[:64]
        # Cleaned as feed text is (bot.core.text.safe_text): a right-to-left mark or a
        # zero-width space pasted with "10" made it "not a number", though the asker saw
        # 10, and a NUL or a direction override in a word was echoed back into the reply.
        args = clean_typed((args or "")[:MAX_INPUT])
        name, args = resolve_subcommand(name, args)
        if name not in _ARGUMENTS_KEPT_AS_TYPED:
            args = latin_lookalikes_folded(args)
        lang = normalize_lang(ctx.lang)
        try:
            lang = self._chat_lang(ctx)
            result = self._run(ctx, name, args, lang)
            if isinstance(result, Reply):  # a picture with a caption, or text with links
                text = truncate(result.text, lang)
                segments = cut_segments(result.segments, result.text, text) if result.segments else ()
                return replace(result, text=text, segments=segments)
            text = result
        except RuleError as exc:
            text = describe_rule_error(exc, without_flags(name, args), lang)
            if next_step := rule_error_next_step(name, lang):
                text = f"{text}\n{next_step}"
        except RuleNotSavedError as exc:  # the warnings are the rule engine's, in English
            text = t(lang, "rule_not_saved", warnings="; ".join(exc.warnings))
        except NothingToUndoError as exc:
            text = t(lang, "rule_undo_after_import" if exc.after_import else "rule_undo_nothing")
        except NoSuchRuleError as exc:  # the rules' own words are English: said in the chat's language
            text = t(lang, "rule_missing", id=exc.rule_id)
        except (CommandError, ConfigError) as exc:
            text = str(exc)
        except StoreError:
            log.exception("store error in /%s", name)
            text = t(lang, "error_store")
        except Exception:  # noqa: BLE001 - a chat command must never take the bot down
            log.exception("command /%s failed", name)
            text = t(lang, "error_internal", name=name)
        return Reply(text=truncate(text, lang))

    def _chat_lang(self, ctx: ChatContext) -> str:
        settings = self.services.chat_settings(ctx.platform, ctx.chat_id)
        return normalize_lang(settings.lang if settings else ctx.lang)

    def _run(self, ctx: ChatContext, name: str, args: str, lang: str) -> str | Reply:
        command = COMMANDS_BY_NAME.get(name)
        if command is None:
            if close := guessed_command(name):
                # With the words given, so that the line to send is there to copy: "/pledges germany".
                meant = f"{close} {' '.join(args.split())}".strip()
                return t(lang, "unknown_command_close", name=name, close=meant[:80])
            return t(lang, "unknown_command", name=name)
        if command.admin and not ctx.is_admin:
            return _admin_refusal(ctx, name, lang)
        if needs_manager(command, args) and not ctx.can_manage_chat:
            # On Discord the right is a named permission a server's admins grant: said so, and where.
            refusal = t(lang, "refused_manage_discord" if ctx.platform == "discord" else "refused_manage", name=name)
            # A member of a group who wants alerts is not stuck: a private chat with the bot is theirs.
            hint = name == "subscribe" and ctx.private_chat_open
            return f"{refusal}\n{t(lang, 'subscribe_yourself')}" if hint else refusal
        result = self._handlers[name](ctx, args, lang)
        if command.private:  # for the asker's eyes only (the adapters answer privately)
            return replace(result, ephemeral=True) if isinstance(result, Reply) else Reply(text=result, ephemeral=True)
        return result

    # -- general --------------------------------------------------------------

    def _cmd_start(self, ctx: ChatContext, args: str, lang: str) -> str:
        # No "takes no argument" note here: a Telegram deep link (t.me/<bot>?start=<payload>) sends
        # "/start <payload>" when the user taps Start, and shows them only "/start", so the note would
        # scold a new user for a word they never typed. The payload is not read.
        # The console (`pledgewatch chat`) takes its commands without the slash and already gets what
        # `run` prints: "Send /subscribe to get alerts" sent its user to a step it does not need.
        at_terminal = ctx.platform == CONSOLE_PLATFORM and ctx.user_id == CONSOLE_OPERATOR
        return t(lang, "welcome_console" if at_terminal else "welcome")

    def _cmd_help(self, ctx: ChatContext, args: str, lang: str) -> str:
        # "/help pledges": that command's line, not the whole list with it somewhere inside.
        asked = _command_asked_about(args)
        if asked is not None:
            # Said of a command that reads no argument, which /status or /topics given one names.
            alone = "" if asked.args_help else " " + t(lang, "help_no_argument")
            detail = _HELP_DETAILS.get(asked.name)
            return help_line(asked, lang) + alone + (f"\n{t(lang, detail)}" if detail else "")
        lines = [help_text(lang)]
        # "/help zzz" answered the list as if "zzz" had been read. ("/help @mybot" names the bot, not a command.)
        word = shown_word(args).lstrip("/")
        if word and not word.startswith("@"):
            lines.insert(0, t(lang, "help_unknown", word=word))
        if ctx.every_command_listed:
            lines.append(t(lang, "help_admin_menu_dm"))
        elif ctx.admin_menu_beyond_admins:
            lines.append(t(lang, "help_admin_menu"))
        return "\n".join(lines)


# What `/help NAME` adds under a command's line (too long for the whole list, which must fit
# one Discord message): the order /latest lists stories in ("/help stories" asks it too).
_HELP_DETAILS = {"latest": "help_latest_order"}


def _command_asked_about(args: str) -> Command | None:
    """The command `/help ARGS` asks about, named as a user would type it to run it: with its
    slash and the bot's @name ("/pledges@mybot"), the admins' way ("rules add"), by a French or
    German name ("aide", "abonnieren") or a near miss ("pledge"), as the command table itself
    reads them (resolve_subcommand, command_guess). None: the whole list."""
    words = args.split(None, 1)
    if not words:
        return None
    typed = words[0].removeprefix("/").partition("@")[0]
    name = typed.lower() if typed.lower() in COMMANDS_BY_NAME else guessed_command(typed)
    if name is None:
        return None
    name, _ = resolve_subcommand(name, words[1] if len(words) > 1 else "")
    return COMMANDS_BY_NAME.get(name)


# The platforms whose settings list bot admins by user id, as their section is named.
_ADMIN_SECTIONS = {"telegram": "Telegram", "discord": "Discord"}


def _admin_refusal(ctx: ChatContext, name: str, lang: str) -> str:
    """The refusal of an admin command, and, where the asker alone reads it, their user id
    and where it goes to make them an admin: an operator trying /rule_add from their own
    chat was refused without a word on how to become one, and a Telegram user id is shown
    nowhere in the apps. Only there: a private Telegram chat (its id is the user's) or
    Discord, whose refusals only the asker sees."""
    refusal = t(lang, "refused_admin", name=name)
    if ctx.every_command_listed:
        refusal = "\n".join([refusal, t(lang, "refused_admin_menu_dm")])
    elif ctx.shown_admin_menu:
        refusal = "\n".join([refusal, t(lang, "refused_admin_menu")])
    platform = _ADMIN_SECTIONS.get(ctx.platform)
    alone = ctx.platform == "discord" or ctx.chat_id == ctx.user_id
    if platform is None or not alone or not ctx.user_id.isdigit():
        return refusal
    return "\n".join([refusal, t(lang, "refused_admin_how", platform=platform, user_id=ctx.user_id,
                                  section=ctx.platform)])
