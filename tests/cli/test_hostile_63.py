"""Stop 63, hostile input to the command line, through `main` and real files.

- A database path whose symbolic links lead round in a loop (`cli.db -> cli.db`, or
  `cli.db -> other.db -> cli.db`, as a mistyped `ln -s` makes): `run`, `poll` and the commands
  that write stopped with "RuntimeError: Symlink loop" and a traceback (Path.resolve() in the
  store's start), and the commands that only read said there was no database at all, "nothing
  has run with these settings". Now every command stops in one line naming the loop (exit 1),
  and nothing is made or changed.
"""

from __future__ import annotations

import os

import pytest

from bot.cli import main


@pytest.mark.timeout(120)
@pytest.mark.parametrize("loop", ["itself", "two links"])
@pytest.mark.parametrize("argv", [["status"], ["poll"], ["run"], ["rules", "add", "tanks", "Leopard", "--force"],
                                  ["pledges"], ["web"], ["db", "backup", "copy.db"], ["feeds", "add",
                                                                                    "https://news.example/rss"]])
def test_a_database_path_in_a_loop_of_links_is_one_clear_error_for_every_command(env, capsys, loop, argv):
    database = env / "cli.db"
    if loop == "itself":
        os.symlink("cli.db", database)
    else:
        os.symlink("other.db", database)
        os.symlink("cli.db", env / "other.db")
    before = sorted(p.name for p in env.iterdir())
    assert main(argv) == 1
    errors = [line for line in capsys.readouterr().err.splitlines() if line.strip()]
    assert len(errors) == 1 and errors[0].startswith("pledgewatch: error: database "), errors
    assert "symbolic links lead round in a loop" in errors[0] and "PLEDGEWATCH_DB" in errors[0], errors
    assert sorted(p.name for p in env.iterdir()) == before  # no lock file, no copy, no database made


def test_a_store_opened_on_a_loop_of_links_names_it_too(tmp_path):
    from bot.adapters.sqlite_store import SqliteStore
    from bot.errors import StoreError

    os.symlink("bot.db", tmp_path / "bot.db")
    with pytest.raises(StoreError, match="symbolic links lead round in a loop"):
        SqliteStore(tmp_path / "bot.db")
