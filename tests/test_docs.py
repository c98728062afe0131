"""README.md documents every command and every setting: these tests fail when one is added
without its line in the README."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from bot.cli.parser import build_parser
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


def _settings_table_defaults() -> dict[tuple[str, str], object]:
    """(section, key) -> the default the README's settings table states, for the rows whose
    default is a TOML value (`600`, `"loopback"`, `[]`); rows saying "none", "the URL" or
    naming another setting are prose and are left out."""
    import tomllib

    stated = {}
    for section, key, default in re.findall(r"^\| (?:`\[(\w+)\]` )?`(\w+)` \| `([^`]*)` \|", README, re.MULTILINE):
        try:
            stated[(section, key)] = tomllib.loads(f"value = {default}")["value"]
        except tomllib.TOMLDecodeError:
            continue
    return stated


def _code_value(settings, section: str, key: str) -> object:
    """A setting as the TOML value that would give it (listen addresses as host:port)."""
    if key == "listen":
        part = getattr(settings, section)
        return f"{part.listen_host}:{part.listen_port}" if part.listen_host else ""
    value = getattr(getattr(settings, section) if section else settings, key)
    return list(value) if isinstance(value, tuple) else str(value) if isinstance(value, Path) else value


def test_every_default_in_the_settings_table_is_the_codes_and_the_shipped_files(tmp_path):
    """The README's default column is what an empty settings file gives, and what the
    shipped config/pledgewatch.toml writes out (it states the defaults for people to edit)."""
    import tomllib

    from bot.config import settings_from_dict

    stated = _settings_table_defaults()
    assert len(stated) >= 20, stated  # the table's format changed: this test no longer reads it
    code = settings_from_dict({}, base_dir=tmp_path, environ={})
    wrong = {k: (v, _code_value(code, *k)) for k, v in stated.items() if _code_value(code, *k) != v}
    assert not wrong, f"README default != code default: {wrong}"

    shipped = tomllib.loads((Path(__file__).resolve().parents[1] / "config" / "pledgewatch.toml").read_text("utf-8"))
    written = {(section, key): value for (section, key) in stated
               for value in [(shipped.get(section, {}) if section else shipped).get(key, stated[(section, key)])]}
    differ = {k: (stated[k], v) for k, v in written.items() if v != stated[k]}
    assert not differ, f"README default != config/pledgewatch.toml: {differ}"


def test_every_range_in_the_settings_table_is_the_one_the_code_enforces(tmp_path):
    """A stated range ("(1 to 200)", "(30 to 604,800, a week)", "(at least 1024)") is the
    code's: its ends are accepted, one step beyond them is refused."""
    from bot.config import settings_from_dict
    from bot.errors import ConfigError

    ranges = {}
    for line in README.splitlines():
        row = re.match(r"^\| (?:`\[(\w+)\]` )?`(\w+)` \| `\d+` \|(.*)", line)
        if not row:
            continue
        section, key, meaning = row.groups()
        if span := re.search(r"\((?:a whole number, )?([\d,]+) to ([\d,]+)", meaning):
            ranges[(section, key)] = (int(span[1].replace(",", "")), int(span[2].replace(",", "")))
        elif least := re.search(r"\(at least ([\d,]+)", meaning):
            ranges[(section, key)] = (int(least[1].replace(",", "")), None)
    assert len(ranges) >= 8, ranges  # the table's format changed: this test no longer reads it

    def accepted(section: str, key: str, value: int) -> bool:
        raw = {section: {key: value}} if section else {key: value}
        try:
            settings_from_dict(raw, base_dir=tmp_path, environ={})
        except ConfigError:
            return False
        return True

    wrong = {k: (low, high) for k, (low, high) in ranges.items()
             if not accepted(*k, low) or accepted(*k, low - 1)
             or (high is not None and (not accepted(*k, high) or accepted(*k, high + 1)))}
    assert not wrong, f"README range != the range the code enforces: {wrong}"
