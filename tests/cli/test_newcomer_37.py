"""A newcomer's round (stop 37): a fresh clone of the branch, the README followed from the
top as someone who has never seen the project (the two set-up commands; `run` with no
token, stopped with SIGTERM after a round; `demo`; each command of the Command line table
and its `--help`; the chat commands through the command table on the demo's database),
then the mistakes a newcomer makes: a wrong sub-command, a missing file, a bad value in the
settings and in the environment, a database in a folder that cannot be written, a database
from a newer version.

Already right, not redone here (tests/cli/test_newcomer_36.py, test_newcomer_errors.py):
a wrong sub-command or option (argparse's usage and one line, exit 2), a settings file not
there, bad or unknown settings, a bad token or URL in the environment, a read-only or
locked database, one from a newer version: each one line naming the key or variable.

Found, each fixed here and held by a test that failed before:
- `rules diff --help` named the settings' "rules_file", a key no settings file may hold
  (it is `rules`: a settings file with `rules_file` is refused as unknown);
"""

from __future__ import annotations

import argparse
import re

from bot.cli.parser import build_parser
from bot.config import DISCORD_KEYS, FEED_KEYS, TELEGRAM_KEYS, TOP_LEVEL_KEYS, WEB_KEYS, WEBSUB_KEYS


def _every_parser(parser: argparse.ArgumentParser, name: str = "pledgewatch"):
    yield name, parser
    for action in parser._actions:  # argparse offers no public walk of sub-commands
        if isinstance(action, argparse._SubParsersAction):
            for sub_name, sub in action.choices.items():
                yield from _every_parser(sub, f"{name} {sub_name}")


def test_a_setting_the_help_names_is_one_a_settings_file_may_hold():
    """A snake_case word in `--help` is a setting (poll_interval, retention_days) or a
    category (air_defence); `rules diff --help` named "rules_file", which the settings
    refuse as unknown."""
    from bot.core.pledges.words import CATEGORY_WORDS

    settings = {*TOP_LEVEL_KEYS, *FEED_KEYS, *TELEGRAM_KEYS, *DISCORD_KEYS, *WEBSUB_KEYS, *WEB_KEYS}
    named = {}
    for name, parser in _every_parser(build_parser()):
        for text in [parser.description or "", *(action.help or "" for action in parser._actions)]:
            for word in re.findall(r"\b[a-z]+_[a-z_]+\b", text):
                named.setdefault(word, name)
    assert "poll_interval" in named  # the walk reads the help texts
    unknown = {word: where for word, where in named.items() if word not in settings | set(CATEGORY_WORDS)}
    assert not unknown, f"--help names settings that do not exist: {unknown}"
