"""Review of stop 36's merged changes (a second reader of the newcomer/hostile-input audit).

No article texts: these are settings given by hand. Found, each fixed and held by a test
that failed before:
- DISCORD_GATEWAY_URL was left out of the audit's rule that a value read from the
  environment is named by its variable: a wrong one was reported as "settings file X:
  discord.gateway_url: ...", sending the reader to a file that did not hold it;
- a gateway URL with an unclosed IPv6 bracket ("ws://[::1", in the settings file or the
  environment) escaped `load_settings` as a bare ValueError (a traceback, exit 1) instead
  of one line naming the setting (exit 2).
- `run`'s start-up line compares the seed rules file with the database's rules (added
  today); a rule broken in that file after the database was made (an unclosed bracket)
  raised a RuleError out of the comparison, which caught only ConfigError, and `run`
  stopped on a file it no longer reads. Its docstring says it is then silent; now it is.
Before: every test below failed (a ValueError; "settings file ... discord.gateway_url";
the RuleError). After: all pass.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli import main
from bot.config import settings_from_dict
from bot.errors import ConfigError
from tests.support.cli_lines import one_error_line as _one_error_line


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


def test_run_starts_on_the_stored_rules_when_the_rules_file_was_since_broken(env):
    # The start-up line compares the seed rules file with the database's rules; the file
    # is no longer used, so a rule broken in it since must not stop `run` (a RuleError
    # escaped the comparison, which caught only ConfigError).
    from bot.app import App
    from bot.cli.commands.run import describe_setup
    from bot.config import load_settings
    from tests.support.command_harness import RULES_TOML

    (env / "mine_rules.toml").write_text(RULES_TOML, encoding="utf-8")
    (env / "mine.toml").write_text('feeds = ""\nrules = "mine_rules.toml"\n', encoding="utf-8")
    settings = env / "mine.toml"
    assert main(["--config", str(settings), "feeds", "add", "https://example.org/rss"]) == 0  # the database
    (env / "mine_rules.toml").write_text(RULES_TOML.replace("'Otan OR NATO'", "'Otan OR (NATO'"), encoding="utf-8")
    app = App(load_settings(settings))
    try:
        app.prepare()
        lines = describe_setup(app)
    finally:
        app.close()
    assert lines[0] == "rules: 4, stored in the database (edit with `pledgewatch rules`)"
