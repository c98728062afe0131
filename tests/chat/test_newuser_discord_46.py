"""What a server member and a server that adds the bot meet on Discord (stop 46), through the
real discord.py client against the loopback stand-in (tests/support/discord_stub.py) over a
real store with the shipped rules."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from datetime import datetime, timedelta, timezone

import discord

from bot.core.chat.command_list import COMMANDS
from bot.core.chat.i18n import t
from tests.support.discord_harness import CHANNEL, GUILD, Harness, content_of, flags_of, run, until

NEW_GUILD = 777777777777777777
HALL = 888888888888888881
MANAGE_CHANNELS = discord.Permissions(manage_channels=True).value


def test_a_member_may_read_the_channels_language_and_mode_and_is_offered_both(tmp_path):
    # /lang and /mode were shown to members with Manage Channels only, and a member who typed
    # "/lang" bare was refused: the channel's settings are everyone's to read.
    seen = {}

    async def body(h: Harness) -> None:
        await h.command("lang", {"language": "fr"}, permissions=MANAGE_CHANNELS)
        await h.command("subscribe", permissions=MANAGE_CHANNELS)
        seen["lang"] = (await h.command("lang"))[-1]
        seen["mode"] = (await h.command("mode"))[-1]
        seen["change"] = (await h.command("lang", {"language": "de"}))[-1]
        seen["settings"] = h.store.chat_subscription("discord", str(CHANNEL))

    harness = run(tmp_path, body)
    registered = {command["name"]: command for command in harness.stub.commands[str(GUILD)]}
    for command in COMMANDS:
        hidden = registered[command.name].get("default_member_permissions") is not None
        assert hidden == (command.admin or (command.manage and not command.shows_bare)), command.name
    assert content_of(seen["lang"]) == t("fr", "lang_current_member", lang="fr")
    assert content_of(seen["mode"]).splitlines() == [
        t("fr", "mode_current", mode_text=t("fr", "mode_text_instant")), t("fr", "mode_member")]
    assert content_of(seen["change"]) == t("fr", "refused_manage_discord", name="lang")
    assert flags_of(seen["change"]) & (1 << 6)  # a refusal is shown to the asker only
    assert not flags_of(seen["lang"]) & (1 << 6)  # what the channel reads is the channel's
    assert seen["settings"].lang == "fr"


def _greetings(stub) -> list[str]:
    return [m["content"] for m in stub.messages(HALL)]


def test_a_server_is_greeted_once_though_discord_reports_its_join_again_and_the_bot_restarts(tmp_path):
    # The greeting was not recorded: a second GUILD_CREATE for the server (a new gateway session,
    # or a restart minutes after the join) greeted it a second time.
    joined = datetime.now(timezone.utc).isoformat()
    seen = {}

    async def first(h: Harness) -> None:
        await asyncio.to_thread(h.stub.add_bot_to, NEW_GUILD, [HALL], system_channel=HALL, joined_at=joined)
        await until(lambda: _greetings(h.stub))
        await asyncio.to_thread(h.stub.add_bot_to, NEW_GUILD, [HALL], system_channel=HALL, joined_at=joined)
        await h.command("topics")  # the second report has been handled when a later event has
        await asyncio.sleep(0.2)
        seen["first_run"] = _greetings(h.stub)

    async def after_restart(h: Harness) -> None:
        await asyncio.to_thread(h.stub.add_bot_to, NEW_GUILD, [HALL], system_channel=HALL, joined_at=joined)
        await h.command("topics")
        await asyncio.sleep(0.2)
        seen["after_restart"] = _greetings(h.stub)
        # Removed, and added again later: a new stay, greeted again.
        await asyncio.to_thread(h.stub.remove_bot_from, NEW_GUILD)
        await h.command("topics")
        await asyncio.to_thread(h.stub.add_bot_to, NEW_GUILD, [HALL], system_channel=HALL)
        await until(lambda: _greetings(h.stub))
        seen["added_again"] = _greetings(h.stub)

    run(tmp_path, first, guild_ids=())
    run(tmp_path, after_restart, guild_ids=())
    assert len(seen["first_run"]) == 1, seen
    assert seen["after_restart"] == [], seen  # a new stand-in: no message in this run
    assert len(seen["added_again"]) == 1, seen


def test_a_channel_that_stopped_its_alerts_is_not_told_again_when_discord_reports_its_server_late(tmp_path):
    # "Alerts stopped, /subscribe to get them again" went to a channel that had unsubscribed
    # itself, at every start whose GUILD_CREATE for its server came late (a join time of months).
    long_ago = (datetime.now(timezone.utc) - timedelta(days=90)).isoformat()
    seen = {}

    async def body(h: Harness) -> None:
        h.store.subscribe("discord", str(HALL), (), h.clock.now())
        h.queue_alert("Berlin pledges IRIS-T", chat_id=HALL)
        await asyncio.to_thread(h.stub.add_bot_to, NEW_GUILD, [HALL], joined_at=long_ago)
        assert (await h.dispatcher.drain()).sent == 1
        h.store.deactivate("discord", str(HALL), h.clock.now())  # /unsubscribe
        before = len(h.stub.messages(HALL))
        await asyncio.to_thread(h.stub.add_bot_to, NEW_GUILD, [HALL], joined_at=long_ago)
        await h.command("topics")
        await asyncio.sleep(0.2)
        seen["told"] = h.stub.messages(HALL)[before:]

    run(tmp_path, body, guild_ids=())
    assert seen["told"] == []


def test_a_subscription_made_while_another_process_holds_the_database_is_answered_not_lost(tmp_path):
    # Another process (a `rules import`, a `reanalyze`) held the database's write lock: /subscribe
    # waited for it past Discord's 3 s, its answer was refused (404 Unknown interaction) and the
    # member saw "The application did not respond", though the subscription was saved.
    seen = {}

    async def body(h: Harness) -> None:
        h.stub.interaction_deadline = 3.0
        other = sqlite3.connect(tmp_path / "discord.db", isolation_level=None, check_same_thread=False)
        other.execute("BEGIN IMMEDIATE")  # the other process's write transaction, ended 4 s later
        threading.Timer(4.0, other.execute, ("COMMIT",)).start()
        seen["replies"] = await h.command("subscribe", permissions=MANAGE_CHANNELS)
        seen["subscribed"] = [s.chat_id for s in h.store.subscriptions("discord")]
        other.close()

    run(tmp_path, body)
    answer = seen["replies"][-1]
    assert seen["replies"][0].body["type"] == 5  # acknowledged before the database was asked
    assert content_of(answer).startswith(t("en", "subscribed_all", mode_text="")[:20]), content_of(answer)
    assert not [c for c in seen["replies"] if getattr(c, "accepted", True) is False]
    assert seen["subscribed"] == [str(CHANNEL)]
