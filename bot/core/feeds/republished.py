"""Items a feed gives a new id AND a new link at every poll although they are the same
articles (a template stamping a session or cache token into both, a proxy rewriting them).
The store knows an item by its feed's id and by its link's canonical URL, so each poll stored
every item again: no alert went out twice (the story's fingerprint caught the copy), but the
database, the search index and the tracker's counts grew by the whole feed each poll.

Such an item is known instead by what the rotation leaves alone: its feed, its publication
moment and its words. Both must be there and match: the title and the text (case, spacing and
any address in it aside). Two real articles of one feed are seldom published in the same
second under one headline, and never with one text; an item without a date is never taken
for another (its key would be its headline alone, which a daily briefing repeats).
"""

from __future__ import annotations

import re

_ADDRESS = re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)
_SPACE = re.compile(r"\s+")


def republish_key(title: str, text: str) -> tuple[str, str]:
    """What two copies of one item, under other ids and links, have alike: the title and
    the text, casefolded, their spacing made one space, addresses left out (a rotating
    link may be quoted in the summary too)."""
    return _plain(title), _plain(text)


def _plain(text: str) -> str:
    return _SPACE.sub(" ", _ADDRESS.sub(" ", text)).strip().casefold()
