"""A story update interrupted by SIGKILL (tests/support/fault_injection.py), in real
processes: the alert is printed once and never again, the edit is made again after the
restart (an edit may repeat, an alert may not), and nothing stays half-done.

AFP's copy of the seed story is polled and alerted first (`poll --once --feed`), then
DW's copy joins the story in a second process that dies around the edit; a `run` then
recovers and finishes."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.fault_injection import HOOKED_CLI, KILL_AT_VARIABLE, KILL_OFFSET_VARIABLE, KILL_ON_VARIABLE
from tests.support.run_process import clean_environment, wait_for
from tests.support.seed_feed import FEB_13, seed_item
from tests.support.servers import rss

REPO = Path(__file__).resolve().parents[2]
CLAIM_EDIT = "UPDATE outbox_edits SET state = 'sending'"
DEADLINE = 90.0  # a loaded machine starts slowly


def settings_for(workdir: Path, server) -> Path:
    rules = (REPO / "config" / "rules.toml").as_posix()
    text = f'database = "{(workdir / "run.db").as_posix()}"\nrules = "{rules}"\npoll_interval = 600\n'
    for path, name in (("/afp.xml", "AFP"), ("/dw.xml", "DW")):
        text += f'[[feed]]\nurl = "{server.url(path)}"\nname = "{name}"\nlang = "fr"\n'
    path = workdir / "settings.toml"
    path.write_text(text, encoding="utf-8")
    return path


def cli(settings: Path, workdir: Path, *args: str, fault: dict[str, str] | None = None) -> subprocess.Popen:
    out = (workdir / "stdout.log").open("a")
    err = (workdir / "stderr.log").open("a")
    # The kill hook is installed by the test side (tests/support/fault_injection.py), never by the package.
    return subprocess.Popen([sys.executable, "-c", HOOKED_CLI, "--config", str(settings), *args], cwd=REPO,
                            env=clean_environment(workdir / "rules-cache") | {"PYTHONPATH": str(REPO)} | (fault or {}),
                            stdout=out, stderr=err)


def edits(db: Path) -> dict[str, int]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return dict(conn.execute("SELECT state, count(*) FROM outbox_edits GROUP BY state").fetchall())
    finally:
        conn.close()


@pytest.mark.parametrize("offset, printed_before_kill", [(0, False), (3, True)])
def test_a_kill_around_an_edit_repeats_the_edit_never_the_alert(tmp_path, feed_server, offset, printed_before_kill):
    feed_server.set_feed("/afp.xml", rss([seed_item(0, FEB_13)], lang="fr"))
    feed_server.set_feed("/dw.xml", rss([seed_item(1, FEB_13)], lang="fr"))
    settings = settings_for(tmp_path, feed_server)
    db = tmp_path / "run.db"

    assert cli(settings, tmp_path, "poll", "--once", "--feed", feed_server.url("/afp.xml")).wait(DEADLINE) == 0
    # +0: dies just before the edit is claimed; +3: the claim committed, the console chat's
    # language read (its one statement, since stop 50: the console speaks /lang's language)
    # and the edit printed, dies before it is confirmed.
    fault = {KILL_ON_VARIABLE: CLAIM_EDIT, KILL_AT_VARIABLE: "1", KILL_OFFSET_VARIABLE: str(offset)}
    second = cli(settings, tmp_path, "poll", "--once", "--feed", feed_server.url("/dw.xml"), fault=fault)
    assert second.wait(DEADLINE) == -signal.SIGKILL
    out = (tmp_path / "stdout.log").read_text(encoding="utf-8")
    assert out.count("UPDATED") == int(printed_before_kill)
    assert edits(db) == ({"sending": 1} if printed_before_kill else {"pending": 1})

    run = cli(settings, tmp_path, "run")
    try:
        wait_for(lambda: edits(db) == {"done": 1}, run, "the restarted run's edit", tmp_path / "stderr.log")
    finally:
        run.send_signal(signal.SIGTERM)
        run.wait(DEADLINE)
    out = (tmp_path / "stdout.log").read_text(encoding="utf-8")
    alerts = [line for line in out.splitlines() if line.startswith("ALERT ")]
    updates = [line for line in out.splitlines() if line.startswith("UPDATED ")]
    assert len(alerts) == 1, out  # the alert: exactly once, before and after the crash
    assert len(updates) == 1 + int(printed_before_kill), out  # the edit: made again after the crash
    assert "source: AFP, DW" in out.split("UPDATED", 1)[1]
    status = subprocess.run([sys.executable, "-m", "bot", "--config", str(settings), "status"], cwd=REPO,
                            env=clean_environment(), capture_output=True, text=True, timeout=DEADLINE)
    assert ("outbox: 0 pending, 1 sent, 0 failed, 0 not sent (chat unsubscribed), 0 uncertain; "
            "story updates: 0 to edit, 1 edited") in status.stdout
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("SELECT state, count(*) FROM outbox GROUP BY state").fetchall() == [("sent", 1)]
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
