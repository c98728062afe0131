"""Stop 61: the files the person names, when they are no files, and the files a killed write
leaves. Real processes, real files, real SQLite; each test failed (or hung) before its fix.

- A settings, feeds or rules file that is a named pipe nobody writes to made the command wait
  for ever (`open` waits for a writer); a device such as /dev/zero was read up to the size bound.
  Each is now refused at once, in one line naming what it is. No command documents reading
  these files from standard input, so /dev/stdin is refused as well.
- `rules export FILE` or `db backup FILE` killed half-way left a hidden `.FILE.<random>.partial`
  (`.FILE.partial` for a backup) for good, one more at every kill; the next write to the same
  FILE now removes every one no living writer holds.
"""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.adapters.partial_files import held_partial, remove_leftovers
from bot.adapters.sqlite_store import SqliteStore
from bot.cli import main
from tests.support.killed_writes import KILLED_BEFORE_RENAME, KILLED_MID_BACKUP
from tests.support.store_checks import integrity_ok

REPO = Path(__file__).resolve().parents[2]


def _run(folder: Path, *argv: str, code: str | None = None, stdin=subprocess.DEVNULL) -> subprocess.CompletedProcess:
    command = [sys.executable, "-c", code, *argv] if code else [sys.executable, "-m", "bot", *argv]
    return subprocess.run(command, cwd=folder, capture_output=True, text=True, timeout=60, stdin=stdin,
                          env={**os.environ, "PYTHONPATH": str(REPO)})


def _one_error(done: subprocess.CompletedProcess) -> str:
    errors = [line for line in done.stderr.splitlines() if line.startswith("pledgewatch: error:")]
    assert done.returncode == 2 and len(errors) == 1 and "Traceback" not in done.stderr, done
    return errors[0]


@pytest.mark.timeout(120)
@pytest.mark.parametrize("argv, words", [
    (["--config", "pipe.toml", "status"], "settings file pipe.toml: is a named pipe"),
    (["--config", "feeds-pipe.toml", "status"], "feeds: file pipe.toml: is a named pipe"),
    (["rules", "import", "pipe.toml"], "pipe.toml: is a named pipe, not a rules file"),
    (["rules", "diff", "pipe.toml"], "pipe.toml: is a named pipe, not a rules file"),
])
def test_a_named_pipe_nobody_writes_to_is_refused_at_once_not_waited_on(tmp_path, argv, words):
    os.mkfifo(tmp_path / "pipe.toml")
    (tmp_path / "feeds-pipe.toml").write_text('feeds = "pipe.toml"\n', encoding="utf-8")
    done = _run(tmp_path, *argv)  # it waited until the test's timeout
    assert words in _one_error(done), done.stderr
    assert not (tmp_path / "pledgewatch.db").exists()


@pytest.mark.timeout(120)
def test_standard_input_is_no_settings_file(tmp_path):
    # Nothing documents `--config /dev/stdin`: a pipe there was read as the settings, a terminal waited.
    done = _run(tmp_path, "--config", "/dev/stdin", "status", stdin=subprocess.PIPE)
    assert "settings file /dev/stdin: is a named pipe" in _one_error(done)


def test_a_device_as_the_rules_to_import_is_named_a_device_not_read(env, capsys):
    assert main(["rules", "import", "/dev/zero"]) == 2  # it read 4 MB of zeros before refusing
    err = capsys.readouterr().err.strip()
    assert err.endswith("/dev/zero: is a character device (like /dev/null), not a rules file; name an ordinary file")


def test_a_rules_file_not_in_utf8_says_to_save_it_as_utf8(env, capsys):
    latin = env / "latin.toml"
    latin.write_bytes('[[rule]]\ntopic = "aid"\nexpr = "d\xe9fense"\n'.encode("latin-1"))
    assert main(["rules", "import", str(latin)]) == 2
    err = capsys.readouterr().err.strip()
    assert "not UTF-8 text" in err and "save it as UTF-8" in err and len(err.splitlines()) == 1


