"""Crash injection for tests: SIGKILL this process just before its N-th SQL statement.

Why it exists: issue #7 promises that a pledgewatch killed at any moment (power cut,
OOM killer, `kill -9`) and restarted loses no alert, sends none twice and keeps an
intact database. Killing a real process from outside at random times mostly hits
idle waits; counting the statements the store runs gives kill points that land
inside polling (feed state), storing (entries, stories, outbox rows) and fan-out
(claim, mark sent), one statement at a time. tests/run/test_crash.py drives it.

It lives with the tests, not in the package: production code has no hook to pay for.
A test process that wants it calls `install()` (test_crash's launcher does, before it
forks the runs), which wraps `sqlite3.connect` in that process only, so every new
connection (SqliteStore's included) gets the hook its environment asks for. The
variables are read when a connection opens; without them nothing is installed:

  PLEDGEWATCH_FAULT_KILL_AT=N   SIGKILL just before the N-th statement (1-based) of
                                the connection starts running. That statement and
                                everything after it never happen; a COMMIT killed
                                this way leaves its transaction uncommitted.
  PLEDGEWATCH_FAULT_KILL_ON=TXT count only statements containing TXT towards N, so
                                "the 3rd claim" is one kill point whatever order the
                                feeds happened to be polled in.
  PLEDGEWATCH_FAULT_KILL_OFFSET=M  die M statements after that one instead (M=1 is
                                usually its COMMIT, M=2 the first statement after it
                                committed), to reach the gaps between two writes.
  PLEDGEWATCH_FAULT_TRACE=FILE  append "N<TAB>statement" for every statement to FILE
                                (one line, whitespace squeezed, truncated). Written
                                with os.write before the statement runs, so the line
                                of the killing statement survives the kill: a probe
                                run counts statements, a killed run says where it died.

Numbering counts every statement SQLite steps on the connection, including the
BEGIN/COMMIT/SAVEPOINT that Python's sqlite3 and sqlite-utils issue themselves.
"""

from __future__ import annotations

import functools
import os
import signal
import sqlite3
import threading
from collections.abc import Mapping
from typing import Any

from bot.errors import ConfigError

KILL_AT_VARIABLE = "PLEDGEWATCH_FAULT_KILL_AT"
KILL_ON_VARIABLE = "PLEDGEWATCH_FAULT_KILL_ON"
KILL_OFFSET_VARIABLE = "PLEDGEWATCH_FAULT_KILL_OFFSET"
TRACE_VARIABLE = "PLEDGEWATCH_FAULT_TRACE"
TRACED_SQL_CHARS = 160
# `python -c HOOKED_CLI <args>`: the command line with this hook installed (the tests
# run the CLI so with PYTHONPATH at the repository; `python -m bot` never installs it).
HOOKED_CLI = "import sys, tests.support.fault_injection as f; f.install(); import bot.cli; sys.exit(bot.cli.main(sys.argv[1:]))"


def _number(environ: Mapping[str, str], name: str, least: int) -> int | None:
    raw = environ.get(name, "").strip()
    if not raw:
        return None
    if not raw.isascii() or not raw.isdigit() or int(raw) < least:
        raise ConfigError(f"{name} must be a whole number >= {least}, not {raw!r}")
    return int(raw)


class StatementKiller:
    """The trace callback: numbers statements, logs them, and kills at the chosen one."""

    def __init__(self, kill_at: int | None, trace_fd: int | None, kill_on: str = "", offset: int = 0):
        self.kill_at = kill_at
        self.kill_on = kill_on
        self.offset = offset
        self.trace_fd = trace_fd
        self.count = 0  # every statement: the numbers in the trace
        self.matching = 0  # statements containing `kill_on`: what `kill_at` counts
        self.fatal: int | None = None  # the number of the statement to die at, once known
        # The store's connection is shared with worker threads (check_same_thread=False).
        self._lock = threading.Lock()

    def __call__(self, sql: str) -> None:
        counted = self.kill_on in sql
        with self._lock:
            self.count += 1
            self.matching += counted
            if counted and self.matching == self.kill_at:
                self.fatal = self.count + self.offset
            number, fatal = self.count, self.fatal
        if self.trace_fd is not None:
            line = " ".join(sql.split())[:TRACED_SQL_CHARS]
            os.write(self.trace_fd, f"{number}\t{line}\n".encode("utf-8", "replace"))
        if number == fatal:
            os.kill(os.getpid(), signal.SIGKILL)


def install(environ: Mapping[str, str] | None = None) -> None:
    """Give every sqlite3 connection this process opens from now on the hook that the
    environment (read at each connect, so a forked child's own counts) asks for."""
    original = sqlite3.connect
    if getattr(original, "fault_hook_installed", False):
        return

    @functools.wraps(original)
    def connect(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        conn = original(*args, **kwargs)
        try:
            install_fault_hook(conn, environ)
        except BaseException:
            conn.close()
            raise
        return conn

    connect.fault_hook_installed = True  # type: ignore[attr-defined]
    sqlite3.connect = connect


def install_fault_hook(conn: sqlite3.Connection, environ: Mapping[str, str] | None = None) -> StatementKiller | None:
    """Install the hook on `conn` when the environment asks for it; None otherwise.
    A malformed variable raises ConfigError rather than silently
    running a crash test that never crashes."""
    environ = os.environ if environ is None else environ
    kill_at = _number(environ, KILL_AT_VARIABLE, least=1)
    offset = _number(environ, KILL_OFFSET_VARIABLE, least=0)
    kill_on = environ.get(KILL_ON_VARIABLE, "")
    if (kill_on or offset is not None) and kill_at is None:
        raise ConfigError(f"{KILL_ON_VARIABLE} and {KILL_OFFSET_VARIABLE} need {KILL_AT_VARIABLE}")
    trace_path = environ.get(TRACE_VARIABLE, "").strip()
    if kill_at is None and not trace_path:
        return None
    trace_fd = None
    if trace_path:
        try:
            # O_APPEND + os.write: no Python buffer to lose when the process is killed.
            trace_fd = os.open(trace_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        except OSError as exc:
            raise ConfigError(f"{TRACE_VARIABLE}: cannot write {trace_path}: {exc.strerror}") from exc
    # The trace descriptor stays open for the life of the (test) process on purpose.
    killer = StatementKiller(kill_at, trace_fd, kill_on, offset or 0)
    conn.set_trace_callback(killer)
    return killer
