"""Fan-out benchmark: one alert to many Discord channels, through the real outbox
(OutboxDispatcher), the real DiscordChat (discord.py 2.7) and the loopback Discord
stand-in (tests/support/discord_stub.py).

    python bench/bench_fanout_discord.py [--channels 1000] [--global-limit 50]

The stand-in itself never rate-limits, so this benchmark adds Discord's global
limit for bots (50 requests/s; --global-limit 0 turns it off): over it the stand-in
answers 429 with `"global": true` and a Via header, as Discord does. Prints the
delivery rate, the 429s answered, and the channels that got nothing (lost) or
more than one copy. Target: no loss, no duplicate.
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

from common import peak_rss_mb, queue_fanout_alert

from bot.adapters.discord_chat import DiscordChat  # noqa: E402
from bot.adapters.sqlite_store import SqliteStore  # noqa: E402
from bot.config import DiscordSettings  # noqa: E402
from bot.core.chat.commands import CommandTable  # noqa: E402
from bot.core.ports import SystemClock  # noqa: E402
from bot.delivery import OutboxDispatcher  # noqa: E402
from bot.rule_admin import RuleAdmin  # noqa: E402
from bot.store_chat_services import StoreChatServices  # noqa: E402
from tests.support.discord_stub import Call, DiscordStub  # noqa: E402

FIRST_CHANNEL = 300_000_000_000_000_000
GUILD = 111_111_111_111_111_111


class TokenBucket:
    """`rate` requests per second with bursts of up to `rate` (Discord's global limit)."""

    def __init__(self, rate: float):
        self.rate = rate
        self.tokens = rate
        self.at = time.monotonic()
        self.lock = threading.Lock()

    def take(self) -> float:
        """0 if a request may go now, else the seconds until one may."""
        with self.lock:
            now = time.monotonic()
            self.tokens = min(self.rate, self.tokens + (now - self.at) * self.rate)
            self.at = now
            if self.tokens >= 1:
                self.tokens -= 1
                return 0.0
            return (1 - self.tokens) / self.rate


class RateLimitedDiscordStub(DiscordStub):
    """The stand-in plus Discord's global message rate limit (for this benchmark only)."""

    def __init__(self, *args, global_limit: float = 50.0, **kwargs):
        super().__init__(*args, **kwargs)
        self.bucket = TokenBucket(global_limit) if global_limit > 0 else None
        self.too_many_requests = 0

    def _post_message(self, call: Call, channel_id: int, body):  # type: ignore[override]
        wait = self.bucket.take() if self.bucket else 0.0
        if wait <= 0:
            return super()._post_message(call, channel_id, body)
        self.too_many_requests += 1
        retry = f"{wait:.3f}"
        headers = {"Retry-After": retry, "X-RateLimit-Global": "true", "X-RateLimit-Scope": "global",
                   "Via": "1.1 google"}
        return self._json({"message": "You are being rate limited.", "retry_after": float(retry), "global": True},
                          429, headers)


def prepare(store: SqliteStore, channels: int, clock: SystemClock) -> None:
    queue_fanout_alert(store, "discord", range(FIRST_CHANNEL, FIRST_CHANNEL + channels), clock)


async def fan_out(store: SqliteStore, stub: DiscordStub, deadline: float) -> tuple[float, int, int]:
    clock = SystemClock()
    rules = RuleAdmin(store, clock)
    table = CommandTable(StoreChatServices(store, rules), clock, rules.entities)
    settings = DiscordSettings(token=stub.token, api_url=stub.api_url, gateway_url=stub.gateway_url)
    chat = DiscordChat(settings, table, store, clock, ready_timeout=10, guild_ready_timeout=0.2)
    dispatcher = OutboxDispatcher(store, chat, clock)
    await chat.start()
    try:
        started = time.perf_counter()
        sent = retried = 0
        # Drain until nothing is pending; deferred retries come due a little later.
        while time.perf_counter() < deadline:
            outcome = await dispatcher.drain()
            sent, retried = sent + outcome.sent, retried + outcome.retried
            if not store.outbox_counts().get("pending"):
                break
            await asyncio.sleep(0.2)
        return time.perf_counter() - started, sent, retried
    finally:
        await chat.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--channels", type=int, default=1000, help="subscribed channels (default 1000)")
    parser.add_argument("--global-limit", type=float, default=50.0,
                        help="the stand-in's global limit in requests/s (default 50, Discord's; 0: none)")
    parser.add_argument("--timeout", type=float, default=600, help="give up after this many seconds")
    args = parser.parse_args(argv)
    if args.channels < 1:
        parser.error("--channels must be at least 1")
    if args.global_limit < 0:
        parser.error("--global-limit must be >= 0")
    with tempfile.TemporaryDirectory() as tmp, \
            RateLimitedDiscordStub(token="bench.discord.token", guilds={GUILD: []},
                                   global_limit=args.global_limit) as stub:
        store = SqliteStore(Path(tmp) / "bench.db")
        store.migrate()
        prepare(store, args.channels, SystemClock())
        elapsed, sent, retried = asyncio.run(fan_out(store, stub, time.perf_counter() + args.timeout))
        counts = store.outbox_counts()
        store.close()
        copies = Counter(c.path for c in stub.calls_to("POST", "/channels/") if getattr(c, "accepted", True)
                         and c.path.endswith("/messages"))
    lost = args.channels - len(copies)
    doubled = sum(1 for n in copies.values() if n > 1)
    rate = sent / elapsed if elapsed else 0.0
    limit = f"{args.global_limit:g} req/s global limit" if args.global_limit else "no rate limit"
    print(f"channels {args.channels}  ({limit} in the stand-in)")
    print(f"sent {sent}  elapsed {elapsed:.1f}s  rate {rate:.1f} msg/s  429s {stub.too_many_requests}  "
          f"outbox retries {retried}  lost {lost}  duplicated {doubled}  outbox {dict(sorted(counts.items()))}  "
          f"peak RSS {peak_rss_mb():.0f} MiB (stand-in included)")
    return 0 if lost == 0 and doubled == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