def _hidden_leftovers(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir() if path.name.startswith(".") and ".partial" in path.name)


@pytest.mark.timeout(300)
def test_the_next_export_to_the_same_file_removes_what_killed_exports_left(env, capsys):
    for _ in range(2):
        killed = _run(env, "rules", "export", "mine.toml", code=KILLED_BEFORE_RENAME)
        assert killed.returncode == -9, killed
    # The second run removed what the first left (there had been one more at every kill).
    assert len(_hidden_leftovers(env)) == 1 and not (env / "mine.toml").exists()

    assert main(["rules", "export", "mine.toml"]) == 0

    assert _hidden_leftovers(env) == [] and "[[rule]]" in (env / "mine.toml").read_text(encoding="utf-8")


@pytest.mark.timeout(300)
def test_the_next_backup_to_the_same_file_removes_what_a_killed_backup_left(env, capsys):
    assert main(["feeds", "add", "https://news.example/rss.xml"]) == 0
    feeds = _feeds_in(env / "cli.db")
    killed = _run(env, "db", "backup", "copy.db", code=KILLED_MID_BACKUP)
    assert killed.returncode == -9, killed
    assert _hidden_leftovers(env) and not (env / "copy.db").exists()

    assert main(["db", "backup", "copy.db"]) == 0

    assert _hidden_leftovers(env) == []
    copy = SqliteStore(env / "copy.db")
    assert integrity_ok(copy)
    copy.close()
    assert _feeds_in(env / "copy.db") == feeds


def _feeds_in(database: Path) -> int:
    store = SqliteStore(database)
    try:
        return store.stats()["feeds"]
    finally:
        store.close()


def test_a_leftover_of_the_older_fixed_backup_name_is_removed_too(env, capsys):
    assert main(["feeds", "add", "https://news.example/rss.xml"]) == 0
    (env / ".copy.db.partial").write_bytes(b"SQLite format 3\x00 cut short")
    (env / ".copy.db.partial-journal").write_bytes(b"\x00" * 512)
    assert main(["db", "backup", "copy.db"]) == 0
    assert _hidden_leftovers(env) == []


def test_a_write_still_at_work_keeps_its_file_and_another_targets_leftover_is_not_touched(tmp_path):
    target = tmp_path / "a"
    other = tmp_path / ".a.b.partial"  # a killed write to `a.b`: not `a`'s to remove
    other.write_bytes(b"x")
    with held_partial(target) as (handle, working):
        os.close(handle)
        assert remove_leftovers(target) == [] and working.exists()  # held: another writer at work
    with open(working, "rb") as seen:
        fcntl.flock(seen, fcntl.LOCK_EX | fcntl.LOCK_NB)  # the lock went with the block
    assert remove_leftovers(target) == [working] and not working.exists() and other.exists()


@pytest.mark.timeout(300)
@pytest.mark.parametrize("damage", ["cut short", "written over"])
def test_a_damaged_database_stops_each_command_in_one_line_saying_what_to_do_and_is_left_as_it_is(env, capsys, damage):
    assert main(["feeds", "add", "https://news.example/rss.xml"]) == 0
    database = env / "cli.db"
    whole = database.read_bytes()
    database.write_bytes(whole[:20_000] if damage == "cut short" else os.urandom(5_000))
    for name in ("cli.db-wal", "cli.db-shm"):
        (env / name).unlink(missing_ok=True)
    damaged = database.read_bytes()
    for argv in (["status"], ["run"], ["poll", "--once"]):
        done = subprocess.run([sys.executable, "-m", "bot", *argv], cwd=env, capture_output=True, text=True,
                              timeout=60, env={**os.environ, "PYTHONPATH": str(REPO)})
        errors = [line for line in done.stderr.splitlines() if line.startswith("pledgewatch: error:")]
        assert done.returncode == 1 and len(errors) == 1 and "Traceback" not in done.stderr, done
        assert "damaged" in errors[0] and "db backup" in errors[0], errors  # it said "file is not a database" alone
    assert database.read_bytes() == damaged
