"""What the command line writes to the terminal: standard output cleaned of escape
sequences (what it prints comes largely from feeds), replies with clickable links on
an interactive terminal, notes and errors on standard error, and the log lines as text
or JSON. Shared by every command."""

from __future__ import annotations

import json
import logging
import sys
import time
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from bot.core.chat.replies import Reply


def command_as_typed() -> str:
    """This process's command as a shell line can run it again: `pledgewatch` where that
    name finds this very program on PATH, else the path it was started by (the Quick
    start's `.venv/bin/pledgewatch`), or the Python it runs in with `-m bot`. The demo's
    closing lines said `PLEDGEWATCH_DB=demo.db pledgewatch pledges` to a newcomer who had
    typed `.venv/bin/pledgewatch demo`: pasted, "pledgewatch: command not found"."""
    import shlex
    import shutil
    from pathlib import Path

    started_by = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if started_by is not None and started_by.name == "__main__.py":  # python -m bot
        return f"{shlex.quote(sys.executable)} -m bot"
    if started_by is None or started_by.name != "pledgewatch":
        return "pledgewatch"  # started some other way (a test's own process): the command's name
    on_path = shutil.which("pledgewatch")
    if on_path and Path(on_path).resolve() == started_by.resolve():
        return "pledgewatch"
    return shlex.quote(str(started_by))


def letters_never_fail(*streams: TextIO) -> None:
    """Standard output and error in an encoding that lacks some letters (a C or POSIX locale
    where Python has no C.UTF-8 to switch to, PYTHONIOENCODING=ascii or latin-1, a Windows
    code page) write those letters as escapes (`\\u2014`) instead of failing: `pledges` and
    `stories` ended in a UnicodeEncodeError traceback at their first "·" or "—", nothing
    printed, and any French or German title did the same. Nothing is lost: an escape names
    its letter. A UTF-8 stream, the usual case, is left as it is."""
    import codecs

    for stream in streams:
        encoding = getattr(stream, "encoding", None) or "utf-8"
        try:
            utf = codecs.lookup(encoding).name.startswith("utf")
        except LookupError:
            utf = False
        if not utf and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")


def terminal_text(reply: Reply, out: TextIO) -> str:
    """A reply for the terminal: on an interactive one, pieces with a URL (an outlet's
    name) become clickable hyperlinks (the OSC 8 escape most terminals understand);
    otherwise plain text (the links are in `pledges export`).

    Every piece is cleaned as all standard output is (feed text must not smuggle terminal
    escapes of its own); the hyperlinks' escapes are added after, so write the result with
    write_built: TerminalSafe.write would strip those too (it did: no link ever showed)."""
    from bot.core.feeds.urls import shown_link
    from bot.core.text.safe_text import clean_text

    interactive = getattr(out, "isatty", lambda: False)()
    if not reply.segments or not interactive:
        return clean_text(reply.text)
    parts = []
    for text, url in reply.segments:
        text = clean_text(text)
        url = shown_link(url)  # as chat shows it: no credentials, no click-tracking parameters
        safe = url if url.startswith(("http://", "https://")) and url.isprintable() and " " not in url else ""
        parts.append(f"\x1b]8;;{safe}\x1b\\{text}\x1b]8;;\x1b\\" if safe else text)
    return "".join(parts)


def write_built(out: TextIO, text: str) -> None:
    """Text built from cleaned pieces and escapes of this module's own (terminal_text),
    written past TerminalSafe's filter."""
    getattr(out, "write_built", out.write)(text)


_log_format = "text"  # set once by setup_logging: report_note and report_error follow it


def logs_as_json() -> bool:
    return _log_format == "json"


def visible_controls(text: str) -> str:
    """`text` with every control or invisible format character written out as Python
    writes it in a string ("\\x1b", "\\u202e"), line breaks and tabs kept. Error lines and
    log lines quote what the user or a feed gave (a feed's name, an unknown feed, a settings
    file's path): a "\\x1b]0;..." in it retitled the terminal and "\\x1b[8m" hid the rest of
    the line. Shown rather than removed, so the user sees what was wrong with the value."""
    if text.isprintable():
        return text
    return "".join(_escaped(char) if char not in "\n\t" and unicodedata.category(char) in _HIDDEN else char
                   for char in text)


