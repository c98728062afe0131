"""Bot tokens set in the environment never leak: not in any command's output or log,
not in any file the commands write, not in any row of the database. The last test runs
`pledgewatch run` with both chat platforms against the loopback stand-ins, at DEBUG, in
text and JSON logs, through failing requests, a SIGKILL and a start that fails."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from bot.adapters.sqlite_store import SqliteStore
from bot.cli import main
from tests.conftest import seed_texts
from tests.support.discord_stub import MANAGE_CHANNELS, DiscordStub
from tests.support.run_process import outbox_states, wait_for
from tests.support.seed_feed import FEB_13, seed_item
from tests.support.servers import RecordedRequest, Response, free_port, rss
from tests.support.telegram_stub import TelegramStub
from tests.support.warm_rules_cache import with_warm_rules_cache

TELEGRAM_TOKEN = "918273645:AAH-secret-telegram-token_Zq9"
DISCORD_TOKEN = "MTA5.secret-discord-token.Xk2Lw9"
# A token may surface whole or in part (Telegram's secret half follows the colon).
NEEDLES = (TELEGRAM_TOKEN, TELEGRAM_TOKEN.split(":", 1)[1], DISCORD_TOKEN)


@pytest.fixture
def env(tmp_path, monkeypatch):
    monkeypatch.setenv("PLEDGEWATCH_DB", str(tmp_path / "secrets.db"))
    monkeypatch.delenv("PLEDGEWATCH_CONFIG", raising=False)
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TELEGRAM_TOKEN)
    monkeypatch.setenv("DISCORD_BOT_TOKEN", DISCORD_TOKEN)
    # Nothing listens here: a chat that tried to connect would fail, not reach the internet.
    monkeypatch.setenv("TELEGRAM_API_URL", "http://127.0.0.1:9")
    monkeypatch.setenv("DISCORD_API_URL", "http://127.0.0.1:9/api/v10")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _leaks(data: bytes | str) -> list[str]:
    text = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
    return [needle for needle in NEEDLES if needle in text]


def _database_leaks(path: Path) -> list[str]:
    """Every value of every column of every table (FTS shadow tables included)."""
    found = []
    with sqlite3.connect(path) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")]
        for table in tables:
            quoted = '"' + table.replace('"', '""') + '"'
            for row in conn.execute(f"SELECT * FROM {quoted}"):  # table names from sqlite_master, not user input
                for value in row:
                    if isinstance(value, str | bytes) and _leaks(value):
                        found.append(f"{table}: {_leaks(value)}")
    conn.close()
    return found


def test_tokens_never_appear_in_output_files_or_database(env, capfd, feed_server):
    afp, dw = seed_texts()
    feed_server.set_feed("/afp.xml", rss([
        {"title": "L'Otan veut accélérer ses livraisons d'armes à l'Ukraine", "link": "https://e.org/afp",
         "guid": "afp", "description": afp},
        {"title": "Réunion de l'OTAN à Bruxelles", "link": "https://e.org/dw", "guid": "dw", "description": dw},
    ], lang="fr"))
    feed_server.set_status("/broken.xml", 500)
    commands = [
        ["--log-level", "DEBUG", "feeds", "add", feed_server.url("/afp.xml")],
        ["feeds", "add", feed_server.url("/broken.xml")],
        ["--log-level", "DEBUG", "poll", "--once"],
        ["--log-format", "json", "poll", "--once"],
        ["db", "stats"],
        ["db", "backup", str(env / "backup.db")],
        ["rules", "export"],
        ["rules", "export", str(env / "rules.toml")],
        ["pledges", "export"],
        ["pledges", "export", "--format", "json", "--out", str(env / "pledges.json")],
        ["pledges", "summary"],
        ["feeds", "list"],
        ["status"],
    ]
    outputs = []
    for argv in commands:
        code = main(argv)
        captured = capfd.readouterr()
        assert code in (0, 3), (argv, captured.err)  # status says 3: the broken feed is failing
        outputs.append((argv, captured.out + captured.err))

    assert [(argv, _leaks(text)) for argv, text in outputs if _leaks(text)] == []
    assert any("FAIL" in text for _, text in outputs)  # the failing feed was reported, so errors were printed
    written = [p for p in env.rglob("*") if p.is_file()]
    assert {"rules.toml", "pledges.json", "backup.db", "secrets.db"} <= {p.name for p in written}
    assert [p.name for p in written if _leaks(p.read_bytes())] == []
    assert _database_leaks(env / "secrets.db") == []
    assert _database_leaks(env / "backup.db") == []


# -- `run` with both chats ------------------------------------------------------------------

REPO = Path(__file__).resolve().parents[2]
GUILD = 333333333333333333
CHANNEL = 444444444444444444
TELEGRAM_USER = 1001
# A liveness bound on a process's stop and on a start that fails: generous, since a loaded
# machine (load 15) slows both many times; the steps of a run are waited on as events (run_process.wait_for).
WAIT = 300.0


def _run_environment(telegram_api: str, discord: DiscordStub, cache: Path) -> dict[str, str]:
    """Tokens and chat endpoints only from the environment, as an operator would set them;
    the shipped rules' compiled cache warm, in `cache` (outside the folder searched for tokens)."""
    env = {k: v for k, v in os.environ.items()
           if not k.endswith("_TOKEN") and not k.startswith(("PLEDGEWATCH_", "DISCORD_", "TELEGRAM_"))}
    return with_warm_rules_cache(env, cache) | {
        "TELEGRAM_BOT_TOKEN": TELEGRAM_TOKEN, "TELEGRAM_API_URL": telegram_api,
        "DISCORD_BOT_TOKEN": DISCORD_TOKEN, "DISCORD_API_URL": discord.api_url,
        "DISCORD_GATEWAY_URL": discord.gateway_url,
    }


