"""README.md documents every command and every setting: these tests fail when one is added
without its line in the README."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from bot.cli import build_parser
from bot.config import DISCORD_KEYS, FEED_KEYS, TELEGRAM_KEYS, TOP_LEVEL_KEYS, WEB_KEYS, WEBSUB_KEYS

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def _commands(parser: argparse.ArgumentParser, prefix: str = "pledgewatch") -> list[str]:
    found = []
    for action in parser._actions:  # argparse offers no public walk of sub-commands
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                nested = _commands(sub, f"{prefix} {name}")
                found += nested or [f"{prefix} {name}"]
    return found


def test_every_cli_command_is_documented():
    commands = _commands(build_parser())
    assert len(commands) >= 15
    missing = [c for c in commands if f"`{c}" not in README]
    assert not missing, f"README.md lacks: {missing}"


def test_every_global_option_is_documented():
    for option in ("--config", "--log-level", "--log-format", "--version"):
        assert option in README


def test_every_setting_is_documented():
    keys = [k for k in TOP_LEVEL_KEYS if k not in ("feed", "telegram", "discord", "websub", "web")]
    missing = [k for k in keys if f"| `{k}` |" not in README]
    missing += [f"[[feed]] {k}" for k in FEED_KEYS if f"| `[[feed]]` `{k}` |" not in README]
    missing += [f"[telegram] {k}" for k in TELEGRAM_KEYS if f"| `[telegram]` `{k}` |" not in README]
    missing += [f"[discord] {k}" for k in DISCORD_KEYS if f"| `[discord]` `{k}` |" not in README]
    missing += [f"[websub] {k}" for k in WEBSUB_KEYS if f"| `[websub]` `{k}` |" not in README]
    missing += [f"[web] {k}" for k in WEB_KEYS if f"| `[web]` `{k}` |" not in README]
    assert not missing, f"README.md lacks settings: {missing}"


def test_ci_runs_exactly_the_readme_test_command():
    ci = (Path(__file__).resolve().parents[1] / ".ci" / "run").read_text(encoding="utf-8")
    blocks = re.findall(r"```sh\n(.*?)\n```", README, re.S)
    test_command = next(b for b in blocks if "pytest" in b)
    assert test_command.strip() in ci


def test_every_chat_command_is_documented():
    from bot.core.chat.commands import COMMANDS

    missing = [c.name for c in COMMANDS if f"| `/{c.name}" not in README]
    assert not missing, f"README.md lacks chat commands: {missing}"
