"""Stop 47, review of the Discord admin-menu notes (tests/chat/test_admin_menu_discord_47.py):
they spoke of servers only. In a direct message with the bot (commands registered globally)
Discord lists every command, the admins' too, to whoever opens it, and there is no server
permission to hide one behind; a refused user was told nothing of why it was listed, and /help
in a DM said nothing (manage_server_admins on) or spoke of servers (off). Now both say how it
is in a direct message. And German /help with the server note came to 2,003 characters, so the
note went alone to a second page behind "Next" (French was at 1,994 of 2,000): both now fit one
message. Real discord.py against the loopback stand-in, real store."""

from __future__ import annotations

import discord
import pytest

from bot.adapters.discord_pages import MESSAGE_LIMIT, paginate
from bot.core.chat.command_list import help_text
from bot.core.chat.i18n import LANGUAGES, t
from bot.core.chat.render_discord import neutralise
from tests.support.discord_harness import ADMIN, OTHER, Harness, content_of, run

MANAGE_GUILD = discord.Permissions(manage_guild=True).value


def _in_direct_message(tmp_path, user_id: int, **settings) -> dict[str, str]:
    seen = {}

    async def body(h: Harness) -> None:
        where = {"channel_id": OTHER, "guild_id": None, "user_id": user_id}
        seen["refusal"] = content_of((await h.command("feed_add", {"url": "https://news.example/rss"}, **where))[-1])
        seen["help"] = content_of((await h.command("help", **where))[-1])

    # Registered globally (no guild_ids): the only way the commands exist in direct messages.
    run(tmp_path, body, guild_ids=(), **settings)
    return seen


@pytest.mark.parametrize("manage_server_admins", [False, True])
def test_in_a_direct_message_the_refusal_and_help_say_who_runs_the_admin_commands(tmp_path, manage_server_admins):
    seen = _in_direct_message(tmp_path, 123, manage_server_admins=manage_server_admins)
    assert seen["refusal"].startswith(t("en", "refused_admin", name="feed_add"))
    assert t("en", "refused_admin_menu_dm") in seen["refusal"]
    assert t("en", "refused_admin_menu") not in seen["refusal"]
    assert seen["help"].endswith(t("en", "help_admin_menu_dm"))
    assert t("en", "help_admin_menu") not in seen["help"]


def test_a_listed_admin_in_a_direct_message_runs_it_and_reads_the_note(tmp_path):
    seen = _in_direct_message(tmp_path, ADMIN)
    assert t("en", "refused_admin", name="feed_add") not in seen["refusal"]
    assert seen["help"].endswith(t("en", "help_admin_menu_dm"))


@pytest.mark.parametrize("locale", ["de", "fr"])
def test_help_with_the_server_note_is_one_message_in_german_and_french(tmp_path, locale):
    calls = {}

    async def body(h: Harness) -> None:
        calls["help"] = await h.command("help", permissions=MANAGE_GUILD, locale=locale)

    run(tmp_path, body)
    [answer] = calls["help"]
    shown = content_of(answer)
    assert shown.startswith(t(locale, "help_title")) and shown.endswith(t(locale, "help_admin_menu"))
    assert not (answer.body.get("data") or answer.body).get("components"), "no pager"


def test_every_language_help_fits_one_discord_message_with_either_note():
    # Room kept for a command line more: a new command must not tip /help onto a second page unnoticed.
    for lang in LANGUAGES:
        for note in ("help_admin_menu", "help_admin_menu_dm"):
            shown = neutralise("\n".join([help_text(lang), t(lang, note)]))
            assert len(paginate(shown, lang=lang)) == 1 and len(shown) <= MESSAGE_LIMIT - 25, (lang, note, len(shown))
