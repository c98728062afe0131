"""Round 45: a Discord server removing the bot ends the subscription of a thread archived
since it subscribed, through the real discord.py against the loopback stand-in
(tests/support/discord_stub.py), over a real SQLite file. It failed before its fix: discord.py
drops an archived thread from its cache (guild.threads), so on_guild_remove did not know it,
and the thread's subscription (and its waiting alerts) lived on until a week of refused alerts.
The server of each chat a command ran in is now kept (subscriptions.server_id, migration 31).
"""

from __future__ import annotations

import asyncio

from tests.support.discord_harness import CHANNEL, GUILD, Harness, run
from tests.support.discord_stub import MANAGE_CHANNELS

THREAD = 444444444444444444  # a thread of the harness server's CHANNEL
ELSEWHERE = 555555555555555555  # a thread of another server, archived too
OTHER_GUILD = 666666666666666666
OTHER_CHANNEL = 777777777777777777


async def _until(condition, timeout: float = 20.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        assert loop.time() < deadline, "timed out"
        await asyncio.sleep(0.02)


def test_a_server_removing_the_bot_ends_the_subscription_of_its_archived_thread(tmp_path):
    outcome = {}

    async def body(h: Harness) -> None:
        await asyncio.to_thread(h.stub.open_thread, GUILD, THREAD, CHANNEL)
        await asyncio.to_thread(h.stub.open_thread, OTHER_GUILD, ELSEWHERE, OTHER_CHANNEL)
        await _until(lambda: h.chat.client.get_guild(GUILD).get_thread(THREAD) is not None
                     and h.chat.client.get_guild(OTHER_GUILD).get_thread(ELSEWHERE) is not None)
        for place, server in ((THREAD, GUILD), (ELSEWHERE, OTHER_GUILD)):
            await h.command("subscribe", {"topics": "air_defence"}, channel_id=place, guild_id=server,
                            permissions=MANAGE_CHANNELS)
        h.queue_alert("Oslo sends NASAMS", chat_id=THREAD)
        for place, server, parent in ((THREAD, GUILD, CHANNEL), (ELSEWHERE, OTHER_GUILD, OTHER_CHANNEL)):
            await asyncio.to_thread(h.stub.archive_thread, server, place, parent)
        await _until(lambda: h.chat.client.get_guild(GUILD).get_thread(THREAD) is None
                     and h.chat.client.get_guild(OTHER_GUILD).get_thread(ELSEWHERE) is None)
        outcome["before"] = sorted(s.chat_id for s in h.store.subscriptions("discord"))
        await asyncio.to_thread(h.stub.remove_bot_from, GUILD)
        await _until(lambda: h.chat.client.get_guild(GUILD) is None)
        await _until(lambda: str(THREAD) not in {s.chat_id for s in h.store.subscriptions("discord")}, timeout=5)
        outcome["left"] = [s.chat_id for s in h.store.subscriptions("discord")]
        outcome["counts"] = h.store.outbox_counts()

    run(tmp_path, body, guilds={GUILD: [CHANNEL], OTHER_GUILD: [OTHER_CHANNEL]})
    assert outcome["before"] == sorted([str(THREAD), str(ELSEWHERE)])
    assert outcome["left"] == [str(ELSEWHERE)]  # the other server's archived thread keeps its alerts
    assert outcome["counts"] == {"unsubscribed": 1}, outcome["counts"]


def test_a_thread_subscribed_before_servers_were_kept_is_ended_too_once_archived(tmp_path):
    outcome = {}

    async def body(h: Harness) -> None:
        await asyncio.to_thread(h.stub.open_thread, GUILD, THREAD, CHANNEL)
        await _until(lambda: h.chat.client.get_guild(GUILD).get_thread(THREAD) is not None)
        # As an older version left it: subscribed, its server not known.
        h.store.subscribe("discord", str(THREAD), ("air_defence",), h.clock.now())
        await asyncio.to_thread(h.stub.archive_thread, GUILD, THREAD, CHANNEL)
        await _until(lambda: h.chat.client.get_guild(GUILD).get_thread(THREAD) is None)
        await _until(lambda: h.store.chats_of_server("discord", str(GUILD)) == [str(THREAD)])
        await asyncio.to_thread(h.stub.remove_bot_from, GUILD)
        await _until(lambda: h.store.subscriptions("discord") == [], timeout=5)
        outcome["left"] = h.store.subscriptions("discord")

    run(tmp_path, body, guilds={GUILD: [CHANNEL]})
    assert outcome["left"] == []
