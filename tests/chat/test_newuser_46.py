"""What a group member, a group administrator and a bot admin meet on Telegram (stop 46),
through the real python-telegram-bot against the loopback Bot API stand-in
(tests/support/telegram_stub.py) over a real store with the shipped rules."""

from __future__ import annotations

from dataclasses import replace

from bot.core.chat.command_list import COMMANDS
from bot.core.chat.i18n import t
from tests.support.telegram_harness import ADMIN, FAST, GROUP, USER, Bot, run

# Every command of a menu is tapped once, bare, as a menu sends it: no throttle in the way.
UNTHROTTLED = replace(FAST, commands_per_user=1000, commands_per_chat=1000)


def _refused(reply: str, name: str) -> bool:
    first = reply.splitlines()[0] if reply else ""
    return first in (t("en", "refused_admin", name=name), t("en", "refused_manage", name=name))


def test_a_group_member_may_read_the_groups_language_and_mode_but_not_change_them(tmp_path, stub):
    # "/lang" with no argument was refused to a plain member: they could not even learn which
    # language the group's alerts come in. Reading is everyone's; changing stays the admins'.
    stub.set_member(GROUP, ADMIN, "administrator")

    async def go():
        async with Bot(tmp_path, stub, limits=UNTHROTTLED) as bot:
            await bot.command(GROUP, "/lang de", user_id=ADMIN)
            await bot.command(GROUP, "/subscribe", user_id=ADMIN)
            await bot.command(GROUP, "/mode digest 08:00", user_id=ADMIN)
            seen = {}
            seen["lang"] = (await bot.command(GROUP, "/lang", user_id=USER))[-1]
            seen["mode"] = (await bot.command(GROUP, "/mode", user_id=USER))[-1]
            seen["change_lang"] = (await bot.command(GROUP, "/lang fr", user_id=USER))[-1]
            seen["change_mode"] = (await bot.command(GROUP, "/mode instant", user_id=USER))[-1]
            settings = bot.store.chat_subscription("telegram", str(GROUP))
            return seen, settings

    seen, settings = run(go())
    assert seen["lang"] == t("de", "lang_current_member", lang="de")
    assert seen["mode"].splitlines() == [t("de", "mode_current", mode_text=t("de", "mode_text_digest", time="08:00")),
                                         t("de", "mode_member")]
    assert seen["change_lang"] == t("de", "refused_manage", name="lang")
    assert seen["change_mode"] == t("de", "refused_manage", name="mode")
    assert (settings.lang, settings.mode, settings.digest_time) == ("de", "digest", "08:00")  # nothing changed


def test_a_member_of_a_group_without_alerts_is_not_told_to_send_a_command_they_are_refused(tmp_path, stub):
    async def go():
        async with Bot(tmp_path, stub, limits=UNTHROTTLED) as bot:
            return (await bot.command(GROUP, "/mode", user_id=USER))[-1]

    assert run(go()).splitlines() == [t("en", "topics_mine_none"), t("en", "mode_member")]


def _menu(stub, scope: str) -> list[str]:
    return [command["command"] for command in stub.menus[(scope, "")]]


def test_each_telegram_menu_offers_exactly_the_commands_its_reader_can_run(tmp_path, stub):
    # A menu sends a command bare when tapped. For each scope the bot sets, its reader taps every
    # command: those in their menu must run, those left out must be refused (or the menu hides
    # a command they may use). A bot admin in a group had only the group's menu there, without
    # the commands they alone may run: theirs comes with their first command in the group.
    stub.set_member(GROUP, USER + 1, "administrator")
    readers = {  # scope: (chat, user)
        "default": (USER, USER),
        "all_group_chats": (GROUP, USER),
        "all_chat_administrators": (GROUP, USER + 1),
        f"chat:{ADMIN}": (ADMIN, ADMIN),
        f"chat_member:{GROUP}:{ADMIN}": (GROUP, ADMIN),  # a bot admin, a plain member of the group
    }

    async def go():
        async with Bot(tmp_path, stub, limits=UNTHROTTLED) as bot:
            await bot.command(ADMIN, "/start")  # the admin's menu comes with their first command
            await bot.command(GROUP, "/start", user_id=ADMIN)  # and in a group, with their first there
            await stub.until(lambda: (f"chat:{ADMIN}", "") in stub.menus
                             and (f"chat_member:{GROUP}:{ADMIN}", "de") in stub.menus)
            runs = {}
            for scope, (chat, user) in readers.items():
                for command in COMMANDS:
                    reply = (await bot.command(chat, f"/{command.name}", user_id=user))[-1]
                    runs[scope, command.name] = not _refused(reply, command.name)
            return runs

    runs = run(go())
    for scope in readers:
        offered = _menu(stub, scope)
        runnable = [command.name for command in COMMANDS if runs[scope, command.name]]
        assert offered == runnable, scope
    assert "lang" in _menu(stub, "all_group_chats") and "subscribe" not in _menu(stub, "all_group_chats")


def test_help_marks_lang_and_mode_as_changed_by_group_admins_only_and_subscribe_as_theirs():
    from bot.core.chat.command_list import help_text

    for lang in ("en", "fr", "de"):
        lines = {line.split()[0]: line for line in help_text(lang).splitlines()[1:]}
        for name in ("/lang", "/mode"):
            assert lines[name].endswith(t(lang, "help_manage_change")), lines[name]
        assert lines["/subscribe"].endswith(t(lang, "help_manage")), lines["/subscribe"]


def test_an_admin_removed_from_the_settings_loses_their_menu_in_the_group_at_the_next_start(tmp_path, stub):
    async def go():
        async with Bot(tmp_path, stub) as bot:
            await bot.command(GROUP, "/help", user_id=ADMIN)
            await stub.until(lambda: (f"chat_member:{GROUP}:{ADMIN}", "de") in stub.menus)
        async with Bot(tmp_path, stub, admins=()):
            pass

    run(go())
    assert not [key for key in stub.menus if key[0] == f"chat_member:{GROUP}:{ADMIN}"]
