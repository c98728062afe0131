"""A long reply cut into pages at line breaks, its links kept. Pure.

A chat platform caps one message (Telegram 4,096 characters, Discord 2,000), and the
command table's replies can be longer (/rules with the shipped rules is over 50,000
characters). Cutting them loses what a reader asked for; each adapter instead shows
the reply a page at a time. This module only decides where the pages break: between
lines, so no rule or pledge is split over two pages, except a single line longer than
a page, which is cut inside (its pieces that are cut lose their link).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

Segment = tuple[str, str]  # (text, URL or "") as in bot.core.chat.replies.Reply.segments
Page = tuple[Segment, ...]


def _lines(segments: Sequence[Segment]) -> list[list[Segment]]:
    """The reply's lines, each a list of pieces (a linked piece never holds a line break
    in practice; if one does, both halves keep the link)."""
    lines: list[list[Segment]] = [[]]
    for text, url in segments:
        parts = text.split("\n")
        for index, part in enumerate(parts):
            if index:
                lines.append([])
            if part:
                lines[-1].append((part, url))
    return lines


def _cut_line(line: list[Segment], limit: int, measure: Callable[[str], int]) -> list[list[Segment]]:
    """A line longer than `limit` as several lines of at most `limit` each."""
    out: list[list[Segment]] = [[]]
    room = limit
    for text, url in line:
        while text:
            if measure(text) <= room:
                out[-1].append((text, url))
                room -= measure(text)
                break
            kept = ""
            for char in text:  # whole code points, so no surrogate pair is split
                if measure(kept + char) > room:
                    break
                kept += char
            if kept:
                out[-1].append((kept, ""))
                text = text[len(kept):]
            url = ""  # half a link is no link: the rest of a cut piece loses it too
            out.append([])
            room = limit
    return [piece for piece in out if piece]


def split_pages(segments: Sequence[Segment], limit: int, measure: Callable[[str], int] = len) -> list[Page]:
    """The pages of a reply, each at most `limit` as `measure` counts it, broken between
    lines; joining the pages' texts with "\\n" gives the reply's text back (when no line
    had to be cut). A reply that fits is one page."""
    if limit < 1:
        raise ValueError("a page holds at least one character")
    pages: list[list[list[Segment]]] = [[]]
    used = 0  # of the last page: its lines and the line breaks between them
    for whole in _lines(segments):
        size = sum(measure(text) for text, _ in whole)
        for line in [whole] if size <= limit else _cut_line(whole, limit, measure):
            size = sum(measure(text) for text, _ in line)
            if pages[-1] and used + 1 + size > limit:
                pages.append([])
                used = 0
            used += size + (1 if pages[-1] else 0)
            pages[-1].append(line)
    return [_joined(lines) for lines in pages]


def _joined(lines: list[list[Segment]]) -> Page:
    out: list[Segment] = []
    for index, line in enumerate(lines):
        if index:
            out.append(("\n", ""))
        out.extend(line)
    return tuple(out)


def page_text(page: Page) -> str:
    return "".join(text for text, _ in page)


__all__ = ["Page", "Segment", "page_text", "split_pages"]
