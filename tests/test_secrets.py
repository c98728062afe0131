"""Bot tokens set in the environment never leak: not in any command's output or log,
not in any file the commands write, not in any row of the database."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bot.cli import main
from tests.conftest import seed_texts
from tests.servers import rss

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
