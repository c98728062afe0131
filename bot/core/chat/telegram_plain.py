"""A Telegram message rendered as HTML (bot.core.chat.render_telegram), as plain text: what
is sent when Telegram refuses the markup ("can't parse entities"). The renderer escapes
every feed text and the tests check its output as the Bot API does, but Telegram's parser
is not ours: refused, the alert was failed for good, so one odd title cost every chat its
alert. In plain text nothing can be refused as markup, and each link keeps its address."""

from __future__ import annotations

from html.parser import HTMLParser

from bot.core.chat.render_telegram import MAX_MESSAGE, cut_plain, visible_length


class _VisibleText(HTMLParser):
    """The text a reader sees, each link followed by its address (unless it shows it)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.addresses: set[int] = set()  # which of parts are added addresses, not visible text
        self._links: list[tuple[str | None, int]] = []  # (href, where its text starts in parts)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            self._links.append((dict(attrs).get("href"), len(self.parts)))

    def handle_endtag(self, tag: str) -> None:
        if tag != "a" or not self._links:
            return
        href, start = self._links.pop()
        shown = "".join(self.parts[start:]).strip()
        if href and href != shown:
            self.addresses.add(len(self.parts))
            self.parts.append(f" ({href})")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def plain_text(html: str, limit: int = MAX_MESSAGE, *, text_first: bool = False) -> str:
    """`html` as plain text within `limit` UTF-16 units. The link addresses it adds may make
    it longer than the HTML's visible text: by default the end is cut then (one alert: its
    title's address matters more than its summary's last words). With `text_first` the
    visible text is kept whole and each address is added, first to last, if it still fits:
    a digest fills its message with visible text, one line per alert, and each alert of it
    is marked sent, so a cut end lost alerts that no message showed."""
    reader = _VisibleText()
    reader.feed(html)
    reader.close()
    if text_first:
        room = limit - sum(visible_length(part) for n, part in enumerate(reader.parts) if n not in reader.addresses)
        kept: list[str] = []
        for n, part in enumerate(reader.parts):
            if n in reader.addresses:
                if visible_length(part) > room:
                    continue
                room -= visible_length(part)
            kept.append(part)
        return cut_plain("".join(kept), limit)
    return cut_plain("".join(reader.parts), limit)
