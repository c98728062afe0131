"""A first conversation on Discord (stop 37, chat round): a newcomer who has not found the
slash commands yet mentions the bot ("@pledgewatch pledges") or types a prefix command
("!pledges"). Through the real discord.py against the loopback stand-in of Discord's
REST API and gateway (tests/support/discord_stub.py). The texts are command lines written
for these tests. Each test failed before its fix: the bot said nothing at all.
"""

from __future__ import annotations

import asyncio

from tests.support.discord_harness import CHANNEL, GUILD, run
from tests.support.discord_stub import BOT_USER_ID

SLASH_HINT = "I answer slash commands: type / and pick one from the list, e.g. /pledges or /help."


def test_a_mention_of_the_bot_is_answered_with_where_its_commands_are(tmp_path):
    async def body(h):
        await asyncio.to_thread(h.stub.type_message, f"<@{BOT_USER_ID}> pledges allemagne", channel_id=CHANNEL,
                                guild_id=GUILD, mentions_bot=True)
        await h.stub.wait_async(lambda: h.stub.messages(CHANNEL))

    harness = run(tmp_path, body)
    assert [m["content"] for m in harness.stub.messages(CHANNEL)] == [SLASH_HINT]


def test_a_prefix_command_in_a_direct_message_is_answered_in_the_same_way(tmp_path):
    dm = 555555555555555555

    async def body(h):
        await asyncio.to_thread(h.stub.type_message, "!subscribe", channel_id=dm)
        await h.stub.wait_async(lambda: h.stub.messages(dm))

    harness = run(tmp_path, body)
    assert [m["content"] for m in harness.stub.messages(dm)] == [SLASH_HINT]


def test_a_guild_message_that_does_not_mention_the_bot_gets_no_answer(tmp_path):
    async def body(h):
        await asyncio.to_thread(h.stub.type_message, "!pledges", channel_id=CHANNEL, guild_id=GUILD)
        await asyncio.to_thread(h.stub.type_message, f"<@{BOT_USER_ID}> hello", channel_id=CHANNEL, guild_id=GUILD,
                                mentions_bot=True)
        await h.stub.wait_async(lambda: h.stub.messages(CHANNEL))

    harness = run(tmp_path, body)
    assert len(harness.stub.messages(CHANNEL)) == 1  # the mention only: "!pledges" may be another bot's
