"""Defects the review of stop 45's chat changes found (Telegram menus, /rule_test <url>,
/feed_add), through the real python-telegram-bot against the loopback Bot API stand-in
(tests/support/telegram_stub.py) over a real store. Each test failed before its fix."""

from __future__ import annotations

from tests.support.telegram_harness import ADMIN, USER, Bot, run


def _menu_calls(stub) -> list:
    return stub.calls_to("setMyCommands")


def test_a_429_on_a_shared_menu_does_not_stop_the_start(tmp_path, stub):
    # The menus were set before polling began and a refused one raised out of the start:
    # run_loop stopped the whole bot (Discord, feeds and the web tracker too) for a menu.
    stub.fail_menus(1, retry_after=30, after=4)

    async def go():
        async with Bot(tmp_path, stub) as bot:
            return (await bot.command(USER, "/help"))[-1]

    help_text = run(go())
    assert "/subscribe" in help_text
    calls = _menu_calls(stub)
    # Asking on after Telegram said to wait only makes the wait longer: the start stops asking.
    assert [c.status for c in calls] == [200, 200, 200, 200, 429]


def test_an_admin_menu_set_in_one_language_only_is_taken_back_when_they_are_removed(tmp_path, stub):
    # The admin was recorded only once all three languages were set: English set and French
    # refused left an English admins' menu that no later start took back.
    async def go():
        async with Bot(tmp_path, stub) as bot:
            stub.fail_menus(1, retry_after=30, after=1)  # the admin's English menu, then a 429 on French
            await bot.command(ADMIN, "/help")
            await stub.until(lambda: any(c.status == 429 for c in _menu_calls(stub)))
            half_set = (f"chat:{ADMIN}", "") in stub.menus
        async with Bot(tmp_path, stub, admins=()):
            pass
        return half_set

    assert run(go())
    assert not [key for key in stub.menus if key[0] == f"chat:{ADMIN}"]
