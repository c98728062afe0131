"""Stop 47, review: a bot admin's group menu follows their status there (stop 47,
tests/chat/test_admin_group_menu_47.py), but it was set again at every chat_member update
about them, three setMyCommands a time under the rate limit all menus share, also when
nothing the menu is made from changed (a title or rights edited, restrictions changed,
member -> restricted). And one who left while restricted (Telegram keeps "restricted", with
is_member false) was given the menu again instead of having it taken back. The Bot API
stand-in, for its part, delivered chat_member updates to a bot that never asked for them,
which Telegram does not. Real PTB against the loopback Bot API stand-in."""

from __future__ import annotations

from telegram import Bot as PtbBot

from tests.support.telegram_harness import ADMIN, GROUP, USER, Bot, run


def _menu(stub, lang: str = "") -> list[str] | None:
    commands = stub.menus.get((f"chat_member:{GROUP}:{ADMIN}", lang))
    return None if commands is None else [c["command"] for c in commands]


async def _handled(bot: Bot) -> None:
    """Every update queued before returns has been handled (PTB handles them in order)."""
    await bot.command(GROUP, "/help", user_id=USER)


def test_a_status_change_the_menu_does_not_depend_on_sets_no_menu(tmp_path, stub):
    seen = {}

    async def go():
        async with Bot(tmp_path, stub) as bot:
            await bot.command(GROUP, "/help", user_id=ADMIN)
            await stub.until(lambda: _menu(stub, "de") is not None)
            stub.change_member_status(GROUP, ADMIN, "member", "administrator")
            await stub.until(lambda: "subscribe" in (_menu(stub, "de") or []))
            await _handled(bot)
            sets = len(stub.calls_to("setMyCommands"))
            for _ in range(3):  # their title or rights edited
                stub.change_member_status(GROUP, ADMIN, "administrator", "administrator")
            stub.change_member_status(GROUP, ADMIN, "administrator", "creator")  # still manages the group
            await _handled(bot)
            seen["unchanged"] = len(stub.calls_to("setMyCommands")) - sets
            # Demoted: the menu changes, so it is set again (once per language).
            stub.change_member_status(GROUP, ADMIN, "creator", "member")
            await stub.until(lambda: "subscribe" not in (_menu(stub, "de") or ["subscribe"]))
            await _handled(bot)
            sets = len(stub.calls_to("setMyCommands"))
            stub.change_member_status(GROUP, ADMIN, "member", "restricted")
            stub.change_member_status(GROUP, ADMIN, "restricted", "restricted")
            stub.change_member_status(GROUP, ADMIN, "restricted", "member")
            await _handled(bot)
            seen["restricted"] = len(stub.calls_to("setMyCommands")) - sets

    run(go())
    assert seen == {"unchanged": 0, "restricted": 0}


def test_an_admin_who_leaves_while_restricted_has_the_menu_taken_back(tmp_path, stub):
    async def go():
        async with Bot(tmp_path, stub) as bot:
            await bot.command(GROUP, "/help", user_id=ADMIN)
            await stub.until(lambda: _menu(stub, "de") is not None)
            stub.change_member_status(GROUP, ADMIN, "member", "restricted")
            await _handled(bot)
            sets = len(stub.calls_to("setMyCommands"))
            stub.change_member_status(GROUP, ADMIN, "restricted", "restricted-left")
            await stub.until(lambda: _menu(stub, "") is None and _menu(stub, "de") is None
                             and bot.store.get_setting("telegram_admin_group_menus", "") == "")
            return len(stub.calls_to("setMyCommands")) - sets

    assert run(go()) == 0


def test_the_stand_in_sends_member_updates_only_to_a_bot_that_asks(stub):
    """As Telegram: with no allowed_updates (or an empty list) every type comes but the
    member and reaction ones, so a test cannot pass on updates the bot never asked for."""
    async def go():
        async with PtbBot(stub.token, base_url=f"{stub.url.rstrip('/')}/bot") as ptb:
            stub.change_member_status(GROUP, ADMIN, "member", "administrator")
            stub.send_text(GROUP, "hello", user_id=USER)
            by_default = await ptb.get_updates(timeout=0)
            stub.change_member_status(GROUP, ADMIN, "administrator", "member")
            stub.send_text(GROUP, "hello again", user_id=USER)
            offset = by_default[-1].update_id + 1 if by_default else None
            asked = await ptb.get_updates(offset=offset, timeout=0, allowed_updates=["message", "chat_member"])
            return by_default, asked

    by_default, asked = run(go())
    assert [u.message.text for u in by_default] == ["hello"]
    assert [u.chat_member is not None for u in asked] == [True, False]
    assert asked[1].message.text == "hello again"
