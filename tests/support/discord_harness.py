"""A DiscordChat with the real discord.py client against the loopback stand-in
(tests/support/discord_stub.py), over a fresh store with the shipped rules: `Harness`, `run`
(one client on its own event loop), ids, and readers of what the stand-in recorded."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Awaitable, Callable
from pathlib import Path

from bot.adapters.discord_chat import DiscordChat
from bot.config import DiscordSettings
from bot.core.chat.commands import CommandTable
from bot.core.models import Alert, Subscription
from bot.delivery import OutboxDispatcher
from bot.rule_admin import RuleAdmin
from bot.store_chat_services import StoreChatServices
from tests.support.discord_stub import DiscordStub
from tests.support.fakes import FakeClock
from tests.support.migrated_store import migrated_store

REPO = Path(__file__).resolve().parents[2]
TOKEN = "stub.discord.token-do-not-log"
GUILD = 111111111111111111
CHANNEL = 222222222222222222
OTHER = 333333333333333333
ADMIN = 4242
EPHEMERAL = 1 << 6


class Harness:
    """A store with the shipped rules, the command table, the stub and a DiscordChat."""

    def __init__(self, tmp_path: Path, stub: DiscordStub, **settings: object):
        self.clock = FakeClock()
        self.store = migrated_store(tmp_path / "discord.db")
        self.rules = RuleAdmin(self.store, self.clock)
        self.rules.import_if_empty((REPO / "config" / "rules.toml").read_text(encoding="utf-8"))
        self.table = CommandTable(StoreChatServices(self.store, self.rules), self.clock, self.rules.entities)
        self.stub = stub
        values = {"token": TOKEN, "api_url": stub.api_url, "gateway_url": stub.gateway_url,
                  "admins": (ADMIN,), "guild_ids": (GUILD,), **settings}
        self.chat = DiscordChat(DiscordSettings(**values), self.table, self.store, self.clock,
                                ready_timeout=10, guild_ready_timeout=0.2)
        self.dispatcher = OutboxDispatcher(self.store, self.chat, self.clock)

    async def command(self, name: str, options: dict[str, str] | None = None, *, timeout: float | None = 10.0,
                      **kwargs: object) -> list:
        """Run a slash command and return the stub's record of every answer to it (waited for
        `timeout` s; None: as long as the test's pytest-timeout lets it, DiscordStub.wait_async)."""
        kwargs.setdefault("channel_id", CHANNEL)
        kwargs.setdefault("guild_id", GUILD)
        token = await asyncio.to_thread(self.stub.slash_command, name, options, **kwargs)
        # The answer: a callback that is more than "thinking..." (type 5), or the follow-up after one.
        await self.stub.wait_async(lambda: any((call.body or {}).get("type") != 5
                                               for call in self.stub.interaction_replies(token)), timeout)
        return self.stub.interaction_replies(token)

    def queue_alert(self, alert_title: str, chat_id: int = CHANNEL) -> Alert:
        story = self.store.create_story(alert_title, "https://example.org/a", self.clock.now(), None, "{}",
                                        ["aid"], 3.0)
        alert = Alert(story, alert_title, "https://example.org/a", ("AFP",), self.clock.now(), ("aid",))
        self.store.enqueue(alert, [Subscription("discord", str(chat_id))], self.clock.now())
        return alert


def run(tmp_path: Path, body: Callable[[Harness], Awaitable[None]], *, start: bool = True,
        guilds: dict[int, list[int]] | None = None, **settings: object) -> Harness:
    with DiscordStub(token=TOKEN, guilds=guilds or {GUILD: [CHANNEL, OTHER]}) as stub:
        harness = Harness(tmp_path, stub, **settings)

        async def main() -> None:
            if start:
                await harness.chat.start()
            try:
                await body(harness)
            finally:
                await harness.chat.stop()

        try:
            asyncio.run(main())
        finally:
            harness.store.close()
    return harness


def content_of(call) -> str:
    """The text of a callback (type 4 data) or a follow-up (webhook body), as Discord
    shows it (markdown escapes removed)."""
    body = call.body or {}
    return re.sub(r"\\(.)", r"\1", (body.get("data") or body).get("content") or "")


def flags_of(call) -> int:
    body = call.body or {}
    return (body.get("data") or body).get("flags") or 0


async def until(predicate: Callable[[], object], timeout: float = 10.0) -> None:
    """Wait, on the test's own loop, until `predicate()` holds; fail after `timeout` s (a
    deadline, not a measure: the bot under test answers on the same loop)."""
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout
    while not predicate():
        assert loop.time() < end, "timed out"
        await asyncio.sleep(0.02)
