"""`python -m bot run` as a real subprocess with Telegram enabled: python-telegram-bot
talks to the loopback Bot API stand-in, the feed comes from a loopback feed server.
A user subscribes, a relevant article appears, the alert arrives exactly once, and
commands keep working (with admin-only ones refused)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from bot.adapters.sqlite_store import SqliteStore
from tests.support.seed_feed import FEB_13, SEED_TITLES, seed_item
from tests.support.servers import Response, rss
from tests.support.telegram_stub import TelegramStub, check_telegram_html

REPO = Path(__file__).resolve().parents[2]
USER = 1001
ADMIN = 7000
DEADLINE = 90.0  # for one observable step of the subprocess; the time limit above bounds the test
# Whole `run` subprocesses: tens of seconds each on two busy cores.
pytestmark = pytest.mark.timeout(300)


def write_settings(tmp_path: Path, feed_url: str, api_url: str, token: str) -> Path:
    settings = tmp_path / "settings.toml"
    settings.write_text(
        f'database = "{(tmp_path / "run.db").as_posix()}"\n'
        f'rules = "{(REPO / "config" / "rules.toml").as_posix()}"\n'
        "poll_interval = 30\n"
        f'[[feed]]\nurl = "{feed_url}"\nname = "AFP"\nlang = "fr"\n'
        f'[telegram]\ntoken = "{token}"\napi_url = "{api_url}"\nadmins = [{ADMIN}]\n',
        encoding="utf-8",
    )
    return settings


def texts(api: TelegramStub, chat_id: int) -> list[str]:
    return [check_telegram_html(m["text"]) for m in api.messages_to(chat_id)]


def test_run_with_telegram_subscribes_alerts_once_and_answers_commands(tmp_path, feed_server):
    subscribed = threading.Event()

    def feed(request):
        # The article "appears" only once the user has subscribed: the poll waits for it.
        subscribed.wait(DEADLINE)
        body = rss([seed_item(0, FEB_13)], lang="fr") if subscribed.is_set() else rss([], lang="fr")
        return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})

    feed_server.set_route("/afp.xml", feed)
    env = {k: v for k, v in os.environ.items()
           if not k.endswith("_TOKEN") and not k.startswith(("TELEGRAM_", "DISCORD_", "PLEDGEWATCH_"))
           or k == "PLEDGEWATCH_CACHE_DIR"}
    with TelegramStub() as api:  # Telegram's real limits: 1 msg/s per chat, 30/s overall
        settings = write_settings(tmp_path, feed_server.url("/afp.xml"), api.url, api.token)
        stderr = (tmp_path / "stderr.log").open("w")
        proc = subprocess.Popen([sys.executable, "-m", "bot", "--config", str(settings), "run"],
                                stdout=subprocess.DEVNULL, stderr=stderr, env=env, cwd=tmp_path)
        try:
            api.wait_for(lambda: api.calls_to("deleteWebhook") or proc.poll() is not None, DEADLINE)
            assert proc.poll() is None, (tmp_path / "stderr.log").read_text()
            api.send_text(USER, "/start")
            api.wait_for(lambda: len(api.messages_to(USER)) == 1, DEADLINE)
            api.send_text(USER, "/subscribe")
            api.wait_for(lambda: len(api.messages_to(USER)) == 2, DEADLINE)
            subscribed.set()

            api.wait_for(lambda: any(SEED_TITLES[0] in t for t in texts(api, USER)), DEADLINE)
            store = SqliteStore(tmp_path / "run.db")
            rules_before = store.rule_count()
            api.send_text(USER, "/pledges")
            api.wait_for(lambda: len(api.messages_to(USER)) == 4, DEADLINE)
            api.send_text(USER, '/rule_add tanks "leopard"')
            api.wait_for(lambda: len(api.messages_to(USER)) == 5, DEADLINE)
        finally:
            subscribed.set()
            proc.send_signal(signal.SIGTERM)
            code = proc.wait(timeout=20)
            stderr.close()
        assert code == 0, (tmp_path / "stderr.log").read_text()[-3000:]

        replies = texts(api, USER)
        assert replies[0].startswith("Hello") and "alert" in replies[1].lower()
        assert sum(SEED_TITLES[0] in t for t in replies) == 1, "the alert arrives exactly once"
        assert replies[3] and SEED_TITLES[0] not in replies[3]  # the /pledges answer
        assert "administrators" in replies[4] and store.rule_count() == rules_before
        assert store.outbox_counts() == {"sent": 1}
        assert api.too_many_requests == 0
        assert api.token not in (tmp_path / "stderr.log").read_text()
        store.close()
