"""Rule topics and pledge categories by name, in the chat's language.

The replies listed them by code (`air_defence`, `nato_meeting`), to French chats too. The
weapon categories are named in bot.core.pledges.words; the other shipped topics here, in
the i18n tables (key "topic_<code>"); a topic an operator adds is shown as its code in
words. Codes stay accepted as input (bot.core.chat.subscription_commands.topic_of)."""

from __future__ import annotations

from collections.abc import Iterable

from bot.core.chat.i18n import MESSAGES, normalize_lang, t
from bot.core.pledges.words import topic_words
from bot.core.text import fold


def topic_name(topic: str, lang: str) -> str:
    """"défense aérienne" for air_defence in French; "NATO meeting" for nato_meeting."""
    if f"topic_{topic}" in MESSAGES[normalize_lang(lang)]:
        return t(lang, f"topic_{topic}")
    return topic_words(topic, lang)


def topic_names(topics: Iterable[str], lang: str) -> str:
    """The topics by name, in the order of their names (a list sorted by code read as
    shuffled once translated)."""
    return ", ".join(sorted((topic_name(topic, lang) for topic in topics), key=fold))
