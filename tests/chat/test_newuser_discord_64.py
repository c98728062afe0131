"""Newcomer 64 on Discord, through the real discord.py client against the loopback stand-in:
a refusal for want of a permission names it and where a server's admins grant it, and a
/subscribe in a channel where the bot itself may not post says which permission it lacks
(the first alert would fail there and end the subscription unseen)."""

from __future__ import annotations

import discord

from bot.core.chat.i18n import t
from tests.support.discord_harness import Harness, content_of, run

MANAGE_CHANNELS = discord.Permissions(manage_channels=True).value


def test_a_member_without_manage_channels_is_told_the_permission_and_where_it_is_granted(tmp_path):
    answers: list[str] = []

    async def body(h: Harness) -> None:
        answers.append(content_of((await h.command("mode", {"mode": "digest"}))[-1]))

    run(tmp_path, body)
    assert answers[0] == t("en", "refused_manage_discord", name="mode")
    assert "Manage Channels permission" in answers[0] and "Server Settings > Roles" in answers[0]
    assert "Nothing was changed" in answers[0]


def test_subscribe_where_the_bot_may_not_post_names_the_missing_permissions(tmp_path):
    answers: list[str] = []

    async def body(h: Harness) -> None:
        h.stub.app_permissions = discord.Permissions(view_channel=True, use_application_commands=True).value
        answers.append(content_of((await h.command("subscribe", permissions=MANAGE_CHANNELS, locale="fr"))[-1]))
        h.stub.app_permissions = (1 << 53) - 1
        answers.append(content_of((await h.command("subscribe", permissions=MANAGE_CHANNELS))[-1]))

    run(tmp_path, body)
    assert answers[0].startswith("Abonné à tous les thèmes"), answers[0]
    assert t("fr", "bot_cannot_post", permissions="Send Messages, Embed Links") in answers[0]
    assert "I cannot post" not in answers[1] and "je ne peux pas" not in answers[1]
