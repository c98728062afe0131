"""Defects the review of stop 46's Discord changes found (reread46b), through the real
discord.py client against the loopback stand-in (tests/support/discord_stub.py) over a real
store. Each test failed before its fix."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta, timezone

from tests.support.discord_harness import Harness, run, until

NEW_GUILD = 777777777777777771
HALL = 888888888888888871


def _greetings(stub) -> list[str]:
    return [m["content"] for m in stub.messages(HALL)]


def test_a_server_that_removed_the_bot_while_it_was_down_is_greeted_when_it_adds_it_again(tmp_path):
    # The record said "greeted" until an on_guild_remove, which discord.py sends only for a
    # removal it sees while connected: removed during a restart and invited again, the server
    # heard nothing, that stay or any later one.
    first_join = datetime.now(timezone.utc) - timedelta(minutes=3)
    seen = {}

    async def first(h: Harness) -> None:
        await asyncio.to_thread(h.stub.add_bot_to, NEW_GUILD, [HALL], system_channel=HALL,
                                joined_at=first_join.isoformat())
        await until(lambda: _greetings(h.stub))
        seen["first"] = _greetings(h.stub)

    async def after_restart(h: Harness) -> None:
        # This stand-in never had the bot in the server (removed while the bot was down); the
        # server invites it again now, a new join time.
        second_join = datetime.now(timezone.utc).isoformat()
        await asyncio.to_thread(h.stub.add_bot_to, NEW_GUILD, [HALL], system_channel=HALL, joined_at=second_join)
        await until(lambda: _greetings(h.stub))
        seen["again"] = _greetings(h.stub)
        # The same join reported once more (a new gateway session): still one greeting.
        await asyncio.to_thread(h.stub.add_bot_to, NEW_GUILD, [HALL], system_channel=HALL, joined_at=second_join)
        await h.command("topics")
        await asyncio.sleep(0.2)
        seen["reported_again"] = _greetings(h.stub)

    run(tmp_path, first, guild_ids=())
    run(tmp_path, after_restart, guild_ids=())
    assert len(seen["first"]) == 1, seen
    assert len(seen["again"]) == 1, seen
    assert len(seen["reported_again"]) == 1, seen
