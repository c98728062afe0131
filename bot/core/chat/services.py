"""What a chat command is given: who sent it and from where (`ChatContext`, made by each
adapter), and the storage and rule administration it may call (`ChatServices`, a role
bot/store_chat_services.py plays on the SQLite store and RuleAdmin, so that the commands stay
pure and testable)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from bot.core.chat.i18n import LANGUAGES
from bot.core.models import Feed, FeedAdded, Rule
from bot.core.pledges.listing.filters import PledgeFilter
from bot.errors import PledgewatchError


@dataclass(frozen=True)
class ChatContext:
    """Who sent a command, from where, and what they may do there."""

    platform: str
    chat_id: str
    user_id: str
    is_admin: bool  # a configured bot admin: may change rules and feeds
    can_manage_chat: bool  # may change this chat's subscription (True in a private chat)
    lang: str = "en"
    # The group whose chats this one is among: a Telegram supergroup's General and its forum
    # topics (bot/core/chat/chat_addresses.py). "" where a chat has no such parts.
    group_chat: str = ""
    # The asker can give commands in a private chat with the bot: always on Telegram; on
    # Discord only where the slash commands are registered globally (per-guild ones, with
    # `guild_ids`, exist in those guilds alone, not in direct messages).
    private_chat_open: bool = True
    # Discord with manage_server_admins off: on a server Discord lists the admin commands for
    # every member with Manage Server (default_member_permissions, all a bot can set), who
    # are not admins for that right; /help says so there.
    admin_menu_beyond_admins: bool = False
    # ... and the asker is such a member here: an admin command's refusal says why Discord
    # listed it for them.
    shown_admin_menu: bool = False
    # A Discord direct message with the bot (commands registered globally): Discord lists
    # every command there, the admins' too, to whoever opens it; /help and an admin
    # command's refusal say that they run only for the bot's admins.
    every_command_listed: bool = False
    # The permissions the bot lacks in this chat to post its alerts there, as the platform
    # names them (Discord: "Send Messages", "Embed Links"): /subscribe says so, since the
    # first alert would otherwise fail and end the subscription unseen.
    bot_cannot_post: tuple[str, ...] = ()


@dataclass(frozen=True)
class ChatSettings:
    """A chat's row in the subscriptions table, as the commands need it."""

    subscribed: bool
    topics: tuple[str, ...] = ()  # empty: every topic, but those in `excluded`
    mode: str = "instant"
    digest_time: str | None = None
    lang: str = "en"
    excluded: tuple[str, ...] = ()  # the topics a chat following every topic left


class ChatServices(Protocol):
    """What the command table needs from storage and rule administration. Methods
    raise CommandError, ConfigError or RuleError with a message safe to show."""

    def chat_settings(self, platform: str, chat_id: str) -> ChatSettings | None: ...
    def set_lang(self, platform: str, chat_id: str, lang: str, now: datetime) -> None: ...
    def subscribe(self, platform: str, chat_id: str, topics: Sequence[str], lang: str, now: datetime,
                  excluded: Sequence[str] = ()) -> None: ...
    def unsubscribe(self, platform: str, chat_id: str, now: datetime) -> bool: ...
    def subscribed_in_group(self, platform: str, group_chat: str) -> list[str]: ...
    def set_mode(self, platform: str, chat_id: str, mode: str, digest_time: str | None, now: datetime) -> bool: ...
    def latest(self, limit: int) -> list[dict]: ...
    def search(self, query: str, limit: int) -> list[dict]: ...
    def pledges(self, since: datetime | None, flt: PledgeFilter, limit: int | None = None,
                with_sources: bool = True) -> list[dict]: ...
    def pledge_status_counts(self, since: datetime | None, flt: PledgeFilter) -> dict[str, int]: ...
    def pledge_groups(self, since: datetime | None, flt: PledgeFilter) -> list[dict]: ...
    def pledge_chart(self, rows: Sequence[dict], title: str, flt: PledgeFilter, lang: str) -> bytes: ...
    def feed_health(self) -> list[dict]: ...
    def outbox_counts(self) -> dict[str, int]: ...
    def rules(self) -> list[Rule]: ...
    def threshold(self) -> float: ...
    def rule_add(self, topic: str, expression: str, actor: str, force: bool = False,
                 new_topic: bool = False) -> tuple[int, tuple[str, ...]]: ...
    def rule_edit(self, rule_id: int, expression: str, actor: str, force: bool = False) -> tuple[int, tuple[str, ...]]: ...
    def rule_remove(self, rule_id: int, actor: str) -> Sequence[str]: ...  # its warnings
    # What was undone: the audit action reversed ("rule.add", "rule.edit", "rule.remove"),
    # the rule's id and its topic, worded by the chat in its language.
    def rule_undo(self, actor: str) -> tuple[str, int, str]: ...
    def rule_test(self, text: str) -> str: ...
    # The stored article at an address: title, summary, content, fetched_at, relevant, score,
    # story_id, feed_name, feed_url, opened_story (it is its story's first report), story_reports,
    # story_alerts (alerts of its story queued), sharing_link (stored articles with this link).
    def article(self, url: str) -> dict | None: ...
    def feeds(self) -> list[Feed]: ...
    def feed_add(self, url: str, name: str, now: datetime, actor: str = "", chat: str = "") -> FeedAdded: ...
    def feed_remove(self, feed_id: int, actor: str = "", now: datetime | None = None) -> bool: ...
    def audit_log(self, limit: int, action_prefix: str) -> list[dict]: ...


def chosen_lang(services: ChatServices, platform: str, chat_id: str, default: str = "en") -> str:
    """The language a chat chose (/lang, or at /subscribe), else `default`. A database that
    cannot answer gives `default` too: an alert in the wrong language still goes out."""
    try:
        settings = services.chat_settings(platform, chat_id)
    except PledgewatchError:
        return default
    return settings.lang if settings and settings.lang in LANGUAGES else default
