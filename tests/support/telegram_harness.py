"""A TelegramChat on the real python-telegram-bot Application against the loopback Bot API
stand-in (tests/support/telegram_stub.py), over a fresh store with the shipped rules: `Bot`, the
`stub` fixture (made available to every test by tests/conftest.py), chat ids and limits."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from pathlib import Path

import pytest

from bot.adapters.telegram_chat import TelegramChat, TelegramLimits
from bot.config import TelegramSettings, load_settings
from bot.core.chat.commands import CommandTable
from bot.core.models import Alert, Pledge
from bot.delivery import OutboxDispatcher
from bot.rule_admin import RuleAdmin
from bot.store_chat_services import StoreChatServices
from tests.support.fakes import FakeClock
from tests.support.migrated_store import migrated_store
from tests.support.seed_feed import FEB_13
from tests.support.telegram_stub import StubLimits, TelegramStub, check_telegram_html

ADMIN = 7000
USER = 1001
GROUP = -100555
# Generous limits on both sides, for tests that are not about flood control.
FAST = TelegramLimits(chat_interval=0.0, group_per_minute=1000, overall_per_second=1000, poll_timeout=2)
FAST_STUB = StubLimits(overall_per_second=1000, chat_interval=0.0, group_per_minute=1000)


class Bot:
    """A started TelegramChat over a fresh store, plus its outbox dispatcher."""

    def __init__(self, tmp_path: Path, stub: TelegramStub, limits: TelegramLimits = FAST,
                 admins: tuple[int, ...] = (ADMIN,)):
        self.stub = stub
        self.clock = FakeClock()
        self.store = migrated_store(tmp_path / "telegram.db")
        self.rules = RuleAdmin(self.store, self.clock)
        self.rules.import_if_empty(load_settings(environ={}).rules_file.read_text(encoding="utf-8"))
        table = CommandTable(StoreChatServices(self.store, self.rules), self.clock, self.rules.entities)
        settings = TelegramSettings(token=stub.token, api_url=stub.url, admins=admins)
        self.chat = TelegramChat(settings, table, self.store, self.clock, limits=limits)
        self.dispatcher = OutboxDispatcher(self.store, self.chat, self.clock)

    async def __aenter__(self) -> Bot:
        await self.chat.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.chat.stop()
        self.store.close()

    async def command(self, chat_id: int, text: str, **kwargs) -> list[str]:
        """Send `text` and wait for one more reply in that chat; every reply's visible text."""
        before = len(self.stub.messages_to(chat_id))
        self.stub.send_text(chat_id, text, **kwargs)
        await self.stub.until(lambda: len(self.stub.messages_to(chat_id)) > before)
        return replies(self.stub, chat_id)

    def queue(self, alert: Alert) -> int:
        return self.store.enqueue(self.with_story(alert), self.store.subscriptions("telegram"), self.clock.now())

    def with_story(self, alert: Alert) -> Alert:
        """The alert with a story of its own in the store (an edit needs one to revise)."""
        story_id = self.store.create_story(alert.title, alert.url, self.clock.now(), alert.published,
                                           f"fp-{alert.title}", alert.topics, 1.0)
        return replace(alert, story_id=story_id)


def replies(stub: TelegramStub, chat_id: int) -> list[str]:
    """Visible text of what the chat received; every message must parse as Telegram HTML."""
    return [check_telegram_html(m.get("text") or m.get("caption") or "") for m in stub.messages_to(chat_id)]


def sample_alert(**changes) -> Alert:
    alert = Alert(
        story_id=0, title="Germany pledges IRIS-T systems", url="https://example.org/news?a=1&b=2",
        sources=("AFP", "DW"), published=FEB_13, topics=("air_defence",),
        pledges=(Pledge(donor="DE", category="air_defence", status="pledged", system="IRIS-T", quantity=2),),
        summary="Berlin will send two more systems.",
    )
    return replace(alert, **changes)


@pytest.fixture
def stub():
    with TelegramStub(limits=FAST_STUB) as server:
        yield server


def run(coro):
    return asyncio.run(coro)