def _start_run(workdir: Path, settings: Path, env: dict[str, str], name: str, log_format: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "bot", "--config", str(settings), "--log-level", "DEBUG", "--log-format", log_format,
         "run"],
        stdout=(workdir / f"{name}.out").open("w"), stderr=(workdir / f"{name}.err").open("w"),
        stdin=subprocess.DEVNULL, env=env, cwd=workdir,
    )


def _stop(proc: subprocess.Popen) -> int:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
    return proc.wait(timeout=WAIT)


@pytest.mark.timeout(600)  # three `run` processes, each tens of seconds on a loaded machine
def test_a_run_with_both_chats_leaks_no_token_anywhere(tmp_path, feed_server, monkeypatch):
    workdir = tmp_path / "work"
    workdir.mkdir()
    db = workdir / "run.db"
    subscribed = threading.Event()
    article = rss([seed_item(0, FEB_13)], lang="fr")

    def gated(request: RecordedRequest) -> Response:  # the alert waits for both subscriptions
        subscribed.wait()  # set by the test once both chats subscribed, and in its `finally`
        return Response(200, article, {"Content-Type": "application/rss+xml; charset=utf-8"})

    feed_server.set_route("/afp.xml", gated)
    feed_server.set_status("/broken.xml", 500)  # a failing feed request on every poll
    settings = workdir / "settings.toml"
    settings.write_text(
        f'database = "{db.as_posix()}"\nrules = "{(REPO / "config" / "rules.toml").as_posix()}"\n'
        "poll_interval = 30\n"
        f'[[feed]]\nurl = "{feed_server.url("/afp.xml")}"\nname = "AFP"\nlang = "fr"\n'
        f'[[feed]]\nurl = "{feed_server.url("/broken.xml")}"\nname = "Broken"\nlang = "en"\n'
        f"[discord]\nguild_ids = [{GUILD}]\n",
        encoding="utf-8",
    )
    with DiscordStub(token=DISCORD_TOKEN, guilds={GUILD: [CHANNEL]}) as discord, \
            TelegramStub(token=TELEGRAM_TOKEN) as telegram:
        env = _run_environment(telegram.url, discord, tmp_path / "rules-cache")

        # 1. Text logs at DEBUG: both chats subscribe; the first send to each fails
        #    (Telegram 429, Discord 500), then both alerts go out; then a crash (SIGKILL).
        telegram.fail_next(1, retry_after=1)
        discord.fail_channel(CHANNEL, 500, times=1)
        proc = _start_run(workdir, settings, env, "text", "text")
        try:
            wait_for(lambda: discord.commands.get(str(GUILD)), proc, "slash commands synced")
            token = discord.slash_command("subscribe", channel_id=CHANNEL, guild_id=GUILD, user_id=8,
                                          permissions=MANAGE_CHANNELS)
            wait_for(lambda: discord.interaction_replies(token), proc, "the Discord /subscribe answer")
            telegram.send_text(TELEGRAM_USER, "/subscribe")
            wait_for(lambda: telegram.messages_to(TELEGRAM_USER), proc, "the Telegram /subscribe answer")
            subscribed.set()
            wait_for(lambda: outbox_states(db) == {"sent": 2}, proc, "both alerts sent after the failed attempts")
            assert any(call.status == 429 for call in telegram.calls_to("sendMessage"))
            assert any(not getattr(call, "accepted", True)
                       for call in discord.calls_to("POST", f"/channels/{CHANNEL}/messages"))
        finally:
            subscribed.set()
            proc.kill()
            proc.wait(timeout=WAIT)
        assert proc.returncode == -signal.SIGKILL

        # 2. JSON logs at DEBUG, restarted on the crashed database: commands on both
        #    platforms (database searches), then a clean stop.
        polled = len(feed_server.requests_to("/afp.xml"))
        proc = _start_run(workdir, settings, env, "json", "json")
        try:
            wait_for(lambda: len(feed_server.requests_to("/afp.xml")) > polled, proc, "the restarted run polling")
            answered = len(telegram.messages_to(TELEGRAM_USER))
            telegram.send_text(TELEGRAM_USER, "/pledges")
            wait_for(lambda: len(telegram.messages_to(TELEGRAM_USER)) > answered, proc, "the Telegram /pledges answer")
            token = discord.slash_command("status", channel_id=CHANNEL, guild_id=GUILD, user_id=8)
            wait_for(lambda: len(discord.interaction_replies(token)) >= 2, proc, "the Discord /status answer")
        finally:
            assert _stop(proc) == 0

    # 3. A start whose chat requests all fail (nothing listens at the Telegram API): since stop 63
    #    `run` goes on without Telegram, saying why, and tries it again (late_chat_start.py).
    env["TELEGRAM_API_URL"] = f"http://127.0.0.1:{free_port()}"
    proc = _start_run(workdir, settings, env, "failed", "text")
    try:
        wait_for(lambda: "runs on without telegram" in (workdir / "failed.err").read_text(encoding="utf-8"), proc,
                 "the run saying it goes on without Telegram")
    finally:
        assert _stop(proc) == 0

    # Exports and a backup of the same database, with the tokens still in the environment.
    monkeypatch.chdir(workdir)
    for key in ("TELEGRAM_BOT_TOKEN", "DISCORD_BOT_TOKEN"):
        monkeypatch.setenv(key, env[key])
    for argv in (["db", "backup", str(workdir / "backup.db")], ["pledges", "export", "--format", "json", "--out",
                 str(workdir / "pledges.json")], ["rules", "export", str(workdir / "rules.toml")]):
        assert main(["--config", str(settings), *argv]) == 0, argv

    logs = {p.name: p.read_text(encoding="utf-8") for p in workdir.glob("*.out")} | {
        p.name: p.read_text(encoding="utf-8") for p in workdir.glob("*.err")}
    # The logs are really at DEBUG and really in each format (a quiet run would prove nothing).
    assert " DEBUG " in logs["text.err"] and '"level": "DEBUG"' in logs["json.err"]
    assert {name: _leaks(text) for name, text in logs.items() if _leaks(text)} == {}
    written = [p for p in workdir.rglob("*") if p.is_file()]
    assert {"run.db", "backup.db", "pledges.json", "rules.toml"} <= {p.name for p in written}
    assert [p.name for p in written if _leaks(p.read_bytes())] == []  # WAL and journal files included
    assert _database_leaks(db) == [] and _database_leaks(workdir / "backup.db") == []
    store = SqliteStore(db)
    try:
        assert {s.platform for s in store.subscriptions()} == {"discord", "telegram"}
    finally:
        store.close()
