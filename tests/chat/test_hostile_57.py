"""Stop 57's hostile chat input, on the real discord.py against the loopback Discord stub.

- A slash command without an option it requires (Discord's copy of the commands older than
  the bot's, as for up to an hour after a global sync, or a forged interaction): discord.py
  refused to call it, logged "Ignoring exception in command" with a traceback, and answered
  nothing, so the user saw "The application did not respond". Now the command's usage,
  privately, nothing run, and one warning line (bot/adapters/discord_chat.py).
"""

from __future__ import annotations

import logging

import pytest

from tests.support.discord_harness import ADMIN, Harness, content_of, flags_of, run

EPHEMERAL = 64


@pytest.mark.parametrize(("name", "options", "user", "usage"), [
    ("rule_add", None, ADMIN, "Usage: /rule_add <topic> <expression>"),
    ("rule_add", {"topic": "aid"}, ADMIN, "Usage: /rule_add <topic> <expression>"),  # half of them
    ("rule_test", None, ADMIN, "Usage: /rule_test <text>"),
    ("search", None, 5, "Usage: /search <words>"),  # anyone's command, from anyone
])
def test_a_command_without_its_required_options_is_answered_with_its_usage(tmp_path, caplog, name, options, user,
                                                                            usage):
    answers: list = []

    async def body(h: Harness) -> None:
        rules = h.store.db.execute("SELECT count(*) FROM rules").fetchone()[0]
        answers.extend(await h.command(name, options, user_id=user))
        assert h.store.db.execute("SELECT count(*) FROM rules").fetchone()[0] == rules  # nothing run

    with caplog.at_level(logging.WARNING):
        run(tmp_path, body)
    (answer,) = answers
    assert content_of(answer).startswith(usage) and flags_of(answer) & EPHEMERAL
    assert not [r for r in caplog.records if r.exc_info or r.levelno >= logging.ERROR]
    (line,) = [r.getMessage() for r in caplog.records if f"/{name} came without" in r.getMessage()]
    assert "answered with its usage" in line
