"""Stop 47: a bot admin's menu in a group (Telegram's chat_member scope, which outranks the
group administrators' menu) was set from their status at their first command there and kept
until the next start: promoted to group administrator, they lacked /subscribe in it; demoted,
they were offered /subscribe and refused it; gone from the group, their menu stayed. The bot
now asks Telegram for chat_member updates (sent to a bot that is an administrator of the
group) and sets the menu again from the new status, or takes it back when they leave. A
former admin's group menu is taken back at the next start since stop 46
(tests/chat/test_newuser_46.py). Real PTB against the loopback Bot API stand-in."""

from __future__ import annotations

from tests.support.telegram_harness import ADMIN, GROUP, USER, Bot, run


def _menu(stub, lang: str = "") -> list[str] | None:
    commands = stub.menus.get((f"chat_member:{GROUP}:{ADMIN}", lang))
    return None if commands is None else [c["command"] for c in commands]


def test_an_admins_group_menu_follows_their_status_there(tmp_path, stub):
    seen = {}

    async def go():
        async with Bot(tmp_path, stub) as bot:
            await bot.command(GROUP, "/help", user_id=ADMIN)  # a plain member of the group
            await stub.until(lambda: _menu(stub, "de") is not None)
            seen["member"] = _menu(stub)
            stub.change_member_status(GROUP, ADMIN, "member", "administrator")
            await stub.until(lambda: "subscribe" in (_menu(stub, "de") or []))
            seen["promoted"] = _menu(stub)
            stub.change_member_status(GROUP, ADMIN, "administrator", "member")
            await stub.until(lambda: "subscribe" not in (_menu(stub, "de") or ["subscribe"]))
            seen["demoted"] = _menu(stub)
            stub.change_member_status(GROUP, ADMIN, "member", "left")
            # Forgotten once every language's menu is deleted: nothing left to take back at the next start.
            await stub.until(lambda: _menu(stub, "") is None and _menu(stub, "de") is None
                             and bot.store.get_setting("telegram_admin_group_menus", "") == "")

    run(go())
    assert "chat_member" in stub.allowed_updates
    assert "rule_add" in seen["member"] and "subscribe" not in seen["member"]
    assert "rule_add" in seen["promoted"] and "subscribe" in seen["promoted"]
    assert "rule_add" in seen["demoted"] and "subscribe" not in seen["demoted"]


def test_a_status_change_of_anyone_else_sets_no_menu(tmp_path, stub):
    async def go():
        async with Bot(tmp_path, stub) as bot:
            await bot.command(GROUP, "/help", user_id=USER)
            sets = len(stub.calls_to("setMyCommands"))
            stub.change_member_status(GROUP, USER, "member", "administrator")
            # A bot admin with no menu in the group yet gets none from a status change either:
            # theirs comes with their first command there, as before.
            stub.change_member_status(GROUP, ADMIN, "member", "administrator")
            await bot.command(GROUP, "/help", user_id=USER)  # the updates before it are handled
            return len(stub.calls_to("setMyCommands")) - sets

    assert run(go()) == 0
