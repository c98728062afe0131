"""Telegram's command menus (setMyCommands): each reader is offered what they can run
(bot/core/chat/command_menus.py), in French and German too where Telegram knows the user's
language.

Telegram picks a menu by scope, the narrowest one set first, each with the user's
language_code before without it (the Bot API's "Determining list of commands"). A bot admin
here is a user id in the settings, not a status in a chat, so the scopes used are:

  default                    private chats: every command but the bot admins'
  all_group_chats            group members: neither the admins' nor the chat managers'
  all_chat_administrators    group administrators: the chat managers' commands too
  chat (a bot admin's id)    a bot admin's private chat with the bot: every command

  chat_member (group, admin)  a bot admin in a group where they gave a command: the admins'
                             commands too, and the chat managers' where they manage the group

A bot admin's menu in a group is set at their first command there (the bot learns of a group
and of its members only from their messages): before, the group's menu offered them none of
the commands they alone may run there. Where the bot is a group administrator, Telegram tells
it of members' status changes (chat_member updates): a bot admin's menu there is then set again
for their new status (promoted: /subscribe added; demoted: taken out), or taken back when they
leave; elsewhere it follows their status at their first command after each start. Telegram refuses a chat scope for someone who never
started the bot ("chat not found"): that admin's private menu is set at their first command
instead. The admins given a menu, and the groups where, are remembered in the store, so that
one removed from the settings loses them at the next start; without that, a former admin was
offered commands refused to them. A 429 on any menu call holds every menu call back until
its retry_after has passed (a call during the wait is refused too and lengthens it), an hour at
most, as an alert's (MAX_RATE_LIMIT_WAIT): a broken proxy's "retry after 1000000000" held every
admin's menu back for 31 years, and a NaN or 10**15 (which PTB raises as ValueError or
OverflowError, not RetryAfter) ended the start as a chat out of reach, for a menu.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from telegram import (
    Bot,
    BotCommand,
    BotCommandScope,
    BotCommandScopeAllChatAdministrators,
    BotCommandScopeAllGroupChats,
    BotCommandScopeChat,
    BotCommandScopeChatMember,
    BotCommandScopeDefault,
)
from telegram.error import BadRequest, RetryAfter, TelegramError

from bot.adapters.telegram_failures import describe_error
from bot.adapters.telegram_retries import is_unrepresentable_retry_after, retry_seconds
from bot.core.chat.command_list import Command, command_help
from bot.core.chat.command_menus import menu_commands
from bot.core.chat.i18n import LANGUAGES
from bot.errors import PledgewatchError

log = logging.getLogger(__name__)
T = TypeVar("T")

MAX_DESCRIPTION = 256  # Telegram's limit for a command's description
# The longest a 429 holds the menu calls back: an hour, as an alert's (bot.delivery's
# MAX_RATE_LIMIT_WAIT, which an adapter may not import); asking again costs one call.
MAX_RATE_LIMIT_WAIT = 3600.0
# The store's setting holding the user ids whose private chat was given the admins' menu.
ADMIN_MENUS_SETTING = "telegram_admin_menus"
# The same for the groups where a bot admin was given a menu: "group:user" pairs.
GROUP_MENUS_SETTING = "telegram_admin_group_menus"

# The menus every reader of a scope shares, from the widest scope to the narrowest.
SHARED_MENUS: tuple[tuple[BotCommandScope, tuple[Command, ...]], ...] = (
    (BotCommandScopeDefault(), menu_commands(bot_admin=False, manages_chat=True)),
    (BotCommandScopeAllGroupChats(), menu_commands(bot_admin=False, manages_chat=False)),
    (BotCommandScopeAllChatAdministrators(), menu_commands(bot_admin=False, manages_chat=True)),
)
ADMIN_MENU = menu_commands(bot_admin=True, manages_chat=True)


def _language_code(lang: str) -> str | None:
    """English is the menu of every language without one of its own (no language_code)."""
    return None if lang == "en" else lang


class TelegramMenus:
    def __init__(self, admins: tuple[int, ...], store: Any, monotonic: Callable[[], float] = time.monotonic):
        # User ids only: a group's id (negative) listed by mistake would give its every
        # member the admins' menu, and the commands in it would all be refused to them.
        self.admins = frozenset(user_id for user_id in admins if user_id > 0)
        self.store = store
        self._given: set[int] = set()  # admins whose menu was set since the start
        self._asking: set[int] = set()  # admins whose menu is being set now
        self._in_groups: set[tuple[int, int]] = set()  # (group, admin) menus set or being set since the start
        # After a 429 on a menu, no menu is asked for until Telegram's wait has passed: each
        # call during it is refused too and only makes the wait longer.
        self._monotonic = monotonic
        self._quiet_until = 0.0

    def lacks_menu(self, user_id: int) -> bool:
        """A bot admin whose menu was neither set since the start nor is being set now (and
        Telegram asked for no wait that is still running)."""
        return (user_id in self.admins and user_id not in self._given and user_id not in self._asking
                and not self._waiting())

    def _waiting(self) -> bool:
        return self._monotonic() < self._quiet_until

    def slow_down(self, exc: RetryAfter) -> None:
        wait = max(retry_seconds(exc), 0.0)
        if isinstance(exc, UnheldWait) or not wait <= MAX_RATE_LIMIT_WAIT:  # (NaN too)
            asked = exc.asked if isinstance(exc, UnheldWait) else f"{retry_seconds(exc):g} s"
            wait = MAX_RATE_LIMIT_WAIT
            log.warning("telegram: a 429 asked the command menus to wait %s; they wait %d s (an alert's "
                        "longest wait), then are asked again", asked, MAX_RATE_LIMIT_WAIT)
        self._quiet_until = max(self._quiet_until, self._monotonic() + wait)

    async def set_all(self, bot: Bot) -> None:
        """Every menu. A menu is no reason to stop the bot: a refused one is logged and the
        start goes on (the menus Telegram had stay until the next start). A 429 ends the
        menu calls of this start: each further call would only be refused too, and a
        restart loop asking again would make the flood wait longer."""
        for scope, commands in SHARED_MENUS:
            try:
                await self._set(bot, scope, commands)
            except RetryAfter as exc:
                self.slow_down(exc)
                log.warning("telegram: Telegram asked to slow down while the command menus were set (%s); "
                            "the menus are left as they were until the next start", describe_error(exc))
                return
            except TelegramError as exc:
                log.warning("telegram: the command menu for %s not set: %s", type(scope).__name__,
                            describe_error(exc))
        await self._take_back_from_former_admins(bot)
        if not self._waiting():
            await self._take_back_group_menus(bot)
        for admin in sorted(self.admins):
            if self._waiting():
                return  # a 429 since: the admins' menus are set at their next command after the wait
            await self.give_admin_menu(bot, admin)

    async def give_admin_menu(self, bot: Bot, user_id: int) -> bool:
        """The admins' menu in `user_id`'s private chat with the bot; False when Telegram
        refused it (most often: they have not started the bot yet)."""
        if user_id not in self.admins:
            return False
        self._asking.add(user_id)  # two quick commands ask once
        remembered = self._remembered()
        # Recorded before the first call: a menu set in English and then refused in French
        # stays in that chat, and only a recorded admin's menu is taken back when they are
        # removed from the settings.
        self._remember(remembered | {user_id})
        languages_set = 0
        try:
            for lang in LANGUAGES:
                await self._set_one(bot, BotCommandScopeChat(user_id), ADMIN_MENU, lang)
                languages_set += 1
        except TelegramError as exc:
            if isinstance(exc, RetryAfter):
                self.slow_down(exc)
            if languages_set == 0 and isinstance(exc, BadRequest) and user_id not in remembered:
                # Refused outright ("chat not found": they never started the bot): nothing to
                # take back, and a removal refused the same way would be tried at every start.
                self._remember(self._remembered() - {user_id})
            log.info("telegram: the admins' command menu for %s not set yet (%s); it is at their next command",
                     user_id, describe_error(exc))
            return False
        finally:
            self._asking.discard(user_id)
        self._given.add(user_id)
        return True

    def claim_group_menu(self, group: int, user_id: int) -> bool:
        """True, and the pair marked as being given its menu, for a bot admin not given their
        menu in this group since the start, outside a wait Telegram asked for. Marked before
        anything is awaited: two commands a moment apart each started the getChatMember and
        three setMyCommands. give_group_menu (or release_group_menu) follows a True."""
        if user_id not in self.admins or (group, user_id) in self._in_groups or self._waiting():
            return False
        self._in_groups.add((group, user_id))
        return True

    def release_group_menu(self, group: int, user_id: int) -> None:
        """A claimed menu not set after all: asked again at their next command there."""
        self._in_groups.discard((group, user_id))

    async def give_group_menu(self, bot: Bot, group: int, user_id: int, manages_chat: bool) -> bool:
        """The admins' menu for `user_id` in `group` (with the chat managers' commands when they
        manage the group); False when Telegram refused it."""
        if user_id not in self.admins:
            return False
        self._in_groups.add((group, user_id))  # claimed already when called from a command
        self._remember_groups(self._remembered_groups() | {(group, user_id)})
        commands = menu_commands(bot_admin=True, manages_chat=manages_chat)
        try:
            for lang in LANGUAGES:
                await self._set_one(bot, BotCommandScopeChatMember(group, user_id), commands, lang)
        except TelegramError as exc:
            if isinstance(exc, RetryAfter):  # asked again at their first command after the wait
                self.slow_down(exc)
            self._in_groups.discard((group, user_id))  # asked again at their next command there
            log.info("telegram: the admins' command menu for %s in %s not set: %s", user_id, group,
                     describe_error(exc))
            return False
        return True

    async def follow_status(self, bot: Bot, group: int, user_id: int, *, manages_chat: bool, gone: bool) -> None:
        """A bot admin's status in `group` changed: their menu there, if they were given one
        (now or before this start), is set again for it, or taken back when they are `gone`
        from the group. A bot admin given no menu there yet gets it at their first command."""
        if user_id not in self.admins or (group, user_id) not in self._remembered_groups():
            return
        if self._waiting():  # set again at their next command there, once Telegram's wait is over
            self._in_groups.discard((group, user_id))
            return
        if not gone:
            await self.give_group_menu(bot, group, user_id, manages_chat)
            return
        try:
            for lang in LANGUAGES:
                await self._delete_one(bot, BotCommandScopeChatMember(group, user_id), lang)
        except TelegramError as exc:  # still remembered: taken back at the next start
            if isinstance(exc, RetryAfter):
                self.slow_down(exc)
            log.info("telegram: admin %s's menu in %s, which they left, not removed: %s", user_id, group,
                     describe_error(exc))
            return
        self._in_groups.discard((group, user_id))
        self._remember_groups(self._remembered_groups() - {(group, user_id)})

    async def _take_back_group_menus(self, bot: Bot) -> None:
        remembered = self._remembered_groups()
        for group, user_id in sorted(pair for pair in remembered if pair[1] not in self.admins):
            try:
                for lang in LANGUAGES:
                    await self._delete_one(bot, BotCommandScopeChatMember(group, user_id), lang)
            except BadRequest as exc:  # the group is gone, or they left it: no menu to take back
                log.info("telegram: former admin %s's menu in %s not found: %s", user_id, group, describe_error(exc))
            except RetryAfter as exc:  # the others would be refused too: all tried again at the next start
                self.slow_down(exc)
                log.warning("telegram: former admins' menus in groups not removed: %s", describe_error(exc))
                break
            except TelegramError as exc:  # tried again at the next start
                log.warning("telegram: former admin %s's menu in %s not removed: %s", user_id, group,
                            describe_error(exc))
                continue
            remembered.discard((group, user_id))
        self._remember_groups(remembered)

    def _remembered_groups(self) -> set[tuple[int, int]]:
        try:
            value = self.store.get_setting(GROUP_MENUS_SETTING, "") or ""
        except PledgewatchError as exc:
            log.warning("telegram: the groups where admins were given a command menu cannot be read: %s", exc)
            return set()
        pairs = (part.split(":") for part in value.split(",") if part.count(":") == 1)
        return {(int(group), int(user)) for group, user in pairs
                if group.lstrip("-").isdigit() and user.lstrip("-").isdigit()}

    def _remember_groups(self, pairs: set[tuple[int, int]]) -> None:
        try:
            self.store.set_setting(GROUP_MENUS_SETTING, ",".join(f"{g}:{u}" for g, u in sorted(pairs)))
        except PledgewatchError as exc:
            log.warning("telegram: the groups where admins were given a command menu not recorded: %s", exc)

    async def _take_back_from_former_admins(self, bot: Bot) -> None:
        remembered = self._remembered()
        for user_id in sorted(remembered - self.admins):
            try:
                for lang in LANGUAGES:
                    await self._delete_one(bot, BotCommandScopeChat(user_id), lang)
            except RetryAfter as exc:  # the others would be refused too: all tried again at the next start
                self.slow_down(exc)
                log.warning("telegram: former admins' menus not removed: %s", describe_error(exc))
                break
            except TelegramError as exc:  # tried again at the next start
                log.warning("telegram: the admins' menu of former admin %s not removed: %s", user_id,
                            describe_error(exc))
                continue
            remembered.discard(user_id)
            log.info("telegram: %s is no admin any more: the admins' command menu is taken back", user_id)
        self._remember(remembered)

    async def _set(self, bot: Bot, scope: BotCommandScope, commands: tuple[Command, ...]) -> None:
        for lang in LANGUAGES:
            await self._set_one(bot, scope, commands, lang)

    @staticmethod
    async def _set_one(bot: Bot, scope: BotCommandScope, commands: tuple[Command, ...], lang: str) -> None:
        await menu_call(bot.set_my_commands(
            [BotCommand(c.name, command_help(c, lang)[:MAX_DESCRIPTION]) for c in commands],
            scope=scope, language_code=_language_code(lang)))

    @staticmethod
    async def _delete_one(bot: Bot, scope: BotCommandScope, lang: str) -> None:
        await menu_call(bot.delete_my_commands(scope=scope, language_code=_language_code(lang)))

    def _remembered(self) -> set[int]:
        try:
            value = self.store.get_setting(ADMIN_MENUS_SETTING, "") or ""
        except PledgewatchError as exc:  # the store's errors: a menu is no reason to stop
            log.warning("telegram: the admins given a command menu cannot be read: %s", exc)
            return set()
        return {int(part) for part in value.split(",") if part.strip().lstrip("-").isdigit()}

    def _remember(self, user_ids: set[int]) -> None:
        try:
            self.store.set_setting(ADMIN_MENUS_SETTING, ",".join(str(i) for i in sorted(user_ids)))
        except PledgewatchError as exc:
            log.warning("telegram: the admins given a command menu not recorded: %s", exc)


class UnheldWait(RetryAfter):
    """A 429 whose wait PTB could not hold (NaN, or 10**15 s, past timedelta's range: PTB raised
    ValueError or OverflowError instead of RetryAfter), taken as the longest wait."""

    def __init__(self, asked: str):
        super().__init__(int(MAX_RATE_LIMIT_WAIT))
        self.asked = asked


async def menu_call(call: Awaitable[T]) -> T:
    """The result of a call the menus make, where a 429 asking a wait PTB cannot hold
    (is_unrepresentable_retry_after) raises UnheldWait, a RetryAfter, as any other 429 on a menu
    does: the caller then holds the menus back (slow_down), where the start had stopped."""
    try:
        return await call
    except (OverflowError, ValueError) as exc:
        if not is_unrepresentable_retry_after(exc):
            raise
        raise UnheldWait("NaN" if isinstance(exc, ValueError) else "past any date") from None
