"""The command line as a new user meets it: options in either place, help that explains
every argument, `--version` at once."""

from __future__ import annotations

import argparse
import subprocess
import sys

from bot.cli import main
from bot.cli.parser import build_parser


def _leaf_parsers(parser: argparse.ArgumentParser, name: str = "pledgewatch"):
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        yield name, parser
    for action in subs:
        for sub_name, sub in action.choices.items():
            yield from _leaf_parsers(sub, f"{name} {sub_name}")


def test_global_options_work_after_the_command(env, capsys, monkeypatch):
    settings = env / "mine.toml"
    settings.write_text(f'database = "{env / "other.db"}"\n[[feed]]\nurl = "https://example.org/only.xml"\n')
    args = build_parser().parse_args(["feeds", "list", "--config", str(settings), "--log-level", "ERROR"])
    assert args.config == str(settings) and args.log_level == "ERROR" and args.log_format == "text"
    # Given before the command and not after, the value is kept (not reset by the sub-command).
    args = build_parser().parse_args(["--log-format", "json", "status"])
    assert args.log_format == "json"
    monkeypatch.delenv("PLEDGEWATCH_DB")
    assert main(["feeds", "list", "--config", str(settings)]) == 0
    captured = capsys.readouterr()
    listed = captured.out.splitlines()
    assert len(listed) == 1 and "https://example.org/only.xml" in listed[0]  # only that settings file's feed
    assert f"no database at {env / 'other.db'} yet" in captured.err  # that file's database...
    assert not (env / "other.db").exists()  # ... which listing does not create


def test_every_argument_of_every_command_has_help():
    undocumented = []
    for name, parser in _leaf_parsers(build_parser()):
        for action in parser._actions:
            if not action.help and not isinstance(action, argparse._SubParsersAction):
                undocumented.append(f"{name} {action.dest}")
        assert parser.description, f"{name} has no description"
    assert not undocumented, undocumented


def test_help_of_a_command_names_its_defaults():
    text = build_parser()._subparsers._group_actions[0].choices["pledges"].format_help()
    assert "default: csv" in text and "default: pledges.png" in text
    text = build_parser()._subparsers._group_actions[0].choices["run"].format_help()
    assert "--config FILE" in text and "default: INFO" in text


def test_poll_without_once_polls_once(env, capsys, feed_server):
    from tests.support.servers import rss

    feed_server.set_feed("/a.xml", rss([]))
    url = feed_server.url("/a.xml")
    main(["feeds", "add", url])
    capsys.readouterr()
    assert main(["poll", "--feed", url]) == 0
    assert "1 feeds polled, 0 failed" in capsys.readouterr().out


def test_version_answers_without_loading_the_rules():
    code = ("import sys, runpy; sys.argv = ['pledgewatch', '--version'];"
            "import bot.cli;"
            "loaded = [m for m in ('bot.app', 'bot.core.rules.engine', 'simplemma', 'feedparser') if m in sys.modules];"
            "print(loaded)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.stdout.strip() == "[]", proc.stdout + proc.stderr
    proc = subprocess.run([sys.executable, "-m", "bot", "--version"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0 and proc.stdout.startswith("pledgewatch ")
