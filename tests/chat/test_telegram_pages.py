"""Telegram's paged replies measured as sent: the word joiner each "@name" gets (so it is
no mention) counts toward the 4,096 units of a message."""

from __future__ import annotations

from bot.adapters.telegram_pages import PagedReply, page_html, pages_of
from bot.core.chat.render_telegram import MAX_MESSAGE, WORD_JOINER, visible_length


def test_pages_dense_with_at_names_fit_a_message_with_their_footer():
    # Lines like the shipped rules' (@donor NEAR/10 @support:de AND @ukraine ...), far more
    # "@" than the footer's spare room.
    line = "(@donor OR @giver) NEAR/10 @support:de AND @ukraine AND @weapons AND @system " * 3
    segments = [(f"{n}. {line}\n", "") for n in range(200)]
    paged = PagedReply(pages_of(segments), owner="1", lang="en")
    assert len(paged.pages) > 3
    for index in range(len(paged.pages)):
        html = page_html(paged, index)
        assert visible_length(html) <= MAX_MESSAGE
        assert html.endswith(f"page {index + 1}/{len(paged.pages)}"), html[-60:]
    # nothing lost or doubled (a break between lines takes the newline)
    shown = "\n".join("".join(text for text, _ in page) for page in paged.pages)
    assert shown.replace(WORD_JOINER, "").split() == "".join(text for text, _ in segments).split()
