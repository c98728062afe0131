"""The chat command table shared by every chat platform (console, Telegram, Discord).

Adapters translate a platform message into a neutral `ChatContext` plus a command
name and argument string, call `CommandTable.handle`, and render the plain-text
`Reply` their own way. Everything platform-specific (escaping, buttons, slash
command registration) stays in the adapters; everything about what a command means
(arguments, permissions, reply texts) lives here, once.

The table never touches the database itself: it talks to a `ChatServices` object
(bot/chat_service.py implements it on SqliteStore and RuleAdmin), so this module
stays pure and testable.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from bot.core.chat.command_group import CommandGroup
from bot.core.chat.command_list import (
    COMMANDS,
    COMMANDS_BY_NAME,
    MAX_AUDIT,
    MAX_INPUT,
    MAX_LATEST,
    Command,
    help_text,
    parse_command_line,
)
from bot.core.chat.feed_commands import MAX_FEED_NAME, FeedCommands
from bot.core.chat.i18n import LANGUAGES, normalize_lang, t
from bot.core.chat.query_commands import DEFAULT_LATEST, MAX_PLEDGE_LINES, MAX_SEARCH_RESULTS, QueryCommands
from bot.core.chat.replies import MAX_REPLY, Reply, cut_segments, linked_reply, truncate
from bot.core.chat.rule_commands import RuleCommands, describe_rule_error
from bot.core.chat.services import ChatContext, ChatServices, ChatSettings
from bot.core.chat.status_commands import DEFAULT_AUDIT, StatusCommands
from bot.core.models import Rule
from bot.core.pledges.entities import Entities
from bot.core.ports import Clock
from bot.errors import (
    CommandError,
    ConfigError,
    NoSuchRuleError,
    RuleError,
    StoreError,
)

log = logging.getLogger(__name__)

DEFAULT_DIGEST_TIME = "08:00"


def known_topics(rules: Sequence[Rule]) -> list[str]:
    """Topics one can subscribe to: those of enabled rules that add to a score
    (negative-weight 'trap' rules only cancel look-alikes)."""
    return sorted({r.topic for r in rules if r.enabled and r.weight > 0})


# -- the handler -------------------------------------------------------------------


class CommandTable(QueryCommands, RuleCommands, FeedCommands, StatusCommands, CommandGroup):
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
        args = (args or "")[:MAX_INPUT].strip()
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
            text = describe_rule_error(exc, args, lang)
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
            return t(lang, "unknown_command", name=name)
        if command.admin and not ctx.is_admin:
            return t(lang, "refused_admin", name=name)
        if command.manage and not ctx.can_manage_chat:
            return t(lang, "refused_manage", name=name)
        return self._handlers[name](ctx, args, lang)

    def _mode_text(self, settings: ChatSettings | None, lang: str) -> str:
        if settings and settings.mode == "digest":
            return t(lang, "mode_text_digest", time=settings.digest_time or DEFAULT_DIGEST_TIME)
        return t(lang, "mode_text_instant")

    # -- general --------------------------------------------------------------

    def _cmd_start(self, ctx: ChatContext, args: str, lang: str) -> str:
        return t(lang, "welcome")

    def _cmd_help(self, ctx: ChatContext, args: str, lang: str) -> str:
        return help_text(lang)

    def _cmd_lang(self, ctx: ChatContext, args: str, lang: str) -> str:
        if not args:
            return t(lang, "lang_current", lang=lang)
        choice = args.lower()
        if choice not in LANGUAGES:
            return t(lang, "lang_bad", lang=args[:20])
        self.services.set_lang(ctx.platform, ctx.chat_id, choice, self.clock.now())
        return t(choice, "lang_set")

    # -- subscriptions ------------------------------------------------------------

    def _topics_or_error(self, args: str, lang: str) -> tuple[list[str], list[str]]:
        valid = known_topics(self.services.rules())
        if not valid:
            raise CommandError(t(lang, "no_topics"))
        asked = list(dict.fromkeys(w.lower().strip(",") for w in args.split() if w.strip(",")))
        bad = [w for w in asked if w not in valid]
        if bad:
            raise CommandError(t(lang, "unknown_topics", bad=", ".join(b[:40] for b in bad[:10]), valid=", ".join(valid)))
        return asked, valid

    def _cmd_subscribe(self, ctx: ChatContext, args: str, lang: str) -> str:
        topics, valid = self._topics_or_error(args, lang)
        if set(topics) == set(valid):
            topics = []  # naming every topic is "all", which also covers topics added later
        self.services.subscribe(ctx.platform, ctx.chat_id, topics, lang, self.clock.now())
        settings = self.services.chat_settings(ctx.platform, ctx.chat_id)
        mode_text = self._mode_text(settings, lang)
        if not topics:
            return t(lang, "subscribed_all", mode_text=mode_text)
        return t(lang, "subscribed_topics", topics=", ".join(sorted(topics)), mode_text=mode_text)

    def _cmd_unsubscribe(self, ctx: ChatContext, args: str, lang: str) -> str:
        settings = self.services.chat_settings(ctx.platform, ctx.chat_id)
        if settings is None or not settings.subscribed:
            return t(lang, "not_subscribed")
        now = self.clock.now()
        if not args:
            self.services.unsubscribe(ctx.platform, ctx.chat_id, now)
            return t(lang, "unsubscribed")
        removed, valid = self._topics_or_error(args, lang)
        current = settings.topics or tuple(valid)
        remaining = sorted(set(current) - set(removed))
        if not remaining:
            self.services.unsubscribe(ctx.platform, ctx.chat_id, now)
            return t(lang, "unsubscribed")
        self.services.subscribe(ctx.platform, ctx.chat_id, remaining, lang, now)
        return t(lang, "unsubscribed_topics", removed=", ".join(removed), topics=", ".join(remaining))

    def _cmd_topics(self, ctx: ChatContext, args: str, lang: str) -> str:
        valid = known_topics(self.services.rules())
        if not valid:
            return t(lang, "no_topics")
        settings = self.services.chat_settings(ctx.platform, ctx.chat_id)
        lines = [t(lang, "topics_list", topics=", ".join(valid))]
        if settings is None or not settings.subscribed:
            lines.append(t(lang, "topics_mine_none"))
        elif not settings.topics:
            lines.append(t(lang, "topics_mine_all", mode_text=self._mode_text(settings, lang)))
        else:
            lines.append(t(lang, "topics_mine", topics=", ".join(settings.topics),
                           mode_text=self._mode_text(settings, lang)))
        return "\n".join(lines)

    def _cmd_mode(self, ctx: ChatContext, args: str, lang: str) -> str:
        words = args.lower().split()
        if words[:1] == ["instant"] and len(words) == 1:
            mode, time = "instant", None
        elif words[:1] == ["digest"] and len(words) <= 2:
            time = words[1] if len(words) == 2 else DEFAULT_DIGEST_TIME
            match = re.fullmatch(r"([01]?\d|2[0-3]):([0-5]\d)", time)
            if not match:
                return t(lang, "mode_bad")
            mode, time = "digest", f"{int(match.group(1)):02d}:{match.group(2)}"
        else:
            return t(lang, "mode_bad")
        if not self.services.set_mode(ctx.platform, ctx.chat_id, mode, time, self.clock.now()):
            return t(lang, "not_subscribed")
        return t(lang, "mode_set_digest", time=time) if mode == "digest" else t(lang, "mode_set_instant")


__all__ = [
    "COMMANDS",
    "ChatContext",
    "ChatServices",
    "ChatSettings",
    "Command",
    "CommandTable",
    "Reply",
    "help_text",
    "known_topics",
    "parse_command_line",
    "linked_reply",
    "cut_segments",
    "MAX_REPLY",
    "truncate",
    "COMMANDS_BY_NAME",
    "MAX_INPUT",
    "MAX_LATEST",
    "MAX_AUDIT",
    "describe_rule_error",
    "DEFAULT_AUDIT",
    "MAX_FEED_NAME",
    "DEFAULT_LATEST",
    "MAX_PLEDGE_LINES",
    "MAX_SEARCH_RESULTS",
]
