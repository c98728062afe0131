"""The `pledgewatch` command (also `python -m bot`, both through bot.launch). Thin:
parses the arguments (bot.cli.parser), sets up logging (bot.cli.output), hands the
command to bot.cli.dispatch, and turns what went wrong into one line on standard
error and an exit status. Every command is documented in README.md, and
tests/project/test_docs.py fails when one is not.

The package's parts, for finding your way:
- parser.py: every command's arguments and help;
- dispatch.py: how each command opens the database (or does not), then its handler;
- commands/NAME.py: what `pledgewatch NAME` does (one module per command; `demo` is bot/demo.py);
- output.py: what reaches the terminal (standard output cleaned, notes and errors on
  standard error, the log format).
- stop_signals.py: the one stop of the long-running commands (`run`, `web`) on Ctrl-C
  or SIGTERM.
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from bot.cli import output
from bot.cli.dispatch import dispatch
from bot.cli.output import TerminalSafe, logging_set_up, report_error
from bot.cli.parser import build_parser
from bot.config import Settings, chosen_settings_path, load_settings
from bot.errors import CommandError, ConfigError, EnvironmentSettingError, PledgewatchError, RuleError


def main(argv: Sequence[str] | None = None, *, keep_logging: bool = False) -> int:
    """The command line's exit status. Logging is set up for the command and, unless
    `keep_logging` (the process's own entry, bot.launch), put back as it was on return."""
    output.letters_never_fail(sys.stdout, sys.stderr)  # before anything is written, argparse's errors included
    args = build_parser().parse_args(argv)
    if check_options := getattr(args, "check_options", None):
        check_options(args)  # a combination argparse cannot express: exits 2 with the usage, as argparse does
    with logging_set_up(args.log_level, args.log_format, keep=keep_logging):
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    try:
        settings = _settings(args.config)
        with _sigterm_as_ctrl_c(args.command):
            code = dispatch(args, settings, sys.stdin, TerminalSafe(sys.stdout))
        sys.stdout.flush()  # here, so a closed pipe is caught below rather than at exit
        return code
    # Every error is one line in one form, "pledgewatch: error: WHAT: problem", where WHAT
    # names the file, option or value at fault (a settings file, a rules file, --listen):
    # "configuration error", "invalid rule" and a bare chat reply had been three more forms.
    except ConfigError as exc:
        report_error(f"pledgewatch: error: {exc}")
        return 2
    except RuleError as exc:
        report_error(f"pledgewatch: error: {_rule_error_text(exc)}")
        return 2
    except CommandError as exc:
        # A request refused as given (a rule id that does not exist, a rule validation
        # warns about without --force, nothing to undo): the input, like a missing feed
        # id (a ConfigError). 1 is left for operations that were tried and failed.
        report_error(f"pledgewatch: error: {exc}")
        return 2
    except PledgewatchError as exc:
        report_error(f"pledgewatch: error: {exc}")
        return 1
    except KeyboardInterrupt:
        # Ctrl-C ended `poll` (or any command) with no word at all: say that it stopped and
        # what becomes of the work. A poll's writes commit per feed, whole or not at all.
        if args.command in _STOPPED_CLEANLY:  # outside its loop: while starting (or just after it ended)
            logging.getLogger("bot").info("pledgewatch stopped")
            return 0
        report_error(f"pledgewatch: interrupted{_INTERRUPTED.get(args.command, '')}")
        return 130
    except BrokenPipeError:
        # The reader went away (`pledgewatch rules list | head`): stop quietly, as Unix
        # tools killed by SIGPIPE do. Point stdout at /dev/null so the interpreter's
        # final flush does not raise again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141
    except OSError as exc:
        # A file the user named that cannot be written (`--out /no/such/dir/x.csv`, a
        # folder, a full disk): one line naming it, not a traceback.
        where = f"{exc.filename}: " if exc.filename else ""
        report_error(f"pledgewatch: error: {where}{_os_error_reason(exc)}")
        return 1
    except Exception:
        if not output.logs_as_json():
            raise  # a bug: the plain traceback
        # With JSON logs, even a crash is one JSON object (its traceback inside), so a
        # log collector parsing standard error never meets a stray text line.
        logging.getLogger("bot").exception("pledgewatch: unexpected error")
        return 1


def _os_error_reason(exc: OSError) -> str:
    """The reason in words. `--out /no/such/dir/x.csv` said "No such file or directory" of
    a file the command was to create: the folder is what is missing."""
    if isinstance(exc, FileNotFoundError) and exc.filename:
        folder = Path(exc.filename).parent
        if not folder.is_dir():
            return f"no such folder: {folder}"
    return str(exc.strerror or exc)


# The long-running commands, which stop with 0 on SIGINT or SIGTERM (their event loops
# catch both). Before a loop runs, a first start spends several seconds preparing the
# rules' word tables: there SIGTERM (`docker stop`) killed the process with 143 and Ctrl-C
# ended in "interrupted" and 130, where the README promises 0.
_STOPPED_CLEANLY = ("run", "web")


@contextmanager
def _sigterm_as_ctrl_c(command: str) -> Iterator[None]:
    """While `command` starts, SIGTERM stops it as Ctrl-C does (KeyboardInterrupt); the
    previous handler is put back after (an event loop sets its own meanwhile). Only in the
    main thread, the one Python delivers signals to."""
    if command not in _STOPPED_CLEANLY or threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, _raise_keyboard_interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _raise_keyboard_interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


_INTERRUPTED = {
    "poll": ": the feeds polled so far are stored (their console alerts print on the next poll or run); "
            "the others are fetched again next time",
}


def _settings(path: str | None) -> Settings:
    """The settings, or a ConfigError naming the settings file it is about: "poll_interval:
    must be ..." alone left the user to guess which file (--config, PLEDGEWATCH_CONFIG or the
    shipped one) was read."""
    try:
        return load_settings(path)
    except ConfigError as exc:
        where = f"settings file {chosen_settings_path(path, os.environ)}"
        if str(exc).startswith(where) or isinstance(exc, EnvironmentSettingError):
            raise
        raise ConfigError(f"{where}: {exc}") from None


def _rule_error_text(exc: RuleError) -> str:
    """A rule refused, as the command line says it: where in the expression and what was
    expected, in English (the chats say it in theirs: rule_commands.describe_rule_error)."""
    where = f" at position {exc.position}" if exc.position is not None else ""
    expected = f" (expected {exc.expected})" if exc.expected else ""
    # The file and the rule first, as every error line names what is at fault first: "invalid
    # rule at position 5: typo.toml: rule #1 (aid): ..." read as a position in the file.
    subject = f"{exc.subject}: " if exc.subject else ""
    return f"{subject}invalid rule{where}: {exc.detail()}{expected}"
