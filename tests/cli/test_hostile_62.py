"""Stop 62: two writes to one file at the same moment. Real files, real locks, real SQLite.
The backup whose file was cleaned away passed before (SQLite made the file again); it stays as a guard.

A whole-or-nothing write makes its hidden `.FILE.<random>.partial` (mkstemp) a moment before it
locks it; another write to the same FILE, cleaning up what killed writers left, could find the
new file unheld in that moment and remove it, and the first write then failed at its rename
("No such file or directory"). Two backups to one new name both renamed onto it, the later
silently replacing the earlier; now the later one says the name was taken meanwhile. Each test
failed before its fix.
"""

from __future__ import annotations

import tempfile
import threading
from pathlib import Path

import pytest

from bot.adapters.partial_files import remove_leftovers, rename_without_replacing
from bot.adapters.sqlite_store import SqliteStore
from bot.cli.whole_files import write_whole


def _cleanup_by_another_writer_right_after_mkstemp(monkeypatch, target: Path) -> list[list[Path]]:
    """The moment between mkstemp and flock, made to happen: the other writer's clean-up runs
    right after the file is made (the real clean-up, on the real folder), once."""
    real_mkstemp = tempfile.mkstemp
    removed: list[list[Path]] = []

    def mkstemp_then_other_writer_cleans(*args, **kwargs):
        made = real_mkstemp(*args, **kwargs)
        if not removed:
            removed.append(remove_leftovers(target))
        return made

    monkeypatch.setattr(tempfile, "mkstemp", mkstemp_then_other_writer_cleans)
    return removed


def test_an_export_whose_new_file_another_writer_cleaned_away_still_writes_its_file(tmp_path, monkeypatch):
    target = tmp_path / "mine.toml"
    removed = _cleanup_by_another_writer_right_after_mkstemp(monkeypatch, target)

    write_whole(target, b"threshold = 2.0\n")

    assert removed and removed[0]  # the moment happened: the new file was cleaned away, and made again
    assert target.read_bytes() == b"threshold = 2.0\n"
    assert not list(tmp_path.glob(".mine.toml.*"))


def test_many_exports_to_one_file_at_once_all_succeed_and_leave_it_whole(tmp_path):
    target = tmp_path / "mine.toml"
    bodies = [f"# writer {n}\n".encode() + b"x" * 20_000 for n in range(4)]
    failures: list[BaseException] = []

    def write_many(body: bytes) -> None:
        for _ in range(150):
            try:
                write_whole(target, body)
            except BaseException as exc:  # noqa: BLE001 - counted, the test says which
                failures.append(exc)

    writers = [threading.Thread(target=write_many, args=(body,)) for body in bodies]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join()

    assert failures == []
    assert target.read_bytes() in bodies
    assert not list(tmp_path.glob(".mine.toml.*"))


@pytest.mark.timeout(120)
def test_a_backup_whose_new_file_another_backup_cleaned_away_still_makes_its_copy(env, capsys, monkeypatch):
    from bot.cli import main

    assert main(["feeds", "add", "https://news.example/rss.xml"]) == 0
    target = env / "copy.db"
    removed = _cleanup_by_another_writer_right_after_mkstemp(monkeypatch, target)

    assert main(["db", "backup", "copy.db"]) == 0

    assert removed and removed[0]
    copy = SqliteStore(target)
    assert copy.stats()["feeds"] >= 1
    copy.close()


def test_a_backup_finished_under_the_name_meanwhile_is_kept_and_the_later_one_says_so(tmp_path):
    # The last step of a backup when another backup to the same new name finished while this one
    # copied (the first check, "already exists", came before either had a file there).
    first, second = tmp_path / ".copy.db.aaaaaaaa.partial", tmp_path / ".copy.db.bbbbbbbb.partial"
    first.write_bytes(b"the first backup")
    second.write_bytes(b"the second backup")
    target = tmp_path / "copy.db"

    rename_without_replacing(first, target)
    with pytest.raises(FileExistsError):
        rename_without_replacing(second, target)

    assert target.read_bytes() == b"the first backup" and not first.exists()


@pytest.mark.timeout(120)
def test_a_backup_to_a_name_taken_while_it_copied_is_refused_in_one_line_and_leaves_nothing(env, capsys):
    from bot.cli import main

    assert main(["feeds", "add", "https://news.example/rss.xml"]) == 0
    target = env / "copy.db"
    real_mkstemp = tempfile.mkstemp

    def another_backup_finishes_meanwhile(*args, **kwargs):
        made = real_mkstemp(*args, **kwargs)
        target.write_bytes(b"another backup")
        return made

    tempfile.mkstemp = another_backup_finishes_meanwhile
    try:
        assert main(["db", "backup", "copy.db"]) != 0
    finally:
        tempfile.mkstemp = real_mkstemp
    err = capsys.readouterr().err
    assert "copy.db already exists (another backup to it finished first)" in err and "Traceback" not in err
    assert target.read_bytes() == b"another backup"
    assert not list(env.glob(".copy.db.*"))
