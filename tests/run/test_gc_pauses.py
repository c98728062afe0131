"""The garbage collector during start-up (bot.gc_pauses): off from the entry until the
command is set up, then back on with start-up's objects frozen; paused around bulk
work; untouched when bot.cli.main() is called in-process (as these tests do)."""

from __future__ import annotations

import gc
import json
import subprocess
import sys
from pathlib import Path

from bot import gc_pauses
from bot.cli import main
from tests.conftest import first_run_database

REPO = Path(__file__).resolve().parents[2]

STATES = """
import gc, json
from bot import gc_pauses
seen = {}
gc_pauses.pause_for_start_up()
seen["paused"] = gc.isenabled()
with gc_pauses.paused():
    seen["inside_paused_during_start_up"] = gc.isenabled()
seen["after_that"] = gc.isenabled()
gc_pauses.start_up_done()
seen["done"] = gc.isenabled()
seen["frozen"] = gc.get_freeze_count() > 0
frozen = gc.get_freeze_count()
gc_pauses.start_up_done()
seen["second_done_freezes_nothing_more"] = gc.get_freeze_count() == frozen
with gc_pauses.paused():
    seen["inside_paused"] = gc.isenabled()
seen["restored"] = gc.isenabled()
seen["paused_freezes_nothing"] = gc.get_freeze_count() == frozen
with gc_pauses.paused(keep=True):
    kept = [[n] for n in range(1000)]  # long-lived objects in the making
seen["kept_frozen"] = gc.get_freeze_count() >= frozen + 1000
seen["on_after_keep"] = gc.isenabled()
print(json.dumps(seen))
"""

# A real command through `python -m bot`, reporting the collector's state as it exits.
THROUGH_ENTRY = """
import atexit, gc, runpy, sys
atexit.register(lambda: print(gc.isenabled(), gc.get_freeze_count() > 0))
sys.argv = ["pledgewatch", *sys.argv[1:]]
runpy.run_module("bot", run_name="__main__")
"""


def test_the_start_up_pause_and_its_end() -> None:
    done = subprocess.run([sys.executable, "-c", STATES], check=False, cwd=REPO, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {
        "paused": False, "inside_paused_during_start_up": False, "after_that": False,
        "done": True, "frozen": True, "second_done_freezes_nothing_more": True,
        "inside_paused": False, "restored": True, "paused_freezes_nothing": True, "kept_frozen": True,
        "on_after_keep": True,
    }


def test_a_command_started_by_the_entry_ends_with_the_collector_on(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("PLEDGEWATCH_DB", str(tmp_path / "gc.db"))
    monkeypatch.delenv("PLEDGEWATCH_CONFIG", raising=False)
    first_run_database()  # for `status`, which creates none
    for command in (["feeds", "list"], ["status"]):
        done = subprocess.run([sys.executable, "-c", THROUGH_ENTRY, *command], check=False, cwd=tmp_path,
                              capture_output=True,
                              text=True, timeout=120)
        assert done.stdout.splitlines()[-1] == "True True", (command, done.stdout, done.stderr)


def test_main_called_in_process_leaves_the_collector_alone(tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("PLEDGEWATCH_DB", str(tmp_path / "gc.db"))
    monkeypatch.delenv("PLEDGEWATCH_CONFIG", raising=False)
    frozen = gc.get_freeze_count()
    assert main(["feeds", "list"]) == 0
    assert gc.isenabled()
    assert gc.get_freeze_count() == frozen
    with gc_pauses.paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with gc_pauses.paused(keep=True):  # not started through bot.launch: no freeze
        kept = [[n] for n in range(1000)]
    assert gc.isenabled() and gc.get_freeze_count() == frozen and len(kept) == 1000
