"""Stop 47, a new user on a fresh demo database trying each command bare and with an argument:
`/help pledges` (or `/help /pledges`) answered the whole list of 24 commands, the one asked
for somewhere in it. It now answers that command's line alone (usage, description, who may
use it); a word that names no command still gets the whole list. Real command table over a
real SQLite store."""

from __future__ import annotations

from bot.core.chat.command_list import help_text
from bot.core.chat.i18n import t
from tests.support.command_harness import USER, run


def _line(lang: str, name: str) -> str:
    return next(line for line in help_text(lang).splitlines() if line.startswith(f"/{name} ") or line == f"/{name}")


def test_help_with_a_command_answers_its_line(table):
    assert run(table, USER, "/help pledges") == _line("en", "pledges")
    assert run(table, USER, "/help /rule_add") == _line("en", "rule_add")
    assert t("en", "help_admin") in run(table, USER, "/help RULE_ADD")


def test_help_with_anything_else_answers_the_whole_list(table):
    # Since stop 48 the word that names no command is said first: it was not read.
    assert run(table, USER, "/help zzz") == "\n".join([t("en", "help_unknown", word="zzz"), help_text("en")])
    assert run(table, USER, "/help") == help_text("en")
