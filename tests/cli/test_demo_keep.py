"""`pledgewatch demo --db FILE`: the demo's database is kept for trying the other commands,
and the summary explains why there are fewer alerts than relevant articles."""

from __future__ import annotations

import os
import subprocess
import sys

from bot.adapters.sqlite_store import SqliteStore
from tests.support.warm_rules_cache import with_warm_rules_cache


def _run(args, cwd):
    """The command with no token nor PLEDGEWATCH_ setting of the test's, the shipped rules' cache warm."""
    env = {k: v for k, v in os.environ.items() if not k.endswith("_TOKEN") and not k.startswith("PLEDGEWATCH_")}
    env = with_warm_rules_cache(env, cwd / "rules-cache")
    return subprocess.run([sys.executable, "-m", "bot", *args], capture_output=True, text=True, timeout=120,
                          cwd=cwd, env=env)


def test_demo_keeps_its_database_and_explains_the_joined_story(tmp_path):
    db = tmp_path / "demo.db"
    proc = _run(["demo", "--db", str(db)], tmp_path)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "6 relevant articles make 5 stories: 1 article(s) reported an event already in a story" in out
    (sources,) = [line for line in out.splitlines() if line.startswith("    sources: ")]
    assert "joined story: " in out and {"Fil démo — Europe", "DW démo (français)"} == set(sources[13:].split(", "))
    assert "    pledge: " in out and f"database kept at {db}" in out
    # The joined story's pledges read as its alert's did, in words, not as stored codes.
    alerted = {line.strip() for line in out.split("demo done")[0].splitlines() if line.startswith("  pledge: ")}
    joined = [line.strip() for line in out.split("joined story: ")[1].splitlines() if line.startswith("    pledge: ")]
    assert joined and set(joined) <= alerted, (joined, alerted)
    store = SqliteStore(db)
    assert store.stats()["stories"] == 5 and store.stats()["pledges"] > 0
    store.close()
    # The kept database answers the other commands offline.
    pledges = subprocess.run([sys.executable, "-m", "bot", "pledges", "summary"], capture_output=True, text=True,
                             timeout=120, cwd=tmp_path, env={**os.environ, "PLEDGEWATCH_DB": str(db)})
    assert pledges.returncode == 0 and "By donor:" in pledges.stdout
    again = _run(["demo", "--db", str(db)], tmp_path)
    assert again.returncode == 2 and "already exists" in again.stderr
    assert again.stderr.startswith("pledgewatch: error: --db:"), again.stderr  # an option, not a setting
    assert "the database was temporary" not in out


def test_demo_without_db_leaves_no_database_and_says_how_to_keep_one(tmp_path):
    proc = _run(["demo"], tmp_path)
    assert proc.returncode == 0 and "database kept" not in proc.stdout
    assert not list(tmp_path.glob("*.db"))
    # As the Quick start runs it, it had said nothing of --db, which the web tracker's try needs.
    # Started as `python -m bot`, it names that Python (stop 59: a command that runs as pasted).
    assert proc.stdout.rstrip().endswith(
        f"the database was temporary: `{sys.executable} -m bot demo --db demo.db` keeps it, to try `pledges` or the "
        "web tracker on it"), proc.stdout[-400:]
