"""Review of stop 36's merged changes (a second reader of the newcomer/hostile-input audit).

No article texts: these are settings given by hand. Found, each fixed and held by a test
that failed before:
- DISCORD_GATEWAY_URL was left out of the audit's rule that a value read from the
  environment is named by its variable: a wrong one was reported as "settings file X:
  discord.gateway_url: ...", sending the reader to a file that did not hold it;
- a gateway URL with an unclosed IPv6 bracket ("ws://[::1", in the settings file or the
  environment) escaped `load_settings` as a bare ValueError (a traceback, exit 1) instead
  of one line naming the setting (exit 2).
Before: both tests below failed (a ValueError; "settings file ... discord.gateway_url").
After: both pass.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli import main
from bot.config import settings_from_dict
from bot.errors import ConfigError


def _one_error_line(capsys, *argv: str) -> str:
    capsys.readouterr()
    code = main(list(argv))
    err = capsys.readouterr().err
    assert code == 2, err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


@pytest.mark.parametrize("value, said", [
    ("https://gateway.example/", "DISCORD_GATEWAY_URL: 'https://gateway.example/' is not a ws:// or wss:// URL"),
    ("ws://[::1", "DISCORD_GATEWAY_URL: 'ws://[::1' is not a valid URL"),
])
def test_a_wrong_gateway_url_in_the_environment_names_the_variable_in_one_line(env, capsys, monkeypatch, value, said):
    monkeypatch.setenv("DISCORD_GATEWAY_URL", value)
    line = _one_error_line(capsys, "status")
    assert line.startswith(f"pledgewatch: error: {said}") and "settings file" not in line, line


def test_a_gateway_url_with_an_unclosed_bracket_in_the_settings_file_names_its_key():
    with pytest.raises(ConfigError, match=r"^discord\.gateway_url: 'wss://\[::1' is not a valid URL"):
        settings_from_dict({"discord": {"gateway_url": "wss://[::1"}}, base_dir=Path("."), environ={})
