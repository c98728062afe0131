"""Defects the review of stop 45's Discord changes found, through the real discord.py client
against the loopback stand-in (tests/support/discord_stub.py) over a real store. Each test
failed before its fix."""

from __future__ import annotations

import asyncio
import logging

from tests.support.discord_harness import GUILD, Harness, run, until

OUTSIDE, LISTED = 555555555555555555, 555555555555555556
OUTSIDE_HALL, LISTED_HALL = 666666666666666661, 666666666666666662


def test_a_server_outside_guild_ids_is_not_greeted(tmp_path):
    # With guild_ids the commands exist in those servers only; any other server that added
    # the bot was greeted with "send /subscribe", a command it does not have.
    seen = {}

    async def body(h: Harness) -> None:
        await asyncio.to_thread(h.stub.add_bot_to, OUTSIDE, [OUTSIDE_HALL], system_channel=OUTSIDE_HALL)
        await asyncio.to_thread(h.stub.add_bot_to, LISTED, [LISTED_HALL], system_channel=LISTED_HALL)
        await until(lambda: h.stub.messages(LISTED_HALL))  # told after the other: that one was handled
        seen["outside"] = h.stub.messages(OUTSIDE_HALL)
        seen["listed"] = [m["content"] for m in h.stub.messages(LISTED_HALL)]

    run(tmp_path, body, guild_ids=(GUILD, LISTED))
    assert seen["outside"] == []
    assert len(seen["listed"]) == 1 and "/subscribe" in seen["listed"][0]


def test_admins_with_guild_ids_are_warned_at_command_sync_that_they_need_manage_server(tmp_path, caplog):
    # The admin commands are shown to members with Manage Server only, and with guild_ids no
    # command exists in direct messages: an id listed in admins lost them, and nothing said so.
    caplog.set_level(logging.WARNING, logger="bot.adapters.discord_chat")
    run(tmp_path / "guilds", lambda h: asyncio.sleep(0))  # admins and guild_ids set
    warned = [r.getMessage() for r in caplog.records if "Manage Server" in r.getMessage()]
    caplog.clear()
    run(tmp_path / "global", lambda h: asyncio.sleep(0), guild_ids=())
    assert len(warned) == 1 and "[discord] admins" in warned[0] and "Server Settings > Integrations" in warned[0]
    assert not [r for r in caplog.records if "Manage Server" in r.getMessage()]
