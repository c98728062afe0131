"""StoreChatServices: what the chat command table needs, on SqliteStore and RuleAdmin.

A thin layer: it calls the store and the rule admin, and writes no SQL of its own (the
tables' statements are the store's, bot/adapters/store/). It lives outside bot.core
because it works on the store, an adapter.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from bot.adapters.sqlite_store import SqliteStore
from bot.config import ascii_host, check_chat_feed_url, feed_address
from bot.config.model import DEFAULT_MAX_FEEDS_PER_CHAT
from bot.core.chat.chat_addresses import in_group
from bot.core.chat.digest import next_digest_at
from bot.core.chat.services import ChatSettings
from bot.core.feeds.addresses import DEFAULT_CHAT_POLICY, DEFAULT_POLICY
from bot.core.feeds.urls import canonical_url, shown_feed_url
from bot.core.models import Feed, FeedAdded, Rule
from bot.core.pledges.listing.filters import PledgeFilter
from bot.core.text.safe_text import clean_line
from bot.errors import ChatFeedLimitError, ConfigError
from bot.rule_admin import RuleAdmin

MODES = ("instant", "digest")


class StoreChatServices:
    """The ChatServices role (bot.core.chat.services) on a SqliteStore."""

    def __init__(self, store: SqliteStore, rules: RuleAdmin, feed_addresses: str = DEFAULT_POLICY,
                 chat_feed_addresses: str = DEFAULT_CHAT_POLICY,
                 max_feeds_per_chat: int = DEFAULT_MAX_FEEDS_PER_CHAT):
        self.store = store
        self.rule_admin = rules
        # The settings' address policies, for /feed_add: a feed added here must pass both.
        self.feed_addresses = feed_addresses
        self.chat_feed_addresses = chat_feed_addresses
        self.max_feeds_per_chat = max_feeds_per_chat

    def on_store(self, store: SqliteStore) -> StoreChatServices:
        """The same services on another connection to the database (the chat readers' thread,
        bot/adapters/command_readers.py): SQLite's connections are each for one thread at a
        time. The rule admin is made anew on it, sharing the entity lists and word tables."""
        rules = RuleAdmin(store, self.rule_admin.clock, self.rule_admin.entities, self.rule_admin.lexicon)
        return StoreChatServices(store, rules, self.feed_addresses, self.chat_feed_addresses, self.max_feeds_per_chat)

    # -- one chat's settings ------------------------------------------------------

    def chat_settings(self, platform: str, chat_id: str) -> ChatSettings | None:
        subscription = self.store.chat_subscription(platform, chat_id)
        if subscription is None:
            return None
        return ChatSettings(
            subscribed=subscription.active,
            topics=subscription.topics,
            mode=subscription.mode,
            digest_time=subscription.digest_time,
            lang=subscription.lang,
            excluded=subscription.excluded,
        )

    def set_lang(self, platform: str, chat_id: str, lang: str, now: datetime) -> None:
        self.store.set_chat_lang(platform, chat_id, lang, now)

    def subscribe(self, platform: str, chat_id: str, topics: Sequence[str], lang: str, now: datetime,
                  excluded: Sequence[str] = ()) -> None:
        self.store.subscribe(platform, chat_id, topics, now, lang=lang, excluded=excluded)

    def unsubscribe(self, platform: str, chat_id: str, now: datetime) -> bool:
        return self.store.deactivate(platform, chat_id, now)

    def subscribed_in_group(self, platform: str, group_chat: str) -> list[str]:
        """The subscribed chats of a group: itself (General) and its forum topics."""
        return [s.chat_id for s in self.store.subscriptions(platform) if in_group(s.chat_id, group_chat)]

    def set_mode(self, platform: str, chat_id: str, mode: str, digest_time: str | None, now: datetime) -> bool:
        """Store the alert mode of a subscribed chat; False when it is not subscribed."""
        if mode not in MODES:
            raise ConfigError(f"mode must be one of {', '.join(MODES)}")
        changed = self.store.set_alert_mode(platform, chat_id, mode, digest_time, now)
        if changed:
            # Alerts already waiting follow the new mode: now, or at the new digest time.
            at = next_digest_at(now, digest_time) if mode == "digest" else now
            self.store.reschedule_pending(platform, chat_id, at)
        return changed

    # -- news ---------------------------------------------------------------------------

    def latest(self, limit: int) -> list[dict]:
        return self.store.latest_stories(limit)

    def search(self, query: str, limit: int) -> list[dict]:
        return self.store.search_entries(query, limit)

    def pledges(self, since: datetime | None, flt: PledgeFilter, limit: int | None = None,
                with_sources: bool = True) -> list[dict]:
        return self.store.pledge_rows(since, limit, donor=flt.donor, category=flt.category, systems=flt.systems,
                                      status=flt.status, with_sources=with_sources)

    def pledge_groups(self, since: datetime | None, flt: PledgeFilter) -> list[dict]:
        return self.store.pledge_groups(since, donor=flt.donor, category=flt.category, systems=flt.systems,
                                        status=flt.status)

    def pledge_status_counts(self, since: datetime | None, flt: PledgeFilter) -> dict[str, int]:
        return self.store.pledge_status_counts(since, donor=flt.donor, category=flt.category, systems=flt.systems,
                                               status=flt.status)

    def pledge_chart(self, rows: Sequence[dict], title: str, flt: PledgeFilter, lang: str) -> bytes:
        # matplotlib is heavy: imported only when someone asks for a chart.
        from bot.adapters.pledge_chart import render_pledge_chart

        return render_pledge_chart(rows, title, flt, lang)

    def feed_health(self) -> list[dict]:
        return self.store.feed_health()

    def outbox_counts(self) -> dict[str, int]:
        return self.store.outbox_counts()

    # -- rules ------------------------------------------------------------------------------

    def rules(self) -> list[Rule]:
        return self.rule_admin.rules()

    def threshold(self) -> float:
        return self.rule_admin.threshold()

    def rule_add(self, topic: str, expression: str, actor: str, force: bool = False,
                 new_topic: bool = False) -> tuple[int, tuple[str, ...]]:
        change = self.rule_admin.add(topic, expression, actor=actor, force=force, new_topic=new_topic)
        return change.rule.id, change.warnings

    def rule_edit(self, rule_id: int, expression: str, actor: str, force: bool = False) -> tuple[int, tuple[str, ...]]:
        change = self.rule_admin.edit(rule_id, expression, actor=actor, force=force)
        return change.rule.id, change.warnings

    def rule_remove(self, rule_id: int, actor: str) -> Sequence[str]:
        return self.rule_admin.remove(rule_id, actor=actor).warnings

    def rule_undo(self, actor: str) -> tuple[str, int, str]:
        change = self.rule_admin.undo(actor=actor)
        assert change.rule is not None and change.rule.id is not None  # an undo names the rule it reversed
        return change.undone, change.rule.id, change.rule.topic

    def rule_test(self, text: str) -> str:
        return self.rule_admin.test(text)

    def article(self, url: str) -> dict | None:
        return self.store.entry_at(url, canonical_url(url))

    # -- feeds ---------------------------------------------------------------------------------

    def feeds(self) -> list[Feed]:
        return self.store.list_feeds()

    def feed_add(self, url: str, name: str, now: datetime, actor: str = "", chat: str = "") -> FeedAdded:
        """Watch `url` under `name` (none: its shown URL); a URL already watched takes a name
        given. A feed new to the list counts against `chat` (ChatFeedLimitError when it has
        added max_feeds_per_chat already)."""
        check_chat_feed_url(url, self.feed_addresses, self.chat_feed_addresses)
        url = feed_address(url)
        self._check_chat_feed_limit(url, chat)
        # The name is shown in every alert of the feed: no control characters.
        given = clean_line(name)[:200]
        # Marked as from chat, so that every fetch applies chat_feed_addresses too (after DNS
        # and redirects), not only this check of the URL as written.
        feed = Feed(url=url, name=given or shown_feed_url(url), from_chat=True, added_in=chat or None)
        added = self.store.add_or_rename_feed(feed, now, actor or "chat", rename=bool(given))
        return replace(added, ascii_host=ascii_host(url), url=url)

    def _check_chat_feed_limit(self, url: str, chat: str) -> None:
        """ChatFeedLimitError when `url` would be one feed more than `chat` may add. A feed
        already watched (renamed, or named again) adds none."""
        if self.store.feed_is_watched(url):
            return
        if self.store.feeds_added_in(chat) >= self.max_feeds_per_chat:
            raise ChatFeedLimitError(self.max_feeds_per_chat)

    def feed_remove(self, feed_id: int, actor: str = "", now: datetime | None = None) -> bool:
        return self.store.remove_feed(feed_id, actor=actor or None, now=now)

    # -- audit -----------------------------------------------------------------------------------

    def audit_log(self, limit: int, action_prefix: str) -> list[dict]:
        return self.store.audit_log(limit=limit, action_prefix=action_prefix)
