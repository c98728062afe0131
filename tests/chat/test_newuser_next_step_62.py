"""What a new user meets after a mistake, stop 62: every answer names the mistake and says what to
send next. An admin's invalid rule named where it broke and no more ("Invalid rule at position 0
... expected ')'"); a topic typed with a slip ("tanx") was answered with the whole list, though
/subscribe names the topic it is near; "/latest abc" and "/mode weekly" were told the usage alone,
the word not read unnamed. Real store, the real command table; the words are written for these
tests."""

from __future__ import annotations

from tests.support.command_harness import ADMIN, run


def test_an_invalid_rule_says_nothing_changed_and_how_to_write_one(table, store):
    before = store.list_rules(include_disabled=True)
    reply = run(table, ADMIN, "/rule_add tanks (leopard")
    error, next_step = reply.splitlines()
    assert error.startswith("Invalid rule at position 0 (near '(leopard'): unbalanced '('"), reply
    assert next_step == ("Nothing was changed: send /rule_add again with the rule put right (words, \"phrases\", "
                         "AND, OR, NOT, NEAR/5 and parentheses), e.g. /rule_add tanks leopard NEAR/5 ukraine")
    assert store.list_rules(include_disabled=True) == before
    # The example given is a rule the command takes.
    assert "added" in run(table, ADMIN, "/rule_add tanks leopard NEAR/5 ukraine")
    rule_id = max(rule.id for rule in store.list_rules())
    assert run(table, ADMIN, f"/rule_edit {rule_id} leopard AND").splitlines()[-1].endswith(
        "e.g. /rule_edit 12 leopard NEAR/5 ukraine")
    run(table, ADMIN, "/lang fr")
    assert run(table, ADMIN, "/rule_add chars (leopard").splitlines()[-1].startswith(
        "Rien n'a été modifié : renvoyez /rule_add avec la règle corrigée")
    run(table, ADMIN, "/lang de")
    assert run(table, ADMIN, "/rule_add panzer (leopard").splitlines()[-1].startswith(
        "Nichts wurde geändert: Senden Sie /rule_add erneut")


def test_a_mistyped_topic_is_answered_with_the_topic_meant_and_the_command(table, store):
    before = store.list_rules(include_disabled=True)
    reply = run(table, ADMIN, "/rule_add tanx leopard NEAR/5 ukraine")
    assert reply.startswith("Unknown topic 'tanx'; the topics are:"), reply
    assert reply.splitlines()[-1] == "Did you mean tanks? Send /rule_add tanks leopard NEAR/5 ukraine"
    assert store.list_rules(include_disabled=True) == before
    # A topic near none gets the list alone.
    assert "Did you mean" not in run(table, ADMIN, "/rule_add zeppelins leopard")


def test_a_word_latest_and_mode_do_not_read_is_named_before_the_usage(table):
    assert run(table, ADMIN, "/latest abc").splitlines() == ["'abc' is not a number of stories.",
                                                             "Give a number from 1 to 20, e.g. /latest 5."]
    run(table, ADMIN, "/subscribe")
    assert run(table, ADMIN, "/mode weekly").splitlines() == [
        "'weekly' is not a mode.", "Choose /mode instant or /mode digest [time] (UTC, e.g. 08:00, 8h or 8 pm)."]
    run(table, ADMIN, "/lang fr")
    assert run(table, ADMIN, "/latest dix").splitlines()[0] == "'dix' n'est pas un nombre de sujets."
    assert run(table, ADMIN, "/latest 99") == "Donnez un nombre de 1 à 20, par exemple /latest 5."  # the range


def test_a_mistyped_option_is_named_under_its_commands_usage(capsys):
    # `pledges --lmit 3` was answered under the usage of `pledgewatch` alone, without --limit.
    import pytest

    from bot.cli import main

    said = {}
    for argv in (["pledges", "--lmit", "3"], ["rules", "list", "--jsn"], ["feeds", "add", "https://wire.example/rss",
                                                                           "--nmae=Wire"]):
        capsys.readouterr()
        with pytest.raises(SystemExit) as exit_:
            main(argv)
        assert exit_.value.code == 2
        said[argv[0]] = capsys.readouterr().err.strip().splitlines()
    assert said["pledges"][0].startswith("usage: pledgewatch pledges ")
    assert said["pledges"][-1] == "pledgewatch pledges: error: unrecognized arguments: --lmit; did you mean --limit?"
    assert said["rules"][-1] == ("pledgewatch rules list: error: unrecognized arguments: --jsn "
                                 "(`pledgewatch rules list --help` lists what it takes)")
    assert "unrecognized arguments: --nmae=Wire" in said["feeds"][-1]
    assert said["feeds"][-1].endswith("; did you mean --name?")
