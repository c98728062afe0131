"""What a new user and an admin meet on Telegram (stop 45), through the real
python-telegram-bot against the loopback Bot API stand-in (tests/support/telegram_stub.py)
over a real store with the shipped rules. Each test failed before its fix."""

from __future__ import annotations

from bot.core.chat.command_list import COMMANDS
from tests.support.telegram_harness import ADMIN, USER, Bot, run

ADMIN_ONLY = {c.name for c in COMMANDS if c.admin}
MANAGERS_ONLY = {c.name for c in COMMANDS if c.manage}
EVERY = [c.name for c in COMMANDS]


def _names(stub, scope: str, lang: str = "") -> list[str]:
    return [command["command"] for command in stub.menus[(scope, lang)]]


def test_menus_offer_each_reader_only_what_they_can_run_in_their_language(tmp_path, stub):
    # One menu for everyone offered /rule_add, /feed_add, /audit... to every user, who was then
    # refused them; and /subscribe to a group's members, whom a group refuses it too.
    async def go():
        async with Bot(tmp_path, stub):
            pass

    run(go())
    for lang in ("", "fr", "de"):
        private = _names(stub, "default", lang)
        members = _names(stub, "all_group_chats", lang)
        group_admins = _names(stub, "all_chat_administrators", lang)
        assert private == [name for name in EVERY if name not in ADMIN_ONLY]
        assert members == [name for name in private if name not in MANAGERS_ONLY]
        assert group_admins == private
        assert "subscribe" in private and "subscribe" not in members and "status" in members
    assert stub.menus[("all_group_chats", "de")][0]["description"] == "Vorstellung"
    assert stub.menus[("all_group_chats", "fr")][0]["description"] == "présentation"


def test_an_admin_gets_the_admin_menu_in_their_private_chat_at_their_first_command(tmp_path, stub):
    # Telegram refuses a chat's menu until its user has started the bot: the start must not
    # fail on it, and the admin's menu comes with their first command.
    async def go():
        async with Bot(tmp_path, stub) as bot:
            refused_at_start = (f"chat:{ADMIN}", "") not in stub.menus
            await bot.command(USER, "/help")
            await bot.command(ADMIN, "/help", language_code="de")
            await stub.until(lambda: (f"chat:{ADMIN}", "de") in stub.menus)
            return refused_at_start

    assert run(go())
    for lang in ("", "fr", "de"):
        assert _names(stub, f"chat:{ADMIN}", lang) == EVERY
    assert (f"chat:{USER}", "") not in stub.menus  # a plain user keeps the shared menu


def test_an_admin_removed_from_the_settings_loses_the_admin_menu_at_the_next_start(tmp_path, stub):
    async def go():
        async with Bot(tmp_path, stub) as bot:
            await bot.command(ADMIN, "/help")
            await stub.until(lambda: (f"chat:{ADMIN}", "de") in stub.menus)
        async with Bot(tmp_path, stub, admins=(ADMIN,)):  # still an admin: the menu is set again at the start
            set_again = len([c for c in stub.calls_to("setMyCommands")
                             if c.status == 200 and (c.params.get("scope") or {}).get("chat_id") == ADMIN])
        async with Bot(tmp_path, stub, admins=()):
            pass
        return set_again

    assert run(go()) == 6  # three languages at the first command, three at the second start
    assert not [key for key in stub.menus if key[0] == f"chat:{ADMIN}"]
    assert len(stub.calls_to("deleteMyCommands")) == 3
