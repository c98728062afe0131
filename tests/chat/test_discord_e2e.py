"""`python -m bot run` as a real subprocess with Discord pointed at the loopback stand-in
(and Telegram at its own stand-in when that adapter is present): a channel subscribes
with a slash command, a relevant item appears in a feed, exactly one embed arrives;
/pledges answers; members without rights change neither the subscription nor the rules.

The feed answers only once the channel has subscribed (its route waits for that),
so the test needs no second poll and no fixed sleep."""

from __future__ import annotations

import importlib.util
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from bot.adapters.sqlite_store import SqliteStore
from tests.support.discord_harness import flags_of
from tests.support.discord_stub import MANAGE_CHANNELS, DiscordStub
from tests.support.seed_feed import FEB_13, seed_item
from tests.support import run_process
from tests.support.servers import RecordedRequest, Response, rss
from tests.support.warm_rules_cache import with_warm_rules_cache

# Whole `run` subprocesses: tens of seconds each on two busy cores.
pytestmark = pytest.mark.timeout(300)
REPO = Path(__file__).resolve().parents[2]
TOKEN = "e2e.discord.token-secret"
GUILD = 111111111111111111
CHANNEL = 222222222222222222
ADMIN = 4242
EPHEMERAL = 1 << 6
HAVE_TELEGRAM = (importlib.util.find_spec("tests.support.telegram_stub") is not None
                 and importlib.util.find_spec("bot.adapters.telegram_chat") is not None)


def write_settings(tmp_path: Path, feed_url: str, stub: DiscordStub, telegram_url: str | None) -> Path:
    rules = (REPO / "config" / "rules.toml").as_posix()
    text = (
        f'database = "{(tmp_path / "run.db").as_posix()}"\n'
        f'rules = "{rules}"\n'
        "poll_interval = 30\n"
        f'[[feed]]\nurl = "{feed_url}"\nname = "AFP"\nlang = "fr"\n'
        f'[discord]\ntoken = "{TOKEN}"\napi_url = "{stub.api_url}"\ngateway_url = "{stub.gateway_url}"\n'
        f"admins = [{ADMIN}]\nguild_ids = [{GUILD}]\n"
    )
    if telegram_url:
        from tests.support.telegram_stub import TOKEN as TELEGRAM_TOKEN

        text += f'[telegram]\ntoken = "{TELEGRAM_TOKEN}"\napi_url = "{telegram_url}"\n'
    path = tmp_path / "settings.toml"
    path.write_text(text, encoding="utf-8")
    return path


def gated_feed(feed_server, path: str, open_: threading.Event) -> None:
    """Serve the first seed article, but only once `open_` is set (run_scenario sets it, on a
    failure too)."""
    body = rss([seed_item(0, FEB_13)], lang="fr")

    def handler(request: RecordedRequest) -> Response:
        open_.wait()
        return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})

    feed_server.set_route(path, handler)


def start(settings: Path, tmp_path: Path) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if not k.endswith("_TOKEN") and not k.startswith(("DISCORD_", "TELEGRAM_"))}
    env = with_warm_rules_cache(env, tmp_path / "rules-cache")  # the shipped rules (write_settings)
    return subprocess.Popen(
        [sys.executable, "-m", "bot", "--config", str(settings), "run"],
        stdout=(tmp_path / "stdout.log").open("w"), stderr=(tmp_path / "stderr.log").open("w"),
        env=env, cwd=tmp_path,
    )


def wait_for(predicate, proc: subprocess.Popen, what: str, tmp_path: Path):
    """Waited for as long as the run lives (run_process.wait_for: no clock)."""
    return run_process.wait_for(predicate, proc, what, tmp_path / "stderr.log")


def shown(call) -> str:
    body = call.body or {}
    return (body.get("data") or body).get("content") or ""


def command(stub: DiscordStub, proc, tmp_path, name: str, options=None, **kwargs) -> list:
    """The interaction's replies once its answer is there: a callback other than "thinking..."
    (type 5), or the follow-up after one. Commands that write are deferred before the store is
    asked, so counting replies raced: a loaded run saw the deferral and its follow-up at once."""
    token = stub.slash_command(name, options, channel_id=CHANNEL, guild_id=GUILD, **kwargs)

    def answered() -> list:
        calls = stub.interaction_replies(token)
        return calls if any((call.body or {}).get("type") != 5 for call in calls) else []

    return wait_for(answered, proc, f"the answer to /{name}", tmp_path)


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=20) == 0


