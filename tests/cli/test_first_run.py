"""What a new user meets on the first start: the shipped rules when the settings name
none, one start-up summary of rules, feeds and where alerts go, and one summary line
per polling round instead of a warning per failing feed."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import tomllib
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot import __version__
from bot.cli import main
from bot.core.feeds.poll_report import PollTally
from bot.core.models import PollResult
from tests.support.servers import free_port
from tests.support.run_process import wait_for

REPO = Path(__file__).resolve().parents[2]
SHIPPED_RULES = len(tomllib.loads((REPO / "config" / "rules.toml").read_text(encoding="utf-8"))["rule"])


def _settings(tmp_path: Path, feeds: list[str]) -> Path:
    path = tmp_path / "mine.toml"
    text = f'database = "{(tmp_path / "mine.db").as_posix()}"\n'  # no `rules =`, no `feeds =`
    text += "".join(f'[[feed]]\nurl = "{url}"\n' for url in feeds)
    path.write_text(text, encoding="utf-8")
    return path


def test_settings_without_rules_use_the_shipped_rules(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("PLEDGEWATCH_DB", raising=False)
    settings = _settings(tmp_path, [])
    assert main(["--config", str(settings), "rules", "list"]) == 0
    listed = [line for line in capsys.readouterr().out.splitlines() if re.match(r" *\d+  \w", line)]
    assert SHIPPED_RULES > 10 and len(listed) == SHIPPED_RULES


def test_run_says_what_it_uses_and_where_alerts_go(tmp_path):
    port = free_port()
    settings = _settings(tmp_path, [f"http://127.0.0.1:{port}/a.xml", f"http://127.0.0.1:{port}/b.xml"])
    env = {k: v for k, v in os.environ.items() if not k.endswith("_TOKEN") and k != "PLEDGEWATCH_DB"}
    err = tmp_path / "stderr.log"
    proc = subprocess.Popen([sys.executable, "-m", "bot", "run", "--config", str(settings)], cwd=tmp_path, env=env,
                            stdout=subprocess.DEVNULL, stderr=err.open("w"))
    try:
        # The first polls (spread over 5 s) fail against the closed port; the round's closing
        # line is waited for, not a fixed time (on a loaded machine the round takes longer).
        wait_for(lambda: "first round done" in err.read_text(encoding="utf-8"), proc, "the first round's end", err)
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=30) == 0
    text = err.read_text(encoding="utf-8")
    assert f"rules: {SHIPPED_RULES}, imported now from" in text
    assert "feeds: 2: 2 listed in the settings" in text
    assert "alerts go to: this console (no TELEGRAM_BOT_TOKEN or DISCORD_BOT_TOKEN set)" in text
    # and what to do for chats (stop 44: it said only what was missing)
    assert 'set one to alert the chats that /subscribe (README, "Alert a chat")' in text
    assert " WARNING " not in text, "a failing feed is summarised, not warned about one by one"
    # Both feeds failed and back off: the round's closing line says when the bot tries again.
    assert re.search(r"first round done: 2 feeds in \d+ s, 0 new items, 0 relevant, 2 failed; commonest error "
                     r"\(2x\), e\.g\.: .*; `pledgewatch status` lists each feed's error; "
                     r"no network here\? `pledgewatch demo` runs the whole pipeline offline; "
                     r"next poll due \d\d:\d\d UTC \(in 20 min\)", text), text


def test_a_round_of_polls_is_one_line_with_the_next_poll():
    now = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)
    tally = PollTally()
    for n in range(19):
        tally.add(PollResult(feed_url=f"https://f{n}.example/", error="cannot connect to f.example: no route"))
    tally.add(PollResult(feed_url="https://ok.example/", new_entries=3, matches=1, alerts_queued=1))
    line = tally.summary(now + timedelta(minutes=10), now)
    assert line == ("polled 20 feed(s): 1 ok, 19 failed; 3 new item(s), 1 relevant, 1 alert(s) queued; "
                    "commonest error (19x), e.g.: cannot connect to f.example: no route; next poll due 10:10 UTC (in 10 min)")
    assert tally.summary(None, now) is None  # the tally starts over after each line


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_run_stopped_while_it_prepares_its_first_start_exits_cleanly(tmp_path, signum):
    """A first start on a new machine spends several seconds preparing the rules' word
    tables before its loop runs: it says so at once, and SIGTERM (`docker stop`) or Ctrl-C
    then stops it with 0 and one line, as once it runs. It had been silent for those seconds,
    and was killed there with 143 (SIGTERM) or ended "interrupted" with 130 (Ctrl-C)."""
    settings = _settings(tmp_path, [f"http://127.0.0.1:{free_port()}/a.xml"])
    env = {k: v for k, v in os.environ.items() if not k.endswith("_TOKEN") and k != "PLEDGEWATCH_DB"}
    env["PLEDGEWATCH_CACHE_DIR"] = str(tmp_path / "cache")  # empty: this machine's first start
    err = tmp_path / "stderr.log"
    proc = subprocess.Popen([sys.executable, "-m", "bot", "run", "--config", str(settings)], cwd=tmp_path, env=env,
                            stdout=subprocess.DEVNULL, stderr=err.open("w"))
    try:
        wait_for(lambda: "preparing the rules' word tables" in err.read_text(encoding="utf-8"), proc,
                 "the tables' announcement", err)
        assert f"pledgewatch {__version__} running" not in err.read_text(encoding="utf-8"), "not before its loop"
    finally:
        proc.send_signal(signum)
        code = proc.wait(timeout=30)
    text = err.read_text(encoding="utf-8")
    assert code == 0, text
    assert text.rstrip().endswith("INFO bot: pledgewatch stopped") and "Traceback" not in text, text
