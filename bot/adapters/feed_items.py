"""A feed body cut into its items' bytes before it is parsed (ItemChunks): which items are
new (a hash of each item's bytes, stored as the feed's content_hash), which are too costly
to parse, and whether the body was cut short inside its last item.

The project's own reading of a body, on bytes and without feedparser: the poller
(bot/pipeline.py) reads a body with it first, and parses (bot/adapters/feed_parse.py) only
what is left of the body once the items already stored are dropped.
"""

from __future__ import annotations

import bisect
import hashlib
import re
import zlib

from bot.errors import ParseError

# Where an entry starts: an <item> (RSS, RDF) or <entry> (Atom) start tag, prefixed or
# not; RDF's channel-level <items> list does not match (the name must end there). And
# where the last one ends.
_ENTRY_START = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(?:item|entry)[\s/>]")
_ENTRY_END = re.compile(rb"</(?:[A-Za-z_][\w.-]*:)?(?:item|entry)\s*>")
# An empty item (`<item/>`, `<entry rdf:about="..."/>`): it ends where its tag does.
_EMPTY_ENTRY = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(?:item|entry)(?:\s[^<>]*)?/>")
# Bytes of hex kept per item hash: 64 bits, no collision to fear within one feed.
_ITEM_HASH_CHARS = 16

# Bounds on what one item, the channel around the items and the whole feed may hold.
# feedparser's time grows with the square of some counts: categories and other tags of one
# item (each new one is compared with all before it), nested xml:base (each base joined is
# as long as the nesting is deep), namespace prefixes (each namespaced element looks
# through all those declared): 20,000 categories on one item cost 5.7 s of CPU, 20,000
# prefixes 13.6 s, 20,000 nested bases 35 s, and a body at max_feed_bytes held a parse
# for hours. Real items hold tens of elements (an Atom entry's XHTML article some
# hundreds), a bound or two of xml:base and a dozen prefixes in all.
MAX_ITEM_ELEMENTS = 2_000
MAX_ITEM_BASES = 100
MAX_NAMESPACE_PREFIXES = 100
_START_TAG = re.compile(rb"<[A-Za-z_]")
_CDATA = re.compile(rb"<!\[CDATA\[.*?\]\]>", re.DOTALL)
_PREFIX_DECLARATION = re.compile(rb"xmlns:([A-Za-z_][\w.-]*)\s*=")


def _costly(body: bytes, start: int, end: int) -> str | None:
    """What makes body[start:end] too costly to parse, None when nothing does. Markup inside
    CDATA is text (an article's HTML, as many feeds send it), and counts for nothing."""
    if body.count(b"<", start, end) <= MAX_ITEM_ELEMENTS and body.count(b"xml:base", start, end) <= MAX_ITEM_BASES:
        return None  # the common case, at the speed of bytes.count
    markup = _CDATA.sub(b"", body[start:end])
    if sum(1 for _ in _START_TAG.finditer(markup)) > MAX_ITEM_ELEMENTS:
        return f"more than {MAX_ITEM_ELEMENTS:,} elements"
    if markup.count(b"xml:base") > MAX_ITEM_BASES:
        return f"more than {MAX_ITEM_BASES} xml:base attributes"
    return None


def _refuse_many_prefixes(body: bytes) -> None:
    """ParseError when the feed declares more namespace prefixes than MAX_NAMESPACE_PREFIXES
    (outside CDATA, where a declaration is text)."""
    if body.count(b"xmlns:") <= MAX_NAMESPACE_PREFIXES:
        return
    prefixes = set(_PREFIX_DECLARATION.findall(_CDATA.sub(b"", body)))
    if len(prefixes) > MAX_NAMESPACE_PREFIXES:
        raise ParseError(f"the feed declares more than {MAX_NAMESPACE_PREFIXES} XML namespace prefixes "
                         f"({len(prefixes):,}), which no feed needs and which cost time to parse; refused")


