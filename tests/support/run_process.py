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

from tests.support.warm_rules_cache import with_warm_rules_cache

REPO = Path(__file__).resolve().parents[2]


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
    installed), with no chat token nor PLEDGEWATCH_ setting from the test's environment but
    a warm compiled-rules cache of its own (in `cwd`)."""
    env = {k: v for k, v in os.environ.items() if not k.endswith("_TOKEN") and not k.startswith("PLEDGEWATCH_")}
    env = with_warm_rules_cache(env, cwd / "demo-rules-cache") | {"PYTHONPATH": str(REPO)}
    return subprocess.run([sys.executable, "-m", "bot", "demo", "--db", str(db)], capture_output=True, text=True,
                          timeout=timeout, cwd=cwd, env=env)


def start(settings: Path, out: Path) -> subprocess.Popen:
    """`pledgewatch run` on `settings` (write_settings': the shipped rules), with a warm
    compiled-rules cache of its own beside `out`."""
    env = {k: v for k, v in os.environ.items() if not k.endswith("_TOKEN")}
    env = with_warm_rules_cache(env, out.parent / "run-rules-cache")
    return subprocess.Popen(
        [sys.executable, "-m", "bot", "--config", str(settings), "run"],
        stdout=out.open("a"), stderr=(out.parent / "stderr.log").open("a"), env=env, cwd=out.parent,
    )


def wait_for(predicate, proc: subprocess.Popen, what: str, stderr: Path | None = None):
    """Wait for the subprocess to reach a state we can observe (predicate's truthy result,
    returned), for as long as it lives: no clock. A wall-clock bound failed slow starts at
    load 15 (Discord's command sync, 2026-12-07), which were slow, not lost; a process that
    never gets there is failed by its test's time limit (pytest-timeout), one that exits
    fails here at once, with the end of its `stderr` file when given."""
    while not (result := predicate()):
        if proc.poll() is not None:
            said = stderr.read_text(encoding="utf-8")[-2000:] if stderr is not None else ""
            raise AssertionError(f"pledgewatch exited early waiting for {what}: {said}")
        time.sleep(0.05)
    return result


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


def clean_environment(warm_cache_in: Path | None = None) -> dict[str, str]:
    """No chat tokens (console only) and no PLEDGEWATCH_* settings or faults from outside;
    with `warm_cache_in`, a warm compiled-rules cache of the shipped rules there (for a process
    on the shipped rules), else the tests' own PLEDGEWATCH_CACHE_DIR (off)."""
    env = {k: v for k, v in os.environ.items()
           if not k.endswith("_TOKEN") and (not k.startswith("PLEDGEWATCH_") or k == "PLEDGEWATCH_CACHE_DIR")}
    return env if warm_cache_in is None else with_warm_rules_cache(env, warm_cache_in)
