"""/rule_add reads its topic as /subscribe and /rules read one (stop 53, a new user's first
hour): in a French chat "/subscribe chars" followed tanks, and "/rule_add chars ..." was
refused "Thème 'chars' inconnu", listing the codes."""

from __future__ import annotations

from tests.support.command_harness import ADMIN, run


def test_a_topic_named_in_words_is_the_topic_it_names(table, admin):
    run(table, ADMIN, "/lang fr")
    assert run(table, ADMIN, '/rule_add chars Leopard NEAR/3 Ukraine').endswith(" ajoutée au thème tanks.")
    run(table, ADMIN, "/lang de")
    assert run(table, ADMIN, '/rule_add Panzer Abrams NEAR/3 Ukraine').endswith(" unter dem Thema tanks hinzugefügt.")
    added = {r.expression: r.topic for r in admin.rules()}
    assert (added.get("Leopard NEAR/3 Ukraine"), added.get("Abrams NEAR/3 Ukraine")) == ("tanks", "tanks"), added


def test_a_new_topic_asked_for_keeps_its_word_and_an_unknown_one_is_still_refused(table, admin):
    assert "--new-topic" in run(table, ADMIN, '/rule_add zzqq Leopard NEAR/3 Ukraine')
    assert run(table, ADMIN, '/rule_add chars Leopard NEAR/3 Kyiv --new-topic').endswith(" added.")
    assert run(table, ADMIN, "/rule_add tanks Leopard NEAR/3 Kharkiv").endswith(" added.")  # a code: as before
    assert "chars" in {r.topic for r in admin.rules()}
    assert run(table, ADMIN, "/rule_add chars Leopard NEAR/3 Odesa").endswith(" added.")  # that topic's code now
    assert {r.expression: r.topic for r in admin.rules()}["Leopard NEAR/3 Odesa"] == "chars"