class _TextSpans:
    """Where a body's CDATA sections and comments lie: a tag written inside them is text.
    A channel description "<![CDATA[each <item> we publish]]>" was taken for an item's
    start: once the items after it were stored, the next poll cut the body there, inside
    the CDATA, and the feed failed ("unclosed CDATA section") on every poll that brought a
    new item. A section never closed (a body cut short) runs to the end."""

    _CLOSERS = {b"<![CDATA[": b"]]>", b"<!--": b"-->"}

    def __init__(self, body: bytes):
        # One pass from left to right, so a "<!--" inside CDATA (text) opens nothing.
        # Each opener's next place is searched again only once passed: searching both after
        # every span scanned the rest of the body for the absent one (quadratic time).
        spans: list[tuple[int, int]] = []
        next_at = {opener: body.find(opener) for opener in self._CLOSERS}
        while found := [(where, opener) for opener, where in next_at.items() if where != -1]:
            start, opener = min(found)
            end = body.find(self._CLOSERS[opener], start + len(opener))
            at = len(body) if end == -1 else end + len(self._CLOSERS[opener])
            spans.append((start, at))
            for other, where in next_at.items():
                if where != -1 and where < at:
                    next_at[other] = body.find(other, at)
        self._starts = [start for start, _ in spans]
        self._spans = spans

    def holds(self, position: int) -> bool:
        """Is `position` inside a CDATA section or a comment?"""
        if not self._spans:
            return False
        index = bisect.bisect_right(self._starts, position) - 1
        return index >= 0 and position < self._spans[index][1]


class ItemChunks:
    """A feed body cut into its items' bytes, to learn which items are new before
    parsing (feedparser costs ~0.4 ms an item; most polls of a busy feed bring a few
    new items among fifty already stored).

    Chunk i runs from item i's start tag to item i+1's (the last one to its end tag);
    what comes before the first item (the channel head) and after the last one is
    not part of any chunk. Many servers rewrite the head on every request (a
    `lastBuildDate` or Atom `<updated>` of "now"), so hashing the whole body found
    "changed" every time; the items' own bytes are what can hold a new entry.

    An item whose chunk hash was stored at the last poll was stored then (a poll
    commits all its items or none), so `without` drops it before parsing. Elements of
    the head that change how an unchanged item parses (the feed's language, xml:base)
    cannot bring a new entry: those are found by GUID and link. A body where no item
    is found (an empty feed, not a feed) is one chunk: the whole body.

    Only the first `max_items` items are kept (parsing keeps no more than those
    anyway): the rest are dropped from the body before it is parsed. A 7 MB feed of
    100,000 small items took 10 s of CPU to parse on every poll that changed it, for
    the 1,000 entries kept.

    A body that ends inside its last item (`unfinished`) was cut short: a server that
    sends no length and closes the connection mid-answer looks, over HTTP, like one that
    has said all. That item is no chunk, and is dropped from the body too: parsed, it
    was stored with its title and no text (or, cut in its title, as an empty item), and
    never read whole afterwards, its link naming an item already stored.

    An item that would cost feedparser more than its bounds (MAX_ITEM_ELEMENTS,
    MAX_ITEM_BASES) is dropped too, and `too_costly` says which and why; a feed whose
    channel does, or that declares more than MAX_NAMESPACE_PREFIXES, is a ParseError."""

    def __init__(self, body: bytes, max_items: int = 1000):
        self.body = body
        _refuse_many_prefixes(body)
        self._text = _TextSpans(body)
        starts = [found.start() for found in _ENTRY_START.finditer(body) if not self._text.holds(found.start())]
        self.truncated = len(starts) > max_items
        self.unfinished = False
        self.too_costly: dict[int, str] = {}
        if not starts:
            self.bounds = [(0, len(body))]
            self.head_end, self.tail_start = 0, len(body)
            return
        self._cut(body, starts, max_items)
        for where, (start, end) in (("channel", (0, self.head_end)), ("end", (self.tail_start, len(body)))):
            if problem := _costly(body, start, end):
                raise ParseError(f"the feed's {where} holds {problem}, which costs time to parse; refused")
        self.too_costly = {number: problem for number, (start, end) in enumerate(self.bounds)
                           if (problem := _costly(body, start, end))}

    def _cut(self, body: bytes, starts: list[int], max_items: int) -> None:
        """The items' bounds, the head's end and the tail's start."""
        last_end = _EMPTY_ENTRY.match(body, starts[-1])
        for end in _ENTRY_END.finditer(body, starts[-1]):
            if not self._text.holds(end.start()):
                last_end = end
        self.head_end = starts[0]
        if last_end is None:
            self.unfinished = True
            self.tail_start = len(body)
            self.bounds = list(zip(starts, starts[1:]))[:max_items]
            if not self.bounds:  # no item finished: the head alone, parsed to the feed's error
                self.head_end, self.bounds = 0, [(0, starts[0])]
            return
        self.tail_start = last_end.end()
        self.bounds = list(zip(starts, [*starts[1:], self.tail_start]))[:max_items]

    def hashes(self) -> list[str]:
        view = memoryview(self.body)
        return [hashlib.sha256(view[start:end]).hexdigest()[:_ITEM_HASH_CHARS] for start, end in self.bounds]

    def without(self, drop: set[int]) -> bytes:
        """The body without the chunks numbered in `drop`, the items beyond the first
        `max_items`, those too costly to parse nor an unfinished last item (head and tail
        kept)."""
        drop = drop | set(self.too_costly)
        if not drop and not self.truncated and not self.unfinished:
            return self.body
        view = memoryview(self.body)
        kept = [view[start:end] for number, (start, end) in enumerate(self.bounds) if number not in drop]
        return b"".join([view[: self.head_end], *kept, view[self.tail_start :]])


