"""A rule's topic must be one the rules already have, unless a new one is asked for
(hostile-input round, stop 34).

`/rule_add tank ...` (for "tanks") saved the rule under a new topic "tank" that no chat is
subscribed to, without a word: its matches then alerted nobody who had chosen "tanks".
Now a topic no rule has is refused with the list of those that exist, and `--new-topic`
(chat and `rules add`) starts one. Each test here failed before the change. Real command
table over a real SQLite store (tests/support/command_harness.py), real CLI.
"""

from __future__ import annotations

from bot.cli import main
from tests.conftest import CLI_DB
from tests.support.command_harness import ADMIN, run


def test_chat_refuses_a_topic_no_rule_has_and_names_the_topics(table, store):
    before = store.list_rules(include_disabled=True)
    reply = run(table, ADMIN, "/rule_add tanx leopard AND @ukraine")
    assert reply.startswith("Unknown topic 'tanx'; the topics are: air_defence, nato_meeting, tanks."), reply
    assert "--new-topic" in reply
    assert store.list_rules(include_disabled=True) == before


def test_chat_takes_a_new_topic_when_asked_with_either_flag_order(table, store):
    assert "added" in run(table, ADMIN, "/rule_add drones drone* AND @ukraine --new-topic")
    assert "added" in run(table, ADMIN, "/rule_add gliders the OR a OR le OR la OR der OR die --new-topic --force")
    assert {"drones", "gliders"} <= {rule.topic for rule in store.list_rules()}
    assert "added" in run(table, ADMIN, "/rule_add drones Shahed")  # known now


def test_chat_refusal_in_french(table):
    run(table, ADMIN, "/lang fr")
    reply = run(table, ADMIN, "/rule_add chrs leopard")  # "chars" is tanks in words (stop 53)
    # each topic by its code and its name in the chat's language (stop 55)
    assert reply.startswith("Thème 'chrs' inconnu ; les thèmes sont : air_defence (défense aérienne), nato_meeting "
                            "(réunion de l'Otan), tanks (chars)."), reply


def test_cli_refuses_a_topic_no_rule_has_unless_new_topic(env, capsys):
    assert main(["rules", "add", "tank", "Leopard NEAR/5 @ukraine"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("pledgewatch: error: unknown topic 'tank'; the topics are aid, air_defence,"), err
    assert "tanks" in err and "Repeat with --new-topic" in err
    assert main(["rules", "add", "tank", "Leopard NEAR/5 @ukraine", "--new-topic"]) == 0
    assert (env / CLI_DB).exists()


def test_a_flag_glued_to_the_expression_is_no_flag(table, store):
    # "Leopard--new-topic" had been read as the expression "Leopard" and the flag: a typo
    # in the expression is shown as one instead of starting a topic
    reply = run(table, ADMIN, "/rule_add drones Leopard--new-topic")
    assert reply.startswith("Unknown topic 'drones'"), reply
    assert "drones" not in {rule.topic for rule in store.list_rules(include_disabled=True)}
