"""The command line against a newcomer's mix-up, stop 39's round (an audit round: no
article text; the files given are the shipped ones of config/).

Tried and already right (not redone): settings of the wrong type (a string, a float, a
boolean, inf or 2**63 for a whole number; a number for a string; a list of floats or
names for admin ids), a table where a list of tables is wanted, a feed listed twice; a
rules file of the wrong types, NaN or a negative threshold, an empty one; a database
file of random bytes, one cut in half, a folder.

Found and fixed here (the test failed before): the rules file, or config/entities.toml,
or config/words.toml, given as the settings (`--config config/rules.toml`) was refused
with "threshold: unknown setting (allowed: ...)", naming a key the newcomer had not
written and every settings key. It is now named for what it is, with the way it is
given instead.
"""

from __future__ import annotations

import pytest

from bot.cli import main
from bot.config.shipped import packaged_file


@pytest.mark.parametrize("name, says", [
    ("rules.toml", "this is a rules file (threshold and [[rule]] tables), not a settings file: name it in the "
                   "settings (rules = \"FILE\") or load it with `pledgewatch rules import FILE`"),
    ("entities.toml", "this is an entity lists file (like entities.toml), not a settings file: pledgewatch reads "
                      "its own config/entities.toml (edit that one); --config takes a settings file"),
    ("words.toml", "this is a word lists file (like words.toml), not a settings file"),
])
def test_another_file_of_config_given_as_the_settings_is_named_for_what_it_is(env, capsys, name, says):
    assert main(["--config", str(packaged_file(name)), "status"]) == 2
    err = capsys.readouterr().err
    assert says in err and "unknown setting" not in err and len(err.strip().splitlines()) == 1, err


def test_a_settings_file_with_one_rules_key_too_many_still_names_the_key(env, capsys):
    (env / "mine.toml").write_text("threshold = 2\npoll_interval = 60\n", encoding="utf-8")
    assert main(["--config", "mine.toml", "status"]) == 2
    assert "threshold: unknown setting" in capsys.readouterr().err
