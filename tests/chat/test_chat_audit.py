"""`/audit` for bot admins (issue 13, item 12's chat half): the command table on a real
SQLite store, then through the real python-telegram-bot and discord.py adapters."""

from __future__ import annotations

import asyncio

from bot.core.chat.audit_text import audit_chat_line, brief
from tests.support.command_harness import ADMIN, MEMBER, USER, run
from tests.support.discord_harness import ADMIN as DISCORD_ADMIN
from tests.support.discord_harness import CHANNEL, GUILD, Harness, content_of
from tests.support.discord_harness import run as run_discord
from tests.support.telegram_harness import ADMIN as TELEGRAM_ADMIN
from tests.support.telegram_harness import Bot


def test_admins_read_rule_changes_newest_first_with_before_and_after(table, store, clock):
    assert "added" in run(table, ADMIN, '/rule_add tanks "Leopard 2" NEAR/5 @ukraine').lower()
    run(table, ADMIN, "/rule_undo")
    text = run(table, ADMIN, "/audit")
    lines = text.splitlines()
    assert lines[0].startswith("Audit log, newest first")
    assert "console:boss · rule.undo" in lines[1]
    assert "console:boss · rule.add" in lines[2] and 'tanks: "Leopard 2" NEAR/5 @ukraine' in lines[2]
    assert len(run(table, ADMIN, "/audit 1").splitlines()) == 2
    only_adds = run(table, ADMIN, "/audit rule.add 5").splitlines()[1:]
    assert only_adds and all("· rule.add" in line for line in only_adds)


def test_audit_refuses_other_people_and_bad_words(table, store, clock):
    for ctx in (USER, MEMBER):
        assert "Only the bot's administrators" in run(table, ctx, "/audit")
    for args in ("999", "0", "rule;drop", "1 2"):
        assert "Usage: /audit" in run(table, ADMIN, f"/audit {args}")
    assert "Nothing in the audit log" in run(table, ADMIN, "/audit feed.anomaly")


def test_feed_anomalies_are_shown_without_the_feeds_control_characters(table, store, clock):
    store.audit("poller", "feed.anomaly", "https://feed.example/rss", {"site": "a.example"},
                {"site": "evil\x1b]0;owned\x07.example", "reason": "content from another site"}, clock.now())
    (line,) = run(table, ADMIN, "/audit feed.anomaly").splitlines()[1:]
    assert "poller · feed.anomaly https://feed.example/rss" in line and "\x1b" not in line and "\x07" not in line


def test_audit_lines_are_short_whatever_the_entry_holds():
    rules = [{"topic": "aid", "expression": f"word{n}"} for n in range(66)]
    assert brief(rules) == "66 rules"
    line = audit_chat_line({"at": "2026-12-02T08:00:00+00:00", "actor": "cli", "action": "rule.edit",
                            "target": "3", "before": {"topic": "aid", "expression": "x" * 500}, "after": None})
    assert line.startswith("2026-12-02 08:00 UTC · cli · rule.edit 3: aid: ") and len(line) < 200


def test_telegram_admin_reads_the_audit_log_and_others_are_refused(tmp_path, stub):
    async def go():
        async with Bot(tmp_path, stub) as bot:
            await bot.command(TELEGRAM_ADMIN, '/rule_add aid "audit sentinel"', user_id=TELEGRAM_ADMIN)
            admin_view = (await bot.command(TELEGRAM_ADMIN, "/audit 3", user_id=TELEGRAM_ADMIN))[-1]
            refused = (await bot.command(1001, "/audit", user_id=1001))[-1]
            return admin_view, refused

    admin_view, refused = asyncio.run(go())
    assert f"telegram:{TELEGRAM_ADMIN} · rule.add" in admin_view and 'aid: "audit sentinel"' in admin_view
    assert "administrators" in refused and "rule.add" not in refused


def test_discord_admin_reads_the_audit_log(tmp_path):
    answers: dict[str, str] = {}

    async def body(h: Harness) -> None:
        h.rules.add("aid", '"audit sentinel"', actor=f"discord:{DISCORD_ADMIN}")
        for who in (DISCORD_ADMIN, 55):
            token = await asyncio.to_thread(h.stub.slash_command, "audit", {"filter": "rule"}, channel_id=CHANNEL,
                                            guild_id=GUILD, user_id=who)
            # an admin's answer is deferred ("thinking..."), then followed up with the text
            await h.stub.wait_async(lambda: any(content_of(c) for c in h.stub.interaction_replies(token)))
            answers[str(who)] = "\n".join(content_of(c) for c in h.stub.interaction_replies(token))

    run_discord(tmp_path, body)
    assert f"discord:{DISCORD_ADMIN} · rule.add" in answers[str(DISCORD_ADMIN)]
    assert "administrators" in answers["55"] and "rule.add" not in answers["55"]


def test_feed_changes_are_audited_with_who_made_them(table, store, clock):
    # README: the audit log says who changed which feed. Feeds the settings import are
    # nobody's change and are not audited.
    assert "1" in run(table, ADMIN, "/feed_add https://news.example/rss Wire")
    assert "removed" in run(table, ADMIN, "/feed_del 1").lower()
    lines = run(table, ADMIN, "/audit feed.").splitlines()[1:]
    assert "console:boss · feed.remove 1: " in lines[0] and "https://news.example/rss" in lines[0]
    assert "console:boss · feed.add 1: " in lines[1] and "Wire" in lines[1]


def test_cli_feed_changes_are_audited(env, capsys):
    from bot.cli import main

    assert main(["feeds", "add", "https://news.example/rss", "--name", "Wire"]) == 0
    assert main(["feeds", "remove", "https://news.example/rss"]) == 0
    capsys.readouterr()
    assert main(["audit", "--action", "feed."]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "feed.remove" in lines[0] and "cli" in lines[0] and "feed.add" in lines[1]
