"""Long command replies on Discord: one message showing page 1 of N with Previous/Next
buttons (Pager), the pages kept in memory for PAGE_TIMEOUT after the last press, turned
only by the person who ran the command; and the language of a Discord locale, which the
buttons and every reply are written in (locale_lang).

Where pages break is decided by bot.core.chat.render_discord.split_message; the Telegram
counterpart is bot/adapters/telegram_pages.py."""

from __future__ import annotations

import functools
import logging
from collections.abc import Awaitable, Callable, Sequence

import discord

from bot.adapters.discord_failures import http_error_text
from bot.core.chat.i18n import user_language
from bot.core.chat.render_discord import MESSAGE_LIMIT, split_message

# The adapter's logger, as before the pages had a module of their own: one name to
# follow (or silence) for everything the Discord chat logs.
log = logging.getLogger("bot.adapters.discord_chat")

# Long replies: one message, paged with buttons. The pages live in memory for this
# long after the last press (the interaction token that edits the message lasts 15 min).
PAGE_TIMEOUT = 600.0
PAGE_ID_PREFIX = "pledgewatch:page:"
# Room kept free in each page for the "page i/N" footer.
PAGE_FOOTER_ROOM = 32
PAGER_TEXTS = {
    "en": {"previous": "◀ Previous", "next": "Next ▶", "page": "page {index}/{count}",
           "not_yours": "Only the person who ran this command can turn its pages; run it yourself to browse.",
           "expired": "These pages have expired; run the command again."},
    "fr": {"previous": "◀ Précédent", "next": "Suivant ▶", "page": "page {index}/{count}",
           "not_yours": "Seule la personne qui a lancé cette commande peut en tourner les pages ; "
                        "lancez-la vous-même pour parcourir.",
           "expired": "Ces pages ont expiré ; relancez la commande."},
    "de": {"previous": "◀ Zurück", "next": "Weiter ▶", "page": "Seite {index}/{count}",
           "not_yours": "Nur die Person, die diesen Befehl ausgeführt hat, kann darin blättern; führen Sie ihn "
                        "selbst aus, um zu blättern.",
           "expired": "Diese Seiten sind abgelaufen; führen Sie den Befehl erneut aus."},
}


def locale_lang(locale: object) -> str:
    """The command table's language for a Discord locale ("fr" for any French, "de" for
    German); English for any other."""
    return user_language(str(locale or ""))


def paginate(text: str, limit: int = MESSAGE_LIMIT, lang: str = "en") -> list[str]:
    """The pages of a reply: the text itself when it fits one message, otherwise
    split_message chunks, each ending with a small "page i/N" line in `lang` ("Seite i/N"),
    none over `limit`."""
    if len(text) <= limit:
        return [text]
    chunks = split_message(text, limit - PAGE_FOOTER_ROOM)
    footer = PAGER_TEXTS.get(lang, PAGER_TEXTS["en"])["page"]
    return [f"{chunk}\n\n-# {footer.format(index=i, count=len(chunks))}" for i, chunk in enumerate(chunks, 1)]


class Pager(discord.ui.View):
    """Previous/Next buttons over the pages of one long reply, kept in memory.

    Only the person who ran the command turns the pages: the message is shared by the
    whole channel, so letting anyone page would move the list under the asker's eyes;
    others are told privately to run the command themselves. Each press answers with
    UPDATE_MESSAGE (the same message, another page). After `timeout` seconds without
    a press the buttons are removed from the message."""

    def __init__(self, pages: Sequence[str], owner_id: int, lang: str, key: str, *,
                 on_close: Callable[[], object], timeout: float = PAGE_TIMEOUT):
        super().__init__(timeout=timeout)
        self.pages = list(pages)
        self.owner_id = owner_id
        self.index = 0
        self.texts = PAGER_TEXTS.get(lang, PAGER_TEXTS["en"])
        self.on_close = on_close
        # Removes the buttons from the message; set once the message is sent, then
        # replaced by the newest press (whose token is the freshest).
        self.closer: Callable[[], Awaitable[object]] | None = None
        self.previous = discord.ui.Button(label=self.texts["previous"], style=discord.ButtonStyle.secondary,
                                          custom_id=f"{PAGE_ID_PREFIX}{key}:previous")
        self.next = discord.ui.Button(label=self.texts["next"], style=discord.ButtonStyle.primary,
                                      custom_id=f"{PAGE_ID_PREFIX}{key}:next")
        self.previous.callback = functools.partial(self._turn, step=-1)  # type: ignore[method-assign]
        self.next.callback = functools.partial(self._turn, step=1)  # type: ignore[method-assign]
        self.add_item(self.previous)
        self.add_item(self.next)
        self._enable_buttons()

    def _enable_buttons(self) -> None:
        self.previous.disabled = self.index == 0
        self.next.disabled = self.index == len(self.pages) - 1

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if interaction.user.id == self.owner_id:
            return True
        # In the presser's language: they are the one reading the refusal.
        text = PAGER_TEXTS[locale_lang(interaction.locale)]["not_yours"]
        await interaction.response.send_message(text, ephemeral=True)
        return False

    async def _turn(self, interaction: discord.Interaction, step: int) -> None:
        self.index = max(0, min(len(self.pages) - 1, self.index + step))
        self._enable_buttons()
        await interaction.response.edit_message(content=self.pages[self.index], view=self,
                                                allowed_mentions=discord.AllowedMentions.none())
        self.closer = functools.partial(interaction.edit_original_response, view=None)

    async def on_timeout(self) -> None:
        self.on_close()
        if self.closer is None:
            return
        try:
            await self.closer()
        except discord.HTTPException as exc:  # the message was deleted, or the token expired
            log.debug("discord: removing page buttons failed: %s", http_error_text(exc))
