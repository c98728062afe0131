"""Review 60: the files a command writes where the person said, when the write cannot finish.
Real processes, real files, real SQLite; each test failed before its fix.

- `rules export mine.toml` over an earlier export, on a full disk (a file size limit: the
  kernel refuses to let the file grow) left mine.toml cut short, and said only "File too
  large", naming no file. That file is the one place the README's upgrade path
  (`rules export mine.toml`, then `rules import config/rules.toml`) keeps the person's rules.
  `pledges export --out` and the chart files were written the same way.
- `db backup FILE` killed half-way left FILE behind, a file that looks like a backup and is not
  one (its pages cut short; opened beside its journal, an empty database), and a second
  `db backup FILE` refused it as "already exists".
- A settings `rules` naming a folder or a device (`/dev/null`) was "not found", which sent the
  person looking for a typo in a name that is there.

Tried and held (not redone): `--config /dev/zero`, a feeds file of /dev/zero (refused past
16 MB, one line). A settings or feeds file that is a FIFO nobody writes to was waited on:
refused since stop 61 (tests/cli/test_hostile_61.py).
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from bot.adapters.sqlite_store import SqliteStore
from bot.cli import main
from bot.cli.whole_files import write_whole
from tests.support.killed_writes import KILLED_MID_BACKUP
from tests.support.store_checks import integrity_ok

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(not hasattr(resource, "RLIMIT_FSIZE"), reason="needs RLIMIT_FSIZE (POSIX)")


def _run(folder: Path, *argv: str, file_size_limit: int | None = None, code: str | None = None):
    def limit() -> None:
        if file_size_limit is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (file_size_limit, file_size_limit))

    command = [sys.executable, "-c", code, *argv] if code else [sys.executable, "-m", "bot", *argv]
    return subprocess.run(command, cwd=folder, capture_output=True, text=True, timeout=120, preexec_fn=limit,
                          env={**os.environ, "PYTHONPATH": str(REPO)})


@pytest.mark.timeout(300)
def test_an_export_that_cannot_finish_keeps_the_earlier_export_whole_and_names_it(env, capsys):
    mine = env / "mine.toml"
    assert main(["rules", "export", str(mine)]) == 0  # no database: the rules a new one would start from
    earlier = b"# my own rules, exported before an upgrade\n" + mine.read_bytes()
    mine.write_bytes(earlier)

    done = _run(env, "rules", "export", "mine.toml", file_size_limit=len(earlier) // 4)

    assert done.returncode == 1, done
    error = [line for line in done.stderr.splitlines() if line.startswith("pledgewatch: error:")]
    assert len(error) == 1 and "mine.toml" in error[0] and "as it was" in error[0], done.stderr
    assert mine.read_bytes() == earlier
    assert sorted(p.name for p in env.iterdir()) == ["mine.toml"]  # no temporary left beside it


def test_a_new_export_is_readable_as_write_text_made_it(env, capsys):
    os.umask(old := os.umask(0o022))
    try:
        assert main(["rules", "export", "fresh.toml"]) == 0
        assert (env / "fresh.toml").stat().st_mode & 0o777 == 0o644
        (env / "fresh.toml").chmod(0o600)
        assert main(["rules", "export", "fresh.toml"]) == 0
        assert (env / "fresh.toml").stat().st_mode & 0o777 == 0o600  # the file's own, kept
    finally:
        os.umask(old)


def test_an_export_through_a_link_writes_the_file_it_points_at(tmp_path):
    (tmp_path / "real.csv").write_text("old\n", encoding="utf-8")
    (tmp_path / "link.csv").symlink_to("real.csv")
    write_whole(tmp_path / "link.csv", b"new\n")
    assert (tmp_path / "link.csv").is_symlink() and (tmp_path / "real.csv").read_bytes() == b"new\n"


def test_an_export_into_a_missing_folder_names_the_folder(env, capsys):
    assert main(["rules", "export", "nowhere/mine.toml"]) == 1
    assert "no such folder" in capsys.readouterr().err
    assert list(env.iterdir()) == []


@pytest.mark.timeout(300)
def test_a_backup_killed_half_way_leaves_no_file_under_the_backups_name(env, capsys):
    assert main(["feeds", "add", "https://news.example/rss.xml"]) == 0  # a database with rules and a feed
    store = SqliteStore(env / "cli.db")
    expected = store.stats()
    store.close()

    killed = _run(env, "db", "backup", "copy.db", code=KILLED_MID_BACKUP)

    assert killed.returncode == -9, killed
    assert not (env / "copy.db").exists()
    assert main(["db", "backup", "copy.db"]) == 0  # the same name, taken again
    copy = SqliteStore(env / "copy.db")
    assert integrity_ok(copy) and copy.stats()["rules"] == expected["rules"] and copy.stats()["feeds"] == expected["feeds"]
    copy.close()


@pytest.mark.parametrize("named", [".", "/dev/null"])
def test_a_rules_setting_naming_a_folder_or_a_device_says_so_not_that_it_is_missing(tmp_path, named):
    from bot.config import load_settings
    from bot.errors import ConfigError

    settings = tmp_path / "mine.toml"
    settings.write_text(f'rules = "{named}"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as refused:
        load_settings(settings, environ={})
    assert "is a folder or a device, not a rules file" in str(refused.value)
    assert "not found" not in str(refused.value)


def test_an_export_to_a_device_or_a_pipe_is_written_to_it(tmp_path):
    done = _run(tmp_path, "rules", "export", "/dev/stdout")
    assert done.returncode == 0 and "[[rule]]" in done.stdout, done.stderr
    write_whole(Path(os.devnull), b"nothing kept\n")