# Controls, format characters (bidirectional overrides, zero-width ones), lone surrogates and
# the line and paragraph separators. Not the other spaces: isprintable() refuses a
# no-break space too, which French copy puts before every colon.
_HIDDEN = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})


def _escaped(char: str) -> str:
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def report_note(text: str) -> None:
    """Something the user should know about the output, on standard error: one plain
    line, or with `--log-format json` a JSON log object (WARNING, shown at every level
    but ERROR)."""
    if _log_format == "json":
        logging.getLogger("bot").warning("%s", text)
    else:
        print(visible_controls(text), file=sys.stderr)


def report_error(text: str) -> None:
    """A fatal error or a refusal, on standard error: one plain line, or with
    `--log-format json` one JSON log object like every other line there (json.dumps
    writes its control characters as escapes already)."""
    if _log_format == "json":
        logging.getLogger("bot").error("%s", text)
    else:
        print(visible_controls(text), file=sys.stderr)


class TerminalSafe:
    """Standard output without escape sequences or control characters (line breaks and
    tabs kept): what the CLI prints comes largely from feeds (titles, errors, names)."""

    def __init__(self, stream: TextIO):
        self._stream = stream

    def write(self, text: str) -> int:
        from bot.core.text.safe_text import clean_text

        return self._stream.write(clean_text(text))

    def write_built(self, text: str) -> int:
        """As it is: only for text whose pieces were cleaned already and whose escapes are
        pledgewatch's own (the hyperlinks of terminal_text)."""
        return self._stream.write(text)

    def __getattr__(self, name: str) -> object:
        return getattr(self._stream, name)


class _TextFormatter(logging.Formatter):
    """Log lines as text, their control characters shown as escapes (see visible_controls):
    a warning quotes a feed's name, an item's title or a server's error text. Their time is
    UTC and says so, as every other time the bot shows ("next poll due 17:23 UTC") and the
    JSON lines' are: in the machine's local time without a zone, a log line's stamp and the
    times in its message disagreed wherever the machine was not on UTC."""

    converter = time.gmtime

    def format(self, record: logging.LogRecord) -> str:
        return visible_controls(super().format(record))


class _JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        data = {
            "time": datetime.fromtimestamp(record.created, timezone.utc).isoformat(),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info:
            # exc_text first: adapters put a token-scrubbed traceback there.
            data["exception"] = record.exc_text or self.formatException(record.exc_info)
        return json.dumps(data, ensure_ascii=False)


class _StderrHandler(logging.StreamHandler):
    """Writes to the standard error of the moment, not to the one there was at set-up: a
    program that runs main() in its own process with standard error swapped meanwhile (a
    test's captured stream, closed after it) had every later log line fail with "I/O
    operation on closed file" (logging's own _StderrHandler, its lastResort, does the same)."""

    def __init__(self) -> None:
        logging.Handler.__init__(self)

    @property
    def stream(self) -> TextIO:  # type: ignore[override]
        return sys.stderr


def setup_logging(level: str, fmt: str) -> None:
    global _log_format
    _log_format = fmt
    handler = _StderrHandler()
    if fmt == "json":
        handler.setFormatter(_JsonFormatter())
    else:
        handler.setFormatter(_TextFormatter("%(asctime)s UTC %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]  # a second set-up replaces the first rather than printing each line twice
    root.setLevel(level)
    # httpx logs every request URL at INFO; URLs may carry tokens (Telegram puts
    # the token in the path), so keep library request logs quiet. matplotlib says at
    # INFO that it built its font cache, on the first chart ever: nothing to act on.
    for noisy in ("httpx", "httpcore", "apscheduler", "telegram", "discord", "matplotlib"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


@contextmanager
def logging_set_up(level: str, fmt: str, *, keep: bool) -> Iterator[None]:
    """The command's logging (setup_logging) while it runs; then, unless `keep`, the root
    logger's handlers, level and the notes' format as they were. main() run as a library
    (a program, a test) left its handler on the root logger for good: every later line of
    that process went to it. The process itself keeps it (bot.launch): a thread's last line
    at the interpreter's exit still has the format asked for."""
    global _log_format
    root = logging.getLogger()
    handlers, root_level, log_format = root.handlers[:], root.level, _log_format
    setup_logging(level, fmt)
    try:
        yield
    finally:
        if not keep:
            root.handlers[:], _log_format = handlers, log_format
            root.setLevel(root_level)