def join_item_hashes(hashes: list[str]) -> str:
    """The item hashes as stored in a feed's content_hash."""
    return "".join(hashes)


def split_item_hashes(stored: str | None) -> set[str]:
    """The item hashes stored by join_item_hashes (an older full-body hash gives
    hashes that match nothing: that feed is parsed in full once)."""
    if not stored:
        return set()
    return {stored[i : i + _ITEM_HASH_CHARS] for i in range(0, len(stored), _ITEM_HASH_CHARS)}


class UnchangedItems:
    """The items a poll leaves unparsed (their chunks unchanged since the last poll, see
    ItemChunks), kept as a feed document of their own (the channel's head and end around
    them), to be parsed only if asked which ids and links the feed still lists: a stored item
    the feed still lists, unchanged, is one a newcomer with its words cannot be (bot/core/
    feeds/republished.py). Parsed, not searched as bytes: the id and link are stored in the
    forms the parser gives them (CDATA and entities read, relative links resolved, long ids
    hashed, links made canonical), which the bytes seldom hold as written. Held compressed
    while its poll waits for its turn, as the body is."""

    def __init__(self, chunks: ItemChunks, numbers: set[int]):
        # Those too costly to parse stay out, as they stay out of the changed items' parse.
        numbers = numbers - set(chunks.too_costly)
        self.held = bool(numbers)  # any item at all
        # The body and the items' bounds, joined only when asked or compressed: most polls ask nothing.
        self._body: bytes | None = chunks.body if numbers else None
        self._bounds = [(0, chunks.head_end),
                        *(bounds for number, bounds in enumerate(chunks.bounds) if number in numbers),
                        (chunks.tail_start, len(chunks.body))]
        self._bytes = b""
        self._compressed = False

    def document(self) -> bytes:
        """The unchanged items with the channel's head and end around them, a feed document
        (b"": no item unchanged)."""
        if self._body is not None:
            view = memoryview(self._body)
            self._bytes, self._body = b"".join(view[start:end] for start, end in self._bounds), None
        elif self._compressed:
            self._bytes, self._compressed = zlib.decompress(self._bytes), False
        return self._bytes

    def compress(self) -> None:
        """Held compressed from now on (the body it was cut from may then be let go)."""
        items = self.document()
        if items:
            self._bytes, self._compressed = zlib.compress(items, 1), True
