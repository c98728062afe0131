"""Stop 64, hostile rules typed by an admin in chat (/rule_add) or at the command line, through
the real command table and RuleAdmin on a real store (tests/support/command_harness.py).

Found and fixed here (failing before):
- A new topic whose code differs from an existing one by '_' alone (`tanks_`, `air__defence`)
  was saved: the replies showed it as the topic it copied ("tanks"), and `/subscribe tanks` is
  read through the same key (topic_names.topic_of), so chats could follow the copy. It is now
  refused, naming the topic it reads as, even with --force. (A new topic named as another is in
  a language, `chars`, stays allowed, as stop 53 chose: tests/chat/test_rule_add_topic_words_53.py.)

Held already (probed, no change): an expression nested 200 deep (refused at 32 levels), 100 KB
of words and 3,000 wildcards (refused past 2,000 characters, at once), NEAR/999999999 (refused),
a regex-like `/(a+)+$/` and `(a|aa)*b` (refused: not the rule language), NUL and terminal
escapes (taken out of the message), RTL overrides, isolates, zero-width characters and a
Cyrillic letter in a topic or a word (read as nothing, or as its Latin twin: the duplicate
warning then names the rule it copies), full-width and accented topics (refused), a bare NOT
(warned as matching everything).
"""

from __future__ import annotations

import pytest

from bot.errors import RuleError
from tests.support.command_harness import ADMIN, run


@pytest.mark.parametrize(("typed", "copied"), [("tanks_", "tanks"), ("air__defence", "air_defence"),
                                                ("nato_meeting_", "nato_meeting"), ("tanks__", "tanks")])
def test_a_new_topic_reading_as_another_is_refused_in_chat_naming_it(table, store, typed, copied):
    before = len(store.list_rules(include_disabled=True))
    reply = run(table, ADMIN, f"/rule_add {typed} Leopard --new-topic --force")
    assert f"invalid topic '{typed}': it reads as the topic '{copied}'" in reply, reply
    assert len(store.list_rules(include_disabled=True)) == before


def test_a_new_topic_reading_as_another_is_refused_at_the_command_line_too(admin):
    with pytest.raises(RuleError, match="reads as the topic 'tanks'"):
        admin.add("tanks_", "Leopard", actor="cli", new_topic=True, force=True)


def test_a_new_topic_of_other_letters_and_rules_under_the_existing_one_are_still_taken(table, admin):
    assert run(table, ADMIN, "/rule_add tanks_heavy Leopard --new-topic").startswith("Rule ")
    assert run(table, ADMIN, "/rule_add tanks_heavy Abrams").startswith("Rule ")
    assert run(table, ADMIN, "/rule_add tanks Challenger").startswith("Rule ")
    assert "tanks_heavy" in admin.topics()
