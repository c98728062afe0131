"""Rule topics and pledge categories by name, in the chat's language.

The replies listed them by code (`air_defence`, `nato_meeting`), to French chats too. The
weapon categories are named in bot.core.pledges.listing.words; the other shipped topics here, in
the i18n tables (key "topic_<code>"); a topic an operator adds is shown as its code in
words. Codes stay accepted as input (topic_of, which /subscribe and /rules read topics with)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence

from bot.core.chat.i18n import LANGUAGES, MESSAGES, normalize_lang, t
from bot.core.pledges.listing.filters import category_of_word
from bot.core.pledges.listing.words import topic_words
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


def topic_of(words: str, valid: Sequence[str]) -> str | None:
    """The topic among `valid` these words name, or None: its code, its name as the
    replies show it in either language, or a word /pledges takes for a category."""
    if (topic := _topics_by_key(tuple(valid)).get(_topic_key(words))) is not None:
        return topic
    category = category_of_word(words)
    return category if category in valid else None


def clashing_topic(topic: str, known: Iterable[str]) -> str | None:
    """The topic of `known` whose code a new topic `topic` differs from by '_' alone, else None:
    `tanks_` and `air__defence` are shown as "tanks" and "air defence" and read from the same
    words (topic_of), so `/subscribe tanks` could follow the copy. (A new topic named as another
    topic is in a language, `chars` beside tanks, stays allowed: its code is the word asked for.)"""
    key = _topic_key(topic)
    return next((other for other in sorted(known) if other != topic and _topic_key(other) == key), None)


@functools.lru_cache(maxsize=32)
def _topics_by_key(valid: tuple[str, ...]) -> dict[str, str]:
    """Each topic of `valid` by the key of its code and of each of its names. Made once per
    list of topics: made afresh at each word read, a /subscribe of 4096 characters (Telegram's
    longest message, ~700 words, each read four ways) held the bot's event loop 1.3 s, and ten
    such in ten seconds from one user (the throttle's bound) all of it. (Read-only: shared.)"""
    return {_topic_key(name): topic for topic in valid
            for name in (topic, *(topic_name(topic, lang) for lang in LANGUAGES))}


def _topic_key(words: str) -> str:
    """"air_defence", "Air defence" and "air-defence" are one key; so are "réunion de
    l'Otan" and "reunion de l otan"."""
    return "_".join(fold(w) for w in re.findall(r"[^\W_]+", words))
