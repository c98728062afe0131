"""The command line's error and log lines against text with terminal escapes, and a
database path that names no ordinary file: stop 40's hostile round (an audit round: no
article text).

Tried and already right (not redone): escapes in an unknown command (argparse quotes it
with repr), in a rule expression, a feed URL or a --lang value (each refused naming the
character), in a feed's title, an HTTP reason phrase or a malformed feed polled by `poll`
(standard output is cleaned, the FAIL lines included); `db backup` onto /dev/null, a
folder or a file that exists (refused: "already exists").

Found and fixed here (each test failed before): standard error was written as it came.
`feeds remove`, `--config` and argparse's "unrecognized arguments" quote what was typed,
and a log line quotes a feed's name or a server's words, so "\\x1b]0;...\\x07" retitled
the terminal and "\\x1b[8m" hid what followed. Control and format characters are now
written out as escapes there ("\\x1b"), line breaks kept. And PLEDGEWATCH_DB=/dev/null
was "disk full" (its writes end in a disk I/O error), a named pipe hung the command for
ever in SQLite's open: the store now names what the path is (a character device, a
named pipe, a folder) before SQLite opens it.

Also tried and right: feeds with a 2 MB title (stored cut to 1,000 characters), 50,000
nested elements (the item left out, a warning), declared entities (refused), 500
enclosures of absurd length, publication dates in 2150, 1970, "garbage" or a 99th of
February (the time of fetching stands in); the web tracker's queries with NUL and ESC,
a page of 10**21, 100,000-character values, repeated parameters (400, escaped).
Left as found: 1,000 relevant items alike in one poll (a feed of 10,000, cut to its first
1,000) cost minutes of CPU in story matching, every pair of them compared (200: 19,900
comparisons).

Figures: an audit round, no reading changed; the real set does not move.
"""

from __future__ import annotations

import logging
import os

import pytest

from bot.adapters.sqlite_store import SqliteStore
from bot.cli import main
from bot.cli.output import setup_logging
from bot.errors import StoreError

HOSTILE = "\x1b]0;owned\x07bad\x1b[8mhidden\u202eevil"
SHOWN = "\\x1b]0;owned\\x07bad\\x1b[8mhidden\\u202eevil"


def _stderr_of(capsys, *argv: str) -> str:
    capsys.readouterr()
    try:
        main(list(argv))
    except SystemExit:  # argparse's usage errors exit from inside the parser
        pass
    return capsys.readouterr().err


@pytest.mark.parametrize("argv", [
    ("feeds", "remove", HOSTILE),
    ("status", HOSTILE),
    ("--config", HOSTILE, "status"),
])
def test_an_error_line_shows_the_escapes_it_quotes_instead_of_sending_them(env, capsys, argv):
    err = _stderr_of(capsys, *argv)
    assert "\x1b" not in err and "\x07" not in err and "\u202e" not in err, repr(err)
    assert SHOWN in err, err


def test_a_log_line_shows_the_escapes_of_a_feed_name(capsys):
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    try:
        setup_logging("INFO", "text")
        logging.getLogger("bot.test").warning("feed %s: HTTP 500\nsecond line", HOSTILE)
    finally:
        root.handlers[:], root.level = handlers, level
    err = capsys.readouterr().err
    assert "\x1b" not in err and SHOWN in err and "HTTP 500\nsecond line" in err, repr(err)


def test_a_no_break_space_of_french_copy_is_no_control_character(capsys):
    from bot.cli.output import report_error

    report_error("flux « Le Monde\u00a0» : introuvable")
    assert capsys.readouterr().err == "flux « Le Monde\u00a0» : introuvable\n"


def test_dev_null_as_the_database_is_named_a_device_not_a_full_disk(env, capsys, monkeypatch):
    monkeypatch.setenv("PLEDGEWATCH_DB", os.devnull)
    err = _stderr_of(capsys, "feeds", "add", "https://example.org/feed.xml")
    assert "character device" in err and "ordinary file" in err and "disk full" not in err, err


@pytest.mark.timeout(60)
def test_a_named_pipe_as_the_database_is_refused_at_once(tmp_path):
    pipe = tmp_path / "pipe.db"
    os.mkfifo(pipe)
    with pytest.raises(StoreError, match="named pipe"):
        SqliteStore(pipe)  # it waited for a writer for ever


def test_a_folder_given_to_the_store_is_named_a_folder(tmp_path):
    with pytest.raises(StoreError, match="is a folder, .*name a file in it") as caught:
        SqliteStore(tmp_path)
    assert "writable" not in str(caught.value)
