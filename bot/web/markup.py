"""Text from feeds made safe to show: escaped for HTML, cut to a length, and links only to
http(s). Pure. Every string a stranger wrote (titles, outlet names, items, evidence, URLs)
reaches a page through these.
"""

from __future__ import annotations

import re
from html import escape
from urllib.parse import urlsplit

from bot.core.feeds.urls import shown_link
from bot.core.text import one_line

# Characters that change the direction of the text after them until the end of the
# paragraph (embeddings, overrides, isolates): a title carrying U+202E showed the rest of
# its table cell reversed ("gnp.exe" read "exe.png"), other outlets' names included.
# Right-to-left scripts need none of them: their direction comes from the letters.
# Also the C0 controls but tab and line breaks, which HTML has no use for.
_HIDDEN = re.compile("[\u202a-\u202e\u2066-\u2069\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def plain(value: object) -> str:
    """The text without the characters that would act on what follows it."""
    return _HIDDEN.sub("", "" if value is None else str(value))


def e(value: object) -> str:
    """Text for HTML, quotes included (safe in attributes too)."""
    return escape(plain(value), quote=True)


def clip(value: object, limit: int) -> str:
    """At most `limit` characters, whitespace runs made one space, "…" where it was cut:
    a 20,000-character title or item from a feed stretched the page it was on."""
    text = one_line(plain(value))
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def safe_href(url: object) -> str | None:
    """The URL when it is http(s) with a host, else None (never a javascript: or data: link);
    without a user name and password (stored before links lost them when read) nor the
    parameters that only track the click (bot.core.feeds.urls.shown_link)."""
    text = str(url or "").strip()
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    return shown_link(text) if parts.scheme in ("http", "https") and parts.netloc else None