def run_scenario(tmp_path: Path, feed_server, stub: DiscordStub, telegram=None) -> subprocess.Popen:
    """The shared story: rights enforced, a channel subscribes, one embed arrives."""
    subscribed = threading.Event()
    gated_feed(feed_server, "/afp.xml", subscribed)
    proc = start(write_settings(tmp_path, feed_server.url("/afp.xml"), stub,
                                telegram.url if telegram else None), tmp_path)
    try:
        wait_for(lambda: stub.commands.get(str(GUILD)), proc, "slash commands synced", tmp_path)

        # A member without Manage Channels cannot subscribe the channel; a non-admin cannot add rules.
        (refused,) = command(stub, proc, tmp_path, "subscribe", user_id=7, permissions=1 << 11)
        assert flags_of(refused) & EPHEMERAL
        (refused,) = command(stub, proc, tmp_path, "rule_add", {"topic": "aid", "expression": "zeitenwende"},
                             user_id=7, permissions=MANAGE_CHANNELS)
        assert flags_of(refused) & EPHEMERAL

        *_, ok = command(stub, proc, tmp_path, "subscribe", user_id=8, permissions=MANAGE_CHANNELS)
        assert not flags_of(ok) & EPHEMERAL
        if telegram is not None:
            telegram.send_text(1001, "/subscribe")
            wait_for(lambda: telegram.messages_to(1001), proc, "the Telegram /subscribe answer", tmp_path)
        subscribed.set()

        (message,) = wait_for(lambda: stub.messages(CHANNEL), proc, "the alert embed", tmp_path)
        (embed,) = message["embeds"]
        assert embed["url"] == "https://example.org/seed-0"
        assert message["allowed_mentions"] == {"parse": []}

        defer, answer = command(stub, proc, tmp_path, "pledges")
        assert defer.body["type"] == 5 and shown(answer)
        store = SqliteStore(tmp_path / "run.db")
        wait_for(lambda: store.outbox_counts().get("sent"), proc, "the outbox marked sent", tmp_path)
        store.close()
    except BaseException:
        subscribed.set()
        proc.kill()
        raise
    return proc


def test_run_with_discord_subscribes_alerts_once_and_enforces_rights(tmp_path, feed_server):
    with DiscordStub(token=TOKEN, guilds={GUILD: [CHANNEL]}) as stub:
        proc = run_scenario(tmp_path, feed_server, stub)
        stop(proc)
    assert len(stub.messages(CHANNEL)) == 1, "one story, one embed"
    store = SqliteStore(tmp_path / "run.db")
    (sub,) = store.subscriptions("discord")
    assert sub.chat_id == str(CHANNEL)
    assert not any(r["expression"] == "zeitenwende" for r in store.db.query("SELECT expression FROM rules"))
    assert store.outbox_counts() == {"sent": 1}
    store.close()
    assert TOKEN not in (tmp_path / "stderr.log").read_text(encoding="utf-8")
    assert TOKEN not in (tmp_path / "stdout.log").read_text(encoding="utf-8")


@pytest.mark.skipif(not HAVE_TELEGRAM, reason="the Telegram adapter or its stand-in is not in this tree")
def test_run_with_discord_and_telegram_alerts_both_once(tmp_path, feed_server):
    from tests.support.telegram_stub import TelegramStub

    with DiscordStub(token=TOKEN, guilds={GUILD: [CHANNEL]}) as stub, TelegramStub() as telegram:
        proc = run_scenario(tmp_path, feed_server, stub, telegram)
        try:
            store = SqliteStore(tmp_path / "run.db")
            wait_for(lambda: store.outbox_counts() == {"sent": 2}, proc, "both alerts sent", tmp_path)
            store.close()
        finally:
            stop(proc)
    assert len(stub.messages(CHANNEL)) == 1
    store = SqliteStore(tmp_path / "run.db")
    assert {s.platform for s in store.subscriptions()} == {"discord", "telegram"}
    store.close()
