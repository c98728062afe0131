"""What a new user and an admin meet on Discord (stop 45), through the real discord.py client
against the loopback stand-in (tests/support/discord_stub.py) over a real store with the
shipped rules. Each test failed before its fix."""

from __future__ import annotations

import asyncio

import discord

from bot.core.chat.command_list import COMMANDS
from tests.support.discord_harness import CHANNEL, GUILD, OTHER, Harness, content_of, run, until

NEW_GUILD = 555555555555555555
HALL, NEWS, SYSTEM = 666666666666666661, 666666666666666662, 666666666666666663


def test_a_server_offers_the_admin_and_manager_commands_only_to_members_who_may_run_them(tmp_path):
    # Every member of a server was offered /rule_add, /feed_del, /audit... and /subscribe,
    # and then refused them.
    harness = run(tmp_path, lambda h: asyncio.sleep(0))
    registered = {command["name"]: command for command in harness.stub.commands[str(GUILD)]}
    manage_guild = str(discord.Permissions(manage_guild=True).value)
    manage_channels = str(discord.Permissions(manage_channels=True).value)
    for command in COMMANDS:
        shown_to = registered[command.name].get("default_member_permissions")
        shown_to = None if shown_to is None else str(shown_to)  # a bit set, sent as a number
        # /lang and /mode sent bare show the channel's setting to anyone (stop 46): offered to all.
        changes_only = command.manage and not command.shows_bare
        expected = manage_guild if command.admin else manage_channels if changes_only else None
        assert shown_to == expected, (command.name, shown_to)
    assert str(registered["subscribe"]["default_member_permissions"]) == manage_channels
    assert registered["pledges"].get("default_member_permissions") is None


def test_a_server_that_adds_the_bot_is_greeted_once_in_its_language_in_its_system_channel(tmp_path):
    seen = {}

    async def body(h: Harness) -> None:
        seen["at_start"] = h.stub.messages(CHANNEL) + h.stub.messages(OTHER)  # servers it was in already
        await asyncio.to_thread(h.stub.add_bot_to, NEW_GUILD, [HALL, NEWS, SYSTEM], system_channel=SYSTEM,
                                locale="fr")
        await until(lambda: h.stub.messages(SYSTEM))
        await asyncio.sleep(0.2)
        seen["system"] = [m["content"] for m in h.stub.messages(SYSTEM)]
        seen["others"] = h.stub.messages(HALL) + h.stub.messages(NEWS)

    run(tmp_path, body, guild_ids=())  # commands everywhere: every server is greeted
    assert seen["at_start"] == []  # a restart greets no server again
    assert seen["others"] == []
    (greeting,) = seen["system"]
    assert greeting.startswith("Bonjour ! Je surveille l'actualité de l'aide militaire") and "/subscribe" in greeting


def test_a_server_greeting_goes_where_the_bot_may_write_and_nowhere_else(tmp_path):
    seen = {}

    async def body(h: Harness) -> None:
        # The system channel (and the first channel) refuse the bot: the next channel it may write in.
        await asyncio.to_thread(h.stub.add_bot_to, NEW_GUILD, [HALL, NEWS, SYSTEM], system_channel=SYSTEM,
                                locale="de", mute=(SYSTEM, HALL))
        await until(lambda: h.stub.messages(NEWS))
        seen["news"] = [m["content"] for m in h.stub.messages(NEWS)]
        seen["muted"] = h.stub.messages(SYSTEM) + h.stub.messages(HALL)
        # A server where it may write nowhere: no greeting, nothing sent, and the bot goes on.
        await asyncio.to_thread(h.stub.add_bot_to, NEW_GUILD + 1, [HALL + 10], mute=(HALL + 10,))
        seen["answer"] = content_of((await h.command("topics"))[-1])
        seen["nowhere"] = h.stub.calls_to("POST", f"/channels/{HALL + 10}/")

    run(tmp_path, body, guild_ids=())
    assert len(seen["news"]) == 1 and seen["news"][0].startswith("Guten Tag! Ich verfolge"), seen
    assert seen["muted"] == [] and seen["nowhere"] == []
    assert seen["answer"].startswith("Topics:"), seen["answer"]


def test_a_server_the_bot_was_in_before_is_not_greeted_when_discord_reports_it_late(tmp_path):
    # discord.py reports as joined a server whose GUILD_CREATE comes after it stopped waiting
    # at start: a server of long standing would be greeted at every such restart.
    seen = {}

    async def body(h: Harness) -> None:
        await asyncio.to_thread(h.stub.add_bot_to, NEW_GUILD, [HALL], system_channel=HALL,
                                joined_at="2025-01-01T00:00:00+00:00")
        await asyncio.to_thread(h.stub.add_bot_to, NEW_GUILD + 1, [NEWS], system_channel=NEWS)
        await until(lambda: h.stub.messages(NEWS))  # the server just joined, told after the other
        seen["old"] = h.stub.messages(HALL)

    run(tmp_path, body, guild_ids=())
    assert seen["old"] == []
