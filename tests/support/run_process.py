"""`pledgewatch run` as a real subprocess in tests: its environment, the settings of two
seed feeds on a loopback server, starting it and waiting (bounded) on what it does; and
`pledgewatch demo --db` run to its end."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DEADLINE = 60.0


def write_settings(tmp_path: Path, server) -> Path:
    settings = tmp_path / "settings.toml"
    rules = (REPO / "config" / "rules.toml").as_posix()
    settings.write_text(
        f'database = "{(tmp_path / "run.db").as_posix()}"\n'
        f'rules = "{rules}"\n'
        "poll_interval = 30\n"
        f'[[feed]]\nurl = "{server.url("/afp.xml")}"\nname = "AFP"\nlang = "fr"\n'
        f'[[feed]]\nurl = "{server.url("/dw.xml")}"\nname = "DW"\nlang = "fr"\n',
        encoding="utf-8",
    )
    return settings


def run_demo(db: Path, cwd: Path, timeout: float = 180) -> subprocess.CompletedProcess:
    """`python -m bot demo --db DB` in a child process, this checkout's bot (not the one the venv
    installed), with no chat token nor PLEDGEWATCH_ setting from the test's environment."""
    env = {k: v for k, v in os.environ.items() if not k.endswith("_TOKEN") and not k.startswith("PLEDGEWATCH_")}
    env["PYTHONPATH"] = str(REPO)
    return subprocess.run([sys.executable, "-m", "bot", "demo", "--db", str(db)], capture_output=True, text=True,
                          timeout=timeout, cwd=cwd, env=env)


def start(settings: Path, out: Path) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if not k.endswith("_TOKEN")}
    return subprocess.Popen(
        [sys.executable, "-m", "bot", "--config", str(settings), "run"],
        stdout=out.open("a"), stderr=(out.parent / "stderr.log").open("a"), env=env, cwd=out.parent,
    )


def wait_for(predicate, proc: subprocess.Popen, what: str) -> None:
    """Wait (bounded) for the subprocess to reach a state we can observe."""
    end = time.monotonic() + DEADLINE
    while not predicate():
        assert proc.poll() is None, f"pledgewatch exited early waiting for {what}"
        assert time.monotonic() < end, f"timed out waiting for {what}"
        time.sleep(0.1)


def alert_titles(out: Path) -> list[str]:
    return [line[len("ALERT  "):] for line in out.read_text(encoding="utf-8").splitlines() if line.startswith("ALERT  ")]


def outbox_states(db: Path) -> dict[str, int]:
    """Outbox rows by state, read without writing (empty until the run has made the table)."""
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            return dict(conn.execute("SELECT state, count(*) FROM outbox GROUP BY state").fetchall())
        finally:
            conn.close()
    except sqlite3.Error:
        return {}


def clean_environment() -> dict[str, str]:
    """No chat tokens (console only) and no PLEDGEWATCH_* settings or faults from outside."""
    return {k: v for k, v in os.environ.items()
            if not k.endswith("_TOKEN") and (not k.startswith("PLEDGEWATCH_") or k == "PLEDGEWATCH_CACHE_DIR")}
