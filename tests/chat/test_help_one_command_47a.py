"""Stop 47, review of `/help NAME` (tests/chat/test_help_one_command_47.py): only the English
name matched, so `/help rules add`, `/help aide`, `/help abonnieren`, `/help pledge` and
`/help /pledges@mybot` answered the whole list, though the bot runs those names when they are
sent as commands ("/rules add" is /rule_add, command_guess knows the French and German names
and near misses). `/help` now reads the name as the command table does; a word that names no
command still gets the whole list. Real command table over a real SQLite store."""

from __future__ import annotations

import pytest

from bot.core.chat.command_list import COMMANDS_BY_NAME, help_line, help_text
from bot.core.chat.i18n import t
from tests.support.command_harness import USER, run


@pytest.mark.parametrize(("asked", "name"), [
    ("rules add", "rule_add"),
    ("/rules del 8", "rule_del"),
    ("rules", "rules"),
    ("aide", "help"),
    ("abonnieren", "subscribe"),
    ("Zusagen", "pledges"),
    ("pledge", "pledges"),
    ("/pledges@mybot", "pledges"),
    ("pledges@mybot germany 6m", "pledges"),
    ("Subscibe", "subscribe"),
])
def test_help_reads_a_command_as_a_user_types_it(table, asked, name):
    assert run(table, USER, f"/help {asked}") == help_line(COMMANDS_BY_NAME[name], "en")


def test_a_word_that_names_no_command_still_gets_the_whole_list(table):
    # Named first since stop 48 (it was not read); the bot's own @name and a bare slash name nothing.
    for asked in ("tanks", "setup"):
        assert run(table, USER, f"/help {asked}") == "\n".join([t("en", "help_unknown", word=asked),
                                                                  help_text("en")]), asked
    for asked in ("@mybot", "/"):
        assert run(table, USER, f"/help {asked}") == help_text("en"), asked


def test_an_admin_command_asked_about_is_marked_as_such(table):
    assert t("en", "help_admin") in run(table, USER, "/help rules edit")
