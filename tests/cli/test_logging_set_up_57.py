"""The command line's logging set-up seen from a program that runs main() in its own
process (a test, a library user): it leaves no handler behind, and its handler never
writes to a standard error that was swapped and closed since."""

from __future__ import annotations

import io
import logging
import sys

from bot.cli import main
from bot.cli.output import setup_logging


def test_main_run_in_process_puts_the_root_loggers_handlers_and_level_back(env, capsys):
    root = logging.getLogger()
    mine = logging.NullHandler()
    root.addHandler(mine)
    handlers, level = root.handlers[:], root.level
    try:
        for _ in range(2):  # twice: nothing stacks
            assert main(["--log-level", "DEBUG", "status"]) in (0, 1)
            assert root.handlers == handlers and root.level == level
    finally:
        root.removeHandler(mine)
    capsys.readouterr()


def test_a_line_logged_after_standard_error_was_swapped_and_closed_goes_to_the_new_one(monkeypatch):
    first, second = io.StringIO(), io.StringIO()
    monkeypatch.setattr(sys, "stderr", first)
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    try:
        setup_logging("INFO", "text")
        first.close()  # a test's captured stream, closed at its end
        monkeypatch.setattr(sys, "stderr", second)
        logging.getLogger("bot.test").warning("still heard")
    finally:
        root.handlers[:] = handlers
        root.setLevel(level)
    assert "WARNING bot.test: still heard" in second.getvalue()
