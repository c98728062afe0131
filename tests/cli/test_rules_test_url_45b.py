"""`pledgewatch rules test URL` (review 45b, finding 9): it answered with the chat's words
(look at /feeds, send /rule_test <text>) and, with no database at all, said the article
was not seen and exited 0, where `rules test --stored` refuses."""

from __future__ import annotations

from bot.adapters.sqlite_store import SqliteStore
from bot.cli import main
from tests.conftest import CLI_DB


def test_rules_test_of_an_address_without_a_database_refuses(env, capsys):
    assert main(["rules", "test", "https://wire.example/lottery"]) == 1
    captured = capsys.readouterr()
    assert captured.err.startswith(f"pledgewatch: error: no database at {env / CLI_DB} (")
    assert captured.out == "" and not (env / CLI_DB).exists()


def test_rules_test_of_an_address_not_stored_gives_the_console_s_ways(env, capsys):
    store = SqliteStore(env / CLI_DB)
    store.migrate()
    store.close()
    capsys.readouterr()
    assert main(["rules", "test", "<https://wire.example/never-seen>"]) == 0
    answer = capsys.readouterr().out
    assert answer.startswith("No article at this address was seen.")
    assert "pledgewatch feeds list" in answer and "pledgewatch rules test 'TEXT'" in answer
    assert "/feeds" not in answer and "/rule_test" not in answer


def test_rules_test_of_words_needs_no_database(env, capsys):
    assert main(["rules", "test", "Germany sends Leopard tanks to Ukraine"]) == 0
    assert "score" in capsys.readouterr().out
