"""Long command replies on Telegram: one message, turned a page at a time.

A reply over Telegram's 4,096 characters (/rules with the shipped rules is over
50,000) used to be cut. Sending it as a dozen messages would flood a group (twenty
messages a minute) and bury the conversation, so it is shown like on Discord: one
message with page 1 of N and Previous/Next buttons that edit the message in place.
The pages live in memory (they are a view of a reply, not data): PAGE_TIMEOUT after
the last press, or when MAX_PAGED_REPLIES newer ones are kept, they are dropped and a
press is answered "run the command again". Only the person who ran the command turns
its pages: the message is shared by the whole group.

Where pages break is decided by bot.core.chat.paging (between lines, links kept).
"""

from __future__ import annotations

import secrets
import time
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.core.chat.paging import Page, split_pages
from bot.core.chat.render_telegram import MAX_MESSAGE, label, quiet_mentions, render_linked_reply, visible_length

PAGE_PREFIX = "pwpage:"  # callback data of a page button: pwpage:<key>:<page index>
PAGE_TIMEOUT = 3600.0
MAX_PAGED_REPLIES = 200
PAGE_FOOTER_ROOM = 32  # "\n\npage 12/34" and then some


@dataclass
class PagedReply:
    pages: list[Page]
    owner: str  # the user who ran the command; "" when anyone may turn (a channel post)
    lang: str
    last_used: float = field(default=0.0)


def pages_of(segments: Sequence[tuple[str, str]]) -> list[Page]:
    """A reply's pages, each fitting one Telegram message with its footer. Measured as
    sent: every "@name" gets a word joiner when rendered (no mention), so a page of rules
    dense with @lists measured without them overflowed and lost its end and footer."""
    return split_pages(segments, MAX_MESSAGE - PAGE_FOOTER_ROOM, _sent_length)


def _sent_length(text: str) -> int:
    return visible_length(quiet_mentions(text))


def page_html(paged: PagedReply, index: int) -> str:
    """Page `index` (from 0) as Telegram HTML, ending with "page i/N"."""
    footer = "\n\n" + label(paged.lang, "page", index=index + 1, count=len(paged.pages))
    return render_linked_reply((*paged.pages[index], (footer, "")))


def page_buttons(key: str, paged: PagedReply, index: int) -> list[InlineKeyboardButton]:
    """Previous / Next for page `index`; the first page has no Previous, the last no Next."""
    buttons = []
    if index > 0:
        buttons.append(InlineKeyboardButton(label(paged.lang, "previous"),
                                            callback_data=f"{PAGE_PREFIX}{key}:{index - 1}"))
    if index < len(paged.pages) - 1:
        buttons.append(InlineKeyboardButton(label(paged.lang, "next"),
                                            callback_data=f"{PAGE_PREFIX}{key}:{index + 1}"))
    return buttons


def page_keyboard(key: str, paged: PagedReply, index: int,
                  extra: Sequence[Sequence[InlineKeyboardButton]] = ()) -> InlineKeyboardMarkup:
    rows = [page_buttons(key, paged, index), *extra]
    return InlineKeyboardMarkup([row for row in rows if row])


def parse_page_data(data: str) -> tuple[str, int] | None:
    """(key, page index) of a page button's callback data, None for other data."""
    if not data.startswith(PAGE_PREFIX):
        return None
    key, _, index = data[len(PAGE_PREFIX):].partition(":")
    if not key or not index.isascii() or not index.isdigit() or len(index) > 6:
        return None
    return key, int(index)


class TelegramPages:
    """The paged replies still turnable, oldest dropped first."""

    def __init__(self, timeout: float = PAGE_TIMEOUT, capacity: int = MAX_PAGED_REPLIES,
                 monotonic: Callable[[], float] = time.monotonic):
        self.timeout = timeout
        self.capacity = capacity
        self.monotonic = monotonic
        self._replies: OrderedDict[str, PagedReply] = OrderedDict()

    def __len__(self) -> int:
        return len(self._replies)

    def add(self, pages: list[Page], owner: str, lang: str) -> str:
        key = secrets.token_hex(8)  # 16 characters: the callback data stays under 64 bytes
        self._replies[key] = PagedReply(pages, owner, lang, self.monotonic())
        while len(self._replies) > self.capacity:
            self._replies.popitem(last=False)
        return key

    def get(self, key: str) -> PagedReply | None:
        """The paged reply, touched (its timeout starts again); None when it is gone."""
        paged = self._replies.get(key)
        now = self.monotonic()
        if paged is None or now - paged.last_used > self.timeout:
            self._replies.pop(key, None)
            return None
        paged.last_used = now
        self._replies.move_to_end(key)
        return paged

    def forget(self) -> None:
        """Drop every paged reply (a press afterwards is answered "expired")."""
        self._replies.clear()


__all__ = ["PAGE_PREFIX", "PagedReply", "TelegramPages", "page_html", "page_keyboard", "pages_of",
           "parse_page_data"]
