"""Stop 44's round of bad rules files, through the real `pledgewatch rules` commands over a
real SQLite file. The rules are short expressions written for these tests.

Found and fixed here, each test failing before its fix:
- A rule written twice (the same topic and expression, a paste repeated) was imported
  without a word and counted its weight twice: one match then reached a threshold meant
  for two rules (`rules list` showed both; nothing said why an article was relevant). The
  file is now refused naming both rules (bot/core/rules/files.py), and `rules add` or
  `rules edit` making a rule another enabled one already is warns and saves only with
  --force, as other rules that look wrong do. The same rule disabled once is no repeat.
- Two rules under one `id` failed the import with "database ...: UNIQUE constraint
  failed: rules.id" (exit 1), read as the database's fault. The file is refused naming
  both rules and the id (exit 2), and nothing is changed.

Tried and already right (not redone): a rules or words file declaring one table twice
(`[words.x]` twice: tomllib's error, with its line), an unknown setting in the settings
file (refused naming the file and the key), a database a newer pledgewatch migrated
(refused before anything is written: tests/cli/test_newcomer_errors.py).
"""

from __future__ import annotations

from bot.cli import main

HEADER = "threshold = 2.0\n"


def _rule(expression: str, *, topic: str = "aid", extra: str = "") -> str:
    return f"[[rule]]\ntopic = \"{topic}\"\nexpression = '{expression}'\n{extra}"


def _listed(capsys) -> list[str]:
    assert main(["rules", "list"]) == 0
    return [line for line in capsys.readouterr().out.splitlines() if line.strip() and "threshold" not in line]


def test_a_rules_file_repeating_a_rule_is_refused_naming_both(env, capsys):
    (env / "mine.toml").write_text(HEADER + _rule('"howitzers" NEAR/5 @ukraine')
                                   + _rule('"tanks" NEAR/5 @ukraine') + _rule('"tanks"  NEAR/5  @ukraine'),
                                   encoding="utf-8")
    before = _listed(capsys)
    assert main(["rules", "import", "mine.toml"]) == 2
    said = capsys.readouterr().err
    assert "rule #3 (aid) repeats rule #2" in said and "count twice" in said, said
    assert _listed(capsys) == before  # nothing changed


def test_the_same_rule_once_disabled_or_under_another_topic_is_no_repeat(env, capsys):
    (env / "mine.toml").write_text(HEADER + _rule('"tanks" NEAR/5 @ukraine')
                                   + _rule('"tanks" NEAR/5 @ukraine', extra="enabled = false\n")
                                   + _rule('"tanks" NEAR/5 @ukraine', topic="armour"), encoding="utf-8")
    assert main(["rules", "import", "mine.toml"]) == 0, capsys.readouterr().err


def test_two_rules_under_one_id_are_refused_naming_the_id_not_the_database(env, capsys):
    (env / "mine.toml").write_text(HEADER + _rule('"tanks" NEAR/5 @ukraine', extra="id = 7\n")
                                   + _rule('"howitzers" NEAR/5 @ukraine', extra="id = 7\n"), encoding="utf-8")
    assert main(["rules", "import", "mine.toml"]) == 2
    said = capsys.readouterr().err
    assert "rule #2 (aid) has id 7, as rule #1 has" in said and "UNIQUE" not in said, said


def test_adding_a_rule_that_exists_warns_and_needs_force(env, capsys):
    assert main(["rules", "add", "aid", '"tanks" NEAR/5 @ukraine']) == 0
    capsys.readouterr()
    assert main(["rules", "add", "aid", '"tanks"   NEAR/5 @ukraine']) == 2
    said = capsys.readouterr().err
    assert "is the same rule" in said and "--force" in said, said
    assert main(["rules", "add", "aid", '"tanks" NEAR/5 @ukraine', "--force"]) == 0
    assert "warning: rule" in capsys.readouterr().out  # saved as asked, the warning still said


def test_a_rule_raising_the_score_under_a_topic_of_score_lowering_rules_needs_force(env, capsys):
    # `pledgewatch rules add trap X` without --weight saved a +1 rule under `trap`, whose rules
    # all lower the score of look-alikes: it raised the score of what it named, and `trap`
    # became a topic chats could follow. Chat's /rule_add refuses it since stop 44.
    assert main(["rules", "add", "trap", '"table tennis" NEAR/5 @ukraine']) == 2
    said = capsys.readouterr().err
    assert "negative weight" in said and "--weight -2" in said and "--force" in said, said
    assert main(["rules", "add", "trap", '"table tennis" NEAR/5 @ukraine', "--weight", "-2"]) == 0, \
        capsys.readouterr().err
    capsys.readouterr()
    assert main(["rules", "add", "trap", '"chess" NEAR/5 @ukraine', "--force"]) == 0  # as asked, warned
    assert "would raise it" in capsys.readouterr().out
