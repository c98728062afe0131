"""The chat commands README lists, tried as a new user would, with wrong input
(hostile-input round, stop 34). Each test failed before its fix. Real command table over
a real SQLite store (tests/support/command_harness.py).
"""

from __future__ import annotations

from tests.support.command_harness import ADMIN, run


def test_rule_test_stored_without_an_expression_points_at_the_missing_expression(table):
    # It said the expression went wrong "near '--stored'", the flag itself.
    reply = run(table, ADMIN, "/rule_test --stored")
    assert reply.startswith("Invalid rule at position 0 (near the end): empty expression"), reply
    assert "(near the end)" in run(table, ADMIN, "/rule_test --stored tank AND (")


def test_a_rule_id_no_rule_has_is_said_in_the_chats_language(table):
    # "no rule with id 999 (see the list of rules)": English, and unlike /feed_del's reply.
    assert run(table, ADMIN, "/rule_del 999") == "No rule with id 999 (see /rules)."
    run(table, ADMIN, "/lang fr")
    assert run(table, ADMIN, "/rule_edit 999 tank") == "Aucune règle numéro 999 (voir /rules)."


def test_a_usage_line_ends_without_a_blank(table):
    assert run(table, ADMIN, "/rule_undo now") == "Usage: /rule_undo"
