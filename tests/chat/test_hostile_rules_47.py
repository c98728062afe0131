"""Stop 47, hostile admin input to /rule_add and /rule_edit with their flags (bot/core/chat/rule_commands.py).

The flags (--force, --new-topic) are taken off the end of the expression before it is parsed, but
the place of a parse error was shown in the arguments as typed: "/rule_add tanks --force" was said to
go wrong "near '--force'" (as if the flag were the rule), and an error at the end of "Uk* --force"
showed the flag as part of the expression. The error is now shown in the expression as parsed.
What held, checked here too: a flag glued to a word is no flag ("Ukraine--force" is the expression),
and nothing is saved by a refused rule. Real SQLite, the real command table; the rules are made up.
"""

from __future__ import annotations

import pytest

from tests.support.command_harness import ADMIN, run, snapshot


@pytest.mark.parametrize("line", ["/rule_add tanks --force", "/rule_add tanks --new-topic --force",
                                  "/rules add tanks --force"])
def test_a_rule_of_flags_alone_is_said_to_be_empty_not_to_go_wrong_at_the_flag(table, store, line):
    before = snapshot(store)
    said = run(table, ADMIN, line)
    assert "empty expression" in said and "--force" not in said and "--new-topic" not in said, said
    assert snapshot(store) == before


@pytest.mark.parametrize(("line", "shown"), [
    ("/rule_add tanks Uk* --force --new-topic", "near 'Uk*'"),
    ("/rule_edit 1 Leopard AND --force", "near the end"),
    ("/rule_edit 1 ( --force", "near the end"),
])
def test_an_error_is_placed_in_the_expression_as_parsed_without_its_flags(table, store, line, shown):
    before = snapshot(store)
    said = run(table, ADMIN, line)
    assert shown in said and "--force" not in said, said
    assert snapshot(store) == before


def test_a_flag_glued_to_a_word_stays_part_of_the_expression(table, store):
    said = run(table, ADMIN, "/rule_add tanks Leopard--force AND Ukraine")
    assert said.startswith("Rule ") and "added" in said, said
    assert any(rule.expression == "Leopard--force AND Ukraine" for rule in store.list_rules())
