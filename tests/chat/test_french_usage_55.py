"""Stop 55, new user: French replies said "Utilisation :" before a command's arguments in
every command's usage, and "Usage :" in /audit's (an anglicism beside the word the others
use). One word everywhere: "Utilisation :", the one the French texts use. Walked over every
command, through the command table on a real store in a chat set to French."""

from __future__ import annotations

import re

from bot.core.chat.command_group import CommandGroup
from bot.core.chat.command_list import COMMANDS
from bot.core.chat.i18n import MESSAGES
from tests.support.command_harness import ADMIN, run

_ANGLICISM = re.compile(r"\bUsage\s*:", re.I)


def test_every_commands_french_usage_says_utilisation():
    for command in COMMANDS:
        said = CommandGroup().usage_reply(command.name, "fr")
        assert said.startswith(f"Utilisation : /{command.name}"), said


def test_no_french_text_says_usage():
    assert [key for key, text in MESSAGES["fr"].items() if _ANGLICISM.search(text)] == []


def test_every_commands_french_reply_to_a_wrong_argument_says_utilisation(table):
    run(table, ADMIN, "/lang fr")
    told = []
    for command in COMMANDS:
        for args in ("", " ?!", " 999999 ?! --nope"):
            reply = run(table, ADMIN, f"/{command.name}{args}")
            assert not _ANGLICISM.search(reply), f"/{command.name}{args}: {reply}"
            told += [command.name] if "Utilisation :" in reply else []
    assert {"audit", "rule_add", "feed_add"} <= set(told), told
