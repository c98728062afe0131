"""The words key of an item (bot.core.feeds.republished.content_key) as stop 47b first wrote
it, with str.casefold, split and join: the keys already stored in users' databases, which
every later, quicker way of making it must reproduce exactly."""

from __future__ import annotations

import hashlib
import re

_ADDRESS = re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)


def key_as_stored(title: str, text: str) -> int | None:
    def plain(part: str) -> str:
        return " ".join(_ADDRESS.sub(" ", part.casefold()).split())

    key = (plain(title), plain(text))
    if not key[1]:
        return None
    digest = hashlib.blake2b("\x00".join(key).encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)
