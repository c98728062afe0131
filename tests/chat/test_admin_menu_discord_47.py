"""Stop 47, Discord with `manage_server_admins = false` (the default): Discord lists the admin
commands for every member with Manage Server (their default_member_permissions), yet the bot
refuses them, and the refusal said only "ask the operator". Discord lets a bot set no more
than default_member_permissions per command: per-user or per-role overrides need an OAuth2
bearer token with applications.commands.permissions.update, which a bot does not hold. So the
refusal now says why Discord lists the command, and /help says on a server who sees and who
runs the admin commands. Real discord.py against the loopback stand-in, real store."""

from __future__ import annotations

import discord

from bot.core.chat.i18n import t
from tests.support.discord_harness import ADMIN, Harness, content_of, run

MANAGE_GUILD = discord.Permissions(manage_guild=True).value


def _asked(tmp_path, permissions: int, user_id: int = 123, **settings) -> dict[str, str]:
    seen = {}

    async def body(h: Harness) -> None:
        seen["refusal"] = content_of((await h.command("feed_add", {"url": "https://news.example/rss"},
                                                      permissions=permissions, user_id=user_id))[-1])
        seen["help"] = content_of((await h.command("help", permissions=permissions, user_id=user_id))[-1])

    run(tmp_path, body, **settings)
    return seen


def test_a_manage_server_member_is_told_why_discord_lists_what_the_bot_refuses(tmp_path):
    seen = _asked(tmp_path, MANAGE_GUILD)
    assert seen["refusal"].startswith(t("en", "refused_admin", name="feed_add"))
    assert t("en", "refused_admin_menu") in seen["refusal"]
    assert t("en", "help_admin_menu") in seen["help"]


def test_a_member_without_manage_server_is_not_told_of_it(tmp_path):
    # Discord lists no admin command for them (a server admin may have let them see one).
    seen = _asked(tmp_path, 0)
    assert seen["refusal"].startswith(t("en", "refused_admin", name="feed_add"))
    assert t("en", "refused_admin_menu") not in seen["refusal"]
    assert t("en", "help_admin_menu") in seen["help"]


def test_with_manage_server_admins_on_no_note_is_needed(tmp_path):
    # Those members are admins then: what Discord lists is what they may run.
    seen = _asked(tmp_path, MANAGE_GUILD, manage_server_admins=True)
    assert t("en", "refused_admin", name="feed_add") not in seen["refusal"]
    assert t("en", "help_admin_menu") not in seen["help"]


def test_a_listed_admin_reads_the_note_in_help_too(tmp_path):
    seen = _asked(tmp_path, MANAGE_GUILD, user_id=ADMIN)
    assert t("en", "refused_admin", name="feed_add") not in seen["refusal"]
    assert t("en", "help_admin_menu") in seen["help"]
