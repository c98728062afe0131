"""Fan-out benchmark: one alert to many Telegram chats, through the real outbox
(OutboxDispatcher), the real TelegramChat (python-telegram-bot) and the loopback
Bot API stand-in enforcing Telegram's flood limits (30 msg/s overall, 1/s per chat).

    python bench/bench_fanout_telegram.py [--chats 5000]

Prints the delivery rate, how many 429s the stand-in had to answer, and how many
chats got nothing (lost) or more than one copy. Target: >= 27 msg/s, zero 429s.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))  # bench/common.py

from common import queue_fanout_alert  # noqa: E402

from bot.adapters.sqlite_store import SqliteStore  # noqa: E402
from bot.adapters.telegram_chat import TelegramChat  # noqa: E402
from bot.config import TelegramSettings  # noqa: E402
from bot.core.chat.commands import CommandTable  # noqa: E402
from bot.core.models import Alert  # noqa: E402
from bot.core.ports import SystemClock  # noqa: E402
from bot.delivery import OutboxDispatcher  # noqa: E402
from bot.rule_admin import RuleAdmin  # noqa: E402
from bot.store_chat_services import StoreChatServices  # noqa: E402
from tests.support.telegram_stub import TelegramStub  # noqa: E402

FIRST_CHAT = 100_000


def prepare(store: SqliteStore, chats: int, clock: SystemClock) -> Alert:
    return queue_fanout_alert(store, "telegram", range(FIRST_CHAT, FIRST_CHAT + chats), clock)


async def fan_out(store: SqliteStore, stub: TelegramStub, deadline: float) -> tuple[float, int]:
    clock = SystemClock()
    rules = RuleAdmin(store, clock)
    table = CommandTable(StoreChatServices(store, rules), clock, rules.entities)
    chat = TelegramChat(TelegramSettings(token=stub.token, api_url=stub.url), table, store, clock)
    dispatcher = OutboxDispatcher(store, chat, clock)
    await chat.start()
    try:
        started = time.perf_counter()
        sent = 0
        # Drain until nothing is pending; retries (after a 429) come due a little later.
        while time.perf_counter() < deadline:
            sent += (await dispatcher.drain()).sent
            if not store.outbox_counts().get("pending"):
                break
            await asyncio.sleep(0.2)
        return time.perf_counter() - started, sent
    finally:
        await chat.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--chats", type=int, default=5000, help="how many subscribed chats (default 5000)")
    parser.add_argument("--timeout", type=float, default=900, help="give up after this many seconds")
    args = parser.parse_args(argv)
    if args.chats < 1:
        parser.error("--chats must be at least 1")
    with tempfile.TemporaryDirectory() as tmp, TelegramStub() as stub:
        store = SqliteStore(Path(tmp) / "bench.db")
        store.migrate()
        prepare(store, args.chats, SystemClock())
        elapsed, sent = asyncio.run(fan_out(store, stub, time.perf_counter() + args.timeout))
        store.close()
        copies = Counter(str(call.params["chat_id"]) for call in stub.delivered())
    lost = args.chats - len(copies)
    doubled = sum(1 for n in copies.values() if n > 1)
    rate = sent / elapsed if elapsed else 0.0
    print(f"chats {args.chats}  sent {sent}  elapsed {elapsed:.1f}s  rate {rate:.1f} msg/s  "
          f"429s {stub.too_many_requests}  lost {lost}  duplicated {doubled}")
    return 0 if lost == 0 and doubled == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
