"""What a command prints when it refuses what it was given, as the CLI tests check it."""

from __future__ import annotations

import io
import json
import sys

from bot.cli import main


def one_error_line(capsys, *argv: str) -> str:
    """The one line a command that fails on what it was given prints (exit 2, no traceback)."""
    capsys.readouterr()
    code = main(list(argv))
    err = capsys.readouterr().err
    assert code == 2, err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


def error_line(capsys) -> str:
    """The one line a command that just failed printed on standard error (no traceback,
    nothing on standard output)."""
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err and captured.out == "", captured
    (line,) = captured.err.strip().splitlines()
    return line


def analyze_lines(monkeypatch, capsys, *items: dict) -> tuple[list[dict], str]:
    """`pledgewatch analyze` over the items as JSON lines on standard input: its output lines
    read back, and what it wrote on standard error."""
    monkeypatch.setattr(sys, "stdin", io.StringIO("".join(json.dumps(item) + "\n" for item in items)))
    capsys.readouterr()
    assert main(["analyze"]) == 0
    captured = capsys.readouterr()
    return [json.loads(line) for line in captured.out.splitlines()], captured.err
