"""What a chat command answers: a `Reply`, plain text that each adapter escapes and
formats its own way, possibly in pieces that are links; and the one cut every reply
gets when it is too long (`truncate`), so no command can hold megabytes in memory."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.core.chat.i18n import t

# A whole reply, however many messages it takes: the adapters page what is longer than
# one message (Telegram 4,096, Discord 2,000 characters; see bot/core/chat/paging.py) instead
# of cutting it. /rules with the shipped rules is about 23,000 characters; past this cap
# (a rule set several times larger) the reply is cut with a note, so one command cannot
# hold megabytes of pages in memory.
MAX_REPLY = 120_000


@dataclass(frozen=True)
class Reply:
    """What to answer. `text` is plain text: adapters escape and format it.

    `segments`, when set, is the same text in pieces (text, URL or ""): a piece with
    a URL is shown as a link whose text is the piece (an outlet's name, a title), on
    platforms that can; `text` is always the concatenation of the pieces."""

    text: str
    photo: bytes | None = None
    buttons: tuple[tuple[str, str], ...] = ()  # (label, callback data)
    ephemeral: bool = False
    segments: tuple[tuple[str, str], ...] = ()
    # (feed id, URL as stored) of a feed /feed_add just added: the adapters fetch it once
    # and follow up with what it holds (bot/core/chat/feed_check.py).
    feed_to_check: tuple[int, str] | None = None


def linked_reply(segments: Sequence[tuple[str, str]]) -> Reply:
    """A reply made of pieces, some of them links (see Reply.segments)."""
    kept = tuple((text, url) for text, url in segments if text)
    return Reply(text="".join(text for text, _ in kept), segments=kept)


def cut_segments(segments: Sequence[tuple[str, str]], original: str, cut: str) -> tuple[tuple[str, str], ...]:
    """The pieces of `original` after it was cut to `cut` (truncate keeps a prefix and
    adds a note): pieces wholly kept keep their link, a piece cut in half loses it."""
    keep = 0
    while keep < min(len(original), len(cut)) and original[keep] == cut[keep]:
        keep += 1
    out: list[tuple[str, str]] = []
    used = 0
    for text, url in segments:
        if used + len(text) <= keep:
            out.append((text, url))
            used += len(text)
            continue
        if keep > used:
            out.append((text[: keep - used], ""))
        break
    if cut[keep:]:
        out.append((cut[keep:], ""))
    return tuple(out)


def truncate(text: str, lang: str, limit: int = MAX_REPLY) -> str:
    """Cut a long reply at a line break when one is near, and say how much is missing."""
    if len(text) <= limit:
        return text
    note = t(lang, "cut", count=len(text) - limit)
    room = limit - len(note) - 2
    cut = text.rfind("\n", room // 2, room)
    kept = text[: cut if cut > 0 else room]
    return f"{kept}\n{note}"[:limit]
