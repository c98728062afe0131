"""The line an edited alert carries on Telegram and Discord: "Updated: this story now has 3
sources and 2 pledges". A story that grows edits the alert already sent (bot/delivery.py), and
the edited message read exactly as a first alert would: a reader coming back to it could not
tell that an outlet or a pledge had joined since (Telegram marks an edit "edited" in small type,
Discord "(edited)"; neither notifies). The console prints its own UPDATED mark
(bot/core/chat/render_console.py)."""

from __future__ import annotations

from bot.core.chat.i18n import normalize_lang
from bot.core.models import Alert

_TEXTS = {
    "en": "Updated: this story now has {sources} source(s) and {pledges} pledge(s)",
    "fr": "Mis à jour : ce sujet compte maintenant {sources} source(s) et {pledges} promesse(s)",
    "de": "Aktualisiert: Diese Meldung hat jetzt {sources} Quelle(n) und {pledges} Zusage(n)",
}


def update_note(alert: Alert, lang: str) -> str:
    """The update line for `alert` as it now stands, in `lang` (its pledges counted with those
    the message leaves out)."""
    return _TEXTS[normalize_lang(lang)].format(sources=max(len(alert.sources), 1),
                                               pledges=len(alert.pledges) + alert.more_pledges)
