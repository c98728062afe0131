"""The rule changes from chat (/rule_add, /rule_edit, /rule_del, /rule_undo) run off the event
loop, on the chat readers' thread (bot/adapters/command_readers.py), on Telegram and Discord:
/rule_add tries the rule on the newest stored articles and may make a new word's tables
first, which held the loop 0.1-0.7 s (bench/bench_command_stall.py --commands writes).

What they kept from the loop: a chat's commands answered in the order sent (an /rule_undo
sent after an /rule_add undoes that addition), the change saved and audited in one
transaction or not at all, and the rules version bumped so that the next poll reads them.
The hold is bounded (tests/support/held_calls.HOLD seconds), so that code on the loop fails these tests instead
of hanging them."""

from __future__ import annotations

import asyncio
import threading

import pytest

from bot.rule_admin import RuleAdmin
from tests.support import discord_harness
from tests.support.discord_harness import ADMIN as DISCORD_ADMIN
from tests.support.discord_harness import CHANNEL, OTHER, content_of
from tests.support.held_calls import HeldMethod
from tests.support.telegram_harness import ADMIN, USER, Bot, replies

# An invented word: no shipped rule holds it.
RULE = "aid Quorvinth AND howitzer"


class HeldCheck(HeldMethod):
    """RuleAdmin._broad_on_stored (the rule tried on stored articles, before anything is
    saved) held until released, recording the thread it ran on."""

    def install(self, monkeypatch) -> None:
        super().install(monkeypatch, RuleAdmin, "_broad_on_stored")


def _rules_with(store, word: str) -> list:
    return [rule for rule in store.list_rules() if word in rule.expression]


def test_telegram_adds_a_rule_off_the_loop_while_another_chat_is_answered(tmp_path, stub, monkeypatch):
    held = HeldCheck()
    held.install(monkeypatch)

    async def go():
        async with Bot(tmp_path, stub) as bot:
            version = bot.rules.version()
            stub.send_text(ADMIN, "/rule_add " + RULE)
            await stub.until(lambda: held.threads)
            other = await bot.command(USER, "/topics")  # another chat, while the check is held
            answered_while_held = not held.ended.is_set()
            held.release.set()
            await stub.until(lambda: stub.messages_to(ADMIN))
            audit = bot.store.audit_log(limit=5, action_prefix="rule.")
            return (threading.get_ident(), other, answered_while_held, replies(stub, ADMIN),
                    _rules_with(bot.store, "Quorvinth"), audit, version, bot.rules.version())

    loop_thread, other, answered_while_held, said, saved, audit, before, after = asyncio.run(go())
    assert held.threads and held.threads[0] != loop_thread
    assert answered_while_held and other
    assert len(saved) == 1 and f"{saved[0].id}" in said[0]
    assert audit[0]["action"] == "rule.add" and audit[0]["target"] == str(saved[0].id)
    assert int(after) == int(before) + 1  # the next poll compiles the rules again


def test_telegram_undo_sent_after_an_add_undoes_that_add(tmp_path, stub, monkeypatch):
    held = HeldCheck()
    held.install(monkeypatch)

    async def go():
        async with Bot(tmp_path, stub) as bot:
            stub.send_text(ADMIN, "/rule_add " + RULE)
            await stub.until(lambda: held.threads)
            stub.send_text(ADMIN, "/rule_undo")  # sent after, and quick: still made after
            await asyncio.sleep(0.3)  # time for an undo out of turn to be made (none may)
            held.release.set()
            await stub.until(lambda: len(stub.messages_to(ADMIN)) >= 2)
            actions = [row["action"] for row in bot.store.audit_log(limit=5, action_prefix="rule.")]
            return replies(stub, ADMIN), _rules_with(bot.store, "Quorvinth"), actions

    said, left, actions = asyncio.run(go())
    assert "Quorvinth" not in said[0] and "added" in said[0].lower()
    assert "undone" in said[1].lower() and "addition" in said[1].lower()
    assert left == [] and actions[:2] == ["rule.undo", "rule.add"]


def test_a_rule_change_failing_on_the_thread_saves_nothing_and_audits_nothing(tmp_path, stub, monkeypatch):
    """The save, its audit row and the version bump are one transaction on the thread's
    connection: a failure at the last of them leaves the rules as they were."""
    from bot.core.chat.i18n import t
    from bot.errors import StoreError

    def failing_bump(admin: RuleAdmin) -> None:
        raise StoreError("disk I/O error (invented for the test)")

    async def go():
        async with Bot(tmp_path, stub) as bot:
            monkeypatch.setattr(RuleAdmin, "_bump", failing_bump)  # the shipped rules imported first
            audit_before = bot.store.audit_log(limit=50, action_prefix="rule.")
            said = await bot.command(ADMIN, "/rule_add " + RULE)
            return (said, _rules_with(bot.store, "Quorvinth"), bot.store.audit_log(limit=50, action_prefix="rule."),
                    audit_before)

    said, saved, audit_after, audit_before = asyncio.run(go())
    assert saved == [] and audit_after == audit_before
    assert said[-1] == t("en", "error_store")


@pytest.mark.parametrize("command", ["rule_add", "rule_edit"])
def test_discord_changes_a_rule_off_the_loop_while_another_channel_is_answered(tmp_path, monkeypatch, command):
    held = HeldCheck()
    held.install(monkeypatch)
    seen: dict[str, object] = {}

    async def body(h: discord_harness.Harness) -> None:
        seen["loop"] = threading.get_ident()
        if command == "rule_add":
            options = {"topic": "aid", "expression": "Quorvinth AND howitzer"}
        else:
            first = next(rule for rule in h.store.list_rules() if rule.weight > 0)
            options = {"id": str(first.id), "expression": " ".join(first.expression.split()) + " OR Quorvinth --force"}
        token = await asyncio.to_thread(h.stub.slash_command, command, options, channel_id=CHANNEL,
                                        guild_id=discord_harness.GUILD, user_id=DISCORD_ADMIN)
        await discord_harness.until(lambda: held.threads)
        other = await h.command("topics", channel_id=OTHER)
        seen["answered_while_held"] = not held.ended.is_set()
        seen["other"] = content_of(other[-1])
        held.release.set()
        await h.stub.wait_async(lambda: any((call.body or {}).get("type") != 5
                                            for call in h.stub.interaction_replies(token)))
        seen["said"] = content_of(h.stub.interaction_replies(token)[-1])
        seen["saved"] = _rules_with(h.store, "Quorvinth")

    discord_harness.run(tmp_path, body)
    assert held.threads and held.threads[0] != seen["loop"]
    assert seen["answered_while_held"] and seen["other"]
    assert len(seen["saved"]) == 1, seen["said"]
