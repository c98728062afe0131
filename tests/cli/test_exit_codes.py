"""Exit codes and one-line errors a script can rely on."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from bot.cli import main
from tests.conftest import CLI_DB, first_run_database


def _database(env) -> None:
    """An empty database where the commands look (`pledges` creates none)."""
    from bot.adapters.sqlite_store import SqliteStore

    store = SqliteStore(env / CLI_DB)
    store.migrate()
    store.close()


def test_a_filter_not_understood_is_an_error(env, capsys):
    _database(env)
    assert main(["pledges", "xyzzy"]) == 2
    captured = capsys.readouterr()
    assert "not understood" in captured.err and captured.out == ""
    assert main(["pledges", "30d"]) == 0


def test_a_poll_where_every_feed_failed_is_an_error(env, capsys, feed_server):
    from tests.support.servers import rss

    feed_server.set_status("/down.xml", 503)
    feed_server.set_feed("/up.xml", rss([]))
    main(["feeds", "add", feed_server.url("/down.xml")])
    assert main(["poll", "--feed", feed_server.url("/down.xml")]) == 1
    assert "every feed failed" in capsys.readouterr().err
    main(["feeds", "add", feed_server.url("/up.xml")])
    assert main(["poll", "--feed", feed_server.url("/up.xml")]) == 0


def test_a_missing_feed_is_an_error(env, capsys):
    assert main(["feeds", "remove", "999"]) == 2
    assert main(["poll", "--feed", "https://nowhere.example/feed.xml"]) == 2
    assert "no such feed" in capsys.readouterr().err


def test_status_on_a_database_that_does_not_exist_says_so_and_creates_nothing(env, capsys):
    assert main(["status"]) == 1
    assert "no database at" in capsys.readouterr().err
    assert not (env / CLI_DB).exists()


def test_a_rules_file_of_invalid_bytes_is_one_line(env, capsys):
    (env / "bad.toml").write_bytes(b"\xff\xfe\x00rule")
    assert main(["rules", "import", str(env / "bad.toml")]) == 2
    err = capsys.readouterr().err
    assert "cannot read" in err and len(err.strip().splitlines()) == 1


def test_output_into_a_closed_pipe_ends_quietly(env):
    first_run_database()  # without one, `rules list` says on stderr that it shows the seed rules
    read, write = os.pipe()
    os.close(read)  # the reader is gone before anything is written (`... | head` that has had enough)
    proc = subprocess.run([sys.executable, "-m", "bot", "rules", "list"], stdout=write, stderr=subprocess.PIPE,
                          timeout=120, env=dict(os.environ))
    os.close(write)
    assert proc.returncode == 141
    assert proc.stderr == b""


def test_fatal_errors_follow_the_json_log_format(env):
    import json

    proc = subprocess.run([sys.executable, "-m", "bot", "status", "--log-format", "json"], capture_output=True,
                          text=True, timeout=120, env=dict(os.environ))
    assert proc.returncode == 1
    (line,) = proc.stderr.splitlines()
    record = json.loads(line)
    assert record["level"] == "ERROR" and "no database at" in record["message"]
    proc = subprocess.run([sys.executable, "-m", "bot", "--log-format", "json", "feeds", "add", "http://[::1"],
                          capture_output=True, text=True, timeout=120, env=dict(os.environ))
    assert proc.returncode == 2 and "not a valid URL" in json.loads(proc.stderr.strip())["message"]


# Each of these ended in a traceback (OverflowError, FileNotFoundError, IsADirectoryError,
# OSError), or, for /dev/zero, read without end.
@pytest.mark.parametrize("args, code, words", [
    (["rules", "edit", "99999999999999999999999", "tank"], 2, "is not a rule id"),
    (["rules", "remove", "0"], 2, "is not a rule id"),
    (["feeds", "add", "https://example.org/x.xml", "--interval", "99999999999999999999"], 2, "between 30 and 604800"),
    (["rules", "export", "{tmp}/no/such/folder/rules.toml"], 1, "rules.toml: no such folder: "),
    (["rules", "export", "{tmp}"], 1, "Is a directory"),
    (["pledges", "export", "--out", "{tmp}/no/such/folder/p.csv"], 1, "p.csv: no such folder: "),
    (["pledges", "chart", "--out", "{tmp}/no/such/folder/c.png"], 1, "c.png: no such folder: "),
    (["rules", "import", "/dev/zero"], 2, "/dev/zero: is a character device"),
    # It was accepted and did nothing: the text lines never show credentials.
    (["audit", "--show-secrets"], 2, "--show-secrets applies to --json only"),
])
def test_bad_arguments_and_unwritable_files_are_one_line(env, capsys, args, code, words):
    _database(env)
    try:
        returned = main([arg.replace("{tmp}", str(env)) for arg in args])
    except SystemExit as exit_:  # argparse refuses an argument by exiting (status 2)
        returned = exit_.code
    assert returned == code
    err = capsys.readouterr().err
    assert words in err.strip().splitlines()[-1] and "Traceback" not in err, err


def test_a_poll_interval_too_long_to_schedule_is_a_settings_error(env, capsys):
    # It passed, and every poll then failed to store: the next poll's time overflowed.
    (env / "s.toml").write_text("poll_interval = 9223372036854775807\n")
    assert main(["--config", str(env / "s.toml"), "db", "stats"]) == 2
    assert "poll_interval: must be between 30 and 604800" in capsys.readouterr().err
