"""/rule_undo and `pledgewatch rules undo` say what they undid in words (stop 50, a new
user's first hour): "Undone: undid rule.add of rule 121." named the audit log's code, in
English in a French or German chat, with the verb said twice."""

from __future__ import annotations

from bot.cli import main
from tests.support.command_harness import ADMIN, run


def test_each_undo_says_what_it_reversed_in_the_chats_language(table):
    assert run(table, ADMIN, "/rule_add tanks Leopard").startswith("Rule 5 added")
    assert run(table, ADMIN, "/rule_undo") == "Undone: the addition of rule 5 (tanks), which is deleted."
    run(table, ADMIN, "/lang fr")
    run(table, ADMIN, "/rule_edit 1 Panzer AND @ukraine")
    assert run(table, ADMIN, "/rule_undo") == (
        "Annulé : la modification de la règle 1 (tanks), qui reprend son expression d'avant.")
    run(table, ADMIN, "/lang de")
    run(table, ADMIN, "/rule_del 2")
    assert run(table, ADMIN, "/rule_undo") == (
        "Rückgängig gemacht: das Löschen von Regel 2 (air_defence); sie ist wiederhergestellt.")


def test_the_command_line_says_it_in_words_too(env, capsys):
    assert main(["rules", "add", "tanks", '"Leopard 12" NEAR/5 @ukraine']) == 0
    rule_id = capsys.readouterr().out.split()[1]
    assert main(["rules", "undo"]) == 0
    assert capsys.readouterr().out.strip() == f"undid the addition of rule {rule_id} (tanks)"
